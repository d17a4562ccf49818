//! PDF export: deterministic bytes, metadata (`style.md` §1.4, §6).

use lopdf::{Document, Object};

use crate::support::*;

fn info(pdf: &[u8]) -> (Document, lopdf::Dictionary) {
    let doc = Document::load_mem(pdf).expect("parse pdf");
    let id = doc.trailer.get(b"Info").and_then(Object::as_reference).expect("Info");
    let info = doc.get_dictionary(id).expect("Info dict").clone();
    (doc, info)
}

fn string(dict: &lopdf::Dictionary, key: &[u8]) -> String {
    lopdf::decode_text_string(dict.get(key).expect("key")).expect("text string")
}

#[test]
fn two_exports_of_the_same_view_are_byte_identical() {
    let view = may_2024_view();
    let a = plan::export::pdf(&compile(&view), &view, None).expect("pdf");
    // A second renderer: nothing is shared but the binary.
    let renderer = plan::render::Renderer::new(&[]).expect("renderer");
    let doc = renderer.compile(&view).expect("compile").document;
    let b = plan::export::pdf(&doc, &view, None).expect("pdf");
    assert!(a == b, "PDF bytes differ");
    save("may-2024.pdf", &a);
    let multi = multi_page_view();
    save(
        "multi-page.pdf",
        &plan::export::pdf(&multi_page().doc, &multi, None).expect("pdf"),
    );
    let mut draft = may_2024_view();
    draft.draft = true;
    save(
        "may-2024-draft.pdf",
        &plan::export::pdf(&compile(&draft), &draft, None).expect("pdf"),
    );
}

#[test]
fn pdf_metadata_has_title_author_language_and_date() {
    let view = may_2024_view();
    let pdf = plan::export::pdf(&may_2024().doc, &view, None).expect("pdf");
    let (doc, info) = info(&pdf);
    assert_eq!(string(&info, b"Title"), "Chương trình công tác tháng 5 năm 2024");
    assert_eq!(string(&info, b"Author"), "Đảng ủy phường Mỹ Độ");
    let created = string(&info, b"CreationDate");
    assert!(created.starts_with("D:20240502000000"), "{created}");
    let lang = doc.catalog().expect("catalog").get(b"Lang").expect("Lang");
    assert_eq!(lopdf::decode_text_string(lang).expect("lang"), "vi");
}

/// The keywords hold the number and date lines as the page prints them: a
/// blank number keeps its blank ("Số" and six no-break spaces before
/// "-CTr/ĐU"), not squeezed to "Số -CTr/ĐU", like a blank day in the date.
#[test]
fn keywords_keep_a_blank_number_as_the_page_prints_it() {
    let view = may_2024_view();
    let pdf = plan::export::pdf(&compile(&view), &view, None).expect("pdf");
    let (_, filled) = info(&pdf);
    assert_eq!(
        string(&filled, b"Keywords"),
        "Số 45-CTr/ĐU, Mỹ Độ, ngày 02 tháng 5 năm 2024"
    );
    let blank = "\u{a0}".repeat(6);
    let mut view = may_2024_view();
    view.header.number = format!("Số {blank}-CTr/ĐU");
    view.header.date = format!("Mỹ Độ, ngày {blank} tháng 5 năm 2024");
    let pdf = plan::export::pdf(&compile(&view), &view, None).expect("pdf");
    let (_, info) = info(&pdf);
    assert_eq!(
        string(&info, b"Keywords"),
        format!("Số {blank}-CTr/ĐU, Mỹ Độ, ngày {blank} tháng 5 năm 2024")
    );
}

#[test]
fn a_timestamp_overrides_the_creation_date() {
    let view = may_2024_view();
    // 2026-11-20T08:30:00Z
    let pdf =
        plan::export::pdf(&may_2024().doc, &view, Some(1_795_163_400)).expect("pdf");
    let (_, info) = info(&pdf);
    let created = string(&info, b"CreationDate");
    assert!(created.starts_with("D:20261120083000"), "{created}");
}

#[test]
fn write_atomic_writes_into_a_new_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.pdf");
    plan::export::write_atomic(&path, b"%PDF-1.7").expect("write");
    assert_eq!(std::fs::read(&path).expect("read"), b"%PDF-1.7");
}
