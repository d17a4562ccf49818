//! Helpers every test file shares, one module per kind:
//!
//! - [`layout`]: hand-built views, one compiled renderer and the flat list
//!   of what a laid-out page draws (re-exported here, as the layout tests
//!   use them by the dozen);
//! - [`cli`]: the `plan` binary with a clean environment, its output, the
//!   crate's folders and files;
//! - [`git`]: a throwaway git repository;
//! - [`library`]: the real plans and examples, views of plan files and
//!   texts, `plan new`'s next plan, through the library;
//! - [`plans`]: plan texts and the edits tests make to them.

pub(crate) mod cli;
pub(crate) mod git;
pub(crate) mod layout;
pub(crate) mod library;
pub(crate) mod plans;

pub(crate) use layout::*;
