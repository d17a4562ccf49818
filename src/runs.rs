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

    /// Whether `next` may be appended to this run's text: same style and
    /// neither is a footnote.
    pub fn joins(&self, next: &Run) -> bool {
        self.footnote.is_none()
            && next.footnote.is_none()
            && self.strong == next.strong
            && self.emph == next.emph
    }
}

/// The run's fields, and `longest` ([`Run::longest_word`]) for the
/// templates.
impl Serialize for Run {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut run = serializer.serialize_struct("Run", 5)?;
        run.serialize_field("text", &self.text)?;
        run.serialize_field("strong", &self.strong)?;
        run.serialize_field("emph", &self.emph)?;
        run.serialize_field("footnote", &self.footnote)?;
        run.serialize_field("longest", &self.longest_word())?;
        run.end()
    }
}

#[cfg(test)]
mod tests {
    use super::Run;

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
