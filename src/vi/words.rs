//! Words: upper case, Roman numerals, weekdays, clock times.

/// Vietnamese upper case, NFC: `"Đảng ủy phường Mỹ Độ"` → `"ĐẢNG ỦY PHƯỜNG MỸ ĐỘ"`.
pub fn upper(text: &str) -> String {
    text.to_uppercase()
}

/// Roman numeral: `2` → `"II"`.
pub fn roman(n: u32) -> String {
    let _ = n;
    String::new()
}

/// The weekday: Monday → `"thứ Hai"` … Saturday → `"thứ Bảy"`, Sunday → `"Chủ nhật"`.
pub fn weekday(day: chrono::Weekday) -> &'static str {
    let _ = day;
    ""
}

/// A clock time: `(8, 0)` → `"8 giờ"`, `(19, 30)` → `"19 giờ 30"`, `(8, 5)` → `"8 giờ 05"`.
pub fn clock(hour: u8, minute: u8) -> String {
    let _ = (hour, minute);
    String::new()
}

/// The part of day: `"sáng"` before 12, `"chiều"` from 12 to 17, `"tối"` from 18.
pub fn part_of_day(hour: u8) -> &'static str {
    let _ = hour;
    ""
}
