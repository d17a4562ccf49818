//! The attached files of a PDF, read with lopdf after [`super::scan`] let
//! the bytes through: the catalogue's `/Names /EmbeddedFiles` name tree,
//! each file specification's name (`/UF`, else `/F`), description and
//! embedded stream, inflated through a bounded reader.

use std::collections::HashSet;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::{ArchiveError, Attached, Kind, MAX_ATTACHMENTS, MAX_PDF_BYTES};
use crate::lang::{Text, t};
use crate::source::MAX_FILE_BYTES;

/// How deep the name tree may nest.
const MAX_TREE_DEPTH: usize = 16;

/// The attached source files of the PDF `bytes`; exactly one is the plan.
pub(super) fn attachments(bytes: &[u8]) -> Result<Vec<Attached>, ArchiveError> {
    if bytes.len() > MAX_PDF_BYTES {
        return Err(ArchiveError::TooLarge);
    }
    super::scan::check(bytes)?;
    // lopdf is not known to panic on any input, but a panic in it must
    // not become one of `plan`'s.
    let parsed = std::panic::catch_unwind(|| {
        let document = Document::load_mem(bytes)
            .map_err(|err| ArchiveError::Unreadable { why: lopdf_said(&err) })?;
        files(&document)
    });
    let files = parsed.unwrap_or_else(|_| {
        Err(ArchiveError::Unreadable {
            why: t("bộ đọc PDF dừng giữa chừng", "the PDF reader stopped"),
        })
    })?;
    if files.is_empty() {
        return Err(ArchiveError::NoSource);
    }
    let plans = files.iter().filter(|f| f.kind == Kind::Plan).count();
    if plans != 1 {
        return Err(ArchiveError::NoPlan);
    }
    Ok(files)
}

/// Why lopdf could not parse a PDF: the part that is broken in both
/// languages, then lopdf's own words, quoted (`bộ đọc PDF báo “invalid
/// cross reference table”`).
fn lopdf_said(err: &lopdf::Error) -> Text {
    let part = match err {
        lopdf::Error::Xref(_) => t(
            "bảng tham chiếu chéo (xref) hỏng hoặc thiếu",
            "a broken or missing cross-reference table",
        ),
        lopdf::Error::Parse(_) => t("sai cú pháp PDF", "PDF syntax errors"),
        lopdf::Error::IndirectObject { .. } | lopdf::Error::ObjectIdMismatch => {
            t("một đối tượng trong tệp hỏng", "a broken object")
        }
        _ => t("cấu trúc tệp hỏng", "a broken structure"),
    };
    t(
        format!("{}; bộ đọc PDF báo “{err}”", part.vi),
        format!("{}; the PDF reader says “{err}”", part.en),
    )
}

/// Every attached file of `document`.
fn files(document: &Document) -> Result<Vec<Attached>, ArchiveError> {
    let Ok(catalog) = document.catalog() else {
        return Err(ArchiveError::Unreadable {
            why: t("không có danh mục gốc (catalog)", "no catalog"),
        });
    };
    let Some(names) = dict(document, catalog.get(b"Names").ok()) else {
        return Ok(Vec::new());
    };
    let Some(tree) = dict(document, names.get(b"EmbeddedFiles").ok()) else {
        return Ok(Vec::new());
    };
    let mut specs = Vec::new();
    collect(document, tree, 0, &mut HashSet::new(), &mut specs)?;
    let mut files: Vec<Attached> = Vec::new();
    for spec in specs {
        let file = attached(document, spec)?;
        if files.iter().any(|f| f.name == file.name) {
            return Err(ArchiveError::BadName {
                name: super::names::shown(&file.name),
                why: t("hai tệp đính kèm trùng tên", "two attached files have this name"),
            });
        }
        // `a.yaml` and `a.yaml/b.yaml` cannot both be written.
        let inside = |outer: &str, inner: &str| {
            inner.strip_prefix(outer).is_some_and(|rest| rest.starts_with('/'))
        };
        if files
            .iter()
            .any(|f| inside(&f.name, &file.name) || inside(&file.name, &f.name))
        {
            return Err(ArchiveError::BadName {
                name: super::names::shown(&file.name),
                why: t(
                    "tên của một tệp đính kèm khác là thư mục chứa nó",
                    "another attached file's name is a folder on its path",
                ),
            });
        }
        files.push(file);
    }
    Ok(files)
}

/// The dictionary `object` is or refers to.
fn dict<'a>(
    document: &'a Document,
    object: Option<&'a Object>,
) -> Option<&'a Dictionary> {
    document.dereference(object?).ok()?.1.as_dict().ok()
}

/// Walks the name tree node `node`: its `/Names` pairs and its `/Kids`,
/// at most [`MAX_TREE_DEPTH`] deep, each node once, at most
/// [`MAX_ATTACHMENTS`] files.
fn collect<'a>(
    document: &'a Document,
    node: &'a Dictionary,
    depth: usize,
    seen: &mut HashSet<ObjectId>,
    out: &mut Vec<&'a Dictionary>,
) -> Result<(), ArchiveError> {
    if depth > MAX_TREE_DEPTH {
        return Err(ArchiveError::Unreadable {
            why: t(
                format!("cây tên các tệp đính kèm lồng quá {MAX_TREE_DEPTH} tầng"),
                format!(
                    "the attached files' name tree is more than {MAX_TREE_DEPTH} deep"
                ),
            ),
        });
    }
    if let Ok(Object::Array(pairs)) = node.get(b"Names") {
        for pair in pairs.chunks(2) {
            let [_, spec] = pair else { continue };
            if out.len() >= MAX_ATTACHMENTS {
                return Err(ArchiveError::TooMany);
            }
            if let Some(spec) = dict(document, Some(spec)) {
                out.push(spec);
            }
        }
    }
    if let Ok(Object::Array(kids)) = node.get(b"Kids") {
        for kid in kids {
            if let Ok(id) = kid.as_reference()
                && !seen.insert(id)
            {
                continue;
            }
            if let Some(kid) = dict(document, Some(kid)) {
                collect(document, kid, depth + 1, seen, out)?;
            }
        }
    }
    Ok(())
}

/// The file a file specification names.
fn attached(document: &Document, spec: &Dictionary) -> Result<Attached, ArchiveError> {
    let text = |key: &[u8]| {
        let object = spec.get(key).ok()?;
        let object = document.dereference(object).ok()?.1;
        lopdf::decode_text_string(object)
            .ok()
            .or_else(|| String::from_utf8(object.as_str().ok()?.to_vec()).ok())
    };
    let name = text(b"UF").or_else(|| text(b"F")).unwrap_or_default();
    super::names::check(&name)
        .map_err(|why| ArchiveError::BadName { name: super::names::shown(&name), why })?;
    let description = text(b"Desc");
    let kind = Kind::of_description(description.as_deref());
    let embedded = dict(document, spec.get(b"EF").ok());
    let stream = embedded
        .and_then(|ef| ef.get(b"UF").or_else(|_| ef.get(b"F")).ok())
        .and_then(|object| document.dereference(object).ok())
        .and_then(|(_, object)| object.as_stream().ok())
        .ok_or_else(|| {
            let name = super::names::shown(&name);
            ArchiveError::Unreadable {
                why: t(
                    format!("tệp đính kèm `{name}` không có nội dung"),
                    format!("no data for the attached file `{name}`"),
                ),
            }
        })?;
    let bytes = content(stream, &name)?;
    Ok(Attached { name, kind, bytes })
}

/// The bytes of an embedded file's stream: stored, or Flate-compressed
/// and inflated to at most [`MAX_FILE_BYTES`]; any other filter is refused.
fn content(stream: &lopdf::Stream, name: &str) -> Result<Vec<u8>, ArchiveError> {
    let too_large = || ArchiveError::FileTooLarge { name: super::names::shown(name) };
    let filters = stream.filters().unwrap_or_default();
    let bytes = match filters.as_slice() {
        [] => stream.content.clone(),
        [flate]
            if *flate == b"FlateDecode" && stream.dict.get(b"DecodeParms").is_err() =>
        {
            super::scan::inflate_bounded(&stream.content, MAX_FILE_BYTES)
                .ok_or_else(too_large)?
        }
        _ => {
            return Err(ArchiveError::Unsupported {
                what: t(
                    "tệp đính kèm được nén theo cách plan không đọc",
                    "an attached file is encoded in a way plan does not read",
                ),
            });
        }
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}
