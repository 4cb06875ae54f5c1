//! Family group conferences on the web: recording the family's own plan,
//! following each action's progress, and a print view for the family.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::clock::Timestamp;
use hearth_core::conference::{ActionProgress, InvalidPlanAction, PlanAction, PlanAgreement};
use hearth_core::ids::{ConferenceId, PlanActionId};
use hearth_store::Tx;
use hearth_store::conference::{Conference, NewConference};
use hearth_store::families::Family;
use serde::Deserialize;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{FieldErrors, Pairs, field, plain_date};
use crate::i18n::Tr;

/// Empty action rows offered on the form; the family's plan rarely has more.
const ACTION_ROWS: usize = 6;

/// The id of each action row's fieldset, which a refused row's error names.
const ROW_IDS: [&str; ACTION_ROWS] =
    ["plan-action-0", "plan-action-1", "plan-action-2", "plan-action-3", "plan-action-4", "plan-action-5"];

#[derive(askama::Template)]
#[template(path = "conference_form.html")]
struct ConferenceFormTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    form: Pairs,
    rows: Vec<usize>,
    agreements: Vec<(&'static str, String)>,
    errors: FieldErrors,
}

impl ConferenceFormTemplate {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
    fn row(&self, name: &str, i: &usize) -> &str {
        field(&self.form, &format!("{name}-{i}"))
    }
    fn row_id(&self, i: &usize) -> &'static str {
        ROW_IDS.get(*i).copied().unwrap_or_default()
    }
}

fn form_page(who: &SignedIn, family: &Family, form: Pairs, errors: FieldErrors) -> ConferenceFormTemplate {
    let tr = who.tr;
    ConferenceFormTemplate {
        page: Page::signed_in(who, "conference-new-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        form,
        rows: (0..ACTION_ROWS).collect(),
        agreements: PlanAgreement::ALL
            .iter()
            .map(|a| (a.as_str(), tr.t(&format!("agreement-{}", a.as_str()))))
            .collect(),
        errors,
    }
}

pub async fn new_conference_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let today = who.zone.local(tx.now()).date.to_string();
    tx.commit().await?;
    html(&form_page(&who, &family, vec![("held_on".into(), today)], Vec::new()))
}

fn optional_date(text: &str) -> Result<Option<Timestamp>, ()> {
    match text.trim() {
        "" => Ok(None),
        t => plain_date(t).map(Some).ok_or(()),
    }
}

pub async fn record_conference(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let tr = who.tr;
    let mut errors: FieldErrors = Vec::new();
    let held_on = plain_date(field(&pairs, "held_on"));
    if held_on.is_none() {
        errors.push(("held_on", tr.t("date-invalid")));
    }
    let text = |name: &str| field(&pairs, name).trim().chars().take(2000).collect::<String>();
    let family_participants = text("family_participants");
    if family_participants.is_empty() {
        errors.push(("family_participants", tr.t("conference-error-participants")));
    }
    let mut actions = Vec::new();
    // A row's problem is said by its fieldset: the row's fields repeat.
    for (i, row_id) in ROW_IDS.into_iter().enumerate() {
        let number = i64::try_from(i + 1).unwrap_or(0);
        match PlanAction::parse(field(&pairs, &format!("what-{i}")), field(&pairs, &format!("who-{i}"))) {
            Ok(Some(action)) => match optional_date(field(&pairs, &format!("due-{i}"))) {
                Ok(due) => actions.push((action, due)),
                Err(()) => errors.push((row_id, tr.tn("conference-error-action-date", "number", number))),
            },
            Ok(None) => {}
            Err(InvalidPlanAction::Incomplete) => {
                errors.push((row_id, tr.tn("conference-error-action", "number", number)))
            }
            Err(InvalidPlanAction::TooLong) => {
                errors.push((row_id, tr.tn("conference-error-action-long", "number", number)))
            }
        }
    }
    if actions.is_empty() {
        // The plan as a whole: said by its first row, where it starts.
        errors.push((ROW_IDS[0], tr.t("conference-error-no-actions")));
    }
    let agreement = PlanAgreement::parse(field(&pairs, "agreement"));
    if agreement.is_none() {
        errors.push(("agreement", tr.t("conference-error-agreement")));
    }
    let review_on = optional_date(field(&pairs, "review_on"))
        .map_err(|()| errors.push(("review_on", tr.t("date-invalid"))))
        .ok()
        .flatten();
    let (Some(held_on), Some(agreement), true) = (held_on, agreement, errors.is_empty()) else {
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&who, &family, pairs, errors));
    };
    let new = NewConference {
        held_on,
        family_participants,
        professional_participants: text("professional_participants"),
        actions,
        agreement,
        review_on,
    };
    let conference = tx.record_conference(&who.actor, &family.id, &new).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/conferences/{conference}", family.id)).into_response())
}

struct ActionView {
    id: String,
    what: String,
    who: String,
    due: String,
    status: &'static str,
    status_label: String,
    history: Vec<String>,
}

struct ConferenceView {
    id: String,
    held_on: String,
    family_participants: String,
    professional_participants: String,
    agreement: String,
    review_on: String,
    actions: Vec<ActionView>,
    open_actions: i64,
}

fn view(tr: &Tr, zone: &hearth_core::zone::Zone, c: Conference) -> ConferenceView {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    let none = tr.t("not-yet");
    ConferenceView {
        id: c.id.to_string(),
        held_on: dates.stored_date(c.held_on),
        family_participants: c.family_participants,
        professional_participants: c.professional_participants,
        agreement: tr.t(&format!("agreement-{}", c.agreement.as_str())),
        review_on: c.review_on.map(|d| dates.stored_date(d)).unwrap_or_else(|| none.clone()),
        open_actions: c.actions.iter().filter(|a| a.status().is_open()).count() as i64,
        actions: c
            .actions
            .into_iter()
            .map(|a| ActionView {
                id: a.id.to_string(),
                status: a.status().as_str(),
                status_label: tr.t(&format!("progress-{}", a.status().as_str())),
                due: a.due_on.map(|d| dates.stored_date(d)).unwrap_or_else(|| "—".into()),
                history: a
                    .progress
                    .iter()
                    .rev()
                    .map(|p| {
                        tr.t_args(
                            "progress-entry",
                            &[
                                ("when", dates.when(p.at)),
                                ("name", p.author_name.clone()),
                                ("status", tr.t(&format!("progress-{}", p.status.as_str()))),
                                ("detail", p.note.clone()),
                            ],
                        )
                    })
                    .collect(),
                what: a.what,
                who: a.who,
            })
            .collect(),
    }
}

#[derive(askama::Template)]
#[template(path = "conferences.html")]
struct ConferencesTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    conferences: Vec<ConferenceView>,
}

pub async fn conferences_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let conferences = tx.conferences_of(&read).await?;
    tx.commit().await?;
    html(&ConferencesTemplate {
        page: Page::signed_in(&who, "conferences-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        conferences: conferences.into_iter().map(|c| view(&who.tr, &who.zone, c)).collect(),
    })
}

#[derive(askama::Template)]
#[template(path = "conference.html")]
struct ConferenceTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    c: ConferenceView,
    statuses: Vec<(&'static str, String)>,
    progress_error: Option<RefusedProgress>,
}

/// A refused progress update, said by its action with the note typed kept.
struct RefusedProgress {
    action: String,
    message: String,
    note: String,
    /// Whether the note is at fault (too long) rather than the status.
    about_note: bool,
}

#[derive(askama::Template)]
#[template(path = "conference_print.html")]
struct PrintTemplate {
    page: Page,
    family_name: String,
    c: ConferenceView,
}

async fn load_conference(tx: &mut Tx, who: &SignedIn, family_id: &str, id: &str) -> AppResult<(Family, Conference)> {
    let family = family_for(tx, who, family_id, Action::WorkOnFamily).await?;
    let id = ConferenceId::parse(id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let conference = tx.conferences_of(&read).await?.into_iter().find(|c| c.id == id).ok_or(AppError::NotFound)?;
    Ok((family, conference))
}

pub async fn conference_page(
    Reading { who, mut tx }: Reading,
    Path((id, cid)): Path<(String, String)>,
) -> AppResult<Response> {
    let (family, conference) = load_conference(&mut tx, &who, &id, &cid).await?;
    tx.commit().await?;
    html(&conference_template(&who, &family, conference, None))
}

/// The conference page, with a refused progress update said by its action.
fn conference_template(
    who: &SignedIn,
    family: &Family,
    conference: Conference,
    progress_error: Option<RefusedProgress>,
) -> ConferenceTemplate {
    let tr = who.tr;
    ConferenceTemplate {
        page: Page::signed_in(who, "conference-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        c: view(&tr, &who.zone, conference),
        statuses: ActionProgress::ALL.iter().map(|s| (s.as_str(), tr.t(&format!("progress-{}", s.as_str())))).collect(),
        progress_error,
    }
}

/// The plan as the family takes it home: no navigation, no internal detail.
pub async fn print_page(
    Reading { who, mut tx }: Reading,
    Path((id, cid)): Path<(String, String)>,
) -> AppResult<Response> {
    let (family, conference) = load_conference(&mut tx, &who, &id, &cid).await?;
    tx.commit().await?;
    let mut page = Page::signed_in(&who, "conference-print-title", "/families");
    page.nav.clear();
    html(&PrintTemplate { page, family_name: family.name.clone(), c: view(&who.tr, &who.zone, conference) })
}

#[derive(Deserialize)]
pub struct ProgressForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
}

pub async fn record_progress(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, cid, aid)): Path<(String, String, String)>,
    Form(form): Form<ProgressForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, conference) = load_conference(&mut tx, &who, &id, &cid).await?;
    let action = PlanActionId::parse(&aid).map_err(|_| AppError::NotFound)?;
    if !conference.actions.iter().any(|a| a.id == action) {
        return Err(AppError::NotFound);
    }
    /// A progress note is a line or two on the plan, not a case note.
    const MAX_PROGRESS_NOTE_CHARS: usize = 2_000;
    let note = form.note.trim();
    let status = match ActionProgress::parse(&form.status) {
        // A status not on the list (a tampered form) is said by the action,
        // with the note typed kept; so is a note too long for the plan.
        None => Err(("conference-progress-error", false)),
        Some(_) if note.chars().count() > MAX_PROGRESS_NOTE_CHARS => Err(("conference-progress-note-too-long", true)),
        Some(status) => Ok(status),
    };
    let status = match status {
        Ok(status) => status,
        Err((refusal, about_note)) => {
            tx.commit().await?;
            let error = RefusedProgress {
                action: action.to_string(),
                message: who.tr.t(refusal),
                note: form.note.clone(),
                about_note,
            };
            return html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &conference_template(&who, &family, conference, Some(error)),
            );
        }
    };
    tx.record_progress(&who.actor, &family.id, &action, status, note).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/conferences/{}#action-{action}", family.id, conference.id)).into_response())
}
