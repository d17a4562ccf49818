//! Whether a word can be one Vietnamese syllable, by the structure every
//! syllable has: onset (*âm đầu*), medial glide (*âm đệm*, `o`/`u`), nucleus
//! (*âm chính*), coda (*âm cuối*) and tone (*thanh*), with the spelling
//! rules of the written language. No dictionary: a word that fits the
//! structure passes even if no one uses it; one that cannot fit is a typo
//! or a foreign word ("truờng", "nghiã", "ngiêm", "hàt").
//!
//! The rules (`plan-format.md`, "Syllables (`invalid_syllable`)"):
//! - onsets: b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x,
//!   or none; `k`, `gh`, `ngh` only before i, e, ê, y and `c`, `g`, `ng`
//!   never before them;
//! - the rhyme (glide, nucleus and coda) is one of the written rhymes in
//!   [`RHYMES`] and [`CLOSED`];
//! - the tone mark sits on the nucleus: on the vowel with a mark of its own
//!   (â ă ê ô ơ ư; the last one in ươ), else on the last vowel when a
//!   consonant ends the syllable, else on the first (`ai`, `ia`, `ua` …);
//!   `oa`, `oe`, `uy` with nothing after take it on either vowel (old and new
//!   placement), `oai`, `oay`, `oeo`, `uya`, `uyu` on the second;
//! - a syllable ending in p, t, c or ch has the sắc or the nặng tone.

use std::collections::HashMap;

use super::letters::{Letter, Tone, is_hatted, is_vowel, letter, move_tone, with_tone};

/// Why a word is not a syllable, and the word it may have meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    /// Shown at the word: "dấu thanh đặt sai chỗ".
    pub(crate) reason: String,
    /// The word corrected, when one fix is clear: "nghĩa".
    pub(crate) fix: Option<String>,
}

const ONSETS: [&str; 27] = [
    "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
    "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
];

/// Rhymes with no final consonant, as written (tone left out).
const RHYMES: [&str; 44] = [
    "a", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu", "iêu", "yêu",
    "uôi", "ươi", "ươu", "oa", "oe", "uy", "uê", "uơ", "oai", "oay", "oeo", "uây", "uya",
    "uyu",
];

/// Nuclei (with their glide) and the final consonants each takes.
const CLOSED: [(&str, &[&str]); 23] = [
    ("a", &["c", "ch", "m", "n", "ng", "nh", "p", "t"]),
    ("ă", &["c", "m", "n", "ng", "p", "t"]),
    ("â", &["c", "m", "n", "ng", "p", "t"]),
    ("e", &["c", "m", "n", "ng", "p", "t"]),
    ("ê", &["ch", "m", "n", "nh", "p", "t"]),
    ("i", &["ch", "m", "n", "nh", "p", "t"]),
    ("o", &["c", "m", "n", "ng", "p", "t"]),
    ("ô", &["c", "m", "n", "ng", "p", "t"]),
    ("ơ", &["m", "n", "p", "t"]),
    ("u", &["c", "m", "n", "ng", "p", "t"]),
    ("ư", &["c", "ng", "t"]),
    ("iê", &["c", "m", "n", "ng", "p", "t"]),
    ("yê", &["m", "n", "ng", "t"]),
    ("uô", &["c", "m", "n", "ng", "t"]),
    ("ươ", &["c", "m", "n", "ng", "p", "t"]),
    ("oa", &["c", "ch", "m", "n", "ng", "nh", "p", "t"]),
    ("oă", &["c", "m", "n", "ng", "t"]),
    ("oe", &["n", "t"]),
    ("uâ", &["n", "ng", "t"]),
    ("uê", &["ch", "n", "nh", "t"]),
    ("uy", &["ch", "n", "nh", "p", "t"]),
    ("uyê", &["n", "t"]),
    ("oo", &["c", "ng"]),
];

fn problem(reason: impl Into<String>, fix: Option<String>) -> Problem {
    Problem { reason: reason.into(), fix }
}

/// Whether the rhyme starting with `first` begins with a front vowel
/// (i, e, ê, y): `k`, `gh`, `ngh` go only before those.
fn is_front(first: char) -> bool {
    matches!(first, 'i' | 'e' | 'ê' | 'y')
}

/// What [`check`] found for each word asked about so far, kept: a plan
/// repeats a few hundred words, and the text checks ask about most of them
/// in every text (the word checks, and the search for text typed in TCVN3
/// or VNI). One is shared by all the checks of a plan. Bounded: past
/// [`Judged::MOST`] words a new one is checked and not kept, so hostile
/// input cannot fill memory with them.
#[derive(Debug, Default)]
pub(crate) struct Judged(HashMap<String, Result<(), Problem>>);

impl Judged {
    /// The most words kept.
    const MOST: usize = 1 << 16;

    /// [`check`], worked out once per word.
    pub(crate) fn check(&mut self, word: &str) -> Result<(), Problem> {
        if let Some(judged) = self.0.get(word) {
            return judged.clone();
        }
        let judged = check(word);
        if self.0.len() < Self::MOST {
            self.0.insert(word.to_owned(), judged.clone());
        }
        judged
    }
}

/// Checks `word`, all letters (the caller skips numbers and abbreviations).
pub(crate) fn check(word: &str) -> Result<(), Problem> {
    let letters: Option<Vec<Letter>> = word.chars().map(letter).collect();
    let Some(letters) = letters else {
        return Err(problem("có ký tự không phải chữ cái", None));
    };
    if word.contains(['ð', 'Ð']) {
        // The Icelandic eth, which old fonts' conversions and some
        // keyboards put for the đ: it looks the same and is another letter.
        let fix = word.replace('ð', "đ").replace('Ð', "Đ");
        return Err(problem(
            "đây là chữ “Ð” (eth, U+00D0), không phải chữ “Đ”",
            check(&fix).is_ok().then_some(fix),
        ));
    }
    for l in &letters {
        if !(l.shape.is_ascii_lowercase() || is_vowel(l.shape) || l.shape == 'đ')
            || matches!(l.shape, 'f' | 'j' | 'w' | 'z')
        {
            let shown = with_tone(l.shape, l.tone, false);
            return Err(problem(format!("tiếng Việt không có chữ “{shown}”"), None));
        }
    }
    if letters.iter().filter(|l| l.tone != Tone::Level).count() > 1 {
        return Err(problem("có hai dấu thanh", None));
    }
    let shapes: String = letters.iter().map(|l| l.shape).collect();
    let tone_at = letters.iter().position(|l| l.tone != Tone::Level);
    let tone = tone_at.map_or(Tone::Level, |i| letters[i].tone);

    // The onset: the consonants before the first vowel, or `qu`, or `gi`.
    let first_vowel = letters.iter().position(|l| is_vowel(l.shape));
    let Some(first_vowel) = first_vowel else {
        return Err(problem("không có nguyên âm", None));
    };
    let mut onset_len = first_vowel;
    let onset_text: String = shapes.chars().take(first_vowel).collect();
    if onset_text == "q" && shapes.chars().nth(1) == Some('u') {
        onset_len = 2;
    }
    // "gi": before another vowel the i belongs to the onset ("gia", "giữ");
    // "gì", "gìn", "giếng" keep it as the nucleus.
    let mut rhyme: Vec<Letter> = letters[onset_len..].to_vec();
    let mut onset: String = shapes.chars().take(onset_len).collect();
    if onset == "g" && rhyme.first().is_some_and(|l| l.shape == 'i') {
        if rhyme.get(1).is_some_and(|l| is_vowel(l.shape) && l.shape != 'ê') {
            if rhyme[0].tone != Tone::Level {
                let fix = tone_moved_past(word, 2);
                return Err(problem("dấu thanh đặt trên chữ “i” của “gi”", fix));
            }
            rhyme.remove(0);
        }
        onset = "gi".to_owned();
    }
    if !onset.is_empty() && !ONSETS.contains(&onset.as_str()) {
        return Err(problem(format!("tiếng Việt không có âm đầu “{onset}”"), None));
    }
    let Some(first) = rhyme.first().map(|l| l.shape) else {
        return Err(problem("thiếu vần", None));
    };
    let spelled = |from: &str, to: &str| -> Option<String> {
        let rest: String = word.chars().skip(from.chars().count()).collect();
        let head: String = word.chars().take(from.chars().count()).collect();
        let upper = head.chars().next().is_some_and(char::is_uppercase);
        let mut to = to.to_owned();
        if upper {
            to = to[..1].to_uppercase() + &to[1..];
        }
        Some(to + &rest)
    };
    match onset.as_str() {
        "k" | "gh" | "ngh" if !is_front(first) => {
            let fix = match onset.as_str() {
                "k" => spelled("k", "c"),
                "gh" => spelled("gh", "g"),
                _ => spelled("ngh", "ng"),
            };
            return Err(problem(
                format!("“{onset}” chỉ đứng trước i, e, ê, y"),
                fix.filter(|f| check(f).is_ok()),
            ));
        }
        "c" | "g" | "ng" if is_front(first) => {
            let fix = match onset.as_str() {
                "c" => spelled("c", "k"),
                "g" => spelled("g", "gh"),
                _ => spelled("ng", "ngh"),
            };
            return Err(problem(
                format!("trước i, e, ê, y phải viết “{}”", rhyme_onset(&onset)),
                fix.filter(|f| check(f).is_ok()),
            ));
        }
        "qu" if matches!(first, 'u' | 'o') => {
            return Err(problem("sau “qu” không có vần này", None));
        }
        _ => {}
    }

    // The rhyme: vowels, then a final consonant.
    let vowels = rhyme.iter().take_while(|l| is_vowel(l.shape)).count();
    let nucleus: String = rhyme[..vowels].iter().map(|l| l.shape).collect();
    let coda: String = rhyme[vowels..].iter().map(|l| l.shape).collect();
    let known_rhyme = |nucleus: &str| {
        if coda.is_empty() {
            RHYMES.contains(&nucleus)
        } else {
            CLOSED
                .iter()
                .any(|(n, codas)| *n == nucleus && codas.contains(&coda.as_str()))
        }
    };
    // After "qu" the u is the glide, written into the onset: "quỳnh",
    // "quýt" have the rhyme "uynh", "uyt" of "huỳnh", "huýt".
    let known = known_rhyme(&nucleus)
        || (onset == "qu" && glided(&nucleus).is_some_and(|with| known_rhyme(&with)));
    if !known {
        return Err(problem(format!("tiếng Việt không có vần “{nucleus}{coda}”"), None));
    }
    if matches!(coda.as_str(), "p" | "t" | "c" | "ch")
        && !matches!(tone, Tone::Acute | Tone::Dot)
    {
        return Err(problem(
            format!("vần tận cùng bằng “{coda}” chỉ mang dấu sắc hoặc dấu nặng"),
            None,
        ));
    }
    // Where the tone may sit, in rhyme positions.
    let Some(at) = tone_at else { return Ok(()) };
    let Some(at) = at.checked_sub(letters.len() - rhyme.len()) else {
        let fix = tone_moved_past(word, letters.len() - rhyme.len());
        return Err(problem("dấu thanh đặt trên âm đầu", fix));
    };
    let slots = tone_slots(&nucleus, !coda.is_empty());
    if slots.contains(&at) {
        return Ok(());
    }
    let fix = move_tone(word, letters.len() - rhyme.len() + slots[0]);
    Err(problem("dấu thanh đặt sai chỗ", Some(fix)))
}

/// `word` with its tone moved onto the first letter from `from` on where
/// it makes a syllable: "qủa" → "quả", "gía" → "giá".
fn tone_moved_past(word: &str, from: usize) -> Option<String> {
    (from..word.chars().count())
        .map(|to| move_tone(word, to))
        .find(|moved| check(moved).is_ok())
}

/// `nucleus` with the glide (*âm đệm*) before it, as the rhyme is written
/// after an onset other than "qu": "y" → "uy", "a" → "oa", "ê" → "uê".
fn glided(nucleus: &str) -> Option<String> {
    let glide = match nucleus.chars().next()? {
        'a' | 'ă' | 'e' => 'o',
        'y' | 'â' | 'ê' => 'u',
        _ => return None,
    };
    Some(format!("{glide}{nucleus}"))
}

/// The spelling of `onset` before i, e, ê, y.
fn rhyme_onset(onset: &str) -> &'static str {
    match onset {
        "c" => "k",
        "g" => "gh",
        _ => "ngh",
    }
}

/// The positions (in the nucleus) that may carry the tone mark.
fn tone_slots(nucleus: &str, closed: bool) -> Vec<usize> {
    let shapes: Vec<char> = nucleus.chars().collect();
    if let Some(last_hat) = shapes.iter().rposition(|c| is_hatted(*c)) {
        return vec![last_hat];
    }
    if closed {
        return vec![shapes.len() - 1];
    }
    match nucleus {
        "oa" | "oe" | "uy" => vec![0, 1],
        "oai" | "oay" | "oeo" | "uya" | "uyu" => vec![1],
        _ => vec![0],
    }
}

#[cfg(test)]
mod tests {
    use super::{Judged, check};

    #[test]
    fn kept_judgements_are_checks() {
        let mut judged = Judged::default();
        for _ in 0..2 {
            for word in ["trường", "Hội", "truờng", "nghiã", "ngiêm", "hàt", "xyz"]
            {
                assert_eq!(judged.check(word), check(word), "{word}");
            }
        }
        assert_eq!(judged.0.len(), 7);
    }

    #[test]
    fn real_syllables_pass() {
        for word in [
            "trường",
            "nghĩa",
            "nghiêm",
            "gì",
            "gìn",
            "giữ",
            "giếng",
            "quốc",
            "quý",
            "quyền",
            "Quỳnh",
            "quýt",
            "quỵt",
            "quýnh",
            "quạch",
            "quanh",
            "quắt",
            "quét",
            "khuya",
            "khuỷu",
            "xoong",
            "thuở",
            "hòa",
            "hoà",
            "thủy",
            "thuỷ",
            "ngoài",
            "xoáy",
            "ngoẹo",
            "oanh",
            "yêu",
            "uyên",
            "ý",
            "kỹ",
            "kiểm",
            "ghi",
            "huynh",
            "chuyển",
            "được",
            "người",
            "Đảng",
            "ĐẢNG",
            "đôn",
            "đốc",
            "lấn",
            "chiếm",
            "khuếch",
            "thuế",
            "hoạch",
            "mạnh",
            "nhất",
            "cấp",
            "ủy",
            "uỷ",
            "xuân",
            "tuần",
            "khoắng",
            "loằng",
            "nước",
            "của",
            "mía",
            "cửa",
            "gửi",
            "cứu",
            "rượu",
            "buồm",
            "chuông",
            "nhà",
            "gia",
            "giá",
            "giặc",
            "giêng",
        ] {
            assert_eq!(check(word), Ok(()), "{word}");
        }
    }

    #[test]
    fn impossible_syllables_fail_with_a_reason() {
        for word in [
            "truờng",
            "nghiã",
            "ngiêm",
            "hàt",
            "kông",
            "ghà",
            "cinh",
            "Internet",
            "fan",
            "quuá",
            "quyng",
            "tiếgn",
            "nươc",
            "đượcc",
            "gìa",
        ] {
            assert!(check(word).is_err(), "{word}");
        }
        assert_eq!(check("nghiã").unwrap_err().fix.as_deref(), Some("nghĩa"));
        assert_eq!(check("ngiêm").unwrap_err().fix.as_deref(), Some("nghiêm"));
        assert_eq!(check("Kông").unwrap_err().fix.as_deref(), Some("Công"));
        assert_eq!(check("hòan").unwrap_err().fix.as_deref(), Some("hoàn"));
        // The eth looks like the đ and is taken for it.
        assert_eq!(check("Ðảng").unwrap_err().fix.as_deref(), Some("Đảng"));
        assert_eq!(check("ðược").unwrap_err().fix.as_deref(), Some("được"));
        // A tone on the u of "qu" or the i of "gi" goes to the vowel after.
        assert_eq!(check("qủa").unwrap_err().fix.as_deref(), Some("quả"));
        assert_eq!(check("Qúa").unwrap_err().fix.as_deref(), Some("Quá"));
        assert_eq!(check("gía").unwrap_err().fix.as_deref(), Some("giá"));
        assert_eq!(check("gìa").unwrap_err().fix.as_deref(), Some("già"));
    }
}
