//! The source inside the PDF (issue 12, item 6): `plan build
//! --embed-source` and `--pdf-standard a-3b` attach the plan and its
//! includes; `check`, `text` and `diff` read such a PDF in place of the
//! YAML; `plan extract` writes the files back, and building them again
//! gives the same PDF byte for byte.

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object};

use crate::support::cli::{plan, plan_vi, root, run, stderr, stdout};
use crate::support::git::Repo;

/// One attachment as lopdf reads it back.
#[derive(Debug)]
struct Attachment {
    name: String,
    description: String,
    mime: Vec<u8>,
    relationship: Option<Vec<u8>>,
    bytes: Vec<u8>,
}

/// Every attachment of `pdf`, through the catalogue's name tree.
fn attachments(pdf: &[u8]) -> Vec<Attachment> {
    let doc = Document::load_mem(pdf).expect("parse pdf");
    let catalog = doc.catalog().expect("catalog");
    let deref = |o: &Object| doc.dereference(o).expect("deref").1.clone();
    let Ok(names) = catalog.get(b"Names") else { return Vec::new() };
    let names = deref(names);
    let tree = deref(names.as_dict().expect("names").get(b"EmbeddedFiles").expect("EF"));
    let pairs = tree.as_dict().expect("tree").get(b"Names").expect("pairs").clone();
    let pairs = pairs.as_array().expect("array").clone();
    pairs
        .chunks(2)
        .map(|pair| {
            let spec = deref(&pair[1]);
            let spec: &Dictionary = spec.as_dict().expect("spec");
            let text = |key: &[u8]| {
                lopdf::decode_text_string(&deref(spec.get(key).expect("key")))
                    .expect("text")
            };
            let ef = deref(spec.get(b"EF").expect("EF"));
            let stream = deref(ef.as_dict().expect("EF dict").get(b"F").expect("F"));
            let stream = stream.as_stream().expect("stream");
            let bytes =
                stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
            Attachment {
                name: text(b"UF"),
                description: text(b"Desc"),
                mime: stream
                    .dict
                    .get(b"Subtype")
                    .expect("Subtype")
                    .as_name()
                    .expect("name")
                    .to_vec(),
                relationship: spec
                    .get(b"AFRelationship")
                    .ok()
                    .map(|o| o.as_name().expect("name").to_vec()),
                bytes,
            }
        })
        .collect()
}

/// A copy of `examples/every-key.yaml` and its include
/// `shared/mo-do-common.yaml` in `dir`; returns the plan's path.
fn every_key_in(dir: &Path) -> PathBuf {
    let examples = root().join("examples");
    std::fs::create_dir_all(dir.join("shared")).expect("folder");
    std::fs::copy(
        examples.join("shared/mo-do-common.yaml"),
        dir.join("shared/mo-do-common.yaml"),
    )
    .expect("copy include");
    let plan = dir.join("every-key.yaml");
    std::fs::copy(examples.join("every-key.yaml"), &plan).expect("copy plan");
    plan
}

/// `plan build ARGS PLAN -o OUT`, which must succeed; the PDF's bytes.
fn build(plan_file: &Path, out: &Path, args: &[&str]) -> Vec<u8> {
    let result = run(plan().arg("build").args(args).arg(plan_file).arg("-o").arg(out));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    std::fs::read(out).expect("written")
}

#[test]
fn the_plan_and_its_includes_are_attached_with_their_names_and_bytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(dir.path());
    let pdf = build(&plan_file, &dir.path().join("a.pdf"), &["--embed-source"]);
    let found = attachments(&pdf);
    let names: Vec<&str> = found.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["every-key.yaml", "shared/mo-do-common.yaml"]);
    assert_eq!(found[0].bytes, std::fs::read(&plan_file).expect("plan"));
    assert_eq!(
        found[1].bytes,
        std::fs::read(dir.path().join("shared/mo-do-common.yaml")).expect("include")
    );
    assert_eq!(found[0].description, plan::archive::PLAN_DESCRIPTION);
    assert_eq!(found[1].description, plan::archive::INCLUDE_DESCRIPTION);
    for attachment in &found {
        assert_eq!(attachment.mime, b"application/yaml", "{attachment:?}");
    }
    // A plain PDF has no place for the relationship; PDF/A-3 has.
    assert_eq!(found[0].relationship, None);
    // Byte-identical run to run.
    let again = build(&plan_file, &dir.path().join("b.pdf"), &["--embed-source"]);
    assert!(pdf == again, "two builds differ");
    // Without the flag nothing is attached.
    let plain = build(&plan_file, &dir.path().join("c.pdf"), &[]);
    assert!(attachments(&plain).is_empty());
}

#[test]
fn a_3b_attaches_the_source_as_its_source() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(dir.path());
    for standards in ["a-3b", "a-3b,ua-1"] {
        let pdf =
            build(&plan_file, &dir.path().join("a.pdf"), &["--pdf-standard", standards]);
        let found = attachments(&pdf);
        assert_eq!(found.len(), 2, "{standards}");
        for attachment in &found {
            assert_eq!(attachment.relationship.as_deref(), Some(&b"Source"[..]));
        }
        // The catalogue lists them as associated files.
        let doc = Document::load_mem(&pdf).expect("parse");
        assert!(doc.catalog().expect("catalog").get(b"AF").is_ok(), "{standards}");
    }
}

#[test]
fn embedding_is_refused_where_it_cannot_work() {
    let seed = root().join("plans/may-2024.yaml");
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("x.pdf");
    for (args, words) in [
        (&["--pdf-standard", "a-2b"][..], "PDF/A-2b không cho đính kèm tệp"),
        (&["-f", "docx"][..], "chỉ tệp PDF mới chứa được nguồn"),
        (&["-f", "png"][..], "chỉ tệp PDF mới chứa được nguồn"),
        (&["--emit", "view"][..], "chỉ tệp PDF mới chứa được nguồn"),
    ] {
        let result = run(plan_vi()
            .args(["build", "--embed-source"])
            .args(args)
            .arg(&seed)
            .arg("-o")
            .arg(&out));
        assert_eq!(result.status.code(), Some(2), "{args:?}: {}", stderr(&result));
        assert!(stderr(&result).contains(words), "{args:?}: {}", stderr(&result));
    }
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn check_text_and_diff_read_the_pdf_as_the_yaml() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(dir.path());
    let pdf = dir.path().join("archived.bin");
    // Told by its header, not its name.
    build(&plan_file, &pdf, &["--embed-source"]);
    // Nothing is read from the disk: the YAML files are gone.
    let moved = tempfile::tempdir().expect("temp dir");
    let pdf_alone = moved.path().join("archived.bin");
    std::fs::rename(&pdf, &pdf_alone).expect("move");

    let text_yaml = run(plan().arg("text").arg(&plan_file));
    let text_pdf = run(plan().arg("text").arg(&pdf_alone));
    assert_eq!(text_pdf.status.code(), Some(0), "{}", stderr(&text_pdf));
    assert_eq!(stdout(&text_pdf), stdout(&text_yaml));

    let check_yaml = run(plan().arg("check").arg(&plan_file));
    let check_pdf = run(plan().arg("check").arg(&pdf_alone));
    assert_eq!(check_pdf.status.code(), check_yaml.status.code());
    let diff = run(plan().arg("diff").arg(&plan_file).arg(&pdf_alone));
    assert_eq!(diff.status.code(), Some(0), "{}{}", stdout(&diff), stderr(&diff));

    // A changed plan differs from the archived one, either side a PDF.
    let text = std::fs::read_to_string(&plan_file).expect("plan");
    std::fs::write(&plan_file, text.replace("Mỹ Độ", "Mỹ Đức")).expect("edit");
    let diff = run(plan().arg("diff").arg(&pdf_alone).arg(&plan_file));
    assert_eq!(diff.status.code(), Some(1), "{}", stderr(&diff));
    assert!(stdout(&diff).contains("{+Đức+}"), "{}", stdout(&diff));
}

#[test]
fn problems_point_into_the_attached_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(dir.path());
    let text = std::fs::read_to_string(&plan_file).expect("plan");
    // A warning (two spaces) keeps the build going.
    std::fs::write(&plan_file, text.replacen("Mỹ Độ", "Mỹ  Độ", 1)).expect("edit");
    let pdf = dir.path().join("w.pdf");
    build(&plan_file, &pdf, &["--embed-source"]);
    let yaml =
        run(plan().args(["check", "--diagnostic-format", "short"]).arg(&plan_file));
    let from_pdf = run(plan().args(["check", "--diagnostic-format", "short"]).arg(&pdf));
    let yaml_report = stderr(&yaml);
    let line = yaml_report.lines().find(|l| l.contains("double_space")).expect("warned");
    let place = line.split_once("every-key.yaml").expect("file").1;
    let expected = format!("{} ▸ every-key.yaml{place}", pdf.display());
    assert!(stderr(&from_pdf).contains(&expected), "{}\n{expected}", stderr(&from_pdf));
}

#[test]
fn a_committed_pdf_is_read_through_git() {
    let repo = Repo::new();
    let plan_file = every_key_in(repo.path());
    build(&plan_file, &repo.path().join("every-key.pdf"), &["--embed-source"]);
    repo.commit("archive");
    let result = run(plan().current_dir(repo.path()).args([
        "diff",
        "HEAD:every-key.pdf",
        "every-key.yaml",
    ]));
    assert_eq!(result.status.code(), Some(0), "{}{}", stdout(&result), stderr(&result));
}

#[test]
fn a_pdf_without_source_says_how_to_get_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("plain.pdf");
    build(&root().join("plans/may-2024.yaml"), &pdf, &[]);
    for command in ["check", "text", "extract"] {
        let result = run(plan_vi().arg(command).arg(&pdf));
        assert_eq!(result.status.code(), Some(3), "{command}: {}", stderr(&result));
        let report = stderr(&result);
        assert!(report.contains("plan::pdf_no_source"), "{report}");
        assert!(report.contains("--embed-source"), "{report}");
        assert!(report.contains("không chứa tệp kế hoạch"), "{report}");
    }
    let result =
        run(plan().arg("diff").arg(&pdf).arg(root().join("plans/may-2024.yaml")));
    assert_eq!(result.status.code(), Some(2), "{}", stderr(&result));
}

#[test]
fn extract_then_build_gives_the_same_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(&dir.path().join("src"));
    let pdf_path = dir.path().join("archive.pdf");
    let pdf = build(&plan_file, &pdf_path, &["--pdf-standard", "a-3b"]);
    let out = dir.path().join("out");
    let result = run(plan().arg("extract").arg(&pdf_path).arg("-o").arg(&out));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert_eq!(
        std::fs::read(out.join("shared/mo-do-common.yaml")).expect("include"),
        std::fs::read(dir.path().join("src/shared/mo-do-common.yaml")).expect("original")
    );
    let again = build(
        &out.join("every-key.yaml"),
        &dir.path().join("again.pdf"),
        &["--pdf-standard", "a-3b"],
    );
    assert!(pdf == again, "the rebuilt PDF differs");

    // Again: identical files are left alone.
    let result = run(plan().arg("extract").arg(&pdf_path).arg("-o").arg(&out));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    // An edited file is not replaced without --force.
    std::fs::write(out.join("every-key.yaml"), "edited").expect("edit");
    let result = run(plan().arg("extract").arg(&pdf_path).arg("-o").arg(&out));
    assert_eq!(result.status.code(), Some(2), "{}", stderr(&result));
    assert!(stderr(&result).contains("plan::extract_exists"), "{}", stderr(&result));
    assert_eq!(std::fs::read(out.join("every-key.yaml")).expect("kept"), b"edited");
    let result =
        run(plan().arg("extract").arg(&pdf_path).arg("-o").arg(&out).arg("--force"));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert_ne!(std::fs::read(out.join("every-key.yaml")).expect("replaced"), b"edited");

    // Without -o: beside the PDF, named after it.
    let result = run(plan().arg("extract").arg(&pdf_path));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(dir.path().join("archive/every-key.yaml").is_file());
}

#[test]
fn a_template_copy_attaches_the_source_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(&dir.path().join("src"));
    let templates = dir.path().join("templates");
    let result = run(plan().args(["template", "export"]).arg(&templates));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let template = templates.to_str().expect("utf-8 path");
    let pdf = build(
        &plan_file,
        &dir.path().join("a.pdf"),
        &["--template", template, "--embed-source"],
    );
    let found = attachments(&pdf);
    let names: Vec<&str> = found.iter().map(|a| a.name.as_str()).collect();
    // The build record says a template copy was used (not which).
    assert_eq!(names, ["every-key.yaml", "plan-build.yaml", "shared/mo-do-common.yaml"]);
    assert_eq!(found[1].description, plan::archive::BUILD_DESCRIPTION);
    assert!(String::from_utf8_lossy(&found[1].bytes).contains("template: true"));
    assert!(!String::from_utf8_lossy(&found[1].bytes).contains(template));
    // The document is the one the copy lays out: the same as without it.
    let copy = build(&plan_file, &dir.path().join("c.pdf"), &["--template", template]);
    let built_in = build(&plan_file, &dir.path().join("b.pdf"), &[]);
    assert!(copy == built_in, "the copy's PDF differs from the built-in one");
}

#[test]
fn a_sign_ready_pdf_keeps_its_source_readable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(dir.path());
    let pdf = dir.path().join("signable.pdf");
    build(&plan_file, &pdf, &["--pdf-standard", "a-3b", "--signature-field"]);
    let yaml = run(plan().arg("text").arg(&plan_file));
    let from_pdf = run(plan().arg("text").arg(&pdf));
    assert_eq!(from_pdf.status.code(), Some(0), "{}", stderr(&from_pdf));
    assert_eq!(stdout(&from_pdf), stdout(&yaml));
}

/// A folder inside DIR that is a symbolic link is not written through:
/// it could lead out of DIR.
#[cfg(unix)]
#[test]
fn extract_does_not_write_through_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(&dir.path().join("src"));
    let pdf = dir.path().join("a.pdf");
    build(&plan_file, &pdf, &["--embed-source"]);
    let out = dir.path().join("out");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&out).expect("out");
    std::fs::create_dir_all(&elsewhere).expect("elsewhere");
    std::os::unix::fs::symlink(&elsewhere, out.join("shared")).expect("link");
    let result = run(plan().arg("extract").arg(&pdf).arg("-o").arg(&out));
    assert_eq!(result.status.code(), Some(3), "{}", stderr(&result));
    let link = out.join("shared").display().to_string();
    // The report wraps long lines: compared with its spaces folded.
    let flat = |text: String| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let report = flat(stderr(&result));
    assert!(report.contains("plan::extract_link"), "{report}");
    assert!(report.contains(&format!("{link} is a symbolic link")), "{report}");
    assert!(report.contains("remove the link"), "{report}");
    // In Vietnamese, the same: its own words, not a generic I/O error.
    let vi = run(plan().args(["--lang", "vi", "extract"]).arg(&pdf).arg("-o").arg(&out));
    let report = flat(stderr(&vi));
    assert!(report.contains(&format!("{link} là liên kết tượng trưng")), "{report}");
    assert!(report.contains("xóa liên kết đó"), "{report}");
    assert_eq!(std::fs::read_dir(&elsewhere).expect("dir").count(), 0);
    assert!(!out.join("every-key.yaml").exists(), "nothing is written");
}

/// `plan extract` prints the command that builds the same PDF again, with
/// the options that attached the source (without `--embed-source` the
/// rebuilt PDF had no source and differed), and counts "1 file" in
/// English. Run as printed, the command gives the PDF byte for byte, also after
/// `--draft`, `--creation-timestamp` and `--signature-field`, which the
/// build records beside the source (`archive::BuildRecord`); the record is
/// not extracted as a file.
#[test]
fn extract_prints_the_command_that_builds_the_same_pdf() {
    for (options, printed) in [
        (&["--embed-source"][..], "--embed-source"),
        (&["--pdf-standard", "a-3b"][..], "--pdf-standard a-3b"),
        (
            &["--embed-source", "--pdf-standard", "ua-1"][..],
            "--embed-source --pdf-standard ua-1",
        ),
        // The options recorded beside the source (the build record).
        (
            &["--embed-source", "--draft", "--creation-timestamp", "1714608000"][..],
            "--embed-source --draft --creation-timestamp 1714608000",
        ),
        (
            &[
                "--pdf-standard",
                "a-3b",
                "--creation-timestamp",
                "-1",
                "--signature-field",
            ][..],
            "--pdf-standard a-3b --creation-timestamp -1 --signature-field",
        ),
    ] {
        let dir = tempfile::tempdir().expect("temp dir");
        let source = dir.path().join("may-2024.yaml");
        std::fs::copy(root().join("plans/may-2024.yaml"), &source).expect("copy");
        let pdf_path = dir.path().join("may-2024.pdf");
        let pdf = build(&source, &pdf_path, options);
        let out = dir.path().join("out");
        let result = run(plan()
            .args(["--lang", "en", "extract"])
            .arg(&pdf_path)
            .arg("-o")
            .arg(&out));
        assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
        let said = stderr(&result);
        assert!(said.contains("extracted 1 file into"), "{said}");
        assert!(!out.join("plan-build.yaml").exists(), "the record is not a source file");
        let command =
            said.split("build again with: plan build ").nth(1).expect("a command");
        let words: Vec<&str> = command.split_whitespace().collect();
        let (plan_file, args) = words.split_last().expect("a plan");
        assert_eq!(args.join(" "), printed, "{said}");
        let again = build(Path::new(plan_file), &dir.path().join("again.pdf"), args);
        assert!(pdf == again, "{options:?}: the rebuilt PDF differs");
        let vi = run(plan()
            .args(["--lang", "vi", "extract"])
            .arg(&pdf_path)
            .arg("-o")
            .arg(&out));
        assert!(
            stderr(&vi).contains(&format!("dựng lại: plan build {printed} ")),
            "{}",
            stderr(&vi)
        );
    }
}

/// A PDF built with `--template` and `--font-path`: the folders are not
/// recorded (another machine's paths), so the printed command says they
/// are needed, in both languages; it carries the rest, and with the
/// folders added it gives the same bytes.
#[test]
fn extract_says_which_folders_the_command_needs() {
    let flat = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("may-2024.yaml");
    std::fs::copy(root().join("plans/may-2024.yaml"), &source).expect("copy");
    let templates = dir.path().join("mau");
    let exported = run(plan().args(["template", "export"]).arg(&templates));
    assert_eq!(exported.status.code(), Some(0), "{}", stderr(&exported));
    let fonts = dir.path().join("phong");
    std::fs::create_dir(&fonts).expect("fonts dir");
    let (t, f) = (templates.to_string_lossy(), fonts.to_string_lossy());
    let folders = ["--template", &t, "--font-path", &f];
    let pdf_path = dir.path().join("may-2024.pdf");
    let mut options = vec!["--embed-source", "--draft"];
    options.extend(folders);
    let pdf = build(&source, &pdf_path, &options);
    let out = dir.path().join("out");
    let en = run(plan().args(["extract"]).arg(&pdf_path).arg("-o").arg(&out));
    let said = flat(stderr(&en));
    let command = said.split("build again with: plan build ").nth(1).expect("a command");
    assert!(command.starts_with("--embed-source --draft "), "{said}");
    assert!(
        said.contains("this PDF was built with `--template DIR` and `--font-path DIR`"),
        "{said}"
    );
    let vi = run(plan_vi().args(["extract"]).arg(&pdf_path).arg("-o").arg(&out));
    let said = flat(stderr(&vi));
    assert!(said.contains("`--template THƯ-MỤC` và `--font-path THƯ-MỤC`"), "{said}");
    let plan_file = out.join("may-2024.yaml");
    let again = build(&plan_file, &dir.path().join("again.pdf"), &options);
    assert!(pdf == again, "the rebuilt PDF differs");
}

/// `plan extract` writes all the files or none: on a disk that filled up at
/// the second file, the first was left extracted (half a source, which the
/// next extraction then refused as changed files). A file size limit of
/// 50 KiB (`ulimit -f`, which holds for root too) fails the 200 KB include
/// here after the small plan, as a full disk would. Nothing is left: no
/// file, no temporary file, not the folders the extraction made.
#[cfg(target_os = "linux")]
#[test]
fn extract_writes_all_or_none() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan_file = every_key_in(&dir.path().join("src"));
    let include = dir.path().join("src/shared/mo-do-common.yaml");
    let mut big = std::fs::read_to_string(&include).expect("include");
    for n in 0..3000 {
        big.push_str(&format!(
            "# Dòng ghi chú số {n} để tệp lớn hơn giới hạn của bài thử.\n"
        ));
    }
    assert!(
        big.len() > 200_000
            && std::fs::metadata(&plan_file).expect("plan").len() < 40_000
    );
    std::fs::write(&include, big).expect("a large include");
    let pdf = dir.path().join("a.pdf");
    build(&plan_file, &pdf, &["--embed-source"]);
    let out = dir.path().join("out");
    // The limit in blocks of 512 bytes (dash) or 1 KiB (bash): 50 or 100 KiB.
    let result = run(std::process::Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 100 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_plan"))
        .arg("extract")
        .arg(&pdf)
        .arg("-o")
        .arg(&out)
        .env("PLAN_LANG", "en")
        .env("NO_COLOR", "1"));
    assert_eq!(result.status.code(), Some(3), "{}", stderr(&result));
    assert!(stderr(&result).contains("mo-do-common.yaml"), "{}", stderr(&result));
    assert!(
        !out.exists(),
        "the folder is left: {:?}",
        std::fs::read_dir(&out).map(|d| d.count())
    );
    // Without the limit, the same extraction writes both.
    let result = run(plan().arg("extract").arg(&pdf).arg("-o").arg(&out));
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    assert!(
        out.join("every-key.yaml").is_file()
            && out.join("shared/mo-do-common.yaml").is_file()
    );
}
