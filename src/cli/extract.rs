//! `plan extract FILE.pdf [-o DIR] [--force]`: writes the source attached
//! to a PDF (`plan build --embed-source`, `--pdf-standard a-3b`) back as
//! files, so that `plan build DIR/<plan>.yaml` builds the same PDF again.
//!
//! - The files go under DIR with their attached names (`may-2024.yaml`,
//!   `chung/ban-thuong-vu.yaml`), folders created as needed. Without `-o`,
//!   DIR is the PDF's name without `.pdf`, beside it (`plans/may-2024.pdf`
//!   → `plans/may-2024/`; for `REV:PATH`, in the current folder).
//! - A file already there with the same bytes is left alone. One with other
//!   bytes is never replaced silently: the command names every such file,
//!   writes nothing and exits 2 (`plan::extract_exists`), unless `--force`.
//! - Names are checked before anything is written (`archive::names`): no
//!   `..`, no absolute path or drive, no hidden part, `.yaml`/`.yml` only;
//!   a folder on the way that is a symbolic link is refused, so nothing is
//!   written outside DIR. The files are written all or none: a failure at
//!   one (a full disk) leaves none of them, nor the folders made for them.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::archive::Attached;
use crate::diag::ExitStatus;
use crate::input::Input;
use crate::lang::t;

/// `plan extract FILE.pdf [-o DIR] [--force]`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The PDF: a file, or REV:PATH read through git.
    #[arg(value_name = "FILE")]
    pub file: OsString,
    /// The folder to write into (created if missing); default: the PDF's
    /// name without `.pdf`, beside it.
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Replace files that are already there with other contents.
    #[arg(long)]
    pub force: bool,
}

/// The code of a refusal to replace changed files.
const EXISTS: &str = "plan::extract_exists";

/// The code of a refusal to write through a symbolic link.
const LINK: &str = "plan::extract_link";

/// Writes the attached files under the folder.
pub(super) fn run(args: &ExtractArgs) -> ExitStatus {
    let input = Input::parse(&args.file);
    let archive = match super::opened::open_pdf(&input) {
        Ok(archive) => archive,
        Err(failure) => {
            failure.report();
            return ExitStatus::Io;
        }
    };
    let dir = args.output.clone().unwrap_or_else(|| default_dir(&input));
    let mut writes = Vec::new();
    let mut changed = Vec::new();
    for file in archive.files() {
        let target = target(&dir, file);
        if let Some(link) = link_on_the_way(&dir, &target) {
            report_link(&link, &dir);
            return ExitStatus::Io;
        }
        match on_disk(&target) {
            Ok(Some(old)) if old == file.bytes => {}
            Ok(Some(_)) if !args.force => changed.push(target),
            Ok(_) => writes.push((target, file)),
            Err(err) => {
                super::print_error(&super::cannot_write(&target, &err));
                return ExitStatus::Io;
            }
        }
    }
    if !changed.is_empty() {
        let list: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
        let list = list.join(", ");
        super::report_global(
            EXISTS,
            t(
                format!("không trích: các tệp này đã có và khác bản trong PDF: {list}"),
                format!(
                    "nothing extracted: these files exist and differ from the PDF's: {list}"
                ),
            ),
            Some(t(
                "chọn thư mục khác (`-o THƯ-MỤC`), hoặc thêm `--force` để ghi đè (những sửa \
                 đổi trong các tệp đó sẽ mất)",
                "choose another folder (`-o DIR`), or add `--force` to overwrite them (the \
                 edits in those files are lost)",
            )),
        );
        return ExitStatus::Usage;
    }
    if let Err((target, err)) = write_all(&writes) {
        super::print_error(&super::cannot_write(&target, &err));
        return ExitStatus::Io;
    }
    let plan = target(&dir, archive.plan());
    let (n, shown, plan) = (archive.files().len(), dir.display(), plan.display());
    // The same PDF again needs the options that attached the source.
    let options = archive.build_options();
    let (written, files) = (writes.len(), if n == 1 { "file" } else { "files" });
    // What the command cannot carry (the template and font folders) is said.
    let (note_vi, note_en) = match archive.record().missing() {
        Some(note) => (format!("; {}", note.vi), format!("; {}", note.en)),
        None => (String::new(), String::new()),
    };
    super::print_done(&t(
        format!(
            "đã trích {n} tệp vào {shown} ({written} tệp mới ghi); dựng lại: plan build \
             {options} {plan}{note_vi}"
        ),
        format!(
            "extracted {n} {files} into {shown} ({written} newly written); build again \
             with: plan build {options} {plan}{note_en}"
        ),
    ));
    ExitStatus::Success
}

/// Writes the files of `writes` all or none, as `plan template export`
/// does (`render::folder::export`): the folders are made, every file is
/// written beside its place, and only then are they all put in place
/// (`export::write_all_atomic`); on failure (a full disk at the second
/// file left the first one extracted, half a source) nothing is written,
/// and the folders this extraction made go again. The error names the
/// file that failed.
fn write_all(writes: &[(PathBuf, &Attached)]) -> Result<(), (PathBuf, std::io::Error)> {
    let mut made: Vec<PathBuf> = Vec::new();
    let result = (|| {
        for (target, _) in writes {
            let Some(parent) = target.parent() else { continue };
            let missing: Vec<&Path> = parent
                .ancestors()
                .take_while(|a| !a.as_os_str().is_empty() && !a.exists())
                .collect();
            std::fs::create_dir_all(parent).map_err(|err| (target.clone(), err))?;
            made.extend(missing.into_iter().rev().map(Path::to_path_buf));
        }
        let all: Vec<(PathBuf, &[u8])> = writes
            .iter()
            .map(|(target, file)| (target.clone(), file.bytes.as_slice()))
            .collect();
        crate::export::write_all_atomic(&all)
    })();
    if result.is_err() {
        for folder in made.iter().rev() {
            let _ = std::fs::remove_dir(folder);
        }
    }
    result
}

/// The folder used without `-o`: the PDF's name without `.pdf`, beside it
/// (a `REV:PATH` in the current folder); a PDF named without an extension
/// gets `NAME-nguon`, never its own path.
fn default_dir(input: &Input) -> PathBuf {
    match input {
        Input::File(path) if path.extension().is_none() => {
            let mut name = path.file_name().unwrap_or_default().to_os_string();
            name.push("-nguon");
            path.with_file_name(name)
        }
        Input::File(path) => path.with_extension(""),
        Input::Revision { path, .. } => {
            PathBuf::from(Path::new(path).file_stem().unwrap_or_default())
        }
    }
}

/// Where `file` is written under `dir`.
fn target(dir: &Path, file: &Attached) -> PathBuf {
    // The name was checked (`archive::names::check`): plain parts only.
    file.name.split('/').fold(dir.to_path_buf(), |path, part| path.join(part))
}

/// The first symbolic link among the folders between `dir` and `target`
/// (or `target` itself): writing through it could leave `dir`.
fn link_on_the_way(dir: &Path, target: &Path) -> Option<PathBuf> {
    let inside = target.strip_prefix(dir).ok()?;
    let mut path = dir.to_path_buf();
    for part in inside.components() {
        path.push(part);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Some(path);
        }
    }
    None
}

/// Reports the link `link` inside `dir` that extracting would write
/// through: `không trích: out/chung là liên kết tượng trưng (symlink); …`.
fn report_link(link: &Path, dir: &Path) {
    let (link, dir) = (link.display(), dir.display());
    super::report_global(
        LINK,
        t(
            format!(
                "không trích: {link} là liên kết tượng trưng (symlink); plan không ghi qua \
                 liên kết, vì nó có thể dẫn ra ngoài {dir}"
            ),
            format!(
                "nothing extracted: {link} is a symbolic link; plan does not write through \
                 links, which could lead outside {dir}"
            ),
        ),
        Some(t(
            "xóa liên kết đó, hoặc chọn thư mục khác (`-o THƯ-MỤC`)",
            "remove the link, or choose another folder (`-o DIR`)",
        )),
    );
}

/// The bytes of the file at `path` (bounded as a plan is read), or `None`
/// when there is none.
fn on_disk(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match crate::source::read_bounded(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

#[cfg(test)]
mod tests {
    use super::{Input, default_dir};
    use std::path::PathBuf;

    #[test]
    fn the_default_folder_is_never_the_pdf_itself() {
        let dir = |path: &str| default_dir(&Input::File(PathBuf::from(path)));
        assert_eq!(dir("luu/may-2024.pdf"), PathBuf::from("luu/may-2024"));
        assert_eq!(dir("luu/may-2024"), PathBuf::from("luu/may-2024-nguon"));
    }
}
