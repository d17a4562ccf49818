//! `plan template export DIR`: the built-in templates as a folder to edit.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::diag::ExitStatus;
use crate::render::folder;

/// `plan template ...`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// What to do with the templates.
    #[command(subcommand)]
    pub action: TemplateAction,
}

/// The `template` subcommands.
#[derive(Debug, Subcommand)]
pub enum TemplateAction {
    /// Write the built-in templates, their fonts, `font.json` and the data
    /// contract (`view.md`) into DIR.
    Export {
        /// The folder to write (created if missing).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Overwrite the files of an earlier export.
        #[arg(long)]
        force: bool,
    },
}

/// Runs the subcommand.
pub(super) fn run(args: &TemplateArgs) -> ExitStatus {
    match &args.action {
        TemplateAction::Export { dir, force } => match folder::export(dir, *force) {
            Ok(written) => {
                let (n, dir) = (written.len(), dir.display());
                super::print_done(&crate::lang::t(
                    format!("đã ghi {n} tệp vào {dir}"),
                    format!("wrote {n} files into {dir}"),
                ));
                ExitStatus::Success
            }
            Err(err) => {
                let status = match err {
                    folder::FolderError::Exists { .. } => ExitStatus::Usage,
                    folder::FolderError::Write { .. } => ExitStatus::Io,
                };
                // Worded in the process's language: printed once, now.
                let message = err.to_string();
                super::report_global(
                    err.code(),
                    crate::lang::t(message.clone(), message),
                    err.help(),
                );
                status
            }
        },
    }
}
