//! `plan build -f ics` (issue 12, item 7): the meetings as an iCalendar
//! file, read back with a real parser (Python's `icalendar`, with
//! dateutil expanding the weekly rule, as calendar programs built on it
//! do; `.ci/run` installs it), byte-identical run to run.

use std::process::Command;

use crate::support::cli::{run_in, stderr, write};
use crate::support::plans::{edit, may};

/// The occurrences `tests/ics_read.py` reads from `ics`: (uid, summary,
/// start, all day), one per occurrence, and the calendar's name.
fn read_back(
    dir: &std::path::Path,
    ics: &str,
) -> (String, Vec<(String, String, String, bool)>) {
    let script = crate::support::cli::root().join("tests/ics_read.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(dir.join(ics))
        .output()
        .expect("python3 runs (the iCalendar parser is Python's `icalendar`)");
    assert!(
        out.status.success(),
        "the parser refused the file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let mut name = String::new();
    let mut events = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("CALNAME ") {
            name = rest.to_owned();
        } else if let Some(rest) = line.strip_prefix("EVENT ") {
            let parts: Vec<&str> = rest.split(" | ").collect();
            assert_eq!(parts.len(), 4, "{line}");
            events.push((
                parts[0].to_owned(),
                parts[1].to_owned(),
                parts[2].to_owned(),
                parts[3] == "True",
            ));
        }
    }
    (name, events)
}

const MEETINGS: &str = "meetings:
  items:
    - { date: 2024-05-28, name: Hội nghị BTV Đảng ủy }
    - { date: 2024-05-29, name: Hội nghị Đảng ủy mở rộng }
    - { every: monday, time: \"08:00\", name: Hội nghị giao ban Thường trực }";

const OTHER_MEETINGS: &str = "meetings:
  items:
    - { date: 2024-05-14, time: \"19:30\", name: \"Họp chi bộ; tổ dân phố số 1, số 2\" }
    - { every: friday, name: Sinh hoạt Thường trực }
    - { date: 2024-05-14, time: \"19:30\", name: \"Họp chi bộ; tổ dân phố số 1, số 2\" }";

#[test]
fn meetings_read_back_with_their_days_times_and_weeks() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let out = run_in(dir.path(), &["build", "-f", "ics", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("a.ics"), "{}", stderr(&out));
    let (name, events) = read_back(dir.path(), "a.ics");
    assert_eq!(name, "Chương trình công tác tháng 5 năm 2024 - Đảng ủy phường Mỹ Độ");
    let found: Vec<(&str, &str, bool)> =
        events.iter().map(|e| (e.1.as_str(), e.2.as_str(), e.3)).collect();
    assert_eq!(
        found,
        [
            ("Hội nghị BTV Đảng ủy", "2024-05-28", true),
            ("Hội nghị Đảng ủy mở rộng", "2024-05-29", true),
            // Every Monday of May 2024, at 8:00 in Vietnam (UTC+7).
            ("Hội nghị giao ban Thường trực", "2024-05-06T08:00:00+07:00", false),
            ("Hội nghị giao ban Thường trực", "2024-05-13T08:00:00+07:00", false),
            ("Hội nghị giao ban Thường trực", "2024-05-20T08:00:00+07:00", false),
            ("Hội nghị giao ban Thường trực", "2024-05-27T08:00:00+07:00", false),
        ]
    );
    // The weekly meeting is one event (one UID), repeated.
    let uids: std::collections::BTreeSet<&str> =
        events.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(uids.len(), 3);
}

/// A meeting's name typed with a final full stop is the event's title
/// without it, as the page prints the name inside its sentence; the
/// event's id comes from the name as typed, so it stays what it was.
#[test]
fn a_final_full_stop_is_not_in_the_title_and_the_id_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dotted =
        edit(&may(), "name: Hội nghị BTV Đảng ủy }", "name: Hội nghị BTV Đảng ủy. }");
    write(dir.path(), "a.yaml", &dotted);
    write(dir.path(), "b.yaml", &may());
    for name in ["a.yaml", "b.yaml"] {
        let out = run_in(dir.path(), &["build", "-f", "ics", name]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let (_, dotted) = read_back(dir.path(), "a.ics");
    let (_, plain) = read_back(dir.path(), "b.ics");
    assert_eq!(dotted[0].1, "Hội nghị BTV Đảng ủy");
    assert_eq!(plain[0].1, "Hội nghị BTV Đảng ủy");
    // The ids of both files are those of the names as typed (each file's
    // earlier versions made the same), so they differ here.
    assert_ne!(dotted[0].0, plain[0].0);
    assert_eq!(dotted[1..], plain[1..]);
}

#[test]
fn same_plan_same_bytes_and_uids_survive_other_edits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = edit(&may(), MEETINGS, OTHER_MEETINGS);
    write(dir.path(), "a.yaml", &plan);
    let first = run_in(dir.path(), &["build", "-f", "ics", "a.yaml", "-o", "1.ics"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let second = run_in(dir.path(), &["build", "-f", "ics", "a.yaml", "-o", "2.ics"]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    let bytes = |name: &str| std::fs::read(dir.path().join(name)).expect("written");
    assert_eq!(bytes("1.ics"), bytes("2.ics"), "two builds differ");

    let (_, events) = read_back(dir.path(), "1.ics");
    // Commas and semicolons in a name come back as typed; a time with
    // minutes; a weekly meeting without a time is all day, every Friday.
    assert_eq!(events[0].1, "Họp chi bộ; tổ dân phố số 1, số 2");
    assert_eq!(events[0].2, "2024-05-14T19:30:00+07:00");
    let fridays: Vec<&str> = events
        .iter()
        .filter(|e| e.1 == "Sinh hoạt Thường trực")
        .map(|e| e.2.as_str())
        .collect();
    assert_eq!(
        fridays,
        ["2024-05-03", "2024-05-10", "2024-05-17", "2024-05-24", "2024-05-31"]
    );
    // Two meetings alike in name and day still get two UIDs.
    let last = events.last().expect("events");
    assert_eq!(last.2, "2024-05-14T19:30:00+07:00");
    assert_ne!(last.0, events[0].0);

    // Reordering the meetings and editing the body keep every UID.
    let reordered = edit(
        &edit(&plan, "Tiếp tục quán triệt thực hiện {kl01", "Tiếp tục học tập, quán triệt thực hiện {kl01"),
        "    - { every: friday, name: Sinh hoạt Thường trực }\n",
        "",
    )
    .replace(
        "  items:\n    - { date: 2024-05-14",
        "  items:\n    - { every: friday, name: Sinh hoạt Thường trực }\n    - { date: 2024-05-14",
    );
    write(dir.path(), "a.yaml", &reordered);
    let out = run_in(dir.path(), &["build", "-f", "ics", "a.yaml", "-o", "3.ics"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let (_, moved) = read_back(dir.path(), "3.ics");
    let uids = |events: &[(String, String, String, bool)]| {
        let mut uids: Vec<String> = events.iter().map(|e| e.0.clone()).collect();
        uids.sort();
        uids.dedup();
        uids
    };
    assert_eq!(uids(&moved), uids(&events));
}

/// A plan without meetings still gets its (empty) calendar, with a note
/// that says why it is empty; a plan with meetings gets no such note.
#[test]
fn a_plan_without_meetings_is_told_its_calendar_is_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let without = edit(
        &edit(&may(), MEETINGS, ""),
        "\n  note: Các cuộc họp đột xuất khác Đảng ủy thông báo sau\n",
        "",
    );
    write(dir.path(), "a.yaml", &without);
    let out =
        crate::support::cli::run_in_vi(dir.path(), &["build", "-f", "ics", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("a.yaml không có cuộc họp nào (`meetings`)"),
        "{}",
        stderr(&out)
    );
    let (_, events) = read_back(dir.path(), "a.ics");
    assert!(events.is_empty());

    write(dir.path(), "b.yaml", &may());
    let out =
        crate::support::cli::run_in_vi(dir.path(), &["build", "-f", "ics", "b.yaml"]);
    assert!(!stderr(&out).contains("cuộc họp nào"), "{}", stderr(&out));
}
