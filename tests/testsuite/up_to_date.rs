//! `plan build --check` (issue 12): the files a build would write, compared
//! with the ones on disk; nothing is written, exit 1 names each missing or
//! stale file, exit 0 when all are current.

// The messages read here are the Vietnamese ones, the default.
use crate::support::cli::{run_in_vi as run_in, stderr, write};
use crate::support::plans::{edit, june, may};

/// The state of the folder: every file's name and bytes.
fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| {
            let path = e.expect("entry").path();
            let name = path.file_name().expect("name").to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("readable"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn check_names_missing_and_stale_files_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    write(dir.path(), "b.yaml", &june());

    // Nothing built yet: both missing, nothing written.
    let before = snapshot(dir.path());
    let out = run_in(dir.path(), &["build", "--check", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("chưa có a.pdf (dựng từ a.yaml)"), "{err}");
    assert!(err.contains("chưa có b.pdf (dựng từ b.yaml)"), "{err}");
    assert!(err.contains("2/2 văn bản"), "{err}");
    assert_eq!(snapshot(dir.path()), before, "--check wrote something");

    // Built: current, no file named, exit 0.
    let out = run_in(dir.path(), &["build", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run_in(dir.path(), &["build", "--check", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Only the plans' own warnings (anniversaries): no file named.
    assert!(!stderr(&out).contains(".pdf"), "{}", stderr(&out));

    // One plan edited: its PDF is stale, the other still current.
    write(
        dir.path(),
        "b.yaml",
        &edit(&june(), "Chỉ đạo\n        đôn đốc", "Chỉ đạo\n        đôn đốc, kiểm tra"),
    );
    let before = snapshot(dir.path());
    let out = run_in(dir.path(), &["build", "--check", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("đã cũ b.pdf: khác với bản dựng từ b.yaml"), "{err}");
    assert!(!err.contains("a.pdf"), "{err}");
    assert!(err.contains("1/2 văn bản"), "{err}");
    assert_eq!(snapshot(dir.path()), before, "--check wrote something");
}

#[test]
fn check_works_for_word_files_and_refuses_standard_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let out = run_in(dir.path(), &["build", "-f", "docx", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run_in(dir.path(), &["build", "-f", "docx", "--check", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The PDF was never built: checking it finds it missing.
    let out = run_in(dir.path(), &["build", "--check", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("chưa có a.pdf"), "{}", stderr(&out));
    let out = run_in(dir.path(), &["build", "--check", "-o", "-", "a.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // A missing Word file: the command to run is the one checked, with its
    // `-f docx` (without it, it would build a PDF).
    write(dir.path(), "b.yaml", &may());
    let out = run_in(dir.path(), &["build", "-f", "docx", "--check", "b.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("chạy `plan build -f docx` (không có `--check`)"),
        "{}",
        stderr(&out)
    );
}

/// A plan that fails its own checks under `--check` (warnings under
/// `--deny-warnings`, or an error) is not told to be rebuilt and kept, which
/// would not help: the last line says to fix what is reported. Files missing
/// or stale keep their own line.
#[test]
fn check_tells_failed_checks_from_stale_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    write(dir.path(), "b.yaml", &june());
    let out = run_in(dir.path(), &["build", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // Both PDFs current, both plans with warnings (anniversaries).
    let out =
        run_in(dir.path(), &["build", "--check", "--deny-warnings", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(
        err.lines().last(),
        Some(
            "2/2 văn bản không qua kiểm tra (có cảnh báo, khi chạy với \
             `--deny-warnings`): sửa theo các thông báo ở trên, rồi dựng lại"
        ),
        "{err}"
    );
    assert!(!err.contains("chưa dựng lại"), "{err}");

    // One plan with an error, the other stale: a line for each.
    write(dir.path(), "a.yaml", &edit(&may(), "period: 2024-05", "period: 2024-13"));
    write(
        dir.path(),
        "b.yaml",
        &edit(&june(), "Chỉ đạo\n        đôn đốc", "Chỉ đạo\n        đôn đốc, kiểm tra"),
    );
    let out = run_in(dir.path(), &["build", "--check", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let last: Vec<&str> = err.lines().rev().take(2).collect();
    assert_eq!(
        last,
        [
            "1/2 văn bản không qua kiểm tra (có lỗi): sửa theo các thông báo ở trên, rồi \
             dựng lại",
            "1/2 văn bản chưa dựng lại: chạy `plan build` (không có `--check`) rồi lưu các \
             tệp mới",
        ],
        "{err}"
    );
}
