//! `plan build FILE... [-f pdf|docx] [-o OUT]`: the PDF (or the Word file)
//! of each plan, written atomically; with `--check`, compared with the
//! files on disk instead (`up_to_date`).

use std::path::{Path, PathBuf};

use super::{
    BuildArgs, Emit, OutputFormat, plan_status, print_error, read, report, worse,
};
use crate::diag::ExitStatus;
use crate::lang::t;
use crate::render::Renderer;
use crate::resolve::Options;
use crate::view::View;

use super::early::Claim;
use super::layout::{lay_out_and_check, lay_out_early};
use super::warm::WarmRenderer;

/// Builds each file and returns the first failure's status.
pub(super) fn run(args: &BuildArgs) -> ExitStatus {
    super::set_diagnostic_format(args.flags.diagnostic_format);
    super::set_warnings_denied(args.flags.deny_warnings);
    let plans = match super::batch::expand(&args.files) {
        Ok(plans) => plans,
        Err(why) => {
            print_error(&why);
            return ExitStatus::PlanErrors;
        }
    };
    if args.output.is_some() && (plans.files.len() > 1 || plans.from_folders) {
        print_error(&t(
            "`-o` chỉ ghi một tệp; dùng nó với một tệp kế hoạch",
            "`-o` names one output file; give one plan file with it",
        ));
        return ExitStatus::Usage;
    }
    if args.format != OutputFormat::Pdf && args.emit == Emit::View {
        print_error(&t(
            "`--emit view` ghi dữ liệu của văn bản (view), không ghi tệp Word hay lịch; bỏ \
             `-f` hoặc bỏ `--emit view`",
            "`--emit view` writes the document's data (the view), not a Word file or a \
             calendar; drop `-f` or `--emit view`",
        ));
        return ExitStatus::Usage;
    }
    if args.format != OutputFormat::Pdf && args.template.is_some() {
        print_error(&t(
            "chỉ bản PDF dùng mẫu Typst của `--template`; bỏ `--template` hoặc dựng PDF \
             (`-f pdf`)",
            "only the PDF uses the Typst templates of `--template`; drop `--template` or \
             build the PDF (`-f pdf`)",
        ));
        return ExitStatus::Usage;
    }
    {
        use crate::export::Standard;
        let archival = args.pdf_standard.iter().filter(|s| **s != Standard::Ua1).count();
        if archival > 1 {
            print_error(&t(
                "một PDF chỉ theo được một chuẩn PDF/A: chọn `a-2b` hoặc `a-3b`",
                "a PDF follows one PDF/A standard only: choose `a-2b` or `a-3b`",
            ));
            return ExitStatus::Usage;
        }
    }
    if args.signature_field
        && (args.format != OutputFormat::Pdf || args.emit == Emit::View)
    {
        print_error(&t(
            "`--signature-field` thêm ô chữ ký vào tệp PDF, không vào tệp Word, ảnh trang, \
             lịch hay dữ liệu view; bỏ `-f`/`--emit view` hoặc bỏ `--signature-field`",
            "`--signature-field` adds the field to the PDF, not to a Word file, page \
             images, a calendar or the view; drop `-f`/`--emit view` or \
             `--signature-field`",
        ));
        return ExitStatus::Usage;
    }
    if let Some(why) = super::embed::refused(args) {
        print_error(&why);
        return ExitStatus::Usage;
    }
    if args.signature_field && args.pdf_standard.contains(&crate::export::Standard::Ua1) {
        print_error(&t(
            "ô chữ ký chưa được gắn thẻ như PDF/UA-1 đòi hỏi; bỏ `ua-1` khỏi \
             `--pdf-standard` hoặc bỏ `--signature-field`",
            "the signature field is not tagged as PDF/UA-1 requires; drop `ua-1` from \
             `--pdf-standard` or drop `--signature-field`",
        ));
        return ExitStatus::Usage;
    }
    if matches!(args.format, OutputFormat::Png | OutputFormat::Svg)
        && args.output.as_deref().is_some_and(super::is_stdout)
    {
        print_error(&t(
            "ảnh trang là nhiều tệp, không in ra được; bỏ `-o -`",
            "page images are several files and cannot go to standard output; drop `-o -`",
        ));
        return ExitStatus::Usage;
    }
    if args.check && args.output.as_deref().is_some_and(super::is_stdout) {
        print_error(&t(
            "`--check` so sánh với tệp trên đĩa; bỏ `-o -`",
            "`--check` compares with the files on disk; drop `-o -`",
        ));
        return ExitStatus::Usage;
    }
    let jobs = args.flags.jobs.unwrap_or_else(super::batch::default_jobs);
    let renders = args.emit != Emit::View
        && matches!(
            args.format,
            OutputFormat::Pdf | OutputFormat::Png | OutputFormat::Svg
        );
    let renderer = renders.then(|| {
        WarmRenderer::early(args.template.as_ref(), &args.font_path).unwrap_or_else(
            || WarmRenderer::start(args.template.clone(), args.font_path.clone()),
        )
    });
    // A plan built alone, with more than one job, lays its second half out
    // ahead on another core (`lay_out_ahead`).
    let ahead = plans.files.len() == 1 && jobs > 1;
    // A plan built alone, without attached files, takes the layout started
    // before it was read (`early.rs`); any other run lets that layout go.
    let claim = match &renderer {
        Some(warm) if plans.files.len() == 1 && !super::embed::wanted(args) => {
            warm.claim_early()
        }
        _ => None,
    };
    WarmRenderer::let_early_layout_go();
    let claim = std::sync::Mutex::new(claim);
    let outcomes = super::batch::run_all(&plans.files, jobs, |file| {
        let claim = claim.lock().ok().and_then(|mut claim| claim.take());
        build_one(file, args, renderer.as_ref(), ahead, claim)
    });
    let status = super::batch::status(&outcomes);
    if args.check {
        check_summary(&outcomes, args.format);
    }
    if !args.check {
        super::batch::summary(&plans, &outcomes, true);
    }
    status
}

/// The last lines of `plan build --check`, one for each kind of failure,
/// each with what to do: "1/2 văn bản chưa dựng lại: chạy `plan build`
/// (không có `--check`) rồi lưu các tệp mới" for files missing or stale;
/// "1/2 văn bản không qua kiểm tra (có lỗi): sửa theo các thông báo ở trên,
/// rồi dựng lại" for plans whose own checks failed, since rebuilding them
/// would not help ("có cảnh báo, khi chạy với `--deny-warnings`" when that
/// is why, both joined by "hoặc" when both are).
fn check_summary(outcomes: &[super::batch::Outcome], format: super::OutputFormat) {
    // The command to run is the one checked, less `--check`: with its
    // `-f`, or it would make a PDF where a Word file is missing.
    let command = match format {
        super::OutputFormat::Pdf => "plan build",
        super::OutputFormat::Docx => "plan build -f docx",
        super::OutputFormat::Ics => "plan build -f ics",
        super::OutputFormat::Png => "plan build -f png",
        super::OutputFormat::Svg => "plan build -f svg",
    };
    use super::batch::Rejected;
    let all = outcomes.len();
    let failed = |o: &&super::batch::Outcome| o.status != ExitStatus::Success;
    let rejected =
        outcomes.iter().filter(failed).filter(|o| o.rejected.is_some()).count();
    let errors = outcomes.iter().any(|o| o.rejected == Some(Rejected::Errors));
    let denied = outcomes.iter().any(|o| o.rejected == Some(Rejected::DeniedWarnings));
    let stale = outcomes.iter().filter(failed).filter(|o| o.rejected.is_none()).count();
    if stale > 0 {
        super::print_done(&t(
            format!(
                "{stale}/{all} văn bản chưa dựng lại: chạy `{command}` (không có \
                 `--check`) rồi lưu các tệp mới"
            ),
            format!(
                "{stale}/{all} plans are not rebuilt: run `{command}` (without \
                 `--check`) and keep the new files"
            ),
        ));
    }
    if rejected > 0 {
        let (why_vi, why_en) = match (errors, denied) {
            (true, true) => (
                "có lỗi, hoặc có cảnh báo khi chạy với `--deny-warnings`",
                "errors, or warnings under `--deny-warnings`",
            ),
            (false, true) => (
                "có cảnh báo, khi chạy với `--deny-warnings`",
                "warnings under `--deny-warnings`",
            ),
            _ => ("có lỗi", "errors"),
        };
        super::print_done(&t(
            format!(
                "{rejected}/{all} văn bản không qua kiểm tra ({why_vi}): sửa theo các \
                 thông báo ở trên, rồi dựng lại"
            ),
            format!(
                "{rejected}/{all} plans fail their checks ({why_en}): fix what is \
                 reported above, then build again"
            ),
        ));
    }
}

/// Writes `bytes` to `out`, or under `--check` compares them with it.
fn deliver(
    inputs: &Inputs<'_>,
    out: &Path,
    bytes: &[u8],
    args: &BuildArgs,
) -> ExitStatus {
    if args.check {
        return super::up_to_date::report(inputs.plan, out, bytes);
    }
    if let Some(refused) = refused_output(inputs, out) {
        return refused;
    }
    super::write_file(out, bytes)
}

/// Refuses `out` when it is a file the plan was read from (exit 2).
fn refused_output(inputs: &Inputs<'_>, out: &Path) -> Option<ExitStatus> {
    if let Some(input) = inputs.overwritten_by(out) {
        let (out, input) = (out.display(), input.display());
        print_error(&t(
            format!(
                "không ghi {out}: đó là tệp {input} mà kế hoạch vừa đọc, ghi vào sẽ mất nội \
                 dung của nó; chọn tên khác cho `-o`"
            ),
            format!(
                "not written to {out}: it is {input}, which the plan was read from, and \
                 writing would destroy it; choose another name for `-o`"
            ),
        ));
        return Some(ExitStatus::Usage);
    }
    None
}

/// The files a build read: the plan and the files it includes.
struct Inputs<'a> {
    /// The plan file.
    plan: &'a Path,
    /// The included files, as the loader read them.
    included: Vec<std::path::PathBuf>,
}

impl Inputs<'_> {
    /// The input that `out` is (the same file, also through a link), when
    /// it is one: writing there would replace a plan with a PDF.
    fn overwritten_by(&self, out: &Path) -> Option<&Path> {
        if super::is_stdout(out) {
            return None;
        }
        std::iter::once(self.plan)
            .chain(self.included.iter().map(std::path::PathBuf::as_path))
            .find(|input| super::same_file(input, out))
    }
}

/// Builds one plan; its warnings are noted for the summary.
fn build_one(
    file: &Path,
    args: &BuildArgs,
    renderer: Option<&WarmRenderer>,
    ahead: bool,
    early: Option<Claim<'_>>,
) -> super::batch::Outcome {
    let (mut warned, mut rejected) = (false, None);
    let status =
        build_warned(file, args, renderer, ahead, early, &mut warned, &mut rejected);
    super::batch::Outcome { status, warned, rejected }
}

fn build_warned(
    file: &Path,
    args: &BuildArgs,
    renderer: Option<&WarmRenderer>,
    ahead: bool,
    early: Option<Claim<'_>>,
    warned: &mut bool,
    rejected: &mut Option<super::batch::Rejected>,
) -> ExitStatus {
    let bytes = match read(file) {
        Ok(bytes) => bytes,
        Err(why) => {
            print_error(&why);
            return ExitStatus::Io;
        }
    };
    if crate::archive::is_pdf(&bytes) {
        let shown = file.display();
        print_error(&t(
            format!(
                "{shown} là tệp PDF, không phải tệp kế hoạch YAML; nếu nó chứa nguồn, `plan \
                 extract {shown}` lấy lại các tệp YAML"
            ),
            format!(
                "{shown} is a PDF, not a YAML plan; if it carries its source, `plan extract \
                 {shown}` gets the YAML files back"
            ),
        ));
        return ExitStatus::Io;
    }
    let options = Options { draft: args.draft };
    // Every file the loader reads is kept, to be attached as the source.
    let recorder =
        std::rc::Rc::new(super::embed::Recorder::new(super::embed::wanted(args)));
    let reading = std::rc::Rc::clone(&recorder);
    let prepared = crate::prepare(
        file,
        &bytes,
        options,
        &move |path: &Path| reading.read(path),
        false,
    );
    let attached = match super::embed::wanted(args) && prepared.view().is_some() {
        true => recorder.attachments(file, &bytes).map(|mut files| {
            // Beside the source, the options the PDF's bytes depend on, so
            // that `plan extract` prints a command that builds them again.
            files.extend(super::embed::record(args).attachment(&files));
            files
        }),
        false => Ok(Vec::new()),
    };
    let files = attached.as_deref().unwrap_or_default();
    let (found, laid_out) = match renderer.zip(prepared.view()) {
        Some((warm, view)) => {
            let (found, laid_out) = match early {
                Some(claim) => lay_out_early(&prepared, warm, view, ahead, claim),
                None => lay_out_and_check(&prepared, warm, view, files, ahead),
            };
            (found, Some(laid_out))
        }
        None => {
            let found = prepared.proofread();
            report(&found, prepared.sources());
            (found, None)
        }
    };
    let (staged, _) = prepared.finish(found);
    *warned =
        staged.diagnostics.iter().any(|d| d.severity == crate::diag::Severity::Warning);
    let status = plan_status(&staged.diagnostics, &args.flags);
    *rejected = super::batch::Rejected::of(&staged.diagnostics, status);
    let Some(stages) = staged.stages.filter(|_| status == ExitStatus::Success) else {
        return status;
    };
    let inputs = Inputs { plan: file, included: recorder.paths() };
    if args.format == OutputFormat::Ics {
        let calendar = crate::calendar::calendar(&stages.resolved, &stages.view);
        let out = args.output.clone().unwrap_or_else(|| file.with_extension("ics"));
        if calendar.events.is_empty() {
            // Written all the same (a calendar that follows the plan empties
            // when its meetings go), but not without a word.
            super::print_done(&t(
                format!(
                    "lưu ý: {} không có cuộc họp nào (`meetings`): tệp lịch không có sự kiện",
                    file.display()
                ),
                format!(
                    "note: {} has no meetings (`meetings`): the calendar has no events",
                    file.display()
                ),
            ));
        }
        return deliver(
            &inputs,
            &out,
            crate::calendar::to_ics(&calendar).as_bytes(),
            args,
        );
    }
    let view = stages.view;
    if args.emit == Emit::View {
        let out = args.output.clone().unwrap_or_else(|| file.with_extension("view.json"));
        return deliver(&inputs, &out, &view.to_json(), args);
    }
    if args.format == OutputFormat::Docx {
        return write_docx(&inputs, args, &view);
    }
    let (renderer, compiled) = match (renderer.map(WarmRenderer::get), laid_out) {
        (Some(Ok(renderer)), Some(Ok(compiled))) => (renderer, compiled),
        (Some(Err(err)), _) => return super::renderer_failed(err),
        // `run` starts a renderer for every format that reaches here, and
        // a view was laid out whenever the plan has no error.
        _ => return ExitStatus::Internal,
    };
    let compiled = match compiled {
        Ok(compiled) => compiled,
        Err(err) => {
            return render_failed(renderer, &view, &crate::RenderPdfError::Render(err));
        }
    };
    if matches!(args.format, OutputFormat::Png | OutputFormat::Svg) {
        return write_pages(&inputs, args, &compiled);
    }
    if let Err(err) = attached {
        super::report_global(
            crate::archive::EmbedError::CODE,
            err.text(),
            Some(err.help()),
        );
        return ExitStatus::PlanErrors;
    }
    let made = crate::export_pdf_with(
        &compiled,
        &view,
        args.creation_timestamp.and_then(|seconds| seconds.0),
        &args.pdf_standard,
        args.signature_field,
    );
    let pdf = match made {
        Ok(pdf) => pdf,
        Err(crate::RenderPdfError::Export(
            err @ (crate::export::ExportError::Standard { .. }
            | crate::export::ExportError::TimestampSeconds { .. }),
        )) => {
            // Worded in the process's language: printed once, now.
            let message = err.to_string();
            print_error(&t(message.clone(), message));
            return ExitStatus::PlanErrors;
        }
        Err(crate::RenderPdfError::SignatureField(
            err @ (crate::signature_field::FieldError::Space { .. }
            | crate::signature_field::FieldError::SpaceValue),
        )) => {
            // A template copy without its signing-space mark: the user's to
            // mend, reported with its code like the plan's problems.
            let message = err.to_string();
            super::report_global(
                crate::codes::Code::SigningSpace.name(),
                t(message.clone(), message),
                None,
            );
            return ExitStatus::PlanErrors;
        }
        Err(err) => return render_failed(renderer, &view, &err),
    };
    let out = args.output.clone().unwrap_or_else(|| file.with_extension("pdf"));
    deliver(&inputs, &out, &pdf, args)
}

/// Writes the Word file of `view` (`-f docx`).
fn write_docx(
    inputs: &Inputs<'_>,
    args: &BuildArgs,
    view: &crate::view::View,
) -> ExitStatus {
    match crate::docx::docx(view) {
        Ok(bytes) => {
            let out =
                args.output.clone().unwrap_or_else(|| inputs.plan.with_extension("docx"));
            deliver(inputs, &out, &bytes, args)
        }
        Err(err) => {
            super::batch::to_stderr(&format!("{err}\n{}\n", super::bug_note()));
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
    super::batch::to_stderr(&format!("{err}\n{}\n", super::bug_note()));
    ExitStatus::Internal
}

/// Writes each page as an image (`-f png | svg`): `NAME-1.png`,
/// `NAME-2.png` … next to the plan, or `OUT-1.png` … for `-o OUT.png`.
fn write_pages(
    inputs: &Inputs<'_>,
    args: &BuildArgs,
    compiled: &crate::render::Compiled,
) -> ExitStatus {
    let (extension, pages) = match args.format {
        OutputFormat::Svg => ("svg", Some(crate::images::svg_pages(&compiled.document))),
        _ => ("png", crate::images::png_pages(&compiled.document, args.ppi)),
    };
    let Some(pages) = pages else {
        print_error(&t(
            "lỗi nội bộ: không mã hóa được ảnh trang",
            "internal error: the page images could not be encoded",
        ));
        super::batch::to_stderr(&format!("{}\n", super::bug_note()));
        return ExitStatus::Internal;
    };
    let base =
        args.output.clone().unwrap_or_else(|| inputs.plan.with_extension(extension));
    let stem =
        base.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let outs: Vec<PathBuf> = (1..=pages.len())
        .map(|number| base.with_file_name(format!("{stem}-{number}.{extension}")))
        .collect();
    let mut status = ExitStatus::Success;
    if args.check || super::is_stdout(&base) {
        for (out, bytes) in outs.iter().zip(&pages) {
            status = worse(status, deliver(inputs, out, bytes, args));
        }
    } else {
        // The pages are one output: all written, or none (a disk full at
        // the fourth page left this build's fifth beside the last build's
        // first three).
        for out in &outs {
            if let Some(refused) = refused_output(inputs, out) {
                return refused;
            }
        }
        let files: Vec<(PathBuf, &[u8])> =
            outs.iter().cloned().zip(pages.iter().map(Vec::as_slice)).collect();
        if let Err((out, err)) = crate::export::write_all_atomic(&files) {
            print_error(&super::cannot_write(&out, &err));
            return ExitStatus::Io;
        }
        for out in &outs {
            let shown = out.display();
            super::print_done(&t(format!("đã ghi {shown}"), format!("wrote {shown}")));
        }
    }
    // Images of pages the document no longer has (an earlier build was
    // longer) would be taken for part of it: they go, or under `--check`
    // they make the images stale.
    for number in pages.len() + 1.. {
        let out = base.with_file_name(format!("{stem}-{number}.{extension}"));
        if !std::fs::symlink_metadata(&out).is_ok_and(|m| m.is_file()) {
            break;
        }
        let (shown, count) = (out.display(), pages.len());
        if args.check {
            super::print_done(&t(
                format!("thừa {shown}: văn bản nay chỉ có {count} trang"),
                format!("{shown} is left over: the document now has {count} pages"),
            ));
            status = worse(status, ExitStatus::PlanErrors);
        } else if let Err(err) = std::fs::remove_file(&out) {
            print_error(&t(
                format!("không xóa được {shown} (trang thừa của lần dựng trước): {err}"),
                format!("cannot remove {shown} (a page of an earlier build): {err}"),
            ));
            status = worse(status, ExitStatus::Io);
        } else {
            super::print_done(&t(
                format!("đã xóa {shown}: văn bản nay chỉ có {count} trang"),
                format!("removed {shown}: the document now has {count} pages"),
            ));
        }
    }
    status
}
