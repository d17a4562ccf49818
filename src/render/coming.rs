//! A view that comes later: the layout of a plan starts before the plan is
//! read.
//!
//! `templates/main.typ` imports the templates of both styles before it
//! reads `/view.json`, and those modules do not depend on the view. So a
//! compilation can start as soon as the renderer is made: Typst parses the
//! templates and evaluates their modules while `plan` is still reading,
//! checking and composing the plan on another core, and only the read of
//! `/view.json` waits for the view ([`ViewToCome::give`]). The pages are
//! the same bytes as those of a compilation given the view at its start:
//! the world serves the same files, only later.
//!
//! When no view comes (the plan has errors, or the run builds something
//! else), [`ViewToCome::withdraw`] ends the wait: the read fails and the
//! compilation ends with a template error that nobody reports.

use std::sync::OnceLock;

use typst::foundations::Bytes;

/// The view's JSON, given once by the thread that reads the plan, or
/// withdrawn.
#[derive(Debug, Default)]
pub struct ViewToCome {
    /// `Some(json)` once given, `None` once withdrawn.
    view: OnceLock<Option<Bytes>>,
}

impl ViewToCome {
    /// A view not given yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Gives the view's JSON (compact: [`crate::view::View`] serialised),
    /// and wakes the compilation waiting for it. A second call, or a call
    /// after [`Self::withdraw`], changes nothing.
    pub fn give(&self, json: Vec<u8>) {
        let _ = self.view.set(Some(Bytes::new(json)));
    }

    /// Tells the compilation that no view will come. Nothing changes if
    /// the view was given.
    pub fn withdraw(&self) {
        let _ = self.view.set(None);
    }

    /// The view, waiting until it is given or withdrawn.
    pub(super) fn wait(&self) -> Option<&Bytes> {
        self.view.wait().as_ref()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::ViewToCome;
    use crate::render::{RenderError, Renderer, view_of};
    use crate::view::View;

    /// The PDF of `compiled`, as `plan build` exports it.
    fn pdf(compiled: &crate::render::Compiled, view: &View) -> Vec<u8> {
        crate::export_pdf_with(compiled, view, None, &[], false).expect("the PDF")
    }

    /// The seed's view given before the layout starts: the templates are
    /// all parsed (their modules evaluated) by the time `main.typ` reads
    /// the view, which is what lets `plan build` lay them out before it has
    /// read the plan. With the view read first, as `main.typ` once did,
    /// only `/main.typ` would be parsed then.
    #[test]
    fn the_templates_read_the_view_only_after_their_imports() {
        let renderer = Renderer::new(&[]).expect("renderer");
        let view = view_of("plans/may-2024.yaml");
        let coming = ViewToCome::new();
        coming.give(serde_json::to_vec(&view).expect("JSON"));
        let parsed_at_read = Mutex::new(None);
        let reading = |size: usize| {
            assert!(size > 1000, "the view's JSON: {size} bytes");
            *parsed_at_read.lock().expect("lock") = Some(renderer.parsed_templates());
        };
        let compiled = renderer.compile_coming(&coming, &reading).expect("laid out");
        let parsed = parsed_at_read.lock().expect("lock").take().expect("the view read");
        let every: Vec<String> = crate::render::assets::TEMPLATES
            .iter()
            .map(|(path, _)| (*path).to_owned())
            .collect();
        assert_eq!(parsed, every, "templates parsed when the view was read");
        let alone = renderer.compile(&view).expect("laid out");
        assert!(pdf(&compiled, &view) == pdf(&alone, &view), "the PDFs differ");
    }

    /// The view given while the layout waits for it, for a state plan with
    /// a table and an appendix: the same pages as with the view known at
    /// the start.
    #[test]
    fn a_view_given_while_the_layout_waits_lays_out_the_same_pages() {
        let renderer = Renderer::new(&[]).expect("renderer");
        let view = view_of("examples/appendices.yaml");
        let coming = ViewToCome::new();
        let compiled = std::thread::scope(|scope| {
            let layout = scope.spawn(|| renderer.compile_coming(&coming, &|_| {}));
            // Until every template is parsed: the layout is then at the
            // read of the view, or nearly.
            let count = crate::render::assets::TEMPLATES.len();
            for _ in 0..2000 {
                if renderer.parsed_templates().len() == count {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            coming.give(serde_json::to_vec(&view).expect("JSON"));
            layout.join().expect("no panic").expect("laid out")
        });
        let alone = renderer.compile(&view).expect("laid out");
        assert!(pdf(&compiled, &view) == pdf(&alone, &view), "the PDFs differ");
    }

    /// A view withdrawn ends the layout with an error, without reading it.
    #[test]
    fn a_withdrawn_view_ends_the_layout() {
        let renderer = Renderer::new(&[]).expect("renderer");
        let coming = ViewToCome::new();
        coming.withdraw();
        // Given after the withdrawal, it is not taken.
        coming.give(b"{}".to_vec());
        let reading = |_: usize| panic!("a withdrawn view was read");
        let Err(RenderError::Template { diagnostics }) =
            renderer.compile_coming(&coming, &reading)
        else {
            panic!("the layout went on without a view")
        };
        assert!(
            diagnostics.iter().any(|d| d.message.contains("view.json")),
            "{diagnostics:#?}"
        );
    }
}
