//! The widths of the footer's left cell, in thousandths of an em, for the
//! template's bound of its height (`templates/parts/footer.typ`
//! `most-lines`): with them the template tells, without laying the cell
//! out, that the recipients are no taller than the signature block, and
//! keeps the footer whole (format-rules.md §12).
//!
//! Only widths go in the view: the sizes, the cells' widths and the line
//! pitches stay in the templates (`config.typ`), which a `--template` copy
//! may change. Each text is cut where the layout may break a line, and each
//! piece is given at least as wide as the font prints it, so that lines
//! filled first fit from these widths are never fewer than the layout's:
//! - a character counts as its advance in Liberation Serif (Times New
//!   Roman's advance widths): in the regular face (`regular`, the face of
//!   the recipient lines), and in the widest of the four faces (`widest`,
//!   for the labels, whose face is a template's choice, or any text of a
//!   face the template does not know);
//! - kerning is left out: it narrows a pair, but for the few pairs that it
//!   widens (at most 195/2048 em, Liberation Serif Bold Italic "Τΐ"), each
//!   of which has a character outside the Latin letters (Greek, Cyrillic or
//!   "’"), [`KERN`] is added to every such pair. No pair with a space is
//!   widened. Checked on the four font files with fontTools (GPOS pair
//!   adjustments and the `kern` table); the fonts have no ligature on by
//!   default;
//! - a piece ends only at a plain space where a line may break (UAX #14):
//!   not before ")", ",", ":", "!", "/" and the like, nor after "(" or a
//!   quotation mark ([`may_break_between`]); where unsure it does not end,
//!   which only makes the bound larger. The layout may break at more
//!   places ("-", "/", a code's box), never at fewer, and breaking at more
//!   places never makes more lines;
//! - each width is rounded up to the thousandth.
//!
//! A text with a character that is not a Latin letter, digit or common
//! punctuation mark, or that a face of the font lacks (the layout then
//! takes it from another font), has no widths: the template falls back on
//! its bound from the characters' count, as for a text the view does not
//! list (a view edited by hand).

use std::collections::BTreeMap;

use crate::fonts::{DEFAULT_FAMILY, PREFERRED_FAMILY};
use crate::metrics::advances;
use crate::view::{FooterWidths, TextWidths};

/// What kerning may add to a pair with a character outside the Latin
/// letters, in em: more than the largest widening pair of the fonts,
/// 195/2048 ≈ 0.095 em.
const KERN: f64 = 0.1;

/// The widths of the footer's left cell's `texts`.
pub fn footer_widths<'a>(texts: impl IntoIterator<Item = &'a str>) -> FooterWidths {
    let (mut regular, mut widest) = (BTreeMap::new(), BTreeMap::new());
    for text in texts {
        if let (Some(r), Some(w)) =
            (text_widths(text, Face::Regular), text_widths(text, Face::Widest))
        {
            regular.insert(text.to_owned(), r);
            widest.insert(text.to_owned(), w);
        }
    }
    FooterWidths {
        fonts: vec![DEFAULT_FAMILY, PREFERRED_FAMILY],
        space: milli(Face::Widest.advance(' ').unwrap_or(1.0)),
        regular,
        widest,
    }
}

/// Which face's widths.
#[derive(Debug, Clone, Copy)]
enum Face {
    /// The regular face.
    Regular,
    /// Each character as wide as in the widest of the four faces.
    Widest,
}

impl Face {
    /// The advance of `c` in em in this face.
    fn advance(self, c: char) -> Option<f64> {
        let all = advances(c)?;
        Some(match self {
            Face::Regular => all[0],
            Face::Widest => all.into_iter().fold(0.0, f64::max),
        })
    }
}

/// The widths of `text` in `face`: for each of its own lines (a typed line
/// break starts one), the widths of its pieces between the spaces where a
/// line may break, without those spaces (one space of
/// [`FooterWidths::space`] goes between two pieces on a line; a second
/// space, or spaces at the line's ends, are counted in the piece after or
/// before them). `None` when a character has no width here (see the
/// module's comment).
fn text_widths(text: &str, face: Face) -> Option<TextWidths> {
    let space = face.advance(' ')?;
    text.split('\n').map(|line| line_widths(line, space, face)).collect()
}

fn line_widths(line: &str, space: f64, face: Face) -> Option<Vec<u32>> {
    let mut pieces = Vec::new();
    // The piece being read: its width, its last character, and the spaces
    // read after it.
    let mut width = 0.0;
    let mut last: Option<char> = None;
    let mut spaces = 0_u32;
    for word in line.split(' ') {
        let Some(first) = word.chars().next() else {
            spaces += 1;
            continue;
        };
        let word_width = word_width(word, face)?;
        match last {
            // A new piece, this word after the spaces but one.
            Some(before) if spaces > 0 && may_break_between(before, first) => {
                pieces.push(milli(width));
                width = f64::from(spaces - 1) * space + word_width;
            }
            // The spaces between the words stay in the piece (leading
            // spaces in the first piece).
            _ => width += f64::from(spaces) * space + word_width,
        }
        // `split(' ')` puts one separator between consecutive words.
        spaces = 1;
        last = word.chars().last();
    }
    if last.is_some() {
        // Trailing spaces: `spaces` counts one too many after the last word.
        width += f64::from(spaces.saturating_sub(1)) * space;
        pieces.push(milli(width));
    }
    Some(pieces)
}

/// The width of a word in em in `face`, at least its printed width.
fn word_width(word: &str, face: Face) -> Option<f64> {
    let mut width = 0.0;
    let mut previous: Option<char> = None;
    for c in word.chars() {
        if !measured(c) {
            return None;
        }
        width += face.advance(c)?;
        if previous.is_some_and(|p| !latin(p) || !latin(c)) {
            width += KERN;
        }
        previous = Some(c);
    }
    Some(width)
}

/// Whether a line may break at the spaces between a word ending in
/// `before` and one starting with `after`, by UAX #14 (the rules that hold
/// "even after spaces": LB13 to LB17, LB15a/b for quotation marks), answered
/// "no" where unsure: the word after starts with a letter, a digit, "-",
/// "–" or "(", and the word before does not end with an opening bracket, a
/// quotation mark or "—".
fn may_break_between(before: char, after: char) -> bool {
    const NO_BREAK_AFTER: &[char] = &[
        '(', '[', '{', '¡', '¿', '"', '\'', '«', '»', '‘', '’', '‚', '‛', '“', '”', '„',
        '‟', '‹', '›', '—',
    ];
    (after.is_alphanumeric() || matches!(after, '-' | '–' | '('))
        && !NO_BREAK_AFTER.contains(&before)
}

/// The Latin letters, digits and punctuation: Basic Latin, Latin-1,
/// Latin Extended-A and B, and Latin Extended Additional (every
/// precomposed Vietnamese letter), without control characters. Combining
/// marks are left out: the layout may compose a letter and its marks into
/// one glyph wider than their advances.
fn latin(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}')
}

/// The characters given a width: [`latin`], and the general punctuation
/// "‐" to "‧" and "‰" to "›" (dashes, quotation marks, "…").
fn measured(c: char) -> bool {
    latin(c) || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{203a}')
}

/// `em` in thousandths of an em, rounded up.
fn milli(em: f64) -> u32 {
    // Widths of a line are a few tens of em: no overflow.
    (em * 1000.0).ceil() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The width of `text` from the advances alone, unkerned, as this
    /// module sums them (`metrics::width` kerns, as Typst shapes).
    fn width(text: &str, size: f64, bold: bool, italic: bool) -> f64 {
        let face = usize::from(bold) + 2 * usize::from(italic);
        let ems: f64 =
            text.chars().filter_map(crate::metrics::advances).map(|a| a[face]).sum();
        ems * size
    }

    fn one_line(text: &str) -> Vec<u32> {
        let lines = text_widths(text, Face::Widest).expect("widths");
        assert_eq!(lines.len(), 1, "{text:?}");
        lines.into_iter().next().unwrap_or_default()
    }

    /// How many lines first fit makes of `pieces` in `room` thousandths of
    /// an em, as `footer.typ` counts them.
    fn lines(pieces: &[u32], space: u32, room: u32) -> usize {
        let mut count = 1;
        let mut used: Option<u32> = None;
        for &w in pieces {
            used = Some(match used {
                Some(u) if u + space + w <= room => u + space + w,
                Some(_) => {
                    count += 1;
                    w
                }
                None => w,
            });
        }
        count
    }

    #[test]
    fn words_are_as_wide_as_the_widest_face_prints_them() {
        let pieces = one_line("- TT. Thành ủy (b/c),");
        assert_eq!(pieces.len(), 5, "{pieces:?}");
        for (word, got) in ["-", "TT.", "Thành", "ủy"].iter().zip(&pieces) {
            let widest = [(false, false), (true, false), (false, true), (true, true)]
                .iter()
                .map(|&(bold, italic)| width(word, 1.0, bold, italic))
                .fold(0.0, f64::max);
            let got = f64::from(*got) / 1000.0;
            assert!(got >= widest && got < widest + 0.001, "{word}: {got} vs {widest}");
        }
        // The bold face is the widest here: more than the regular one.
        assert!(f64::from(pieces[2]) / 1000.0 > width("Thành", 1.0, false, false) + 0.01);
        let footer = footer_widths(["Nơi nhận:", "- Ban 中文,"]);
        assert_eq!(footer.space, 250);
        assert_eq!(footer.widest.keys().collect::<Vec<_>>(), ["Nơi nhận:"]);
        assert_eq!(footer.regular.keys().collect::<Vec<_>>(), ["Nơi nhận:"]);
        // The regular face is narrower than the widest.
        let (regular, widest) =
            (&footer.regular["Nơi nhận:"][0], &footer.widest["Nơi nhận:"][0]);
        assert!(regular.iter().zip(widest).all(|(r, w)| r < w), "{regular:?} {widest:?}");
        assert_eq!(regular[0], (width("Nơi", 1.0, false, false) * 1000.0).ceil() as u32);
    }

    /// A space before ")" or after "(" is no place to break: the words
    /// around it are one piece, spaces included.
    #[test]
    fn pieces_do_not_end_where_a_line_may_not_break() {
        let space = 250;
        // A line may break before "(", not after it nor before ")" or ",".
        let apart = one_line("UBND ( huyện ) ,");
        assert_eq!(apart.len(), 2, "{apart:?}");
        let words: u32 = ["(", "huyện", ")", ","].iter().map(|w| one_line(w)[0]).sum();
        assert!(apart[1] + 4 >= words + 3 * space, "{apart:?}");
        // Quotation marks: no break after one.
        assert_eq!(one_line("“ Khu phố ”").len(), 2);
        // Two spaces: the second counts in the piece after.
        let two = one_line("Các  chi bộ");
        assert_eq!(two.len(), 3);
        assert!(two[1].abs_diff(one_line("chi")[0] + space) <= 1, "{two:?}");
    }

    /// The bound must say "more lines" where the text does not fit: a row
    /// of "M" (no pair of "M" and a space is kerned) narrower than it is in
    /// the narrowest face (italic, 0.833 em an "M") takes two lines, and
    /// one once the room holds it in the widest face (bold, 0.944 em).
    #[test]
    fn a_line_wider_than_its_room_counts_more_lines() {
        let row = vec!["M"; 20].join(" ");
        let pieces = one_line(&row);
        let faces = [(false, false), (true, false), (false, true), (true, true)];
        let widths = faces.map(|(bold, italic)| width(&row, 1.0, bold, italic));
        let narrowest = widths.iter().copied().fold(f64::MAX, f64::min);
        let widest = widths.iter().copied().fold(0.0, f64::max);
        let too_narrow = (narrowest * 1000.0) as u32 - 1;
        assert_eq!(lines(&pieces, 250, too_narrow), 2);
        assert!(lines(&pieces, 250, too_narrow / 2) >= 3);
        // (Each of the 20 pieces rounded up to the thousandth.)
        assert_eq!(lines(&pieces, 250, (widest * 1000.0).ceil() as u32 + 20), 1);
        // In the regular face: two lines where the room is narrower than
        // the row set regular, one where it holds it.
        let regular = text_widths(&row, Face::Regular).expect("widths").remove(0);
        let width_regular = (widths[0] * 1000.0) as u32;
        assert_eq!(lines(&regular, 250, width_regular - 1), 2);
        assert_eq!(lines(&regular, 250, width_regular + 20), 1);
        // A recipient line's bound is close to its widest face: one line in
        // a room 3 % wider than the line set bold.
        let line = "- TT Đảng ủy - HĐND - UBND phường,";
        let bold = width(line, 1.0, true, false);
        assert_eq!(lines(&one_line(line), 250, (bold * 1030.0) as u32), 1);
        // A typed line break starts a line.
        assert_eq!(
            text_widths("Các chi bộ\ntrực thuộc", Face::Regular).map(|l| l.len()),
            Some(2)
        );
    }

    /// Pairs that kerning may widen (a character outside the Latin letters)
    /// count [`KERN`] more; Vietnamese letters do not.
    #[test]
    fn kerning_that_may_widen_a_pair_is_counted() {
        let f = one_line("f")[0];
        let quote = one_line("’")[0];
        assert!(one_line("f’")[0] + 2 >= f + quote + 100);
        let (d, u) = (one_line("Đ")[0], one_line("ủ")[0]);
        assert!(one_line("Đủ")[0] <= d + u);
    }

    /// Characters without a width here: the template falls back on its
    /// count of characters.
    #[test]
    fn other_scripts_and_combining_marks_have_no_widths() {
        assert_eq!(text_widths("Ban 中文", Face::Widest), None);
        assert_eq!(text_widths("Vie\u{302}\u{323}t", Face::Widest), None);
        assert_eq!(text_widths("a\tb", Face::Widest), None);
        assert!(text_widths("Việt Nam – “Hà Nội”…", Face::Widest).is_some());
        assert_eq!(text_widths("", Face::Widest), Some(vec![vec![]]));
    }
}
