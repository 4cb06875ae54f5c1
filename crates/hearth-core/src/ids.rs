//! Typed record identifiers.
//!
//! Ids are 128 random bits, hex-encoded: they cannot be guessed or counted, and
//! the same text form works on both databases.

use crate::secrets::{RandomnessUnavailable, random_bytes};

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn generate() -> Result<Self, RandomnessUnavailable> {
                Ok(Self(hex::encode(random_bytes::<16>()?)))
            }
            /// Accepts only the shape Hearth generates, so a malformed id from a
            /// URL is rejected before it reaches a query.
            pub fn parse(text: &str) -> Result<Self, InvalidId> {
                if text.len() == 32 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
                    Ok(Self(text.to_owned()))
                } else {
                    Err(InvalidId)
                }
            }
            /// For values read back from the database, which Hearth wrote.
            pub fn from_trusted(text: String) -> Self {
                Self(text)
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    )*};
}

id_type!(
    OrganisationId,
    UserId,
    TeamId,
    FamilyId,
    InvitationId,
    NotificationId,
    MemberId,
    NoteId,
    EventId,
    AssessmentId,
    ConferenceId,
    PlanActionId,
    DocumentId,
    DecisionId,
    AgreementId,
    SupportSessionId,
    TranslatorId,
    FollowUpId,
    OnCallShiftId,
    TemplateId,
    ConversationId,
    MessageId,
    QuickAnswerId,
    GroupId,
    TopicId,
    PostId,
    FlagId,
    ApplicationId,
    GroupInvitationId,
    ScheduledPostId,
    PartnerId,
    SharingAgreementId,
    DisclosureId,
    ReceivedInformationId,
    InstrumentId,
    CheckInScheduleId,
    CheckInRequestId,
    CheckInResponseId,
    SubjectAccessId,
    DataRequestId,
    GlossaryEntryId,
    LegalNoteId
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a valid record id")]
pub struct InvalidId;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_parse_back() -> Result<(), Box<dyn std::error::Error>> {
        let id = FamilyId::generate()?;
        assert_eq!(FamilyId::parse(id.as_str())?, id);
        Ok(())
    }

    #[test]
    fn rejects_other_shapes() {
        assert!(FamilyId::parse("1").is_err());
        assert!(FamilyId::parse("../../etc/passwd").is_err());
        assert!(FamilyId::parse("ABCDEFABCDEFABCDEFABCDEFABCDEFAB").is_err());
    }
}
