//! `plan diff OLD NEW`: what changed between two plans, with `diff`'s exit
//! codes: 0 equal, 1 different, 2 trouble.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};

use clap::{Args, ValueEnum};

use super::report;
use crate::diag::ExitStatus;
use crate::diff::{self, Document, Format};
use crate::input::Input;
use crate::lang::t;
use crate::resolve::Options;

/// `plan diff` exits as `diff` does; the variants carrying those codes:
/// 1 when the plans differ.
const DIFFERENT: ExitStatus = ExitStatus::PlanErrors;
/// 2 when a plan cannot be read or has errors.
const TROUBLE: ExitStatus = ExitStatus::Usage;

/// `plan diff OLD NEW [--format human|markdown] [--color auto|always|never]`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier plan: a file, or REV:PATH read through git
    /// (`HEAD~1:plans/may-2024.yaml`).
    #[arg(value_name = "OLD")]
    pub old: OsString,
    /// The later plan: a file, or REV:PATH.
    #[arg(value_name = "NEW")]
    pub new: OsString,
    /// How to write the changes: `human` (a terminal or a pipe) or
    /// `markdown` (a review comment).
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
    /// Colour the human format: `auto` when standard output is a terminal
    /// and `NO_COLOR` is not set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// One line per change; coloured or with `[-…-]{+…+}` marks.
    Human,
    /// A Markdown list for a review comment.
    Markdown,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal unless `NO_COLOR` is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Compares the two plans and prints what changed.
pub(super) fn run(args: &DiffArgs) -> ExitStatus {
    let (old, new) = (Input::parse(&args.old), Input::parse(&args.new));
    let (Some(old_side), Some(new_side)) = (document(&old), document(&new)) else {
        return TROUBLE;
    };
    let (old_doc, old_period) = (&old_side.document, old_side.period);
    let (new_doc, new_period) = (&new_side.document, new_side.period);
    let report = diff::compare(old_doc, new_doc);
    if report.is_empty() {
        return ExitStatus::Success;
    }
    let format = match args.format {
        DiffFormat::Markdown => Format::Markdown,
        DiffFormat::Human => Format::Human {
            color: match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none()
                }
            },
        },
    };
    let text =
        diff::render(&report, &old.name(), &new.name(), format, crate::lang::current());
    let mut stdout = std::io::stdout().lock();
    let written = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
    drop(stdout);
    if old_period.start() > new_period.start() {
        // `plan diff june may`: every change reads backwards.
        super::print_done(&t(
            format!(
                "chú ý: {} ({old_period}) là kỳ sau {} ({new_period}), nên mọi thay đổi \
                 được đọc ngược; có lẽ đã đảo thứ tự: viết tệp cũ trước, `plan diff CŨ MỚI`",
                old.name(),
                new.name()
            ),
            format!(
                "note: {} ({old_period}) is a later period than {} ({new_period}), so every \
                 change reads backwards; the older plan comes first, `plan diff OLD NEW`",
                old.name(),
                new.name()
            ),
        ));
    }
    if old_period.start() < new_period.start() {
        kept_number_and_date(&old.name(), &old_side, &new.name(), &new_side);
    }
    if diff::nothing_in_common(old_doc, new_doc, &report) {
        // After the report, where a long one ends on the screen.
        super::print_done(&t(
            format!(
                "chú ý: {} và {} không có mục nào chung; có thể đã so nhầm hai văn bản \
                 không liên quan (thường so kế hoạch tháng này với tháng trước của cùng \
                 cơ quan)",
                old.name(),
                new.name()
            ),
            format!(
                "note: {} and {} have no section in common; they may be two unrelated \
                 plans compared by mistake (usually this month's plan is compared with \
                 last month's of the same office)",
                old.name(),
                new.name()
            ),
        ));
    }
    match written {
        Ok(()) => DIFFERENT,
        // A reader that stopped (`| head`) still saw a difference.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => DIFFERENT,
        Err(err) => {
            let why = crate::source::io_reason(&err);
            super::print_error(&t(
                format!("không ghi được bản so sánh: {}", why.vi),
                format!("cannot write the report: {}", why.en),
            ));
            TROUBLE
        }
    }
}

/// One side of the comparison: its document, and the values the notes
/// after the report read.
struct Side {
    document: Document,
    period: crate::model::Period,
    number: Option<u32>,
    date: Option<chrono::NaiveDate>,
}

/// A later period's plan still carrying the earlier one's `number` or
/// `date` (copied over and not changed): a note after the report, "chú ý:
/// june.yaml vẫn giữ số 45 và ngày 2/5/2024 của may.yaml: sửa `number` và
/// `date` cho văn bản mới, hoặc xóa hai dòng đó để chừa trống". `plan new`
/// removes both lines; a plan copied by hand keeps them.
fn kept_number_and_date(old_name: &str, old: &Side, new_name: &str, new: &Side) {
    let number = new.number.filter(|n| old.number == Some(*n));
    let date = new.date.filter(|d| old.date == Some(*d));
    let (what_vi, what_en, keys, lines_vi, keys_en, lines_en) = match (number, date) {
        (Some(n), Some(d)) => {
            let d = crate::vi::dates::short_date(d);
            (
                format!("số {n} và ngày {d}"),
                format!("number {n} and date {d}"),
                "`number` và `date`",
                "hai dòng đó",
                "`number` and `date`",
                "both lines",
            )
        }
        (Some(n), None) => (
            format!("số {n}"),
            format!("number {n}"),
            "`number`",
            "dòng đó",
            "`number`",
            "the line",
        ),
        (None, Some(d)) => {
            let d = crate::vi::dates::short_date(d);
            (
                format!("ngày {d}"),
                format!("date {d}"),
                "`date`",
                "dòng đó",
                "`date`",
                "the line",
            )
        }
        (None, None) => return,
    };
    super::print_done(&t(
        format!(
            "chú ý: {new_name} vẫn giữ {what_vi} của {old_name}: sửa {keys} cho văn bản \
             mới, hoặc xóa {lines_vi} để chừa trống"
        ),
        format!(
            "note: {new_name} still has the {what_en} of {old_name}: change {keys_en} \
             for the new document, or remove {lines_en} to leave it blank"
        ),
    ));
}

/// The document of one side and what the notes read; `None` after
/// reporting why there is none.
fn document(input: &Input) -> Option<Side> {
    // A PDF built with its source attached stands for the plan inside it.
    let opened = match super::opened::open(input) {
        Ok(opened) => opened,
        Err(failure) => {
            failure.report();
            return None;
        }
    };
    let mut staged = crate::stages(
        &opened.path,
        &opened.bytes,
        Options::default(),
        opened.reader.as_ref(),
    );
    opened.name_sources(&mut staged.sources);
    if staged.diagnostics.has_errors() {
        report(&staged.diagnostics, &staged.sources);
        let name = input.name();
        super::print_error(&t(
            format!("{name} có lỗi; sửa các lỗi đó rồi hãy so sánh"),
            format!("{name} has errors; fix them before comparing"),
        ));
        return None;
    }
    // Warnings are `plan check`'s business: a comparison stays quiet.
    staged.stages.as_ref().map(|stages| Side {
        document: Document::new(stages),
        period: stages.plan.period.value,
        number: stages.plan.number.as_ref().map(|n| n.value),
        date: stages.plan.date.as_ref().map(|d| d.value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_diffs() {
        assert_eq!(DIFFERENT.code(), 1);
        assert_eq!(TROUBLE.code(), 2);
    }
}
