//! Legal notes: short notes on legislation a team must know for cases with
//! a judicial side, each with its jurisdiction, source and review date,
//! searchable as forgivingly as the glossary.

use crate::glossary::search_key;
use crate::wellbeing::LocalDate;

pub const TITLE_CHARS: usize = 200;
pub const TEXT_CHARS: usize = 8_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalNote {
    pub title: String,
    pub jurisdiction: String,
    pub text: String,
    /// Where it comes from: an act and article, a web address.
    pub source: String,
    pub review_on: LocalDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidLegalNote {
    Title,
    Jurisdiction,
    Text,
    Source,
    ReviewOn,
}

impl InvalidLegalNote {
    pub fn field(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Jurisdiction => "jurisdiction",
            Self::Text => "text",
            Self::Source => "source",
            Self::ReviewOn => "review_on",
        }
    }
}

impl LegalNote {
    pub fn parse(
        title: &str,
        jurisdiction: &str,
        text: &str,
        source: &str,
        review_on: &str,
        today: LocalDate,
    ) -> Result<Self, Vec<InvalidLegalNote>> {
        let mut wrong = Vec::new();
        let (title, jurisdiction, text, source) = (title.trim(), jurisdiction.trim(), text.trim(), source.trim());
        if title.is_empty() || title.chars().count() > TITLE_CHARS {
            wrong.push(InvalidLegalNote::Title);
        }
        if jurisdiction.is_empty() || jurisdiction.chars().count() > TITLE_CHARS {
            wrong.push(InvalidLegalNote::Jurisdiction);
        }
        if text.is_empty() || text.chars().count() > TEXT_CHARS {
            wrong.push(InvalidLegalNote::Text);
        }
        if source.is_empty() || source.chars().count() > TITLE_CHARS * 5 {
            wrong.push(InvalidLegalNote::Source);
        }
        let latest = crate::data_protection::plus_months(today, crate::glossary::MAX_REVIEW_MONTHS);
        let review_on = LocalDate::parse(review_on).filter(|d| *d > today && *d <= latest);
        match review_on {
            Some(review_on) if wrong.is_empty() => Ok(Self {
                title: title.to_owned(),
                jurisdiction: jurisdiction.to_owned(),
                text: text.to_owned(),
                source: source.to_owned(),
                review_on,
            }),
            _ => {
                if review_on.is_none() {
                    wrong.push(InvalidLegalNote::ReviewOn);
                }
                Err(wrong)
            }
        }
    }

    /// What search finds the note by: every field, folded.
    pub fn search_text(&self) -> String {
        [&self.title, &self.jurisdiction, &self.text, &self.source].map(|t| search_key(t)).join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_need_every_field_and_a_review_date_ahead() {
        let today = LocalDate { year: 2026, month: 11, day: 29 };
        let note = LegalNote::parse("Contact bans", "Nederland", "Text", "Sr art. 38v", "2027-03-01", today);
        assert!(note.is_ok_and(|n| n.search_text().contains("nederland")));
        assert_eq!(
            LegalNote::parse(" ", "", "x", "y", "2026-01-01", today).err(),
            Some(vec![InvalidLegalNote::Title, InvalidLegalNote::Jurisdiction, InvalidLegalNote::ReviewOn])
        );
    }
}
