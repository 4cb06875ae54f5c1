//! Dynamic assessment on the web: recording an assessment with evidence,
//! the supervisor's review, the trend over time (a chart drawn on the server,
//! with the same figures as a table), and the organisation's catalogue.

use std::collections::{BTreeMap, HashSet};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::assessment::{
    AssessmentStatus, Catalogue, Engagement, FactorKind, Level, LevelPicture, ProportionateResponse, Rating,
    findings_without_evidence, level_pictures,
};
use hearth_core::ids::{AssessmentId, DocumentId, NoteId};
use hearth_store::Tx;
use hearth_store::assessment::{Assessment, Evidence, NewAssessment, RatedFactor};
use hearth_store::families::Family;
use hearth_store::families::FamilyReading;
use serde::Deserialize;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{FieldErrors, Pairs, field, plain_date};
use crate::i18n::Tr;

pub struct FactorRow {
    key: String,
    title: String,
    guidance: String,
    rating: String,
    evidence: String,
}

pub struct LevelSection {
    heading: String,
    /// Concern indicators, then protective factors, each under its heading.
    groups: Vec<(String, Vec<FactorRow>)>,
}

#[derive(askama::Template)]
#[template(path = "assessment_form.html")]
struct AssessmentFormTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    sections: Vec<LevelSection>,
    ratings: Vec<(String, String)>,
    notes: Vec<(String, String)>,
    engagements: Vec<(&'static str, String)>,
    responses: Vec<(&'static str, String)>,
    form: Pairs,
    errors: FieldErrors,
    /// The step shown (1 to `steps`) and its name; the answers of the
    /// other steps travel along as hidden fields.
    step: i64,
    steps: i64,
    step_names: Vec<String>,
    carried: Vec<(String, String)>,
}

impl AssessmentFormTemplate {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

/// The assessment form in steps, as a phone shows it: the date with the
/// individual level, then the family level, the community level, and the
/// overall judgement last.
const STEPS: usize = Level::ALL.len() + 1;

/// The step on which a level's factors are asked.
fn step_of_level(level: Level) -> usize {
    Level::ALL.iter().position(|l| *l == level).unwrap_or(0) + 1
}

/// The step on which a field is asked.
fn step_of_field(catalogue: &Catalogue, name: &str) -> usize {
    if name == "assessed_on" {
        return 1;
    }
    match name.strip_prefix("rating-").or_else(|| name.strip_prefix("evidence-")) {
        Some(key) => catalogue.factor(key).map(|f| step_of_level(f.level)).unwrap_or(STEPS),
        None => STEPS,
    }
}

async fn form_page(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    form: Pairs,
    errors: FieldErrors,
    step: usize,
) -> AppResult<AssessmentFormTemplate> {
    let step = step.clamp(1, STEPS);
    let read = tx.read_family(&who.actor, &family.id).await?;
    let (catalogue, _) = tx.catalogue(&who.actor.organisation_id).await?;
    let notes = tx.notes_of(&read).await?;
    let documents = tx.documents_of(&read).await?;
    let now = tx.now();
    let tr = who.tr;
    let lang = tr.lang.code();
    let mut form = form;
    if field(&form, "assessed_on").is_empty() {
        form.push(("assessed_on".into(), who.zone.local(now).date.to_string()));
    }
    let sections = Level::ALL
        .iter()
        .filter(|level| step_of_level(**level) == step)
        .map(|level| {
            let rows = |kind| {
                catalogue
                    .factors
                    .iter()
                    .filter(|f| f.level == *level && f.kind == kind)
                    .map(|f| FactorRow {
                        key: f.key.clone(),
                        title: f.title(lang).to_owned(),
                        guidance: f.guidance(lang).to_owned(),
                        rating: field(&form, &format!("rating-{}", f.key)).to_owned(),
                        evidence: field(&form, &format!("evidence-{}", f.key)).to_owned(),
                    })
                    .collect()
            };
            LevelSection {
                heading: tr.t(&format!("level-{}", level.as_str())),
                groups: vec![
                    (tr.t("kind-concern"), rows(FactorKind::Concern)),
                    (tr.t("kind-protective"), rows(FactorKind::Protective)),
                ],
            }
        })
        .collect();
    Ok(AssessmentFormTemplate {
        page: Page::signed_in(who, "assessment-new-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        sections,
        ratings: (0..=Rating::MAX).map(|n| (n.to_string(), tr.t(&format!("rating-{n}")))).collect(),
        notes: notes
            .iter()
            .map(|n| {
                let text: String = n.current().map(|v| v.text.chars().take(50).collect()).unwrap_or_default();
                let kind = tr.t(&format!("note-kind-{}", n.kind.as_str()));
                (format!("note:{}", n.id), format!("{} · {kind} · {text}", who.dates().date_of(n.occurred_at)))
            })
            .chain(documents.iter().map(|d| {
                (
                    format!("document:{}", d.id),
                    format!("{} · {} · {}", who.dates().date_of(d.uploaded_at), tr.t("evidence-document"), d.name),
                )
            }))
            .collect(),
        engagements: Engagement::ALL
            .iter()
            .map(|e| (e.as_str(), tr.t(&format!("engagement-{}", e.as_str()))))
            .collect(),
        responses: ProportionateResponse::ALL
            .iter()
            .map(|r| (r.as_str(), tr.t(&format!("response-{}", r.as_str()))))
            .collect(),
        carried: form
            .iter()
            .filter(|(name, _)| name != "step" && name != "go" && step_of_field(&catalogue, name) != step)
            .cloned()
            .collect(),
        step_names: Level::ALL
            .iter()
            .map(|l| tr.t(&format!("level-{}", l.as_str())))
            .chain([tr.t("assessment-overall")])
            .collect(),
        step: i64::try_from(step).unwrap_or(1),
        steps: i64::try_from(STEPS).unwrap_or(1),
        form,
        errors,
    })
}

pub async fn new_assessment_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let page = form_page(&mut tx, &who, &family, Vec::new(), Vec::new(), 1).await?;
    tx.commit().await?;
    html(&page)
}

/// One step of the assessment form: back without checking, forward once
/// what this step asks is right; nothing is written until the last step.
pub async fn assessment_step(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let current: usize = field(&pairs, "step").parse().unwrap_or(1);
    let current = current.clamp(1, STEPS);
    let (step, errors) = if field(&pairs, "go") == "back" {
        (current.saturating_sub(1).max(1), Vec::new())
    } else {
        let checked = check(&mut tx, &who, &family, &pairs).await?;
        let here: FieldErrors = match checked {
            Ok(_) => Vec::new(),
            Err(errors) => errors.into_iter().filter(|(s, _, _)| *s == current).map(|(_, f, e)| (f, e)).collect(),
        };
        if here.is_empty() { ((current + 1).min(STEPS), here) } else { (current, here) }
    };
    let refused = !errors.is_empty();
    let page = form_page(&mut tx, &who, &family, pairs, errors, step).await?;
    tx.commit().await?;
    if refused { html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page) } else { html(&page) }
}

const MIN_STATEMENT_CHARS: usize = 20;

/// The wrapper around a step's factors, which the form marks for a problem
/// with a factor (their fields repeat, one set per factor).
const FACTORS: &str = "factors";

/// Reads a whole assessment from the form, or says what is wrong, each
/// problem with the step that asks for it and the field it is about.
async fn check(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    pairs: &Pairs,
) -> AppResult<Result<NewAssessment, Vec<(usize, &'static str, String)>>> {
    let tr = who.tr;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let (catalogue, _) = tx.catalogue(&who.actor.organisation_id).await?;
    let notes: HashSet<NoteId> = tx.notes_of(&read).await?.into_iter().map(|n| n.id).collect();
    let documents: HashSet<DocumentId> = tx.documents_of(&read).await?.into_iter().map(|d| d.id).collect();

    let mut errors = Vec::new();
    let assessed_on = plain_date(field(pairs, "assessed_on"));
    if assessed_on.is_none() {
        errors.push((1, "assessed_on", tr.t("date-invalid")));
    }
    let mut ratings = Vec::new();
    let mut evidenced = HashSet::new();
    for f in &catalogue.factors {
        let title = || f.title(tr.lang.code()).to_owned();
        let step = step_of_level(f.level);
        let Some(rating) = (match field(pairs, &format!("rating-{}", f.key)) {
            "" => Rating::new(0),
            text => Rating::parse(text),
        }) else {
            errors.push((step, FACTORS, tr.t1("assessment-error-rating", "name", &title())));
            continue;
        };
        let evidence = match field(pairs, &format!("evidence-{}", f.key)) {
            "" => Vec::new(),
            text => {
                // Only notes and documents of this family can be evidence.
                let evidence = match text.split_once(':') {
                    Some(("note", id)) => NoteId::parse(id).ok().filter(|n| notes.contains(n)).map(Evidence::Note),
                    Some(("document", id)) => {
                        DocumentId::parse(id).ok().filter(|d| documents.contains(d)).map(Evidence::Document)
                    }
                    _ => None,
                };
                let Some(evidence) = evidence else {
                    errors.push((step, FACTORS, tr.t1("assessment-error-evidence-unknown", "name", &title())));
                    continue;
                };
                evidenced.insert(f.key.as_str());
                vec![evidence]
            }
        };
        ratings.push(RatedFactor {
            key: f.key.clone(),
            level: f.level,
            kind: f.kind,
            title: f.title("en").to_owned(),
            rating,
            evidence,
        });
    }
    for key in findings_without_evidence(ratings.iter().map(|r| (r.key.as_str(), r.rating)), &evidenced) {
        let factor = catalogue.factor(key);
        let title = factor.map(|f| f.title(tr.lang.code()).to_owned()).unwrap_or_default();
        let step = factor.map(|f| step_of_level(f.level)).unwrap_or(STEPS);
        errors.push((step, FACTORS, tr.t1("assessment-error-evidence", "name", &title)));
    }
    let engagement = Engagement::parse(field(pairs, "engagement"));
    if engagement.is_none() {
        errors.push((STEPS, "engagement", tr.t("assessment-error-engagement")));
    }
    let response = ProportionateResponse::parse(field(pairs, "response"));
    if response.is_none() {
        errors.push((STEPS, "response", tr.t("assessment-error-response")));
    }
    let text = |name: &str| field(pairs, name).trim().to_owned();
    let young_person = text("young_person");
    if young_person.is_empty() {
        errors.push((STEPS, "young_person", tr.t("assessment-error-young-person")));
    }
    let proportionality = text("proportionality");
    if proportionality.chars().count() < MIN_STATEMENT_CHARS {
        errors.push((STEPS, "proportionality", tr.t("assessment-error-proportionality")));
    }
    Ok(match (assessed_on, engagement, response, errors.is_empty()) {
        (Some(assessed_on), Some(engagement), Some(response), true) => Ok(NewAssessment {
            assessed_on,
            ratings,
            engagement,
            engagement_note: text("engagement_note"),
            young_person,
            response,
            proportionality,
        }),
        _ => Err(errors),
    })
}

pub async fn record_assessment(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let new = match check(&mut tx, &who, &family, &pairs).await? {
        Ok(new) => new,
        Err(errors) => {
            // Nothing was written: the form comes back at the first step
            // with a problem, and the reads it took are recorded.
            let step = errors.iter().map(|(s, _, _)| *s).min().unwrap_or(1);
            let errors = errors.into_iter().filter(|(s, _, _)| *s == step).map(|(_, f, e)| (f, e)).collect();
            let page = form_page(&mut tx, &who, &family, pairs, errors, step).await?;
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let assessment = tx.record_assessment(&who.actor, &family.id, family.team_id.as_ref(), &new).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/assessments/{assessment}", family.id)).into_response())
}

struct RatingView {
    title: String,
    level: String,
    kind: String,
    rating: String,
    evidence: Vec<(String, String)>,
}

#[derive(askama::Template)]
#[template(path = "assessment.html")]
struct AssessmentTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    id: String,
    assessed_on: String,
    author: String,
    status: &'static str,
    status_label: String,
    review: Option<String>,
    engagement: String,
    engagement_note: String,
    young_person: String,
    response: String,
    proportionality: String,
    findings: Vec<RatingView>,
    can_review: bool,
    review_error: Option<String>,
    comment: String,
}

async fn load_assessment(
    tx: &mut Tx,
    who: &SignedIn,
    family_id: &str,
    id: &str,
) -> AppResult<(Family, Assessment, bool)> {
    let family = family_for(tx, who, family_id, Action::WorkOnFamily).await?;
    let id = AssessmentId::parse(id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family_for(&who.actor, &family.id, FamilyReading::Assessments).await?;
    let assessment = tx.assessments_of(&read).await?.into_iter().find(|a| a.id == id).ok_or(AppError::NotFound)?;
    let facts = tx.family_facts(&who.actor, &family).await?;
    // Four eyes: nobody reviews an assessment they wrote.
    let may_review =
        who.may(Action::ReviewAssessment, Target::Family(&facts)) && assessment.author_id != who.actor.user_id;
    Ok((family, assessment, may_review))
}

fn assessment_page(
    who: &SignedIn,
    family: &Family,
    a: Assessment,
    may_review: bool,
    review_error: Option<String>,
    comment: String,
) -> AssessmentTemplate {
    let tr = who.tr;
    let review = match (a.status, &a.reviewer_name, a.reviewed_at) {
        (AssessmentStatus::Submitted, _, _) => None,
        (status, Some(name), Some(at)) => Some(tr.t_args(
            &format!("assessment-reviewed-{}", status.as_str()),
            &[
                ("name", name.clone()),
                ("when", who.dates().when(at)),
                ("comment", a.review_comment.clone().unwrap_or_default()),
            ],
        )),
        _ => None,
    };
    AssessmentTemplate {
        page: Page::signed_in(who, "assessment-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        id: a.id.to_string(),
        assessed_on: who.dates().stored_date(a.assessed_on),
        author: a.author_name.clone(),
        status: a.status.as_str(),
        status_label: tr.t(&format!("assessment-status-{}", a.status.as_str())),
        review,
        engagement: tr.t(&format!("engagement-{}", a.engagement.as_str())),
        engagement_note: a.engagement_note.clone(),
        young_person: a.young_person.clone(),
        response: tr.t(&format!("response-{}", a.response.as_str())),
        proportionality: a.proportionality.clone(),
        findings: a
            .ratings
            .iter()
            .filter(|r| r.rating.value() > 0)
            .map(|r| RatingView {
                title: r.title.clone(),
                level: tr.t(&format!("level-{}", r.level.as_str())),
                kind: tr.t(&format!("kind-{}", r.kind.as_str())),
                rating: tr.t(&format!("rating-{}", r.rating.value())),
                evidence: r
                    .evidence
                    .iter()
                    .map(|e| match e {
                        Evidence::Note(n) => (format!("#note-{n}"), tr.t("assessment-evidence-note")),
                        Evidence::Document(d) => (format!("/documents/{d}"), tr.t("assessment-evidence-document")),
                    })
                    .collect(),
            })
            .collect(),
        can_review: may_review && a.status == AssessmentStatus::Submitted,
        review_error,
        comment,
    }
}

pub async fn assessment_view(
    Reading { who, mut tx }: Reading,
    Path((id, aid)): Path<(String, String)>,
) -> AppResult<Response> {
    let (family, assessment, may_review) = load_assessment(&mut tx, &who, &id, &aid).await?;
    tx.commit().await?;
    html(&assessment_page(&who, &family, assessment, may_review, None, String::new()))
}

#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comment: String,
}

pub async fn review_assessment(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, aid)): Path<(String, String)>,
    Form(form): Form<ReviewForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, assessment, may_review) = load_assessment(&mut tx, &who, &id, &aid).await?;
    if !may_review {
        return Err(AppError::Forbidden);
    }
    if assessment.status != AssessmentStatus::Submitted {
        // Already reviewed: nothing to do, but the read is recorded.
        tx.commit().await?;
        return Ok(Redirect::to(&format!("/families/{}/assessments/{}", family.id, assessment.id)).into_response());
    }
    let comment = form.comment.trim().to_owned();
    let decision = match form.decision.as_str() {
        "sign_off" => Some(AssessmentStatus::SignedOff),
        "return" => Some(AssessmentStatus::Returned),
        _ => None,
    };
    let decision = match decision {
        Some(AssessmentStatus::Returned) if comment.is_empty() => Err("assessment-error-return-comment"),
        Some(decision) => Ok(decision),
        None => Err("assessment-error-decision"),
    };
    let decision = match decision {
        Ok(decision) => decision,
        Err(refusal) => {
            tx.commit().await?;
            let error = Some(who.tr.t(refusal));
            return html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &assessment_page(&who, &family, assessment, may_review, error, form.comment),
            );
        }
    };
    tx.review_assessment(&who.actor, &assessment, decision, (!comment.is_empty()).then_some(comment.as_str())).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/assessments/{}", family.id, assessment.id)).into_response())
}

struct TrendRow {
    title: String,
    kind: String,
    cells: Vec<String>,
}

struct AssessmentLink {
    id: String,
    date: String,
    status: String,
    response: String,
}

#[derive(askama::Template)]
#[template(path = "assessments.html")]
struct TrendTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    assessments: Vec<AssessmentLink>,
    charts: Vec<LevelChart>,
    dates: Vec<String>,
    totals: Vec<TrendRow>,
    factors: Vec<TrendRow>,
}

/// One small line chart for a level: concern and protection over time,
/// laid out here and drawn by `_trend_chart.html`.
pub(crate) struct LevelChart {
    caption: String,
    label: String,
    width: f64,
    height: f64,
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    max: u32,
    max_y: String,
    zero_y: String,
    date_y: f64,
    dates: Vec<(String, String)>,
    concern: Vec<(String, String)>,
    protection: Vec<(String, String)>,
}

impl LevelChart {
    fn points(series: &[(String, String)]) -> String {
        series.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ")
    }
    pub(crate) fn concern_line(&self) -> String {
        Self::points(&self.concern)
    }
    pub(crate) fn protection_line(&self) -> String {
        Self::points(&self.protection)
    }
}

fn level_chart(tr: &Tr, level: Level, dates: &[String], pictures: &[LevelPicture]) -> LevelChart {
    const W: f64 = 320.0;
    const H: f64 = 150.0;
    const PAD_L: f64 = 30.0;
    const PAD_R: f64 = 10.0;
    const PAD_T: f64 = 12.0;
    const PAD_B: f64 = 28.0;
    let max = pictures.iter().map(|p| p.concern.max(p.protection)).max().unwrap_or(0).max(3);
    let n = pictures.len().max(1);
    let x = |i: usize| {
        if n == 1 { (PAD_L + W - PAD_R) / 2.0 } else { PAD_L + (W - PAD_L - PAD_R) * i as f64 / (n - 1) as f64 }
    };
    let y = |v: u32| PAD_T + (H - PAD_T - PAD_B) * (1.0 - f64::from(v) / f64::from(max));
    let at = |i: usize, v: u32| (format!("{:.1}", x(i)), format!("{:.1}", y(v)));
    let level_name = tr.t(&format!("level-{}", level.as_str()));
    LevelChart {
        label: tr.t1("trend-chart-label", "name", &level_name),
        caption: level_name,
        width: W,
        height: H,
        left: PAD_L,
        right: W - PAD_R,
        top: PAD_T,
        bottom: H - PAD_B,
        max,
        max_y: format!("{:.1}", y(max) + 4.0),
        zero_y: format!("{:.1}", y(0) + 4.0),
        date_y: H - 10.0,
        dates: dates
            .iter()
            .enumerate()
            .map(|(i, d)| (format!("{:.1}", x(i)), d.get(5..).unwrap_or(d).to_owned()))
            .collect(),
        concern: pictures.iter().enumerate().map(|(i, p)| at(i, p.concern)).collect(),
        protection: pictures.iter().enumerate().map(|(i, p)| at(i, p.protection)).collect(),
    }
}

pub async fn assessments_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let read = tx.read_family_for(&who.actor, &family.id, FamilyReading::Assessments).await?;
    let assessments = tx.assessments_of(&read).await?;
    let (catalogue, _) = tx.catalogue(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let tr = who.tr;
    let lang = tr.lang.code();
    let dates: Vec<String> = assessments.iter().map(|a| who.dates().stored_date(a.assessed_on)).collect();
    let pictures: Vec<BTreeMap<Level, LevelPicture>> =
        assessments.iter().map(|a| level_pictures(a.ratings.iter().map(|r| (r.level, r.kind, r.rating)))).collect();
    let charts = if assessments.is_empty() {
        Vec::new()
    } else {
        Level::ALL
            .iter()
            .map(|level| {
                let series: Vec<LevelPicture> =
                    pictures.iter().map(|p| p.get(level).copied().unwrap_or_default()).collect();
                level_chart(&tr, *level, &dates, &series)
            })
            .collect()
    };
    let mut totals = Vec::new();
    for level in Level::ALL {
        for kind in [FactorKind::Concern, FactorKind::Protective] {
            totals.push(TrendRow {
                title: tr.t(&format!("level-{}", level.as_str())),
                kind: tr.t(&format!("kind-{}", kind.as_str())),
                cells: pictures
                    .iter()
                    .map(|p| {
                        let pic = p.get(&level).copied().unwrap_or_default();
                        (if kind == FactorKind::Concern { pic.concern } else { pic.protection }).to_string()
                    })
                    .collect(),
            });
        }
    }
    // Every factor rated in any assessment, in catalogue order, then any no longer in the catalogue.
    let mut keys: Vec<(String, String, FactorKind)> =
        catalogue.factors.iter().map(|f| (f.key.clone(), f.title(lang).to_owned(), f.kind)).collect();
    for a in &assessments {
        for r in &a.ratings {
            if !keys.iter().any(|(k, _, _)| *k == r.key) {
                keys.push((r.key.clone(), r.title.clone(), r.kind));
            }
        }
    }
    let factors = keys
        .into_iter()
        .filter(|(key, _, _)| {
            assessments.iter().any(|a| a.ratings.iter().any(|r| r.key == *key && r.rating.value() > 0))
        })
        .map(|(key, title, kind)| TrendRow {
            title,
            kind: tr.t(&format!("kind-{}", kind.as_str())),
            cells: assessments
                .iter()
                .map(|a| {
                    a.ratings
                        .iter()
                        .find(|r| r.key == key)
                        .map(|r| r.rating.value().to_string())
                        .unwrap_or_else(|| "—".into())
                })
                .collect(),
        })
        .collect();
    html(&TrendTemplate {
        page: Page::signed_in(&who, "assessments-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        assessments: assessments
            .iter()
            .rev()
            .map(|a| AssessmentLink {
                id: a.id.to_string(),
                date: who.dates().stored_date(a.assessed_on),
                status: tr.t(&format!("assessment-status-{}", a.status.as_str())),
                response: tr.t(&format!("response-{}", a.response.as_str())),
            })
            .collect(),
        charts,
        dates,
        totals,
        factors,
    })
}

/// The page where an admin edits rules kept as TOML (catalogue, modality rules).
#[derive(askama::Template)]
#[template(path = "admin_rules.html")]
pub(crate) struct RulesEditorTemplate {
    pub page: Page,
    pub intro: String,
    pub action: &'static str,
    pub body: String,
    /// Every problem is about the rules typed into `body`.
    pub errors: FieldErrors,
    pub is_default: bool,
    pub count: Option<String>,
}

pub async fn catalogue_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::EditCatalogue, Target::Organisation(&who.actor.organisation_id))?;
    let (catalogue, stored) = tx.catalogue(&who.actor.organisation_id).await?;
    tx.commit().await?;
    html(&RulesEditorTemplate {
        page: Page::signed_in(&who, "catalogue-title", "/admin/catalogue"),
        intro: who.tr.t("catalogue-intro"),
        action: "/admin/catalogue",
        is_default: stored.is_none(),
        body: stored.unwrap_or_else(|| hearth_core::assessment::DEFAULT_CATALOGUE.to_owned()),
        errors: Vec::new(),
        count: Some(who.tr.tn("catalogue-count", "count", catalogue.factors.len() as i64)),
    })
}

#[derive(Deserialize)]
pub struct CatalogueForm {
    #[serde(default)]
    body: String,
}

pub async fn save_catalogue(
    State(state): State<AppState>,
    writer: Writer,
    Form(form): Form<CatalogueForm>,
) -> AppResult<Response> {
    // Parsed before the write lock is taken; only used once the gate has passed.
    let parsed = Catalogue::parse(&form.body);
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::EditCatalogue, Target::Organisation(&who.actor.organisation_id))?;
    let page = Page::signed_in(&who, "catalogue-title", "/admin/catalogue");
    let intro = who.tr.t("catalogue-intro");
    match parsed {
        Ok(catalogue) => {
            tx.save_catalogue(&who.actor, &form.body).await?;
            tx.commit().await?;
            html(&RulesEditorTemplate {
                page: page.with_notice(Some(who.tr.t("catalogue-saved"))),
                intro,
                action: "/admin/catalogue",
                body: form.body,
                errors: Vec::new(),
                is_default: false,
                count: Some(who.tr.tn("catalogue-count", "count", catalogue.factors.len() as i64)),
            })
        }
        Err(errors) => {
            tx.commit().await?;
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &RulesEditorTemplate {
                    page,
                    intro,
                    action: "/admin/catalogue",
                    body: form.body,
                    // The validator's messages name keys and fields, which the admin wrote.
                    errors: errors.iter().map(|e| ("body", e.to_string())).collect(),
                    is_default: false,
                    count: None,
                },
            )
        }
    }
}
