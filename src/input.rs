//! Where a plan is read from: a file, or a file at a git revision
//! (`REV:PATH`, as `git show` takes it).
//!
//! `plan diff HEAD~1:plans/may-2024.yaml plans/may-2024.yaml` compares the
//! committed plan with the working copy. An argument is read through git when
//! it is not an existing path, has a `:`, and the part before the first `:`
//! looks like a revision (`HEAD`, `HEAD~1`, `main`, `v1.0^`, `origin/main`,
//! `@{1}`, a commit id; empty means the index, as in `git show :PATH`).
//!
//! As in git, `PATH` is relative to the top of the repository unless it
//! starts with `./` or `../`, which make it relative to the current folder.
//! Git runs in the current folder. A plan read from a revision reads its
//! `include` files from the same revision (paths relative to the plan's
//! folder there); an absolute include path is read from the file system.

use std::ffi::OsStr;
use std::io::{Error, ErrorKind};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::lang::{Text, t};
use crate::source::{MAX_FILE_BYTES, read_bounded, read_plan_or_pdf, read_rest_of_pdf};

/// A plan argument: a file or `REV:PATH`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file on disk.
    File(PathBuf),
    /// A file at a git revision.
    Revision {
        /// The revision as typed: `HEAD~1`; empty for the index.
        rev: String,
        /// The path as typed: `plans/may-2024.yaml`, `./may-2024.yaml`.
        path: String,
    },
}

impl Input {
    /// Reads a command-line argument. Never fails: a bad revision is reported
    /// when the plan is read.
    pub fn parse(arg: &OsStr) -> Self {
        let as_path = PathBuf::from(arg);
        if as_path.exists() {
            return Self::File(as_path);
        }
        let Some(text) = arg.to_str() else { return Self::File(as_path) };
        match text.split_once(':') {
            Some((rev, path)) if looks_like_rev(rev) && !path.is_empty() => {
                Self::Revision { rev: rev.to_owned(), path: path.to_owned() }
            }
            _ => Self::File(as_path),
        }
    }

    /// The name shown to the user: the argument as typed.
    pub fn name(&self) -> String {
        match self {
            Self::File(path) => path.display().to_string(),
            Self::Revision { rev, path } => format!("{rev}:{path}"),
        }
    }

    /// Reads the plan's bytes (or a PDF's, which may carry the plan:
    /// [`crate::archive`]).
    pub fn read(&self) -> Result<Vec<u8>, InputError> {
        match self {
            Self::File(path) => read_plan_or_pdf(path).map_err(|source| {
                InputError::File { path: path.display().to_string(), source }
            }),
            Self::Revision { rev, path } => {
                let root = self.root_path()?;
                git_blob(rev, &root).map_err(|message| {
                    let hint = subfolder_hint(rev, path, &message);
                    let message = message + &hint;
                    InputError::Git { name: self.name(), message }
                })
            }
        }
    }

    /// The path the loader is given: the file's path, or for a revision
    /// `REV:PATH` with `PATH` from the top of the repository (after a `/`
    /// when the revision itself has one, so that the plan's folder is
    /// always after the `:`). Includes are joined to its folder and read
    /// with [`Input::reader`].
    pub fn load_path(&self) -> Result<PathBuf, InputError> {
        match self {
            Self::File(path) => Ok(path.clone()),
            Self::Revision { rev, .. } => {
                let root = self.root_path()?;
                let sep = if rev.contains('/') { ":/" } else { ":" };
                Ok(PathBuf::from(format!("{rev}{sep}{root}")))
            }
        }
    }

    /// How this plan's includes are read: from the file system, or from the
    /// same revision.
    pub fn reader(&self) -> Box<crate::load::ReadFile> {
        match self {
            Self::File(_) => Box::new(crate::load::read_from_disk),
            Self::Revision { rev, .. } => {
                let rev = rev.clone();
                Box::new(move |p: &Path| read_at_revision(&rev, p))
            }
        }
    }

    /// The path from the top of the repository, `./` and `../` resolved
    /// against the current folder's place in it.
    fn root_path(&self) -> Result<String, InputError> {
        let Self::Revision { path, .. } = self else { return Ok(String::new()) };
        let relative = path.starts_with("./") || path.starts_with("../");
        let joined = if relative {
            let prefix = git(&["rev-parse", "--show-prefix"])
                .map_err(|message| InputError::Git { name: self.name(), message })?;
            let prefix = String::from_utf8_lossy(&prefix).trim().to_owned();
            format!("{prefix}{path}")
        } else {
            path.clone()
        };
        normalize(Path::new(&joined)).ok_or_else(|| InputError::Git {
            name: self.name(),
            message: outside_repository().to_string(),
        })
    }
}

/// Why a plan could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A file could not be read.
    #[error("{}", self.text())]
    File {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// Git could not give the file at that revision.
    #[error("{}", self.text())]
    Git {
        /// `REV:PATH` as typed.
        name: String,
        /// What git said.
        message: String,
    },
}

impl InputError {
    /// What went wrong, in both languages ("không đọc được x.yaml: …").
    pub fn text(&self) -> Text {
        match self {
            Self::File { path, source } => {
                crate::source::cannot_read(path, std::path::Path::new(path), source)
            }
            Self::Git { name, message } => t(
                format!("không đọc được {name} qua git: {message}"),
                format!("cannot read {name} through git: {message}"),
            ),
        }
    }
}

/// When git found no `path` at `rev` and the command runs in a subfolder
/// of the repository: how to name the file from here. A path after `REV:`
/// is read from the top of the repository, as git reads it, so
/// `plan diff HEAD:q3.yaml q3.yaml` run in `plans/` looked for `q3.yaml` at
/// the top and passed on git's English alone. Empty otherwise.
fn subfolder_hint(rev: &str, path: &str, said: &str) -> String {
    let relative = path.starts_with("./") || path.starts_with("../");
    if relative || !said.contains("does not exist") {
        return String::new();
    }
    let prefix = git(&["rev-parse", "--show-prefix"])
        .map(|p| String::from_utf8_lossy(&p).trim().to_owned())
        .unwrap_or_default();
    if prefix.is_empty() {
        return String::new();
    }
    t(
        format!(
            "; đường dẫn sau `{rev}:` tính từ gốc kho: viết `{rev}:./{path}` (tính từ thư mục \
             này) hoặc `{rev}:{prefix}{path}`"
        ),
        format!(
            "; a path after `{rev}:` is read from the top of the repository: write \
             `{rev}:./{path}` (from this folder) or `{rev}:{prefix}{path}`"
        ),
    )
    .to_string()
}

/// "đường dẫn đi ra ngoài kho git" / "the path leads outside the repository".
fn outside_repository() -> Text {
    t("đường dẫn đi ra ngoài kho git", "the path leads outside the repository")
}

/// What git said on failure, quoted (git words it in its own language),
/// after the plain words of its most common failures: a revision that is
/// not in the repository (`HEAD~5` in a history of three commits), a
/// folder outside any repository.
fn git_said(said: &str) -> String {
    let plain = if said.contains("invalid object name")
        || said.contains("bad revision")
        || said.contains("unknown revision")
        || said.contains("Not a valid object name")
    {
        Some(t(
            "phiên bản này không có trong kho git (các phiên bản có: `git log --oneline`)",
            "this revision is not in the repository (the revisions there: `git log --oneline`)",
        ))
    } else if said.contains("not a git repository") {
        Some(t(
            "thư mục này không nằm trong một kho git",
            "this folder is not inside a git repository",
        ))
    } else {
        None
    };
    let quoted = t(format!("git báo “{said}”"), format!("git says “{said}”"));
    match plain {
        Some(plain) => t(
            format!("{} ({})", plain.vi, quoted.vi),
            format!("{} ({})", plain.en, quoted.en),
        )
        .to_string(),
        None => quoted.to_string(),
    }
}

/// Why git could not be run or read.
fn git_failed(err: &std::io::Error) -> String {
    let why = crate::source::io_reason(err);
    t(format!("không chạy được git: {}", why.vi), format!("cannot run git: {}", why.en))
        .to_string()
}

/// Whether `rev` may be a git revision: no spaces or control characters, no
/// leading `-`, none of git's forbidden `\ ? * [`, and not `..`.
fn looks_like_rev(rev: &str) -> bool {
    !rev.starts_with('-')
        && !rev.contains("..")
        && !rev.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '\\' | '?' | '*' | '[')
        })
}

/// `path` without `.` and `..`, `/`-separated; `None` when it climbs out.
fn normalize(path: &Path) -> Option<String> {
    crate::paths::resolve_dots(path).map(|parts| parts.join("/"))
}

/// Reads an included file of a plan at `rev`: `path` is `REV:DIR/FILE` (or
/// `REV:/DIR/FILE`), or, under a plan at the top of the repository, plain
/// `FILE`; an absolute path is read from the file system.
fn read_at_revision(rev: &str, path: &Path) -> std::io::Result<Vec<u8>> {
    let text = path.to_str().ok_or_else(|| {
        Error::new(
            ErrorKind::NotFound,
            t(
                "đường dẫn không phải chữ UTF-8, git không tìm được",
                "the path is not UTF-8, git cannot find it",
            )
            .to_string(),
        )
    })?;
    let prefix = format!("{rev}:");
    let in_repo = match text.strip_prefix(&prefix) {
        Some(rest) => rest,
        None if path.is_absolute() => return read_bounded(path),
        None => text,
    };
    let root = normalize(Path::new(in_repo)).ok_or_else(|| {
        Error::new(ErrorKind::NotFound, outside_repository().to_string())
    })?;
    git_blob(rev, &root).map_err(|message| Error::new(ErrorKind::NotFound, message))
}

/// The bytes of `root` (a path from the top of the repository) at `rev`,
/// but no more than [`MAX_FILE_BYTES`]` + 1` of them, as [`read_bounded`]
/// reads a file (a PDF, up to [`crate::archive::MAX_PDF_BYTES`]` + 1`, as
/// [`read_plan_or_pdf`] does): a blob past the limit is cut there (the
/// loader reports it as too large) and git is stopped, so a huge committed
/// file is never held in memory whole.
fn git_blob(rev: &str, root: &str) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut child = Command::new("git")
        .args(["cat-file", "blob", &format!("{rev}:{root}")])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| git_failed(&err))?;
    let mut bytes = Vec::new();
    let read = match child.stdout.take() {
        Some(mut stdout) => (&mut stdout)
            .take(MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .and_then(|_| read_rest_of_pdf(&mut bytes, stdout))
            .map(|()| bytes.len()),
        None => Ok(0),
    };
    let limit = if crate::archive::is_pdf(&bytes) {
        crate::archive::MAX_PDF_BYTES
    } else {
        MAX_FILE_BYTES
    };
    if bytes.len() > limit {
        // The rest is not wanted: git may be writing gigabytes.
        let _ = child.kill();
        let _ = child.wait();
        return Ok(bytes);
    }
    // Git's own messages are a few lines; its standard output is closed.
    let output = child.wait_with_output().map_err(|err| git_failed(&err))?;
    read.map_err(|err| git_failed(&err))?;
    if output.status.success() {
        Ok(bytes)
    } else {
        let said = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        Err(if said.is_empty() {
            t("git cat-file không chạy được", "git cat-file failed").to_string()
        } else {
            git_said(&said)
        })
    }
}

/// Runs git in the current folder and returns its output, or what it said
/// on failure.
fn git(args: &[&str]) -> Result<Vec<u8>, String> {
    let output =
        Command::new("git").args(args).output().map_err(|err| git_failed(&err))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        let said = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        let command = args.join(" ");
        Err(if said.is_empty() {
            t(format!("git {command} không chạy được"), format!("git {command} failed"))
                .to_string()
        } else {
            git_said(&said)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(arg: &str) -> Input {
        Input::parse(OsStr::new(arg))
    }

    fn rev(rev: &str, path: &str) -> Input {
        Input::Revision { rev: rev.to_owned(), path: path.to_owned() }
    }

    #[test]
    fn revisions_are_recognised() {
        assert_eq!(
            parse("HEAD~1:plans/may-2024.yaml"),
            rev("HEAD~1", "plans/may-2024.yaml")
        );
        assert_eq!(parse("main:plans/x.yaml"), rev("main", "plans/x.yaml"));
        assert_eq!(parse("origin/main:x.yaml"), rev("origin/main", "x.yaml"));
        assert_eq!(parse("HEAD@{1}:x.yaml"), rev("HEAD@{1}", "x.yaml"));
        assert_eq!(parse(":x.yaml"), rev("", "x.yaml"));
        assert_eq!(parse("HEAD:./a:b.yaml"), rev("HEAD", "./a:b.yaml"));
    }

    #[test]
    fn files_stay_files() {
        // An existing path wins even with a colon in it.
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("a:b.yaml");
        crate::export::write_atomic(&odd, b"x").unwrap();
        assert_eq!(Input::parse(odd.as_os_str()), Input::File(odd.clone()));
        for arg in ["plan.yaml", "no such:", "a b:c.yaml", "-x:y.yaml", "a..b:c", "x*:y"]
        {
            assert_eq!(parse(arg), Input::File(PathBuf::from(arg)), "{arg}");
        }
    }

    #[test]
    fn load_paths_keep_the_folder_after_the_colon() {
        let inputs = [
            (rev("HEAD~1", "plans/may.yaml"), "HEAD~1:plans/may.yaml"),
            (rev("HEAD", "may.yaml"), "HEAD:may.yaml"),
            (rev("origin/main", "may.yaml"), "origin/main:/may.yaml"),
            (rev("HEAD", "a/./b/../may.yaml"), "HEAD:a/may.yaml"),
        ];
        for (input, expected) in inputs {
            assert_eq!(input.load_path().unwrap(), PathBuf::from(expected));
        }
        assert!(rev("HEAD", "a/../../x.yaml").load_path().is_err());
    }

    #[test]
    fn normalize_resolves_dots() {
        assert_eq!(
            normalize(Path::new("a/b/../c/./d.yaml")).as_deref(),
            Some("a/c/d.yaml")
        );
        assert_eq!(normalize(Path::new("/a/b")).as_deref(), Some("a/b"));
        assert_eq!(normalize(Path::new("../a")), None);
    }
}
