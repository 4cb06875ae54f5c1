//! HTTP stories against a running Hearth, on SQLite by default and on
//! PostgreSQL when `HEARTH_TEST_DATABASE_URL` is set.

mod access_matrix;
mod accounts;
mod agreements;
mod assessment;
mod case_work;
mod conference;
mod families;
mod modality;
mod pages;
mod portal;
mod support;
mod support_sessions;
