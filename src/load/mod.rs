//! YAML text → [`crate::model::Plan`], every value with its span.
//!
//! Three steps, each reporting every problem it finds:
//! 1. [`yaml`] reads the text into a small node tree with byte spans
//!    (saphyr-parser's events; no anchors, aliases or tags; at most
//!    [`yaml::MAX_DEPTH`] levels deep);
//! 2. [`include`] merges the files named by `include:` under the plan;
//! 3. [`convert`] walks the tree into the typed plan: unknown and missing
//!    keys, wrong types and invalid values.
//!
//! All wording is in [`error`].

mod convert;
mod error;
mod include;
#[cfg(test)]
mod tests;
mod yaml;

use std::path::Path;

use crate::diag::Diagnostics;
use crate::model::Plan;
use crate::source::{Sources, normalize};

use self::yaml::NodeKind;

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
    let root = include::Includer::new(path, sources, &mut diags).expand(root, path);
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
