//! Check-ins: short questionnaires ("instruments") a family member answers
//! between sessions, or a practitioner about their own workload, scored the
//! same way every time so a trend means something.
//!
//! An instrument is data, in a documented TOML format (`instruments/README.md`):
//! response scales, items (each on a scale, possibly reversed, possibly in
//! subscales), cut-off bands on the total with their meaning, and texts in any
//! of Hearth's languages with English as the fallback. Hearth ships three,
//! written for it; an organisation loads its own (or licensed ones it holds)
//! the same way, and loading says every problem at once.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use crate::wellbeing::LocalDate;

/// The instruments Hearth ships: a family member's wellbeing check-in, the
/// feedback after a session, and a practitioner's workload check-in.
pub const SHIPPED: [&str; 3] = [
    include_str!("../../../instruments/wellbeing-check-in.toml"),
    include_str!("../../../instruments/session-feedback.toml"),
    include_str!("../../../instruments/workload-check-in.toml"),
];

/// Who answers an instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    FamilyMember,
    Practitioner,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FamilyMember => "family_member",
            Self::Practitioner => "practitioner",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::FamilyMember, Self::Practitioner].into_iter().find(|a| a.as_str() == text)
    }
}

/// How worrying a band is, for how it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum BandLevel {
    Good,
    Watch,
    Concern,
}

impl BandLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Good => "good",
            Self::Watch => "watch",
            Self::Concern => "concern",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Good, Self::Watch, Self::Concern].into_iter().find(|b| b.as_str() == text)
    }
}

/// Texts by language code; English is required and is the fallback.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts(BTreeMap<String, String>);

impl Texts {
    pub fn get(&self, lang: &str) -> &str {
        self.0.get(lang).or_else(|| self.0.get("en")).map(String::as_str).unwrap_or_default()
    }

    fn has_english(&self) -> bool {
        self.0.get("en").is_some_and(|t| !t.trim().is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseOption {
    pub value: i64,
    pub label: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    pub key: String,
    /// In the order they are offered.
    pub options: Vec<ResponseOption>,
}

impl Scale {
    fn min(&self) -> i64 {
        self.options.iter().map(|o| o.value).min().unwrap_or(0)
    }
    fn max(&self) -> i64 {
        self.options.iter().map(|o| o.value).max().unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub key: String,
    pub text: Texts,
    pub scale: String,
    /// Scored as `min + max - value`: a higher answer means less of what the total measures.
    pub reverse: bool,
    pub subscales: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscale {
    pub key: String,
    pub title: Texts,
}

/// A range of totals, inclusive, and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub from: i64,
    pub to: i64,
    pub level: BandLevel,
    pub meaning: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrument {
    pub key: String,
    pub version: i64,
    pub audience: Audience,
    pub title: Texts,
    pub intro: Texts,
    /// What a higher total means, e.g. "more strain", for the chart's label.
    pub higher_means: Texts,
    pub scales: Vec<Scale>,
    pub items: Vec<Item>,
    pub subscales: Vec<Subscale>,
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstrumentError {
    #[error("the file is not valid TOML: {0}")]
    Syntax(String),
    #[error("the key \"{0}\" must be 1 to 60 lower-case letters, digits or dashes")]
    BadKey(String),
    #[error("the version must be a whole number of at least 1")]
    BadVersion,
    #[error("unknown audience \"{0}\" (use family_member or practitioner)")]
    UnknownAudience(String),
    #[error("the instrument needs an English title")]
    MissingTitle,
    #[error("the instrument needs at least one item")]
    NoItems,
    #[error("{0} \"{1}\" appears more than once")]
    Duplicate(&'static str, String),
    #[error("scale \"{0}\" needs at least two options with English labels")]
    BadScale(String),
    #[error("item \"{0}\" needs English text")]
    MissingItemText(String),
    #[error("item \"{0}\" uses the scale \"{1}\", which is not defined")]
    UnknownScale(String, String),
    #[error("item \"{0}\" is in the subscale \"{1}\", which is not defined")]
    UnknownSubscale(String, String),
    #[error("subscale \"{0}\" needs an English title")]
    MissingSubscaleTitle(String),
    #[error("band {0}: from {1} to {2} is not a range (from must not be above to)")]
    BadBand(usize, i64, i64),
    #[error("band {0} needs an English meaning and a level (good, watch or concern)")]
    BandMeaning(usize),
    #[error("the bands must cover every total from {0} to {1} exactly once; {2} is not covered once")]
    BandsDoNotCover(i64, i64, i64),
}

#[derive(Deserialize)]
struct RawInstrument {
    #[serde(default)]
    key: String,
    #[serde(default)]
    version: i64,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    title: BTreeMap<String, String>,
    #[serde(default)]
    intro: BTreeMap<String, String>,
    #[serde(default)]
    higher_means: BTreeMap<String, String>,
    #[serde(default)]
    scale: Vec<RawScale>,
    #[serde(default)]
    item: Vec<RawItem>,
    #[serde(default)]
    subscale: Vec<RawSubscale>,
    #[serde(default)]
    band: Vec<RawBand>,
}

#[derive(Deserialize)]
struct RawScale {
    #[serde(default)]
    key: String,
    #[serde(default)]
    option: Vec<RawOption>,
}

#[derive(Deserialize)]
struct RawOption {
    value: i64,
    #[serde(default)]
    label: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct RawItem {
    #[serde(default)]
    key: String,
    #[serde(default)]
    text: BTreeMap<String, String>,
    #[serde(default)]
    scale: String,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    subscales: Vec<String>,
}

#[derive(Deserialize)]
struct RawSubscale {
    #[serde(default)]
    key: String,
    #[serde(default)]
    title: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct RawBand {
    from: i64,
    to: i64,
    #[serde(default)]
    level: String,
    #[serde(default)]
    meaning: BTreeMap<String, String>,
}

fn key_ok(key: &str) -> bool {
    !key.is_empty() && key.len() <= 60 && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Instrument {
    /// Parses and validates a file, reporting every problem at once.
    pub fn parse(text: &str) -> Result<Self, Vec<InstrumentError>> {
        let raw: RawInstrument = toml::from_str(text).map_err(|e| {
            let at = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            let message = match at {
                Some(line) => format!("line {line}: {}", e.message()),
                None => e.message().to_owned(),
            };
            vec![InstrumentError::Syntax(message)]
        })?;
        let mut wrong = Vec::new();
        let key = raw.key.trim().to_owned();
        if !key_ok(&key) {
            wrong.push(InstrumentError::BadKey(key.clone()));
        }
        if raw.version < 1 {
            wrong.push(InstrumentError::BadVersion);
        }
        let audience = Audience::parse(raw.audience.trim());
        if audience.is_none() {
            wrong.push(InstrumentError::UnknownAudience(raw.audience.clone()));
        }
        let title = Texts(raw.title);
        if !title.has_english() {
            wrong.push(InstrumentError::MissingTitle);
        }
        let mut scales = Vec::new();
        let mut seen = HashSet::new();
        for s in raw.scale {
            let skey = s.key.trim().to_owned();
            if !key_ok(&skey) {
                wrong.push(InstrumentError::BadKey(skey.clone()));
            } else if !seen.insert(skey.clone()) {
                wrong.push(InstrumentError::Duplicate("scale", skey.clone()));
            }
            let options: Vec<ResponseOption> =
                s.option.into_iter().map(|o| ResponseOption { value: o.value, label: Texts(o.label) }).collect();
            let values: HashSet<i64> = options.iter().map(|o| o.value).collect();
            if options.len() < 2 || values.len() != options.len() || !options.iter().all(|o| o.label.has_english()) {
                wrong.push(InstrumentError::BadScale(skey.clone()));
            }
            scales.push(Scale { key: skey, options });
        }
        let mut subscales = Vec::new();
        let mut seen = HashSet::new();
        for s in raw.subscale {
            let skey = s.key.trim().to_owned();
            if !key_ok(&skey) {
                wrong.push(InstrumentError::BadKey(skey.clone()));
            } else if !seen.insert(skey.clone()) {
                wrong.push(InstrumentError::Duplicate("subscale", skey.clone()));
            }
            let title = Texts(s.title);
            if !title.has_english() {
                wrong.push(InstrumentError::MissingSubscaleTitle(skey.clone()));
            }
            subscales.push(Subscale { key: skey, title });
        }
        if raw.item.is_empty() {
            wrong.push(InstrumentError::NoItems);
        }
        let mut items = Vec::new();
        let mut seen = HashSet::new();
        for i in raw.item {
            let ikey = i.key.trim().to_owned();
            if !key_ok(&ikey) {
                wrong.push(InstrumentError::BadKey(ikey.clone()));
            } else if !seen.insert(ikey.clone()) {
                wrong.push(InstrumentError::Duplicate("item", ikey.clone()));
            }
            let text = Texts(i.text);
            if !text.has_english() {
                wrong.push(InstrumentError::MissingItemText(ikey.clone()));
            }
            let scale = i.scale.trim().to_owned();
            if !scales.iter().any(|s| s.key == scale) {
                wrong.push(InstrumentError::UnknownScale(ikey.clone(), scale.clone()));
            }
            for sub in &i.subscales {
                if !subscales.iter().any(|s| &s.key == sub) {
                    wrong.push(InstrumentError::UnknownSubscale(ikey.clone(), sub.clone()));
                }
            }
            items.push(Item { key: ikey, text, scale, reverse: i.reverse, subscales: i.subscales });
        }
        let mut bands = Vec::new();
        for (n, b) in raw.band.into_iter().enumerate() {
            if b.from > b.to {
                wrong.push(InstrumentError::BadBand(n + 1, b.from, b.to));
            }
            let meaning = Texts(b.meaning);
            let level = BandLevel::parse(b.level.trim());
            match level {
                Some(level) if meaning.has_english() => bands.push(Band { from: b.from, to: b.to, level, meaning }),
                _ => wrong.push(InstrumentError::BandMeaning(n + 1)),
            }
        }
        let instrument = Self {
            key,
            version: raw.version,
            audience: audience.unwrap_or(Audience::FamilyMember),
            title,
            intro: Texts(raw.intro),
            higher_means: Texts(raw.higher_means),
            scales,
            items,
            subscales,
            bands,
        };
        // Bands cover the possible totals exactly once, so every answer has one meaning.
        if wrong.is_empty() && !instrument.bands.is_empty() {
            let (low, high) = instrument.range();
            if let Some(gap) =
                (low..=high).find(|t| instrument.bands.iter().filter(|b| b.from <= *t && *t <= b.to).count() != 1)
            {
                wrong.push(InstrumentError::BandsDoNotCover(low, high, gap));
            }
        }
        if wrong.is_empty() { Ok(instrument) } else { Err(wrong) }
    }

    pub fn scale(&self, key: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.key == key)
    }

    /// The lowest and highest possible totals.
    pub fn range(&self) -> (i64, i64) {
        self.items.iter().fold((0, 0), |(low, high), i| match self.scale(&i.scale) {
            Some(s) => (low + s.min(), high + s.max()),
            None => (low, high),
        })
    }

    /// Scores a complete set of answers (item key → chosen value). `None`
    /// when an item is unanswered or a value is not one of its options.
    pub fn score(&self, answers: &BTreeMap<String, i64>) -> Option<Score> {
        let mut total = 0;
        let mut subscales: BTreeMap<String, i64> = self.subscales.iter().map(|s| (s.key.clone(), 0)).collect();
        for item in &self.items {
            let scale = self.scale(&item.scale)?;
            let value = *answers.get(&item.key)?;
            if !scale.options.iter().any(|o| o.value == value) {
                return None;
            }
            let scored = if item.reverse { scale.min() + scale.max() - value } else { value };
            total += scored;
            for sub in &item.subscales {
                if let Some(s) = subscales.get_mut(sub) {
                    *s += scored;
                }
            }
        }
        let band = self.bands.iter().position(|b| b.from <= total && total <= b.to);
        Some(Score { total, band, subscales })
    }

    /// Reads a form's answers (`item-<key>` → value) for [`Instrument::score`];
    /// the keys of items left unanswered or answered with something else.
    pub fn read_answers(&self, field: impl Fn(&str) -> String) -> (BTreeMap<String, i64>, Vec<String>) {
        let mut answers = BTreeMap::new();
        let mut missing = Vec::new();
        for item in &self.items {
            let typed = field(&format!("item-{}", item.key));
            let allowed =
                self.scale(&item.scale).is_some_and(|s| s.options.iter().any(|o| o.value.to_string() == typed));
            match typed.parse::<i64>() {
                Ok(value) if allowed => {
                    answers.insert(item.key.clone(), value);
                }
                _ => missing.push(item.key.clone()),
            }
        }
        (answers, missing)
    }
}

/// A scored set of answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    pub total: i64,
    /// Index into the instrument's bands, when it has them.
    pub band: Option<usize>,
    pub subscales: BTreeMap<String, i64>,
}

/// How often a check-in is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    Once,
    /// Every so many weeks, from the day it is scheduled.
    EveryWeeks(u32),
    AfterEverySession,
    /// After every session held online (video or phone).
    AfterEveryDigitalSession,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidCadence {
    #[error("choose how often")]
    Kind,
    #[error("every 1 to 26 weeks")]
    Weeks,
}

impl Cadence {
    pub const KINDS: [&'static str; 4] = ["once", "every_weeks", "after_session", "after_digital_session"];

    pub fn parse(kind: &str, weeks: &str) -> Result<Self, InvalidCadence> {
        match kind.trim() {
            "once" => Ok(Self::Once),
            "every_weeks" => match weeks.trim().parse::<u32>() {
                Ok(n) if (1..=26).contains(&n) => Ok(Self::EveryWeeks(n)),
                _ => Err(InvalidCadence::Weeks),
            },
            "after_session" => Ok(Self::AfterEverySession),
            "after_digital_session" => Ok(Self::AfterEveryDigitalSession),
            _ => Err(InvalidCadence::Kind),
        }
    }

    pub fn kind(self) -> &'static str {
        match self {
            Self::Once => "once",
            Self::EveryWeeks(_) => "every_weeks",
            Self::AfterEverySession => "after_session",
            Self::AfterEveryDigitalSession => "after_digital_session",
        }
    }

    pub fn weeks(self) -> Option<u32> {
        match self {
            Self::EveryWeeks(n) => Some(n),
            _ => None,
        }
    }

    /// The stored pair back.
    pub fn of_stored(kind: &str, weeks: Option<i64>) -> Option<Self> {
        Self::parse(kind, &weeks.map(|w| w.to_string()).unwrap_or_default()).ok()
    }

    /// When the next check-in of a regular cadence falls after one asked on `asked`.
    pub fn next_after(self, asked: LocalDate) -> Option<LocalDate> {
        self.weeks().map(|n| asked.plus_days(i64::from(n) * 7))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn shipped(key: &str) -> Result<Instrument, String> {
        SHIPPED
            .iter()
            .map(|t| Instrument::parse(t).map_err(|e| format!("{e:?}")))
            .find(|i| i.as_ref().is_ok_and(|i| i.key == key) || i.is_err())
            .unwrap_or_else(|| Err(format!("{key} is not shipped")))
    }

    fn answers(pairs: &[(&str, i64)]) -> BTreeMap<String, i64> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
    }

    #[test]
    fn every_shipped_instrument_loads_in_every_language() -> TestResult {
        for text in SHIPPED {
            let i = Instrument::parse(text).map_err(|e| format!("{e:?}"))?;
            for lang in ["en", "nl", "de", "fr", "ar"] {
                assert!(i.title.0.contains_key(lang), "{} title in {lang}", i.key);
                assert!(i.intro.0.contains_key(lang), "{} intro in {lang}", i.key);
                for item in &i.items {
                    assert!(item.text.0.contains_key(lang), "{}.{} in {lang}", i.key, item.key);
                }
                for s in &i.scales {
                    assert!(s.options.iter().all(|o| o.label.0.contains_key(lang)), "{}.{} in {lang}", i.key, s.key);
                }
                for b in &i.bands {
                    assert!(b.meaning.0.contains_key(lang), "{} band in {lang}", i.key);
                }
            }
        }
        Ok(())
    }

    #[test]
    fn the_wellbeing_check_in_scores_reversed_items_and_bands() -> TestResult {
        let i = shipped("wellbeing-check-in")?;
        assert_eq!(i.range(), (0, 20));
        // Sleep and coping are reversed (0 = "all of the time" is the best answer for worry, not for sleep).
        let best = answers(&[("worry", 0), ("sleep", 4), ("coping", 4), ("alone", 0), ("hope", 4)]);
        let worst = answers(&[("worry", 4), ("sleep", 0), ("coping", 0), ("alone", 4), ("hope", 0)]);
        let best = i.score(&best).ok_or("score")?;
        let worst = i.score(&worst).ok_or("score")?;
        assert_eq!((best.total, worst.total), (0, 20));
        assert_eq!(i.bands[best.band.ok_or("band")?].level, BandLevel::Good);
        assert_eq!(i.bands[worst.band.ok_or("band")?].level, BandLevel::Concern);
        let middle = answers(&[("worry", 2), ("sleep", 2), ("coping", 3), ("alone", 1), ("hope", 2)]);
        let middle = i.score(&middle).ok_or("score")?;
        assert_eq!(middle.total, 2 + 2 + 1 + 1 + 2);
        assert_eq!(middle.subscales.get("strain"), Some(&(2 + 2 + 1)));
        assert_eq!(i.bands[middle.band.ok_or("band")?].level, BandLevel::Watch);
        assert!(i.score(&answers(&[("worry", 2)])).is_none(), "every item is needed");
        assert!(i.score(&answers(&[("worry", 9), ("sleep", 2), ("coping", 3), ("alone", 1), ("hope", 2)])).is_none());
        Ok(())
    }

    #[test]
    fn session_feedback_and_workload_score_as_documented() -> TestResult {
        let f = shipped("session-feedback")?;
        assert_eq!(f.range(), (0, 12));
        let good = f.score(&answers(&[("heard", 3), ("safe", 3), ("comfortable", 3), ("again", 3)])).ok_or("score")?;
        assert_eq!(good.total, 12);
        assert_eq!(f.bands[good.band.ok_or("band")?].level, BandLevel::Good);
        let poor = f.score(&answers(&[("heard", 1), ("safe", 0), ("comfortable", 1), ("again", 0)])).ok_or("score")?;
        assert_eq!(f.bands[poor.band.ok_or("band")?].level, BandLevel::Concern);
        let w = shipped("workload-check-in")?;
        assert_eq!(w.audience, Audience::Practitioner);
        let stretched = w
            .score(&answers(&[("manageable", 0), ("drained", 4), ("switch-off", 0), ("support", 0)]))
            .ok_or("score")?;
        assert_eq!(stretched.total, 16, "manageable, switching off and support are reversed");
        assert_eq!(w.bands[stretched.band.ok_or("band")?].level, BandLevel::Concern);
        Ok(())
    }

    #[test]
    fn loading_says_every_problem_at_once() {
        let text = r#"
key = "Bad Key"
version = 0
audience = "everyone"
[[scale]]
key = "yes-no"
option = [{ value = 0, label.en = "No" }]
[[item]]
key = "a"
scale = "missing"
subscales = ["nowhere"]
[[band]]
from = 5
to = 1
"#;
        let wrong = Instrument::parse(text).err().unwrap_or_default();
        for expected in [
            InstrumentError::BadKey("Bad Key".into()),
            InstrumentError::BadVersion,
            InstrumentError::UnknownAudience("everyone".into()),
            InstrumentError::MissingTitle,
            InstrumentError::BadScale("yes-no".into()),
            InstrumentError::MissingItemText("a".into()),
            InstrumentError::UnknownScale("a".into(), "missing".into()),
            InstrumentError::UnknownSubscale("a".into(), "nowhere".into()),
            InstrumentError::BadBand(1, 5, 1),
        ] {
            assert!(wrong.contains(&expected), "{expected:?} in {wrong:?}");
        }
        let syntax = Instrument::parse("key = \"a\"\nversion = [").err().unwrap_or_default();
        assert!(matches!(&syntax[..], [InstrumentError::Syntax(m)] if m.starts_with("line 2")), "{syntax:?}");
    }

    #[test]
    fn bands_must_cover_every_total_once() -> TestResult {
        let text = SHIPPED[0].replace("from = 6\n", "from = 7\n");
        let wrong = Instrument::parse(&text).err().ok_or("gap refused")?;
        assert_eq!(wrong, vec![InstrumentError::BandsDoNotCover(0, 20, 6)]);
        Ok(())
    }

    #[test]
    fn cadences() {
        assert_eq!(Cadence::parse("every_weeks", "2"), Ok(Cadence::EveryWeeks(2)));
        assert_eq!(Cadence::parse("every_weeks", "0"), Err(InvalidCadence::Weeks));
        assert_eq!(Cadence::parse("sometimes", ""), Err(InvalidCadence::Kind));
        for kind in Cadence::KINDS {
            let c = Cadence::parse(kind, "3");
            assert_eq!(c.map(Cadence::kind), Ok(kind));
        }
        let day = LocalDate { year: 2026, month: 11, day: 29 };
        assert_eq!(Cadence::EveryWeeks(2).next_after(day), Some(day.plus_days(14)));
        assert_eq!(Cadence::Once.next_after(day), None);
    }
}
