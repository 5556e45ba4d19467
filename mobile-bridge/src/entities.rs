//! Typed rows and their operations for every registered entity, stamped from the one
//! registry (`lifeos_core::with_registry!`): for a kind `Task` (`task`, `tasks`) the
//! record `TaskRow { kernel, fields: Task }` and, on `LifeosStore`, `create_task`,
//! `get_task`, `list_tasks` (the CLI's and the server's list parameters, read by
//! `ListQuery::from_params`), `update_task` (with the version read), `delete_task`,
//! `restore_task`. Adding an entity to the registry adds all of these; nothing here names
//! a kind.

use std::collections::HashMap;

use lifeos_core::entity::Entity;
use lifeos_core::ffi::LifeosError;
use lifeos_core::query::ListQuery;
use lifeos_core::{Id, Kernel, Row};

use crate::LifeosStore;

fn list<E: Entity>(
    store: &LifeosStore,
    params: &HashMap<String, String>,
) -> Result<Vec<Row<E>>, LifeosError> {
    let q = ListQuery::from_params(
        E::KIND,
        params.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    )?;
    let rows = store.lock()?.list::<E>(&q)?;
    Ok(rows
        .into_iter()
        .filter(|r| q.matches_search(&r.fields))
        .collect())
}

fn update<E: Entity>(
    store: &LifeosStore,
    id: Id,
    expected_version: i64,
    fields: E,
) -> Result<Row<E>, LifeosError> {
    fields.validate()?;
    Ok(store
        .lock()?
        .update::<E>(id, Some(expected_version), |f, _| {
            *f = fields;
            Ok(())
        })?)
}

macro_rules! entity_api {
    ($( $variant:ident => $ty:ty, $name:literal, $plural:literal; )*) => { paste::paste! { $(
        #[doc = "A stored `" $name "`: its kernel columns and its fields."]
        #[derive(Clone, Debug, PartialEq, uniffi::Record)]
        pub struct [<$variant Row>] {
            /// id, created_at, updated_at, deleted_at, version.
            pub kernel: Kernel,
            /// The entity's own fields.
            pub fields: $ty,
        }

        impl From<Row<$ty>> for [<$variant Row>] {
            fn from(r: Row<$ty>) -> Self {
                Self { kernel: r.kernel, fields: r.fields }
            }
        }

        #[uniffi::export]
        impl LifeosStore {
            #[doc = "Creates a " $name " (validated; a new id, version 1, queued for sync)."]
            pub fn [<create_ $name>](&self, fields: $ty) -> Result<[<$variant Row>], LifeosError> {
                Ok(self.lock()?.create(fields)?.into())
            }

            #[doc = "The " $name " with this id (a tombstone too). `NotFound` if there is none."]
            pub fn [<get_ $name>](&self, id: Id) -> Result<[<$variant Row>], LifeosError> {
                Ok(self.lock()?.get::<$ty>(id)?.into())
            }

            #[doc = "The " $plural " that pass `params`: the list parameters of the CLI and \
                     the server (`include_deleted`, `tag`, `search` and the kind's own \
                     filters). An unknown parameter or a bad value is `Validation` naming it."]
            pub fn [<list_ $plural>](&self, params: HashMap<String, String>) -> Result<Vec<[<$variant Row>]>, LifeosError> {
                Ok(list::<$ty>(self, &params)?.into_iter().map(Into::into).collect())
            }

            #[doc = "Replaces the fields of the " $name " `id`, which must still be at \
                     `expected_version` (else `Conflict`: read it again)."]
            pub fn [<update_ $name>](&self, id: Id, expected_version: i64, fields: $ty) -> Result<[<$variant Row>], LifeosError> {
                Ok(update::<$ty>(self, id, expected_version, fields)?.into())
            }

            #[doc = "Deletes the " $name " `id` (a tombstone that syncs; `restore_" $name "` \
                     undoes it). With `expected_version`, only if it is still at that version."]
            pub fn [<delete_ $name>](&self, id: Id, expected_version: Option<i64>) -> Result<[<$variant Row>], LifeosError> {
                Ok(self.lock()?.delete::<$ty>(id, expected_version)?.into())
            }

            #[doc = "Restores the deleted " $name " `id`."]
            pub fn [<restore_ $name>](&self, id: Id, expected_version: Option<i64>) -> Result<[<$variant Row>], LifeosError> {
                Ok(self.lock()?.restore::<$ty>(id, expected_version)?.into())
            }
        }
    )* } };
}

lifeos_core::with_registry!(entity_api);
