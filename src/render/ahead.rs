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
//! out on another core meanwhile (`cli/layout.rs`): when the layout of the
//! whole reaches the second half, its paragraphs and cells are done.

use crate::view::{AppendixView, Block, TableRowView, View};

/// `view` with only the second half of its text, by the weight of
/// [`block_weight`]: the body from the first block with half the text
/// before it, every appendix after it, and the footer. The header stays
/// (the templates lay it out on page 1 in any case); the summary under the
/// title goes, being laid out by the whole at the start.
///
/// A table is never cut: the half that ends inside one ends after it.
/// Laid out from a middle row on, a table's cells were reused only in part
/// (their height depends on the room left on the page), and laying out its
/// rows on both cores at once made the build of `examples/task-table.yaml`
/// 0.4 to 8 % slower than with `-j 1` (three series).
///
/// `None` when what is left after the cut is less than a third of the
/// text: a second layout of the header, the footer and that little would
/// cost the layout of the whole more, sharing the machine, than it saves
/// (`examples/task-table.yaml`, whose table is nine tenths of its text: 3
/// and 6 % slower than with `-j 1` with only what follows it laid out
/// ahead).
pub fn latter_part(view: &View) -> Option<View> {
    // Every block in order, with its appendix (none for the body's) and
    // its place among that part's blocks.
    let blocks = std::iter::once((None, &view.body))
        .chain(view.appendices.iter().enumerate().map(|(a, x)| (Some(a), &x.body)))
        .flat_map(|(part, body)| body.iter().enumerate().map(move |(i, b)| (part, i, b)));
    let total: u64 = blocks.clone().map(|(_, _, b)| block_weight(b)).sum();
    let mut before = 0;
    let mut cut = None;
    for (part, index, block) in blocks {
        if before >= total / 2 {
            cut = Some((part, index));
            break;
        }
        before += block_weight(block);
    }
    let (part, index) = cut?;
    if (total - before) * 3 < total {
        return None;
    }
    let mut latter = view.clone();
    latter.summary = Vec::new();
    let from = |body: &[Block]| body.get(index..).unwrap_or_default().to_vec();
    match part.and_then(|a| view.appendices.get(a).map(|x| (a, x))) {
        None => latter.body = from(&view.body),
        Some((a, appendix)) => {
            latter.body = Vec::new();
            let first = AppendixView { body: from(&appendix.body), ..appendix.clone() };
            let rest = view.appendices.get(a + 1..).unwrap_or_default();
            latter.appendices =
                std::iter::once(first).chain(rest.iter().cloned()).collect();
        }
    }
    Some(latter)
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
    use super::{block_weight, latter_part};
    use crate::render::view_of;
    use crate::view::AppendixView;

    #[test]
    fn the_latter_part_starts_where_half_the_text_is_behind() {
        let view = view_of("plans/may-2024.yaml");
        let latter = latter_part(&view).expect("a second half");
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
    fn a_table_holding_the_half_is_not_cut() {
        let view = view_of("examples/task-table.yaml");
        let at = view.body.iter().position(|b| b.table.is_some()).expect("a table");
        // The table alone is more than half of the text.
        let total: u64 = view.body.iter().map(block_weight).sum();
        assert!(block_weight(&view.body[at]) > total / 2);
        // What follows it is too little to be laid out apart.
        assert!(view.body[at + 1..].iter().map(block_weight).sum::<u64>() * 3 < total);
        assert!(latter_part(&view).is_none());
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
        let latter = latter_part(&view).expect("a second half");
        assert!(latter.body.is_empty());
        let kept = &latter.appendices[0].body;
        assert!(!kept.is_empty() && kept.len() < moved.len());
        assert_eq!(kept[..], moved[moved.len() - kept.len()..]);
        assert_eq!(latter.appendices[0].label, "Phụ lục");
    }

    #[test]
    fn a_plan_without_a_body_has_no_latter_part() {
        let mut view = view_of("plans/may-2024.yaml");
        view.body.clear();
        assert!(latter_part(&view).is_none());
    }

    #[test]
    fn a_latter_part_of_less_than_a_third_is_none() {
        let mut view = view_of("plans/may-2024.yaml");
        // One block of nine tenths of the text, then a little.
        let mut long = view.body[1].clone();
        let words = view.body.iter().map(block_weight).sum::<u64>() as usize * 9;
        long.runs = vec![crate::runs::Run::plain("chữ ".repeat(words / 5))];
        view.body.insert(1, long);
        assert!(latter_part(&view).is_none());
    }
}
