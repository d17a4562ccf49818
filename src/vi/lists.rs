//! Recipient lines ("Nơi nhận"): the tool adds the dashes and the line-end
//! punctuation, and strips whatever the author typed.
//!
//! HD 36 box 9b (`format-rules.md` §1.2): "- " at the start, "," at the end of
//! each line, the archive line "- Lưu VP/ĐU." last; HD 05 (§1.5) uses ";".
//! NĐ 30 box 9b (§2.2): ";" and "- Lưu: VT, VP.". Which separator and prefix
//! apply is the rule set's choice (`rules.rs`); this module only punctuates.
//!
//! What is stripped from each item the author typed, after trimming spaces:
//!
//! - one leading bullet: "-", "–", "—" or "•" (with or without a space after
//!   it), or "+" or "*" followed by a space (so "*…*" or "+84" are kept);
//! - one trailing "," or ";"; or else one trailing "." unless the item ends
//!   with "v.v." or with ".." (an ellipsis "..."), where the dot belongs to the
//!   text. Closing brackets such as "(b/c)" are kept.
//!
//! Items that are empty after stripping are skipped. The archive is stripped
//! the same way and also loses a leading "Lưu" / "Lưu:" the author typed.

use unicode_normalization::UnicodeNormalization;

/// The finished recipient lines: each starts with `"- "`, ends with `sep`,
/// and the archive line comes last ending with `"."`.
///
/// Whatever dash or end punctuation the author typed is stripped first, so
/// `["TT. Thành ủy (b/c),", "- Các chi bộ trực thuộc"]`, archive `"VP/ĐU"`,
/// `sep = ","`, `archive_prefix = "Lưu "` give
/// `["- TT. Thành ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu VP/ĐU."]`;
/// with `sep = ";"`, `archive_prefix = "Lưu: "` and archive `"Lưu: VT, VP."`
/// the lines end `";"` and the last is `"- Lưu: VT, VP."`. An archive that is
/// empty after stripping gives `"- Lưu."`. The lines are NFC.
pub(crate) fn recipient_lines(
    items: &[&str],
    archive: &str,
    sep: &str,
    archive_prefix: &str,
) -> Vec<String> {
    let mut lines: Vec<String> = items
        .iter()
        .map(|item| clean(&item.nfc().collect::<String>()))
        .filter(|text| !text.is_empty())
        .map(|text| format!("- {text}{sep}"))
        .collect();
    let archive = strip_archive_word(&clean(&archive.nfc().collect::<String>()));
    let archive_line = if archive.is_empty() {
        format!("- {}.", archive_prefix.trim_end().trim_end_matches(':'))
    } else {
        format!("- {archive_prefix}{archive}.")
    };
    lines.push(archive_line);
    lines
}

/// The lines under "Bản điện tử:" (`plan-format.md`,
/// "`electronic_recipients`"): each `"- …"` ending with `";"`, the last with
/// `"."`, in every rule set (as the format writes them, as state offices
/// that send by the e-office system do), stripped as the recipients are:
/// `["UBND huyện", "- Các phòng, ban,"]` give `["- UBND huyện;", "- Các
/// phòng, ban."]`.
pub(crate) fn electronic_lines(items: &[&str]) -> Vec<String> {
    let items: Vec<String> = items
        .iter()
        .map(|item| clean(&item.nfc().collect::<String>()))
        .filter(|text| !text.is_empty())
        .collect();
    let last = items.len().saturating_sub(1);
    items
        .iter()
        .enumerate()
        .map(|(i, text)| format!("- {text}{}", if i == last { "." } else { ";" }))
        .collect()
}

/// One item without the bullet and end punctuation the author typed:
/// `"- Các chi bộ trực thuộc,"` → `"Các chi bộ trực thuộc"`.
fn clean(item: &str) -> String {
    strip_end(strip_bullet(item.trim())).to_owned()
}

/// Strips one leading bullet: `"- X"`, `"-X"`, `"– X"`, `"• X"`, `"+ X"`, `"* X"` → `"X"`.
fn strip_bullet(text: &str) -> &str {
    let mut chars = text.chars();
    let rest = match chars.next() {
        Some('-' | '–' | '—' | '•') => chars.as_str(),
        Some('+' | '*') if chars.as_str().starts_with(char::is_whitespace) => {
            chars.as_str()
        }
        _ => text,
    };
    rest.trim_start()
}

/// Strips one trailing `","` or `";"`, or else one `"."` that is not part of
/// `"v.v."` or an ellipsis.
fn strip_end(text: &str) -> &str {
    let text = text.trim_end();
    let stripped = if let Some(rest) = text.strip_suffix([',', ';']) {
        rest
    } else if text.ends_with("v.v.") || text.ends_with("..") {
        text
    } else {
        text.strip_suffix('.').unwrap_or(text)
    };
    stripped.trim_end()
}

/// Strips a leading `"Lưu"` / `"Lưu:"` (any case) the author typed before
/// the archive: `"Lưu: VT, VP"` → `"VT, VP"`; `"Lưu trữ"` → `"trữ"`.
fn strip_archive_word(text: &str) -> String {
    for word in ["Lưu", "lưu", "LƯU"] {
        if let Some(rest) = text.strip_prefix(word)
            && (rest.is_empty()
                || rest.starts_with(|c: char| c == ':' || c.is_whitespace()))
        {
            let rest = rest.trim_start();
            return rest.strip_prefix(':').unwrap_or(rest).trim_start().to_owned();
        }
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_lines_end_with_commas_and_the_archive_with_a_period() {
        let items = [
            "TT. Thành ủy (b/c),",
            "- Các chi bộ trực thuộc",
            "TT Đảng ủy - HĐND - UBND phường",
            "MTTQ, các tổ chức CT-XH phường,",
            "Các đ/c Đảng ủy viên.",
        ];
        assert_eq!(
            recipient_lines(&items, "VP/ĐU", ",", "Lưu "),
            [
                "- TT. Thành ủy (b/c),",
                "- Các chi bộ trực thuộc,",
                "- TT Đảng ủy - HĐND - UBND phường,",
                "- MTTQ, các tổ chức CT-XH phường,",
                "- Các đ/c Đảng ủy viên,",
                "- Lưu VP/ĐU.",
            ]
        );
    }

    #[test]
    fn state_lines_end_with_semicolons() {
        let items = ["Như trên;", "- Chủ tịch, các PCT UBND phường,", "Lưu trữ điện tử."];
        assert_eq!(
            recipient_lines(&items, "Lưu: VT, VP.", ";", "Lưu: "),
            [
                "- Như trên;",
                "- Chủ tịch, các PCT UBND phường;",
                "- Lưu trữ điện tử;",
                "- Lưu: VT, VP.",
            ]
        );
    }

    #[test]
    fn strips_typed_bullets_and_punctuation() {
        let cases = [
            ("- A,", "- A,"),
            ("-A", "- A,"),
            ("– A;", "- A,"),
            ("— A.", "- A,"),
            ("• A", "- A,"),
            ("+ A", "- A,"),
            ("* A", "- A,"),
            ("  -   A  ,  ", "- A,"),
            ("Sở Nội vụ (b/c);", "- Sở Nội vụ (b/c),"),
            ("Các đơn vị khác v.v.", "- Các đơn vị khác v.v.,"),
            ("Các đơn vị khác...", "- Các đơn vị khác...,"),
            ("Các đơn vị khác v.v.,", "- Các đơn vị khác v.v.,"),
            ("*Ban Tuyên giáo*", "- *Ban Tuyên giáo*,"),
            ("+84 A", "- +84 A,"),
            ("A,,", "- A,,"),
        ];
        for (item, want) in cases {
            assert_eq!(
                recipient_lines(&[item], "VP/ĐU", ",", "Lưu "),
                [want, "- Lưu VP/ĐU."]
            );
        }
    }

    #[test]
    fn skips_empty_items() {
        assert_eq!(
            recipient_lines(&["", "  ", "-", ",", "A"], "VT", ";", "Lưu: "),
            ["- A;", "- Lưu: VT."]
        );
        assert_eq!(recipient_lines(&[], "VP/ĐU", ",", "Lưu "), ["- Lưu VP/ĐU."]);
    }

    #[test]
    fn strips_what_the_author_typed_around_the_archive() {
        let cases = [
            ("VP/ĐU", ",", "Lưu ", "- Lưu VP/ĐU."),
            ("VP/ĐU.", ",", "Lưu ", "- Lưu VP/ĐU."),
            ("Lưu VP/ĐU.", ",", "Lưu ", "- Lưu VP/ĐU."),
            ("- Lưu VP/ĐU.", ",", "Lưu ", "- Lưu VP/ĐU."),
            ("Văn phòng Tỉnh ủy", ";", "Lưu ", "- Lưu Văn phòng Tỉnh ủy."),
            ("VT, VP", ";", "Lưu: ", "- Lưu: VT, VP."),
            ("Lưu: VT, VP.", ";", "Lưu: ", "- Lưu: VT, VP."),
            ("lưu:VT, VP", ";", "Lưu: ", "- Lưu: VT, VP."),
            ("LƯU : VT", ";", "Lưu: ", "- Lưu: VT."),
            ("Lưu", ",", "Lưu ", "- Lưu."),
            ("", ";", "Lưu: ", "- Lưu."),
            ("Lưuhành", ",", "Lưu ", "- Lưu Lưuhành."),
        ];
        for (archive, sep, prefix, want) in cases {
            assert_eq!(recipient_lines(&[], archive, sep, prefix), [want], "{archive}");
        }
    }

    #[test]
    fn composes_nfd_input() {
        let item: String = "Các chi bộ trực thuộc".nfd().collect();
        let archive: String = "Lưu VP/ĐU".nfd().collect();
        assert_eq!(
            recipient_lines(&[item.as_str()], &archive, ",", "Lưu "),
            ["- Các chi bộ trực thuộc,", "- Lưu VP/ĐU."]
        );
    }

    #[test]
    fn electronic_lines_end_with_a_period() {
        assert_eq!(
            electronic_lines(&["UBND huyện", "- Các phòng, ban,", "Đảng ủy xã."]),
            ["- UBND huyện;", "- Các phòng, ban;", "- Đảng ủy xã."]
        );
        assert_eq!(electronic_lines(&["Sở Nội vụ"]), ["- Sở Nội vụ."]);
        assert!(electronic_lines(&[]).is_empty());
    }
}
