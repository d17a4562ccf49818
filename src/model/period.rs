//! `period`: the month, quarter or year a plan covers (`2024-05`, `2024-Q2`, `2024`).

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// Which kind of period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// `2024-05`
    Month,
    /// `2024-Q2`
    Quarter,
    /// `2024`
    Year,
}

/// A month, quarter or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// A month: year and month 1–12.
    Month(i32, u32),
    /// A quarter: year and quarter 1–4.
    Quarter(i32, u32),
    /// A whole year.
    Year(i32),
}

impl Period {
    /// Reads `2024-05`, `2024-Q2` (or `2024-q2`) or `2024`; years 1000–9999.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let year_of = |y: &str| -> Option<i32> {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse().ok())
                .flatten()
                .filter(|y| *y >= 1000)
        };
        match text.split_once('-') {
            None => year_of(text).map(Self::Year),
            Some((y, rest)) => {
                let year = year_of(y)?;
                if let Some(q) = rest.strip_prefix(['Q', 'q']) {
                    let q: u32 = (q.len() == 1).then(|| q.parse().ok()).flatten()?;
                    (1..=4).contains(&q).then_some(Self::Quarter(year, q))
                } else {
                    let m: u32 = (rest.len() == 2
                        && rest.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| rest.parse().ok())
                    .flatten()?;
                    (1..=12).contains(&m).then_some(Self::Month(year, m))
                }
            }
        }
    }

    /// The kind of period.
    pub fn kind(self) -> PeriodKind {
        match self {
            Self::Month(..) => PeriodKind::Month,
            Self::Quarter(..) => PeriodKind::Quarter,
            Self::Year(..) => PeriodKind::Year,
        }
    }

    /// The year.
    pub fn year(self) -> i32 {
        match self {
            Self::Month(y, _) | Self::Quarter(y, _) | Self::Year(y) => y,
        }
    }

    /// The first month, 1–12.
    pub fn first_month(self) -> u32 {
        match self {
            Self::Month(_, m) => m,
            Self::Quarter(_, q) => 3 * q - 2,
            Self::Year(_) => 1,
        }
    }

    /// The last month, 1–12.
    pub fn last_month(self) -> u32 {
        match self {
            Self::Month(_, m) => m,
            Self::Quarter(_, q) => 3 * q,
            Self::Year(_) => 12,
        }
    }

    /// The first day.
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year(), self.first_month(), 1)
            .unwrap_or(NaiveDate::MIN)
    }

    /// The last day.
    pub fn end(self) -> NaiveDate {
        let (y, m) = (self.year(), self.last_month());
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// Whether `date` falls in the period.
    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// Whether a day and month (of any year) fall in the period.
    pub fn contains_day_of_year(self, month: u32, _day: u32) -> bool {
        (self.first_month()..=self.last_month()).contains(&month)
    }

    /// The period after this one, of the same kind.
    pub fn next(self) -> Self {
        match self {
            Self::Month(y, 12) => Self::Month(y + 1, 1),
            Self::Month(y, m) => Self::Month(y, m + 1),
            Self::Quarter(y, 4) => Self::Quarter(y + 1, 1),
            Self::Quarter(y, q) => Self::Quarter(y, q + 1),
            Self::Year(y) => Self::Year(y + 1),
        }
    }

    /// The period holding `date`'s month, of kind month.
    pub fn month_of(date: NaiveDate) -> Self {
        Self::Month(date.year(), date.month())
    }
}

impl fmt::Display for Period {
    /// Writes the YAML form: `2024-05`, `2024-Q2`, `2024`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Month(y, m) => write!(f, "{y}-{m:02}"),
            Self::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Self::Year(y) => write!(f, "{y}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_forms() {
        assert_eq!(Period::parse("2024-05"), Some(Period::Month(2024, 5)));
        assert_eq!(Period::parse("2024-Q3"), Some(Period::Quarter(2024, 3)));
        assert_eq!(Period::parse("2024"), Some(Period::Year(2024)));
    }

    #[test]
    fn rejects_bad_periods() {
        for bad in
            ["2024-13", "2024-5", "2024-Q5", "2024-Q0", "24-05", "2024-05-01", "", "abcd"]
        {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn knows_its_bounds() {
        let q = Period::Quarter(2024, 1);
        assert_eq!(q.start(), NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
        assert_eq!(q.end(), NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
        assert_eq!(
            Period::Month(2024, 2).end(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        assert_eq!(Period::Month(2024, 12).next(), Period::Month(2025, 1));
        assert_eq!(Period::Quarter(2024, 4).next(), Period::Quarter(2025, 1));
    }
}
