//! Languages: Fluent message files under `locales/`, compiled into the binary.
//!
//! The language is the signed-in user's choice, else the `hearth_lang` cookie
//! set by the language switcher, else the browser's `Accept-Language`.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Nl,
    De,
    Fr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Nl, Lang::De, Lang::Fr, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Ar => "ar",
        }
    }

    /// The language's own name, as shown in the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Nl => "Nederlands",
            Self::De => "Deutsch",
            Self::Fr => "Français",
            Self::Ar => "العربية",
        }
    }

    pub fn dir(self) -> &'static str {
        if self == Self::Ar { "rtl" } else { "ltr" }
    }

    pub fn parse(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Self::En => langid!("en"),
            Self::Nl => langid!("nl"),
            Self::De => langid!("de"),
            Self::Fr => langid!("fr"),
            Self::Ar => langid!("ar"),
        }
    }

    /// Picks the best shipped language from an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut choices: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
                (q > 0.0).then_some((q, lang))
            })
            .collect();
        // Stable sort keeps the header's order among equal weights.
        choices.sort_by(|a, b| b.0.total_cmp(&a.0));
        choices.first().map(|(_, l)| *l)
    }
}

/// Translates for one request.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    /// A message without arguments. A missing message shows its id, which the
    /// completeness test makes impossible for shipped languages.
    pub fn t(&self, id: &str) -> String {
        LOCALES.try_lookup(&self.lang.langid(), id).unwrap_or_else(|| id.to_owned())
    }

    pub fn t_args(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone()))).collect();
        LOCALES.try_lookup_with_args(&self.lang.langid(), id, &map).unwrap_or_else(|| id.to_owned())
    }

    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.t_args(id, &[(name, value.to_owned())])
    }

    /// A message with several numbers, each passed as a number.
    pub fn t_nums(&self, id: &str, args: &[(&'static str, u64)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(*v))).collect();
        LOCALES.try_lookup_with_args(&self.lang.langid(), id, &map).unwrap_or_else(|| id.to_owned())
    }

    /// A message with a number, so Fluent can choose the plural form (Arabic has six).
    pub fn tn(&self, id: &str, name: &'static str, n: i64) -> String {
        let mut map: HashMap<Cow<'static, str>, FluentValue> = HashMap::new();
        map.insert(Cow::Borrowed(name), FluentValue::from(n));
        LOCALES.try_lookup_with_args(&self.lang.langid(), id, &map).unwrap_or_else(|| id.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_negotiation() {
        assert_eq!(Lang::from_accept_language("ar-MA,ar;q=0.9,en;q=0.8"), Some(Lang::Ar));
        assert_eq!(Lang::from_accept_language("es, nl;q=0.5, de;q=0.7"), Some(Lang::De));
        assert_eq!(Lang::from_accept_language("es"), None);
        assert_eq!(Lang::from_accept_language("fr;q=0"), None);
    }

    /// Every message in English exists in every shipped language, and no
    /// language has messages English lacks.
    #[test]
    fn every_language_is_complete() -> Result<(), Box<dyn std::error::Error>> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let ids = |lang: &str| -> Result<std::collections::BTreeSet<String>, Box<dyn std::error::Error>> {
            let mut ids = std::collections::BTreeSet::new();
            for entry in std::fs::read_dir(root.join(lang))? {
                let text = std::fs::read_to_string(entry?.path())?;
                for line in text.lines() {
                    if let Some((id, _)) = line.split_once('=')
                        && !line.starts_with([' ', '#', '\t', '.', '['])
                        && !id.trim().is_empty()
                    {
                        ids.insert(id.trim().to_owned());
                    }
                }
            }
            Ok(ids)
        };
        let english = ids("en")?;
        assert!(english.len() > 50);
        for lang in Lang::ALL {
            let other = ids(lang.code())?;
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
            // Every message resolves (no syntax errors hiding a message).
            for id in &english {
                let args: Vec<(&'static str, String)> = [
                    "name", "count", "family", "from", "to", "member", "when", "detail", "reason", "status", "comment",
                    "size", "page", "pages",
                ]
                .into_iter()
                .map(|k| (k, "1".to_owned()))
                .collect();
                let text = Tr::new(lang).t_args(id, &args);
                assert_ne!(&text, id, "{} cannot render {id}", lang.code());
            }
        }
        Ok(())
    }
}
