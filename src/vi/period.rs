//! Periods in words: "tháng 5 năm 2024", "quý II năm 2024", "năm 2024".
//!
//! Gives the default summary line and the default meetings title
//! (`plan-format.md`, keys `title` and `meetings`). Months in running text are
//! not padded; quarters take Roman numerals.

use super::words::roman;
use crate::model::Period;

/// `"tháng 5 năm 2024"`, `"quý II năm 2024"`, `"năm 2024"`.
pub fn phrase(period: Period) -> String {
    match period {
        Period::Month(y, m) => format!("tháng {m} năm {y}"),
        Period::Quarter(y, q) => format!("quý {} năm {y}", roman(q)),
        Period::Year(y) => format!("năm {y}"),
    }
}

/// The default summary line: `"Công tác tháng 5 năm 2024"`,
/// `"Công tác quý II năm 2024"`, `"Công tác năm 2024"`.
pub fn default_title(period: Period) -> String {
    format!("Công tác {}", phrase(period))
}

/// The default meetings title: `"Một số cuộc họp chính trong tháng"` /
/// `"Một số cuộc họp chính trong quý"` / `"Một số cuộc họp chính trong năm"`.
pub fn default_meetings_title(period: Period) -> String {
    let unit = match period {
        Period::Month(..) => "tháng",
        Period::Quarter(..) => "quý",
        Period::Year(..) => "năm",
    };
    format!("Một số cuộc họp chính trong {unit}")
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
            default_meetings_title(Period::Month(2024, 5)),
            "Một số cuộc họp chính trong tháng"
        );
    }

    #[test]
    fn out_of_range_quarter_does_not_panic() {
        assert_eq!(phrase(Period::Quarter(2024, 0)), "quý 0 năm 2024");
    }
}
