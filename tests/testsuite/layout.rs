//! Layout assertions on the compiled May 2024 program (`style.md` §7): each
//! test cites the rule of `format-rules.md` it checks; tolerance ±0.5 pt.

use plan::render::RenderError;
use plan::view::View;

use crate::support::*;

/// Left edge of the text block.
const LEFT: f64 = MARGIN.2;
/// Right edge of the text block.
const RIGHT: f64 = A4.0 - MARGIN.3;
/// Horizontal centre of the text block.
const CENTRE: f64 = (LEFT + RIGHT) / 2.0;
/// Centre of the left header/footer cell (85 mm wide, §3.1, §5).
const LEFT_CELL_CENTRE: f64 = LEFT + 85.0 * MM / 2.0;
/// Centre of the right header/footer cell (80 mm wide, §3.1, §5).
const RIGHT_CELL_CENTRE: f64 = LEFT + 85.0 * MM + 80.0 * MM / 2.0;

/// The roles of body paragraphs, as labels.
const BODY: &[&str] = &[
    "plan-intro",
    "plan-heading",
    "plan-subheading",
    "plan-item",
    "plan-meetings-title",
    "plan-meeting",
    "plan-meetings-note",
    "plan-closing",
];

fn centre(items: &[&Item]) -> f64 {
    let (l, r) = extent(items);
    (l + r) / 2.0
}

fn views() -> [&'static Laid; 2] {
    [may_2024(), multi_page()]
}

/// §1.1: A4, 210 × 297 mm [R].
#[test]
fn pages_are_a4() {
    for laid in views() {
        for page in laid.doc.pages() {
            assert_close(page.frame.width().to_pt(), A4.0, "page width");
            assert_close(page.frame.height().to_pt(), A4.1, "page height");
        }
    }
}

/// §6.2 needs a last page; the multi-page fixture must really span three.
#[test]
fn multi_page_view_has_at_least_three_pages() {
    assert!(
        multi_page().doc.pages().len() >= 3,
        "{} pages",
        multi_page().doc.pages().len()
    );
}

/// §1.1: margins 20/20/30/15 mm [S]. Every line box (ascender to
/// descender) and every drawn line stays inside the text area; only the page
/// number (and a draft mark) live in the top margin.
#[test]
fn text_stays_inside_the_margins() {
    for laid in views() {
        for item in &laid.items {
            if item.has("plan-page-number") || item.has("plan-draft") {
                continue;
            }
            let (left, right) = (item.x, item.x + item.width());
            let (top, bottom) = match &item.kind {
                Kind::Text(run) => (item.y - run.ascender, item.y + run.descender),
                Kind::Line { dy, thickness, .. } => (
                    item.y.min(item.y + dy) - thickness / 2.0,
                    item.y.max(item.y + dy) + thickness / 2.0,
                ),
                Kind::Shape { height, .. } => (item.y, item.y + height),
            };
            let what =
                format!("{:?} on page {}", item.text().unwrap_or("shape"), item.page + 1);
            assert!(
                left >= LEFT - TOL,
                "{what} starts at {left:.2} pt, left margin {LEFT:.2}"
            );
            assert!(
                right <= RIGHT + TOL,
                "{what} ends at {right:.2} pt, right margin {RIGHT:.2}"
            );
            assert!(
                top >= MARGIN.0 - TOL,
                "{what} top at {top:.2} pt, top margin {:.2}",
                MARGIN.0
            );
            assert!(
                bottom <= A4.1 - MARGIN.1 + TOL,
                "{what} bottom at {bottom:.2} pt, bottom margin at {:.2}",
                A4.1 - MARGIN.1
            );
        }
    }
}

/// §1.1: the text block starts at the top margin: the header's first line
/// is the first line of the page.
#[test]
fn header_starts_at_the_top_margin() {
    let laid = may_2024();
    let national = laid.one("plan-national");
    assert_eq!(national.page, 0);
    // 13.4 pt above the baseline (config.typ header-lines) holds the ascender.
    assert_close(national.y, MARGIN.0 + 13.4, "national heading baseline");
}

/// §1.2 box 1: "ĐẢNG CỘNG SẢN VIỆT NAM", 15 pt, caps, bold, upright, top
/// line of the right cell [R].
#[test]
fn national_heading_is_15pt_bold_in_the_right_cell() {
    let laid = may_2024();
    let national = laid.one("plan-national");
    let run = national.run();
    assert_eq!(run.text, "ĐẢNG CỘNG SẢN VIỆT NAM");
    assert_close(run.size, 15.0, "national heading size");
    assert_eq!(run.weight, 700, "national heading is bold");
    assert!(!run.italic);
    assert!(national.x >= LEFT + 85.0 * MM - TOL, "heading starts in the right cell");
    // §5: 72.9 mm measured with Liberation Serif Bold 15 pt.
    assert!(
        (run.width / MM - 72.9).abs() < 0.5,
        "heading width {:.1} mm",
        run.width / MM
    );
    // Centred in the right cell (our choice, config.typ).
    assert_close(centre(&[national]), RIGHT_CELL_CENTRE, "heading centre");
}

/// §1.2 box 1: directly under the heading a solid rule exactly as long as
/// the heading text [R]; stroke ~0.5 pt (§6.1) [P].
#[test]
fn rule_under_the_national_heading_is_as_long_as_the_heading() {
    let laid = may_2024();
    let national = laid.one("plan-national");
    let rules: Vec<_> = laid.labelled("plan-rule");
    assert_eq!(rules.len(), 1, "{rules:#?}");
    let rule = rules[0];
    let Kind::Line { dx, dy, thickness } = rule.kind else {
        panic!("not a line: {rule:?}")
    };
    assert_close(dx, national.run().width, "rule length");
    assert_close(rule.x, national.x, "rule start");
    assert_eq!(dy, 0.0, "rule is horizontal");
    assert_close(thickness, 0.5, "rule stroke");
    // Directly below: clear of the dots under Ộ and Ệ, within 2 pt of them.
    let ink_bottom = national.y + national.run().ink_bottom;
    let rule_top = rule.y - thickness / 2.0;
    assert!(
        rule_top > ink_bottom,
        "rule top {rule_top:.2} touches the ink ({ink_bottom:.2})"
    );
    assert!(
        rule_top - ink_bottom < 2.0,
        "rule {:.2} pt below the ink",
        rule_top - ink_bottom
    );
    assert_eq!(rule.page, 0);
}

/// §1.2 box 2: parent 14 pt caps regular, level with the Party heading;
/// issuer 14 pt caps bold; "*" under it; all centred in the left cell [R].
#[test]
fn parent_is_14pt_regular_and_issuer_14pt_bold() {
    let laid = may_2024();
    let parent = laid.one("plan-parent");
    let issuer = laid.one("plan-issuer");
    let star = laid.one("plan-star");
    assert_eq!(parent.run().text, "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG");
    assert_close(parent.run().size, 14.0, "parent size");
    assert_eq!(parent.run().weight, 400, "parent is regular");
    assert!(!parent.run().italic);
    assert_eq!(issuer.run().text, "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ");
    assert_close(issuer.run().size, 14.0, "issuer size");
    assert_eq!(issuer.run().weight, 700, "issuer is bold");
    assert_eq!(star.run().text, "*");
    assert_close(parent.y, laid.one("plan-national").y, "parent level with the heading");
    assert!(parent.y < issuer.y && issuer.y < star.y, "parent, issuer, * in order");
    for item in [parent, issuer, star] {
        assert_close(centre(&[item]), LEFT_CELL_CENTRE, "centred in the left cell");
    }
}

/// §1.2 boxes 3 and 4: "Số 45-CTr/ĐU" 14 pt upright, and the place/date line
/// 14 pt italic on the same line [R, same line P].
#[test]
fn number_and_date_line_share_a_baseline() {
    let laid = may_2024();
    let number = laid.one("plan-number");
    let date = laid.one("plan-date-line");
    assert_eq!(number.run().text, "Số 45-CTr/ĐU");
    assert_close(number.run().size, 14.0, "number size");
    assert!(!number.run().italic && number.run().weight == 400, "number upright regular");
    assert_eq!(date.run().text, "Mỹ Độ, ngày 02 tháng 5 năm 2024");
    assert_close(date.run().size, 14.0, "date size");
    assert!(date.run().italic, "date is italic");
    assert_eq!(date.run().weight, 400);
    assert_close(date.y, number.y, "number and date baselines");
    assert!(date.y > laid.labelled("plan-rule")[0].y, "date under the rule");
    assert_close(centre(&[number]), LEFT_CELL_CENTRE, "number centred in the left cell");
    assert_close(centre(&[date]), RIGHT_CELL_CENTRE, "date centred in the right cell");
}

/// §1.2 box 4: the date line stays on one line even for a long place name
/// with the day left blank, or with a two-digit day and month after a
/// ward's name ("Phường Đông Hưng Thuận", 112 mm at 14 pt italic): its
/// row's right cell widens, the left cell keeps 50 mm (our choice [P],
/// `config.typ` `left-cell-min`). The names above keep their 85 mm cell
/// (§3.1, §5): "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG" (80.5 mm) and "ĐẢNG ỦY
/// PHƯỜNG HẠC THÀNH" stay on one line each (they wrapped when the whole
/// left cell gave way), and the number stays centred under them.
#[test]
fn long_date_line_stays_on_one_line() {
    let blank = plan::vi::BLANK;
    for line in [
        format!("Thành phố Hồ Chí Minh, ngày {blank} tháng 11 năm 2024"),
        "Phường Đông Hưng Thuận, ngày 31 tháng 12 năm 2025".to_owned(),
        "Phường Hạc Thành, ngày 26 tháng 5 năm 2026".to_owned(),
    ] {
        let mut view = may_2024_view();
        view.header.date = line.clone();
        view.header.issuer = "ĐẢNG ỦY PHƯỜNG HẠC THÀNH".to_owned();
        view.header.issuer_lines = "ĐẢNG ỦY\nPHƯỜNG HẠC THÀNH".to_owned();
        view.header.issuer_groups = plan::vi::word_groups::groups(&view.header.issuer);
        let laid = Laid::new(view);
        let date = laid.texts("plan-date-line");
        let baselines: Vec<f64> = date.iter().map(|i| i.y).collect();
        assert!(
            baselines.windows(2).all(|w| (w[0] - w[1]).abs() < 0.5),
            "{line}: one line: {baselines:?}"
        );
        assert_close(date[0].y, laid.one("plan-number").y, "still level with the number");
        let (left, right) = extent(&date);
        assert!(
            right <= RIGHT + 0.5,
            "{line}: inside the right margin: {right} > {RIGHT}"
        );
        assert!(
            left >= LEFT + 50.0 * MM - 0.5,
            "{line}: the left cell keeps 50 mm: {left}"
        );
        for name in ["plan-parent", "plan-issuer"] {
            let items = laid.texts(name);
            assert!(
                items.iter().all(|i| (i.y - items[0].y).abs() < 0.5),
                "{line}: {name} on one line: {items:?}"
            );
            assert_close(
                centre(&items),
                LEFT_CELL_CENTRE,
                "names centred in the 85 mm cell",
            );
        }
        // The number never runs into the date line; centred under the
        // names when the date line leaves room (the ward of 2026).
        let number = laid.one("plan-number");
        assert!(extent(&[number]).1 < left, "{line}: number clear of the date line");
        if line.starts_with("Phường Hạc Thành") {
            assert_close(
                centre(&[number]),
                LEFT_CELL_CENTRE,
                "number centred under the names",
            );
        }
    }
}

/// §1.2 without a parent body: the issuer takes the first line, level
/// with the heading; number and date still share a line.
#[test]
fn header_without_parent_moves_up_a_line() {
    let mut view = may_2024_view();
    view.header.parent = None;
    let laid = Laid::new(view);
    assert!(laid.labelled("plan-parent").is_empty());
    assert_close(laid.one("plan-issuer").y, laid.one("plan-national").y, "issuer level");
    assert_close(
        laid.one("plan-number").y,
        laid.one("plan-date-line").y,
        "number and date",
    );
}

/// §1.2: a long parent name may wrap to two lines inside the left cell;
/// number and date still share the last header line.
#[test]
fn a_long_parent_wraps_inside_the_left_cell() {
    let mut view = may_2024_view();
    let parent = "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH BẮC GIANG";
    view.header.parent = Some(parent.to_owned());
    view.header.parent_lines = Some(plan::vi::names::two_lines(parent));
    let laid = Laid::new(view);
    let parent = laid.texts("plan-parent");
    assert_eq!(baselines(&parent).len(), 2, "the parent wraps to two lines");
    for line in &parent {
        let (l, r) = extent(&[line]);
        assert!(
            l >= LEFT - TOL && r <= LEFT + 85.0 * MM + TOL,
            "{line:?} leaves the cell"
        );
    }
    assert_close(
        laid.one("plan-number").y,
        laid.one("plan-date-line").y,
        "number and date",
    );
    assert!(laid.one("plan-date-line").y > laid.one("plan-star").y);
}

/// §1.2 box 3 [P]: a draft's blank number is a run of no-break spaces,
/// printed as space, not collapsed.
#[test]
fn a_blank_number_keeps_its_no_break_spaces() {
    let mut view = may_2024_view();
    view.header.number = "Số \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}-CTr/ĐU".to_owned();
    view.summary = Vec::new();
    let laid = Laid::new(view.clone());
    let number = laid.text_of("plan-number");
    assert_eq!(number, view.header.number);
    let blank = laid.texts("plan-number").iter().map(|i| i.width()).sum::<f64>();
    // Five spaces of 0.25 em replace the two figures "45" of 0.5 em each.
    let filled = may_2024().one("plan-number").width();
    assert_close(blank, filled - 2.0 * 7.0 + 5.0 * 3.5, "width of the blank number");
}

/// §1.2 box 5a, §6.1: one blank line under the header, then "CHƯƠNG TRÌNH"
/// 16 pt caps bold centred, the summary 14 pt bold centred, and "-----"
/// 14 pt centred [R/S].
#[test]
fn doc_type_is_16pt_bold_centred_on_the_text_block() {
    let laid = may_2024();
    let doc_type = laid.one("plan-doc-type");
    assert_eq!(doc_type.run().text, "CHƯƠNG TRÌNH");
    assert_close(doc_type.run().size, 16.0, "type size");
    assert_eq!(doc_type.run().weight, 700, "type is bold");
    assert_close(centre(&[doc_type]), CENTRE, "type centred");
    assert_close(
        doc_type.y - laid.one("plan-number").y,
        36.0,
        "one blank line above the type",
    );

    let summary = laid.texts("plan-summary");
    assert_eq!(laid.text_of("plan-summary"), "Công tác tháng 5 năm 2024");
    for s in &summary {
        assert_close(s.run().size, 14.0, "summary size");
        assert_eq!(s.run().weight, 700, "summary is bold");
    }
    assert_close(centre(&summary), CENTRE, "summary centred");

    let dashes = laid.one("plan-dashes");
    assert_eq!(dashes.run().text, "-----");
    assert_close(dashes.run().size, 14.0, "dashes size");
    assert_eq!(dashes.run().weight, 400);
    assert_close(centre(&[dashes]), CENTRE, "dashes centred");
    assert!(doc_type.y < summary[0].y && summary[0].y < dashes.y);
}

/// §1.2 box 6: body 14 pt [R]; bold and italic only where the runs say.
#[test]
fn body_text_is_14pt() {
    for laid in views() {
        let paragraphs = laid.paragraphs(BODY);
        assert_eq!(paragraphs.len(), laid.view.body.len(), "one paragraph per block");
        for item in paragraphs.iter().flatten() {
            assert_close(item.run().size, 14.0, "body size");
        }
    }
    let laid = may_2024();
    assert!(laid.texts("plan-heading").iter().all(|i| i.run().weight == 700));
    assert!(laid.texts("plan-meetings-note").iter().all(|i| i.run().italic));
    let meeting = laid.paragraphs(&["plan-meeting"])[0].clone();
    let date =
        meeting.iter().find(|i| i.run().text.contains("28/5/2024")).expect("date run");
    assert_eq!(date.run().weight, 700, "meeting date is bold");
}

/// §1.4: exactly 18 pt baseline to baseline inside a paragraph, and 18 +
/// 6 pt between paragraphs [S, unsure].
#[test]
fn body_lines_are_18pt_apart_and_paragraphs_6pt_more() {
    let laid = multi_page();
    let paragraphs = laid.paragraphs(BODY);
    let mut checked = 0;
    for par in &paragraphs {
        let lines = baselines(par);
        for pair in lines.windows(2) {
            if par.iter().any(|i| i.y == pair[0]) && same_page(par, pair) {
                assert_close(pair[1] - pair[0], 18.0, "line pitch");
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "only {checked} line pairs checked");
    for pair in paragraphs.windows(2) {
        let (a, b) = (pair[0].last().expect("text"), pair[1][0]);
        if a.page == b.page {
            assert_close(b.y - a.y, 24.0, "paragraph pitch (18 + 6)");
        }
    }
}

fn same_page(par: &[&Item], pair: &[f64]) -> bool {
    let page = |y: f64| par.iter().find(|i| (i.y - y).abs() < TOL).map(|i| i.page);
    page(pair[0]) == page(pair[1])
}

/// §1.4: first-line indent 10 mm on every paragraph, including the first
/// after a heading; other lines start at the margin; justified [S].
#[test]
fn every_paragraph_has_a_10mm_first_line_indent() {
    let laid = multi_page();
    let paragraphs = laid.paragraphs(BODY);
    for par in &paragraphs {
        let first = par[0];
        assert_close(
            first.x,
            LEFT + 10.0 * MM,
            &format!("indent of {:?}", first.run().text),
        );
        let first_line = par.iter().filter(|i| i.y == first.y && i.page == first.page);
        for line_start in par.iter().filter(|i| i.y != first.y || i.page != first.page) {
            // Continuation lines start at the margin or continue a line.
            assert!(line_start.x >= LEFT - TOL);
        }
        let _ = first_line;
    }
    // The paragraph right after the first heading.
    let after_heading = paragraphs
        .iter()
        .position(|p| p[0].has("plan-heading"))
        .map(|i| paragraphs[i + 1][0])
        .expect("a heading followed by a paragraph");
    assert_close(after_heading.x, LEFT + 10.0 * MM, "indent after a heading");
    // Justified: full lines of the long paragraph end at the right margin.
    let long = paragraphs.iter().max_by_key(|p| p.len()).expect("paragraphs");
    let lines = baselines(long);
    for y in &lines[..lines.len() - 1] {
        let line: Vec<_> =
            long.iter().copied().filter(|i| (i.y - y).abs() < TOL).collect();
        let (_, right) = extent(&line);
        assert_close(right, RIGHT, "justified line end");
    }
}

/// §1.2 box 9b and 7a: "Nơi nhận:" 14 pt, underlined, regular, flush left,
/// level with "T/M ĐẢNG ỦY" [S].
#[test]
fn recipients_label_is_underlined_and_level_with_the_authority() {
    let laid = may_2024();
    let label = laid.one("plan-recipients-label");
    assert_eq!(label.run().text, "Nơi nhận:");
    assert_close(label.run().size, 14.0, "label size");
    assert!(label.run().weight == 400 && !label.run().italic, "label regular upright");
    assert_close(label.x, LEFT, "label flush left");
    let underline = laid
        .labelled("plan-recipients-label")
        .into_iter()
        .find(|i| matches!(i.kind, Kind::Line { .. }))
        .expect("an underline");
    assert_close(underline.width(), label.run().width, "underline length");
    let under = underline.y - label.y;
    assert!((0.0..=3.0).contains(&under), "underline {under:.2} pt below the baseline");
    let authority = laid.texts("plan-authority");
    assert_close(authority[0].y, label.y, "label level with the authority line");
    assert_eq!(authority[0].page, label.page);
}

/// §1.2 box 9b: recipient lines 12 pt, flush left, in order [S].
#[test]
fn recipients_are_12pt_flush_left() {
    let laid = may_2024();
    let lines = laid.texts("plan-recipient");
    let texts: Vec<_> = lines.iter().map(|i| i.run().text.as_str()).collect();
    assert_eq!(
        texts,
        laid.view.footer.recipients.iter().map(String::as_str).collect::<Vec<_>>()
    );
    for line in &lines {
        assert_close(line.run().size, 12.0, "recipient size");
        assert_eq!(line.run().weight, 400);
        assert_close(line.x, LEFT, "recipient flush left");
    }
    assert!(lines.windows(2).all(|w| w[1].y > w[0].y));
}

/// §1.2 box 7, §6.2: "T/M ĐẢNG ỦY" 14 pt bold, "PHÓ BÍ THƯ" 14 pt (not
/// bold, config), ≈ 25–30 mm of signature space, "Hoàng Trọng Hiếu" 14 pt
/// bold, all centred in the right cell [S/P].
#[test]
fn signature_block_is_centred_in_the_right_cell() {
    let laid = may_2024();
    let authority = laid.one("plan-authority");
    let title = laid.one("plan-signer-title");
    let name = laid.one("plan-signer-name");
    assert_eq!(authority.run().text, "T/M ĐẢNG ỦY");
    assert_eq!(title.run().text, "PHÓ BÍ THƯ");
    assert_eq!(name.run().text, "Hoàng Trọng Hiếu");
    assert_eq!(authority.run().weight, 700);
    assert_eq!(title.run().weight, 400, "signer title not bold (config)");
    assert_eq!(name.run().weight, 700);
    for item in [authority, title, name] {
        assert_close(item.run().size, 14.0, "signature size");
        assert_close(centre(&[item]), RIGHT_CELL_CENTRE, "centred in the right cell");
    }
    let space = (name.y - title.y) / MM;
    assert!((25.0..=32.0).contains(&space), "title to name {space:.1} mm");
}

/// §1.2 box 7a/7b: a title or authority line too long for the right cell
/// wraps into lines of even length, each centred ("PHÓ TRƯỞNG BAN /
/// THƯỜNG TRỰC", not "PHÓ TRƯỞNG BAN THƯỜNG / TRỰC") [P].
#[test]
fn long_signer_lines_wrap_evenly() {
    let mut view = may_2024_view();
    view.footer.signer.authority =
        vec!["K/T TRƯỞNG BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY".into()];
    view.footer.signer.title = "PHÓ TRƯỞNG BAN THƯỜNG TRỰC".into();
    let laid = Laid::new(view);
    for label in ["plan-authority", "plan-signer-title"] {
        let items = laid.texts(label);
        let lines = baselines(&items);
        assert_eq!(lines.len(), 2, "{label}: two lines");
        let widths: Vec<f64> = lines
            .iter()
            .map(|y| {
                let line: Vec<&Item> =
                    items.iter().copied().filter(|i| (i.y - y).abs() < 0.5).collect();
                assert_close(centre(&line), RIGHT_CELL_CENTRE, "each line centred");
                let (left, right) = extent(&line);
                right - left
            })
            .collect();
        let (short, long) = (widths[0].min(widths[1]), widths[0].max(widths[1]));
        assert!(short > 0.6 * long, "{label}: lines of even length: {widths:?}");
    }
}

/// §6.2: the footer is one block: all on the last page, after the body.
#[test]
fn footer_is_kept_together_on_the_last_page() {
    for laid in views() {
        let last = laid.doc.pages().len() - 1;
        for label in [
            "plan-recipients-label",
            "plan-recipient",
            "plan-authority",
            "plan-signer-name",
        ] {
            assert!(
                laid.texts(label).iter().all(|i| i.page == last),
                "{label} on the last page"
            );
        }
        let closing = laid.texts("plan-closing");
        let label = laid.one("plan-recipients-label");
        let last_body = closing.last().expect("closing");
        if last_body.page == label.page {
            // One blank line between the body and the footer (config.typ).
            assert_close(label.y - last_body.y, 36.0, "body to footer");
        }
    }
}

/// §6.2 [P]: a footer taller than a page's text area (here 90 recipients)
/// runs on to the next page instead of being cut at the bottom margin:
/// every recipient line is drawn, inside the margins.
#[test]
fn a_footer_taller_than_a_page_runs_on() {
    let mut view = may_2024_view();
    view.footer.recipients =
        (1..=90).map(|i| format!("- Đảng ủy xã số {i} thuộc huyện,")).collect();
    view.footer.recipients.push("- Lưu VP/ĐU.".into());
    let laid = Laid::new(view);
    // (A label opened on one page stays open over the next page's items,
    // its number among them: the recipient lines are those with a dash.)
    let lines: Vec<&Item> = laid
        .texts("plan-recipient")
        .into_iter()
        .filter(|i| i.run().text.starts_with("- "))
        .collect();
    let drawn: Vec<&str> = lines.iter().map(|i| i.run().text.as_str()).collect();
    assert_eq!(drawn.len(), 91, "every recipient drawn: {drawn:?}");
    assert_eq!(drawn.last(), Some(&"- Lưu VP/ĐU."));
    for line in &lines {
        assert!(line.y <= A4.1 - MARGIN.1 + 0.5, "inside the bottom margin: {}", line.y);
    }
    let pages: std::collections::BTreeSet<usize> = lines.iter().map(|i| i.page).collect();
    assert!(pages.len() >= 2, "the list runs on: pages {pages:?}");
    // The signature block stays at the top of the footer.
    assert_eq!(laid.one("plan-authority").page, laid.one("plan-recipients-label").page);
}

/// The seed's view with `count` recipients "- Đảng ủy xã số N thuộc
/// huyện," and then "- Lưu VP/ĐU.".
fn with_recipients(count: usize) -> View {
    let mut view = may_2024_view();
    view.footer.recipients =
        (1..=count).map(|i| format!("- Đảng ủy xã số {i} thuộc huyện,")).collect();
    view.footer.recipients.push("- Lưu VP/ĐU.".into());
    view
}

/// The recipient lines of `laid` with their pages: those with a dash (the
/// label stays open over the next page's number, as in
/// `a_footer_taller_than_a_page_runs_on`).
fn recipient_lines(laid: &Laid) -> Vec<(usize, String)> {
    laid.texts("plan-recipient")
        .into_iter()
        .filter(|i| i.run().text.starts_with("- "))
        .map(|i| (i.page, i.run().text.clone()))
        .collect()
}

/// §12 [P]: a list of recipients that runs on to the next page never
/// leaves its last line ("- Lưu VP/ĐU.") alone there: the line before it
/// goes with it. The list is made as long as the page holds plus the
/// "Lưu" line, which alone would start the next page.
#[test]
fn the_last_recipient_line_never_starts_a_page_alone() {
    let with = |count: usize| Laid::new(with_recipients(count));
    let lines = recipient_lines(&with(60));
    let first = lines.first().expect("recipient lines").0;
    let fit = lines.iter().filter(|(page, _)| *page == first).count();
    let lines = recipient_lines(&with(fit));
    let [.., before, last] = lines.as_slice() else { panic!("two lines or more") };
    assert_eq!(last.1, "- Lưu VP/ĐU.");
    assert!(last.0 > first, "the list runs on: {last:?}");
    assert_eq!(before.0, last.0, "{before:?} goes with {last:?}");
}

/// A list of recipients never leaves its last line alone on the next page:
/// a state plan of 20 to 32 items, eight recipients and "- Lưu: VT.", its
/// footer at every place of a page's foot in turn. With all but that line
/// beside the signature, the line once went to the next page by itself (a
/// layout helper's plan of 26 items); such a footer is now kept whole.
#[test]
fn a_split_list_never_leaves_its_last_line_alone() {
    let item = "      - Nhiệm vụ số {n} - kiểm tra, đôn đốc việc thực hiện các chỉ tiêu kinh tế - xã hội tháng 6 tại các thôn, bản.\n";
    let recipients: String =
        (1..=8).map(|n| format!("  - Đơn vị nhận số {n}\n")).collect();
    let closings = [
        "Trên đây là chương trình công tác tháng 6 năm 2026.",
        "Trên đây là chương trình công tác tháng 6 năm 2026, đề nghị các cơ quan, đơn vị triển khai thực hiện.",
    ];
    for count in 20..=32 {
        for closing in closings {
            let items: String =
                (1..=count).map(|n| item.replace("{n}", &n.to_string())).collect();
            let yaml = format!(
                "kind: chuong-trinh\nstyle: nha-nuoc\nperiod: 2026-06\nplace: Yên Thế\nissuer:\n  parent: UBND tỉnh Bắc Ninh\n  name: UBND xã Yên Thế\n  abbr: UBND\nsections:\n  - title: Nhiệm vụ trọng tâm\n    list: dash\n    items:\n{items}closing: {closing}\nrecipients:\n{recipients}archive: VT\nsigner:\n  by_authority_of: Chủ tịch\n  title: Chánh Văn phòng\n  name: Lý Văn Đông\n"
            );
            let laid = Laid::new(crate::support::library::view_of_text(&yaml));
            let lines: Vec<usize> =
                recipient_lines(&laid).into_iter().map(|(page, _)| page).collect();
            let last = *lines.last().expect("recipient lines");
            let on_last = lines.iter().filter(|page| **page == last).count();
            assert!(
                lines.first() == Some(&last) || on_last >= 2,
                "{count} items: one line alone on page {last}"
            );
        }
    }
}

/// "Bản điện tử:" stays with its first line, as a heading with what it
/// heads: the list made so long that the label falls at each of the last
/// places of a page in turn, it never ends a page alone (it did at the
/// foot of a Party plan's first page).
#[test]
fn the_electronic_label_never_ends_a_page_alone() {
    let with = |count: usize| {
        let mut view = with_recipients(count);
        view.footer.electronic_label = Some("Bản điện tử:".into());
        view.footer.electronic =
            vec!["- Trang thông tin điện tử;".into(), "- Các chi bộ.".into()];
        Laid::new(view)
    };
    let recipients = with(60);
    let lines = recipients.texts("plan-recipient");
    let first = lines.first().expect("recipient lines").page;
    let fit = lines.iter().filter(|i| i.page == first).count();
    for count in fit.saturating_sub(6)..=fit + 2 {
        let laid = with(count);
        let label = laid.texts("plan-electronic-label");
        let electronic = laid.texts("plan-electronic");
        let (Some(label), Some(next)) = (label.first(), electronic.first()) else {
            panic!("{count}: the electronic label and lines are drawn")
        };
        assert_eq!(label.page, next.page, "{count}: the label goes with its first line");
    }
}

/// Builds the seed with `recipients` and then "- Lưu VP/ĐU.", and checks
/// that the footer ran on: the last line drawn, every line inside the
/// bottom margin, over two pages or more.
fn assert_recipients_run_on(recipients: Vec<String>) {
    let mut view = may_2024_view();
    view.footer.recipients = recipients;
    view.footer.recipients.push("- Lưu VP/ĐU.".into());
    let laid = Laid::new(view);
    let lines = laid.texts("plan-recipient");
    assert!(
        lines.iter().any(|i| i.run().text.contains("Lưu VP/ĐU.")),
        "the last recipient line is drawn"
    );
    for line in &lines {
        assert!(line.y <= A4.1 - MARGIN.1 + 0.5, "inside the bottom margin: {}", line.y);
    }
    let pages: std::collections::BTreeSet<usize> = lines.iter().map(|i| i.page).collect();
    assert!(pages.len() >= 2, "the list runs on: pages {pages:?}");
}

/// A footer of few recipients that each wrap over many lines, taller than
/// a page, runs on too: the footer is measured whenever its bound from the
/// characters (`footer.typ` `most-height`) does not show it well within a
/// page, and the bound counts wrapped lines, not recipients. Counted one
/// line each, these twenty would pass for short and be cut off.
#[test]
fn a_footer_of_long_recipients_taller_than_a_page_runs_on() {
    let long = "các cơ quan, đơn vị, tổ chức chính trị - xã hội và các chi bộ trực thuộc \
                Đảng ủy phường trên địa bàn, để phối hợp thực hiện và báo cáo kết quả \
                về Văn phòng Đảng ủy trước ngày 25 hằng tháng";
    assert_recipients_run_on(
        (1..=20).map(|i| format!("- Nơi nhận số {i}: {long},")).collect(),
    );
}

/// The same for a footer made tall by line breaks in its texts (names keep
/// those typed in a `|` block, format-rules.md §8.4): the bound counts
/// each of their lines. Counted as one text, these ten would pass for
/// short and be cut off.
#[test]
fn a_footer_made_tall_by_typed_line_breaks_runs_on() {
    assert_recipients_run_on(
        (1..=10).map(|i| format!("- Tổ {i}:\n1\n2\n3\n4\n5\n6\n7\n8,")).collect(),
    );
}

/// A recipient line with a word wider than the left cell (a long code
/// pasted with no space, "-" or "/" to break at) breaks inside it and stays
/// in its cell, clear of the signature beside it [P]; every character is
/// drawn. It used to run 190 pt past its cell, across the signature's.
#[test]
fn a_long_word_in_a_recipient_stays_in_its_cell() {
    let mut view = may_2024_view();
    let code = "VBDT2026000123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCD";
    view.footer.recipients.insert(0, format!("- Hệ thống {code};"));
    let laid = Laid::new(view);
    // The Party footer's left cell: 85 mm from the left margin.
    let right = MARGIN.2 + 85.0 * MM;
    let lines = laid.texts("plan-recipient");
    let drawn: String = lines.iter().map(|i| i.run().text.as_str()).collect();
    assert!(drawn.replace(' ', "").contains(code), "every character drawn: {drawn}");
    for item in &lines {
        let end = item.x + item.width();
        assert!(end <= right + 0.5, "{:?} ends at {end}, past {right}", item.run().text);
    }
}

/// A word wider than its cell in a name of the header (parent, issuer) or
/// a line of the signature (authority, title, name) breaks inside and
/// stays in its cell [P], as a recipient's does; every character is drawn.
/// The issuer's ran out of the left cell, 64 mm into the left margin and
/// across the national heading, the authority's 11 mm past the right
/// margin.
#[test]
fn a_long_word_in_a_header_name_or_signer_line_stays_in_its_cell() {
    let mut view = may_2024_view();
    let code = "QUANGNINHVANDONDACKHUTRUNGTAMPHUCVUHANHCHINHCONG";
    view.header.parent = Some(format!("ĐẢNG BỘ {code}"));
    view.header.parent_lines = view.header.parent.clone();
    view.header.issuer = format!("ĐẢNG ỦY {code}");
    view.header.issuer_lines = view.header.issuer.clone();
    view.footer.signer.authority = vec![format!("T/M {code}")];
    view.footer.signer.title = format!("PHÓ BÍ THƯ {code}");
    view.footer.signer.name = format!("Hoàng {code}");
    let laid = Laid::new(view);
    // The header's left cell ends where the national heading's begins; the
    // footer's right cell starts 85 mm from the left margin.
    let heading = extent(&laid.texts("plan-national")).0;
    let cells = [
        ("plan-parent", LEFT, heading),
        ("plan-issuer", LEFT, heading),
        ("plan-authority", LEFT + 85.0 * MM, RIGHT),
        ("plan-signer-title", LEFT + 85.0 * MM, RIGHT),
        ("plan-signer-name", LEFT + 85.0 * MM, RIGHT),
    ];
    for (label, from, to) in cells {
        let items = laid.texts(label);
        let drawn: String = items.iter().map(|i| i.run().text.as_str()).collect();
        assert!(
            drawn.replace(' ', "").contains(code),
            "{label}: every character drawn: {drawn}"
        );
        let (left, right) = extent(&items);
        assert!(
            left >= from - TOL && right <= to + TOL,
            "{label}: {left}..{right} out of {from}..{to}"
        );
    }
}

/// §1.1: page numbers 14 pt, upright, centred, about 10 mm from the top
/// edge, not on page 1 [S].
#[test]
fn page_numbers_from_page_2_centred_10mm_from_the_top() {
    for laid in views() {
        let numbers = laid.texts("plan-page-number");
        assert!(numbers.iter().all(|n| n.page > 0), "no page number on page 1");
        assert_eq!(numbers.len(), laid.doc.pages().len() - 1, "one per page from page 2");
        for n in numbers {
            assert_eq!(n.run().text, (n.page + 1).to_string());
            assert_close(n.run().size, 14.0, "page number size");
            assert!(n.run().weight == 400 && !n.run().italic);
            assert_close(centre(&[n]), CENTRE, "page number centred");
            assert_close(n.y - n.run().cap_height, 10.0 * MM, "top of the figures");
        }
    }
}

/// §1.2 box 11 [S]: the draft mark goes to the top margin of page 1 and does
/// not move anything else.
#[test]
fn draft_mark_does_not_move_the_header() {
    let mut view = may_2024_view();
    view.draft = true;
    let draft = Laid::new(view);
    let clean = may_2024();
    let mark = draft.one("plan-draft");
    assert_eq!(mark.run().text, "DỰ THẢO");
    assert_eq!(mark.run().weight, 700);
    assert_eq!(mark.page, 0);
    let frame = draft.labelled("plan-draft");
    let bottom = frame
        .iter()
        .map(|i| match i.kind {
            Kind::Shape { height, .. } => i.y + height,
            _ => i.y + i.run().descender,
        })
        .fold(0.0, f64::max);
    assert!(bottom < MARGIN.0, "draft mark reaches {bottom:.2} pt, below the top margin");
    assert!(frame.iter().any(|i| matches!(i.kind, Kind::Shape { .. })), "framed");
    let rest = |laid: &Laid| -> Vec<(usize, i64, i64)> {
        laid.items
            .iter()
            .filter(|i| !i.has("plan-draft"))
            .map(|i| (i.page, (i.x * 100.0) as i64, (i.y * 100.0) as i64))
            .collect()
    };
    assert_eq!(rest(&draft), rest(clean), "the draft mark moved something");
}

/// `style.md` §6: a style without a template is an internal error that
/// names itself and points into the template.
#[test]
fn unknown_style_fails_clearly() {
    let view = View { style: "khac", ..may_2024_view() };
    let Err(RenderError::Template { diagnostics }) = renderer().compile(&view) else {
        panic!("an unknown style must fail");
    };
    let d = &diagnostics[0];
    assert!(d.message.contains("unknown style `khac`"), "{d}");
    assert_eq!(d.file.as_deref(), Some("/main.typ"));
    assert!(d.range.is_some() && d.line.is_some(), "{d}");
}

/// format-rules.md §12 [P]: a list of recipients longer than the signature
/// block is split where the page ends: the closing, the signature block
/// and the label with the first recipients stay on the page where the body
/// ends, and the list runs on to the next page, in the left column, at its
/// own pitch. The whole footer used to move to page 2, leaving half of
/// page 1 empty under a short body.
#[test]
fn a_long_recipient_list_runs_on_beside_a_signer_who_stays() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/party-no-number.yaml");
    let text = std::fs::read_to_string(path).expect("the example");
    let list: String =
        (1..=30).map(|i| format!("  - Chi bộ khu dân cư số {i} (thực hiện)\n")).collect();
    let text = text.replace(
        "recipients:\n  - Đảng ủy phường (b/c)\n  - Các đảng viên trong chi bộ\n",
        &format!("recipients:\n{list}"),
    );
    assert!(text.contains("số 30"), "the list is in the plan");
    let laid = Laid::new(crate::support::library::view_of_text(&text));
    let body = laid.texts("plan-item").last().map(|i| i.page).expect("body");
    let page_of = |label: &str| laid.one(label).page;
    assert_eq!(laid.texts("plan-closing")[0].page, body, "the closing after the body");
    for label in ["plan-recipients-label", "plan-authority", "plan-signer-name"] {
        assert_eq!(page_of(label), body, "{label} stays on the body's page");
    }
    // (The label stays open over the next page's number: the lines are
    // those with a dash, as in `a_footer_taller_than_a_page_runs_on`.)
    let lines: Vec<&Item> = laid
        .texts("plan-recipient")
        .into_iter()
        .filter(|i| i.run().text.starts_with("- "))
        .collect();
    let pages: std::collections::BTreeSet<usize> = lines.iter().map(|i| i.page).collect();
    assert_eq!(pages.len(), 2, "the list runs on to the next page: {pages:?}");
    // Beside the signature, at least as far down as its name.
    let name = laid.one("plan-signer-name");
    let here: Vec<&&Item> = lines.iter().filter(|i| i.page == body).collect();
    assert!(here.last().is_some_and(|i| i.y >= name.y - TOL), "{} lines", here.len());
    // One pitch between every two lines of a page, across the split.
    for page in pages {
        let ys = baselines(
            &lines.iter().copied().filter(|i| i.page == page).collect::<Vec<_>>(),
        );
        for pair in ys.windows(2) {
            assert_close(
                pair[1] - pair[0],
                14.0,
                &format!("recipient pitch on page {page}: {ys:?}"),
            );
        }
    }
    let drawn: String = lines.iter().map(|i| i.run().text.as_str()).collect();
    assert!(
        drawn.contains("số 30 (thực hiện)") && drawn.contains("Lưu Chi bộ."),
        "{drawn}"
    );
    // The Word file: the same split, the first row of the footer table
    // (label, signature and the first lines) kept whole, then one row a
    // recipient line (the last two in one), none split, so the list runs
    // on between recipients (LibreOffice prints the PDF's lines on each
    // page).
    let first_page = lines.iter().filter(|i| i.page == body).count();
    let bytes = plan::docx::docx(&laid.view).expect("docx");
    let xml = crate::docx::Package::read(&bytes).part("word/document.xml").to_owned();
    let table = xml
        .split("<w:tbl>")
        .find(|t| t.contains("Nơi nhận"))
        .and_then(|t| t.split("</w:tbl>").next())
        .expect("the footer table");
    let rows: Vec<&str> = table.split("<w:tr>").skip(1).collect();
    assert!(rows.len() > 2, "rows: {}", rows.len());
    assert!(rows.iter().all(|row| row.contains("<w:cantSplit")));
    let count = |row: &str| row.matches("- Chi bộ khu dân cư").count();
    let lines = |row: &str| count(row) + row.matches("Lưu Chi bộ.").count();
    // The last row holds the last two lines, which the PDF keeps together.
    let (last, between) = rows[1..].split_last().expect("rows after the first");
    assert!(between.iter().all(|row| lines(row) == 1));
    assert_eq!((count(last), lines(last)), (1, 2), "{last}");
    // Beside the signature, some of the lines the PDF has on that page
    // (the rows after it go on on the same page).
    assert!(
        (1..=first_page).contains(&count(rows[0])),
        "{} of {first_page}",
        count(rows[0])
    );
    assert!(rows[0].contains("BÍ THƯ") && rows[rows.len() - 1].contains("Lưu Chi bộ."));
}
