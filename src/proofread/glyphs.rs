//! Characters the document's font has no glyph for (`plan::missing_glyph`):
//! the PDF is set in the embedded Liberation Serif with no fallback font
//! (`render`), so such a character ("✓", "☐", an emoji) prints as an empty
//! space, in silence. Liberation Serif has the advance widths and, for the
//! characters a plan uses, the coverage of Times New Roman
//! (`format-rules.md` §1.1, §2.1), the font the offices' Word files use.

use std::ops::Range;
use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::Font;

use crate::fonts::FONTS;

/// The regular face of the embedded font; the bold and italic faces cover
/// the same characters.
fn font() -> Option<&'static Font> {
    static FONT: OnceLock<Option<Font>> = OnceLock::new();
    FONT.get_or_init(|| {
        FONTS.first().and_then(|(_, data)| Font::new(Bytes::new(*data), 0))
    })
    .as_ref()
}

/// Whether `c` prints: a glyph of the font, or a space or an invisible
/// format character, which needs none.
fn printable(c: char) -> bool {
    if is_vietnamese_letter(c) {
        return true;
    }
    let invisible = c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    invisible || font().is_none_or(|f| f.info().coverage.contains(u32::from(c)))
}

/// Whether `c` is one of the letters of Vietnamese beyond ASCII or of
/// Latin-1's upper half (× and ÷ among them), which the font has: answered
/// without looking them up, as most of a plan's characters are these (the
/// test `the_font_has_every_vietnamese_letter` holds the font to it).
fn is_vietnamese_letter(c: char) -> bool {
    matches!(
        c,
        '\u{C0}'..='\u{FF}'
            | 'Ă' | 'ă' | 'Đ' | 'đ' | 'Ĩ' | 'ĩ' | 'Ũ' | 'ũ' | 'Ơ' | 'ơ' | 'Ư' | 'ư'
            | '\u{1EA0}'..='\u{1EF9}'
    )
}

/// The characters of a text the font cannot print ([`missing`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Missing {
    /// The first such character's place in the text (byte range).
    pub(super) first: Range<usize>,
    /// The distinct characters, in text order, at most [`LISTED`].
    pub(super) chars: Vec<char>,
    /// How many more distinct ones there are (counted up to
    /// [`crate::diag::MAX_PROBLEMS`]).
    pub(super) more: usize,
}

/// The most characters a warning lists: a line of Chinese has dozens.
pub(super) const LISTED: usize = 8;

/// The characters of `value` the font cannot print, or `None`: one report
/// per text, at the first of them, naming the distinct ones ("✓", "☐"; a
/// line of Chinese is one warning, not one per character). Hostile input
/// cannot fill memory: no more distinct characters are kept than a file
/// reports problems.
pub(super) fn missing(value: &str) -> Option<Missing> {
    let mut found: Option<Missing> = None;
    let mut seen: Vec<char> = Vec::new();
    for (at, c) in value.char_indices() {
        if seen.len() > crate::diag::MAX_PROBLEMS {
            break;
        }
        if c.is_ascii() || seen.contains(&c) || printable(c) {
            continue;
        }
        seen.push(c);
        let m = found.get_or_insert_with(|| Missing {
            first: at..at + c.len_utf8(),
            chars: Vec::new(),
            more: 0,
        });
        if m.chars.len() < LISTED {
            m.chars.push(c);
        } else {
            m.more += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{LISTED, font, is_vietnamese_letter, missing};

    /// The letters `printable` passes without asking the font are in it.
    #[test]
    fn the_font_has_every_vietnamese_letter() {
        let font = font().expect("the embedded font");
        let letters: Vec<char> =
            ('\0'..='\u{FFFF}').filter(|&c| is_vietnamese_letter(c)).collect();
        assert_eq!(letters.len(), 64 + 12 + 90);
        for c in letters {
            assert!(font.info().coverage.contains(u32::from(c)), "{c:?}");
        }
    }

    #[test]
    fn symbols_the_font_lacks_are_found_once() {
        let found = missing("Đạt ✓, chưa ☐, ✓ lần hai 😀").expect("missing");
        assert_eq!(found.chars, ['✓', '☐', '😀']);
        assert_eq!((found.first, found.more), ("Đạt ".len().."Đạt ✓".len(), 0));
        for fine in [
            "Tiếng Việt đủ dấu: Ưu tiên, ỹ, Đ, ự",
            "≥ ≤ → • ± × ÷ № § © ½ ‰ m² m³ 25°C € … “ ” ‘ ’ – —",
            "khoảng\u{a0}trắng\u{200b}ẩn",
        ] {
            assert_eq!(missing(fine), None, "{fine}");
        }
    }

    /// A line of Chinese is one report: its first character, the first
    /// [`LISTED`] distinct ones, and how many more.
    #[test]
    fn a_line_in_another_script_is_one_report() {
        let line = "Khẩu hiệu: 为人民服务，全心全意为人民服务，实事求是。";
        let found = missing(line).expect("missing");
        assert_eq!(&line[found.first.clone()], "为");
        assert_eq!(found.chars.len(), LISTED);
        assert_eq!(found.chars[..4], ['为', '人', '民', '服']);
        let distinct: std::collections::BTreeSet<char> = line
            .chars()
            .filter(|c| !c.is_ascii() && ('\u{3000}'..).contains(c))
            .collect();
        assert_eq!(found.chars.len() + found.more, distinct.len());
    }
}
