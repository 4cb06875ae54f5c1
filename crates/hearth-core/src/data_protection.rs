//! Data protection over the life of a family file: how long each kind of
//! record is kept, what a family member may ask of the organisation, and the
//! purposes Hearth processes personal data for (the register of processing
//! activities is written from them).
//!
//! The store declares, table by table, what personal data it holds and what
//! erasure does to it (`hearth_store::personal_data`); this module holds the
//! rules that need no database.

use crate::wellbeing::LocalDate;

/// A kind of record with its own retention period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RetentionKind {
    /// A family file closed after work with the family began, counted from its closure.
    ClosedFile,
    /// A referral closed before any work began, counted from its closure.
    DeclinedReferral,
    /// Sign-in records of family members' portal accounts, counted from the sign-in.
    PortalAccess,
}

impl RetentionKind {
    pub const ALL: [Self; 3] = [Self::ClosedFile, Self::DeclinedReferral, Self::PortalAccess];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ClosedFile => "closed_file",
            Self::DeclinedReferral => "declined_referral",
            Self::PortalAccess => "portal_access",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// What a new organisation starts with: six years for a closed file (the
    /// usual limitation period for claims), a year for the rest.
    pub fn default_months(self) -> u32 {
        match self {
            Self::ClosedFile => 72,
            Self::DeclinedReferral | Self::PortalAccess => 12,
        }
    }
}

/// The longest retention period an organisation may set: 25 years, the
/// longest that records about children are commonly kept.
pub const MAX_RETENTION_MONTHS: u32 = 300;

/// The longest an organisation may give itself to answer a request (a
/// month, extendable by two more under GDPR Article 12(3)).
pub const MAX_REQUEST_DAYS: u32 = 90;

/// An organisation's retention policy and its promises to the people it holds data about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionPolicy {
    pub closed_file_months: u32,
    pub declined_referral_months: u32,
    pub portal_access_months: u32,
    /// Whether an erased file leaves its dates, modes and scores behind,
    /// without anything that names or describes anyone, for outcome figures.
    pub keep_statistics: bool,
    /// Days within which a member's request is to be answered.
    pub request_days: u32,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        Self {
            closed_file_months: RetentionKind::ClosedFile.default_months(),
            declined_referral_months: RetentionKind::DeclinedReferral.default_months(),
            portal_access_months: RetentionKind::PortalAccess.default_months(),
            keep_statistics: true,
            request_days: 30,
        }
    }
}

impl RetentionPolicy {
    pub fn months(&self, kind: RetentionKind) -> u32 {
        match kind {
            RetentionKind::ClosedFile => self.closed_file_months,
            RetentionKind::DeclinedReferral => self.declined_referral_months,
            RetentionKind::PortalAccess => self.portal_access_months,
        }
    }

    /// The first day a record that ended on `ended_on` is past retention.
    pub fn erasable_from(&self, kind: RetentionKind, ended_on: LocalDate) -> LocalDate {
        plus_months(ended_on, self.months(kind))
    }
}

/// A date some months later; the 31st of a shorter month falls on its last day.
pub fn plus_months(date: LocalDate, months: u32) -> LocalDate {
    let Some(civil) = date.civil() else { return date };
    match civil.checked_add(jiff::Span::new().months(i64::from(months))) {
        Ok(later) => LocalDate::from_civil(later),
        Err(_) => date,
    }
}

/// A date some months earlier, as [`plus_months`] counts them.
pub fn months_before(date: LocalDate, months: u32) -> LocalDate {
    let Some(civil) = date.civil() else { return date };
    match civil.checked_sub(jiff::Span::new().months(i64::from(months))) {
        Ok(earlier) => LocalDate::from_civil(earlier),
        Err(_) => date,
    }
}

/// What a family member may ask of the organisation from the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestKind {
    /// Correct their contact details (GDPR Article 16).
    Rectification,
    /// Object to one purpose their data is processed for (Article 21).
    Objection,
}

impl RequestKind {
    pub const ALL: [Self; 2] = [Self::Rectification, Self::Objection];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rectification => "rectification",
            Self::Objection => "objection",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// How a request was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestAnswer {
    /// Done as asked.
    Granted,
    /// Done in part; the answer says which part.
    PartlyGranted,
    /// Not done; the answer gives the grounds.
    Refused,
}

impl RequestAnswer {
    pub const ALL: [Self; 3] = [Self::Granted, Self::PartlyGranted, Self::Refused];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Granted => "granted",
            Self::PartlyGranted => "partly_granted",
            Self::Refused => "refused",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A purpose Hearth processes personal data for. Every table of personal
/// data names the one it serves; a member may object to each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Purpose {
    /// Supporting the family: the file, assessments, plans and sessions.
    FamilySupport,
    /// Reaching the family online: the portal, messages and video calls.
    OnlineContact,
    /// The peer-support community.
    PeerSupport,
    /// Sharing with partner agencies under agreements, and what they give.
    InformationSharing,
    /// Check-ins and the organisation's outcome figures.
    OutcomeMonitoring,
    /// Keeping the service and its records secure and accountable.
    Security,
}

impl Purpose {
    pub const ALL: [Self; 6] = [
        Self::FamilySupport,
        Self::OnlineContact,
        Self::PeerSupport,
        Self::InformationSharing,
        Self::OutcomeMonitoring,
        Self::Security,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::FamilySupport => "family_support",
            Self::OnlineContact => "online_contact",
            Self::PeerSupport => "peer_support",
            Self::InformationSharing => "information_sharing",
            Self::OutcomeMonitoring => "outcome_monitoring",
            Self::Security => "security",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }
}

/// A category of personal data, as the register of processing lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DataCategory {
    /// Names, roles in the family, languages.
    Identity,
    /// Where someone is and how to reach them.
    Contact,
    /// What practitioners write about the family.
    CaseRecords,
    /// Concerns about radicalisation and about possible offences
    /// (special-category and criminal-offence data).
    RiskAssessments,
    /// Uploaded documents.
    Documents,
    /// Decisions, consents and agreements.
    Decisions,
    /// Appointments and how they went.
    Appointments,
    /// What family members and practitioners write to each other.
    Messages,
    /// What members write in peer-support groups.
    CommunityPosts,
    /// What was shared with or received from partner agencies.
    SharedInformation,
    /// Answers about wellbeing (health data).
    Wellbeing,
    /// Sign-ins and devices.
    PortalActivity,
}

impl DataCategory {
    pub const ALL: [Self; 12] = [
        Self::Identity,
        Self::Contact,
        Self::CaseRecords,
        Self::RiskAssessments,
        Self::Documents,
        Self::Decisions,
        Self::Appointments,
        Self::Messages,
        Self::CommunityPosts,
        Self::SharedInformation,
        Self::Wellbeing,
        Self::PortalActivity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Identity => "identity",
            Self::Contact => "contact",
            Self::CaseRecords => "case_records",
            Self::RiskAssessments => "risk_assessments",
            Self::Documents => "documents",
            Self::Decisions => "decisions",
            Self::Appointments => "appointments",
            Self::Messages => "messages",
            Self::CommunityPosts => "community_posts",
            Self::SharedInformation => "shared_information",
            Self::Wellbeing => "wellbeing",
            Self::PortalActivity => "portal_activity",
        }
    }

    /// Special-category or criminal-offence data (GDPR Articles 9 and 10).
    pub fn is_special(self) -> bool {
        matches!(self, Self::RiskAssessments | Self::Wellbeing | Self::SharedInformation | Self::CaseRecords)
    }
}

/// Why an item of a subject-access export is held back until someone
/// releases it with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WithheldBecause {
    /// It is also about other members of the family.
    AlsoAboutOthers,
    /// Another person wrote it.
    WrittenByAnother,
    /// A partner agency gave it to the organisation.
    FromPartnerAgency,
    /// It is about the whole family, not this member alone.
    AboutTheFamily,
}

impl WithheldBecause {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AlsoAboutOthers => "also_about_others",
            Self::WrittenByAnother => "written_by_another",
            Self::FromPartnerAgency => "from_partner_agency",
            Self::AboutTheFamily => "about_the_family",
        }
    }
}

/// The longest reason a person may type when releasing a withheld item,
/// setting a legal hold or answering a request.
pub const REASON_CHARS: usize = 2000;

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i64, m: u32, d: u32) -> LocalDate {
        LocalDate { year: y, month: m, day: d }
    }

    #[test]
    fn retention_counts_calendar_months() {
        let policy = RetentionPolicy::default();
        assert_eq!(policy.erasable_from(RetentionKind::ClosedFile, date(2020, 3, 15)), date(2026, 3, 15));
        assert_eq!(policy.erasable_from(RetentionKind::DeclinedReferral, date(2025, 1, 31)), date(2026, 1, 31));
        // The 31st a month later falls on the last day of a shorter month.
        assert_eq!(plus_months(date(2026, 1, 31), 1), date(2026, 2, 28));
        assert_eq!(plus_months(date(2024, 2, 29), 12), date(2025, 2, 28));
        assert_eq!(months_before(date(2026, 3, 31), 1), date(2026, 2, 28));
        assert_eq!(months_before(date(2026, 11, 29), 12), date(2025, 11, 29));
    }

    #[test]
    fn names_read_back() {
        for k in RetentionKind::ALL {
            assert_eq!(RetentionKind::parse(k.as_str()), Some(k));
        }
        for p in Purpose::ALL {
            assert_eq!(Purpose::parse(p.as_str()), Some(p));
        }
        for r in RequestKind::ALL {
            assert_eq!(RequestKind::parse(r.as_str()), Some(r));
        }
        for a in RequestAnswer::ALL {
            assert_eq!(RequestAnswer::parse(a.as_str()), Some(a));
        }
        assert_eq!(RetentionKind::parse("forever"), None);
    }
}
