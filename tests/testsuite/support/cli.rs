//! The `plan` binary as the tests run it, and the crate's files.

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The `plan` binary with a clean environment: no `SOURCE_DATE_EPOCH`, no
/// `PLAN_FONT_PATH`, no colour unless a test asks for it, and English
/// messages (`PLAN_LANG=en`, no locale), which the tests of behaviour read;
/// [`plan_vi`] gives the default, Vietnamese.
pub(crate) fn plan() -> Command {
    let mut cmd = plan_vi();
    cmd.env("PLAN_LANG", "en");
    cmd
}

/// [`plan`] with no language set at all: Vietnamese, the default.
pub(crate) fn plan_vi() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_plan"));
    cmd.env_remove("SOURCE_DATE_EPOCH").env_remove("PLAN_FONT_PATH").env("NO_COLOR", "1");
    for name in ["PLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(name);
    }
    cmd
}

/// Runs `cmd` to the end.
pub(crate) fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("the plan binary runs")
}

/// Runs `cmd`, but kills it and fails the test if it has not ended within
/// a minute: a command that waits on a FIFO, or for a worker that never
/// comes free, would hang the suite.
pub(crate) fn output_within_a_minute(cmd: &mut Command, name: &str) -> Output {
    let mut child = cmd
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("plan runs");
    for _ in 0..600 {
        if child.try_wait().expect("the child is there").is_some() {
            return child.wait_with_output().expect("its output");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("{name}: plan was still running after a minute");
}

/// `plan ARGS` run in `dir`.
pub(crate) fn run_in(dir: &Path, args: &[&str]) -> Output {
    run(plan().current_dir(dir).args(args))
}

/// `plan ARGS` run in `dir`, in Vietnamese (the default language).
pub(crate) fn run_in_vi(dir: &Path, args: &[&str]) -> Output {
    run(plan_vi().current_dir(dir).args(args))
}

/// Standard output, lossily decoded.
pub(crate) fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error, lossily decoded.
pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The crate's folder, where `plans/` and `examples/` live.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.yaml` directly in `dir` (includes live in subfolders), sorted.
pub(crate) fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("folder exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// The text of the file at `path`.
pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

/// Writes `text` to `name` under `dir`, making folders as needed.
pub(crate) fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create the folder");
    }
    std::fs::write(path, text).expect("write the file");
}

/// Fails unless `dir` holds `file` and nothing else: a refused input wrote
/// nothing beside it (`context` names the case in the failure).
pub(crate) fn assert_only_file(dir: &Path, file: &str, context: &str) {
    let names: Vec<_> = std::fs::read_dir(dir)
        .expect("the folder is readable")
        .map(|e| e.expect("an entry").file_name())
        .collect();
    assert_eq!(names, [file], "{context}: nothing else is written");
}

/// A report's wrapped lines folded into one: its words joined by spaces,
/// without the frame's `│`.
pub(crate) fn flat(report: &str) -> String {
    report.split_whitespace().filter(|w| *w != "│").collect::<Vec<_>>().join(" ")
}
