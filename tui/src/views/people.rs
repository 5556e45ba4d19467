//! People: by name; birthdays in the next two weeks on Today.

use lifeos_core::model::Person;
use lifeos_core::store::{ListQuery, SortKey, Store, StoreError};
use lifeos_core::{EntityKind, Id, Row};
use time::{Date, Month};

use super::{Ctx, Domain, EditDoc, Item, Mark, Section, TODAY_LIMIT, Tone};
use crate::capture::Capture;

/// The people view.
pub struct People;

/// Birthdays this many days ahead show on Today.
const BIRTHDAY_DAYS: i64 = 14;

/// Days from `today` to the next anniversary of `born` (0 = today). A 29 February
/// birthday falls on 28 February in other years.
pub fn days_to_birthday(born: Date, today: Date) -> i64 {
    let on = |year: i32| {
        Date::from_calendar_date(year, born.month(), born.day()).unwrap_or_else(|_| {
            Date::from_calendar_date(year, Month::February, 28).unwrap_or(today)
        })
    };
    let this_year = on(today.year());
    let next = if this_year >= today {
        this_year
    } else {
        on(today.year() + 1)
    };
    (next - today).whole_days()
}

fn show(r: &Row<Person>, ctx: &Ctx) -> Item {
    let p = &r.fields;
    let mut fields = Vec::new();
    let mut meta = String::new();
    if let Some(b) = p.birthday {
        let days = days_to_birthday(b.date(), ctx.today);
        fields.push(("birthday", b.to_string()));
        meta = match days {
            0 => "birthday today".to_owned(),
            1 => "birthday tomorrow".to_owned(),
            d if d <= BIRTHDAY_DAYS => format!("birthday in {d} days"),
            _ => String::new(),
        };
    }
    if !p.emails.is_empty() {
        fields.push(("email", p.emails.join(", ")));
    }
    if !p.phones.is_empty() {
        fields.push(("phone", p.phones.join(", ")));
    }
    if !p.tags.is_empty() {
        fields.push(("tags", super::tag_text(&p.tags)));
    }
    if let Some(t) = p.last_contacted_at {
        fields.push(("last contact", super::local_time(t, ctx.offset)));
    }
    fields.push(("id", r.kernel.id.to_string()));
    Item {
        kind: EntityKind::Person,
        id: r.kernel.id,
        version: r.kernel.version,
        title: p.name.clone(),
        tone: if meta.is_empty() {
            Tone::Normal
        } else {
            Tone::Strong
        },
        meta,
        mark: Mark::None,
        fields,
        body: p.notes.clone(),
        cells: Vec::new(),
        timer: None,
    }
}

impl Domain for People {
    fn title(&self) -> &'static str {
        "People"
    }
    fn kind(&self) -> EntityKind {
        EntityKind::Person
    }
    fn filters(&self) -> &'static [&'static str] {
        &["all"]
    }
    fn capture_hint(&self) -> &'static str {
        "Ada Lovelace bday:1815-12-10 #friends"
    }
    fn search_field(&self) -> &'static str {
        "name"
    }
    fn ids(
        &self,
        store: &Store,
        _filter: usize,
        tag: Option<&str>,
        _ctx: &Ctx,
    ) -> Result<Vec<Id>, StoreError> {
        store.ids::<Person>(&super::with_tag(vec![], tag), &[SortKey::Text("name")])
    }
    fn items(&self, store: &Store, ids: &[Id], ctx: &Ctx) -> Result<Vec<Item>, StoreError> {
        super::items_of(store, ids, ctx, show)
    }
    fn texts(&self, store: &Store) -> Result<Vec<(Id, String)>, StoreError> {
        store.texts::<Person>("name")
    }
    fn today(&self, store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let mut soon: Vec<(i64, Row<Person>)> = store
            .list::<Person>(&ListQuery::default())?
            .into_iter()
            .filter_map(|r| {
                let days = days_to_birthday(r.fields.birthday?.date(), ctx.today);
                (days <= BIRTHDAY_DAYS).then_some((days, r))
            })
            .collect();
        soon.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| a.1.fields.name.cmp(&b.1.fields.name))
        });
        let more = soon.len().saturating_sub(TODAY_LIMIT);
        Ok(Some(Section {
            title: format!("Birthdays in the next two weeks ({})", soon.len()),
            items: soon
                .iter()
                .take(TODAY_LIMIT)
                .map(|(_, r)| show(r, ctx))
                .collect(),
            more,
            empty: "no birthdays in the next two weeks",
        }))
    }
    fn create(&self, store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let mut p = Person::new(c.title);
        p.tags = c.tags;
        p.birthday = c.birthday;
        Ok(store.create(p)?.fields.name)
    }
    fn complete(
        &self,
        _store: &mut Store,
        _id: Id,
        _version: i64,
        _ctx: &Ctx,
    ) -> anyhow::Result<Option<String>> {
        Ok(None)
    }
    fn delete(&self, store: &mut Store, id: Id, version: i64) -> Result<(), StoreError> {
        super::delete::<Person>(store, id, version)
    }
    fn restore(&self, store: &mut Store, id: Id) -> Result<(), StoreError> {
        super::restore::<Person>(store, id)
    }
    fn edit_doc(&self, store: &Store, id: Id) -> anyhow::Result<EditDoc> {
        super::yaml_doc::<Person>(store, id)
    }
    fn save_doc(&self, store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
        super::yaml_save::<Person>(store, id, version, text, |_, _, _| {})
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use time::macros::date;

    #[test]
    fn birthdays_count_days_to_the_next_anniversary() {
        let today = date!(2026 - 11 - 30);
        assert_eq!(days_to_birthday(date!(1990 - 11 - 30), today), 0);
        assert_eq!(days_to_birthday(date!(1990 - 12 - 01), today), 1);
        assert_eq!(days_to_birthday(date!(1990 - 11 - 29), today), 364);
        assert_eq!(
            days_to_birthday(date!(2000 - 02 - 29), date!(2027 - 02 - 27)),
            1
        );
        assert_eq!(days_to_birthday(date!(1815 - 12 - 10), today), 10);
    }
}
