//! Preparing, reviewing, sending and correcting a disclosure.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::ids::{DisclosureId, SharingAgreementId};
use hearth_core::sharing::{
    Consent, DisclosureForm, DisclosurePurpose, DisclosureStatus, DisclosureTerms, InformationCategory,
    InvalidDisclosure, InvalidSending, Sending, SendingChannel,
};
use hearth_store::families::Family;
use hearth_store::sharing::{Disclosure, DisclosureDraft, FileItem, Partner, SharingAgreement};
use hearth_store::{StoreError, Tx};

use super::{
    category_label, consent_label, disclosure_href, item_label, not_found, purpose_label, sharing_href, status_label,
};
use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Form, Pairs, field, values};
use crate::i18n::Tr;

struct AgreementOption {
    id: String,
    label: String,
    selected: bool,
}

/// An agreement in force, spelled out so the practitioner can check the
/// threshold and categories without leaving the form.
struct AgreementTermsRow {
    label: String,
    categories: String,
    threshold: String,
    review_due: bool,
}

struct ItemOption {
    reference: String,
    label: String,
    snippet: String,
    checked: bool,
}

#[derive(askama::Template)]
#[template(path = "disclosure_form.html")]
struct DisclosureFormTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    action: String,
    agreements: Vec<AgreementOption>,
    agreement_terms: Vec<AgreementTermsRow>,
    categories: Vec<(&'static str, String, bool)>,
    items: Vec<ItemOption>,
    evidence: Vec<ItemOption>,
    safeguarding_purposes: Vec<(&'static str, String)>,
    other_purposes: Vec<(&'static str, String)>,
    consents: Vec<(&'static str, String)>,
    form: DisclosureForm,
    /// A correction: the disclosure it corrects.
    corrects: Option<(String, String)>,
    /// Amending after a return: the supervisor's comment.
    returned_with: Option<String>,
    errors: FieldErrors,
}

fn typed_form(pairs: &Pairs) -> DisclosureForm {
    let f = |name: &str| field(pairs, name).to_owned();
    let many = |name: &str| values(pairs, name).into_iter().map(str::to_owned).collect();
    DisclosureForm {
        agreement: f("agreement"),
        categories: many("category"),
        items: many("item"),
        shared_text: f("shared_text"),
        purpose: f("purpose"),
        justification: f("justification"),
        threshold_met: f("threshold_met"),
        evidence: many("evidence"),
        proportionality: f("proportionality"),
        consent: f("consent"),
        consent_reason: f("consent_reason"),
        family_told: f("family_told"),
        not_told_reason: f("not_told_reason"),
        revisit_on: f("revisit_on"),
    }
}

fn form_of(d: &Disclosure) -> DisclosureForm {
    let t = &d.terms;
    DisclosureForm {
        agreement: d.agreement_id.to_string(),
        categories: t.categories.iter().map(|c| c.as_str().to_owned()).collect(),
        items: d.items.iter().map(|i| i.reference.clone()).collect(),
        shared_text: t.shared_text.clone(),
        purpose: t.purpose.as_str().to_owned(),
        justification: t.justification.clone(),
        threshold_met: t.threshold_met.clone(),
        evidence: d.evidence.iter().map(|i| i.reference.clone()).collect(),
        proportionality: t.proportionality.clone(),
        consent: t.consent.as_str().to_owned(),
        consent_reason: t.consent_reason.clone(),
        family_told: if t.family_told { "yes" } else { "no" }.to_owned(),
        not_told_reason: t.not_told_reason.clone(),
        revisit_on: t.revisit_on.map(|d| d.to_string()).unwrap_or_default(),
    }
}

fn snippet(text: &str) -> String {
    let mut out: String = text.chars().take(160).collect();
    if text.chars().count() > 160 {
        out.push('…');
    }
    out
}

fn item_options(tr: &Tr, who: &SignedIn, items: &[FileItem], chosen: &[String]) -> Vec<ItemOption> {
    items
        .iter()
        .map(|i| ItemOption {
            reference: i.reference.clone(),
            label: item_label(tr, who, i),
            snippet: snippet(&i.text),
            checked: chosen.contains(&i.reference),
        })
        .collect()
}

/// Where a form comes from: a new disclosure, a correction of a sent one,
/// or an amendment of one not yet approved.
enum Drafting<'a> {
    New,
    Correcting(&'a Disclosure),
    Amending(&'a Disclosure),
}

async fn form_page(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    drafting: &Drafting<'_>,
    form: DisclosureForm,
    errors: FieldErrors,
) -> AppResult<DisclosureFormTemplate> {
    let tr = who.tr;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let items = tx.shareable_items(&read).await?;
    let evidence = tx.evidence_items(&read).await?;
    let partners = tx.partners(&who.actor.organisation_id).await?;
    let agreements = tx.sharing_agreements(&who.actor.organisation_id).await?;
    let today = who.today(tx);
    let mut options = Vec::new();
    let mut terms_rows = Vec::new();
    for p in &partners {
        for a in agreements.iter().filter(|a| a.partner_id == p.id && a.terms.standing(today).usable()) {
            let label = format!("{} — {}", p.details.name, snippet(&a.terms.purpose));
            options.push(AgreementOption {
                id: a.id.to_string(),
                label: label.clone(),
                selected: form.agreement == a.id.as_str(),
            });
            terms_rows.push(AgreementTermsRow {
                label,
                categories: a.terms.categories.iter().map(|c| category_label(&tr, *c)).collect::<Vec<_>>().join(", "),
                threshold: a.terms.threshold.clone(),
                review_due: a.terms.standing(today) == hearth_core::sharing::AgreementStanding::ReviewDue,
            });
        }
    }
    let (title, action, corrects, returned_with) = match drafting {
        Drafting::New => ("disclosure-new-title", format!("/families/{}/disclosures", family.id), None, None),
        Drafting::Correcting(d) => (
            "disclosure-correct-title",
            format!("/families/{}/disclosures", family.id),
            Some((d.id.to_string(), disclosure_href(&family.id, &d.id))),
            None,
        ),
        Drafting::Amending(d) => (
            "disclosure-amend-title",
            format!("{}/edit", disclosure_href(&family.id, &d.id)),
            None,
            d.last_step("returned").and_then(|s| s.comment.clone()),
        ),
    };
    let purposes = |safeguarding: bool| {
        DisclosurePurpose::ALL
            .iter()
            .filter(|p| p.is_safeguarding() == safeguarding)
            .map(|p| (p.as_str(), purpose_label(&tr, *p)))
            .collect()
    };
    Ok(DisclosureFormTemplate {
        page: Page::signed_in(who, title, "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        action,
        agreements: options,
        agreement_terms: terms_rows,
        categories: InformationCategory::ALL
            .iter()
            .map(|c| (c.as_str(), category_label(&tr, *c), form.categories.iter().any(|t| t == c.as_str())))
            .collect(),
        items: item_options(&tr, who, &items, &form.items),
        evidence: item_options(&tr, who, &evidence, &form.evidence),
        safeguarding_purposes: purposes(true),
        other_purposes: purposes(false),
        consents: Consent::ALL.iter().map(|c| (c.as_str(), consent_label(&tr, *c))).collect(),
        form,
        corrects,
        returned_with,
        errors,
    })
}

/// Each problem of a refused disclosure with the field it is about. "Too
/// long" goes to the next text that is (the checks read the form in order).
fn disclosure_errors(tr: &Tr, wrong: &[InvalidDisclosure], form: &DisclosureForm) -> FieldErrors {
    let mut too_long = [
        ("shared_text", &form.shared_text),
        ("justification", &form.justification),
        ("threshold_met", &form.threshold_met),
        ("proportionality", &form.proportionality),
        ("consent_reason", &form.consent_reason),
        ("not_told_reason", &form.not_told_reason),
    ]
    .into_iter()
    .filter(|(_, t)| t.trim().chars().count() > hearth_core::sharing::LONG_TEXT_CHARS)
    .map(|(id, _)| id);
    wrong
        .iter()
        .map(|e| {
            let (id, message) = match e {
                InvalidDisclosure::Agreement => ("agreement", "disclosure-error-agreement"),
                InvalidDisclosure::NotCovered => ("categories", "disclosure-error-not-covered"),
                InvalidDisclosure::Categories => ("categories", "disclosure-error-categories"),
                InvalidDisclosure::NothingShared => ("items", "disclosure-error-nothing-shared"),
                InvalidDisclosure::Purpose => ("purpose", "disclosure-error-purpose"),
                InvalidDisclosure::Justification => ("justification", "disclosure-error-justification"),
                InvalidDisclosure::Threshold => ("threshold_met", "disclosure-error-threshold"),
                InvalidDisclosure::Evidence => ("evidence", "disclosure-error-evidence"),
                InvalidDisclosure::Proportionality => ("proportionality", "disclosure-error-proportionality"),
                InvalidDisclosure::Consent if Consent::parse(form.consent.trim()).is_none() => {
                    ("consent", "disclosure-error-consent")
                }
                InvalidDisclosure::Consent => ("consent_reason", "disclosure-error-consent"),
                InvalidDisclosure::FamilyTold => ("family_told", "disclosure-error-family-told"),
                InvalidDisclosure::NotToldReason if form.not_told_reason.trim().is_empty() => {
                    ("not_told_reason", "disclosure-error-not-told-reason")
                }
                InvalidDisclosure::NotToldReason => ("revisit_on", "disclosure-error-not-told-reason"),
                InvalidDisclosure::RevisitInPast => ("revisit_on", "disclosure-error-revisit-in-past"),
                InvalidDisclosure::TooLong => (too_long.next().unwrap_or("shared_text"), "sharing-error-too-long"),
            };
            (id, tr.t(message))
        })
        .collect()
}

async fn disclosure_for(tx: &mut Tx, who: &SignedIn, family: &Family, id: &str, record: bool) -> AppResult<Disclosure> {
    let id = DisclosureId::parse(id).map_err(not_found)?;
    tx.disclosure(&who.actor, family, &id, record).await?.ok_or(AppError::NotFound)
}

pub async fn new_disclosure_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let page = form_page(&mut tx, &who, &family, &Drafting::New, DisclosureForm::default(), Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

/// A correction starts from what the sent disclosure said.
pub async fn correct_disclosure_page(
    Reading { who, mut tx }: Reading,
    Path((id, d)): Path<(String, String)>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let original = disclosure_for(&mut tx, &who, &family, &d, false).await?;
    if original.status != DisclosureStatus::Sent {
        return Err(AppError::NotFound);
    }
    let form = form_of(&original);
    let page = form_page(&mut tx, &who, &family, &Drafting::Correcting(&original), form, Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn edit_disclosure_page(
    Reading { who, mut tx }: Reading,
    Path((id, d)): Path<(String, String)>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let disclosure = disclosure_for(&mut tx, &who, &family, &d, false).await?;
    if !require_amendable(&mut tx, &who, &family, &disclosure).await? {
        return changed_meanwhile(tx, &who, &family, &disclosure).await;
    }
    let form = form_of(&disclosure);
    let page = form_page(&mut tx, &who, &family, &Drafting::Amending(&disclosure), form, Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

/// Whether the preparer may amend it now; once approved, nobody may.
async fn require_amendable(tx: &mut Tx, who: &SignedIn, family: &Family, d: &Disclosure) -> AppResult<bool> {
    let facts = tx.family_facts(&who.actor, family).await?;
    who.require(Action::AmendDisclosure, Target::Disclosure(&d.facts(facts, &who.actor)))?;
    Ok(d.status.amendable())
}

/// The disclosure as it stands, saying that it changed (approved, sent)
/// since the page that sent the form was opened: 409, nothing lost silently.
async fn changed_meanwhile(mut tx: Tx, who: &SignedIn, family: &Family, d: &Disclosure) -> AppResult<Response> {
    // About the disclosure as a whole: no field to mark.
    let errors = vec![("", who.tr.t("disclosure-error-changed"))];
    let page = disclosure_view(&mut tx, who, family, d, None, errors).await?;
    tx.commit().await?;
    html_with_status(StatusCode::CONFLICT, &page)
}

/// A typed disclosure that passed every check, ready to be stored.
struct CheckedDraft {
    terms: DisclosureTerms,
    partner: Partner,
    agreement: SharingAgreement,
    items: Vec<FileItem>,
    evidence: Vec<FileItem>,
}

impl CheckedDraft {
    fn draft(&self) -> DisclosureDraft<'_> {
        DisclosureDraft {
            partner: &self.partner,
            agreement: &self.agreement,
            terms: &self.terms,
            items: &self.items,
            evidence: &self.evidence,
        }
    }
}

/// Checks a typed disclosure against the agreement and the file: the
/// agreement must be the organisation's, in force and cover every category;
/// the items and evidence must be records of this file that may be used.
async fn check_draft(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    form: &DisclosureForm,
) -> AppResult<Result<CheckedDraft, Vec<InvalidDisclosure>>> {
    let today = who.today(tx);
    let mut wrong = DisclosureTerms::parse(form, today).err().unwrap_or_default();
    let found = match SharingAgreementId::parse(form.agreement.trim()) {
        Ok(id) => tx.agreement_with_partner(&who.actor.organisation_id, &id).await?,
        Err(_) => None,
    };
    match &found {
        Some((_, a)) if a.terms.standing(today).usable() => {
            let categories = InformationCategory::parse_list(&form.categories.join(","));
            if !categories.is_empty() && !a.terms.covers(&categories, today) {
                wrong.push(InvalidDisclosure::NotCovered);
            }
        }
        _ if !wrong.contains(&InvalidDisclosure::Agreement) => wrong.insert(0, InvalidDisclosure::Agreement),
        _ => {}
    }
    let read = tx.read_family(&who.actor, &family.id).await?;
    let shareable = tx.shareable_items(&read).await?;
    let citable = tx.evidence_items(&read).await?;
    let pick = |from: &[FileItem], refs: &[String]| -> Option<Vec<FileItem>> {
        refs.iter().map(|r| from.iter().find(|i| &i.reference == r).cloned()).collect()
    };
    // A reference that is not offered (another file's, or information a
    // partner asked not to be shared further) is refused, never dropped.
    let items = pick(&shareable, &form.items);
    let evidence = pick(&citable, &form.evidence);
    if items.is_none() {
        wrong.push(InvalidDisclosure::NothingShared);
    }
    if evidence.is_none() {
        wrong.push(InvalidDisclosure::Evidence);
    }
    wrong.dedup();
    Ok(match (DisclosureTerms::parse(form, today), found, items, evidence) {
        (Ok(terms), Some((partner, agreement)), Some(items), Some(evidence)) if wrong.is_empty() => {
            Ok(CheckedDraft { terms, partner, agreement, items, evidence })
        }
        _ => Err(wrong),
    })
}

pub async fn create_disclosure(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let form = typed_form(&pairs);
    let corrects = match field(&pairs, "corrects") {
        "" => None,
        c => {
            let original = disclosure_for(&mut tx, &who, &family, c, false).await?;
            if original.status != DisclosureStatus::Sent {
                return Err(AppError::NotFound);
            }
            Some(original)
        }
    };
    match check_draft(&mut tx, &who, &family, &form).await? {
        Ok(checked) => {
            let read = tx.read_family(&who.actor, &family.id).await?;
            let new =
                tx.prepare_disclosure(&who.actor, &read, &checked.draft(), corrects.as_ref().map(|c| &c.id)).await?;
            tx.commit().await?;
            Ok(Redirect::to(&disclosure_href(&family.id, &new)).into_response())
        }
        Err(wrong) => {
            let errors = disclosure_errors(&who.tr, &wrong, &form);
            let drafting = corrects.as_ref().map_or(Drafting::New, Drafting::Correcting);
            let page = form_page(&mut tx, &who, &family, &drafting, form, errors).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

pub async fn amend_disclosure(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, d)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let disclosure = disclosure_for(&mut tx, &who, &family, &d, false).await?;
    if !require_amendable(&mut tx, &who, &family, &disclosure).await? {
        return changed_meanwhile(tx, &who, &family, &disclosure).await;
    }
    let form = typed_form(&pairs);
    match check_draft(&mut tx, &who, &family, &form).await? {
        Ok(checked) => {
            match tx.amend_disclosure(&who.actor, &disclosure, &checked.draft()).await {
                Err(StoreError::Conflict) => return changed_meanwhile(tx, &who, &family, &disclosure).await,
                done => done?,
            }
            tx.commit().await?;
            Ok(Redirect::to(&disclosure_href(&family.id, &disclosure.id)).into_response())
        }
        Err(wrong) => {
            let errors = disclosure_errors(&who.tr, &wrong, &form);
            let page = form_page(&mut tx, &who, &family, &Drafting::Amending(&disclosure), form, errors).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

struct StepRow {
    text: String,
    comment: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "disclosure.html")]
struct DisclosureTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    href: String,
    status: &'static str,
    status_label: String,
    partner: String,
    categories: String,
    items: Vec<(String, String)>,
    shared_text: String,
    purpose: String,
    safeguarding: bool,
    justification: String,
    threshold_met: String,
    evidence: Vec<(String, String)>,
    proportionality: String,
    consent: String,
    consent_reason: String,
    family_told: bool,
    not_told_reason: String,
    revisit_on: String,
    sending: Option<(String, String, String)>,
    corrects: Option<String>,
    corrected_by: Vec<String>,
    steps: Vec<StepRow>,
    can_amend: bool,
    can_review: bool,
    /// The preparer is looking at their own: who may approve it.
    own_awaiting: bool,
    can_send: bool,
    can_correct: bool,
    has_record: bool,
    channels: Vec<(&'static str, String)>,
    review_comment: String,
    sent_on: String,
    channel: String,
    recipient: String,
    errors: FieldErrors,
}

/// Where an item of the file is read.
fn item_href(family: &Family, item: &FileItem) -> String {
    let (kind, id) = item.reference.split_once(':').unwrap_or(("", ""));
    match kind {
        "document" => format!("/families/{}/documents/{id}", family.id),
        "assessment" => format!("/families/{}/assessments", family.id),
        "received" => format!("{}#received", sharing_href(family)),
        _ => format!("/families/{}#note-{id}", family.id),
    }
}

async fn disclosure_view(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    d: &Disclosure,
    typed: Option<&Pairs>,
    errors: FieldErrors,
) -> AppResult<DisclosureTemplate> {
    let tr = who.tr;
    let facts = tx.family_facts(&who.actor, family).await?;
    let target = d.facts(facts.clone(), &who.actor);
    let may_work = who.may(Action::WorkOnFamily, Target::Family(&facts));
    let typed_value = |name: &str| typed.map(|p| field(p, name).to_owned()).unwrap_or_default();
    let t = &d.terms;
    Ok(DisclosureTemplate {
        page: Page::signed_in(who, "disclosure-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        href: disclosure_href(&family.id, &d.id),
        status: d.status.as_str(),
        status_label: status_label(&tr, d.status),
        partner: d.partner_name.clone(),
        categories: t.categories.iter().map(|c| category_label(&tr, *c)).collect::<Vec<_>>().join(", "),
        items: d.items.iter().map(|i| (item_label(&tr, who, i), i.text.clone())).collect(),
        shared_text: t.shared_text.clone(),
        purpose: purpose_label(&tr, t.purpose),
        safeguarding: t.purpose.is_safeguarding(),
        justification: t.justification.clone(),
        threshold_met: t.threshold_met.clone(),
        evidence: d.evidence.iter().map(|i| (item_label(&tr, who, i), item_href(family, i))).collect(),
        proportionality: t.proportionality.clone(),
        consent: consent_label(&tr, t.consent),
        consent_reason: t.consent_reason.clone(),
        family_told: t.family_told,
        not_told_reason: t.not_told_reason.clone(),
        revisit_on: t.revisit_on.map(|d| d.to_string()).unwrap_or_default(),
        sending: d.sending.as_ref().map(|s| {
            (
                s.sent_on.to_string(),
                tr.t(&format!("disclosure-channel-{}", s.channel.as_str().replace('_', "-"))),
                s.recipient.clone(),
            )
        }),
        corrects: d.corrects.as_ref().map(|c| disclosure_href(&family.id, c)),
        corrected_by: d.corrected_by.iter().map(|c| disclosure_href(&family.id, c)).collect(),
        steps: d
            .steps
            .iter()
            .map(|s| StepRow {
                text: tr.t_args(
                    &format!("disclosure-step-{}", s.kind),
                    &[("name", s.actor_name.clone()), ("when", who.dates().when(s.at))],
                ),
                comment: s.comment.clone(),
            })
            .collect(),
        can_amend: d.status.amendable() && who.may(Action::AmendDisclosure, Target::Disclosure(&target)),
        can_review: d.status == DisclosureStatus::AwaitingApproval
            && who.may(Action::ApproveDisclosure, Target::Disclosure(&target)),
        own_awaiting: d.status == DisclosureStatus::AwaitingApproval && target.actor_prepared,
        can_send: d.status == DisclosureStatus::Approved && may_work,
        can_correct: d.status == DisclosureStatus::Sent && may_work,
        has_record: matches!(d.status, DisclosureStatus::Approved | DisclosureStatus::Sent),
        channels: SendingChannel::ALL
            .iter()
            .map(|c| (c.as_str(), tr.t(&format!("disclosure-channel-{}", c.as_str().replace('_', "-")))))
            .collect(),
        review_comment: typed_value("comment"),
        sent_on: typed.map_or_else(|| who.today(tx).to_string(), |p| field(p, "sent_on").to_owned()),
        channel: typed_value("channel"),
        recipient: typed_value("recipient"),
        errors,
    })
}

pub async fn disclosure_page(
    Reading { who, mut tx }: Reading,
    Path((id, d)): Path<(String, String)>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::ViewFamily).await?;
    let disclosure = disclosure_for(&mut tx, &who, &family, &d, false).await?;
    let page = disclosure_view(&mut tx, &who, &family, &disclosure, None, Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

/// Whether the agreement a disclosure falls under can still be used today:
/// one that ended since it was prepared stops it being approved or sent.
async fn agreement_in_force(tx: &mut Tx, who: &SignedIn, d: &Disclosure) -> AppResult<bool> {
    let today = who.today(tx);
    let found = tx.agreement_with_partner(&who.actor.organisation_id, &d.agreement_id).await?;
    Ok(found.is_some_and(|(_, a)| a.terms.covers(&d.terms.categories, today)))
}

/// Approve, or return with a comment (a return needs one).
pub async fn review_disclosure(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, d)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::ViewFamily).await?;
    let disclosure = disclosure_for(&mut tx, &who, &family, &d, false).await?;
    let facts = tx.family_facts(&who.actor, &family).await?;
    who.require(Action::ApproveDisclosure, Target::Disclosure(&disclosure.facts(facts, &who.actor)))?;
    let comment = field(&pairs, "comment").trim();
    let approve = match field(&pairs, "decision") {
        "approve" => Some(true),
        "return" => Some(false),
        _ => None,
    };
    let agreement_usable = agreement_in_force(&mut tx, &who, &disclosure).await?;
    let error = match approve {
        None => Some(("review", "disclosure-error-decision")),
        Some(true) if !agreement_usable => Some(("review", "disclosure-error-agreement-ended")),
        Some(false) if comment.is_empty() => Some(("comment", "disclosure-error-return-comment")),
        _ if comment.chars().count() > hearth_core::sharing::LONG_TEXT_CHARS => {
            Some(("comment", "sharing-error-too-long"))
        }
        _ => None,
    };
    if disclosure.status != DisclosureStatus::AwaitingApproval {
        return changed_meanwhile(tx, &who, &family, &disclosure).await;
    }
    if let (Some(approve), None) = (approve, error) {
        match tx.review_disclosure(&who.actor, &disclosure, approve, comment).await {
            Err(StoreError::Conflict) => return changed_meanwhile(tx, &who, &family, &disclosure).await,
            done => done?,
        }
        tx.commit().await?;
        return Ok(Redirect::to(&disclosure_href(&family.id, &disclosure.id)).into_response());
    }
    let errors = error.map(|(id, e)| (id, who.tr.t(e))).into_iter().collect();
    let page = disclosure_view(&mut tx, &who, &family, &disclosure, Some(&pairs), errors).await?;
    tx.commit().await?;
    html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

pub async fn mark_sent(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, d)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let disclosure = disclosure_for(&mut tx, &who, &family, &d, false).await?;
    if disclosure.status != DisclosureStatus::Approved {
        return changed_meanwhile(tx, &who, &family, &disclosure).await;
    }
    if !agreement_in_force(&mut tx, &who, &disclosure).await? {
        let errors = vec![("sending", who.tr.t("disclosure-error-agreement-ended"))];
        let page = disclosure_view(&mut tx, &who, &family, &disclosure, Some(&pairs), errors).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let approved_on = disclosure.last_step("approved").map_or_else(|| who.today(&tx), |s| who.zone.local(s.at).date);
    match Sending::parse(
        field(&pairs, "sent_on"),
        field(&pairs, "channel"),
        field(&pairs, "recipient"),
        approved_on,
        who.today(&tx),
    ) {
        Ok(sending) => {
            match tx.mark_disclosure_sent(&who.actor, &disclosure, &sending).await {
                Err(StoreError::Conflict) => return changed_meanwhile(tx, &who, &family, &disclosure).await,
                done => done?,
            }
            tx.commit().await?;
            Ok(Redirect::to(&disclosure_href(&family.id, &disclosure.id)).into_response())
        }
        Err(wrong) => {
            let errors = wrong
                .iter()
                .map(|e| match e {
                    InvalidSending::Date => ("sent_on", who.tr.t("disclosure-error-sent-on")),
                    InvalidSending::Channel => ("channel", who.tr.t("disclosure-error-channel")),
                    InvalidSending::Recipient => ("recipient", who.tr.t("disclosure-error-recipient")),
                })
                .collect();
            let page = disclosure_view(&mut tx, &who, &family, &disclosure, Some(&pairs), errors).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// The disclosure record as a PDF, in the reader's language; only once a
/// supervisor has approved it, so no draft can pass for the real thing.
pub async fn disclosure_record(
    Reading { who, mut tx }: Reading,
    Path((id, d)): Path<(String, String)>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::ViewFamily).await?;
    let disclosure = disclosure_for(&mut tx, &who, &family, &d, true).await?;
    if !matches!(disclosure.status, DisclosureStatus::Approved | DisclosureStatus::Sent) {
        return Err(AppError::NotFound);
    }
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let agreement = tx.agreement_with_partner(&who.actor.organisation_id, &disclosure.agreement_id).await?;
    let now = tx.now();
    tx.commit().await?;
    let record =
        super::record::disclosure_record(&who, &disclosure, agreement.as_ref().map(|(_, a)| a), &organisation, now);
    let bytes = tokio::task::spawn_blocking(move || hearth_pdf::render(&record))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let name = format!("disclosure-{}.pdf", super::record::reference(&disclosure));
    Ok((
        [
            (CONTENT_TYPE, "application/pdf".to_owned()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        bytes,
    )
        .into_response())
}
