//! Odd but valid input, as a spreadsheet, a web form or another office
//! program hands text over: it prints as the clerk sees it in the editor,
//! or is refused at its place with the fix.

use crate::docx::Package;
use crate::support::cli::{plan as plan_cmd, stderr, write};
use crate::support::pdf_text;

/// A valid plan; `ITEM` stands for the text of its one item.
const PLAN: &str = "kind: chuong-trinh
style: nha-nuoc
period: 2024-05
place: Mỹ Độ
issuer: { name: Ủy ban nhân dân phường Mỹ Độ, abbr: UBND }
sections:
  - title: \"Công tác\\txây dựng chính quyền\"
    items:
      - ITEM
    table:
      columns:
        - { title: Nội dung }
        - { title: Đơn vị, width: 40mm }
      rows:
        - [\"Tổng kết\\tcông tác\", Văn phòng]
closing: Trên đây là chương trình công tác tháng 5/2024.
recipients: [Các phòng chuyên môn]
archive: VT
signer: { on_behalf: Ủy ban nhân dân, title: Chủ tịch, name: \"Hoàng\\tTrọng Hiếu\" }
";

/// A tab between words (pasted from Excel or Word, or `\t` in a quoted
/// value) printed as nothing in the body, the headings and the table:
/// "Tổ chứchội nghị". It prints as a space wherever it stands, in the PDF,
/// in the Word file and in `plan text`.
#[test]
fn a_tab_between_words_prints_as_a_space() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let yaml = PLAN
        .replace("ITEM", "\"Tổ chức\\thội nghị.\"\n      - Thành lập\tđoàn kiểm tra.");
    write(dir.path(), "plan.yaml", &yaml);
    let file = dir.path().join("plan.yaml");
    let out = plan_cmd().arg("build").arg(&file).output().expect("plan runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pdf = std::fs::read(dir.path().join("plan.pdf")).expect("the PDF");
    let text = pdf_text(&pdf);
    for words in [
        "Tổ chức hội nghị.",
        "Thành lập đoàn kiểm tra.",
        "CÔNG TÁC XÂY DỰNG CHÍNH QUYỀN",
        "Tổng kết công tác",
        "Hoàng Trọng Hiếu",
    ] {
        assert!(text.contains(words), "{words:?} in\n{text}");
    }
    let out = plan_cmd().arg("text").arg(&file).output().expect("plan runs");
    let plain = String::from_utf8_lossy(&out.stdout);
    assert!(plain.contains("Tổ chức hội nghị.") && !plain.contains('\t'), "{plain}");
    let out =
        plan_cmd().args(["build", "-f", "docx"]).arg(&file).output().expect("plan runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let docx = std::fs::read(dir.path().join("plan.docx")).expect("the Word file");
    let xml = Package::read(&docx).part("word/document.xml").to_owned();
    assert!(xml.contains("Tổ chức hội nghị.") && !xml.contains('\t'), "{xml}");
}

/// U+2028 and U+2029, the line and paragraph separators of text copied
/// out of a web page, broke the PDF's line in mid-sentence and stretched
/// the words before the break across the line ("Tổ          chức"):
/// refused at the character, with the fix, and nothing is written.
#[test]
fn hidden_line_separators_are_refused_at_their_place() {
    for c in ['\u{2028}', '\u{2029}'] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let yaml = PLAN.replace("ITEM", &format!("Tổ chức{c}hội nghị."));
        write(dir.path(), "plan.yaml", &yaml);
        let out = crate::support::cli::plan_vi()
            .arg("build")
            .arg(dir.path().join("plan.yaml"))
            .output()
            .expect("plan runs");
        let report = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{report}");
        assert!(report.contains("plan::control_character"), "{report}");
        assert!(report.contains("plan.yaml:9:16]"), "{report}");
        assert!(report.contains("dấu xuống dòng ẩn"), "{report}");
        crate::support::cli::assert_only_file(dir.path(), "plan.yaml", "U+2028");
    }
}

/// `electronic_recipients: []` was reported as "`recipients` is empty",
/// naming the other list, which was full.
#[test]
fn an_empty_electronic_list_is_named_as_itself() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let yaml = format!(
        "{}electronic_recipients: []\n",
        PLAN.replace("ITEM", "Tổ chức hội nghị.")
    );
    write(dir.path(), "plan.yaml", &yaml);
    let out =
        plan_cmd().arg("check").arg(dir.path().join("plan.yaml")).output().expect("runs");
    let report = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("`electronic_recipients` is empty"), "{report}");
    assert!(!report.contains("`recipients` is empty"), "{report}");
}

/// A noncharacter written as an escape (`"\\uFFFF"`) passed with a warning
/// (the font has no glyph for it), and the Word file built from the plan
/// was not well-formed XML: Word refused to open it. Refused at its place
/// now, in every output alike.
#[test]
fn noncharacters_are_refused_before_the_word_file_is_written() {
    for escape in ["\\uFFFE", "\\uFFFF", "\\uFDD0", "\\U0010FFFF"] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let yaml = PLAN.replace("ITEM", &format!("\"Tổ chức{escape}hội nghị.\""));
        write(dir.path(), "plan.yaml", &yaml);
        let out = plan_cmd()
            .args(["build", "-f", "docx"])
            .arg(dir.path().join("plan.yaml"))
            .output()
            .expect("plan runs");
        let report = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{escape}: {report}");
        assert!(report.contains("plan::control_character"), "{escape}: {report}");
        assert!(report.contains("plan.yaml:9:17]"), "{escape}: {report}");
        crate::support::cli::assert_only_file(dir.path(), "plan.yaml", escape);
    }
}

/// A file name may hold control characters: one named
/// "\e]0;…\a\e[2J.yaml" retitled and cleared the terminal through the
/// `đã ghi …` line of `plan build`, `plan new`'s summary and `plan diff`'s
/// title. They are written as escapes, as the reports of problems write
/// theirs.
#[test]
fn control_characters_in_file_names_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let name = "k\u{1b}]0;HACKED\u{7}\u{1b}[2J.yaml";
    write(dir.path(), name, &PLAN.replace("ITEM", "Tổ chức hội nghị."));
    write(dir.path(), "b.yaml", &PLAN.replace("ITEM", "Tổ chức hội nghị sơ kết."));
    let file = dir.path().join(name);
    let runs: [&[&str]; 3] = [&["build"], &["new", "--from"], &["diff"]];
    for args in runs {
        let mut cmd = plan_cmd();
        cmd.args(args).arg(&file);
        if args == ["diff"] {
            cmd.arg(dir.path().join("b.yaml"));
        }
        let out = cmd.output().expect("plan runs");
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(all.contains(r"\u{1b}]0;HACKED\u{7}\u{1b}[2J"), "{args:?}: {all:?}");
        assert!(!all.contains('\u{1b}') && !all.contains('\u{7}'), "{args:?}: {all:?}");
    }
}

/// An empty SOURCE_DATE_EPOCH (a CI script's `$(git log -1 --format=%ct)`
/// run outside a repository) is not set: every build failed, naming
/// `--creation-timestamp`. A value that is no number still fails, worded.
#[test]
fn an_empty_source_date_epoch_is_not_set() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write(dir.path(), "plan.yaml", &PLAN.replace("ITEM", "Tổ chức hội nghị."));
    let file = dir.path().join("plan.yaml");
    let build = |out: &str, epoch: Option<&str>| {
        let mut cmd = plan_cmd();
        cmd.arg("build").arg(&file).arg("-o").arg(dir.path().join(out));
        if let Some(epoch) = epoch {
            cmd.env("SOURCE_DATE_EPOCH", epoch);
        }
        cmd.output().expect("plan runs")
    };
    let unset = build("unset.pdf", None);
    assert_eq!(unset.status.code(), Some(0), "{}", stderr(&unset));
    let empty = build("empty.pdf", Some(""));
    assert_eq!(empty.status.code(), Some(0), "{}", stderr(&empty));
    let read = |name: &str| std::fs::read(dir.path().join(name)).expect("a PDF");
    assert!(read("unset.pdf") == read("empty.pdf"), "the same PDF as with none");
    let wrong = build("wrong.pdf", Some("hôm qua"));
    assert_eq!(wrong.status.code(), Some(2), "{}", stderr(&wrong));
    assert!(
        stderr(&wrong).contains("Unix seconds are a whole number"),
        "{}",
        stderr(&wrong)
    );
}

/// A negative `--creation-timestamp` (seconds before 1970) is a value, as
/// in SOURCE_DATE_EPOCH: `-1` was read as an unknown flag "-1" while
/// `SOURCE_DATE_EPOCH=-1` built. Both now give the same PDF, created
/// 1969-12-31 23:59:59 UTC.
#[test]
fn a_negative_creation_timestamp_is_a_value() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write(dir.path(), "plan.yaml", &PLAN.replace("ITEM", "Tổ chức hội nghị."));
    let file = dir.path().join("plan.yaml");
    let flag = plan_cmd()
        .arg("build")
        .arg(&file)
        .arg("--creation-timestamp")
        .arg("-1")
        .arg("-o")
        .arg(dir.path().join("flag.pdf"))
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("plan runs");
    assert_eq!(flag.status.code(), Some(0), "{}", stderr(&flag));
    let env = plan_cmd()
        .arg("build")
        .arg(&file)
        .arg("-o")
        .arg(dir.path().join("env.pdf"))
        .env("SOURCE_DATE_EPOCH", "-1")
        .output()
        .expect("plan runs");
    assert_eq!(env.status.code(), Some(0), "{}", stderr(&env));
    let read = |name: &str| std::fs::read(dir.path().join(name)).expect("a PDF");
    let pdf = read("flag.pdf");
    assert!(pdf == read("env.pdf"), "the same PDF from the flag and the variable");
    let created = b"19691231235959";
    assert!(
        pdf.windows(created.len()).any(|w| w == created),
        "created 1969-12-31 23:59:59"
    );
}

/// Brackets in a comment or a quoted text are not YAML's: a valid plan
/// whose comments hold `[` or `{` (`# ghi chú [xem phụ lục`) gets no
/// message about brackets, and a `[` really left open is named at its
/// line's end even when the next line's comment holds a `]`, which was
/// counted as closing it (YAML then blamed the next line's `:`).
#[test]
fn brackets_in_comments_are_not_counted() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let plan = PLAN.replace("ITEM", "Tổ chức hội nghị.");
    let valid = plan.replace(
        "recipients: [Các phòng chuyên môn]",
        "recipients: [Các phòng chuyên môn,  # ghi chú [xem phụ lục\n  \
         \"Văn phòng [HĐND]\"]  # ghi chú {xem phụ lục",
    );
    let slip = plan.replace(
        "recipients: [Các phòng chuyên môn]\narchive: VT",
        "recipients: [Các phòng chuyên môn\narchive: VT  # xem ]",
    );
    assert_ne!(valid, plan);
    assert_ne!(slip, plan);
    write(dir.path(), "valid.yaml", &valid);
    write(dir.path(), "slip.yaml", &slip);
    let check = |name: &str| {
        let out = crate::support::cli::plan_vi()
            .arg("check")
            .arg(dir.path().join(name))
            .output()
            .expect("plan runs");
        (out.status.code(), stderr(&out))
    };
    let (code, err) = check("valid.yaml");
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains("ngoặc") && !err.contains('`'), "{err}");
    let (code, err) = check("slip.yaml");
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("thiếu dấu `]` ở cuối dòng"), "{err}");
    assert!(err.contains("slip.yaml:17:"), "at the line left open: {err}");
}
