//! `plan build -f png | svg` (issue 11, item 5): one image per page, named
//! `NAME-1.png` …, at the resolution asked, the same bytes run to run.

use crate::support::cli::{assert_only_file, run_in, run_in_vi, stderr, write};
use crate::support::plans::may;

/// Width and height of a PNG, from its IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    assert_eq!(&png[12..16], b"IHDR");
    let word =
        |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (word(16), word(20))
}

fn pdf_pages(dir: &std::path::Path) -> usize {
    let out = run_in(dir, &["build", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    lopdf::Document::load(dir.join("a.pdf")).expect("pdf").get_pages().len()
}

#[test]
fn one_png_per_page_at_the_resolution_asked_and_the_same_bytes_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let pages = pdf_pages(dir.path());
    assert!(pages >= 4, "{pages}");
    let out = run_in(dir.path(), &["build", "-f", "png", "--ppi", "72", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for page in 1..=pages {
        let png = std::fs::read(dir.path().join(format!("a-{page}.png")))
            .expect("a page image");
        // A4 at 72 pixels per inch: 595 × 842 points, one pixel each.
        assert_eq!(png_size(&png), (595, 842), "page {page}");
    }
    assert!(!dir.path().join(format!("a-{}.png", pages + 1)).exists());
    let first = std::fs::read(dir.path().join("a-1.png")).expect("page 1");
    let out = run_in(
        dir.path(),
        &["build", "-f", "png", "--ppi", "72", "a.yaml", "-o", "b.png"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(dir.path().join("b-1.png")).expect("page 1 again"), first);
    // The default resolution, 144 per inch: twice as many pixels each way.
    let out = run_in(dir.path(), &["build", "-f", "png", "a.yaml", "-o", "c.png"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let png = std::fs::read(dir.path().join("c-1.png")).expect("page 1");
    assert_eq!(png_size(&png), (1191, 1684));
}

/// `--ppi` past 400 is a usage error (exit 2, nothing written) that says
/// the limit and what gives sharper pictures, in both languages: at 1200 one
/// A4 page took 1.1 GB to render.
#[test]
fn a_resolution_past_400_is_refused_with_what_to_use_instead() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let out = run_in_vi(dir.path(), &["build", "-f", "png", "--ppi", "1200", "a.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("tối đa 400 điểm ảnh mỗi inch"), "{err}");
    assert!(err.contains("3307 × 4677 điểm ảnh"), "{err}");
    assert!(err.contains("dùng tệp PDF"), "{err}");
    assert!(err.contains("`-f svg`"), "{err}");
    let out = run_in(dir.path(), &["build", "-f", "png", "--ppi", "401", "a.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("at most 400 pixels per inch"), "{err}");
    assert!(err.contains("use the PDF"), "{err}");
    // Below the least, or not a number: the range.
    for value in ["5", "abc"] {
        let out =
            run_in_vi(dir.path(), &["build", "-f", "png", "--ppi", value, "a.yaml"]);
        assert_eq!(out.status.code(), Some(2), "{value}");
        assert!(stderr(&out).contains("cần một số từ 10 đến 400"), "{}", stderr(&out));
    }
    assert_only_file(dir.path(), "a.yaml", "--ppi refused");
    // 400 itself is taken (shown with SVG pages, quick to write).
    let out = run_in(dir.path(), &["build", "-f", "svg", "--ppi", "400", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn one_svg_per_page_and_none_to_standard_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let pages = pdf_pages(dir.path());
    let out = run_in(dir.path(), &["build", "-f", "svg", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for page in 1..=pages {
        let svg = std::fs::read_to_string(dir.path().join(format!("a-{page}.svg")))
            .expect("svg");
        assert!(svg.starts_with("<svg"), "page {page}");
    }
    assert!(!dir.path().join(format!("a-{}.svg", pages + 1)).exists());
    let out = run_in(dir.path(), &["build", "-f", "svg", "-o", "-", "a.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// A rebuild of a shorter document removes the images of the pages it no
/// longer has (those right after its last page, not another file further
/// on), and `--check` reports them without removing them.
#[test]
fn images_of_pages_gone_are_removed_and_checked() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let pages = pdf_pages(dir.path());
    let image = |n: usize| dir.path().join(format!("a-{n}.svg"));
    for n in [pages + 1, pages + 2, pages + 4] {
        write(dir.path(), &format!("a-{n}.svg"), "<svg/>");
    }
    let out = run_in(dir.path(), &["build", "-f", "svg", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!image(pages + 1).exists() && !image(pages + 2).exists());
    assert!(image(pages + 4).exists(), "not next to the document's pages");
    assert!(
        stderr(&out).contains(&format!("removed a-{}.svg", pages + 1)),
        "{}",
        stderr(&out)
    );
    write(dir.path(), &format!("a-{}.svg", pages + 1), "<svg/>");
    let out = run_in(dir.path(), &["build", "-f", "svg", "--check", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("is left over"), "{}", stderr(&out));
    assert!(image(pages + 1).exists(), "--check writes and removes nothing");
}

/// The page images of one document are written all or none: when page 3
/// cannot be written (a folder stands in its place here; a full disk does
/// the same), pages 1, 2, 4 and 5 were written anyway, a mix of this build
/// and the last. Now nothing is: the earlier images stay as they were, and
/// the exit is 3, naming the page.
#[test]
fn page_images_are_written_all_or_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    write(dir.path(), "a-1.svg", "<svg/>");
    std::fs::create_dir(dir.path().join("a-3.svg")).expect("a folder");
    let out = run_in(dir.path(), &["build", "-f", "svg", "a.yaml"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot write a-3.svg"), "{}", stderr(&out));
    let first = std::fs::read_to_string(dir.path().join("a-1.svg")).expect("page 1");
    assert_eq!(first, "<svg/>", "the earlier page 1 is left as it was");
    for n in [2, 4, 5] {
        assert!(!dir.path().join(format!("a-{n}.svg")).exists(), "page {n} written");
    }
    let mut names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("the folder")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a-1.svg", "a-3.svg", "a.yaml"], "no temporary file is left");
}
