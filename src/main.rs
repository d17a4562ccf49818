//! The `plan` command: parses the command line and hands over to the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Help and version go to stdout with code 0; usage errors exit 2.
    plan::cli::main()
}
