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

/// The keyring on this machine and what it is called. On Linux that is the Secret
/// Service (GNOME Keyring, KWallet) when a D-Bus session offers one, else the kernel's
/// keyutils; without a D-Bus session it is never contacted.
pub fn keyring_kind() -> (KeyringKind, &'static str) {
    use keyring::credential::CredentialPersistence as P;
    #[cfg(target_os = "linux")]
    {
        if secret_service_reachable() {
            return (KeyringKind::Durable, SECRET_SERVICE);
        }
        return match keyring::keyutils::default_credential_builder().persistence() {
            P::UntilDelete => (KeyringKind::Durable, "Linux kernel keyutils"),
            P::UntilReboot => (KeyringKind::Volatile, "Linux kernel keyutils"),
            _ => (KeyringKind::Missing, "none"),
        };
    }
    #[allow(unreachable_code)]
    let name = if cfg!(target_os = "macos") {
        "macOS Keychain"
    } else if cfg!(target_os = "windows") {
        "Windows Credential Manager"
    } else {
        "none"
    };
    match keyring::default::default_credential_builder().persistence() {
        P::UntilDelete => (KeyringKind::Durable, name),
        P::UntilReboot => (KeyringKind::Volatile, name),
        _ => (KeyringKind::Missing, "none"),
    }
}

#[cfg(target_os = "linux")]
const SECRET_SERVICE: &str = "Secret Service (D-Bus)";

/// Whether a D-Bus session bus is there and answers Secret Service calls. Without a bus
/// address (the variable, or `$XDG_RUNTIME_DIR/bus`) D-Bus is not even tried, so a
/// headless machine pays nothing.
#[cfg(target_os = "linux")]
fn secret_service_reachable() -> bool {
    use keyring::credential::CredentialApi;
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|d| std::path::Path::new(&d).join("bus").exists());
    if !bus {
        return false;
    }
    match keyring::secret_service::SsCredential::new_with_target(None, "lifeos", "probe") {
        Ok(c) => matches!(c.get_password(), Ok(_) | Err(keyring::Error::NoEntry)),
        Err(_) => false,
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
        let user = format!("{}/{}/{}", self.profile, kind.name(), self.scope);
        #[cfg(target_os = "linux")]
        {
            let credential: Box<keyring::credential::Credential> = if self.keyring().1
                == SECRET_SERVICE
            {
                Box::new(
                    keyring::secret_service::SsCredential::new_with_target(None, "lifeos", &user)
                        .map_err(keyring_err)?,
                )
            } else {
                Box::new(
                    keyring::keyutils::KeyutilsCredential::new_with_target(None, "lifeos", &user)
                        .map_err(keyring_err)?,
                )
            };
            Ok(keyring::Entry::new_with_credential(credential))
        }
        #[cfg(not(target_os = "linux"))]
        keyring::Entry::new("lifeos", &user).map_err(keyring_err)
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
