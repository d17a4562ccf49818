//! Every message the loader prints, in one place so the wording is reviewed
//! together (`style.md` §5): lower case, no final period, keys and values in
//! backticks, a help line that says how to fix the problem.

use std::path::Path;

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{MAX_FILE_BYTES, NotUtf8, Span, size_text};
use crate::suggest::nearest;

/// The YAML cannot be read: the scanner's complaint, in plain words.
pub(crate) const YAML_SYNTAX: &str = "plan::yaml_syntax";
/// A tab where YAML wants spaces.
pub(crate) const TAB_INDENT: &str = "plan::tab_indent";
/// `&anchor` or `*alias`.
pub(crate) const YAML_ANCHOR: &str = "plan::yaml_anchor";
/// `!tag`.
pub(crate) const YAML_TAG: &str = "plan::yaml_tag";
/// More than [`super::yaml::MAX_DEPTH`] nested lists and mappings, or
/// includes nested too deeply.
pub(crate) const TOO_DEEP: &str = "plan::too_deep";
/// A file with more than [`super::yaml::MAX_NODES`] values, larger than
/// [`MAX_FILE_BYTES`], or a plan with too many included files.
pub(crate) const TOO_LARGE: &str = "plan::too_large";
/// A second `---` document in one file.
pub(crate) const MULTIPLE_DOCUMENTS: &str = "plan::multiple_documents";
/// A file with no YAML document.
pub(crate) const EMPTY_FILE: &str = "plan::empty_file";
/// A file that is not UTF-8.
pub(crate) const NOT_UTF8: &str = "plan::not_utf8";
/// The same key twice in one mapping.
pub(crate) const DUPLICATE_KEY: &str = "plan::duplicate_key";
/// A key the format does not know.
pub(crate) const UNKNOWN_KEY: &str = "plan::unknown_key";
/// A required key left out.
pub(crate) const MISSING_KEY: &str = "plan::missing_key";
/// Two keys that exclude each other.
pub(crate) const CONFLICTING_KEYS: &str = "plan::conflicting_keys";
/// A value of the wrong shape: a list for text, text for a date, …
pub(crate) const WRONG_TYPE: &str = "plan::wrong_type";
/// A value outside a closed set (`kind`, `style`, `rules`, `list`, `every`).
pub(crate) const INVALID_VALUE: &str = "plan::invalid_value";
/// A date of the right shape that is not in the calendar.
pub(crate) const INVALID_DATE: &str = "plan::invalid_date";
/// A `period` that is not a month, quarter or year.
pub(crate) const INVALID_PERIOD: &str = "plan::invalid_period";
/// A `time` that is not HH:MM.
pub(crate) const INVALID_TIME: &str = "plan::invalid_time";
/// A `number` that is not 1–9999.
pub(crate) const INVALID_NUMBER: &str = "plan::invalid_number";
/// A directive or anniversary id that is not `[A-Za-z][A-Za-z0-9_-]*`.
pub(crate) const INVALID_ID: &str = "plan::invalid_id";
/// An id defined both as a directive and as an anniversary.
pub(crate) const DUPLICATE_ID: &str = "plan::duplicate_id";
/// `sections` inside a section of the fourth level.
pub(crate) const SECTION_DEPTH: &str = "plan::section_depth";
/// A `numbering` entry that is not a pattern, or not one for its level.
pub(crate) const INVALID_NUMBERING: &str = "plan::invalid_numbering";
/// `heading: run-in` on a section without `intro`.
pub(crate) const RUN_IN_WITHOUT_INTRO: &str = "plan::run_in_without_intro";
/// `items` inside an item of the second nested level.
pub(crate) const ITEM_DEPTH: &str = "plan::item_depth";
/// An included file that does not exist.
pub(crate) const INCLUDE_NOT_FOUND: &str = "plan::include_not_found";
/// An included file that exists but cannot be read.
pub(crate) const INCLUDE_UNREADABLE: &str = "plan::include_unreadable";
/// A file that includes itself, directly or not.
pub(crate) const INCLUDE_CYCLE: &str = "plan::include_cycle";
/// A key an included file may not set.
pub(crate) const INCLUDE_KEY: &str = "plan::include_key";

/// A row of a table with more or fewer cells than it has free columns.
pub(crate) const TABLE_ROW_CELLS: &str = "plan::table_row_cells";
/// Fixed column widths wider than the text block.
pub(crate) const TABLE_TOO_WIDE: &str = "plan::table_too_wide";
/// A cell spanning rows past the last row or across a group row.
pub(crate) const TABLE_ROW_SPAN: &str = "plan::table_row_span";

/// An invisible control character in a text, or in the file.
pub(crate) const CONTROL_CHARACTER: &str = "plan::control_character";

/// The most problems one load reports (see [`crate::diag::MAX_PROBLEMS`]).
pub(crate) use crate::diag::MAX_PROBLEMS;

/// Records `diagnostic`; [`Diagnostics`] drops it past [`MAX_PROBLEMS`].
pub(crate) fn report(diags: &mut Diagnostics, diagnostic: Diagnostic) {
    diags.push(diagnostic);
}

/// How a value is shown in a message: in backticks, cut short.
pub(crate) fn quote(value: &str) -> String {
    const MAX: usize = 40;
    let line = value.lines().next().unwrap_or("");
    let mut shown: String = line.chars().take(MAX).collect();
    if shown.len() < value.len() {
        shown.push('…');
    }
    format!("`{shown}`")
}

// ---- YAML reading -------------------------------------------------------

/// The scanner's message, in plain words.
pub(crate) fn yaml_syntax(span: Span, info: &str) -> Diagnostic {
    let (message, help): (String, Option<&str>) = if info
        .contains("mapping values are not allowed")
        || info.contains("illegal placement of ':'")
    {
        (
            "unexpected `:`".to_owned(),
            Some(
                "text that contains `: ` must be quoted, as in \
                 `name: \"Hội nghị: sơ kết\"`; otherwise check the indentation of this line",
            ),
        )
    } else if info.contains("did not find expected key") {
        (
            "this line does not line up with the keys above it".to_owned(),
            Some(
                "the keys of one mapping start in the same column; check the indentation",
            ),
        )
    } else if info.contains("did not find expected '-' indicator") {
        (
            "this line does not line up with the list above it".to_owned(),
            Some("list items start with `- ` in the same column; check the indentation"),
        )
    } else if info.contains("block sequence entries are not allowed") {
        (
            "a `- ` list item is not allowed here".to_owned(),
            Some("start the list on a new line, indented under its key"),
        )
    } else if info.contains("quoted scalar") && !info.contains("escape") {
        (
            "a quoted value is not closed".to_owned(),
            Some(
                "end the text with the quote mark it starts with; \
                 its next lines must be indented",
            ),
        )
    } else if info.contains("escape") {
        (
            "unknown `\\` escape in double-quoted text".to_owned(),
            Some("write `\\\\` for a backslash, or use single quotes: 'C:\\thư mục'"),
        )
    } else if info.contains("flow mapping") {
        (
            "missing `,` or `}` in a `{ … }` mapping".to_owned(),
            Some(
                "quote values that contain `,` `[` `]` `{` `}`, and close the `{` on the same item",
            ),
        )
    } else if info.contains("flow sequence") || info.contains("misplaced bracket") {
        (
            "missing `,` or `]` in a `[ … ]` list".to_owned(),
            Some("quote values that contain `,` `[` `]` `{` `}`, and close the `[`"),
        )
    } else if let Some(c) = info.strip_prefix("unexpected character: `") {
        let c = c.trim_end_matches('\'');
        (format!("`{c}` cannot start a value"), Some("put the text in quotes: `\"…\"`"))
    } else if info.contains("wrongly indented line in block scalar") {
        (
            "this line of a `|` or `>` text is indented less than its first line"
                .to_owned(),
            Some("indent every line of the text at least as far as its first line"),
        )
    } else if info.contains("unexpected eof") || info.contains("end of stream") {
        ("the file ends in the middle of a value".to_owned(), None)
    } else if info.contains("simple key") {
        (
            "a key must be followed by `: ` on the same line".to_owned(),
            Some("a key is short text on one line; long text belongs in a value"),
        )
    } else if info.contains("byte order mark") {
        (
            "a byte order mark (U+FEFF) inside the file".to_owned(),
            Some("delete the invisible character here"),
        )
    } else {
        (format!("invalid YAML: {info}"), None)
    };
    let d = Diagnostic::error(YAML_SYNTAX, span, message).with_label("here");
    match help {
        Some(help) => d.with_help(help),
        None => d,
    }
}

/// A tab used for indentation.
pub(crate) fn tab_indent(span: Span) -> Diagnostic {
    Diagnostic::error(TAB_INDENT, span, "tabs cannot indent YAML; use spaces")
        .with_label("tab")
        .with_help("replace the tab with spaces (two per level is usual)")
}

/// An anchor (`&a`) or alias (`*a`); `more` counts the others in the file.
pub(crate) fn yaml_anchor(span: Span, more: usize) -> Diagnostic {
    let mut help = "write the value out in full".to_owned();
    match more {
        0 => {}
        1 => help.push_str(" (this file has 1 more anchor or alias)"),
        n => help.push_str(&format!(" (this file has {n} more anchors or aliases)")),
    }
    Diagnostic::error(YAML_ANCHOR, span, "anchors and aliases are not supported")
        .with_label("anchor or alias")
        .with_help(help)
}

/// A tag (`!foo`); `more` counts the others in the file.
pub(crate) fn yaml_tag(span: Span, more: usize) -> Diagnostic {
    let mut help = "text that starts with `!` must be quoted: `\"!…\"`".to_owned();
    match more {
        0 => {}
        1 => help.push_str(" (this file has 1 more tag)"),
        n => help.push_str(&format!(" (this file has {n} more tags)")),
    }
    Diagnostic::error(YAML_TAG, span, "YAML tags (`!…`) are not supported")
        .with_label("tag")
        .with_help(help)
}

/// A control character `c` (in a text, or where YAML cannot read on);
/// `more` counts the others in the same text.
pub(crate) fn control_character(span: Span, c: char, more: usize) -> Diagnostic {
    let mut help = "delete it: it prints as nothing or as a box, and usually comes from \
                    text copied out of another program"
        .to_owned();
    match more {
        0 => {}
        1 => help.push_str(" (this text holds 1 more)"),
        n => help.push_str(&format!(" (this text holds {n} more)")),
    }
    Diagnostic::error(
        CONTROL_CHARACTER,
        span,
        format!("invisible control character U+{:04X}", u32::from(c)),
    )
    .with_label("control character")
    .with_help(help)
}

/// Lists and mappings nested deeper than `limit`.
pub(crate) fn too_deep(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        TOO_DEEP,
        span,
        format!("nested too deeply (more than {limit} levels)"),
    )
    .with_label("too deep")
    .with_help("a plan needs only a few levels of lists and mappings")
}

/// A file with more than `limit` values.
pub(crate) fn too_many_values(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(TOO_LARGE, span, format!("the file holds more than {limit} values"))
        .with_label("the limit is reached here")
        .with_help("a plan holds a few hundred values; check that this file is a plan")
}

/// A plan file larger than [`MAX_FILE_BYTES`].
pub(crate) fn file_too_large(path: &Path) -> Diagnostic {
    Diagnostic::global(
        TOO_LARGE,
        format!(
            "the file `{}` is larger than {}",
            path.display(),
            size_text(MAX_FILE_BYTES)
        ),
    )
    .with_help("a plan is a few dozen KiB of text; check that this file is a plan")
}

/// An included file larger than [`MAX_FILE_BYTES`]; `span` is the entry.
pub(crate) fn include_too_large(span: Span, path: &Path) -> Diagnostic {
    Diagnostic::error(
        TOO_LARGE,
        span,
        format!(
            "the included file `{}` is larger than {}",
            path.display(),
            size_text(MAX_FILE_BYTES)
        ),
    )
    .with_label("too large")
    .with_help("an included file holds shared directives, issuer, signer…: a few KiB")
}

/// More than `limit` included files in one plan; `span` is the entry.
pub(crate) fn too_many_includes(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        TOO_LARGE,
        span,
        format!("the plan includes more than {limit} files"),
    )
    .with_label("one include too many")
    .with_help("a plan needs one or two shared files; check for repeated entries")
}

/// Includes nested deeper than `limit`.
pub(crate) fn include_too_deep(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        TOO_DEEP,
        span,
        format!("includes nested too deeply (more than {limit})"),
    )
    .with_label("one include too many")
}

/// A second document.
pub(crate) fn multiple_documents(span: Span) -> Diagnostic {
    Diagnostic::error(MULTIPLE_DOCUMENTS, span, "a plan file holds one YAML document")
        .with_label("a second document starts here")
        .with_help("remove this `---` line and what follows, or move it to its own file")
}

/// No document at all.
pub(crate) fn empty_file(span: Span) -> Diagnostic {
    Diagnostic::error(EMPTY_FILE, span, "the file is empty").with_help(
        "a plan is a mapping of keys such as `kind: chuong-trinh`; see plan-format.md",
    )
}

/// The top level of a file is not a mapping.
pub(crate) fn top_not_mapping(span: Span, found: &str) -> Diagnostic {
    Diagnostic::error(
        WRONG_TYPE,
        span,
        format!("expected a mapping of keys at the top of the file, found {found}"),
    )
    .with_label("not a mapping")
    .with_help("a plan is a mapping of keys such as `kind: chuong-trinh`, one per line")
}

/// The top-level file is not UTF-8; `span` is the first byte that is not,
/// in the file decoded with replacement characters.
pub(crate) fn not_utf8_file(span: Span, path: &Path, at: &NotUtf8) -> Diagnostic {
    Diagnostic::error(
        NOT_UTF8,
        span,
        format!(
            "the file `{}` is not UTF-8 text (line {}, column {})",
            path.display(),
            at.line,
            at.column
        ),
    )
    .with_label("not UTF-8")
    .with_help(
        "save it as UTF-8 (legacy TCVN3/VNI encodings are not supported); \
         in a text editor, choose \"Save as\" and the encoding UTF-8",
    )
}

/// An included file is not UTF-8; `span` is the include entry.
pub(crate) fn not_utf8_include(span: Span, path: &Path, at: &NotUtf8) -> Diagnostic {
    Diagnostic::error(
        NOT_UTF8,
        span,
        format!(
            "the included file `{}` is not UTF-8 text (line {}, column {})",
            path.display(),
            at.line,
            at.column
        ),
    )
    .with_label("included here")
    .with_help("save it as UTF-8 (legacy TCVN3/VNI encodings are not supported)")
}

// ---- keys ----------------------------------------------------------------

/// The same key twice in one mapping; `first_line` is where it first appears.
pub(crate) fn duplicate_key(span: Span, key: &str, first_line: usize) -> Diagnostic {
    Diagnostic::error(DUPLICATE_KEY, span, format!("duplicate key {}", quote(key)))
        .with_label("set again here")
        .with_help(format!(
            "{} is already set on line {first_line}; keep one of them",
            quote(key)
        ))
}

/// A key not in `known`.
pub(crate) fn unknown_key(span: Span, key: &str, known: &[&str]) -> Diagnostic {
    let d = Diagnostic::error(UNKNOWN_KEY, span, format!("unknown key {}", quote(key)))
        .with_label("unknown key");
    match nearest(key, known.iter().copied()) {
        Some(best) => d.with_help(format!("did you mean `{best}`?")),
        None => d.with_help(format!("the keys allowed here are {}", list(known))),
    }
}

/// A mapping key that is not text (a list, a mapping, nothing).
pub(crate) fn key_not_text(span: Span, found: &str) -> Diagnostic {
    Diagnostic::error(WRONG_TYPE, span, format!("expected text for a key, found {found}"))
        .with_label("not a key")
}

/// A required key left out of `owner` (`the plan`, `` `issuer` ``, `a section`).
pub(crate) fn missing_key(span: Span, key: &str, owner: &str, role: &str) -> Diagnostic {
    let message = if owner == "the plan" {
        format!("missing key `{key}`")
    } else {
        format!("missing key `{key}` in {owner}")
    };
    Diagnostic::error(MISSING_KEY, span, message)
        .with_label(format!("{owner} has no `{key}`"))
        .with_help(role.to_owned())
}

/// A meeting with neither `date` nor `every`.
pub(crate) fn meeting_without_when(span: Span) -> Diagnostic {
    Diagnostic::error(MISSING_KEY, span, "missing key `date` or `every` in a meeting")
        .with_label("a meeting has no `date` or `every`")
        .with_help("write `date: 2024-05-28` for a meeting on one day, or `every: monday` for a weekly one")
}

/// A meeting with both `date` and `every`; `span` is the second one.
pub(crate) fn date_and_every(span: Span) -> Diagnostic {
    Diagnostic::error(CONFLICTING_KEYS, span, "a meeting has `date` or `every`, not both")
        .with_label("second of `date` and `every`")
        .with_help("keep `date` for a meeting on one day, or `every` for a weekly one")
}

/// `sections` inside a subsection.
pub(crate) fn section_depth(span: Span) -> Diagnostic {
    Diagnostic::error(SECTION_DEPTH, span, "mục chỉ lồng nhau tối đa bốn cấp")
        .with_label("`sections` ở mục cấp thứ tư")
        .with_help(
            "mục cấp thứ tư chỉ có `title`, `intro`, `list`, `items` và `outro`; \
             đưa các mục này lên một cấp, hoặc viết chúng thành `items`",
        )
}

/// A `numbering` entry that is not one of the patterns (`allowed`).
pub(crate) fn unknown_pattern(span: Span, value: &str, allowed: &[&str]) -> Diagnostic {
    let d = Diagnostic::error(
        INVALID_NUMBERING,
        span,
        format!("{} không phải là một kiểu đánh số", quote(value)),
    )
    .with_label("kiểu đánh số không có");
    let all = format!("các kiểu đánh số: {}", list(allowed));
    match nearest(value, allowed.iter().copied()) {
        Some(best) => d.with_help(format!("có phải ý là `{best}`? {all}")),
        None => d.with_help(all),
    }
}

/// A pattern that needs a parent number at a level that has none: `1.1.`
/// at level 1, `1.1.1.` at level 1 or 2.
pub(crate) fn pattern_level(span: Span, pattern: &str, level: usize) -> Diagnostic {
    let (why, help) = if pattern == "1.1.1." {
        (
            "`1.1.1.` ghép số của hai cấp trên với số của mục",
            "chỉ dùng `1.1.1.` cho cấp 3 hoặc 4; cấp này dùng `1.1.` hoặc `1.`",
        )
    } else {
        (
            "kiểu này ghép số của cấp trên với số của mục",
            "cấp 1 không có cấp trên: dùng `1.`, `I.` hoặc `A.`",
        )
    };
    Diagnostic::error(
        INVALID_NUMBERING,
        span,
        format!("không dùng được `{pattern}` cho cấp {level}: {why}"),
    )
    .with_label(format!("cấp {level}"))
    .with_help(help)
}

/// A fifth entry of `numbering`.
pub(crate) fn too_many_levels(span: Span) -> Diagnostic {
    Diagnostic::error(INVALID_NUMBERING, span, "`numbering` có nhiều hơn bốn cấp")
        .with_label("cấp thứ năm")
        .with_help("mục chỉ có bốn cấp: bỏ bớt kiểu đánh số này")
}

/// `heading: run-in` on a section without `intro`.
pub(crate) fn run_in_without_intro(span: Span) -> Diagnostic {
    Diagnostic::error(
        RUN_IN_WITHOUT_INTRO,
        span,
        "tiêu đề `run-in` cần đoạn `intro` để in tiếp trên cùng dòng",
    )
    .with_label("mục này không có `intro`")
    .with_help("thêm `intro:` cho mục, hoặc bỏ `heading: run-in` để tiêu đề in thành một dòng riêng")
}

/// `items` inside an item already nested twice.
pub(crate) fn item_depth(span: Span) -> Diagnostic {
    Diagnostic::error(ITEM_DEPTH, span, "ý chỉ lồng nhau tối đa hai cấp")
        .with_label("`items` ở ý cấp thứ hai")
        .with_help(
            "viết các ý này ngang cấp với ý chứa chúng, hoặc tách thành một mục con",
        )
}

/// What a required key holds, for the help of [`missing_key`].
pub(crate) fn key_role(owner: &str, key: &str) -> &'static str {
    match (owner, key) {
        ("plan", "kind") => {
            "`kind` says what the document is: `chuong-trinh` or `ke-hoach`"
        }
        ("plan", "style") => {
            "`style` picks the layout: `dang` (Party) or `nha-nuoc` (state)"
        }
        ("plan", "period") => {
            "`period` is the month, quarter or year covered: `2024-05`, `2024-Q2` or `2024`"
        }
        ("plan", "place") => {
            "`place` is the place name on the date line, as in `place: Mỹ Độ`"
        }
        ("plan", "issuer") => "`issuer` holds `name` and `abbr` of the issuing body",
        ("plan", "sections") => "`sections` is the list of sections, each with a `title`",
        ("plan", "closing") => "`closing` is the closing paragraph",
        ("plan", "recipients") => "`recipients` is the list of recipients (Nơi nhận)",
        ("plan", "archive") => {
            "`archive` is what follows \"Lưu\", as in `archive: VP/ĐU`"
        }
        ("plan", "signer") => {
            "`signer` holds the `title` and `name` of the person who signs"
        }
        ("issuer", "name") => {
            "`name` is the issuing body, as in `name: Đảng ủy phường Mỹ Độ`"
        }
        ("issuer", "abbr") => {
            "`abbr` is its abbreviation, used in the document number, as in `abbr: ĐU`"
        }
        ("directive", "type") => "`type` is the kind of document, as in `type: Kết luận`",
        ("directive", "number") => "`number` is its number, as in `number: 01-KL/TW`",
        ("directive", "date") => {
            "`date` is the day it was signed, as in `date: 2021-05-18`"
        }
        ("directive", "by") => "`by` is who issued it, as in `by: Bộ Chính trị`",
        ("anniversary", "name") => {
            "`name` is the event, as in `name: Ngày sinh Chủ tịch Hồ Chí Minh`"
        }
        ("anniversary", "date") => {
            "`date` is the day of the event, as in `date: 1890-05-19`"
        }
        ("section", "title") => {
            "every section needs a `title`, as in `title: Công tác xây dựng Đảng`"
        }
        ("meetings", "items") => {
            "`items` is the list of meetings, each with `name` and `date` or `every`"
        }
        ("meeting", "name") => {
            "`name` is what the meeting is, as in `name: Hội nghị BTV Đảng ủy`"
        }
        ("table", "columns") => {
            "`columns` là danh sách cột, mỗi cột có `title`, như `- { title: Nội dung }`"
        }
        ("table", "rows") => "`rows` là danh sách hàng, mỗi hàng là danh sách ô",
        ("column", "title") => "mỗi cột cần `title`, như `title: Cơ quan chủ trì`",
        ("cell", "text") => "ô gộp hàng cần `text`, như `{ text: Văn phòng, rows: 2 }`",
        ("group_row", "group") => "hàng nhóm viết `{ group: Quý III }`",
        ("appendix", "title") => {
            "mỗi phụ lục cần `title`, như `title: Danh mục nhiệm vụ trọng tâm`"
        }
        ("signer", "title") => {
            "`title` is the signer's position, as in `title: Phó Bí thư`"
        }
        ("signer", "name") => {
            "`name` is the signer's full name, as in `name: Hoàng Trọng Hiếu`"
        }
        _ => "this key is required (see plan-format.md)",
    }
}

/// What a mapping holds, for the help of a wrong type.
pub(crate) fn mapping_help(owner: &str) -> &'static str {
    match owner {
        "issuer" => "`issuer` holds `name`, `abbr` and optional `parent`, one per line",
        "signer" => {
            "`signer` holds `title`, `name` and optional `on_behalf`, `deputy_for`, …, one per line"
        }
        "directive" => {
            "a directive holds `type`, `number`, `date`, `by` and optional `about`"
        }
        "anniversary" => "an anniversary holds `name` and `date`",
        "section" => {
            "a section holds `title` and optional `heading`, `intro`, `list`, `items`, \
             `sections` and `outro`"
        }
        "item" => "một ý là một đoạn văn, hoặc gồm `text` và có thể có `items`, `list`",
        "numbering-level" => {
            "mỗi cấp đánh số là một kiểu (`\"1.\"`) hoặc gồm `pattern` và có thể có `look`"
        }
        "meetings" => "`meetings` holds `items` and optional `title` and `note`",
        "meeting" => "a meeting holds `name`, `date` or `every`, and optional `time`",
        "table" => {
            "`table` gồm `columns`, `rows` và `number` (không bắt buộc), mỗi khóa một dòng"
        }
        "column" => {
            "một cột gồm `title` và `width`, `align`, `group` (không bắt buộc): \
             `- { title: Thời gian, width: 28mm }`"
        }
        "cell" => "ô gộp hàng viết `{ text: Văn phòng, rows: 2 }`",
        "group_row" => "hàng nhóm viết `{ group: Quý III }`",
        "appendix" => {
            "một phụ lục gồm `title` và nội dung như một mục: `intro`, `items`, \
             `sections`, `table`"
        }
        _ => "a plan is a mapping of keys such as `kind: chuong-trinh`, one per line",
    }
}

// ---- tables ----------------------------------------------------------------

/// `columns: []`.
pub(crate) fn table_without_columns(span: Span) -> Diagnostic {
    Diagnostic::error(MISSING_KEY, span, "bảng không có cột nào")
        .with_label("danh sách cột trống")
        .with_help("mỗi cột viết một dòng `- { title: Nội dung }` dưới `columns`")
}

/// A width that is not a number of millimetres.
pub(crate) fn invalid_width(span: Span, value: &str) -> Diagnostic {
    Diagnostic::error(
        INVALID_VALUE,
        span,
        format!("độ rộng cột {} không hợp lệ", quote(value)),
    )
    .with_label("không phải số mm")
    .with_help("viết độ rộng theo mm, ví dụ `width: 35mm` hoặc `width: 12.5mm`")
}

/// `rows` of a cell that is not a whole number from 1.
pub(crate) fn invalid_row_count(span: Span, value: &str) -> Diagnostic {
    Diagnostic::error(
        INVALID_VALUE,
        span,
        format!("số hàng gộp {} không hợp lệ", quote(value)),
    )
    .with_label("không phải số hàng")
    .with_help("`rows` là số hàng ô này gộp xuống, một số nguyên như `rows: 3`")
}

/// A row that is neither a list of cells nor `{ group: … }`.
pub(crate) fn row_not_a_list(span: Span, found: &str) -> Diagnostic {
    wrong_type(span, "a list of cells or `{ group: … }`", "a row of `rows`", found)
        .with_help(
            "viết mỗi hàng là một danh sách ô trong ngoặc vuông: \
             `- [Nội dung, Văn phòng, Tháng 6]`; hàng nhóm viết `- { group: Quý III }`",
        )
}

/// `plan::table_row_cells`: `need` cells expected, `found` written; the
/// table has `columns` columns, the first numbered by the tool when
/// `numbered` names it, and `covered` names the columns a cell above spans
/// into.
pub(crate) fn table_row_cells(
    span: Span,
    columns: usize,
    need: usize,
    found: usize,
    numbered: Option<&str>,
    covered: &[&str],
) -> Diagnostic {
    let message = if need == columns {
        format!("bảng có {columns} cột nhưng hàng này có {found} ô")
    } else {
        format!("hàng này cần {need} ô nhưng có {found} ô")
    };
    let mut why = Vec::new();
    if let Some(title) = numbered {
        why.push(format!("cột “{title}” do công cụ tự đánh số (`number: true`)"));
    }
    for title in covered {
        why.push(format!("cột “{title}” đã có ô gộp từ hàng trên"));
    }
    let fix = if found > need {
        format!("bỏ bớt {} ô hoặc thêm cột", found - need)
    } else {
        format!("thêm {} ô (ô trống viết `\"\"`) hoặc bớt cột", need - found)
    };
    let help = if why.is_empty() {
        fix
    } else {
        format!("bảng có {columns} cột; {}: {fix}", why.join(", "))
    };
    Diagnostic::error(TABLE_ROW_CELLS, span, message)
        .with_label(format!("{found} ô"))
        .with_help(help)
}

/// `plan::table_too_wide`: `fixed` µm of fixed widths and `shared` columns
/// without a width, on a text block `width` µm wide.
pub(crate) fn table_too_wide(
    span: Span,
    fixed: u64,
    shared: u64,
    width: u32,
) -> Diagnostic {
    let mm = |um: u64| {
        let text = format!("{:.1}", um as f64 / 1000.0);
        text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
    };
    let width = u64::from(width);
    let message = if shared == 0 || fixed > width {
        format!(
            "các cột rộng tổng cộng {} mm, quá bề ngang trang {} mm",
            mm(fixed),
            mm(width)
        )
    } else {
        format!(
            "các cột có độ rộng chiếm {} mm trên {} mm, không còn chỗ cho {shared} cột \
             không ghi độ rộng",
            mm(fixed),
            mm(width)
        )
    };
    Diagnostic::error(TABLE_TOO_WIDE, span, message)
        .with_label("bảng quá rộng")
        .with_help(format!(
            "giảm độ rộng các cột (mỗi cột không ghi độ rộng cần ít nhất {} mm), hoặc \
             đưa bảng vào một phụ lục in trang ngang (`landscape: true`, rộng {} mm)",
            mm(u64::from(crate::load::table::MIN_SHARED_UM)),
            mm(u64::from(crate::load::table::LANDSCAPE_WIDTH_UM)),
        ))
}

/// `plan::table_row_span`: a cell spanning `rows` rows where only
/// `rows_left` are left.
pub(crate) fn span_past_last_row(span: Span, rows: u32, rows_left: u32) -> Diagnostic {
    Diagnostic::error(
        TABLE_ROW_SPAN,
        span,
        format!("ô gộp {rows} hàng nhưng từ hàng này bảng chỉ còn {rows_left} hàng"),
    )
    .with_label("gộp quá hàng cuối")
    .with_help(format!(
        "sửa thành `rows: {rows_left}` hoặc ít hơn, hoặc thêm hàng vào cuối bảng"
    ))
}

/// `plan::table_row_span`: a cell whose span meets the group row `group`.
pub(crate) fn span_across_group(span: Span, group: &str) -> Diagnostic {
    Diagnostic::error(
        TABLE_ROW_SPAN,
        span,
        format!("ô gộp hàng vượt qua hàng nhóm {}", quote(group)),
    )
    .with_label("ô gộp này")
    .with_help("ô gộp phải kết thúc trước hàng nhóm: giảm `rows`, hoặc dời hàng nhóm")
}

// ---- values ----------------------------------------------------------------

/// A value of the wrong shape: `expected` "a date like 2024-05-02", `place`
/// "`date`" or "an item of `items`", `found` "a list" or "`2/5/2024`".
pub(crate) fn wrong_type(
    span: Span,
    expected: &str,
    place: &str,
    found: &str,
) -> Diagnostic {
    Diagnostic::error(
        WRONG_TYPE,
        span,
        format!("expected {expected} for {place}, found {found}"),
    )
    .with_label(format!("expected {expected}"))
}

/// Help for text that YAML read as a mapping because it holds `: `.
pub(crate) fn colon_in_text(key: &str, value: &str) -> String {
    let text = format!("{key}: {value}");
    format!(
        "this reads as a key and a value because of the `: `; \
         text that contains `: ` must be quoted: {}",
        quote(&format!("\"{text}\"")),
    )
}

/// A value outside the closed set `allowed`.
pub(crate) fn invalid_value(
    span: Span,
    key: &str,
    value: &str,
    allowed: &[&str],
) -> Diagnostic {
    let d = Diagnostic::error(
        INVALID_VALUE,
        span,
        format!("invalid value {} for `{key}`", quote(value)),
    )
    .with_label("not allowed here");
    match nearest(value, allowed.iter().copied()) {
        Some(best) => d.with_help(format!("did you mean `{best}`?")),
        None => d.with_help(format!("`{key}` is one of {}", list(allowed))),
    }
}

/// A boolean that is not `true` or `false`.
pub(crate) fn not_boolean(span: Span, key: &str, found: &str) -> Diagnostic {
    wrong_type(span, "`true` or `false`", &format!("`{key}`"), found)
        .with_help("write `true` or `false`; YAML 1.1 words such as `yes`, `no`, `on` and `off` are not accepted")
}

/// A date of the wrong shape; `hint` is the value rewritten, if it looks
/// like a Vietnamese day/month/year date.
pub(crate) fn not_a_date(
    span: Span,
    place: &str,
    found: &str,
    hint: Option<String>,
) -> Diagnostic {
    let d = wrong_type(span, "a date like 2024-05-02", place, found);
    match hint {
        Some(iso) => {
            d.with_help(format!("did you mean `{iso}`? dates are written year-month-day"))
        }
        None => d.with_help("write dates as year-month-day with zeros: `2024-05-02`"),
    }
}

/// A date of the right shape that does not exist; `why` is the Vietnamese
/// explanation ("ngày 30 tháng 2 không tồn tại").
pub(crate) fn invalid_date(span: Span, value: &str, why: String) -> Diagnostic {
    Diagnostic::error(INVALID_DATE, span, format!("invalid date {}", quote(value)))
        .with_label("no such day")
        .with_help(why)
}

/// A `period` that is none of the three forms.
pub(crate) fn invalid_period(
    span: Span,
    value: &str,
    why: &crate::model::PeriodError,
) -> Diagnostic {
    let message = match why {
        crate::model::PeriodError::Unknown => format!("invalid period {}", quote(value)),
        _ => why.message(&quote(value)),
    };
    Diagnostic::error(INVALID_PERIOD, span, message)
        .with_label(why.label())
        .with_help(why.help())
}

/// A `time` that is not HH:MM from 00:00 to 23:59.
pub(crate) fn invalid_time(span: Span, value: &str) -> Diagnostic {
    Diagnostic::error(INVALID_TIME, span, format!("invalid time {}", quote(value)))
        .with_label("not a time")
        .with_help(
            "write the time as HH:MM from 00:00 to 23:59, in quotes: `time: \"08:00\"`",
        )
}

/// A `number` that is not a whole number from 1 to 9999.
pub(crate) fn invalid_number(span: Span, value: &str) -> Diagnostic {
    Diagnostic::error(
        INVALID_NUMBER,
        span,
        format!("invalid document number {}", quote(value)),
    )
    .with_label("not 1 to 9999")
    .with_help(
        "`number` is a whole number from 1 to 9999, as in `number: 45`; \
             leave it out to get a blank to fill in by hand",
    )
}

/// A directive or anniversary id of the wrong form.
pub(crate) fn invalid_id(span: Span, id: &str) -> Diagnostic {
    Diagnostic::error(INVALID_ID, span, format!("invalid id {}", quote(id)))
        .with_label("not an id")
        .with_help(
            "an id starts with a letter and holds only ASCII letters, digits, `_` and `-`, \
             as in `kl01` or `hcm`",
        )
}

/// An id defined as a directive and as an anniversary; `span` is the second,
/// `at` where the first is ("line 12").
pub(crate) fn duplicate_id(span: Span, id: &str, other: &str, at: &str) -> Diagnostic {
    Diagnostic::error(DUPLICATE_ID, span, format!("id `{id}` is defined twice"))
        .with_label("defined again here")
        .with_help(format!("`{id}` is also {other} ({at}); rename one of them"))
}

// ---- includes ------------------------------------------------------------

/// An included file that does not exist.
pub(crate) fn include_not_found(span: Span, path: &Path) -> Diagnostic {
    Diagnostic::error(
        INCLUDE_NOT_FOUND,
        span,
        format!("included file `{}` not found", path.display()),
    )
    .with_label("no such file")
    .with_help("include paths are relative to the folder of the file that includes them")
}

/// An included file that cannot be read; `why` says why, in plain words
/// ("it is a folder") or as the system puts it.
pub(crate) fn include_unreadable(span: Span, path: &Path, why: &str) -> Diagnostic {
    Diagnostic::error(
        INCLUDE_UNREADABLE,
        span,
        format!("cannot read included file `{}`: {why}", path.display()),
    )
    .with_label("cannot be read")
    .with_help("an include names a YAML file, relative to the folder of this file")
}

/// A file that includes itself, directly or through others.
pub(crate) fn include_cycle(span: Span, path: &Path) -> Diagnostic {
    Diagnostic::error(
        INCLUDE_CYCLE,
        span,
        format!("`{}` includes itself", path.display()),
    )
    .with_label("include cycle")
    .with_help("remove this entry: a file cannot include a file that includes it")
}

/// A top-level key an included file may not set.
pub(crate) fn include_key(span: Span, key: &str, allowed: &[&str]) -> Diagnostic {
    Diagnostic::error(
        INCLUDE_KEY,
        span,
        format!("`{key}` cannot be set in an included file"),
    )
    .with_label("only in the plan itself")
    .with_help(format!(
        "an included file may set only {}; move `{key}` to the plan",
        list(allowed)
    ))
}

// ---- helpers ---------------------------------------------------------------

/// `` `a`, `b` or `c` ``.
pub(crate) fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|k| format!("`{k}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_quotes() {
        assert_eq!(list(&["a"]), "`a`");
        assert_eq!(list(&["a", "b", "c"]), "`a`, `b` or `c`");
        assert_eq!(quote("ngắn"), "`ngắn`");
        assert_eq!(quote("a\nb"), "`a…`");
        assert_eq!(quote(&"x".repeat(50)), format!("`{}…`", "x".repeat(40)));
    }
}
