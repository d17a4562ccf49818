//! The lines of the footer's left cell, counted from the view's widths as
//! the PDF's template counts them (`templates/parts/footer.typ`
//! `most-lines`), for the Word writer's decision where the footer may
//! split (`docx::footer`). Only the Word writer counts so: the PDF's
//! template does its own counting.

use unicode_segmentation::UnicodeSegmentation;

use crate::view::FooterWidths;

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
/// starting a line. Characters are counted as the template counts them:
/// by grapheme cluster (Typst's `str.clusters()`), so a letter with its
/// combining marks, an emoji joined by a zero-width joiner or a flag is
/// one.
fn lines_of_characters(text: &str, size: f64, width: f64) -> usize {
    // A cell holds a few hundred characters at most: no overflow.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let room = ((width / (1.2 * size)).floor() as usize).max(1);
    let mut lines = 0;
    for part in text.split('\n') {
        let mut used = 0;
        lines += 1;
        for word in part.split(' ') {
            let n = word.graphemes(true).count();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A word's characters are counted as Typst's `str.clusters()` counts
    /// them (the template's count): letters with combining marks, emoji
    /// sequences, flags, Thai.
    #[test]
    fn characters_are_counted_as_typsts_clusters() {
        use typst::foundations::Str;
        for word in [
            "Nguye\u{302}\u{303}n",
            "Đà",
            "👩\u{200d}👩\u{200d}👧",
            "👍🏽",
            "🇻🇳🇻🇳",
            "ก\u{e33}ที่",
            "a\u{fe0f}b",
            "x\u{20dd}",
        ] {
            let typst = Str::from(word).clusters().len();
            let ours = word.graphemes(true).count();
            assert_eq!(ours, typst, "{word:?}");
            // The count the footer uses: a line of `typst` characters fills
            // a room of exactly that many, and one more wraps.
            let size = 10.0;
            let exact = f64::from(u32::try_from(typst).expect("small")) * 1.2 * size;
            assert_eq!(lines_of_characters(word, size, exact), 1, "{word:?}");
            if typst > 1 {
                assert_eq!(
                    lines_of_characters(word, size, exact - 1.2 * size),
                    2,
                    "{word:?}"
                );
            }
        }
    }

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
