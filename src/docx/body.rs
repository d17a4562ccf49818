//! The body: one justified paragraph per view block, first-line indent on
//! every paragraph, exactly the body pitch, `paragraph-gap` between
//! paragraphs (`format-rules.md` §1.2 box 6, §1.4, §2.2 box 6), as
//! `templates/parts/body.typ`. One function per kind of block.

use docx_rs::{AlignmentType, Paragraph, SpecialIndentType, Table};

use super::values::{Values, gap_between};
use super::{paragraph, runs, twips_i32};
use crate::view::{Block, Role};

/// A body part: a paragraph, or a table.
pub(super) enum Part {
    /// A paragraph (boxed, as the table: both are large).
    Paragraph(Box<Paragraph>),
    /// A table (`Role::Table`).
    Table(Box<Table>),
}

/// The body paragraphs and tables. The first one's baseline is `title-to-body` below
/// the title's mark (one blank line [P]).
pub(super) fn body(v: &Values, blocks: &[Block]) -> Vec<Part> {
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let before = if i == 0 {
                gap_between(v.title_to_body, v.title_lines, v.body_lines)
            } else {
                v.paragraph_gap
            };
            if let (Role::Table, Some(t)) = (b.role, &b.table) {
                return Part::Table(Box::new(super::table::table(
                    t,
                    super::title::text_width(v),
                )));
            }
            let p = text_paragraph(v, b, before);
            Part::Paragraph(Box::new(match b.role {
                Role::Heading | Role::MeetingsTitle => heading(p),
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

/// A justified paragraph of the block's runs, indented on its first line.
fn text_paragraph(v: &Values, b: &Block, before: f64) -> Paragraph {
    let mut p = paragraph(v.body_lines, before, 0.0).align(AlignmentType::Both).indent(
        None,
        Some(SpecialIndentType::FirstLine(twips_i32(v.indent))),
        None,
        None,
    );
    for run in runs(&b.runs, v.body_size) {
        p = p.add_run(run);
    }
    p
}

/// A heading on its own line stays with the paragraph after it ("keep
/// with next") [P].
fn heading(p: Paragraph) -> Paragraph {
    p.keep_next(true)
}

/// The closing paragraph goes with the footer, unbroken, so the last page
/// never holds the signature alone [P].
fn closing(p: Paragraph) -> Paragraph {
    p.keep_next(true).keep_lines(true)
}
