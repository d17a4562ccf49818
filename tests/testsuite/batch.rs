//! Many plans in one run (issue 12, item 1): `plan build DIR` and `plan
//! check DIR` take every plan under the folders (shared include files and
//! hidden folders skipped), work on several at once, print each plan's
//! reports in one piece, a summary, and the first failure's exit status.

use std::path::Path;

use crate::support::cli::{run_in_vi, stderr, write};
use crate::support::plans::{edit, may};

/// A folder of plans: four good ones (one nested), one broken, a shared
/// file one of them includes, a plan in a hidden folder.
fn folder(dir: &Path) {
    for name in ["a.yaml", "b.yml", "c.yaml", "sub/d.yaml"] {
        write(dir, name, &may());
    }
    write(dir, "sub/deep/shared.yaml", "archive: VP/ĐU\n");
    let including = edit(&may(), "archive: VP/ĐU\n", "").replacen(
        "kind: chuong-trinh",
        "include: [deep/shared.yaml]\nkind: chuong-trinh",
        1,
    );
    write(dir, "sub/e.yaml", &including);
    write(
        dir,
        "broken.yaml",
        &may().replacen("kind: chuong-trinh", "kind: chuong_trinh", 1),
    );
    write(dir, ".git/hidden.yaml", &may());
    write(dir, "notes.txt", "không phải kế hoạch");
}

#[test]
fn a_folder_builds_every_plan_in_it_and_skips_shared_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    folder(dir.path());
    let out = run_in_vi(dir.path(), &["build", "."]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the broken plan fails the run: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    for pdf in ["a.pdf", "b.pdf", "c.pdf", "sub/d.pdf", "sub/e.pdf"] {
        assert!(dir.path().join(pdf).exists(), "{pdf} built: {err}");
    }
    assert!(!dir.path().join("broken.pdf").exists());
    assert!(!dir.path().join("sub/deep/shared.pdf").exists());
    assert!(!dir.path().join(".git/hidden.pdf").exists());
    assert!(
        err.contains(
            "đã dựng 5/6 văn bản; 1 có lỗi; 6 có cảnh báo; bỏ qua 1 tệp dùng chung"
        ),
        "{err}"
    );
    // Piped: no progress line.
    assert!(!err.contains('\r') && !err.contains("[1/6]"), "{err}");
}

/// The broken plan's report, and every warning block, come out in one
/// piece whatever the number of workers; the same lines either way.
#[test]
fn reports_are_whole_and_the_same_with_one_or_several_workers() {
    let dir = tempfile::tempdir().expect("temp dir");
    folder(dir.path());
    let one = run_in_vi(dir.path(), &["check", "--jobs", "1", "."]);
    let four = run_in_vi(dir.path(), &["check", "-j", "4", "."]);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(four.status.code(), Some(1));
    // Each report starts with its code; the summary line is taken off.
    let blocks = |text: &str| {
        let text = format!("\n{}", text.trim_end());
        let (reports, summary) = text.rsplit_once('\n').expect("a summary line");
        assert!(summary.starts_with("đã kiểm tra"), "{summary}");
        // Piped, each report starts with its severity in words.
        let marked = reports
            .replace("\nlỗi: plan::", "\n\u{1}")
            .replace("\ncảnh báo: plan::", "\n\u{1}");
        let mut blocks: Vec<String> =
            marked.split("\n\u{1}").map(|b| b.trim().to_owned()).collect();
        blocks.sort();
        blocks
    };
    assert_eq!(blocks(&stderr(&one)), blocks(&stderr(&four)));
    let err = stderr(&four);
    let broken =
        err.split("plan::invalid_value").nth(1).expect("the broken plan's report");
    let block = broken.split("\n\n").take(2).collect::<Vec<_>>().join("\n\n");
    assert!(block.contains("broken.yaml"), "{block}");
    assert!(block.contains("chuong_trinh"), "{block}");
    assert!(err.contains("đã kiểm tra 6 văn bản, 5 đạt; 1 có lỗi"), "{err}");
}

#[test]
fn the_first_failure_in_the_order_given_sets_the_exit_status() {
    let dir = tempfile::tempdir().expect("temp dir");
    folder(dir.path());
    // A file that cannot be read (3) before a broken plan (1): 3.
    let out = run_in_vi(dir.path(), &["check", "missing.yaml", "broken.yaml", "a.yaml"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let out = run_in_vi(dir.path(), &["check", "broken.yaml", "missing.yaml", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // `-o` names one file: not with a folder.
    let out = run_in_vi(dir.path(), &["build", "sub", "-o", "x.pdf"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// Under `--deny-warnings`, a plan with warnings only fails but has no
/// error: the summary counts it apart instead of "có lỗi".
#[test]
fn plans_failed_by_deny_warnings_are_not_counted_as_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    folder(dir.path());
    let out = run_in_vi(dir.path(), &["check", "--deny-warnings", "."]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(
        err.lines().last(),
        Some(
            "đã kiểm tra 6 văn bản, 0 đạt; 1 có lỗi; 6 có cảnh báo; 5 không đạt vì có \
             cảnh báo (--deny-warnings); bỏ qua 1 tệp dùng chung"
        ),
        "{err}"
    );
}
