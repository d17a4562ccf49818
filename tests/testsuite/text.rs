//! `plan text FILE`: the document as plain text, one paragraph a line, and
//! `git diff` through it as a textconv driver.

// Tests write their fixture files directly; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use std::path::PathBuf;

use crate::support::cli::{plan, root, stderr, stdout};
use crate::support::git::Repo;
use crate::support::plans::{edit, june, may};

fn text_of(file: &PathBuf) -> String {
    let out = plan().arg("text").arg(file).output().expect("plan runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn may_2024_as_text() {
    let text = text_of(&root().join("plans/may-2024.yaml"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..9],
        [
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "ĐẢNG BỘ THÀNH PHỐ BẮC GIANG",
            "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ",
            "Số 45-CTr/ĐU",
            "Mỹ Độ, ngày 02 tháng 5 năm 2024",
            "",
            "CHƯƠNG TRÌNH",
            "Công tác tháng 5 năm 2024",
            "",
        ]
    );
    assert!(
        lines[9].starts_with("Thực hiện Chương trình công tác năm 2024, tháng 5/2024")
    );
    assert_eq!(lines[10], "1- Công tác xây dựng Đảng:");
    // References resolved, no markup, the whole item on one line.
    assert!(lines[11].starts_with(
        "Tiếp tục quán triệt thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 về thực hiện \
         Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"
    ));
    assert!(lines[11].ends_with("phong cách Hồ Chí Minh."));
    assert!(lines.contains(&"2.1- Thường trực HĐND phường: Tăng cường giám sát việc triển khai thực hiện Nghị quyết kỳ họp thứ Bảy HĐND phường nhiệm kỳ 2021-2026; việc triển khai thực hiện các nhiệm vụ phát triển kinh tế - xã hội, nhiệm vụ trọng tâm năm 2024; công tác giải quyết đơn thư, ý kiến kiến nghị của cử tri và đại biểu HĐND phường; việc triển khai thực hiện công tác BTGPMB và các dự án xây dựng cơ bản. Phối hợp tiếp dân theo định kỳ. Duy trì việc phân công đại biểu HĐND trực tiếp nhận ý kiến của cử tri và nhân dân tại nhà văn hóa Tổ dân phố."));
    assert!(lines.contains(&"* MỘT SỐ CUỘC HỌP CHÍNH TRONG THÁNG"));
    assert!(lines.contains(&"1. Hội nghị BTV Đảng ủy vào ngày 28/5/2024."));
    assert!(
        lines.contains(
            &"3. Hội nghị giao ban Thường trực vào 8 giờ sáng thứ Hai hàng tuần."
        )
    );
    assert!(lines.contains(&"(Các cuộc họp đột xuất khác Đảng ủy thông báo sau)"));
    let footer = &lines[lines.len() - 11..];
    assert_eq!(
        footer,
        [
            "Nơi nhận:",
            "- TT. Thành ủy (b/c),",
            "- TT Đảng ủy - HĐND - UBND phường,",
            "- MTTQ, các tổ chức CT-XH phường,",
            "- Các chi bộ trực thuộc,",
            "- Các đ/c Đảng ủy viên,",
            "- Lưu VP/ĐU.",
            "",
            "T/M ĐẢNG ỦY",
            "PHÓ BÍ THƯ",
            "Hoàng Trọng Hiếu",
        ]
    );
    assert!(text.ends_with("Hoàng Trọng Hiếu\n"));
    assert!(!text.contains("**") && !text.contains('{'), "no markup, no reference left");
    insta::assert_snapshot!("may_2024", text);
}

/// An appendix with `header: true` prints the header block again before
/// its label: the text shows it too (issuer and motto, no number or date).
#[test]
fn an_appendix_with_its_own_header_shows_it_in_the_text() {
    let text = text_of(&root().join("examples/appendices.yaml"));
    let (_, appendices) = text.split_once("Phụ lục I\n").expect("appendix I");
    let (_, second) = appendices.split_once("\n\n").expect("appendix II follows");
    let header = second.split("Phụ lục II").next().expect("before the label");
    assert!(header.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "{header}");
    assert!(header.contains("ỦY BAN NHÂN DÂN XÃ TÂN TIẾN"), "{header}");
    assert!(!header.contains("Số:"), "{header}");
}

#[test]
fn warnings_go_to_stderr_and_do_not_stop_the_text() {
    let out =
        plan().arg("text").arg(root().join("plans/may-2024.yaml")).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("anniversary `gpmn` falls outside"),
        "{}",
        stderr(&out)
    );
    let quiet = plan()
        .args(["text", "--quiet"])
        .arg(root().join("plans/may-2024.yaml"))
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(stderr(&quiet), "");
    assert_eq!(quiet.stdout, out.stdout);
}

#[test]
fn every_plan_and_example_has_a_text() {
    for dir in ["plans", "examples"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                let text = text_of(&path);
                assert!(
                    text.ends_with('\n') && !text.contains("\n\n\n"),
                    "{}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn errors_print_the_report_and_no_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.yaml");
    std::fs::write(&file, may().replace("{kl01:dated}", "{kl99}")).unwrap();
    let out = plan().arg("text").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown reference `{kl99}`"), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let out = plan().arg("text").arg(dir.path().join("missing.yaml")).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
}

/// The lines `git diff` marks as removed or added (not the file headers).
fn changed_lines(diff: &str) -> Vec<&str> {
    diff.lines()
        .filter(|l| {
            (l.starts_with('-') || l.starts_with('+'))
                && !l.starts_with("---")
                && !l.starts_with("+++")
        })
        .collect()
}

#[test]
fn git_diff_through_the_text_driver_shows_only_real_changes() {
    let repo = Repo::new();
    repo.write("plan.yaml", &may());
    repo.commit("Tháng 5");
    repo.write("plan.yaml", &june());
    repo.commit("Tháng 6");
    repo.write(".gitattributes", "*.yaml diff=plan\n");
    let driver = format!("'{}' text", env!("CARGO_BIN_EXE_plan"));
    repo.git(&["config", "diff.plan.textconv", &driver]);

    let diff = repo.git(&["diff", "HEAD~1", "HEAD", "--", "plan.yaml"]);
    assert_eq!(
        changed_lines(&diff),
        [
            "-Mỹ Độ, ngày 02 tháng 5 năm 2024",
            "+Mỹ Độ, ngày 03 tháng 6 năm 2024",
            "-Công tác tháng 5 năm 2024",
            "+Công tác tháng 6 năm 2024",
            "-Chỉ đạo đơn đốc tham gia thi chính luận bảo vệ nền tảng tư tưởng của Đảng, tổng hợp, lựa chọn bài viết chất lượng cao nộp về Ban Tuyên giáo Thành ủy. Chỉ đạo đơn đốc thực hiện kế hoạch kết nạp đảng viên năm 2024. Thực hiện các cuộc kiểm tra, giám sát theo kế hoạch; tăng cường công tác giám sát thường xuyên, thực hiện có hiệu quả công tác phòng, chống tham nhũng, tiêu cực; kịp thời phát hiện và kiểm tra đối tố chức đảng, đảng viên khi có dấu hiệu vi phạm.",
            "+Chỉ đạo đơn đốc tham gia thi chính luận bảo vệ nền tảng tư tưởng của Đảng, tổng hợp, lựa chọn bài viết chất lượng cao nộp về Ban Tuyên giáo Thành ủy. Chỉ đạo đôn đốc thực hiện kế hoạch kết nạp đảng viên năm 2024. Thực hiện các cuộc kiểm tra, giám sát theo kế hoạch; tăng cường công tác giám sát thường xuyên, thực hiện có hiệu quả công tác phòng, chống tham nhũng, tiêu cực; kịp thời phát hiện và kiểm tra đối tố chức đảng, đảng viên khi có dấu hiệu vi phạm.",
            "-1. Hội nghị BTV Đảng ủy vào ngày 28/5/2024.",
            "-2. Hội nghị Đảng ủy mở rộng vào ngày 29/5/2024.",
            "+1. Hội nghị BTV Đảng ủy vào ngày 25/6/2024.",
            "+2. Hội nghị Đảng ủy mở rộng vào ngày 26/6/2024.",
            "-Trên đây là chương trình công tác tháng 5/2024 của Đảng ủy phường Mỹ Độ. Đề nghị các cấp ủy, chính quyền, MTTQ, các tổ chức chính trị - xã hội từ phường tới các tổ dân phố, cơ quan, trường học triển khai tổ chức thực hiện, báo cáo kết quả về thường trực Đảng ủy trước ngày 20/5/2024./.",
            "+Trên đây là chương trình công tác tháng 6/2024 của Đảng ủy phường Mỹ Độ. Đề nghị các cấp ủy, chính quyền, MTTQ, các tổ chức chính trị - xã hội từ phường tới các tổ dân phố, cơ quan, trường học triển khai tổ chức thực hiện, báo cáo kết quả về thường trực Đảng ủy trước ngày 20/5/2024./.",
        ]
    );
    // No YAML reaches the diff.
    assert!(!diff.contains("period:") && !diff.contains("{kl01"), "{diff}");

    // The working copy against the last commit goes through the driver too.
    repo.write(
        "plan.yaml",
        &edit(&june(), "name: Hoàng Trọng Hiếu", "name: Nguyễn Văn An"),
    );
    let diff = repo.git(&["diff", "--", "plan.yaml"]);
    assert_eq!(changed_lines(&diff), ["-Hoàng Trọng Hiếu", "+Nguyễn Văn An"]);
}

#[test]
fn text_driver_with_includes_needs_the_include_dir() {
    let repo = Repo::new();
    let plan_text = may();
    let start = plan_text.find("\ndirectives:\n").unwrap() + 1;
    let end = plan_text.find("\nanniversaries:\n").unwrap() + 1;
    repo.write("shared/chung.yaml", &plan_text[start..end]);
    let with_include = format!(
        "{}include: [../shared/chung.yaml]\n{}",
        &plan_text[..start],
        &plan_text[end..]
    );
    repo.write("plans/plan.yaml", &with_include);
    repo.write(".gitattributes", "*.yaml diff=plan\n");
    repo.commit("Tháng 5");
    repo.write("plans/plan.yaml", &edit(&with_include, "number: 45", "number: 46"));
    repo.commit("Số 46");

    // git hands the old version over as a temporary file: its include is not
    // next to it, and without help the driver fails (and so does git diff).
    let bin = format!("'{}'", env!("CARGO_BIN_EXE_plan"));
    repo.git(&["config", "diff.plan.textconv", &format!("{bin} text")]);
    let out = repo
        .git_command()
        .args(["diff", "HEAD~1", "HEAD", "--", "plans"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(stderr(&out).contains("chung.yaml"), "{}", stderr(&out));

    // `--include-dir plans` (git runs the driver at the top of the work
    // tree) finds it where the plan lives.
    repo.git(&[
        "config",
        "diff.plan.textconv",
        &format!("{bin} text --quiet --include-dir plans"),
    ]);
    let diff = repo.git(&["diff", "HEAD~1", "HEAD", "--", "plans"]);
    assert_eq!(changed_lines(&diff), ["-Số 45-CTr/ĐU", "+Số 46-CTr/ĐU"]);
}

#[test]
fn text_of_a_revision() {
    let repo = Repo::new();
    repo.write("plan.yaml", &may());
    repo.commit("Tháng 5");
    repo.write("plan.yaml", &june());
    let out = repo.plan(&["text", "--quiet", "HEAD:plan.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), text_of(&root().join("plans/may-2024.yaml")));
}

/// A table's rows keep their columns in place: a place covered by a cell
/// spanning rows from above, or by a header title over two columns, is an
/// empty cell, not a shift of the cells after it.
#[test]
fn table_columns_stay_in_place_under_spanning_cells() {
    let text = text_of(&root().join("plans/tan-yen-school-year-2024-2025.yaml"));
    // "Bộ phận Kế hoạch - Tài chính" spans the rows of tasks 1 and 2.
    assert!(
        text.contains(
            "\n2 | Rà soát cơ sở vật chất, bàn ghế, thiết bị dạy học |  | Tháng 10/2024\n"
        ),
        "{text}"
    );
    // A two-row header: three titles span both rows, one spans two columns.
    assert!(
        text.contains(
            "\nTT | Chỉ tiêu | Đơn vị tính | Kết quả và chỉ tiêu\n \
             |  |  | Năm học 2023-2024 | Năm học 2024-2025\n"
        ),
        "{text}"
    );
}
