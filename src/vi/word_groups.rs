//! Where a body's name, an authority line or a signer's title may break
//! when it wraps (`format-rules.md` §3.3). Vietnamese writes
//! every syllable as a word, so a space is not always a break a clerk
//! would make: "ĐẢNG BỘ THÀNH / PHỐ HỒ CHÍ MINH" splits the word "THÀNH
//! PHỐ", "TRƯỜNG TRUNG / HỌC CƠ SỞ" the word "TRUNG HỌC". A text is cut
//! here into groups of two levels:
//!
//! - compounds, never broken inside: the words of [`COMPOUNDS`] ("THÀNH
//!   PHỐ", "ỦY BAN", "NHÂN DÂN", "HỒ CHÍ MINH", …), a committee ("TỈNH
//!   ỦY", "ĐẢNG ỦY"), and a word that leans on the next one ("CÁC CƠ
//!   QUAN", "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "BAN TUYÊN GIÁO");
//! - places, a unit word and the place name after it ("THÀNH PHỐ HỒ CHÍ
//!   MINH", "XÃ LƯƠNG MINH"; "ĐẢNG ỦY XUÂN THỚI THƯỢNG", a place with no
//!   unit word), and a few phrases of two compounds ("TRUNG
//!   HỌC CƠ SỞ", [`PHRASES`]), kept on one line when they fit and that
//!   costs no line.
//!
//! The template (`templates/parts/words.typ` `grouped-line`) and the Word
//! output (`src/docx/measure.rs`) break a line only between groups: between
//! places and the words around them, and between the compounds of a place
//! only when the place alone is wider than its cell or keeping it whole
//! would take one line more.

/// A text's groups: outer, the groups kept on one line when they fit;
/// inner, their compounds, never broken (unless one alone is wider than
/// its cell). A line break the author typed is the group `[["\n"]]`.
pub type Groups = Vec<Vec<String>>;

/// Words that belong together, upper case, longest first where one starts
/// another ("TRUNG HỌC CƠ SỞ" before "TRUNG HỌC").
const COMPOUNDS: &[&[&str]] = &[
    // Administrative units.
    &["THÀNH", "PHỐ"],
    &["THỊ", "XÃ"],
    &["THỊ", "TRẤN"],
    &["ĐẶC", "KHU"],
    &["KHU", "PHỐ"],
    &["TỔ", "DÂN", "PHỐ"],
    // Party and state bodies.
    &["BAN", "THƯỜNG", "VỤ"],
    &["BAN", "CHẤP", "HÀNH"],
    &["BAN", "CHỈ", "ĐẠO"],
    &["TRƯỞNG", "BAN"],
    &["CHẤP", "HÀNH"],
    &["CHỈ", "ĐẠO"],
    &["THƯỜNG", "VỤ"],
    &["THƯỜNG", "TRỰC"],
    &["ĐẢNG", "BỘ"],
    &["ĐẢNG", "ĐOÀN"],
    &["CHI", "BỘ"],
    &["CHI", "ĐOÀN"],
    &["CÔNG", "ĐOÀN"],
    &["CƠ", "QUAN"],
    &["TRUNG", "ƯƠNG"],
    &["ỦY", "BAN"],
    &["NHÂN", "DÂN"],
    &["HỘI", "ĐỒNG"],
    &["MẶT", "TRẬN"],
    &["TỔ", "QUỐC"],
    &["KIỂM", "TRA"],
    &["TUYÊN", "GIÁO"],
    &["DÂN", "VẬN"],
    &["NỘI", "CHÍNH"],
    &["TỔ", "CHỨC"],
    &["VĂN", "PHÒNG"],
    &["CHỦ", "TỊCH"],
    &["BÍ", "THƯ"],
    &["CHÁNH", "VĂN", "PHÒNG"],
    &["HIỆU", "TRƯỞNG"],
    &["GIÁM", "ĐỐC"],
    &["TRƯỞNG", "PHÒNG"],
    &["CỘNG", "SẢN"],
    &["CỘNG", "HÒA"],
    &["XÃ", "HỘI"],
    &["CHỦ", "NGHĨA"],
    &["VIỆT", "NAM"],
    &["THANH", "NIÊN"],
    &["PHỤ", "NỮ"],
    &["NÔNG", "DÂN"],
    &["CỰU", "CHIẾN", "BINH"],
    &["LIÊN", "ĐOÀN"],
    &["LAO", "ĐỘNG"],
    &["LIÊN", "HIỆP"],
    // Schools and offices.
    &["TRUNG", "HỌC"],
    &["CƠ", "SỞ"],
    &["PHỔ", "THÔNG"],
    &["MẦM", "NON"],
    &["TIỂU", "HỌC"],
    &["ĐẠI", "HỌC"],
    &["CAO", "ĐẲNG"],
    &["TRUNG", "CẤP"],
    &["TRUNG", "TÂM"],
    &["GIÁO", "DỤC"],
    &["ĐÀO", "TẠO"],
    &["Y", "TẾ"],
    &["TÀI", "CHÍNH"],
    &["KẾ", "HOẠCH"],
    &["NỘI", "VỤ"],
    &["TƯ", "PHÁP"],
    &["CÔNG", "AN"],
    &["QUÂN", "SỰ"],
    &["VĂN", "HÓA"],
    &["THỂ", "THAO"],
    &["DU", "LỊCH"],
    &["THÔNG", "TIN"],
    &["TRUYỀN", "THÔNG"],
    &["KINH", "TẾ"],
    &["HẠ", "TẦNG"],
    &["NÔNG", "NGHIỆP"],
    &["MÔI", "TRƯỜNG"],
    &["TÀI", "NGUYÊN"],
    &["PHÁT", "TRIỂN"],
    &["NÔNG", "THÔN"],
    &["XÂY", "DỰNG"],
    &["ĐIỀU", "PHỐI"],
    &["CHƯƠNG", "TRÌNH"],
    &["MỤC", "TIÊU"],
    &["QUỐC", "GIA"],
    &["QUỐC", "PHÒNG"],
    &["AN", "NINH"],
    &["KHOA", "HỌC"],
    &["CÔNG", "NGHỆ"],
    &["CÔNG", "THƯƠNG"],
    &["GIAO", "THÔNG"],
    &["VẬN", "TẢI"],
    &["THANH", "TRA"],
    &["DÂN", "TỘC"],
    &["TÔN", "GIÁO"],
    &["QUẢN", "LÝ"],
    &["DỰ", "ÁN"],
    &["ĐẦU", "TƯ"],
    &["HÀNH", "CHÍNH"],
    &["ĐẠI", "BIỂU"],
    &["QUỐC", "HỘI"],
    &["NHÀ", "NƯỚC"],
    &["DOANH", "NGHIỆP"],
    &["HỌC", "VIỆN"],
    &["BỆNH", "VIỆN"],
    // Place names that would otherwise lose their unit's grouping.
    &["HỒ", "CHÍ", "MINH"],
    &["HÀ", "NỘI"],
    &["HẢI", "PHÒNG"],
    &["ĐÀ", "NẴNG"],
    &["CẦN", "THƠ"],
];

/// Compounds that name one thing together and are kept on one line when
/// that costs no line, as a place is: a school's level.
const PHRASES: &[[&str; 2]] =
    &[["TRUNG HỌC", "CƠ SỞ"], ["TRUNG HỌC", "PHỔ THÔNG"], ["NÔNG THÔN", "MỚI"]];

/// Words that lean on the next one: a line does not end with them ("CÁC /
/// CƠ QUAN", "T/M / ĐẢNG ỦY", "PHÓ / BÍ THƯ" are never made). "VÀ" joins
/// what follows it, so a line starts with it and never ends with it: "SỞ
/// NÔNG NGHIỆP / VÀ PHÁT TRIỂN NÔNG THÔN", "BAN TUYÊN GIÁO / VÀ DÂN VẬN",
/// never "SỞ NÔNG NGHIỆP VÀ / PHÁT TRIỂN NÔNG THÔN".
const LEANING: &[&str] = &[
    "CÁC", "CỦA", "T/M", "TM.", "KT.", "TL.", "TUQ.", "Q.", "PHÓ", "BAN", "SỞ", "PHÒNG",
    "KIÊM", "VÀ",
];

/// Bodies whose place may follow with no unit word: "ĐẢNG ỦY MỸ ĐỘ",
/// "ĐẢNG BỘ MỸ ĐỘ" (the ward's committee, its "PHƯỜNG" left out).
const BARE_PLACE_BODIES: &[&str] = &["ĐẢNG ỦY", "ĐẢNG BỘ"];

/// Words that with "ỦY" after them name a committee ("TỈNH ỦY", "ĐẢNG
/// ỦY"), not a place.
const COMMITTEES: &[&str] =
    &["ĐẢNG", "TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "ĐOÀN", "QUÂN"];

/// `text` in groups: "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH" → `[["ĐẢNG BỘ"],
/// ["THÀNH PHỐ", "HỒ CHÍ MINH"]]`; "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG" →
/// `[["ĐẢNG BỘ"], ["KHỐI"], ["CÁC CƠ QUAN"], ["TRUNG ƯƠNG"]]`; "TRƯỜNG
/// TRUNG HỌC CƠ SỞ" → `[["TRƯỜNG"], ["TRUNG HỌC CƠ SỞ"]]`. Words are
/// compared in upper case, "UỶ" as "ỦY" and "HOÀ" as "HÒA"; the text is
/// returned as written.
pub fn groups(text: &str) -> Groups {
    let mut out: Groups = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push(vec!["\n".to_owned()]);
        }
        out.extend(line_groups(line));
    }
    out
}

/// The groups of one line.
fn line_groups(line: &str) -> Groups {
    let words: Vec<&str> = line.split_whitespace().collect();
    let keys: Vec<String> = words.iter().map(|w| key(w)).collect();
    // Compounds, as word ranges.
    let mut compounds: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let end = compound_end(&keys, at);
        compounds.push((at, end));
        at = end;
    }
    // A leaning word joins the compound after it.
    let mut joined: Vec<(usize, usize)> = Vec::new();
    let mut lean_start: Option<usize> = None;
    for (i, &(own, end)) in compounds.iter().enumerate() {
        let start = lean_start.take().unwrap_or(own);
        let leans = end - own == 1 && LEANING.contains(&keys[own].as_str());
        if leans && i + 1 < compounds.len() {
            lean_start = Some(start);
        } else {
            joined.push((start, end));
        }
    }
    // Places: a unit and the name after it, up to the next unit, as two
    // compounds ("THÀNH PHỐ" + "HỒ CHÍ MINH"); phrases, as two compounds.
    let mut out: Groups = Vec::new();
    let mut in_place = false;
    let key_of = |(start, end): (usize, usize)| keys[start..end].join(" ");
    // The key of a compound without the leaning words it starts with:
    // "VÀ XÃ" is the unit "XÃ".
    let own_key = |(start, end): (usize, usize)| {
        let first = (start..end).find(|&w| !LEANING.contains(&keys[w].as_str()));
        keys[first.unwrap_or(start)..end].join(" ")
    };
    let units: Vec<bool> = (0..joined.len())
        .map(|i| {
            // A unit's committee names its place too: "HUYỆN ỦY" + "ĐỊNH HÓA".
            let key = own_key(joined[i]);
            let committee = key.strip_suffix(" ỦY").is_some_and(|unit| unit != "ĐẢNG");
            (super::names::is_unit(&key) || committee) && i + 1 < joined.len()
        })
        .collect();
    // A body followed by a bare place name, syllables no list knows up to
    // the end of the line or the next unit: "ĐẢNG ỦY" + "MỸ ĐỘ".
    let bare_place = |i: usize| {
        let name = |&(start, end): &(usize, usize)| {
            end - start == 1
                && !LEANING.contains(&keys[start].as_str())
                && !super::names::is_unit(&keys[start])
        };
        let rest = &joined[i + 1..];
        let length = rest.iter().take_while(|c| name(c)).count();
        BARE_PLACE_BODIES.contains(&own_key(joined[i]).as_str())
            && length > 0
            && (length == rest.len() || units[i + 1 + length])
    };
    for (i, &(start, end)) in joined.iter().enumerate() {
        let compound = words[start..end].join(" ");
        let is_unit = units[i] || bare_place(i);
        let ends_phrase = i > 0
            && !in_place
            && PHRASES
                .iter()
                .any(|[a, b]| key_of(joined[i - 1]) == *a && key_of((start, end)) == *b);
        match out.last_mut() {
            Some(phrase) if ends_phrase && phrase.len() == 1 => phrase.push(compound),
            Some(place) if in_place && !is_unit => match place.get_mut(1) {
                Some(name) => {
                    name.push(' ');
                    name.push_str(&compound);
                }
                None => place.push(compound),
            },
            _ => {
                in_place = is_unit;
                out.push(vec![compound]);
            }
        }
    }
    out
}

/// The end (exclusive) of the compound starting at word `at`.
fn compound_end(keys: &[String], at: usize) -> usize {
    let rest = &keys[at..];
    // "TỈNH ỦY", "ĐẢNG ỦY": a committee.
    if rest.len() >= 2 && rest[1] == "ỦY" && COMMITTEES.contains(&rest[0].as_str()) {
        return at + 2;
    }
    COMPOUNDS
        .iter()
        .filter(|c| {
            rest.len() >= c.len() && rest.iter().zip(c.iter()).all(|(k, w)| k == w)
        })
        .map(|c| at + c.len())
        .max()
        .unwrap_or(at + 1)
}

/// The form a word is compared in.
fn key(word: &str) -> String {
    super::words::upper(word)
        .replace("UỶ", "ỦY")
        .replace("OÀ", "ÒA")
        .replace("OÁ", "ÓA")
        .replace("OẠ", "ỌA")
}

/// The groups of `groups` as one line whose breaks may fall only at plain
/// spaces: within a group kept whole the spaces are no-break (U+00A0).
/// When `coarse`, a place that `fits` is kept whole; else, or when it does
/// not fit, it is broken between its compounds; a compound that does not
/// fit keeps its spaces, so that it still wraps. A typed line break stays
/// "\n" (with no space around it). For the Word output, which measures and
/// breaks lines itself.
pub fn glued(groups: &Groups, coarse: bool, fits: impl Fn(&str) -> bool) -> String {
    let glue = |s: &str| if fits(s) { s.replace(' ', "\u{a0}") } else { s.to_owned() };
    let mut out = String::new();
    for group in groups {
        if group.len() == 1 && group[0] == "\n" {
            out.push('\n');
            continue;
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push(' ');
        }
        let whole = group.join(" ");
        if coarse && fits(&whole) {
            out.push_str(&glue(&whole));
        } else {
            let parts: Vec<String> = group.iter().map(|c| glue(c)).collect();
            out.push_str(&parts.join(" "));
        }
    }
    out
}

/// `groups` when they spell `text` (the view's own), else the groups of
/// `text` (a view edited by hand), as `words.typ` `grouped-line` falls back.
pub fn spelling(text: &str, groups: Option<&Groups>) -> Groups {
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match groups {
        Some(g)
            if squeeze(&g.iter().flatten().cloned().collect::<Vec<_>>().join(" "))
                == squeeze(text) =>
        {
            g.clone()
        }
        _ => self::groups(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<String> {
        groups(text).iter().map(|g| g.join("+")).collect()
    }

    #[test]
    fn compounds_and_places_stay_together() {
        assert_eq!(
            shown("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"),
            ["ĐẢNG BỘ", "THÀNH PHỐ+HỒ CHÍ MINH"]
        );
        assert_eq!(
            shown("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"),
            ["ĐẢNG BỘ", "KHỐI", "CÁC CƠ QUAN", "TRUNG ƯƠNG"]
        );
        assert_eq!(shown("TRƯỜNG TRUNG HỌC CƠ SỞ"), ["TRƯỜNG", "TRUNG HỌC+CƠ SỞ"]);
        assert_eq!(
            shown("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN KIÊM VĂN PHÒNG"),
            ["SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN", "NÔNG THÔN", "KIÊM VĂN PHÒNG"]
        );
        assert_eq!(
            shown("ỦY BAN NHÂN DÂN XÃ AN BÌNH HUYỆN ĐÔNG TRIỀU"),
            ["ỦY BAN", "NHÂN DÂN", "XÃ+AN BÌNH", "HUYỆN+ĐÔNG TRIỀU"]
        );
        assert_eq!(
            shown("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THỊ XÃ QUẢNG YÊN"),
            ["ỦY BAN", "MẶT TRẬN", "TỔ QUỐC", "VIỆT NAM", "THỊ XÃ+QUẢNG YÊN"]
        );
    }

    #[test]
    fn committees_and_leaning_words() {
        assert_eq!(shown("BAN THƯỜNG VỤ HUYỆN UỶ"), ["BAN THƯỜNG VỤ", "HUYỆN UỶ"]);
        assert_eq!(shown("HUYỆN ỦY ĐỊNH HÓA"), ["HUYỆN ỦY+ĐỊNH HÓA"]);
        // A bare place after "ĐẢNG ỦY" is a place, never broken inside.
        assert_eq!(shown("ĐẢNG ỦY MỸ ĐỘ"), ["ĐẢNG ỦY+MỸ ĐỘ"]);
        assert_eq!(
            shown("ĐẢNG BỘ PHÚ LƯƠNG HUYỆN ĐỊNH HÓA"),
            ["ĐẢNG BỘ+PHÚ LƯƠNG", "HUYỆN+ĐỊNH HÓA"]
        );
        assert_eq!(
            shown("ĐẢNG ỦY KHỐI DOANH NGHIỆP"),
            ["ĐẢNG ỦY", "KHỐI", "DOANH NGHIỆP"]
        );
        assert_eq!(
            shown("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH BÀ RỊA - VŨNG TÀU"),
            ["ĐẢNG ỦY", "CÁC CƠ QUAN", "ĐẢNG", "TỈNH+BÀ RỊA - VŨNG TÀU"]
        );
        assert_eq!(shown("T/M ĐẢNG ỦY"), ["T/M ĐẢNG ỦY"]);
        assert_eq!(
            shown("PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
            ["PHÓ TRƯỞNG BAN", "THƯỜNG TRỰC"]
        );
        assert_eq!(shown("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), ["PHÒNG GIÁO DỤC", "VÀ ĐÀO TẠO"]);
        // "VÀ" never ends a line: it joins what follows, a unit too.
        assert_eq!(
            shown("ĐẢNG ỦY KHỐI DOANH NGHIỆP VÀ CƠ QUAN TỈNH"),
            ["ĐẢNG ỦY", "KHỐI", "DOANH NGHIỆP", "VÀ CƠ QUAN", "TỈNH"]
        );
        assert_eq!(
            shown("ỦY BAN NHÂN DÂN XÃ AN BÌNH VÀ XÃ AN HÒA"),
            ["ỦY BAN", "NHÂN DÂN", "XÃ+AN BÌNH", "VÀ XÃ+AN HÒA"]
        );
        // "XÃ HỘI" is a word, not the unit "XÃ".
        assert_eq!(
            shown("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ["CỘNG HÒA", "XÃ HỘI", "CHỦ NGHĨA", "VIỆT NAM"]
        );
        // A unit word last is a word alone; lower case compares as upper.
        assert_eq!(shown("Văn phòng Tỉnh"), ["Văn phòng", "Tỉnh"]);
        assert_eq!(shown("A\nB  C"), ["A", "\n", "B", "C"]);
        assert!(groups("").is_empty());
    }

    #[test]
    fn glued_keeps_what_fits_whole() {
        let g = groups("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH");
        let nb = |s: &str| s.replace(' ', "\u{a0}");
        assert_eq!(
            glued(&g, true, |_| true),
            format!("{} {}", nb("ĐẢNG BỘ"), nb("THÀNH PHỐ HỒ CHÍ MINH"))
        );
        // The place too wide, or not `coarse`: broken between its compounds.
        let fine = format!("{} {} {}", nb("ĐẢNG BỘ"), nb("THÀNH PHỐ"), nb("HỒ CHÍ MINH"));
        assert_eq!(glued(&g, true, |s| s.len() < 20), fine);
        assert_eq!(glued(&g, false, |_| true), fine);
        assert_eq!(glued(&groups("A B\nC"), true, |_| true), "A B\nC");
    }
}
