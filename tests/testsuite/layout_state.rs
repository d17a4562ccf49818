//! Layout assertions on compiled state documents (NĐ 30/2020/NĐ-CP, Phụ
//! lục I; `format-rules.md` §2, §3.2, §6.3): the quarterly plan and
//! the May 2024 program in state style built by hand (`support.rs`), and
//! both state examples compiled through the library. Each test cites the
//! rule it checks; tolerance ±0.5 pt. Values tagged [P] are the choices of
//! `templates/config.typ` (`nha-nuoc`), asserted exactly so a change shows.

use std::sync::OnceLock;

use crate::support::*;

/// Left edge of the text block.
const LEFT: f64 = MARGIN.2;
/// Right edge of the text block.
const RIGHT: f64 = A4.0 - MARGIN.3;
/// Horizontal centre of the text block.
const CENTRE: f64 = (LEFT + RIGHT) / 2.0;
/// The left header and footer cell: 70 mm (§3.2: ≈ 65–70 mm) [P].
const LEFT_CELL: f64 = 70.0 * MM;
/// The right cell: 95 mm (§3.2: ≈ 95–100 mm; §5: Quốc hiệu 88.3 mm) [P].
const RIGHT_CELL: f64 = 95.0 * MM;
/// Centre of the left cell.
const LEFT_CELL_CENTRE: f64 = LEFT + LEFT_CELL / 2.0;
/// Centre of the right cell.
const RIGHT_CELL_CENTRE: f64 = LEFT + LEFT_CELL + RIGHT_CELL / 2.0;
/// Header lines: single spacing, 15 pt baseline to baseline [P].
const HEADER_PITCH: f64 = 15.0;
/// The issuer and summary rules: 0.4 of the line above (§2.2: 1/3–1/2) [P].
const MARK_RATIO: f64 = 0.4;

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

/// `examples/state-quarterly-plan.yaml`, through `plan::check` and the
/// renderer, compiled once.
fn quarterly_example() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| Laid::new(view_of("examples/state-quarterly-plan.yaml")))
}

/// `examples/state-monthly-program.yaml`, compiled once.
fn monthly_example() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| Laid::new(view_of("examples/state-monthly-program.yaml")))
}

/// Every state document under test.
fn all() -> [&'static Laid; 4] {
    [state_quarterly(), state_may_2024(), quarterly_example(), monthly_example()]
}

fn centre(items: &[&Item]) -> f64 {
    let (l, r) = extent(items);
    (l + r) / 2.0
}

/// Text items grouped by baseline (and page), top to bottom.
fn lines<'a>(items: &[&'a Item]) -> Vec<Vec<&'a Item>> {
    let mut out: Vec<Vec<&Item>> = Vec::new();
    for item in items.iter().copied().filter(|i| i.text().is_some()) {
        match out
            .iter_mut()
            .find(|l| l[0].page == item.page && (l[0].y - item.y).abs() < TOL)
        {
            Some(line) => line.push(item),
            None => out.push(vec![item]),
        }
    }
    out.sort_by(|a, b| {
        (a[0].page, a[0].y).partial_cmp(&(b[0].page, b[0].y)).expect("finite")
    });
    out
}

/// The text of one line, its items joined and trimmed.
fn line_text(line: &[&Item]) -> String {
    line.iter().filter_map(|i| i.text()).collect::<String>().trim().to_owned()
}

/// Width of one line of text, first glyph to last.
fn line_width(line: &[&Item]) -> f64 {
    let (l, r) = extent(line);
    r - l
}

/// The single drawn line labelled `label`: the item, dx, dy, thickness.
#[track_caller]
fn rule<'a>(laid: &'a Laid, label: &str) -> (&'a Item, f64, f64, f64) {
    let found: Vec<_> = laid
        .labelled(label)
        .into_iter()
        .filter(|i| matches!(i.kind, Kind::Line { .. }))
        .collect();
    assert_eq!(found.len(), 1, "one line labelled <{label}>: {found:#?}");
    let Kind::Line { dx, dy, thickness } = found[0].kind else { unreachable!() };
    (found[0], dx, dy, thickness)
}

/// The lowest ink of a line of text (points, page coordinates).
fn ink_bottom(line: &[&Item]) -> f64 {
    line.iter().map(|i| i.y + i.run().ink_bottom).fold(f64::NEG_INFINITY, f64::max)
}

/// A rule directly under `line`: horizontal, 0.5 pt, its top clear of the
/// line's ink by less than `within` points.
#[track_caller]
fn assert_rule_under(
    rule: (&Item, f64, f64, f64),
    line: &[&Item],
    within: f64,
    what: &str,
) {
    let (item, _, dy, thickness) = rule;
    assert_eq!(dy, 0.0, "{what} is horizontal");
    assert_close(thickness, 0.5, &format!("{what} stroke"));
    assert_eq!(item.page, line[0].page, "{what} on the page of its text");
    let gap = item.y - thickness / 2.0 - ink_bottom(line);
    assert!(gap > 0.0, "{what} touches the ink above it ({gap:.2} pt)");
    assert!(gap < within, "{what} is {gap:.2} pt below the ink, more than {within}");
}

/// §2.1: A4, 210 × 297 mm, portrait [R].
#[test]
fn pages_are_a4() {
    for laid in all() {
        for page in laid.doc.pages() {
            assert_close(page.frame.width().to_pt(), A4.0, "page width");
            assert_close(page.frame.height().to_pt(), A4.1, "page height");
        }
    }
}

/// The hand-built §6.3 program must really span several pages, or the
/// page-number and pitch tests prove little.
#[test]
fn state_may_2024_view_has_at_least_three_pages() {
    let pages = state_may_2024().doc.pages().len();
    assert!(pages >= 3, "{pages} pages");
}

/// §2.1: margins top 20–25, bottom 20–25, left 30–35, right 15–20 mm [R];
/// we take 20/20/30/15 (config.typ). Every line box (ascender to
/// descender) and every drawn line stays inside the text area; only the
/// page number and the draft mark live in the top margin.
#[test]
fn text_stays_inside_the_margins() {
    for laid in all() {
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
            let what = format!(
                "{}: {:?} on page {}",
                laid.view.meta.title,
                item.text().unwrap_or("shape"),
                item.page + 1
            );
            assert!(left >= LEFT - TOL, "{what} starts at {left:.2} pt");
            assert!(right <= RIGHT + TOL, "{what} ends at {right:.2} pt");
            assert!(top >= MARGIN.0 - TOL, "{what} top at {top:.2} pt");
            assert!(bottom <= A4.1 - MARGIN.1 + TOL, "{what} bottom at {bottom:.2} pt");
        }
    }
}

/// §2.2 box 1 [R]: the Quốc hiệu opens page 1 at the top margin; 12 pt
/// above its baseline hold a 13 pt ascender (config.typ `header-lines`) [P].
#[test]
fn header_starts_at_the_top_margin() {
    for laid in all() {
        let national = lines(&laid.texts("plan-national"));
        assert_eq!(national[0][0].page, 0);
        assert_close(national[0][0].y, MARGIN.0 + 12.0, "Quốc hiệu baseline");
    }
}

/// §2.2 box 1 [R]: Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" 12 pt
/// (the 12/13 set), caps, bold, upright, on one line (§5: 88.3 mm) in the
/// right cell; Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" 13 pt bold upright,
/// as written, centred under it at single spacing (15 pt [P]).
#[test]
fn national_heading_is_12pt_and_motto_13pt_bold() {
    for laid in all() {
        let national = lines(&laid.texts("plan-national"));
        assert_eq!(national.len(), 2, "Quốc hiệu and Tiêu ngữ, one line each");
        let (quoc_hieu, motto) = (&national[0], &national[1]);
        assert_eq!(line_text(quoc_hieu), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assert_eq!(line_text(motto), "Độc lập - Tự do - Hạnh phúc");
        for (line, size) in [(quoc_hieu, 12.0), (motto, 13.0)] {
            for i in line {
                assert_close(i.run().size, size, &format!("{:?} size", i.run().text));
                assert_eq!(i.run().weight, 700, "{:?} is bold", i.run().text);
                assert!(!i.run().italic, "{:?} is upright", i.run().text);
            }
        }
        // §5 sums advance widths: 88.3 mm; Typst also applies the font's
        // kerning pairs, which take 0.6 mm off.
        assert_close(line_width(quoc_hieu) / MM, 87.7, "Quốc hiệu width (mm, §5)");
        assert!(line_width(quoc_hieu) <= RIGHT_CELL, "Quốc hiệu fits its cell");
        assert_close(line_width(motto) / MM, 56.1, "Tiêu ngữ width (mm, §5)");
        let (l, _) = extent(quoc_hieu);
        assert!(l >= LEFT + LEFT_CELL - TOL, "Quốc hiệu starts in the right cell");
        assert_close(
            centre(quoc_hieu),
            RIGHT_CELL_CENTRE,
            "Quốc hiệu centred in its cell",
        );
        assert_close(centre(motto), centre(quoc_hieu), "Tiêu ngữ centred under it");
        assert_close(motto[0].y - quoc_hieu[0].y, HEADER_PITCH, "single spacing");
    }
}

/// §2.2 box 1 [R]: under the Tiêu ngữ a solid rule exactly as long as the
/// motto text, directly under it (≈ 56.1 mm at 13 pt, §5).
#[test]
fn motto_rule_is_as_long_as_the_motto_and_under_it() {
    for laid in all() {
        let national = lines(&laid.texts("plan-national"));
        let motto = &national[1];
        let r = rule(laid, "plan-rule");
        let (l, _) = extent(motto);
        assert_close(r.1, line_width(motto), "rule length = motto width");
        assert_close(r.0.x, l, "rule starts under the motto's first letter");
        // Its centre 4.5 pt under the baseline (config.typ `rule-drop`) [P].
        assert_close(r.0.y, motto[0].y + 4.5, "rule position");
        assert_rule_under(r, motto, 2.0, "motto rule");
    }
}

/// §2.2 box 2 [R]: parent body 12 pt caps regular, level with the Quốc
/// hiệu; issuing body 12 pt caps bold under it at single spacing; both
/// centred in the left cell. A name too long for the cell wraps (allowed)
/// into lines of even length [P]: "ỦY BAN NHÂN DÂN / PHƯỜNG MỸ ĐỘ".
#[test]
fn parent_is_12pt_regular_and_issuer_12pt_bold_in_two_even_lines() {
    for laid in all() {
        let parent = lines(&laid.texts("plan-parent"));
        let issuer = lines(&laid.texts("plan-issuer"));
        let quoc_hieu = &lines(&laid.texts("plan-national"))[0];
        assert_eq!(parent.len(), 1, "parent on one line");
        assert_eq!(line_text(&parent[0]), "UBND THÀNH PHỐ BẮC GIANG");
        let issuer_text: Vec<_> = issuer.iter().map(|l| line_text(l)).collect();
        assert_eq!(issuer_text, ["ỦY BAN NHÂN DÂN", "PHƯỜNG MỸ ĐỘ"]);
        for (line, weight) in [(&parent[0], 400), (&issuer[0], 700), (&issuer[1], 700)] {
            for i in line {
                assert_close(i.run().size, 12.0, &format!("{:?} size", i.run().text));
                assert_eq!(i.run().weight, weight, "{:?} weight", i.run().text);
                assert!(!i.run().italic);
            }
            assert_close(centre(line), LEFT_CELL_CENTRE, "centred in the left cell");
            let (l, r) = extent(line);
            assert!(l >= LEFT - TOL && r <= LEFT + LEFT_CELL + TOL, "inside the cell");
        }
        assert_close(parent[0][0].y, quoc_hieu[0].y, "parent level with the Quốc hiệu");
        assert_close(issuer[0][0].y - parent[0][0].y, HEADER_PITCH, "single spacing");
        assert_close(issuer[1][0].y - issuer[0][0].y, HEADER_PITCH, "single spacing");
    }
}

/// §2.2 box 2 [R]: under the issuing body a solid rule 1/3–1/2 as long as
/// its line, centred; we draw 0.4 of the widest line [P], its centre 4.5 pt
/// under the last baseline [P].
#[test]
fn issuer_rule_is_0_4_of_the_issuer_line_centred_under_it() {
    for laid in all() {
        let issuer = lines(&laid.texts("plan-issuer"));
        let widest = issuer.iter().map(|l| line_width(l)).fold(0.0, f64::max);
        let last = issuer.last().expect("issuer lines");
        let r = rule(laid, "plan-issuer-rule");
        assert_close(r.1, MARK_RATIO * widest, "issuer rule length");
        let ratio = r.1 / widest;
        assert!((1.0 / 3.0..=0.5).contains(&ratio), "ratio {ratio:.3} outside 1/3–1/2");
        assert_close(
            r.0.x + r.1 / 2.0,
            LEFT_CELL_CENTRE,
            "issuer rule centred in the cell",
        );
        assert_close(
            r.0.x + r.1 / 2.0,
            centre(last),
            "issuer rule centred under the name",
        );
        assert_close(r.0.y, last[0].y + 4.5, "issuer rule position");
        assert_rule_under(r, last, 2.5, "issuer rule");
    }
}

/// §6.3: state documents have a drawn rule instead of HD 36's "*" under
/// the issuer and of "-----" under the summary.
#[test]
fn no_star_and_no_dashes() {
    for laid in all() {
        assert!(laid.labelled("plan-star").is_empty(), "no \"*\" line");
        assert!(laid.labelled("plan-dashes").is_empty(), "no \"-----\"");
        assert!(
            !laid.items.iter().filter_map(Item::text).any(|t| t.contains("-----")),
            "no \"-----\" anywhere"
        );
    }
}

/// §2.2 boxes 3 and 4 [R]: "Số: 05/KH-UBND" 13 pt upright, centred in the
/// left cell under the issuer's rule; the place and date 13 pt italic on
/// the same line (baseline), centred under the Quốc hiệu and Tiêu ngữ. The
/// number's baseline is two header lines under the issuer's last [P].
#[test]
fn number_and_date_share_a_baseline_and_the_date_is_centred_under_the_motto() {
    for laid in all() {
        let number = laid.texts("plan-number");
        let date = laid.texts("plan-date-line");
        assert_eq!(laid.text_of("plan-number"), laid.view.header.number);
        assert_eq!(laid.text_of("plan-date-line"), laid.view.header.date);
        assert!(laid.view.header.number.starts_with("Số: "), "colon after Số");
        for i in &number {
            assert_close(i.run().size, 13.0, "number size");
            assert!(i.run().weight == 400 && !i.run().italic, "number upright regular");
        }
        for i in &date {
            assert_close(i.run().size, 13.0, "date size");
            assert!(i.run().weight == 400 && i.run().italic, "date italic regular");
        }
        assert_eq!(baselines(&number).len(), 1, "number on one line");
        assert_eq!(baselines(&date).len(), 1, "date on one line");
        assert_close(date[0].y, number[0].y, "number and date baselines");
        let motto = &lines(&laid.texts("plan-national"))[1];
        assert_close(centre(&date), centre(motto), "date centred under the motto");
        assert_close(
            centre(&number),
            LEFT_CELL_CENTRE,
            "number centred in the left cell",
        );
        let issuer = lines(&laid.texts("plan-issuer"));
        let last = issuer.last().expect("issuer lines");
        assert_close(
            number[0].y - last[0].y,
            2.0 * HEADER_PITCH,
            "number under the rule",
        );
        assert!(number[0].y > rule(laid, "plan-issuer-rule").0.y + 10.0);
        assert!(
            date[0].y > rule(laid, "plan-rule").0.y + 10.0,
            "date under the motto rule"
        );
    }
}

/// §2.2 header: without a parent body the issuer takes the first line,
/// level with the Quốc hiệu; a name that fits stays on one line; number and
/// date still share a baseline.
#[test]
fn header_without_parent_and_a_short_issuer() {
    let mut view = state_quarterly_view();
    view.header.parent = None;
    view.header.issuer = "SỞ NỘI VỤ".to_owned();
    let laid = Laid::new(view);
    assert!(laid.labelled("plan-parent").is_empty());
    let issuer = laid.one("plan-issuer");
    assert_close(issuer.y, laid.texts("plan-national")[0].y, "issuer level");
    let r = rule(&laid, "plan-issuer-rule");
    assert_close(r.1, MARK_RATIO * issuer.width(), "rule under a one-line name");
    assert_close(
        laid.one("plan-number").y,
        laid.one("plan-date-line").y,
        "number and date",
    );
}

/// §2.2 box 5a [R]: the type ("KẾ HOẠCH", "CHƯƠNG TRÌNH") 14 pt caps bold,
/// centred; the summary 14 pt bold, centred, under it. One blank line
/// between the header and the type (36 pt baseline to baseline) [P].
#[test]
fn doc_type_and_summary_are_14pt_bold_centred() {
    for laid in all() {
        let doc_type = laid.one("plan-doc-type");
        assert_eq!(doc_type.run().text, laid.view.doc_type);
        assert_close(doc_type.run().size, 14.0, "type size");
        assert_eq!(doc_type.run().weight, 700, "type is bold");
        assert!(!doc_type.run().italic);
        assert_close(centre(&[doc_type]), CENTRE, "type centred");
        assert_close(doc_type.y - laid.one("plan-number").y, 36.0, "blank line above");

        let summary = laid.texts("plan-summary");
        let expected: String =
            laid.view.summary.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(laid.text_of("plan-summary"), expected);
        for s in &summary {
            assert_close(s.run().size, 14.0, "summary size");
            assert_eq!(s.run().weight, 700, "summary is bold");
            assert!(!s.run().italic);
        }
        assert_close(centre(&summary), CENTRE, "summary centred");
        assert_close(summary[0].y - doc_type.y, 18.0, "summary under the type");
    }
    assert_eq!(state_quarterly().one("plan-doc-type").run().text, "KẾ HOẠCH");
    assert_eq!(monthly_example().one("plan-doc-type").run().text, "CHƯƠNG TRÌNH");
}

/// §2.2 box 5a [R]: under the summary a drawn solid rule 1/3–1/2 of the
/// line, centred; we draw 0.4 of the widest line [P], its centre 6 pt under
/// the baseline [P], clear of the descenders of "q", "y".
#[test]
fn summary_rule_is_0_4_of_the_summary_line_centred_under_it() {
    for laid in all() {
        let summary = lines(&laid.texts("plan-summary"));
        let widest = summary.iter().map(|l| line_width(l)).fold(0.0, f64::max);
        let last = summary.last().expect("summary lines");
        let r = rule(laid, "plan-summary-rule");
        assert_close(r.1, MARK_RATIO * widest, "summary rule length");
        let ratio = r.1 / widest;
        assert!((1.0 / 3.0..=0.5).contains(&ratio), "ratio {ratio:.3} outside 1/3–1/2");
        assert_close(r.0.x + r.1 / 2.0, CENTRE, "summary rule centred");
        assert_close(r.0.y, last[0].y + 6.0, "summary rule position");
        assert_rule_under(r, last, 3.5, "summary rule");
    }
}

/// §2.2 box 5a: a summary too long for one line wraps into centred lines
/// of even length [P]; the rule measures the widest of them [R].
#[test]
fn a_long_summary_wraps_into_even_lines() {
    let mut view = state_quarterly_view();
    view.summary = vec![plan::view::Run::plain(
        "Công tác quý III năm 2024 về phòng, chống thiên tai, tìm kiếm cứu nạn và bảo đảm trật tự an toàn giao thông trên địa bàn phường",
    )];
    let laid = Laid::new(view);
    let summary = lines(&laid.texts("plan-summary"));
    assert_eq!(summary.len(), 2, "two lines");
    let widths: Vec<f64> = summary.iter().map(|l| line_width(l)).collect();
    // Greedy breaking would fill the first line (165 mm) and leave the
    // rest (≈ 110 mm) to the second; even lines differ by a word or so.
    assert!((widths[0] - widths[1]).abs() < 0.1 * (RIGHT - LEFT), "uneven: {widths:?}");
    assert!(widths[0] < 0.9 * (RIGHT - LEFT), "first line filled: {widths:?}");
    for line in &summary {
        assert_close(centre(line), CENTRE, "summary line centred");
    }
    let r = rule(&laid, "plan-summary-rule");
    assert_close(r.1, MARK_RATIO * widths.iter().copied().fold(0.0, f64::max), "rule");
    assert_rule_under(r, &summary[1], 3.5, "summary rule");
}

/// §2.2 box 6: the body's first baseline two body lines (36 pt) under the
/// summary's: a blank line with the rule in it [P]; the same whether the
/// body opens with a paragraph or a heading (the quarterly plan does).
#[test]
fn body_starts_a_blank_line_under_the_summary() {
    for laid in all() {
        let summary = lines(&laid.texts("plan-summary"));
        let first = laid.paragraphs(BODY)[0][0];
        assert_close(
            first.y - summary.last().expect("summary")[0].y,
            36.0,
            "summary to body",
        );
    }
    assert!(state_quarterly().paragraphs(BODY)[0][0].has("plan-heading"));
}

/// The body part is shared: in a Party document too, a body that opens
/// with a heading starts where an intro would, 36 pt under "-----"
/// (`format-rules.md` §6.1, `config.typ` `title-to-body`) [P].
#[test]
fn party_body_opening_with_a_heading_starts_where_an_intro_would() {
    let mut view = may_2024_view();
    view.body.remove(0);
    let laid = Laid::new(view);
    let first = laid.paragraphs(BODY)[0][0];
    assert!(first.has("plan-heading"));
    assert_close(first.y - laid.one("plan-dashes").y, 36.0, "dashes to body");
    assert_close(
        may_2024().paragraphs(BODY)[0][0].y - may_2024().one("plan-dashes").y,
        36.0,
        "dashes to intro",
    );
}

/// §2.2 box 6 [R]: body 13–14 pt, we use 14; bold and italic only where
/// the runs say.
#[test]
fn body_text_is_14pt() {
    for laid in all() {
        let paragraphs = laid.paragraphs(BODY);
        assert_eq!(paragraphs.len(), laid.view.body.len(), "one paragraph per block");
        for item in paragraphs.iter().flatten() {
            assert_close(item.run().size, 14.0, "body size");
        }
        assert!(laid.texts("plan-heading").iter().all(|i| i.run().weight == 700));
        // §2.4 [R]: "1." subsections in bold, upright (Party ones are italic).
        for par in laid.paragraphs(&["plan-subheading"]) {
            let run = par[0].run();
            assert!(
                run.weight == 700 && !run.italic,
                "{:?} starts in upright bold",
                run.text
            );
        }
    }
    let closing = state_quarterly().text_of("plan-closing");
    assert!(closing.ends_with("./."), "§2.2 end of text \"./.\": {closing:?}");
}

/// §2.2 box 6 [R]: line spacing single to 1.5 lines (≈ 16.1–24.2 pt at
/// 14 pt, §5), we take exactly 18 pt [P]; at least 6 pt between
/// paragraphs, we take 6 [R]: 24 pt from the last line of one paragraph to
/// the first of the next.
#[test]
fn body_lines_are_18pt_apart_and_paragraphs_6pt_more() {
    let mut checked = 0;
    for laid in all() {
        let paragraphs = laid.paragraphs(BODY);
        for par in &paragraphs {
            for pair in lines(par).windows(2) {
                if pair[0][0].page == pair[1][0].page {
                    assert_close(pair[1][0].y - pair[0][0].y, 18.0, "line pitch");
                    checked += 1;
                }
            }
        }
        for pair in paragraphs.windows(2) {
            let (a, b) = (pair[0].last().expect("text"), pair[1][0]);
            if a.page == b.page {
                assert_close(b.y - a.y, 24.0, "paragraph pitch (18 + 6)");
            }
        }
    }
    assert!(checked > 50, "only {checked} line pairs checked");
}

/// §2.2 box 6 [R]: first-line indent 1 cm on every paragraph (including
/// the first after a heading), justified: full lines end at the right
/// margin.
#[test]
fn every_paragraph_has_a_1cm_first_line_indent_and_is_justified() {
    for laid in all() {
        let paragraphs = laid.paragraphs(BODY);
        for par in &paragraphs {
            let first = par[0];
            assert_close(
                first.x,
                LEFT + 10.0 * MM,
                &format!("indent of {:?}", first.run().text),
            );
            for line in lines(par).iter().skip(1) {
                assert_close(extent(line).0, LEFT, "continuation lines at the margin");
            }
        }
    }
    let laid = state_may_2024();
    let long =
        laid.paragraphs(BODY).into_iter().max_by_key(Vec::len).expect("paragraphs");
    let long_lines = lines(&long);
    assert!(long_lines.len() > 5);
    for line in &long_lines[..long_lines.len() - 1] {
        assert_close(extent(line).1, RIGHT, "justified line end");
    }
}

/// §2.2 box 9b [R]: "Nơi nhận:" 12 pt, bold italic, not underlined, flush
/// left, level with the first authority line (box 7a).
#[test]
fn recipients_label_is_12pt_bold_italic_level_with_the_authority() {
    for laid in all() {
        let label = laid.one("plan-recipients-label");
        assert_eq!(label.run().text, "Nơi nhận:");
        assert_close(label.run().size, 12.0, "label size");
        assert_eq!(label.run().weight, 700, "label bold");
        assert!(label.run().italic, "label italic");
        assert!(
            laid.labelled("plan-recipients-label")
                .iter()
                .all(|i| !matches!(i.kind, Kind::Line { .. })),
            "label not underlined"
        );
        assert_close(label.x, LEFT, "label flush left");
        let authority = laid.texts("plan-authority");
        assert_close(authority[0].y, label.y, "label level with the authority line");
        assert_eq!(authority[0].page, label.page);
    }
}

/// §2.2 box 9b [R]: recipient lines 11 pt, upright, flush left, as the
/// view gives them ("- …;", last "- Lưu: VT, VP."); single spaced for
/// 11 pt, 13 pt apart [P].
#[test]
fn recipients_are_11pt_flush_left() {
    for laid in all() {
        let lines = laid.texts("plan-recipient");
        let texts: Vec<_> = lines.iter().map(|i| i.run().text.as_str()).collect();
        assert_eq!(texts, laid.view.footer.recipients);
        assert_eq!(texts.last(), Some(&"- Lưu: VT, VP."));
        assert!(texts[..texts.len() - 1].iter().all(|t| t.ends_with(';')));
        for line in &lines {
            assert_close(line.run().size, 11.0, "recipient size");
            assert!(line.run().weight == 400 && !line.run().italic, "recipient upright");
            assert_close(line.x, LEFT, "recipient flush left");
        }
        for pair in lines.windows(2) {
            assert_close(pair[1].y - pair[0].y, 13.0, "recipient pitch");
        }
    }
}

/// §2.2 box 7, §2.3, §6.3 [R]: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" and
/// the title "PHÓ CHỦ TỊCH" 14 pt bold caps (state: the title is bold),
/// three lines single spaced (16 pt [P]); the name 14 pt bold, 30 mm under
/// the title [P]; all centred in the right cell [R].
#[test]
fn signature_has_three_bold_14pt_lines_for_tm_and_kt() {
    for laid in [state_quarterly(), state_may_2024(), quarterly_example()] {
        let authority = laid.texts("plan-authority");
        let title = laid.one("plan-signer-title");
        let name = laid.one("plan-signer-name");
        let texts: Vec<_> = authority.iter().map(|i| i.run().text.as_str()).collect();
        assert_eq!(texts, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
        assert_eq!(title.run().text, "PHÓ CHỦ TỊCH");
        assert_eq!(name.run().text, laid.view.footer.signer.name);
        let three = [authority[0], authority[1], title];
        for pair in three.windows(2) {
            assert_close(pair[1].y - pair[0].y, 16.0, "signature line pitch");
        }
        assert_close(name.y - title.y, 30.0 * MM, "signature space");
        for item in three.into_iter().chain([name]) {
            assert_close(item.run().size, 14.0, "signature size");
            assert_eq!(item.run().weight, 700, "{:?} is bold", item.run().text);
            assert!(!item.run().italic);
            assert_close(centre(&[item]), RIGHT_CELL_CENTRE, "centred in the right cell");
        }
    }
}

/// §2.3, §6.3 [R]: the chairman signing for the committee: "TM. ỦY BAN
/// NHÂN DÂN / CHỦ TỊCH", two bold lines.
#[test]
fn chairman_signs_in_two_lines() {
    let laid = monthly_example();
    let authority = laid.one("plan-authority");
    let title = laid.one("plan-signer-title");
    assert_eq!(authority.run().text, "TM. ỦY BAN NHÂN DÂN");
    assert_eq!(title.run().text, "CHỦ TỊCH");
    assert_eq!(title.run().weight, 700);
    assert_close(title.y - authority.y, 16.0, "signature line pitch");
}

/// §3.2: the footer is one block on the last page, a blank line (36 pt
/// baseline to baseline) under the body [P].
#[test]
fn footer_is_kept_together_on_the_last_page() {
    for laid in all() {
        let last = laid.doc.pages().len() - 1;
        for label in [
            "plan-recipients-label",
            "plan-recipient",
            "plan-authority",
            "plan-signer-title",
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
            assert_close(label.y - last_body.y, 36.0, "body to footer");
        }
    }
}

/// A footer taller than a page (eighty recipients, two lines each) is not
/// cut off at the foot of the page: it runs on over the next pages, every
/// recipient line printed inside the text block, the "Lưu" line last [P].
#[test]
fn a_footer_taller_than_a_page_runs_on_instead_of_being_cut() {
    let mut view = state_may_2024_view();
    let archive = view.footer.recipients.pop().expect("the Lưu line");
    view.footer.recipients = (1..=80)
        .map(|i| format!("- UBND phường số {i} thuộc quận Ba Đình, thành phố Hà Nội;"))
        .collect();
    view.footer.recipients.push(archive.clone());
    let laid = Laid::new(view);
    let lines = laid.texts("plan-recipient");
    let printed: String = lines.iter().filter_map(|i| i.text()).collect();
    for i in 1..=80 {
        assert!(printed.contains(&format!("UBND phường số {i} thuộc")), "recipient {i}");
    }
    assert!(printed.ends_with(archive.trim_end()), "the Lưu line last: {printed}");
    let bottom = A4.1 - MARGIN.1;
    for line in &lines {
        assert!(line.y <= bottom, "a recipient line below the text block: {}", line.y);
    }
    let first = lines.first().expect("lines").page;
    assert!(lines.last().expect("lines").page > first, "runs on over the next page");
}

/// §2.1 [R]: page numbers 13–14 pt (14, the body's set), upright, centred
/// horizontally and in the top margin (the figures' cap height centred on
/// 10 mm), not on page 1.
#[test]
fn page_numbers_from_page_2_centred_in_the_top_margin() {
    for laid in all() {
        let numbers = laid.labelled("plan-page-number");
        let numbers: Vec<_> =
            numbers.into_iter().filter(|i| i.text().is_some()).collect();
        assert!(numbers.iter().all(|n| n.page > 0), "no page number on page 1");
        assert_eq!(numbers.len(), laid.doc.pages().len() - 1, "one per page from page 2");
        for n in numbers {
            assert_eq!(n.run().text, (n.page + 1).to_string());
            assert_close(n.run().size, 14.0, "page number size");
            assert!(n.run().weight == 400 && !n.run().italic);
            assert_close(centre(&[n]), CENTRE, "page number centred");
            assert_close(
                n.y - n.run().cap_height / 2.0,
                MARGIN.0 / 2.0,
                "centred in the margin",
            );
        }
    }
    assert!(state_may_2024().doc.pages().len() > 1);
}

/// §1.2 box 11 [S] and config.typ [P]: the draft mark goes to the top
/// margin of page 1, framed, and moves nothing else.
#[test]
fn draft_mark_does_not_move_anything() {
    let mut view = state_quarterly_view();
    view.draft = true;
    let draft = Laid::new(view);
    let mark = draft.one("plan-draft");
    assert_eq!(mark.run().text, "DỰ THẢO");
    assert_eq!(mark.page, 0);
    assert!(mark.y + mark.run().descender < MARGIN.0, "in the top margin");
    let rest = |laid: &Laid| -> Vec<(usize, i64, i64)> {
        laid.items
            .iter()
            .filter(|i| !i.has("plan-draft"))
            .map(|i| (i.page, (i.x * 100.0) as i64, (i.y * 100.0) as i64))
            .collect()
    };
    assert_eq!(rest(&draft), rest(state_quarterly()), "the draft mark moved something");
}

/// The examples go through `plan::check` as the command line does: the
/// view is the state one and matches the hand-built fixture of the
/// quarterly plan, so the tests above measure what users get.
#[test]
fn examples_compile_through_the_library() {
    let quarterly = quarterly_example();
    assert_eq!(quarterly.view.style, "nha-nuoc");
    assert_eq!(quarterly.view.rules, "nd30-2020");
    assert_eq!(quarterly.view, state_quarterly_view(), "fixture matches the example");
    let monthly = monthly_example();
    assert_eq!(monthly.view.header.number, "Số: 87/CTr-UBND");
    assert_eq!(monthly.doc.pages().len(), 1);
    let pdf = plan::render_pdf(renderer(), &monthly.view, None).expect("PDF");
    assert!(pdf.starts_with(b"%PDF-"));
}

/// §2.2 box 4: the date line stays on one line even for "Thành phố Hồ Chí
/// Minh" with the day left blank; the right cell widens, the left cell
/// keeps at least 55 mm (our choice [P], `config.typ` `left-cell-min`).
#[test]
fn long_date_line_stays_on_one_line() {
    let mut view = state_quarterly_view();
    view.header.date =
        format!("Thành phố Hồ Chí Minh, ngày {} tháng 12 năm 2024", plan::vi::BLANK);
    let laid = Laid::new(view);
    let date = laid.texts("plan-date-line");
    let baselines: Vec<f64> = date.iter().map(|i| i.y).collect();
    assert!(
        baselines.windows(2).all(|w| (w[0] - w[1]).abs() < 0.5),
        "one line: {baselines:?}"
    );
    assert_close(date[0].y, laid.one("plan-number").y, "still level with the number");
    let (left, right) = extent(&date);
    assert!(right <= RIGHT + 0.5, "inside the right margin: {right} > {RIGHT}");
    assert!(left >= LEFT + 55.0 * MM - 0.5, "the left cell keeps 55 mm: {left}");
}
