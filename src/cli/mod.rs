//! The command line: the only code that touches arguments, the environment,
//! the terminal and the file system outside the library's atomic writer.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::diag::{self, Diagnostics, ExitStatus, Severity};
use crate::source::Sources;

mod build;
mod check;
mod diff;
mod new;
mod schema;
mod template;
mod text;
mod up_to_date;
mod watch;

pub use diff::{ColorChoice, DiffArgs, DiffFormat};
pub use new::NewArgs;
pub use schema::SchemaArgs;
pub use template::{TemplateAction, TemplateArgs};
pub use text::TextArgs;

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
    /// Build the PDF (or, with `-f docx`, the Word file) of each plan, next
    /// to it (or at `-o`).
    Build(BuildArgs),
    /// Run every check on each plan; write nothing.
    Check(CheckArgs),
    /// Start the next period's plan from this one.
    New(NewArgs),
    /// Print the JSON Schema of plan files, for editors.
    Schema(SchemaArgs),
    /// Show what changed between two plans (exit 0 equal, 1 different, 2 trouble).
    Diff(DiffArgs),
    /// Print the document as plain text, one paragraph a line (a git textconv).
    Text(TextArgs),
    /// Work with the templates: `plan template export DIR` writes a copy to edit.
    Template(TemplateArgs),
    /// Build each plan's PDF, then rebuild it on every save of the plan or of
    /// a file it includes, until Ctrl-C.
    Watch(WatchArgs),
}

/// `plan watch FILE...`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Plan files (YAML); each PDF is written next to its plan.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print the "DỰ THẢO" (draft) mark.
    #[arg(long)]
    pub draft: bool,
    /// A folder of extra fonts (as for `plan build`).
    #[arg(long, value_name = "DIR", env = "PLAN_FONT_PATH")]
    pub font_path: Vec<PathBuf>,
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
    /// Where to write the file (only with one plan file); `-` for standard
    /// output; default: the plan's path with `.pdf` (or `.docx`).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// What to write: the PDF, the same document as a Word file, or the
    /// meetings as a calendar.
    #[arg(short, long, value_enum, default_value_t = OutputFormat::Pdf)]
    pub format: OutputFormat,
    /// Print the "DỰ THẢO" (draft) mark.
    #[arg(long)]
    pub draft: bool,
    /// A folder of extra fonts; a family named "Times New Roman" found there
    /// is used instead of the embedded Liberation Serif.
    #[arg(long, value_name = "DIR", env = "PLAN_FONT_PATH")]
    pub font_path: Vec<PathBuf>,
    /// What to write: the PDF, or the view (the JSON the templates read,
    /// default name FILE.view.json).
    #[arg(long, value_enum, default_value_t = Emit::Pdf)]
    pub emit: Emit,
    /// Build with the templates in DIR (a copy made by `plan template
    /// export DIR`, edited) instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub template: Option<PathBuf>,
    /// Write nothing: build in memory and compare with the files on disk;
    /// exit 1 naming every file that is missing or stale.
    #[arg(long)]
    pub check: bool,
    /// PDF standards the PDF conforms to, validated at export: `a-2b` or
    /// `a-3b` (archival PDF/A), `ua-1` (accessible), e.g. `a-2b,ua-1`.
    #[arg(long = "pdf-standard", value_name = "STANDARD", value_delimiter = ',', value_parser = parse_standard)]
    pub pdf_standard: Vec<crate::export::Standard>,
    /// Pixels per inch of `-f png` pages (default 144).
    #[arg(long, value_name = "N", default_value_t = crate::images::DEFAULT_PPI)]
    pub ppi: f32,
    /// PDF creation time as Unix seconds (default: the plan's date).
    #[arg(long, value_name = "SECONDS", env = "SOURCE_DATE_EPOCH")]
    pub creation_timestamp: Option<i64>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub flags: CheckFlags,
}

/// What `plan build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// The PDF (`NAME.pdf`).
    Pdf,
    /// The Word file (`NAME.docx`), laid out by the same rules.
    Docx,
    /// The meetings as a calendar (`NAME.ics`, iCalendar).
    Ics,
    /// Each page as a PNG image (`NAME-1.png`, `NAME-2.png` …), at `--ppi`.
    Png,
    /// Each page as an SVG image (`NAME-1.svg`, `NAME-2.svg` …).
    Svg,
}

/// What `plan build` writes besides the document itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Emit {
    /// The PDF.
    Pdf,
    /// The view: the JSON the templates read at `/view.json` (`docs/view.md`).
    View,
}

/// Runs the command and returns the exit status.
pub fn run(cli: Cli) -> ExitStatus {
    match cli.command {
        Command::Check(args) => check::run(&args.files, &args.flags),
        Command::Build(args) => build::run(&args),
        Command::New(args) => new::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Text(args) => text::run(&args),
        Command::Template(args) => template::run(&args),
        Command::Watch(args) => watch::run(&args),
    }
}

/// Writes `bytes` to `out` and says so, or to standard output when `out` is
/// `-`; exit 3 when it cannot. See [`crate::export::write_atomic`] for how a
/// link, a device or a FIFO is written.
pub(super) fn write_file(out: &Path, bytes: &[u8]) -> ExitStatus {
    if is_stdout(out) {
        return write_stdout(bytes, "the output");
    }
    match crate::export::write_atomic(out, bytes)
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

/// Whether an output path is `-`: standard output.
pub(super) fn is_stdout(out: &Path) -> bool {
    out.as_os_str() == "-"
}

/// Writes `bytes` to standard output; `what` names them in the message when
/// that fails (exit 3). A reader that stopped early (`| head`) is not an
/// error: it took what it wanted.
pub(super) fn write_stdout(bytes: &[u8], what: &str) -> ExitStatus {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitStatus::Success,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(err) => {
            eprintln!("error: cannot write {what}: {err}");
            ExitStatus::Io
        }
    }
}

pub(super) fn read(file: &Path) -> anyhow::Result<Vec<u8>> {
    // Bounded: a file past the limit is reported as too large by `load`.
    crate::source::read_bounded(file)
        .with_context(|| format!("cannot read {}", file.display()))
}

pub(super) fn plan_status(diagnostics: &Diagnostics, flags: &CheckFlags) -> ExitStatus {
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
pub(super) fn worse(a: ExitStatus, b: ExitStatus) -> ExitStatus {
    if a == ExitStatus::Success { b } else { a }
}

pub(super) fn report(diagnostics: &Diagnostics, sources: &Sources) {
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

/// `--pdf-standard`'s values.
fn parse_standard(name: &str) -> Result<crate::export::Standard, String> {
    crate::export::Standard::from_name(name).ok_or_else(|| {
        format!(
            "chuẩn PDF không có: `{name}`; dùng {}",
            crate::export::Standard::NAMES.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        super::Cli::command().debug_assert();
    }
}
