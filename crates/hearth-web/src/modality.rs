//! The modality decision aid on the web: a short conversation, one section
//! per screen and without JavaScript (answers so far travel in the form),
//! then the suggestion per kind of contact with every reason and which way
//! it leans, what ruled a way out, what to find out and what to arrange, and
//! the decision taken together.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::families::{IdentityVerification, MemberRole, Whereabouts};
use hearth_core::ids::MemberId;
use hearth_core::modality::{
    Answers, CONSIDERATIONS, ContactKind, ContactSuggestion, DONT_KNOW, Lean, Modality, Reason, Rules, answers_for,
};
use hearth_store::Tx;
use hearth_store::families::{Family, Member};
use hearth_store::modality::{ModalityDecision, NewModalityDecision};

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::assessment::RulesEditorTemplate;
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{FieldErrors, Pairs, field};
use crate::i18n::Tr;

/// The conversation's sections, one per screen.
const SECTIONS: [&[&str]; 7] = [
    &["openness", "lowers_threshold"],
    &["matters", "easier_from_home"],
    &["device", "connection", "app_confidence"],
    &["detention", "language_barrier"],
    &["home_privacy", "safe_to_speak", "private_space_agreed"],
    &["distance", "mobility"],
    &["met_in_person", "trust", "identity"],
];

struct Question {
    name: &'static str,
    text: String,
    hint: String,
    /// Filled in from what the family file says, and not changed since.
    prefilled: bool,
    options: Vec<(String, String, bool)>,
}

/// A reason as shown: a symbol and words for its lean, then the reason.
struct ReasonView {
    class: &'static str,
    symbol: &'static str,
    lean: String,
    text: String,
}

struct ContactView {
    kind: &'static str,
    /// The id of the select where it is decided.
    decide: &'static str,
    label: String,
    /// None: not enough known yet.
    suggestion: Option<&'static str>,
    suggestion_label: String,
    ruled_out: String,
    reasons: Vec<ReasonView>,
    find_out: Vec<String>,
    arrange: Vec<String>,
    /// What the select shows as chosen: the suggestion, or what was chosen before.
    chosen: String,
}

/// A section of answers on the result page, with a way back to change it.
struct AnsweredSection {
    number: usize,
    title: String,
    answers: Vec<(String, String)>,
}

#[derive(askama::Template)]
#[template(path = "modality.html")]
struct ModalityTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    member_id: String,
    member_name: String,
    /// Every answer so far, and what was pre-filled, carried in hidden fields.
    carried: Vec<(String, String)>,
    step: i64,
    steps: i64,
    section_title: String,
    questions: Vec<Question>,
    result: Option<Vec<ContactView>>,
    answered: Vec<AnsweredSection>,
    modalities: Vec<(&'static str, String)>,
    history: Vec<DecisionView>,
    review_due: Option<String>,
    errors: FieldErrors,
    preference: String,
    comment: String,
}

impl ModalityTemplate {
    /// Whether a field is asked on this screen (and so not carried hidden).
    fn asked(&self, field_name: &str) -> bool {
        self.questions.iter().any(|q| format!("a-{}", q.name) == field_name)
    }
}

struct KindHistory {
    label: String,
    suggested: String,
    decided: String,
    differs: bool,
    reasons: Vec<ReasonView>,
}

struct DecisionView {
    when: String,
    who: String,
    kinds: Vec<KindHistory>,
    answers: Vec<(String, String)>,
    preference: String,
    comment: String,
    differs: bool,
}

async fn load_member(tx: &mut Tx, who: &SignedIn, family_id: &str, member_id: &str) -> AppResult<MemberContext> {
    let family = family_for(tx, who, family_id, Action::WorkOnFamily).await?;
    let member_id = MemberId::parse(member_id).map_err(|_| AppError::NotFound)?;
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
    Ok(MemberContext { family, member, whereabouts, decisions, rules })
}

/// Answers from the form under a prefix, keeping only known considerations
/// and answers: a tampered value is as if not given.
fn answers_from(pairs: &Pairs, prefix: &str) -> Answers {
    CONSIDERATIONS
        .iter()
        .filter_map(|(name, allowed)| {
            let value = field(pairs, &format!("{prefix}{name}"));
            (value == DONT_KNOW || allowed.contains(&value)).then(|| ((*name).to_owned(), value.to_owned()))
        })
        .collect()
}

/// Whether the practitioner has recorded who the member is, account or not.
fn identity_answer(member: &Member) -> &'static str {
    if member.verification == IdentityVerification::NotVerified { "not_verified" } else { "verified" }
}

/// What the family file already says: the recorded identity check and where
/// the person of concern is are facts and replace earlier answers; a needed
/// translator fills in the language question when it is still open.
fn known_facts(member: &Member, whereabouts: &[Whereabouts], answers: &Answers) -> Answers {
    let mut facts = Answers::new();
    facts.insert("identity".into(), identity_answer(member).into());
    let detention = if whereabouts.contains(&Whereabouts::InPrison) {
        Some("prison")
    } else if whereabouts.contains(&Whereabouts::InCamp) {
        Some("camp")
    } else if whereabouts.iter().any(|w| *w != Whereabouts::Unknown) {
        Some("none")
    } else {
        None
    };
    if let Some(d) = detention {
        facts.insert("detention".into(), d.into());
    }
    if member.needs_translator && !hearth_core::modality::is_known(answers, "language_barrier") {
        facts.insert("language_barrier".into(), "strong".into());
    }
    facts
}

fn question_text(tr: &Tr, name: &str) -> String {
    tr.t(&format!("question-{name}"))
}

fn answer_text(tr: &Tr, name: &str, answer: &str) -> String {
    if answer == DONT_KNOW { tr.t("answer-dont-know") } else { tr.t(&format!("answer-{name}-{answer}")) }
}

fn modality_label(tr: &Tr, m: Option<Modality>) -> String {
    match m {
        Some(m) => tr.t(&format!("modality-{}", m.as_str())),
        None => tr.t("modality-not-enough-known"),
    }
}

fn reason_view(tr: &Tr, rules: &Rules, reason: &Reason) -> ReasonView {
    let text = rules.rule(&reason.key).map_or_else(|| reason.key.clone(), |r| r.reason(tr.lang.code()).to_owned());
    let (class, symbol, lean) = match &reason.lean {
        Lean::For(p) => ("lean-for", "\u{2713}", tr.t(&format!("modality-lean-for-{}", p.as_str()))),
        Lean::Against(p) => ("lean-against", "\u{2717}", tr.t(&format!("modality-lean-against-{}", p.as_str()))),
        Lean::Toward(p) => ("lean-toward", "\u{2192}", tr.t(&format!("modality-lean-toward-{}", p.as_str()))),
        Lean::RulesOut(ms) => (
            "lean-rules-out",
            "\u{2298}",
            tr.t1(
                "modality-lean-rules-out",
                "what",
                &ms.iter().map(|m| modality_label(tr, Some(*m))).collect::<Vec<_>>().join(", "),
            ),
        ),
    };
    ReasonView { class, symbol, lean, text }
}

/// The id of the select where a kind of contact is decided: `decide-` and the kind.
fn decide_id(kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::FirstContact => "decide-first_contact",
        ContactKind::Practical => "decide-practical",
        ContactKind::CheckIn => "decide-check_in",
        ContactKind::Sensitive => "decide-sensitive",
        ContactKind::Crisis => "decide-crisis",
    }
}

fn contact_view(tr: &Tr, rules: &Rules, kind: ContactKind, c: &ContactSuggestion, chosen: Option<&str>) -> ContactView {
    let suggestion = c.modality.map(Modality::as_str);
    ContactView {
        kind: kind.as_str(),
        decide: decide_id(kind),
        label: tr.t(&format!("contact-{}", kind.as_str())),
        suggestion,
        suggestion_label: modality_label(tr, c.modality),
        ruled_out: c.ruled_out.keys().map(|m| modality_label(tr, Some(*m))).collect::<Vec<_>>().join(", "),
        reasons: c.reasons.iter().map(|r| reason_view(tr, rules, r)).collect(),
        find_out: c.find_out.iter().map(|q| question_text(tr, q)).collect(),
        arrange: c.arrange.iter().map(|a| tr.t(&format!("arrange-{a}"))).collect(),
        chosen: chosen.or(suggestion).unwrap_or_default().to_owned(),
    }
}

fn answered_sections(tr: &Tr, answers: &Answers) -> Vec<AnsweredSection> {
    SECTIONS
        .iter()
        .enumerate()
        .map(|(i, names)| AnsweredSection {
            number: i + 1,
            title: tr.t(&format!("modality-section-{}", i + 1)),
            answers: names
                .iter()
                .map(|n| (question_text(tr, n), answer_text(tr, n, answers.get(*n).map_or(DONT_KNOW, String::as_str))))
                .collect(),
        })
        .collect()
}

fn history(
    tr: &Tr,
    zone: &hearth_core::zone::Zone,
    rules: &Rules,
    decisions: &[ModalityDecision],
) -> Vec<DecisionView> {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    decisions
        .iter()
        .map(|d| DecisionView {
            when: dates.when(d.decided_at),
            who: d.decided_by_name.clone(),
            kinds: ContactKind::ALL
                .iter()
                .filter_map(|k| {
                    let decided = d.decided.get(k)?;
                    let suggested = d.suggested.get(k).copied().flatten();
                    Some(KindHistory {
                        label: tr.t(&format!("contact-{}", k.as_str())),
                        suggested: modality_label(tr, suggested),
                        decided: modality_label(tr, Some(*decided)),
                        differs: suggested != Some(*decided),
                        reasons: d.reasons.get(k).into_iter().flatten().map(|r| reason_view(tr, rules, r)).collect(),
                    })
                })
                .collect(),
            answers: CONSIDERATIONS
                .iter()
                .filter_map(|(name, _)| {
                    let a = d.answers.get(*name).filter(|a| *a != DONT_KNOW)?;
                    Some((question_text(tr, name), answer_text(tr, name, a)))
                })
                .collect(),
            preference: d.preference.clone().unwrap_or_default(),
            comment: d.comment.clone(),
            differs: d.decided.iter().any(|(k, m)| d.suggested.get(k).copied().flatten() != Some(*m)),
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
    if latest.answers.get("identity").is_some_and(|a| a != identity_answer(member)) {
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

/// Where the conversation stands: the answers, what the file pre-filled,
/// and which screen to show.
struct Conversation<'a> {
    answers: &'a Answers,
    prefilled: &'a Answers,
    /// 0: the start; 1..=7: a section; beyond: the result.
    step: usize,
    /// Choices already made on the result screen, by kind of contact.
    chosen: &'a BTreeMap<ContactKind, String>,
}

/// The member the aid is about, and what the file says around them.
struct MemberContext {
    family: Family,
    member: Member,
    /// Where the person of concern is now, as the file says.
    whereabouts: Vec<Whereabouts>,
    decisions: Vec<ModalityDecision>,
    rules: Rules,
}

fn page(who: &SignedIn, m: &MemberContext, c: &Conversation, now: hearth_core::clock::Timestamp) -> ModalityTemplate {
    let tr = who.tr;
    let (questions, section_title) = match SECTIONS.get(c.step.wrapping_sub(1)) {
        Some(names) => (
            names
                .iter()
                .map(|name| {
                    let current = c.answers.get(*name).map(String::as_str).unwrap_or(DONT_KNOW);
                    let mut options: Vec<(String, String, bool)> = answers_for(name)
                        .unwrap_or_default()
                        .iter()
                        .map(|a| ((*a).to_owned(), answer_text(&tr, name, a), *a == current))
                        .collect();
                    options.push((DONT_KNOW.into(), tr.t("answer-dont-know"), current == DONT_KNOW));
                    Question {
                        name,
                        text: question_text(&tr, name),
                        hint: tr.t(&format!("question-{name}-hint")),
                        prefilled: c.prefilled.get(*name).is_some_and(|p| Some(p) == c.answers.get(*name)),
                        options,
                    }
                })
                .collect(),
            tr.t(&format!("modality-section-{}", c.step)),
        ),
        None => (Vec::new(), String::new()),
    };
    let result = (c.step > SECTIONS.len()).then(|| {
        m.rules
            .suggest(c.answers)
            .per_contact
            .iter()
            .map(|(kind, s)| contact_view(&tr, &m.rules, *kind, s, c.chosen.get(kind).map(String::as_str)))
            .collect()
    });
    let mut carried: Vec<(String, String)> = c.answers.iter().map(|(k, v)| (format!("a-{k}"), v.clone())).collect();
    carried.extend(c.prefilled.iter().map(|(k, v)| (format!("p-{k}"), v.clone())));
    ModalityTemplate {
        page: Page::signed_in(who, "modality-title", "/families"),
        family_id: m.family.id.to_string(),
        family_name: m.family.name.clone(),
        member_id: m.member.id.to_string(),
        member_name: m.member.name.clone(),
        carried,
        step: i64::try_from(c.step).unwrap_or(1),
        steps: i64::try_from(SECTIONS.len()).unwrap_or(1),
        section_title,
        questions,
        answered: if result.is_some() { answered_sections(&tr, c.answers) } else { Vec::new() },
        result,
        modalities: Modality::ALL.iter().map(|m| (m.as_str(), tr.t(&format!("modality-{}", m.as_str())))).collect(),
        history: history(&tr, &who.zone, &m.rules, &m.decisions),
        review_due: review_due(&tr, &m.member, &m.whereabouts, &m.decisions, m.rules.review_after_days, now),
        errors: Vec::new(),
        preference: String::new(),
        comment: String::new(),
    }
}

pub async fn modality_page(
    Reading { who, mut tx }: Reading,
    Path((id, member_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let m = load_member(&mut tx, &who, &id, &member_id).await?;
    let now = tx.now();
    tx.commit().await?;
    // Start from the last answers, so a change is a quick update, with what
    // the file knows filled in.
    let mut answers = m.decisions.first().map(|d| d.answers.clone()).unwrap_or_default();
    let prefilled = known_facts(&m.member, &m.whereabouts, &answers);
    answers.extend(prefilled.clone());
    let c = Conversation { answers: &answers, prefilled: &prefilled, step: 0, chosen: &BTreeMap::new() };
    html(&page(&who, &m, &c, now))
}

/// One step of the conversation: keeps the answers, moves forward, back, or
/// (from the result) to the section to change.
pub async fn modality_step(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let m = load_member(&mut tx, &who, &id, &member_id).await?;
    let now = tx.now();
    tx.commit().await?;
    let answers = answers_from(&pairs, "a-");
    let prefilled = answers_from(&pairs, "p-");
    let current: usize = field(&pairs, "step").parse().unwrap_or(0).min(SECTIONS.len() + 1);
    let go = field(&pairs, "go");
    let next = match go.strip_prefix("section-").and_then(|n| n.parse::<usize>().ok()) {
        Some(n) => n.clamp(1, SECTIONS.len()),
        None if go == "back" => current.saturating_sub(1).max(1),
        None => current + 1,
    };
    let c = Conversation { answers: &answers, prefilled: &prefilled, step: next, chosen: &BTreeMap::new() };
    html(&page(&who, &m, &c, now))
}

pub async fn record_decision(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let m = load_member(&mut tx, &who, &id, &member_id).await?;
    let tr = who.tr;
    let answers = answers_from(&pairs, "a-");
    let prefilled = answers_from(&pairs, "p-");
    let suggestion = m.rules.suggest(&answers);
    let suggested = suggestion.suggested();
    let chosen: BTreeMap<ContactKind, String> =
        ContactKind::ALL.iter().map(|k| (*k, field(&pairs, &format!("decide-{}", k.as_str())).to_owned())).collect();
    let decided: BTreeMap<ContactKind, Modality> =
        chosen.iter().filter_map(|(k, v)| Modality::parse(v).map(|m| (*k, m))).collect();
    let preference = field(&pairs, "preference").trim().chars().take(2000).collect::<String>();
    let comment = field(&pairs, "comment").trim().to_owned();
    let mut errors = FieldErrors::new();
    let undecided: Vec<ContactKind> = ContactKind::ALL.into_iter().filter(|k| !decided.contains_key(k)).collect();
    // One message for every kind left open, at the first one's select.
    if let Some(first) = undecided.first() {
        let kinds: Vec<String> = undecided.iter().map(|k| tr.t(&format!("contact-{}", k.as_str()))).collect();
        errors.push((decide_id(*first), tr.t1("modality-error-choose", "kinds", &kinds.join(", "))));
    }
    // A decision that departs from the suggestion, or that was taken where
    // not enough was known to suggest anything, must say why.
    let departs = decided.iter().any(|(k, m)| suggested.get(k).copied().flatten() != Some(*m));
    if departs && comment.is_empty() {
        errors.push(("comment", tr.t("modality-error-comment")));
    }
    if !errors.is_empty() {
        let c = Conversation { answers: &answers, prefilled: &prefilled, step: SECTIONS.len() + 1, chosen: &chosen };
        let mut body = page(&who, &m, &c, tx.now());
        body.errors = errors;
        body.preference = preference;
        body.comment = comment;
        // Nothing was written: the reads the page took are recorded.
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &body);
    }
    let reasons = suggestion.per_contact.iter().map(|(k, c)| (*k, c.reasons.clone())).collect();
    tx.record_modality_decision(
        &who.actor,
        &m.family.id,
        &m.member.id,
        NewModalityDecision {
            answers: &answers,
            suggested: &suggested,
            reasons: &reasons,
            decided: &decided,
            preference: (!preference.is_empty()).then_some(preference.as_str()),
            comment: &comment,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/members/{}/modality", m.family.id, m.member.id)).into_response())
}

pub async fn rules_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::EditModalityRules, Target::Organisation(&who.actor.organisation_id))?;
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
    writer: Writer,
    Form(form): Form<RulesForm>,
) -> AppResult<Response> {
    // Parsed before the write lock is taken: it needs no database.
    let parsed = Rules::parse(&form.body);
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::EditModalityRules, Target::Organisation(&who.actor.organisation_id))?;
    let page = Page::signed_in(&who, "modality-rules-title", "/admin/modality-rules");
    let intro = who.tr.t("modality-rules-intro");
    match parsed {
        Ok(rules) => {
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
        Err(errors) => {
            tx.commit().await?;
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &RulesEditorTemplate {
                    page,
                    intro,
                    action: "/admin/modality-rules",
                    body: form.body,
                    // Every problem is about the rules typed into `body`.
                    errors: errors.iter().map(|e| ("body", e.to_string())).collect(),
                    is_default: false,
                    count: None,
                },
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decide_ids_name_the_selects() {
        for kind in ContactKind::ALL {
            assert_eq!(decide_id(kind), format!("decide-{}", kind.as_str()));
        }
    }
}
