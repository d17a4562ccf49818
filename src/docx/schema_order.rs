//! The children of the property elements in the order of the schema.
//!
//! WordprocessingML's property elements are XML Schema sequences: their
//! children must come in one order (ECMA-376 Part 1, the schema of Annex
//! A.1, `wml.xsd`), and Word reports a file whose children come in another
//! as having "unreadable content" in places. docx-rs writes some in its
//! own order (a paragraph's `w:rPr` before its `w:jc`, a run's `w:sz`
//! before its `w:b`, a section's `w:headerReference` after its `w:pgSz`,
//! a style's `w:rPr` before its `w:pPr`), and `package.rs` adds elements
//! of its own: [`reorder`] puts the children of every element of
//! [`ORDERS`] in the order given there, keeping children of the same name
//! (and any it does not know) in the order they came, the unknown ones
//! last. Nothing else of the text changes: the bytes of every tag are
//! kept.

/// The elements whose children are put in order, each with the order of
/// its children's names, from the complex types of ECMA-376 Part 1
/// (5th edition), Annex A.1 (`wml.xsd`).
pub const ORDERS: &[(&str, &[&str])] = &[
    ("w:pPr", PPR),
    ("w:rPr", RPR),
    ("w:sectPr", SECT_PR),
    ("w:style", STYLE),
    ("w:tblPr", TBL_PR),
    ("w:tcPr", TC_PR),
    ("w:trPr", TR_PR),
];

/// Paragraph properties, §17.3.1.26 `w:pPr`: `CT_PPrBase`, then the
/// additions of `CT_PPr` (the paragraph mark's run properties, the
/// section's properties, the revision).
pub const PPR: &[&str] = &[
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
];

/// Run properties, §17.3.2.28 `w:rPr`: the revision marks of a paragraph
/// mark's properties (`CT_ParaRPr`), then `EG_RPrBase`, then the revision.
pub const RPR: &[&str] = &[
    "w:ins",
    "w:del",
    "w:moveFrom",
    "w:moveTo",
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
    "w:rPrChange",
];

/// Section properties, §17.6.17 `w:sectPr`: `EG_HdrFtrReferences` first,
/// then `EG_SectPrContents`, then the revision.
pub const SECT_PR: &[&str] = &[
    "w:headerReference",
    "w:footerReference",
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
    "w:printerSettings",
    "w:sectPrChange",
];

/// A style, §17.7.4.17 `w:style` (`CT_Style`).
pub const STYLE: &[&str] = &[
    "w:name",
    "w:aliases",
    "w:basedOn",
    "w:next",
    "w:link",
    "w:autoRedefine",
    "w:uiPriority",
    "w:semiHidden",
    "w:unhideWhenUsed",
    "w:qFormat",
    "w:locked",
    "w:personal",
    "w:personalCompose",
    "w:personalReply",
    "w:rsid",
    "w:pPr",
    "w:rPr",
    "w:tblPr",
    "w:trPr",
    "w:tcPr",
    "w:tblStylePr",
];

/// Table properties, `w:tblPr` (`CT_TblPr`: `CT_TblPrBase`, then the
/// revision).
pub const TBL_PR: &[&str] = &[
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
    "w:tblPrChange",
];

/// Table cell properties, `w:tcPr` (`CT_TcPr`: `CT_TcPrBase`, then the
/// cell revisions).
pub const TC_PR: &[&str] = &[
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
];

/// Table row properties, `w:trPr` (`CT_TrPr`). `CT_TrPrBase` is a choice
/// that may come in any order; the order of its listing in the schema is
/// kept, the revisions after it.
pub const TR_PR: &[&str] = &[
    "w:cnfStyle",
    "w:divId",
    "w:gridBefore",
    "w:gridAfter",
    "w:wBefore",
    "w:wAfter",
    "w:cantSplit",
    "w:trHeight",
    "w:tblHeader",
    "w:tblCellSpacing",
    "w:jc",
    "w:hidden",
    "w:ins",
    "w:del",
    "w:trPrChange",
];

/// The order of the children of an element named `name`, if it is one of
/// [`ORDERS`].
pub fn order_of(name: &str) -> Option<&'static [&'static str]> {
    ORDERS.iter().find(|(n, _)| *n == name).map(|(_, order)| *order)
}

/// A piece of the XML text: a markup item or character data, by its byte
/// range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    /// `<name …>`.
    Start(usize, usize),
    /// `<name … />`.
    Empty(usize, usize),
    /// `</name>`.
    End(usize, usize),
    /// Anything else: text, the XML declaration, a comment, CDATA.
    Other(usize, usize),
}

/// The tokens of `xml`, `None` when a markup item is not closed.
fn tokens(xml: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < xml.len() {
        let rest = &xml[at..];
        if !rest.starts_with('<') {
            let len = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Other(at, at + len));
            at += len;
            continue;
        }
        let (close, token): (&str, fn(usize, usize) -> Token) =
            if rest.starts_with("<!--") {
                ("-->", Token::Other)
            } else if rest.starts_with("<![CDATA[") {
                ("]]>", Token::Other)
            } else if rest.starts_with("<?") {
                ("?>", Token::Other)
            } else if rest.starts_with("</") {
                (">", Token::End)
            } else if let Some(len) = rest.find('>')
                && rest[..len].ends_with('/')
            {
                // Attribute values are escaped (`&gt;`): the first ">" ends
                // the tag.
                out.push(Token::Empty(at, at + len + 1));
                at += len + 1;
                continue;
            } else {
                (">", Token::Start)
            };
        let end = at + rest.find(close)? + close.len();
        out.push(token(at, end));
        at = end;
    }
    Some(out)
}

/// The name of the element whose tag is `tag`.
fn name(tag: &str) -> &str {
    let tag = tag.trim_start_matches("</").trim_start_matches('<');
    let end = tag.find(|c: char| c.is_whitespace() || c == '/' || c == '>');
    &tag[..end.unwrap_or(tag.len())]
}

/// `xml` with the children of every element of [`ORDERS`] in schema
/// order. Text that is not well-formed as far as this reads it is given
/// back unchanged.
pub fn reorder(xml: &str) -> String {
    let Some(tokens) = tokens(xml) else { return xml.to_owned() };
    let mut out = String::with_capacity(xml.len());
    let mut at = 0;
    match write(xml, &tokens, &mut at, &mut out, None) {
        Some(()) if at == tokens.len() => out,
        _ => xml.to_owned(),
    }
}

/// Writes the tokens from `at` to the end of the element `open` (its
/// start tag written already; `None`: to the end of the text) into `out`,
/// its children in order when it is one of [`ORDERS`]. `None` when an
/// end tag does not match.
fn write(
    xml: &str,
    tokens: &[Token],
    at: &mut usize,
    out: &mut String,
    open: Option<&str>,
) -> Option<()> {
    let order = open.and_then(order_of);
    // The children of an element to reorder, each as its text.
    let mut children: Vec<(usize, String)> = Vec::new();
    while let Some(&token) = tokens.get(*at) {
        *at += 1;
        let mut piece = String::new();
        let (rank_of, text) = match token {
            Token::End(from, to) => {
                if Some(name(&xml[from..to])) != open {
                    return None;
                }
                if order.is_some() {
                    children.sort_by_key(|(rank, _)| *rank);
                    for (_, child) in children {
                        out.push_str(&child);
                    }
                }
                out.push_str(&xml[from..to]);
                return Some(());
            }
            Token::Other(from, to) => (None, &xml[from..to]),
            Token::Empty(from, to) => (Some(name(&xml[from..to])), &xml[from..to]),
            Token::Start(from, to) => {
                let tag = &xml[from..to];
                piece.push_str(tag);
                write(xml, tokens, at, &mut piece, Some(name(tag)))?;
                (Some(name(tag)), "")
            }
        };
        piece.insert_str(0, text);
        match order {
            Some(order) => {
                // Unknown children and text go last, in the order they came.
                let rank = rank_of
                    .and_then(|n| order.iter().position(|o| *o == n))
                    .unwrap_or(order.len());
                children.push((rank, piece));
            }
            None => out.push_str(&piece),
        }
    }
    // The end of the text: only right outside every element.
    if open.is_none() { Some(()) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_properties_in_schema_order() {
        let xml = "<w:p><w:pPr><w:rPr><w:sz w:val=\"28\" /><w:b /></w:rPr>\
                   <w:jc w:val=\"both\" /><w:ind w:firstLine=\"567\" />\
                   <w:spacing w:before=\"120\" /><w:keepNext /><w:widowControl />\
                   </w:pPr><w:r><w:rPr><w:sz w:val=\"28\" /><w:szCs w:val=\"28\" />\
                   <w:b /><w:bCs /><w:rStyle w:val=\"X\" /></w:rPr><w:t>a &lt;b&gt;</w:t></w:r></w:p>";
        assert_eq!(
            reorder(xml),
            "<w:p><w:pPr><w:keepNext /><w:widowControl /><w:spacing w:before=\"120\" />\
             <w:ind w:firstLine=\"567\" /><w:jc w:val=\"both\" /><w:rPr><w:b />\
             <w:sz w:val=\"28\" /></w:rPr></w:pPr><w:r><w:rPr><w:rStyle w:val=\"X\" />\
             <w:b /><w:bCs /><w:sz w:val=\"28\" /><w:szCs w:val=\"28\" /></w:rPr>\
             <w:t>a &lt;b&gt;</w:t></w:r></w:p>"
        );
    }

    #[test]
    fn header_references_come_first_in_a_section() {
        let xml = "<?xml version=\"1.0\"?><w:body><w:sectPr><w:pgSz w:w=\"1\" />\
                   <w:pgMar w:top=\"1\" /><w:cols w:space=\"425\" />\
                   <w:headerReference w:type=\"default\" r:id=\"a\" />\
                   <w:headerReference w:type=\"first\" r:id=\"b\" /><w:titlePg />\
                   </w:sectPr></w:body>";
        assert_eq!(
            reorder(xml),
            "<?xml version=\"1.0\"?><w:body><w:sectPr>\
             <w:headerReference w:type=\"default\" r:id=\"a\" />\
             <w:headerReference w:type=\"first\" r:id=\"b\" /><w:pgSz w:w=\"1\" />\
             <w:pgMar w:top=\"1\" /><w:cols w:space=\"425\" /><w:titlePg /></w:sectPr></w:body>"
        );
    }

    #[test]
    fn nested_elements_are_ordered_within_their_own_parent() {
        let xml = "<w:style><w:name w:val=\"N\" /><w:rPr><w:sz w:val=\"2\" /><w:b /></w:rPr>\
                   <w:pPr><w:rPr /><w:jc w:val=\"left\" /></w:pPr><w:qFormat /></w:style>";
        assert_eq!(
            reorder(xml),
            "<w:style><w:name w:val=\"N\" /><w:qFormat /><w:pPr><w:jc w:val=\"left\" />\
             <w:rPr /></w:pPr><w:rPr><w:b /><w:sz w:val=\"2\" /></w:rPr></w:style>"
        );
    }

    #[test]
    fn unknown_children_go_last_and_bad_xml_is_kept() {
        let xml = "<w:rPr><w:x /><w:sz w:val=\"2\" /><w:b /></w:rPr>";
        assert_eq!(reorder(xml), "<w:rPr><w:b /><w:sz w:val=\"2\" /><w:x /></w:rPr>");
        for bad in ["<w:rPr><w:b /></w:pPr>", "<w:rPr><w:b />", "<w:rPr><w:b"] {
            assert_eq!(reorder(bad), bad);
        }
    }

    #[test]
    fn every_order_names_each_child_once() {
        for (parent, order) in ORDERS {
            for (i, child) in order.iter().enumerate() {
                assert!(!order[i + 1..].contains(child), "{parent}: {child} twice");
            }
        }
    }
}
