//! YAML text → [`crate::model::Plan`], every value with its span.
//!
//! Three steps, each reporting every problem it finds (up to 200):
//! 1. `yaml.rs` reads the text into a small node tree with byte spans
//!    (saphyr-parser's events; no anchors, aliases or tags; at most 64
//!    levels deep and 200 000 values);
//! 2. `include.rs` merges the files named by `include:` under the plan;
//! 3. `convert.rs` walks the tree into the typed plan: unknown and missing
//!    keys, wrong types and invalid values.
//!
//! All wording and every `plan::…` code is in `error.rs`.
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
//!   one, lists are replaced; includes nest up to 16 files deep.

mod convert;
mod error;
mod include;
#[cfg(test)]
mod tests;
pub(crate) mod yaml;

use std::path::Path;

use crate::diag::Diagnostics;
use crate::model::Plan;
use crate::source::{Sources, normalize};

use self::yaml::NodeKind;

/// How included files are read: a path (the including file's folder joined
/// with the `include` entry) to its bytes. [`load_bytes`] reads the file
/// system; `plan diff` reads a git revision, `plan text` adds fallback
/// folders. An error of kind [`std::io::ErrorKind::NotFound`] is reported as
/// a missing include.
pub type ReadFile = dyn Fn(&Path) -> std::io::Result<Vec<u8>>;

/// Loads the plan in `bytes` (read from `path`), merging its includes.
///
/// The bytes are normalised ([`normalize`]) and added to `sources` (bytes
/// that are not UTF-8 are added decoded lossily, so the file still has an
/// id). Returns the plan when there is no load error, and every problem
/// found, errors and warnings.
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    sources: &mut Sources,
) -> (Option<Plan>, Diagnostics) {
    load_bytes_with(path, bytes, sources, &|p: &Path| std::fs::read(p))
}

/// [`load_bytes`], reading included files with `read`.
pub fn load_bytes_with(
    path: &Path,
    bytes: &[u8],
    sources: &mut Sources,
    read: &ReadFile,
) -> (Option<Plan>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let text = match normalize(bytes) {
        Ok(text) => text,
        Err(at) => {
            sources.add(path, String::from_utf8_lossy(bytes).into_owned());
            diags.push(error::not_utf8_file(path, &at));
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
    let anchor = convert::item_anchor(&root, sources);
    let root = include::Includer::new(path, sources, &mut diags, read).expand(root, path);
    let plan = convert::read_plan(
        &root,
        anchor,
        &mut convert::Cx { sources, diags: &mut diags },
    );
    if diags.len() >= error::MAX_PROBLEMS {
        diags.push(error::too_many_problems());
    }
    if diags.has_errors() { (None, diags) } else { (plan, diags) }
}
