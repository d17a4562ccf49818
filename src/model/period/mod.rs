//! `period`: the span of time a plan covers
//! (`plan-format.md`, "Keys", "`period`").
//!
//! | YAML | period | span |
//! |---|---|---|
//! | `2024-05` | a month | 1/5–31/5/2024 |
//! | `2024-Q2` | a quarter | 1/4–30/6/2024 |
//! | `2024` | a year | 1/1–31/12/2024 |
//! | `2024-H1`, `2024-H2` | six months | 1/1–30/6, 1/7–31/12/2024 |
//! | `2024-W22` | an ISO week | Monday 27/5 – Sunday 2/6/2024 |
//! | `2020-2021` | a school year | 1/9/2020 – 31/8/2021 |
//! | `2024-04..2024-12` | months 4 to 12 | 1/4–31/12/2024 (may cross a year) |
//! | `2025..2030` | years 2025 to 2030 (a term, a stage) | 1/1/2025 – 31/12/2030 |
//!
//! Reading the text, with the reasons a period is refused, is in
//! [`parse`]; ISO weeks in [`week`].

mod parse;
mod week;

use std::fmt;

use chrono::{Datelike, NaiveDate};

pub use parse::PeriodError;
pub use week::{iso_weeks_in, week_monday};

/// Which kind of period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// `2024-05`
    Month,
    /// `2024-Q2`
    Quarter,
    /// `2024`
    Year,
    /// `2024-H1`
    Half,
    /// `2024-W22`
    Week,
    /// `2020-2021`
    SchoolYear,
    /// `2024-04..2024-12`
    MonthRange,
    /// `2025..2030`
    YearRange,
}

impl PeriodKind {
    /// The kind in English words, for messages: "month", "school year" …
    pub fn word(self) -> crate::lang::Text {
        let (vi, en) = match self {
            Self::Month => ("tháng", "month"),
            Self::Quarter => ("quý", "quarter"),
            Self::Year => ("năm", "year"),
            Self::Half => ("6 tháng", "half year"),
            Self::Week => ("tuần", "week"),
            Self::SchoolYear => ("năm học", "school year"),
            Self::MonthRange => ("nhiều tháng", "range of months"),
            Self::YearRange => ("nhiều năm", "range of years"),
        };
        crate::lang::t(vi, en)
    }
}

/// A period a plan covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// A month: year and month 1–12.
    Month(i32, u32),
    /// A quarter: year and quarter 1–4.
    Quarter(i32, u32),
    /// A whole year.
    Year(i32),
    /// Six months: year and half 1 (January–June) or 2 (July–December).
    Half(i32, u32),
    /// An ISO week: ISO year and week 1–52 (or 53 in a year that has it).
    Week(i32, u32),
    /// A school year from 1 September of this year to 31 August of the next.
    SchoolYear(i32),
    /// Whole months: first (year, month) to last (year, month), at least two.
    Months((i32, u32), (i32, u32)),
    /// Whole years, first to last, at least two.
    Years(i32, i32),
}

impl Period {
    /// Reads a period; `None` when it is not one (see [`Period::check`] for
    /// the reason).
    pub fn parse(text: &str) -> Option<Self> {
        Self::check(text).ok()
    }

    /// Reads a period, or says why the text is not one.
    pub fn check(text: &str) -> Result<Self, PeriodError> {
        parse::parse(text)
    }

    /// The kind of period.
    pub fn kind(self) -> PeriodKind {
        match self {
            Self::Month(..) => PeriodKind::Month,
            Self::Quarter(..) => PeriodKind::Quarter,
            Self::Year(..) => PeriodKind::Year,
            Self::Half(..) => PeriodKind::Half,
            Self::Week(..) => PeriodKind::Week,
            Self::SchoolYear(..) => PeriodKind::SchoolYear,
            Self::Months(..) => PeriodKind::MonthRange,
            Self::Years(..) => PeriodKind::YearRange,
        }
    }

    /// The year of the first day (an ISO week 2025-W01 starts in 2024).
    pub fn year(self) -> i32 {
        self.start().year()
    }

    /// The month of the first day, 1–12.
    pub fn first_month(self) -> u32 {
        self.start().month()
    }

    /// The first day.
    pub fn start(self) -> NaiveDate {
        let day = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1);
        let start = match self {
            Self::Month(y, m) => day(y, m),
            Self::Quarter(y, q) => day(y, 3 * q.clamp(1, 4) - 2),
            Self::Year(y) | Self::Years(y, _) => day(y, 1),
            Self::Half(y, h) => day(y, if h == 2 { 7 } else { 1 }),
            Self::Week(y, w) => week_monday(y, w),
            Self::SchoolYear(y) => day(y, 9),
            Self::Months((y, m), _) => day(y, m),
        };
        start.unwrap_or(NaiveDate::MIN)
    }

    /// The last day.
    pub fn end(self) -> NaiveDate {
        let (y, m) = match self {
            Self::Month(y, m) => (y, m),
            Self::Quarter(y, q) => (y, 3 * q.clamp(1, 4)),
            Self::Year(y) | Self::Years(_, y) => (y, 12),
            Self::Half(y, h) => (y, if h == 2 { 12 } else { 6 }),
            Self::Week(..) => {
                return self
                    .start()
                    .checked_add_days(chrono::Days::new(6))
                    .unwrap_or(NaiveDate::MAX);
            }
            Self::SchoolYear(y) => (y + 1, 8),
            Self::Months(_, (y, m)) => (y, m),
        };
        last_day(y, m).unwrap_or(NaiveDate::MAX)
    }

    /// Whether `date` falls in the period.
    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// The year in which a day and month fall inside the period, the first
    /// such year when the period is longer than a year; `None` when the day
    /// is never in the period. 29 February counts as 28 February in a common
    /// year. Anniversaries are counted from this year
    /// (`plan-format.md`, "Checks against the span").
    pub fn year_of_day(self, month: u32, day: u32) -> Option<i32> {
        let (first, last) = (self.start().year(), self.end().year());
        (first..=last).find(|&year| {
            let date = NaiveDate::from_ymd_opt(year, month, day).or_else(|| {
                (month == 2 && day == 29)
                    .then(|| NaiveDate::from_ymd_opt(year, 2, 28))
                    .flatten()
            });
            date.is_some_and(|d| self.contains(d))
        })
    }

    /// The period after this one, of the same kind: `2024-H2` → `2025-H1`,
    /// `2024-W52` → `2025-W01`, `2020-2021` → `2021-2022`, a range → the
    /// range of the same length right after it.
    pub fn next(self) -> Self {
        match self {
            Self::Month(y, 12) => Self::Month(y + 1, 1),
            Self::Month(y, m) => Self::Month(y, m + 1),
            Self::Quarter(y, 4) => Self::Quarter(y + 1, 1),
            Self::Quarter(y, q) => Self::Quarter(y, q + 1),
            Self::Year(y) => Self::Year(y + 1),
            Self::Half(y, 2) => Self::Half(y + 1, 1),
            Self::Half(y, _) => Self::Half(y, 2),
            Self::Week(y, w) if w >= iso_weeks_in(y) => Self::Week(y + 1, 1),
            Self::Week(y, w) => Self::Week(y, w + 1),
            Self::SchoolYear(y) => Self::SchoolYear(y + 1),
            Self::Months((y, m), (y2, m2)) => {
                let first = y2 * 12 + m2 as i32; // the month after the last, 0-based
                let len = (y2 * 12 + m2 as i32) - (y * 12 + m as i32);
                let last = first + len;
                let ym = |i: i32| (i.div_euclid(12), i.rem_euclid(12) as u32 + 1);
                Self::Months(ym(first), ym(last))
            }
            Self::Years(a, b) => Self::Years(b + 1, b + 1 + (b - a)),
        }
    }

    /// The period holding `date`'s month, of kind month.
    pub fn month_of(date: NaiveDate) -> Self {
        Self::Month(date.year(), date.month())
    }
}

/// The last day of a month.
fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let next = if month >= 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt())
}

impl fmt::Display for Period {
    /// Writes the YAML form: `2024-05`, `2024-Q2`, `2024`, `2024-H1`,
    /// `2024-W05`, `2020-2021`, `2024-04..2024-12`, `2025..2030`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Month(y, m) => write!(f, "{y}-{m:02}"),
            Self::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Self::Year(y) => write!(f, "{y}"),
            Self::Half(y, h) => write!(f, "{y}-H{h}"),
            Self::Week(y, w) => write!(f, "{y}-W{w:02}"),
            Self::SchoolYear(y) => write!(f, "{y}-{}", y + 1),
            Self::Months((y, m), (y2, m2)) => write!(f, "{y}-{m:02}..{y2}-{m2:02}"),
            Self::Years(a, b) => write!(f, "{a}..{b}"),
        }
    }
}

#[cfg(test)]
mod tests;
