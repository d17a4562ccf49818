//! The frame keys (`plan-format.md`, "The frame"): a signing month without
//! a day, how citation dates print, the document's own type name, the
//! citation form and the electronic recipients. Every one is optional; a
//! plan that sets none prints as version 1.

use crate::source::Spanned;

/// How the dates of `{id}` references print: `dates`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateForm {
    /// `short`: "4/7/2011" (the default, version 1).
    #[default]
    Short,
    /// `padded`: "04/7/2011", as on the date line.
    Padded,
    /// `long`: "ngày 04 tháng 7 năm 2011" in citations; "04/7/2011" in an
    /// anniversary's parentheses.
    Long,
}

impl DateForm {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 3] = ["short", "padded", "long"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "short" => Some(Self::Short),
            "padded" => Some(Self::Padded),
            "long" => Some(Self::Long),
            _ => None,
        }
    }

    /// The YAML value.
    pub fn name(self) -> &'static str {
        match self {
            Self::Short => "short",
            Self::Padded => "padded",
            Self::Long => "long",
        }
    }
}

/// Whether a comma follows the number of a cited directive: `citations`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CitationStyle {
    /// `plain`: "Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị".
    #[default]
    Plain,
    /// `comma`: "Nghị quyết số 68-NQ/TW, ngày 4/5/2025 của Bộ Chính trị".
    Comma,
}

impl CitationStyle {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 2] = ["plain", "comma"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "plain" => Some(Self::Plain),
            "comma" => Some(Self::Comma),
            _ => None,
        }
    }

    /// The YAML value.
    pub fn name(self) -> &'static str {
        match self {
            Self::Plain => "plain",
            Self::Comma => "comma",
        }
    }
}

/// A year and a month 1–12: `date: 2026-01`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    /// The year.
    pub year: i32,
    /// The month, 1–12.
    pub month: u32,
}

impl YearMonth {
    /// The first day of the month.
    pub fn first_day(self) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month, 1)
            .unwrap_or(chrono::NaiveDate::MIN)
    }

    /// The last day of the month.
    pub fn last_day(self) -> chrono::NaiveDate {
        let next = if self.month >= 12 {
            chrono::NaiveDate::from_ymd_opt(self.year + 1, 1, 1)
        } else {
            chrono::NaiveDate::from_ymd_opt(self.year, self.month + 1, 1)
        };
        next.and_then(|d| d.pred_opt()).unwrap_or(chrono::NaiveDate::MAX)
    }
}

impl std::fmt::Display for YearMonth {
    /// `2026-01`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{:02}", self.year, self.month)
    }
}

/// The frame keys of version 2, as written.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    /// `date: 2026-01`: signed in that month, the day left blank. Never set
    /// together with [`crate::model::Plan::date`].
    pub signing_month: Option<Spanned<YearMonth>>,
    /// `dates`.
    pub dates: Option<Spanned<DateForm>>,
    /// `citations`.
    pub citations: Option<Spanned<CitationStyle>>,
    /// `type_name`: "Chương trình hành động".
    pub type_name: Option<Spanned<String>>,
    /// `electronic_recipients`, as written.
    pub electronic_recipients: Option<Spanned<Vec<Spanned<String>>>>,
}

impl Frame {
    /// `dates`, or its default.
    pub fn date_form(&self) -> DateForm {
        self.dates.as_ref().map(|d| d.value).unwrap_or_default()
    }

    /// `citations`, or its default.
    pub fn citation_style(&self) -> CitationStyle {
        self.citations.as_ref().map(|c| c.value).unwrap_or_default()
    }
}
