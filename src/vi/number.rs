//! The document number line ("Số 45-CTr/ĐU", "Số: 12/CTr-UBND").
//!
//! HD 36 box 3 and NĐ 30 box 3 (`format-rules.md` §1.2, §2.2): Party symbols
//! are `number-TYPE/ISSUER` after "Số" with no colon; state symbols are
//! `number/TYPE-ISSUER` after "Số:". Numbers below 10 get a leading zero.

use super::BLANK;

/// The number line of the header.
///
/// Party (`party: true`): `"Số 45-CTr/ĐU"`, `"Số 05-CTr/ĐU"`, `"Số 120-CTr/ĐU"`;
/// state: `"Số: 12/CTr-UBND"`, `"Số: 05/KH-UBND"`. Numbers below 10 get a
/// leading zero. With `number: None` a blank of six no-break spaces
/// ([`BLANK`]) stands for the number: `"Số \u{a0}…\u{a0}-CTr/ĐU"` and
/// `"Số: \u{a0}…\u{a0}/KH-UBND"`, printed as `"Số      -CTr/ĐU"`,
/// `"Số:      /KH-UBND"`.
pub(crate) fn number_line(
    party: bool,
    number: Option<u32>,
    type_abbr: &str,
    issuer_abbr: &str,
) -> String {
    let symbol = number_symbol(party, number, type_abbr, issuer_abbr);
    if party { format!("Số {symbol}") } else { format!("Số: {symbol}") }
}

/// The number and symbol without "Số": Party `"45-CTr/ĐU"`, state
/// `"87/KH-UBND"`; the blank of [`number_line`] for a missing number.
pub(crate) fn number_symbol(
    party: bool,
    number: Option<u32>,
    type_abbr: &str,
    issuer_abbr: &str,
) -> String {
    // HD 36 box 3 [R]; NĐ 30 Phụ lục I box 3 [R]: numbers start at 01.
    let number = number.map_or_else(|| BLANK.to_owned(), |n| format!("{n:02}"));
    if party {
        format!("{number}-{type_abbr}/{issuer_abbr}")
    } else {
        format!("{number}/{type_abbr}-{issuer_abbr}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_lines() {
        let cases = [
            ((true, Some(45), "CTr", "ĐU"), "Số 45-CTr/ĐU"),
            ((true, Some(5), "CTr", "ĐU"), "Số 05-CTr/ĐU"),
            ((true, Some(9), "KH", "ĐU"), "Số 09-KH/ĐU"),
            ((true, Some(10), "CTr", "ĐU"), "Số 10-CTr/ĐU"),
            ((true, Some(120), "CTr", "ĐU"), "Số 120-CTr/ĐU"),
            ((true, None, "CTr", "ĐU"), "Số \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}-CTr/ĐU"),
            ((false, Some(12), "CTr", "UBND"), "Số: 12/CTr-UBND"),
            ((false, Some(5), "KH", "UBND"), "Số: 05/KH-UBND"),
            ((false, Some(1), "KH", "UBND"), "Số: 01/KH-UBND"),
            (
                (false, None, "KH", "UBND"),
                "Số: \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}/KH-UBND",
            ),
        ];
        for ((party, n, t, i), want) in cases {
            assert_eq!(number_line(party, n, t, i), want);
        }
    }
}
