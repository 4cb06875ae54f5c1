//! Accepting an invitation: the invitee chooses a password; staff go on to
//! enrol a second factor before anything else.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::SET_COOKIE;
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use hearth_core::accounts::{DisplayName, EmailAddress, NewPassword};
use hearth_core::secrets::token_digest;
use hearth_store::accounts::{Invitation, NewUser};
use hearth_store::sessions::SessionStage;
use serde::Deserialize;

use super::{hash_password, html, html_with_status, password_error};
use crate::AppState;
use crate::context::{Page, Visitor, device_summary, lang_cookie, role_label, session_cookie};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::i18n::{Lang, Tr};

#[derive(askama::Template)]
#[template(path = "invitation.html")]
struct InvitationTemplate {
    page: Page,
    token: String,
    display_name: String,
    email: String,
    organisation: String,
    role: String,
    error: crate::forms::FieldError,
}

#[derive(askama::Template)]
#[template(path = "message.html")]
pub(crate) struct MessageTemplate {
    pub page: Page,
    pub body: String,
    pub link_href: &'static str,
    pub link_label: String,
}

fn valid_token_shape(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

#[allow(clippy::disallowed_methods)] // nobody is signed in yet
async fn load(state: &AppState, token: &str) -> AppResult<Option<(Invitation, String)>> {
    if !valid_token_shape(token) {
        return Ok(None);
    }
    let mut tx = state.store.begin().await?;
    let found = match tx.open_invitation(&token_digest(token)).await? {
        Some(inv) => {
            let org = tx.organisation_name(&inv.organisation_id).await?.unwrap_or_default();
            Some((inv, org))
        }
        None => None,
    };
    tx.commit().await?;
    Ok(found)
}

fn invitation_lang(invitation: &Invitation, visitor: &Visitor) -> Tr {
    // The visitor's own cookie choice wins over the admin's guess.
    if crate::context::cookie(&visitor.headers, crate::context::LANG_COOKIE).is_some() {
        return visitor.tr;
    }
    invitation.language.as_deref().and_then(Lang::parse).map(Tr::new).unwrap_or(visitor.tr)
}

fn expired(tr: Tr) -> AppResult<Response> {
    html_with_status(
        StatusCode::NOT_FOUND,
        &MessageTemplate {
            page: Page::public(tr, "invitation-expired-title"),
            body: tr.t("invitation-expired-body"),
            link_href: "/login",
            link_label: tr.t("login-title"),
        },
    )
}

pub async fn invitation_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
) -> AppResult<Response> {
    let Some((inv, organisation)) = load(&state, &token).await? else {
        return expired(visitor.tr);
    };
    let tr = invitation_lang(&inv, &visitor);
    html(&InvitationTemplate {
        page: Page::public(tr, "invitation-title"),
        token,
        display_name: inv.display_name.clone(),
        email: inv.email.clone(),
        organisation,
        role: role_label(&tr, inv.role),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct AcceptForm {
    password: String,
    confirm: String,
}

/// Two transactions: the invitation is read, the new password hashed outside
/// any transaction, and the account made after checking the invitation again.
#[allow(clippy::disallowed_methods)]
pub async fn accept_invitation(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> AppResult<Response> {
    let Some((inv, organisation)) = load(&state, &token).await? else {
        return expired(visitor.tr);
    };
    let tr = invitation_lang(&inv, &visitor);
    let email = EmailAddress::parse(&inv.email).map_err(|_| AppError::Internal("stored invitation e-mail".into()))?;
    let refuse = |field: &'static str, error: String| {
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &InvitationTemplate {
                page: Page::public(tr, "invitation-title"),
                token: token.clone(),
                display_name: inv.display_name.clone(),
                email: inv.email.clone(),
                organisation: organisation.clone(),
                role: role_label(&tr, inv.role),
                error: Some((field, error)),
            },
        )
    };
    let password = match NewPassword::parse(&form.password, Some(&email)) {
        Ok(p) => p,
        Err(e) => return refuse("password", password_error(&tr, e)),
    };
    if form.password != form.confirm {
        return refuse("confirm", tr.t("password-mismatch"));
    }
    let hash = hash_password(password).await?;
    let name =
        DisplayName::parse(&inv.display_name).map_err(|_| AppError::Internal("stored invitation name".into()))?;

    let mut tx = state.store.begin().await?;
    // Re-check inside the transaction: the link may have been used meanwhile.
    if tx.open_invitation(&token_digest(&token)).await?.is_none() {
        return expired(tr);
    }
    if tx.email_in_use(&email).await? {
        // Not something the form can fix: no field is marked.
        return refuse("", tr.t("invitation-email-taken"));
    }
    let user_id = tx
        .create_user(NewUser {
            organisation_id: &inv.organisation_id,
            email: &email,
            display_name: &name,
            role: inv.role,
            team_id: inv.team_id.as_ref(),
            password_hash: Some(&hash),
            totp_secret: None,
            language: Some(tr.lang.code()),
        })
        .await?;
    tx.mark_invitation_accepted(&inv, &user_id).await?;
    if let Some(member) = &inv.member_id {
        tx.link_member_account(&inv.organisation_id, member, &user_id).await?;
    }
    let stage = if inv.role.is_staff() { SessionStage::EnrolSecondFactor } else { SessionStage::Complete };
    let account = tx.user(&user_id).await?.ok_or_else(|| AppError::Internal("the new account".into()))?;
    let session = tx.start_session(&account, stage, &device_summary(&visitor.headers)).await?;
    tx.commit().await?;
    let secure = state.settings.secure_cookies;
    let next = if stage == SessionStage::Complete { "/" } else { "/account/second-factor" };
    Ok((
        AppendHeaders([(SET_COOKIE, session_cookie(&session, secure)), (SET_COOKIE, lang_cookie(tr.lang, secure))]),
        Redirect::to(next),
    )
        .into_response())
}
