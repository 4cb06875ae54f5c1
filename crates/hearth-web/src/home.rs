//! The home page, one per role, each saying what to do next.

use axum::response::Response;
use hearth_core::access::{Action, Target};
use hearth_core::accounts::Role;
use hearth_core::messaging::{Availability, availability};

use crate::accounts::html;
use crate::agreements::{AgreementView, view};
use crate::context::{Page, Reading, SignedIn, role_label};
use crate::error::AppResult;
use hearth_store::calendar::CalendarRead;

pub enum HomeSection {
    Admin {
        users: i64,
        pending_invitations: i64,
    },
    Casework {
        families: Vec<(String, String)>,
        unread: i64,
        today: Vec<(String, String, String)>,
        follow_ups: Vec<FollowUpItem>,
    },
    Community,
    Family {
        agreement: Option<AgreementView>,
        earlier: Vec<AgreementView>,
        availability: Option<String>,
        urgent: Option<String>,
        upcoming: Vec<UpcomingSession>,
        away: Option<String>,
    },
}

pub struct FollowUpItem {
    pub href: String,
    pub family: String,
    pub due: String,
    pub overdue: bool,
}

pub struct UpcomingSession {
    pub when: String,
    pub how: String,
    /// Where, with any address in it a link (a call link typed as the place).
    pub place: Vec<crate::text::Part>,
    /// A video session's call page.
    pub call: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "home.html")]
struct HomeTemplate {
    page: Page,
    display_name: String,
    role_label: String,
    organisation: String,
    section: HomeSection,
    /// A version of the code of conduct this staff member has not acknowledged.
    conduct_pending: Option<i64>,
}

pub async fn home(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let section = match who.user.role {
        Role::OrganisationAdmin => {
            let users = tx.users_of(&who.actor).await?;
            let now = tx.now();
            let pending = tx
                .invitations_of(&who.actor)
                .await?
                .iter()
                .filter(|i| i.accepted_at.is_none() && i.revoked_at.is_none() && i.expires_at > now)
                .count();
            HomeSection::Admin { users: users.len() as i64, pending_invitations: pending as i64 }
        }
        Role::Practitioner | Role::Supervisor => {
            let filter = hearth_store::families::CaseloadFilter::default();
            let first = hearth_store::PageRequest::new(1, 10);
            let families = tx.caseload(&who.actor, &who.family_scope(), &filter, first).await?;
            let zone = &who.zone;
            let dates = who.dates();
            let now = tx.now();
            let today = match zone.span(zone.local(now).date, 1) {
                Some((from, to)) => tx.calendar_of(&who.actor, CalendarRead::Page, from, to).await?,
                None => Vec::new(),
            };
            let follow_ups = tx.own_open_follow_ups(&who.actor).await?;
            HomeSection::Casework {
                families: families.items.into_iter().map(|f| (f.id.to_string(), f.name)).collect(),
                unread: who.unread_notifications,
                today: today
                    .into_iter()
                    .filter(|e| e.outcome.is_none())
                    .map(|e| {
                        (
                            crate::support_sessions::session_href(&e.family_id, &e.session_id),
                            dates.time_of(e.starts_at),
                            format!("{} · {}", e.family_name, crate::support_sessions::mode_label(&who.tr, e.mode)),
                        )
                    })
                    .collect(),
                follow_ups: follow_ups
                    .into_iter()
                    .map(|f| FollowUpItem {
                        href: crate::aftercare::follow_up_href(&f.family_id, &f.id),
                        family: f.family_name.clone(),
                        due: dates.when(f.due_at),
                        overdue: f.overdue_at(now),
                    })
                    .collect(),
            }
        }
        Role::CommunityManager | Role::PeerAmbassador => HomeSection::Community,
        Role::FamilyMember => match tx.member_of_account(&who.user.id).await? {
            Some(member) => {
                let read = tx.read_family(&who.actor, &member.family_id).await?;
                let agreements = tx.agreements_of(&read, &member.id).await?;
                let in_force = agreements.first();
                let dates = who.dates();
                let now = tx.now();
                let upcoming = tx
                    .upcoming_sessions_of_member(&member.id, now)
                    .await?
                    .into_iter()
                    .map(|s| UpcomingSession {
                        when: dates.when(s.starts_at),
                        how: crate::support_sessions::mode_label(&who.tr, s.mode),
                        call: (s.mode == hearth_core::support_sessions::SessionMode::Video)
                            .then(|| format!("/portal/sessions/{}/call", s.id)),
                        place: crate::text::linked(&s.place),
                    })
                    .collect();
                let away = away_notice(&mut tx, &who, &read, now).await?;
                HomeSection::Family {
                    upcoming,
                    away,
                    availability: in_force.and_then(|a| a.choices.get("availability").cloned()),
                    urgent: in_force.and_then(|a| a.choices.get("urgent_contacts").cloned()),
                    agreement: in_force.map(|a| view(&who.tr, &who.zone, a)),
                    earlier: agreements.iter().skip(1).map(|a| view(&who.tr, &who.zone, a)).collect(),
                }
            }
            None => HomeSection::Family {
                agreement: None,
                earlier: Vec::new(),
                availability: None,
                urgent: None,
                upcoming: Vec::new(),
                away: None,
            },
        },
    };
    let conduct_pending = if who.may(Action::FollowConduct, Target::Account(&who.user.account_facts())) {
        tx.conduct_to_acknowledge(&who.actor).await?
    } else {
        None
    };
    tx.commit().await?;
    html(&HomeTemplate {
        page: Page::signed_in(&who, "home-title", "/"),
        display_name: who.user.display_name.clone(),
        role_label: role_label(&who.tr, who.user.role),
        organisation,
        section,
        conduct_pending,
    })
}

/// Outside the lead practitioner's working hours, the portal says when they
/// are back and who covers urgent matters now.
pub(crate) async fn away_notice(
    tx: &mut hearth_store::Tx,
    who: &SignedIn,
    family: &hearth_store::families::FamilyRead,
    now: hearth_core::clock::Timestamp,
) -> AppResult<Option<String>> {
    let workers = tx.assigned_workers(family).await?;
    let Some(lead) =
        workers.iter().find(|w| w.assignment == hearth_core::families::Assignment::Lead).or(workers.first())
    else {
        return Ok(None);
    };
    let (_, rails) = tx.guardrails_for(&who.actor.organisation_id, &lead.user_id).await?;
    let zone = &who.zone;
    let dates = who.dates();
    let local = zone.local(now);
    let back = match availability(&rails, local.date, local.minute) {
        Availability::AtWork => return Ok(None),
        Availability::BackAt(date, minute) => {
            zone.instant(hearth_core::zone::LocalTime { date, minute }).map(|t| dates.when(t))
        }
        Availability::NotSoon => None,
    };
    let on_call: Vec<String> =
        tx.on_call_at(&who.actor.organisation_id, now).await?.into_iter().map(|s| s.user_name).collect();
    let tr = who.tr;
    let mut text = match back {
        Some(when) => tr.t_args("portal-away-until", &[("name", lead.display_name.clone()), ("when", when)]),
        None => tr.t1("portal-away", "name", &lead.display_name),
    };
    if !on_call.is_empty() {
        text.push(' ');
        text.push_str(&tr.t1("portal-on-call", "name", &on_call.join(", ")));
    }
    Ok(Some(text))
}
