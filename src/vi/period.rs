//! Periods in words: "tháng 5 năm 2024", "quý II năm 2024", "năm 2024",
//! "6 tháng đầu năm 2024", "tuần 22 năm 2024 (từ ngày 27/5 đến ngày
//! 2/6/2024)", "năm học 2020-2021", "từ tháng 4 đến tháng 12 năm 2024",
//! "giai đoạn 2025-2030".
//!
//! Gives the default summary line and the default meetings title
//! (`plan-format.md`, "Keys", "`period`": keys `title` and `meetings`).
//! Months in running text are not padded; quarters take Roman
//! numerals; a range of months across a year writes "tháng 11/2024" and pads
//! the months 1 and 2 as the contract's example does ("tháng 02/2025").

use chrono::Datelike;

use super::words::roman;
use crate::model::Period;

/// The period as running text names it:
///
/// | period | phrase |
/// |---|---|
/// | `2024-05` | tháng 5 năm 2024 |
/// | `2024-Q2` | quý II năm 2024 |
/// | `2024` | năm 2024 |
/// | `2024-H1` / `2024-H2` | 6 tháng đầu năm 2024 / 6 tháng cuối năm 2024 |
/// | `2024-W22` | tuần 22 năm 2024 (từ ngày 27/5 đến ngày 2/6/2024) |
/// | `2025-W01` | tuần 1 năm 2025 (từ ngày 30/12/2024 đến ngày 5/1/2025) |
/// | `2020-2021` | năm học 2020-2021 |
/// | `2024-04..2024-12` | từ tháng 4 đến tháng 12 năm 2024 |
/// | `2024-11..2025-02` | từ tháng 11/2024 đến tháng 02/2025 |
/// | `2025..2030` | giai đoạn 2025-2030 |
pub(crate) fn phrase(period: Period) -> String {
    match period {
        Period::Month(y, m) => format!("tháng {m} năm {y}"),
        Period::Quarter(y, q) => format!("quý {} năm {y}", roman(q)),
        Period::Year(y) => format!("năm {y}"),
        Period::Half(y, 1) => format!("6 tháng đầu năm {y}"),
        Period::Half(y, _) => format!("6 tháng cuối năm {y}"),
        Period::Week(y, w) => {
            let (start, end) = (period.start(), period.end());
            let first = if start.year() == end.year() {
                format!("{}/{}", start.day(), start.month())
            } else {
                super::dates::short_date(start)
            };
            format!(
                "tuần {w} năm {y} (từ ngày {first} đến ngày {})",
                super::dates::short_date(end)
            )
        }
        Period::SchoolYear(y) => format!("năm học {y}-{}", y + 1),
        Period::Months((y, m), (y2, m2)) if y == y2 => {
            format!("từ tháng {m} đến tháng {m2} năm {y}")
        }
        Period::Months((y, m), (y2, m2)) => {
            format!("từ tháng {}/{y} đến tháng {}/{y2}", padded(m), padded(m2))
        }
        Period::Years(a, b) => format!("giai đoạn {a}-{b}"),
    }
}

/// A month with the leading zero of the months 1 and 2: `"02"`, `"11"`.
fn padded(month: u32) -> String {
    if matches!(month, 1 | 2) { format!("{month:02}") } else { month.to_string() }
}

/// The default summary line: `"Công tác "` + [`phrase`]: `"Công tác tháng 5
/// năm 2024"`, `"Công tác năm học 2020-2021"`.
pub(crate) fn default_title(period: Period) -> String {
    format!("Công tác {}", phrase(period))
}

/// What the meetings title says the meetings fall in: "tháng", "quý", "năm",
/// "6 tháng", "tuần", "năm học", "thời gian thực hiện", "giai đoạn".
pub(crate) fn unit(period: Period) -> &'static str {
    match period {
        Period::Month(..) => "tháng",
        Period::Quarter(..) => "quý",
        Period::Year(..) => "năm",
        Period::Half(..) => "6 tháng",
        Period::Week(..) => "tuần",
        Period::SchoolYear(..) => "năm học",
        Period::Months(..) => "thời gian thực hiện",
        Period::Years(..) => "giai đoạn",
    }
}

/// The default meetings title: `"Một số cuộc họp chính trong tháng"`,
/// `"… trong quý"`, `"… trong năm"`, `"… trong 6 tháng"`, `"… trong tuần"`,
/// `"… trong năm học"`, `"… trong thời gian thực hiện"`, `"… trong giai đoạn"`.
pub(crate) fn default_meetings_title(period: Period) -> String {
    format!("Một số cuộc họp chính trong {}", unit(period))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_and_titles() {
        let cases = [
            (Period::Month(2024, 5), "tháng 5 năm 2024", "trong tháng"),
            (Period::Month(2024, 1), "tháng 1 năm 2024", "trong tháng"),
            (Period::Month(2024, 12), "tháng 12 năm 2024", "trong tháng"),
            (Period::Quarter(2024, 1), "quý I năm 2024", "trong quý"),
            (Period::Quarter(2024, 2), "quý II năm 2024", "trong quý"),
            (Period::Quarter(2024, 3), "quý III năm 2024", "trong quý"),
            (Period::Quarter(2024, 4), "quý IV năm 2024", "trong quý"),
            (Period::Year(2024), "năm 2024", "trong năm"),
            (Period::Half(2024, 1), "6 tháng đầu năm 2024", "trong 6 tháng"),
            (Period::Half(2024, 2), "6 tháng cuối năm 2024", "trong 6 tháng"),
            (
                Period::Week(2024, 22),
                "tuần 22 năm 2024 (từ ngày 27/5 đến ngày 2/6/2024)",
                "trong tuần",
            ),
            (
                Period::Week(2025, 1),
                "tuần 1 năm 2025 (từ ngày 30/12/2024 đến ngày 5/1/2025)",
                "trong tuần",
            ),
            (Period::SchoolYear(2020), "năm học 2020-2021", "trong năm học"),
            (
                Period::Months((2024, 4), (2024, 12)),
                "từ tháng 4 đến tháng 12 năm 2024",
                "trong thời gian thực hiện",
            ),
            (
                Period::Months((2024, 11), (2025, 2)),
                "từ tháng 11/2024 đến tháng 02/2025",
                "trong thời gian thực hiện",
            ),
            (Period::Years(2025, 2030), "giai đoạn 2025-2030", "trong giai đoạn"),
        ];
        for (period, want, meetings) in cases {
            assert_eq!(phrase(period), want, "{period}");
            assert_eq!(default_title(period), format!("Công tác {want}"), "{period}");
            assert_eq!(
                default_meetings_title(period),
                format!("Một số cuộc họp chính {meetings}"),
                "{period}"
            );
        }
    }

    #[test]
    fn exact_defaults() {
        assert_eq!(default_title(Period::Month(2024, 5)), "Công tác tháng 5 năm 2024");
        assert_eq!(default_title(Period::Quarter(2024, 2)), "Công tác quý II năm 2024");
        assert_eq!(
            default_title(Period::Week(2024, 22)),
            "Công tác tuần 22 năm 2024 (từ ngày 27/5 đến ngày 2/6/2024)"
        );
        assert_eq!(
            default_title(Period::Months((2024, 11), (2025, 2))),
            "Công tác từ tháng 11/2024 đến tháng 02/2025"
        );
        assert_eq!(
            default_meetings_title(Period::Month(2024, 5)),
            "Một số cuộc họp chính trong tháng"
        );
    }

    /// Every ISO week of 2000-2040, its Monday and Sunday found by walking
    /// the days (chrono's `iso_week` and `weekday`), against the phrase: the
    /// first day without its year unless the week straddles New Year.
    #[test]
    fn every_week_phrase_names_its_monday_and_sunday() {
        use chrono::{NaiveDate, Weekday};
        let mut d = NaiveDate::from_ymd_opt(2000, 1, 3).unwrap(); // a Monday
        let mut weeks = 0;
        while d.year() <= 2040 {
            assert_eq!(d.weekday(), Weekday::Mon);
            let sunday = d + chrono::Days::new(6);
            let week = d.iso_week();
            let first = if d.year() == sunday.year() {
                format!("{}/{}", d.day(), d.month())
            } else {
                format!("{}/{}/{}", d.day(), d.month(), d.year())
            };
            let want = format!(
                "tuần {} năm {} (từ ngày {first} đến ngày {}/{}/{})",
                week.week(),
                week.year(),
                sunday.day(),
                sunday.month(),
                sunday.year()
            );
            assert_eq!(phrase(Period::Week(week.year(), week.week())), want);
            d = d + chrono::Days::new(7);
            weeks += 1;
        }
        assert_eq!(weeks, 2140);
    }

    #[test]
    fn out_of_range_quarter_does_not_panic() {
        assert_eq!(phrase(Period::Quarter(2024, 0)), "quý 0 năm 2024");
    }
}
