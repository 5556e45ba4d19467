//! The OS keyring backend: what kind of keyring this machine has, and a profile's
//! entries in it.

use super::{CredentialError, Credentials, Secret, SecretKind};

/// What the OS keyring is like on this machine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyringKind {
    /// Keeps secrets until deleted (Keychain, Credential Manager, Secret Service).
    Durable,
    /// Forgets them at reboot (Linux kernel keyutils).
    Volatile,
    /// None here.
    Missing,
}

/// The keyring on this machine and what it is called.
pub fn keyring_kind() -> (KeyringKind, &'static str) {
    use keyring::credential::CredentialPersistence as P;
    let name = if cfg!(target_os = "macos") {
        "macOS Keychain"
    } else if cfg!(target_os = "windows") {
        "Windows Credential Manager"
    } else if cfg!(target_os = "linux") {
        "Linux kernel keyutils"
    } else {
        "none"
    };
    match keyring::default::default_credential_builder().persistence() {
        P::UntilDelete => (KeyringKind::Durable, name),
        P::UntilReboot => (KeyringKind::Volatile, name),
        _ => (KeyringKind::Missing, "none"),
    }
}

fn keyring_err(e: keyring::Error) -> CredentialError {
    match e {
        keyring::Error::NoStorageAccess(inner) => {
            CredentialError::KeyringUnavailable(inner.to_string())
        }
        keyring::Error::PlatformFailure(inner) => {
            CredentialError::KeyringUnavailable(inner.to_string())
        }
        other => CredentialError::Keyring(other.to_string()),
    }
}

impl Credentials {
    fn entry(&self, kind: SecretKind) -> Result<keyring::Entry, CredentialError> {
        keyring::Entry::new(
            "lifeos",
            &format!("{}/{}/{}", self.profile, kind.name(), self.scope),
        )
        .map_err(keyring_err)
    }

    pub(super) fn keyring_get(&self, kind: SecretKind) -> Result<Option<Secret>, CredentialError> {
        match self.entry(kind)?.get_password() {
            Ok(p) => Ok(Some(Secret::new(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keyring_err(e)),
        }
    }

    pub(super) fn keyring_set(
        &self,
        kind: SecretKind,
        value: &Secret,
    ) -> Result<(), CredentialError> {
        match self.entry(kind)?.set_password(value.expose()) {
            Ok(()) => Ok(()),
            // keyutils: the process has no session keyring to add to.
            Err(keyring::Error::NoEntry) => Err(CredentialError::KeyringUnavailable(
                "this process has no session keyring (run in a login session, or under `keyctl session`)"
                    .into(),
            )),
            Err(e) => Err(keyring_err(e)),
        }
    }

    pub(super) fn keyring_delete(&self, kind: SecretKind) -> Result<bool, CredentialError> {
        match self.entry(kind)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(keyring_err(e)),
        }
    }
}
