//! Messages between a family's members and its practitioners: what a
//! message may hold, and whether anyone is there to read it now.

use crate::wellbeing::{Guardrails, LocalDate};

/// The text of a message, or of the correction of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageText(String);

impl MessageText {
    /// A message is a short question or answer, not a letter: long enough for
    /// a worried parent's paragraph, short enough to read on a phone.
    pub const MAX_CHARS: usize = 4_000;

    pub fn parse(text: &str) -> Result<Self, InvalidMessageText> {
        let t = text.trim();
        if t.is_empty() {
            return Err(InvalidMessageText::Empty);
        }
        if t.chars().count() > Self::MAX_CHARS {
            return Err(InvalidMessageText::TooLong);
        }
        Ok(Self(t.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidMessageText {
    #[error("a message cannot be empty")]
    Empty,
    #[error("a message may have at most 4000 characters")]
    TooLong,
}

/// Whether the practitioners of a family are at work at a local moment, and
/// if not, when they are back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    AtWork,
    /// Back on this local date at this minute of the day.
    BackAt(LocalDate, u32),
    /// No working hours in the next four weeks (hours not set, or a long leave).
    NotSoon,
}

/// Availability under the hours that apply (the organisation's policy with
/// the practitioner's own limits already applied).
pub fn availability(hours: &Guardrails, date: LocalDate, minute: u32) -> Availability {
    if hours.working_at(date, minute) {
        return Availability::AtWork;
    }
    match hours.next_start(date, minute) {
        Some((day, from)) => Availability::BackAt(day, from),
        None => Availability::NotSoon,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_text_limits() {
        assert_eq!(MessageText::parse(" \n "), Err(InvalidMessageText::Empty));
        assert_eq!(MessageText::parse(&"x".repeat(4_001)), Err(InvalidMessageText::TooLong));
        assert_eq!(
            MessageText::parse(" Is the visit still on? ").map(|t| t.as_str().to_owned()),
            Ok("Is the visit still on?".into())
        );
        assert!(MessageText::parse(&"ب".repeat(4_000)).is_ok());
    }

    fn weekdays_nine_to_five() -> Guardrails {
        let day = Some((9 * 60, 17 * 60));
        Guardrails {
            hours: [day, day, day, day, day, None, None],
            max_sessions_per_day: 4,
            max_sessions_per_week: 16,
            min_break_minutes: 15,
            days_off: Vec::new(),
        }
    }

    #[test]
    fn a_message_out_of_hours_says_when_the_practitioner_is_back() {
        let hours = weekdays_nine_to_five();
        // 2026-11-27 is a Friday.
        let friday = LocalDate { year: 2026, month: 11, day: 27 };
        let monday = LocalDate { year: 2026, month: 11, day: 30 };
        assert_eq!(availability(&hours, friday, 10 * 60), Availability::AtWork);
        assert_eq!(availability(&hours, friday, 8 * 60), Availability::BackAt(friday, 9 * 60));
        assert_eq!(availability(&hours, friday, 18 * 60), Availability::BackAt(monday, 9 * 60));
        let away = Guardrails { days_off: (0..30).map(|d| friday.plus_days(d)).collect(), ..hours };
        assert_eq!(availability(&away, friday, 10 * 60), Availability::NotSoon);
    }
}
