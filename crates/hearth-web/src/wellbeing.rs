//! Wellbeing on the web: the organisation's policy, a practitioner's own
//! stricter limits, the on-call rota, one's workload and the team's.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::clock::Timestamp;
use hearth_core::ids::{OnCallShiftId, UserId};
use hearth_core::support_sessions::SessionOutcome;
use hearth_core::wellbeing::LocalDate;
use hearth_core::wellbeing::{
    Guardrails, MAX_AFTERCARE_HOURS, MAX_BREAK_MINUTES, MAX_SESSIONS_PER_DAY, MAX_SESSIONS_PER_WEEK, WellbeingPolicy,
};
use hearth_core::zone::{Zone, format_clock_time, parse_clock_time};
use hearth_store::Tx;
use hearth_store::accounts::User;
use hearth_store::aftercare::FollowUp;
use hearth_store::calendar::BookedTime;

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{FieldErrors, Pairs, field};
use crate::i18n::Tr;

/// The guardrail fields as a form shows them.
fn guardrail_fields(g: &Guardrails) -> Pairs {
    let mut pairs = Vec::new();
    for (day, hours) in g.hours.iter().enumerate() {
        let (from, to) = hours.map(|(f, t)| (format_clock_time(f), format_clock_time(t))).unwrap_or_default();
        pairs.push((format!("from-{day}"), from));
        pairs.push((format!("to-{day}"), to));
    }
    pairs.push(("max_per_day".into(), g.max_sessions_per_day.to_string()));
    pairs.push(("max_per_week".into(), g.max_sessions_per_week.to_string()));
    pairs.push(("min_break".into(), g.min_break_minutes.to_string()));
    pairs.push(("days_off".into(), g.days_off.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
    pairs
}

/// The ids of each weekday's start and end fields, as the form names them.
const FROM_IDS: [&str; 7] = ["from-0", "from-1", "from-2", "from-3", "from-4", "from-5", "from-6"];
const TO_IDS: [&str; 7] = ["to-0", "to-1", "to-2", "to-3", "to-4", "to-5", "to-6"];

fn parse_guardrails(tr: &Tr, pairs: &Pairs, errors: &mut FieldErrors) -> Option<Guardrails> {
    let mut hours = [None; 7];
    for (day, ((slot, from_id), to_id)) in hours.iter_mut().zip(FROM_IDS).zip(TO_IDS).enumerate() {
        let (from, to) = (field(pairs, from_id).trim(), field(pairs, to_id).trim());
        if from.is_empty() && to.is_empty() {
            continue;
        }
        match (parse_clock_time(from), parse_clock_time(to)) {
            (Some(f), Some(t)) if f < t => *slot = Some((f, t)),
            (f, _) => {
                // The start when it cannot be read, else the end (missing, unreadable or not after the start).
                let id = if f.is_none() { from_id } else { to_id };
                errors.push((id, tr.t1("wellbeing-error-hours", "name", &tr.t(&format!("weekday-{day}")))));
            }
        }
    }
    let number = |name: &str, max: u32, min: u32| {
        field(pairs, name).trim().parse::<u32>().ok().filter(|n| (min..=max).contains(n))
    };
    let per_day = number("max_per_day", MAX_SESSIONS_PER_DAY, 1);
    if per_day.is_none() {
        errors.push(("max_per_day", tr.tn("wellbeing-error-per-day", "count", i64::from(MAX_SESSIONS_PER_DAY))));
    }
    let per_week = number("max_per_week", MAX_SESSIONS_PER_WEEK, 1);
    if per_week.is_none() {
        errors.push(("max_per_week", tr.tn("wellbeing-error-per-week", "count", i64::from(MAX_SESSIONS_PER_WEEK))));
    }
    let min_break = number("min_break", MAX_BREAK_MINUTES, 0);
    if min_break.is_none() {
        errors.push(("min_break", tr.tn("wellbeing-error-break", "count", i64::from(MAX_BREAK_MINUTES))));
    }
    let days_off = Guardrails::decode_days_off(field(pairs, "days_off"));
    if days_off.is_none() {
        errors.push(("days_off", tr.t("wellbeing-error-days-off")));
    }
    Some(Guardrails {
        hours,
        max_sessions_per_day: per_day?,
        max_sessions_per_week: per_week?,
        min_break_minutes: min_break?,
        days_off: days_off?,
    })
}

fn weekdays(tr: &Tr) -> Vec<(usize, String)> {
    (0..7).map(|d| (d, tr.t(&format!("weekday-{d}")))).collect()
}

#[derive(askama::Template)]
#[template(path = "wellbeing_policy.html")]
struct PolicyTemplate {
    page: Page,
    /// True on the organisation's page, false on one's own limits.
    organisation: bool,
    weekdays: Vec<(usize, String)>,
    form: Pairs,
    errors: FieldErrors,
    organisation_summary: Option<String>,
}

impl PolicyTemplate {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
    fn day(&self, name: &str, day: &usize) -> &str {
        field(&self.form, &format!("{name}-{day}"))
    }
    /// The id of a day's start (`from`) or end (`to`) field, for `aria-invalid`.
    fn day_id(&self, name: &str, day: &usize) -> String {
        format!("{name}-{day}")
    }
}

pub async fn policy_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::EditWellbeingPolicy, Target::Organisation(&who.actor.organisation_id))?;
    let policy = tx.wellbeing_policy(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let mut form = guardrail_fields(&policy.guardrails);
    form.push(("time_zone".into(), policy.zone.name().to_owned()));
    form.push(("aftercare_hours".into(), policy.aftercare_due_hours.to_string()));
    form.push(("reminder_hours".into(), policy.encode_reminders()));
    html(&PolicyTemplate {
        page: Page::signed_in(&who, "wellbeing-policy-title", "/admin/wellbeing"),
        organisation: true,
        weekdays: weekdays(&who.tr),
        form,
        errors: Vec::new(),
        organisation_summary: None,
    })
}

pub async fn save_policy(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::EditWellbeingPolicy, Target::Organisation(&who.actor.organisation_id))?;
    let tr = who.tr;
    let mut errors = FieldErrors::new();
    let guardrails = parse_guardrails(&tr, &pairs, &mut errors);
    let zone = Zone::parse(field(&pairs, "time_zone"));
    if zone.is_none() {
        errors.push(("time_zone", tr.t("wellbeing-error-zone")));
    }
    let aftercare =
        field(&pairs, "aftercare_hours").trim().parse::<u32>().ok().filter(|h| (1..=MAX_AFTERCARE_HOURS).contains(h));
    if aftercare.is_none() {
        errors.push(("aftercare_hours", tr.tn("wellbeing-error-aftercare", "count", i64::from(MAX_AFTERCARE_HOURS))));
    }
    let reminders = WellbeingPolicy::decode_reminders(field(&pairs, "reminder_hours"));
    if reminders.is_none() {
        errors.push(("reminder_hours", tr.t("wellbeing-error-reminders")));
    }
    let (Some(guardrails), Some(zone), Some(aftercare_due_hours), Some(reminder_hours), true) =
        (guardrails, zone, aftercare, reminders, errors.is_empty())
    else {
        // Nothing was written: the form comes back.
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &PolicyTemplate {
                page: Page::signed_in(&who, "wellbeing-policy-title", "/admin/wellbeing"),
                organisation: true,
                weekdays: weekdays(&tr),
                form: pairs,
                errors,
                organisation_summary: None,
            },
        );
    };
    tx.save_wellbeing_policy(&who.actor, &WellbeingPolicy { zone, guardrails, aftercare_due_hours, reminder_hours })
        .await?;
    tx.commit().await?;
    Ok(Redirect::to("/admin/wellbeing").into_response())
}

fn summary(tr: &Tr, g: &Guardrails) -> String {
    let days = g
        .hours
        .iter()
        .enumerate()
        .filter_map(|(d, h)| {
            h.map(|(f, t)| {
                format!("{} {}–{}", tr.t(&format!("weekday-{d}")), format_clock_time(f), format_clock_time(t))
            })
        })
        .collect::<Vec<_>>()
        .join(", ");
    tr.t_args(
        "limits-organisation-summary",
        &[
            ("detail", days),
            ("count", g.max_sessions_per_day.to_string()),
            ("size", g.max_sessions_per_week.to_string()),
            ("from", g.min_break_minutes.to_string()),
        ],
    )
}

pub async fn limits_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let policy = tx.wellbeing_policy(&who.actor.organisation_id).await?;
    let mine = tx.personal_limits(&who.user.id).await?;
    tx.commit().await?;
    html(&PolicyTemplate {
        page: Page::signed_in(&who, "limits-title", "/account"),
        organisation: false,
        weekdays: weekdays(&who.tr),
        form: guardrail_fields(mine.as_ref().unwrap_or(&policy.guardrails)),
        errors: Vec::new(),
        organisation_summary: Some(summary(&who.tr, &policy.guardrails)),
    })
}

pub async fn save_limits(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let tr = who.tr;
    if field(&pairs, "clear") == "yes" {
        tx.save_personal_limits(&who.actor, None).await?;
        tx.commit().await?;
        return Ok(Redirect::to("/account/limits").into_response());
    }
    let mut errors = FieldErrors::new();
    let limits = parse_guardrails(&tr, &pairs, &mut errors);
    let (Some(limits), true) = (limits, errors.is_empty()) else {
        let policy = tx.wellbeing_policy(&who.actor.organisation_id).await?;
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &PolicyTemplate {
                page: Page::signed_in(&who, "limits-title", "/account"),
                organisation: false,
                weekdays: weekdays(&tr),
                form: pairs,
                errors,
                organisation_summary: Some(summary(&tr, &policy.guardrails)),
            },
        );
    };
    tx.save_personal_limits(&who.actor, Some(&limits)).await?;
    tx.commit().await?;
    Ok(Redirect::to("/account/limits").into_response())
}

struct ShiftRow {
    id: String,
    who: String,
    from: String,
    to: String,
    now: bool,
}

#[derive(askama::Template)]
#[template(path = "on_call.html")]
struct OnCallTemplate {
    page: Page,
    zone: String,
    shifts: Vec<ShiftRow>,
    can_manage: bool,
    staff: Vec<(String, String)>,
    form: Pairs,
    error: crate::forms::FieldError,
}

impl OnCallTemplate {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

/// The rota page, read in `tx`; with an error, the refused form comes back.
async fn on_call_template(
    tx: &mut Tx,
    who: &SignedIn,
    form: Pairs,
    error: crate::forms::FieldError,
) -> AppResult<OnCallTemplate> {
    let org = &who.actor.organisation_id;
    who.require(Action::ViewOnCallRota, Target::Organisation(org))?;
    let can_manage = who.may(Action::ManageOnCallRota, Target::Organisation(org));
    let zone = &who.zone;
    let dates = who.dates();
    let now = tx.now();
    let shifts = tx.on_call_shifts(org, now).await?;
    let staff = if can_manage { tx.assignable_staff(org).await? } else { Vec::new() };
    Ok(OnCallTemplate {
        page: Page::signed_in(who, "on-call-title", "/on-call"),
        zone: crate::dates::place_of(zone),
        shifts: shifts
            .into_iter()
            .map(|s| ShiftRow {
                id: s.id.to_string(),
                who: s.user_name,
                from: dates.when(s.starts_at),
                to: dates.when(s.ends_at),
                now: s.starts_at <= now,
            })
            .collect(),
        can_manage,
        staff: staff.into_iter().map(|(id, name)| (id.to_string(), name)).collect(),
        form,
        error,
    })
}

pub async fn on_call_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    let t = on_call_template(&mut tx, &who, Vec::new(), None).await?;
    tx.commit().await?;
    html(&t)
}

pub async fn add_shift(State(state): State<AppState>, writer: Writer, Form(pairs): Form<Pairs>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let org = who.actor.organisation_id.clone();
    who.require(Action::ManageOnCallRota, Target::Organisation(&org))?;
    let tr = who.tr;
    let zone = &who.zone;
    let staff = tx.assignable_staff(&org).await?;
    let user = staff.iter().find(|(id, _)| id.as_str() == field(&pairs, "user")).map(|(id, _)| id.clone());
    let from = zone.parse_input(field(&pairs, "starts_at"));
    let to = zone.parse_input(field(&pairs, "ends_at"));
    let error = match (&user, from, to) {
        (None, _, _) => Some(("user", tr.t("on-call-error-who"))),
        (_, Some(f), Some(t)) if f < t && t.millis() - f.millis() <= 14 * 24 * 3600 * 1000 => None,
        (_, None, _) => Some(("starts_at", tr.t("on-call-error-times"))),
        _ => Some(("ends_at", tr.t("on-call-error-times"))),
    };
    let (Some(user), Some(from), Some(to), None) = (user, from, to, error.clone()) else {
        // Nothing was written: the rota comes back with the form.
        let t = on_call_template(&mut tx, &who, pairs, error).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
    };
    tx.add_on_call_shift(&who.actor, &user, from, to).await?;
    tx.commit().await?;
    Ok(Redirect::to("/on-call").into_response())
}

pub async fn remove_shift(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::ManageOnCallRota, Target::Organisation(&who.actor.organisation_id))?;
    let id = OnCallShiftId::parse(&id).map_err(|_| AppError::NotFound)?;
    let removed = tx.remove_on_call_shift(&who.actor, &id).await?;
    tx.commit().await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/on-call").into_response())
}

/// One person's week, as the workload pages show it.
pub(crate) struct Workload {
    pub name: String,
    pub sessions_week: i64,
    pub max_week: i64,
    pub busiest_day: i64,
    pub max_day: i64,
    pub per_day: Vec<(String, i64)>,
    pub overrides: Vec<OverrideLine>,
    pub outside_hours: i64,
    pub open_follow_ups: i64,
    pub overdue_follow_ups: i64,
    /// The newest workload check-in: when, the score, what it means, its level.
    pub check_in: Option<(String, i64, String, String)>,
}

/// A session booked beyond a guardrail, as a workload page lists it.
pub(crate) struct OverrideLine {
    /// The fragment a notification links to.
    pub anchor: String,
    pub when: String,
    pub concerns: String,
    /// The reason given (on the team page only).
    pub reason: Option<String>,
    /// The family, and the session's address, when the reader may open it.
    pub session: Option<(String, String)>,
    pub cancelled: bool,
}

/// Which week a workload page shows: `?week=` names any day of it (the
/// current week when absent or unreadable).
#[derive(serde::Deserialize, Default)]
pub struct WeekQuery {
    #[serde(default)]
    week: String,
}

/// Monday of the week asked for, or of the current one (also for a date
/// the calendar cannot hold).
fn week_start(zone: &Zone, now: Timestamp, query: &WeekQuery) -> LocalDate {
    LocalDate::parse(&query.week)
        .map(LocalDate::monday)
        .filter(|monday| zone.span(*monday, 7).is_some())
        .unwrap_or_else(|| zone.local(now).date.monday())
}

/// Monday to Sunday of the week starting `monday`.
fn week_span(zone: &Zone, monday: LocalDate) -> AppResult<(Timestamp, Timestamp)> {
    zone.span(monday, 7).ok_or(AppError::BadRequest)
}

/// The links to the weeks before and after, for a workload page.
pub(crate) struct WeekNav {
    pub shown: String,
    pub previous: String,
    pub next: String,
    /// The current week's Monday, when another week is shown.
    pub current: Option<String>,
}

fn week_nav(dates: &crate::dates::Dates<'_>, monday: LocalDate, today: LocalDate) -> WeekNav {
    WeekNav {
        shown: dates.day(monday),
        previous: monday.plus_days(-7).to_string(),
        next: monday.plus_days(7).to_string(),
        current: (today.monday() != monday).then(|| today.monday().to_string()),
    }
}

/// One person's week from what was read for it: no reading here, so a team
/// page reads its whole team in a fixed number of queries.
pub(crate) fn workload_of(
    tr: &Tr,
    person: &User,
    rails: &Guardrails,
    booked: Vec<BookedTime>,
    follow_ups: &[FollowUp],
    dates: &crate::dates::Dates<'_>,
    now: Timestamp,
) -> Workload {
    let zone = dates.zone();
    let name = person.display_name.as_str();
    let entries: Vec<BookedTime> =
        booked.into_iter().filter(|e| e.outcome != Some(SessionOutcome::Cancelled)).collect();
    let mut per_day = vec![0i64; 7];
    let mut outside_hours = 0;
    let mut overrides = Vec::new();
    for e in &entries {
        let slot = zone.slot(e.starts_at, e.minutes);
        per_day[slot.date.weekday()] += 1;
        if !rails.within_hours(slot) {
            outside_hours += 1;
        }
        if let Some(codes) = &e.override_concerns {
            overrides.push(OverrideLine {
                anchor: String::new(),
                when: dates.when(e.starts_at),
                concerns: crate::support_sessions::concern_summary(tr, codes),
                reason: None,
                session: None,
                cancelled: false,
            });
        }
    }
    Workload {
        name: name.to_owned(),
        sessions_week: entries.len() as i64,
        max_week: i64::from(rails.max_sessions_per_week),
        busiest_day: per_day.iter().copied().max().unwrap_or(0),
        max_day: i64::from(rails.max_sessions_per_day),
        per_day: per_day.into_iter().enumerate().map(|(d, n)| (tr.t(&format!("weekday-{d}")), n)).collect(),
        overrides,
        outside_hours,
        open_follow_ups: follow_ups.len() as i64,
        overdue_follow_ups: follow_ups.iter().filter(|f| f.overdue_at(now)).count() as i64,
        check_in: None,
    }
}

/// A practitioner's newest workload check-in, in words.
fn check_in_summary(
    who: &SignedIn,
    instruments: &[hearth_core::checkins::Instrument],
    latest: Option<&hearth_store::checkins::OwnCheckIn>,
) -> Option<(String, i64, String, String)> {
    let c = latest?;
    let band = instruments
        .iter()
        .find(|i| i.key == c.instrument_key)
        .and_then(|i| i.bands.iter().find(|b| b.from <= c.total && c.total <= b.to));
    Some((
        who.dates().when(c.answered_at),
        c.total,
        band.map(|b| b.meaning.get(who.tr.lang.code()).to_owned()).unwrap_or_default(),
        band.map(|b| b.level.as_str().to_owned()).unwrap_or_default(),
    ))
}

#[derive(askama::Template)]
#[template(path = "workload.html")]
struct WorkloadTemplate {
    page: Page,
    week: WeekNav,
    people: Vec<Workload>,
    team: bool,
}

pub async fn workload_page(
    crate::forms::Query(query): crate::forms::Query<WeekQuery>,
    Reading { who, mut tx }: Reading,
) -> AppResult<Response> {
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let zone = &who.zone;
    let now = tx.now();
    let follow_ups = tx.own_open_follow_ups(&who.actor).await?;
    let (_, rails) = tx.guardrails_for(&who.actor.organisation_id, &who.user.id).await?;
    let monday = week_start(zone, now, &query);
    let (from, to) = week_span(zone, monday)?;
    let booked = tx.booked_times_of(&who.user.id, from, to).await?;
    let mut own = tx.own_check_ins(std::slice::from_ref(&who.user.id), 1).await?;
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let dates = who.dates();
    let mut mine = workload_of(&who.tr, &who.user, &rails, booked, &follow_ups, &dates, now);
    mine.check_in = check_in_summary(&who, &instruments, own.remove(&who.user.id).unwrap_or_default().first());
    html(&WorkloadTemplate {
        page: Page::signed_in(&who, "workload-title", "/workload"),
        week: week_nav(&dates, monday, zone.local(now).date),
        people: vec![mine],
        team: false,
    })
}

pub async fn team_page(
    crate::forms::Query(query): crate::forms::Query<WeekQuery>,
    Reading { who, mut tx }: Reading,
) -> AppResult<Response> {
    let org = who.actor.organisation_id.clone();
    who.require(Action::ViewTeamWorkload, Target::Organisation(&org))?;
    let zone = &who.zone;
    let now = tx.now();
    let team = tx.team_workload(&who.actor).await?;
    let ids: Vec<UserId> = team.iter().map(|(u, _)| u.id.clone()).collect();
    let policy = tx.wellbeing_policy(&org).await?;
    let mut limits = tx.personal_limits_of(&ids).await?;
    let monday = week_start(zone, now, &query);
    let (from, to) = week_span(zone, monday)?;
    let mut booked = tx.booked_times_of_staff(&ids, from, to).await?;
    let overrides = tx.team_overrides(&who.actor, &who.family_scope(), &ids, from, to).await?;
    let mut own = tx.own_check_ins(&ids, 1).await?;
    let instruments = tx.instruments(&org).await?;
    tx.commit().await?;
    let dates = who.dates();
    let people = team
        .iter()
        .map(|(user, follow_ups)| {
            let rails = match limits.remove(&user.id) {
                Some(mine) => policy.guardrails.with_personal(&mine),
                None => policy.guardrails.clone(),
            };
            let week = booked.remove(&user.id).unwrap_or_default();
            let mut workload = workload_of(&who.tr, user, &rails, week, follow_ups, &dates, now);
            workload.check_in = check_in_summary(&who, &instruments, own.remove(&user.id).unwrap_or_default().first());
            workload.overrides = overrides
                .iter()
                .filter(|o| o.staff_id == user.id)
                .map(|o| OverrideLine {
                    anchor: format!("override-{}", o.session_id),
                    when: dates.when(o.starts_at),
                    concerns: crate::support_sessions::concern_summary(&who.tr, &o.concerns),
                    reason: Some(o.reason.clone()),
                    session: o
                        .family_name
                        .as_ref()
                        .map(|name| (name.clone(), format!("/families/{}/sessions/{}", o.family_id, o.session_id))),
                    cancelled: o.cancelled,
                })
                .collect();
            workload
        })
        .collect();
    html(&WorkloadTemplate {
        page: Page::signed_in(&who, "team-title", "/team"),
        week: week_nav(&dates, monday, zone.local(now).date),
        people,
        team: true,
    })
}
