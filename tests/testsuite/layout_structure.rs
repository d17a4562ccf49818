//! Layout assertions on the body structure of format version 2
//! (`plan-format.md`, "Body structure"), read from the laid-out
//! pages: the numbers each level and pattern prints, the Vietnamese letter
//! order, the look of each heading, line breaks typed in `|` blocks, and
//! pages that hold together (no heading as the last line of a page, no
//! single line of a paragraph alone at a page's foot or head) on the seed,
//! every example and a generated plan of more than 70 pages.

use std::sync::OnceLock;

use crate::support::library::{documents, view_of_text};
use crate::support::*;

/// The body's paragraph labels.
const BODY: &[&str] = &[
    "plan-intro",
    "plan-heading",
    "plan-subheading",
    "plan-item",
    "plan-meetings-title",
    "plan-meeting",
    "plan-meetings-note",
    "plan-closing",
    // A table's rows follow a heading as its lines do (rows never split,
    // so a cell is never left alone; the repeated header is left out).
    "plan-table-group",
    "plan-table-cell",
];

/// The labels of paragraphs a heading must not end a page with.
const HEADINGS: &[&str] = &["plan-heading", "plan-meetings-title"];

/// A plan of `style` (`dang` or `nha-nuoc`) around `body` (the `numbering`
/// and `sections` keys, as YAML at the top level).
fn plan_text(style: &str, body: &str) -> String {
    format!(
        "kind: ke-hoach
style: {style}
period: 2025
date: 2025-01-10
place: Lương Minh
issuer: {{ name: Ủy ban nhân dân xã Lương Minh, abbr: UBND }}
{body}
closing: Trên đây là kế hoạch.
recipients: [Các thôn]
archive: VT
signer: {{ on_behalf: Ủy ban nhân dân, title: Chủ tịch, name: Lý Thị Hoa }}
"
    )
}

/// Four levels, `n` sections on each of the first three, one on the fourth,
/// each with an item: headings on their own line.
fn four_levels(n: usize) -> String {
    let mut out = String::from("sections:\n");
    for a in 1..=n {
        out += &format!(
            "  - title: Cấp một {a}\n    items: [Nội dung {a}.]\n    sections:\n"
        );
        for b in 1..=n {
            out += &format!(
                "      - title: Cấp hai {b}\n        items: [Nội dung {b}.]\n        sections:\n"
            );
            for c in 1..=n {
                out += &format!(
                    "          - title: Cấp ba {c}\n            items: [Nội dung {c}.]\n            \
                     sections:\n              - title: Cấp bốn\n                items: [Nội dung.]\n"
                );
            }
        }
    }
    out
}

/// The text of every paragraph labelled `label`, in order.
fn paragraphs_of(laid: &Laid, label: &str) -> Vec<String> {
    laid.paragraphs(&[label])
        .iter()
        .map(|p| p.iter().filter_map(|i| i.text()).collect::<String>())
        .collect()
}

/// The printed numbers of the own-line headings, in order: what comes
/// before the first space.
fn numbers(laid: &Laid) -> Vec<String> {
    paragraphs_of(laid, "plan-heading")
        .iter()
        .map(|t| t.split(' ').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn every_pattern_prints_its_numbers_at_every_level() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "dang",
            "",
            // HD 36 by the date: 1-, 1.1-, a), -.
            &["1-", "1.1-", "a)", "-", "b)", "-", "1.2-", "a)", "-", "b)", "-", "2-"],
        ),
        (
            "nha-nuoc",
            "",
            &["I.", "1.", "a)", "-", "b)", "-", "2.", "a)", "-", "b)", "-", "II."],
        ),
        (
            "nha-nuoc",
            "numbering: [\"I.\", \"1.1.\", \"1.1.1.\", \"+\"]",
            &["I.", "1.1.", "1.1.1.", "+", "1.1.2.", "+", "1.2.", "1.2.1.", "+"],
        ),
        (
            "dang",
            "numbering: [\"A.\", \"1-\", \"a-\", \"*\"]",
            &["A.", "1-", "a-", "*", "b-", "*", "2-", "a-", "*", "b-", "*", "B."],
        ),
        (
            "dang",
            "numbering: [\"1.\", \"1.1-\", \"1.1.1.\", none]",
            &["1.", "1.1-", "1.1.1.", "Cấp", "1.1.2.", "Cấp", "1.2-"],
        ),
        (
            "nha-nuoc",
            "numbering: [\"I.\", \"1.\", \"1.1.\", \"1.1.1.\"]",
            // "1.1." under "1." (under "I.") is "1.1."; "1.1.1." under it
            // takes grandparent, parent and own: "1.1.1.".
            &["I.", "1.", "1.1.", "1.1.1.", "1.2.", "1.2.1.", "2.", "2.1.", "2.1.1."],
        ),
    ];
    for (style, numbering, expected) in cases {
        let yaml = plan_text(style, &format!("{numbering}\n{}", four_levels(2)));
        let laid = Laid::new(view_of_text(&yaml));
        let found = numbers(&laid);
        assert_eq!(&found[..expected.len()], *expected, "{style} {numbering}: {found:?}");
    }
}

#[test]
fn roman_parent_gives_its_arabic_position_to_nested_numbers() {
    let yaml = plan_text(
        "nha-nuoc",
        &format!("numbering: [\"I.\", \"1.1.\"]\n{}", four_levels(3)),
    );
    let found = numbers(&Laid::new(view_of_text(&yaml)));
    assert!(found.contains(&"III.".to_owned()), "{found:?}");
    assert!(found.contains(&"3.2.".to_owned()), "{found:?}");
    assert!(found.contains(&"2.3.".to_owned()), "{found:?}");
}

/// `plan-format.md`, "Numbering": the letter order a b c d đ e g …, past "d".
#[test]
fn letters_go_on_past_d_in_the_vietnamese_order() {
    let mut sections = String::from(
        "sections:\n  - title: Nhiệm vụ\n    sections:\n      - title: Nhóm\n        sections:\n",
    );
    for i in 1..=9 {
        sections += &format!("          - title: Việc {i}\n            items: [Làm.]\n");
    }
    sections += "  - title: Các ngày lễ\n    list: letter\n    items: [Một., Hai., Ba., Bốn., Năm., Sáu., Bảy.]\n";
    let laid = Laid::new(view_of_text(&plan_text("dang", &sections)));
    let found = numbers(&laid);
    let letters: Vec<&str> =
        found.iter().map(String::as_str).filter(|n| n.ends_with(')')).collect();
    assert_eq!(letters, ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)"]);
    let items = paragraphs_of(&laid, "plan-item");
    let marks: Vec<&str> = items
        .iter()
        .rev()
        .take(7)
        .rev()
        .map(|t| t.split(' ').next().unwrap_or(""))
        .collect();
    assert_eq!(marks, ["a)", "b)", "c)", "d)", "đ)", "e)", "g)"]);
}

/// The look of a heading's first text run: (bold, italic).
fn look(laid: &Laid, number: &str) -> (bool, bool) {
    let heading = laid
        .paragraphs(&["plan-heading", "plan-subheading"])
        .into_iter()
        .find(|p| {
            p.iter().filter_map(|i| i.text()).collect::<String>().starts_with(number)
        })
        .unwrap_or_else(|| panic!("no heading {number}"));
    let run = heading[0].run();
    (run.weight >= 700, run.italic)
}

/// `plan-format.md`, "Headings": the look follows the pattern, per style;
/// `look` overrides it.
#[test]
fn heading_looks_follow_the_pattern() {
    let state = plan_text(
        "nha-nuoc",
        &format!("numbering: [\"I.\", \"1.1.\"]\n{}", four_levels(1)),
    );
    let laid = Laid::new(view_of_text(&state));
    assert_eq!(look(&laid, "I. CẤP MỘT 1"), (true, false), "I. bold upper case");
    assert_eq!(look(&laid, "1.1. "), (true, false), "1.1. bold in state documents");
    assert_eq!(look(&laid, "a) "), (false, true), "a) italic");
    assert_eq!(look(&laid, "- "), (false, false), "- regular");

    let party =
        plan_text("dang", &format!("numbering: [\"A.\", \"1.1-\"]\n{}", four_levels(1)));
    let laid = Laid::new(view_of_text(&party));
    assert_eq!(look(&laid, "A. CẤP MỘT 1"), (true, false), "A. bold upper case");
    assert_eq!(look(&laid, "1.1- "), (false, true), "1.1- italic in Party documents");

    let custom = plan_text(
        "nha-nuoc",
        &format!(
            "numbering: [{{ pattern: \"1.\", look: regular }}, {{ pattern: \"1.1.\", look: bold-italic }}]\n{}",
            four_levels(1)
        ),
    );
    let laid = Laid::new(view_of_text(&custom));
    assert_eq!(look(&laid, "1. "), (false, false), "look: regular");
    assert_eq!(look(&laid, "1.1. "), (true, true), "look: bold-italic");
}

/// `plan-format.md`, "Explicit line breaks in one-line texts": a `|` block
/// breaks the issuer's name where the clerk broke it.
#[test]
fn a_literal_block_breaks_the_issuer_name_where_typed() {
    let laid = Laid::new(view_of_text(&plan_text(
        "nha-nuoc",
        "sections: [{ title: Mục đích, intro: Tuyên truyền. }]",
    )
    .replace(
        "issuer: { name: Ủy ban nhân dân xã Lương Minh, abbr: UBND }",
        "issuer:\n  name: |\n    ỦY BAN MTTQ VIỆT NAM\n    XÃ LƯƠNG MINH\n  abbr: MTTQ",
    )));
    let issuer = laid.texts("plan-issuer");
    let lines = baselines(&issuer);
    assert_eq!(lines.len(), 2, "{issuer:#?}");
    let first: String = issuer
        .iter()
        .filter(|i| (i.y - lines[0]).abs() < TOL)
        .filter_map(|i| i.text())
        .collect();
    assert_eq!(first.trim(), "ỦY BAN MTTQ VIỆT NAM");
}

/// The body's lines: (page, baseline, label, paragraph index) of each line,
/// in reading order.
fn body_lines(laid: &Laid) -> Vec<(usize, f64, &str, usize)> {
    let mut out: Vec<(usize, f64, &str, usize)> = Vec::new();
    for (index, paragraph) in laid.paragraphs(BODY).iter().enumerate() {
        let mut seen: Vec<(usize, f64)> = Vec::new();
        for item in paragraph {
            let label = item.labels.last().map(String::as_str).unwrap_or("");
            if !seen.iter().any(|(p, y)| *p == item.page && (*y - item.y).abs() < TOL) {
                seen.push((item.page, item.y));
                out.push((item.page, item.y, label, index));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    out
}

/// `plan-format.md`, "Pages that hold together": the last body line of a page
/// is never a heading's, and no paragraph leaves one line alone at a page's
/// foot or head.
fn assert_pages_hold_together(laid: &Laid, what: &str) {
    let lines = body_lines(laid);
    // Every plan has a top-level section, whose heading stands on its own
    // line: without one labelled, the check below would hold vacuously.
    assert!(lines.iter().any(|l| HEADINGS.contains(&l.2)), "{what}: no heading found");
    let pages = laid.doc.pages().len();
    for page in 0..pages.saturating_sub(1) {
        let Some(last) = lines.iter().rfind(|l| l.0 == page) else { continue };
        assert!(
            !HEADINGS.contains(&last.2),
            "{what}: page {} ends with a heading line (paragraph {})",
            page + 1,
            last.3
        );
    }
    // Nor is it the last line of a paragraph that ends with ":" ("… các
    // nhiệm vụ sau:"), which goes with what it introduces.
    let texts: Vec<String> = laid
        .paragraphs(BODY)
        .iter()
        .map(|p| p.iter().filter_map(|i| i.text()).collect::<String>())
        .collect();
    for page in 0..pages.saturating_sub(1) {
        let Some(last) = lines.iter().rfind(|l| l.0 == page) else { continue };
        let ends_paragraph = !lines.iter().any(|l| l.3 == last.3 && l.0 > page);
        let introduces = texts.get(last.3).is_some_and(|t| t.trim_end().ends_with(':'));
        assert!(
            !(ends_paragraph && introduces && lines.last() != Some(last)),
            "{what}: page {} ends with paragraph {}, which introduces what follows",
            page + 1,
            last.3
        );
    }
    let paragraphs = lines.iter().map(|l| l.3).max().unwrap_or(0);
    for index in 0..=paragraphs {
        let mine: Vec<_> = lines.iter().filter(|l| l.3 == index).collect();
        let on_pages: std::collections::BTreeSet<usize> =
            mine.iter().map(|l| l.0).collect();
        if on_pages.len() < 2 {
            continue;
        }
        for page in on_pages {
            let count = mine.iter().filter(|l| l.0 == page).count();
            assert!(
                count >= 2,
                "{what}: paragraph {index} leaves {count} line alone on page {}",
                page + 1
            );
        }
    }
}

#[test]
fn no_heading_ends_a_page_of_the_seed_or_any_example() {
    for path in documents() {
        let bytes = std::fs::read(&path).expect("readable");
        let checked = plan::check(&path, &bytes, Default::default());
        let view = checked.view.expect("no errors");
        assert_pages_hold_together(&Laid::new(view), &path.display().to_string());
    }
}

/// A line whose footnote does not fit the page moves on by itself in Typst:
/// ten two-line items, each with a note on its second line, left the tenth
/// item's first line alone at the foot of page 1 (and three-line ones did
/// the same at a page's head). A paragraph with a note of at most four
/// lines is kept whole (`body.typ`).
#[test]
fn a_paragraph_with_a_footnote_leaves_no_line_alone() {
    for words in [12, 16] {
        let items: String = (1..=10)
            .map(|i| {
                format!(
                    "      - Nội dung công việc thứ K{i} {} bảo đảm tiến độ^[Ghi chú số {i} \
                     về nội dung.] hoàn thành.\n",
                    sentence(i, words)
                )
            })
            .collect();
        let yaml = format!(
            "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024-Q3\nnumber: 5\ndate: 2024-07-01\n\
             place: Tân Tiến\nissuer: {{ name: Ủy ban nhân dân xã Tân Tiến, abbr: UBND }}\n\
             sections:\n  - title: Mục đích\n    items:\n{items}\
             closing: Trên đây là kế hoạch.\nrecipients: [Thường trực HĐND xã]\n\
             archive: VT\nsigner: {{ title: Chủ tịch, name: Lê Văn An }}\n"
        );
        let laid = Laid::new(view_of_text(&yaml));
        assert!(laid.doc.pages().len() >= 2, "{words} words: the items run on");
        assert_pages_hold_together(&laid, &format!("items of {words} words with notes"));
    }
}

/// A long sentence of `words` words, for paragraphs of several lines.
fn sentence(seed: usize, words: usize) -> String {
    const WORDS: [&str; 12] = [
        "triển khai",
        "thực hiện",
        "nhiệm vụ",
        "trọng tâm",
        "các chi bộ",
        "đảng viên",
        "kiểm tra",
        "giám sát",
        "tuyên truyền",
        "nhân dân",
        "phát triển",
        "kinh tế",
    ];
    let mut out = String::from("Tiếp tục");
    for i in 0..words {
        out.push(' ');
        out.push_str(WORDS[(seed * 7 + i * 5) % WORDS.len()]);
    }
    out.push('.');
    out
}

/// A Party plan of four levels with every heading kind (own line and run
/// in, numbered, lettered, marked, unnumbered), lists of every kind and
/// nested items, paragraphs of 1 to 6 lines: more than 70 pages.
fn generated_plan() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| {
        let mut y = String::from("numbering: [\"A.\", \"I.\", \"1.1-\", \"a)\"]\nsections:\n");
        let lists = ["paragraph", "dash", "plus", "numbered", "letter"];
        let mut n = 0;
        for a in 0..2 {
            y += &format!("  - title: Phần {a}\n    sections:\n");
            for b in 0..7 {
                y += &format!("      - title: Nhóm nhiệm vụ {b}\n        intro: {}\n        heading: own-line\n        sections:\n", sentence(n, 30));
                for c in 0..5 {
                    n += 1;
                    let list = lists[n % lists.len()];
                    y += &format!(
                        "          - title: \"Nhóm nhiệm vụ {b}.{c}:\"\n            list: {list}\n            items:\n"
                    );
                    for d in 0..3 {
                        y += &format!(
                            "              - text: {}\n                items: [{}, {}]\n",
                            sentence(n + d, 10 + 17 * d),
                            sentence(n + d + 1, 8),
                            sentence(n + d + 2, 25)
                        );
                    }
                    y += "            sections:\n";
                    for d in 0..2 {
                        y += &format!(
                            "              - title: Việc {d}\n                intro: {}\n",
                            sentence(n * 3 + d, 20 + 11 * d)
                        );
                    }
                    y += &format!("            outro: {}\n", sentence(n * 5, 14));
                }
            }
        }
        let text = plan_text("dang", &y);
        Laid::new(view_of_text(&text))
    })
}

#[test]
fn generated_plan_is_longer_than_seventy_pages() {
    let pages = generated_plan().doc.pages().len();
    assert!(pages > 70, "{pages} pages");
}

#[test]
fn no_heading_ends_a_page_of_a_long_plan() {
    assert_pages_hold_together(generated_plan(), "generated plan");
}

/// A word wider than a line (a long code pasted without a break) breaks
/// inside, as in table cells, in the body of the document and of a
/// landscape appendix: every character stays inside the text block, the
/// text is unchanged, and a word that fits a line is left whole. It used
/// to run past the right margin and off the page.
#[test]
fn a_word_wider_than_a_line_breaks_inside_and_stays_on_the_page() {
    let code =
        "QĐUBND2024000123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRST";
    let wide = "QĐUBND2024000123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJ";
    let body = format!(
        "sections:\n  - title: Rà soát\n    items: [\"Mã {code} hết.\"]\n\
         appendices:\n  - title: Danh mục\n    landscape: true\n    items: [\"Mã {wide} hết.\"]"
    );
    let laid = Laid::new(view_of_text(&plan_text("nha-nuoc", &body)));
    let items = laid.paragraphs(&["plan-item"]);
    assert_eq!(items.len(), 2);
    for (item, word, right) in [(&items[0], code, A4.0), (&items[1], wide, A4.1)] {
        let text: String = item.iter().filter_map(|i| i.text()).collect();
        assert_eq!(text.replace(' ', ""), format!("Mã{word}hết."), "text unchanged");
        let edge = right - MARGIN.3;
        for i in item.iter() {
            assert!(i.x + i.width() <= edge + TOL, "{:?} past the margin", i.text());
        }
        let lines: std::collections::BTreeSet<i64> =
            item.iter().map(|i| i.y.round() as i64).collect();
        assert_eq!(lines.len(), if word == code { 2 } else { 1 }, "{lines:?}");
    }
}

/// The lines of each body paragraph of `laid`, top to bottom, each as
/// (page, baseline, right edge of its last glyph). A footnote mark (a
/// smaller text raised above the line, labelled apart) counts as a glyph
/// of the line it is raised above.
fn paragraph_lines(laid: &Laid, labels: &[&str]) -> Vec<Vec<(usize, f64, f64)>> {
    let is_text = |i: &Item| i.text().is_some_and(|t| !t.trim().is_empty());
    let marks: Vec<&Item> =
        laid.items.iter().filter(|i| is_text(i) && i.run().size < 12.0).collect();
    let mut out = Vec::new();
    for paragraph in laid.paragraphs(labels) {
        let mut lines: Vec<(usize, f64, f64)> = Vec::new();
        for item in paragraph.into_iter().filter(|i| is_text(i) && i.run().size >= 12.0) {
            let right = item.x + item.width();
            match lines
                .iter_mut()
                .find(|l| l.0 == item.page && (l.1 - item.y).abs() < TOL)
            {
                Some(line) => line.2 = line.2.max(right),
                None => lines.push((item.page, item.y, right)),
            }
        }
        for line in &mut lines {
            for mark in &marks {
                if mark.page == line.0 && (0.0..9.0).contains(&(line.1 - mark.y)) {
                    line.2 = line.2.max(mark.x + mark.width());
                }
            }
        }
        lines.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        out.push(lines);
    }
    out
}

/// format-rules.md §1.2 box 6 [S], §2.2 box 6 [R]: the body is justified.
/// Every line of a body paragraph but its last reaches the right margin
/// of its page (portrait or landscape), in the seed and every example, the
/// closing paragraph and a heading of two lines included. The closing and
/// the headings, laid in blocks of `auto` width, used to be justified to
/// their own longest line: the closing's first line ended 2.6 mm short of
/// the margin in `examples/state-monthly-program.yaml` (7.3 mm in a plan
/// of Hội đồng nhân dân), a two-line heading's 0.7 mm.
#[test]
fn every_body_line_but_a_paragraphs_last_reaches_the_right_margin() {
    // Run-in headings and items share a paragraph; tables are not justified.
    let labels = &BODY[..BODY.len() - 2];
    // Besides the examples, a plan of each style whose heading and closing
    // take two lines each.
    let long = |style: &str| {
        let body = "sections:\n  - title: Lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã \
                    hội và bảo đảm quốc phòng, an ninh\n    items: [Triển khai.]";
        let closing = "closing: Trên đây là chương trình giám sát năm 2026 của Thường trực \
                       Hội đồng nhân dân phường Phú Thọ.";
        let text =
            plan_text(style, body).replace("closing: Trên đây là kế hoạch.", closing);
        ("generated".to_owned(), Laid::new(view_of_text(&text)))
    };
    let laid_documents = documents().into_iter().map(|path| {
        let bytes = std::fs::read(&path).expect("readable");
        let checked = plan::check(&path, &bytes, Default::default());
        (path.display().to_string(), Laid::new(checked.view.expect("no errors")))
    });
    let mut closings = 0;
    let mut wrapped_headings = 0;
    for (what, laid) in laid_documents.chain([long("dang"), long("nha-nuoc")]) {
        closings += paragraph_lines(&laid, &["plan-closing"])
            .iter()
            .filter(|l| l.len() > 1)
            .count();
        wrapped_headings += paragraph_lines(&laid, &["plan-heading"])
            .iter()
            .filter(|l| l.len() > 1)
            .count();
        for lines in paragraph_lines(&laid, labels) {
            for &(page, y, right) in lines.iter().take(lines.len().saturating_sub(1)) {
                let width = laid.doc.pages()[page].frame.width().to_pt();
                let margin = width - MARGIN.3;
                assert!(
                    (right - margin).abs() < TOL,
                    "{what}: the line at {:.1} mm on page {} ends {:.2} mm from the right margin",
                    y / MM,
                    page + 1,
                    (margin - right) / MM
                );
            }
        }
    }
    // The check above covers what it is about: closings and wrapped headings.
    assert!(closings > 10, "{closings} closings of two lines or more");
    assert!(wrapped_headings >= 2, "{wrapped_headings} headings of two lines");
}
