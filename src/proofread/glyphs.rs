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
    let invisible = c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    invisible || font().is_none_or(|f| f.info().coverage.contains(u32::from(c)))
}

/// The characters of `value` the font cannot print, each at its first
/// place in `value` (byte range), in text order; no more than a file
/// reports (hostile input cannot fill memory with them).
pub(super) fn missing(value: &str) -> Vec<(Range<usize>, char)> {
    let mut seen: Vec<char> = Vec::new();
    let mut out = Vec::new();
    for (at, c) in value.char_indices() {
        if out.len() > crate::diag::MAX_PROBLEMS {
            break;
        }
        if !c.is_ascii() && !seen.contains(&c) && !printable(c) {
            seen.push(c);
            out.push((at..at + c.len_utf8(), c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::missing;

    #[test]
    fn symbols_the_font_lacks_are_found_once() {
        let found: Vec<char> =
            missing("Đạt ✓, chưa ☐, ✓ lần hai 😀").into_iter().map(|(_, c)| c).collect();
        assert_eq!(found, ['✓', '☐', '😀']);
        for fine in [
            "Tiếng Việt đủ dấu: Ưu tiên, ỹ, Đ, ự",
            "≥ ≤ → • ± × ÷ № § © ½ ‰ m² m³ 25°C € … “ ” ‘ ’ – —",
            "khoảng\u{a0}trắng\u{200b}ẩn",
        ] {
            assert_eq!(missing(fine), [], "{fine}");
        }
    }
}
