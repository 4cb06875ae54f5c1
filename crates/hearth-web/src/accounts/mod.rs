//! Accounts on the web: signing in, second factors, invitations, one's own
//! account and sessions, and the admin's pages for users and invitations.

pub mod admin;
pub mod invitations;
pub mod login;
pub mod settings;

use axum::response::{Html, IntoResponse, Response};
use hearth_core::accounts::NewPassword;

use crate::error::{AppError, AppResult};

/// Renders a template as an HTML response.
pub(crate) fn html<T: askama::Template>(template: &T) -> AppResult<Response> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a form again with the status that says why.
pub(crate) fn html_with_status<T: askama::Template>(
    status: axum::http::StatusCode,
    template: &T,
) -> AppResult<Response> {
    Ok((status, Html(template.render()?)).into_response())
}

/// Argon2 takes tens of milliseconds of CPU; keep it off the async workers.
pub(crate) async fn hash_password(password: NewPassword) -> AppResult<String> {
    tokio::task::spawn_blocking(move || password.hash())
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

pub(crate) async fn verify_password(typed: String, stored: Option<String>) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || match stored {
        Some(stored) => hearth_core::accounts::verify_password(&typed, &stored),
        None => {
            hearth_core::accounts::verify_password_against_nothing(&typed);
            false
        }
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))
}

/// Why a password was refused, in the person's language, with what makes
/// it guessable when that is known.
pub(crate) fn password_error(tr: &crate::i18n::Tr, e: hearth_core::accounts::PasswordRejected) -> String {
    use hearth_core::accounts::PasswordRejected::*;
    match e {
        TooShort => tr.t("password-too-short"),
        TooLong => tr.t("password-too-long"),
        ContainsEmail => tr.t("password-contains-email"),
        Weak(None) => tr.t("password-weak"),
        Weak(Some(hint)) => format!("{} {}", tr.t("password-weak"), tr.t(&format!("password-hint-{}", hint.as_str()))),
    }
}

/// The digest sign-in failures are counted under for an account. Failed
/// attempts are counted per typed address, whether or not an account exists,
/// so the answer never tells which addresses are registered; the address is
/// keyed before it is stored, so the table cannot be read back.
pub(crate) fn account_digest(state: &crate::AppState, email: &str) -> String {
    hearth_core::secrets::token_digest(&format!(
        "login:{}:{}",
        hex::encode(&state.settings.digest_key),
        email.trim().to_lowercase()
    ))
}

/// Why a re-authentication was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReauthRefused {
    Throttled,
    WrongPassword,
    WrongCode,
}

impl ReauthRefused {
    /// The message that says so.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::Throttled => "login-throttled",
            Self::WrongPassword => "reauth-wrong-password",
            Self::WrongCode => "reauth-wrong-code",
        }
    }

    /// The field a refused form marks: the code when that was wrong.
    pub(crate) fn field(self) -> &'static str {
        match self {
            Self::WrongCode => "code",
            Self::Throttled | Self::WrongPassword => "password",
        }
    }
}

/// Asks a signed-in person again for their password, and for a code from
/// their authenticator where one is enrolled (`code`), before a step that
/// raises what the session can do. Failures count with sign-in failures (so
/// guessing here is throttled as there) and are audited, in the request's
/// transaction `tx`: the caller commits it whatever the answer.
pub(crate) async fn reauthenticate(
    tx: &mut hearth_store::Tx,
    state: &crate::AppState,
    visitor: &crate::context::Visitor,
    user: &hearth_store::accounts::User,
    password: &str,
    code: Option<&str>,
) -> AppResult<Result<(), ReauthRefused>> {
    let account = account_digest(state, &user.email);
    let address = crate::context::address_digest(state, &visitor.headers, visitor.peer);
    let device = crate::context::trusted_device(state, &visitor.headers, &account);
    let device = device.as_deref();
    let throttle = state.settings.login_throttle;
    let since = tx.now().minus_seconds(throttle.window_seconds);
    let (by_account, by_address) = tx.recent_login_failures(&account, &address, device, since).await?;
    if !throttle.allows(by_account, by_address) {
        tx.record_reauthentication_refused(user, true).await?;
        return Ok(Err(ReauthRefused::Throttled));
    }
    let password_ok = verify_password(password.to_owned(), user.password_hash.clone()).await?;
    let code_ok = match (code, user.totp_secret.as_deref().and_then(hearth_core::accounts::TotpSecret::from_base32)) {
        (Some(code), Some(secret)) => match secret.verify(code.trim(), tx.now(), user.totp_last_step) {
            Some(step) => tx.claim_totp_step(&user.id, step).await?,
            None => false,
        },
        _ => true,
    };
    if password_ok && code_ok {
        return Ok(Ok(()));
    }
    tx.record_login_failure(&account, &address, device).await?;
    tx.record_reauthentication_refused(user, false).await?;
    Ok(Err(if password_ok { ReauthRefused::WrongCode } else { ReauthRefused::WrongPassword }))
}
