use std::path::Path;

use super::*;
use crate::id::IdPrefix;
use crate::key::DbKey;
use crate::model::{Note, Place, Task, TaskStatus};
use crate::record::Record;
use crate::timestamp::Timestamp;
use crate::{Kernel, Row};

fn key(b: u8) -> DbKey {
    DbKey::from_hex(&format!("{b:02x}").repeat(32)).unwrap()
}

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p/lifeos.db"), &key(1)).unwrap();
    (dir, store)
}

fn file_contains(path: &Path, needle: &[u8]) -> bool {
    match std::fs::read(path) {
        Ok(bytes) => bytes.windows(needle.len()).any(|w| w == needle),
        Err(_) => false,
    }
}

#[test]
fn create_update_delete_restore_bump_versions_and_fill_the_outbox() {
    let (_d, mut s) = fresh();
    let row = s.create(Task::new("Buy milk")).unwrap();
    assert_eq!(row.kernel.version, 1);
    assert_eq!(row.kernel.created_at, row.kernel.updated_at);

    let done = s
        .update::<Task>(row.kernel.id, Some(1), |t, now| {
            t.set_status(TaskStatus::Done, now);
            Ok(())
        })
        .unwrap();
    assert_eq!(done.kernel.version, 2);
    assert!(done.kernel.updated_at >= row.kernel.updated_at);
    assert!(done.fields.completed_at.is_some());

    // A no-op edit is not a mutation.
    let same = s
        .update::<Task>(row.kernel.id, None, |_, _| Ok(()))
        .unwrap();
    assert_eq!(same.kernel.version, 2);

    let gone = s.delete::<Task>(row.kernel.id, None).unwrap();
    assert_eq!(gone.kernel.version, 3);
    assert!(gone.kernel.deleted_at.is_some());
    assert!(s.list::<Task>(&ListQuery::default()).unwrap().is_empty());
    let all = s
        .list::<Task>(&ListQuery {
            include_deleted: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(all.len(), 1, "soft delete keeps the row");
    assert!(matches!(
        s.delete::<Task>(row.kernel.id, None),
        Err(StoreError::Deleted { .. })
    ));
    assert!(matches!(
        s.update::<Task>(row.kernel.id, None, |t, _| {
            t.title = "x".into();
            Ok(())
        }),
        Err(StoreError::Deleted { .. })
    ));

    let back = s.restore::<Task>(row.kernel.id, None).unwrap();
    assert_eq!(back.kernel.version, 4);
    assert!(back.kernel.deleted_at.is_none());

    // One entry per changed row, carrying its newest version and mutation number.
    let outbox = s.outbox().unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!((outbox[0].version, outbox[0].mutation), (4, 4));
    let other = s.create(Task::new("another")).unwrap();
    let outbox = s.outbox().unwrap();
    assert_eq!(outbox.len(), 2);
    assert_eq!(outbox[1].id, other.kernel.id);
    assert_eq!(
        outbox[1].mutation, 5,
        "mutation numbers keep counting across rows"
    );
}

#[test]
fn stale_expected_version_is_a_conflict_and_writes_nothing() {
    let (_d, mut s) = fresh();
    let row = s.create(Note::new("n")).unwrap();
    let err = s
        .update::<Note>(row.kernel.id, Some(7), |n, _| {
            n.pinned = true;
            Ok(())
        })
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                expected: 7,
                actual: 1,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(s.get::<Note>(row.kernel.id).unwrap(), row);
    assert_eq!(s.outbox_len().unwrap(), 1);
}

#[test]
fn invalid_edits_are_refused_and_write_nothing() {
    let (_d, mut s) = fresh();
    let row = s.create(Place::new("Home")).unwrap();
    let err = s
        .update::<Place>(row.kernel.id, None, |p, _| {
            p.latitude = Some(123.0);
            p.longitude = Some(0.0);
            Ok(())
        })
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Invalid(ref v) if v.field == "latitude"),
        "{err}"
    );
    assert_eq!(s.get::<Place>(row.kernel.id).unwrap(), row);
    assert!(matches!(
        s.create(Task::new("")),
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(s.outbox_len().unwrap(), 1);
}

#[test]
fn the_row_and_its_outbox_entry_are_written_together_or_not_at_all() {
    let (_d, mut s) = fresh();
    s.connection()
        .execute_batch(
            "CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox
             BEGIN SELECT RAISE(ABORT, 'outbox is full'); END;",
        )
        .unwrap();
    assert!(s.create(Task::new("lost?")).is_err());
    let rows: i64 = s
        .connection()
        .query_row("SELECT count(*) FROM task", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0, "a row without its outbox entry was committed");

    s.connection()
        .execute_batch("DROP TRIGGER fail_outbox")
        .unwrap();
    let row = s.create(Task::new("kept")).unwrap();
    s.connection()
        .execute_batch(
            "CREATE TRIGGER fail_task BEFORE UPDATE ON task
             BEGIN SELECT RAISE(ABORT, 'no'); END;",
        )
        .unwrap();
    assert!(s.delete::<Task>(row.kernel.id, None).is_err());
    assert_eq!(
        s.outbox_len().unwrap(),
        1,
        "an outbox entry without its row change was committed"
    );
}

#[test]
fn prefixes_resolve_uniquely_or_say_why_not() {
    let (_d, mut s) = fresh();
    let a = s.create(Note::new("a")).unwrap().kernel.id;
    let b = s.create(Note::new("b")).unwrap().kernel.id;
    let full: IdPrefix = a.to_string().parse().unwrap();
    assert_eq!(s.resolve::<Note>(&full).unwrap(), a);
    let common = a
        .to_string()
        .chars()
        .zip(b.to_string().chars())
        .take_while(|(x, y)| x == y)
        .count();
    let shared: IdPrefix = a.to_string()[..common.max(1)].parse().unwrap();
    assert!(matches!(
        s.resolve::<Note>(&shared),
        Err(StoreError::Ambiguous { count: 2, .. })
    ));
    let unique: IdPrefix = b.to_string()[..common + 1].parse().unwrap();
    assert_eq!(s.resolve::<Note>(&unique).unwrap(), b);
    assert!(matches!(
        s.resolve::<Task>(&full),
        Err(StoreError::NotFound { .. })
    ));
}

#[test]
fn filters_and_search() {
    let (_d, mut s) = fresh();
    let mut t = Task::new("Call the Bäcker");
    t.tags = vec!["errands".into()];
    t.due = Some("2026-12-01".parse().unwrap());
    s.create(t).unwrap();
    let mut t = Task::new("Write report");
    t.due = Some("2026-12-05T10:00:00Z".parse().unwrap());
    t.set_status(TaskStatus::Done, Timestamp::now());
    s.create(t).unwrap();
    s.create(Task::new("Someday")).unwrap();

    let q = |filters: Vec<Filter>, search: Option<&str>| ListQuery {
        include_deleted: false,
        filters,
        search: search.map(str::to_owned),
    };
    let titles =
        |rows: Vec<Row<Task>>| rows.into_iter().map(|r| r.fields.title).collect::<Vec<_>>();
    assert_eq!(
        titles(
            s.list(&q(vec![Filter::HasTag("errands".into())], None))
                .unwrap()
        ),
        ["Call the Bäcker"]
    );
    assert_eq!(
        titles(
            s.list(&q(vec![Filter::In("status", vec!["done".into()])], None))
                .unwrap()
        ),
        ["Write report"]
    );
    assert_eq!(
        titles(
            s.list(&q(vec![Filter::Before("due", "2026-12-05".into())], None))
                .unwrap()
        ),
        ["Call the Bäcker"]
    );
    assert_eq!(
        titles(
            s.list(&q(vec![Filter::Before("due", "2026-12-06".into())], None))
                .unwrap()
        )
        .len(),
        2
    );
    assert_eq!(
        titles(s.list(&q(vec![], Some("BÄCKER"))).unwrap()),
        ["Call the Bäcker"]
    );
    assert_eq!(
        titles(
            s.list(&q(vec![Filter::HasTag("x' OR 1=1 --".into())], None))
                .unwrap()
        )
        .len(),
        0
    );
}

#[test]
fn the_database_and_its_wal_are_encrypted_at_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lifeos.db");
    let needle = "ZEBRA-PINEAPPLE-7731";
    {
        let mut s = Store::open(&path, &key(9)).unwrap();
        let mut n = Note::new(needle);
        n.body = needle.repeat(50);
        s.create(n).unwrap();
        let wal = path.with_extension("db-wal");
        assert!(
            wal.exists(),
            "expected a WAL file while the database is open"
        );
        assert!(
            !file_contains(&wal, needle.as_bytes()),
            "plain text in the WAL"
        );
        assert!(
            !file_contains(&path, needle.as_bytes()),
            "plain text in the database"
        );
    }
    assert!(
        !file_contains(&path, needle.as_bytes()),
        "plain text in the database after checkpoint"
    );
    assert!(!file_contains(&path, b"SQLite format 3"));
}

#[test]
fn a_wrong_key_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lifeos.db");
    let id = {
        let mut s = Store::open(&path, &key(1)).unwrap();
        s.create(Note::new("keep me")).unwrap().kernel.id
    };
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, &key(2)).err().unwrap();
    assert!(matches!(err, StoreError::WrongKey { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let s = Store::open(&path, &key(1)).unwrap();
    assert_eq!(s.get::<Note>(id).unwrap().fields.title, "keep me");
}

#[test]
fn foreign_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.db");
    super::open::connect(&plain, rusqlite::OpenFlags::default())
        .unwrap()
        .execute_batch("CREATE TABLE x (y); INSERT INTO x VALUES (1);")
        .unwrap();
    let before = std::fs::read(&plain).unwrap();
    assert!(matches!(
        Store::open(&plain, &key(1)),
        Err(StoreError::NotOurs { .. })
    ));
    assert_eq!(std::fs::read(&plain).unwrap(), before);

    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![0x5a; 8192]).unwrap();
    assert!(matches!(
        Store::open(&junk, &key(1)),
        Err(StoreError::WrongKey { .. })
    ));
    assert_eq!(std::fs::read(&junk).unwrap(), vec![0x5a; 8192]);

    // Encrypted with our key, but made by someone else.
    let other = dir.path().join("other.db");
    {
        let c = super::open::connect(&other, rusqlite::OpenFlags::default()).unwrap();
        c.execute_batch(&key(1).pragma()).unwrap();
        c.execute_batch("CREATE TABLE x (y);").unwrap();
    }
    assert!(matches!(
        Store::open(&other, &key(1)),
        Err(StoreError::NotOurs { .. })
    ));
}

#[test]
fn export_import_export_is_byte_identical_and_a_bad_line_imports_nothing() {
    let (_d, mut s) = fresh();
    let t = s.create(Task::new("one")).unwrap();
    s.create(Note::new("two")).unwrap();
    s.delete::<Task>(t.kernel.id, None).unwrap();
    let mut first = Vec::new();
    s.export(|r| {
        first.push(r.to_line());
        Ok(())
    })
    .unwrap();
    assert_eq!(first.len(), 2);

    let (_d2, mut empty) = fresh();
    let lines = first.clone();
    let mut bad = lines.clone();
    bad.push("{\"entity\":\"task\",\"id\":\"nope\"}".into());
    let err = empty
        .import(
            bad.iter()
                .enumerate()
                .map(|(i, l)| (i + 1, Record::parse_line(l))),
        )
        .unwrap_err();
    assert!(
        matches!(err, StoreError::ImportLine { line: 3, .. }),
        "{err}"
    );
    assert_eq!(empty.outbox_len().unwrap(), 0);
    assert!(
        empty
            .list::<Note>(&ListQuery::default())
            .unwrap()
            .is_empty()
    );

    let sum = empty
        .import(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| (i + 1, Record::parse_line(l))),
        )
        .unwrap();
    assert_eq!(
        sum,
        ImportSummary {
            inserted: 2,
            updated: 0,
            unchanged: 0,
            identical: 0,
            older: 0
        }
    );
    let mut second = Vec::new();
    empty
        .export(|r| {
            second.push(r.to_line());
            Ok(())
        })
        .unwrap();
    assert_eq!(first, second);

    // Importing the same again changes nothing.
    let again = empty
        .import(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| (i + 1, Record::parse_line(l))),
        )
        .unwrap();
    assert_eq!(
        again,
        ImportSummary {
            inserted: 0,
            updated: 0,
            unchanged: 2,
            identical: 2,
            older: 0
        }
    );
}

#[test]
fn import_applies_the_merge_rule() {
    let (_d, mut s) = fresh();
    let row = s.create(Task::new("v1")).unwrap();
    let v2 = s
        .update::<Task>(row.kernel.id, None, |t, _| {
            t.title = "v2".into();
            Ok(())
        })
        .unwrap();
    // An older version does not win; a newer one does.
    let old = Record::from_row(&row).unwrap();
    let skipped = s.import([(1, Ok(old))]).unwrap();
    assert_eq!(
        (skipped.unchanged, skipped.older, skipped.identical),
        (1, 1, 0)
    );
    assert_eq!(s.get::<Task>(row.kernel.id).unwrap(), v2);
    let mut newer = v2.clone();
    newer.kernel = newer.kernel.bumped(Timestamp::now());
    newer.fields.title = "v3".into();
    assert_eq!(
        s.import([(1, Record::from_row(&newer))]).unwrap().updated,
        1
    );
    assert_eq!(s.get::<Task>(row.kernel.id).unwrap().fields.title, "v3");
}

#[test]
fn import_takes_mutation_numbers_like_any_mutation() {
    let (_d, mut s) = fresh();
    s.create(Note::new("first")).unwrap();
    let rows: Vec<Record> = ["a", "b"]
        .iter()
        .map(|t| {
            Record::from_row(&Row {
                kernel: Kernel::new_now(),
                fields: Task::new(*t),
            })
            .unwrap()
        })
        .collect();
    s.import(rows.into_iter().enumerate().map(|(i, r)| (i + 1, Ok(r))))
        .unwrap();
    s.create(Note::new("last")).unwrap();
    let mut m: Vec<i64> = s.outbox().unwrap().iter().map(|e| e.mutation).collect();
    m.sort();
    assert_eq!(m, [1, 2, 3, 4], "numbers are unique and never reused");
}

#[test]
fn rekey_keeps_every_row_and_retires_the_old_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut s = Store::open(&path, &key(1)).unwrap();
    for i in 0..300 {
        s.create(Task::new(format!("t{i}"))).unwrap();
    }
    let lines = |s: &Store| {
        let mut v = Vec::new();
        s.export(|r| {
            v.push(r.to_line());
            Ok(())
        })
        .unwrap();
        v
    };
    let before = lines(&s);
    s.rekey(&key(2)).unwrap();
    s.create(Task::new("after")).unwrap();
    drop(s);
    assert!(matches!(
        Store::open(&path, &key(1)),
        Err(StoreError::WrongKey { .. })
    ));
    let s = Store::open(&path, &key(2)).unwrap();
    let after = lines(&s);
    assert_eq!(after.len(), before.len() + 1);
    assert!(before.iter().all(|l| after.contains(l)));
}

mod natural_keys {
    use super::*;
    use crate::model::{CheckinStatus, Fast, Habit, HabitCheckin, Schedule};
    use crate::record::Record;
    use crate::sync::PulledChange;
    use crate::{LocalDate, Timestamp};

    fn day(s: &str) -> LocalDate {
        LocalDate::parse(s).unwrap()
    }

    fn live_checkins(s: &Store) -> Vec<Row<HabitCheckin>> {
        s.list::<HabitCheckin>(&ListQuery::default()).unwrap()
    }

    #[test]
    fn one_checkin_per_habit_and_day_an_upsert_updates_it() {
        let (_d, mut s) = fresh();
        let h = s.create(Habit::new("Read", Schedule::Daily)).unwrap();
        let first = s
            .upsert(HabitCheckin::done(h.kernel.id, day("2026-11-30")))
            .unwrap();
        let mut skip = HabitCheckin::done(h.kernel.id, day("2026-11-30"));
        skip.status = CheckinStatus::Skipped;
        let second = s.upsert(skip).unwrap();
        assert_eq!(second.kernel.id, first.kernel.id, "the same row, updated");
        assert_eq!(second.kernel.version, 2);
        assert_eq!(live_checkins(&s).len(), 1);
        // The same again writes nothing.
        let mut skip = HabitCheckin::done(h.kernel.id, day("2026-11-30"));
        skip.status = CheckinStatus::Skipped;
        assert_eq!(s.upsert(skip).unwrap().kernel.version, 2);
        // A plain create of a duplicate is refused with the holder, and writes nothing.
        let outbox = s.outbox().unwrap();
        let err = s
            .create(HabitCheckin::done(h.kernel.id, day("2026-11-30")))
            .unwrap_err();
        assert!(
            matches!(&err, StoreError::Duplicate { holder, .. } if *holder == first.kernel.id),
            "{err}"
        );
        assert!(err.to_string().contains("2026-11-30"), "{err}");
        assert_eq!(s.outbox().unwrap(), outbox);
        // Another day is another row; after an uncheck (a tombstone) the day is free.
        s.upsert(HabitCheckin::done(h.kernel.id, day("2026-12-01")))
            .unwrap();
        s.delete::<HabitCheckin>(first.kernel.id, None).unwrap();
        let again = s
            .upsert(HabitCheckin::done(h.kernel.id, day("2026-11-30")))
            .unwrap();
        assert_ne!(again.kernel.id, first.kernel.id);
        assert_eq!(live_checkins(&s).len(), 2);
        // Restoring the old one would make two: refused.
        assert!(matches!(
            s.restore::<HabitCheckin>(first.kernel.id, None),
            Err(StoreError::Duplicate { .. })
        ));
        // Moving a check-in onto a taken day is refused too.
        assert!(matches!(
            s.update::<HabitCheckin>(again.kernel.id, None, |c, _| {
                c.date = day("2026-12-01");
                Ok(())
            }),
            Err(StoreError::Duplicate { .. })
        ));
    }

    #[test]
    fn one_running_fast() {
        let (_d, mut s) = fresh();
        let f = s.create(Fast::start(Timestamp::now(), Some(960))).unwrap();
        let err = s.create(Fast::start(Timestamp::now(), None)).unwrap_err();
        assert!(err.to_string().contains("already running"), "{err}");
        s.update::<Fast>(f.kernel.id, None, |f, now| {
            f.ended_at = Some(now);
            Ok(())
        })
        .unwrap();
        let g = s.create(Fast::start(Timestamp::now(), None)).unwrap();
        // Reopening the stopped one while another runs is refused.
        assert!(matches!(
            s.update::<Fast>(f.kernel.id, None, |f, _| {
                f.ended_at = None;
                Ok(())
            }),
            Err(StoreError::Duplicate { .. })
        ));
        assert_eq!(
            s.by_natural_key::<Fast>(crate::model::RUNNING_KEY)
                .unwrap()
                .unwrap()
                .kernel
                .id,
            g.kernel.id
        );
    }

    fn checkin_row(habit: Id, date: &str, note: &str) -> Row<HabitCheckin> {
        let mut c = HabitCheckin::done(habit, day(date));
        c.note = note.into();
        Row {
            kernel: Kernel::new_now(),
            fields: c,
        }
    }

    #[test]
    fn an_imported_duplicate_merges_into_the_holder() {
        let (_d, mut s) = fresh();
        let h = s.create(Habit::new("Read", Schedule::Daily)).unwrap();
        let mine = s
            .upsert(HabitCheckin::done(h.kernel.id, day("2026-11-30")))
            .unwrap();
        // Another device's check-in of the same day, newer: its fields win, on our id.
        let mut theirs = checkin_row(h.kernel.id, "2026-11-30", "from the phone");
        theirs.kernel.updated_at = mine.kernel.updated_at.next_millisecond();
        let rec = Record::from_row(&theirs).unwrap();
        s.import([(1, Ok(rec))]).unwrap();
        let live = live_checkins(&s);
        assert_eq!(live.len(), 1);
        assert_eq!(live[0].kernel.id, mine.kernel.id);
        assert_eq!(live[0].fields.note, "from the phone");
        let theirs_now = s.get::<HabitCheckin>(theirs.kernel.id).unwrap();
        assert!(theirs_now.kernel.is_deleted(), "its id is retired");
    }

    fn pull(s: &mut Store, seq: i64, rows: &[Record]) {
        let changes: Vec<PulledChange> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| PulledChange {
                seq: seq + i as i64,
                row: r.clone(),
            })
            .collect();
        s.apply_pull(&changes, seq + rows.len() as i64).unwrap();
    }

    fn holder_id(s: &Store, habit: Id, date: &str) -> Option<Id> {
        s.by_natural_key::<HabitCheckin>(&HabitCheckin::key_of(habit, day(date)))
            .unwrap()
            .map(|r| r.kernel.id)
    }

    #[test]
    fn a_pulled_holder_shadows_the_local_duplicate_until_the_server_decides() {
        let (_d, mut s) = fresh();
        let h = s.create(Habit::new("Read", Schedule::Daily)).unwrap();
        // Checked in here, offline, with a note: not pushed yet.
        let mut local = HabitCheckin::done(h.kernel.id, day("2026-11-30"));
        local.note = "here".into();
        let mine = s.upsert(local).unwrap();
        // The server's row for that day, from another device.
        let server = checkin_row(h.kernel.id, "2026-11-30", "there");
        pull(&mut s, 1, &[Record::from_row(&server).unwrap()]);
        // The server's row holds the day; ours is kept as it was, still to be pushed
        // (the server will merge it into its row by the rule).
        assert_eq!(
            holder_id(&s, h.kernel.id, "2026-11-30"),
            Some(server.kernel.id)
        );
        let ours = s.get::<HabitCheckin>(mine.kernel.id).unwrap();
        assert!(!ours.kernel.is_deleted());
        assert_eq!(ours.fields.note, "here");
        assert!(
            s.pending(10)
                .unwrap()
                .iter()
                .any(|c| c.row.kernel.id == mine.kernel.id)
        );
        // The server retires ours (its tombstone arrives with the pull): one live row.
        let mut tomb = mine.clone();
        tomb.kernel.deleted_at = Some(tomb.kernel.updated_at);
        pull(&mut s, 2, &[Record::from_row(&tomb).unwrap()]);
        assert_eq!(live_checkins(&s).len(), 1);
        let shadowed: i64 = s
            .connection()
            .query_row("SELECT count(*) FROM shadowed_key", [], |r| r.get(0))
            .unwrap();
        assert_eq!(shadowed, 0);
    }

    #[test]
    fn a_stale_holder_in_the_log_gives_the_key_back_once_it_is_deleted() {
        let (_d, mut s) = fresh();
        let h = s.create(Habit::new("Read", Schedule::Daily)).unwrap();
        let mine = s
            .upsert(HabitCheckin::done(h.kernel.id, day("2026-11-30")))
            .unwrap();
        // The log replays another device's check-in of that day, deleted since, across
        // two pages: no decision is taken from the intermediate state.
        let theirs = checkin_row(h.kernel.id, "2026-11-30", "theirs");
        let mut gone = theirs.clone();
        gone.kernel = gone.kernel.bumped(Timestamp::now());
        gone.kernel.deleted_at = Some(gone.kernel.updated_at);
        pull(&mut s, 1, &[Record::from_row(&theirs).unwrap()]);
        assert_eq!(
            holder_id(&s, h.kernel.id, "2026-11-30"),
            Some(theirs.kernel.id)
        );
        pull(&mut s, 2, &[Record::from_row(&gone).unwrap()]);
        assert_eq!(
            holder_id(&s, h.kernel.id, "2026-11-30"),
            Some(mine.kernel.id)
        );
        let ours = s.get::<HabitCheckin>(mine.kernel.id).unwrap();
        assert_eq!(ours, mine, "our check-in is untouched");
        assert_eq!(live_checkins(&s).len(), 1);
    }

    #[test]
    fn the_log_moving_a_day_to_another_row_ends_with_that_row() {
        let (_d, mut s) = fresh();
        let h = s.create(Habit::new("Read", Schedule::Daily)).unwrap();
        // A check-in that came from the server (no outbox entry); then the log says it
        // was retired and another row holds its day (as the server writes a merge:
        // the holder first, then the tombstone).
        let old = checkin_row(h.kernel.id, "2026-11-30", "old");
        pull(&mut s, 1, &[Record::from_row(&old).unwrap()]);
        let newer = checkin_row(h.kernel.id, "2026-11-30", "new");
        let mut retired = old.clone();
        retired.kernel.deleted_at = Some(retired.kernel.updated_at);
        pull(
            &mut s,
            2,
            &[
                Record::from_row(&newer).unwrap(),
                Record::from_row(&retired).unwrap(),
            ],
        );
        let live = live_checkins(&s);
        assert_eq!(live.len(), 1);
        assert_eq!(live[0].kernel.id, newer.kernel.id);
        assert_eq!(
            holder_id(&s, h.kernel.id, "2026-11-30"),
            Some(newer.kernel.id)
        );
        assert!(
            s.pending(10)
                .unwrap()
                .iter()
                .all(|c| c.row.kind != EntityKind::HabitCheckin)
        );
    }
}
