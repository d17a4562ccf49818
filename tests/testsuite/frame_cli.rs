//! `plan diff` and `plan text` on the frame keys (`plan-format.md`,
//! "The frame"; issue 9): a changed type name, citation form, date form,
//! signing month and electronic list show in the diff; `plan text` prints them.

// Tests write their plan files directly; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use std::process::Command;

const OLD: &str = "kind: chuong-trinh
style: dang
period: 2025-W22
place: Mỹ Độ
issuer: { name: Đảng ủy phường Mỹ Độ, abbr: ĐU }
directives:
  nq68: { type: Nghị quyết, number: 68-NQ/TW, date: 2025-05-04, by: Bộ Chính trị }
sections:
  - title: Nhiệm vụ
    items:
      - Quán triệt {nq68}.
closing: Trên đây là chương trình công tác tuần 22./.
recipients: [Các chi bộ trực thuộc]
archive: VP/ĐU
signer: { on_behalf: Đảng ủy, title: Bí thư, name: Hoàng Trọng Hiếu }
";

fn new_text() -> String {
    OLD.replace(
        "place: Mỹ Độ\n",
        "place: Mỹ Độ\ndate: 2025-04\ntype_name: Chương trình hành động\ndates: long\ncitations: comma\n",
    )
    .replace(
        "archive: VP/ĐU\n",
        "archive: VP/ĐU\nelectronic_recipients: [Văn phòng Thành ủy]\n",
    )
}

fn run(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plan"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("plan runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn diff_and_text_show_the_frame_keys() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("old.yaml"), OLD).expect("written");
    std::fs::write(dir.path().join("new.yaml"), new_text()).expect("written");

    let (code, out, err) =
        run(dir.path(), &["diff", "--color", "never", "old.yaml", "new.yaml"]);
    assert_eq!(code, Some(1), "{err}");
    for want in [
        "~ kind: CHƯƠNG TRÌNH {+HÀNH ĐỘNG+}",
        "~ date: ",
        "+ dates: long",
        "+ citations: comma",
        "+ electronic_recipients: Văn phòng Thành ủy",
        "{+68-NQ/TW, ngày 04 tháng 5 năm 2025+}",
    ] {
        assert!(out.contains(want), "`{want}` not in:\n{out}");
    }

    let (code, out, err) = run(dir.path(), &["text", "new.yaml"]);
    assert_eq!(code, Some(0), "{err}");
    for want in [
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCông tác tuần 22 năm 2025 (từ ngày 26/5 đến ngày 1/6/2025)\n",
        "Quán triệt Nghị quyết số 68-NQ/TW, ngày 04 tháng 5 năm 2025 của Bộ Chính trị.",
        "Mỹ Độ, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 4 năm 2025",
        "- Lưu VP/ĐU.\nBản điện tử:\n- Văn phòng Thành ủy.\n",
    ] {
        assert!(out.contains(want), "`{want}` not in:\n{out}");
    }
}
