//! The footer after the body as a borderless two-column table
//! (`format-rules.md` §1.2 boxes 7–9, §2.2 boxes 7–9, §6.2, §12), as
//! `templates/parts/footer.typ`: left "Nơi nhận:" and the recipients, right
//! the signature block. Its row does not split across pages. A list of
//! recipients taller than the signature block is split, as in the PDF: the
//! label and the first recipient lines beside the signature, in a row that
//! does not split (and the closing keeps with it), then the rest of the
//! list one row a recipient line (the last two lines in one), running on
//! to the next page between them.

use docx_rs::{AlignmentType, Paragraph, Run, Table, TableCell};

use super::footer_lines::{self, FooterFace};
use super::header::two_columns_rows;
use super::measure;
use super::values::{LabelLook, Lines, Values, gap_between};
use super::{paragraph, text};
use crate::view::{Footer, SignerView};

/// The footer table; its first lines are `body-to-footer` below the last
/// body line (one blank line [P]).
pub(super) fn footer(v: &Values, f: &Footer) -> Table {
    let before = gap_between(v.body_to_footer, v.body_lines, v.signer_lines);
    let parts = recipients(v, f, before);
    let (signature, signature_height) = signature(v, &f.signer, before);
    let heights: Vec<f64> = parts.iter().map(|(_, h)| h).copied().collect();
    let rows = match split_at(&heights, signature_height) {
        Some(k) => {
            let mut parts = parts.into_iter().map(|(p, _)| p);
            let first: Vec<Paragraph> = parts.by_ref().take(k).collect();
            let mut rows = vec![([cell(first), signature], false)];
            // The rest one row a part, none split: the list breaks between
            // its lines, never inside a recipient that wraps, as in the PDF
            // (LibreOffice split a row of them inside a recipient, its
            // first line beside the signature, its second on the next page,
            // whatever the paragraph's widow control).
            // The last two lines share a row, so that the last ("- Lưu
            // VP/ĐU.") never stands alone on the next page, as in the PDF.
            let empty = || paragraph(v.recipient_lines, 0.0, 0.0);
            let mut rest: Vec<Vec<Paragraph>> = parts.map(|p| vec![p]).collect();
            // "Bản điện tử:" shares a row with its first line, as in the
            // PDF: the label is never left alone at a page's foot.
            let label_at = (1 + f.recipients.len()).checked_sub(k);
            if f.electronic_label.is_some()
                && let Some(at) = label_at
                && at + 1 < rest.len()
            {
                let first = rest.remove(at + 1);
                rest[at].extend(first);
            }
            if rest.len() >= 2
                && let Some(last) = rest.pop()
                && let Some(before) = rest.last_mut()
            {
                before.extend(last);
            }
            rows.extend(
                rest.into_iter().map(|ps| ([cell(ps), cell(vec![empty()])], false)),
            );
            rows
        }
        None => {
            vec![([cell(parts.into_iter().map(|(p, _)| p).collect()), signature], false)]
        }
    };
    two_columns_rows(v.footer_columns, rows)
}

/// How many parts of the left cell (the label, each recipient line, …,
/// `heights` points tall) go beside the signature block (`signature`
/// points tall): the fewest as tall as it, so that the rest runs on at the
/// list's own pitch; `None` when the whole list is no taller (the footer
/// stays one row that does not split), as `footer.typ` `footer`.
fn split_at(heights: &[f64], signature: f64) -> Option<usize> {
    let total: f64 = heights.iter().sum();
    if total <= signature {
        return None;
    }
    let mut sum = 0.0;
    heights
        .iter()
        .position(|h| {
            sum += h;
            sum >= signature
        })
        .map(|i| i + 1)
        // All but the last line in the first row: kept whole instead, as
        // the PDF keeps it, so that the last line never follows alone.
        .filter(|&k| k + 1 < heights.len())
}

/// A cell of `paragraphs`.
fn cell(paragraphs: Vec<Paragraph>) -> TableCell {
    paragraphs.into_iter().fold(TableCell::new(), TableCell::add_paragraph)
}

/// "Nơi nhận:" on the signature's line model (level with the authority
/// line), then the recipient lines, flush left; each with at most how tall
/// it is, points (its lines counted as the PDF counts them, [`count`]).
///
/// Then, when the plan has electronic recipients, "Bản điện tử:" (12 pt
/// bold italic) and its lines, on the recipients' line model, as
/// `templates/parts/footer.typ` prints them
/// (`plan-format.md`, "`electronic_recipients`", format-rules.md §13).
fn recipients(v: &Values, f: &Footer, before: f64) -> Vec<(Paragraph, f64)> {
    let mut parts = vec![(
        paragraph(v.signer_lines, before, 0.0)
            .align(AlignmentType::Left)
            .add_run(label(&f.recipients_label, v.recipients_label)),
        height(
            count(f, &f.recipients_label, FooterFace::Widest, v.recipients_label.size, v),
            v.signer_lines,
        ),
    )];
    parts.extend(lines(v, f, &f.recipients));
    if let Some(electronic) = &f.electronic_label {
        parts.push((
            paragraph(v.recipient_lines, 0.0, 0.0)
                .align(AlignmentType::Left)
                .add_run(label(electronic, v.electronic_label)),
            height(
                count(f, electronic, FooterFace::Widest, v.electronic_label.size, v),
                v.recipient_lines,
            ),
        ));
        parts.extend(lines(v, f, &f.electronic));
    }
    parts
}

/// How many lines `text` of the left cell takes at most, counted from the
/// view's widths of it as the PDF counts them (`footer_lines::most_lines`,
/// `footer.typ` `most-lines`), so that both outputs keep or split the same
/// footers.
fn count(f: &Footer, text: &str, face: FooterFace, size: f64, v: &Values) -> usize {
    footer_lines::most_lines(&f.widths, text, face, size, v.footer_columns[0])
}

/// `count` lines of model `lines`, points.
fn height(count: usize, lines: Lines) -> f64 {
    // A few lines at most: exact in an f64.
    #[allow(clippy::cast_precision_loss)]
    let count = count as f64;
    count * lines.pitch
}

/// A label ("Nơi nhận:", "Bản điện tử:") in its look.
fn label(words: &str, look: LabelLook) -> Run {
    let mut label = text(words, look.size);
    if look.bold {
        label = label.bold();
    }
    if look.italic {
        label = label.italic();
    }
    if look.underline {
        label = label.underline("single");
    }
    label
}

/// Recipient lines, flush left, one paragraph each, with at most how tall.
fn lines(v: &Values, f: &Footer, lines: &[String]) -> Vec<(Paragraph, f64)> {
    lines
        .iter()
        .map(|line| {
            let count = count(f, line, FooterFace::Regular, v.recipient_size, v);
            let p = paragraph(v.recipient_lines, 0.0, 0.0)
                .align(AlignmentType::Left)
                .add_run(text(line, v.recipient_size));
            (p, height(count, v.recipient_lines))
        })
        .collect()
}

/// Authority lines, title, the signature space, name; centred. The first
/// line carries the space above the footer. An authority or title line
/// too long for the cell breaks into lines of even length ("PHÓ TRƯỞNG BAN"
/// / "THƯỜNG TRỰC", not "PHÓ TRƯỞNG BAN THƯỜNG" / "TRỰC"), as
/// `templates/parts/footer.typ` [P].
fn signature(v: &Values, s: &SignerView, before: f64) -> (TableCell, f64) {
    let l = v.signer_lines;
    let cell = v.footer_columns[1];
    let mut lines: Vec<Run> = s
        .authority
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let groups = s.authority_groups.get(i);
            let (line, _) =
                measure::balance_grouped(line, groups, v.authority_size, true, cell);
            text(&line, v.authority_size).bold()
        })
        .collect();
    let (title_text, _) = measure::balance_grouped(
        &s.title,
        Some(&s.title_groups),
        v.signer_title_size,
        v.signer_title_bold,
        cell,
    );
    let mut title = text(&title_text, v.signer_title_size);
    if v.signer_title_bold {
        title = title.bold();
    }
    lines.push(title);
    let count: usize = s
        .authority
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let groups = s.authority_groups.get(i);
            measure::balance_grouped(line, groups, v.authority_size, true, cell)
                .0
                .lines()
                .count()
        })
        .sum::<usize>()
        + title_text.lines().count();
    let mut cell = TableCell::new();
    for (i, run) in lines.into_iter().enumerate() {
        let above = if i == 0 { before } else { 0.0 };
        cell = cell.add_paragraph(
            paragraph(l, above, 0.0).align(AlignmentType::Center).add_run(run),
        );
    }
    // §1.2 box 7c/8, §2.2 box 7c/8: signature and seal space [P]
    let space = gap_between(v.signature_pitch, l, l);
    let cell = cell.add_paragraph(
        paragraph(l, space, 0.0)
            .align(AlignmentType::Center)
            .add_run(text(&s.name, v.signer_name_size).bold()),
    );
    // Its lines, the signing space, the name's line: a few lines, exact
    // in an f64.
    #[allow(clippy::cast_precision_loss)]
    let height = count as f64 * l.pitch + space + l.pitch;
    (cell, height)
}

#[cfg(test)]
mod tests {
    use super::split_at;

    /// The first row takes the fewest parts as tall as the signature block;
    /// when that is all but the last, the footer is kept whole: that line
    /// would follow alone.
    #[test]
    fn the_last_line_never_follows_the_first_row_alone() {
        assert_eq!(split_at(&[10.0; 12], 90.0), Some(9));
        assert_eq!(split_at(&[10.0; 10], 90.0), None);
        assert_eq!(split_at(&[10.0; 5], 90.0), None);
    }
}
