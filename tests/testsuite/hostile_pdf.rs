//! Hostile PDFs given to `plan extract`, `check`, `text` (issue 12, item 6):
//! attachment names that would leave the folder, a Flate bomb, too many
//! attachments, an oversized attachment, a PDF too large, garbage and a
//! truncated file. Each ends in a clean error (exit 3) naming its code,
//! never a panic, and writes nothing.

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use std::io::Write;
use std::path::Path;

use lopdf::{Document, Object, ObjectId};

use crate::support::cli::{plan, root, run, stderr};

/// The seed built with its source attached.
fn embedded_pdf() -> Vec<u8> {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("seed.pdf");
    let seed = root().join("plans/may-2024.yaml");
    let result =
        run(plan().args(["build", "--embed-source"]).arg(&seed).arg("-o").arg(&out));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    std::fs::read(out).expect("built")
}

/// The ids of the file specifications (dictionaries with `/EF`).
fn specs(doc: &Document) -> Vec<ObjectId> {
    doc.objects
        .iter()
        .filter(|(_, o)| o.as_dict().is_ok_and(|d| d.get(b"EF").is_ok()))
        .map(|(id, _)| *id)
        .collect()
}

/// `pdf` with `change` applied through lopdf, saved again.
fn altered(pdf: &[u8], change: impl FnOnce(&mut Document)) -> Vec<u8> {
    let mut doc = Document::load_mem(pdf).expect("parse");
    change(&mut doc);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    out
}

/// `pdf` whose first attachment is named `name`.
fn renamed(pdf: &[u8], name: &[u8]) -> Vec<u8> {
    altered(pdf, |doc| {
        let id = specs(doc)[0];
        let spec = doc.get_object_mut(id).and_then(Object::as_dict_mut).expect("spec");
        spec.set("UF", text_string(name));
        spec.set("F", text_string(name));
    })
}

/// `pdf` whose first attachment's stream holds `data`, Flate-compressed.
fn with_content(pdf: &[u8], data: &[u8]) -> Vec<u8> {
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).expect("compress");
    let compressed = encoder.finish().expect("compressed");
    altered(pdf, |doc| {
        let id = specs(doc)[0];
        let spec = doc.get_object(id).and_then(Object::as_dict).expect("spec");
        let ef = spec.get(b"EF").and_then(Object::as_dict).expect("EF");
        let stream_id = ef.get(b"F").and_then(Object::as_reference).expect("ref");
        let stream = doc
            .get_object_mut(stream_id)
            .and_then(Object::as_stream_mut)
            .expect("stream");
        stream.dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        stream.set_content(compressed);
    })
}

/// Runs `plan extract`, `check` and `text` on `pdf` in a fresh folder and
/// checks each fails with exit 3 naming `code`, without a panic, and that
/// the folder still holds only the PDF.
fn refused(name: &str, pdf: &[u8], code: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.pdf");
    std::fs::write(&file, pdf).expect("write");
    let out = dir.path().join("out");
    for args in [&["extract", "-o"][..], &["check"], &["text"]] {
        let mut cmd = plan();
        cmd.args(args);
        if args[0] == "extract" {
            cmd.arg(&out);
        }
        let result = run(cmd.arg(&file));
        let report = stderr(&result);
        assert_eq!(result.status.code(), Some(3), "{name} {args:?}: {report}");
        assert!(report.contains(code), "{name} {args:?}: expected {code} in\n{report}");
        assert!(!report.contains("panicked"), "{name}: {report}");
    }
    only_the_pdf(dir.path(), name);
}

fn only_the_pdf(dir: &Path, name: &str) {
    crate::support::cli::assert_only_file(dir, "hostile.pdf", name);
}

#[test]
fn names_leaving_the_folder_are_refused() {
    let pdf = embedded_pdf();
    for name in [
        &b"../evil.yaml"[..],
        b"a/../../evil.yaml",
        b"/tmp/evil.yaml",
        b"C:evil.yaml",
        b"C:\\evil.yaml",
        b"a\0b.yaml",
        b"",
        b".git/hooks/pre-commit.yaml",
        b"evil.sh",
    ] {
        let shown = String::from_utf8_lossy(name).into_owned();
        refused(&shown, &renamed(&pdf, name), "plan::pdf_attachment");
    }
}

#[test]
fn a_flate_bomb_is_refused() {
    // 64 MiB of zeros compress to about 64 KiB.
    let bomb = with_content(&embedded_pdf(), &vec![0u8; 64 * 1024 * 1024]);
    assert!(bomb.len() < 1024 * 1024, "{}", bomb.len());
    refused("bomb", &bomb, "plan::pdf_too_large");
}

#[test]
fn an_attachment_larger_than_a_plan_is_refused() {
    let large = with_content(&embedded_pdf(), &vec![b'#'; 1024 * 1024]);
    refused("large attachment", &large, "plan::pdf_too_large");
}

/// Makes `specs` the attachments of `doc`: a new name tree in the
/// catalogue's `/Names`.
fn set_attachments(doc: &mut Document, specs: &[ObjectId]) {
    let pairs: Vec<Object> = specs
        .iter()
        .enumerate()
        .flat_map(|(i, spec)| {
            [Object::string_literal(format!("f{i}.yaml")), Object::Reference(*spec)]
        })
        .collect();
    let tree =
        doc.add_object(lopdf::Dictionary::from_iter([("Names", Object::Array(pairs))]));
    let names = doc.catalog().expect("catalog").get(b"Names").expect("Names").clone();
    let names = match names {
        Object::Reference(id) => doc.get_object_mut(id).expect("Names"),
        _ => doc.catalog_mut().expect("catalog").get_mut(b"Names").expect("Names"),
    };
    names.as_dict_mut().expect("dict").set("EmbeddedFiles", Object::Reference(tree));
}

/// UTF-16 with its mark, as a PDF text string holds any character.
fn text_string(name: &[u8]) -> Object {
    let mut utf16 = vec![0xFE, 0xFF];
    utf16.extend(String::from_utf8_lossy(name).encode_utf16().flat_map(u16::to_be_bytes));
    Object::string_literal(utf16)
}

#[test]
fn too_many_attachments_are_refused() {
    let many = altered(&embedded_pdf(), |doc| {
        let spec = specs(doc)[0];
        set_attachments(doc, &[spec; 100]);
    });
    refused("too many", &many, "plan::pdf_attachment");
    // Refused for their number, before the names (all the same here) are
    // compared.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("many.pdf");
    std::fs::write(&file, &many).expect("write");
    let report = stderr(&run(plan().arg("check").arg(&file)));
    assert!(report.contains("more than 65 attached files"), "{report}");
}

#[test]
fn clashing_names_are_refused() {
    let pdf = embedded_pdf();
    let twice = altered(&pdf, |doc| {
        let spec = specs(doc)[0];
        set_attachments(doc, &[spec, spec]);
    });
    refused("the same name twice", &twice, "plan::pdf_attachment");
    // `may-2024.yaml` and `may-2024.yaml/x.yaml` cannot both be files.
    let nested = altered(&pdf, |doc| {
        let spec = specs(doc)[0];
        let mut copy = doc.get_object(spec).expect("spec").clone();
        let dict = copy.as_dict_mut().expect("dict");
        dict.set("UF", text_string(b"may-2024.yaml/x.yaml"));
        dict.set("F", text_string(b"may-2024.yaml/x.yaml"));
        dict.set("Desc", text_string(b"other"));
        let copy = doc.add_object(copy);
        set_attachments(doc, &[spec, copy]);
    });
    refused("a file inside a file", &nested, "plan::pdf_attachment");
}

/// A minimal PDF whose third object is `body`, cross-reference table right.
fn minimal_pdf(body: &[u8]) -> Vec<u8> {
    let objects: [&[u8]; 3] = [
        b"<< /Type /Catalog /Pages 2 0 R /X 3 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
        body,
    ];
    let mut pdf = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        pdf.extend_from_slice(object);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend_from_slice(b"xref\n0 4\n0000000000 65535 f \n");
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n")
            .as_bytes(),
    );
    pdf
}

#[test]
fn deep_nesting_is_refused_before_it_overflows_the_parser() {
    // A thousand levels overflowed lopdf's stack (an abort) before the check.
    let arrays = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
    refused("deep arrays", &minimal_pdf(arrays.as_bytes()), "plan::pdf_unreadable");
    let dicts = format!("{}1{}", "<< /a ".repeat(1000), " >>".repeat(1000));
    refused("deep dictionaries", &minimal_pdf(dicts.as_bytes()), "plan::pdf_unreadable");
    // The same file, shallow, is read (and carries no source).
    refused("shallow", &minimal_pdf(b"[[1]]"), "plan::pdf_no_source");
}

#[test]
fn broken_and_oversized_pdfs_are_refused() {
    refused("garbage", b"%PDF-1.7\nthis is not a PDF at all\n", "plan::pdf_unreadable");
    let pdf = embedded_pdf();
    refused("truncated", &pdf[..pdf.len() / 2], "plan::pdf_unreadable");
    let mut huge = b"%PDF-1.7\n".to_vec();
    huge.resize(plan::archive::MAX_PDF_BYTES + 10, b' ');
    refused("too large", &huge, "plan::pdf_too_large");
}
