//! Diagnostics: what went wrong in a plan, where, and how to fix it.
//!
//! Every stage reports problems as [`Diagnostic`]s carrying a [`Span`] into
//! the YAML. Stages collect them instead of stopping at the first
//! (`style.md` §5), and the command line renders them all, in file order, as
//! miette reports. The wording of each message lives beside the stage that
//! raises it (`load/error.rs`, `resolve/error.rs`).
//!
//! This file holds the model (a diagnostic, the list of them with its cap);
//! `report` turns them into the human report through miette, `exit` names
//! the exit codes.

mod exit;
mod report;

pub use exit::ExitStatus;
pub(crate) use report::visible;
pub use report::{help_label, render, render_with_severity_words};

use crate::codes::Code;
use crate::lang::{Text, t};
use crate::source::Span;

/// How bad a problem is (`plan-format.md`, "Checks every build makes").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The build goes on; `--deny-warnings` turns it into an error.
    Warning,
    /// The build stops and writes nothing.
    Error,
}

/// One problem in a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, `plan::<snake_case>`, e.g. `plan::unknown_key`.
    pub code: &'static str,
    /// What is wrong, lower case, no final period, in both languages:
    /// "khóa `sigener` không có trong định dạng" / "unknown key `sigener`".
    pub message: Text,
    /// Where, if the problem has a place in a file.
    pub span: Option<Span>,
    /// Short text shown at the place (empty for none).
    pub label: Text,
    /// How to fix it: "có phải `signer`?" / "did you mean `signer`?".
    pub help: Option<Text>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(code: impl Into<&'static str>, span: Span, message: Text) -> Self {
        Self {
            severity: Severity::Error,
            code: code.into(),
            message,
            span: Some(span),
            label: Text::default(),
            help: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(code: impl Into<&'static str>, span: Span, message: Text) -> Self {
        Self { severity: Severity::Warning, ..Self::error(code, span, message) }
    }

    /// An error with no place in a file.
    pub fn global(code: impl Into<&'static str>, message: Text) -> Self {
        Self {
            span: None,
            ..Self::error(code, Span::new(crate::source::SourceId(0), 0, 0), message)
        }
    }

    /// Sets the text shown at the place.
    #[must_use]
    pub fn with_label(mut self, label: Text) -> Self {
        self.label = label;
        self
    }

    /// Sets the hint that says how to fix the problem.
    #[must_use]
    pub fn with_help(mut self, help: Text) -> Self {
        self.help = Some(help);
        self
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The most problems one file reports; past it, one note ("stopped after
/// 200 problems") ends the list, so hostile input cannot fill memory or the
/// terminal with reports.
pub const MAX_PROBLEMS: usize = 200;

/// The problems found in one build, in the order found: at most
/// [`MAX_PROBLEMS`], then a note that says the rest were dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    /// Problems dropped past [`MAX_PROBLEMS`].
    dropped: usize,
}

impl Diagnostics {
    /// No problems.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem; past [`MAX_PROBLEMS`], drops it and (the first
    /// time) records the note that ends the list.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if self.items.len() < MAX_PROBLEMS {
            self.items.push(diagnostic);
            return;
        }
        if self.dropped == 0 {
            let note = Diagnostic::global(
                Code::TooManyProblems,
                t(
                    format!("dừng lại sau {MAX_PROBLEMS} lỗi và cảnh báo"),
                    format!("stopped after {MAX_PROBLEMS} problems"),
                ),
            )
            .with_help(t(
                "sửa các lỗi trên rồi chạy lại để xem phần còn lại",
                "fix these and run again to see the rest",
            ));
            self.items.push(Diagnostic { severity: Severity::Warning, ..note });
        }
        // The note is an error when a dropped problem is: it still fails the build.
        if diagnostic.is_error()
            && let Some(note) = self.items.last_mut()
        {
            note.severity = Severity::Error;
        }
        self.dropped += 1;
    }

    /// Whether problems were dropped past [`MAX_PROBLEMS`] (and the note
    /// that ends the list recorded): a stage may skip the work of finding
    /// more.
    pub fn is_full(&self) -> bool {
        self.dropped > 0
    }

    /// Records every problem of `other`.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        for diagnostic in other {
            self.push(diagnostic);
        }
    }

    /// Keeps only the problems `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&Diagnostic) -> bool) {
        self.items.retain(keep);
    }

    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The number of problems.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The problems, in file order: by file, then by position; problems with
    /// no place come first.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<&Diagnostic> = self.items.iter().collect();
        items.sort_by_key(|d| d.span.map(|s| (s.source, s.start, s.end)));
        items
    }

    /// Iterates in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// Fails unless every message, label and help of `all` is worded in both
/// languages, differently (a test of each module's constructors).
#[cfg(test)]
pub(crate) fn assert_worded_in_both_languages(all: &[Diagnostic]) {
    // Both languages, different, and no run of spaces a string's line
    // continuation left inside ("ghi vào sẽ              mất nội dung").
    let clean = |s: &str| !s.is_empty() && !s.contains("   ");
    let two = |text: &Text| clean(&text.vi) && clean(&text.en) && text.vi != text.en;
    for d in all {
        assert!(two(&d.message), "{d:?}");
        assert!(d.label.is_empty() || two(&d.label), "{d:?}");
        assert!(d.help.as_ref().is_none_or(two), "{d:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::t;

    #[test]
    fn the_list_stops_at_the_cap_with_a_note() {
        let id = crate::source::SourceId(0);
        let mut diags = Diagnostics::new();
        for i in 0..MAX_PROBLEMS + 50 {
            diags.push(Diagnostic::warning(
                "plan::w",
                Span::new(id, i, i + 1),
                t("c", "w"),
            ));
        }
        assert_eq!(diags.len(), MAX_PROBLEMS + 1);
        let note = diags.iter().last().unwrap();
        assert_eq!(note.code, Code::TooManyProblems.name());
        // Only warnings were dropped: the note does not fail the build.
        assert!(!diags.has_errors());
        diags.push(Diagnostic::error("plan::e", Span::new(id, 0, 1), t("l", "e")));
        assert_eq!(diags.len(), MAX_PROBLEMS + 1);
        assert!(diags.has_errors(), "a dropped error still fails the build");
        assert!(diags.is_full());
    }

    #[test]
    fn sorted_puts_problems_in_file_order() {
        let id = crate::source::SourceId(0);
        let mut diags = Diagnostics::new();
        diags.push(Diagnostic::error("plan::b", Span::new(id, 20, 21), t("b", "b")));
        diags.push(Diagnostic::warning("plan::a", Span::new(id, 5, 6), t("a", "a")));
        let codes: Vec<_> = diags.sorted().iter().map(|d| d.code).collect();
        assert_eq!(codes, ["plan::a", "plan::b"]);
    }
}
