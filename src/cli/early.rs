//! The layout of a `plan build` started before its plan is read.
//!
//! A cold build of one plan used to start its layout once the plan was read,
//! checked and composed (the seed: about 2.7 ms after the process started),
//! and the layout then spent its first 3 to 4 ms parsing the templates and
//! evaluating their modules, which do not depend on the plan. Now the
//! renderer's thread starts the layout as soon as the renderer is made (at
//! about 1 ms), with a view still to come (`render/coming.rs`): Typst parses
//! and evaluates the templates on one core while the main thread reads the
//! plan on the other, and the layout waits only where `main.typ` reads the
//! view. The seed built about 10 % faster (`docs/speed.md`, "the layout
//! started before the plan is read").
//!
//! Only the run's one plan can use it ([`EarlyLayout::claim`]), built as a
//! PDF or page images without attached files (those would change the
//! entry, `attach.typ`). Every other run withdraws the view
//! ([`EarlyLayout::withdraw`]): the waiting layout then fails at once and
//! frees its worker of Typst's pool, which a later layout may need (on one
//! core, the pool has only that worker).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use crate::render::coming::ViewToCome;
use crate::render::{Compiled, RenderError, Renderer};

/// What the layout's job ends with: its result, or its panic.
type Outcome = std::thread::Result<Result<Compiled, RenderError>>;

/// One layout started ahead of its view.
#[derive(Default)]
pub(super) struct EarlyLayout {
    /// The view, given by the plan that claims the layout.
    coming: ViewToCome,
    /// Set when the layout has read the view: the core it runs on and
    /// where its thread's next allocations come from (`heap.rs`); `None`
    /// when it ended, or never started, without reading it.
    read: OnceLock<Option<(Option<usize>, usize)>>,
    /// What the layout ended with, taken by the claimant.
    outcome: Mutex<Option<Outcome>>,
    /// Set when the layout has ended, or will never start.
    ended: OnceLock<()>,
    /// Whether a plan has claimed the layout, or the run let it go.
    claimed: AtomicBool,
}

impl EarlyLayout {
    /// A layout not started yet.
    pub(super) fn new() -> Arc<Self> {
        Arc::default()
    }

    /// Starts the layout with the renderer of `cell` (made), as a job of
    /// Typst's thread pool (rayon's global pool: Typst hands its page runs
    /// and the PDF's pages to that pool, and a job on it runs them itself
    /// while it waits). A panic of the job is kept for the claimant, which
    /// raises it again.
    pub(super) fn start(
        self: Arc<Self>,
        cell: Arc<OnceLock<Result<Renderer, RenderError>>>,
    ) {
        rayon::spawn(move || {
            let early = &*self;
            if let Some(Ok(renderer)) = cell.get() {
                let reading = |_json: usize| {
                    let at = (super::cores::current(), super::heap::next_block());
                    let _ = early.read.set(Some(at));
                };
                let outcome =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        renderer.compile_coming(&early.coming, &reading)
                    }));
                if let Ok(mut kept) = early.outcome.lock() {
                    *kept = Some(outcome);
                }
            }
            early.end();
        });
    }

    /// Marks the layout as ended: anyone waiting for its read or its
    /// outcome stops waiting. Also for a layout that will never start
    /// (the renderer could not be made, or its thread ended first).
    pub(super) fn end(&self) {
        let _ = self.read.set(None);
        let _ = self.ended.set(());
    }

    /// The layout for the calling plan, unless another plan claimed it or
    /// the run let it go.
    pub(super) fn claim(&self) -> Option<Claim<'_>> {
        let first = !self.claimed.swap(true, Ordering::AcqRel);
        first.then_some(Claim { early: self, given: false })
    }

    /// Lets the layout go, unless a plan claimed it: its view is
    /// withdrawn, and it ends without one.
    pub(super) fn withdraw(&self) {
        if !self.claimed.swap(true, Ordering::AcqRel) {
            self.coming.withdraw();
        }
    }
}

/// The early layout, claimed by one plan. Dropped without a view (the plan
/// has errors), it withdraws the view.
pub(super) struct Claim<'a> {
    early: &'a EarlyLayout,
    /// Set by [`Claim::give`]: the claim then withdraws nothing.
    given: bool,
}

impl<'a> Claim<'a> {
    /// Gives the layout its view: the view's JSON, compact, as
    /// [`Renderer::compile`] serialises it.
    pub(super) fn give(mut self, json: Vec<u8>) -> Given<'a> {
        self.given = true;
        self.early.coming.give(json);
        Given { early: self.early }
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        if !self.given {
            self.early.coming.withdraw();
        }
    }
}

/// The early layout, given its view.
pub(super) struct Given<'a> {
    early: &'a EarlyLayout,
}

impl Given<'_> {
    /// Waits until the layout has read the view, and returns the core it
    /// runs on and where its thread's next allocations come from; `None`
    /// when it ended without reading it.
    pub(super) fn read(&self) -> Option<(Option<usize>, usize)> {
        *self.early.read.wait()
    }

    /// Waits for the layout to end, and returns its result; `None` when it
    /// never started. A panic of the layout is raised again here.
    pub(super) fn outcome(self) -> Option<Result<Compiled, RenderError>> {
        self.early.ended.wait();
        let outcome = self.early.outcome.lock().ok()?.take()?;
        Some(outcome.unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    }
}
