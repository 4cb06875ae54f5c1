//! The modality decision aid on the web: a short conversation, one section
//! per screen and without JavaScript (answers so far travel in the form),
//! then the suggestion per kind of contact with every reason, what to
//! arrange, and the decision taken together.

use std::collections::BTreeMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::families::{IdentityVerification, MemberRole, Whereabouts};
use hearth_core::ids::MemberId;
use hearth_core::modality::{Answers, CONSIDERATIONS, ContactKind, DONT_KNOW, Modality, Rules, answers_for};
use hearth_store::families::{Family, Member};
use hearth_store::modality::{ModalityDecision, NewModalityDecision};

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::assessment::RulesEditorTemplate;
use crate::context::{Page, SignedIn};
use crate::error::{AppError, AppResult};
use crate::forms::{Pairs, field};
use crate::i18n::Tr;

/// The conversation's sections, one per screen.
const SECTIONS: [&[&str]; 6] = [
    &["openness", "lowers_threshold"],
    &["device", "connection", "app_confidence"],
    &["detention", "language_barrier"],
    &["home_privacy", "safe_to_speak"],
    &["distance", "mobility"],
    &["met_in_person", "trust"],
];

struct Question {
    name: &'static str,
    text: String,
    hint: String,
    options: Vec<(String, String, bool)>,
}

struct ContactView {
    kind: &'static str,
    label: String,
    suggestion: &'static str,
    suggestion_label: String,
    reasons: Vec<String>,
}

#[derive(askama::Template)]
#[template(path = "modality.html")]
struct ModalityTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    member_id: String,
    member_name: String,
    /// Every answer so far, carried in hidden fields.
    carried: Vec<(String, String)>,
    step: i64,
    steps: i64,
    questions: Vec<Question>,
    result: Option<Vec<ContactView>>,
    arrange: Vec<String>,
    modalities: Vec<(&'static str, String)>,
    history: Vec<DecisionView>,
    review_due: Option<String>,
    errors: Vec<String>,
    preference: String,
    comment: String,
}

impl ModalityTemplate {
    /// Whether a field is asked on this screen (and so not carried hidden).
    fn asked(&self, field_name: &str) -> bool {
        self.questions.iter().any(|q| format!("a-{}", q.name) == field_name)
    }
}

struct DecisionView {
    when: String,
    who: String,
    decided: Vec<(String, String)>,
    preference: String,
    comment: String,
    differs: bool,
}

/// What the file says about where the person of concern is now.
type PersonOfConcernWhereabouts = Vec<Whereabouts>;

async fn load_member(
    state: &AppState,
    who: &SignedIn,
    family_id: &str,
    member_id: &str,
) -> AppResult<(Family, Member, Vec<ModalityDecision>, Rules, PersonOfConcernWhereabouts)> {
    let family = family_for(state, who, family_id, Action::WorkOnFamily).await?;
    let member_id = MemberId::parse(member_id).map_err(|_| AppError::NotFound)?;
    let mut tx = state.store.begin().await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let member = tx.member(&read, &member_id).await?.ok_or(AppError::NotFound)?;
    let decisions = tx.modality_decisions_of(&read, &member.id).await?;
    let (rules, _) = tx.modality_rules(&who.actor).await?;
    let whereabouts = tx
        .members_of(&read)
        .await?
        .into_iter()
        .filter(|m| m.role == MemberRole::PersonOfConcern)
        .filter_map(|m| m.whereabouts)
        .collect();
    tx.commit().await?;
    Ok((family, member, decisions, rules, whereabouts))
}

/// Answers from the form, keeping only known considerations and answers.
fn answers_from(pairs: &Pairs) -> Answers {
    CONSIDERATIONS
        .iter()
        .filter_map(|(name, allowed)| {
            let value = field(pairs, &format!("a-{name}"));
            (value == DONT_KNOW || allowed.contains(&value)).then(|| ((*name).to_owned(), value.to_owned()))
        })
        .collect()
}

fn identity_answer(member: &Member) -> &'static str {
    if member.account_user_id.is_none() || member.verification == IdentityVerification::NotVerified {
        "not_verified"
    } else {
        "verified"
    }
}

fn history(tr: &Tr, zone: &hearth_core::zone::Zone, decisions: &[ModalityDecision]) -> Vec<DecisionView> {
    decisions
        .iter()
        .map(|d| DecisionView {
            when: zone.format(d.decided_at),
            who: d.decided_by_name.clone(),
            decided: d
                .decided
                .iter()
                .map(|(k, m)| (tr.t(&format!("contact-{}", k.as_str())), tr.t(&format!("modality-{}", m.as_str()))))
                .collect(),
            preference: d.preference.clone().unwrap_or_default(),
            comment: d.comment.clone(),
            differs: d.decided != d.suggested,
        })
        .collect()
}

fn review_due(
    tr: &Tr,
    member: &Member,
    whereabouts: &[Whereabouts],
    decisions: &[ModalityDecision],
    review_after_days: i64,
    now: hearth_core::clock::Timestamp,
) -> Option<String> {
    let latest = decisions.first()?;
    if latest.decided_at < now.minus_seconds(review_after_days * 86_400) {
        return Some(tr.tn("modality-review-time", "count", review_after_days));
    }
    // Answers Hearth knows have changed since: the identity check, and the
    // person of concern leaving prison or a camp.
    if latest.answers.get("identity").map(String::as_str) != Some(identity_answer(member)) {
        return Some(tr.t("modality-review-changed"));
    }
    let detention = latest.answers.get("detention").map(String::as_str);
    let still = |place: Whereabouts| whereabouts.contains(&place);
    if (detention == Some("prison") && !still(Whereabouts::InPrison))
        || (detention == Some("camp") && !still(Whereabouts::InCamp))
    {
        return Some(tr.t("modality-review-released"));
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn page(
    who: &SignedIn,
    family: &Family,
    member: &Member,
    whereabouts: &[Whereabouts],
    decisions: &[ModalityDecision],
    answers: &Answers,
    step: usize,
    result: Option<(&Rules, &Answers)>,
    review_after_days: i64,
    now: hearth_core::clock::Timestamp,
) -> ModalityTemplate {
    let tr = who.tr;
    let lang = tr.lang.code();
    let questions = if result.is_none() && step >= 1 && step <= SECTIONS.len() {
        SECTIONS[step - 1]
            .iter()
            .map(|name| {
                let current = answers.get(*name).map(String::as_str).unwrap_or(DONT_KNOW);
                let mut options: Vec<(String, String, bool)> = answers_for(name)
                    .unwrap_or_default()
                    .iter()
                    .map(|a| ((*a).to_owned(), tr.t(&format!("answer-{name}-{a}")), *a == current))
                    .collect();
                options.push((DONT_KNOW.into(), tr.t("answer-dont-know"), current == DONT_KNOW));
                Question {
                    name,
                    text: tr.t(&format!("question-{name}")),
                    hint: tr.t(&format!("question-{name}-hint")),
                    options,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let (result, arrange) = match result {
        Some((rules, answers)) => {
            let s = rules.suggest(answers);
            let views = s
                .per_contact
                .iter()
                .map(|(kind, c)| ContactView {
                    kind: kind.as_str(),
                    label: tr.t(&format!("contact-{}", kind.as_str())),
                    suggestion: c.modality.as_str(),
                    suggestion_label: tr.t(&format!("modality-{}", c.modality.as_str())),
                    reasons: c
                        .reasons
                        .iter()
                        .filter_map(|k| rules.rule(k))
                        .map(|r| r.reason(lang).to_owned())
                        .collect(),
                })
                .collect();
            (Some(views), s.arrange.iter().map(|a| tr.t(&format!("arrange-{a}"))).collect())
        }
        None => (None, Vec::new()),
    };
    ModalityTemplate {
        page: Page::signed_in(who, "modality-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        member_id: member.id.to_string(),
        member_name: member.name.clone(),
        carried: answers.iter().map(|(k, v)| (format!("a-{k}"), v.clone())).collect(),
        step: i64::try_from(step).unwrap_or(1),
        steps: i64::try_from(SECTIONS.len()).unwrap_or(1),
        questions,
        result,
        arrange,
        modalities: Modality::ALL.iter().map(|m| (m.as_str(), tr.t(&format!("modality-{}", m.as_str())))).collect(),
        history: history(&tr, &who.zone, decisions),
        review_due: review_due(&tr, member, whereabouts, decisions, review_after_days, now),
        errors: Vec::new(),
        preference: String::new(),
        comment: String::new(),
    }
}

pub async fn modality_page(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, member_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (family, member, decisions, rules, whereabouts) = load_member(&state, &who, &id, &member_id).await?;
    // Start from the last answers, so a change is a quick update.
    let mut answers = decisions.first().map(|d| d.answers.clone()).unwrap_or_default();
    answers.insert("identity".into(), identity_answer(&member).into());
    html(&page(
        &who,
        &family,
        &member,
        &whereabouts,
        &decisions,
        &answers,
        0,
        None,
        rules.review_after_days,
        state.store.now(),
    ))
}

/// One step of the conversation: keeps the answers, moves forward or back.
pub async fn modality_step(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, member_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let (family, member, decisions, rules, whereabouts) = load_member(&state, &who, &id, &member_id).await?;
    let mut answers = answers_from(&pairs);
    answers.insert("identity".into(), identity_answer(&member).into());
    let current: usize = field(&pairs, "step").parse().unwrap_or(0);
    let next = match field(&pairs, "go") {
        "back" => current.saturating_sub(1).max(1),
        _ => current + 1,
    };
    let now = state.store.now();
    if next > SECTIONS.len() {
        return html(&page(
            &who,
            &family,
            &member,
            &whereabouts,
            &decisions,
            &answers,
            next,
            Some((&rules, &answers)),
            rules.review_after_days,
            now,
        ));
    }
    html(&page(&who, &family, &member, &whereabouts, &decisions, &answers, next, None, rules.review_after_days, now))
}

pub async fn record_decision(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, member_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let (family, member, decisions, rules, whereabouts) = load_member(&state, &who, &id, &member_id).await?;
    let tr = who.tr;
    let mut answers = answers_from(&pairs);
    answers.insert("identity".into(), identity_answer(&member).into());
    let suggestion = rules.suggest(&answers);
    let suggested: BTreeMap<ContactKind, Modality> =
        suggestion.per_contact.iter().map(|(k, c)| (*k, c.modality)).collect();
    let mut decided = BTreeMap::new();
    for kind in ContactKind::ALL {
        let m = Modality::parse(field(&pairs, &format!("decide-{}", kind.as_str()))).ok_or(AppError::BadRequest)?;
        decided.insert(kind, m);
    }
    let preference = field(&pairs, "preference").trim().chars().take(2000).collect::<String>();
    let comment = field(&pairs, "comment").trim().chars().take(5000).collect::<String>();
    // A decision that departs from the suggestion must say why.
    if decided != suggested && comment.is_empty() {
        let mut body = page(
            &who,
            &family,
            &member,
            &whereabouts,
            &decisions,
            &answers,
            SECTIONS.len() + 1,
            Some((&rules, &answers)),
            rules.review_after_days,
            state.store.now(),
        );
        body.errors.push(tr.t("modality-error-comment"));
        body.preference = preference;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &body);
    }
    let mut tx = state.store.begin().await?;
    tx.record_modality_decision(
        &who.actor,
        &family.id,
        &member.id,
        NewModalityDecision {
            answers: &answers,
            suggested: &suggested,
            decided: &decided,
            preference: (!preference.is_empty()).then_some(preference.as_str()),
            comment: &comment,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/members/{}/modality", family.id, member.id)).into_response())
}

pub async fn rules_page(State(state): State<AppState>, who: SignedIn) -> AppResult<Response> {
    who.require(Action::EditModalityRules, Target::Organisation(&who.actor.organisation_id))?;
    let mut tx = state.store.begin().await?;
    let (rules, stored) = tx.modality_rules(&who.actor).await?;
    tx.commit().await?;
    html(&RulesEditorTemplate {
        page: Page::signed_in(&who, "modality-rules-title", "/admin/modality-rules"),
        intro: who.tr.t("modality-rules-intro"),
        action: "/admin/modality-rules",
        is_default: stored.is_none(),
        body: stored.unwrap_or_else(|| hearth_core::modality::DEFAULT_RULES.to_owned()),
        errors: Vec::new(),
        count: Some(who.tr.tn("modality-rules-count", "count", rules.rules.len() as i64)),
    })
}

#[derive(serde::Deserialize)]
pub struct RulesForm {
    #[serde(default)]
    body: String,
}

pub async fn save_rules(
    State(state): State<AppState>,
    who: SignedIn,
    Form(form): Form<RulesForm>,
) -> AppResult<Response> {
    who.require(Action::EditModalityRules, Target::Organisation(&who.actor.organisation_id))?;
    let page = Page::signed_in(&who, "modality-rules-title", "/admin/modality-rules");
    let intro = who.tr.t("modality-rules-intro");
    match Rules::parse(&form.body) {
        Ok(rules) => {
            let mut tx = state.store.begin().await?;
            tx.save_modality_rules(&who.actor, &form.body).await?;
            tx.commit().await?;
            html(&RulesEditorTemplate {
                page: page.with_notice(Some(who.tr.t("modality-rules-saved"))),
                intro,
                action: "/admin/modality-rules",
                body: form.body,
                errors: Vec::new(),
                is_default: false,
                count: Some(who.tr.tn("modality-rules-count", "count", rules.rules.len() as i64)),
            })
        }
        Err(errors) => html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &RulesEditorTemplate {
                page,
                intro,
                action: "/admin/modality-rules",
                body: form.body,
                errors: errors.iter().map(ToString::to_string).collect(),
                is_default: false,
                count: None,
            },
        ),
    }
}
