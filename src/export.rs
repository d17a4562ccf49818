//! Document → PDF bytes → file, written atomically (or in place, when the
//! file is a device).
//!
//! Output is deterministic (`style.md` §1.4, §6): the PDF identifier is
//! derived from the view's metadata and the creation date is the document's
//! own date at midnight UTC, unless the caller passes a timestamp (the command
//! line reads `SOURCE_DATE_EPOCH`; library code reads no environment and no
//! clock). The title, author and language come from the template's
//! `set document(..)` and `set text(lang: "vi")`.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, Timelike};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::view::View;

/// Why a document could not be exported.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ExportError {
    /// Typst's PDF writer failed: a bug in `plan` or its templates.
    #[error(
        "{}: {message}",
        crate::lang::t(
            "lỗi nội bộ: không xuất được PDF",
            "internal error: PDF export failed"
        )
    )]
    #[diagnostic(code(plan::pdf_export))]
    Pdf {
        /// Typst's messages, joined by "; ".
        message: String,
    },
    /// The standards asked for cannot be met together, or the document
    /// breaks one of their rules.
    #[error(
        "{}: {message}",
        crate::lang::t(
            "văn bản không đạt chuẩn PDF đã chọn (--pdf-standard), Typst báo",
            "the document does not meet the chosen PDF standard (--pdf-standard)"
        )
    )]
    #[diagnostic(code(plan::pdf_standard))]
    Standard {
        /// Typst's message.
        message: String,
    },
    /// The creation date is not a valid date.
    #[error(
        "{} {date}",
        crate::lang::t("thời điểm tạo PDF không hợp lệ:", "invalid PDF creation date")
    )]
    #[diagnostic(code(plan::pdf_timestamp))]
    Timestamp {
        /// The date or the unix seconds given.
        date: String,
    },
    /// The creation time given (`--creation-timestamp`, `SOURCE_DATE_EPOCH`)
    /// is not one a PDF can hold: a mistake of the user's, not a bug.
    #[error(
        "{}",
        crate::lang::t(
            format!("thời điểm tạo PDF {seconds} (giây Unix, từ `--creation-timestamp` hoặc SOURCE_DATE_EPOCH) không phải một ngày giờ dùng được"),
            format!("the PDF creation time {seconds} (Unix seconds, from `--creation-timestamp` or SOURCE_DATE_EPOCH) is not a usable date and time"),
        )
    )]
    #[diagnostic(code(plan::pdf_timestamp))]
    TimestampSeconds {
        /// The seconds given.
        seconds: i64,
    },
}

/// A PDF standard the output conforms to, validated by Typst's PDF writer
/// at export (`plan build --pdf-standard`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standard {
    /// PDF/A-2b: archival, every font embedded, visual appearance kept.
    A2b,
    /// PDF/A-3b: PDF/A-2b that may carry attached files.
    A3b,
    /// PDF/UA-1: accessible (tagged, titled); combines with one PDF/A.
    Ua1,
}

impl Standard {
    /// The command-line names, in order.
    pub const NAMES: [&'static str; 3] = ["a-2b", "a-3b", "ua-1"];

    /// Reads a command-line name.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "a-2b" => Some(Self::A2b),
            "a-3b" => Some(Self::A3b),
            "ua-1" => Some(Self::Ua1),
            _ => None,
        }
    }

    fn typst(self) -> PdfStandard {
        match self {
            Self::A2b => PdfStandard::A_2b,
            Self::A3b => PdfStandard::A_3b,
            Self::Ua1 => PdfStandard::Ua_1,
        }
    }
}

/// Exports `document` as PDF bytes.
///
/// The creation date is `timestamp` (unix seconds, UTC) when given, else
/// midnight UTC of `view.meta.date`. The PDF identifier hashes a string built
/// from the view's title, author and date, so the same view gives the same
/// bytes.
pub fn pdf(
    document: &PagedDocument,
    view: &View,
    timestamp: Option<i64>,
) -> Result<Vec<u8>, ExportError> {
    pdf_conforming(document, view, timestamp, &[])
}

/// [`pdf`] conforming to `standards` (none: plain PDF 1.7). A document that
/// does not meet them, or standards that cannot be met together (two
/// PDF/A parts), is an error naming what fails.
pub fn pdf_conforming(
    document: &PagedDocument,
    view: &View,
    timestamp: Option<i64>,
    standards: &[Standard],
) -> Result<Vec<u8>, ExportError> {
    let list: Vec<PdfStandard> = standards.iter().map(|s| s.typst()).collect();
    let standards = PdfStandards::new(&list)
        .map_err(|err| ExportError::Standard { message: err.message().to_string() })?;
    let datetime = match timestamp {
        Some(seconds) => from_unix(seconds)?,
        None => from_date(view.meta.date)?,
    };
    let [year, month, day] = view.meta.date;
    let options = PdfOptions {
        ident: Smart::Custom(format!(
            "plan/{}/{}/{year:04}-{month:02}-{day:02}",
            view.meta.author, view.meta.title
        )),
        creator: Smart::Custom(Some(format!(
            "plan {} (Typst 0.15.1)",
            env!("CARGO_PKG_VERSION")
        ))),
        timestamp: Some(Timestamp::new_utc(datetime)),
        standards,
        ..PdfOptions::default()
    };
    let conforming = !list.is_empty();
    typst_pdf::pdf(document, &options).map_err(|errors| {
        let message =
            errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; ");
        // With a standard asked for, a failure is the standard's rule the
        // document breaks, not a bug.
        if conforming {
            ExportError::Standard { message }
        } else {
            ExportError::Pdf { message }
        }
    })
}

/// Midnight of `[year, month, day]`.
fn from_date([year, month, day]: [i32; 3]) -> Result<Datetime, ExportError> {
    u8::try_from(month)
        .ok()
        .zip(u8::try_from(day).ok())
        .and_then(|(month, day)| Datetime::from_ymd_hms(year, month, day, 0, 0, 0))
        .ok_or_else(|| ExportError::Timestamp { date: format!("{year}-{month}-{day}") })
}

/// The UTC date and time of `seconds` since 1970-01-01T00:00:00Z.
fn from_unix(seconds: i64) -> Result<Datetime, ExportError> {
    let invalid = || ExportError::TimestampSeconds { seconds };
    let utc = chrono::DateTime::from_timestamp(seconds, 0).ok_or_else(invalid)?;
    let small = |n: u32| u8::try_from(n).ok();
    (|| {
        Datetime::from_ymd_hms(
            utc.year(),
            small(utc.month())?,
            small(utc.day())?,
            small(utc.hour())?,
            small(utc.minute())?,
            small(utc.second())?,
        )
    })()
    .ok_or_else(invalid)
}

/// Writes `bytes` to `path` all at once: into a temporary file in the same
/// folder, flushed and synced, then renamed over `path`. A reader never sees
/// half a file, and a failed write leaves any old file in place.
///
/// What `path` names decides how:
/// - a symbolic link is followed (through every link of a chain) and its
///   target is replaced as above; the link stays a link. A link to nowhere
///   gets its target created;
/// - a device (`/dev/null`, `/dev/full`), a FIFO or a socket is written in
///   place, as a shell's `>` does: renaming over it would put a plain file
///   where the device was. A write error (`/dev/full` is always full) is
///   returned, and a socket cannot be opened;
/// - anything else (a regular file, or nothing yet) is replaced as above.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), std::io::Error> {
    let path = follow_links(path)?;
    match std::fs::metadata(&path) {
        // Named before a rename fails on it (`-o out/` said "a part of the
        // path is not a folder").
        Ok(meta) if meta.is_dir() => {
            Err(std::io::Error::other(crate::source::Refused::Folder))
        }
        Ok(meta) if !meta.is_file() => write_in_place(&path, bytes),
        _ => replace(&path, bytes),
    }
}

/// The most links followed in a chain, as Linux's `MAXSYMLINKS`.
const MAX_LINKS: usize = 40;

/// `path` with every symbolic link at its end followed: the path of the file
/// that a write through `path` reaches (which may not exist yet). A link's
/// relative target is taken from the link's folder.
fn follow_links(path: &Path) -> Result<PathBuf, std::io::Error> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(folder) => folder.join(target),
                    None => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other(crate::source::Refused::LinkLoop))
}

/// Writes `bytes` into the existing special file `path` without replacing
/// it. Opening a FIFO waits for a reader, as writing to one does in a shell.
fn write_in_place(path: &Path, bytes: &[u8]) -> Result<(), std::io::Error> {
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    file.write_all(bytes)?;
    file.flush()
}

/// Writes each file of `files` as [`write_atomic`] does, all or none: every
/// one is first written to a temporary file beside its place, and only when
/// all are written are they renamed into place. The page images of one
/// document (`NAME-1.png` …) are one output: on a disk that filled up at
/// the fourth page, pages 1 to 3 failed, page 5 was written, and the folder
/// held a mix of this build and the last. A device, FIFO or socket among
/// them is written in place, after the others are ready. The error names
/// the file that failed; nothing of the others is left behind.
pub fn write_all_atomic(
    files: &[(PathBuf, &[u8])],
) -> Result<(), (PathBuf, std::io::Error)> {
    let mut staged = Vec::with_capacity(files.len());
    let mut in_place = Vec::new();
    for (asked, bytes) in files {
        let failed = |err| (asked.clone(), err);
        let path = follow_links(asked).map_err(failed)?;
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                return Err(failed(std::io::Error::other(
                    crate::source::Refused::Folder,
                )));
            }
            Ok(meta) if !meta.is_file() => in_place.push((asked, path, *bytes)),
            _ => staged.push((asked, stage(&path, bytes).map_err(failed)?, path)),
        }
    }
    for (asked, path, bytes) in in_place {
        write_in_place(&path, bytes).map_err(|err| (asked.clone(), err))?;
    }
    for (asked, file, path) in staged {
        file.persist(&path).map_err(|err| (asked.clone(), err.error))?;
    }
    Ok(())
}

/// Writes `bytes` to a temporary file next to `path`, then renames it over
/// `path`.
fn replace(path: &Path, bytes: &[u8]) -> Result<(), std::io::Error> {
    stage(path, bytes)?.persist(path).map_err(|err| err.error)?;
    Ok(())
}

/// `bytes` written and synced to a temporary file in `path`'s folder, with
/// the mode `path` has (or a new file would get), ready to be renamed over
/// it; removed if dropped.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, std::io::Error> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".plan-");
    // The temporary file is private (0600) by default; the PDF must get the
    // mode an earlier PDF had, or the one a plainly created file gets.
    #[cfg(unix)]
    builder.permissions(match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => meta.permissions(),
        _ => {
            use std::os::unix::fs::PermissionsExt;
            // 0666 less the umask, as `File::create` gives.
            std::fs::Permissions::from_mode(0o666)
        }
    });
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.flush()?;
    file.as_file().sync_all()?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new PDF gets the mode of a plainly created file (not the private
    /// 0600 of a temporary file); a rewritten PDF keeps its mode.
    #[cfg(unix)]
    #[test]
    #[allow(clippy::disallowed_methods)]
    fn written_files_get_ordinary_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain");
        std::fs::File::create(&plain).unwrap();
        let expected = std::fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
        let pdf = dir.path().join("a.pdf");
        write_atomic(&pdf, b"%PDF-").unwrap();
        assert_eq!(
            std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777,
            expected
        );
        std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&pdf, b"%PDF-2").unwrap();
        assert_eq!(std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777, 0o640);
    }

    #[test]
    fn unix_seconds_convert_to_utc() {
        // 2024-05-02T00:00:00Z
        let dt = from_unix(1_714_608_000).unwrap();
        assert_eq!(dt, Datetime::from_ymd_hms(2024, 5, 2, 0, 0, 0).unwrap());
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(from_date([2024, 2, 30]).is_err());
        assert!(from_date([2024, 13, 1]).is_err());
    }

    #[test]
    fn write_atomic_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.pdf");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_and_stay_links() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.pdf");
        write_atomic(&target, b"old").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink("real.pdf", &link).unwrap();
        let chain = dir.path().join("chain.pdf");
        std::os::unix::fs::symlink(&link, &chain).unwrap();
        write_atomic(&chain, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert!(std::fs::symlink_metadata(&chain).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        // A link to nowhere gets its target.
        let dangling = dir.path().join("dangling.pdf");
        std::os::unix::fs::symlink("later.pdf", &dangling).unwrap();
        write_atomic(&dangling, b"made").unwrap();
        assert_eq!(std::fs::read(dir.path().join("later.pdf")).unwrap(), b"made");
        assert!(std::fs::symlink_metadata(&dangling).unwrap().file_type().is_symlink());
    }

    #[cfg(unix)]
    #[test]
    fn link_loops_are_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        std::os::unix::fs::symlink("b", &a).unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        let err = write_atomic(&a, b"x").unwrap_err();
        let why = crate::source::io_reason(&err);
        assert_eq!(why.vi, "quá nhiều liên kết tượng trưng nối nhau (có vòng lặp?)");
        assert_eq!(why.en, "too many symbolic links in a row (a loop?)");
    }
}
