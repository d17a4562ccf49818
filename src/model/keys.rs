//! The keys of the plan format, one table per mapping (`plan-format.md`,
//! "Keys"): each key's name, whether it is required, the kind of value it
//! holds, and what it means in Vietnamese and English.
//!
//! The loader checks unknown and missing keys against these tables, and
//! `plan schema` builds the JSON Schema from them, so the schema an editor
//! uses cannot drift from what `plan check` accepts. How each value is read
//! (dates, periods, numbers …) stays in `load`; the [`Value`] of a key only
//! names that reading.

use super::{
    Align, CitationStyle, DateForm, HeadingMode, Kind, ListStyle, Look, Pattern,
    RuleSetId, Spelling, Style, Weekday,
};

/// The mappings of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Owner {
    /// The top level.
    Plan,
    /// `issuer`.
    Issuer,
    /// `directives.ID`.
    Directive,
    /// `anniversaries.ID`.
    Anniversary,
    /// An entry of `sections`.
    Section,
    /// An entry of `items` written as a mapping `{ text, items, list }`.
    Item,
    /// An entry of `numbering` written as a mapping `{ pattern, look }`.
    Level,
    /// `meetings`.
    Meetings,
    /// An entry of `meetings.items`.
    Meeting,
    /// `signer`.
    Signer,
    /// `table` of a section or an appendix.
    Table,
    /// An entry of `table.columns`.
    Column,
    /// A cell written as a mapping, `{ text: …, rows: 3 }`.
    Cell,
    /// A group row of `table.rows`, `{ group: Quý III }`.
    GroupRow,
    /// An entry of `appendices`.
    Appendix,
}

/// What a key holds, as the loader reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Value {
    /// Any text (a number or `true` written as text is text too); may hold
    /// `**bold**`, `*italic*` and `{id}` references.
    Text,
    /// A list of texts.
    TextList,
    /// A date `YYYY-MM-DD` that exists.
    Date,
    /// A date `YYYY-MM-DD`, or a month `YYYY-MM` (the signing date).
    DateOrMonth,
    /// `2024-05`, `2024-Q2`, `2024`, `2024-H1`, `2024-W22`, `2020-2021`,
    /// `2024-04..2024-12` or `2025..2030`.
    Period,
    /// A whole number from 1 to 9999 (`05` is 5).
    Number,
    /// A time of day `H:MM` or `HH:MM`, 00:00 to 23:59.
    Time,
    /// `true` or `false`.
    Bool,
    /// One of these names.
    Choice(&'static [&'static str]),
    /// A list of file paths (`include`).
    Files,
    /// A mapping of the given kind.
    Map(Owner),
    /// A mapping from ids (`[A-Za-z][A-Za-z0-9_-]*`) to mappings of the
    /// given kind.
    IdMap(Owner),
    /// A list of mappings of the given kind.
    List(Owner),
    /// `items`: a list of texts or of [`Owner::Item`] mappings.
    Items,
    /// `numbering`: a list of at most four patterns or [`Owner::Level`]
    /// mappings.
    Numbering,
    /// A width in millimetres: `35mm` (or `35`).
    Width,
    /// A whole number of rows, from 1.
    RowCount,
    /// `table.rows`: each a list of cells (texts or [`Owner::Cell`]), or a
    /// [`Owner::GroupRow`].
    TableRows,
}

/// One key of a mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    /// The key as written in YAML.
    pub name: &'static str,
    /// Whether the mapping must have it.
    pub required: bool,
    /// What it holds.
    pub value: Value,
    /// What it means, in Vietnamese.
    pub vi: &'static str,
    /// What it means, in English.
    pub en: &'static str,
}

const fn key(
    name: &'static str,
    required: bool,
    value: Value,
    vi: &'static str,
    en: &'static str,
) -> Key {
    Key { name, required, value, vi, en }
}

/// The top-level keys an included file may set (`plan-format.md`, key
/// `include`): the parts a body reuses from one plan to the next, with the
/// office's own conventions of version 2 (`numbering`, `dates`,
/// `citations`) and its electronic recipients beside the paper ones.
pub(crate) const SHARED: [&str; 13] = [
    "directives",
    "anniversaries",
    "issuer",
    "signer",
    "recipients",
    "electronic_recipients",
    "archive",
    "place",
    "numbering",
    "dates",
    "citations",
    "include",
    "words",
];

/// The pattern of an id in `directives` and `anniversaries`.
pub(crate) const ID_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_-]*$";

const PLAN: [Key; 29] = [
    key(
        "kind",
        true,
        Value::Choice(&Kind::NAMES),
        "Loại văn bản: `chuong-trinh` (chương trình, CTr) hoặc `ke-hoach` (kế hoạch, KH).",
        "Document type: `chuong-trinh` (work program, CTr) or `ke-hoach` (plan, KH).",
    ),
    key(
        "style",
        true,
        Value::Choice(&Style::NAMES),
        "Thể thức: `dang` (văn bản của Đảng, Hướng dẫn 36-HD/VPTW, 05-HD/VPTW) hoặc \
         `nha-nuoc` (văn bản hành chính, Nghị định 30/2020/NĐ-CP).",
        "Layout rules: `dang` (Party documents, 36-HD/VPTW, 05-HD/VPTW) or `nha-nuoc` \
         (state documents, Decree 30/2020/NĐ-CP).",
    ),
    key(
        "rules",
        false,
        Value::Choice(&RuleSetId::NAMES),
        "Chọn cố định bộ quy tắc: `hd36-2018`, `hd05-2026` (Đảng) hoặc `nd30-2020` \
         (nhà nước). Bỏ trống thì theo quy tắc có hiệu lực vào ngày ký.",
        "Pins the rule set: `hd36-2018`, `hd05-2026` (Party) or `nd30-2020` (state). \
         Left out, the rules in force on the signing date apply.",
    ),
    key(
        "period",
        true,
        Value::Period,
        "Kỳ của văn bản: tháng `2024-05`, quý `2024-Q2`, năm `2024`, 6 tháng `2024-H1`, \
         tuần `2024-W22`, năm học `2020-2021`, các tháng `2024-04..2024-12` hoặc các năm \
         (giai đoạn, nhiệm kỳ) `2025..2030`.",
        "The period covered: a month `2024-05`, a quarter `2024-Q2`, a year `2024`, six \
         months `2024-H1`, an ISO week `2024-W22`, a school year `2020-2021`, a range of \
         months `2024-04..2024-12` or of years (a stage, a term) `2025..2030`.",
    ),
    key(
        "number",
        false,
        Value::Number,
        "Phần số của số văn bản (`5` in thành `05`). Bỏ trống thì để khoảng trống cho \
         văn thư điền.",
        "The number part of the document number (`5` prints `05`). Left out, a blank \
         is left for the office to fill in.",
    ),
    key(
        "date",
        false,
        Value::DateOrMonth,
        "Ngày ký, dạng `2024-05-02`; hoặc chỉ tháng ký `2026-01` (để trống ngày). Bỏ trống \
         thì để trống ngày; tháng và năm lấy theo kỳ.",
        "The signing date, as `2024-05-02`; or only the signing month `2026-01` (the day \
         left blank). Left out, the day is left blank and the month and year come from \
         `period`.",
    ),
    key(
        "place",
        true,
        Value::Text,
        "Địa danh ở dòng ngày tháng: `Mỹ Độ`.",
        "The place name on the date line: `Mỹ Độ`.",
    ),
    key(
        "title",
        false,
        Value::Text,
        "Trích yếu dưới tên loại văn bản. Bỏ trống thì lấy theo loại và kỳ: \
         \"Công tác tháng 5 năm 2024\".",
        "The summary line under the document type. Left out, it follows kind and \
         period: \"Công tác tháng 5 năm 2024\".",
    ),
    key(
        "issuer",
        true,
        Value::Map(Owner::Issuer),
        "Cơ quan ban hành và cơ quan cấp trên.",
        "The issuing body and the body above it.",
    ),
    key(
        "directives",
        false,
        Value::IdMap(Owner::Directive),
        "Các văn bản được trích dẫn, theo mã: `{kl01}` trong nội dung.",
        "Documents the text cites, by id: `{kl01}` in the text.",
    ),
    key(
        "anniversaries",
        false,
        Value::IdMap(Owner::Anniversary),
        "Các ngày kỷ niệm được nhắc đến, theo mã: `{hcm}` in số năm tính theo kỳ.",
        "Events whose anniversary the text mentions, by id: `{hcm}` prints the count \
         of years from the period's year.",
    ),
    key(
        "intro",
        false,
        Value::Text,
        "Đoạn mở đầu, trước mục thứ nhất.",
        "The paragraph before the first section.",
    ),
    key(
        "sections",
        true,
        Value::List(Owner::Section),
        "Các mục của nội dung, mỗi mục có `title`.",
        "The sections of the body, each with a `title`.",
    ),
    key(
        "numbering",
        false,
        Value::Numbering,
        "Kiểu đánh số của từng cấp mục, viết như số đầu tiên của cấp đó: `[\"1.\", \
         \"1.1.\", \"a)\", \"-\"]`. Bỏ trống thì theo bộ quy tắc.",
        "The number pattern of each section level, written as its first number \
         prints: `[\"1.\", \"1.1.\", \"a)\", \"-\"]`. Left out, the rule set's.",
    ),
    key(
        "meetings",
        false,
        Value::Map(Owner::Meetings),
        "Một số cuộc họp chính trong kỳ.",
        "The main meetings of the period.",
    ),
    key(
        "closing",
        false,
        Value::Text,
        "Đoạn kết thúc (\"Trên đây là …\"). Bỏ trống khi mục cuối là phần kết: dấu kết \
         thúc đặt ở cuối đoạn cuối cùng.",
        "The closing paragraph (\"Trên đây là …\"). Leave it out when the last section \
         ends the document: the end mark goes at the end of the last paragraph.",
    ),
    key(
        "recipients",
        true,
        Value::TextList,
        "Nơi nhận; công cụ tự thêm \"- \" và dấu cuối dòng.",
        "The recipients; the tool adds the leading \"- \" and the line-end punctuation.",
    ),
    key(
        "electronic_recipients",
        false,
        Value::TextList,
        "Nơi nhận bản điện tử, in dưới dòng \"Lưu\" sau nhãn \"Bản điện tử:\". Khi có \
         danh sách này, `recipients` có thể để `[]`.",
        "Recipients of the electronic copy, printed after the \"Lưu\" line under the \
         label \"Bản điện tử:\". With it, `recipients` may be `[]`.",
    ),
    key(
        "archive",
        true,
        Value::Text,
        "Phần sau chữ \"Lưu\" ở dòng cuối nơi nhận: `VP/ĐU`.",
        "What follows \"Lưu\" in the last recipient line: `VP/ĐU`.",
    ),
    key(
        "signer",
        true,
        Value::Map(Owner::Signer),
        "Người ký và thẩm quyền ký.",
        "Who signs and in what capacity.",
    ),
    key(
        "type_name",
        false,
        Value::Text,
        "Tên loại văn bản in thay \"CHƯƠNG TRÌNH\"/\"KẾ HOẠCH\": `Chương trình hành \
         động`. Ký hiệu trong số văn bản vẫn theo `kind`.",
        "The document type printed instead of \"CHƯƠNG TRÌNH\"/\"KẾ HOẠCH\": \
         `Chương trình hành động`. The number keeps the abbreviation of `kind`.",
    ),
    key(
        "dates",
        false,
        Value::Choice(&DateForm::NAMES),
        "Cách in ngày trong trích dẫn `{id}`: `short` (4/7/2011, mặc định), `padded` \
         (04/7/2011) hoặc `long` (ngày 04 tháng 7 năm 2011).",
        "How dates print in `{id}` references: `short` (4/7/2011, the default), \
         `padded` (04/7/2011) or `long` (ngày 04 tháng 7 năm 2011).",
    ),
    key(
        "citations",
        false,
        Value::Choice(&CitationStyle::NAMES),
        "`comma` in dấu phẩy giữa số và ngày văn bản được trích dẫn (\"số 68-NQ/TW, ngày \
         4/5/2025\"); `plain` (mặc định) thì không.",
        "`comma` prints a comma between a cited document's number and date (\"số \
         68-NQ/TW, ngày 4/5/2025\"); `plain` (the default) does not.",
    ),
    key(
        "draft",
        false,
        Value::Bool,
        "`true` in dấu \"DỰ THẢO\".",
        "`true` prints the \"DỰ THẢO\" (draft) mark.",
    ),
    key(
        "appendices",
        false,
        Value::List(Owner::Appendix),
        "Các phụ lục, in sau chữ ký, mỗi phụ lục từ một trang mới.",
        "The appendices, printed after the signature, each from a new page.",
    ),
    key(
        "allow",
        false,
        Value::TextList,
        "Các cảnh báo không cần báo cho văn bản này, theo mã: `[double_space, \
         invalid_syllable]` (viết có hoặc không có `plan::`).",
        "Warnings this plan silences, by code: `[double_space, invalid_syllable]` \
         (with or without `plan::`).",
    ),
    key(
        "spelling",
        false,
        Value::Choice(&Spelling::NAMES),
        "Cách đặt dấu thanh với oa, oe, uy: `old` (hòa, xóa, thủy) hoặc `new` (hoà, \
         xoá, thuỷ). Bỏ trống thì theo cách dùng nhiều hơn trong văn bản.",
        "Where the tone mark goes on oa, oe, uy: `old` (hòa, xóa, thủy) or `new` \
         (hoà, xoá, thuỷ). Left out, the placement used more often in the plan wins.",
    ),
    key(
        "words",
        false,
        Value::TextList,
        "Các từ không phải tiếng Việt được dùng đúng (tên riêng nước ngoài, từ mượn): \
         không báo lỗi âm tiết. Có thể đặt trong tệp dùng chung.",
        "Words that are not Vietnamese and are meant (foreign names, loanwords): the \
         syllable check skips them. Also allowed in an included file.",
    ),
    key(
        "include",
        false,
        Value::Files,
        "Các tệp YAML dùng chung (đường dẫn tính từ tệp này): văn bản trích dẫn, ngày \
         kỷ niệm, cơ quan ban hành, người ký, nơi nhận, nơi nhận bản điện tử, lưu, địa \
         danh, các từ riêng, cách đánh số, cách in ngày và dấu phẩy khi trích dẫn. \
         Bảng ghép theo khóa, tệp này được ưu tiên; danh sách bị thay thế (trừ \
         `words`, được gộp).",
        "Shared YAML files (paths relative to this file): directives, anniversaries, \
         issuer, signer, recipients, electronic_recipients, archive, place, words, \
         numbering, dates, citations. Mappings merge by key and \
         this file wins; lists are replaced (`words` are joined).",
    ),
];

const ISSUER: [Key; 3] = [
    key(
        "parent",
        false,
        Value::Text,
        "Cơ quan cấp trên, in phía trên: `Đảng bộ thành phố Bắc Giang`.",
        "The body above the issuer, printed above it: `Đảng bộ thành phố Bắc Giang`.",
    ),
    key(
        "name",
        true,
        Value::Text,
        "Tên cơ quan ban hành: `Đảng ủy phường Mỹ Độ`.",
        "The issuing body: `Đảng ủy phường Mỹ Độ`.",
    ),
    key(
        "abbr",
        true,
        Value::Text,
        "Chữ viết tắt, dùng trong số văn bản: `ĐU` (\"Số 45-CTr/ĐU\").",
        "Its abbreviation, used in the document number: `ĐU` (\"Số 45-CTr/ĐU\").",
    ),
];

const DIRECTIVE: [Key; 5] = [
    key(
        "type",
        true,
        Value::Text,
        "Loại văn bản: `Kết luận`, `Chỉ thị`, `Công văn` …",
        "The kind of document: `Kết luận`, `Chỉ thị`, `Công văn` …",
    ),
    key(
        "number",
        true,
        Value::Text,
        "Số và ký hiệu: `01-KL/TW`.",
        "Its number and symbol: `01-KL/TW`.",
    ),
    key(
        "date",
        true,
        Value::Date,
        "Ngày ban hành: `2021-05-18`.",
        "Its date: `2021-05-18`.",
    ),
    key(
        "by",
        true,
        Value::Text,
        "Cơ quan ban hành: `Bộ Chính trị`.",
        "Who issued it: `Bộ Chính trị`.",
    ),
    key(
        "about",
        false,
        Value::Text,
        "Trích yếu, dùng cho `{id:full}`.",
        "What it is about, for `{id:full}`.",
    ),
];

const ANNIVERSARY: [Key; 2] = [
    key(
        "name",
        true,
        Value::Text,
        "Tên sự kiện: `Ngày sinh Chủ tịch Hồ Chí Minh`.",
        "The event: `Ngày sinh Chủ tịch Hồ Chí Minh`.",
    ),
    key(
        "date",
        true,
        Value::Date,
        "Ngày diễn ra sự kiện: `1890-05-19`.",
        "The day of the event: `1890-05-19`.",
    ),
];

const SECTION: [Key; 8] = [
    key(
        "title",
        true,
        Value::Text,
        "Tên mục, không ghi số thứ tự (công cụ tự đánh số); in đúng như viết, kể cả dấu \
         hai chấm.",
        "The heading, without a number (the tool numbers headings); printed as \
         written, colon included.",
    ),
    key(
        "heading",
        false,
        Value::Choice(&HeadingMode::NAMES),
        "`own-line`: tiêu đề một dòng riêng; `run-in`: tiêu đề rồi đoạn `intro` trên \
         cùng dòng. Bỏ trống: `run-in` cho mục con có `intro`, còn lại dòng riêng.",
        "`own-line`: the title on its own line; `run-in`: the title, then the `intro` \
         on the same line. Left out: run-in for a subsection with an `intro`, else \
         its own line.",
    ),
    key(
        "intro",
        false,
        Value::Text,
        "Đoạn mở đầu của mục.",
        "The section's first paragraph.",
    ),
    key("list", false, Value::Choice(&ListStyle::NAMES), LIST_VI, LIST_EN),
    key(
        "items",
        false,
        Value::Items,
        "Các ý của mục: một đoạn văn, hoặc `{ text, items, list }` có các ý con.",
        "The section's items: a text, or `{ text, items, list }` with nested items.",
    ),
    key(
        "sections",
        false,
        Value::List(Owner::Section),
        "Các mục con (tối đa bốn cấp).",
        "Subsections (four levels at most).",
    ),
    key(
        "outro",
        false,
        Value::Text,
        "Đoạn cuối của mục, in sau các ý và các mục con.",
        "The section's last paragraphs, printed after its items and subsections.",
    ),
    key(
        "table",
        false,
        Value::Map(Owner::Table),
        "Bảng, in sau các ý của mục.",
        "A table, printed after the section's items.",
    ),
];

const LIST_VI: &str = "Cách in các ý: `paragraph` (mỗi ý một đoạn, mặc định), `dash` \
     (\"- \"), `plus` (\"+ \"), `numbered` (\"1. \") hoặc `letter` (\"a) \").";
const LIST_EN: &str = "How items print: `paragraph` (each its own paragraph, the \
     default), `dash` (\"- \"), `plus` (\"+ \"), `numbered` (\"1. \") or `letter` \
     (\"a) \").";

const ITEM: [Key; 3] = [
    key("text", true, Value::Text, "Nội dung của ý.", "The item's text."),
    key(
        "items",
        false,
        Value::Items,
        "Các ý con, in ngay sau ý này (tối đa hai cấp).",
        "Nested items, printed right after this one (two levels at most).",
    ),
    key(
        "list",
        false,
        Value::Choice(&ListStyle::NAMES),
        "Cách in các ý con; mặc định `plus` dưới ý `dash`, còn lại `dash`.",
        "How the nested items print; default `plus` under a `dash` item, else `dash`.",
    ),
];

const LEVEL: [Key; 2] = [
    key(
        "pattern",
        true,
        Value::Choice(&Pattern::NAMES),
        "Kiểu đánh số: `I.`, `1.`, `1-`, `1.1.`, `1.1-`, `1.1.1.`, `a)`, `a-`, `A.`, \
         `-`, `+`, `*` hoặc `none`.",
        "The number pattern: `I.`, `1.`, `1-`, `1.1.`, `1.1-`, `1.1.1.`, `a)`, `a-`, \
         `A.`, `-`, `+`, `*` or `none`.",
    ),
    key(
        "look",
        false,
        Value::Choice(&Look::NAMES),
        "Kiểu chữ của tiêu đề: `bold`, `italic`, `bold-italic`, `regular` hoặc \
         `upper-bold` (in hoa, đậm). Bỏ trống thì theo kiểu đánh số.",
        "How the heading prints: `bold`, `italic`, `bold-italic`, `regular` or \
         `upper-bold`. Left out, the pattern's own look.",
    ),
];

const TABLE: [Key; 3] = [
    key(
        "columns",
        true,
        Value::List(Owner::Column),
        "Các cột, từ trái sang phải, mỗi cột có `title`.",
        "The columns, left to right, each with a `title`.",
    ),
    key(
        "number",
        false,
        Value::Bool,
        "`true`: công cụ đánh số cột đầu 1, 2, 3 …; mỗi hàng khi đó bớt một ô.",
        "`true`: the tool numbers the first column 1, 2, 3 …; each row then gives \
         one cell fewer.",
    ),
    key(
        "rows",
        true,
        Value::TableRows,
        "Các hàng: mỗi hàng là danh sách ô, hoặc `{ group: … }` cho một hàng nhóm in \
         đậm suốt chiều ngang bảng.",
        "The rows: each a list of cells, or `{ group: … }` for a bold full-width group \
         row.",
    ),
];

const COLUMN: [Key; 4] = [
    key(
        "title",
        true,
        Value::Text,
        "Tiêu đề cột, in đậm ở hàng đầu bảng, lặp lại ở đầu mỗi trang.",
        "The column's header, bold, repeated at the top of every page.",
    ),
    key(
        "width",
        false,
        Value::Width,
        "Độ rộng theo mm: `35mm`. Các cột không ghi độ rộng chia đều phần còn lại.",
        "The width in mm: `35mm`. Columns without a width share the rest equally.",
    ),
    key(
        "align",
        false,
        Value::Choice(&Align::NAMES),
        "Căn lề các ô: `left` (mặc định), `center` hoặc `right`.",
        "How the cells align: `left` (the default), `center` or `right`.",
    ),
    key(
        "group",
        false,
        Value::Text,
        "Tiêu đề chung của các cột liền nhau có cùng `group`, in ở hàng tiêu đề trên.",
        "A header shared by neighbouring columns with the same `group`, in an upper \
         header row.",
    ),
];

const CELL: [Key; 2] = [
    key("text", true, Value::Text, "Nội dung ô.", "The cell's text."),
    key(
        "rows",
        false,
        Value::RowCount,
        "Số hàng ô gộp xuống; các hàng dưới bớt một ô ở cột này.",
        "How many rows the cell spans down; the rows below give one cell fewer in \
         this column.",
    ),
];

const GROUP_ROW: [Key; 1] = [key(
    "group",
    true,
    Value::Text,
    "Hàng nhóm in đậm suốt chiều ngang bảng: `Quý III`.",
    "A bold full-width group row: `Quý III`.",
)];

const APPENDIX: [Key; 10] = [
    key(
        "title",
        true,
        Value::Text,
        "Tên phụ lục, in hoa, căn giữa.",
        "The appendix's title, printed in upper case, centred.",
    ),
    key(
        "intro",
        false,
        Value::Text,
        "Đoạn mở đầu của phụ lục.",
        "The appendix's first paragraph.",
    ),
    key(
        "list",
        false,
        Value::Choice(&ListStyle::NAMES),
        "Cách in các ý, như ở một mục.",
        "How items print, as in a section.",
    ),
    key("items", false, Value::Items, "Các ý của phụ lục.", "The appendix's items."),
    key(
        "sections",
        false,
        Value::List(Owner::Section),
        "Các mục của phụ lục, đánh số như một văn bản riêng.",
        "The appendix's sections, numbered as a document of their own.",
    ),
    key(
        "table",
        false,
        Value::Map(Owner::Table),
        "Bảng của phụ lục.",
        "The appendix's table.",
    ),
    key(
        "outro",
        false,
        Value::Text,
        "Đoạn cuối của phụ lục, in sau các ý, bảng và các mục.",
        "The appendix's last paragraphs, after its items, table and sections.",
    ),
    key(
        "numbering",
        false,
        Value::Numbering,
        "Kiểu đánh số các mục của phụ lục, như `numbering` của văn bản; bỏ trống thì \
         theo `numbering` của văn bản.",
        "The number patterns of the appendix's sections, as the plan's `numbering`; \
         left out, the plan's.",
    ),
    key(
        "landscape",
        false,
        Value::Bool,
        "`true`: in trên khổ A4 nằm ngang (cho bảng rộng).",
        "`true`: A4 landscape pages (for wide tables).",
    ),
    key(
        "header",
        false,
        Value::Bool,
        "`true`: in lại phần đầu văn bản (tên cơ quan, quốc hiệu hoặc tiêu đề Đảng; \
         không có số và ngày) ở đầu trang đầu của phụ lục.",
        "`true`: repeats the document's header block (issuer, national or Party \
         heading; no number or date) at the top of the appendix's first page.",
    ),
];

const MEETINGS: [Key; 3] = [
    key(
        "title",
        false,
        Value::Text,
        "Tiêu đề; mặc định \"Một số cuộc họp chính trong tháng\" (quý, năm).",
        "The heading; default \"Một số cuộc họp chính trong tháng\" (quý, năm).",
    ),
    key(
        "items",
        true,
        Value::List(Owner::Meeting),
        "Các cuộc họp, đánh số theo thứ tự.",
        "The meetings, numbered in order.",
    ),
    key(
        "note",
        false,
        Value::Text,
        "Ghi chú, in nghiêng trong ngoặc đơn.",
        "A note, printed in italics between parentheses.",
    ),
];

const MEETING: [Key; 4] = [
    key(
        "name",
        true,
        Value::Text,
        "Tên cuộc họp: `Hội nghị BTV Đảng ủy`.",
        "The meeting: `Hội nghị BTV Đảng ủy`.",
    ),
    key(
        "date",
        false,
        Value::Date,
        "Ngày họp, trong kỳ (`date` hoặc `every`).",
        "The day it meets, inside the period (`date` or `every`).",
    ),
    key(
        "every",
        false,
        Value::Choice(&Weekday::NAMES),
        "Họp hàng tuần vào thứ: `monday` … `sunday` (`date` hoặc `every`).",
        "Meets every week on this day: `monday` … `sunday` (`date` or `every`).",
    ),
    key(
        "time",
        false,
        Value::Time,
        "Giờ họp: `\"08:00\"`, `\"19:30\"`.",
        "The time: `\"08:00\"`, `\"19:30\"`.",
    ),
];

const SIGNER: [Key; 7] = [
    key(
        "on_behalf",
        false,
        Value::Text,
        "Ký thay mặt tập thể: `Đảng ủy` → \"T/M ĐẢNG ỦY\" / \"TM. ĐẢNG ỦY\".",
        "Signing for a collective body: `Đảng ủy` → \"T/M ĐẢNG ỦY\" / \"TM. ĐẢNG ỦY\".",
    ),
    key(
        "deputy_for",
        false,
        Value::Text,
        "Cấp phó ký thay người đứng đầu: `Chủ tịch` → \"K/T CHỦ TỊCH\" / \"KT. CHỦ TỊCH\".",
        "A deputy signing for the head: `Chủ tịch` → \"K/T CHỦ TỊCH\" / \"KT. CHỦ TỊCH\".",
    ),
    key(
        "by_order_of",
        false,
        Value::Text,
        "Ký thừa lệnh: `Ban Thường vụ` → \"T/L BAN THƯỜNG VỤ\".",
        "Signing by order: `Ban Thường vụ` → \"T/L BAN THƯỜNG VỤ\".",
    ),
    key(
        "by_authority_of",
        false,
        Value::Text,
        "Ký thừa ủy quyền (chỉ văn bản nhà nước): `Chủ tịch` → \"TUQ. CHỦ TỊCH\".",
        "Signing by authority (state only): `Chủ tịch` → \"TUQ. CHỦ TỊCH\".",
    ),
    key(
        "acting",
        false,
        Value::Bool,
        "`true`: quyền, in \"Q. \" trước chức vụ.",
        "`true`: acting head, \"Q. \" before the title.",
    ),
    key(
        "title",
        true,
        Value::Text,
        "Chức vụ người ký: `Phó Bí thư`.",
        "The signer's title: `Phó Bí thư`.",
    ),
    key(
        "name",
        true,
        Value::Text,
        "Họ và tên người ký: `Hoàng Trọng Hiếu`.",
        "The signer's name: `Hoàng Trọng Hiếu`.",
    ),
];

/// The names of `keys`, in order.
const fn names<const N: usize>(keys: &[Key; N]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = keys[i].name;
        i += 1;
    }
    out
}

const PLAN_NAMES: [&str; 29] = names(&PLAN);
const ISSUER_NAMES: [&str; 3] = names(&ISSUER);
const DIRECTIVE_NAMES: [&str; 5] = names(&DIRECTIVE);
const ANNIVERSARY_NAMES: [&str; 2] = names(&ANNIVERSARY);
const SECTION_NAMES: [&str; 8] = names(&SECTION);
const TABLE_NAMES: [&str; 3] = names(&TABLE);
const COLUMN_NAMES: [&str; 4] = names(&COLUMN);
const CELL_NAMES: [&str; 2] = names(&CELL);
const GROUP_ROW_NAMES: [&str; 1] = names(&GROUP_ROW);
const APPENDIX_NAMES: [&str; 10] = names(&APPENDIX);
const ITEM_NAMES: [&str; 3] = names(&ITEM);
const LEVEL_NAMES: [&str; 2] = names(&LEVEL);
const MEETINGS_NAMES: [&str; 3] = names(&MEETINGS);
const MEETING_NAMES: [&str; 4] = names(&MEETING);
const SIGNER_NAMES: [&str; 7] = names(&SIGNER);

impl Owner {
    /// Every mapping of the format, the top level first.
    pub(crate) const ALL: [Owner; 15] = [
        Self::Plan,
        Self::Issuer,
        Self::Directive,
        Self::Anniversary,
        Self::Section,
        Self::Item,
        Self::Level,
        Self::Meetings,
        Self::Meeting,
        Self::Signer,
        Self::Table,
        Self::Column,
        Self::Cell,
        Self::GroupRow,
        Self::Appendix,
    ];

    /// The keys of this mapping, in the order of `plan-format.md`.
    pub(crate) fn keys(self) -> &'static [Key] {
        match self {
            Self::Plan => &PLAN,
            Self::Issuer => &ISSUER,
            Self::Directive => &DIRECTIVE,
            Self::Anniversary => &ANNIVERSARY,
            Self::Section => &SECTION,
            Self::Item => &ITEM,
            Self::Level => &LEVEL,
            Self::Meetings => &MEETINGS,
            Self::Meeting => &MEETING,
            Self::Signer => &SIGNER,
            Self::Table => &TABLE,
            Self::Column => &COLUMN,
            Self::Cell => &CELL,
            Self::GroupRow => &GROUP_ROW,
            Self::Appendix => &APPENDIX,
        }
    }

    /// The names of [`Owner::keys`], for "unknown key" checks and suggestions.
    pub(crate) fn names(self) -> &'static [&'static str] {
        match self {
            Self::Plan => &PLAN_NAMES,
            Self::Issuer => &ISSUER_NAMES,
            Self::Directive => &DIRECTIVE_NAMES,
            Self::Anniversary => &ANNIVERSARY_NAMES,
            Self::Section => &SECTION_NAMES,
            Self::Item => &ITEM_NAMES,
            Self::Level => &LEVEL_NAMES,
            Self::Meetings => &MEETINGS_NAMES,
            Self::Meeting => &MEETING_NAMES,
            Self::Signer => &SIGNER_NAMES,
            Self::Table => &TABLE_NAMES,
            Self::Column => &COLUMN_NAMES,
            Self::Cell => &CELL_NAMES,
            Self::GroupRow => &GROUP_ROW_NAMES,
            Self::Appendix => &APPENDIX_NAMES,
        }
    }

    /// The key named `name`.
    pub(crate) fn key(self, name: &str) -> Option<&'static Key> {
        self.keys().iter().find(|k| k.name == name)
    }

    /// Groups of keys of which a mapping must have exactly one: a meeting has
    /// `date` or `every`.
    pub(crate) fn one_of(self) -> &'static [&'static str] {
        match self {
            Self::Meeting => &["date", "every"],
            _ => &[],
        }
    }

    /// The mapping's name: `plan`, `issuer`, `directive`, …
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Plan => "plan",
            Self::Issuer => "issuer",
            Self::Directive => "directive",
            Self::Anniversary => "anniversary",
            Self::Section => "section",
            Self::Item => "item",
            Self::Level => "numbering-level",
            Self::Meetings => "meetings",
            Self::Meeting => "meeting",
            Self::Signer => "signer",
            Self::Table => "table",
            Self::Column => "column",
            Self::Cell => "cell",
            Self::GroupRow => "group_row",
            Self::Appendix => "appendix",
        }
    }

    /// What the mapping is, in Vietnamese and in English.
    pub(crate) fn describe(self) -> (&'static str, &'static str) {
        match self {
            Self::Plan => (
                "Một chương trình hoặc kế hoạch công tác (plan-format.md).",
                "A work program or plan (plan-format.md).",
            ),
            Self::Issuer => ("Cơ quan ban hành.", "The issuing body."),
            Self::Directive => {
                ("Một văn bản được trích dẫn.", "A document the text cites.")
            }
            Self::Anniversary => (
                "Một sự kiện có ngày kỷ niệm được nhắc đến.",
                "An event whose anniversary the text mentions.",
            ),
            Self::Section => ("Một mục của nội dung.", "A section of the body."),
            Self::Item => (
                "Một ý có các ý con: `{ text, items, list }`.",
                "An item with nested items: `{ text, items, list }`.",
            ),
            Self::Level => (
                "Kiểu đánh số một cấp, có kiểu chữ riêng: `{ pattern, look }`.",
                "One level's pattern with its own look: `{ pattern, look }`.",
            ),
            Self::Meetings => ("Các cuộc họp chính.", "The main meetings."),
            Self::Meeting => (
                "Một cuộc họp: `date` (một ngày) hoặc `every` (hàng tuần).",
                "A meeting: `date` (one day) or `every` (weekly).",
            ),
            Self::Signer => ("Người ký.", "Who signs."),
            Self::Table => (
                "Một bảng: `columns`, `rows` và `number` nếu đánh số cột đầu.",
                "A table: `columns`, `rows`, and `number` to number the first column.",
            ),
            Self::Column => ("Một cột của bảng.", "A column of a table."),
            Self::Cell => (
                "Một ô gộp nhiều hàng: `{ text: …, rows: 3 }`.",
                "A cell spanning rows: `{ text: …, rows: 3 }`.",
            ),
            Self::GroupRow => (
                "Một hàng nhóm in đậm suốt chiều ngang bảng.",
                "A bold full-width group row.",
            ),
            Self::Appendix => (
                "Một phụ lục: `title` và nội dung như một mục.",
                "An appendix: a `title` and the content of a section.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_tables() {
        for owner in Owner::ALL {
            let names: Vec<&str> = owner.keys().iter().map(|k| k.name).collect();
            assert_eq!(names, owner.names(), "{owner:?}");
        }
    }

    #[test]
    fn shared_keys_are_plan_keys() {
        for name in SHARED {
            assert!(Owner::Plan.key(name).is_some(), "{name}");
        }
    }

    /// The help of `include` (the schema's description) names every key an
    /// included file may set: it did not when four were added.
    #[test]
    fn include_help_names_every_shared_key() {
        let include = Owner::Plan.key("include").expect("the include key");
        for name in SHARED.into_iter().filter(|&name| name != "include") {
            assert!(include.en.contains(name), "{name} missing from: {}", include.en);
        }
    }

    #[test]
    fn one_of_keys_exist_and_are_optional() {
        for owner in Owner::ALL {
            for name in owner.one_of() {
                let key = owner.key(name).expect("a key of the table");
                assert!(!key.required, "{owner:?}.{name}");
            }
        }
    }
}
