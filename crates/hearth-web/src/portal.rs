//! The family portal's safety: a quick exit that ends the session and leaves
//! for a neutral site, and a discreet mode an organisation can switch on.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::organisations::QuickExitUrl;
use hearth_store::organisations::PortalSettings;
use serde::Deserialize;

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{
    DEFAULT_QUICK_EXIT_URL, Page, Reading, SESSION_COOKIE, Writer, Writing, clear_session_cookie, cookie,
};
use crate::error::AppResult;
use crate::forms::Form;

/// Ends the session, if any, and sends the browser to the neutral site. A
/// plain link, so it works without JavaScript; with it, the page is replaced
/// rather than added to the history.
/// Leaves for the organisation's neutral site and ends the session. A link
/// works without JavaScript, so this is a GET; a link on another site must
/// not sign anyone out, so a navigation the browser marks as coming from
/// elsewhere only redirects. (Browsers without `Sec-Fetch-Site` sign out: for
/// a family member, a session left open is the greater harm.)
#[allow(clippy::disallowed_methods)] // any session or none: its one transaction
pub async fn quick_exit(State(state): State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    let mut target = DEFAULT_QUICK_EXIT_URL.to_owned();
    let from_elsewhere = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|site| site != "same-origin" && site != "none");
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        let mut tx = state.store.begin().await?;
        if let Some((session, user)) = tx.resume_session(&token, state.settings.session_lifetime).await? {
            // A stored address that is no longer acceptable is passed over, never served.
            if let Some(url) = tx.portal_settings(&user.organisation_id).await?.quick_exit_url
                && let Ok(url) = QuickExitUrl::parse(&url)
            {
                target = url.as_str().to_owned();
            }
            if !from_elsewhere {
                tx.sign_out(&session, &user, hearth_store::sessions::SignOut::QuickExit).await?;
            }
        }
        tx.commit().await?;
    }
    if from_elsewhere {
        return Ok(Redirect::to(&target).into_response());
    }
    Ok((AppendHeaders([(SET_COOKIE, clear_session_cookie(state.settings.secure_cookies))]), Redirect::to(&target))
        .into_response())
}

#[derive(askama::Template)]
#[template(path = "admin_portal.html")]
struct PortalSettingsTemplate {
    page: Page,
    discreet_name: String,
    quick_exit_url: String,
    errors: crate::forms::FieldErrors,
}

pub async fn settings_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::EditPortalSettings, Target::Organisation(&who.actor.organisation_id))?;
    let settings = tx.portal_settings(&who.actor.organisation_id).await?;
    tx.commit().await?;
    html(&PortalSettingsTemplate {
        page: Page::signed_in(&who, "portal-settings-title", "/admin/portal"),
        discreet_name: settings.discreet_name.unwrap_or_default(),
        quick_exit_url: settings.quick_exit_url.unwrap_or_default(),
        errors: Vec::new(),
    })
}

#[derive(Deserialize)]
pub struct PortalForm {
    #[serde(default)]
    discreet_name: String,
    #[serde(default)]
    quick_exit_url: String,
}

pub async fn save_settings(
    State(state): State<AppState>,
    writer: Writer,
    Form(form): Form<PortalForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::EditPortalSettings, Target::Organisation(&who.actor.organisation_id))?;
    let tr = who.tr;
    let name = form.discreet_name.trim();
    let url = form.quick_exit_url.trim();
    let mut errors: crate::forms::FieldErrors = Vec::new();
    if name.chars().count() > 40 || name.chars().any(char::is_control) {
        errors.push(("discreet_name", tr.t("portal-error-name")));
    }
    // Only an ordinary web address: never a script or a page of this site.
    if !url.is_empty() && QuickExitUrl::parse(url).is_err() {
        errors.push(("quick_exit_url", tr.t("portal-error-url")));
    }
    if !errors.is_empty() {
        // Nothing was written; the session's mark of being seen still is.
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &PortalSettingsTemplate {
                page: Page::signed_in(&who, "portal-settings-title", "/admin/portal"),
                discreet_name: form.discreet_name,
                quick_exit_url: form.quick_exit_url,
                errors,
            },
        );
    }
    let settings = PortalSettings {
        discreet_name: (!name.is_empty()).then(|| name.to_owned()),
        quick_exit_url: (!url.is_empty()).then(|| url.to_owned()),
    };
    tx.set_portal_settings(&who.actor, &settings).await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/portal").into_response())
}
