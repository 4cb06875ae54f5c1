//! Members' requests about their data: asked in the portal (a correction of
//! contact details, or an objection to a purpose), answered by the family's
//! practitioner from the file, with the answer kept and shown to the member.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::data_protection::{Purpose, REASON_CHARS, RequestAnswer, RequestKind};
use hearth_core::ids::DataRequestId;
use hearth_store::Tx;
use hearth_store::data_protection::DataRequest;
use hearth_store::families::Family;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, Query, field};
use crate::i18n::Tr;

const PORTAL: &str = "/portal/my-data";

struct RequestView {
    id: String,
    member: String,
    kind: String,
    purpose: Option<String>,
    details: String,
    made: String,
    due: String,
    overdue: bool,
    answer: Option<String>,
    answer_text: Option<String>,
    answered: Option<String>,
}

fn purpose_label(tr: &Tr, p: Purpose) -> String {
    tr.t(&format!("purpose-{}", p.as_str().replace('_', "-")))
}

fn view(who: &SignedIn, now: hearth_core::clock::Timestamp, r: DataRequest) -> RequestView {
    let tr = &who.tr;
    RequestView {
        id: r.id.to_string(),
        member: r.member_name,
        kind: tr.t(&format!("data-request-kind-{}", r.kind.as_str())),
        purpose: r.purpose.map(|p| purpose_label(tr, p)),
        details: r.details,
        made: who.dates().when(r.made_at),
        due: who.dates().date_of(r.due_at),
        overdue: r.answered_at.is_none() && r.due_at < now,
        answer: r.answer.map(|a| tr.t(&format!("data-request-answer-{}", a.as_str().replace('_', "-")))),
        answer_text: r.answer_text,
        answered: r.answered_at.map(|at| match r.answered_by_name {
            Some(name) => format!("{} · {name}", who.dates().when(at)),
            None => who.dates().when(at),
        }),
    }
}

/// The portal form, as typed.
struct AskFields {
    kind: String,
    purpose: String,
    details: String,
}

#[derive(askama::Template)]
#[template(path = "portal_my_data.html")]
struct PortalTemplate {
    page: Page,
    form: AskFields,
    purposes: Vec<(&'static str, String)>,
    /// Wrong fields by name, with their messages.
    errors: Vec<(&'static str, String)>,
    requests: Vec<RequestView>,
    sent: bool,
    details_max: usize,
}

impl PortalTemplate {
    fn error_for(&self, name: &str) -> Option<String> {
        self.errors.iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone())
    }
}

fn require_member(who: &SignedIn) -> AppResult<()> {
    who.require(Action::AskAboutOwnData, Target::Account(&who.user.account_facts()))
}

async fn portal_of(
    tx: &mut Tx,
    who: &SignedIn,
    form: AskFields,
    errors: Vec<(&'static str, String)>,
    sent: bool,
) -> AppResult<PortalTemplate> {
    let now = tx.now();
    let requests = tx.own_data_requests(&who.actor).await?.into_iter().map(|r| view(who, now, r)).collect();
    Ok(PortalTemplate {
        page: Page::signed_in(who, "my-data-title", PORTAL),
        form,
        purposes: Purpose::ALL.iter().map(|p| (p.as_str(), purpose_label(&who.tr, *p))).collect(),
        errors,
        requests,
        sent,
        details_max: REASON_CHARS,
    })
}

#[derive(serde::Deserialize)]
pub struct Sent {
    #[serde(default)]
    sent: String,
}

pub async fn portal_page(Reading { who, mut tx }: Reading, Query(q): Query<Sent>) -> AppResult<Response> {
    require_member(&who)?;
    let empty = AskFields { kind: String::new(), purpose: String::new(), details: String::new() };
    let page = portal_of(&mut tx, &who, empty, Vec::new(), q.sent == "1").await?;
    tx.commit().await?;
    html(&page)
}

pub async fn ask(State(state): State<AppState>, writer: Writer, Form(pairs): Form<Pairs>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_member(&who)?;
    let typed = AskFields {
        kind: field(&pairs, "kind").to_owned(),
        purpose: field(&pairs, "purpose").to_owned(),
        details: field(&pairs, "details").trim().to_owned(),
    };
    let kind = RequestKind::parse(&typed.kind);
    let purpose = Purpose::parse(&typed.purpose);
    let mut errors = Vec::new();
    if kind.is_none() {
        errors.push(("kind", who.tr.t("my-data-error-kind")));
    }
    if kind == Some(RequestKind::Objection) && purpose.is_none() {
        errors.push(("purpose", who.tr.t("my-data-error-purpose")));
    }
    if typed.details.is_empty() {
        errors.push(("details", who.tr.t("my-data-error-details")));
    }
    let (Some(kind), true) = (kind, errors.is_empty()) else {
        let page = portal_of(&mut tx, &who, typed, errors, false).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let purpose = if kind == RequestKind::Objection { purpose } else { None };
    tx.make_data_request(&who.actor, kind, purpose, &typed.details).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("{PORTAL}?sent=1")).into_response())
}

#[derive(askama::Template)]
#[template(path = "family_data_requests.html")]
struct FamilyTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    requests: Vec<RequestView>,
    answers: Vec<(&'static str, String)>,
    /// A refused answer: the request, the answer chosen, the text typed, the message.
    error: Option<(String, String, String, String)>,
    text_max: usize,
}

async fn family_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    error: Option<(String, String, String, String)>,
) -> AppResult<FamilyTemplate> {
    let read = tx.read_family(&who.actor, &family.id).await?;
    let now = tx.now();
    let requests = tx.data_requests_of(&read).await?.into_iter().map(|r| view(who, now, r)).collect();
    Ok(FamilyTemplate {
        page: Page::signed_in(who, "data-requests-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        requests,
        answers: RequestAnswer::ALL
            .iter()
            .map(|a| (a.as_str(), who.tr.t(&format!("data-request-answer-{}", a.as_str().replace('_', "-")))))
            .collect(),
        error,
        text_max: REASON_CHARS,
    })
}

pub async fn family_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let page = family_page_of(&mut tx, &who, &family, None).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn answer(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, request)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let request = DataRequestId::parse(&request).map_err(|_| AppError::NotFound)?;
    let chosen = field(&pairs, "answer").to_owned();
    let text = field(&pairs, "answer_text").trim().to_owned();
    let answer = match (RequestAnswer::parse(&chosen), text.is_empty()) {
        (Some(answer), false) => answer,
        (parsed, _) => {
            let message =
                who.tr.t(if parsed.is_none() { "data-request-error-answer" } else { "data-request-error-text" });
            let error = Some((request.to_string(), chosen, text, message));
            let page = family_page_of(&mut tx, &who, &family, error).await?;
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let read = tx.read_family(&who.actor, &family.id).await?;
    if !tx.answer_data_request(&who.actor, &read, &request, answer, &text).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/data-requests", family.id)).into_response())
}
