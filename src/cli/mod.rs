//! The command line: the only code that touches arguments, the environment,
//! the terminal and the file system outside the library's atomic writer.
//!
//! It chooses the language first ([`Lang::choose`]: `--lang`, `PLAN_LANG`,
//! the locale), then parses the arguments with a command whose help is in
//! that language (`help.rs`), and prints every message in it.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::diag::{self, Diagnostics, ExitStatus, Severity};
use crate::lang::{self, Lang, Text, t};
use crate::source::Sources;

mod batch;
mod build;
mod check;
mod cores;
mod diff;
mod early;
mod embed;
mod examples;
mod extract;
mod heap;
mod help;
mod layout;
mod new;
mod opened;
mod preview;
mod schema;
mod template;
mod text;
mod up_to_date;
mod warm;
mod watch;

pub use diff::{ColorChoice, DiffArgs, DiffFormat};
pub use extract::ExtractArgs;
pub use new::NewArgs;
pub use schema::SchemaArgs;
pub use template::{TemplateAction, TemplateArgs};
pub use text::TextArgs;

/// Compiles YAML work programs (chương trình, kế hoạch) into official PDFs.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about)]
pub struct Cli {
    /// The language of the messages (see [`Lang::choose`]).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The `plan` command: chooses the language, parses the arguments and runs.
pub fn main() -> ExitCode {
    heap::grow_in_large_steps();
    let args: Vec<OsString> = std::env::args_os().collect();
    warm::WarmRenderer::start_early(&args);
    let lang = Lang::choose(lang_flag(&args), |name| std::env::var(name).ok());
    lang::set(lang);
    let mut cmd = help::localize(Cli::command(), lang);
    let matches = match cmd.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(err) => return ExitCode::from(usage_error(&err, lang)),
    };
    if let Some(("help", sub)) = matches.subcommand() {
        let mut target = &mut cmd;
        for name in sub.get_many::<String>("command").into_iter().flatten() {
            match target.find_subcommand_mut(name) {
                Some(found) => target = found,
                None => {
                    print_error(&t(
                        format!("không có lệnh `{name}`"),
                        format!("unrecognized subcommand `{name}`"),
                    ));
                    return ExitCode::from(ExitStatus::Usage.code());
                }
            }
        }
        let _ = write!(std::io::stdout(), "{}", target.render_help());
        return ExitCode::SUCCESS;
    }
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => ExitCode::from(run(cli).code()),
        Err(err) => ExitCode::from(usage_error(&err, lang)),
    }
}

/// The language `--lang X` or `--lang=X` names among `args`, before `--`.
fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_str().unwrap_or(""));
    while let Some(arg) = args.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return args.next().and_then(Lang::parse);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Lang::parse(value);
        }
    }
    None
}

/// Prints a command-line error in `lang` and returns the exit code: 0 for
/// `--help` and `--version`, 2 for a usage error. clap words its errors in
/// English; in Vietnamese they are worded here from the error's parts.
fn usage_error(err: &clap::Error, lang: Lang) -> u8 {
    use clap::error::ErrorKind;
    let code = if err.use_stderr() { ExitStatus::Usage.code() } else { 0 };
    if lang == Lang::En
        || matches!(
            err.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        let _ = err.print();
        return code;
    }
    batch::to_stderr(&vietnamese_usage_error(err));
    code
}

/// A clap error worded in Vietnamese:
///
/// ```text
/// lỗi: không có tùy chọn `--ouput`
///   gợi ý: có phải `--output`?
///
/// Cách dùng: plan build [TÙY-CHỌN] <TỆP>...
///
/// Gõ thêm `--help` để xem hướng dẫn.
/// ```
fn vietnamese_usage_error(err: &clap::Error) -> String {
    use std::error::Error as _;

    use clap::error::{ContextKind as K, ErrorKind as E};
    let get = |kind| err.get(kind).map(ToString::to_string).unwrap_or_default();
    let (arg, value) = (get(K::InvalidArg), get(K::InvalidValue));
    let why = || match err.source() {
        Some(e) if e.is::<std::num::ParseIntError>() => {
            ": không phải số nguyên, hoặc lớn quá".to_owned()
        }
        Some(e) if e.is::<std::num::ParseFloatError>() => ": không phải số".to_owned(),
        // The value parsers of this crate word their errors in both
        // languages already; clap's and the standard library's own are
        // English, and are not shown in a Vietnamese line.
        Some(e) if e.to_string().is_ascii() => String::new(),
        Some(e) => format!(": {e}"),
        None => String::new(),
    };
    let headline = match err.kind() {
        E::UnknownArgument if !arg.starts_with('-') || arg.parse::<f64>().is_ok() => {
            format!("thừa tham số `{arg}`")
        }
        E::UnknownArgument => format!("không có tùy chọn `{arg}`"),
        E::InvalidSubcommand => format!("không có lệnh `{}`", get(K::InvalidSubcommand)),
        E::InvalidValue if value.is_empty() => format!("`{arg}` cần một giá trị"),
        E::InvalidValue => format!("giá trị `{value}` không dùng được cho `{arg}`"),
        E::ValueValidation => {
            format!("giá trị `{value}` không dùng được cho `{arg}`{}", why())
        }
        E::MissingRequiredArgument => format!("thiếu tham số bắt buộc: {arg}"),
        E::MissingSubcommand => {
            let commands = get(K::ValidSubcommand);
            if commands.is_empty() {
                "thiếu lệnh".to_owned()
            } else {
                format!("thiếu lệnh; các lệnh: {commands}")
            }
        }
        E::ArgumentConflict => {
            format!("`{arg}` không dùng cùng với `{}`", get(K::PriorArg))
        }
        E::NoEquals => format!("`{arg}` cần dấu `=` trước giá trị"),
        E::TooManyValues => format!("thừa giá trị `{value}` cho `{arg}`"),
        E::TooFewValues | E::WrongNumberOfValues => {
            format!("số giá trị của `{arg}` không đúng")
        }
        E::InvalidUtf8 => "tham số dòng lệnh không phải chữ UTF-8".to_owned(),
        _ => "dòng lệnh không đúng".to_owned(),
    };
    let mut out = format!("lỗi: {headline}\n");
    for kind in [K::SuggestedArg, K::SuggestedSubcommand, K::SuggestedValue] {
        // Several suggestions are one list (`check`, `schema`), not one
        // name with a comma in it; clap gives them from the least like to
        // the most like what was typed, and the best comes first here.
        let suggested = match err.get(kind) {
            Some(clap::error::ContextValue::Strings(names)) => names
                .iter()
                .rev()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(" hoặc "),
            Some(value) => format!("`{value}`"),
            None => continue,
        };
        out.push_str(&format!("  gợi ý: có phải {suggested}?\n"));
    }
    // `plan new 2024-05.yaml`: the plan to start from goes after `--from`.
    if err.kind() == E::UnknownArgument
        && !arg.starts_with('-')
        && get(K::Usage).contains("--from <")
    {
        out.push_str(&format!(
            "  gợi ý: kế hoạch gốc viết sau `--from`: `plan new --from {arg}`\n"
        ));
    }
    let tip = get(K::Suggested);
    if tip.contains("-- ") {
        out.push_str(
            "  gợi ý: để đưa một giá trị bắt đầu bằng `-`, viết `--` trước nó\n",
        );
    }
    let valid = get(K::ValidValue);
    if !valid.is_empty() {
        out.push_str(&format!("  gợi ý: các giá trị dùng được: {valid}\n"));
    }
    let usage = get(K::Usage);
    if let Some(usage) = usage.strip_prefix("Usage: ") {
        let usage = usage.replace("[OPTIONS]", "[TÙY-CHỌN]").replace("COMMAND", "LỆNH");
        out.push_str(&format!("\nCách dùng: {usage}\n"));
    }
    out.push_str("\nGõ thêm `--help` để xem hướng dẫn.\n");
    out
}

/// Prints `lỗi: MESSAGE` (`error: MESSAGE` in English) on standard error.
pub(super) fn print_error(message: &Text) {
    let message = message.to_string();
    batch::to_stderr(&format!("{}: {}\n", t("lỗi", "error"), diag::visible(&message)));
}

/// Reports a problem that has a code but no place in a plan (a template
/// folder without `main.typ`, an export over an earlier one) as the plan's
/// problems are reported: the code, the message, the help line.
pub(super) fn report_global(code: &'static str, message: Text, help: Option<Text>) {
    let mut diagnostic = diag::Diagnostic::global(code, message);
    diagnostic.help = help;
    let mut diagnostics = Diagnostics::new();
    diagnostics.push(diagnostic);
    report(&diagnostics, &Sources::new());
}

/// Prints what was done (`đã ghi plans/may-2024.pdf`) on standard error.
pub(super) fn print_done(message: &Text) {
    batch::to_stderr(&format!("{}\n", diag::visible(&message.to_string())));
}

/// Reports a renderer that could not be made (a font folder or template
/// folder that cannot be read, a copy without `main.typ`): exit 3.
pub(super) fn renderer_failed(err: &crate::render::RenderError) -> ExitStatus {
    // Worded in the process's language: printed once, now.
    let message = err.to_string();
    report_global(err.code(), t(message.clone(), message), err.help());
    ExitStatus::Io
}

/// The line that follows an internal error.
pub(super) fn bug_note() -> Text {
    t(
        "đây là lỗi của chương trình plan: xin gửi báo lỗi kèm tệp kế hoạch",
        "this is a bug in plan: please report it with the plan file",
    )
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
    /// Write the source attached to a PDF (`--embed-source`) back as files.
    Extract(ExtractArgs),
    /// Work with the templates: `plan template export DIR` writes a copy to edit.
    Template(TemplateArgs),
    /// Build each plan's PDF, then rebuild it on every save of the plan or of
    /// a file it includes, until Ctrl-C.
    Watch(WatchArgs),
    /// Show the pages on a local web page (127.0.0.1) that follows every
    /// save, with the problems over the last good pages.
    Preview(PreviewArgs),
}

/// `plan preview FILE [--port N] [--open]`.
#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The plan file (YAML).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The port on 127.0.0.1 (the next free one when it is taken).
    #[arg(long, value_name = "N", default_value_t = 8040, value_parser = parse_port)]
    pub port: u16,
    /// Open the page in the desktop's browser.
    #[arg(long)]
    pub open: bool,
    /// A folder of extra fonts (as for `plan build`).
    #[arg(long, value_name = "DIR", env = "PLAN_FONT_PATH")]
    pub font_path: Vec<PathBuf>,
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
    /// How many plans to work on at once (default: the machine's cores).
    #[arg(short = 'j', long, value_name = "N")]
    pub jobs: Option<usize>,
    /// How problems are printed: `human` (the report with the plan's lines),
    /// `short` (one line each), `json` (one object per line), `github`
    /// (GitHub Actions annotations).
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = DiagnosticFormat::Human)]
    pub diagnostic_format: DiagnosticFormat,
}

/// `--diagnostic-format`'s values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiagnosticFormat {
    /// The report with the plan's lines, for people.
    Human,
    /// `file:line:col: lỗi[plan::code]: message`, one line each.
    Short,
    /// One JSON object per line.
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
}

/// The format [`report`] prints in, set once by `build` and `check`.
static FORMAT: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Chooses how [`report`] prints problems from now on.
pub(super) fn set_diagnostic_format(format: DiagnosticFormat) {
    FORMAT.store(format as u8, std::sync::atomic::Ordering::Relaxed);
}

/// Whether warnings fail the run (`--deny-warnings`), set with the format:
/// GitHub then annotates them as errors, as the run treats them.
static WARNINGS_DENIED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Records `--deny-warnings` for [`report`].
pub(super) fn set_warnings_denied(denied: bool) {
    WARNINGS_DENIED.store(denied, std::sync::atomic::Ordering::Relaxed);
}

fn diagnostic_format() -> DiagnosticFormat {
    match FORMAT.load(std::sync::atomic::Ordering::Relaxed) {
        1 => DiagnosticFormat::Short,
        2 => DiagnosticFormat::Json,
        3 => DiagnosticFormat::Github,
        _ => DiagnosticFormat::Human,
    }
}

/// `plan check FILE...`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plan files (YAML), or folders: every plan under them.
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
    /// Attach the plan file and every file it includes to the PDF, as its
    /// source (automatic with `--pdf-standard a-3b`).
    #[arg(long)]
    pub embed_source: bool,
    /// Pixels per inch of `-f png` pages, 10 to 400 (default 144).
    #[arg(long, value_name = "N", default_value_t = crate::images::DEFAULT_PPI, value_parser = parse_ppi)]
    pub ppi: f32,
    /// PDF creation time as Unix seconds (default: the plan's date). A
    /// negative number (seconds before 1970) is a value, not a flag, as in
    /// SOURCE_DATE_EPOCH: `--creation-timestamp -1` is 1969-12-31 23:59:59.
    #[arg(
        long,
        value_name = "SECONDS",
        env = "SOURCE_DATE_EPOCH",
        value_parser = parse_timestamp,
        allow_negative_numbers = true
    )]
    pub creation_timestamp: Option<Timestamp>,
    /// Add an empty signature field over the signing space between the
    /// signer's title and name, for the e-office system's signing software.
    #[arg(long)]
    pub signature_field: bool,
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
        Command::Extract(args) => extract::run(&args),
        Command::Template(args) => template::run(&args),
        Command::Watch(args) => watch::run(&args),
        Command::Preview(args) => preview::run(&args),
    }
}

/// Writes `bytes` to `out` and says so (`đã ghi OUT`), or to standard
/// output when `out` is `-`; exit 3 when it cannot. See
/// [`crate::export::write_atomic`] for how a link, a device or a FIFO is
/// written.
pub(super) fn write_file(out: &Path, bytes: &[u8]) -> ExitStatus {
    if is_stdout(out) {
        return write_stdout(bytes, &t("kết quả", "the output"));
    }
    let shown = out.display();
    match crate::export::write_atomic(out, bytes) {
        Ok(()) => {
            print_done(&t(format!("đã ghi {shown}"), format!("wrote {shown}")));
            ExitStatus::Success
        }
        Err(err) => {
            let mut why = cannot_write(out, &err);
            // `-o od` naming a folder: the file's name goes after it.
            if out.is_dir() {
                let name = out.join("TÊN-TỆP");
                why.vi.push_str(&format!(
                    "; để ghi vào thư mục đó, thêm tên tệp: `-o {}`",
                    name.display()
                ));
                let name = out.join("FILE-NAME");
                why.en.push_str(&format!(
                    "; to write into that folder, add the file's name: `-o {}`",
                    name.display()
                ));
            }
            print_error(&why);
            ExitStatus::Io
        }
    }
}

/// "không ghi được OUT: lý do" / "cannot write OUT: reason".
pub(super) fn cannot_write(out: &Path, err: &std::io::Error) -> Text {
    let (shown, why) = (out.display(), crate::source::io_reason(err));
    t(
        format!("không ghi được {shown}: {}", why.vi),
        format!("cannot write {shown}: {}", why.en),
    )
}

/// Whether `a` and `b` name the same existing file, links followed: an
/// output that is one of the command's inputs (`build`, `new`).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Whether an output path is `-`: standard output.
pub(super) fn is_stdout(out: &Path) -> bool {
    out.as_os_str() == "-"
}

/// Writes `bytes` to standard output; `what` names them in the message when
/// that fails (exit 3). A reader that stopped early (`| head`) is not an
/// error: it took what it wanted.
pub(super) fn write_stdout(bytes: &[u8], what: &Text) -> ExitStatus {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitStatus::Success,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(err) => {
            let why = crate::source::io_reason(&err);
            print_error(&t(
                format!("không ghi được {}: {}", what.vi, why.vi),
                format!("cannot write {}: {}", what.en, why.en),
            ));
            ExitStatus::Io
        }
    }
}

/// Reads a plan file; why not, worded, when it cannot
/// ("không đọc được x.yaml: đây là thư mục, không phải tệp").
pub(super) fn read(file: &Path) -> Result<Vec<u8>, Text> {
    // Bounded: a file past the limit is reported as too large by `load`.
    crate::source::read_bounded(file).map_err(|err| {
        crate::source::cannot_read(&file.display().to_string(), file, &err)
    })
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
    let lang = lang::current();
    let text = match diagnostic_format() {
        DiagnosticFormat::Short => {
            crate::machine_report::short(diagnostics, sources, lang)
        }
        DiagnosticFormat::Json => crate::machine_report::json(diagnostics, sources, lang),
        DiagnosticFormat::Github => {
            let denied = WARNINGS_DENIED.load(std::sync::atomic::Ordering::Relaxed);
            crate::machine_report::github(diagnostics, sources, lang, denied)
        }
        DiagnosticFormat::Human => {
            let terminal = std::io::stderr().is_terminal();
            let width = 100;
            if terminal {
                let color = std::env::var_os("NO_COLOR").is_none();
                diag::render(diagnostics, sources, width, color, lang)
            } else {
                // Not a terminal: the severity in words, not only "×"/"⚠".
                diag::render_with_severity_words(diagnostics, sources, width, lang)
            }
        }
    };
    batch::to_stderr(&text);
}

/// `--port`'s value: 1 to 65535.
fn parse_port(value: &str) -> Result<u16, String> {
    match value.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => {
            Err(t("cổng là một số từ 1 đến 65535", "a port is a number from 1 to 65535")
                .to_string())
        }
    }
}

/// `--ppi`'s value: [`crate::images::MIN_PPI`] to [`crate::images::MAX_PPI`]
/// pixels per inch. Above, the message says why and what to use instead:
///
/// ```text
/// lỗi: giá trị `1200` không dùng được cho `--ppi <N>`: tối đa 400 điểm ảnh
/// mỗi inch (ảnh một trang A4 ở mức đó đã có 3307 × 4677 điểm ảnh); cần ảnh
/// nét hơn thì dùng tệp PDF (mặc định của `plan build`) hoặc `-f svg`, phóng
/// to bao nhiêu vẫn nét
/// ```
/// `--creation-timestamp`'s value (or SOURCE_DATE_EPOCH's): Unix seconds,
/// or none for an empty value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp(pub Option<i64>);

/// Unix seconds; an empty value is none. A CI script's
/// `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)` run outside a repository
/// sets it empty, and every build failed, naming `--creation-timestamp`.
fn parse_timestamp(value: &str) -> Result<Timestamp, String> {
    if value.trim().is_empty() {
        return Ok(Timestamp(None));
    }
    value.trim().parse::<i64>().map(|seconds| Timestamp(Some(seconds))).map_err(|_| {
        t(
            "cần số giây Unix, một số nguyên như 1714608000 (SOURCE_DATE_EPOCH cũng vậy)",
            "Unix seconds are a whole number such as 1714608000 (SOURCE_DATE_EPOCH too)",
        )
        .to_string()
    })
}

fn parse_ppi(value: &str) -> Result<f32, String> {
    use crate::images::{MAX_PPI, MIN_PPI, a4_pixels};
    match value.parse::<f32>() {
        Ok(ppi) if (MIN_PPI..=MAX_PPI).contains(&ppi) => Ok(ppi),
        Ok(ppi) if ppi > MAX_PPI => {
            let (width, height) = a4_pixels(MAX_PPI);
            Err(t(
                format!(
                    "tối đa {MAX_PPI} điểm ảnh mỗi inch (ảnh một trang A4 ở mức đó đã có \
                     {width} × {height} điểm ảnh); cần ảnh nét hơn thì dùng tệp PDF (mặc \
                     định của `plan build`) hoặc `-f svg`, phóng to bao nhiêu vẫn nét"
                ),
                format!(
                    "at most {MAX_PPI} pixels per inch (one A4 page is already {width} × \
                     {height} pixels there); for a sharper picture use the PDF (what \
                     `plan build` writes by default) or `-f svg`, sharp at any zoom"
                ),
            )
            .to_string())
        }
        _ => Err(t(
            format!("cần một số từ {MIN_PPI} đến {MAX_PPI}"),
            format!("a number from {MIN_PPI} to {MAX_PPI} is needed"),
        )
        .to_string()),
    }
}

/// `--pdf-standard`'s values.
fn parse_standard(name: &str) -> Result<crate::export::Standard, String> {
    crate::export::Standard::from_name(name).ok_or_else(|| {
        let names = crate::export::Standard::NAMES.join(", ");
        t(
            format!("không có chuẩn PDF `{name}`; dùng {names}"),
            format!("no such PDF standard: `{name}`; use {names}"),
        )
        .to_string()
    })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        super::Cli::command().debug_assert();
        for lang in super::Lang::ALL {
            super::help::localize(super::Cli::command(), lang).debug_assert();
        }
    }

    #[test]
    fn lang_flag_is_found_before_the_command_parses() {
        use super::{Lang, lang_flag};
        let args = |a: &[&str]| a.iter().map(Into::into).collect::<Vec<_>>();
        assert_eq!(
            lang_flag(&args(&["plan", "build", "--lang", "en", "x"])),
            Some(Lang::En)
        );
        assert_eq!(lang_flag(&args(&["plan", "--lang=vi", "check"])), Some(Lang::Vi));
        assert_eq!(lang_flag(&args(&["plan", "check", "--", "--lang", "en"])), None);
        assert_eq!(lang_flag(&args(&["plan", "check"])), None);
    }
}
