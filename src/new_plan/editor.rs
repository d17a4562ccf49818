//! The text editor of `plan new`: finds the values that change in the node
//! tree of the plan as read (period, number, date, rules, title, meetings) and
//! turns each into an [`Edit`] by byte range of the normalised text, so that
//! comments, key order and quoting survive everywhere else; then merges the
//! edits and applies them. Dates move with [`shift`].

use chrono::{Months, NaiveDate};

use super::change::Change;
use super::{MeetingPolicy, NewError};
use crate::load::yaml::{self, Node, NodeKind};
use crate::model::{Period, Plan, When};
use crate::rules;
use crate::source::{SourceId, Span};
use crate::vi;

/// One replacement in the normalised text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Edit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
}

/// Finds what to edit in one file's normalised text.
pub(super) struct Editor<'t> {
    pub(super) text: &'t str,
    pub(super) main: SourceId,
}

impl Editor<'_> {
    pub(super) fn edits(
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

        // A pin of the rule set belongs to the old signing date, removed
        // above: one that is not the rule set in force on the new period's
        // first day (the new plan's date until the office writes one) would
        // lay the new plan out by stale rules (`format-rules.md` §1.5).
        if let (Some(pin), Some((k, v))) = (&plan.rules, top.get("rules")) {
            let now = rules::in_force(plan.style.value, to.start()).id;
            if pin.value != now {
                edits.push(self.remove_entry(root, k, v));
                changes.push(Change::RulesUnpinned {
                    line: self.line(k.span.start),
                    value: self.slice(v.span).to_owned(),
                    now,
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
                    let gone = [("title", &meetings.title), ("note", &meetings.note)]
                        .into_iter()
                        .filter_map(|(key, text)| {
                            Some((key, text.as_ref()?.value.clone()))
                        })
                        .collect();
                    changes.push(Change::MeetingsRemoved {
                        line: self.line(k.span.start),
                        gone,
                    });
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
pub(super) fn months_between(from: Period, to: Period) -> i64 {
    let index = |p: Period| i64::from(p.year()) * 12 + i64::from(p.first_month());
    index(to) - index(from)
}

/// A meeting's date moved from `from` to `to`: by whole weeks between two
/// weeks (the same weekday), else by the months between the periods' first
/// days, the day clamped to the month's last day.
pub(super) fn move_date(date: NaiveDate, from: Period, to: Period) -> Option<NaiveDate> {
    if let (Period::Week(..), Period::Week(..)) = (from, to) {
        let days = (to.start() - from.start()).num_days();
        return date.checked_add_signed(chrono::TimeDelta::try_days(days)?);
    }
    shift(date, months_between(from, to))
}

/// `date` moved by `months`, the day clamped to the month's last day.
pub(super) fn shift(date: NaiveDate, months: i64) -> Option<NaiveDate> {
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
pub(super) fn merge(mut edits: Vec<Edit>) -> Vec<Edit> {
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
pub(super) fn drop_trailing_commas(text: &str, mut edits: Vec<Edit>) -> Vec<Edit> {
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
pub(super) fn apply(text: &str, edits: &[Edit]) -> String {
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
