//! Diagnostics for machines (`--diagnostic-format`, issue 12): besides the
//! human report of `diag::render`,
//!
//! - `short`: one line per problem, as compilers print them,
//!   `plans/a.yaml:12:5: lỗi[plan::unknown_key]: khóa `sigener` …`;
//! - `json`: one JSON object per line with `file`, `line`, `column`,
//!   `end_line`, `end_column`, `severity` (`error` / `warning`), `code`,
//!   `message`, `help` (`null` when none);
//! - `github`: GitHub Actions workflow commands, `::error file=…,line=…,
//!   col=…,endLine=…,endColumn=…,title=plan::code::message`, so that each
//!   problem shows on the pull request's lines.
//!
//! Lines and columns count from 1, columns in characters (a Vietnamese
//! letter is one), as the human report shows them. A problem without a
//! place in a file (a template folder's) has no `file:line:col` part, and
//! `null` places in JSON.

use serde::Serialize;

use crate::diag::{Diagnostics, Severity};
use crate::lang::Lang;
use crate::source::{Sources, Span, line_column};

/// A place in a file, 1-based: start and end line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    file: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

fn place(span: Span, sources: &Sources) -> Place {
    let file = sources.get(span.source);
    let (line, column) = line_column(&file.text, span.start);
    let (end_line, end_column) = line_column(&file.text, span.end.max(span.start));
    Place { file: file.name.clone(), line, column, end_line, end_column }
}

fn severity_word(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::Vi) => "lỗi",
        (Severity::Error, Lang::En) => "error",
        (Severity::Warning, Lang::Vi) => "cảnh báo",
        (Severity::Warning, Lang::En) => "warning",
    }
}

/// `short`: one line per problem.
pub(crate) fn short(diagnostics: &Diagnostics, sources: &Sources, lang: Lang) -> String {
    let mut out = String::new();
    for d in diagnostics.sorted() {
        if let Some(span) = d.span {
            let p = place(span, sources);
            out.push_str(&format!("{}:{}:{}: ", p.file, p.line, p.column));
        }
        out.push_str(&format!(
            "{}[{}]: {}",
            severity_word(d.severity, lang),
            d.code,
            one_line(d.message.get(lang))
        ));
        if let Some(help) = &d.help {
            out.push_str(&format!(
                " ({}: {})",
                crate::diag::help_label(lang),
                one_line(help.get(lang))
            ));
        }
        out.push('\n');
    }
    out
}

#[derive(Serialize)]
struct JsonLine<'a> {
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    severity: &'static str,
    code: &'static str,
    message: &'a str,
    help: Option<&'a str>,
}

/// `json`: one object per line.
pub(crate) fn json(diagnostics: &Diagnostics, sources: &Sources, lang: Lang) -> String {
    let mut out = String::new();
    for d in diagnostics.sorted() {
        let p = d.span.map(|s| place(s, sources));
        let line = JsonLine {
            file: p.as_ref().map(|p| p.file.as_str()),
            line: p.as_ref().map(|p| p.line),
            column: p.as_ref().map(|p| p.column),
            end_line: p.as_ref().map(|p| p.end_line),
            end_column: p.as_ref().map(|p| p.end_column),
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            code: d.code,
            message: d.message.get(lang),
            help: d.help.as_ref().map(|h| h.get(lang)),
        };
        // A struct of strings and numbers always serialises.
        out.push_str(&serde_json::to_string(&line).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// `github`: workflow commands.
pub(crate) fn github(
    diagnostics: &Diagnostics,
    sources: &Sources,
    lang: Lang,
    warnings_denied: bool,
) -> String {
    let mut out = String::new();
    for d in diagnostics.sorted() {
        // Under `--deny-warnings` a warning fails the run: an error.
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning if warnings_denied => "error",
            Severity::Warning => "warning",
        };
        let mut properties = Vec::new();
        if let Some(span) = d.span {
            let p = place(span, sources);
            properties.push(format!("file={}", property(&p.file)));
            properties.push(format!("line={}", p.line));
            properties.push(format!("col={}", p.column));
            properties.push(format!("endLine={}", p.end_line));
            properties.push(format!("endColumn={}", p.end_column));
        }
        properties.push(format!("title={}", property(d.code)));
        let mut message = d.message.get(lang).to_owned();
        if let Some(help) = &d.help {
            message.push_str(&format!(
                "\n{}: {}",
                crate::diag::help_label(lang),
                help.get(lang)
            ));
        }
        out.push_str(&format!(
            "::{command} {}::{}\n",
            properties.join(","),
            data(&message)
        ));
    }
    out
}

/// A workflow command's message: `%`, CR and LF escaped.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A workflow command's property: also `:` and `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_lines_from_one() {
        let text = "kind: x\nissuer: Đảng ủy phường\n";
        assert_eq!(line_column(text, 0), (1, 1));
        let at = text.find("phường").expect("found");
        assert_eq!(line_column(text, at), (2, 17));
        assert_eq!(line_column(text, text.len()), (3, 1));
    }

    #[test]
    fn workflow_commands_escape_their_parts() {
        assert_eq!(data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(property("plan::x,y"), "plan%3A%3Ax%2Cy");
    }
}
