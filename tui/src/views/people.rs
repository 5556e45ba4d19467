//! People: by name; birthdays in the next two weeks on Today.

use lifeos_core::Row;
use lifeos_core::model::Person;
use lifeos_core::store::{ListQuery, SortKey, Store, StoreError};

use super::{Ctx, Decl, Item, Section, Tone, View};
use lifeos_core::capture::Capture;

/// The people view.
pub struct People;

use lifeos_core::people::{self, BIRTHDAY_DAYS};

impl View for People {
    type Row = Person;
    type Joined = ();
    const DECL: Decl = Decl {
        title: "People",
        capture_hint: "Ada Lovelace bday:1815-12-10 (or bday:12-10) #friends",
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[SortKey::Text("name")];

    fn show(r: &Row<Person>, _: &(), ctx: &Ctx) -> Item {
        let p = &r.fields;
        let mut fields = Vec::new();
        let mut meta = String::new();
        if let Some(b) = p.birthday {
            let days = b.days_until(ctx.today);
            fields.push(("birthday", b.shown()));
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
            tone: if meta.is_empty() {
                Tone::Normal
            } else {
                Tone::Strong
            },
            meta,
            fields,
            body: p.notes.clone(),
            ..Item::of(r, p.name.clone())
        }
    }
    fn today(store: &Store, ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        let rows = store.list::<Person>(&ListQuery::default())?;
        let soon = people::upcoming_birthdays(&rows, ctx.today, BIRTHDAY_DAYS);
        Ok(Some(Section::counted(
            "Birthdays in the next two weeks",
            soon.len(),
            soon.iter()
                .map(|u| Self::show(&u.person, &(), ctx))
                .collect(),
            "no birthdays in the next two weeks",
        )))
    }
    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let mut p = Person::new(c.title);
        p.tags = c.tags;
        p.birthday = c.birthday;
        Ok(store.create(p)?.fields.name)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use lifeos_core::model::Birthday;
    use time::macros::date;

    #[test]
    fn birthdays_count_days_to_the_next_anniversary() {
        let today = date!(2026 - 11 - 30);
        let days = |b: &str, today| b.parse::<Birthday>().unwrap().days_until(today);
        assert_eq!(days("1990-11-30", today), 0);
        assert_eq!(days("1990-12-01", today), 1);
        assert_eq!(days("1990-11-29", today), 364);
        assert_eq!(days("2000-02-29", date!(2027 - 02 - 27)), 1);
        assert_eq!(days("1815-12-10", today), 10);
        // Without a year, the same.
        assert_eq!(days("--12-10", today), 10);
        assert_eq!(days("12-01", today), 1);
    }
}
