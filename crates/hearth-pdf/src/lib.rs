//! The disclosure record as a PDF.
//!
//! Hearth lays the record out itself: bidi runs (unicode-bidi), a font per run, lines broken at
//! spaces, A4 pages, and a footer with page numbers once the page count is known. harfrust
//! shapes the runs, which Arabic needs (joining forms, lam-alef, marks). krilla writes the PDF:
//! it embeds and subsets the Noto fonts and writes ToUnicode maps, with /ActualText and
//! /ReversedChars where glyphs alone would not give the text back, so the record can be searched
//! and copied. Why these libraries and not a typesetter: docs/disclosure-record-pdf.md.
//!
//! The fonts (Noto Sans and Noto Sans Arabic, SIL OFL 1.1, see fonts/OFL.txt) are compiled in
//! and parsed once per process. The output has no timestamp: the same record gives the same
//! bytes.

mod text;

use harfrust::Language;
use krilla::Document;
use krilla::color::luma;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::{Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use text::{Base, FaceId, Fonts, Line, Lines, lay_out};

/// A disclosure record, ready to print.
#[derive(Clone, Debug, Default)]
pub struct Record {
    /// "en", "nl", "de", "fr", "ar" — "ar" lays the page out right to left.
    pub lang: String,
    pub title: String,
    /// Lines under the title (organisation, reference, generated at …).
    pub subtitle: Vec<String>,
    pub sections: Vec<Section>,
    /// Printed at the foot of every page, followed by "n / m" page numbers.
    pub footer: String,
}

/// A heading with labelled fields ("Label: value", the value wrapping under it; a '\n' in a value
/// starts a new line) and then free paragraphs. A paragraph takes its direction from its first
/// strong character, so an Arabic note in an English record still reads right to left.
#[derive(Clone, Debug, Default)]
pub struct Section {
    pub heading: String,
    pub fields: Vec<(String, String)>,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// Only possible if the fonts compiled into this crate were broken.
    #[error("an embedded font could not be read")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

const PAGE_W: f32 = 595.28; // A4 in pt
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.7; // 20 mm
const COLUMN: f32 = PAGE_W - 2.0 * MARGIN;
/// Line height as a multiple of the font size. Noto Sans Arabic's marks reach further above
/// and below than Latin, so this is a little looser than for Latin alone.
const LEADING: f32 = 1.5;
/// Baseline below the top of a line, as a multiple of the font size.
const ASCENT: f32 = 1.1;

const TITLE: f32 = 17.0;
const SUBTITLE: f32 = 9.5;
const HEADING: f32 = 12.5;
const BODY: f32 = 10.0;
const FOOTER: f32 = 8.5;
const GREY: u8 = 90;

/// Renders the record as PDF bytes: A4, as many pages as it needs.
pub fn render(record: &Record) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::get()?;
    let rtl = is_rtl(&record.lang);
    let lang = Language::new(record.lang.as_bytes());
    let lang = lang.as_ref();
    let fixed = Base::Fixed(rtl);

    // The footer is the same on every page but for its number; "n / m" is given room for four
    // digits each, so that the body's space is known before the page count is.
    let number_room = measure(fonts, "0000 / 0000", FOOTER, lang);
    let footer = lay_out(fonts, &clean(&record.footer), 0, FOOTER, COLUMN - number_room - 12.0, fixed, lang);
    let footer_h = footer.lines.len().max(1) as f32 * FOOTER * LEADING;
    let footer_top = PAGE_H - MARGIN - footer_h;

    let mut flow = Flow::new(footer_top - 14.0);
    flow.paragraph(lay_out(fonts, &clean(&record.title), usize::MAX, TITLE, COLUMN, fixed, lang), TITLE, Ink::Black);
    for line in &record.subtitle {
        flow.paragraph(lay_out(fonts, &clean(line), 0, SUBTITLE, COLUMN, fixed, lang), SUBTITLE, Ink::Grey);
    }
    flow.gap(6.0);
    flow.rule(0.8);
    for (i, section) in record.sections.iter().enumerate() {
        let heading = lay_out(fonts, &clean(&section.heading), usize::MAX, HEADING, COLUMN, fixed, lang);
        // The rule, the heading and the first line under it go onto one page.
        flow.keep(24.0 + heading.lines.len() as f32 * HEADING * LEADING + BODY * LEADING);
        if i > 0 {
            flow.gap(4.0);
            flow.rule(0.3);
        }
        flow.gap(8.0);
        if !heading.lines.is_empty() {
            flow.paragraph(heading, HEADING, Ink::Black);
            flow.gap(3.0);
        }
        for (label, value) in &section.fields {
            field(&mut flow, fonts, label, value, fixed, lang);
        }
        for paragraph in &section.paragraphs {
            flow.gap(4.0);
            for line in paragraph.split('\n') {
                let out = lay_out(fonts, &clean(line), 0, BODY, COLUMN, Base::Auto(rtl), lang);
                blank_or(&mut flow, out);
            }
        }
    }
    let pages = flow.finish();

    let mut document = Document::new();
    let direction = if rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
    let mut metadata = Metadata::new().title(record.title.clone()).text_direction(direction);
    if !record.lang.is_empty() {
        metadata = metadata.language(record.lang.clone());
    }
    document.set_metadata(metadata);
    let count = pages.len();
    for (n, items) in pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| PdfError::Write("page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for item in items {
            draw(&mut surface, fonts, item);
        }
        // Footer: a hairline, the footer text on the reading side, "n / m" on the other.
        draw(&mut surface, fonts, Item::Rule { y: footer_top - 6.0, width: 0.3 });
        for (i, line) in footer.lines.iter().enumerate() {
            let baseline = footer_top + i as f32 * FOOTER * LEADING + FOOTER * ASCENT;
            for item in text_items(line.clone(), left(footer.rtl, line.width), baseline, FOOTER, Ink::Grey) {
                draw(&mut surface, fonts, item);
            }
        }
        let number = lay_out(fonts, &format!("{} / {count}", n + 1), 0, FOOTER, COLUMN, fixed, lang);
        if let Some(line) = number.lines.into_iter().next() {
            let x = if rtl { MARGIN } else { MARGIN + COLUMN - line.width };
            for item in text_items(line, x, footer_top + FOOTER * ASCENT, FOOTER, Ink::Grey) {
                draw(&mut surface, fonts, item);
            }
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| PdfError::Write(e.to_string()))
}

fn is_rtl(lang: &str) -> bool {
    lang.split(['-', '_']).next().is_some_and(|primary| primary.eq_ignore_ascii_case("ar"))
}

/// Tabs and other control characters would come out as .notdef; a space is what was meant.
fn clean(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

fn measure(fonts: &Fonts, text: &str, size: f32, lang: Option<&Language>) -> f32 {
    lay_out(fonts, text, 0, size, f32::INFINITY, Base::Fixed(false), lang).lines.iter().map(|l| l.width).sum()
}

/// "Label: value" as one paragraph, so that extracted text keeps the label with its value; the
/// value's further lines follow as paragraphs of their own.
fn field(flow: &mut Flow, fonts: &Fonts, label: &str, value: &str, base: Base, lang: Option<&Language>) {
    let label = clean(label.trim());
    let mut lines = value.split('\n');
    let first = clean(lines.next().unwrap_or_default());
    let prefix = if label.is_empty() {
        String::new()
    } else if label.ends_with(':') || label.ends_with('：') {
        format!("{label} ")
    } else {
        format!("{label}: ")
    };
    let bold = prefix.len();
    // The value is data, not part of the sentence around it: isolated (as HTML's <bdi>), it keeps
    // its own direction, so "2026-11-29" or an e-mail address stays one left-to-right unit on an
    // Arabic page instead of being reordered with the label.
    let text = format!("{prefix}\u{2068}{first}\u{2069}");
    flow.paragraph(lay_out(fonts, &text, bold, BODY, COLUMN, base, lang), BODY, Ink::Black);
    for line in lines {
        blank_or(flow, lay_out(fonts, &format!("\u{2068}{}\u{2069}", clean(line)), 0, BODY, COLUMN, base, lang));
    }
    flow.gap(2.0);
}

/// An empty line of a value or paragraph still takes its height.
fn blank_or(flow: &mut Flow, lines: Lines) {
    if lines.lines.is_empty() {
        flow.gap(BODY * LEADING);
    } else {
        flow.paragraph(lines, BODY, Ink::Black);
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Ink {
    Black,
    Grey,
}

enum Item {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        ink: Ink,
        face: FaceId,
        text: String,
        glyphs: Vec<krilla::text::KrillaGlyph>,
    },
    Rule {
        y: f32,
        width: f32,
    },
}

/// Where a line starts: right-to-left lines end at the right margin.
fn left(rtl: bool, width: f32) -> f32 {
    if rtl { MARGIN + COLUMN - width } else { MARGIN }
}

fn text_items(line: Line, left: f32, baseline: f32, size: f32, ink: Ink) -> impl Iterator<Item = Item> {
    line.segments.into_iter().map(move |s| Item::Text {
        x: left + s.x,
        baseline,
        size,
        ink,
        face: s.face,
        text: s.text,
        glyphs: s.glyphs,
    })
}

/// Phase one: items placed on pages, top to bottom.
struct Flow {
    pages: Vec<Vec<Item>>,
    items: Vec<Item>,
    y: f32,
    bottom: f32,
}

impl Flow {
    fn new(bottom: f32) -> Self {
        Self { pages: Vec::new(), items: Vec::new(), y: MARGIN, bottom }
    }

    /// Starts a new page unless `height` still fits on this one (or this one is empty).
    fn keep(&mut self, height: f32) {
        if self.y + height > self.bottom && !self.items.is_empty() {
            self.pages.push(std::mem::take(&mut self.items));
            self.y = MARGIN;
        }
    }

    fn gap(&mut self, height: f32) {
        if !self.items.is_empty() {
            self.y += height;
        }
    }

    fn paragraph(&mut self, lines: Lines, size: f32, ink: Ink) {
        let line_h = size * LEADING;
        for line in lines.lines {
            self.keep(line_h);
            let x = left(lines.rtl, line.width);
            self.items.extend(text_items(line, x, self.y + size * ASCENT, size, ink));
            self.y += line_h;
        }
    }

    fn rule(&mut self, width: f32) {
        self.keep(8.0);
        self.items.push(Item::Rule { y: self.y + 2.0, width });
        self.y += 6.0;
    }

    fn finish(mut self) -> Vec<Vec<Item>> {
        if !self.items.is_empty() || self.pages.is_empty() {
            self.pages.push(self.items);
        }
        self.pages
    }
}

/// Phase two: one item onto the page.
fn draw(surface: &mut Surface, fonts: &Fonts, item: Item) {
    match item {
        Item::Text { x, baseline, size, ink, face, text, glyphs } => {
            surface.set_fill(match ink {
                Ink::Black => None,
                Ink::Grey => Some(Fill {
                    paint: luma::Color::new(GREY).into(),
                    opacity: NormalizedF32::ONE,
                    rule: Default::default(),
                }),
            });
            surface.draw_glyphs(Point::from_xy(x, baseline), &glyphs, fonts.face(face).pdf.clone(), &text, size, false);
            surface.set_fill(None);
        }
        Item::Rule { y, width } => {
            let mut path = PathBuilder::new();
            path.move_to(MARGIN, y);
            path.line_to(MARGIN + COLUMN, y);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke { width, paint: luma::Color::new(GREY).into(), ..Stroke::default() }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
    }
}
