//! Tables in the view (`plan-format.md`,
//! "`table` (on a section or an appendix)"):
//! [`ResolvedTable`] → a [`Role::Table`] block holding a [`TableView`].
//!
//! Decides the header rows (one, or two when columns share a `group`),
//! the numbers of a numbered first column ("1", "2" … counted across group
//! rows) and every cell's text; `templates/parts/table.typ` lays it out.

use super::{merge, trim};
use crate::resolve::{ResolvedColumn, ResolvedRow, ResolvedTable};
use crate::view::{
    Block, CellView, ColumnView, HeaderCell, Role, Run, TableRowView, TableView,
};

/// The body block of `table`.
pub(crate) fn table_block(table: &ResolvedTable) -> Block {
    Block { role: Role::Table, runs: Vec::new(), table: Some(table_view(table)) }
}

/// The view of `table`.
pub(crate) fn table_view(table: &ResolvedTable) -> TableView {
    let columns = table
        .columns
        .iter()
        .map(|c| ColumnView { width_um: c.width_um, align: c.align.name() })
        .collect();
    let mut rows = Vec::with_capacity(table.rows.len());
    let mut number = 0;
    for row in &table.rows {
        match row {
            ResolvedRow::Group(text) => {
                rows.push(TableRowView {
                    group: Some(cell_text(text)),
                    cells: Vec::new(),
                });
            }
            ResolvedRow::Cells(cells) => {
                let mut out = Vec::with_capacity(cells.len() + 1);
                if table.number {
                    number += 1;
                    out.push(CellView {
                        column: 0,
                        runs: vec![Run::plain(number.to_string())],
                        rowspan: 1,
                    });
                }
                out.extend(cells.iter().map(|c| CellView {
                    column: c.column,
                    runs: cell_text(&c.runs),
                    rowspan: c.rows,
                }));
                rows.push(TableRowView { group: None, cells: out });
            }
        }
    }
    TableView { columns, header: header(&table.columns), rows }
}

/// A cell's text: no white space at its ends; line breaks stay (a `|`
/// block's lines are lines of the cell).
fn cell_text(runs: &[Run]) -> Vec<Run> {
    merge(trim(runs.to_vec()))
}

/// The header rows: one row of titles; or, when some columns have a
/// `group`, a first row where neighbouring columns of one group share a
/// cell and the other titles span both rows, and a second row with the
/// grouped columns' titles.
fn header(columns: &[ResolvedColumn]) -> Vec<Vec<HeaderCell>> {
    let title = |c: &ResolvedColumn, rowspan| HeaderCell {
        runs: cell_text(&c.title),
        colspan: 1,
        rowspan,
    };
    if columns.iter().all(|c| c.group.is_none()) {
        return vec![columns.iter().map(|c| title(c, 1)).collect()];
    }
    let (mut top, mut bottom) = (Vec::new(), Vec::new());
    let mut index = 0;
    while index < columns.len() {
        let column = &columns[index];
        let Some(group) = &column.group else {
            top.push(title(column, 2));
            index += 1;
            continue;
        };
        let key = group_key(group);
        let span = columns[index..]
            .iter()
            .take_while(|c| c.group.as_ref().is_some_and(|g| group_key(g) == key))
            .count();
        top.push(HeaderCell { runs: cell_text(group), colspan: span as u32, rowspan: 1 });
        bottom.extend(columns[index..index + span].iter().map(|c| title(c, 1)));
        index += span;
    }
    vec![top, bottom]
}

/// What makes two `group` texts the same group: their characters.
fn group_key(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.trim()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Align;
    use crate::resolve::ResolvedCell;

    fn column(title: &str, group: Option<&str>) -> ResolvedColumn {
        ResolvedColumn {
            title: vec![Run::plain(title)],
            width_um: None,
            align: Align::Left,
            group: group.map(|g| vec![Run::plain(g)]),
        }
    }

    fn texts(cells: &[HeaderCell]) -> Vec<(String, u32, u32)> {
        cells.iter().map(|c| (c.runs[0].text.clone(), c.colspan, c.rowspan)).collect()
    }

    #[test]
    fn grouped_columns_share_an_upper_header_cell() {
        let columns = [
            column("TT", None),
            column("Nội dung", None),
            column("Ban Thường vụ", Some("Thời gian trình")),
            column("Ban Chấp hành", Some("Thời gian trình")),
            column("Ghi chú", None),
        ];
        let rows = header(&columns);
        assert_eq!(
            texts(&rows[0]),
            [
                ("TT".into(), 1, 2),
                ("Nội dung".into(), 1, 2),
                ("Thời gian trình".into(), 2, 1),
                ("Ghi chú".into(), 1, 2)
            ]
        );
        assert_eq!(
            texts(&rows[1]),
            [("Ban Thường vụ".into(), 1, 1), ("Ban Chấp hành".into(), 1, 1)]
        );
        let single = header(&columns[..2]);
        assert_eq!(single.len(), 1);
    }

    #[test]
    fn numbers_run_on_across_group_rows() {
        let cells = |text: &str| {
            ResolvedRow::Cells(vec![ResolvedCell {
                column: 1,
                runs: vec![Run::plain(text)],
                rows: 1,
            }])
        };
        let table = ResolvedTable {
            columns: vec![column("TT", None), column("Nội dung", None)],
            number: true,
            rows: vec![
                cells("a"),
                ResolvedRow::Group(vec![Run::plain(" Quý III ")]),
                cells("b"),
            ],
        };
        let view = table_view(&table);
        assert_eq!(view.rows[0].cells[0].runs[0].text, "1");
        assert_eq!(view.rows[1].group.as_deref(), Some(&[Run::plain("Quý III")][..]));
        assert_eq!(view.rows[2].cells[0].runs[0].text, "2");
        assert_eq!(view.rows[2].cells[1].column, 1);
    }
}
