//! User text is data, never markup (`style.md` §1.3): Typst syntax in any
//! field prints literally.

use plan::view::{Block, Role, Run};

use crate::support::*;

const NASTY: &[&str] = &[
    "#panic(\"x\")",
    "$x$",
    "[",
    "]",
    "<a>",
    "@b",
    "=",
    "\\",
    "//",
    "*",
    "_",
    "`",
    "```rust",
    "#set text(size: 40pt)",
    "/* c */",
];

#[test]
fn typst_syntax_in_runs_prints_literally() {
    let mut view = may_2024_view();
    let runs: Vec<Run> = NASTY
        .iter()
        .enumerate()
        .map(|(i, t)| match i % 3 {
            0 => Run::plain(format!("{t} ")),
            1 => Run::strong(format!("{t} ")),
            _ => Run::emph(format!("{t} ")),
        })
        .collect();
    view.body.insert(1, Block::new(Role::Item, runs.clone()));
    view.summary = runs;
    view.header.issuer = NASTY.join(" ");
    view.footer.recipients.push(NASTY.join(" "));
    view.footer.signer.name = "#panic(\"name\") *x*".to_owned();

    let laid = Laid::new(view.clone());
    let all: String =
        laid.items.iter().filter_map(Item::text).collect::<Vec<_>>().join(" ");
    for t in NASTY {
        assert!(all.contains(t), "{t:?} not printed literally");
    }
    assert!(all.contains("#panic(\"name\") *x*"));
    // `#set text(size: 40pt)` changed nothing.
    assert!(
        laid.items
            .iter()
            .filter_map(|i| i.text().map(|_| i.run().size))
            .all(|s| s <= 16.0)
    );

    // The PDF's text has them too.
    let pdf = plan::export::pdf(&laid.doc, &view, None).expect("pdf");
    let text = pdf_text(&pdf);
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for t in NASTY {
        let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(squeezed.contains(&t), "{t:?} missing from the PDF text:\n{text}");
    }
    assert!(text.contains("Đảng ủy phường Mỹ Độ"), "Vietnamese text extracts as NFC");
}

/// Issue 8: text in table headers, cells and group rows, in footnotes and
/// in appendix titles is data too.
#[test]
fn typst_syntax_in_tables_footnotes_and_appendices_prints_literally() {
    use plan::view::{
        AppendixView, CellView, ColumnView, HeaderCell, TableRowView, TableView,
    };

    let mut view = may_2024_view();
    let text = |i: usize| Run::plain(NASTY[i % NASTY.len()]);
    let table = TableView {
        columns: vec![ColumnView { width_um: None, align: "left" }; 3],
        header: vec![
            (0..3)
                .map(|i| HeaderCell { runs: vec![text(i)], colspan: 1, rowspan: 1 })
                .collect(),
        ],
        rows: vec![
            TableRowView { group: Some(vec![text(3)]), cells: vec![] },
            TableRowView {
                group: None,
                cells: (0..3)
                    .map(|i| CellView {
                        column: i,
                        runs: vec![text(4 + i as usize)],
                        rowspan: 1,
                    })
                    .collect(),
            },
            TableRowView {
                group: None,
                cells: (0..3)
                    .map(|i| CellView {
                        column: i,
                        runs: vec![text(7 + i as usize)],
                        rowspan: 1,
                    })
                    .collect(),
            },
        ],
    };
    view.body.insert(1, Block { role: Role::Table, runs: vec![], table: Some(table) });
    view.body.insert(
        1,
        Block::new(
            Role::Item,
            vec![
                Run::plain("Có chú thích"),
                Run::footnote(vec![text(10), Run::plain(" "), text(11)]),
            ],
        ),
    );
    view.appendices.push(AppendixView {
        label: NASTY[12].to_owned(),
        title: vec![text(13), Run::plain(" "), text(14)],
        reference: NASTY.join(" "),
        landscape: false,
        header: true,
        body: vec![Block::new(Role::Item, vec![text(0)])],
    });

    let laid = Laid::new(view.clone());
    let all: String =
        laid.items.iter().filter_map(Item::text).collect::<Vec<_>>().join(" ");
    for t in NASTY {
        assert!(all.contains(t), "{t:?} not printed literally");
    }
    assert!(
        laid.items
            .iter()
            .filter_map(|i| i.text().map(|_| i.run().size))
            .all(|s| s <= 16.0)
    );
    let pdf = plan::export::pdf(&laid.doc, &view, None).expect("pdf");
    let squeezed: String =
        pdf_text(&pdf).chars().filter(|c| !c.is_whitespace()).collect();
    for t in NASTY {
        let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(squeezed.contains(&t), "{t:?} missing from the PDF text");
    }
}
