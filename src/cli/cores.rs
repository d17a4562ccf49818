//! The layout's core kept for the layout.
//!
//! A cold `plan build` lays the plan out on one thread (Typst's layout is
//! one job) while other threads of `plan` work beside it: the text checks,
//! and the main thread mapping memory ahead of the layout (`heap.rs`).
//! Woken while the layout runs, such a thread is often put on the layout's
//! own core (the scheduler favours the core of the thread that woke it)
//! and the two take turns on one core while the other idles. A thread that
//! [`avoid`]s the layout's core runs beside it instead.

/// The core the calling thread runs on now (Linux; elsewhere `None`).
pub(super) fn current() -> Option<usize> {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `sched_getcpu` only reads which core runs this thread.
        let cpu = unsafe { libc::sched_getcpu() };
        usize::try_from(cpu).ok()
    }
    #[cfg(not(target_os = "linux"))]
    None
}

/// The calling thread kept off one core until this is dropped.
#[must_use = "the thread avoids the core only while this lives"]
pub(super) struct Avoiding {
    #[cfg(target_os = "linux")]
    before: libc::cpu_set_t,
}

/// Keeps the calling thread off `core` while the result lives: it runs on
/// the other cores it may use. `None`, and nothing changed, when `core` is
/// the only one it may use or the system refuses.
pub(super) fn avoid(core: usize) -> Option<Avoiding> {
    #[cfg(target_os = "linux")]
    {
        let size = std::mem::size_of::<libc::cpu_set_t>();
        // SAFETY: a `cpu_set_t` is a plain bit mask; all zeros is the empty
        // set. `sched_getaffinity` and `sched_setaffinity` (0: this thread)
        // read and write `size` bytes of the sets given, and `CPU_ISSET`,
        // `CPU_CLR` and `CPU_COUNT` check the index against the set's size.
        unsafe {
            let mut before: libc::cpu_set_t = std::mem::zeroed();
            if libc::sched_getaffinity(0, size, &mut before) != 0
                || core >= 8 * size
                || !libc::CPU_ISSET(core, &before)
            {
                return None;
            }
            let mut others = before;
            libc::CPU_CLR(core, &mut others);
            if libc::CPU_COUNT(&others) == 0
                || libc::sched_setaffinity(0, size, &others) != 0
            {
                return None;
            }
            Some(Avoiding { before })
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = core;
        None
    }
}

impl Drop for Avoiding {
    fn drop(&mut self) {
        #[cfg(target_os = "linux")]
        // SAFETY: sets this thread's mask back to the one read in `avoid`.
        unsafe {
            libc::sched_setaffinity(
                0,
                std::mem::size_of::<libc::cpu_set_t>(),
                &self.before,
            );
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::{avoid, current};

    /// The cores the calling thread may run on.
    fn allowed() -> Vec<usize> {
        let size = std::mem::size_of::<libc::cpu_set_t>();
        // SAFETY: as in `avoid`.
        unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            assert_eq!(libc::sched_getaffinity(0, size, &mut set), 0);
            (0..8 * size).filter(|c| libc::CPU_ISSET(*c, &set)).collect()
        }
    }

    #[test]
    fn a_thread_avoids_the_core_while_the_guard_lives() {
        std::thread::spawn(|| {
            let cores = allowed();
            let Some(&core) = cores.first() else { return };
            let guard = avoid(core);
            if cores.len() == 1 {
                // The only core: nothing to move to, nothing changed.
                assert!(guard.is_none());
                assert_eq!(allowed(), cores);
                return;
            }
            assert!(guard.is_some());
            assert!(!allowed().contains(&core));
            assert_ne!(current(), Some(core));
            drop(guard);
            assert_eq!(allowed(), cores);
        })
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    }

    #[test]
    fn a_core_the_thread_may_not_use_changes_nothing() {
        std::thread::spawn(|| {
            let cores = allowed();
            assert!(avoid(usize::MAX).is_none());
            assert!(avoid(100_000).is_none());
            assert_eq!(allowed(), cores);
        })
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    }
}
