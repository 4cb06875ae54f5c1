//! HTTP stories against a running Hearth, on SQLite by default and on
//! PostgreSQL when `HEARTH_TEST_DATABASE_URL` is set.

// Tests set the clock to UTC instants; the pages under test may not.
#![allow(clippy::disallowed_methods)]

mod access_matrix;
mod accounts;
mod agreements;
mod assessment;
mod bad_input;
mod case_work;
mod checkins;
mod community;
mod conduct;
mod conference;
mod data_protection;
mod families;
mod glossary;
mod input;
mod messaging;
mod modality;
mod outcomes;
mod pages;
mod portal;
mod sharing;
mod support;
mod support_sessions;
