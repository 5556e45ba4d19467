//! `lifeos place …`: places that matter, by name.

use std::io::Write;

use clap::{Args, Subcommand};
use lifeos_core::model::Place;

use super::{Ctx, IdArg, ListCommon, TagEdit, Target, by_name, dedup};
use crate::parse;

/// Place commands.
#[derive(Debug, Subcommand)]
pub enum PlaceCmd {
    /// Add a place.
    Add(PlaceAdd),
    /// List places.
    #[command(alias = "ls")]
    List(ListCommon),
    /// Show one place.
    Show(IdArg),
    /// Change a place.
    Edit(PlaceEdit),
    /// Delete a place (it stays as a tombstone; see restore).
    #[command(alias = "delete")]
    Rm(Target),
    /// Undo the deletion of a place.
    Restore(Target),
}

/// `place add`.
#[derive(Debug, Args)]
pub struct PlaceAdd {
    /// Its name.
    pub name: String,
    /// Postal address.
    #[arg(long)]
    pub address: Option<String>,
    /// Latitude in degrees (-90 to 90); needs --lon.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::latitude, requires = "lon")]
    pub lat: Option<f64>,
    /// Longitude in degrees (-180 to 180); needs --lat.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::longitude, requires = "lat")]
    pub lon: Option<f64>,
    /// Notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Tag (repeatable).
    #[arg(long, value_parser = parse::tag)]
    pub tag: Vec<String>,
}

/// `place edit`.
#[derive(Debug, Args)]
pub struct PlaceEdit {
    #[command(flatten)]
    pub target: Target,
    /// New name.
    #[arg(long)]
    pub name: Option<String>,
    /// New address.
    #[arg(long)]
    pub address: Option<String>,
    /// New latitude; needs --lon.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::latitude, requires = "lon", conflicts_with = "no_coords")]
    pub lat: Option<f64>,
    /// New longitude; needs --lat.
    #[arg(long, allow_negative_numbers = true, value_parser = parse::longitude, requires = "lat")]
    pub lon: Option<f64>,
    /// Remove the coordinates.
    #[arg(long)]
    pub no_coords: bool,
    /// New notes.
    #[arg(long)]
    pub notes: Option<String>,
    #[command(flatten)]
    pub tags: TagEdit,
}

/// Runs `place …`.
pub(crate) fn run<W: Write>(ctx: &mut Ctx<'_, W>, cmd: PlaceCmd) -> anyhow::Result<()> {
    match cmd {
        PlaceCmd::Add(a) => {
            let mut p = Place::new(a.name);
            p.address = a.address.unwrap_or_default();
            p.latitude = a.lat;
            p.longitude = a.lon;
            p.notes = a.notes.unwrap_or_default();
            p.tags = dedup(&a.tag);
            ctx.create(p)
        }
        PlaceCmd::List(l) => ctx.list::<Place>(l.query(vec![]), |a, b| {
            by_name(&a.fields.name, &b.fields.name).then_with(|| a.kernel.id.cmp(&b.kernel.id))
        }),
        PlaceCmd::Show(a) => ctx.show::<Place>(&a),
        PlaceCmd::Edit(e) => ctx.edit::<Place>(&e.target, |p, _| {
            if let Some(v) = &e.name {
                p.name = v.clone();
            }
            if let Some(v) = &e.address {
                p.address = v.clone();
            }
            if e.no_coords {
                p.latitude = None;
                p.longitude = None;
            } else if e.lat.is_some() {
                p.latitude = e.lat;
                p.longitude = e.lon;
            }
            if let Some(v) = &e.notes {
                p.notes = v.clone();
            }
            e.tags.apply(&mut p.tags);
            Ok(())
        }),
        PlaceCmd::Rm(t) => ctx.rm::<Place>(&t),
        PlaceCmd::Restore(t) => ctx.restore::<Place>(&t),
    }
}
