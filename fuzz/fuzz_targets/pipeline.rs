//! Load → check → compose on every input; render when a view results.
//!
//! A panic anywhere is a bug, and so is a template error on any view
//! (`style.md` §5: a Typst error is ours): it panics here.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use plan::render::Renderer;

fn renderer() -> &'static Renderer {
    static R: OnceLock<Renderer> = OnceLock::new();
    R.get_or_init(|| Renderer::new(&[]).expect("embedded fonts load"))
}

/// The plan's path: in `examples/`, so `include: [shared/…]` resolves.
fn path() -> &'static PathBuf {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/fuzz-input.yaml")
    })
}

fuzz_target!(|data: &[u8]| {
    let checked = plan::check(path(), data, plan::resolve::Options::default());
    // Rendering the reports must not panic either.
    for lang in [plan::lang::Lang::Vi, plan::lang::Lang::En] {
        let _ = plan::diag::render(&checked.diagnostics, &checked.sources, 80, false, lang);
    }
    if let Some(view) = checked.view {
        match plan::render_pdf(renderer(), &view, None) {
            Ok(pdf) => assert!(pdf.starts_with(b"%PDF-")),
            Err(err) => panic!("template failed on a valid plan: {err}"),
        }
        comemo::evict(0);
    }
});
