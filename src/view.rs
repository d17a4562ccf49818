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

use serde::{Serialize, Serializer};

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
    /// Left cell, the issuing body: "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ"; may hold a
    /// typed line break.
    pub issuer: String,
    /// `issuer` broken before its place ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG
    /// MINH"), for when it does not fit on one line.
    pub issuer_lines: String,
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
}

/// One body paragraph: first-line indent, justified, made of runs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What the paragraph is.
    pub role: Role,
    /// Its text.
    pub runs: Vec<Run>,
}

/// A stretch of text in one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Run {
    /// The characters, printed as they are.
    pub text: String,
    /// Bold.
    pub strong: bool,
    /// Italic.
    pub emph: bool,
}

impl Run {
    /// Upright, regular text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self { text: text.into(), strong: false, emph: false }
    }

    /// Bold text.
    pub fn strong(text: impl Into<String>) -> Self {
        Self { text: text.into(), strong: true, emph: false }
    }

    /// Italic text.
    pub fn emph(text: impl Into<String>) -> Self {
        Self { text: text.into(), strong: false, emph: true }
    }
}

/// The footer of the last page (`format-rules.md` §1.2 boxes 7–9, §6.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Footer {
    /// "Nơi nhận:".
    pub recipients_label: String,
    /// Finished lines: "- TT. Thành ủy (b/c),", …, "- Lưu VP/ĐU.".
    pub recipients: Vec<String>,
    /// The signature block.
    pub signer: SignerView,
}

/// The signature block, centred in the right footer cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignerView {
    /// Authority lines, bold caps: `["T/M ĐẢNG ỦY"]`, or
    /// `["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]`; may be empty.
    pub authority: Vec<String>,
    /// The signer's title: "PHÓ BÍ THƯ", "Q. CHÁNH VĂN PHÒNG".
    pub title: String,
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
