//! What the view can hold that Word output does not write yet: footnotes
//! and appendices (plan-format-v2.md §1.6–1.7); tables are written
//! (`table.rs`). A plan using any
//! of them is refused for `-f docx` rather than written without them:
//! nothing of the plan is dropped silently.

use crate::view::{Block, Run, View};

/// The parts of `view` Word output cannot write yet, in Vietnamese, in
/// the order "chú thích cuối trang", "phụ lục"; empty when the
/// whole view can be written.
pub fn unsupported(view: &View) -> Vec<&'static str> {
    let mut missing = Vec::new();
    let blocks = || view.body.iter().chain(view.appendices.iter().flat_map(|a| &a.body));
    let footnote = view.summary.iter().any(has_note)
        || blocks().any(block_has_note)
        || view.appendices.iter().any(|a| a.title.iter().any(has_note));
    if footnote {
        missing.push("chú thích cuối trang");
    }
    if !view.appendices.is_empty() {
        missing.push("phụ lục");
    }
    missing
}

/// Whether a block's runs, or its table's cells, hold a footnote.
fn block_has_note(b: &Block) -> bool {
    b.runs.iter().any(has_note)
        || b.table.as_ref().is_some_and(|t| {
            t.header.iter().flatten().any(|c| c.runs.iter().any(has_note))
                || t.rows.iter().any(|r| {
                    r.group.iter().flatten().any(has_note)
                        || r.cells.iter().any(|c| c.runs.iter().any(has_note))
                })
        })
}

fn has_note(run: &Run) -> bool {
    run.footnote.is_some()
}
