//! The organisation admin's pages: accounts and invitations.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::ids::{InvitationId, TeamId, UserId};
use hearth_core::secrets::{new_token, token_digest};
use hearth_store::Tx;
use hearth_store::accounts::{Invitation, NewInvitation};
use serde::Deserialize;

use super::{html, html_with_status};
use crate::AppState;
use crate::context::{Page, Reading, SignedIn, Writer, Writing, role_label};
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Form};
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

pub async fn users_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
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

async fn target_user(tx: &mut Tx, who: &SignedIn, id: &str) -> AppResult<hearth_store::accounts::User> {
    let id = UserId::parse(id).map_err(|_| AppError::NotFound)?;
    let user = tx.user(&id).await?.ok_or(AppError::NotFound)?;
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    who.require(Action::ManageAccounts, Target::Account(&user.account_facts()))?;
    Ok(user)
}

pub async fn disable_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let user = target_user(&mut tx, &who, &id).await?;
    tx.commit().await?;
    if user.id == who.user.id || user.disabled {
        return Ok(Redirect::to("/admin/users").into_response());
    }
    let page = Page::signed_in(&who, "users-title", "/admin/users");
    html(&DisableTemplate { page, id: user.id.to_string(), name: user.display_name })
}

pub async fn disable(State(state): State<AppState>, writer: Writer, Path(id): Path<String>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let user = target_user(&mut tx, &who, &id).await?;
    if user.id == who.user.id {
        // An admin cannot lock themselves out; another admin must do it.
        return Err(AppError::BadRequest);
    }
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

/// The list of invitations, read in `tx`; a notice and a link to pass on
/// by hand are added by the caller.
async fn invitations_template(tx: &mut Tx, who: &SignedIn) -> AppResult<InvitationsTemplate> {
    let invitations = tx.invitations_of(&who.actor).await?;
    let now = tx.now();
    let tr = who.tr;
    let status = |i: &Invitation| -> (String, bool) {
        if i.accepted_at.is_some() {
            (tr.t("invitation-status-accepted"), false)
        } else if i.revoked_at.is_some() {
            (tr.t("invitation-status-revoked"), false)
        } else if i.expires_at <= now {
            (tr.t("invitation-status-expired"), false)
        } else {
            (tr.t1("invitation-status-open", "name", &who.dates().when(i.expires_at)), true)
        }
    };
    Ok(InvitationsTemplate {
        page: Page::signed_in(who, "invitations-title", "/admin/invitations"),
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
        manual_link: None,
    })
}

pub async fn invitations_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let t = invitations_template(&mut tx, &who).await?;
    tx.commit().await?;
    html(&t)
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
    errors: FieldErrors,
    roles: Vec<(&'static str, String)>,
    teams: Vec<(String, String)>,
}

async fn invite_template(
    tx: &mut Tx,
    who: &SignedIn,
    form: InviteForm,
    errors: FieldErrors,
) -> AppResult<InviteTemplate> {
    let teams = tx.teams(&who.actor.organisation_id).await?;
    Ok(InviteTemplate {
        page: Page::signed_in(who, "invite-title", "/admin/invitations"),
        form,
        errors,
        roles: Role::ALL.iter().map(|r| (r.as_str(), role_label(&who.tr, *r))).collect(),
        teams: teams.into_iter().map(|t| (t.id.to_string(), t.name)).collect(),
    })
}

pub async fn invite_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let form = InviteForm {
        role: Role::Practitioner.as_str().into(),
        language: who.tr.lang.code().into(),
        ..Default::default()
    };
    let t = invite_template(&mut tx, &who, form, Vec::new()).await?;
    tx.commit().await?;
    html(&t)
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

pub async fn invite(
    State(state): State<AppState>,
    writer: Writer,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let tr = who.tr;
    let mut errors: FieldErrors = Vec::new();
    let name = DisplayName::parse(&form.name).map_err(|_| errors.push(("name", tr.t("invite-error-name")))).ok();
    let email = EmailAddress::parse(&form.email).map_err(|_| errors.push(("email", tr.t("invite-error-email")))).ok();
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.push(("role", tr.t("invite-error-role")));
    }
    let lang = Lang::parse(&form.language).unwrap_or(tr.lang);

    let teams = tx.teams(&who.actor.organisation_id).await?;
    let team = match form.team.trim() {
        "" => None,
        t => match teams.iter().find(|x| x.id.as_str() == t) {
            Some(found) => Some(found.id.clone()),
            None => {
                errors.push(("team", tr.t("invite-error-team")));
                None
            }
        },
    };
    if let Some(email) = &email
        && tx.email_in_use(email).await?
    {
        errors.push(("email", tr.t("invite-error-taken")));
    }
    let (Some(name), Some(email), Some(role), true) = (name, email, role, errors.is_empty()) else {
        // Nothing was written: the form comes back.
        let t = invite_template(&mut tx, &who, form, errors).await?;
        tx.commit().await?;
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
    let expires = who.dates().when(expires_at);
    // The list is read, and the transaction ended, before the mail goes out:
    // the write lock is not held while a mail server answers.
    let mut t = invitations_template(&mut tx, &who).await?;
    tx.commit().await?;

    let link = format!("{}/invitations/{token}", state.settings.public_url);
    let (subject, body) = invitation_email(Tr::new(lang), &organisation, &link, &expires);
    let (notice, manual_link) =
        crate::mail::send_link(state.mailer.as_ref(), &tr, email.as_str(), &subject, body, link).await;
    t.page.notice = Some(notice);
    t.manual_link = manual_link;
    html(&t)
}

pub async fn revoke_invitation(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::ManageAccounts, Target::Organisation(&who.actor.organisation_id))?;
    let id = InvitationId::parse(&id).map_err(|_| AppError::NotFound)?;
    if !tx.revoke_invitation(&who.actor, &id).await? {
        return Err(AppError::NotFound);
    }
    let mut t = invitations_template(&mut tx, &who).await?;
    tx.commit().await?;
    t.page.notice = Some(who.tr.t("invitation-revoked"));
    html(&t)
}
