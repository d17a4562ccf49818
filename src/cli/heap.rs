//! How the heap grows, and memory made ready ahead of the layout.
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
//!
//! The first touch of each page of that space is a page fault: the kernel
//! finds a zeroed page and maps it, 2.4 to 4.5 µs a page on the 2-core
//! build machine (3 December 2026, a C loop over 64 MiB). The layout of
//! the seed touched 1 070 to 1 210 new pages of its thread's heap, about
//! 3 ms of the critical path, and the PDF export some 300 of the main
//! thread's. [`make_ready`] has the kernel map such pages from the main
//! thread, which only waits while the layout runs (1.6 to 1.8 µs a page
//! mapped that way): the seed's build then takes 950 to 1 450 page faults
//! instead of about 2 600 (fewer when the mapping keeps ahead of the
//! layout), with the same PDF bytes.

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

/// Where the calling thread's next allocations come from: the address of
/// a 64 KiB block, bigger than the small blocks a heap reuses, taken from
/// the thread's heap and given back at once.
pub(super) fn next_block() -> usize {
    let block: Vec<u8> = Vec::with_capacity(64 << 10);
    std::hint::black_box(&block).as_ptr() as usize
}

/// The size of one heap of a thread other than the main one: glibc's
/// `HEAP_MAX_SIZE` on 64-bit targets, heaps aligned to it.
const THREAD_HEAP: usize = 64 << 20;

/// The size of a memory page (4 KiB on x86-64; 16 or 64 KiB on some ARM
/// kernels), which `madvise` and `mincore` count in.
#[cfg(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64"))]
fn page_size() -> usize {
    // SAFETY: `sysconf` only reads a setting of the system.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).ok().filter(|s| s.is_power_of_two()).unwrap_or(4096)
}

/// Has the kernel map `len` bytes of the heap from `from` now, so that the
/// thread allocating there later finds them ready; never past the heap's
/// end (the main heap's break, or the end of a thread's 64 MiB heap).
/// Nothing is read or written: pages already mapped stay as they are, and
/// the others are mapped zeroed, as a first touch would map them. Linux
/// 5.14 and later, glibc on a 64-bit target; elsewhere, or when the kernel
/// refuses, nothing.
pub(super) fn make_ready(from: usize, len: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64"))]
    {
        let page = page_size();
        const STEP: usize = 256 << 10;
        // SAFETY: `sbrk(0)` only reads the current end of the main heap.
        let brk = unsafe { libc::sbrk(0) } as usize;
        let heap_end = if from < brk {
            brk
        } else {
            (from & !(THREAD_HEAP - 1)).saturating_add(THREAD_HEAP)
        };
        let Some(mut start) = from.checked_next_multiple_of(page) else {
            return;
        };
        let end = from.saturating_add(len).min(heap_end) & !(page - 1);
        while start < end {
            // A whole number of pages: STEP is one on every page size up
            // to 256 KiB, and `end - start` is one.
            let step = STEP.max(page).min(end - start);
            // SAFETY: MADV_POPULATE_WRITE maps the pages of a range as a
            // write would, without writing: memory already mapped keeps its
            // contents, new pages are zero, as they would be at their
            // first use. On a range that is not writable memory of this
            // process it fails and changes nothing. No Rust reference is
            // made to the memory.
            let done = unsafe {
                libc::madvise(start as *mut libc::c_void, step, libc::MADV_POPULATE_WRITE)
            };
            if done != 0 {
                break;
            }
            start += step;
        }
    }
    #[cfg(not(all(
        target_os = "linux",
        target_env = "gnu",
        target_pointer_width = "64"
    )))]
    let _ = (from, len);
}

#[cfg(all(test, target_os = "linux", target_env = "gnu", target_pointer_width = "64"))]
mod tests {
    use super::{make_ready, next_block, page_size};

    /// How many of the `pages` pages from `start` (page-aligned) are mapped.
    fn resident(start: usize, pages: usize) -> usize {
        let page = page_size();
        let mut flags = vec![0u8; pages];
        // SAFETY: `mincore` only writes one byte a page into `flags`, which
        // holds `pages` bytes; the range is part of this process's heap.
        let done = unsafe {
            libc::mincore(start as *mut libc::c_void, pages * page, flags.as_mut_ptr())
        };
        assert_eq!(done, 0, "mincore: {}", std::io::Error::last_os_error());
        flags.iter().filter(|f| **f & 1 == 1).count()
    }

    #[test]
    fn memory_not_yet_touched_is_mapped_ahead_of_its_use() {
        // Fresh pages of our own, none touched (a heap may hand out memory
        // a test before it used): 1 MiB of 2, inside one 64 MiB span as
        // in a thread's heap (`THREAD_HEAP`).
        let size = 2 << 20;
        // SAFETY: a new private anonymous mapping, unmapped below; no
        // Rust reference is made to it.
        let block = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        assert_ne!(block, libc::MAP_FAILED);
        let mut from = block as usize;
        let span = |a: usize| a & !(super::THREAD_HEAP - 1);
        if span(from) != span(from + (1 << 20)) {
            from = span(from + (1 << 20));
        }
        let page = page_size();
        let pages = (1 << 20) / page;
        let before = resident(from, pages);
        make_ready(from, pages * page);
        let after = resident(from, pages);
        // SAFETY: the mapping made above, of `size` bytes.
        unsafe { libc::munmap(block, size) };
        assert_eq!(before, 0, "{before} of {pages} pages mapped already");
        assert_eq!(after, pages, "{after} of {pages} pages mapped");
    }

    #[test]
    fn the_next_block_is_where_the_next_allocation_goes() {
        let next = next_block();
        let block: Vec<u8> = Vec::with_capacity(64 << 10);
        assert_eq!(block.as_ptr() as usize, next);
    }

    #[test]
    fn memory_in_use_keeps_its_bytes() {
        let bytes: Vec<u8> = (0..3 * page_size()).map(|i| (i % 251) as u8).collect();
        make_ready(bytes.as_ptr() as usize, bytes.len());
        assert!(bytes.iter().enumerate().all(|(i, b)| *b == (i % 251) as u8));
    }

    #[test]
    fn addresses_that_are_no_heap_memory_change_nothing() {
        // Unmapped low memory, and a range that would wrap around.
        let page = page_size();
        make_ready(page, 16 * page);
        make_ready(usize::MAX - page, 4 * page);
        make_ready(usize::MAX - 1, 4 * page);
    }
}
