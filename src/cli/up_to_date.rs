//! `plan build --check`: the files `plan build` would write, compared with
//! the ones on disk, nothing written (issue 12). Builds are byte-identical
//! run to run, so a file that differs by one byte is stale.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::diag::ExitStatus;
use crate::lang::t;

/// What the comparison of one output found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Freshness {
    /// The file on disk is the one the plan builds.
    Current,
    /// No file at the output path.
    Missing,
    /// A file is there, with other bytes.
    Stale,
}

/// Compares `built` with the file at `out`. A file much larger than the
/// built one is stale without being read to its end.
pub(super) fn compare(out: &Path, built: &[u8]) -> std::io::Result<Freshness> {
    // Looked at before it is opened: opening a FIFO would wait for a
    // writer forever; a folder or a device is not a built file.
    match std::fs::metadata(out) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Freshness::Missing);
        }
        Err(err) => return Err(err),
        Ok(meta) => crate::source::refuse_special(&meta)?,
    }
    let file = File::open(out)?;
    let mut on_disk = Vec::with_capacity(built.len());
    // One byte more than the built file tells a longer file from an equal one.
    file.take(built.len() as u64 + 1).read_to_end(&mut on_disk)?;
    Ok(if on_disk == built { Freshness::Current } else { Freshness::Stale })
}

/// Checks `built` against `out` (built from `plan`) and says what is wrong:
/// "chưa có plans/may-2024.pdf (dựng từ plans/may-2024.yaml)" /
/// "đã cũ plans/may-2024.pdf: khác với bản dựng từ plans/may-2024.yaml".
/// Exit 1 for a missing or stale file, 3 when it cannot be read.
pub(super) fn report(plan: &Path, out: &Path, built: &[u8]) -> ExitStatus {
    match compare(out, built) {
        Ok(Freshness::Current) => ExitStatus::Success,
        Ok(Freshness::Missing) => {
            let (out, plan) = (out.display(), plan.display());
            super::print_done(&t(
                format!("chưa có {out} (dựng từ {plan})"),
                format!("{out} is missing (built from {plan})"),
            ));
            ExitStatus::PlanErrors
        }
        Ok(Freshness::Stale) => {
            let (out, plan) = (out.display(), plan.display());
            super::print_done(&t(
                format!("đã cũ {out}: khác với bản dựng từ {plan}"),
                format!("{out} is stale: it differs from what {plan} builds"),
            ));
            ExitStatus::PlanErrors
        }
        Err(err) => {
            let (out, why) = (out.display(), crate::source::io_reason(&err));
            super::print_error(&t(
                format!("không đọc được {out}: {}", why.vi),
                format!("cannot read {out}: {}", why.en),
            ));
            ExitStatus::Io
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_equal_longer_shorter_and_other_bytes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("a.pdf");
        assert_eq!(compare(&out, b"abc").expect("compared"), Freshness::Missing);
        crate::export::write_atomic(&out, b"abc").expect("written");
        assert_eq!(compare(&out, b"abc").expect("compared"), Freshness::Current);
        assert_eq!(compare(&out, b"ab").expect("compared"), Freshness::Stale);
        assert_eq!(compare(&out, b"abcd").expect("compared"), Freshness::Stale);
        assert_eq!(compare(&out, b"abd").expect("compared"), Freshness::Stale);
        let folder = compare(dir.path(), b"abc").expect_err("a folder is not a file");
        let why = crate::source::io_reason(&folder);
        assert_eq!(why.get(crate::lang::Lang::Vi), "đây là thư mục, không phải tệp");
        // A FIFO is refused without being opened (opening it would wait).
        let fifo = dir.path().join("fifo.pdf");
        let made =
            std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
        assert!(made.success());
        let err = compare(&fifo, b"abc").expect_err("a FIFO is not a built file");
        let why = crate::source::io_reason(&err);
        assert_eq!(why.get(crate::lang::Lang::En), "it is not a regular file");
    }
}
