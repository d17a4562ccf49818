//! How the heap grows.
//!
//! glibc's `malloc` grows a heap by what is asked plus 128 KiB, and the
//! heap of a thread other than the main one (the layout's, Typst's
//! workers') grows by an `mprotect` call each time. A cold `plan build` of
//! the seed made 636 such calls, each one a system call that also stalls
//! the other threads of the process while the kernel updates its page
//! tables. With a 64 MiB pad a heap grows a few times (16 calls) and the
//! seed builds about 2 ms faster (`bench/run.sh`). The pad reserves
//! address space only: memory a program never touches is not resident,
//! and the peak memory of the seed and of the yearly plan did not grow.

/// Asks the allocator to grow its heaps 64 MiB at a time (glibc on Linux;
/// elsewhere nothing).
pub(super) fn grow_in_large_steps() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` changes a tuning parameter of glibc's allocator and
    // is safe to call at any time, from any thread; M_TOP_PAD takes any
    // non-negative size.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 64 << 20);
    }
}
