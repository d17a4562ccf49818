//! How a build's layout runs on the cores: the layout started before the
//! plan was read (`early.rs`), or started now as a job of Typst's pool;
//! the plan's second half laid out ahead on another core; the text checks
//! beside it, off the layout's core; the memory the layout will take
//! mapped ahead (`heap.rs`). `build.rs` asks for a view laid out and its
//! checks; this file decides where each runs.

use super::early::Claim;
use super::report;
use super::warm::WarmRenderer;
use crate::diag::Diagnostics;
use crate::render::{Compiled, RenderError};
use crate::view::View;

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
pub(super) fn lay_out_and_check<'a>(
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
pub(super) fn lay_out_early<'a>(
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
pub(super) type LaidOut<'a> = Result<Result<Compiled, RenderError>, &'a RenderError>;
