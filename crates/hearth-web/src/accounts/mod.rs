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
