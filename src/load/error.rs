//! Every message the loader prints, in one place so the wording is reviewed
//! together (`style.md` §5): lower case, no final period, keys and values in
//! backticks, a help line that says how to fix the problem; each in
//! Vietnamese and in English ([`crate::lang`], words in `docs/messages.md`).
//! The help lines that say what each key and mapping of the format holds
//! live beside the key tables, in [`crate::model::key_help`].

use std::path::Path;

use crate::codes::Code;
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::{Text, t};
use crate::source::{Foreign, MAX_FILE_BYTES, NotUtf8, Span, size_text};
use crate::suggest::nearest;
use crate::vi::spelling::legacy::LegacyFile;

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
    let (message, help): (Text, Option<Text>) = if info
        .contains("mapping values are not allowed")
        || info.contains("illegal placement of ':'")
    {
        (
            t("dấu `:` không đúng chỗ", "unexpected `:`"),
            Some(t(
                "chữ có `: ` phải đặt trong ngoặc kép, như \
                 `name: \"Hội nghị: sơ kết\"`; nếu không, xem lại thụt lề của dòng này",
                "text that contains `: ` must be quoted, as in \
                 `name: \"Hội nghị: sơ kết\"`; otherwise check the indentation of this line",
            )),
        )
    } else if info.contains("did not find expected key") {
        (
            t(
                "dòng này không thẳng hàng với các khóa phía trên",
                "this line does not line up with the keys above it",
            ),
            Some(t(
                "các khóa cùng một nhóm bắt đầu ở cùng một cột; xem lại thụt lề",
                "the keys of one mapping start in the same column; check the indentation",
            )),
        )
    } else if info.contains("did not find expected '-' indicator") {
        (
            t(
                "dòng này không thẳng hàng với danh sách phía trên",
                "this line does not line up with the list above it",
            ),
            Some(t(
                "các dòng của danh sách bắt đầu bằng `- ` ở cùng một cột; xem lại thụt lề",
                "list items start with `- ` in the same column; check the indentation",
            )),
        )
    } else if info.contains("block sequence entries are not allowed") {
        (
            t(
                "dòng `- ` của danh sách không được đặt ở đây",
                "a `- ` list item is not allowed here",
            ),
            Some(t(
                "bắt đầu danh sách ở dòng mới, thụt vào dưới khóa của nó",
                "start the list on a new line, indented under its key",
            )),
        )
    } else if info.contains("quoted scalar")
        && !info.contains("escape")
        && !info.contains("hexadecimal")
    {
        (
            t("ngoặc kép mở mà chưa đóng", "a quoted value is not closed"),
            Some(t(
                "kết thúc đoạn chữ bằng đúng dấu nháy đã mở nó; \
                 các dòng tiếp theo phải thụt vào",
                "end the text with the quote mark it starts with; \
                 its next lines must be indented",
            )),
        )
    } else if info.contains("escape") || info.contains("hexadecimal") {
        (
            t(
                "dấu `\\` không hợp lệ trong ngoặc kép",
                "unknown `\\` escape in double-quoted text",
            ),
            Some(t(
                "viết `\\\\` cho một dấu gạch chéo ngược, hoặc dùng nháy đơn: 'C:\\thư mục'",
                "write `\\\\` for a backslash, or use single quotes: 'C:\\thư mục'",
            )),
        )
    } else if info.contains("flow mapping") {
        (
            t(
                "thiếu `,` hoặc `}` trong nhóm `{ … }`",
                "missing `,` or `}` in a `{ … }` mapping",
            ),
            Some(t(
                "đặt trong ngoặc kép các giá trị có `,` `[` `]` `{` `}`, và đóng `{` trên cùng dòng đó",
                "quote values that contain `,` `[` `]` `{` `}`, and close the `{` on the same item",
            )),
        )
    } else if info.contains("flow sequence") || info.contains("misplaced bracket") {
        (
            t(
                "thiếu `,` hoặc `]` trong danh sách `[ … ]`",
                "missing `,` or `]` in a `[ … ]` list",
            ),
            Some(t(
                "đặt trong ngoặc kép các giá trị có `,` `[` `]` `{` `}`, và đóng `[`",
                "quote values that contain `,` `[` `]` `{` `}`, and close the `[`",
            )),
        )
    } else if let Some(c) = info.strip_prefix("unexpected character: `") {
        let c = c.trim_end_matches('\'');
        (
            t(
                format!("giá trị không thể bắt đầu bằng `{c}`"),
                format!("`{c}` cannot start a value"),
            ),
            Some(t(
                "đặt đoạn chữ trong ngoặc kép: `\"…\"`",
                "put the text in quotes: `\"…\"`",
            )),
        )
    } else if info.contains("block scalar") && info.contains("line break") {
        (
            t("sau `|` hoặc `>` phải xuống dòng", "`|` or `>` must end its line"),
            Some(t(
                "`|` và `>` mở một đoạn chữ nhiều dòng, viết từ dòng sau, thụt vào; nếu chữ \
                 bắt đầu bằng `|` hay `>`, đặt cả đoạn trong ngoặc kép: `- \"> …\"`",
                "`|` and `>` open a text of several lines, written from the next line, \
                 indented; for text that starts with `|` or `>`, quote it: `- \"> …\"`",
            )),
        )
    } else if info.contains("wrongly indented line in block scalar") {
        (
            t(
                "dòng này của đoạn `|` hoặc `>` thụt vào ít hơn dòng đầu",
                "this line of a `|` or `>` text is indented less than its first line",
            ),
            Some(t(
                "thụt mọi dòng của đoạn chữ vào ít nhất bằng dòng đầu",
                "indent every line of the text at least as far as its first line",
            )),
        )
    } else if info.contains("unexpected eof") || info.contains("end of stream") {
        (
            t(
                "tệp kết thúc giữa chừng một giá trị",
                "the file ends in the middle of a value",
            ),
            None,
        )
    } else if info.contains("simple key") {
        (
            t(
                "sau khóa phải có `: ` trên cùng dòng",
                "a key must be followed by `: ` on the same line",
            ),
            Some(t(
                "khóa là chữ ngắn trên một dòng; đoạn chữ dài đặt ở phần giá trị",
                "a key is short text on one line; long text belongs in a value",
            )),
        )
    } else if info.contains("byte order mark") {
        (
            t(
                "dấu thứ tự byte (U+FEFF) nằm giữa tệp",
                "a byte order mark (U+FEFF) inside the file",
            ),
            Some(t("xóa ký tự ẩn ở đây", "delete the invisible character here")),
        )
    } else {
        // The scanner's own words are English: the Vietnamese report names
        // the problem without them.
        (
            t(
                "YAML không hợp lệ: công cụ không đọc được chỗ này",
                format!("invalid YAML: {info}"),
            ),
            None,
        )
    };
    let d =
        Diagnostic::error(Code::YamlSyntax, span, message).with_label(t("ở đây", "here"));
    match help {
        Some(help) => d.with_help(help),
        None => d,
    }
}

/// The help of a date or period typed with a typographic `dash` where a
/// hyphen is meant, `fixed` the value as it should be:
///
/// ```text
/// có phải `2024-2025`? ở đây dùng dấu gạch nối `-` trên bàn phím, không
/// dùng dấu `–` (Word hay tự đổi `-` thành `–`)
/// ```
///
/// or, when the dash stands between the ends of a range, "có phải
/// `2024..2026`? các năm hoặc các tháng liền nhau viết với hai dấu chấm
/// `..`, không dùng dấu `–`".
pub(crate) fn typographic_dash(fixed: &str, dash: char) -> Text {
    if fixed.contains("..") {
        t(
            format!(
                "có phải `{fixed}`? các năm hoặc các tháng liền nhau viết với hai dấu chấm \
                 `..`, không dùng dấu `{dash}`"
            ),
            format!(
                "did you mean `{fixed}`? a range is written with two dots `..`, not `{dash}`"
            ),
        )
    } else {
        t(
            format!(
                "có phải `{fixed}`? ở đây dùng dấu gạch nối `-` trên bàn phím, không dùng \
                 dấu `{dash}` (Word hay tự đổi `-` thành `{dash}`)"
            ),
            format!(
                "did you mean `{fixed}`? use the keyboard's hyphen `-` here, not `{dash}` \
                 (Word often turns `-` into `{dash}`)"
            ),
        )
    }
}

/// Curly quotes (`“…”`, `‘…’`) where YAML needs straight ones: Word's
/// autocorrect types them. `inner` is the value inside them, when a typed
/// value was wrapped in them (`time: “08:00”`).
pub(crate) fn curly_quotes(inner: Option<&str>) -> Text {
    let why = t(
        "dấu ngoặc kép cong “ ” và ‘ ’ (Word tự đổi từ dấu thẳng) không phải ngoặc kép của YAML",
        "curly quotes “ ” and ‘ ’ (Word's autocorrect for straight ones) are not YAML quotes",
    );
    match inner {
        Some(inner) => t(
            format!("{}: bỏ chúng đi, viết `{inner}`", why.vi),
            format!("{}: remove them, write `{inner}`", why.en),
        ),
        None => t(
            format!(
                "{}: gõ lại bằng dấu `\"` trên bàn phím, như `name: \"Hội nghị: sơ kết\"`",
                why.vi
            ),
            format!(
                "{}: type `\"` on the keyboard instead, as in `name: \"Hội nghị: sơ kết\"`",
                why.en
            ),
        ),
    }
}

/// A comment that reads as text, after a plain value on its line: YAML
/// leaves `comment` (`#3 và tệp dữ liệu.`) out of the value.
pub(crate) fn comment_in_text(span: Span, comment: &str) -> Diagnostic {
    let shown = quote(comment);
    Diagnostic::warning(
        Code::CommentInText,
        span,
        t(
            format!("{shown} không được in: YAML đọc chữ sau ` #` là ghi chú"),
            format!("{shown} is not printed: YAML reads text after ` #` as a comment"),
        ),
    )
    .with_label(t("bị bỏ qua", "left out"))
    .with_help(t(
        "đặt cả đoạn chữ trong ngoặc kép, như `- \"Cập nhật bản đồ số #3 và tệp dữ liệu\"`, \
         để in cả phần sau `#`; nếu đây là ghi chú, viết một dấu cách sau `#`",
        "put the whole text in double quotes, as in `- \"Cập nhật bản đồ số #3 và tệp dữ \
         liệu\"`, to print what follows `#`; if it is a comment, write a space after `#`",
    ))
}

/// A line of a plain text that starts with `- ` after a line ending a
/// sentence: most likely a list item indented deeper than the others, which
/// YAML joined to the item above; `span` is that line.
pub(crate) fn list_item_joined(span: Span) -> Diagnostic {
    Diagnostic::warning(
        Code::ListItemJoined,
        span,
        t(
            "dòng `- ` này bị nối vào dòng trên thành một dòng của danh sách",
            "this `- ` line is joined to the line above as one item",
        ),
    )
    .with_label(t("thụt vào sâu hơn các dòng `- ` khác", "indented deeper than the other `- ` items"))
    .with_help(t(
        "nếu đây là một dòng mới của danh sách, bớt dấu cách ở đầu dòng cho dấu `-` thẳng cột \
         với dấu `-` của các dòng trên; nếu đúng là chữ nối tiếp, đưa `-` lên cuối dòng trên",
        "if it is a new item, remove spaces at the start of the line so that its `-` lines up \
         with the `-` of the items above; if it goes on the text above, move the `-` to the end \
         of the line above",
    ))
}

/// A `\` that double quotes do not take (`typed`: `\xã`, `\H`), at it.
pub(crate) fn bad_escape(span: Span, typed: &str) -> Diagnostic {
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("dấu `\\` không hợp lệ trong ngoặc kép: `{typed}`"),
            format!("unknown `\\` escape in double-quoted text: `{typed}`"),
        ),
    )
    .with_label(t("dấu `\\` này", "this `\\`"))
    .with_help(t(
        "trong ngoặc kép, `\\` bắt đầu một mã như `\\n`; viết `\\\\` cho một dấu gạch chéo \
         ngược, hoặc dùng nháy đơn: 'C:\\thư mục'",
        "inside double quotes `\\` starts a code such as `\\n`; write `\\\\` for a backslash, \
         or use single quotes: 'C:\\thư mục'",
    ))
}

/// A tab used for indentation.
pub(crate) fn tab_indent(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::TabIndent,
        span,
        t(
            "không dùng dấu tab để thụt lề YAML; dùng dấu cách",
            "tabs cannot indent YAML; use spaces",
        ),
    )
    .with_label(t("dấu tab", "tab"))
    .with_help(t(
        "thay dấu tab bằng dấu cách (thường hai dấu cách mỗi bậc)",
        "replace the tab with spaces (two per level is usual)",
    ))
}

/// A space YAML does not take for one (`c`: a no-break space pasted from
/// Word, an ideographic space) in the indentation, after a list's `-` or
/// around a key's `:` (`src/load/slips.rs`).
pub(crate) fn special_space(span: Span, c: char) -> Diagnostic {
    let code = format!("U+{:04X}", u32::from(c));
    let (vi, en) = if c == '\u{A0}' {
        (format!("dấu cách không ngắt ({code})"), format!("a no-break space ({code})"))
    } else {
        (format!("dấu cách đặc biệt ({code})"), format!("a special space ({code})"))
    };
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("ở đây có {vi}, không phải dấu cách thường: YAML đọc sai dòng này"),
            format!("{en} here is not a plain space: YAML misreads this line"),
        ),
    )
    .with_label(t(vi, en))
    .with_help(t(
        "xóa ký tự này rồi gõ lại bằng phím cách (nó thường có khi chép từ Word hay trang web)",
        "delete it and type a plain space instead (it often comes with text copied from Word or the web)",
    ))
}

/// A list item marked with `c`, Word's bullet (`•`, `–`, `+`, `*`), where a
/// list's `- ` belongs (`src/load/slips.rs`).
pub(crate) fn bullet_not_dash(span: Span, c: char) -> Diagnostic {
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("dấu `{c}` không phải dấu đầu dòng của danh sách trong YAML"),
            format!("`{c}` does not start a list item in YAML"),
        ),
    )
    .with_label(t("cần `- ` ở đây", "`- ` is needed here"))
    .with_help(t(
        format!(
            "thay `{c}` bằng `-` (dấu trừ trên bàn phím) rồi một dấu cách, ở mọi dòng của danh sách"
        ),
        format!("replace `{c}` with `-` (the minus key) and a space, on every item of the list"),
    ))
}

/// A list item with no space after its `-` (`-Tổ chức …`): YAML reads it
/// as text joined to the lines around it. `rest` is what follows the `-`.
pub(crate) fn no_space_after_dash(span: Span, rest: &str) -> Diagnostic {
    let mut value: String = rest.chars().take(30).collect();
    if value.len() < rest.len() {
        value.push('…');
    }
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            "thiếu dấu cách sau `-`, nên dòng này không thành một dòng của danh sách",
            "no space after the `-`, so this line is not a list item",
        ),
    )
    .with_label(t("cần một dấu cách sau dấu `-`", "a space is needed after the `-`"))
    .with_help(t(format!("viết `- {value}`"), format!("write `- {value}`")))
}

/// A key followed by the full-width colon `：` (U+FF1A) of an East Asian
/// keyboard layout, which YAML does not read as `:`.
pub(crate) fn fullwidth_colon(span: Span, key: &str) -> Diagnostic {
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("sau `{key}` là dấu `：` toàn khổ (U+FF1A), không phải dấu `:`"),
            format!("`{key}` is followed by the full-width `：` (U+FF1A), not `:`"),
        ),
    )
    .with_label(t("dấu hai chấm toàn khổ", "full-width colon"))
    .with_help(t(
        format!("xóa nó rồi gõ dấu `:` trên bàn phím: `{key}: …`"),
        format!("delete it and type `:` on the keyboard: `{key}: …`"),
    ))
}

/// A key with no space between its colon and the value (`title:Kinh tế`):
/// YAML reads the whole line as text. `rest` is what follows the colon.
pub(crate) fn no_space_after_key(span: Span, key: &str, rest: &str) -> Diagnostic {
    let mut value: String = rest.chars().take(30).collect();
    if value.len() < rest.len() {
        value.push('…');
    }
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("thiếu dấu cách sau `{key}:`, nên cả dòng bị đọc thành chữ"),
            format!("no space after `{key}:`, so the whole line reads as text"),
        ),
    )
    .with_label(t("cần một dấu cách sau dấu `:`", "a space is needed after the `:`"))
    .with_help(t(format!("viết `{key}: {value}`"), format!("write `{key}: {value}`")))
}

/// A key of the format typed without its colon where a key belongs
/// (`place Mỹ Độ`): YAML reads the line as text and blames a later line.
/// `value` is what follows the key. "thiếu dấu `:` sau khóa `place`",
/// help "viết `place: Mỹ Độ`".
pub(crate) fn missing_colon(span: Span, key: &str, value: &str) -> Diagnostic {
    let value = shortened(value.split(" #").next().unwrap_or(value).trim_end());
    let written =
        if value.is_empty() { format!("{key}: …") } else { format!("{key}: {value}") };
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("thiếu dấu `:` sau khóa `{key}`"),
            format!("no `:` after the key `{key}`"),
        ),
    )
    .with_label(t("cần `: ` sau khóa này", "`: ` is needed after this key"))
    .with_help(t(
        format!("viết `{written}`: sau tên khóa là dấu hai chấm rồi một dấu cách"),
        format!("write `{written}`: a key is followed by a colon and a space"),
    ))
}

/// A key indented deeper than the key above it, which has its value on its
/// line (`   name: …` under `  parent: …`): YAML stops at its `:`. `more` is
/// how many spaces too many. "khóa `name` thụt vào sâu hơn khóa `parent` ở
/// dòng trên 1 dấu cách".
pub(crate) fn key_indented_deeper(
    span: Span,
    key: &str,
    above: &str,
    more: usize,
) -> Diagnostic {
    let spaces = if more == 1 { "space" } else { "spaces" };
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("khóa `{key}` thụt vào sâu hơn khóa `{above}` ở dòng trên {more} dấu cách"),
            format!("the key `{key}` is indented {more} more {spaces} than `{above}` above it"),
        ),
    )
    .with_label(t(format!("thừa {more} dấu cách"), format!("{more} {spaces} too many")))
    .with_help(t(
        format!(
            "xóa {more} dấu cách ở đầu dòng cho `{key}:` thẳng cột với `{above}:` \
             (các khóa cùng một nhóm bắt đầu ở cùng một cột); nếu chính dòng `{above}:` \
             bị lệch, sửa thụt lề của dòng đó"
        ),
        format!(
            "delete {more} {spaces} at the start of the line so that `{key}:` lines up with `{above}:` \
             (the keys of one group start in the same column); if the line of `{above}:` is the \
             one out of place, fix its indentation instead"
        ),
    ))
}

/// A `{ … }` or `[ … ]` value whose line ends before its `closer`
/// (`- { date: 2024-05-29, name: Hội nghị`), at the line's end: YAML
/// blames the next line. "thiếu dấu `}` ở cuối dòng".
pub(crate) fn unclosed_flow(span: Span, closer: char) -> Diagnostic {
    let opener = if closer == '}' { '{' } else { '[' };
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("thiếu dấu `{closer}` ở cuối dòng"),
            format!("the `{closer}` is missing at the end of the line"),
        ),
    )
    .with_label(t(format!("cần `{closer}` ở đây"), format!("`{closer}` is needed here")))
    .with_help(t(
        format!("thêm `{closer}` ở cuối dòng để đóng dấu `{opener}` đã mở trên dòng này"),
        format!("add `{closer}` at the end of the line to close the `{opener}` it opens"),
    ))
}

/// A `[ … ]` or `{ … }` line whose closer YAML reads as part of a comment:
/// a text holding ` #` (`[Thanh toán #2, Văn phòng]`) stops the line's
/// code there. "dấu `#` sau dấu cách mở đầu ghi chú: YAML bỏ phần còn lại
/// của dòng, cả dấu `]`".
pub(crate) fn flow_cut_by_comment(span: Span, closer: char) -> Diagnostic {
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!(
                "dấu `#` sau dấu cách mở đầu ghi chú: YAML bỏ phần còn lại của dòng, cả dấu \
                 `{closer}`"
            ),
            format!(
                "a `#` after a space starts a comment: YAML leaves out the rest of the line, \
                 its `{closer}` too"
            ),
        ),
    )
    .with_label(t("ghi chú bắt đầu từ đây", "the comment starts here"))
    .with_help(t(
        "đặt chữ có dấu `#` trong ngoặc kép, như `[\"Thanh toán #2\", Văn phòng]`",
        "put the text holding `#` in double quotes, as in `[\"Thanh toán #2\", Văn phòng]`",
    ))
}

/// A list item of several keys on one line without `{ }` around them
/// (`- date: 2024-05-29, name: Hội nghị`): YAML stops at the second `: `.
/// `keys` is the line from its first key on.
pub(crate) fn flow_without_braces(span: Span, keys: &str) -> Diagnostic {
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            "nhiều khóa trên một dòng phải đặt trong dấu `{ }`",
            "several keys on one line must stand inside `{ }`",
        ),
    )
    .with_label(t("thiếu `{ }`", "`{ }` missing"))
    .with_help(t(format!("viết `- {{ {keys} }}`"), format!("write `- {{ {keys} }}`")))
}

/// A list item whose `-` stands `less` columns left of the items above it
/// (`    - >-` among items at column 6): YAML names the text after it as
/// out of line with keys. "dấu `-` của dòng này lệch sang trái 2 cột so
/// với các dòng trên của danh sách".
pub(crate) fn item_shallower(span: Span, less: usize) -> Diagnostic {
    let columns = if less == 1 { "column" } else { "columns" };
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("dấu `-` của dòng này lệch sang trái {less} cột so với các dòng trên của danh sách"),
            format!("this item's `-` stands {less} {columns} left of the items above"),
        ),
    )
    .with_label(t(format!("thiếu {less} dấu cách"), format!("{less} spaces short")))
    .with_help(t(
        format!("thêm {less} dấu cách ở đầu dòng cho dấu `-` thẳng cột với các dòng trên"),
        format!("add {less} spaces at the start of the line so that the `-` lines up with the items above"),
    ))
}

/// A line of a list typed without its `- ` (`  Các chi bộ trực thuộc` under
/// `  - MTTQ …`): YAML blames the next line, or joins the line to the item
/// above. `body` is the line without its indentation.
///
/// `more` is how many spaces deeper a line that goes on with the item
/// above must start: two under `- Hoàn thành …`, four under `- title: …`.
pub(crate) fn missing_dash(span: Span, body: &str, more: usize) -> Diagnostic {
    let value = shortened(body.trim_end());
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            "dòng này thiếu `- ` ở đầu, nên không thành một dòng của danh sách",
            "this line has no `- ` in front, so it is not a list item",
        ),
    )
    .with_label(t("cần `- ` ở đầu dòng", "`- ` is needed in front"))
    .with_help(t(
        format!(
            "viết `- {value}`, thẳng cột với các dòng trên; \
             nếu đây là phần tiếp của dòng trên, thụt vào thêm {} dấu cách",
            if more == 2 { "hai".to_owned() } else { more.to_string() }
        ),
        format!(
            "write `- {value}`, in line with the items above; \
             if it continues the item above, indent it {} more spaces",
            if more == 2 { "two".to_owned() } else { more.to_string() }
        ),
    ))
}

/// A value that starts with a quoted phrase and goes on after its closing
/// quote: `value` as typed (`"Hoàn thành" báo cáo năm 2024.`), `quote` the
/// mark it starts with. The whole value goes in the other kind of quotes:
///
/// ```text
/// chữ tiếp sau dấu ngoặc kép đóng: YAML hiểu giá trị chỉ là phần trong ngoặc
/// gợi ý: đặt cả đoạn trong nháy đơn: `'"Hoàn thành" báo cáo năm 2024.'`
/// ```
pub(crate) fn quoted_then_text(span: Span, value: &str, quote: char) -> Diagnostic {
    let (mark_vi, mark_en, other_vi, whole) = if quote == '"' {
        (
            "ngoặc kép",
            "double quote",
            "nháy đơn",
            format!("'{}'", value.replace('\'', "''")),
        )
    } else {
        (
            "nháy đơn",
            "single quote",
            "ngoặc kép",
            format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\"")),
        )
    };
    let other_en = if quote == '"' { "single quotes" } else { "double quotes" };
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("có chữ tiếp sau dấu {mark_vi} đóng: YAML hiểu giá trị chỉ là phần trong {mark_vi}"),
            format!("words follow the closing {mark_en}: YAML takes the value to be the quoted part alone"),
        ),
    )
    .with_label(t("giá trị bắt đầu bằng dấu nháy", "the value starts with a quote"))
    .with_help(t(
        format!("đặt cả đoạn trong {other_vi}: `{whole}`"),
        format!("put the whole text in {other_en}: `{whole}`"),
    ))
}

/// A line of text that goes on with the value of the line above but is
/// indented no deeper than that line's `key` (or its `-`, for a list
/// item's text: `key` is `None`): YAML reads it as a key and blames the
/// next key. `spaces` is the indentation that makes it go on:
///
/// ```text
/// dòng này viết tiếp chữ của `closing` ở dòng trên, nhưng chưa thụt vào
/// gợi ý: thụt dòng này vào 2 dấu cách (sâu hơn `closing`), hoặc nối nó vào
///        cuối dòng trên
/// ```
pub(crate) fn continuation_not_indented(
    span: Span,
    key: Option<&str>,
    spaces: usize,
) -> Diagnostic {
    let (what_vi, what_en, deeper_vi, deeper_en) = match key {
        Some(key) => (
            format!("chữ của `{key}`"),
            format!("the text of `{key}`"),
            format!("sâu hơn `{key}`"),
            format!("deeper than `{key}`"),
        ),
        None => (
            "một dòng của danh sách".to_owned(),
            "a list item".to_owned(),
            "sâu hơn dấu `-` của dòng trên".to_owned(),
            "deeper than the `-` above".to_owned(),
        ),
    };
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("dòng này viết tiếp {what_vi} ở dòng trên, nhưng chưa thụt vào"),
            format!("this line goes on with {what_en} above, but is not indented"),
        ),
    )
    .with_label(t("chưa thụt vào đủ", "not indented enough"))
    .with_help(t(
        format!(
            "thụt dòng này vào {spaces} dấu cách ({deeper_vi}), hoặc nối nó vào cuối dòng trên"
        ),
        format!(
            "indent this line by {spaces} spaces ({deeper_en}), or join it to the end of the line above"
        ),
    ))
}

/// At most 30 characters of `text`, with `…` when cut.
fn shortened(text: &str) -> String {
    let mut value: String = text.chars().take(30).collect();
    if value.len() < text.len() {
        value.push('…');
    }
    value
}

/// A value that starts with `{` or `[` closed on its line and goes on with
/// words: `line` is the value as typed (`{kh12} đã được triển khai.`), which
/// YAML reads as a `{ … }` mapping or a `[ … ]` list and then stops.
pub(crate) fn text_starts_with_bracket(span: Span, line: &str) -> Diagnostic {
    let open = line.chars().next().unwrap_or('{');
    let group = if open == '[' {
        t("danh sách `[ … ]`", "a `[ … ]` list")
    } else {
        t("nhóm `{ … }`", "a `{ … }` mapping")
    };
    let quoted = line.trim_end().replace('"', "\\\"");
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("đoạn chữ bắt đầu bằng `{open}` bị đọc thành {}", group.vi),
            format!("text that starts with `{open}` was read as {}", group.en),
        ),
    )
    .with_label(t("đoạn chữ này", "this text"))
    .with_help(t(
        format!("đặt cả đoạn chữ trong ngoặc kép: `\"{quoted}\"`"),
        format!("put the whole text in double quotes: `\"{quoted}\"`"),
    ))
}

/// An anchor (`&a`) or alias (`*a`); `more` counts the others in the file.
/// An `alias` (`*…`) is most often italic or bold at the start of a text
/// (`- *Lưu ý:* …`): the help says to quote it.
pub(crate) fn yaml_anchor(span: Span, more: usize, alias: bool) -> Diagnostic {
    let mut help = t("viết đầy đủ giá trị", "write the value out in full");
    if alias {
        help = t(
            "chữ bắt đầu bằng `*` (in nghiêng `*…*`, in đậm `**…**`) phải đặt trong \
             ngoặc kép, như `- \"*Lưu ý:* …\"`; nếu không, viết đầy đủ giá trị",
            "text that starts with `*` (italic `*…*`, bold `**…**`) must be in double \
             quotes, as in `- \"*Lưu ý:* …\"`; otherwise write the value out in full",
        );
    }
    match more {
        0 => {}
        1 => {
            help.vi.push_str(" (tệp này còn 1 neo hoặc bí danh khác)");
            help.en.push_str(" (this file has 1 more anchor or alias)");
        }
        n => {
            help.vi.push_str(&format!(" (tệp này còn {n} neo hoặc bí danh khác)"));
            help.en.push_str(&format!(" (this file has {n} more anchors or aliases)"));
        }
    }
    Diagnostic::error(
        Code::YamlAnchor,
        span,
        t(
            "không dùng được neo và bí danh (`&…`, `*…`)",
            "anchors and aliases are not supported",
        ),
    )
    .with_label(t("neo hoặc bí danh", "anchor or alias"))
    .with_help(help)
}

/// A tag (`!foo`); `more` counts the others in the file.
pub(crate) fn yaml_tag(span: Span, more: usize) -> Diagnostic {
    let mut help = t(
        "chữ bắt đầu bằng `!` phải đặt trong ngoặc kép: `\"!…\"`",
        "text that starts with `!` must be quoted: `\"!…\"`",
    );
    match more {
        0 => {}
        1 => {
            help.vi.push_str(" (tệp này còn 1 thẻ khác)");
            help.en.push_str(" (this file has 1 more tag)");
        }
        n => {
            help.vi.push_str(&format!(" (tệp này còn {n} thẻ khác)"));
            help.en.push_str(&format!(" (this file has {n} more tags)"));
        }
    }
    Diagnostic::error(
        Code::YamlTag,
        span,
        t("không dùng được thẻ YAML (`!…`)", "YAML tags (`!…`) are not supported"),
    )
    .with_label(t("thẻ", "tag"))
    .with_help(help)
}

/// The file's first line of content indented by `spaces` spaces, and line
/// `line` less: YAML cannot read that line's key.
pub(crate) fn indented_first_line(span: Span, spaces: usize, line: usize) -> Diagnostic {
    Diagnostic::error(
        Code::YamlSyntax,
        span,
        t(
            format!("dòng đầu tiên thụt vào {spaces} dấu cách, còn dòng {line} thì không"),
            format!("the first line is indented by {spaces} spaces, and line {line} is not"),
        ),
    )
    .with_label(t("thụt lề thừa", "extra indentation"))
    .with_help(t(
        "xóa các dấu cách ở đầu dòng này: các khóa của kế hoạch (`kind:`, `style:` …) \
         bắt đầu ngay ở đầu dòng",
        "delete the spaces at the start of this line: the plan's keys (`kind:`, `style:` …) \
         start at the beginning of the line",
    ))
}

/// A control character `c` (in a text, or where YAML cannot read on);
/// `more` counts the others in the same text.
pub(crate) fn control_character(span: Span, c: char, more: usize) -> Diagnostic {
    let mut help = if super::scalar::breaks_line_unseen(c) {
        t(
            "thay ký tự này bằng một dấu cách: đây là dấu xuống dòng ẩn, thường có khi chép \
             chữ từ trang web; bản PDF ngắt dòng ở đó, giữa câu",
            "replace it with a space: it is a hidden line break, usually from text copied \
             out of a web page; the PDF breaks the line there, in mid-sentence",
        )
    } else if super::scalar::steers_text_unseen(c) {
        t(
            "xóa ký tự này: nó không hiện ra, nhưng đổi chỗ ngắt dòng hay thứ tự chữ và \
             làm hỏng việc tìm chữ trong bản PDF; thường có khi chép chữ từ trang web",
            "delete it: it does not show, but it changes where lines break or the order \
             of the text, and breaks searching the PDF; it usually comes from text \
             copied out of a web page",
        )
    } else {
        t(
            "xóa ký tự này: nó in ra thành khoảng trống hoặc ô vuông, thường do chép chữ \
             từ chương trình khác",
            "delete it: it prints as nothing or as a box, and usually comes from \
             text copied out of another program",
        )
    };
    match more {
        0 => {}
        1 => {
            help.vi.push_str(" (đoạn chữ này còn 1 ký tự như vậy)");
            help.en.push_str(" (this text holds 1 more)");
        }
        n => {
            help.vi.push_str(&format!(" (đoạn chữ này còn {n} ký tự như vậy)"));
            help.en.push_str(&format!(" (this text holds {n} more)"));
        }
    }
    let code = u32::from(c);
    Diagnostic::error(
        Code::ControlCharacter,
        span,
        t(
            format!("ký tự điều khiển ẩn U+{code:04X}"),
            format!("invisible control character U+{code:04X}"),
        ),
    )
    .with_label(t("ký tự điều khiển", "control character"))
    .with_help(help)
}

/// Lists and mappings nested deeper than `limit`.
pub(crate) fn too_deep(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooDeep,
        span,
        t(
            format!("lồng nhau quá sâu (quá {limit} bậc)"),
            format!("nested too deeply (more than {limit} levels)"),
        ),
    )
    .with_label(t("quá sâu", "too deep"))
    .with_help(t(
        "một kế hoạch chỉ cần vài bậc danh sách và nhóm khóa",
        "a plan needs only a few levels of lists and mappings",
    ))
}

/// A file with more than `limit` values.
pub(crate) fn too_many_values(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("tệp có hơn {limit} giá trị"),
            format!("the file holds more than {limit} values"),
        ),
    )
    .with_label(t("đến đây thì vượt giới hạn", "the limit is reached here"))
    .with_help(t(
        "một kế hoạch có vài trăm giá trị; kiểm tra xem tệp này có đúng là kế hoạch không",
        "a plan holds a few hundred values; check that this file is a plan",
    ))
}

/// A plan file larger than [`MAX_FILE_BYTES`].
pub(crate) fn file_too_large(path: &Path) -> Diagnostic {
    let (path, size) = (path.display(), size_text(MAX_FILE_BYTES));
    Diagnostic::global(
        Code::TooLarge,
        t(
            format!("tệp `{path}` lớn hơn {size}"),
            format!("the file `{path}` is larger than {size}"),
        ),
    )
    .with_help(t(
        "một kế hoạch chỉ vài chục KiB chữ; kiểm tra xem tệp này có đúng là kế hoạch không",
        "a plan is a few dozen KiB of text; check that this file is a plan",
    ))
}

/// An included file larger than [`MAX_FILE_BYTES`]; `span` is the entry.
pub(crate) fn include_too_large(span: Span, path: &Path) -> Diagnostic {
    let (path, size) = (path.display(), size_text(MAX_FILE_BYTES));
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("tệp dùng chung `{path}` lớn hơn {size}"),
            format!("the included file `{path}` is larger than {size}"),
        ),
    )
    .with_label(t("quá lớn", "too large"))
    .with_help(t(
        "tệp dùng chung chứa văn bản chỉ đạo, cơ quan ban hành, người ký…: vài KiB",
        "an included file holds shared directives, issuer, signer…: a few KiB",
    ))
}

/// More than `limit` included files in one plan; `span` is the entry.
pub(crate) fn too_many_includes(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("kế hoạch đưa vào hơn {limit} tệp dùng chung"),
            format!("the plan includes more than {limit} files"),
        ),
    )
    .with_label(t("thừa một tệp", "one include too many"))
    .with_help(t(
        "một kế hoạch chỉ cần một hai tệp dùng chung; kiểm tra các dòng lặp lại",
        "a plan needs one or two shared files; check for repeated entries",
    ))
}

/// Includes nested deeper than `limit`.
pub(crate) fn include_too_deep(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooDeep,
        span,
        t(
            format!("tệp dùng chung lồng nhau quá sâu (quá {limit} bậc)"),
            format!("includes nested too deeply (more than {limit})"),
        ),
    )
    .with_label(t("thừa một tệp", "one include too many"))
}

/// A second document.
pub(crate) fn multiple_documents(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::MultipleDocuments,
        span,
        t(
            "mỗi tệp kế hoạch chỉ chứa một văn bản YAML",
            "a plan file holds one YAML document",
        ),
    )
    .with_label(t("văn bản thứ hai bắt đầu ở đây", "a second document starts here"))
    .with_help(t(
        "xóa dòng `---` này và phần sau nó, hoặc chuyển phần đó sang tệp riêng",
        "remove this `---` line and what follows, or move it to its own file",
    ))
}

/// No document at all.
pub(crate) fn empty_file(span: Span) -> Diagnostic {
    Diagnostic::error(Code::EmptyFile, span, t("tệp trống", "the file is empty")).with_help(t(
        "một kế hoạch là các dòng `khóa: giá trị` như `kind: chuong-trinh`; xem plan-format.md",
        "a plan is a mapping of keys such as `kind: chuong-trinh`; see plan-format.md",
    ))
}

/// The top level of a file is not a mapping.
pub(crate) fn top_not_mapping(span: Span, found: &Text) -> Diagnostic {
    Diagnostic::error(
        Code::WrongType,
        span,
        t(
            format!("đầu tệp phải là các dòng `khóa: giá trị`, nhưng lại là {}", found.vi),
            format!("expected a mapping of keys at the top of the file, found {}", found.en),
        ),
    )
    .with_label(t("không phải nhóm khóa", "not a mapping"))
    .with_help(t(
        "một kế hoạch là các dòng `khóa: giá trị` như `kind: chuong-trinh`, mỗi khóa một dòng",
        "a plan is a mapping of keys such as `kind: chuong-trinh`, one per line",
    ))
}

/// The top-level file is not UTF-8; `span` is the first byte that is not,
/// in the file decoded with replacement characters. `legacy` when its
/// bytes read as Vietnamese in TCVN3 or VNI: the message names the
/// encoding, the help shows the line read in it and how to convert it:
///
/// ```text
/// tệp `plan.yaml` có vẻ được lưu ở bảng mã cũ TCVN3 (ABC), không phải UTF-8 (dòng 4, cột 10)
/// help: đọc theo TCVN3, dòng 4 là “place: Phường Mỹ Độ”; chuyển tệp sang Unicode: …
/// ```
pub(crate) fn not_utf8_file(
    span: Span,
    path: &Path,
    at: &NotUtf8,
    legacy: Option<&LegacyFile>,
) -> Diagnostic {
    let (path, line, column) = (path.display(), at.line, at.column);
    if let Some(legacy) = legacy {
        let (message, label, help) = legacy_words(legacy, line);
        return Diagnostic::error(
            Code::NotUtf8,
            span,
            t(
                format!("tệp `{path}` {} (dòng {line}, cột {column})", message.vi),
                format!(
                    "the file `{path}` {} (line {line}, column {column})",
                    message.en
                ),
            ),
        )
        .with_label(label)
        .with_help(help);
    }
    Diagnostic::error(
        Code::NotUtf8,
        span,
        t(
            format!("tệp `{path}` không phải chữ UTF-8 (dòng {line}, cột {column})"),
            format!("the file `{path}` is not UTF-8 text (line {line}, column {column})"),
        ),
    )
    .with_label(t("không phải UTF-8", "not UTF-8"))
    .with_help(t(
        "lưu tệp ở bảng mã UTF-8 (không dùng được bảng mã cũ TCVN3/VNI); \
         trong trình soạn thảo, chọn \"Lưu thành\" (Save as) và bảng mã UTF-8",
        "save it as UTF-8 (legacy TCVN3/VNI encodings are not supported); \
         in a text editor, choose \"Save as\" and the encoding UTF-8",
    ))
}

/// What a file saved in TCVN3 or VNI is, its label, and how to convert it,
/// for [`not_utf8_file`] and [`not_utf8_include`]; `line` is the line of
/// the first byte that is not UTF-8, which `legacy.line` shows read.
fn legacy_words(legacy: &LegacyFile, line: usize) -> (Text, Text, Text) {
    let encoding = legacy.encoding;
    // "TCVN3 (ABC)" is "TCVN3" in the label and help.
    let short = encoding.split(' ').next().unwrap_or(encoding);
    let shown = &legacy.line;
    (
        t(
            format!("có vẻ được lưu ở bảng mã cũ {encoding}, không phải UTF-8"),
            format!("looks saved in the legacy {encoding} encoding, not UTF-8"),
        ),
        t(format!("chữ {short}"), format!("{short} text")),
        t(
            format!(
                "đọc theo {short}, dòng {line} là “{shown}”; chuyển tệp sang Unicode: mở tệp \
                 trong trình soạn thảo, chép hết nội dung, chuyển mã bằng Unikey (\"Công cụ \
                 chuyển mã\", nguồn {short}, đích Unicode), dán lại rồi chọn \"Lưu thành\" \
                 (Save as) với bảng mã UTF-8"
            ),
            format!(
                "read as {short}, line {line} says “{shown}”; convert the file to Unicode: \
                 copy its whole text, convert it with Unikey's converter (source {short}, \
                 target Unicode), paste it back and save it as UTF-8"
            ),
        ),
    )
}

/// What a UTF-16 or office file is, and how to make a plan of it, for
/// [`foreign_file`] and [`foreign_include`].
fn foreign_words(kind: Foreign) -> (Text, Text, Text) {
    match kind {
        Foreign::Utf16 => (
            t(
                "được lưu ở bảng mã UTF-16 (Notepad gọi là \"Unicode\"), không phải UTF-8",
                "is saved as UTF-16 (what Notepad calls \"Unicode\"), not UTF-8",
            ),
            t("bảng mã UTF-16", "UTF-16"),
            t(
                "mở tệp trong trình soạn thảo, chọn \"Lưu thành\" (Save as), ở ô \"Mã hóa\" \
                 (Encoding) chọn UTF-8 rồi lưu",
                "open it in the editor, choose \"Save as\", pick the encoding UTF-8 and save",
            ),
        ),
        Foreign::Office => (
            t(
                "là tệp Word hoặc Excel (.docx, .doc, .xlsx) hay tệp nén, không phải tệp chữ YAML",
                "is a Word or Excel document (.docx, .doc, .xlsx) or an archive, not YAML text",
            ),
            t("không phải tệp chữ", "not a text file"),
            t(
                "kế hoạch là tệp chữ .yaml viết theo mẫu (xem thư mục examples/); chép nội dung \
                 văn bản Word vào tệp đó, rồi chạy lại lệnh với tệp .yaml",
                "a plan is a .yaml text file written after the examples (folder examples/); \
                 copy the document's words into one, then run the command on the .yaml file",
            ),
        ),
    }
}

/// The top-level file is UTF-16 text or an office document; `span` is the
/// file's start (the bytes are not shown).
pub(crate) fn foreign_file(span: Span, path: &Path, kind: Foreign) -> Diagnostic {
    let path = path.display();
    let (what, label, help) = foreign_words(kind);
    Diagnostic::error(
        Code::NotUtf8,
        span,
        t(format!("tệp `{path}` {}", what.vi), format!("the file `{path}` {}", what.en)),
    )
    .with_label(label)
    .with_help(help)
}

/// An included file is UTF-16 text or an office document; `span` is the
/// include entry.
pub(crate) fn foreign_include(span: Span, path: &Path, kind: Foreign) -> Diagnostic {
    let path = path.display();
    let (what, _, help) = foreign_words(kind);
    Diagnostic::error(
        Code::NotUtf8,
        span,
        t(
            format!("tệp dùng chung `{path}` {}", what.vi),
            format!("the included file `{path}` {}", what.en),
        ),
    )
    .with_label(t("đưa vào ở đây", "included here"))
    .with_help(help)
}

/// An included file is not UTF-8; `span` is the include entry. `legacy`
/// as for [`not_utf8_file`].
pub(crate) fn not_utf8_include(
    span: Span,
    path: &Path,
    at: &NotUtf8,
    legacy: Option<&LegacyFile>,
) -> Diagnostic {
    let (path, line, column) = (path.display(), at.line, at.column);
    if let Some(legacy) = legacy {
        let (message, _, help) = legacy_words(legacy, line);
        return Diagnostic::error(
            Code::NotUtf8,
            span,
            t(
                format!(
                    "tệp dùng chung `{path}` {} (dòng {line}, cột {column})",
                    message.vi
                ),
                format!(
                    "the included file `{path}` {} (line {line}, column {column})",
                    message.en
                ),
            ),
        )
        .with_label(t("đưa vào ở đây", "included here"))
        .with_help(help);
    }
    Diagnostic::error(
        Code::NotUtf8,
        span,
        t(
            format!("tệp dùng chung `{path}` không phải chữ UTF-8 (dòng {line}, cột {column})"),
            format!(
                "the included file `{path}` is not UTF-8 text (line {line}, column {column})"
            ),
        ),
    )
    .with_label(t("đưa vào ở đây", "included here"))
    .with_help(t(
        "lưu tệp ở bảng mã UTF-8 (không dùng được bảng mã cũ TCVN3/VNI)",
        "save it as UTF-8 (legacy TCVN3/VNI encodings are not supported)",
    ))
}

// ---- keys ----------------------------------------------------------------

/// The same key twice in one mapping; `first_line` is where it first appears.
pub(crate) fn duplicate_key(span: Span, key: &str, first_line: usize) -> Diagnostic {
    let key = quote(key);
    Diagnostic::error(
        Code::DuplicateKey,
        span,
        t(format!("khóa {key} bị ghi hai lần"), format!("duplicate key {key}")),
    )
    .with_label(t("ghi lại ở đây", "set again here"))
    .with_help(t(
        format!("{key} đã có ở dòng {first_line}; giữ lại một trong hai"),
        format!("{key} is already set on line {first_line}; keep one of them"),
    ))
}

/// "khóa lạ `key`" at `span`, without a help line yet.
fn unknown_key_at(span: Span, key: &str) -> Diagnostic {
    let quoted = quote(key);
    Diagnostic::error(
        Code::UnknownKey,
        span,
        t(format!("khóa lạ {quoted}"), format!("unknown key {quoted}")),
    )
    .with_label(t("khóa lạ", "unknown key"))
}

/// A key not in `known`.
pub(crate) fn unknown_key(span: Span, key: &str, known: &[&str]) -> Diagnostic {
    let d = unknown_key_at(span, key);
    if nearest(key, known.iter().copied()).is_none()
        && let Some(best) = crate::suggest::vietnamese_key(key, known.iter().copied())
    {
        return d.with_help(t(
            format!(
                "tên khóa viết bằng tiếng Anh, đúng như trong tệp mẫu: có phải `{best}`?"
            ),
            format!(
                "keys are written in English, as in the examples: did you mean `{best}`?"
            ),
        ));
    }
    match nearest(key, known.iter().copied()) {
        Some(best) => d.with_help(t(
            format!("có phải `{best}`?"),
            format!("did you mean `{best}`?"),
        )),
        None => {
            let keys = list(known);
            d.with_help(t(
                format!("ở đây chỉ dùng được các khóa {}", keys.vi),
                format!("the keys allowed here are {}", keys.en),
            ))
        }
    }
}

/// An unknown `key` like no key of its mapping, the only one there, where
/// the one required key `meant` is missing: it stands for it ("khóa lạ
/// `nơi`", help "ở đây còn thiếu khóa `place`: có phải `nơi` là `place`?").
pub(crate) fn unknown_key_for_missing(span: Span, key: &str, meant: &str) -> Diagnostic {
    let quoted = quote(key);
    unknown_key_at(span, key).with_help(t(
        format!(
            "ở đây còn thiếu khóa `{meant}`: có phải {quoted} là `{meant}`? tên khóa viết \
             bằng tiếng Anh, đúng như trong tệp mẫu"
        ),
        format!(
            "the key `{meant}` is missing here: did you mean `{meant}` for {quoted}? keys are \
             written in English, as in the examples"
        ),
    ))
}

/// A key written in the wrong mapping: `key` belongs to `home` (the top
/// level, `issuer` or `signer`) but stands in `here`, and `home` lacks it.
pub(crate) fn key_in_wrong_place(
    span: Span,
    key: &str,
    home: crate::model::keys::Owner,
    here: crate::model::keys::Owner,
) -> Diagnostic {
    let d = Diagnostic::error(
        Code::UnknownKey,
        span,
        match super::fields::mapping_key(here) {
            Some(at) => t(
                format!("khóa `{key}` không thuộc `{at}`"),
                format!("`{key}` is not a key of `{at}`"),
            ),
            None => t(
                format!("khóa `{key}` không được đặt ở ngoài cùng"),
                format!("`{key}` is not a top-level key"),
            ),
        },
    )
    .with_label(t("đặt sai chỗ", "in the wrong place"));
    match super::fields::mapping_key(home) {
        Some(at) => d.with_help(t(
            format!(
                "`{key}` là khóa của `{at}`: dời dòng này vào dưới `{at}:`, thụt vào thẳng cột \
                 với các khóa của nó"
            ),
            format!(
                "`{key}` is a key of `{at}`: move this line under `{at}:`, indented like its \
                 other keys"
            ),
        )),
        None => d.with_help(t(
            format!(
                "`{key}` là khóa ở ngoài cùng: dời dòng này ra, bỏ thụt lề, cho `{key}:` bắt \
                 đầu ở đầu dòng"
            ),
            format!(
                "`{key}` is a top-level key: move this line out, without indentation, so that \
                 `{key}:` starts the line"
            ),
        )),
    }
}

/// An unknown key with no value that reads as words (`chống dịch`), in a
/// `{ … }` mapping: the text of the key before it went on after a comma,
/// which YAML reads as the start of the next key. `before` is that key and
/// its text (`name`, `Họp Ban Chỉ đạo phòng`) when they are known: the help
/// then shows the whole value, quoted.
pub(crate) fn text_split_by_comma(
    span: Span,
    key: &str,
    before: Option<(&str, &str)>,
) -> Diagnostic {
    let quoted = quote(key);
    let example = match before {
        Some((name, text)) => format!("`{name}: \"{text}, {key}\"`"),
        None => format!("`name: \"…, {key}\"`"),
    };
    Diagnostic::error(
        Code::UnknownKey,
        span,
        t(format!("khóa lạ {quoted}"), format!("unknown key {quoted}")),
    )
    .with_label(t(
        "chữ sau dấu phẩy bị đọc thành một khóa",
        "the words after a comma were read as a key",
    ))
    .with_help(t(
        format!(
            "trong `{{ … }}`, dấu phẩy ngăn cách các khóa: đặt cả nội dung có dấu \
             phẩy trong ngoặc kép, ví dụ {example}"
        ),
        format!(
            "inside `{{ … }}` a comma separates keys: put the whole text that holds \
             the comma in double quotes, e.g. {example}"
        ),
    ))
}

/// A mapping key that is not text (a list, a mapping, nothing).
pub(crate) fn key_not_text(span: Span, found: &Text) -> Diagnostic {
    Diagnostic::error(
        Code::WrongType,
        span,
        t(
            format!("khóa phải là chữ, nhưng lại là {}", found.vi),
            format!("expected text for a key, found {}", found.en),
        ),
    )
    .with_label(t("không phải khóa", "not a key"))
}

/// The owner named in messages when it is the plan itself.
pub(crate) fn the_plan() -> Text {
    t("kế hoạch", "the plan")
}

/// A required key left out of `owner` ([`the_plan`], "`issuer`", "a
/// section").
pub(crate) fn missing_key(span: Span, key: &str, owner: &Text, role: Text) -> Diagnostic {
    let message = if *owner == the_plan() {
        t(format!("thiếu khóa `{key}`"), format!("missing key `{key}`"))
    } else {
        t(
            format!("thiếu khóa `{key}` trong {}", owner.vi),
            format!("missing key `{key}` in {}", owner.en),
        )
    };
    Diagnostic::error(Code::MissingKey, span, message)
        .with_label(t(
            format!("{} không có `{key}`", owner.vi),
            format!("{} has no `{key}`", owner.en),
        ))
        .with_help(role)
}

/// A meeting with neither `date` nor `every`.
pub(crate) fn meeting_without_when(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::MissingKey,
        span,
        t(
            "cuộc họp thiếu khóa `date` hoặc `every`",
            "missing key `date` or `every` in a meeting",
        ),
    )
    .with_label(t("cuộc họp không có `date` hay `every`", "a meeting has no `date` or `every`"))
    .with_help(t(
        "viết `date: 2024-05-28` cho cuộc họp vào một ngày, hoặc `every: monday` cho cuộc họp hằng tuần",
        "write `date: 2024-05-28` for a meeting on one day, or `every: monday` for a weekly one",
    ))
}

/// A meeting with both `date` and `every`; `span` is the second one.
pub(crate) fn date_and_every(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::ConflictingKeys,
        span,
        t(
            "cuộc họp chỉ có `date` hoặc `every`, không có cả hai",
            "a meeting has `date` or `every`, not both",
        ),
    )
    .with_label(t("khóa thứ hai trong `date` và `every`", "second of `date` and `every`"))
    .with_help(t(
        "giữ `date` cho cuộc họp vào một ngày, hoặc `every` cho cuộc họp hằng tuần",
        "keep `date` for a meeting on one day, or `every` for a weekly one",
    ))
}

/// `sections` inside a subsection.
pub(crate) fn section_depth(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::SectionDepth,
        span,
        t("mục chỉ lồng nhau tối đa bốn cấp", "sections nest at most four levels"),
    )
    .with_label(t(
        "`sections` ở mục cấp thứ tư",
        "`sections` in a section of the fourth level",
    ))
    .with_help(t(
        "mục cấp thứ tư chỉ có `title`, `heading`, `intro`, `list`, `items`, `table` \
         và `outro`; đưa các mục này lên một cấp, hoặc viết chúng thành `items`",
        "a section of the fourth level holds `title`, `heading`, `intro`, `list`, \
         `items`, `table` and `outro`; move these sections up a level, or write them \
         as `items`",
    ))
}

/// A `numbering` entry that is not one of the patterns (`allowed`).
pub(crate) fn unknown_pattern(span: Span, value: &str, allowed: &[&str]) -> Diagnostic {
    let value_q = quote(value);
    let d = Diagnostic::error(
        Code::InvalidNumbering,
        span,
        t(
            format!("{value_q} không phải là một kiểu đánh số"),
            format!("{value_q} is not a numbering pattern"),
        ),
    )
    .with_label(t("kiểu đánh số không có", "no such pattern"));
    let patterns = list(allowed);
    let all = t(
        format!("các kiểu đánh số: {}", patterns.vi),
        format!("the patterns: {}", patterns.en),
    );
    match nearest(value, allowed.iter().copied()) {
        Some(best) => d.with_help(t(
            format!("có phải ý là `{best}`? {}", all.vi),
            format!("did you mean `{best}`? {}", all.en),
        )),
        None => d.with_help(all),
    }
}

/// A pattern that needs a parent number at a level that has none: `1.1.`
/// at level 1, `1.1.1.` at level 1 or 2.
pub(crate) fn pattern_level(span: Span, pattern: &str, level: usize) -> Diagnostic {
    let (why, help) = if pattern == "1.1.1." {
        (
            t(
                "`1.1.1.` ghép số của hai cấp trên với số của mục",
                "`1.1.1.` joins the numbers of the two levels above to the section's",
            ),
            t(
                "chỉ dùng `1.1.1.` cho cấp 3 hoặc 4; cấp này dùng `1.1.` hoặc `1.`",
                "use `1.1.1.` only at level 3 or 4; at this level use `1.1.` or `1.`",
            ),
        )
    } else {
        (
            t(
                "kiểu này ghép số của cấp trên với số của mục",
                "this pattern joins the number of the level above to the section's",
            ),
            t(
                "cấp 1 không có cấp trên: dùng `1.`, `I.` hoặc `A.`",
                "level 1 has no level above: use `1.`, `I.` or `A.`",
            ),
        )
    };
    Diagnostic::error(
        Code::InvalidNumbering,
        span,
        t(
            format!("không dùng được `{pattern}` cho cấp {level}: {}", why.vi),
            format!("`{pattern}` cannot number level {level}: {}", why.en),
        ),
    )
    .with_label(t(format!("cấp {level}"), format!("level {level}")))
    .with_help(help)
}

/// A fifth entry of `numbering`.
pub(crate) fn too_many_levels(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::InvalidNumbering,
        span,
        t("`numbering` có nhiều hơn bốn cấp", "`numbering` has more than four levels"),
    )
    .with_label(t("cấp thứ năm", "a fifth level"))
    .with_help(t(
        "mục chỉ có bốn cấp: bỏ bớt kiểu đánh số này",
        "sections have four levels: remove this pattern",
    ))
}

/// `heading: run-in` on a section without `intro`.
pub(crate) fn run_in_without_intro(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::RunInWithoutIntro,
        span,
        t(
            "tiêu đề `run-in` cần đoạn `intro` để in tiếp trên cùng dòng",
            "a `run-in` heading needs an `intro` to run on into",
        ),
    )
    .with_label(t("mục này không có `intro`", "this section has no `intro`"))
    .with_help(t(
        "thêm `intro:` cho mục, hoặc bỏ `heading: run-in` để tiêu đề in thành một dòng riêng",
        "give the section an `intro:`, or remove `heading: run-in` to print the heading \
         on its own line",
    ))
}

/// `items` inside an item already nested twice.
pub(crate) fn item_depth(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::ItemDepth,
        span,
        t("ý chỉ lồng nhau tối đa hai cấp", "items nest at most two levels"),
    )
    .with_label(t("`items` ở ý cấp thứ hai", "`items` in an item of the second level"))
    .with_help(t(
        "viết các ý này ngang cấp với ý chứa chúng, hoặc tách thành một mục con",
        "write these items at the level of the item that holds them, or make them a \
         subsection",
    ))
}

// ---- tables ----------------------------------------------------------------

/// `columns: []`.
pub(crate) fn table_without_columns(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::MissingKey,
        span,
        t("bảng không có cột nào", "the table has no column"),
    )
    .with_label(t("danh sách cột trống", "empty list of columns"))
    .with_help(t(
        "mỗi cột viết một dòng `- { title: Nội dung }` dưới `columns`",
        "write each column as a line `- { title: Nội dung }` under `columns`",
    ))
}

/// A width that is not a number of millimetres.
pub(crate) fn invalid_width(span: Span, value: &str) -> Diagnostic {
    let value = quote(value);
    Diagnostic::error(
        Code::InvalidValue,
        span,
        t(
            format!("độ rộng cột {value} không hợp lệ"),
            format!("invalid column width {value}"),
        ),
    )
    .with_label(t("không phải số mm", "not a number of mm"))
    .with_help(t(
        "viết độ rộng theo mm, ví dụ `width: 35mm` hoặc `width: 12.5mm`",
        "write the width in mm, as in `width: 35mm` or `width: 12.5mm`",
    ))
}

/// `rows` of a cell that is not a whole number from 1.
pub(crate) fn invalid_row_count(span: Span, value: &str) -> Diagnostic {
    let value = quote(value);
    Diagnostic::error(
        Code::InvalidValue,
        span,
        t(
            format!("số hàng gộp {value} không hợp lệ"),
            format!("invalid number of rows {value}"),
        ),
    )
    .with_label(t("không phải số hàng", "not a number of rows"))
    .with_help(t(
        "`rows` là số hàng ô này gộp xuống, một số nguyên như `rows: 3`",
        "`rows` is how many rows the cell spans, a whole number as in `rows: 3`",
    ))
}

/// A row that is neither a list of cells nor `{ group: … }`.
pub(crate) fn row_not_a_list(span: Span, found: &Text) -> Diagnostic {
    wrong_type(
        span,
        t("một danh sách ô hoặc `{ group: … }`", "a list of cells or `{ group: … }`"),
        t("một hàng của `rows`", "a row of `rows`"),
        found.clone(),
    )
    .with_help(t(
        "viết mỗi hàng là một danh sách ô trong ngoặc vuông: \
         `- [Nội dung, Văn phòng, Tháng 6]`; hàng nhóm viết `- { group: Quý III }`",
        "write each row as a list of cells in square brackets: \
         `- [Nội dung, Văn phòng, Tháng 6]`; a group row is `- { group: Quý III }`",
    ))
}

/// `plan::wrong_type`: a group row typed inside a row's square brackets,
/// `- [{ group: Quý III }]`, which reads as a row of one cell; `group` is
/// the group's text, shown in the help's line (`- { group: Quý III }`).
pub(crate) fn group_row_in_brackets(span: Span, group: Option<&str>) -> Diagnostic {
    let line = format!("`- {{ group: {} }}`", group.unwrap_or("Quý III"));
    wrong_type(
        span,
        t(
            "một danh sách ô, hoặc `{ group: … }` không có ngoặc vuông",
            "a list of cells, or `{ group: … }` without brackets",
        ),
        t("một hàng của `rows`", "a row of `rows`"),
        t("một hàng nhóm trong ngoặc vuông", "a group row inside square brackets"),
    )
    .with_help(t(
        format!("hàng nhóm viết không có ngoặc vuông: {line}"),
        format!("a group row has no square brackets: {line}"),
    ))
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
        t(
            format!("bảng có {columns} cột nhưng hàng này có {found} ô"),
            format!("the table has {columns} columns but this row has {found} cells"),
        )
    } else {
        t(
            format!("hàng này cần {need} ô nhưng có {found} ô"),
            format!("this row needs {need} cells but has {found}"),
        )
    };
    let mut why = Vec::new();
    if let Some(title) = numbered {
        why.push(t(
            format!("cột “{title}” do công cụ tự đánh số (`number: true`)"),
            format!("the tool numbers column “{title}” itself (`number: true`)"),
        ));
    }
    for title in covered {
        why.push(t(
            format!("cột “{title}” đã có ô gộp từ hàng trên"),
            format!("column “{title}” is taken by a cell from a row above"),
        ));
    }
    let fix = if found > need {
        let n = found - need;
        let cells = if n == 1 { "cell" } else { "cells" };
        // A comma inside `[ … ]` ends a cell: "Thăm, chúc Tết" unquoted is
        // two cells.
        t(
            format!(
                "bỏ bớt {n} ô hoặc thêm cột; nếu chữ trong một ô có dấu phẩy, \
                 đặt cả ô trong ngoặc kép (`\"Thăm, chúc Tết\"`)"
            ),
            format!(
                "remove {n} {cells} or add columns; if the text of a cell has a \
                 comma, put the whole cell in quotes (`\"Thăm, chúc Tết\"`)"
            ),
        )
    } else {
        let n = need - found;
        let cells = if n == 1 { "cell" } else { "cells" };
        t(
            format!("thêm {n} ô (ô trống viết `\"\"`) hoặc bớt cột"),
            format!("add {n} {cells} (an empty cell is `\"\"`) or remove columns"),
        )
    };
    let help = if why.is_empty() {
        fix
    } else {
        let join = |lang| why.iter().map(|w| w.get(lang)).collect::<Vec<_>>().join(", ");
        t(
            format!("bảng có {columns} cột; {}: {}", join(crate::lang::Lang::Vi), fix.vi),
            format!(
                "the table has {columns} columns; {}: {}",
                join(crate::lang::Lang::En),
                fix.en
            ),
        )
    };
    Diagnostic::error(Code::TableRowCells, span, message)
        .with_label(t(format!("{found} ô"), format!("{found} cells")))
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
    let width_um = width;
    let width = u64::from(width);
    let over = shared == 0 || fixed > width;
    let (fixed, width) = (mm(fixed), mm(width));
    let message = if over {
        t(
            format!("các cột rộng tổng cộng {fixed} mm, quá bề ngang trang {width} mm"),
            format!(
                "the columns are {fixed} mm wide in all, wider than the page's {width} mm"
            ),
        )
    } else {
        t(
            format!(
                "các cột có độ rộng chiếm {fixed} mm trên {width} mm, không còn chỗ cho \
                 {shared} cột không ghi độ rộng"
            ),
            format!(
                "the columns with a width take {fixed} mm of {width} mm, leaving no room \
                 for {shared} columns without one"
            ),
        )
    };
    let min = mm(u64::from(crate::load::table::MIN_SHARED_UM));
    let landscape_um = u64::from(crate::load::table::LANDSCAPE_WIDTH_UM);
    let landscape = mm(landscape_um);
    // A table already on a landscape page has no wider page to go to.
    let help = if u64::from(width_um) >= landscape_um {
        t(
            format!(
                "giảm độ rộng các cột (mỗi cột không ghi độ rộng cần ít nhất {min} mm), hoặc \
                 tách bảng thành hai bảng, mỗi bảng ít cột hơn"
            ),
            format!(
                "make the columns narrower (each column without a width needs at least {min} mm), \
                 or split the table into two tables with fewer columns each"
            ),
        )
    } else {
        t(
            format!(
                "giảm độ rộng các cột (mỗi cột không ghi độ rộng cần ít nhất {min} mm), hoặc \
                 đưa bảng vào một phụ lục in trang ngang (`landscape: true`, rộng {landscape} mm)"
            ),
            format!(
                "make the columns narrower (each column without a width needs at least {min} mm), \
                 or move the table into a landscape appendix (`landscape: true`, {landscape} mm wide)"
            ),
        )
    };
    Diagnostic::error(Code::TableTooWide, span, message)
        .with_label(t("bảng quá rộng", "table too wide"))
        .with_help(help)
}

/// `plan::table_row_span`: a cell spanning `rows` rows where only
/// `rows_left` are left.
pub(crate) fn span_past_last_row(span: Span, rows: u32, rows_left: u32) -> Diagnostic {
    Diagnostic::error(
        Code::TableRowSpan,
        span,
        t(
            format!("ô gộp {rows} hàng nhưng từ hàng này bảng chỉ còn {rows_left} hàng"),
            format!("the cell spans {rows} rows but only {rows_left} are left from this row"),
        ),
    )
    .with_label(t("gộp quá hàng cuối", "spans past the last row"))
    .with_help(t(
        format!("sửa thành `rows: {rows_left}` hoặc ít hơn, hoặc thêm hàng vào cuối bảng"),
        format!("change it to `rows: {rows_left}` or fewer, or add rows at the end of the table"),
    ))
}

/// `plan::table_row_span`: a cell whose span meets the group row `group`.
pub(crate) fn span_across_group(span: Span, group: &str) -> Diagnostic {
    let group = quote(group);
    Diagnostic::error(
        Code::TableRowSpan,
        span,
        t(
            format!("ô gộp hàng vượt qua hàng nhóm {group}"),
            format!("the cell spans across the group row {group}"),
        ),
    )
    .with_label(t("ô gộp này", "this cell"))
    .with_help(t(
        "ô gộp phải kết thúc trước hàng nhóm: giảm `rows`, hoặc dời hàng nhóm",
        "a spanning cell must end before a group row: lower `rows`, or move the group row",
    ))
}

// ---- values ----------------------------------------------------------------

/// A value of the wrong shape: `expected` "a date like 2024-05-02", `place`
/// "`date`" or "an item of `items`", `found` "a list" or "`2/5/2024`".
pub(crate) fn wrong_type(
    span: Span,
    expected: Text,
    place: Text,
    found: Text,
) -> Diagnostic {
    // "nhưng lại để trống", not "nhưng lại là để trống".
    let is = if found.en == "nothing" { "" } else { "là " };
    Diagnostic::error(
        Code::WrongType,
        span,
        t(
            format!("{} cần {}, nhưng lại {is}{}", place.vi, expected.vi, found.vi),
            format!("expected {} for {}, found {}", expected.en, place.en, found.en),
        ),
    )
    .with_label(t(format!("cần {}", expected.vi), format!("expected {}", expected.en)))
}

/// Help for text that starts with `&` and a space (`- & Hoàn thành`),
/// which YAML takes for an anchor with no name.
pub(crate) fn ampersand_text() -> Text {
    t(
        "chữ bắt đầu bằng `&` phải đặt trong ngoặc kép, như `- \"& …\"`",
        "text that starts with `&` must be in double quotes, as in `- \"& …\"`",
    )
}

/// Help for a list item that YAML read as a list (`- [Kèm theo] …`,
/// `- - …`), `typed` as written: text that starts with `[` or `- ` goes in
/// quotes; items under an item go under its `items`.
pub(crate) fn list_for_item(typed: &str) -> Text {
    let typed: String = typed.chars().take(40).collect();
    let quoted = typed.replace('\\', "\\\\").replace('"', "\\\"");
    t(
        format!(
            "YAML đọc chữ bắt đầu bằng `[` hoặc `- ` thành một danh sách: nếu đó là chữ, đặt cả \
             đoạn trong ngoặc kép, như `- \"{quoted}\"`; ý con thì viết `- text: …` rồi \
             `items:` dưới nó"
        ),
        format!(
            "YAML reads text that starts with `[` or `- ` as a list: for text, put it in double \
             quotes, as in `- \"{quoted}\"`; for items under an item, write `- text: …` and \
             `items:` under it"
        ),
    )
}

/// Help for `key:` with nothing after it (`name:` of the signer left
/// blank): where the value goes, or that the line goes.
pub(crate) fn empty_value(key: &str) -> Text {
    t(
        format!(
            "viết giá trị ngay sau `{key}: ` trên cùng dòng; \
             nếu không dùng khóa này, xóa cả dòng"
        ),
        format!(
            "write the value right after `{key}: ` on the same line; if the key is not needed, delete the line"
        ),
    )
}

/// Help for `number: ""`: a number to be filled in by hand is left out.
pub(crate) fn blank_number() -> Text {
    t(
        "chưa có số thì xóa cả dòng `number`: văn bản để chỗ trống sau “Số:” để điền số bằng tay",
        "with no number yet, delete the `number` line: the document leaves a blank after \
         “Số:” for the number to be filled in by hand",
    )
}

/// Help for one text typed as a list (`archive:` then `  - VP/ĐU`):
/// `joined` is its items joined by ", ".
pub(crate) fn list_for_text(key: &str, joined: &str) -> Text {
    let line = quote(&format!("{key}: {joined}"));
    t(
        format!("`{key}` là một dòng chữ, không phải danh sách: viết {line}"),
        format!("`{key}` is one text, not a list: write {line}"),
    )
}

/// Help for text that YAML read as a mapping because it holds `: `.
pub(crate) fn colon_in_text(key: &str, value: &str) -> Text {
    let text = quote(&format!("\"{key}: {value}\""));
    t(
        format!(
            "dòng này được đọc thành khóa và giá trị vì có `: `; \
             chữ có `: ` phải đặt trong ngoặc kép: {text}"
        ),
        format!(
            "this reads as a key and a value because of the `: `; \
             text that contains `: ` must be quoted: {text}"
        ),
    )
}

/// A value outside the closed set `allowed`.
pub(crate) fn invalid_value(
    span: Span,
    key: &str,
    value: &str,
    allowed: &[&str],
) -> Diagnostic {
    let value_q = quote(value);
    let d = Diagnostic::error(
        Code::InvalidValue,
        span,
        t(
            format!("giá trị {value_q} không hợp lệ cho `{key}`"),
            format!("invalid value {value_q} for `{key}`"),
        ),
    )
    .with_label(t("không được dùng ở đây", "not allowed here"));
    let meant = weekday_as_clerks_write_it(value)
        .filter(|day| allowed.contains(day))
        .or_else(|| nearest(value, allowed.iter().copied()));
    match meant {
        Some(best) => d.with_help(t(
            format!("có phải `{best}`?"),
            format!("did you mean `{best}`?"),
        )),
        None => {
            let all = list(allowed);
            d.with_help(t(
                format!("`{key}` là một trong {}", all.vi),
                format!("`{key}` is one of {}", all.en),
            ))
        }
    }
}

/// A boolean that is not `true` or `false`.
pub(crate) fn not_boolean(span: Span, key: &str, found: &Text) -> Diagnostic {
    wrong_type(
        span,
        t("`true` hoặc `false`", "`true` or `false`"),
        t(format!("`{key}`"), format!("`{key}`")),
        found.clone(),
    )
    .with_help(t(
        "viết `true` hoặc `false`; không dùng các từ của YAML 1.1 như `yes`, `no`, `on`, `off`",
        "write `true` or `false`; YAML 1.1 words such as `yes`, `no`, `on` and `off` are not accepted",
    ))
}

/// A date of the wrong shape; `hint` is the value rewritten, if it looks
/// like a Vietnamese day/month/year date.
pub(crate) fn not_a_date(
    span: Span,
    place: Text,
    found: &Text,
    hint: Option<String>,
) -> Diagnostic {
    let d = wrong_type(
        span,
        t("một ngày dạng 2024-05-02", "a date like 2024-05-02"),
        place,
        found.clone(),
    );
    match hint {
        Some(iso) => d.with_help(t(
            format!("có phải `{iso}`? ngày viết theo thứ tự năm-tháng-ngày"),
            format!("did you mean `{iso}`? dates are written year-month-day"),
        )),
        None => d.with_help(t(
            "viết ngày theo thứ tự năm-tháng-ngày, đủ số 0: `2024-05-02`",
            "write dates as year-month-day with zeros: `2024-05-02`",
        )),
    }
}

/// The document's `date` typed as a month the way offices write it
/// (`05/2024`, `tháng 5/2024`): `date` takes a month too, `2024-05`, for a
/// document signed that month with the day left blank.
pub(crate) fn date_as_month(span: Span, found: &Text, month: &str) -> Diagnostic {
    wrong_type(
        span,
        t("một ngày dạng 2024-05-02", "a date like 2024-05-02"),
        t("`date`", "`date`"),
        found.clone(),
    )
    .with_help(t(
        format!(
            "có phải `{month}`? chưa có ngày ký thì viết năm-tháng `{month}` (ngày để trống); \
             có ngày thì viết đủ năm-tháng-ngày, như `{month}-02`"
        ),
        format!(
            "did you mean `{month}`? with no signing day yet write year-month, `{month}` (the \
             day left blank); with one, write year-month-day, like `{month}-02`"
        ),
    ))
}

/// A date of the wrong shape that would not exist in the right one either
/// (`31/4/2024`); `why` says why ("ngày 31 tháng 4 không tồn tại").
pub(crate) fn not_a_date_no_such_day(
    span: Span,
    place: Text,
    found: &Text,
    why: &Text,
) -> Diagnostic {
    wrong_type(
        span,
        t("một ngày dạng 2024-05-02", "a date like 2024-05-02"),
        place,
        found.clone(),
    )
    .with_help(t(
        format!(
            "{}; viết một ngày có thật theo thứ tự năm-tháng-ngày, như `2024-05-02`",
            why.vi
        ),
        format!("{}; write a real date as year-month-day, like `2024-05-02`", why.en),
    ))
}

/// A date of the right shape that does not exist; `why` says why ("ngày
/// 30 tháng 2 không tồn tại").
pub(crate) fn invalid_date(span: Span, value: &str, why: Text) -> Diagnostic {
    let value = quote(value);
    Diagnostic::error(
        Code::InvalidDate,
        span,
        t(format!("ngày {value} không hợp lệ"), format!("invalid date {value}")),
    )
    .with_label(t("không có ngày này", "no such day"))
    .with_help(why)
}

/// A `period` that is none of the three forms.
pub(crate) fn invalid_period(
    span: Span,
    value: &str,
    why: &crate::model::PeriodError,
) -> Diagnostic {
    let message = match why {
        crate::model::PeriodError::Unknown => {
            let value = quote(value);
            t(format!("kỳ {value} không hợp lệ"), format!("invalid period {value}"))
        }
        _ => why.message(&quote(value)),
    };
    let d = Diagnostic::error(Code::InvalidPeriod, span, message).with_label(why.label());
    let meant = match why {
        crate::model::PeriodError::Unknown => Some(value),
        _ => None,
    };
    if let Some(month) = meant.and_then(month_as_clerks_write_it) {
        return d.with_help(t(
            format!("có phải `{month}`? tháng viết dạng năm-tháng, đủ số 0"),
            format!("did you mean `{month}`? a month is written year-month, with zeros"),
        ));
    }
    match meant.and_then(quarter_as_clerks_write_it) {
        Some(quarter) => d.with_help(t(
            format!("có phải `{quarter}`? quý viết dạng năm-Q và số quý"),
            format!(
                "did you mean `{quarter}`? a quarter is written year-Q and its number"
            ),
        )),
        None => d.with_help(why.help()),
    }
}

/// A month written as offices write it ("6/2024", "06/2024", "2024-6",
/// "tháng 6/2024", "tháng 6 năm 2024", "T6/2024") as `period` takes it
/// (`2024-06`); `None` for anything else.
pub(super) fn month_as_clerks_write_it(value: &str) -> Option<String> {
    let lower = value.trim().to_lowercase();
    let rest = lower
        .strip_prefix("tháng")
        .or_else(|| lower.strip_prefix('t'))
        .unwrap_or(&lower)
        .trim();
    let parts: Vec<&str> = rest
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty() && *p != "năm")
        .collect();
    let number =
        |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<u32>().ok())?;
    let (year, month) = match parts.as_slice() {
        [m, y] if y.len() == 4 && m.len() <= 2 => (number(y)?, number(m)?),
        [y, m] if y.len() == 4 && m.len() == 1 => (number(y)?, number(m)?),
        _ => return None,
    };
    ((1000..=9999).contains(&year) && (1..=12).contains(&month))
        .then(|| format!("{year}-{month:02}"))
}

/// A quarter written as offices write it in running text, "quý I/2025",
/// "Quý 4 năm 2024", "Q2/2025", "2025-QIII", as `period` takes it
/// (`2025-Q1`); `None` for anything else.
fn quarter_as_clerks_write_it(value: &str) -> Option<String> {
    let lower = value.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| matches!(c, '/' | '-' | '.') || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "năm")
        .collect();
    let is_year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let (year, rest) = match words.as_slice() {
        [year, rest @ ..] if is_year(year) => (*year, rest),
        [rest @ .., year] if is_year(year) => (*year, rest),
        _ => return None,
    };
    let quarter = |q: &str| match q {
        "1" | "i" => Some(1),
        "2" | "ii" => Some(2),
        "3" | "iii" => Some(3),
        "4" | "iv" => Some(4),
        _ => None,
    };
    let q = match rest {
        ["quý", q] => quarter(q),
        [q] => quarter(q.strip_prefix('q')?),
        _ => None,
    }?;
    Some(format!("{year}-Q{q}"))
}

/// A `time` that is not HH:MM from 00:00 to 23:59.
pub(crate) fn invalid_time(span: Span, value: &str) -> Diagnostic {
    let meant = time_as_clerks_write_it(value);
    let value = quote(value);
    let d = Diagnostic::error(
        Code::InvalidTime,
        span,
        t(format!("giờ {value} không hợp lệ"), format!("invalid time {value}")),
    )
    .with_label(t("không phải giờ", "not a time"));
    match meant {
        Some(hhmm) => d.with_help(t(
            format!("có phải `time: \"{hhmm}\"`? giờ viết dạng HH:MM, trong ngoặc kép"),
            format!(
                "did you mean `time: \"{hhmm}\"`? write the time as HH:MM, in quotes"
            ),
        )),
        None => d.with_help(t(
            "viết giờ dạng HH:MM từ 00:00 đến 23:59, trong ngoặc kép: `time: \"08:00\"`",
            "write the time as HH:MM from 00:00 to 23:59, in quotes: `time: \"08:00\"`",
        )),
    }
}

/// A weekday written in Vietnamese ("thứ hai", "Thứ 2", "T2", "chủ nhật",
/// "CN") as the name `every` takes (`monday`).
fn weekday_as_clerks_write_it(value: &str) -> Option<&'static str> {
    let lower = value.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let day = match words.as_slice() {
        ["chủ", "nhật"] | ["cn"] => return Some("sunday"),
        ["thứ", n] => *n,
        [n] => n.strip_prefix('t')?,
        _ => return None,
    };
    let names = [
        ("hai", "2", "monday"),
        ("ba", "3", "tuesday"),
        ("tư", "4", "wednesday"),
        ("năm", "5", "thursday"),
        ("sáu", "6", "friday"),
        ("bảy", "7", "saturday"),
    ];
    names
        .iter()
        .find(|(word, digit, _)| day == *word || day == *digit)
        .map(|(_, _, name)| *name)
}

/// A time written as offices write it in running text, "14h00", "8h30",
/// "7h", "8 giờ 30", "14g30", "8.30", as HH:MM ("14:00", "08:30");
/// `None` for anything else or a time past 23:59.
fn time_as_clerks_write_it(value: &str) -> Option<String> {
    let mut lower = value.trim().to_lowercase();
    // "7:30 sáng", "2 giờ chiều", "19h tối": the part of the day, then the
    // 24-hour clock.
    let mut afternoon = false;
    for (word, later) in
        [("sáng", false), ("trưa", false), ("chiều", true), ("tối", true)]
    {
        if let Some(rest) = lower.strip_suffix(word) {
            lower = rest.trim().to_owned();
            afternoon = later;
            break;
        }
    }
    let digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let (hour, minute) = ["giờ", "h", "g", ".", ":"]
        .iter()
        .find_map(|sep| lower.split_once(sep))
        .map(|(h, m)| {
            (h.trim().to_owned(), m.trim().trim_end_matches("phút").trim().to_owned())
        })?;
    let minute = if minute.is_empty() { "00".to_owned() } else { minute };
    if !digits(&hour) || !digits(&minute) {
        return None;
    }
    let (mut h, m): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    if afternoon && (1..12).contains(&h) {
        h += 12;
    }
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// A `number` that is not a whole number from 1 to 9999. A whole number
/// and symbol typed from an old document ("12-CTr/UBKTHU", "45/KH-UBND")
/// is told to keep the number only: the tool writes the symbol.
pub(crate) fn invalid_number(span: Span, value: &str) -> Diagnostic {
    // `number: ""`, typed to leave the number blank: the key left out does.
    if value.trim().is_empty() {
        return Diagnostic::error(
            Code::InvalidNumber,
            span,
            t("số văn bản để trống", "the document number is empty"),
        )
        .with_label(t("để trống", "empty"))
        .with_help(blank_number());
    }
    let shown = quote(value);
    let error = Diagnostic::error(
        Code::InvalidNumber,
        span,
        t(
            format!("số văn bản {shown} không hợp lệ"),
            format!("invalid document number {shown}"),
        ),
    );
    if let Some((number, symbol)) = number_and_symbol(value) {
        return error
            .with_label(t("ghi cả ký hiệu", "the symbol is typed too"))
            .with_help(t(
                format!(
                    "chỉ ghi phần số: `number: {number}`; ký hiệu (`{symbol}`) \
                     được in tự động từ `kind` và `issuer.abbr`"
                ),
                format!(
                    "write the number only: `number: {number}`; the symbol \
                     (`{symbol}`) is printed from `kind` and `issuer.abbr`"
                ),
            ));
    }
    error.with_label(t("không nằm trong khoảng 1 đến 9999", "not 1 to 9999")).with_help(
        t(
            "`number` là số nguyên từ 1 đến 9999, như `number: 45`; \
         bỏ khóa này để chừa chỗ trống điền tay",
            "`number` is a whole number from 1 to 9999, as in `number: 45`; \
         leave it out to get a blank to fill in by hand",
        ),
    )
}

/// "12-CTr/UBKTHU" → `("12", "CTr/UBKTHU")`, "45/KH-UBND" → `("45",
/// "KH-UBND")`: a number of 1 to 4 digits, then "-" or "/" and a symbol
/// that holds a letter, also after the "Số:" of the number line pasted
/// whole ("Số: 45-CTr/ĐU", "số 45/KH-UBND"). `None` for anything else.
fn number_and_symbol(value: &str) -> Option<(&str, &str)> {
    let value = value.trim();
    let value = ["Số", "số", "SỐ"]
        .iter()
        .find_map(|word| value.strip_prefix(word))
        .map_or(value, |rest| rest.trim_start_matches([':', '.', ' ', '\u{A0}']));
    let digits = value.find(|c: char| !c.is_ascii_digit())?;
    let (number, rest) = value.split_at(digits);
    let symbol = rest.strip_prefix(['-', '/'])?;
    let fits =
        (1..=4).contains(&number.len()) && !number.trim_start_matches('0').is_empty();
    (fits && symbol.chars().any(char::is_alphabetic)).then_some((number, symbol))
}

/// A directive or anniversary id of the wrong form.
pub(crate) fn invalid_id(span: Span, id: &str) -> Diagnostic {
    let id = quote(id);
    Diagnostic::error(
        Code::InvalidId,
        span,
        t(format!("mã {id} không hợp lệ"), format!("invalid id {id}")),
    )
    .with_label(t("không phải mã", "not an id"))
    .with_help(t(
        "mã bắt đầu bằng một chữ cái và chỉ gồm chữ cái không dấu, chữ số, `_` và `-`, \
             như `kl01` hoặc `hcm`",
        "an id starts with a letter and holds only ASCII letters, digits, `_` and `-`, \
             as in `kl01` or `hcm`",
    ))
}

/// An id defined as a directive and as an anniversary; `span` is the second,
/// `other` what the first is ("a directive"), `at` where ("line 12").
pub(crate) fn duplicate_id(span: Span, id: &str, other: &Text, at: &Text) -> Diagnostic {
    Diagnostic::error(
        Code::DuplicateId,
        span,
        t(
            format!("mã `{id}` được định nghĩa hai lần"),
            format!("id `{id}` is defined twice"),
        ),
    )
    .with_label(t("định nghĩa lại ở đây", "defined again here"))
    .with_help(t(
        format!("`{id}` cũng là {} ({}); đổi tên một trong hai", other.vi, at.vi),
        format!("`{id}` is also {} ({}); rename one of them", other.en, at.en),
    ))
}

/// "a directive" / "an anniversary", for [`duplicate_id`].
pub(crate) fn definition_kind(is_directive: bool) -> Text {
    if is_directive {
        t("một văn bản chỉ đạo", "a directive")
    } else {
        t("một ngày kỷ niệm", "an anniversary")
    }
}

/// "line 12" or "line 12 of `chung.yaml`", for [`duplicate_id`].
pub(crate) fn line_in(line: usize, file: Option<&str>) -> Text {
    match file {
        None => t(format!("dòng {line}"), format!("line {line}")),
        Some(name) => {
            t(format!("dòng {line} của `{name}`"), format!("line {line} of `{name}`"))
        }
    }
}

// ---- includes ------------------------------------------------------------

/// An included file that does not exist.
pub(crate) fn include_not_found(span: Span, path: &Path) -> Diagnostic {
    let path = path.display();
    Diagnostic::error(
        Code::IncludeNotFound,
        span,
        t(
            format!("không tìm thấy tệp dùng chung `{path}`"),
            format!("included file `{path}` not found"),
        ),
    )
    .with_label(t("không có tệp này", "no such file"))
    .with_help(t(
        "đường dẫn trong `include` tính từ thư mục của tệp có dòng `include` đó",
        "include paths are relative to the folder of the file that includes them",
    ))
}

/// The help of [`include_not_found`] when the path, written with `\`,
/// names a file once written with `/` (`meant`).
pub(crate) fn include_backslash(meant: &str) -> Text {
    t(
        format!(
            "viết `{meant}`: đường dẫn trong `include` ngăn các thư mục bằng `/`, không \
             phải `\\` như trên Windows (tệp này chỉ mở được trên Windows)"
        ),
        format!(
            "write `{meant}`: `include` paths separate folders with `/`, not `\\` as \
             Windows does (this plan would only open on Windows)"
        ),
    )
}

/// An included file that cannot be read; `why` says why, in plain words
/// ("it is a folder") or as the system puts it.
pub(crate) fn include_unreadable(span: Span, path: &Path, why: &Text) -> Diagnostic {
    let path = path.display();
    Diagnostic::error(
        Code::IncludeUnreadable,
        span,
        t(
            format!("không đọc được tệp dùng chung `{path}`: {}", why.vi),
            format!("cannot read included file `{path}`: {}", why.en),
        ),
    )
    .with_label(t("không đọc được", "cannot be read"))
    .with_help(t(
        "`include` ghi tên một tệp YAML, tính từ thư mục của tệp này",
        "an include names a YAML file, relative to the folder of this file",
    ))
}

/// A file that includes itself, directly or through others.
pub(crate) fn include_cycle(span: Span, path: &Path) -> Diagnostic {
    let path = path.display();
    Diagnostic::error(
        Code::IncludeCycle,
        span,
        t(format!("`{path}` tự đưa chính nó vào"), format!("`{path}` includes itself")),
    )
    .with_label(t("các tệp đưa vào lẫn nhau thành vòng", "include cycle"))
    .with_help(t(
        "xóa dòng này: một tệp không thể đưa vào tệp đang đưa chính nó vào",
        "remove this entry: a file cannot include a file that includes it",
    ))
}

/// A top-level key an included file may not set.
pub(crate) fn include_key(span: Span, key: &str, allowed: &[&str]) -> Diagnostic {
    let all = list(allowed);
    Diagnostic::error(
        Code::IncludeKey,
        span,
        t(
            format!("tệp dùng chung không được ghi `{key}`"),
            format!("`{key}` cannot be set in an included file"),
        ),
    )
    .with_label(t("chỉ ghi trong chính kế hoạch", "only in the plan itself"))
    .with_help(t(
        format!("tệp dùng chung chỉ được ghi {}; chuyển `{key}` sang kế hoạch", all.vi),
        format!("an included file may set only {}; move `{key}` to the plan", all.en),
    ))
}

// ---- helpers ---------------------------------------------------------------

/// `` `a`, `b` hoặc `c` `` / `` `a`, `b` or `c` ``.
pub(crate) fn list(items: &[&str]) -> Text {
    let quoted: Vec<String> = items.iter().map(|k| format!("`{k}`")).collect();
    match quoted.split_last() {
        None => Text::default(),
        Some((last, [])) => t(last.clone(), last.clone()),
        Some((last, rest)) => {
            let rest = rest.join(", ");
            t(format!("{rest} hoặc {last}"), format!("{rest} or {last}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::keys::Owner;
    use crate::source::SourceId;

    /// Issue 11: every wording of this file, also those no fixture reaches
    /// (each branch of the YAML scanner's messages, the role of every
    /// required key, the shape of every mapping), exists in both languages,
    /// worded differently.
    #[test]
    fn every_wording_exists_in_both_languages() {
        let span = Span::new(SourceId(0), 0, 0);
        let path = Path::new("a.yaml");
        let at = NotUtf8 { offset: 0, line: 1, column: 1 };
        let legacy =
            LegacyFile { encoding: "TCVN3 (ABC)", line: "place: Mỹ Độ".into() };
        let found = t("một danh sách", "a list");
        let mut all: Vec<Diagnostic> = [
            "mapping values are not allowed",
            "did not find expected key",
            "did not find expected '-' indicator",
            "block sequence entries are not allowed",
            "while scanning a quoted scalar",
            "found unknown escape character",
            "while parsing a flow mapping",
            "while parsing a flow sequence",
            "unexpected character: `@'",
            "wrongly indented line in block scalar",
            "unexpected eof",
            "could not find expected ':' while scanning a simple key",
            "byte order mark",
            "something else",
        ]
        .iter()
        .map(|info| yaml_syntax(span, info))
        .collect();
        all.extend([
            tab_indent(span),
            comment_in_text(span, "#3 và tệp dữ liệu."),
            list_item_joined(span),
            yaml_syntax(span, "x").with_help(curly_quotes(None)),
            yaml_syntax(span, "x").with_help(curly_quotes(Some("08:00"))),
            yaml_syntax(span, "x").with_help(typographic_dash("2024-2025", '–')),
            yaml_syntax(span, "x").with_help(typographic_dash("2024..2026", '–')),
            yaml_anchor(span, 2, false),
            yaml_anchor(span, 0, true),
            text_starts_with_bracket(span, "{kh12} đã được triển khai."),
            text_starts_with_bracket(span, "[Ghi chú] nội dung"),
            yaml_tag(span, 1),
            control_character(span, '\u{7}', 3),
            control_character(span, '\u{2028}', 0),
            indented_first_line(span, 2, 3),
            too_deep(span, 64),
            too_many_values(span, 10),
            file_too_large(path),
            include_too_large(span, path),
            too_many_includes(span, 64),
            include_too_deep(span, 64),
            multiple_documents(span),
            empty_file(span),
            top_not_mapping(span, &found),
            not_utf8_file(span, path, &at, None),
            not_utf8_file(span, path, &at, Some(&legacy)),
            not_utf8_include(span, path, &at, None),
            not_utf8_include(span, path, &at, Some(&legacy)),
            special_space(span, '\u{A0}'),
            special_space(span, '\u{3000}'),
            no_space_after_key(span, "title", "Kinh tế"),
            bullet_not_dash(span, '•'),
            fullwidth_colon(span, "place"),
            no_space_after_dash(span, "Tổ chức"),
            foreign_file(span, path, Foreign::Utf16),
            foreign_file(span, path, Foreign::Office),
            foreign_include(span, path, Foreign::Utf16),
            foreign_include(span, path, Foreign::Office),
            duplicate_key(span, "title", 3),
            unknown_key(span, "titel", &["title"]),
            unknown_key(span, "zzz", &["title", "name"]),
            key_in_wrong_place(span, "abbr", Owner::Issuer, Owner::Plan),
            key_in_wrong_place(span, "archive", Owner::Plan, Owner::Signer),
            text_split_by_comma(span, "chống dịch", Some(("name", "Họp phòng"))),
            text_split_by_comma(span, "chống dịch", None),
            bad_escape(span, "\\xã"),
            key_not_text(span, &found),
            missing_key(span, "title", &the_plan(), t("vai trò", "role")),
            meeting_without_when(span),
            date_and_every(span),
            section_depth(span),
            table_without_columns(span),
            invalid_width(span, "x"),
            invalid_row_count(span, "x"),
            row_not_a_list(span, &found),
            group_row_in_brackets(span, Some("Quý III")),
            table_row_cells(span, 3, 2, 3, Some("TT"), &["Thời gian"]),
            table_row_cells(span, 3, 3, 1, None, &[]),
            table_too_wide(span, 170_000, 0, 165_000),
            table_too_wide(span, 160_000, 2, 165_000),
            table_too_wide(span, 260_000, 0, crate::load::table::LANDSCAPE_WIDTH_UM),
            span_past_last_row(span, 3, 2),
            span_across_group(span, "Quý III"),
            invalid_value(span, "kind", "x", &["chuong-trinh", "ke-hoach"]),
            not_boolean(span, "draft", &found),
            not_a_date(
                span,
                t("`date`", "`date`"),
                &found,
                Some("2024-05-02".to_owned()),
            ),
            not_a_date(span, t("`date`", "`date`"), &found, None),
            date_as_month(span, &found, "2024-05"),
            not_a_date_no_such_day(
                span,
                t("`date`", "`date`"),
                &found,
                &t("lý do", "why"),
            ),
            invalid_time(span, "25:00"),
            invalid_period(span, "6/2024", &crate::model::PeriodError::Unknown),
            invalid_time(span, "14h00"),
            invalid_number(span, "0"),
            invalid_id(span, "1x"),
            duplicate_id(span, "x", &definition_kind(true), &line_in(3, Some("a.yaml"))),
            include_not_found(span, path),
            include_not_found(span, path).with_help(include_backslash("chung/a.yaml")),
            include_unreadable(span, path, &t("lý do", "why")),
            include_cycle(span, path),
            include_key(span, "sections", &["issuer", "signer"]),
            unknown_key_for_missing(span, "nơi", "place"),
            continuation_not_indented(span, Some("closing"), 2),
            continuation_not_indented(span, None, 4),
            quoted_then_text(span, "\"Ngày hội\" được tổ chức", '"'),
            quoted_then_text(span, "'Mỹ' Độ", '\''),
            missing_dash(span, "Các chi bộ", 4),
            Diagnostic::error(Code::YamlSyntax, span, t("a", "b"))
                .with_help(ampersand_text()),
            Diagnostic::error(Code::WrongType, span, t("a", "b"))
                .with_help(list_for_item("[x]")),
        ]);
        crate::diag::assert_worded_in_both_languages(&all);
    }

    #[test]
    fn a_table_too_wide_for_a_landscape_page_is_not_sent_to_one() {
        let span = Span::new(SourceId(0), 0, 0);
        let help = |width| {
            let d = table_too_wide(span, 300_000, 0, width);
            let help = d.help.expect("a help line");
            (help.to_string(), format!("{help:?}"))
        };
        let (portrait, _) = help(165_000);
        assert!(portrait.contains("landscape: true"), "{portrait}");
        let (landscape, both) = help(crate::load::table::LANDSCAPE_WIDTH_UM);
        assert!(!both.contains("landscape"), "{both}");
        assert!(landscape.contains("tách bảng thành hai bảng"), "{landscape}");
    }

    #[test]
    fn lists_and_quotes() {
        assert_eq!(list(&["a"]), t("`a`", "`a`"));
        assert_eq!(list(&["a", "b", "c"]), t("`a`, `b` hoặc `c`", "`a`, `b` or `c`"));
        assert_eq!(quote("ngắn"), "`ngắn`");
        assert_eq!(quote("a\nb"), "`a…`");
        assert_eq!(quote(&"x".repeat(50)), format!("`{}…`", "x".repeat(40)));
    }
}
