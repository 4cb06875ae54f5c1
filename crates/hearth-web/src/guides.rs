//! Short guides for families in the portal, in five languages, each with a
//! small picture: joining a video call on a phone, keeping a conversation
//! private at home, recognising a fake account, and what the working
//! agreement means. Written once in `guides/guides.toml`; small enough for
//! a weak connection and readable without JavaScript.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use axum::extract::Path;
use axum::response::Response;
use hearth_core::access::{Action, Target};
use serde::Deserialize;

use crate::accounts::html;
use crate::context::{Page, Reading, SignedIn};
use crate::error::{AppError, AppResult};

#[derive(Debug, Deserialize)]
struct Guide {
    key: String,
    picture: String,
    title: BTreeMap<String, String>,
    summary: BTreeMap<String, String>,
    step: Vec<BTreeMap<String, String>>,
}

#[derive(Debug, Deserialize)]
struct Guides {
    guide: Vec<Guide>,
}

const TEXT: &str = include_str!("../guides/guides.toml");

/// The pictures, by file name: inline, so a guide is one request.
const PICTURES: [(&str, &str); 4] = [
    ("video-call.svg", include_str!("../guides/video-call.svg")),
    ("private-at-home.svg", include_str!("../guides/private-at-home.svg")),
    ("fake-accounts.svg", include_str!("../guides/fake-accounts.svg")),
    ("working-agreement.svg", include_str!("../guides/working-agreement.svg")),
];

fn guides() -> &'static [Guide] {
    static GUIDES: OnceLock<Vec<Guide>> = OnceLock::new();
    // The file ships in the binary and a test reads it: it parses.
    GUIDES.get_or_init(|| toml::from_str::<Guides>(TEXT).map(|g| g.guide).unwrap_or_default())
}

fn text<'a>(texts: &'a BTreeMap<String, String>, lang: &str) -> &'a str {
    texts.get(lang).or_else(|| texts.get("en")).map(String::as_str).unwrap_or_default()
}

fn require_reader(who: &SignedIn) -> AppResult<()> {
    who.require(Action::ReadFamilyGuides, Target::Account(&who.user.account_facts()))
}

#[derive(askama::Template)]
#[template(path = "guides.html")]
struct GuidesTemplate {
    page: Page,
    guides: Vec<(String, String, String)>,
}

pub async fn guides_page(Reading { who, tx }: Reading) -> AppResult<Response> {
    require_reader(&who)?;
    tx.commit().await?;
    let lang = who.tr.lang.code();
    html(&GuidesTemplate {
        page: Page::signed_in(&who, "guides-title", "/portal/guides"),
        guides: guides()
            .iter()
            .map(|g| {
                (
                    format!("/portal/guides/{}", g.key),
                    text(&g.title, lang).to_owned(),
                    text(&g.summary, lang).to_owned(),
                )
            })
            .collect(),
    })
}

#[derive(askama::Template)]
#[template(path = "guide.html")]
struct GuideTemplate {
    page: Page,
    heading: String,
    summary: String,
    picture: &'static str,
    steps: Vec<String>,
}

pub async fn guide_page(Reading { who, tx }: Reading, Path(key): Path<String>) -> AppResult<Response> {
    require_reader(&who)?;
    tx.commit().await?;
    let guide = guides().iter().find(|g| g.key == key).ok_or(AppError::NotFound)?;
    let lang = who.tr.lang.code();
    html(&GuideTemplate {
        page: Page::signed_in(&who, "guides-title", "/portal/guides"),
        heading: text(&guide.title, lang).to_owned(),
        summary: text(&guide.summary, lang).to_owned(),
        picture: PICTURES.iter().find(|(name, _)| *name == guide.picture).map_or("", |(_, svg)| svg),
        steps: guide.step.iter().map(|s| text(s, lang).to_owned()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guide_is_written_in_every_language_with_its_picture() {
        let parsed: Guides = toml::from_str(TEXT).unwrap_or(Guides { guide: Vec::new() });
        assert_eq!(parsed.guide.len(), 4);
        for g in &parsed.guide {
            assert!(PICTURES.iter().any(|(name, _)| *name == g.picture), "{}", g.key);
            for lang in crate::i18n::Lang::ALL {
                let code = lang.code();
                assert!(g.title.get(code).is_some_and(|t| !t.is_empty()), "{} {code}", g.key);
                assert!(g.summary.get(code).is_some_and(|t| !t.is_empty()), "{} {code}", g.key);
                assert!(g.step.iter().all(|s| s.get(code).is_some_and(|t| !t.is_empty())), "{} {code}", g.key);
            }
        }
    }
}
