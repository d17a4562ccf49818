//! The `.docx` archive, written byte for byte the same for the same view:
//! the parts docx-rs renders, in a fixed order, each with the DOS epoch
//! (1980-01-01 00:00) as its time stamp and fixed permissions, deflated.
//!
//! docx-rs numbers paragraphs (`w14:paraId`) with a counter that runs on
//! from one document to the next in a process: the ids are renumbered here
//! from 1, in part order, so that they depend on this document only.
//!
//! What docx-rs cannot say is added to its XML here: the document
//! language (`w:lang`, Vietnamese, in the default run properties), the
//! title and author in the core properties, the repeated header rows of
//! tables, each footnote's own number (`w:footnoteRef`) and the separator
//! notes, the header part `section.rs` registers itself, and the default
//! styles (`styles.rs`).
//!
//! Every part written is named by a relationship and has a content type:
//! the parts docx-rs writes that nothing refers to (the comments and the
//! numbering, empty; the footnotes of a document without any) are left
//! out, with their content types ([`referenced`]). The children of the
//! property elements are put in the schema's order last
//! ([`schema_order`]).

use std::collections::BTreeSet;
use std::io::{Cursor, Write};

use docx_rs::XMLDocx;
use zip::write::SimpleFileOptions;

use super::{DocxError, LANGUAGE, schema_order};
use crate::view::Meta;

/// The archive of `xml`, with `meta` as its title, author and dates, the
/// header parts `extra` registered after docx-rs's own (`section.rs`), the
/// footnote separator notes `separators` (`footnote.rs`), and the default
/// styles `defaults` in place of docx-rs's "Normal" (`styles.rs`).
pub(super) fn write(
    xml: XMLDocx,
    meta: &Meta,
    extra: Vec<Vec<u8>>,
    separators: &str,
    defaults: &str,
) -> Result<Vec<u8>, DocxError> {
    let mut parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".to_owned(), xml.content_type),
        ("_rels/.rels".to_owned(), xml.rels),
        ("docProps/app.xml".to_owned(), xml.doc_props.app),
        ("docProps/core.xml".to_owned(), core(&xml.doc_props.core, meta)),
        ("docProps/custom.xml".to_owned(), xml.doc_props.custom),
        ("word/_rels/document.xml.rels".to_owned(), xml.document_rels),
        ("word/document.xml".to_owned(), header_rows(&xml.document)),
        ("word/styles.xml".to_owned(), styles(&xml.styles, defaults)),
        ("word/settings.xml".to_owned(), xml.settings),
        ("word/fontTable.xml".to_owned(), xml.font_table),
        ("word/comments.xml".to_owned(), xml.comments),
        ("word/numbering.xml".to_owned(), xml.numberings),
        ("word/commentsExtended.xml".to_owned(), xml.comments_extended),
        ("word/footnotes.xml".to_owned(), footnotes(&xml.footnotes, separators)),
    ];
    for (i, header) in xml.headers.into_iter().chain(extra).enumerate() {
        parts.push((format!("word/header{}.xml", i + 1), header));
        if let Some(rels) = xml.header_rels.get(i) {
            parts.push((format!("word/_rels/header{}.xml.rels", i + 1), rels.clone()));
        }
    }
    for (i, footer) in xml.footers.into_iter().enumerate() {
        parts.push((format!("word/footer{}.xml", i + 1), footer));
        if let Some(rels) = xml.footer_rels.get(i) {
            parts.push((format!("word/_rels/footer{}.xml.rels", i + 1), rels.clone()));
        }
    }
    let mut parts = referenced(parts);
    let mut next = 1;
    for (_, bytes) in &mut parts {
        let text = no_break_hyphens(&renumber_paragraphs(bytes, &mut next));
        *bytes = schema_order::reorder(&String::from_utf8_lossy(&text)).into_bytes();
    }
    zip(&parts).map_err(|err| DocxError::Package { message: err.to_string() })
}

/// `xml` with every no-break hyphen of a code (see
/// [`super::NO_BREAK_HYPHEN_MARK`]) written as `<w:noBreakHyphen />`.
fn no_break_hyphens(xml: &[u8]) -> Vec<u8> {
    let mark = super::NO_BREAK_HYPHEN_MARK;
    match std::str::from_utf8(xml) {
        Ok(text) if text.contains(mark) => {
            text.replace(mark, super::NO_BREAK_HYPHEN).into_bytes()
        }
        _ => xml.to_vec(),
    }
}

/// Header rows of tables repeat on every page: their mark becomes
/// `<w:tblHeader />` (see [`super::table::HEADER_MARK`]).
fn header_rows(xml: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(xml)
        .replace(super::table::HEADER_MARK, super::table::TBL_HEADER)
        .into_bytes()
}

/// `footnotes.xml` with each note's own number (the marked run docx-rs
/// can write becomes `<w:footnoteRef />`, see
/// [`super::footnote::NUMBER_MARK`]) and, when there are notes, the
/// separator notes first.
fn footnotes(xml: &[u8], separators: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml)
        .replace(super::footnote::NUMBER_MARK, super::footnote::NUMBER_REF);
    let start =
        text.find("<w:footnotes ").and_then(|at| text[at..].find('>').map(|e| at + e));
    match start {
        Some(end) if text.contains("<w:footnote ") && !text[..end].ends_with('/') => {
            format!("{}{separators}{}", &text[..=end], &text[end + 1..]).into_bytes()
        }
        _ => text.into_bytes(),
    }
}

/// The parts as a zip archive with fixed time stamps and permissions.
fn zip(parts: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        writer.start_file(name.as_str(), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// `styles.xml` with the document language and kerning in the default run
/// properties. The PDF is kerned (Typst applies the font's kerning pairs:
/// "y," 0.9 pt closer at 14 pt); LibreOffice (measured) and Word kern only
/// text that asks for it (`w:kern`, from this size in half-points: 2,
/// every size).
/// Unkerned lines are wider, and LibreOffice broke 4 of the seed's 164
/// lines elsewhere than the PDF; kerned, none.
///
/// docx-rs's "Normal" style, empty, gives way to `defaults`.
fn styles(xml: &[u8], defaults: &str) -> Vec<u8> {
    let text =
        String::from_utf8_lossy(xml).replacen(super::styles::DOCX_RS_NORMAL, defaults, 1);
    let lang = format!(
        r#"<w:lang w:val="{LANGUAGE}" w:eastAsia="{LANGUAGE}" w:bidi="ar-SA" />"#
    );
    text.replacen("</w:rPr></w:rPrDefault>", &format!("{lang}</w:rPr></w:rPrDefault>"), 1)
        .replacen("<w:rPrDefault><w:rPr>", &format!("<w:rPrDefault><w:rPr>{KERN}"), 1)
        .into_bytes()
}

/// Kerning from 1 pt up (`w:kern` in half-points), as Word writes it.
const KERN: &str = r#"<w:kern w:val="2" />"#;

/// `core.xml` naming the document's title and author, dated its date.
fn core(xml: &[u8], meta: &Meta) -> Vec<u8> {
    let [year, month, day] = meta.date;
    let date = format!("{year:04}-{month:02}-{day:02}T00:00:00Z");
    let author = escape(&meta.author);
    String::from_utf8_lossy(xml)
        .replace("1970-01-01T00:00:00Z", &date)
        .replace(
            "<dc:creator>unknown</dc:creator>",
            &format!(
                "<dc:title>{}</dc:title><dc:creator>{author}</dc:creator>",
                escape(&meta.title)
            ),
        )
        .replace(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &format!("<cp:lastModifiedBy>{author}</cp:lastModifiedBy>"),
        )
        .into_bytes()
}

/// `xml` with its paragraph ids renumbered from `next` on.
fn renumber_paragraphs(xml: &[u8], next: &mut u32) -> Vec<u8> {
    const KEY: &str = "w14:paraId=\"";
    let text = String::from_utf8_lossy(xml);
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_ref();
    while let Some(at) = rest.find(KEY) {
        let value = at + KEY.len();
        let Some(len) = rest[value..].find('"') else { break };
        out.push_str(&rest[..value]);
        out.push_str(&format!("{:08X}", *next));
        *next += 1;
        rest = &rest[value + len..];
    }
    out.push_str(rest);
    out.into_bytes()
}

/// `text` as XML character data.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `parts` without those no relationship names, nor the relationships of
/// those, nor their entries in `[Content_Types].xml`: a part Word finds
/// there but not referenced, or referenced without a content type, makes
/// the package one it may call damaged. The package's own relationships
/// (`_rels/.rels`) are where the references start.
fn referenced(parts: Vec<(String, Vec<u8>)>) -> Vec<(String, Vec<u8>)> {
    let mut kept: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = kept.len();
        for (name, bytes) in &parts {
            let Some((base, source)) = rels_source(name) else { continue };
            if !source.is_empty() && !kept.contains(&source) {
                continue;
            }
            for target in targets(&String::from_utf8_lossy(bytes)) {
                kept.insert(resolve(&base, &target));
            }
        }
        if kept.len() == before {
            break;
        }
    }
    let keep = |name: &str| {
        name == "[Content_Types].xml"
            || kept.contains(name)
            || rels_source(name).is_some_and(|(_, s)| s.is_empty() || kept.contains(&s))
    };
    let dropped: Vec<String> =
        parts.iter().map(|(n, _)| n.clone()).filter(|n| !keep(n)).collect();
    parts
        .into_iter()
        .filter(|(name, _)| keep(name))
        .map(|(name, bytes)| {
            if name == "[Content_Types].xml" {
                let mut text = String::from_utf8_lossy(&bytes).into_owned();
                for d in &dropped {
                    let entry = format!("<Override PartName=\"/{d}\"");
                    if let Some(at) = text.find(&entry)
                        && let Some(len) = text[at..].find("/>")
                    {
                        text.replace_range(at..at + len + 2, "");
                    }
                }
                (name, text.into_bytes())
            } else {
                (name, bytes)
            }
        })
        .collect()
}

/// For a relationships part (`word/_rels/document.xml.rels`), the folder
/// its targets are relative to (`word/`) and the part it belongs to
/// (`word/document.xml`; empty for the package's `_rels/.rels`).
fn rels_source(name: &str) -> Option<(String, String)> {
    let file = name.strip_suffix(".rels")?;
    let (dir, file) = file.rsplit_once("_rels/")?;
    Some((dir.to_owned(), format!("{dir}{file}")))
}

/// The `Target` of every internal relationship of `rels`.
fn targets(rels: &str) -> Vec<String> {
    rels.split("<Relationship ")
        .skip(1)
        .filter(|r| !r.contains("TargetMode=\"External\""))
        .filter_map(|r| {
            let at = r.find("Target=\"")? + "Target=\"".len();
            r[at..].find('"').map(|len| r[at..at + len].to_owned())
        })
        .collect()
}

/// `target` relative to the folder `base` (`word/`), as a part name.
fn resolve(base: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_owned();
    }
    let mut path: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for piece in target.split('/') {
        match piece {
            ".." => {
                path.pop();
            }
            "." | "" => {}
            _ => path.push(piece),
        }
    }
    path.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_nothing_refers_to_are_left_out() {
        let part = |n: &str, t: &str| (n.to_owned(), t.as_bytes().to_vec());
        let parts = vec![
            part(
                "[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\"d\" />\
                 <Override PartName=\"/word/comments.xml\" ContentType=\"c\" /></Types>",
            ),
            part("_rels/.rels", "<Relationship Id=\"1\" Target=\"word/document.xml\" />"),
            part(
                "word/_rels/document.xml.rels",
                "<Relationship Id=\"1\" Target=\"header1.xml\" />",
            ),
            part("word/document.xml", ""),
            part("word/comments.xml", ""),
            part("word/header1.xml", ""),
            part("word/_rels/header1.xml.rels", ""),
            part("word/_rels/header2.xml.rels", ""),
        ];
        let kept = referenced(parts);
        let names: Vec<&str> = kept.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "word/_rels/document.xml.rels",
                "word/document.xml",
                "word/header1.xml",
                "word/_rels/header1.xml.rels"
            ]
        );
        assert_eq!(
            String::from_utf8_lossy(&kept[0].1),
            "<Types><Override PartName=\"/word/document.xml\" ContentType=\"d\" /></Types>"
        );
    }

    #[test]
    fn docx_rs_writes_the_normal_style_styles_rs_replaces() {
        let xml = docx_rs::Docx::new().build().styles;
        assert!(
            String::from_utf8_lossy(&xml).contains(super::super::styles::DOCX_RS_NORMAL),
            "docx-rs's Normal style changed: update styles::DOCX_RS_NORMAL"
        );
    }
}
