//! The renderer made ahead of need: `plan build` starts making it (the
//! fonts, Typst's standard library, the parsed templates: a few
//! milliseconds) on a thread of its own as the command starts, so that it
//! is ready when the first plan has been read and resolved, and every plan
//! of the run shares it (one warm compiler for a whole folder, issue 12).
//! The renderer started before the command line is parsed also starts a
//! layout whose plan is still to be read (`early.rs`).

use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use super::early::{Claim, EarlyLayout};
use crate::render::{RenderError, Renderer};

/// A renderer being made, or made, for one run of `plan build`.
#[derive(Clone)]
pub(super) struct WarmRenderer {
    /// Filled once, by the thread or by the first plan that needs it first.
    cell: Arc<OnceLock<Result<Renderer, RenderError>>>,
    /// `--template DIR`.
    template: Option<PathBuf>,
    /// `--font-path DIR…`.
    font_path: Vec<PathBuf>,
    /// Set when the thread is done with the templates (parsed, or the
    /// renderer could not be made), or has ended; `None` when no thread
    /// was started.
    parsed: Option<Arc<OnceLock<()>>>,
    /// The layout started before its plan is read, when this is the
    /// renderer started before the command line was parsed.
    early: Option<Arc<EarlyLayout>>,
}

/// Sets its cell when dropped: when the thread has parsed the templates,
/// and also when it ends early or panics, so that nobody waits for ever.
struct Done(Arc<OnceLock<()>>);

impl Drop for Done {
    fn drop(&mut self) {
        let _ = self.0.set(());
    }
}

/// An early layout the renderer's thread has not started yet: ended when
/// dropped (the renderer could not be made, or the thread panicked), so
/// that its claimant does not wait for ever.
struct Unstarted(Option<Arc<EarlyLayout>>);

impl Drop for Unstarted {
    fn drop(&mut self) {
        if let Some(early) = self.0.take() {
            early.end();
        }
    }
}

impl WarmRenderer {
    /// Starts making the renderer on a thread of its own.
    ///
    /// The thread is not waited for: a run whose plans all have errors
    /// ends without it. If no thread can be started, [`Self::get`] makes
    /// the renderer itself.
    ///
    /// The thread first starts Typst's thread pool (rayon's global pool,
    /// whose workers lay out and export the plans), so that the first
    /// plan's layout finds a worker waiting instead of starting one.
    pub(super) fn start(template: Option<PathBuf>, font_path: Vec<PathBuf>) -> Self {
        Self::start_with(template, font_path, None)
    }

    /// [`Self::start`], and with `early`, the thread starts that layout as
    /// soon as the renderer is made, and then parses the templates beside
    /// it (the layout parses, or waits for, each one as it imports it).
    fn start_with(
        template: Option<PathBuf>,
        font_path: Vec<PathBuf>,
        early: Option<Arc<EarlyLayout>>,
    ) -> Self {
        let parsed = Arc::new(OnceLock::new());
        let mut warm = Self {
            cell: Arc::default(),
            template,
            font_path,
            parsed: None,
            early: early.clone(),
        };
        let cell = Arc::clone(&warm.cell);
        let (template, font_path) = (warm.template.clone(), warm.font_path.clone());
        let done = Done(Arc::clone(&parsed));
        let mut unstarted = Unstarted(early);
        let started =
            std::thread::Builder::new().name("renderer".to_owned()).spawn(move || {
                let _done = done;
                // Makes the global pool and its workers.
                let _ = rayon::current_num_threads();
                if let Ok(renderer) =
                    cell.get_or_init(|| make(template.as_deref(), &font_path))
                {
                    if let Some(early) = unstarted.0.take() {
                        early.start(Arc::clone(&cell));
                    }
                    renderer.parse_templates();
                }
            });
        if started.is_ok() {
            warm.parsed = Some(parsed);
        }
        warm
    }

    /// Starts the renderer of a `plan build` before the command line is
    /// parsed (clap's work and the help catalogue take a few milliseconds),
    /// when `args` look like a build with the built-in templates and fonts:
    /// the command is `build` and there is no `--template`, no
    /// `--font-path` and no PLAN_FONT_PATH. [`Self::early`] hands it over
    /// once the arguments are known to match; otherwise it is not used
    /// (and only took a moment of the other core).
    pub(super) fn start_early(args: &[OsString]) {
        let mut words = args.iter().skip(1).map(|a| a.to_str().unwrap_or("--"));
        let command = loop {
            match words.next() {
                Some("--lang") => {
                    words.next();
                }
                Some(word) if word.starts_with('-') => {}
                other => break other,
            }
        };
        let custom = args.iter().any(|a| {
            let a = a.to_string_lossy();
            a.starts_with("--template") || a.starts_with("--font-path") || a == "--"
        });
        if command == Some("build")
            && !custom
            && !asks_no_pages(args)
            && std::env::var_os("PLAN_FONT_PATH").is_none()
        {
            let early = EarlyLayout::new();
            let _ = EARLY.set(Self::start_with(None, Vec::new(), Some(early)));
        }
    }

    /// The layout this renderer started before its plan was read, for the
    /// calling plan, if there is one and no plan claimed it yet.
    pub(super) fn claim_early(&self) -> Option<Claim<'_>> {
        self.early.as_deref().and_then(EarlyLayout::claim)
    }

    /// Lets the early layout go unless a plan has claimed it (`early.rs`):
    /// every run of `plan build` calls this once it knows which plan, if
    /// any, claims it, so that the layout does not keep a worker of the
    /// pool waiting for a view that will not come.
    pub(super) fn let_early_layout_go() {
        if let Some(early) = EARLY.get().and_then(|warm| warm.early.as_deref()) {
            early.withdraw();
        }
    }

    /// The renderer [`Self::start_early`] started, if it was made for
    /// `template` and `font_path`.
    pub(super) fn early(
        template: Option<&PathBuf>,
        font_path: &[PathBuf],
    ) -> Option<Self> {
        EARLY
            .get()
            .filter(|warm| {
                warm.template.as_ref() == template && warm.font_path == font_path
            })
            .cloned()
    }

    /// The renderer, waiting for the thread if it is still at work.
    pub(super) fn get(&self) -> &Result<Renderer, RenderError> {
        // `OnceLock` runs one initialiser: a caller arriving while the
        // thread makes the renderer blocks until it is done.
        self.cell.get_or_init(|| make(self.template.as_deref(), &self.font_path))
    }

    /// Waits until the thread is done with the templates (at once if it is
    /// done, or was never started). The text checks wait for it, so that
    /// they do not take a core from the parsing and the layout that needs
    /// it (two cores: three busy threads would slow all of them).
    pub(super) fn wait_for_templates(&self) {
        if let Some(parsed) = &self.parsed {
            parsed.wait();
        }
    }
}

/// Whether `args` ask `plan build` for a Word file, a calendar or the view
/// (`-f docx`, `--format=ics`, `-fdocx`, `--emit view`): nothing is laid
/// out for those, so no renderer is started early (it took 3 to 5 MB of
/// memory). A form this misses only starts a renderer that is not used.
fn asks_no_pages(args: &[OsString]) -> bool {
    let words: Vec<std::borrow::Cow<'_, str>> =
        args.iter().map(|a| a.to_string_lossy()).collect();
    let no_pages = |value: &str| matches!(value, "docx" | "ics" | "view");
    words.iter().enumerate().any(|(i, word)| {
        let after_option = i > 0
            && words[i - 1].starts_with('-')
            && !matches!(words[i - 1].as_ref(), "-o" | "--output");
        no_pages(word) && after_option
            || word.split_once('=').is_some_and(|(option, value)| {
                option.starts_with("--") && no_pages(value)
            })
            || word.strip_prefix("-f").is_some_and(no_pages)
    })
}

/// The renderer started before the command line was parsed.
static EARLY: OnceLock<WarmRenderer> = OnceLock::new();

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

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::asks_no_pages;

    fn args(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn builds_of_a_word_file_a_calendar_or_the_view_lay_nothing_out() {
        for line in [
            "plan build -f docx a.yaml",
            "plan build a.yaml --format ics",
            "plan build --format=docx a.yaml",
            "plan build -fics a.yaml",
            "plan build --emit view a.yaml",
            "plan build --emit=view a.yaml -o v.json",
        ] {
            assert!(asks_no_pages(&args(line)), "{line}");
        }
        for line in [
            "plan build a.yaml",
            "plan build -f png a.yaml",
            "plan build --format=pdf a.yaml -o docx",
            "plan build docx.yaml --draft",
        ] {
            assert!(!asks_no_pages(&args(line)), "{line}");
        }
    }
}
