//! Page 1's header as a borderless two-column table (`format-rules.md` §1.2
//! boxes 1–4, §2.2 boxes 1–4, §3, §6.1), as `templates/parts/header.typ`:
//! row 1 left the parent, the issuer and its mark ("*" or a rule), right the
//! national heading and the rule under its last line; row 2 the number and
//! the italic date line, sharing a baseline. Also the page headers: the
//! page number from page 2 on (a PAGE field), and the draft mark on page 1.

use docx_rs::{
    AlignmentType, FieldCharType, Header, InstrText, Paragraph, Run, Table, TableCell,
    TableCellMargins, TableLayoutType, TableRow, TextBorder, WidthType,
};

use super::values::{DRAFT_SIZE, DRAFT_STROKE, Lines, Mark, NumberTop, Values};
use super::{
    centred, eighth_points, half_points, measure, rule, rule_space, side_indents, text,
    twips,
};
use crate::view::{self, Groups};

/// Times New Roman's descender and cap height, in em (the hhea descender and
/// the OS/2 cap height; Liberation Serif's are the same).
const DESCENDER: f64 = 0.216;
const CAP_HEIGHT: f64 = 0.662;

/// The line model of the page number's paragraph: exactly 16 pt.
const NUMBER_LINES: Lines = Lines { pitch: 16.0, above: 16.0 - DESCENDER * 14.0 };

/// How far below the top edge the page headers start, so that the top of
/// the page number's figures is where the PDF has it: `page-number-top`
/// below the top edge (Party, §1.1 [S]), or centred in the top margin
/// (state, §2.1 [R]). Word and LibreOffice set a line of "exactly" spacing
/// with its descender at the bottom: the baseline is `pitch − descender`
/// below the line's top.
pub(super) fn page_number_distance(v: &Values) -> f64 {
    let cap = CAP_HEIGHT * v.page_number_size;
    let figures_top = match v.page_number_top {
        NumberTop::At(top) => top,
        NumberTop::Centred => (v.margin[0] - cap) / 2.0,
    };
    let baseline = NUMBER_LINES.pitch - DESCENDER * v.page_number_size;
    figures_top - (baseline - cap)
}

/// The page number's header: the number, centred, on every page but a
/// section's first (`format-rules.md` §1.1 [S], §2.1 [R]).
pub(super) fn number_header(v: &Values) -> Header {
    let number = centred(
        NUMBER_LINES,
        Run::new()
            .size(half_points(v.page_number_size))
            .add_field_char(FieldCharType::Begin, false)
            .add_instr_text(InstrText::PAGE(docx_rs::InstrPAGE::new()))
            .add_field_char(FieldCharType::Separate, false)
            .add_text("2")
            .add_field_char(FieldCharType::End, false),
    );
    Header::new().add_paragraph(number)
}

/// Page 1's header: the draft mark when `draft`, else nothing; an
/// appendix's first page has the empty one. An empty header still holds
/// an empty paragraph, on the page number's lines: the schema wants one
/// (`CT_HdrFtr`, ECMA-376 Part 1, clause 17.10.4), and Word writes one.
pub(super) fn first_header(draft: bool) -> Header {
    let p = if draft { draft_mark() } else { super::paragraph(NUMBER_LINES, 0.0, 0.0) };
    Header::new().add_paragraph(p)
}

/// "DỰ THẢO" 14 pt bold in a thin frame, flush left in the top margin of
/// page 1, over the left header cell (`config.typ` `draft` [P]): a run with
/// a border, not a text box.
fn draft_mark() -> Paragraph {
    let border =
        TextBorder::new().size(eighth_points(DRAFT_STROKE)).space(1).color("000000");
    super::paragraph(NUMBER_LINES, 0.0, 0.0)
        .align(AlignmentType::Left)
        .add_run(text(view::DRAFT_MARK, DRAFT_SIZE).bold().text_border(border))
}

/// A name of the left cell at most `width` wide, as `header.typ`'s
/// `name-block`: on one line when it fits (or as the author broke it in a
/// `|` block); else broken before its place as `lines` has it ("ỦY BAN
/// MTTQ VIỆT NAM" / "XÃ LƯƠNG MINH") when both lines fit; else in lines of
/// even length (§1.2, §2.2: long names may wrap) [P], broken only between
/// its word `groups` ([`measure::balance_grouped`]). Returns the text
/// with its line feeds and the width of its widest line.
fn name(
    name: &str,
    lines: &str,
    groups: Option<&Groups>,
    size: f64,
    bold: bool,
    width: f64,
) -> (String, f64) {
    let widest = |text: &str| {
        text.split('\n').map(|l| measure::width(l, size, bold, false)).fold(0.0, f64::max)
    };
    if lines == name || widest(name) <= width {
        return measure::balance_grouped(name, groups, size, bold, width);
    }
    let two = widest(lines);
    if two <= width {
        (lines.to_owned(), two)
    } else {
        measure::balance_grouped(name, groups, size, bold, width)
    }
}

/// `line` (the number or the date line) with the no-break spaces of a
/// blank left for the office ([`crate::vi::BLANK`]: "Số       -CTr/ĐU",
/// "…, ngày        tháng 8 năm 2026") written as plain spaces. Word and
/// LibreOffice keep runs of plain spaces in a `w:t`, as wide as the PDF's
/// blank; LibreOffice draws a no-break space 1.4 times as wide (4.8 pt at
/// 14 pt, measured), which pushed "…, ngày        tháng 6 năm 2025" past
/// its 80 mm cell onto two lines. The line is one line in a cell sized to
/// hold it ([`columns`]), so no break can fall in the blank.
fn blank_as_spaces(line: &str) -> String {
    line.replace('\u{a0}', " ")
}

/// The header's columns, as `header.typ`'s `columns`: the date line stays
/// on one line, its row's right cell growing leftwards (down to a left cell
/// of `left_cell_min`) when it is too long [P]; the names above keep
/// `header_columns`. The left cell less the shift, the shift, the right
/// cell: the names span the first two, the date line the last two.
fn columns(v: &Values, h: &view::Header) -> [f64; 3] {
    let [left, right] = v.header_columns;
    let total = left + right;
    let date = measure::width(&h.date, v.date_size, false, true);
    let wanted = right.max(date + v.date_line_room).min(total - v.left_cell_min);
    [total - wanted, wanted - right, right]
}

/// How far to indent the number, `width` wide in a cell `cell` wide, so
/// that it stays centred under the names of a left cell `left` wide when it
/// fits there `gap` clear of the date line's cell, else as far toward that
/// as the cell allows (`header.typ` `number-cell`; §1.2 box 3, §2.2 box 3).
fn number_indent(width: f64, cell: f64, left: f64, gap: f64) -> f64 {
    let centre = (cell / 2.0).max((left / 2.0).min(cell - width / 2.0 - gap));
    2.0 * centre - cell
}

/// The header table; without its second row (the number and the date line) when
/// not `dated`: the header an appendix repeats (`plan-format.md`,
/// "`appendices` (top level)", `header.typ` `dated: false`), on a page whose
/// text block is `width` points wide. Below, the rules of `format-rules.md`.
pub(super) fn header(v: &Values, h: &view::Header, dated: bool, width: f64) -> Table {
    let [cell, shift, right] = if dated {
        columns(v, h)
    } else {
        // An appendix's repeated header shares its page's text `width` in
        // the proportions of page 1's cells (`header.typ`) [P].
        let [l, r] = v.header_columns;
        [l * width / (l + r), 0.0, r * width / (l + r)]
    };
    let left = cell + shift;
    let l = v.header_lines;
    let mut body = TableCell::new();
    if let (Some(parent), Some(lines)) = (&h.parent, &h.parent_lines) {
        let groups = h.parent_groups.as_ref();
        let (parent, _) = name(parent, lines, groups, v.parent_size, false, left);
        body = body.add_paragraph(centred(l, text(&parent, v.parent_size)));
    }
    let (issuer, widest) = name(
        &h.issuer,
        &h.issuer_lines,
        Some(&h.issuer_groups),
        v.issuer_size,
        true,
        left,
    );
    body = body.add_paragraph(centred(l, text(&issuer, v.issuer_size).bold()));
    body = body.add_paragraph(match v.issuer_mark {
        // §1.2: "*" on its own line under the issuing body [R]
        Mark::Text(mark, size) => centred(l, text(mark, size)),
        // §2.2 box 2: a rule 1/3–1/2 of the issuer's widest line [R]
        Mark::Rule { ratio, drop } => {
            rule(l, left, ratio * widest, drop, rule_space(l, v.issuer_mark_space))
        }
    });
    let mut national = TableCell::new();
    for (i, line) in h.national.iter().enumerate() {
        let size = v.national_sizes.get(i).copied().unwrap_or(v.number_size);
        national = national.add_paragraph(centred(l, text(line, size).bold()));
    }
    // §1.2 box 1 / §2.2 box 1: a rule as long as the last heading line [R]
    let last = h.national.len().saturating_sub(1);
    let last_size = v.national_sizes.get(last).copied().unwrap_or(v.number_size);
    let heading =
        h.national.last().map_or(0.0, |s| measure::width(s, last_size, true, false));
    national = national.add_paragraph(rule(
        l,
        right,
        heading.min(right),
        v.rule_drop,
        rule_space(l, 0.0),
    ));
    if !dated {
        return two_columns([left, right], vec![[body, national]], false);
    }
    let number = blank_as_spaces(&h.number);
    let indent = number_indent(
        measure::width(&number, v.number_size, false, false),
        cell,
        left,
        v.number_size,
    );
    let number = TableCell::new().add_paragraph(side_indents(
        centred(l, text(&number, v.number_size)),
        indent,
        0.0,
    ));
    let date = TableCell::new()
        .add_paragraph(centred(l, text(&blank_as_spaces(&h.date), v.date_size).italic()));
    if twips(shift) == 0 {
        return two_columns([left, right], vec![[body, national], [number, date]], false);
    }
    // Three grid columns: the names over the first two, the date line
    // under the last two.
    let [a, b, c] = [cell, shift, right].map(|w| usize::try_from(twips(w)).unwrap_or(0));
    let rows = vec![
        TableRow::new(vec![
            body.grid_span(2).width(a + b, WidthType::Dxa),
            national.width(c, WidthType::Dxa),
        ])
        .cant_split(),
        TableRow::new(vec![
            number.width(a, WidthType::Dxa),
            date.grid_span(2).width(b + c, WidthType::Dxa),
        ])
        .cant_split(),
    ];
    grid_table(rows, vec![a, b, c])
}

/// A borderless table of two columns `widths` points wide, no cell
/// padding, fixed layout, flush with the left margin: the header and the
/// footer. Its rows do not split across pages unless `may_split` (a row
/// taller than a page, which Word would cut off at the foot).
pub(super) fn two_columns(
    widths: [f64; 2],
    rows: Vec<[TableCell; 2]>,
    may_split: bool,
) -> Table {
    two_columns_rows(widths, rows.into_iter().map(|row| (row, may_split)).collect())
}

/// [`two_columns`] with each row's own `may_split`.
pub(super) fn two_columns_rows(
    widths: [f64; 2],
    rows: Vec<([TableCell; 2], bool)>,
) -> Table {
    let [a, b] = widths.map(|w| usize::try_from(twips(w)).unwrap_or(0));
    let rows = rows
        .into_iter()
        .map(|([left, right], may_split)| {
            let row = TableRow::new(vec![
                left.width(a, WidthType::Dxa),
                right.width(b, WidthType::Dxa),
            ]);
            if may_split { row } else { row.cant_split() }
        })
        .collect();
    grid_table(rows, vec![a, b])
}

/// A borderless table of `rows` on columns `grid` twips wide, at the left
/// margin, with no cell padding: the frame of every table the header and
/// footer are laid out in.
fn grid_table(rows: Vec<TableRow>, grid: Vec<usize>) -> Table {
    let width = grid.iter().sum();
    Table::without_borders(rows)
        .set_grid(grid)
        .width(width, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .indent(0)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docx::values::{DANG, MM, NHA_NUOC};

    fn header(date: &str) -> view::Header {
        let issuer = "ĐẢNG ỦY PHƯỜNG HẠC THÀNH".to_owned();
        view::Header {
            national: vec!["ĐẢNG CỘNG SẢN VIỆT NAM".to_owned()],
            parent: None,
            parent_lines: None,
            parent_groups: None,
            issuer_groups: crate::vi::word_groups::groups(&issuer),
            issuer_lines: "ĐẢNG ỦY\nPHƯỜNG HẠC THÀNH".to_owned(),
            issuer,
            number: "Số 09-CTr/ĐU".to_owned(),
            date: date.to_owned(),
        }
    }

    /// A date line too long for the 80 mm right cell ("Phường Hạc Thành,
    /// …", 94.4 mm) widens only its own row's cell: the names keep the
    /// 85 mm left cell (they wrapped in a 68.6 mm one), and the number is
    /// indented so as to stay centred under them (as `header.typ`).
    #[test]
    fn a_long_date_line_leaves_the_names_their_cell() {
        let h = header("Phường Hạc Thành, ngày 26 tháng 5 năm 2026");
        let [cell, shift, right] = columns(&DANG, &h);
        assert!((cell + shift - 85.0 * MM).abs() < 1e-9, "names keep 85 mm");
        assert!((right - 80.0 * MM).abs() < 1e-9, "heading keeps 80 mm");
        assert!(shift > 10.0 * MM, "the date's row widens: {shift}");
        let number = measure::width(&h.number, DANG.number_size, false, false);
        let indent = number_indent(number, cell, cell + shift, 14.0);
        assert!(
            ((indent + cell) / 2.0 - 85.0 * MM / 2.0).abs() < 1e-9,
            "centred under the names"
        );
        // A short date line: no shift, no indent.
        let h = header("Mỹ Độ, ngày 02 tháng 5 năm 2024");
        let [cell, shift, _] = columns(&DANG, &h);
        assert!(shift.abs() < 1e-9);
        assert!(number_indent(number, cell, cell, 14.0).abs() < 1e-9);
        // No room to centre: the number ends 1 em clear of its cell's edge.
        let indent = number_indent(number, 50.0 * MM, 85.0 * MM, 14.0);
        let right = (indent + 50.0 * MM) / 2.0 + number / 2.0;
        assert!((right + 14.0 - 50.0 * MM).abs() < 1e-9, "{indent}");
    }

    /// The figures' top is 10 mm below the top edge (Party) or centred in
    /// the 20 mm top margin (state).
    #[test]
    fn page_number_sits_where_the_pdf_has_it() {
        let top = |v: &Values| {
            page_number_distance(v) + NUMBER_LINES.pitch
                - DESCENDER * v.page_number_size
                - CAP_HEIGHT * v.page_number_size
        };
        assert!((top(&DANG) - 10.0 * MM).abs() < 1e-9);
        let cap = CAP_HEIGHT * 14.0;
        assert!((top(&NHA_NUOC) - (20.0 * MM - cap) / 2.0).abs() < 1e-9);
    }
}
