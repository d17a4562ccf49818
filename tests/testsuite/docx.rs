//! Word output (issue 13), read back from the archive: the page setup of
//! every section, the font, language, sizes and spacing, the header parts,
//! the text of every paragraph in order and of every footnote, for every
//! real plan and every example (every `.yaml` of `plans/` and
//! `examples/`, so a new example is covered as soon as it is added).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use plan::view::View;

pub(crate) use crate::support::library::{documents, view_of_file};

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
/// line feed, `w:noBreakHyphen` as "-").
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

/// The text of a paragraph's XML; a no-break hyphen (a code's "-",
/// `w:noBreakHyphen`) reads "-", as Word copies it.
fn text_of(p: &str) -> String {
    let p = p.replace("<w:noBreakHyphen />", "<w:t>-</w:t>");
    let mut out = String::new();
    let mut rest = p.as_str();
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
    let view = view_of_file(path);
    let bytes = plan::docx::docx(&view).expect("docx");
    (view, bytes)
}

/// The text of runs; a footnote's mark has none (it is a
/// `w:footnoteReference`).
fn runs(r: &[plan::view::Run]) -> String {
    r.iter().map(|r| r.text.as_str()).collect()
}

/// The paragraphs of the header table's first row: the left cell (parent,
/// issuer, "*" or a rule), the right cell (the national heading, its rule).
fn header_first_row(view: &View) -> Vec<String> {
    let h = &view.header;
    let mut out: Vec<String> = h.parent.iter().cloned().collect();
    out.push(h.issuer.clone());
    out.push(if view.style == "dang" { "*".to_owned() } else { String::new() });
    out.extend(h.national.iter().cloned());
    out.push(String::new());
    out
}

/// The body's paragraphs, table cells included.
fn blocks(body: &[plan::view::Block]) -> Vec<String> {
    let mut out = Vec::new();
    for b in body {
        match &b.table {
            Some(t) => out.extend(table_cells(t)),
            None => out.push(runs(&b.runs)),
        }
    }
    out
}

/// The paragraphs the Word file must hold, in order: an empty paragraph
/// when the document has footnotes, the header table row by row (left
/// cell, right cell; the blanks of the number and date line as plain
/// spaces), the title, the body, the footer table;
/// then for each appendix an empty paragraph ending the section before
/// (it carries that section's properties), the header's first row when
/// the appendix repeats it, the label, the title, the reference line and
/// the content. Rules are empty paragraphs.
fn expected(view: &View) -> Vec<String> {
    let party = view.style == "dang";
    let h = &view.header;
    let mut out = if notes(view).is_empty() { Vec::new() } else { vec![String::new()] };
    out.extend(header_first_row(view));
    out.push(h.number.replace('\u{a0}', " "));
    out.push(h.date.replace('\u{a0}', " "));
    out.push(view.doc_type.clone());
    out.push(runs(&view.summary));
    out.push(if party { "-----".to_owned() } else { String::new() });
    out.extend(blocks(&view.body));
    let f = &view.footer;
    out.push(f.recipients_label.clone());
    out.extend(f.recipients.iter().cloned());
    out.extend(f.electronic_label.iter().cloned());
    out.extend(f.electronic.iter().cloned());
    out.extend(f.signer.authority.iter().cloned());
    out.push(f.signer.title.clone());
    out.push(f.signer.name.clone());
    for a in &view.appendices {
        out.push(String::new());
        if a.header {
            out.extend(header_first_row(view));
        }
        out.push(a.label.clone());
        out.push(runs(&a.title));
        out.push(a.reference.clone());
        out.extend(blocks(&a.body));
    }
    out
}

/// A table's cell paragraphs, row by row: header cells (a cell merged
/// from the row above is an empty paragraph), a group row's one cell,
/// then each column's cell, empty where the row has none.
fn table_cells(t: &plan::view::TableView) -> Vec<String> {
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
    let files = documents();
    assert!(files.len() >= 8, "plans and examples: {files:?}");
    for written in [
        "state-plan-electronic-recipients.yaml",
        "task-table.yaml",
        "footnotes.yaml",
        "appendices.yaml",
    ] {
        assert!(files.iter().any(|p| p.ends_with(written)), "{written} is written");
    }
    for path in files {
        let (view, bytes) = docx_of(&path);
        let package = Package::read(&bytes);
        // Long names and summaries break into even lines: a line break
        // stands for a space.
        // (The empty cell beside a long list's second row, format-rules.md
        // §12, holds an empty paragraph, as a Word cell must.)
        let got: Vec<String> = paragraphs(package.part("word/document.xml"))
            .into_iter()
            .map(|p| p.text.replace('\n', " "))
            .filter(|t| !t.is_empty())
            .collect();
        let want: Vec<String> = expected(&view)
            .iter()
            .map(|t| t.replace('\n', " "))
            .filter(|t| !t.is_empty())
            .collect();
        // A list of recipients taller than the signature goes on in a
        // second row (format-rules.md §12): the signature's lines come
        // after the first recipients. Compared without them, and each
        // found once.
        let s = &view.footer.signer;
        let signer: Vec<String> = s
            .authority
            .iter()
            .chain([&s.title, &s.name])
            .map(|t| t.replace('\n', " "))
            .collect();
        let without = |list: &[String]| -> Vec<String> {
            list.iter().filter(|t| !signer.contains(t)).cloned().collect()
        };
        assert_eq!(without(&got), without(&want), "{}", path.display());
        for line in &signer {
            let n = |list: &[String]| list.iter().filter(|t| *t == line).count();
            assert_eq!(n(&got), n(&want), "{line} in {}", path.display());
        }
        // The same lines as `plan text` prints, one paragraph a line (its
        // own module, which joins broken lines with a space).
        let flat: Vec<String> = got
            .iter()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        // A table's row is one line of cells joined by " | ": each cell
        // is a paragraph.
        // `plan text` prints a footnote's mark as "[1]" and its note on
        // the next line, "[1] …": the note is in `footnotes.xml`.
        let notes = notes(&view);
        for line in plan::plaintext::render(&view).lines() {
            let mut line = line.to_owned();
            for (i, note) in notes.iter().enumerate() {
                let mark = format!("[{}]", i + 1);
                if line == format!("{mark} {note}") {
                    line.clear();
                }
                line = line.replace(&mark, "");
            }
            for part in line.split(" | ") {
                // Empty cells at the end of a row leave a bare "|".
                let part = part.trim_matches(|c: char| c == '|' || c.is_whitespace());
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

/// Every `<w:sectPr>…</w:sectPr>` of a part, in order.
fn sections(xml: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = find_tag(rest, "w:sectPr") {
        let from = &rest[at..];
        let end =
            from.find("</w:sectPr>").map_or(from.len(), |e| e + "</w:sectPr>".len());
        out.push(&from[..end]);
        rest = &from[end..];
    }
    out
}

/// The part a relationship id of `document.xml` points to.
fn target(p: &Package, id: &str) -> String {
    let rels = p.part("word/_rels/document.xml.rels");
    let at = rels.find(&format!("Id=\"{id}\"")).unwrap_or_else(|| panic!("no {id}"));
    let start = rels[..at].rfind("<Relationship").expect("element");
    let element = &rels[start..start + rels[start..].find('>').expect("end")];
    let key = "Target=\"";
    let v = element.find(key).expect("target") + key.len();
    let len = element[v..].find('"').expect("quote");
    format!("word/{}", &element[v..v + len])
}

/// The header part a section refers to for pages of `kind` ("default",
/// "first").
fn header_of<'a>(p: &'a Package, section: &str, kind: &str) -> &'a str {
    let mut rest = section;
    while let Some(at) = find_tag(rest, "w:headerReference") {
        let element = &rest[at..=at + rest[at..].find('>').expect("end")];
        if element.contains(&format!("w:type=\"{kind}\"")) {
            let id = attr(element, "w:headerReference", "r:id").expect("r:id");
            return p.part(&target(p, &id));
        }
        rest = &rest[at + 1..];
    }
    panic!("no {kind} header in {section}")
}

/// The text of a header part.
fn header_text(xml: &str) -> String {
    paragraphs(xml).iter().map(|p| p.text.as_str()).collect()
}

/// Every section: A4, portrait, or landscape for an appendix asking for
/// it (`w:orient`, the sizes swapped); the margins of §1.1 / §2.1; a
/// different first page; the page number (a PAGE field, 14 pt, centred)
/// in the default header; the draft mark or nothing on page 1, nothing on
/// an appendix's first page; an appendix's numbers restarting at 1
/// (`format-rules.md` §10). The font, size and language of the document.
///
/// Also for the appendix example as a draft (no example is both): page 1's
/// header holds the mark, so the appendices' first pages get a third,
/// empty header part.
#[test]
fn every_document_is_a4_with_the_margins_font_and_language() {
    let mut views: Vec<(String, View)> =
        documents().iter().map(|p| (p.display().to_string(), view_of_file(p))).collect();
    let mut draft = view_of_file(&repo("examples/appendices.yaml"));
    draft.draft = true;
    views.push(("appendices.yaml as a draft".to_owned(), draft));
    for (name, view) in views {
        let bytes = plan::docx::docx(&view).expect("docx");
        let p = Package::read(&bytes);
        let doc = p.part("word/document.xml");
        let sections = sections(doc);
        assert_eq!(sections.len(), 1 + view.appendices.len(), "{name}: one section each");
        // The last section's properties are the body's own; the others end
        // their last paragraph.
        assert!(doc.trim_end().ends_with("</w:sectPr></w:body></w:document>"), "{name}");
        for (i, section) in sections.iter().enumerate() {
            let appendix = i.checked_sub(1).map(|a| &view.appendices[a]);
            let landscape = appendix.is_some_and(|a| a.landscape);
            let (w, h) = if landscape { ("16838", "11906") } else { ("11906", "16838") };
            assert_eq!(attr(section, "w:pgSz", "w:w").as_deref(), Some(w), "{name} {i}");
            assert_eq!(attr(section, "w:pgSz", "w:h").as_deref(), Some(h), "{name} {i}");
            assert_eq!(
                attr(section, "w:pgSz", "w:orient").as_deref(),
                landscape.then_some("landscape"),
                "{name} {i}"
            );
            // §1.1 / §2.1: margins 20 / 20 / 30 / 15 mm, on turned pages too
            for (side, twips) in
                [("top", "1134"), ("bottom", "1134"), ("left", "1701"), ("right", "850")]
            {
                assert_eq!(
                    attr(section, "w:pgMar", &format!("w:{side}")).as_deref(),
                    Some(twips),
                    "{name} {i} {side}"
                );
            }
            // A different first page: no page number on a section's first.
            assert!(section.contains("<w:titlePg"), "{name} {i}");
            assert_eq!(
                attr(section, "w:pgNumType", "w:start").as_deref(),
                appendix.map(|_| "1"),
                "{name} {i}: numbers restart in an appendix only"
            );
            let number = header_of(&p, section, "default");
            assert!(number.contains("PAGE"), "{name} {i}");
            let number = &paragraphs(number)[0].xml;
            assert!(number.contains(r#"<w:jc w:val="center""#), "{name}");
            assert_eq!(attr(number, "w:sz", "w:val").as_deref(), Some("28"), "{name}");
            let first = header_text(header_of(&p, section, "first"));
            let draft = view.draft && appendix.is_none();
            assert_eq!(first, if draft { "DỰ THẢO" } else { "" }, "{name} {i}");
        }
        let headers = p.names.iter().filter(|n| n.starts_with("word/header")).count();
        let extra = usize::from(view.draft && !view.appendices.is_empty());
        assert_eq!(headers, 2 + extra, "{name}");
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
    }
}

/// A section break is an empty paragraph 1 pt high: nothing visible after
/// the signature or an appendix's content.
#[test]
fn section_breaks_are_one_point_paragraphs() {
    let (view, bytes) = docx_of(&repo("examples/appendices.yaml"));
    assert_eq!(view.appendices.len(), 2);
    let p = Package::read(&bytes);
    let breaks: Vec<Para> = paragraphs(p.part("word/document.xml"))
        .into_iter()
        .filter(|p| p.xml.contains("<w:sectPr"))
        .collect();
    assert_eq!(breaks.len(), 2, "after the footer and after appendix I");
    for b in &breaks {
        assert_eq!(b.text, "");
        assert_eq!(spacing(b)[..2], some(["20", "exact", "", "", ""])[..2], "{}", b.xml);
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
    // Not indented: "Normal" is the body's, the title sets its own indent.
    assert_eq!(spacing(at("CHƯƠNG TRÌNH")), some(["360", "exact", "382", "0", "center"]));
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

/// "Bản điện tử:" follows the recipients in the left footer cell, 12 pt bold
/// italic, then its lines at the recipients' size (`plan-format.md`,
/// "`electronic_recipients`", as `templates/parts/footer.typ`).
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

/// Every footnote of a view, in the order its mark is written: the
/// summary, the body (a table header cell by cell, then row by row), each
/// appendix's title and content.
fn notes(view: &View) -> Vec<String> {
    fn of(runs_: &[plan::view::Run], out: &mut Vec<String>) {
        out.extend(runs_.iter().filter_map(|r| r.footnote.as_deref()).map(runs));
    }
    fn body(blocks: &[plan::view::Block], out: &mut Vec<String>) {
        for b in blocks {
            of(&b.runs, out);
            let Some(t) = &b.table else { continue };
            for cell in t.header.iter().flatten() {
                of(&cell.runs, out);
            }
            for row in &t.rows {
                if let Some(group) = &row.group {
                    of(group, out);
                }
                let mut cells: Vec<_> = row.cells.iter().collect();
                cells.sort_by_key(|c| c.column);
                for cell in cells {
                    of(&cell.runs, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    of(&view.summary, &mut out);
    body(&view.body, &mut out);
    for a in &view.appendices {
        of(&a.title, &mut out);
        body(&a.body, &mut out);
    }
    out
}

/// The paragraphs of the notes of `footnotes.xml`, separators left out.
fn notes_of(xml: &str) -> Vec<Para> {
    paragraphs(xml)
        .into_iter()
        .filter(|p| {
            !p.xml.contains("<w:separator") && !p.xml.contains("<w:continuationSeparator")
        })
        .collect()
}

/// Footnotes are Word footnotes (`plan-format.md`, "Footnotes `^[…]`",
/// `format-rules.md` §11): a `w:footnoteReference` in the text, raised by
/// the "footnote reference" style, ids from 1 in order; each note one
/// paragraph of `footnotes.xml` in the "footnote text" style, 10 pt on
/// exactly 12 pt, justified, opening with its own number
/// (`w:footnoteRef`) and a space; every note of the view, in order.
#[test]
fn footnotes_are_word_footnotes_with_the_pdfs_text() {
    let mut seen = 0;
    for path in documents() {
        let (view, bytes) = docx_of(&path);
        let name = path.display();
        let p = Package::read(&bytes);
        for (part, xml) in &p.parts {
            assert!(!xml.contains('\u{E000}'), "{name}: a mark left in {part}");
        }
        let want = notes(&view);
        let doc = p.part("word/document.xml");
        let mut ids = Vec::new();
        let mut rest = doc;
        while let Some(at) = find_tag(rest, "w:footnoteReference") {
            ids.push(attr(&rest[at..], "w:footnoteReference", "w:id").expect("w:id"));
            // The mark's run: raised, at the size of the text around it.
            let run = &rest[..at];
            let run = &run[run.rfind("<w:r>").expect("its run")..];
            assert!(run.contains(r#"<w:rStyle w:val="FootnoteReference" />"#), "{name}");
            assert!(run.contains("<w:sz "), "{name}: {run}");
            rest = &rest[at + 1..];
        }
        let numbers: Vec<String> = (1..=want.len()).map(|n| n.to_string()).collect();
        assert_eq!(ids, numbers, "{name}");
        if want.is_empty() {
            continue;
        }
        seen += want.len();
        assert!(
            p.part("word/_rels/document.xml.rels").contains("footnotes.xml"),
            "{name}"
        );
        assert!(p.part("[Content_Types].xml").contains("/word/footnotes.xml"), "{name}");
        let footnotes = p.part("word/footnotes.xml");
        // First the separator notes Word writes: the rule over the notes.
        for (kind, id) in [("separator", "-1"), ("continuationSeparator", "0")] {
            let head = format!(r#"<w:footnote w:type="{kind}" w:id="{id}">"#);
            let at = footnotes.find(&head).unwrap_or_else(|| panic!("{name}: no {kind}"));
            let end = at + footnotes[at..].find("</w:footnote>").expect("end");
            assert!(footnotes[at..end].contains(&format!("<w:{kind} />")), "{name}");
            // 6 pt above the rule (format-rules.md §11 [P]).
            assert!(footnotes[at..end].contains(r#"w:before="120""#), "{name}");
        }
        let paras = notes_of(footnotes);
        let got: Vec<String> = paras
            .iter()
            .map(|p| {
                let text = p.text.strip_prefix(' ').unwrap_or_else(|| {
                    panic!("{name}: a space after the number: {:?}", p.text)
                });
                text.to_owned()
            })
            .collect();
        assert_eq!(got, want, "{name}");
        for para in &paras {
            assert!(para.xml.contains(r#"<w:pStyle w:val="FootnoteText" />"#), "{name}");
            assert!(para.xml.contains("<w:footnoteRef />"), "{name}: {}", para.xml);
            assert!(sizes(para).iter().all(|s| s == "20"), "{name}: 10 pt");
            assert_eq!(spacing(para), some(["240", "exact", "0", "0", "both"]), "{name}");
            assert_eq!(attr(&para.xml, "w:spacing", "w:after").as_deref(), Some("40"));
        }
        let styles = p.part("word/styles.xml");
        let at = styles.find(r#"w:styleId="FootnoteReference""#).expect("the style");
        let style = &styles[at..at + styles[at..].find("</w:style>").expect("end")];
        assert!(style.contains(r#"<w:vertAlign w:val="superscript" />"#), "{style}");
        assert!(styles.contains(r#"w:styleId="FootnoteText""#));
    }
    // footnotes.yaml has three, the appendix examples' tables none.
    assert!(seen >= 3, "{seen} notes in all");
}

/// The footnote example's notes, word for word, bold and italic kept.
#[test]
fn footnote_example_notes() {
    let (_, bytes) = docx_of(&repo("examples/footnotes.yaml"));
    let p = Package::read(&bytes);
    let paras = notes_of(p.part("word/footnotes.xml"));
    assert_eq!(paras.len(), 3);
    assert_eq!(
        paras[0].text,
        " Chương trình số 30-CTr/ĐU ngày 05/01/2024 của Đảng ủy phường."
    );
    assert!(paras[2].text.contains("Phụ lục 2"), "{}", paras[2].text);
    assert!(paras[2].xml.contains("<w:i />"), "the italic part: {}", paras[2].xml);
}

/// Appendices (`plan-format.md`, "`appendices` (top level)";
/// `format-rules.md` §10): "Phụ lục I" bold, the title bold, the reference line
/// italic, 14 pt, centred, kept with what follows; one blank line before the
/// content; appendix II repeats the header block without number and date and
/// sets its table on the landscape page's text width (297 − 45 mm).
#[test]
fn appendices_are_laid_out_as_the_pdf() {
    let (view, bytes) = docx_of(&repo("examples/appendices.yaml"));
    let p = Package::read(&bytes);
    let paras = paragraphs(p.part("word/document.xml"));
    let at = |text: &str| {
        paras
            .iter()
            .position(|p| p.text.replace('\n', " ") == text)
            .unwrap_or_else(|| panic!("no `{text}`"))
    };
    for a in &view.appendices {
        let label = at(&a.label);
        let title = &paras[label + 1];
        let reference = &paras[label + 2];
        assert_eq!(title.text.replace('\n', " "), runs(&a.title).replace('\n', " "));
        assert_eq!(reference.text.replace('\n', " "), a.reference);
        for (p, bold, italic) in
            [(&paras[label], true, false), (title, true, false), (reference, false, true)]
        {
            assert!(sizes(p).iter().all(|s| s == "28"), "{}", p.text);
            assert_eq!(p.xml.contains("<w:b />"), bold, "{}", p.text);
            assert_eq!(p.xml.contains("<w:i />"), italic, "{}", p.text);
            assert!(p.xml.contains(r#"<w:jc w:val="center""#), "{}", p.text);
            assert!(p.xml.contains("<w:keepNext"), "{}", p.text);
            assert_eq!(attr(&p.xml, "w:spacing", "w:line").as_deref(), Some("360"));
        }
    }
    // Appendix I: its content's first baseline one blank line (36 pt)
    // under the reference line: 36 − 3.7 − 14 pt before it.
    let first = at(&view.appendices[0].label) + 3;
    assert_eq!(attr(&paras[first].xml, "w:spacing", "w:before").as_deref(), Some("366"));
    // Appendix II: the header's first row again (no number, no date), one
    // blank line, then the heading; its table right under the reference
    // line's blank line.
    let second = at(&view.appendices[1].label);
    assert_eq!(paras[second - 1].text, "", "the rule under the Tiêu ngữ");
    assert_eq!(paras[second - 2].text, view.header.national[1]);
    assert!(!paras[second - 8..second].iter().any(|p| p.text == view.header.number));
    // 36 − (15 − 12) − 14.3 pt
    assert_eq!(attr(&paras[second].xml, "w:spacing", "w:before").as_deref(), Some("374"));
    assert_eq!(
        attr(&paras[second + 2].xml, "w:spacing", "w:after").as_deref(),
        Some("366")
    );
    let xml = p.part("word/document.xml");
    let table = &xml[xml.rfind("<w:tbl>").expect("the last table")..];
    // TT 12 mm, Thôn the rest, Nội dung 90 mm, three months 25 mm: the
    // rest of 252 mm is 75 mm.
    let mm = |twips: &str| twips.parse::<f64>().expect("twips") / 20.0 / (72.0 / 25.4);
    let grid: Vec<f64> = table
        .split("<w:gridCol w:w=\"")
        .skip(1)
        .map(|g| mm(&g[..g.find('"').expect("quote")]))
        .collect();
    assert_eq!(grid.len(), 6, "{table}");
    assert!((grid[1] - 75.0).abs() < 0.1, "{grid:?}");
}

/// Pages hold together as in the PDF (`plan-format.md`,
/// "Pages that hold together", `body.typ`): every body paragraph has widow and
/// orphan control, every heading on its own line (at every level), the
/// meetings title and a paragraph that ends with ":" keep with the next
/// paragraph, the closing keeps with the
/// footer; a table's group row keeps with the row after it and does not split.
#[test]
fn pages_hold_together_as_in_the_pdf() {
    use plan::view::Role;
    for path in documents() {
        let (view, bytes) = docx_of(&path);
        let name = path.display();
        let p = Package::read(&bytes);
        let paras = paragraphs(p.part("word/document.xml"));
        let mut from = 0;
        // Each block, and whether another follows it in its body.
        let all = std::iter::once(&view.body)
            .chain(view.appendices.iter().map(|a| &a.body))
            .flat_map(|body| {
                body.iter().enumerate().map(|(i, b)| (b, i + 1 < body.len()))
            });
        for (b, followed) in all {
            if b.role == Role::Table {
                continue;
            }
            let text = runs(&b.runs);
            let at = from
                + paras[from..]
                    .iter()
                    .position(|p| p.text == text)
                    .unwrap_or_else(|| panic!("{name}: no `{text}`"));
            from = at + 1;
            let xml = &paras[at].xml;
            assert!(xml.contains(r#"<w:widowControl w:val="1" />"#), "{name}: {text}");
            // A paragraph that ends with ":" introduces what follows it.
            let introduces = followed && text.trim_end().ends_with(':');
            let keep = introduces
                || matches!(b.role, Role::Heading | Role::MeetingsTitle | Role::Closing);
            assert_eq!(xml.contains("<w:keepNext"), keep, "{name}: {text}");
        }
        let xml = p.part("word/document.xml");
        for b in view.body.iter().chain(view.appendices.iter().flat_map(|a| &a.body)) {
            let Some(t) = &b.table else { continue };
            for group in t.rows.iter().filter_map(|r| r.group.as_deref()) {
                let text = runs(group);
                let at = xml
                    .find(&format!(">{text}</w:t>"))
                    .unwrap_or_else(|| panic!("{name}: no group `{text}`"));
                let row = &xml[xml[..at].rfind("<w:tr>").expect("its row")..at];
                assert!(row.contains("<w:cantSplit"), "{name}: {text}");
                assert!(row.contains("<w:keepNext"), "{name}: {text}");
            }
        }
    }
}

/// An appendix's reference line breaks where the PDF breaks it: the
/// Word paragraph's line breaks give the PDF's lines (portrait and
/// landscape pages, `balance.typ`).
#[test]
fn appendix_reference_lines_break_as_in_the_pdf() {
    let view = view_of_file(&repo("examples/appendices.yaml"));
    let (_, bytes) = docx_of(&repo("examples/appendices.yaml"));
    let paras = paragraphs(Package::read(&bytes).part("word/document.xml"));
    let laid = crate::support::Laid::new(view.clone());
    let items = laid.texts("plan-appendix-reference");
    for a in &view.appendices {
        let label = paras.iter().position(|p| p.text == a.label).expect("label");
        let word: Vec<String> = paras[label + 2]
            .text
            .split('\n')
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let page = laid
            .texts("plan-appendix-label")
            .iter()
            .find(|l| l.text() == Some(a.label.as_str()))
            .expect("label in the PDF")
            .page;
        let mut lines: Vec<(f64, String)> = Vec::new();
        for item in items.iter().filter(|i| i.page == page) {
            let text = item.text().unwrap_or_default();
            match lines.last_mut() {
                Some((y, line)) if (*y - item.y).abs() < 0.5 => {
                    line.push(' ');
                    line.push_str(text);
                }
                _ => lines.push((item.y, text.to_owned())),
            }
        }
        let pdf: Vec<String> = lines
            .into_iter()
            .map(|(_, l)| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(word, pdf, "{}", a.label);
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

/// The `w:tr` elements of the task table (the one with a repeated header).
fn task_table_rows(xml: &str) -> Vec<String> {
    let at = xml.find("<w:tblHeader />").expect("a repeated header row");
    let from = xml[..at].rfind("<w:tbl>").expect("its table");
    let end = from + xml[from..].find("</w:tbl>").expect("end");
    xml[from..end].split("<w:tr>").skip(1).map(str::to_owned).collect()
}

/// As the PDF's table (`table.typ`): every cell centred vertically; a body
/// row never split across pages (`w:cantSplit`) unless it is taller than a
/// page, which Word would cut off at the foot instead of breaking; the row
/// whose cell spans down kept with the row below ("keep with next" on its
/// paragraphs); the paragraph above the table keeping the 6 pt gap under
/// it (a Word table has no space above).
#[test]
fn table_rows_hold_together_and_cells_are_centred() {
    let mut view = view_of_file(&repo("examples/task-table.yaml"));
    let t = view.body.iter_mut().find_map(|b| b.table.as_mut()).expect("a table");
    let count = t.rows.len();
    let last = t.rows.last_mut().expect("rows");
    let long = "Nội dung rất dài để hàng này cao hơn một trang giấy. ".repeat(120);
    last.cells[0].runs = vec![plan::view::Run::plain(long)];
    let bytes = plan::docx::docx(&view).expect("docx");
    let xml = Package::read(&bytes).part("word/document.xml").to_owned();
    let rows = task_table_rows(&xml);
    let header = rows.iter().filter(|r| r.contains("<w:tblHeader />")).count();
    let body = &rows[header..];
    assert_eq!(body.len(), count, "group rows and task rows");
    for row in &rows {
        assert_eq!(
            row.matches("<w:tc>").count(),
            row.matches(r#"<w:vAlign w:val="center" />"#).count(),
            "every cell centred vertically: {row}"
        );
    }
    let (tall, rest) = body.split_last().expect("rows");
    assert!(!tall.contains("<w:cantSplit />"), "a row taller than a page may split");
    for row in rest {
        assert!(row.contains("<w:cantSplit />"), "{row}");
    }
    let spanning = body
        .iter()
        .find(|r| r.contains(r#"<w:vMerge w:val="restart" />"#))
        .expect("the row with the cell spanning down");
    assert_eq!(
        spanning.matches("<w:keepNext />").count(),
        spanning.matches("<w:p ").count(),
        "kept with the next row: {spanning}"
    );
    let at = xml.find("<w:tblHeader />").expect("header");
    let from = xml[..at].rfind("<w:tbl>").expect("table");
    let before = paragraphs(&xml[..from]).pop().expect("a paragraph above the table");
    assert_eq!(before.text, "Các nhiệm vụ trọng tâm năm 2024 được phân công như sau.");
    assert!(before.xml.contains(r#"w:after="120""#), "6 pt under it: {}", before.xml);
}

/// The footer table's row (recipients and signature) in `xml`.
fn footer_row(xml: &str) -> &str {
    let at = xml.find("Nơi nhận:").expect("the recipients label");
    let from = xml[..at].rfind("<w:tr>").expect("its row");
    let end = from + xml[from..].find("</w:tr>").expect("end");
    &xml[from..end]
}

/// `view`'s recipients made `count` lines of two lines each in the 70 mm
/// cell ("- UBND phường số 1 thuộc quận Ba Đình, thành phố Hà Nội;"), then
/// its "Lưu" line.
fn many_recipients(view: &mut View, count: usize) {
    let archive = view.footer.recipients.pop().expect("the Lưu line");
    view.footer.recipients = (1..=count)
        .map(|i| format!("- UBND phường số {i} thuộc quận Ba Đình, thành phố Hà Nội;"))
        .collect();
    view.footer.recipients.push(archive);
}

/// As in the PDF, the footer stays whole ("cantSplit") unless its
/// recipients are taller than the signature block: eighty recipients,
/// which Word would cut off at the foot of the page instead of running on,
/// go on in rows of their own after the first (label, signature, first
/// lines), which is still kept whole (format-rules.md §12); the last two
/// lines share a row.
#[test]
fn a_footer_taller_than_a_page_may_split() {
    let mut view = crate::support::state_may_2024_view();
    let bytes = plan::docx::docx(&view).expect("docx");
    let xml = Package::read(&bytes).part("word/document.xml").to_owned();
    assert!(footer_row(&xml).contains("<w:cantSplit />"), "kept whole");
    many_recipients(&mut view, 80);
    let bytes = plan::docx::docx(&view).expect("docx");
    let xml = Package::read(&bytes).part("word/document.xml").to_owned();
    assert!(footer_row(&xml).contains("<w:cantSplit />"), "the first row kept whole");
    let at = xml.find("- Lưu").expect("the archive line");
    let from = xml[..at].rfind("<w:tr>").expect("its row");
    let row = &xml[from..from + xml[from..].find("</w:tr>").expect("end")];
    assert!(!row.contains("Nơi nhận:"), "a row of its own");
    // With the line before it, never alone at the head of a page, as in
    // the PDF (`footer.typ` `recipients`).
    assert!(row.contains("UBND phường số 80 "), "with the line before it: {row}");
    assert!(!row.contains("UBND phường số 79 "), "and only that one: {row}");
    assert!(row.contains("<w:cantSplit />"), "in a row that does not split: {row}");
}

/// A recipient line of the state layout (11 pt in the 70 mm cell) whose
/// widths in the view (`footer.widths`, regular face) fill its room but
/// for less than a space: one line in the PDF, which a count of the Word
/// writer's own that measured each word with the space after it took for
/// two. `number` makes each line its own.
fn recipient_near_the_bound(number: usize) -> String {
    let room = 70.0 * 72.0 / 25.4 / 11.0 * 1000.0;
    let words = ["Tổ", "dân", "phố", "khu", "vực", "phường", "Lạc", "Viên", "mới", "tạm"];
    let widths = |line: &str| -> Option<f64> {
        let footer = plan::footer_widths([line]);
        let lines = footer.regular.get(line)?;
        let [pieces] = lines.as_slice() else { return None };
        let spaces = pieces.len().saturating_sub(1) as f64 * f64::from(footer.space);
        Some(pieces.iter().map(|&w| f64::from(w)).sum::<f64>() + spaces)
    };
    for start in 0..words.len() {
        let mut name = format!("Chi hội số {number}");
        let mut next = start;
        while widths(&format!("- {name} {};", words[next])).expect("widths")
            < room - 6000.0
        {
            name = format!("{name} {}", words[next]);
            next = (next + 1) % words.len();
        }
        for a in words {
            for b in words {
                for c in ["", " Ba", " Bắc", " Hà", " Tân"] {
                    let line = format!("- {name} {a} {b}{c};");
                    let w = widths(&line).expect("widths");
                    if w <= room - 20.0 && w > room - 230.0 {
                        return line;
                    }
                }
            }
        }
    }
    panic!("no line near the bound");
}

/// The Word footer keeps or splits as the PDF's does (`footer.typ`
/// `footer`): it counts the lines of the recipients from the view's widths
/// as the PDF does. Nine recipient lines near the bound (one line each in
/// the PDF) under "Nơi nhận:" are no taller than the state signature block
/// (three lines and the signing space): the PDF keeps the footer whole, and
/// so does the Word file, one row that does not split; two more make the
/// list taller than the block by more than its last line, and both split
/// it.
#[test]
fn word_and_pdf_footers_split_alike_near_the_bound() {
    let plan = |count: usize| {
        let yaml = std::fs::read_to_string(repo("examples/state-quarterly-plan.yaml"))
            .expect("the example");
        let from = yaml.find("recipients:\n").expect("recipients");
        let to = yaml.find("archive:").expect("archive");
        let lines: String = (1..=count)
            .map(|i| {
                let line = recipient_near_the_bound(i);
                format!("  - {}\n", &line[2..line.len() - 1])
            })
            .collect();
        // The "Lưu" line a short one, within the signature block.
        let yaml = format!("{}recipients:\n{lines}{}", &yaml[..from], &yaml[to..]);
        crate::support::library::view_of_text(
            &yaml.replace("archive: VT, VP", "archive: VT"),
        )
    };
    let rows = |view: &View| {
        let bytes = plan::docx::docx(view).expect("docx");
        let xml = Package::read(&bytes).part("word/document.xml").to_owned();
        let row = footer_row(&xml).to_owned();
        let whole = row.contains("- Lưu") && row.contains("<w:cantSplit />");
        (whole, xml.matches("<w:tr>").count())
    };
    // Eight recipients and the "Lưu" line.
    let view = plan(8);
    assert_eq!(view.footer.recipients.len(), 9, "{:?}", view.footer.recipients);
    let laid = crate::support::Laid::new(view.clone());
    let printed: Vec<_> =
        laid.texts("plan-recipient").iter().map(|i| i.run().text.clone()).collect();
    assert_eq!(printed, view.footer.recipients, "one line each in the PDF");
    let (whole, count) = rows(&view);
    assert!(whole, "kept whole, as in the PDF");
    // Two lines more would leave one line after the first row: kept whole,
    // as the PDF keeps it. Three more: the footer split in two rows (the
    // last two lines share the second).
    let (whole, same) = rows(&plan(10));
    assert!(whole && same == count, "two lines more: kept whole");
    let (_, more) = rows(&plan(11));
    assert_eq!(more, count + 1, "three lines more: the footer split in two rows");
}

/// As in the PDF, a table whose columns all have a width narrower than the
/// text block is centred; one that fills the block is flush left.
#[test]
fn a_narrow_table_is_centred() {
    let mut view = view_of_file(&repo("examples/task-table.yaml"));
    let jc = |view: &View| {
        let bytes = plan::docx::docx(view).expect("docx");
        let xml = Package::read(&bytes).part("word/document.xml").to_owned();
        let row = task_table_rows(&xml).remove(0);
        let at = xml.find(&row).expect("the row");
        let from = xml[..at].rfind("<w:tblPr>").expect("its table's properties");
        xml[from..at].contains(r#"<w:jc w:val="center" />"#)
    };
    assert!(!jc(&view), "the full-width table is flush left");
    let t = view.body.iter_mut().find_map(|b| b.table.as_mut()).expect("a table");
    for column in &mut t.columns {
        column.width_um = Some(20_000);
    }
    assert!(jc(&view), "five columns of 20 mm are centred");
}

/// The header a landscape appendix repeats shares the wider text block in
/// the proportions of page 1's cells (70 : 95 mm), as the PDF does.
#[test]
fn a_landscape_appendix_header_spans_its_page() {
    let (view, bytes) = docx_of(&repo("examples/appendices.yaml"));
    assert!(
        view.appendices.iter().any(|a| a.landscape && a.header),
        "the example has one"
    );
    let xml = Package::read(&bytes).part("word/document.xml").to_owned();
    // 252 mm of text: 70/165 of it is 106.9 mm (6061 twips), 95/165 is
    // 145.1 mm (8226 twips).
    assert!(
        xml.contains(r#"<w:gridCol w:w="6061" w:type="dxa" /><w:gridCol w:w="8226""#),
        "{xml}"
    );
}

/// The paragraphs' texts of a plan's Word file, with its view.
fn texts_of(path: &str) -> (View, Vec<String>, String) {
    let (view, bytes) = docx_of(&repo(path));
    let xml = Package::read(&bytes).part("word/document.xml").to_owned();
    let texts = paragraphs(&xml).into_iter().map(|p| p.text).collect();
    (view, texts, xml)
}

/// A signer's title too long for the signature cell breaks into lines of
/// even length, as the PDF breaks it (`templates/parts/footer.typ`):
/// "PHÓ TRƯỞNG BAN" / "THƯỜNG TRỰC", not Word's "PHÓ TRƯỞNG BAN THƯỜNG" /
/// "TRỰC".
#[test]
fn a_long_signer_title_breaks_into_even_lines() {
    let (view, texts, _) = texts_of("examples/party-advisory-body.yaml");
    assert_eq!(view.footer.signer.title, "PHÓ TRƯỞNG BAN THƯỜNG TRỰC");
    assert!(texts.iter().any(|t| t == "PHÓ TRƯỞNG BAN\nTHƯỜNG TRỰC"), "{texts:?}");
    // A title that fits stays on one line.
    let (view, texts, _) = texts_of("plans/may-2024.yaml");
    assert!(texts.contains(&view.footer.signer.title), "{texts:?}");
}

/// The blanks left for the office in the number and the date line are
/// plain spaces in Word, as wide as the PDF's (LibreOffice draws a
/// no-break space wider and broke the date line in two).
#[test]
fn blanks_of_number_and_date_are_plain_spaces() {
    let (view, texts, _) = texts_of("examples/party-advisory-body.yaml");
    for line in [&view.header.number, &view.header.date] {
        assert!(line.contains('\u{a0}'), "{line:?}");
        assert!(texts.contains(&line.replace('\u{a0}', " ")), "{line:?} in {texts:?}");
    }
}

/// A document with footnotes starts with an empty paragraph 1 pt high
/// before the header table (LibreOffice otherwise adds one a line high,
/// pushing page 1 down); one without starts with the table.
#[test]
fn a_document_with_footnotes_starts_with_a_one_point_paragraph() {
    for (path, notes) in [
        ("examples/party-commune-half-year.yaml", true),
        ("examples/party-advisory-body.yaml", false),
    ] {
        let (_, _, xml) = texts_of(path);
        assert_eq!(xml.contains("<w:footnoteReference"), notes, "{path}");
        let body = &xml[xml.find("<w:body>").expect("body") + "<w:body>".len()..];
        assert_eq!(body.starts_with("<w:p"), notes, "{path}: {}", &body[..80]);
        assert_eq!(body.starts_with("<w:tbl>"), !notes, "{path}: {}", &body[..80]);
        if notes {
            let first = paragraphs(body).remove(0);
            assert_eq!(first.text, "");
            assert_eq!(spacing(&first)[..2], some(["20", "exact", "", "", ""])[..2]);
        }
    }
}

/// Pairs of paragraphs next to each other in `xml` (the second starting
/// right where the first ends, as in one cell or the document's body).
fn adjacent(xml: &str) -> Vec<(Para, Para)> {
    let mut out = Vec::new();
    let mut rest = xml;
    let mut last: Option<Para> = None;
    while let Some(at) = find_tag(rest, "w:p") {
        let from = &rest[at..];
        let end = from.find("</w:p>").map_or(from.len(), |e| e + "</w:p>".len());
        let p = Para { xml: from[..end].to_owned(), text: text_of(&from[..end]) };
        if let Some(previous) = last.take().filter(|_| at == 0) {
            out.push((previous, Para { xml: p.xml.clone(), text: p.text.clone() }));
        }
        last = Some(p);
        rest = &from[end..];
    }
    out
}

/// No paragraph with spacing after is followed by one with spacing before:
/// LibreOffice puts the larger of the two between them, not their sum (as
/// the example of ISO/IEC 29500-1 clause 17.3.1.33), so the space in one
/// is lost.
/// The state layout's rule under the summary had 3.7 pt after and the body
/// 12.3 pt before: the body started 3 pt high in LibreOffice.
#[test]
fn no_space_is_both_after_a_paragraph_and_before_the_next() {
    for path in documents() {
        let (_, bytes) = docx_of(&path);
        let p = Package::read(&bytes);
        let spaced = |p: &Para, key: &str| {
            attr(&p.xml, "w:spacing", key)
                .is_some_and(|v| v.parse::<i64>().unwrap_or(0) > 0)
        };
        for (one, next) in adjacent(p.part("word/document.xml")) {
            assert!(
                !(spaced(&one, "w:after") && spaced(&next, "w:before")),
                "{}: `{}` then `{}`:\n{}\n{}",
                path.display(),
                one.text,
                next.text,
                one.xml,
                next.xml
            );
        }
    }
}

/// A body that starts with a table keeps the PDF's gap under the title: a
/// Word table has no spacing before, so the gap is the spacing after the
/// mark under the summary ("-----": 36 − 3.7 − 14 pt; the state layout's
/// rule: the same less the rule's 0.5 pt, plus the 3.7 pt under its line).
#[test]
fn a_body_starting_with_a_table_keeps_the_gap_under_the_title() {
    use plan::view::Role;
    let table = view_of_file(&repo("examples/task-table.yaml"))
        .body
        .into_iter()
        .find(|b| b.role == Role::Table)
        .expect("the example has a table");
    for (file, after) in
        [("plans/may-2024.yaml", "366"), ("examples/state-quarterly-plan.yaml", "310")]
    {
        let mut view = view_of_file(&repo(file));
        view.body.insert(0, table.clone());
        let p = Package::read(&plan::docx::docx(&view).expect("docx"));
        let xml = p.part("word/document.xml");
        let paras = paragraphs(xml);
        let summary = runs(&view.summary);
        let at = paras
            .iter()
            .position(|p| p.text.replace('\n', " ") == summary)
            .unwrap_or_else(|| panic!("{file}: no summary"));
        let mark = &paras[at + 1];
        assert_eq!(
            attr(&mark.xml, "w:spacing", "w:after").as_deref(),
            Some(after),
            "{file}"
        );
        // The table comes right after the mark.
        let end = xml.find(&mark.xml).expect("the mark") + mark.xml.len();
        assert!(xml[end..].starts_with("<w:tbl>"), "{file}: {}", &xml[end..end + 80]);
    }
}

/// The Word file asks for kerning on all its text, from 1 pt up, as the PDF
/// is kerned: without it Word and LibreOffice set lines wider and break
/// some elsewhere (`libreoffice_breaks_lines_where_the_pdf_does`).
#[test]
fn text_is_kerned_as_in_the_pdf() {
    for path in documents() {
        let (_, bytes) = docx_of(&path);
        let p = Package::read(&bytes);
        let styles = p.part("word/styles.xml");
        let from = styles.find("<w:rPrDefault>").expect("default run properties");
        let end = from + styles[from..].find("</w:rPrDefault>").expect("their end");
        assert_eq!(
            attr(&styles[from..end], "w:kern", "w:val").as_deref(),
            Some("2"),
            "{}",
            path.display()
        );
    }
}

/// A note holding a word wider than a line (a long link) is flush left,
/// the others justified: LibreOffice broke the link at its "?" and
/// stretched the spaces of the note's first line across the page ("Xem"
/// at the left margin, "tại" in the middle), where the PDF fills the line
/// with the start of the link (format-rules.md §9 "long words", §11).
#[test]
fn a_note_with_a_word_wider_than_a_line_is_not_justified() {
    let link = format!(
        "https://dichvucong.gov.vn/tra-cuu?ma={}",
        "0123456789ABCDEFGHIJ".repeat(6)
    );
    let yaml = format!(
        "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
         place: Tân Tiến\nissuer:\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n\
         sections:\n  - title: Nhiệm vụ\n    items:\n      - \"Nộp hồ sơ^[Xem tại {link}.]\"\n      \
         - \"Văn bản^[Danh mục thủ tục được công bố tại Cổng dịch vụ công quốc gia.]\"\n\
         closing: Hết.\nrecipients: [Như trên]\narchive: VT\nsigner:\n  title: Chủ tịch\n  \
         name: Nguyễn Văn A\n"
    );
    let view = crate::support::library::view_of_text(&yaml);
    let bytes = plan::docx::docx(&view).expect("docx");
    let xml = Package::read(&bytes).part("word/footnotes.xml").to_owned();
    let notes: Vec<&str> = xml.split("<w:footnote ").skip(3).collect();
    assert_eq!(notes.len(), 2, "{xml}");
    assert!(notes[0].contains("https://"), "{}", notes[0]);
    assert!(notes[0].contains(r#"<w:jc w:val="left" />"#), "{}", notes[0]);
    assert!(notes[1].contains(r#"<w:jc w:val="both" />"#), "{}", notes[1]);
}

/// A note in a landscape appendix is measured against the landscape text
/// width: a link wider than a portrait line but narrower than a landscape
/// one leaves the note justified there, flush left in the body.
#[test]
fn a_note_in_a_landscape_appendix_is_measured_against_its_width() {
    let link = format!(
        "https://dichvucong.gov.vn/tra-cuu?ma={}",
        "0123456789ABCDEFGHIJ".repeat(3)
    );
    let note = format!("\"Nộp hồ sơ^[Xem tại {link} trên cổng dịch vụ công quốc gia.]\"");
    let yaml = format!(
        "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
         place: Tân Tiến\nissuer:\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n\
         sections:\n  - title: Nhiệm vụ\n    items:\n      - {note}\n\
         closing: Hết.\nrecipients: [Như trên]\narchive: VT\nsigner:\n  title: Chủ tịch\n  \
         name: Nguyễn Văn A\nappendices:\n  - title: Danh mục\n    landscape: true\n    \
         items:\n      - {note}\n"
    );
    let view = crate::support::library::view_of_text(&yaml);
    let bytes = plan::docx::docx(&view).expect("docx");
    let xml = Package::read(&bytes).part("word/footnotes.xml").to_owned();
    let notes: Vec<&str> = xml.split("<w:footnote ").skip(3).collect();
    assert_eq!(notes.len(), 2, "{xml}");
    assert!(notes[0].contains(r#"<w:jc w:val="left" />"#), "body: {}", notes[0]);
    assert!(notes[1].contains(r#"<w:jc w:val="both" />"#), "appendix: {}", notes[1]);
}

/// Where a long list of recipients runs on to the next page, a recipient
/// that wraps keeps its two lines together, as in the PDF: after the row
/// of the label, the first lines and the signature, each recipient is a
/// row of its own that does not split (LibreOffice split one row of them
/// inside "- UBND phường số 10 …", its first line beside the signature and
/// its "thành phố Hà Nội;" on the next page, out of the PDF's reading
/// order, whatever the paragraphs' widow control).
#[test]
fn a_recipient_line_is_not_split_across_pages() {
    let mut view = crate::support::state_may_2024_view();
    many_recipients(&mut view, 40);
    let bytes = plan::docx::docx(&view).expect("docx");
    let xml = Package::read(&bytes).part("word/document.xml").to_owned();
    let from =
        xml.find("Nơi nhận:").map(|at| xml[..at].rfind("<w:tbl>").expect("the footer"));
    let footer = &xml[from.expect("the footer")..];
    let rows: Vec<&str> = footer.split("<w:tr>").skip(1).collect();
    let first = rows.iter().take_while(|r| !r.contains("Nơi nhận:")).count();
    assert_eq!(first, 0, "the footer's first row holds the label");
    let rest = &rows[1..];
    assert!(rest.len() >= 30, "{} rows", rows.len());
    let lines = |row: &str| {
        row.matches("- UBND phường số").count() + row.matches("- Lưu").count()
    };
    for row in rest {
        assert!(row.contains("<w:cantSplit />"), "{row}");
    }
    // One line a row; the last two lines share the last row.
    let (last, between) = rest.split_last().expect("rows");
    assert!(between.iter().all(|row| lines(row) == 1));
    assert_eq!(lines(last), 2, "{last}");
}

/// A parent name that the PDF fits on one line in its cell, kerned, stays
/// on one line in the Word file: "ĐẢNG BỘ SỞ Y TẾ TỈNH THANH HÓA" is 240.5
/// pt kerned in the 240.9 pt cell, and the Word writer, measuring without
/// kerning (242.3 pt), broke it in two, which moved the whole page down a
/// line.
#[test]
fn a_parent_the_pdf_fits_on_one_line_is_not_broken() {
    let seed = crate::support::plans::may();
    let yaml = seed.replacen(
        "parent: Đảng bộ thành phố Bắc Giang",
        "parent: Đảng bộ Sở Y tế tỉnh Thanh Hóa",
        1,
    );
    assert_ne!(yaml, seed);
    let view = crate::support::library::view_of_text(&yaml);
    assert_eq!(view.header.parent.as_deref(), Some("ĐẢNG BỘ SỞ Y TẾ TỈNH THANH HÓA"));
    let bytes = plan::docx::docx(&view).expect("docx");
    let package = Package::read(&bytes);
    let parent = paragraphs(package.part("word/document.xml"))
        .into_iter()
        .find(|p| p.xml.contains("ĐẢNG BỘ SỞ Y TẾ"))
        .expect("the parent's paragraph");
    assert!(!parent.xml.contains("<w:br"), "{}", parent.xml);
}

/// Every plan and example, and the appendix example as a draft (a header
/// part of its own), as Word files, by name.
fn every_docx() -> Vec<(String, Package)> {
    let mut views: Vec<(String, View)> =
        documents().iter().map(|p| (p.display().to_string(), view_of_file(p))).collect();
    let mut draft = view_of_file(&repo("examples/appendices.yaml"));
    draft.draft = true;
    views.push(("appendices.yaml as a draft".to_owned(), draft));
    views
        .into_iter()
        .map(|(name, view)| {
            (name, Package::read(&plan::docx::docx(&view).expect("docx")))
        })
        .collect()
}

/// The names of the children of the element whose start tag is at the
/// start of `xml`, in order; `None` when it is an empty element.
fn child_names(xml: &str) -> Option<Vec<String>> {
    let head = &xml[..xml.find('>')?];
    if head.ends_with('/') {
        return None;
    }
    let mut names = Vec::new();
    let mut depth = 0usize;
    let mut rest = &xml[head.len() + 1..];
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').expect("tag end");
        let tag = &rest[..=end];
        if tag.starts_with("</") {
            if depth == 0 {
                return Some(names);
            }
            depth -= 1;
        } else {
            if depth == 0 {
                let name = tag[1..].split([' ', '/', '>']).next().unwrap_or_default();
                names.push(name.to_owned());
            }
            if !tag.ends_with("/>") {
                depth += 1;
            }
        }
        rest = &rest[end + 1..];
    }
    Some(names)
}

/// Word reads the property elements as the schema's sequences (ECMA-376
/// Part 1, Annex A.1): in every part of every file, the children of each
/// `w:pPr`, `w:rPr`, `w:sectPr`, `w:style`, `w:tblPr`, `w:tcPr` and
/// `w:trPr` are names the schema allows there, in its order
/// (`plan::docx::schema_order::ORDERS`).
#[test]
fn property_elements_list_their_children_in_schema_order() {
    let mut checked = 0;
    for (name, package) in every_docx() {
        for (part, xml) in &package.parts {
            for (element, order) in plan::docx::schema_order::ORDERS {
                let mut rest = xml.as_str();
                while let Some(at) = find_tag(rest, element) {
                    rest = &rest[at..];
                    if let Some(children) = child_names(rest) {
                        let ranks: Vec<usize> = children
                            .iter()
                            .map(|c| {
                                order.iter().position(|o| o == c).unwrap_or_else(|| {
                                    panic!("{name} {part}: {c} in {element}")
                                })
                            })
                            .collect();
                        assert!(
                            ranks.windows(2).all(|w| w[0] <= w[1]),
                            "{name} {part}: {element} children {children:?}"
                        );
                        checked += 1;
                    }
                    rest = &rest[element.len() + 1..];
                }
            }
        }
    }
    assert!(checked > 1000, "{checked} elements checked");
}

/// The value of attribute `name` in the start tag at the start of `tag`.
fn attr_of(tag: &str, name: &str) -> Option<String> {
    let head = &tag[..tag.find('>')?];
    let key = format!(" {name}=\"");
    let v = head.find(&key)? + key.len();
    head[v..].find('"').map(|len| head[v..v + len].to_owned())
}

/// Every start tag `<name …>` of `xml`.
fn tags<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = find_tag(rest, name) {
        rest = &rest[at..];
        out.push(&rest[..rest.find('>').map_or(rest.len(), |e| e + 1)]);
        rest = &rest[name.len() + 1..];
    }
    out
}

/// Every part of the package has a content type (an override for it, or a
/// default for its extension) and is the target of a relationship (the
/// relationship parts: their source part is in the package); every
/// override and every relationship names a part that is there. No part
/// Word would find and not know what to make of; no empty header.
#[test]
fn every_part_has_a_content_type_and_a_relationship() {
    for (name, p) in every_docx() {
        let types = p.part("[Content_Types].xml");
        let defaults: Vec<String> = tags(types, "Default")
            .iter()
            .filter_map(|t| attr_of(t, "Extension"))
            .collect();
        let overrides: Vec<String> = tags(types, "Override")
            .iter()
            .filter_map(|t| attr_of(t, "PartName"))
            .collect();
        for o in &overrides {
            assert!(p.parts.contains_key(&o[1..]), "{name}: override for missing {o}");
        }
        let mut targets = Vec::new();
        for (part, xml) in &p.parts {
            let Some(file) = part.strip_suffix(".rels") else { continue };
            let (dir, source) = file.rsplit_once("_rels/").expect("a _rels folder");
            assert!(
                source.is_empty() || p.parts.contains_key(&format!("{dir}{source}")),
                "{name}: {part} of no part"
            );
            for r in tags(xml, "Relationship") {
                if attr_of(r, "TargetMode").as_deref() == Some("External") {
                    continue;
                }
                let target = attr_of(r, "Target").expect("a target");
                let target = format!("{dir}{target}");
                assert!(p.parts.contains_key(&target), "{name}: {part} names {target}");
                targets.push(target);
            }
        }
        for part in &p.names {
            if part == "[Content_Types].xml" {
                continue;
            }
            let extension = part.rsplit_once('.').map_or("", |(_, e)| e);
            assert!(
                overrides.contains(&format!("/{part}"))
                    || defaults.iter().any(|d| d == extension),
                "{name}: no content type for {part}"
            );
            assert!(
                part.ends_with(".rels") || targets.contains(part),
                "{name}: nothing refers to {part}"
            );
            // A header holds a paragraph at least, as the schema wants
            // (`CT_HdrFtr`).
            if part.starts_with("word/header") && part.ends_with(".xml") {
                assert!(find_tag(p.part(part), "w:p").is_some(), "{name}: {part} empty");
            }
        }
    }
}

/// "Normal", the default paragraph style, is the body paragraph (the
/// body's spacing, pitch, first-line indent, justification, widow control,
/// size and font): a paragraph typed or inserted with it looks like the
/// body. Every paragraph of every part sets its own alignment, indent,
/// spacing and widow control, so that only what the body has comes from
/// "Normal"; none names a paragraph style but the notes'.
#[test]
fn normal_is_the_default_style_and_the_body_paragraph() {
    for (name, p) in every_docx() {
        let styles = p.part("word/styles.xml");
        let defaults: Vec<&str> = tags(styles, "w:style")
            .into_iter()
            .filter(|t| attr_of(t, "w:default").as_deref() == Some("1"))
            .collect();
        let ids: Vec<(String, String)> = defaults
            .iter()
            .map(|t| {
                (
                    attr_of(t, "w:type").unwrap_or_default(),
                    attr_of(t, "w:styleId").unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            ids,
            [
                ("paragraph".to_owned(), "Normal".to_owned()),
                ("character".to_owned(), "DefaultParagraphFont".to_owned()),
                ("table".to_owned(), "TableNormal".to_owned())
            ],
            "{name}"
        );
        let at = styles.find("w:styleId=\"Normal\"").expect("Normal");
        let normal = &styles[at..at + styles[at..].find("</w:style>").expect("end")];
        // Both layouts: 14 pt on exactly 18 pt, 6 pt before, 10 mm.
        for (tag, key, value) in [
            ("w:spacing", "w:before", "120"),
            ("w:spacing", "w:after", "0"),
            ("w:spacing", "w:line", "360"),
            ("w:spacing", "w:lineRule", "exact"),
            ("w:ind", "w:firstLine", "567"),
            ("w:jc", "w:val", "both"),
            ("w:sz", "w:val", "28"),
            ("w:rFonts", "w:ascii", "Times New Roman"),
        ] {
            assert_eq!(
                attr(normal, tag, key).as_deref(),
                Some(value),
                "{name}: {tag} {key}"
            );
        }
        assert!(normal.contains("<w:widowControl />"), "{name}");
        // The body paragraphs have those values: a paragraph indented
        // 567 on its first line, justified, on 18 pt.
        let doc = p.part("word/document.xml");
        let bodies: Vec<Para> = paragraphs(doc)
            .into_iter()
            .filter(|q| attr(&q.xml, "w:ind", "w:firstLine").as_deref() == Some("567"))
            .collect();
        assert!(!bodies.is_empty(), "{name}: no body paragraph");
        for q in &bodies {
            assert_eq!(attr(&q.xml, "w:jc", "w:val").as_deref(), Some("both"), "{name}");
            assert_eq!(
                attr(&q.xml, "w:spacing", "w:line").as_deref(),
                Some("360"),
                "{name}"
            );
            assert!(
                q.xml.contains("<w:widowControl w:val=\"1\" />"),
                "{name}: {}",
                q.xml
            );
        }
        for (part, xml) in &p.parts {
            for q in paragraphs(xml) {
                let style = attr(&q.xml, "w:pStyle", "w:val");
                assert!(
                    style.is_none() || style.as_deref() == Some("FootnoteText"),
                    "{name} {part}: {}",
                    q.xml
                );
                for tag in ["w:jc", "w:ind", "w:spacing", "w:widowControl"] {
                    assert!(
                        find_tag(&q.xml, tag).is_some(),
                        "{name} {part}: no {tag}: {}",
                        q.xml
                    );
                }
                assert!(
                    attr(&q.xml, "w:ind", "w:firstLine").is_some(),
                    "{name} {part}: {}",
                    q.xml
                );
            }
        }
    }
}
