//! A body's name typed in capitals, written back in running-text case for the
//! places that name the issuer inside a sentence: the appendix line
//! "(Kèm theo … của Ủy ban MTTQ Việt Nam xã Lương Minh)" (`plan-format.md`,
//! "`appendices` (top level)"). The header prints names in capitals anyway
//! (`format-rules.md` §1.2), so clerks often type them that way, with the line
//! break of the header in a `|` block (`issuer.name: | ỦY BAN MTTQ VIỆT NAM …`;
//! `plan-format.md`, "Explicit line breaks in one-line texts").
//!
//! Only a name with no small letter, with a place in it (a unit word such
//! as "XÃ", or a Party committee such as "HUYỆN ỦY"), and whose words
//! before the place are those of the bodies in [`KNOWN`] is rewritten: the
//! place fixes where the proper name starts, the known words how the rest
//! is cased. Any other name is returned as typed.

use super::names::places;
use super::vowels::has_vowel;
use super::words::upper;

/// Words that keep a capital inside an organisation's name (NĐ 30/2020
/// Phụ lục II, viết hoa tên cơ quan, tổ chức): "Ban Thường vụ", "Mặt trận
/// Tổ quốc", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ
/// nữ", "Việt Nam"; the first word of each phrase gets the capital.
const PHRASES: [&[&str]; 21] = [
    &["VIỆT", "NAM"],
    &["MẶT", "TRẬN"],
    &["CÔNG", "ĐOÀN"],
    &["CÔNG", "AN"],
    &["CHỈ", "HUY"],
    &["QUÂN", "SỰ"],
    &["HỒ", "CHÍ", "MINH"],
    &["THƯỜNG", "VỤ"],
    &["THƯỜNG", "TRỰC"],
    &["CHẤP", "HÀNH"],
    &["CHỈ", "ĐẠO"],
    &["TỔ", "QUỐC"],
    &["THANH", "NIÊN"],
    &["CỘNG", "SẢN"],
    &["LIÊN", "HIỆP"],
    &["PHỤ", "NỮ"],
    &["NÔNG", "DÂN"],
    &["CỰU", "CHIẾN", "BINH"],
    &["KIỂM", "TRA"],
    &["TUYÊN", "GIÁO"],
    &["DÂN", "VẬN"],
];

/// The words of the bodies whose names are rewritten, before their place:
/// People's Committees and Councils, Party committees and cells, the
/// Fatherland Front and its member organisations, police, military
/// command, schools. A name with any other word ("PHÒNG GIÁO DỤC VÀ ĐÀO
/// TẠO", whose field words take capitals by rules of their own) is left
/// as typed rather than cased wrongly.
const KNOWN: &str = "ỦY UỶ BAN NHÂN DÂN HỘI ĐỒNG ĐẢNG BỘ CHI MẶT TRẬN TỔ QUỐC VIỆT NAM \
     THƯỜNG VỤ TRỰC CHẤP HÀNH CHỈ ĐẠO HUY ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ \
     MINH LIÊN HIỆP PHỤ NỮ CỰU CHIẾN BINH NÔNG CÔNG AN QUÂN SỰ KIỂM TRA \
     TUYÊN GIÁO VẬN TRƯỜNG";

/// `name` in running-text case when it is typed in capitals and names a
/// place: `"ỦY BAN NHÂN DÂN XÃ TÂN TIẾN"` → `"Ủy ban nhân dân xã Tân
/// Tiến"`, `"ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH"` → `"Ủy ban MTTQ Việt Nam
/// xã Lương Minh"`, `"BAN THƯỜNG VỤ HUYỆN ỦY BA CHẼ"` → `"Ban Thường vụ
/// Huyện ủy Ba Chẽ"`, `"ĐẢNG ỦY PHƯỜNG MỸ ĐỘ"` → `"Đảng ủy phường Mỹ Độ"`.
/// Words without a vowel (MTTQ, HĐND, THCS) stay capitals. A name with a
/// small letter (`"Đảng ủy phường Mỹ Độ"`), without a place (`"TRƯỜNG MẦM
/// NON HOA SEN"`) or with a word not in [`KNOWN`] (`"PHÒNG GIÁO DỤC VÀ ĐÀO
/// TẠO HUYỆN TÂN YÊN"`) is returned as it is.
pub(crate) fn running_text(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // Where the place's own name starts, and whether the word before it is
    // a committee ("HUYỆN ỦY") rather than a unit ("XÃ").
    let Some(place) = places(&words).find(|p| p.name_at() < words.len()) else {
        return name.to_owned();
    };
    let (unit_at, start, committee) = (place.at, place.name_at(), place.committee);
    let known = |w: &&str| !has_vowel(w) || KNOWN.split_whitespace().any(|k| k == *w);
    if !words[..unit_at].iter().all(known) {
        return name.to_owned();
    }
    // The places inside the first one's name: "THÔN 3 XÃ ĐÔNG HÒA" is
    // "thôn 3 xã Đông Hòa", each unit small, each place's name capital.
    let inner: Vec<_> = places(&words).filter(|p| p.at > start).collect();
    let in_inner_unit = |at: usize| {
        inner.iter().find(|p| (p.at..p.name_at()).contains(&at)).map(|p| p.committee)
    };
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut at = 0;
    while at < words.len() {
        let word = words[at];
        if at >= start {
            out.push(match in_inner_unit(at) {
                // "… xã Tân Tiến, Huyện ủy …": a committee keeps its capital.
                Some(true) if inner.iter().any(|p| p.at == at) => capital(word),
                Some(_) => small(word),
                None => capital(word),
            });
        } else if at == unit_at && committee {
            // "Huyện ủy", "Tỉnh ủy": the committee's name has the capital.
            out.push(capital(word));
        } else if at >= unit_at {
            out.push(small(word));
        } else if let Some(phrase) =
            PHRASES.iter().find(|p| words[at..unit_at].starts_with(p))
        {
            out.push(capital(word));
            out.extend(phrase[1..].iter().enumerate().map(|(i, w)| {
                // "Việt Nam", "Hồ Chí Minh": every word of a proper name.
                if matches!(phrase[0], "VIỆT" | "HỒ") {
                    capital(w)
                } else {
                    small(words[at + 1 + i])
                }
            }));
            at += phrase.len();
            continue;
        } else if at == 0
            // The Party, the Youth Union and the associations by their
            // names: "Ban Chấp hành Đoàn xã", "Ban Chấp hành Hội Nông dân".
            || matches!(word, "ĐẢNG" | "ĐOÀN" | "HỘI")
            || (matches!(word, "ỦY" | "UỶ") && words.get(at + 1) == Some(&"BAN"))
        {
            out.push(capital(word));
        } else {
            out.push(small(word));
        }
        at += 1;
    }
    out.join(" ")
}

/// `"XÃ"` → `"xã"`; an abbreviation stays as typed.
fn small(word: &str) -> String {
    if has_vowel(word) { word.to_lowercase() } else { word.to_owned() }
}

/// `"LƯƠNG"` → `"Lương"`; an abbreviation stays as typed.
fn capital(word: &str) -> String {
    let lower = small(word);
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) if has_vowel(word) => upper(&first.to_string()) + chars.as_str(),
        _ => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_with_a_place_become_running_text() {
        let cases = [
            ("ỦY BAN NHÂN DÂN XÃ TÂN TIẾN", "Ủy ban nhân dân xã Tân Tiến"),
            ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "Ủy ban MTTQ Việt Nam xã Lương Minh"),
            ("ĐẢNG ỦY PHƯỜNG MỸ ĐỘ", "Đảng ủy phường Mỹ Độ"),
            ("BAN THƯỜNG VỤ HUYỆN ỦY BA CHẼ", "Ban Thường vụ Huyện ủy Ba Chẽ"),
            ("HUYỆN ỦY BA CHẼ", "Huyện ủy Ba Chẽ"),
            ("HỘI ĐỒNG NHÂN DÂN THỊ XÃ QUẢNG YÊN", "Hội đồng nhân dân thị xã Quảng Yên"),
            ("ĐOÀN TNCS HỒ CHÍ MINH XÃ TÂN TIẾN", "Đoàn TNCS Hồ Chí Minh xã Tân Tiến"),
            ("HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN TIẾN", "Hội Liên hiệp Phụ nữ xã Tân Tiến"),
            ("TRƯỜNG THCS THỊ TRẤN TÂN YÊN", "Trường THCS thị trấn Tân Yên"),
            (
                "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẠ LONG",
                "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hạ Long",
            ),
            // The older spelling "UỶ" too, as typed.
            (
                "BAN THƯỜNG TRỰC UỶ BAN MTTQ VIỆT NAM XÃ TÂN TIẾN",
                "Ban Thường trực Uỷ ban MTTQ Việt Nam xã Tân Tiến",
            ),
            ("ĐẢNG BỘ TỈNH QUẢNG NINH", "Đảng bộ tỉnh Quảng Ninh"),
            ("ĐẢNG ỦY CÔNG AN XÃ TÂN TIẾN", "Đảng ủy Công an xã Tân Tiến"),
            ("BAN CHỈ HUY QUÂN SỰ XÃ TÂN TIẾN", "Ban Chỉ huy Quân sự xã Tân Tiến"),
            (
                "ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ TÂN TIẾN",
                "Ủy ban Kiểm tra Đảng ủy xã Tân Tiến",
            ),
            // A place inside another: each unit small, each name capital.
            ("CHI BỘ THÔN 3 XÃ ĐÔNG HÒA", "Chi bộ thôn 3 xã Đông Hòa"),
            (
                "ỦY BAN NHÂN DÂN PHƯỜNG 12 QUẬN GÒ VẤP",
                "Ủy ban nhân dân phường 12 quận Gò Vấp",
            ),
            ("CHI BỘ THÔN ĐÔNG XÃ TÂN TIẾN", "Chi bộ thôn Đông xã Tân Tiến"),
            // The Youth Union, the associations and the Front by name.
            ("BAN CHẤP HÀNH ĐOÀN XÃ TÂN TIẾN", "Ban Chấp hành Đoàn xã Tân Tiến"),
            (
                "BAN CHẤP HÀNH HỘI NÔNG DÂN XÃ TÂN TIẾN",
                "Ban Chấp hành Hội Nông dân xã Tân Tiến",
            ),
            (
                "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN TIẾN",
                "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Tiến",
            ),
            (
                "BAN CHẤP HÀNH CÔNG ĐOÀN XÃ TÂN TIẾN",
                "Ban Chấp hành Công đoàn xã Tân Tiến",
            ),
            (
                "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN XÃ TÂN TIẾN",
                "Thường trực Hội đồng nhân dân xã Tân Tiến",
            ),
        ];
        for (name, expected) in cases {
            assert_eq!(running_text(name), expected, "{name}");
        }
    }

    #[test]
    fn other_names_stay_as_typed() {
        for name in [
            "Ủy ban nhân dân xã Tân Tiến",
            "ỦY BAN nhân dân xã Tân Tiến",
            "TRƯỜNG MẦM NON HOA SEN",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÂN YÊN",
            "TRƯỜNG MẦM NON XÃ TÂN TIẾN",
            "ỦY BAN NHÂN DÂN XÃ",
            "",
        ] {
            assert_eq!(running_text(name), name);
        }
    }
}
