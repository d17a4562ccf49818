//! The integration test binary: one module per concern.

mod cmd;
mod diff;
mod examples;
mod export;
mod fonts;
mod include;
mod injection;
mod layout;
mod layout_state;
mod new;
mod schema;
mod support;
mod text;
