//! Families: the unit of work. The foundation knows only what access needs.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyName(String);

impl FamilyName {
    pub fn parse(text: &str) -> Result<Self, InvalidFamilyName> {
        let trimmed = text.trim();
        if trimmed.is_empty() || trimmed.chars().count() > 120 {
            return Err(InvalidFamilyName);
        }
        Ok(Self(trimmed.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("a family name has 1 to 120 characters")]
pub struct InvalidFamilyName;

/// How a staff member stands to a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignment {
    Lead,
    CoWorker,
}

impl Assignment {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lead => "lead",
            Self::CoWorker => "co_worker",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "lead" => Some(Self::Lead),
            "co_worker" => Some(Self::CoWorker),
            _ => None,
        }
    }
}

/// A written reason for opening a family file without being assigned to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakGlassReason(String);

impl BreakGlassReason {
    pub const MIN_CHARS: usize = 15;

    pub fn parse(text: &str) -> Result<Self, InvalidBreakGlassReason> {
        let trimmed = text.trim();
        let count = trimmed.chars().count();
        if count < Self::MIN_CHARS {
            return Err(InvalidBreakGlassReason::TooShort);
        }
        if count > 1000 {
            return Err(InvalidBreakGlassReason::TooLong);
        }
        Ok(Self(trimmed.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidBreakGlassReason {
    #[error("the reason must explain why, in at least 15 characters")]
    TooShort,
    #[error("the reason may have at most 1000 characters")]
    TooLong,
}

/// Where a family's file stands. Every change is kept on its timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FamilyStatus {
    Referral,
    Assessment,
    ActiveSupport,
    Review,
    Closed,
}

impl FamilyStatus {
    pub const ALL: [FamilyStatus; 5] =
        [Self::Referral, Self::Assessment, Self::ActiveSupport, Self::Review, Self::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Referral => "referral",
            Self::Assessment => "assessment",
            Self::ActiveSupport => "active_support",
            Self::Review => "review",
            Self::Closed => "closed",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The moves the practice allows: forward through the work, back from
    /// review to support, closing from anywhere, and reopening into a fresh
    /// assessment (risk is dynamic; a closed file is looked at anew).
    pub fn can_move_to(self, next: Self) -> bool {
        use FamilyStatus::*;
        matches!(
            (self, next),
            (Referral, Assessment)
                | (Assessment, ActiveSupport)
                | (ActiveSupport, Review)
                | (Review, ActiveSupport)
                | (Referral | Assessment | ActiveSupport | Review, Closed)
                | (Closed, Assessment)
        )
    }

    pub fn next_steps(self) -> Vec<Self> {
        Self::ALL.into_iter().filter(|n| self.can_move_to(*n)).collect()
    }
}

/// Why a file was closed; required, because a closed file may be reopened
/// and whoever reopens it needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosingReason(String);

impl ClosingReason {
    pub fn parse(text: &str) -> Result<Self, InvalidClosingReason> {
        let t = text.trim();
        if t.chars().count() < 5 || t.chars().count() > 1000 {
            return Err(InvalidClosingReason);
        }
        Ok(Self(t.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a closing reason has 5 to 1000 characters")]
pub struct InvalidClosingReason;

/// A family member's place in the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MemberRole {
    PersonOfConcern,
    Parent,
    Sibling,
    Partner,
    OtherRelative,
    FamilyFriend,
}

impl MemberRole {
    pub const ALL: [MemberRole; 6] =
        [Self::PersonOfConcern, Self::Parent, Self::Sibling, Self::Partner, Self::OtherRelative, Self::FamilyFriend];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PersonOfConcern => "person_of_concern",
            Self::Parent => "parent",
            Self::Sibling => "sibling",
            Self::Partner => "partner",
            Self::OtherRelative => "other_relative",
            Self::FamilyFriend => "family_friend",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// Where the person of concern is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Whereabouts {
    AtHome,
    ElsewhereInCountry,
    Abroad,
    InPrison,
    InCamp,
    Unknown,
}

impl Whereabouts {
    pub const ALL: [Whereabouts; 6] =
        [Self::AtHome, Self::ElsewhereInCountry, Self::Abroad, Self::InPrison, Self::InCamp, Self::Unknown];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AtHome => "at_home",
            Self::ElsewhereInCountry => "elsewhere_in_country",
            Self::Abroad => "abroad",
            Self::InPrison => "in_prison",
            Self::InCamp => "in_camp",
            Self::Unknown => "unknown",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// How sure the practitioner is that a family account belongs to the member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentityVerification {
    NotVerified,
    MetInPerson,
    VerifiedByVideo,
    DocumentsChecked,
}

impl IdentityVerification {
    pub const ALL: [IdentityVerification; 4] =
        [Self::NotVerified, Self::MetInPerson, Self::VerifiedByVideo, Self::DocumentsChecked];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotVerified => "not_verified",
            Self::MetInPerson => "met_in_person",
            Self::VerifiedByVideo => "verified_by_video",
            Self::DocumentsChecked => "documents_checked",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// A member's name as the family uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberName(String);

impl MemberName {
    pub fn parse(text: &str) -> Result<Self, InvalidMemberName> {
        let t = text.trim();
        if t.is_empty() || t.chars().count() > 100 || t.chars().any(char::is_control) {
            return Err(InvalidMemberName);
        }
        Ok(Self(t.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a name has 1 to 100 characters")]
pub struct InvalidMemberName;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_moves() {
        use FamilyStatus::*;
        assert!(Referral.can_move_to(Assessment));
        assert!(!Referral.can_move_to(ActiveSupport), "no support without assessment");
        assert!(Review.can_move_to(ActiveSupport));
        assert!(ActiveSupport.can_move_to(Closed));
        assert!(!Closed.can_move_to(Closed));
        assert!(Closed.can_move_to(Assessment), "reopening");
        assert!(!Closed.can_move_to(ActiveSupport));
        assert_eq!(Referral.next_steps(), vec![Assessment, Closed]);
    }

    #[test]
    fn enums_round_trip() {
        for s in FamilyStatus::ALL {
            assert_eq!(FamilyStatus::parse(s.as_str()), Some(s));
        }
        for s in MemberRole::ALL {
            assert_eq!(MemberRole::parse(s.as_str()), Some(s));
        }
        for s in Whereabouts::ALL {
            assert_eq!(Whereabouts::parse(s.as_str()), Some(s));
        }
        for s in IdentityVerification::ALL {
            assert_eq!(IdentityVerification::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn texts() {
        assert!(ClosingReason::parse("done").is_err());
        assert!(ClosingReason::parse("Family moved away").is_ok());
        assert!(BreakGlassReason::parse("too short").is_err());
    }
}

/// What on a caseload needs the practitioner's attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attention {
    /// The planned review date has passed.
    ReviewOverdue,
    /// No contact with the family for this long (or ever), while the file is open.
    NoRecentContact,
    /// Open, but no review planned.
    NoReviewPlanned,
}

impl Attention {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ReviewOverdue => "review_overdue",
            Self::NoRecentContact => "no_recent_contact",
            Self::NoReviewPlanned => "no_review_planned",
        }
    }
}

/// Days without contact after which an open file is flagged.
pub const CONTACT_FLAG_DAYS: i64 = 30;

pub fn attention(
    status: FamilyStatus,
    last_contact: Option<crate::clock::Timestamp>,
    next_review: Option<crate::clock::Timestamp>,
    now: crate::clock::Timestamp,
) -> Vec<Attention> {
    if status == FamilyStatus::Closed {
        return Vec::new();
    }
    let mut out = Vec::new();
    match next_review {
        Some(at) if at < now => out.push(Attention::ReviewOverdue),
        None if matches!(status, FamilyStatus::ActiveSupport | FamilyStatus::Review) => {
            out.push(Attention::NoReviewPlanned)
        }
        _ => {}
    }
    if last_contact.is_none_or(|at| at < now.minus_seconds(CONTACT_FLAG_DAYS * 86_400)) {
        out.push(Attention::NoRecentContact);
    }
    out
}

#[cfg(test)]
mod attention_tests {
    use super::*;
    use crate::clock::Timestamp;

    #[test]
    fn flags_what_needs_attention() {
        let now = Timestamp(1_795_523_640_000);
        let day = 86_400;
        assert_eq!(attention(FamilyStatus::Closed, None, None, now), vec![]);
        assert_eq!(attention(FamilyStatus::Referral, None, None, now), vec![Attention::NoRecentContact]);
        assert_eq!(
            attention(FamilyStatus::ActiveSupport, Some(now.minus_seconds(day)), Some(now.minus_seconds(1)), now),
            vec![Attention::ReviewOverdue]
        );
        assert_eq!(
            attention(FamilyStatus::ActiveSupport, Some(now.minus_seconds(29 * day)), None, now),
            vec![Attention::NoReviewPlanned]
        );
        assert_eq!(
            attention(FamilyStatus::Assessment, Some(now.minus_seconds(31 * day)), Some(now.plus_seconds(day)), now),
            vec![Attention::NoRecentContact]
        );
    }
}
