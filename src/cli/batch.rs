//! Many plans in one run (`plan build DIR…`, `plan check DIR…`, issue 12):
//! folders expanded to the plans under them, the plans built on all cores,
//! each plan's messages printed together, a progress line on a terminal
//! and a summary at the end.
//!
//! - A folder is walked recursively, in name order; folders whose name
//!   starts with "." are skipped, and links to folders are not followed (no
//!   cycles). Its `.yaml` and `.yml` files are plans when a line starts with
//!   the top-level key `kind:`; the others only serve as `include`s and are
//!   skipped (the summary counts them). A file named on the command line is
//!   always a plan.
//! - `--jobs N` plans at once (default: the machine's cores). Each worker
//!   keeps its compiler, fonts and templates warm from one plan to the
//!   next; one bad plan does not stop the others.
//! - Each plan's reports reach standard error in one piece, never mixed
//!   with another plan's. On a terminal (and not under `CI`) a line
//!   "[37/100] plans/x.yaml" shows the progress.
//! - The exit status is the first failing plan's, in the order given.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diag::ExitStatus;
use crate::lang::{Text, t};

thread_local! {
    /// Where this thread's messages go while a worker builds one plan.
    static CAPTURE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// What `print` writes with [`to_stderr`] on this thread, kept instead of
/// written: a thread of a plan's build prints through the thread that
/// runs the plan, which keeps the plan's messages together and in order.
pub(super) fn captured(print: impl FnOnce()) -> String {
    let earlier = CAPTURE.with(|capture| capture.replace(Some(String::new())));
    print();
    CAPTURE.with(|capture| capture.replace(earlier)).unwrap_or_default()
}

/// Writes `text` to standard error, or to the thread's capture.
pub(super) fn to_stderr(text: &str) {
    let kept = CAPTURE.with(|capture| match capture.borrow_mut().as_mut() {
        Some(buffer) => {
            buffer.push_str(text);
            true
        }
        None => false,
    });
    if !kept {
        // A closed stderr leaves nothing to report to.
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// The plan files among `args`: files as given, folders expanded.
#[derive(Debug, Default)]
pub(super) struct Plans {
    /// The plans, in order.
    pub files: Vec<PathBuf>,
    /// YAML files in the folders that are not plans (shared `include`s).
    pub skipped: usize,
    /// Whether any argument was a folder.
    pub from_folders: bool,
}

/// Expands the folders among `args`; `Err` names a folder without plans.
pub(super) fn expand(args: &[PathBuf]) -> Result<Plans, Text> {
    let mut plans = Plans::default();
    for arg in args {
        if arg.is_dir() {
            plans.from_folders = true;
            let mut found = Vec::new();
            walk(arg, &mut found);
            let before = plans.files.len();
            for file in found {
                if is_plan(&file) {
                    plans.files.push(file);
                } else {
                    plans.skipped += 1;
                }
            }
            if plans.files.len() == before {
                let shown = arg.display();
                return Err(t(
                    format!(
                        "không có kế hoạch nào trong {shown} (tệp .yaml hoặc .yml có khóa `kind`)"
                    ),
                    format!(
                        "no plan in {shown} (a .yaml or .yml file with the key `kind`)"
                    ),
                ));
            }
        } else {
            plans.files.push(arg.clone());
        }
    }
    Ok(plans)
}

/// Every `.yaml`/`.yml` file under `dir`, in name order, depth first.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden =
            path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let Ok(meta) = std::fs::symlink_metadata(&path) else { continue };
        if meta.is_dir() {
            if !hidden {
                walk(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

/// Whether the YAML file at `path` is a plan: a line starts with `kind:`
/// (a shared file may not set `kind`). A byte-order mark before the first
/// line, as Windows' Notepad saves one, does not hide it; a file saved in
/// UTF-16 (Notepad's "Unicode") counts as a plan, so that its build says
/// how to save it in UTF-8 instead of leaving it out in silence.
fn is_plan(path: &Path) -> bool {
    let Ok(bytes) = crate::source::read_bounded(path) else { return true };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let text = String::from_utf8_lossy(&bytes);
    text.strip_prefix('\u{FEFF}').unwrap_or(&text).lines().any(|line| {
        ["kind", "\"kind\"", "'kind'"].iter().any(|key| {
            line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
    })
}

/// What one plan's run came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Outcome {
    /// Its exit status.
    pub status: ExitStatus,
    /// Whether it printed warnings.
    pub warned: bool,
    /// Why its own checks failed, when they did: nothing was built or
    /// compared.
    pub rejected: Option<Rejected>,
}

/// Why a plan failed its own checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rejected {
    /// It has errors.
    Errors,
    /// It has warnings only, and `--deny-warnings` was given.
    DeniedWarnings,
}

impl Rejected {
    /// Why `diagnostics` failed the plan under [`plan_status`](super::plan_status),
    /// when they did.
    pub(super) fn of(
        diagnostics: &crate::diag::Diagnostics,
        status: ExitStatus,
    ) -> Option<Self> {
        match status {
            ExitStatus::Success => None,
            _ if diagnostics.has_errors() => Some(Self::Errors),
            _ => Some(Self::DeniedWarnings),
        }
    }
}

/// Runs `work` on every file, `jobs` at once, and returns the outcomes in
/// file order. What the workers share (one warm renderer) is `work`'s own.
pub(super) fn run_all(
    files: &[PathBuf],
    jobs: usize,
    work: impl Fn(&Path) -> Outcome + Sync,
) -> Vec<Outcome> {
    let total = files.len();
    let progress =
        total > 1 && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    // More workers than plans or than 64 would only cost memory.
    let jobs = jobs.clamp(1, total.clamp(1, 64));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; total]);
    let printing = Mutex::new(());
    let worker = || {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(file) = files.get(index) else { break };
            CAPTURE.with(|c| *c.borrow_mut() = Some(String::new()));
            let outcome = work(file);
            let text = CAPTURE.with(|c| c.borrow_mut().take()).unwrap_or_default();
            let _turn = printing.lock().unwrap_or_else(|e| e.into_inner());
            let count = done.fetch_add(1, Ordering::Relaxed) + 1;
            let mut err = std::io::stderr().lock();
            if progress {
                let _ = write!(err, "\r\x1b[K");
            }
            let _ = err.write_all(text.as_bytes());
            if progress {
                let _ = write!(err, "[{count}/{total}] {}", file.display());
                if count == total {
                    let _ = write!(err, "\r\x1b[K");
                }
            }
            let _ = err.flush();
            if let Ok(mut results) = results.lock() {
                results[index] = Some(outcome);
            }
        }
    };
    if jobs == 1 {
        worker();
    } else {
        std::thread::scope(|scope| {
            for _ in 0..jobs {
                scope.spawn(worker);
            }
        });
    }
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results
        .into_iter()
        .map(|r| {
            r.unwrap_or(Outcome {
                status: ExitStatus::Internal,
                warned: false,
                rejected: None,
            })
        })
        .collect()
}

/// The first failure in file order, or success.
pub(super) fn status(outcomes: &[Outcome]) -> ExitStatus {
    outcomes.iter().map(|o| o.status).fold(ExitStatus::Success, super::worse)
}

/// The number of plans to run at once by default: the machine's cores.
pub(super) fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// "đã dựng 98/100 văn bản; 2 có lỗi; 5 có cảnh báo; bỏ qua 3 tệp dùng chung" (or "đã kiểm tra …"), when more than one plan ran or a
/// folder was given.
pub(super) fn summary(plans: &Plans, outcomes: &[Outcome], built: bool) {
    if outcomes.len() < 2 && !plans.from_folders {
        // One plan failed for its warnings alone: said in a closing line,
        // for a report of warnings only reads as a success.
        if outcomes.iter().any(|o| o.rejected == Some(Rejected::DeniedWarnings)) {
            super::print_error(&if built {
                t(
                    "không dựng: kế hoạch có cảnh báo và có --deny-warnings; không ghi tệp nào",
                    "not built: the plan has warnings and --deny-warnings is given; nothing \
                     was written",
                )
            } else {
                t(
                    "không đạt: kế hoạch có cảnh báo và có --deny-warnings",
                    "failed: the plan has warnings and --deny-warnings is given",
                )
            });
        }
        return;
    }
    let total = outcomes.len();
    let ok = outcomes.iter().filter(|o| o.status == ExitStatus::Success).count();
    // A plan failed only by `--deny-warnings` has no error: counted apart.
    let denied =
        outcomes.iter().filter(|o| o.rejected == Some(Rejected::DeniedWarnings)).count();
    let failed = total - ok - denied;
    let warned = outcomes.iter().filter(|o| o.warned).count();
    let skipped = plans.skipped;
    let (vi_done, en_done) = if built {
        (format!("đã dựng {ok}/{total} văn bản"), format!("built {ok} of {total} plans"))
    } else {
        (
            format!("đã kiểm tra {total} văn bản, {ok} đạt"),
            format!("checked {total} plans, {ok} passed"),
        )
    };
    let mut vi = format!("{vi_done}; {failed} có lỗi; {warned} có cảnh báo");
    let mut en = format!("{en_done}; {failed} failed; {warned} with warnings");
    if denied > 0 {
        vi.push_str(&format!("; {denied} không đạt vì có cảnh báo (--deny-warnings)"));
        en.push_str(&format!("; {denied} failed for warnings (--deny-warnings)"));
    }
    if skipped > 0 {
        vi.push_str(&format!("; bỏ qua {skipped} tệp dùng chung"));
        let files = if skipped == 1 { "file" } else { "files" };
        en.push_str(&format!("; skipped {skipped} shared {files} (included, not plans)"));
    }
    super::print_done(&t(vi, en));
}

#[cfg(test)]
mod tests {
    use super::is_plan;

    /// A plan saved by Windows' Notepad (byte-order mark, CRLF line ends) is
    /// a plan; a shared file saved so is not.
    #[test]
    #[allow(clippy::disallowed_methods)] // the test's own fixture files
    fn a_plan_with_a_byte_order_mark_is_a_plan() {
        let dir = tempfile::tempdir().expect("temp dir");
        let plan = dir.path().join("plan.yaml");
        std::fs::write(&plan, "\u{FEFF}kind: chuong-trinh\r\nperiod: 2024-05\r\n")
            .expect("write");
        assert!(is_plan(&plan));
        let shared = dir.path().join("shared.yaml");
        std::fs::write(&shared, "\u{FEFF}archive: VP\r\n").expect("write");
        assert!(!is_plan(&shared));
        // UTF-16, little and big endian: its build reports the encoding.
        for bom in [[0xFF, 0xFE], [0xFE, 0xFF]] {
            let utf16 = dir.path().join("utf16.yaml");
            std::fs::write(&utf16, [&bom[..], b"k\0i\0"].concat()).expect("write");
            assert!(is_plan(&utf16), "{bom:?}");
        }
    }
}
