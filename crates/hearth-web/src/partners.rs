//! Partner agencies and information-sharing agreements, kept by the
//! organisation admin: who the organisation shares with, and what may be
//! shared with each, why, on what threshold and for how long. An agreement
//! past its review date is flagged; an ended one is shown as ended.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::ids::{PartnerId, SharingAgreementId};
use hearth_core::sharing::{
    AgreementForm, AgreementStanding, AgreementTerms, InformationCategory, InvalidAgreement, InvalidPartner,
    PartnerDetails, PartnerKind, lawful_bases,
};
use hearth_core::wellbeing::LocalDate;
use hearth_store::Tx;
use hearth_store::sharing::{Partner, SharingAgreement};

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Form, Pairs, field, values};
use crate::i18n::Tr;

const HOME: &str = "/admin/partners";

fn require_admin(who: &SignedIn) -> AppResult<()> {
    who.require(Action::ManagePartners, Target::Organisation(&who.actor.organisation_id))
}

async fn partner_for(tx: &mut Tx, who: &SignedIn, id: &str) -> AppResult<Partner> {
    require_admin(who)?;
    let id = PartnerId::parse(id).map_err(|_| AppError::NotFound)?;
    tx.partner(&who.actor.organisation_id, &id).await?.ok_or(AppError::NotFound)
}

fn kinds(tr: &Tr) -> Vec<(&'static str, String)> {
    PartnerKind::ALL
        .iter()
        .map(|k| (k.as_str(), tr.t(&format!("partner-kind-{}", k.as_str().replace('_', "-")))))
        .collect()
}

fn partner_errors(tr: &Tr, wrong: &[InvalidPartner]) -> FieldErrors {
    wrong
        .iter()
        .map(|e| match e {
            InvalidPartner::Name => ("name", tr.t("partner-error-name")),
            InvalidPartner::Kind => ("kind", tr.t("partner-error-kind")),
            InvalidPartner::Contact => ("contact_name", tr.t("partner-error-contact")),
            InvalidPartner::ContactDetails => ("contact_details", tr.t("partner-error-contact-details")),
        })
        .collect()
}

/// The partner form's fields, as typed or as stored.
struct PartnerFields {
    name: String,
    kind: String,
    contact_name: String,
    contact_details: String,
}

impl PartnerFields {
    fn empty() -> Self {
        Self { name: String::new(), kind: String::new(), contact_name: String::new(), contact_details: String::new() }
    }
    fn of(details: &PartnerDetails) -> Self {
        Self {
            name: details.name.clone(),
            kind: details.kind.as_str().to_owned(),
            contact_name: details.contact_name.clone(),
            contact_details: details.contact_details.clone(),
        }
    }
    fn typed(pairs: &Pairs) -> Self {
        Self {
            name: field(pairs, "name").to_owned(),
            kind: field(pairs, "kind").to_owned(),
            contact_name: field(pairs, "contact_name").to_owned(),
            contact_details: field(pairs, "contact_details").to_owned(),
        }
    }
}

struct PartnerRow {
    href: String,
    name: String,
    kind: String,
    contact: String,
    /// Agreements flagged for review, and in force.
    review_due: i64,
    in_force: i64,
}

#[derive(askama::Template)]
#[template(path = "partners.html")]
struct PartnersTemplate {
    page: Page,
    partners: Vec<PartnerRow>,
    kinds: Vec<(&'static str, String)>,
    form: PartnerFields,
    errors: FieldErrors,
}

fn count<T>(items: impl Iterator<Item = T>) -> i64 {
    i64::try_from(items.count()).unwrap_or(i64::MAX)
}

async fn partners_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    form: PartnerFields,
    errors: FieldErrors,
) -> AppResult<PartnersTemplate> {
    let today = who.today(tx);
    let agreements = tx.sharing_agreements(&who.actor.organisation_id).await?;
    let partners = tx
        .partners(&who.actor.organisation_id)
        .await?
        .into_iter()
        .map(|p| {
            let standing: Vec<AgreementStanding> =
                agreements.iter().filter(|a| a.partner_id == p.id).map(|a| a.terms.standing(today)).collect();
            PartnerRow {
                href: format!("{HOME}/{}", p.id),
                kind: who.tr.t(&format!("partner-kind-{}", p.details.kind.as_str().replace('_', "-"))),
                contact: p.details.contact_name.clone(),
                name: p.details.name,
                review_due: count(standing.iter().filter(|s| **s == AgreementStanding::ReviewDue)),
                in_force: count(standing.iter().filter(|s| s.usable())),
            }
        })
        .collect();
    Ok(PartnersTemplate {
        page: Page::signed_in(who, "partners-title", HOME),
        partners,
        kinds: kinds(&who.tr),
        form,
        errors,
    })
}

pub async fn partners_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_admin(&who)?;
    let page = partners_page_of(&mut tx, &who, PartnerFields::empty(), Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn add_partner(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_admin(&who)?;
    let typed = PartnerFields::typed(&pairs);
    match PartnerDetails::parse(&typed.name, &typed.kind, &typed.contact_name, &typed.contact_details) {
        Ok(details) => {
            let id = tx.save_partner(&who.actor, None, &details).await?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("{HOME}/{id}")).into_response())
        }
        Err(wrong) => {
            let page = partners_page_of(&mut tx, &who, typed, partner_errors(&who.tr, &wrong)).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

struct AgreementRow {
    href: String,
    purpose: String,
    period: String,
    standing: String,
    standing_code: &'static str,
    categories: String,
}

#[derive(askama::Template)]
#[template(path = "partner.html")]
struct PartnerTemplate {
    page: Page,
    /// The name as stored: a refused edit may have emptied the field.
    name: String,
    action: String,
    kinds: Vec<(&'static str, String)>,
    form: PartnerFields,
    errors: FieldErrors,
    agreements: Vec<AgreementRow>,
    new_agreement: String,
}

fn category_label(tr: &Tr, c: InformationCategory) -> String {
    tr.t(&format!("sharing-category-{}", c.as_str().replace('_', "-")))
}

fn agreement_row(tr: &Tr, partner: &Partner, a: &SharingAgreement, today: LocalDate) -> AgreementRow {
    let standing = a.terms.standing(today);
    AgreementRow {
        href: format!("{HOME}/{}/agreements/{}", partner.id, a.id),
        purpose: a.terms.purpose.clone(),
        period: match a.terms.ends_on {
            Some(end) => format!("{} – {end}", a.terms.starts_on),
            None => tr.t1("sharing-agreement-from", "date", &a.terms.starts_on.to_string()),
        },
        standing: tr.t1(
            &format!("sharing-standing-{}", standing.as_str().replace('_', "-")),
            "date",
            &a.terms.review_on.to_string(),
        ),
        standing_code: standing.as_str(),
        categories: a.terms.categories.iter().map(|c| category_label(tr, *c)).collect::<Vec<_>>().join(", "),
    }
}

async fn partner_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    partner: &Partner,
    form: PartnerFields,
    errors: FieldErrors,
) -> AppResult<PartnerTemplate> {
    let today = who.today(tx);
    let agreements =
        tx.sharing_agreements_of(partner).await?.iter().map(|a| agreement_row(&who.tr, partner, a, today)).collect();
    Ok(PartnerTemplate {
        page: Page::signed_in(who, "partner-title", HOME),
        name: partner.details.name.clone(),
        action: format!("{HOME}/{}", partner.id),
        kinds: kinds(&who.tr),
        form,
        errors,
        agreements,
        new_agreement: format!("{HOME}/{}/agreements/new", partner.id),
    })
}

pub async fn partner_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let partner = partner_for(&mut tx, &who, &id).await?;
    let page = partner_page_of(&mut tx, &who, &partner, PartnerFields::of(&partner.details), Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn update_partner(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let partner = partner_for(&mut tx, &who, &id).await?;
    let typed = PartnerFields::typed(&pairs);
    match PartnerDetails::parse(&typed.name, &typed.kind, &typed.contact_name, &typed.contact_details) {
        Ok(details) => {
            tx.save_partner(&who.actor, Some(&partner.id), &details).await?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("{HOME}/{}", partner.id)).into_response())
        }
        Err(wrong) => {
            let page = partner_page_of(&mut tx, &who, &partner, typed, partner_errors(&who.tr, &wrong)).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

// ----- Agreements -----

#[derive(askama::Template)]
#[template(path = "sharing_agreement_form.html")]
struct AgreementFormTemplate {
    page: Page,
    partner_name: String,
    back: String,
    action: String,
    form: AgreementForm,
    bases: Vec<String>,
    categories: Vec<(&'static str, String, bool)>,
    errors: FieldErrors,
    standing: Option<String>,
}

/// Each problem of a refused agreement with the field it is about. "Too
/// long" goes to the next text that is (the checks read the form in order);
/// missing signatures or dates to the first of them missing.
fn agreement_errors(tr: &Tr, wrong: &[InvalidAgreement], form: &AgreementForm) -> FieldErrors {
    let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ").chars().count();
    let mut too_long = [
        ("purpose", form.purpose.trim().chars().count() > 2_000),
        ("lawful_basis_note", form.lawful_basis_note.trim().chars().count() > 2_000),
        ("threshold", form.threshold.trim().chars().count() > 2_000),
        ("handling", form.handling.trim().chars().count() > 2_000),
        ("retention", form.retention.trim().chars().count() > 500),
        ("signed_for_us_by", one_line(form.signed_for_us_by.as_str()) > 120),
        ("signed_for_them_by", one_line(form.signed_for_them_by.as_str()) > 120),
    ]
    .into_iter()
    .filter(|(_, long)| *long)
    .map(|(id, _)| id);
    let signatures = [
        ("signed_for_us_by", !form.signed_for_us_by.trim().is_empty()),
        ("signed_for_us_on", LocalDate::parse(&form.signed_for_us_on).is_some()),
        ("signed_for_them_by", !form.signed_for_them_by.trim().is_empty()),
        ("signed_for_them_on", LocalDate::parse(&form.signed_for_them_on).is_some()),
    ]
    .into_iter()
    .find(|(_, given)| !*given)
    .map_or("signed_for_us_by", |(id, _)| id);
    let dates = [
        ("starts_on", LocalDate::parse(&form.starts_on).is_some()),
        ("review_on", LocalDate::parse(&form.review_on).is_some()),
        ("ends_on", form.ends_on.trim().is_empty() || LocalDate::parse(&form.ends_on).is_some()),
    ]
    .into_iter()
    .find(|(_, given)| !*given)
    .map_or("starts_on", |(id, _)| id);
    wrong
        .iter()
        .map(|e| {
            let (id, message) = match e {
                InvalidAgreement::Purpose => ("purpose", "sharing-error-purpose"),
                InvalidAgreement::LawfulBasis => ("lawful_basis", "sharing-error-lawful-basis"),
                InvalidAgreement::Categories => ("categories", "sharing-error-categories"),
                InvalidAgreement::Threshold => ("threshold", "sharing-error-threshold"),
                InvalidAgreement::Handling => ("handling", "sharing-error-handling"),
                InvalidAgreement::Retention => ("retention", "sharing-error-retention"),
                InvalidAgreement::Signatures => (signatures, "sharing-error-signatures"),
                InvalidAgreement::Dates => (dates, "sharing-error-dates"),
                InvalidAgreement::ReviewBeforeStart => ("review_on", "sharing-error-review-before-start"),
                InvalidAgreement::EndBeforeStart => ("ends_on", "sharing-error-end-before-start"),
                InvalidAgreement::TooLong => (too_long.next().unwrap_or("purpose"), "sharing-error-too-long"),
            };
            (id, tr.t(message))
        })
        .collect()
}

fn form_of(terms: &AgreementTerms) -> AgreementForm {
    AgreementForm {
        purpose: terms.purpose.clone(),
        lawful_basis: terms.lawful_basis.clone(),
        lawful_basis_note: terms.lawful_basis_note.clone(),
        categories: terms.categories.iter().map(|c| c.as_str().to_owned()).collect(),
        threshold: terms.threshold.clone(),
        handling: terms.handling.clone(),
        retention: terms.retention.clone(),
        signed_for_us_by: terms.signed_for_us_by.clone(),
        signed_for_us_on: terms.signed_for_us_on.to_string(),
        signed_for_them_by: terms.signed_for_them_by.clone(),
        signed_for_them_on: terms.signed_for_them_on.to_string(),
        starts_on: terms.starts_on.to_string(),
        review_on: terms.review_on.to_string(),
        ends_on: terms.ends_on.map(|d| d.to_string()).unwrap_or_default(),
    }
}

fn typed_agreement(pairs: &Pairs) -> AgreementForm {
    let f = |name: &str| field(pairs, name).to_owned();
    AgreementForm {
        purpose: f("purpose"),
        lawful_basis: f("lawful_basis"),
        lawful_basis_note: f("lawful_basis_note"),
        categories: values(pairs, "category").into_iter().map(str::to_owned).collect(),
        threshold: f("threshold"),
        handling: f("handling"),
        retention: f("retention"),
        signed_for_us_by: f("signed_for_us_by"),
        signed_for_us_on: f("signed_for_us_on"),
        signed_for_them_by: f("signed_for_them_by"),
        signed_for_them_on: f("signed_for_them_on"),
        starts_on: f("starts_on"),
        review_on: f("review_on"),
        ends_on: f("ends_on"),
    }
}

async fn agreement_form_page(
    tx: &mut Tx,
    who: &SignedIn,
    partner: &Partner,
    id: Option<&SharingAgreementId>,
    form: AgreementForm,
    errors: FieldErrors,
    standing: Option<AgreementStanding>,
) -> AppResult<AgreementFormTemplate> {
    let bases = lawful_bases(&tx.lawful_bases(&who.actor.organisation_id).await?);
    let categories = InformationCategory::ALL
        .iter()
        .map(|c| (c.as_str(), category_label(&who.tr, *c), form.categories.iter().any(|t| t == c.as_str())))
        .collect();
    let base = format!("{HOME}/{}/agreements", partner.id);
    Ok(AgreementFormTemplate {
        page: Page::signed_in(
            who,
            if id.is_some() { "sharing-agreement-title" } else { "sharing-agreement-new-title" },
            HOME,
        ),
        partner_name: partner.details.name.clone(),
        back: format!("{HOME}/{}", partner.id),
        action: id.map_or(base.clone(), |id| format!("{base}/{id}")),
        form,
        bases,
        categories,
        errors,
        standing: standing
            .map(|s| who.tr.t1(&format!("sharing-standing-{}", s.as_str().replace('_', "-")), "date", "")),
    })
}

pub async fn new_agreement_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let partner = partner_for(&mut tx, &who, &id).await?;
    let page = agreement_form_page(&mut tx, &who, &partner, None, AgreementForm::default(), Vec::new(), None).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn agreement_page(
    Reading { who, mut tx }: Reading,
    Path((p, a)): Path<(String, String)>,
) -> AppResult<Response> {
    let partner = partner_for(&mut tx, &who, &p).await?;
    let id = SharingAgreementId::parse(&a).map_err(|_| AppError::NotFound)?;
    let agreement = tx.sharing_agreement(&partner, &id).await?.ok_or(AppError::NotFound)?;
    let standing = agreement.terms.standing(who.today(&tx));
    let form = form_of(&agreement.terms);
    let page = agreement_form_page(&mut tx, &who, &partner, Some(&id), form, Vec::new(), Some(standing)).await?;
    tx.commit().await?;
    html(&page)
}

async fn save_agreement(
    state: AppState,
    writer: Writer,
    partner_id: String,
    id: Option<String>,
    pairs: Pairs,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let partner = partner_for(&mut tx, &who, &partner_id).await?;
    let id = match id {
        Some(id) => {
            let id = SharingAgreementId::parse(&id).map_err(|_| AppError::NotFound)?;
            tx.sharing_agreement(&partner, &id).await?.ok_or(AppError::NotFound)?;
            Some(id)
        }
        None => None,
    };
    let typed = typed_agreement(&pairs);
    let bases = lawful_bases(&tx.lawful_bases(&who.actor.organisation_id).await?);
    match AgreementTerms::parse(&typed, &bases) {
        Ok(terms) => {
            tx.save_sharing_agreement(&who.actor, &partner, id.as_ref(), &terms).await?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("{HOME}/{}", partner.id)).into_response())
        }
        Err(wrong) => {
            let errors = agreement_errors(&who.tr, &wrong, &typed);
            let page = agreement_form_page(&mut tx, &who, &partner, id.as_ref(), typed, errors, None).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

pub async fn create_agreement(
    State(state): State<AppState>,
    writer: Writer,
    Path(p): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    save_agreement(state, writer, p, None, pairs).await
}

pub async fn update_agreement(
    State(state): State<AppState>,
    writer: Writer,
    Path((p, a)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    save_agreement(state, writer, p, Some(a), pairs).await
}

// ----- Lawful bases -----

#[derive(askama::Template)]
#[template(path = "lawful_bases.html")]
struct LawfulBasesTemplate {
    page: Page,
    bases: String,
    error: Option<String>,
}

pub async fn lawful_bases_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_admin(&who)?;
    let bases = tx.lawful_bases(&who.actor.organisation_id).await?;
    tx.commit().await?;
    html(&LawfulBasesTemplate { page: Page::signed_in(&who, "lawful-bases-title", HOME), bases, error: None })
}

/// One basis per line; at least one, none longer than a line should be.
pub async fn save_lawful_bases(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_admin(&who)?;
    let typed = field(&pairs, "bases");
    let list = lawful_bases(typed);
    if list.is_empty() || list.iter().any(|b| b.chars().count() > 300) {
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &LawfulBasesTemplate {
                page: Page::signed_in(&who, "lawful-bases-title", HOME),
                bases: typed.to_owned(),
                error: Some(who.tr.t("lawful-bases-error")),
            },
        );
    }
    tx.save_lawful_bases(&who.actor, &list.join("\n")).await?;
    tx.commit().await?;
    Ok(Redirect::to(HOME).into_response())
}
