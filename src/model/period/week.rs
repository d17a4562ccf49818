//! ISO 8601 weeks: week 1 is the week (Monday to Sunday) that holds the
//! year's first Thursday, so 2025-W01 starts on Monday 30/12/2024 and
//! 2026-W53 ends on Sunday 3/1/2027. A year has 53 weeks when it starts on a
//! Thursday, or is a leap year starting on a Wednesday.

use chrono::{NaiveDate, Weekday};

/// The number of ISO weeks in ISO year `year`: 52 or 53 (2020 and 2026
/// have 53).
pub fn iso_weeks_in(year: i32) -> u32 {
    // 28 December is always in the last week of its ISO year.
    NaiveDate::from_ymd_opt(year, 12, 28)
        .map_or(52, |d| chrono::Datelike::iso_week(&d).week())
}

/// The Monday of ISO week `week` of ISO year `year`; `None` past the
/// year's last week.
pub fn week_monday(year: i32, week: u32) -> Option<NaiveDate> {
    if week == 0 || week > iso_weeks_in(year) {
        return None;
    }
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn mondays_at_the_turn_of_the_year() {
        assert_eq!(week_monday(2025, 1), Some(day(2024, 12, 30)));
        assert_eq!(week_monday(2024, 22), Some(day(2024, 5, 27)));
        assert_eq!(week_monday(2024, 52), Some(day(2024, 12, 23)));
        assert_eq!(week_monday(2021, 1), Some(day(2021, 1, 4)));
        assert_eq!(week_monday(2020, 53), Some(day(2020, 12, 28)));
        assert_eq!(week_monday(2026, 53), Some(day(2026, 12, 28)));
    }

    #[test]
    fn week_53_only_where_it_exists() {
        for (year, weeks) in [(2015, 53), (2020, 53), (2024, 52), (2025, 52), (2026, 53)]
        {
            assert_eq!(iso_weeks_in(year), weeks, "{year}");
        }
        assert_eq!(week_monday(2024, 53), None);
        assert_eq!(week_monday(2024, 0), None);
        assert_eq!(week_monday(2026, 54), None);
    }
}
