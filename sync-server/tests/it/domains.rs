//! The health and faith entities sync between two replicas through the real server like
//! every other kind: created, edited offline on both sides, deleted; and a reading marked
//! read on two devices offline counts once.

use std::collections::BTreeSet;

use lifeos_core::faith;
use lifeos_core::model::{
    HealthMetric, MetricKind, Practice, Reading, ReadingDone, ReadingPlan, Workout,
};
use lifeos_core::store::ListQuery;
use lifeos_core::{LocalDate, Timestamp};

use crate::sync::{BgServer, assert_converged, replicas, tick};

fn at(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap()
}

#[test]
fn health_and_faith_rows_converge_between_two_replicas() {
    let bg = BgServer::start();
    let (token, ws) = bg.account("ada@example.org");
    let mut reps = replicas(&bg, &token, ws, 2);

    let mut bp = HealthMetric::new(
        MetricKind::BloodPressure,
        120,
        at("2026-11-30T07:00:00.000Z"),
    );
    bp.value2 = Some(80);
    let bp = reps[0].store.create(bp).unwrap().kernel.id;
    let mut sleep = HealthMetric::new(MetricKind::Sleep, 27_000, at("2026-11-29T23:10:00.000Z"));
    sleep.ended_at = Some(at("2026-11-30T06:40:00.000Z"));
    reps[0].store.create(sleep).unwrap();
    let run = reps[0]
        .store
        .create(Workout {
            kind: "run".into(),
            started_at: at("2026-11-30T06:00:00.000Z"),
            duration_s: 2520,
            distance_m: Some(8200),
            energy_kcal: Some(510),
            effort: Some(7),
            note: String::new(),
            place_id: None,
        })
        .unwrap()
        .kernel
        .id;
    let prayer = reps[1]
        .store
        .create(Practice {
            kind: "prayer".into(),
            occurred_at: at("2026-11-30T06:30:00.000Z"),
            duration_s: Some(900),
            reference: "Psalm 23".into(),
            note: String::new(),
        })
        .unwrap()
        .kernel
        .id;
    let plan = reps[1]
        .store
        .create(ReadingPlan {
            name: "Gospels".into(),
            start: LocalDate::parse("2026-11-28").unwrap(),
            readings: (1..=10)
                .map(|d| Reading {
                    day: d,
                    text: format!("Matthew {d}"),
                })
                .collect(),
            archived: false,
        })
        .unwrap()
        .kernel
        .id;
    for r in reps.iter_mut() {
        r.sync();
    }
    for r in reps.iter_mut() {
        r.sync();
    }
    assert_converged(&bg, &token, ws, &reps);

    // Offline on both: edits to different rows, a delete, and the same reading read twice.
    reps[0]
        .store
        .update::<Workout>(run, None, |w, _| {
            w.note = "tempo".into();
            Ok(())
        })
        .unwrap();
    reps[1].store.delete::<HealthMetric>(bp, None).unwrap();
    tick();
    reps[1]
        .store
        .update::<Practice>(prayer, None, |p, _| {
            p.note = "quiet".into();
            Ok(())
        })
        .unwrap();
    let today = LocalDate::parse("2026-11-30").unwrap();
    for (i, r) in reps.iter_mut().enumerate() {
        r.store
            .create(ReadingDone {
                plan_id: plan,
                reading: "Matthew 1".into(),
                done_on: today,
            })
            .unwrap();
        if i == 0 {
            r.store
                .create(ReadingDone {
                    plan_id: plan,
                    reading: "Matthew 2".into(),
                    done_on: today,
                })
                .unwrap();
        }
    }
    for r in reps.iter_mut() {
        r.sync();
    }
    for r in reps.iter_mut() {
        r.sync();
    }
    assert_converged(&bg, &token, ws, &reps);

    let other = &reps[1].store;
    assert_eq!(other.get::<Workout>(run).unwrap().fields.note, "tempo");
    assert!(
        reps[0]
            .store
            .get::<HealthMetric>(bp)
            .unwrap()
            .kernel
            .is_deleted()
    );
    assert_eq!(
        reps[0].store.get::<Practice>(prayer).unwrap().fields.note,
        "quiet"
    );
    for r in &reps {
        let done: BTreeSet<String> = r
            .store
            .list::<ReadingDone>(&ListQuery::default())
            .unwrap()
            .into_iter()
            .map(|d| d.fields.reading.to_lowercase())
            .collect();
        let p = r.store.get::<ReadingPlan>(plan).unwrap().fields;
        let s = faith::plan_status(&p, &done, today);
        assert_eq!(s.done, 2, "read twice offline, counted once");
        assert_eq!(s.behind_days, 0);
        assert_eq!(
            r.store
                .list::<HealthMetric>(&ListQuery::default())
                .unwrap()
                .len(),
            1
        );
    }
}
