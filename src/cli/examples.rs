//! The examples at the end of each command's `--help`: command lines a
//! clerk can copy as they are, each with what it does after a `#` (a shell
//! comment, so the whole line can be pasted). In Vietnamese:
//!
//! ```text
//! Ví dụ:
//!   plan build thang-6-2024.yaml              # tạo thang-6-2024.pdf cạnh tệp kế hoạch
//!   plan build -f docx thang-6-2024.yaml      # tạo tệp Word thang-6-2024.docx
//! ```
//!
//! A test parses every example with the command line's own parser.

use crate::lang::Lang;

/// One example: the command line, then what it does in Vietnamese and in
/// English.
type Example = (&'static str, &'static str, &'static str);

/// The examples of the command at `path` ("plan", "plan build", "plan
/// template export").
pub(super) fn examples(path: &str) -> Option<&'static [Example]> {
    Some(match path {
        "plan" => &[
            (
                "plan check thang-6-2024.yaml",
                "kiểm tra, báo từng lỗi kèm số dòng và cách sửa",
                "check it, each problem with its line and how to fix it",
            ),
            (
                "plan build thang-6-2024.yaml",
                "tạo thang-6-2024.pdf cạnh tệp kế hoạch",
                "write thang-6-2024.pdf next to the plan",
            ),
            (
                "plan new --from thang-5-2024.yaml",
                "soạn kế hoạch tháng sau: thang-6-2024.yaml",
                "start next month's plan: thang-6-2024.yaml",
            ),
            ("plan build --help", "hướng dẫn của một lệnh", "the help of one command"),
        ],
        "plan build" => &[
            (
                "plan build thang-6-2024.yaml",
                "tạo thang-6-2024.pdf cạnh tệp kế hoạch",
                "write thang-6-2024.pdf next to the plan",
            ),
            (
                "plan build -f docx thang-6-2024.yaml",
                "tạo tệp Word thang-6-2024.docx",
                "write the Word file thang-6-2024.docx",
            ),
            (
                "plan build --draft thang-6-2024.yaml",
                "bản có dấu DỰ THẢO, để xin ý kiến",
                "a copy marked DỰ THẢO (draft), for comments",
            ),
            (
                "plan build thang-6-2024.yaml -o ban-in.pdf",
                "ghi vào tệp ban-in.pdf",
                "write it to ban-in.pdf",
            ),
            (
                "plan build van-ban",
                "mọi kế hoạch trong thư mục van-ban",
                "every plan in the folder van-ban",
            ),
        ],
        "plan check" => &[
            (
                "plan check thang-6-2024.yaml",
                "kiểm tra, không ghi tệp nào",
                "check it, write nothing",
            ),
            (
                "plan check van-ban",
                "mọi kế hoạch trong thư mục van-ban",
                "every plan in the folder van-ban",
            ),
            (
                "plan check --deny-warnings thang-6-2024.yaml",
                "coi cả cảnh báo là lỗi",
                "warnings fail it too",
            ),
        ],
        "plan new" => &[
            (
                "plan new --from thang-5-2024.yaml",
                "ghi thang-6-2024.yaml, bỏ số và ngày văn bản, bỏ các cuộc họp có ngày",
                "write thang-6-2024.yaml, without the number, the date and the dated meetings",
            ),
            (
                "plan new --from thang-5-2024.yaml --move-meetings",
                "như trên, nhưng dời các cuộc họp có ngày sang tháng 6",
                "the same, moving the dated meetings into June",
            ),
            (
                "plan new --from ke-hoach.yaml --period 2024-Q4 -o ke-hoach-q4.yaml",
                "kế hoạch quý IV/2024, ghi vào ke-hoach-q4.yaml",
                "the plan of the fourth quarter of 2024, written to ke-hoach-q4.yaml",
            ),
        ],
        "plan diff" => &[
            (
                "plan diff thang-5-2024.yaml thang-6-2024.yaml",
                "tháng 6 khác tháng 5 ở đâu",
                "what June changed from May",
            ),
            (
                "plan diff HEAD:thang-6-2024.yaml thang-6-2024.yaml",
                "những gì đã sửa từ lần lưu vào git gần nhất",
                "what was edited since the last commit in git",
            ),
            (
                "plan diff --format markdown thang-5-2024.yaml thang-6-2024.yaml",
                "dạng Markdown, để dán vào góp ý",
                "as Markdown, to paste into a review",
            ),
        ],
        "plan text" => &[
            (
                "plan text thang-6-2024.yaml",
                "in văn bản dạng chữ thường",
                "print the document as plain text",
            ),
            (
                "plan text thang-6-2024.pdf",
                "từ tệp PDF có đính kèm nguồn",
                "from a PDF with its source attached",
            ),
        ],
        "plan schema" => &[(
            "plan schema -o plan.schema.json",
            "ghi lược đồ cho trình soạn thảo (VS Code …)",
            "write the schema for an editor (VS Code …)",
        )],
        "plan extract" => &[(
            "plan extract thang-6-2024.pdf",
            "ghi lại các tệp nguồn vào thư mục thang-6-2024",
            "write the source files back into the folder thang-6-2024",
        )],
        "plan template" | "plan template export" => &[
            (
                "plan template export mau-rieng",
                "ghi bản sao của mẫu trình bày vào thư mục mau-rieng",
                "write a copy of the templates into the folder mau-rieng",
            ),
            (
                "plan build --template mau-rieng thang-6-2024.yaml",
                "dựng bằng bản sao đã sửa",
                "build with the edited copy",
            ),
        ],
        "plan watch" => &[(
            "plan watch thang-6-2024.yaml",
            "dựng lại tệp PDF mỗi khi lưu tệp kế hoạch; Ctrl-C để dừng",
            "rebuild the PDF on every save of the plan; Ctrl-C stops",
        )],
        "plan preview" => &[(
            "plan preview thang-6-2024.yaml --open",
            "mở trang xem trước trong trình duyệt; Ctrl-C để dừng",
            "open the preview in the browser; Ctrl-C stops",
        )],
        "plan help" => &[(
            "plan help build",
            "hướng dẫn của lệnh build",
            "the help of the build command",
        )],
        _ => return None,
    })
}

/// The examples of the command at `path` as the end of its help, in `lang`:
/// a heading, then each command line with what it does after `#`, the `#`
/// in one column.
pub(super) fn after_help(path: &str, lang: Lang) -> Option<String> {
    let examples = examples(path)?;
    let width = examples.iter().map(|(line, _, _)| line.chars().count()).max()?;
    let heading = match lang {
        Lang::Vi => "Ví dụ:",
        Lang::En => "Examples:",
    };
    let mut out = format!("{heading}\n");
    for (line, vi, en) in examples {
        let what = match lang {
            Lang::Vi => vi,
            Lang::En => en,
        };
        let pad = width - line.chars().count();
        out.push_str(&format!("  {line}{}  # {what}\n", " ".repeat(pad)));
    }
    Some(out.trim_end().to_owned())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// Every command's path.
    fn paths(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        out.push(path.to_owned());
        for sub in cmd.get_subcommands() {
            paths(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_command_has_examples_that_parse() {
        let cmd = super::super::help::localize(super::super::Cli::command(), Lang::Vi);
        let mut all = Vec::new();
        paths(&cmd, "plan", &mut all);
        assert!(all.len() > 10, "{all:?}");
        for path in &all {
            let examples =
                examples(path).unwrap_or_else(|| panic!("{path}: no examples"));
            assert!(!examples.is_empty(), "{path}");
            for (line, vi, en) in examples {
                assert!(!vi.is_empty() && !en.is_empty() && vi != en, "{line}");
                let words: Vec<&str> = line.split_whitespace().collect();
                // The example runs the command it is shown under (or a
                // command it leads to, as `template export` to `build`).
                assert_eq!(words[0], "plan", "{line}");
                match cmd.clone().try_get_matches_from(&words) {
                    Ok(_) => {}
                    Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {}
                    Err(e) => panic!("{path}: `{line}` does not parse: {e}"),
                }
            }
        }
    }

    #[test]
    fn examples_end_the_help_in_both_languages() {
        let vi = after_help("plan build", Lang::Vi).expect("examples");
        assert!(vi.starts_with("Ví dụ:\n  plan build thang-6-2024.yaml "), "{vi}");
        assert!(vi.contains("  # tạo tệp Word thang-6-2024.docx"), "{vi}");
        // The `#` of every line in one column.
        let columns: Vec<usize> =
            vi.lines().skip(1).map(|l| l.find(" # ").unwrap()).collect();
        assert!(columns.windows(2).all(|w| w[0] == w[1]), "{vi}");
        let en = after_help("plan build", Lang::En).expect("examples");
        assert!(en.starts_with("Examples:\n"), "{en}");
        assert!(en.contains("# write the Word file thang-6-2024.docx"), "{en}");
    }
}
