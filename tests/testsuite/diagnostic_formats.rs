//! `--diagnostic-format` (issue 12, item 3): the same problems as one line
//! each (`short`), as JSON lines (`json`), as GitHub Actions workflow
//! commands (`github`); the human report names the severity in words when
//! it does not go to a terminal.

use crate::support::cli::{run_in_vi, stderr, write};
use crate::support::plans::may;

/// A folder with the seed, its `kind` misspelt: one error (at line `line`,
/// column 7) and the seed's warnings.
fn broken(dir: &std::path::Path) -> usize {
    let text = may().replacen("kind: chuong-trinh", "kind: chuong_trinh", 1);
    let line = text.lines().position(|l| l.starts_with("kind:")).expect("kind") + 1;
    write(dir, "a.yaml", &text);
    line
}

#[test]
fn short_is_one_line_per_problem_with_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = broken(dir.path());
    let out = run_in_vi(dir.path(), &["check", "--diagnostic-format", "short", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let expected = format!("a.yaml:{line}:7: lỗi[plan::invalid_value]: ");
    assert!(err.lines().any(|l| l.starts_with(&expected)), "{err}");
    let warnings = err.lines().filter(|l| l.contains(": cảnh báo[plan::")).count();
    assert!(warnings >= 5, "{err}");
    for l in err.lines() {
        let (place, rest) = l.split_once(": ").expect("file:line:col: …");
        let parts: Vec<&str> = place.split(':').collect();
        assert_eq!(parts.len(), 3, "{l}");
        assert!(
            parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok(),
            "{l}"
        );
        assert!(
            rest.starts_with("lỗi[plan::") || rest.starts_with("cảnh báo[plan::"),
            "{l}"
        );
    }
}

#[test]
fn json_is_one_object_per_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = broken(dir.path());
    let out = run_in_vi(dir.path(), &["check", "--diagnostic-format", "json", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let objects: Vec<serde_json::Value> =
        err.lines().map(|l| serde_json::from_str(l).expect("a JSON object")).collect();
    let error =
        objects.iter().find(|o| o["code"] == "plan::invalid_value").expect("the error");
    assert_eq!(error["file"], "a.yaml");
    assert_eq!(error["line"], line);
    assert_eq!(error["column"], 7);
    assert_eq!(error["end_line"], line);
    assert_eq!(error["end_column"], 7 + "chuong_trinh".len());
    assert_eq!(error["severity"], "error");
    assert!(error["message"].as_str().expect("message").contains("chuong_trinh"));
    assert!(error["help"].as_str().expect("help").contains("chuong-trinh"));
    assert!(objects.iter().filter(|o| o["severity"] == "warning").count() >= 5);
}

#[test]
fn github_prints_workflow_commands() {
    let dir = tempfile::tempdir().expect("temp dir");
    let line = broken(dir.path());
    let out =
        run_in_vi(dir.path(), &["build", "--diagnostic-format", "github", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let expected = format!(
        "::error file=a.yaml,line={line},col=7,endLine={line},endColumn=19,title=plan%3A%3Ainvalid_value::"
    );
    assert!(err.lines().any(|l| l.starts_with(&expected)), "{err}");
    assert!(err.lines().any(|l| l.starts_with("::warning file=a.yaml,line=")), "{err}");
    // Every problem is one line: the help's line break is escaped.
    for l in err.lines().filter(|l| l.starts_with("::")) {
        assert!(l.contains("%0Agợi ý: ") || !l.contains("gợi ý"), "{l}");
    }
}

/// Under `--deny-warnings` a warning fails the run, and GitHub annotates it
/// as the error it then is (it said `::warning` while the job failed).
#[test]
fn github_annotates_denied_warnings_as_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    crate::support::cli::write(dir.path(), "a.yaml", &crate::support::plans::may());
    let args = ["check", "--diagnostic-format", "github", "a.yaml"];
    let out = run_in_vi(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).lines().any(|l| l.starts_with("::warning ")),
        "{}",
        stderr(&out)
    );
    let out = run_in_vi(dir.path(), &[&args[..], &["--deny-warnings"]].concat());
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!err.lines().any(|l| l.starts_with("::warning ")), "{err}");
    assert!(err.lines().any(|l| l.starts_with("::error ")), "{err}");
}

#[test]
fn the_human_report_names_the_severity_when_piped() {
    let dir = tempfile::tempdir().expect("temp dir");
    broken(dir.path());
    let out = run_in_vi(dir.path(), &["check", "a.yaml"]);
    let err = stderr(&out);
    assert!(
        err.starts_with("lỗi: plan::invalid_value")
            || err.contains("\nlỗi: plan::invalid_value"),
        "{err}"
    );
    assert!(err.contains("cảnh báo: plan::"), "{err}");
}
