//! `plan new`: the next period's plan, made from this one by editing its text.
//!
//! Only the values that change are rewritten, by byte range, in the file as
//! it was read; comments, key order, quoting, indentation and line breaks
//! survive everywhere else (issue 5, item 1):
//! - `period` becomes the next one (or the one asked for, of the same kind);
//! - the `number:` and `date:` lines are removed, with any comment on the
//!   same line (own-line comments around them stay);
//! - a `title` equal to the old default ("Công tác tháng 5 năm 2024")
//!   becomes the new default; a missing title follows by itself;
//! - weekly meetings stay; dated meetings are dropped (the default) or moved
//!   to the new period ([`MeetingPolicy::Move`]): the same day of the month,
//!   shifted by the months between the two periods' starts and clamped to
//!   the month's last day (31/5 → 30/6; 29/2/2024 → 28/2/2025). When every
//!   meeting is dropped, the whole `meetings` block goes, since the format
//!   has no meetings block without meetings worth printing;
//! - anniversary counts follow the period's year by themselves.
//!
//! Positions come from the loader (byte ranges of the normalised text) and
//! are mapped back to the bytes read: a byte-order mark and CRLF or CR line
//! ends are kept. A file not in NFC cannot be mapped back byte for byte; it
//! comes out normalised to NFC (its line ends and mark still kept), and
//! [`NewPlan::normalized`] says so.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{Months, NaiveDate};

use crate::diag::Diagnostics;
use crate::lang::{Text, t};
use crate::load::yaml::{self, Node, NodeKind};
use crate::model::{Period, Plan, When};
use crate::resolve::{self, Options};
use crate::source::{SourceId, Sources, Span};
use crate::vi;

mod reminders;
pub use reminders::Reminder;

/// What to do with the meetings that have a `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MeetingPolicy {
    /// Leave them out (the default): next period's meetings are not yet known.
    #[default]
    Drop,
    /// Move each to the same day of the new period.
    Move,
}

/// The choices of `plan new`.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewOptions {
    /// The new period; `None` takes the one after the plan's.
    pub period: Option<Period>,
    /// Dated meetings: dropped or moved.
    pub meetings: MeetingPolicy,
}

/// One change made to the text, for the report; lines are 1-based lines of
/// the source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `period` rewritten.
    Period {
        /// Line of the value.
        line: usize,
        /// The old period.
        from: Period,
        /// The new period.
        to: Period,
    },
    /// A `number:` or `date:` line removed.
    Removed {
        /// Line of the key.
        line: usize,
        /// `number` or `date`.
        key: &'static str,
        /// The value as written.
        value: String,
    },
    /// The default `title` rewritten to the new default.
    Title {
        /// Line of the value.
        line: usize,
        /// The old title.
        from: String,
        /// The new title.
        to: String,
    },
    /// A dated meeting left out.
    MeetingDropped {
        /// Line of the meeting.
        line: usize,
        /// Its `name`.
        name: String,
        /// Its `date`.
        date: NaiveDate,
    },
    /// A dated meeting moved to the new period.
    MeetingMoved {
        /// Line of the date.
        line: usize,
        /// Its `name`.
        name: String,
        /// The old date.
        from: NaiveDate,
        /// The new date.
        to: NaiveDate,
    },
    /// The `meetings` block removed: every meeting in it was dropped.
    MeetingsRemoved {
        /// Line of the `meetings` key.
        line: usize,
    },
}

impl Change {
    /// The change in words, in both languages: "dòng 3: kỳ 2024-05 -> 2024-06".
    pub fn text(&self) -> Text {
        match self {
            Self::Period { line, from, to } => t(
                format!("dòng {line}: kỳ {from} -> {to}"),
                format!("line {line}: period {from} -> {to}"),
            ),
            Self::Removed { line, key, value } => t(
                format!("dòng {line}: đã bỏ `{key}: {value}`"),
                format!("line {line}: removed `{key}: {value}`"),
            ),
            Self::Title { line, from, to } => t(
                format!("dòng {line}: tên văn bản \"{from}\" -> \"{to}\""),
                format!("line {line}: title \"{from}\" -> \"{to}\""),
            ),
            Self::MeetingDropped { line, name, date } => {
                let date = vi::dates::short_date(*date);
                t(
                    format!("dòng {line}: đã bỏ cuộc họp \"{name}\" ngày {date}"),
                    format!("line {line}: dropped the meeting \"{name}\" of {date}"),
                )
            }
            Self::MeetingMoved { line, name, from, to } => {
                let (old, new) =
                    (vi::dates::short_date(*from), vi::dates::short_date(*to));
                let weekday = chrono::Datelike::weekday(to);
                t(
                    format!(
                        "dòng {line}: đã dời cuộc họp \"{name}\" từ {old} sang {new} ({})",
                        vi::words::weekday(weekday)
                    ),
                    format!(
                        "line {line}: moved the meeting \"{name}\" from {old} to {new} ({weekday})"
                    ),
                )
            }
            Self::MeetingsRemoved { line } => t(
                format!("dòng {line}: đã bỏ khối `meetings`: không còn cuộc họp nào"),
                format!(
                    "line {line}: removed the `meetings` block: no meeting is left in it"
                ),
            ),
        }
    }
}

/// Worded in the process's language ([`crate::lang::current`]).
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// The new plan's text and what was done to make it.
#[derive(Debug, Clone)]
pub struct NewPlan {
    /// The source plan's period.
    pub from: Period,
    /// The new plan's period.
    pub to: Period,
    /// The new file, bytes ready to write.
    pub bytes: Vec<u8>,
    /// Every change, in file order.
    pub changes: Vec<Change>,
    /// Lines that mention the old period, kept as written.
    pub reminders: Vec<Reminder>,
    /// Whether the source was not in NFC and the output was normalised.
    pub normalized: bool,
}

/// Why no new plan was made.
#[derive(Debug)]
pub enum NewError {
    /// The source plan has errors: fix them first.
    Invalid {
        /// The source and its includes, for the report.
        sources: Sources,
        /// Every problem found.
        diagnostics: Diagnostics,
    },
    /// `--period` is not of the plan's kind.
    PeriodKind {
        /// The plan's period.
        from: Period,
        /// The period asked for.
        to: Period,
    },
    /// No period of this kind follows (past the year 9999).
    NoNextPeriod(Period),
    /// A value to edit is not written in the plan file itself.
    NotInFile(&'static str),
    /// A meeting date cannot be moved.
    CannotMove(NaiveDate),
}

impl NewError {
    /// What went wrong, in both languages.
    pub fn text(&self) -> Text {
        match self {
            Self::Invalid { .. } => {
                t("kế hoạch có lỗi; hãy sửa trước", "the plan has errors; fix them first")
            }
            Self::PeriodKind { from, to } => {
                let kind = from.kind().word();
                t(
                    format!(
                        "kỳ mới {to} không cùng loại với kỳ {from} của kế hoạch ({})",
                        kind.vi
                    ),
                    format!(
                        "the new period {to} is not of the same kind as the plan's {from} (a {})",
                        kind.en
                    ),
                )
            }
            Self::NoNextPeriod(period) => t(
                format!("không có kỳ nào sau {period}"),
                format!("no period follows {period}"),
            ),
            Self::NotInFile(key) => t(
                format!("`{key}` không được ghi trong chính tệp kế hoạch"),
                format!("`{key}` is not written in the plan file itself"),
            ),
            Self::CannotMove(date) => t(
                format!("không dời được cuộc họp ngày {date}"),
                format!("cannot move the meeting of {date}"),
            ),
        }
    }
}

/// Worded in the process's language ([`crate::lang::current`]).
impl fmt::Display for NewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for NewError {}

/// Makes the next period's plan from the plan in `bytes` (read from `path`).
///
/// The source must pass `plan check` with no error (warnings are fine): its
/// includes are read from `path`'s folder.
pub fn next_plan(
    path: &Path,
    bytes: &[u8],
    options: &NewOptions,
) -> Result<NewPlan, NewError> {
    let mut sources = Sources::new();
    let (plan, mut diagnostics) = crate::load::load_bytes(path, bytes, &mut sources);
    let plan = match plan {
        Some(plan) => {
            let (_, found) = resolve::resolve(&plan, &sources, Options::default());
            diagnostics.extend(found);
            plan
        }
        None => return Err(NewError::Invalid { sources, diagnostics }),
    };
    if diagnostics.has_errors() {
        return Err(NewError::Invalid { sources, diagnostics });
    }
    let from = plan.period.value;
    let to = match options.period {
        Some(to) if to.kind() != from.kind() => {
            return Err(NewError::PeriodKind { from, to });
        }
        Some(to) => to,
        None => {
            let next = from.next();
            if chrono::Datelike::year(&next.end()) > 9999 {
                return Err(NewError::NoNextPeriod(from));
            }
            next
        }
    };
    // The file read first is the plan itself (`load_bytes` adds it first).
    let main = SourceId(0);
    let text = sources.get(main).text.clone();
    let mut scratch = Diagnostics::new();
    let Some(root) = yaml::parse(&text, main, &mut scratch) else {
        // The loader parsed the same text a moment ago.
        return Err(NewError::NotInFile("period"));
    };
    let editor = Editor { text: &text, main };
    let (edits, mut changes) = editor.edits(&plan, &root, from, to, options.meetings)?;
    let edits = merge(edits);
    let edits = merge(drop_trailing_commas(&text, edits));
    let edited = apply(&text, &edits);
    changes.sort_by_key(change_line);
    let reminders = reminders::reminders(&edited, from, to);
    let (bytes, normalized) = encode(bytes, &text, &edits, &edited);
    Ok(NewPlan { from, to, bytes, changes, reminders, normalized })
}

/// Where a change sorts: its line; the removal of the whole `meetings`
/// block after the meetings it dropped.
fn change_line(change: &Change) -> usize {
    match change {
        Change::MeetingsRemoved { .. } => usize::MAX,
        Change::Period { line, .. }
        | Change::Removed { line, .. }
        | Change::Title { line, .. }
        | Change::MeetingDropped { line, .. }
        | Change::MeetingMoved { line, .. } => *line,
    }
}

/// One replacement in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Finds what to edit in one file's normalised text.
struct Editor<'t> {
    text: &'t str,
    main: SourceId,
}

impl Editor<'_> {
    fn edits(
        &self,
        plan: &Plan,
        root: &Node,
        from: Period,
        to: Period,
        policy: MeetingPolicy,
    ) -> Result<(Vec<Edit>, Vec<Change>), NewError> {
        let mut edits = Vec::new();
        let mut changes = Vec::new();
        let top = Entries::of(root);

        let period = self.in_file(plan.period.span, "period")?;
        edits.push(self.replace_scalar(period, &to.to_string()));
        changes.push(Change::Period { line: self.line(period.start), from, to });

        for key in ["number", "date"] {
            if let Some((k, v)) = top.get(key) {
                edits.push(self.remove_entry(root, k, v));
                changes.push(Change::Removed {
                    line: self.line(k.span.start),
                    key,
                    value: self.slice(v.span).to_owned(),
                });
            }
        }

        if let Some(title) = &plan.title {
            let old = vi::period::default_title(from);
            if title.value == old {
                let span = self.in_file(title.span, "title")?;
                let new = vi::period::default_title(to);
                edits.push(self.replace_scalar(span, &new));
                changes.push(Change::Title {
                    line: self.line(span.start),
                    from: old,
                    to: new,
                });
            }
        }

        if let Some(meetings) = &plan.meetings {
            self.meetings(
                meetings,
                &top,
                root,
                (from, to, policy),
                &mut edits,
                &mut changes,
            )?;
        }
        Ok((edits, changes))
    }

    fn meetings(
        &self,
        meetings: &crate::model::Meetings,
        top: &Entries<'_>,
        root: &Node,
        (from, to, policy): (Period, Period, MeetingPolicy),
        edits: &mut Vec<Edit>,
        changes: &mut Vec<Change>,
    ) -> Result<(), NewError> {
        let dated: Vec<_> = meetings
            .items
            .iter()
            .filter_map(|m| match &m.when {
                When::Dated(date) => Some((m, date)),
                When::Weekly(_) => None,
            })
            .collect();
        if dated.is_empty() {
            return Ok(());
        }
        match policy {
            MeetingPolicy::Move => {
                for (meeting, date) in dated {
                    let span = self.in_file(date.span, "meetings")?;
                    let moved = move_date(date.value, from, to)
                        .ok_or(NewError::CannotMove(date.value))?;
                    edits.push(self.replace_scalar(span, &moved.to_string()));
                    changes.push(Change::MeetingMoved {
                        line: self.line(span.start),
                        name: meeting.name.value.clone(),
                        from: date.value,
                        to: moved,
                    });
                }
            }
            MeetingPolicy::Drop => {
                for (meeting, date) in &dated {
                    changes.push(Change::MeetingDropped {
                        line: self.line(meeting.span.start),
                        name: meeting.name.value.clone(),
                        date: date.value,
                    });
                }
                if dated.len() == meetings.items.len() {
                    let (k, v) =
                        top.get("meetings").ok_or(NewError::NotInFile("meetings"))?;
                    edits.push(self.remove_entry(root, k, v));
                    changes
                        .push(Change::MeetingsRemoved { line: self.line(k.span.start) });
                    return Ok(());
                }
                let items = top
                    .get("meetings")
                    .and_then(|(_, v)| Entries::of(v).get("items"))
                    .map(|(_, v)| v)
                    .ok_or(NewError::NotInFile("meetings"))?;
                let NodeKind::Seq(nodes) = &items.kind else {
                    return Err(NewError::NotInFile("meetings"));
                };
                let flow = self.slice(items.span).starts_with('[');
                for (meeting, _) in dated {
                    let node = nodes
                        .iter()
                        .find(|n| n.span == meeting.span)
                        .ok_or(NewError::NotInFile("meetings"))?;
                    edits.push(self.remove_item(node, flow));
                }
            }
        }
        Ok(())
    }

    /// `span` when it is in the plan file itself.
    fn in_file(&self, span: Span, key: &'static str) -> Result<Span, NewError> {
        if span.source == self.main && span.end <= self.text.len() {
            Ok(span)
        } else {
            Err(NewError::NotInFile(key))
        }
    }

    fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    fn line(&self, at: usize) -> usize {
        yaml::line_of(self.text, at)
    }

    /// Replaces a scalar's value, keeping its quotes; a block scalar (`|`,
    /// `>`) becomes a plain one. `value` needs no quoting (a date, a period,
    /// a default title).
    fn replace_scalar(&self, span: Span, value: &str) -> Edit {
        let written = self.slice(span);
        let quoted = written.len() >= 2
            && (written.starts_with('"') && written.ends_with('"')
                || written.starts_with('\'') && written.ends_with('\''));
        if quoted {
            Edit { start: span.start + 1, end: span.end - 1, text: value.to_owned() }
        } else {
            Edit { start: span.start, end: span.end, text: value.to_owned() }
        }
    }

    /// Removes the entry `key: value` of the mapping `map`: whole lines in a
    /// block mapping (with a comment on the last one), or the entry and one
    /// comma in a flow mapping.
    fn remove_entry(&self, map: &Node, key: &Node, value: &Node) -> Edit {
        let flow = self.slice(map.span).starts_with('{');
        let end = value.span.end.max(key.span.end);
        self.remove_range(key.span.start, end, flow)
    }

    /// Removes one item of a list: from its `-` to the end of its last line
    /// in a block list, or the item and one comma in a flow list.
    fn remove_item(&self, item: &Node, flow: bool) -> Edit {
        let mut start = item.span.start;
        if !flow {
            let before = self.text.get(..start).unwrap_or("");
            let trimmed = before.trim_end_matches([' ', '\t', '\n']);
            if trimmed.ends_with('-') {
                start = trimmed.len() - 1;
            }
        }
        self.remove_range(start, item.span.end, flow)
    }

    /// The edit that removes `start..end` and what goes with it: the whole
    /// lines when nothing else is written on them (a comment after the end
    /// goes too), else, in flow style, one neighbouring comma.
    fn remove_range(&self, start: usize, end: usize, flow: bool) -> Edit {
        let text = self.text;
        let line_start =
            text.get(..start).and_then(|t| t.rfind('\n')).map_or(0, |i| i + 1);
        let line_end = text
            .get(end..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| end + i + 1);
        let before = text.get(line_start..start).unwrap_or("");
        let after = text.get(end..line_end).unwrap_or("").trim();
        let after_ok = after.is_empty()
            || after.starts_with('#')
            || (flow && after.starts_with(',') && {
                let rest = after[1..].trim_start();
                rest.is_empty() || rest.starts_with('#')
            });
        if before.trim().is_empty() && after_ok {
            return Edit { start: line_start, end: line_end, text: String::new() };
        }
        if !flow {
            // Cannot happen for what `plan new` removes; remove the text only.
            return Edit { start, end, text: String::new() };
        }
        let rest = text.get(end..).unwrap_or("");
        let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if rest[gap..].starts_with(',') {
            let after_comma = &rest[gap + 1..];
            let spaces =
                after_comma.len() - after_comma.trim_start_matches([' ', '\t']).len();
            return Edit { start, end: end + gap + 1 + spaces, text: String::new() };
        }
        let head = text.get(..start).unwrap_or("");
        let trimmed = head.trim_end_matches([' ', '\t', '\n']);
        if trimmed.ends_with(',') {
            return Edit { start: trimmed.len() - 1, end, text: String::new() };
        }
        Edit { start, end, text: String::new() }
    }
}

/// The entries of a mapping node, by key.
struct Entries<'n>(&'n [(Node, Node)]);

impl<'n> Entries<'n> {
    fn of(node: &'n Node) -> Self {
        match &node.kind {
            NodeKind::Map(entries) => Self(entries),
            _ => Self(&[]),
        }
    }

    fn get(&self, key: &str) -> Option<(&'n Node, &'n Node)> {
        self.0.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(k, v)| (k, v))
    }
}

/// The months from `from`'s first day to `to`'s.
fn months_between(from: Period, to: Period) -> i64 {
    let index = |p: Period| i64::from(p.year()) * 12 + i64::from(p.first_month());
    index(to) - index(from)
}

/// A meeting's date moved from `from` to `to`: by whole weeks between two
/// weeks (the same weekday), else by the months between the periods' first
/// days, the day clamped to the month's last day.
fn move_date(date: NaiveDate, from: Period, to: Period) -> Option<NaiveDate> {
    if let (Period::Week(..), Period::Week(..)) = (from, to) {
        let days = (to.start() - from.start()).num_days();
        return date.checked_add_signed(chrono::TimeDelta::try_days(days)?);
    }
    shift(date, months_between(from, to))
}

/// `date` moved by `months`, the day clamped to the month's last day.
pub fn shift(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let n = u32::try_from(months.unsigned_abs()).ok()?;
    if months >= 0 {
        date.checked_add_months(Months::new(n))
    } else {
        date.checked_sub_months(Months::new(n))
    }
}

/// `edits` in text order, removals that overlap joined into one
/// (two neighbouring entries of a flow mapping may claim the same comma).
/// Of a replacement that overlaps anything, only the first is kept.
fn merge(mut edits: Vec<Edit>) -> Vec<Edit> {
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        match out.last_mut() {
            Some(last) if edit.start < last.end => {
                if last.text.is_empty() && edit.text.is_empty() {
                    last.end = last.end.max(edit.end);
                }
            }
            _ => out.push(edit),
        }
    }
    out
}

/// `edits` plus the removal of a comma that a removal would leave right
/// before a `}` or `]` (`[a, b]` without `b` is `[a]`, not `[a, ]`).
fn drop_trailing_commas(text: &str, mut edits: Vec<Edit>) -> Vec<Edit> {
    let mut extra = Vec::new();
    for edit in edits.iter().filter(|e| e.text.is_empty()) {
        let after = text.get(edit.end..).unwrap_or("").trim_start();
        if !after.starts_with(['}', ']']) {
            continue;
        }
        let before = text.get(..edit.start).unwrap_or("");
        let trimmed = before.trim_end();
        if trimmed.ends_with(',') {
            let at = trimmed.len() - 1;
            extra.push(Edit { start: at, end: at + 1, text: String::new() });
        }
    }
    edits.extend(extra);
    edits
}

/// `text` with `edits` applied (they never overlap).
fn apply(text: &str, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.start));
    let mut out = text.to_owned();
    let mut limit = out.len();
    for edit in sorted {
        if edit.end > limit || edit.start > edit.end {
            continue;
        }
        out.replace_range(edit.start..edit.end, &edit.text);
        limit = edit.start;
    }
    out
}

/// The bytes of the new file: `edits` applied to the bytes read, so that
/// the mark and the line ends stay as they were. A source not in NFC is
/// written from `edited` (the normalised text), with its mark and its most
/// common line end; the flag says so.
fn encode(
    original: &[u8],
    normalised: &str,
    edits: &[Edit],
    edited: &str,
) -> (Vec<u8>, bool) {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let bom = original.starts_with(BOM);
    let body = original.strip_prefix(BOM).unwrap_or(original);
    // Where the normalised text has "\n" for a "\r\n" of the file.
    let mut crlf = Vec::new();
    let mut lone_cr = 0usize;
    let mut lf = 0usize;
    let (mut i, mut n) = (0usize, 0usize);
    while i < body.len() {
        match (body[i], body.get(i + 1)) {
            (b'\r', Some(b'\n')) => {
                crlf.push(n);
                i += 2;
            }
            (b'\r', _) => {
                lone_cr += 1;
                i += 1;
            }
            (b'\n', _) => {
                lf += 1;
                i += 1;
            }
            _ => i += 1,
        }
        n += 1;
    }
    let same_text = std::str::from_utf8(body)
        .map(|b| b.replace("\r\n", "\n").replace('\r', "\n") == normalised)
        .unwrap_or(false);
    let newline = if crlf.len() >= lf.max(lone_cr) && !crlf.is_empty() {
        "\r\n"
    } else if lone_cr > lf {
        "\r"
    } else {
        "\n"
    };
    let mut out = Vec::with_capacity(original.len());
    if bom {
        out.extend_from_slice(BOM);
    }
    if !same_text {
        out.extend_from_slice(edited.replace('\n', newline).as_bytes());
        return (out, true);
    }
    let to_file = |pos: usize| pos + crlf.partition_point(|&at| at < pos);
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.start);
    let mut at = 0usize;
    for edit in sorted {
        let (start, end) = (to_file(edit.start), to_file(edit.end));
        if start < at || end < start || end > body.len() {
            continue;
        }
        out.extend_from_slice(&body[at..start]);
        out.extend_from_slice(edit.text.replace('\n', newline).as_bytes());
        at = end;
    }
    out.extend_from_slice(&body[at..]);
    (out, false)
}

/// The default name of the new file: `input`'s name with every spelling of
/// the old period replaced by the new one in the same spelling.
///
/// Recognised: `2024-05` (also with `_` or `.`, and `202405`), `05-2024`,
/// `5-2024` (as in `thang-5-2024`), English month names and their three-letter
/// forms (`may-2024` → `june-2024`, `dec-2024` → `jan-2025`, any case),
/// `2024-Q2` / `q2-2024`, a year `2025`, `2024-H1` / `h1-2024`, `2024-W22` /
/// `w22-2024` / `22-2024` (as in `tuan-22-2024`), `2020-2021`, `2025-2030` /
/// `2025..2030` and `2024-04..2024-12` / `2024-04-2024-12`. `None` when the name holds none
/// of these: the caller asks for `-o`.
pub fn output_path(input: &Path, from: Period, to: Period) -> Option<PathBuf> {
    let stem = input.file_stem()?.to_str()?;
    let renamed = rename(stem, from, to)?;
    let name = match input.extension().and_then(|e| e.to_str()) {
        Some(ext) => format!("{renamed}.{ext}"),
        None => renamed,
    };
    Some(input.with_file_name(name))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Each way of writing `from` in a file name, with `to` written the same way.
fn spellings(from: Period, to: Period) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let seps = ["-", "_", "."];
    match (from, to) {
        (Period::Month(y, m), Period::Month(y2, m2)) => {
            for sep in seps {
                out.push((format!("{y}{sep}{m:02}"), format!("{y2}{sep}{m2:02}")));
                out.push((format!("{m:02}{sep}{y}"), format!("{m2:02}{sep}{y2}")));
                out.push((format!("{m}{sep}{y}"), format!("{m2}{sep}{y2}")));
                let names = |i: u32| {
                    let full = MONTHS.get(i as usize - 1).copied().unwrap_or("");
                    (full.to_owned(), full.get(..3).unwrap_or("").to_owned())
                };
                let ((full, short), (full2, short2)) = (names(m), names(m2));
                for (a, b) in [(full, full2), (short, short2)] {
                    for case in [str::to_owned, capitalize, str::to_uppercase] {
                        let (a, b) = (case(&a), case(&b));
                        out.push((format!("{a}{sep}{y}"), format!("{b}{sep}{y2}")));
                        out.push((format!("{y}{sep}{a}"), format!("{y2}{sep}{b}")));
                    }
                }
            }
            out.push((format!("{y}{m:02}"), format!("{y2}{m2:02}")));
        }
        (Period::Quarter(y, q), Period::Quarter(y2, q2)) => {
            for sep in seps {
                for letter in ["Q", "q"] {
                    out.push((
                        format!("{y}{sep}{letter}{q}"),
                        format!("{y2}{sep}{letter}{q2}"),
                    ));
                    out.push((
                        format!("{letter}{q}{sep}{y}"),
                        format!("{letter}{q2}{sep}{y2}"),
                    ));
                }
            }
        }
        (Period::Year(y), Period::Year(y2)) => out.push((y.to_string(), y2.to_string())),
        (Period::Half(y, h), Period::Half(y2, h2)) => {
            for sep in seps {
                for letter in ["H", "h"] {
                    out.push((
                        format!("{y}{sep}{letter}{h}"),
                        format!("{y2}{sep}{letter}{h2}"),
                    ));
                    out.push((
                        format!("{letter}{h}{sep}{y}"),
                        format!("{letter}{h2}{sep}{y2}"),
                    ));
                }
            }
        }
        (Period::Week(y, w), Period::Week(y2, w2)) => {
            for sep in seps {
                for letter in ["W", "w"] {
                    out.push((
                        format!("{y}{sep}{letter}{w:02}"),
                        format!("{y2}{sep}{letter}{w2:02}"),
                    ));
                    out.push((
                        format!("{letter}{w:02}{sep}{y}"),
                        format!("{letter}{w2:02}{sep}{y2}"),
                    ));
                    out.push((
                        format!("{y}{sep}{letter}{w}"),
                        format!("{y2}{sep}{letter}{w2}"),
                    ));
                    out.push((
                        format!("{letter}{w}{sep}{y}"),
                        format!("{letter}{w2}{sep}{y2}"),
                    ));
                }
                // tuan-22-2024
                out.push((format!("{w}{sep}{y}"), format!("{w2}{sep}{y2}")));
                out.push((format!("{w:02}{sep}{y}"), format!("{w2:02}{sep}{y2}")));
            }
        }
        (Period::SchoolYear(y), Period::SchoolYear(y2)) => {
            for sep in seps {
                out.push((format!("{y}{sep}{}", y + 1), format!("{y2}{sep}{}", y2 + 1)));
            }
        }
        (Period::Years(a, b), Period::Years(a2, b2)) => {
            for sep in ["-", "_", ".", ".."] {
                out.push((format!("{a}{sep}{b}"), format!("{a2}{sep}{b2}")));
            }
        }
        (Period::Months((y, m), (y2, m2)), Period::Months((n, k), (n2, k2))) => {
            for sep in ["-", "_", "."] {
                out.push((
                    format!("{y}{sep}{m:02}..{y2}{sep}{m2:02}"),
                    format!("{n}{sep}{k:02}..{n2}{sep}{k2:02}"),
                ));
                out.push((
                    format!("{y}{sep}{m:02}{sep}{y2}{sep}{m2:02}"),
                    format!("{n}{sep}{k:02}{sep}{n2}{sep}{k2:02}"),
                ));
            }
        }
        _ => {}
    }
    // Longest first, so `may-2024` is not read as `ma` + …; duplicates go.
    out.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    out.dedup();
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// `stem` with the spellings of `from` replaced; `None` when there is none.
fn rename(stem: &str, from: Period, to: Period) -> Option<String> {
    let spellings = spellings(from, to);
    let mut out = String::new();
    let mut found = false;
    let mut i = 0;
    'scan: while i < stem.len() {
        let rest = &stem[i..];
        let prev = stem[..i].chars().next_back();
        for (old, new) in &spellings {
            if !rest.starts_with(old.as_str()) {
                continue;
            }
            let next = rest[old.len()..].chars().next();
            let first = old.chars().next();
            let last = old.chars().next_back();
            if same_class(prev, first) || same_class(next, last) {
                continue;
            }
            out.push_str(new);
            i += old.len();
            found = true;
            continue 'scan;
        }
        let c = rest.chars().next()?;
        out.push(c);
        i += c.len_utf8();
    }
    found.then_some(out)
}

/// Whether two characters would run together into one word or number.
fn same_class(a: Option<char>, b: Option<char>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            (a.is_ascii_digit() && b.is_ascii_digit())
                || (a.is_alphabetic() && b.is_alphabetic())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
