//! Search on Postgres: the same query language and hits as the SQLite store
//! (`lifeos_core::search`), over a workspace's live rows with Postgres full text.
//!
//! Each kind's text vector is derived from its [`SEARCH_FIELDS`](lifeos_core::Entity::SEARCH_FIELDS)
//! (the first field weighted above the rest), and so is its GIN index, made at start by
//! [`ensure_indexes`] under a name that carries a hash of the expression: when a
//! declaration changes, the new index replaces the old. The `simple` configuration
//! lowercases without stemming, as SQLite's tokenizer does; unlike it, accents count.

use lifeos_core::entity::EntityKind;
use lifeos_core::search::{self, DayRange, Hit, MARK_CLOSE, MARK_OPEN, SearchQuery};
use lifeos_core::{Id, Timestamp};
use sha2::Digest;
use sqlx::{AssertSqlSafe, PgPool, Row as _};
use time::UtcOffset;

use crate::error::ApiError;

/// The most hits one search answers.
pub const MAX_HITS: u32 = 100;

/// The text vector of a row of `kind`: every string inside each search field, the first
/// field weighted `A`, the others `B`. Field names come from the declarations only.
fn vector(kind: EntityKind) -> String {
    kind.search_fields()
        .iter()
        .enumerate()
        .map(|(i, f)| {
            format!(
                "setweight(jsonb_to_tsvector('simple'::regconfig, COALESCE(fields -> '{f}', '\"\"'::jsonb), '[\"string\"]'::jsonb), '{}')",
                if i == 0 { 'A' } else { 'B' }
            )
        })
        .collect::<Vec<_>>()
        .join(" || ")
}

/// The text of a row's first event, as the SQLite store keeps it ([`search::When::text`]).
fn first_event(kind: EntityKind) -> String {
    match kind.events().first() {
        None => "NULL::text".into(),
        Some(e) if e.field == "created_at" => {
            "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')".into()
        }
        Some(e) => format!("(fields ->> '{}')", e.field),
    }
}

fn index_name(kind: EntityKind) -> String {
    let hash = sha2::Sha256::digest(vector(kind).as_bytes());
    format!("{}_search_{}", kind.name(), &hex::encode(hash)[..12])
}

/// Makes each kind's search index if it is missing, dropping any made from an older
/// declaration; one server at a time (an advisory lock), so servers starting together
/// do not race.
pub async fn ensure_indexes(pool: &PgPool) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext('lifeos search indexes'))")
        .execute(&mut *tx)
        .await?;
    for kind in EntityKind::ALL {
        let name = index_name(*kind);
        let found: Vec<String> = sqlx::query_scalar(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexname LIKE $2",
        )
        .bind(kind.name())
        .bind(format!("{}\\_search\\_%", kind.name()))
        .fetch_all(&mut *tx)
        .await?;
        for old in found.iter().filter(|n| **n != name) {
            sqlx::query(AssertSqlSafe(format!("DROP INDEX \"{old}\"")))
                .execute(&mut *tx)
                .await?;
        }
        if !found.contains(&name) {
            sqlx::query(AssertSqlSafe(format!(
                "CREATE INDEX \"{name}\" ON {} USING gin (({}))",
                kind.table(),
                vector(*kind)
            )))
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await
}

/// A bound value of the search SQL.
enum Bind {
    Text(String),
    Int(i64),
}

/// The best `limit` live rows of the workspace for `q` (days read at `offset`), best
/// first; a query of filters only lists its rows newest first.
pub async fn search(
    pool: &PgPool,
    workspace: Id,
    q: &SearchQuery,
    offset: UtcOffset,
    limit: u32,
) -> Result<Vec<Hit>, ApiError> {
    if q.finds_nothing() {
        return Ok(Vec::new());
    }
    let mut binds = vec![Bind::Text(workspace.to_string())];
    let mut bind = |b: Bind, binds: &mut Vec<Bind>| {
        binds.push(b);
        format!("${}", binds.len())
    };
    // The tsquery: each word or phrase read by Postgres itself (so nothing typed is
    // tsquery syntax), prefixes as a lexeme of letters and digits only.
    let mut parts = Vec::new();
    for t in q.terms.iter().filter(|t| !t.negated) {
        parts.push(term_sql(t, &mut binds, &mut bind));
    }
    let mut tsq = parts.join(" && ");
    for t in q.terms.iter().filter(|t| t.negated) {
        let p = term_sql(t, &mut binds, &mut bind);
        tsq = format!("({tsq}) && !!({p})");
    }
    let kinds: Vec<EntityKind> = if q.kinds.is_empty() {
        EntityKind::ALL.to_vec()
    } else {
        q.kinds.clone()
    };
    let tags: Vec<String> = q
        .tags
        .iter()
        .map(|t| bind(Bind::Text(t.clone()), &mut binds))
        .collect();
    let range = q.range(offset).map(
        |DayRange {
             first_day,
             last_day,
             start,
             end,
         }| { [first_day, last_day, start, end].map(|v| bind(Bind::Text(v), &mut binds)) },
    );
    let has_terms = !parts.is_empty();
    let mut selects = Vec::new();
    for kind in &kinds {
        let v = vector(*kind);
        let at = first_event(*kind);
        let mut where_ = String::from("workspace_id = $1 AND deleted_at IS NULL");
        if has_terms {
            where_.push_str(&format!(" AND ({v}) @@ q.q"));
        }
        for p in &tags {
            where_.push_str(&format!(" AND (fields -> 'tags') ? {p}"));
        }
        if let Some([a, b, c, d]) = &range {
            where_.push_str(&format!(
                " AND (({at}) IS NOT NULL AND ((length({at}) = 10 AND ({at}) COLLATE \"C\" BETWEEN {a} AND {b}) OR (length({at}) > 10 AND ({at}) COLLATE \"C\" >= {c} AND ({at}) COLLATE \"C\" < {d})))"
            ));
        }
        let score = if has_terms {
            format!("ts_rank_cd({v}, q.q)::float8")
        } else {
            "0::float8".into()
        };
        selects.push(format!(
            "SELECT '{}'::text AS kind, id, created_at, fields, {score} AS score, {at} AS at FROM {}, q WHERE {where_}",
            kind.name(),
            kind.table()
        ));
    }
    let order = if has_terms {
        "score DESC, id"
    } else {
        "at DESC NULLS LAST, id DESC"
    };
    let lim = bind(Bind::Int(i64::from(limit.clamp(1, MAX_HITS))), &mut binds);
    let sql = format!(
        "WITH q AS (SELECT {} AS q) SELECT kind, id, created_at, fields, score FROM ({}) hits ORDER BY {order} LIMIT {lim}",
        if has_terms {
            tsq.as_str()
        } else {
            "NULL::tsquery"
        },
        selects.join(" UNION ALL ")
    );
    let mut query = sqlx::query(AssertSqlSafe(sql));
    for b in &binds {
        query = match b {
            Bind::Text(t) => query.bind(t),
            Bind::Int(n) => query.bind(n),
        };
    }
    let rows = query.fetch_all(pool).await?;
    let mut hits = Vec::with_capacity(rows.len());
    let mut texts = Vec::new();
    for r in &rows {
        let kind_name: String = r.try_get("kind")?;
        let kind = EntityKind::from_name(&kind_name)
            .ok_or_else(|| ApiError::Internal(format!("search answered a kind '{kind_name}'")))?;
        let id: String = r.try_get("id")?;
        let id: Id = id
            .parse()
            .map_err(|_| ApiError::Internal("a stored id does not parse".into()))?;
        let created: time::OffsetDateTime = r.try_get("created_at")?;
        let fields: sqlx::types::Json<serde_json::Value> = r.try_get("fields")?;
        let score: f64 = r.try_get("score")?;
        let doc = search::doc(
            kind,
            Timestamp::from_datetime(created),
            &fields.0.to_string(),
        )
        .map_err(|e| ApiError::Internal(e.to_string()))?;
        let title = match (&doc.title, kind.parent(), &doc.parent) {
            (t, Some((_, parent_kind)), Some(parent)) if t.is_empty() => {
                parent_title(pool, workspace, parent_kind, parent).await?
            }
            (t, _, _) => t.clone(),
        };
        texts.push(doc.body.clone());
        texts.push(doc.title.clone());
        hits.push(Hit {
            entity: kind,
            id,
            title,
            snippet: String::new(),
            marks: Vec::new(),
            score,
        });
    }
    // Snippets for the hits only: the body around its best match, else the title.
    if has_terms && !hits.is_empty() {
        let mut binds = Vec::new();
        let mut bind = |b: Bind, binds: &mut Vec<Bind>| {
            binds.push(b);
            format!("${}", binds.len())
        };
        let mut parts = Vec::new();
        for t in q.terms.iter().filter(|t| !t.negated) {
            parts.push(term_sql(t, &mut binds, &mut bind));
        }
        let n = binds.len();
        // Bodies (odd places) around their best match; titles (even) whole, as the
        // local store shows them.
        let marks = format!("StartSel=\"{MARK_OPEN}\", StopSel=\"{MARK_CLOSE}\"");
        let body_options = format!(
            "{marks}, MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=\" … \", HighlightAll=false"
        );
        let title_options = format!("{marks}, HighlightAll=true");
        let q = parts.join(" && ");
        let sql = format!(
            "SELECT CASE WHEN n % 2 = 1 THEN ts_headline('simple', t, {q}, ${}) ELSE ts_headline('simple', t, {q}, ${}) END
             FROM unnest(${}::text[]) WITH ORDINALITY u(t, n) ORDER BY n",
            n + 1,
            n + 2,
            n + 3
        );
        let mut query = sqlx::query_scalar::<_, String>(AssertSqlSafe(sql));
        for b in &binds {
            query = match b {
                Bind::Text(t) => query.bind(t),
                Bind::Int(i) => query.bind(i),
            };
        }
        let lines = query
            .bind(body_options)
            .bind(title_options)
            .bind(&texts)
            .fetch_all(pool)
            .await?;
        for (hit, pair) in hits.iter_mut().zip(lines.chunks(2)) {
            let (body, body_marks) = search::unmark(pair.first().map_or("", String::as_str));
            let (title, title_marks) = search::unmark(pair.get(1).map_or("", String::as_str));
            (hit.snippet, hit.marks) = if body_marks.is_empty() && !title_marks.is_empty() {
                (title, title_marks)
            } else {
                (body, body_marks)
            };
        }
    } else {
        for (hit, pair) in hits.iter_mut().zip(texts.chunks(2)) {
            hit.snippet = pair[0].chars().take(120).collect();
        }
    }
    Ok(hits)
}

fn term_sql(
    t: &search::Term,
    binds: &mut Vec<Bind>,
    bind: &mut impl FnMut(Bind, &mut Vec<Bind>) -> String,
) -> String {
    if t.prefix {
        let lexeme: String = t
            .text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let p = bind(Bind::Text(format!("'{lexeme}':*")), binds);
        format!("to_tsquery('simple', {p})")
    } else {
        let p = bind(Bind::Text(t.text.clone()), binds);
        format!("phraseto_tsquery('simple', {p})")
    }
}

async fn parent_title(
    pool: &PgPool,
    workspace: Id,
    kind: EntityKind,
    id: &str,
) -> Result<String, ApiError> {
    let row = sqlx::query(AssertSqlSafe(format!(
        "SELECT created_at, fields FROM {} WHERE workspace_id = $1 AND id = $2 AND deleted_at IS NULL",
        kind.table()
    )))
    .bind(workspace.to_string())
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some(r) = row else {
        return Ok(String::new());
    };
    let created: time::OffsetDateTime = r.try_get("created_at")?;
    let fields: sqlx::types::Json<serde_json::Value> = r.try_get("fields")?;
    Ok(search::doc(
        kind,
        Timestamp::from_datetime(created),
        &fields.0.to_string(),
    )
    .map(|d| d.title)
    .unwrap_or_default())
}
