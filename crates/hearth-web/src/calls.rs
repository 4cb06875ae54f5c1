//! Video calls for video sessions, in the browser. The practitioner opens
//! the call from the session (from a quarter of an hour before it starts
//! until half an hour after its planned end); members of the session and an
//! accepted translator ask to join and wait until a host lets them in.
//! Before joining, everyone checks camera, microphone, sound and connection.
//! The member's agreement is on screen throughout, the start checklist is
//! completed here, and Hearth offers no recording. Browsers send media to
//! each other; Hearth relays only the signalling over the call's socket
//! ([`live`]) and keeps when, who and the drops (never content).

pub(crate) mod live;

use axum::extract::{Path, State};
use axum::http::header::HeaderName;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use hearth_core::access::{Action, Target};
use hearth_core::calls::{CallWindow, Participant, agreed_reconnect_minutes, call_window, turn_credentials};
use hearth_core::clock::Timestamp;
use hearth_core::ids::SupportSessionId;
use hearth_core::support_sessions::SessionMode;
use hearth_core::zone::Zone;
use hearth_store::Tx;
use hearth_store::agreements::Agreement;
use hearth_store::calls::CallRecord;
use hearth_store::families::FamilyReading;
use hearth_store::support_sessions::{SupportSession, Translator};

use crate::AppState;
use crate::accounts::html_with_status;
use crate::agreements::view;
use crate::context::{Page, Reading, SignedIn};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Tr};
use crate::support_sessions::{ChecklistRow, checklist_rows, session_href};

/// How long TURN credentials handed to a call page stay valid.
const TURN_CREDENTIALS_SECONDS: i64 = 12 * 3600;

/// The STUN and TURN servers browsers use to reach each other; TURN
/// credentials are derived per page with the secret shared with coturn.
#[derive(Debug, Clone, Default)]
pub struct CallNetwork {
    pub stun_urls: Vec<String>,
    pub turn_urls: Vec<String>,
    pub turn_secret: Option<String>,
}

impl CallNetwork {
    /// `RTCConfiguration.iceServers`, as JSON for the page.
    fn ice_servers(&self, now: Timestamp, who: &Participant) -> String {
        let mut servers = Vec::new();
        if !self.stun_urls.is_empty() {
            servers.push(serde_json::json!({ "urls": self.stun_urls }));
        }
        if let (false, Some(secret)) = (self.turn_urls.is_empty(), &self.turn_secret) {
            let login = turn_credentials(secret, now.plus_seconds(TURN_CREDENTIALS_SECONDS), &who.key());
            servers.push(serde_json::json!({
                "urls": self.turn_urls,
                "username": login.username,
                "credential": login.credential,
            }));
        }
        serde_json::Value::Array(servers).to_string()
    }
}

/// Which side of the call a page is on.
#[derive(Debug, Clone)]
pub(crate) enum CallSide {
    /// Staff on the session: they host.
    Staff {
        family_id: String,
    },
    Member,
    /// A translator's one-time link, accepted.
    Translator {
        token: String,
    },
}

impl CallSide {
    fn name(&self) -> &'static str {
        match self {
            Self::Staff { .. } => "staff",
            Self::Member => "member",
            Self::Translator { .. } => "translator",
        }
    }
}

/// The call page's address for each side.
pub(crate) fn call_href(side: &CallSide, session: &SupportSessionId) -> String {
    match side {
        CallSide::Staff { family_id } => format!("{}/call", session_href(family_id, session)),
        CallSide::Member => format!("/portal/sessions/{session}/call"),
        CallSide::Translator { token } => format!("/translator/{token}/call"),
    }
}

/// The name of someone in a session's call, as the session lists them.
pub(crate) fn participant_name(session: &SupportSession, who: &Participant) -> String {
    match who {
        Participant::Staff(id) => session.staff.iter().find(|(u, _)| u == id).map(|(_, n)| n.clone()),
        Participant::Member(id) => session.members.iter().find(|(m, _)| m == id).map(|(_, n)| n.clone()),
        Participant::Translator(id) => session.translators.iter().find(|t| &t.id == id).map(|t| t.name.clone()),
    }
    .unwrap_or_else(|| "—".to_owned())
}

/// What is kept of a session's call, one line an event, for its page.
pub(crate) fn call_log(tr: &Tr, zone: &Zone, session: &SupportSession, call: &CallRecord) -> Vec<String> {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    call.events
        .iter()
        .map(|e| {
            let name = e.participant.as_ref().map(|p| participant_name(session, p)).unwrap_or_default();
            format!("{} · {}", dates.when(e.at), tr.t1(&format!("call-event-{}", e.kind.as_str()), "name", &name))
        })
        .collect()
}

/// The session's call, for a signed-in person the policy lets take part.
pub(crate) async fn call_for(
    tx: &mut Tx,
    who: &SignedIn,
    session_id: &str,
    action: Action,
) -> AppResult<SupportSession> {
    let id = SupportSessionId::parse(session_id).map_err(|_| AppError::NotFound)?;
    let (facts, session) = tx.call_facts(&who.actor, &id).await?.ok_or(AppError::NotFound)?;
    who.require(action, Target::Call(&facts))?;
    Ok(session)
}

/// The family member a portal account is in the session's call; the portal's
/// call is for members only (staff host from the session's page).
pub(crate) async fn member_in_call(tx: &mut Tx, who: &SignedIn, session: &SupportSession) -> AppResult<Participant> {
    let member = tx.member_of_account(&who.user.id).await?.ok_or(AppError::Forbidden)?;
    if session.members.iter().any(|(id, _)| *id == member.id) {
        Ok(Participant::Member(member.id))
    } else {
        Err(AppError::Forbidden)
    }
}

/// A translator's call: the link must have been accepted.
pub(crate) async fn translator_call(tx: &mut Tx, token: &str) -> AppResult<(Translator, SupportSession)> {
    tx.translator_for_call(token).await?.ok_or(AppError::NotFound)
}

/// Why a call cannot be opened now, if it cannot.
fn unavailable(tr: &Tr, zone: &Zone, session: &SupportSession, now: Timestamp) -> Option<String> {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    if session.mode != SessionMode::Video {
        return Some(tr.t("call-not-video"));
    }
    if session.outcome.is_some() {
        return Some(tr.t("call-session-over"));
    }
    match call_window(now, session.starts_at, session.minutes) {
        CallWindow::Open => None,
        CallWindow::NotYet(opens) => Some(tr.t1("call-not-yet", "when", &dates.when(opens))),
        CallWindow::Closed(_) => Some(tr.t("call-closed")),
    }
}

/// One agreement's terms that matter during a call.
struct CallTerms {
    whose: String,
    clauses: Vec<crate::agreements::ShownClause>,
}

#[derive(askama::Template)]
#[template(path = "call.html")]
struct CallTemplate {
    page: Page,
    side: &'static str,
    back: (String, String),
    when: String,
    with: String,
    live: String,
    ice: String,
    /// Texts the script shows, in the page's language.
    script_text: String,
    terms: Vec<CallTerms>,
    signal: Option<String>,
    fallback: Option<String>,
    reconnect_minutes: i64,
    host_name: String,
    // The start checklist, on the host's page.
    family_id: String,
    id: String,
    checklist: Vec<ChecklistRow>,
    checklist_done: Option<String>,
    checklist_error: Option<String>,
    checklist_next_call: bool,
}

#[derive(askama::Template)]
#[template(path = "call_unavailable.html")]
struct UnavailableTemplate {
    page: Page,
    reason: String,
    back: (String, String),
}

/// The topics of an agreement shown during a call.
const CALL_TOPICS: [&str; 4] = ["recordings", "cameras", "private_space", "connection_drop"];

fn call_terms(tr: &Tr, zone: &Zone, whose: &str, agreement: &Agreement) -> CallTerms {
    let shown = view(tr, zone, agreement);
    let template = agreement.template.template().ok();
    let topics: Vec<String> = template.map(|t| t.clauses.iter().map(|c| c.topic.clone()).collect()).unwrap_or_default();
    CallTerms {
        whose: whose.to_owned(),
        clauses: shown
            .clauses
            .into_iter()
            .zip(topics)
            .filter(|(_, topic)| CALL_TOPICS.contains(&topic.as_str()))
            .map(|(clause, _)| clause)
            .collect(),
    }
}

fn script_text(tr: &Tr) -> String {
    let keys = [
        "call-you",
        "call-admit",
        "call-turn-away",
        "call-nobody-waiting",
        "call-connected",
        "call-reconnecting",
        "call-dropped-at",
        "call-ended",
        "call-ended-abruptly",
        "call-ended-abruptly-staff",
        "call-turned-away",
        "call-full",
        "call-replaced",
        "call-device-failed",
        "call-device-audio-only",
        "call-device-ok",
        "call-connection-good",
        "call-connection-fair",
        "call-connection-weak",
        "call-connection-unknown",
        "call-weak-advice",
        "call-mute",
        "call-unmute",
        "call-camera-off",
        "call-camera-on",
        "call-checklist-saved",
        "call-checklist-failed",
        "call-joined",
        "call-left",
        "call-role-staff",
        "call-role-member",
        "call-role-translator",
        "call-sound-playing",
        "call-lost",
    ];
    let map: serde_json::Map<String, serde_json::Value> =
        keys.iter().map(|k| ((*k).to_owned(), serde_json::Value::String(tr.t(k)))).collect();
    serde_json::Value::Object(map).to_string()
}

/// Cameras and microphones may be used on call pages only.
fn with_media_allowed(mut response: Response) -> Response {
    response.headers_mut().insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("geolocation=(), microphone=(self), camera=(self), payment=()"),
    );
    response
}

fn render(page: impl askama::Template, status: StatusCode) -> AppResult<Response> {
    Ok(with_media_allowed(html_with_status(status, &page)?))
}

/// The host's call page, from the session.
pub async fn staff_call_page(
    State(state): State<AppState>,
    Reading { who, mut tx }: Reading,
    Path((family_id, session_id)): Path<(String, String)>,
) -> AppResult<Response> {
    // The session's page is where staff on the session host its call.
    let session = call_for(&mut tx, &who, &session_id, Action::HostCall).await?;
    if session.family_id.as_str() != family_id {
        return Err(AppError::NotFound);
    }
    let tr = who.tr;
    let back = (session_href(&session.family_id, &session.id), tr.t("call-back-to-session"));
    let now = tx.now();
    if let Some(reason) = unavailable(&tr, &who.zone, &session, now) {
        tx.commit().await?;
        return render(
            UnavailableTemplate { page: Page::signed_in(&who, "call-title", "/families"), reason, back },
            StatusCode::FORBIDDEN,
        );
    }
    let read = tx.read_family_for(&who.actor, &session.family_id, FamilyReading::Session).await?;
    let mut terms = Vec::new();
    let mut signal = None;
    let mut fallback = None;
    let mut agreed = Vec::new();
    for (member, name) in &session.members {
        if let Some(a) = tx.agreements_of(&read, member).await?.into_iter().next() {
            signal = signal.or_else(|| a.choices.get("signal").cloned());
            fallback = fallback.or_else(|| a.choices.get("reconnect").cloned());
            terms.push(call_terms(&tr, &who.zone, name, &a));
            agreed.push(a.choices);
        }
    }
    tx.commit().await?;
    let me = Participant::Staff(who.user.id.clone());
    let side = CallSide::Staff { family_id: session.family_id.to_string() };
    let page = CallTemplate {
        page: Page::signed_in(&who, "call-title", "/families"),
        side: side.name(),
        back,
        when: who.dates().when(session.starts_at),
        with: session.members.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", "),
        live: format!("{}/live", call_href(&side, &session.id)),
        ice: state.settings.calls.ice_servers(now, &me),
        script_text: script_text(&tr),
        terms,
        signal,
        fallback: fallback.clone(),
        reconnect_minutes: i64::from(agreed_reconnect_minutes(&agreed)),
        host_name: who.user.display_name.clone(),
        family_id: session.family_id.to_string(),
        id: session.id.to_string(),
        checklist: checklist_rows(&tr, &session, fallback.as_ref(), &[]),
        checklist_done: session.checklist_at.map(|t| who.dates().when(t)),
        checklist_error: None,
        checklist_next_call: true,
    };
    render(page, StatusCode::OK)
}

/// A family member's call page, from the portal.
pub async fn portal_call_page(
    State(state): State<AppState>,
    Reading { who, mut tx }: Reading,
    Path(session_id): Path<String>,
) -> AppResult<Response> {
    let session = call_for(&mut tx, &who, &session_id, Action::JoinCall).await?;
    let me = member_in_call(&mut tx, &who, &session).await?;
    let tr = who.tr;
    let back = ("/".to_owned(), tr.t("call-back-home"));
    let now = tx.now();
    if let Some(reason) = unavailable(&tr, &who.zone, &session, now) {
        tx.commit().await?;
        return render(
            UnavailableTemplate { page: Page::signed_in(&who, "call-title", "/"), reason, back },
            StatusCode::FORBIDDEN,
        );
    }
    let member = tx.member_of_account(&who.user.id).await?.ok_or(AppError::NotFound)?;
    // One's own agreement, read as the portal's home page reads it.
    let own = tx.read_family(&who.actor, &member.family_id).await?;
    let agreement = tx.agreements_of(&own, &member.id).await?.into_iter().next();
    tx.commit().await?;
    let side = CallSide::Member;
    let page = CallTemplate {
        page: Page::signed_in(&who, "call-title", "/"),
        side: side.name(),
        back,
        when: who.dates().when(session.starts_at),
        with: session.organiser_name.clone(),
        live: format!("{}/live", call_href(&side, &session.id)),
        ice: state.settings.calls.ice_servers(now, &me),
        script_text: script_text(&tr),
        terms: agreement.iter().map(|a| call_terms(&tr, &who.zone, &member.name, a)).collect(),
        signal: agreement.as_ref().and_then(|a| a.choices.get("signal").cloned()),
        fallback: agreement.as_ref().and_then(|a| a.choices.get("reconnect").cloned()),
        reconnect_minutes: i64::from(agreed_reconnect_minutes(agreement.iter().map(|a| &a.choices))),
        host_name: session.organiser_name.clone(),
        family_id: String::new(),
        id: session.id.to_string(),
        checklist: Vec::new(),
        checklist_done: None,
        checklist_error: None,
        checklist_next_call: false,
    };
    render(page, StatusCode::OK)
}

/// A translator's call page, through their accepted one-time link.
#[allow(clippy::disallowed_methods)] // a translator's link, no session: its one transaction
pub async fn translator_call_page(State(state): State<AppState>, Path(token): Path<String>) -> AppResult<Response> {
    let mut tx = state.store.begin().await?;
    let (translator, session) = translator_call(&mut tx, &token).await?;
    let policy = tx.wellbeing_policy(&session.organisation_id).await?;
    let now = tx.now();
    tx.commit().await?;
    let tr = Tr::new(Lang::parse(&translator.language).unwrap_or(Lang::En));
    let zone = &policy.zone;
    let dates = crate::dates::Dates::new(tr.lang, zone);
    let back = (format!("/translator/{token}"), tr.t("call-back-translator"));
    if let Some(reason) = unavailable(&tr, zone, &session, now) {
        return render(
            UnavailableTemplate { page: Page::public(tr, "call-title"), reason, back },
            StatusCode::FORBIDDEN,
        );
    }
    let me = Participant::Translator(translator.id.clone());
    let side = CallSide::Translator { token };
    let page = CallTemplate {
        page: Page::public(tr, "call-title"),
        side: side.name(),
        back,
        when: dates.when(session.starts_at),
        with: session.organiser_name.clone(),
        live: format!("{}/live", call_href(&side, &session.id)),
        ice: state.settings.calls.ice_servers(now, &me),
        script_text: script_text(&tr),
        terms: Vec::new(),
        signal: None,
        fallback: None,
        reconnect_minutes: i64::from(agreed_reconnect_minutes([])),
        host_name: session.organiser_name.clone(),
        family_id: String::new(),
        id: session.id.to_string(),
        checklist: Vec::new(),
        checklist_done: None,
        checklist_error: None,
        checklist_next_call: false,
    };
    render(page, StatusCode::OK)
}
