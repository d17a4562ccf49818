//! `--help` in the chosen language: every command's description and every
//! option's help, in Vietnamese and English, in one catalogue keyed by the
//! command's path and the option's id; and the clap command rewritten with
//! them at run time.
//!
//! clap prints a few English words of its own in help: the headings
//! ("Usage:", "Options:", "Arguments:", "Commands:"), `[OPTIONS]` in the
//! usage line, the text of `-h` and `-V`, and the `[default: …]`,
//! `[possible values: …]` and `[env: …]` notes. [`localize`] replaces each:
//! a help template with its own usage heading, a heading on every argument,
//! the `help` flag, `version` flag and `help` command made here, the notes
//! hidden (each option's text says its values and default itself), value
//! names translated, and the usage line rendered once and rewritten.
//! A test walks every command and argument and fails on one missing here.

use clap::{Arg, ArgAction, Command};

use crate::lang::{Lang, Text, t};

/// The description of the command at `path` ("plan", "plan build", "plan
/// template export").
pub(super) fn about(path: &str) -> Option<Text> {
    let (vi, en) = match path {
        "plan" => (
            "Dựng văn bản chương trình, kế hoạch công tác từ tệp YAML thành tệp PDF đúng thể thức.",
            "Compiles YAML work programs (chương trình, kế hoạch) into official PDFs.",
        ),
        "plan build" => (
            "Dựng tệp PDF (hoặc, với `-f docx`, tệp Word) của từng kế hoạch, đặt cạnh tệp \
             kế hoạch (hoặc ở `-o`).",
            "Build the PDF (or, with `-f docx`, the Word file) of each plan, next to it \
             (or at `-o`).",
        ),
        "plan check" => (
            "Kiểm tra từng kế hoạch; không ghi tệp nào.",
            "Run every check on each plan; write nothing.",
        ),
        "plan new" => (
            "Soạn kế hoạch kỳ sau từ kế hoạch này.",
            "Start the next period's plan from this one.",
        ),
        "plan schema" => (
            "In lược đồ JSON (JSON Schema) của tệp kế hoạch, cho trình soạn thảo.",
            "Print the JSON Schema of plan files, for editors.",
        ),
        "plan diff" => (
            "Cho biết hai kế hoạch khác nhau ở đâu (mã thoát 0 giống nhau, 1 khác nhau, 2 có trục trặc).",
            "Show what changed between two plans (exit 0 equal, 1 different, 2 trouble).",
        ),
        "plan watch" => (
            "Dựng tệp PDF của từng kế hoạch, rồi dựng lại mỗi khi lưu kế hoạch hoặc tệp \
             dùng chung của nó; nhấn Ctrl-C để dừng.",
            "Build each plan's PDF, then rebuild it on every save of the plan or of a file \
             it includes; Ctrl-C stops.",
        ),
        "plan preview" => (
            "Xem các trang trên một trang web ở máy này (127.0.0.1), tự cập nhật mỗi khi \
             lưu; khi kế hoạch có lỗi, lỗi hiện trên các trang đúng gần nhất.",
            "Show the pages on a local web page (127.0.0.1) that follows every save, with \
             the problems over the last good pages.",
        ),
        "plan text" => (
            "In văn bản dạng chữ thường, mỗi đoạn một dòng (dùng cho git textconv).",
            "Print the document as plain text, one paragraph a line (a git textconv).",
        ),
        "plan extract" => (
            "Ghi lại thành tệp nguồn (tệp kế hoạch và các tệp dùng chung nó đưa vào) đính kèm trong \
             một tệp PDF dựng bằng `--embed-source` hoặc `--pdf-standard a-3b`.",
            "Write the source attached to a PDF built with `--embed-source` or \
             `--pdf-standard a-3b` (the plan and the files it includes) back as files.",
        ),
        "plan template" => (
            "Làm việc với mẫu trình bày: `plan template export THƯ-MỤC` ghi ra một bản sao để sửa.",
            "Work with the templates: `plan template export DIR` writes a copy to edit.",
        ),
        "plan template export" => (
            "Ghi mẫu trình bày dựng sẵn, phông chữ, `font.json` và mô tả dữ liệu \
             (`view.md`) vào THƯ-MỤC.",
            "Write the built-in templates, their fonts, `font.json` and the data contract \
             (`view.md`) into DIR.",
        ),
        "plan help" => (
            "In hướng dẫn của `plan` hoặc của một lệnh.",
            "Print the help of `plan` or of a command.",
        ),
        _ => return None,
    };
    Some(t(vi, en))
}

/// The help of the argument `id` of the command at `path`.
pub(super) fn arg(path: &str, id: &str) -> Option<Text> {
    let (vi, en) = match (path, id) {
        (_, "help") => ("In hướng dẫn này.", "Print help."),
        (_, "version") => ("In số phiên bản.", "Print the version."),
        (_, "lang") => (
            "Ngôn ngữ của thông báo: `vi` (mặc định) hoặc `en`; cũng đặt được bằng \
             PLAN_LANG hoặc thiết lập ngôn ngữ của hệ thống (LC_ALL, LC_MESSAGES, LANG).",
            "Language of the messages: `vi` (default) or `en`; also set by PLAN_LANG \
             or the locale (LC_ALL, LC_MESSAGES, LANG).",
        ),
        ("plan build" | "plan check", "files") => (
            "Các tệp kế hoạch (YAML), hoặc thư mục: mọi kế hoạch trong đó (tệp có khóa \
             `kind`), kể cả thư mục con.",
            "Plan files (YAML), or folders: every plan under them (a file with the key \
             `kind`), subfolders included.",
        ),
        ("plan build" | "plan check", "diagnostic_format") => (
            "Cách in các vấn đề: `human` (báo cáo kèm các dòng của kế hoạch, mặc định), \
             `short` (mỗi vấn đề một dòng), `json` (mỗi dòng một đối tượng JSON), `github` \
             (chú thích của GitHub Actions).",
            "How problems are printed: `human` (the report with the plan's lines, the \
             default), `short` (one line each), `json` (one JSON object per line), `github` \
             (GitHub Actions annotations).",
        ),
        ("plan build", "jobs") => (
            "Số kế hoạch làm cùng lúc (mặc định: số nhân của máy); khi dựng một kế hoạch, \
             một nhân khác dàn trang trước nửa sau cho nhanh hơn (`-j 1`: không dùng).",
            "How many plans to work on at once (default: the machine's cores); a plan \
             built alone has its second half laid out ahead on another core, to finish \
             sooner (not with `-j 1`).",
        ),
        ("plan check", "jobs") => (
            "Số kế hoạch làm cùng lúc (mặc định: số nhân của máy).",
            "How many plans to work on at once (default: the machine's cores).",
        ),
        ("plan build" | "plan check", "deny_warnings") => (
            "Coi cảnh báo là lỗi (mã thoát 1, không ghi gì).",
            "Treat warnings as errors (exit 1, write nothing).",
        ),
        ("plan build", "output") => (
            "Nơi ghi tệp (chỉ khi có một tệp kế hoạch); `-` là đầu ra chuẩn; mặc định: \
             đường dẫn của kế hoạch với đuôi `.pdf` (hoặc `.docx`).",
            "Where to write the file (only with one plan file); `-` for standard output; \
             default: the plan's path with `.pdf` (or `.docx`).",
        ),
        ("plan build", "format") => (
            "Ghi gì: `pdf` (mặc định); `docx`, cùng văn bản ở dạng tệp Word; `ics`, lịch \
             các cuộc họp (TÊN.ics); `png` hoặc `svg`, ảnh từng trang (TÊN-1.png, \
             TÊN-2.png …).",
            "What to write: `pdf` (default); `docx`, the same document as a Word file; \
             `ics`, the meetings as a calendar (NAME.ics); `png` or `svg`, each page as an \
             image (NAME-1.png, NAME-2.png …).",
        ),
        ("plan build", "draft") => {
            ("In dấu \"DỰ THẢO\".", "Print the \"DỰ THẢO\" (draft) mark.")
        }
        ("plan build", "font_path") => (
            "Thư mục phông chữ thêm (cũng đặt được bằng PLAN_FONT_PATH); phông tên \
             \"Times New Roman\" có trong đó được dùng thay Liberation Serif dựng sẵn.",
            "A folder of extra fonts (also PLAN_FONT_PATH); a family named \"Times New \
             Roman\" found there is used instead of the embedded Liberation Serif.",
        ),
        ("plan build", "emit") => (
            "Ghi gì: `pdf` (mặc định), hoặc `view`, dữ liệu JSON mà mẫu trình bày đọc \
             (tên mặc định TỆP.view.json).",
            "What to write: `pdf` (default), or `view`, the JSON the templates read \
             (default name FILE.view.json).",
        ),
        ("plan build", "template") => (
            "Dựng bằng mẫu trình bày trong THƯ-MỤC (bản sao do `plan template export \
             THƯ-MỤC` ghi ra, đã sửa) thay cho mẫu dựng sẵn.",
            "Build with the templates in DIR (a copy made by `plan template export DIR`, \
             edited) instead of the built-in ones.",
        ),
        ("plan build", "check") => (
            "Không ghi gì: dựng trong bộ nhớ rồi so với các tệp trên đĩa; mã thoát 1 và \
             kể tên từng tệp chưa có hoặc đã cũ.",
            "Write nothing: build in memory and compare with the files on disk; exit 1 \
             naming every file that is missing or stale.",
        ),
        ("plan build", "pdf_standard") => (
            "Các chuẩn PDF mà tệp PDF phải đạt, kiểm tra khi xuất: `a-2b` hoặc `a-3b` \
             (PDF/A, lưu trữ), `ua-1` (dễ tiếp cận), ví dụ `a-2b,ua-1`.",
            "PDF standards the PDF conforms to, validated at export: `a-2b` or `a-3b` \
             (archival PDF/A), `ua-1` (accessible), e.g. `a-2b,ua-1`.",
        ),
        ("plan build", "embed_source") => (
            "Đính kèm tệp kế hoạch và mọi tệp dùng chung nó đưa vào (`include:`) vào tệp PDF làm nguồn (tự làm \
             với `--pdf-standard a-3b`; không dùng được với `a-2b`); `plan extract` lấy \
             lại chúng.",
            "Attach the plan file and every file it includes to the PDF as its source \
             (automatic with `--pdf-standard a-3b`; not possible with `a-2b`); `plan \
             extract` gets them back.",
        ),
        ("plan extract", "file") => (
            "Tệp PDF (hoặc PHIÊN-BẢN:ĐƯỜNG-DẪN đọc qua git) có đính kèm nguồn.",
            "The PDF (or REV:PATH read through git) carrying its source.",
        ),
        ("plan extract", "output") => (
            "Thư mục ghi ra, tạo mới nếu chưa có (mặc định: tên tệp PDF bỏ `.pdf`, cạnh \
             tệp PDF).",
            "The folder to write into, created if missing (default: the PDF's name without \
             `.pdf`, beside it).",
        ),
        ("plan extract", "force") => (
            "Ghi đè các tệp đã có mà khác bản trong PDF (mặc định: không ghi gì và báo các \
             tệp đó).",
            "Overwrite files that exist with other contents (default: write nothing and \
             name them).",
        ),
        ("plan build", "ppi") => (
            "Số điểm ảnh mỗi inch của ảnh trang `-f png`, từ 10 đến 400 (mặc định 144); cần \
             nét hơn thì dùng tệp PDF hoặc `-f svg`.",
            "Pixels per inch of `-f png` pages, 10 to 400 (default 144); for sharper \
             pictures use the PDF or `-f svg`.",
        ),
        ("plan watch", "files") => (
            "Các tệp kế hoạch (YAML); tệp PDF của mỗi kế hoạch được ghi cạnh nó.",
            "Plan files (YAML); each PDF is written next to its plan.",
        ),
        ("plan watch", "draft") => {
            ("In dấu \"DỰ THẢO\".", "Print the \"DỰ THẢO\" (draft) mark.")
        }
        ("plan preview", "file") => ("Tệp kế hoạch (YAML).", "The plan file (YAML)."),
        ("plan preview", "port") => (
            "Cổng trên 127.0.0.1, từ 1 đến 65535 (mặc định 8040; nếu bận, dùng cổng trống \
             kế tiếp).",
            "The port on 127.0.0.1, 1 to 65535 (default 8040; the next free one when it is \
             taken).",
        ),
        ("plan preview", "open") => (
            "Mở trang trong trình duyệt của máy.",
            "Open the page in the desktop's browser.",
        ),
        ("plan watch" | "plan preview", "font_path") => (
            "Thư mục phông chữ thêm (như với `plan build`).",
            "A folder of extra fonts (as for `plan build`).",
        ),
        ("plan build", "creation_timestamp") => (
            "Thời điểm tạo PDF, tính bằng giây Unix (cũng đặt được bằng \
             SOURCE_DATE_EPOCH; mặc định: ngày của kế hoạch).",
            "PDF creation time as Unix seconds (also SOURCE_DATE_EPOCH; default: the \
             plan's date).",
        ),
        ("plan build", "signature_field") => (
            "Thêm một ô chữ ký số trống đúng vào chỗ ký giữa chức vụ và họ tên người ký, \
             để phần mềm ký số của hệ thống quản lý văn bản điều hành đóng chữ ký và con \
             dấu vào đó (chỉ với PDF).",
            "Add an empty signature field over the signing space between the signer's \
             title and name, for the e-office system's signing software to fill (PDF \
             only).",
        ),
        ("plan new", "from") => (
            "Kế hoạch dùng làm gốc (phải qua được `plan check`).",
            "The plan to start from (it must pass `plan check`).",
        ),
        ("plan new", "period") => (
            "Kỳ mới, cùng loại với kỳ của kế hoạch: 2024-06, 2024-Q3, 2025, 2024-H2, \
             2024-W23, 2021-2022, 2025-01..2025-09, 2031..2036 (mặc định: kỳ liền sau).",
            "The new period, of the plan's kind: 2024-06, 2024-Q3, 2025, 2024-H2, \
             2024-W23, 2021-2022, 2025-01..2025-09, 2031..2036 (default: the period after \
             the plan's).",
        ),
        ("plan new", "output") => (
            "Nơi ghi kế hoạch mới, `-` là đầu ra chuẩn (mặc định: tên tệp gốc với kỳ được \
             thay: 2024-05.yaml -> 2024-06.yaml).",
            "Where to write the new plan, `-` for standard output (default: the source's \
             name with its period replaced: 2024-05.yaml -> 2024-06.yaml).",
        ),
        ("plan new", "move_meetings") => (
            "Dời các cuộc họp có ngày sang cùng ngày của kỳ mới (mặc định: bỏ đi).",
            "Move meetings that have a date to the same day of the new period (default: \
             leave them out).",
        ),
        ("plan new", "force") => {
            ("Ghi đè TỆP-RA nếu đã có.", "Overwrite OUT if it exists.")
        }
        ("plan schema", "included") => (
            "Lược đồ của tệp dùng chung mà kế hoạch ghi trong `include:` (chỉ các khóa \
             tệp đó được ghi, không khóa nào bắt buộc).",
            "The schema of a shared file that plans name in `include:` (only the keys \
             such a file may set, none required).",
        ),
        ("plan schema", "output") => (
            "Ghi lược đồ vào TỆP thay vì in ra; `-` là đầu ra chuẩn.",
            "Write the schema to FILE instead of printing it; `-` is standard output.",
        ),
        ("plan diff", "old") => (
            "Kế hoạch cũ: một tệp, hoặc PHIÊN-BẢN:ĐƯỜNG-DẪN đọc qua git \
             (`HEAD~1:plans/may-2024.yaml`).",
            "The earlier plan: a file, or REV:PATH read through git \
             (`HEAD~1:plans/may-2024.yaml`).",
        ),
        ("plan diff", "new") => (
            "Kế hoạch mới: một tệp, hoặc PHIÊN-BẢN:ĐƯỜNG-DẪN.",
            "The later plan: a file, or REV:PATH.",
        ),
        ("plan diff", "format") => (
            "Cách ghi thay đổi: `human` (mặc định, cho màn hình hoặc ống dẫn) hoặc \
             `markdown` (cho góp ý khi duyệt).",
            "How to write the changes: `human` (default; a terminal or a pipe) or \
             `markdown` (a review comment).",
        ),
        ("plan diff", "color") => (
            "Tô màu: `auto` (mặc định: khi in ra màn hình và không đặt NO_COLOR), \
             `always` (luôn) hoặc `never` (không bao giờ).",
            "Colour the human format: `auto` (default: when standard output is a terminal \
             and NO_COLOR is not set), `always` or `never`.",
        ),
        ("plan text", "file") => (
            "Kế hoạch: một tệp, hoặc PHIÊN-BẢN:ĐƯỜNG-DẪN đọc qua git; tệp PDF có đính \
             kèm nguồn thay được cho tệp YAML.",
            "The plan: a file, or REV:PATH read through git; a PDF carrying its source \
             stands for the YAML.",
        ),
        ("plan text", "include_dirs") => (
            "Nơi tìm thêm tệp dùng chung không nằm cạnh kế hoạch (git textconv đưa bản \
             cũ ra một tệp tạm, xa các tệp dùng chung); tìm lần lượt.",
            "Where else to look for an included file that is not next to the plan (git's \
             textconv hands over a temporary copy of old versions, away from their \
             includes); tried in order.",
        ),
        ("plan text", "quiet") => (
            "Không in cảnh báo (lỗi vẫn in): giữ `git diff` gọn.",
            "Print no warnings (errors are still printed): keeps `git diff` quiet.",
        ),
        ("plan template export", "dir") => (
            "Thư mục ghi ra (tạo mới nếu chưa có).",
            "The folder to write (created if missing).",
        ),
        ("plan template export", "force") => (
            "Ghi đè các tệp của lần ghi trước.",
            "Overwrite the files of an earlier export.",
        ),
        ("plan help", "command") => {
            ("Lệnh cần xem hướng dẫn.", "The command to explain.")
        }
        _ => return None,
    };
    Some(t(vi, en))
}

/// The Vietnamese name shown for a value (`<FILE>` → `<TỆP>`); English
/// keeps clap's.
fn value_name_vi(name: &str) -> Option<&'static str> {
    Some(match name {
        "FILE" => "TỆP",
        "OUT" => "TỆP-RA",
        "DIR" => "THƯ-MỤC",
        "PERIOD" => "KỲ",
        "SECONDS" => "GIÂY",
        "WHEN" => "KHI-NÀO",
        "OLD" => "CŨ",
        "NEW" => "MỚI",
        "COMMAND" => "LỆNH",
        "FORMAT" => "DẠNG",
        "EMIT" => "LOẠI",
        "LANG" => "NGÔN-NGỮ",
        "STANDARD" => "CHUẨN",
        _ => return None,
    })
}

/// The words clap would print in English: headings and the usage line.
struct Words {
    usage: &'static str,
    arguments: &'static str,
    options: &'static str,
    commands: &'static str,
    options_mark: &'static str,
    command_mark: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Vi => Words {
            usage: "Cách dùng:",
            arguments: "Tham số",
            options: "Tùy chọn",
            commands: "Lệnh",
            options_mark: "[TÙY-CHỌN]",
            command_mark: "LỆNH",
        },
        Lang::En => Words {
            usage: "Usage:",
            arguments: "Arguments",
            options: "Options",
            commands: "Commands",
            options_mark: "[OPTIONS]",
            command_mark: "COMMAND",
        },
    }
}

/// `cmd` (the `plan` command of the derive) with every text in `lang`.
pub(super) fn localize(cmd: Command, lang: Lang) -> Command {
    let help_about =
        about("plan help").map(|a| a.get(lang).to_owned()).unwrap_or_default();
    let cmd = cmd
        .disable_help_subcommand(true)
        .subcommand(
            Command::new("help").about(help_about).arg(
                Arg::new("command")
                    .action(ArgAction::Append)
                    .num_args(0..)
                    .value_name("COMMAND"),
            ),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .global(false),
        )
        .disable_version_flag(true);
    let mut cmd = walk(cmd, "plan", lang);
    rewrite_usage(&mut cmd, lang);
    cmd
}

/// Sets the texts of the command at `path` and of its subcommands.
fn walk(cmd: Command, path: &str, lang: Lang) -> Command {
    let w = words(lang);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        w.usage
    );
    let about_text = about(path).map(|a| a.get(lang).to_owned());
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(w.commands)
        .subcommand_value_name(w.command_mark)
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help));
    if let Some(text) = about_text {
        cmd = cmd.about(text).long_about(None::<&str>);
    }
    if let Some(examples) = super::examples::after_help(path, lang) {
        cmd = cmd.after_help(examples);
    }
    let owned_path = path.to_owned();
    let mut positional = 0;
    cmd = cmd.mut_args(move |arg| {
        let id = arg.get_id().as_str().to_owned();
        let heading = if arg.is_positional() { w.arguments } else { w.options };
        let takes_values = arg.get_action().takes_values();
        let mut arg = arg
            .help_heading(heading)
            .hide_possible_values(takes_values)
            .hide_default_value(takes_values)
            .hide_env(true)
            .long_help(None::<&str>);
        // Under a heading of its own clap sorts arguments by name; the
        // positional ones keep their order (`plan diff OLD NEW`).
        if arg.is_positional() {
            positional += 1;
            arg = arg.display_order(positional);
        }
        if let Some(text) = self::arg(&owned_path, &id) {
            arg = arg.help(text.get(lang).to_owned());
        }
        if lang == Lang::Vi && takes_values {
            let name = match arg.get_value_names() {
                Some([name]) => name.as_str().to_owned(),
                _ => id.to_ascii_uppercase(),
            };
            if let Some(vi) = value_name_vi(&name) {
                arg = arg.value_name(vi);
            }
        }
        arg
    });
    let path = path.to_owned();
    cmd.mut_subcommands(move |sub| {
        let sub_path = format!("{path} {}", sub.get_name());
        walk(sub, &sub_path, lang)
    })
}

/// Renders each command's usage line and rewrites clap's `[OPTIONS]` and
/// `COMMAND` in it.
fn rewrite_usage(cmd: &mut Command, lang: Lang) {
    let w = words(lang);
    cmd.build();
    fn each(cmd: &mut Command, w: &Words) {
        let usage = cmd.render_usage().to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        let usage =
            usage.replace("[OPTIONS]", w.options_mark).replace("COMMAND", w.command_mark);
        let mut taken = std::mem::take(cmd);
        taken = taken.override_usage(usage);
        *cmd = taken;
        for sub in cmd.get_subcommands_mut() {
            each(sub, w);
        }
    }
    each(cmd, &w);
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Every command and argument of the derive, with its path.
    fn walk_all(cmd: &Command, path: &str, out: &mut Vec<(String, Option<String>)>) {
        out.push((path.to_owned(), None));
        for arg in cmd.get_arguments() {
            out.push((path.to_owned(), Some(arg.get_id().as_str().to_owned())));
        }
        for sub in cmd.get_subcommands() {
            walk_all(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_and_option_has_help_in_both_languages() {
        let mut cmd = localize(super::super::Cli::command(), Lang::Vi);
        cmd.build();
        let mut all = Vec::new();
        walk_all(&cmd, "plan", &mut all);
        assert!(all.len() > 30, "{all:?}");
        let mut missing = Vec::new();
        for (path, arg) in &all {
            let text = match arg {
                None => about(path),
                Some(id) => self::arg(path, id),
            };
            match text {
                Some(text)
                    if !text.vi.is_empty()
                        && !text.en.is_empty()
                        && text.vi != text.en => {}
                _ => missing.push(format!("{path} {arg:?}")),
            }
        }
        assert!(missing.is_empty(), "no help in both languages: {missing:#?}");
    }

    fn help_of(lang: Lang, path: &[&str]) -> String {
        let mut cmd = localize(super::super::Cli::command(), lang);
        let mut cmd = &mut cmd;
        for name in path {
            cmd = cmd.find_subcommand_mut(name).expect("subcommand");
        }
        cmd.render_help().to_string()
    }

    #[test]
    fn vietnamese_help_has_no_english_words_of_clap() {
        for path in [&[][..], &["build"], &["new"], &["diff"], &["template", "export"]] {
            let help = help_of(Lang::Vi, path);
            for english in [
                "Usage",
                "Options",
                "Arguments",
                "Commands",
                "Print",
                "[OPTIONS]",
                "default:",
                "possible values",
            ] {
                assert!(!help.contains(english), "{path:?}: {english}\n{help}");
            }
            assert!(help.contains("Cách dùng: plan"), "{help}");
            let en = help_of(Lang::En, path);
            assert!(en.contains("Usage: plan"), "{en}");
            assert!(en.contains("Options:"), "{en}");
        }
    }
}
