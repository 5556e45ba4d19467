//! Reading-plan files (`lifeos plan add --file`): one reading per line, with or without
//! its day number, CSV or not; then where the plan stands and its catch-up.

#![no_main]

use std::collections::BTreeSet;

use libfuzzer_sys::fuzz_target;
use lifeos_core::LocalDate;
use lifeos_core::faith::{catch_up, parse_plan_file, plan_status};
use lifeos_core::model::ReadingPlan;
use time::macros::date;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let readings = match parse_plan_file(text) {
        Ok(r) => r,
        Err(e) => {
            assert!(!e.message.is_empty());
            return;
        }
    };
    // In order of day, from day 1, each text once and never empty.
    assert!(readings.windows(2).all(|w| w[0].day <= w[1].day));
    assert!(readings.iter().all(|r| r.day >= 1 && !r.text.is_empty()));
    // Written back as CSV lines, the file reads the same.
    let csv: String = readings
        .iter()
        .map(|r| format!("{},\"{}\"\n", r.day, r.text.replace('"', "\"\"")))
        .collect();
    assert_eq!(parse_plan_file(&csv).as_ref(), Ok(&readings), "{csv:?}");
    // A plan of them: valid or a validation error; where it stands on any day.
    let plan = ReadingPlan {
        name: "plan".into(),
        start: LocalDate::new(date!(2026 - 12 - 01)),
        readings,
        archived: false,
    };
    if lifeos_core::Entity::validate(&plan).is_ok() {
        let read: BTreeSet<String> = plan
            .readings
            .iter()
            .step_by(2)
            .map(|r| r.text.to_lowercase())
            .collect();
        for today in [
            date!(2026 - 11 - 01),
            date!(2027 - 02 - 01),
            date!(2140 - 01 - 01),
        ] {
            let today = LocalDate::new(today);
            let status = plan_status(&plan, &read, today);
            assert!(status.total == plan.readings.len());
            let days = catch_up(&plan, &read, today, 7);
            assert!(days.len() <= 7);
        }
    }
});
