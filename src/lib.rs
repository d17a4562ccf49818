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
pub(crate) mod images;
pub mod input;
pub mod lang;
pub(crate) mod load;
pub(crate) mod machine_report;
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
    let mut sources = Sources::new();
    let (loaded, mut diagnostics) =
        load::load_partial_with(path, bytes, &mut sources, read);
    let (partial, tree) = match loaded {
        Some((plan, gaps, tree)) => (Some((plan, gaps)), keep.then_some(tree)),
        None => (None, None),
    };
    let allowed = partial.as_ref().map(|(plan, _)| proofread::allowed(plan));
    let stages = match partial {
        None => None,
        // Past load errors the rest of the file is still checked, so every
        // problem is reported in one run; nothing is composed.
        Some((plan, gaps)) if diagnostics.has_errors() => {
            diagnostics.extend(resolve::check_partial(&plan, &gaps, &sources));
            None
        }
        Some((plan, _)) => {
            let (resolved, found) = resolve::resolve(&plan, &sources, options);
            diagnostics.extend(found);
            resolved.map(|resolved| {
                let view = compose::compose(&resolved);
                Stages { plan, resolved, view }
            })
        }
    };
    // `allow: [code, …]` silences those warnings, whichever check gave them.
    if let Some(allowed) = allowed.filter(|a| !a.is_empty()) {
        diagnostics.retain(|d| d.is_error() || !allowed.contains(&d.code));
    }
    let tree = tree.filter(|_| stages.is_some());
    (Staged { sources, diagnostics, stages }, tree)
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
    let space =
        if signable { Some(signature_field::find(&compiled.document)?) } else { None };
    let pdf = export::pdf_conforming(&compiled.document, view, timestamp, standards)?;
    match space {
        Some(space) => Ok(signature_field::add(&pdf, &space, view)?),
        None => Ok(pdf),
    }
}
