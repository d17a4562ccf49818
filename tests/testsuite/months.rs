//! Every month of 2024-2031, both layouts, checked against an oracle
//! written here from the calendar alone: the title, the date line with its
//! zeros, the anniversary counts and the day each is kept on, the rule set
//! (05-HD/VPTW for Party documents signed from 27/5/2026), the weekday
//! named by the weekend warning, and `plan new`'s next month and title
//! (December rolls to January of the next year). A clerk reuses last
//! month's file: nothing that depends on the date may be stale.

use chrono::{Datelike, NaiveDate, Weekday};
use plan::new_plan::{MeetingPolicy, NewOptions};

use crate::support::library;

const WEEKDAYS: [&str; 7] =
    ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"];

/// Events cited by the plans: (id, name, day).
const EVENTS: [(&str, &str, (i32, u32, u32)); 6] = [
    ("hcm", "Ngày sinh Chủ tịch Hồ Chí Minh", (1890, 5, 19)),
    ("dang", "Ngày thành lập Đảng Cộng sản Việt Nam", (1930, 2, 3)),
    ("qk", "Ngày Quốc khánh", (1945, 9, 2)),
    ("qd", "Ngày thành lập Quân đội nhân dân Việt Nam", (1944, 12, 22)),
    ("nhuan", "Ngày sự kiện nhuận", (1964, 2, 29)),
    ("cuoi", "Ngày cuối tháng", (1950, 1, 31)),
];

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

/// The number of days of a month, from the first of the next.
fn days_in(y: i32, m: u32) -> u32 {
    let next = if m == 12 { ymd(y + 1, 1, 1) } else { ymd(y, m + 1, 1) };
    next.pred_opt().expect("a day").day()
}

/// The month on the date line: 01 and 02 padded, the others not.
fn line_month(m: u32) -> String {
    if m <= 2 { format!("0{m}") } else { m.to_string() }
}

fn yaml(y: i32, m: u32, party: bool, date: NaiveDate, meeting: NaiveDate) -> String {
    let mut events = String::new();
    let mut items = String::new();
    for (id, name, (ey, em, ed)) in EVENTS.iter().filter(|e| e.2.1 == m) {
        events.push_str(&format!(
            "  {id}: {{ name: {name}, date: {ey}-{em:02}-{ed:02} }}\n"
        ));
        items.push_str(&format!("      - \"Kỷ niệm {{{id}}}: {{{id}:years}}.\"\n"));
    }
    let anniversaries = if events.is_empty() {
        String::new()
    } else {
        format!("anniversaries:\n{events}")
    };
    if items.is_empty() {
        items.push_str("      - Việc thường xuyên.\n");
    }
    let (style, issuer, signer) = if party {
        (
            "dang",
            "{ parent: Đảng bộ tỉnh Bắc Ninh, name: Đảng ủy phường Mỹ Độ, abbr: ĐU }",
            "{ on_behalf: Đảng ủy, title: Bí thư, name: Nguyễn Văn An }",
        )
    } else {
        (
            "nha-nuoc",
            "{ parent: Ủy ban nhân dân tỉnh Bắc Ninh, name: Sở Nội vụ, abbr: SNV }",
            "{ title: Giám đốc, name: Nguyễn Văn An }",
        )
    };
    format!(
        "kind: chuong-trinh
style: {style}
period: {y}-{m:02}
date: {date}
place: Mỹ Độ
issuer: {issuer}
{anniversaries}sections:
  - title: Công tác trọng tâm
    items:
{items}meetings:
  items:
    - {{ date: {meeting}, name: Họp giao ban }}
closing: Trên đây là chương trình công tác./.
recipients: [Thường trực, Các chi bộ]
archive: VP
signer: {signer}
"
    )
}

#[test]
fn every_month_of_2024_to_2031_against_the_calendar() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("plan.yaml");
    let mut cited = 0;
    for y in 2024..=2031 {
        for m in 1..=12 {
            for party in [true, false] {
                let case =
                    format!("{y}-{m:02} {}", if party { "dang" } else { "nha-nuoc" });
                // Signed some day of the month before (1st to 28th) and a
                // meeting on every weekday over the years.
                let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                let date = ymd(py, pm, 1 + (y as u32 * 5 + m * 3) % 28);
                let meeting = ymd(y, m, 1 + (y as u32 * 7 + m * 11) % days_in(y, m));
                let text = yaml(y, m, party, date, meeting);
                let checked = plan::check(&path, text.as_bytes(), Default::default());
                let report = plan::diag::render(
                    &checked.diagnostics,
                    &checked.sources,
                    1000,
                    false,
                    plan::lang::Lang::Vi,
                );
                assert!(!checked.diagnostics.has_errors(), "{case}: {report}");
                let view = checked.view.expect("a view");
                let plain = plan::plaintext::render(&view);
                let lines: Vec<&str> = plain.lines().collect();
                let has = |want: &str| lines.contains(&want);

                let title = format!("Công tác tháng {m} năm {y}");
                assert!(has(&title), "{case}: {plain}");
                let line = format!(
                    "Mỹ Độ, ngày {:02} tháng {} năm {}",
                    date.day(),
                    line_month(date.month()),
                    date.year()
                );
                assert!(has(&line), "{case}: want {line}\n{plain}");

                for (id, name, (ey, em, ed)) in EVENTS.iter().filter(|e| e.2.1 == m) {
                    // Kept on its own day, or on the month's last day when
                    // this year's month is shorter (29/2 in a common year).
                    let kept = (*ed).min(days_in(y, *em));
                    let years = y - ey;
                    let want = format!(
                        "Kỷ niệm {years} năm {name} ({ed}/{em}/{ey} - {kept}/{em}/{y}): {years}."
                    );
                    assert!(has(&want), "{case} {id}: want {want}\n{plain}");
                    cited += 1;
                }

                let hd05 = party && date >= ymd(2026, 5, 27);
                let (sep, end) = match (party, hd05) {
                    (true, false) => (",", "./."),
                    (true, true) => (";", "."),
                    (false, _) => (";", "./."),
                };
                assert!(has(&format!("- Thường trực{sep}")), "{case}: {plain}");
                assert!(
                    has(&format!("Trên đây là chương trình công tác{end}")),
                    "{case}"
                );
                let rules = match (party, hd05) {
                    (true, false) => "hd36-2018",
                    (true, true) => "hd05-2026",
                    (false, _) => "nd30-2020",
                };
                assert_eq!(view.rules, rules, "{case}");

                let weekday = meeting.weekday().num_days_from_monday() as usize;
                let warned = format!(
                    "ngày {}/{}/{} là {}",
                    meeting.day(),
                    meeting.month(),
                    meeting.year(),
                    WEEKDAYS[weekday]
                );
                let weekend = matches!(meeting.weekday(), Weekday::Sat | Weekday::Sun);
                assert_eq!(report.contains(&warned), weekend, "{case}: {report}");

                let new = library::next(
                    &path,
                    text.as_bytes(),
                    NewOptions { period: None, meetings: MeetingPolicy::Move },
                );
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                assert_eq!(new.to.to_string(), format!("{ny}-{nm:02}"), "{case}");
                let out = String::from_utf8(new.bytes.clone()).expect("UTF-8");
                let moved = ymd(ny, nm, meeting.day().min(days_in(ny, nm)));
                assert!(out.contains(&format!("date: {moved},")), "{case}: {out}");
                let view = library::checked_view(&path, &new.bytes);
                let summary: String =
                    view.summary.iter().map(|r| r.text.as_str()).collect();
                assert_eq!(summary, format!("Công tác tháng {nm} năm {ny}"), "{case}");
            }
        }
    }
    // Every event once a year, both layouts.
    assert_eq!(cited, EVENTS.len() * 8 * 2);
}
