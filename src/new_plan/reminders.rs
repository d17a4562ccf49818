//! Reminders of `plan new` (`plan-format.md`, "Reminders"): the places of the
//! new file's running text that still name the old period, for the author to
//! update by hand. Running text is never rewritten.
//!
//! The text is read as one stream: comments are left out and the lines are
//! joined with a space, so a mention split over two YAML lines ("quý III
//! năm⏎2024" in a folded block) is found, and reported at the line where it
//! starts. Each mention names a span of days:
//!
//! | written | names |
//! |---|---|
//! | "20/5/2024", "20-5-2024", "20.5.2024", "ngày 20 tháng 5 năm 2024" | that day |
//! | "tháng 5/2024", "5/2024", "tháng 05 năm 2024" | that month |
//! | "quý II năm 2024", "quý II/2024", "quý 2 năm 2024" | that quarter |
//! | "6 tháng đầu năm 2024", "6 tháng cuối năm 2024" | that half year |
//! | "tuần 22", "tuần 22 năm 2024" | that ISO week (the year of the old period when not written) |
//! | "năm học 2020-2021" | that school year |
//! | "giai đoạn 2025-2030", "nhiệm kỳ 2025-2030", "2025-2030" | those years |
//! | "năm 2024" | that year |
//!
//! A mention is reported when it overlaps the old period and either is no
//! longer than it (a date, a month of a quarterly plan, the old quarter
//! itself) or does not overlap the new period: so "năm 2024" is reported when
//! December 2024 becomes January 2025, but not when May becomes June.

use chrono::NaiveDate;

use crate::model::{Period, week_monday};

/// A line of the new file that still names the old period, kept as written
/// for the author to look at ("tháng 5/2024", "20/5/2024", "quý II năm 2024").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// 1-based line in the new file where the mention starts.
    pub line: usize,
    /// That line, trimmed.
    pub text: String,
    /// The mention as written, its line breaks made spaces: "quý III năm 2024".
    pub found: String,
}

/// The mentions of `from` in `text` that may need updating for `to`, in
/// text order.
pub(super) fn reminders(text: &str, from: Period, to: Period) -> Vec<Reminder> {
    let stream = Stream::of(text);
    let tokens = tokens(&stream.text);
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<Reminder> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((used, span)) = mention(&tokens[i..], from) else {
            i += 1;
            continue;
        };
        let (first, last) = (&tokens[i], &tokens[i + used - 1]);
        if stale(span, from, to) {
            let line = stream.line_at(first.start);
            let found = stream.text[first.start..last.end].to_owned();
            let text = lines.get(line - 1).map_or("", |l| l.trim()).to_owned();
            let text = text.split(" #").next().unwrap_or("").trim_end().to_owned();
            out.push(Reminder { line, text, found });
        }
        i += used;
    }
    out
}

/// Whether a mention of the days `span` is stale in a plan moving from
/// `from` to `to` (see the module's documentation).
fn stale(span: (NaiveDate, NaiveDate), from: Period, to: Period) -> bool {
    let overlaps = |p: Period| span.0 <= p.end() && p.start() <= span.1;
    let days = |a: NaiveDate, b: NaiveDate| (b - a).num_days();
    overlaps(from)
        && (days(span.0, span.1) <= days(from.start(), from.end()) || !overlaps(to))
}

/// The text without comments, its lines joined by one space, and where each
/// line starts in it.
struct Stream {
    text: String,
    /// (byte offset in `text`, 1-based line).
    starts: Vec<(usize, usize)>,
}

impl Stream {
    fn of(source: &str) -> Self {
        let mut text = String::with_capacity(source.len());
        let mut starts = Vec::new();
        for (index, line) in source.lines().enumerate() {
            let content = line.trim_start();
            if content.starts_with('#') || content.is_empty() {
                continue;
            }
            let content = content.split(" #").next().unwrap_or(content).trim_end();
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push((text.len(), index + 1));
            text.push_str(content);
        }
        Self { text, starts }
    }

    /// The line of the byte `at`.
    fn line_at(&self, at: usize) -> usize {
        let i = self.starts.partition_point(|&(start, _)| start <= at);
        self.starts.get(i.saturating_sub(1)).map_or(1, |&(_, line)| line)
    }
}

/// A word, a number or one mark, lower case, with its bytes in the stream.
#[derive(Debug)]
struct Token {
    text: String,
    start: usize,
    end: usize,
}

impl Token {
    fn is(&self, word: &str) -> bool {
        self.text == word
    }

    fn number(&self) -> Option<u32> {
        (self.text.len() <= 4 && self.text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| self.text.parse().ok())
            .flatten()
    }

    /// A year of four digits.
    fn year(&self) -> Option<i32> {
        (self.text.len() == 4)
            .then(|| self.number())
            .flatten()
            .map(|y| y as i32)
            .filter(|y| *y >= 1000)
    }

    fn month(&self) -> Option<u32> {
        (self.text.len() <= 2)
            .then(|| self.number())
            .flatten()
            .filter(|m| (1..=12).contains(m))
    }

    fn day(&self) -> Option<u32> {
        (self.text.len() <= 2)
            .then(|| self.number())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    }
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let class = |c: char| {
            if c.is_ascii_digit() {
                1
            } else if c.is_alphabetic() {
                2
            } else {
                0
            }
        };
        let kind = class(c);
        let mut end = start + c.len_utf8();
        if kind != 0 {
            while let Some(&(at, next)) = chars.peek() {
                if class(next) != kind {
                    break;
                }
                end = at + next.len_utf8();
                chars.next();
            }
        }
        out.push(Token { text: text[start..end].to_lowercase(), start, end });
    }
    out
}

/// The roman numerals of quarters, lower case.
fn quarter_of(token: &Token) -> Option<u32> {
    match token.text.as_str() {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    }
}

/// A mention starting at `t[0]`: the tokens it takes and the days it names.
fn mention(t: &[Token], from: Period) -> Option<(usize, (NaiveDate, NaiveDate))> {
    let at = |i: usize| t.get(i);
    let word = |i: usize, w: &str| at(i).is_some_and(|t| t.is(w));
    let sep =
        |i: usize| at(i).is_some_and(|t| matches!(t.text.as_str(), "/" | "-" | "."));
    let same_sep =
        |i: usize, j: usize| sep(i) && at(i).map(|t| &t.text) == at(j).map(|t| &t.text);
    let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
    let whole = |p: Period| (p.start(), p.end());
    let first = at(0)?;

    // ngày 20 tháng 5 năm 2024
    if first.is("ngày") && word(2, "tháng") && word(4, "năm") {
        let (d, m, y) = (at(1)?.day(), at(3)?.month(), at(5)?.year());
        if let (Some(d), Some(m), Some(y)) = (d, m, y)
            && let Some(date) = day(y, m, d)
        {
            return Some((6, (date, date)));
        }
    }
    // 20/5/2024, 20-5-2024, 20.5.2024
    if let (Some(d), Some(m)) = (first.day(), at(2).and_then(Token::month))
        && same_sep(1, 3)
        && let Some(y) = at(4).and_then(Token::year)
        && let Some(date) = day(y, m, d)
    {
        return Some((5, (date, date)));
    }
    // năm học 2020-2021
    if first.is("năm")
        && word(1, "học")
        && sep(3)
        && let (Some(a), Some(b)) =
            (at(2).and_then(Token::year), at(4).and_then(Token::year))
        && b == a + 1
    {
        return Some((5, whole(Period::SchoolYear(a))));
    }
    // 6 tháng đầu năm 2024, 6 tháng cuối năm 2024 (also "sáu tháng")
    if (first.is("6") || first.is("sáu")) && word(1, "tháng") && word(3, "năm") {
        let half = if word(2, "đầu") {
            1
        } else if word(2, "cuối") {
            2
        } else {
            0
        };
        if half > 0
            && let Some(y) = at(4).and_then(Token::year)
        {
            return Some((5, whole(Period::Half(y, half))));
        }
    }
    // tháng 5/2024, tháng 05 năm 2024, tháng 5-2024
    if first.is("tháng")
        && let Some(m) = at(1).and_then(Token::month)
        && (sep(2) || word(2, "năm"))
        && let Some(y) = at(3).and_then(Token::year)
    {
        return Some((4, whole(Period::Month(y, m))));
    }
    // quý II năm 2024, quý II/2024
    if first.is("quý")
        && let Some(q) = at(1).and_then(quarter_of)
        && (word(2, "năm") || sep(2))
        && let Some(y) = at(3).and_then(Token::year)
    {
        return Some((4, whole(Period::Quarter(y, q))));
    }
    // tuần 22 (năm 2024)
    if first.is("tuần")
        && let Some(w) = at(1).and_then(Token::number)
    {
        let (year, used) = match at(3).and_then(Token::year) {
            Some(y) if word(2, "năm") => (y, 4),
            _ => (
                match from {
                    Period::Week(y, _) => y,
                    other => other.year(),
                },
                2,
            ),
        };
        if week_monday(year, w).is_some() {
            return Some((used, whole(Period::Week(year, w))));
        }
    }
    // giai đoạn 2025-2030, nhiệm kỳ 2025-2030, 2025-2030
    let (skip, named) = if (first.is("giai") && word(1, "đoạn"))
        || (first.is("nhiệm") && word(1, "kỳ"))
    {
        (2, true)
    } else {
        (0, false)
    };
    if let Some(a) = at(skip).and_then(Token::year)
        && sep(skip + 1)
        && at(skip + 1).is_some_and(|t| t.text == "-")
        && let Some(b) = at(skip + 2).and_then(Token::year)
        && b > a
    {
        let span = if !named && b == a + 1 && matches!(from, Period::SchoolYear(_)) {
            whole(Period::SchoolYear(a))
        } else {
            (day(a, 1, 1)?, day(b, 12, 31)?)
        };
        return Some((skip + 3, span));
    }
    // 5/2024
    if let Some(m) = first.month()
        && at(1).is_some_and(|t| t.text == "/")
        && let Some(y) = at(2).and_then(Token::year)
    {
        return Some((3, whole(Period::Month(y, m))));
    }
    // năm 2024
    if first.is("năm")
        && let Some(y) = at(1).and_then(Token::year)
    {
        return Some((2, whole(Period::Year(y))));
    }
    None
}
