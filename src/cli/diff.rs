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
    let (Some((old_doc, old_period)), Some((new_doc, new_period))) =
        (document(&old), document(&new))
    else {
        return TROUBLE;
    };
    let report = diff::compare(&old_doc, &new_doc);
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
    if diff::nothing_in_common(&old_doc, &new_doc, &report) {
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

/// The document of one side and its period; `None` after reporting why
/// there is none.
fn document(input: &Input) -> Option<(Document, crate::model::Period)> {
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
    staged.stages.as_ref().map(|stages| (Document::new(stages), stages.plan.period.value))
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
