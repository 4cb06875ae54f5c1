//! The code of conduct for online work: sections of text and the technical
//! skills it asks of staff, each in the organisation's languages, kept as a
//! TOML document the organisation edits and publishes as numbered versions.
//! Hearth ships a starting text written for it (`conduct/starter.toml`).

use std::collections::BTreeMap;

use serde::Deserialize;

/// Hearth's starting text, for an organisation to adapt and publish.
pub const STARTER: &str = include_str!("../conduct/starter.toml");

/// The languages every section and skill must be written in at least.
pub const REQUIRED_LANGUAGE: &str = "en";

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Section {
    pub key: String,
    pub title: BTreeMap<String, String>,
    pub text: BTreeMap<String, String>,
}

/// A technical skill the code asks staff to have, with a resource to learn it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Skill {
    pub key: String,
    pub resource: String,
    pub title: BTreeMap<String, String>,
    /// What "confident" means for this skill.
    pub confident: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Code {
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
    #[serde(rename = "skill", default)]
    pub skills: Vec<Skill>,
}

/// What is wrong with a code as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvalidCode {
    /// Not TOML in this shape; the message says where.
    Syntax(String),
    NoSections,
    /// A section or skill without English text, by key.
    MissingEnglish(String),
    /// Two sections or skills share a key.
    DuplicateKey(String),
    /// A learning resource that is not an https address, by skill key.
    Resource(String),
}

impl Code {
    pub fn parse(text: &str) -> Result<Self, Vec<InvalidCode>> {
        let code: Code = toml::from_str(text).map_err(|e| vec![InvalidCode::Syntax(e.message().to_owned())])?;
        let mut wrong = Vec::new();
        if code.sections.is_empty() {
            wrong.push(InvalidCode::NoSections);
        }
        let mut keys = std::collections::BTreeSet::new();
        for s in &code.sections {
            if !keys.insert(format!("section:{}", s.key)) {
                wrong.push(InvalidCode::DuplicateKey(s.key.clone()));
            }
            if [&s.title, &s.text].iter().any(|m| m.get(REQUIRED_LANGUAGE).is_none_or(|t| t.trim().is_empty())) {
                wrong.push(InvalidCode::MissingEnglish(s.key.clone()));
            }
        }
        for k in &code.skills {
            if !keys.insert(format!("skill:{}", k.key)) {
                wrong.push(InvalidCode::DuplicateKey(k.key.clone()));
            }
            if [&k.title, &k.confident].iter().any(|m| m.get(REQUIRED_LANGUAGE).is_none_or(|t| t.trim().is_empty())) {
                wrong.push(InvalidCode::MissingEnglish(k.key.clone()));
            }
            if !k.resource.starts_with("https://") {
                wrong.push(InvalidCode::Resource(k.key.clone()));
            }
        }
        if wrong.is_empty() { Ok(code) } else { Err(wrong) }
    }
}

/// Text in `lang` when written, else English.
pub fn in_language<'a>(texts: &'a BTreeMap<String, String>, lang: &str) -> &'a str {
    texts.get(lang).or_else(|| texts.get(REQUIRED_LANGUAGE)).map(String::as_str).unwrap_or_default()
}

/// How a staff member rates themselves on a skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkillLevel {
    Confident,
    NeedsPractice,
    NotYet,
}

impl SkillLevel {
    pub const ALL: [Self; 3] = [Self::Confident, Self::NeedsPractice, Self::NotYet];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confident => "confident",
            Self::NeedsPractice => "needs_practice",
            Self::NotYet => "not_yet",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starting_text_is_complete_in_every_language() -> Result<(), String> {
        let code = Code::parse(STARTER).map_err(|e| format!("{e:?}"))?;
        assert!(code.sections.len() >= 6 && code.skills.len() >= 6);
        for lang in ["en", "nl", "de", "fr", "ar"] {
            for s in &code.sections {
                assert!(s.title.get(lang).is_some_and(|t| !t.is_empty()), "{lang} {}", s.key);
                assert!(s.text.get(lang).is_some_and(|t| !t.is_empty()), "{lang} {}", s.key);
            }
            for k in &code.skills {
                assert!(k.title.get(lang).is_some_and(|t| !t.is_empty()), "{lang} {}", k.key);
            }
        }
        Ok(())
    }

    #[test]
    fn every_problem_is_said() {
        let text = "[[section]]\nkey = \"a\"\n[section.title]\nnl = \"x\"\n[section.text]\nen = \"y\"\n\
                    [[skill]]\nkey = \"a\"\nresource = \"http://x\"\n[skill.title]\nen = \"t\"\n[skill.confident]\nen = \"c\"\n";
        let wrong = Code::parse(text).err().unwrap_or_default();
        assert!(wrong.contains(&InvalidCode::MissingEnglish("a".into())));
        assert!(wrong.contains(&InvalidCode::Resource("a".into())));
        assert!(matches!(Code::parse("not = [toml").err().as_deref(), Some([InvalidCode::Syntax(_)])));
        assert!(matches!(Code::parse("").err().as_deref(), Some([InvalidCode::Syntax(_)])));
    }
}
