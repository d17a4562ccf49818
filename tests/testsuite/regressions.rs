//! Inputs the fuzzer (`fuzz/`, target `pipeline`) or a review found to
//! break the pipeline, kept in `fuzz/regressions/` once fixed: each runs
//! through the fuzz target's steps (check, report, and the PDF when a view
//! results) and must neither panic nor fail in the template.

use std::path::{Path, PathBuf};

use crate::support::renderer;

fn regressions() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fuzz/regressions exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_none_or(|e| e != "md"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn fuzz_regressions_stay_fixed() {
    let paths = regressions();
    assert!(!paths.is_empty(), "fuzz/regressions holds the fixed crashers");
    // As the fuzz target does: a plan in `examples/`, so includes resolve.
    let at = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fuzz-input.yaml");
    for path in paths {
        let bytes = std::fs::read(&path).unwrap();
        let checked = plan::check(&at, &bytes, plan::resolve::Options::default());
        let _ = plan::diag::render(
            &checked.diagnostics,
            &checked.sources,
            80,
            false,
            plan::lang::Lang::En,
        );
        if let Some(view) = checked.view {
            let pdf = plan::render_pdf(renderer(), &view, None);
            assert!(pdf.is_ok_and(|p| p.starts_with(b"%PDF-")), "{}", path.display());
        }
    }
}

/// Mutated plans each run of [`mutated_plans_and_examples_never_panic`]
/// checks: `PLAN_FUZZ_CASES`, or 300 (a few seconds; CI runs the default).
pub(crate) fn fuzz_cases() -> usize {
    std::env::var("PLAN_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
}

/// The seed of the mutations: `PLAN_FUZZ_SEED`, or a fixed one so that
/// every run checks the same cases.
pub(crate) fn fuzz_seed() -> u64 {
    std::env::var("PLAN_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x706c_616e_2d66_757a)
}

/// SplitMix64: a small, seeded, portable random sequence.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A small, seeded fuzzer that runs in every `cargo test`: plans and
/// examples with a character inserted or removed at a random place, through
/// check, compose and the report (not the PDF: too slow here). The number of
/// cases and the seed come from `PLAN_FUZZ_CASES` and `PLAN_FUZZ_SEED`
/// (README, "Tests"). The real fuzzer is `fuzz/`; this catches a regression
/// without it.
#[test]
fn mutated_plans_and_examples_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = ["plans", "examples"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let texts: Vec<String> =
        files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let inserts = ["{", "}", ":", "- ", "\n", "\t", "\"", "{x}", "*", "**", "\u{0}", "ạ"];
    let seed = fuzz_seed();
    let mut rng = Rng(seed);
    for case in 0..fuzz_cases() {
        let which = rng.below(files.len());
        let (file, text) = (&files[which], &texts[which]);
        let places: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let at = places[rng.below(places.len())];
        let mut yaml = text.clone();
        let what = match rng.below(inserts.len() + 1) {
            0 => {
                yaml.remove(at);
                format!("removed the character at byte {at}")
            }
            n => {
                yaml.insert_str(at, inserts[n - 1]);
                format!("inserted {:?} at byte {at}", inserts[n - 1])
            }
        };
        let context = format!(
            "case {case} of seed {seed} (PLAN_FUZZ_SEED): {}, {what}",
            file.display()
        );
        let result = std::panic::catch_unwind(|| {
            let checked =
                plan::check(file, yaml.as_bytes(), plan::resolve::Options::default());
            let _ = plan::diag::render(
                &checked.diagnostics,
                &checked.sources,
                80,
                false,
                plan::lang::Lang::En,
            );
            checked.view.is_some() != checked.diagnostics.has_errors()
        });
        match result {
            Ok(consistent) => {
                assert!(
                    consistent,
                    "{context}: a view came with errors, or none without"
                );
            }
            Err(_) => panic!("{context}: panicked"),
        }
    }
}
