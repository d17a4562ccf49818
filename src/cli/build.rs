//! `plan build FILE... [-f pdf|docx] [-o OUT]`: the PDF (or the Word file)
//! of each plan, written atomically.

use std::path::Path;

use super::{BuildArgs, Emit, OutputFormat, plan_status, read, report, worse};
use crate::diag::ExitStatus;
use crate::render::Renderer;
use crate::resolve::Options;
use crate::view::View;

/// Builds each file and returns the first failure's status.
pub(super) fn run(args: &BuildArgs) -> ExitStatus {
    if args.output.is_some() && args.files.len() > 1 {
        eprintln!("error: `-o` names one output file; give one plan file with it");
        return ExitStatus::Usage;
    }
    if args.format == OutputFormat::Docx && args.emit == Emit::View {
        eprintln!(
            "lỗi: `--emit view` ghi khung dữ liệu (view), không ghi tệp Word; bỏ `-f docx` hoặc bỏ `--emit view`"
        );
        return ExitStatus::Usage;
    }
    if args.format == OutputFormat::Docx && args.template.is_some() {
        eprintln!(
            "lỗi: tệp Word không dùng mẫu Typst của `--template`; bỏ `--template` hoặc dựng PDF (`-f pdf`)"
        );
        return ExitStatus::Usage;
    }
    let mut renderer: Option<Renderer> = None;
    let mut status = ExitStatus::Success;
    for file in &args.files {
        let outcome = build_one(file, args, &mut renderer);
        status = worse(status, outcome);
    }
    status
}

fn build_one(
    file: &Path,
    args: &BuildArgs,
    renderer: &mut Option<Renderer>,
) -> ExitStatus {
    let bytes = match read(file) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("error: {err:#}");
            return ExitStatus::Io;
        }
    };
    let checked = crate::check(file, &bytes, Options { draft: args.draft });
    report(&checked.diagnostics, &checked.sources);
    let status = plan_status(&checked.diagnostics, &args.flags);
    let Some(view) = checked.view.filter(|_| status == ExitStatus::Success) else {
        return status;
    };
    if args.emit == Emit::View {
        let out = args.output.clone().unwrap_or_else(|| file.with_extension("view.json"));
        return super::write_file(&out, &view.to_json());
    }
    if args.format == OutputFormat::Docx {
        return write_docx(file, args, &view);
    }
    if renderer.is_none() {
        let made = match &args.template {
            Some(dir) => Renderer::with_template_dir(dir, &args.font_path),
            None => Renderer::new(&args.font_path),
        };
        match made {
            Ok(r) => *renderer = Some(r),
            Err(err) => {
                eprintln!("{:?}", miette::Report::new(err));
                return ExitStatus::Io;
            }
        }
    }
    let Some(renderer) = renderer.as_ref() else { return ExitStatus::Internal };
    let pdf = match crate::render_pdf(renderer, &view, args.creation_timestamp) {
        Ok(pdf) => pdf,
        Err(err) => return render_failed(renderer, &view, &err),
    };
    let out = args.output.clone().unwrap_or_else(|| file.with_extension("pdf"));
    super::write_file(&out, &pdf)
}

/// Writes the Word file of `view` (`-f docx`).
fn write_docx(file: &Path, args: &BuildArgs, view: &crate::view::View) -> ExitStatus {
    match crate::docx::docx(view) {
        Ok(bytes) => {
            let out = args.output.clone().unwrap_or_else(|| file.with_extension("docx"));
            super::write_file(&out, &bytes)
        }
        Err(err) => {
            eprintln!(
                "{err}\nthis is a bug in plan: please report it with the plan file"
            );
            ExitStatus::Internal
        }
    }
}

/// Reports a failed rendering: the user's mistake in a template folder
/// (exit 1), or a bug in `plan` (exit 4).
fn render_failed(
    renderer: &Renderer,
    view: &View,
    err: &crate::RenderPdfError,
) -> ExitStatus {
    if let (Some(dir), crate::RenderPdfError::Render(render)) =
        (renderer.template_dir(), err)
        && let Some((diagnostics, sources)) =
            crate::render::custom::reports(dir, view, render)
    {
        report(&diagnostics, &sources);
        return ExitStatus::PlanErrors;
    }
    eprintln!("{err}\nthis is a bug in plan: please report it with the plan file");
    ExitStatus::Internal
}
