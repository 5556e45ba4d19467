//! The unlock cache (`lifeos unlock`): a profile's unsealed secrets kept in the Linux
//! kernel keyring for a while, so later commands need no passphrase and no Argon2id.
//!
//! Each secret is a `user` key named `lifeos-unlock:PROFILE/SECRET/SCOPE` in the caller's
//! session keyring (the user-session keyring when the process has none). Its payload is
//! `1 UNTIL IDLE LAST HEX…`: the absolute end of the unlock (Unix seconds), the idle
//! timeout (seconds), the last use, and the secret. The kernel's own expiry is set to
//! whichever comes first, the end or `IDLE` seconds from now, and every use moves it on:
//! an unused unlock is forgotten by the kernel itself, even if no LifeOS command runs
//! again. Keys made by `add_key` grant read only to their possessor (a process in the
//! same session keyring); the kernel drops them at logout (`pam_keyinit`) or reboot. The
//! payload is never written to disk, to the environment, or printed.

use zeroize::Zeroizing;

use super::{CredentialError, Credentials, Secret, SecretKind};

/// How long an unlock lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnlockFor {
    /// The whole unlock, in seconds.
    pub total_secs: u64,
    /// Forgotten after this many seconds without a command.
    pub idle_secs: u64,
}

impl UnlockFor {
    /// The default unlock: 8 hours, or 1 hour without use.
    pub const DEFAULT: Self = Self {
        total_secs: 8 * 3600,
        idle_secs: 3600,
    };
}

/// An unlock in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unlocked {
    /// When it ends at the latest (Unix seconds).
    pub until: i64,
    /// When it ends if no command uses it before (Unix seconds).
    pub idle_until: i64,
    /// The idle timeout, in seconds.
    pub idle_secs: u64,
}

impl Unlocked {
    /// When it ends if nothing uses it again.
    pub fn ends(&self) -> i64 {
        self.until.min(self.idle_until)
    }
}

struct Entry {
    until: i64,
    idle: u64,
    last: i64,
    secret: Secret,
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn parse(bytes: &[u8]) -> Option<Entry> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut parts = text.split(' ');
    if parts.next()? != "1" {
        return None;
    }
    let until = parts.next()?.parse().ok()?;
    let idle = parts.next()?.parse().ok()?;
    let last = parts.next()?.parse().ok()?;
    let secret = Secret::new(parts.next()?);
    if parts.next().is_some() || secret.expose().is_empty() {
        return None;
    }
    Some(Entry {
        until,
        idle,
        last,
        secret,
    })
}

fn payload(e: &Entry) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "1 {} {} {} {}",
        e.until,
        e.idle,
        e.last,
        e.secret.expose()
    ))
}

/// Seconds the kernel should keep the key from `now` on (at least 1).
fn timeout(e: &Entry, now: i64) -> usize {
    let left = (e.until - now).max(1) as u64;
    usize::try_from(left.min(e.idle.max(1))).unwrap_or(usize::MAX)
}

#[cfg(target_os = "linux")]
mod kernel {
    pub use linux_keyutils::Key;
    use linux_keyutils::{KeyError, KeyRing, KeyRingIdentifier};
    use zeroize::Zeroizing;

    use super::CredentialError;

    fn err(e: KeyError) -> CredentialError {
        CredentialError::KeyringUnavailable(format!("the kernel keyring: {e:?}"))
    }

    fn ring() -> Result<KeyRing, CredentialError> {
        KeyRing::from_special_id(KeyRingIdentifier::Session, false).map_err(err)
    }

    pub fn find(desc: &str) -> Option<Key> {
        ring().ok()?.search(desc).ok()
    }

    pub fn read(key: &Key) -> Option<Zeroizing<Vec<u8>>> {
        key.read_to_vec().ok().map(Zeroizing::new)
    }

    pub fn add(desc: &str, payload: &[u8], secs: usize) -> Result<(), CredentialError> {
        let key = ring()?.add_key(desc, payload).map_err(err)?;
        key.set_timeout(secs).map_err(err)
    }

    pub fn touch(key: &Key, payload: &[u8], secs: usize) {
        // A failure here only makes the unlock end sooner.
        let _ = key.update(&payload);
        let _ = key.set_timeout(secs);
    }

    pub fn remove(key: &Key) -> bool {
        key.invalidate().is_ok()
    }

    pub fn available() -> Result<(), CredentialError> {
        ring().map(|_| ())
    }
}

#[cfg(not(target_os = "linux"))]
mod kernel {
    use zeroize::Zeroizing;

    use super::CredentialError;

    pub struct Key;

    pub fn find(_: &str) -> Option<Key> {
        None
    }
    pub fn read(_: &Key) -> Option<Zeroizing<Vec<u8>>> {
        None
    }
    pub fn add(_: &str, _: &[u8], _: usize) -> Result<(), CredentialError> {
        available()
    }
    pub fn touch(_: &Key, _: &[u8], _: usize) {}
    pub fn remove(_: &Key) -> bool {
        false
    }
    pub fn available() -> Result<(), CredentialError> {
        Err(CredentialError::KeyringUnavailable(
            "unlocking is for Linux; here the OS keyring keeps the key itself".into(),
        ))
    }
}

impl Credentials {
    /// The description of the kernel key that holds an unlocked secret (for `keyctl`).
    pub fn unlock_key_name(&self, kind: SecretKind) -> String {
        self.agent_name(kind)
    }

    fn agent_name(&self, kind: SecretKind) -> String {
        format!(
            "lifeos-unlock:{}/{}/{}",
            self.profile,
            kind.name(),
            self.scope
        )
    }

    fn agent_entry(&self, kind: SecretKind) -> Option<(kernel::Key, Entry)> {
        let key = kernel::find(&self.agent_name(kind))?;
        match kernel::read(&key).as_deref().and_then(|b| parse(b)) {
            Some(e) => Some((key, e)),
            None => {
                kernel::remove(&key);
                None
            }
        }
    }

    /// Whether this machine can keep an unlock (a kernel keyring for this process).
    pub fn unlock_available(&self) -> Result<(), CredentialError> {
        kernel::available()
    }

    /// Keeps a secret unlocked for `how` long. Replaces an earlier unlock of it.
    pub fn unlock(
        &self,
        kind: SecretKind,
        secret: &Secret,
        how: UnlockFor,
    ) -> Result<Unlocked, CredentialError> {
        let now = now();
        let e = Entry {
            until: now.saturating_add(i64::try_from(how.total_secs).unwrap_or(i64::MAX)),
            idle: how.idle_secs,
            last: now,
            secret: secret.clone(),
        };
        kernel::add(
            &self.agent_name(kind),
            payload(&e).as_bytes(),
            timeout(&e, now),
        )?;
        Ok(status_of(&e))
    }

    /// The unlocked secret, if an unlock is in force; using it restarts the idle timeout.
    pub fn unlocked(&self, kind: SecretKind) -> Option<Secret> {
        let (key, mut e) = self.agent_entry(kind)?;
        let now = now();
        if now >= e.until || now.saturating_sub(e.last) >= i64::try_from(e.idle).unwrap_or(0) {
            kernel::remove(&key);
            return None;
        }
        e.last = now;
        kernel::touch(&key, payload(&e).as_bytes(), timeout(&e, now));
        Some(e.secret)
    }

    /// The unlock of a secret in force, without using it.
    pub fn unlock_status(&self, kind: SecretKind) -> Option<Unlocked> {
        let (_, e) = self.agent_entry(kind)?;
        let s = status_of(&e);
        (s.ends() > now()).then_some(s)
    }

    /// Replaces an unlocked secret's value (the secret changed), keeping its unlock.
    pub(super) fn agent_replace(&self, kind: SecretKind, value: &Secret) {
        if let Some((key, mut e)) = self.agent_entry(kind) {
            e.secret = value.clone();
            let now = now();
            kernel::touch(&key, payload(&e).as_bytes(), timeout(&e, now));
        }
    }

    /// Forgets one unlocked secret. Returns whether one was there.
    pub fn lock_secret(&self, kind: SecretKind) -> bool {
        kernel::find(&self.agent_name(kind)).is_some_and(|k| kernel::remove(&k))
    }

    /// `lifeos lock`: forgets every unlocked secret of the profile. Returns how many.
    pub fn lock(&self) -> usize {
        SecretKind::ALL
            .into_iter()
            .filter(|k| self.lock_secret(*k))
            .count()
    }
}

fn status_of(e: &Entry) -> Unlocked {
    Unlocked {
        until: e.until,
        idle_until: e
            .last
            .saturating_add(i64::try_from(e.idle).unwrap_or(i64::MAX)),
        idle_secs: e.idle,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_and_garbage_is_refused() {
        let e = Entry {
            until: 100,
            idle: 30,
            last: 90,
            secret: Secret::new("ab".repeat(32)),
        };
        let p = payload(&e);
        let back = parse(p.as_bytes()).unwrap();
        assert_eq!((back.until, back.idle, back.last), (100, 30, 90));
        assert_eq!(back.secret, e.secret);
        for bad in [
            "",
            "2 1 1 1 x",
            "1 1 1 1",
            "1 a 1 1 x",
            "1 1 1 1 x y",
            "1 1 1 1 ",
        ] {
            assert!(parse(bad.as_bytes()).is_none(), "{bad:?}");
        }
        // The kernel keeps it until the end or the idle timeout, whichever is first.
        assert_eq!(timeout(&e, 90), 10);
        assert_eq!(timeout(&e, 50), 30);
        assert_eq!(timeout(&e, 200), 1);
    }
}
