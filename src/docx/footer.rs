//! The footer after the body as a borderless two-column table
//! (`format-rules.md` §1.2 boxes 7–9, §2.2 boxes 7–9, §6.2), as
//! `templates/parts/footer.typ`: left "Nơi nhận:" and the recipients, right
//! the signature block; its row does not split across pages, unless it is
//! taller than a page (a very long list of recipients), which Word would
//! cut off at the foot.

use docx_rs::{AlignmentType, Run, Table, TableCell};

use super::header::two_columns;
use super::measure;
use super::values::{LabelLook, Values, gap_between};
use super::{paragraph, text};
use crate::view::{Footer, SignerView};

/// The footer table; its first lines are `body-to-footer` below the last
/// body line (one blank line [P]).
pub(super) fn footer(v: &Values, f: &Footer) -> Table {
    let before = gap_between(v.body_to_footer, v.body_lines, v.signer_lines);
    let page = super::page_height(false) - v.margin[0] - v.margin[1];
    two_columns(
        v.footer_columns,
        vec![[recipients(v, f, before), signature(v, &f.signer, before)]],
        recipients_height(v, f) > page,
    )
}

/// About how tall the recipients' cell is, points: the label, then every
/// line wrapped at the cell's width.
fn recipients_height(v: &Values, f: &Footer) -> f64 {
    let width = v.footer_columns[0];
    let lines: usize = f
        .recipients
        .iter()
        .chain(&f.electronic)
        .map(|line| measure::line_count(line, v.recipient_size, false, width))
        .sum::<usize>()
        + usize::from(f.electronic_label.is_some());
    // A few hundred lines at most: exact in an f64.
    #[allow(clippy::cast_precision_loss)]
    let lines = lines as f64;
    v.signer_lines.pitch + lines * v.recipient_lines.pitch
}

/// "Nơi nhận:" on the signature's line model (level with the authority
/// line), then the recipient lines, flush left.
///
/// Then, when the plan has electronic recipients, "Bản điện tử:" (12 pt
/// bold italic) and its lines, on the recipients' line model, as
/// `templates/parts/footer.typ` prints them (plan-format-v2.md §2.5,
/// format-rules.md §13).
fn recipients(v: &Values, f: &Footer, before: f64) -> TableCell {
    let mut cell = TableCell::new().add_paragraph(
        paragraph(v.signer_lines, before, 0.0)
            .align(AlignmentType::Left)
            .add_run(label(&f.recipients_label, v.recipients_label)),
    );
    cell = lines(v, cell, &f.recipients);
    if let Some(electronic) = &f.electronic_label {
        cell = cell.add_paragraph(
            paragraph(v.recipient_lines, 0.0, 0.0)
                .align(AlignmentType::Left)
                .add_run(label(electronic, v.electronic_label)),
        );
        cell = lines(v, cell, &f.electronic);
    }
    cell
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

/// Recipient lines, flush left, one paragraph each.
fn lines(v: &Values, mut cell: TableCell, lines: &[String]) -> TableCell {
    for line in lines {
        cell = cell.add_paragraph(
            paragraph(v.recipient_lines, 0.0, 0.0)
                .align(AlignmentType::Left)
                .add_run(text(line, v.recipient_size)),
        );
    }
    cell
}

/// Authority lines, title, the signature space, name; centred. The first
/// line carries the space above the footer. An authority or title line
/// too long for the cell breaks into lines of even length ("PHÓ TRƯỞNG BAN"
/// / "THƯỜNG TRỰC", not "PHÓ TRƯỞNG BAN THƯỜNG" / "TRỰC"), as
/// `templates/parts/footer.typ` [P].
fn signature(v: &Values, s: &SignerView, before: f64) -> TableCell {
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
    let mut cell = TableCell::new();
    for (i, run) in lines.into_iter().enumerate() {
        let above = if i == 0 { before } else { 0.0 };
        cell = cell.add_paragraph(
            paragraph(l, above, 0.0).align(AlignmentType::Center).add_run(run),
        );
    }
    // §1.2 box 7c/8, §2.2 box 7c/8: signature and seal space [P]
    let space = gap_between(v.signature_pitch, l, l);
    cell.add_paragraph(
        paragraph(l, space, 0.0)
            .align(AlignmentType::Center)
            .add_run(text(&s.name, v.signer_name_size).bold()),
    )
}
