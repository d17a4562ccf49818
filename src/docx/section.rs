//! The document's Word sections (`w:sectPr`): the document itself, then
//! one per appendix (`format-rules.md` §10, `templates/parts/appendix.typ`),
//! each from a new page. Every section is A4 with the margins of §1.1 /
//! §2.1, portrait or, for an appendix asking for it, landscape (the same
//! margins on the turned page, as Typst's `flipped`); a different first
//! page; an appendix's page numbers restart at 1, so its first page
//! (which shows none) is 1 and the next shows 2.
//!
//! The page headers: the page number on every page but a section's first;
//! on page 1 the draft mark (or nothing); on an appendix's first page
//! nothing. A section before the last ends with a paragraph of its own,
//! 1 pt high, carrying its properties (Word keeps a section's properties
//! in its last paragraph), so that nothing visible follows the signature
//! or an appendix's last table.
//!
//! docx-rs registers header parts only for the sections it writes itself;
//! the empty first-page header an appendix of a draft needs (page 1's
//! holds the draft mark) is registered here and its part handed to
//! `package::write`.

use docx_rs::{
    BuildXML, Docx, HeaderReference, PageMargin, PageNumType, PageOrientationType,
    PageSize, Paragraph, SectionProperty, create_header_rid,
};

use super::values::{Lines, Values};
use super::{A4_TWIPS, header, paragraph, twips_i32};

/// What a section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// The document: header, title, body, footer.
    Document,
    /// An appendix, on landscape pages or not.
    Appendix {
        /// A4 landscape.
        landscape: bool,
    },
}

/// The header parts the sections refer to.
pub(super) struct Headers {
    /// The page number's.
    number: String,
    /// Page 1's: the draft mark or nothing.
    first: String,
    /// An appendix's first page's: nothing.
    appendix_first: String,
    /// Header parts registered here, in order, for `package::write`.
    pub(super) extra: Vec<Vec<u8>>,
}

/// `doc` with the last section's properties (of kind `last`) and the
/// header parts registered; the headers for [`section_break`].
pub(super) fn set_up(
    mut doc: Docx,
    v: &Values,
    draft: bool,
    last: Kind,
) -> (Docx, Headers) {
    doc.document.section_property = property(v, last);
    let before = doc.document_rels.header_count;
    doc = doc.header(header::number_header(v)).first_header(header::first_header(draft));
    let number = create_header_rid(before + 1);
    let first = create_header_rid(before + 2);
    let mut headers = Headers {
        number,
        first: first.clone(),
        appendix_first: first,
        extra: Vec::new(),
    };
    if draft && last != Kind::Document {
        // Page 1's header holds the draft mark: appendices need another,
        // empty one, and the last section (an appendix) refers to it.
        let count = doc.document_rels.header_count + 1;
        doc.document_rels.header_count = count;
        doc.content_type = doc.content_type.add_header();
        headers.appendix_first = create_header_rid(count);
        headers.extra.push(header::first_header(false).build());
        doc.document.section_property.first_header_reference =
            Some(HeaderReference::new("first", headers.appendix_first.clone()));
    }
    (doc, headers)
}

/// The 1 pt paragraph ending a section of kind `kind` that is not the
/// last, carrying its properties.
pub(super) fn section_break(v: &Values, headers: &Headers, kind: Kind) -> Paragraph {
    let mut properties = property(v, kind);
    let first = match kind {
        Kind::Document => &headers.first,
        Kind::Appendix { .. } => &headers.appendix_first,
    };
    properties.header_reference =
        Some(HeaderReference::new("default", headers.number.clone()));
    properties.first_header_reference =
        Some(HeaderReference::new("first", first.clone()));
    let mut p = paragraph(Lines { pitch: 1.0, above: 1.0 }, 0.0, 0.0).size(2);
    p.property = p.property.section_property(properties);
    p
}

/// The page of a section of kind `kind`: size, orientation, margins, the
/// page number's distance from the top edge, a different first page, and
/// for an appendix the numbers restarting at 1.
fn property(v: &Values, kind: Kind) -> SectionProperty {
    let [top, bottom, left, right] = v.margin.map(twips_i32);
    let (w, h) = A4_TWIPS;
    let size = match kind {
        Kind::Appendix { landscape: true } => {
            PageSize::new().size(h, w).orient(PageOrientationType::Landscape)
        }
        _ => PageSize::new().size(w, h),
    };
    let mut p = SectionProperty::new()
        .page_size(size)
        .page_margin(
            PageMargin::new()
                .top(top)
                .bottom(bottom)
                .left(left)
                .right(right)
                .header(twips_i32(header::page_number_distance(v)))
                .footer(0)
                .gutter(0),
        )
        .title_pg();
    if let Kind::Appendix { .. } = kind {
        p = p.page_num_type(PageNumType::new().start(1));
    }
    p
}
