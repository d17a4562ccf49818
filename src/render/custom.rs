//! Reports for a customised template folder (`plan build --template DIR`).
//!
//! With the built-in templates a Typst error is a bug in `plan` (exit 4).
//! With a folder the user edited, it is the user's mistake: each Typst
//! error (or warning, which fails the build as well) becomes a
//! [`Diagnostic`] pointing at the line and column in the template file, in
//! plain Vietnamese, with Typst's own message quoted. A template that reads
//! a field the view does not have gets its own report, naming the field and
//! the nearest one that exists:
//!
//! ```text
//! plan::template_field
//!   × mẫu đọc trường `isuer`, nhưng dữ liệu của văn bản không có trường này
//!    ╭─[mau/parts/header.typ:22:36]
//!    ...
//!   help: có phải `issuer`? Các trường có trong view.json được kể trong view.md
//! ```

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::t;
use crate::source::Sources;
use crate::view::View;

use super::{RenderError, TemplateDiagnostic};

/// Code of a template that does not compile.
pub const TEMPLATE_ERROR: &str = "plan::template_error";

/// Code of a template that reads a field the view does not have.
pub const TEMPLATE_FIELD: &str = "plan::template_field";

/// The reports for `err`, raised while compiling `view` with the templates
/// in `dir`, and the template files they point into; `None` when `err` is
/// not about the templates (a font folder).
pub fn reports(
    dir: &Path,
    view: &View,
    err: &RenderError,
) -> Option<(Diagnostics, Sources)> {
    let found = match err {
        RenderError::Template { diagnostics } | RenderError::Warnings { diagnostics } => {
            diagnostics
        }
        _ => return None,
    };
    let fields = field_names(view);
    let mut sources = Sources::new();
    let mut diagnostics = Diagnostics::new();
    for found in found {
        diagnostics.push(report(dir, found, &fields, &mut sources));
    }
    Some((diagnostics, sources))
}

/// One Typst diagnostic as a report on the template file.
fn report(
    dir: &Path,
    found: &TemplateDiagnostic,
    fields: &[String],
    sources: &mut Sources,
) -> Diagnostic {
    let span = place(dir, found, sources);
    // A key missing from a dictionary is blamed on the view only when it is
    // close to a field the view has and not read from config.typ's
    // dictionary (`c.headr-lines`, `cfg.…`): that mistake is the general
    // report's, quoting Typst.
    let from_config = span.is_some_and(|span| reads_config(sources, span));
    let missing =
        missing_field(&found.message).filter(|_| !from_config).and_then(|field| {
            let known =
                crate::suggest::nearest(&field, fields.iter().map(String::as_str))?;
            Some((field.clone(), known.to_owned()))
        });
    let diagnostic = match missing {
        Some((field, name)) => {
            let list = t(
                "Các trường có trong view.json được liệt kê trong view.md \
                 (`plan template export` viết tệp này)",
                "The fields of view.json are listed in view.md \
                 (`plan template export` writes that file)",
            );
            Diagnostic::global(
                TEMPLATE_FIELD,
                t(
                    format!(
                        "mẫu đọc trường `{field}`, nhưng dữ liệu của văn bản không có trường này"
                    ),
                    format!("the template reads the field `{field}`, which the document's data lacks"),
                ),
            )
            .with_label(t("trường không có", "no such field"))
            .with_help(t(
                format!("có phải `{name}`? {}", list.vi),
                format!("did you mean `{name}`? {}", list.en),
            ))
        }
        None => {
            // Typst's own words are English: quoted, as the compiler's.
            // Typst's hints about its own command line (`--root`) name
            // options `plan` does not have: left out.
            let hints: String = found
                .hints
                .iter()
                .filter(|h| !h.contains("--root"))
                .map(|h| format!("“{h}”; "))
                .collect::<String>();
            let help = t(
                format!(
                    "{hints}sửa mẫu ở chỗ được chỉ; bản gốc để so sánh: \
                     `plan template export THƯ-MỤC-KHÁC`"
                ),
                format!(
                    "{hints}fix the template where shown; the original to compare with: \
                     `plan template export OTHER-DIR`"
                ),
            );
            Diagnostic::global(
                TEMPLATE_ERROR,
                t(
                    format!("mẫu trình bày có lỗi, Typst báo: “{}”", found.message),
                    format!("the template has an error: {}", found.message),
                ),
            )
            .with_label(t("lỗi ở đây", "the error is here"))
            .with_help(help)
        }
    };
    match span {
        Some(span) => Diagnostic { span: Some(span), ..diagnostic },
        None => diagnostic,
    }
}

/// Whether the key at `span` is read from the configuration dictionary:
/// the access chain before it starts with `c.` or `cfg.` (config.typ is
/// imported `as cfg` and passed as `c`).
fn reads_config(sources: &Sources, span: crate::source::Span) -> bool {
    let text = sources.get(span.source).text.get(..span.start).unwrap_or("");
    let chain_start = text
        .char_indices()
        .rev()
        .find(|(_, ch)| !(ch.is_alphanumeric() || matches!(ch, '_' | '-' | '.')))
        .map_or(0, |(at, ch)| at + ch.len_utf8());
    let chain = text.get(chain_start..).unwrap_or("");
    chain.starts_with("c.") || chain.starts_with("cfg.")
}

/// The span of `found` in its template file, the file added to `sources`.
fn place(
    dir: &Path,
    found: &TemplateDiagnostic,
    sources: &mut Sources,
) -> Option<crate::source::Span> {
    let file = found.file.as_deref()?;
    let range = found.range.clone()?;
    let path = dir.join(file.trim_start_matches('/'));
    let id = match sources.find(&path) {
        Some(id) => id,
        None => {
            let text = std::fs::read_to_string(&path).ok()?;
            sources.add(&path, text)
        }
    };
    let len = sources.get(id).text.len();
    (range.end <= len).then(|| crate::source::Span::new(id, range.start, range.end))
}

/// The field in Typst's "dictionary does not contain key \"isuer\"".
fn missing_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("dictionary does not contain key ")?;
    let quoted = rest.split(" and no default").next()?;
    serde_json::from_str::<String>(quoted).ok()
}

/// Every key of the view's JSON, at any depth, sorted.
fn field_names(view: &View) -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, inner) in map {
                    out.push(key.clone());
                    walk(inner, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(json) = serde_json::from_slice(&view.to_json()) {
        walk(&json, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::missing_field;

    #[test]
    fn reads_the_field_out_of_typst_messages() {
        assert_eq!(
            missing_field("dictionary does not contain key \"isuer\""),
            Some("isuer".to_owned())
        );
        assert_eq!(
            missing_field(
                "dictionary does not contain key \"a\\\"b\" and no default value was specified"
            ),
            Some("a\"b".to_owned())
        );
        assert_eq!(missing_field("unknown variable: x"), None);
    }
}
