//! `plan build --signature-field`: an empty PDF signature field over the
//! signing space, for the e-office system's signing software to fill.
//!
//! The templates mark the space between the signer's title and name
//! (`format-rules.md` §1.2 box 7c/8 for Party documents, §2.2 box 7c/8 for
//! state ones; the rule `plan` applies is `docs/format-rules.md` §14) with
//! a `metadata` labelled `<plan-signing-space>` at the space's top left,
//! holding its width and height. [`find`] reads its page and position back
//! from the laid-out document; [`add`] appends an incremental update to the
//! exported PDF (Typst's bytes stay as they are, PDF/A metadata included)
//! that adds one signature field merged with its widget:
//!
//! - `/FT /Sig`, `/T` the signer's name ("Hoàng Trọng Hiếu": a text string;
//!   a period, which would split a field name, is dropped), `/TU` the title
//!   and the name ("PHÓ BÍ THƯ Hoàng Trọng Hiếu"), shown as the tooltip;
//! - `/Rect` the space in PDF user space (y up from the page's bottom);
//! - `/F 4` (printed; never hidden), `/P` the page, and an empty normal
//!   appearance `/AP << /N … >>`: PDF/A-2b (ISO 19005-2, clauses 6.3.2 and 6.3.3)
//!   wants every visible annotation printed, with a normal appearance
//!   stream and no other appearance, and forms (clause 6.4.1) without
//!   `/NeedAppearances true`, without actions and without XFA;
//! - the page's `/Annots` and the catalog's `/AcroForm << /Fields [...] >>`.
//!
//! The same PDF bytes and the same space give the same output: no clock,
//! no random identifier (the trailer keeps the file's `/ID`).

use std::fmt::Write as _;

use lopdf::{Dictionary, Object, ObjectId};
use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector as _, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::view::View;

/// The label the templates put on the signing space's metadata.
pub const LABEL: &str = "plan-signing-space";

/// The signing space on its page, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SigningSpace {
    /// The page, from 0.
    pub page: usize,
    /// The left edge, from the page's left.
    pub x: f64,
    /// The top edge, from the page's top.
    pub top: f64,
    /// The width: the signature column's.
    pub width: f64,
    /// The height: from the title's last line to the name's line.
    pub height: f64,
    /// The page's height, to turn `top` into PDF user space.
    pub page_height: f64,
}

/// Why the field could not be added.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum FieldError {
    /// The template has no marked signing space, or more than one (a
    /// template folder edited, or copied before the mark existed).
    #[error(
        "{}",
        crate::lang::t(
            format!("mẫu trình bày phải đánh dấu đúng một chỗ ký (`<{LABEL}>`) nhưng có {found}; \
                     xuất lại mẫu bằng `plan template export` rồi sửa lại, hoặc bỏ `--signature-field`"),
            format!("the template must mark exactly one signing space (`<{LABEL}>`) but marks {found}; \
                     export the templates again with `plan template export` and redo the edits, or drop `--signature-field`"),
        )
    )]
    #[diagnostic(code(plan::signing_space))]
    Space {
        /// How many marks the document holds.
        found: usize,
    },
    /// The mark is not a `metadata` holding the space's width and height.
    #[error(
        "{}",
        crate::lang::t(
            format!("dấu chỗ ký `<{LABEL}>` của mẫu trình bày phải là \
                     `metadata((width: …, height: …))` đặt ở góc trên bên trái chỗ ký; sửa lại như \
                     trong `parts/footer.typ` của `plan template export`"),
            format!("the template's signing-space mark `<{LABEL}>` must be \
                     `metadata((width: …, height: …))` at the space's top left; write it as \
                     `parts/footer.typ` of `plan template export` does"),
        )
    )]
    #[diagnostic(code(plan::signing_space))]
    SpaceValue,
    /// The exported PDF could not be read back or has no such page: a bug.
    #[error(
        "{}: {message}",
        crate::lang::t(
            "lỗi nội bộ: không thêm được ô chữ ký vào PDF",
            "internal error: the signature field could not be added to the PDF"
        )
    )]
    #[diagnostic(code(plan::signature_field))]
    Pdf {
        /// What failed.
        message: String,
    },
}

/// The signing space of `document`, from its `<plan-signing-space>` mark.
pub fn find(document: &PagedDocument) -> Result<SigningSpace, FieldError> {
    let introspector = document.introspector();
    let marks = match Label::new(PicoStr::intern(LABEL)) {
        Some(label) => introspector.query(&Selector::Label(label)),
        None => Default::default(),
    };
    let [mark] = marks.as_slice() else {
        return Err(FieldError::Space { found: marks.len() });
    };
    let position = mark.location().and_then(|loc| introspector.position(loc));
    let value = mark.to_packed::<MetadataElem>().map(|m| &m.value);
    let (Some(position), Some(Value::Dict(size))) = (position, value) else {
        return Err(FieldError::SpaceValue);
    };
    let length = |key: &str| match size.get(key) {
        Ok(Value::Length(length)) if length.em.get() == 0.0 => Some(length.abs.to_pt()),
        _ => None,
    };
    let page = position.page.get() - 1;
    let page_height = document.pages().get(page).map(|p| p.frame.size().y.to_pt());
    let (Some(width), Some(height), Some(page_height)) =
        (length("width"), length("height"), page_height)
    else {
        return Err(FieldError::SpaceValue);
    };
    Ok(SigningSpace {
        page,
        x: position.point.x.to_pt(),
        top: position.point.y.to_pt(),
        width,
        height,
        page_height,
    })
}

/// The field's name: the signer's name without periods (a period separates
/// the parts of a field's full name), or "Chữ ký" for a blank name.
pub fn field_name(view: &View) -> String {
    name_for(&view.footer.signer.name)
}

/// [`field_name`] of a signer named `signer`: "Ng. V. An" → "Ng V An".
fn name_for(signer: &str) -> String {
    let name = signer.replace('.', "");
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() { "Chữ ký".to_owned() } else { name }
}

/// `pdf` with an empty signature field over `space`, named after the
/// signer of `view`, appended as an incremental update.
pub fn add(pdf: &[u8], space: &SigningSpace, view: &View) -> Result<Vec<u8>, FieldError> {
    let fail = |message: String| FieldError::Pdf { message };
    let doc = lopdf::Document::load_mem(pdf).map_err(|e| fail(e.to_string()))?;
    let prev = last_startxref(pdf).ok_or_else(|| fail("no startxref".to_owned()))?;
    let size = doc
        .trailer
        .get(b"Size")
        .and_then(Object::as_i64)
        .ok()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| fail("no /Size in the trailer".to_owned()))?;
    let root = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| fail(format!("/Root: {e}")))?;
    let pages = doc.get_pages();
    let page_id = u32::try_from(space.page + 1)
        .ok()
        .and_then(|n| pages.get(&n).copied())
        .ok_or_else(|| fail(format!("no page {}", space.page + 1)))?;

    let field_id: ObjectId = (size, 0);
    let appearance_id: ObjectId = (size + 1, 0);

    let mut page =
        doc.get_dictionary(page_id).map_err(|e| fail(format!("page: {e}")))?.clone();
    let mut annots = match page.get(b"Annots") {
        Ok(Object::Array(list)) => list.clone(),
        Ok(Object::Reference(id)) => doc
            .get_object(*id)
            .and_then(Object::as_array)
            .cloned()
            .map_err(|e| fail(format!("the page's annotations: {e}")))?,
        _ => Vec::new(),
    };
    annots.push(Object::Reference(field_id));
    page.set("Annots", Object::Array(annots));

    let mut catalog =
        doc.get_dictionary(root).map_err(|e| fail(format!("catalog: {e}")))?.clone();
    if catalog.has(b"AcroForm") {
        return Err(fail("the PDF already has a form".to_owned()));
    }
    let mut form = Dictionary::new();
    form.set("Fields", Object::Array(vec![Object::Reference(field_id)]));
    catalog.set("AcroForm", Object::Dictionary(form));

    let signer = &view.footer.signer;
    let tooltip = format!("{} {}", signer.title, signer.name);
    let tooltip = tooltip.split_whitespace().collect::<Vec<_>>().join(" ");
    let bottom = space.page_height - space.top - space.height;
    let rect = [space.x, bottom, space.x + space.width, bottom + space.height];
    let mut field = Dictionary::new();
    field.set("Type", Object::Name(b"Annot".to_vec()));
    field.set("Subtype", Object::Name(b"Widget".to_vec()));
    field.set("FT", Object::Name(b"Sig".to_vec()));
    field.set("T", text_string(&field_name(view)));
    field.set("TU", text_string(&tooltip));
    field.set("Rect", Object::Array(rect.iter().map(|&v| number(v)).collect()));
    field.set("F", Object::Integer(4));
    field.set("P", Object::Reference(page_id));
    let mut ap = Dictionary::new();
    ap.set("N", Object::Reference(appearance_id));
    field.set("AP", Object::Dictionary(ap));

    let mut appearance = Dictionary::new();
    appearance.set("Type", Object::Name(b"XObject".to_vec()));
    appearance.set("Subtype", Object::Name(b"Form".to_vec()));
    appearance.set(
        "BBox",
        Object::Array(vec![
            Object::Integer(0),
            Object::Integer(0),
            number(space.width),
            number(space.height),
        ]),
    );
    appearance.set("Resources", Object::Dictionary(Dictionary::new()));
    appearance.set("Length", Object::Integer(0));

    let mut out = pdf.to_vec();
    if out.last() != Some(&b'\n') {
        out.push(b'\n');
    }
    let mut offsets: Vec<(u32, usize)> = Vec::new();
    let objects = [
        (root, Object::Dictionary(catalog), false),
        (page_id, Object::Dictionary(page), false),
        (field_id, Object::Dictionary(field), false),
        (appearance_id, Object::Dictionary(appearance), true),
    ];
    for (id, object, stream) in &objects {
        offsets.push((id.0, out.len()));
        let mut text = format!("{} {} obj\n", id.0, id.1);
        write_object(&mut text, object);
        if *stream {
            text.push_str("\nstream\n\nendstream");
        }
        text.push_str("\nendobj\n");
        out.extend_from_slice(text.as_bytes());
    }
    let xref = out.len();
    offsets.sort_unstable();
    let mut text = String::from("xref\n");
    let mut i = 0;
    while i < offsets.len() {
        let start = offsets[i].0;
        let run = offsets[i..]
            .iter()
            .enumerate()
            .take_while(|(k, (id, _))| {
                u32::try_from(*k).ok().map(|k| start + k) == Some(*id)
            })
            .count();
        let _ = writeln!(text, "{start} {run}");
        for (_, offset) in &offsets[i..i + run] {
            let _ = write!(text, "{offset:010} 00000 n\r\n");
        }
        i += run;
    }
    let mut trailer = Dictionary::new();
    trailer.set("Size", Object::Integer(i64::from(size) + 2));
    trailer.set("Root", Object::Reference(root));
    for key in [b"Info".as_slice(), b"ID"] {
        if let Ok(value) = doc.trailer.get(key) {
            trailer.set(key, value.clone());
        }
    }
    let prev =
        i64::try_from(prev).map_err(|_| fail("startxref out of range".to_owned()))?;
    trailer.set("Prev", Object::Integer(prev));
    text.push_str("trailer\n");
    write_object(&mut text, &Object::Dictionary(trailer));
    let _ = write!(text, "\nstartxref\n{xref}\n%%EOF");
    out.extend_from_slice(text.as_bytes());
    Ok(out)
}

/// The offset after the file's last `startxref`.
fn last_startxref(pdf: &[u8]) -> Option<u64> {
    let key = b"startxref";
    let at = pdf.windows(key.len()).rposition(|w| w == key)?;
    let rest = std::str::from_utf8(&pdf[at + key.len()..]).ok()?;
    rest.split_whitespace().next()?.parse().ok()
}

/// A number with at most two decimals, as a PDF number.
fn number(value: f64) -> Object {
    let hundredths = (value * 100.0).round() / 100.0;
    if hundredths.fract() == 0.0 && hundredths.abs() < 1e9 {
        // Whole: an integer, exactly.
        Object::Integer(hundredths as i64)
    } else {
        Object::Real(hundredths as f32)
    }
}

/// A PDF text string: PDFDocEncoding's ASCII part as it is, anything else
/// UTF-16BE with its byte order mark.
fn text_string(text: &str) -> Object {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(text.as_bytes().to_vec(), lopdf::StringFormat::Hexadecimal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, lopdf::StringFormat::Hexadecimal)
    }
}

/// Writes `object` in PDF syntax; strings are written in hexadecimal.
fn write_object(out: &mut String, object: &Object) {
    match object {
        Object::Null => out.push_str("null"),
        Object::Boolean(value) => out.push_str(if *value { "true" } else { "false" }),
        Object::Integer(value) => {
            let _ = write!(out, "{value}");
        }
        Object::Real(value) => {
            let _ = write!(out, "{}", format_real(*value));
        }
        Object::Name(name) => write_name(out, name),
        Object::String(bytes, _) => {
            out.push('<');
            for byte in bytes {
                let _ = write!(out, "{byte:02X}");
            }
            out.push('>');
        }
        Object::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_object(out, item);
            }
            out.push(']');
        }
        Object::Dictionary(dict) => write_dictionary(out, dict),
        // A stream is never inside a page or catalog dictionary; its
        // dictionary is written and the caller writes the data.
        Object::Stream(stream) => write_dictionary(out, &stream.dict),
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

fn write_dictionary(out: &mut String, dict: &Dictionary) {
    out.push_str("<<");
    for (key, value) in dict.iter() {
        write_name(out, key);
        out.push(' ');
        write_object(out, value);
    }
    out.push_str(">>");
}

/// A name with delimiters, white space and bytes outside `!`..=`~` as
/// `#xx` (ISO 32000-1, clause 7.3.5).
fn write_name(out: &mut String, name: &[u8]) {
    out.push('/');
    for &byte in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&byte) || !(33..=126).contains(&byte) {
            let _ = write!(out, "#{byte:02X}");
        } else {
            out.push(char::from(byte));
        }
    }
}

/// A real without an exponent (PDF has none): Rust's shortest form of an
/// `f32` never uses one for the sizes a page holds.
fn format_real(value: f32) -> String {
    if value.is_finite() { format!("{value}") } else { "0".to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_strings_are_escaped() {
        let mut out = String::new();
        write_object(&mut out, &Object::Name(b"A B/#".to_vec()));
        assert_eq!(out, "/A#20B#2F#23");
        assert_eq!(
            text_string("Hà"),
            Object::String(
                vec![0xfe, 0xff, 0x00, b'H', 0x00, 0xe0],
                lopdf::StringFormat::Hexadecimal
            )
        );
    }

    #[test]
    fn numbers_keep_two_decimals() {
        assert_eq!(number(12.0), Object::Integer(12));
        assert_eq!(number(226.771_65), Object::Real(226.77));
        let mut out = String::new();
        write_object(&mut out, &number(69.047));
        assert_eq!(out, "69.05");
    }

    #[test]
    fn the_field_is_named_after_the_signer_without_periods() {
        assert_eq!(name_for("Hoàng Trọng Hiếu"), "Hoàng Trọng Hiếu");
        assert_eq!(name_for("Ng. V.  An"), "Ng V An");
        assert_eq!(name_for(" . "), "Chữ ký");
    }

    #[test]
    fn the_last_startxref_counts() {
        assert_eq!(
            last_startxref(b"startxref\n10\n%%EOF\nstartxref\n200\n%%EOF"),
            Some(200)
        );
        assert_eq!(last_startxref(b"%PDF-1.7"), None);
    }
}
