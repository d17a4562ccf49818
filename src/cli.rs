//! The command line: the only code that touches arguments, the environment,
//! the terminal and the file system outside the library's atomic writer.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::diag::{self, Diagnostics, ExitStatus, Severity};
use crate::render::Renderer;
use crate::resolve::Options;
use crate::source::Sources;

/// Compiles YAML work programs (chương trình, kế hoạch) into official PDFs.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the PDF of each plan, next to it (or at `-o`).
    Build(BuildArgs),
    /// Run every check on each plan; write nothing.
    Check(CheckArgs),
}

/// Flags shared by `build` and `check`.
#[derive(Debug, Args)]
pub struct CheckFlags {
    /// Treat warnings as errors (exit 1, write nothing).
    #[arg(long)]
    pub deny_warnings: bool,
}

/// `plan check FILE...`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plan files (YAML).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub flags: CheckFlags,
}

/// `plan build FILE... [-o OUT]`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Plan files (YAML).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Where to write the PDF (only with one plan file); default: the plan's
    /// path with `.pdf`.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Print the "DỰ THẢO" (draft) mark.
    #[arg(long)]
    pub draft: bool,
    /// A folder of extra fonts; a family named "Times New Roman" found there
    /// is used instead of the embedded Liberation Serif.
    #[arg(long, value_name = "DIR", env = "PLAN_FONT_PATH")]
    pub font_path: Vec<PathBuf>,
    /// PDF creation time as Unix seconds (default: the plan's date).
    #[arg(long, value_name = "SECONDS", env = "SOURCE_DATE_EPOCH")]
    pub creation_timestamp: Option<i64>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub flags: CheckFlags,
}

/// Runs the command and returns the exit status.
pub fn run(cli: Cli) -> ExitStatus {
    match cli.command {
        Command::Check(args) => check_all(&args.files, &args.flags),
        Command::Build(args) => build_all(&args),
    }
}

fn check_all(files: &[PathBuf], flags: &CheckFlags) -> ExitStatus {
    let mut status = ExitStatus::Success;
    for file in files {
        let outcome = match read(file) {
            Ok(bytes) => {
                let checked = crate::check(file, &bytes, Options::default());
                report(&checked.diagnostics, &checked.sources);
                plan_status(&checked.diagnostics, flags)
            }
            Err(err) => {
                eprintln!("error: {err:#}");
                ExitStatus::Io
            }
        };
        status = worse(status, outcome);
    }
    status
}

fn build_all(args: &BuildArgs) -> ExitStatus {
    if args.output.is_some() && args.files.len() > 1 {
        eprintln!("error: `-o` names one output file; give one plan file with it");
        return ExitStatus::Usage;
    }
    let mut renderer: Option<Renderer> = None;
    let mut status = ExitStatus::Success;
    for file in &args.files {
        let outcome = build_one(file, args, &mut renderer);
        status = worse(status, outcome);
    }
    status
}

fn build_one(
    file: &Path,
    args: &BuildArgs,
    renderer: &mut Option<Renderer>,
) -> ExitStatus {
    let bytes = match read(file) {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("error: {err:#}");
            return ExitStatus::Io;
        }
    };
    let checked = crate::check(file, &bytes, Options { draft: args.draft });
    report(&checked.diagnostics, &checked.sources);
    let status = plan_status(&checked.diagnostics, &args.flags);
    let Some(view) = checked.view.filter(|_| status == ExitStatus::Success) else {
        return status;
    };
    if renderer.is_none() {
        match Renderer::new(&args.font_path) {
            Ok(r) => *renderer = Some(r),
            Err(err) => {
                eprintln!("error: {err}");
                return ExitStatus::Io;
            }
        }
    }
    let Some(renderer) = renderer.as_ref() else { return ExitStatus::Internal };
    let pdf = match renderer.compile(&view).map_err(anyhow::Error::from).and_then(
        |compiled| {
            crate::export::pdf(&compiled.document, &view, args.creation_timestamp)
                .map_err(anyhow::Error::from)
        },
    ) {
        Ok(pdf) => pdf,
        Err(err) => {
            eprintln!(
                "internal error: {err:#}\nthis is a bug in plan: please report it with the plan file"
            );
            return ExitStatus::Internal;
        }
    };
    let out = args.output.clone().unwrap_or_else(|| file.with_extension("pdf"));
    match crate::export::write_atomic(&out, &pdf)
        .with_context(|| format!("cannot write {}", out.display()))
    {
        Ok(()) => {
            eprintln!("wrote {}", out.display());
            ExitStatus::Success
        }
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitStatus::Io
        }
    }
}

fn read(file: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))
}

fn plan_status(diagnostics: &Diagnostics, flags: &CheckFlags) -> ExitStatus {
    let denied = flags.deny_warnings
        && diagnostics.iter().any(|d| d.severity == Severity::Warning);
    if diagnostics.has_errors() || denied {
        ExitStatus::PlanErrors
    } else {
        ExitStatus::Success
    }
}

/// The worse of two statuses: any failure beats success, the first failure
/// is kept.
fn worse(a: ExitStatus, b: ExitStatus) -> ExitStatus {
    if a == ExitStatus::Success { b } else { a }
}

fn report(diagnostics: &Diagnostics, sources: &Sources) {
    if diagnostics.is_empty() {
        return;
    }
    let stderr = std::io::stderr();
    let color = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let width = 100;
    let text = diag::render(diagnostics, sources, width, color);
    let mut lock = stderr.lock();
    // A closed stderr leaves nothing to report to.
    let _ = lock.write_all(text.as_bytes());
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        super::Cli::command().debug_assert();
    }
}
