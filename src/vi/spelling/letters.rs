//! Vietnamese letters taken apart: the letter's shape (`ơ`, `â`, `đ` …) and
//! its tone mark, so that the syllable and tone-placement checks reason
//! about shapes and tones separately. Pure functions, no allocation per
//! letter.

use unicode_normalization::char::{compose, decompose_canonical};

/// The six tones (*thanh*), by the mark written over or under the vowel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    /// *ngang*: no mark.
    Level,
    /// *huyền*: `à`.
    Grave,
    /// *sắc*: `á`.
    Acute,
    /// *hỏi*: `ả`.
    Hook,
    /// *ngã*: `ã`.
    Tilde,
    /// *nặng*: `ạ`.
    Dot,
}

impl Tone {
    /// The combining mark of the tone; `None` for the level tone.
    fn mark(self) -> Option<char> {
        match self {
            Self::Level => None,
            Self::Grave => Some('\u{300}'),
            Self::Acute => Some('\u{301}'),
            Self::Hook => Some('\u{309}'),
            Self::Tilde => Some('\u{303}'),
            Self::Dot => Some('\u{323}'),
        }
    }

    fn from_mark(mark: char) -> Option<Self> {
        Some(match mark {
            '\u{300}' => Self::Grave,
            '\u{301}' => Self::Acute,
            '\u{309}' => Self::Hook,
            '\u{303}' => Self::Tilde,
            '\u{323}' => Self::Dot,
            _ => return None,
        })
    }
}

/// One letter: its lower-case shape without tone, its tone, its case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Letter {
    /// `ơ` for `Ở`, `đ` for `Đ`, `a` for `á`.
    pub(crate) shape: char,
    /// The tone mark it carries.
    pub(crate) tone: Tone,
    /// Whether it was written upper case.
    pub(crate) upper: bool,
}

/// Whether `c` is a letter, as [`char::is_alphabetic`] answers, with the
/// Latin letters (ASCII, Latin-1, Latin Extended-A and -B, and Latin
/// Extended Additional, where `ạ` … `ỹ` live) answered without Unicode's
/// tables: the checks ask for every character of a plan.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' | '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is a letter or a digit, as [`char::is_alphanumeric`]
/// answers, fast for Latin letters ([`is_letter`]).
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        '0'..='9' => true,
        '\0'..='\u{7F}' | '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => is_letter(c),
        _ => c.is_alphanumeric(),
    }
}

/// Whether `c` is numeric, as [`char::is_numeric`] answers, with the Latin
/// letters ([`is_letter`]'s) answered without Unicode's tables.
pub(crate) fn is_number(c: char) -> bool {
    match c {
        '0'..='9' => true,
        '\0'..='\u{7F}' | '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => false,
        _ => c.is_numeric(),
    }
}

/// Takes `c` apart; `None` for a character that is not a Latin letter
/// (with Vietnamese marks or others).
pub(crate) fn letter(c: char) -> Option<Letter> {
    if !is_letter(c) {
        return None;
    }
    let upper = c.is_uppercase();
    let lower = if upper { c.to_lowercase().next()? } else { c };
    let mut base = None;
    let mut shape_marks = [None; 2];
    let mut tone = Tone::Level;
    let mut odd = false;
    decompose_canonical(lower, |d| {
        if base.is_none() {
            base = Some(d);
        } else if let Some(t) = Tone::from_mark(d) {
            if tone != Tone::Level {
                odd = true;
            }
            tone = t;
        } else if shape_marks[0].is_none() {
            shape_marks[0] = Some(d);
        } else {
            shape_marks[1] = Some(d);
        }
    });
    let mut shape = base?;
    if odd || shape_marks[1].is_some() {
        return Some(Letter { shape: lower, tone: Tone::Level, upper });
    }
    if let Some(mark) = shape_marks[0] {
        shape = compose(shape, mark).unwrap_or(lower);
    }
    Some(Letter { shape, tone, upper })
}

/// The character for `shape` with `tone`, upper case when `upper`:
/// `('ơ', Hook, true)` → `'Ở'`.
pub(crate) fn with_tone(shape: char, tone: Tone, upper: bool) -> char {
    let c = tone.mark().and_then(|m| toned(shape, m)).unwrap_or(shape);
    if upper { c.to_uppercase().next().unwrap_or(c) } else { c }
}

/// `shape` with the tone mark `mark`. Unicode writes the dot below
/// before the letter's own mark (ộ is ọ with a circumflex), so `ô` and
/// the dot do not compose as a pair: the base letter takes the dot first,
/// then its mark again.
fn toned(shape: char, mark: char) -> Option<char> {
    compose(shape, mark).or_else(|| {
        let (mut base, mut own) = (None, None);
        decompose_canonical(shape, |d| match base {
            None => base = Some(d),
            Some(_) => own = Some(d),
        });
        compose(compose(base?, mark)?, own?)
    })
}

/// Whether `shape` is a vowel letter (`vi::vowels`, the one test of them).
pub(crate) use crate::vi::vowels::is_vowel;

/// Whether `shape` is one of the vowels with a mark of its own (*â ă ê ô ơ
/// ư*), which take the tone before any plain vowel of the syllable.
pub(crate) fn is_hatted(shape: char) -> bool {
    matches!(shape, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư')
}

/// Moves the tone of `word` onto its letter number `to` (in characters):
/// `("hoà", 1)` → `"hòa"`. Letters keep their case.
pub(crate) fn move_tone(word: &str, to: usize) -> String {
    let letters: Vec<Option<Letter>> = word.chars().map(letter).collect();
    let tone = letters.iter().flatten().map(|l| l.tone).find(|t| *t != Tone::Level);
    let Some(tone) = tone else { return word.to_owned() };
    word.chars()
        .zip(&letters)
        .enumerate()
        .map(|(i, (c, l))| match l {
            Some(l) if i == to => with_tone(l.shape, tone, l.upper),
            Some(l) if l.tone != Tone::Level => with_tone(l.shape, Tone::Level, l.upper),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_answers_are_unicodes() {
        let beyond = ['\u{FF21}', '\u{1D400}', '\u{10FFFF}', '\u{1D7CE}', '\u{10107}'];
        for c in ('\0'..='\u{2FFF}').chain(beyond) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_number(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn letters_split_into_shape_and_tone() {
        let l = letter('Ở').unwrap();
        assert_eq!((l.shape, l.tone, l.upper), ('ơ', Tone::Hook, true));
        let l = letter('ậ').unwrap();
        assert_eq!((l.shape, l.tone), ('â', Tone::Dot));
        assert_eq!(letter('Đ').unwrap().shape, 'đ');
        assert_eq!(letter('y').unwrap().tone, Tone::Level);
        assert!(letter('1').is_none());
    }

    #[test]
    fn tones_move_and_keep_case() {
        assert_eq!(move_tone("hoà", 1), "hòa");
        assert_eq!(move_tone("THỦY", 3), "THUỶ");
        assert_eq!(move_tone("nghiã", 3), "nghĩa");
        assert_eq!(with_tone('ư', Tone::Tilde, false), 'ữ');
    }

    /// The dot below goes under a letter with a mark of its own: "Hôị"
    /// is "Hội", not "Hôi" with its tone lost.
    #[test]
    fn the_dot_below_keeps_the_letters_own_mark() {
        for (shape, toned) in
            [('ô', 'ộ'), ('â', 'ậ'), ('ă', 'ặ'), ('ê', 'ệ'), ('ơ', 'ợ'), ('ư', 'ự')]
        {
            assert_eq!(with_tone(shape, Tone::Dot, false), toned, "{shape}");
        }
        assert_eq!(with_tone('ê', Tone::Dot, true), 'Ệ');
        assert_eq!(move_tone("Hôị", 1), "Hội");
        assert_eq!(move_tone("nguyêṇ", 4), "nguyện");
        for c in "aăâeêioôơuưy".chars() {
            for tone in [Tone::Acute, Tone::Grave, Tone::Hook, Tone::Tilde, Tone::Dot] {
                let l = letter(with_tone(c, tone, false)).unwrap();
                assert_eq!((l.shape, l.tone), (c, tone), "{c} {tone:?}");
            }
        }
    }
}
