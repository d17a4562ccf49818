//! A plan laid out after its second half (`plan::render::ahead`, which
//! `plan build` lays out on another core) is the same PDF, byte for byte,
//! as the plan laid out alone: Typst reuses the paragraphs and table cells
//! of the second half only where everything they depend on is the same.

use crate::support::cli::{run_in, write};
use crate::support::layout::renderer;

/// A plan whose every paragraph and cell holds `word`, so that no other
/// test of this process has laid them out before (Typst's memory of laid
/// out paragraphs is shared by the whole process): sections of items, a
/// table with a cell spanning two rows, a group row and a footnote, more
/// sections of items (where the second half starts), and an appendix with
/// items and a table.
fn plan_text(word: &str) -> String {
    let items = |from: usize| {
        (from..from + 6)
            .map(|n| {
                format!(
                    "      - Nhiệm vụ {word} số {n}, tổ chức triển khai, kiểm tra, đôn đốc \
                     thực hiện và báo cáo kết quả về Văn phòng trước ngày 25/5/2024.\n"
                )
            })
            .collect::<String>()
    };
    let rows = (1..=4)
        .map(|n| format!("        - [Việc {word} thứ {n}, Văn phòng, Tháng 5]\n"))
        .collect::<String>();
    format!(
        "kind: ke-hoach
style: nha-nuoc
period: 2024-05
number: 41
date: 2024-04-26
place: Tân Tiến
issuer:
  parent: UBND huyện Yên Dũng
  name: Ủy ban nhân dân xã Tân Tiến
  abbr: UBND
sections:
  - title: Mục đích {word}
    list: dash
    items:
{first}  - title: Phân công {word}
    table:
      columns:
        - {{ title: TT, width: 12mm }}
        - {{ title: Nội dung }}
        - {{ title: Chủ trì, width: 35mm }}
        - {{ title: Thời gian, width: 25mm, align: center }}
      number: true
      rows:
        - [\"Việc {word} đầu^[Ghi chú {word}.]\", {{ text: Công an xã, rows: 2 }}, Tháng 5]
        - [Việc {word} tiếp, Tháng 5]
        - {{ group: Nhóm {word} }}
{rows}  - title: Nhiệm vụ {word}
    items:
{second}  - title: Tổ chức thực hiện {word}
    items:
{fourth}closing: Trên đây là kế hoạch {word} của Ủy ban nhân dân xã./.
recipients:
  - UBND huyện (b/c)
archive: VT, VP
signer:
  on_behalf: Ủy ban nhân dân
  title: Chủ tịch
  name: Nguyễn Văn Bình
appendices:
  - title: Danh mục {word}
    items:
{third}    table:
      columns:
        - {{ title: Thôn }}
        - {{ title: Nội dung, width: 80mm }}
      rows:
        - [Thôn Đông {word}, Vệ sinh môi trường]
        - [Thôn Tây {word}, Trật tự xây dựng]
",
        first = items(1),
        second = items(7),
        third = items(13),
        fourth = items(19),
    )
}

#[test]
fn a_plan_laid_out_after_its_second_half_is_the_same_pdf() {
    // A word no other plan of the tests holds.
    let text = plan_text("Phước Long Thọ");
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "plan.yaml", &text);
    // Alone: one job, so no second half laid out ahead.
    let out = run_in(dir.path(), &["build", "-j", "1", "plan.yaml", "-o", "alone.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let alone = std::fs::read(dir.path().join("alone.pdf")).expect("the PDF");
    // As `plan build` runs it (two jobs): the second half laid out on a
    // thread of its own while the whole is, each reaching a part first as
    // the cores run them.
    let out = run_in(dir.path(), &["build", "-j", "2", "plan.yaml", "-o", "ahead.pdf"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ahead = std::fs::read(dir.path().join("ahead.pdf")).expect("the PDF");
    assert!(ahead == alone, "built with its second half ahead, the PDF differs");

    let path = dir.path().join("plan.yaml");
    let view = plan::check(&path, text.as_bytes(), plan::resolve::Options::default())
        .view
        .expect("the plan has no error");
    // In this process, in turn: the second half, then the whole, which
    // finds the second half's paragraphs done.
    let latter = plan::render::ahead::latter_part(&view).expect("a second half");
    assert!(latter.body.len() < view.body.len(), "the first half is cut off");
    renderer().compile(&latter).expect("the second half lays out");
    let after = plan::render_pdf(renderer(), &view, None).expect("the PDF");
    assert!(after == alone, "laid out after its second half, the PDF differs");
}
