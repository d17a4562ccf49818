//! `plan build --signature-field` (issue 12, item 8): an empty signature
//! field over the signing space between the signer's title and name.
//!
//! The field is read back with lopdf and compared with the text positions
//! the layout tests read (the title's last baseline, the name's baseline and
//! extent); then pyHanko (Python, from PyPI; `.ci/run` installs it) signs
//! the field with a test certificate made on the spot and validates the
//! signature (`tests/sign_pdf.py`).

use std::path::Path;
use std::process::Command;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::support::cli::{plan, root, run, run_in, stderr, write};
use crate::support::plans::may;
use crate::support::{A4, Laid, MARGIN, MM, renderer, view_of};

/// The seed (Party layout) and the Tân Yên plan (state layout, "KT." line,
/// appendices after the signature: the signing page is not the last).
const PARTY: &str = "plans/may-2024.yaml";
const STATE: &str = "plans/tan-yen-school-year-2024-2025.yaml";

/// The one signature field of `pdf`: its dictionary and the 0-based index
/// of the page its `/P` names (checked to list it in `/Annots`).
fn the_field(pdf: &[u8]) -> (Dictionary, usize) {
    let doc = Document::load_mem(pdf).expect("parse pdf");
    let form = doc
        .catalog()
        .expect("catalog")
        .get(b"AcroForm")
        .and_then(Object::as_dict)
        .expect("an /AcroForm in the catalog");
    assert!(form.get(b"NeedAppearances").is_err(), "no NeedAppearances: {form:?}");
    let fields = form.get(b"Fields").and_then(Object::as_array).expect("/Fields");
    assert_eq!(fields.len(), 1, "{fields:?}");
    let id = fields[0].as_reference().expect("a field reference");
    let field = doc.get_dictionary(id).expect("field").clone();
    let name =
        |key: &[u8]| field.get(key).and_then(Object::as_name).ok().map(<[u8]>::to_vec);
    assert_eq!(name(b"FT").as_deref(), Some(b"Sig".as_slice()));
    assert_eq!(name(b"Subtype").as_deref(), Some(b"Widget".as_slice()));
    assert_eq!(field.get(b"F").and_then(Object::as_i64).ok(), Some(4), "printed");
    assert!(field.get(b"V").is_err(), "the field is empty");
    let appearance = field
        .get(b"AP")
        .and_then(Object::as_dict)
        .and_then(|ap| ap.get(b"N"))
        .and_then(Object::as_reference)
        .expect("a normal appearance");
    assert!(doc.get_object(appearance).and_then(Object::as_stream).is_ok());
    let page_id: ObjectId = field.get(b"P").and_then(Object::as_reference).expect("/P");
    let pages = doc.get_pages();
    let (number, _) = pages.iter().find(|(_, id)| **id == page_id).expect("/P is a page");
    let annots = doc
        .get_dictionary(page_id)
        .and_then(|page| page.get(b"Annots"))
        .and_then(Object::as_array)
        .expect("the page's /Annots");
    assert!(annots.contains(&Object::Reference(id)), "{annots:?}");
    (field, *number as usize - 1)
}

/// `/Rect` as (left, bottom, right, top) in PDF user space.
fn rect(field: &Dictionary) -> [f64; 4] {
    let list = field.get(b"Rect").and_then(Object::as_array).expect("/Rect");
    let numbers: Vec<f64> =
        list.iter().map(|n| n.as_float().expect("number") as f64).collect();
    [numbers[0], numbers[1], numbers[2], numbers[3]]
}

/// The field's name `/T`, decoded.
fn field_name(field: &Dictionary) -> String {
    let bytes = field.get(b"T").and_then(Object::as_str).expect("/T");
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => {
            let units: Vec<u16> =
                utf16.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            String::from_utf16(&units).expect("UTF-16BE")
        }
        None => String::from_utf8(bytes.to_vec()).expect("ASCII"),
    }
}

/// Builds the plan at `path` through the library with the field, and checks
/// that the field lies over the signing space of the same laid-out view, as
/// wide as the footer's right cell (`column` mm).
fn lies_between_title_and_name(path: &str, column: f64) {
    let view = view_of(path);
    let pdf =
        ::plan::render_pdf_with(renderer(), &view, None, &[], &[], true).expect("pdf");
    let (field, page) = the_field(&pdf);
    assert_eq!(field_name(&field), view.footer.signer.name);
    let laid = Laid::new(view);
    let title = laid.texts("plan-signer-title");
    let name = laid.texts("plan-signer-name");
    let title_page = title.last().expect("title").page;
    assert_eq!(name[0].page, title_page, "title and name on one page");
    assert_eq!(page, name[0].page, "the field is on the signing page");
    let height = laid.doc.pages()[page].frame.size().y.to_pt();
    // From the page's top, as the layout reads positions.
    let [left, bottom, right, top] = rect(&field);
    let (top, bottom) = (height - top, height - bottom);
    let title_baseline = title.iter().map(|i| i.y).fold(f64::NEG_INFINITY, f64::max);
    let name_baseline = name[0].y;
    // The name's capitals (14 pt Liberation Serif, cap height 0.66 em)
    // reach 9.2 pt above its baseline.
    let name_top = name_baseline - 0.66 * 14.0;
    assert!(
        top >= title_baseline,
        "field top {top:.2} above the title's baseline {title_baseline:.2}"
    );
    assert!(
        bottom <= name_top,
        "field bottom {bottom:.2} below the name's top {name_top:.2}"
    );
    // The space the rules give (≈ 25–30 mm between title and name): the
    // field takes all of it but the title's descenders and the name's
    // ascenders, at least 20 mm.
    assert!(bottom - top >= 20.0 * MM, "field height {:.2} pt", bottom - top);
    assert!(top - title_baseline < 6.0, "field starts right under the title");
    assert!(name_top - bottom < 6.0, "field ends right over the name");
    // Over the name's column: the footer's right cell (`column` mm wide,
    // flush with the right margin), the name and the title lines inside it.
    let (name_left, name_right) = crate::support::extent(&name);
    let (title_left, title_right) = crate::support::extent(&title);
    assert!(left <= name_left.min(title_left) && right >= name_right.max(title_right));
    crate::support::assert_close(right, A4.0 - MARGIN.3, "field's right edge");
    crate::support::assert_close(right - left, column * MM, "field's width");
    let centre = (left + right) / 2.0;
    let name_centre = (name_left + name_right) / 2.0;
    assert!((centre - name_centre).abs() < 1.0, "centred over the name");
}

#[test]
fn party_field_lies_between_title_and_name() {
    lies_between_title_and_name(PARTY, 80.0);
}

#[test]
fn state_field_lies_between_title_and_name_before_the_appendices() {
    let view = view_of(STATE);
    assert!(!view.footer.signer.authority.is_empty(), "a KT. line");
    lies_between_title_and_name(STATE, 95.0);
    // The signing page is not the last one: the appendices follow.
    let laid = Laid::new(view);
    let name_page = laid.texts("plan-signer-name")[0].page;
    assert!(name_page + 1 < laid.doc.pages().len());
}

/// Builds `path` with the command line and `args`, into `out`.
fn build(path: &str, args: &[&str], out: &Path) -> Vec<u8> {
    let result =
        run(plan().arg("build").arg(root().join(path)).args(args).arg("-o").arg(out));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    std::fs::read(out).expect("written")
}

#[test]
fn the_field_comes_with_pdf_a_2b_and_keeps_the_bytes_identical() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plain = build(PARTY, &[], &dir.path().join("plain.pdf"));
    let one = build(PARTY, &["--signature-field"], &dir.path().join("one.pdf"));
    let two = build(PARTY, &["--signature-field"], &dir.path().join("two.pdf"));
    assert!(one == two, "two builds differ");
    // An incremental update: Typst's bytes first, unchanged.
    assert!(one.starts_with(&plain) && one.len() > plain.len());
    let archival = build(
        PARTY,
        &["--signature-field", "--pdf-standard", "a-2b"],
        &dir.path().join("a.pdf"),
    );
    let again = build(
        PARTY,
        &["--signature-field", "--pdf-standard", "a-2b"],
        &dir.path().join("b.pdf"),
    );
    assert!(archival == again, "two PDF/A builds differ");
    let (field, _) = the_field(&archival);
    assert_eq!(field_name(&field), "Hoàng Trọng Hiếu");
    assert_eq!(rect(&field), rect(&the_field(&one).0));
    let text = String::from_utf8_lossy(&archival);
    assert!(text.contains("<pdfaid:part>2</pdfaid:part>"), "still declared PDF/A-2");
    // The last trailer keeps the file's identifier (PDF/A wants one).
    let doc = Document::load_mem(&archival).expect("parse");
    assert!(doc.trailer.get(b"ID").is_ok());
    // Without the option: no form at all.
    let doc = Document::load_mem(&plain).expect("parse");
    assert!(doc.catalog().expect("catalog").get(b"AcroForm").is_err());
}

/// Signs `pdf` with `tests/sign_pdf.py` and returns its report lines.
fn sign(dir: &Path, pdf: &Path) -> Vec<String> {
    let script = root().join("tests/sign_pdf.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(pdf)
        .arg(dir.join("signed.pdf"))
        .output()
        .expect("python3 runs (the signing library is Python's pyHanko)");
    assert!(
        out.status.success(),
        "pyHanko could not sign or validate (is pyHanko installed? `python3 -m pip install \
         pyhanko`): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8").lines().map(str::to_owned).collect()
}

#[test]
fn pyhanko_signs_the_field_and_the_signature_validates() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, args, name) in [
        (PARTY, &[][..], "Hoàng Trọng Hiếu"),
        (PARTY, &["--pdf-standard", "a-2b"][..], "Hoàng Trọng Hiếu"),
        (STATE, &[][..], "Nguyễn Văn Hùng"),
    ] {
        let out = dir.path().join("field.pdf");
        let mut all = vec!["--signature-field"];
        all.extend_from_slice(args);
        build(path, &all, &out);
        let lines = sign(dir.path(), &out);
        assert_eq!(
            lines,
            [
                format!("EMPTY {name}"),
                format!("SIGNED {name}"),
                "STATUS intact=True valid=True trusted=True coverage=ENTIRE_FILE"
                    .to_owned(),
                "BOTTOM_LINE True".to_owned(),
            ],
            "{path} {args:?}"
        );
    }
}

#[test]
fn other_outputs_and_pdf_ua_refuse_the_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    for args in [
        &["build", "--signature-field", "-f", "docx", "a.yaml"][..],
        &["build", "--signature-field", "-f", "png", "a.yaml"],
        &["build", "--signature-field", "-f", "ics", "a.yaml"],
        &["build", "--signature-field", "--emit", "view", "a.yaml"],
    ] {
        let out = crate::support::cli::run_in_vi(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("`--signature-field` thêm ô chữ ký vào tệp PDF"),
            "{}",
            stderr(&out)
        );
    }
    let out = crate::support::cli::run_in_vi(
        dir.path(),
        &["build", "--signature-field", "--pdf-standard", "a-2b,ua-1", "a.yaml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bỏ `ua-1`"), "{}", stderr(&out));
    // Nothing was written.
    let names: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").flatten().collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn a_template_without_the_mark_is_told_how_to_get_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let out = run_in(dir.path(), &["template", "export", "tpl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let footer = dir.path().join("tpl/parts/footer.typ");
    let text = std::fs::read_to_string(&footer).expect("footer.typ exported");
    assert!(text.contains("<plan-signing-space>"));
    write(
        dir.path(),
        "tpl/parts/footer.typ",
        &text.replace("<plan-signing-space>", "<old-space>"),
    );
    let out = crate::support::cli::run_in_vi(
        dir.path(),
        &["build", "--template", "tpl", "--signature-field", "a.yaml"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::signing_space"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "mẫu trình bày phải đánh dấu đúng một chỗ ký (`<plan-signing-space>`) nhưng có 0"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("a.pdf").exists());
    // A mark without the space's size.
    let sized = "(width: c.footer-columns.at(1), height: space)";
    assert!(text.contains(sized), "{text}");
    write(dir.path(), "tpl/parts/footer.typ", &text.replace(sized, "\"chỗ ký\""));
    let out = crate::support::cli::run_in_vi(
        dir.path(),
        &["build", "--template", "tpl", "--signature-field", "a.yaml"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("phải là `metadata((width: …, height: …))`"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("a.pdf").exists());
    // The same folder builds without the option.
    let out = run_in(dir.path(), &["build", "--template", "tpl", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
