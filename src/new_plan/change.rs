//! What `plan new` changed in the text, one [`Change`] per edit, worded for
//! the report in Vietnamese and in English, and the order they are listed in.

use std::fmt;

use chrono::NaiveDate;

use crate::lang::{Text, t};
use crate::model::{Period, RuleSetId};
use crate::vi;

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
    /// A `rules` pin removed: it is not the rule set in force on the new
    /// period's first day.
    RulesUnpinned {
        /// Line of the key.
        line: usize,
        /// The pin as written.
        value: String,
        /// The rule set the new plan now gets.
        now: RuleSetId,
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
        /// The block's own `title` and `note`, as written, gone with it
        /// ("note: Các cuộc họp đột xuất … thông báo sau"): named in the
        /// report, so the clerk can copy them back with the new meetings.
        gone: Vec<(&'static str, String)>,
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
            Self::RulesUnpinned { line, value, now } => {
                let guide = guide(*now);
                t(
                    format!("dòng {line}: đã bỏ `rules: {value}`: kỳ mới theo {guide}"),
                    format!(
                        "line {line}: removed `rules: {value}`: the new period follows {guide}"
                    ),
                )
            }
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
            Self::MeetingsRemoved { line, gone } => {
                let mut text = t(
                    format!("dòng {line}: đã bỏ khối `meetings`: không còn cuộc họp nào"),
                    format!(
                        "line {line}: removed the `meetings` block: no meeting is left in it"
                    ),
                );
                if !gone.is_empty() {
                    let list: Vec<String> = gone
                        .iter()
                        .map(|(key, value)| format!("`{key}: {value}`"))
                        .collect();
                    let (vi, en) = (list.join(" và "), list.join(" and "));
                    text.vi.push_str(&format!(
                        "; bỏ cả {vi}: chép lại khi thêm các cuộc họp của kỳ mới"
                    ));
                    text.en.push_str(&format!(
                        "; {en} went with it: copy it back with the new period's meetings"
                    ));
                }
                text
            }
        }
    }
}

/// Worded in the process's language ([`crate::lang::current`]).
impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// Where a change sorts: its line; the removal of the whole `meetings`
/// block after the meetings it dropped.
pub(super) fn change_line(change: &Change) -> usize {
    match change {
        Change::MeetingsRemoved { .. } => usize::MAX,
        Change::Period { line, .. }
        | Change::Removed { line, .. }
        | Change::RulesUnpinned { line, .. }
        | Change::Title { line, .. }
        | Change::MeetingDropped { line, .. }
        | Change::MeetingMoved { line, .. } => *line,
    }
}

/// The guidance a rule set implements, as the report names it:
/// "36-HD/VPTW", "05-HD/VPTW", "30/2020/NĐ-CP".
fn guide(id: RuleSetId) -> &'static str {
    match id {
        RuleSetId::Hd36 => "36-HD/VPTW",
        RuleSetId::Hd05 => "05-HD/VPTW",
        RuleSetId::Nd30 => "30/2020/NĐ-CP",
    }
}
