//! Text values: `**bold**`, `*italic*`, `{id}` references, `{{`/`}}`
//! and `^[…]` footnotes (`plan-format.md`, "Text", "Footnotes `^[…]`").
//!
//! Parsing is pure: it turns one text value into [`Piece`]s and reports
//! malformed references with their byte range inside the value.
//! [`locate`] maps such a range back to the YAML source, also inside folded
//! (`>`) and literal (`|`) block scalars.
//!
//! Rules, as a clerk meets them:
//! - `**…**` is bold, `*…*` italic and `***…***` both when the opening mark
//!   is followed by a non-space and the closing mark preceded by one; any
//!   other `*` prints as itself, so `* MỘT SỐ CUỘC HỌP` needs no escaping,
//!   and so does a run of four or more.
//! - `{` followed by a letter starts a reference `{id}` or `{id:form}`; a
//!   reference left open or malformed is an error. `{{` and `}}` print one
//!   brace; any other `{` or `}` prints as itself.
//! - `^[…]` is a footnote, closed by the `]` that matches its `[` (brackets
//!   inside it pair up, so `^[xem [1]]` holds "xem [1]"); its text may hold
//!   bold, italic and references but no footnote. `^^[` prints `^[`; any
//!   other `^` prints as itself. A footnote left open is an error.

use std::ops::Range;

use crate::lang::t;
use crate::source::Span;

/// One piece of a parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Characters printed as they are.
    Text {
        /// The characters.
        text: String,
        /// Inside `**…**`.
        strong: bool,
        /// Inside `*…*`.
        emph: bool,
    },
    /// A `{id}` or `{id:form}` reference.
    Ref {
        /// The id.
        id: String,
        /// The form after `:`, if any.
        form: Option<String>,
        /// Inside `**…**`.
        strong: bool,
        /// Inside `*…*`.
        emph: bool,
        /// Where `{…}` stands in the value.
        range: Range<usize>,
    },
    /// A `^[…]` footnote: the note's own pieces.
    Footnote {
        /// The note's text, parsed (never holds a footnote).
        pieces: Vec<Piece>,
        /// Where `^[…]` stands in the value.
        range: Range<usize>,
    },
}

/// What kind of mistake a [`TextError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextErrorKind {
    /// A reference left open or malformed.
    Reference,
    /// A footnote inside a footnote.
    NestedFootnote,
    /// A `^[` with no matching `]`.
    UnclosedFootnote,
    /// A footnote with no words: `^[]`, `^[ ]`.
    EmptyFootnote,
}

/// A malformed reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextError {
    /// What kind of mistake.
    pub kind: TextErrorKind,
    /// Where in the value.
    pub range: Range<usize>,
    /// What is wrong: "tham chiếu `{kl01` chưa được đóng".
    pub message: crate::lang::Text,
    /// How to fix it.
    pub help: crate::lang::Text,
}

enum Token {
    Chars(String),
    Delim { len: usize, can_open: bool, can_close: bool, pos: usize },
    Ref { id: String, form: Option<String>, range: Range<usize> },
    Footnote { pieces: Vec<Piece>, range: Range<usize> },
}

fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic()
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Parses a text value into pieces, with every malformed reference.
///
/// `"Thực hiện {kl01:dated} **ngay**"` gives a text piece, a reference to
/// `kl01` in form `dated`, a text piece and a bold text piece.
/// `"Kế hoạch^[Xem **Phụ lục I**.]"` gives a text piece and a footnote whose
/// pieces are "Xem " and a bold "Phụ lục I", then ".".
pub(crate) fn parse(value: &str) -> (Vec<Piece>, Vec<TextError>) {
    let mut errors = Vec::new();
    let pieces = parse_part(value, 0, false, &mut errors);
    (pieces, errors)
}

/// Parses `value` (which starts at byte `offset` of the whole text), inside
/// a footnote when `in_note`; every range is shifted to the whole text.
fn parse_part(
    value: &str,
    offset: usize,
    in_note: bool,
    errors: &mut Vec<TextError>,
) -> Vec<Piece> {
    let tokens = tokenize(value, offset, in_note, errors);
    emphasize(value, tokens)
}

/// The byte index, in `rest` (which starts just after `^[`), of the `]`
/// that closes the footnote: brackets inside pair up; `^^[` is literal.
pub(crate) fn footnote_end(rest: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let tail = &rest[i..];
        let c = tail.chars().next()?;
        if tail.starts_with("^^[") {
            i += 3;
            continue;
        }
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return Some(i),
            ']' => depth -= 1,
            _ => {}
        }
        i += c.len_utf8();
    }
    None
}

fn tokenize(
    value: &str,
    offset: usize,
    in_note: bool,
    errors: &mut Vec<TextError>,
) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = String::new();
    let mut i = 0;
    let flush = |chars: &mut String, tokens: &mut Vec<Token>| {
        if !chars.is_empty() {
            tokens.push(Token::Chars(std::mem::take(chars)));
        }
    };
    while i < value.len() {
        let rest = &value[i..];
        let Some(c) = rest.chars().next() else { break };
        if rest.starts_with("{{") || rest.starts_with("}}") {
            chars.push(c);
            i += 2;
        } else if rest.starts_with("^^[") {
            chars.push_str("^[");
            i += 3;
        } else if let Some(after) = rest.strip_prefix("^[") {
            let Some(len) = footnote_end(after) else {
                errors.push(TextError {
                    kind: TextErrorKind::UnclosedFootnote,
                    range: offset + i..offset + i + 2,
                    message: t("chú thích `^[` chưa được đóng", "the footnote `^[` is not closed"),
                    help: t(
                        "đóng chú thích bằng `]`, hoặc viết `^^[` để in chính dấu `^[`",
                        "close the footnote with `]`, or write `^^[` to print `^[` itself",
                    ),
                });
                chars.push_str("^[");
                i += 2;
                continue;
            };
            let end = i + 2 + len + 1;
            let range = offset + i..offset + end;
            let inner = &value[i + 2..i + 2 + len];
            if in_note {
                errors.push(TextError {
                    kind: TextErrorKind::NestedFootnote,
                    range: range.clone(),
                    message: t(
                        "chú thích nằm trong một chú thích khác",
                        "a footnote inside another footnote",
                    ),
                    help: t(
                        "viết nội dung này vào chú thích bên ngoài, hoặc tách thành \
                         chú thích riêng sau nó",
                        "write this into the outer footnote, or make it a footnote of \
                         its own after that one",
                    ),
                });
            }
            if inner.trim().is_empty() {
                errors.push(TextError {
                    kind: TextErrorKind::EmptyFootnote,
                    range: range.clone(),
                    message: t("chú thích trống", "the footnote is empty"),
                    help: t(
                        "viết nội dung chú thích giữa `^[` và `]`, hoặc xóa `^[]`: bản PDF in số \
                         chú thích mà chân trang không có chữ nào",
                        "write the note between `^[` and `]`, or delete `^[]`: the PDF prints \
                         the note's number with nothing at the foot of the page",
                    ),
                });
            }
            flush(&mut chars, &mut tokens);
            // A note inside a note is an error already: it is not read
            // further, so that hostile nesting cannot exhaust the stack.
            let pieces = if in_note {
                Vec::new()
            } else {
                parse_part(inner, offset + i + 2, true, errors)
            };
            tokens.push(Token::Footnote { pieces, range });
            i = end;
        } else if c == '{' && rest[1..].chars().next().is_some_and(is_id_start) {
            let body_len = rest[1..]
                .find(|ch: char| !(is_id_char(ch) || ch == ':'))
                .unwrap_or(rest.len() - 1);
            let body = &rest[1..1 + body_len];
            let after = rest[1 + body_len..].chars().next();
            if after == Some('}') {
                let end = i + body_len + 2;
                let (id, form) = match body.split_once(':') {
                    Some((id, form)) => (id, Some(form)),
                    None => (body, None),
                };
                if id.is_empty() || form.is_some_and(|f| f.is_empty() || f.contains(':'))
                {
                    errors.push(TextError {
                        kind: TextErrorKind::Reference,
                        range: offset + i..offset + end,
                        message: t(
                            format!("`{{{body}}}` không phải tham chiếu hợp lệ"),
                            format!("`{{{body}}}` is not a valid reference"),
                        ),
                        help: t(
                            "viết `{mã}` hoặc `{mã:cách viết}`, cách viết là một trong dated, short, full, years",
                            "write `{id}` or `{id:form}`, with form one of dated, short, full, years",
                        ),
                    });
                } else {
                    flush(&mut chars, &mut tokens);
                    tokens.push(Token::Ref {
                        id: id.into(),
                        form: form.map(Into::into),
                        range: offset + i..offset + end,
                    });
                }
                i = end;
            } else if let Some(close) = rest[1..]
                .find(['}', '{', '\n'])
                .filter(|&j| rest[1 + j..].starts_with('}'))
            {
                // `{mục 2}`: closed, but what it holds is no id (letters
                // without accents, digits, `_`, `-`). Said so, not "not
                // closed" at its first letters.
                let whole = &rest[..close + 2];
                errors.push(TextError {
                    kind: TextErrorKind::Reference,
                    range: offset + i..offset + i + whole.len(),
                    message: t(
                        format!("`{whole}` không phải tham chiếu: mã chỉ gồm chữ cái không dấu, chữ số, `_` và `-`"),
                        format!("`{whole}` is not a reference: an id holds only letters without accents, digits, `_` and `-`"),
                    ),
                    help: t(
                        format!("viết mã đã khai báo, như `{{kl01}}`; để in chính dấu ngoặc, viết `{{{whole}}}`"),
                        format!("write an id that is defined, such as `{{kl01}}`; to print the braces, write `{{{whole}}}`"),
                    ),
                });
                chars.push_str(whole);
                i += whole.len();
            } else {
                let end = i + 1 + body_len;
                errors.push(TextError {
                    kind: TextErrorKind::Reference,
                    range: offset + i..offset + end,
                    message: t(
                        format!("tham chiếu `{{{body}` chưa được đóng"),
                        format!("reference `{{{body}` is not closed"),
                    ),
                    help: t(
                        "đóng bằng `}`, hoặc viết `{{` để in chính dấu `{`",
                        "close it with `}`, or write `{{` for a literal brace",
                    ),
                });
                chars.push_str(&value[i..end]);
                i = end;
            }
        } else if c == '*' {
            // A run of stars is read whole: `*` italic, `**` bold, `***` both
            // (a `**` and a `*` at the same place); four or more print.
            let run = rest.len() - rest.trim_start_matches('*').len();
            let before = value[..i].chars().next_back();
            let after = value[i + run..].chars().next();
            let can_open = after.is_some_and(|a| !a.is_whitespace());
            let can_close = before.is_some_and(|b| !b.is_whitespace());
            // Between two letters or digits a star is a sign, not markup:
            // "5*3*2 = 30" prints as typed (it printed "532", the 3 in
            // italic). Vietnamese never puts emphasis inside a word.
            let inside_word = before.is_some_and(char::is_alphanumeric)
                && after.is_some_and(char::is_alphanumeric);
            if run > 3 || inside_word {
                chars.push_str(&rest[..run]);
            } else {
                flush(&mut chars, &mut tokens);
                let lens: &[usize] = if run == 3 { &[2, 1] } else { &[run] };
                let mut pos = i;
                for &len in lens {
                    tokens.push(Token::Delim { len, can_open, can_close, pos });
                    pos += len;
                }
            }
            i += run;
        } else {
            chars.push(c);
            i += c.len_utf8();
        }
    }
    flush(&mut chars, &mut tokens);
    tokens
}

/// The byte ranges, in `value`, of the `*` and `**` that are markup (paired
/// into bold or italic), footnotes included; every other star prints, as
/// in "2 * 3" or a lone "*". The text checks read past these only.
pub(crate) fn markup_stars(value: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    stars_of_part(value, 0, false, &mut out);
    out
}

/// [`markup_stars`] of `value`, which starts at byte `offset` of the whole
/// text (inside a footnote when `in_note`).
fn stars_of_part(value: &str, offset: usize, in_note: bool, out: &mut Vec<Range<usize>>) {
    let tokens = tokenize(value, offset, in_note, &mut Vec::new());
    let paired = pairs(&tokens);
    for (token, paired) in tokens.iter().zip(paired) {
        match token {
            Token::Delim { len, pos, .. } if paired => {
                out.push(offset + pos..offset + pos + len);
            }
            // A note inside a note is an error, not read further (as in
            // `tokenize`).
            Token::Footnote { range, .. } if !in_note => {
                let inner = range.start + 2 - offset..range.end - 1 - offset;
                stars_of_part(&value[inner.clone()], offset + inner.start, true, out);
            }
            _ => {}
        }
    }
}

/// Which delimiter tokens are paired, by token index: each opener with the
/// next closer of the same length.
fn pairs(tokens: &[Token]) -> Vec<bool> {
    let mut paired = vec![false; tokens.len()];
    let mut open_strong: Option<usize> = None;
    let mut open_emph: Option<usize> = None;
    for (index, token) in tokens.iter().enumerate() {
        if let Token::Delim { len, can_open, can_close, .. } = *token {
            let slot = if len == 2 { &mut open_strong } else { &mut open_emph };
            match *slot {
                Some(start) if can_close => {
                    paired[start] = true;
                    paired[index] = true;
                    *slot = None;
                }
                None if can_open => *slot = Some(index),
                _ => {}
            }
        }
    }
    paired
}

/// Pairs `*`/`**` delimiters ([`pairs`]) and turns the tokens into styled
/// pieces; unpaired marks print.
fn emphasize(value: &str, tokens: Vec<Token>) -> Vec<Piece> {
    let paired = pairs(&tokens);
    let mut pieces: Vec<Piece> = Vec::new();
    let (mut strong, mut emph) = (false, false);
    let push_text = |pieces: &mut Vec<Piece>, text: &str, strong: bool, emph: bool| {
        if let Some(Piece::Text { text: last, strong: s, emph: e }) = pieces.last_mut()
            && *s == strong
            && *e == emph
        {
            last.push_str(text);
            return;
        }
        pieces.push(Piece::Text { text: text.into(), strong, emph });
    };
    for (index, token) in tokens.into_iter().enumerate() {
        match token {
            Token::Chars(text) => push_text(&mut pieces, &text, strong, emph),
            Token::Delim { len, .. } if paired[index] => {
                if len == 2 {
                    strong = !strong;
                } else {
                    emph = !emph;
                }
            }
            Token::Delim { len, pos, .. } => {
                push_text(&mut pieces, &value[pos..pos + len], strong, emph);
            }
            Token::Ref { id, form, range } => {
                pieces.push(Piece::Ref { id, form, strong, emph, range });
            }
            Token::Footnote { pieces: note, range } => {
                pieces.push(Piece::Footnote { pieces: note, range });
            }
        }
    }
    pieces
}

/// Maps `range` inside a text value to a span in the YAML source.
///
/// `raw` is the source text the value's `span` covers (quotes, folding and
/// indentation included). The token is found by its text: the n-th
/// occurrence in the value is taken to be the n-th occurrence in the source.
/// Falls back to the whole value's span when the token cannot be found
/// (e.g. it was written with escapes).
pub(crate) fn locate(value: &str, raw: &str, span: Span, range: Range<usize>) -> Span {
    let Some(token) = value.get(range.clone()) else { return span };
    if token.is_empty() {
        return span;
    }
    let nth = value[..range.start].matches(token).count();
    match raw.match_indices(token).nth(nth) {
        Some((offset, _)) => {
            Span::new(span.source, span.start + offset, span.start + offset + token.len())
        }
        None => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceId;

    fn text(t: &str, strong: bool, emph: bool) -> Piece {
        Piece::Text { text: t.into(), strong, emph }
    }

    #[test]
    fn plain_text_is_one_piece() {
        let (pieces, errors) = parse("Hội nghị # $x$ [a] <b> @c = \\ // ~ _ `");
        assert!(errors.is_empty());
        assert_eq!(
            pieces,
            vec![text("Hội nghị # $x$ [a] <b> @c = \\ // ~ _ `", false, false)]
        );
    }

    #[test]
    fn bold_and_italic() {
        let (pieces, _) = parse("a **đậm** và *nghiêng* b");
        assert_eq!(
            pieces,
            vec![
                text("a ", false, false),
                text("đậm", true, false),
                text(" và ", false, false),
                text("nghiêng", false, true),
                text(" b", false, false),
            ]
        );
    }

    #[test]
    fn three_stars_are_bold_and_italic() {
        let (pieces, _) = parse("E ***x*** và *y* F");
        assert_eq!(
            pieces,
            vec![
                text("E ", false, false),
                text("x", true, true),
                text(" và ", false, false),
                text("y", false, true),
                text(" F", false, false),
            ]
        );
        let (pieces, _) = parse("**đậm *nghiêng***");
        assert_eq!(pieces, vec![text("đậm ", true, false), text("nghiêng", true, true)]);
        let (pieces, _) = parse("a **** b ****c");
        assert_eq!(pieces, vec![text("a **** b ****c", false, false)]);
        assert_eq!(markup_stars("***x***"), vec![0..2, 2..3, 4..6, 6..7]);
    }

    #[test]
    fn lone_stars_print() {
        let (pieces, _) = parse("* MỘT SỐ CUỘC HỌP 2 * 3 a*");
        assert_eq!(pieces, vec![text("* MỘT SỐ CUỘC HỌP 2 * 3 a*", false, false)]);
        let (pieces, _) = parse("**không đóng");
        assert_eq!(pieces, vec![text("**không đóng", false, false)]);
        // Between letters or digits a star is a sign: "5*3*2" is no italic 3.
        let (pieces, _) = parse("5*3*2 = 30; mã A*B*C và *nghiêng*");
        assert_eq!(
            pieces,
            vec![
                text("5*3*2 = 30; mã A*B*C và ", false, false),
                text("nghiêng", false, true),
            ]
        );
        assert_eq!(markup_stars("5*3*2 = 30"), Vec::<Range<usize>>::new());
    }

    #[test]
    fn references_with_forms() {
        let (pieces, errors) = parse("theo {kl01:dated}, {cmac}.");
        assert!(errors.is_empty());
        assert_eq!(
            pieces[1],
            Piece::Ref {
                id: "kl01".into(),
                form: Some("dated".into()),
                strong: false,
                emph: false,
                range: 5..17
            }
        );
        assert!(matches!(&pieces[3], Piece::Ref { id, form: None, .. } if id == "cmac"));
    }

    #[test]
    fn reference_inside_bold() {
        let (pieces, _) = parse("**{hcm}**");
        assert!(matches!(&pieces[0], Piece::Ref { strong: true, .. }));
    }

    #[test]
    fn doubled_braces_print_one() {
        let (pieces, errors) = parse("{{kl01}} và }} và { x } và {1}");
        assert!(errors.is_empty());
        assert_eq!(pieces, vec![text("{kl01} và } và { x } và {1}", false, false)]);
    }

    #[test]
    fn unclosed_reference_is_an_error() {
        let (_, errors) = parse("Thực hiện {kl01 về");
        assert_eq!(errors.len(), 1);
        assert_eq!(&"Thực hiện {kl01 về"[errors[0].range.clone()], "{kl01");
        let (_, errors) = parse("x {kl01:} y {a:b:c}");
        assert_eq!(errors.len(), 2);
    }

    #[test]
    fn braces_around_words_are_no_reference_and_say_so() {
        let value = "Xem {mục 2} nhé và {kl01 về";
        let (pieces, errors) = parse(value);
        assert_eq!(errors.len(), 2);
        assert_eq!(&value[errors[0].range.clone()], "{mục 2}");
        assert!(
            errors[0].message.en.contains("is not a reference"),
            "{:?}",
            errors[0].message
        );
        assert!(errors[0].help.en.contains("`{{mục 2}}`"), "{:?}", errors[0].help);
        // The next one, not closed before the end, is still "not closed".
        assert_eq!(&value[errors[1].range.clone()], "{kl01");
        assert_eq!(pieces, vec![text(value, false, false)]);
    }

    #[test]
    fn footnote_holds_its_own_pieces() {
        let value = "Kế hoạch^[Xem **Phụ lục I** và {kl01}.] nhé";
        let (pieces, errors) = parse(value);
        assert!(errors.is_empty());
        assert_eq!(pieces[0], text("Kế hoạch", false, false));
        let Piece::Footnote { pieces: note, range } = &pieces[1] else {
            panic!("{pieces:?}")
        };
        assert_eq!(&value[range.clone()], "^[Xem **Phụ lục I** và {kl01}.]");
        assert_eq!(note[1], text("Phụ lục I", true, false));
        let Piece::Ref { range, .. } = &note[3] else { panic!("{note:?}") };
        assert_eq!(&value[range.clone()], "{kl01}");
        assert_eq!(pieces[2], text(" nhé", false, false));
    }

    #[test]
    fn brackets_inside_a_footnote_pair_up() {
        let (pieces, _) = parse("a^[xem [1] và [2]] b");
        let Piece::Footnote { pieces: note, .. } = &pieces[1] else { panic!() };
        assert_eq!(note, &vec![text("xem [1] và [2]", false, false)]);
        assert_eq!(pieces[2], text(" b", false, false));
    }

    #[test]
    fn doubled_caret_prints_a_literal_footnote_opener() {
        let (pieces, errors) = parse("x ^^[1] ^ y^2 [z]");
        assert!(errors.is_empty());
        assert_eq!(pieces, vec![text("x ^[1] ^ y^2 [z]", false, false)]);
    }

    #[test]
    fn nested_and_unclosed_footnotes_are_errors() {
        let value = "a^[b ^[c] d] e";
        let (_, errors) = parse(value);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].kind, TextErrorKind::NestedFootnote);
        assert_eq!(&value[errors[0].range.clone()], "^[c]");
        let value = "a ^[b [c]";
        let (pieces, errors) = parse(value);
        assert_eq!(errors[0].kind, TextErrorKind::UnclosedFootnote);
        assert_eq!(&value[errors[0].range.clone()], "^[");
        assert_eq!(pieces, vec![text("a ^[b [c]", false, false)]);
    }

    #[test]
    fn an_empty_footnote_is_an_error_at_it() {
        for value in ["Việc^[] xong", "Việc^[   ] xong"] {
            let (_, errors) = parse(value);
            assert_eq!(errors.len(), 1, "{value}");
            assert_eq!(errors[0].kind, TextErrorKind::EmptyFootnote);
            assert!(value[errors[0].range.clone()].starts_with("^["), "{value}");
        }
        let (_, errors) = parse("Việc^[x] và ^^[] xong");
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn locates_nth_occurrence_in_folded_source() {
        let raw = ">-\n  Thực hiện {a} và\n  lại {a} nữa";
        let value = "Thực hiện {a} và lại {a} nữa";
        let span = Span::new(SourceId(0), 100, 100 + raw.len());
        let second = value.rfind("{a}").unwrap();
        let located = locate(value, raw, span, second..second + 3);
        assert_eq!(&raw[located.start - 100..located.end - 100], "{a}");
        assert_eq!(located.start - 100, raw.rfind("{a}").unwrap());
    }
}
