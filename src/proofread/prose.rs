//! A text value as the checks read it: the characters a reader sees, each
//! with its byte offset in the value, split into paragraphs.
//!
//! Markup is taken out (the `*`, `**` that pair into italic or bold; a star
//! that prints, as in "2 * 3", stays), a `{id}` reference stands as one
//! [`REF`] character (not a word, not a mark), `{{`/`}}`/`^^[` as the
//! characters they print, and a footnote `^[…]` is a paragraph of its own;
//! a line break ends a paragraph (`plan-format.md`, "Text").

use std::ops::Range;

use crate::vi::spelling::letters;

/// What a `{id}` reference reads as: U+FFFC OBJECT REPLACEMENT CHARACTER.
pub(crate) const REF: char = '\u{FFFC}';

/// One paragraph: its characters with their offsets in the value.
pub(crate) type Para = Vec<(usize, char)>;

/// The paragraphs of `value`.
pub(crate) fn paragraphs(value: &str) -> Vec<Para> {
    let mut out = vec![Vec::with_capacity(value.len())];
    let stars = crate::model::text::markup_stars(value);
    read(value, 0, false, &stars, &mut out);
    out.retain(|p| !p.is_empty());
    out
}

/// Reads `value` (a footnote's text when `in_note`: a `^[` inside it is
/// read as characters, nesting being an error `resolve` reports); `stars`
/// are the markup stars of the whole text.
fn read(
    value: &str,
    offset: usize,
    in_note: bool,
    stars: &[Range<usize>],
    out: &mut Vec<Para>,
) {
    let mut i = 0;
    let bytes = value.as_bytes();
    while i < value.len() {
        let rest = &value[i..];
        let Some(c) = rest.chars().next() else { break };
        let at = offset + i;
        let para = out.last_mut();
        let Some(para) = para else { return };
        if rest.starts_with("{{") || rest.starts_with("}}") {
            para.push((at, c));
            i += 2;
        } else if rest.starts_with("^^[") {
            para.push((at, '^'));
            para.push((at + 2, '['));
            i += 3;
        } else if let Some(after) = rest.strip_prefix("^[").filter(|_| !in_note) {
            // A footnote left open is reported by `resolve`: its mark is
            // not a bracket.
            let Some(len) = crate::model::text::footnote_end(after) else {
                para.push((at, REF));
                i += 2;
                continue;
            };
            out.push(Vec::new());
            read(&after[..len], at + 2, true, stars, out);
            out.push(Vec::new());
            i += 2 + len + 1;
        } else if c == '{' && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            // A reference, or one left open (reported by `resolve`).
            let len = rest[1..]
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || "_-:".contains(ch)))
                .unwrap_or(rest.len() - 1);
            para.push((at, REF));
            i += 1 + len + usize::from(rest[1 + len..].starts_with('}'));
        } else if let Some(star) = stars.iter().find(|r| r.start == at) {
            i += star.len();
        } else if c == '\n' {
            out.push(Vec::new());
            i += 1;
        } else {
            para.push((at, c));
            i += c.len_utf8();
        }
    }
}

/// A word: a run of letters and digits, by index into its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// Index of the first character.
    pub(crate) start: usize,
    /// Index one past the last character.
    pub(crate) end: usize,
}

/// The words of `para`.
pub(crate) fn words(para: &Para) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &(_, c)) in para.iter().enumerate() {
        match (letters::is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word { start: s, end: i });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word { start: s, end: para.len() });
    }
    out
}

/// Which characters of `para` are part of an address: a
/// whitespace-separated chunk holding "://", "www." or "@" (a web address,
/// a mail address). Its punctuation is not spacing and its pieces are not
/// Vietnamese words.
pub(crate) fn in_address(para: &Para) -> Vec<bool> {
    let n = para.len();
    let mut out = vec![false; n];
    let mut start = 0;
    for i in 0..=n {
        if i == n || para[i].1.is_whitespace() {
            let chunk = &para[start..i];
            let at = |k: usize, c: char| chunk.get(k).is_some_and(|&(_, d)| d == c);
            let address = (0..chunk.len()).any(|k| {
                at(k, '@')
                    || at(k, ':') && at(k + 1, '/') && at(k + 2, '/')
                    || at(k, 'w') && at(k + 1, 'w') && at(k + 2, 'w') && at(k + 3, '.')
            });
            if address {
                out[start..i].fill(true);
            }
            start = i + 1;
        }
    }
    out
}

/// The text of `word`.
pub(crate) fn text(para: &Para, word: Word) -> String {
    para[word.start..word.end].iter().map(|&(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(value: &str) -> Vec<String> {
        paragraphs(value).iter().map(|p| p.iter().map(|&(_, c)| c).collect()).collect()
    }

    #[test]
    fn markup_goes_and_references_stand_as_one_character() {
        assert_eq!(
            shown("Thực hiện **{kl01:dated}** (nhé)^[Xem [1].] và {{x}}\ndòng"),
            ["Thực hiện \u{FFFC} (nhé)", "Xem [1].", " và {x}", "dòng"]
        );
        assert_eq!(
            shown("2 * 3 = 6, ** và *a* b^[ghi *chú* 4 * 5]"),
            ["2 * 3 = 6, ** và a b", "ghi chú 4 * 5"]
        );
        let p = &paragraphs("a {b} c")[0];
        assert_eq!(p[2], (2, REF));
        assert_eq!(p[4], (6, 'c'));
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let p = &paragraphs("các các, 1,5 b/c")[0];
        let w: Vec<String> = words(p).into_iter().map(|w| text(p, w)).collect();
        assert_eq!(w, ["các", "các", "1", "5", "b", "c"]);
    }
}
