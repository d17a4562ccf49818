//! `plan text FILE`: the document as plain text on standard output, one
//! paragraph a line, for `git diff` through a textconv driver.

use std::ffi::OsString;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use clap::Args;

use super::report;
use crate::diag::ExitStatus;
use crate::input::Input;
use crate::load::read_from_disk;
use crate::resolve::Options;

/// `plan text FILE [--include-dir DIR]... [--quiet]`.
#[derive(Debug, Args)]
pub struct TextArgs {
    /// The plan: a file, or REV:PATH read through git; a PDF built with its
    /// source attached stands for the plan inside it.
    #[arg(value_name = "FILE")]
    pub file: OsString,
    /// Where else to look for an included file that is not next to the plan
    /// (git's textconv hands over a temporary copy of old versions, away
    /// from their includes); tried in order.
    #[arg(long = "include-dir", value_name = "DIR")]
    pub include_dirs: Vec<PathBuf>,
    /// Print no warnings (errors are still printed): keeps `git diff` quiet.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Prints the plan's text; warnings go to standard error and do not stop it.
pub(super) fn run(args: &TextArgs) -> ExitStatus {
    let input = Input::parse(&args.file);
    let opened = match super::opened::open(&input) {
        Ok(opened) => opened,
        Err(failure) => {
            failure.report();
            return ExitStatus::Io;
        }
    };
    let (path, bytes) = (&opened.path, &opened.bytes);
    let mut checked = match &input {
        // A PDF's includes are its attachments, never files on the disk.
        Input::File(file) if opened.archive.is_none() => {
            let read = fallback_reader(file, &args.include_dirs);
            crate::check_with(path, bytes, Options::default(), &read)
        }
        _ => crate::check_with(path, bytes, Options::default(), opened.reader.as_ref()),
    };
    opened.name_sources(&mut checked.sources);
    if !args.quiet || checked.diagnostics.has_errors() {
        report(&checked.diagnostics, &checked.sources);
    }
    let Some(view) = checked.view.filter(|_| !checked.diagnostics.has_errors()) else {
        return ExitStatus::PlanErrors;
    };
    let text = crate::plaintext::render(&view);
    super::write_stdout(text.as_bytes(), &crate::lang::t("văn bản", "the text"))
}

/// Reads an include from the file system (bounded, regular files only);
/// when it is not there, tries the same relative path (from the plan's
/// folder) under each of `dirs`.
fn fallback_reader(
    plan: &Path,
    dirs: &[PathBuf],
) -> impl Fn(&Path) -> std::io::Result<Vec<u8>> + use<> {
    let plan_dir = plan.parent().map(Path::to_path_buf).unwrap_or_default();
    let dirs = dirs.to_vec();
    move |path: &Path| match read_from_disk(path) {
        Err(err) if err.kind() == ErrorKind::NotFound => {
            let Ok(relative) = path.strip_prefix(&plan_dir) else { return Err(err) };
            dirs.iter()
                .find_map(|dir| read_from_disk(&dir.join(relative)).ok())
                .ok_or(err)
        }
        other => other,
    }
}
