//! Dates: the official date line and the short running-text form.

use chrono::NaiveDate;

/// The date line: `"Mỹ Độ, ngày 02 tháng 5 năm 2024"`.
///
/// With `date: None` the day is left blank for the office to fill in, and
/// month and year come from `month`/`year`:
/// `"Mỹ Độ, ngày      tháng 5 năm 2024"` (the blank is no-break spaces).
pub fn date_line(place: &str, date: Option<NaiveDate>, month: u32, year: i32) -> String {
    let _ = (place, date, month, year);
    String::new()
}

/// A date in running text: `"18/5/2021"` (no zero padding).
pub fn short_date(date: NaiveDate) -> String {
    let _ = date;
    String::new()
}
