//! The home page, one per role, each saying what to do next.

use axum::extract::State;
use axum::response::Response;
use hearth_core::access::{AccountFacts, Action, Target};
use hearth_core::accounts::Role;

use crate::AppState;
use crate::accounts::{html, require};
use crate::agreements::{AgreementView, view};
use crate::context::{Page, SignedIn, role_label};
use crate::error::AppResult;

pub enum HomeSection {
    Admin {
        users: i64,
        pending_invitations: i64,
    },
    Casework {
        families: Vec<(String, String)>,
        unread: i64,
    },
    Community,
    Family {
        agreement: Option<AgreementView>,
        earlier: Vec<AgreementView>,
        availability: Option<String>,
        urgent: Option<String>,
    },
}

#[derive(askama::Template)]
#[template(path = "home.html")]
struct HomeTemplate {
    page: Page,
    display_name: String,
    role_label: String,
    organisation: String,
    section: HomeSection,
}

pub async fn home(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    let own = AccountFacts { organisation_id: who.user.organisation_id.clone(), user_id: who.user.id.clone() };
    require(&who.actor, Action::UseOwnAccount, Target::Account(&own))?;
    let mut tx = state.store.begin().await?;
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let section = match who.user.role {
        Role::OrganisationAdmin => {
            let users = tx.users_of(&who.actor.organisation_id).await?;
            let now = tx.now();
            let pending = tx
                .invitations_of(&who.actor.organisation_id)
                .await?
                .iter()
                .filter(|i| i.accepted_at.is_none() && i.revoked_at.is_none() && i.expires_at > now)
                .count();
            HomeSection::Admin { users: users.len() as i64, pending_invitations: pending as i64 }
        }
        Role::Practitioner | Role::Supervisor => {
            let families = tx.caseload(&who.actor, None).await?;
            HomeSection::Casework {
                families: families.into_iter().take(10).map(|f| (f.id.to_string(), f.name)).collect(),
                unread: who.unread_notifications,
            }
        }
        Role::CommunityManager | Role::PeerAmbassador => HomeSection::Community,
        Role::FamilyMember => match tx.member_of_account(&who.user.id).await? {
            Some(member) => {
                let agreements = tx.agreements_of(&member.id).await?;
                tx.audit(hearth_store::AuditEntry::by(
                    &who.actor,
                    hearth_core::audit::AuditAction::FamilyViewed,
                    "family",
                    member.family_id.as_str(),
                ))
                .await?;
                let in_force = agreements.first();
                HomeSection::Family {
                    availability: in_force.and_then(|a| a.choices.get("availability").cloned()),
                    urgent: in_force.and_then(|a| a.choices.get("urgent_contacts").cloned()),
                    agreement: in_force.map(|a| view(&who.tr, a)),
                    earlier: agreements.iter().skip(1).map(|a| view(&who.tr, a)).collect(),
                }
            }
            None => HomeSection::Family { agreement: None, earlier: Vec::new(), availability: None, urgent: None },
        },
    };
    tx.commit().await?;
    html(&HomeTemplate {
        page: Page::signed_in(&who, "home-title", "/"),
        display_name: who.user.display_name.clone(),
        role_label: role_label(&who.tr, who.user.role),
        organisation,
        section,
    })
}
