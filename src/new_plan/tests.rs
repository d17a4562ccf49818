use std::path::Path;

use chrono::NaiveDate;

use super::editor::{Edit, apply, months_between, move_date, shift};
use super::line_ends::encode;
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
    // After words, the month is written as a clerk says it, as
    // `thang-5-2024` → `thang-6-2024`: not `thang-01-2025`.
    assert_eq!(
        renamed("thang-12-2024.yaml", dec, jan).as_deref(),
        Some("thang-1-2025.yaml")
    );
    assert_eq!(renamed("T12.2024.yaml", dec, jan).as_deref(), Some("T1.2025.yaml"));
    // Spaces part the words of a name as well as `-`.
    assert_eq!(
        renamed("chuong trinh thang 5 2024.yaml", may, june).as_deref(),
        Some("chuong trinh thang 6 2024.yaml")
    );
    assert_eq!(
        renamed("thang-05-2024.yaml", may, june).as_deref(),
        Some("thang-06-2024.yaml")
    );
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

/// The lines that name the old period, going to the next one.
fn lines(text: &str, from: Period) -> Vec<usize> {
    lines_of(text, from, from.next(), ReminderKind::OldPeriod)
}

/// The lines reminded for `kind`, going from `from` to `to`.
fn lines_of(text: &str, from: Period, to: Period, kind: ReminderKind) -> Vec<usize> {
    reminders::reminders(text, from, to)
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| r.line)
        .collect()
}

#[test]
fn reminders_find_the_old_period_in_text_not_comments() {
    let text = "# tháng 5/2024\nintro: Trong tháng 5/2024 …\nx: trước ngày 20/5/2024.\ny: ngày 20/5/20245\nz: Tháng 05 năm 2024 # tháng 5/2024\n";
    assert_eq!(lines(text, Period::Month(2024, 5)), [2, 3, 5]);
    let q = "a: Kế hoạch quý II năm 2024\nb: quý III năm 2024\n";
    assert_eq!(lines(q, Period::Quarter(2024, 2)), [1]);
}

/// Each date form of `plan-format.md`, "Reminders", one per line, with a line
/// that must not be reported after each.
#[test]
fn reminders_for_every_date_form() {
    let cases: [(&str, Period); 11] = [
        ("tháng 5/2024", Period::Month(2024, 5)),
        ("5/2024", Period::Month(2024, 5)),
        ("20/5/2024", Period::Month(2024, 5)),
        ("20-5-2024", Period::Month(2024, 5)),
        ("ngày 20 tháng 5 năm 2024", Period::Month(2024, 5)),
        ("quý II năm 2024", Period::Quarter(2024, 2)),
        ("quý II/2024", Period::Quarter(2024, 2)),
        ("năm 2024", Period::Year(2024)),
        ("6 tháng đầu năm 2024", Period::Half(2024, 1)),
        ("tuần 22", Period::Week(2024, 22)),
        ("năm học 2020-2021", Period::SchoolYear(2020)),
    ];
    for (form, period) in cases {
        let text = format!("a: x\nb: Thực hiện {form} xong.\nc: Ngày 1/1/1999 và 2099\n");
        let found = reminders::reminders(&text, period, period.next());
        assert_eq!(found.len(), 1, "{form}: {found:?}");
        assert_eq!(found[0].line, 2, "{form}");
        assert_eq!(found[0].found, form, "{form}");
        assert_eq!(found[0].text, format!("b: Thực hiện {form} xong."));
    }
}

/// A mention split over two YAML lines is reported at the line where it
/// starts, for every form that has a space in it.
#[test]
fn reminders_across_line_breaks() {
    let cases: [(&str, &str, Period); 8] = [
        ("quý III năm", "2024", Period::Quarter(2024, 3)),
        ("quý", "III năm 2024", Period::Quarter(2024, 3)),
        ("tháng 5", "năm 2024", Period::Month(2024, 5)),
        ("ngày 20 tháng 5", "năm 2024", Period::Month(2024, 5)),
        ("6 tháng đầu", "năm 2024", Period::Half(2024, 1)),
        ("tuần", "22", Period::Week(2024, 22)),
        ("năm học", "2020-2021", Period::SchoolYear(2020)),
        ("năm", "2024", Period::Year(2024)),
    ];
    for (head, tail, period) in cases {
        let text = format!(
            "# {head} {tail}\nintro: >\n  Đầu đoạn.\n  Trong {head}\n  {tail} cần làm.\nx: y\n"
        );
        let found = reminders::reminders(&text, period, period.next());
        assert_eq!(found.len(), 1, "{head}⏎{tail}: {found:?}");
        assert_eq!(found[0].line, 4, "{head}⏎{tail}");
        assert_eq!(found[0].found, format!("{head} {tail}"));
    }
}

/// The mentions each period kind reports, going to the next period.
#[test]
fn reminders_for_every_period_kind() {
    let text = "\
a: Kế hoạch năm 2020, đến 12/10/2020 và tháng 01/2026
b: năm học 2020-2021 và năm học 2021-2022
c: quý I năm 2026 và 02/02/2026, quý II/2026
d: 6 tháng đầu năm 2024 và 6 tháng cuối năm 2024
e: tuần 52 năm 2024 (từ 23/12 đến 29/12/2024), tuần 1 năm 2025
f: từ tháng 4 đến tháng 12 năm 2024; tháng 01/2025
g: nhiệm kỳ 2025-2030; năm 2027; giai đoạn 2031-2036
";
    // (period, lines naming it, lines naming days before the next one)
    let cases: [(Period, &[usize], &[usize]); 8] = [
        // 2020 → 2021: the dates and the school year that starts in 2020
        (Period::Year(2020), &[1, 1, 2], &[]),
        // Q1 → Q2 of 2026: the month, the quarter, the day; before Q2, a
        // week and a month of 2025
        (Period::Quarter(2026, 1), &[1, 3, 3], &[5, 6]),
        // "tháng 4" without a year is April of the half
        (Period::Half(2024, 1), &[4, 6], &[]),
        // "23/12" without a year is in the week; "tháng 4" before it
        (Period::Week(2024, 52), &[5, 5, 5], &[6]),
        // "năm 2020" is longer than the school year and not in the next one
        (Period::SchoolYear(2020), &[1, 1, 2], &[]),
        // both halves, the two weeks around the new year, "23/12",
        // "tháng 12 năm 2024"; "tháng 4" is April of the new range too
        (Period::Months((2024, 4), (2024, 12)), &[4, 4, 5, 5, 5, 5, 6], &[]),
        // 2024 is past, and no longer than six years
        (Period::Years(2025, 2030), &[1, 3, 3, 3, 5, 6, 7, 7], &[4, 4, 5, 5, 6]),
        // "quý I năm 2026" still holds February; January 2025 is past
        (Period::Month(2026, 1), &[1], &[5, 6]),
    ];
    for (period, named, earlier) in cases {
        assert_eq!(lines(text, period), named, "{period}");
        let next = period.next();
        assert_eq!(
            lines_of(text, period, next, ReminderKind::Earlier),
            earlier,
            "{period}"
        );
    }
}

#[test]
fn next_names_for_every_period() {
    let cases = [
        ("ctr-2024-H1.yaml", Period::Half(2024, 1), "ctr-2024-H2.yaml"),
        ("h2-2024.yaml", Period::Half(2024, 2), "h1-2025.yaml"),
        ("tuan-2024-W52.yaml", Period::Week(2024, 52), "tuan-2025-W01.yaml"),
        ("tuan-22-2024.yaml", Period::Week(2024, 22), "tuan-23-2024.yaml"),
        ("nam-hoc-2020-2021.yaml", Period::SchoolYear(2020), "nam-hoc-2021-2022.yaml"),
        ("nhiem-ky-2025-2030.yaml", Period::Years(2025, 2030), "nhiem-ky-2031-2036.yaml"),
        (
            "kh-2024-04..2024-12.yaml",
            Period::Months((2024, 4), (2024, 12)),
            "kh-2025-01..2025-09.yaml",
        ),
    ];
    for (name, from, want) in cases {
        assert_eq!(renamed(name, from, from.next()).as_deref(), Some(want), "{name}");
    }
}

#[test]
fn weekly_meetings_move_by_weeks() {
    let (w52, w01) = (Period::Week(2024, 52), Period::Week(2025, 1));
    assert_eq!(move_date(ymd(2024, 12, 27), w52, w01), Some(ymd(2025, 1, 3)));
    let (h1, h2) = (Period::Half(2024, 1), Period::Half(2024, 2));
    assert_eq!(move_date(ymd(2024, 3, 31), h1, h2), Some(ymd(2024, 9, 30)));
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

/// (line, kind, found) of every reminder going from `from` to `to`.
fn found(text: &str, from: Period, to: Period) -> Vec<(usize, ReminderKind, String)> {
    reminders::reminders(text, from, to)
        .into_iter()
        .map(|r| (r.line, r.kind, r.found))
        .collect()
}

/// A June plan made from May's with its closing unchanged: going to July,
/// the days of May, now wholly before July, are reminded too; the dates of
/// cited documents, long-past events, a whole year and the definitions of
/// directives and anniversaries are not.
#[test]
fn reminders_name_days_before_the_new_period() {
    use ReminderKind::{Earlier, OldPeriod};
    let text = "\
directives:
  kh35: { type: Kế hoạch, number: 35/KH-UBND, date: 2024-04-10, by: UBND, about: tháng 4/2024 }
anniversaries:
  hcm: { name: Ngày sinh Chủ tịch Hồ Chí Minh 19/5/2024, date: 1890-05-19 }
intro: Thực hiện Kế hoạch số 35/KH-UBND, ngày 10/4/2024 và Chỉ thị số 05-CT/TW ngày 15/5/2016.
a: Trên đây là chương trình công tác tháng 5/2024 (sinh nhật Bác 19/5/1890).
b: Báo cáo trước ngày 20/5/2024./.
c: So với năm 2023 và tháng 12/2022; quý I/2024.
d: Trong tháng 6/2024 và tháng 8/2024.
";
    let (june, july) = (Period::Month(2024, 6), Period::Month(2024, 7));
    let got = found(text, june, july);
    let want = [
        (6, Earlier, "tháng 5/2024"),
        (7, Earlier, "20/5/2024"),
        (9, OldPeriod, "tháng 6/2024"),
    ];
    let want: Vec<_> = want.into_iter().map(|(l, k, f)| (l, k, f.to_owned())).collect();
    assert_eq!(got, want);
    // A quarterly plan takes a quarter past, not a year.
    let (q2, q3) = (Period::Quarter(2024, 2), Period::Quarter(2024, 3));
    let earlier = lines_of(text, q2, q3, Earlier);
    assert_eq!(earlier, [8], "quý I/2024: {:?}", found(text, q2, q3));
}

/// Days and months written without a year are the plan's own: those of
/// the old period, or before the new one in the same year, are reminded
/// unless they still hold in the new period; fixed holidays are not.
#[test]
fn reminders_of_days_written_without_a_year() {
    use ReminderKind::{Earlier, OldPeriod};
    let text = "\
a: Họp ngày 28/5; sáng 29/5 giao ban; hạn ngày 31 tháng 5, ngày 20-5 và ngày 20.5.
b: Trong tháng 5 này và tháng Năm, hoàn thành tháng 5.
c: Đã làm xong tháng 4, ngày 20/4.
d: Kỷ niệm Ngày Quốc tế lao động 1/5, sinh nhật Bác 19/5, Cách mạng Tháng Tám.
e: Trong 5-10 ngày, đạt 1/2 kế hoạch; ngày 15/6, tháng 7, ngày 20/5/20245.
";
    let (may, june) = (Period::Month(2024, 5), Period::Month(2024, 6));
    let got = found(text, may, june);
    let want = [
        (1, OldPeriod, "ngày 28/5"),
        (1, OldPeriod, "29/5"),
        (1, OldPeriod, "ngày 31 tháng 5"),
        (1, OldPeriod, "ngày 20-5"),
        (1, OldPeriod, "ngày 20.5"),
        (2, OldPeriod, "tháng 5 này"),
        (2, OldPeriod, "tháng Năm"),
        (2, OldPeriod, "tháng 5"),
        (3, Earlier, "tháng 4"),
        (3, Earlier, "ngày 20/4"),
    ];
    let want: Vec<_> = want.into_iter().map(|(l, k, f)| (l, k, f.to_owned())).collect();
    assert_eq!(got, want);
    // December to January: "20/12" is December's, "5/1" next January's.
    let dec = "a: Họp ngày 20/12, chuẩn bị hội nghị ngày 5/1.\n";
    let (dec_p, jan) = (Period::Month(2024, 12), Period::Month(2025, 1));
    let want = vec![(1, OldPeriod, "ngày 20/12".to_owned())];
    assert_eq!(found(dec, dec_p, jan), want);
    // A yearly plan's "tháng 5" is May of the new year as well.
    assert!(found(text, Period::Year(2024), Period::Year(2025)).is_empty());
}

/// A count of years typed before an anniversary goes stale in a new year;
/// one printed by an `{id}` reference is not typed, and a count in the
/// same year stays.
#[test]
fn reminders_of_typed_anniversary_counts() {
    let text = "\
a: Kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024).
b: >
  Tuyên truyền kỷ niệm
  79 năm Cách mạng Tháng Tám; kỷ niệm {tldang}, kỷ niệm {hcm:years} năm {hcm}.
";
    let (dec, jan) = (Period::Month(2024, 12), Period::Month(2025, 1));
    let anniversaries = lines_of(text, dec, jan, ReminderKind::Anniversary);
    assert_eq!(anniversaries, [1, 3], "{:?}", found(text, dec, jan));
    let (may, june) = (Period::Month(2024, 5), Period::Month(2024, 6));
    assert!(lines_of(text, may, june, ReminderKind::Anniversary).is_empty());
}
