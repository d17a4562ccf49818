//! Document codes ("01-KL/TW", "30/2020/NĐ-CP", "12-KH/UBND") never break
//! across lines in the PDF: a clerk reads a code as one word, and "01-KL/"
//! at a line's end with "TW" on the next looks like a typing error. A code
//! wider than a whole line still breaks, as any word that wide does.

use std::collections::BTreeMap;

use crate::support::library::view_of_text;
use crate::support::*;

/// The codes every test paragraph holds.
pub(crate) const CODES: [&str; 4] =
    ["01-KL/TW", "30/2020/NĐ-CP", "12-KH/UBND", "05-CTr/ĐU"];

/// A plan whose items, recipient lines and table cells hold the codes after a lead-in
/// growing one syllable at a time: one of them falls at a line's end in
/// some item or line, wherever the lines break.
pub(crate) fn plan() -> String {
    let mut items = String::new();
    let mut recipients = String::new();
    let mut rows = String::new();
    for n in 0..24 {
        let lead = "thực hiện ".repeat(n / 2) + if n % 2 == 1 { "các " } else { "" };
        items += &format!(
            "      - \"Tiếp tục {lead}Kết luận số 01-KL/TW, Nghị định số 30/2020/NĐ-CP, \
             Kế hoạch số 12-KH/UBND và Chương trình số 05-CTr/ĐU của cấp trên.\"\n"
        );
        if n < 8 {
            recipients +=
                &format!("  - Các {lead}đơn vị (theo Kế hoạch số 12-KH/UBND)\n");
        }
        if n < 12 {
            rows += &format!(
                "        - [Rà soát, \"Theo {lead}Kế hoạch số 12-KH/UBND và Nghị định số \
                 30/2020/NĐ-CP\"]\n"
            );
        }
    }
    format!(
        "kind: ke-hoach
style: nha-nuoc
period: 2025
date: 2025-01-10
place: Lương Minh
issuer: {{ name: Ủy ban nhân dân xã Lương Minh, abbr: UBND }}
sections:
  - title: Nội dung
    items:
{items}    table:
      columns:
        - {{ title: Nội dung }}
        - {{ title: Căn cứ, width: 50mm }}
      rows:
{rows}closing: Trên đây là kế hoạch.
recipients:
{recipients}archive: VT
signer: {{ on_behalf: Ủy ban nhân dân, title: Chủ tịch, name: Lý Thị Hoa }}
"
    )
}

/// The lines of each paragraph labelled `label`, each line's text without
/// spaces (a line's items joined in order).
fn lines(laid: &Laid, label: &str) -> Vec<Vec<String>> {
    laid.paragraphs(&[label])
        .into_iter()
        .map(|paragraph| {
            let mut lines: BTreeMap<(usize, i64), Vec<(f64, String)>> = BTreeMap::new();
            for item in paragraph {
                if let Some(text) = item.text() {
                    let key = (item.page, (item.y * 10.0).round() as i64);
                    lines.entry(key).or_default().push((item.x, text.replace(' ', "")));
                }
            }
            lines
                .into_values()
                .map(|mut items| {
                    items.sort_by(|a, b| a.0.total_cmp(&b.0));
                    items.into_iter().map(|(_, text)| text).collect()
                })
                .collect()
        })
        .collect()
}

/// In the body, the recipient lines and table cells, every code is drawn
/// whole on one line; the test plan puts one at a line's end (before,
/// "01-KL/" or "30/2020/" ended a line and the rest began the next).
#[test]
fn a_code_never_breaks_across_lines() {
    let laid = Laid::new(view_of_text(&plan()));
    let mut seen = 0;
    for (label, codes) in [
        ("plan-item", &CODES[..]),
        ("plan-recipient", &CODES[2..3]),
        ("plan-table-cell", &CODES[1..3]),
    ] {
        let paragraphs = lines(&laid, label);
        assert!(!paragraphs.is_empty(), "no {label}");
        for paragraph in paragraphs {
            // The test's own paragraphs: those holding the first code.
            if !paragraph.concat().contains(codes[0]) {
                continue;
            }
            seen += 1;
            for code in codes {
                assert!(
                    paragraph.iter().any(|line| line.contains(code)),
                    "{label}: {code} broken across the lines {paragraph:#?}"
                );
            }
        }
    }
    assert_eq!(seen, 24 + 8 + 12, "every test item, recipient line and table cell");
}

/// The PDF's text is the plain code: `pdftotext` reads "01-KL/TW", with no
/// invisible character added to keep it whole.
#[test]
fn a_code_kept_whole_extracts_as_typed() {
    let view = view_of_text(&plan());
    let pdf = plan::export::pdf(&compile(&view), &view, None).expect("pdf");
    let text = pdftotext(&save("codes-whole.pdf", &pdf));
    for code in CODES {
        assert!(text.matches(code).count() >= 24, "{code} not read whole:\n{text}");
    }
    for invisible in ['\u{2060}', '\u{200b}', '\u{ad}', '\u{feff}', '\u{2011}'] {
        assert!(!text.contains(invisible), "{invisible:?} in the text");
    }
}

/// A code wider than a whole line still breaks (after a "-" or "/"), and
/// stays inside the text block, rather than running off the page.
#[test]
fn a_code_wider_than_a_line_still_breaks() {
    let code =
        "QĐ-UBND-2024-000123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ/0123456789-ABCDEFGHIJ";
    let body = format!("sections:\n  - title: Rà soát\n    items: [\"Mã {code} hết.\"]");
    let whole = plan();
    let start = whole.find("sections:").expect("sections");
    let end = whole.find("closing:").expect("closing");
    let text = format!("{}{body}\n{}", &whole[..start], &whole[end..]);
    let laid = Laid::new(view_of_text(&text));
    let paragraph = &lines(&laid, "plan-item")[0];
    assert_eq!(paragraph.concat(), format!("Mã{code}hết."), "text unchanged");
    assert!(paragraph.len() >= 2, "{paragraph:?}");
    for item in laid.texts("plan-item") {
        assert!(
            item.x + item.width() <= A4.0 - MARGIN.3 + 0.5,
            "{:?} past the margin",
            item.text()
        );
    }
}

/// The Word output keeps the codes whole too: converted to PDF by
/// LibreOffice (with the other documents of `libreoffice.rs`, in one run),
/// every code of the test plan reads whole in `pdftotext`.
/// Before, 7 of them broke after their "-" ("05-" at a line's end, which
/// `pdftotext` reads back as "05CTr/ĐU").
#[test]
fn a_code_never_breaks_across_lines_in_the_word_output() {
    let pdf = crate::libreoffice::converted_pdf("codes");
    let text = pdftotext(&save("libreoffice-codes-text.pdf", pdf));
    for code in CODES {
        assert!(text.matches(code).count() >= 24, "{code} not read whole:\n{text}");
    }
    assert!(!text.contains('\u{2060}'), "a word joiner in the text");
}

/// The text `pdftotext` (poppler) reads from the PDF at `path`.
fn pdftotext(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    String::from_utf8(out.stdout).expect("utf-8")
}
