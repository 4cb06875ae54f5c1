//! Hearth's domain: the types every other layer speaks in and the rules that decide.
//!
//! Nothing here performs I/O. Time comes from a [`clock::Clock`], so rules about
//! timeouts and throttling can be tested by moving time rather than sleeping.

pub mod access;
pub mod accounts;
pub mod agreements;
pub mod assessment;
pub mod audit;
pub mod calendar;
pub mod calls;
pub mod checkins;
pub mod clock;
pub mod community;
pub mod conduct;
pub mod conference;
pub mod crypto;
pub mod data_protection;
pub mod documents;
pub mod families;
pub mod glossary;
pub mod ids;
pub mod legal;
pub mod messaging;
pub mod modality;
pub mod organisations;
pub mod outcomes;
pub mod secrets;
pub mod sharing;
pub mod support_sessions;
pub mod timeline;
pub mod wellbeing;
pub mod zone;
