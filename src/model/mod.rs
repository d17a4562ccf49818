//! The typed plan: what the YAML says, every user value with its [`Span`].
//!
//! Built by `load` from the YAML text, read by `resolve`. Nothing here is
//! checked beyond its type: references, dates against the period, empty lists
//! and the like are `resolve`'s job. Mirrors `plan-format.md`, "Keys".

mod frame;
pub(crate) mod key_help;
pub(crate) mod keys;
mod period;
mod structure;
pub(crate) mod table;
pub(crate) mod text;

pub use frame::{CitationStyle, DateForm, Frame, YearMonth};
pub use period::{Period, PeriodError, PeriodKind, iso_weeks_in, week_monday};
pub use structure::{HeadingMode, Item, Look, NumberingLevel, Pattern};
pub use table::{Align, Appendix, Cell, Column, Row, Table};

use chrono::NaiveDate;

use crate::source::{Span, Spanned};

/// A text value as written: may hold `**bold**`, `*italic*` and `{id}`
/// references, parsed by [`text::parse`].
pub type Text = Spanned<String>;

/// *Chương trình* (CTr) or *kế hoạch* (KH): `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `chuong-trinh`: CHƯƠNG TRÌNH, symbol CTr.
    ChuongTrinh,
    /// `ke-hoach`: KẾ HOẠCH, symbol KH.
    KeHoach,
}

impl Kind {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 2] = ["chuong-trinh", "ke-hoach"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "chuong-trinh" => Some(Self::ChuongTrinh),
            "ke-hoach" => Some(Self::KeHoach),
            _ => None,
        }
    }
}

/// Party or state layout: `style`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `dang`: Party documents (HD 36 / HD 05).
    Dang,
    /// `nha-nuoc`: state documents (NĐ 30/2020).
    NhaNuoc,
}

impl Style {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 2] = ["dang", "nha-nuoc"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "dang" => Some(Self::Dang),
            "nha-nuoc" => Some(Self::NhaNuoc),
            _ => None,
        }
    }

    /// The YAML value.
    pub fn name(self) -> &'static str {
        match self {
            Self::Dang => "dang",
            Self::NhaNuoc => "nha-nuoc",
        }
    }
}

/// A pinned rule set: `rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleSetId {
    /// `hd36-2018`: Hướng dẫn 36-HD/VPTW (Party, until 26/5/2026).
    Hd36,
    /// `hd05-2026`: Hướng dẫn 05-HD/VPTW (Party, from 27/5/2026).
    Hd05,
    /// `nd30-2020`: Nghị định 30/2020/NĐ-CP (state).
    Nd30,
}

impl RuleSetId {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 3] = ["hd36-2018", "hd05-2026", "nd30-2020"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "hd36-2018" => Some(Self::Hd36),
            "hd05-2026" => Some(Self::Hd05),
            "nd30-2020" => Some(Self::Nd30),
            _ => None,
        }
    }

    /// The YAML value.
    pub fn name(self) -> &'static str {
        match self {
            Self::Hd36 => "hd36-2018",
            Self::Hd05 => "hd05-2026",
            Self::Nd30 => "nd30-2020",
        }
    }
}

/// Where the tone mark goes on *oa*, *oe*, *uy* with no final consonant:
/// `spelling` (see `plan-format.md`, "Text checks").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Spelling {
    /// `old`: on the first vowel, "hòa", "xóa", "thủy" (*kiểu cũ*).
    Old,
    /// `new`: on the second vowel, "hoà", "xoá", "thuỷ" (*kiểu mới*).
    New,
}

impl Spelling {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 2] = ["old", "new"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "old" => Some(Self::Old),
            "new" => Some(Self::New),
            _ => None,
        }
    }
}

/// The keys that tune the text checks (`allow`, `spelling`, `words`).
#[derive(Debug, Clone, Default)]
pub struct Proofing {
    /// `allow`: warning codes the plan silences, as written.
    pub allow: Vec<Spanned<String>>,
    /// `spelling`: the tone-mark placement the plan keeps to.
    pub spelling: Option<Spanned<Spelling>>,
    /// `words`: words the syllable check skips (the plan's and its includes').
    pub words: Vec<Spanned<String>>,
    /// The settings (`allow`, `words`, `spelling`) that could not be read:
    /// misspelt, or of the wrong type, an error in itself. The warnings they
    /// govern are left unreported until they are fixed
    /// (`proofread::allowed`).
    pub unread: Vec<&'static str>,
}

/// One plan file, includes merged.
#[derive(Debug, Clone)]
pub struct Plan {
    /// `kind`.
    pub kind: Spanned<Kind>,
    /// `style`.
    pub style: Spanned<Style>,
    /// `rules`, when pinned.
    pub rules: Option<Spanned<RuleSetId>>,
    /// `period`.
    pub period: Spanned<Period>,
    /// `number`: the number part of the document number.
    pub number: Option<Spanned<u32>>,
    /// `date`: the signing date.
    pub date: Option<Spanned<NaiveDate>>,
    /// `place`: the place name on the date line.
    pub place: Spanned<String>,
    /// `title`: the summary line; `None` takes the default from kind and period.
    pub title: Option<Text>,
    /// `issuer`.
    pub issuer: Issuer,
    /// `directives`, in the order written.
    pub directives: Vec<Directive>,
    /// `anniversaries`, in the order written.
    pub anniversaries: Vec<Anniversary>,
    /// `intro`.
    pub intro: Option<Text>,
    /// `sections`.
    pub sections: Spanned<Vec<Section>>,
    /// `numbering`: the number pattern of each section level, as written
    /// (at most four entries).
    pub numbering: Option<Spanned<Vec<NumberingLevel>>>,
    /// `meetings`.
    pub meetings: Option<Meetings>,
    /// `closing`; optional (`plan-format.md`, "`closing` is optional"): without
    /// it the end mark goes at the end of the last body paragraph.
    pub closing: Option<Text>,
    /// `recipients`, as written (punctuation is the tool's job).
    pub recipients: Spanned<Vec<Spanned<String>>>,
    /// `archive`: what follows "Lưu".
    pub archive: Spanned<String>,
    /// `signer`.
    pub signer: Signer,
    /// `draft`.
    pub draft: Option<Spanned<bool>>,
    /// `appendices`, in order.
    pub appendices: Vec<Appendix>,
    /// The frame keys of version 2 (`date: YYYY-MM`, `dates`, `citations`,
    /// `type_name`, `electronic_recipients`).
    pub frame: Frame,
    /// `allow`, `spelling` and `words`.
    pub proofing: Proofing,
    /// Every text value read (of any key, in the plan and its includes), in
    /// the order read: what the text checks look at, so that a new text key
    /// is checked without naming it.
    pub texts: Vec<Text>,
}

/// `issuer`: the body that issues the document.
#[derive(Debug, Clone)]
pub struct Issuer {
    /// `issuer.parent`: "Đảng bộ thành phố Bắc Giang".
    pub parent: Option<Spanned<String>>,
    /// `issuer.name`: "Đảng ủy phường Mỹ Độ".
    pub name: Spanned<String>,
    /// `issuer.abbr`: "ĐU".
    pub abbr: Spanned<String>,
}

/// `directives.ID`: a document the text cites.
#[derive(Debug, Clone)]
pub struct Directive {
    /// The id used in `{id}` references.
    pub id: Spanned<String>,
    /// `type`: "Kết luận".
    pub doc_type: Spanned<String>,
    /// `number`: "01-KL/TW".
    pub number: Spanned<String>,
    /// `date`: 2021-05-18.
    pub date: Spanned<NaiveDate>,
    /// `by`: "Bộ Chính trị".
    pub by: Spanned<String>,
    /// `about`: what it is about, for `{id:full}`.
    pub about: Option<Spanned<String>>,
}

/// `anniversaries.ID`: an event whose anniversary the text mentions.
#[derive(Debug, Clone)]
pub struct Anniversary {
    /// The id used in `{id}` references.
    pub id: Spanned<String>,
    /// `name`: "Ngày sinh C.Mác".
    pub name: Spanned<String>,
    /// `date`: the event's date, 1818-05-05.
    pub date: Spanned<NaiveDate>,
}

/// `list`: how a section prints its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ListStyle {
    /// `paragraph`: each item its own indented paragraph (the default).
    #[default]
    Paragraph,
    /// `dash`: each item starts with "- ".
    Dash,
    /// `plus`: each item starts with "+ ".
    Plus,
    /// `numbered`: "1. ", "2. " …
    Numbered,
    /// `letter`: "a) ", "b) " … in the Vietnamese letter order.
    Letter,
}

impl ListStyle {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 5] =
        ["paragraph", "dash", "plus", "numbered", "letter"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "paragraph" => Some(Self::Paragraph),
            "dash" => Some(Self::Dash),
            "plus" => Some(Self::Plus),
            "numbered" => Some(Self::Numbered),
            "letter" => Some(Self::Letter),
            _ => None,
        }
    }

    /// The YAML value.
    pub fn name(self) -> &'static str {
        match self {
            Self::Paragraph => "paragraph",
            Self::Dash => "dash",
            Self::Plus => "plus",
            Self::Numbered => "numbered",
            Self::Letter => "letter",
        }
    }
}

/// One entry of `sections` (or of a section's `sections`).
#[derive(Debug, Clone)]
pub struct Section {
    /// The whole mapping, for "empty section" reports.
    pub span: Span,
    /// `title`.
    pub title: Text,
    /// `heading`: own line or run in; `None` takes the default
    /// (`plan-format.md`, "Headings").
    pub heading: Option<Spanned<HeadingMode>>,
    /// `intro`.
    pub intro: Option<Text>,
    /// `list`.
    pub list: Spanned<ListStyle>,
    /// `items`.
    pub items: Vec<Item>,
    /// `sections`: one more level (four levels in all).
    pub sections: Vec<Section>,
    /// `outro`: printed after the items and subsections.
    pub outro: Option<Text>,
    /// `table`, printed after the items.
    pub table: Option<Table>,
}

/// `meetings`: the block of main meetings.
#[derive(Debug, Clone)]
pub struct Meetings {
    /// The whole mapping.
    pub span: Span,
    /// `title`; `None` takes the default from the period.
    pub title: Option<Text>,
    /// `items`.
    pub items: Vec<Meeting>,
    /// `note`, printed in italics between parentheses.
    pub note: Option<Text>,
}

/// A day of the week, for `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weekday {
    /// `monday`
    Monday,
    /// `tuesday`
    Tuesday,
    /// `wednesday`
    Wednesday,
    /// `thursday`
    Thursday,
    /// `friday`
    Friday,
    /// `saturday`
    Saturday,
    /// `sunday`
    Sunday,
}

impl Weekday {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 7] =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "monday" => Self::Monday,
            "tuesday" => Self::Tuesday,
            "wednesday" => Self::Wednesday,
            "thursday" => Self::Thursday,
            "friday" => Self::Friday,
            "saturday" => Self::Saturday,
            "sunday" => Self::Sunday,
            _ => return None,
        })
    }

    /// The matching chrono weekday.
    pub fn to_chrono(self) -> chrono::Weekday {
        match self {
            Self::Monday => chrono::Weekday::Mon,
            Self::Tuesday => chrono::Weekday::Tue,
            Self::Wednesday => chrono::Weekday::Wed,
            Self::Thursday => chrono::Weekday::Thu,
            Self::Friday => chrono::Weekday::Fri,
            Self::Saturday => chrono::Weekday::Sat,
            Self::Sunday => chrono::Weekday::Sun,
        }
    }
}

/// A time of day, `time: "19:30"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    /// 0–23.
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
}

/// When a meeting happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// `date` (with optional `time`).
    Dated(Spanned<NaiveDate>),
    /// `every`: a weekday, every week.
    Weekly(Spanned<Weekday>),
}

/// One entry of `meetings.items`.
#[derive(Debug, Clone)]
pub struct Meeting {
    /// The whole entry.
    pub span: Span,
    /// `name`: "Hội nghị BTV Đảng ủy".
    pub name: Text,
    /// `date` or `every`.
    pub when: When,
    /// `time`.
    pub time: Option<Spanned<TimeOfDay>>,
}

/// `signer`: who signs and in what capacity (`plan-format.md`, "Signature").
#[derive(Debug, Clone)]
pub struct Signer {
    /// The whole mapping.
    pub span: Span,
    /// `on_behalf`: "Đảng ủy" → "T/M ĐẢNG ỦY" / "TM. ĐẢNG ỦY".
    pub on_behalf: Option<Spanned<String>>,
    /// `deputy_for`: "Chủ tịch" → "K/T CHỦ TỊCH" / "KT. CHỦ TỊCH".
    pub deputy_for: Option<Spanned<String>>,
    /// `by_order_of`: "Ban Thường vụ" → "T/L BAN THƯỜNG VỤ" / "TL. …".
    pub by_order_of: Option<Spanned<String>>,
    /// `by_authority_of`: "Chủ tịch" → "TUQ. CHỦ TỊCH" (state only).
    pub by_authority_of: Option<Spanned<String>>,
    /// `acting`: "Q. " before the title.
    pub acting: Option<Spanned<bool>>,
    /// `title`: "Phó Bí thư".
    pub title: Spanned<String>,
    /// `name`: "Hoàng Trọng Hiếu".
    pub name: Spanned<String>,
}

/// What a plan loaded with errors lacks.
///
/// When `load` finds errors it still builds a [`Plan`], with placeholders
/// where a value is missing or invalid, so that `resolve` can report the
/// problems of the rest of the file in the same run. These flags name the
/// placeholders: a check that would read one is skipped, so a missing key
/// never causes a cascade of follow-on errors. A plan loaded without errors
/// has no gaps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gaps {
    /// `style` is a placeholder: checks of the signature and of `rules` are skipped.
    pub style: bool,
    /// `period` is a placeholder: checks of dates against it are skipped.
    pub period: bool,
    /// `sections` is a placeholder or lost a section: "`sections` is empty"
    /// is not reported, nor any definition as never referenced.
    pub sections: bool,
    /// `recipients` lost an item or is a placeholder: "empty" is not reported.
    pub recipients: bool,
    /// A text that may hold `{id}` references was not read: "never
    /// referenced" cannot be told and is not reported.
    pub texts: bool,
    /// Sections with an error inside: "the section is empty" is not reported.
    pub broken_sections: Vec<Span>,
    /// Some definitions may not have been read (an included file, a whole
    /// `directives` or `anniversaries` mapping, a misspelt top-level key
    /// holding a mapping of mappings, content dropped with a repeated key or
    /// an alias): no reference is reported as unknown.
    pub definitions: bool,
    /// Ids of directives and anniversaries whose entry has an error:
    /// references to them are not reported as unknown.
    pub failed_ids: Vec<String>,
}
