//! `plan check FILE|DIR...`: every check, nothing written; folders give
//! the plans under them, checked on all cores (`batch`). A PDF built with
//! its source attached is checked as the plan inside it (`opened`).

use std::path::{Path, PathBuf};

use super::batch::{self, Outcome};
use super::{CheckFlags, plan_status, report};
use crate::diag::{ExitStatus, Severity};
use crate::input::Input;
use crate::resolve::Options;

/// Checks each plan and returns the first failure's status.
pub(super) fn run(args: &[PathBuf], flags: &CheckFlags) -> ExitStatus {
    super::set_diagnostic_format(flags.diagnostic_format);
    super::set_warnings_denied(flags.deny_warnings);
    let plans = match batch::expand(args) {
        Ok(plans) => plans,
        Err(why) => {
            super::print_error(&why);
            return ExitStatus::PlanErrors;
        }
    };
    let jobs = flags.jobs.unwrap_or_else(batch::default_jobs);
    let outcomes = batch::run_all(&plans.files, jobs, |file| check_one(file, flags));
    batch::summary(&plans, &outcomes, false);
    if let ([file], [outcome]) = (plans.files.as_slice(), outcomes.as_slice())
        && !plans.from_folders
        && flags.diagnostic_format == super::DiagnosticFormat::Human
    {
        passed(file, outcome);
    }
    batch::status(&outcomes)
}

/// One plan checked in the report's form for people, and passed: a line
/// that says so, since a clerk cannot tell silence from a check that did
/// not run ("thang-6-2024.yaml: không có lỗi"; with warnings, "…: không có
/// lỗi, chỉ có cảnh báo (ở trên)"). Several plans get the batch's summary.
fn passed(file: &Path, outcome: &Outcome) {
    if outcome.status != ExitStatus::Success {
        return;
    }
    let name = file.display();
    super::print_done(&if outcome.warned {
        crate::lang::t(
            format!("{name}: không có lỗi, chỉ có cảnh báo (ở trên)"),
            format!("{name}: no errors, warnings only (above)"),
        )
    } else {
        crate::lang::t(format!("{name}: không có lỗi"), format!("{name}: no errors"))
    });
}

fn check_one(file: &Path, flags: &CheckFlags) -> Outcome {
    // A PDF carrying its source is checked as the plan inside it.
    let opened = match super::opened::open(&Input::File(file.to_path_buf())) {
        Ok(opened) => opened,
        Err(failure) => {
            failure.report();
            return Outcome { status: ExitStatus::Io, warned: false, rejected: None };
        }
    };
    let mut checked = crate::check_with(
        &opened.path,
        &opened.bytes,
        Options::default(),
        opened.reader.as_ref(),
    );
    opened.name_sources(&mut checked.sources);
    report(&checked.diagnostics, &checked.sources);
    let status = plan_status(&checked.diagnostics, flags);
    Outcome {
        status,
        warned: checked.diagnostics.iter().any(|d| d.severity == Severity::Warning),
        rejected: batch::Rejected::of(&checked.diagnostics, status),
    }
}
