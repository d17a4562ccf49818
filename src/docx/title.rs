//! The document type, the summary and the mark under it ("-----" or a
//! rule), centred (`format-rules.md` §1.2 box 5a, §2.2 box 5a, §6.1), as
//! `templates/parts/title.typ`.

use docx_rs::{AlignmentType, Paragraph};

use super::footnote::Notes;
use super::values::{Mark, Values, gap_between};
use super::{centred, measure, paragraph, rule, runs, text};
use crate::view::View;

/// The title paragraphs: type, summary, mark. The type's baseline is
/// `header-to-title` below the number line's (one blank line, §6.1 [P]).
pub(super) fn title(v: &Values, view: &View, notes: &mut Notes) -> Vec<Paragraph> {
    let l = v.title_lines;
    let before = gap_between(v.header_to_title, v.header_lines, l);
    let doc_type = paragraph(l, before, 0.0)
        .align(AlignmentType::Center)
        .add_run(text(&view.doc_type, v.doc_type_size).bold());
    // A summary too long for one line breaks into lines of even length
    // (`title.typ`); one with several runs wraps as Word wraps it.
    let width = text_width(v);
    let (summary_runs, widest) = match view.summary.as_slice() {
        [one] => {
            let (text, widest) = measure::balance(&one.text, v.summary_size, true, width);
            (vec![crate::view::Run { text, ..one.clone() }], widest)
        }
        many => {
            let line: String = many.iter().map(|r| r.text.as_str()).collect();
            (many.to_vec(), measure::width(&line, v.summary_size, true, false).min(width))
        }
    };
    let mut summary = paragraph(l, 0.0, 0.0).align(AlignmentType::Center);
    for run in runs(&summary_runs, v.summary_size, notes) {
        summary = summary.add_run(run.bold());
    }
    let mark = match v.summary_mark {
        // §1.2: five hyphens, text, under the summary [S]
        Mark::Text(mark, size) => centred(l, text(mark, size)),
        // §2.2 box 5a: a rule 1/3–1/2 of the summary's line [R]
        Mark::Rule { ratio, drop } => rule(l, width, ratio * widest, drop, 0.0),
    };
    vec![doc_type, summary, mark]
}

/// The text width of a portrait page: the page less the side margins.
pub(super) fn text_width(v: &Values) -> f64 {
    super::page_width(false) - v.margin[2] - v.margin[3]
}
