use std::path::Path;

use chrono::NaiveDate;

use super::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn shift_clamps_to_the_last_day() {
    assert_eq!(shift(ymd(2024, 5, 31), 1), Some(ymd(2024, 6, 30)));
    assert_eq!(shift(ymd(2024, 1, 31), 1), Some(ymd(2024, 2, 29)));
    assert_eq!(shift(ymd(2024, 2, 29), 12), Some(ymd(2025, 2, 28)));
    assert_eq!(shift(ymd(2024, 12, 15), 1), Some(ymd(2025, 1, 15)));
    assert_eq!(shift(ymd(2024, 8, 31), 3), Some(ymd(2024, 11, 30)));
    assert_eq!(shift(ymd(2024, 6, 30), -1), Some(ymd(2024, 5, 30)));
}

#[test]
fn months_between_periods() {
    assert_eq!(months_between(Period::Month(2024, 12), Period::Month(2025, 1)), 1);
    assert_eq!(months_between(Period::Quarter(2024, 4), Period::Quarter(2025, 1)), 3);
    assert_eq!(months_between(Period::Year(2024), Period::Year(2025)), 12);
    assert_eq!(months_between(Period::Month(2024, 5), Period::Month(2024, 3)), -2);
}

fn renamed(name: &str, from: Period, to: Period) -> Option<String> {
    output_path(Path::new("plans").join(name).as_path(), from, to)
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
}

#[test]
fn output_names_follow_the_input_name() {
    let (may, june) = (Period::Month(2024, 5), Period::Month(2024, 6));
    let cases = [
        ("2024-05.yaml", "2024-06.yaml"),
        ("ctr-2024_05.yaml", "ctr-2024_06.yaml"),
        ("202405.yaml", "202406.yaml"),
        ("thang-5-2024.yaml", "thang-6-2024.yaml"),
        ("thang5-2024.yaml", "thang6-2024.yaml"),
        ("05-2024.yaml", "06-2024.yaml"),
        ("may-2024.yaml", "june-2024.yaml"),
        ("May-2024.yml", "June-2024.yml"),
        ("MAY_2024.yaml", "JUNE_2024.yaml"),
        ("2024-may.yaml", "2024-june.yaml"),
    ];
    for (from, want) in cases {
        assert_eq!(renamed(from, may, june).as_deref(), Some(want), "{from}");
    }
    let (dec, jan) = (Period::Month(2024, 12), Period::Month(2025, 1));
    assert_eq!(renamed("dec-2024.yaml", dec, jan).as_deref(), Some("jan-2025.yaml"));
    assert_eq!(renamed("12-2024.yaml", dec, jan).as_deref(), Some("01-2025.yaml"));
    let (q2, q3) = (Period::Quarter(2024, 2), Period::Quarter(2024, 3));
    assert_eq!(renamed("kh-2024-Q2.yaml", q2, q3).as_deref(), Some("kh-2024-Q3.yaml"));
    assert_eq!(renamed("q2-2024.yaml", q2, q3).as_deref(), Some("q3-2024.yaml"));
    let (y, y2) = (Period::Year(2025), Period::Year(2026));
    assert_eq!(renamed("ctr-2025.yaml", y, y2).as_deref(), Some("ctr-2026.yaml"));
}

#[test]
fn output_names_need_the_plans_own_period() {
    let (may, june) = (Period::Month(2024, 5), Period::Month(2024, 6));
    for name in [
        "plan.yaml",
        "2024-04.yaml",
        "q2.yaml",
        "12024-05.yaml",
        "2024-055.yaml",
        "mayor-2024.yaml",
        "15-2024.yaml",
    ] {
        assert_eq!(renamed(name, may, june), None, "{name}");
    }
    let (q2, q3) = (Period::Quarter(2024, 2), Period::Quarter(2024, 3));
    assert_eq!(renamed("q2.yaml", q2, q3), None);
}

#[test]
fn reminders_find_the_old_period_in_text_not_comments() {
    let text = "# tháng 5/2024\nintro: Trong tháng 5/2024 …\nx: trước ngày 20/5/2024.\ny: ngày 20/5/20245\nz: Tháng 05 năm 2024 # tháng 5/2024\n";
    let lines: Vec<usize> =
        reminders(text, Period::Month(2024, 5)).iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 5]);
    let q = "a: Kế hoạch quý II năm 2024\nb: quý III năm 2024\n";
    let lines: Vec<usize> =
        reminders(q, Period::Quarter(2024, 2)).iter().map(|r| r.line).collect();
    assert_eq!(lines, [1]);
}

#[test]
fn encode_keeps_crlf_and_the_mark() {
    let original = "\u{feff}a: 1\r\nb: 2\r\nc: 3\r\n".as_bytes();
    let normalised = "a: 1\nb: 2\nc: 3\n";
    let edits = [
        Edit { start: 5, end: 10, text: String::new() },
        Edit { start: 13, end: 14, text: "4".to_owned() },
    ];
    let edited = apply(normalised, &edits);
    assert_eq!(edited, "a: 1\nc: 4\n");
    let (bytes, normalized) = encode(original, normalised, &edits, &edited);
    assert!(!normalized);
    assert_eq!(bytes, "\u{feff}a: 1\r\nc: 4\r\n".as_bytes());
}

#[test]
fn encode_normalises_nfd_and_keeps_line_ends() {
    let original = "a: Đa\u{300}\r\nb: 2\r\n".as_bytes();
    let normalised = "a: Đà\nb: 2\n";
    let edits = [Edit { start: 11, end: 12, text: "3".to_owned() }];
    let edited = apply(normalised, &edits);
    let (bytes, normalized) = encode(original, normalised, &edits, &edited);
    assert!(normalized);
    assert_eq!(bytes, "a: Đà\r\nb: 3\r\n".as_bytes());
}
