//! The integration test binary: one module per concern.

mod cmd;
mod diagnostics;
mod diff;
mod docs;
mod docx;
mod examples;
mod export;
mod fonts;
mod frame_cli;
mod hostile;
mod include;
mod injection;
mod layout;
mod layout_frame;
mod layout_state;
mod layout_structure;
mod libreoffice;
mod new;
mod new_periods;
mod regressions;
mod schema;
mod support;
mod tables;
mod template;
mod text;
mod up_to_date;
