//! Pairs over REST: rows that only make sense together (the two sides of a transfer)
//! are created, deleted and restored together, in one Postgres transaction with one
//! `updated_at`, as the local store's pair operations do (`lifeos_core::store::pair`).
//! A single-row write refuses a pair side ([`super::refuse_pair_side`]), so these and
//! sync push are the only ways a side is written.

use lifeos_core::entity::Pair;
use lifeos_core::{Entity, Id, Kernel, Row, Timestamp};
use sqlx::{PgPool, Postgres, Transaction};

use super::{check_version, fetch, row_json, write};
use crate::error::ApiError;

/// Both sides of a pair: the one asked about first.
pub type RowPair<E> = (Row<E>, Row<E>);

/// Creates both sides of a pair, each with its id; each side's [`Entity::pair`] must
/// name the other at one revision, and [`Entity::check_pair`] must hold.
pub async fn create<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    [(a_id, a), (b_id, b)]: [(Id, E); 2],
) -> Result<RowPair<E>, ApiError> {
    let linked = matches!(
        (a.pair(), b.pair()),
        (Some(x), Some(y)) if x.counterpart == b_id && y.counterpart == a_id && x.rev == y.rev
    );
    if !linked {
        return Err(ApiError::Internal(format!(
            "the two sides of a {} do not name each other",
            E::PAIR_NAME
        )));
    }
    E::check_pair(&a, &b)?;
    a.validate()?;
    b.validate()?;
    let now = Timestamp::now();
    let row = |id, fields| Row {
        kernel: Kernel {
            id,
            created_at: now,
            updated_at: now,
            deleted_at: None,
            version: 1,
        },
        fields,
    };
    let (x, y) = (row(a_id, a), row(b_id, b));
    let mut tx = pool.begin().await?;
    let mut locks = vec![a_id.to_string(), b_id.to_string()];
    locks.sort();
    crate::sync::lock_ids(&mut tx, workspace, &locks).await?;
    for r in [&x, &y] {
        if !write(&mut tx, workspace, r, true).await? {
            return Err(ApiError::Conflict {
                detail: format!("a {} with id {} already exists", E::KIND, r.kernel.id),
                current: None,
            });
        }
    }
    tx.commit().await?;
    Ok((x, y))
}

/// Both sides of the pair `id` is a side of, locked, checked to be whole: the other side
/// is stored, names this one back at the same revision, and is deleted exactly when this
/// one is. A row that is no side answers 422; a half pair (its other side not pushed yet)
/// 409.
async fn sides<E: Entity>(
    tx: &mut Transaction<'_, Postgres>,
    workspace: Id,
    id: Id,
) -> Result<RowPair<E>, ApiError> {
    let this: Row<E> = fetch(&mut **tx, workspace, id, true)
        .await?
        .ok_or(ApiError::NotFound)?;
    let Some(link) = this.fields.pair() else {
        return Err(ApiError::field(
            E::PAIR_NAME,
            format!("{} {id} is not a side of a {}", E::KIND, E::PAIR_NAME),
        ));
    };
    let other: Option<Row<E>> = fetch(&mut **tx, workspace, link.counterpart, true).await?;
    let back = Pair {
        counterpart: id,
        rev: link.rev,
    };
    match other {
        Some(o)
            if o.fields.pair() == Some(back)
                && o.kernel.is_deleted() == this.kernel.is_deleted() =>
        {
            Ok((this, o))
        }
        _ => Err(ApiError::Conflict {
            detail: format!(
                "{} {id} is one side of a {} whose other side {} is not here at the same revision",
                E::KIND,
                E::PAIR_NAME,
                link.counterpart
            ),
            current: Some(row_json(&this)),
        }),
    }
}

/// Sets both sides' deletion (a tombstone each, or both restored), one `updated_at`.
async fn set_deleted<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    id: Id,
    expected: Option<i64>,
    deleted: bool,
) -> Result<RowPair<E>, ApiError> {
    let mut tx = pool.begin().await?;
    let (this, other) = sides::<E>(&mut tx, workspace, id).await?;
    if let Some(v) = expected {
        check_version(&this, v)?;
    }
    if this.kernel.is_deleted() == deleted {
        return Ok((this, other));
    }
    // One `updated_at` for both, past both (`Kernel::bumped` of the later side).
    let later = if this.kernel.updated_at >= other.kernel.updated_at {
        &this.kernel
    } else {
        &other.kernel
    };
    let at = later.bumped(Timestamp::now()).updated_at;
    let side = |row: Row<E>| Row {
        kernel: Kernel {
            updated_at: at,
            deleted_at: deleted.then_some(at),
            version: row.kernel.version + 1,
            ..row.kernel
        },
        fields: row.fields,
    };
    let (this, other) = (side(this), side(other));
    write(&mut tx, workspace, &this, false).await?;
    write(&mut tx, workspace, &other, false).await?;
    tx.commit().await?;
    Ok((this, other))
}

/// Deletes both sides of the pair `id` is a side of. With `expected`, `id`'s side must be
/// at that version.
pub async fn delete<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    id: Id,
    expected: Option<i64>,
) -> Result<RowPair<E>, ApiError> {
    set_deleted(pool, workspace, id, expected, true).await
}

/// Restores both sides of a deleted pair.
pub async fn restore<E: Entity>(
    pool: &PgPool,
    workspace: Id,
    id: Id,
    expected: Option<i64>,
) -> Result<RowPair<E>, ApiError> {
    set_deleted(pool, workspace, id, expected, false).await
}
