//! `klanten import`: a registry stream ([`super::stream`]) into a database, as **one transaction**: an
//! import that fails (a wrong line, the database) leaves the database as it was, and names the line. The klanten
//! keep their uuids, klantnummers, order and representations byte for byte (rendered again only when the stream
//! was written with another description of the klant, its `shape`); their rows are made as every write makes them
//! ([`super::layout`]); the audit records and the outbox rows are stored as they are. The rows go in bulk, as
//! `klanten seed` loads them: bound prepared inserts on SQLite ([`super::seed_sqlite::Load`]) and binary `COPY` on
//! PostgreSQL ([`super::copy`]).
use std::collections::BTreeMap;
use std::io::BufRead;

use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{sqlx, DbErr};

use super::copy::copy_table;
use super::entity::{audit_trail, outbox};
use super::layout;
use super::rows::TableRows;
use super::seed_sqlite::Load;
use super::stream::{AuditLine, Counts, FormatError, KlantLine, Line, OutboxLine, Reader};
use crate::domain::description::{klant_url, Klant, SHAPE};
use crate::domain::representation;

/// Rows per bulk insert.
const CHUNK: usize = 1_000;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Format(#[from] FormatError),
    #[error(
        "the database holds {klanten} klanten and {audit_records} audit records already: import into an empty \
         database, or give --append to add to them"
    )]
    NotEmpty { klanten: i64, audit_records: i64 },
    #[error("{0}")]
    Db(#[from] DbErr),
}

/// Where the rows go: the import's one transaction.
enum Target {
    Sqlite(Load),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

impl Target {
    async fn query_i64(&mut self, sql: &str) -> Result<i64, DbErr> {
        match self {
            Target::Sqlite(load) => load.query_i64(sql),
            Target::Postgres(tx) => sqlx::query_scalar::<_, i64>(sql).fetch_one(&mut **tx).await.map_err(pg_err),
        }
    }

    async fn execute(&mut self, sql: &str) -> Result<(), DbErr> {
        match self {
            Target::Sqlite(load) => load.execute(sql),
            Target::Postgres(tx) => sqlx::raw_sql(sql).execute(&mut **tx).await.map(|_| ()).map_err(pg_err),
        }
    }

    async fn insert(&mut self, rows: TableRows) -> Result<(), DbErr> {
        if rows.values.is_empty() {
            return Ok(());
        }
        match self {
            Target::Sqlite(load) => load.insert(&rows),
            Target::Postgres(tx) => {
                let table = copy_table(&rows).map_err(DbErr::Custom)?;
                let mut copy = tx.copy_in_raw(&table.statement).await.map_err(pg_err)?;
                copy.send(table.data).await.map_err(pg_err)?;
                copy.finish().await.map(|_| ()).map_err(pg_err)
            }
        }
    }

    async fn commit(self) -> Result<(), DbErr> {
        match self {
            Target::Sqlite(load) => load.commit(),
            Target::Postgres(tx) => tx.commit().await.map_err(pg_err),
        }
    }
}

/// The indexes an import into an empty database builds at its end.
enum SetAside {
    Postgres(super::seed::SetAside),
    /// name and statement of each
    Sqlite(Vec<(String, String)>),
}

fn pg_err(e: sqlx::Error) -> DbErr {
    DbErr::Custom(format!("PostgreSQL: {e}"))
}

/// Imports the stream of `reader` into the database at `database_url` (migrated first), calling `progress` with
/// the number of lines stored since its last call. Refuses a database that holds klanten or audit records unless
/// `append` (the klanten then follow the ones there; a uuid or a (bronorganisatie, klantnummer) pair that is there
/// already fails the whole import).
pub async fn import<R: BufRead + Send + 'static>(
    database_url: &str,
    reader: Reader<R>,
    append: bool,
    mut progress: impl FnMut(u64),
) -> Result<Counts, ImportError> {
    let db = super::migrate_alone(database_url).await?;
    let mut target = if database_url.starts_with("sqlite:") {
        db.close().await?;
        Target::Sqlite(Load::begin(&super::options::sqlite_file(database_url)?)?)
    } else {
        let tx = db.get_postgres_connection_pool().begin().await.map_err(pg_err)?;
        Target::Postgres(tx)
    };
    let klanten = target.query_i64("SELECT CAST(count(*) AS BIGINT) FROM klant").await?;
    let audit_records = target.query_i64("SELECT CAST(count(*) AS BIGINT) FROM audit_trail").await?;
    if (klanten > 0 || audit_records > 0) && !append {
        return Err(ImportError::NotEmpty { klanten, audit_records });
    }
    let next_id = target.query_i64("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM klant").await?;
    // Into an empty database, as `klanten seed` loads: indexes built once at the end, inside the transaction (a
    // duplicate in the stream still fails the whole import when its unique index is made again).
    let empty = klanten == 0 && audit_records == 0;
    let set_aside = match &mut target {
        Target::Postgres(tx) if empty => {
            sqlx::raw_sql("SET LOCAL maintenance_work_mem = '256MB'").execute(&mut **tx).await.map_err(pg_err)?;
            Some(SetAside::Postgres(super::seed::SetAside::take(tx).await?))
        }
        Target::Sqlite(load) if empty => {
            let indexes = load.rebuilt_indexes()?;
            for (name, _) in &indexes {
                load.execute(&format!("DROP INDEX \"{name}\""))?;
            }
            Some(SetAside::Sqlite(indexes))
        }
        _ => None,
    };
    // The lines are read, checked and made into rows on a thread of their own, while this task hands the rows made
    // before to the database: the two halves took about as long each.
    let (sender, mut made) = tokio::sync::mpsc::channel::<Result<(TableRows, u64), ImportError>>(4);
    let maker = std::thread::Builder::new()
        .name("import-rows".into())
        .spawn(move || make_rows(reader, next_id, sender))
        .map_err(|e| DbErr::Custom(format!("starting the import: {e}")))?;
    while let Some(rows) = made.recv().await {
        let (rows, lines) = rows?;
        target.insert(rows).await?;
        progress(lines);
    }
    let (counts, blocks) = maker.join().map_err(|_| DbErr::Custom("making the rows failed: a panic".into()))??;
    match (set_aside, &mut target) {
        (Some(SetAside::Postgres(s)), Target::Postgres(tx)) => s.restore(tx).await?,
        (Some(SetAside::Sqlite(indexes)), Target::Sqlite(load)) => {
            for (_, sql) in &indexes {
                load.execute(sql)?;
            }
        }
        _ => {}
    }
    // the counters every create keeps (`store::plan`), and the sequences after the ids given here
    let mut counters = format!(
        "UPDATE klant_teller SET aantal = aantal + {}, wijzigingen = wijzigingen + 1 WHERE shard = 0",
        counts.klanten
    );
    for (blok, n) in blocks {
        counters.push_str(";\n");
        counters.push_str(&super::plan::block_change(blok, n));
    }
    target.execute(&counters).await?;
    if let Target::Postgres(_) = target {
        for table in ["klant", "audit_trail", "outbox"] {
            target
                .execute(&format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
                ))
                .await?;
        }
    }
    target.commit().await?;
    Ok(counts)
}

/// Reads the stream's records and sends their rows in chunks (with the number of lines each holds), the klanten
/// numbered after `next_id`; returns the counts and the klanten per block of ids. Stops when the receiver is gone.
fn make_rows<R: BufRead>(
    mut reader: Reader<R>,
    mut next_id: i64,
    sender: tokio::sync::mpsc::Sender<Result<(TableRows, u64), ImportError>>,
) -> Result<(Counts, BTreeMap<i64, i64>), ImportError> {
    let same_shape = reader.shape == SHAPE;
    let mut counts = Counts::default();
    let mut blocks: BTreeMap<i64, i64> = BTreeMap::new();
    let mut klant_rows: Vec<(i32, Klant, String)> = Vec::with_capacity(CHUNK);
    let mut audits: Vec<audit_trail::ActiveModel> = Vec::with_capacity(CHUNK);
    let mut outbox_rows: Vec<outbox::ActiveModel> = Vec::new();
    let send = |rows: Result<TableRows, ImportError>, n: usize| -> Result<(), ImportError> {
        let failed = rows.as_ref().is_err();
        let gone = sender.blocking_send(rows.map(|r| (r, n as u64))).is_err();
        if gone || failed {
            // the receiver stopped (its own error is the one reported) or this error was sent
            return Err(ImportError::Db(DbErr::Custom("the import stopped".into())));
        }
        Ok(())
    };
    let result = (|| -> Result<(), ImportError> {
        loop {
            let record = reader.next_record()?;
            let line = reader.line();
            let (done, klant, outbox_line) =
                (record.is_none(), matches!(record, Some(Line::Klant(_))), matches!(record, Some(Line::Outbox(_))));
            match record {
                Some(Line::Klant(k)) => {
                    next_id += 1;
                    let id = i32::try_from(next_id).map_err(|_| DbErr::Custom("klant ids exhausted".into()))?;
                    let (klant, text) = klant_of(&k, same_shape).map_err(|problem| FormatError { line, problem })?;
                    klant_rows.push((id, klant, text));
                    *blocks.entry(next_id / migration::BLOCK).or_default() += 1;
                    counts.klanten += 1;
                }
                Some(Line::Audit(a)) => {
                    audits.push(audit_row(a));
                    counts.audit_records += 1;
                }
                Some(Line::Outbox(o)) => {
                    if o.status != outbox::PENDING && o.status != outbox::FAILED {
                        let problem = format!("an outbox row of status {:?} (pending or failed only)", o.status);
                        return Err(FormatError { line, problem }.into());
                    }
                    outbox_rows.push(outbox_row(o));
                    counts.outbox += 1;
                }
                Some(Line::Header { .. } | Line::End { .. }) | None => {}
            }
            if klant_rows.len() >= CHUNK || (done || !klant) && !klant_rows.is_empty() {
                let rows = layout::insert_rows(klant_rows.iter().map(|(id, k, r)| (*id, k, r.as_str())));
                send(Ok(rows), klant_rows.len())?;
                klant_rows.clear();
            }
            if audits.len() >= CHUNK || (done || outbox_line) && !audits.is_empty() {
                let n = audits.len();
                send(taken(std::mem::take(&mut audits)).map_err(ImportError::from), n)?;
            }
            if outbox_rows.len() >= CHUNK || done && !outbox_rows.is_empty() {
                let n = outbox_rows.len();
                send(taken(std::mem::take(&mut outbox_rows)).map_err(ImportError::from), n)?;
            }
            if done {
                return Ok(());
            }
        }
    })();
    match result {
        Ok(()) => Ok((counts, blocks)),
        Err(e) => {
            // the reason goes to the receiver, which reports it
            let _ = sender.blocking_send(Err(e));
            Err(ImportError::Db(DbErr::Custom("the import stopped".into())))
        }
    }
}

/// The rows of `models` (none: an empty set).
fn taken<A: sea_orm::ActiveModelTrait>(models: Vec<A>) -> Result<TableRows, DbErr> {
    let rows = TableRows::take(models).map_err(DbErr::Custom)?;
    Ok(rows.unwrap_or(TableRows { table: String::new(), columns: Vec::new(), values: Vec::new() }))
}

/// The klant of a klant line and the representation to store: the line's own text when the stream has this
/// build's shape, else rendered again.
fn klant_of(line: &KlantLine, same_shape: bool) -> Result<(Klant, String), String> {
    uuid::Uuid::parse_str(&line.uuid).map_err(|e| format!("uuid {:?} is no uuid: {e}", line.uuid))?;
    let value: serde_json::Value =
        serde_json::from_str(&line.representation).map_err(|e| format!("the representation is no JSON: {e}"))?;
    let url = value.get("url").and_then(serde_json::Value::as_str);
    if !value.is_object() || url != Some(klant_url("", &line.uuid).as_str()) {
        return Err(format!(
            "the representation is no klant's of uuid {} (its url must be {})",
            line.uuid,
            klant_url("", &line.uuid)
        ));
    }
    let klant = Klant::from_representation(&line.uuid, &value);
    let text = if same_shape { line.representation.clone() } else { representation::render(&klant) };
    Ok((klant, text))
}

/// The row of an audit line; its id is given by the database.
fn audit_row(a: AuditLine) -> audit_trail::ActiveModel {
    use sea_orm::{ActiveModelTrait, IntoActiveModel};
    // every column set (a model's own active model holds them as unchanged), but the id
    audit_trail::ActiveModel { id: NotSet, ..a.into_active_model().reset_all() }
}

fn outbox_row(o: OutboxLine) -> outbox::ActiveModel {
    let OutboxLine { status, attempts, created_at, next_attempt_at, last_error, message } = o;
    outbox::ActiveModel {
        id: NotSet,
        payload: Set(message),
        created_at: Set(created_at),
        status: Set(status),
        attempts: Set(attempts),
        next_attempt_at: Set(next_attempt_at),
        last_error: Set(last_error),
        locked_until: Set(None),
        locked_by: Set(None),
        delivered_at: Set(None),
    }
}
