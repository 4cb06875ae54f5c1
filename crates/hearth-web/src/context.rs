//! What every page knows about the request: language, the signed-in person,
//! and the navigation built from their role.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::{ACCEPT_LANGUAGE, USER_AGENT};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use cookie::time::Duration;
use hearth_core::access::{Action, Actor, Target};
use hearth_core::accounts::Role;
use hearth_store::Tx;
use hearth_store::accounts::User;
use hearth_store::sessions::{Session, SessionStage};

use crate::AppState;
use crate::error::AppError;
use crate::i18n::{Lang, Tr};

pub const SESSION_COOKIE: &str = "hearth_session";
pub const LANG_COOKIE: &str = "hearth_lang";
/// Remembers a discreet portal's neutral name on the device, so the sign-in
/// page does not reveal what the site is either.
pub const PORTAL_NAME_COOKIE: &str = "hearth_portal";

/// The neutral name remembered on this device, if any.
pub fn remembered_portal_name(headers: &HeaderMap) -> Option<String> {
    let raw = cookie(headers, PORTAL_NAME_COOKIE)?;
    let bytes = hex::decode(raw).ok()?;
    String::from_utf8(bytes).ok().filter(|n| !n.is_empty() && n.chars().count() <= 40)
}

/// A value of a cookie the browser sent, read through axum-extra's jar.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    CookieJar::from_headers(headers).get(name).map(|c| c.value().to_owned())
}

/// Every cookie Hearth sets: the whole site, never readable by scripts
/// unless it must be, `Secure` behind TLS, and not sent on cross-site posts.
fn set_cookie(
    name: &'static str,
    value: String,
    http_only: bool,
    max_age: Option<Duration>,
    secure: bool,
) -> HeaderValue {
    let mut built = Cookie::build((name, value)).path("/").http_only(http_only).same_site(SameSite::Lax).secure(secure);
    if let Some(age) = max_age {
        built = built.max_age(age);
    }
    HeaderValue::from_str(&built.build().encoded().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

const A_YEAR: Duration = Duration::days(365);

/// Marks a browser that has signed in to an account (OWASP's device
/// cookies): failed sign-ins from elsewhere do not lock it out.
pub const DEVICE_COOKIE: &str = "hearth_device";

fn device_mac(state: &AppState, account_digest: &str, nonce: &str) -> String {
    hearth_core::secrets::token_digest(&format!(
        "device:{}:{account_digest}:{nonce}",
        hex::encode(&state.settings.digest_key)
    ))
}

/// A new device cookie for the account just signed in to.
pub fn device_cookie(state: &AppState, account_digest: &str) -> Result<HeaderValue, AppError> {
    let nonce = hearth_core::secrets::new_token()?;
    let value = format!("{nonce}.{}", device_mac(state, account_digest, &nonce));
    Ok(set_cookie(DEVICE_COOKIE, value, true, Some(A_YEAR), state.settings.secure_cookies))
}

/// The browser's device identifier when its cookie was issued for this
/// account; None for any other browser.
pub fn trusted_device(state: &AppState, headers: &HeaderMap, account_digest: &str) -> Option<String> {
    let value = cookie(headers, DEVICE_COOKIE)?;
    let (nonce, mac) = value.split_once('.')?;
    (device_mac(state, account_digest, nonce) == mac).then(|| hearth_core::secrets::token_digest(nonce))
}

pub fn portal_name_cookie(name: &str, secure: bool) -> HeaderValue {
    set_cookie(PORTAL_NAME_COOKIE, hex::encode(name.as_bytes()), true, Some(A_YEAR), secure)
}

/// The language for a visitor who is not signed in (or whose account has no choice).
pub fn visitor_lang(headers: &HeaderMap) -> Lang {
    cookie(headers, LANG_COOKIE)
        .as_deref()
        .and_then(Lang::parse)
        .or_else(|| headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language))
        .unwrap_or(Lang::En)
}

pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    set_cookie(SESSION_COOKIE, token.to_owned(), true, None, secure)
}

pub fn clear_session_cookie(secure: bool) -> HeaderValue {
    set_cookie(SESSION_COOKIE, String::new(), true, Some(Duration::ZERO), secure)
}

pub fn lang_cookie(lang: Lang, secure: bool) -> HeaderValue {
    set_cookie(LANG_COOKIE, lang.code().to_owned(), false, Some(A_YEAR), secure)
}

/// A short description of the browser for the session list, e.g. "Firefox on Android".
pub fn device_summary(headers: &HeaderMap) -> String {
    let ua = headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let browser = [("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")]
        .iter()
        .find(|(needle, _)| ua.contains(needle))
        .map(|(_, name)| *name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, name)| *name);
    match (browser, system) {
        (Some(b), Some(s)) => format!("{b} · {s}"),
        (Some(b), None) => b.to_owned(),
        (None, Some(s)) => s.to_owned(),
        (None, None) => "—".to_owned(),
    }
}

/// The client's address, keyed so the stored value cannot be turned back into it.
pub fn address_digest(state: &AppState, parts_headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    let forwarded = state
        .settings
        .trust_forwarded_for
        .then(|| parts_headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()))
        .flatten()
        // The right-most entry is the one the nearest proxy added; the
        // left-most can be anything the client sent.
        .and_then(|v| v.rsplit(',').next())
        .map(|v| v.trim().to_owned());
    let address = forwarded.or_else(|| peer.map(|p| p.ip().to_string())).unwrap_or_default();
    hearth_core::secrets::token_digest(&format!("{}:{address}", hex::encode(&state.settings.digest_key)))
}

/// Any visitor: their language, and the raw request facts handlers need.
pub struct Visitor {
    pub tr: Tr,
    pub headers: HeaderMap,
    pub peer: Option<SocketAddr>,
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0);
        Ok(Self { tr: Tr::new(visitor_lang(&parts.headers)), headers: parts.headers.clone(), peer })
    }
}

/// A session that has passed the password but not yet the second factor.
pub struct PendingSignIn {
    pub session: Session,
    pub user: User,
    pub tr: Tr,
}

/// A fully signed-in person.
pub struct SignedIn {
    pub session: Session,
    pub user: User,
    pub actor: Actor,
    pub tr: Tr,
    pub unread_notifications: i64,
    pub portal: hearth_store::organisations::PortalSettings,
    /// The organisation's time zone: every time of day is shown and read in it.
    pub zone: hearth_core::zone::Zone,
}

impl SignedIn {
    /// Dates and times as this person reads them.
    pub(crate) fn dates(&self) -> crate::dates::Dates<'_> {
        crate::dates::Dates::new(self.tr.lang, &self.zone)
    }

    /// Today's date in the organisation's zone, by the request's clock.
    pub(crate) fn today(&self, tx: &hearth_store::Tx) -> hearth_core::wellbeing::LocalDate {
        self.zone.local(tx.now()).date
    }
}

#[allow(clippy::disallowed_methods)] // the one place a request's transaction is opened
pub(crate) async fn resume(headers: &HeaderMap, state: &AppState) -> Result<Option<(Session, User)>, AppError> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    let mut tx = state.store.begin().await?;
    let found = tx.resume_session(&token, state.settings.session_lifetime).await?;
    tx.commit().await?;
    Ok(found)
}

pub(crate) fn user_lang(user: &User, headers: &HeaderMap) -> Lang {
    user.language.as_deref().and_then(Lang::parse).unwrap_or_else(|| visitor_lang(headers))
}

/// The session, the unread count, the portal's settings and the
/// organisation's zone, read in `tx`, which is left open.
async fn signed_in_within(headers: &HeaderMap, state: &AppState, mut tx: Tx) -> Result<(SignedIn, Tx), AppError> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Err(AppError::SignInRequired);
    };
    match tx.resume_session(&token, state.settings.session_lifetime).await? {
        Some((session, user)) if session.stage == SessionStage::Complete => {
            let who = signed_in_as(session, user, headers, &mut tx).await?;
            Ok((who, tx))
        }
        _ => {
            tx.commit().await?;
            Err(AppError::SignInRequired)
        }
    }
}

/// A complete session's person, with what every page frame shows.
async fn signed_in_as(session: Session, user: User, headers: &HeaderMap, tx: &mut Tx) -> Result<SignedIn, AppError> {
    let frame = tx.page_frame(&user).await?;
    let (unread_notifications, portal, zone) = (frame.unread_notifications, frame.portal, frame.zone);
    let actor = user.actor();
    let tr = Tr::new(user_lang(&user, headers));
    Ok(SignedIn { session, user, actor, tr, unread_notifications, portal, zone })
}

/// A signed-in person and the read transaction their session was read in,
/// for pages that only read: the whole request is one transaction (on SQLite
/// a deferred one, so pages read side by side).
pub struct Reading {
    pub who: SignedIn,
    pub tx: Tx,
}

impl FromRequestParts<AppState> for Reading {
    type Rejection = AppError;

    #[allow(clippy::disallowed_methods)] // the one place a request's transaction is opened
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let (who, tx) = signed_in_within(&parts.headers, state, state.store.begin_read().await?).await?;
        if !state.store.touch_due(&who.session) {
            return Ok(Self { who, tx });
        }
        // Every few minutes a session is marked as seen, a write of its own;
        // the read starts after it, so a request never holds two connections.
        tx.commit().await?;
        state.store.touch_session(&who.session).await?;
        Ok(Self { who, tx: state.store.begin_read().await? })
    }
}

/// A request that changes something, by someone who says they are signed
/// in. The handler calls [`Writer::begin`] once the form has arrived: the
/// session is then read, and the change made, in the request's one
/// transaction (immediate on SQLite), so the write lock is never held while
/// a slow phone is still sending its form.
pub struct Writer {
    headers: HeaderMap,
}

impl<S: Send + Sync> FromRequestParts<S> for Writer {
    type Rejection = AppError;

    /// Without a session cookie there is nobody to act for: refused before
    /// the body is read.
    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if cookie(&parts.headers, SESSION_COOKIE).is_none() {
            return Err(AppError::SignInRequired);
        }
        Ok(Self { headers: parts.headers.clone() })
    }
}

/// A signed-in person and the request's write transaction.
pub struct Writing {
    pub who: SignedIn,
    pub tx: Tx,
}

impl Writer {
    /// Opens the request's write transaction and reads the session in it
    /// (marking it seen when that is due).
    #[allow(clippy::disallowed_methods)] // the one place a request's transaction is opened
    pub async fn begin(self, state: &AppState) -> Result<Writing, AppError> {
        let (who, tx) = signed_in_within(&self.headers, state, state.store.begin().await?).await?;
        Ok(Writing { who, tx })
    }

    /// [`Writer::begin`] for a session still signing in: one that has
    /// passed the password but not yet the second factor.
    pub async fn begin_pending(self, state: &AppState) -> Result<(PendingSignIn, Tx), AppError> {
        match self.begin_any(state).await? {
            (Begun::Pending(pending), tx) => Ok((*pending, tx)),
            (Begun::SignedIn(_), tx) => {
                tx.commit().await?;
                Err(AppError::SignInRequired)
            }
        }
    }

    /// [`Writer::begin`] for a step open to a session whether or not it has
    /// finished signing in (enrolling a second factor).
    #[allow(clippy::disallowed_methods)] // the one place a request's transaction is opened
    pub async fn begin_any(self, state: &AppState) -> Result<(Begun, Tx), AppError> {
        let token = cookie(&self.headers, SESSION_COOKIE).ok_or(AppError::SignInRequired)?;
        let mut tx = state.store.begin().await?;
        let Some((session, user)) = tx.resume_session(&token, state.settings.session_lifetime).await? else {
            // Committed, so a session found expired stays ended.
            tx.commit().await?;
            return Err(AppError::SignInRequired);
        };
        if session.stage == SessionStage::Complete {
            let who = signed_in_as(session, user, &self.headers, &mut tx).await?;
            return Ok((Begun::SignedIn(Box::new(who)), tx));
        }
        let tr = Tr::new(user_lang(&user, &self.headers));
        Ok((Begun::Pending(Box::new(PendingSignIn { session, user, tr })), tx))
    }
}

/// The session of a request that outlives its first transaction: a live
/// conversation's connection. Each time it reads or writes, it reads the
/// session afresh, so signing out or being disabled ends it at once.
#[derive(Clone)]
pub struct Resumable {
    headers: HeaderMap,
}

impl Resumable {
    /// Keeps only what reading the session needs (the cookie, the browser's
    /// languages): a live page may stay open for hours.
    pub fn new(headers: &HeaderMap) -> Self {
        let mut kept = HeaderMap::new();
        for name in [axum::http::header::COOKIE, ACCEPT_LANGUAGE] {
            for value in headers.get_all(&name) {
                kept.append(name.clone(), value.clone());
            }
        }
        Self { headers: kept }
    }

    /// The person and a transaction that only reads.
    #[allow(clippy::disallowed_methods)] // a request's later transactions, each opened here
    pub async fn reading(&self, state: &AppState) -> Result<Reading, AppError> {
        let (who, tx) = signed_in_within(&self.headers, state, state.store.begin_read().await?).await?;
        Ok(Reading { who, tx })
    }

    /// The person and a write transaction.
    #[allow(clippy::disallowed_methods)] // a request's later transactions, each opened here
    pub async fn writing(&self, state: &AppState) -> Result<Writing, AppError> {
        let (who, tx) = signed_in_within(&self.headers, state, state.store.begin().await?).await?;
        Ok(Writing { who, tx })
    }
}

/// Whom [`Writer::begin_any`] found.
pub enum Begun {
    SignedIn(Box<SignedIn>),
    Pending(Box<PendingSignIn>),
}

impl FromRequestParts<AppState> for PendingSignIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match resume(&parts.headers, state).await? {
            Some((session, user)) if session.stage != SessionStage::Complete => {
                let tr = Tr::new(user_lang(&user, &parts.headers));
                Ok(Self { session, user, tr })
            }
            _ => Err(AppError::SignInRequired),
        }
    }
}

/// What the policy is asked before a link is shown.
#[derive(Debug, Clone, Copy)]
pub enum NavGate {
    Organisation(Action),
    OwnAccount(Action),
}

/// One possible link in the navigation.
#[derive(Debug, Clone, Copy)]
pub struct NavLink {
    pub href: &'static str,
    pub label: &'static str,
    /// The same question the page's handler asks before serving it.
    pub gate: NavGate,
}

const fn link(href: &'static str, label: &'static str, gate: NavGate) -> NavLink {
    NavLink { href, label, gate }
}

/// Every link the navigation can hold, in order; each is shown when the
/// access policy allows its gate, so the menu never offers a refused page.
pub const NAVIGATION: [NavLink; 34] = {
    use Action::*;
    use NavGate::{Organisation as Org, OwnAccount as Own};
    [
        link("/", "nav-home", Own(UseOwnAccount)),
        link("/families", "nav-families", Org(ViewCaseload)),
        link("/calendar", "nav-calendar", Own(KeepOwnCalendar)),
        link("/workload", "nav-workload", Own(KeepOwnCalendar)),
        link("/team", "nav-team", Org(ViewTeamWorkload)),
        link("/sharing/register", "nav-sharing-register", Org(ViewSharingRegister)),
        link("/outcomes", "nav-outcomes", Org(ViewOutcomes)),
        link("/glossary", "nav-glossary", Org(ReadGlossary)),
        link("/legal", "nav-legal", Org(ReadGlossary)),
        link("/conduct", "nav-conduct", Own(FollowConduct)),
        link("/conduct/standing", "nav-conduct-standing", Org(ViewConductStanding)),
        link("/on-call", "nav-on-call", Org(ViewOnCallRota)),
        link("/admin/wellbeing", "nav-wellbeing", Org(EditWellbeingPolicy)),
        link("/admin/users", "nav-users", Org(ManageAccounts)),
        link("/admin/invitations", "nav-invitations", Org(ManageAccounts)),
        link("/admin/catalogue", "nav-catalogue", Org(EditCatalogue)),
        link("/admin/agreement-template", "nav-agreement-template", Org(EditAgreementTemplate)),
        link("/admin/portal", "nav-portal", Org(EditPortalSettings)),
        link("/admin/modality-rules", "nav-modality-rules", Org(EditModalityRules)),
        link("/admin/quick-answers", "nav-quick-answers", Org(EditQuickAnswers)),
        link("/admin/partners", "nav-partners", Org(ManagePartners)),
        link("/admin/instruments", "nav-instruments", Org(ManageInstruments)),
        link("/data-protection", "nav-data-protection", Org(ManageDataProtection)),
        link("/admin/glossary-editors", "nav-glossary-editors", Org(ManageGlossaryEditors)),
        link("/admin/conduct", "nav-conduct-admin", Org(PublishConduct)),
        link("/portal/conversations", "nav-conversations", Own(Converse)),
        link("/portal/answers", "nav-answers", Own(Converse)),
        link("/portal/my-data", "nav-my-data", Own(AskAboutOwnData)),
        link("/portal/guides", "nav-guides", Own(ReadFamilyGuides)),
        link("/portal/check-ins", "nav-check-ins", Own(AnswerCheckIn)),
        // The same page from either side: families and ambassadors, or the manager.
        link("/community", "nav-community", Own(UseCommunity)),
        link("/community", "nav-community", Org(ManageCommunity)),
        link("/notifications", "nav-notifications", Own(UseNotifications)),
        link("/account", "nav-account", Own(UseOwnAccount)),
    ]
};

/// One link in the navigation.
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
    pub badge: Option<i64>,
}

/// The frame every page is drawn in.
pub struct Page {
    pub tr: Tr,
    pub title: String,
    pub nav: Vec<NavItem>,
    pub signed_in_as: Option<String>,
    pub notice: Option<String>,
    /// "Hearth", or the organisation's neutral name in the family portal.
    pub brand: String,
    /// Family portal pages carry a quick exit.
    pub quick_exit: bool,
}

/// Where the quick exit goes when an organisation has not chosen a site.
pub const DEFAULT_QUICK_EXIT_URL: &str = "https://www.wikipedia.org/";

impl Page {
    /// The unread count the collapsed menu shows, the sum of its items'.
    pub fn menu_badge(&self) -> Option<i64> {
        let n: i64 = self.nav.iter().filter_map(|i| i.badge).sum();
        (n > 0).then_some(n)
    }

    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.tr.t1(id, name, value)
    }
    pub fn tn(&self, id: &str, name: &'static str, n: &i64) -> String {
        self.tr.tn(id, name, *n)
    }
    /// A message with two figures, each passed to Fluent as a number, e.g.
    /// "3 of 16" or "2 open, 1 overdue".
    pub fn tn2(&self, id: &str, a: &'static str, x: &i64, b: &'static str, y: &i64) -> String {
        self.tr.t_nums(id, &[(a, *x), (b, *y)])
    }
    pub fn lang(&self) -> &'static str {
        self.tr.lang.code()
    }
    pub fn dir(&self) -> &'static str {
        self.tr.lang.dir()
    }
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Lang::ALL.iter().map(|l| (l.code(), l.endonym(), *l == self.tr.lang)).collect()
    }

    /// A page for someone not signed in.
    pub fn public(tr: Tr, title_id: &str) -> Self {
        Self {
            tr,
            title: tr.t(title_id),
            nav: Vec::new(),
            signed_in_as: None,
            notice: None,
            brand: "Hearth".into(),
            quick_exit: false,
        }
    }

    /// A page for a signed-in person, with the links the policy lets them follow.
    pub fn signed_in(who: &SignedIn, title_id: &str, current: &str) -> Self {
        let tr = who.tr;
        let own = who.user.account_facts();
        let nav = NAVIGATION
            .iter()
            .filter(|link| match link.gate {
                NavGate::Organisation(action) => who.may(action, Target::Organisation(&who.actor.organisation_id)),
                NavGate::OwnAccount(action) => who.may(action, Target::Account(&own)),
            })
            .map(|link| NavItem {
                href: link.href,
                label: tr.t(link.label),
                current: if link.href == "/" { current == "/" } else { current.starts_with(link.href) },
                badge: (link.href == "/notifications" && who.unread_notifications > 0)
                    .then_some(who.unread_notifications),
            })
            .collect();
        let role = who.user.role;
        // Family members may be overheard or watched: their pages can go by a
        // neutral name and always offer a quick exit.
        let in_portal = matches!(role, Role::FamilyMember | Role::PeerAmbassador);
        let brand = match (&who.portal.discreet_name, in_portal) {
            (Some(name), true) => name.clone(),
            _ => "Hearth".into(),
        };
        Self {
            tr,
            title: tr.t(title_id),
            nav,
            signed_in_as: Some(who.user.display_name.clone()),
            notice: None,
            brand,
            quick_exit: in_portal,
        }
    }

    /// Uses the neutral name remembered on this device, for pages seen before signing in.
    pub fn discreet(mut self, headers: &HeaderMap) -> Self {
        if let Some(name) = remembered_portal_name(headers) {
            self.brand = name;
        }
        self
    }

    pub fn with_notice(mut self, notice: Option<String>) -> Self {
        self.notice = notice;
        self
    }
}

/// Previous and next links under a long list, keeping its filters.
pub struct Pager {
    /// "Page 2 of 7", or empty when the list fits on one page.
    pub position: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    pub fn new<T>(tr: &Tr, list: &hearth_store::Paged<T>, path: &str, keep: &[(&str, &str)]) -> Self {
        let href = |page: u64| {
            let mut query: Vec<String> = keep
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{k}={}", crate::forms::url_encode(v)))
                .collect();
            query.push(format!("page={page}"));
            format!("{path}?{}", query.join("&"))
        };
        let number = list.page.number();
        let pages = list.pages();
        Self {
            position: if pages > 1 {
                tr.t_nums("pager-position", &[("page", to_i64(number)), ("pages", to_i64(pages))])
            } else {
                String::new()
            },
            previous: list.has_previous().then(|| href(number - 1)),
            next: list.has_next().then(|| href(number + 1)),
        }
    }
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Role names in the visitor's language.
pub fn role_label(tr: &Tr, role: Role) -> String {
    tr.t(&format!("role-{}", role.as_str().replace('_', "-")))
}
