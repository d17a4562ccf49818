//! Issue 11, item 1: the binary speaks Vietnamese by default and English on
//! request (`--lang en`, `PLAN_LANG=en`, a locale starting with `en`), with
//! no line mixing the two: reports, file errors, progress, usage errors and
//! `--help`.

use std::process::{Command, Output};

use crate::support::cli::{plan, plan_vi, run, stderr, stdout};

/// A fixture whose report has a message, a label and a help line.
const MEETING: &str = "tests/fixtures/errors/meeting_outside_period.yaml";

/// English words that give away an English phrase in a Vietnamese line.
const ENGLISH: &[&str] = &[
    " the ",
    " a ",
    " an ",
    " into ",
    " or ",
    " not ",
    " is ",
    " and ",
    " of ",
    " to ",
    " for ",
    " with ",
    "error:",
    "help:",
    "usage:",
    "options:",
    "arguments:",
    "commands:",
    " print",
    "cannot",
    "wrote",
    "found",
    "tip:",
    "for more information",
];

/// The lines of `text` with an English word, outside backticks and outside
/// the plan's own lines that a report quotes (`10 │ …`).
fn english_lines(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| {
            let trimmed = line.trim_start();
            let number = trimmed.split(' ').next().unwrap_or("");
            !(!number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit())
                && trimmed[number.len()..].starts_with(" │"))
        })
        .filter(|line| {
            let outside: String =
                line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            let padded = format!(" {} ", outside.to_lowercase());
            ENGLISH.iter().any(|w| padded.contains(w))
        })
        .map(str::to_owned)
        .collect()
}

fn assert_vietnamese(out: &str) {
    let found = english_lines(out);
    assert!(found.is_empty(), "English in a Vietnamese output: {found:#?}\n{out}");
}

fn check_meeting(cmd: &mut Command) -> Output {
    run(cmd.args(["check", MEETING]))
}

#[test]
fn reports_are_vietnamese_by_default() {
    let out = check_meeting(&mut plan_vi());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("cuộc họp nằm ngoài kỳ của kế hoạch"), "{err}");
    assert!(err.contains("gợi ý: ngày 4/6/2024 không thuộc tháng 5 năm 2024"), "{err}");
    assert!(err.contains("plan::meeting_outside_period"), "{err}");
    assert_vietnamese(&err);
}

#[test]
fn english_is_asked_for_by_flag_variable_or_locale() {
    let english = "the meeting is outside the period 2024-05";
    let cases: Vec<(&str, Command)> = vec![
        ("--lang en", {
            let mut c = plan_vi();
            c.args(["--lang", "en"]);
            c
        }),
        ("--lang=en after the command", {
            let mut c = plan_vi();
            c.env("PLAN_LANG", "vi");
            c
        }),
        ("PLAN_LANG", {
            let mut c = plan_vi();
            c.env("PLAN_LANG", "en").env("LANG", "vi_VN.UTF-8");
            c
        }),
        ("LC_ALL", {
            let mut c = plan_vi();
            c.env("LC_ALL", "en_US.UTF-8").env("LANG", "vi_VN.UTF-8");
            c
        }),
        ("LC_MESSAGES", {
            let mut c = plan_vi();
            c.env("LC_MESSAGES", "en_GB.UTF-8");
            c
        }),
        ("LANG", {
            let mut c = plan_vi();
            c.env("LANG", "en_US.UTF-8");
            c
        }),
    ];
    for (name, mut cmd) in cases {
        if name == "--lang=en after the command" {
            cmd.args(["check", MEETING, "--lang=en"]);
        } else {
            cmd.args(["check", MEETING]);
        }
        let err = stderr(&run(&mut cmd));
        assert!(err.contains(english), "{name}: {err}");
        assert!(
            err.contains("  help: 4/6/2024 is not in the period 2024-05"),
            "{name}: {err}"
        );
        assert!(!err.contains("gợi ý"), "{name}: {err}");
    }
}

#[test]
fn the_flag_beats_the_variable_which_beats_the_locale() {
    let err = stderr(&run(plan().args(["--lang", "vi", "check", MEETING])));
    assert!(err.contains("cuộc họp nằm ngoài kỳ"), "--lang vi over PLAN_LANG=en: {err}");
    let err =
        stderr(&check_meeting(plan_vi().env("PLAN_LANG", "vi").env("LC_ALL", "en_US")));
    assert!(err.contains("cuộc họp nằm ngoài kỳ"), "PLAN_LANG=vi over LC_ALL: {err}");
    // POSIX: the first locale variable that is set decides, `C` included.
    let err =
        stderr(&check_meeting(plan_vi().env("LC_ALL", "C.UTF-8").env("LANG", "en_US")));
    assert!(err.contains("cuộc họp nằm ngoài kỳ"), "LC_ALL=C over LANG: {err}");
}

#[test]
fn file_errors_and_progress_are_worded_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap().to_owned();
    // A folder is searched for plans (`batch`); an empty one has none.
    let out = run(plan_vi().args(["check", &folder]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        err,
        format!(
            "lỗi: không có kế hoạch nào trong {folder} (tệp .yaml hoặc .yml có khóa `kind`)\n"
        )
    );
    let err = stderr(&run(plan().args(["check", &folder])));
    assert_eq!(
        err,
        format!(
            "error: no plan in {folder} (a .yaml or .yml file with the key `kind`)\n"
        )
    );

    let missing = dir.path().join("khong-co.yaml");
    let err = stderr(&run(plan_vi().arg("check").arg(&missing)));
    assert!(err.starts_with("lỗi: không đọc được"), "{err}");
    assert!(err.contains("không có tệp hoặc thư mục này"), "{err}");
    assert_vietnamese(&err);

    let view = dir.path().join("ra.json");
    let plan_file = "plans/may-2024.yaml";
    let out =
        run(plan_vi().args(["build", "--emit", "view", plan_file, "-o"]).arg(&view));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.ends_with(&format!("đã ghi {}\n", view.display())), "{err}");
    assert_vietnamese(&err);
    let out = run(plan().args(["build", "--emit", "view", plan_file, "-o"]).arg(&view));
    assert!(stderr(&out).ends_with(&format!("wrote {}\n", view.display())));
}

#[test]
fn help_is_vietnamese_by_default_and_english_on_request() {
    for args in [
        &["--help"][..],
        &["build", "--help"],
        &["new", "-h"],
        &["help", "diff"],
        &["template", "export", "--help"],
    ] {
        let out = run(plan_vi().args(args));
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = stdout(&out);
        assert!(help.contains("Cách dùng: plan"), "{args:?}\n{help}");
        assert!(help.contains("Tùy chọn:"), "{args:?}\n{help}");
        assert!(help.contains("-h, --help"), "{args:?}\n{help}");
        assert_vietnamese(&help);
        let english = stdout(&run(plan().args(args)));
        assert!(english.contains("Usage: plan"), "{args:?}\n{english}");
        assert!(english.contains("Options:"), "{args:?}\n{english}");
    }
    let help = stdout(&run(plan_vi().arg("--help")));
    assert!(help.contains("Lệnh:\n  build"), "{help}");
    let help = stdout(&run(plan_vi().args(["build", "--help"])));
    assert!(help.contains("Tham số:\n  <TỆP>..."), "{help}");
    assert!(help.contains("--lang <NGÔN-NGỮ>"), "{help}");
    // Arguments are listed in the order they are typed, as the usage line
    // shows them, in both languages.
    let help = stdout(&run(plan_vi().args(["diff", "--help"])));
    assert!(help.contains("Tham số:\n  <CŨ>"), "{help}");
    assert!(help.find("<CŨ>  ") < help.find("<MỚI>  "), "{help}");
    let help = stdout(&run(plan().args(["diff", "--help"])));
    assert!(help.contains("Arguments:\n  <OLD>"), "{help}");
}

#[test]
fn usage_errors_are_worded_in_the_language() {
    let out = run(plan_vi().args(["build", "--ouput", "x.pdf", MEETING]));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("lỗi: không có tùy chọn `--ouput`\n"), "{err}");
    assert!(err.contains("gợi ý: có phải `--output`?"), "{err}");
    assert!(err.contains("Cách dùng: plan build [TÙY-CHỌN] <TỆP>..."), "{err}");
    assert_vietnamese(&err);

    let out = run(plan_vi().args(["buld"]));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("lỗi: không có lệnh `buld`"), "{err}");
    assert_vietnamese(&err);

    // Two commands near a misspelt one are two suggestions, not one name,
    // the nearer first.
    let err = stderr(&run(plan_vi().args(["chek"])));
    assert!(err.contains("gợi ý: có phải `check` hoặc `schema`?"), "{err}");

    // The plan `plan new` starts from, given without `--from`.
    let out = run(plan_vi().args(["new", MEETING]));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(&format!("lỗi: thừa tham số `{MEETING}`")), "{err}");
    assert!(
        err.contains(&format!(
            "gợi ý: kế hoạch gốc viết sau `--from`: `plan new --from {MEETING}`"
        )),
        "{err}"
    );
    assert_vietnamese(&err);

    let out = run(plan_vi().args(["new", "--from", MEETING, "--period", "2024-13"]));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("`2024-13` không phải một kỳ"), "{err}");
    assert_vietnamese(&err);

    let out = run(plan().args(["build", "--ouput", "x.pdf", MEETING]));
    assert!(stderr(&out).contains("error: unexpected argument '--ouput' found"));
}
