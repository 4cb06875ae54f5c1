//! The access policy: the one place that answers "may this user do this to
//! this record?". Every handler asks it; the access-matrix test walks every
//! route as every role against it.

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
}

impl Target<'_> {
    fn organisation_id(&self) -> &OrganisationId {
        match self {
            Self::Organisation(id) => id,
            Self::Family(f) => &f.organisation_id,
            Self::Account(a) => &a.organisation_id,
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

        (Action::EditCatalogue, Target::Organisation(_)) => allow_if(actor.role == OrganisationAdmin),
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
        (Action::ManageOnCallRota, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, Supervisor | OrganisationAdmin))
        }
        (Action::ViewTeamWorkload, Target::Organisation(_)) => allow_if(actor.role == Supervisor),
        (Action::ViewCaseload | Action::CreateFamily, Target::Organisation(_)) => {
            allow_if(matches!(actor.role, Practitioner | Supervisor))
        }

        (Action::ViewFamily | Action::WorkOnFamily, Target::Family(f)) => match actor.role {
            Practitioner if f.actor_assigned || f.actor_break_glass_open => Allow,
            Supervisor if f.actor_assigned || f.actor_break_glass_open || in_team(actor, f) => Allow,
            Practitioner | Supervisor => NeedsBreakGlass,
            _ => Deny,
        },
        (Action::AssignFamily | Action::ViewFamilyAccessLog | Action::ReviewAssessment, Target::Family(f)) => {
            allow_if(actor.role == Supervisor && in_team(actor, f))
        }
        _ => Deny,
    }
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
