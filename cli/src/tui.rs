//! `lifeos` with no subcommand: builds the TUI's launch parameters (how to open the
//! profile's store, how to sync it, the configured keys) and runs it.

use std::io::IsTerminal;
use std::sync::Arc;

use anyhow::Context;
use lifeos_core::profile::{Config, Paths, ProfileName};
use lifeos_core::store::Store;

use crate::commands::sync as remote;
use crate::open;

/// Opens the full-screen app on the profile's database.
pub fn run(
    profile: Option<ProfileName>,
    credential_store: Option<lifeos_core::credential::Backend>,
) -> anyhow::Result<()> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "with no command lifeos opens the full-screen app, which needs a terminal; see lifeos --help"
        );
    }
    let keys = Config::load(&Paths::from_env()?.config_file())?.keys;
    let files = open::profile_files(profile, credential_store)?;
    let name = files.name.to_string();
    // Opened once here, as every command opens it (an interrupted rekey is finished);
    // the workers then open more connections with the key that worked.
    let (store, source, key) = open::store_with(&files, files.credentials())?;
    // The passphrase typed here unlocks the profile as `lifeos unlock` does.
    if matches!(
        source,
        open::KeySource::Passphrase
            | open::KeySource::Stored(lifeos_core::credential::Backend::File)
    ) && files.credentials().unlock_available().is_ok()
    {
        let how = crate::commands::unlock::lifetime(None)?;
        files.credentials().unlock(
            lifeos_core::credential::SecretKind::DbKey,
            &key.to_secret(),
            how,
        )?;
    }
    let key = Arc::new(key);
    let db = files.db.clone();
    let label = name.clone();
    let open: lifeos_tui::OpenFn =
        Arc::new(move || Store::open(&db, &key).with_context(|| format!("profile '{label}'")));
    // One profile (one credential store) for both: a passphrase-encrypted file is
    // opened once.
    let files = Arc::new(files);
    let fetch = remote::fetch_fn(&store, files.clone());
    let sync = remote::sync_fn(&store, files)?;
    drop(store);
    lifeos_tui::run(lifeos_tui::Launch {
        profile: name,
        open,
        sync,
        fetch,
        keys,
    })
}
