//! A view table as a Word table (`plan-format.md`,
//! "`table` (on a section or an appendix)", `format-rules.md` §9), as
//! `templates/parts/table.typ`: 13 pt text, single spaced, 0.5 pt rules, fixed
//! column widths from the view (the columns without a width share what is left
//! of the text width), header rows repeated on every page (`w:tblHeader`),
//! group rows bold across all columns, cells spanning rows as vertical merges,
//! every cell centred vertically (`horizon` in `table.typ`), and a row split
//! across pages only when it is taller than a page (format-rules.md §9 [P]).

use docx_rs::{
    AlignmentType, HeightRule, Table, TableAlignmentType, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableCellContent, TableCellMargins,
    TableLayoutType, TableRow, VAlignType, VMergeType, WidthType,
};

use super::footnote::Notes;
use super::measure;
use super::values::{Lines, MM};
use super::{paragraph, runs, twips};
use crate::view::{self, TableView};

/// Table text 13 pt [P] (`config.typ` `table-size`).
const SIZE: f64 = 13.0;
/// Single spaced for 13 pt [P] (`config.typ` `table-lines`).
const LINES: Lines = Lines { pitch: 15.0, above: 12.0 };
/// Cell inset 1.5 mm (`config.typ` `table-inset`).
const INSET: f64 = 1.5 * MM;
/// Rules 0.5 pt (`config.typ` `table-stroke`), in Word's eighths of a point.
const STROKE_EIGHTHS: usize = 4;

/// What a header row carries until the package is written: docx-rs has
/// no `w:tblHeader`, so header rows get this row height and
/// `package::write` turns it into `<w:tblHeader />`.
pub(super) const HEADER_MARK: &str = r#"<w:trHeight w:val="1" w:hRule="auto" />"#;
/// What [`HEADER_MARK`] becomes.
pub(super) const TBL_HEADER: &str = "<w:tblHeader />";

/// The Word table of `t`, `width` points wide at most, on pages whose text
/// block is `height` points tall.
pub(super) fn table(t: &TableView, width: f64, height: f64, notes: &mut Notes) -> Table {
    let widths = column_widths(t, width);
    let span = |from: usize, n: u32| -> usize {
        widths.iter().skip(from).take(n.max(1) as usize).sum()
    };
    let mut rows = Vec::new();
    // Header rows: a title beside a group spans both header rows.
    let mut below = vec![0u32; widths.len()];
    for row in &t.header {
        let mut cells = Vec::new();
        let mut column = 0;
        let mut items = row.iter();
        while column < widths.len() {
            if below[column] > 0 {
                below[column] -= 1;
                cells.push(continued(span(column, 1)));
                column += 1;
                continue;
            }
            let Some(cell) = items.next() else { break };
            let n = cell.colspan.max(1) as usize;
            let mut c =
                cell_of(&cell.runs, true, "center", span(column, cell.colspan), notes)
                    .grid_span(n);
            if cell.rowspan > 1 {
                c = c.vertical_merge(VMergeType::Restart);
                for b in below.iter_mut().skip(column).take(n) {
                    *b = cell.rowspan - 1;
                }
            }
            cells.push(c);
            column += n;
        }
        rows.push(
            TableRow::new(cells)
                .row_height(1.0)
                .height_rule(HeightRule::Auto)
                .cant_split(),
        );
    }
    // Body rows: cells spanning rows down continue as merges.
    let mut below = vec![0u32; widths.len()];
    for row in &t.rows {
        if let Some(group) = &row.group {
            let all: usize = widths.iter().sum();
            let bold: Vec<view::Run> =
                group.iter().map(|r| view::Run { strong: true, ..r.clone() }).collect();
            // A group row is a sub-header: never the last row of a page,
            // it goes with the first row of its group (`table.typ`,
            // format-rules.md §12 [P]): "keep with next" on its
            // paragraph keeps the row with the next in Word.
            let mut cell =
                cell_of(&bold, false, "left", all, notes).grid_span(widths.len());
            keep_with_next(&mut cell);
            rows.push(TableRow::new(vec![cell]).cant_split());
            continue;
        }
        let mut cells = Vec::new();
        // Word does not break a "cantSplit" row taller than a page: it
        // cuts it off at the foot. Such a row may split, as in the PDF.
        let tall = row.cells.iter().any(|cell| {
            let w = widths.get(cell.column as usize).copied().unwrap_or(0);
            cell_height(&cell.runs, points(w)) > height
        });
        for (column, w) in widths.iter().enumerate() {
            let here = row.cells.iter().find(|c| c.column as usize == column);
            match here {
                Some(cell) => {
                    let align = t.columns.get(column).map_or("left", |c| c.align);
                    let mut c = cell_of(&cell.runs, false, align, *w, notes);
                    if cell.rowspan > 1 {
                        c = c.vertical_merge(VMergeType::Restart);
                        below[column] = cell.rowspan - 1;
                    }
                    cells.push(c);
                }
                None if below[column] > 0 => {
                    below[column] -= 1;
                    cells.push(continued(*w));
                }
                None => cells.push(cell_of(&[], false, "left", *w, notes)),
            }
        }
        // Rows joined by a cell spanning down stay on one page, as in the
        // PDF: "keep with next" on every paragraph of a row keeps it with
        // the row below.
        if below.iter().any(|&b| b > 0) {
            for cell in &mut cells {
                keep_with_next(cell);
            }
        }
        let row = TableRow::new(cells);
        rows.push(if tall { row } else { row.cant_split() });
    }
    let borders = [
        TableBorderPosition::Top,
        TableBorderPosition::Left,
        TableBorderPosition::Bottom,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ]
    .into_iter()
    .fold(TableBorders::new(), |b, p| b.set(TableBorder::new(p).size(STROKE_EIGHTHS)));
    let inset = usize::try_from(twips(INSET)).unwrap_or(0);
    // A table whose columns all have a width narrower than the text block
    // is centred, as in the PDF (`table.typ`, docs/plan-format.md).
    let total: usize = widths.iter().sum();
    let narrow = t.columns.iter().all(|c| c.width_um.is_some())
        && total < usize::try_from(twips(width)).unwrap_or(usize::MAX);
    let align =
        if narrow { TableAlignmentType::Center } else { TableAlignmentType::Left };
    Table::new(rows)
        .align(align)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .indent(0)
        .set_borders(borders)
        .margins(TableCellMargins::new().margin(inset, inset, inset, inset))
}

/// Column widths in twips: the view's fixed widths, the rest of `width`
/// shared equally by the others.
fn column_widths(t: &TableView, width: f64) -> Vec<usize> {
    let points = |um: u32| f64::from(um) / 1000.0 * MM;
    let fixed: f64 = t.columns.iter().filter_map(|c| c.width_um).map(points).sum();
    let free = t.columns.iter().filter(|c| c.width_um.is_none()).count();
    let share = if free == 0 {
        0.0
    } else {
        // A handful of columns: the count fits an f64 exactly.
        #[allow(clippy::cast_precision_loss)]
        let n = free as f64;
        ((width - fixed) / n).max(10.0 * MM)
    };
    t.columns
        .iter()
        .map(|c| usize::try_from(twips(c.width_um.map_or(share, points))).unwrap_or(0))
        .collect()
}

/// A cell of one paragraph of `runs`, `width` twips wide.
fn cell_of(
    text: &[view::Run],
    bold: bool,
    align: &str,
    width: usize,
    notes: &mut Notes,
) -> TableCell {
    let align = match align {
        "center" => AlignmentType::Center,
        "right" => AlignmentType::Right,
        _ => AlignmentType::Left,
    };
    let mut p = paragraph(LINES, 0.0, 0.0).align(align);
    for run in runs(text, SIZE, notes) {
        p = p.add_run(if bold { run.bold() } else { run });
    }
    TableCell::new()
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
        .add_paragraph(p)
}

/// "Keep with next" on every paragraph of `cell`: its row stays on the page
/// of the next row.
fn keep_with_next(cell: &mut TableCell) {
    for child in &mut cell.children {
        if let TableCellContent::Paragraph(p) = child {
            p.property = p.property.clone().keep_next(true);
        }
    }
}

/// Twips → points.
fn points(twips: usize) -> f64 {
    // A column is a few thousand twips: exact in an f64.
    #[allow(clippy::cast_precision_loss)]
    let t = twips as f64;
    t / 20.0
}

/// About how tall, in points, a cell of `runs` is in a column `width`
/// points wide: its lines wrapped word by word at the table size, at the
/// table pitch, with the insets. Good enough to tell a row taller than a
/// page from the others.
fn cell_height(runs: &[view::Run], width: f64) -> f64 {
    let text: String = runs.iter().map(|r| r.text.as_str()).collect();
    let lines = measure::line_count(&text, SIZE, false, width - 2.0 * INSET);
    // A cell holds a few thousand lines at most: exact in an f64.
    #[allow(clippy::cast_precision_loss)]
    let lines = lines as f64;
    lines * LINES.pitch + 2.0 * INSET
}

/// The continuation of a cell merged from the row above.
fn continued(width: usize) -> TableCell {
    TableCell::new()
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
        .vertical_merge(VMergeType::Continue)
        .add_paragraph(paragraph(LINES, 0.0, 0.0))
}
