//! The library's stages as the tests call them: every real plan and
//! example, the view of a plan file or of a plan text, `plan new`'s next
//! plan; each panics with the rendered report when the plan has an error.

use std::path::{Path, PathBuf};

use plan::new_plan::{NewError, NewOptions, NewPlan, next_plan};
use plan::view::View;

/// Every `.yaml` of `plans/` and `examples/` (not their include folders),
/// sorted.
pub(crate) fn documents() -> Vec<PathBuf> {
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

/// The report of `diagnostics`, in English, for a panic message.
fn report(
    diagnostics: &plan::diag::Diagnostics,
    sources: &plan::source::Sources,
) -> String {
    plan::diag::render(diagnostics, sources, 100, false, plan::lang::Lang::En)
}

/// The view of `bytes`, checked as the file `path` (includes are read from
/// beside it); panics on an error.
pub(crate) fn checked_view(path: &Path, bytes: &[u8]) -> View {
    let checked = plan::check(path, bytes, Default::default());
    assert!(
        !checked.diagnostics.has_errors(),
        "{}:\n{}",
        path.display(),
        report(&checked.diagnostics, &checked.sources)
    );
    checked.view.expect("a view when there is no error")
}

/// The view of the plan file at `path`.
pub(crate) fn view_of_file(path: &Path) -> View {
    let bytes = std::fs::read(path).expect("readable");
    checked_view(path, &bytes)
}

/// The view of a plan written in `yaml` (with no `include`).
pub(crate) fn view_of_text(yaml: &str) -> View {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("plan.yaml");
    checked_view(&path, yaml.as_bytes())
}

/// `plan new`'s plan after the one in `bytes` (read from `path`); panics
/// on an error.
pub(crate) fn next(path: &Path, bytes: &[u8], options: NewOptions) -> NewPlan {
    match next_plan(path, bytes, &options) {
        Ok(new) => new,
        Err(NewError::Invalid { sources, diagnostics }) => {
            panic!("{}", report(&diagnostics, &sources))
        }
        Err(err) => panic!("{err}"),
    }
}
