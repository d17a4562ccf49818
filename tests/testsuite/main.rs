//! The integration test binary: one module per concern.

mod cmd;
mod diagnostics;
mod export;
mod fonts;
mod hostile;
mod injection;
mod layout;
mod regressions;
mod support;
