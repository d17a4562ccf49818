//! The word checks: `common_misspelling` (the list of `misspellings.txt`),
//! `invalid_syllable` (a word no Vietnamese syllable can be, loanwords and
//! the plan's `words` skipped) and `mixed_tone_marks` (a word placed the
//! minority's way, or against `spelling`).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::prose::{self, Para, REF, Word};
use super::{Found, error, is_full, locate, misspell, nowhere, range, tone};
use crate::diag::Diagnostics;
use crate::model::{Plan, Spelling};
use crate::source::Sources;
use crate::vi::spelling::{letters, syllable};

/// Words in common use in official writing that are not Vietnamese
/// syllables, skipped by the syllable check in every plan (lower case).
const LOANWORDS: [&str; 38] = [
    "internet",
    "email",
    "website",
    "web",
    "online",
    "offline",
    "livestream",
    "hotline",
    "wifi",
    "video",
    "audio",
    "radio",
    "tivi",
    "camera",
    "clip",
    "photo",
    "fax",
    "file",
    "link",
    "logo",
    "pano",
    "game",
    "karaoke",
    "container",
    "test",
    "kit",
    "virus",
    "vaccine",
    "covid",
    "gen",
    "oxy",
    "gas",
    "km",
    "kg",
    "cm",
    "mm",
    "ml",
    "kwh",
];

/// Foreign names that Party and state documents write in Vietnamese
/// spelling but that no Vietnamese syllable can be: "chủ nghĩa Mác -
/// Lênin" (in almost every Party plan), "Ph. Ăngghen", and the countries
/// and capitals of the region as official texts write them. Skipped by the
/// syllable check in every plan (lower case).
const FOREIGN_NAMES: [&str; 12] = [
    "lênin",
    "ăngghen",
    "campuchia",
    "cuba",
    "xingapo",
    "malaixia",
    "inđônêxia",
    "mianma",
    "ôxtrâylia",
    "braxin",
    "mátxcơva",
    "phnôm",
];

/// Syllables of place names from the languages of the Central Highlands,
/// as the official names of provinces, districts and communes write them
/// (Đắk Lắk, Kon Tum, Gia Lai's Pleiku and Ia Grai, Krông Búk, Ea Súp,
/// Cư Jút, Đắk Mil, Đăk Glei, Chư Prông, Kon Plông, Mang Yang, Ea Kar,
/// Cư M'gar, Đắk Glong, Ayun Pa, Chư Păh, Đạ Huoai, Đạ Tẻh, Chư Pưh, Krông
/// Ana, Cư Kuin, Kông Chro, Đakrông, and Bắc Kạn in the north), and the
/// official names of the peoples that write theirs so (Khmer, Mnông, Hrê,
/// Xtiêng, Raglai, Brâu): not Vietnamese syllables ("k" at the end, "kr",
/// "pl", "k" before "o" or "a"), but no typing mistake either; skipped by the
/// syllable check in every plan (lower case). Short syllables that are
/// also common slips ("kông" for "công", "ka", "ko") are not among them:
/// other names are the plan's to list in `words`.
const PLACE_SYLLABLES: [&str; 39] = [
    "đắk",
    "đăk",
    "đak",
    "lắk",
    "lăk",
    "kon",
    "krông",
    "búk",
    "ea",
    "jút",
    "mil",
    "glei",
    "glong",
    "pleiku",
    "plei",
    "kbang",
    "grai",
    "rlấp",
    "prông",
    "plông",
    "yang",
    "kar",
    "mgar",
    "ayun",
    "păh",
    "huoai",
    "tẻh",
    "pưh",
    "ana",
    "kuin",
    "chro",
    "đakrông",
    "kạn",
    "khmer",
    "mnông",
    "hrê",
    "xtiêng",
    "raglai",
    "brâu",
];

/// The words every plan's syllable check skips, lower case: the
/// loanwords, the foreign names and the place syllables above.
pub(super) fn built_in_words() -> HashSet<String> {
    LOANWORDS
        .iter()
        .chain(&FOREIGN_NAMES)
        .chain(&PLACE_SYLLABLES)
        .map(|w| (*w).to_owned())
        .collect()
}

/// Abbreviations without a vowel that official texts write without a full
/// stop: "Tp Bắc Giang", "Tx Sơn Tây", "250 trđ", "Nxb Chính trị", "tr 5",
/// "ThS", "100 Mbps" (lower case). A word without a vowel that is not
/// among them is checked: "khng", "cng" are slips.
const ABBREVIATIONS: [&str; 14] = [
    "tp", "tx", "tt", "nxb", "trđ", "tr", "ths", "ts", "pgs", "gs", "bs", "ks", "mbps",
    "kbps",
];

/// A word whose tone placement the plan must keep to.
pub(super) struct ToneUse {
    pub(super) text: usize,
    pub(super) range: Range<usize>,
    pub(super) word: String,
    pub(super) fix: String,
    pub(super) placement: Spelling,
}

/// The word lists [`check_words`] reads and fills.
pub(super) struct WordChecks<'a> {
    /// `words` and the loanwords, lower case.
    pub(super) allowed: &'a HashSet<String>,
    /// Words judged so far, shared with the other checks of the plan.
    pub(super) syllables: &'a mut syllable::Judged,
}

/// Misspellings, impossible syllables and tone placement, word by word.
/// The pieces of a web or mail address (`in_address`, one flag per
/// character of `para`) are not Vietnamese words.
pub(super) fn check_words(
    para: &Para,
    list: &[Word],
    in_address: &[bool],
    seen: WordChecks<'_>,
    text: usize,
    found: &mut Vec<Found>,
    tones: &mut Vec<ToneUse>,
) {
    let shown: Vec<String> = list.iter().map(|w| prose::text(para, *w)).collect();
    let lower: Vec<String> = shown.iter().map(|w| w.to_lowercase()).collect();
    let joined: Vec<bool> = (0..list.len())
        .map(|k| {
            k > 0 && para[list[k - 1].end..list[k].start].iter().all(|&(_, c)| c == ' ')
        })
        .collect();
    let misspellings = misspell::list();
    for (k, &word) in list.iter().enumerate() {
        if is_full(found) {
            return;
        }
        if in_address.get(word.start).copied().unwrap_or(false) {
            continue;
        }
        let before = k.checked_sub(1).filter(|_| joined[k]).map(|b| lower[b].as_str());
        if let Some(entry) = misspellings.find(before, &lower[k..], &joined[k..]) {
            let last = list[k + entry.wrong.len() - 1];
            let typed: String =
                para[word.start..last.end].iter().map(|&(_, c)| c).collect();
            found.push(Found {
                range: range(para, word.start, last.end),
                diagnostic: error::common_misspelling(nowhere(), &typed, entry.right),
            });
        }
        let shown = &shown[k];
        if let Some((placement, fix)) = tone::placement(shown) {
            tones.push(ToneUse {
                text,
                range: range(para, word.start, word.end),
                word: shown.clone(),
                fix,
                placement,
            });
        }
        if skips_syllable_check(para, word, shown, &lower[k], seen.allowed)
            || in_hyphenated_word(para, list, &lower, k, seen.allowed)
        {
            continue;
        }
        if let Err(problem) = seen.syllables.check(shown) {
            found.push(Found {
                range: range(para, word.start, word.end),
                diagnostic: error::invalid_syllable(
                    nowhere(),
                    shown,
                    &problem.reason,
                    problem.fix.as_deref(),
                ),
            });
        }
    }
}

/// Whether word `k` of `list` is half of a hyphenated word that is skipped
/// whole: "E-mail", "Wi-Fi" (`email`, `wifi`), or one the plan lists in
/// `words` with or without its hyphen.
fn in_hyphenated_word(
    para: &Para,
    list: &[Word],
    lower: &[String],
    k: usize,
    allowed: &HashSet<String>,
) -> bool {
    let hyphen_between = |a: usize| {
        list.get(a + 1).is_some_and(|next| {
            next.start == list[a].end + 1
                && para.get(list[a].end).is_some_and(|&(_, c)| c == '-')
        })
    };
    let whole = |a: usize| {
        let (first, second) = (&lower[a], &lower[a + 1]);
        allowed.contains(&format!("{first}{second}"))
            || allowed.contains(&format!("{first}-{second}"))
    };
    (hyphen_between(k) && whole(k))
        || k.checked_sub(1).is_some_and(|a| hyphen_between(a) && whole(a))
}

/// Whether `lower` is a Roman numeral in lower case, as list labels write
/// them: "ii", "iv", "viii", "xii" (up to 39, as `vi::words::roman`
/// writes them).
fn is_lower_roman(lower: &str) -> bool {
    lower.len() <= 6
        && (1..40).any(|n| crate::vi::words::roman(n).to_lowercase() == lower)
}

/// Whether `c` is a letter of the Latin script, as Vietnamese is written.
fn is_latin(c: char) -> bool {
    c <= '\u{24F}' || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Whether `shown` carries a tone mark (sắc, huyền, hỏi, ngã, nặng).
fn has_tone_mark(shown: &str) -> bool {
    shown.chars().filter_map(letters::letter).any(|l| l.tone != letters::Tone::Level)
}

/// Whether the syllable check leaves `word` alone: a number or a word with
/// a digit, one letter, an abbreviation (capitals inside, "b/c", "đ/c",
/// "km/h": a word of three letters at most next to `/`, "v.v",
/// "Tp.", or one of [`ABBREVIATIONS`]: "Tp", "trđ", "Nxb"), a Roman
/// numeral in lower case as a label ("(ii)", "iv)"), a word wholly of
/// another script (one Cyrillic "о" in "cоng" is checked), part of an
/// address, or listed in `words`. A word written all in capitals is left
/// alone too ("HĐND", "TTATGT", "XIV") unless it carries a tone mark, which
/// no abbreviation has: "XÂY DỰG" in a heading is checked.
fn skips_syllable_check(
    para: &Para,
    word: Word,
    shown: &str,
    lower: &str,
    allowed_words: &HashSet<String>,
) -> bool {
    let char_at = |i: usize| para.get(i).map(|&(_, c)| c);
    let before = word.start.checked_sub(1).and_then(char_at);
    let before2 = word.start.checked_sub(2).and_then(char_at);
    let after = char_at(word.end);
    let after2 = char_at(word.end + 1);
    let all_capitals = shown.chars().all(char::is_uppercase);
    shown.chars().count() < 2
        || shown.chars().any(letters::is_number)
        // Another script ("ភាសាខ្មែរ", "中文"): no Vietnamese word; a
        // letter the font lacks is `missing_glyph`'s to report.
        || shown.chars().all(|c| !c.is_alphabetic() || !is_latin(c))
        || shown.chars().skip(1).any(char::is_uppercase)
            && !(all_capitals && has_tone_mark(shown))
        || allowed_words.contains(lower)
        || ABBREVIATIONS.contains(&lower)
        || is_lower_roman(lower) && (before == Some('(') || after == Some(')'))
        || (before == Some('/') || after == Some('/')) && shown.chars().count() <= 3
        || matches!(before, Some('@' | '.' | '\'' | '’' | '_' | REF))
            && before2.is_some_and(|c| !c.is_whitespace())
        || after == Some('.')
            && (after2.is_some_and(char::is_alphabetic)
                || !crate::vi::vowels::has_vowel(lower))
        || matches!(after, Some('@' | '\'' | '’' | '_'))
        || matches!(after2, Some('/')) && after == Some(':')
}

/// Reports the words placed the minority's way, or against `spelling`.
pub(super) fn report_tones(
    plan: &Plan,
    sources: &Sources,
    tones: Vec<ToneUse>,
    diags: &mut Diagnostics,
) {
    let old = tones.iter().filter(|t| t.placement == Spelling::Old).count();
    let new = tones.len() - old;
    let (keep, chosen) = match &plan.proofing.spelling {
        Some(s) => (s.value, true),
        None if old == 0 || new == 0 => return,
        // A tie goes to the placement met first.
        None if old == new => (tones[0].placement, false),
        None => (if old > new { Spelling::Old } else { Spelling::New }, false),
    };
    let others = if keep == Spelling::Old { old } else { new };
    let mut maps: HashMap<usize, locate::Map> = HashMap::new();
    for t in tones.into_iter().filter(|t| t.placement != keep) {
        if diags.is_full() {
            break;
        }
        let text = &plan.texts[t.text];
        let map = maps.entry(t.text).or_insert_with(|| {
            locate::Map::new(&text.value, sources.slice(text.span), text.span)
        });
        let span = map.span(&text.value, t.range);
        diags.push(error::mixed_tone_marks(
            span,
            &t.word,
            &t.fix,
            t.placement,
            chosen,
            others,
        ));
    }
}
