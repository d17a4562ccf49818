//! Reading `period` from its text, and why a text is refused
//! (`plan-format.md`, "`period`", "Refused periods (`plan::invalid_period`)").
//! Years run from 1000 to 9999.

use super::{Period, iso_weeks_in};
use crate::lang::{Text, t};

/// Why a text is not a period. Each reason is told in plain Vietnamese by
/// [`PeriodError::message`] and [`PeriodError::help`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeriodError {
    /// None of the forms.
    Unknown,
    /// A range whose end is before its start (`2024-12..2024-04`).
    Reversed,
    /// A range of one month or one year (`2024-05..2024-05`).
    SingleRange(Period),
    /// `2020-2022`: a school year is two consecutive years.
    SchoolYearNotConsecutive(i32, i32),
    /// A week past the year's last ISO week (`2024-W53`, `2026-W54`).
    NoSuchWeek(i32, u32),
    /// A range mixing a month and a year (`2024-04..2025`).
    MixedRange,
}

impl PeriodError {
    /// What is wrong; `text` is the value as the message shows it (quoted,
    /// cut short).
    pub fn message(&self, text: &str) -> Text {
        match self {
            Self::Unknown => {
                t(format!("kỳ {text} không hợp lệ"), format!("invalid period {text}"))
            }
            Self::Reversed => t(
                format!("kỳ {text} có điểm cuối đứng trước điểm đầu"),
                format!("the period {text} ends before it starts"),
            ),
            Self::SingleRange(_) => t(
                format!("kỳ {text} chỉ gồm một tháng hoặc một năm"),
                format!("the period {text} is a range of one month or one year"),
            ),
            Self::SchoolYearNotConsecutive(..) => t(
                format!("năm học {text} không phải hai năm liền nhau"),
                format!("the school year {text} is not two consecutive years"),
            ),
            Self::NoSuchWeek(year, _) => {
                let weeks = iso_weeks_in(*year);
                t(
                    format!("năm {year} không có tuần này: năm {year} có {weeks} tuần"),
                    format!("{year} has no such week: {year} has {weeks} weeks"),
                )
            }
            Self::MixedRange => t(
                format!("kỳ {text} nối một tháng với một năm"),
                format!("the period {text} joins a month to a year"),
            ),
        }
    }

    /// The label under the value.
    pub fn label(&self) -> Text {
        t("không phải một kỳ", "not a period")
    }

    /// How to fix it.
    pub fn help(&self) -> Text {
        match self {
            Self::Unknown => t(
                "viết tháng `2024-05`, quý `2024-Q2`, năm `2024`, 6 tháng \
                 `2024-H1`, tuần `2024-W22`, năm học `2020-2021`, các tháng \
                 `2024-04..2024-12` hoặc các năm `2025..2030`",
                "write a month `2024-05`, a quarter `2024-Q2`, a year `2024`, a half year \
                 `2024-H1`, a week `2024-W22`, a school year `2020-2021`, months \
                 `2024-04..2024-12` or years `2025..2030`",
            ),
            Self::Reversed => t(
                "viết điểm đầu trước, điểm cuối sau: `2024-04..2024-12`, `2025..2030`",
                "write the start first, then the end: `2024-04..2024-12`, `2025..2030`",
            ),
            Self::SingleRange(p) => t(
                format!("một tháng hay một năm thì viết `{p}`"),
                format!("for one month or one year write `{p}`"),
            ),
            Self::SchoolYearNotConsecutive(a, b) if b > a => t(
                format!(
                    "năm học viết hai năm liền nhau (`{a}-{}`); nhiều năm (giai đoạn, nhiệm kỳ) \
                     thì viết `{a}..{b}`",
                    a + 1
                ),
                format!(
                    "a school year is two consecutive years (`{a}-{}`); for several years \
                     (a stage, a term) write `{a}..{b}`",
                    a + 1
                ),
            ),
            Self::SchoolYearNotConsecutive(a, _) => t(
                format!("năm học viết hai năm liền nhau, năm đầu trước: `{a}-{}`", a + 1),
                format!(
                    "a school year is two consecutive years, the first first: `{a}-{}`",
                    a + 1
                ),
            ),
            Self::NoSuchWeek(year, _) => {
                let last = iso_weeks_in(*year);
                t(
                    format!("tuần theo ISO 8601 từ `{year}-W01` đến `{year}-W{last:02}`"),
                    format!(
                        "ISO 8601 weeks run from `{year}-W01` to `{year}-W{last:02}`"
                    ),
                )
            }
            Self::MixedRange => t(
                "hai đầu cùng một dạng: các tháng `2024-04..2025-02` hoặc các năm `2025..2030`",
                "both ends of one form: months `2024-04..2025-02` or years `2025..2030`",
            ),
        }
    }
}

/// A year of four digits, 1000–9999.
fn year_of(text: &str) -> Option<i32> {
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|y| *y >= 1000)
}

/// One or two digits.
fn small(text: &str) -> Option<u32> {
    ((1..=2).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `2024-05`, a month written with two digits.
fn month_of(text: &str) -> Option<(i32, u32)> {
    let (y, m) = text.split_once('-')?;
    let month = (m.len() == 2).then(|| small(m)).flatten()?;
    Some((year_of(y)?, month)).filter(|_| (1..=12).contains(&month))
}

pub(super) fn parse(text: &str) -> Result<Period, PeriodError> {
    let text = text.trim();
    if let Some((a, b)) = text.split_once("..") {
        return range(a.trim(), b.trim());
    }
    let Some((y, rest)) = text.split_once('-') else {
        return year_of(text).map(Period::Year).ok_or(PeriodError::Unknown);
    };
    let year = year_of(y).ok_or(PeriodError::Unknown)?;
    let (letter, digits) = rest.split_at(rest.chars().next().map_or(0, char::len_utf8));
    match letter {
        "Q" | "q" => {
            let q = (digits.len() == 1).then(|| small(digits)).flatten();
            q.filter(|q| (1..=4).contains(q))
                .map(|q| Period::Quarter(year, q))
                .ok_or(PeriodError::Unknown)
        }
        "H" | "h" => {
            let h = (digits.len() == 1).then(|| small(digits)).flatten();
            h.filter(|h| (1..=2).contains(h))
                .map(|h| Period::Half(year, h))
                .ok_or(PeriodError::Unknown)
        }
        "W" | "w" => {
            let w = small(digits).filter(|w| *w >= 1).ok_or(PeriodError::Unknown)?;
            if w > iso_weeks_in(year) {
                return Err(PeriodError::NoSuchWeek(year, w));
            }
            Ok(Period::Week(year, w))
        }
        _ if rest.len() == 4 => {
            let second = year_of(rest).ok_or(PeriodError::Unknown)?;
            if second == year + 1 {
                Ok(Period::SchoolYear(year))
            } else {
                Err(PeriodError::SchoolYearNotConsecutive(year, second))
            }
        }
        _ => month_of(text).map(|(y, m)| Period::Month(y, m)).ok_or(PeriodError::Unknown),
    }
}

/// `2024-04..2024-12` or `2025..2030`.
fn range(a: &str, b: &str) -> Result<Period, PeriodError> {
    match (month_of(a), month_of(b), year_of(a), year_of(b)) {
        (Some(first), Some(last), ..) => {
            if last < first {
                Err(PeriodError::Reversed)
            } else if last == first {
                Err(PeriodError::SingleRange(Period::Month(first.0, first.1)))
            } else {
                Ok(Period::Months(first, last))
            }
        }
        (.., Some(first), Some(last)) => {
            if last < first {
                Err(PeriodError::Reversed)
            } else if last == first {
                Err(PeriodError::SingleRange(Period::Year(first)))
            } else {
                Ok(Period::Years(first, last))
            }
        }
        (Some(_), None, None, Some(_)) | (None, Some(_), Some(_), None) => {
            Err(PeriodError::MixedRange)
        }
        _ => Err(PeriodError::Unknown),
    }
}
