//! The modality decision aid: from a short conversation about a family
//! member's situation, a suggestion per kind of contact — face to face,
//! digital or hybrid — with every reason that drove it, which way each
//! reason leans, what to arrange and what is still to find out.
//!
//! Two kinds of rule: weighted rules lean one way or the other and are
//! added up; hard limits rule a modality out, and a ruled-out modality is
//! never suggested, whatever the weights. The rules are data an
//! organisation can adapt (docs/modality.md).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Deserialize;

/// Hearth's default rules.
pub const DEFAULT_RULES: &str = include_str!("../../../rules/modality.toml");

/// A question of the conversation, with the answers it allows.
pub const CONSIDERATIONS: [(&str, &[&str]); 17] = [
    ("openness", &["open", "hesitant", "closed"]),
    ("lowers_threshold", &["yes", "no"]),
    ("matters", &["everyday", "uncomfortable", "sensitive_or_complex"]),
    ("easier_from_home", &["yes", "no"]),
    ("device", &["none", "shared_phone", "own_smartphone", "laptop"]),
    ("connection", &["stable", "unstable", "none"]),
    ("app_confidence", &["confident", "with_help", "not_confident"]),
    ("detention", &["none", "prison", "camp"]),
    ("language_barrier", &["none", "some", "strong"]),
    ("home_privacy", &["private", "some_distractions", "others_present"]),
    ("safe_to_speak", &["yes", "no"]),
    ("private_space_agreed", &["yes", "no"]),
    ("distance", &["near", "far"]),
    ("mobility", &["none", "limits_travel", "limits_devices"]),
    ("met_in_person", &["yes", "no"]),
    ("trust", &["established", "building", "low"]),
    ("identity", &["verified", "not_verified"]),
];

/// Every consideration accepts this answer.
pub const DONT_KNOW: &str = "dont_know";

pub fn answers_for(consideration: &str) -> Option<&'static [&'static str]> {
    CONSIDERATIONS.iter().find(|(c, _)| *c == consideration).map(|(_, a)| *a)
}

/// Whether a consideration has a real answer (not missing, not "don't know").
pub fn is_known(answers: &Answers, consideration: &str) -> bool {
    answers.get(consideration).is_some_and(|a| a != DONT_KNOW)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactKind {
    FirstContact,
    Practical,
    CheckIn,
    Sensitive,
    Crisis,
}

impl ContactKind {
    pub const ALL: [ContactKind; 5] =
        [Self::FirstContact, Self::Practical, Self::CheckIn, Self::Sensitive, Self::Crisis];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FirstContact => "first_contact",
            Self::Practical => "practical",
            Self::CheckIn => "check_in",
            Self::Sensitive => "sensitive",
            Self::Crisis => "crisis",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Modality {
    FaceToFace,
    Hybrid,
    Digital,
}

impl Modality {
    pub const ALL: [Modality; 3] = [Self::FaceToFace, Self::Digital, Self::Hybrid];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FaceToFace => "face_to_face",
            Self::Digital => "digital",
            Self::Hybrid => "hybrid",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == text)
    }
    /// Where it lies between face to face (-1) and online (1).
    fn position(self) -> i32 {
        match self {
            Self::FaceToFace => -1,
            Self::Hybrid => 0,
            Self::Digital => 1,
        }
    }
}

/// Things to arrange before or around contact.
pub const ARRANGEMENTS: [&str; 8] = [
    "translator",
    "meet_in_person_first",
    "low_threshold_first_contact",
    "agree_terms",
    "digital_skills_help",
    "allow_time",
    "check_prison_rules",
    "private_space",
];

/// The answers a rule reacts to: every consideration named must have one of
/// the listed answers.
type Conditions = BTreeMap<String, Vec<String>>;

fn conditions_hold(conditions: &Conditions, answers: &Answers) -> bool {
    conditions.iter().all(|(c, accepted)| answers.get(c).is_some_and(|a| accepted.iter().any(|x| x == a)))
}

/// Which way a weighted rule pulls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pull {
    FaceToFace,
    Digital,
}

/// What a rule does when it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// A weight of 1 to 3 toward one side.
    Lean { pull: Pull, weight: i32 },
    /// A hard limit: these modalities cannot be suggested.
    RulesOut(Vec<Modality>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub key: String,
    when: Conditions,
    /// A hard limit does not apply when these hold (an arrangement confirmed).
    unless: Conditions,
    contacts: Vec<ContactKind>,
    pub effect: Effect,
    pub arrange: Vec<String>,
    reason: BTreeMap<String, String>,
}

impl Rule {
    pub fn reason(&self, lang: &str) -> &str {
        self.reason.get(lang).or_else(|| self.reason.get("en")).map(String::as_str).unwrap_or(&self.key)
    }
    fn applies(&self, answers: &Answers) -> bool {
        conditions_hold(&self.when, answers) && (self.unless.is_empty() || !conditions_hold(&self.unless, answers))
    }
    fn concerns(&self, kind: ContactKind) -> bool {
        self.contacts.contains(&kind)
    }
    fn rules_out(&self) -> &[Modality] {
        match &self.effect {
            Effect::RulesOut(m) => m,
            Effect::Lean { .. } => &[],
        }
    }
    fn signed_weight(&self) -> i32 {
        match self.effect {
            Effect::Lean { pull: Pull::Digital, weight } => weight,
            Effect::Lean { pull: Pull::FaceToFace, weight } => -weight,
            Effect::RulesOut(_) => 0,
        }
    }
    /// Every consideration the rule reads.
    fn reads(&self) -> impl Iterator<Item = &str> {
        self.when.keys().chain(self.unless.keys()).map(String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub rules: Vec<Rule>,
    /// Per kind of contact, the answers without which the aid makes no suggestion.
    pub needs: BTreeMap<ContactKind, Vec<String>>,
    /// After how many days a decision is to be looked at again.
    pub review_after_days: i64,
}

/// When the rules do not say otherwise.
pub const DEFAULT_REVIEW_AFTER_DAYS: i64 = 90;

/// Beyond this many combinations of answers, hard limits are not checked
/// against each other and the rules are refused.
const MAX_LIMIT_COMBINATIONS: usize = 2_000_000;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    #[error("the rules are not valid TOML: {0}")]
    Syntax(String),
    #[error("there are no rules")]
    Empty,
    #[error("rule {index}: the key \"{key}\" must be 1 to 60 lower-case letters, digits or dashes")]
    BadKey { index: usize, key: String },
    #[error("rule \"{key}\" appears more than once")]
    DuplicateKey { key: String },
    #[error("rule \"{key}\": unknown consideration \"{consideration}\"")]
    UnknownConsideration { key: String, consideration: String },
    #[error("rule \"{key}\": \"{answer}\" is not an answer to {consideration}")]
    UnknownAnswer { key: String, consideration: String, answer: String },
    #[error("rule \"{key}\" has no condition (`when`)")]
    NoCondition { key: String },
    #[error("rule \"{key}\": unknown kind of contact \"{contact}\"")]
    UnknownContact { key: String, contact: String },
    #[error("rule \"{key}\": suggest must be face_to_face or digital")]
    BadSuggestion { key: String },
    #[error("rule \"{key}\": weight must be 1, 2 or 3")]
    BadWeight { key: String },
    #[error("rule \"{key}\": rules_out must list face_to_face, digital or hybrid, and not all three")]
    BadLimit { key: String },
    #[error("rule \"{key}\": a hard limit (rules_out) has no suggest or weight")]
    LimitWithWeight { key: String },
    #[error("rule \"{key}\": unknown arrangement \"{arrangement}\"")]
    UnknownArrangement { key: String, arrangement: String },
    #[error("rule \"{key}\" has no English reason")]
    MissingReason { key: String },
    #[error("review_after_days must be between 7 and 730")]
    BadReviewInterval,
    #[error("needs: unknown kind of contact \"{contact}\"")]
    NeedsUnknownContact { contact: String },
    #[error("needs for {contact}: unknown consideration \"{consideration}\"")]
    NeedsUnknownConsideration { contact: String, consideration: String },
    #[error("the hard limits {keys} together rule out every way of contact for {contact} when {answers}")]
    ContradictingLimits { contact: String, keys: String, answers: String },
    #[error("the hard limits read too many considerations to check them against each other; use fewer")]
    TooManyLimitCombinations,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    rule: Vec<RawRule>,
    #[serde(default)]
    needs: BTreeMap<String, Vec<String>>,
    review_after_days: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    #[serde(default)]
    key: String,
    #[serde(default)]
    when: Conditions,
    #[serde(default)]
    unless: Conditions,
    #[serde(default)]
    contacts: Vec<String>,
    #[serde(default)]
    suggest: String,
    weight: Option<i64>,
    #[serde(default)]
    rules_out: Vec<String>,
    /// The older spelling of `rules_out = ["digital", "hybrid"]`.
    #[serde(default)]
    rules_out_digital: bool,
    #[serde(default)]
    arrange: Vec<String>,
    #[serde(default)]
    reason: BTreeMap<String, String>,
}

fn check_conditions(key: &str, conditions: &Conditions, errors: &mut Vec<RulesError>) {
    for (consideration, accepted) in conditions {
        match answers_for(consideration) {
            None => errors
                .push(RulesError::UnknownConsideration { key: key.to_owned(), consideration: consideration.clone() }),
            Some(allowed) => {
                for answer in accepted {
                    if answer != DONT_KNOW && !allowed.contains(&answer.as_str()) {
                        errors.push(RulesError::UnknownAnswer {
                            key: key.to_owned(),
                            consideration: consideration.clone(),
                            answer: answer.clone(),
                        });
                    }
                }
            }
        }
    }
}

fn parse_rule(index: usize, r: RawRule, seen: &mut HashSet<String>, errors: &mut Vec<RulesError>) -> Option<Rule> {
    let before = errors.len();
    let key = r.key.trim().to_owned();
    if key.is_empty()
        || key.len() > 60
        || !key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        errors.push(RulesError::BadKey { index: index + 1, key: key.clone() });
    } else if !seen.insert(key.clone()) {
        errors.push(RulesError::DuplicateKey { key: key.clone() });
    }
    if r.when.is_empty() {
        errors.push(RulesError::NoCondition { key: key.clone() });
    }
    check_conditions(&key, &r.when, errors);
    check_conditions(&key, &r.unless, errors);
    let mut contacts = Vec::new();
    for c in &r.contacts {
        match ContactKind::parse(c) {
            Some(k) => contacts.push(k),
            None => errors.push(RulesError::UnknownContact { key: key.clone(), contact: c.clone() }),
        }
    }
    if contacts.is_empty() {
        contacts = ContactKind::ALL.to_vec();
    }
    let mut rules_out: Vec<String> = r.rules_out.clone();
    if r.rules_out_digital {
        rules_out.extend(["digital".to_owned(), "hybrid".to_owned()]);
    }
    let effect = if rules_out.is_empty() {
        let pull = match r.suggest.as_str() {
            "digital" => Some(Pull::Digital),
            "face_to_face" => Some(Pull::FaceToFace),
            _ => {
                errors.push(RulesError::BadSuggestion { key: key.clone() });
                None
            }
        };
        let weight = match r.weight {
            Some(w @ 1..=3) => Some(w as i32),
            _ => {
                errors.push(RulesError::BadWeight { key: key.clone() });
                None
            }
        };
        pull.zip(weight).map(|(pull, weight)| Effect::Lean { pull, weight })
    } else {
        // The older spelling came with `suggest = "face_to_face"`; nothing else
        // may weigh a hard limit.
        let old_spelling =
            r.rules_out_digital && r.rules_out.is_empty() && matches!(r.suggest.as_str(), "" | "face_to_face");
        if r.weight.is_some() || (!r.suggest.is_empty() && !old_spelling) {
            errors.push(RulesError::LimitWithWeight { key: key.clone() });
        }
        let parsed: Option<BTreeSet<Modality>> = rules_out.iter().map(|m| Modality::parse(m)).collect();
        match parsed {
            Some(set) if !set.is_empty() && set.len() < Modality::ALL.len() => {
                Some(Effect::RulesOut(set.into_iter().collect()))
            }
            _ => {
                errors.push(RulesError::BadLimit { key: key.clone() });
                None
            }
        }
    };
    for a in &r.arrange {
        if !ARRANGEMENTS.contains(&a.as_str()) {
            errors.push(RulesError::UnknownArrangement { key: key.clone(), arrangement: a.clone() });
        }
    }
    if r.reason.get("en").is_none_or(|t| t.trim().is_empty()) {
        errors.push(RulesError::MissingReason { key: key.clone() });
    }
    let effect = effect?;
    (errors.len() == before).then_some(Rule {
        key,
        when: r.when,
        unless: r.unless,
        contacts,
        effect,
        arrange: r.arrange,
        reason: r.reason,
    })
}

/// A consideration's possible states for matching: each answer, "don't
/// know", and not asked.
fn states_of(consideration: &str) -> Vec<Option<&'static str>> {
    let mut states: Vec<Option<&'static str>> =
        answers_for(consideration).unwrap_or_default().iter().copied().map(Some).collect();
    states.push(Some(DONT_KNOW));
    states.push(None);
    states
}

/// Looks for answers under which the hard limits together rule out every
/// modality for some kind of contact. Exhaustive over the considerations the
/// limits read, so nothing is left to chance.
fn contradicting_limits(rules: &[Rule]) -> Option<RulesError> {
    let limits: Vec<&Rule> = rules.iter().filter(|r| matches!(r.effect, Effect::RulesOut(_))).collect();
    let read: BTreeSet<&str> = limits.iter().flat_map(|r| r.reads()).collect();
    let dimensions: Vec<(&str, Vec<Option<&'static str>>)> = read.iter().map(|c| (*c, states_of(c))).collect();
    let combinations = dimensions.iter().try_fold(1usize, |n, (_, s)| n.checked_mul(s.len()));
    if combinations.is_none_or(|n| n > MAX_LIMIT_COMBINATIONS) {
        return Some(RulesError::TooManyLimitCombinations);
    }
    let mut counter = vec![0usize; dimensions.len()];
    loop {
        let answers: Answers = dimensions
            .iter()
            .zip(&counter)
            .filter_map(|((c, states), i)| states[*i].map(|a| ((*c).to_owned(), a.to_owned())))
            .collect();
        for kind in ContactKind::ALL {
            let applying: Vec<&Rule> =
                limits.iter().copied().filter(|r| r.concerns(kind) && r.applies(&answers)).collect();
            let out: BTreeSet<Modality> = applying.iter().flat_map(|r| r.rules_out().iter().copied()).collect();
            if out.len() == Modality::ALL.len() {
                return Some(RulesError::ContradictingLimits {
                    contact: kind.as_str().to_owned(),
                    keys: applying.iter().map(|r| r.key.as_str()).collect::<Vec<_>>().join(", "),
                    answers: answers.iter().map(|(c, a)| format!("{c} = {a}")).collect::<Vec<_>>().join(", "),
                });
            }
        }
        // The next combination, like an odometer.
        let mut position = 0;
        loop {
            if position == counter.len() {
                return None;
            }
            counter[position] += 1;
            if counter[position] < dimensions[position].1.len() {
                break;
            }
            counter[position] = 0;
            position += 1;
        }
    }
}

impl Rules {
    /// Parses and validates, reporting every problem at once.
    pub fn parse(text: &str) -> Result<Self, Vec<RulesError>> {
        let raw: RawRules = toml::from_str(text).map_err(|e| vec![RulesError::Syntax(e.message().to_owned())])?;
        if raw.rule.is_empty() {
            return Err(vec![RulesError::Empty]);
        }
        let mut errors = Vec::new();
        let review_after_days = raw.review_after_days.unwrap_or(DEFAULT_REVIEW_AFTER_DAYS);
        if !(7..=730).contains(&review_after_days) {
            errors.push(RulesError::BadReviewInterval);
        }
        let mut needs = BTreeMap::new();
        for (contact, considerations) in raw.needs {
            let Some(kind) = ContactKind::parse(&contact) else {
                errors.push(RulesError::NeedsUnknownContact { contact });
                continue;
            };
            for c in &considerations {
                if answers_for(c).is_none() {
                    errors.push(RulesError::NeedsUnknownConsideration {
                        contact: contact.clone(),
                        consideration: c.clone(),
                    });
                }
            }
            needs.insert(kind, considerations);
        }
        let mut seen = HashSet::new();
        let rules: Vec<Rule> =
            raw.rule.into_iter().enumerate().filter_map(|(i, r)| parse_rule(i, r, &mut seen, &mut errors)).collect();
        if errors.is_empty()
            && let Some(contradiction) = contradicting_limits(&rules)
        {
            errors.push(contradiction);
        }
        if errors.is_empty() { Ok(Self { rules, needs, review_after_days }) } else { Err(errors) }
    }

    pub fn default_rules() -> Result<Self, Vec<RulesError>> {
        Self::parse(DEFAULT_RULES)
    }

    /// The suggestion for every kind of contact, with its reasons, what to
    /// arrange and what to find out.
    pub fn suggest(&self, answers: &Answers) -> Suggestion {
        let matched: Vec<&Rule> = self.rules.iter().filter(|r| r.applies(answers)).collect();
        let per_contact =
            ContactKind::ALL.iter().map(|kind| (*kind, self.suggest_for(*kind, &matched, answers))).collect();
        Suggestion { per_contact }
    }

    fn suggest_for(&self, kind: ContactKind, matched: &[&Rule], answers: &Answers) -> ContactSuggestion {
        let relevant: Vec<&Rule> = matched.iter().copied().filter(|r| r.concerns(kind)).collect();
        let mut ruled_out: BTreeMap<Modality, Vec<String>> = BTreeMap::new();
        for rule in &relevant {
            for m in rule.rules_out() {
                ruled_out.entry(*m).or_default().push(rule.key.clone());
            }
        }
        let allowed: Vec<Modality> = [Modality::FaceToFace, Modality::Hybrid, Modality::Digital]
            .into_iter()
            .filter(|m| !ruled_out.contains_key(m))
            .collect();
        let score: i32 = relevant.iter().map(|r| r.signed_weight()).sum();
        let wanted = if score <= -2 {
            Modality::FaceToFace
        } else if score >= 2 {
            Modality::Digital
        } else {
            Modality::Hybrid
        };
        // The allowed modality nearest to what the weights want; on a tie,
        // the one nearer face to face.
        let nearest = allowed.iter().copied().min_by_key(|m| ((m.position() - wanted.position()).abs(), m.position()));
        let unknown_needs: Vec<String> =
            self.needs.get(&kind).into_iter().flatten().filter(|c| !is_known(answers, c)).cloned().collect();
        // A single way left is a suggestion however little else is known.
        let modality = match nearest {
            Some(m) if allowed.len() == 1 || unknown_needs.is_empty() => Some(m),
            _ => None,
        };
        let find_out = match modality {
            None => unknown_needs,
            // Unknown answers that could still rule the suggestion out.
            Some(m) => {
                let mut still: Vec<String> = Vec::new();
                for rule in self.rules.iter().filter(|r| r.concerns(kind) && r.rules_out().contains(&m)) {
                    for c in rule.when.keys() {
                        if !is_known(answers, c) && !still.contains(c) {
                            still.push(c.clone());
                        }
                    }
                }
                still.sort_by_key(|c| CONSIDERATIONS.iter().position(|(name, _)| name == c));
                still
            }
        };
        let reasons = relevant
            .iter()
            .map(|r| Reason {
                key: r.key.clone(),
                lean: match (&r.effect, modality) {
                    (Effect::RulesOut(out), _) => Lean::RulesOut(out.clone()),
                    (Effect::Lean { pull, .. }, None) => Lean::Toward(*pull),
                    (Effect::Lean { pull, .. }, Some(m)) => match (pull, m) {
                        (_, Modality::Hybrid)
                        | (Pull::Digital, Modality::Digital)
                        | (Pull::FaceToFace, Modality::FaceToFace) => Lean::For(*pull),
                        _ => Lean::Against(*pull),
                    },
                },
            })
            .collect();
        let mut arrange: BTreeSet<String> = relevant.iter().flat_map(|r| r.arrange.iter().cloned()).collect();
        // A limit that an arrangement lifts names that arrangement too.
        for rule in
            self.rules.iter().filter(|r| r.concerns(kind) && !r.unless.is_empty() && conditions_hold(&r.when, answers))
        {
            arrange.extend(rule.arrange.iter().cloned());
        }
        // Any contact online is preceded by agreeing its terms.
        if modality.is_some_and(|m| m != Modality::FaceToFace) {
            arrange.insert("agree_terms".into());
        }
        let mut arrange: Vec<String> = arrange.into_iter().collect();
        arrange.sort_by_key(|a| ARRANGEMENTS.iter().position(|x| x == a));
        ContactSuggestion { modality, reasons, ruled_out, find_out, arrange }
    }

    pub fn rule(&self, key: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.key == key)
    }
}

/// The answers given, by consideration. Missing means not asked yet.
pub type Answers = BTreeMap<String, String>;

/// How a reason relates to the suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lean {
    /// It supports the suggestion (for a mix, either side supports it).
    For(Pull),
    /// It points the other way and was outweighed.
    Against(Pull),
    /// There is no suggestion yet to be for or against.
    Toward(Pull),
    /// A hard limit: these cannot be suggested.
    RulesOut(Vec<Modality>),
}

impl Pull {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FaceToFace => "face_to_face",
            Self::Digital => "digital",
        }
    }
    fn parse(text: &str) -> Option<Self> {
        [Self::FaceToFace, Self::Digital].into_iter().find(|p| p.as_str() == text)
    }
}

impl Lean {
    /// How a lean is kept with a decision, e.g. `for:digital` or `rules_out:hybrid+digital`.
    pub fn code(&self) -> String {
        match self {
            Self::For(p) => format!("for:{}", p.as_str()),
            Self::Against(p) => format!("against:{}", p.as_str()),
            Self::Toward(p) => format!("toward:{}", p.as_str()),
            Self::RulesOut(ms) => {
                format!("rules_out:{}", ms.iter().map(|m| m.as_str()).collect::<Vec<_>>().join("+"))
            }
        }
    }
    pub fn parse(code: &str) -> Option<Self> {
        let (lean, what) = code.split_once(':')?;
        match lean {
            "for" => Pull::parse(what).map(Self::For),
            "against" => Pull::parse(what).map(Self::Against),
            "toward" => Pull::parse(what).map(Self::Toward),
            "rules_out" => what.split('+').map(Modality::parse).collect::<Option<Vec<_>>>().map(Self::RulesOut),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub key: String,
    pub lean: Lean,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactSuggestion {
    /// None: not enough is known yet to suggest anything.
    pub modality: Option<Modality>,
    /// The rules that applied, in rule order, each with its lean.
    pub reasons: Vec<Reason>,
    /// What hard limits ruled out, and which rules did.
    pub ruled_out: BTreeMap<Modality, Vec<String>>,
    /// Considerations to find out: those missing for a suggestion, or those
    /// that could still rule the suggestion out.
    pub find_out: Vec<String>,
    /// What to arrange for this kind of contact.
    pub arrange: Vec<String>,
}

impl ContactSuggestion {
    pub fn reason_keys(&self) -> impl Iterator<Item = &str> {
        self.reasons.iter().map(|r| r.key.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub per_contact: BTreeMap<ContactKind, ContactSuggestion>,
}

impl Suggestion {
    /// What the aid suggested, per kind of contact, as it is kept with a decision.
    pub fn suggested(&self) -> BTreeMap<ContactKind, Option<Modality>> {
        self.per_contact.iter().map(|(k, c)| (*k, c.modality)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(c, a)| ((*c).to_owned(), (*a).to_owned())).collect()
    }

    fn rules() -> Rules {
        Rules::default_rules().unwrap_or(Rules {
            rules: Vec::new(),
            needs: BTreeMap::new(),
            review_after_days: DEFAULT_REVIEW_AFTER_DAYS,
        })
    }

    /// Everything the default rules need known, answered so that nothing
    /// stands in the way of contact online.
    const KNOWN: [(&str, &str); 7] = [
        ("openness", "open"),
        ("device", "own_smartphone"),
        ("matters", "everyday"),
        ("safe_to_speak", "yes"),
        ("home_privacy", "private"),
        ("met_in_person", "yes"),
        ("trust", "building"),
    ];

    fn known_and(changes: &[(&str, &str)]) -> Answers {
        let mut a = answers(&KNOWN);
        a.extend(answers(changes));
        a
    }

    fn modality(s: &Suggestion, kind: ContactKind) -> Option<Modality> {
        s.per_contact[&kind].modality
    }

    #[test]
    fn the_default_rules_are_valid_and_cover_every_consideration() -> Result<(), Vec<RulesError>> {
        let r = Rules::default_rules()?;
        for (consideration, _) in CONSIDERATIONS.iter() {
            assert!(
                r.rules.iter().any(|rule| rule.reads().any(|c| c == *consideration)),
                "no rule reads {consideration}"
            );
        }
        for kind in ContactKind::ALL {
            assert!(r.needs.contains_key(&kind), "no needs for {kind:?}");
            assert!(r.rules.iter().any(|rule| rule.concerns(kind)), "no rule concerns {kind:?}");
        }
        Ok(())
    }

    #[test]
    fn all_unknown_means_not_enough_known_and_what_to_find_out() {
        let r = rules();
        for given in [Answers::new(), answers(&CONSIDERATIONS.map(|(c, _)| (c, DONT_KNOW)))] {
            let s = r.suggest(&given);
            for kind in ContactKind::ALL {
                let c = &s.per_contact[&kind];
                assert_eq!(c.modality, None, "{kind:?} suggested on nothing");
                assert_eq!(c.find_out, r.needs[&kind], "{kind:?} lists what to find out");
                assert!(c.reasons.is_empty());
            }
        }
    }

    #[test]
    fn one_unknown_need_withholds_the_suggestion_for_its_kind_only() {
        let r = rules();
        let mut given = answers(&KNOWN);
        given.insert("safe_to_speak".into(), DONT_KNOW.into());
        let s = r.suggest(&given);
        assert_eq!(s.per_contact[&ContactKind::Sensitive].modality, None);
        assert_eq!(s.per_contact[&ContactKind::Sensitive].find_out, vec!["safe_to_speak".to_owned()]);
        assert_eq!(s.per_contact[&ContactKind::Crisis].modality, None);
        assert!(s.per_contact[&ContactKind::Practical].modality.is_some());
        assert!(s.per_contact[&ContactKind::FirstContact].modality.is_some());
    }

    #[test]
    fn a_single_way_left_is_suggested_however_little_is_known() {
        let s = rules().suggest(&answers(&[("device", "none")]));
        for kind in ContactKind::ALL {
            let c = &s.per_contact[&kind];
            assert_eq!(c.modality, Some(Modality::FaceToFace), "{kind:?}");
            assert_eq!(
                c.reasons,
                vec![Reason {
                    key: "no-device".into(),
                    lean: Lean::RulesOut(vec![Modality::Hybrid, Modality::Digital])
                }]
            );
            assert!(c.ruled_out.contains_key(&Modality::Digital));
            assert!(!c.arrange.contains(&"agree_terms".to_owned()), "no online work, no terms to agree");
        }
    }

    /// A situation, then the expected suggestion per kind of contact
    /// (first contact, practical, check-in, sensitive, crisis; None: not
    /// enough known).
    type Situation<'a> = (&'a [(&'a str, &'a str)], [Option<Modality>; 5]);

    #[test]
    fn situations_give_the_expected_suggestion_per_kind_of_contact() {
        use Modality::{Digital as D, FaceToFace as F, Hybrid as H};
        let table: &[Situation] = &[
            // Far away, open, everything safe: online wherever nothing holds it back.
            (&[("distance", "far")], [Some(D), Some(D), Some(D), Some(D), Some(D)]),
            // Far away and travelling is hard, but not safe to speak: never
            // online for a first contact, sensitive matters or a crisis.
            (
                &[("distance", "far"), ("mobility", "limits_travel"), ("safe_to_speak", "no")],
                [Some(F), Some(D), Some(D), Some(F), Some(F)],
            ),
            // The same with a private space and a signal agreed: the limit is lifted.
            (
                &[
                    ("distance", "far"),
                    ("mobility", "limits_travel"),
                    ("safe_to_speak", "no"),
                    ("private_space_agreed", "yes"),
                ],
                [Some(D), Some(D), Some(D), Some(D), Some(D)],
            ),
            // A shared phone and others at home: sensitive and crisis contact face to face.
            (
                &[("device", "shared_phone"), ("home_privacy", "others_present"), ("distance", "far")],
                [Some(D), Some(D), Some(D), Some(F), Some(F)],
            ),
            // Highly sensitive or complex matters: face to face preferred.
            (
                &[("matters", "sensitive_or_complex"), ("met_in_person", "yes")],
                [Some(H), Some(D), Some(H), Some(F), Some(D)],
            ),
            // Uncomfortable topics that are easier to share from home.
            (
                &[("matters", "uncomfortable"), ("easier_from_home", "yes")],
                [Some(H), Some(D), Some(D), Some(D), Some(D)],
            ),
            // Device, connection and skills make quick crisis contact online.
            (
                &[("connection", "stable"), ("app_confidence", "confident"), ("safe_to_speak", "yes")],
                [Some(H), Some(D), Some(D), Some(H), Some(D)],
            ),
            // Illness that prevents using devices: face to face everywhere.
            (&[("mobility", "limits_devices"), ("distance", "far")], [Some(F); 5]),
            // No connection at all.
            (&[("connection", "none"), ("lowers_threshold", "yes")], [Some(F); 5]),
        ];
        let r = rules();
        let wrong: Vec<String> = table
            .iter()
            .filter_map(|(changes, expected)| {
                let s = r.suggest(&known_and(changes));
                let got: Vec<Option<Modality>> = ContactKind::ALL.iter().map(|k| modality(&s, *k)).collect();
                (got != expected.to_vec()).then(|| format!("{changes:?}: got {got:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn first_contact_without_meeting_or_trust_names_both_ways_in() {
        let s = rules().suggest(&answers(&[("met_in_person", "no"), ("trust", "low")]));
        let first = &s.per_contact[&ContactKind::FirstContact];
        assert_eq!(first.modality, Some(Modality::FaceToFace));
        assert!(first.arrange.contains(&"meet_in_person_first".to_owned()));
        assert!(first.arrange.contains(&"low_threshold_first_contact".to_owned()), "{:?}", first.arrange);
        let low = first.reasons.iter().find(|r| r.key == "low-threshold-first-contact");
        assert_eq!(
            low.map(|r| &r.lean),
            Some(&Lean::Against(Pull::Digital)),
            "the digital option is named, and outweighed"
        );
    }

    #[test]
    fn reasons_carry_their_direction() {
        let r = rules();
        // Far away (online) against an unstable connection (face to face).
        let s = r.suggest(&known_and(&[("distance", "far"), ("connection", "unstable"), ("trust", "established")]));
        let sensitive = &s.per_contact[&ContactKind::Sensitive];
        assert_eq!(sensitive.modality, Some(Modality::Hybrid));
        let lean = |key: &str| sensitive.reasons.iter().find(|r| r.key == key).map(|r| r.lean.clone());
        assert_eq!(lean("far-away"), Some(Lean::For(Pull::Digital)));
        assert_eq!(lean("unstable-connection"), Some(Lean::For(Pull::FaceToFace)), "a mix uses both sides");
        let practical = &s.per_contact[&ContactKind::Practical];
        assert_eq!(practical.modality, Some(Modality::Digital));
        assert!(practical.reasons.iter().all(|r| matches!(r.lean, Lean::For(Pull::Digital))));
        // Not safe to speak: the limit is shown as what ruled online out, never as a reason for it.
        let s = r.suggest(&known_and(&[("distance", "far"), ("safe_to_speak", "no")]));
        let crisis = &s.per_contact[&ContactKind::Crisis];
        assert_eq!(crisis.modality, Some(Modality::FaceToFace));
        assert_eq!(
            lean_of(crisis, "not-safe-to-speak"),
            Some(Lean::RulesOut(vec![Modality::Hybrid, Modality::Digital]))
        );
        assert_eq!(lean_of(crisis, "far-away"), Some(Lean::Against(Pull::Digital)));
        assert_eq!(crisis.ruled_out.get(&Modality::Digital), Some(&vec!["not-safe-to-speak".to_owned()]));
    }

    #[test]
    fn leans_read_back_as_kept() {
        for lean in [
            Lean::For(Pull::Digital),
            Lean::Against(Pull::FaceToFace),
            Lean::Toward(Pull::Digital),
            Lean::RulesOut(vec![Modality::Hybrid, Modality::Digital]),
        ] {
            assert_eq!(Lean::parse(&lean.code()), Some(lean));
        }
        assert_eq!(Lean::parse("for:sideways"), None);
    }

    fn lean_of(c: &ContactSuggestion, key: &str) -> Option<Lean> {
        c.reasons.iter().find(|r| r.key == key).map(|r| r.lean.clone())
    }

    /// Answers that lean online, strongest first, per consideration.
    fn online_leaning_answers() -> Vec<(&'static str, &'static str)> {
        vec![
            ("openness", "open"),
            ("lowers_threshold", "yes"),
            ("matters", "uncomfortable"),
            ("easier_from_home", "yes"),
            ("device", "laptop"),
            ("connection", "stable"),
            ("app_confidence", "confident"),
            ("detention", "camp"),
            ("distance", "far"),
            ("mobility", "limits_travel"),
            ("trust", "established"),
            ("safe_to_speak", "yes"),
            ("identity", "verified"),
            ("met_in_person", "yes"),
        ]
    }

    /// Every hard limit beats every combination of other answers: each
    /// subset of the online-leaning answers, and a seeded sample of the
    /// whole answer space.
    #[test]
    fn every_hard_limit_beats_any_combination_of_other_answers() {
        let r = rules();
        let limits: Vec<&Rule> = r.rules.iter().filter(|x| matches!(x.effect, Effect::RulesOut(_))).collect();
        assert!(limits.len() >= 6);
        let check = |limit: &Rule, mut given: Answers| {
            for (c, accepted) in &limit.when {
                given.insert(c.clone(), accepted[0].clone());
            }
            // An arrangement that lifts the limit must not be confirmed.
            for c in limit.unless.keys() {
                given.insert(c.clone(), "no".into());
            }
            let s = r.suggest(&given);
            for kind in ContactKind::ALL.into_iter().filter(|k| limit.concerns(*k)) {
                let c = &s.per_contact[&kind];
                for out in limit.rules_out() {
                    assert_ne!(c.modality, Some(*out), "{} outvoted for {kind:?} by {given:?}", limit.key);
                }
                assert!(c.reasons.iter().any(|x| x.key == limit.key && matches!(x.lean, Lean::RulesOut(_))));
            }
        };
        let online = online_leaning_answers();
        for limit in &limits {
            let others: Vec<&(&str, &str)> =
                online.iter().filter(|(c, _)| !limit.reads().any(|read| read == *c)).collect();
            for mask in 0u32..(1 << others.len()) {
                let given: Answers = others
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, (c, a))| ((*c).to_owned(), (*a).to_owned()))
                    .collect();
                check(limit, given);
            }
        }
        // A seeded walk through the whole space (xorshift, no dependency).
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let given: Answers = CONSIDERATIONS
                .iter()
                .filter_map(|(c, allowed)| {
                    let pick = (next() % (allowed.len() as u64 + 2)) as usize;
                    let answer = allowed.get(pick).copied().or((pick == allowed.len()).then_some(DONT_KNOW))?;
                    Some(((*c).to_owned(), answer.to_owned()))
                })
                .collect();
            let limit = limits[(next() % limits.len() as u64) as usize];
            check(limit, given);
        }
    }

    #[test]
    fn contradicting_limits_are_refused() {
        let text = r#"
[[rule]]
key = "no-device"
when = { device = ["none"] }
rules_out = ["digital", "hybrid"]
reason.en = "No device."

[[rule]]
key = "camp-abroad"
when = { detention = ["camp"] }
contacts = ["crisis"]
rules_out = ["face_to_face"]
reason.en = "Too far to meet."
"#;
        let errors = Rules::parse(text).err().unwrap_or_default();
        assert!(
            errors.iter().any(|e| matches!(e, RulesError::ContradictingLimits { contact, keys, answers }
                if contact == "crisis" && keys.contains("no-device") && keys.contains("camp-abroad")
                    && answers.contains("device = none") && answers.contains("detention = camp"))),
            "{errors:?}"
        );
        // An arrangement that lifts one of them resolves it only when it can always be made.
        let lifted =
            text.replace("contacts = [\"crisis\"]", "contacts = [\"crisis\"]\nunless = { device = [\"none\"] }");
        assert!(Rules::parse(&lifted).is_ok(), "the two never hold together");
        assert!(
            Rules::parse(&text.replace("[\"face_to_face\"]", "[\"face_to_face\", \"digital\", \"hybrid\"]")).is_err()
        );
    }

    #[test]
    fn arrangements_belong_to_their_kind_of_contact() {
        let s = rules().suggest(&known_and(&[("language_barrier", "strong"), ("home_privacy", "some_distractions")]));
        assert!(s.per_contact[&ContactKind::Sensitive].arrange.contains(&"translator".to_owned()));
        assert!(s.per_contact[&ContactKind::Sensitive].arrange.contains(&"private_space".to_owned()));
        assert!(!s.per_contact[&ContactKind::Practical].arrange.contains(&"translator".to_owned()));
        assert!(!s.per_contact[&ContactKind::Practical].arrange.contains(&"private_space".to_owned()));
    }

    #[test]
    fn a_suggestion_online_names_what_could_still_rule_it_out() {
        let mut given = answers(&KNOWN);
        given.insert("distance".into(), "far".into());
        let s = rules().suggest(&given);
        let practical = &s.per_contact[&ContactKind::Practical];
        assert_eq!(practical.modality, Some(Modality::Digital));
        assert!(practical.find_out.contains(&"connection".to_owned()), "{:?}", practical.find_out);
        assert!(practical.find_out.contains(&"mobility".to_owned()));
    }

    #[test]
    fn the_older_spelling_of_a_limit_still_reads() -> Result<(), Vec<RulesError>> {
        let old = "[[rule]]\nkey='k'\nwhen={ device=['none'] }\nrules_out_digital=true\nsuggest='face_to_face'\nreason.en='r'\n";
        let r = Rules::parse(old)?;
        assert_eq!(r.rules[0].effect, Effect::RulesOut(vec![Modality::Hybrid, Modality::Digital]));
        Ok(())
    }

    #[test]
    fn the_review_interval_is_part_of_the_rules() -> Result<(), Vec<RulesError>> {
        assert_eq!(Rules::default_rules()?.review_after_days, 60);
        let one = "[[rule]]\nkey='k'\nwhen={ distance=['far'] }\nsuggest='digital'\nweight=1\nreason.en='r'\n";
        assert_eq!(Rules::parse(one)?.review_after_days, DEFAULT_REVIEW_AFTER_DAYS);
        assert_eq!(
            Rules::parse(&format!("review_after_days = 3\n{one}")).err(),
            Some(vec![RulesError::BadReviewInterval])
        );
        Ok(())
    }

    #[test]
    fn validation_reports_every_problem() {
        let text = r#"
[needs]
dinner = ["device"]
crisis = ["planet"]

[[rule]]
key = "a"
when = { planet = ["mars"], device = ["tablet"] }
contacts = ["dinner"]
suggest = "telepathy"
weight = 7
arrange = ["cake"]

[[rule]]
key = "a"
suggest = "digital"
weight = 1
reason.en = "x"

[[rule]]
key = "b"
when = { device = ["none"] }
rules_out = ["carrier_pigeon"]
weight = 2
reason.en = "x"
"#;
        let errors = Rules::parse(text).err().unwrap_or_default();
        for expected in [
            RulesError::UnknownConsideration { key: "a".into(), consideration: "planet".into() },
            RulesError::UnknownAnswer { key: "a".into(), consideration: "device".into(), answer: "tablet".into() },
            RulesError::UnknownContact { key: "a".into(), contact: "dinner".into() },
            RulesError::BadSuggestion { key: "a".into() },
            RulesError::BadWeight { key: "a".into() },
            RulesError::UnknownArrangement { key: "a".into(), arrangement: "cake".into() },
            RulesError::MissingReason { key: "a".into() },
            RulesError::DuplicateKey { key: "a".into() },
            RulesError::NoCondition { key: "a".into() },
            RulesError::BadLimit { key: "b".into() },
            RulesError::LimitWithWeight { key: "b".into() },
            RulesError::NeedsUnknownContact { contact: "dinner".into() },
            RulesError::NeedsUnknownConsideration { contact: "crisis".into(), consideration: "planet".into() },
        ] {
            assert!(errors.contains(&expected), "{expected:?} not in {errors:?}");
        }
        assert!(
            Rules::parse("[[rule]]\nkey='k'\nwhen={ device=['none'] }\nsugest='digital'\n").is_err(),
            "a misspelt field is refused"
        );
    }
}
