//! `plan` compiles a YAML description of a Vietnamese work program
//! (*chương trình công tác*, *kế hoạch*) into the finished PDF, laid out per
//! the Party rules (36-HD/VPTW, 05-HD/VPTW) or the state rules (Nghị định
//! 30/2020/NĐ-CP).
//!
//! The pipeline runs one way, one stage per module:
//!
//! ```text
//! bytes ──source──▶ SourceFile ──load──▶ model::Plan ──resolve──▶ Resolved
//!       ──view──▶ View (JSON) ──render──▶ PagedDocument ──export──▶ PDF file
//! ```
//!
//! [`check`] chains the stages up to the view, [`render_pdf`] the rest;
//! [`docx::docx`] writes the same view as a Word file instead;
//! `cli` reads the plan and writes the PDF.

pub mod archive;
pub(crate) mod calendar;
pub mod cli;
pub mod codes;
pub(crate) mod compose;
pub mod diag;
pub(crate) mod diff;
pub mod docx;
pub mod export;
pub(crate) mod fonts;
pub(crate) mod images;
pub mod input;
pub mod lang;
pub(crate) mod load;
pub(crate) mod machine_report;
pub(crate) mod metrics;
pub mod model;
pub mod new_plan;
pub(crate) mod numbering;
pub(crate) mod paths;
pub mod plaintext;
pub mod proofread;
pub mod render;
pub mod resolve;
pub(crate) mod rules;
pub(crate) mod runs;
pub mod schema;
pub mod signature_field;
pub mod source;
pub(crate) mod suggest;
pub mod vi;
pub mod view;

use std::path::Path;

use diag::Diagnostics;
use source::Sources;

/// What checking one plan file found.
#[derive(Debug)]
pub struct Checked {
    /// The plan file and its includes, for rendering reports.
    pub sources: Sources,
    /// Every problem, errors and warnings.
    pub diagnostics: Diagnostics,
    /// The view to render, when there is no error.
    pub view: Option<view::View>,
}

/// The footer widths of the view (`view::FooterWidths`) for the texts of
/// a footer's left cell, as the view stage computes them: for views made by
/// hand (the tests' layouts), which do not go through the stages.
pub use compose::footer_widths;

/// Loads, checks and resolves the plan in `bytes` (read from `path`) and
/// composes its view: every stage up to the template. Included files are
/// read from disk.
pub fn check(path: &Path, bytes: &[u8], options: resolve::Options) -> Checked {
    check_with(path, bytes, options, &load::read_from_disk)
}

/// The result of every stage up to the view, for tools that look inside a
/// plan (`plan diff` compares directives, which the view no longer names).
#[derive(Debug)]
pub(crate) struct Stages {
    /// The typed plan, includes merged.
    pub plan: model::Plan,
    /// The plan checked, references resolved.
    pub resolved: resolve::Resolved,
    /// What the page prints.
    pub view: view::View,
}

/// What [`stages`] found in one plan file.
#[derive(Debug)]
pub(crate) struct Staged {
    /// The plan file and its includes, for rendering reports.
    pub sources: Sources,
    /// Every problem, errors and warnings.
    pub diagnostics: Diagnostics,
    /// Every stage's result, when there is no error.
    pub stages: Option<Stages>,
}

/// [`check`] keeping every stage's result, reading includes with `read`
/// (see [`load::ReadFile`]).
pub(crate) fn stages(
    path: &Path,
    bytes: &[u8],
    options: resolve::Options,
    read: &load::ReadFile,
) -> Staged {
    stages_keeping_tree(path, bytes, options, read, false).0
}

/// [`stages`], also giving the node tree the plan was read from (the plan
/// file's own, the includes' keys merged in) when every stage ran: `plan
/// new` edits the file's text where the tree says. Only kept when asked
/// (`keep`), so a build does not hold it.
pub(crate) fn stages_keeping_tree(
    path: &Path,
    bytes: &[u8],
    options: resolve::Options,
    read: &load::ReadFile,
    keep: bool,
) -> (Staged, Option<load::yaml::Node>) {
    let prepared = prepare(path, bytes, options, read, keep);
    let found = prepared.proofread();
    prepared.finish(found)
}

/// Every stage up to the view but the text checks ([`proofread`]): their
/// findings are warnings that change nothing on the page, so a build lays
/// the view out while they run ([`Prepared::proofread`] takes `&self`) and
/// [`Prepared::finish`] adds them. The view is thrown away when they find
/// an error.
pub(crate) struct Prepared {
    sources: Sources,
    /// The problems of loading and resolving, in that order.
    diagnostics: Diagnostics,
    /// The typed plan, when it could be read (with gaps where its errors
    /// are), and its stages when there is no error.
    plan: Option<(model::Plan, Option<(resolve::Resolved, view::View)>)>,
    /// The codes `allow` silences.
    allowed: Vec<&'static str>,
    tree: Option<load::yaml::Node>,
}

/// Loads and resolves the plan in `bytes` and composes its view, reading
/// includes with `read`; keeps the node tree when `keep` (see
/// [`stages_keeping_tree`]).
pub(crate) fn prepare(
    path: &Path,
    bytes: &[u8],
    options: resolve::Options,
    read: &load::ReadFile,
    keep: bool,
) -> Prepared {
    let mut sources = Sources::new();
    let (loaded, mut diagnostics) =
        load::load_partial_with(path, bytes, &mut sources, read);
    let (plan, tree) = match loaded {
        // Past load errors the rest of the file is still checked, so every
        // problem is reported in one run; nothing is composed.
        Some((plan, gaps, _)) if diagnostics.has_errors() => {
            diagnostics.extend(resolve::check_partial(&plan, &gaps, &sources));
            (Some((plan, None)), None)
        }
        Some((plan, _, tree)) => {
            let (resolved, found) = resolve::resolve(&plan, &sources, options);
            diagnostics.extend(found);
            let stages = resolved.map(|resolved| {
                let view = compose::compose(&resolved);
                (resolved, view)
            });
            (Some((plan, stages)), keep.then_some(tree))
        }
        None => (None, None),
    };
    let allowed =
        plan.as_ref().map(|(plan, _)| proofread::allowed(plan)).unwrap_or_default();
    Prepared { sources, diagnostics, plan, allowed, tree }
}

impl Prepared {
    /// The view, when loading and resolving found no error.
    pub(crate) fn view(&self) -> Option<&view::View> {
        self.plan.as_ref().and_then(|(_, stages)| stages.as_ref()).map(|(_, view)| view)
    }

    /// The plan file and its includes, for rendering reports.
    pub(crate) fn sources(&self) -> &Sources {
        &self.sources
    }

    /// Every problem: loading's and resolving's, then the text checks'
    /// ([`proofread::check`], run here), less the warnings `allow`
    /// silences.
    pub(crate) fn proofread(&self) -> Diagnostics {
        let mut all = self.diagnostics.clone();
        if let Some((plan, _)) = &self.plan
            && !all.is_full()
        {
            let mut found = Diagnostics::new();
            proofread::check(plan, &self.sources, &mut found);
            all.extend(found);
        }
        // `allow: [code, …]` silences those warnings, whichever check gave them.
        if !self.allowed.is_empty() {
            all.retain(|d| d.is_error() || !self.allowed.contains(&d.code));
        }
        all
    }

    /// Every stage's result, with `diagnostics` ([`Self::proofread`]'s) as
    /// its problems; no stages when any of them is an error.
    pub(crate) fn finish(
        self,
        diagnostics: Diagnostics,
    ) -> (Staged, Option<load::yaml::Node>) {
        let Self { sources, plan, tree, .. } = self;
        let stages = match plan {
            Some((plan, Some((resolved, view)))) if !diagnostics.has_errors() => {
                Some(Stages { plan, resolved, view })
            }
            _ => None,
        };
        let tree = tree.filter(|_| stages.is_some());
        (Staged { sources, diagnostics, stages }, tree)
    }
}

/// [`check`], reading includes with `read` (see [`load::ReadFile`]).
pub(crate) fn check_with(
    path: &Path,
    bytes: &[u8],
    options: resolve::Options,
    read: &load::ReadFile,
) -> Checked {
    let staged = stages(path, bytes, options, read);
    Checked {
        sources: staged.sources,
        diagnostics: staged.diagnostics,
        view: staged.stages.map(|s| s.view),
    }
}

/// Why a view could not become a PDF: a bug in `plan` (exit 4), except a
/// template folder's mistake (`--template`) or a standard not met.
#[derive(Debug, thiserror::Error)]
pub enum RenderPdfError {
    /// The template failed or warned.
    #[error(transparent)]
    Render(#[from] render::RenderError),
    /// The PDF writer failed.
    #[error(transparent)]
    Export(#[from] export::ExportError),
    /// The signature field could not be placed (`--signature-field`).
    #[error(transparent)]
    SignatureField(#[from] signature_field::FieldError),
}

/// Compiles `view` with `renderer` and exports the PDF bytes: the stages
/// after [`check`]. `timestamp` (Unix seconds) overrides the creation date.
pub fn render_pdf(
    renderer: &render::Renderer,
    view: &view::View,
    timestamp: Option<i64>,
) -> Result<Vec<u8>, RenderPdfError> {
    render_pdf_conforming(renderer, view, timestamp, &[])
}

/// [`render_pdf`] conforming to `standards` (PDF/A-2b, PDF/A-3b, PDF/UA-1).
pub fn render_pdf_conforming(
    renderer: &render::Renderer,
    view: &view::View,
    timestamp: Option<i64>,
    standards: &[export::Standard],
) -> Result<Vec<u8>, RenderPdfError> {
    render_pdf_with(renderer, view, timestamp, standards, &[], false)
}

/// Every option of the PDF at once: conforming to `standards`, with
/// `files` attached ([`archive`]) and, when `signable`, the signature field
/// appended ([`signature_field`]).
pub fn render_pdf_with(
    renderer: &render::Renderer,
    view: &view::View,
    timestamp: Option<i64>,
    standards: &[export::Standard],
    files: &[archive::Attached],
    signable: bool,
) -> Result<Vec<u8>, RenderPdfError> {
    let compiled = renderer.compile_attaching(view, files)?;
    export_pdf_with(&compiled, view, timestamp, standards, signable)
}

/// The export half of [`render_pdf_with`]: the PDF bytes of `compiled`,
/// laid out from `view` (its files already attached).
pub fn export_pdf_with(
    compiled: &render::Compiled,
    view: &view::View,
    timestamp: Option<i64>,
    standards: &[export::Standard],
    signable: bool,
) -> Result<Vec<u8>, RenderPdfError> {
    let space =
        if signable { Some(signature_field::find(&compiled.document)?) } else { None };
    let pdf = export::pdf_conforming(&compiled.document, view, timestamp, standards)?;
    match space {
        Some(space) => Ok(signature_field::add(&pdf, &space, view)?),
        None => Ok(pdf),
    }
}
