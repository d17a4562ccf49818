//! The heading lines of an appendix (*phụ lục*): its label and the
//! "(Kèm theo …)" line (`plan-format.md`, "`appendices` (top level)";
//! NĐ 30 Phụ lục I, III.1 [R]; `format-rules.md` §10).

use super::words::roman;

/// `"Phụ lục"` when the document has one appendix; `"Phụ lục I"`,
/// `"Phụ lục II"` … (Roman numerals) when it has several. `index` counts
/// from 0.
pub(crate) fn label(index: usize, count: usize) -> String {
    if count <= 1 {
        "Phụ lục".to_owned()
    } else {
        format!("Phụ lục {}", roman(index as u32 + 1))
    }
}

/// The line under an appendix's title, naming the document it goes with:
/// state `"(Kèm theo Kế hoạch số 87/KH-UBND ngày 01 tháng 7 năm 2024 của Ủy
/// ban nhân dân xã Tân Tiến)"`; Party, with a comma after the number as on
/// its number line, `"(Kèm theo Chương trình số 45-CTr/ĐU, ngày 02 tháng 5
/// năm 2024 của Đảng ủy phường Mỹ Độ)"`. `symbol` and `date` are as the
/// header prints them (blanks included): see `number::number_symbol` and
/// `dates::date_words`. The spaces of the date are no-break spaces, so
/// that a wrapped line never splits it.
pub(crate) fn reference(
    type_name: &str,
    symbol: &str,
    date: &str,
    issuer: &str,
    party: bool,
) -> String {
    let comma = if party { "," } else { "" };
    // The date holds together: a line too long for the page breaks before
    // or after it, never inside ("ngày 30 tháng / 9 năm 2024") [P].
    let date = date.replace(' ', "\u{a0}");
    format!("(Kèm theo {type_name} số {symbol}{comma} {date} của {issuer})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_number_only_several_appendices() {
        assert_eq!(label(0, 1), "Phụ lục");
        assert_eq!(label(0, 2), "Phụ lục I");
        assert_eq!(label(1, 2), "Phụ lục II");
        assert_eq!(label(3, 5), "Phụ lục IV");
    }

    #[test]
    fn reference_lines_of_both_styles() {
        assert_eq!(
            reference(
                "Kế hoạch",
                "87/KH-UBND",
                "ngày 01 tháng 7 năm 2024",
                "Ủy ban nhân dân xã Tân Tiến",
                false
            ),
            "(Kèm theo Kế hoạch số 87/KH-UBND ngày\u{a0}01\u{a0}tháng\u{a0}7\u{a0}năm\u{a0}2024 \
             của Ủy ban nhân dân xã Tân Tiến)"
        );
        assert_eq!(
            reference(
                "Chương trình",
                "45-CTr/ĐU",
                "ngày 02 tháng 5 năm 2024",
                "Đảng ủy phường Mỹ Độ",
                true
            ),
            "(Kèm theo Chương trình số 45-CTr/ĐU, ngày\u{a0}02\u{a0}tháng\u{a0}5\u{a0}năm\u{a0}2024 \
             của Đảng ủy phường Mỹ Độ)"
        );
    }
}
