//! The built-in templates as a folder on disk (`plan template export DIR`).
//!
//! The folder holds everything the Typst CLI needs to make the same pages
//! as `plan build`:
//!
//! ```text
//! DIR/main.typ, DIR/config.typ, DIR/dang.typ, DIR/nha-nuoc.typ, DIR/parts/*.typ
//! DIR/font.json          {"family":"Liberation Serif","fallback":"Liberation Serif"}
//! DIR/fonts/*.ttf        the embedded Liberation Serif, and its LICENSE
//! DIR/view.md            the data contract: every field of view.json
//! ```
//!
//! `plan build --emit view FILE -o DIR/view.json` adds the one file missing,
//! the plan's view, where `main.typ` reads it (`json("/view.json")`, the
//! folder being the root). Then
//! `typst compile --root DIR --ignore-system-fonts --font-path DIR/fonts DIR/main.typ`
//! lays out the same pages, and `plan build --template DIR FILE` builds
//! with the folder's templates, edited or not.

use std::path::{Path, PathBuf};

use super::assets;
use crate::lang::{Text, t};
use crate::source::io_reason;

/// The folder of the fonts inside an exported template folder.
pub const FONTS_DIR: &str = "fonts";

/// The file the templates read the view from, relative to the folder.
pub const VIEW_FILE: &str = "view.json";

/// One file of the folder: its path relative to the folder, its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderFile {
    /// "main.typ", "parts/body.typ", "fonts/LICENSE".
    pub path: PathBuf,
    /// What it holds.
    pub bytes: Vec<u8>,
}

/// Every file an export writes, in a fixed order: the templates, the
/// font choice, the fonts and their licence, the data contract.
pub fn files() -> Vec<FolderFile> {
    let mut out: Vec<FolderFile> = assets::TEMPLATES
        .iter()
        .map(|(path, text)| file(path.trim_start_matches('/'), text.as_bytes()))
        .collect();
    out.push(file(
        assets::FONT_JSON.trim_start_matches('/'),
        super::font_json(crate::fonts::DEFAULT_FAMILY).as_bytes(),
    ));
    for (name, data) in crate::fonts::FONTS {
        out.push(file(&format!("{FONTS_DIR}/{name}"), data));
    }
    out.push(file(
        &format!("{FONTS_DIR}/LICENSE"),
        crate::fonts::FONT_LICENSE.as_bytes(),
    ));
    out.push(file("view.md", assets::VIEW_DOC.as_bytes()));
    out
}

fn file(path: &str, bytes: &[u8]) -> FolderFile {
    FolderFile { path: PathBuf::from(path), bytes: bytes.to_vec() }
}

/// Why a folder could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum FolderError {
    /// Files of the export are there already and `force` was not given.
    #[error("{}", t(
        format!("thư mục `{}` đã có {} (và {} tệp khác của mẫu)", dir.display(), first.display(), more),
        format!("the folder `{}` already holds {} (and {} more files of the templates)", dir.display(), first.display(), more),
    ))]
    #[diagnostic(code(plan::template_exists))]
    Exists {
        /// The folder.
        dir: PathBuf,
        /// The first file found there.
        first: PathBuf,
        /// How many more of the export's files are there.
        more: usize,
    },
    /// A file or folder could not be written.
    #[error("{}", t(
        format!("không ghi được `{}`: {}", path.display(), io_reason(source).vi),
        format!("cannot write `{}`: {}", path.display(), io_reason(source).en),
    ))]
    #[diagnostic(code(plan::template_write))]
    Write {
        /// What failed.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

impl FolderError {
    /// The code of the error (`plan::template_exists`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Exists { .. } => "plan::template_exists",
            Self::Write { .. } => "plan::template_write",
        }
    }

    /// How to fix it, when the user can.
    pub fn help(&self) -> Option<Text> {
        match self {
            Self::Exists { .. } => Some(t(
                "chọn một thư mục khác, hoặc thêm --force để ghi đè các tệp này",
                "choose another folder, or add --force to overwrite these files",
            )),
            Self::Write { .. } => None,
        }
    }
}

/// Writes [`files`] into `dir` (created if missing) and returns their paths.
///
/// When any of them exists already, writes nothing unless `force`, so an
/// edited copy is never overwritten by mistake.
pub fn export(dir: &Path, force: bool) -> Result<Vec<PathBuf>, FolderError> {
    let files = files();
    if !force {
        let existing: Vec<PathBuf> = files
            .iter()
            .map(|f| dir.join(&f.path))
            .filter(|p| std::fs::symlink_metadata(p).is_ok())
            .collect();
        if let Some(first) = existing.first() {
            return Err(FolderError::Exists {
                dir: dir.to_path_buf(),
                first: first.clone(),
                more: existing.len() - 1,
            });
        }
    }
    // All or none (a disk full at the fonts left half a copy, which the
    // next export then refused as an earlier one): the folders are made,
    // every file is written beside its place, and only then are they all
    // put in place; on failure the folders this export made go again.
    let paths: Vec<PathBuf> = files.iter().map(|f| dir.join(&f.path)).collect();
    let mut made: Vec<PathBuf> = Vec::new();
    let result = (|| {
        for path in &paths {
            let Some(parent) = path.parent() else { continue };
            let missing: Vec<&Path> = parent
                .ancestors()
                .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
                .collect();
            std::fs::create_dir_all(parent)
                .map_err(|source| FolderError::Write { path: path.clone(), source })?;
            made.extend(missing.into_iter().rev().map(Path::to_path_buf));
        }
        let all: Vec<(PathBuf, &[u8])> =
            paths.iter().cloned().zip(files.iter().map(|f| f.bytes.as_slice())).collect();
        // The one writer of the crate: atomic, and safe for links.
        crate::export::write_all_atomic(&all)
            .map_err(|(path, source)| FolderError::Write { path, source })
    })();
    if let Err(err) = result {
        for folder in made.iter().rev() {
            let _ = std::fs::remove_dir(folder);
        }
        return Err(err);
    }
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_holds_templates_fonts_data_and_contract() {
        let names: Vec<String> =
            files().iter().map(|f| f.path.display().to_string()).collect();
        for expected in [
            "main.typ",
            "config.typ",
            "parts/body.typ",
            "font.json",
            "fonts/LiberationSerif-Regular.ttf",
            "fonts/LiberationSerif-BoldItalic.ttf",
            "fonts/LICENSE",
            "view.md",
        ] {
            assert!(names.iter().any(|n| n == expected), "{expected} missing: {names:?}");
        }
    }

    #[test]
    fn main_reads_the_view_where_emit_writes_it() {
        let main = files().into_iter().find(|f| f.path == Path::new("main.typ"));
        let main = String::from_utf8(main.expect("main.typ").bytes).expect("utf-8");
        assert!(main.contains(&format!("json(\"/{VIEW_FILE}\")")), "{main}");
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // the user's own edit, in a temp folder
    fn an_existing_copy_is_not_overwritten_without_force() {
        let dir = tempfile::tempdir().expect("temp dir");
        export(dir.path(), false).expect("first export");
        std::fs::write(dir.path().join("config.typ"), "// mine").expect("edit");
        let err = export(dir.path(), false).expect_err("second export refused");
        assert!(matches!(err, FolderError::Exists { .. }), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("config.typ")).expect("read"),
            "// mine"
        );
        export(dir.path(), true).expect("forced export");
        assert_ne!(
            std::fs::read_to_string(dir.path().join("config.typ")).expect("read"),
            "// mine"
        );
    }
}
