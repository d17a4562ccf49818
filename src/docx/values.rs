//! The sizes of the Word document: the values of `templates/config.typ`, one
//! to one, in points, for the Party layout (HD 36 / HD 05) and the state
//! layout (NĐ 30). Each value cites the rule of `format-rules.md` it applies
//! and that rule's confidence tag, as `config.typ` does; a unit test reads
//! `config.typ` and fails when the two disagree.

/// Points per millimetre.
pub(crate) const MM: f64 = 72.0 / 25.4;

/// A line model, as `config.typ`'s `lines(pitch, above)`: every line is
/// exactly `pitch` tall (Word's "exactly" line spacing), `above` of it above
/// the baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Lines {
    /// Baseline to baseline, points.
    pub(crate) pitch: f64,
    /// Line top to baseline, points.
    pub(crate) above: f64,
}

impl Lines {
    /// The part of the line below its baseline.
    pub(crate) fn below(self) -> f64 {
        self.pitch - self.above
    }
}

/// The space that puts the first baseline of a block of model `lower` `d`
/// below the last baseline of a block of model `upper` (`config.typ`
/// `gap-between`).
pub(crate) fn gap_between(d: f64, upper: Lines, lower: Lines) -> f64 {
    d - upper.below() - lower.above
}

/// The mark under a text: HD 36's "*" and "-----" are text on a line of their
/// own; NĐ 30's are solid rules, `ratio` of the text above, their centre
/// `drop` below its last baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Mark {
    /// Text on its own line, this size.
    Text(&'static str, f64),
    /// A solid rule: `ratio` of the widest line above, centre `drop` below it.
    Rule {
        /// Length as a share of the text's width.
        ratio: f64,
        /// Baseline to the rule's centre, points.
        drop: f64,
    },
}

/// The "Nơi nhận:" label's look.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LabelLook {
    /// Points.
    pub(crate) size: f64,
    /// Bold.
    pub(crate) bold: bool,
    /// Italic.
    pub(crate) italic: bool,
    /// Underlined.
    pub(crate) underline: bool,
}

/// Where the page number sits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumberTop {
    /// The top of the figures this far below the top edge.
    At(f64),
    /// The figures centred in the top margin.
    Centred,
}

/// Every size of one layout (`config.typ`'s `dang` or `nha-nuoc`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Values {
    /// Top, bottom, left, right margins, points.
    pub(crate) margin: [f64; 4],
    pub(crate) page_number_size: f64,
    pub(crate) page_number_top: NumberTop,
    /// Left and right header cells, points.
    pub(crate) header_columns: [f64; 2],
    pub(crate) date_line_room: f64,
    pub(crate) left_cell_min: f64,
    pub(crate) header_lines: Lines,
    /// One size per line of the national heading.
    pub(crate) national_sizes: &'static [f64],
    pub(crate) rule_drop: f64,
    pub(crate) parent_size: f64,
    pub(crate) issuer_size: f64,
    pub(crate) issuer_mark: Mark,
    pub(crate) issuer_mark_space: f64,
    pub(crate) number_size: f64,
    pub(crate) date_size: f64,
    pub(crate) header_to_title: f64,
    pub(crate) doc_type_size: f64,
    pub(crate) summary_size: f64,
    pub(crate) summary_mark: Mark,
    pub(crate) title_lines: Lines,
    pub(crate) title_to_body: f64,
    pub(crate) body_size: f64,
    pub(crate) body_lines: Lines,
    pub(crate) paragraph_gap: f64,
    pub(crate) indent: f64,
    pub(crate) footer_columns: [f64; 2],
    pub(crate) body_to_footer: f64,
    pub(crate) recipients_label: LabelLook,
    /// The "Bản điện tử:" label's look (never underlined).
    pub(crate) electronic_label: LabelLook,
    pub(crate) recipient_size: f64,
    pub(crate) recipient_lines: Lines,
    pub(crate) authority_size: f64,
    pub(crate) signer_title_size: f64,
    pub(crate) signer_title_bold: bool,
    pub(crate) signer_lines: Lines,
    pub(crate) signature_pitch: f64,
    pub(crate) signer_name_size: f64,
    /// Footnotes (format-rules.md §11 [P]): the note's size and lines, the
    /// space above the rule over the notes, the space between notes. The
    /// rule is the application's footnote separator (Word: 2 inches).
    pub(crate) footnote_size: f64,
    pub(crate) footnote_lines: Lines,
    pub(crate) footnote_clearance: f64,
    pub(crate) footnote_gap: f64,
    /// Appendices (format-rules.md §10): label, title and reference size;
    /// reference line to the content's first baseline.
    pub(crate) appendix_size: f64,
    pub(crate) appendix_to_body: f64,
}

/// The draft mark, the same in both layouts (`config.typ` `draft`): §1.2
/// box 11 [S] for its existence, size and place our choice [P]: "DỰ THẢO"
/// 14 pt bold in a thin frame, at the top of page 1 over the left header cell.
pub(crate) const DRAFT_SIZE: f64 = 14.0;
/// The frame's stroke, points (`config.typ` `draft.stroke`).
pub(crate) const DRAFT_STROKE: f64 = 0.5;
/// Solid rules: ~0.5–0.75 pt (§1.2 box 1, §2.2 box 1) [P] (`config.typ`
/// `rule-stroke`).
pub(crate) const RULE_STROKE: f64 = 0.5;

/// The Party layout: HD 36 (§1), kept by HD 05 (§1.5).
pub(crate) const DANG: Values = Values {
    // §1.1 margins top 20, bottom 20, left 30, right 15 mm [S]
    margin: [20.0 * MM, 20.0 * MM, 30.0 * MM, 15.0 * MM],
    // §1.1 page numbers 14 pt, centred, about 10 mm from the top edge, none
    // on page 1 [S]
    page_number_size: 14.0,
    page_number_top: NumberTop::At(10.0 * MM),
    // §5, §3.1: left ≈ 85 mm, right ≈ 80 mm [P, derived]
    header_columns: [85.0 * MM, 80.0 * MM],
    // [P] a long date line widens the right cell, down to a 50 mm left cell
    date_line_room: 2.0 * MM,
    left_cell_min: 50.0 * MM,
    // Header lines single spaced ≈ Word's "single" at 14 pt (§5) [P]
    header_lines: Lines { pitch: 16.0, above: 13.4 },
    // §1.2 box 1: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt caps bold [R]
    national_sizes: &[15.0],
    // §1.2 box 1: a rule exactly as long as the heading [R], 4.5 pt under
    // its baseline [P]
    rule_drop: 4.5,
    // §1.2 box 2: parent 14 pt regular, issuer 14 pt bold [R]
    parent_size: 14.0,
    issuer_size: 14.0,
    // §1.2: "*" on its own line under the issuing body [R], 14 pt [P]
    issuer_mark: Mark::Text("*", 14.0),
    issuer_mark_space: 0.0,
    // §1.2 box 3: number 14 pt upright [R]
    number_size: 14.0,
    // §1.2 box 4: place and date 14 pt italic [R]
    date_size: 14.0,
    // §3.1: one blank line between the header and the type [P]
    header_to_title: 36.0,
    // §1.2 box 5a: type 15–16 pt caps bold [R], 16
    doc_type_size: 16.0,
    // §1.2 box 5a: summary 14–15 pt bold [R], 14
    summary_size: 14.0,
    // §1.2: "-----" under the summary, 14 pt [S]
    summary_mark: Mark::Text("-----", 14.0),
    title_lines: Lines { pitch: 18.0, above: 14.3 },
    // One blank line between "-----" and the body [P]
    title_to_body: 36.0,
    // §1.2 box 6: body 14 pt [R], justified [S]
    body_size: 14.0,
    // §1.4: exactly 18 pt [S, unsure]
    body_lines: Lines { pitch: 18.0, above: 14.0 },
    // §1.4: at least 6 pt between paragraphs [S]
    paragraph_gap: 6.0,
    // §1.4: first-line indent ≈ 10 mm [S]
    indent: 10.0 * MM,
    // §3.1: the footer split as the header [P]
    footer_columns: [85.0 * MM, 80.0 * MM],
    // One blank line between the body and the footer [P]
    body_to_footer: 36.0,
    // §1.2 box 9b: "Nơi nhận:" 14 pt, underlined, regular [S]
    recipients_label: LabelLook {
        size: 14.0,
        bold: false,
        italic: false,
        underline: true,
    },
    // plan-format.md, "`electronic_recipients`", format-rules.md §13:
    // "Bản điện tử:" 12 pt bold italic [S]
    electronic_label: LabelLook {
        size: 12.0,
        bold: true,
        italic: true,
        underline: false,
    },
    // §1.2 box 9b: recipients 12 pt [S]
    recipient_size: 12.0,
    recipient_lines: Lines { pitch: 14.0, above: 11.0 },
    // §1.2 box 7a: authority 14 pt bold [S]
    authority_size: 14.0,
    // §1.2 box 7b: title 14 pt, not bold [S, unsure]
    signer_title_size: 14.0,
    signer_title_bold: false,
    signer_lines: Lines { pitch: 16.0, above: 12.6 },
    // §1.2 box 7c/8: 30 mm from the title's baseline to the name's [P]
    signature_pitch: 30.0 * MM,
    // §1.2 box 7c: name 14 pt bold [S]
    signer_name_size: 14.0,
    // format-rules.md §11 [P]: notes 10 pt single spaced, under a short
    // rule (Word's 2-inch separator ≈ 50 mm) with 6 pt of clearance above
    // it, 2 pt between notes
    footnote_size: 10.0,
    footnote_lines: Lines { pitch: 12.0, above: 9.5 },
    footnote_clearance: 6.0,
    footnote_gap: 2.0,
    // format-rules.md §10; NĐ 30 Phụ lục I, III.1 [R]: label, title and
    // reference line 14 pt; one blank line before the content [P]
    appendix_size: 14.0,
    appendix_to_body: 36.0,
};

/// The state layout: NĐ 30/2020/NĐ-CP, Phụ lục I (§2), the annex's sample
/// column of sizes.
pub(crate) const NHA_NUOC: Values = Values {
    // §2.1 margins 20–25 / 20–25 / 30–35 / 15–20 mm [R]: 20/20/30/15
    margin: [20.0 * MM, 20.0 * MM, 30.0 * MM, 15.0 * MM],
    // §2.1 page numbers 13–14 pt [R], centred in the top margin, none on
    // page 1 [R]
    page_number_size: 14.0,
    page_number_top: NumberTop::Centred,
    // §3.2, §5: left ≈ 70 mm, right ≈ 95 mm [P, derived]
    header_columns: [70.0 * MM, 95.0 * MM],
    date_line_room: 2.0 * MM,
    left_cell_min: 55.0 * MM,
    // §2.2 box 1: single spacing [R], ≈ Word's "single" at 13 pt [P]
    header_lines: Lines { pitch: 15.0, above: 12.0 },
    // §2.2 box 1: Quốc hiệu 12 pt caps bold, Tiêu ngữ 13 pt bold [R]
    national_sizes: &[12.0, 13.0],
    // §2.2 box 1: a rule under the Tiêu ngữ, as long as it [R]
    rule_drop: 4.5,
    // §2.2 box 2: parent and issuer 12–13 pt [R], 12
    parent_size: 12.0,
    issuer_size: 12.0,
    // §2.2 box 2: a rule 1/3–1/2 of the issuer's line [R], 0.4 [P]
    issuer_mark: Mark::Rule { ratio: 0.4, drop: 4.5 },
    issuer_mark_space: 15.0 - 4.5,
    // §2.2 box 3: number 13 pt [R]
    number_size: 13.0,
    // §2.2 box 4: place and date 13–14 pt italic [R], 13
    date_size: 13.0,
    header_to_title: 36.0,
    // §2.2 box 5a: type 13–14 pt caps bold [R], 14
    doc_type_size: 14.0,
    // §2.2 box 5a: summary 13–14 pt bold [R], 14
    summary_size: 14.0,
    // §2.2 box 5a: a rule 1/3–1/2 of the summary [R], 0.4, 6 pt under [P]
    summary_mark: Mark::Rule { ratio: 0.4, drop: 6.0 },
    title_lines: Lines { pitch: 18.0, above: 14.3 },
    title_to_body: 36.0 - 6.0,
    // §2.2 box 6: body 13–14 pt justified [R], 14
    body_size: 14.0,
    // §2.2 box 6: single to 1.5 lines [R], exactly 18 pt [P]
    body_lines: Lines { pitch: 18.0, above: 14.0 },
    // §2.2 box 6: at least 6 pt [R]
    paragraph_gap: 6.0,
    // §2.2 box 6: first-line indent 1 cm or 1.27 cm [R], 1 cm
    indent: 10.0 * MM,
    footer_columns: [70.0 * MM, 95.0 * MM],
    body_to_footer: 36.0,
    // §2.2 box 9b: "Nơi nhận:" 12 pt bold italic [R]
    recipients_label: LabelLook {
        size: 12.0,
        bold: true,
        italic: true,
        underline: false,
    },
    // plan-format.md, "`electronic_recipients`", format-rules.md §13:
    // "Bản điện tử:" 12 pt bold italic [S]
    electronic_label: LabelLook {
        size: 12.0,
        bold: true,
        italic: true,
        underline: false,
    },
    // §2.2 box 9b: recipients 11 pt [R]
    recipient_size: 11.0,
    recipient_lines: Lines { pitch: 13.0, above: 10.0 },
    // §2.2 box 7a: authority 13–14 pt bold [R], 14
    authority_size: 14.0,
    // §2.2 box 7b: title 13–14 pt bold [R], 14
    signer_title_size: 14.0,
    signer_title_bold: true,
    signer_lines: Lines { pitch: 16.0, above: 12.6 },
    signature_pitch: 30.0 * MM,
    // §2.2 box 7c: name 13–14 pt bold [R], 14
    signer_name_size: 14.0,
    // format-rules.md §11 [P]: notes 10 pt single spaced, under a short
    // rule (Word's 2-inch separator ≈ 50 mm) with 6 pt of clearance above
    // it, 2 pt between notes
    footnote_size: 10.0,
    footnote_lines: Lines { pitch: 12.0, above: 9.5 },
    footnote_clearance: 6.0,
    footnote_gap: 2.0,
    // format-rules.md §10; NĐ 30 Phụ lục I, III.1 [R]: label, title and
    // reference line 14 pt; one blank line before the content [P]
    appendix_size: 14.0,
    appendix_to_body: 36.0,
};

/// The values of the view's style: `"dang"` or `"nha-nuoc"`.
pub(crate) fn for_style(style: &str) -> &'static Values {
    if style == "nha-nuoc" { &NHA_NUOC } else { &DANG }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dictionary named `name` in `config.typ`, as text.
    fn dictionary(name: &str) -> String {
        let config = include_str!("../../templates/config.typ");
        let start = config.find(&format!("#let {name} = (")).expect("dictionary");
        let rest = &config[start..];
        let end = rest.find("\n)\n").expect("dictionary end");
        rest[..end].to_owned()
    }

    /// The value text of `key` in a dictionary, without comments.
    fn value<'a>(dict: &'a str, key: &str) -> &'a str {
        let line = dict
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{key}:")))
            .unwrap_or_else(|| panic!("no `{key}` in config.typ"));
        line.split_once(':').map(|(_, v)| v.trim().trim_end_matches(',')).unwrap_or("")
    }

    /// A Typst length (`14pt`, `10mm`, `15pt - 4.5pt`, `36pt - 6pt`) in points.
    fn points(typst: &str) -> f64 {
        typst
            .split(" - ")
            .enumerate()
            .map(|(i, term)| {
                let term = term.trim();
                let v = if let Some(n) = term.strip_suffix("pt") {
                    n.parse::<f64>().expect("number")
                } else if let Some(n) = term.strip_suffix("mm") {
                    n.parse::<f64>().expect("number") * MM
                } else {
                    panic!("not a length: {term}")
                };
                if i == 0 { v } else { -v }
            })
            .sum()
    }

    fn lines(typst: &str) -> Lines {
        let inner = typst.trim_start_matches("lines(").trim_end_matches(')');
        let (pitch, above) = inner.split_once(',').expect("two arguments");
        Lines { pitch: points(pitch), above: points(above) }
    }

    fn close(a: f64, b: f64, what: &str) {
        assert!((a - b).abs() < 1e-9, "{what}: docx {a}, config.typ {b}");
    }

    /// Every value here is the one of `config.typ`: the PDF and the Word
    /// file are laid out by the same numbers.
    #[test]
    fn values_agree_with_config_typ() {
        for (name, v) in [("dang", DANG), ("nha-nuoc", NHA_NUOC)] {
            let d = dictionary(name);
            let sizes = [
                ("page-number-size", v.page_number_size),
                ("date-line-room", v.date_line_room),
                ("left-cell-min", v.left_cell_min),
                ("rule-drop", v.rule_drop),
                ("parent-size", v.parent_size),
                ("issuer-size", v.issuer_size),
                ("issuer-mark-space", v.issuer_mark_space),
                ("number-size", v.number_size),
                ("date-size", v.date_size),
                ("header-to-title", v.header_to_title),
                ("doc-type-size", v.doc_type_size),
                ("summary-size", v.summary_size),
                ("title-to-body", v.title_to_body),
                ("body-size", v.body_size),
                ("paragraph-gap", v.paragraph_gap),
                ("indent", v.indent),
                ("body-to-footer", v.body_to_footer),
                ("recipient-size", v.recipient_size),
                ("authority-size", v.authority_size),
                ("signer-title-size", v.signer_title_size),
                ("signature-pitch", v.signature_pitch),
                ("signer-name-size", v.signer_name_size),
                ("footnote-size", v.footnote_size),
                ("footnote-clearance", v.footnote_clearance),
                ("footnote-gap", v.footnote_gap),
                ("appendix-size", v.appendix_size),
                ("appendix-to-body", v.appendix_to_body),
            ];
            for (key, ours) in sizes {
                close(ours, points(value(&d, key)), &format!("{name}.{key}"));
            }
            for (key, ours) in [
                ("header-lines", v.header_lines),
                ("title-lines", v.title_lines),
                ("body-lines", v.body_lines),
                ("recipient-lines", v.recipient_lines),
                ("signer-lines", v.signer_lines),
                ("footnote-lines", v.footnote_lines),
            ] {
                assert_eq!(ours, lines(value(&d, key)), "{name}.{key}");
            }
            let pair = |key: &str| -> Vec<f64> {
                value(&d, key)
                    .trim_matches(|c| c == '(' || c == ')')
                    .split(',')
                    .filter(|s| !s.trim().is_empty())
                    .map(points)
                    .collect()
            };
            assert_eq!(pair("header-columns"), v.header_columns.to_vec(), "{name}");
            assert_eq!(pair("footer-columns"), v.footer_columns.to_vec(), "{name}");
            assert_eq!(pair("national-sizes"), v.national_sizes.to_vec(), "{name}");
            let margin = value(&d, "margin");
            for (side, ours) in ["top", "bottom", "left", "right"].iter().zip(v.margin) {
                let at =
                    margin.find(&format!("{side}: ")).expect("side") + side.len() + 2;
                let len = margin[at..].find([',', ')']).expect("end");
                close(
                    ours,
                    points(&margin[at..at + len]),
                    &format!("{name}.margin.{side}"),
                );
            }
            assert_eq!(
                value(&d, "signer-title-bold") == "true",
                v.signer_title_bold,
                "{name}"
            );
            let label = value(&d, "recipients-label");
            assert!(label.contains(&format!("size: {}pt", v.recipients_label.size)));
            assert_eq!(label.contains("\"bold\""), v.recipients_label.bold);
            assert_eq!(label.contains("\"italic\""), v.recipients_label.italic);
            assert_eq!(label.contains("underline: true"), v.recipients_label.underline);
            let label = value(&d, "electronic-label");
            assert!(label.contains(&format!("size: {}pt", v.electronic_label.size)));
            assert_eq!(label.contains("\"bold\""), v.electronic_label.bold);
            assert_eq!(label.contains("\"italic\""), v.electronic_label.italic);
            assert_eq!(label.contains("underline: true"), v.electronic_label.underline);
            let number_top = value(&d, "page-number-top");
            match v.page_number_top {
                NumberTop::At(top) => close(top, points(number_top), name),
                NumberTop::Centred => assert_eq!(number_top, "auto"),
            }
            for (key, ours) in
                [("issuer-mark", v.issuer_mark), ("summary-mark", v.summary_mark)]
            {
                let theirs = value(&d, key);
                match ours {
                    Mark::Text(text, size) => assert_eq!(
                        theirs,
                        format!("text-mark(\"{text}\", {size}pt)"),
                        "{name}.{key}"
                    ),
                    Mark::Rule { ratio, drop } => assert_eq!(
                        theirs,
                        format!("rule-mark({ratio}, {drop}pt)"),
                        "{name}.{key}"
                    ),
                }
            }
        }
    }
}
