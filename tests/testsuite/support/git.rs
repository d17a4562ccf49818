//! A throwaway git repository with its own configuration, for `plan diff
//! REV:PATH`, the text driver and `plan new` in a repository.

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use std::path::Path;
use std::process::{Command, Output};

use super::cli::{plan, stderr, stdout};

/// A git repository in a temporary folder, with its own configuration.
pub(crate) struct Repo {
    pub(crate) dir: tempfile::TempDir,
}

impl Repo {
    pub(crate) fn new() -> Self {
        let repo = Self { dir: tempfile::tempdir().expect("a temporary folder") };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Văn thư"]);
        repo.git(&["config", "user.email", "vanthu@example.com"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        repo.git(&["config", "core.autocrlf", "false"]);
        repo
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `text` to `name` (folders made as needed).
    pub(crate) fn write(&self, name: &str, text: &str) {
        let path = self.path().join(name);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("make folders");
        std::fs::write(path, text).expect("write the file");
    }

    /// `git add -A && git commit -m message`.
    pub(crate) fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    /// A git command in the repository, ignoring the user's own settings.
    pub(crate) fn git_command(&self) -> Command {
        let mut cmd = Command::new("git");
        cmd.current_dir(self.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("NO_COLOR", "1")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE");
        cmd
    }

    /// Runs git, asserting success, and returns its output.
    #[track_caller]
    pub(crate) fn git(&self, args: &[&str]) -> String {
        let out = self.git_command().args(args).output().expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
        stdout(&out)
    }

    /// `plan ARGS` in the repository.
    pub(crate) fn plan(&self, args: &[&str]) -> Output {
        self.plan_in("", args)
    }

    /// `plan ARGS` in the repository's folder `sub` (`""`: its top).
    pub(crate) fn plan_in(&self, sub: &str, args: &[&str]) -> Output {
        plan()
            .current_dir(self.path().join(sub))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .args(args)
            .output()
            .expect("plan runs")
    }
}
