//! The audit trail's chains: each row's MAC covers its content, its chain
//! and the MAC of the row before it in that chain, so an edited, removed,
//! reordered or moved row breaks its chain from that point, and without the
//! key a chain cannot be rebuilt.
//!
//! The trail is spread over many independent chains (per organisation, in
//! several lanes) so that appending never waits for a lock shared by every
//! organisation; `hearth audit verify` walks each chain.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::clock::Timestamp;

/// What happened. Stored as text; new kinds may be added, never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    LoginSucceeded,
    LoginFailed,
    LoginThrottled,
    Logout,
    SessionRevoked,
    PasswordSet,
    PasswordChanged,
    SecondFactorEnrolled,
    RecoveryCodeUsed,
    /// The password (or code) asked again before a sensitive step was wrong.
    ReauthenticationFailed,
    ReauthenticationThrottled,
    AccountInvited,
    InvitationRevoked,
    AccountDisabled,
    AccountRoleChanged,
    FamilyCreated,
    FamilyViewed,
    FamilyListed,
    FamilyAssigned,
    FamilyUnassigned,
    BreakGlassOpened,
    AccessLogViewed,
    AccountsListed,
    LanguageChanged,
    FamilyStatusChanged,
    MemberAdded,
    MemberChanged,
    NoteWritten,
    NoteAmended,
    NotesRekeyed,
    AssessmentRecorded,
    AssessmentReviewed,
    AssessmentViewed,
    CatalogueChanged,
    ConferenceRecorded,
    PlanProgressRecorded,
    DocumentUploaded,
    DocumentDownloaded,
    ModalityDecided,
    ModalityRulesChanged,
    FamilyReviewPlanned,
    MemberAccountLinked,
    NotificationsListed,
    PortalSettingsChanged,
    QuickExit,
    AgreementTemplatePublished,
    AgreementMade,
    AgreementAccepted,
    WellbeingPolicyChanged,
    PersonalLimitsChanged,
    OnCallRotaChanged,
    SessionScheduled,
    GuardrailOverridden,
    SessionViewed,
    SessionChecklistCompleted,
    SessionOutcomeRecorded,
    TranslatorInvited,
    TranslatorUndertakingAccepted,
    FollowUpCompleted,
    CalendarFeedIssued,
    CalendarFeedRevoked,
    CalendarFeedRead,
    CalendarViewed,
    WorkloadViewed,
    TeamWorkloadViewed,
    TeamOverridesViewed,
    NotificationSettingsChanged,
    ConversationStarted,
    MessageSent,
    MessageCorrected,
    /// Staff read a family's conversation (members reading their own are not
    /// reads of the family file).
    ConversationViewed,
    /// The organisation's quick answers were added to, changed or pruned.
    QuickAnswersChanged,
    /// A session's video call was opened, someone was let in or turned
    /// away, the call ended, or it ended abruptly after a drop.
    CallOpened,
    CallJoined,
    CallTurnedAway,
    CallEnded,
    CallEndedAbruptly,
    /// Peer-support communities: a group opened or changed (details, house
    /// rules, ambassadors), the answer-queue limits changed.
    CommunityGroupCreated,
    CommunityGroupChanged,
    CommunitySettingsChanged,
    /// A practitioner invited a member of the family to a group.
    CommunityInvitationSent,
    CommunityJoined,
    CommunityApplied,
    CommunityApplicationsViewed,
    CommunityApplicationDecided,
    CommunityRulesAccepted,
    /// A pseudonym chosen or changed, the digest switched on or off.
    CommunityProfileChanged,
    /// A topic or reply written, or the helpful reply marked.
    CommunityPosted,
    CommunityPostFlagged,
    CommunityFlagsViewed,
    CommunityModerationLogViewed,
    /// A moderator hid a post or closed its flags.
    CommunityModerated,
    /// A member asked for someone to talk to from the community.
    CommunityHelpRequested,
    /// Partner agencies, or the lawful bases offered for sharing, changed.
    PartnersChanged,
    /// An information-sharing agreement was recorded or its terms changed.
    SharingAgreementChanged,
    /// A disclosure to a partner prepared from a family file, or amended.
    DisclosurePrepared,
    DisclosureAmended,
    /// A disclosure read, or its record (the PDF) produced.
    DisclosureViewed,
    DisclosureRecordProduced,
    DisclosureApproved,
    DisclosureReturned,
    DisclosureSent,
    /// Information a partner gave was recorded in a family file.
    InformationReceivedRecorded,
    /// A supervisor read the register of disclosures, or exported it.
    SharingRegisterViewed,
    SharingRegisterExported,
    /// An organisation admin loaded a check-in instrument.
    InstrumentLoaded,
    /// A check-in was scheduled for a member, or its schedule ended.
    CheckInScheduled,
    CheckInScheduleEnded,
    /// A check-in was answered (in the portal, or entered from a call).
    CheckInAnswered,
    /// Check-in results of a family were read.
    CheckInsViewed,
    /// The outcome figures were read, or exported (in full or anonymised).
    OutcomesViewed,
    OutcomesExported,
    /// A subject-access request was opened for a member, its items read,
    /// one withheld item released, or its export downloaded.
    SubjectAccessOpened,
    /// Family members were looked up by name to open a request for one.
    DataSubjectsSearched,
    SubjectAccessViewed,
    SubjectAccessItemReleased,
    SubjectAccessExported,
    /// The retention policy changed, or the files it keeps were listed.
    RetentionPolicyChanged,
    RetentionListed,
    /// A legal hold was put on a family file, or lifted.
    LegalHoldSet,
    LegalHoldLifted,
    /// A family file was erased after its retention ended (confirmed by an
    /// admin), or an erasure was made again after a restore.
    FamilyErased,
    ErasureReapplied,
    /// Old sign-in records of portal accounts were deleted.
    PortalAccessRecordsErased,
    /// A member asked for a correction or objected to a purpose; a practitioner answered.
    DataRequestMade,
    DataRequestAnswered,
    /// The organisation's unanswered requests were listed (for its data-protection officer).
    DataRequestsListed,
    /// The register of processing activities was read or exported.
    ProcessingRegisterViewed,
    /// A glossary entry was written, changed (with why), published or reviewed.
    GlossaryEntryCreated,
    GlossaryEntryChanged,
    GlossaryEntryPublished,
    GlossaryEntryReviewed,
    /// The glossary editor's permission was granted or withdrawn.
    GlossaryEditorGranted,
    GlossaryEditorWithdrawn,
    /// The glossary's published entries were exported as a signed bundle; an
    /// organisation's signing key was trusted for imports.
    GlossaryExported,
    GlossarySignerTrusted,
    /// A version of the code of conduct was published, or acknowledged.
    ConductPublished,
    ConductAcknowledged,
    /// A legal note was written or changed.
    LegalNoteSaved,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LoginSucceeded => "login.succeeded",
            Self::LoginFailed => "login.failed",
            Self::LoginThrottled => "login.throttled",
            Self::Logout => "logout",
            Self::SessionRevoked => "session.revoked",
            Self::PasswordSet => "password.set",
            Self::PasswordChanged => "password.changed",
            Self::SecondFactorEnrolled => "second_factor.enrolled",
            Self::ReauthenticationFailed => "reauthentication.failed",
            Self::ReauthenticationThrottled => "reauthentication.throttled",
            Self::RecoveryCodeUsed => "second_factor.recovery_code_used",
            Self::AccountInvited => "account.invited",
            Self::InvitationRevoked => "account.invitation_revoked",
            Self::AccountDisabled => "account.disabled",
            Self::AccountRoleChanged => "account.role_changed",
            Self::FamilyCreated => "family.created",
            Self::FamilyViewed => "family.viewed",
            Self::FamilyListed => "family.listed",
            Self::FamilyAssigned => "family.assigned",
            Self::FamilyUnassigned => "family.unassigned",
            Self::BreakGlassOpened => "family.break_glass",
            Self::AccessLogViewed => "family.access_log_viewed",
            Self::AccountsListed => "account.listed",
            Self::LanguageChanged => "account.language_changed",
            Self::FamilyStatusChanged => "family.status_changed",
            Self::MemberAdded => "family.member_added",
            Self::MemberChanged => "family.member_changed",
            Self::NoteWritten => "family.note_written",
            Self::NoteAmended => "family.note_amended",
            Self::NotesRekeyed => "notes.rekeyed",
            Self::AssessmentRecorded => "family.assessment_recorded",
            Self::AssessmentReviewed => "family.assessment_reviewed",
            Self::AssessmentViewed => "family.assessment_viewed",
            Self::CatalogueChanged => "organisation.catalogue_changed",
            Self::ConferenceRecorded => "family.conference_recorded",
            Self::PlanProgressRecorded => "family.plan_progress_recorded",
            Self::DocumentUploaded => "family.document_uploaded",
            Self::DocumentDownloaded => "family.document_downloaded",
            Self::ModalityDecided => "family.modality_decided",
            Self::ModalityRulesChanged => "organisation.modality_rules_changed",
            Self::FamilyReviewPlanned => "family.review_planned",
            Self::MemberAccountLinked => "family.member_account_linked",
            Self::NotificationsListed => "account.notifications_listed",
            Self::PortalSettingsChanged => "organisation.portal_settings_changed",
            Self::QuickExit => "account.quick_exit",
            Self::AgreementTemplatePublished => "organisation.agreement_template_published",
            Self::AgreementMade => "family.agreement_made",
            Self::AgreementAccepted => "family.agreement_accepted",
            Self::WellbeingPolicyChanged => "organisation.wellbeing_policy_changed",
            Self::PersonalLimitsChanged => "account.personal_limits_changed",
            Self::OnCallRotaChanged => "organisation.on_call_rota_changed",
            Self::SessionScheduled => "family.session_scheduled",
            Self::GuardrailOverridden => "family.session_guardrail_overridden",
            Self::SessionViewed => "family.session_viewed",
            Self::SessionChecklistCompleted => "family.session_checklist_completed",
            Self::SessionOutcomeRecorded => "family.session_outcome_recorded",
            Self::TranslatorInvited => "family.translator_invited",
            Self::TranslatorUndertakingAccepted => "family.translator_undertaking_accepted",
            Self::FollowUpCompleted => "family.follow_up_completed",
            Self::CalendarFeedIssued => "account.calendar_feed_issued",
            Self::CalendarFeedRevoked => "account.calendar_feed_revoked",
            Self::CalendarFeedRead => "account.calendar_feed_read",
            Self::CalendarViewed => "account.calendar_viewed",
            Self::WorkloadViewed => "account.workload_viewed",
            Self::TeamWorkloadViewed => "team.workload_viewed",
            Self::TeamOverridesViewed => "team.overrides_viewed",
            Self::NotificationSettingsChanged => "account.notification_settings_changed",
            Self::ConversationStarted => "family.conversation_started",
            Self::MessageSent => "family.message_sent",
            Self::MessageCorrected => "family.message_corrected",
            Self::ConversationViewed => "family.conversation_viewed",
            Self::QuickAnswersChanged => "organisation.quick_answers_changed",
            Self::CallOpened => "family.call_opened",
            Self::CallJoined => "family.call_joined",
            Self::CallTurnedAway => "family.call_turned_away",
            Self::CallEnded => "family.call_ended",
            Self::CallEndedAbruptly => "family.call_ended_abruptly",
            Self::CommunityGroupCreated => "community.group_created",
            Self::CommunityGroupChanged => "community.group_changed",
            Self::CommunitySettingsChanged => "community.settings_changed",
            Self::CommunityInvitationSent => "family.community_invitation_sent",
            Self::CommunityJoined => "community.joined",
            Self::CommunityApplied => "community.applied",
            Self::CommunityApplicationsViewed => "community.applications_viewed",
            Self::CommunityApplicationDecided => "community.application_decided",
            Self::CommunityRulesAccepted => "community.rules_accepted",
            Self::CommunityProfileChanged => "community.profile_changed",
            Self::CommunityPosted => "community.posted",
            Self::CommunityPostFlagged => "community.post_flagged",
            Self::CommunityFlagsViewed => "community.flags_viewed",
            Self::CommunityModerationLogViewed => "community.moderation_log_viewed",
            Self::CommunityModerated => "community.moderated",
            Self::CommunityHelpRequested => "family.community_help_requested",
            Self::PartnersChanged => "sharing.partners_changed",
            Self::SharingAgreementChanged => "sharing.agreement_changed",
            Self::DisclosurePrepared => "family.disclosure_prepared",
            Self::DisclosureAmended => "family.disclosure_amended",
            Self::DisclosureViewed => "family.disclosure_viewed",
            Self::DisclosureRecordProduced => "family.disclosure_record_produced",
            Self::DisclosureApproved => "family.disclosure_approved",
            Self::DisclosureReturned => "family.disclosure_returned",
            Self::DisclosureSent => "family.disclosure_sent",
            Self::InformationReceivedRecorded => "family.information_received_recorded",
            Self::SharingRegisterViewed => "sharing.register_viewed",
            Self::SharingRegisterExported => "sharing.register_exported",
            Self::InstrumentLoaded => "organisation.instrument_loaded",
            Self::CheckInScheduled => "family.check_in_scheduled",
            Self::CheckInScheduleEnded => "family.check_in_schedule_ended",
            Self::CheckInAnswered => "family.check_in_answered",
            Self::CheckInsViewed => "family.check_ins_viewed",
            Self::OutcomesViewed => "organisation.outcomes_viewed",
            Self::OutcomesExported => "organisation.outcomes_exported",
            Self::SubjectAccessOpened => "family.subject_access_opened",
            Self::DataSubjectsSearched => "organisation.data_subjects_searched",
            Self::SubjectAccessViewed => "family.subject_access_viewed",
            Self::SubjectAccessItemReleased => "family.subject_access_item_released",
            Self::SubjectAccessExported => "family.subject_access_exported",
            Self::RetentionPolicyChanged => "organisation.retention_policy_changed",
            Self::RetentionListed => "organisation.retention_listed",
            Self::LegalHoldSet => "family.legal_hold_set",
            Self::LegalHoldLifted => "family.legal_hold_lifted",
            Self::FamilyErased => "family.erased",
            Self::ErasureReapplied => "family.erasure_reapplied",
            Self::PortalAccessRecordsErased => "organisation.portal_access_records_erased",
            Self::DataRequestMade => "family.data_request_made",
            Self::DataRequestAnswered => "family.data_request_answered",
            Self::DataRequestsListed => "organisation.data_requests_listed",
            Self::ProcessingRegisterViewed => "organisation.processing_register_viewed",
            Self::GlossaryEntryCreated => "glossary.entry_created",
            Self::GlossaryEntryChanged => "glossary.entry_changed",
            Self::GlossaryEntryPublished => "glossary.entry_published",
            Self::GlossaryEntryReviewed => "glossary.entry_reviewed",
            Self::GlossaryEditorGranted => "account.glossary_editor_granted",
            Self::GlossaryEditorWithdrawn => "account.glossary_editor_withdrawn",
            Self::GlossaryExported => "organisation.glossary_exported",
            Self::GlossarySignerTrusted => "organisation.glossary_signer_trusted",
            Self::ConductPublished => "organisation.conduct_published",
            Self::ConductAcknowledged => "account.conduct_acknowledged",
            Self::LegalNoteSaved => "organisation.legal_note_saved",
        }
    }
}

/// One row of the trail as it is chained. Ids, kinds and counts only: no
/// names and nothing anyone typed, so erasing a family file never needs to
/// touch the trail (trails written before this rule may hold the text of
/// break-glass reasons).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// The chain the row belongs to; "" for rows written before the trail
    /// had several chains.
    pub chain: String,
    /// The row's place in its chain, from 1.
    pub seq: i64,
    pub at: Timestamp,
    pub organisation_id: Option<String>,
    pub actor_id: Option<String>,
    pub action: String,
    pub record_kind: String,
    pub record_id: Option<String>,
    pub reason: Option<String>,
    pub prev_mac: String,
    pub mac: String,
}

/// The MAC of the row before the first one.
pub const GENESIS_MAC: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of a row that are chained, length-prefixed so no two different
/// rows serialise the same.
pub fn row_mac(key: &[u8], row: &AuditRow) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        // HMAC accepts keys of any length; this branch cannot be taken.
        return String::new();
    };
    let mut field = |value: Option<&str>| {
        match value {
            Some(v) => {
                mac.update(&(v.len() as u64).to_be_bytes());
                mac.update(v.as_bytes());
            }
            None => mac.update(&u64::MAX.to_be_bytes()),
        };
    };
    field(Some(&row.prev_mac));
    // Rows of the first, single chain were MACed without a chain name.
    if !row.chain.is_empty() {
        field(Some(&row.chain));
    }
    field(Some(&row.seq.to_string()));
    field(Some(&row.at.millis().to_string()));
    field(row.organisation_id.as_deref());
    field(row.actor_id.as_deref());
    field(Some(&row.action));
    field(Some(&row.record_kind));
    field(row.record_id.as_deref());
    field(row.reason.as_deref());
    hex::encode(mac.finalize().into_bytes())
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    #[error("row {seq} was changed")]
    Changed { seq: i64 },
    #[error("a row before {seq} was removed (expected {expected})")]
    Missing { seq: i64, expected: i64 },
    #[error("row {seq} is out of order or follows a removed row")]
    Reordered { seq: i64 },
    #[error("rows after {seq} were removed")]
    Truncated { seq: i64 },
    #[error("its rows have no recorded head (the head was removed)")]
    HeadMissing,
}

/// Checks one chain row by row, in sequence order, without holding it all.
#[derive(Debug, Clone)]
pub struct ChainVerifier {
    expected_seq: i64,
    prev: String,
    count: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self::new()
    }
}

impl ChainVerifier {
    pub fn new() -> Self {
        Self { expected_seq: 1, prev: GENESIS_MAC.to_owned(), count: 0 }
    }

    /// The next row of the chain, or the first break it shows.
    pub fn push(&mut self, key: &[u8], row: &AuditRow) -> Result<(), ChainBreak> {
        if row.seq > self.expected_seq {
            return Err(ChainBreak::Missing { seq: row.seq, expected: self.expected_seq });
        }
        if row.seq < self.expected_seq || row.prev_mac != self.prev {
            return Err(ChainBreak::Reordered { seq: row.seq });
        }
        if row_mac(key, row) != row.mac {
            return Err(ChainBreak::Changed { seq: row.seq });
        }
        self.prev.clone_from(&row.mac);
        self.expected_seq += 1;
        self.count += 1;
        Ok(())
    }

    /// `head` is the last sequence number the trail recorded separately, so
    /// removing rows from the end is noticed too.
    pub fn finish(self, head: Option<i64>) -> Result<u64, ChainBreak> {
        match head {
            Some(head) if head >= self.expected_seq => Err(ChainBreak::Truncated { seq: self.expected_seq - 1 }),
            _ => Ok(self.count),
        }
    }
}

/// Walks rows in sequence order and reports the first break.
pub fn verify_chain<'a>(
    key: &[u8],
    rows: impl IntoIterator<Item = &'a AuditRow>,
    head: Option<i64>,
) -> Result<u64, ChainBreak> {
    let mut verifier = ChainVerifier::new();
    for row in rows {
        verifier.push(key, row)?;
    }
    verifier.finish(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"test key for the audit chain....";

    fn chain(n: i64) -> Vec<AuditRow> {
        let mut prev = GENESIS_MAC.to_owned();
        (1..=n)
            .map(|seq| {
                let mut row = AuditRow {
                    chain: String::new(),
                    seq,
                    at: Timestamp(seq * 1000),
                    organisation_id: Some("org".into()),
                    actor_id: Some(format!("user{seq}")),
                    action: AuditAction::FamilyViewed.as_str().into(),
                    record_kind: "family".into(),
                    record_id: Some(format!("f{seq}")),
                    reason: None,
                    prev_mac: prev.clone(),
                    mac: String::new(),
                };
                row.mac = row_mac(KEY, &row);
                prev = row.mac.clone();
                row
            })
            .collect()
    }

    #[test]
    fn intact_chain_verifies() {
        assert_eq!(verify_chain(KEY, &chain(5), Some(5)), Ok(5));
        assert_eq!(verify_chain(KEY, &chain(0), None), Ok(0));
    }

    #[test]
    fn edited_row_is_found() {
        let mut rows = chain(5);
        rows[2].actor_id = Some("someone else".into());
        assert_eq!(verify_chain(KEY, &rows, Some(5)), Err(ChainBreak::Changed { seq: 3 }));
    }

    #[test]
    fn removed_row_is_found() {
        let mut rows = chain(5);
        rows.remove(1);
        assert_eq!(verify_chain(KEY, &rows, Some(5)), Err(ChainBreak::Missing { seq: 3, expected: 2 }));
    }

    #[test]
    fn swapped_rows_are_found() {
        let mut rows = chain(5);
        // Swap content but keep sequence numbers, as an attacker editing in place would.
        let (a, b) = (rows[1].clone(), rows[2].clone());
        rows[1] = AuditRow { seq: 2, ..b };
        rows[2] = AuditRow { seq: 3, ..a };
        assert_eq!(verify_chain(KEY, &rows, Some(5)), Err(ChainBreak::Reordered { seq: 2 }));
    }

    #[test]
    fn truncated_tail_is_found() {
        let mut rows = chain(5);
        rows.truncate(3);
        assert_eq!(verify_chain(KEY, &rows, Some(5)), Err(ChainBreak::Truncated { seq: 3 }));
    }

    #[test]
    fn a_row_moved_to_another_chain_is_found() {
        let mut row = chain(1).remove(0);
        row.chain = "org:1".into();
        row.mac = row_mac(KEY, &row);
        let moved = AuditRow { chain: "org:2".into(), ..row.clone() };
        assert_eq!(verify_chain(KEY, [&row], Some(1)), Ok(1));
        assert_eq!(verify_chain(KEY, [&moved], Some(1)), Err(ChainBreak::Changed { seq: 1 }));
    }

    #[test]
    fn another_key_does_not_verify() {
        assert_eq!(verify_chain(b"other", &chain(2), Some(2)), Err(ChainBreak::Changed { seq: 1 }));
    }
}

/// How far one chain reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub chain: String,
    pub seq: i64,
    pub mac: String,
}

/// A witness of how far every chain of the audit trail reached, kept
/// outside the database: a trail later cut back to before it shows. Signed
/// with a key derived from the deployment secret, which a database
/// administrator does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub at: Timestamp,
    pub heads: Vec<ChainHead>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    #[error("line {0} is not a checkpoint")]
    Malformed(usize),
    #[error("line {0} is a checkpoint with a wrong signature (changed, or made with another key)")]
    BadSignature(usize),
}

const CHECKPOINT_PREFIX: &str = "hearth-audit-checkpoint v1";

impl Checkpoint {
    fn body(&self) -> String {
        let heads: Vec<String> = self.heads.iter().map(|h| format!("{}={}@{}", h.chain, h.seq, h.mac)).collect();
        format!("{CHECKPOINT_PREFIX} at={} rows={} heads={}", self.at.millis(), self.rows(), heads.join(","))
    }

    /// Rows the trail held, all chains together.
    pub fn rows(&self) -> i64 {
        self.heads.iter().map(|h| h.seq).sum()
    }

    fn signature(key: &[u8], body: &str) -> String {
        match Hmac::<Sha256>::new_from_slice(key) {
            Ok(mut mac) => {
                mac.update(body.as_bytes());
                hex::encode(mac.finalize().into_bytes())
            }
            Err(_) => String::new(),
        }
    }

    /// One line, signed.
    pub fn to_line(&self, key: &[u8]) -> String {
        let body = self.body();
        let sig = Self::signature(key, &body);
        format!("{body} sig={sig}")
    }

    /// Every checkpoint in a file, each line checked; `number` counts from 1.
    pub fn parse_all(text: &str, key: &[u8]) -> Result<Vec<Self>, CheckpointError> {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| Self::parse_line(l.trim(), key, i + 1))
            .collect()
    }

    fn parse_line(line: &str, key: &[u8], number: usize) -> Result<Self, CheckpointError> {
        let malformed = CheckpointError::Malformed(number);
        let (body, sig) = line.rsplit_once(" sig=").ok_or(malformed.clone())?;
        let expected = Self::signature(key, body);
        // Compared as MACs are: in constant time.
        if !constant_time_eq(expected.as_bytes(), sig.as_bytes()) {
            return Err(CheckpointError::BadSignature(number));
        }
        let rest = body.strip_prefix(CHECKPOINT_PREFIX).ok_or(malformed.clone())?.trim_start();
        let mut at = None;
        let mut heads = Vec::new();
        for field in rest.split(' ') {
            if let Some(v) = field.strip_prefix("at=") {
                at = v.parse::<i64>().ok().map(Timestamp);
            } else if let Some(v) = field.strip_prefix("heads=") {
                for entry in v.split(',').filter(|e| !e.is_empty()) {
                    let (chain, rest) = entry.rsplit_once('=').ok_or(malformed.clone())?;
                    let (seq, mac) = rest.split_once('@').ok_or(malformed.clone())?;
                    let seq = seq.parse().map_err(|_| malformed.clone())?;
                    heads.push(ChainHead { chain: chain.to_owned(), seq, mac: mac.to_owned() });
                }
            }
        }
        Ok(Self { at: at.ok_or(malformed)?, heads })
    }
}

/// Equality that takes the same time wherever the first difference is.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod checkpoint_tests {
    use super::*;

    #[test]
    fn a_checkpoint_reads_back_and_a_changed_one_does_not() {
        let checkpoint = Checkpoint {
            at: Timestamp(1_795_523_640_000),
            heads: vec![
                ChainHead { chain: String::new(), seq: 12, mac: "ab".repeat(32) },
                ChainHead { chain: "0f3c:7".into(), seq: 3, mac: "cd".repeat(32) },
            ],
        };
        let key = b"checkpoint key";
        let line = checkpoint.to_line(key);
        assert_eq!(
            Checkpoint::parse_all(&format!("{line}\n\n{line}\n"), key),
            Ok(vec![checkpoint.clone(), checkpoint])
        );
        assert_eq!(Checkpoint::parse_all(&line.replace("=12@", "=11@"), key), Err(CheckpointError::BadSignature(1)));
        assert_eq!(Checkpoint::parse_all(&line, b"another key"), Err(CheckpointError::BadSignature(1)));
        assert_eq!(Checkpoint::parse_all("not a checkpoint", key), Err(CheckpointError::Malformed(1)));
    }
}
