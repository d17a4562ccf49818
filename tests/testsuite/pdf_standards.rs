//! `plan build --pdf-standard` (issue 12, item 5): PDF/A-2b, PDF/A-3b and
//! PDF/UA-1, validated by Typst's PDF writer at export and declared in the
//! XMP metadata; the number and date lines in the metadata's keywords.

use std::path::Path;

use lopdf::{Document, Object};

use crate::support::cli::{plan, plan_vi, root, run, stderr, yaml_files};
use crate::support::renderer;

/// The XMP packet of `pdf`, as text.
fn xmp(pdf: &[u8]) -> String {
    let doc = Document::load_mem(pdf).expect("parse pdf");
    let catalog = doc.catalog().expect("catalog");
    let id = catalog.get(b"Metadata").and_then(Object::as_reference).expect("Metadata");
    let stream = doc.get_object(id).and_then(Object::as_stream).expect("stream");
    let bytes = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
    String::from_utf8(bytes).expect("utf-8 XMP")
}

fn build(args: &[&str], out: &Path) -> Vec<u8> {
    let seed = root().join("plans/may-2024.yaml");
    let result = run(plan().args(["build"]).args(args).arg(&seed).arg("-o").arg(out));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    std::fs::read(out).expect("written")
}

#[test]
fn each_standard_is_declared_and_plain_pdf_declares_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("a.pdf");
    let plain = xmp(&build(&[], &out));
    assert!(!plain.contains("pdfaid:part"), "{plain}");
    assert!(!plain.contains("pdfuaid:part"), "{plain}");
    // The number and date lines are keywords, the issuer is the author.
    assert!(
        plain.contains(
            "<pdf:Keywords>Số 45-CTr/ĐU, Mỹ Độ, ngày 02 tháng 5 năm 2024</pdf:Keywords>"
        ),
        "{plain}"
    );
    assert!(plain.contains("<rdf:li>Đảng ủy phường Mỹ Độ</rdf:li>"), "{plain}");

    let a2 = xmp(&build(&["--pdf-standard", "a-2b"], &out));
    assert!(
        a2.contains(
            "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        ),
        "{a2}"
    );
    let a3 = xmp(&build(&["--pdf-standard", "a-3b"], &out));
    assert!(
        a3.contains(
            "<pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
        ),
        "{a3}"
    );
    let both = xmp(&build(&["--pdf-standard", "a-2b,ua-1"], &out));
    assert!(both.contains("<pdfaid:part>2</pdfaid:part>"), "{both}");
    assert!(both.contains("<pdfuaid:part>1</pdfuaid:part>"), "{both}");
}

#[test]
fn two_archival_standards_or_an_unknown_one_are_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let seed = root().join("plans/may-2024.yaml");
    let out = dir.path().join("a.pdf");
    let result = run(plan_vi()
        .args(["build", "--pdf-standard", "a-2b,a-3b"])
        .arg(&seed)
        .arg("-o")
        .arg(&out));
    assert_eq!(result.status.code(), Some(2), "{}", stderr(&result));
    assert!(stderr(&result).contains("chọn `a-2b` hoặc `a-3b`"), "{}", stderr(&result));
    let result = run(plan()
        .args(["build", "--pdf-standard", "a-1b"])
        .arg(&seed)
        .arg("-o")
        .arg(&out));
    assert_eq!(result.status.code(), Some(2), "{}", stderr(&result));
    assert!(!out.exists(), "nothing written");
}

/// Every plan and example meets PDF/A-2b and PDF/UA-1 together: Typst's
/// writer checks fonts, colours, tagging, the title and the language.
#[test]
fn every_plan_and_example_meets_pdf_a_2b_and_ua_1() {
    let standards = [plan::export::Standard::A2b, plan::export::Standard::Ua1];
    for dir in ["plans", "examples"] {
        for path in yaml_files(&root().join(dir)) {
            let bytes = std::fs::read(&path).expect("readable");
            let checked = plan::check(&path, &bytes, Default::default());
            let view = checked.view.expect("no errors");
            let pdf = plan::render_pdf_conforming(renderer(), &view, None, &standards);
            let pdf = pdf.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(
                xmp(&pdf).contains("<pdfaid:part>2</pdfaid:part>"),
                "{}",
                path.display()
            );
        }
    }
}
