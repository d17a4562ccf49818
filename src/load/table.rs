//! `table` → [`Table`] (`plan-format.md`,
//! "`table` (on a section or an appendix)"), with the checks that need only the
//! table: the number of cells of every row (`plan::table_row_cells`), cells
//! spanning rows (`plan::table_row_span`) and the fixed widths
//! (`plan::table_too_wide`).
//!
//! Each cell is given its column here: the cells of a row fill, left to
//! right, the columns that no cell of a row above spans into.

use super::error;
use super::fields::{Cx, Fields, Place, item_anchor};
use super::scalar::{
    read_bool, read_choice, read_list, read_scalar, read_text, read_text_or_blank,
};
use super::yaml::{Node, NodeKind};
use crate::lang::t;
use crate::model::keys::Owner;
use crate::model::{Align, Cell, Column, Row, Table};
use crate::source::{Span, Spanned};

/// The width of the text block of a portrait A4 page: 210 − 30 − 15 mm
/// (`format-rules.md` §1.1, §2.1 [S]), in micrometres.
pub(crate) const PORTRAIT_WIDTH_UM: u32 = 165_000;
/// The width of the text block of a landscape A4 page, the same margins
/// turned with the page: 297 − 30 − 15 mm [P], in micrometres.
pub(crate) const LANDSCAPE_WIDTH_UM: u32 = 252_000;
/// The least a column without a width may get [P]: narrower, a cell holds
/// a few letters a line.
pub(crate) const MIN_SHARED_UM: u32 = 10_000;

/// Reads the `table` under `key`, on a page whose text block is `width_um`
/// wide. `None` after reporting why.
pub(crate) fn read_table(
    key: &Node,
    node: &Node,
    width_um: u32,
    cx: &mut Cx<'_>,
) -> Option<Table> {
    let place = Place::Key(key, "table");
    let f =
        Fields::open(node, Owner::Table, key.span, t("`table`", "`table`"), place, cx)?;
    let columns_key = f.get("columns").map(|(k, _)| k.span);
    let columns = f.req("columns", cx, |v, p, cx| {
        let list = read_list(v, p, cx)?;
        let columns: Vec<Option<Column>> =
            list.iter().map(|item| read_column(item, cx)).collect();
        columns.into_iter().collect::<Option<Vec<_>>>()
    });
    let number = f.opt("number", cx, read_bool);
    let number_unread =
        f.misspelt("number") || f.get("number").is_some() && number.is_none();
    let number = number.is_some_and(|b| b.value);
    let rows = f.req("rows", cx, |v, p, cx| {
        let list = read_list(v, p, cx)?;
        let rows: Vec<Option<Row>> = list.iter().map(|item| read_row(item, cx)).collect();
        rows.into_iter().collect::<Option<Vec<_>>>()
    });
    let (mut columns, mut rows) = (columns?, rows?);
    if columns.is_empty() {
        cx.push(error::table_without_columns(columns_key.unwrap_or(key.span)));
        return None;
    }
    if number && let Some(first) = columns.first_mut() {
        // The numbers are short: centred unless the plan says otherwise [P].
        first.align.get_or_insert(Align::Center);
    }
    // A `number` misspelt (`numbr: true`) or not `true` or `false` was
    // reported: with a column more or less than meant, every row would
    // count its cells wrong. One mistake, one report: the table is left out.
    if number_unread {
        return None;
    }
    // An appendix whose `landscape` could not be read was read as
    // portrait: its tables are not measured against the narrower page.
    if !cx.landscape_unread {
        check_width(&columns, width_um, columns_key.unwrap_or(key.span), cx);
    }
    place_cells(&columns, number, &mut rows, cx);
    let wide_chars = wide_chars(&columns, &rows, width_um);
    Some(Table { span: node.span, columns, number, rows, wide_chars })
}

/// Table text in points (`config.typ` `table-size`), and the cell inset
/// on each side in micrometres (`table-inset`).
const CELL_SIZE_PT: f64 = 13.0;
const CELL_INSET_UM: f64 = 1_500.0;

/// An average letter of the fonts is about half an em wide: a word of
/// more letters than its width over this is taken as wider than it.
const AVERAGE_LETTER_EM: f64 = 0.5;

/// The characters of the words of `rows`' cells wider than their column
/// on a page whose text block is `width_um` wide ([`Table::wide_chars`]):
/// columns share what the fixed widths leave, as `table.typ` shares it.
fn wide_chars(columns: &[Column], rows: &[Row], width_um: u32) -> usize {
    let fixed: f64 = columns
        .iter()
        .filter_map(|c| c.width_um.as_ref())
        .map(|w| f64::from(w.value))
        .sum();
    let shared = columns.iter().filter(|c| c.width_um.is_none()).count();
    let rest =
        if shared == 0 { 0.0 } else { (f64::from(width_um) - fixed) / shared as f64 };
    let letters: Vec<f64> = columns
        .iter()
        .map(|c| {
            let width_um = c.width_um.as_ref().map_or(rest, |w| f64::from(w.value));
            let width_pt = (width_um - 2.0 * CELL_INSET_UM) / 25_400.0 * 72.0;
            width_pt / (AVERAGE_LETTER_EM * CELL_SIZE_PT)
        })
        .collect();
    let mut count = 0;
    for row in rows {
        let Row::Cells { cells, .. } = row else { continue };
        for cell in cells {
            let Some(&fits) = letters.get(cell.column as usize) else { continue };
            count += cell
                .text
                .value
                .split(|c: char| c.is_whitespace() || c == '{' || c == '}')
                .map(|word| word.chars().count())
                .filter(|&n| n as f64 > fits)
                .sum::<usize>();
        }
    }
    count
}

fn read_column(node: &Node, cx: &mut Cx<'_>) -> Option<Column> {
    let anchor = item_anchor(node, cx.sources);
    let label = t("một cột", "a column");
    let f = Fields::open(node, Owner::Column, anchor, label, Place::Item("columns"), cx)?;
    let title = f.req("title", cx, read_text_or_blank);
    let width = f.opt("width", cx, read_width);
    let align = f.opt("align", cx, |v, p, cx| {
        read_choice(v, p, &Align::NAMES, Align::from_name, cx)
    });
    let group = f.opt("group", cx, read_text);
    let width_failed = f.get("width").is_some() && width.is_none();
    let align_failed = f.get("align").is_some() && align.is_none();
    if width_failed || align_failed {
        return None;
    }
    Some(Column { title: title?, width_um: width, align: align.map(|a| a.value), group })
}

/// `35mm`, `35 mm`, `12.5mm` or `35` (millimetres), more than 0 and at most
/// 1000 mm.
fn read_width(node: &Node, place: Place<'_>, cx: &mut Cx<'_>) -> Option<Spanned<u32>> {
    let text = read_scalar(node, place, t("độ rộng dạng 35mm", "a width like 35mm"), cx)?;
    match parse_width_um(text) {
        Some(um) => Some(Spanned::new(um, node.span)),
        None => {
            cx.push(error::invalid_width(node.span, text));
            None
        }
    }
}

/// A width in millimetres as micrometres: `"12.5mm"` → 12 500.
pub(crate) fn parse_width_um(text: &str) -> Option<u32> {
    let number = text.trim().strip_suffix("mm").unwrap_or(text).trim();
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 4 || fraction.len() > 3 {
        return None;
    }
    if !digits(whole)
        || !digits(fraction)
        || (number.contains('.') && fraction.is_empty())
    {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let fraction: u32 = format!("{fraction:0<3}").parse().ok()?;
    let um = whole * 1000 + fraction;
    (um > 0 && um <= 1_000_000).then_some(um)
}

fn read_row(node: &Node, cx: &mut Cx<'_>) -> Option<Row> {
    match &node.kind {
        NodeKind::Seq(cells) => {
            // `- [{ group: Quý III }]`: a group row typed inside a row's
            // brackets reads as one cell with keys a cell does not have.
            if let [only] = cells.as_slice()
                && let NodeKind::Map(entries) = &only.kind
                && let Some((_, group)) =
                    entries.iter().find(|(key, _)| key.as_str() == Some("group"))
            {
                cx.push(error::group_row_in_brackets(node.span, group.as_str()));
                return None;
            }
            let cells: Vec<Option<Cell>> =
                cells.iter().map(|cell| read_cell(cell, cx)).collect();
            let cells = cells.into_iter().collect::<Option<Vec<_>>>()?;
            Some(Row::Cells { span: node.span, cells })
        }
        NodeKind::Map(_) => {
            let anchor = item_anchor(node, cx.sources);
            let label = t("một hàng nhóm", "a group row");
            let place = Place::Item("rows");
            let f = Fields::open(node, Owner::GroupRow, anchor, label, place, cx)?;
            f.req("group", cx, read_text).map(Row::Group)
        }
        NodeKind::Invalid => None,
        _ => {
            cx.push(error::row_not_a_list(node.span, &node.found()));
            None
        }
    }
}

fn read_cell(node: &Node, cx: &mut Cx<'_>) -> Option<Cell> {
    let place = Place::Item("a row");
    match &node.kind {
        // `~` or nothing: an empty cell.
        NodeKind::Scalar(..) if node.is_null() => Some(Cell {
            text: Spanned::new(String::new(), node.span),
            rows: 1,
            column: 0,
        }),
        NodeKind::Map(_) => {
            let anchor = item_anchor(node, cx.sources);
            let label = t("một ô", "a cell");
            let f = Fields::open(node, Owner::Cell, anchor, label, place, cx)?;
            let text = f.req("text", cx, read_text_or_blank);
            let rows = f.opt("rows", cx, read_row_count);
            // A misspelt `rows` (`row: 2`) has been reported: the cells of
            // the rows below would not count right.
            let rows_failed =
                f.get("rows").is_some() && rows.is_none() || f.misspelt("rows");
            if rows_failed {
                return None;
            }
            Some(Cell { text: text?, rows: rows.map_or(1, |r| r.value), column: 0 })
        }
        _ => read_text_or_blank(node, place, cx).map(|text| Cell {
            text,
            rows: 1,
            column: 0,
        }),
    }
}

/// `rows` of a cell: a whole number from 1 to 999.
fn read_row_count(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<u32>> {
    let text = read_scalar(node, place, t("số hàng", "a number of rows"), cx)?;
    let count =
        (!text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
            .filter(|n| *n >= 1);
    match count {
        Some(n) => Some(Spanned::new(n, node.span)),
        None => {
            cx.push(error::invalid_row_count(node.span, text));
            None
        }
    }
}

/// `plan::table_too_wide`: fixed widths wider than the text block, or
/// leaving less than [`MIN_SHARED_UM`] to each column without a width.
fn check_width(columns: &[Column], width_um: u32, at: Span, cx: &mut Cx<'_>) {
    let fixed: u64 = columns
        .iter()
        .filter_map(|c| c.width_um.as_ref())
        .map(|w| u64::from(w.value))
        .sum();
    let shared = columns.iter().filter(|c| c.width_um.is_none()).count() as u64;
    let needed = fixed + shared * u64::from(MIN_SHARED_UM);
    if needed > u64::from(width_um) {
        cx.push(error::table_too_wide(at, fixed, shared, width_um));
    }
}

/// Gives every cell its column and reports rows with the wrong number of
/// cells and spans that run past the last row or across a group row.
fn place_cells(columns: &[Column], number: bool, rows: &mut [Row], cx: &mut Cx<'_>) {
    let first = usize::from(number);
    // For each column: how many more rows a cell above covers, and where
    // that cell's `rows` was written.
    let mut pending: Vec<(u32, Option<Span>)> = vec![(0, None); columns.len()];
    let row_count = rows.len();
    for (index, row) in rows.iter_mut().enumerate() {
        match row {
            Row::Group(text) => {
                if let Some(span) =
                    pending.iter().find_map(|(n, s)| (*n > 0).then_some(*s)).flatten()
                {
                    cx.push(error::span_across_group(span, &text.value));
                }
                pending.iter_mut().for_each(|p| *p = (0, None));
            }
            Row::Cells { span, cells } => {
                let free: Vec<usize> =
                    (first..columns.len()).filter(|&c| pending[c].0 == 0).collect();
                let covered: Vec<&str> = (first..columns.len())
                    .filter(|&c| pending[c].0 > 0)
                    .map(|c| columns[c].title.value.as_str())
                    .collect();
                for p in pending.iter_mut().filter(|p| p.0 > 0) {
                    p.0 -= 1;
                }
                if cells.len() != free.len() {
                    cx.push(error::table_row_cells(
                        *span,
                        columns.len(),
                        free.len(),
                        cells.len(),
                        number.then(|| columns[0].title.value.as_str()),
                        &covered,
                    ));
                    continue;
                }
                for (cell, column) in cells.iter_mut().zip(free) {
                    cell.column = column as u32;
                    if cell.rows > 1 {
                        let rows_left = (row_count - index) as u32;
                        if cell.rows > rows_left {
                            cx.push(error::span_past_last_row(
                                cell.text.span,
                                cell.rows,
                                rows_left,
                            ));
                        }
                        // Held to the last row, so the rows below are
                        // counted as the author meant: no follow-on reports.
                        pending[column] =
                            (cell.rows.min(rows_left) - 1, Some(cell.text.span));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_in_millimetres() {
        assert_eq!(parse_width_um("35mm"), Some(35_000));
        assert_eq!(parse_width_um("35 mm"), Some(35_000));
        assert_eq!(parse_width_um("12.5mm"), Some(12_500));
        assert_eq!(parse_width_um("40"), Some(40_000));
        assert_eq!(parse_width_um("0mm"), None);
        assert_eq!(parse_width_um("3.5cm"), None);
        assert_eq!(parse_width_um("12.mm"), None);
        assert_eq!(parse_width_um("-3mm"), None);
        assert_eq!(parse_width_um("mm"), None);
    }
}
