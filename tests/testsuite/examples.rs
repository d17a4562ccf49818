//! Every real plan and every example, through the library: its view is
//! snapshotted (any wording change is one reviewed diff), and every glyph
//! it prints comes from the embedded Liberation Serif (no fallback, no tofu).

use std::path::Path;

use crate::support::library::{documents, view_of_file};
use crate::support::{compile, items};

fn name_of(path: &Path) -> String {
    let dir =
        path.parent().and_then(Path::file_name).and_then(|n| n.to_str()).unwrap_or("");
    let stem = path.file_stem().and_then(|n| n.to_str()).unwrap_or("");
    format!("{dir}-{stem}")
}

#[test]
fn views_of_every_document_are_as_reviewed() {
    let files = documents();
    assert!(files.len() >= 8, "plans and examples found: {files:?}");
    for path in files {
        let view = view_of_file(&path);
        insta::assert_json_snapshot!(format!("view-{}", name_of(&path)), view);
    }
}

/// Issue 2, item 4: every glyph of every example was found in the embedded
/// family, in the face asked for.
#[test]
fn every_glyph_of_every_document_is_in_liberation_serif() {
    for path in documents() {
        let doc = compile(&view_of_file(&path));
        let mut drawn = 0;
        for item in items(&doc) {
            let Some(text) = item.text() else { continue };
            let run = item.run();
            assert_eq!(run.family, "Liberation Serif", "{}: {text:?}", path.display());
            assert!(!run.glyphs.contains(&0), "{}: tofu in {text:?}", path.display());
            drawn += text.chars().count();
        }
        assert!(drawn > 500, "{}: only {drawn} characters drawn", path.display());
    }
}
