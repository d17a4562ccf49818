//! Styled text: a [`Run`] is a stretch of text in one style, with its
//! footnote. Resolving a plan's texts produces runs; the view carries them
//! to the templates and the Word writer. It lives below both, so that
//! `resolve` does not depend on the view (the pipeline runs one way).

use serde::Serialize;

/// A stretch of text in one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

    /// Whether `next` may be appended to this run's text: same style and
    /// neither is a footnote.
    pub fn joins(&self, next: &Run) -> bool {
        self.footnote.is_none()
            && next.footnote.is_none()
            && self.strong == next.strong
            && self.emph == next.emph
    }
}
