//! The source inside the PDF (issue 12, item 6): the plan file and every
//! file it includes, attached to the PDF so that an archived PDF is next
//! month's starting point.
//!
//! Writing: `plan build --embed-source` (and `--pdf-standard a-3b`, where it
//! is automatic) collects the files the loader read ([`embed`]) and hands
//! them to Typst as data ([`crate::render::Renderer::compile_attaching`]),
//! whose `pdf.attach` writes them as PDF embedded files: relationship
//! `Source` (written under PDF/A-3 only, where the key exists), MIME type
//! `application/yaml`, and one of two fixed descriptions that tell the plan
//! from its includes ([`PLAN_DESCRIPTION`], [`INCLUDE_DESCRIPTION`]).
//!
//! Names: each file's path relative to the deepest folder holding them all,
//! `/`-separated. Usually that is the plan's folder, so the plan is
//! `may-2024.yaml` and an include is written as in `include:`
//! (`chung/ban-thuong-vu.yaml`); a plan that includes `../chung/x.yaml` gets
//! `plans/may-2024.yaml` and `chung/x.yaml`. Either way the files keep the
//! places they had relative to each other, so the plan's `include:` finds
//! them again among the attachments, and under the folder `plan extract`
//! writes them to.
//!
//! Reading ([`Archive::read`]): a PDF whose bytes start with `%PDF-`, at
//! most [`MAX_PDF_BYTES`], is parsed with lopdf and its embedded files are
//! read; every limit below is checked before anything large is held
//! ([`scan`]), and what lopdf would parse is counted before it runs
//! ([`budget`]). An attachment's name must be a safe relative path
//! ([`names::check`]).

pub mod budget;
mod embed;
pub mod names;
mod nesting;
mod read;
mod record;
pub mod scan;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::lang::{Text, t};
use crate::source::{Sources, size_text};

pub use crate::source::{MAX_PDF_BYTES, is_pdf};
pub use embed::{EmbedError, attachments};
pub use record::{BUILD_DESCRIPTION, BuildRecord};

/// The most files a PDF may carry: the plan, [`crate::load`]'s 64
/// included files and the build record ([`BuildRecord`]). More is refused
/// before any is read.
pub const MAX_ATTACHMENTS: usize = 66;

/// The description of the attached plan file (the same in every language,
/// so the PDF does not depend on `--lang`). Reading a PDF finds its plan by
/// this exact text: it is part of the archive format and must never change,
/// or every PDF archived before would lose its plan.
pub const PLAN_DESCRIPTION: &str =
    "Nguồn của văn bản: tệp kế hoạch (YAML) / Source of this document: the plan file";

/// The description of an attached included file.
pub const INCLUDE_DESCRIPTION: &str = "Nguồn của văn bản: tệp dùng chung (YAML) mà kế \
                                       hoạch include / Source of this document: a file \
                                       the plan includes";

/// The MIME type of every attached file.
pub const MIME_TYPE: &str = "application/yaml";

/// One attached source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attached {
    /// Its path relative to the attachments' root, `/`-separated:
    /// `may-2024.yaml`, `chung/ban-thuong-vu.yaml`.
    pub name: String,
    /// What it is: the plan, an included file or the build record.
    pub kind: Kind,
    /// Its bytes as read from the disk, byte-order mark and line ends kept.
    pub bytes: Vec<u8>,
}

/// What an attached file is, told in the PDF by its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The plan file ([`PLAN_DESCRIPTION`]); one a PDF.
    Plan,
    /// A file the plan includes ([`INCLUDE_DESCRIPTION`]).
    Include,
    /// The build record ([`BuildRecord`], [`BUILD_DESCRIPTION`]), not a
    /// source file.
    BuildRecord,
}

impl Kind {
    /// The kind an attachment described as `description` is: an unknown
    /// or missing description is an included file's.
    pub fn of_description(description: Option<&str>) -> Self {
        match description {
            Some(PLAN_DESCRIPTION) => Self::Plan,
            Some(BUILD_DESCRIPTION) => Self::BuildRecord,
            _ => Self::Include,
        }
    }
}

impl Attached {
    /// The description written in the PDF.
    pub fn description(&self) -> &'static str {
        match self.kind {
            Kind::Plan => PLAN_DESCRIPTION,
            Kind::Include => INCLUDE_DESCRIPTION,
            Kind::BuildRecord => BUILD_DESCRIPTION,
        }
    }
}

/// The source files read back from a PDF.
#[derive(Debug, Clone)]
pub struct Archive {
    /// The PDF as the user named it: `plans/may-2024.pdf`, `HEAD:may.pdf`.
    pdf: String,
    /// Every attachment; exactly one is the plan.
    files: Arc<Vec<Attached>>,
    /// The options of `plan build` that made the PDF, as far as the PDF
    /// tells them ([`build_options`]).
    build_options: &'static str,
    /// The build record attached beside the source, if any.
    record: BuildRecord,
}

/// The options of `plan build` that attach the source as the PDF `bytes`
/// did: the standards its XMP metadata declares (Typst writes them as
/// `<pdfaid:part>3</pdfaid:part>` and `<pdfuaid:part>1</pdfuaid:part>`),
/// else `--embed-source`. The other options are in the build record
/// ([`BuildRecord`]).
fn build_options(bytes: &[u8]) -> &'static str {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    let a3 = has(b"<pdfaid:part>3</pdfaid:part>");
    let ua = has(b"<pdfuaid:part>1</pdfuaid:part>");
    match (a3, ua) {
        (true, true) => "--pdf-standard a-3b,ua-1",
        (true, false) => "--pdf-standard a-3b",
        (false, true) => "--embed-source --pdf-standard ua-1",
        (false, false) => "--embed-source",
    }
}

impl Archive {
    /// Reads the source files attached to the PDF `bytes`, named `pdf` in
    /// messages.
    pub fn read(pdf: &str, bytes: &[u8]) -> Result<Self, ArchiveError> {
        let (records, files): (Vec<Attached>, Vec<Attached>) = read::attachments(bytes)?
            .into_iter()
            .partition(|f| f.kind == Kind::BuildRecord);
        let record =
            records.first().map(|f| BuildRecord::parse(&f.bytes)).unwrap_or_default();
        Ok(Self {
            pdf: pdf.to_owned(),
            files: Arc::new(files),
            build_options: build_options(bytes),
            record,
        })
    }

    /// The options `plan build` needs to make the PDF again byte for byte
    /// from the extracted files: `--embed-source`, or the PDF standards the
    /// PDF declares (`--pdf-standard a-3b` attaches the source itself),
    /// then those of the build record (`--draft`, `--creation-timestamp
    /// N`, `--signature-field`).
    pub fn build_options(&self) -> String {
        format!("{}{}", self.build_options, self.record.options())
    }

    /// The build record attached beside the source (empty when none is).
    pub fn record(&self) -> &BuildRecord {
        &self.record
    }

    /// Every attached file, the plan among them.
    pub fn files(&self) -> &[Attached] {
        &self.files
    }

    /// The attached plan file.
    pub fn plan(&self) -> &Attached {
        // `read::attachments` keeps exactly one plan, so this finds it.
        self.files.iter().find(|f| f.kind == Kind::Plan).unwrap_or(&self.files[0])
    }

    /// The folder the loader is told the attachments are in:
    /// `plans/may-2024.pdf ▸`. It names nothing on the disk; includes are
    /// read from the attachments by [`Archive::reader`].
    fn root(&self) -> PathBuf {
        PathBuf::from(format!("{} ▸", self.pdf))
    }

    /// The path the loader is given for the plan.
    pub fn load_path(&self) -> PathBuf {
        self.root().join(&self.plan().name)
    }

    /// How the plan's includes are read: from the attachments, never from
    /// the disk. A path that leaves the attachments' root, or names no
    /// attachment, is not found.
    pub fn reader(&self) -> Box<crate::load::ReadFile> {
        let root = self.root();
        let files = Arc::clone(&self.files);
        Box::new(move |path: &Path| {
            let found = path
                .strip_prefix(&root)
                .ok()
                .and_then(names::normalize)
                .and_then(|name| files.iter().find(|f| f.name == name));
            match found {
                Some(file) => Ok(file.bytes.clone()),
                None => Err(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    t(
                        "không có trong các tệp đính kèm của PDF",
                        "not attached to the PDF",
                    )
                    .to_string(),
                )),
            }
        })
    }

    /// Names the files read from the attachments as reports show them:
    /// `plans/may-2024.pdf ▸ may-2024.yaml`, so a diagnostic reads
    /// `plans/may-2024.pdf ▸ may-2024.yaml:12:3`.
    pub fn name_sources(&self, sources: &mut Sources) {
        let root = self.root();
        let renamed: Vec<_> = sources
            .iter()
            .filter_map(|(id, file)| {
                let name = names::normalize(file.path.strip_prefix(&root).ok()?)?;
                Some((id, format!("{} ▸ {name}", self.pdf)))
            })
            .collect();
        for (id, name) in renamed {
            sources.set_name(id, name);
        }
    }
}

/// Why the source could not be read from a PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArchiveError {
    /// The PDF is larger than [`MAX_PDF_BYTES`].
    TooLarge,
    /// A compressed stream inflates past its limit ([`scan`]).
    Inflates {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The PDF uses what `plan` does not read (encryption, a compression
    /// other than Flate): `what` says which.
    Unsupported {
        /// What, in both languages.
        what: Text,
    },
    /// lopdf could not parse the PDF, or its embedded-file tree is broken.
    Unreadable {
        /// Why, in both languages: `không có danh mục gốc (catalog)`.
        why: Text,
    },
    /// The PDF carries no plan source.
    NoSource,
    /// The PDF carries files, but none is marked as the plan.
    NoPlan,
    /// More than [`MAX_ATTACHMENTS`] files.
    TooMany,
    /// An attached file is larger than a plan file may be.
    FileTooLarge {
        /// Its name.
        name: String,
    },
    /// An attached file's name is not a safe relative path.
    BadName {
        /// The name, control characters escaped.
        name: String,
        /// Why, in both languages.
        why: Text,
    },
}

impl ArchiveError {
    /// The code: `plan::pdf_no_source` …
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooLarge | Self::Inflates { .. } | Self::FileTooLarge { .. } => {
                "plan::pdf_too_large"
            }
            Self::Unsupported { .. } | Self::Unreadable { .. } => "plan::pdf_unreadable",
            Self::NoSource | Self::NoPlan => "plan::pdf_no_source",
            Self::TooMany | Self::BadName { .. } => "plan::pdf_attachment",
        }
    }

    /// What is wrong, naming the PDF `pdf`.
    pub fn text(&self, pdf: &str) -> Text {
        match self {
            Self::TooLarge => t(
                format!("{pdf} lớn quá {}, không đọc", size_text(MAX_PDF_BYTES)),
                format!("{pdf} is larger than {}; not read", size_text(MAX_PDF_BYTES)),
            ),
            Self::Inflates { limit } => t(
                format!(
                    "{pdf} có một luồng nén giải ra hơn {}, không đọc (tệp hỏng hoặc cố ý \
                     gây hại)",
                    size_text(*limit)
                ),
                format!(
                    "{pdf} has a compressed stream that inflates past {}; not read (a \
                     broken or hostile file)",
                    size_text(*limit)
                ),
            ),
            Self::Unsupported { what } => t(
                format!("không đọc được {pdf}: {}", what.vi),
                format!("cannot read {pdf}: {}", what.en),
            ),
            Self::Unreadable { why } => t(
                format!("không đọc được {pdf}: tệp PDF hỏng ({})", why.vi),
                format!("cannot read {pdf}: a broken PDF ({})", why.en),
            ),
            Self::NoSource => t(
                format!("{pdf} không chứa tệp kế hoạch (nguồn YAML) nào"),
                format!("{pdf} carries no plan file (YAML source)"),
            ),
            Self::NoPlan => t(
                format!(
                    "{pdf} có tệp đính kèm nhưng không có đúng một tệp được đánh dấu là tệp \
                     kế hoạch"
                ),
                format!(
                    "{pdf} has attached files, but not exactly one is marked as the plan"
                ),
            ),
            Self::TooMany => t(
                format!("{pdf} đính kèm hơn {MAX_ATTACHMENTS} tệp, không đọc"),
                format!("{pdf} has more than {MAX_ATTACHMENTS} attached files; not read"),
            ),
            Self::FileTooLarge { name } => {
                let limit = size_text(crate::source::MAX_FILE_BYTES);
                t(
                    format!("tệp đính kèm `{name}` của {pdf} lớn quá {limit}"),
                    format!("the attached file `{name}` of {pdf} is larger than {limit}"),
                )
            }
            Self::BadName { name, why } => t(
                format!(
                    "tệp đính kèm `{name}` của {pdf} có tên không dùng được: {}",
                    why.vi
                ),
                format!(
                    "the attached file `{name}` of {pdf} has an unusable name: {}",
                    why.en
                ),
            ),
        }
    }

    /// How to fix it, when the user can.
    pub fn help(&self) -> Option<Text> {
        match self {
            Self::NoSource | Self::NoPlan => Some(t(
                "chỉ PDF dựng bằng `plan build --embed-source` (hoặc `--pdf-standard a-3b`) \
                 mới chứa nguồn; dựng lại từ tệp YAML với tùy chọn đó",
                "only a PDF built with `plan build --embed-source` (or `--pdf-standard \
                 a-3b`) carries its source; build it again from the YAML with that option",
            )),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each kind is written with its own description and read back as
    /// itself; an attachment described otherwise is an included file's.
    #[test]
    fn kinds_are_told_by_their_description() {
        for kind in [Kind::Plan, Kind::Include, Kind::BuildRecord] {
            let file = Attached { name: "a.yaml".to_owned(), kind, bytes: Vec::new() };
            assert_eq!(Kind::of_description(Some(file.description())), kind);
        }
        assert_eq!(Kind::of_description(Some("Nguồn")), Kind::Include);
        assert_eq!(Kind::of_description(None), Kind::Include);
    }
}
