//! Citations of directives and anniversaries.

use chrono::NaiveDate;

/// A cited document.
#[derive(Debug, Clone, Copy)]
pub struct Citation<'a> {
    /// "Kết luận".
    pub doc_type: &'a str,
    /// "01-KL/TW".
    pub number: &'a str,
    /// 2021-05-18.
    pub date: NaiveDate,
    /// "Bộ Chính trị".
    pub by: &'a str,
    /// What it is about, if known.
    pub about: Option<&'a str>,
}

/// The forms of a directive reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteForm {
    /// `{id}`: "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị".
    Default,
    /// `{id:dated}`: "Kết luận số 01-KL/TW ngày 18/5/2021".
    Dated,
    /// `{id:short}`: "Kết luận số 01-KL/TW".
    Short,
    /// `{id:full}`: the default form + " về " + `about`.
    Full,
}

/// The citation text in `form`. `Full` without `about` gives the default form
/// (the resolver reports that as an error before).
pub fn cite(citation: &Citation<'_>, form: CiteForm) -> String {
    let _ = (citation, form);
    String::new()
}

/// Whole years from the event to the plan's year: 1818-05-05 in 2024 → 206.
pub fn anniversary_years(event: NaiveDate, year: i32) -> i64 {
    let _ = (event, year);
    0
}

/// `{id}` of an anniversary:
/// `"206 năm Ngày sinh C.Mác (5/5/1818 - 5/5/2024)"`.
pub fn anniversary(name: &str, event: NaiveDate, year: i32) -> String {
    let _ = (name, event, year);
    String::new()
}
