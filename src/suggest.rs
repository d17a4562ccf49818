//! "Did you mean …?": the nearest of a set of names, for unknown keys,
//! values outside a closed set and unknown references alike.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Names longer than this many bytes get no suggestion: no key or id is
/// that long, and comparing a very long name with thousands of candidates
/// would take seconds.
pub(crate) const MAX_NAME: usize = 64;

/// The least Jaro-Winkler similarity of a likely typo.
const MIN_SIMILARITY: f64 = 0.8;

/// The candidate closest to `input`, if close enough to be a likely typo.
///
/// Names are compared without case, diacritics (`chương` → `chuong`, `đ` →
/// `d`) or the difference between `_` and `-`: a candidate equal to `input`
/// that way wins, otherwise the one of highest Jaro-Winkler similarity, at
/// least 0.8 (the last of equals).
///
/// `nearest("sigener", ["signer", "sections"])` is `Some("signer")`;
/// `nearest("Chương_trình", ["chuong-trinh"])` is `Some("chuong-trinh")`.
pub(crate) fn nearest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if input.len() > MAX_NAME {
        return None;
    }
    let input = fold(input);
    if input.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates.into_iter().filter(|c| c.len() <= MAX_NAME) {
        let folded = fold(candidate);
        if folded == input {
            return Some(candidate);
        }
        let score = strsim::jaro_winkler(&input, &folded);
        if score >= MIN_SIMILARITY && best.is_none_or(|(top, _)| score >= top) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Lower case, no diacritics, `_` as `-`.
fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            '_' => '-',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::{MAX_NAME, nearest};

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(nearest("sigener", ["signer", "sections"]), Some("signer"));
        assert_eq!(nearest("kl1", ["kl01", "ct05"]), Some("kl01"));
        assert_eq!(nearest("zzz", ["signer", "sections"]), None);
        assert_eq!(nearest("", ["signer"]), None);
        let long = "k".repeat(MAX_NAME + 1);
        assert_eq!(nearest(&long, ["k", long.as_str()]), None);
    }

    #[test]
    fn ignores_case_diacritics_and_underscores() {
        assert_eq!(
            nearest("chuong_trinh", ["chuong-trinh", "ke-hoach"]),
            Some("chuong-trinh")
        );
        assert_eq!(
            nearest("Chương-trình", ["chuong-trinh", "ke-hoach"]),
            Some("chuong-trinh")
        );
        assert_eq!(nearest("Đảng", ["dang", "nha-nuoc"]), Some("dang"));
        assert_eq!(nearest("SIGNER", ["sections", "signer"]), Some("signer"));
    }

    #[test]
    fn an_equal_name_wins_over_a_closer_spelling() {
        // "ke_hoach" folds to "ke-hoach" exactly, though "ke-hoach2" would
        // score too.
        assert_eq!(nearest("ke_hoach", ["ke-hoach2", "ke-hoach"]), Some("ke-hoach"));
    }
}
