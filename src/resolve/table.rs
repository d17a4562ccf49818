//! Tables with their texts resolved (`plan-format.md`,
//! "`table` (on a section or an appendix)"): every title, group and cell
//! through the same reference resolver as the body.

use crate::diag::Diagnostics;
use crate::model::{Align, Row, Table};
use crate::runs::Run;

use super::refs::Resolver;

/// A table, every text resolved; its shape was checked by `load`.
#[derive(Debug, Clone)]
pub struct ResolvedTable {
    /// The columns, left to right.
    pub columns: Vec<ResolvedColumn>,
    /// Whether the tool numbers the first column.
    pub number: bool,
    /// The rows, in order.
    pub rows: Vec<ResolvedRow>,
}

/// One column.
#[derive(Debug, Clone)]
pub struct ResolvedColumn {
    /// `title`.
    pub title: Vec<Run>,
    /// `width` in micrometres; `None` shares the rest.
    pub width_um: Option<u32>,
    /// `align`, left when left out (centred for a numbered first column).
    pub align: Align,
    /// `group`.
    pub group: Option<Vec<Run>>,
}

/// One row.
#[derive(Debug, Clone)]
pub enum ResolvedRow {
    /// A full-width group row.
    Group(Vec<Run>),
    /// Cells, each in its column.
    Cells(Vec<ResolvedCell>),
}

/// One cell.
#[derive(Debug, Clone)]
pub struct ResolvedCell {
    /// Its column, from 0.
    pub column: u32,
    /// Its text.
    pub runs: Vec<Run>,
    /// How many rows it spans down.
    pub rows: u32,
}

/// Resolves every text of `table`.
pub(super) fn resolve_table(
    table: &Table,
    texts: &mut Resolver<'_>,
    diags: &mut Diagnostics,
) -> ResolvedTable {
    let columns = table
        .columns
        .iter()
        .map(|c| ResolvedColumn {
            title: texts.resolve(&c.title, diags),
            width_um: c.width_um.as_ref().map(|w| w.value),
            align: c.align.unwrap_or_default(),
            group: c.group.as_ref().map(|g| texts.resolve(g, diags)),
        })
        .collect();
    let rows = table
        .rows
        .iter()
        .map(|row| match row {
            Row::Group(text) => ResolvedRow::Group(texts.resolve(text, diags)),
            Row::Cells { cells, .. } => ResolvedRow::Cells(
                cells
                    .iter()
                    .map(|cell| ResolvedCell {
                        column: cell.column,
                        runs: texts.resolve(&cell.text, diags),
                        rows: cell.rows,
                    })
                    .collect(),
            ),
        })
        .collect();
    ResolvedTable { columns, number: table.number, rows }
}
