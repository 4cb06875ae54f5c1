//! Signing in and out: password, then the second factor.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use hearth_core::accounts::{EmailAddress, Role, TotpSecret, recovery_code_digest};
use hearth_store::sessions::{SessionStage, SignInRefusal, SignOut};
use serde::Deserialize;

use super::{account_digest, html, html_with_status, verify_password};
use crate::AppState;
use crate::context::{
    Page, PendingSignIn, SESSION_COOKIE, Visitor, Writer, address_digest, clear_session_cookie, cookie, device_cookie,
    device_summary, lang_cookie, portal_name_cookie, session_cookie, trusted_device,
};
use crate::error::AppResult;
use crate::forms::Form;
use crate::i18n::{Lang, Tr};

#[derive(askama::Template)]
#[template(path = "login.html")]
struct LoginTemplate {
    page: Page,
    email: String,
    error: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "second_factor.html")]
struct SecondFactorTemplate {
    page: Page,
    error: Option<String>,
}

pub async fn login_page(visitor: Visitor) -> AppResult<Response> {
    let page = Page::public(visitor.tr, "login-title").discreet(&visitor.headers);
    html(&LoginTemplate { page, email: String::new(), error: None })
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
}

/// Two transactions: the attempt is counted before the password is checked
/// and the outcome recorded after, so the write lock is never held while the
/// password hash is computed.
#[allow(clippy::disallowed_methods)]
pub async fn login(
    State(state): State<AppState>,
    visitor: Visitor,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let tr = visitor.tr;
    let account = account_digest(&state, &form.email);
    let address = address_digest(&state, &visitor.headers, visitor.peer);
    let device = trusted_device(&state, &visitor.headers, &account);
    let device = device.as_deref();
    let throttle = state.settings.login_throttle;
    let retry = |error_id: &str, status: StatusCode| {
        html_with_status(
            status,
            &LoginTemplate {
                page: Page::public(tr, "login-title").discreet(&visitor.headers),
                email: form.email.trim().to_owned(),
                error: Some(tr.t(error_id)),
            },
        )
    };

    let mut tx = state.store.begin().await?;
    let since = tx.now().minus_seconds(throttle.window_seconds);
    let (account_failures, address_failures) = tx.recent_login_failures(&account, &address, device, since).await?;
    if !throttle.allows(account_failures, address_failures) {
        tx.record_sign_in_refused(None, SignInRefusal::Throttled).await?;
        tx.commit().await?;
        return retry("login-throttled", StatusCode::TOO_MANY_REQUESTS);
    }
    let user = match EmailAddress::parse(&form.email) {
        Ok(email) => tx.user_by_email(&email).await?,
        Err(_) => None,
    };
    // The attempt counts before the password is checked, so parallel guesses
    // cannot all slip under the limit; a success clears it again.
    tx.record_login_failure(&account, &address, device).await?;
    tx.commit().await?;

    let password_ok =
        verify_password(form.password.clone(), user.as_ref().and_then(|u| u.password_hash.clone())).await?;
    let mut tx = state.store.begin().await?;
    let user = match user {
        Some(user) if password_ok && !user.disabled => user,
        other => {
            tx.record_sign_in_refused(other.as_ref(), SignInRefusal::WrongPassword).await?;
            tx.commit().await?;
            return retry("login-failed", StatusCode::UNPROCESSABLE_ENTITY);
        }
    };

    let stage = if user.totp_secret.is_some() {
        SessionStage::SecondFactor
    } else if user.role.is_staff() {
        SessionStage::EnrolSecondFactor
    } else {
        SessionStage::Complete
    };
    let token = tx.start_session(&user, stage, &device_summary(&visitor.headers)).await?;
    let portal = tx.portal_settings(&user.organisation_id).await?;
    if stage == SessionStage::Complete {
        tx.clear_login_failures(&account).await?;
    } else {
        // The password was right; the attempt that stays counted is the code's.
        tx.clear_login_failures(&account).await?;
        tx.record_login_failure(&account, &address, device).await?;
    }
    tx.commit().await?;

    let next = match stage {
        SessionStage::SecondFactor => "/login/second-factor",
        SessionStage::EnrolSecondFactor => "/account/second-factor",
        SessionStage::Complete => "/",
    };
    let lang = user.language.as_deref().and_then(Lang::parse).unwrap_or(tr.lang);
    let secure = state.settings.secure_cookies;
    let mut response = (
        AppendHeaders([(SET_COOKIE, session_cookie(&token, secure)), (SET_COOKIE, lang_cookie(lang, secure))]),
        Redirect::to(next),
    )
        .into_response();
    if stage == SessionStage::Complete {
        response.headers_mut().append(SET_COOKIE, device_cookie(&state, &account)?);
    }
    if matches!(user.role, Role::FamilyMember | Role::PeerAmbassador)
        && let Some(name) = portal.discreet_name
    {
        response.headers_mut().append(SET_COOKIE, portal_name_cookie(&name, secure));
    }
    Ok(response)
}

pub async fn second_factor_page(pending: PendingSignIn) -> AppResult<Response> {
    if pending.session.stage != SessionStage::SecondFactor {
        return Ok(Redirect::to("/account/second-factor").into_response());
    }
    html(&SecondFactorTemplate { page: Page::public(pending.tr, "second-factor-title"), error: None })
}

#[derive(Deserialize)]
pub struct CodeForm {
    code: String,
}

pub async fn second_factor(
    State(state): State<AppState>,
    visitor: Visitor,
    writer: Writer,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let (pending, mut tx) = writer.begin_pending(&state).await?;
    if pending.session.stage != SessionStage::SecondFactor {
        tx.commit().await?;
        return Ok(Redirect::to("/account/second-factor").into_response());
    }
    let tr: Tr = pending.tr;
    let user = &pending.user;
    let account = account_digest(&state, &user.email);
    let address = address_digest(&state, &visitor.headers, visitor.peer);
    let device = trusted_device(&state, &visitor.headers, &account);
    let device = device.as_deref();
    let throttle = state.settings.login_throttle;
    let retry = |error_id: &str, status: StatusCode| {
        html_with_status(
            status,
            &SecondFactorTemplate { page: Page::public(tr, "second-factor-title"), error: Some(tr.t(error_id)) },
        )
    };

    let since = tx.now().minus_seconds(throttle.window_seconds);
    let (a, b) = tx.recent_login_failures(&account, &address, device, since).await?;
    if !throttle.allows(a, b) {
        tx.commit().await?;
        return retry("login-throttled", StatusCode::TOO_MANY_REQUESTS);
    }
    let code = form.code.trim();
    let secret = user.totp_secret.as_deref().and_then(TotpSecret::from_base32);
    let mut used_recovery = false;
    let accepted = match (&secret, code.len()) {
        // The step is claimed with a conditional update, so the same code
        // sent twice at once is accepted only once.
        (Some(secret), 6 | 7) => match secret.verify(code, tx.now(), user.totp_last_step) {
            Some(step) => tx.claim_totp_step(&user.id, step).await?,
            None => false,
        },
        _ => {
            used_recovery =
                tx.spend_recovery_code(&user.id, &recovery_code_digest(&state.settings.digest_key, code)).await?;
            used_recovery
        }
    };
    if !accepted {
        tx.record_login_failure(&account, &address, device).await?;
        tx.record_sign_in_refused(Some(user), SignInRefusal::WrongCode).await?;
        tx.commit().await?;
        return retry("second-factor-wrong", StatusCode::UNPROCESSABLE_ENTITY);
    }
    let token = tx.complete_sign_in(user, &pending.session.id, used_recovery).await?;
    tx.clear_login_failures(&account).await?;
    tx.commit().await?;
    let secure = state.settings.secure_cookies;
    let cookies = [(SET_COOKIE, session_cookie(&token, secure)), (SET_COOKIE, device_cookie(&state, &account)?)];
    Ok((AppendHeaders(cookies), Redirect::to("/")).into_response())
}

/// Ends the current session, whatever stage it reached.
#[allow(clippy::disallowed_methods)] // no session may be left to act for
pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        let mut tx = state.store.begin().await?;
        if let Some((session, user)) = tx.resume_session(&token, state.settings.session_lifetime).await? {
            tx.sign_out(&session, &user, SignOut::Logout).await?;
        }
        tx.commit().await?;
    }
    Ok((AppendHeaders([(SET_COOKIE, clear_session_cookie(state.settings.secure_cookies))]), Redirect::to("/login"))
        .into_response())
}
