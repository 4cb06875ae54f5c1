//! Dynamic assessment: a catalogue of concern indicators and protective
//! factors at three levels, ratings of each at a date, and the proportionate
//! response chosen. The catalogue is data an organisation can edit.
//!
//! Every concern indicator names an observable behaviour. Strong belief is not
//! a concern in itself, and faith and community can be protective.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

/// The default catalogue, written for Hearth.
pub const DEFAULT_CATALOGUE: &str = include_str!("../../../catalogue/assessment.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Individual,
    Family,
    Community,
}

impl Level {
    pub const ALL: [Level; 3] = [Self::Individual, Self::Family, Self::Community];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Individual => "individual",
            Self::Family => "family",
            Self::Community => "community",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactorKind {
    Concern,
    Protective,
}

impl FactorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Concern => "concern",
            Self::Protective => "protective",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "concern" => Some(Self::Concern),
            "protective" => Some(Self::Protective),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Factor {
    pub key: String,
    pub level: Level,
    pub kind: FactorKind,
    title: BTreeMap<String, String>,
    guidance: BTreeMap<String, String>,
}

impl Factor {
    /// The title in a language, or in English when the catalogue lacks it.
    pub fn title(&self, lang: &str) -> &str {
        self.title.get(lang).or_else(|| self.title.get("en")).map(String::as_str).unwrap_or(&self.key)
    }
    pub fn guidance(&self, lang: &str) -> &str {
        self.guidance.get(lang).or_else(|| self.guidance.get("en")).map(String::as_str).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    pub factors: Vec<Factor>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogueError {
    #[error("the catalogue is not valid TOML: {0}")]
    Syntax(String),
    #[error("the catalogue has no factors")]
    Empty,
    #[error("factor {index}: the key \"{key}\" must be 1 to 60 lower-case letters, digits or dashes")]
    BadKey { index: usize, key: String },
    #[error("factor \"{key}\" appears more than once")]
    DuplicateKey { key: String },
    #[error("factor \"{key}\": unknown level \"{level}\" (use individual, family or community)")]
    UnknownLevel { key: String, level: String },
    #[error("factor \"{key}\": unknown kind \"{kind}\" (use concern or protective)")]
    UnknownKind { key: String, kind: String },
    #[error("factor \"{key}\" has no English title")]
    MissingTitle { key: String },
    #[error("factor \"{key}\" has no English guidance for the practitioner")]
    MissingGuidance { key: String },
}

#[derive(Deserialize)]
struct RawCatalogue {
    #[serde(default)]
    factor: Vec<RawFactor>,
}

#[derive(Deserialize)]
struct RawFactor {
    #[serde(default)]
    key: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: BTreeMap<String, String>,
    #[serde(default)]
    guidance: BTreeMap<String, String>,
}

impl Catalogue {
    /// Parses and validates, reporting every problem at once.
    pub fn parse(text: &str) -> Result<Self, Vec<CatalogueError>> {
        let raw: RawCatalogue =
            toml::from_str(text).map_err(|e| vec![CatalogueError::Syntax(e.message().to_owned())])?;
        if raw.factor.is_empty() {
            return Err(vec![CatalogueError::Empty]);
        }
        let mut errors = Vec::new();
        let mut seen = HashSet::new();
        let mut factors = Vec::new();
        for (index, f) in raw.factor.into_iter().enumerate() {
            let key = f.key.trim().to_owned();
            let key_ok = !key.is_empty()
                && key.len() <= 60
                && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !key_ok {
                errors.push(CatalogueError::BadKey { index: index + 1, key: key.clone() });
            } else if !seen.insert(key.clone()) {
                errors.push(CatalogueError::DuplicateKey { key: key.clone() });
            }
            let level = Level::parse(f.level.trim());
            if level.is_none() {
                errors.push(CatalogueError::UnknownLevel { key: key.clone(), level: f.level.clone() });
            }
            let kind = FactorKind::parse(f.kind.trim());
            if kind.is_none() {
                errors.push(CatalogueError::UnknownKind { key: key.clone(), kind: f.kind.clone() });
            }
            let has = |m: &BTreeMap<String, String>| m.get("en").is_some_and(|t| !t.trim().is_empty());
            if !has(&f.title) {
                errors.push(CatalogueError::MissingTitle { key: key.clone() });
            }
            if !has(&f.guidance) {
                errors.push(CatalogueError::MissingGuidance { key: key.clone() });
            }
            if let (Some(level), Some(kind)) = (level, kind) {
                factors.push(Factor { key, level, kind, title: f.title, guidance: f.guidance });
            }
        }
        if errors.is_empty() { Ok(Self { factors }) } else { Err(errors) }
    }

    pub fn default_catalogue() -> Result<Self, Vec<CatalogueError>> {
        Self::parse(DEFAULT_CATALOGUE)
    }

    pub fn factor(&self, key: &str) -> Option<&Factor> {
        self.factors.iter().find(|f| f.key == key)
    }
}

/// How strongly a factor was seen: 0 not seen, 1 some signs, 2 clearly, 3 strongly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rating(u8);

impl Rating {
    pub const MAX: u8 = 3;
    pub fn parse(text: &str) -> Option<Self> {
        text.trim().parse::<u8>().ok().filter(|n| *n <= Self::MAX).map(Self)
    }
    pub fn new(n: u8) -> Option<Self> {
        (n <= Self::MAX).then_some(Self(n))
    }
    pub fn value(self) -> u8 {
        self.0
    }
}

/// Whether the family's engagement looks genuine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engagement {
    Genuine,
    Mixed,
    Disguised,
    Unclear,
}

impl Engagement {
    pub const ALL: [Engagement; 4] = [Self::Genuine, Self::Mixed, Self::Disguised, Self::Unclear];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Genuine => "genuine",
            Self::Mixed => "mixed",
            Self::Disguised => "disguised",
            Self::Unclear => "unclear",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == text)
    }
}

/// The proportionate response chosen, from least to most intrusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProportionateResponse {
    NoFurtherAction,
    UniversalServices,
    TargetedFamilySupport,
    MultiAgencyPlan,
}

impl ProportionateResponse {
    pub const ALL: [ProportionateResponse; 4] =
        [Self::NoFurtherAction, Self::UniversalServices, Self::TargetedFamilySupport, Self::MultiAgencyPlan];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoFurtherAction => "no_further_action",
            Self::UniversalServices => "universal_services",
            Self::TargetedFamilySupport => "targeted_family_support",
            Self::MultiAgencyPlan => "multi_agency_plan",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// The factors rated above zero that have no evidence linked. Every finding
/// must point at something in the file.
pub fn findings_without_evidence<'a>(
    ratings: impl IntoIterator<Item = (&'a str, Rating)>,
    evidenced: &HashSet<&str>,
) -> Vec<&'a str> {
    ratings.into_iter().filter(|(key, r)| r.value() > 0 && !evidenced.contains(key)).map(|(key, _)| key).collect()
}

/// Where an assessment stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssessmentStatus {
    Submitted,
    SignedOff,
    Returned,
}

impl AssessmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::SignedOff => "signed_off",
            Self::Returned => "returned",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "submitted" => Some(Self::Submitted),
            "signed_off" => Some(Self::SignedOff),
            "returned" => Some(Self::Returned),
            _ => None,
        }
    }
}

/// The overall picture at one level: concern and protection, each the sum of
/// its ratings. Shown side by side, never netted: protection does not cancel
/// a concern, it tells what to build on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LevelPicture {
    pub concern: u32,
    pub protection: u32,
}

pub fn level_pictures<'a>(
    ratings: impl IntoIterator<Item = (Level, FactorKind, Rating)> + 'a,
) -> BTreeMap<Level, LevelPicture> {
    let mut out: BTreeMap<Level, LevelPicture> = Level::ALL.iter().map(|l| (*l, LevelPicture::default())).collect();
    for (level, kind, rating) in ratings {
        let entry = out.entry(level).or_default();
        match kind {
            FactorKind::Concern => entry.concern += u32::from(rating.value()),
            FactorKind::Protective => entry.protection += u32::from(rating.value()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_catalogue_is_valid_and_covers_every_level_and_kind() -> Result<(), Vec<CatalogueError>> {
        let c = Catalogue::default_catalogue()?;
        for level in Level::ALL {
            for kind in [FactorKind::Concern, FactorKind::Protective] {
                assert!(c.factors.iter().any(|f| f.level == level && f.kind == kind), "{level:?} {kind:?}");
            }
        }
        // Faith can be protective; no concern indicator is about belief or religion as such.
        assert!(
            c.factors
                .iter()
                .any(|f| f.kind == FactorKind::Protective && f.title("en").to_lowercase().contains("faith"))
        );
        for f in c.factors.iter().filter(|f| f.kind == FactorKind::Concern) {
            let t = f.title("en").to_lowercase();
            for word in ["religio", "faith", "belief", "prays", "mosque", "conservative"] {
                assert!(!t.contains(word), "a concern indicator names behaviour, not {word}: {}", f.key);
            }
        }
        Ok(())
    }

    #[test]
    fn validation_reports_every_problem_clearly() {
        let text = r#"
[[factor]]
key = "a"
level = "galaxy"
kind = "concern"
title.en = "A"
guidance.en = "Look"

[[factor]]
key = "a"
level = "family"
kind = "protective"
title.en = "B"

[[factor]]
key = "Bad Key"
level = "family"
kind = "worry"
guidance.en = "x"
"#;
        let errors = Catalogue::parse(text).err().unwrap_or_default();
        assert!(errors.contains(&CatalogueError::UnknownLevel { key: "a".into(), level: "galaxy".into() }));
        assert!(errors.contains(&CatalogueError::DuplicateKey { key: "a".into() }));
        assert!(errors.contains(&CatalogueError::MissingGuidance { key: "a".into() }));
        assert!(errors.contains(&CatalogueError::BadKey { index: 3, key: "Bad Key".into() }));
        assert!(errors.contains(&CatalogueError::UnknownKind { key: "Bad Key".into(), kind: "worry".into() }));
        assert!(errors.contains(&CatalogueError::MissingTitle { key: "Bad Key".into() }));
        assert!(matches!(Catalogue::parse("factor = [").err().as_deref(), Some([CatalogueError::Syntax(_)])));
        assert_eq!(Catalogue::parse("").err(), Some(vec![CatalogueError::Empty]));
    }

    #[test]
    fn titles_fall_back_to_english() -> Result<(), Vec<CatalogueError>> {
        let c = Catalogue::parse(
            "[[factor]]\nkey='k'\nlevel='family'\nkind='protective'\ntitle.en='Warm'\ntitle.nl='Warm gezin'\nguidance.en='g'",
        )?;
        let f = c.factor("k").ok_or_else(Vec::new)?;
        assert_eq!(f.title("nl"), "Warm gezin");
        assert_eq!(f.title("ar"), "Warm");
        Ok(())
    }

    #[test]
    fn pictures_keep_concern_and_protection_apart() {
        let r = |n| Rating::new(n).unwrap_or(Rating(0));
        let p = level_pictures([
            (Level::Individual, FactorKind::Concern, r(2)),
            (Level::Individual, FactorKind::Concern, r(1)),
            (Level::Individual, FactorKind::Protective, r(3)),
            (Level::Community, FactorKind::Protective, r(1)),
        ]);
        assert_eq!(p[&Level::Individual], LevelPicture { concern: 3, protection: 3 });
        assert_eq!(p[&Level::Family], LevelPicture::default());
        assert_eq!(p[&Level::Community], LevelPicture { concern: 0, protection: 1 });
        assert_eq!(Rating::parse("4"), None);
        assert_eq!(Rating::parse("3").map(Rating::value), Some(3));
    }
}
