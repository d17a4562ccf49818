//! The body: one justified paragraph per view block, first-line indent on
//! every paragraph, exactly the body pitch, `paragraph-gap` between
//! paragraphs (`format-rules.md` §1.2 box 6, §1.4, §2.2 box 6), as
//! `templates/parts/body.typ`. One function per kind of block.

use docx_rs::{AlignmentType, Paragraph, SpecialIndentType};

use super::values::{Values, gap_between};
use super::{paragraph, runs, twips_i32};
use crate::view::{Block, Role};

/// The body paragraphs. The first one's baseline is `title-to-body` below
/// the title's mark (one blank line [P]).
pub(super) fn body(v: &Values, blocks: &[Block]) -> Vec<Paragraph> {
    blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let before = if i == 0 {
                gap_between(v.title_to_body, v.title_lines, v.body_lines)
            } else {
                v.paragraph_gap
            };
            let p = text_paragraph(v, b, before);
            match b.role {
                Role::Heading | Role::MeetingsTitle => heading(p),
                Role::Closing => closing(p),
                Role::Intro
                | Role::Subheading
                | Role::Item
                | Role::Meeting
                | Role::MeetingsNote
                // Refused before this ([`super::unsupported`]).
                | Role::Table => p,
            }
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
