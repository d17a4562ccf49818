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
