//! Family files as the foundation knows them: the caseload, opening a file,
//! assignment, break-glass, and who accessed a file.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Decision, Target, decide};
use hearth_core::accounts::Role;
use hearth_core::audit::AuditAction;
use hearth_core::families::{Assignment, BreakGlassReason, FamilyName, InvalidBreakGlassReason};
use hearth_core::ids::{FamilyId, TeamId, UserId};
use hearth_store::AuditEntry;
use hearth_store::families::Family;
use serde::Deserialize;

use crate::AppState;
use crate::accounts::{html, html_with_status, require};
use crate::context::{Page, SignedIn, role_label};
use crate::error::{AppError, AppResult};

#[derive(askama::Template)]
#[template(path = "families.html")]
struct CaseloadTemplate {
    page: Page,
    query: String,
    families: Vec<(String, String)>,
    can_create: bool,
}

#[derive(Deserialize, Default)]
pub struct CaseloadQuery {
    #[serde(default)]
    q: String,
}

pub async fn caseload(
    State(state): State<AppState>,
    who: SignedIn,
    Query(query): Query<CaseloadQuery>,
) -> AppResult<Response> {
    let org = &who.actor.organisation_id;
    require(&who.actor, Action::ViewCaseload, Target::Organisation(org))?;
    let needle: String = query.q.chars().take(100).collect();
    let mut tx = state.store.begin().await?;
    let families = tx.caseload(&who.actor, Some(&needle)).await?;
    tx.commit().await?;
    html(&CaseloadTemplate {
        page: Page::signed_in(&who, "families-title", "/families"),
        query: needle,
        families: families.into_iter().map(|f| (f.id.to_string(), f.name)).collect(),
        can_create: decide(&who.actor, Action::CreateFamily, Target::Organisation(org)) == Decision::Allow,
    })
}

#[derive(askama::Template)]
#[template(path = "family_new.html")]
struct NewFamilyTemplate {
    page: Page,
    name: String,
    team: String,
    teams: Vec<(String, String)>,
    error: Option<String>,
}

async fn new_family_template(
    state: &AppState,
    who: &SignedIn,
    name: String,
    team: String,
    error: Option<String>,
) -> AppResult<NewFamilyTemplate> {
    let mut tx = state.store.begin().await?;
    let teams = tx.teams(&who.actor.organisation_id).await?;
    tx.commit().await?;
    Ok(NewFamilyTemplate {
        page: Page::signed_in(who, "family-new-title", "/families"),
        name,
        team,
        teams: teams.into_iter().map(|t| (t.id.to_string(), t.name)).collect(),
        error,
    })
}

pub async fn new_family_page(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    require(
        &who.actor,
        Action::CreateFamily,
        Target::Organisation(&who.actor.organisation_id),
    )?;
    let team = who.actor.team_id.as_ref().map(|t| t.to_string()).unwrap_or_default();
    html(&new_family_template(&state, &who, String::new(), team, None).await?)
}

#[derive(Deserialize)]
pub struct NewFamilyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: String,
}

pub async fn create_family(
    State(state): State<AppState>,
    who: SignedIn,
    Form(form): Form<NewFamilyForm>,
) -> AppResult<Response> {
    require(
        &who.actor,
        Action::CreateFamily,
        Target::Organisation(&who.actor.organisation_id),
    )?;
    let mut tx = state.store.begin().await?;
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let team: Option<TeamId> = teams.into_iter().find(|t| t.id.as_str() == form.team).map(|t| t.id);
    let name = match FamilyName::parse(&form.name) {
        Ok(n) => n,
        Err(_) => {
            drop(tx);
            let t =
                new_family_template(&state, &who, form.name, form.team, Some(who.tr.t("family-name-error"))).await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
        }
    };
    let id = tx.create_family(&who.actor, &name, team.as_ref()).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{id}")).into_response())
}

/// Loads a family the actor may act on, or says why not. Unknown ids and
/// other organisations' ids look the same: not found.
async fn load_family(state: &AppState, who: &SignedIn, id: &str) -> AppResult<(Family, Decision)> {
    let id = FamilyId::parse(id).map_err(|_| AppError::NotFound)?;
    let mut tx = state.store.begin().await?;
    let family = tx.family(&id).await?.ok_or(AppError::NotFound)?;
    let facts = tx.family_facts(&who.actor, &family).await?;
    tx.commit().await?;
    if family.organisation_id != who.actor.organisation_id {
        return Err(AppError::NotFound);
    }
    let decision = decide(&who.actor, Action::ViewFamily, Target::Family(&facts));
    if decision == Decision::Deny {
        // Same organisation, but a role that never reads family files.
        return Err(AppError::Forbidden);
    }
    Ok((family, decision))
}

struct WorkerRow {
    id: String,
    name: String,
    assignment: String,
}

#[derive(askama::Template)]
#[template(path = "family.html")]
struct FamilyTemplate {
    page: Page,
    id: String,
    name: String,
    team: String,
    opened: String,
    workers: Vec<WorkerRow>,
    can_assign: bool,
    staff: Vec<(String, String)>,
    break_glass: bool,
}

#[derive(askama::Template)]
#[template(path = "break_glass.html")]
struct BreakGlassTemplate {
    page: Page,
    id: String,
    reason: String,
    error: Option<String>,
}

pub async fn family_page(State(state): State<AppState>, who: SignedIn, Path(id): Path<String>) -> AppResult<Response> {
    let (family, decision) = load_family(&state, &who, &id).await?;
    if decision == Decision::NeedsBreakGlass {
        return html_with_status(
            StatusCode::FORBIDDEN,
            &BreakGlassTemplate {
                page: Page::signed_in(&who, "break-glass-title", "/families"),
                id: family.id.to_string(),
                reason: String::new(),
                error: None,
            },
        );
    }
    let mut tx = state.store.begin().await?;
    let facts = tx.family_facts(&who.actor, &family).await?;
    let workers = tx.assigned_workers(&family.id).await?;
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let can_assign = decide(&who.actor, Action::AssignFamily, Target::Family(&facts)) == Decision::Allow;
    let staff = if can_assign {
        tx.assignable_staff(&who.actor.organisation_id).await?
    } else {
        Vec::new()
    };
    tx.audit_family_read(&who.actor, &family.id).await?;
    tx.commit().await?;
    let tr = who.tr;
    html(&FamilyTemplate {
        page: Page::signed_in(&who, "family-title", "/families"),
        id: family.id.to_string(),
        team: family
            .team_id
            .as_ref()
            .and_then(|t| teams.iter().find(|x| &x.id == t))
            .map(|t| t.name.clone())
            .unwrap_or_else(|| tr.t("team-none")),
        name: family.name,
        opened: family.created_at.to_utc_minutes(),
        workers: workers
            .into_iter()
            .map(|w| WorkerRow {
                id: w.user_id.to_string(),
                name: w.display_name,
                assignment: tr.t(&format!("assignment-{}", w.assignment.as_str())),
            })
            .collect(),
        can_assign,
        staff: staff.into_iter().map(|(id, name)| (id.to_string(), name)).collect(),
        break_glass: !facts.actor_assigned && facts.actor_break_glass_open,
    })
}

#[derive(Deserialize)]
pub struct BreakGlassForm {
    #[serde(default)]
    reason: String,
}

pub async fn break_glass(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<BreakGlassForm>,
) -> AppResult<Response> {
    let (family, decision) = load_family(&state, &who, &id).await?;
    if decision == Decision::Allow {
        return Ok(Redirect::to(&format!("/families/{}", family.id)).into_response());
    }
    let reason = match BreakGlassReason::parse(&form.reason) {
        Ok(r) => r,
        Err(e) => {
            let id = match e {
                InvalidBreakGlassReason::TooShort => "break-glass-too-short",
                InvalidBreakGlassReason::TooLong => "break-glass-too-long",
            };
            return html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &BreakGlassTemplate {
                    page: Page::signed_in(&who, "break-glass-title", "/families"),
                    id: family.id.to_string(),
                    reason: form.reason,
                    error: Some(who.tr.t(id)),
                },
            );
        }
    };
    let mut tx = state.store.begin().await?;
    tx.open_break_glass(&who.actor, &family, &reason).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

async fn require_assign(state: &AppState, who: &SignedIn, family: &Family, action: Action) -> AppResult<()> {
    let mut tx = state.store.begin().await?;
    let facts = tx.family_facts(&who.actor, family).await?;
    tx.commit().await?;
    require(&who.actor, action, Target::Family(&facts))
}

#[derive(Deserialize)]
pub struct AssignForm {
    worker: String,
    assignment: String,
}

pub async fn assign(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<AssignForm>,
) -> AppResult<Response> {
    let (family, _) = load_family(&state, &who, &id).await?;
    require_assign(&state, &who, &family, Action::AssignFamily).await?;
    let worker = UserId::parse(&form.worker).map_err(|_| AppError::BadRequest)?;
    let assignment = Assignment::parse(&form.assignment).ok_or(AppError::BadRequest)?;
    let mut tx = state.store.begin().await?;
    let staff = tx.assignable_staff(&who.actor.organisation_id).await?;
    if !staff.iter().any(|(id, _)| *id == worker) {
        return Err(AppError::BadRequest);
    }
    tx.assign(&who.actor, &family.id, &worker, assignment).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

pub async fn unassign(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, worker)): Path<(String, String)>,
) -> AppResult<Response> {
    let (family, _) = load_family(&state, &who, &id).await?;
    require_assign(&state, &who, &family, Action::AssignFamily).await?;
    let worker = UserId::parse(&worker).map_err(|_| AppError::NotFound)?;
    let mut tx = state.store.begin().await?;
    if !tx.unassign(&who.actor, &family.id, &worker).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

struct AccessRow {
    when: String,
    who: String,
    what: String,
    why: String,
}

#[derive(askama::Template)]
#[template(path = "access_log.html")]
struct AccessLogTemplate {
    page: Page,
    id: String,
    name: String,
    events: Vec<AccessRow>,
}

pub async fn access_log(State(state): State<AppState>, who: SignedIn, Path(id): Path<String>) -> AppResult<Response> {
    let id = FamilyId::parse(&id).map_err(|_| AppError::NotFound)?;
    let mut tx = state.store.begin().await?;
    let family = tx.family(&id).await?.ok_or(AppError::NotFound)?;
    let facts = tx.family_facts(&who.actor, &family).await?;
    if family.organisation_id != who.actor.organisation_id {
        return Err(AppError::NotFound);
    }
    require(&who.actor, Action::ViewFamilyAccessLog, Target::Family(&facts))?;
    let events = tx
        .record_access_log(family.organisation_id.as_str(), "family", family.id.as_str())
        .await?;
    tx.audit(AuditEntry {
        organisation_id: Some(who.actor.organisation_id.as_str()),
        actor_id: Some(who.actor.user_id.as_str()),
        action: AuditAction::AccessLogViewed,
        record_kind: "family",
        record_id: Some(family.id.as_str()),
        reason: None,
    })
    .await?;
    tx.commit().await?;
    let tr = who.tr;
    html(&AccessLogTemplate {
        page: Page::signed_in(&who, "access-log-heading", "/families"),
        id: family.id.to_string(),
        name: family.name,
        events: events
            .into_iter()
            .map(|e| AccessRow {
                when: e.at.to_utc_minutes(),
                who: match (e.actor_name, e.actor_role.as_deref().and_then(Role::parse)) {
                    (Some(name), Some(role)) => format!("{name} ({})", role_label(&tr, role)),
                    (Some(name), None) => name,
                    _ => "—".into(),
                },
                what: tr.t(&format!("audit-{}", e.action.replace(['.', '_'], "-"))),
                // Only break-glass carries a reason written for readers.
                why: if e.action == AuditAction::BreakGlassOpened.as_str() {
                    e.reason.unwrap_or_default()
                } else {
                    String::new()
                },
            })
            .collect(),
    })
}
