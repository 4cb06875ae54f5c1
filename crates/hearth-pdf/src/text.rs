//! Fonts, shaping and line layout of one paragraph.
//!
//! A paragraph is shaped once: it is cut into pieces of one bidi level, one font and one weight,
//! and each piece goes through harfrust whole, so Arabic joins and kerns as it would unbroken.
//! Lines are then cut at spaces by summing the advances of whole clusters, and each line takes
//! its glyphs from those pieces, in the visual order that unicode-bidi gives for the line.

use std::ops::Range;
use std::sync::OnceLock;

use harfrust::{BufferFlags, Direction, FontRef, Language, ShapeOptions, ShaperData, UnicodeBuffer};
use krilla::text::{GlyphId, KrillaGlyph};
use skrifa::MetadataProvider;
use skrifa::charmap::Charmap;
use unicode_bidi::{Level, ParagraphBidiInfo};

use crate::PdfError;

static SANS: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
static SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
static ARABIC: &[u8] = include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");

/// Which of the four embedded faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FaceId {
    pub arabic: bool,
    pub bold: bool,
}

/// One font as harfrust (shaping), skrifa (coverage) and krilla (embedding) each want it, all
/// from the same bytes. harfrust and skrifa share read-fonts' `FontRef`, so a second read-fonts
/// version in the tree would stop this from compiling.
pub(crate) struct Face {
    font: FontRef<'static>,
    charmap: Charmap<'static>,
    shaping: ShaperData,
    pub pdf: krilla::text::Font,
    /// The space glyph, used to give a missing character's .notdef a cluster of its own.
    space: GlyphId,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Result<Self, PdfError> {
        let font = FontRef::new(bytes).map_err(|_| PdfError::Font)?;
        let charmap = font.charmap();
        let space = charmap.map(' ').ok_or(PdfError::Font)?;
        let pdf = krilla::text::Font::new(bytes.into(), 0).ok_or(PdfError::Font)?;
        Ok(Self { shaping: ShaperData::new(&font), font, charmap, pdf, space: GlyphId::new(space.to_u32()) })
    }

    fn covers(&self, c: char) -> bool {
        self.charmap.map(c).is_some_and(|g| g.to_u32() != 0)
    }

    /// Shapes `text[range]` in one direction. Glyphs come back in visual order with advances in
    /// em and text ranges that index `text` itself, which is what krilla's glyphs carry.
    fn shape(&self, text: &str, range: Range<usize>, rtl: bool, lang: Option<&Language>) -> Vec<KrillaGlyph> {
        let shaper = self.shaping.shaper(&self.font).build();
        let upem = shaper.units_per_em() as f32;
        let mut buffer = UnicodeBuffer::new();
        for (i, c) in text[range.clone()].char_indices() {
            buffer.add(c, (range.start + i) as u32);
        }
        // The neighbours decide joining at the piece's edges (Arabic next to a bold label, say).
        buffer.set_pre_context(&text[..range.start]);
        buffer.set_post_context(&text[range.end..]);
        let mut flags = BufferFlags::empty();
        if range.start == 0 {
            flags |= BufferFlags::BEGINNING_OF_TEXT;
        }
        if range.end == text.len() {
            flags |= BufferFlags::END_OF_TEXT;
        }
        buffer.set_flags(flags);
        buffer.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
        if let Some(lang) = lang {
            buffer.set_language(lang.clone());
        }
        buffer.guess_segment_properties();
        let out = shaper.shape(buffer, ShapeOptions::new());

        let mut starts: Vec<usize> = out.glyph_infos().iter().map(|g| g.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |s: usize| starts.get(starts.partition_point(|&x| x <= s)).copied().unwrap_or(range.end);
        let mut glyphs = Vec::with_capacity(out.len());
        for (info, pos) in out.glyph_infos().iter().zip(out.glyph_positions()) {
            let start = info.cluster as usize;
            let text_range = start..end_of(start);
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / upem,
                pos.x_offset as f32 / upem,
                pos.y_offset as f32 / upem,
                pos.y_advance as f32 / upem,
                text_range.clone(),
                None,
            ));
            // krilla writes no ToUnicode entry for .notdef, so a lone .notdef would drop its
            // character from copied text. A second, empty glyph in the same cluster makes krilla
            // wrap the cluster in /ActualText instead.
            if info.glyph_id == 0 {
                glyphs.push(KrillaGlyph::new(self.space, 0.0, 0.0, 0.0, 0.0, text_range, None));
            }
        }
        glyphs
    }
}

pub(crate) struct Fonts {
    sans: Face,
    sans_bold: Face,
    arabic: Face,
    arabic_bold: Face,
}

// The faces are parsed once per process and shared between threads.
const _: fn() = || {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Fonts>();
};

impl Fonts {
    pub fn get() -> Result<&'static Fonts, PdfError> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS.get_or_init(|| Fonts::load().ok()).as_ref().ok_or(PdfError::Font)
    }

    fn load() -> Result<Self, PdfError> {
        Ok(Self {
            sans: Face::new(SANS)?,
            sans_bold: Face::new(SANS_BOLD)?,
            arabic: Face::new(ARABIC)?,
            arabic_bold: Face::new(ARABIC_BOLD)?,
        })
    }

    pub fn face(&self, id: FaceId) -> &Face {
        match (id.arabic, id.bold) {
            (false, false) => &self.sans,
            (false, true) => &self.sans_bold,
            (true, false) => &self.arabic,
            (true, true) => &self.arabic_bold,
        }
    }

    /// The face for one character: Arabic letters in Noto Sans Arabic, other letters in Noto
    /// Sans, and neutral characters (spaces, digits, punctuation) in the face of their bidi
    /// direction, so that they do not split a run. A character neither face has is drawn as
    /// Noto Sans' .notdef.
    fn pick(&self, c: char, rtl: bool, bold: bool) -> FaceId {
        let arabic = if is_arabic(c) {
            true
        } else if c.is_alphabetic() {
            false
        } else {
            rtl
        };
        let preferred = FaceId { arabic, bold };
        let other = FaceId { arabic: !arabic, bold };
        if self.face(preferred).covers(c) {
            preferred
        } else if self.face(other).covers(c) {
            other
        } else {
            FaceId { arabic: false, bold }
        }
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// LRM, RLM, ALM and the embedding, override and isolate controls.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Glyphs of one font drawn in one go. `glyphs` index `text`.
#[derive(Clone, Debug)]
pub(crate) struct Segment {
    pub face: FaceId,
    /// From the left edge of the line, in pt.
    pub x: f32,
    pub text: String,
    pub glyphs: Vec<KrillaGlyph>,
}

#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// In visual order, left to right.
    pub segments: Vec<Segment>,
    pub width: f32,
}

/// A laid-out paragraph.
pub(crate) struct Lines {
    pub lines: Vec<Line>,
    /// Right to left paragraphs are aligned to the right edge.
    pub rtl: bool,
}

/// Where a paragraph's base direction comes from.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Base {
    /// The record's direction, for titles, labels and everything laid out as the record's own.
    Fixed(bool),
    /// From the paragraph's first strong character (free text), else the record's direction.
    Auto(bool),
}

struct Piece {
    range: Range<usize>,
    face: FaceId,
    rtl: bool,
    glyphs: Vec<KrillaGlyph>,
}

/// Lays out one paragraph: `text`, bold up to byte `bold` (a label; `usize::MAX` for all), at `size` pt, in
/// lines no wider than `width`. Lines break only at U+0020, so no-break spaces (U+00A0, U+202F)
/// hold; a word wider than a line is cut between clusters.
pub(crate) fn lay_out(
    fonts: &Fonts,
    text: &str,
    bold: usize,
    size: f32,
    width: f32,
    base: Base,
    lang: Option<&Language>,
) -> Lines {
    let rtl_base = match base {
        Base::Fixed(rtl) => rtl,
        Base::Auto(fallback) => match unicode_bidi::get_base_direction(text) {
            unicode_bidi::Direction::Ltr => false,
            unicode_bidi::Direction::Rtl => true,
            unicode_bidi::Direction::Mixed => fallback,
        },
    };
    if text.is_empty() {
        return Lines { lines: Vec::new(), rtl: rtl_base };
    }
    let bidi = ParagraphBidiInfo::new(text, Some(if rtl_base { Level::rtl() } else { Level::ltr() }));

    // Pieces: one bidi level, one face.
    // Bidi controls steer the levels but are not drawn: a glyph for them would give the space
    // glyph a wrong ToUnicode entry.
    let mut keys: Vec<(Range<usize>, Level, FaceId)> = Vec::new();
    let mut split = false;
    for (i, c) in text.char_indices() {
        if is_bidi_control(c) {
            split = true;
            continue;
        }
        let level = bidi.levels[i];
        let face = fonts.pick(c, level.is_rtl(), i < bold);
        let end = i + c.len_utf8();
        match keys.last_mut() {
            Some((r, l, f)) if !split && *l == level && *f == face => r.end = end,
            _ => keys.push((i..end, level, face)),
        }
        split = false;
    }
    let pieces: Vec<Piece> = keys
        .into_iter()
        .map(|(range, level, face)| {
            let glyphs = fonts.face(face).shape(text, range.clone(), level.is_rtl(), lang);
            Piece { range, face, rtl: level.is_rtl(), glyphs }
        })
        .collect();

    // Advances by the byte where their cluster starts; a cut is only allowed at such a byte.
    let mut advance = vec![0.0f32; text.len() + 1];
    let mut cluster_start = vec![false; text.len() + 1];
    for g in pieces.iter().flat_map(|p| &p.glyphs) {
        advance[g.text_range.start] += g.x_advance * size;
        cluster_start[g.text_range.start] = true;
    }
    cluster_start[text.len()] = true;
    let mut sum = vec![0.0f32; text.len() + 1];
    for i in 0..text.len() {
        sum[i + 1] = sum[i] + advance[i];
    }
    let measure = |r: &Range<usize>| sum[r.end] - sum[r.start];

    // Greedy breaking at spaces; interior spaces stay in the line, the breaking ones do not.
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    for word in words(text) {
        if let Some(line) = current.take() {
            if measure(&(line.start..word.end)) <= width {
                current = Some(line.start..word.end);
                continue;
            }
            ranges.push(line);
        }
        let mut start = word.start;
        while measure(&(start..word.end)) > width {
            // The longest run of whole clusters that fits, and at least one cluster.
            let mut cut = start + 1;
            while cut < word.end && !cluster_start[cut] {
                cut += 1;
            }
            let mut next = cut;
            while next < word.end {
                next += 1;
                while next < word.end && !cluster_start[next] {
                    next += 1;
                }
                if measure(&(start..next)) > width {
                    break;
                }
                cut = next;
            }
            if cut >= word.end {
                break;
            }
            ranges.push(start..cut);
            start = cut;
        }
        current = Some(start..word.end);
    }
    ranges.extend(current);

    let lines = ranges.into_iter().map(|line| visual_line(text, &bidi, &pieces, line, size)).collect();
    Lines { lines, rtl: rtl_base }
}

/// Ranges of the words of `text`: the runs between U+0020s.
fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = 0;
    text.split(' ').filter_map(move |w| {
        let r = pos..pos + w.len();
        pos = r.end + 1;
        (!w.is_empty()).then_some(r)
    })
}

/// One line's glyphs, taken from the shaped pieces, in visual order.
fn visual_line(text: &str, bidi: &ParagraphBidiInfo, pieces: &[Piece], line: Range<usize>, size: f32) -> Line {
    let (levels, runs) = bidi.visual_runs(line);
    let mut segments = Vec::new();
    let mut x = 0.0;
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let first = pieces.partition_point(|p| p.range.end <= run.start);
        let mut overlapping: Vec<&Piece> = pieces[first..].iter().take_while(|p| p.range.start < run.end).collect();
        // The pieces of a right-to-left run are drawn from its logical end.
        if rtl {
            overlapping.reverse();
        }
        for piece in overlapping {
            let part = piece.range.start.max(run.start)..piece.range.end.min(run.end);
            let mut glyphs: Vec<KrillaGlyph> = piece
                .glyphs
                .iter()
                .filter(|g| part.contains(&g.text_range.start))
                .map(|g| {
                    let mut g = g.clone();
                    let end = g.text_range.end.min(part.end);
                    g.text_range = g.text_range.start - part.start..end - part.start;
                    g
                })
                .collect();
            if glyphs.is_empty() {
                continue;
            }
            if piece.rtl != rtl {
                glyphs.reverse();
            }
            let advance: f32 = glyphs.iter().map(|g| g.x_advance).sum::<f32>() * size;
            segments.push(Segment { face: piece.face, x, text: text[part].to_owned(), glyphs });
            x += advance;
        }
    }
    Line { segments, width: x }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        Fonts::get().unwrap()
    }

    /// The characters of a line in the order its glyphs are drawn, left to right.
    fn visual_chars(line: &Line) -> String {
        let mut out = String::new();
        for s in &line.segments {
            let mut last = None;
            for g in &s.glyphs {
                if last != Some(g.text_range.clone()) {
                    out.push_str(&s.text[g.text_range.clone()]);
                }
                last = Some(g.text_range.clone());
            }
        }
        out
    }

    fn visual_text(line: &Line) -> Vec<String> {
        line.segments.iter().map(|s| s.text.clone()).collect()
    }

    #[test]
    fn arabic_is_joined_and_lam_alef_is_one_glyph() {
        let f = fonts();
        let face = f.face(FaceId { arabic: true, bold: false });
        let word = "سجل";
        let glyphs = face.shape(word, 0..word.len(), true, None);
        let nominal: Vec<u32> = word.chars().map(|c| face.charmap.map(c).unwrap().to_u32()).collect();
        assert_eq!(glyphs.len(), 3);
        // Visual order is right to left: the glyph of the last letter comes first.
        assert_eq!(glyphs[0].text_range, 4..6);
        assert_eq!(glyphs[2].text_range, 0..2);
        let shaped: Vec<u32> = glyphs.iter().rev().map(|g| g.glyph_id.to_u32()).collect();
        for (s, n) in shaped.iter().zip(&nominal) {
            assert_ne!(s, n, "joining forms expected, got the isolated glyphs {shaped:?}");
        }
        let lam_alef = face.shape("لا", 0..4, true, None);
        assert_eq!(lam_alef.len(), 1, "lam-alef should be a ligature");
        assert_eq!(lam_alef[0].text_range, 0..4);
    }

    #[test]
    fn missing_characters_keep_their_text() {
        let f = fonts();
        let face = f.face(FaceId { arabic: false, bold: false });
        let text = "a😀b";
        let glyphs = face.shape(text, 0..text.len(), false, None);
        let notdef: Vec<_> = glyphs.iter().filter(|g| g.glyph_id.to_u32() == 0).collect();
        assert_eq!(notdef.len(), 1);
        assert_eq!(&text[notdef[0].text_range.clone()], "😀");
        assert_eq!(glyphs.iter().filter(|g| g.text_range == notdef[0].text_range).count(), 2);
        assert_eq!(f.pick('😀', false, false), FaceId { arabic: false, bold: false });
        assert_eq!(f.pick('😀', true, false), FaceId { arabic: false, bold: false });
    }

    #[test]
    fn right_to_left_line_puts_latin_and_dates_in_visual_order() {
        let f = fonts();
        let text = "تاريخ: 2026-11-29 Jan de Vries سجل jan@example.org";
        let out = lay_out(f, text, 0, 10.0, 1000.0, Base::Fixed(true), None);
        assert!(out.rtl);
        assert_eq!(out.lines.len(), 1);
        let segs = visual_text(&out.lines[0]);
        // Read right to left: تاريخ, the date, the name, سجل, the address. After an Arabic
        // letter the digits are Arabic numbers (UBA W2), so the hyphens stay right to left and
        // the date shows as 29-11-2026, as it does in a browser; each number reads left to right.
        let rev = |s: &str| s.chars().rev().collect::<String>();
        let expected = format!("jan@example.org{}Jan de Vries 29-11-2026{}", rev(" سجل "), rev("تاريخ: "));
        assert_eq!(visual_chars(&out.lines[0]), expected, "{segs:?}");
        let arabic = out.lines[0].segments.iter().find(|s| s.text.contains("سجل")).unwrap();
        assert!(arabic.glyphs.windows(2).all(|w| w[0].text_range.start > w[1].text_range.start));
        // Segments are laid left to right without gaps or overlap.
        let mut x = 0.0;
        for s in &out.lines[0].segments {
            assert!((s.x - x).abs() < 0.01);
            x = s.x + s.glyphs.iter().map(|g| g.x_advance).sum::<f32>() * 10.0;
        }
        assert!((x - out.lines[0].width).abs() < 0.01);
    }

    #[test]
    fn auto_base_follows_the_first_strong_character() {
        let f = fonts();
        assert!(lay_out(f, "سجل Jan", 0, 10.0, 500.0, Base::Auto(false), None).rtl);
        assert!(!lay_out(f, "Jan سجل", 0, 10.0, 500.0, Base::Auto(true), None).rtl);
        assert!(lay_out(f, "2026-11-29", 0, 10.0, 500.0, Base::Auto(true), None).rtl);
    }

    #[test]
    fn lines_fit_break_at_spaces_only_and_long_words_are_cut() {
        let f = fonts();
        let text = format!("le 29\u{a0}novembre à 14\u{202f}h {} fin", "x".repeat(300));
        let out = lay_out(f, &text, 0, 10.0, 120.0, Base::Fixed(false), None);
        let joined: Vec<String> = out.lines.iter().map(|l| visual_text(l).concat()).collect();
        for line in &out.lines {
            assert!(line.width <= 120.0 + 0.01, "{} > 120: {joined:?}", line.width);
        }
        assert!(joined.iter().any(|l| l.contains("29\u{a0}novembre")), "{joined:?}");
        assert!(joined.iter().any(|l| l.contains("14\u{202f}h")), "{joined:?}");
        assert_eq!(joined.concat().matches('x').count(), 300, "{joined:?}");
        assert!(out.lines.len() >= 5, "{joined:?}");
        assert!(joined.last().is_some_and(|l| l.ends_with("x fin")), "{joined:?}");
    }

    #[test]
    fn pieces_of_a_right_to_left_run_are_drawn_from_its_end() {
        let f = fonts();
        // One right-to-left run in two faces: the bold label and the regular value.
        let text = "تاريخ: سجل العائلة";
        let label = "تاريخ: ".len();
        let out = lay_out(f, text, label, 10.0, 1000.0, Base::Fixed(true), None);
        let line = &out.lines[0];
        let rev = |s: &str| s.chars().rev().collect::<String>();
        assert_eq!(visual_chars(line), rev(text), "{:?}", visual_text(line));
        assert!(line.segments.last().unwrap().face.bold);
        assert!(!line.segments[0].face.bold);
    }

    #[test]
    fn bold_label_is_its_own_segment() {
        let f = fonts();
        let text = "Name: Jan";
        let out = lay_out(f, text, 6, 10.0, 500.0, Base::Fixed(false), None);
        let segs = &out.lines[0].segments;
        assert_eq!(segs[0].text, "Name: ");
        assert!(segs[0].face.bold);
        assert_eq!(segs[1].text, "Jan");
        assert!(!segs[1].face.bold);
    }
}
