//! The integration test binary: one module per concern.

mod cmd;
mod diagnostics;
mod diff;
mod docs;
mod examples;
mod export;
mod fonts;
mod hostile;
mod include;
mod injection;
mod layout;
mod layout_state;
mod layout_structure;
mod new;
mod regressions;
mod schema;
mod support;
mod text;
