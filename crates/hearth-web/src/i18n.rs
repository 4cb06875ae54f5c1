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

    /// The first shipped language named in free text such as "Arabic,
    /// Dutch" or "ar nl": by code, English name or own name.
    pub fn named_in(text: &str) -> Option<Self> {
        text.split([',', ';', '/', ' ']).map(str::trim).filter(|w| !w.is_empty()).find_map(|word| {
            let lower = word.to_lowercase();
            Self::ALL.into_iter().find(|l| {
                l.code() == lower || l.endonym().to_lowercase() == lower || l.english_name().to_lowercase() == lower
            })
        })
    }

    fn english_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Nl => "Dutch",
            Self::De => "German",
            Self::Fr => "French",
            Self::Ar => "Arabic",
        }
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

    /// Picks the best shipped language from an `Accept-Language` header:
    /// highest weight first, each tag matched by fluent-langneg (so `nl-BE`
    /// finds Dutch and `ar-MA` Arabic).
    pub fn from_accept_language(header: &str) -> Option<Self> {
        use fluent_langneg::{NegotiationStrategy, negotiate_languages};
        let mut weighted: Vec<(f32, LanguageIdentifier)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim().parse::<LanguageIdentifier>().ok()?;
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
                (q > 0.0).then_some((q, tag))
            })
            .collect();
        // Stable: the header's order stands among equal weights.
        weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
        let requested: Vec<LanguageIdentifier> = weighted.into_iter().map(|(_, tag)| tag).collect();
        let available: Vec<LanguageIdentifier> = Self::ALL.iter().map(|l| l.langid()).collect();
        let best = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup).first().copied()?;
        Self::ALL.into_iter().find(|l| &l.langid() == best)
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
    pub fn t_nums(&self, id: &str, args: &[(&'static str, i64)]) -> String {
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
        assert_eq!(Lang::from_accept_language("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_accept_language("en-GB;q=0.3, fr-CA;q=0.8, *;q=0.1"), Some(Lang::Fr));
        assert_eq!(Lang::from_accept_language(""), None);
    }

    type Messages = std::collections::BTreeMap<String, String>;

    /// Each message's id and whole text (continuation lines included).
    fn messages(lang: Lang) -> Result<Messages, Box<dyn std::error::Error>> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut out = Messages::new();
        for entry in std::fs::read_dir(root.join(lang.code()))? {
            let text = std::fs::read_to_string(entry?.path())?;
            let mut current: Option<String> = None;
            for line in text.lines() {
                if let Some((id, body)) = line.split_once(" = ")
                    && !line.starts_with([' ', '#', '\t', '.', '[', '}'])
                {
                    current = Some(id.trim().to_owned());
                    out.insert(id.trim().to_owned(), body.to_owned());
                } else if let Some(id) = &current
                    && let Some(body) = out.get_mut(id)
                {
                    body.push('\n');
                    body.push_str(line);
                }
            }
        }
        Ok(out)
    }

    /// The variables a message uses, and those it chooses a form by.
    fn variables(body: &str) -> (Vec<String>, Vec<String>) {
        let mut all = Vec::new();
        let mut selectors = Vec::new();
        for (i, _) in body.match_indices('$') {
            let name: String = body[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if body[i + 1 + name.len()..].trim_start().starts_with("->") && !selectors.contains(&name) {
                selectors.push(name.clone());
            }
            if !all.contains(&name) {
                all.push(name);
            }
        }
        (all, selectors)
    }

    fn render(lang: Lang, id: &str, names: &[String], n: i64) -> Option<String> {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            names.iter().map(|k| (Cow::Owned(k.clone()), FluentValue::from(n))).collect();
        LOCALES.try_lookup_with_args(&lang.langid(), id, &args)
    }

    /// Every message in English exists in every shipped language, no
    /// language has messages English lacks, and every one renders.
    #[test]
    fn every_language_is_complete() -> Result<(), Box<dyn std::error::Error>> {
        let english = messages(Lang::En)?;
        assert!(english.len() > 50);
        for lang in Lang::ALL {
            let other = messages(lang)?;
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.code());
            for (id, body) in &english {
                let (names, _) = variables(body);
                let text = render(lang, id, &names, 1);
                assert!(text.is_some_and(|t| !t.contains('{')), "{} cannot render {id}", lang.code());
            }
        }
        Ok(())
    }

    /// Numbers reach Fluent as numbers, so each language picks its own plural
    /// form: 0, 1, 2, 5 and 11 all render with the figure or a word for it,
    /// and Arabic declares and tells apart its forms (zero, one, two, few,
    /// many, other) wherever a message chooses by a number.
    #[test]
    fn plural_forms_follow_the_number_in_every_language() -> Result<(), Box<dyn std::error::Error>> {
        let english = messages(Lang::En)?;
        let mut choosing = 0;
        for lang in Lang::ALL {
            let own = messages(lang)?;
            for (id, body) in &english {
                let (names, selectors) = variables(body);
                let (_, own_selectors) = variables(own.get(id).map(String::as_str).unwrap_or_default());
                if selectors.is_empty() && own_selectors.is_empty() {
                    continue;
                }
                choosing += 1;
                let forms: Vec<String> = [0, 1, 2, 5, 11]
                    .into_iter()
                    .map(|n| render(lang, id, &names, n).ok_or(format!("{} {id} {n}", lang.code())))
                    .collect::<Result<_, _>>()?;
                for text in &forms {
                    assert!(!text.contains('{') && !text.contains('$'), "{} {id}: {text}", lang.code());
                }
                assert_ne!(forms[1], forms[3], "{} {id}: one and five read the same", lang.code());
                if lang == Lang::Ar {
                    let text = own.get(id).map(String::as_str).unwrap_or_default();
                    for category in ["[zero]", "[one]", "[two]", "[few]", "[many]", "*[other]"] {
                        assert!(text.contains(category), "ar {id} lacks the {category} form");
                    }
                    for (i, a) in forms.iter().enumerate() {
                        for b in &forms[i + 1..] {
                            assert_ne!(a, b, "ar {id}: two of 0, 1, 2, 5, 11 read the same");
                        }
                    }
                }
            }
        }
        assert!(choosing > 40, "plural messages found: {choosing}");
        Ok(())
    }
}
