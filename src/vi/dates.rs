//! Dates: the official date line and the short running-text form.
//!
//! The date line follows HD 36 box 4 and NĐ 30 box 4 (`format-rules.md` §1.2,
//! §2.2): a day below 10 and the months 1 and 2 get a leading zero. Running
//! text and references use `d/m/yyyy` without padding (`plan-format.md`,
//! "Text"). Checking that a date is sensible is the resolver's job.

use chrono::{Datelike, NaiveDate};

use super::BLANK;

/// The date line: `"Mỹ Độ, ngày 02 tháng 5 năm 2024"`.
///
/// A day below 10 and the months 1 and 2 get a leading zero:
/// `"Hà Nội, ngày 05 tháng 01 năm 2020"`, `"…, ngày 20 tháng 02 năm 2024"`,
/// `"…, ngày 26 tháng 4 năm 2024"`. With a date, `month`/`year` are ignored.
///
/// With `date: None` the day is left blank for the office to fill in, and
/// month and year come from `month`/`year`: `"Mỹ Độ, ngày` + `" "` + six
/// no-break spaces ([`BLANK`]) + `" "` + `"tháng 5 năm 2024"`, which prints as
/// `"Mỹ Độ, ngày        tháng 5 năm 2024"` and never collapses.
///
/// The comma after the place is the tool's: one the author typed at the end
/// of `place` ("Hiệp Hòa,") is dropped, so the line never reads
/// `"Hiệp Hòa,, ngày …"`.
pub(crate) fn date_line(
    place: &str,
    date: Option<NaiveDate>,
    month: u32,
    year: i32,
) -> String {
    let place = place.trim_end();
    let place = place.strip_suffix(',').map_or(place, str::trim_end);
    format!("{place}, {}", date_words(date, month, year))
}

/// The date of the date line without the place: `"ngày 02 tháng 5 năm
/// 2024"`, or with the day left blank, as [`date_line`] prints it.
pub(crate) fn date_words(date: Option<NaiveDate>, month: u32, year: i32) -> String {
    match date {
        // HD 36 box 4 [R]; NĐ 30 Phụ lục I box 4 [R].
        Some(d) => format!(
            "ngày {:02} tháng {} năm {}",
            d.day(),
            official_month(d.month()),
            d.year()
        ),
        None => format!("ngày {BLANK} tháng {} năm {year}", official_month(month)),
    }
}

/// A date in running text: `"18/5/2021"`, `"5/5/1818"`, `"16/1/2023"`
/// (no zero padding).
pub(crate) fn short_date(date: NaiveDate) -> String {
    format!("{}/{}/{}", date.day(), date.month(), date.year())
}

/// A date in running text padded as on the date line: `"04/7/2011"`,
/// `"18/5/2021"`, `"16/01/2023"`, `"09/02/2024"` (`dates: padded`,
/// `plan-format.md`, "`dates: short | padded | long`").
pub(crate) fn padded_date(date: NaiveDate) -> String {
    padded_day_month(date.day(), date.month(), date.year())
}

/// Day, month and year as numbers, padded as on the date line, with no date
/// arithmetic (29/2 of a common year prints as written).
pub(crate) fn padded_day_month(day: u32, month: u32, year: i32) -> String {
    format!("{day:02}/{}/{year}", official_month(month))
}

/// A date in words as on the date line: `"ngày 04 tháng 7 năm 2011"`,
/// `"ngày 26 tháng 9 năm 2025"`, `"ngày 16 tháng 01 năm 2023"`
/// (`dates: long`).
pub(crate) fn long_date(date: NaiveDate) -> String {
    format!(
        "ngày {:02} tháng {} năm {}",
        date.day(),
        official_month(date.month()),
        date.year()
    )
}

/// The month of the date line: `1` → `"01"`, `2` → `"02"`, `3` → `"3"`,
/// `12` → `"12"`.
pub(crate) fn official_month(month: u32) -> String {
    if matches!(month, 1 | 2) { format!("{month:02}") } else { month.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn date_line_pads_day_below_ten_and_months_one_and_two() {
        let cases = [
            ((2024, 5, 2), "Mỹ Độ, ngày 02 tháng 5 năm 2024"),
            ((2024, 4, 3), "Mỹ Độ, ngày 03 tháng 4 năm 2024"),
            ((2024, 4, 9), "Mỹ Độ, ngày 09 tháng 4 năm 2024"),
            ((2024, 4, 10), "Mỹ Độ, ngày 10 tháng 4 năm 2024"),
            ((2024, 4, 26), "Mỹ Độ, ngày 26 tháng 4 năm 2024"),
            ((2020, 1, 5), "Mỹ Độ, ngày 05 tháng 01 năm 2020"),
            ((2024, 2, 20), "Mỹ Độ, ngày 20 tháng 02 năm 2024"),
            ((2024, 3, 1), "Mỹ Độ, ngày 01 tháng 3 năm 2024"),
            ((2024, 10, 31), "Mỹ Độ, ngày 31 tháng 10 năm 2024"),
            ((2024, 12, 31), "Mỹ Độ, ngày 31 tháng 12 năm 2024"),
        ];
        for ((y, m, d), want) in cases {
            // month/year arguments are ignored when a date is given
            assert_eq!(date_line("Mỹ Độ", Some(day(y, m, d)), 7, 1999), want);
        }
    }

    #[test]
    fn date_line_leaves_the_day_blank_without_a_date() {
        let cases = [
            (5, "Mỹ Độ, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 5 năm 2024"),
            (1, "Mỹ Độ, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 01 năm 2024"),
            (2, "Mỹ Độ, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 02 năm 2024"),
            (3, "Mỹ Độ, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 3 năm 2024"),
            (12, "Mỹ Độ, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 12 năm 2024"),
        ];
        for (m, want) in cases {
            assert_eq!(date_line("Mỹ Độ", None, m, 2024), want);
        }
    }

    #[test]
    fn a_comma_typed_after_the_place_is_not_doubled() {
        let date = Some(day(2024, 12, 27));
        let want = "Hiệp Hòa, ngày 27 tháng 12 năm 2024";
        for place in ["Hiệp Hòa,", "Hiệp Hòa , ", "Hiệp Hòa"] {
            assert_eq!(date_line(place, date, 12, 2024), want, "{place:?}");
        }
    }

    #[test]
    fn date_line_survives_odd_input() {
        assert_eq!(
            date_line("", None, 0, -5),
            ", ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 0 năm -5"
        );
        assert_eq!(
            date_line("X", None, 13, 2024),
            "X, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 13 năm 2024"
        );
    }

    #[test]
    fn short_date_has_no_padding() {
        let cases = [
            ((2021, 5, 18), "18/5/2021"),
            ((1818, 5, 5), "5/5/1818"),
            ((2023, 1, 16), "16/1/2023"),
            ((2024, 2, 9), "9/2/2024"),
            ((2024, 12, 10), "10/12/2024"),
        ];
        for ((y, m, d), want) in cases {
            assert_eq!(short_date(day(y, m, d)), want);
        }
    }
}
