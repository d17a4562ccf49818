//! Citations of directives and anniversaries: the text of `{id}` references.
//!
//! Implements `plan-format.md`, "Text": the four directive forms and the
//! anniversary form, dates as `d/m/yyyy` without padding. Whether an id exists,
//! whether `about` is there for `:full` and whether a year count is positive is
//! checked by the resolver, not here.

use chrono::{Datelike, NaiveDate};

use super::dates::short_date;

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

/// The citation text in `form`:
///
/// - `Default`: `"Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"`
/// - `Dated`: `"Kết luận số 01-KL/TW ngày 18/5/2021"`
/// - `Short`: `"Kết luận số 01-KL/TW"`
/// - `Full`: `"Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về <about>"`
///
/// `Full` without `about` (or with a blank one) gives the default form (the
/// resolver reports that as an error before).
pub fn cite(citation: &Citation<'_>, form: CiteForm) -> String {
    let short = format!("{} số {}", citation.doc_type, citation.number);
    let dated = || format!("{short} ngày {}", short_date(citation.date));
    let default = || format!("{} của {}", dated(), citation.by);
    match form {
        CiteForm::Short => short,
        CiteForm::Dated => dated(),
        CiteForm::Default => default(),
        CiteForm::Full => match citation.about.map(str::trim).filter(|a| !a.is_empty()) {
            Some(about) => format!("{} về {about}", default()),
            None => default(),
        },
    }
}

/// Whole years from the event to the plan's year: 1818-05-05 in 2024 → 206.
///
/// Only the years count (the day and month are those of the event). The result
/// is zero or negative when the event is not before `year`; the resolver
/// reports that.
pub fn anniversary_years(event: NaiveDate, year: i32) -> i64 {
    i64::from(year) - i64::from(event.year())
}

/// `{id}` of an anniversary:
/// `"206 năm Ngày sinh C.Mác (5/5/1818 - 5/5/2024)"`.
///
/// The second date is the event's day and month in `year`, written as numbers
/// with no date arithmetic: 29 February gives `"29/2/<year>"` even in a
/// non-leap year (the resolver may warn).
pub fn anniversary(name: &str, event: NaiveDate, year: i32) -> String {
    let (day, month) = (event.day(), event.month());
    format!(
        "{} năm {name} ({} - {day}/{month}/{year})",
        anniversary_years(event, year),
        short_date(event)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn kl01(about: Option<&str>) -> Citation<'_> {
        Citation {
            doc_type: "Kết luận",
            number: "01-KL/TW",
            date: day(2021, 5, 18),
            by: "Bộ Chính trị",
            about,
        }
    }

    #[test]
    fn citation_forms() {
        let about = Some("tiếp tục thực hiện Chỉ thị số 05-CT/TW");
        let cases = [
            (CiteForm::Default, "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
            (CiteForm::Dated, "Kết luận số 01-KL/TW ngày 18/5/2021"),
            (CiteForm::Short, "Kết luận số 01-KL/TW"),
            (
                CiteForm::Full,
                "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục \
                 thực hiện Chỉ thị số 05-CT/TW",
            ),
        ];
        for (form, want) in cases {
            assert_eq!(cite(&kl01(about), form), want, "{form:?}");
        }
    }

    #[test]
    fn full_without_about_is_the_default_form() {
        let want = "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị";
        assert_eq!(cite(&kl01(None), CiteForm::Full), want);
        assert_eq!(cite(&kl01(Some("  ")), CiteForm::Full), want);
    }

    #[test]
    fn citation_dates_are_not_padded() {
        let ct21 = Citation {
            doc_type: "Chỉ thị",
            number: "21-CT/TU",
            date: day(2023, 1, 16),
            by: "Ban Thường vụ Tỉnh ủy",
            about: None,
        };
        assert_eq!(
            cite(&ct21, CiteForm::Default),
            "Chỉ thị số 21-CT/TU ngày 16/1/2023 của Ban Thường vụ Tỉnh ủy"
        );
    }

    #[test]
    fn anniversary_counts() {
        let cases = [
            (day(1818, 5, 5), 2024, 206),
            (day(1890, 5, 19), 2024, 134),
            (day(1954, 5, 7), 2024, 70),
            (day(1975, 4, 30), 2024, 49),
            (day(2024, 5, 1), 2024, 0),
            (day(2030, 1, 1), 2024, -6),
        ];
        for (event, year, want) in cases {
            assert_eq!(anniversary_years(event, year), want, "{event} in {year}");
        }
    }

    #[test]
    fn anniversary_texts() {
        let cases = [
            (
                "Ngày sinh C.Mác",
                day(1818, 5, 5),
                "206 năm Ngày sinh C.Mác (5/5/1818 - 5/5/2024)",
            ),
            (
                "Ngày Chiến thắng Điện Biên Phủ",
                day(1954, 5, 7),
                "70 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)",
            ),
            (
                "Ngày sinh Chủ tịch Hồ Chí Minh",
                day(1890, 5, 19),
                "134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)",
            ),
        ];
        for (name, event, want) in cases {
            assert_eq!(anniversary(name, event, 2024), want);
        }
    }

    #[test]
    fn anniversary_of_29_february_in_a_common_year() {
        assert_eq!(
            anniversary("X", day(2000, 2, 29), 2023),
            "23 năm X (29/2/2000 - 29/2/2023)"
        );
    }
}
