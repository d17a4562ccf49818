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

use std::ops::Range;

use super::syllable;

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
pub(super) fn read_as_tcvn3(text: &str) -> String {
    text.chars().map(|c| decode(c).unwrap_or(c)).collect()
}

/// Whether `word` is one Vietnamese syllable (any case).
fn is_syllable(word: &str) -> bool {
    syllable::check(&word.to_lowercase()).is_ok()
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
pub(super) fn first_tcvn3_word(text: &str) -> Option<Range<usize>> {
    // Most texts have no such code at all: nothing to split into words.
    if !text.chars().any(is_tcvn3_only) {
        return None;
    }
    let in_word = |c: char| c.is_alphabetic() || decode(c).is_some();
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, in_word(c)) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                start = None;
                let word = &text[from..at];
                if word.chars().count() >= 2
                    && word.chars().any(is_tcvn3_only)
                    && !is_syllable(word)
                    && is_syllable(&read_as_tcvn3(word))
                {
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
        let at = first_tcvn3_word(typed).expect("a TCVN3 word");
        assert_eq!(&typed[at], "Ch\u{AD}¬ng");
    }

    #[test]
    fn leaves_unicode_text_and_foreign_words_alone() {
        for text in [
            "Chương trình công tác tháng 5 của Đảng ủy phường Mỹ Độ",
            "Hội nghị với đoàn Müller, café và © 2024",
            "Ngày Quốc tế lao động 1/5; ký hiệu §3",
        ] {
            assert_eq!(first_tcvn3_word(text), None, "{text}");
        }
    }
}
