//! The `lifeos` binary: everything lives in the library, so tests can reach it too.

fn main() -> std::process::ExitCode {
    lifeos_cli::run(std::env::args_os())
}
