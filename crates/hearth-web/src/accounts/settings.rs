//! One's own account: second factor, password, language and sessions.

use axum::extract::{Path, State};
use axum::http::header::{REFERER, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{AppendHeaders, IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::accounts::{EmailAddress, NewPassword, TotpSecret, generate_recovery_codes, recovery_code_digest};
use hearth_store::Tx;
use hearth_store::accounts::User;
use hearth_store::sessions::{Session, SessionStage};
use qrcode::QrCode;
use qrcode::render::svg;
use serde::Deserialize;

use super::{ReauthRefused, hash_password, html, html_with_status, password_error, reauthenticate};
use crate::AppState;
use crate::context::{
    Begun, Page, PendingSignIn, Reading, SignedIn, Visitor, Writer, Writing, device_summary, lang_cookie, role_label,
    session_cookie,
};
use crate::error::{AppError, AppResult};
use crate::forms::FieldError;
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
    password_error: FieldError,
    /// For a family member: whether new messages are e-mailed to them.
    message_emails: Option<bool>,
}

async fn account_template(
    tx: &mut Tx,
    who: &SignedIn,
    notice: Option<String>,
    password_error: FieldError,
) -> AppResult<AccountTemplate> {
    let recovery_left = tx.unused_recovery_codes(&who.user.id).await?;
    let message_emails = if who.may(Action::Converse, Target::Account(&who.user.account_facts())) {
        Some(tx.message_emails(&who.user.id).await?)
    } else {
        None
    };
    Ok(AccountTemplate {
        message_emails,
        page: Page::signed_in(who, "account-title", "/account").with_notice(notice),
        display_name: who.user.display_name.clone(),
        email: who.user.email.clone(),
        role: role_label(&who.tr, who.user.role),
        has_second_factor: who.user.totp_secret.is_some(),
        recovery_left,
        password_error,
    })
}

pub async fn account_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let t = account_template(&mut tx, &who, None, None).await?;
    tx.commit().await?;
    html(&t)
}

/// A family member turns e-mail about new messages on or off.
pub async fn set_message_emails(
    State(state): State<AppState>,
    writer: Writer,
    crate::forms::Form(pairs): crate::forms::Form<crate::forms::Pairs>,
) -> AppResult<Response> {
    let on = crate::forms::field(&pairs, "message_emails") == "yes";
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::Converse, Target::Account(&who.user.account_facts()))?;
    tx.set_message_emails(&who.actor, on).await?;
    tx.commit().await?;
    Ok(Redirect::to("/account#h-message-emails").into_response())
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current: String,
    password: String,
    confirm: String,
}

/// The new password the form asks for, or why it is refused.
fn new_password(tr: &Tr, user: &User, form: &PasswordForm) -> Result<NewPassword, (&'static str, String)> {
    let email = EmailAddress::parse(&user.email).ok();
    let password =
        NewPassword::parse(&form.password, email.as_ref()).map_err(|e| ("password", password_error(tr, e)))?;
    if form.password != form.confirm {
        return Err(("confirm", tr.t("password-mismatch")));
    }
    Ok(password)
}

/// Changing the password ends every session, this one included; the browser
/// that made the change gets a fresh one. The new password is hashed only
/// once the session and the current password are known good: before that,
/// anyone sending a cookie could have the server hash for them.
pub async fn change_password(
    State(state): State<AppState>,
    visitor: Visitor,
    writer: Writer,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let tr = who.tr;
    // Throttled and audited like a sign-in: a session left open is not a
    // free place to guess the password.
    let checked = match reauthenticate(&mut tx, &state, &visitor, &who.user, &form.current, None).await? {
        Err(ReauthRefused::WrongPassword) => Err(("current", tr.t("password-current-wrong"))),
        Err(refused) => Err(("current", tr.t(refused.message_id()))),
        Ok(()) => new_password(&tr, &who.user, &form),
    };
    let password = match checked {
        Ok(p) => p,
        Err(message) => {
            // Committed all the same, so a failed attempt is counted and audited.
            let t = account_template(&mut tx, &who, None, Some(message)).await?;
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
        }
    };
    let hash = hash_password(password).await?;
    tx.change_password(&who.user, &hash).await?;
    let token = tx.start_session(&who.user, SessionStage::Complete, &device_summary(&visitor.headers)).await?;
    let t = account_template(&mut tx, &who, Some(tr.t("password-changed")), None).await?;
    tx.commit().await?;
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
    writer: Result<Writer, AppError>,
    Form(form): Form<LanguageForm>,
) -> AppResult<Response> {
    // A language Hearth does not speak changes nothing: the page comes back as it was.
    let lang = Lang::parse(&form.lang);
    if let Some(lang) = lang
        && let Ok(writer) = writer
    {
        match writer.begin(&state).await {
            Ok(Writing { who, mut tx }) => {
                tx.set_language(&who.user, lang.code()).await?;
                tx.commit().await?;
            }
            // Anyone not (or no longer) signed in keeps the choice in the cookie only.
            Err(AppError::SignInRequired) => {}
            Err(e) => return Err(e),
        }
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

async fn sessions_template(tx: &mut Tx, who: &SignedIn, notice: Option<String>) -> AppResult<SessionsTemplate> {
    let sessions = tx.sessions_of(&who.user.id).await?;
    Ok(SessionsTemplate {
        page: Page::signed_in(who, "sessions-title", "/account/sessions").with_notice(notice),
        sessions: sessions
            .into_iter()
            .map(|s| SessionRow {
                current: s.id == who.session.id,
                id: s.id,
                device: s.device,
                started: who.dates().when(s.created_at),
                last_seen: who.dates().when(s.last_seen_at),
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
    Reading { who, mut tx }: Reading,
    Query(query): Query<SessionsQuery>,
) -> AppResult<Response> {
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
    let notice = query.ended.is_some().then(|| who.tr.t("sessions-revoked"));
    let t = sessions_template(&mut tx, &who, notice).await?;
    tx.commit().await?;
    html(&t)
}

pub async fn revoke_session(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
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

pub async fn revoke_other_sessions(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::UseOwnAccount, Target::Account(&who.user.account_facts()))?;
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

impl Enrolling {
    /// Opens the request's write transaction and reads the session in it
    /// (enrolling writes, even the page: it keeps the secret it shows).
    async fn begin(writer: Writer, state: &AppState) -> AppResult<(Enrolling, Tx)> {
        match writer.begin_any(state).await? {
            (Begun::Pending(p), tx) if p.session.stage == SessionStage::EnrolSecondFactor => {
                let PendingSignIn { session, user, tr } = *p;
                Ok((Enrolling { session, user, tr, signed_in: None }, tx))
            }
            (Begun::SignedIn(who), tx) => {
                let (session, user, tr) = (who.session.clone(), who.user.clone(), who.tr);
                Ok((Enrolling { session, user, tr, signed_in: Some(*who) }, tx))
            }
            (Begun::Pending(_), tx) => {
                tx.commit().await?;
                Err(AppError::SignInRequired)
            }
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
    error: FieldError,
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

/// The enrolment page; a secret is made, and kept in `tx`, when the session
/// has none yet.
async fn enrol_template(tx: &mut Tx, who: &Enrolling, error: FieldError) -> AppResult<EnrolTemplate> {
    let secret = match who.session.pending_secret.as_deref().and_then(TotpSecret::from_base32) {
        Some(secret) => secret,
        None => {
            let secret = TotpSecret::generate()?;
            tx.set_pending_secret(&who.session.id, Some(&secret.to_base32())).await?;
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

pub async fn enrol_page(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let (who, mut tx) = Enrolling::begin(writer, &state).await?;
    if who.user.totp_secret.is_some() {
        tx.commit().await?;
        return Ok(Redirect::to("/account").into_response());
    }
    let t = enrol_template(&mut tx, &who, None).await?;
    tx.commit().await?;
    html(&t)
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
    writer: Writer,
    Form(form): Form<EnrolForm>,
) -> AppResult<Response> {
    let (who, mut tx) = Enrolling::begin(writer, &state).await?;
    if who.user.totp_secret.is_some() {
        tx.commit().await?;
        return Ok(Redirect::to("/account").into_response());
    }
    // Enrolling from a signed-in session would let whoever holds it lock the
    // owner out: the password is asked again.
    if who.signed_in.is_some()
        && let Err(refused) = reauthenticate(&mut tx, &state, &visitor, &who.user, &form.password, None).await?
    {
        // Committed all the same, so a failed attempt is counted and audited.
        let t = enrol_template(&mut tx, &who, Some((refused.field(), who.tr.t(refused.message_id())))).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
    }
    let Some(secret) = who.session.pending_secret.as_deref().and_then(TotpSecret::from_base32) else {
        tx.commit().await?;
        return Ok(Redirect::to("/account/second-factor").into_response());
    };
    let Some(step) = secret.verify(&form.code, tx.now(), None) else {
        // Nothing was written: the page comes back with the same secret.
        let t = enrol_template(&mut tx, &who, Some(("code", who.tr.t("enrol-wrong-code")))).await?;
        tx.commit().await?;
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
