//! Places: by name.

use lifeos_core::model::Place;
use lifeos_core::store::{SortKey, Store, StoreError};
use lifeos_core::{EntityKind, Id, Row};

use super::{Ctx, Domain, EditDoc, Item, Mark, Section, Tone};
use crate::capture::Capture;

/// The places view.
pub struct Places;

fn show(r: &Row<Place>, ctx: &Ctx) -> Item {
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
        kind: EntityKind::Place,
        id: r.kernel.id,
        version: r.kernel.version,
        title: p.name.clone(),
        meta: super::tag_text(&p.tags),
        mark: Mark::None,
        tone: Tone::Normal,
        fields,
        body: p.notes.clone(),
        cells: Vec::new(),
        timer: None,
    }
}

impl Domain for Places {
    fn title(&self) -> &'static str {
        "Places"
    }
    fn kind(&self) -> EntityKind {
        EntityKind::Place
    }
    fn filters(&self) -> &'static [&'static str] {
        &["all"]
    }
    fn capture_hint(&self) -> &'static str {
        "Corner café #coffee"
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
        store.ids::<Place>(&super::with_tag(vec![], tag), &[SortKey::Text("name")])
    }
    fn items(&self, store: &Store, ids: &[Id], ctx: &Ctx) -> Result<Vec<Item>, StoreError> {
        super::items_of(store, ids, ctx, show)
    }
    fn texts(&self, store: &Store) -> Result<Vec<(Id, String)>, StoreError> {
        store.texts::<Place>("name")
    }
    fn today(&self, _store: &Store, _ctx: &Ctx) -> Result<Option<Section>, StoreError> {
        Ok(None)
    }
    fn create(&self, store: &mut Store, c: Capture) -> anyhow::Result<String> {
        let mut p = Place::new(c.title);
        p.tags = c.tags;
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
        super::delete::<Place>(store, id, version)
    }
    fn restore(&self, store: &mut Store, id: Id) -> Result<(), StoreError> {
        super::restore::<Place>(store, id)
    }
    fn edit_doc(&self, store: &Store, id: Id) -> anyhow::Result<EditDoc> {
        super::yaml_doc::<Place>(store, id)
    }
    fn save_doc(&self, store: &mut Store, id: Id, version: i64, text: &str) -> anyhow::Result<()> {
        super::yaml_save::<Place>(store, id, version, text, |_, _, _| {})
    }
}
