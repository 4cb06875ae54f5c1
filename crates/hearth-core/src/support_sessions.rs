//! Support sessions with a family: how they are held, how they end, the
//! checklist at the start of a digital session and when aftercare follows.

use crate::modality::Modality;

/// How a session is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionMode {
    InPerson,
    Video,
    Phone,
    Chat,
    /// Several family members or families together, face to face.
    Group,
}

impl SessionMode {
    pub const ALL: [SessionMode; 5] = [Self::InPerson, Self::Video, Self::Phone, Self::Chat, Self::Group];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InPerson => "in_person",
            Self::Video => "video",
            Self::Phone => "phone",
            Self::Chat => "chat",
            Self::Group => "group",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == text)
    }

    /// Held at a distance, through a screen or a phone.
    pub fn is_digital(self) -> bool {
        matches!(self, Self::Video | Self::Phone | Self::Chat)
    }

    /// Whether a modality decision allows this mode.
    pub fn fits(self, decided: Modality) -> bool {
        match decided {
            Modality::FaceToFace => !self.is_digital(),
            Modality::Digital => self.is_digital(),
            Modality::Hybrid => true,
        }
    }
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionOutcome {
    Held,
    Cancelled,
    NoShow,
    EndedAbruptly,
}

impl SessionOutcome {
    pub const ALL: [SessionOutcome; 4] = [Self::Held, Self::Cancelled, Self::NoShow, Self::EndedAbruptly];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::Cancelled => "cancelled",
            Self::NoShow => "no_show",
            Self::EndedAbruptly => "ended_abruptly",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == text)
    }

    /// How a session starting at `starts_at` can have ended, as seen at
    /// `now`: one that has not started can only be cancelled.
    pub fn possible(starts_at: crate::clock::Timestamp, now: crate::clock::Timestamp) -> &'static [SessionOutcome] {
        if now < starts_at { &[Self::Cancelled] } else { &Self::ALL }
    }

    /// Whether the family and practitioner actually met.
    pub fn took_place(self) -> bool {
        matches!(self, Self::Held | Self::EndedAbruptly)
    }
}

/// After a digital session, and after any session that ended abruptly, it
/// is often unclear how the person is doing: the practitioner follows up.
pub fn needs_aftercare(mode: SessionMode, outcome: SessionOutcome) -> bool {
    outcome == SessionOutcome::EndedAbruptly || (outcome == SessionOutcome::Held && mode.is_digital())
}

/// The rules of communication confirmed at the start of a digital session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChecklistItem {
    PrivateSpace,
    NoRecording,
    Camera,
    ConnectionDrop,
    MoreQuestions,
}

impl ChecklistItem {
    pub const ALL: [ChecklistItem; 5] =
        [Self::PrivateSpace, Self::NoRecording, Self::Camera, Self::ConnectionDrop, Self::MoreQuestions];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PrivateSpace => "private_space",
            Self::NoRecording => "no_recording",
            Self::Camera => "camera",
            Self::ConnectionDrop => "connection_drop",
            Self::MoreQuestions => "more_questions",
        }
    }

    /// The member's choice in the online working agreement this item rests on, if any.
    pub fn agreement_choice(self) -> Option<&'static str> {
        match self {
            Self::ConnectionDrop => Some("reconnect"),
            _ => None,
        }
    }
}

/// Sessions last between five minutes and eight hours.
pub fn valid_duration(minutes: u32) -> bool {
    (5..=480).contains(&minutes)
}

/// The longest place, call link or note on a session.
pub const MAX_PLACE_CHARS: usize = 500;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aftercare_follows_digital_and_abrupt_sessions() {
        assert!(needs_aftercare(SessionMode::Video, SessionOutcome::Held));
        assert!(needs_aftercare(SessionMode::Chat, SessionOutcome::Held));
        assert!(needs_aftercare(SessionMode::InPerson, SessionOutcome::EndedAbruptly));
        assert!(!needs_aftercare(SessionMode::InPerson, SessionOutcome::Held));
        assert!(!needs_aftercare(SessionMode::Video, SessionOutcome::Cancelled));
        assert!(!needs_aftercare(SessionMode::Phone, SessionOutcome::NoShow));
    }

    #[test]
    fn modes_against_the_modality_decision() {
        assert!(!SessionMode::Video.fits(Modality::FaceToFace));
        assert!(SessionMode::InPerson.fits(Modality::FaceToFace));
        assert!(!SessionMode::Group.fits(Modality::Digital));
        assert!(SessionMode::Chat.fits(Modality::Hybrid));
        for mode in SessionMode::ALL {
            assert_eq!(SessionMode::parse(mode.as_str()), Some(mode));
        }
        for outcome in SessionOutcome::ALL {
            assert_eq!(SessionOutcome::parse(outcome.as_str()), Some(outcome));
        }
    }

    #[test]
    fn durations() {
        assert!(!valid_duration(4));
        assert!(valid_duration(5));
        assert!(valid_duration(480));
        assert!(!valid_duration(481));
    }
}
