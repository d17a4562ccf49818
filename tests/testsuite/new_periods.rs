//! `plan new` from every period (`plan-format.md`,
//! "`plan new` for every period"): the next period, the default title
//! following, dated meetings moved or dropped, the file renamed, and the result
//! passing `plan check` (issue 9).

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use std::path::PathBuf;
use std::process::Command;

use plan::model::Period;
use plan::new_plan::{MeetingPolicy, NewOptions, output_path};

use crate::support::library::{self, checked_view};

/// A small plan of `period` with the default `title` written out, one dated
/// meeting on `meeting` and one weekly meeting.
fn source(period: &str, title: &str, meeting: &str) -> String {
    format!(
        "kind: ke-hoach
style: nha-nuoc
period: {period}
number: 7
date: {meeting}
place: Lương Minh
title: {title}
issuer: {{ name: Ủy ban nhân dân xã Lương Minh, abbr: UBND }}
sections:
  - title: Nhiệm vụ
    items:
      - Triển khai các nhiệm vụ trọng tâm.
meetings:
  items:
    - {{ date: {meeting}, name: Họp Ủy ban }}
    - {{ every: monday, name: Giao ban }}
closing: Trên đây là kế hoạch./.
recipients: [UBND huyện]
archive: VT
signer: {{ title: Chủ tịch, name: Nguyễn Văn Bình }}
"
    )
}

/// (period, default title, a weekday inside it, next period, new title,
/// where the meeting moves, file name, next file name).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    Period,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const CASES: &[Case] = &[
    (
        "2024-H1",
        "Công tác 6 tháng đầu năm 2024",
        "2024-03-15",
        Period::Half(2024, 2),
        "Công tác 6 tháng cuối năm 2024",
        "2024-09-15",
        "kh-2024-H1.yaml",
        "kh-2024-H2.yaml",
    ),
    (
        "2024-H2",
        "Công tác 6 tháng cuối năm 2024",
        "2024-12-31",
        Period::Half(2025, 1),
        "Công tác 6 tháng đầu năm 2025",
        "2025-06-30",
        "h2-2024.yaml",
        "h1-2025.yaml",
    ),
    (
        "2024-W52",
        "Công tác tuần 52 năm 2024 (từ ngày 23/12 đến ngày 29/12/2024)",
        "2024-12-27",
        Period::Week(2025, 1),
        "Công tác tuần 1 năm 2025 (từ ngày 30/12/2024 đến ngày 5/1/2025)",
        "2025-01-03",
        "tuan-2024-W52.yaml",
        "tuan-2025-W01.yaml",
    ),
    (
        "2025-W01",
        "Công tác tuần 1 năm 2025 (từ ngày 30/12/2024 đến ngày 5/1/2025)",
        "2024-12-30",
        Period::Week(2025, 2),
        "Công tác tuần 2 năm 2025 (từ ngày 6/1 đến ngày 12/1/2025)",
        "2025-01-06",
        "tuan-01-2025.yaml",
        "tuan-02-2025.yaml",
    ),
    (
        "2020-2021",
        "Công tác năm học 2020-2021",
        "2021-05-25",
        Period::SchoolYear(2021),
        "Công tác năm học 2021-2022",
        "2022-05-25",
        "nam-hoc-2020-2021.yaml",
        "nam-hoc-2021-2022.yaml",
    ),
    (
        "2024-11..2025-02",
        "Công tác từ tháng 11/2024 đến tháng 02/2025",
        "2025-02-28",
        Period::Months((2025, 3), (2025, 6)),
        "Công tác từ tháng 3 đến tháng 6 năm 2025",
        "2025-06-28",
        "kh-2024-11..2025-02.yaml",
        "kh-2025-03..2025-06.yaml",
    ),
    (
        "2024-04..2024-12",
        "Công tác từ tháng 4 đến tháng 12 năm 2024",
        "2024-04-01",
        Period::Months((2025, 1), (2025, 9)),
        "Công tác từ tháng 1 đến tháng 9 năm 2025",
        "2025-01-01",
        "kh-2024-04-2024-12.yaml",
        "kh-2025-01-2025-09.yaml",
    ),
    (
        "2025..2030",
        "Công tác giai đoạn 2025-2030",
        "2025-06-02",
        Period::Years(2031, 2036),
        "Công tác giai đoạn 2031-2036",
        "2031-06-02",
        "giai-doan-2025-2030.yaml",
        "giai-doan-2031-2036.yaml",
    ),
];

#[test]
fn every_period_goes_forward_and_the_result_checks() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for &(period, title, meeting, next, new_title, moved, name, new_name) in CASES {
        let text = source(period, title, meeting);
        let path = dir.path().join(name);
        // The source itself builds: its default title is the one written.
        let view = checked_view(&path, text.as_bytes());
        let summary: String = view.summary.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(summary, title, "{period}");

        for policy in [MeetingPolicy::Drop, MeetingPolicy::Move] {
            let new = library::next(
                &path,
                text.as_bytes(),
                NewOptions { period: None, meetings: policy },
            );
            assert_eq!(new.to, next, "{period}");
            let out = String::from_utf8(new.bytes.clone()).expect("UTF-8");
            assert!(out.contains(&format!("period: {next}\n")), "{period}: {out}");
            assert!(out.contains(&format!("title: {new_title}\n")), "{period}: {out}");
            assert!(!out.contains("number:") && !out.contains("\ndate:"), "{period}");
            match policy {
                MeetingPolicy::Move => {
                    assert!(out.contains(&format!("date: {moved},")), "{period}: {out}");
                }
                MeetingPolicy::Drop => assert!(!out.contains(meeting), "{period}: {out}"),
            }
            let new_path = output_path(&path, new.from, new.to).expect("a new name");
            assert_eq!(new_path.file_name().and_then(|n| n.to_str()), Some(new_name));
            let view = checked_view(&new_path, &new.bytes);
            let summary: String = view.summary.iter().map(|r| r.text.as_str()).collect();
            assert_eq!(summary, new_title, "{period}");
        }
    }
}

/// Through the binary: 2024-W52 → 2025-W01, the file renamed, the reminders
/// naming their lines (one split over two lines of a folded block).
#[test]
fn the_binary_goes_from_week_52_to_week_1() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = source(
        "2024-W52",
        "Công tác tuần 52 năm 2024 (từ ngày 23/12 đến ngày 29/12/2024)",
        "2024-12-27",
    )
    .replace(
        "closing: Trên đây là kế hoạch./.",
        "closing: >-\n  Trên đây là kế hoạch công tác tuần 52\n  năm 2024, gửi trước ngày 20/12/2024./.",
    );
    let from: PathBuf = dir.path().join("tuan-2024-W52.yaml");
    std::fs::write(&from, &text).expect("written");
    let out = Command::new(env!("CARGO_BIN_EXE_plan"))
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("PLAN_LANG", "vi")
        .args(["new", "--from", "tuan-2024-W52.yaml"])
        .output()
        .expect("the plan binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let written = dir.path().join("tuan-2025-W01.yaml");
    let new = std::fs::read_to_string(&written).expect("the new file");
    assert!(new.contains("period: 2025-W01\n"));
    // "tuần 52⏎năm 2024" starts on line 15 of the new file (number, date
    // and the dated meeting went); "20/12/2024" is before both weeks: a
    // deadline already past, reminded apart.
    assert!(
        stderr.contains(
            "dòng 15: Trên đây là kế hoạch công tác tuần 52 (“tuần 52 năm 2024” nối sang dòng sau)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "các dòng sau của tuan-2025-W01.yaml nhắc ngày, tháng đã qua trước kỳ \
             2025-W01 (có lẽ chép từ kế hoạch kỳ trước); chúng được giữ nguyên:\n  \
             dòng 16: năm 2024, gửi trước ngày 20/12/2024./.\n"
        ),
        "{stderr}"
    );
    let check = Command::new(env!("CARGO_BIN_EXE_plan"))
        .current_dir(dir.path())
        .args(["check", "tuan-2025-W01.yaml"])
        .output()
        .expect("runs");
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
}

/// Two mentions of the old period on one line ("tháng 02/2024" and
/// "29/2/2024") remind of that line once.
#[test]
fn a_line_with_two_mentions_is_reminded_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = source(
        "2024-W09",
        "Công tác tuần 9 năm 2024 (từ ngày 26/2 đến ngày 3/3/2024)",
        "2024-02-27",
    )
    .replace(
        "closing: Trên đây là kế hoạch./.",
        "closing: Gửi báo cáo tháng 02/2024 trước ngày 29/2/2024./.",
    );
    let from: PathBuf = dir.path().join("tuan-2024-W09.yaml");
    std::fs::write(&from, &text).expect("written");
    let out = Command::new(env!("CARGO_BIN_EXE_plan"))
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env("PLAN_LANG", "vi")
        .args(["new", "--from", "tuan-2024-W09.yaml"])
        .output()
        .expect("the plan binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(stderr.matches("Gửi báo cáo tháng 02/2024").count(), 1, "{stderr}");
}

/// A Party plan of `period` with its rule set pinned to `rules`.
fn pinned(period: &str, rules: &str) -> String {
    format!(
        "kind: chuong-trinh
style: dang
period: {period}
date: 2025-01
rules: {rules}
place: Mỹ Độ
issuer: {{ name: Đảng ủy phường Mỹ Độ, abbr: ĐU }}
sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục quán triệt các nghị quyết.
closing: Trên đây là chương trình công tác./.
recipients: [Các chi bộ trực thuộc]
archive: VP/ĐU
signer: {{ on_behalf: Đảng ủy, title: Bí thư, name: Hoàng Trọng Hiếu }}
"
    )
}

/// A `rules` pin follows the signing date that `plan new` removes: for every
/// month of 2025-2027 and every week around 27/5/2026, pinned either way,
/// the new plan is laid out by the rule set in force on its period's first
/// day (05-HD/VPTW from 27/5/2026, `format-rules.md` §1.5), the pin removed
/// and reported when it said otherwise, kept when it agrees.
#[test]
fn a_rules_pin_that_the_new_period_outdates_is_removed() {
    use chrono::{NaiveDate, Weekday};
    use plan::new_plan::Change;

    let switch = NaiveDate::from_ymd_opt(2026, 5, 27).expect("a date");
    let months = (2025..=2027).flat_map(|y| (1..=12).map(move |m| format!("{y}-{m:02}")));
    let weeks = (15..=30).map(|w| format!("2026-W{w:02}"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("plan.yaml");
    let mut cases = 0;
    for period in months.chain(weeks) {
        for pin in ["hd36-2018", "hd05-2026"] {
            let text = pinned(&period, pin);
            let new = library::next(&path, text.as_bytes(), NewOptions::default());
            let first = match new.to {
                Period::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
                Period::Week(y, w) => NaiveDate::from_isoywd_opt(y, w, Weekday::Mon),
                other => panic!("{other}"),
            }
            .expect("a first day");
            let in_force = if first >= switch { "hd05-2026" } else { "hd36-2018" };
            let view = checked_view(&path, &new.bytes);
            assert_eq!(view.rules, in_force, "{period} pinned {pin} -> {}", new.to);
            let out = String::from_utf8(new.bytes.clone()).expect("UTF-8");
            let unpinned = new.changes.iter().any(|c| {
                matches!(c, Change::RulesUnpinned { line: 5, value, .. } if value == pin)
            });
            if pin == in_force {
                assert!(out.contains(&format!("\nrules: {pin}\n")), "{period}: {out}");
                assert!(!unpinned, "{period}");
            } else {
                assert!(!out.contains("rules:"), "{period}: {out}");
                assert!(unpinned, "{period}: {:?}", new.changes);
            }
            cases += 1;
        }
    }
    assert_eq!(cases, 2 * (36 + 16));
}
