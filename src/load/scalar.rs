//! Readers of one value: a scalar, a list, a text, a choice, a yes/no, a
//! date, a period, a number, a time of day, each reporting a wrong value at
//! its place; and the parsers behind them (`parse_date`, `parse_number`,
//! `parse_time`), which the rest of the crate uses on their own.

use chrono::NaiveDate;

use super::error;
use super::fields::{Cx, Place};
use super::yaml::{Node, NodeKind};
use crate::diag::Diagnostic;
use crate::lang::t;
use crate::model::text;
use crate::model::{Period, Text, TimeOfDay};
use crate::source::{Span, Spanned};
use saphyr_parser::ScalarStyle;

/// The text of a scalar, reporting anything else as not `expected`.
pub(super) fn read_scalar<'n>(
    node: &'n Node,
    place: Place<'_>,
    expected: crate::lang::Text,
    cx: &mut Cx<'_>,
) -> Option<&'n str> {
    match &node.kind {
        NodeKind::Invalid => None,
        NodeKind::Scalar(text, _) if !node.is_null() => Some(text),
        kind => {
            let mut d = error::wrong_type(
                place.span_of(node),
                expected,
                place.describe(),
                node.found(),
            );
            // `- Hội nghị: sơ kết` reads as a mapping of one key.
            if let NodeKind::Map(entries) = kind
                && let [(key, value)] = entries.as_slice()
                && let (Some(key), Some(value)) = (key.as_str(), value.as_str())
            {
                d = d.with_help(error::colon_in_text(key, value));
            }
            if node.is_null()
                && let Place::Key(_, key) = place
            {
                d = d.with_help(error::empty_value(key));
            }
            // `- [Kèm theo] …` or `- - …` as a list item: YAML reads a
            // list; `- ` or `- ~`: nothing.
            if let Place::Item(_) = place {
                if matches!(kind, NodeKind::Seq(_)) {
                    let typed = cx.sources.slice(node.span).trim();
                    d = d.with_help(error::list_for_item(typed));
                } else if node.is_null() {
                    d = d.with_help(t(
                        "viết nội dung sau `- `, hoặc xóa cả dòng",
                        "write the text after `- `, or delete the line",
                    ));
                }
            }
            // `archive:` / `  - VP/ĐU`: one text typed as a list.
            if let NodeKind::Seq(items) = kind
                && let Place::Key(_, key) = place
                && let Some(texts) =
                    items.iter().map(Node::as_str).collect::<Option<Vec<_>>>()
                && !texts.is_empty()
            {
                d = d.with_help(error::list_for_text(key, &texts.join(", ")));
            }
            cx.push(d);
            None
        }
    }
}

/// A list's items.
pub(super) fn read_list<'n>(
    node: &'n Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<&'n [Node]> {
    match &node.kind {
        NodeKind::Seq(items) => Some(items),
        NodeKind::Invalid => None,
        kind => {
            // `recipients: TT. Thành ủy; Các chi bộ`: the lines it meant.
            let lines = match kind {
                NodeKind::Scalar(text, _) if !node.is_null() => {
                    list_typed_on_one_line(text)
                }
                _ => None,
            };
            let help = match lines {
                Some(lines) => t(
                    format!(
                        "viết mỗi dòng trên một dòng riêng, bắt đầu bằng `- `: {lines}"
                    ),
                    format!(
                        "write each item on its own line, starting with `- `: {lines}"
                    ),
                ),
                None => t(
                    "viết mỗi dòng của danh sách trên một dòng riêng, bắt đầu bằng `- `",
                    "write each item on its own line, starting with `- `",
                ),
            };
            cx.push(
                error::wrong_type(
                    place.span_of(node),
                    t("một danh sách", "a list"),
                    place.describe(),
                    node.found(),
                )
                .with_help(help),
            );
            None
        }
    }
}

/// A list typed as one line, its items split at `;` (or, with none, at
/// `,`), as the first two lines to write: "`- TT. Thành ủy (b/c)`, `- Các
/// chi bộ trực thuộc` …". `None` for a text with one item.
fn list_typed_on_one_line(text: &str) -> Option<String> {
    let mark = if text.contains(';') { ';' } else { ',' };
    let items: Vec<&str> =
        text.split(mark).map(str::trim).filter(|item| !item.is_empty()).collect();
    if items.len() < 2 {
        return None;
    }
    let shown: Vec<String> =
        items.iter().take(2).map(|item| error::quote(&format!("- {item}"))).collect();
    let more = if items.len() > 2 { " …" } else { "" };
    Some(format!("{}{more}", shown.join(", ")))
}

/// Text, as written (any scalar: `45` as a title is text too).
///
/// A control character (C0 but tab and line feed, DEL, C1, and the
/// invisible characters of [`is_control`] that steer text unseen) is an
/// error at its place: it would print as nothing or as a box, or reorder
/// the text, and usually comes from text pasted out of another program
/// (U+000B is Word's manual line break).
/// A text: any scalar, not empty. A value with no words (`""`, `" "`) is
/// refused as `intro:` with nothing after it is (`plan::wrong_type`): a
/// required `place: ""` printed ", ngày …", a `title: ""` a bare "I.".
pub(super) fn read_text(node: &Node, place: Place<'_>, cx: &mut Cx<'_>) -> Option<Text> {
    let text = read_text_or_blank(node, place, cx)?;
    if text.value.trim().is_empty() {
        cx.push(
            error::wrong_type(place.span_of(node), t("chữ", "text"), place.describe(), node.found())
                .with_help(t(
                    "viết nội dung cần in; một khóa không bắt buộc thì bỏ hẳn đi thay vì để trống",
                    "write the text to print; an optional key is left out rather than left empty",
                )),
        );
        return None;
    }
    Some(text)
}

/// A text that may be empty: a table cell or a column's title, which a
/// form left to fill in by hand has blank (`""`).
pub(super) fn read_text_or_blank(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Text> {
    let text = read_scalar(node, place, t("chữ", "text"), cx)?;
    let mut controls = text.char_indices().filter(|&(_, c)| is_control(c));
    if let Some((at, c)) = controls.next() {
        let more = controls.count();
        // The label lands on the character written as itself, or else on
        // its escape in a double-quoted value (`"\a"`), or else on the value.
        let raw = cx.sources.slice(node.span);
        let mut span = text::locate(text, raw, node.span, at..at + c.len_utf8());
        if span == node.span
            && let Some(escape) = control_escape(raw)
        {
            span = Span::new(
                node.span.source,
                node.span.start + escape.start,
                node.span.start + escape.end,
            );
        }
        cx.push(error::control_character(span, c, more));
    }
    // A tab between words, pasted from Excel or Word or typed in a quoted
    // value (`"Tổ chức\thội nghị"`), printed as nothing: "Tổ chứchội
    // nghị". A clerk means a space there; the same length keeps every
    // place in the text on its place in the file.
    let text = Spanned::new(text.replace('\t', " "), node.span);
    cx.texts.push(text.clone());
    Some(text)
}

/// A one-line text that may be broken into lines (`plan-format.md`,
/// "Explicit line breaks in one-line texts"): a literal block (`|`) keeps its
/// line breaks, without the final one; any other value has them as spaces, as
/// every one-line text of version 1 has ("Ủy ban nhân dân\nphường" prints
/// "Ủy ban nhân dân phường").
pub(super) fn read_line_text(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Text> {
    let mut text = read_text(node, place, cx)?;
    if matches!(node.kind, NodeKind::Scalar(_, ScalarStyle::Literal)) {
        let kept = text.value.trim_end_matches('\n').len();
        text.value.truncate(kept);
        text.value = without_blank_lines(&text.value);
    } else {
        // Same length: positions inside the text still map onto the file.
        text.value = text.value.replace('\n', " ");
    }
    Some(text)
}

/// `text` with each blank line's break made a space: a blank line in a `|`
/// title printed as an empty line, a gap of a line in the middle of the
/// summary ("Công tác\n\nnăm 2024"), where the header's names had it
/// dropped. The lines left are trimmed where they are printed; the same
/// length keeps every place in the text on its place in the file.
fn without_blank_lines(text: &str) -> String {
    let mut blank = true;
    text.chars()
        .map(|c| match c {
            '\n' if blank => ' ',
            '\n' => {
                blank = true;
                c
            }
            c => {
                blank &= c.is_whitespace();
                c
            }
        })
        .collect()
}

/// The byte range of the first escape in a double-quoted scalar `raw`
/// (`"a\x07b"`) that stands for a control character [`is_control`] refuses.
fn control_escape(raw: &str) -> Option<std::ops::Range<usize>> {
    if !raw.starts_with('"') {
        return None;
    }
    let mut chars = raw.char_indices();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        let Some((_, kind)) = chars.next() else { break };
        let hex = |n: usize, chars: &mut std::str::CharIndices<'_>| {
            let digits: String = chars.by_ref().take(n).map(|(_, d)| d).collect();
            u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32)
        };
        let decoded = match kind {
            '0' => Some('\0'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'v' => Some('\u{B}'),
            'f' => Some('\u{C}'),
            'r' => Some('\r'),
            'e' => Some('\u{1B}'),
            'N' => Some('\u{85}'),
            'x' => hex(2, &mut chars),
            'u' => hex(4, &mut chars),
            'U' => hex(8, &mut chars),
            _ => None,
        };
        if decoded.is_some_and(is_control) {
            let end = chars.clone().next().map_or(raw.len(), |(i, _)| i);
            return Some(at..end);
        }
    }
    None
}

/// Whether `c` is a control character a text may not hold: C0 but tab and
/// line feed, DEL and C1, the invisible characters that steer text, the
/// line and paragraph separators, and the noncharacters.
pub(crate) fn is_control(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || steers_text_unseen(c)
        || breaks_line_unseen(c)
        || is_noncharacter(c)
}

/// A Unicode noncharacter (U+FDD0–U+FDEF, and the last two code points of
/// every plane, U+FFFE, U+FFFF …), which only an escape (`"\uFFFF"`) or a
/// broken converter puts in a text: XML may not hold one, and the Word file
/// that carried it did not open ("not well-formed").
fn is_noncharacter(c: char) -> bool {
    let code = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

/// The Unicode line and paragraph separators (U+2028, U+2029), which text
/// copied out of a web page or a JSON export carries: YAML reads them as
/// letters, and the PDF breaks the line there, in mid-sentence, stretching
/// the words before it across the whole line ("Tổ          chức").
pub(crate) fn breaks_line_unseen(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// An invisible character that hides a break or changes the order text is
/// shown in, with no use in a Vietnamese document: the zero-width space
/// (U+200B), the direction marks (U+200E, U+200F, U+061C), embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069: “Trojan source”,
/// text that reads otherwise than it is stored), the word joiner and the
/// invisible operators (U+2060–U+2064), and a byte-order mark inside the
/// text (U+FEFF). The joiners (U+200C, U+200D) are left: emoji use them.
pub(crate) fn steers_text_unseen(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The text inside curly quotes, `“2024-05-02”` or `‘08:00’`: Word's
/// autocorrect types them for `"` and `'`, and YAML reads them as letters.
pub(super) fn curly_inner(text: &str) -> Option<&str> {
    let text = text.trim();
    ["“”", "‘’", "„“", "”“", "’‘"].iter().find_map(|pair| {
        let mut marks = pair.chars();
        let (open, close) = (marks.next()?, marks.next()?);
        text.strip_prefix(open)?.strip_suffix(close)
    })
}

/// `d`, with a help line about the curly quotes when the typed value
/// `text` is wrapped in them and the value inside is `valid`, or about a
/// typographic dash where a hyphen is meant ([`dash_fixed`]).
fn curly_help(d: Diagnostic, text: &str, valid: impl Fn(&str) -> bool) -> Diagnostic {
    match curly_inner(text) {
        Some(inner) if valid(inner) => d.with_help(error::curly_quotes(Some(inner))),
        _ => match dash_fixed(curly_inner(text).unwrap_or(text), &valid) {
            Some((fixed, dash)) => d.with_help(error::typographic_dash(&fixed, dash)),
            None => d,
        },
    }
}

/// The dashes that look like the hyphen `-` of dates and periods: the en
/// dash `–` and the em dash `—` (Word's autocorrect turns " - " and "--"
/// into them), the minus sign `−` and the figure dash `‒`.
const DASHES: [char; 4] = ['\u{2013}', '\u{2014}', '\u{2212}', '\u{2012}'];

/// `text` with its typographic dashes made hyphens, when that is `valid`
/// (`2024–2025` is the school year `2024-2025`), else with the one such
/// dash made `..` (`2024–2026` is the years `2024..2026`), with the dash
/// typed first; `None` when `text` has none or neither is valid.
fn dash_fixed(text: &str, valid: impl Fn(&str) -> bool) -> Option<(String, char)> {
    let text = text.trim();
    let dash = text.chars().find(|c| DASHES.contains(c))?;
    let hyphens: String =
        text.chars().map(|c| if DASHES.contains(&c) { '-' } else { c }).collect();
    if valid(&hyphens) {
        return Some((hyphens, dash));
    }
    let (from, to) = text.split_once(dash)?;
    let range = format!("{}..{}", from.trim(), to.trim());
    (!range.contains(DASHES) && valid(&range)).then_some((range, dash))
}

/// A list of texts under `key`.
pub(super) fn read_text_list(
    node: &Node,
    place: Place<'_>,
    key: &str,
    cx: &mut Cx<'_>,
) -> Option<Vec<Text>> {
    let items = read_list(node, place, cx)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.extend(read_text(item, Place::Item(key), cx));
    }
    Some(out)
}

/// One of the YAML names of a closed set.
pub(super) fn read_choice<T>(
    node: &Node,
    place: Place<'_>,
    names: &[&str],
    from_name: fn(&str) -> Option<T>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<T>> {
    let all = error::list(names);
    let expected = t(format!("một trong {}", all.vi), format!("one of {}", all.en));
    let text = read_scalar(node, place, expected, cx)?;
    match from_name(text) {
        Some(value) => Some(Spanned::new(value, node.span)),
        None => {
            let key = match place {
                Place::Key(_, key) | Place::Item(key) => key,
            };
            let d = error::invalid_value(node.span, key, text, names);
            cx.push(curly_help(d, text, |inner| from_name(inner).is_some()));
            None
        }
    }
}

/// `true` or `false` (also `True`, `TRUE`, …: YAML 1.2 core; not `yes`/`no`).
pub(super) fn read_bool(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<bool>> {
    let key = match place {
        Place::Key(_, key) | Place::Item(key) => key,
    };
    if let NodeKind::Invalid = node.kind {
        return None;
    }
    let value = match node.as_str() {
        Some("true" | "True" | "TRUE") => true,
        Some("false" | "False" | "FALSE") => false,
        _ => {
            cx.push(error::not_boolean(place.span_of(node), key, &node.found()));
            return None;
        }
    };
    Some(Spanned::new(value, node.span))
}

/// A date `YYYY-MM-DD` that exists.
pub(super) fn read_date(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<NaiveDate>> {
    read_date_or(node, place, cx, |_| false)
}

/// [`read_date`] where another form is valid too (`date: 2026-01`, the
/// month form of `plan-format.md`, "`date: YYYY-MM`: the signing month", read
/// by the caller): a value `also` accepts counts as valid in the help about
/// curly quotes and typographic dashes, so `2026–01` gets "có phải `2026-01`?"
/// as `2026–01–15` gets "có phải `2026-01-15`?".
pub(super) fn read_date_or(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
    also: impl Fn(&str) -> bool,
) -> Option<Spanned<NaiveDate>> {
    let text = read_scalar(
        node,
        place,
        t("một ngày dạng 2024-05-02", "a date like 2024-05-02"),
        cx,
    )?;
    match parse_date(text) {
        Ok(date) => Some(Spanned::new(date, node.span)),
        Err(DateError::Shape(hint)) => {
            let d = error::not_a_date(node.span, place.describe(), &node.found(), hint);
            cx.push(curly_help(d, text, |inner| {
                parse_date(inner).is_ok() || also(inner)
            }));
            None
        }
        Err(DateError::ShapeNoSuchDay(why)) => {
            let found = node.found();
            cx.push(error::not_a_date_no_such_day(
                node.span,
                place.describe(),
                &found,
                &why,
            ));
            None
        }
        Err(DateError::NoSuchDay(why)) => {
            cx.push(error::invalid_date(node.span, text, why));
            None
        }
    }
}

pub(super) fn read_period(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<Period>> {
    let text =
        read_scalar(node, place, t("một kỳ dạng 2024-05", "a period like 2024-05"), cx)?;
    match Period::check(text) {
        Ok(period) => Some(Spanned::new(period, node.span)),
        Err(why) => {
            let d = error::invalid_period(node.span, text, &why);
            cx.push(curly_help(d, text, |inner| Period::check(inner).is_ok()));
            None
        }
    }
}

pub(super) fn read_number(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<u32>> {
    let text = read_scalar(node, place, t("một số nguyên", "a whole number"), cx)?;
    match parse_number(text) {
        Some(n) => Some(Spanned::new(n, node.span)),
        None => {
            let d = error::invalid_number(node.span, text);
            cx.push(curly_help(d, text, |inner| parse_number(inner).is_some()));
            None
        }
    }
}

pub(super) fn read_time(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<TimeOfDay>> {
    let text =
        read_scalar(node, place, t("giờ dạng \"08:00\"", "a time like \"08:00\""), cx)?;
    match parse_time(text) {
        Some(time) => Some(Spanned::new(time, node.span)),
        None => {
            let d = error::invalid_time(node.span, text);
            cx.push(curly_help(d, text, |inner| parse_time(inner).is_some()));
            None
        }
    }
}

/// Why a text is not a date.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum DateError {
    /// Not of the form `YYYY-MM-DD`; the ISO form if it reads as a
    /// day/month/year date.
    Shape(Option<String>),
    /// Of the form but not in the calendar; why.
    NoSuchDay(crate::lang::Text),
    /// Not of the form, and a day/month/year date that is not in the
    /// calendar either (`31/4/2024`, `29/2/2025`); why.
    ShapeNoSuchDay(crate::lang::Text),
}

/// Reads `YYYY-MM-DD`.
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let parts: Vec<&str> = text.split('-').collect();
    let digits =
        |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    // `2024-06-05 14:00`: a date, then a time that goes in `time`.
    if let Some((day, _)) = text.split_once(' ')
        && parse_date(day).is_ok()
    {
        return Err(DateError::Shape(Some(day.to_owned())));
    }
    let shape = || match day_month_year(text) {
        Some(Err(why)) => DateError::ShapeNoSuchDay(why),
        hint => DateError::Shape(hint.and_then(Result::ok)),
    };
    let [y, m, d] = parts.as_slice() else {
        return Err(shape());
    };
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Err(shape());
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return Err(DateError::Shape(None));
    };
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| DateError::NoSuchDay(why_no_such_day(y, m, d)))
}

/// Why `y-m-d` is not a day.
fn why_no_such_day(y: i32, m: u32, d: u32) -> crate::lang::Text {
    if !(1..=12).contains(&m) {
        // Day and month swapped (`2024-30-05`): say which date it may be.
        match NaiveDate::from_ymd_opt(y, d, m) {
            Some(date) => {
                let iso = date.format("%Y-%m-%d");
                let why = no_such_month(m);
                t(
                    format!(
                        "{}; có phải `{iso}`? ngày viết theo thứ tự năm-tháng-ngày",
                        why.vi
                    ),
                    format!(
                        "{}; did you mean `{iso}`? dates are written year-month-day",
                        why.en
                    ),
                )
            }
            None => no_such_month(m),
        }
    } else if d == 0 || d > 31 {
        t(format!("ngày {d} không tồn tại"), format!("there is no day {d}"))
    } else if m == 2 && d == 29 {
        t(
            format!("năm {y} không phải năm nhuận: tháng 2 chỉ có 28 ngày"),
            format!("{y} is not a leap year: February has 28 days"),
        )
    } else {
        t(
            format!("ngày {d} tháng {m} không tồn tại"),
            format!("month {m} has no day {d}"),
        )
    }
}

/// "tháng 13 không tồn tại" / "there is no month 13".
pub(super) fn no_such_month(m: u32) -> crate::lang::Text {
    t(format!("tháng {m} không tồn tại"), format!("there is no month {m}"))
}

/// `2/5/2024`, `02-05-2024`, `2.5.2024`, `2024/05/02`, `2/5/24` or "ngày 02 tháng 5
/// năm 2024" (after a place too: "Mỹ Độ, ngày …") as
/// `2024-05-02`, when that day exists; when it does not but the day and month swapped do
/// (`06/30/2024`, written month first), that day; else why there is no such
/// day (`31/4/2024`: "ngày 31 tháng 4 không tồn tại"). `None` when the text
/// is not three numbers.
fn day_month_year(text: &str) -> Option<Result<String, crate::lang::Text>> {
    // "ngày 02 tháng 5 năm 2024", the date line's words, as `02/5/2024`.
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let spelt = match words.as_slice() {
        [.., "ngày", d, "tháng", m, "năm", y] => Some(format!("{d}/{m}/{y}")),
        _ => None,
    };
    let text = spelt.as_deref().unwrap_or(text);
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let num = |s: &str, max: usize| {
        (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y, 4)?, num(m, 2)?, num(d, 2)?),
        [d, m, y] if y.len() == 4 => (num(y, 4)?, num(m, 2)?, num(d, 2)?),
        // `30/5/24`: a two-digit year is of this century.
        [d, m, y] if y.len() == 2 && text.contains('/') => {
            (2000 + num(y, 2)?, num(m, 2)?, num(d, 2)?)
        }
        _ => return None,
    };
    let year = i32::try_from(y).ok()?;
    let date = NaiveDate::from_ymd_opt(year, m, d)
        .or_else(|| (m > 12).then(|| NaiveDate::from_ymd_opt(year, d, m)).flatten());
    Some(match date {
        Some(date) => Ok(date.format("%Y-%m-%d").to_string()),
        None => Err(why_no_such_day(year, m, d)),
    })
}

/// A whole number from 1 to 9999 (leading zeros allowed: `05` is 5).
pub(crate) fn parse_number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = text.trim_start_matches('0');
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    digits.parse().ok()
}

/// `H:MM` or `HH:MM` from 00:00 to 23:59.
pub(crate) fn parse_time(text: &str) -> Option<TimeOfDay> {
    let (h, m) = text.split_once(':')?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(matches!(h.len(), 1 | 2) && m.len() == 2 && digits(h) && digits(m)) {
        return None;
    }
    let (hour, minute): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
}
