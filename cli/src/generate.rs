//! Man pages (`man/`) and shell completions (`completions/`), generated from the clap
//! definitions. A test regenerates them and fails if the committed copies differ
//! (`LIFEOS_BLESS=1 cargo test -p lifeos-cli generated` rewrites them).

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap_complete::Shell;

/// Every generated file: path relative to the repository root → contents.
pub fn files() -> anyhow::Result<BTreeMap<PathBuf, Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut cmd = crate::args::command();
    cmd.build();
    man_pages(&cmd, "lifeos", &mut out)?;
    for (shell, name) in [
        (Shell::Bash, "lifeos.bash"),
        (Shell::Zsh, "_lifeos"),
        (Shell::Fish, "lifeos.fish"),
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd.clone(), "lifeos", &mut buf);
        out.insert(PathBuf::from("completions").join(name), buf);
    }
    Ok(out)
}

fn man_pages(
    cmd: &clap::Command,
    name: &str,
    out: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    let page = cmd.clone().name(name.to_owned());
    clap_mangen::Man::new(page).render(&mut buf)?;
    out.insert(PathBuf::from("man").join(format!("{name}.1")), buf);
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        man_pages(sub, &format!("{name}-{}", sub.get_name()), out)?;
    }
    Ok(())
}
