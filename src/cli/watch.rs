//! `plan watch FILE...`: builds each plan's PDF, then rebuilds it whenever
//! the plan or a file it includes changes on disk, until stopped (Ctrl-C).
//!
//! The compiler, fonts and templates stay loaded between builds, so a
//! rebuild costs only the plan's own work. Changes are found by polling the
//! files' modification time and size a few times a second (no watcher
//! library, no threads): every editor's way of saving (in place, or a new
//! file renamed over the old) changes one of them. The files watched are
//! those the last build read, so an `include` added to the plan is watched
//! from the next build on. A plan with errors keeps its last good PDF: the
//! atomic writer never replaces it with nothing.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::{WatchArgs, print_done, print_error, read, report};
use crate::diag::ExitStatus;
use crate::lang::t;
use crate::render::Renderer;
use crate::resolve::Options;

/// How often the files are looked at.
pub(super) const POLL: Duration = Duration::from_millis(150);

/// What a file looked like at the last look: `None` when it did not exist.
pub(super) type Stamp = Option<(SystemTime, u64)>;

/// One watched plan: its path, and every file its last build read.
struct Watched {
    plan: PathBuf,
    files: Vec<(PathBuf, Stamp)>,
}

/// Builds every plan, then rebuilds on change, forever; returns only when
/// the renderer cannot be made (exit 3).
pub(super) fn run(args: &WatchArgs) -> ExitStatus {
    if let Some(refused) = refuse_what_is_not_a_file(&args.files) {
        return refused;
    }
    let renderer = match Renderer::new(&args.font_path) {
        Ok(renderer) => renderer,
        Err(err) => return super::renderer_failed(&err),
    };
    let mut watched: Vec<Watched> = args
        .files
        .iter()
        .map(|plan| Watched { plan: plan.clone(), files: Vec::new() })
        .collect();
    for plan in &mut watched {
        plan.files = build(&plan.plan, &renderer, args.draft);
    }
    let n = watched.len();
    print_done(&t(
        format!("đang theo dõi {n} văn bản; nhấn Ctrl-C để dừng"),
        format!("watching {n} plans; press Ctrl-C to stop"),
    ));
    loop {
        std::thread::sleep(POLL);
        for plan in &mut watched {
            if any_changed(&plan.files) {
                plan.files = build(&plan.plan, &renderer, args.draft);
            }
        }
    }
}

/// A folder, a device or a FIFO given as a plan is refused at once (exit
/// 3), as every command refuses it; a plan not made yet is watched for.
pub(super) fn refuse_what_is_not_a_file(plans: &[PathBuf]) -> Option<ExitStatus> {
    for plan in plans {
        if std::fs::metadata(plan).is_ok_and(|meta| !meta.is_file()) {
            if let Err(why) = read(plan) {
                print_error(&why);
            }
            return Some(ExitStatus::Io);
        }
    }
    None
}

/// Builds `plan` next to itself and returns the files it read, stamped as
/// they were before reading (a save during the build triggers another).
fn build(plan: &Path, renderer: &Renderer, draft: bool) -> Vec<(PathBuf, Stamp)> {
    let started = Instant::now();
    let before = stamp_of(plan);
    let bytes = match read(plan) {
        Ok(bytes) => bytes,
        Err(why) => {
            print_error(&why);
            return vec![(plan.to_path_buf(), before)];
        }
    };
    let staged =
        crate::stages(plan, &bytes, Options { draft }, &crate::load::read_from_disk);
    report(&staged.diagnostics, &staged.sources);
    let files = files_read(plan, before, &staged.sources);
    let out = plan.with_extension("pdf");
    let Some(stages) = staged.stages.filter(|_| !staged.diagnostics.has_errors()) else {
        print_done(&kept_or_none(plan, &out));
        return files;
    };
    match crate::render_pdf(renderer, &stages.view, None) {
        Ok(pdf) => match crate::export::write_atomic(&out, &pdf) {
            Ok(()) => {
                let (shown, ms) = (out.display(), started.elapsed().as_millis());
                print_done(&t(
                    format!("đã ghi {shown} ({ms} ms)"),
                    format!("wrote {shown} ({ms} ms)"),
                ));
            }
            Err(err) => print_error(&super::cannot_write(&out, &err)),
        },
        Err(err) => {
            super::batch::to_stderr(&format!("{err}\n{}\n", super::bug_note()));
        }
    }
    files
}

/// What a failed build leaves: the earlier PDF when there is one, else
/// nothing ("… có lỗi: chưa ghi bản PDF nào").
fn kept_or_none(plan: &Path, out: &Path) -> crate::lang::Text {
    let plan = plan.display();
    if out.is_file() {
        t(
            format!("{plan} có lỗi: giữ nguyên bản PDF trước"),
            format!("{plan} has errors: the earlier PDF is kept"),
        )
    } else {
        t(
            format!("{plan} có lỗi: chưa ghi bản PDF nào"),
            format!("{plan} has errors: no PDF is written"),
        )
    }
}

/// The plan (stamped `before` it was read) and every file its build read.
pub(super) fn files_read(
    plan: &Path,
    before: Stamp,
    sources: &crate::source::Sources,
) -> Vec<(PathBuf, Stamp)> {
    let mut files: Vec<(PathBuf, Stamp)> = vec![(plan.to_path_buf(), before)];
    for (_, file) in sources.iter() {
        if file.path != plan {
            files.push((file.path.clone(), stamp_of(&file.path)));
        }
    }
    files
}

/// Whether any of `files` looks different now.
pub(super) fn any_changed(files: &[(PathBuf, Stamp)]) -> bool {
    files.iter().any(|(path, stamp)| stamp_of(path) != *stamp)
}

/// The modification time and size of `path`; `None` when it cannot be read.
pub(super) fn stamp_of(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}
