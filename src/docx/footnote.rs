//! Footnotes (`plan-format.md`, "Footnotes `^[…]`", `format-rules.md` §11 [P])
//! as real Word footnotes, as `templates/parts/runs.typ` and `page.typ` print
//! them: in the text a raised number (`w:footnoteReference`, numbered by Word
//! through the document, appendices included); at the foot of the page of its
//! mark the note, 10 pt on exactly 12 pt lines, justified, no indent, opening
//! with its raised number and a space, 2 pt between notes.
//!
//! The marks and notes use Word's built-in styles "footnote reference"
//! (raised) and "footnote text" (the note's size and lines), so a note a
//! clerk adds in Word looks like ours. The rule over the notes is the
//! application's footnote separator, asked for by the separator notes
//! Word writes itself (Word draws 2 inches, the PDF's 50 mm [P]), 6 pt
//! under the text; docx-rs cannot write them ([`separators`]).

use docx_rs::{
    AlignmentType, Docx, Footnote, LineSpacing, LineSpacingType, Paragraph, Run,
    RunProperty, Style, StyleType, VertAlignType,
};

use super::values::Values;
use super::{half_points, paragraph, styled, twips, twips_i32};
use crate::view;

/// The character style of the marks: Word's built-in "footnote reference".
pub(super) const REFERENCE_STYLE: &str = "FootnoteReference";
/// The paragraph style of the notes: Word's built-in "footnote text".
pub(super) const TEXT_STYLE: &str = "FootnoteText";

/// What the run of a note's own number holds until the package is
/// written: docx-rs cannot write `w:footnoteRef` (the note's number,
/// which Word keeps equal to its mark's), so `package::write` replaces
/// this text element with it (see [`NUMBER_REF`]).
pub(super) const NUMBER_MARK: &str =
    "<w:t xml:space=\"preserve\">\u{E000}footnoteRef\u{E000}</w:t>";
/// What [`NUMBER_MARK`] becomes.
pub(super) const NUMBER_REF: &str = "<w:footnoteRef />";
/// The text of [`NUMBER_MARK`].
const NUMBER_TEXT: &str = "\u{E000}footnoteRef\u{E000}";

/// The footnotes of one document: ids from 1, in the order the marks are
/// written, so that the same view gives the same file (docx-rs's own ids
/// run on from one document to the next).
pub(super) struct Notes {
    values: &'static Values,
    last: usize,
    /// The text width, points, of the section the next marks are in: a
    /// note's long words are measured against it.
    width: f64,
}

impl Notes {
    /// No note yet, laid out by `values`, in a portrait section.
    pub(super) fn new(values: &'static Values) -> Self {
        Self { values, last: 0, width: super::title::text_width(values) }
    }

    /// The text width, points, of the section the next marks are in (a
    /// landscape appendix's is wider than the portrait pages').
    pub(super) fn set_width(&mut self, width: f64) {
        self.width = width;
    }

    /// Whether a note has been written.
    pub(super) fn any(&self) -> bool {
        self.last > 0
    }

    /// The mark of a note holding `note`, in text of `size` points: a
    /// raised number, the note itself carried with it into
    /// `footnotes.xml`.
    pub(super) fn mark(&mut self, note: &[view::Run], size: f64) -> Run {
        self.last += 1;
        let footnote = Footnote { id: self.last, content: vec![self.note(note)] };
        Run::new().add_footnote_reference(footnote).size(half_points(size))
    }

    /// The note's paragraph: its number raised, a space, its text;
    /// justified, but flush left when a word of it is wider than a line
    /// ([`has_a_word_wider_than`]).
    fn note(&self, note: &[view::Run]) -> Paragraph {
        let v = self.values;
        let size = v.footnote_size;
        let align = if has_a_word_wider_than(note, size, self.width) {
            AlignmentType::Left
        } else {
            AlignmentType::Both
        };
        let mut p = paragraph(v.footnote_lines, 0.0, v.footnote_gap)
            .style(TEXT_STYLE)
            .align(align)
            .add_run(
                Run::new()
                    .style(REFERENCE_STYLE)
                    .size(half_points(size))
                    .add_text(NUMBER_TEXT),
            )
            .add_run(Run::new().size(half_points(size)).add_text(" "));
        // A note holds no note of its own (`plan-format.md`,
        // "Footnotes `^[…]`").
        for r in note {
            p = p.add_run(styled(r, size));
        }
        p
    }
}

/// Whether a word of `note` (its runs' text between spaces) is wider than
/// a line `width` points wide at `size` points, measured in the embedded
/// font, bold or italic as the run holding its start is. Such a word (a
/// link: "https://dichvucong.gov.vn/tra-cuu?ma=…") does not fit on a
/// line: the PDF starts it on the note's first line and breaks it at the
/// margin (`runs.typ` `note`, format-rules.md §9 "long words"), while
/// LibreOffice breaks it at its first "?" or "/" and, the note being
/// justified, stretched the spaces of that first line across the page
/// ("Xem" at the left margin, "tại" in the middle). Flush left, the first
/// line keeps its spaces.
fn has_a_word_wider_than(note: &[view::Run], size: f64, width: f64) -> bool {
    let mut word = String::new();
    let mut face = (false, false);
    let wide = |word: &str, (bold, italic): (bool, bool)| {
        super::measure::width(word, size, bold, italic) > width
    };
    for r in note {
        for c in r.text.chars() {
            if c.is_whitespace() {
                if wide(&word, face) {
                    return true;
                }
                word.clear();
            } else {
                if word.is_empty() {
                    face = (r.strong, r.emph);
                }
                word.push(c);
            }
        }
    }
    wide(&word, face)
}

/// The separator notes that open `footnotes.xml` in every file Word
/// writes (ids −1 and 0): the rule over the notes and, on a page whose
/// notes continue from the page before, the longer continuation rule;
/// `footnote-clearance` above them. docx-rs has neither the note types
/// nor `w:separator`, so `package::write` adds this XML after the
/// `w:footnotes` start tag when the document has notes. Flush left, not
/// indented, as every paragraph but the body's ([`super::paragraph`]).
pub(super) fn separators(v: &Values) -> String {
    let before = twips(v.footnote_clearance);
    ["separator", "continuationSeparator"]
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let id = i32::try_from(i).unwrap_or(0) - 1;
            format!(
                "<w:footnote w:type=\"{kind}\" w:id=\"{id}\"><w:p><w:pPr>\
                 <w:widowControl w:val=\"0\" />\
                 <w:spacing w:before=\"{before}\" w:after=\"0\" w:line=\"240\" \
                 w:lineRule=\"auto\" /><w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\" />\
                 <w:jc w:val=\"left\" /></w:pPr><w:r><w:{kind} /></w:r></w:p></w:footnote>"
            )
        })
        .collect()
}

/// The two styles, as Word defines them, with the note's size and lines.
pub(super) fn styles(doc: Docx, v: &Values) -> Docx {
    let mut reference =
        Style::new(REFERENCE_STYLE, StyleType::Character).name("footnote reference");
    reference.run_property = RunProperty::new().vert_align(VertAlignType::SuperScript);
    let text = Style::new(TEXT_STYLE, StyleType::Paragraph)
        .name("footnote text")
        .size(half_points(v.footnote_size))
        .align(AlignmentType::Both)
        .line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Exact)
                .line(twips_i32(v.footnote_lines.pitch))
                .before(0)
                .after(twips(v.footnote_gap)),
        );
    doc.add_style(reference).add_style(text)
}
