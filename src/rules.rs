//! Rule sets: what differs between HD 36 (2018), HD 05 (2026) and NĐ 30 (2020)
//! in the words and punctuation of a document.
//!
//! Section numbers and heading looks per rule set are in `numbering`.
//!
//! Each rule set is a row of data, not code: the view reads it, the templates
//! read only its `style`. A future revision of a guidance is a new constant
//! here (`format-rules.md` §1.5, "Which rules apply when").

use chrono::NaiveDate;

use crate::model::{RuleSetId, Style};

/// How the body text ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndMark {
    /// Keep what the author wrote (HD 36, §1.4: local practice varies).
    AsWritten,
    /// End with a plain "." (HD 05, §1.5: "kết thúc nội dung văn bản có dấu chấm").
    Period,
    /// End with "./." (NĐ 30, Phụ lục III: every sample ends so).
    PeriodSlash,
}

/// The wording and punctuation rules of one guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSet {
    /// Which one.
    pub id: RuleSetId,
    /// Which template family lays it out.
    pub style: Style,
    /// Whether the symbol is `number-TYPE/ISSUER` (Party) rather than
    /// `number/TYPE-ISSUER` (state).
    pub party_symbol: bool,
    /// The national heading lines of the right header cell.
    pub national: &'static [&'static str],
    /// What stands before the meetings title: "* " in Party practice
    /// ("* MỘT SỐ CUỘC HỌP CHÍNH TRONG THÁNG", the May 2024 program).
    pub meetings_title_prefix: &'static str,
    /// Between a recipient line and the next: "," or ";".
    pub recipient_sep: &'static str,
    /// The word before the archive: "Lưu" then a space (Party) or "Lưu: " (state).
    pub archive_prefix: &'static str,
    /// How the body ends.
    pub end_mark: EndMark,
    /// Signature prefixes: on behalf, deputy, by order, by authority, acting.
    pub on_behalf: &'static str,
    /// "K/T" or "KT.".
    pub deputy_for: &'static str,
    /// "T/L" or "TL.".
    pub by_order_of: &'static str,
    /// "TUQ." (state only).
    pub by_authority_of: Option<&'static str>,
    /// "Q.".
    pub acting: &'static str,
}

/// HD 36-HD/VPTW of 03/4/2018 (`format-rules.md` §1).
pub(crate) const HD36: RuleSet = RuleSet {
    id: RuleSetId::Hd36,
    style: Style::Dang,
    // §1.2 box 3 [R]: "Số 36-HD/VPTW", no colon.
    party_symbol: true,
    // §1.2 box 1 [R].
    national: &["ĐẢNG CỘNG SẢN VIỆT NAM"],
    // §6.1 [P]: the May 2024 program.
    meetings_title_prefix: "* ",
    // §1.2 box 9b [S]: "," after each line, "." after the last.
    recipient_sep: ",",
    // §1.2 box 9b [S/P]: "- Lưu VP/ĐU."
    archive_prefix: "Lưu ",
    // §1.4: HD 36 requires no end mark; keep the author's.
    end_mark: EndMark::AsWritten,
    // §1.3 [R/S]: slash forms.
    on_behalf: "T/M",
    deputy_for: "K/T",
    by_order_of: "T/L",
    by_authority_of: None,
    acting: "Q.",
};

/// HD 05-HD/VPTW of 27/5/2026 (`format-rules.md` §1.5): HD 36's typography,
/// with ";" between recipients, a plain "." at the end, "1." headings.
pub(crate) const HD05: RuleSet = RuleSet {
    id: RuleSetId::Hd05,
    recipient_sep: ";",
    end_mark: EndMark::Period,
    ..HD36
};

/// NĐ 30/2020/NĐ-CP, Phụ lục I (`format-rules.md` §2).
pub(crate) const ND30: RuleSet = RuleSet {
    id: RuleSetId::Nd30,
    style: Style::NhaNuoc,
    // §2.2 box 3 [R]: "Số: 12/CTr-UBND".
    party_symbol: false,
    // §2.2 box 1 [R].
    national: &["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    // §2.4: a state program's meetings block is an ordinary bold heading.
    meetings_title_prefix: "",
    // §2.2 box 9b [R]: ";" then "- Lưu: VT, VP.".
    recipient_sep: ";",
    archive_prefix: "Lưu: ",
    // §2.2 "End of text" [R]: "./.".
    end_mark: EndMark::PeriodSlash,
    // §2.3 [R]: dot forms.
    on_behalf: "TM.",
    deputy_for: "KT.",
    by_order_of: "TL.",
    by_authority_of: Some("TUQ."),
    acting: "Q.",
};

/// The day HD 05 took effect: 27/5/2026 (`format-rules.md` §1.5).
pub(crate) fn hd05_effective() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 27).unwrap_or(NaiveDate::MAX)
}

/// The rule set with `id`.
pub(crate) fn by_id(id: RuleSetId) -> &'static RuleSet {
    match id {
        RuleSetId::Hd36 => &HD36,
        RuleSetId::Hd05 => &HD05,
        RuleSetId::Nd30 => &ND30,
    }
}

/// The rules in force for a document of `style` dated `date`.
pub(crate) fn in_force(style: Style, date: NaiveDate) -> &'static RuleSet {
    match style {
        Style::NhaNuoc => &ND30,
        Style::Dang if date >= hd05_effective() => &HD05,
        Style::Dang => &HD36,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn party_rules_switch_on_27_may_2026() {
        assert_eq!(in_force(Style::Dang, day(2026, 5, 26)).id, RuleSetId::Hd36);
        assert_eq!(in_force(Style::Dang, day(2026, 5, 27)).id, RuleSetId::Hd05);
        assert_eq!(in_force(Style::Dang, day(2024, 5, 2)).id, RuleSetId::Hd36);
    }

    #[test]
    fn state_rules_do_not_depend_on_date() {
        assert_eq!(in_force(Style::NhaNuoc, day(2026, 12, 1)).id, RuleSetId::Nd30);
    }

    #[test]
    fn every_rule_set_matches_its_style() {
        for id in [RuleSetId::Hd36, RuleSetId::Hd05, RuleSetId::Nd30] {
            let expected =
                if id == RuleSetId::Nd30 { Style::NhaNuoc } else { Style::Dang };
            assert_eq!(by_id(id).style, expected);
        }
    }
}
