//! The PDF as a reader gets it back: poppler's pdftotext, pdffonts and pdfinfo (Debian
//! poppler-utils; scripts/test installs it).
//!
//! Poppler turns right-to-left text back into logical order, wrapping sections in U+202A..U+202E,
//! which are dropped here before comparing. It also splits lam-alef ligatures (لا لأ لإ لآ) in the
//! wrong order (see docs/disclosure-record-pdf.md), so the Arabic asserted on has none.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::process::Command;

use hearth_pdf::{Record, Section, render};

/// A PDF in the temporary directory, removed when dropped.
struct TempPdf(PathBuf);

impl Drop for TempPdf {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl std::ops::Deref for TempPdf {
    type Target = PathBuf;
    fn deref(&self) -> &PathBuf {
        &self.0
    }
}

fn write(name: &str, pdf: &[u8]) -> TempPdf {
    let path = std::env::temp_dir().join(format!("hearth-pdf-{}-{name}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    TempPdf(path)
}

fn run(tool: &str, args: &[&str], path: &PathBuf) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(path)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .expect("poppler-utils (pdftotext, pdfinfo, pdffonts) must be installed");
    assert!(out.status.success(), "{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The text as pdftotext gives it, without poppler's embedding controls.
fn text(path: &PathBuf) -> String {
    run("pdftotext", &["-enc", "UTF-8"], path).chars().filter(|c| !('\u{202A}'..='\u{202E}').contains(c)).collect()
}

fn pages(path: &PathBuf) -> usize {
    let info = run("pdfinfo", &[], path);
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line["Pages:".len()..].trim().parse().unwrap()
}

/// Font names from pdffonts, each checked to be embedded, subset and with a ToUnicode map.
fn fonts(path: &PathBuf) -> Vec<String> {
    let out = run("pdffonts", &[], path);
    out.lines()
        .skip(2)
        .map(|row| {
            let cols: Vec<&str> = row.split_whitespace().collect();
            assert!(cols.len() >= 6, "{out}");
            assert_eq!(cols[cols.len() - 5..cols.len() - 2], ["yes", "yes", "yes"], "emb sub uni: {out}");
            cols[0].split_once('+').map_or(cols[0], |(_, name)| name).to_owned()
        })
        .collect()
}

/// Every word's horizontal extent, from pdftotext -bbox.
fn word_boxes(path: &PathBuf) -> Vec<(f32, f32, String)> {
    let html = run("pdftotext", &["-bbox"], path);
    html.lines()
        .filter_map(|l| l.trim().strip_prefix("<word "))
        .map(|w| {
            let attr = |name: &str| -> f32 {
                let start = w.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                w[start..].split('"').next().unwrap().parse().unwrap()
            };
            let word = w.split_once('>').unwrap().1.trim_end_matches("</word>").to_owned();
            (attr("xMin"), attr("xMax"), word)
        })
        .collect()
}

/// Poppler prints "1 / 2" as "1/2"; compare without white space where that matters.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

fn assert_contains(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "{w:?} missing from {text:?}");
    }
}

fn english() -> Record {
    Record {
        lang: "en".into(),
        title: "Family information record".into(),
        subtitle: vec!["Hearth Family Services".into(), "Reference D-2026-0042, generated 2026-11-29 14:05".into()],
        sections: vec![
            Section {
                heading: "Disclosure".into(),
                fields: vec![
                    ("Recipient".into(), "Dr Amira Haddad".into()),
                    ("Email".into(), "a.haddad@example.org".into()),
                    ("Purpose".into(), "Safeguarding assessment\nRequested by the school nurse".into()),
                ],
                paragraphs: vec!["Shared under the agreement with the municipality.".into()],
            },
            Section {
                heading: "Household".into(),
                fields: vec![("Child".into(), "Jan de Vries".into()), ("Born".into(), "2019-03-14".into())],
                paragraphs: vec![],
            },
        ],
        footer: "Confidential: Hearth disclosure record".into(),
    }
}

fn arabic() -> Record {
    Record {
        lang: "ar".into(),
        title: "سجل معلومات العائلة".into(),
        subtitle: vec!["خدمات العائلة".into(), "المرجع D-2026-0042".into()],
        sections: vec![Section {
            heading: "مشاركة المعلومات".into(),
            fields: vec![
                ("اسم الطفل".into(), "Jan de Vries".into()),
                ("تاريخ".into(), "2026-11-29".into()),
                ("العنوان".into(), "مدينة روتردام".into()),
                ("البريد".into(), "jan@example.org".into()),
            ],
            paragraphs: vec!["يعيش الطفل مع والدته في مدينة روتردام.".into()],
        }],
        footer: "سري".into(),
    }
}

#[test]
fn english_record_comes_back_as_text() {
    let pdf = render(&english()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let path = write("en", &pdf);
    let text = text(&path);
    assert_contains(
        &text,
        &[
            "Family information record",
            "Reference D-2026-0042, generated 2026-11-29 14:05",
            "Recipient: Dr Amira Haddad",
            "Email: a.haddad@example.org",
            "Purpose: Safeguarding assessment",
            "Requested by the school nurse",
            "Shared under the agreement with the municipality.",
            "Child: Jan de Vries",
            "Confidential: Hearth disclosure record",
        ],
    );
    assert!(squeeze(&text).contains("1/1"), "{text:?}");
    assert_eq!(pages(&path), 1);
    let mut names = fonts(&path);
    names.sort();
    assert_eq!(names, ["NotoSans-Bold", "NotoSans-Regular"]);
    let info = run("pdfinfo", &[], &path);
    assert!(info.lines().any(|l| l.starts_with("Title:") && l.ends_with("Family information record")), "{info}");
}

#[test]
fn arabic_record_comes_back_in_reading_order() {
    let pdf = render(&arabic()).unwrap();
    let path = write("ar", &pdf);
    let text = text(&path);
    // Whole phrases, so that words in the wrong order fail as well as missing ones.
    assert_contains(
        &text,
        &[
            "سجل معلومات العائلة",
            "خدمات العائلة",
            "مشاركة المعلومات",
            "اسم الطفل",
            "Jan de Vries",
            "2026-11-29",
            "تاريخ",
            "مدينة روتردام",
            "jan@example.org",
            "يعيش الطفل مع والدته في مدينة روتردام",
            "سري",
        ],
    );
    // Shaped text maps back to the letters, not to presentation forms.
    assert!(!text.chars().any(|c| ('\u{FB50}'..='\u{FEFE}').contains(&c)), "{text:?}");
    let mut names = fonts(&path);
    names.sort();
    assert_eq!(names, ["NotoSans-Regular", "NotoSansArabic-Bold", "NotoSansArabic-Regular"]);
    assert!(pdf.windows(b"/Direction/R2L".len()).any(|w| w == b"/Direction/R2L"));
    assert!(pdf.windows(b"/Lang(ar)".len()).any(|w| w == b"/Lang(ar)"));

    // The page is laid out right to left: the title, the labels and Arabic paragraphs end at the
    // right margin; a Latin value sits left of its label.
    let boxes = word_boxes(&path);
    let right = 595.28 - 56.7;
    // -bbox gives each word's characters in visual order.
    let find = |w: &str| {
        let visual: String = w.chars().rev().collect();
        let found = boxes.iter().find(|b| b.2 == w || b.2 == visual);
        assert!(found.is_some(), "{w} not in {boxes:?}");
        found.unwrap()
    };
    for w in ["سجل", "اسم", "يعيش"] {
        assert!((find(w).1 - right).abs() < 1.0, "{w} does not end at the right margin: {boxes:?}");
    }
    assert!(find("Vries").1 < find("اسم").0, "{boxes:?}");
    assert!(find("jan@example.org").1 < find("البريد:").0, "{boxes:?}");
    assert!(find("2026-11-29").1 < find("تاريخ:").0, "{boxes:?}");
}

#[test]
fn long_record_breaks_pages_and_long_words() {
    let vocabulary = ["the", "family", "visited", "on", "Tuesday", "and", "agreed", "a", "plan", "with", "school"];
    let mut long: Vec<String> = (0..5000).map(|i| vocabulary[i % vocabulary.len()].to_owned()).collect();
    long.extend(["finis", "coronat", "opus"].map(String::from));
    let unbroken: String = (0..400).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let mut record = english();
    record.sections[0].fields.push(("Notes".into(), long.join(" ")));
    record.sections[0].fields.push(("Link".into(), format!("https://example.org/{unbroken}")));
    record.sections[1].paragraphs.push(format!("Token {unbroken} ends here"));

    let pdf = render(&record).unwrap();
    let path = write("long", &pdf);
    let n = pages(&path);
    assert!(n > 1, "{n} pages");
    let text = text(&path);
    // The address does not fit after "Link:", so it starts the next line and is cut between
    // letters after that.
    assert_contains(&text, &["finis coronat opus", "Link:\nhttps://example.org/abcdef"]);
    let squeezed = squeeze(&text);
    assert!(squeezed.contains(&format!("1/{n}")) && squeezed.contains(&format!("{n}/{n}")));
    assert!(squeezed.contains(&format!("https://example.org/{unbroken}")));
    assert!(squeezed.contains(&format!("Token{unbroken}endshere")));
    // All of it on each page, nothing across the margins.
    for (x0, x1, word) in word_boxes(&path) {
        assert!(x0 >= 56.7 - 0.5 && x1 <= 595.28 - 56.7 + 0.5, "{word} at {x0}..{x1}");
    }
}

#[test]
fn french_german_dutch_and_no_break_spaces() {
    let mut record = english();
    record.lang = "fr".into();
    record.sections[0].fields = vec![
        ("Rendez-vous".into(), "le 29\u{a0}novembre à 14\u{202f}h\u{a0}: « Famille Dupont »".into()),
        ("Adresse".into(), "Straße 12, Überweisung, coördinatie, ’s-Hertogenbosch, IJsselmeer".into()),
    ];
    let path = write("fr", &render(&record).unwrap());
    let text = text(&path);
    assert_contains(
        &text,
        &["Rendez-vous:", "novembre à 14", "Famille Dupont", "«", "»", "Straße", "Überweisung", "coördinatie"],
    );
    assert_contains(&text, &["’s-Hertogenbosch", "IJsselmeer"]);
    // The no-break spaces come back as themselves or as plain spaces, but never as a line break.
    let nbsp = |a: &str, b: &str| [" ", "\u{a0}", "\u{202f}"].iter().any(|s| text.contains(&format!("{a}{s}{b}")));
    assert!(nbsp("29", "novembre") && nbsp("14", "h"), "{text:?}");
}

#[test]
fn characters_outside_the_fonts_do_not_break_the_record() {
    let mut record = english();
    record.sections[0].fields.push(("Note".into(), "Naam 😀 李 end\tof\u{7}line".into()));
    let path = write("emoji", &render(&record).unwrap());
    let text = text(&path);
    assert_contains(&text, &["Note: Naam", "end of line"]);
    // krilla has no ToUnicode entry for .notdef; the character comes back through /ActualText.
    assert_contains(&text, &["😀", "李"]);
}

#[test]
fn same_record_same_bytes_and_empty_record_renders() {
    let a = render(&arabic()).unwrap();
    let b = render(&arabic()).unwrap();
    assert!(a == b, "two renders differ");
    assert!(!a.windows(b"CreationDate".len()).any(|w| w == b"CreationDate"));
    let empty = render(&Record::default()).unwrap();
    let path = write("empty", &empty);
    assert_eq!(pages(&path), 1);
    assert!(squeeze(&text(&path)).contains("1/1"));
}
