//! The vowel letters, the one test of them: the proofreader's syllable and
//! tone checks (`vi::spelling::letters`) and the case of a body's name
//! (`name_case`: a word without a vowel is an abbreviation) ask here.

use unicode_normalization::UnicodeNormalization;

/// Whether `shape` (a lower-case letter without its tone mark: `ơ` for
/// `Ở`, `a` for `á`) is a vowel letter: *a ă â e ê i y o ô ơ u ư*.
pub(crate) fn is_vowel(shape: char) -> bool {
    matches!(shape, 'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'y' | 'o' | 'ô' | 'ơ' | 'u' | 'ư')
}

/// Whether `word` has a vowel letter, in either case and with any marks:
/// "XÃ", "Độ" have; "MTTQ", "HĐND", "THCS" have not.
pub(crate) fn has_vowel(word: &str) -> bool {
    word.nfd().flat_map(char::to_lowercase).any(is_vowel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_without_a_vowel_are_abbreviations() {
        for word in ["XÃ", "Độ", "ƯU", "ơn", "y", "Hà"] {
            assert!(has_vowel(word), "{word}");
        }
        for word in ["MTTQ", "HĐND", "THCS", "b/c", ""] {
            assert!(!has_vowel(word), "{word}");
        }
    }
}
