//! The `plan` binary as a clerk runs it: every real plan and example builds,
//! exit codes are the README's, a failed build writes nothing.

// Tests write their fixture files directly; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use crate::support::cli::{plan, plan_vi, root, run, stderr, yaml_files};

fn build_to(plan_file: &Path, out: &Path) -> Output {
    run(plan().arg("build").arg(plan_file).arg("-o").arg(out))
}

/// Copies the `.yaml` files of `from` and its subfolders (the includes)
/// into `to`, returning the copies directly in it.
fn copy_plans(from: &Path, to: &Path) -> Vec<PathBuf> {
    for entry in std::fs::read_dir(from).expect("folder exists") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            let sub = to.join(path.file_name().expect("a name"));
            std::fs::create_dir_all(&sub).expect("make the folder");
            copy_plans(&path, &sub);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            std::fs::copy(&path, to.join(path.file_name().expect("a name")))
                .expect("copy");
        }
    }
    yaml_files(to)
}

/// One `plan build` of every plan and example (copied, with their includes,
/// to a temporary folder so that the PDFs land there): one process, one
/// renderer for all, as a clerk building a month's documents runs it.
#[test]
fn every_plan_and_example_builds() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for folder in ["plans", "examples"] {
        let to = dir.path().join(folder);
        std::fs::create_dir(&to).unwrap();
        files.extend(copy_plans(&root().join(folder), &to));
    }
    assert!(files.len() >= 4, "plans and examples are found: {files:?}");
    let out = run(plan().arg("build").args(&files));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for file in files {
        let pdf = std::fs::read(file.with_extension("pdf")).unwrap_or_default();
        assert!(pdf.starts_with(b"%PDF-"), "{} wrote a PDF", file.display());
    }
}

/// `plan check` of every real plan, in one run.
#[test]
fn real_plans_have_no_errors() {
    let files = yaml_files(&root().join("plans"));
    assert!(!files.is_empty());
    let out = run(plan().arg("check").args(&files));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("error"), "{}", stderr(&out));
}

/// The PDF of the May 2024 program, built once for the tests that compare
/// builds.
fn may_pdf() -> &'static [u8] {
    static PDF: OnceLock<Vec<u8>> = OnceLock::new();
    PDF.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let pdf = dir.path().join("may.pdf");
        let out = build_to(&root().join("plans/may-2024.yaml"), &pdf);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        std::fs::read(&pdf).expect("the PDF was written")
    })
}

#[test]
fn same_plan_gives_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let again = dir.path().join("again.pdf");
    assert_eq!(
        build_to(&root().join("plans/may-2024.yaml"), &again).status.code(),
        Some(0)
    );
    assert!(std::fs::read(&again).unwrap() == may_pdf(), "PDFs differ");
}

#[test]
fn source_date_epoch_changes_only_the_timestamp() {
    let dir = tempfile::tempdir().unwrap();
    let dated = dir.path().join("dated.pdf");
    let out = run(plan()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .arg("build")
        .arg(root().join("plans/may-2024.yaml"))
        .arg("-o")
        .arg(&dated));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_ne!(std::fs::read(&dated).unwrap(), may_pdf());
    // A time no PDF can hold is the user's mistake (exit 1, nothing
    // written), worded as such, not an internal error.
    let far = dir.path().join("far.pdf");
    let out = run(crate::support::cli::plan_vi()
        .env("SOURCE_DATE_EPOCH", "999999999999999")
        .arg("build")
        .arg(root().join("plans/may-2024.yaml"))
        .arg("-o")
        .arg(&far));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("không phải một ngày giờ dùng được"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("lỗi của chương trình"), "{}", stderr(&out));
    assert!(!far.exists());
}

const BROKEN: &str = "kind: chuong-trinh\nstyle: dang\nperiod: 2024-05\nplace: Mỹ Độ\n\
issuer: { name: Đảng ủy phường Mỹ Độ, abbr: ĐU }\n\
sections:\n  - title: Công tác\n    items:\n      - Thực hiện {kl99}.\n\
closing: Trên đây.\nrecipients: [Các chi bộ]\narchive: VP/ĐU\n\
signer: { on_behalf: Đảng ủy, title: Bí thư, name: Nguyễn Văn A }\n";

#[test]
fn failed_build_leaves_earlier_pdf_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("t.yaml");
    let pdf = dir.path().join("t.pdf");
    std::fs::write(&pdf, b"earlier").unwrap();
    std::fs::write(&plan_file, BROKEN).unwrap();
    let out = run(plan().arg("build").arg(&plan_file));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("unknown reference `{kl99}`"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&pdf).unwrap(), b"earlier");
    let names: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "no temporary file is left: {names:?}");
}

#[test]
fn error_report_points_at_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("t.yaml");
    std::fs::write(&plan_file, BROKEN).unwrap();
    let out = run(plan().arg("check").arg(&plan_file));
    assert_eq!(out.status.code(), Some(1));
    // Line 9, after "      - Thực hiện " (18 characters): column 19.
    assert!(stderr(&out).contains("t.yaml:9:19"), "{}", stderr(&out));
}

#[test]
fn exit_codes_are_the_readmes() {
    let dir = tempfile::tempdir().unwrap();
    // 2: usage.
    assert_eq!(run(plan().arg("build")).status.code(), Some(2));
    assert_eq!(run(plan().arg("frobnicate")).status.code(), Some(2));
    // 3: unreadable plan.
    let missing = dir.path().join("missing.yaml");
    let out = run(plan().arg("check").arg(&missing));
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("missing.yaml"), "{}", stderr(&out));
    // 3: unwritable output.
    let out = build_to(
        &root().join("plans/may-2024.yaml"),
        &dir.path().join("no/such/dir/x.pdf"),
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    // 0: help.
    assert_eq!(run(plan().arg("--help")).status.code(), Some(0));
}

#[test]
fn deny_warnings_fails_on_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("w.yaml");
    let text = BROKEN.replace(" {kl99}.", ".").replace(
        "archive: VP/ĐU\n",
        "archive: VP/ĐU\nanniversaries:\n  cmac: { name: Ngày sinh C.Mác, date: 1818-05-05 }\n",
    );
    std::fs::write(&plan_file, text).unwrap();
    let out = run(plan().arg("check").arg(&plan_file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("never referenced"), "{}", stderr(&out));
    let out = run(plan().arg("build").arg("--deny-warnings").arg(&plan_file));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!dir.path().join("w.pdf").exists());
    // A report of warnings alone would read as a success: a closing line
    // says the build failed and wrote nothing.
    assert!(
        stderr(&out).ends_with(
            "error: not built: the plan has warnings and --deny-warnings is given; nothing \
             was written\n"
        ),
        "{}",
        stderr(&out)
    );
    let out = run(plan().arg("check").arg("--deny-warnings").arg(&plan_file));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).ends_with(
            "error: failed: the plan has warnings and --deny-warnings is given\n"
        ),
        "{}",
        stderr(&out)
    );
    // Without warnings, no such line.
    let out = run(plan()
        .arg("check")
        .arg("--deny-warnings")
        .arg(root().join("examples/every-key.yaml")));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("--deny-warnings"), "{}", stderr(&out));
}

/// The view is laid out while the text checks run (`src/cli/build.rs`):
/// when they fail the build, by an error of their own or a warning under
/// `--deny-warnings`, that layout is thrown away and nothing is written.
#[test]
fn a_build_failed_by_the_text_checks_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("t.yaml");
    let pdf = dir.path().join("t.pdf");
    let fine = BROKEN.replace(" {kl99}", "");
    let cases = [
        // An error only the text checks find: `allow` names no warning.
        (
            fine.replace("archive: VP/ĐU\n", "archive: VP/ĐU\nallow: [dobule_space]\n"),
            false,
        ),
        // A warning only the text checks find, under `--deny-warnings`.
        (fine.replace("Thực hiện", "Thực  hiện"), true),
    ];
    for (text, deny) in cases {
        std::fs::write(&pdf, b"earlier").unwrap();
        std::fs::write(&plan_file, &text).unwrap();
        let mut build = plan();
        build.arg("build").arg(&plan_file);
        if deny {
            build.arg("--deny-warnings");
        }
        let out = run(&mut build);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let code = if deny { "plan::double_space" } else { "plan::unknown_allow" };
        assert!(stderr(&out).contains(code), "{}", stderr(&out));
        assert_eq!(std::fs::read(&pdf).unwrap(), b"earlier");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }
    // The same plan without the mistake builds.
    std::fs::write(&plan_file, &fine).unwrap();
    let out = run(plan().arg("build").arg("--deny-warnings").arg(&plan_file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn check_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("ok.yaml");
    std::fs::write(&plan_file, BROKEN.replace(" {kl99}", "")).unwrap();
    let out = run(plan().arg("check").arg(&plan_file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn several_files_are_all_processed_and_the_first_failure_decides() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.yaml");
    let bad = dir.path().join("bad.yaml");
    let missing = dir.path().join("missing.yaml");
    std::fs::write(&good, BROKEN.replace(" {kl99}", "")).unwrap();
    std::fs::write(&bad, BROKEN).unwrap();
    for command in ["check", "build"] {
        let out = run(plan().arg(command).arg(&good).arg(&bad).arg(&missing));
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        // The file after the failure is still processed.
        assert!(stderr(&out).contains("missing.yaml"), "{command}: {}", stderr(&out));
        let out = run(plan().arg(command).arg(&missing).arg(&bad));
        assert_eq!(out.status.code(), Some(3), "{command}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("unknown reference"),
            "{command}: {}",
            stderr(&out)
        );
    }
    // `build` wrote the good plan's PDF and nothing for the bad one.
    assert!(dir.path().join("good.pdf").exists());
    assert!(!dir.path().join("bad.pdf").exists());
}

#[test]
fn check_deny_warnings_fails_on_a_warning_and_passes_without() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("w.yaml");
    // A meeting on a Saturday is a warning.
    let text = BROKEN.replace(" {kl99}.", ".").replace(
        "archive: VP/ĐU\n",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { date: 2024-05-25, name: Hội nghị }\n",
    );
    std::fs::write(&plan_file, &text).unwrap();
    let out = run(plan().arg("check").arg("--deny-warnings").arg(&plan_file));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("plan::meeting_on_weekend"), "{}", stderr(&out));
    // Without the flag the warning does not fail it, and the last line
    // says there were warnings only.
    let out = run(plan_vi().arg("check").arg(&plan_file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("plan::meeting_on_weekend"), "{err}");
    assert!(
        err.ends_with(&format!(
            "{}: không có lỗi, chỉ có cảnh báo (ở trên)\n",
            plan_file.display()
        )),
        "{err}"
    );
    std::fs::write(&plan_file, text.replace("2024-05-25", "2024-05-24")).unwrap();
    let out = run(plan().arg("check").arg("--deny-warnings").arg(&plan_file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // No problem: one line that says so, and nothing else.
    assert_eq!(stderr(&out), format!("{}: no errors\n", plan_file.display()));
    let out = run(plan_vi().arg("check").arg(&plan_file));
    assert_eq!(stderr(&out), format!("{}: không có lỗi\n", plan_file.display()));
    // Not in the forms for programs.
    let out = run(plan().args(["check", "--diagnostic-format", "json"]).arg(&plan_file));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn every_problem_of_a_file_comes_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("t.yaml");
    // An unknown key (a load error) and an unknown reference (a check).
    std::fs::write(&plan_file, BROKEN.replace("place:", "number: 5\nplce: x\nplace:"))
        .unwrap();
    let out = run(plan().arg("check").arg(&plan_file));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let key = err.find("unknown key `plce`").expect("unknown key reported");
    let reference = err.find("unknown reference `{kl99}`").expect("reference reported");
    assert!(key < reference, "file order:\n{err}");
}

/// Whether this process runs as root: only root makes device files. The CI
/// container runs as root, so these tests run there.
#[cfg(unix)]
fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|meta| meta.uid() == 0)
}

/// Makes the character device `path` with numbers `major`, `minor` (1 3 is
/// `/dev/null`, 1 7 is `/dev/full`), so that a test that goes wrong replaces
/// its own copy, never the system's.
#[cfg(unix)]
fn mknod(path: &Path, major: &str, minor: &str) {
    let status = Command::new("mknod")
        .arg(path)
        .args(["c", major, minor])
        .status()
        .expect("mknod runs");
    assert!(status.success(), "mknod {}", path.display());
}

#[cfg(unix)]
fn is_char_device(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_char_device())
}

#[cfg(unix)]
#[test]
fn devices_are_written_in_place_never_replaced() {
    if !is_root() {
        eprintln!("skipped: making device files needs root (CI runs as root)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (full, null) = (dir.path().join("full"), dir.path().join("null"));
    mknod(&full, "1", "7");
    mknod(&null, "1", "3");
    let may = root().join("plans/may-2024.yaml");
    // A full device: exit 3 with a plain message, and the device stays.
    let out = build_to(&may, &full);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot write"), "{}", stderr(&out));
    assert!(stderr(&out).contains("No space left on device"), "{}", stderr(&out));
    let out = run(plan().args(["schema", "-o"]).arg(&full));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(is_char_device(&full), "the full device was replaced");
    // The null device takes every output and stays a device; `new` needs
    // no `--force` to write to it.
    let out = build_to(&may, &null);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(plan().args(["schema", "-o"]).arg(&null));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = run(plan().args(["new", "--from"]).arg(&may).arg("-o").arg(&null));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_char_device(&null), "the null device was replaced");
    let mut names: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, ["full", "null"], "no temporary file is left");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_in_place_and_a_socket_is_refused() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.pdf");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success(), "mkfifo");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("the FIFO is read"))
    };
    let out = build_to(&root().join("plans/may-2024.yaml"), &fifo);
    // Should `plan` have ended without opening the FIFO, the reader still
    // waits for a writer: be that writer, so that the test fails, not hangs.
    for _ in 0..500 {
        if reader.is_finished() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    if !reader.is_finished() {
        drop(std::fs::OpenOptions::new().write(true).open(&fifo));
    }
    let read = reader.join().expect("the reader ends");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(read.starts_with(b"%PDF-"), "the PDF went through the FIFO");
    assert!(read.ends_with(b"%%EOF\n") || read.ends_with(b"%%EOF"), "all of it");
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced");

    // A socket cannot be opened: exit 3, and it stays a socket.
    let socket = dir.path().join("plan.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let out = run(plan().args(["schema", "-o"]).arg(&socket));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("cannot write"), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&socket).unwrap().file_type().is_socket());
}

#[cfg(unix)]
#[test]
fn a_link_is_followed_and_stays_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    std::fs::write(&real, "earlier").unwrap();
    let link = dir.path().join("schema.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    let out = run(plan().args(["schema", "-o"]).arg(&link));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    let printed = run(plan().arg("schema")).stdout;
    assert_eq!(std::fs::read(&real).unwrap(), printed);
    // A plan's default output that is a link to another folder.
    let elsewhere = tempfile::tempdir().unwrap();
    let plan_file = dir.path().join("t.yaml");
    std::fs::write(&plan_file, BROKEN.replace(" {kl99}", "")).unwrap();
    let pdf_link = dir.path().join("t.pdf");
    std::os::unix::fs::symlink(elsewhere.path().join("t.pdf"), &pdf_link).unwrap();
    let out = run(plan().arg("build").arg(&plan_file));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&pdf_link).unwrap().file_type().is_symlink());
    let pdf = std::fs::read(elsewhere.path().join("t.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    // `-o -` prints the same bytes.
    let out = run(plan().arg("build").arg(&plan_file).args(["-o", "-"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, pdf, "`-o -` prints the PDF");
    assert!(!stderr(&out).contains("wrote"), "{}", stderr(&out));
}

#[test]
fn dash_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(plan().args(["schema", "-o", "-"]).current_dir(dir.path()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, run(plan().arg("schema")).stdout);
    let out = run(plan()
        .args(["new", "--from"])
        .arg(root().join("plans/may-2024.yaml"))
        .args(["-o", "-"])
        .current_dir(dir.path()));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("period: 2024-06"), "{text}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing is written");
}

/// A plan file named a little wrong (`thang-6.yml` for `thang-6-2024.yaml`)
/// gets the name of the plan beside it that it most likely means, with the
/// folder as typed, in `build`, `check`, `new`, `text` and `diff` alike
/// (`diff` ends with 2, as diff(1) does on trouble); nothing is written.
#[test]
fn a_missing_plan_file_names_the_one_meant() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("van-ban");
    std::fs::create_dir(&plans).unwrap();
    std::fs::copy(root().join("plans/may-2024.yaml"), plans.join("thang-6-2024.yaml"))
        .unwrap();
    for (args, code) in [
        (&["build"][..], 3),
        (&["check"], 3),
        (&["new", "--from"], 3),
        (&["text"], 3),
        (&["diff", "van-ban/thang-6-2024.yaml"], 2),
    ] {
        let out =
            run(plan_vi().current_dir(dir.path()).args(args).arg("van-ban/thang-6.yml"));
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(
                "không đọc được van-ban/thang-6.yml: không có tệp hoặc thư mục này; \
                 có phải `van-ban/thang-6-2024.yaml`?"
            ),
            "{args:?}: {err}"
        );
    }
    // A name like none of them: the plain reason alone.
    let out =
        run(plan_vi().current_dir(dir.path()).arg("build").arg("van-ban/bao-cao.yaml"));
    let err = stderr(&out);
    assert!(err.contains("không đọc được van-ban/bao-cao.yaml"), "{err}");
    assert!(!err.contains("có phải"), "{err}");
    let names: Vec<_> = std::fs::read_dir(&plans).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing written: {names:?}");
}

/// `build.rs` links the executable at a fixed address on Linux with glibc
/// (`-no-pie`): the ELF header's type is `ET_EXEC` (2), not the `ET_DYN`
/// (3) of a position-independent executable, whose start applies some
/// hundred thousand relocations (README, "Speed benchmark").
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_executable_is_linked_at_a_fixed_address() {
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_plan")).expect("the plan executable");
    assert_eq!(&bytes[..4], b"\x7fELF");
    let kind = u16::from_le_bytes([bytes[16], bytes[17]]);
    assert_eq!(kind, 2, "ELF type {kind}: 2 is a fixed-address executable, 3 a PIE");
}

/// `-o` naming an existing folder: exit 3, and the message says to add the
/// file's name after it.
#[test]
fn an_output_that_is_a_folder_says_to_add_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(plan()
        .current_dir(root())
        .args(["build", "plans/may-2024.yaml", "-o"])
        .arg(dir.path()));
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let want =
        format!("add the file's name: `-o {}`", dir.path().join("FILE-NAME").display());
    assert!(stderr(&out).contains(&want), "{}", stderr(&out));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
}
