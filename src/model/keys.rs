//! The keys of the plan format, one table per mapping (`plan-format.md`,
//! "Keys"): each key's name, whether it is required, the kind of value it
//! holds, and what it means in Vietnamese and English.
//!
//! The loader checks unknown and missing keys against these tables, and
//! `plan schema` builds the JSON Schema from them, so the schema an editor
//! uses cannot drift from what `plan check` accepts. How each value is read
//! (dates, periods, numbers …) stays in `load`; the [`Value`] of a key only
//! names that reading.

use super::{HeadingMode, Kind, ListStyle, Look, Pattern, RuleSetId, Style, Weekday};

/// The mappings of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Owner {
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
}

/// What a key holds, as the loader reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// Any text (a number or `true` written as text is text too); may hold
    /// `**bold**`, `*italic*` and `{id}` references.
    Text,
    /// A list of texts.
    TextList,
    /// A date `YYYY-MM-DD` that exists.
    Date,
    /// `2024-05`, `2024-Q2` or `2024`.
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
}

/// One key of a mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
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
/// `include`): the parts a body reuses from one plan to the next.
pub const SHARED: [&str; 8] = [
    "directives",
    "anniversaries",
    "issuer",
    "signer",
    "recipients",
    "archive",
    "place",
    "include",
];

/// The pattern of an id in `directives` and `anniversaries`.
pub const ID_PATTERN: &str = "^[A-Za-z][A-Za-z0-9_-]*$";

const PLAN: [Key; 21] = [
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
        "Kỳ của văn bản: tháng `2024-05`, quý `2024-Q2` hoặc năm `2024`.",
        "The period covered: a month `2024-05`, a quarter `2024-Q2` or a year `2024`.",
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
        Value::Date,
        "Ngày ký, dạng `2024-05-02`. Bỏ trống thì để trống ngày; tháng và năm lấy theo kỳ.",
        "The signing date, as `2024-05-02`. Left out, the day is left blank and the \
         month and year come from `period`.",
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
        true,
        Value::Text,
        "Đoạn kết thúc (\"Trên đây là …\").",
        "The closing paragraph (\"Trên đây là …\").",
    ),
    key(
        "recipients",
        true,
        Value::TextList,
        "Nơi nhận; công cụ tự thêm \"- \" và dấu cuối dòng.",
        "The recipients; the tool adds the leading \"- \" and the line-end punctuation.",
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
        "draft",
        false,
        Value::Bool,
        "`true` in dấu \"DỰ THẢO\".",
        "`true` prints the \"DỰ THẢO\" (draft) mark.",
    ),
    key(
        "include",
        false,
        Value::Files,
        "Các tệp YAML dùng chung (đường dẫn tính từ tệp này): văn bản trích dẫn, ngày \
         kỷ niệm, cơ quan ban hành, người ký, nơi nhận. Bảng ghép theo khóa, tệp này \
         được ưu tiên; danh sách bị thay thế.",
        "Shared YAML files (paths relative to this file): directives, anniversaries, \
         issuer, signer, recipients. Mappings merge by key and this file wins; lists \
         are replaced.",
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

const SECTION: [Key; 7] = [
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

const PLAN_NAMES: [&str; 21] = names(&PLAN);
const ISSUER_NAMES: [&str; 3] = names(&ISSUER);
const DIRECTIVE_NAMES: [&str; 5] = names(&DIRECTIVE);
const ANNIVERSARY_NAMES: [&str; 2] = names(&ANNIVERSARY);
const SECTION_NAMES: [&str; 7] = names(&SECTION);
const ITEM_NAMES: [&str; 3] = names(&ITEM);
const LEVEL_NAMES: [&str; 2] = names(&LEVEL);
const MEETINGS_NAMES: [&str; 3] = names(&MEETINGS);
const MEETING_NAMES: [&str; 4] = names(&MEETING);
const SIGNER_NAMES: [&str; 7] = names(&SIGNER);

impl Owner {
    /// Every mapping of the format, the top level first.
    pub const ALL: [Owner; 10] = [
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
    ];

    /// The keys of this mapping, in the order of `plan-format.md`.
    pub fn keys(self) -> &'static [Key] {
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
        }
    }

    /// The names of [`Owner::keys`], for "unknown key" checks and suggestions.
    pub fn names(self) -> &'static [&'static str] {
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
        }
    }

    /// The key named `name`.
    pub fn key(self, name: &str) -> Option<&'static Key> {
        self.keys().iter().find(|k| k.name == name)
    }

    /// Groups of keys of which a mapping must have exactly one: a meeting has
    /// `date` or `every`.
    pub fn one_of(self) -> &'static [&'static str] {
        match self {
            Self::Meeting => &["date", "every"],
            _ => &[],
        }
    }

    /// The mapping's name: `plan`, `issuer`, `directive`, …
    pub fn name(self) -> &'static str {
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
        }
    }

    /// What the mapping is, in Vietnamese and in English.
    pub fn describe(self) -> (&'static str, &'static str) {
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
