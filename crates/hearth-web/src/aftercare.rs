//! Completing aftercare: how the person is doing after a digital or abruptly
//! ended session, and whether more help was arranged.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::clock::Timestamp;
use hearth_core::ids::FollowUpId;
use hearth_store::Tx;
use hearth_store::aftercare::FollowUp;
use hearth_store::families::Family;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::html_with_status;
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{Pairs, field};
use crate::support_sessions::mode_label;

pub(crate) fn follow_up_href(family: &impl std::fmt::Display, follow_up: &impl std::fmt::Display) -> String {
    format!("/families/{family}/follow-ups/{follow_up}")
}

/// The longest answer to "how is the person doing".
const MAX_ANSWER_CHARS: usize = 4000;

#[derive(askama::Template)]
#[template(path = "follow_up.html")]
struct FollowUpTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    id: String,
    session_href: String,
    session: String,
    due: String,
    overdue: bool,
    channel: String,
    completed: Option<String>,
    how_they_are: String,
    more_help: String,
    form: Pairs,
    error: crate::forms::FieldError,
}

impl FollowUpTemplate {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

async fn load_follow_up(tx: &mut Tx, who: &SignedIn, family: &Family, id: &str) -> AppResult<FollowUp> {
    let id = FollowUpId::parse(id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    tx.follow_up(&read, &id).await?.ok_or(AppError::NotFound)
}

/// The follow-up page, overdue or not as of `now` (read from the request's transaction).
fn render(
    now: Timestamp,
    who: &SignedIn,
    family: &Family,
    f: FollowUp,
    form: Pairs,
    error: crate::forms::FieldError,
) -> AppResult<Response> {
    let tr = who.tr;
    let dates = who.dates();
    // Completed meanwhile, by a colleague: a conflict, not a form to correct.
    let status = match (&error, f.completed_at) {
        (None, _) => StatusCode::OK,
        (Some(_), Some(_)) => StatusCode::CONFLICT,
        (Some(_), None) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    html_with_status(
        status,
        &FollowUpTemplate {
            page: Page::signed_in(who, "aftercare-title", "/families"),
            family_id: family.id.to_string(),
            family_name: family.name.clone(),
            id: f.id.to_string(),
            session_href: crate::support_sessions::session_href(&f.family_id, &f.session_id),
            session: format!("{} · {}", dates.when(f.session_starts_at), mode_label(&tr, f.session_mode)),
            due: dates.when(f.due_at),
            overdue: f.overdue_at(now),
            channel: if f.channel.is_empty() { tr.t("aftercare-channel-unknown") } else { f.channel.clone() },
            completed: f.completed_at.map(|t| dates.when(t)),
            how_they_are: f.how_they_are.clone().unwrap_or_default(),
            more_help: match f.more_help_arranged {
                Some(true) => tr.t("aftercare-more-help-yes"),
                Some(false) => tr.t("aftercare-more-help-no"),
                None => String::new(),
            },
            form,
            error,
        },
    )
}

pub async fn follow_up_page(
    Reading { who, mut tx }: Reading,
    Path((family_id, follow_up_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &family_id, Action::WorkOnFamily).await?;
    let f = load_follow_up(&mut tx, &who, &family, &follow_up_id).await?;
    let now = tx.now();
    tx.commit().await?;
    render(now, &who, &family, f, Vec::new(), None)
}

pub async fn complete_follow_up(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, follow_up_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &family_id, Action::WorkOnFamily).await?;
    let f = load_follow_up(&mut tx, &who, &family, &follow_up_id).await?;
    let tr = who.tr;
    let answer = field(&pairs, "how_they_are").trim().to_owned();
    let more_help = match field(&pairs, "more_help") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let error = if f.completed_at.is_some() {
        Some(("", tr.t("aftercare-error-done")))
    } else if answer.is_empty() || answer.chars().count() > MAX_ANSWER_CHARS {
        Some(("how_they_are", tr.t("aftercare-error-answer")))
    } else if more_help.is_none() {
        Some(("more_help", tr.t("aftercare-error-more-help")))
    } else {
        None
    };
    let (Some(more_help), None) = (more_help, error.clone()) else {
        let now = tx.now();
        tx.commit().await?;
        return render(now, &who, &family, f, pairs, error);
    };
    tx.complete_follow_up(&who.actor, &f, &answer, more_help).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}#follow-ups", family.id)).into_response())
}
