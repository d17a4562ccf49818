//! `plan build` starts its layout before it has read the plan (`early.rs`
//! of the command line; `plan::render::coming`): the PDF is the same, byte
//! for byte, as the one the library lays out with the view known at the
//! start, and a run that does not use that layout lets it go, so that it
//! never keeps a worker of Typst's pool waiting.

use crate::support::cli::{output_within_a_minute, plan, run_in, stderr, write};
use crate::support::layout::renderer;

/// A Party or a state plan whose every paragraph holds `word`, so that no
/// other test of this process has laid it out before.
fn plan_text(style: &str, word: &str) -> String {
    let items = (1..=12)
        .map(|n| {
            format!(
                "      - Nhiệm vụ {word} số {n}, tổ chức quán triệt, triển khai và báo cáo \
                 kết quả trước ngày 25/5/2024.\n"
            )
        })
        .collect::<String>();
    let issuer = match style {
        "dang" => {
            "  parent: Đảng bộ quận Hoàng Mai\n  name: Đảng ủy phường Mỹ Độ\n  abbr: ĐU\n"
        }
        _ => {
            "  parent: UBND huyện Yên Dũng\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n"
        }
    };
    let signer = match style {
        "dang" => "  on_behalf: Đảng ủy\n  title: Bí thư\n",
        _ => "  on_behalf: Ủy ban nhân dân\n  title: Chủ tịch\n",
    };
    format!(
        "kind: chuong-trinh
style: {style}
period: 2024-05
number: 12
date: 2024-04-26
place: Mỹ Độ
issuer:
{issuer}sections:
  - title: Nhiệm vụ {word}
    items:
{items}  - title: Tổ chức {word}
    items:
{items}recipients:
  - Các chi bộ
archive: VT
signer:
{signer}  name: Nguyễn Văn Bình
"
    )
}

#[test]
fn a_plan_laid_out_before_it_was_read_is_the_same_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (style, word, draft) in [
        ("dang", "Quỳnh Lưu Bắc", false),
        ("nha-nuoc", "Quỳnh Lưu Nam", false),
        ("dang", "Quỳnh Lưu Đông", true),
    ] {
        let text = plan_text(style, word);
        write(dir.path(), "plan.yaml", &text);
        let mut args = vec!["build", "plan.yaml", "-o", "built.pdf"];
        if draft {
            args.push("--draft");
        }
        let out = run_in(dir.path(), &args);
        assert!(out.status.success(), "{style}: {}", stderr(&out));
        let built = std::fs::read(dir.path().join("built.pdf")).expect("the PDF");

        let path = dir.path().join("plan.yaml");
        let options = plan::resolve::Options { draft };
        let view = plan::check(&path, text.as_bytes(), options)
            .view
            .unwrap_or_else(|| panic!("{style}: the plan has errors"));
        let alone = plan::render_pdf(renderer(), &view, None).expect("the PDF");
        assert!(built == alone, "{style}, draft {draft}: the PDFs differ");
    }
}

/// With one worker in Typst's pool (`RAYON_NUM_THREADS=1`, as on a machine
/// of one core), the layout started early holds that worker until its view
/// comes: every run that gives it none must let it go, or its own layouts
/// wait for the worker for ever.
#[test]
fn a_layout_started_early_never_keeps_the_one_worker_waiting() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &plan_text("dang", "Nghi Lộc Tây"));
    write(dir.path(), "b.yaml", &plan_text("nha-nuoc", "Nghi Lộc Nam"));
    let broken =
        plan_text("dang", "Nghi Lộc Bắc").replace("period: 2024-05", "period: 2024-13");
    write(dir.path(), "broken.yaml", &broken);
    let runs: [(&[&str], i32); 7] = [
        (&["build", "a.yaml", "b.yaml"], 0),
        (&["build", "a.yaml", "-o", "a.pdf"], 0),
        (&["build", "--embed-source", "a.yaml", "-o", "embedded.pdf"], 0),
        (&["build", "-f", "docx", "a.yaml"], 0),
        (&["build", "--emit", "view", "a.yaml", "-o", "a.view.json"], 0),
        (&["build", "broken.yaml"], 1),
        (&["build", "broken.yaml", "b.yaml"], 1),
    ];
    for (args, status) in runs {
        let name = args.join(" ");
        let out = output_within_a_minute(
            plan().current_dir(dir.path()).env("RAYON_NUM_THREADS", "1").args(args),
            &name,
        );
        assert_eq!(out.status.code(), Some(status), "{name}: {}", stderr(&out));
    }
    for file in ["a.pdf", "b.pdf", "embedded.pdf", "a.docx", "a.view.json"] {
        assert!(dir.path().join(file).is_file(), "{file} was not written");
    }
}
