//! `include:` as a clerk uses it (issue 5, item 4): shared directives,
//! anniversaries, issuer, signer and recipients in one file that many plans
//! include; errors inside it point into it; cycles and missing files fail.

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use crate::support::cli::{run_in, stderr, write};
use crate::support::library::checked_view;

/// What a ward Party committee reuses every month.
const SHARED: &str = "\
# Dữ liệu dùng chung của Đảng ủy phường Mỹ Độ.
place: Mỹ Độ
issuer:
  parent: Đảng bộ thành phố Bắc Giang
  name: Đảng ủy phường Mỹ Độ
  abbr: ĐU
directives:
  ct05: { type: Chỉ thị, number: 05-CT/TW, date: 2016-05-15, by: Bộ Chính trị }
  ct18: { type: Chỉ thị, number: 18-CT/TW, date: 2022-10-26, by: Ban Bí thư }
anniversaries:
  hcm: { name: Ngày sinh Chủ tịch Hồ Chí Minh, date: 1890-05-19 }
recipients:
  - TT. Thành ủy (b/c)
  - Các chi bộ trực thuộc
archive: VP/ĐU
signer:
  on_behalf: Đảng ủy
  title: Bí thư
  name: Nguyễn Văn An
";

/// A monthly program with nothing of its own but what changes each month.
const MONTH: &str = "\
include: [chung/mo-do.yaml]
kind: chuong-trinh
style: dang
period: 2024-05
sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục thực hiện {ct05}; kỷ niệm {hcm}.
closing: Trên đây là chương trình công tác tháng 5/2024./.
";

#[test]
fn a_plan_takes_the_shared_parts_from_its_include() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "chung/mo-do.yaml", SHARED);
    write(dir.path(), "2024-05.yaml", MONTH);
    // `ct18` of the shared file is not cited this month: no warning.
    let out = run_in(dir.path(), &["check", "--deny-warnings", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A directive of the plan's own that it never cites is still a warning.
    let own = format!(
        "{MONTH}directives:\n  kl01: {{ type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị }}\n"
    );
    write(dir.path(), "own.yaml", &own);
    let out = run_in(dir.path(), &["check", "own.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::unused_definition"), "{}", stderr(&out));
    assert!(stderr(&out).contains("own.yaml:11:3]"), "{}", stderr(&out));
    let out = run_in(dir.path(), &["build", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pdf = std::fs::read(dir.path().join("2024-05.pdf")).unwrap();
    let text = crate::support::pdf_text(&pdf);
    for shared in [
        "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ",
        "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị",
        "134 năm Ngày sinh Chủ tịch Hồ Chí Minh",
        "Nguyễn Văn An",
        "Các chi bộ trực thuộc",
    ] {
        let squeezed: String = shared.split_whitespace().collect();
        assert!(text.contains(&squeezed) || text.contains(shared), "{shared} in\n{text}");
    }
}

#[test]
fn maps_merge_by_key_the_plan_wins_and_lists_are_replaced() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "chung/mo-do.yaml", SHARED);
    let own = format!(
        "{MONTH}issuer:\n  name: Đảng ủy phường Mỹ Độ mở rộng\nrecipients: [Ban Tuyên giáo Thành ủy]\n\
         signer: {{ on_behalf: Đảng ủy, title: Phó Bí thư, name: Hoàng Trọng Hiếu }}\n\
         directives:\n  kl01: {{ type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị }}\n"
    )
    .replace("{ct05};", "{ct05} và {kl01};");
    write(dir.path(), "plan.yaml", &own);
    let path = dir.path().join("plan.yaml");
    let view = checked_view(&path, own.as_bytes());
    // `issuer` merges by key: the plan's name, the shared parent and abbr.
    assert_eq!(view.header.issuer, "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ MỞ RỘNG");
    assert_eq!(view.header.parent.as_deref(), Some("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"));
    assert!(view.header.number.ends_with("-CTr/ĐU"), "{}", view.header.number);
    // `directives` merge by id: both the shared ct05 and the plan's kl01.
    let body = serde_json::to_string(&view.body).unwrap();
    assert!(
        body.contains("Chỉ thị số 05-CT/TW") && body.contains("Kết luận số 01-KL/TW")
    );
    // The plan's signer wins; its recipients replace the shared list whole.
    assert_eq!(view.footer.signer.name, "Hoàng Trọng Hiếu");
    assert_eq!(view.footer.recipients, ["- Ban Tuyên giáo Thành ủy,", "- Lưu VP/ĐU."]);
}

/// An office's conventions of version 2 (its numbering, how its citation
/// dates and commas print) and its electronic recipients are shared like
/// its paper recipients: written once in the shared file, they print in
/// every plan that includes it. They were `plan::include_key` errors.
#[test]
fn office_conventions_and_electronic_recipients_come_from_the_include() {
    let dir = tempfile::tempdir().unwrap();
    let shared = format!(
        "{SHARED}numbering: [\"I.\", \"1.\"]\ndates: long\ncitations: comma\n\
         electronic_recipients: [Các chi bộ trực thuộc]\n"
    );
    write(dir.path(), "chung/mo-do.yaml", &shared);
    let own = format!("{MONTH}recipients: []\n");
    write(dir.path(), "plan.yaml", &own);
    let path = dir.path().join("plan.yaml");
    let view = checked_view(&path, own.as_bytes());
    let body = serde_json::to_string(&view.body).unwrap();
    assert!(
        body.contains("\"I. CÔNG TÁC XÂY DỰNG ĐẢNG\""),
        "the shared numbering: {body}"
    );
    assert!(body.contains("Chỉ thị số 05-CT/TW, ngày 15 tháng 5 năm 2016"), "{body}");
    assert_eq!(view.footer.electronic, ["- Các chi bộ trực thuộc."]);
    assert_eq!(view.footer.recipients, ["- Lưu VP/ĐU."]);
}

#[test]
fn an_error_in_an_included_file_points_into_that_file() {
    let dir = tempfile::tempdir().unwrap();
    let broken = SHARED
        .replace("signer:\n", "sigener:\n")
        .replace("date: 2016-05-15", "date: 2016-02-30");
    write(dir.path(), "chung/mo-do.yaml", &broken);
    write(dir.path(), "2024-05.yaml", MONTH);
    let out = run_in(dir.path(), &["check", "2024-05.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // Each error names the included file, its line and column.
    assert!(err.contains("unknown key `sigener`"), "{err}");
    assert!(err.contains("chung/mo-do.yaml:16:1]"), "{err}");
    assert!(err.contains("chung/mo-do.yaml:8:50]"), "{err}");
    assert!(err.contains("2016-02-30"), "{err}");
    // A key that only a plan may set is refused in a shared file.
    write(dir.path(), "chung/mo-do.yaml", &format!("{SHARED}period: 2024-05\n"));
    let out = run_in(dir.path(), &["check", "2024-05.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("`period` cannot be set in an included file"), "{err}");
    assert!(err.contains("chung/mo-do.yaml:20:1]"), "{err}");
}

#[test]
fn an_include_cycle_is_an_error_at_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "chung/a.yaml", "include: [b.yaml]\nplace: Mỹ Độ\n");
    write(dir.path(), "chung/b.yaml", &format!("include: [a.yaml]\n{SHARED}"));
    write(dir.path(), "2024-05.yaml", &MONTH.replace("chung/mo-do.yaml", "chung/a.yaml"));
    let out = run_in(dir.path(), &["check", "2024-05.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("plan::include_cycle"), "{err}");
    assert!(err.contains("a.yaml` includes itself"), "{err}");
    assert!(err.contains("chung/b.yaml:1:11]"), "{err}");
    // A plan that includes itself.
    write(dir.path(), "self.yaml", &MONTH.replace("chung/mo-do.yaml", "self.yaml"));
    let out = run_in(dir.path(), &["check", "self.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("plan::include_cycle"), "{}", stderr(&out));
    // Nothing is built.
    let out = run_in(dir.path(), &["build", "2024-05.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path().join("2024-05.pdf").exists());
}

#[test]
fn a_missing_include_is_an_error_at_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "2024-05.yaml", MONTH);
    let out = run_in(dir.path(), &["check", "2024-05.yaml"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("plan::include_not_found"), "{err}");
    assert!(err.contains("2024-05.yaml:1:11]"), "{err}");
    assert!(err.contains("chung/mo-do.yaml"), "{err}");
}
