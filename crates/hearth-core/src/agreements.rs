//! Online working agreements: terms agreed before online work starts.
//! Organisations keep templates, versioned; each family member's agreement
//! fills in their choices.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

pub const DEFAULT_TEMPLATE: &str = include_str!("../../../agreements/default.toml");

/// Topics every template must cover.
pub const REQUIRED_TOPICS: [&str; 9] = [
    "recordings",
    "cameras",
    "account_use",
    "private_space",
    "connection_drop",
    "translator",
    "availability",
    "confidentiality_limits",
    "storage",
];

/// What the practitioner fills in for each family member.
pub const CHOICES: [&str; 8] = [
    "account_users",
    "signal",
    "reconnect",
    RECONNECT_MINUTES,
    "translator",
    "availability",
    "urgent_contacts",
    "retention",
];

/// The choice that says how many minutes a dropped call is waited for
/// before the fallback ("reconnect") applies; a whole number, 1 to 30.
pub const RECONNECT_MINUTES: &str = "reconnect_minutes";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub topic: String,
    text: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub name: String,
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("the template is not valid TOML: {0}")]
    Syntax(String),
    #[error("the template needs a name")]
    MissingName,
    #[error("the template lacks a clause on {topic}")]
    MissingTopic { topic: String },
    #[error("clause {index}: unknown topic \"{topic}\"")]
    UnknownTopic { index: usize, topic: String },
    #[error("the topic {topic} appears more than once")]
    DuplicateTopic { topic: String },
    #[error("the clause on {topic} has no English text")]
    MissingText { topic: String },
    #[error("the clause on {topic} uses an unknown choice {{{choice}}}")]
    UnknownChoice { topic: String, choice: String },
}

#[derive(Deserialize)]
struct RawTemplate {
    #[serde(default)]
    name: String,
    #[serde(default)]
    clause: Vec<RawClause>,
}

#[derive(Deserialize)]
struct RawClause {
    #[serde(default)]
    topic: String,
    #[serde(default)]
    text: BTreeMap<String, String>,
}

/// The names between braces in a clause's text.
fn placeholders(text: &str) -> Vec<&str> {
    text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect()
}

impl Template {
    pub fn parse(text: &str) -> Result<Self, Vec<TemplateError>> {
        let raw: RawTemplate = toml::from_str(text).map_err(|e| vec![TemplateError::Syntax(e.message().to_owned())])?;
        let mut errors = Vec::new();
        if raw.name.trim().is_empty() {
            errors.push(TemplateError::MissingName);
        }
        let mut seen = HashSet::new();
        for (index, c) in raw.clause.iter().enumerate() {
            if !REQUIRED_TOPICS.contains(&c.topic.as_str()) {
                errors.push(TemplateError::UnknownTopic { index: index + 1, topic: c.topic.clone() });
            } else if !seen.insert(c.topic.clone()) {
                errors.push(TemplateError::DuplicateTopic { topic: c.topic.clone() });
            }
            if c.text.get("en").is_none_or(|t| t.trim().is_empty()) {
                errors.push(TemplateError::MissingText { topic: c.topic.clone() });
            }
            for text in c.text.values() {
                for name in placeholders(text) {
                    if !CHOICES.contains(&name) {
                        errors.push(TemplateError::UnknownChoice { topic: c.topic.clone(), choice: name.to_owned() });
                    }
                }
            }
        }
        for topic in REQUIRED_TOPICS {
            if !seen.contains(topic) {
                errors.push(TemplateError::MissingTopic { topic: topic.to_owned() });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            name: raw.name.trim().to_owned(),
            clauses: raw.clause.into_iter().map(|c| Clause { topic: c.topic, text: c.text }).collect(),
        })
    }

    pub fn default_template() -> Result<Self, Vec<TemplateError>> {
        Self::parse(DEFAULT_TEMPLATE)
    }

    /// The clauses in a language with the member's choices filled in.
    /// The clauses in `lang`, with each choice as its own piece so a page
    /// can isolate it (a choice may be written in another script and
    /// direction than the sentence around it).
    pub fn render(&self, lang: &str, choices: &BTreeMap<String, String>) -> Vec<(String, Vec<Piece>)> {
        self.clauses
            .iter()
            .map(|c| {
                let text = c.text.get(lang).or_else(|| c.text.get("en")).cloned().unwrap_or_default();
                (c.topic.clone(), pieces(&text, lang, choices))
            })
            .collect()
    }

    /// The clauses as plain text, for where no isolation can be marked.
    pub fn render_text(&self, lang: &str, choices: &BTreeMap<String, String>) -> Vec<(String, String)> {
        self.render(lang, choices)
            .into_iter()
            .map(|(topic, pieces)| (topic, pieces.iter().map(Piece::text).collect()))
            .collect()
    }
}

/// The choice that records which language the choices were written in.
pub const WRITTEN_IN: &str = "written_in";

/// Where a choice's wording for one language is kept: `signal@ar`.
pub fn choice_in(name: &str, lang: &str) -> String {
    format!("{name}@{lang}")
}

/// A piece of a clause: the template's own words, or a choice filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Choice {
        text: String,
        /// The language it is written in, when known.
        lang: Option<String>,
        /// Written in another language than the clause, for want of a
        /// wording in the clause's language.
        fallback: bool,
    },
}

impl Piece {
    pub fn text(&self) -> &str {
        match self {
            Self::Text(t) | Self::Choice { text: t, .. } => t,
        }
    }
}

/// A clause's text cut at its placeholders, each filled with the choice's
/// wording in `lang`, else with the wording it was written in.
fn pieces(text: &str, lang: &str, choices: &BTreeMap<String, String>) -> Vec<Piece> {
    let written_in = choices.get(WRITTEN_IN).filter(|l| !l.is_empty());
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let name = &rest[open + 1..close];
        if !CHOICES.contains(&name) {
            out.push(Piece::Text(rest[..=close].to_owned()));
            rest = &rest[close + 1..];
            continue;
        }
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_owned()));
        }
        let own = choices.get(&choice_in(name, lang)).filter(|v| !v.trim().is_empty());
        let base = choices.get(name).filter(|v| !v.trim().is_empty());
        out.push(match (own, base) {
            (Some(v), _) => Piece::Choice { text: v.clone(), lang: Some(lang.to_owned()), fallback: false },
            (None, Some(v)) => Piece::Choice {
                text: v.clone(),
                lang: written_in.cloned(),
                fallback: written_in.is_some_and(|w| w != lang),
            },
            (None, None) => Piece::Text("—".into()),
        });
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_template_covers_every_topic() -> Result<(), Vec<TemplateError>> {
        let t = Template::default_template()?;
        assert_eq!(t.clauses.len(), REQUIRED_TOPICS.len());
        Ok(())
    }

    #[test]
    fn rendering_fills_in_the_choices() -> Result<(), Vec<TemplateError>> {
        let t = Template::default_template()?;
        let choices: BTreeMap<String, String> = [
            ("signal".to_owned(), "\"the weather is nice\"".to_owned()),
            ("account_users".to_owned(), "only you".into()),
        ]
        .into_iter()
        .collect();
        let text: Vec<String> = t.render_text("en", &choices).into_iter().map(|(_, t)| t).collect();
        assert!(text.iter().any(|t| t.contains("\"the weather is nice\"")));
        assert!(text.iter().any(|t| t.contains("Only these people may use your account: only you.")));
        assert!(text.iter().all(|t| !t.contains('{')), "no placeholder left");
        Ok(())
    }

    #[test]
    fn choices_are_pieces_in_the_readers_language_or_marked_as_fallback() -> Result<(), Vec<TemplateError>> {
        let t = Template::default_template()?;
        let choices: BTreeMap<String, String> = [
            (WRITTEN_IN, "en"),
            ("signal", "the weather is nice"),
            ("signal@ar", "الطقس جميل"),
            ("account_users", "only you (Amina)"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let ar = t.render("ar", &choices);
        let all: Vec<&Piece> = ar.iter().flat_map(|(_, p)| p).collect();
        assert!(all.contains(&&Piece::Choice {
            text: "الطقس جميل".into(), lang: Some("ar".into()), fallback: false
        }));
        assert!(
            all.contains(&&Piece::Choice { text: "only you (Amina)".into(), lang: Some("en".into()), fallback: true }),
            "no Arabic wording: the English one, marked"
        );
        let en = t.render_text("en", &choices);
        assert!(en.iter().any(|(_, t)| t.contains("signal: the weather is nice.")));
        assert!(en.iter().all(|(_, t)| !t.contains('{')), "no placeholder left");
        Ok(())
    }

    #[test]
    fn validation_reports_every_problem() {
        let errors =
            Template::parse("[[clause]]\ntopic = \"weather\"\n[[clause]]\ntopic = \"cameras\"\ntext.en = \"{mood}\"\n")
                .err()
                .unwrap_or_default();
        assert!(errors.contains(&TemplateError::MissingName));
        assert!(errors.contains(&TemplateError::UnknownTopic { index: 1, topic: "weather".into() }));
        assert!(errors.contains(&TemplateError::MissingText { topic: "weather".into() }));
        assert!(errors.contains(&TemplateError::UnknownChoice { topic: "cameras".into(), choice: "mood".into() }));
        assert!(errors.contains(&TemplateError::MissingTopic { topic: "recordings".into() }));
    }
}
