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
    view.body.insert(1, Block { role: Role::Item, runs: runs.clone() });
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
