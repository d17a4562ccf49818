//! A plan argument opened for `check`, `text` and `diff`: a YAML file, or a
//! PDF carrying its source (`src/archive/`), from the disk or from git
//! (`REV:PATH`). A PDF is told by its `%PDF-` header, not its name; its
//! plan and includes are read from its attachments, never from the disk,
//! and reports name them `may-2024.pdf ▸ may-2024.yaml`.

use std::path::PathBuf;

use crate::archive::{Archive, ArchiveError};
use crate::input::{Input, InputError};
use crate::lang::t;
use crate::source::Sources;

/// A plan ready for the loader.
pub(super) struct Opened {
    /// The path the loader is given.
    pub path: PathBuf,
    /// The plan file's bytes.
    pub bytes: Vec<u8>,
    /// How its includes are read.
    pub reader: Box<crate::load::ReadFile>,
    /// The PDF's attachments, when the plan came from a PDF.
    pub archive: Option<Archive>,
}

impl Opened {
    /// Names the files in reports: `may-2024.pdf ▸ may-2024.yaml` for
    /// files read from a PDF; others keep their paths.
    pub(super) fn name_sources(&self, sources: &mut Sources) {
        if let Some(archive) = &self.archive {
            archive.name_sources(sources);
        }
    }
}

/// Why a plan could not be opened.
pub(super) enum Failure {
    /// The file (or the revision) could not be read.
    Input(InputError),
    /// The file is not a PDF where one is wanted (`plan extract`).
    NotPdf {
        /// The file as named.
        name: String,
    },
    /// The PDF carries no usable source.
    Archive {
        /// The PDF as named.
        pdf: String,
        /// Why.
        error: ArchiveError,
    },
}

impl Failure {
    /// Prints why: `lỗi: không đọc được x.yaml: …`, or the PDF's problem
    /// with its code and help line.
    pub(super) fn report(&self) {
        match self {
            Self::Input(err) => super::print_error(&err.text()),
            Self::NotPdf { name } => super::print_error(&t(
                format!("{name} không phải tệp PDF (không bắt đầu bằng `%PDF-`)"),
                format!("{name} is not a PDF (it does not start with `%PDF-`)"),
            )),
            Self::Archive { pdf, error } => {
                super::report_global(error.code(), error.text(pdf), error.help());
            }
        }
    }
}

/// Reads the plan `input` names.
pub(super) fn open(input: &Input) -> Result<Opened, Failure> {
    let bytes = input.read().map_err(Failure::Input)?;
    if !crate::archive::is_pdf(&bytes) {
        let path = input.load_path().map_err(Failure::Input)?;
        return Ok(Opened { path, bytes, reader: input.reader(), archive: None });
    }
    let archive = read_archive(input, &bytes)?;
    Ok(Opened {
        path: archive.load_path(),
        bytes: archive.plan().bytes.clone(),
        reader: archive.reader(),
        archive: Some(archive),
    })
}

/// Reads the PDF `input` names and the source attached to it
/// (`plan extract`): a file that is not a PDF is refused.
pub(super) fn open_pdf(input: &Input) -> Result<Archive, Failure> {
    let bytes = input.read().map_err(Failure::Input)?;
    if !crate::archive::is_pdf(&bytes) {
        return Err(Failure::NotPdf { name: input.name() });
    }
    read_archive(input, &bytes)
}

/// The source attached to the PDF `bytes` that `input` names.
fn read_archive(input: &Input, bytes: &[u8]) -> Result<Archive, Failure> {
    let pdf = input.name();
    Archive::read(&pdf, bytes).map_err(|error| Failure::Archive { pdf, error })
}
