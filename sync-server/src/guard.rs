//! The front door: who is knocking (the client's address, through a trusted proxy only),
//! and how often they may try a password.
//!
//! Three rules, checked before any password is hashed:
//! - **per address**: at most `attempts_per_minute` password attempts (login, sign-up,
//!   password change) from one client address, a GCRA quota (`governor`) that refills
//!   steadily;
//! - **per account and address**: after [`FREE_FAILURES`] wrong passwords in a row from
//!   one address, that address waits before its next try, twice as long after each
//!   further failure (1 s, 2 s, 4 s … up to [`MAX_LOCK`]); a success clears it;
//! - **per account**: after [`ACCOUNT_FAILURES`] wrong passwords from anywhere within
//!   [`ACCOUNT_WINDOW`], the account takes at most one try every [`ACCOUNT_PACE`] from
//!   addresses it has not been signed in from — a guesser spread over many addresses is
//!   slowed to a crawl, while an address the owner signed in from keeps its own budget.
//!
//! No rule locks anyone out for longer than [`MAX_LOCK`]: a stranger can slow the owner
//! down, never shut them out for good. The counts live in this process's memory (bounded:
//! see [`MAX_TRACKED`]); several server processes behind a balancer each keep their own.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use governor::clock::Clock as _;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::ApiError;

/// Wrong passwords in a row from one address before it must wait.
pub const FREE_FAILURES: u32 = 5;
/// The longest any rule makes a client wait.
pub const MAX_LOCK: Duration = Duration::from_secs(15 * 60);
/// Wrong passwords for one account (from anywhere) before it is paced.
pub const ACCOUNT_FAILURES: u32 = 20;
/// The window those failures are counted in.
pub const ACCOUNT_WINDOW: Duration = Duration::from_secs(60 * 60);
/// One try per this long for a paced account from an unknown address.
pub const ACCOUNT_PACE: Duration = Duration::from_secs(10);
/// Most accounts and (account, address) pairs tracked; beyond, the oldest are dropped.
pub const MAX_TRACKED: usize = 100_000;

/// Where the front door's settings come from (`crate::settings`).
#[derive(Clone, Debug)]
pub struct GuardConfig {
    /// Password attempts per minute from one address (`login_attempts_per_minute`).
    pub attempts_per_minute: u32,
    /// Proxies whose `X-Forwarded-For` is believed (`trusted_proxies`); empty: none.
    pub trusted_proxies: Vec<IpAddr>,
}

impl Default for GuardConfig {
    fn default() -> Self {
        Self {
            attempts_per_minute: 60,
            trusted_proxies: Vec::new(),
        }
    }
}

/// The client's address: the peer, or — when the peer is a trusted proxy — the last
/// address in `X-Forwarded-For` that is not itself a trusted proxy.
pub fn client_addr(parts: &Parts, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer(parts).unwrap_or(IpAddr::from([0, 0, 0, 0]));
    forwarded_for(peer, &parts.headers, trusted)
}

/// The TCP peer, as the connection loop (`crate::listen`) told the request.
fn peer(parts: &Parts) -> Option<IpAddr> {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

fn forwarded_for(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let hops: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .map(|h| h.parse::<IpAddr>().ok())
        .collect::<Option<Vec<_>>>()
        // A hop that is not an address: believe nothing of the header.
        .unwrap_or_default();
    hops.into_iter()
        .rev()
        .find(|h| !trusted.contains(h))
        .unwrap_or(peer)
}

/// Whether the request came over TLS: `X-Forwarded-Proto: https` from a trusted proxy.
pub fn via_tls(parts: &Parts, trusted: &[IpAddr]) -> bool {
    peer(parts).is_some_and(|p| trusted.contains(&p))
        && parts
            .headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|p| p.eq_ignore_ascii_case("https"))
}

/// The client's address as an extractor ([`client_addr`] with the configured proxies).
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub IpAddr);

impl<S> axum::extract::FromRequestParts<S> for ClientAddr
where
    crate::state::AppState: axum::extract::FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = <crate::state::AppState as axum::extract::FromRef<S>>::from_ref(state);
        Ok(Self(client_addr(
            parts,
            &state.config.guard.trusted_proxies,
        )))
    }
}

#[derive(Debug)]
struct Streak {
    failures: u32,
    last: Instant,
}

#[derive(Debug, Default)]
struct Account {
    /// Failures within the window, oldest first.
    failures: Vec<Instant>,
    /// When a paced account last let an unknown address try.
    last_paced_try: Option<Instant>,
    /// Addresses this account signed in from (they are never paced).
    known: HashSet<IpAddr>,
}

#[derive(Debug, Default)]
struct Books {
    streaks: HashMap<(String, IpAddr), Streak>,
    accounts: HashMap<String, Account>,
}

/// The front door of one server process.
pub struct Guard {
    addresses: DefaultKeyedRateLimiter<IpAddr>,
    books: Mutex<Books>,
    /// The settings.
    pub config: GuardConfig,
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Guard")
            .field("config", &self.config)
            .finish()
    }
}

fn too_many(wait: Duration, why: &str) -> ApiError {
    let secs = wait.as_secs_f64().ceil().max(1.0) as u64;
    ApiError::TooManyRequests {
        detail: format!("{why}: try again in {secs} s"),
        retry_after: secs,
    }
}

impl Guard {
    /// A front door with `config`.
    pub fn new(config: GuardConfig) -> Self {
        let per_minute =
            NonZeroU32::new(config.attempts_per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        Self {
            addresses: RateLimiter::keyed(Quota::per_minute(per_minute)),
            books: Mutex::new(Books::default()),
            config,
        }
    }

    /// Before a password is checked for `account` (a normalised email) from `addr`:
    /// refuses with 429 and `Retry-After` when a rule says wait. Counts as an attempt.
    pub fn before_attempt(&self, account: &str, addr: IpAddr) -> Result<(), ApiError> {
        if let Err(not_until) = self.addresses.check_key(&addr) {
            let wait = not_until.wait_time_from(self.addresses.clock().now());
            return Err(too_many(
                wait,
                "too many password attempts from this address",
            ));
        }
        if self.addresses.len() > MAX_TRACKED {
            self.addresses.retain_recent();
        }
        let now = Instant::now();
        let mut books = self.books.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = books.streaks.get(&(account.to_owned(), addr))
            && s.failures >= FREE_FAILURES
        {
            let lock =
                Duration::from_secs(1u64 << (s.failures - FREE_FAILURES).min(20)).min(MAX_LOCK);
            let until = s.last + lock;
            if now < until {
                return Err(too_many(
                    until - now,
                    "too many wrong passwords from this address",
                ));
            }
        }
        if let Some(a) = books.accounts.get_mut(account) {
            a.failures
                .retain(|t| now.duration_since(*t) < ACCOUNT_WINDOW);
            let paced = a.failures.len() >= ACCOUNT_FAILURES as usize && !a.known.contains(&addr);
            if paced {
                if let Some(last) = a.last_paced_try {
                    let until = last + ACCOUNT_PACE;
                    if now < until {
                        return Err(too_many(
                            until - now,
                            "this account had many wrong passwords lately",
                        ));
                    }
                }
                a.last_paced_try = Some(now);
            }
        }
        Ok(())
    }

    /// After a wrong password for `account` from `addr`.
    pub fn failed(&self, account: &str, addr: IpAddr) {
        let now = Instant::now();
        let mut books = self.books.lock().unwrap_or_else(|p| p.into_inner());
        prune(&mut books, now);
        let s = books
            .streaks
            .entry((account.to_owned(), addr))
            .or_insert(Streak {
                failures: 0,
                last: now,
            });
        s.failures = s.failures.saturating_add(1);
        s.last = now;
        let a = books.accounts.entry(account.to_owned()).or_default();
        a.failures.push(now);
        if a.failures.len() > 4 * ACCOUNT_FAILURES as usize {
            a.failures.drain(..ACCOUNT_FAILURES as usize);
        }
    }

    /// After a right password for `account` from `addr`: the address's streak ends and
    /// the address is known to the account.
    pub fn succeeded(&self, account: &str, addr: IpAddr) {
        let mut books = self.books.lock().unwrap_or_else(|p| p.into_inner());
        books.streaks.remove(&(account.to_owned(), addr));
        let a = books.accounts.entry(account.to_owned()).or_default();
        if a.known.len() < 64 {
            a.known.insert(addr);
        }
    }
}

/// Keeps the books bounded: forgets streaks whose lock has long passed and accounts with
/// nothing recent, once there are too many.
fn prune(books: &mut Books, now: Instant) {
    if books.streaks.len() + books.accounts.len() < MAX_TRACKED {
        return;
    }
    books
        .streaks
        .retain(|_, s| now.duration_since(s.last) < MAX_LOCK);
    books.accounts.retain(|_, a| {
        a.failures
            .retain(|t| now.duration_since(*t) < ACCOUNT_WINDOW);
        !a.failures.is_empty()
    });
    if books.streaks.len() + books.accounts.len() >= MAX_TRACKED {
        books.streaks.clear();
        books.accounts.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_believed_only_from_a_trusted_proxy() {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", "203.0.113.9, 10.0.0.2".parse().unwrap());
        let trusted = [ip("127.0.0.1"), ip("10.0.0.2")];
        assert_eq!(
            forwarded_for(ip("127.0.0.1"), &h, &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            forwarded_for(ip("198.51.100.1"), &h, &trusted),
            ip("198.51.100.1")
        );
        assert_eq!(forwarded_for(ip("127.0.0.1"), &h, &[]), ip("127.0.0.1"));
        // A spoofed first hop does not help: the last untrusted hop is the client.
        h.insert("x-forwarded-for", "1.2.3.4, 203.0.113.9".parse().unwrap());
        assert_eq!(
            forwarded_for(ip("127.0.0.1"), &h, &trusted),
            ip("203.0.113.9")
        );
        h.insert("x-forwarded-for", "garbage, 203.0.113.9".parse().unwrap());
        assert_eq!(
            forwarded_for(ip("127.0.0.1"), &h, &trusted),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn wrong_passwords_slow_an_address_down_and_a_success_clears_it() {
        let g = Guard::new(GuardConfig {
            attempts_per_minute: 1000,
            trusted_proxies: vec![],
        });
        let a = ip("192.0.2.1");
        for _ in 0..FREE_FAILURES {
            g.before_attempt("o@x", a).unwrap();
            g.failed("o@x", a);
        }
        let e = g.before_attempt("o@x", a).unwrap_err();
        assert!(
            matches!(e, ApiError::TooManyRequests { retry_after: 1, .. }),
            "{e:?}"
        );
        // Another address and another account are not affected.
        g.before_attempt("o@x", ip("192.0.2.2")).unwrap();
        g.before_attempt("p@x", a).unwrap();
        g.succeeded("o@x", a);
        g.before_attempt("o@x", a).unwrap();
    }

    #[test]
    fn the_lock_doubles_and_is_capped() {
        let g = Guard::new(GuardConfig::default());
        let a = ip("192.0.2.1");
        for _ in 0..FREE_FAILURES + 40 {
            g.failed("o@x", a);
        }
        match g.before_attempt("o@x", a).unwrap_err() {
            ApiError::TooManyRequests { retry_after, .. } => {
                assert_eq!(retry_after, MAX_LOCK.as_secs())
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn a_spread_guesser_paces_the_account_but_not_the_owners_address() {
        let g = Guard::new(GuardConfig {
            attempts_per_minute: 1000,
            trusted_proxies: vec![],
        });
        let owner = ip("192.0.2.200");
        g.succeeded("o@x", owner);
        for i in 0..ACCOUNT_FAILURES {
            let a = IpAddr::from([198, 51, 100, i as u8]);
            g.before_attempt("o@x", a).unwrap();
            g.failed("o@x", a);
        }
        // One more stranger may try once, then strangers wait.
        g.before_attempt("o@x", ip("203.0.113.1")).unwrap();
        assert!(g.before_attempt("o@x", ip("203.0.113.2")).is_err());
        // The owner's address is not paced.
        g.before_attempt("o@x", owner).unwrap();
        g.before_attempt("o@x", owner).unwrap();
    }

    #[test]
    fn an_address_has_a_quota_of_attempts() {
        let g = Guard::new(GuardConfig {
            attempts_per_minute: 3,
            trusted_proxies: vec![],
        });
        let a = ip("192.0.2.1");
        for i in 0..3 {
            g.before_attempt(&format!("u{i}@x"), a).unwrap();
        }
        let e = g.before_attempt("u9@x", a).unwrap_err();
        assert!(matches!(e, ApiError::TooManyRequests { .. }), "{e:?}");
        g.before_attempt("u9@x", ip("192.0.2.2")).unwrap();
    }
}
