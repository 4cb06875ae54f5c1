//! Information sharing from a family file: the disclosures made to
//! partners (prepared, approved by a second person, sent, corrected) and the
//! information partners gave, with the conditions it came with; and the
//! supervisor's register of both. Partners and agreements themselves are
//! kept by the organisation admin (`crate::partners`).

mod disclosures;
mod record;
mod register;

pub use disclosures::{
    amend_disclosure, correct_disclosure_page, create_disclosure, disclosure_page, disclosure_record,
    edit_disclosure_page, mark_sent, new_disclosure_page, review_disclosure,
};
pub use register::{register_csv, register_page};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::ids::PartnerId;
use hearth_core::sharing::{
    Consent, DisclosurePurpose, DisclosureStatus, HandlingConditions, InformationCategory, InvalidReceived,
    ReceivedInformation,
};
use hearth_store::Tx;
use hearth_store::families::Family;
use hearth_store::sharing::{FileItem, ItemKind, ReceivedRecord};

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Form, Pairs, field};
use crate::i18n::Tr;

fn sharing_href(family: &Family) -> String {
    format!("/families/{}/sharing", family.id)
}

pub(crate) fn disclosure_href(family: &impl std::fmt::Display, id: &impl std::fmt::Display) -> String {
    format!("/families/{family}/disclosures/{id}")
}

fn category_label(tr: &Tr, c: InformationCategory) -> String {
    tr.t(&format!("sharing-category-{}", c.as_str().replace('_', "-")))
}

fn status_label(tr: &Tr, s: DisclosureStatus) -> String {
    tr.t(&format!("disclosure-status-{}", s.as_str().replace('_', "-")))
}

fn purpose_label(tr: &Tr, p: DisclosurePurpose) -> String {
    tr.t(&format!("disclosure-purpose-{}", p.as_str().replace('_', "-")))
}

fn consent_label(tr: &Tr, c: Consent) -> String {
    tr.t(&format!("disclosure-consent-{}", c.as_str().replace('_', "-")))
}

/// An item of the file in words: what it is and when.
fn item_label(tr: &Tr, who: &SignedIn, item: &FileItem) -> String {
    let when = who.dates().date_of(item.at);
    match item.kind {
        ItemKind::Note => {
            tr.t_args("disclosure-item-note", &[("kind", tr.t(&format!("note-kind-{}", item.title))), ("date", when)])
        }
        ItemKind::Document => tr.t_args("disclosure-item-document", &[("name", item.title.clone()), ("date", when)]),
        ItemKind::Assessment => tr.t_args(
            "disclosure-item-assessment",
            &[("response", tr.t(&format!("response-{}", item.title))), ("date", when)],
        ),
        ItemKind::Received => tr.t_args("disclosure-item-received", &[("partner", item.title.clone()), ("date", when)]),
    }
}

fn conditions_text(tr: &Tr, r: &ReceivedRecord) -> Vec<String> {
    let mut out = Vec::new();
    if r.info.conditions.not_for_family {
        out.push(tr.t("received-condition-not-for-family"));
    }
    if r.info.conditions.not_for_onward_sharing {
        out.push(tr.t("received-condition-not-for-onward-sharing"));
    }
    if !r.info.other_conditions.is_empty() {
        out.push(r.info.other_conditions.clone());
    }
    out
}

struct DisclosureRow {
    href: String,
    partner: String,
    status: &'static str,
    status_label: String,
    purpose: String,
    prepared: String,
    sent: String,
    correction: bool,
}

struct ReceivedRow {
    partner: String,
    received_on: String,
    summary: String,
    conditions: Vec<String>,
    recorded: String,
}

#[derive(askama::Template)]
#[template(path = "sharing.html")]
struct SharingTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    disclosures: Vec<DisclosureRow>,
    received: Vec<ReceivedRow>,
    can_work: bool,
}

/// The file's information sharing: what went to partners and what came from them.
pub async fn sharing_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::ViewFamily).await?;
    let facts = tx.family_facts(&who.actor, &family).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let disclosures = tx.disclosures_of(&read).await?;
    let received = tx.received_of(&read).await?;
    tx.commit().await?;
    let tr = who.tr;
    let page = SharingTemplate {
        page: Page::signed_in(&who, "sharing-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        disclosures: disclosures
            .iter()
            .map(|d| DisclosureRow {
                href: disclosure_href(&family.id, &d.id),
                partner: d.partner_name.clone(),
                status: d.status.as_str(),
                status_label: status_label(&tr, d.status),
                purpose: purpose_label(&tr, d.purpose),
                prepared: tr.t_args(
                    "disclosure-prepared-by",
                    &[("name", d.prepared_by_name.clone()), ("when", who.dates().when(d.prepared_at))],
                ),
                sent: d.sent_on.map(|s| tr.t1("disclosure-sent-on", "date", &s.to_string())).unwrap_or_default(),
                correction: d.corrects.is_some(),
            })
            .collect(),
        received: received
            .iter()
            .map(|r| ReceivedRow {
                partner: r.partner_name.clone(),
                received_on: r.info.received_on.to_string(),
                summary: r.info.summary.clone(),
                conditions: conditions_text(&tr, r),
                recorded: tr.t_args(
                    "received-recorded-by",
                    &[("name", r.recorded_by_name.clone()), ("when", who.dates().when(r.recorded_at))],
                ),
            })
            .collect(),
        can_work: who.may(Action::WorkOnFamily, hearth_core::access::Target::Family(&facts)),
    };
    html(&page)
}

// ----- Information received -----

#[derive(askama::Template)]
#[template(path = "received_form.html")]
struct ReceivedFormTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    partners: Vec<(String, String)>,
    partner: String,
    received_on: String,
    summary: String,
    not_for_family: bool,
    not_for_onward_sharing: bool,
    other_conditions: String,
    errors: FieldErrors,
}

async fn received_form(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    pairs: Option<&Pairs>,
    errors: FieldErrors,
) -> AppResult<ReceivedFormTemplate> {
    let partners = tx.partners(&who.actor.organisation_id).await?;
    let typed = |name: &str| pairs.map(|p| field(p, name).to_owned()).unwrap_or_default();
    Ok(ReceivedFormTemplate {
        page: Page::signed_in(who, "received-new-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        partners: partners.into_iter().map(|p| (p.id.to_string(), p.details.name)).collect(),
        partner: typed("partner"),
        received_on: pairs.map_or_else(|| who.today(tx).to_string(), |p| field(p, "received_on").to_owned()),
        summary: typed("summary"),
        // Until the practitioner says otherwise, information from a partner
        // goes nowhere: both conditions start ticked.
        not_for_family: pairs.is_none_or(|p| !field(p, "not_for_family").is_empty()),
        not_for_onward_sharing: pairs.is_none_or(|p| !field(p, "not_for_onward_sharing").is_empty()),
        other_conditions: typed("other_conditions"),
        errors,
    })
}

pub async fn new_received_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let page = received_form(&mut tx, &who, &family, None, Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn record_received(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let partner = match PartnerId::parse(field(&pairs, "partner")) {
        Ok(p) => tx.partner(&who.actor.organisation_id, &p).await?,
        Err(_) => None,
    };
    let conditions = HandlingConditions {
        not_for_family: !field(&pairs, "not_for_family").is_empty(),
        not_for_onward_sharing: !field(&pairs, "not_for_onward_sharing").is_empty(),
    };
    let parsed = ReceivedInformation::parse(
        field(&pairs, "received_on"),
        field(&pairs, "summary"),
        conditions,
        field(&pairs, "other_conditions"),
        who.today(&tx),
    );
    match (partner, parsed) {
        (Some(partner), Ok(info)) => {
            let read = tx.read_family(&who.actor, &family.id).await?;
            tx.record_received(&who.actor, &read, &partner, &info).await?;
            tx.commit().await?;
            Ok(Redirect::to(&sharing_href(&family)).into_response())
        }
        (partner, parsed) => {
            let mut wrong = parsed.err().unwrap_or_default();
            if partner.is_none() {
                wrong.insert(0, InvalidReceived::Partner);
            }
            // Too long is the summary, unless it is the other conditions.
            let summary_too_long =
                field(&pairs, "summary").trim().chars().count() > hearth_core::sharing::LONG_TEXT_CHARS;
            let errors = wrong
                .iter()
                .map(|e| match e {
                    InvalidReceived::Partner => ("partner", who.tr.t("received-error-partner")),
                    InvalidReceived::Date => ("received_on", who.tr.t("received-error-date")),
                    InvalidReceived::Summary => ("summary", who.tr.t("received-error-summary")),
                    InvalidReceived::TooLong => {
                        let id = if summary_too_long { "summary" } else { "other_conditions" };
                        (id, who.tr.t("sharing-error-too-long"))
                    }
                })
                .collect();
            let page = received_form(&mut tx, &who, &family, Some(&pairs), errors).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// A refused id in a path: the same answer as an unknown one.
fn not_found<T>(_: T) -> AppError {
    AppError::NotFound
}
