//! `plan watch` (issue 11, item 3): builds, then rebuilds on every save of
//! the plan or of a file it includes (also one included after the start),
//! keeps the last good PDF while the plan has errors, and stays up.

// The test edits the plan files the watcher reads.
#![allow(clippy::disallowed_methods)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

// The messages read here are the Vietnamese ones, the default.
use crate::support::cli::{plan_vi as plan, write};
use crate::support::plans::{edit, may};

/// The watcher, its standard error collected as it comes.
struct Watcher {
    child: Child,
    err: Arc<Mutex<String>>,
}

impl Watcher {
    fn start(dir: &Path, file: &str) -> Self {
        let mut child = plan()
            .current_dir(dir)
            .args(["watch", file])
            .stderr(Stdio::piped())
            .spawn()
            .expect("plan watch starts");
        let err = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&err);
        let stderr = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let mut text = sink.lock().expect("lock");
                text.push_str(&line);
                text.push('\n');
            }
        });
        Self { child, err }
    }

    /// Waits (up to a minute) until `done` holds of the output so far.
    fn wait_for(&self, what: &str, done: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if done(&self.err.lock().expect("lock")) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("waited a minute for {what}; output:\n{}", self.err.lock().expect("lock"));
    }

    fn count(&self, needle: &str) -> usize {
        self.err.lock().expect("lock").matches(needle).count()
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Saves `text` to `path` so that the size or the time changes even within
/// one clock tick: a trailing comment of a new length.
fn save(path: &Path, text: &str, round: usize) {
    std::fs::write(path, format!("{text}\n#{}\n", "x".repeat(round))).expect("save");
}

#[test]
fn rebuilds_on_save_keeps_the_last_good_pdf_and_follows_new_includes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_path = dir.path().join("a.yaml");
    let pdf = dir.path().join("a.pdf");
    write(dir.path(), "a.yaml", &may());
    let watcher = Watcher::start(dir.path(), "a.yaml");
    watcher.wait_for("the first build", |e| e.contains("đã ghi a.pdf"));
    assert!(watcher.count("đang theo dõi 1 văn bản") == 1);
    let first = std::fs::read(&pdf).expect("built");

    // A save with new text: rebuilt, a different PDF.
    let changed = edit(
        &may(),
        "Đảng ủy phường Mỹ Độ. Đề nghị",
        "Đảng ủy phường Mỹ Độ. Kính đề nghị",
    );
    save(&plan_path, &changed, 1);
    watcher.wait_for("the rebuild", |e| e.matches("đã ghi a.pdf").count() == 2);
    let second = std::fs::read(&pdf).expect("rebuilt");
    assert_ne!(first, second, "the PDF follows the save");

    // A save with an error: reported, the last good PDF stays.
    save(&plan_path, &changed.replacen("kind: chuong-trinh", "kind: chuong_trinh", 1), 2);
    watcher.wait_for("the error", |e| e.contains("plan::invalid_value"));
    watcher
        .wait_for("the note", |e| e.contains("a.yaml có lỗi: giữ nguyên bản PDF trước"));
    assert_eq!(std::fs::read(&pdf).expect("kept"), second, "an error replaced the PDF");

    // Fixed, and now including a shared file: rebuilt; then a save of the
    // shared file alone rebuilds too.
    let with_include = changed.replacen(
        "kind: chuong-trinh",
        "include: [shared.yaml]\nkind: chuong-trinh",
        1,
    );
    std::fs::write(dir.path().join("shared.yaml"), "archive: VP/ĐU\n").expect("shared");
    let with_include = with_include.replacen("archive: VP/ĐU\n", "", 1);
    save(&plan_path, &with_include, 3);
    watcher.wait_for("the rebuild with the include", |e| {
        e.matches("đã ghi a.pdf").count() == 3
    });
    std::fs::write(dir.path().join("shared.yaml"), "archive: VP/Đảng ủy phường\n")
        .expect("shared");
    watcher.wait_for("the rebuild after the include changed", |e| {
        e.matches("đã ghi a.pdf").count() == 4
    });
    let text =
        String::from_utf8_lossy(&std::fs::read(&pdf).expect("rebuilt")).into_owned();
    assert!(!text.is_empty());
}

/// A folder or a device given as a plan is refused at once (exit 3), as
/// every command refuses it, instead of being "watched" (which would run
/// until stopped: the test stops it after 20 s and fails).
#[test]
fn a_folder_or_a_device_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    for target in [dir.path(), Path::new("/dev/null")] {
        let mut child = crate::support::cli::plan()
            .arg("watch")
            .arg(target)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("runs");
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break Some(status);
            }
            if started.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert_eq!(status.and_then(|s| s.code()), Some(3), "{}", target.display());
    }
}

/// A plan with errors from the start has no earlier PDF to keep: the note
/// says none is written, not that one is kept.
#[test]
fn errors_from_the_start_say_no_pdf_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = may().replacen("kind: chuong-trinh", "kind: chuong_trinh", 1);
    write(dir.path(), "a.yaml", &broken);
    let watcher = Watcher::start(dir.path(), "a.yaml");
    watcher.wait_for("the note", |e| e.contains("a.yaml có lỗi: chưa ghi bản PDF nào"));
    assert_eq!(watcher.count("giữ nguyên bản PDF trước"), 0);
    assert!(!dir.path().join("a.pdf").exists());
}
