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

/// A short answer to a common practical question, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickAnswerText {
    title: String,
    body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidQuickAnswer {
    #[error("a quick answer needs a question and an answer")]
    Incomplete,
    #[error("a quick answer's question is at most 120 characters")]
    TitleTooLong,
    #[error("a quick answer is at most 2,000 characters")]
    BodyTooLong,
}

impl QuickAnswerText {
    pub const MAX_TITLE_CHARS: usize = 120;
    pub const MAX_BODY_CHARS: usize = 2_000;

    /// None when both are empty: that language is simply not written yet.
    pub fn parse(title: &str, body: &str) -> Result<Option<Self>, InvalidQuickAnswer> {
        let (title, body) = (title.trim(), body.trim());
        if title.is_empty() && body.is_empty() {
            return Ok(None);
        }
        if title.is_empty() || body.is_empty() {
            return Err(InvalidQuickAnswer::Incomplete);
        }
        if title.chars().count() > Self::MAX_TITLE_CHARS {
            return Err(InvalidQuickAnswer::TitleTooLong);
        }
        if body.chars().count() > Self::MAX_BODY_CHARS {
            return Err(InvalidQuickAnswer::BodyTooLong);
        }
        Ok(Some(Self { title: title.to_owned(), body: body.to_owned() }))
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn body(&self) -> &str {
        &self.body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_answer_texts() {
        assert_eq!(QuickAnswerText::parse(" ", ""), Ok(None));
        assert_eq!(QuickAnswerText::parse("Passports", " "), Err(InvalidQuickAnswer::Incomplete));
        assert_eq!(QuickAnswerText::parse(&"q".repeat(121), "a"), Err(InvalidQuickAnswer::TitleTooLong));
        assert_eq!(QuickAnswerText::parse("q", &"a".repeat(2_001)), Err(InvalidQuickAnswer::BodyTooLong));
        let text = QuickAnswerText::parse(" Visiting a prison ", "Book a visit online.").ok().flatten();
        assert_eq!(text.as_ref().map(QuickAnswerText::title), Some("Visiting a prison"));
    }

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
