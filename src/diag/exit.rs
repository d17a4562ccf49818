//! The exit codes of the `plan` command (README, "Exit codes").

/// Exit codes of the `plan` command (README, "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: done; warnings may have been printed.
    Success,
    /// 1: the plan has errors, or warnings under `--deny-warnings`.
    PlanErrors,
    /// 2: the command line is wrong (clap's own code).
    Usage,
    /// 3: a file cannot be read or written.
    Io,
    /// 4: an embedded template failed: a bug in `plan`.
    Internal,
}

impl ExitStatus {
    /// The number the process exits with.
    pub fn code(self) -> u8 {
        match self {
            Self::Success => 0,
            Self::PlanErrors => 1,
            Self::Usage => 2,
            Self::Io => 3,
            Self::Internal => 4,
        }
    }
}
