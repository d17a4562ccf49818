//! The document as plain text: [`View`] → `String`, for `plan text` and so
//! for `git diff` through a textconv driver.
//!
//! One paragraph a line, in reading order: the header (national heading,
//! parent body, issuer, number, date line), the document type and summary,
//! every body paragraph (runs joined, no bold or italic marks), "Nơi nhận:"
//! and the recipient lines, then the signature lines. Groups are separated
//! by one empty line. The same view always gives the same text, which ends
//! with a newline. A line break inside a text value becomes a space, so a
//! paragraph is never split over two lines.
//!
//! A footnote prints its number in brackets where its mark stands, and its
//! note on the next line: `"[1] Theo Quyết định số 12/QĐ-UBND."`; numbers
//! run through the document, as on the page. A table prints one line per
//! row, cells joined by `" | "`, the header rows first; a group row is its
//! text alone. A place covered by a cell of a row above (one spanning rows)
//! or by a title over several columns is an empty cell, so that every row
//! has its columns in the same places: `"2 | Rà soát … |  | Tháng 10/2024"`.
//! Each appendix follows the signature as a group of its own: its label,
//! title, "(Kèm theo …)" line, then its content.

use crate::view::{Block, DRAFT_MARK, Role, Run, TableView, View};

/// The plain text of `view`.
pub fn render(view: &View) -> String {
    let mut groups: Vec<Vec<String>> = Vec::new();

    let header = &view.header;
    let mut top: Vec<String> = header.national.iter().map(|l| one_line(l)).collect();
    top.extend(header.parent.iter().map(|p| one_line(p)));
    top.push(one_line(&header.issuer));
    top.push(one_line(&header.number));
    top.push(one_line(&header.date));
    if view.draft {
        top.push(DRAFT_MARK.to_owned());
    }
    groups.push(top);

    let mut notes = Notes::default();
    let mut title = vec![one_line(&view.doc_type)];
    notes.line(&view.summary, &mut title);
    groups.push(title);
    groups.push(notes.blocks(&view.body));

    let footer = &view.footer;
    let mut recipients = vec![one_line(&footer.recipients_label)];
    recipients.extend(footer.recipients.iter().map(|r| one_line(r)));
    recipients.extend(footer.electronic_label.iter().map(|l| one_line(l)));
    recipients.extend(footer.electronic.iter().map(|r| one_line(r)));
    groups.push(recipients);

    let signer = &footer.signer;
    let mut signature: Vec<String> =
        signer.authority.iter().map(|a| one_line(a)).collect();
    signature.push(one_line(&signer.title));
    signature.push(one_line(&signer.name));
    groups.push(signature);

    for appendix in &view.appendices {
        // `header: true`: the header block again, without number and date.
        let mut lines: Vec<String> = Vec::new();
        if appendix.header {
            lines.extend(header.national.iter().map(|l| one_line(l)));
            lines.extend(header.parent.iter().map(|p| one_line(p)));
            lines.push(one_line(&header.issuer));
        }
        lines.push(one_line(&appendix.label));
        notes.line(&appendix.title, &mut lines);
        lines.push(one_line(&appendix.reference));
        lines.extend(notes.blocks(&appendix.body));
        groups.push(lines);
    }

    let mut out = String::new();
    for (index, group) in groups.iter().filter(|g| !g.is_empty()).enumerate() {
        if index > 0 {
            out.push('\n');
        }
        for line in group {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Footnotes numbered through the document.
#[derive(Default)]
struct Notes {
    count: usize,
}

impl Notes {
    /// The lines of body blocks: a paragraph each, a table's rows.
    fn blocks(&mut self, blocks: &[Block]) -> Vec<String> {
        let mut out = Vec::new();
        for block in blocks {
            match (&block.table, block.role) {
                (Some(table), Role::Table) => self.table(table, &mut out),
                _ => self.line(&block.runs, &mut out),
            }
        }
        out
    }

    /// Pushes the line of `runs`, then a line per footnote in it.
    fn line(&mut self, runs: &[Run], out: &mut Vec<String>) {
        let mut notes = Vec::new();
        let line = self.text(runs, &mut notes);
        out.push(line);
        out.extend(notes);
    }

    /// The text of `runs` with "[n]" for each footnote mark; the notes'
    /// lines go to `notes`.
    fn text(&mut self, runs: &[Run], notes: &mut Vec<String>) -> String {
        let mut joined = String::new();
        for run in runs {
            if let Some(note) = &run.footnote {
                self.count += 1;
                joined.push_str(&format!("[{}]", self.count));
                notes.push(format!("[{}] {}", self.count, runs_line(note)));
            }
            joined.push_str(&run.text);
        }
        one_line(&joined)
    }

    fn table(&mut self, table: &TableView, out: &mut Vec<String>) {
        let mut notes = Vec::new();
        let width = table.columns.len();
        // Rows still covered, per column, by a cell of a row above.
        let mut covered = vec![0_u32; width];
        for row in &table.header {
            let mut cells = Vec::new();
            let mut column = 0;
            for cell in row {
                skip_covered(&mut covered, &mut column, &mut cells);
                cells.push(self.text(&cell.runs, &mut notes));
                let span = usize::try_from(cell.colspan.max(1)).unwrap_or(1);
                for rows in covered.iter_mut().skip(column).take(span) {
                    *rows = cell.rowspan.saturating_sub(1);
                }
                // A title over several columns: one empty cell for each
                // column after its first, so that columns line up.
                cells.extend((1..span).map(|_| String::new()));
                column += span;
            }
            skip_covered(&mut covered, &mut column, &mut cells);
            // Nothing after the last title: no empty cells at the end.
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            out.push(cells.join(" | ").trim_end().to_owned());
            // A title's note follows its line, as a cell's does.
            out.append(&mut notes);
        }
        for row in &table.rows {
            let line = match &row.group {
                Some(group) => self.text(group, &mut notes),
                None => {
                    // A body cell knows its column: the columns before it
                    // that it skips are covered from above.
                    let mut cells = Vec::new();
                    for cell in &row.cells {
                        let at = usize::try_from(cell.column).unwrap_or(width);
                        while cells.len() < at.min(width) {
                            cells.push(String::new());
                        }
                        cells.push(self.text(&cell.runs, &mut notes));
                    }
                    cells.join(" | ").trim_end().to_owned()
                }
            };
            out.push(line);
            out.append(&mut notes);
        }
    }
}

/// The text of `runs`, joined, on one line; a footnote is written as in
/// the plan, `^[…]`, where its mark stands.
pub fn runs_line(runs: &[Run]) -> String {
    let mut joined = String::new();
    for run in runs {
        if let Some(note) = &run.footnote {
            joined.push_str("^[");
            joined.push_str(&runs_line(note));
            joined.push(']');
        }
        joined.push_str(&run.text);
    }
    one_line(&joined)
}

/// `text` with every line break (and the spaces around it) made one space,
/// and no spaces at either end.
fn one_line(text: &str) -> String {
    if !text.contains(['\n', '\r']) {
        return text.trim().to_owned();
    }
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Adds an empty cell for each column from `column` on that a header cell
/// above still covers, counting that row off.
fn skip_covered(covered: &mut [u32], column: &mut usize, cells: &mut Vec<String>) {
    while let Some(rows) = covered.get_mut(*column).filter(|rows| **rows > 0) {
        *rows -= 1;
        cells.push(String::new());
        *column += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{
        AppendixView, CellView, ColumnView, Footer, FooterWidths, Header, HeaderCell,
        Meta, SignerView, TableRowView,
    };

    fn view() -> View {
        View {
            style: "dang",
            rules: "hd36-2018",
            meta: Meta { title: "t".into(), author: "a".into(), date: [2024, 5, 2] },
            draft: false,
            header: Header {
                national: vec!["ĐẢNG CỘNG SẢN VIỆT NAM".into()],
                parent: None,
                parent_lines: None,
                parent_groups: None,
                issuer: "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ".into(),
                issuer_lines: "ĐẢNG ỦY\nPHƯỜNG MỸ ĐỘ".into(),
                issuer_groups: Vec::new(),
                number: "Số 45-CTr/ĐU".into(),
                date: "Mỹ Độ, ngày 02 tháng 5 năm 2024".into(),
            },
            doc_type: "CHƯƠNG TRÌNH".into(),
            summary: vec![Run::plain("Công tác tháng 5 năm 2024")],
            body: vec![
                Block::new(
                    Role::Heading,
                    vec![Run::strong("1- Công tác xây dựng Đảng:")],
                ),
                Block::new(
                    Role::Item,
                    vec![Run::plain("Một "), Run::strong("hai"), Run::emph(" ba\n  bốn")],
                ),
            ],
            footer: Footer {
                recipients_label: "Nơi nhận:".into(),
                widths: FooterWidths::default(),
                recipients: vec!["- Các chi bộ,".into(), "- Lưu VP/ĐU.".into()],
                electronic_label: None,
                electronic: Vec::new(),
                signer: SignerView {
                    authority: vec!["T/M ĐẢNG ỦY".into()],
                    authority_groups: vec![vec![vec!["T/M ĐẢNG ỦY".into()]]],
                    title: "PHÓ BÍ THƯ".into(),
                    title_groups: vec![vec!["PHÓ BÍ THƯ".into()]],
                    name: "Hoàng Trọng Hiếu".into(),
                },
            },
            appendices: vec![],
        }
    }

    #[test]
    fn one_paragraph_a_line_no_markup() {
        let text = render(&view());
        assert_eq!(
            text,
            "ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG MỸ ĐỘ\nSố 45-CTr/ĐU\n\
             Mỹ Độ, ngày 02 tháng 5 năm 2024\n\nCHƯƠNG TRÌNH\nCông tác tháng 5 năm 2024\n\n\
             1- Công tác xây dựng Đảng:\nMột hai ba bốn\n\n\
             Nơi nhận:\n- Các chi bộ,\n- Lưu VP/ĐU.\n\n\
             T/M ĐẢNG ỦY\nPHÓ BÍ THƯ\nHoàng Trọng Hiếu\n"
        );
    }

    #[test]
    fn footnotes_tables_and_appendices() {
        let mut v = view();
        v.body[1].runs.push(Run::footnote(vec![Run::plain("Ghi chú một.")]));
        let cell = |column, text: &str| CellView {
            column,
            runs: vec![Run::plain(text)],
            rowspan: 1,
        };
        let table = TableView {
            columns: vec![ColumnView { width_um: None, align: "left" }; 2],
            header: vec![vec![
                HeaderCell { runs: vec![Run::plain("TT")], colspan: 1, rowspan: 1 },
                HeaderCell {
                    runs: vec![
                        Run::plain("Nội dung"),
                        Run::footnote(vec![Run::plain("Ghi chú cột.")]),
                    ],
                    colspan: 1,
                    rowspan: 1,
                },
            ]],
            rows: vec![
                TableRowView { group: Some(vec![Run::plain("Quý III")]), cells: vec![] },
                TableRowView {
                    group: None,
                    cells: vec![
                        cell(0, "1"),
                        CellView {
                            column: 1,
                            runs: vec![
                                Run::plain("Sơ kết"),
                                Run::footnote(vec![Run::plain("Ghi chú hai.")]),
                            ],
                            rowspan: 1,
                        },
                    ],
                },
            ],
        };
        v.appendices.push(AppendixView {
            label: "Phụ lục".into(),
            title: vec![Run::strong("DANH MỤC")],
            reference: "(Kèm theo …)".into(),
            landscape: false,
            header: false,
            body: vec![Block { role: Role::Table, runs: vec![], table: Some(table) }],
        });
        let text = render(&v);
        assert!(text.contains("Một hai ba bốn[1]\n[1] Ghi chú một.\n"), "{text}");
        assert!(
            text.ends_with(
                "Hoàng Trọng Hiếu\n\nPhụ lục\nDANH MỤC\n(Kèm theo …)\nTT | Nội dung[2]\n\
                 [2] Ghi chú cột.\nQuý III\n1 | Sơ kết[3]\n[3] Ghi chú hai.\n"
            ),
            "{text}"
        );
        assert_eq!(runs_line(&v.body[1].runs), "Một hai ba bốn^[Ghi chú một.]");
    }

    #[test]
    fn electronic_recipients_follow_the_archive_line() {
        let mut v = view();
        v.footer.electronic_label = Some("Bản điện tử:".into());
        v.footer.electronic = vec!["- UBND huyện;".into(), "- Các phòng, ban.".into()];
        assert!(render(&v).contains(
            "Nơi nhận:\n- Các chi bộ,\n- Lưu VP/ĐU.\nBản điện tử:\n- UBND huyện;\n\
             - Các phòng, ban.\n\n"
        ));
    }

    #[test]
    fn parent_and_draft_lines() {
        let mut v = view();
        v.header.parent = Some("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG".into());
        v.header.parent_lines = Some("ĐẢNG BỘ\nTHÀNH PHỐ BẮC GIANG".into());
        v.draft = true;
        let text = render(&v);
        assert!(
            text.starts_with(
                "ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG BỘ THÀNH PHỐ BẮC GIANG\nĐẢNG ỦY PHƯỜNG MỸ ĐỘ\n"
            ),
            "{text}"
        );
        assert!(text.contains("năm 2024\nDỰ THẢO\n\nCHƯƠNG TRÌNH\n"), "{text}");
    }

    #[test]
    fn empty_parts_leave_no_double_blank_and_the_text_ends_with_a_newline() {
        let mut v = view();
        v.body.clear();
        v.footer.signer.authority.clear();
        let text = render(&v);
        assert!(!text.contains("\n\n\n"), "{text}");
        assert!(text.ends_with("PHÓ BÍ THƯ\nHoàng Trọng Hiếu\n"));
    }
}
