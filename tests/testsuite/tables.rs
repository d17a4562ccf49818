//! Tables, appendices and footnotes on the page (`plan-format.md`,
//! "Tables, appendices and footnotes"), read from the compiled examples and
//! from plans written here: the table header repeated on the next page and
//! never left alone, rows not split, landscape appendix pages,
//! "Phụ lục I"/"Phụ lục II" with the "(Kèm theo …)" line, page numbers
//! restarting per appendix, footnote notes on the page of their mark, for Party
//! and state documents.

// Tests write their own plan files; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use plan::view::{Block, Role, Run};

use crate::support::library::view_of_text;
use crate::support::*;

/// Text items of page `page` whose text contains `needle`.
fn on_page<'a>(laid: &'a Laid, page: usize, needle: &str) -> Vec<&'a Item> {
    laid.items
        .iter()
        .filter(|i| i.page == page && i.text().is_some_and(|t| t.contains(needle)))
        .collect()
}

fn task_table() -> Laid {
    Laid::new(view_of("examples/task-table.yaml"))
}

/// `plan-format.md`, "`table` (on a section or an appendix)": the header row is
/// repeated at the top of every page the table runs over, bold and centred in
/// its cell, and stays with a first row.
#[test]
fn table_header_repeats_on_every_page_of_a_long_table() {
    let laid = task_table();
    let cells = laid.texts("plan-table-cell");
    let first = cells.first().expect("cells").page;
    let last = cells.last().expect("cells").page;
    assert!(last > first, "the example's table runs over two pages: {first}..{last}");
    for page in first..=last {
        let titles = on_page(&laid, page, "Nội dung công việc");
        assert_eq!(titles.len(), 1, "header on page {page}");
        let title = titles[0];
        assert_eq!(title.run().weight, 700, "header bold");
        assert_close(title.run().size, 13.0, "table text size");
        // "Thời gian" spans its two columns; "TT" spans both header rows.
        assert_eq!(on_page(&laid, page, "Thời gian").len(), 1, "group header on {page}");
        let below: Vec<&&Item> =
            cells.iter().filter(|c| c.page == page && c.y > title.y).collect();
        assert!(!below.is_empty(), "page {page}: a body row under the header");
        // Every body cell of the page is under the header.
        assert!(cells.iter().filter(|c| c.page == page).all(|c| c.y > title.y));
    }
}

/// `plan-format.md`, "`table` (on a section or an appendix)": a row is never
/// split across pages: the two lines of a cell ("Công chức" /
/// "Lao động - TBXH", a `|` block) and every cell of one row share a page;
/// 0.5 pt rules; numbers run on across group rows.
#[test]
fn rows_stay_whole_and_numbers_run_across_group_rows() {
    let laid = task_table();
    let a = laid.texts("plan-table-cell");
    let first = a.iter().find(|i| i.text() == Some("Công chức")).expect("line 1");
    let second = a
        .iter()
        .find(|i| i.text().is_some_and(|t| t.starts_with("Lao động")))
        .expect("line 2");
    assert_eq!(first.page, second.page);
    assert_close(second.y - first.y, 15.0, "single-spaced line pitch in a cell");
    let numbers: Vec<&str> = a
        .iter()
        .filter_map(|i| i.text())
        .filter(|t| t.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let expected: Vec<String> = (1..=numbers.len()).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected);
    assert_eq!(numbers.len(), 29, "every row of the example numbered");
    let lines: Vec<&Item> = laid
        .labelled("plan-table")
        .into_iter()
        .filter(|i| matches!(i.kind, Kind::Line { .. }))
        .collect();
    assert!(!lines.is_empty());
    for line in lines {
        if let Kind::Line { thickness, .. } = line.kind {
            assert_close(thickness, 0.5, "table rule");
        }
    }
    // Cells of one row share a baseline and a page.
    let task = a
        .iter()
        .find(|i| i.text() == Some("Tổng kết công tác năm 2024"))
        .expect("the task");
    assert!(
        a.iter().any(|i| i.text() == Some("Văn phòng")
            && i.page == task.page
            && (i.y - task.y).abs() <= TOL),
        "one row, one page, one baseline"
    );
}

/// `plan-format.md`, "`table` (on a section or an appendix)": a group row is
/// bold, across the table, from its left edge.
#[test]
fn group_rows_are_bold_and_full_width() {
    let laid = task_table();
    let groups = laid.texts("plan-table-group");
    let texts: Vec<&str> = groups.iter().filter_map(|g| g.text()).collect();
    assert_eq!(texts, ["Quý I", "Quý II", "Quý III", "Quý IV"]);
    let left = MARGIN.2;
    for g in groups {
        assert_eq!(g.run().weight, 700);
        assert_close(g.x, left + 1.5 * MM, "group text starts after the cell padding");
    }
}

fn appendices() -> Laid {
    let mut view = view_of("examples/appendices.yaml");
    // Appendix I long enough for a second page, to see its page number.
    let items = (1..=40).map(|n| {
        Block::new(Role::Item, vec![Run::plain(format!("- Nhiệm vụ bổ sung số {n}."))])
    });
    view.appendices[0].body.extend(items);
    Laid::new(view)
}

/// `plan-format.md`, "`appendices` (top level)": each appendix starts a new
/// page: "Phụ lục I", "Phụ lục II" 14 pt bold centred, the title upper case
/// bold, the "(Kèm theo …)" line italic, built from the plan's own type,
/// number, date and issuer.
#[test]
fn appendix_headings_with_the_reference_line() {
    let laid = appendices();
    let labels = laid.texts("plan-appendix-label");
    let texts: Vec<&str> = labels.iter().filter_map(|l| l.text()).collect();
    assert_eq!(texts, ["Phụ lục I", "Phụ lục II"]);
    let signature = laid.one("plan-signer-name");
    assert!(labels[0].page > signature.page, "after the signature block");
    assert!(labels[1].page > labels[0].page, "each on a new page");
    for label in &labels {
        assert_eq!(label.run().weight, 700);
        assert_close(label.run().size, 14.0, "label size");
        let page_width = laid.doc.pages()[label.page].frame.width().to_pt();
        let centre = (MARGIN.2 + page_width - MARGIN.3) / 2.0;
        assert_close(label.x + label.width() / 2.0, centre, "label centred");
    }
    let reference = laid.texts("plan-appendix-reference");
    let line: String = reference
        .iter()
        .filter(|r| r.page == labels[0].page)
        .filter_map(|r| r.text())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>().join(" "),
        "(Kèm theo Kế hoạch số 87/KH-UBND ngày 01 tháng 7 năm 2024 của Ủy ban nhân dân xã Tân Tiến)"
    );
    assert!(reference.iter().all(|r| r.run().italic && r.run().weight == 400));
    let title = laid.text_of("plan-appendix-title");
    assert!(title.contains("DANH MỤC NHIỆM VỤ TRỌNG TÂM"), "{title}");
    // The `|` block's line break: the title is on two lines.
    let title_lines = baselines(&laid.texts("plan-appendix-title"));
    assert_eq!(title_lines.len(), 3, "two lines for I, one for II: {title_lines:?}");
}

/// `plan-format.md`, "`appendices` (top level)": `landscape: true` gives A4
/// landscape pages; the others stay portrait; the landscape table fills the
/// wider text block.
#[test]
fn landscape_appendix_pages() {
    let laid = appendices();
    let second = laid.texts("plan-appendix-label")[1].page;
    for (index, page) in laid.doc.pages().iter().enumerate() {
        let (w, h) = (page.frame.width().to_pt(), page.frame.height().to_pt());
        if index >= second {
            assert_close(w, A4.1, "landscape width");
            assert_close(h, A4.0, "landscape height");
        } else {
            assert_close(w, A4.0, "portrait width");
        }
    }
    // The table's right edge is at the right margin of the landscape page.
    let right = laid
        .labelled("plan-table")
        .iter()
        .filter(|i| i.page == second)
        .map(|i| i.x + i.width())
        .fold(f64::NEG_INFINITY, f64::max);
    assert_close(right, A4.1 - MARGIN.3, "table right edge");
    // `header: true`: the issuer block again, with no number or date line.
    let issuers = laid.texts("plan-issuer");
    assert!(issuers.iter().any(|i| i.page == second), "header repeated");
    assert!(laid.texts("plan-number").iter().all(|n| n.page == 0));
    // Its cells share the landscape text block as page 1's share the
    // portrait one (70 : 95): the national heading over the right part of
    // the page, centred in its cell [P].
    let width = A4.1 - MARGIN.2 - MARGIN.3;
    let right_cell = width * 95.0 / 165.0;
    let centre = MARGIN.2 + (width - right_cell) + right_cell / 2.0;
    let national: Vec<_> =
        laid.texts("plan-national").into_iter().filter(|i| i.page == second).collect();
    let (from, to) = extent(&national);
    assert_close((from + to) / 2.0, centre, "national heading centred in the right cell");
    // Its lines at the heights of page 1's: the same pitch and the same top
    // (the header's line settings apply to the repeated header too).
    for label in ["plan-parent", "plan-issuer", "plan-national"] {
        let on = |page: usize| -> Vec<f64> {
            let items: Vec<_> =
                laid.texts(label).into_iter().filter(|i| i.page == page).collect();
            baselines(&items)
        };
        let (first, repeated) = (on(0), on(second));
        assert!(!first.is_empty(), "{label} on page 1");
        assert_eq!(
            first.len(),
            repeated.len(),
            "{label}: {first:?} against {repeated:?}"
        );
        for (a, b) in first.iter().zip(&repeated) {
            assert_close(*b, *a, &format!("{label} baseline on the appendix page"));
        }
    }
}

/// `plan-format.md`, "`appendices` (top level)": page numbers restart in each
/// appendix; its first page has none.
#[test]
fn page_numbers_restart_in_each_appendix() {
    let laid = appendices();
    let labels = laid.texts("plan-appendix-label");
    let (first, second) = (labels[0].page, labels[1].page);
    assert!(second - first >= 2, "appendix I has two pages");
    let number_on = |page: usize| -> Option<String> {
        laid.labelled("plan-page-number")
            .iter()
            .find(|n| n.page == page)
            .and_then(|n| n.text().map(str::to_owned))
    };
    assert_eq!(number_on(0), None);
    for page in 1..first {
        assert_eq!(number_on(page), Some((page + 1).to_string()), "body page {page}");
    }
    assert_eq!(number_on(first), None, "first page of appendix I");
    for page in first + 1..second {
        assert_eq!(number_on(page), Some((page - first + 1).to_string()));
    }
    assert_eq!(number_on(second), None, "first page of appendix II");
}

/// `plan-format.md`, "`appendices` (top level)": numbers restart in the second
/// appendix too, after one of several pages: its first page carries none, its
/// second "2", and so on, on its landscape pages as on portrait ones. The reset
/// used to fall on the second appendix's first page, so that its second page
/// read 1 and carried no number, and its third read "2".
#[test]
fn page_numbers_restart_in_an_appendix_after_a_long_one() {
    let mut view = view_of("examples/appendices.yaml");
    for appendix in view.appendices.iter_mut() {
        let items = (1..=40).map(|n| {
            Block::new(
                Role::Item,
                vec![Run::plain(format!("- Nhiệm vụ bổ sung số {n}."))],
            )
        });
        appendix.body.extend(items);
    }
    let laid = Laid::new(view);
    let pages = laid.doc.pages().len();
    let labels = laid.texts("plan-appendix-label");
    let (first, second) = (labels[0].page, labels[1].page);
    assert!(second - first >= 2 && pages - second >= 2, "both appendices have two pages");
    let number_on = |page: usize| -> Option<String> {
        laid.labelled("plan-page-number")
            .iter()
            .find(|n| n.page == page)
            .and_then(|n| n.text().map(str::to_owned))
    };
    for (start, end) in [(0, first), (first, second), (second, pages)] {
        assert_eq!(number_on(start), None, "first page {}", start + 1);
        for page in start + 1..end {
            let expected = (page - start + 1).to_string();
            assert_eq!(number_on(page), Some(expected), "page {} of the PDF", page + 1);
        }
    }
}

const PARTY: &str = r#"
kind: chuong-trinh
style: dang
period: 2024-05
number: 45
date: 2024-05-02
place: Mỹ Độ
issuer:
  parent: Đảng bộ thành phố Bắc Giang
  name: Đảng ủy phường Mỹ Độ
  abbr: ĐU
sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục quán triệt các nghị quyết^[Nghị quyết Đại hội Đảng bộ phường lần thứ XXIV.].
closing: Trên đây là chương trình công tác tháng 5/2024.
recipients:
  - Các chi bộ trực thuộc
archive: VP/ĐU
signer:
  on_behalf: Đảng ủy
  title: Phó Bí thư
  name: Hoàng Trọng Hiếu
appendices:
  - title: Danh mục các cuộc kiểm tra
    table:
      columns:
        - { title: TT, width: 12mm }
        - { title: Nội dung }
        - { title: Chi bộ, width: 50mm }
      number: true
      rows:
        - ["Kiểm tra việc thực hiện nghị quyết^[Theo Kế hoạch kiểm tra năm 2024.]", Chi bộ Tổ dân phố số 1]
"#;

/// `plan-format.md`, "`appendices` (top level)", Party form: "Phụ lục" alone
/// (one appendix), the number written as on the number line, with a comma after
/// it.
#[test]
fn party_appendix_alone_with_its_reference_line() {
    let laid = Laid::new(view_of_text(PARTY));
    assert_eq!(laid.text_of("plan-appendix-label"), "Phụ lục");
    let line: String = laid
        .texts("plan-appendix-reference")
        .iter()
        .filter_map(|r| r.text())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        line.split_whitespace().collect::<Vec<_>>().join(" "),
        "(Kèm theo Chương trình số 45-CTr/ĐU, ngày 02 tháng 5 năm 2024 của Đảng ủy phường Mỹ Độ)"
    );
    assert_eq!(laid.text_of("plan-appendix-title"), "DANH MỤC CÁC CUỘC KIỂM TRA");
}

/// The note of every footnote mark (labelled <plan-footnote>): its 10 pt
/// text, found by the note's first words.
fn assert_notes_on_the_pages_of_their_marks(laid: &Laid, notes: &[&str]) {
    let marks = laid.texts("plan-footnote");
    let numbers: Vec<&str> = marks.iter().filter_map(|m| m.text()).collect();
    let expected: Vec<String> = (1..=notes.len()).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected, "marks numbered through the document");
    for (index, note) in notes.iter().enumerate() {
        let mark =
            marks.iter().find(|m| m.text() == Some(&expected[index])).expect("mark");
        let text = laid
            .texts("plan-footnote-note")
            .into_iter()
            .find(|i| i.text().is_some_and(|t| t.contains(note)))
            .unwrap_or_else(|| panic!("note {note:?}"));
        assert_close(text.run().size, 10.0, "note size");
        assert_eq!(text.page, mark.page, "note {note:?} on the page of its mark");
        assert!(text.y > mark.y, "the note under its mark");
        // At the foot of the page: under every body line of the page.
        let lowest_body = laid
            .items
            .iter()
            .filter(|i| i.page == mark.page && i.text().is_some())
            .filter(|i| !i.has("plan-footnote-note") && !i.has("plan-page-number"))
            .map(|i| i.y)
            .fold(f64::NEG_INFINITY, f64::max);
        assert!(text.y > lowest_body, "note {note:?} below the text of its page");
    }
}

/// `plan-format.md`, "Footnotes `^[…]`": footnotes numbered through the
/// document (body, table cells, appendix), each note 10 pt at the foot of its
/// mark's page: Party.
#[test]
fn party_footnotes_on_the_pages_of_their_marks() {
    let laid = Laid::new(view_of_text(PARTY));
    assert_notes_on_the_pages_of_their_marks(
        &laid,
        &["Nghị quyết Đại hội Đảng bộ", "Theo Kế hoạch kiểm tra"],
    );
}

/// `plan-format.md`, "Footnotes `^[…]`": the same in a state document whose
/// marks fall at the foot of a page, where a mark on the last line pulls its
/// note onto its own page.
#[test]
fn state_footnotes_on_the_pages_of_their_marks_also_at_a_page_foot() {
    let mut view = view_of("examples/footnotes.yaml");
    let notes: Vec<String> =
        (1..=12).map(|n| format!("Ghi chú kiểm tra số {n}")).collect();
    let filler = "Tiếp tục thực hiện có hiệu quả các nhiệm vụ trọng tâm, bảo đảm tiến độ \
                  và chất lượng theo kế hoạch đã đề ra, báo cáo kết quả đúng thời hạn.";
    let mut body = Vec::new();
    for note in &notes {
        for _ in 0..3 {
            body.push(Block::new(Role::Item, vec![Run::plain(filler)]));
        }
        body.push(Block::new(
            Role::Item,
            vec![Run::plain(filler), Run::footnote(vec![Run::plain(format!("{note}."))])],
        ));
    }
    // Before the example's own body, whose notes come after these.
    let own = std::mem::take(&mut view.body);
    view.body = body;
    view.style = "nha-nuoc";
    view.rules = "nd30-2020";
    let laid = Laid::new(view.clone());
    let mut all: Vec<&str> = notes.iter().map(String::as_str).collect();
    assert_notes_on_the_pages_of_their_marks(&laid, &all);
    assert!(laid.doc.pages().len() >= 3);
    view.body.extend(own);
    let laid = Laid::new(view);
    all.extend(["Chương trình số 30-CTr/ĐU", "Về tiếp tục đẩy mạnh", "Theo hướng dẫn"]);
    assert_notes_on_the_pages_of_their_marks(&laid, &all);
}

/// `plan-format.md`, "Footnotes `^[…]`": `^^[` prints `^[`, brackets inside a
/// note pair up.
#[test]
fn literal_caret_bracket_and_brackets_in_notes() {
    let laid = Laid::new(view_of("examples/footnotes.yaml"));
    let all: String =
        laid.items.iter().filter_map(Item::text).collect::<Vec<_>>().join("");
    assert!(all.contains("^[số]^[ký"), "{all}");
    assert!(all.contains("[Phụ lục 2]"), "{all}");
}

/// `plan-format.md`, "Pages that hold together": a group row ("Học kỳ I") is
/// never the last row of a page: pushed down the page one line at a time by a
/// growing intro, every group row of a long table has a row of its group under
/// it on its page.
#[test]
fn a_group_row_goes_to_the_next_page_with_its_first_row() {
    let mut rows = String::new();
    for group in 0..6 {
        rows += &format!("      - {{ group: Nhóm việc {group} }}\n");
        for row in 0..4 {
            rows +=
                &format!("      - [Việc {group}.{row} của nhóm, Tháng {}]\n", row + 1);
        }
    }
    let mut groups_checked = 0;
    for lines in 0..12 {
        let intro =
            "Triển khai thực hiện các nhiệm vụ trọng tâm của năm. ".repeat(1 + lines * 2);
        let yaml = format!(
            "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
             place: Tân Tiến\nissuer:\n  parent: UBND huyện Yên Dũng\n  name: Ủy ban nhân dân xã Tân Tiến\n  \
             abbr: UBND\nsections:\n  - title: Nhiệm vụ\n    intro: {intro}\n    table:\n      \
             columns:\n        - {{ title: TT, width: 12mm }}\n        - {{ title: Nội dung }}\n        \
             - {{ title: Thời gian, width: 30mm }}\n      number: true\n      rows:\n{rows}\
             recipients: [Như trên]\narchive: VT\nsigner:\n  on_behalf: Ủy ban nhân dân\n  \
             title: Chủ tịch\n  name: Nguyễn Văn A\n"
        );
        let laid = Laid::new(view_of_text(&yaml));
        let cells = laid.texts("plan-table-cell");
        for group in laid.texts("plan-table-group") {
            let under = cells.iter().any(|c| c.page == group.page && c.y > group.y);
            assert!(
                under,
                "intro of {lines} lines: a group row ends page {}",
                group.page + 1
            );
            groups_checked += 1;
        }
    }
    assert!(groups_checked >= 6 * 12, "{groups_checked}");
}

/// A row left blank (to fill in by hand) is as tall as a row of one line,
/// as Word draws it, not a sliver of cell padding [P].
#[test]
fn an_empty_row_is_a_line_tall() {
    let yaml = "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
        place: Tân Tiến\nissuer:\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n\
        sections:\n  - title: Nhiệm vụ\n    table:\n      columns:\n        \
        - { title: Nội dung }\n        - { title: Ghi chú, width: 30mm }\n      rows:\n        \
        - [Việc đầu, Một]\n        - ['', '']\n        - [Việc cuối, Hai]\n\
        closing: Hết.\nrecipients: [Như trên]\narchive: VT\nsigner:\n  title: Chủ tịch\n  \
        name: Nguyễn Văn A\n";
    let laid = Laid::new(view_of_text(yaml));
    let cells = laid.texts("plan-table-cell");
    let y =
        |needle: &str| cells.iter().find(|c| c.text() == Some(needle)).expect(needle).y;
    // A one-line row: the 15 pt pitch and 1.5 mm of padding above and below.
    let row = 15.0 + 2.0 * 1.5 * MM;
    assert_close(y("Hai") - y("Một"), 2.0 * row, "two rows, the empty one a line tall");
}

/// A word wider than its column (a 34-character code in a 20 mm column)
/// breaks inside its cell, as Word breaks it, instead of running past the
/// table's edge; after a "-" first ("45/BC-" then "UBND"), between any two
/// characters only inside a part too wide alone. The characters stay the
/// same and in order [P].
#[test]
fn a_long_word_breaks_inside_a_narrow_cell() {
    let code = "QĐ-UBND-2024-000123456789-ABCDEFGH";
    let yaml = narrow_column_plan(
        "Số hiệu",
        &format!(
            "[Rà soát văn bản, {code}, Đúng hạn]\n        - [Báo cáo, 45/BC-UBND, Xong]"
        ),
    );
    let laid = Laid::new(view_of_text(&yaml));
    let cells = laid.texts("plan-table-cell");
    let at =
        |needle: &str| cells.iter().position(|c| c.text() == Some(needle)).expect(needle);
    // The "Số hiệu" column ends where the "Ghi chú" cell's padding starts.
    let edge = cells[at("Đúng hạn")].x - 1.5 * MM;
    // The lines of the cell between `from` and `to`, each line's text joined.
    let lines = |from: &str, to: &str| {
        for item in &cells[at(from) + 1..at(to)] {
            assert!(
                item.x + item.width() <= edge + TOL,
                "{:?} past the cell",
                item.text()
            );
        }
        joined_lines(&cells[at(from) + 1..at(to)])
    };
    let broken = lines("Rà soát văn bản", "Đúng hạn");
    assert!(broken.len() >= 4, "{broken:?}");
    assert_eq!(broken.concat(), code);
    assert_eq!(broken[..2], ["QĐ-", "UBND-"]);
    assert_eq!(lines("Báo cáo", "Xong"), ["45/BC-", "UBND"]);
}

/// A column title with a word wider than its column (a 34-character code
/// as the title of a 20 mm column) breaks inside its header cell, as body
/// cells do, instead of running across the titles beside it [P]. The
/// characters stay the same and in order.
#[test]
fn a_long_word_breaks_inside_a_narrow_header_cell() {
    let code = "QĐ-UBND-2024-000123456789-ABCDEFGH";
    let yaml = narrow_column_plan(code, "[Rà soát văn bản, Xong, Đúng hạn]");
    let laid = Laid::new(view_of_text(&yaml));
    let cells = laid.texts("plan-table-cell");
    let x =
        |needle: &str| cells.iter().find(|c| c.text() == Some(needle)).expect(needle).x;
    // The column lies between the padding of its body cell ("Xong") and
    // that of the cell after it ("Đúng hạn").
    let (left, right) = (x("Xong") - 1.5 * MM, x("Đúng hạn") - 1.5 * MM);
    assert_close(right - left, 20.0 * MM, "the column's width");
    let headers = laid.texts("plan-table-header");
    let at = |needle: &str| {
        headers.iter().position(|h| h.text() == Some(needle)).expect(needle)
    };
    let title = &headers[at("Nội dung") + 1..at("Ghi chú")];
    for item in title {
        assert!(
            item.x >= left - TOL && item.x + item.width() <= right + TOL,
            "{:?} out of its header cell ({:.1}–{:.1} pt, the cell {left:.1}–{right:.1})",
            item.text(),
            item.x,
            item.x + item.width()
        );
    }
    let lines = joined_lines(title);
    assert!(lines.len() >= 4, "{lines:?}");
    assert_eq!(lines.concat(), code);
}

/// A link whose key, 120 characters without a break point, is wider than a
/// line of a note on its own.
fn long_link() -> String {
    format!("https://dichvucong.gov.vn/tra-cuu?ma={}", "0123456789ABCDEFGHIJ".repeat(6))
}

/// A commune's state plan whose one section holds `items` (each written in
/// double quotes).
fn plan_with_items(items: &[String]) -> String {
    let items: String = items.iter().map(|i| format!("      - \"{i}\"\n")).collect();
    format!(
        "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
        place: Tân Tiến\nissuer:\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n\
        sections:\n  - title: Nhiệm vụ\n    items:\n{items}\
        closing: Hết.\nrecipients: [Như trên]\narchive: VT\nsigner:\n  title: Chủ tịch\n  \
        name: Nguyễn Văn A\n"
    )
}

/// A footnote whose note holds a word wider than the page's text (a link
/// with a key of 120 characters and no break point) breaks it inside, as the body does, instead of
/// running past the right margin and off the page [P]. The characters stay
/// the same and in order.
#[test]
fn a_long_word_breaks_inside_a_footnote() {
    let link = long_link();
    let laid = Laid::new(view_of_text(&plan_with_items(&[format!(
        "Nộp hồ sơ trực tuyến^[Xem tại {link}.]"
    )])));
    // A4 less the right margin (format-rules.md §2.1: 15 mm).
    let margin = A4.0 - 15.0 * MM;
    let note = laid.texts("plan-footnote-note");
    for item in &note {
        assert!(
            item.x + item.width() <= margin + TOL,
            "{:?} ends at {:.1} pt, past the right margin at {margin:.1} pt",
            item.text(),
            item.x + item.width()
        );
    }
    let lines: std::collections::BTreeSet<i64> =
        note.iter().map(|i| (i.y * 10.0).round() as i64).collect();
    assert!(lines.len() >= 2, "the note is on one line: {lines:?}");
    let text: String = note.iter().filter_map(|i| i.text()).collect();
    assert!(text.replace(' ', "").contains(&link), "{text}");
}

/// A note whose only line break falls inside a long word (a link) starts
/// the word on its first line and breaks it at the margin, as the body
/// does: Typst moved the link whole to the next line and justified the
/// first line, "Xem" at the left margin and "tại" at the right one, 380 pt
/// apart (format-rules.md §9 "long words", §11) [P].
#[test]
fn a_note_broken_inside_a_long_word_fills_its_first_line() {
    let link = long_link();
    let laid = Laid::new(view_of_text(&plan_with_items(&[
        format!("Nộp hồ sơ trực tuyến^[Xem tại {link}.]"),
        format!("Văn bản^[Danh mục thủ tục được công bố tại Cổng dịch vụ công: {link}]"),
    ])));
    let margin = A4.0 - 15.0 * MM;
    let notes = laid.texts("plan-footnote-note");
    let mut tops: Vec<f64> = notes.iter().map(|i| i.y).collect();
    tops.sort_by(f64::total_cmp);
    tops.dedup_by(|a, b| (*a - *b).abs() < TOL);
    // Each note's first line: the line above each line that starts a note
    // ("Xem", "Danh").
    let mut firsts = 0;
    for y in tops {
        let mut line: Vec<&Item> =
            notes.iter().copied().filter(|i| (i.y - y).abs() < TOL).collect();
        line.sort_by(|a, b| a.x.total_cmp(&b.x));
        let text: String = line.iter().filter_map(|i| i.text()).collect();
        // After the note's raised number.
        let text =
            text.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        if !(text.starts_with("Xem") || text.starts_with("Danh")) {
            continue;
        }
        firsts += 1;
        assert!(text.contains("https"), "the link starts on the first line: {text:?}");
        for pair in line.windows(2) {
            let gap = pair[1].x - (pair[0].x + pair[0].width());
            assert!(gap < 5.0, "{gap:.1} pt between words of {text:?}");
        }
        let end = line.last().map_or(0.0, |i| i.x + i.width());
        assert!(
            end <= margin + TOL && end > margin - 10.0,
            "{text:?} ends at {end:.1} pt"
        );
    }
    assert_eq!(firsts, 2, "two notes");
}

/// A cell taller than a page runs on over the next pages, the cells beside
/// it with it: Typst breaks a row only when every cell in it may break, and
/// the row used to go whole to the next page, the words past its foot cut
/// off (100 of 600 printed).
#[test]
fn a_cell_taller_than_a_page_runs_on_and_loses_nothing() {
    let words: Vec<String> = (0..600).map(|i| format!("từ{i}")).collect();
    let yaml = format!(
        "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
        place: Tân Tiến\nissuer:\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n\
        sections:\n  - title: Nhiệm vụ\n    table:\n      columns:\n        \
        - {{ title: Nội dung }}\n        - {{ title: Ghi chú, width: 20mm }}\n      rows:\n        \
        - [Việc một, \"{}\"]\n        - [Việc hai, ngắn]\n\
        closing: Hết.\nrecipients: [Như trên]\narchive: VT\nsigner:\n  title: Chủ tịch\n  \
        name: Nguyễn Văn A\n",
        words.join(" ")
    );
    let laid = Laid::new(view_of_text(&yaml));
    // A4's height less the bottom margin (format-rules.md §2.1).
    let bottom = A4.1 - 20.0 * MM;
    let printed: Vec<&Item> = laid
        .texts("plan-table-cell")
        .into_iter()
        .filter(|item| item.text().is_some_and(|t| t.starts_with("từ")))
        .collect();
    for item in &printed {
        assert!(
            item.y <= bottom + TOL,
            "{:?} below the page's body on page {}",
            item.text(),
            item.page + 1
        );
    }
    let text: String =
        printed.iter().filter_map(|item| item.text()).collect::<Vec<_>>().join(" ");
    for word in &words {
        assert!(text.split_whitespace().any(|w| w == word), "{word} is not printed");
    }
    let pages: std::collections::BTreeSet<usize> =
        printed.iter().map(|item| item.page).collect();
    assert!(pages.len() >= 4, "the cell runs over {pages:?}");
}

/// `plan-format.md`, "Footnotes `^[…]`": a footnote in a header cell of a
/// table that runs over pages has one note and one number. The header printed
/// again on the next page shows the same mark and adds no note (it used to add
/// the note again on every page, with a new number each time, so the footnotes
/// after the table were numbered wrong).
#[test]
fn a_footnote_in_a_repeated_table_header_is_one_note() {
    let rows: String =
        (1..=45).map(|n| format!("        - [Việc số {n}, Văn phòng]\n")).collect();
    let plan = format!(
        r#"
kind: ke-hoach
style: nha-nuoc
period: 2024
date: 2024-01-15
place: Tân Tiến
issuer: {{ name: Ủy ban nhân dân xã Tân Tiến, abbr: UBND }}
sections:
  - title: Nhiệm vụ
    table:
      columns:
        - {{ title: Nội dung }}
        - {{ title: "Chủ trì^[Theo danh mục của huyện.]", width: 40mm, group: "Phân công^[Văn phòng tổng hợp.]" }}
      rows:
{rows}    outro: Báo cáo kết quả^[Trước ngày 20 hằng tháng.].
recipients: [UBND huyện]
archive: VT
signer: {{ on_behalf: Ủy ban nhân dân, title: Chủ tịch, name: Nguyễn Văn Bình }}
"#
    );
    let laid = Laid::new(view_of_text(&plan));
    let headers = laid.texts("plan-table-header");
    let pages: std::collections::BTreeSet<usize> =
        headers.iter().map(|h| h.page).collect();
    assert!(pages.len() >= 2, "the table runs over two pages: {pages:?}");
    let notes: Vec<String> = laid
        .paragraphs(&["plan-footnote-note"])
        .iter()
        .map(|p| p.iter().filter_map(|i| i.text()).collect::<String>())
        .collect();
    assert_eq!(notes.len(), 3, "one note each: {notes:?}");
    // Numbered 1, 2 (the header: the group cell, then the title under it), 3.
    assert_notes_on_the_pages_of_their_marks(
        &laid,
        &["Văn phòng tổng hợp", "Theo danh mục", "Trước ngày 20"],
    );
    // The header printed again carries the marks 1 and 2, raised like them.
    let page = *pages.iter().nth(1).expect("second page");
    let title = on_page(&laid, page, "Chủ trì")[0];
    let marks: Vec<&str> = laid
        .items
        .iter()
        .filter(|i| i.page == page && i.has("plan-table-header") && i.y < title.y + 1.0)
        .filter_map(|i| i.text())
        .filter(|t| t.chars().all(|c| c.is_ascii_digit()))
        .collect();
    assert_eq!(marks, ["1", "2"], "the marks of the header again on page {page}");
}

/// A state plan with one table of three columns, the middle one 20 mm wide
/// and titled `middle`; `rows` are its rows, YAML flow sequences, one per
/// line after the first indented as a row item.
fn narrow_column_plan(middle: &str, rows: &str) -> String {
    format!(
        "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
        place: Tân Tiến\nissuer:\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n\
        sections:\n  - title: Nhiệm vụ\n    table:\n      columns:\n        \
        - {{ title: Nội dung }}\n        - {{ title: {middle}, width: 20mm }}\n        \
        - {{ title: Ghi chú, width: 25mm }}\n      rows:\n        - {rows}\n\
        closing: Hết.\nrecipients: [Như trên]\narchive: VT\nsigner:\n  title: Chủ tịch\n  \
        name: Nguyễn Văn A\n"
    )
}

/// The texts of `items`, in order, joined into lines: an item on the
/// baseline of the one before continues its line.
fn joined_lines(items: &[&Item]) -> Vec<String> {
    let mut lines: Vec<(f64, String)> = Vec::new();
    for item in items {
        match lines.last_mut() {
            Some((y, text)) if (*y - item.y).abs() <= TOL => {
                text.push_str(item.text().unwrap_or_default());
            }
            _ => lines.push((item.y, item.text().unwrap_or_default().to_owned())),
        }
    }
    lines.into_iter().map(|(_, text)| text).collect()
}
