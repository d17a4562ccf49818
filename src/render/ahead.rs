//! The latter part of a view, for laying it out ahead on another core.
//!
//! Typst memoises the layout of each paragraph and of each table cell on
//! what it depends on (its content, its styles, the width it is given), not
//! on where it stands: a paragraph laid out in one document is found done
//! when the same paragraph comes in another, and Typst checks every input
//! the memoised result depends on before reusing it, so the pages are the
//! same bytes whether it was reused or not. A cold build of one plan lays
//! the whole view out as one job, on one core. [`latter_part`] cuts a view
//! down to the second half of its text, so that `plan build` can lay that
//! out on another core meanwhile (`cli/build.rs`): when the layout of the
//! whole reaches the second half, its paragraphs and cells are done.

use crate::view::{AppendixView, Block, TableRowView, View};

/// `view` with only the second half of its text, by the weight of
/// [`block_weight`]: the body from the block (or, in a table, the row) where
/// the first half ends, every appendix after it, and the footer. The header
/// stays (the templates lay it out on page 1 in any case); the summary
/// under the title goes, being laid out by the whole at the start.
///
/// A table is cut between rows, never across a cell that spans rows.
pub fn latter_part(view: &View) -> View {
    let blocks = view.body.iter().map(|b| (None, b));
    let in_appendices = view
        .appendices
        .iter()
        .enumerate()
        .flat_map(|(a, appendix)| appendix.body.iter().map(move |b| (Some(a), b)));
    let total: u64 = view
        .body
        .iter()
        .chain(view.appendices.iter().flat_map(|a| &a.body))
        .map(block_weight)
        .sum();
    let half = total / 2;
    let mut before = 0;
    let mut cut = None;
    'blocks: for (index, (appendix, block)) in blocks.chain(in_appendices).enumerate() {
        let position = |row| Cut { appendix, index, row };
        if before >= half {
            cut = Some(position(0));
            break;
        }
        if let Some(table) = &block.table {
            before += BLOCK;
            // The first row no cell of the rows above spans into.
            let mut free_from = 0;
            for (row, cells) in table.rows.iter().enumerate() {
                if before >= half && row > 0 && free_from <= row {
                    cut = Some(position(row));
                    break 'blocks;
                }
                let spanned = cells.cells.iter().map(|c| c.rowspan.max(1) as usize);
                free_from = spanned
                    .fold(free_from, |end, span| end.max(row.saturating_add(span)));
                before += row_weight(cells);
            }
        } else {
            before += block_weight(block);
        }
    }
    let mut latter = view.clone();
    latter.summary = Vec::new();
    match cut {
        // Nothing left for a second half: the footer only.
        None => {
            latter.body = Vec::new();
            latter.appendices = Vec::new();
        }
        Some(Cut { appendix: None, index, row }) => {
            latter.body = from(&view.body, index, row);
        }
        Some(Cut { appendix: Some(a), index, row }) => {
            // `index` counts the body's blocks and those of the appendices
            // before `a`.
            let skipped: usize = view.body.len()
                + view.appendices[..a].iter().map(|x| x.body.len()).sum::<usize>();
            latter.body = Vec::new();
            let first = AppendixView {
                body: from(&view.appendices[a].body, index.saturating_sub(skipped), row),
                ..view.appendices[a].clone()
            };
            latter.appendices = std::iter::once(first)
                .chain(view.appendices[a + 1..].iter().cloned())
                .collect();
        }
    }
    latter
}

/// Where the second half starts: the `index`th block of the document (the
/// body's, then each appendix's in turn), in the body or in appendix
/// `appendix`, from `row` when the block is a table.
struct Cut {
    appendix: Option<usize>,
    index: usize,
    row: usize,
}

/// The blocks of `blocks` from the `index`th, the first one's table rows
/// from `row`.
fn from(blocks: &[Block], index: usize, row: usize) -> Vec<Block> {
    let mut kept: Vec<Block> = blocks.get(index..).unwrap_or_default().to_vec();
    if let Some(table) = kept.first_mut().and_then(|b| b.table.as_mut()) {
        table.rows.drain(..row.min(table.rows.len()));
    }
    kept
}

/// The weight of a block or row beside its text: the layout's work for it
/// that does not grow with its letters.
const BLOCK: u64 = 48;

/// How much layout a block takes, about: its text's bytes, its footnotes'
/// included, plus [`BLOCK`].
fn block_weight(block: &Block) -> u64 {
    let rows: u64 = block.table.iter().flat_map(|t| &t.rows).map(row_weight).sum();
    BLOCK + runs_weight(&block.runs) + rows
}

/// [`block_weight`] for a table row: its cells' text, and [`BLOCK`] a cell.
fn row_weight(row: &TableRowView) -> u64 {
    let group = row.group.as_deref().map_or(0, runs_weight);
    let cells: u64 = row.cells.iter().map(|c| BLOCK + runs_weight(&c.runs)).sum();
    BLOCK + group + cells
}

/// The bytes of `runs`' text and footnotes.
fn runs_weight(runs: &[crate::runs::Run]) -> u64 {
    runs.iter()
        .map(|r| {
            let note = r.footnote.as_deref().map_or(0, runs_weight);
            r.text.len() as u64 + note
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{block_weight, latter_part};
    use crate::view::{AppendixView, View};

    /// The view of a plan of the repository.
    fn view_of(plan: &str) -> View {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(plan);
        let bytes = std::fs::read(&path).expect("the plan is in the repository");
        crate::check(&path, &bytes, crate::resolve::Options::default())
            .view
            .expect("the plan has no error")
    }

    #[test]
    fn the_latter_part_starts_where_half_the_text_is_behind() {
        let view = view_of("plans/may-2024.yaml");
        let latter = latter_part(&view);
        let start = view.body.len() - latter.body.len();
        assert!(start > 0 && !latter.body.is_empty(), "cut at {start}");
        assert_eq!(latter.body, view.body[start..]);
        let total: u64 = view.body.iter().map(block_weight).sum();
        let before: u64 = view.body[..start].iter().map(block_weight).sum();
        let one_block_less = before - block_weight(&view.body[start - 1]);
        assert!(before >= total / 2 && one_block_less < total / 2);
        // What comes after the body stays; the summary under the title goes.
        assert!(latter.summary.is_empty() && !view.summary.is_empty());
        assert_eq!(latter.footer, view.footer);
        assert_eq!(latter.header, view.header);
        assert_eq!(latter.appendices, view.appendices);
    }

    #[test]
    fn a_long_table_is_cut_between_its_rows() {
        let view = view_of("examples/task-table.yaml");
        let at = view.body.iter().position(|b| b.table.is_some()).expect("a table");
        let latter = latter_part(&view);
        assert_eq!(latter.body[1..], view.body[at + 1..]);
        let whole = view.body[at].table.as_ref().expect("a table");
        let cut = latter.body[0].table.as_ref().expect("the table's latter rows");
        assert!(!cut.rows.is_empty() && cut.rows.len() < whole.rows.len());
        assert_eq!(cut.rows, whole.rows[whole.rows.len() - cut.rows.len()..]);
        assert_eq!((&cut.columns, &cut.header), (&whole.columns, &whole.header));
    }

    #[test]
    fn no_cell_is_cut_from_the_rows_it_spans() {
        let mut view = view_of("examples/task-table.yaml");
        let at = view.body.iter().position(|b| b.table.is_some()).expect("a table");
        let rows = |v: &View| v.body[at].table.as_ref().map_or(0, |t| t.rows.len());
        let natural = rows(&view)
            - latter_part(&view).body[0].table.as_ref().map_or(0, |t| t.rows.len());
        // A cell two rows above the cut now spans four rows: past the cut.
        let table = view.body[at].table.as_mut().expect("a table");
        let above = &mut table.rows[natural - 2];
        assert!(above.group.is_none(), "a row of cells");
        above.cells[0].rowspan = 4;
        let latter = latter_part(&view);
        let kept = latter.body[0].table.as_ref().map_or(0, |t| t.rows.len());
        assert_eq!(rows(&view) - kept, natural + 2);
    }

    #[test]
    fn the_cut_may_fall_in_an_appendix() {
        let mut view = view_of("plans/may-2024.yaml");
        let moved = view.body.split_off(2);
        view.appendices = vec![AppendixView {
            label: "Phụ lục".to_owned(),
            title: Vec::new(),
            reference: String::new(),
            landscape: false,
            header: false,
            body: moved.clone(),
        }];
        let latter = latter_part(&view);
        assert!(latter.body.is_empty());
        let kept = &latter.appendices[0].body;
        assert!(!kept.is_empty() && kept.len() < moved.len());
        assert_eq!(kept[..], moved[moved.len() - kept.len()..]);
        assert_eq!(latter.appendices[0].label, "Phụ lục");
    }

    #[test]
    fn a_plan_without_a_body_keeps_its_footer() {
        let mut view = view_of("plans/may-2024.yaml");
        view.body.clear();
        let latter = latter_part(&view);
        assert!(latter.body.is_empty() && latter.appendices.is_empty());
        assert_eq!(latter.footer, view.footer);
    }
}
