use chrono::NaiveDate;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn parses_every_form() {
    let cases = [
        ("2024-05", Period::Month(2024, 5)),
        ("2024-Q3", Period::Quarter(2024, 3)),
        ("2024", Period::Year(2024)),
        ("2024-H1", Period::Half(2024, 1)),
        ("2024-h2", Period::Half(2024, 2)),
        ("2024-W22", Period::Week(2024, 22)),
        ("2024-W5", Period::Week(2024, 5)),
        ("2020-W53", Period::Week(2020, 53)),
        ("2020-2021", Period::SchoolYear(2020)),
        ("2024-04..2024-12", Period::Months((2024, 4), (2024, 12))),
        ("2024-11..2025-02", Period::Months((2024, 11), (2025, 2))),
        ("2025..2030", Period::Years(2025, 2030)),
        (" 2025 .. 2030 ", Period::Years(2025, 2030)),
    ];
    for (text, want) in cases {
        assert_eq!(Period::check(text), Ok(want), "{text}");
    }
}

#[test]
fn display_is_the_yaml_form_and_reads_back() {
    let periods = [
        Period::Month(2024, 5),
        Period::Quarter(2024, 2),
        Period::Year(2024),
        Period::Half(2024, 2),
        Period::Week(2025, 1),
        Period::SchoolYear(2020),
        Period::Months((2024, 11), (2025, 2)),
        Period::Years(2025, 2030),
    ];
    let texts = [
        "2024-05",
        "2024-Q2",
        "2024",
        "2024-H2",
        "2025-W01",
        "2020-2021",
        "2024-11..2025-02",
        "2025..2030",
    ];
    for (period, text) in periods.into_iter().zip(texts) {
        assert_eq!(period.to_string(), text);
        assert_eq!(Period::parse(text), Some(period));
    }
}

#[test]
fn rejects_bad_periods_with_a_reason() {
    let unknown = [
        "2024-13",
        "2024-5",
        "2024-Q5",
        "2024-Q0",
        "24-05",
        "2024-05-01",
        "",
        "abcd",
        "2024-H3",
        "2024-H0",
        "2024-W0",
        "2024-W",
        "2024-W123",
        "2024..",
        "..2024",
        "2024-05..x",
    ];
    for bad in unknown {
        assert_eq!(Period::check(bad), Err(PeriodError::Unknown), "{bad}");
    }
    assert_eq!(Period::check("2024-12..2024-04"), Err(PeriodError::Reversed));
    assert_eq!(Period::check("2030..2025"), Err(PeriodError::Reversed));
    assert_eq!(
        Period::check("2024-05..2024-05"),
        Err(PeriodError::SingleRange(Period::Month(2024, 5)))
    );
    assert_eq!(
        Period::check("2025..2025"),
        Err(PeriodError::SingleRange(Period::Year(2025)))
    );
    assert_eq!(
        Period::check("2020-2022"),
        Err(PeriodError::SchoolYearNotConsecutive(2020, 2022))
    );
    assert_eq!(
        Period::check("2021-2020"),
        Err(PeriodError::SchoolYearNotConsecutive(2021, 2020))
    );
    assert_eq!(Period::check("2024-W53"), Err(PeriodError::NoSuchWeek(2024, 53)));
    assert_eq!(Period::check("2026-W54"), Err(PeriodError::NoSuchWeek(2026, 54)));
    assert_eq!(Period::check("2024-04..2025"), Err(PeriodError::MixedRange));
}

#[test]
fn spans() {
    let cases = [
        (Period::Quarter(2024, 1), day(2024, 1, 1), day(2024, 3, 31)),
        (Period::Month(2024, 2), day(2024, 2, 1), day(2024, 2, 29)),
        (Period::Half(2024, 1), day(2024, 1, 1), day(2024, 6, 30)),
        (Period::Half(2024, 2), day(2024, 7, 1), day(2024, 12, 31)),
        (Period::Week(2024, 22), day(2024, 5, 27), day(2024, 6, 2)),
        (Period::Week(2025, 1), day(2024, 12, 30), day(2025, 1, 5)),
        (Period::Week(2026, 53), day(2026, 12, 28), day(2027, 1, 3)),
        (Period::SchoolYear(2020), day(2020, 9, 1), day(2021, 8, 31)),
        (Period::Months((2024, 4), (2024, 12)), day(2024, 4, 1), day(2024, 12, 31)),
        (Period::Months((2024, 11), (2025, 2)), day(2024, 11, 1), day(2025, 2, 28)),
        (Period::Years(2025, 2030), day(2025, 1, 1), day(2030, 12, 31)),
    ];
    for (period, start, end) in cases {
        assert_eq!((period.start(), period.end()), (start, end), "{period}");
    }
}

#[test]
fn next_periods() {
    let cases = [
        (Period::Month(2024, 12), Period::Month(2025, 1)),
        (Period::Quarter(2024, 4), Period::Quarter(2025, 1)),
        (Period::Half(2024, 1), Period::Half(2024, 2)),
        (Period::Half(2024, 2), Period::Half(2025, 1)),
        (Period::Week(2024, 22), Period::Week(2024, 23)),
        (Period::Week(2024, 52), Period::Week(2025, 1)),
        (Period::Week(2020, 52), Period::Week(2020, 53)),
        (Period::Week(2020, 53), Period::Week(2021, 1)),
        (Period::SchoolYear(2020), Period::SchoolYear(2021)),
        (Period::Months((2024, 4), (2024, 12)), Period::Months((2025, 1), (2025, 9))),
        (Period::Months((2024, 11), (2025, 2)), Period::Months((2025, 3), (2025, 6))),
        (Period::Months((2024, 1), (2024, 2)), Period::Months((2024, 3), (2024, 4))),
        (Period::Years(2025, 2030), Period::Years(2031, 2036)),
        (Period::Years(2021, 2025), Period::Years(2026, 2030)),
    ];
    for (from, to) in cases {
        assert_eq!(from.next(), to, "{from}");
    }
}

#[test]
fn the_year_a_day_falls_in() {
    let school = Period::SchoolYear(2020);
    assert_eq!(school.year_of_day(11, 20), Some(2020));
    assert_eq!(school.year_of_day(5, 19), Some(2021));
    let week = Period::Week(2025, 1);
    assert_eq!(week.year_of_day(12, 31), Some(2024));
    assert_eq!(week.year_of_day(1, 3), Some(2025));
    assert_eq!(week.year_of_day(1, 6), None);
    assert_eq!(Period::Years(2025, 2030).year_of_day(5, 19), Some(2025));
    assert_eq!(Period::Month(2023, 2).year_of_day(2, 29), Some(2023));
    assert_eq!(Period::Half(2024, 1).year_of_day(7, 1), None);
}

/// Every day of 2000-2040 lies in exactly the period of each kind that its
/// own day, month and year name (quarter `(m-1)/3+1`, half, school year from
/// September, ISO week from chrono's `iso_week`), and the periods of each
/// kind follow one another with no gap and no overlap: the day after a
/// period's last day is the first day of [`Period::next`].
#[test]
fn every_day_lies_in_one_period_of_each_kind_and_they_tile_the_calendar() {
    use chrono::{Datelike, Weekday};
    let mut d = day(2000, 1, 1);
    while d <= day(2040, 12, 31) {
        let (y, m) = (d.year(), d.month());
        let week = d.iso_week();
        let periods = [
            Period::Month(y, m),
            Period::Quarter(y, (m - 1) / 3 + 1),
            Period::Half(y, if m <= 6 { 1 } else { 2 }),
            Period::Year(y),
            Period::SchoolYear(if m >= 9 { y } else { y - 1 }),
            Period::Week(week.year(), week.week()),
        ];
        for p in periods {
            assert!(p.contains(d), "{d} in {p}");
            assert!(p.start() <= p.end(), "{p}");
            let next = p.next();
            assert_eq!(next.start(), p.end().succ_opt().unwrap(), "{p} -> {next}");
            assert_eq!(next.kind(), p.kind(), "{p}");
            assert_eq!(Period::parse(&p.to_string()), Some(p), "{p}");
        }
        let w = periods[5];
        assert_eq!(w.start().weekday(), Weekday::Mon, "{w}");
        assert_eq!(w.end().weekday(), Weekday::Sun, "{w}");
        assert_eq!((w.end() - w.start()).num_days(), 6, "{w}");
        // None of these is longer than a year: the day's day and month
        // fall in it once, in the day's own year (29/2 in leap years).
        for p in periods {
            assert_eq!(p.year_of_day(m, d.day()), Some(y), "{d} in {p}");
        }
        d = d.succ_opt().unwrap();
    }
}
