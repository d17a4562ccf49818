//! Words: upper case, Roman numerals, weekdays, clock times, parts of day.
//!
//! Upper case serves the header and signature lines (HD 36 and NĐ 30 print body
//! names and titles in capitals, `format-rules.md` §1.2, §2.2); weekdays,
//! clock times and parts of day word the meetings (`plan-format.md`,
//! "Meetings"); Roman numerals number quarters and sections.

use chrono::Weekday;
use unicode_normalization::UnicodeNormalization;

/// Vietnamese upper case, NFC: `"Đảng ủy phường Mỹ Độ"` → `"ĐẢNG ỦY PHƯỜNG MỸ ĐỘ"`,
/// `"ủy ban nhân dân"` → `"ỦY BAN NHÂN DÂN"`, `"C.Mác"` → `"C.MÁC"`.
///
/// NFD input (base letters followed by combining marks) gives the same NFC
/// result; digits and punctuation are left as they are.
pub(crate) fn upper(text: &str) -> String {
    // Upper-casing the base letters leaves the combining marks alone, so
    // composing again afterwards gives the precomposed capitals.
    text.nfc().collect::<String>().to_uppercase().nfc().collect()
}

/// Roman numeral: `1` → `"I"`, `2` → `"II"`, `4` → `"IV"`, `14` → `"XIV"`,
/// `1994` → `"MCMXCIV"`.
///
/// Outside 1–3999 Roman numerals have no standard form: `0` → `"0"`,
/// `4000` → `"4000"`.
pub(crate) fn roman(n: u32) -> String {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if !(1..=3999).contains(&n) {
        return n.to_string();
    }
    let mut rest = n;
    let mut out = String::new();
    for (value, letters) in DIGITS {
        while rest >= value {
            out.push_str(letters);
            rest -= value;
        }
    }
    out
}

/// The weekday: Monday → `"thứ Hai"`, Tuesday → `"thứ Ba"`, Wednesday →
/// `"thứ Tư"`, Thursday → `"thứ Năm"`, Friday → `"thứ Sáu"`, Saturday →
/// `"thứ Bảy"`, Sunday → `"Chủ nhật"`.
pub(crate) fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "thứ Hai",
        Weekday::Tue => "thứ Ba",
        Weekday::Wed => "thứ Tư",
        Weekday::Thu => "thứ Năm",
        Weekday::Fri => "thứ Sáu",
        Weekday::Sat => "thứ Bảy",
        Weekday::Sun => "Chủ nhật",
    }
}

/// A clock time, 24-hour, hour unpadded: `(8, 0)` → `"8 giờ"`,
/// `(19, 30)` → `"19 giờ 30"`, `(8, 5)` → `"8 giờ 05"`.
///
/// The minute is left out when zero and written with two digits otherwise.
/// Values are printed as given (checking them is the resolver's job).
pub(crate) fn clock(hour: u8, minute: u8) -> String {
    if minute == 0 {
        format!("{hour} giờ")
    } else {
        format!("{hour} giờ {minute:02}")
    }
}

/// The part of day: `"sáng"` for hours 0–11, `"chiều"` for 12–17, `"tối"` from 18.
pub(crate) fn part_of_day(hour: u8) -> &'static str {
    match hour {
        0..=11 => "sáng",
        12..=17 => "chiều",
        _ => "tối",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_cases_vietnamese() {
        let cases = [
            ("Đảng ủy phường Mỹ Độ", "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ"),
            ("Đảng ủy", "ĐẢNG ỦY"),
            ("ủy ban nhân dân", "ỦY BAN NHÂN DÂN"),
            ("Đảng bộ thành phố Bắc Giang", "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"),
            ("Phó Bí thư", "PHÓ BÍ THƯ"),
            ("Đảng uỷ xã", "ĐẢNG UỶ XÃ"),
            ("C.Mác", "C.MÁC"),
            ("Quận 1, phường 12 - (b/c)", "QUẬN 1, PHƯỜNG 12 - (B/C)"),
            ("ĐẢNG ỦY", "ĐẢNG ỦY"),
            ("", ""),
        ];
        for (text, want) in cases {
            let got = upper(text);
            assert_eq!(got, want, "{text}");
            assert!(got.chars().eq(want.nfc()), "{text} is not NFC");
        }
    }

    #[test]
    fn upper_composes_nfd_input() {
        let nfd: String = "Đảng ủy phường Mỹ Độ".nfd().collect();
        assert_ne!(nfd, "Đảng ủy phường Mỹ Độ");
        assert_eq!(upper(&nfd), "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ");
        // "ư" as u + combining horn, "ờ" as o + horn + grave, typed by hand
        assert_eq!(upper("phu\u{31b}o\u{31b}\u{300}ng"), "PHƯỜNG");
        assert_eq!(upper("phu\u{31b}o\u{31b}\u{300}ng").chars().count(), 6);
    }

    #[test]
    fn roman_numerals() {
        let cases = [
            (1, "I"),
            (2, "II"),
            (3, "III"),
            (4, "IV"),
            (5, "V"),
            (9, "IX"),
            (10, "X"),
            (14, "XIV"),
            (40, "XL"),
            (90, "XC"),
            (400, "CD"),
            (900, "CM"),
            (1994, "MCMXCIV"),
            (2024, "MMXXIV"),
            (3999, "MMMCMXCIX"),
            (0, "0"),
            (4000, "4000"),
            (u32::MAX, "4294967295"),
        ];
        for (n, want) in cases {
            assert_eq!(roman(n), want, "{n}");
        }
    }

    #[test]
    fn weekdays() {
        let cases = [
            (Weekday::Mon, "thứ Hai"),
            (Weekday::Tue, "thứ Ba"),
            (Weekday::Wed, "thứ Tư"),
            (Weekday::Thu, "thứ Năm"),
            (Weekday::Fri, "thứ Sáu"),
            (Weekday::Sat, "thứ Bảy"),
            (Weekday::Sun, "Chủ nhật"),
        ];
        for (day, want) in cases {
            assert_eq!(weekday(day), want, "{day:?}");
        }
    }

    #[test]
    fn clock_minute_forms() {
        let cases = [
            ((8, 0), "8 giờ"),
            ((19, 30), "19 giờ 30"),
            ((8, 5), "8 giờ 05"),
            ((0, 0), "0 giờ"),
            ((7, 9), "7 giờ 09"),
            ((7, 10), "7 giờ 10"),
            ((13, 45), "13 giờ 45"),
            ((23, 59), "23 giờ 59"),
        ];
        for ((h, m), want) in cases {
            assert_eq!(clock(h, m), want, "{h}:{m}");
        }
    }

    #[test]
    fn part_of_day_boundaries() {
        let cases = [
            (0, "sáng"),
            (8, "sáng"),
            (11, "sáng"),
            (12, "chiều"),
            (17, "chiều"),
            (18, "tối"),
            (23, "tối"),
            (255, "tối"),
        ];
        for (h, want) in cases {
            assert_eq!(part_of_day(h), want, "{h}");
        }
    }
}
