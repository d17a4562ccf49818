//! Widths of text set in the embedded Liberation Serif, which has the advance
//! widths of Times New Roman (`format-rules.md` §5). Two stages measure with
//! them: the view (the footer's word widths, `compose::widths`) and the Word
//! writer (`docx::measure`); neither imports the other. The lines of the
//! footer's left cell are counted here from the view's widths, as the PDF's
//! template counts them ([`most_lines`]), for the Word writer.

use std::sync::OnceLock;

use typst::layout::Abs;
use typst::text::{FontInstance, FontVariations};

use crate::view::FooterWidths;

/// The four faces, regular, bold, italic, bold italic (the order of
/// [`FONTS`](crate::fonts::FONTS)).
fn faces() -> &'static [Option<FontInstance>] {
    static FACES: OnceLock<Vec<Option<FontInstance>>> = OnceLock::new();
    FACES.get_or_init(|| {
        let fonts = crate::fonts::embedded();
        (0..crate::fonts::FONTS.len())
            .map(|i| {
                let font = fonts.get(i)?;
                let variant = font.info().variant;
                Some(font.clone().instantiate(
                    variant,
                    Abs::pt(1.0),
                    &FontVariations::default(),
                ))
            })
            .collect()
    })
}

/// The width in points of `text` at `size` points, without kerning; a
/// character the font lacks counts as nothing.
pub(crate) fn width(text: &str, size: f64, bold: bool, italic: bool) -> f64 {
    let index = usize::from(bold) + 2 * usize::from(italic);
    let Some(Some(font)) = faces().get(index) else { return 0.0 };
    let face = font.ttf();
    let ems: f64 = text
        .chars()
        .filter_map(|c| face.glyph_index(c))
        .filter_map(|g| font.x_advance(g.0))
        .map(|em| em.get())
        .sum();
    ems * size
}

/// The advances of `c` in em in the four faces (regular, bold, italic,
/// bold italic), `None` when a face lacks it (the renderer then takes the
/// glyph from another font, whose width this module does not know).
pub(crate) fn advances(c: char) -> Option<[f64; 4]> {
    let mut out = [0.0; 4];
    for (em, face) in out.iter_mut().zip(faces()) {
        let font = face.as_ref()?;
        let glyph = font.ttf().glyph_index(c)?;
        *em = font.x_advance(glyph.0)?.get();
    }
    Some(out)
}

/// Which widths of the view's footer widths (`view::FooterWidths`) a text
/// is counted with, as `templates/parts/footer.typ` `most-left-height`
/// chooses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FooterFace {
    /// `regular`: the recipient lines, set in the regular face.
    Regular,
    /// `widest`: the labels ("Nơi nhận:", "Bản điện tử:"), whose face is
    /// the layout's choice.
    Widest,
}

/// At most how many lines `text` of the footer's left cell takes at
/// `size` points in a cell `width` points wide: `footer.typ` `most-lines`,
/// the count the PDF decides from whether the footer may split, so that
/// the Word writer decides from the same count (`docx::footer`). From the
/// view's `widths` of the text in `face` when they have it and no piece is
/// wider than the cell ([`lines_of_widths`]), else from its characters
/// ([`lines_of_characters`]).
pub(crate) fn most_lines(
    widths: &FooterWidths,
    text: &str,
    face: FooterFace,
    size: f64,
    width: f64,
) -> usize {
    let pieces = match face {
        FooterFace::Regular => widths.regular.get(text),
        FooterFace::Widest => widths.widest.get(text),
    };
    pieces
        .and_then(|pieces| lines_of_widths(pieces, widths.space, width / size * 1000.0))
        .unwrap_or_else(|| lines_of_characters(text, size, width))
}

/// `footer.typ` `most-lines-of-widths`: the lines of `pieces` (each of the
/// text's own lines, its pieces' widths in thousandths of an em) filled
/// first fit in `room` thousandths of an em, a `space` between two pieces
/// on a line; `None` when a piece is wider than the room.
fn lines_of_widths(pieces: &[Vec<u32>], space: u32, room: f64) -> Option<usize> {
    let mut lines = 0;
    for line in pieces {
        lines += 1;
        let mut used: Option<u32> = None;
        for &w in line {
            if f64::from(w) > room {
                return None;
            }
            used = Some(match used {
                None => w,
                Some(u) if f64::from(u + space + w) <= room => u + space + w,
                Some(_) => {
                    lines += 1;
                    w
                }
            });
        }
    }
    Some(lines)
}

/// `footer.typ` `most-lines-of-characters`: the lines of `text` counted
/// from its characters alone, each 1.2 em wide, words filled first fit, a
/// word longer than a line as broken into full lines, a typed line break
/// starting a line. A character is counted as the template counts a
/// cluster: combining marks and joiners count with the character before.
fn lines_of_characters(text: &str, size: f64, width: f64) -> usize {
    // A cell holds a few hundred characters at most: no overflow.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let room = ((width / (1.2 * size)).floor() as usize).max(1);
    let mut lines = 0;
    for part in text.split('\n') {
        let mut used = 0;
        lines += 1;
        for word in part.split(' ') {
            let n = word.chars().filter(|&c| !joins_the_one_before(c)).count();
            if n == 0 {
                continue;
            }
            if used > 0 && used + 1 + n <= room {
                used += 1 + n;
            } else {
                if used > 0 {
                    lines += 1;
                }
                lines += n.div_ceil(room) - 1;
                used = (n - 1) % room + 1;
            }
        }
    }
    lines
}

/// Whether `c` belongs to the cluster of the character before it: a
/// combining mark, a variation selector or a zero-width joiner.
fn joins_the_one_before(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe00}'..='\u{fe0f}'
            | '\u{fe20}'..='\u{fe2f}'
            | '\u{200d}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts of `footer.typ`: first fit, a space between pieces; a
    /// line that fills its room exactly is one line (the space after its
    /// last word is not counted).
    #[test]
    fn lines_are_counted_as_the_template_counts_them() {
        assert_eq!(lines_of_widths(&[vec![400, 350]], 250, 1000.0), Some(1));
        assert_eq!(lines_of_widths(&[vec![400, 351]], 250, 1000.0), Some(2));
        assert_eq!(lines_of_widths(&[vec![400], vec![300]], 250, 1000.0), Some(2));
        assert_eq!(lines_of_widths(&[vec![1001]], 250, 1000.0), None);
        // 12 pt in 36 pt: 2 characters a line.
        assert_eq!(lines_of_characters("ab cd", 12.0, 36.0), 2);
        assert_eq!(lines_of_characters("abcde", 12.0, 36.0), 3);
        assert_eq!(lines_of_characters("a\nb", 12.0, 36.0), 2);
        assert_eq!(lines_of_characters("a\u{301}b", 12.0, 36.0), 1);
        // No widths for the text: its characters.
        let widths = crate::compose::footer_widths(["- Ban 中文,"]);
        assert_eq!(
            most_lines(&widths, "- Ban 中文,", FooterFace::Regular, 12.0, 36.0),
            5
        );
    }
}
