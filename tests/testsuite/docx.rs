//! Word output (issue 13), read back from the archive: the page setup, the
//! font, language, sizes and spacing, the header parts, and the text of
//! every paragraph in order, for every real plan and every example.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use plan::view::View;

/// Every real plan and every example.
pub(crate) fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["plans", "examples"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "yaml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The real plans and examples Word output writes: all but those using
/// footnotes or appendices, which it refuses (checked in
/// [`plans_with_footnotes_or_appendices_are_refused`]).
pub(crate) fn writable() -> Vec<PathBuf> {
    documents()
        .into_iter()
        .filter(|p| plan::docx::unsupported(&view_of(p)).is_empty())
        .collect()
}

/// The view of a plan file that has no errors.
pub(crate) fn view_of(path: &Path) -> View {
    let bytes = std::fs::read(path).expect("readable");
    let checked = plan::check(path, &bytes, Default::default());
    checked.view.unwrap_or_else(|| panic!("{} has errors", path.display()))
}

/// A path under the repository.
pub(crate) fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The parts of a `.docx`, by name, in archive order.
pub(crate) struct Package {
    /// Names in archive order.
    pub(crate) names: Vec<String>,
    /// Texts by name.
    pub(crate) parts: BTreeMap<String, String>,
}

impl Package {
    /// Unzips `bytes`.
    pub(crate) fn read(bytes: &[u8]) -> Self {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut names = Vec::new();
        let mut parts = BTreeMap::new();
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).expect("entry");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("UTF-8 XML");
            names.push(file.name().to_owned());
            parts.insert(file.name().to_owned(), text);
        }
        Self { names, parts }
    }

    /// The part `name`.
    #[track_caller]
    pub(crate) fn part(&self, name: &str) -> &str {
        self.parts.get(name).unwrap_or_else(|| panic!("no part {name}: {:?}", self.names))
    }
}

/// One `w:p` element: its XML and its text (`w:t` contents, `w:br` as a
/// line feed).
#[derive(Debug)]
pub(crate) struct Para {
    pub(crate) xml: String,
    pub(crate) text: String,
}

/// The paragraphs of a part, in order (tables' cells included, row by row).
pub(crate) fn paragraphs(xml: &str) -> Vec<Para> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = find_tag(rest, "w:p") {
        let from = &rest[at..];
        let end = from.find("</w:p>").map_or(from.len(), |e| e + "</w:p>".len());
        let p = &from[..end];
        out.push(Para { xml: p.to_owned(), text: text_of(p) });
        rest = &from[end..];
    }
    out
}

/// The offset of the next `<name` start tag (not `<namePr`).
fn find_tag(xml: &str, name: &str) -> Option<usize> {
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(i) = xml[from..].find(&open) {
        let at = from + i;
        let next = xml[at + open.len()..].chars().next();
        if matches!(next, Some(' ' | '>' | '/')) {
            return Some(at);
        }
        from = at + open.len();
    }
    None
}

/// The text of a paragraph's XML.
fn text_of(p: &str) -> String {
    let mut out = String::new();
    let mut rest = p;
    loop {
        let t = find_tag(rest, "w:t");
        let br = find_tag(rest, "w:br");
        match (t, br) {
            (Some(t), br) if br.is_none_or(|b| t < b) => {
                let from = &rest[t..];
                let open_end = from.find('>').expect("tag end") + 1;
                if from[..open_end].ends_with("/>") {
                    rest = &from[open_end..];
                    continue;
                }
                let close = from.find("</w:t>").expect("closed w:t");
                out.push_str(&unescape(&from[open_end..close]));
                rest = &from[close..];
            }
            (_, Some(b)) => {
                out.push('\n');
                rest = &rest[b + 4..];
            }
            _ => break,
        }
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The value of attribute `name` in the first `<tag ...>` of `xml`.
pub(crate) fn attr(xml: &str, tag: &str, name: &str) -> Option<String> {
    let at = find_tag(xml, tag)?;
    let from = &xml[at..];
    let head = &from[..from.find('>')?];
    let key = format!(" {name}=\"");
    let v = head.find(&key)? + key.len();
    let len = head[v..].find('"')?;
    Some(head[v..v + len].to_owned())
}

/// The Word file of a plan.
pub(crate) fn docx_of(path: &Path) -> (View, Vec<u8>) {
    let view = view_of(path);
    let bytes = plan::docx::docx(&view).expect("docx");
    (view, bytes)
}

/// The paragraphs the Word file must hold, in order: the header table row
/// by row (left cell, right cell), the title, the body, the footer table.
/// Rules are empty paragraphs.
fn expected(view: &View) -> Vec<String> {
    let party = view.style == "dang";
    let runs =
        |r: &[plan::view::Run]| r.iter().map(|r| r.text.as_str()).collect::<String>();
    let h = &view.header;
    let mut out: Vec<String> = h.parent.iter().cloned().collect();
    out.push(h.issuer.clone());
    out.push(if party { "*".to_owned() } else { String::new() });
    out.extend(h.national.iter().cloned());
    out.push(String::new());
    out.push(h.number.clone());
    out.push(h.date.clone());
    out.push(view.doc_type.clone());
    out.push(runs(&view.summary));
    out.push(if party { "-----".to_owned() } else { String::new() });
    for b in &view.body {
        match &b.table {
            Some(t) => out.extend(table_cells(t)),
            None => out.push(runs(&b.runs)),
        }
    }
    let f = &view.footer;
    out.push(f.recipients_label.clone());
    out.extend(f.recipients.iter().cloned());
    out.extend(f.electronic_label.iter().cloned());
    out.extend(f.electronic.iter().cloned());
    out.extend(f.signer.authority.iter().cloned());
    out.push(f.signer.title.clone());
    out.push(f.signer.name.clone());
    out
}

/// A table's cell paragraphs, row by row: header cells (a cell merged
/// from the row above is an empty paragraph), a group row's one cell,
/// then each column's cell, empty where the row has none.
fn table_cells(t: &plan::view::TableView) -> Vec<String> {
    let runs =
        |r: &[plan::view::Run]| r.iter().map(|r| r.text.as_str()).collect::<String>();
    let n = t.columns.len();
    let mut out = Vec::new();
    let mut below = vec![0u32; n];
    for row in &t.header {
        let mut items = row.iter();
        let mut column = 0;
        while column < n {
            if below[column] > 0 {
                below[column] -= 1;
                out.push(String::new());
                column += 1;
                continue;
            }
            let Some(cell) = items.next() else { break };
            let span = cell.colspan.max(1) as usize;
            if cell.rowspan > 1 {
                below[column..column + span].fill(cell.rowspan - 1);
            }
            out.push(runs(&cell.runs));
            column += span;
        }
    }
    for row in &t.rows {
        match &row.group {
            Some(group) => out.push(runs(group)),
            None => out.extend((0..n).map(|c| {
                row.cells
                    .iter()
                    .find(|cell| cell.column as usize == c)
                    .map(|cell| runs(&cell.runs))
                    .unwrap_or_default()
            })),
        }
    }
    out
}

#[test]
fn every_document_has_the_text_of_its_view_in_order() {
    let files = writable();
    assert!(files.len() >= 8, "plans and examples: {files:?}");
    for written in ["state-plan-electronic-recipients.yaml", "task-table.yaml"] {
        assert!(files.iter().any(|p| p.ends_with(written)), "{written} is written");
    }
    for path in files {
        let (view, bytes) = docx_of(&path);
        let package = Package::read(&bytes);
        // Long names and summaries break into even lines: a line break
        // stands for a space.
        let got: Vec<String> = paragraphs(package.part("word/document.xml"))
            .into_iter()
            .map(|p| p.text.replace('\n', " "))
            .collect();
        let want: Vec<String> =
            expected(&view).iter().map(|t| t.replace('\n', " ")).collect();
        assert_eq!(got, want, "{}", path.display());
        // The same lines as `plan text` prints, one paragraph a line (its
        // own module, which joins broken lines with a space).
        let flat: Vec<String> = got
            .iter()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        // A table's row is one line of cells joined by " | ": each cell
        // is a paragraph.
        for line in plan::plaintext::render(&view).lines() {
            for part in line.split(" | ") {
                let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
                if part.is_empty() || part == "DỰ THẢO" {
                    continue;
                }
                assert!(
                    flat.contains(&part),
                    "{}: `{part}` is not a paragraph",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn every_document_is_a4_with_the_margins_font_and_language() {
    for path in writable() {
        let (view, bytes) = docx_of(&path);
        let p = Package::read(&bytes);
        let doc = p.part("word/document.xml");
        let name = path.display();
        // §1.1 / §2.1: A4 portrait, margins 20 / 20 / 30 / 15 mm
        assert_eq!(attr(doc, "w:pgSz", "w:w").as_deref(), Some("11906"), "{name}");
        assert_eq!(attr(doc, "w:pgSz", "w:h").as_deref(), Some("16838"), "{name}");
        for (side, twips) in
            [("top", "1134"), ("bottom", "1134"), ("left", "1701"), ("right", "850")]
        {
            assert_eq!(
                attr(doc, "w:pgMar", &format!("w:{side}")).as_deref(),
                Some(twips),
                "{name} {side}"
            );
        }
        // A different first page: no page number on page 1.
        assert!(doc.contains("<w:titlePg"), "{name}");
        assert!(doc.contains(r#"w:type="default""#) && doc.contains(r#"w:type="first""#));
        let styles = p.part("word/styles.xml");
        assert_eq!(
            attr(styles, "w:rFonts", "w:ascii").as_deref(),
            Some("Times New Roman")
        );
        assert_eq!(
            attr(styles, "w:rFonts", "w:hAnsi").as_deref(),
            Some("Times New Roman")
        );
        assert_eq!(attr(styles, "w:lang", "w:val").as_deref(), Some("vi-VN"), "{name}");
        assert_eq!(attr(styles, "w:sz", "w:val").as_deref(), Some("28"), "{name}");
        let core = p.part("docProps/core.xml");
        assert!(
            core.contains(&format!("<dc:title>{}</dc:title>", view.meta.title)),
            "{name}"
        );
        // The page number: a PAGE field, 14 pt, centred, in the default
        // header; the first page's header holds the draft mark or nothing.
        let headers: Vec<&str> = p
            .names
            .iter()
            .filter(|n| n.starts_with("word/header"))
            .map(|n| p.part(n))
            .collect();
        assert_eq!(headers.len(), 2, "{name}");
        let numbered: Vec<&&str> =
            headers.iter().filter(|h| h.contains("PAGE")).collect();
        assert_eq!(numbered.len(), 1, "{name}");
        let number = &paragraphs(numbered[0])[0].xml;
        assert!(number.contains(r#"<w:jc w:val="center""#), "{name}");
        assert_eq!(attr(number, "w:sz", "w:val").as_deref(), Some("28"), "{name}");
        let first =
            headers.iter().find(|h| !h.contains("PAGE")).expect("first-page header");
        let first_text: String =
            paragraphs(first).iter().map(|p| p.text.as_str()).collect();
        assert_eq!(first_text, if view.draft { "DỰ THẢO" } else { "" }, "{name}");
    }
}

/// The size (half-points) of every run of a paragraph.
fn sizes(p: &Para) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = p.xml.as_str();
    while let Some(at) = find_tag(rest, "w:r") {
        let from = &rest[at..];
        let end = from.find("</w:r>").unwrap_or(from.len());
        if let Some(sz) = attr(&from[..end], "w:sz", "w:val") {
            out.push(sz);
        }
        rest = &from[end.max(1)..];
    }
    out
}

/// (line, rule, before, first-line indent, justification) of a paragraph.
fn spacing(p: &Para) -> [Option<String>; 5] {
    [
        attr(&p.xml, "w:spacing", "w:line"),
        attr(&p.xml, "w:spacing", "w:lineRule"),
        attr(&p.xml, "w:spacing", "w:before"),
        attr(&p.xml, "w:ind", "w:firstLine"),
        attr(&p.xml, "w:jc", "w:val"),
    ]
}

fn some(values: [&str; 5]) -> [Option<String>; 5] {
    values.map(|v| (!v.is_empty()).then(|| v.to_owned()))
}

/// The sizes, spacing and indents of the May 2024 program (`format-rules.md`
/// §1.2, §1.4): heading 15 pt, names and number 14, type 16, body 14 on
/// exactly 18 pt with 6 pt between paragraphs and a 10 mm first-line
/// indent, recipients 12.
#[test]
fn party_sizes_and_spacing_are_the_pdfs() {
    let (view, bytes) = docx_of(&repo("plans/may-2024.yaml"));
    let p = Package::read(&bytes);
    let paras = paragraphs(p.part("word/document.xml"));
    let at = |text: &str| {
        paras.iter().find(|p| p.text == text).unwrap_or_else(|| panic!("no `{text}`"))
    };
    assert_eq!(sizes(at("ĐẢNG CỘNG SẢN VIỆT NAM")), ["30"]);
    assert!(at("ĐẢNG CỘNG SẢN VIỆT NAM").xml.contains("<w:b />"));
    assert_eq!(sizes(at(&view.header.issuer)), ["28"]);
    assert_eq!(sizes(at("*")), ["28"]);
    assert_eq!(sizes(at(&view.header.number)), ["28"]);
    assert_eq!(sizes(at(&view.header.date)), ["28"]);
    assert!(at(&view.header.date).xml.contains("<w:i />"));
    assert_eq!(sizes(at("CHƯƠNG TRÌNH")), ["32"]);
    assert_eq!(sizes(at("-----")), ["28"]);
    // The header's lines: exactly 16 pt.
    assert_eq!(
        spacing(at(&view.header.issuer))[..2],
        some(["320", "exact", "", "", ""])[..2]
    );
    // The type: one blank line under the number line (36 − 2.6 − 14.3 pt).
    assert_eq!(spacing(at("CHƯƠNG TRÌNH")), some(["360", "exact", "382", "", "center"]));
    let body: Vec<&Para> = view
        .body
        .iter()
        .map(|b| at(&b.runs.iter().map(|r| r.text.as_str()).collect::<String>()))
        .collect();
    // The first paragraph: one blank line under "-----" (36 − 3.7 − 14 pt).
    assert_eq!(spacing(body[0]), some(["360", "exact", "366", "567", "both"]));
    for b in &body[1..] {
        assert_eq!(
            spacing(b),
            some(["360", "exact", "120", "567", "both"]),
            "{}",
            b.text
        );
        assert!(sizes(b).iter().all(|s| s == "28"), "{}", b.text);
    }
    let label = at("Nơi nhận:");
    assert_eq!(sizes(label), ["28"]);
    assert!(label.xml.contains(r#"<w:u w:val="single""#));
    for r in &view.footer.recipients {
        assert_eq!(sizes(at(r)), ["24"], "{r}");
    }
    assert!(at("T/M ĐẢNG ỦY").xml.contains("<w:b />"));
    assert!(!at("PHÓ BÍ THƯ").xml.contains("<w:b />"));
    // 30 mm from the title's baseline to the name's: 85.04 − 3.4 − 12.6 pt.
    assert_eq!(
        attr(&at("Hoàng Trọng Hiếu").xml, "w:spacing", "w:before").as_deref(),
        Some("1381")
    );
}

/// The state layout's sizes (`format-rules.md` §2.2, the annex's sample
/// column): Quốc hiệu 12, Tiêu ngữ 13, names 12, number and date 13, type
/// 14, "Nơi nhận:" 12 bold italic, recipients 11; the rules are borders.
#[test]
fn state_sizes_and_rules_are_the_pdfs() {
    let (view, bytes) = docx_of(&repo("examples/state-quarterly-plan.yaml"));
    let p = Package::read(&bytes);
    let paras = paragraphs(p.part("word/document.xml"));
    let at = |text: &str| {
        paras
            .iter()
            .find(|p| p.text.replace('\n', " ") == text)
            .unwrap_or_else(|| panic!("no `{text}`"))
    };
    // "ỦY BAN NHÂN DÂN PHƯỜNG MỸ ĐỘ" is too long for the 70 mm cell: it
    // breaks into two even lines, as in the PDF.
    assert_eq!(at(&view.header.issuer).text, "ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ ĐỘ");
    assert_eq!(sizes(at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), ["24"]);
    assert_eq!(sizes(at("Độc lập - Tự do - Hạnh phúc")), ["26"]);
    assert_eq!(sizes(at(&view.header.issuer)), ["24"]);
    assert_eq!(sizes(at(&view.header.number)), ["26"]);
    assert_eq!(sizes(at(&view.header.date)), ["26"]);
    assert_eq!(sizes(at(&view.doc_type)), ["28"]);
    let label = at(&view.footer.recipients_label);
    assert_eq!(sizes(label), ["24"]);
    assert!(label.xml.contains("<w:b />") && label.xml.contains("<w:i />"));
    assert!(!label.xml.contains("<w:u "));
    assert_eq!(sizes(at(&view.footer.recipients[0])), ["22"]);
    assert!(at(&view.footer.signer.title).xml.contains("<w:b />"));
    // Three rules: under the issuer, under the Tiêu ngữ, under the summary.
    let rules: Vec<&Para> =
        paras.iter().filter(|p| p.xml.contains("<w:bottom ")).collect();
    assert_eq!(rules.len(), 3);
    // The Tiêu ngữ's rule is as long as it: 56.1 mm (§5), centred in the
    // 95 mm cell, so (95 − 56.1) / 2 mm of indent each side.
    let tieu_ngu = rules[1];
    let side: f64 =
        attr(&tieu_ngu.xml, "w:ind", "w:left").expect("indent").parse().unwrap();
    let mm = side / 20.0 / (72.0 / 25.4);
    assert!((mm - (95.0 - 56.1) / 2.0).abs() < 0.3, "{mm} mm");
}

#[test]
fn the_same_plan_gives_the_same_bytes() {
    let path = repo("plans/may-2024.yaml");
    let (_, one) = docx_of(&path);
    // Another document in between: no counter carries over.
    let _ = docx_of(&repo("examples/every-key.yaml"));
    let (_, two) = docx_of(&path);
    assert!(one == two, "two builds of the same plan differ");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&one)).expect("a zip");
    for i in 0..zip.len() {
        let file = zip.by_index(i).expect("entry");
        let time = file.last_modified().expect("a time stamp");
        assert_eq!(
            (time.year(), time.month(), time.day()),
            (1980, 1, 1),
            "{}",
            file.name()
        );
    }
}

#[test]
fn draft_mark_is_a_framed_run_on_page_one() {
    let (view, bytes) = docx_of(&repo("examples/every-key.yaml"));
    assert!(view.draft);
    let p = Package::read(&bytes);
    let header = p
        .parts
        .values()
        .find(|x| x.contains("DỰ THẢO"))
        .expect("a header with the draft mark");
    let mark = &paragraphs(header)[0];
    assert!(mark.xml.contains("<w:bdr "), "{}", mark.xml);
    assert!(mark.xml.contains("<w:b />"));
    assert_eq!(sizes(mark), ["28"]);
}

/// `plan build -f docx` writes `NAME.docx` next to the plan, or at `-o`;
/// a plan with errors writes nothing.
#[test]
#[allow(clippy::disallowed_methods)]
fn build_writes_the_docx_next_to_the_plan_or_at_o() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let plan_file = dir.path().join("thang-5.yaml");
    std::fs::copy(repo("plans/may-2024.yaml"), &plan_file).expect("copy");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_plan"))
            .args(args)
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .expect("plan runs")
    };
    let out =
        run(&["build".as_ref(), "-f".as_ref(), "docx".as_ref(), plan_file.as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let next_to =
        std::fs::read(dir.path().join("thang-5.docx")).expect("NAME.docx written");
    assert!(!dir.path().join("thang-5.pdf").exists());
    let (_, library) = docx_of(&repo("plans/may-2024.yaml"));
    assert!(next_to == library, "the command line writes the library's bytes");
    let chosen = dir.path().join("ban-sua.docx");
    let out = run(&[
        "build".as_ref(),
        "--format".as_ref(),
        "docx".as_ref(),
        plan_file.as_os_str(),
        "-o".as_ref(),
        chosen.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read(&chosen).expect("-o written").starts_with(b"PK"));
    let broken = dir.path().join("loi.yaml");
    std::fs::write(&broken, "period: 13/2024\n").expect("write");
    let out =
        run(&["build".as_ref(), "-f".as_ref(), "docx".as_ref(), broken.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path().join("loi.docx").exists());
}

/// "Bản điện tử:" follows the recipients in the left footer cell, 12 pt
/// bold italic, then its lines at the recipients' size
/// (plan-format-v2.md §2.5, as `templates/parts/footer.typ`).
#[test]
fn electronic_recipients_follow_the_recipients() {
    let (view, bytes) = docx_of(&repo("examples/state-plan-electronic-recipients.yaml"));
    let f = &view.footer;
    let label = f.electronic_label.as_deref().expect("the example has the list");
    assert_eq!(label, "Bản điện tử:");
    assert!(!f.electronic.is_empty());
    let package = Package::read(&bytes);
    let paras = paragraphs(package.part("word/document.xml"));
    let at = paras.iter().position(|p| p.text == label).expect("label written");
    let last = f.recipients.last().expect("recipients");
    assert_eq!(&paras[at - 1].text, last, "right after the last recipient");
    let xml = &paras[at].xml;
    assert!(xml.contains("<w:b />"), "bold: {xml}");
    assert!(xml.contains("<w:i />"), "italic: {xml}");
    assert_eq!(sizes(&paras[at]), vec!["24".to_owned()]);
    for (p, line) in paras[at + 1..].iter().zip(&f.electronic) {
        assert_eq!(&p.text, line);
        assert_eq!(sizes(p), vec!["22".to_owned()], "11 pt like the recipients");
    }
}

/// Footnotes and appendices are not written to Word yet: the
/// library refuses the view, and `plan build -f docx` says so in
/// Vietnamese, exits 1 as for a plan error and writes nothing.
#[test]
#[allow(clippy::disallowed_methods)]
fn plans_with_footnotes_or_appendices_are_refused() {
    let refused: Vec<(String, Vec<&str>)> = documents()
        .iter()
        .map(|p| {
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            (name, plan::docx::unsupported(&view_of(p)))
        })
        .filter(|(_, what)| !what.is_empty())
        .collect();
    let find = |name: &str| {
        refused
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, w)| w.clone())
            .unwrap_or_default()
    };
    assert!(find("task-table.yaml").is_empty(), "tables are written: {refused:?}");
    assert!(find("footnotes.yaml").contains(&"chú thích cuối trang"), "{refused:?}");
    assert!(find("appendices.yaml").contains(&"phụ lục"), "{refused:?}");
    let view = view_of(&repo("examples/appendices.yaml"));
    assert!(matches!(
        plan::docx::docx(&view),
        Err(plan::docx::DocxError::Unsupported { .. })
    ));
    let dir = tempfile::tempdir().expect("temporary folder");
    for name in ["footnotes", "appendices"] {
        let source = repo(&format!("examples/{name}.yaml"));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_plan"))
            .args(["build".as_ref(), "-f".as_ref(), "docx".as_ref(), source.as_os_str()])
            .arg("-o")
            .arg(dir.path().join(format!("{name}.docx")))
            .output()
            .expect("plan runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(stderr.contains("tệp Word chưa hỗ trợ"), "{name}: {stderr}");
        for what in find(&format!("{name}.yaml")) {
            assert!(stderr.contains(what), "{name}: {stderr}");
        }
        assert!(
            !dir.path().join(format!("{name}.docx")).exists(),
            "{name}: nothing written"
        );
    }
}

/// `-f docx` does not combine with `--emit view` (the view is the same
/// for both formats: emit it without `-f`) nor with `--template` (Typst
/// templates do not shape the Word file): usage errors, nothing written.
#[test]
#[allow(clippy::disallowed_methods)]
fn docx_refuses_emit_view_and_template() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let plan_file = dir.path().join("thang-5.yaml");
    std::fs::copy(repo("plans/may-2024.yaml"), &plan_file).expect("copy");
    for extra in [&["--emit", "view"][..], &["--template", "templates"][..]] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_plan"))
            .env("PLAN_LANG", "vi")
            .args(["build", "-f", "docx"])
            .args(extra)
            .arg(&plan_file)
            .output()
            .expect("plan runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {stderr}");
        assert!(stderr.contains("lỗi:"), "{extra:?}: {stderr}");
        let written: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert_eq!(written.len(), 1, "{extra:?}: nothing but the plan");
    }
}

/// A table is a Word table: fixed widths from the view (12 mm is 680
/// twips), header rows repeated on every page, the group row across all
/// columns, a cell spanning two rows as a vertical merge, 0.5 pt rules.
#[test]
fn tables_are_word_tables() {
    let (view, bytes) = docx_of(&repo("examples/task-table.yaml"));
    let t =
        view.body.iter().find_map(|b| b.table.as_ref()).expect("the example has a table");
    let package = Package::read(&bytes);
    let xml = package.part("word/document.xml");
    // The header table, the task table, the footer table.
    assert_eq!(xml.matches("<w:tbl>").count(), 3, "{xml}");
    let at = xml.find("<w:tblHeader />").expect("a repeated header row");
    let from = xml[..at].rfind("<w:tbl>").expect("its table");
    let end = from + xml[from..].find("</w:tbl>").expect("end");
    let table = &xml[from..end];
    assert_eq!(table.matches("<w:tblHeader />").count(), t.header.len());
    assert!(table.contains(r#"<w:gridCol w:w="680" "#), "12 mm: {table}");
    let columns = t.columns.len().to_string();
    assert!(
        table.contains(&format!(r#"<w:gridSpan w:val="{columns}" />"#)),
        "a group row spans all columns"
    );
    assert!(table.contains(r#"<w:vMerge w:val="restart" />"#), "{table}");
    assert!(table.contains(r#"<w:vMerge w:val="continue" />"#), "{table}");
    assert!(table.contains(r#"w:sz="4""#), "0.5 pt rules");
    assert!(!xml.contains(r#"w:val="1" w:hRule="auto""#), "no mark left");
}
