//! `plan check FILE...`: every check, nothing written.

use std::path::PathBuf;

use super::{CheckFlags, plan_status, read, report, worse};
use crate::diag::ExitStatus;
use crate::resolve::Options;

/// Checks each file and returns the first failure's status.
pub(super) fn run(files: &[PathBuf], flags: &CheckFlags) -> ExitStatus {
    let mut status = ExitStatus::Success;
    for file in files {
        let outcome = match read(file) {
            Ok(bytes) => {
                let checked = crate::check(file, &bytes, Options::default());
                report(&checked.diagnostics, &checked.sources);
                plan_status(&checked.diagnostics, flags)
            }
            Err(why) => {
                super::print_error(&why);
                ExitStatus::Io
            }
        };
        status = worse(status, outcome);
    }
    status
}
