//! The build record: the options of `plan build` that changed the PDF's
//! bytes beyond the source, attached beside the source files so that
//! `plan extract` prints a command that builds the same bytes again.
//!
//! It is one more attached file, named `plan-build.yaml` (or
//! `plan-build-2.yaml`, … when an included file has that name), with its
//! own description ([`BUILD_DESCRIPTION`]), written only when an option is
//! there to record: a PDF built with `--embed-source` alone carries the
//! source files and nothing else, as before. Its lines (`draft: true`,
//! `creation_timestamp: 1714608000`, …) are read back here; an older `plan`
//! reads it as one more YAML file and extracts it, which does no harm.
//!
//! `--template` and `--font-path` name folders of the machine that built
//! the PDF: their paths are not recorded (they would be wrong, or private,
//! anywhere else), only that they were used, so that the printed command
//! says they are needed.

use super::{Attached, Kind};
use crate::lang::{Text, t};

/// The description of the attached build record (part of the archive
/// format, as [`super::PLAN_DESCRIPTION`]: never change it).
pub const BUILD_DESCRIPTION: &str = "Cách dựng văn bản: các tùy chọn của plan build / How \
                                     this document was built: the options of plan build";

/// The options of one `plan build` that the PDF's bytes depend on, beyond
/// the source files and the PDF standards (which the PDF declares itself).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildRecord {
    /// `--draft`.
    pub draft: bool,
    /// `--creation-timestamp SECONDS` (or `SOURCE_DATE_EPOCH`).
    pub creation_timestamp: Option<i64>,
    /// `--signature-field`.
    pub signature_field: bool,
    /// `--template DIR` was given (the folder is not recorded).
    pub template: bool,
    /// `--font-path DIR` (or `PLAN_FONT_PATH`) was given (the folders are
    /// not recorded).
    pub font_path: bool,
}

impl BuildRecord {
    /// Whether there is nothing to record.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The record as the attached file's text.
    fn text(&self) -> String {
        let mut out = String::from(
            "# Cách dựng tệp PDF này; `plan extract` đọc tệp này để in lệnh dựng lại.\n",
        );
        let mut line =
            |key: &str, value: String| out.push_str(&format!("{key}: {value}\n"));
        if self.draft {
            line("draft", "true".to_owned());
        }
        if let Some(seconds) = self.creation_timestamp {
            line("creation_timestamp", seconds.to_string());
        }
        if self.signature_field {
            line("signature_field", "true".to_owned());
        }
        if self.template {
            line("template", "true".to_owned());
        }
        if self.font_path {
            line("font_path", "true".to_owned());
        }
        out
    }

    /// The record read from the attached file's `bytes`; a line it does
    /// not know is left out.
    pub(super) fn parse(bytes: &[u8]) -> Self {
        let mut record = Self::default();
        for line in String::from_utf8_lossy(bytes).lines() {
            let Some((key, value)) = line.split_once(':') else { continue };
            let (key, value) = (key.trim(), value.trim());
            let yes = value == "true";
            match key {
                "draft" => record.draft = yes,
                "creation_timestamp" => record.creation_timestamp = value.parse().ok(),
                "signature_field" => record.signature_field = yes,
                "template" => record.template = yes,
                "font_path" => record.font_path = yes,
                _ => {}
            }
        }
        record
    }

    /// The record as an attachment beside `files`, named so that no file
    /// of theirs has its name; `None` when there is nothing to record.
    pub fn attachment(&self, files: &[Attached]) -> Option<Attached> {
        if self.is_empty() {
            return None;
        }
        let name = (1..)
            .map(|n| match n {
                1 => "plan-build.yaml".to_owned(),
                n => format!("plan-build-{n}.yaml"),
            })
            .find(|name| files.iter().all(|f| f.name != *name))?;
        Some(Attached { name, kind: Kind::BuildRecord, bytes: self.text().into_bytes() })
    }

    /// The options of the command that builds the PDF again: `--draft
    /// --creation-timestamp 1714608000 --signature-field`, each with a
    /// space before it.
    pub fn options(&self) -> String {
        let mut out = String::new();
        if self.draft {
            out.push_str(" --draft");
        }
        if let Some(seconds) = self.creation_timestamp {
            out.push_str(&format!(" --creation-timestamp {seconds}"));
        }
        if self.signature_field {
            out.push_str(" --signature-field");
        }
        out
    }

    /// What the printed command cannot carry: the template and font
    /// folders that were used; `None` when neither was.
    pub fn missing(&self) -> Option<Text> {
        let (vi, en) = match (self.template, self.font_path) {
            (false, false) => return None,
            (true, false) => ("`--template THƯ-MỤC`", "`--template DIR`"),
            (false, true) => ("`--font-path THƯ-MỤC`", "`--font-path DIR`"),
            (true, true) => (
                "`--template THƯ-MỤC` và `--font-path THƯ-MỤC`",
                "`--template DIR` and `--font-path DIR`",
            ),
        };
        Some(t(
            format!(
                "PDF này được dựng với {vi}; plan không lưu đường dẫn các thư mục đó, nên \
                 muốn có lại đúng tệp này thì thêm vào lệnh trên đúng các thư mục đã dùng"
            ),
            format!(
                "this PDF was built with {en}; plan does not record those folders, so to \
                 get this very file again add them to the command above, with the folders \
                 that were used"
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_as_written() {
        let record = BuildRecord {
            draft: true,
            creation_timestamp: Some(-1),
            signature_field: true,
            template: true,
            font_path: false,
        };
        let file = record.attachment(&[]).expect("a record");
        assert_eq!(file.name, "plan-build.yaml");
        assert_eq!(BuildRecord::parse(&file.bytes), record);
        assert_eq!(
            record.options(),
            " --draft --creation-timestamp -1 --signature-field"
        );
        assert!(record.missing().is_some_and(|m| m.vi.contains("--template")));
    }

    #[test]
    fn nothing_to_record_attaches_nothing_and_names_do_not_clash() {
        assert_eq!(BuildRecord::default().attachment(&[]), None);
        let taken = Attached {
            name: "plan-build.yaml".to_owned(),
            kind: Kind::Plan,
            bytes: Vec::new(),
        };
        let record = BuildRecord { draft: true, ..BuildRecord::default() };
        let file = record.attachment(&[taken]).expect("a record");
        assert_eq!(file.name, "plan-build-2.yaml");
        assert_eq!(BuildRecord::default().missing(), None);
    }
}
