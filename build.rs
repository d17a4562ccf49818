//! Links the `plan` executable at a fixed address on Linux (not as a
//! position-independent executable).
//!
//! `plan` is started once per command, and most of a small command's time
//! went into starting it: the dynamic loader applied 101 913 relocations
//! to the 50 MB executable at every start, writing 1.7 MB of pointer tables
//! (`.data.rel.ro`) into private copies of their pages. Linked at a fixed
//! address, the executable needs 160 relocations, and those tables stay
//! pages shared with the file. Measured on the 2-core test machine
//! (`plan --version`, 41 alternated runs): 3.7 → 1.9 ms and 640 → 166 page
//! faults; a cold `plan build` of the seed starts its work 1.8 ms sooner
//! (`docs/speed.md`).
//!
//! The cost: the executable's own code is not placed at a random address
//! (the shared libraries, the stack and the heap still are). `plan` reads
//! only local files the user names and runs no network service.
//!
//! Only the executable is linked so; the library, the tests and every
//! dependency are compiled as before (`rustc-link-arg-bins` changes the
//! final link only, so no dependency is rebuilt).

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
