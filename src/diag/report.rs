//! The human report: each [`Diagnostic`] as a miette report, in the
//! language asked for, with the help line written after a Vietnamese or
//! English label, lines wrapped to the terminal, control characters made
//! visible and very long lines cut to a window around the place.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use miette::{LabeledSpan, NamedSource, SourceSpan};

use super::{Diagnostic, Diagnostics, Severity};
use crate::lang::Lang;
use crate::source::{SourceId, Sources, Span};

/// A file's text for miette, reporting columns in characters.
///
/// miette counts the column of a report's header (`plan.yaml:12:56`) in
/// bytes; after Vietnamese letters (two or three bytes each) that points
/// past the place. This wrapper recounts it in characters, as editors do.
/// The text may be an excerpt of the file ([`Excerpt`]) that starts at
/// `first_line` (0-based) and `first_column` (in characters): line numbers
/// and the header's column are those of the file.
#[derive(Debug)]
struct CharColumns {
    text: NamedSource<Arc<str>>,
    first_line: usize,
    first_column: usize,
}

impl miette::SourceCode for CharColumns {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        // miette reads a span by walking the text from its first byte; a
        // report of a problem near the end of a long plan would walk the whole
        // file for each of its labels. It is given the text from the start
        // of the first line it shows instead, and the lines skipped are
        // counted here, fast (`memchr`: the byte-by-byte count took 1.4 M
        // instructions of the seed's dozen warnings, callgrind).
        let text = self.text.inner();
        let offset = span.offset().min(text.len());
        let mut window = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        for _ in 0..before {
            if window == 0 {
                break;
            }
            window = text[..window - 1].rfind('\n').map_or(0, |i| i + 1);
        }
        let skipped = memchr::memchr_iter(b'\n', &text.as_bytes()[..window]).count();
        let shifted = SourceSpan::new((offset - window).into(), span.len());
        let shown: &str = &text[window..];
        let contents = shown.read_span(&shifted, before, after)?;
        let line = contents.line() + skipped + self.first_line;
        let column = if before != 0 || after != 0 {
            contents.column()
        } else {
            let text = self.text.inner();
            let start = span.offset().min(text.len());
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let chars = text.get(line_start..start).map_or(0, |t| t.chars().count());
            if line_start == 0 { self.first_column + chars } else { chars }
        };
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.text.name().to_owned(),
            contents.data(),
            SourceSpan::new(
                (contents.span().offset() + window).into(),
                contents.span().len(),
            ),
            line,
            column,
            contents.line_count(),
        )))
    }
}

/// Lines longer than this many bytes are shown as a window around the
/// label: a report never prints a whole 200 KB line, however many problems
/// sit on it.
const LONG_LINE: usize = 400;

/// Characters shown before the label's start in such a window; twice as
/// many are shown after it.
const WINDOW: usize = 60;

/// The part of a long line a report shows.
struct Excerpt {
    /// The window, with `…` where the line goes on.
    text: String,
    /// The label, in `text`.
    at: SourceSpan,
    /// The line of the window, 0-based.
    line: usize,
    /// The column where `text` starts, in characters, 0-based.
    column: usize,
}

/// The window of the line holding `span` when that line is long; `None` for
/// a line short enough to show whole.
fn excerpt(text: &str, span: Span) -> Option<Excerpt> {
    let start = span.start.min(text.len());
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text.get(start..)?.find('\n').map_or(text.len(), |i| start + i);
    if line_end - line_start <= LONG_LINE {
        return None;
    }
    let before = text.get(line_start..start)?;
    let from = before
        .char_indices()
        .rev()
        .nth(WINDOW - 1)
        .map_or(line_start, |(i, _)| line_start + i);
    let after = text.get(start..line_end)?;
    let to = after.char_indices().nth(2 * WINDOW).map_or(line_end, |(i, _)| start + i);
    let mut out = String::new();
    let clipped_start = from > line_start;
    if clipped_start {
        out.push('…');
    }
    let offset = out.len() + (start - from);
    out.push_str(text.get(from..to)?);
    if to < line_end {
        out.push('…');
    }
    let end = span.end.clamp(start, to);
    Some(Excerpt {
        text: out,
        at: SourceSpan::new(offset.into(), end - start),
        line: text.get(..line_start)?.matches('\n').count(),
        column: text.get(line_start..from)?.chars().count() - usize::from(clipped_start),
    })
}

/// A [`Diagnostic`] joined with the text of its file, in one language,
/// ready for miette.
#[derive(Debug)]
struct Report {
    code: &'static str,
    severity: Severity,
    message: String,
    label: String,
    help: Option<String>,
    source: Option<CharColumns>,
    /// The label's place in `source`.
    at: Option<SourceSpan>,
}

impl Report {
    /// Joins `diagnostic` with its file from `sources`, worded in `lang`,
    /// taking each file's shown text from `shown` (filled on first use), so
    /// that many reports share one copy of a file.
    ///
    /// Control characters are never written to the terminal as they are (a
    /// plan could otherwise send escape sequences to it): in the file's text
    /// they become `?` (or `¿` for a two-byte C1 character), so every byte
    /// offset stays the same, and in the message, label and help `\u{1b}`.
    /// A label on a very long line shows a window of that line only.
    fn with_texts(
        diagnostic: &Diagnostic,
        sources: &Sources,
        lang: Lang,
        shown: &mut HashMap<SourceId, Arc<str>>,
    ) -> Self {
        let (source, at) = match diagnostic.span {
            None => (None, None),
            Some(span) => {
                let file = sources.get(span.source);
                let name = visible_source(&file.name);
                let (text, at, first_line, first_column) = match excerpt(&file.text, span)
                {
                    Some(e) => {
                        (Arc::from(visible_source(&e.text)), e.at, e.line, e.column)
                    }
                    None => {
                        let text = shown
                            .entry(span.source)
                            .or_insert_with(|| Arc::from(visible_source(&file.text)));
                        (
                            Arc::clone(text),
                            SourceSpan::new(span.start.into(), span.len()),
                            0,
                            0,
                        )
                    }
                };
                let text = NamedSource::new(name, text).with_language("yaml");
                (Some(CharColumns { text, first_line, first_column }), Some(at))
            }
        };
        Self {
            code: diagnostic.code,
            severity: diagnostic.severity,
            message: visible(diagnostic.message.get(lang)),
            label: visible(diagnostic.label.get(lang)),
            help: diagnostic.help.as_ref().map(|h| visible(h.get(lang))),
            source,
            at,
        }
    }
}

/// Whether `c` must not reach a terminal: a control character other than
/// line feed and tab.
fn is_hidden(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` with each control character written as `\u{…}`. Also for the
/// messages outside a report that name files (`đã ghi …`, `plan diff`'s
/// title): a file name may hold any byte but `/`, and "\e]0;…\a.yaml"
/// retitled the clerk's terminal, "\e[2J" cleared it.
pub(crate) fn visible(text: &str) -> String {
    if !text.chars().any(is_hidden) {
        return text.to_owned();
    }
    text.chars()
        .map(
            |c| if is_hidden(c) { c.escape_unicode().to_string() } else { c.to_string() },
        )
        .collect()
}

/// `text` with each control character replaced by a printable one of the
/// same length in bytes, so spans into `text` stay valid.
fn visible_source(text: &str) -> String {
    if !text.chars().any(is_hidden) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| match c {
            c if !is_hidden(c) => c,
            c if c.len_utf8() == 1 => '?',
            _ => '¿',
        })
        .collect()
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report {}

impl miette::Diagnostic for Report {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    // No `help`: miette would print it after an English "help:"; [`render`]
    // writes it with the label of the report's language.

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let at = self.at?;
        let label = (!self.label.is_empty()).then(|| self.label.clone());
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(label, at))))
    }
}

/// Renders `diagnostics` as text, one miette report each, in file order,
/// worded in `lang`.
///
/// `width` is the terminal width; `color` turns on ANSI colours. miette
/// writes the help line after an English `help:` of its own
/// (`GraphicalReportHandler::render_footer`); the report leaves the help
/// out of what miette sees and writes it here instead, wrapped as miette
/// wraps it, after [`help_label`]:
///
/// ```text
///   gợi ý: có phải `signer`?
/// ```
pub fn render(
    diagnostics: &Diagnostics,
    sources: &Sources,
    width: usize,
    color: bool,
    lang: Lang,
) -> String {
    render_reports(diagnostics, sources, width, color, lang, false)
}

/// [`render`] with each report's first line naming its severity in words,
/// "lỗi: plan::unknown_key" / "cảnh báo: plan::…" ("error:", "warning:"),
/// for output that is not a terminal: a log or a CI system reads no "×".
pub fn render_with_severity_words(
    diagnostics: &Diagnostics,
    sources: &Sources,
    width: usize,
    lang: Lang,
) -> String {
    render_reports(diagnostics, sources, width, false, lang, true)
}

fn render_reports(
    diagnostics: &Diagnostics,
    sources: &Sources,
    width: usize,
    color: bool,
    lang: Lang,
    severity_words: bool,
) -> String {
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let help_style = theme.styles.help;
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(width);
    let mut out = String::new();
    let mut shown = HashMap::new();
    for diagnostic in diagnostics.sorted() {
        let report = Report::with_texts(diagnostic, sources, lang, &mut shown);
        if severity_words {
            out.push_str(match (diagnostic.severity, lang) {
                (Severity::Error, Lang::Vi) => "lỗi: ",
                (Severity::Error, Lang::En) => "error: ",
                (Severity::Warning, Lang::Vi) => "cảnh báo: ",
                (Severity::Warning, Lang::En) => "warning: ",
            });
        }
        // Writing into a String cannot fail.
        let _ = handler.render_report(&mut out, &report);
        if let Some(help) = &report.help {
            let label = help_label(lang);
            let lines = wrap(help, width.saturating_sub(2), label.chars().count() + 4);
            for (i, line) in lines.iter().enumerate() {
                if i == 0 {
                    out.push_str(&format!("  {}: {line}\n", help_style.style(label)));
                } else {
                    out.push_str(&format!(
                        "{}{line}\n",
                        " ".repeat(label.chars().count() + 4)
                    ));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// The word before a report's help line: "gợi ý" / "help".
pub fn help_label(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "gợi ý",
        Lang::En => "help",
    }
}

/// `text` cut into lines of at most `width` characters (counting an
/// `indent` before each), at spaces; a word longer than a line is cut.
fn wrap(text: &str, width: usize, indent: usize) -> Vec<String> {
    let room = width.saturating_sub(indent).max(10);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut len = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let mut word: Vec<char> = word.chars().collect();
            while word.len() > room {
                if len > 0 {
                    lines.push(std::mem::take(&mut line));
                    len = 0;
                }
                lines.push(word.drain(..room).collect());
            }
            let need = if len == 0 { word.len() } else { len + 1 + word.len() };
            if len > 0 && need > room {
                lines.push(std::mem::take(&mut line));
                len = 0;
            }
            if len > 0 {
                line.push(' ');
                len += 1;
            }
            line.extend(word.iter());
            len += word.len();
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::lang::t;

    #[test]
    fn header_column_counts_characters_after_vietnamese_letters() {
        let mut sources = Sources::new();
        let text = "place: Mỹ Độ {x}\n".to_owned();
        let start = text.find("{x}").unwrap();
        let id = sources.add(Path::new("t.yaml"), text);
        let mut diags = Diagnostics::new();
        diags.push(Diagnostic::error(
            "plan::test",
            Span::new(id, start, start + 3),
            t("sai", "bad"),
        ));
        let out = render(&diags, &sources, 80, false, Lang::En);
        // "place: Mỹ Độ " is 13 characters (17 bytes): the label is at column 14.
        assert!(out.contains("t.yaml:1:14]"), "{out}");
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut sources = Sources::new();
        let text = "a: \"x\u{1b}[2J\u{85}y\"\n".to_owned();
        let start = text.find('\u{1b}').unwrap();
        let id = sources.add(Path::new("t.yaml"), text);
        let mut diags = Diagnostics::new();
        diags.push(
            Diagnostic::error(
                "plan::test",
                Span::new(id, start, start + 1),
                t("sai \u{1b}[2J", "bad \u{1b}[2J"),
            )
            .with_help(t("\u{7}", "\u{7}")),
        );
        let out = render(&diags, &sources, 80, false, Lang::En);
        assert!(!out.chars().any(is_hidden), "{out:?}");
        assert!(out.contains("bad \\u{1b}[2J"), "{out}");
        assert!(out.contains("x?[2J¿y"), "{out}");
        // The label stays on the character: `a: "x` is 5 characters.
        assert!(out.contains("t.yaml:1:6]"), "{out}");
    }

    #[test]
    fn long_lines_show_a_window_with_the_right_place() {
        let mut sources = Sources::new();
        let text = format!(
            "{{{}}}\n",
            (0..5000).map(|i| format!("k{i}: 1")).collect::<Vec<_>>().join(", ")
        );
        let at = text.find("k4000").unwrap();
        let id = sources.add(Path::new("t.yaml"), text.clone());
        let mut diags = Diagnostics::new();
        for _ in 0..200 {
            diags.push(Diagnostic::error(
                "plan::test",
                Span::new(id, at, at + 5),
                t("sai", "bad"),
            ));
        }
        let out = render(&diags, &sources, 80, false, Lang::En);
        // 200 reports of a window each, not of the 50 000-character line.
        assert!(out.len() < 200 * 1000, "{}", out.len());
        assert!(out.contains(&format!("t.yaml:1:{}]", at + 1)), "{}", &out[..600]);
        // 60 characters before the label: six entries of ten.
        assert!(out.contains("│ …k3994: 1, k3995: 1,"), "{}", &out[..600]);
        let window = out.lines().find(|l| l.contains("k4000")).unwrap();
        let label = out.lines().find(|l| l.contains("·") && l.contains('─')).unwrap();
        // The label sits under `k4000` in the window.
        let col = |s: &str, i: usize| s[..i].chars().count();
        assert_eq!(
            col(window, window.find("k4000").unwrap()),
            col(label, label.find('─').unwrap()),
            "{window}\n{label}"
        );
    }
}
