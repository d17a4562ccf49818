//! Hostile input, through the `plan` binary: every shape ends in a clean
//! error (exit 1) or a correct build, writes nothing when it fails, never
//! panics or overflows the stack. Timings are not asserted here (`style.md`
//! §7); `bench/hostile.sh` measures time and memory of the same shapes.

// Tests write their input files directly; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use std::path::Path;
use std::process::Command;

use crate::support::cli::{output_within_a_minute, plan as plan_cmd, stderr};

/// A valid plan; `ITEMS` stands for the items of its one section.
const PLAN: &str = "kind: chuong-trinh
style: dang
period: 2024-05
place: Mỹ Độ
issuer: { name: Đảng ủy phường Mỹ Độ, abbr: ĐU }
sections:
  - title: Công tác xây dựng Đảng
    items:
ITEMS
closing: Trên đây là chương trình công tác tháng 5/2024.
recipients: [Các chi bộ trực thuộc]
archive: VP/ĐU
signer: { on_behalf: Đảng ủy, title: Bí thư, name: Hoàng Trọng Hiếu }
";

fn plan_with(items: &str) -> String {
    PLAN.replace("ITEMS\n", items)
}

/// Writes `bytes` as `plan.yaml` in a fresh folder, runs `plan build` on it
/// and checks that it failed with exit 1, reporting `code`, and wrote
/// nothing: the folder holds only the plan.
fn build_fails_cleanly(name: &str, bytes: &[u8], code: &str) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("plan.yaml");
    std::fs::write(&file, bytes).expect("the plan is written");
    let out = plan_cmd().arg("build").arg(&file).output().expect("plan runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
    assert!(stderr.contains(code), "{name}: expected {code} in\n{stderr}");
    assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    assert_only_plan(dir.path(), name);
    // `check` agrees.
    let out = plan_cmd().arg("check").arg(&file).output().expect("plan runs");
    assert_eq!(out.status.code(), Some(1), "{name}");
}

fn assert_only_plan(dir: &Path, name: &str) {
    crate::support::cli::assert_only_file(dir, "plan.yaml", name);
}

#[test]
fn alias_bomb_is_a_clean_error() {
    let mut yaml = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
        .iter()
        .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
    {
        let refs = vec![format!("*{prev}"); 9].join(",");
        yaml.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    build_fails_cleanly("alias bomb", yaml.as_bytes(), "plan::yaml_anchor");
}

#[test]
fn hundred_thousand_deep_nesting_is_a_clean_error() {
    let flow_list = "[".repeat(100_000);
    build_fails_cleanly("flow list", flow_list.as_bytes(), "plan::too_deep");
    let block_list = format!("{}x\n", "- ".repeat(100_000));
    build_fails_cleanly("block list", block_list.as_bytes(), "plan::too_deep");
    // 400 000 levels of `{a: ` pass the file size limit first.
    let flow_map = format!("{}1{}", "{a: ".repeat(400_000), "}".repeat(400_000));
    build_fails_cleanly("flow mapping", flow_map.as_bytes(), "plan::too_large");
    let flow_map = format!("{}1{}", "{a: ".repeat(100_000), "}".repeat(100_000));
    build_fails_cleanly("flow mapping", flow_map.as_bytes(), "plan::too_deep");
    let mut block_map = String::new();
    for depth in 0..200 {
        block_map.push_str(&" ".repeat(depth));
        block_map.push_str("a:\n");
    }
    build_fails_cleanly("block mapping", block_map.as_bytes(), "plan::too_deep");
}

/// Footnotes nested 100 000 deep (600 KB, under the size limit): one
/// `nested_footnote` error, no stack overflow, also in a folder of plans
/// checked by worker threads (smaller stacks than the main thread's).
#[test]
fn footnotes_nested_deep_are_a_clean_error() {
    let depth = 100_000;
    let item = format!("      - \"Một{}x{}\"\n", "^[".repeat(depth), "]".repeat(depth));
    let yaml = plan_with(&item);
    build_fails_cleanly("nested footnotes", yaml.as_bytes(), "plan::nested_footnote");
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(dir.path().join("a.yaml"), &yaml).expect("written");
    std::fs::write(dir.path().join("b.yaml"), plan_with("      - Một việc.\n"))
        .expect("written");
    let out = plan_cmd()
        .args(["check", "-j", "2"])
        .arg(dir.path())
        .output()
        .expect("plan runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("plan::nested_footnote"), "{stderr}");
}

#[test]
fn a_ten_megabyte_line_is_a_clean_error() {
    let yaml = plan_with(&format!("      - {}\n", "ạ".repeat(5_000_000)));
    build_fails_cleanly("10 MB line", yaml.as_bytes(), "plan::too_large");
}

#[test]
fn thousands_of_words_in_a_heading_line_are_a_clean_error() {
    // 2 000 words as the issuer's name took the layout minutes.
    let words = "Đảng ủy ".repeat(1_000);
    for (key, yaml) in [
        ("issuer.name", PLAN.replace("{ name: Đảng ủy", &format!("{{ name: {words}"))),
        (
            "issuer.parent",
            PLAN.replace("issuer: {", &format!("issuer: {{ parent: {words},")),
        ),
        ("place", PLAN.replace("place: Mỹ Độ", &format!("place: {words}"))),
        ("title", PLAN.replace("place: Mỹ Độ", &format!("title: {words}\nplace: Mỹ Độ"))),
    ] {
        let yaml = yaml.replace("ITEMS\n", "      - Một việc.\n");
        build_fails_cleanly(key, yaml.as_bytes(), "plan::too_large");
    }
}

#[test]
fn invisible_characters_that_reorder_or_hide_text_are_clean_errors() {
    // Each passed into the PDF unseen: a right-to-left override shows
    // "Mỹ Độ" as "ộĐ ỹM", a zero-width space hides a break.
    for c in ['\u{202E}', '\u{2067}', '\u{200B}', '\u{200F}'] {
        let yaml = PLAN.replace("place: Mỹ Độ", &format!("place: Mỹ {c}Độ"));
        let yaml = yaml.replace("ITEMS\n", "      - Một việc.\n");
        let name = format!("U+{:04X}", u32::from(c));
        build_fails_cleanly(&name, yaml.as_bytes(), "plan::control_character");
    }
}

#[test]
fn tens_of_thousands_of_tiny_items_are_a_clean_error() {
    // 60 000 one-letter items fit in the size limit and took 620 MB to lay
    // out.
    let yaml = plan_with(&"      - V\n".repeat(60_000));
    assert!(yaml.len() < plan::source::MAX_FILE_BYTES);
    build_fails_cleanly("60 000 items", yaml.as_bytes(), "plan::too_large");
}

/// Within every other limit, footnotes and words the layout breaks letter
/// by letter cost the most: 9 000 notes took 13 s and 1.9 GB, 600 KB of
/// 200-letter words 6 s and 1.7 GB, 3 000 codes of 31 letters in a 12 mm
/// column 10 s and 1.6 GB. Past their budgets they are refused; a plan
/// just inside them is checked without a report of them.
#[test]
fn thousands_of_notes_or_of_words_broken_letter_by_letter_are_clean_errors() {
    let notes = |n: usize| {
        plan_with(
            &(0..n)
                .map(|i| format!("      - Việc {i}^[Chú thích {i}.].\n"))
                .collect::<String>(),
        )
    };
    build_fails_cleanly("1 001 notes", notes(1_001).as_bytes(), "plan::too_large");
    let words = format!("      - {}\n", "a".repeat(200)).repeat(201);
    build_fails_cleanly(
        "201 long words",
        plan_with(&words).as_bytes(),
        "plan::too_large",
    );
    let table = |rows: usize| {
        let rows: String = (0..rows)
            .map(|i| format!("        - [ABCDEFGHIJKLMNOPQRSTUVWXYZ{i:05}, Việc {i}]\n"))
            .collect();
        plan_with(&format!(
            "      - Một việc.\n    table:\n      columns: [{{ title: Mã, width: 12mm }}, \
             {{ title: Nội dung }}]\n      rows:\n{rows}"
        ))
    };
    build_fails_cleanly(
        "800 codes in a narrow column",
        table(800).as_bytes(),
        "plan::too_large",
    );
    for (name, yaml) in [("1 000 notes", notes(1_000)), ("300 codes", table(300))] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("plan.yaml");
        std::fs::write(&file, yaml).expect("written");
        let out = plan_cmd().arg("check").arg(&file).output().expect("plan runs");
        let err = stderr(&out);
        assert!(!err.contains("too_large"), "{name}: {err}");
    }
}

#[test]
fn a_paragraph_or_a_cell_of_a_hundred_thousand_words_is_a_clean_error() {
    // Each took the layout most of a minute.
    let words = "ab ".repeat(100_000);
    build_fails_cleanly(
        "item",
        plan_with(&format!("      - {words}\n")).as_bytes(),
        "plan::too_large",
    );
    let table = format!(
        "      - Một việc.\n    table:\n      columns: [{{ title: A }}, {{ title: B }}]\n      \
         rows:\n        - [x, {words}]\n"
    );
    build_fails_cleanly("cell", plan_with(&table).as_bytes(), "plan::too_large");
    // Made long by references: 40 citations of a long `about`.
    let about = "về công tác ".repeat(30);
    let refs = "{kl:full} ".repeat(40);
    let yaml = plan_with(&format!("      - Thực hiện {refs}\n")).replace(
        "sections:",
        &format!(
            "directives:\n  kl: {{ type: Kết luận, number: 01-KL/TW, date: 2021-05-18, \
             by: Bộ Chính trị, about: {about} }}\nsections:"
        ),
    );
    build_fails_cleanly("references", yaml.as_bytes(), "plan::too_large");
}

#[test]
fn a_multi_megabyte_file_is_a_clean_error() {
    let items = "      - Nội dung công việc của Đảng ủy phường Mỹ Độ.\n".repeat(60_000);
    let yaml = plan_with(&items);
    assert!(yaml.len() > 3_000_000);
    build_fails_cleanly("3 MB file", yaml.as_bytes(), "plan::too_large");
}

#[test]
fn huge_numbers_and_years_are_clean_errors() {
    let item = "      - Tiếp tục quán triệt thực hiện các nghị quyết.\n";
    let cases = [
        (
            "number",
            "period: 2024-05\n",
            "period: 2024-05\nnumber: 999999999999999999999999\n",
            "plan::invalid_number",
        ),
        (
            "date",
            "period: 2024-05\n",
            "period: 2024-05\ndate: 99999-05-02\n",
            "plan::wrong_type",
        ),
        ("period", "period: 2024-05\n", "period: 99999\n", "plan::invalid_period"),
        (
            "time",
            "archive: VP/ĐU\n",
            "archive: VP/ĐU\nmeetings:\n  items:\n    - { every: monday, time: \"99999999999:00\", name: Giao ban }\n",
            "plan::invalid_time",
        ),
        (
            "anniversary",
            "archive: VP/ĐU\n",
            "archive: VP/ĐU\nanniversaries:\n  x: { name: Sự kiện, date: 99999-01-01 }\n",
            "plan::wrong_type",
        ),
    ];
    for (name, from, to, code) in cases {
        let yaml = plan_with(item).replace(from, to);
        build_fails_cleanly(name, yaml.as_bytes(), code);
    }
}

#[test]
fn extreme_but_valid_dates_build() {
    // The largest and smallest dates the format reads still give a PDF.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.yaml");
    let yaml = plan_with("      - Kỷ niệm {x}.\n")
        .replace("period: 2024-05\n", "period: 9999-12\ndate: 9999-12-31\n")
        .replace(
            "archive: VP/ĐU\n",
            "archive: VP/ĐU\nanniversaries:\n  x: { name: Sự kiện, date: 0001-12-01 }\n",
        )
        .replace("tháng 5/2024", "tháng 12/9999");
    std::fs::write(&file, yaml).unwrap();
    let out = plan_cmd().arg("build").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read(dir.path().join("plan.pdf")).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn devices_are_never_read_without_end() {
    let dev_zero = Path::new("/dev/zero");
    if !dev_zero.exists() {
        eprintln!("skipped: this system has no /dev/zero");
        return;
    }
    // As the plan file of every command that reads one: refused before a
    // byte is read (exit 3, or 2 for `diff`, as `diff` does).
    let dir = tempfile::tempdir().unwrap();
    let ok = dir.path().join("ok.yaml");
    std::fs::write(&ok, plan_with("      - Nội dung.\n")).unwrap();
    let (zero, ok) = (dev_zero.as_os_str(), ok.as_os_str());
    let word = std::ffi::OsStr::new;
    let cases = [
        (vec![word("check"), zero], 3),
        (vec![word("build"), zero], 3),
        (vec![word("text"), zero], 3),
        (vec![word("new"), word("--from"), zero], 3),
        (vec![word("diff"), ok, zero], 2),
        (vec![word("diff"), zero, ok], 2),
    ];
    for (args, code) in cases {
        let out = output_within_a_minute(plan_cmd().args(&args), "/dev/zero");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains("/dev/zero: it is not a regular file"), "{args:?}: {err}");
    }
    // As an include: refused before it is opened.
    let yaml = format!("include: [/dev/zero]\n{}", plan_with("      - Nội dung.\n"));
    build_fails_cleanly("include /dev/zero", yaml.as_bytes(), "plan::include_unreadable");
}

#[cfg(target_os = "linux")]
#[test]
fn system_files_are_never_read_nor_quoted() {
    // `/proc/self/environ` is the process's environment: read as an
    // include, its first line was quoted in the report, secrets and all
    // (a CI job checking an untrusted plan would print them).
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("env.yaml");
    std::os::unix::fs::symlink("/proc/self/environ", &link).unwrap();
    for include in
        ["/proc/self/environ", "env.yaml", "/sys/kernel/mm/transparent_hugepage/enabled"]
    {
        let file = dir.path().join("plan.yaml");
        let yaml = format!("include: [{include}]\n{}", plan_with("      - Nội dung.\n"));
        std::fs::write(&file, yaml).unwrap();
        let out = plan_cmd()
            .arg("check")
            .arg(&file)
            .env("PLAN_TEST_SECRET", "s3cr3t-value")
            .output()
            .unwrap();
        let err = crate::support::cli::flat(&stderr(&out));
        assert_eq!(out.status.code(), Some(1), "{include}: {err}");
        assert!(err.contains("plan::include_unreadable"), "{include}: {err}");
        assert!(err.contains("it is a file of the system"), "{include}: {err}");
        assert!(!err.contains("s3cr3t-value"), "{include}: {err}");
    }
    // As the plan itself.
    let out = plan_cmd().arg("check").arg("/proc/self/environ").output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("a file of the system"), "{}", stderr(&out));
}

/// An include that is not named as a YAML file (`/etc/passwd`, a key file
/// beside the plan) is read but not parsed, so none of its lines is quoted
/// in the report: before, each line of `/etc/passwd` came back as an
/// unknown key.
#[test]
fn a_file_not_named_yaml_is_not_quoted_from_an_include() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("khoa.txt"), "API_KEY: s3cr3t-value\n").unwrap();
    for include in ["khoa.txt", "khoa"] {
        if include == "khoa" {
            std::fs::copy(dir.path().join("khoa.txt"), dir.path().join("khoa")).unwrap();
        }
        let file = dir.path().join("plan.yaml");
        let yaml = format!("include: [{include}]\n{}", plan_with("      - Nội dung.\n"));
        std::fs::write(&file, yaml).unwrap();
        let out = plan_cmd().arg("check").arg(&file).output().unwrap();
        let err = crate::support::cli::flat(&stderr(&out));
        assert_eq!(out.status.code(), Some(1), "{include}: {err}");
        assert!(err.contains("plan::include_unreadable"), "{include}: {err}");
        assert!(err.contains("`.yaml` or `.yml`"), "{include}: {err}");
        assert!(!err.contains("s3cr3t-value"), "{include}: {err}");
    }
}

#[cfg(unix)]
#[test]
fn a_loop_of_links_and_a_nul_in_a_path_are_worded() {
    let dir = tempfile::tempdir().unwrap();
    let looped = dir.path().join("loop.yaml");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let out = plan_cmd().args(["--lang", "vi", "check"]).arg(&looped).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("quá nhiều liên kết tượng trưng nối nhau"),
        "{}",
        stderr(&out)
    );
    let yaml = format!("include: [\"a\\0b.yaml\"]\n{}", plan_with("      - Nội dung.\n"));
    let file = dir.path().join("plan.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = plan_cmd().args(["--lang", "vi", "check"]).arg(&file).output().unwrap();
    assert!(stderr(&out).contains("đường dẫn có ký tự NUL"), "{}", stderr(&out));
}

/// `plan build p.yaml -o p.yaml` replaced the plan with its PDF: the
/// clerk's source was gone. Nor may a link to it or an included file be the
/// output.
#[cfg(unix)]
#[test]
fn the_output_is_never_a_file_the_plan_was_read_from() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("chung.yaml");
    std::fs::write(&shared, "recipients: [Các chi bộ trực thuộc]\n").unwrap();
    let plan = dir.path().join("p.yaml");
    let yaml = format!("include: [chung.yaml]\n{}", plan_with("      - Nội dung.\n"));
    std::fs::write(&plan, &yaml).unwrap();
    std::os::unix::fs::symlink(&plan, dir.path().join("link.pdf")).unwrap();
    for (out, format) in [
        ("p.yaml", "pdf"),
        ("link.pdf", "pdf"),
        ("chung.yaml", "pdf"),
        ("p.yaml", "docx"),
    ] {
        let result = plan_cmd()
            .args(["build", "-f", format])
            .arg(&plan)
            .arg("-o")
            .arg(dir.path().join(out))
            .output()
            .unwrap();
        let err = stderr(&result);
        assert_eq!(result.status.code(), Some(2), "{out}: {err}");
        assert!(err.contains("which the plan was read from"), "{out}: {err}");
        assert_eq!(std::fs::read_to_string(&plan).unwrap(), yaml, "{out}");
        assert!(std::fs::read(&shared).unwrap().starts_with(b"recipients"), "{out}");
    }
}

#[test]
fn a_folder_as_the_output_is_named_as_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("p.yaml");
    std::fs::write(&plan, plan_with("      - Nội dung.\n")).unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    for out in ["out", "out/"] {
        let result = plan_cmd()
            .arg("build")
            .arg(&plan)
            .arg("-o")
            .arg(dir.path().join(out))
            .output()
            .unwrap();
        let err = stderr(&result);
        assert_eq!(result.status.code(), Some(3), "{out}: {err}");
        assert!(err.contains("it is a folder, not a file"), "{out}: {err}");
    }
    assert_eq!(std::fs::read_dir(dir.path().join("out")).unwrap().count(), 0);
}

#[cfg(unix)]
#[test]
fn a_fifo_as_input_is_refused_without_waiting() {
    // Nobody writes to the FIFO: opening it to read would wait for ever.
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.yaml");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success(), "mkfifo");
    let ok = dir.path().join("ok.yaml");
    std::fs::write(&ok, plan_with("      - Nội dung.\n")).unwrap();
    let (fifo_arg, ok_arg, word) =
        (fifo.as_os_str(), ok.as_os_str(), std::ffi::OsStr::new);
    let cases = [
        (vec![word("check"), fifo_arg], 3),
        (vec![word("build"), fifo_arg], 3),
        (vec![word("text"), fifo_arg], 3),
        (vec![word("diff"), fifo_arg, ok_arg], 2),
        (vec![word("diff"), ok_arg, fifo_arg], 2),
        (vec![word("new"), word("--from"), fifo_arg], 3),
    ];
    for (args, code) in cases {
        let out = output_within_a_minute(plan_cmd().args(&args), "FIFO");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains("plan.yaml: it is not a regular file"), "{args:?}: {err}");
    }
    // As an include of `build` and of `text`, which has its own reader.
    let with_fifo = dir.path().join("with-fifo.yaml");
    std::fs::write(
        &with_fifo,
        format!("include: [plan.yaml]\n{}", plan_with("      - Nội dung.\n")),
    )
    .unwrap();
    for command in ["build", "text"] {
        let out =
            output_within_a_minute(plan_cmd().arg(command).arg(&with_fifo), command);
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        assert!(stderr(&out).contains("plan::include_unreadable"), "{}", stderr(&out));
    }
    assert!(!dir.path().join("with-fifo.pdf").exists());
}

#[test]
fn text_and_diff_read_no_more_than_build() {
    let items = "      - Nội dung công việc của Đảng ủy phường Mỹ Độ.\n".repeat(60_000);
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.yaml");
    std::fs::write(&big, plan_with(&items)).unwrap();
    let ok = dir.path().join("ok.yaml");
    std::fs::write(&ok, plan_with("      - Nội dung.\n")).unwrap();
    let out = plan_cmd().arg("text").arg(&big).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::too_large"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    for (old, new) in [(&big, &ok), (&ok, &big)] {
        let out = plan_cmd().arg("diff").arg(old).arg(new).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("plan::too_large"), "{}", stderr(&out));
    }
}

#[test]
fn git_blobs_are_read_no_further_than_files() {
    // A committed 30 MB plan, and a plan that includes a committed 30 MB
    // file: git's output is cut at the limit, then a clean error.
    let repo = crate::support::git::Repo::new();
    let items = "      - Nội dung công việc của Đảng ủy phường Mỹ Độ.\n".repeat(600_000);
    repo.write("big.yaml", &plan_with(&items));
    repo.write("ok.yaml", &plan_with("      - Nội dung.\n"));
    repo.write(
        "with-big.yaml",
        &format!("include: [shared/big.yaml]\n{}", plan_with("      - Nội dung.\n")),
    );
    repo.write(
        "shared/big.yaml",
        &format!("place: Mỹ Độ\n#{}\n", "x".repeat(30_000_000)),
    );
    repo.commit("Lớn");
    let out = repo.plan(&["text", "HEAD:big.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::too_large"), "{}", stderr(&out));
    let out = repo.plan(&["diff", "HEAD:big.yaml", "ok.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::too_large"), "{}", stderr(&out));
    let out = repo.plan(&["diff", "HEAD:with-big.yaml", "ok.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the included file `shared/big.yaml` is larger than"),
        "{}",
        stderr(&out)
    );
    let out = repo.plan(&["text", "HEAD:with-big.yaml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the included file `shared/big.yaml` is larger than"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn wide_include_trees_stop_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    // Each file includes the next twice: 2^15 loads without the limit.
    for i in 0..15 {
        let next = format!("f{}.yaml", i + 1);
        std::fs::write(
            dir.path().join(format!("f{i}.yaml")),
            format!("include: [{next}, {next}]\n"),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("f15.yaml"), "place: Mỹ Độ\n").unwrap();
    let file = dir.path().join("plan.yaml");
    std::fs::write(
        &file,
        format!("include: [f0.yaml]\n{}", plan_with("      - Nội dung.\n")),
    )
    .unwrap();
    let out = plan_cmd().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the plan includes more than 64 files"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_plan_at_the_size_limit_builds() {
    let line = "      - Nội dung công việc của Đảng ủy phường Mỹ Độ, tập trung lãnh đạo, chỉ đạo.\n";
    let room = plan::source::MAX_FILE_BYTES - plan_with("").len();
    let yaml = plan_with(&line.repeat(room / line.len()));
    assert!(yaml.len() <= plan::source::MAX_FILE_BYTES);
    assert!(yaml.len() > plan::source::MAX_FILE_BYTES - line.len() - 1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = plan_cmd().arg("build").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read(dir.path().join("plan.pdf")).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn many_problems_on_one_long_line_give_a_bounded_report() {
    // 24 000 unknown keys on one 250 KB line: 200 reports (then the cap),
    // each showing a window of the line, not the whole of it.
    let keys: Vec<String> = (0..24_000).map(|i| format!("k{i}: 1")).collect();
    let yaml = format!("{{{}}}\n", keys.join(", "));
    assert!(yaml.len() < plan::source::MAX_FILE_BYTES);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = plan_cmd().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("stopped after 200 problems"));
    assert!(out.stderr.len() < 1_000_000, "{} bytes of report", out.stderr.len());
}

#[test]
fn references_cannot_blow_a_small_file_up() {
    // 2 KB of `about` cited 10 000 times would print 20 MB.
    let about = "tiếp tục đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh; ".repeat(35);
    let item = format!("      - Thực hiện {}.\n", "{kl01:full} ".repeat(10));
    let yaml = plan_with(&item.repeat(1000)).replace(
        "archive: VP/ĐU\n",
        &format!("archive: VP/ĐU\ndirectives:\n  kl01: {{ type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị, about: {about} }}\n"),
    );
    assert!(yaml.len() < plan::source::MAX_FILE_BYTES);
    build_fails_cleanly("reference expansion", yaml.as_bytes(), "plan::too_large");
}

#[test]
fn thousands_of_unknown_references_give_a_bounded_report() {
    // 3 000 ids and 20 000 unknown references: 200 reports, each help short.
    let ids: String = (0..3000)
        .map(|i| format!("  a{i}: {{ name: Sự kiện {i}, date: 1990-05-01 }}\n"))
        .collect();
    let item = format!("      - Kỷ niệm {}.\n", "{b} ".repeat(100));
    let yaml = plan_with(&item.repeat(200))
        .replace("archive: VP/ĐU\n", &format!("archive: VP/ĐU\nanniversaries:\n{ids}"));
    assert!(yaml.len() < plan::source::MAX_FILE_BYTES, "{}", yaml.len());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = plan_cmd().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("stopped after 200 problems"), "{}", stderr(&out));
    assert!(stderr(&out).contains("and 2990 more"), "{}", &stderr(&out)[..2000]);
    assert!(out.stderr.len() < 1_000_000, "{} bytes of report", out.stderr.len());
}

#[test]
fn twenty_thousand_references_are_checked_in_one_pass() {
    // Each reference is a warning (each anniversary falls outside May, and
    // is reported once per text: 900 of them): the report stops at 200, the
    // run still succeeds, and the place of each kept report is found without
    // a pass per reference (this took 48 s). 20 700 references, 900 to a
    // value: a value holds at most 10 000 characters.
    // Ids of two characters, "a0" to "yz": `{a0:years}` is as long as the
    // `{a:years} ` of one anniversary was.
    let id = |n: usize| {
        let chars = b"0123456789abcdefghijklmnopqrstuvwxyz";
        format!("{}{}", char::from(chars[10 + n / 36]), char::from(chars[n % 36]))
    };
    let refs: String = (0..900).map(|n| format!("{{{}:years}}", id(n))).collect();
    let item = format!("      - Kỷ niệm {refs}.\n").repeat(23);
    let defined: String = (0..900)
        .map(|n| format!("  {}: {{ name: Sự kiện, date: 1990-12-01 }}\n", id(n)))
        .collect();
    let yaml = plan_with(&item).replace(
        "archive: VP/ĐU\n",
        &format!("archive: VP/ĐU\nanniversaries:\n{defined}"),
    );
    assert!(yaml.len() < plan::source::MAX_FILE_BYTES);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = plan_cmd().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("stopped after 200 problems"));
    assert_eq!(stderr(&out).matches("plan::anniversary_outside_period").count(), 200);
    // With one error among them, the run fails even though the error is
    // past the cap.
    let yaml =
        std::fs::read_to_string(&file).unwrap().replace(".\nclosing", " {b}.\nclosing");
    std::fs::write(&file, yaml).unwrap();
    let out = plan_cmd().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", &stderr(&out)[..500]);
    assert!(!stderr(&out).contains("plan::unknown_reference"));
}

/// A province's yearly program of about a hundred pages: `sections`
/// sections of 3 subsections of 12 items, each item some 360 bytes (about
/// 543 KB for 40 sections).
fn yearly_plan(sections: usize) -> String {
    let mut yaml = String::from(
        "kind: chuong-trinh\nstyle: dang\nperiod: 2025\nnumber: 12\ndate: 2024-12-20\n\
         place: Bắc Giang\nissuer:\n  parent: Đảng bộ tỉnh Bắc Giang\n  \
         name: Ban Thường vụ Tỉnh ủy\n  abbr: TU\nsections:\n",
    );
    for s in 1..=sections {
        yaml.push_str(&format!(
            "  - title: Lĩnh vực công tác thứ {s} của tỉnh\n    sections:\n"
        ));
        for sub in 1..=3 {
            yaml.push_str(&format!(
                "      - title: Nhóm nhiệm vụ {sub} của lĩnh vực {s}\n        items:\n"
            ));
            for item in 1..=12 {
                yaml.push_str(&format!(
                    "          - Nhiệm vụ {item} - lãnh đạo, chỉ đạo các cấp ủy, tổ chức đảng \
                     triển khai thực hiện có hiệu quả nghị quyết đại hội đảng bộ các cấp; \
                     tăng cường kiểm tra, giám sát, đôn đốc việc thực hiện, kịp thời tháo gỡ \
                     khó khăn, vướng mắc và báo cáo kết quả về Ban Thường vụ Tỉnh ủy.\n"
                ));
            }
        }
    }
    yaml.push_str(
        "closing: Trên đây là chương trình công tác năm 2025 của Ban Thường vụ Tỉnh ủy./.\n\
         recipients: [Ban Chấp hành Trung ương (b/c), Các huyện ủy và thành ủy]\n\
         archive: VP/TU\n\
         signer: { on_behalf: Ban Thường vụ, title: Bí thư, name: Nguyễn Văn Bình }\n",
    );
    yaml
}

#[test]
fn a_hundred_page_yearly_plan_passes_check() {
    let yaml = yearly_plan(40);
    assert!(yaml.len() > 540_000, "{} bytes", yaml.len());
    assert!(yaml.len() <= plan::source::MAX_FILE_BYTES, "{} bytes", yaml.len());
    let checked = plan::check(
        Path::new("yearly.yaml"),
        yaml.as_bytes(),
        plan::resolve::Options::default(),
    );
    let codes: Vec<&str> = checked.diagnostics.iter().map(|d| d.code).collect();
    assert!(!checked.diagnostics.has_errors(), "{codes:?}");
    assert!(checked.view.is_some());
}
