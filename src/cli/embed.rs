//! `plan build --embed-source`: which builds attach the plan's source, and
//! the files the loader read for it (`src/archive/`).
//!
//! The source is attached to PDFs built with `--embed-source` or with
//! `--pdf-standard a-3b`. `--embed-source` is refused (exit 2) with
//! `--pdf-standard a-2b` (PDF/A-2 forbids attached files), with `-f docx`,
//! `ics`, `png`, `svg` and with `--emit view`: only a PDF can carry it, and
//! a flag that silently did nothing would let a clerk archive a document
//! without its source. `--pdf-standard a-3b` with another format attaches
//! nothing, as the standard itself applies to PDFs only.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use super::{BuildArgs, Emit, OutputFormat};
use crate::archive::{Attached, EmbedError};
use crate::export::Standard;
use crate::lang::{Text, t};

/// Whether this build attaches the source.
pub(super) fn wanted(args: &BuildArgs) -> bool {
    (args.embed_source || args.pdf_standard.contains(&Standard::A3b))
        && args.format == OutputFormat::Pdf
        && args.emit == Emit::Pdf
}

/// The options of this build that its PDF's bytes depend on beyond the
/// source and the standards, for the build record
/// ([`crate::archive::BuildRecord`]).
pub(super) fn record(args: &BuildArgs) -> crate::archive::BuildRecord {
    crate::archive::BuildRecord {
        draft: args.draft,
        creation_timestamp: args.creation_timestamp.and_then(|seconds| seconds.0),
        signature_field: args.signature_field,
        template: args.template.is_some(),
        font_path: !args.font_path.is_empty(),
    }
}

/// Why `--embed-source` cannot be used as given, if it cannot.
pub(super) fn refused(args: &BuildArgs) -> Option<Text> {
    if !args.embed_source {
        return None;
    }
    if args.pdf_standard.contains(&Standard::A2b) {
        return Some(t(
            "PDF/A-2b không cho đính kèm tệp nên không chứa được nguồn (`--embed-source`); \
             dùng `--pdf-standard a-3b` (tự đính kèm nguồn) hoặc bỏ `--embed-source`",
            "PDF/A-2b forbids attached files, so it cannot carry the source \
             (`--embed-source`); use `--pdf-standard a-3b` (which attaches it) or drop \
             `--embed-source`",
        ));
    }
    if args.format != OutputFormat::Pdf || args.emit != Emit::Pdf {
        return Some(t(
            "chỉ tệp PDF mới chứa được nguồn (`--embed-source`); bỏ `-f`/`--emit` hoặc bỏ \
             `--embed-source`",
            "only a PDF can carry the source (`--embed-source`); drop `-f`/`--emit` or \
             `--embed-source`",
        ));
    }
    None
}

/// Reads includes from the disk, as a build always does, keeping each
/// file's path and bytes when the source is to be attached.
#[derive(Debug, Default)]
pub(super) struct Recorder {
    /// Whether to keep what is read.
    on: bool,
    /// What was read, in order.
    read: RefCell<Vec<(PathBuf, Vec<u8>)>>,
    /// The paths read, in order, kept whether `on` or not.
    paths: RefCell<Vec<PathBuf>>,
}

impl Recorder {
    /// A reader that keeps what it reads when `on`.
    pub(super) fn new(on: bool) -> Self {
        Self { on, read: RefCell::default(), paths: RefCell::default() }
    }

    /// Reads `path` as [`crate::load::read_from_disk`] does.
    pub(super) fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        let bytes = crate::load::read_from_disk(path)?;
        self.paths.borrow_mut().push(path.to_path_buf());
        if self.on {
            self.read.borrow_mut().push((path.to_path_buf(), bytes.clone()));
        }
        Ok(bytes)
    }

    /// Every path read (the included files), in order.
    pub(super) fn paths(&self) -> Vec<PathBuf> {
        self.paths.borrow().clone()
    }

    /// The files to attach: the plan at `plan` (its bytes `bytes`) and
    /// every file read.
    pub(super) fn attachments(
        &self,
        plan: &Path,
        bytes: &[u8],
    ) -> Result<Vec<Attached>, EmbedError> {
        crate::archive::attachments(plan, bytes, &self.read.borrow())
    }
}
