//! `plan new`: the next period's plan, made from this one by editing its text.
//!
//! Only the values that change are rewritten, by byte range, in the file as
//! it was read; comments, key order, quoting, indentation and line breaks
//! survive everywhere else (issue 5, item 1):
//! - `period` becomes the next one (or the one asked for, of the same kind);
//! - the `number:` and `date:` lines are removed, with any comment on the
//!   same line (own-line comments around them stay);
//! - a `rules:` pin is removed the same way when it is not the rule set in
//!   force on the new period's first day (`rules: hd36-2018` in a May 2026
//!   plan rolled to June 2026, when 05-HD/VPTW is in force); a pin that
//!   matches stays;
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
//!
//! The entry point and its options are here; the rooms: `change` (what was
//! changed, for the report), `editor` (the edits of the text), `line_ends`
//! (the bytes written back with the file's line ends), `reminders` (lines
//! that still name the old period), `file_name` (the new file's name).

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;

use crate::diag::Diagnostics;
use crate::lang::{Text, t};
use crate::model::Period;
use crate::resolve::Options;
use crate::source::{SourceId, Sources};

mod change;
mod editor;
mod file_name;
mod line_ends;
mod reminders;
pub use change::Change;
pub use file_name::output_path;
pub use reminders::{Reminder, ReminderKind};

use change::change_line;
use editor::{Editor, apply, drop_trailing_commas, merge};
use line_ends::encode;

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
    /// `--period` is the plan's own period: most often the period typed is
    /// the month the clerk is in, not the one to plan.
    SamePeriod(Period),
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
            Self::SamePeriod(period) => {
                let next = period.next();
                t(
                    format!(
                        "kỳ mới {period} trùng với kỳ của kế hoạch; bỏ `--period` để soạn \
                         kỳ sau ({next}), hoặc ghi kỳ cần soạn"
                    ),
                    format!(
                        "the new period {period} is the plan's own; drop `--period` for \
                         the next one ({next}), or give the period to plan"
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
    // The library's stages, as `plan check` runs them: the same problems
    // are reported, and a plan with an error gives no new plan.
    let (crate::Staged { sources, diagnostics, stages }, tree) =
        crate::stages_keeping_tree(
            path,
            bytes,
            Options::default(),
            &crate::load::read_from_disk,
            true,
        );
    let (plan, root) = match (stages, tree) {
        (Some(stages), Some(tree)) if !diagnostics.has_errors() => (stages.plan, tree),
        _ => return Err(NewError::Invalid { sources, diagnostics }),
    };
    let from = plan.period.value;
    let to = match options.period {
        Some(to) if to.kind() != from.kind() => {
            return Err(NewError::PeriodKind { from, to });
        }
        Some(to) if to == from => return Err(NewError::SamePeriod(from)),
        Some(to) => to,
        None => {
            let next = from.next();
            if chrono::Datelike::year(&next.end()) > 9999 {
                return Err(NewError::NoNextPeriod(from));
            }
            next
        }
    };
    // The file read first is the plan itself (the loader adds it first).
    let main = SourceId(0);
    let text = sources.get(main).text.clone();
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

#[cfg(test)]
mod tests;
