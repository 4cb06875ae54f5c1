//! One's own account: second factor, password, language and sessions.

use axum::extract::{FromRequestParts, Path, State};
use axum::http::header::{REFERER, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::accounts::{EmailAddress, NewPassword, TotpSecret, generate_recovery_codes, recovery_code_digest};
use hearth_store::accounts::User;
use hearth_store::sessions::{Session, SessionStage};
use qrcode::QrCode;
use qrcode::render::svg;
use serde::Deserialize;

use super::{ReauthRefused, hash_password, html, html_with_status, password_error, reauthenticate};
use crate::AppState;
use crate::context::{
    Page, SignedIn, Visitor, device_summary, lang_cookie, resume, role_label, session_cookie, user_lang,
};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::Query;
use crate::i18n::{Lang, Tr};

#[derive(askama::Template)]
#[template(path = "account.html")]
struct AccountTemplate {
    page: Page,
    display_name: String,
    email: String,
    role: String,
    has_second_factor: bool,
    recovery_left: i64,
    password_error: Option<String>,
}

async fn account_template(
    state: &AppState,
    who: &SignedIn,
    notice: Option<String>,
    password_error: Option<String>,
) -> AppResult<AccountTemplate> {
    let mut tx = state.store.begin().await?;
    let recovery_left = tx.unused_recovery_codes(&who.user.id).await?;
    tx.commit().await?;
    Ok(AccountTemplate {
        page: Page::signed_in(who, "account-title", "/account").with_notice(notice),
        display_name: who.user.display_name.clone(),
        email: who.user.email.clone(),
        role: role_label(&who.tr, who.user.role),
        has_second_factor: who.user.totp_secret.is_some(),
        recovery_left,
        password_error,
    })
}

pub async fn account_page(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    html(&account_template(&state, &who, None, None).await?)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current: String,
    password: String,
    confirm: String,
}

/// Changing the password ends every session, this one included; the browser
/// that made the change gets a fresh one.
pub async fn change_password(
    State(state): State<AppState>,
    visitor: Visitor,
    who: SignedIn,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let tr = who.tr;
    let refuse = async |message: String| {
        let t = account_template(&state, &who, None, Some(message)).await?;
        html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t)
    };
    // Throttled and audited like a sign-in: a session left open is not a
    // free place to guess the password.
    if let Err(refused) = reauthenticate(&state, &visitor, &who.user, &form.current, None).await? {
        let id = if refused == ReauthRefused::WrongPassword { "password-current-wrong" } else { refused.message_id() };
        return refuse(tr.t(id)).await;
    }
    let email = EmailAddress::parse(&who.user.email).ok();
    let password = match NewPassword::parse(&form.password, email.as_ref()) {
        Ok(p) => p,
        Err(e) => return refuse(password_error(&tr, e)).await,
    };
    if form.password != form.confirm {
        return refuse(tr.t("password-mismatch")).await;
    }
    let hash = hash_password(password).await?;
    let mut tx = state.store.begin().await?;
    tx.change_password(&who.user, &hash).await?;
    let token = tx.start_session(&who.user, SessionStage::Complete, &device_summary(&visitor.headers)).await?;
    tx.commit().await?;
    let t = account_template(&state, &who, Some(tr.t("password-changed")), None).await?;
    Ok((AppendHeaders([(SET_COOKIE, session_cookie(&token, state.settings.secure_cookies))]), html(&t)?)
        .into_response())
}

#[derive(Deserialize)]
pub struct LanguageForm {
    lang: String,
}

/// Remembers the choice in a cookie, and on the account when signed in.
pub async fn change_language(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    // A language Hearth does not speak changes nothing: the page comes back as it was.
    let lang = Lang::parse(&form.lang);
    if let Some(lang) = lang
        && let Some((session, user)) = resume(&headers, &state).await?
        && session.stage == SessionStage::Complete
    {
        let mut tx = state.store.begin().await?;
        tx.set_language(&user, lang.code()).await?;
        tx.commit().await?;
    }
    // Only a path on this site is followed, never another host: a
    // backslash or a control character could make a browser read `/\x` as
    // `//x`, another host.
    let back = headers
        .get(REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| {
            r.split_once("://").map(|(_, rest)| rest).and_then(|rest| rest.find('/').map(|i| rest[i..].to_owned()))
        })
        .filter(|p| {
            p.starts_with('/') && !p.starts_with("//") && !p.contains(['\\']) && !p.chars().any(char::is_control)
        })
        .unwrap_or_else(|| "/".to_owned());
    let Some(lang) = lang else { return Ok(Redirect::to(&back).into_response()) };
    Ok((AppendHeaders([(SET_COOKIE, lang_cookie(lang, state.settings.secure_cookies))]), Redirect::to(&back))
        .into_response())
}

#[derive(askama::Template)]
#[template(path = "sessions.html")]
struct SessionsTemplate {
    page: Page,
    sessions: Vec<SessionRow>,
}

struct SessionRow {
    id: String,
    device: String,
    started: String,
    last_seen: String,
    current: bool,
}

async fn sessions_template(state: &AppState, who: &SignedIn, notice: Option<String>) -> AppResult<SessionsTemplate> {
    let mut tx = state.store.begin().await?;
    let sessions = tx.sessions_of(&who.user.id).await?;
    tx.commit().await?;
    Ok(SessionsTemplate {
        page: Page::signed_in(who, "sessions-title", "/account/sessions").with_notice(notice),
        sessions: sessions
            .into_iter()
            .map(|s| SessionRow {
                current: s.id == who.session.id,
                id: s.id,
                device: s.device,
                started: who.zone.format(s.created_at),
                last_seen: who.zone.format(s.last_seen_at),
            })
            .collect(),
    })
}

#[derive(Deserialize, Default)]
pub struct SessionsQuery {
    #[serde(default)]
    ended: Option<String>,
}

pub async fn sessions_page(
    State(state): State<AppState>,
    who: SignedIn,
    Query(query): Query<SessionsQuery>,
) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let notice = query.ended.is_some().then(|| who.tr.t("sessions-revoked"));
    html(&sessions_template(&state, &who, notice).await?)
}

pub async fn revoke_session(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<String>,
) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let mut tx = state.store.begin().await?;
    if !tx.end_own_session(&who.user, &id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    if id == who.session.id {
        return Ok(Redirect::to("/login").into_response());
    }
    // Redirect, so reloading the page does not send the form again.
    Ok(Redirect::to("/account/sessions?ended=1").into_response())
}

pub async fn revoke_other_sessions(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let mut tx = state.store.begin().await?;
    tx.end_other_sessions(&who.user, &who.session.id).await?;
    tx.commit().await?;
    Ok(Redirect::to("/account/sessions?ended=1").into_response())
}

/// A session that may enrol a second factor: one fully signed in, or one a
/// staff member holds after their password while enrolment is still owed.
pub struct Enrolling {
    session: Session,
    user: User,
    tr: Tr,
    signed_in: Option<SignedIn>,
}

impl FromRequestParts<AppState> for Enrolling {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match resume(&parts.headers, state).await? {
            Some((session, user)) if session.stage == SessionStage::EnrolSecondFactor => {
                let tr = Tr::new(user_lang(&user, &parts.headers));
                Ok(Self { session, user, tr, signed_in: None })
            }
            Some((_, _)) => {
                let who = SignedIn::from_request_parts(parts, state).await?;
                Ok(Self { session: who.session.clone(), user: who.user.clone(), tr: who.tr, signed_in: Some(who) })
            }
            None => Err(AppError::SignInRequired),
        }
    }
}

impl Enrolling {
    fn page(&self, title: &str) -> Page {
        match &self.signed_in {
            Some(who) => Page::signed_in(who, title, "/account"),
            None => Page::public(self.tr, title),
        }
    }
}

#[derive(askama::Template)]
#[template(path = "enrol.html")]
struct EnrolTemplate {
    page: Page,
    qr_svg: String,
    secret: String,
    action: &'static str,
    error: Option<String>,
    /// A signed-in session confirms the password first; one in the middle
    /// of signing in has just given it.
    ask_password: bool,
}

#[derive(askama::Template)]
#[template(path = "recovery_codes.html")]
struct RecoveryCodesTemplate {
    page: Page,
    codes: Vec<String>,
}

fn qr_svg(uri: &str, label: &str) -> AppResult<String> {
    let code = QrCode::new(uri.as_bytes()).map_err(|e| AppError::Internal(e.to_string()))?;
    let svg = code.render::<svg::Color>().min_dimensions(220, 220).quiet_zone(true).build();
    let start = svg.find("<svg").unwrap_or(0);
    let label = askama::filters::escape(label, askama::filters::Html).map(|s| s.to_string()).unwrap_or_default();
    Ok(svg[start..].replacen("<svg", &format!("<svg role=\"img\" aria-label=\"{label}\""), 1))
}

async fn enrol_template(state: &AppState, who: &Enrolling, error: Option<String>) -> AppResult<EnrolTemplate> {
    let secret = match who.session.pending_secret.as_deref().and_then(TotpSecret::from_base32) {
        Some(secret) => secret,
        None => {
            let secret = TotpSecret::generate()?;
            let mut tx = state.store.begin().await?;
            tx.set_pending_secret(&who.session.id, Some(&secret.to_base32())).await?;
            tx.commit().await?;
            secret
        }
    };
    let uri = secret
        .provisioning_uri("Hearth", &who.user.email)
        .ok_or_else(|| AppError::Internal("the e-mail address does not fit an otpauth address".into()))?;
    Ok(EnrolTemplate {
        page: who.page("enrol-title"),
        qr_svg: qr_svg(&uri, &who.tr.t("enrol-qr-label"))?,
        secret: secret.to_base32(),
        action: "/account/second-factor",
        error,
        ask_password: who.signed_in.is_some(),
    })
}

pub async fn enrol_page(State(state): State<AppState>, who: Enrolling) -> AppResult<Response> {
    if who.user.totp_secret.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    html(&enrol_template(&state, &who, None).await?)
}

#[derive(Deserialize)]
pub struct EnrolForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
}

pub async fn enrol(
    State(state): State<AppState>,
    visitor: Visitor,
    who: Enrolling,
    Form(form): Form<EnrolForm>,
) -> AppResult<Response> {
    if who.user.totp_secret.is_some() {
        return Ok(Redirect::to("/account").into_response());
    }
    // Enrolling from a signed-in session would let whoever holds it lock the
    // owner out: the password is asked again.
    if who.signed_in.is_some()
        && let Err(refused) = reauthenticate(&state, &visitor, &who.user, &form.password, None).await?
    {
        let t = enrol_template(&state, &who, Some(who.tr.t(refused.message_id()))).await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
    }
    let Some(secret) = who.session.pending_secret.as_deref().and_then(TotpSecret::from_base32) else {
        return Ok(Redirect::to("/account/second-factor").into_response());
    };
    let mut tx = state.store.begin().await?;
    let Some(step) = secret.verify(&form.code, tx.now(), None) else {
        drop(tx);
        let t = enrol_template(&state, &who, Some(who.tr.t("enrol-wrong-code"))).await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
    };
    let codes = generate_recovery_codes()?;
    let key = &state.settings.digest_key;
    let digests: Vec<String> = codes.iter().map(|c| recovery_code_digest(key, c)).collect();
    tx.enrol_second_factor(&who.user, &secret.to_base32(), step, &digests).await?;
    tx.set_pending_secret(&who.session.id, None).await?;
    let renewed = if who.session.stage == SessionStage::EnrolSecondFactor {
        Some(tx.complete_sign_in(&who.user, &who.session.id, false).await?)
    } else {
        None
    };
    tx.commit().await?;
    let mut response = html(&RecoveryCodesTemplate { page: who.page("recovery-title"), codes })?;
    if let Some(token) = renewed {
        response.headers_mut().append(SET_COOKIE, session_cookie(&token, state.settings.secure_cookies));
    }
    Ok(response)
}
