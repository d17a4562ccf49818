//! An appendix (*phụ lục*, `plan-format.md`, "`appendices` (top level)",
//! `format-rules.md` §10; NĐ 30 Phụ lục I, III.1 [R]), as
//! `templates/parts/appendix.typ`: its own Word section (see
//! [`super::section`]), from a new page, A4 landscape when asked, its page
//! numbers restarting; the header block of page 1 again without the number and
//! the date line when asked; then, centred, 14 pt, on the title's lines,
//! "Phụ lục I" bold, the title in upper case bold, the "(Kèm theo …)" line
//! italic broken into even lines, kept with what follows; one blank line; the
//! content as a body.

use docx_rs::{AlignmentType, Paragraph};

use super::body::{self, Part};
use super::footnote::Notes;
use super::values::{Values, gap_between};
use super::{header, measure, page_height, page_width, paragraph, runs, text};
use crate::view::{AppendixView, Role, View};

/// The parts of appendix `a` of `view`.
pub(super) fn appendix(
    v: &Values,
    view: &View,
    a: &AppendixView,
    notes: &mut Notes,
) -> Vec<Part> {
    let width = page_width(a.landscape) - v.margin[2] - v.margin[3];
    // The appendix's notes are measured against its own text width; the
    // next appendix sets its own.
    notes.set_width(width);
    let l = v.title_lines;
    let size = v.appendix_size;
    let mut parts = Vec::new();
    let mut before = 0.0;
    if a.header {
        parts.push(Part::Table(Box::new(header::header(v, &view.header, false, width))));
        // One blank line under the header, as above the document type (§6.1 [P]).
        before = gap_between(v.header_to_title, v.header_lines, l);
    }
    let centred = |before: f64, after: f64| -> Paragraph {
        // The heading stays with the first lines of the content [P].
        paragraph(l, before, after).align(AlignmentType::Center).keep_next(true)
    };
    parts.push(Part::Paragraph(Box::new(
        centred(before, 0.0).add_run(text(&a.label, size).bold()),
    )));
    let mut title = centred(0.0, 0.0);
    for run in runs(&a.title, size, notes) {
        title = title.add_run(run.bold());
    }
    parts.push(Part::Paragraph(Box::new(title)));
    // A reference line too long for one line breaks into even lines.
    let (reference, _) = measure::balance_styled(&a.reference, size, false, true, width);
    let first = gap_between(v.appendix_to_body, l, v.body_lines);
    // A Word table has no space above it: the blank line goes under the
    // reference line instead.
    let table_first = a.body.first().is_some_and(|b| b.role == Role::Table);
    let (after, first) = if table_first { (first, 0.0) } else { (0.0, first) };
    parts.push(Part::Paragraph(Box::new(
        centred(0.0, after).add_run(text(&reference, size).italic()),
    )));
    let height = page_height(a.landscape) - v.margin[0] - v.margin[1];
    parts.extend(body::body(v, &a.body, first, (width, height), notes));
    parts
}
