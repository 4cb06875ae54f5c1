//! Every table of the database, declared once as personal data about a
//! family (with how its rows are reached from the family, whom each row is
//! about, what it is for, and what erasure does to it) or as something else
//! (with why). Subject access, erasure and the register of processing all
//! read this list; a test fails when a table is missing from it, so a new
//! capability cannot store personal data that escapes them.

use hearth_core::data_protection::{DataCategory, Purpose, WithheldBecause};

/// How a table's rows are found from the family they belong to. A table may
/// be reached in several ways at once (any of them).
#[derive(Debug, Clone, Copy)]
pub enum Reach {
    /// The row names the family in this column.
    Family(&'static str),
    /// The row belongs to a row of another declared table: this column holds
    /// that table's `parent_key`.
    Parent { column: &'static str, parent: &'static str, parent_key: &'static str },
    /// The row belongs to the portal account of one of the family's members:
    /// this column holds the account's user id.
    MemberAccount(&'static str),
}

/// Whom a row is about, for a subject-access export of one member.
#[derive(Debug, Clone, Copy)]
pub enum About {
    /// The member this column names (a member id); rows of other members are left out.
    Member(&'static [&'static str]),
    /// The portal account this column names (a user id).
    Account(&'static str),
    /// The members a link table names for the row: `table.member` where
    /// `table.row` is this row's id. A row of this member alone is given; one
    /// also about others, or about nobody in particular, is withheld.
    Linked { table: &'static str, row: &'static str, member: &'static str },
    /// As the row it belongs to (the first `Reach::Parent`).
    AsParent,
    /// Every member of the family; given to each.
    EveryMember,
    /// The family as a whole: withheld from each member until released.
    Family(WithheldBecause),
    /// Records of the organisation's own work (reminders sent, call
    /// signalling, read markers): not about the member, left out.
    NotAboutMembers,
}

/// What erasing a family file does to a row.
#[derive(Debug, Clone, Copy)]
pub enum OnErasure {
    Delete,
    /// The row stays for anonymous outcome figures (when the organisation
    /// keeps them) with these columns cleared; otherwise it is deleted.
    KeepForStatistics(&'static [(&'static str, Cleared)]),
    /// The row stays, with these columns cleared, whatever the organisation
    /// keeps (a member's account, which other records point to).
    Anonymise(&'static [(&'static str, Cleared)]),
}

/// What a cleared column holds afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cleared {
    /// No text.
    Null,
    /// No time (an integer column).
    NoTime,
    /// An empty text.
    Empty,
    /// An empty text, sealed for its row, where readers expect a sealed value.
    SealedEmpty,
    /// An address that reaches nobody and is unique to the row.
    NowhereAddress,
    /// The time of the erasure.
    Now,
}

/// A table holding personal data about families.
#[derive(Debug, Clone, Copy)]
pub struct PersonalTable {
    pub table: &'static str,
    /// The columns that name a row.
    pub key: &'static [&'static str],
    pub reach: &'static [Reach],
    pub about: About,
    /// A user id column: a row written by another member's account is
    /// withheld from this member's export.
    pub written_by: Option<&'static str>,
    pub purpose: Purpose,
    pub category: DataCategory,
    pub erasure: OnErasure,
}

const ID: &[&str] = &["id"];

const fn family(
    table: &'static str,
    about: About,
    purpose: Purpose,
    category: DataCategory,
    erasure: OnErasure,
) -> PersonalTable {
    PersonalTable {
        table,
        key: ID,
        reach: &[Reach::Family("family_id")],
        about,
        written_by: None,
        purpose,
        category,
        erasure,
    }
}

const fn child(
    table: &'static str,
    key: &'static [&'static str],
    reach: &'static [Reach],
    about: About,
    purpose: Purpose,
    category: DataCategory,
    erasure: OnErasure,
) -> PersonalTable {
    PersonalTable { table, key, reach, about, written_by: None, purpose, category, erasure }
}

const fn parent(column: &'static str, parent: &'static str) -> Reach {
    Reach::Parent { column, parent, parent_key: "id" }
}

const fn account(
    table: &'static str,
    key: &'static [&'static str],
    reach: &'static [Reach],
    column: &'static str,
    purpose: Purpose,
    category: DataCategory,
    erasure: OnErasure,
) -> PersonalTable {
    PersonalTable { table, key, reach, about: About::Account(column), written_by: None, purpose, category, erasure }
}

use About::{AsParent, EveryMember, NotAboutMembers};
use Cleared::{Empty, NoTime, Now, NowhereAddress, Null, SealedEmpty};
use DataCategory as C;
use OnErasure::{Anonymise, Delete, KeepForStatistics};
use Purpose as P;
use WithheldBecause as W;

/// Every table of personal data about families, parents before the rows
/// that point to them (erasure works through it backwards).
pub const PERSONAL_TABLES: &[PersonalTable] = &[
    PersonalTable {
        table: "families",
        key: ID,
        reach: &[Reach::Family("id")],
        about: EveryMember,
        written_by: None,
        purpose: P::FamilySupport,
        category: C::Identity,
        erasure: KeepForStatistics(&[
            ("name", Empty),
            ("erased_at", Now),
            ("last_contact_at", NoTime),
            ("next_review_at", NoTime),
        ]),
    },
    PersonalTable {
        table: "family_members",
        key: ID,
        reach: &[Reach::Family("family_id")],
        about: About::Member(&["id"]),
        written_by: None,
        purpose: P::FamilySupport,
        category: C::Identity,
        erasure: Delete,
    },
    // A member's portal account: other records name it, so it stays without
    // anything that identifies or reaches the person.
    PersonalTable {
        table: "users",
        key: ID,
        reach: &[Reach::MemberAccount("id")],
        about: About::Account("id"),
        written_by: None,
        purpose: P::OnlineContact,
        category: C::Contact,
        erasure: Anonymise(&[
            ("email", NowhereAddress),
            ("display_name", Empty),
            ("password_hash", Null),
            ("totp_secret", Null),
            ("totp_last_step", NoTime),
            ("language", Null),
            ("disabled_at", Now),
        ]),
    },
    child(
        "member_relationships",
        ID,
        &[Reach::Family("family_id")],
        About::Member(&["from_member", "to_member"]),
        P::FamilySupport,
        C::Identity,
        Delete,
    ),
    child(
        "member_reminders",
        &["member_id"],
        &[parent("member_id", "family_members")],
        About::Member(&["member_id"]),
        P::OnlineContact,
        C::Contact,
        Delete,
    ),
    child(
        "invitations",
        ID,
        &[parent("member_id", "family_members")],
        About::Member(&["member_id"]),
        P::OnlineContact,
        C::Contact,
        Delete,
    ),
    account("sessions", ID, &[Reach::MemberAccount("user_id")], "user_id", P::Security, C::PortalActivity, Delete),
    account(
        "recovery_codes",
        &["user_id", "code_digest"],
        &[Reach::MemberAccount("user_id")],
        "user_id",
        P::Security,
        C::PortalActivity,
        Delete,
    ),
    child(
        "family_assignments",
        &["family_id", "user_id"],
        &[Reach::Family("family_id")],
        EveryMember,
        P::FamilySupport,
        C::CaseRecords,
        Delete,
    ),
    family("break_glass_grants", EveryMember, P::Security, C::CaseRecords, Delete),
    PersonalTable {
        table: "notifications",
        key: ID,
        reach: &[Reach::Family("family_id"), Reach::MemberAccount("user_id")],
        about: NotAboutMembers,
        written_by: None,
        purpose: P::FamilySupport,
        category: C::CaseRecords,
        erasure: Delete,
    },
    family("family_events", About::Family(W::AboutTheFamily), P::FamilySupport, C::CaseRecords, Delete),
    family(
        "notes",
        About::Linked { table: "note_members", row: "note_id", member: "member_id" },
        P::FamilySupport,
        C::CaseRecords,
        Delete,
    ),
    child(
        "note_versions",
        &["note_id", "version"],
        &[parent("note_id", "notes")],
        AsParent,
        P::FamilySupport,
        C::CaseRecords,
        Delete,
    ),
    child(
        "note_members",
        &["note_id", "member_id"],
        &[parent("note_id", "notes")],
        AsParent,
        P::FamilySupport,
        C::CaseRecords,
        Delete,
    ),
    child(
        "glossary_links",
        &["note_id", "entry_id"],
        &[parent("note_id", "notes")],
        AsParent,
        P::FamilySupport,
        C::CaseRecords,
        Delete,
    ),
    family("documents", About::Family(W::AboutTheFamily), P::FamilySupport, C::Documents, Delete),
    family(
        "assessments",
        About::Family(W::AboutTheFamily),
        P::FamilySupport,
        C::RiskAssessments,
        KeepForStatistics(&[
            ("engagement_note", SealedEmpty),
            ("young_person", SealedEmpty),
            ("proportionality", SealedEmpty),
            ("review_comment", Null),
        ]),
    ),
    child(
        "assessment_ratings",
        &["assessment_id", "factor_key"],
        &[parent("assessment_id", "assessments")],
        AsParent,
        P::FamilySupport,
        C::RiskAssessments,
        KeepForStatistics(&[]),
    ),
    child(
        "assessment_evidence",
        &["assessment_id", "factor_key", "note_id"],
        &[parent("assessment_id", "assessments")],
        AsParent,
        P::FamilySupport,
        C::RiskAssessments,
        Delete,
    ),
    child(
        "assessment_document_evidence",
        &["assessment_id", "factor_key", "document_id"],
        &[parent("assessment_id", "assessments")],
        AsParent,
        P::FamilySupport,
        C::RiskAssessments,
        Delete,
    ),
    family("conferences", About::Family(W::AboutTheFamily), P::FamilySupport, C::CaseRecords, Delete),
    child(
        "plan_actions",
        ID,
        &[parent("conference_id", "conferences")],
        AsParent,
        P::FamilySupport,
        C::CaseRecords,
        Delete,
    ),
    child(
        "plan_progress",
        ID,
        &[parent("action_id", "plan_actions")],
        AsParent,
        P::FamilySupport,
        C::CaseRecords,
        Delete,
    ),
    family("modality_decisions", About::Member(&["member_id"]), P::FamilySupport, C::Decisions, Delete),
    family("agreements", About::Member(&["member_id"]), P::OnlineContact, C::Decisions, Delete),
    family(
        "support_sessions",
        About::Linked { table: "support_session_members", row: "session_id", member: "member_id" },
        P::FamilySupport,
        C::Appointments,
        KeepForStatistics(&[
            ("place", SealedEmpty),
            ("override_reason", Null),
            ("override_concerns", Null),
            ("checklist", Null),
        ]),
    ),
    child(
        "support_session_members",
        &["session_id", "member_id"],
        &[parent("session_id", "support_sessions")],
        AsParent,
        P::FamilySupport,
        C::Appointments,
        Delete,
    ),
    child(
        "support_session_staff",
        &["session_id", "user_id"],
        &[parent("session_id", "support_sessions")],
        AsParent,
        P::FamilySupport,
        C::Appointments,
        KeepForStatistics(&[]),
    ),
    // A translator's name and address are theirs, not the member's.
    child(
        "session_translators",
        ID,
        &[parent("session_id", "support_sessions")],
        NotAboutMembers,
        P::FamilySupport,
        C::Appointments,
        Delete,
    ),
    child(
        "session_reminders",
        &["session_id", "recipient", "hours_before"],
        &[parent("session_id", "support_sessions")],
        NotAboutMembers,
        P::FamilySupport,
        C::Appointments,
        Delete,
    ),
    family(
        "aftercare_follow_ups",
        About::Family(W::AboutTheFamily),
        P::FamilySupport,
        C::Appointments,
        KeepForStatistics(&[("how_they_are", Null)]),
    ),
    child(
        "session_calls",
        &["session_id"],
        &[Reach::Parent { column: "session_id", parent: "support_sessions", parent_key: "id" }],
        AsParent,
        P::OnlineContact,
        C::Appointments,
        Delete,
    ),
    child(
        "call_participants",
        &["session_id", "participant"],
        &[Reach::Parent { column: "session_id", parent: "session_calls", parent_key: "session_id" }],
        NotAboutMembers,
        P::OnlineContact,
        C::Appointments,
        Delete,
    ),
    child(
        "call_events",
        ID,
        &[Reach::Parent { column: "session_id", parent: "session_calls", parent_key: "session_id" }],
        NotAboutMembers,
        P::OnlineContact,
        C::Appointments,
        Delete,
    ),
    child(
        "call_signals",
        ID,
        &[Reach::Parent { column: "session_id", parent: "session_calls", parent_key: "session_id" }],
        NotAboutMembers,
        P::OnlineContact,
        C::Appointments,
        Delete,
    ),
    family(
        "conversations",
        About::Linked { table: "conversation_members", row: "conversation_id", member: "member_id" },
        P::OnlineContact,
        C::Messages,
        Delete,
    ),
    child(
        "conversation_members",
        &["conversation_id", "member_id"],
        &[parent("conversation_id", "conversations")],
        AsParent,
        P::OnlineContact,
        C::Messages,
        Delete,
    ),
    PersonalTable {
        table: "messages",
        key: ID,
        reach: &[parent("conversation_id", "conversations")],
        about: AsParent,
        written_by: Some("author_id"),
        purpose: P::OnlineContact,
        category: C::Messages,
        erasure: Delete,
    },
    child(
        "message_versions",
        &["message_id", "version"],
        &[parent("message_id", "messages")],
        AsParent,
        P::OnlineContact,
        C::Messages,
        Delete,
    ),
    child(
        "message_attachments",
        &["message_id", "document_id"],
        &[parent("message_id", "messages")],
        AsParent,
        P::OnlineContact,
        C::Messages,
        Delete,
    ),
    child(
        "conversation_reads",
        &["conversation_id", "user_id"],
        &[parent("conversation_id", "conversations")],
        NotAboutMembers,
        P::OnlineContact,
        C::Messages,
        Delete,
    ),
    child(
        "conversation_emails",
        &["conversation_id", "user_id"],
        &[parent("conversation_id", "conversations")],
        NotAboutMembers,
        P::OnlineContact,
        C::Messages,
        Delete,
    ),
    child(
        "conversation_days",
        &["conversation_id", "day"],
        &[Reach::Family("family_id")],
        NotAboutMembers,
        P::OnlineContact,
        C::Messages,
        Delete,
    ),
    account(
        "community_profiles",
        &["user_id"],
        &[Reach::MemberAccount("user_id")],
        "user_id",
        P::PeerSupport,
        C::CommunityPosts,
        Delete,
    ),
    account(
        "community_members",
        &["group_id", "user_id"],
        &[Reach::MemberAccount("user_id")],
        "user_id",
        P::PeerSupport,
        C::CommunityPosts,
        Delete,
    ),
    account(
        "community_invitations",
        ID,
        &[Reach::MemberAccount("user_id")],
        "user_id",
        P::PeerSupport,
        C::CommunityPosts,
        Delete,
    ),
    account(
        "community_applications",
        ID,
        &[Reach::MemberAccount("user_id")],
        "user_id",
        P::PeerSupport,
        C::CommunityPosts,
        Delete,
    ),
    // Threads others replied to stay, without the member's words or name.
    account(
        "community_topics",
        ID,
        &[Reach::MemberAccount("author_id")],
        "author_id",
        P::PeerSupport,
        C::CommunityPosts,
        Anonymise(&[("author_id", Null), ("title", SealedEmpty), ("hidden_at", Now)]),
    ),
    account(
        "community_posts",
        ID,
        &[Reach::MemberAccount("author_id")],
        "author_id",
        P::PeerSupport,
        C::CommunityPosts,
        Anonymise(&[
            ("author_id", Null),
            ("body", SealedEmpty),
            ("hidden_at", Now),
            ("hidden_reason", Null),
            ("edit_note", Null),
        ]),
    ),
    account(
        "community_flags",
        ID,
        &[Reach::MemberAccount("flagged_by")],
        "flagged_by",
        P::PeerSupport,
        C::CommunityPosts,
        Delete,
    ),
    account(
        "community_moderation",
        ID,
        &[Reach::MemberAccount("member_id")],
        "member_id",
        P::PeerSupport,
        C::CommunityPosts,
        Delete,
    ),
    account(
        "community_notices",
        ID,
        &[Reach::MemberAccount("user_id")],
        "user_id",
        P::PeerSupport,
        C::CommunityPosts,
        Delete,
    ),
    family("disclosures", About::Family(W::AboutTheFamily), P::InformationSharing, C::SharedInformation, Delete),
    child(
        "disclosure_steps",
        ID,
        &[parent("disclosure_id", "disclosures")],
        AsParent,
        P::InformationSharing,
        C::SharedInformation,
        Delete,
    ),
    family(
        "received_information",
        About::Family(W::FromPartnerAgency),
        P::InformationSharing,
        C::SharedInformation,
        Delete,
    ),
    family("checkin_schedules", About::Member(&["member_id"]), P::OutcomeMonitoring, C::Wellbeing, Delete),
    family("checkin_requests", About::Member(&["member_id"]), P::OutcomeMonitoring, C::Wellbeing, Delete),
    family(
        "checkin_responses",
        About::Member(&["member_id"]),
        P::OutcomeMonitoring,
        C::Wellbeing,
        KeepForStatistics(&[("answers", SealedEmpty), ("request_id", Null)]),
    ),
    // Kept while a hold stands; a file under a hold is never erased.
    child(
        "legal_holds",
        &["family_id"],
        &[Reach::Family("family_id")],
        NotAboutMembers,
        P::Security,
        C::CaseRecords,
        Delete,
    ),
    family("subject_access_requests", About::Member(&["member_id"]), P::Security, C::Decisions, Delete),
    child(
        "subject_access_releases",
        &["request_id", "item"],
        &[parent("request_id", "subject_access_requests")],
        AsParent,
        P::Security,
        C::Decisions,
        Delete,
    ),
    family("data_requests", About::Member(&["member_id"]), P::Security, C::Decisions, Delete),
];

/// Every other table, with why it holds no personal data about families.
pub const OTHER_TABLES: &[(&str, &str)] = &[
    ("schema_migrations", "the schema's version"),
    ("organisations", "the organisation's own settings"),
    ("teams", "the organisation's teams"),
    ("login_failures", "keyed digests of addresses and devices, kept for the sign-in throttling window"),
    ("audit_trail", "ids, kinds and times only, chained so that no row can change"),
    ("audit_chains", "the heads of the audit chains"),
    ("assessment_catalogues", "the organisation's assessment catalogue"),
    ("modality_rules", "the rules of the modality decision aid"),
    ("agreement_templates", "the organisation's working agreement texts"),
    ("wellbeing_policies", "the organisation's working hours and limits"),
    ("personal_limits", "staff members' own working limits"),
    ("on_call_shifts", "the staff on-call rota"),
    ("calendar_feeds", "staff calendar feed tokens"),
    ("quick_answers", "the organisation's answers to common questions"),
    ("quick_answer_texts", "the organisation's answers to common questions"),
    ("community_settings", "the community's settings"),
    ("community_groups", "peer-support groups"),
    ("community_rules", "groups' house rules"),
    ("community_ambassadors", "which staff and volunteers moderate which group"),
    ("community_scheduled", "posts the community manager planned"),
    ("sharing_settings", "the lawful bases the organisation offers"),
    ("partners", "partner agencies and their contacts"),
    ("sharing_agreements", "information-sharing agreements with partners"),
    ("instruments", "the organisation's check-in questionnaires"),
    ("retention_policies", "the organisation's retention periods"),
    ("erasures", "ids and times of erased files, to erase them again after a restore"),
    ("glossary_entries", "the organisation's glossary of online trends: terms, not people"),
    ("glossary_versions", "every version of a glossary entry, with the staff member who wrote it"),
    ("glossary_keys", "what glossary search finds entries by"),
    ("glossary_editors", "which staff may edit the glossary"),
    ("glossary_signers", "organisations whose glossary bundles are trusted, by public key"),
    ("conduct_versions", "the organisation's code of conduct for online work"),
    ("conduct_acknowledgements", "which staff acknowledged which version of the code"),
    ("skill_assessments", "staff members' own assessment of their technical skills"),
    ("legal_notes", "the organisation's notes on legislation"),
];

/// Columns that prove an account rather than say anything about a person
/// (password hashes, second-factor secrets, token digests): never exported.
pub const CREDENTIALS: &[&str] = &[
    "password_hash",
    "totp_secret",
    "totp_last_step",
    "token_digest",
    "code_digest",
    "pending_secret",
    "pseudonym_key",
];

/// The declaration of one table of personal data.
pub fn personal_table(name: &str) -> Option<&'static PersonalTable> {
    PERSONAL_TABLES.iter().find(|t| t.table == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_come_first_and_exist() {
        for (i, t) in PERSONAL_TABLES.iter().enumerate() {
            for reach in t.reach {
                if let Reach::Parent { parent, .. } = reach {
                    let at = PERSONAL_TABLES.iter().position(|p| p.table == *parent);
                    assert!(at.is_some_and(|at| at < i), "{} comes after its parent {parent}", t.table);
                }
            }
            if matches!(t.about, About::AsParent) {
                assert!(t.reach.iter().any(|r| matches!(r, Reach::Parent { .. })), "{} has no parent", t.table);
            }
            assert!(PERSONAL_TABLES[i + 1..].iter().all(|o| o.table != t.table), "{} twice", t.table);
            assert!(OTHER_TABLES.iter().all(|(o, _)| *o != t.table), "{} is declared both ways", t.table);
        }
    }
}
