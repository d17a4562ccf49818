//! Every real plan and every example, through the library: its view is
//! snapshotted (any wording change is one reviewed diff), and every glyph
//! it prints comes from the embedded Liberation Serif (no fallback, no tofu).

use std::path::{Path, PathBuf};

use plan::view::View;

use crate::support::{compile, items};

fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["plans", "examples"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "yaml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn view_of(path: &Path) -> View {
    let bytes = std::fs::read(path).expect("readable");
    let checked = plan::check(path, &bytes, Default::default());
    assert!(
        !checked.diagnostics.has_errors(),
        "{}:\n{}",
        path.display(),
        plan::diag::render(
            &checked.diagnostics,
            &checked.sources,
            100,
            false,
            plan::lang::Lang::En
        )
    );
    checked.view.expect("a view when there is no error")
}

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
        let view = view_of(&path);
        insta::assert_json_snapshot!(format!("view-{}", name_of(&path)), view);
    }
}

/// Issue 2, item 4: every glyph of every example was found in the embedded
/// family, in the face asked for.
#[test]
fn every_glyph_of_every_document_is_in_liberation_serif() {
    for path in documents() {
        let doc = compile(&view_of(&path));
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
