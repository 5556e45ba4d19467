//! The storage contract, as a test suite every backend runs.
//!
//! The SQLite store (`lifeos-core`) and the Postgres repository (`lifeos-server`) are two
//! implementations of one contract (see `docs/storage.md`). This module is its
//! definition: a [`Backend`] trait that each implementation adapts itself to, and one
//! suite of checks stamped over every backend with [`conformance_suite!`](crate::conformance_suite)
//! and, inside each check, over every registered [`EntityKind`]. A rule that holds for one
//! database and not the other fails here, named `conformance::<rule>` in both crates.
//!
//! The rows written are each kind's [`Entity::example`], so a new kind is covered the
//! moment it is registered.

use serde_json::Value;

use crate::entity::{Entity, EntityKind, KindVisitor};
use crate::id::Id;
use crate::kernel::Kernel;
use crate::query::{Filter, ListQuery};
use crate::record::Record;
use crate::timestamp::Timestamp;

/// Why a backend refused a write, in the contract's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// No row has this id.
    NotFound,
    /// The row is not at the expected version (it changed meanwhile).
    Conflict,
    /// The row is a tombstone and cannot be edited.
    Deleted,
    /// A row with this id exists already.
    Exists,
    /// Another live row holds the natural key.
    Duplicate,
    /// One side of a pair cannot be written alone.
    Paired,
    /// The fields break a rule of the model.
    Invalid(String),
    /// Anything else (a database error): the suite fails on it.
    Other(String),
}

/// One storage backend, seen through the contract. Rows cross as [`Record`]s (a kind,
/// kernel columns and canonical fields JSON), so the suite is written once for every kind.
pub trait Backend {
    /// Creates a row of `kind` from its fields; `id` is the client's ULID, if it made one.
    fn create(
        &mut self,
        kind: EntityKind,
        id: Option<Id>,
        fields: &Value,
    ) -> Result<Record, Refused>;
    /// One row by id, tombstones included.
    fn get(&mut self, kind: EntityKind, id: Id) -> Result<Option<Record>, Refused>;
    /// Replaces a live row's fields, if it is at version `expected`.
    fn update(
        &mut self,
        kind: EntityKind,
        id: Id,
        expected: i64,
        fields: &Value,
    ) -> Result<Record, Refused>;
    /// Soft-deletes a row (optionally only at version `expected`); deleting a tombstone
    /// changes nothing and answers it.
    fn delete(
        &mut self,
        kind: EntityKind,
        id: Id,
        expected: Option<i64>,
    ) -> Result<Record, Refused>;
    /// The rows a list with this query answers, in id order.
    fn list(&mut self, kind: EntityKind, query: &ListQuery) -> Result<Vec<Record>, Refused>;
    /// Takes rows from another replica with the merge rule (a pulled page locally, a push
    /// on the server), all in one transaction.
    fn merge(&mut self, records: &[Record]) -> Result<(), Refused>;
    /// The change feed, oldest first: the kind, id and version of every write
    /// (the outbox locally, the sync log on the server).
    fn changes(&mut self) -> Result<Vec<(EntityKind, Id, i64)>, Refused>;
    /// Writes a new row of `kind` inside a transaction that is then dropped without
    /// committing (what a failure half-way does).
    fn create_and_drop(&mut self, kind: EntityKind, fields: &Value) -> Result<Id, Refused>;
    /// Creates both sides of a pair of `kind` together (each with its id; each side's
    /// fields name the other). By default a [`Backend::merge`] of both sides as new rows
    /// (version 1, now), as another replica that made them sends them: the way the
    /// server takes pairs. A store with its own pair operation overrides it.
    fn create_pair(
        &mut self,
        kind: EntityKind,
        a: (Id, &Value),
        b: (Id, &Value),
    ) -> Result<(Record, Record), Refused> {
        let now = Timestamp::now();
        let record = |(id, fields): (Id, &Value)| {
            let kernel = Kernel {
                id,
                created_at: now,
                updated_at: now,
                deleted_at: None,
                version: 1,
            };
            Record::from_stored(kind, kernel, fields.to_string())
        };
        self.merge(&[record(a), record(b)])?;
        let get = |b: &mut Self, id| b.get(kind, id)?.ok_or(Refused::NotFound);
        Ok((get(self, a.0)?, get(self, b.0)?))
    }
}

/// Stamps the suite over a backend: `conformance_suite!(make)` where `make()` returns a
/// fresh, empty backend (`impl Backend`). Put it in a module named `conformance`, so the
/// tests are `conformance::<rule>` in every crate.
#[macro_export]
macro_rules! conformance_suite {
    ($make:expr) => {
        $crate::conformance_suite!(@each $make;
            versions_start_at_one_and_count_every_mutation,
            an_update_at_a_stale_version_is_refused_and_changes_nothing,
            an_update_that_changes_nothing_keeps_the_version,
            a_delete_leaves_a_tombstone_that_lists_hide,
            a_tombstone_cannot_be_edited,
            a_client_id_is_kept_and_cannot_be_taken_twice,
            every_write_is_in_the_change_feed_with_its_row,
            a_dropped_transaction_leaves_neither_row_nor_change,
            merging_keeps_the_winner_of_the_rule,
            a_stale_replica_cannot_resurrect_a_tombstone,
            search_finds_rows_by_their_declared_fields,
            declared_filters_select_the_example,
            tags_filter_only_what_carries_the_tag,
            a_natural_key_has_one_live_holder,
            a_merged_row_with_a_held_natural_key_takes_it_over,
            the_sides_of_a_pair_are_written_together,
            a_refused_write_leaves_no_change,
        );
    };
    (@each $make:expr; $($rule:ident),* $(,)?) => {
        $(
            #[test]
            fn $rule() {
                let mut make = || $make;
                $crate::conformance::$rule(&mut make);
            }
        )*
    };
}

/// A fresh backend.
pub type Make<'a, B> = dyn FnMut() -> B + 'a;

/// Creates an example row of every kind in registry order (so a row's links exist),
/// returning the records.
fn examples<B: Backend>(b: &mut B) -> Vec<Record> {
    let mut made: Vec<Record> = Vec::new();
    for &kind in EntityKind::ALL {
        let fields = example_fields(kind, &made);
        let r = b
            .create(kind, None, &fields)
            .unwrap_or_else(|e| panic!("create {kind}: {e:?}"));
        made.push(r);
    }
    made
}

struct ExampleOf<'a> {
    made: &'a [Record],
    edited: bool,
}

impl KindVisitor for ExampleOf<'_> {
    type Output = Value;
    fn visit<E: Entity>(self) -> Value {
        let refs = |k: EntityKind| {
            self.made
                .iter()
                .find(|r| r.kind == k)
                .map(|r| r.kernel.id)
                .unwrap_or_else(Id::generate)
        };
        let mut e = E::example(&refs);
        if self.edited {
            e.edit_example();
        }
        serde_json::to_value(e).unwrap_or(Value::Null)
    }
}

/// The example fields of `kind`, linked to rows already `made`.
pub fn example_fields(kind: EntityKind, made: &[Record]) -> Value {
    kind.visit(ExampleOf {
        made,
        edited: false,
    })
}

/// The edited example fields of `kind` (see [`Entity::edit_example`]).
pub fn edited_fields(kind: EntityKind, made: &[Record]) -> Value {
    kind.visit(ExampleOf { made, edited: true })
}

fn fields(r: &Record) -> Value {
    serde_json::from_str(r.fields_json()).unwrap_or(Value::Null)
}

fn ids(rows: &[Record]) -> Vec<Id> {
    rows.iter().map(|r| r.kernel.id).collect()
}

/// Rule: a new row is at version 1; every update and delete adds exactly 1.
pub fn versions_start_at_one_and_count_every_mutation<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        let k = r.kind;
        assert_eq!(r.kernel.version, 1, "{k}");
        assert_eq!(r.kernel.created_at, r.kernel.updated_at, "{k}");
        assert!(r.kernel.deleted_at.is_none(), "{k}");
        let u = b
            .update(k, r.kernel.id, 1, &edited_fields(k, &made))
            .unwrap_or_else(|e| panic!("update {k}: {e:?}"));
        assert_eq!(u.kernel.version, 2, "{k}");
        assert_eq!(u.kernel.created_at, r.kernel.created_at, "{k}");
        assert!(u.kernel.updated_at >= r.kernel.updated_at, "{k}");
        assert_eq!(fields(&u), edited_fields(k, &made), "{k}");
        let d = b
            .delete(k, r.kernel.id, Some(2))
            .unwrap_or_else(|e| panic!("delete {k}: {e:?}"));
        assert_eq!(d.kernel.version, 3, "{k}");
        assert_eq!(d.kernel.deleted_at, Some(d.kernel.updated_at), "{k}");
        assert_eq!(
            b.get(k, r.kernel.id).ok().flatten().as_ref(),
            Some(&d),
            "{k}"
        );
    }
}

/// Rule: an update naming a version other than the stored one is refused as a conflict,
/// and the row stays as it was.
pub fn an_update_at_a_stale_version_is_refused_and_changes_nothing<B: Backend>(
    make: &mut Make<'_, B>,
) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        let k = r.kind;
        let edit = edited_fields(k, &made);
        assert_eq!(
            b.update(k, r.kernel.id, 7, &edit).err(),
            Some(Refused::Conflict),
            "{k}"
        );
        assert_eq!(
            b.get(k, r.kernel.id).ok().flatten().as_ref(),
            Some(r),
            "{k}"
        );
        assert_eq!(
            b.delete(k, r.kernel.id, Some(7)).err(),
            Some(Refused::Conflict),
            "{k}"
        );
        assert_eq!(
            b.update(k, Id::generate(), 1, &edit).err(),
            Some(Refused::NotFound),
            "{k}"
        );
    }
}

/// Rule: writing the fields a row already has is not a mutation: same version, no change
/// in the feed.
pub fn an_update_that_changes_nothing_keeps_the_version<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    let before = b.changes().unwrap_or_default().len();
    for r in &made {
        let k = r.kind;
        let same = b
            .update(k, r.kernel.id, 1, &fields(r))
            .unwrap_or_else(|e| panic!("update {k}: {e:?}"));
        assert_eq!(same.kernel.version, 1, "{k}");
    }
    assert_eq!(b.changes().unwrap_or_default().len(), before);
}

/// Rule: a delete keeps the row as a tombstone; lists hide it unless asked to include
/// tombstones; deleting it again changes nothing.
pub fn a_delete_leaves_a_tombstone_that_lists_hide<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        let k = r.kind;
        let id = r.kernel.id;
        let live = ListQuery::default();
        assert!(
            ids(&b.list(k, &live).unwrap_or_default()).contains(&id),
            "{k}"
        );
        let d = b
            .delete(k, id, None)
            .unwrap_or_else(|e| panic!("delete {k}: {e:?}"));
        assert!(
            !ids(&b.list(k, &live).unwrap_or_default()).contains(&id),
            "{k}"
        );
        let all = ListQuery {
            include_deleted: true,
            ..ListQuery::default()
        };
        assert!(
            ids(&b.list(k, &all).unwrap_or_default()).contains(&id),
            "{k}"
        );
        let again = b
            .delete(k, id, None)
            .unwrap_or_else(|e| panic!("delete {k} again: {e:?}"));
        assert_eq!(again, d, "{k}: a second delete changed the tombstone");
    }
}

/// Rule: a tombstone's fields cannot be edited.
pub fn a_tombstone_cannot_be_edited<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        let k = r.kind;
        let d = b
            .delete(k, r.kernel.id, None)
            .unwrap_or_else(|e| panic!("delete {k}: {e:?}"));
        let refused = b
            .update(k, r.kernel.id, d.kernel.version, &edited_fields(k, &made))
            .err();
        assert_eq!(refused, Some(Refused::Deleted), "{k}");
        assert_eq!(b.get(k, r.kernel.id).ok().flatten(), Some(d), "{k}");
    }
}

/// Rule: a row created with the client's id keeps it; a second create with that id is
/// refused and leaves the first row alone.
pub fn a_client_id_is_kept_and_cannot_be_taken_twice<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for &k in EntityKind::ALL {
        let id = Id::generate();
        // Kinds with a natural key merge on it, so the second row needs its own.
        let r = b.create(k, Some(id), &example_fields(k, &made));
        let r = match r {
            Ok(r) => r,
            Err(Refused::Duplicate) => continue,
            Err(e) => panic!("create {k} with an id: {e:?}"),
        };
        assert_eq!(r.kernel.id, id, "{k}");
        assert_eq!(
            b.create(k, Some(id), &edited_fields(k, &made)).err(),
            Some(Refused::Exists),
            "{k}"
        );
        assert_eq!(b.get(k, id).ok().flatten(), Some(r), "{k}");
    }
}

/// Rule: every write appears in the change feed, in order, with the version it wrote,
/// and the stored row is that version.
pub fn every_write_is_in_the_change_feed_with_its_row<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    let mut expected: Vec<(EntityKind, Id, i64)> =
        made.iter().map(|r| (r.kind, r.kernel.id, 1)).collect();
    for r in &made {
        b.update(r.kind, r.kernel.id, 1, &edited_fields(r.kind, &made))
            .unwrap_or_else(|e| panic!("update {}: {e:?}", r.kind));
        expected.push((r.kind, r.kernel.id, 2));
    }
    let feed = b.changes().unwrap_or_else(|e| panic!("changes: {e:?}"));
    assert_eq!(feed, expected);
    for (k, id, v) in feed.iter().rev().take(made.len()) {
        let row = b.get(*k, *id).ok().flatten();
        assert_eq!(row.map(|r| r.kernel.version), Some(*v), "{k}");
    }
}

/// Rule: a transaction dropped before commit leaves neither the row nor its change.
pub fn a_dropped_transaction_leaves_neither_row_nor_change<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    // Free the natural keys the edited rows would take.
    for (r, _) in keyed(&made) {
        b.delete(r.kind, r.kernel.id, None)
            .unwrap_or_else(|e| panic!("delete {}: {e:?}", r.kind));
    }
    let before = b.changes().unwrap_or_default();
    for &k in EntityKind::ALL {
        let id = b
            .create_and_drop(k, &edited_fields(k, &made))
            .unwrap_or_else(|e| panic!("create_and_drop {k}: {e:?}"));
        assert_eq!(b.get(k, id).ok().flatten(), None, "{k}");
    }
    assert_eq!(b.changes().unwrap_or_default(), before);
}

fn at(kernel: &Kernel, version: i64, ms: i64) -> Kernel {
    let updated_at =
        Timestamp::from_datetime(kernel.updated_at.datetime() + time::Duration::milliseconds(ms));
    Kernel {
        version,
        updated_at,
        ..kernel.clone()
    }
}

/// Rule: rows from another replica go through the merge rule (higher version wins; on
/// equal versions the later `updated_at`), and an older copy changes nothing.
pub fn merging_keeps_the_winner_of_the_rule<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    let edit = |r: &Record| {
        Record::from_stored(
            r.kind,
            at(&r.kernel, 3, 1000),
            edited_fields(r.kind, &made).to_string(),
        )
    };
    let newer: Vec<Record> = made.iter().map(edit).collect();
    b.merge(&newer).unwrap_or_else(|e| panic!("merge: {e:?}"));
    for n in &newer {
        let got = b.get(n.kind, n.kernel.id).ok().flatten();
        assert_eq!(got.map(|r| fields(&r)), Some(fields(n)), "{}", n.kind);
    }
    // The old version 1 again: nothing changes.
    b.merge(&made).unwrap_or_else(|e| panic!("merge: {e:?}"));
    for n in &newer {
        let got = b.get(n.kind, n.kernel.id).ok().flatten();
        assert_eq!(got.map(|r| r.kernel.version), Some(3), "{}", n.kind);
    }
}

/// Rule: once a tombstone is stored, a replica re-sending the live row at its old
/// version does not bring it back.
pub fn a_stale_replica_cannot_resurrect_a_tombstone<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        b.delete(r.kind, r.kernel.id, None)
            .unwrap_or_else(|e| panic!("delete {}: {e:?}", r.kind));
    }
    b.merge(&made).unwrap_or_else(|e| panic!("merge: {e:?}"));
    for r in &made {
        let got = b.get(r.kind, r.kernel.id).ok().flatten();
        assert!(
            got.is_some_and(|g| g.kernel.deleted_at.is_some()),
            "{} came back",
            r.kind
        );
    }
}

/// Rule: a text search finds a row by any string in its declared search fields, in any
/// case, and does not find it by a string it does not hold.
pub fn search_finds_rows_by_their_declared_fields<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        let k = r.kind;
        let f = fields(r);
        let text = k
            .search_fields()
            .iter()
            .find_map(|name| first_string(&f[*name]))
            .unwrap_or_else(|| panic!("{k}: the example has no text in its search fields"));
        let q = |s: &str| ListQuery {
            search: Some(s.to_owned()),
            ..ListQuery::default()
        };
        let found = ids(&b.list(k, &q(&text.to_uppercase())).unwrap_or_default());
        assert!(found.contains(&r.kernel.id), "{k}: '{text}' not found");
        let none = ids(&b.list(k, &q("zz-no-such-text-zz")).unwrap_or_default());
        assert!(none.is_empty(), "{k}");
    }
}

fn first_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.chars().take(4).collect()),
        Value::Array(a) => a.iter().find_map(first_string),
        Value::Object(m) => m.values().find_map(first_string),
        _ => None,
    }
}

/// The value a declared filter must accept for the example row, or `None` when the
/// example has no such value.
fn value_for(param: &str, f: &Value) -> Option<String> {
    let s = |name: &str| f.get(name).and_then(Value::as_str).map(str::to_owned);
    match param {
        "status" => s("status"),
        "due_before" => f
            .get("due")
            .filter(|d| !d.is_null())
            .map(|_| "2999-01-01".into()),
        "pinned" => f
            .get("pinned")
            .and_then(Value::as_bool)
            .map(|b| b.to_string()),
        "from" | "to" => s("booking_date"),
        p => s(p),
    }
}

/// Rule: every filter a kind declares selects its example row with the example's own
/// value, on both databases alike.
pub fn declared_filters_select_the_example<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        let k = r.kind;
        let f = fields(r);
        for filter in k.filters() {
            let Some(value) = value_for(filter.param, &f) else {
                continue;
            };
            let q = ListQuery::from_params(k, [(filter.param, value.as_str())])
                .unwrap_or_else(|e| panic!("{k}: {e}"));
            let found = ids(&b.list(k, &q).unwrap_or_default());
            assert!(found.contains(&r.kernel.id), "{k} {}={value}", filter.param);
        }
    }
}

/// Rule: a tag filter selects exactly the rows that carry the tag.
pub fn tags_filter_only_what_carries_the_tag<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    for r in &made {
        let k = r.kind;
        let mut f = fields(r);
        let Some(tags) = f.get_mut("tags") else {
            continue;
        };
        *tags = serde_json::json!(["errands"]);
        b.update(k, r.kernel.id, 1, &f)
            .unwrap_or_else(|e| panic!("update {k}: {e:?}"));
        let q = |t: &str| ListQuery {
            filters: vec![Filter::HasTag(t.into())],
            ..ListQuery::default()
        };
        assert_eq!(
            ids(&b.list(k, &q("errands")).unwrap_or_default()),
            vec![r.kernel.id],
            "{k}"
        );
        assert!(
            b.list(k, &q("x' OR 1=1 --")).unwrap_or_default().is_empty(),
            "{k}"
        );
    }
}

fn natural_key(r: &Record) -> Option<String> {
    r.kind.natural_key(r.fields_json()).ok().flatten()
}

/// The live rows of `kind` holding `key`.
fn holders<B: Backend>(b: &mut B, kind: EntityKind, key: &str) -> Vec<Record> {
    b.list(kind, &ListQuery::default())
        .unwrap_or_default()
        .into_iter()
        .filter(|r| natural_key(r).as_deref() == Some(key))
        .collect()
}

/// The example rows that hold a natural key (of the kinds that declare one).
fn keyed(made: &[Record]) -> impl Iterator<Item = (&Record, String)> {
    made.iter()
        .filter(|r| r.kind.has_natural_key())
        .filter_map(|r| natural_key(r).map(|k| (r, k)))
}

/// Rule: two live rows never hold one natural key. Creating a second is refused as a
/// duplicate and writes nothing; once the holder is a tombstone the key is free.
pub fn a_natural_key_has_one_live_holder<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    let keyed: Vec<(Record, String)> = keyed(&made).map(|(r, k)| (r.clone(), k)).collect();
    assert!(
        !keyed.is_empty(),
        "no example holds a natural key: the rule checks nothing"
    );
    for (r, key) in &keyed {
        let k = r.kind;
        let before = b.changes().unwrap_or_default();
        assert_eq!(
            b.create(k, None, &fields(r)).err(),
            Some(Refused::Duplicate),
            "{k}"
        );
        assert_eq!(b.changes().unwrap_or_default(), before, "{k}");
        assert_eq!(ids(&holders(&mut b, k, key)), vec![r.kernel.id], "{k}");
        b.delete(k, r.kernel.id, None)
            .unwrap_or_else(|e| panic!("delete {k}: {e:?}"));
        let again = b
            .create(k, None, &fields(r))
            .unwrap_or_else(|e| panic!("{k}: the key of a tombstone is free: {e:?}"));
        assert_eq!(ids(&holders(&mut b, k, key)), vec![again.kernel.id], "{k}");
    }
}

/// Rule: a row from another replica (a new id) whose natural key a live row holds
/// merges into that row: one live row still holds the key, and it carries the merged
/// row's fields when they win by the merge rule; the merged id, if kept, is a tombstone.
pub fn a_merged_row_with_a_held_natural_key_takes_it_over<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    let keyed: Vec<(Record, String)> = keyed(&made).map(|(r, k)| (r.clone(), k)).collect();
    for (r, key) in &keyed {
        let k = r.kind;
        // The edited fields, if the edit keeps the key; else the same fields.
        let edited = edited_fields(k, &made).to_string();
        let theirs_fields = if k.natural_key(&edited).ok().flatten().as_deref() == Some(key) {
            edited
        } else {
            fields(r).to_string()
        };
        let theirs_kernel = Kernel {
            id: Id::generate(),
            ..at(&r.kernel, 2, 1000)
        };
        let theirs = Record::from_stored(k, theirs_kernel, theirs_fields);
        b.merge(std::slice::from_ref(&theirs))
            .unwrap_or_else(|e| panic!("merge {k}: {e:?}"));
        let live = holders(&mut b, k, key);
        assert_eq!(live.len(), 1, "{k}: two live rows hold {key}");
        assert_eq!(
            fields(&live[0]),
            fields(&theirs),
            "{k}: the winner's fields"
        );
        if let Some(t) = b.get(k, theirs.kernel.id).ok().flatten() {
            assert!(
                t.kernel.deleted_at.is_some() || live[0].kernel.id == t.kernel.id,
                "{k}: the merged id stays live beside the holder"
            );
        }
    }
}

struct ExamplePair<'a> {
    made: &'a [Record],
}

impl KindVisitor for ExamplePair<'_> {
    type Output = Option<[(Id, Value); 2]>;
    fn visit<E: Entity>(self) -> Self::Output {
        let refs = |k: EntityKind| {
            self.made
                .iter()
                .find(|r| r.kind == k)
                .map(|r| r.kernel.id)
                .unwrap_or_else(Id::generate)
        };
        let [(a, x), (b, y)] = E::example_pair(&refs)?;
        let json = |e: E| serde_json::to_value(e).unwrap_or(Value::Null);
        Some([(a, json(x)), (b, json(y))])
    }
}

/// Rule: the two sides of a pair (a transfer) are written together — one version, one
/// `updated_at`, each naming the other at one revision, both in the change feed — and
/// neither side can be edited or deleted alone.
pub fn the_sides_of_a_pair_are_written_together<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    let mut checked = 0;
    for &k in EntityKind::ALL {
        let Some([(ia, fa), (ib, fb)]) = k.visit(ExamplePair { made: &made }) else {
            continue;
        };
        checked += 1;
        let before = b.changes().unwrap_or_default().len();
        let (x, y) = b
            .create_pair(k, (ia, &fa), (ib, &fb))
            .unwrap_or_else(|e| panic!("create_pair {k}: {e:?}"));
        assert_eq!((x.kernel.id, y.kernel.id), (ia, ib), "{k}");
        assert_eq!((x.kernel.version, y.kernel.version), (1, 1), "{k}");
        let (px, py) = (k.pair(x.fields_json()), k.pair(y.fields_json()));
        let (Ok(Some(px)), Ok(Some(py))) = (px, py) else {
            panic!("{k}: a side lost its pair link");
        };
        assert_eq!((px.counterpart, py.counterpart), (ib, ia), "{k}");
        assert_eq!(px.rev, py.rev, "{k}");
        let feed = b.changes().unwrap_or_default();
        let new: Vec<Id> = feed.iter().skip(before).map(|c| c.1).collect();
        assert!(new.contains(&ia) && new.contains(&ib), "{k}: {new:?}");
        let edit = edited_fields(k, &made);
        let mut edit_x = fields(&x);
        if let (Some(o), Some(e)) = (edit_x.as_object_mut(), edit.as_object()) {
            for (name, v) in e {
                if k.search_fields().contains(&name.as_str()) {
                    o.insert(name.clone(), v.clone());
                }
            }
        }
        assert_eq!(
            b.update(k, ia, 1, &edit_x).err(),
            Some(Refused::Paired),
            "{k}: one side edited alone"
        );
        assert_eq!(
            b.delete(k, ib, Some(1)).err(),
            Some(Refused::Paired),
            "{k}: one side deleted alone"
        );
        assert_eq!(b.get(k, ia).ok().flatten(), Some(x), "{k}");
        assert_eq!(b.get(k, ib).ok().flatten(), Some(y), "{k}");
    }
    assert!(checked > 0, "no kind declares an example pair");
}

/// Rule: a refused write (a conflict, a tombstone edit, a duplicate key, one side of a
/// pair, an invalid row) leaves the change feed as it was.
pub fn a_refused_write_leaves_no_change<B: Backend>(make: &mut Make<'_, B>) {
    let mut b = make();
    let made = examples(&mut b);
    let before = b.changes().unwrap_or_default();
    for r in &made {
        let k = r.kind;
        let edit = edited_fields(k, &made);
        assert!(b.update(k, r.kernel.id, 9, &edit).is_err(), "{k}");
        assert!(
            b.create(k, None, &serde_json::json!({"no_such_field": 1}))
                .is_err(),
            "{k}"
        );
        if r.kind.has_natural_key() && natural_key(r).is_some() {
            assert!(b.create(k, None, &fields(r)).is_err(), "{k}");
        }
    }
    assert_eq!(b.changes().unwrap_or_default(), before);
    for r in &made {
        b.delete(r.kind, r.kernel.id, None)
            .unwrap_or_else(|e| panic!("delete {}: {e:?}", r.kind));
    }
    let before = b.changes().unwrap_or_default();
    for r in &made {
        let k = r.kind;
        let refused = b.update(k, r.kernel.id, 2, &edited_fields(k, &made));
        assert_eq!(refused.err(), Some(Refused::Deleted), "{k}");
    }
    assert_eq!(b.changes().unwrap_or_default(), before);
}
