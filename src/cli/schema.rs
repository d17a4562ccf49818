//! `plan schema [--included] [-o FILE]`: the JSON Schema for editors, on
//! stdout or written atomically.

use std::path::PathBuf;

use clap::Args;

use crate::diag::ExitStatus;

/// `plan schema [--included] [-o FILE]`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema of a shared file that plans name in `include:` (only the
    /// keys such a file may set, none required).
    #[arg(long)]
    pub included: bool,
    /// Write the schema to FILE (atomically) instead of printing it; `-` is
    /// standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Prints or writes the schema.
pub(super) fn run(args: &SchemaArgs) -> ExitStatus {
    let schema =
        if args.included { crate::schema::included() } else { crate::schema::plan() };
    let text = crate::schema::to_text(&schema);
    match &args.output {
        Some(out) => super::write_file(out, text.as_bytes()),
        None => {
            super::write_stdout(text.as_bytes(), &crate::lang::t("lược đồ", "the schema"))
        }
    }
}
