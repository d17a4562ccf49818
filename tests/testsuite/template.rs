//! `plan template export DIR`, `plan build --emit view` and `plan build
//! --template DIR` (issue 10).
//!
//! The exported folder is compiled through `plan`'s own world reading it
//! from disk (`--template`), not by the Typst CLI, which CI does not
//! install: an unedited export must give the very bytes of the embedded
//! build, so both read the same templates, fonts and view. `bench/run.sh`
//! compiles the same folder with `typst compile` and compares the text.

// Tests edit template files by hand; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};

use crate::support::cli::{plan, plan_vi, root, stderr, write};

const SEED: &str = "plans/may-2024.yaml";

/// Exports the templates into `dir/tpl` and returns that folder.
fn export(dir: &Path) -> PathBuf {
    export_into(dir.join("tpl"))
}

/// `plan template export TPL`.
fn export_into(tpl: PathBuf) -> PathBuf {
    let out = plan().args(["template", "export"]).arg(&tpl).output().expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    tpl
}

/// Builds the seed, with `args` before the file, into `out`.
fn build(args: &[&std::ffi::OsStr], out: &Path) -> std::process::Output {
    plan()
        .current_dir(root())
        .arg("build")
        .args(args)
        .arg(SEED)
        .arg("-o")
        .arg(out)
        .output()
        .expect("runs")
}

#[test]
fn an_unedited_export_builds_the_same_pdf_and_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tpl = export(dir.path());
    for file in ["main.typ", "parts/body.typ", "font.json", "fonts/LICENSE", "view.md"] {
        assert!(tpl.join(file).is_file(), "{file} not exported");
    }
    let fonts = std::fs::read_dir(tpl.join("fonts")).expect("fonts").count();
    assert_eq!(fonts, 5, "four faces and the licence");

    let embedded = dir.path().join("embedded.pdf");
    let out = build(&[], &embedded);
    assert!(out.status.success(), "{}", stderr(&out));
    let copied = dir.path().join("copied.pdf");
    let out = build(&["--template".as_ref(), tpl.as_os_str()], &copied);
    assert!(out.status.success(), "{}", stderr(&out));
    let (a, b) =
        (std::fs::read(&embedded).expect("pdf"), std::fs::read(&copied).expect("pdf"));
    assert!(a == b, "the exported templates give other bytes");

    // The view lands where main.typ reads it, and is the one the build used.
    let view = tpl.join("view.json");
    let out = build(&["--emit".as_ref(), "view".as_ref()], &view);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(root().join(SEED)).expect("seed");
    let checked = plan::check(Path::new(SEED), &bytes, Default::default());
    let expected = checked.view.expect("the seed has a view").to_json();
    assert_eq!(std::fs::read(&view).expect("view.json"), expected);
    assert!(!dir.path().join("may-2024.pdf").exists());
}

#[test]
fn emit_view_writes_next_to_the_plan_by_default() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("may-2024.yaml");
    std::fs::copy(root().join(SEED), &file).expect("copy");
    let out = plan().args(["build", "--emit", "view"]).arg(&file).output().expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("may-2024.view.json")).expect("view written"),
    )
    .expect("JSON");
    assert_eq!(json["doc_type"], "CHƯƠNG TRÌNH");
    assert!(!dir.path().join("may-2024.pdf").exists(), "no PDF with --emit view");
}

#[test]
fn an_edited_copy_changes_the_pages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tpl = export(dir.path());
    let config = tpl.join("config.typ");
    let text = std::fs::read_to_string(&config).expect("config");
    let edited =
        text.replace("body-lines: lines(18pt, 14pt)", "body-lines: lines(30pt, 20pt)");
    assert_ne!(edited, text, "the body pitch is in config.typ");
    std::fs::write(&config, edited).expect("edit");
    let (embedded, copied) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    assert!(build(&[], &embedded).status.success());
    let out = build(&["--template".as_ref(), tpl.as_os_str()], &copied);
    assert!(out.status.success(), "{}", stderr(&out));
    let pages = |p: &Path| lopdf::Document::load(p).expect("pdf").get_pages().len();
    assert!(pages(&copied) > pages(&embedded), "a wider pitch takes more pages");
}

/// The seed's footer (six recipients, each one line) is kept whole
/// without measuring anything: its bound from the view's widths decides.
/// In a copy whose measuring branch fails, the seed still builds, but not
/// a plan whose recipients take two lines each; and once the copy prints
/// another font, whose widths the view does not know, the bound from the
/// characters alone cannot tell, and the seed's footer is measured.
#[test]
fn the_seeds_footer_is_decided_without_measuring() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tpl = export(dir.path());
    let edit = |file: &str, from: &str, to: &str| {
        let path = tpl.join(file);
        let text = std::fs::read_to_string(&path).expect("template");
        let edited = text.replace(from, to);
        assert_ne!(edited, text, "{from:?} in {file}");
        std::fs::write(&path, edited).expect("edit");
    };
    edit(
        "parts/footer.typ",
        "} else { layout(area => {",
        "} else { panic(\"the footer was measured\"); layout(area => {",
    );
    let pdf = dir.path().join("a.pdf");
    let out = build(&["--template".as_ref(), tpl.as_os_str()], &pdf);
    assert!(out.status.success(), "{}", stderr(&out));
    // Four recipients of two lines each, with the label and the archive
    // line taller than the signature block: the bound must not keep it
    // whole (counted one line each, they would seem shorter).
    let seed = std::fs::read_to_string(root().join(SEED)).expect("seed");
    let long = "  - Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông \
                thôn mới của phường\n";
    let list = "  - TT. Thành ủy (b/c)\n  - TT Đảng ủy - HĐND - UBND phường\n  - MTTQ, \
                các tổ chức CT-XH phường\n  - Các chi bộ trực thuộc\n  - Các đ/c Đảng ủy viên\n";
    assert!(seed.contains(list), "the seed's recipients");
    let plan_file = dir.path().join("long.yaml");
    std::fs::write(&plan_file, seed.replace(list, &long.repeat(4))).expect("plan");
    let out = plan()
        .args(["build", "--template"])
        .arg(&tpl)
        .arg(&plan_file)
        .arg("-o")
        .arg(&pdf)
        .output()
        .expect("runs");
    assert!(stderr(&out).contains("the footer was measured"), "{}", stderr(&out));
    // The same layout under another name: the widths are not trusted.
    let fonts = "#let fonts = (font-choice.family, font-choice.fallback)";
    edit("config.typ", fonts, "#let fonts = (\"Serif Copy\", font-choice.family)");
    let out = build(&["--template".as_ref(), tpl.as_os_str()], &pdf);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("the footer was measured"), "{}", stderr(&out));
}

/// Runs `plan build --template` on an export whose `main.typ` hands the
/// view to `parts/mine.typ`, holding `part`; returns the status and the
/// template's reports, the folder's path replaced by `TPL`. (A part of our
/// own, so that edits to the built-in templates leave the snapshots alone.)
fn broken(part: &str) -> (std::process::Output, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let tpl = export(dir.path());
    let main = "#import \"parts/mine.typ\": page\n#page(json(\"/view.json\"))\n";
    std::fs::write(tpl.join("main.typ"), main).expect("main");
    std::fs::write(tpl.join("parts/mine.typ"), part).expect("part");
    let pdf = dir.path().join("out.pdf");
    // In Vietnamese, the default: the snapshots show what a clerk reads.
    let out = plan_vi()
        .current_dir(root())
        .args(["build", "--template"])
        .arg(&tpl)
        .arg(SEED)
        .arg("-o")
        .arg(&pdf)
        .output()
        .expect("runs");
    assert!(!pdf.exists(), "a failed build writes nothing");
    let report = stderr(&out).replace(&tpl.display().to_string(), "TPL");
    // The seed's own warning comes first; the template's reports follow.
    let report = report
        .find("plan::template_")
        .map_or(report.clone(), |at| report[at..].to_owned());
    (out, report)
}

#[test]
fn a_field_the_view_lacks_is_named_with_its_place() {
    let (out, report) = broken(
        "// A custom header.\n#let page(view) = {\n  text(view.header.isuer)\n}\n",
    );
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("plan::template_field"), "{report}");
    assert!(report.contains("TPL/parts/mine.typ:3:20"), "{report}");
    assert!(report.contains("có phải `issuer`?"), "{report}");
    insta::assert_snapshot!("template_field", report);
}

/// A key missing from config.typ's dictionary is not the view's fault: the
/// general report quotes Typst instead of suggesting a view field.
#[test]
fn a_missing_config_key_is_not_blamed_on_the_view() {
    let (out, report) =
        broken("#let page(view) = {\n  let c = (a: 1)\n  text(str(c.headr-lines))\n}\n");
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("plan::template_error"), "{report}");
    assert!(!report.contains("plan::template_field"), "{report}");
    assert!(report.contains("headr-lines"), "{report}");
}

/// Typst's hint to use its command line's `--root` names an option `plan`
/// does not have: it is left out of the report.
#[test]
fn no_hint_names_an_option_plan_lacks() {
    let (out, report) =
        broken("#let page(view) = {\n  text(read(\"../../a.yaml\"))\n}\n");
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("project sandbox"), "{report}");
    assert!(!report.contains("--root"), "{report}");
}

#[test]
fn a_copy_that_does_not_compile_is_reported_on_its_line() {
    let (out, report) =
        broken("#let page(view) = {\n  let x = (\n  text(view.doc_type)\n}\n");
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("plan::template_error"), "{report}");
    assert!(report.contains("mẫu trình bày có lỗi"), "{report}");
    assert!(report.contains("TPL/parts/mine.typ:2:11"), "{report}");
    insta::assert_snapshot!("template_error", report);
}

/// A copy reads only its own regular files: a symbolic link in it to a
/// device (`/dev/zero` took 24 GB before it was killed), to a file under
/// `/proc` (the environment, secrets included, went into the report and
/// the PDF) or to a file outside the folder is refused as the copy's
/// error, and nothing is written; a link to a file of the folder is read.
#[cfg(unix)]
#[test]
fn a_copy_reads_no_device_system_file_or_file_outside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "BI-MAT-123").expect("secret");
    let tpl = export(dir.path());
    std::fs::write(tpl.join("data.txt"), "DU-LIEU-456").expect("data");
    std::os::unix::fs::symlink(tpl.join("data.txt"), tpl.join("inside")).expect("link");
    let main = std::fs::read_to_string(tpl.join("main.typ")).expect("main");
    let run = |target: &str, link: Option<&Path>| {
        let z = tpl.join("z");
        let _ = std::fs::remove_file(&z);
        if let Some(link) = link {
            std::os::unix::fs::symlink(link, &z).expect("link");
        }
        let edited = format!("#panic(read(\"/{target}\", encoding: none).len())\n{main}");
        std::fs::write(tpl.join("main.typ"), edited).expect("main");
        let pdf = dir.path().join("out.pdf");
        let out = build(&["--template".as_ref(), tpl.as_os_str()], &pdf);
        (out, pdf)
    };
    for link in [&secret, Path::new("/dev/zero"), Path::new("/proc/self/environ")] {
        let (out, pdf) = run("z", Some(link));
        let report = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{}: {report}", link.display());
        assert!(report.contains("plan::template_error"), "{}: {report}", link.display());
        assert!(report.contains("failed to load file"), "{}: {report}", link.display());
        assert!(!report.contains("BI-MAT"), "{report}");
        assert!(!pdf.exists(), "nothing written");
    }
    // The reason is said, in the words of the report's language.
    let (out, _) = run("z", Some(&secret));
    assert!(stderr(&out).contains("is a link that leads out"), "{}", stderr(&out));
    // A file of the folder larger than 32 MiB (sparse: no disk taken).
    let big = std::fs::File::create(tpl.join("big")).expect("big");
    big.set_len(32 * 1024 * 1024 + 1).expect("size");
    let (out, pdf) = run("big", None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("larger than 32 MiB"), "{}", stderr(&out));
    assert!(!pdf.exists());
    // A link to a file of the folder is followed: the panic shows its length.
    let (out, _) = run("inside", None);
    assert!(stderr(&out).contains("panicked with: 11"), "{}", stderr(&out));
}

#[test]
fn a_folder_without_main_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = build(
        &["--template".as_ref(), dir.path().as_os_str()],
        &dir.path().join("o.pdf"),
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::template_dir"), "{}", stderr(&out));
    assert!(!dir.path().join("o.pdf").exists());
}

#[test]
fn a_second_export_needs_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tpl = export(dir.path());
    let out = plan().args(["template", "export"]).arg(&tpl).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::template_exists"), "{}", stderr(&out));
    let out =
        plan().args(["template", "export", "--force"]).arg(&tpl).output().expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
}

/// An export that fails on one file writes none: a disk full at the fonts
/// left half a copy (the templates but no fonts), which the next export
/// then refused as an earlier one. A folder in place of one file fails the
/// same way here, on any machine.
#[test]
fn a_failed_export_writes_no_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tpl = dir.path().join("mau");
    std::fs::create_dir_all(tpl.join("fonts/LICENSE")).expect("a folder");
    let out =
        plan().args(["template", "export", "--force"]).arg(&tpl).output().expect("runs");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::template_write"), "{}", stderr(&out));
    let mut left: Vec<String> = Vec::new();
    let mut folders = vec![tpl.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path.clone());
            }
            left.push(path.strip_prefix(&tpl).expect("inside").display().to_string());
        }
    }
    left.sort();
    assert_eq!(left, ["fonts", "fonts/LICENSE"], "nothing written, no folder left");
}

/// Every key of every view the repository's plans and examples make is
/// documented in `docs/view.md` as `` `key` ``: a field added to the view
/// without a line in the contract fails here.
#[test]
fn docs_view_md_names_every_field() {
    fn keys(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, inner) in map {
                    out.push(key.clone());
                    // `footer.widths.regular` and `.widest` are keyed by
                    // the texts themselves.
                    if key != "regular" && key != "widest" {
                        keys(inner, out);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let doc = std::fs::read_to_string(root().join("docs/view.md")).expect("docs/view.md");
    let mut found = Vec::new();
    for dir in ["plans", "examples"] {
        for entry in std::fs::read_dir(root().join(dir)).expect("folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let bytes = std::fs::read(&path).expect("plan");
            let Some(view) = plan::check(&path, &bytes, Default::default()).view else {
                continue;
            };
            let json = serde_json::from_slice(&view.to_json()).expect("json");
            keys(&json, &mut found);
        }
    }
    found.sort();
    found.dedup();
    assert!(found.len() > 20, "{found:?}");
    let missing: Vec<_> =
        found.iter().filter(|k| !doc.contains(&format!("`{k}`"))).collect();
    assert!(missing.is_empty(), "fields missing from docs/view.md: {missing:?}");
}

/// Liberation Serif sets a space closer to only a few letters, which
/// `config.typ` lists (`space-kerning`); the code boxes measure the
/// kerning beside those letters only (`runs.typ` `may-kern`). A copy whose
/// `space-kerning` is `none` measures beside every letter, as for Times
/// New Roman: it must give the very bytes of the built-in templates, with
/// every letter with a case from U+0041 to U+0345 and from U+1E00 to
/// U+1EF9 (the ranges the list speaks for) at both ends of a code, beside
/// a space, upright, bold and italic. A copy that measures none gives other
/// bytes, with only the letters listed at the codes' ends: they do kern.
#[test]
fn only_the_letters_listed_kern_with_a_space() {
    let cased: Vec<char> = (0x41..=0x345u32)
        .chain(0x1E00..=0x1EF9)
        .filter_map(char::from_u32)
        .filter(|c| c.to_lowercase().ne(c.to_uppercase()))
        .collect();
    // `config.typ`'s list: the letters a space kerns with before and after.
    let (lead, trail) = ("ATVWY", "AFLPTVWYr");
    let mut listed: Vec<char> = lead.chars().chain(trail.chars()).collect();
    listed.sort_unstable();
    listed.dedup();
    let dir = tempfile::tempdir().expect("temp dir");
    let every_letter = codes_plan(dir.path(), "cased.yaml", &cased);
    let listed_letters = codes_plan(dir.path(), "listed.yaml", &listed);
    // Each build gets its own copy of the templates, and the four run at
    // once: those of every letter take seconds each, and this test is
    // among the last to run.
    let copy = |name: &str, edit: &dyn Fn(&str) -> String| {
        let tpl = export_into(dir.path().join(name));
        let config = tpl.join("config.typ");
        let text = std::fs::read_to_string(&config).expect("config");
        let edited = edit(&text);
        assert_ne!(edited, text, "space-kerning is in config.typ");
        std::fs::write(&config, edited).expect("edit");
        tpl
    };
    let list = format!("(lead: \"{lead}\", trail: \"{trail}\")");
    let every = copy("every", &|text| {
        text.replace("#let space-kerning = if", "#let space-kerning = if false and")
    });
    let none = copy("none", &|text| text.replace(&list, "(lead: \"\", trail: \"\")"));
    let start = |file: &Path, name: &str, tpl: Option<&Path>| {
        let pdf = dir.path().join(name);
        let mut cmd = plan();
        cmd.arg("build").arg(file).arg("-o").arg(&pdf);
        if let Some(tpl) = tpl {
            cmd.arg("--template").arg(tpl);
        }
        cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
        (cmd.spawn().expect("runs"), pdf)
    };
    let read = |(child, pdf): (std::process::Child, PathBuf)| {
        let out = child.wait_with_output().expect("ends");
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::read(&pdf).expect("pdf")
    };
    let started = [
        start(&every_letter, "embedded.pdf", None),
        start(&every_letter, "every.pdf", Some(&every)),
        start(&listed_letters, "listed-embedded.pdf", None),
        start(&listed_letters, "listed-none.pdf", Some(&none)),
    ];
    let [embedded, every, listed_embedded, listed_none] = started.map(read);
    assert!(embedded == every, "a letter left unmeasured kerns with a space");
    assert!(
        listed_embedded != listed_none,
        "the letters listed do not kern: the plan tests nothing"
    );
}

/// Writes `dir/name`: a state plan whose items hold codes `X-1 1-X` for
/// each of `letters`, 24 letters an item, upright, bold and italic.
fn codes_plan(dir: &Path, name: &str, letters: &[char]) -> PathBuf {
    let mut items = String::new();
    for chunk in letters.chunks(24) {
        let codes: Vec<String> = chunk.iter().map(|c| format!("{c}-1 1-{c}")).collect();
        let codes = codes.join(" ");
        for marks in ["", "**", "*"] {
            items += &format!("      - \"Mã {marks}{codes}{marks} hết.\"\n");
        }
    }
    let yaml = format!(
        "kind: ke-hoach\nstyle: nha-nuoc\nperiod: 2024\nnumber: 5\ndate: 2024-01-05\n\
         place: Tân Tiến\nissuer:\n  name: Ủy ban nhân dân xã Tân Tiến\n  abbr: UBND\n\
         sections:\n  - title: Nhiệm vụ\n    items:\n{items}\
         closing: Hết.\nrecipients: [Như trên]\narchive: VT\nsigner:\n  title: Chủ tịch\n  \
         name: Nguyễn Văn A\n"
    );
    write(dir, name, &yaml);
    dir.join(name)
}
