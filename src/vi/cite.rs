//! Citations of directives and anniversaries: the text of `{id}` references.
//!
//! Implements `plan-format.md`, "Text": the four directive forms and the
//! anniversary form, dates as `d/m/yyyy` without padding, or as `dates:` asks,
//! with the comma of `citations: comma` (`plan-format.md`,
//! "`dates: short | padded | long`", "`citations: plain | comma`"). Whether an
//! id exists, whether `about` is there for `:full` and whether a year count is
//! positive is checked by the resolver, not here.

use chrono::{Datelike, NaiveDate};

use super::dates::{long_date, padded_date, padded_day_month, short_date};
use crate::model::{CitationStyle, DateForm};

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
    /// How the date prints (`dates`).
    pub dates: DateForm,
    /// Whether a comma follows the number (`citations`).
    pub style: CitationStyle,
}

/// A date of a reference in `form`: `"4/7/2011"`, `"04/7/2011"` or
/// `"ngày 04 tháng 7 năm 2011"`.
pub(crate) fn reference_date(date: NaiveDate, form: DateForm) -> String {
    match form {
        DateForm::Short => short_date(date),
        DateForm::Padded => padded_date(date),
        DateForm::Long => long_date(date),
    }
}

/// The forms of a directive reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CiteForm {
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
///
/// With `dates: padded` the date reads "04/7/2011"; with `dates: long`
/// "ngày 04 tháng 7 năm 2011" replaces "ngày 4/7/2011". With `citations:
/// comma` a comma follows the number: "Nghị quyết số 68-NQ/TW, ngày 04/5/2025
/// của Bộ Chính trị".
pub(crate) fn cite(citation: &Citation<'_>, form: CiteForm) -> String {
    let short = format!("{} số {}", citation.doc_type, citation.number);
    let comma = if citation.style == CitationStyle::Comma { "," } else { "" };
    let date = match citation.dates {
        DateForm::Long => long_date(citation.date),
        other => format!("ngày {}", reference_date(citation.date, other)),
    };
    let dated = || format!("{short}{comma} {date}");
    let default = || format!("{} của {}", dated(), citation.by);
    match form {
        CiteForm::Short => short,
        CiteForm::Dated => dated(),
        CiteForm::Default => default(),
        CiteForm::Full => {
            match citation.about.map(without_ve).filter(|a| !a.is_empty()) {
                Some(about) => format!("{} về {about}", default()),
                None => default(),
            }
        }
    }
}

/// `about` trimmed, without a "về" of its own in front: a clerk copies the
/// subject as the document's title writes it ("về phát triển kinh tế tư
/// nhân"), and [`cite`] adds the "về" itself, so that it prints once.
fn without_ve(about: &str) -> &str {
    let about = about.trim();
    let mut words = about.splitn(2, char::is_whitespace);
    match (words.next(), words.next()) {
        (Some("về" | "Về" | "VỀ"), Some(rest)) => rest.trim_start(),
        (Some("về" | "Về" | "VỀ"), None) => "",
        _ => about,
    }
}

/// Whole years from the event to the plan's year: 1818-05-05 in 2024 → 206.
///
/// Only the years count (the day and month are those of the event). The result
/// is zero or negative when the event is not before `year`; the resolver
/// reports that.
pub(crate) fn anniversary_years(event: NaiveDate, year: i32) -> i64 {
    i64::from(year) - i64::from(event.year())
}

/// `{id}` of an anniversary:
/// `"206 năm Ngày sinh C.Mác (5/5/1818 - 5/5/2024)"`; with `dates: padded`
/// or `long`, `"206 năm Ngày sinh C.Mác (05/5/1818 - 05/5/2024)"`.
///
/// The second date is the day the anniversary is kept in `year`: the event's
/// day and month, except that an event of 29 February is kept on 28 February
/// in a common year (`"(29/2/1964 - 28/2/2027)"`), the day the resolver
/// counts it on; the document never prints a day that does not exist.
pub(crate) fn anniversary(
    name: &str,
    event: NaiveDate,
    year: i32,
    dates: DateForm,
) -> String {
    let (day, month) = kept_on(event, year);
    let (from, to) = match dates {
        DateForm::Short => (short_date(event), format!("{day}/{month}/{year}")),
        DateForm::Padded | DateForm::Long => {
            (padded_date(event), padded_day_month(day, month, year))
        }
    };
    format!("{} năm {name} ({from} - {to})", anniversary_years(event, year))
}

/// The day and month an anniversary of `event` is kept on in `year`: the
/// event's own, or 28 February for an event of 29 February when `year` has
/// no 29 February.
fn kept_on(event: NaiveDate, year: i32) -> (u32, u32) {
    let (day, month) = (event.day(), event.month());
    if NaiveDate::from_ymd_opt(year, month, day).is_some() {
        (day, month)
    } else {
        (28, 2)
    }
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
            dates: DateForm::Short,
            style: CitationStyle::Plain,
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
    fn a_subject_typed_with_its_ve_prints_it_once() {
        let expected = "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về \
                        tiếp tục thực hiện Chỉ thị số 05-CT/TW";
        for about in [
            "tiếp tục thực hiện Chỉ thị số 05-CT/TW",
            "về tiếp tục thực hiện Chỉ thị số 05-CT/TW",
            "  Về  tiếp tục thực hiện Chỉ thị số 05-CT/TW ",
            "VỀ\ntiếp tục thực hiện Chỉ thị số 05-CT/TW",
        ] {
            assert_eq!(cite(&kl01(Some(about)), CiteForm::Full), expected, "{about:?}");
        }
        // A subject that only starts with the letters of "về" keeps them.
        assert!(cite(&kl01(Some("vềnh")), CiteForm::Full).ends_with(" về vềnh"));
        // "về" alone is no subject: the default form, as for a blank one.
        assert_eq!(
            cite(&kl01(Some("về")), CiteForm::Full),
            cite(&kl01(None), CiteForm::Default)
        );
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
            dates: DateForm::Short,
            style: CitationStyle::Plain,
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
            assert_eq!(anniversary(name, event, 2024, DateForm::Short), want);
        }
    }

    #[test]
    fn anniversary_of_29_february_in_a_common_year() {
        assert_eq!(
            anniversary("X", day(2000, 2, 29), 2023, DateForm::Short),
            "23 năm X (29/2/2000 - 28/2/2023)"
        );
        assert_eq!(
            anniversary("X", day(1964, 2, 29), 2027, DateForm::Padded),
            "63 năm X (29/02/1964 - 28/02/2027)"
        );
        assert_eq!(
            anniversary("X", day(1964, 2, 29), 2028, DateForm::Short),
            "64 năm X (29/2/1964 - 29/2/2028)"
        );
    }

    /// For every event day of 1960–1964 (two leap years) and every year
    /// 2024–2031, the second date of the anniversary is a real day of that
    /// year: the event's day and month, or the last day of the event's month
    /// when that year's month is shorter (29 February in a common year).
    #[test]
    fn the_day_kept_is_a_real_day_of_every_year() {
        let mut event = day(1960, 1, 1);
        while event <= day(1964, 12, 31) {
            for year in 2024..=2031 {
                let text = anniversary("X", event, year, DateForm::Short);
                let second = text.rsplit(" - ").next().unwrap().trim_end_matches(')');
                let kept = NaiveDate::parse_from_str(second, "%d/%m/%Y")
                    .unwrap_or_else(|_| panic!("{event} in {year}: {second} is no day"));
                // The month's last day in `year`, from the first of the next month.
                let (ny, nm) = if event.month() == 12 {
                    (year + 1, 1)
                } else {
                    (year, event.month() + 1)
                };
                let last = day(ny, nm, 1).pred_opt().unwrap();
                let want = day(year, event.month(), event.day().min(last.day()));
                assert_eq!(kept, want, "{event} in {year}");
                let years = i64::from(year - event.year());
                assert!(text.starts_with(&format!("{years} năm X (")), "{text}");
            }
            event = event.succ_opt().unwrap();
        }
    }

    /// Every reference form under every `dates:`, for days 1–9 and 10–31 and
    /// months 1, 2 and 3–12 (`plan-format.md`,
    /// "`dates: short | padded | long`").
    #[test]
    fn every_form_under_every_date_form() {
        // (date, short, padded, long)
        let cases = [
            ((2011, 7, 4), "4/7/2011", "04/7/2011", "ngày 04 tháng 7 năm 2011"),
            ((2023, 1, 9), "9/1/2023", "09/01/2023", "ngày 09 tháng 01 năm 2023"),
            ((2024, 2, 1), "1/2/2024", "01/02/2024", "ngày 01 tháng 02 năm 2024"),
            ((2021, 5, 18), "18/5/2021", "18/5/2021", "ngày 18 tháng 5 năm 2021"),
            ((2023, 1, 16), "16/1/2023", "16/01/2023", "ngày 16 tháng 01 năm 2023"),
            ((2024, 2, 29), "29/2/2024", "29/02/2024", "ngày 29 tháng 02 năm 2024"),
            ((2025, 3, 10), "10/3/2025", "10/3/2025", "ngày 10 tháng 3 năm 2025"),
            ((2025, 12, 31), "31/12/2025", "31/12/2025", "ngày 31 tháng 12 năm 2025"),
            ((2025, 10, 5), "5/10/2025", "05/10/2025", "ngày 05 tháng 10 năm 2025"),
            ((2025, 9, 26), "26/9/2025", "26/9/2025", "ngày 26 tháng 9 năm 2025"),
        ];
        for ((y, m, d), short, padded, long) in cases {
            let date = day(y, m, d);
            assert_eq!(reference_date(date, DateForm::Short), short);
            assert_eq!(reference_date(date, DateForm::Padded), padded);
            assert_eq!(reference_date(date, DateForm::Long), long);
            for (dates, shown, in_words) in [
                (DateForm::Short, short, format!("ngày {short}")),
                (DateForm::Padded, padded, format!("ngày {padded}")),
                (DateForm::Long, padded, long.to_owned()),
            ] {
                for style in [CitationStyle::Plain, CitationStyle::Comma] {
                    let c = Citation {
                        doc_type: "Nghị quyết",
                        number: "68-NQ/TW",
                        date,
                        by: "Bộ Chính trị",
                        about: Some("phát triển kinh tế tư nhân"),
                        dates,
                        style,
                    };
                    let comma = if style == CitationStyle::Comma { "," } else { "" };
                    let dated = format!("Nghị quyết số 68-NQ/TW{comma} {in_words}");
                    assert_eq!(cite(&c, CiteForm::Short), "Nghị quyết số 68-NQ/TW");
                    assert_eq!(cite(&c, CiteForm::Dated), dated);
                    assert_eq!(
                        cite(&c, CiteForm::Default),
                        format!("{dated} của Bộ Chính trị")
                    );
                    assert_eq!(
                        cite(&c, CiteForm::Full),
                        format!("{dated} của Bộ Chính trị về phát triển kinh tế tư nhân")
                    );
                }
                let event = day(y - 100, m, d);
                let (dd, mm) =
                    (shown.split('/').next().unwrap(), shown.split('/').nth(1).unwrap());
                assert_eq!(
                    anniversary("X", event, y, dates),
                    format!("100 năm X ({dd}/{mm}/{} - {dd}/{mm}/{y})", y - 100),
                    "{shown} {dates:?}"
                );
            }
        }
    }

    #[test]
    fn the_contract_examples() {
        let nq68 = Citation {
            doc_type: "Nghị quyết",
            number: "68-NQ/TW",
            date: day(2025, 5, 4),
            by: "Bộ Chính trị",
            about: None,
            dates: DateForm::Padded,
            style: CitationStyle::Comma,
        };
        assert_eq!(
            cite(&nq68, CiteForm::Default),
            "Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị"
        );
        let long =
            Citation { dates: DateForm::Long, style: CitationStyle::Plain, ..nq68 };
        assert_eq!(
            cite(&long, CiteForm::Dated),
            "Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025"
        );
        assert_eq!(
            anniversary("Ngày sinh C.Mác", day(1818, 5, 5), 2024, DateForm::Long),
            "206 năm Ngày sinh C.Mác (05/5/1818 - 05/5/2024)"
        );
    }
}
