//! The default styles of `styles.xml`: "Normal", the paragraph style of
//! every paragraph that names none, has the body paragraph's look, so
//! that a paragraph a clerk types (or pastes as plain text, or a script
//! inserts with the "Normal" style) into the body looks like the body
//! around it: the body size in Times New Roman, justified, the first line
//! indented, the paragraph gap before it, exactly the body pitch, widow
//! and orphan control (`format-rules.md` §1.2 box 6, §1.4, §2.2 box 6, as
//! [`super::body`] writes a body paragraph). Every paragraph that is not
//! a body paragraph sets its alignment, indent, spacing and widow control
//! itself ([`super::paragraph`]).
//!
//! "Default Paragraph Font" and "Normal Table" are Word's default
//! character and table styles, as in every file Word writes, without
//! properties of their own beyond Word's: a run or a table that names no
//! style has one (python-docx's `run.style`, `table.style`).
//!
//! docx-rs always writes a "Normal" style of its own, empty and not the
//! default: `package::write` puts these in its place.

use super::values::Values;
use super::{FONT, half_points, twips};

/// The "Normal" style of layout `v`, then the default character and table
/// styles, in schema order (ECMA-376 Part 1, clause 17.7.4.17, `CT_Style`).
pub(super) fn defaults(v: &Values) -> String {
    let size = half_points(v.body_size);
    format!(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\" /><w:qFormat />\
         <w:pPr><w:widowControl />\
         <w:spacing w:before=\"{before}\" w:after=\"0\" w:line=\"{line}\" w:lineRule=\"exact\" />\
         <w:ind w:firstLine=\"{indent}\" /><w:jc w:val=\"both\" /></w:pPr>\
         <w:rPr><w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:eastAsia=\"{FONT}\" w:cs=\"{FONT}\" />\
         <w:sz w:val=\"{size}\" /><w:szCs w:val=\"{size}\" /></w:rPr></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\" /><w:uiPriority w:val=\"1\" />\
         <w:semiHidden /><w:unhideWhenUsed /></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">\
         <w:name w:val=\"Normal Table\" /><w:uiPriority w:val=\"99\" />\
         <w:semiHidden /><w:unhideWhenUsed /><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\" />\
         <w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\" /><w:left w:w=\"108\" w:type=\"dxa\" />\
         <w:bottom w:w=\"0\" w:type=\"dxa\" /><w:right w:w=\"108\" w:type=\"dxa\" /></w:tblCellMar>\
         </w:tblPr></w:style>",
        before = twips(v.paragraph_gap),
        line = twips(v.body_lines.pitch),
        indent = twips(v.indent),
    )
}

/// The "Normal" style docx-rs writes, which [`defaults`] replaces.
pub(super) const DOCX_RS_NORMAL: &str = "<w:style w:type=\"paragraph\" w:styleId=\"Normal\">\
     <w:name w:val=\"Normal\" /><w:rPr /><w:pPr><w:rPr /></w:pPr><w:qFormat /></w:style>";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docx::values::{DANG, NHA_NUOC};

    /// "Normal" carries the body's values of each layout.
    #[test]
    fn normal_is_the_body_paragraph() {
        for v in [&DANG, &NHA_NUOC] {
            let xml = defaults(v);
            assert!(xml.contains(
                "<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"360\" w:lineRule=\"exact\" />"
            ));
            assert!(xml.contains("<w:ind w:firstLine=\"567\" />"));
            assert!(xml.contains("<w:sz w:val=\"28\" />"));
            assert!(xml.contains("w:default=\"1\" w:styleId=\"Normal\""));
        }
    }
}
