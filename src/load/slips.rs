//! Typing slips in the lines of a plan that the YAML reader would misread,
//! blame on another line or stop at (then the slips after it would show
//! only once it is fixed): a tab where YAML wants indentation, a special space (a no-break space pasted from
//! Word, U+00A0; an ideographic space) in the indentation, after a list's
//! `-` or around a key's `:`, and a key with no space after its colon
//! (`title:Kinh tế`) or with a full-width colon (`place：`), and a list item marked with Word's bullet (`•`,
//! `–`, `+`, `*`) where the `- ` of a list belongs. YAML takes such a line
//! for plain text and reports the next line (`issuer:`), reads `  abbr` as
//! an unknown key, or `* …` as an alias; each slip is reported here, on its
//! own line, instead; so is an item with no space after its `-`
//! (`-Tổ chức`), which YAML joins to the text around it.
//!
//! Lines inside a `|` or `>` block are text, and are not looked at.

use super::error;
use crate::diag::Diagnostic;
use crate::source::{SourceId, Span};

/// Spaces that look like a space but are not one to YAML.
fn is_special_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// The marks Word and other editors put before a list item, which YAML does
/// not read as one (`- ` is its only mark).
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '●'
            | '○'
            | '·'
            | '–'
            | '—'
            | '+'
            | '*'
            | '➢'
            | '►'
            | '❖'
            | '✓'
            | '\u{F0B7}'
    )
}

/// Whether `key` looks like a key of the format: lower-case ASCII letters,
/// digits and `_`, starting with a letter (`title`, `on_behalf`).
fn is_key(key: &str) -> bool {
    key.len() >= 2
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// What [`scan`] keeps of the last line that was not blank or a comment.
#[derive(Clone, Copy)]
struct Last {
    /// Its indentation.
    indent: usize,
    /// Whether it is a list item (`- `).
    item: bool,
    /// Whether it ends with `:`, a key with nothing after it.
    opens: bool,
    /// Where its key would start, past the list marks.
    column: usize,
    /// Whether a key of the format's form and its `:` stand there.
    keyed: bool,
    /// Whether that key has a plain value on the line (`parent: Đảng bộ …`).
    plain: bool,
    /// Whether the line ends in plain text that a next line may go on
    /// with: a key's plain value, or a list item's (`- Hoàn thành …`), or
    /// a quoted one it leaves open (`- "Hoàn thành báo cáo`).
    text: bool,
    /// Whether it leaves a quoted value open.
    open_quote: bool,
    /// The length of the key, in bytes.
    key_len: usize,
    /// Where the line starts.
    at: usize,
    /// The `{` or `[` value it leaves open.
    unclosed: Option<OpenFlow>,
}

/// A `{ … }` or `[ … ]` value that its line leaves open.
#[derive(Clone, Copy)]
struct OpenFlow {
    /// The `}` or `]` it lacks.
    closer: char,
    /// Where the line's code ends (from the line's start): before a comment
    /// and the spaces in front of it.
    end: usize,
    /// Where a comment after ` #` starts (its `#`, from the line's start)
    /// when it holds the closer: a text with ` #` in it (`[Thanh toán #2,
    /// …]`), which YAML cut short.
    cut_by_comment: Option<usize>,
}

/// Every slip of `text`, in file order, at most one per line.
pub(crate) fn scan(text: &str, source: SourceId) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    // The indentation a `|`/`>` block's lines must exceed, while in one.
    let mut block: Option<usize> = None;
    // The last line that was not blank or a comment.
    let mut last: Option<Last> = None;
    // The columns of the `- ` of the lists open at the last line.
    let mut lists: Vec<usize> = Vec::new();
    let mut start = 0usize;
    for line in text.split_inclusive('\n') {
        let at = start;
        start += line.len();
        let line = line.trim_end_matches('\n');
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(parent) = block {
            if line.trim().is_empty() || indent > parent {
                continue;
            }
            block = None;
        }
        let body = line.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let (column, keyed) = key_column(line);
        // `- { date: …, name: …` with its `}` left out, then a line that
        // does not go on with it: YAML blames that line. A line that closes
        // it (more closing brackets than opening ones) goes on with it,
        // however indented: not looked at.
        if let Some(OpenFlow { closer, .. }) = last.and_then(|l| l.unclosed) {
            let opener = if closer == '}' { '{' } else { '[' };
            let code = Code::of(body);
            let count = |c: char| code.chars.iter().filter(|&&(_, d)| d == c).count();
            if count(closer) > count(opener) {
                last = None;
                continue;
            }
            if let Some(l) = last.filter(|l| indent <= l.indent) {
                found.push(unclosed(l, source));
            }
        }
        let before = found.len();
        let item = body.starts_with("- ") || body == "-";
        // The `- ` column of the innermost list open above, deeper than this
        // line's, when this item is of no list open at its own column.
        let shallower = lists
            .last()
            .copied()
            .filter(|&list| item && list > indent && !lists.contains(&indent))
            .filter(|_| last.is_some_and(|l| !l.opens));
        if let Some(diagnostic) = slip(line, at, source) {
            found.push(diagnostic);
        } else if (keyed || item)
            && !last.is_some_and(|l| l.open_quote)
            && let Some(diagnostic) = quoted_then_text(line, at, column, keyed, source)
        {
            found.push(diagnostic);
        } else if let Some(list) = shallower {
            // `    - >-` among items at column 6: YAML names the text after it.
            let span = Span::new(source, at, at + indent + 1);
            found.push(error::item_shallower(span, list - indent));
        } else if keyed
            && column == indent
            && let Some(l) = last.filter(|l| {
                l.plain && !l.item && column == l.column + 2 && lists.contains(&l.indent)
            })
        {
            // `  title: Mục mới` where a section's `  - title:` belongs: the
            // line below (`    items:`) looks indented too deep; the `- `
            // of the line above is what is missing.
            let line_above = text[l.at..].lines().next().unwrap_or("");
            let span = Span::new(source, l.at + l.indent, l.at + line_above.len());
            found.push(error::missing_dash(span, line_above.trim_start(), 2));
        } else if keyed
            && column == indent
            && let Some(l) = last.filter(|l| l.plain && l.column < column)
        {
            // `   name: …` under `  parent: …`: one space too many.
            let name_len = body.find([' ', ':']).unwrap_or(body.len());
            let above = &text[l.at + l.column..l.at + l.column + l.key_len];
            let span = Span::new(source, at + l.column, at + indent + name_len);
            found.push(error::key_indented_deeper(
                span,
                &body[..name_len],
                above,
                indent - l.column,
            ));
        } else if !keyed
            && last.is_some_and(|l| {
                (l.keyed && l.column == column) || (l.opens && l.indent < indent)
            })
            && let Some(diagnostic) = missing_colon(line, at, column, source)
        {
            found.push(diagnostic);
        } else if last.is_some_and(|l| {
            (l.item && l.indent == indent) || (l.opens && l.indent < indent)
        }) {
            // Where a list item belongs: a Word bullet, or `-` with no space.
            if let Some(c) = bullet(body) {
                let span = Span::new(source, at + indent, at + indent + c.len_utf8());
                found.push(error::bullet_not_dash(span, c));
            } else if let Some(rest) = body.strip_prefix('-')
                && rest.starts_with(char::is_alphabetic)
            {
                let span = Span::new(source, at + indent, at + line.len());
                found.push(error::no_space_after_dash(span, rest));
            } else if last.is_some_and(|l| l.item && l.indent == indent && !l.open_quote)
                && !keyed
                && !body.contains(": ")
                && !body.ends_with(':')
                && !body.starts_with(['-', ']', '}', '.', '#'])
            {
                // `  Các chi bộ trực thuộc` under `  - MTTQ …`: the `- ` left
                // out. YAML blames the next line, or joins it to the item.
                let span = Span::new(source, at + indent, at + line.len());
                let more = last.map_or(2, |l| continued_from(l) + 2 - indent);
                found.push(error::missing_dash(span, body, more));
            }
        } else if !keyed
            && !item
            && !body.contains(": ")
            && !body.trim_end().ends_with(':')
            && !body.starts_with([
                '-', ']', '}', '#', '"', '\'', '|', '>', '?', ':', '&', '*', '!', '%',
                '@', '`', '[', '{',
            ])
            && bullet(body).is_none()
            // `...` ends a YAML document: no text.
            && !(indent == 0 && (body.trim_end() == "..." || body.starts_with("... ")))
            && let Some(l) = last.filter(|l| l.text && indent <= continued_from(*l))
        {
            // `closing: Trên đây là chương trình` then `công tác tháng 5.`
            // at the line's start: text that goes on with the line above,
            // indented no deeper than its key (or the item's `-`). YAML
            // reads it as a key and blames the next key (`recipients:`).
            let key =
                l.keyed.then(|| &text[l.at + l.column..l.at + l.column + l.key_len]);
            let span = Span::new(source, at + indent, at + line.len());
            found.push(error::continuation_not_indented(
                span,
                key,
                continued_from(l) + 2,
            ));
        }
        if keyed
            && column > indent
            && found.len() == before
            && let Some(diagnostic) = flow_without_braces(line, at, column, source)
        {
            // `- date: 2024-05-29, name: Hội nghị`: the `{ }` left out.
            found.push(diagnostic);
        }
        lists.retain(|&list| list <= indent);
        if item && !lists.contains(&indent) {
            lists.push(indent);
        }
        let opens = body.split(" #").next().unwrap_or(body).trim_end().ends_with(':');
        // A key with a plain value on its line, which no deeper key may follow.
        let value = line[column..].split_once(':').map_or("", |(_, v)| v.trim());
        let plain = keyed
            && !value.is_empty()
            && !value.starts_with(['"', '\'', '{', '[', '|', '>', '&', '*', '!', '#']);
        let key_len = line[column..].find([' ', ':']).unwrap_or(0);
        let item_value = if item && !keyed { line[column..].trim() } else { "" };
        let open_quote = quoted_value(line, column, keyed)
            .is_some_and(|(_, _, close)| close.is_none());
        let text = plain
            || open_quote
            || (!item_value.is_empty()
                && !item_value.starts_with([
                    '"', '\'', '{', '[', '|', '>', '&', '*', '!', '#', '-', '?',
                ]));
        let unclosed = open_flow(line, column);
        last = Some(Last {
            indent,
            item,
            opens,
            column,
            keyed,
            plain,
            text,
            open_quote,
            key_len,
            at,
            unclosed,
        });
        if opens_block(line) {
            block = Some(indent);
        }
    }
    if let Some(l) = last.filter(|l| l.unclosed.is_some()) {
        found.push(unclosed(l, source));
    }
    found
}

/// The `{ … }` or `[ … ]` value of `line` (after its key or list marks,
/// from `column`) that the line leaves open; `None` when the value is not
/// one, is closed, or leaves more than one bracket open. Brackets inside
/// quotes and a comment after ` #` outside them do not count.
fn open_flow(line: &str, column: usize) -> Option<OpenFlow> {
    let rest = line.get(column..)?;
    let value = match rest.split_once(": ") {
        Some((key, value)) if is_key(key) => value.trim_start(),
        _ => rest,
    };
    let closer = match value.chars().next()? {
        '{' => '}',
        '[' => ']',
        _ => return None,
    };
    let from = line.len() - value.len();
    let code = Code::of(value);
    let depth: i32 = code
        .chars
        .iter()
        .map(|&(_, c)| match c {
            '{' | '[' => 1,
            '}' | ']' => -1,
            _ => 0,
        })
        .sum();
    // One bracket left open, a clerk's slip; deeper nesting is left to the
    // reader, which names it (`too_deep`) or the place it stops.
    (depth == 1 && !code.open_quote).then(|| OpenFlow {
        closer,
        end: line[..from + code.end].trim_end().len(),
        cut_by_comment: value[code.end..].contains(closer).then_some(from + code.end),
    })
}

/// The code of a line's text, as YAML reads it: its characters outside
/// quoted scalars, up to a comment.
struct Code {
    /// The characters outside quotes before the comment, with their byte
    /// offsets in the text.
    chars: Vec<(usize, char)>,
    /// Where the comment starts (the text's length when it has none).
    end: usize,
    /// Whether a quote is left open at the end.
    open_quote: bool,
}

impl Code {
    /// The code of `text`: a quote (`"`, `'`) opens a quoted scalar only
    /// where a scalar may start: first on the line (after the indentation),
    /// after `{`, `[` or `,`, or after `: `, `- ` or `? ` (spaces between
    /// allowed); inside a plain scalar it is a character like any other
    /// (`Nhà'x`, `Nhà văn hóa 'Tổ 3`). `\"` stays inside a `"…"` scalar and
    /// `''` inside a `'…'` one; a `#` after a space (or first) starts a
    /// comment. A `[` or `{` inside quotes or in a comment (`# ghi chú [xem
    /// phụ lục`) is not code.
    fn of(text: &str) -> Self {
        let mut chars = Vec::new();
        let mut quote: Option<char> = None;
        let mut previous = ' ';
        // Whether a scalar may start here, and whether the `-` or `?` just
        // read stood where one may (an indicator, not a hyphen in a word).
        let (mut may_start, mut indicator) = (true, false);
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            match (quote, c) {
                (Some('"'), '\\') => {
                    iter.next();
                }
                (Some('\''), '\'') if iter.peek().is_some_and(|&(_, n)| n == '\'') => {
                    iter.next();
                }
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if may_start => quote = Some(c),
                (None, '#') if previous == ' ' => {
                    return Self { chars, end: i, open_quote: false };
                }
                (None, c) => {
                    match c {
                        ' ' | '\t' => {
                            may_start |= previous == ':' || indicator;
                            indicator = false;
                        }
                        '{' | '[' | ',' => may_start = true,
                        '-' | '?' => (indicator, may_start) = (may_start, false),
                        _ => (indicator, may_start) = (false, false),
                    }
                    chars.push((i, c));
                }
            }
            previous = c;
        }
        Self { chars, end: text.len(), open_quote: quote.is_some() }
    }
}

/// The report of `last`'s `{` or `[` that its line leaves open.
fn unclosed(last: Last, source: SourceId) -> Diagnostic {
    let open =
        last.unclosed.unwrap_or(OpenFlow { closer: '}', end: 0, cut_by_comment: None });
    match open.cut_by_comment {
        Some(hash) => {
            let at = last.at + hash;
            error::flow_cut_by_comment(Span::new(source, at, at + 1), open.closer)
        }
        None => {
            let end = last.at + open.end;
            error::unclosed_flow(Span::new(source, end, end), open.closer)
        }
    }
}

/// `- date: 2024-05-29, name: Hội nghị Đảng ủy mở rộng`: a list item of
/// several keys on one line without the `{ }` around them, which YAML
/// stops at (the second `: `). `column` is where the first key starts.
fn flow_without_braces(
    line: &str,
    at: usize,
    column: usize,
    source: SourceId,
) -> Option<Diagnostic> {
    let rest = line[column..].split(" #").next().unwrap_or("").trim_end();
    let (first, value) = rest.split_once(": ")?;
    let second = value.split(", ").skip(1).any(|part| {
        part.split_once(": ").is_some_and(|(key, _)| is_key(key) && is_format_key(key))
    });
    if !(is_format_key(first) && second)
        || value.trim_start().starts_with(['"', '\'', '{', '['])
    {
        return None;
    }
    let span = Span::new(source, at + column, at + column + rest.len());
    Some(error::flow_without_braces(span, rest))
}

/// Whether `key` is a key of the format, of any mapping.
fn is_format_key(key: &str) -> bool {
    crate::model::keys::Owner::ALL.iter().any(|owner| owner.names().contains(&key))
}

/// The bullet `body` (a line without its indentation) starts with, when a
/// space follows it: `• Tổ chức …`, `– TT. Đảng ủy`.
fn bullet(body: &str) -> Option<char> {
    let mut chars = body.chars();
    let c = chars.next().filter(|&c| is_bullet(c))?;
    chars
        .next()
        .is_some_and(|s| s == ' ' || s == '\t' || is_special_space(s))
        .then_some(c)
}

/// Whether `line` ends with a `|` or `>` block header (`intro: >-`, `- |`).
fn opens_block(line: &str) -> bool {
    let code = line.split(" #").next().unwrap_or(line).trim_end();
    let header =
        code.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
    let Some(before) = header.strip_suffix(['|', '>']) else { return false };
    let before = before.trim_end();
    before.is_empty() || before.ends_with(':') || before.ends_with('-')
}

/// The slip of one line that starts at byte `at`, if any.
fn slip(line: &str, at: usize, source: SourceId) -> Option<Diagnostic> {
    let span =
        |from: usize, c: char| Span::new(source, at + from, at + from + c.len_utf8());
    // The indentation and list marks: spaces, `-` followed by a space.
    let mut i = 0usize;
    let bytes = line.as_bytes();
    // The first tab in the indentation, before any list mark.
    let mut tab: Option<usize> = None;
    loop {
        let rest = &line[i..];
        let c = rest.chars().next()?;
        if c == ' ' {
            i += 1;
        } else if c == '\t' {
            if tab.is_none() && !line[..i].contains('-') {
                tab = Some(i);
            }
            i += 1;
        } else if is_special_space(c) {
            return Some(error::special_space(span(i, c), c));
        } else if c == '-'
            && rest[1..].starts_with(|c: char| c == ' ' || is_special_space(c))
        {
            i += 1;
        } else {
            break;
        }
    }
    // A key: `key:`, `key :`, then the value.
    let rest = &line[i..];
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let key = &rest[..name_len];
    // A tab YAML takes for indentation: at the line's start, or before a
    // key or a list item (`  \ttitle:`, `\t- Tổ chức`). After spaces, before
    // a comment or the next line of a text, it is only white space.
    if let Some(t) = tab {
        let keyed =
            is_key(key) && rest[name_len..].trim_start_matches(' ').starts_with(':');
        let listed = line[t..].trim_start_matches([' ', '\t']).starts_with('-');
        if !rest.starts_with('#') && (t == 0 || keyed || listed) {
            return Some(error::tab_indent(Span::new(source, at + t, at + t + 1)));
        }
    }
    if !is_key(key) {
        return None;
    }
    let mut j = i + name_len;
    while let Some(c) =
        line[j..].chars().next().filter(|&c| c == ' ' || is_special_space(c))
    {
        if is_special_space(c) {
            return line[j..]
                .trim_start_matches([' ', '\u{A0}'])
                .starts_with(':')
                .then(|| error::special_space(span(j, c), c));
        }
        j += 1;
    }
    if line[j..].starts_with('：') {
        let end = at + j + '：'.len_utf8();
        return Some(error::fullwidth_colon(Span::new(source, at + j, end), key));
    }
    if bytes.get(j) != Some(&b':') {
        return None;
    }
    let after = &line[j + 1..];
    let next = after.chars().next()?;
    if is_special_space(next) {
        return Some(error::special_space(span(j + 1, next), next));
    }
    // `key:value`: not `key::`, a URL's `://`, or `key:` alone.
    if j == i + name_len && !matches!(next, ' ' | ':' | '/' | '#') {
        let end = at + line.len();
        return Some(error::no_space_after_key(
            Span::new(source, at + j, end),
            key,
            after,
        ));
    }
    // `number: Số: 45-CTr/ĐU`, the number line pasted whole: YAML stops at
    // the second `: `; the number is what the help can give.
    let value = after.trim_start_matches(' ');
    if key == "number" && value.contains(": ") && !value.starts_with(['"', '\'']) {
        let value = value.split(" #").next().unwrap_or(value).trim_end();
        let from = at + line.len() - after.trim_start_matches(' ').len();
        return Some(error::invalid_number(
            Span::new(source, from, from + value.len()),
            value,
        ));
    }
    None
}

/// Where the key of `line` starts, past its indentation and list marks
/// (`  - title: …` → 4), and whether a key of the format's form followed by
/// `:` stands there.
fn key_column(line: &str) -> (usize, bool) {
    let mut i = line.len() - line.trim_start_matches(' ').len();
    while line[i..].starts_with("- ") {
        i += 2;
        i += line[i..].len() - line[i..].trim_start_matches(' ').len();
    }
    let rest = &line[i..];
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    // `key:` then a space or the line's end; not a URL's `http://`.
    let keyed = is_key(&rest[..name_len])
        && rest[name_len..]
            .trim_start_matches(' ')
            .strip_prefix(':')
            .is_some_and(|after| after.is_empty() || after.starts_with([' ', '\t']));
    (i, keyed)
}

/// A value that starts with a quoted phrase and goes on after its closing
/// quote (`- "Hoàn thành" báo cáo năm 2024.`, `place: "Mỹ" Độ`): YAML
/// takes the quotes for the value's own and stops at the words after them,
/// or pairs the quote with one lines below and reports a quote not closed.
/// `column` is where the line's key or value starts, past its list marks;
/// `keyed`, whether a key stands there. A quoted key (`"a": b`), a comment
/// after the value, and values in `{ }` or `[ ]` are left to YAML.
fn quoted_then_text(
    line: &str,
    at: usize,
    column: usize,
    keyed: bool,
    source: SourceId,
) -> Option<Diagnostic> {
    let (start, quote, close) = quoted_value(line, column, keyed)?;
    let value = &line[start..];
    let after = &value[close? + 1..];
    let words = after.trim_start();
    if words.is_empty() || words.starts_with(['#', ':', ',', ']', '}']) {
        return None;
    }
    let span = Span::new(source, at + start, at + line.trim_end().len());
    Some(error::quoted_then_text(span, value.trim_end(), quote))
}

/// When the value of `line` (its key's, past `column`, or its list item's)
/// starts with a quote: where it starts, the quote, and where in the value
/// the closing quote stands, `None` when the line leaves it open (`\"`
/// escapes a quote in double quotes, `''` in single ones).
fn quoted_value(
    line: &str,
    column: usize,
    keyed: bool,
) -> Option<(usize, char, Option<usize>)> {
    let mut start = column;
    if keyed {
        let colon = column + line.get(column..)?.find(':')?;
        let after = line.get(colon + 1..)?;
        start = colon + 1 + (after.len() - after.trim_start().len());
    }
    let value = line.get(start..)?;
    let quote = value.chars().next().filter(|&c| c == '"' || c == '\'')?;
    let bytes = value.as_bytes();
    let mut i = 1;
    let close = loop {
        let Some(&b) = bytes.get(i) else { break None };
        if quote == '"' && b == b'\\' {
            i += 2;
        } else if b == quote as u8 {
            if quote == '\'' && bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
            } else {
                break Some(i);
            }
        } else {
            i += 1;
        }
    };
    Some((start, quote, close))
}

/// The column a line that goes on with the text of `line` must pass: its
/// key's (`closing: …`, `  - title: …`), or its `-` for a list item's text.
fn continued_from(line: Last) -> usize {
    if line.keyed { line.column } else { line.indent }
}

/// A key of the format written without its colon where a key belongs
/// (`place Mỹ Độ`, `  abbr ĐU`): YAML reads the line as text and blames
/// the next key, or a line further down. `column` is where the line's key
/// would start; the line's own `: ` has been looked for already.
fn missing_colon(
    line: &str,
    at: usize,
    column: usize,
    source: SourceId,
) -> Option<Diagnostic> {
    let rest = &line[column..];
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let key = &rest[..name_len];
    let after = &rest[name_len..];
    if !is_format_key(key) || !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let value = after.trim_start_matches(' ');
    if value.starts_with(':') || value.starts_with('#') {
        return None;
    }
    let end = at + column + name_len;
    Some(error::missing_colon(Span::new(source, at + column, end), key, value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Sources;

    fn places(text: &str) -> Vec<(usize, usize, String)> {
        let mut sources = Sources::new();
        let id = sources.add(std::path::Path::new("a.yaml"), text.to_owned());
        scan(text, id)
            .iter()
            .map(|d| {
                let span = d.span.expect("a place");
                (span.start, span.end, d.message.en.clone())
            })
            .collect()
    }

    #[test]
    fn finds_special_spaces_where_yaml_needs_a_space() {
        for (text, at) in [
            ("a: 1\n\u{A0} abbr: UBND\n", 5),
            ("items:\n  -\u{A0}Đẩy mạnh\n", 10),
            ("place:\u{A0}Mỹ Độ\n", 6),
            ("  abbr\u{A0}: UBND\n", 6),
            ("\u{3000}abbr: UBND\n", 0),
            ("place： Mỹ Độ\n", 5),
        ] {
            let found = places(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].0, at, "{text:?}");
        }
    }

    /// Text that goes on with the line above, starting no deeper than its
    /// key (or its item's `-`): found on its own line, with the spaces that
    /// make it go on; a line deep enough, or a key, is not.
    #[test]
    fn finds_text_going_on_without_its_indentation() {
        for (text, at, spaces) in [
            (
                "closing: Trên đây\nlà chương trình.\nrecipients:\n",
                "closing: Trên đây\n".len(),
                "2 spaces",
            ),
            (
                "items:\n  - Hoàn thành\n báo cáo.\n",
                "items:\n  - Hoàn thành\n ".len(),
                "4 spaces",
            ),
            (
                "  - title: Công tác\n    trọng tâm\n    items:\n",
                "  - title: Công tác\n    ".len(),
                "6 spaces",
            ),
        ] {
            let found = places(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].0, at, "{text:?}");
            let mut sources = Sources::new();
            let id = sources.add(std::path::Path::new("a.yaml"), text.to_owned());
            let help = scan(text, id)[0].help.clone().expect("help");
            assert!(help.en.contains(spaces), "{text:?}: {}", help.en);
        }
        for text in [
            "closing: Trên đây\n  là chương trình.\n",
            "items:\n  - Hoàn thành\n   báo cáo.\n",
            "closing: Trên đây\nrecipients:\n",
            "closing: Trên đây\nnơi nhận: Mỹ Độ\n",
            "---\nclosing: Trên đây\n...\n",
        ] {
            assert_eq!(places(text), vec![], "{text:?}");
        }
    }

    /// A value that starts with a quoted phrase and goes on after it is
    /// found at the value, and the help quotes the whole value in the other
    /// quotes; a quoted value alone, with a comment, a quoted key, an
    /// escaped quote or a quote left open for the next line is not.
    #[test]
    fn finds_words_after_a_quoted_start() {
        for (text, at, help) in [
            (
                "items:\n  - \"Hoàn thành\" báo cáo.\n",
                "items:\n  - ".len(),
                "`'\"Hoàn thành\" báo cáo.'`",
            ),
            ("place: 'Mỹ' Độ\n", "place: ".len(), "`\"'Mỹ' Độ\"`"),
        ] {
            let mut sources = Sources::new();
            let id = sources.add(std::path::Path::new("a.yaml"), text.to_owned());
            let found = scan(text, id);
            assert_eq!(found.len(), 1, "{text:?}");
            assert_eq!(found[0].span.expect("a place").start, at, "{text:?}");
            let shown = found[0].help.clone().expect("help").en;
            assert!(shown.contains(help), "{text:?}: {shown}");
        }
        for text in [
            "place: \"Mỹ Độ\"\n",
            "place: \"Mỹ Độ\" # ghi chú\n",
            "\"place\": Mỹ Độ\n",
            "items:\n  - \"Hoàn thành \\\" báo\" \n",
            "items:\n  - 'Ngày ''hội'' lớn'\n",
            "items:\n  - \"Hoàn thành báo cáo\n  tổng kết\"\n",
            "items:\n  - \"Hoàn thành báo cáo\n    tổng kết\"\n",
            "closing: Trên đây là\n  \"tháng 6\" năm 2024\n",
            "closing: 'Trên đây là\n  \"tháng 6\" năm 2024'\n",
            "items:\n  - Kiểm tra\n    \"HĐND\" phường\n",
        ] {
            assert_eq!(places(text), vec![], "{text:?}");
        }
    }

    #[test]
    fn finds_a_key_with_no_space_after_its_colon() {
        let found = places("sections:\n  - title:Kinh tế\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "sections:\n  - title".len());
    }

    #[test]
    fn finds_word_bullets_where_a_list_item_belongs() {
        for (text, at) in [
            ("items:\n  • Tổ chức\n  • Thực hiện\n", 9),
            (
                "recipients:\n  - TT. Đảng ủy\n  – Chủ tịch\n",
                "recipients:\n  - TT. Đảng ủy\n  ".len(),
            ),
            (
                "items:\n  - a\n\n  # ghi chú\n  + b\n",
                "items:\n  - a\n\n  # ghi chú\n  ".len(),
            ),
            ("items:\n  * Tổ chức\n", 9),
            ("items:\n  -Tổ chức\n  - Thực hiện\n", 9),
        ] {
            let found = places(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].0, at, "{text:?}");
        }
    }

    /// Every tab YAML would stop at is found, each on its line, so that one
    /// run names them all: the reader named only the first.
    #[test]
    fn finds_every_tab_that_indents() {
        let text =
            "signer:\n\ttitle: Bí thư\n  \tname: An\nitems:\n\t- a\n  - b\nc: x\n\ty\n";
        let found: Vec<usize> = places(text).iter().map(|f| f.0).collect();
        assert_eq!(
            found,
            [
                "signer:\n".len(),
                "signer:\n\ttitle: Bí thư\n  ".len(),
                "signer:\n\ttitle: Bí thư\n  \tname: An\nitems:\n".len(),
                text.len() - "\ty\n".len(),
            ]
        );
        assert!(places(text).iter().all(|f| f.2.starts_with("tabs cannot indent")));
        // White space only: before a comment, inside a text's next line,
        // after a list mark, inside a value or a `|` block.
        for text in [
            "\t# ghi chú\na: 1\n",
            "a:\n  \t# ghi chú\n",
            "closing: Trên đây\n  \tlà chương trình\n",
            "items:\n  -\tCác chi bộ\n  - \tb\n",
            "name: Bí\tthư\n",
            "intro: |\n  \tthụt lề\n",
        ] {
            assert_eq!(places(text), vec![], "{text:?}");
        }
    }

    #[test]
    fn finds_a_key_without_its_colon() {
        for (text, at) in [
            ("kind: ke-hoach\nplace Mỹ Độ\nissuer:\n", "kind: ke-hoach\n".len()),
            (
                "issuer:\n  name: Đảng ủy\n  abbr ĐU\n",
                "issuer:\n  name: Đảng ủy\n  ".len(),
            ),
            ("issuer:\n  abbr ĐU\n  name: Đảng ủy\n", "issuer:\n  ".len()),
            (
                "sections:\n  - title: A\n  - title B\n",
                "sections:\n  - title: A\n  - ".len(),
            ),
        ] {
            let found = places(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].0, at, "{text:?}");
            assert!(found[0].2.starts_with("no `:` after the key"), "{found:?}");
        }
    }

    #[test]
    fn finds_a_list_line_without_its_dash() {
        let text = "recipients:\n  - Các chi bộ\n  Các đồng chí\n  - Lưu\n";
        let found = places(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "recipients:\n  - Các chi bộ\n  ".len());
        assert!(found[0].2.starts_with("this line has no `- `"), "{found:?}");
    }

    #[test]
    fn finds_a_bracket_left_open_and_keys_without_braces() {
        let text = "items:\n  - { date: 2024-05-02, name: Họp\n  - b\n";
        let found = places(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "items:\n  - { date: 2024-05-02, name: Họp".len());
        assert_eq!(found[0].2, "the `}` is missing at the end of the line");
        // At the end of the file too, and a `[` list.
        let found = places("recipients: [a, b\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "the `]` is missing at the end of the line");
        let found = places("items:\n  - date: 2024-05-02, name: Họp\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "items:\n  - ".len());
        assert_eq!(found[0].2, "several keys on one line must stand inside `{ }`");
    }

    /// A `}` or `]` in a comment or inside quotes on the next line does not
    /// close a bracket left open; a `[` or `{` there opens nothing.
    #[test]
    fn brackets_in_comments_and_quotes_do_not_count() {
        let open = "items:\n  - { date: 2024-05-02, name: Họp\n";
        for next in [
            "  - { date: 2024-05-09, name: Giao ban }  # xem }\n",
            "  - { date: 2024-05-09, name: \"Giao ban }\" }\n",
            "  - [a, 'b ]']  # ]\n",
        ] {
            let found = places(&format!("{open}{next}"));
            assert_eq!(found.len(), 1, "{next}: {found:?}");
            assert_eq!(found[0].0, open.len() - 1, "{next}");
            assert_eq!(found[0].2, "the `}` is missing at the end of the line");
        }
        for text in [
            "items:\n  - { date: 2024-05-02,\n      name: Họp }  # ghi chú [xem phụ lục\n",
            "items:\n  - { date: 2024-05-02,  # ghi chú [xem phụ lục\n      name: Họp }\n",
            "items:\n  - { date: 2024-05-02,\n      name: \"Họp {\" }\n",
            "recipients: [\"Phòng [A\", 'Nhà ''[B''']  # ghi chú [xem phụ lục\n",
            "recipients: [Nhà'x, b]\n",
        ] {
            assert_eq!(places(text), [], "{text}");
        }
    }

    /// A text holding ` #` inside `[ … ]` (`[Thanh toán #2, Văn phòng]`):
    /// the comment YAML reads there holds the `]`, so the report names the
    /// `#` rather than a missing `]`; a comment without the closer is still
    /// a missing `]`.
    #[test]
    fn a_closer_inside_a_comment_names_the_hash() {
        let line = "rows:\n  - [Thanh toán #2 qua ngân hàng, Văn phòng]\n";
        let found = places(line);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, line.find('#').unwrap_or(0));
        assert_eq!(
            found[0].2,
            "a `#` after a space starts a comment: YAML leaves out the rest of the line, its `]` too"
        );
        // What the clerk reads: plain Vietnamese, and how to mend it.
        let vi = scan(
            line,
            Sources::new().add(std::path::Path::new("a.yaml"), line.to_owned()),
        );
        assert_eq!(
            vi[0].message.vi,
            "dấu `#` sau dấu cách mở đầu ghi chú: YAML bỏ phần còn lại của dòng, cả dấu `]`"
        );
        assert!(
            vi[0].help.as_ref().is_some_and(|h| h.vi.contains("trong ngoặc kép")),
            "{:?}",
            vi[0].help
        );
        let found = places("items:\n  - { date: 2024-05-02, name: Họp #2 }\n  - b\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].2.ends_with("its `}` too"), "{found:?}");
        let found = places("recipients: [a, b  # ghi chú\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "the `]` is missing at the end of the line");
    }

    /// A quote inside a plain scalar opens nothing ("Nhà văn hóa 'Tổ 3"),
    /// so a `]` left open after it is still found; a quote where a scalar
    /// starts (after `[`, `, `, `: `, `- `) does open one.
    #[test]
    fn a_quote_inside_plain_text_opens_nothing() {
        let found = places("recipients: [TT. Thành ủy (b/c), Nhà văn hóa 'Tổ 3\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "the `]` is missing at the end of the line");
        // A hyphen inside a word group is no `- ` indicator.
        let found = places("recipients: [a - 'b, c\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].2, "the `]` is missing at the end of the line");
        for text in [
            "recipients: ['Phòng [A', 'Nhà [B']\n",
            "recipients: [a,   \"Phòng [A\"]\n",
            "place: 'Mỹ Độ [1'\n",
            "items:\n  - 'Họp [giao ban'\n",
            "items:\n  - - 'Họp [giao ban'\n",
        ] {
            assert_eq!(places(text), [], "{text}");
        }
    }

    #[test]
    fn finds_an_item_shallower_than_the_others() {
        let text = "items:\n      - a\n    - b\n";
        let found = places(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "items:\n      - a\n".len());
        assert_eq!(
            found[0].2,
            "this item's `-` stands 2 columns left of the items above"
        );
    }

    #[test]
    fn finds_a_section_without_its_dash() {
        let text =
            "sections:\n  - title: A\n    items: [a]\n  title: B\n    items: [b]\n";
        let found = places(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "sections:\n  - title: A\n    items: [a]\n  ".len());
        assert!(found[0].2.starts_with("this line has no `- `"), "{found:?}");
    }

    #[test]
    fn finds_a_key_deeper_than_the_key_above() {
        let text = "issuer:\n  parent: Đảng bộ\n   name: Đảng ủy\n";
        let found = places(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "issuer:\n  parent: Đảng bộ\n  ".len());
        assert_eq!(
            found[0].2,
            "the key `name` is indented 1 more space than `parent` above it"
        );
    }

    #[test]
    fn leaves_text_alone() {
        for text in [
            "name: Nguyễn\u{A0}Văn An\n",
            "intro: |\n  title:Kinh tế\n  \u{A0} thụt lề\nplace: Mỹ Độ\n",
            "items:\n  - >-\n    - a:b\n",
            "url: http://x.vn\n",
            "- Thời gian:8 giờ\n",
            "a:\n  - b\n",
            "time: \"08:00\"\n",
            "items:\n  - Tổ chức hội nghị\n    – sơ kết\n",
            "intro: >-\n  Các việc:\n  • một\n",
            "items:\n  - |\n    - a\n    • b\n",
            "name: a\n• b\n",
            "items:\n  - a\n  -1\n",
            // Text that goes on below its key, a URL, a key after a list,
            // a closing bracket, a word that is a key inside a text.
            "intro: Xem tại\n  http://x.vn\n",
            "recipients:\n  - a\n  - b\narchive: VP\n",
            "items:\n- a\n- b\nnote: x\n",
            "recipients: [\n  a,\n  b\n  ]\n",
            "intro: Thực hiện\n  title của văn bản\n",
            "closing: >-\n  Trên đây\n  place Mỹ Độ\n",
            "signer:\n  title: Bí thư\n    # ghi chú\n  name: An\n",
            "a:\n  b: \"x\n    c: y\"\n",
            // Brackets: closed after a `#` inside quotes, or on later lines
            // that go on with them; a comment after the `}`.
            "items:\n  - { every: monday, name: 'Giao ban #2' }\n  - b\n",
            "items:\n  - { date: 2024-05-02,\n      name: Họp }\n  - b\n",
            "recipients: [a,\n  b]\nplace: x\n",
            "items:\n  - { date: 2024-05-02, name: Họp } # ghi chú\n",
            "items:\n    - { date: 2024-05-02, name: Họp giao b\n    an phường }\n    - b\n",
            // An outer list's next item; a list that starts under its key.
            "- title: A\n  items:\n    - a\n- title: B\n",
            "  - title: A\n    items:\n      - a\n    sections:\n    - title: B\n",
        ] {
            assert_eq!(places(text), vec![], "{text:?}");
        }
    }
}
