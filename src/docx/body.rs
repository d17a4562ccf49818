//! The body: one justified paragraph per view block, first-line indent on
//! every paragraph, exactly the body pitch, `paragraph-gap` between
//! paragraphs (`format-rules.md` §1.2 box 6, §1.4, §2.2 box 6), as
//! `templates/parts/body.typ`. One function per kind of block.

use docx_rs::{AlignmentType, Paragraph, SpecialIndentType, Table};

use super::footnote::Notes;
use super::values::Values;
use super::{paragraph, runs, twips_i32};
use crate::view::{Block, Role};

/// A part of the document: a paragraph, or a table.
pub(super) enum Part {
    /// A paragraph (boxed, as the table: both are large).
    Paragraph(Box<Paragraph>),
    /// A table (`Role::Table`).
    Table(Box<Table>),
}

/// The paragraphs and tables of a body `width` points wide and `height`
/// points tall (the
/// document's, or an appendix's content). The first one has `first` points
/// of space above it: the document's baseline is `title-to-body` below the
/// title's mark, an appendix's `appendix-to-body` below its reference line
/// (one blank line [P]).
pub(super) fn body(
    v: &Values,
    blocks: &[Block],
    first: f64,
    (width, height): (f64, f64),
    notes: &mut Notes,
) -> Vec<Part> {
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let before = if i == 0 { first } else { v.paragraph_gap };
            if let (Role::Table, Some(t)) = (b.role, &b.table) {
                return Part::Table(Box::new(super::table::table(
                    t, width, height, notes,
                )));
            }
            // A Word table has no space above it: the paragraph before it
            // keeps the gap under itself (a table is a block with
            // `paragraph-gap` above and below, as in `body.typ`).
            let table_next = blocks.get(i + 1).is_some_and(|n| n.role == Role::Table);
            let after = if table_next { v.paragraph_gap } else { 0.0 };
            let p = text_paragraph(v, b, (before, after), notes);
            let followed = blocks.get(i + 1).is_some();
            Part::Paragraph(Box::new(match b.role {
                Role::Heading | Role::MeetingsTitle => heading(p),
                _ if followed && introduces(b) => heading(p),
                Role::Closing => closing(p),
                Role::Intro
                | Role::Subheading
                | Role::Item
                | Role::Meeting
                | Role::MeetingsNote
                | Role::Table => p,
            }))
        })
        .collect()
}

/// A justified paragraph of the block's runs, `before` and `after` points
/// of space around it, indented on its first line,
/// never leaving a single line alone at the foot or the head of a page
/// (widow and orphan control, as `body.typ`'s costs, format-rules.md §12
/// [P]).
fn text_paragraph(
    v: &Values,
    b: &Block,
    (before, after): (f64, f64),
    notes: &mut Notes,
) -> Paragraph {
    let mut p = paragraph(v.body_lines, before, after)
        .align(AlignmentType::Both)
        .widow_control(true)
        .indent(
            None,
            Some(SpecialIndentType::FirstLine(twips_i32(v.indent))),
            None,
            None,
        );
    for run in runs(&b.runs, v.body_size, notes) {
        p = p.add_run(run);
    }
    p
}

/// A heading on its own line stays with the paragraph after it ("keep
/// with next") [P].
fn heading(p: Paragraph) -> Paragraph {
    p.keep_next(true)
}

/// Whether the paragraph of `b` ends with ":" (its last words, before a
/// note's mark: "… các nhiệm vụ sau:"): it introduces what follows, and
/// stays with it as a heading does, as `body.typ` `introduces` keeps it.
fn introduces(b: &Block) -> bool {
    b.runs
        .iter()
        .rfind(|r| r.footnote.is_none() && !r.text.trim().is_empty())
        .is_some_and(|r| r.text.trim_end().ends_with(':'))
}

/// The closing paragraph goes with the footer, unbroken, so the last page
/// never holds the signature alone [P].
fn closing(p: Paragraph) -> Paragraph {
    p.keep_next(true).keep_lines(true)
}
