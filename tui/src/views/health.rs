//! Health: entries newest first, and a panel with each kind's latest value and a
//! sparkline of its last 30 days. Quick capture logs a value (`weight 72.4kg`, `bp
//! 120/80`, `sleep 7h30m`), read by the same code as `lifeos health log`
//! (`lifeos_core::health::parse_line`). Units follow `LIFEOS_UNITS` like the CLI.

use std::collections::BTreeMap;

use lifeos_core::health::{self, parse_line};
use lifeos_core::model::{HealthMetric, MetricKind};
use lifeos_core::store::{ListQuery, SortKey, Store, StoreError};
use lifeos_core::units::UnitSystem;
use lifeos_core::{Row, Timestamp};

use super::{Ctx, Decl, Item, Panel, PanelLine, Section, Tone, View};
use lifeos_core::capture::Capture;

/// The health view.
pub struct Health;

/// Days the sparklines cover.
pub const SPARK_DAYS: i64 = 30;

/// Metric or imperial, from `LIFEOS_UNITS` as the CLI reads it.
pub fn units() -> UnitSystem {
    match std::env::var("LIFEOS_UNITS") {
        Ok(u) if u.trim().eq_ignore_ascii_case("imperial") => UnitSystem::Imperial,
        _ => UnitSystem::Metric,
    }
}

fn value_text(m: &HealthMetric) -> String {
    health::show(m.kind, &m.unit, m.value, m.value2, units())
}

fn show(r: &Row<HealthMetric>, ctx: &Ctx) -> Item {
    let m = &r.fields;
    let mut item = Item::of(r, format!("{} {}", m.kind_name(), value_text(m)));
    item.meta = super::local_time(m.recorded_at, ctx.offset);
    item.fields = vec![
        ("kind", m.kind_name().to_owned()),
        ("value", value_text(m)),
        ("at", super::local_time(m.recorded_at, ctx.offset)),
    ];
    if let Some(e) = m.ended_at {
        item.fields
            .push(("until", super::local_time(e, ctx.offset)));
    }
    item.fields.push(("id", r.kernel.id.to_string()));
    item.body = m.note.clone();
    item
}

impl View for Health {
    type Row = HealthMetric;
    type Joined = ();
    const DECL: Decl = Decl {
        title: "Health",
        capture_hint: "weight 72.4kg · bp 120/80 · sleep 7h30m · steps 9000",
        panel: true,
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[SortKey::Desc("recorded_at")];

    fn show(r: &Row<HealthMetric>, _: &(), ctx: &Ctx) -> Item {
        show(r, ctx)
    }

    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let ids = store.ids::<HealthMetric>(&[], Self::ORDER)?;
        if ids.is_empty() {
            // Nothing ever logged: no section to clutter Today.
            return Ok(None);
        }
        // Newest first: read until the first entry before today.
        let mut items = Vec::new();
        for chunk in ids.chunks(64) {
            let rows = store.get_many::<HealthMetric>(chunk)?;
            let before = rows
                .iter()
                .position(|r| super::local_date(r.fields.recorded_at, ctx.offset) < ctx.today);
            let take = before.unwrap_or(rows.len());
            items.extend(rows[..take].iter().map(|r| show(r, ctx)));
            if before.is_some() {
                break;
            }
        }
        Ok(Some(Section::counted(
            "Health today",
            items.len(),
            items,
            "nothing logged today (8, then a: weight 72.4kg)",
        )))
    }

    fn panel(store: &Store, _ctx: &Ctx) -> Result<Option<Panel>, StoreError> {
        let rows = store.list::<HealthMetric>(&ListQuery::default())?;
        let mut by_kind: BTreeMap<(MetricKind, String), Vec<&HealthMetric>> = BTreeMap::new();
        for r in &rows {
            by_kind
                .entry((r.fields.kind, r.fields.kind_name().to_owned()))
                .or_default()
                .push(&r.fields);
        }
        let now = Timestamp::now();
        let mut lines = Vec::new();
        for ((kind, name), v) in &by_kind {
            let t = health::trend(name, &v[0].unit, v, now, SPARK_DAYS);
            let latest = v.iter().max_by_key(|m| m.recorded_at);
            let text = latest.map_or_else(String::new, |m| {
                health::show(*kind, &m.unit, m.value, m.value2, units())
            });
            lines.push(PanelLine::Spark {
                label: name.clone(),
                values: t.points.iter().map(|p| p.value).collect(),
                text,
            });
        }
        if lines.is_empty() {
            lines.push(PanelLine::Text(
                "nothing logged yet: a, then weight 72.4kg".into(),
                Tone::Dim,
            ));
        }
        Ok(Some(Panel {
            title: format!("Latest, and the last {SPARK_DAYS} days"),
            lines,
        }))
    }

    fn parse(line: &str, _ctx: &Ctx) -> Result<Capture, String> {
        parse_line(line, Timestamp::now(), units())?;
        Ok(Capture {
            title: line.trim().to_owned(),
            ..Capture::default()
        })
    }

    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let m = parse_line(&c.title, Timestamp::now(), units()).map_err(anyhow::Error::msg)?;
        let row = store.create(m)?;
        Ok(format!(
            "{} {}",
            row.fields.kind_name(),
            value_text(&row.fields)
        ))
    }

    fn capture_label() -> String {
        "log health".into()
    }

    fn created(title: &str) -> String {
        format!("logged {title}")
    }
}
