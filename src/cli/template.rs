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
                eprintln!("wrote {} files into {}", written.len(), dir.display());
                ExitStatus::Success
            }
            Err(err) => {
                let status = match err {
                    folder::FolderError::Exists { .. } => ExitStatus::Usage,
                    folder::FolderError::Write { .. } => ExitStatus::Io,
                };
                eprintln!("{:?}", miette::Report::new(err));
                status
            }
        },
    }
}
