//! The `plan` command.

fn main() {}
