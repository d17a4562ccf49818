//! The document type, the summary and the mark under it ("-----" or a
//! rule), centred (`format-rules.md` §1.2 box 5a, §2.2 box 5a, §6.1), as
//! `templates/parts/title.typ`.

use docx_rs::{AlignmentType, Paragraph};

use super::footnote::Notes;
use super::values::{Mark, Values, gap_between};
use super::{measure, paragraph, rule, rule_space, runs, text};
use crate::view::View;

/// The title paragraphs: type, summary, mark; and the spacing before the
/// body's first paragraph. The type's baseline is `header-to-title` below
/// the number line's (one blank line, §6.1 [P]); the body's first baseline
/// `title-to-body` below the summary's.
///
/// The space under the title goes in one place only: between a
/// paragraph's spacing after and the next one's spacing before LibreOffice
/// puts the larger, not their sum (measured: the state layout's body
/// started 3 pt high, the 3.7 pt under the summary's rule lost), as the
/// example of ISO/IEC 29500-1 clause 17.3.1.33 has it (Word was not run).
/// So the space is the first paragraph's spacing before; when the body
/// starts with a table (`table_first`), which has no spacing before, it is
/// the mark's spacing after, and the body's is 0.
pub(super) fn title(
    v: &Values,
    view: &View,
    table_first: bool,
    notes: &mut Notes,
) -> (Vec<Paragraph>, f64) {
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
    let first = gap_between(v.title_to_body, l, v.body_lines);
    let mark = match v.summary_mark {
        // §1.2: five hyphens, text, under the summary [S]
        Mark::Text(mark, size) => {
            let after = if table_first { first } else { 0.0 };
            paragraph(l, 0.0, after)
                .align(AlignmentType::Center)
                .add_run(text(mark, size))
        }
        // §2.2 box 5a: a rule 1/3–1/2 of the summary's line [R]; what
        // follows starts a line's `below()` under it.
        Mark::Rule { ratio, drop } => {
            let after = if table_first { rule_space(l, first) } else { 0.0 };
            rule(l, width, ratio * widest, drop, after)
        }
    };
    let first = match (table_first, v.summary_mark) {
        (true, _) => 0.0,
        (false, Mark::Rule { .. }) => rule_space(l, first),
        (false, Mark::Text(..)) => first,
    };
    (vec![doc_type, summary, mark], first)
}

/// The text width of a portrait page: the page less the side margins.
pub(super) fn text_width(v: &Values) -> f64 {
    super::page_width(false) - v.margin[2] - v.margin[3]
}
