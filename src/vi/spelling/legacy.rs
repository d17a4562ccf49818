//! Text typed in the legacy TCVN3 (ABC) encoding, the one of the `.Vn…`
//! fonts (`.VnTime`), and pasted into a UTF-8 file: each of its bytes shows
//! as the Latin-1 letter of that byte, "Ch­¬ng tr×nh" for "Chương trình".
//! The file is valid UTF-8, so only the words tell: a word that is not a
//! Vietnamese syllable but becomes one read as TCVN3 ("nh©n" → "nhân").
//! Such a text would print as the clerk sees it, letters no reader
//! understands; it is an error (`plan::legacy_encoding`), with the text
//! read as TCVN3 in the help.
//!
//! Only the lower-case letters and the capitals Ă Â Đ Ê Ô Ơ Ư of the
//! `.VnTime` fonts are read (TCVN 5712:1993, VN3): the capital letters with
//! a tone are in the `.VnTimeH` fonts, at the codes of the lower-case ones.
//!
//! Text typed with the VNI fonts (`VNI-Times`) and pasted the same way is
//! read too: VNI writes most letters as a plain letter then a mark
//! ("Coâng taùc" for "Công tác": "o" then "â" for "ô", "a" then "ù" for
//! "á"), and ơ, ư, đ and the i's and ỵ as letters of their own ("ô", "ö",
//! "ñ"). The same error names VNI, with the text read as VNI in the help.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

use super::letters;
use super::syllable::{self, Judged};

/// TCVN3 (VN3) codes, as the Latin-1 letters they show as, and their letter.
const TCVN3: [(char, char); 74] = [
    ('µ', 'à'),
    ('¸', 'á'),
    ('¶', 'ả'),
    ('·', 'ã'),
    ('¹', 'ạ'),
    ('¨', 'ă'),
    ('»', 'ằ'),
    ('¾', 'ắ'),
    ('¼', 'ẳ'),
    ('½', 'ẵ'),
    ('Æ', 'ặ'),
    ('©', 'â'),
    ('Ç', 'ầ'),
    ('Ê', 'ấ'),
    ('È', 'ẩ'),
    ('É', 'ẫ'),
    ('Ë', 'ậ'),
    ('®', 'đ'),
    ('Ì', 'è'),
    ('Ð', 'é'),
    ('Î', 'ẻ'),
    ('Ï', 'ẽ'),
    ('Ñ', 'ẹ'),
    ('ª', 'ê'),
    ('Ò', 'ề'),
    ('Õ', 'ế'),
    ('Ó', 'ể'),
    ('Ô', 'ễ'),
    ('Ö', 'ệ'),
    ('×', 'ì'),
    ('Ý', 'í'),
    ('Ø', 'ỉ'),
    ('Ü', 'ĩ'),
    ('Þ', 'ị'),
    ('ß', 'ò'),
    ('ã', 'ó'),
    ('á', 'ỏ'),
    ('â', 'õ'),
    ('ä', 'ọ'),
    ('«', 'ô'),
    ('å', 'ồ'),
    ('è', 'ố'),
    ('æ', 'ổ'),
    ('ç', 'ỗ'),
    ('é', 'ộ'),
    ('¬', 'ơ'),
    ('ê', 'ờ'),
    ('í', 'ớ'),
    ('ë', 'ở'),
    ('ì', 'ỡ'),
    ('î', 'ợ'),
    ('ï', 'ù'),
    ('ó', 'ú'),
    ('ñ', 'ủ'),
    ('ò', 'ũ'),
    ('ô', 'ụ'),
    ('\u{AD}', 'ư'),
    ('õ', 'ừ'),
    ('ø', 'ứ'),
    ('ö', 'ử'),
    ('÷', 'ữ'),
    ('ù', 'ự'),
    ('ú', 'ỳ'),
    ('ý', 'ý'),
    ('û', 'ỷ'),
    ('ü', 'ỹ'),
    ('þ', 'ỵ'),
    ('¡', 'Ă'),
    ('¢', 'Â'),
    ('§', 'Đ'),
    ('£', 'Ê'),
    ('¤', 'Ô'),
    ('¥', 'Ơ'),
    ('¦', 'Ư'),
];

/// The letter the TCVN3 code shown as `c` stands for. Every code is in
/// U+00A1..=U+00FE: any other character is passed over at once.
fn decode(c: char) -> Option<char> {
    if !('\u{A1}'..='\u{FE}').contains(&c) {
        return None;
    }
    TCVN3.iter().find(|&&(code, _)| code == c).map(|&(_, letter)| letter)
}

/// `text` read as TCVN3: each code replaced by its letter.
pub(crate) fn read_as_tcvn3(text: &str) -> String {
    text.chars().map(|c| decode(c).unwrap_or(c)).collect()
}

/// The legacy encoding a text was typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Legacy {
    /// TCVN3 (ABC), the `.Vn…` fonts.
    Tcvn3,
    /// VNI, the `VNI-…` fonts.
    Vni,
}

impl Legacy {
    /// The encoding's name as messages give it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Tcvn3 => "TCVN3 (ABC)",
            Self::Vni => "VNI",
        }
    }

    /// `text` read in this encoding.
    pub(crate) fn read(self, text: &str) -> String {
        match self {
            Self::Tcvn3 => read_as_tcvn3(text),
            Self::Vni => read_as_vni(text),
        }
    }
}

/// The first word of `text` typed in a legacy encoding, and the encoding
/// ([`first_tcvn3_word`], [`first_vni_word`]). A few codes are letters in
/// both ("cuûa", VNI "của", reads as a syllable in TCVN3 too): when both
/// find a word, the encoding that makes syllables of more of the text's
/// words wins, TCVN3 on a tie.
///
/// The words judged are kept in `judged`, which the text checks share
/// between all the texts of a plan.
pub(crate) fn first_legacy_word(
    text: &str,
    judged: &mut Judged,
) -> Option<(Range<usize>, Legacy)> {
    let tcvn3 = first_tcvn3_word(text, judged);
    match (tcvn3, first_vni_word(text, judged)) {
        (Some(t), Some(v)) => {
            if readable_words(text, Legacy::Vni) > readable_words(text, Legacy::Tcvn3) {
                Some((v, Legacy::Vni))
            } else {
                Some((t, Legacy::Tcvn3))
            }
        }
        (Some(t), None) => Some((t, Legacy::Tcvn3)),
        (None, v) => v.map(|v| (v, Legacy::Vni)),
    }
}

/// How many words of `text` are no syllable as typed and one read in
/// `encoding`.
fn readable_words(text: &str, encoding: Legacy) -> usize {
    text.split(|c: char| !(c.is_alphabetic() || decode(c).is_some()))
        .filter(|w| w.chars().count() >= 2 && !is_syllable(w))
        .filter(|w| is_syllable(&encoding.read(w)))
        .count()
}

/// A file that is not UTF-8 and reads as Vietnamese in a legacy encoding:
/// saved from an editor set to TCVN3 or VNI, each letter one byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LegacyFile {
    /// The encoding's name as messages give it: "TCVN3 (ABC)", "VNI".
    pub(crate) encoding: &'static str,
    /// The line of the first byte that is not UTF-8, read in that encoding,
    /// spaces collapsed: "place: Phường Mỹ Độ".
    pub(crate) line: String,
}

/// Whether `bytes`, a file that is not UTF-8 whose first bad byte is at
/// `at` (counted after a byte-order mark, as `source::normalize` counts),
/// is Vietnamese saved in TCVN3 or VNI. The bytes that are not UTF-8 are
/// read as the Latin-1 letters they show as, the way [`first_legacy_word`]
/// sees text pasted into a UTF-8 file; the file is claimed only when at
/// least two of its words are no syllable as they stand but one read in
/// the encoding ("tr×nh" → "trình"), and they are at least half of the
/// words with such letters: a Latin-1 file of French or German words
/// ("café", "Müller") has none, and keeps the general message.
pub(crate) fn legacy_file(bytes: &[u8], at: usize) -> Option<LegacyFile> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 4);
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(chunk.invalid().iter().map(|&b| char::from(b)));
    }
    let (tcvn3, vni) =
        (readable_words(&text, Legacy::Tcvn3), readable_words(&text, Legacy::Vni));
    let (encoding, readable) =
        if vni > tcvn3 { (Legacy::Vni, vni) } else { (Legacy::Tcvn3, tcvn3) };
    let foreign = text
        .split(|c: char| !(c.is_alphabetic() || decode(c).is_some()))
        .filter(|w| !w.is_ascii() && !is_syllable(w))
        .count();
    if readable < 2 || 2 * readable < foreign {
        return None;
    }
    // Every byte before `at` is UTF-8: `at` is the same offset in `text`.
    let at = at.min(text.len());
    let start = text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |n| n + 1);
    let end = text.get(at..).and_then(|t| t.find('\n')).map_or(text.len(), |n| at + n);
    let read = encoding.read(text.get(start..end).unwrap_or(""));
    let line = read.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut shown: String = line.chars().take(60).collect();
    if shown.len() < line.len() {
        shown.push('…');
    }
    Some(LegacyFile { encoding: encoding.name(), line: shown })
}

/// The VNI letters of their own, as the Latin-1 letters they show as.
const VNI_LETTERS: [(char, char); 18] = [
    ('ô', 'ơ'),
    ('Ô', 'Ơ'),
    ('ö', 'ư'),
    ('Ö', 'Ư'),
    ('ñ', 'đ'),
    ('Ñ', 'Đ'),
    ('í', 'í'),
    ('Í', 'Í'),
    ('ì', 'ì'),
    ('Ì', 'Ì'),
    ('æ', 'ỉ'),
    ('Æ', 'Ỉ'),
    ('ó', 'ĩ'),
    ('Ó', 'Ĩ'),
    ('ò', 'ị'),
    ('Ò', 'Ị'),
    ('î', 'ỵ'),
    ('Î', 'Ỵ'),
];

/// Combining marks: the vowel's (circumflex, breve) and the tones.
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';
const ACUTE: char = '\u{301}';
const GRAVE: char = '\u{300}';
const HOOK: char = '\u{309}';
const TILDE: char = '\u{303}';
const DOT: char = '\u{323}';

/// The marks a VNI mark letter (typed after its vowel) stands for: its
/// vowel mark, if any, then its tone, if any. Lower and upper case alike.
fn vni_marks(c: char) -> Option<(Option<char>, Option<char>)> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'ù' => (None, Some(ACUTE)),
        'ø' => (None, Some(GRAVE)),
        'û' => (None, Some(HOOK)),
        'õ' => (None, Some(TILDE)),
        'ï' => (None, Some(DOT)),
        'â' => (Some(CIRCUMFLEX), None),
        'á' => (Some(CIRCUMFLEX), Some(ACUTE)),
        'à' => (Some(CIRCUMFLEX), Some(GRAVE)),
        'å' => (Some(CIRCUMFLEX), Some(HOOK)),
        'ã' => (Some(CIRCUMFLEX), Some(TILDE)),
        'ä' => (Some(CIRCUMFLEX), Some(DOT)),
        'ê' => (Some(BREVE), None),
        'é' => (Some(BREVE), Some(ACUTE)),
        'è' => (Some(BREVE), Some(GRAVE)),
        'ú' => (Some(BREVE), Some(HOOK)),
        'ü' => (Some(BREVE), Some(TILDE)),
        'ë' => (Some(BREVE), Some(DOT)),
        _ => return None,
    })
}

/// `text` read as VNI: each letter of its own replaced, each mark letter
/// put on the vowel before it (a circumflex on a, e, o; a breve on a; a
/// tone on any vowel); what is not VNI is left as it is.
pub(crate) fn read_as_vni(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The vowel the next mark may go on: its letter, and whether it has a
    // tone already.
    let mut vowel: Option<char> = None;
    for c in text.chars() {
        if let Some(&(_, letter)) = VNI_LETTERS.iter().find(|&&(code, _)| code == c) {
            out.push(letter);
            vowel = "ơƠưƯ".contains(letter).then_some(letter);
            continue;
        }
        let marks = vni_marks(c);
        if let (Some(v), Some((shape, tone))) = (vowel, marks) {
            let base = v.to_lowercase().next().unwrap_or(v);
            let fits = match shape {
                Some(CIRCUMFLEX) => "aeo".contains(base),
                Some(_) => base == 'a',
                None => "aeiouyơư".contains(base),
            };
            if fits {
                out.extend(shape);
                out.extend(tone);
                // A tone ends the vowel; a vowel mark alone leaves room for one.
                vowel = None;
                continue;
            }
        }
        out.push(c);
        vowel = "aeiouyAEIOUY".contains(c).then_some(c);
    }
    out.nfc().collect()
}

/// The byte range of the first word of `text` typed in VNI: one that is
/// not a syllable and is one read as VNI ("Coâng" → "Công").
pub(crate) fn first_vni_word(text: &str, judged: &mut Judged) -> Option<Range<usize>> {
    // A VNI word has a mark letter after a vowel, or a letter of its own.
    // Every VNI code is beyond ASCII: an ASCII letter is no candidate.
    let candidate = |c: char| {
        !c.is_ascii()
            && (vni_marks(c).is_some() || VNI_LETTERS.iter().any(|&(v, _)| v == c))
    };
    if !text.chars().any(candidate) {
        return None;
    }
    first_word(text, letters::is_letter, |word| {
        if word.chars().count() < 2
            || !word.chars().any(candidate)
            || is_syllable_judged(word, judged)
        {
            return false;
        }
        let read = read_as_vni(word);
        read != word && is_syllable_judged(&read, judged)
    })
}

/// Whether `word` is one Vietnamese syllable (any case).
fn is_syllable(word: &str) -> bool {
    syllable::check(&word.to_lowercase()).is_ok()
}

/// [`is_syllable`], with the words judged kept in `judged`.
fn is_syllable_judged(word: &str, judged: &mut Judged) -> bool {
    if word.chars().any(char::is_uppercase) {
        judged.check(&word.to_lowercase()).is_ok()
    } else {
        judged.check(word).is_ok()
    }
}

/// Whether `c` is a TCVN3 code that is no Vietnamese letter (`©`, `¸`,
/// `ü`): a TCVN3 word has one; the codes that are Vietnamese letters
/// (`à`, `á`, `ê` …) are in most Unicode words too.
fn is_tcvn3_only(c: char) -> bool {
    ('\u{A1}'..='\u{FE}').contains(&c)
        && !"àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".contains(c)
        && decode(c).is_some()
}

/// The byte range of the first word of `text` typed in TCVN3: one that is
/// not a syllable, has a TCVN3 code that is no Vietnamese letter in it,
/// and is a syllable read as TCVN3.
pub(crate) fn first_tcvn3_word(text: &str, judged: &mut Judged) -> Option<Range<usize>> {
    // Most texts have no such code at all: nothing to split into words.
    if !text.chars().any(is_tcvn3_only) {
        return None;
    }
    let in_word = |c: char| letters::is_letter(c) || decode(c).is_some();
    first_word(text, in_word, |word| {
        word.chars().count() >= 2
            && word.chars().any(is_tcvn3_only)
            && !is_syllable_judged(word, judged)
            && is_syllable_judged(&read_as_tcvn3(word), judged)
    })
}

/// The byte range of the first word of `text` that `typed` holds true of;
/// a word is a run of characters `in_word` accepts.
fn first_word(
    text: &str,
    in_word: impl Fn(char) -> bool,
    mut typed: impl FnMut(&str) -> bool,
) -> Option<Range<usize>> {
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, in_word(c)) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                start = None;
                if typed(&text[from..at]) {
                    return Some(from..at);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tcvn3_text_pasted_as_latin_1() {
        let typed = "Ch\u{AD}¬ng tr×nh c«ng t¸c th¸ng 5 cña §¶ng ñy ph\u{AD}êng Mü §é";
        assert_eq!(
            read_as_tcvn3(typed),
            "Chương trình công tác tháng 5 của Đảng ủy phường Mỹ Độ"
        );
        let at = first_tcvn3_word(typed, &mut Judged::default()).expect("a TCVN3 word");
        assert_eq!(&typed[at], "Ch\u{AD}¬ng");
        let (at, legacy) =
            first_legacy_word(typed, &mut Judged::default()).expect("a legacy word");
        assert_eq!((&typed[at], legacy), ("Ch\u{AD}¬ng", Legacy::Tcvn3));
    }

    #[test]
    fn reads_vni_text_pasted_as_latin_1() {
        let typed = "Chöông trình coâng taùc thaùng 5 cuûa Ñaûng uûy phöôøng Myõ Ñoä";
        assert_eq!(
            read_as_vni(typed),
            "Chương trình công tác tháng 5 của Đảng ủy phường Mỹ Độ"
        );
        assert_eq!(
            read_as_vni("xaây döïng, ñoaøn keát, hoïc taäp, caùn boä, naêm, ñaët"),
            "xây dựng, đoàn kết, học tập, cán bộ, năm, đặt"
        );
        assert_eq!(read_as_vni("COÂNG TAÙC XAÂY DÖÏNG ÑAÛNG"), "CÔNG TÁC XÂY DỰNG ĐẢNG");
        assert_eq!(
            read_as_vni("kyø hoïp, tæ leä, giaùo duïc"),
            "kỳ họp, tỉ lệ, giáo dục"
        );
        let (at, legacy) =
            first_legacy_word(typed, &mut Judged::default()).expect("a VNI word");
        assert_eq!((&typed[at], legacy), ("Chöông", Legacy::Vni));
        let at = first_vni_word("Công tác coâng taùc", &mut Judged::default())
            .expect("a VNI word");
        assert_eq!(at, "Công tác ".len().."Công tác coâng".len());
    }

    #[test]
    fn leaves_unicode_text_and_foreign_words_alone() {
        for text in [
            "Chương trình công tác tháng 5 của Đảng ủy phường Mỹ Độ",
            "Hội nghị với đoàn Müller, café, Noël và © 2024; hoà, hoá, thuỷ",
            "Ngày Quốc tế lao động 1/5; ký hiệu §3",
        ] {
            assert_eq!(first_vni_word(text, &mut Judged::default()), None, "{text}");
        }
    }

    #[test]
    fn leaves_unicode_text_and_foreign_words_alone_tcvn3() {
        for text in [
            "Chương trình công tác tháng 5 của Đảng ủy phường Mỹ Độ",
            "Hội nghị với đoàn Müller, café và © 2024",
            "Ngày Quốc tế lao động 1/5; ký hiệu §3",
        ] {
            assert_eq!(first_tcvn3_word(text, &mut Judged::default()), None, "{text}");
        }
    }
}
