//! A practitioner's calendar (a day or a week, narrow enough for a phone) and
//! their private calendar feed for the calendar app they already use.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::calendar::{FeedEvent, render};
use hearth_core::support_sessions::SessionOutcome;
use hearth_core::wellbeing::LocalDate;
use serde::Deserialize;

use crate::AppState;
use crate::accounts::{html, html_with_status, reauthenticate};
use crate::context::{Page, Reading, Visitor, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, Query, field};
use crate::support_sessions::{mode_label, outcome_label, session_href};
use hearth_store::calendar::CalendarRead;

#[derive(Deserialize)]
pub struct CalendarQuery {
    #[serde(default)]
    view: String,
    #[serde(default)]
    date: String,
}

struct Entry {
    time: String,
    family: String,
    mode: String,
    href: String,
    outcome: Option<String>,
    cancelled: bool,
}

struct Day {
    label: String,
    today: bool,
    entries: Vec<Entry>,
}

#[derive(askama::Template)]
#[template(path = "calendar.html")]
struct CalendarTemplate {
    page: Page,
    week: bool,
    zone: String,
    heading: String,
    days: Vec<Day>,
    previous: String,
    next: String,
    today: String,
    date: String,
}

pub async fn calendar_page(Reading { who, mut tx }: Reading, Query(q): Query<CalendarQuery>) -> AppResult<Response> {
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let tr = who.tr;
    let zone = &who.zone;
    let dates = who.dates();
    let now = tx.now();
    let today = zone.local(now).date;
    let date = LocalDate::parse(&q.date).unwrap_or(today);
    let week = q.view != "day";
    let (first, count) = if week { (date.monday(), 7) } else { (date, 1) };
    // A date at the edge of what the zone can show falls back to today.
    let (first, (from, to)) = match zone.span(first, count) {
        Some(span) => (first, span),
        None => {
            let first = if week { today.monday() } else { today };
            (first, zone.span(first, count).ok_or(AppError::BadRequest)?)
        }
    };
    let entries = tx.calendar_of(&who.actor, CalendarRead::Page, from, to).await?;
    tx.commit().await?;
    let mut days: Vec<Day> = (0..count)
        .map(|i| {
            let d = first.plus_days(i);
            Day {
                label: format!("{} {d}", tr.t(&format!("weekday-{}", d.weekday()))),
                today: d == today,
                entries: Vec::new(),
            }
        })
        .collect();
    for e in entries {
        let local = zone.local(e.starts_at);
        let index = (local.date.day_number() - first.day_number()).clamp(0, count - 1) as usize;
        days[index].entries.push(Entry {
            time: format!(
                "{}–{}",
                dates.time_of(e.starts_at),
                dates.time_of(e.starts_at.plus_seconds(i64::from(e.minutes) * 60))
            ),
            family: e.family_name,
            mode: mode_label(&tr, e.mode),
            href: session_href(&e.family_id, &e.session_id),
            cancelled: e.outcome == Some(SessionOutcome::Cancelled),
            outcome: e.outcome.map(|o| outcome_label(&tr, o)),
        });
    }
    let step = if week { 7 } else { 1 };
    let view = if week { "week" } else { "day" };
    html(&CalendarTemplate {
        page: Page::signed_in(&who, "calendar-title", "/calendar"),
        week,
        zone: crate::dates::place_of(zone),
        heading: if week { tr.t1("calendar-week-of", "when", &first.to_string()) } else { days[0].label.clone() },
        days,
        previous: format!("/calendar?view={view}&date={}", date.plus_days(-step)),
        next: format!("/calendar?view={view}&date={}", date.plus_days(step)),
        today: format!("/calendar?view={view}&date={today}"),
        date: date.to_string(),
    })
}

#[derive(askama::Template)]
#[template(path = "calendar_feed.html")]
struct FeedTemplate {
    page: Page,
    active: Option<bool>,
    /// Shown once, right after it is issued.
    address: Option<String>,
    /// Issuing asks for the password, and a code where one is enrolled.
    ask_code: bool,
    error: crate::forms::FieldError,
}

pub async fn feed_settings_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let active = tx.calendar_feed_of(&who.user.id).await?;
    tx.commit().await?;
    html(&FeedTemplate {
        page: Page::signed_in(&who, "calendar-feed-title", "/calendar"),
        active,
        address: None,
        ask_code: who.user.totp_secret.is_some(),
        error: None,
    })
}

/// A feed address reads the calendar without signing in, so issuing one asks
/// who it is again.
pub async fn issue_feed(
    State(state): State<AppState>,
    visitor: Visitor,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let show_names = field(&pairs, "show_names") == "yes";
    let code = who.user.totp_secret.is_some().then(|| field(&pairs, "code"));
    let password = field(&pairs, "password");
    if let Err(refused) = reauthenticate(&mut tx, &state, &visitor, &who.user, password, code).await? {
        // The refusal is counted and audited: committed with the page's read.
        let active = tx.calendar_feed_of(&who.user.id).await?;
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FeedTemplate {
                page: Page::signed_in(&who, "calendar-feed-title", "/calendar"),
                active,
                address: None,
                ask_code: who.user.totp_secret.is_some(),
                error: Some((refused.field(), who.tr.t(refused.message_id()))),
            },
        );
    }
    let token = tx.issue_calendar_feed(&who.actor, show_names).await?;
    tx.commit().await?;
    html(&FeedTemplate {
        page: Page::signed_in(&who, "calendar-feed-title", "/calendar"),
        active: Some(show_names),
        address: Some(format!("{}/calendar-feed/{token}", state.settings.public_url)),
        ask_code: who.user.totp_secret.is_some(),
        error: None,
    })
}

pub async fn revoke_feed(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    tx.revoke_calendar_feed(&who.actor).await?;
    tx.commit().await?;
    Ok(Redirect::to("/account/calendar-feed").into_response())
}

/// The feed itself. The secret in the address is the only credential, as
/// calendar apps cannot sign in; it is stored only as a digest.
#[allow(clippy::disallowed_methods)] // no session: the feed's one transaction
pub async fn feed(State(state): State<AppState>, Path(token): Path<String>) -> AppResult<Response> {
    let token = token.trim_end_matches(".ics");
    let mut tx = state.store.begin().await?;
    let owner = match tx.calendar_feed_owner(token).await? {
        Some((user_id, show_names)) => tx.user(&user_id).await?.filter(|u| !u.disabled).map(|u| (u, show_names)),
        None => None,
    };
    let Some((user, show_names)) = owner else {
        tx.commit().await?;
        return Err(AppError::NotFound);
    };
    // The owner must still be someone who keeps a calendar (a role may have changed).
    if !crate::access::allows(&user.actor(), Action::KeepOwnCalendar, Target::Account(&user.account_facts())) {
        tx.commit().await?;
        return Err(AppError::NotFound);
    }
    let tr = crate::i18n::Tr::new(
        user.language.as_deref().and_then(crate::i18n::Lang::parse).unwrap_or(crate::i18n::Lang::En),
    );
    let now = tx.now();
    let window = (now.minus_seconds(30 * 86_400), now.plus_seconds(180 * 86_400));
    let entries = tx.calendar_of(&user.actor(), CalendarRead::Feed, window.0, window.1).await?;
    tx.commit().await?;
    let host = state.settings.public_url.split("://").nth(1).unwrap_or("hearth").split('/').next().unwrap_or("hearth");
    let events: Vec<FeedEvent> = entries
        .into_iter()
        .map(|e| FeedEvent {
            uid: format!("{}@{host}", e.session_id),
            starts_at: e.starts_at,
            minutes: e.minutes,
            title: if show_names {
                format!("{} · {}", e.family_name, mode_label(&tr, e.mode))
            } else {
                tr.t1("calendar-feed-event", "detail", &mode_label(&tr, e.mode))
            },
            location: None,
            cancelled: e.outcome == Some(SessionOutcome::Cancelled),
        })
        .collect();
    let body = render(&tr.t("calendar-feed-name"), &events, now);
    let mut response = (StatusCode::OK, body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    Ok(response)
}
