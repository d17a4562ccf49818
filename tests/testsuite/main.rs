//! The integration test binary: one module per concern.

mod cmd;
mod export;
mod fonts;
mod include;
mod injection;
mod layout;
mod new;
mod schema;
mod support;
