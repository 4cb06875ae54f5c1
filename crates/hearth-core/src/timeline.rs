//! The timeline of a family file: typed notes that are never silently
//! overwritten, and the events of the file itself.

/// What kind of contact or observation a note records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteKind {
    HomeVisit,
    OfficeMeeting,
    PhoneCall,
    VideoCall,
    MessageSummary,
    MultiAgencyContact,
    Observation,
}

impl NoteKind {
    pub const ALL: [NoteKind; 7] = [
        Self::HomeVisit,
        Self::OfficeMeeting,
        Self::PhoneCall,
        Self::VideoCall,
        Self::MessageSummary,
        Self::MultiAgencyContact,
        Self::Observation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::HomeVisit => "home_visit",
            Self::OfficeMeeting => "office_meeting",
            Self::PhoneCall => "phone_call",
            Self::VideoCall => "video_call",
            Self::MessageSummary => "message_summary",
            Self::MultiAgencyContact => "multi_agency_contact",
            Self::Observation => "observation",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
    /// A contact with the family (as opposed to an observation), which moves "last contact".
    pub fn is_contact(self) -> bool {
        !matches!(self, Self::Observation | Self::MultiAgencyContact)
    }
}

/// The text of a note or an amendment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteText(String);

impl NoteText {
    pub const MAX_CHARS: usize = 20_000;
    pub fn parse(text: &str) -> Result<Self, InvalidNoteText> {
        let t = text.trim();
        if t.is_empty() {
            return Err(InvalidNoteText::Empty);
        }
        if t.chars().count() > Self::MAX_CHARS {
            return Err(InvalidNoteText::TooLong);
        }
        Ok(Self(t.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidNoteText {
    #[error("a note cannot be empty")]
    Empty,
    #[error("a note may have at most 20000 characters")]
    TooLong,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn note_kinds_round_trip() {
        for s in NoteKind::ALL {
            assert_eq!(NoteKind::parse(s.as_str()), Some(s));
        }
        assert!(NoteKind::HomeVisit.is_contact());
        assert!(!NoteKind::Observation.is_contact());
    }

    #[test]
    fn note_text_limits() {
        assert!(NoteText::parse("  ").is_err());
        assert!(NoteText::parse(&"x".repeat(20_001)).is_err());
        assert_eq!(NoteText::parse(" met the mother ").map(|t| t.as_str().to_owned()), Ok("met the mother".into()));
    }
}
