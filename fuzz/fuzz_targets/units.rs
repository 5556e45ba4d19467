//! Units: masses, distances, volumes, energy, blood pressure, percentages and the
//! thousandths of a kind of one's own, in both unit systems; a measurement line as the
//! TUI's log prompt reads it (`weight 72.4kg`); a quantity shown back.
//!
//! Input: the first byte picks the unit system, the rest is the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lifeos_core::Timestamp;
use lifeos_core::units::{self, Quantity, UnitSystem};

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let system = if head & 1 == 0 {
        UnitSystem::Metric
    } else {
        UnitSystem::Imperial
    };
    // Metric input is exact: a mass in grams reads back from its grams.
    if let Ok(g) = units::parse_mass(text, system) {
        assert_eq!(units::parse_mass(&format!("{g}g"), system).ok(), Some(g));
        let _ = Quantity::Mass(g).show(system);
    }
    if let Ok(m) = units::parse_distance(text, system) {
        assert_eq!(
            units::parse_distance(&format!("{m}m"), system).ok(),
            Some(m)
        );
        let _ = Quantity::Distance(m).show(system);
    }
    if let Ok(ml) = units::parse_volume(text, system) {
        assert_eq!(
            units::parse_volume(&format!("{ml}ml"), system).ok(),
            Some(ml)
        );
        let _ = Quantity::Volume(ml).show(system);
    }
    if let Ok(kcal) = units::parse_energy(text) {
        assert_eq!(units::parse_energy(&format!("{kcal}kcal")).ok(), Some(kcal));
    }
    let _ = units::parse_blood_pressure(text);
    if let Ok(p) = units::parse_permille_percent(text) {
        let shown = units::fixed(i128::from(p), 1, true);
        assert_eq!(
            units::parse_permille_percent(&format!("{shown}%")).ok(),
            Some(p)
        );
    }
    if let Ok(v) = units::parse_milli(text) {
        let shown = units::fixed(i128::from(v), 3, true);
        assert_eq!(units::parse_milli(&shown).ok(), Some(v));
    }
    if let Ok(d) = units::parse_decimal(text) {
        let shown = units::fixed(d.mantissa, d.scale, false);
        assert_eq!(
            units::parse_decimal(&shown).ok(),
            Some(d),
            "{text:?} → {shown}"
        );
    }
    // A line of the log prompt: a measurement, validated, or one line saying why.
    let at = Timestamp::parse("2026-11-30T08:00:00.000Z").ok();
    if let Some(at) = at {
        match lifeos_core::health::parse_line(text, at, system) {
            Ok(m) => {
                let _ = lifeos_core::health::show(m.kind, &m.unit, m.value, m.value2, system);
            }
            Err(e) => assert!(!e.is_empty()),
        }
    }
    // Showing any value never fails, whatever a synced row holds.
    if rest.len() >= 8 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&rest[..8]);
        let v = i64::from_le_bytes(b);
        for q in [
            Quantity::Mass(v),
            Quantity::Distance(v),
            Quantity::Volume(v),
            Quantity::Duration(v),
        ] {
            let _ = q.show(system);
        }
        for kind in lifeos_core::model::MetricKind::ALL {
            let _ = lifeos_core::health::show(kind, "u", v, Some(v), system);
        }
    }
});
