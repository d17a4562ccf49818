//! The renderer made ahead of need: `plan build` starts making it (the
//! fonts, Typst's standard library, the parsed templates: a few
//! milliseconds) on a thread of its own as the command starts, so that it
//! is ready when the first plan has been read and checked, and every plan of
//! the run shares it (one warm compiler for a whole folder, issue 12).

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use crate::render::{RenderError, Renderer};

/// A renderer being made, or made, for one run of `plan build`.
pub(super) struct WarmRenderer {
    /// Filled once, by the thread or by the first plan that needs it first.
    cell: Arc<OnceLock<Result<Renderer, RenderError>>>,
    /// `--template DIR`.
    template: Option<PathBuf>,
    /// `--font-path DIR…`.
    font_path: Vec<PathBuf>,
}

impl WarmRenderer {
    /// Starts making the renderer on a thread of its own.
    ///
    /// The thread is not waited for: a run whose plans all have errors
    /// ends without it. If no thread can be started, [`Self::get`] makes
    /// the renderer itself.
    pub(super) fn start(template: Option<PathBuf>, font_path: Vec<PathBuf>) -> Self {
        let warm = Self { cell: Arc::default(), template, font_path };
        let cell = Arc::clone(&warm.cell);
        let (template, font_path) = (warm.template.clone(), warm.font_path.clone());
        let _ =
            std::thread::Builder::new().name("renderer".to_owned()).spawn(move || {
                cell.get_or_init(|| make(template.as_deref(), &font_path));
            });
        warm
    }

    /// The renderer, waiting for the thread if it is still at work.
    pub(super) fn get(&self) -> &Result<Renderer, RenderError> {
        // `OnceLock` runs one initialiser: a caller arriving while the
        // thread makes the renderer blocks until it is done.
        self.cell.get_or_init(|| make(self.template.as_deref(), &self.font_path))
    }
}

/// A renderer with the built-in templates, or with those of `template`.
fn make(
    template: Option<&std::path::Path>,
    font_path: &[PathBuf],
) -> Result<Renderer, RenderError> {
    match template {
        Some(dir) => Renderer::with_template_dir(dir, font_path),
        None => Renderer::new(font_path),
    }
}
