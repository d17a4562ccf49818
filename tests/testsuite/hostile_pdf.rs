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

use crate::support::cli::flat;
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
/// the folder still holds only the PDF. Returns what `check` said, in
/// English, its wrapped lines folded (each run reads the whole PDF, up to
/// a million values: one run more to read the message would cost seconds).
fn refused(name: &str, pdf: &[u8], code: &str) -> String {
    refused_by(&[&["extract", "-o"], &["check"], &["text"]], name, pdf, code)
}

/// As [`refused`], with `plan check` only: for the limits on reading a
/// PDF's objects (values, elements, entries, streams), whose cost is the
/// PDF's size. The three commands open a PDF through the one reader
/// (`cli/opened.rs`: `Archive::read`), so a second and third run would
/// read the same million values again (about 4 s each, unoptimised, in
/// `cargo test`) to reach the same refusal. The tests that use [`refused`]
/// show that each command reports that reader's refusals.
fn refused_by_check(name: &str, pdf: &[u8], code: &str) -> String {
    refused_by(&[&["check"]], name, pdf, code)
}

/// Runs each of `commands` on `pdf`, as [`refused`] says.
fn refused_by(commands: &[&[&str]], name: &str, pdf: &[u8], code: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.pdf");
    std::fs::write(&file, pdf).expect("write");
    let out = dir.path().join("out");
    let mut checked = String::new();
    for &args in commands {
        let mut cmd = plan();
        cmd.args(["--lang", "en"]).args(args);
        if args[0] == "extract" {
            cmd.arg(&out);
        }
        let result = run(cmd.arg(&file));
        let report = stderr(&result);
        assert_eq!(result.status.code(), Some(3), "{name} {args:?}: {report}");
        assert!(report.contains(code), "{name} {args:?}: expected {code} in\n{report}");
        assert!(!report.contains("panicked"), "{name}: {report}");
        if args[0] == "check" {
            checked = flat(&report);
        }
    }
    only_the_pdf(dir.path(), name);
    checked
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
    set_embedded_files(doc, tree);
}

/// Makes `tree` the root of `doc`'s attachments' name tree.
fn set_embedded_files(doc: &mut Document, tree: ObjectId) {
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
    assert!(report.contains("more than 66 attached files"), "{report}");
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

/// A catalogue, an empty page tree and `body`, as objects 1 to 3, with
/// their offsets.
fn three_objects(body: &[u8]) -> (Vec<u8>, Vec<usize>) {
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
    (pdf, offsets)
}

/// A minimal PDF whose third object is `body`, cross-reference table right.
fn minimal_pdf(body: &[u8]) -> Vec<u8> {
    let (mut pdf, offsets) = three_objects(body);
    finish(&mut pdf, &offsets);
    pdf
}

/// Appends the cross-reference table listing objects 1, 2 … at `offsets`,
/// the trailer and `startxref`.
fn finish(pdf: &mut Vec<u8>, offsets: &[usize]) {
    let xref = pdf.len();
    let size = offsets.len() + 1;
    pdf.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes());
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n")
            .as_bytes(),
    );
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

/// A PDF whose cross-reference table lists `hidden`, an object that starts
/// inside `body` (object 3) at the text `4 0 obj`: lopdf parses it there,
/// wherever a reading from the first byte would see a string, a comment
/// or stream data.
fn pdf_pointing_into(body: &[u8]) -> Vec<u8> {
    let (mut pdf, mut offsets) = three_objects(body);
    offsets.push(pdf.windows(7).position(|w| w == b"4 0 obj").expect("marker"));
    finish(&mut pdf, &offsets);
    pdf
}

#[test]
fn deep_nesting_hidden_from_a_reading_from_the_start_is_refused() {
    // Each overflowed lopdf's stack (an abort) before the nesting was
    // counted from every place lopdf may start to parse.
    let deep =
        |open: &str, close: &str| format!("{}{}", open.repeat(1000), close.repeat(1000));
    let arrays = deep("[", "]");
    let hidden = [
        ("in a string", format!("(4 0 obj {arrays} endobj)")),
        ("in a string with escapes", format!("(\\) ( 4 0 obj {arrays} endobj ) \\()")),
        ("in a comment", format!("1 % 4 0 obj {arrays} endobj\n")),
        (
            "in stream data, strings of bytes past 127 between",
            format!(
                "<< /Length 1 >>\nstream\n\u{1}4 0 obj {} endobj\nendstream",
                deep("[(\u{80})", "]")
            ),
        ),
        (
            "in stream data, names of bytes past 127 between",
            format!(
                "<< /Length 1 >>\nstream\n\u{1}4 0 obj {} endobj\nendstream",
                deep("[/\u{80}", "]")
            ),
        ),
        (
            "after a string holding the stream keyword",
            format!("[(stream\n) 4 0 obj {} endobj]", deep("[(\u{80})", "]")),
        ),
    ];
    for (name, body) in hidden {
        let pdf = pdf_pointing_into(body.as_bytes());
        let report = refused(name, &pdf, "plan::pdf_unreadable");
        assert!(
            report.contains("nests arrays or dictionaries more than 64 deep"),
            "{name}"
        );
    }
    // Brackets inside a string, read from outside only, are text.
    refused(
        "shallow",
        &pdf_pointing_into(b"(4 0 obj [[1]] endobj)"),
        "plan::pdf_no_source",
    );
}

#[test]
fn a_chain_of_stream_lengths_is_refused() {
    // Each stream's length is the next object: lopdf follows them
    // recursively; 700 links overflowed its stack.
    let mut body = Vec::new();
    for n in 4..1004 {
        let object = format!(
            "{n} 0 obj << /Length {} 0 R >>\nstream\nx\nendstream\nendobj\n",
            n + 1
        );
        body.extend_from_slice(object.as_bytes());
    }
    let pdf = minimal_pdf(&body);
    let report = refused("length chain", &pdf, "plan::pdf_unreadable");
    assert!(report.contains("more than 64 stream lengths as references"));
}

#[test]
fn a_cross_reference_stream_is_refused() {
    // lopdf decodes it without a bound: its field widths are allocated as
    // written.
    let pdf = minimal_pdf(
        b"<< /Type /XRef /W [1 99999999999 1] /Size 3 /Length 0 >>\nstream\n\nendstream",
    );
    let object = pdf.windows(8).position(|w| w == b"\n3 0 obj").expect("object 3") + 1;
    let at = pdf.windows(9).rposition(|w| w == b"startxref").expect("startxref");
    let mut pointed = pdf[..at].to_vec();
    pointed.extend_from_slice(format!("startxref\n{object}\n%%EOF\n").as_bytes());
    let report = refused("cross-reference stream", &pointed, "plan::pdf_unreadable");
    assert!(report.contains("uses a cross-reference stream"));
}

/// A PDF of a catalogue, an empty page tree and `bodies` (objects 3, 4 …),
/// with `more` entries after theirs, each giving the offset of object 3.
fn pdf_of_objects(bodies: &[&[u8]], more: usize) -> Vec<u8> {
    let (mut pdf, mut offsets) = three_objects(bodies[0]);
    for (i, body) in bodies.iter().enumerate().skip(1) {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", i + 3).as_bytes());
        pdf.extend_from_slice(body);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    offsets.extend(vec![offsets[2]; more]);
    finish(&mut pdf, &offsets);
    pdf
}

#[test]
fn one_huge_array_or_dictionary_is_refused_before_lopdf_parses_it() {
    // A 28 MiB PDF holding one array of numbers took lopdf 1.8 GB and 41 s
    // (debug build) to refuse: lopdf holds each number in about 120 bytes.
    let numbers = |n: usize| format!("[{}]", "1 ".repeat(n));
    let pdf = pdf_of_objects(&[numbers(100_001).as_bytes()], 0);
    let report = refused_by_check("huge array", &pdf, "plan::pdf_unreadable");
    assert!(report.contains("an array or dictionary of more than 100000 elements"));
    let pairs = |n: usize| (0..n).map(|i| format!("/k{i} {i} ")).collect::<String>();
    let pdf = pdf_of_objects(&[format!("<<{}>>", pairs(50_001)).as_bytes()], 0);
    let report = refused_by_check("huge dictionary", &pdf, "plan::pdf_unreadable");
    assert!(report.contains("an array or dictionary of more than 100000 elements"));
    // As many as allowed are read (and carry no source).
    let full = pdf_of_objects(&[numbers(100_000).as_bytes()], 0);
    refused_by_check("100 000 numbers", &full, "plan::pdf_no_source");
    let full = pdf_of_objects(&[format!("<<{}>>", pairs(50_000)).as_bytes()], 0);
    refused_by_check("50 000 keys", &full, "plan::pdf_no_source");
}

#[test]
fn many_cross_reference_entries_are_refused() {
    // 1.5 million entries leading to one object took lopdf 1.2 GB: it
    // parses the object again for each.
    let pdf = pdf_of_objects(&[b"[1 2 3]"], 1_500_000);
    let report = refused_by_check("1.5 million entries", &pdf, "plan::pdf_unreadable");
    assert!(report.contains("more than 100000 cross-reference entries"));
    // Fewer, but more than 8 object numbers at one place.
    let pdf = pdf_of_objects(&[b"[1 2 3]"], 8);
    let report = refused_by_check("9 numbers at one place", &pdf, "plan::pdf_unreadable");
    assert!(report.contains("more than 8 cross-reference entries pointing at one"));
    refused_by_check(
        "8 numbers at one place",
        &pdf_of_objects(&[b"[1 2 3]"], 7),
        "plan::pdf_no_source",
    );
}

#[test]
fn too_many_values_in_all_are_refused() {
    // Each array within its limit, eleven of them past a million values.
    let array = format!("[{}]", "1 ".repeat(99_999));
    let pdf = pdf_of_objects(&[array.as_bytes(); 11], 0);
    let report = refused_by_check("11 × 99 999 numbers", &pdf, "plan::pdf_unreadable");
    assert!(report.contains("more than 1000000 values to read"));
    refused_by_check(
        "9 × 99 999",
        &pdf_of_objects(&[array.as_bytes(); 9], 0),
        "plan::pdf_no_source",
    );
}

#[test]
fn an_object_read_again_through_many_entries_is_refused() {
    // A 64 KiB string preceded by a thousand spaces, an entry pointing at
    // each: lopdf skips the spaces and parses the string a thousand times.
    let body = format!("{}4 0 obj ({}) endobj", " ".repeat(1000), "x".repeat(64 * 1024));
    let (mut pdf, mut offsets) = three_objects(body.as_bytes());
    let spaces = pdf.windows(4).position(|w| w == b"    ").expect("spaces");
    offsets.extend(spaces..spaces + 1000);
    finish(&mut pdf, &offsets);
    let report =
        refused_by_check("a thousand ways into one string", &pdf, "plan::pdf_unreadable");
    assert!(report.contains("come to more than 48 MiB"), "{}", report);
}

/// The largest real plan, `bench/yearly.sh` (168 pages), built as an
/// archival PDF with its source: within every limit on reading a PDF, it is
/// checked and its source extracted unchanged.
#[test]
fn the_yearly_plans_pdf_is_read_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let yearly = std::process::Command::new("bash")
        .arg(root().join("bench/yearly.sh"))
        .output()
        .expect("bash runs");
    assert!(yearly.status.success());
    std::fs::write(dir.path().join("y.yaml"), &yearly.stdout).expect("write");
    let result = run(plan().current_dir(dir.path()).args([
        "build",
        "--pdf-standard",
        "a-3b",
        "y.yaml",
    ]));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let result = run(plan().current_dir(dir.path()).args(["check", "y.pdf"]));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let result =
        run(plan().current_dir(dir.path()).args(["extract", "y.pdf", "-o", "out"]));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let extracted = std::fs::read(dir.path().join("out/y.yaml")).expect("extracted");
    assert!(extracted == yearly.stdout, "the source comes back unchanged");
}

/// A PDF of `streams`, each a stream holding `data`.
fn pdf_of_streams(streams: usize, data: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    for _ in 0..streams {
        body.extend_from_slice(b"<< >>\nstream\n");
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream\n");
    }
    minimal_pdf(&body)
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).expect("compress");
    encoder.finish().expect("compressed")
}

#[test]
fn too_many_compressed_streams_are_refused() {
    let empty = zlib(b"");
    let many = pdf_of_streams(50_001, &empty);
    let report = refused_by_check("50 001 streams", &many, "plan::pdf_unreadable");
    assert!(report.contains("more than 50000 compressed streams"));
    refused_by_check(
        "50 000 streams",
        &pdf_of_streams(50_000, &empty),
        "plan::pdf_no_source",
    );
}

#[test]
fn streams_inflating_too_far_together_are_refused() {
    // Each stream within its own limit (16 MiB), five of them past 64 MiB.
    let fifteen = zlib(&vec![0u8; 15 * 1024 * 1024]);
    let five = pdf_of_streams(5, &fifteen);
    let report = refused("five times 15 MiB", &five, "plan::pdf_too_large");
    assert!(report.contains("inflates past 64 MiB"), "{}", report);
    refused("four times 15 MiB", &pdf_of_streams(4, &fifteen), "plan::pdf_no_source");
}

/// `pdf` whose attachments' name tree holds its one leaf `depth` levels
/// below its root.
fn with_tree_depth(pdf: &[u8], depth: usize) -> Vec<u8> {
    altered(pdf, |doc| {
        let names = doc.catalog().expect("catalog").get(b"Names").expect("Names").clone();
        let names = match names {
            Object::Reference(id) => doc.get_object(id).expect("Names").clone(),
            other => other,
        };
        let mut node =
            names.as_dict().expect("dict").get(b"EmbeddedFiles").expect("tree").clone();
        for _ in 0..depth {
            let kid = doc.add_object(node);
            node = Object::Dictionary(lopdf::Dictionary::from_iter([(
                "Kids",
                Object::Array(vec![Object::Reference(kid)]),
            )]));
        }
        let root = doc.add_object(node);
        set_embedded_files(doc, root);
    })
}

#[test]
fn a_name_tree_too_deep_is_refused() {
    let pdf = embedded_pdf();
    let deep = with_tree_depth(&pdf, 17);
    let report = refused("17 levels", &deep, "plan::pdf_unreadable");
    assert!(report.contains("name tree is more than 16 deep"));
    // 16 levels are read.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("deep.pdf");
    std::fs::write(&file, with_tree_depth(&pdf, 16)).expect("write");
    let result = run(plan().arg("text").arg(&file));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
}

#[test]
fn the_reasons_of_a_broken_pdf_are_worded_in_both_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("deep.pdf");
    std::fs::write(&file, with_tree_depth(&embedded_pdf(), 17)).expect("write");
    let en = flat(&stderr(&run(plan().args(["--lang", "en", "check"]).arg(&file))));
    assert!(en.contains("name tree is more than 16 deep"), "{en}");
    let vi = flat(&stderr(&run(plan().args(["--lang", "vi", "check"]).arg(&file))));
    assert!(vi.contains("cây tên các tệp đính kèm lồng quá 16 tầng"), "{vi}");
    // lopdf's own words are quoted after the Vietnamese reason.
    std::fs::write(&file, b"%PDF-1.7\nnot a PDF\n").expect("write");
    let vi = flat(&stderr(&run(plan().args(["--lang", "vi", "check"]).arg(&file))));
    assert!(
        vi.contains("bảng tham chiếu chéo (xref) hỏng hoặc thiếu; bộ đọc PDF báo “"),
        "{vi}"
    );
}

#[test]
fn building_a_pdf_is_refused_and_leaves_it_untouched() {
    let pdf = embedded_pdf();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("hostile.pdf");
    std::fs::write(&file, &pdf).expect("write");
    // Without the refusal the PDF would be read as YAML, and a plan named
    // `hostile.pdf` is built into `hostile.pdf`: itself.
    let result = run(plan().arg("build").arg(&file));
    let report = stderr(&result);
    assert_eq!(result.status.code(), Some(3), "{report}");
    assert!(report.contains("is a PDF, not a YAML plan"), "{report}");
    assert!(report.contains("plan extract"), "{report}");
    assert!(std::fs::read(&file).expect("read") == pdf, "the PDF is untouched");
    only_the_pdf(dir.path(), "build x.pdf");
}

/// A seeded fuzzer of the PDF reader: the seed's PDF with bytes that steer
/// lopdf's parser (brackets, parentheses, `<<`, `%`, `\`, `stream`, bytes
/// past 127) inserted, repeated or removed at random places, read in
/// process. A stack overflow or an abort ends the test binary; a panic
/// fails it. `PLAN_FUZZ_CASES` (default 300 here) and `PLAN_FUZZ_SEED`
/// choose the cases, as for the plan fuzzer.
#[test]
fn mutated_pdfs_never_abort_or_panic() {
    use crate::regressions::{Rng, fuzz_cases, fuzz_seed};
    let pdf = embedded_pdf();
    let pieces: [&[u8]; 12] = [
        b"[",
        b"]",
        b"(",
        b")",
        b"<<",
        b">>",
        b"%",
        b"\\",
        b"stream\n",
        b"\x80",
        b"/",
        b"4 0 obj",
    ];
    let seed = fuzz_seed();
    let mut rng = Rng(seed);
    for case in 0..fuzz_cases() {
        let mut bytes = pdf.clone();
        for _ in 0..=rng.below(4) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => {
                    let piece = pieces[rng.below(pieces.len())];
                    let times = 1 + rng.below(200);
                    bytes.splice(at..at, piece.repeat(times));
                }
                1 => {
                    let end = (at + rng.below(64)).min(bytes.len());
                    bytes.drain(at..end);
                }
                _ => bytes[at] = (rng.next() & 0xff) as u8,
            }
        }
        let read =
            std::panic::catch_unwind(|| plan::archive::Archive::read("x.pdf", &bytes));
        assert!(read.is_ok(), "case {case} of seed {seed} (PLAN_FUZZ_SEED): panicked");
    }
}
