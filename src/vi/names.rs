//! Where a body's name breaks when it does not fit on one line: before the
//! administrative unit that starts its place, as a clerk breaks it by hand
//! ("ỦY BAN MTTQ VIỆT NAM" / "XÃ LƯƠNG MINH", not "ỦY BAN MTTQ VIỆT" /
//! "NAM XÃ LƯƠNG MINH"; issue 8, `plan-format.md`,
//! "Explicit line breaks in one-line texts").
//!
//! The template uses this form only when the name is too wide for its cell
//! and each of the two lines fits; otherwise it balances the lines itself.

/// The units a place name starts with, longest first so "THỊ XÃ" wins over
/// "XÃ". The one list of them: the line break here, the word groups
/// (`word_groups`) and the running-text case of a name (`name_case`).
pub(crate) const UNITS: [&[&str]; 10] = [
    &["THÀNH", "PHỐ"],
    &["THỊ", "TRẤN"],
    &["THỊ", "XÃ"],
    &["ĐẶC", "KHU"],
    &["XÃ"],
    &["PHƯỜNG"],
    &["HUYỆN"],
    &["QUẬN"],
    &["TỈNH"],
    &["THÔN"],
];

/// Whether `key` (words in upper case, one space apart) is a unit of
/// [`UNITS`]: "THỊ XÃ", "PHƯỜNG".
pub(crate) fn is_unit(key: &str) -> bool {
    UNITS.iter().any(|unit| key.split(' ').eq(unit.iter().copied()))
}

/// A place in a name's words: its unit ("XÃ", "THỊ XÃ") starts at word
/// `at` and has `unit` words; `committee` when "ỦY" follows the unit
/// ("HUYỆN ỦY", "TỈNH ỦY": a Party committee named after its place).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub(crate) at: usize,
    pub(crate) unit: usize,
    pub(crate) committee: bool,
}

impl Place {
    /// The word the place's own name starts at ("LƯƠNG" of "XÃ LƯƠNG
    /// MINH", "BA" of "HUYỆN ỦY BA CHẼ").
    pub(crate) fn name_at(self) -> usize {
        self.at + self.unit + usize::from(self.committee)
    }
}

/// The places of `words` (upper case), first to last: each word that
/// starts a unit of [`UNITS`] (the longest), except inside a unit
/// ("XÃ" of "THỊ XÃ"). The one search of places in a name: the line break
/// here and the running-text case (`name_case`).
pub(crate) fn places<'a>(words: &'a [&str]) -> impl Iterator<Item = Place> + 'a {
    (0..words.len()).filter_map(move |at| {
        let inside_unit = at >= 1
            && UNITS
                .iter()
                .any(|unit| unit.len() > 1 && words[at - 1..].starts_with(unit));
        let unit = UNITS.iter().find(|unit| words[at..].starts_with(unit))?;
        let committee = matches!(words.get(at + unit.len()), Some(&("ỦY" | "UỶ")));
        (!inside_unit).then_some(Place { at, unit: unit.len(), committee })
    })
}

/// `name` (upper case, one line) in two lines, broken before a unit word
/// that is not its first word: "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH" →
/// "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH"; of several places, the one that
/// gives the most even lines ("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG" → "ĐẢNG BỘ\nTHÀNH
/// PHỐ BẮC GIANG"). `name` itself when it has no such word or already holds
/// a line break.
pub fn two_lines(name: &str) -> String {
    if name.contains('\n') {
        return name.to_owned();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let length =
        |ws: &[&str]| ws.iter().map(|w| w.chars().count()).sum::<usize>() + ws.len();
    let mut best: Option<(usize, usize)> = None;
    // Not before the first word nor the last, nor before a Party
    // committee ("TỈNH ỦY": not a place).
    for place in places(&words) {
        let at = place.at;
        if at == 0 || place.committee || at + 1 >= words.len() {
            continue;
        }
        let difference = length(&words[..at]).abs_diff(length(&words[at..]));
        if best.is_none_or(|(_, d)| difference < d) {
            best = Some((at, difference));
        }
    }
    match best {
        Some((at, _)) => format!("{}\n{}", words[..at].join(" "), words[at..].join(" ")),
        None => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_before_the_place() {
        assert_eq!(
            two_lines("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH"),
            "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH"
        );
        assert_eq!(
            two_lines("ỦY BAN NHÂN DÂN PHƯỜNG MỸ ĐỘ"),
            "ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ ĐỘ"
        );
        assert_eq!(
            two_lines("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"),
            "ĐẢNG BỘ\nTHÀNH PHỐ BẮC GIANG"
        );
        assert_eq!(
            two_lines("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ QUẢNG YÊN"),
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTHỊ XÃ QUẢNG YÊN"
        );
    }

    /// Each place once, a unit of two words whole, a committee marked.
    #[test]
    fn places_are_found_once_each() {
        let words: Vec<&str> =
            "ĐẢNG ỦY THỊ XÃ QUẢNG YÊN HUYỆN ỦY BA CHẼ".split(' ').collect();
        let found: Vec<(usize, usize, bool)> =
            places(&words).map(|p| (p.at, p.unit, p.committee)).collect();
        assert_eq!(found, [(2, 2, false), (6, 1, true)]);
        assert_eq!(places(&words).map(Place::name_at).collect::<Vec<_>>(), [4, 8]);
    }

    #[test]
    fn of_several_places_the_most_even_lines() {
        assert_eq!(
            two_lines("TRƯỜNG MẦM NON XÃ AN BÌNH HUYỆN ĐÔNG TRIỀU TỈNH QUẢNG NINH"),
            "TRƯỜNG MẦM NON XÃ AN BÌNH\nHUYỆN ĐÔNG TRIỀU TỈNH QUẢNG NINH"
        );
    }

    #[test]
    fn names_without_a_place_or_with_a_break_stay() {
        assert_eq!(two_lines("VĂN PHÒNG TỈNH ỦY"), "VĂN PHÒNG TỈNH ỦY");
        assert_eq!(two_lines("BAN THƯỜNG VỤ HUYỆN UỶ"), "BAN THƯỜNG VỤ HUYỆN UỶ");
        assert_eq!(two_lines("BAN TUYÊN GIÁO"), "BAN TUYÊN GIÁO");
        assert_eq!(two_lines("XÃ LƯƠNG MINH"), "XÃ LƯƠNG MINH");
        assert_eq!(two_lines("A\nB XÃ C"), "A\nB XÃ C");
    }
}
