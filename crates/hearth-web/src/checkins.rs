//! Check-ins on the web: the organisation admin loads instruments; a
//! practitioner schedules them for a family member, enters answers given on
//! the phone and follows the scores over time; the member answers in the
//! portal, on a phone, without JavaScript, in their language.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::checkins::{Audience, Cadence, Instrument, InstrumentError, InvalidCadence};
use hearth_core::ids::{CheckInRequestId, CheckInScheduleId, MemberId};
use hearth_store::checkins::{Answering, CheckInResult, OpenCheckIn};
use hearth_store::families::Family;
use hearth_store::{StoreError, Tx};
use serde::Deserialize;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Form, Pairs, Query, field};
use crate::i18n::Tr;

fn check_ins_href(family: &Family) -> String {
    format!("/families/{}/check-ins", family.id)
}

fn lang(who: &SignedIn) -> &'static str {
    who.tr.lang.code()
}

// ----- The questions, as a form -----

struct OptionView {
    value: String,
    label: String,
    checked: bool,
}

struct ItemView {
    key: String,
    text: String,
    options: Vec<OptionView>,
    missing: bool,
}

/// An instrument's items as radio groups, with what was typed kept.
fn item_views(instrument: &Instrument, lang: &str, typed: Option<&Pairs>, missing: &[String]) -> Vec<ItemView> {
    instrument
        .items
        .iter()
        .map(|item| {
            let chosen = typed.map(|p| field(p, &format!("item-{}", item.key)).to_owned()).unwrap_or_default();
            ItemView {
                key: item.key.clone(),
                text: item.text.get(lang).to_owned(),
                options: instrument
                    .scale(&item.scale)
                    .map(|s| {
                        s.options
                            .iter()
                            .map(|o| OptionView {
                                value: o.value.to_string(),
                                label: o.label.get(lang).to_owned(),
                                checked: chosen == o.value.to_string(),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                missing: missing.contains(&item.key),
            }
        })
        .collect()
}

// ----- The family's check-ins -----

struct ScheduleRow {
    id: String,
    member: String,
    instrument: String,
    cadence: String,
}

struct ResultRow {
    date: String,
    total: i64,
    band: String,
    band_level: String,
    how: String,
}

/// One member's results on one instrument: a chart and the same as a table.
struct Trend {
    heading: String,
    higher_means: String,
    chart: ScoreChart,
    rows: Vec<ResultRow>,
}

#[derive(askama::Template)]
#[template(path = "check_ins.html")]
struct CheckInsTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    can_work: bool,
    members: Vec<(String, String, bool)>,
    instruments: Vec<(String, String)>,
    schedules: Vec<ScheduleRow>,
    open: Vec<(String, String, String)>,
    trends: Vec<Trend>,
    member: String,
    instrument: String,
    cadence: String,
    weeks: String,
    errors: FieldErrors,
}

fn cadence_text(tr: &Tr, cadence: Cadence) -> String {
    match cadence {
        Cadence::EveryWeeks(n) => tr.tn("check-in-cadence-every-weeks-n", "count", i64::from(n)),
        other => tr.t(&format!("check-in-cadence-{}", other.kind().replace('_', "-"))),
    }
}

fn title_of(instruments: &[Instrument], key: &str, lang: &str) -> String {
    instruments.iter().find(|i| i.key == key).map_or_else(|| key.to_owned(), |i| i.title.get(lang).to_owned())
}

async fn check_ins_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    typed: Option<&Pairs>,
    errors: FieldErrors,
) -> AppResult<CheckInsTemplate> {
    let tr = who.tr;
    let lang = lang(who);
    let facts = tx.family_facts(&who.actor, family).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let members = tx.members_of(&read).await?;
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    let schedules = tx.check_in_schedules_of(&read).await?;
    let open = tx.open_check_ins_of(&read).await?;
    let results = tx.check_in_results_of(&who.actor, &read).await?;
    let member_name = |id: &MemberId| members.iter().find(|m| &m.id == id).map(|m| m.name.clone()).unwrap_or_default();
    let mut groups: BTreeMap<(String, String), Vec<&CheckInResult>> = BTreeMap::new();
    for r in &results {
        let member = r.member_id.as_ref().map(|m| m.to_string()).unwrap_or_default();
        groups.entry((member, r.instrument_key.clone())).or_default().push(r);
    }
    let trends = groups
        .into_iter()
        .map(|((member, key), rows)| {
            let instrument = instruments.iter().find(|i| i.key == key);
            let name = MemberId::parse(&member).map(|m| member_name(&m)).unwrap_or_default();
            let title = title_of(&instruments, &key, lang);
            let (low, high) =
                instrument.map_or((0, rows.iter().map(|r| r.total).max().unwrap_or(0)), Instrument::range);
            let dates: Vec<String> = rows.iter().map(|r| who.zone.local(r.answered_at).date.to_string()).collect();
            Trend {
                heading: tr.t_args("check-in-trend-heading", &[("name", name.clone()), ("instrument", title.clone())]),
                higher_means: instrument.map(|i| i.higher_means.get(lang).to_owned()).unwrap_or_default(),
                chart: ScoreChart::new(
                    &tr.t_args("check-in-chart-label", &[("name", name), ("instrument", title)]),
                    low,
                    high,
                    &dates,
                    &rows.iter().map(|r| r.total).collect::<Vec<_>>(),
                ),
                rows: rows
                    .iter()
                    .map(|r| {
                        let band = instrument.and_then(|i| {
                            i.bands.iter().find(|b| b.from <= r.total && r.total <= b.to).map(|b| b.meaning.get(lang))
                        });
                        ResultRow {
                            date: who.dates().when(r.answered_at),
                            total: r.total,
                            band: band.unwrap_or_default().to_owned(),
                            band_level: r.band_level.clone().unwrap_or_default(),
                            how: if r.by_phone {
                                tr.t1("check-in-by-phone", "name", &r.entered_by_name)
                            } else {
                                tr.t("check-in-in-portal")
                            },
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let typed_value = |name: &str| typed.map(|p| field(p, name).to_owned()).unwrap_or_default();
    Ok(CheckInsTemplate {
        page: Page::signed_in(who, "check-ins-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        can_work: who.may(Action::WorkOnFamily, Target::Family(&facts)),
        members: members.iter().map(|m| (m.id.to_string(), m.name.clone(), m.account_user_id.is_some())).collect(),
        instruments: instruments
            .iter()
            .filter(|i| i.audience == Audience::FamilyMember)
            .map(|i| (i.key.clone(), i.title.get(lang).to_owned()))
            .collect(),
        schedules: schedules
            .iter()
            .map(|s| ScheduleRow {
                id: s.id.to_string(),
                member: s.member_name.clone(),
                instrument: title_of(&instruments, &s.instrument_key, lang),
                cadence: cadence_text(&tr, s.cadence),
            })
            .collect(),
        open: open
            .iter()
            .map(|o| {
                (member_name(&o.member_id), title_of(&instruments, &o.instrument_key, lang), who.dates().when(o.due_at))
            })
            .collect(),
        trends,
        member: typed_value("member"),
        instrument: typed_value("instrument"),
        cadence: typed.map_or_else(|| "every_weeks".to_owned(), |p| field(p, "cadence").to_owned()),
        weeks: typed.map_or_else(|| "2".to_owned(), |p| field(p, "weeks").to_owned()),
        errors,
    })
}

pub async fn check_ins_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::ViewFamily).await?;
    let page = check_ins_page_of(&mut tx, &who, &family, None, Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn schedule(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let members = tx.members_of(&read).await?;
    let member = members.iter().find(|m| m.id.as_str() == field(&pairs, "member"));
    let instrument = tx
        .instrument(&who.actor.organisation_id, field(&pairs, "instrument"))
        .await?
        .filter(|i| i.audience == Audience::FamilyMember);
    let cadence = Cadence::parse(field(&pairs, "cadence"), field(&pairs, "weeks"));
    match (member, instrument, cadence) {
        (Some(member), Some(instrument), Ok(cadence)) => {
            tx.schedule_check_ins(&who.actor, &read, &member.id, &instrument, cadence).await?;
            tx.commit().await?;
            Ok(Redirect::to(&check_ins_href(&family)).into_response())
        }
        (member, instrument, cadence) => {
            let mut errors: FieldErrors = Vec::new();
            if member.is_none() {
                errors.push(("member", who.tr.t("check-in-error-member")));
            }
            if instrument.is_none() {
                errors.push(("instrument", who.tr.t("check-in-error-instrument")));
            }
            match cadence {
                Err(InvalidCadence::Kind) => errors.push(("cadence", who.tr.t("check-in-error-cadence"))),
                Err(InvalidCadence::Weeks) => errors.push(("weeks", who.tr.t("check-in-error-weeks"))),
                Ok(_) => {}
            }
            let page = check_ins_page_of(&mut tx, &who, &family, Some(&pairs), errors).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

pub async fn end_schedule(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, schedule)): Path<(String, String)>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let schedule = CheckInScheduleId::parse(&schedule).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    if !tx.end_check_in_schedule(&who.actor, &read, &schedule).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&check_ins_href(&family)).into_response())
}

// ----- Answers: in the portal, or entered from a call -----

#[derive(askama::Template)]
#[template(path = "check_in_form.html")]
struct CheckInFormTemplate {
    page: Page,
    /// Back to the family file (a practitioner entering answers), or none (the portal).
    back: Option<(String, String)>,
    action: String,
    title: String,
    intro: String,
    /// Entered from a call: for whom, as hidden fields.
    hidden: Vec<(&'static str, String)>,
    items: Vec<ItemView>,
    errors: Vec<String>,
}

/// Where a set of questions is answered, besides the questions themselves.
struct AnswerPlace<'a> {
    title_id: &'a str,
    current: &'a str,
    back: Option<(String, String)>,
    action: String,
    /// The heading; the instrument's title when None.
    title: Option<String>,
    hidden: Vec<(&'static str, String)>,
}

fn questions(
    who: &SignedIn,
    at: AnswerPlace<'_>,
    instrument: &Instrument,
    typed: Option<&Pairs>,
    missing: &[String],
) -> CheckInFormTemplate {
    let lang = lang(who);
    CheckInFormTemplate {
        page: Page::signed_in(who, at.title_id, at.current),
        back: at.back,
        action: at.action,
        title: at.title.unwrap_or_else(|| instrument.title.get(lang).to_owned()),
        intro: instrument.intro.get(lang).to_owned(),
        hidden: at.hidden,
        items: item_views(instrument, lang, typed, missing),
        errors: if missing.is_empty() { Vec::new() } else { vec![who.tr.t("check-in-error-unanswered")] },
    }
}

#[derive(Deserialize)]
pub struct EnterQuery {
    #[serde(default)]
    member: String,
    #[serde(default)]
    instrument: String,
}

fn entry_form(
    who: &SignedIn,
    family: &Family,
    member: (&MemberId, &str),
    instrument: &Instrument,
    typed: Option<&Pairs>,
    missing: &[String],
) -> CheckInFormTemplate {
    let title = instrument.title.get(lang(who)).to_owned();
    let at = AnswerPlace {
        title_id: "check-in-enter-title",
        current: "/families",
        back: Some((check_ins_href(family), family.name.clone())),
        action: format!("{}/answers", check_ins_href(family)),
        title: Some(who.tr.t_args("check-in-enter-heading", &[("name", member.1.to_owned()), ("instrument", title)])),
        hidden: vec![("member", member.0.to_string()), ("instrument", instrument.key.clone())],
    };
    questions(who, at, instrument, typed, missing)
}

/// Answers given on the phone, entered by the practitioner.
pub async fn enter_page(
    Reading { who, mut tx }: Reading,
    Path(id): Path<String>,
    Query(query): Query<EnterQuery>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let members = tx.members_of(&read).await?;
    let member = members.iter().find(|m| m.id.as_str() == query.member);
    let instrument = tx.instrument(&who.actor.organisation_id, &query.instrument).await?;
    tx.commit().await?;
    match (member, instrument.filter(|i| i.audience == Audience::FamilyMember)) {
        (Some(member), Some(instrument)) => {
            html(&entry_form(&who, &family, (&member.id, &member.name), &instrument, None, &[]))
        }
        _ => Ok(Redirect::to(&check_ins_href(&family)).into_response()),
    }
}

pub async fn enter_answers(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let members = tx.members_of(&read).await?;
    let member = members.iter().find(|m| m.id.as_str() == field(&pairs, "member")).ok_or(AppError::NotFound)?;
    let instrument = tx
        .instrument(&who.actor.organisation_id, field(&pairs, "instrument"))
        .await?
        .filter(|i| i.audience == Audience::FamilyMember)
        .ok_or(AppError::NotFound)?;
    let (answers, missing) = instrument.read_answers(|name| field(&pairs, name).to_owned());
    let score = instrument.score(&answers);
    let Some(score) = score.filter(|_| missing.is_empty()) else {
        tx.commit().await?;
        let page = entry_form(&who, &family, (&member.id, &member.name), &instrument, Some(&pairs), &missing);
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let open = tx.open_check_in_of_member(&read, &member.id, &instrument.key).await?;
    let answering = Answering::ByPhone { family: &family.id, member: &member.id, request: open.as_ref() };
    tx.record_check_in(&who.actor, answering, &instrument, &answers, &score).await?;
    tx.commit().await?;
    Ok(Redirect::to(&check_ins_href(&family)).into_response())
}

#[derive(askama::Template)]
#[template(path = "portal_check_ins.html")]
struct PortalCheckInsTemplate {
    page: Page,
    open: Vec<(String, String, String)>,
    answered: bool,
}

#[derive(Deserialize)]
pub struct PortalQuery {
    #[serde(default)]
    answered: String,
}

/// The check-ins asked of the member, oldest first.
pub async fn portal_check_ins(
    Reading { who, mut tx }: Reading,
    Query(query): Query<PortalQuery>,
) -> AppResult<Response> {
    who.require(Action::AnswerCheckIn, Target::Account(&who.user.account_facts()))?;
    let open = tx.open_check_ins_for(&who.user.id).await?;
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let lang = lang(&who);
    let open = open
        .iter()
        .map(|o| {
            (
                format!("/portal/check-ins/{}", o.id),
                title_of(&instruments, &o.instrument_key, lang),
                who.tr.t1("portal-check-in-asked", "when", &who.dates().when(o.due_at)),
            )
        })
        .collect();
    html(&PortalCheckInsTemplate {
        page: Page::signed_in(&who, "portal-check-ins-title", "/portal/check-ins"),
        open,
        answered: query.answered == "1",
    })
}

async fn open_for_member(tx: &mut Tx, who: &SignedIn, id: &str) -> AppResult<(OpenCheckIn, Instrument)> {
    let id = CheckInRequestId::parse(id).map_err(|_| AppError::NotFound)?;
    let (open, facts) = tx.open_check_in(&who.actor, &id).await?.ok_or(AppError::NotFound)?;
    who.require(Action::AnswerCheckIn, Target::CheckIn(&facts))?;
    let instrument =
        tx.instrument(&who.actor.organisation_id, &open.instrument_key).await?.ok_or(AppError::NotFound)?;
    Ok((open, instrument))
}

fn portal_form(
    who: &SignedIn,
    open: &OpenCheckIn,
    instrument: &Instrument,
    typed: Option<&Pairs>,
    missing: &[String],
) -> CheckInFormTemplate {
    let at = AnswerPlace {
        title_id: "portal-check-in-title",
        current: "/portal/check-ins",
        back: None,
        action: format!("/portal/check-ins/{}", open.id),
        title: None,
        hidden: Vec::new(),
    };
    questions(who, at, instrument, typed, missing)
}

pub async fn portal_check_in_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let (open, instrument) = open_for_member(&mut tx, &who, &id).await?;
    tx.commit().await?;
    html(&portal_form(&who, &open, &instrument, None, &[]))
}

pub async fn portal_answer(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (open, instrument) = open_for_member(&mut tx, &who, &id).await?;
    let (answers, missing) = instrument.read_answers(|name| field(&pairs, name).to_owned());
    let Some(score) = instrument.score(&answers).filter(|_| missing.is_empty()) else {
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &portal_form(&who, &open, &instrument, Some(&pairs), &missing),
        );
    };
    match tx.record_check_in(&who.actor, Answering::InPortal(&open), &instrument, &answers, &score).await {
        // Answered meanwhile (another tab): the list says so.
        Err(StoreError::Conflict) => return Ok(Redirect::to("/portal/check-ins").into_response()),
        done => done?,
    };
    tx.commit().await?;
    Ok(Redirect::to("/portal/check-ins?answered=1").into_response())
}

// ----- A practitioner's own workload check-in -----

/// The organisation's instrument for practitioners about themselves: its
/// own when it loaded one, else Hearth's workload check-in.
async fn own_instrument(tx: &mut Tx, who: &SignedIn) -> AppResult<Instrument> {
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    let mut own = instruments.into_iter().filter(|i| i.audience == Audience::Practitioner);
    let first = own.next().ok_or(AppError::NotFound)?;
    Ok(own.find(|i| i.key != "workload-check-in").unwrap_or(first))
}

fn own_form(who: &SignedIn, instrument: &Instrument, typed: Option<&Pairs>, missing: &[String]) -> CheckInFormTemplate {
    let at = AnswerPlace {
        title_id: "workload-check-in-link",
        current: "/workload",
        back: Some(("/workload".to_owned(), who.tr.t("workload-title"))),
        action: "/workload/check-in".to_owned(),
        title: None,
        hidden: Vec::new(),
    };
    questions(who, at, instrument, typed, missing)
}

pub async fn own_check_in_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let instrument = own_instrument(&mut tx, &who).await?;
    tx.commit().await?;
    html(&own_form(&who, &instrument, None, &[]))
}

pub async fn own_check_in(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::KeepOwnCalendar, Target::Account(&who.user.account_facts()))?;
    let instrument = own_instrument(&mut tx, &who).await?;
    let (answers, missing) = instrument.read_answers(|name| field(&pairs, name).to_owned());
    let Some(score) = instrument.score(&answers).filter(|_| missing.is_empty()) else {
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &own_form(&who, &instrument, Some(&pairs), &missing),
        );
    };
    tx.record_check_in(&who.actor, Answering::Own, &instrument, &answers, &score).await?;
    tx.commit().await?;
    Ok(Redirect::to("/workload").into_response())
}

// ----- Instruments, kept by the organisation admin -----

struct InstrumentRow {
    key: String,
    title: String,
    version: i64,
    audience: String,
    items: usize,
    bands: Vec<String>,
}

#[derive(askama::Template)]
#[template(path = "admin_instruments.html")]
struct InstrumentsTemplate {
    page: Page,
    instruments: Vec<InstrumentRow>,
    body: String,
    errors: FieldErrors,
}

fn instrument_error(tr: &Tr, e: &InstrumentError) -> String {
    // The checks' own words name keys and lines; the frame is translated.
    tr.t1("instrument-error", "problem", &e.to_string())
}

async fn instruments_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    body: String,
    errors: FieldErrors,
) -> AppResult<InstrumentsTemplate> {
    let lang = lang(who);
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    Ok(InstrumentsTemplate {
        page: Page::signed_in(who, "instruments-title", "/admin/instruments"),
        instruments: instruments
            .iter()
            .map(|i| InstrumentRow {
                key: i.key.clone(),
                title: i.title.get(lang).to_owned(),
                version: i.version,
                audience: who.tr.t(&format!("instrument-audience-{}", i.audience.as_str().replace('_', "-"))),
                items: i.items.len(),
                bands: i.bands.iter().map(|b| format!("{}–{}: {}", b.from, b.to, b.meaning.get(lang))).collect(),
            })
            .collect(),
        body,
        errors,
    })
}

pub async fn instruments_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::ManageInstruments, Target::Organisation(&who.actor.organisation_id))?;
    let page = instruments_page_of(&mut tx, &who, String::new(), Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn load_instrument(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::ManageInstruments, Target::Organisation(&who.actor.organisation_id))?;
    let body = field(&pairs, "body").to_owned();
    // Every problem is about the instrument typed (or pasted) into `body`.
    let errors: FieldErrors = match Instrument::parse(&body) {
        Ok(instrument) => match tx.load_instrument(&who.actor, &instrument, &body).await {
            Ok(()) => {
                tx.commit().await?;
                return Ok(Redirect::to("/admin/instruments").into_response());
            }
            Err(StoreError::Conflict) => vec![("body", who.tr.t1("instrument-error-version", "key", &instrument.key))],
            Err(e) => return Err(e.into()),
        },
        Err(wrong) => wrong.iter().map(|e| ("body", instrument_error(&who.tr, e))).collect(),
    };
    let page = instruments_page_of(&mut tx, &who, body, errors).await?;
    tx.commit().await?;
    html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

// ----- The chart -----

/// A line of totals over time inside the instrument's range, drawn by
/// `_score_chart.html` and always shown with the same figures as a table.
pub(crate) struct ScoreChart {
    label: String,
    width: f64,
    height: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    low: i64,
    high: i64,
    high_y: String,
    low_y: String,
    date_y: f64,
    dates: Vec<(String, String)>,
    points: Vec<(String, String)>,
}

impl ScoreChart {
    fn new(label: &str, low: i64, high: i64, dates: &[String], totals: &[i64]) -> Self {
        const W: f64 = 320.0;
        const H: f64 = 150.0;
        const PAD_L: f64 = 30.0;
        const PAD_R: f64 = 10.0;
        const PAD_T: f64 = 12.0;
        const PAD_B: f64 = 28.0;
        let span = (high - low).max(1) as f64;
        let n = totals.len().max(1);
        let x = |i: usize| {
            if n == 1 { (PAD_L + W - PAD_R) / 2.0 } else { PAD_L + (W - PAD_L - PAD_R) * i as f64 / (n - 1) as f64 }
        };
        let y = |v: i64| PAD_T + (H - PAD_T - PAD_B) * (1.0 - (v - low) as f64 / span);
        Self {
            label: label.to_owned(),
            width: W,
            height: H,
            left: PAD_L,
            right: W - PAD_R,
            top: PAD_T,
            bottom: H - PAD_B,
            low,
            high,
            high_y: format!("{:.1}", y(high) + 4.0),
            low_y: format!("{:.1}", y(low) + 4.0),
            date_y: H - 10.0,
            // At most six dates under the axis, so they never overlap on a phone.
            dates: dates
                .iter()
                .enumerate()
                .filter(|(i, _)| dates.len() <= 6 || i % dates.len().div_ceil(6) == 0)
                .map(|(i, d)| (format!("{:.1}", x(i)), d.get(5..).unwrap_or(d).to_owned()))
                .collect(),
            points: totals.iter().enumerate().map(|(i, v)| (format!("{:.1}", x(i)), format!("{:.1}", y(*v)))).collect(),
        }
    }

    pub(crate) fn line(&self) -> String {
        self.points.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ")
    }
}
