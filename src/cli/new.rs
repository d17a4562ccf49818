//! `plan new --from FILE [--period P] [-o OUT] [--move-meetings] [--force]`:
//! the next period's plan, made by editing a copy of this one's text
//! (`crate::new_plan`), checked, then written atomically.

use std::path::{Path, PathBuf};

use clap::Args;

use super::{print_error, read, report};

/// Prints one line of the summary to standard error, its control
/// characters written as `\u{…}` ([`crate::diag::visible`]): the lines
/// quote the plan's text (a meeting's name, a line still naming the old
/// period), which must not reach the terminal raw.
///
/// Unlike `eprintln!`, it does not panic on a closed standard error (`plan
/// new … 2>&1 | head -1`): the summary is a courtesy, the new file is the
/// result, and it is still written.
macro_rules! say {
    ($($arg:tt)*) => {
        super::batch::to_stderr(&format!(
            "{}\n",
            crate::diag::visible(&format!($($arg)*))
        ))
    };
}
use crate::codes::Code;
use crate::diag::ExitStatus;
use crate::lang::{Text, t};
use crate::model::Period;
use crate::new_plan::{
    Change, MeetingPolicy, NewError, NewOptions, NewPlan, ReminderKind,
};
use crate::resolve::Options;

/// `plan new --from FILE [--period PERIOD] [-o OUT] [--move-meetings] [--force]`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The plan to start from (it must pass `plan check`).
    #[arg(long, value_name = "FILE")]
    pub from: PathBuf,
    /// The new period, of the plan's kind: 2024-06, 2024-Q3, 2025, 2024-H2,
    /// 2024-W23, 2021-2022, 2025-01..2025-09, 2031..2036 (default: the
    /// period after the plan's).
    #[arg(long, value_name = "PERIOD", value_parser = parse_period)]
    pub period: Option<Period>,
    /// Where to write the new plan, `-` for standard output (default: the
    /// source's name with its period replaced: 2024-05.yaml -> 2024-06.yaml,
    /// may-2024.yaml -> june-2024.yaml).
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Move meetings that have a date to the same day of the new period
    /// (default: leave them out).
    #[arg(long)]
    pub move_meetings: bool,
    /// Overwrite OUT if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Reads `--period`; the command line's language is set before it runs.
fn parse_period(text: &str) -> Result<Period, String> {
    Period::check(text).map_err(|why| {
        let help = why.help();
        t(
            format!(
                "`{text}` không phải một kỳ: viết 2024-06, 2024-Q3, 2025, 2024-H2, 2024-W23, \
                 2021-2022, 2025-01..2025-09 hoặc 2031..2036 ({})",
                help.vi
            ),
            format!(
                "`{text}` is not a period: write 2024-06, 2024-Q3, 2025, 2024-H2, 2024-W23, \
                 2021-2022, 2025-01..2025-09 or 2031..2036 ({})",
                help.en
            ),
        )
        .to_string()
    })
}

/// Makes, checks and writes the new plan.
pub(super) fn run(args: &NewArgs) -> ExitStatus {
    let bytes = match read(&args.from) {
        Ok(bytes) => bytes,
        Err(why) => {
            print_error(&why);
            return ExitStatus::Io;
        }
    };
    let meetings =
        if args.move_meetings { MeetingPolicy::Move } else { MeetingPolicy::Drop };
    let options = NewOptions { period: args.period, meetings };
    let new = match crate::new_plan::next_plan(&args.from, &bytes, &options) {
        Ok(new) => new,
        Err(NewError::Invalid { sources, diagnostics }) => {
            report(&diagnostics, &sources);
            let from = args.from.display();
            print_error(&t(
                format!("{from} có lỗi; hãy sửa trước khi soạn kế hoạch kỳ sau từ nó"),
                format!(
                    "{from} has errors; fix them before starting the next plan from it"
                ),
            ));
            return ExitStatus::PlanErrors;
        }
        Err(err @ (NewError::PeriodKind { .. } | NewError::SamePeriod(_))) => {
            print_error(&err.text());
            return ExitStatus::Usage;
        }
        Err(err) => {
            let (from, why) = (args.from.display(), err.text());
            print_error(&t(format!("{from}: {}", why.vi), format!("{from}: {}", why.en)));
            return ExitStatus::PlanErrors;
        }
    };
    let Some(out) = output(args, &new) else { return ExitStatus::Usage };
    // A device or a FIFO holds nothing to lose; `-` is standard output.
    let to_stdout = super::is_stdout(&out);
    // Never over the plan it is made from, `--force` or not: the old
    // period's plan would be lost (as `plan build` never writes over its
    // plan). Over one of its includes, the new plan would include itself,
    // an error: nothing is written then either.
    if !to_stdout && super::same_file(&args.from, &out) {
        refuse_source(&out, &args.from);
        return ExitStatus::Usage;
    }
    let holds_a_file = std::fs::metadata(&out).is_ok_and(|meta| meta.is_file());
    if !to_stdout && holds_a_file && !args.force {
        let shown = out.display();
        // Most often `plan new` run a second time, after the new plan was
        // made and perhaps edited: `--force` would lose those edits.
        print_error(&t(
            format!(
                "{shown} đã có (có lẽ đã soạn từ trước): mở tệp đó để sửa tiếp; muốn soạn \
                 lại từ đầu thì thêm --force (mọi chỉnh sửa trong tệp đó sẽ mất), hoặc đặt \
                 tên khác bằng -o"
            ),
            format!(
                "{shown} exists (made earlier?): open it to go on editing; to start it \
                 again add --force (its edits are lost), or give another name with -o"
            ),
        ));
        return ExitStatus::Usage;
    }
    summarize(&args.from, &out, &new);
    // Checked where it will live: its includes are relative to that folder.
    // Printed, it is checked where the source is: its includes are the
    // source's.
    let home = if to_stdout { &args.from } else { &out };
    let checked = crate::check(home, &new.bytes, Options::default());
    report(&checked.diagnostics, &checked.sources);
    if checked.diagnostics.has_errors() {
        print_error(&t(
            "kế hoạch mới có lỗi; không ghi tệp nào (các dòng báo ở trên là của kế hoạch \
             mới, chưa được ghi; `-o -` in nó ra màn hình)",
            "the new plan has errors; nothing was written (the lines reported above are \
             the new plan's, not written; `-o -` prints it)",
        ));
        let outside = Code::MeetingOutsidePeriod.name();
        if args.move_meetings && checked.diagnostics.iter().any(|d| d.code == outside) {
            // A period of another length (2025-01..2025-03 after a year):
            // a meeting moved by the months between their starts may fall
            // past the new one's end.
            super::print_done(&t(
                "lưu ý: --move-meetings dời cuộc họp sang ngày nằm ngoài kỳ mới; bỏ \
                 --move-meetings (các cuộc họp có ngày sẽ được bỏ đi, thêm lại sau), hoặc \
                 sửa ngày của chúng trong kế hoạch gốc",
                "note: --move-meetings moved a meeting past the new period; leave out \
                 --move-meetings (dated meetings are then dropped, to add again), or \
                 change their dates in the source plan",
            ));
        }
        if checked.diagnostics.iter().any(|d| d.code.starts_with("plan::include")) {
            super::print_done(&t(
                "lưu ý: kế hoạch mới được kiểm tra ở nơi sẽ ghi nó; đường dẫn `include` \
                 tính từ thư mục đó",
                "note: the new plan is checked where it would be written; its `include` \
                 paths are relative to that folder",
            ));
        }
        return ExitStatus::PlanErrors;
    }
    super::write_file(&out, &new.bytes)
}

/// Says that `out` is `input`, the plan the new one is made from, and is
/// not written over.
fn refuse_source(out: &Path, input: &Path) {
    let (out, input) = (out.display(), input.display());
    print_error(&t(
        format!(
            "không ghi {out}: đó là tệp {input} mà kế hoạch mới được soạn từ đó, ghi vào sẽ mất nội dung của nó (kể cả khi có --force); đặt tên khác bằng -o"
        ),
        format!(
            "not written to {out}: it is {input}, which the new plan is made from, and writing would destroy it (--force or not); give another name with -o"
        ),
    ));
}

/// `-o`, or the name derived from the source's; `None` after saying why.
fn output(args: &NewArgs, new: &NewPlan) -> Option<PathBuf> {
    if let Some(out) = &args.output {
        return Some(out.clone());
    }
    let derived = crate::new_plan::output_path(&args.from, new.from, new.to);
    if derived.is_none() {
        let (name, period) = (display_name(&args.from), new.from);
        print_error(&t(
            format!(
                "không đặt được tên tệp mới: `{name}` không chứa kỳ {period} \
                 (như 2024-05.yaml, thang-5-2024.yaml, may-2024.yaml, 2024-Q2.yaml, \
                 2025.yaml); đặt tên bằng -o"
            ),
            format!(
                "cannot name the new file: `{name}` does not contain the period {period} \
                 (as in 2024-05.yaml, thang-5-2024.yaml, may-2024.yaml, 2024-Q2.yaml, \
                 2025.yaml); give the name with -o"
            ),
        ));
    }
    derived
}

fn display_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    crate::diag::visible(&name)
}

/// Where the new plan goes, as the summary names it: the file, or with
/// `-o -` "đầu ra chuẩn" ("standard output"), never "-".
fn destination(out: &Path) -> Text {
    if super::is_stdout(out) {
        t("đầu ra chuẩn", "standard output")
    } else {
        let shown = crate::diag::visible(&out.display().to_string());
        t(shown.clone(), shown)
    }
}

/// Prints what changed and which lines still name the old period.
fn summarize(from: &Path, out: &Path, new: &NewPlan) {
    let (source, to) =
        (crate::diag::visible(&from.display().to_string()), destination(out));
    say!(
        "{}",
        t(
            format!("{source} ({}) -> {} ({})", new.from, to.vi, new.to),
            format!("{source} ({}) -> {} ({})", new.from, to.en, new.to),
        )
    );
    // The lines named are the source's: a removed line is only there, and
    // the new file's lines shift past it.
    let source = display_name(from);
    say!(
        "{}",
        t(
            format!("những gì đã đổi (số dòng trong {source}):"),
            format!("what changed (line numbers of {source}):"),
        )
    );
    for change in &new.changes {
        say!("  {change}");
    }
    if new.changes.iter().any(|c| matches!(c, Change::MeetingDropped { .. })) {
        let to = new.to;
        say!(
            "  {}",
            t(
                format!("(--move-meetings sẽ dời các cuộc họp có ngày sang {to})"),
                format!("(--move-meetings moves dated meetings into {to} instead)"),
            )
        );
    }
    if new.normalized {
        say!(
            "  {}",
            t(
                "tệp không ở dạng Unicode NFC: tệp mới được ghi ở dạng NFC",
                "the file was not in Unicode NFC: the new file is written in NFC",
            )
        );
    }
    if new.reminders.is_empty() {
        return;
    }
    // Printed (`-o -`), the new plan has no file name to give.
    let name = if super::is_stdout(out) {
        t("kế hoạch mới", "the new plan")
    } else {
        let name = display_name(out);
        t(name.clone(), name)
    };
    let (from, to) = (new.from, new.to);
    let year = to.year();
    let groups = [
        (
            ReminderKind::OldPeriod,
            t(
                format!(
                    "các dòng sau của {} vẫn nhắc kỳ {from}; chúng được giữ nguyên:",
                    name.vi
                ),
                format!(
                    "these lines of {} still name {from}; they are kept as written:",
                    name.en
                ),
            ),
        ),
        (
            ReminderKind::Earlier,
            t(
                format!(
                    "các dòng sau của {} nhắc ngày, tháng đã qua trước kỳ {to} (có lẽ chép từ \
                     kế hoạch kỳ trước); chúng được giữ nguyên:",
                    name.vi
                ),
                format!(
                    "these lines of {} name days already past before {to} (carried over \
                     from an earlier plan?); they are kept as written:",
                    name.en
                ),
            ),
        ),
        (
            ReminderKind::Anniversary,
            t(
                format!(
                    "các dòng sau của {} ghi tay số năm kỷ niệm (“kỷ niệm … năm”), nay kỳ \
                     mới sang năm {year}: hãy tính lại; ngày kỷ niệm khai báo trong \
                     `anniversaries:` và dẫn bằng `{{id}}` tự tính số năm:",
                    name.vi
                ),
                format!(
                    "these lines of {} type an anniversary's count of years (\"kỷ niệm … \
                     năm\"), and the new period is in {year}: count again; an anniversary \
                     defined under `anniversaries:` and cited as `{{id}}` counts the years \
                     by itself:",
                    name.en
                ),
            ),
        ),
    ];
    for (kind, heading) in groups {
        let mut reminders = new.reminders.iter().filter(|r| r.kind == kind).peekable();
        if reminders.peek().is_none() {
            continue;
        }
        say!("{heading}");
        let mut shown: Option<(usize, String)> = None;
        for reminder in reminders {
            // A mention split over two lines is shown whole after the line,
            // saying so: "dòng 15: … tuần 52 (“tuần 52 năm 2024” nối sang
            // dòng sau)".
            let split = if reminder.text.contains(&reminder.found) {
                Text::default()
            } else {
                let found = &reminder.found;
                t(
                    format!(" (“{found}” nối sang dòng sau)"),
                    format!(" (\"{found}\" runs on to the next line)"),
                )
            };
            // Two mentions on one line ("tháng 02/2024 trước ngày 29/2/2024")
            // show the line once.
            let key = (reminder.line, split.vi.clone());
            if shown.as_ref() == Some(&key) {
                continue;
            }
            shown = Some(key);
            let (line, text) = (reminder.line, shorten(&reminder.text, 90));
            say!(
                "  {}",
                t(
                    format!("dòng {line}: {text}{split}"),
                    format!("line {line}: {text}{split}")
                )
            );
        }
    }
}

/// `text` cut to `max` characters, with "…" when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::new_plan::Reminder;

    /// The summary quotes the plan's text through `diag::visible`: a
    /// control character in a meeting's name or in a line still naming the
    /// old period is written as `\u{1b}`, never raw.
    #[test]
    fn the_summary_prints_no_control_character() {
        let (from, to) = (Period::parse("2024-05"), Period::parse("2024-06"));
        let (Some(from), Some(to)) = (from, to) else { panic!("periods") };
        let new = NewPlan {
            from,
            to,
            bytes: Vec::new(),
            changes: vec![Change::MeetingDropped {
                line: 30,
                name: "Giao ban \u{1b}]0;HACKED\u{7}".to_owned(),
                date: chrono::NaiveDate::from_ymd_opt(2024, 5, 6).expect("a date"),
            }],
            reminders: vec![Reminder {
                line: 3,
                text: "title: Tháng 5/2024 \u{9b}2J".to_owned(),
                found: "Tháng 5/2024".to_owned(),
                kind: ReminderKind::OldPeriod,
            }],
            normalized: false,
        };
        let printed = super::super::batch::captured(|| {
            summarize(Path::new("a.yaml"), Path::new("b.yaml"), &new);
        });
        assert!(printed.contains("Giao ban \\u{1b}]0;HACKED\\u{7}"), "{printed}");
        assert!(printed.contains("\\u{9b}2J"), "{printed}");
        assert!(!printed.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{printed:?}");
    }
}
