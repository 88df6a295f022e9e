//! `klanten seed`: many klanten fast, for benchmarks and scale trials. Each klant is stored exactly as a create
//! through the API stores it (klant row with its representation and version 1 as [`super::layout`] makes it, the
//! audit record of the create, the counters), but in bulk: two threads make the rows a thousand klanten at a time while a third
//! hands them to the database, as prepared multi-row inserts with bound values on SQLite ([`seed_sqlite`]) and as
//! `COPY` data on PostgreSQL, all in one transaction, with indexes built once at its end where that is cheaper.
//! No notifications are queued: a seed is not a change any subscriber asked to hear about. Run it while no server
//! writes to the database.
//!
//! 1,000,000 klanten (`klanten seed --klanten 1000000`, this project's 2-core machine): SQLite 277 s → 50.5 s,
//! PostgreSQL 255 s → 57.9 s (2026-12-02). Where the time went before (perf): keeping some twenty indexes in step
//! row by row, the WAL receiving every page and the checkpoint copying it again (SQLite), PostgreSQL parsing and
//! planning each thousand-row insert, and a foreign-key lookup per nested row. On the slower machine of
//! 2026-12-04 (evening), SQLite 131.5 s → 75.9 s with [`seed_sqlite`]: no SQL text made and parsed per row, the
//! statement journal in memory, the `klant` indexes kept.
use sea_orm::sqlx;
use sea_orm::{DatabaseConnection, DbBackend, DbErr};

use super::batch::Batch;
use super::copy::{copy_table, CopyTable};
use super::layout;
use super::rows::TableRows;
use super::seed_sqlite;
use super::write::audit_row;
use crate::domain::audit::AuditInfo;
use crate::domain::description::Klant;
use crate::domain::operation::Operation;
use crate::domain::representation;
use crate::domain::write_records::{Applied, WriteRecords};

const BATCH: u64 = 1000;
/// Threads that make the statements.
const MAKERS: u64 = 2;

/// The i-th seeded klant: a natuurlijk persoon with an adres; `achternaam` repeats every 1,000 klanten and the
/// postcode every 9,000, so that filtered lists have predictable sizes. Written as the body a client would send
/// and read as the klant openapi.yaml describes (a property it does not have is left out, one it adds is its
/// default).
pub fn seed_klant(i: u64, klantnummer: i64) -> Klant {
    let body = serde_json::json!({
        "bronorganisatie": "950428139",
        "klantnummer": klantnummer.to_string(),
        "websiteUrl": "http://www.example.nl",
        "voornaam": format!("Voornaam-{i}"),
        "achternaam": format!("Achternaam-{}", i % 1000),
        "emailadres": format!("klant{i}@example.nl"),
        "subjectType": "natuurlijk_persoon",
        "adres": {
            "straatnaam": "Keizersgracht",
            "huisnummer": (i % 500) + 1,
            "postcode": format!("{}AB", 1000 + i % 9000),
            "woonplaatsnaam": "Amsterdam",
            "landcode": "6030",
        },
        "subjectIdentificatie": {
            "inpBsn": "111222333",
            "geslachtsnaam": format!("Achternaam-{}", i % 1000),
            "voornamen": format!("Voornaam-{i}"),
            "verblijfsadres": {"aoaIdentificatie": format!("{i}"), "gorOpenbareRuimteNaam": "Keizersgracht"},
            "subVerblijfBuitenland": {"lndLandcode": "6030", "lndLandnaam": "Nederland"},
        },
    });
    Klant::from_representation(&uuid::Uuid::new_v4().to_string(), &body)
}

/// What a maker hands to the loader for a thousand klanten.
enum Chunk {
    /// SQLite: the rows of each table, then the statements that count them.
    Rows(Vec<TableRows>, String),
    /// PostgreSQL: the rows of each table as `COPY` data, then the statements that count them.
    Copy(Vec<CopyTable>, String),
}

/// The rows of seeded klanten `first..first + size`, with ids and klantnummers after `before` (id, klantnummer):
/// each klant as a create through the API writes it.
fn chunk(
    backend: DbBackend,
    first: u64,
    size: u64,
    before: (i64, i64),
    records: &WriteRecords,
) -> Result<Chunk, String> {
    let mut klanten = Vec::with_capacity(size as usize);
    let mut audits = Vec::with_capacity(size as usize);
    let mut blocks = std::collections::BTreeMap::<i64, i64>::new();
    for i in first..first + size {
        let id = before.0 + 1 + i as i64;
        let k = seed_klant(i, before.1 + 1 + i as i64);
        let representation = representation::render(&k);
        let applied = Applied {
            operation: Operation::Create,
            uuid: &k.uuid,
            shown: Some(k.unique_representation()),
            oud: None,
            nieuw: Some(&representation),
            subject_type: k.subject_type.as_deref(),
            at: chrono::Utc::now().timestamp_micros(),
        };
        audits.extend(records.audit(&applied).map(audit_row));
        klanten.push((id as i32, k, representation));
        *blocks.entry(id / migration::BLOCK).or_default() += 1;
    }
    let mut counts = Batch::new(backend);
    // the change counter too: a server's cached list pages are checked against it (`store::validation`)
    counts.push_sql(&format!(
        "UPDATE klant_teller SET aantal = aantal + {size}, wijzigingen = wijzigingen + 1 WHERE shard = 0"
    ));
    for (blok, n) in blocks {
        counts.push_sql(&super::plan::block_change(blok, n));
    }
    let mut tables = vec![layout::insert_rows(klanten.iter().map(|(id, k, r)| (*id, k, r.as_str())))];
    tables.extend(TableRows::take(audits)?);
    let counts = counts.into_sql()?;
    Ok(match backend {
        DbBackend::Postgres => Chunk::Copy(tables.iter().map(copy_table).collect::<Result<_, _>>()?, counts),
        _ => Chunk::Rows(tables, counts),
    })
}

fn pg_err(e: sqlx::Error) -> DbErr {
    DbErr::Custom(format!("PostgreSQL: {e}"))
}

async fn execute(tx: &mut sqlx::Transaction<'static, sqlx::Postgres>, sql: &str) -> Result<(), DbErr> {
    sqlx::raw_sql(sql).execute(&mut **tx).await.map(|_| ()).map_err(pg_err)
}

/// Adds `n` klanten of bronorganisatie 950428139 (klantnummers after its highest) to the database at
/// `database_url` (migrated first), audit records made as by `base_url`. It uses one connection of its own.
pub async fn seed(database_url: &str, n: u64, base_url: &str) -> Result<(), DbErr> {
    let sqlite = database_url.starts_with("sqlite:");
    let db = super::migrate_alone(database_url).await?;
    if !sqlite {
        let result = load_postgres(&db, n, base_url).await;
        db.close().await?;
        return result;
    }
    db.close().await?;
    // an in-memory database is refused: its klanten would go with the seed
    let path = super::options::sqlite_file(database_url)?;
    let base_url = base_url.to_string();
    tokio::task::spawn_blocking(move || load_sqlite(&path, n, &base_url))
        .await
        .map_err(|e| DbErr::Custom(format!("the seed's load failed: {e}")))?
}

/// The highest klant id and the highest klantnummer of bronorganisatie 950428139.
const HIGHEST_ID: &str = "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM klant";
const HIGHEST_NUMMER: &str =
    "SELECT CAST(COALESCE(MAX(klantnummer_numeriek), 0) AS BIGINT) FROM klant WHERE bronorganisatie = '950428139'";

/// The threads that make the rows, a thousand klanten at a time in turns, while the loader hands the ones made
/// before to the database; `before` is the highest id and klantnummer already stored.
struct Makers {
    receivers: Vec<tokio::sync::mpsc::Receiver<Result<Chunk, String>>>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Makers {
    fn start(backend: DbBackend, n: u64, before: (i64, i64), base_url: &str) -> Result<Self, DbErr> {
        if before.1 as u64 + n > super::MAX_GENERATED_KLANTNUMMER as u64 {
            return Err(DbErr::Custom("not enough klantnummers left in bronorganisatie 950428139".into()));
        }
        let (receivers, threads) = (0..MAKERS)
            .map(|m| {
                let (tx_chunk, rx_chunk) = tokio::sync::mpsc::channel::<Result<Chunk, String>>(2);
                let records = WriteRecords {
                    base_url: base_url.to_string(),
                    who: AuditInfo { applicatie_weergave: "klanten seed".into(), ..AuditInfo::default() },
                };
                let thread = std::thread::Builder::new().name(format!("seed-rows-{m}")).spawn(move || {
                    let mut first = m * BATCH;
                    while first < n {
                        let size = (n - first).min(BATCH);
                        if tx_chunk.blocking_send(chunk(backend, first, size, before, &records)).is_err() {
                            return;
                        }
                        first += MAKERS * BATCH;
                    }
                });
                thread.map(|t| (rx_chunk, t))
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| DbErr::Custom(format!("starting the row makers: {e}")))?
            .into_iter()
            .unzip();
        Ok(Makers { receivers, threads })
    }

    fn turns(n: u64) -> u64 {
        n.div_ceil(BATCH)
    }

    fn made(chunk: Option<Result<Chunk, String>>) -> Result<Chunk, DbErr> {
        chunk.ok_or_else(|| DbErr::Custom("making the seeded rows failed".into()))?.map_err(DbErr::Custom)
    }

    /// The chunk of `turn`, waiting for it (in a thread that may block).
    fn blocking_next(&mut self, turn: u64) -> Result<Chunk, DbErr> {
        Self::made(self.receivers[(turn % MAKERS) as usize].blocking_recv())
    }

    /// The chunk of `turn`, waiting for it.
    async fn next(&mut self, turn: u64) -> Result<Chunk, DbErr> {
        Self::made(self.receivers[(turn % MAKERS) as usize].recv().await)
    }

    fn join(self) -> Result<(), DbErr> {
        drop(self.receivers);
        for thread in self.threads {
            thread.join().map_err(|_| DbErr::Custom("making the seeded rows failed: a maker panicked".into()))?;
        }
        Ok(())
    }
}

/// The SQLite load: all of it one transaction ([`seed_sqlite::Load`]), so a seed that fails or is killed leaves
/// the database as it was. The non-unique indexes of the narrow tables are dropped inside it and built again at
/// its end ([`seed_sqlite::Load::rebuilt_indexes`]). The unique ones stay, so that the seed still cannot store a
/// duplicate uuid or klantnummer.
fn load_sqlite(path: &std::path::Path, n: u64, base_url: &str) -> Result<(), DbErr> {
    let load = seed_sqlite::Load::begin(path)?;
    let before = (load.query_i64(HIGHEST_ID)?, load.query_i64(HIGHEST_NUMMER)?);
    let mut makers = Makers::start(DbBackend::Sqlite, n, before, base_url)?;
    let indexes = load.rebuilt_indexes()?;
    for (name, _) in &indexes {
        load.execute(&format!("DROP INDEX \"{name}\""))?;
    }
    // The rows are freed on a thread of their own: freeing the memory another thread allocated takes the loader
    // a lock per value (3.5% of its time, perf), and the loader is the critical path.
    let (used, freed) = std::sync::mpsc::channel::<Vec<TableRows>>();
    let freer = std::thread::Builder::new()
        .name("seed-free".into())
        .spawn(move || freed.into_iter().for_each(drop))
        .map_err(|e| DbErr::Custom(format!("starting the seed: {e}")))?;
    let mut progress = crate::progress::Progress::new("seeding", "klanten", Some(n), true);
    for turn in 0..Makers::turns(n) {
        progress.add((n - turn * BATCH).min(BATCH));
        let Chunk::Rows(tables, counts) = makers.blocking_next(turn)? else {
            return Err(DbErr::Custom("COPY data for SQLite".into()));
        };
        for table in &tables {
            load.insert(table)?;
        }
        load.execute(&counts)?;
        let _ = used.send(tables);
    }
    drop(used);
    let _ = freer.join();
    for (_, sql) in &indexes {
        load.execute(sql)?;
    }
    load.commit()?;
    let _ = progress.finish("seeded");
    makers.join()
}

/// The PostgreSQL load: one transaction of sqlx's own (which `COPY` needs), the rows as `COPY` data. The
/// non-unique indexes are dropped and built again at its end as on SQLite, and so are the unique constraints:
/// added again inside the transaction, they are checked just the same, so a duplicate still fails the whole
/// seed. Each insert into the index of a random uuid touches a random page; built at the end it is one sort.
async fn load_postgres(db: &DatabaseConnection, n: u64, base_url: &str) -> Result<(), DbErr> {
    let mut tx = db.get_postgres_connection_pool().begin().await.map_err(pg_err)?;
    let before = (
        sqlx::query_scalar::<_, i64>(HIGHEST_ID).fetch_one(&mut *tx).await.map_err(pg_err)?,
        sqlx::query_scalar::<_, i64>(HIGHEST_NUMMER).fetch_one(&mut *tx).await.map_err(pg_err)?,
    );
    let mut makers = Makers::start(DbBackend::Postgres, n, before, base_url)?;
    // the indexes built at the end sort every row of their table: with the default 64 MB each sort spills to
    // disk in many runs
    execute(&mut tx, "SET LOCAL maintenance_work_mem = '256MB'").await?;
    // The nested rows and audit records name klanten this transaction inserts right before them, so their foreign
    // keys hold by construction; checking them costs a lookup per row. A superuser may skip the checks for this
    // transaction (`session_replication_role`); anyone else's seed checks them.
    let superuser: bool = sqlx::query_scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        .fetch_optional(&mut *tx)
        .await
        .map_err(pg_err)?
        .unwrap_or(false);
    if superuser {
        execute(&mut tx, "SET LOCAL session_replication_role = replica").await?;
    }
    let set_aside = SetAside::take(&mut tx).await?;
    let mut progress = crate::progress::Progress::new("seeding", "klanten", Some(n), true);
    for turn in 0..Makers::turns(n) {
        progress.add((n - turn * BATCH).min(BATCH));
        let Chunk::Copy(tables, counts) = makers.next(turn).await? else {
            return Err(DbErr::Custom("SQLite rows for PostgreSQL".into()));
        };
        for table in tables {
            let mut copy = tx.copy_in_raw(&table.statement).await.map_err(pg_err)?;
            copy.send(table.data).await.map_err(pg_err)?;
            copy.finish().await.map_err(pg_err)?;
        }
        execute(&mut tx, &counts).await?;
    }
    set_aside.restore(&mut tx).await?;
    // ids were given explicitly: the sequences must continue after them
    for table in ["klant", "audit_trail"] {
        execute(
            &mut tx,
            &format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
            ),
        )
        .await?;
    }
    tx.commit().await.map_err(pg_err)?;
    let _ = progress.finish("seeded");
    makers.join()
}

/// PostgreSQL: the indexes and unique constraints of the schema, set aside for a bulk load inside its transaction
/// and made again at its end. Every index that backs no constraint, the unique one of (bronorganisatie,
/// klantnummer) included: kept in step row by row it compared text under the database's collation for every klant
/// (`_bt_compare`, `strcoll` in a profile); built again inside the transaction it refuses a duplicate just the
/// same. Each insert into the index of a random uuid touches a random page; built at the end it is one sort.
pub(super) struct SetAside {
    indexes: Vec<(String, String)>,
    /// table, name, definition
    constraints: Vec<(String, String, String)>,
}

impl SetAside {
    pub(super) async fn take(tx: &mut sqlx::Transaction<'static, sqlx::Postgres>) -> Result<Self, DbErr> {
        // every index that backs no constraint, the unique one of (bronorganisatie, klantnummer) included: kept in
        // step row by row it compared text under the database's collation for every klant (`_bt_compare`, `strcoll`
        // in a profile); built again inside the transaction it refuses a duplicate just the same
        let indexes: Vec<(String, String)> = sqlx::query_as(
            "SELECT i.relname::text, pg_get_indexdef(i.oid) FROM pg_index x \
             JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace \
             WHERE n.nspname = current_schema() \
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY 1",
        )
        .fetch_all(&mut **tx)
        .await
        .map_err(pg_err)?;
        for (name, _) in &indexes {
            execute(tx, &format!("DROP INDEX \"{name}\"")).await?;
        }
        // table, name, definition
        let constraints: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT c.conrelid::regclass::text, c.conname::text, pg_get_constraintdef(c.oid) FROM pg_constraint c \
             JOIN pg_namespace n ON n.oid = c.connamespace \
             WHERE n.nspname = current_schema() AND c.contype = 'u' ORDER BY 1, 2",
        )
        .fetch_all(&mut **tx)
        .await
        .map_err(pg_err)?;
        for (table, name, _) in &constraints {
            execute(tx, &format!("ALTER TABLE \"{table}\" DROP CONSTRAINT \"{name}\"")).await?;
        }
        Ok(SetAside { indexes, constraints })
    }

    pub(super) async fn restore(self, tx: &mut sqlx::Transaction<'static, sqlx::Postgres>) -> Result<(), DbErr> {
        for (_, sql) in &self.indexes {
            execute(tx, sql).await?;
        }
        for (table, name, definition) in &self.constraints {
            execute(tx, &format!("ALTER TABLE \"{table}\" ADD CONSTRAINT \"{name}\" {definition}")).await?;
        }
        Ok(())
    }
}
