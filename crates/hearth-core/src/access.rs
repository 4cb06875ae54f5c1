//! The access policy: the one place that answers "may this user do this to
//! this record?" and "which records may this user see in a list?". Every
//! handler asks it; lists are filtered by the [`FamilyScope`] it produces
//! (the store turns the scope into SQL); the navigation asks it; the
//! access-matrix test walks every route as every role against it.

use crate::accounts::Role;
use crate::ids::{OrganisationId, TeamId, UserId};

/// The signed-in person, as the policy needs to see them.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: UserId,
    pub organisation_id: OrganisationId,
    pub role: Role,
    pub team_id: Option<TeamId>,
}

/// What the policy needs to know about a family file.
#[derive(Debug, Clone)]
pub struct FamilyFacts {
    pub organisation_id: OrganisationId,
    pub team_id: Option<TeamId>,
    /// The actor is the family's lead practitioner or a co-worker.
    pub actor_assigned: bool,
    /// The actor opened this file under break-glass and the grant is still open.
    pub actor_break_glass_open: bool,
}

/// What the policy needs to know about a conversation, from the side of the
/// person asking.
#[derive(Debug, Clone)]
pub struct ConversationFacts {
    pub organisation_id: OrganisationId,
    /// A member taking part in the conversation is linked to the actor's account.
    pub actor_takes_part: bool,
}

/// What the policy needs to know about a session's video call, from the
/// side of the person asking.
#[derive(Debug, Clone)]
pub struct CallFacts {
    /// The family file the session belongs to.
    pub family: FamilyFacts,
    /// The actor is the session's organiser or a colleague on it.
    pub actor_on_session: bool,
    /// A member of the session is linked to the actor's account.
    pub actor_member_of_session: bool,
}

/// What the policy needs to know about a peer-support group, from the side
/// of the person asking.
#[derive(Debug, Clone)]
pub struct GroupFacts {
    pub organisation_id: OrganisationId,
    /// The actor belongs to the group (joined and not removed).
    pub actor_member: bool,
    /// The actor is one of the group's peer ambassadors.
    pub actor_ambassador: bool,
    /// The actor is a member muted for now.
    pub actor_muted: bool,
}

/// What the policy needs to know about a topic in a group.
#[derive(Debug, Clone)]
pub struct TopicFacts {
    pub group: GroupFacts,
    /// The actor started the topic.
    pub actor_asked: bool,
}

/// What the policy needs to know about a disclosure to a partner.
#[derive(Debug, Clone)]
pub struct DisclosureFacts {
    /// The family file it is made from.
    pub family: FamilyFacts,
    /// The actor prepared it.
    pub actor_prepared: bool,
}

/// What the policy needs to know about a check-in asked of a family member.
#[derive(Debug, Clone)]
pub struct CheckInFacts {
    pub organisation_id: OrganisationId,
    /// The member it is asked of is linked to the actor's account.
    pub actor_is_member: bool,
}

/// What the policy needs to know about the glossary, for this actor.
#[derive(Debug, Clone)]
pub struct GlossaryFacts {
    pub organisation_id: OrganisationId,
    /// The organisation granted the actor the glossary editor's permission.
    pub actor_is_editor: bool,
}

/// What the policy needs to know about another account.
#[derive(Debug, Clone)]
pub struct AccountFacts {
    pub organisation_id: OrganisationId,
    pub user_id: UserId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See one's own settings, sessions and notifications.
    UseOwnAccount,
    /// List, invite and disable accounts; see invitations.
    ManageAccounts,
    /// See the list of families one may work with.
    ViewCaseload,
    /// Open a new family file.
    CreateFamily,
    /// Read a family file.
    ViewFamily,
    /// Write in a family file: notes, members, status.
    WorkOnFamily,
    /// Give a family its lead practitioner and co-workers.
    AssignFamily,
    /// See who read or changed a family file.
    ViewFamilyAccessLog,
    /// Sign off an assessment, or return it with a comment.
    ReviewAssessment,
    /// Edit the organisation's assessment catalogue.
    EditCatalogue,
    /// Read one's staff notifications.
    UseNotifications,
    /// Accept one's own online working agreement in the family portal.
    AcceptOwnAgreement,
    /// See staff of the organisation (e.g. to choose whom to assign).
    ViewStaffDirectory,
    /// Keep one's own calendar, calendar feed, personal limits and workload page.
    KeepOwnCalendar,
    /// Set the organisation's wellbeing policy: time zone, working hours,
    /// session limits, breaks, days off, aftercare and reminder times.
    EditWellbeingPolicy,
    /// See who is on call.
    ViewOnCallRota,
    /// Add and remove on-call shifts.
    ManageOnCallRota,
    /// See the workload of one's team, for supervision.
    ViewTeamWorkload,
    /// Publish the organisation's online working agreement template.
    EditAgreementTemplate,
    /// Set the family portal's neutral name and quick-exit address.
    EditPortalSettings,
    /// Adapt the rules of the modality decision aid.
    EditModalityRules,
    /// Write to and read the conversations of a family: staff on the family
    /// file, a member in the conversations they take part in.
    Converse,
    /// Keep the organisation's quick answers to common practical questions.
    EditQuickAnswers,
    /// Take part in a session's video call: staff on the session, members of it.
    JoinCall,
    /// Run a session's video call: let people in from the waiting room, end
    /// it, complete the start checklist. Staff on the session only.
    HostCall,
    /// Run the peer-support community: groups, ambassadors, house rules,
    /// applications, the answer queue and scheduled posts.
    ManageCommunity,
    /// Keep the partner agencies, the information-sharing agreements with
    /// them, and the lawful bases offered for sharing.
    ManagePartners,
    /// Amend a disclosure before it is approved: its preparer, while the
    /// family is theirs to work on.
    AmendDisclosure,
    /// Approve a disclosure or return it with a comment: a supervisor of the
    /// family's team who did not prepare it (four eyes).
    ApproveDisclosure,
    /// See the register of disclosures and information received, for the
    /// families one supervises, and export it.
    ViewSharingRegister,
    /// Load the organisation's check-in instruments (questionnaires).
    ManageInstruments,
    /// See what the organisation's work achieves, by modality, team and
    /// period, and export it (in full, or anonymised for evaluation).
    ViewOutcomes,
    /// Answer the check-ins asked of oneself in the family portal.
    AnswerCheckIn,
    /// Answer for the organisation's data protection: subject-access
    /// exports, the retention policy, legal holds, confirming erasure, and
    /// the register of processing activities.
    ManageDataProtection,
    /// Ask, from the family portal, for one's contact details to be
    /// corrected or object to a purpose, and read the answers.
    AskAboutOwnData,
    /// Look up the glossary of online trends.
    ReadGlossary,
    /// Write, translate, publish and review glossary entries: staff the
    /// organisation granted the editor's permission.
    EditGlossary,
    /// Grant and withdraw the glossary editor's permission.
    ManageGlossaryEditors,
    /// Read the code of conduct for online work, acknowledge it, and keep
    /// one's own assessment of the skills it asks for.
    FollowConduct,
    /// Publish a new version of the code of conduct.
    PublishConduct,
    /// See who acknowledged the code and the team's skills, to plan training.
    ViewConductStanding,
    /// Read the family portal's guides.
    ReadFamilyGuides,
    /// Invite a member of a family file to a peer-support group.
    InviteToCommunity,
    /// Have a place in the community: a pseudonym, one's groups, invitations
    /// and applications, the digest, and "I need to talk to someone".
    UseCommunity,
    /// Read a group's topics and replies.
    ReadGroup,
    /// Write topics and replies, and flag posts, in a group.
    PostInGroup,
    /// Mark the reply that helped: the one who asked, or a moderator.
    MarkHelpful,
    /// Review flags, hide and edit posts, warn, mute and remove members, and
    /// read the moderation log of a group.
    ModerateGroup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Allowed only after the actor writes down why (break-glass).
    NeedsBreakGlass,
    Deny,
}

#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Organisation(&'a OrganisationId),
    Family(&'a FamilyFacts),
    Account(&'a AccountFacts),
    Conversation(&'a ConversationFacts),
    Call(&'a CallFacts),
    Group(&'a GroupFacts),
    Topic(&'a TopicFacts),
    Disclosure(&'a DisclosureFacts),
    CheckIn(&'a CheckInFacts),
    Glossary(&'a GlossaryFacts),
}

impl Target<'_> {
    pub fn organisation_id(&self) -> &OrganisationId {
        match self {
            Self::Organisation(id) => id,
            Self::Family(f) => &f.organisation_id,
            Self::Account(a) => &a.organisation_id,
            Self::Conversation(c) => &c.organisation_id,
            Self::Call(c) => &c.family.organisation_id,
            Self::Group(g) => &g.organisation_id,
            Self::Topic(t) => &t.group.organisation_id,
            Self::Disclosure(d) => &d.family.organisation_id,
            Self::CheckIn(c) => &c.organisation_id,
            Self::Glossary(g) => &g.organisation_id,
        }
    }
}

/// The policy. Nothing crosses an organisation's walls, whatever the role.
pub fn decide(actor: &Actor, action: Action, target: Target<'_>) -> Decision {
    use Decision::{Allow, Deny, NeedsBreakGlass};
    use Role::*;

    if target.organisation_id() != &actor.organisation_id {
        return Deny;
    }
    let allow_if = |cond: bool| if cond { Allow } else { Deny };

    match (action, target) {
        (Action::UseOwnAccount, Target::Account(a)) => allow_if(a.user_id == actor.user_id),
        (Action::UseOwnAccount, _) => Deny,
        (Action::UseNotifications, Target::Account(a)) => allow_if(a.user_id == actor.user_id && actor.role.is_staff()),
        (Action::AcceptOwnAgreement, Target::Account(a)) => {
            allow_if(a.user_id == actor.user_id && actor.role == FamilyMember)
        }

        (
            Action::EditCatalogue
            | Action::EditAgreementTemplate
            | Action::EditPortalSettings
            | Action::EditModalityRules,
            Target::Organisation(_),
        ) => allow_if(actor.role == OrganisationAdmin),
        (Action::ManageAccounts, Target::Organisation(_) | Target::Account(_)) => {
            allow_if(actor.role == OrganisationAdmin)
        }
        (Action::ViewStaffDirectory, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, OrganisationAdmin | Supervisor))
        }
        (Action::KeepOwnCalendar, Target::Account(a)) => {
            allow_if(a.user_id == actor.user_id && matches!(actor.role, Practitioner | Supervisor))
        }
        (Action::EditWellbeingPolicy, Target::Organisation(_)) => allow_if(actor.role == OrganisationAdmin),
        (Action::ViewOnCallRota, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, Practitioner | Supervisor | OrganisationAdmin))
        }
        (Action::ManageOnCallRota | Action::EditQuickAnswers, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, Supervisor | OrganisationAdmin))
        }
        (Action::ViewTeamWorkload, Target::Organisation(_)) => allow_if(actor.role == Supervisor),
        (Action::ViewCaseload | Action::CreateFamily, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, Practitioner | Supervisor))
        }

        (Action::ViewFamily | Action::WorkOnFamily | Action::Converse, Target::Family(f)) => {
            if family_scope(actor).admits(f) {
                Allow
            } else if matches!(actor.role, Practitioner | Supervisor) {
                NeedsBreakGlass
            } else {
                Deny
            }
        }
        // A family member keeps a list of their own conversations.
        (Action::Converse, Target::Account(a)) => allow_if(a.user_id == actor.user_id && actor.role == FamilyMember),
        // A family member reaches only the conversations they take part in,
        // never the file they belong to.
        (Action::Converse, Target::Conversation(c)) => {
            allow_if(matches!(actor.role, FamilyMember) && c.actor_takes_part)
        }
        // A call is for the people on the session; break-glass never opens one.
        (Action::JoinCall | Action::HostCall, Target::Call(c)) if matches!(actor.role, Practitioner | Supervisor) => {
            allow_if(c.actor_on_session && family_scope(actor).admits(&c.family))
        }
        (Action::JoinCall, Target::Call(c)) => allow_if(actor.role == FamilyMember && c.actor_member_of_session),
        (Action::ManageCommunity, Target::Organisation(_)) => allow_if(actor.role == CommunityManager),
        (Action::ManagePartners, Target::Organisation(_)) => allow_if(actor.role == OrganisationAdmin),
        // Staff invite from the file; what the invited person sees is their own.
        (Action::InviteToCommunity, Target::Family(f)) => {
            allow_if(matches!(actor.role, Practitioner | Supervisor) && family_scope(actor).admits(f))
        }
        (Action::UseCommunity, Target::Account(a)) => {
            allow_if(a.user_id == actor.user_id && matches!(actor.role, FamilyMember | PeerAmbassador))
        }
        // The manager runs every group; an ambassador their own; members
        // read theirs and write there unless muted. Nobody else, staff
        // included, reads a group: it is the families' own place.
        (Action::ReadGroup, Target::Group(g)) => {
            allow_if(actor.role == CommunityManager || ambassador_of(actor, g) || member_of(actor, g))
        }
        (Action::PostInGroup, Target::Group(g)) => allow_if(
            actor.role == CommunityManager || ambassador_of(actor, g) || (member_of(actor, g) && !g.actor_muted),
        ),
        (Action::ModerateGroup, Target::Group(g)) => {
            allow_if(actor.role == CommunityManager || ambassador_of(actor, g))
        }
        (Action::MarkHelpful, Target::Topic(t)) => allow_if(
            actor.role == CommunityManager
                || ambassador_of(actor, &t.group)
                || (t.actor_asked && member_of(actor, &t.group) && !t.group.actor_muted),
        ),
        (Action::AmendDisclosure, Target::Disclosure(d)) => allow_if(
            matches!(actor.role, Practitioner | Supervisor)
                && d.actor_prepared
                && family_scope(actor).admits(&d.family),
        ),
        (Action::ApproveDisclosure, Target::Disclosure(d)) => {
            allow_if(actor.role == Supervisor && in_team(actor, &d.family) && !d.actor_prepared)
        }
        (Action::ViewSharingRegister, Target::Organisation(_)) => allow_if(actor.role == Supervisor),
        (Action::ManageInstruments, Target::Organisation(_)) => allow_if(actor.role == OrganisationAdmin),
        // Figures about the organisation's work, never about one family.
        (Action::ViewOutcomes, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, Supervisor | OrganisationAdmin))
        }
        // A member's list of their own check-ins; each one only if it is asked of them.
        (Action::AnswerCheckIn, Target::Account(a)) => {
            allow_if(a.user_id == actor.user_id && actor.role == FamilyMember)
        }
        (Action::ManageDataProtection, Target::Organisation(_)) => allow_if(actor.role == OrganisationAdmin),
        // Staff look terms up; family members and volunteers do not.
        (Action::ReadGlossary, Target::Organisation(_)) => allow_if(actor.role.is_staff()),
        (Action::EditGlossary, Target::Glossary(g)) => allow_if(actor.role.is_staff() && g.actor_is_editor),
        (Action::ManageGlossaryEditors, Target::Organisation(_)) => allow_if(actor.role == OrganisationAdmin),
        (Action::FollowConduct, Target::Account(a)) => allow_if(a.user_id == actor.user_id && actor.role.is_staff()),
        (Action::PublishConduct, Target::Organisation(_)) => allow_if(actor.role == OrganisationAdmin),
        (Action::ViewConductStanding, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, Supervisor | OrganisationAdmin))
        }
        (Action::ReadFamilyGuides, Target::Account(a)) => {
            allow_if(a.user_id == actor.user_id && actor.role == FamilyMember)
        }
        (Action::AskAboutOwnData, Target::Account(a)) => {
            allow_if(a.user_id == actor.user_id && actor.role == FamilyMember)
        }
        (Action::AnswerCheckIn, Target::CheckIn(c)) => allow_if(actor.role == FamilyMember && c.actor_is_member),
        (Action::AssignFamily | Action::ViewFamilyAccessLog | Action::ReviewAssessment, Target::Family(f)) => {
            allow_if(actor.role == Supervisor && in_team(actor, f))
        }
        _ => Deny,
    }
}

/// Which families an actor may read and work on without break-glass: the
/// caseload and every other list of families are filtered by it, and
/// [`decide`] allows a family file exactly when the scope admits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyScope {
    pub organisation_id: OrganisationId,
    /// A family is in scope when any of these holds; none means no family.
    pub any_of: Vec<FamilyVisibility>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FamilyVisibility {
    /// The user is the family's lead practitioner or a co-worker.
    AssignedTo(UserId),
    /// The user opened the file under break-glass and the grant is still open.
    BreakGlassOpenFor(UserId),
    /// The family belongs to this team.
    InTeam(TeamId),
}

impl FamilyScope {
    /// Whether a family, described from the scope's actor's side, is in scope.
    pub fn admits(&self, family: &FamilyFacts) -> bool {
        family.organisation_id == self.organisation_id
            && self.any_of.iter().any(|v| match v {
                FamilyVisibility::AssignedTo(_) => family.actor_assigned,
                FamilyVisibility::BreakGlassOpenFor(_) => family.actor_break_glass_open,
                FamilyVisibility::InTeam(team) => family.team_id.as_ref() == Some(team),
            })
    }

    pub fn is_empty(&self) -> bool {
        self.any_of.is_empty()
    }
}

/// The families an actor may see: practitioners their assigned files,
/// supervisors also their team's, both any file opened under break-glass;
/// every other role none.
pub fn family_scope(actor: &Actor) -> FamilyScope {
    let mut any_of = Vec::new();
    if actor.role.carries_caseload() {
        any_of.push(FamilyVisibility::AssignedTo(actor.user_id.clone()));
        any_of.push(FamilyVisibility::BreakGlassOpenFor(actor.user_id.clone()));
    }
    if actor.role == Role::Supervisor
        && let Some(team) = &actor.team_id
    {
        any_of.push(FamilyVisibility::InTeam(team.clone()));
    }
    FamilyScope { organisation_id: actor.organisation_id.clone(), any_of }
}

/// Which peer-support groups an actor moderates: lists of flags, open
/// questions and the moderation log are filtered by it, and [`decide`]
/// allows `ModerateGroup` exactly where it admits a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModerationScope {
    /// Every group of the organisation (its community manager).
    Organisation(OrganisationId),
    /// The groups this peer ambassador was named for.
    AmbassadorOf(OrganisationId, UserId),
    Nothing,
}

impl ModerationScope {
    pub fn admits(&self, group: &GroupFacts) -> bool {
        match self {
            Self::Organisation(org) => &group.organisation_id == org,
            Self::AmbassadorOf(org, _) => &group.organisation_id == org && group.actor_ambassador,
            Self::Nothing => false,
        }
    }
}

pub fn moderation_scope(actor: &Actor) -> ModerationScope {
    match actor.role {
        Role::CommunityManager => ModerationScope::Organisation(actor.organisation_id.clone()),
        Role::PeerAmbassador => ModerationScope::AmbassadorOf(actor.organisation_id.clone(), actor.user_id.clone()),
        _ => ModerationScope::Nothing,
    }
}

/// Only peer ambassadors speak for a group as its ambassadors.
fn ambassador_of(actor: &Actor, group: &GroupFacts) -> bool {
    actor.role == Role::PeerAmbassador && group.actor_ambassador
}

/// Members are families and peer ambassadors; staff never join a group.
fn member_of(actor: &Actor, group: &GroupFacts) -> bool {
    matches!(actor.role, Role::FamilyMember | Role::PeerAmbassador) && group.actor_member
}

fn in_team(actor: &Actor, family: &FamilyFacts) -> bool {
    matches!((&actor.team_id, &family.team_id), (Some(a), Some(b)) if a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id<T>(f: impl Fn(String) -> T, n: u8) -> T {
        f(format!("{n:032x}"))
    }

    fn actor(role: Role) -> Actor {
        Actor {
            user_id: id(UserId::from_trusted, 1),
            organisation_id: id(OrganisationId::from_trusted, 1),
            role,
            team_id: Some(id(TeamId::from_trusted, 1)),
        }
    }

    fn family(org: u8, team: u8, assigned: bool, glass: bool) -> FamilyFacts {
        FamilyFacts {
            organisation_id: id(OrganisationId::from_trusted, org),
            team_id: Some(id(TeamId::from_trusted, team)),
            actor_assigned: assigned,
            actor_break_glass_open: glass,
        }
    }

    #[test]
    fn practitioner_sees_only_assigned_families() {
        let p = actor(Role::Practitioner);
        assert_eq!(decide(&p, Action::ViewFamily, Target::Family(&family(1, 1, true, false))), Decision::Allow);
        assert_eq!(
            decide(&p, Action::ViewFamily, Target::Family(&family(1, 1, false, false))),
            Decision::NeedsBreakGlass
        );
        assert_eq!(decide(&p, Action::ViewFamily, Target::Family(&family(1, 2, false, true))), Decision::Allow);
        assert_eq!(decide(&p, Action::AssignFamily, Target::Family(&family(1, 1, true, false))), Decision::Deny);
    }

    #[test]
    fn supervisor_sees_their_team() {
        let s = actor(Role::Supervisor);
        assert_eq!(decide(&s, Action::ViewFamily, Target::Family(&family(1, 1, false, false))), Decision::Allow);
        assert_eq!(
            decide(&s, Action::ViewFamily, Target::Family(&family(1, 2, false, false))),
            Decision::NeedsBreakGlass
        );
        assert_eq!(decide(&s, Action::AssignFamily, Target::Family(&family(1, 1, false, false))), Decision::Allow);
        assert_eq!(decide(&s, Action::AssignFamily, Target::Family(&family(1, 2, false, false))), Decision::Deny);
        assert_eq!(
            decide(&s, Action::ViewFamilyAccessLog, Target::Family(&family(1, 1, false, false))),
            Decision::Allow
        );
    }

    #[test]
    fn nothing_crosses_organisations() {
        for role in Role::ALL {
            let a = actor(role);
            let other = family(2, 1, true, true);
            for action in [Action::ViewFamily, Action::WorkOnFamily, Action::AssignFamily, Action::ViewFamilyAccessLog]
            {
                assert_eq!(decide(&a, action, Target::Family(&other)), Decision::Deny, "{role:?} {action:?}");
            }
            let other_org = id(OrganisationId::from_trusted, 2);
            for action in [Action::ManageAccounts, Action::ViewCaseload, Action::CreateFamily] {
                assert_eq!(decide(&a, action, Target::Organisation(&other_org)), Decision::Deny);
            }
        }
    }

    #[test]
    fn the_scope_admits_exactly_what_decide_allows() {
        for role in Role::ALL {
            for team in [None, Some(1u8)] {
                let mut a = actor(role);
                a.team_id = team.map(|t| id(TeamId::from_trusted, t));
                let scope = family_scope(&a);
                for (org, fam_team, assigned, glass) in fact_combinations() {
                    let f = family(org, fam_team, assigned, glass);
                    let allowed = decide(&a, Action::ViewFamily, Target::Family(&f)) == Decision::Allow;
                    assert_eq!(scope.admits(&f), allowed, "{role:?} team {team:?} {f:?}");
                }
            }
        }
    }

    fn fact_combinations() -> Vec<(u8, u8, bool, bool)> {
        let mut out = Vec::new();
        for org in [1, 2] {
            for team in [1, 2] {
                for assigned in [false, true] {
                    for glass in [false, true] {
                        out.push((org, team, assigned, glass));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn other_roles_never_read_family_files() {
        for role in [Role::OrganisationAdmin, Role::CommunityManager, Role::PeerAmbassador, Role::FamilyMember] {
            let a = actor(role);
            assert_eq!(decide(&a, Action::ViewFamily, Target::Family(&family(1, 1, true, false))), Decision::Deny);
        }
    }

    #[test]
    fn only_admins_manage_accounts() {
        let org = id(OrganisationId::from_trusted, 1);
        for role in Role::ALL {
            let expected = if role == Role::OrganisationAdmin { Decision::Allow } else { Decision::Deny };
            assert_eq!(decide(&actor(role), Action::ManageAccounts, Target::Organisation(&org)), expected);
        }
    }

    #[test]
    fn notifications_are_for_staff_and_agreements_for_family_members() {
        for role in Role::ALL {
            let a = actor(role);
            let own = AccountFacts { organisation_id: a.organisation_id.clone(), user_id: a.user_id.clone() };
            let staff = if role.is_staff() { Decision::Allow } else { Decision::Deny };
            assert_eq!(decide(&a, Action::UseNotifications, Target::Account(&own)), staff, "{role:?}");
            let family = if role == Role::FamilyMember { Decision::Allow } else { Decision::Deny };
            assert_eq!(decide(&a, Action::AcceptOwnAgreement, Target::Account(&own)), family, "{role:?}");
        }
    }

    #[test]
    fn staff_converse_on_the_file_members_only_in_their_own_conversations() {
        for role in Role::ALL {
            let a = actor(role);
            for (org, team, assigned, glass) in fact_combinations() {
                let f = family(org, team, assigned, glass);
                assert_eq!(
                    decide(&a, Action::Converse, Target::Family(&f)),
                    decide(&a, Action::WorkOnFamily, Target::Family(&f)),
                    "staff converse exactly where they work: {role:?}"
                );
            }
            for (org, takes_part) in [(1, true), (1, false), (2, true)] {
                let c = ConversationFacts {
                    organisation_id: id(OrganisationId::from_trusted, org),
                    actor_takes_part: takes_part,
                };
                let expected =
                    if role == Role::FamilyMember && takes_part && org == 1 { Decision::Allow } else { Decision::Deny };
                assert_eq!(
                    decide(&a, Action::Converse, Target::Conversation(&c)),
                    expected,
                    "{role:?} {org} {takes_part}"
                );
            }
        }
    }

    #[test]
    fn calls_are_for_the_people_on_the_session_and_only_staff_host() {
        for role in Role::ALL {
            let a = actor(role);
            for (org, team, assigned, glass) in fact_combinations() {
                for (on_session, member_of_session) in [(true, false), (false, true), (false, false), (true, true)] {
                    let c = CallFacts {
                        family: family(org, team, assigned, glass),
                        actor_on_session: on_session,
                        actor_member_of_session: member_of_session,
                    };
                    let join = decide(&a, Action::JoinCall, Target::Call(&c));
                    let host = decide(&a, Action::HostCall, Target::Call(&c));
                    let staff_in_scope = matches!(role, Role::Practitioner | Role::Supervisor)
                        && on_session
                        && org == 1
                        && family_scope(&a).admits(&c.family);
                    let member = role == Role::FamilyMember && member_of_session && org == 1;
                    let allow = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
                    assert_eq!(join, allow(staff_in_scope || member), "{role:?} {org} {team} {assigned} {glass}");
                    assert_eq!(host, allow(staff_in_scope), "{role:?} hosts only as staff on the session");
                }
            }
        }
    }

    #[test]
    fn groups_are_for_their_members_ambassadors_and_the_manager() {
        let allow = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
        for role in Role::ALL {
            let a = actor(role);
            for org in [1, 2] {
                for member in [false, true] {
                    for ambassador in [false, true] {
                        for muted in [false, true] {
                            let g = GroupFacts {
                                organisation_id: id(OrganisationId::from_trusted, org),
                                actor_member: member,
                                actor_ambassador: ambassador,
                                actor_muted: muted,
                            };
                            let here = org == 1;
                            let manager = role == Role::CommunityManager;
                            let member = member && matches!(role, Role::FamilyMember | Role::PeerAmbassador);
                            let ambassador = ambassador && role == Role::PeerAmbassador;
                            let case =
                                format!("{role:?} org {org} member {member} ambassador {ambassador} muted {muted}");
                            assert_eq!(
                                decide(&a, Action::ReadGroup, Target::Group(&g)),
                                allow(here && (manager || member || ambassador)),
                                "{case}"
                            );
                            assert_eq!(
                                decide(&a, Action::PostInGroup, Target::Group(&g)),
                                allow(here && (manager || ambassador || (member && !muted))),
                                "{case}"
                            );
                            assert_eq!(
                                decide(&a, Action::ModerateGroup, Target::Group(&g)),
                                allow(here && (manager || ambassador)),
                                "{case}"
                            );
                        }
                    }
                }
            }
            for (org, ambassador) in [(1, false), (1, true), (2, true)] {
                let g = GroupFacts {
                    organisation_id: id(OrganisationId::from_trusted, org),
                    actor_member: true,
                    actor_ambassador: ambassador,
                    actor_muted: false,
                };
                assert_eq!(
                    moderation_scope(&a).admits(&g),
                    decide(&a, Action::ModerateGroup, Target::Group(&g)) == Decision::Allow,
                    "the moderation scope admits what decide allows: {role:?} {org} {ambassador}"
                );
            }
            let org = a.organisation_id.clone();
            assert_eq!(
                decide(&a, Action::ManagePartners, Target::Organisation(&org)),
                allow(role == Role::OrganisationAdmin),
                "only the organisation admin keeps partners and agreements"
            );
            assert_eq!(
                decide(&a, Action::ManageCommunity, Target::Organisation(&org)),
                allow(role == Role::CommunityManager)
            );
            let own = AccountFacts { organisation_id: org, user_id: a.user_id.clone() };
            assert_eq!(
                decide(&a, Action::UseCommunity, Target::Account(&own)),
                allow(matches!(role, Role::FamilyMember | Role::PeerAmbassador))
            );
            for (fam_org, team, assigned, glass) in fact_combinations() {
                let f = family(fam_org, team, assigned, glass);
                let expected = matches!(role, Role::Practitioner | Role::Supervisor) && family_scope(&a).admits(&f);
                assert_eq!(decide(&a, Action::InviteToCommunity, Target::Family(&f)), allow(expected), "{role:?}");
            }
        }
    }

    #[test]
    fn disclosures_take_four_eyes() {
        let allow = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
        for role in Role::ALL {
            let a = actor(role);
            for (org, team, assigned, glass) in fact_combinations() {
                for prepared in [false, true] {
                    let d = DisclosureFacts { family: family(org, team, assigned, glass), actor_prepared: prepared };
                    let case = format!("{role:?} {org} {team} {assigned} {glass} prepared {prepared}");
                    assert_eq!(
                        decide(&a, Action::ApproveDisclosure, Target::Disclosure(&d)),
                        allow(role == Role::Supervisor && org == 1 && team == 1 && !prepared),
                        "nobody approves their own: {case}"
                    );
                    assert_eq!(
                        decide(&a, Action::AmendDisclosure, Target::Disclosure(&d)),
                        allow(
                            matches!(role, Role::Practitioner | Role::Supervisor)
                                && prepared
                                && family_scope(&a).admits(&d.family)
                        ),
                        "{case}"
                    );
                }
            }
            let org = a.organisation_id.clone();
            assert_eq!(
                decide(&a, Action::ViewSharingRegister, Target::Organisation(&org)),
                allow(role == Role::Supervisor)
            );
        }
    }

    #[test]
    fn check_ins_are_answered_by_the_member_asked_and_instruments_kept_by_the_admin() {
        let allow = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
        for role in Role::ALL {
            let a = actor(role);
            for (org, member) in [(1, true), (1, false), (2, true)] {
                let c =
                    CheckInFacts { organisation_id: id(OrganisationId::from_trusted, org), actor_is_member: member };
                assert_eq!(
                    decide(&a, Action::AnswerCheckIn, Target::CheckIn(&c)),
                    allow(role == Role::FamilyMember && member && org == 1),
                    "{role:?} {org} {member}"
                );
            }
            let own = AccountFacts { organisation_id: a.organisation_id.clone(), user_id: a.user_id.clone() };
            assert_eq!(decide(&a, Action::AnswerCheckIn, Target::Account(&own)), allow(role == Role::FamilyMember));
            let org = a.organisation_id.clone();
            assert_eq!(
                decide(&a, Action::ManageInstruments, Target::Organisation(&org)),
                allow(role == Role::OrganisationAdmin)
            );
            assert_eq!(
                decide(&a, Action::ViewOutcomes, Target::Organisation(&org)),
                allow(matches!(role, Role::Supervisor | Role::OrganisationAdmin))
            );
        }
    }

    #[test]
    fn data_protection_is_the_admins_and_requests_the_members_own() {
        let allow = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
        for role in Role::ALL {
            let a = actor(role);
            let org = a.organisation_id.clone();
            assert_eq!(
                decide(&a, Action::ManageDataProtection, Target::Organisation(&org)),
                allow(role == Role::OrganisationAdmin)
            );
            let other = id(OrganisationId::from_trusted, 2);
            assert_eq!(decide(&a, Action::ManageDataProtection, Target::Organisation(&other)), Decision::Deny);
            let own = AccountFacts { organisation_id: org.clone(), user_id: a.user_id.clone() };
            assert_eq!(decide(&a, Action::AskAboutOwnData, Target::Account(&own)), allow(role == Role::FamilyMember));
            let someone = AccountFacts { organisation_id: org, user_id: id(UserId::from_trusted, 9) };
            assert_eq!(decide(&a, Action::AskAboutOwnData, Target::Account(&someone)), Decision::Deny);
        }
    }

    #[test]
    fn the_glossary_is_read_by_staff_and_edited_by_those_granted_it() {
        let allow = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
        for role in Role::ALL {
            let a = actor(role);
            let org = a.organisation_id.clone();
            assert_eq!(decide(&a, Action::ReadGlossary, Target::Organisation(&org)), allow(role.is_staff()));
            for editor in [true, false] {
                let g = GlossaryFacts { organisation_id: org.clone(), actor_is_editor: editor };
                assert_eq!(decide(&a, Action::EditGlossary, Target::Glossary(&g)), allow(role.is_staff() && editor));
                let elsewhere =
                    GlossaryFacts { organisation_id: id(OrganisationId::from_trusted, 2), actor_is_editor: editor };
                assert_eq!(decide(&a, Action::EditGlossary, Target::Glossary(&elsewhere)), Decision::Deny);
            }
            assert_eq!(
                decide(&a, Action::ManageGlossaryEditors, Target::Organisation(&org)),
                allow(role == Role::OrganisationAdmin)
            );
        }
    }

    #[test]
    fn the_code_is_followed_by_staff_published_by_the_admin_and_watched_by_supervisors() {
        let allow = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
        for role in Role::ALL {
            let a = actor(role);
            let org = a.organisation_id.clone();
            let own = AccountFacts { organisation_id: org.clone(), user_id: a.user_id.clone() };
            let other = AccountFacts { organisation_id: org.clone(), user_id: id(UserId::from_trusted, 9) };
            assert_eq!(decide(&a, Action::FollowConduct, Target::Account(&own)), allow(role.is_staff()));
            assert_eq!(decide(&a, Action::FollowConduct, Target::Account(&other)), Decision::Deny);
            assert_eq!(
                decide(&a, Action::PublishConduct, Target::Organisation(&org)),
                allow(role == Role::OrganisationAdmin)
            );
            assert_eq!(
                decide(&a, Action::ViewConductStanding, Target::Organisation(&org)),
                allow(matches!(role, Role::Supervisor | Role::OrganisationAdmin))
            );
            assert_eq!(decide(&a, Action::ReadFamilyGuides, Target::Account(&own)), allow(role == Role::FamilyMember));
        }
    }

    #[test]
    fn own_account_only() {
        let a = actor(Role::FamilyMember);
        let own = AccountFacts { organisation_id: a.organisation_id.clone(), user_id: a.user_id.clone() };
        let other = AccountFacts { organisation_id: a.organisation_id.clone(), user_id: id(UserId::from_trusted, 9) };
        assert_eq!(decide(&a, Action::UseOwnAccount, Target::Account(&own)), Decision::Allow);
        assert_eq!(decide(&a, Action::UseOwnAccount, Target::Account(&other)), Decision::Deny);
    }

    #[test]
    fn calendars_are_own_and_rota_and_team_views_by_role() {
        let org = id(OrganisationId::from_trusted, 1);
        for role in Role::ALL {
            let a = actor(role);
            let own = AccountFacts { organisation_id: a.organisation_id.clone(), user_id: a.user_id.clone() };
            let other =
                AccountFacts { organisation_id: a.organisation_id.clone(), user_id: id(UserId::from_trusted, 9) };
            let caseworker = matches!(role, Role::Practitioner | Role::Supervisor);
            let expect = |yes: bool| if yes { Decision::Allow } else { Decision::Deny };
            assert_eq!(decide(&a, Action::KeepOwnCalendar, Target::Account(&own)), expect(caseworker), "{role:?}");
            assert_eq!(decide(&a, Action::KeepOwnCalendar, Target::Account(&other)), Decision::Deny);
            let org_target = Target::Organisation(&org);
            assert_eq!(decide(&a, Action::EditWellbeingPolicy, org_target), expect(role == Role::OrganisationAdmin));
            assert_eq!(
                decide(&a, Action::ManageOnCallRota, org_target),
                expect(matches!(role, Role::Supervisor | Role::OrganisationAdmin))
            );
            assert_eq!(decide(&a, Action::ViewTeamWorkload, org_target), expect(role == Role::Supervisor));
        }
    }
}
