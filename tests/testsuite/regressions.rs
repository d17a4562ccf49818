//! Inputs the fuzzer (`fuzz/`, target `pipeline`) or a review found to
//! break the pipeline, kept in `fuzz/regressions/` once fixed: each runs
//! through the fuzz target's steps (check, report, and the PDF when a view
//! results) and must neither panic nor fail in the template.

use std::path::{Path, PathBuf};

use crate::support::renderer;

fn regressions() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fuzz/regressions exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_none_or(|e| e != "md"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn fuzz_regressions_stay_fixed() {
    let paths = regressions();
    assert!(!paths.is_empty(), "fuzz/regressions holds the fixed crashers");
    // As the fuzz target does: a plan in `examples/`, so includes resolve.
    let at = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fuzz-input.yaml");
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let checked = plan::check(&at, &bytes, plan::resolve::Options::default());
        let _ = plan::diag::render(&checked.diagnostics, &checked.sources, 80, false);
        if let Some(view) = checked.view
            && view.style == "dang"
        {
            let pdf = plan::render_pdf(renderer(), &view, None);
            assert!(pdf.is_ok_and(|p| p.starts_with(b"%PDF-")), "{}", path.display());
        }
    }
}

/// A small, deterministic fuzzer that runs in every `cargo test`: each plan
/// and example with a character inserted or removed at every 97th place,
/// through check, compose and the report (not the PDF: too slow here). The
/// real fuzzer is `fuzz/`; this catches a regression without it.
#[test]
fn mutated_plans_and_examples_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = ["plans", "examples"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let inserts = ["{", "}", ":", "- ", "\n", "\t", "\"", "{x}", "*", "**", "\u{0}", "ạ"];
    let mut cases = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let places: Vec<usize> =
            text.char_indices().map(|(i, _)| i).step_by(97).collect();
        for (n, &at) in places.iter().enumerate() {
            let mut inserted = text.clone();
            inserted.insert_str(at, inserts[n % inserts.len()]);
            let mut removed = text.clone();
            removed.remove(at);
            for yaml in [inserted, removed] {
                let checked = plan::check(
                    &file,
                    yaml.as_bytes(),
                    plan::resolve::Options::default(),
                );
                let _ =
                    plan::diag::render(&checked.diagnostics, &checked.sources, 80, false);
                assert_eq!(checked.view.is_some(), !checked.diagnostics.has_errors());
                cases += 1;
            }
        }
    }
    assert!(cases > 500, "{cases}");
}
