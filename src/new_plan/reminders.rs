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
//!
//! Three more kinds of line are reminded ([`ReminderKind`]):
//! - a mention wholly before the new period, no longer than the old period
//!   (3 days let pass) and ending in the year before the old period's or
//!   later, unless it is a cited document's date ("số 35/KH-UBND ngày
//!   10/4/2024"): text carried over from an earlier plan;
//! - a day or month written without a year ("ngày 28/5", "28/5", "ngày 31
//!   tháng 5", "tháng 5 này", "tháng Năm"), read in the old period's year,
//!   when it falls in the old period or before the new one in the same
//!   year, and not in the new period read in its year; fixed national days
//!   ([`HOLIDAYS`]) never;
//! - a count typed before an anniversary, "kỷ niệm 94 năm", when the new
//!   period starts in another year.
//!
//! The top-level `directives` and `anniversaries` blocks, definitions of
//! past documents and events, are never reminded.

use chrono::{Datelike, NaiveDate};

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
    /// Why the line is named.
    pub kind: ReminderKind,
}

/// Why a line is reminded of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    /// It names the old period, or a day or month of it ("tháng 5/2024",
    /// "ngày 28/5" in May).
    OldPeriod,
    /// It names days wholly before the new period, no longer than the old
    /// period and not long ago: most often text carried over from the plan
    /// of an earlier period ("tháng 5/2024" in the July plan).
    Earlier,
    /// It types an anniversary's count of years ("kỷ niệm 94 năm"), and
    /// the new period is in another year.
    Anniversary,
}

/// The mentions of `from` in `text` that may need updating for `to`, in
/// text order.
pub(super) fn reminders(text: &str, from: Period, to: Period) -> Vec<Reminder> {
    let stream = Stream::of(text);
    let tokens = tokens(&stream.text);
    let lines: Vec<&str> = text.lines().collect();
    let definitions = definition_lines(&lines);
    let new_year = from.year() != to.year();
    let mut out: Vec<Reminder> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let prev = i.checked_sub(1).map(|p| &tokens[p]);
        let (used, kind) = if let Some(used) = typed_count(&tokens[i..]) {
            (used, new_year.then_some(ReminderKind::Anniversary))
        } else if let Some((used, named)) = mention(&tokens[i..], prev, from) {
            let cited = || cited(&stream.text[..tokens[i].start]);
            (used, judge(named, from, to, cited))
        } else {
            i += 1;
            continue;
        };
        let (first, last) = (&tokens[i], &tokens[i + used - 1]);
        let line = stream.line_at(first.start);
        if let Some(kind) = kind
            && !definitions.contains(&line)
        {
            let found = stream.text[first.start..last.end].to_owned();
            let text = lines.get(line - 1).map_or("", |l| l.trim()).to_owned();
            let text = text.split(" #").next().unwrap_or("").trim_end().to_owned();
            out.push(Reminder { line, text, found, kind });
        }
        i += used;
    }
    out
}

/// What a mention names: days of a known year, or a day or month written
/// without its year ("ngày 28/5", "tháng 5 này", "tháng Năm").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Days(NaiveDate, NaiveDate),
    Yearless { month: u32, day: Option<u32> },
}

/// Whether a mention is reminded, and why; `cited` says whether it is the
/// date of a document cited by its number ("số 35/KH-UBND ngày 10/4/2024").
fn judge(
    named: Named,
    from: Period,
    to: Period,
    cited: impl Fn() -> bool,
) -> Option<ReminderKind> {
    let overlaps = |p: Period, span: (NaiveDate, NaiveDate)| {
        span.0 <= p.end() && p.start() <= span.1
    };
    let days = |a: NaiveDate, b: NaiveDate| (b - a).num_days();
    let old_length = days(from.start(), from.end());
    match named {
        Named::Days(a, b) => {
            let span = (a, b);
            if overlaps(from, span) {
                // No longer than the old period, or not holding the new one.
                (days(a, b) <= old_length || !overlaps(to, span))
                    .then_some(ReminderKind::OldPeriod)
            } else {
                // Wholly before the new period, of the old period's grain
                // at most (a month of 31 days is a month's grain after
                // June or February: 3 days are let pass), not before the
                // year before the old period's, not a cited document's date.
                let horizon = NaiveDate::from_ymd_opt(from.year() - 1, 1, 1)?;
                let grain = days(a, b) <= old_length + 3;
                (b < to.start() && grain && b >= horizon && !cited())
                    .then_some(ReminderKind::Earlier)
            }
        }
        Named::Yearless { month, day } => {
            if day.is_some_and(|d| HOLIDAYS.contains(&(d, month))) {
                return None;
            }
            // The span the day or month names in `year`.
            let span = |year: i32| -> Option<(NaiveDate, NaiveDate)> {
                match day {
                    Some(d) => NaiveDate::from_ymd_opt(year, month, d).map(|x| (x, x)),
                    None => Some((
                        NaiveDate::from_ymd_opt(year, month, 1)?,
                        Period::Month(year, month).end(),
                    )),
                }
            };
            let years = |p: Period| p.start().year()..=p.end().year();
            let falls_in =
                |p: Period| years(p).any(|y| span(y).is_some_and(|s| overlaps(p, s)));
            if falls_in(to) {
                // Read in the new period's year, it is still right.
                return None;
            }
            if falls_in(from) {
                return Some(ReminderKind::OldPeriod);
            }
            // Before the new period, in the year both periods are in.
            let year = from.year();
            let one_year = |p: Period| p.start().year() == year && p.end().year() == year;
            (one_year(from) && to.start().year() == year)
                .then(|| span(year))
                .flatten()
                .filter(|s| s.1 < to.start())
                .map(|_| ReminderKind::Earlier)
        }
    }
}

/// Days and months of fixed national days and holidays, written every year
/// without a year ("Ngày Quốc tế lao động 1/5"), never reminded when
/// written without one: (day, month).
const HOLIDAYS: [(u32, u32); 22] = [
    (1, 1),   // Tết Dương lịch
    (3, 2),   // thành lập Đảng Cộng sản Việt Nam
    (27, 2),  // Thầy thuốc Việt Nam
    (8, 3),   // Quốc tế Phụ nữ
    (26, 3),  // thành lập Đoàn
    (30, 4),  // giải phóng miền Nam
    (1, 5),   // Quốc tế Lao động
    (7, 5),   // chiến thắng Điện Biên Phủ
    (19, 5),  // sinh nhật Bác
    (1, 6),   // Quốc tế Thiếu nhi
    (21, 6),  // Báo chí cách mạng Việt Nam
    (28, 6),  // Gia đình Việt Nam
    (27, 7),  // Thương binh - Liệt sĩ
    (19, 8),  // Cách mạng Tháng Tám
    (2, 9),   // Quốc khánh
    (10, 10), // giải phóng Thủ đô
    (13, 10), // Doanh nhân Việt Nam
    (14, 10), // thành lập Hội Nông dân
    (20, 10), // Phụ nữ Việt Nam
    (18, 11), // Đại đoàn kết toàn dân tộc
    (20, 11), // Nhà giáo Việt Nam
    (22, 12), // thành lập Quân đội nhân dân
];

/// Whether the text before a date ends with a cited document's number and
/// "ngày": "Kế hoạch số 35/KH-UBND ngày", "Chỉ thị 05-CT/TW, ngày". A
/// number holds a digit, a "/" and a capital letter.
fn cited(before: &str) -> bool {
    let before = before.trim_end();
    let Some(at) = before.char_indices().rev().nth(3).map(|(at, _)| at) else {
        return false;
    };
    if before[at..].to_lowercase() != "ngày" {
        return false;
    }
    let rest = before[..at].trim_end();
    let rest = rest.strip_suffix(',').unwrap_or(rest);
    let number = rest.rsplit(char::is_whitespace).next().unwrap_or("");
    number.contains('/')
        && number.chars().any(|c| c.is_ascii_digit())
        && number.chars().any(char::is_uppercase)
}

/// The 1-based lines of the top-level `directives` and `anniversaries`
/// blocks: they define past documents and events, not the period.
fn definition_lines(lines: &[&str]) -> std::collections::HashSet<usize> {
    let mut out = std::collections::HashSet::new();
    let mut inside = false;
    for (index, line) in lines.iter().enumerate() {
        let top = !line.is_empty()
            && !line.starts_with(char::is_whitespace)
            && !line.starts_with(['#', '-', '}', ']']);
        if top {
            let key =
                line.split(':').next().unwrap_or("").trim().trim_matches(['"', '\'']);
            inside = matches!(key, "directives" | "anniversaries");
        }
        if inside {
            out.insert(index + 1);
        }
    }
    out
}

/// A count of years typed before an anniversary, "kỷ niệm 94 năm": the
/// tokens it takes.
fn typed_count(t: &[Token]) -> Option<usize> {
    (t.first()?.is("kỷ")
        && t.get(1)?.is("niệm")
        && t.get(2)?.number().is_some()
        && t.get(3)?.is("năm"))
    .then_some(4)
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
    /// Whether it was written with a capital first letter.
    capital: bool,
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
        let capital = c.is_uppercase();
        out.push(Token { text: text[start..end].to_lowercase(), start, end, capital });
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

/// A mention starting at `t[0]` (`prev` is the token before it): the tokens
/// it takes and what it names.
fn mention(t: &[Token], prev: Option<&Token>, from: Period) -> Option<(usize, Named)> {
    if let Some((used, (a, b))) = dated(t, from) {
        return Some((used, Named::Days(a, b)));
    }
    yearless(t, prev)
}

/// A day or month written without a year, starting at `t[0]`:
/// "ngày 28/5", "ngày 20-5", "ngày 20.5", "28/5" (with "/" only: "5-10
/// ngày" is a count), "ngày 31 tháng 5", "tháng 5", "tháng 5 này",
/// "tháng Năm" (a month's name with a capital; not in "Cách mạng Tháng
/// Tám" or "khởi nghĩa tháng Tám", which name events).
fn yearless(t: &[Token], prev: Option<&Token>) -> Option<(usize, Named)> {
    let at = |i: usize| t.get(i);
    let word = |i: usize, w: &str| at(i).is_some_and(|t| t.is(w));
    let digits = |i: usize| {
        at(i).is_some_and(|t| {
            !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let sep_at = |i: usize| {
        at(i).map(|t| t.text.as_str()).filter(|s| matches!(*s, "/" | "-" | "."))
    };
    // D sep M at `i`, not followed by the same sep and a number (a year,
    // or something else: "20/5/20245").
    let day_month = |i: usize, seps: &[&str]| -> Option<(u32, u32)> {
        let sep = sep_at(i + 1).filter(|s| seps.contains(s))?;
        let (d, m) = (at(i)?.day()?, at(i + 2)?.month()?);
        let more = sep_at(i + 3) == Some(sep) && digits(i + 4);
        (!more).then_some((d, m))
    };
    let first = at(0)?;
    let named = |month: u32, day: Option<u32>| Named::Yearless { month, day };

    if first.is("ngày") {
        // ngày 28/5, ngày 20-5, ngày 20.5
        if let Some((d, m)) = day_month(1, &["/", "-", "."]) {
            return Some((4, named(m, Some(d))));
        }
        // ngày 31 tháng 5 (a year after it is the dated form)
        if let (Some(d), true, Some(m)) =
            (at(1).and_then(Token::day), word(2, "tháng"), at(3).and_then(Token::month))
            && !(word(4, "năm") && at(5).and_then(Token::year).is_some())
        {
            return Some((4, named(m, Some(d))));
        }
    }
    // 28/5, not inside a longer number ("30/4/…", "2024/5/28") or after
    // "số"; 1/2, 1/3, 2/3, 1/4, 3/4 are fractions ("đạt 1/2 kế hoạch")
    // unless written "ngày 1/3"
    if first.day().is_some()
        && let Some((d, m)) = day_month(0, &["/"])
        && !(d < m && m <= 4)
        && !prev.is_some_and(|p| p.is("số") || matches!(p.text.as_str(), "/" | "-" | "."))
    {
        return Some((3, named(m, Some(d))));
    }
    if first.is("tháng") {
        let event = prev.is_some_and(|p| p.is("mạng") || p.is("nghĩa"));
        let month = match at(1) {
            Some(t) if t.month().is_some() => t.month().map(|m| (m, 2)),
            Some(t) if t.capital && !event => month_name(t, at(2)),
            _ => None,
        };
        if let Some((m, mut used)) = month {
            if word(used, "năm") && at(used + 1).and_then(Token::year).is_some() {
                // "tháng Năm năm 2024": dated
                let y = at(used + 1).and_then(Token::year)?;
                let start = NaiveDate::from_ymd_opt(y, m, 1)?;
                return Some((used + 2, Named::Days(start, Period::Month(y, m).end())));
            }
            if sep_at(used).is_some() && digits(used + 1) {
                return None;
            }
            if word(used, "này") {
                used += 1;
            }
            return Some((used, named(m, None)));
        }
    }
    None
}

/// A month named in words after "tháng", with a capital: "Giêng", "Hai" …
/// "Mười", "Mười Một", "Mười Hai", "Chạp"; with the tokens taken counting
/// "tháng".
fn month_name(word: &Token, next: Option<&Token>) -> Option<(u32, usize)> {
    let m = match word.text.as_str() {
        "giêng" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" | "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => {
            return Some(match next.map(|t| t.text.as_str()) {
                Some("một") => (11, 3),
                Some("hai") => (12, 3),
                _ => (10, 2),
            });
        }
        "chạp" => 12,
        _ => return None,
    };
    Some((m, 2))
}

/// A mention of days of a known year starting at `t[0]`: the tokens it
/// takes and the days it names.
fn dated(t: &[Token], from: Period) -> Option<(usize, (NaiveDate, NaiveDate))> {
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
