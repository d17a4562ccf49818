//! The integration test binary: one module per concern.

mod cmd;
mod examples;
mod export;
mod fonts;
mod injection;
mod layout;
mod layout_state;
mod support;
