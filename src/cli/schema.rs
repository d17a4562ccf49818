//! `plan schema [--included] [-o FILE]`: the JSON Schema for editors, on
//! stdout or written atomically.

use std::io::Write;
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
    /// Write the schema to FILE (atomically) instead of printing it.
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
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                Ok(()) => ExitStatus::Success,
                // A closed pipe (`plan schema | head`) is not an error worth a message.
                Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => {
                    ExitStatus::Success
                }
                Err(err) => {
                    eprintln!("error: cannot write the schema: {err}");
                    ExitStatus::Io
                }
            }
        }
    }
}
