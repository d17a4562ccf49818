//! Styled text: a [`Run`] is a stretch of text in one style, with its
//! footnote. Resolving a plan's texts produces runs; the view carries them
//! to the templates and the Word writer. It lives below both, so that
//! `resolve` does not depend on the view (the pipeline runs one way).

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// A stretch of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The characters, printed as they are.
    pub text: String,
    /// Bold.
    pub strong: bool,
    /// Italic.
    pub emph: bool,
    /// A footnote (`^[…]`): the note's text. The run prints the note's mark
    /// (a superscript number, counted through the document) and then its
    /// `text`, which is normally empty; `null` on every other run.
    pub footnote: Option<Vec<Run>>,
}

impl Run {
    /// Upright, regular text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self { text: text.into(), strong: false, emph: false, footnote: None }
    }

    /// Bold text.
    pub fn strong(text: impl Into<String>) -> Self {
        Self { text: text.into(), strong: true, emph: false, footnote: None }
    }

    /// Italic text.
    pub fn emph(text: impl Into<String>) -> Self {
        Self { text: text.into(), strong: false, emph: true, footnote: None }
    }

    /// Text in the given style.
    pub fn styled(text: impl Into<String>, strong: bool, emph: bool) -> Self {
        Self { text: text.into(), strong, emph, footnote: None }
    }

    /// The mark of a footnote whose note is `note`.
    pub fn footnote(note: Vec<Run>) -> Self {
        Self { text: String::new(), strong: false, emph: false, footnote: Some(note) }
    }

    /// The number of characters of the longest stretch of `text` without
    /// white space: 9 for "Kết luận số 01-KL/TW ngày 18/5/2021" (the stretch
    /// "18/5/2021"; "01-KL/TW" has 8). The templates break inside a
    /// word only when it may be wider than its line (`words.typ`
    /// `break-long-words`); this lets them skip every other text without
    /// reading it.
    pub fn longest_word(&self) -> usize {
        self.text
            .split(char::is_whitespace)
            .map(|word| word.chars().count())
            .max()
            .unwrap_or(0)
    }

    /// The codes of `text` ([`code_words`]), as byte ranges.
    pub fn codes(&self) -> Vec<[usize; 2]> {
        code_words(&self.text)
    }

    /// Whether `next` may be appended to this run's text: same style and
    /// neither is a footnote.
    pub fn joins(&self, next: &Run) -> bool {
        self.footnote.is_none()
            && next.footnote.is_none()
            && self.strong == next.strong
            && self.emph == next.emph
    }
}

/// The marks that join the parts of a code: "01-KL/TW", "2020–2025".
const CODE_JOINERS: [char; 3] = ['-', '/', '\u{2013}'];

/// The words of `text` (stretches without white space) that hold a code:
/// a "-", "/" or "–" with a letter or digit on each side, as in "01-KL/TW",
/// "30/2020/NĐ-CP", "05-CTr/ĐU", "18/5/2021", "2020–2025". Each is the whole
/// word, with what clings to it: "(số 12-KH/UBND)," gives "(số" no range
/// and "12-KH/UBND)," one, so the code keeps its closing bracket and comma.
/// Byte ranges, in order.
///
/// A clerk reads a code as one word: the PDF never breaks a line inside
/// one (`runs.typ` boxes it, unless it is wider than its line:
/// `words.typ` `break-long-words`), nor does the Word output (`docx`: a
/// no-break hyphen, a word joiner after "/").
pub(crate) fn code_words(text: &str) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(from)) => {
                if is_code(&text[from..at]) {
                    out.push([from, at]);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `word` (no white space) holds a code: a joiner with a letter or
/// digit right before and right after it.
fn is_code(word: &str) -> bool {
    // Most words have no joiner: settled without collecting their
    // characters (the seed's view: a third of its serialising).
    if !word.contains(CODE_JOINERS) {
        return false;
    }
    let chars: Vec<char> = word.chars().collect();
    chars
        .windows(3)
        .any(|w| CODE_JOINERS.contains(&w[1]) && code_letter(w[0]) && code_letter(w[2]))
}

/// A letter or digit of a code: a letter with a case ("T", "Đ", "ế") or a
/// digit 0–9, which is every letter and digit of a Vietnamese text. The
/// template finds the codes of the strings the view gives whole (a
/// recipient line, a header name: `runs.typ` `code-ranges`) with this same
/// test, its `cased` (lower and upper case differ) and "0123456789", as
/// Typst has no cheap test for "any letter" (a `regex` costs 0.2–1 ms to
/// make): the PDF and the Word file then keep the same words whole in
/// every text. A letter of a script without case (Chinese) or another
/// script's digit next to a "/" makes no code.
fn code_letter(c: char) -> bool {
    c.is_ascii_digit() || c.to_lowercase().ne(c.to_uppercase())
}

/// The run's fields, `longest` ([`Run::longest_word`]) and `codes`
/// ([`code_words`]) for the templates.
impl Serialize for Run {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut run = serializer.serialize_struct("Run", 6)?;
        run.serialize_field("text", &self.text)?;
        run.serialize_field("strong", &self.strong)?;
        run.serialize_field("emph", &self.emph)?;
        run.serialize_field("footnote", &self.footnote)?;
        run.serialize_field("longest", &self.longest_word())?;
        run.serialize_field("codes", &self.codes())?;
        run.end()
    }
}

#[cfg(test)]
mod tests {
    use super::{Run, code_words};

    /// The codes of `text`, as strings.
    fn codes(text: &str) -> Vec<&str> {
        code_words(text).into_iter().map(|[a, b]| &text[a..b]).collect()
    }

    #[test]
    fn codes_are_words_with_a_joiner_between_letters_or_digits() {
        assert_eq!(
            codes("Căn cứ Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
            ["01-KL/TW", "18/5/2021"]
        );
        assert_eq!(codes("(Nghị định số 30/2020/NĐ-CP)."), ["30/2020/NĐ-CP)."]);
        assert_eq!(codes("Số 05-CTr/ĐU\u{a0}x"), ["05-CTr/ĐU"]);
        assert_eq!(codes("giai đoạn 2020–2025;"), ["2020–2025;"]);
        // A dash between spaces, a leading dash, a bare slash: no code.
        assert_eq!(codes("Độc lập - Tự do - Hạnh phúc"), Vec::<&str>::new());
        assert_eq!(codes("- Lưu VP, / -KH"), Vec::<&str>::new());
        assert_eq!(codes(""), Vec::<&str>::new());
    }

    /// The letters and digits of a code are those the template's
    /// `code-ranges` (`runs.typ`) knows: cased letters and 0–9. A letter
    /// without case or another script's digit beside the joiner makes no
    /// code, in the body's runs as in a recipient line.
    #[test]
    fn code_letters_are_the_templates() {
        assert_eq!(codes("文/件 ١/٢ ²/³ 01-KL/TW"), ["01-KL/TW"]);
        assert_eq!(codes("文/TW X/件"), Vec::<&str>::new());
        assert_eq!(codes("Ω-Σ ǅ/ế đ–2"), ["Ω-Σ", "ǅ/ế", "đ–2"]);
    }

    #[test]
    fn the_view_carries_the_codes_as_byte_ranges() {
        let json = serde_json::to_value(Run::plain("số 01-KL/TW")).expect("json");
        assert_eq!(json["codes"], serde_json::json!([[5, 13]]));
    }

    #[test]
    fn longest_word_counts_characters_between_white_space() {
        for (text, longest) in [
            ("Kết luận số 01-KL/TW ngày 18/5/2021", 9),
            ("", 0),
            ("   ", 0),
            ("Đảng", 4),
            ("QĐ-UBND-2024-000123456789-ABCDEFGH", 34),
            // Any white space ends a word, as the templates' `\S` does.
            ("một\u{a0}hai\tba\nbốn", 3),
        ] {
            assert_eq!(Run::plain(text).longest_word(), longest, "{text:?}");
        }
    }

    #[test]
    fn the_view_carries_longest() {
        let json = serde_json::to_value(Run::plain("số 01-KL/TW")).expect("json");
        assert_eq!(json["longest"], 8);
        assert_eq!(json["text"], "số 01-KL/TW");
    }
}
