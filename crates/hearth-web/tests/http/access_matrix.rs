//! Every route × every role (and no session) × three records: one's own,
//! another family's in the same organisation, and another organisation's.
//! The routes come from the router's own table: a route without an
//! expectation here fails the test.

use hearth_core::access::Actor;
use hearth_core::accounts::Role;
use hearth_core::assessment::{Engagement, ProportionateResponse};
use hearth_core::community::{ApplicationAnswer, GroupDetails, HouseRules, PostBody, Pseudonym, TopicTitle};
use hearth_core::conference::{PlanAction, PlanAgreement};
use hearth_core::documents::DocumentKind;
use hearth_core::families::{Assignment, FamilyName, MemberName, MemberRole};
use hearth_core::ids::{
    AssessmentId, ConferenceId, ConversationId, DisclosureId, DocumentId, FamilyId, FollowUpId, GroupId, MemberId,
    MessageId, NoteId, OrganisationId, PartnerId, PlanActionId, SharingAgreementId, SupportSessionId, TeamId, TopicId,
    UserId,
};
use hearth_core::messaging::MessageText;
use hearth_core::modality::ContactKind;
use hearth_core::secrets::{new_token, token_digest};
use hearth_core::sharing::{
    AgreementForm, AgreementTerms, DisclosureForm, DisclosureStatus, DisclosureTerms, PartnerDetails, Sending,
    SendingChannel, lawful_bases,
};
use hearth_core::support_sessions::{SessionMode, SessionOutcome};
use hearth_core::timeline::{NoteKind, NoteText};
use hearth_core::wellbeing::LocalDate;
use hearth_store::accounts::NewInvitation;
use hearth_store::assessment::NewAssessment;
use hearth_store::conference::NewConference;
use hearth_store::families::MemberDetails;
use hearth_store::sharing::DisclosureDraft;
use hearth_store::support_sessions::NewSupportSession;
use hearth_web::route_table;
use reqwest::Method;

use crate::support::{Fallible, TestApp, TestResult, TestUser};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Served (2xx, 3xx other than to sign-in, 422 for a form that was read,
    /// or 409 for one read after the record changed meanwhile).
    Allow,
    /// 403 or 404.
    Deny,
    /// Sent to the sign-in page.
    SignIn,
}
use Outcome::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Record {
    Own,
    OtherFamily,
    OtherOrganisation,
}

const ROLES: [Option<Role>; 7] = [
    None,
    Some(Role::OrganisationAdmin),
    Some(Role::Supervisor),
    Some(Role::Practitioner),
    Some(Role::CommunityManager),
    Some(Role::PeerAmbassador),
    Some(Role::FamilyMember),
];

/// The expected outcome, written independently of the policy code.
pub(crate) fn expected(method: &Method, path: &str, role: Option<Role>, record: Record) -> Option<Outcome> {
    use Record::*;
    use Role::*;
    let signed_in = |o: Outcome| if role.is_none() { SignIn } else { o };
    let staff = role.is_some_and(|r| r.is_staff());
    let caseworker = matches!(role, Some(Practitioner | Supervisor));
    let admin = role == Some(OrganisationAdmin);
    let m = method.as_str();
    Some(match (m, path) {
        ("GET", "/healthz" | "/metrics" | "/static/{name}" | "/login") => Allow,
        ("POST", "/login" | "/language") => Allow,
        ("GET" | "POST", "/login/second-factor") => SignIn,
        ("POST", "/logout") => SignIn,
        ("GET" | "POST", "/invitations/{token}") => {
            if record == OtherFamily {
                Deny
            } else {
                Allow
            }
        }
        ("GET", "/" | "/account" | "/account/sessions") => signed_in(Allow),
        ("POST", "/account/password" | "/account/sessions/revoke-others") => signed_in(Allow),
        ("GET" | "POST", "/account/second-factor") => signed_in(Allow),
        ("POST", "/account/sessions/{session_id}/revoke") => signed_in(if record == Own { Allow } else { Deny }),
        ("GET" | "POST", "/notifications" | "/notifications/read") => signed_in(if staff { Allow } else { Deny }),
        ("GET", "/admin/users" | "/admin/invitations" | "/admin/invitations/new") | ("POST", "/admin/invitations") => {
            signed_in(if admin { Allow } else { Deny })
        }
        ("GET" | "POST", "/admin/users/{user_id}/disable") | ("POST", "/admin/invitations/{invitation_id}/revoke") => {
            signed_in(if admin && record != OtherOrganisation { Allow } else { Deny })
        }
        ("GET", "/families" | "/families/new") | ("POST", "/families") => {
            signed_in(if caseworker { Allow } else { Deny })
        }
        ("GET", "/families/{family_id}") => signed_in(if caseworker && record == Own { Allow } else { Deny }),
        ("POST", "/families/{family_id}/break-glass") => {
            signed_in(if caseworker && record != OtherOrganisation { Allow } else { Deny })
        }
        (
            "POST",
            "/families/{family_id}/status" | "/families/{family_id}/review" | "/families/{family_id}/relationships",
        )
        | ("POST", "/families/{family_id}/members" | "/families/{family_id}/notes")
        | ("GET", "/families/{family_id}/members/new" | "/families/{family_id}/notes/new")
        | (
            "GET" | "POST",
            "/families/{family_id}/members/{member_id}" | "/families/{family_id}/notes/{note_id}/amend",
        )
        | (
            "POST",
            "/families/{family_id}/members/{member_id}/verification"
            | "/families/{family_id}/members/{member_id}/invite"
            | "/families/{family_id}/members/{member_id}/reminders",
        ) => signed_in(if caseworker && record == Own { Allow } else { Deny }),
        ("GET", "/families/{family_id}/assessments" | "/families/{family_id}/assessments/new")
        | ("POST", "/families/{family_id}/assessments" | "/families/{family_id}/assessments/new/step")
        | ("GET", "/families/{family_id}/assessments/{assessment_id}") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        ("POST", "/families/{family_id}/assessments/{assessment_id}/review") => {
            signed_in(if role == Some(Supervisor) && record == Own { Allow } else { Deny })
        }
        ("GET" | "POST", "/admin/catalogue" | "/admin/modality-rules" | "/admin/portal") => {
            signed_in(if admin { Allow } else { Deny })
        }
        ("GET", "/quick-exit") => Allow,
        ("GET" | "POST", "/families/{family_id}/members/{member_id}/agreement")
        | ("POST", "/families/{family_id}/members/{member_id}/agreement/consent") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        ("GET" | "POST", "/admin/agreement-template") => signed_in(if admin { Allow } else { Deny }),
        // Only a family member, and only for their own agreement (none in this fixture).
        ("POST", "/portal/agreements/{agreement_id}/accept") => signed_in(Deny),
        ("GET" | "POST", "/families/{family_id}/members/{member_id}/modality")
        | ("POST", "/families/{family_id}/members/{member_id}/modality/decision") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        (
            "POST",
            "/families/{family_id}/conversations" | "/families/{family_id}/conversations/{conversation_id}/messages",
        )
        | ("GET", "/families/{family_id}/conversations/{conversation_id}")
        | ("GET", "/families/{family_id}/conversations/{conversation_id}/live") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        // Only the author corrects a message: the fixture's was written by the family's own practitioner.
        ("POST", "/families/{family_id}/conversations/{conversation_id}/messages/{message_id}/correction") => {
            signed_in(if role == Some(Practitioner) && record == Own { Allow } else { Deny })
        }
        ("GET", "/portal/conversations") | ("POST", "/account/message-emails") => {
            signed_in(if role == Some(FamilyMember) { Allow } else { Deny })
        }
        ("GET", "/portal/conversations/{conversation_id}" | "/portal/conversations/{conversation_id}/live")
        | ("POST", "/portal/conversations/{conversation_id}/messages") => {
            signed_in(if role == Some(FamilyMember) && record == Own { Allow } else { Deny })
        }
        // The fixture's messages were written by staff: nobody in the portal may correct them.
        ("POST", "/portal/conversations/{conversation_id}/messages/{message_id}/correction") => signed_in(Deny),
        ("POST", "/families/{family_id}/documents") | ("GET", "/families/{family_id}/documents/{document_id}") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        ("GET", "/families/{family_id}/conferences" | "/families/{family_id}/conferences/new")
        | ("POST", "/families/{family_id}/conferences")
        | (
            "GET",
            "/families/{family_id}/conferences/{conference_id}"
            | "/families/{family_id}/conferences/{conference_id}/print",
        )
        | ("POST", "/families/{family_id}/conferences/{conference_id}/actions/{action_id}/progress") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        ("POST", "/families/{family_id}/assignments" | "/families/{family_id}/assignments/{user_id}/remove")
        | ("GET", "/families/{family_id}/access-log") => {
            signed_in(if role == Some(Supervisor) && record == Own { Allow } else { Deny })
        }
        ("GET", "/families/{family_id}/sessions/new")
        | ("POST", "/families/{family_id}/sessions")
        | ("GET", "/families/{family_id}/sessions/{support_session_id}")
        | (
            "POST",
            "/families/{family_id}/sessions/{support_session_id}/checklist"
            | "/families/{family_id}/sessions/{support_session_id}/outcome"
            | "/families/{family_id}/sessions/{support_session_id}/translators",
        )
        | ("GET" | "POST", "/families/{family_id}/follow-ups/{follow_up_id}") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        // A call is for the people on the session: its organiser, and the member on it.
        (
            "GET",
            "/families/{family_id}/sessions/{support_session_id}/call"
            | "/families/{family_id}/sessions/{support_session_id}/call/live",
        ) => signed_in(if role == Some(Practitioner) && record == Own { Allow } else { Deny }),
        ("GET", "/portal/sessions/{support_session_id}/call" | "/portal/sessions/{support_session_id}/call/live") => {
            signed_in(if role == Some(FamilyMember) && record == Own { Allow } else { Deny })
        }
        // The secret in the address is the credential; the fixture's tokens are not valid ones.
        ("GET" | "POST", "/translator/{token}")
        | ("GET", "/translator/{token}/call" | "/translator/{token}/call/live" | "/calendar-feed/{token}") => Deny,
        ("GET" | "POST", "/workload/check-in")
        | ("GET", "/calendar" | "/account/calendar-feed" | "/account/limits" | "/workload")
        | ("POST", "/account/calendar-feed" | "/account/calendar-feed/revoke" | "/account/limits") => {
            signed_in(if caseworker { Allow } else { Deny })
        }
        ("POST", "/notifications/email") => signed_in(if staff { Allow } else { Deny }),
        ("GET" | "POST", "/admin/wellbeing") => signed_in(if admin { Allow } else { Deny }),
        ("GET", "/on-call") => signed_in(if caseworker || admin { Allow } else { Deny }),
        ("POST", "/on-call") => signed_in(if admin || role == Some(Supervisor) { Allow } else { Deny }),
        ("POST", "/on-call/{shift_id}/remove") => {
            signed_in(if (admin || role == Some(Supervisor)) && record != OtherOrganisation { Allow } else { Deny })
        }
        ("GET", "/team") => signed_in(if role == Some(Supervisor) { Allow } else { Deny }),
        ("GET", "/portal/answers") => signed_in(if role == Some(FamilyMember) { Allow } else { Deny }),
        ("POST", "/families/{family_id}/conversations/{conversation_id}/attachments") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        ("POST", "/portal/conversations/{conversation_id}/attachments")
        | ("GET", "/portal/conversations/{conversation_id}/attachments/{document_id}") => {
            signed_in(if role == Some(FamilyMember) && record == Own { Allow } else { Deny })
        }
        ("GET", "/admin/quick-answers" | "/admin/quick-answers/new") | ("POST", "/admin/quick-answers") => {
            signed_in(if admin || role == Some(Supervisor) { Allow } else { Deny })
        }
        (
            "GET" | "POST",
            "/admin/quick-answers/{quick_answer_id}" | "/admin/quick-answers/{quick_answer_id}/remove",
        ) => signed_in(if (admin || role == Some(Supervisor)) && record != OtherOrganisation { Allow } else { Deny }),
        ("GET" | "POST", "/admin/partners" | "/admin/lawful-bases")
        | ("GET", "/admin/partners/{partner_id}/agreements/new")
        | ("GET" | "POST", "/admin/partners/{partner_id}")
        | ("POST", "/admin/partners/{partner_id}/agreements")
        | ("GET" | "POST", "/admin/partners/{partner_id}/agreements/{sharing_agreement_id}") => {
            // Record: the own organisation's partner (Own, OtherFamily) or another's.
            signed_in(if admin && (record != OtherOrganisation || !path.contains("{partner_id}")) {
                Allow
            } else {
                Deny
            })
        }
        // Peer-support communities: families and ambassadors on one side, the manager on the other.
        ("GET", "/community") => {
            signed_in(if matches!(role, Some(FamilyMember | PeerAmbassador | CommunityManager)) { Allow } else { Deny })
        }
        ("POST", "/community/pseudonym" | "/community/digest" | "/community/notices/read")
        | ("GET", "/community/help") => {
            signed_in(if matches!(role, Some(FamilyMember | PeerAmbassador)) { Allow } else { Deny })
        }
        // Help reaches the practitioners of one's own family file.
        ("POST", "/community/help") => signed_in(if role == Some(FamilyMember) { Allow } else { Deny }),
        // Only one's own invitation: the fixture's other ones are someone else's.
        ("POST", "/community/invitations/{group_invitation_id}") => {
            signed_in(if role == Some(FamilyMember) && record == Own { Allow } else { Deny })
        }
        ("GET", "/community/queue") => {
            signed_in(if matches!(role, Some(PeerAmbassador | CommunityManager)) { Allow } else { Deny })
        }
        ("GET" | "POST", "/community/settings")
        | ("GET", "/community/applications" | "/community/groups/new")
        | ("POST", "/community/groups") => signed_in(if role == Some(CommunityManager) { Allow } else { Deny }),
        ("POST", "/community/applications/{application_id}")
        | ("GET" | "POST", "/community/groups/{group_id}/settings" | "/community/groups/{group_id}/schedule")
        | ("POST", "/community/groups/{group_id}/schedule/{scheduled_post_id}/cancel")
        | ("POST", "/community/groups/{group_id}/rules/new") => {
            signed_in(if role == Some(CommunityManager) && record != OtherOrganisation { Allow } else { Deny })
        }
        ("GET" | "POST", "/community/groups/{group_id}/apply") => {
            signed_in(if matches!(role, Some(FamilyMember | PeerAmbassador)) && record != OtherOrganisation {
                Allow
            } else {
                Deny
            })
        }
        // The fixture's own group has the family member as a member (who asked its
        // topic) and the peer ambassador as its ambassador; the manager runs every group
        // of the organisation; staff never read a group.
        ("GET", "/community/groups/{group_id}" | "/community/groups/{group_id}/rules")
        | ("POST", "/community/groups/{group_id}/rules")
        | (
            "GET",
            "/community/groups/{group_id}/topics/{topic_id}" | "/community/groups/{group_id}/topics/{topic_id}/live",
        )
        | (
            "POST",
            "/community/groups/{group_id}/topics"
            | "/community/groups/{group_id}/topics/{topic_id}/replies"
            | "/community/groups/{group_id}/topics/{topic_id}/helpful",
        )
        | ("GET" | "POST", "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/flag") => {
            signed_in(match role {
                Some(CommunityManager) if record != OtherOrganisation => Allow,
                Some(FamilyMember | PeerAmbassador) if record == Own => Allow,
                _ => Deny,
            })
        }
        ("GET", "/community/groups/{group_id}/moderation")
        | (
            "GET" | "POST",
            "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/hide"
            | "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/edit"
            | "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/author",
        )
        | ("POST", "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/dismiss") => signed_in(match role {
            Some(CommunityManager) if record != OtherOrganisation => Allow,
            Some(PeerAmbassador) if record == Own => Allow,
            _ => Deny,
        }),
        ("POST", "/families/{family_id}/members/{member_id}/community-invitation") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        // Information sharing from a file: the people working on it.
        ("GET", "/families/{family_id}/sharing" | "/families/{family_id}/received/new")
        | ("POST", "/families/{family_id}/received")
        | ("GET", "/families/{family_id}/disclosures/new")
        | ("POST", "/families/{family_id}/disclosures")
        | (
            "GET",
            "/families/{family_id}/disclosures/{disclosure_id}"
            | "/families/{family_id}/disclosures/{disclosure_id}/correct"
            | "/families/{family_id}/disclosures/{disclosure_id}/record.pdf",
        )
        | ("POST", "/families/{family_id}/disclosures/{disclosure_id}/sent") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        // Only its preparer amends it (the fixture's was prepared by the family's practitioner)…
        ("GET" | "POST", "/families/{family_id}/disclosures/{disclosure_id}/edit") => {
            signed_in(if role == Some(Practitioner) && record == Own { Allow } else { Deny })
        }
        // …and only a supervisor of the family's team who did not prepare it approves it.
        ("POST", "/families/{family_id}/disclosures/{disclosure_id}/review") => {
            signed_in(if role == Some(Supervisor) && record == Own { Allow } else { Deny })
        }
        ("GET", "/sharing/register" | "/sharing/register.csv") => {
            signed_in(if role == Some(Supervisor) { Allow } else { Deny })
        }
        // Check-ins: the file's workers schedule, enter and follow them; the member asked answers.
        ("GET", "/families/{family_id}/check-ins" | "/families/{family_id}/check-ins/enter")
        | (
            "POST",
            "/families/{family_id}/check-ins/schedules"
            | "/families/{family_id}/check-ins/schedules/{checkin_schedule_id}/end"
            | "/families/{family_id}/check-ins/answers",
        ) => signed_in(if caseworker && record == Own { Allow } else { Deny }),
        ("GET", "/portal/check-ins") => signed_in(if role == Some(FamilyMember) { Allow } else { Deny }),
        ("GET" | "POST", "/portal/check-ins/{checkin_request_id}") => {
            signed_in(if role == Some(FamilyMember) && record == Own { Allow } else { Deny })
        }
        ("GET" | "POST", "/admin/instruments") => signed_in(if admin { Allow } else { Deny }),
        // Data protection is the admin's (the data-protection officer's), within the organisation.
        (
            "GET",
            "/data-protection"
            | "/data-protection/retention"
            | "/data-protection/subject-access"
            | "/data-protection/register"
            | "/data-protection/register.csv",
        )
        | (
            "POST",
            "/data-protection/policy" | "/data-protection/portal-access/erase" | "/data-protection/subject-access",
        ) => signed_in(if admin { Allow } else { Deny }),
        ("POST", "/data-protection/families/{family_id}/hold" | "/data-protection/families/{family_id}/hold/lift")
        | ("GET" | "POST", "/data-protection/families/{family_id}/erase")
        | (
            "GET",
            "/data-protection/subject-access/{request_id}" | "/data-protection/subject-access/{request_id}/export.zip",
        )
        | ("POST", "/data-protection/subject-access/{request_id}/release") => {
            signed_in(if admin && record != OtherOrganisation { Allow } else { Deny })
        }
        // Staff read the glossary; its editors (the fixture's practitioner) write it.
        ("GET", "/glossary") => signed_in(if staff { Allow } else { Deny }),
        ("GET", "/glossary/{entry_id}") => signed_in(if staff && record != OtherOrganisation { Allow } else { Deny }),
        // The fixture's entries have no image: readers find none, editors may add one.
        ("GET", "/glossary/{entry_id}/image") => signed_in(Deny),
        ("POST", "/glossary/{entry_id}/image") => {
            signed_in(if role == Some(Practitioner) && record != OtherOrganisation { Allow } else { Deny })
        }
        ("GET", "/glossary/new") | ("POST", "/glossary") => {
            signed_in(if role == Some(Practitioner) { Allow } else { Deny })
        }
        ("GET", "/glossary/{entry_id}/edit")
        | ("POST", "/glossary/{entry_id}" | "/glossary/{entry_id}/publish" | "/glossary/{entry_id}/review") => {
            signed_in(if role == Some(Practitioner) && record != OtherOrganisation { Allow } else { Deny })
        }
        ("GET" | "POST", "/admin/glossary-editors") => signed_in(if admin { Allow } else { Deny }),
        ("GET", "/legal") => signed_in(if staff { Allow } else { Deny }),
        ("GET", "/legal/{legal_note_id}") => signed_in(if staff && record != OtherOrganisation { Allow } else { Deny }),
        ("GET", "/legal/new") | ("POST", "/legal") => signed_in(if role == Some(Practitioner) { Allow } else { Deny }),
        ("GET", "/legal/{legal_note_id}/edit") | ("POST", "/legal/{legal_note_id}") => {
            signed_in(if role == Some(Practitioner) && record != OtherOrganisation { Allow } else { Deny })
        }
        ("GET", "/glossary/exchange" | "/glossary/export.json")
        | ("POST", "/glossary/signers" | "/glossary/import" | "/glossary/import/apply" | "/glossary/starter") => {
            signed_in(if role == Some(Practitioner) { Allow } else { Deny })
        }
        // The code of conduct: every staff member follows it; the admin publishes; supervisors watch.
        ("GET", "/conduct") | ("POST", "/conduct/acknowledge" | "/conduct/skills") => {
            signed_in(if staff { Allow } else { Deny })
        }
        ("GET", "/conduct/standing") => signed_in(if admin || role == Some(Supervisor) { Allow } else { Deny }),
        ("GET" | "POST", "/admin/conduct") => signed_in(if admin { Allow } else { Deny }),
        ("GET", "/portal/guides" | "/portal/guides/{guide}") => {
            signed_in(if role == Some(FamilyMember) { Allow } else { Deny })
        }
        // A member asks about their own data; the family's workers answer.
        ("GET" | "POST", "/portal/my-data") => signed_in(if role == Some(FamilyMember) { Allow } else { Deny }),
        ("GET", "/families/{family_id}/data-requests")
        | ("POST", "/families/{family_id}/data-requests/{request_id}") => {
            signed_in(if caseworker && record == Own { Allow } else { Deny })
        }
        ("GET", "/outcomes" | "/outcomes.csv" | "/outcomes/anonymised.csv") => {
            signed_in(if admin || role == Some(Supervisor) { Allow } else { Deny })
        }
        _ => return None,
    })
}

/// One organisation with a user per role and two families in different
/// teams, and a second organisation with its own family.
pub(crate) struct Fixture {
    pub(crate) app: TestApp,
    org: OrganisationId,
    users: Vec<(Role, TestUser)>,
    own_family: FamilyId,
    other_family: FamilyId,
    foreign_family: FamilyId,
    /// Two members and a note in each family: own, other, foreign.
    members: [(MemberId, MemberId); 3],
    notes: [NoteId; 3],
    assessments: [AssessmentId; 3],
    /// A conference with one action in each family.
    conferences: [(ConferenceId, PlanActionId); 3],
    documents: [DocumentId; 3],
    /// A video session in each family, held, with its follow-up.
    support_sessions: [(SupportSessionId, FollowUpId); 3],
    /// Video sessions starting in five minutes: their calls are open.
    call_sessions: [SupportSessionId; 3],
    /// A conversation with the first member in each family, and its first message.
    conversations: [(ConversationId, MessageId); 3],
    /// A peer-support group for each record, with a topic: own (the family member
    /// belongs and asked, the peer ambassador is its ambassador), another of the
    /// organisation's, and another organisation's. With who writes fresh replies there.
    groups: [(GroupId, TopicId, Actor); 3],
    /// A partner agency with one agreement, in this organisation and in the other.
    partners: [(PartnerId, SharingAgreementId); 2],
    /// Portal accounts besides the matrix's family member: one in each organisation.
    portal_accounts: [Actor; 2],
    own_family_worker: UserId,
    other_family_worker: UserId,
    foreign_user: TestUser,
    colleague: TestUser,
    bystander: TestUser,
    other_org: OrganisationId,
    /// A published glossary entry in each organisation; the practitioner edits the home one's.
    glossary: [hearth_core::ids::GlossaryEntryId; 2],
    /// A legal note in each organisation.
    legal: [hearth_core::ids::LegalNoteId; 2],
}

impl Fixture {
    pub(crate) async fn new() -> Fallible<Self> {
        let app = TestApp::spawn().await?;
        let (org, team) = app.organisation("Home org").await?;
        let mut tx = app.store.begin().await?;
        let other_team = tx.create_team(&org, "Other team").await?;
        tx.commit().await?;
        let (other_org, other_org_team) = app.organisation("Other org").await?;
        let mut users = Vec::new();
        for (i, role) in hearth_core::accounts::Role::ALL.into_iter().enumerate() {
            let team = matches!(role, Role::Supervisor | Role::Practitioner).then_some(&team);
            users.push((role, app.user(&org, team, role, &format!("user{i}@home.example")).await?));
        }
        let colleague = app.user(&org, Some(&other_team), Role::Practitioner, "colleague@home.example").await?;
        let bystander = app.user(&org, Some(&other_team), Role::Practitioner, "bystander@home.example").await?;
        let foreign_user =
            app.user(&other_org, Some(&other_org_team), Role::Practitioner, "foreign@other.example").await?;
        // The first member of each family has a portal account, so staff can write to them; in
        // the own family it is the family member the matrix signs in as.
        let own_member = users.iter().find(|(r, _)| *r == Role::FamilyMember).map(|(_, u)| u.actor.clone());
        let mut portal_accounts = vec![own_member.ok_or("a family member")?];
        for (i, organisation) in [&org, &other_org].into_iter().enumerate() {
            let account =
                app.user(organisation, None, Role::FamilyMember, &format!("member{i}@family.example")).await?;
            portal_accounts.push(account.actor);
        }
        let practitioner =
            users.iter().find(|(r, _)| *r == Role::Practitioner).map(|(_, u)| u.actor.clone()).ok_or("p")?;
        let mut tx = app.store.begin().await?;
        let own_family = tx.create_family(&practitioner, &FamilyName::parse("Own")?, Some(&team)).await?;
        let other_family = tx.create_family(&colleague.actor, &FamilyName::parse("Other")?, Some(&other_team)).await?;
        let foreign_family =
            tx.create_family(&foreign_user.actor, &FamilyName::parse("Foreign")?, Some(&other_org_team)).await?;
        let mut members = Vec::new();
        let mut notes = Vec::new();
        let mut assessments = Vec::new();
        let mut conferences = Vec::new();
        let mut documents = Vec::new();
        let mut support_sessions = Vec::new();
        let mut call_sessions = Vec::new();
        let mut conversations = Vec::new();
        for ((family, author), account) in
            [(&own_family, &practitioner), (&other_family, &colleague.actor), (&foreign_family, &foreign_user.actor)]
                .into_iter()
                .zip(&portal_accounts)
        {
            let detail = |name: &str, role| -> Fallible<MemberDetails> {
                Ok(MemberDetails {
                    name: MemberName::parse(name)?,
                    role,
                    languages: String::new(),
                    needs_translator: false,
                    whereabouts: None,
                    contact_preferences: None,
                })
            };
            let a = tx.add_member(author, family, &detail("Amina", MemberRole::Parent)?).await?;
            let b = tx.add_member(author, family, &detail("Yusuf", MemberRole::PersonOfConcern)?).await?;
            let now = tx.now();
            notes.push(
                tx.add_note(
                    author,
                    family,
                    NoteKind::HomeVisit,
                    now,
                    &NoteText::parse("Visited")?,
                    std::slice::from_ref(&a),
                )
                .await?,
            );
            let assessment = NewAssessment {
                assessed_on: now,
                ratings: Vec::new(),
                engagement: Engagement::Genuine,
                engagement_note: String::new(),
                young_person: "Settled at school".into(),
                response: ProportionateResponse::UniversalServices,
                proportionality: "Low concern; universal services are enough".into(),
            };
            assessments.push(tx.record_assessment(author, family, None, &assessment).await?);
            let conference = NewConference {
                held_on: now,
                family_participants: "Amina".into(),
                professional_participants: String::new(),
                actions: vec![(PlanAction::parse("Call the school", "Amina")?.ok_or("action")?, None)],
                agreement: PlanAgreement::Agreed,
                review_on: None,
            };
            let conference_id = tx.record_conference(author, family, &conference).await?;
            let read = tx.read_family(author, family).await?;
            let action_id = tx.conferences_of(&read).await?[0].actions[0].id.clone();
            conferences.push((conference_id, action_id));
            documents.push(tx.add_document(author, family, "letter.txt", DocumentKind::Text, b"School letter").await?);
            let template = tx.current_template(author).await?;
            let choices =
                hearth_core::agreements::CHOICES.iter().map(|c| ((*c).to_owned(), "agreed".to_owned())).collect();
            tx.make_agreement(author, family, &a, &template, &choices).await?;
            let session = NewSupportSession {
                mode: SessionMode::Video,
                contact_kind: ContactKind::CheckIn,
                starts_at: now.plus_seconds(3600),
                minutes: 45,
                place: "https://meet.example/room".into(),
                members: vec![a.clone()],
                colleagues: Vec::new(),
                guardrail_override: None,
            };
            let session_id = tx.schedule_session(author, family, None, &session).await?;
            let held = tx.support_session(&read, &session_id).await?.ok_or("session")?;
            let follow_up = tx
                .record_outcome(
                    author,
                    &held,
                    SessionOutcome::Held,
                    None,
                    Some((now.plus_seconds(86_400), String::new())),
                )
                .await?
                .ok_or("follow-up")?;
            support_sessions.push((session_id, follow_up));
            // A video session about to start, for its call.
            let upcoming = NewSupportSession { starts_at: now.plus_seconds(300), ..session.clone() };
            call_sessions.push(tx.schedule_session(author, family, None, &upcoming).await?);
            tx.link_member_account(&author.organisation_id, &a, &account.user_id).await?;
            let conversation =
                tx.start_conversation(author, &read, std::slice::from_ref(&a)).await?.ok_or("conversation")?;
            let message = MessageText::parse("Is Thursday still good?")?;
            let first = tx.send_message(author, &conversation, &message, false).await?;
            // The family's document was sent in its conversation too.
            if let Some(document) = documents.last() {
                tx.attach_document(&first.id, document).await?;
            }
            conversations.push((conversation.id().clone(), first.id));
            members.push((a, b));
        }
        // The community: a group per record, each with a topic.
        let role_actor = |role: Role| -> Fallible<Actor> {
            Ok(users.iter().find(|(r, _)| *r == role).map(|(_, u)| u.actor.clone()).ok_or("role")?)
        };
        let manager = role_actor(Role::CommunityManager)?;
        let ambassador = role_actor(Role::PeerAmbassador)?;
        let foreign_manager = Actor { role: Role::CommunityManager, ..foreign_user.actor.clone() };
        let rules = HouseRules::parse("Be kind, and keep names and places out.")?;
        let mut groups = Vec::new();
        let inviters =
            [(&practitioner, &own_family), (&colleague.actor, &other_family), (&foreign_user.actor, &foreign_family)];
        for (i, owner) in [&manager, &manager, &foreign_manager].into_iter().enumerate() {
            let details = GroupDetails::parse(&format!("Group {i}"), "")?;
            let id = tx.create_group(owner, &details, &rules).await?;
            let group = tx.community_group(&owner.organisation_id, &id).await?.ok_or("group")?;
            // The organisation's groups each have a member from a family's portal
            // account: fresh replies are theirs, so a moderator can act on their
            // author. (Another organisation's group is closed to every matrix user.)
            let (inviter, family) = inviters[i];
            let member = &portal_accounts[i];
            if i < 2 {
                let read = tx.read_family(inviter, family).await?;
                tx.invite_to_group(inviter, &read, &member.user_id, &group).await?;
                let invitation = tx.open_invitations(&member.user_id).await?.remove(0);
                tx.answer_invitation(member, &invitation.id, true).await?;
                tx.accept_rules(member, &group, 1).await?;
                tx.choose_pseudonym(member, &Pseudonym::parse(&format!("Walker {i}"), &[])?).await?;
            }
            let asker = if i == 0 {
                tx.set_ambassadors(owner, &group, std::slice::from_ref(&ambassador.user_id)).await?;
                tx.choose_pseudonym(&ambassador, &Pseudonym::parse("Olive tree", &[])?).await?;
                member.clone()
            } else {
                owner.clone()
            };
            let replier = if i < 2 { member.clone() } else { owner.clone() };
            let title = TopicTitle::parse("Is anyone else waiting?")?;
            let topic = tx.start_topic(&asker, &group, &title, &PostBody::parse("Two years now.")?, true).await?;
            groups.push((id, topic, replier));
        }
        let mut partners = Vec::new();
        for owner in [&role_actor(Role::OrganisationAdmin)?, &foreign_manager] {
            let details =
                PartnerDetails::parse("Police North", "police", "Inspector Reyes", "").map_err(|e| format!("{e:?}"))?;
            let partner = tx.save_partner(owner, None, &details).await?;
            let found = tx.partner(&owner.organisation_id, &partner).await?.ok_or("partner")?;
            let form = AgreementForm {
                purpose: "Safeguarding".into(),
                lawful_basis: "Legal obligation".into(),
                categories: vec!["safeguarding_concerns".into()],
                threshold: "A concern".into(),
                handling: "Secure e-mail".into(),
                retention: "Two years".into(),
                signed_for_us_by: "A".into(),
                signed_for_us_on: "2026-01-01".into(),
                signed_for_them_by: "B".into(),
                signed_for_them_on: "2026-01-01".into(),
                starts_on: "2026-01-01".into(),
                review_on: "2027-01-01".into(),
                ..AgreementForm::default()
            };
            let terms = AgreementTerms::parse(&form, &lawful_bases(hearth_core::sharing::DEFAULT_LAWFUL_BASES))
                .map_err(|e| format!("{e:?}"))?;
            let agreement = tx.save_sharing_agreement(owner, &found, None, &terms).await?;
            partners.push((partner, agreement));
        }
        let mut glossary = Vec::new();
        let mut legal = Vec::new();
        for author in [&practitioner, &foreign_user.actor] {
            let form = hearth_core::glossary::EntryForm {
                kind: "platform".into(),
                term: "Discord".into(),
                meaning: "A chat app organised in servers and channels.".into(),
                may_indicate: "Nothing on its own.".into(),
                does_not_indicate: "Anything: most young people use it.".into(),
                sources: "https://discord.com".into(),
                ..Default::default()
            };
            let today = LocalDate::of_stored(hearth_core::clock::Clock::now(&app.clock));
            let review = hearth_core::data_protection::plus_months(today, 6).to_string();
            let form = hearth_core::glossary::EntryForm { review_on: review.clone(), ..form };
            let entry = hearth_core::glossary::Entry::parse(&form, "en", today).map_err(|e| format!("{e:?}"))?;
            let id = tx.create_glossary_entry(author, &entry, "first").await?;
            tx.publish_glossary_entry(author, &id).await?;
            glossary.push(id);
            let note = hearth_core::legal::LegalNote::parse(
                "Contact bans",
                "Nederland",
                "What a ban means",
                "Sr 38v",
                &review,
                today,
            )
            .map_err(|e| format!("{e:?}"))?;
            legal.push(tx.save_legal_note(author, None, &note).await?.ok_or("legal note")?);
        }
        tx.set_glossary_editor(&practitioner, &practitioner.user_id, true).await?;
        tx.commit().await?;
        let glossary: [hearth_core::ids::GlossaryEntryId; 2] = glossary.try_into().map_err(|_| "glossary")?;
        let legal: [hearth_core::ids::LegalNoteId; 2] = legal.try_into().map_err(|_| "legal")?;
        let partners: [(PartnerId, SharingAgreementId); 2] = partners.try_into().map_err(|_| "partners")?;
        let groups: [(GroupId, TopicId, Actor); 3] = groups.try_into().map_err(|_| "groups")?;
        let portal_accounts: [Actor; 2] = [portal_accounts[1].clone(), portal_accounts[2].clone()];
        let members: [(MemberId, MemberId); 3] = members.try_into().map_err(|_| "members")?;
        let notes: [NoteId; 3] = notes.try_into().map_err(|_| "notes")?;
        let assessments: [AssessmentId; 3] = assessments.try_into().map_err(|_| "assessments")?;
        let conferences: [(ConferenceId, PlanActionId); 3] = conferences.try_into().map_err(|_| "conferences")?;
        let documents: [DocumentId; 3] = documents.try_into().map_err(|_| "documents")?;
        let call_sessions: [SupportSessionId; 3] = call_sessions.try_into().map_err(|_| "call sessions")?;
        let support_sessions: [(SupportSessionId, FollowUpId); 3] =
            support_sessions.try_into().map_err(|_| "support sessions")?;
        let conversations: [(ConversationId, MessageId); 3] = conversations.try_into().map_err(|_| "conversations")?;
        Ok(Self {
            own_family_worker: practitioner.user_id.clone(),
            other_family_worker: colleague.actor.user_id.clone(),
            app,
            org,
            users,
            own_family,
            other_family,
            foreign_family,
            members,
            notes,
            assessments,
            conferences,
            documents,
            support_sessions,
            call_sessions,
            conversations,
            groups,
            partners,
            portal_accounts,
            foreign_user,
            glossary,
            legal,
            colleague,
            bystander,
            other_org,
        })
    }

    pub(crate) fn user(&self, role: Role) -> Fallible<&TestUser> {
        Ok(self.users.iter().find(|(r, _)| *r == role).map(|(_, u)| u).ok_or("role")?)
    }

    async fn invitation(&self, org: &OrganisationId, team: Option<&TeamId>) -> Fallible<(String, String)> {
        let token = new_token()?;
        let email = format!("invitee-{}@example.org", &token[..8]);
        let mut tx = self.app.store.begin().await?;
        let id = tx
            .create_invitation(NewInvitation {
                organisation_id: org,
                email: &hearth_core::accounts::EmailAddress::parse(&email)?,
                display_name: &hearth_core::accounts::DisplayName::parse("Invitee")?,
                role: Role::FamilyMember,
                team_id: team,
                language: None,
                invited_by: None,
                token_digest: &token_digest(&token),
                valid_for_seconds: 3600,
                member_id: None,
            })
            .await?;
        tx.commit().await?;
        Ok((token, id.to_string()))
    }

    /// Fills a path pattern's parameters for one record kind.
    pub(crate) async fn resolve(&self, pattern: &str, actor: Option<&TestUser>, record: Record) -> Fallible<String> {
        let mut path = pattern.to_owned();
        if pattern.starts_with("/data-protection/families/") {
            // A fresh closed file each time (erasing uses it up), held when the route lifts a hold.
            let owner = match record {
                Record::OtherOrganisation => self.foreign_user.actor.clone(),
                _ => self.user(Role::Practitioner)?.actor.clone(),
            };
            let mut tx = self.app.store.begin().await?;
            let id = tx.create_family(&owner, &FamilyName::parse("Closed long ago")?, None).await?;
            let family = tx.family(&id).await?.ok_or("family")?;
            tx.change_status(&owner, &family, hearth_core::families::FamilyStatus::Closed, None).await?;
            if pattern.ends_with("/hold/lift") {
                tx.set_legal_hold(&owner, &id, "Court proceedings").await?;
            }
            tx.commit().await?;
            path = path.replace("{family_id}", id.as_str());
        }
        path = path.replace("{guide}", "video-call");
        let legal = if record == Record::OtherOrganisation { &self.legal[1] } else { &self.legal[0] };
        path = path.replace("{legal_note_id}", legal.as_str());
        if path.contains("{entry_id}") {
            let entry = if record == Record::OtherOrganisation { &self.glossary[1] } else { &self.glossary[0] };
            path = path.replace("{entry_id}", entry.as_str());
        }
        if path.contains("{request_id}") {
            // A fresh request each time: a subject-access request by the
            // organisation's admin, or a member's request about their data.
            let index = match record {
                Record::Own => 0,
                Record::OtherFamily => 1,
                Record::OtherOrganisation => 2,
            };
            let mut tx = self.app.store.begin().await?;
            let id = if pattern.starts_with("/data-protection/subject-access/") {
                let officer = match record {
                    Record::OtherOrganisation => self.foreign_user.actor.clone(),
                    _ => self.user(Role::OrganisationAdmin)?.actor.clone(),
                };
                let today = LocalDate::of_stored(hearth_core::clock::Clock::now(&self.app.clock));
                tx.open_subject_access(&officer, &self.members[index].0, today).await?.ok_or("request")?.to_string()
            } else {
                let member = match record {
                    Record::Own => self.user(Role::FamilyMember)?.actor.clone(),
                    Record::OtherFamily => self.portal_accounts[0].clone(),
                    Record::OtherOrganisation => self.portal_accounts[1].clone(),
                };
                let kind = hearth_core::data_protection::RequestKind::Rectification;
                tx.make_data_request(&member, kind, None, "My new number").await?.ok_or("request")?.to_string()
            };
            tx.commit().await?;
            path = path.replace("{request_id}", &id);
        }
        let family = match record {
            Record::Own => &self.own_family,
            Record::OtherFamily => &self.other_family,
            Record::OtherOrganisation => &self.foreign_family,
        };
        path = path.replace("{family_id}", family.as_str());
        let index = match record {
            Record::Own => 0,
            Record::OtherFamily => 1,
            Record::OtherOrganisation => 2,
        };
        path = path
            .replace("{member_id}", self.members[index].0.as_str())
            .replace("{note_id}", self.notes[index].as_str())
            .replace("{assessment_id}", self.assessments[index].as_str())
            .replace("{conference_id}", self.conferences[index].0.as_str())
            .replace("{action_id}", self.conferences[index].1.as_str())
            .replace("{document_id}", self.documents[index].as_str())
            .replace(
                "{support_session_id}",
                if path.contains("/call") {
                    self.call_sessions[index].as_str()
                } else {
                    self.support_sessions[index].0.as_str()
                },
            )
            .replace("{follow_up_id}", self.support_sessions[index].1.as_str())
            .replace("{conversation_id}", self.conversations[index].0.as_str())
            .replace("{message_id}", self.conversations[index].1.as_str());
        if path.contains("{shift_id}") {
            // A fresh shift each time: an allowed removal uses it up.
            let (org, owner) = match record {
                Record::OtherOrganisation => (&self.other_org, &self.foreign_user.actor),
                _ => (&self.org, &self.colleague.actor),
            };
            let admin = hearth_core::access::Actor { organisation_id: org.clone(), ..owner.clone() };
            let mut tx = self.app.store.begin().await?;
            let now = tx.now();
            let shift = tx.add_on_call_shift(&admin, &owner.user_id, now, now.plus_seconds(3600)).await?;
            tx.commit().await?;
            path = path.replace("{shift_id}", shift.as_str());
        }
        if path.contains("{quick_answer_id}") {
            // A fresh answer each time: an allowed removal uses it up.
            let (org, owner) = match record {
                Record::OtherOrganisation => (&self.other_org, &self.foreign_user.actor),
                _ => (&self.org, &self.colleague.actor),
            };
            let editor = hearth_core::access::Actor { organisation_id: org.clone(), ..owner.clone() };
            let text =
                hearth_core::messaging::QuickAnswerText::parse("Passports", "Ask the town hall.")?.ok_or("text")?;
            let mut tx = self.app.store.begin().await?;
            let answer = tx.save_quick_answer(&editor, None, &[("en", text)]).await?.ok_or("answer")?;
            tx.commit().await?;
            path = path.replace("{quick_answer_id}", answer.as_str());
        }
        let (partner, sharing_agreement) = &self.partners[usize::from(record == Record::OtherOrganisation)];
        path = path
            .replace("{partner_id}", partner.as_str())
            .replace("{sharing_agreement_id}", sharing_agreement.as_str());
        path = path
            .replace("{group_id}", self.groups[index].0.as_str())
            .replace("{topic_id}", self.groups[index].1.as_str());
        if path.contains("{post_id}") {
            // A fresh reply each time: hiding one uses it up.
            let (group, topic, writer) = &self.groups[index];
            let mut tx = self.app.store.begin().await?;
            let group = tx.community_group(&writer.organisation_id, group).await?.ok_or("group")?;
            let topic = tx.topic(&group.id, topic).await?.ok_or("topic")?;
            let post = tx.reply_in_topic(writer, &topic, &PostBody::parse("We wait too.")?).await?;
            tx.commit().await?;
            path = path.replace("{post_id}", post.as_str());
        }
        if path.contains("{scheduled_post_id}") {
            // A fresh plan each time: taking one back uses it up.
            let (group, _, _) = &self.groups[index];
            let owner = match record {
                Record::OtherOrganisation => Actor { role: Role::CommunityManager, ..self.foreign_user.actor.clone() },
                _ => self.user(Role::CommunityManager)?.actor.clone(),
            };
            let mut tx = self.app.store.begin().await?;
            let group = tx.community_group(&owner.organisation_id, group).await?.ok_or("group")?;
            let at = tx.now().plus_seconds(86_400);
            let title = TopicTitle::parse("Coffee morning")?;
            let body = PostBody::parse("Saturday at ten.")?;
            tx.schedule_post(&owner, &group, hearth_core::community::ScheduledKind::Event, &title, &body, at).await?;
            let plan = tx.scheduled_posts(&group.id).await?.into_iter().find(|p| p.topic.is_none()).ok_or("plan")?;
            tx.commit().await?;
            path = path.replace("{scheduled_post_id}", plan.id.as_str());
        }
        if path.contains("{disclosure_id}") {
            // A fresh disclosure each time, in the state the route acts on.
            let status = if pattern.ends_with("/sent") {
                DisclosureStatus::Approved
            } else if pattern.ends_with("/correct") || pattern.ends_with("/record.pdf") {
                DisclosureStatus::Sent
            } else {
                DisclosureStatus::AwaitingApproval
            };
            let disclosure = self.disclosure(record, status).await?;
            path = path.replace("{disclosure_id}", disclosure.as_str());
        }
        if path.contains("{checkin_schedule_id}") || path.contains("{checkin_request_id}") {
            // A fresh check-in each time, asked of the record's first member (the
            // own family's is the matrix's family member): answering or ending uses it up.
            let (family, author) = match record {
                Record::Own => (&self.own_family, self.user(Role::Practitioner)?.actor.clone()),
                Record::OtherFamily => (&self.other_family, self.colleague.actor.clone()),
                Record::OtherOrganisation => (&self.foreign_family, self.foreign_user.actor.clone()),
            };
            let member = &self.members[index].0;
            let mut tx = self.app.store.begin().await?;
            let read = tx.read_family(&author, family).await?;
            let instrument = tx.instrument(&author.organisation_id, "wellbeing-check-in").await?.ok_or("instrument")?;
            let schedule = tx
                .schedule_check_ins(&author, &read, member, &instrument, hearth_core::checkins::Cadence::Once)
                .await?;
            let open = tx.open_check_in_of_member(&read, member, "wellbeing-check-in").await?.ok_or("open")?;
            tx.commit().await?;
            path = path
                .replace("{checkin_schedule_id}", schedule.as_str())
                .replace("{checkin_request_id}", open.id.as_str());
        }
        if path.contains("{group_invitation_id}") {
            // Own: the family member's own, to a group she is not in yet; otherwise
            // someone else's, in this organisation or another.
            let (inviter, family, invitee, group) = match record {
                Record::Own => (
                    self.user(Role::Practitioner)?.actor.clone(),
                    &self.own_family,
                    &self.user(Role::FamilyMember)?.actor,
                    1,
                ),
                Record::OtherFamily => (self.colleague.actor.clone(), &self.other_family, &self.portal_accounts[0], 0),
                Record::OtherOrganisation => {
                    (self.foreign_user.actor.clone(), &self.foreign_family, &self.portal_accounts[1], 2)
                }
            };
            let mut tx = self.app.store.begin().await?;
            let read = tx.read_family(&inviter, family).await?;
            let group = tx.community_group(&invitee.organisation_id, &self.groups[group].0).await?.ok_or("group")?;
            tx.invite_to_group(&inviter, &read, &invitee.user_id, &group).await?;
            let invitation = tx.open_invitations(&invitee.user_id).await?.remove(0);
            tx.commit().await?;
            path = path.replace("{group_invitation_id}", invitation.id.as_str());
        }
        if path.contains("{application_id}") {
            // A fresh application from a portal account of the record's organisation.
            let (applicant, group) = match record {
                Record::OtherOrganisation => (&self.portal_accounts[1], 2),
                _ => (&self.portal_accounts[0], 0),
            };
            let mut tx = self.app.store.begin().await?;
            let group = tx.community_group(&applicant.organisation_id, &self.groups[group].0).await?.ok_or("group")?;
            tx.apply_to_group(applicant, &group, &ApplicationAnswer::parse("I would like to meet others.")?).await?;
            let reader = Actor { role: Role::CommunityManager, ..applicant.clone() };
            let application = tx.open_applications(&reader).await?.remove(0);
            tx.commit().await?;
            path = path.replace("{application_id}", application.id.as_str());
        }
        if pattern.contains("/assignments/{user_id}") {
            let worker = match record {
                Record::Own => &self.own_family_worker,
                Record::OtherFamily => &self.other_family_worker,
                Record::OtherOrganisation => &self.foreign_user.actor.user_id,
            };
            path = path.replace("{user_id}", worker.as_str());
        }
        if path.contains("{user_id}") {
            let target = match record {
                Record::Own => &self.colleague.actor.user_id,
                Record::OtherFamily => &self.bystander.actor.user_id,
                Record::OtherOrganisation => &self.foreign_user.actor.user_id,
            };
            path = path.replace("{user_id}", target.as_str());
        }
        if path.contains("{invitation_id}") || path.contains("{token}") {
            let (token, id) = match record {
                Record::OtherOrganisation => self.invitation(&self.other_org, None).await?,
                _ => self.invitation(&self.org, None).await?,
            };
            let token = if record == Record::OtherFamily { new_token()? } else { token };
            path = path.replace("{invitation_id}", &id).replace("{token}", &token);
        }
        if path.contains("{agreement_id}") {
            path = path.replace("{agreement_id}", &new_token()?[..32]);
        }
        if path.contains("{session_id}") {
            let owner = match (record, actor) {
                (Record::Own, Some(user)) => &user.actor.user_id,
                (Record::Own, None) | (Record::OtherFamily, _) => &self.colleague.actor.user_id,
                (Record::OtherOrganisation, _) => &self.foreign_user.actor.user_id,
            };
            let cookie = self.app.session_for(owner).await?;
            let digest = token_digest(cookie.trim_start_matches("hearth_session="));
            path = path.replace("{session_id}", &digest);
        }
        Ok(path.replace("{name}", "hearth-4.css"))
    }

    /// A disclosure from the record's family, prepared by the family's own
    /// worker under its organisation's agreement, taken to `status`.
    pub(crate) async fn disclosure(&self, record: Record, status: DisclosureStatus) -> Fallible<DisclosureId> {
        let (family, preparer, reviewer, index) = match record {
            Record::Own => (
                &self.own_family,
                self.user(Role::Practitioner)?.actor.clone(),
                self.user(Role::Supervisor)?.actor.clone(),
                0,
            ),
            Record::OtherFamily => (&self.other_family, self.colleague.actor.clone(), self.bystander.actor.clone(), 1),
            Record::OtherOrganisation => {
                (&self.foreign_family, self.foreign_user.actor.clone(), self.portal_accounts[1].clone(), 2)
            }
        };
        let (partner, agreement) = &self.partners[usize::from(record == Record::OtherOrganisation)];
        let mut tx = self.app.store.begin().await?;
        let partner = tx.partner(&preparer.organisation_id, partner).await?.ok_or("partner")?;
        let agreement = tx.sharing_agreement(&partner, agreement).await?.ok_or("agreement")?;
        let read = tx.read_family(&preparer, family).await?;
        let items: Vec<_> =
            tx.shareable_items(&read).await?.into_iter().filter(|i| i.reference.starts_with("note:")).collect();
        let today = LocalDate::of_stored(tx.now());
        let terms = DisclosureTerms::parse(&disclosure_form(&self.notes[index], &agreement.id), today)
            .map_err(|e| format!("{e:?}"))?;
        let draft = DisclosureDraft {
            partner: &partner,
            agreement: &agreement,
            terms: &terms,
            items: &items,
            evidence: &items,
        };
        let id = tx.prepare_disclosure(&preparer, &read, &draft, None).await?;
        let family_row = tx.family(family).await?.ok_or("family")?;
        if status != DisclosureStatus::AwaitingApproval {
            let d = tx.disclosure(&preparer, &family_row, &id, false).await?.ok_or("disclosure")?;
            tx.review_disclosure(&reviewer, &d, true, "").await?;
        }
        if status == DisclosureStatus::Sent {
            let d = tx.disclosure(&preparer, &family_row, &id, false).await?.ok_or("disclosure")?;
            let sending =
                Sending { sent_on: today, channel: SendingChannel::SecureEmail, recipient: "DS Reyes".into() };
            tx.mark_disclosure_sent(&preparer, &d, &sending).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    pub(crate) fn form(&self, pattern: &str) -> Vec<(&'static str, String)> {
        let s = |v: &str| v.to_owned();
        match pattern {
            "/login" => vec![("email", s("nobody@example.org")), ("password", s("not the password"))],
            "/language" => vec![("lang", s("nl"))],
            "/login/second-factor" | "/account/second-factor" => vec![("code", s("000000"))],
            "/invitations/{token}" => {
                vec![("password", s("lantern orchard kettle")), ("confirm", s("lantern orchard kettle"))]
            }
            "/account/password" => vec![("current", s("wrong password")), ("password", s("x")), ("confirm", s("x"))],
            "/admin/invitations" => vec![
                ("name", s("New person")),
                ("email", s("new.person@example.org")),
                ("role", s("family_member")),
                ("team", s("")),
                ("language", s("en")),
            ],
            "/families" => vec![("name", s("New family")), ("team", s(""))],
            "/families/{family_id}/break-glass" => vec![("reason", s("Covering an urgent call for a colleague"))],
            "/families/{family_id}/status" => vec![("status", s("assessment")), ("reason", s(""))],
            "/families/{family_id}/review" => vec![("review", s("2030-01-15"))],
            "/families/{family_id}/relationships" => vec![
                ("from", self.members[0].0.to_string()),
                ("kind", s("parent_of")),
                ("to", self.members[0].1.to_string()),
            ],
            "/families/{family_id}/members" | "/families/{family_id}/members/{member_id}" => {
                vec![("name", s("Sara")), ("role", s("sibling")), ("languages", s("Dutch"))]
            }
            "/families/{family_id}/members/{member_id}/verification" => vec![("verification", s("met_in_person"))],
            "/families/{family_id}/members/{member_id}/modality" => vec![("step", s("1")), ("a-openness", s("open"))],
            "/families/{family_id}/members/{member_id}/modality/decision" => vec![
                ("decide-practical", s("hybrid")),
                ("decide-check_in", s("hybrid")),
                ("decide-sensitive", s("hybrid")),
                ("decide-crisis", s("hybrid")),
                ("comment", s("Agreed with the mother")),
            ],
            "/families/{family_id}/members/{member_id}/invite" => {
                vec![("email", s("amina.portal@example.org")), ("language", s("ar"))]
            }
            "/families/{family_id}/notes" => {
                vec![("kind", s("phone_call")), ("occurred", s("2026-11-20T10:00")), ("text", s("Called the mother"))]
            }
            "/families/{family_id}/notes/{note_id}/amend" => vec![("text", s("Visited; amended"))],
            "/families/{family_id}/assessments" => vec![
                ("assessed_on", s("2026-11-20")),
                ("engagement", s("mixed")),
                ("young_person", s("Worried but talking")),
                ("response", s("targeted_family_support")),
                ("proportionality", s("Targeted support matches the signs seen so far")),
            ],
            "/families/{family_id}/assessments/{assessment_id}/review" => {
                vec![("decision", s("sign_off")), ("comment", s(""))]
            }
            "/families/{family_id}/assessments/new/step" => vec![("step", s("1")), ("assessed_on", s("2026-11-20"))],
            "/admin/catalogue" => vec![("body", s(hearth_core::assessment::DEFAULT_CATALOGUE))],
            "/admin/modality-rules" => vec![("body", s(hearth_core::modality::DEFAULT_RULES))],
            "/admin/portal" => vec![("discreet_name", s("Notes")), ("quick_exit_url", s("https://example.org/"))],
            "/admin/agreement-template" => vec![("body", s(hearth_core::agreements::DEFAULT_TEMPLATE))],
            "/families/{family_id}/members/{member_id}/agreement" => {
                hearth_core::agreements::CHOICES.iter().map(|c| (*c, s("agreed together"))).collect()
            }
            "/families/{family_id}/members/{member_id}/agreement/consent" => {
                vec![("how", s("Read aloud at the visit"))]
            }
            "/families/{family_id}/conferences" => vec![
                ("held_on", s("2026-11-20")),
                ("family_participants", s("Amina, Leila")),
                ("what-0", s("Visit the youth club together")),
                ("who-0", s("Leila")),
                ("agreement", s("agreed")),
            ],
            "/families/{family_id}/conferences/{conference_id}/actions/{action_id}/progress" => {
                vec![("status", s("in_progress")), ("note", s("First visit done"))]
            }
            "/families/{family_id}/conversations" => vec![("members", self.members[0].0.to_string())],
            "/admin/quick-answers" | "/admin/quick-answers/{quick_answer_id}" => {
                vec![("question_en", s("Visiting a prison")), ("answer_en", s("Book online, a day ahead."))]
            }
            "/families/{family_id}/conversations/{conversation_id}/messages"
            | "/families/{family_id}/conversations/{conversation_id}/messages/{message_id}/correction"
            | "/portal/conversations/{conversation_id}/messages"
            | "/portal/conversations/{conversation_id}/messages/{message_id}/correction" => {
                vec![("text", s("Yes, Thursday after school"))]
            }
            "/admin/partners" | "/admin/partners/{partner_id}" => vec![
                ("name", s("Police South")),
                ("kind", s("police")),
                ("contact_name", s("Sergeant Kim")),
                ("contact_details", s("")),
            ],
            "/admin/lawful-bases" => vec![("bases", s(hearth_core::sharing::DEFAULT_LAWFUL_BASES))],
            "/admin/partners/{partner_id}/agreements"
            | "/admin/partners/{partner_id}/agreements/{sharing_agreement_id}" => vec![
                ("purpose", s("Safeguarding")),
                ("lawful_basis", s("Legal obligation")),
                ("category", s("safeguarding_concerns")),
                ("threshold", s("A concern")),
                ("handling", s("Secure e-mail")),
                ("retention", s("Two years")),
                ("signed_for_us_by", s("A")),
                ("signed_for_us_on", s("2026-01-01")),
                ("signed_for_them_by", s("B")),
                ("signed_for_them_on", s("2026-01-01")),
                ("starts_on", s("2026-01-01")),
                ("review_on", s("2027-01-01")),
                ("ends_on", s("")),
            ],
            "/community/pseudonym" => vec![("pseudonym", s("Evening walker"))],
            "/community/digest" => vec![("digest", s("yes"))],
            "/community/invitations/{group_invitation_id}" => vec![("accept", s("no"))],
            "/community/settings" => {
                vec![("ambassadors_after_hours", s("24")), ("manager_after_hours", s("72"))]
            }
            "/community/applications/{application_id}" => {
                vec![("decision", s("decline")), ("reason", s("Not now, sorry"))]
            }
            "/community/groups" => vec![
                ("name", s("Siblings")),
                ("purpose", s("For brothers and sisters")),
                ("rules", s("Be kind, and keep names and places out.")),
            ],
            "/community/groups/{group_id}/settings" => vec![("name", s("Renamed")), ("purpose", s(""))],
            "/community/groups/{group_id}/rules/new" => vec![("rules", s("Be kind. No names, no places."))],
            "/community/groups/{group_id}/rules" => vec![("version", s("1")), ("accept", s("yes"))],
            "/community/groups/{group_id}/apply" => vec![("application", s("I would like to meet others."))],
            "/community/groups/{group_id}/topics" => {
                vec![("title", s("A question")), ("post", s("Does it get easier?")), ("question", s("yes"))]
            }
            "/community/groups/{group_id}/topics/{topic_id}/replies" => vec![("post", s("It does, slowly."))],
            "/community/groups/{group_id}/topics/{topic_id}/helpful" => vec![("post", s(""))],
            "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/flag"
            | "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/hide" => {
                vec![("reason", s("It names a place"))]
            }
            "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/edit" => {
                vec![("post", s("We wait too, in a town.")), ("reason", s("A place was named"))]
            }
            "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/author" => {
                vec![("act", s("warn")), ("reason", s("Please keep places out"))]
            }
            "/community/groups/{group_id}/schedule" => vec![
                ("kind", s("prompt")),
                ("title", s("What helped you this week?")),
                ("post", s("Tell us one small thing.")),
                ("publish_at", s("2099-01-04T10:00")),
            ],
            "/community/groups/{group_id}/schedule/{scheduled_post_id}/cancel" => vec![("confirm", s("yes"))],
            "/families/{family_id}/members/{member_id}/community-invitation" => {
                vec![("group", self.groups[0].0.to_string())]
            }
            "/families/{family_id}/assignments" => {
                vec![("worker", self.own_family_worker.to_string()), ("assignment", s(Assignment::CoWorker.as_str()))]
            }
            "/families/{family_id}/received" => vec![
                ("partner", self.partners[0].0.to_string()),
                ("received_on", s("2026-01-05")),
                ("summary", s("The school reports a worrying drawing")),
                ("not_for_family", s("1")),
            ],
            "/families/{family_id}/disclosures" | "/families/{family_id}/disclosures/{disclosure_id}/edit" => {
                let f = disclosure_form(&self.notes[0], &self.partners[0].1);
                let mut pairs = vec![
                    ("agreement", f.agreement),
                    ("shared_text", f.shared_text),
                    ("purpose", f.purpose),
                    ("threshold_met", f.threshold_met),
                    ("proportionality", f.proportionality),
                    ("consent", f.consent),
                    ("consent_reason", f.consent_reason),
                    ("family_told", f.family_told),
                ];
                pairs.extend(f.categories.into_iter().map(|c| ("category", c)));
                pairs.extend(f.items.into_iter().map(|c| ("item", c)));
                pairs.extend(f.evidence.into_iter().map(|c| ("evidence", c)));
                pairs
            }
            "/families/{family_id}/check-ins/schedules" => vec![
                ("member", self.members[0].0.to_string()),
                ("instrument", s("wellbeing-check-in")),
                ("cadence", s("once")),
            ],
            "/families/{family_id}/check-ins/answers" | "/portal/check-ins/{checkin_request_id}" => vec![
                ("member", self.members[0].0.to_string()),
                ("instrument", s("wellbeing-check-in")),
                ("item-worry", s("2")),
                ("item-sleep", s("2")),
                ("item-coping", s("2")),
                ("item-alone", s("2")),
                ("item-hope", s("2")),
            ],
            "/admin/instruments" => vec![("body", s(hearth_core::checkins::SHIPPED[0]))],
            "/data-protection/policy" => vec![
                ("closed_file_months", s("72")),
                ("declined_referral_months", s("12")),
                ("portal_access_months", s("12")),
                ("request_days", s("30")),
                ("keep_statistics", s("yes")),
            ],
            "/data-protection/portal-access/erase" | "/data-protection/families/{family_id}/erase" => {
                vec![("confirm", s("yes"))]
            }
            "/data-protection/families/{family_id}/hold" => vec![("reason", s("Court proceedings"))],
            // The search the hit was found by comes along, as on the page.
            "/data-protection/subject-access" => vec![
                ("member_id", self.members[0].0.to_string()),
                ("q", s("Amina")),
                ("received_on", LocalDate::of_stored(hearth_core::clock::Clock::now(&self.app.clock)).to_string()),
            ],
            "/data-protection/subject-access/{request_id}/release" => {
                vec![("item", format!("notes:{}", self.notes[0])), ("reason", s("Agreed with the family"))]
            }
            "/portal/my-data" => vec![("kind", s("rectification")), ("details", s("My new number is 0612"))],
            "/glossary" | "/glossary/{entry_id}" => vec![
                ("lang", s("en")),
                ("kind", s("app")),
                ("term", s("Telegram")),
                ("meaning", s("A messaging app with public channels.")),
                ("may_indicate", s("Nothing on its own.")),
                ("does_not_indicate", s("Anything: it is a common app.")),
                ("sources", s("https://telegram.org")),
                (
                    "review_on",
                    hearth_core::data_protection::plus_months(
                        LocalDate::of_stored(hearth_core::clock::Clock::now(&self.app.clock)),
                        6,
                    )
                    .to_string(),
                ),
                ("reason", s("Checked the channel features")),
            ],
            "/glossary/{entry_id}/review" => vec![(
                "review_on",
                hearth_core::data_protection::plus_months(
                    LocalDate::of_stored(hearth_core::clock::Clock::now(&self.app.clock)),
                    6,
                )
                .to_string(),
            )],
            "/admin/glossary-editors" => vec![("user", self.own_family_worker.to_string()), ("editor", s("yes"))],
            "/glossary/signers" => vec![("name", s("South Support")), ("public_key", "ab".repeat(32))],
            "/glossary/import" | "/glossary/import/apply" => vec![("body", s("not a bundle"))],
            "/conduct/acknowledge" => vec![("version", s("1"))],
            "/legal" | "/legal/{legal_note_id}" => vec![
                ("title", s("Contact bans")),
                ("jurisdiction", s("Nederland")),
                ("text", s("What a ban means for calls")),
                ("source", s("Sr 38v")),
                (
                    "review_on",
                    hearth_core::data_protection::plus_months(
                        LocalDate::of_stored(hearth_core::clock::Clock::now(&self.app.clock)),
                        6,
                    )
                    .to_string(),
                ),
            ],
            "/admin/conduct" => vec![("body", s(hearth_core::conduct::STARTER))],
            "/families/{family_id}/data-requests/{request_id}" => {
                vec![("answer", s("granted")), ("answer_text", s("Corrected in the file"))]
            }
            "/workload/check-in" => vec![
                ("item-manageable", s("2")),
                ("item-drained", s("2")),
                ("item-switch-off", s("2")),
                ("item-support", s("2")),
            ],
            "/families/{family_id}/disclosures/{disclosure_id}/review" => {
                vec![("decision", s("return")), ("comment", s("Share less: only the concern"))]
            }
            "/families/{family_id}/disclosures/{disclosure_id}/sent" => vec![
                ("sent_on", LocalDate::of_stored(hearth_core::clock::Clock::now(&self.app.clock)).to_string()),
                ("channel", s("secure_email")),
                ("recipient", s("DS Reyes, Prevent team")),
            ],
            _ => Vec::new(),
        }
    }
}

/// A disclosure of a family's note under an agreement, told to the family.
pub(crate) fn disclosure_form(note: &NoteId, agreement: &SharingAgreementId) -> DisclosureForm {
    DisclosureForm {
        agreement: agreement.to_string(),
        categories: vec!["safeguarding_concerns".into()],
        items: vec![format!("note:{note}")],
        shared_text: String::new(),
        purpose: "safeguard_child".into(),
        justification: String::new(),
        threshold_met: "A risk of serious harm to the younger brother".into(),
        evidence: vec![format!("note:{note}")],
        proportionality: "Only the concern, not the family history".into(),
        consent: "given".into(),
        consent_reason: "The mother agreed at the visit".into(),
        family_told: "yes".into(),
        not_told_reason: String::new(),
        revisit_on: String::new(),
    }
}

fn classify(response: &reqwest::Response) -> Option<Outcome> {
    let status = response.status().as_u16();
    let location = response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default();
    match status {
        303 | 302 | 307 if location == "/login" => Some(SignIn),
        // 429: the public sign-in form answered, throttling repeated attempts.
        200..=399 | 409 | 422 | 429 => Some(Allow),
        403 | 404 => Some(Deny),
        _ => None,
    }
}

/// Every request runs in one transaction, so what a page shows and what a
/// change checked are read at one moment. Uploads (documents, and files sent in
/// conversations), signing in and accepting an invitation take two, so the write
/// lock is never held while slow work runs: an upload checks the session before
/// its body is read and writes once the file is cleaned; signing in and
/// accepting an invitation hash a password between their two.
/// A request for help also sends its e-mail straight away.
fn transactions_allowed(method: &Method, path: &str) -> u64 {
    match (method.as_str(), path) {
        (
            "POST",
            "/families/{family_id}/documents"
            | "/families/{family_id}/conversations/{conversation_id}/attachments"
            | "/portal/conversations/{conversation_id}/attachments"
            | "/glossary/{entry_id}/image"
            | "/login"
            | "/invitations/{token}",
        ) => 2,
        // Asking for help wakes the notification e-mails at once, in their own transaction.
        ("POST", "/community/help") => 2,
        _ => 1,
    }
}

#[tokio::test]
async fn every_route_every_role_every_record() -> TestResult {
    let routes = route_table();
    assert!(routes.len() >= 30, "the table lists every route");
    let mut failures = Vec::new();
    let mut checked = 0;
    for route in &routes {
        let method = Method::from_bytes(route.method.as_str().as_bytes())?;
        if expected(&method, route.path, None, Record::Own).is_none() {
            failures.push(format!("{} {}: no expectation written for this route", route.method, route.path));
            continue;
        }
        let fixture = Fixture::new().await?;
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
        for role in ROLES {
            for record in [Record::Own, Record::OtherFamily, Record::OtherOrganisation] {
                let Some(want) = expected(&method, route.path, role, record) else {
                    continue;
                };
                let user = match role {
                    Some(r) => Some(fixture.user(r)?),
                    None => None,
                };
                let path = fixture.resolve(route.path, user, record).await?;
                let mut request = client.request(method.clone(), fixture.app.url(&path));
                if let Some(user) = user {
                    request = request.header("cookie", fixture.app.session_for(&user.actor.user_id).await?);
                }
                if route.path == "/families/{family_id}/documents"
                    || route.path.ends_with("/attachments")
                    || (route.path.ends_with("/image") && method == Method::POST)
                {
                    let part =
                        reqwest::multipart::Part::bytes(b"A letter from school".to_vec()).file_name("letter.txt");
                    request = request.multipart(reqwest::multipart::Form::new().part("document", part));
                } else if method == Method::POST {
                    request = request.form(&fixture.form(route.path));
                }
                let begun = fixture.app.store.transactions_begun();
                let response = request.send().await?;
                let got = classify(&response);
                checked += 1;
                let used = fixture.app.store.transactions_begun() - begun;
                let allowed = transactions_allowed(&method, route.path);
                if used > allowed {
                    failures.push(format!(
                        "{} {path} as {role:?} on {record:?}: {used} transactions, at most {allowed} allowed",
                        route.method
                    ));
                }
                if got != Some(want) {
                    failures.push(format!(
                        "{} {} as {:?} on {:?}: expected {:?}, got {} {:?}",
                        route.method,
                        path,
                        role,
                        record,
                        want,
                        response.status(),
                        response.headers().get("location")
                    ));
                }
            }
        }
        // One fixture per route: release its connections before the next.
        fixture.app.store.close().await;
    }
    assert!(failures.is_empty(), "{} of {checked} checks failed:\n{}", failures.len(), failures.join("\n"));
    Ok(())
}

/// Every page a person can open, as a phone on a weak connection first loads
/// it: the page and every stylesheet and script it names, Brotli-compressed.
/// Staff pages stay under 30 KB, the family portal's under 15 KB.
#[tokio::test]
async fn every_page_loads_light_on_a_phone() -> TestResult {
    let fixture = Fixture::new().await?;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let mut assets: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let (mut failures, mut weighed) = (Vec::new(), 0);
    for route in route_table().iter().filter(|r| r.method.as_str() == "GET") {
        for role in ROLES {
            if expected(&Method::GET, route.path, role, Record::Own) != Some(Allow) {
                continue;
            }
            let user = match role {
                Some(r) => Some(fixture.user(r)?),
                None => None,
            };
            let path = fixture.resolve(route.path, user, Record::Own).await?;
            let cookie = match user {
                Some(user) => fixture.app.session_for(&user.actor.user_id).await?,
                None => String::new(),
            };
            let get = |url: String| {
                let request = client.get(url).header("accept-encoding", "br, gzip");
                if cookie.is_empty() { request } else { request.header("cookie", cookie.clone()) }
            };
            let response = get(fixture.app.url(&path)).send().await?;
            let html = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
            if response.status() != 200 || !html.starts_with("text/html") {
                continue;
            }
            let encoding = response.headers().get("content-encoding").and_then(|v| v.to_str().ok()).map(str::to_owned);
            if encoding.as_deref() != Some("br") {
                failures.push(format!("{path} as {role:?}: sent as {encoding:?}, not Brotli"));
            }
            let compressed = response.bytes().await?.len();
            let page = get(fixture.app.url(&path)).header("accept-encoding", "identity").send().await?.text().await?;
            let mut total = compressed;
            for attr in ["href=\"/static/", "src=\"/static/"] {
                for name in page.split(attr).skip(1).filter_map(|p| p.split('"').next()) {
                    if name.ends_with(".svg") {
                        continue; // the icon, fetched once and kept a year
                    }
                    let size = match assets.get(name) {
                        Some(size) => *size,
                        None => {
                            let bytes = get(fixture.app.url(&format!("/static/{name}"))).send().await?.bytes().await?;
                            assets.insert(name.to_owned(), bytes.len());
                            bytes.len()
                        }
                    };
                    total += size;
                }
            }
            let portal = role == Some(Role::FamilyMember);
            let limit = if portal { 15 * 1024 } else { 30 * 1024 };
            weighed += 1;
            if total >= limit {
                failures.push(format!("{path} as {role:?}: {total} bytes on first load (limit {limit})"));
            }
            // The portal needs no script but the quick exit's, save the
            // video call itself.
            let scripts: Vec<&str> =
                page.split("<script src=\"/static/").skip(1).filter_map(|p| p.split('"').next()).collect();
            if portal && !path.ends_with("/call") && scripts.iter().any(|s| !s.starts_with("quick-exit-")) {
                failures.push(format!("{path}: the portal page loads {scripts:?}"));
            }
        }
    }
    assert!(weighed > 60, "only {weighed} pages weighed");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    Ok(())
}
