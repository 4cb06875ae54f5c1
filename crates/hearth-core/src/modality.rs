//! The modality decision aid: from a short conversation about a family
//! member's situation, a suggestion per kind of contact — face to face,
//! digital or hybrid — with every reason that drove it and what to arrange.
//! The rules are data an organisation can adapt.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Deserialize;

/// Hearth's default rules.
pub const DEFAULT_RULES: &str = include_str!("../../../rules/modality.toml");

/// A question of the conversation, with the answers it allows.
pub const CONSIDERATIONS: [(&str, &[&str]); 14] = [
    ("openness", &["open", "hesitant", "closed"]),
    ("lowers_threshold", &["yes", "no"]),
    ("device", &["none", "shared_phone", "own_smartphone", "laptop"]),
    ("connection", &["stable", "unstable"]),
    ("app_confidence", &["confident", "with_help", "not_confident"]),
    ("detention", &["none", "prison", "camp"]),
    ("language_barrier", &["none", "some", "strong"]),
    ("home_privacy", &["private", "some_distractions", "others_present"]),
    ("distance", &["near", "far"]),
    ("mobility", &["none", "limits_travel", "limits_devices"]),
    ("met_in_person", &["yes", "no"]),
    ("trust", &["established", "building", "low"]),
    ("safe_to_speak", &["yes", "no"]),
    ("identity", &["verified", "not_verified"]),
];

/// Every consideration accepts this answer.
pub const DONT_KNOW: &str = "dont_know";

pub fn answers_for(consideration: &str) -> Option<&'static [&'static str]> {
    CONSIDERATIONS.iter().find(|(c, _)| *c == consideration).map(|(_, a)| *a)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactKind {
    Practical,
    CheckIn,
    Sensitive,
    Crisis,
}

impl ContactKind {
    pub const ALL: [ContactKind; 4] = [Self::Practical, Self::CheckIn, Self::Sensitive, Self::Crisis];
    pub fn as_str(self) -> &'static str {
        match self {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modality {
    FaceToFace,
    Digital,
    Hybrid,
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
}

/// Things to arrange before or around contact.
pub const ARRANGEMENTS: [&str; 7] = [
    "translator",
    "meet_in_person_first",
    "agree_terms",
    "digital_skills_help",
    "allow_time",
    "check_prison_rules",
    "private_space",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub key: String,
    when: BTreeMap<String, Vec<String>>,
    contacts: Vec<ContactKind>,
    /// Positive leans digital, negative face to face.
    weight: i32,
    rules_out_digital: bool,
    pub arrange: Vec<String>,
    reason: BTreeMap<String, String>,
}

impl Rule {
    pub fn reason(&self, lang: &str) -> &str {
        self.reason.get(lang).or_else(|| self.reason.get("en")).map(String::as_str).unwrap_or(&self.key)
    }
    fn applies(&self, answers: &Answers) -> bool {
        self.when.iter().all(|(c, accepted)| answers.get(c).is_some_and(|a| accepted.iter().any(|x| x == a)))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub rules: Vec<Rule>,
    /// After how many days a decision is to be looked at again.
    pub review_after_days: i64,
}

/// When the rules do not say otherwise.
pub const DEFAULT_REVIEW_AFTER_DAYS: i64 = 90;

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
    #[error("rule \"{key}\": unknown arrangement \"{arrangement}\"")]
    UnknownArrangement { key: String, arrangement: String },
    #[error("rule \"{key}\" has no English reason")]
    MissingReason { key: String },
    #[error("review_after_days must be between 7 and 730")]
    BadReviewInterval,
}

#[derive(Deserialize)]
struct RawRules {
    #[serde(default)]
    rule: Vec<RawRule>,
    review_after_days: Option<i64>,
}

#[derive(Deserialize)]
struct RawRule {
    #[serde(default)]
    key: String,
    #[serde(default)]
    when: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    contacts: Vec<String>,
    #[serde(default)]
    suggest: String,
    weight: Option<i64>,
    #[serde(default)]
    rules_out_digital: bool,
    #[serde(default)]
    arrange: Vec<String>,
    #[serde(default)]
    reason: BTreeMap<String, String>,
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
        let mut seen = HashSet::new();
        let mut rules = Vec::new();
        for (index, r) in raw.rule.into_iter().enumerate() {
            let key = r.key.trim().to_owned();
            let before = errors.len();
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
            for (consideration, accepted) in &r.when {
                match answers_for(consideration) {
                    None => errors.push(RulesError::UnknownConsideration {
                        key: key.clone(),
                        consideration: consideration.clone(),
                    }),
                    Some(allowed) => {
                        for answer in accepted {
                            if answer != DONT_KNOW && !allowed.contains(&answer.as_str()) {
                                errors.push(RulesError::UnknownAnswer {
                                    key: key.clone(),
                                    consideration: consideration.clone(),
                                    answer: answer.clone(),
                                });
                            }
                        }
                    }
                }
            }
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
            let direction = match r.suggest.as_str() {
                "digital" => 1,
                "face_to_face" => -1,
                _ => {
                    errors.push(RulesError::BadSuggestion { key: key.clone() });
                    0
                }
            };
            let weight = match (r.weight, r.rules_out_digital) {
                (Some(w @ 1..=3), _) => w as i32,
                (None, true) => 3,
                _ => {
                    errors.push(RulesError::BadWeight { key: key.clone() });
                    0
                }
            };
            if r.rules_out_digital && direction != -1 {
                errors.push(RulesError::BadSuggestion { key: key.clone() });
            }
            for a in &r.arrange {
                if !ARRANGEMENTS.contains(&a.as_str()) {
                    errors.push(RulesError::UnknownArrangement { key: key.clone(), arrangement: a.clone() });
                }
            }
            if r.reason.get("en").is_none_or(|t| t.trim().is_empty()) {
                errors.push(RulesError::MissingReason { key: key.clone() });
            }
            if errors.len() == before {
                rules.push(Rule {
                    key,
                    when: r.when,
                    contacts,
                    weight: weight * direction,
                    rules_out_digital: r.rules_out_digital,
                    arrange: r.arrange,
                    reason: r.reason,
                });
            }
        }
        if errors.is_empty() { Ok(Self { rules, review_after_days }) } else { Err(errors) }
    }

    pub fn default_rules() -> Result<Self, Vec<RulesError>> {
        Self::parse(DEFAULT_RULES)
    }

    /// The suggestion for every kind of contact, with its reasons, and what to arrange.
    pub fn suggest(&self, answers: &Answers) -> Suggestion {
        let matched: Vec<&Rule> = self.rules.iter().filter(|r| r.applies(answers)).collect();
        let per_contact = ContactKind::ALL
            .iter()
            .map(|kind| {
                let relevant: Vec<&Rule> = matched.iter().copied().filter(|r| r.contacts.contains(kind)).collect();
                let score: i32 = relevant.iter().map(|r| r.weight).sum();
                let modality = if relevant.iter().any(|r| r.rules_out_digital) || score <= -2 {
                    Modality::FaceToFace
                } else if score >= 2 {
                    Modality::Digital
                } else {
                    Modality::Hybrid
                };
                (*kind, ContactSuggestion { modality, reasons: relevant.iter().map(|r| r.key.clone()).collect() })
            })
            .collect::<BTreeMap<_, _>>();
        let mut arrange: BTreeSet<String> = matched.iter().flat_map(|r| r.arrange.iter().cloned()).collect();
        // Any contact online is preceded by agreeing its terms.
        if per_contact.values().any(|s| s.modality != Modality::FaceToFace) {
            arrange.insert("agree_terms".into());
        }
        Suggestion { per_contact, arrange: arrange.into_iter().collect() }
    }

    pub fn rule(&self, key: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.key == key)
    }
}

/// The answers given, by consideration. Missing means not asked yet.
pub type Answers = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactSuggestion {
    pub modality: Modality,
    /// Keys of the rules that drove it, in rule order.
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub per_contact: BTreeMap<ContactKind, ContactSuggestion>,
    pub arrange: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs.iter().map(|(c, a)| ((*c).to_owned(), (*a).to_owned())).collect()
    }

    fn rules() -> Rules {
        Rules::default_rules().unwrap_or(Rules { rules: Vec::new(), review_after_days: DEFAULT_REVIEW_AFTER_DAYS })
    }

    #[test]
    fn the_default_rules_are_valid_and_cover_every_consideration() -> Result<(), Vec<RulesError>> {
        let r = Rules::default_rules()?;
        for (consideration, _) in CONSIDERATIONS.iter() {
            assert!(r.rules.iter().any(|rule| rule.when.contains_key(*consideration)), "no rule reads {consideration}");
        }
        Ok(())
    }

    #[test]
    fn nothing_known_means_hybrid_with_no_reasons() {
        let s = rules().suggest(&Answers::new());
        for kind in ContactKind::ALL {
            assert_eq!(s.per_contact[&kind], ContactSuggestion { modality: Modality::Hybrid, reasons: vec![] });
        }
        assert_eq!(s.arrange, vec!["agree_terms".to_owned()]);
        let dont_know = answers(&[("device", DONT_KNOW), ("openness", DONT_KNOW)]);
        assert_eq!(rules().suggest(&dont_know), s, "don't know changes nothing");
    }

    #[test]
    fn no_device_rules_out_digital_everywhere() {
        let s = rules().suggest(&answers(&[("device", "none"), ("openness", "open"), ("distance", "far")]));
        for kind in ContactKind::ALL {
            assert_eq!(s.per_contact[&kind].modality, Modality::FaceToFace, "{kind:?}");
            assert!(s.per_contact[&kind].reasons.contains(&"no-device".to_owned()));
        }
        assert!(!s.arrange.contains(&"agree_terms".to_owned()), "no online work, no terms to agree");
    }

    #[test]
    fn each_consideration_drives_its_reason() {
        /// Answers, a kind of contact, the expected modality, a reason that must be listed, an arrangement.
        type Case<'a> = (&'a [(&'a str, &'a str)], ContactKind, Modality, &'a str, Option<&'a str>);
        let cases: &[Case] = &[
            (
                &[("openness", "open"), ("device", "own_smartphone")],
                ContactKind::Practical,
                Modality::Digital,
                "open-to-digital",
                None,
            ),
            (&[("openness", "closed")], ContactKind::Practical, Modality::FaceToFace, "closed-to-digital", None),
            (
                &[("openness", "hesitant")],
                ContactKind::CheckIn,
                Modality::Hybrid,
                "hesitant-about-digital",
                Some("allow_time"),
            ),
            (&[("lowers_threshold", "yes")], ContactKind::CheckIn, Modality::Digital, "digital-lowers-threshold", None),
            (
                &[("device", "shared_phone")],
                ContactKind::Sensitive,
                Modality::FaceToFace,
                "shared-phone",
                Some("private_space"),
            ),
            (
                &[("connection", "unstable")],
                ContactKind::Crisis,
                Modality::FaceToFace,
                "unstable-connection",
                Some("agree_terms"),
            ),
            (
                &[("app_confidence", "with_help")],
                ContactKind::Practical,
                Modality::Hybrid,
                "needs-help-with-apps",
                Some("digital_skills_help"),
            ),
            (
                &[("app_confidence", "confident")],
                ContactKind::Practical,
                Modality::Digital,
                "practical-matters-online",
                None,
            ),
            (
                &[("detention", "prison")],
                ContactKind::CheckIn,
                Modality::Hybrid,
                "in-prison",
                Some("check_prison_rules"),
            ),
            (&[("detention", "camp")], ContactKind::CheckIn, Modality::Digital, "in-camp", Some("check_prison_rules")),
            (
                &[("language_barrier", "strong")],
                ContactKind::Sensitive,
                Modality::FaceToFace,
                "strong-language-barrier",
                Some("translator"),
            ),
            (
                &[("language_barrier", "some")],
                ContactKind::Practical,
                Modality::Hybrid,
                "some-language-barrier",
                Some("translator"),
            ),
            (
                &[("home_privacy", "others_present")],
                ContactKind::Sensitive,
                Modality::FaceToFace,
                "others-present-at-home",
                Some("private_space"),
            ),
            (
                &[("home_privacy", "some_distractions")],
                ContactKind::Sensitive,
                Modality::Hybrid,
                "distractions-at-home",
                Some("private_space"),
            ),
            (&[("distance", "far")], ContactKind::Practical, Modality::Digital, "far-away", None),
            (&[("mobility", "limits_travel")], ContactKind::CheckIn, Modality::Digital, "travel-limited", None),
            (&[("mobility", "limits_devices")], ContactKind::CheckIn, Modality::FaceToFace, "devices-limited", None),
            (
                &[("met_in_person", "no")],
                ContactKind::Sensitive,
                Modality::FaceToFace,
                "never-met",
                Some("meet_in_person_first"),
            ),
            (
                &[("trust", "established"), ("distance", "far")],
                ContactKind::Sensitive,
                Modality::Digital,
                "trust-established",
                None,
            ),
            (&[("trust", "low")], ContactKind::Sensitive, Modality::FaceToFace, "low-trust", Some("allow_time")),
            (
                &[("safe_to_speak", "no")],
                ContactKind::Sensitive,
                Modality::FaceToFace,
                "not-safe-to-speak",
                Some("private_space"),
            ),
            (&[("safe_to_speak", "yes")], ContactKind::Crisis, Modality::Digital, "crisis-needs-quick-answer", None),
            (
                &[("identity", "not_verified")],
                ContactKind::Sensitive,
                Modality::FaceToFace,
                "identity-not-verified",
                Some("meet_in_person_first"),
            ),
        ];
        let r = rules();
        for (given, contact, modality, reason, arrangement) in cases {
            let s = r.suggest(&answers(given));
            let got = &s.per_contact[contact];
            assert_eq!(got.modality, *modality, "{given:?} for {contact:?}");
            assert!(got.reasons.contains(&(*reason).to_owned()), "{given:?}: {:?} lacks {reason}", got.reasons);
            if let Some(a) = arrangement {
                assert!(s.arrange.contains(&(*a).to_owned()), "{given:?}: {:?} lacks {a}", s.arrange);
            }
            assert!(!r.rule(reason).map(|x| x.reason("en")).unwrap_or_default().is_empty());
        }
    }

    #[test]
    fn one_situation_gives_different_answers_per_kind_of_contact() {
        // Far away and open, but others are present at home.
        let s =
            rules().suggest(&answers(&[("distance", "far"), ("openness", "open"), ("home_privacy", "others_present")]));
        assert_eq!(s.per_contact[&ContactKind::Practical].modality, Modality::Digital);
        assert_eq!(s.per_contact[&ContactKind::Sensitive].modality, Modality::Hybrid);
        assert!(s.per_contact[&ContactKind::Sensitive].reasons.contains(&"others-present-at-home".to_owned()));
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
        ] {
            assert!(errors.contains(&expected), "{expected:?} not in {errors:?}");
        }
    }
}
