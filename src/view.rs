//! The view: every string the page prints, in order, with no spans.
//!
//! This is the contract between Rust and the Typst templates. Rust decides
//! *what* the page says (upper case, numbers, punctuation, signature forms,
//! wording of dates and meetings); the template decides *where and how*
//! (`style.md` §1). The view is serialised to JSON and served to Typst as the
//! virtual file `/view.json`; user text never becomes Typst markup.
//!
//! Every key is always present; `null` only where the layout changes (no
//! parent body). Templates never supply defaults.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

pub use crate::vi::word_groups::Groups;

pub use crate::runs::Run;

/// The draft mark, printed above the header of page 1 when the plan is a
/// draft, and at the top of `plan text`. The one place the words live: the
/// templates read them from the view.
pub const DRAFT_MARK: &str = "DỰ THẢO";

/// The whole document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct View {
    /// `"dang"` or `"nha-nuoc"`: which template lays the page out.
    pub style: &'static str,
    /// The rule set applied: `"hd36-2018"`, `"hd05-2026"` or `"nd30-2020"`.
    pub rules: &'static str,
    /// PDF metadata.
    pub meta: Meta,
    /// Whether to print the draft mark. In the JSON the mark's words,
    /// `"DỰ THẢO"` ([`DRAFT_MARK`]), or `null` for no mark.
    #[serde(serialize_with = "draft_mark")]
    pub draft: bool,
    /// The two-column header of page 1.
    pub header: Header,
    /// The document type line: "CHƯƠNG TRÌNH".
    pub doc_type: String,
    /// The summary line under the type: "Công tác tháng 5 năm 2024".
    pub summary: Vec<Run>,
    /// The body paragraphs, in order.
    pub body: Vec<Block>,
    /// The two-column footer of the last page.
    pub footer: Footer,
    /// The appendices (*phụ lục*), each from a new page after the footer.
    pub appendices: Vec<AppendixView>,
}

/// PDF document metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// "Chương trình công tác tháng 5 năm 2024".
    pub title: String,
    /// The issuer: "Đảng ủy phường Mỹ Độ".
    pub author: String,
    /// The document date as `[year, month, day]`, for the PDF creation date;
    /// the first day of the period when the date is left blank.
    pub date: [i32; 3],
}

/// The header block of page 1 (`format-rules.md` §1.2 boxes 1–4, §2.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Header {
    /// Right cell, top: Party `["ĐẢNG CỘNG SẢN VIỆT NAM"]`; state
    /// `["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]`.
    /// The last line is the one the rule goes under.
    pub national: Vec<String>,
    /// Left cell, first line: "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"; `null` when none.
    /// A line break ("\n") is one the author typed in a `|` block.
    pub parent: Option<String>,
    /// `parent` broken before its place ("ĐẢNG BỘ\nTHÀNH PHỐ BẮC GIANG"),
    /// for when it does not fit on one line; `null` when there is no parent.
    pub parent_lines: Option<String>,
    /// `parent` in word groups, where it may break when it wraps
    /// ([`crate::vi::word_groups`]): `[["ĐẢNG BỘ"], ["THÀNH PHỐ", "HỒ CHÍ
    /// MINH"]]`; `null` when there is no parent.
    pub parent_groups: Option<Groups>,
    /// Left cell, the issuing body: "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ"; may hold a
    /// typed line break.
    pub issuer: String,
    /// `issuer` broken before its place ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG
    /// MINH"), for when it does not fit on one line.
    pub issuer_lines: String,
    /// `issuer` in word groups: `[["ĐẢNG ỦY"], ["PHƯỜNG", "MỸ ĐỘ"]]`.
    pub issuer_groups: Groups,
    /// Left cell, under the issuer: Party "Số 45-CTr/ĐU", state
    /// "Số: 12/CTr-UBND"; blanks are runs of no-break spaces.
    pub number: String,
    /// Right cell, under the national heading:
    /// "Mỹ Độ, ngày 02 tháng 5 năm 2024".
    pub date: String,
}

/// What a body paragraph is, for labels and the few role-specific styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The paragraph before the first section.
    Intro,
    /// A top-level section heading on its own line: "1- Công tác xây dựng Đảng:".
    Heading,
    /// A subsection: "2.1- Thường trực HĐND phường:" run in with its intro.
    Subheading,
    /// A section item (paragraph or "- " dash item).
    Item,
    /// "* MỘT SỐ CUỘC HỌP CHÍNH TRONG THÁNG".
    MeetingsTitle,
    /// "1. Hội nghị BTV Đảng ủy vào ngày 28/5/2024."
    Meeting,
    /// "(Các cuộc họp đột xuất khác Đảng ủy thông báo sau)".
    MeetingsNote,
    /// The closing paragraph.
    Closing,
    /// A table (`table` of a section or an appendix); `runs` is empty.
    Table,
}

/// One body paragraph: first-line indent, justified, made of runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What the paragraph is.
    pub role: Role,
    /// Its text.
    pub runs: Vec<Run>,
    /// The table of a [`Role::Table`] block; `null` on every other block.
    pub table: Option<TableView>,
}

impl Block {
    /// A paragraph of `role`.
    pub fn new(role: Role, runs: Vec<Run>) -> Self {
        Self { role, runs, table: None }
    }
}

/// A table (`plan-format.md`, "`table` (on a section or an appendix)"), ready
/// to lay out: every cell's text, the header rows, spans and widths decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableView {
    /// The columns, left to right.
    pub columns: Vec<ColumnView>,
    /// The header: one row, or two when some columns share a `group`.
    pub header: Vec<Vec<HeaderCell>>,
    /// The body rows, in order.
    pub rows: Vec<TableRowView>,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnView {
    /// Fixed width in micrometres (`35mm` is 35000); `null` shares what is
    /// left equally with the other such columns.
    pub width_um: Option<u32>,
    /// `"left"`, `"center"` or `"right"`.
    pub align: &'static str,
}

/// A header cell: a column's title, or a group title over its columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HeaderCell {
    /// Its text.
    pub runs: Vec<Run>,
    /// How many columns it spans.
    pub colspan: u32,
    /// How many header rows it spans (2 for a title beside a group).
    pub rowspan: u32,
}

/// A body row: a full-width group row, or cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableRowView {
    /// A group row's text ("Quý III"), printed bold across the table;
    /// `null` for a row of cells.
    pub group: Option<Vec<Run>>,
    /// The row's cells, left to right; columns covered by a cell of a row
    /// above have none. Empty for a group row.
    pub cells: Vec<CellView>,
}

/// One body cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CellView {
    /// Its column, from 0.
    pub column: u32,
    /// Its text; a line break in it is a line break in the cell.
    pub runs: Vec<Run>,
    /// How many rows it spans down (1 for most cells).
    pub rowspan: u32,
}

/// An appendix (*phụ lục*, `plan-format.md`, "`appendices` (top level)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppendixView {
    /// "Phụ lục" (the only one) or "Phụ lục I", "Phụ lục II" …
    pub label: String,
    /// The title in upper case: "KẾ HOẠCH CHI TIẾT"; a line break in it
    /// is a line break.
    pub title: Vec<Run>,
    /// "(Kèm theo Kế hoạch số 87/KH-UBND ngày 01 tháng 7 năm 2024 của Ủy ban
    /// nhân dân xã Tân Tiến)".
    pub reference: String,
    /// Landscape A4 pages.
    pub landscape: bool,
    /// Whether its first page repeats the header block of page 1 (without
    /// the number and the date line).
    pub header: bool,
    /// Its content, as body blocks.
    pub body: Vec<Block>,
}

/// The footer of the last page (`format-rules.md` §1.2 boxes 7–9, §6.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Footer {
    /// "Nơi nhận:".
    pub recipients_label: String,
    /// Finished lines: "- TT. Thành ủy (b/c),", …, "- Lưu VP/ĐU.".
    pub recipients: Vec<String>,
    /// "Bản điện tử:" when the plan has `electronic_recipients` (left out
    /// of the JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub electronic_label: Option<String>,
    /// Finished lines under it: "- UBND huyện;", …, "- Các phòng, ban.".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub electronic: Vec<String>,
    /// The signature block.
    pub signer: SignerView,
    /// The widths of the left cell's texts, for the template's bound of its
    /// height.
    pub widths: FooterWidths,
}

/// The widths of the footer's left cell in thousandths of an em
/// (`compose::widths`): with them the template bounds the cell's height
/// without laying it out (`templates/parts/footer.typ` `most-lines`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FooterWidths {
    /// The font families the widths are those of: `["Liberation Serif",
    /// "Times New Roman"]` (the same advance widths).
    pub fonts: Vec<&'static str>,
    /// A space: 250.
    pub space: u32,
    /// Each text of the left cell (the label, the recipient lines, the
    /// electronic label and lines), by its text, with its widths in the
    /// regular face: widths are read only for the very text they were
    /// measured on. A text with a character given no width is left out.
    pub regular: BTreeMap<String, TextWidths>,
    /// The same texts with their widths in the widest of the four faces
    /// (each character as wide as its widest face), for text set in
    /// another face or one the template does not know.
    pub widest: BTreeMap<String, TextWidths>,
}

/// The widths of a text: for each of its own lines, its pieces between the
/// spaces where a line may break, without those spaces, each at least as
/// wide as the font prints it: `"Nơi nhận:"` is `[[1554, 2502]]` in the
/// widest faces.
pub type TextWidths = Vec<Vec<u32>>;

/// The signature block, centred in the right footer cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignerView {
    /// Authority lines, bold caps: `["T/M ĐẢNG ỦY"]`, or
    /// `["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]`; may be empty.
    pub authority: Vec<String>,
    /// Each authority line in word groups: `[[["T/M ĐẢNG ỦY"]]]`.
    pub authority_groups: Vec<Groups>,
    /// The signer's title: "PHÓ BÍ THƯ", "Q. CHÁNH VĂN PHÒNG".
    pub title: String,
    /// The title in word groups: `[["PHÓ BÍ THƯ"]]`.
    pub title_groups: Groups,
    /// The signer's name: "Hoàng Trọng Hiếu".
    pub name: String,
}

/// `draft` in the JSON: [`DRAFT_MARK`] or `null`.
fn draft_mark<S: Serializer>(draft: &bool, serializer: S) -> Result<S::Ok, S::Error> {
    draft.then_some(DRAFT_MARK).serialize(serializer)
}

impl View {
    /// The JSON the template reads.
    pub fn to_json(&self) -> Vec<u8> {
        // A View holds only strings, numbers, booleans and lists: serialising
        // it cannot fail.
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }
}
