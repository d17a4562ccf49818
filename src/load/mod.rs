//! YAML text → [`crate::model::Plan`], every value with its span.
//!
//! Three steps, each reporting every problem it finds (up to 200):
//! 1. `yaml.rs` reads the text into a small node tree with byte spans
//!    (saphyr-parser's events; no anchors, aliases or tags; at most 64
//!    levels deep and 200 000 values);
//! 2. `include.rs` merges the files named by `include:` under the plan;
//! 3. `convert.rs` walks the tree into the typed plan (with `section.rs`,
//!    `table.rs`, `frame.rs`), through an opened mapping of `fields.rs`
//!    (unknown and missing keys) and the value readers of `scalar.rs`
//!    (wrong types and invalid values).
//!
//! All wording is in `error.rs` (what each key holds in
//! [`crate::model::key_help`]); the codes are [`crate::codes::Code`].
//!
//! Decisions (for the README):
//! - booleans (`draft`, `acting`) are `true` or `false` (also `True`,
//!   `TRUE`, …, the YAML 1.2 core schema); YAML 1.1's `yes`/`no`/`on`/`off`
//!   are an error that says so;
//! - typed values (dates, `period`, `number`, `time`, booleans, names such as
//!   `kind`) are read from their text, quoted or not: `number: "05"` is 5;
//! - an empty value (`intro:` with nothing after it, `~`, `null`) is never
//!   valid: leave the key out instead;
//! - an included file may set only `directives`, `anniversaries`, `issuer`,
//!   `signer`, `recipients`, `archive`, `place` and `include`; mappings merge
//!   by key, the including file wins, a later include wins over an earlier
//!   one, lists are replaced; includes nest up to 16 files deep;
//! - a plan file and each included file hold at most 640 KiB
//!   ([`MAX_FILE_BYTES`]), and a plan reads at most 64 included files;
//! - past errors the plan is still built with placeholders
//!   ([`load_partial_with`]), so `resolve` reports the problems of the rest of
//!   the file in the same run.

mod convert;
mod error;
mod fields;
mod frame;
mod include;
mod scalar;
mod section;
mod slips;
pub(crate) mod table;
#[cfg(test)]
mod tests;
pub(crate) mod yaml;

use std::path::Path;

use crate::codes::Code;
use crate::diag::Diagnostics;
use crate::model::{Gaps, Plan};
use crate::source::{MAX_FILE_BYTES, Sources, Span, foreign_kind, normalize};

pub(crate) use self::include::{MAX_INCLUDES, read_from_disk};
use self::yaml::NodeKind;

/// How included files are read: a path (the including file's folder joined
/// with the `include` entry) to its bytes. [`read_from_disk`] reads the
/// file system; `plan diff` reads a git revision, `plan text` adds fallback
/// folders. An error of kind [`std::io::ErrorKind::NotFound`] is reported as
/// a missing include.
pub(crate) type ReadFile = dyn Fn(&Path) -> std::io::Result<Vec<u8>>;

/// Loads the plan in `bytes` (read from `path`), merging its includes.
///
/// The bytes are normalised ([`normalize`]) and added to `sources` (bytes
/// that are not UTF-8 are added decoded lossily, so the file still has an
/// id). Returns every problem found, errors and warnings, and, when the
/// file is a mapping of keys, a plan even if it has errors:
/// values that could not be read are placeholders, and [`Gaps`] says which,
/// so that `resolve::check_partial` can report the problems of the rest of
/// the file in the same run. `None` when nothing can be checked further: the
/// file is not UTF-8, not YAML, not a mapping, or has too many problems.
/// A plan with errors must never be printed. Included files are read with
/// `read`. The node tree the plan was read from comes with it (the plan
/// file's own, the includes' keys merged in): `plan new` edits the file's
/// text where the tree says.
pub(crate) fn load_partial_with(
    path: &Path,
    bytes: &[u8],
    sources: &mut Sources,
    read: &ReadFile,
) -> (Option<(Plan, Gaps, yaml::Node)>, Diagnostics) {
    let mut diags = Diagnostics::new();
    if bytes.len() > MAX_FILE_BYTES {
        sources.add(path, String::new());
        diags.push(error::file_too_large(path));
        return (None, diags);
    }
    if let Some(kind) = foreign_kind(bytes) {
        let id = sources.add(path, String::new());
        diags.push(error::foreign_file(Span::new(id, 0, 0), path, kind));
        return (None, diags);
    }
    let text = match normalize(bytes) {
        Ok(text) => text,
        Err(at) => {
            // Offsets count from after a byte-order mark, as `normalize` does.
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            let lossy = String::from_utf8_lossy(body).into_owned();
            // The bad bytes became one U+FFFD (3 bytes) at `at.offset`.
            let end = lossy
                .get(at.offset..)
                .and_then(|t| t.chars().next())
                .map_or(at.offset, |c| at.offset + c.len_utf8());
            let id = sources.add(path, lossy);
            let legacy = crate::vi::spelling::legacy::legacy_file(bytes, at.offset);
            let span = Span::new(id, at.offset, end);
            diags.push(error::not_utf8_file(span, path, &at, legacy.as_ref()));
            return (None, diags);
        }
    };
    let id = sources.add(path, text);
    let Some(root) = yaml::parse(&sources.get(id).text, id, &mut diags) else {
        return (None, diags);
    };
    if !matches!(root.kind, NodeKind::Map(_)) {
        diags.push(error::top_not_mapping(root.span, &root.found()));
        return (None, diags);
    }
    let anchor = fields::item_anchor(&root, sources);
    let mut includer = include::Includer::new(path, sources, &mut diags, read);
    let root = includer.expand(root, path);
    let lost = includer.lost;
    let mut cx = fields::Cx::new(sources, &mut diags);
    let plan = convert::read_plan(&root, anchor, &mut cx);
    let mut gaps = std::mem::take(&mut cx.gaps);
    // Content that was dropped (a repeated key, an alias) or not read (a
    // file) may have held definitions and references.
    let dropped = diags.iter().any(|d| {
        d.code == Code::DuplicateKey.name() || d.code == Code::YamlAnchor.name()
    });
    gaps.definitions |= lost || dropped;
    gaps.texts |= lost || dropped;
    if diags.is_full() {
        // Problems were dropped: checking further would report follow-ons.
        return (None, diags);
    }
    (plan.map(|plan| (plan, gaps, root)), diags)
}
