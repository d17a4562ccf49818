//! `plan build FILE... [-f pdf|docx] [-o OUT]`: the PDF (or the Word file)
//! of each plan, written atomically; with `--check`, compared with the
//! files on disk instead (`up_to_date`).

use std::path::{Path, PathBuf};

use super::{
    BuildArgs, Emit, OutputFormat, plan_status, print_error, read, report, worse,
};
use crate::diag::Diagnostics;
use crate::diag::ExitStatus;
use crate::lang::t;
use crate::render::{Compiled, RenderError, Renderer};
use crate::resolve::Options;
use crate::view::View;

use super::early::Claim;
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

/// Lays `view` out while the text checks run, and returns what they
/// found and the layout. The checks only add warnings, and a build they
/// fail writes nothing, so the layout does not wait for them.
///
/// The layout starts at once, as a job of Typst's own thread pool (rayon),
/// not on a thread of ours: Typst hands the page runs and the PDF's pages
/// to that pool, and a job already on it runs them itself instead of
/// waking a worker and waiting for it (seed: about 2 ms less,
/// `bench/run.sh`). The checks run on a thread of their own, and start
/// when the renderer's thread has parsed the templates: on two cores the
/// layout then never shares one with two other busy threads (the layout
/// of the seed started 3 ms after its view was ready when the checks ran
/// beside the parsing). Their report is printed here, after the layout,
/// through this thread (a batch keeps each plan's messages together). A
/// panic on either side is raised again here.
fn lay_out_and_check<'a>(
    prepared: &crate::Prepared,
    warm: &'a WarmRenderer,
    view: &View,
    files: &[crate::archive::Attached],
    ahead: bool,
) -> (Diagnostics, LaidOut<'a>) {
    // The core the layout runs on, once it has started (the first plan of a
    // run only): the checks keep off it (`cores.rs`).
    let layout_core = std::sync::OnceLock::new();
    let check = || {
        warm.wait_for_templates();
        let _away = layout_core.get().copied().and_then(super::cores::avoid);
        let found = prepared.proofread();
        let printed = super::batch::captured(|| report(&found, prepared.sources()));
        (found, printed)
    };
    let ((found, printed), laid_out) = std::thread::scope(|scope| {
        let checking = std::thread::Builder::new().spawn_scoped(scope, check);
        let laid_out = lay_out(warm, view, files, ahead, &layout_core);
        let checked = match checking {
            Ok(thread) => {
                thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            }
            // No thread could be started: the checks run here, after.
            Err(_) => check(),
        };
        (checked, laid_out)
    });
    super::batch::to_stderr(&printed);
    (found, laid_out)
}

/// Gives `view` to the layout started before the plan was read
/// (`early.rs`), runs the text checks meanwhile, and returns what they
/// found and the layout.
///
/// Once the layout has read the view (its templates' modules are
/// evaluated by then, so a second layout finds them done), this thread
/// starts laying the plan's second half out `ahead` on the other core, or
/// else maps the memory the layout and the export will take
/// ([`lay_out`] tells why and how much). Then it runs the checks, kept off
/// the layout's core; their report is printed after the layout, as
/// [`lay_out_and_check`] prints it. Should the early layout never have
/// started, the view is laid out here.
fn lay_out_early<'a>(
    prepared: &crate::Prepared,
    warm: &'a WarmRenderer,
    view: &View,
    ahead: bool,
    claim: Claim<'_>,
) -> (Diagnostics, LaidOut<'a>) {
    use super::heap::{make_ready, next_block};
    // As `Renderer::compile` serialises it: the same bytes, the same pages.
    let json = serde_json::to_vec(view).unwrap_or_default();
    let size = json.len();
    let given = claim.give(json);
    let read = given.read();
    let core = read.and_then(|(core, _)| core);
    // Off the layout's core until the checks are done; the second half's
    // thread, started meanwhile, inherits that and starts on the other core
    // instead of being moved there.
    let away = core.and_then(super::cores::avoid);
    if let Some((core, from)) = read
        && !(ahead && lay_out_ahead(warm, view, core))
    {
        make_ready(from, ((2 << 20) + 256 * size).min(16 << 20));
        make_ready(next_block(), ((1 << 20) + 64 * size).min(4 << 20));
    }
    let found = prepared.proofread();
    let printed = super::batch::captured(|| report(&found, prepared.sources()));
    drop(away);
    let laid_out = match given.outcome() {
        Some(result) => warm.get().as_ref().map(|_| result),
        None => lay_out(warm, view, &[], false, &std::sync::OnceLock::new()),
    };
    super::batch::to_stderr(&printed);
    (found, laid_out)
}

/// Lays `view` out on a worker of Typst's pool while this thread waits.
///
/// The first time in a process, this thread does not only wait. When the
/// plan is built `ahead` (alone, with more than one job) and its second
/// half is worth it, this thread starts laying that half out on another
/// core as the layout starts ([`lay_out_ahead`]): on two cores that core is
/// then busy, and nothing more is done here. Otherwise, as the layout
/// starts, it has the kernel map the memory the layout is about to
/// take from its thread's heap, and then the memory the PDF export will
/// take from this thread's (`heap.rs`): 2 MiB plus 256 bytes a byte of the
/// view's JSON, and 1 MiB plus 64 bytes a byte, at most 16 and 4 MiB (a
/// big plan uses more than that, so that its peak memory does not grow).
/// The seed's layout takes about 4.5 MiB for its 20 KB of JSON, a one-page
/// plan's about 2 MiB for 3 KB, `examples/task-table.yaml`'s 10 MiB for
/// 24 KB. Meanwhile this thread keeps off the layout's core, which the
/// layout notes in `layout_core` for the text checks (`cores.rs`). Later
/// plans of a folder find their workers' heaps already mapped, and their
/// threads share the cores as the scheduler places them.
fn lay_out<'a>(
    warm: &'a WarmRenderer,
    view: &View,
    files: &[crate::archive::Attached],
    ahead: bool,
    layout_core: &std::sync::OnceLock<usize>,
) -> LaidOut<'a> {
    use super::heap::{make_ready, next_block};
    static FIRST: std::sync::atomic::AtomicBool =
        std::sync::atomic::AtomicBool::new(true);
    let compile = |starting: &dyn Fn(usize)| {
        warm.get().as_ref().map(|r| r.compile_noting(view, files, starting))
    };
    // On a worker of the pool itself, waiting here could hold up the
    // layout's own job: it runs here, as it did before.
    if rayon::current_thread_index().is_some()
        || !FIRST.swap(false, std::sync::atomic::Ordering::Relaxed)
    {
        return rayon::scope(|_| compile(&|_| {}));
    }
    let (started, start) = std::sync::mpsc::sync_channel::<(usize, usize)>(1);
    let mut laid_out = None;
    rayon::in_place_scope(|scope| {
        let laid_out = &mut laid_out;
        scope.spawn(move |_| {
            *laid_out = Some(compile(&|json| {
                if let Some(core) = super::cores::current() {
                    let _ = layout_core.set(core);
                }
                let _ = started.send((next_block(), json));
            }));
        });
        // Ends when the layout starts, or when the job ends without one.
        if let Ok((from, json)) = start.recv() {
            let core = layout_core.get().copied();
            if !(ahead && lay_out_ahead(warm, view, core)) {
                let _away = core.and_then(super::cores::avoid);
                make_ready(from, ((2 << 20) + 256 * json).min(16 << 20));
                make_ready(next_block(), ((1 << 20) + 64 * json).min(4 << 20));
            }
        }
    });
    // The job sets `laid_out` unless it panicked, and then the scope has
    // already passed its panic on: the fallback is never taken, but keeps
    // this function free of a panic of its own.
    laid_out.unwrap_or_else(|| rayon::scope(|_| compile(&|_| {})))
}

/// Lays the second half of `view` out on a thread of its own, kept off the
/// layout's core `layout_core`, while the layout of the whole runs, and
/// tells whether it started: not when the second half is too little to pay
/// for a layout of its own. Typst keeps the layout of each paragraph and
/// table cell, and reuses it where everything it depends on is the same:
/// when the whole reaches its second half, those are done, and the pages
/// are the same bytes (`render/ahead.rs`). With the second core free, the
/// seed's layout took about 4 ms less and its build 5 to 12 % less
/// (`docs/speed.md`, "the second half laid out ahead").
///
/// The thread is the one worker of a Typst thread pool of its own, so
/// that the work Typst hands to its pool while laying out the second half
/// stays on that thread, off the layout's pool. It is not waited for: what
/// it lays out is only kept by Typst, and the process may end before it
/// does.
fn lay_out_ahead(warm: &WarmRenderer, view: &View, layout_core: Option<usize>) -> bool {
    let Some(latter) = crate::render::ahead::latter_part(view) else {
        return false;
    };
    let Ok(pool) = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .thread_name(|_| "ahead".to_owned())
        .build()
    else {
        return false;
    };
    let warm = warm.clone();
    pool.spawn(move || {
        let _away = layout_core.and_then(super::cores::avoid);
        if let Ok(renderer) = warm.get() {
            let _ = renderer.compile(&latter);
        }
    });
    true
}

/// A view laid out, or why not: the renderer could not be made, or the
/// layout failed.
type LaidOut<'a> = Result<Result<Compiled, RenderError>, &'a RenderError>;

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
