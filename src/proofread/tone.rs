//! Old and new tone-mark placement (*kiểu cũ*, *kiểu mới*) on `oa`, `oe`,
//! `uy` ending a syllable: "hòa"/"hoà", "xóa"/"xoá", "khỏe"/"khoẻ",
//! "thủy"/"thuỷ", "ủy"/"uỷ". Both are in use; one document keeps to one.
//! The rule is the shape of the syllable, not a word list: consonants (not
//! `q`, whose `u` is part of `qu`), then `oa`, `oe` or `uy` and nothing
//! else, with a tone mark on one of the two vowels.

use crate::model::Spelling;
use crate::vi::spelling::letters::{Tone, letter, move_tone};

/// The placement `word` shows, and the word written the other way:
/// `"hoà"` → `(New, "hòa")`, `"thủy"` → `(Old, "thuỷ")`; `None` when the
/// word has no such ending or no tone mark ("hoa", "hoàn", "quý").
pub(crate) fn placement(word: &str) -> Option<(Spelling, String)> {
    let mut chars = word.chars().rev();
    let last = letter(chars.next()?)?;
    let glide = letter(chars.next()?)?;
    if !matches!((glide.shape, last.shape), ('o', 'a') | ('o', 'e') | ('u', 'y')) {
        return None;
    }
    let onset: Vec<_> = chars.map(letter).collect::<Option<_>>()?;
    let consonant =
        |s: char| (s.is_ascii_lowercase() && !"aeiouyq".contains(s)) || s == 'đ';
    if !onset.iter().all(|l| consonant(l.shape) && l.tone == Tone::Level) {
        return None;
    }
    let n = onset.len();
    match (glide.tone, last.tone) {
        (Tone::Level, Tone::Level) => None,
        (_, Tone::Level) => Some((Spelling::Old, move_tone(word, n + 1))),
        (Tone::Level, _) => Some((Spelling::New, move_tone(word, n))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_old_from_new() {
        assert_eq!(placement("hoà"), Some((Spelling::New, "hòa".into())));
        assert_eq!(placement("xóa"), Some((Spelling::Old, "xoá".into())));
        assert_eq!(placement("Thủy"), Some((Spelling::Old, "Thuỷ".into())));
        assert_eq!(placement("uỷ"), Some((Spelling::New, "ủy".into())));
        assert_eq!(placement("khoẻ"), Some((Spelling::New, "khỏe".into())));
        assert_eq!(placement("KHOÁ"), Some((Spelling::New, "KHÓA".into())));
        for neither in ["hoa", "hoàn", "quý", "quỳ", "của", "thuyền", "xoáy", "a", "toà1"]
        {
            assert_eq!(placement(neither), None, "{neither}");
        }
    }
}
