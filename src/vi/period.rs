//! Periods in words: "tháng 5 năm 2024", "quý II năm 2024", "năm 2024".

use crate::model::Period;

/// `"tháng 5 năm 2024"`, `"quý II năm 2024"`, `"năm 2024"`.
pub fn phrase(period: Period) -> String {
    let _ = period;
    String::new()
}

/// The default summary line: `"Công tác tháng 5 năm 2024"`.
pub fn default_title(period: Period) -> String {
    let _ = period;
    String::new()
}

/// The default meetings title: `"Một số cuộc họp chính trong tháng"` /
/// `"… trong quý"` / `"… trong năm"`.
pub fn default_meetings_title(period: Period) -> String {
    let _ = period;
    String::new()
}
