//! `plan new`: next period's plan from this one (issue 5, item 1). Only the
//! changed values are rewritten; every other byte of the file comes through,
//! and the result passes `plan check`.

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use std::path::PathBuf;

use chrono::NaiveDate;
use plan::model::Period;
use plan::new_plan::{Change, MeetingPolicy, NewOptions};

use crate::support::cli::{read, root, run_in, stderr};
use crate::support::git::Repo;
use crate::support::library::{checked_view, next};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// `text` with each `(from, to)` applied once; `from` must occur exactly
/// once, so the expected file says precisely which bytes change.
fn edited(text: &str, edits: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (from, to) in edits {
        assert_eq!(out.matches(from).count(), 1, "`{from}` occurs once");
        out = out.replacen(from, to, 1);
    }
    out
}

fn view_json(view: &plan::view::View) -> String {
    serde_json::to_string(view).expect("the view serialises")
}

const MOVE: NewOptions = NewOptions { period: None, meetings: MeetingPolicy::Move };

// ---- the May 2024 program -------------------------------------------------

const MAY_EDITS: &[(&str, &str)] = &[
    ("period: 2024-05\nnumber: 45\ndate: 2024-05-02\n", "period: 2024-06\n"),
    ("    - { date: 2024-05-28, name: Hội nghị BTV Đảng ủy }\n", ""),
    ("    - { date: 2024-05-29, name: Hội nghị Đảng ủy mở rộng }\n", ""),
];

#[test]
fn may_becomes_june_changing_only_period_number_date_and_dated_meetings() {
    let path = root().join("plans/may-2024.yaml");
    let source = read(&path);
    let new = next(&path, source.as_bytes(), NewOptions::default());
    assert_eq!((new.from, new.to), (Period::Month(2024, 5), Period::Month(2024, 6)));
    let text = String::from_utf8(new.bytes.clone()).unwrap();
    // Byte-identical outside the edited ranges: the expected text is the
    // source with exactly these lines changed.
    assert_eq!(text, edited(&source, MAY_EDITS));
    assert!(!new.normalized);
    let dropped: Vec<(&str, NaiveDate)> = new
        .changes
        .iter()
        .filter_map(|c| match c {
            Change::MeetingDropped { name, date, .. } => Some((name.as_str(), *date)),
            _ => None,
        })
        .collect();
    assert_eq!(
        dropped,
        [
            ("Hội nghị BTV Đảng ủy", ymd(2024, 5, 28)),
            ("Hội nghị Đảng ủy mở rộng", ymd(2024, 5, 29))
        ]
    );
    assert!(new.changes.contains(&Change::Removed {
        line: 68,
        key: "number",
        value: "45".to_owned()
    }));
    // The intro and closing still say "tháng 5/2024": the author is told.
    assert!(new.reminders.iter().any(|r| r.text.contains("tháng 5/2024")));

    let view = checked_view(&root().join("plans/2024-06.yaml"), text.as_bytes());
    let json = view_json(&view);
    assert!(json.contains("Công tác tháng 6 năm 2024"), "the default title follows");
    assert!(json.contains("thứ Hai hàng tuần"), "the weekly meeting stays");
    assert!(!json.contains("28/5/2024"), "dated meetings are gone");
    assert_eq!(view.header.number, "Số \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}-CTr/ĐU");
    assert!(view.header.date.ends_with("tháng 6 năm 2024"), "{}", view.header.date);
    assert!(
        view.header.date.contains("ngày \u{a0}"),
        "the day is blank: {}",
        view.header.date
    );
}

#[test]
fn move_meetings_puts_them_on_the_same_day_of_the_new_month() {
    let path = root().join("plans/may-2024.yaml");
    let source = read(&path);
    let new = next(&path, source.as_bytes(), MOVE);
    let text = String::from_utf8(new.bytes).unwrap();
    let want = edited(
        &source,
        &[
            ("period: 2024-05\nnumber: 45\ndate: 2024-05-02\n", "period: 2024-06\n"),
            ("{ date: 2024-05-28,", "{ date: 2024-06-28,"),
            ("{ date: 2024-05-29,", "{ date: 2024-06-29,"),
        ],
    );
    assert_eq!(text, want);
    let json =
        view_json(&checked_view(&root().join("plans/2024-06.yaml"), text.as_bytes()));
    assert!(json.contains("28/6/2024") && json.contains("29/6/2024"));
}

#[test]
fn the_command_writes_next_months_file_and_reports_what_it_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let source = read(&root().join("plans/may-2024.yaml"));
    std::fs::write(dir.path().join("2024-05.yaml"), &source).unwrap();
    let out = run_in(dir.path(), &["new", "--from", "2024-05.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("dropped the meeting \"Hội nghị BTV Đảng ủy\" of 28/5/2024"),
        "{err}"
    );
    assert!(
        err.contains("dropped the meeting \"Hội nghị Đảng ủy mở rộng\" of 29/5/2024")
    );
    assert!(
        err.contains("removed `number: 45`")
            && err.contains("removed `date: 2024-05-02`")
    );
    assert!(err.contains("--move-meetings"), "the other choice is named: {err}");
    assert!(err.contains("wrote 2024-06.yaml"), "{err}");
    // The lines named first are the source's (line 68 holds `number` only
    // there); the reminders after them are the new file's.
    assert!(
        err.starts_with(
            "2024-05.yaml (2024-05) -> 2024-06.yaml (2024-06)\n\
             what changed (line numbers of 2024-05.yaml):\n  \
             line 67: period 2024-05 -> 2024-06\n  \
             line 68: removed `number: 45`\n"
        ),
        "{err}"
    );
    assert!(err.contains("these lines of 2024-06.yaml still name 2024-05"), "{err}");
    assert_eq!(read(&dir.path().join("2024-06.yaml")), edited(&source, MAY_EDITS));
    let check = run_in(dir.path(), &["check", "2024-06.yaml"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    // December rolls over to January of the next year, named after the input.
    let dec = edited(
        &source,
        &[
            ("period: 2024-05\nnumber: 45\ndate: 2024-05-02\n", "period: 2024-12\n"),
            ("{ date: 2024-05-28,", "{ date: 2024-12-27,"),
            ("{ date: 2024-05-29,", "{ date: 2024-12-30,"),
        ],
    );
    std::fs::write(dir.path().join("dec-2024.yaml"), dec).unwrap();
    let out = run_in(dir.path(), &["new", "--from", "dec-2024.yaml", "--move-meetings"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let jan = read(&dir.path().join("jan-2025.yaml"));
    assert!(jan.contains("period: 2025-01\n") && jan.contains("{ date: 2025-01-27,"));
    // Anniversary counts follow the new year by themselves: 135 years in 2025.
    let json =
        view_json(&checked_view(&dir.path().join("jan-2025.yaml"), jan.as_bytes()));
    assert!(json.contains("135 năm Ngày sinh Chủ tịch Hồ Chí Minh"), "{json}");
}

// ---- odd formatting, CRLF, BOM, NFD -----------------------------------------

fn odd() -> (PathBuf, String) {
    let path = root().join("tests/fixtures/new/odd-2024-05.yaml");
    let text = read(&path);
    (path, text)
}

/// What `plan new` must make of the odd fixture, dated meetings dropped.
fn odd_expected(source: &str) -> String {
    edited(
        source,
        &[
            ("period: \"2024-05\"   #", "period: \"2024-06\"   #"),
            ("number: '07'        # this comment goes with its line\n", ""),
            ("date: \"2024-05-03\"\n", ""),
            ("title: 'Công tác tháng 5 năm 2024'", "title: 'Công tác tháng 6 năm 2024'"),
            (
                "      - {date: 2024-05-28,name: \"Hội nghị BTV Đảng ủy\"}   # goes with the meeting\n",
                "",
            ),
            (
                "      -\n        date: '2024-05-31'\n        time: '14:00'\n        name: Hội nghị Đảng ủy mở rộng\n",
                "",
            ),
        ],
    )
}

#[test]
fn odd_formatting_survives_byte_for_byte() {
    let (path, source) = odd();
    let new = next(&path, source.as_bytes(), NewOptions::default());
    let text = String::from_utf8(new.bytes).unwrap();
    assert_eq!(text, odd_expected(&source));
    // Comments around the removed lines stay.
    assert!(text.contains("# a comment line before `date` stays\nplace:"));
    assert!(text.contains("# a comment after the last meeting stays"));
    checked_view(&path.with_file_name("odd-2024-06.yaml"), text.as_bytes());

    let moved = next(&path, source.as_bytes(), MOVE);
    let text = String::from_utf8(moved.bytes).unwrap();
    let want = edited(
        &source,
        &[
            ("period: \"2024-05\"   #", "period: \"2024-06\"   #"),
            ("number: '07'        # this comment goes with its line\n", ""),
            ("date: \"2024-05-03\"\n", ""),
            ("title: 'Công tác tháng 5 năm 2024'", "title: 'Công tác tháng 6 năm 2024'"),
            ("{date: 2024-05-28,name:", "{date: 2024-06-28,name:"),
            // 31 May moves to the last day of June.
            ("date: '2024-05-31'", "date: '2024-06-30'"),
        ],
    );
    assert_eq!(text, want);
    assert!(moved.changes.contains(&Change::MeetingMoved {
        line: 37,
        name: "Hội nghị Đảng ủy mở rộng".to_owned(),
        from: ymd(2024, 5, 31),
        to: ymd(2024, 6, 30),
    }));
    checked_view(&path.with_file_name("odd-2024-06.yaml"), text.as_bytes());
}

fn crlf_bom(text: &str) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
    out
}

#[test]
fn crlf_line_ends_and_the_byte_order_mark_are_kept() {
    let (path, source) = odd();
    let new = next(&path, &crlf_bom(&source), NewOptions::default());
    assert!(!new.normalized);
    assert_eq!(new.bytes, crlf_bom(&odd_expected(&source)));
    checked_view(&path.with_file_name("odd-2024-06.yaml"), &new.bytes);

    // Through the binary too: the file on disk keeps CRLF and the mark.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("odd-2024-05.yaml"), crlf_bom(&source)).unwrap();
    let out = run_in(dir.path(), &["new", "--from", "odd-2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read(dir.path().join("odd-2024-06.yaml")).unwrap();
    assert_eq!(written, crlf_bom(&odd_expected(&source)));
}

#[test]
fn a_file_not_in_nfc_comes_out_in_nfc_with_its_line_ends() {
    use unicode_normalization::UnicodeNormalization;
    let (path, source) = odd();
    let nfd: String = source.nfd().collect();
    assert_ne!(nfd, source);
    let new = next(&path, nfd.replace('\n', "\r\n").as_bytes(), NewOptions::default());
    assert!(new.normalized);
    assert_eq!(new.bytes, odd_expected(&source).replace('\n', "\r\n").into_bytes());
}

// ---- quarters and years ------------------------------------------------------

#[test]
fn a_quarter_becomes_the_next_quarter() {
    let path = root().join("examples/state-quarterly-plan.yaml");
    let source = read(&path);
    let new = next(&path, source.as_bytes(), NewOptions::default());
    assert_eq!(new.to, Period::Quarter(2024, 4));
    let text = String::from_utf8(new.bytes).unwrap();
    // Both meetings were dated: the whole block goes, and nothing else.
    let want = edited(
        &source,
        &[
            ("period: 2024-Q3\nnumber: 5\ndate: 2024-06-25\n", "period: 2024-Q4\n"),
            (
                "meetings:\n  items:\n    - { date: 2024-07-15, name: Sơ kết 6 tháng đầu năm }\n    - { date: 2024-09-27, time: \"08:00\", name: Họp đánh giá kết quả quý III }\n",
                "",
            ),
        ],
    );
    assert_eq!(text, want);
    assert!(
        matches!(new.changes.last(), Some(Change::MeetingsRemoved { line: 40, gone }) if gone.is_empty())
    );
    checked_view(&path.with_file_name("q4.yaml"), text.as_bytes());

    let moved = next(&path, source.as_bytes(), MOVE);
    let text = String::from_utf8(moved.bytes).unwrap();
    assert!(text.contains("{ date: 2024-10-15, name: Sơ kết"), "{text}");
    assert!(text.contains("{ date: 2024-12-27, time: \"08:00\""), "{text}");
    let json = view_json(&checked_view(&path.with_file_name("q4.yaml"), text.as_bytes()));
    assert!(json.contains("Công tác quý IV năm 2024"), "{json}");
}

#[test]
fn q4_becomes_q1_of_the_next_year_and_a_year_the_next_year() {
    let path = root().join("examples/state-quarterly-plan.yaml");
    let q4 = read(&path)
        .replace("period: 2024-Q3", "period: 2024-Q4")
        .replace("date: 2024-06-25", "date: 2024-09-25");
    let q4 = q4
        .replace("date: 2024-07-15", "date: 2024-10-15")
        .replace("date: 2024-09-27", "date: 2024-12-27");
    let new = next(&path, q4.as_bytes(), MOVE);
    assert_eq!(new.to, Period::Quarter(2025, 1));
    let text = String::from_utf8(new.bytes).unwrap();
    assert!(text.contains("period: 2025-Q1\n") && text.contains("date: 2025-03-27"));
    checked_view(&path, text.as_bytes());

    let path = root().join("examples/party-yearly-program.yaml");
    let source = read(&path);
    let new = next(&path, source.as_bytes(), MOVE);
    assert_eq!(new.to, Period::Year(2026));
    let text = String::from_utf8(new.bytes).unwrap();
    assert!(text.contains("period: 2026\n"));
    assert!(text.contains("date: 2026-01-06") && text.contains("date: 2026-12-18"));
    assert!(!text.contains("number: 12") && !text.contains("date: 2024-12-20"));
    let json = view_json(&checked_view(&path, text.as_bytes()));
    // {tl} counts from the new year: 96 years in 2026.
    assert!(json.contains("96 năm Ngày thành lập Đảng"), "{json}");
}

#[test]
fn a_plan_with_includes_and_a_custom_title_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("shared")).unwrap();
    for file in ["every-key.yaml", "shared/mo-do-common.yaml"] {
        std::fs::copy(root().join("examples").join(file), dir.path().join(file)).unwrap();
    }
    let out =
        run_in(dir.path(), &["new", "--from", "every-key.yaml", "-o", "2024-Q4.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let source = read(&dir.path().join("every-key.yaml"));
    let text = read(&dir.path().join("2024-Q4.yaml"));
    assert!(text.contains("title: Tuyên truyền và dân vận quý III năm 2024\n"));
    assert!(text.contains("include:\n  - shared/mo-do-common.yaml\n"));
    // The custom title names the old quarter: the author is told.
    assert!(err.contains("title: Tuyên truyền và dân vận quý III năm 2024"), "{err}");
    assert_eq!(source.lines().count() - text.lines().count(), 4, "2 keys, 2 meetings");
    // Written in another folder, the include would not resolve: nothing is written.
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let out =
        run_in(dir.path(), &["new", "--from", "every-key.yaml", "-o", "sub/q4.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not found"), "{}", stderr(&out));
    assert!(!dir.path().join("sub/q4.yaml").exists());
}

// ---- the command line --------------------------------------------------------

#[test]
fn refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let source = read(&root().join("plans/may-2024.yaml"));
    std::fs::write(dir.path().join("2024-05.yaml"), &source).unwrap();
    std::fs::write(dir.path().join("2024-06.yaml"), "kept").unwrap();
    let out = run_in(dir.path(), &["new", "--from", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2024-06.yaml exists"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"));
    assert_eq!(read(&dir.path().join("2024-06.yaml")), "kept");
    // Run twice by mistake, in Vietnamese: the message says the file was
    // made before and what `--force` costs.
    let out =
        crate::support::cli::run_in_vi(dir.path(), &["new", "--from", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: 2024-06.yaml đã có (có lẽ đã soạn từ trước): mở tệp đó để sửa tiếp; muốn \
         soạn lại từ đầu thì thêm --force (mọi chỉnh sửa trong tệp đó sẽ mất), hoặc đặt \
         tên khác bằng -o\n"
    );
    assert_eq!(read(&dir.path().join("2024-06.yaml")), "kept");
    let out = run_in(dir.path(), &["new", "--from", "2024-05.yaml", "--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(read(&dir.path().join("2024-06.yaml")), edited(&source, MAY_EDITS));
    // Nothing but the two plans: no temporary file left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

/// `-o` naming the plan the new one is made from is refused even with
/// `--force` (exit 2): the old period's plan would be lost. Naming a file
/// it includes, the new plan would include itself: exit 1, nothing written.
#[test]
fn never_writes_over_its_source_or_an_include() {
    let dir = tempfile::tempdir().unwrap();
    // The shared file beside the plan, where the new plan would find it too.
    let examples = root().join("examples");
    let plan = read(&examples.join("every-key.yaml"))
        .replace("shared/mo-do-common.yaml", "chung.yaml");
    std::fs::write(dir.path().join("every-key.yaml"), &plan).unwrap();
    std::fs::copy(
        examples.join("shared/mo-do-common.yaml"),
        dir.path().join("chung.yaml"),
    )
    .unwrap();
    let before = |f: &str| read(&dir.path().join(f));
    let shared = before("chung.yaml");
    let targets = ["every-key.yaml", "./every-key.yaml"];
    for target in targets {
        let args = ["new", "--from", "every-key.yaml", "-o", target, "--force"];
        let out = run_in(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{target}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("which the new plan is made from, and writing would"),
            "{err}"
        );
        assert_eq!(before("every-key.yaml"), plan, "{target}");
        assert_eq!(before("chung.yaml"), shared, "{target}");
    }
    // Named as the shared file (or a link to it), the new plan would
    // include itself: an error, and nothing is written either.
    #[cfg(unix)]
    std::os::unix::fs::symlink("chung.yaml", dir.path().join("lien-ket.yaml")).unwrap();
    for target in ["chung.yaml", "lien-ket.yaml"] {
        if target == "lien-ket.yaml" && !cfg!(unix) {
            continue;
        }
        let args = ["new", "--from", "every-key.yaml", "-o", target, "--force"];
        let out = run_in(dir.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("plan::include_cycle"), "{}", stderr(&out));
        assert_eq!(before("chung.yaml"), shared);
    }
}

/// A period of another length: meetings moved by the months between the
/// periods' starts fall past the new one's end. Nothing is written, and
/// the message says the lines are the new plan's and what to do.
#[test]
fn meetings_moved_past_the_new_period_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let source = root().join("examples/state-plan-electronic-recipients.yaml");
    std::fs::copy(&source, dir.path().join("nam.yaml")).unwrap();
    let args = [
        "new",
        "--from",
        "nam.yaml",
        "--period",
        "2025-01..2025-03",
        "--move-meetings",
        "-o",
        "q1.yaml",
    ];
    let out = run_in(dir.path(), &args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("plan::meeting_outside_period"), "{err}");
    assert!(
        err.contains("the lines reported above are the new plan's, not written"),
        "{err}"
    );
    assert!(err.contains("--move-meetings moved a meeting past the new period"), "{err}");
    assert!(!dir.path().join("q1.yaml").exists());
}

#[test]
fn a_name_without_the_period_needs_an_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("plans/may-2024.yaml"), dir.path().join("q2.yaml"))
        .unwrap();
    let out = run_in(dir.path(), &["new", "--from", "q2.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("give the name with -o"), "{}", stderr(&out));
    let out = run_in(dir.path(), &["new", "--from", "q2.yaml", "-o", "june.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(read(&dir.path().join("june.yaml")).contains("period: 2024-06\n"));
}

#[test]
fn period_flag_picks_the_new_period_of_the_same_kind() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("plans/may-2024.yaml"), dir.path().join("2024-05.yaml"))
        .unwrap();
    let args =
        ["new", "--from", "2024-05.yaml", "--period", "2024-08", "--move-meetings"];
    let out = run_in(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = read(&dir.path().join("2024-08.yaml"));
    assert!(text.contains("period: 2024-08\n") && text.contains("{ date: 2024-08-28,"));
    let out =
        run_in(dir.path(), &["new", "--from", "2024-05.yaml", "--period", "2024-Q3"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not of the same kind"), "{}", stderr(&out));
    let out =
        run_in(dir.path(), &["new", "--from", "2024-05.yaml", "--period", "2024-13"]);
    assert_eq!(out.status.code(), Some(2), "clap rejects a bad period");
    // The plan's own period (the month the clerk is in, typed by mistake)
    // is refused, exit 2, nothing written.
    let out = crate::support::cli::run_in_vi(
        dir.path(),
        &["new", "--from", "2024-05.yaml", "--period", "2024-05", "-o", "x.yaml"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "lỗi: kỳ mới 2024-05 trùng với kỳ của kế hoạch; bỏ `--period` để soạn kỳ sau \
         (2024-06), hoặc ghi kỳ cần soạn\n"
    );
    assert!(!dir.path().join("x.yaml").exists());
}

#[test]
fn a_plan_with_errors_gives_no_new_plan() {
    let dir = tempfile::tempdir().unwrap();
    let source = read(&root().join("plans/may-2024.yaml")).replace("signer:", "sigener:");
    std::fs::write(dir.path().join("2024-05.yaml"), source).unwrap();
    let out = run_in(dir.path(), &["new", "--from", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown key `sigener`"), "{}", stderr(&out));
    assert!(!dir.path().join("2024-06.yaml").exists());
    let out = run_in(dir.path(), &["new", "--from", "missing.yaml"]);
    assert_eq!(out.status.code(), Some(3));
}

// ---- in a git repository -------------------------------------------------------

#[test]
fn next_month_in_a_git_repository() {
    let repo = Repo::new();
    let dir = repo.path();
    std::fs::copy(root().join("plans/may-2024.yaml"), dir.join("2024-05.yaml")).unwrap();
    repo.git(&["add", "2024-05.yaml"]);
    repo.git(&["commit", "-q", "-m", "Chương trình công tác tháng 5/2024"]);

    let out = run_in(dir, &["new", "--from", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(repo.git(&["status", "--porcelain"]), "?? 2024-06.yaml\n");
    repo.git(&["add", "2024-06.yaml"]);
    repo.git(&["commit", "-q", "-m", "Chương trình công tác tháng 6/2024"]);

    // The new file differs from May by the edited lines only: the period
    // line changed, `number`, `date` and two meetings removed.
    let diff = repo
        .git_command()
        .args(["diff", "--no-index", "--numstat", "2024-05.yaml", "2024-06.yaml"])
        .output()
        .expect("git runs");
    assert_eq!(diff.status.code(), Some(1), "the files differ");
    let numstat = String::from_utf8_lossy(&diff.stdout);
    assert!(numstat.starts_with("1\t5\t"), "{numstat}");
    let log = repo.git(&["log", "--format=%s"]);
    assert_eq!(
        log,
        "Chương trình công tác tháng 6/2024\nChương trình công tác tháng 5/2024\n"
    );
    let shown = repo.git(&["show", "HEAD:2024-06.yaml"]);
    assert_eq!(shown, read(&dir.join("2024-06.yaml")));
    let check = run_in(dir, &["check", "2024-06.yaml"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
}

/// A meeting kept from last month's plan (the clerk changed one date and
/// forgot the other) is an error whose help says so and how to fix it,
/// instead of sending the meeting "into next period's plan".
#[test]
fn a_meeting_left_from_last_month_is_named_as_such() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let june = std::fs::read_to_string(root().join("plans/may-2024.yaml"))
        .unwrap()
        .replace("period: 2024-05\nnumber: 45\ndate: 2024-05-02\n", "period: 2024-06\n")
        .replace(
            "date: 2024-05-28, name: Hội nghị BTV",
            "date: 2024-06-25, name: Hội nghị BTV",
        );
    std::fs::write(dir.path().join("june-2024.yaml"), june).unwrap();
    let out = crate::support::cli::run_in_vi(
        dir.path(),
        &["check", "--diagnostic-format", "short", "june-2024.yaml"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let errors: Vec<String> = stderr(&out)
        .lines()
        .filter(|l| l.contains(": lỗi["))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        errors,
        [
            "june-2024.yaml:280:15: lỗi[plan::meeting_outside_period]: cuộc họp nằm ngoài kỳ \
             của kế hoạch (tháng 6 năm 2024) (gợi ý: ngày 29/5/2024 ở trước tháng 6 năm 2024, \
             có lẽ còn sót lại từ kế hoạch kỳ trước: xóa cuộc họp này, hoặc sửa ngày vào \
             khoảng 1/6/2024 – 30/6/2024)"
        ]
    );
    // A date after the period keeps the help that sends it forward.
    let may = std::fs::read_to_string(root().join("plans/may-2024.yaml"))
        .unwrap()
        .replace("date: 2024-05-29, name", "date: 2024-06-04, name");
    std::fs::write(dir.path().join("may-2024.yaml"), may).unwrap();
    let out = crate::support::cli::run_in_vi(
        dir.path(),
        &["check", "--diagnostic-format", "short", "may-2024.yaml"],
    );
    assert!(stderr(&out).contains("hoặc đưa sang kế hoạch kỳ sau"), "{}", stderr(&out));
}

/// Every meeting dated, the `meetings` block goes, and with it its `note`
/// (and a `title` when written): the report names them, so nothing of the
/// old plan is lost without a word.
#[test]
fn a_meetings_block_removed_names_its_note() {
    let path = root().join("plans/may-2024.yaml");
    let source = edited(
        &read(&path),
        &[(
            "    - { every: monday, time: \"08:00\", name: Hội nghị giao ban Thường trực }\n",
            "",
        )],
    );
    let new = next(&path, source.as_bytes(), NewOptions::default());
    let text = String::from_utf8(new.bytes.clone()).unwrap();
    assert!(!text.contains("meetings:") && !text.contains("note:"), "{text}");
    let last = new.changes.last().expect("a change");
    assert_eq!(
        last.text().vi,
        "dòng 279: đã bỏ khối `meetings`: không còn cuộc họp nào; bỏ cả `note: Các cuộc họp \
         đột xuất khác Đảng ủy thông báo sau`: chép lại khi thêm các cuộc họp của kỳ mới"
    );
}

/// `plan new -o -` prints the new plan on standard output, and its summary
/// says so instead of naming a file "-".
#[test]
fn printed_to_standard_output_the_summary_names_no_file_dash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("plans/may-2024.yaml"), dir.path().join("2024-05.yaml"))
        .unwrap();
    let out = crate::support::cli::run_in_vi(
        dir.path(),
        &["new", "--from", "2024-05.yaml", "-o", "-"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("period: 2024-06\n"));
    let said = stderr(&out);
    assert!(
        said.starts_with("2024-05.yaml (2024-05) -> đầu ra chuẩn (2024-06)\n"),
        "{said}"
    );
    assert!(said.contains("các dòng sau của kế hoạch mới vẫn nhắc kỳ 2024-05"), "{said}");
    assert!(!said.contains(" - ("), "{said}");
    assert!(!said.contains("của - "), "{said}");
    let out = run_in(dir.path(), &["new", "--from", "2024-05.yaml", "-o", "-"]);
    let said = stderr(&out);
    assert!(
        said.starts_with("2024-05.yaml (2024-05) -> standard output (2024-06)\n"),
        "{said}"
    );
    assert!(said.contains("these lines of the new plan still name 2024-05"), "{said}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no file written");
}

/// A closed standard error (`plan new --from … 2>&1 | head -1`) does not
/// stop the command: it writes the new plan and exits 0. The summary was
/// printed with `eprintln!`, which panicked (exit 101) on the first line
/// the reader no longer took, before the file was written.
#[test]
fn a_closed_standard_error_still_writes_the_new_plan() {
    let dir = tempfile::tempdir().unwrap();
    let source = read(&root().join("plans/may-2024.yaml"));
    std::fs::write(dir.path().join("2024-05.yaml"), &source).unwrap();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let status = crate::support::cli::plan()
        .current_dir(dir.path())
        .args(["new", "--from", "2024-05.yaml"])
        .stderr(writer)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    assert_eq!(read(&dir.path().join("2024-06.yaml")), edited(&source, MAY_EDITS));
}

/// June made from May with the closing left as it was, then July made
/// from June: the lines naming May, now past, are still reminded, under
/// their own heading (they were reminded only going to June).
#[test]
fn a_plan_made_from_a_copy_still_reminds_of_the_month_before() {
    let dir = tempfile::tempdir().unwrap();
    let source = read(&root().join("plans/may-2024.yaml"));
    std::fs::write(dir.path().join("2024-05.yaml"), &source).unwrap();
    let out = run_in(dir.path(), &["new", "--from", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out =
        crate::support::cli::run_in_vi(dir.path(), &["new", "--from", "2024-06.yaml"]);
    let said = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(!said.contains("vẫn nhắc kỳ 2024-06"), "{said}");
    assert!(
        said.contains(
            "các dòng sau của 2024-07.yaml nhắc ngày, tháng đã qua trước kỳ 2024-07 (có lẽ \
             chép từ kế hoạch kỳ trước); chúng được giữ nguyên:\n  \
             dòng 119: Thực hiện Chương trình công tác năm 2024, tháng 5/2024 Đảng ủy phường \
             Mỹ Độ tập trung\n"
        ),
        "{said}"
    );
    for line in [
        "dòng 203: Lương Thị Mỹ -Tổ dân phố số 1, xong trước ngày 20/5/2024.",
        "dòng 283: Trên đây là chương trình công tác tháng 5/2024 của Đảng ủy phường Mỹ Độ.",
        "dòng 286: Đảng ủy trước ngày 20/5/2024./.",
    ] {
        assert!(said.contains(line), "{line}: {said}");
    }
    // "Chỉ thị số 05-CT/ĐU ngày 15/5/2016" cites a document; "1/5" is a holiday.
    assert!(!said.contains("dòng 134:") && !said.contains("dòng 229:"), "{said}");
}

/// A count of years typed before an anniversary ("kỷ niệm 94 năm") is
/// reminded when the new period is in another year, with the reference that
/// counts by itself named; in English with `--lang en`.
#[test]
fn typed_anniversary_counts_are_reminded_in_a_new_year() {
    let dir = tempfile::tempdir().unwrap();
    let source = edited(
        &read(&root().join("plans/may-2024.yaml")),
        &[("period: 2024-05\nnumber: 45\ndate: 2024-05-02\n", "period: 2024-12\n")],
    )
    .replace("2024-05-28", "2024-12-27")
    .replace("2024-05-29", "2024-12-30")
    .replace(
        "closing: >-\n",
        "closing: >-\n  Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam.\n",
    );
    std::fs::write(dir.path().join("2024-12.yaml"), &source).unwrap();
    let out =
        crate::support::cli::run_in_vi(dir.path(), &["new", "--from", "2024-12.yaml"]);
    let said = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(
        said.contains(
            "các dòng sau của 2025-01.yaml ghi tay số năm kỷ niệm (“kỷ niệm … năm”), nay kỳ \
             mới sang năm 2025: hãy tính lại; ngày kỷ niệm khai báo trong `anniversaries:` \
             và dẫn bằng `{id}` tự tính số năm:\n  dòng "
        ),
        "{said}"
    );
    assert!(said.contains(": Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng"), "{said}");
    let out = run_in(dir.path(), &["new", "--from", "2024-12.yaml", "-o", "-"]);
    let said = stderr(&out);
    assert!(
        said.contains(
            "these lines of the new plan type an anniversary's count of years (\"kỷ niệm … \
             năm\"), and the new period is in 2025: count again; an anniversary defined \
             under `anniversaries:` and cited as `{id}` counts the years by itself:\n"
        ),
        "{said}"
    );
}
