//! The organisation admin's pages: accounts and invitations.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::ids::{InvitationId, TeamId, UserId};
use hearth_core::secrets::{new_token, token_digest};
use hearth_store::accounts::{Invitation, NewInvitation};
use serde::Deserialize;

use super::{html, html_with_status};
use crate::AppState;
use crate::context::{Page, SignedIn, role_label};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::i18n::{Lang, Tr};

struct UserRow {
    id: String,
    name: String,
    email: String,
    role: String,
    team: String,
    disabled: bool,
    is_self: bool,
}

#[derive(askama::Template)]
#[template(path = "admin_users.html")]
struct UsersTemplate {
    page: Page,
    users: Vec<UserRow>,
}

pub async fn users_page(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let mut tx = state.store.begin().await?;
    let users = tx.users_of(&who.actor).await?;
    let teams = tx.teams(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let team_name = |id: &Option<TeamId>| {
        id.as_ref()
            .and_then(|id| teams.iter().find(|t| &t.id == id))
            .map(|t| t.name.clone())
            .unwrap_or_else(|| "—".into())
    };
    html(&UsersTemplate {
        page: Page::signed_in(&who, "users-title", "/admin/users"),
        users: users
            .iter()
            .map(|u| UserRow {
                id: u.id.to_string(),
                name: u.display_name.clone(),
                email: u.email.clone(),
                role: role_label(&who.tr, u.role),
                team: team_name(&u.team_id),
                disabled: u.disabled,
                is_self: u.id == who.user.id,
            })
            .collect(),
    })
}

#[derive(askama::Template)]
#[template(path = "admin_user_disable.html")]
struct DisableTemplate {
    page: Page,
    id: String,
    name: String,
}

async fn target_user(state: &AppState, who: &SignedIn, id: &str) -> AppResult<hearth_store::accounts::User> {
    let id = UserId::parse(id).map_err(|_| AppError::NotFound)?;
    let mut tx = state.store.begin().await?;
    let user = tx.user(&id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    who.require(Action::ManageAccounts, Target::Account(&user.account_facts()))?;
    Ok(user)
}

pub async fn disable_page(State(state): State<AppState>, who: SignedIn, Path(id): Path<String>) -> AppResult<Response> {
    let user = target_user(&state, &who, &id).await?;
    if user.id == who.user.id || user.disabled {
        return Ok(Redirect::to("/admin/users").into_response());
    }
    let page = Page::signed_in(&who, "users-title", "/admin/users");
    html(&DisableTemplate { page, id: user.id.to_string(), name: user.display_name })
}

pub async fn disable(State(state): State<AppState>, who: SignedIn, Path(id): Path<String>) -> AppResult<Response> {
    let user = target_user(&state, &who, &id).await?;
    if user.id == who.user.id {
        // An admin cannot lock themselves out; another admin must do it.
        return Err(AppError::BadRequest);
    }
    let mut tx = state.store.begin().await?;
    tx.disable_user(Some(&who.actor), &user).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/users").into_response())
}

struct InvitationRow {
    id: String,
    name: String,
    email: String,
    role: String,
    status: String,
    open: bool,
}

#[derive(askama::Template)]
#[template(path = "admin_invitations.html")]
struct InvitationsTemplate {
    page: Page,
    invitations: Vec<InvitationRow>,
    manual_link: Option<String>,
}

async fn invitations_template(
    state: &AppState,
    who: &SignedIn,
    notice: Option<String>,
    manual_link: Option<String>,
) -> AppResult<InvitationsTemplate> {
    let mut tx = state.store.begin().await?;
    let invitations = tx.invitations_of(&who.actor).await?;
    let now = tx.now();
    tx.commit().await?;
    let tr = who.tr;
    let status = |i: &Invitation| -> (String, bool) {
        if i.accepted_at.is_some() {
            (tr.t("invitation-status-accepted"), false)
        } else if i.revoked_at.is_some() {
            (tr.t("invitation-status-revoked"), false)
        } else if i.expires_at <= now {
            (tr.t("invitation-status-expired"), false)
        } else {
            (tr.t1("invitation-status-open", "name", &who.zone.format(i.expires_at)), true)
        }
    };
    Ok(InvitationsTemplate {
        page: Page::signed_in(who, "invitations-title", "/admin/invitations").with_notice(notice),
        invitations: invitations
            .iter()
            .map(|i| {
                let (status, open) = status(i);
                InvitationRow {
                    id: i.id.to_string(),
                    name: i.display_name.clone(),
                    email: i.email.clone(),
                    role: role_label(&tr, i.role),
                    status,
                    open,
                }
            })
            .collect(),
        manual_link,
    })
}

pub async fn invitations_page(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    html(&invitations_template(&state, &who, None, None).await?)
}

#[derive(Deserialize, Default)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    language: String,
}

#[derive(askama::Template)]
#[template(path = "admin_invite.html")]
struct InviteTemplate {
    page: Page,
    form: InviteForm,
    errors: Vec<String>,
    roles: Vec<(&'static str, String)>,
    teams: Vec<(String, String)>,
}

async fn invite_template(
    state: &AppState,
    who: &SignedIn,
    form: InviteForm,
    errors: Vec<String>,
) -> AppResult<InviteTemplate> {
    let mut tx = state.store.begin().await?;
    let teams = tx.teams(&who.actor.organisation_id).await?;
    tx.commit().await?;
    Ok(InviteTemplate {
        page: Page::signed_in(who, "invite-title", "/admin/invitations"),
        form,
        errors,
        roles: Role::ALL.iter().map(|r| (r.as_str(), role_label(&who.tr, *r))).collect(),
        teams: teams.into_iter().map(|t| (t.id.to_string(), t.name)).collect(),
    })
}

pub async fn invite_page(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let form = InviteForm {
        role: Role::Practitioner.as_str().into(),
        language: who.tr.lang.code().into(),
        ..Default::default()
    };
    html(&invite_template(&state, &who, form, Vec::new()).await?)
}

/// The invitation e-mail, in the invitee's language.
pub fn invitation_email(tr: Tr, organisation: &str, link: &str, expires: &str) -> (String, String) {
    let subject = tr.t1("invite-email-subject", "name", organisation);
    let body = format!(
        "{}\n\n{}\n\n{}\n\n{}\n",
        tr.t1("invite-email-intro", "name", organisation),
        link,
        tr.t1("invite-email-expires", "name", expires),
        tr.t("invite-email-ignore"),
    );
    (subject, body)
}

pub async fn invite(State(state): State<AppState>, who: SignedIn, Form(form): Form<InviteForm>) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let tr = who.tr;
    let mut errors = Vec::new();
    let name = DisplayName::parse(&form.name).map_err(|_| errors.push(tr.t("invite-error-name"))).ok();
    let email = EmailAddress::parse(&form.email).map_err(|_| errors.push(tr.t("invite-error-email"))).ok();
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.push(tr.t("invite-error-role"));
    }
    let lang = Lang::parse(&form.language).unwrap_or(tr.lang);

    let mut tx = state.store.begin().await?;
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let team = match form.team.trim() {
        "" => None,
        t => match teams.iter().find(|x| x.id.as_str() == t) {
            Some(found) => Some(found.id.clone()),
            None => {
                errors.push(tr.t("invite-error-team"));
                None
            }
        },
    };
    if let Some(email) = &email
        && tx.email_in_use(email).await?
    {
        errors.push(tr.t("invite-error-taken"));
    }
    let (Some(name), Some(email), Some(role), true) = (name, email, role, errors.is_empty()) else {
        drop(tx);
        let t = invite_template(&state, &who, form, errors).await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
    };
    let token = new_token()?;
    tx.create_invitation(NewInvitation {
        organisation_id: &who.actor.organisation_id,
        email: &email,
        display_name: &name,
        role,
        team_id: team.as_ref(),
        language: Some(lang.code()),
        invited_by: Some(&who.actor.user_id),
        token_digest: &token_digest(&token),
        valid_for_seconds: state.settings.invitation_valid_seconds,
        member_id: None,
    })
    .await?;
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let expires_at = tx.now().plus_seconds(state.settings.invitation_valid_seconds);
    let expires = format!("{} ({})", who.zone.format(expires_at), who.zone.name());
    tx.commit().await?;

    let link = format!("{}/invitations/{token}", state.settings.public_url);
    let (subject, body) = invitation_email(Tr::new(lang), &organisation, &link, &expires);
    let (notice, manual_link) =
        crate::mail::send_link(state.mailer.as_ref(), &tr, email.as_str(), &subject, body, link).await;
    html(&invitations_template(&state, &who, Some(notice), manual_link).await?)
}

pub async fn revoke_invitation(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<String>,
) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let id = InvitationId::parse(&id).map_err(|_| AppError::NotFound)?;
    let mut tx = state.store.begin().await?;
    if !tx.revoke_invitation(&who.actor, &id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    html(&invitations_template(&state, &who, Some(who.tr.t("invitation-revoked")), None).await?)
}
