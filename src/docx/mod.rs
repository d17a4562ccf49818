//! View → Word document (`.docx`): the same document as the PDF, made of
//! real Word structures a clerk can edit (paragraphs, tables, footnotes,
//! a section per appendix, a header with a PAGE field), laid out by the values of
//! `templates/config.typ` (see [`values`]).
//!
//! It reads only the view, as the templates do: Rust has decided every
//! string already; this module decides where and how, once more, in Word's
//! terms. Every line has Word's "exactly" line spacing at the pitch of the
//! PDF's line model; the space between blocks is the PDF's, computed with
//! the same `gap-between`.
//!
//! One function per part and per kind of body block: [`header`] (page 1's
//! header table, the page number, the draft mark), [`title`], [`body`],
//! [`footer`], [`appendix`], [`footnote`]; [`section`] sets the pages up;
//! [`package`] writes the archive byte for byte the same for the
//! same view.

mod appendix;
mod body;
mod footer;
mod footer_lines;
mod footnote;
mod header;
mod measure;
mod package;
pub mod schema_order;
mod section;
mod styles;
mod table;
mod title;
pub(crate) mod values;

use docx_rs::{
    AlignmentType, BorderType, BreakType, Docx, LineSpacing, LineSpacingType, Paragraph,
    ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run, RunFonts,
    SpecialIndentType,
};

use crate::view::{self, View};
use body::Part;
use footnote::Notes;
use section::Kind;
use values::{Lines, MM, RULE_STROKE};

/// The font name written into the document: the offices' machines have it
/// (`format-rules.md` §1.1 [S], §2.1 [R]: a TCVN 6909 Unicode font, Times
/// New Roman in practice).
pub const FONT: &str = "Times New Roman";

/// The document language (`w:lang`), for spelling and hyphenation.
pub const LANGUAGE: &str = "vi-VN";

/// A4 in twips (210 × 297 mm), `format-rules.md` §1.1 [R], §2.1 [R].
const A4_TWIPS: (u32, u32) = (11906, 16838);

/// Why a view could not become a Word file: a bug in `plan` (exit 4).
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum DocxError {
    /// The archive writer failed.
    #[error(
        "{}: {message}",
        crate::lang::t(
            "lỗi nội bộ: không xuất được tệp Word",
            "internal error: Word export failed"
        )
    )]
    #[diagnostic(code(plan::docx_export))]
    Package {
        /// The writer's message.
        message: String,
    },
}

/// The Word file of `view`, as bytes; the same view gives the same bytes.
///
/// Everything the view holds is written: the document in one section, then
/// each appendix in a section of its own ([`section`]); footnotes as Word
/// footnotes ([`footnote`]).
pub fn docx(view: &View) -> Result<Vec<u8>, DocxError> {
    let v = values::for_style(view.style);
    let mut notes = Notes::new(v);
    let page_one = header::header(v, &view.header, true, title::text_width(v));
    let mut document = vec![Part::Table(Box::new(page_one))];
    let table_first =
        view.body.first().is_some_and(|b| b.role == crate::view::Role::Table);
    let (title, first) = title::title(v, view, table_first, &mut notes);
    for p in title {
        document.push(Part::Paragraph(Box::new(p)));
    }
    let block = (title::text_width(v), page_height(false) - v.margin[0] - v.margin[1]);
    document.extend(body::body(v, &view.body, first, block, &mut notes));
    document.push(Part::Table(Box::new(footer::footer(v, &view.footer))));
    let mut sections = vec![(Kind::Document, document)];
    for a in &view.appendices {
        let parts = appendix::appendix(v, view, a, &mut notes);
        sections.push((Kind::Appendix { landscape: a.landscape }, parts));
    }
    if notes.any() {
        sections[0].1.insert(0, Part::Paragraph(Box::new(lead())));
    }
    let last = sections.last().map_or(Kind::Document, |(kind, _)| *kind);
    let doc = Docx::new()
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT).east_asia(FONT))
        .default_size(half_points(v.body_size));
    let (mut doc, headers) =
        section::set_up(footnote::styles(doc, v), v, view.draft, last);
    let count = sections.len();
    for (i, (kind, parts)) in sections.into_iter().enumerate() {
        for part in parts {
            doc = match part {
                Part::Paragraph(p) => doc.add_paragraph(*p),
                Part::Table(t) => doc.add_table(*t),
            };
        }
        if i + 1 < count {
            doc = doc.add_paragraph(section::section_break(v, &headers, kind));
        }
    }
    package::write(
        doc.build(),
        &view.meta,
        headers.extra,
        &footnote::separators(v),
        &styles::defaults(v),
    )
}

/// A paragraph 1 pt high before the header table, written when the
/// document has footnotes. LibreOffice, opening a document that has
/// footnotes and starts with a table, puts an empty paragraph of its own
/// above the table, which pushed page 1 down by a line (the national
/// heading's baseline at 30.2 mm instead of the PDF's 24.7 mm, measured);
/// with a paragraph there already it adds none. Word shows this one 1 pt
/// (0.35 mm) high, under the rules' tolerance for the top margin
/// (`format-rules.md` §1.1, §2.1).
fn lead() -> Paragraph {
    paragraph(Lines { pitch: 1.0, above: 1.0 }, 0.0, 0.0).size(2)
}

/// The page width, points: A4 (210 × 297 mm, `format-rules.md` §1.1, §2.1)
/// portrait or landscape.
fn page_width(landscape: bool) -> f64 {
    if landscape { 297.0 * MM } else { 210.0 * MM }
}

/// The page height, points: A4 portrait or landscape.
fn page_height(landscape: bool) -> f64 {
    if landscape { 210.0 * MM } else { 297.0 * MM }
}

/// Points → twips (1/20 pt), rounded.
fn twips(points: f64) -> u32 {
    // Every length here is a few hundred points at most: in range.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let t = (points.max(0.0) * 20.0).round() as u32;
    t
}

/// Points → twips as Word's signed lengths.
fn twips_i32(points: f64) -> i32 {
    i32::try_from(twips(points)).unwrap_or(i32::MAX)
}

/// Points → half-points, Word's font size unit.
fn half_points(points: f64) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let h = (points.max(0.0) * 2.0).round() as usize;
    h
}

/// A paragraph on lines of model `lines`, `before` points of space above,
/// `after` below; flush left, no indent, no widow control. These are set
/// on the paragraph itself because the "Normal" style, which every
/// paragraph without a style of its own has, is the body's ([`styles`]):
/// a body paragraph sets its own again ([`body`]), every other one keeps
/// what it had before "Normal" carried the body's look.
fn paragraph(lines: Lines, before: f64, after: f64) -> Paragraph {
    let spacing = LineSpacing::new()
        .line_rule(LineSpacingType::Exact)
        .line(twips_i32(lines.pitch))
        .before(twips(before))
        .after(twips(after));
    Paragraph::new()
        .line_spacing(spacing)
        .align(AlignmentType::Left)
        .widow_control(false)
        .indent(None, Some(SpecialIndentType::FirstLine(0)), None, None)
}

/// `p` indented `left` and `right` points, its first line as the others
/// (not the "Normal" style's first-line indent).
fn side_indents(p: Paragraph, left: f64, right: f64) -> Paragraph {
    p.indent(
        Some(twips_i32(left)),
        Some(SpecialIndentType::FirstLine(0)),
        Some(twips_i32(right)),
        None,
    )
}

/// A centred paragraph of one run.
fn centred(lines: Lines, run: Run) -> Paragraph {
    paragraph(lines, 0.0, 0.0).align(AlignmentType::Center).add_run(run)
}

/// A run of `text` at `size` points; a line feed in it is a line break
/// (`w:br`), as the PDF breaks the line there. Its codes ("01-KL/TW") stay
/// whole ([`whole_codes`]).
fn text(text: &str, size: f64) -> Run {
    let mut run = Run::new().size(half_points(size));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(whole_codes(line));
    }
    run
}

/// What a "-" of a code holds until the package is written: docx-rs
/// cannot write `w:noBreakHyphen`, so `package::write` replaces it (see
/// [`NO_BREAK_HYPHEN`]).
const NO_BREAK_HYPHEN_MARK: char = '\u{E001}';
/// What [`NO_BREAK_HYPHEN_MARK`] becomes: the text element closed, Word's
/// no-break hyphen (drawn as "-"), a text element opened again.
const NO_BREAK_HYPHEN: &str = "</w:t><w:noBreakHyphen /><w:t xml:space=\"preserve\">";

/// `line` with its codes ("01-KL/TW", "30/2020/NĐ-CP": `runs::code_words`)
/// kept on one line, as in the PDF (`templates/parts/runs.typ`): each "-"
/// of a code is a no-break hyphen (`w:noBreakHyphen`, drawn as "-"; Word
/// and LibreOffice break a line after a plain "-": "01-" then "KL/TW").
/// A "/" stays as it is: LibreOffice does not break a line after "/"
/// before a letter or digit (measured on the 128 codes of the test plan
/// of `tests/testsuite/codes_whole.rs`: with plain hyphens 7 broke after
/// a "-", none after a "/"; Word not measured), and a word joiner after
/// it would be an invisible character in the copied text. A code wider than a whole line
/// still breaks where it reaches the margin, as any word that wide.
fn whole_codes(line: &str) -> String {
    let codes = crate::runs::code_words(line);
    if codes.is_empty() {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for [from, to] in codes {
        out.push_str(&line[at..from]);
        out.extend(
            line[from..to]
                .chars()
                .map(|c| if c == '-' { NO_BREAK_HYPHEN_MARK } else { c }),
        );
        at = to;
    }
    out.push_str(&line[at..]);
    out
}

/// The view's runs at `size`, bold and italic as flagged; a run holding a
/// footnote writes its mark first (a Word footnote, numbered by `notes`),
/// as `templates/parts/runs.typ`.
fn runs(runs: &[view::Run], size: f64, notes: &mut Notes) -> Vec<Run> {
    let mut out = Vec::new();
    for r in runs {
        if let Some(note) = &r.footnote {
            out.push(notes.mark(note, size));
            if r.text.is_empty() {
                continue;
            }
        }
        out.push(styled(r, size));
    }
    out
}

/// One view run's text at `size`, bold and italic as flagged.
fn styled(r: &view::Run, size: f64) -> Run {
    let mut run = text(&r.text, size);
    if r.strong {
        run = run.bold();
    }
    if r.emph {
        run = run.italic();
    }
    run
}

/// An empty paragraph drawing a solid rule `length` long, centred in a cell
/// `cell` wide, its centre `drop` below the last baseline of the lines of
/// model `lines` above it, `after` points of spacing under it. What follows
/// a rule starts one `lines.below()` under it, as after a line of text
/// (`templates/parts/mark.typ`): the caller gives that space
/// ([`rule_space`]), in `after` or (when a paragraph follows) in that
/// paragraph's spacing before, never in both (see [`title::title`]). The
/// rule is the paragraph's bottom border, the paragraph as wide as the rule.
fn rule(lines: Lines, cell: f64, length: f64, drop: f64, after: f64) -> Paragraph {
    let side = ((cell - length) / 2.0).max(0.0);
    // The empty line reaches from the bottom of the line above to the rule.
    let height = (drop - lines.below()).max(1.0);
    let mut p = side_indents(
        paragraph(Lines { pitch: height, above: height }, 0.0, after),
        side,
        side,
    )
    .size(2);
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(eighth_points(RULE_STROKE))
                .space(0)
                .color("000000"),
        ),
    );
    p
}

/// The spacing after a rule paragraph of [`rule`] that starts what follows
/// `lines.below() + extra` under its line box, as after a line of text:
/// the border, `RULE_STROKE` thick, is part of the paragraph's height
/// (measured in LibreOffice: everything under a rule 0.5 pt lower than in
/// the PDF when the spacing left it out).
fn rule_space(lines: Lines, extra: f64) -> f64 {
    (lines.below() + extra - RULE_STROKE).max(0.0)
}

/// Points → eighths of a point, Word's border width unit.
fn eighth_points(points: f64) -> usize {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let e = (points.max(0.0) * 8.0).round() as usize;
    e
}
