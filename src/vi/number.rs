//! The document number line.

/// The number line of the header.
///
/// Party (`party: true`): `"Số 45-CTr/ĐU"`, `"Số 05-CTr/ĐU"`;
/// state: `"Số: 12/CTr-UBND"`. Numbers below 10 get a leading zero. With
/// `number: None` a blank of six no-break spaces is left:
/// `"Số      -CTr/ĐU"`, `"Số:      /KH-UBND"`.
pub fn number_line(party: bool, number: Option<u32>, type_abbr: &str, issuer_abbr: &str) -> String {
    let _ = (party, number, type_abbr, issuer_abbr);
    String::new()
}
