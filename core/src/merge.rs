//! The one merge rule, used by the server, every client and import.
//!
//! When two versions of the same row meet, the one that is *greater* in this total
//! order wins:
//! 1. the higher `version`;
//! 2. on equal versions, the later `updated_at`;
//! 3. on equal both, a deterministic byte-wise tie-break: a tombstone beats a live row,
//!    then the larger canonical field JSON, then the later `created_at`.
//!
//! Because the order is total, applying any set of versions in any order leaves every
//! replica with the same winner (the maximum), which is what sync convergence rests on.
//! Deletions are rows like any other, so a stale (lower-version) write can never bring a
//! tombstone back.

use std::cmp::Ordering;

use crate::kernel::Kernel;

/// One version of a row: its kernel and its fields in canonical JSON.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'a> {
    /// The kernel columns.
    pub kernel: &'a Kernel,
    /// The entity's fields as canonical JSON text (as stored).
    pub fields_json: &'a str,
}

/// What to do with an incoming version of a row that is already stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// The incoming version wins: store it.
    TakeIncoming,
    /// The stored version wins (or both are the same): change nothing.
    KeepCurrent,
}

/// The total order of the rule: `Greater` means `a` beats `b`.
pub fn compare(a: &Candidate<'_>, b: &Candidate<'_>) -> Ordering {
    a.kernel
        .version
        .cmp(&b.kernel.version)
        .then_with(|| a.kernel.updated_at.cmp(&b.kernel.updated_at))
        .then_with(|| {
            a.kernel
                .deleted_at
                .is_some()
                .cmp(&b.kernel.deleted_at.is_some())
        })
        .then_with(|| a.kernel.deleted_at.cmp(&b.kernel.deleted_at))
        .then_with(|| a.fields_json.as_bytes().cmp(b.fields_json.as_bytes()))
        .then_with(|| a.kernel.created_at.cmp(&b.kernel.created_at))
}

/// Applies the rule to a stored row and an incoming version of it.
pub fn decide(current: &Candidate<'_>, incoming: &Candidate<'_>) -> Decision {
    if compare(incoming, current) == Ordering::Greater {
        Decision::TakeIncoming
    } else {
        Decision::KeepCurrent
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::Id;
    use crate::timestamp::Timestamp;
    use proptest::prelude::*;
    use time::OffsetDateTime;

    #[derive(Clone, Debug)]
    struct Version {
        kernel: Kernel,
        fields: String,
    }

    impl Version {
        fn candidate(&self) -> Candidate<'_> {
            Candidate {
                kernel: &self.kernel,
                fields_json: &self.fields,
            }
        }
    }

    fn ts(ms: i64) -> Timestamp {
        Timestamp::from_datetime(
            OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).unwrap(),
        )
    }

    fn version_strategy(id: Id) -> impl Strategy<Value = Version> {
        (1i64..4, 0i64..3, any::<bool>(), "[ab]{0,2}").prop_map(move |(v, upd, del, fields)| {
            Version {
                kernel: Kernel {
                    id,
                    created_at: ts(0),
                    updated_at: ts(upd),
                    deleted_at: del.then(|| ts(upd)),
                    version: v,
                },
                fields,
            }
        })
    }

    fn apply_all(versions: &[Version]) -> Version {
        let mut current = versions[0].clone();
        for v in &versions[1..] {
            if decide(&current.candidate(), &v.candidate()) == Decision::TakeIncoming {
                current = v.clone();
            }
        }
        current
    }

    #[test]
    fn the_rule_in_order_of_precedence() {
        let id = Id::generate();
        let base = Version {
            kernel: Kernel {
                id,
                created_at: ts(0),
                updated_at: ts(5),
                deleted_at: None,
                version: 2,
            },
            fields: "{\"title\":\"b\"}".into(),
        };
        let mut higher = base.clone();
        higher.kernel.version = 3;
        higher.kernel.updated_at = ts(1);
        assert_eq!(
            decide(&base.candidate(), &higher.candidate()),
            Decision::TakeIncoming
        );
        assert_eq!(
            decide(&higher.candidate(), &base.candidate()),
            Decision::KeepCurrent
        );

        let mut later = base.clone();
        later.kernel.updated_at = ts(6);
        assert_eq!(
            decide(&base.candidate(), &later.candidate()),
            Decision::TakeIncoming
        );

        let mut tomb = base.clone();
        tomb.kernel.deleted_at = Some(ts(5));
        assert_eq!(
            decide(&base.candidate(), &tomb.candidate()),
            Decision::TakeIncoming
        );
        assert_eq!(
            decide(&tomb.candidate(), &base.candidate()),
            Decision::KeepCurrent
        );

        let mut bytes = base.clone();
        bytes.fields = "{\"title\":\"c\"}".into();
        assert_eq!(
            decide(&base.candidate(), &bytes.candidate()),
            Decision::TakeIncoming
        );
        assert_eq!(
            decide(&bytes.candidate(), &base.candidate()),
            Decision::KeepCurrent
        );

        assert_eq!(
            decide(&base.candidate(), &base.clone().candidate()),
            Decision::KeepCurrent
        );
    }

    #[test]
    fn a_stale_write_cannot_resurrect_a_tombstone() {
        let id = Id::generate();
        let live = Version {
            kernel: Kernel {
                id,
                created_at: ts(0),
                updated_at: ts(9),
                deleted_at: None,
                version: 2,
            },
            fields: "{}".into(),
        };
        let tomb = Version {
            kernel: Kernel {
                id,
                created_at: ts(0),
                updated_at: ts(3),
                deleted_at: Some(ts(3)),
                version: 3,
            },
            fields: "{}".into(),
        };
        assert_eq!(
            decide(&tomb.candidate(), &live.candidate()),
            Decision::KeepCurrent
        );
    }

    proptest! {
        #[test]
        fn every_order_of_arrival_converges_on_the_same_row(
            versions in prop::collection::vec(version_strategy(Id::from(ulid::Ulid::from(7u128))), 1..8),
            seed in any::<u64>(),
        ) {
            let forward = apply_all(&versions);
            let mut reversed = versions.clone();
            reversed.reverse();
            let backward = apply_all(&reversed);
            let mut shuffled = versions.clone();
            let n = shuffled.len();
            for i in 0..n {
                let j = ((seed.rotate_left(i as u32 * 7) ^ i as u64) % n as u64) as usize;
                shuffled.swap(i, j);
            }
            let random = apply_all(&shuffled);
            prop_assert_eq!(compare(&forward.candidate(), &backward.candidate()), Ordering::Equal);
            prop_assert_eq!(compare(&forward.candidate(), &random.candidate()), Ordering::Equal);
            // The winner is the maximum: nothing beats it.
            for v in &versions {
                prop_assert_ne!(compare(&v.candidate(), &forward.candidate()), Ordering::Greater);
            }
        }

        #[test]
        fn the_order_is_antisymmetric(
            a in version_strategy(Id::from(ulid::Ulid::from(7u128))),
            b in version_strategy(Id::from(ulid::Ulid::from(7u128))),
        ) {
            prop_assert_eq!(compare(&a.candidate(), &b.candidate()), compare(&b.candidate(), &a.candidate()).reverse());
        }
    }
}
