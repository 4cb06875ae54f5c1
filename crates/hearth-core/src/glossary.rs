//! The glossary of online trends: terms, phrases, codes, symbols, memes,
//! platforms and apps met in a family's online world, each with what it may
//! indicate and what it does not (a term alone is never a concern), its
//! sources, and a review date. Search forgives case, diacritics, Arabic
//! letter forms and partial words, across every variant and translation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::wellbeing::LocalDate;

/// What an entry describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Term,
    Phrase,
    Code,
    Symbol,
    Meme,
    Platform,
    App,
}

impl EntryKind {
    pub const ALL: [Self; 7] =
        [Self::Term, Self::Phrase, Self::Code, Self::Symbol, Self::Meme, Self::Platform, Self::App];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Term => "term",
            Self::Phrase => "phrase",
            Self::Code => "code",
            Self::Symbol => "symbol",
            Self::Meme => "meme",
            Self::Platform => "platform",
            Self::App => "app",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// What an entry says, in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EntryText {
    /// What it means and where it comes from.
    pub meaning: String,
    /// What it may indicate, pointing back to behaviour.
    pub may_indicate: String,
    /// What it does not indicate on its own.
    pub does_not_indicate: String,
}

/// One version of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub kind: EntryKind,
    pub term: String,
    /// Other spellings and forms, in any script.
    pub variants: Vec<String>,
    /// Languages and platforms where it is seen, as written.
    pub seen_in: String,
    /// The language `text` is written in, and translations by language code.
    pub lang: String,
    pub text: EntryText,
    #[serde(default)]
    pub translations: BTreeMap<String, EntryText>,
    pub first_seen: Option<LocalDate>,
    pub sources: Vec<String>,
    /// Ids of related entries of the same organisation.
    #[serde(default)]
    pub related: Vec<String>,
    pub review_on: LocalDate,
}

/// Hearth's starter glossary: platforms, features and general online-culture
/// terms, each with sources and in five languages; no hateful imagery.
pub const STARTER: &str = include_str!("../glossary/starter.json");

/// The provenance starter entries carry.
pub const STARTER_SOURCE: &str = "Hearth";

/// The starter entries, each with a stable id (its term, folded) for provenance.
pub fn starter() -> Vec<(String, Entry)> {
    let entries: Vec<Entry> = serde_json::from_str(STARTER).unwrap_or_default();
    entries.into_iter().map(|e| (search_key(&e.term).replace(' ', "-"), e)).collect()
}

/// Field limits: short enough to read on a phone tonight.
pub const TERM_CHARS: usize = 200;
pub const TEXT_CHARS: usize = 4_000;
pub const MAX_VARIANTS: usize = 40;
/// A review date further out than this is refused: trends change.
pub const MAX_REVIEW_MONTHS: u32 = 24;

/// What is wrong with a submitted entry, by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidEntry {
    Kind,
    Term,
    Meaning,
    MayIndicate,
    DoesNotIndicate,
    Sources,
    ReviewOn,
    FirstSeen,
    Variants,
}

impl InvalidEntry {
    pub fn field(self) -> &'static str {
        match self {
            Self::Kind => "kind",
            Self::Term => "term",
            Self::Meaning => "meaning",
            Self::MayIndicate => "may_indicate",
            Self::DoesNotIndicate => "does_not_indicate",
            Self::Sources => "sources",
            Self::ReviewOn => "review_on",
            Self::FirstSeen => "first_seen",
            Self::Variants => "variants",
        }
    }
}

/// An entry's fields as a form sends them.
#[derive(Debug, Clone, Default)]
pub struct EntryForm {
    pub kind: String,
    pub term: String,
    pub variants: String,
    pub seen_in: String,
    pub meaning: String,
    pub may_indicate: String,
    pub does_not_indicate: String,
    pub first_seen: String,
    pub sources: String,
    pub review_on: String,
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

impl Entry {
    /// Reads a form in language `lang`; `today` bounds the dates.
    pub fn parse(form: &EntryForm, lang: &str, today: LocalDate) -> Result<Self, Vec<InvalidEntry>> {
        let mut wrong = Vec::new();
        let kind = EntryKind::parse(form.kind.trim());
        if kind.is_none() {
            wrong.push(InvalidEntry::Kind);
        }
        let term = form.term.trim();
        if term.is_empty() || term.chars().count() > TERM_CHARS {
            wrong.push(InvalidEntry::Term);
        }
        let variants: Vec<String> =
            form.variants.split(['\n', ',']).map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect();
        if variants.len() > MAX_VARIANTS || variants.iter().any(|v| v.chars().count() > TERM_CHARS) {
            wrong.push(InvalidEntry::Variants);
        }
        let text_ok = |t: &str| !t.trim().is_empty() && t.chars().count() <= TEXT_CHARS;
        if !text_ok(&form.meaning) {
            wrong.push(InvalidEntry::Meaning);
        }
        if !text_ok(&form.may_indicate) {
            wrong.push(InvalidEntry::MayIndicate);
        }
        if !text_ok(&form.does_not_indicate) {
            wrong.push(InvalidEntry::DoesNotIndicate);
        }
        let sources = lines(&form.sources);
        if sources.is_empty() {
            wrong.push(InvalidEntry::Sources);
        }
        let latest = crate::data_protection::plus_months(today, MAX_REVIEW_MONTHS);
        let review_on = LocalDate::parse(&form.review_on).filter(|d| *d > today && *d <= latest);
        if review_on.is_none() {
            wrong.push(InvalidEntry::ReviewOn);
        }
        let first_seen = match form.first_seen.trim() {
            "" => Ok(None),
            text => LocalDate::parse(text).filter(|d| *d <= today).map(Some).ok_or(()),
        };
        if first_seen.is_err() {
            wrong.push(InvalidEntry::FirstSeen);
        }
        match (kind, review_on, first_seen, wrong.is_empty()) {
            (Some(kind), Some(review_on), Ok(first_seen), true) => Ok(Self {
                kind,
                term: term.to_owned(),
                variants,
                seen_in: form.seen_in.trim().to_owned(),
                lang: lang.to_owned(),
                text: EntryText {
                    meaning: form.meaning.trim().to_owned(),
                    may_indicate: form.may_indicate.trim().to_owned(),
                    does_not_indicate: form.does_not_indicate.trim().to_owned(),
                },
                translations: BTreeMap::new(),
                first_seen,
                sources,
                related: Vec::new(),
                review_on,
            }),
            _ => Err(wrong),
        }
    }

    /// The text in `lang` when the entry has it, and whether it is that language.
    pub fn text_in(&self, lang: &str) -> (&EntryText, &str) {
        if self.lang == lang {
            return (&self.text, &self.lang);
        }
        match self.translations.get_key_value(lang) {
            Some((code, t)) => (t, code),
            None => (&self.text, &self.lang),
        }
    }

    /// Everything search finds the entry by: its term, variants and every
    /// language's text, each as a search key.
    pub fn search_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = std::iter::once(&self.term).chain(&self.variants).map(|t| search_key(t)).collect();
        keys.retain(|k| !k.is_empty());
        keys.dedup();
        keys
    }

    /// The entry's words for a full-text match (meaning and guidance, every language).
    pub fn text_key(&self) -> String {
        let mut all = vec![&self.text];
        all.extend(self.translations.values());
        let words: Vec<String> = all
            .iter()
            .flat_map(|t| [t.meaning.as_str(), t.may_indicate.as_str(), t.does_not_indicate.as_str()])
            .map(search_key)
            .collect();
        words.join(" ")
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }
}

/// The entries named in `typed` (terms separated by commas, semicolons or
/// lines; case, accents and letter forms forgiven) among `known` (id and
/// term), each once; and the terms that name none.
pub fn entries_named<Id: Clone + PartialEq>(typed: &str, known: &[(Id, String)]) -> (Vec<Id>, Vec<String>) {
    let mut found: Vec<Id> = Vec::new();
    let mut unknown = Vec::new();
    for term in typed.split([',', ';', '\n']).map(str::trim).filter(|t| !t.is_empty()) {
        match known.iter().find(|(_, t)| search_key(t) == search_key(term)) {
            Some((id, _)) if !found.contains(id) => found.push(id.clone()),
            Some(_) => {}
            None => unknown.push(term.to_owned()),
        }
    }
    (found, unknown)
}

/// Folds text for forgiving search: compatibility-decomposed, marks
/// (accents, Arabic short vowels) dropped, lower case, Arabic letter forms
/// unified (hamza carriers, alef maqsura, ta marbuta, tatweel), punctuation
/// made space, spaces collapsed.
pub fn search_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || c == '\u{0640}' {
            continue;
        }
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ؤ' => 'و',
            'ة' => 'ه',
            'ß' => 's',
            other => other,
        };
        if c.is_alphanumeric() || c == '#' || c == '@' {
            for lower in c.to_lowercase() {
                out.push(lower);
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> LocalDate {
        LocalDate { year: 2026, month: 11, day: 29 }
    }

    fn form() -> EntryForm {
        EntryForm {
            kind: "term".into(),
            term: "Based".into(),
            variants: "based af\nبيسد".into(),
            seen_in: "English; TikTok, Discord".into(),
            meaning: "Approval: someone speaks their mind.".into(),
            may_indicate: "Nothing on its own; look at what is approved.".into(),
            does_not_indicate: "Extremism: it is everyday slang.".into(),
            first_seen: "2018-01-01".into(),
            sources: "https://example.org/source".into(),
            review_on: "2027-05-01".into(),
        }
    }

    #[test]
    fn search_forgives_case_accents_and_arabic_forms() {
        assert_eq!(search_key("Ḥijra  Café!"), "hijra cafe");
        assert_eq!(search_key("الْخِلَافَة"), search_key("الخلافه"));
        assert_eq!(search_key("أمة"), search_key("امه"));
        assert_eq!(search_key("مـــرحبا"), "مرحبا");
        assert_eq!(search_key("#RemoveKebab"), "#removekebab");
        assert_eq!(search_key("ＢＡＳＥＤ"), "based", "full-width letters fold too");
    }

    #[test]
    fn entries_need_what_they_do_not_indicate_and_a_review_date() {
        let entry = Entry::parse(&form(), "en", today()).map_err(|e| format!("{e:?}"));
        assert!(entry.as_ref().is_ok_and(|e| e.search_keys().contains(&"based af".to_owned())), "{entry:?}");
        let mut bad = form();
        bad.does_not_indicate = "  ".into();
        bad.review_on = "2031-01-01".into();
        bad.first_seen = "2030-01-01".into();
        bad.sources = String::new();
        assert_eq!(
            Entry::parse(&bad, "en", today()).err(),
            Some(vec![
                InvalidEntry::DoesNotIndicate,
                InvalidEntry::Sources,
                InvalidEntry::ReviewOn,
                InvalidEntry::FirstSeen
            ])
        );
    }

    #[test]
    fn the_starter_glossary_is_complete_in_every_language() {
        let entries = starter();
        assert!(entries.len() >= 15, "{}", entries.len());
        let mut ids = std::collections::BTreeSet::new();
        for (id, e) in &entries {
            assert!(ids.insert(id.clone()), "{id} twice");
            assert!(!e.sources.is_empty() && e.sources.iter().all(|s| s.starts_with("https://")), "{id}");
            assert!(!e.text.does_not_indicate.is_empty(), "{id}");
            for lang in ["nl", "de", "fr", "ar"] {
                let t = e.translations.get(lang);
                assert!(
                    t.is_some_and(|t| !t.meaning.is_empty()
                        && !t.may_indicate.is_empty()
                        && !t.does_not_indicate.is_empty()),
                    "{id} {lang}"
                );
            }
        }
    }

    #[test]
    fn terms_name_entries_forgivingly_and_once() {
        let known = vec![(1, "Ḥijra".to_owned()), (2, "Salaf".to_owned())];
        assert_eq!(entries_named("hijra, SALAF; hijra\nnowhere", &known), (vec![1, 2], vec!["nowhere".to_owned()]));
        assert_eq!(entries_named("", &known), (Vec::new(), Vec::new()));
    }

    #[test]
    fn text_falls_back_to_the_written_language() -> Result<(), String> {
        let mut entry = Entry::parse(&form(), "en", today()).map_err(|e| format!("{e:?}"))?;
        entry.translations.insert("nl".into(), EntryText { meaning: "Instemming".into(), ..EntryText::default() });
        assert_eq!(entry.text_in("nl").1, "nl");
        assert_eq!(entry.text_in("ar").1, "en");
        let back = Entry::from_json(&entry.to_json()).ok_or("json")?;
        assert_eq!(back, entry);
        Ok(())
    }
}

/// Glossary bundles: an organisation's published entries, signed with its
/// Ed25519 key, for another organisation to import with provenance.
pub mod bundle {
    use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
    use serde::{Deserialize, Serialize};
    use sha2::{Digest, Sha256};

    use super::Entry;

    pub const FORMAT: &str = "hearth-glossary-bundle-v1";

    /// What the signature covers: who signed, when, and a digest of every entry.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct Manifest {
        pub format: String,
        pub organisation: String,
        /// The signer's public key, hex.
        pub public_key: String,
        pub created_at: String,
        pub entries: Vec<ManifestEntry>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    pub struct ManifestEntry {
        /// The entry's id in the signing organisation, and its version there.
        pub id: String,
        pub version: i64,
        /// SHA-256 of the entry's JSON as it stands in the bundle, hex.
        pub sha256: String,
    }

    /// The file: the manifest as the exact text that was signed, its
    /// signature, and the entries as the exact texts that were digested.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    struct File {
        manifest: String,
        signature: String,
        entries: Vec<String>,
    }

    /// An entry that came out of a verified bundle.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Imported {
        pub source_id: String,
        pub version: i64,
        pub entry: Entry,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Opened {
        pub organisation: String,
        pub public_key: String,
        pub created_at: String,
        pub entries: Vec<Imported>,
    }

    /// Why a bundle is refused.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Refused {
        /// Not a bundle Hearth reads.
        Unreadable,
        /// The signer's key is not one this organisation trusts.
        UnknownSigner,
        /// The signature does not match the manifest, or an entry does not match its digest.
        BadSignature,
    }

    fn digest(text: &str) -> String {
        hex::encode(Sha256::digest(text.as_bytes()))
    }

    /// The public key of a signing seed, hex.
    pub fn public_key(seed: &[u8; 32]) -> Option<String> {
        Ed25519KeyPair::from_seed_unchecked(seed).ok().map(|k| hex::encode(k.public_key().as_ref()))
    }

    /// Signs `entries` (id, version, entry) as `organisation`.
    pub fn sign(
        organisation: &str,
        seed: &[u8; 32],
        created_at: &str,
        entries: &[(String, i64, Entry)],
    ) -> Option<String> {
        let pair = Ed25519KeyPair::from_seed_unchecked(seed).ok()?;
        let texts: Vec<String> = entries.iter().map(|(_, _, e)| e.to_json()).collect();
        let manifest = Manifest {
            format: FORMAT.to_owned(),
            organisation: organisation.to_owned(),
            public_key: hex::encode(pair.public_key().as_ref()),
            created_at: created_at.to_owned(),
            entries: entries
                .iter()
                .zip(&texts)
                .map(|((id, version, _), text)| ManifestEntry {
                    id: id.clone(),
                    version: *version,
                    sha256: digest(text),
                })
                .collect(),
        };
        let manifest = serde_json::to_string(&manifest).ok()?;
        let signature = hex::encode(pair.sign(manifest.as_bytes()).as_ref());
        serde_json::to_string_pretty(&File { manifest, signature, entries: texts }).ok()
    }

    /// Verifies a bundle against the keys (hex) this organisation trusts.
    pub fn open(text: &str, trusted: &[String]) -> Result<Opened, Refused> {
        let file: File = serde_json::from_str(text).map_err(|_| Refused::Unreadable)?;
        let manifest: Manifest = serde_json::from_str(&file.manifest).map_err(|_| Refused::Unreadable)?;
        if manifest.format != FORMAT || manifest.entries.len() != file.entries.len() {
            return Err(Refused::Unreadable);
        }
        let key = manifest.public_key.to_lowercase();
        if !trusted.iter().any(|t| t.trim().to_lowercase() == key) {
            return Err(Refused::UnknownSigner);
        }
        let key_bytes = hex::decode(&key).map_err(|_| Refused::BadSignature)?;
        let signature = hex::decode(file.signature.trim()).map_err(|_| Refused::BadSignature)?;
        UnparsedPublicKey::new(&ED25519, key_bytes)
            .verify(file.manifest.as_bytes(), &signature)
            .map_err(|_| Refused::BadSignature)?;
        let mut entries = Vec::with_capacity(file.entries.len());
        for (listed, text) in manifest.entries.iter().zip(&file.entries) {
            if digest(text) != listed.sha256 {
                return Err(Refused::BadSignature);
            }
            let entry = Entry::from_json(text).ok_or(Refused::Unreadable)?;
            entries.push(Imported { source_id: listed.id.clone(), version: listed.version, entry });
        }
        Ok(Opened { organisation: manifest.organisation, public_key: key, created_at: manifest.created_at, entries })
    }

    #[cfg(test)]
    mod tests {
        use super::super::tests_support::sample;
        use super::*;

        #[test]
        fn a_signed_bundle_opens_for_those_who_trust_its_key_and_tampering_shows() {
            let seed = [7u8; 32];
            let key = public_key(&seed).unwrap_or_default();
            let entries = vec![("e1".to_owned(), 3, sample())];
            let bundle = sign("Org A", &seed, "2026-11-29T10:00:00Z", &entries).unwrap_or_default();
            let opened = open(&bundle, std::slice::from_ref(&key));
            assert!(
                opened.as_ref().is_ok_and(|o| o.organisation == "Org A" && o.entries[0].version == 3),
                "{opened:?}"
            );
            assert_eq!(open(&bundle, &[public_key(&[8u8; 32]).unwrap_or_default()]), Err(Refused::UnknownSigner));
            let tampered = bundle.replace("Approval", "Disapproval");
            assert_ne!(tampered, bundle);
            assert_eq!(open(&tampered, std::slice::from_ref(&key)), Err(Refused::BadSignature));
            let renamed = bundle.replace("Org A", "Org B");
            assert_eq!(open(&renamed, std::slice::from_ref(&key)), Err(Refused::BadSignature));
            assert_eq!(open("not json", std::slice::from_ref(&key)), Err(Refused::Unreadable));
        }
    }
}

#[cfg(test)]
mod tests_support {
    use super::*;

    pub(super) fn sample() -> Entry {
        Entry {
            kind: EntryKind::Term,
            term: "Based".into(),
            variants: vec!["based af".into()],
            seen_in: "English".into(),
            lang: "en".into(),
            text: EntryText {
                meaning: "Approval: someone speaks their mind.".into(),
                may_indicate: "Nothing on its own.".into(),
                does_not_indicate: "Extremism.".into(),
            },
            translations: BTreeMap::new(),
            first_seen: None,
            sources: vec!["https://example.org".into()],
            related: Vec::new(),
            review_on: LocalDate { year: 2027, month: 5, day: 1 },
        }
    }
}
