//! Brings a migrated database to the [`layout`] of this build, at start-up and by `klanten migrate`: what
//! follows from `openapi.yaml` needs no migration written by hand (README, "Changing openapi.yaml").
//!
//! 1. A filter column the klant table lacks is added (`""` for every row until step 2 fills it).
//! 2. Every row whose `shape` is not this build's layout (a property added or removed, a filter added, a database
//!    of a previous release) is rendered again: its representation read back as the klant it describes, which
//!    answers a new property with its default (`""`, `null`) and drops a removed one, rendered in the OAS order,
//!    and its filter columns filled. In batches of [`BATCH`] rows, each batch one transaction, in id order, with
//!    progress in the log; a run that stops (killed, the database gone) leaves every row either done or not, and
//!    the next run does the rest. A row changed meanwhile by a server (another instance on the same PostgreSQL
//!    database) is left to that write: each update holds the version it read.
//! 3. Each filter column gets its partial index `(column, id) WHERE column <> ''` (the filters' condition names
//!    the same term, so both databases use it whatever their statistics say); the index of a filter this build no
//!    longer has is dropped (its column stays, unread).
use sea_orm::sea_query::{Alias, Expr};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement, TransactionTrait, Value};

use super::layout::{self, filter_columns, layout};
use crate::domain::description::{Klant, FILTERS};
use crate::domain::representation;

/// Rows rendered again per transaction.
const BATCH: i64 = 500;

/// The prefix of a filter index's name.
const INDEX_PREFIX: &str = "klant_filter_";

/// What a sync did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Synced {
    pub columns_added: Vec<String>,
    pub rendered: u64,
    pub indexes_created: Vec<String>,
    pub indexes_dropped: Vec<String>,
}

/// Brings the database to this build's layout (see the module's documentation).
pub async fn sync(db: &DatabaseConnection) -> Result<Synced, DbErr> {
    let mut synced = Synced::default();
    let backend = db.get_database_backend();
    let existing = names(db, &columns_sql(backend)).await?;
    for (_, column) in filter_columns() {
        if !existing.iter().any(|c| c == column) {
            let if_not = if backend == DbBackend::Postgres { "IF NOT EXISTS " } else { "" };
            db.execute_unprepared(&format!(
                "ALTER TABLE klant ADD COLUMN {if_not}\"{column}\" TEXT NOT NULL DEFAULT ''"
            ))
            .await?;
            synced.columns_added.push(column.to_string());
        }
    }
    synced.rendered = render_again(db).await?;
    let indexes = names(db, &indexes_sql(backend)).await?;
    let wanted: Vec<String> = FILTERS.iter().map(|f| index_name(f.column)).collect();
    for name in indexes.iter().filter(|n| n.starts_with(INDEX_PREFIX) && !wanted.contains(n)) {
        db.execute_unprepared(&format!("DROP INDEX IF EXISTS \"{name}\"")).await?;
        synced.indexes_dropped.push(name.clone());
    }
    for f in &FILTERS {
        let name = index_name(f.column);
        if !indexes.contains(&name) && !synced.indexes_created.contains(&name) {
            let column = f.column;
            tracing::info!(index = %name, "indexing a filter column");
            db.execute_unprepared(&format!(
                "CREATE INDEX IF NOT EXISTS \"{name}\" ON klant (\"{column}\", id) WHERE \"{column}\" {}",
                migration::NON_EMPTY
            ))
            .await?;
            synced.indexes_created.push(name);
        }
    }
    if synced != Synced::default() {
        tracing::info!(?synced, "the database follows openapi.yaml of this build");
    }
    Ok(synced)
}

/// The name of the index of a filter column.
pub fn index_name(column: &str) -> String {
    format!("{INDEX_PREFIX}{column}")
}

/// Renders every row of another layout again; returns how many.
async fn render_again(db: &DatabaseConnection) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    let layout = layout();
    let count_sql = "SELECT CAST(count(*) AS BIGINT) AS n FROM klant WHERE shape <> $1";
    let total = db
        .query_one(Statement::from_sql_and_values(backend, count_sql, [layout.into()]))
        .await?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or(0);
    if total == 0 {
        return Ok(0);
    }
    tracing::info!(klanten = total, "rendering stored klanten in the layout of this build");
    let mut progress = crate::progress::Progress::new("rendering stored klanten", "klanten", Some(total as u64), false);
    let select = format!(
        "SELECT id, uuid, version, representation FROM klant WHERE shape <> $1 AND id > $2 ORDER BY id LIMIT {BATCH}"
    );
    let (mut last, mut done) = (0i64, 0u64);
    loop {
        let rows = db
            .query_all(Statement::from_sql_and_values(backend, &select, [layout.into(), Value::BigInt(Some(last))]))
            .await?;
        let Some(end) = rows.last() else { break };
        last = i64::from(end.try_get::<i32>("", "id")?);
        let tx = db.begin().await?;
        for row in &rows {
            let id: i32 = row.try_get("", "id")?;
            let uuid: String = row.try_get("", "uuid")?;
            let version: i64 = row.try_get("", "version")?;
            let stored = super::packing::column(row, "representation")?;
            let value: serde_json::Value = serde_json::from_str(&stored)
                .map_err(|e| DbErr::Custom(format!("the stored representation of klant {uuid} is not JSON: {e}")))?;
            let klant = Klant::from_representation(&uuid, &value);
            let rendered = representation::render(&klant);
            // a changed representation is a new version (caches of other instances check it); the same one is not
            let next = if rendered == stored { version } else { version + 1 };
            let update = layout::update(id, next, &klant, &rendered)
                .and_where(Expr::col(Alias::new("version")).eq(version))
                .to_owned();
            let (sql, values) = match backend {
                DbBackend::Postgres => update.build(sea_orm::sea_query::PostgresQueryBuilder),
                _ => update.build(sea_orm::sea_query::SqliteQueryBuilder),
            };
            tx.execute(Statement::from_sql_and_values(backend, sql, values)).await?;
            if backend == DbBackend::Postgres && next != version {
                tx.execute(Statement::from_sql_and_values(
                    backend,
                    format!("SELECT pg_notify('{}', $1)", super::plan::INVALIDATION_CHANNEL),
                    [uuid.into()],
                ))
                .await?;
            }
        }
        // cached list pages (this and other instances) are checked against the change counter
        tx.execute_unprepared("UPDATE klant_teller SET wijzigingen = wijzigingen + 1 WHERE shard = 0").await?;
        tx.commit().await?;
        done += rows.len() as u64;
        progress.add(rows.len() as u64);
    }
    tracing::info!("{}", progress.finish(&format!("rendered {done} stored klanten")));
    Ok(done)
}

async fn names(db: &DatabaseConnection, sql: &str) -> Result<Vec<String>, DbErr> {
    let rows = db.query_all(Statement::from_string(db.get_database_backend(), sql)).await?;
    rows.iter().map(|r| r.try_get::<String>("", "name")).collect()
}

fn columns_sql(backend: DbBackend) -> String {
    match backend {
        DbBackend::Postgres => "SELECT column_name::text AS name FROM information_schema.columns \
                                WHERE table_schema = current_schema() AND table_name = 'klant'"
            .into(),
        // not the text the backfill (migration 3) asks: sqlx keeps a connection's statements prepared, and a kept
        // statement over `pragma_table_info` answered the columns from before this process's migrations
        _ => "SELECT name AS name FROM pragma_table_info('klant') AS columns".into(),
    }
}

fn indexes_sql(backend: DbBackend) -> String {
    match backend {
        DbBackend::Postgres => "SELECT indexname::text AS name FROM pg_indexes \
                                WHERE schemaname = current_schema() AND tablename = 'klant'"
            .into(),
        _ => "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'klant'".into(),
    }
}
