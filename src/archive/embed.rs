//! Which files a build attaches, and under which names: the plan and every
//! file the loader read for it, named relative to the deepest folder that
//! holds them all (see the module above).

use std::path::{Path, PathBuf};

use super::{Attached, Kind};
use crate::lang::{Text, t};

/// Why a plan's files cannot be attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedError {
    /// An `include` names an absolute path: the file could not be found
    /// again among the attachments, nor under `plan extract`'s folder.
    AbsoluteInclude {
        /// The path as the loader read it.
        path: String,
    },
    /// A file's name would not be a safe attachment name (a hidden folder,
    /// a path that is not UTF-8).
    BadName {
        /// The path as the loader read it.
        path: String,
        /// Why.
        why: Text,
    },
}

impl EmbedError {
    /// The code of every embedding problem.
    pub const CODE: &'static str = "plan::embed_source";

    /// What is wrong.
    pub fn text(&self) -> Text {
        match self {
            Self::AbsoluteInclude { path } => t(
                format!(
                    "không đính kèm được nguồn: tệp `{path}` được đưa vào (`include:`) bằng đường dẫn \
                     tuyệt đối, bản trích ra sẽ không tìm thấy nó"
                ),
                format!(
                    "cannot attach the source: `{path}` is included by an absolute path, \
                     which an extracted copy would not find"
                ),
            ),
            Self::BadName { path, why } => t(
                format!("không đính kèm được nguồn: tệp `{path}`: {}", why.vi),
                format!("cannot attach the source: `{path}`: {}", why.en),
            ),
        }
    }

    /// How to fix it.
    pub fn help(&self) -> Text {
        t(
            "ghi đường dẫn trong `include:` tương đối (tính từ thư mục của tệp kế hoạch), \
             đến một tệp .yaml không nằm trong thư mục ẩn",
            "write the `include:` path relative (from the plan's folder), to a .yaml file \
             outside hidden folders",
        )
    }
}

/// The files to attach for the plan at `plan` (its bytes `plan_bytes`)
/// and the files the loader read for it, `(path, bytes)` in reading order
/// (a file read twice is attached once).
pub fn attachments(
    plan: &Path,
    plan_bytes: &[u8],
    includes: &[(PathBuf, Vec<u8>)],
) -> Result<Vec<Attached>, EmbedError> {
    let shown = |p: &Path| p.display().to_string();
    let plan_dir = plan.parent().unwrap_or(Path::new(""));
    let mut files: Vec<(Vec<String>, bool, &[u8], &Path)> = Vec::new();
    for (path, bytes, is_plan) in std::iter::once((plan, plan_bytes, true))
        .chain(includes.iter().map(|(p, b)| (p.as_path(), b.as_slice(), false)))
    {
        // An include written as a relative path is joined to the folder of
        // a file under the plan's folder, so it starts with that folder.
        let relative = path.starts_with(plan_dir)
            && (!plan_dir.as_os_str().is_empty() || path.is_relative());
        if !is_plan && !relative {
            return Err(EmbedError::AbsoluteInclude { path: shown(path) });
        }
        let parts = absolute_parts(path)
            .ok_or_else(|| EmbedError::BadName { path: shown(path), why: not_utf8() })?;
        if !files.iter().any(|(p, ..)| *p == parts) {
            files.push((parts, is_plan, bytes, path));
        }
    }
    let root = common_folder(files.iter().map(|(p, ..)| p.as_slice()));
    files
        .into_iter()
        .map(|(parts, plan, bytes, path)| {
            let name = parts[root..].join("/");
            super::names::check(&name)
                .map_err(|why| EmbedError::BadName { path: shown(path), why })?;
            let kind = if plan { Kind::Plan } else { Kind::Include };
            Ok(Attached { name, kind, bytes: bytes.to_vec() })
        })
        .collect()
}

fn not_utf8() -> Text {
    t("đường dẫn không phải chữ UTF-8", "the path is not UTF-8")
}

/// The parts of `path` made absolute (against the current folder) with `.`
/// and `..` resolved as written; `None` when a part is not UTF-8.
fn absolute_parts(path: &Path) -> Option<Vec<String>> {
    let absolute = std::path::absolute(path).ok()?;
    let parts = crate::paths::resolve_dots(&absolute)?;
    Some(parts.into_iter().map(str::to_owned).collect())
}

/// How many leading parts the folders of all `files` share.
fn common_folder<'a>(mut files: impl Iterator<Item = &'a [String]>) -> usize {
    let Some(first) = files.next() else { return 0 };
    let mut shared = first.len().saturating_sub(1);
    for parts in files {
        let folder = &parts[..parts.len().saturating_sub(1)];
        shared = shared.min(folder.len());
        shared =
            first.iter().zip(folder).take(shared).take_while(|(a, b)| a == b).count();
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(plan: &str, includes: &[&str]) -> Result<Vec<String>, EmbedError> {
        let includes: Vec<_> =
            includes.iter().map(|p| (PathBuf::from(p), b"x".to_vec())).collect();
        attachments(Path::new(plan), b"p", &includes)
            .map(|files| files.into_iter().map(|f| f.name).collect())
    }

    #[test]
    fn names_are_relative_to_the_shared_folder() {
        assert_eq!(
            names("plans/may.yaml", &["plans/chung/bt.yaml", "plans/chung/bt.yaml"]),
            Ok(vec!["may.yaml".to_owned(), "chung/bt.yaml".to_owned()])
        );
        assert_eq!(
            names("plans/may.yaml", &["plans/../chung/bt.yaml"]),
            Ok(vec!["plans/may.yaml".to_owned(), "chung/bt.yaml".to_owned()])
        );
        assert_eq!(names("may.yaml", &[]), Ok(vec!["may.yaml".to_owned()]));
    }

    #[test]
    fn absolute_includes_are_refused() {
        assert!(matches!(
            names("plans/may.yaml", &["/etc/x.yaml"]),
            Err(EmbedError::AbsoluteInclude { .. })
        ));
        assert!(matches!(
            names("may.yaml", &["/etc/x.yaml"]),
            Err(EmbedError::AbsoluteInclude { .. })
        ));
    }
}
