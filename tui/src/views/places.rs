//! Places: by name.

use lifeos_core::Row;
use lifeos_core::model::Place;
use lifeos_core::store::{SortKey, Store};

use super::{Ctx, Decl, Item, View};
use lifeos_core::capture::Capture;

/// The places view.
pub struct Places;

impl View for Places {
    type Row = Place;
    type Joined = ();
    const DECL: Decl = Decl {
        title: "Places",
        capture_hint: "Corner café #coffee",
        ..Decl::LIST
    };
    const ORDER: &'static [SortKey] = &[SortKey::Text("name")];

    fn show(r: &Row<Place>, _: &(), ctx: &Ctx) -> Item {
        let p = &r.fields;
        let mut fields = Vec::new();
        if !p.address.is_empty() {
            fields.push(("address", p.address.clone()));
        }
        if let (Some(lat), Some(lon)) = (p.latitude, p.longitude) {
            fields.push(("location", format!("{lat:.5}, {lon:.5}")));
        }
        if !p.tags.is_empty() {
            fields.push(("tags", super::tag_text(&p.tags)));
        }
        fields.push((
            "created",
            super::local_time(r.kernel.created_at, ctx.offset),
        ));
        fields.push(("id", r.kernel.id.to_string()));
        Item {
            meta: super::tag_text(&p.tags),
            fields,
            body: p.notes.clone(),
            ..Item::of(r, p.name.clone())
        }
    }

    fn create(store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let mut p = Place::new(c.title);
        p.tags = c.tags;
        Ok(store.create(p)?.fields.name)
    }
}
