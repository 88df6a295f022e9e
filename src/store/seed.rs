//! `klanten seed`: many klanten fast, for benchmarks and scale trials. Each klant is stored exactly as a create
//! through the API stores it (klant row with its representation and version 1, nested rows, the audit record of
//! the create, the counters), but in bulk: two threads make the rows a thousand klanten at a time while a third
//! hands them to the database, as multi-row inserts on SQLite and as `COPY` data on PostgreSQL, all in one
//! transaction, with the non-unique indexes built once at its end. No notifications are queued: a seed is not a
//! change any subscriber asked to hear about. Run it while no server writes to the database.
//!
//! 1,000,000 klanten (`klanten seed --klanten 1000000`, this project's 2-core machine): SQLite 277 s → 50.5 s,
//! PostgreSQL 255 s → 57.9 s. Where the time went before (perf): keeping some twenty indexes in step row by row,
//! the WAL receiving every page and the checkpoint copying it again (SQLite), PostgreSQL parsing and planning
//! each thousand-row insert, and a foreign-key lookup per nested row.
use sea_orm::sqlx;
use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, Statement, TransactionTrait};

use super::batch::Batch;
use super::convert::*;
use super::copy::{copy_table, CopyTable};
use super::entity::*;
use super::nested::NewRows;
use super::write::audit_row;
use crate::domain::audit::AuditInfo;
use crate::domain::model::*;
use crate::domain::operation::Operation;
use crate::domain::representation;
use crate::domain::write_records::{Applied, WriteRecords};

const BATCH: u64 = 1000;
/// Threads that make the statements.
const MAKERS: u64 = 2;

/// The i-th seeded klant: a natuurlijk persoon with an adres; `achternaam` repeats every 1,000 klanten and the
/// postcode every 9,000, so that filtered lists have predictable sizes.
pub fn seed_klant(i: u64, klantnummer: i64) -> Klant {
    Klant {
        uuid: uuid::Uuid::new_v4().to_string(),
        bronorganisatie: "950428139".into(),
        klantnummer: klantnummer.to_string(),
        website_url: "http://www.example.nl".into(),
        voornaam: format!("Voornaam-{i}"),
        achternaam: format!("Achternaam-{}", i % 1000),
        emailadres: format!("klant{i}@example.nl"),
        subject_type: Some("natuurlijk_persoon".into()),
        adres: Some(Adres {
            straatnaam: "Keizersgracht".into(),
            huisnummer: Some((i % 500) as i32 + 1),
            postcode: format!("{}AB", 1000 + i % 9000),
            woonplaatsnaam: "Amsterdam".into(),
            landcode: "6030".into(),
            ..Adres::default()
        }),
        natuurlijk_persoon: Some(NatuurlijkPersoon {
            inp_bsn: "111222333".into(),
            geslachtsnaam: format!("Achternaam-{}", i % 1000),
            voornamen: format!("Voornaam-{i}"),
            ..NatuurlijkPersoon::default()
        }),
        verblijfsadres: Some(Verblijfsadres {
            aoa_identificatie: format!("{i}"),
            gor_openbare_ruimte_naam: "Keizersgracht".into(),
            ..Verblijfsadres::default()
        }),
        sub_verblijf_buitenland: Some(SubVerblijfBuitenland {
            lnd_landcode: "6030".into(),
            lnd_landnaam: "Nederland".into(),
            ..SubVerblijfBuitenland::default()
        }),
        ..Klant::default()
    }
}

/// What a maker hands to the loader for a thousand klanten.
enum Chunk {
    /// SQLite: the statements, values inlined.
    Sql(String),
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
    let mut nested = NewRows::default();
    let mut blocks = std::collections::BTreeMap::<i64, i64>::new();
    for i in first..first + size {
        let id = before.0 + 1 + i as i64;
        let k = seed_klant(i, before.1 + 1 + i as i64);
        let representation = representation::render(&k);
        let applied = Applied {
            operation: Operation::Create,
            uuid: &k.uuid,
            shown: Some(&k),
            oud: None,
            nieuw: Some(&representation),
            subject_type: k.subject_type.as_deref(),
            at: chrono::Utc::now().timestamp_micros(),
        };
        audits.extend(records.audit(&applied).map(audit_row));
        let mut am = klant_active(&k, representation);
        am.id = Set(id as i32);
        am.version = Set(1);
        klanten.push(am);
        nested.add(id as i32, &k);
        *blocks.entry(id / migration::BLOCK).or_default() += 1;
    }
    let mut counts = Batch::new(backend);
    counts.push_sql(&format!("UPDATE klant_teller SET aantal = aantal + {size} WHERE shard = 0"));
    for (blok, n) in blocks {
        counts.push_sql(&super::group::block_change(blok, n));
    }
    if backend == DbBackend::Postgres {
        let mut tables: Vec<CopyTable> = copy_table(&klanten)?.into_iter().collect();
        tables.extend(nested.copy()?);
        tables.extend(copy_table(&audits)?);
        return Ok(Chunk::Copy(tables, counts.into_sql()));
    }
    let mut sql = Batch::new(backend);
    sql.push(klant::Entity::insert_many(klanten));
    nested.write(&mut sql);
    sql.push(audit_trail::Entity::insert_many(audits));
    sql.push_sql(&counts.into_sql());
    Ok(Chunk::Sql(sql.into_sql()))
}

/// The seed's one transaction: sea-orm's on SQLite, sqlx's own on PostgreSQL (which `COPY` needs).
enum Load {
    Sqlite(sea_orm::DatabaseTransaction),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

fn pg_err(e: sqlx::Error) -> DbErr {
    DbErr::Custom(format!("PostgreSQL: {e}"))
}

impl Load {
    async fn begin(db: &DatabaseConnection) -> Result<Self, DbErr> {
        Ok(match db.get_database_backend() {
            DbBackend::Postgres => Load::Postgres(db.get_postgres_connection_pool().begin().await.map_err(pg_err)?),
            _ => Load::Sqlite(db.begin().await?),
        })
    }

    async fn execute(&mut self, sql: &str) -> Result<(), DbErr> {
        match self {
            Load::Sqlite(tx) => tx.execute_unprepared(sql).await.map(|_| ()),
            Load::Postgres(tx) => sqlx::raw_sql(sql).execute(&mut **tx).await.map(|_| ()).map_err(pg_err),
        }
    }

    async fn write(&mut self, chunk: Chunk) -> Result<(), DbErr> {
        match (self, chunk) {
            (Load::Postgres(tx), Chunk::Copy(tables, counts)) => {
                for table in tables {
                    let mut copy = tx.copy_in_raw(&table.statement).await.map_err(pg_err)?;
                    copy.send(table.data).await.map_err(pg_err)?;
                    copy.finish().await.map_err(pg_err)?;
                }
                sqlx::raw_sql(&counts).execute(&mut **tx).await.map_err(pg_err)?;
                Ok(())
            }
            (load, Chunk::Sql(sql)) => load.execute(&sql).await,
            (Load::Sqlite(_), Chunk::Copy(..)) => Err(DbErr::Custom("COPY data for SQLite".into())),
        }
    }

    /// PostgreSQL's unique constraints of the schema (table, name, definition): dropped for the load and added
    /// again at its end, inside its transaction, so that a duplicate still fails the whole seed. Each insert into
    /// the index of a random uuid touches a random page; built at the end it is one sort. (SQLite cannot drop a
    /// constraint; there they stay.)
    async fn unique_constraints(&mut self) -> Result<Vec<(String, String, String)>, DbErr> {
        match self {
            Load::Sqlite(_) => Ok(Vec::new()),
            Load::Postgres(tx) => sqlx::query_as::<_, (String, String, String)>(
                "SELECT c.conrelid::regclass::text, c.conname::text, pg_get_constraintdef(c.oid) FROM pg_constraint c \
                 JOIN pg_namespace n ON n.oid = c.connamespace \
                 WHERE n.nspname = current_schema() AND c.contype = 'u' ORDER BY 1, 2",
            )
            .fetch_all(&mut **tx)
            .await
            .map_err(pg_err),
        }
    }

    /// The non-unique indexes of the schema, by name and the statement that creates them.
    async fn secondary_indexes(&mut self) -> Result<Vec<(String, String)>, DbErr> {
        match self {
            Load::Sqlite(tx) => {
                let sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
                           AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name";
                let rows = tx.query_all(Statement::from_string(DbBackend::Sqlite, sql)).await?;
                rows.iter().map(|r| Ok((r.try_get("", "name")?, r.try_get("", "sql")?))).collect()
            }
            Load::Postgres(tx) => sqlx::query_as::<_, (String, String)>(
                "SELECT indexname::text, indexdef FROM pg_indexes \
                 WHERE schemaname = current_schema() AND indexdef NOT LIKE 'CREATE UNIQUE%' ORDER BY indexname",
            )
            .fetch_all(&mut **tx)
            .await
            .map_err(pg_err),
        }
    }

    async fn commit(self) -> Result<(), DbErr> {
        match self {
            Load::Sqlite(tx) => tx.commit().await,
            Load::Postgres(tx) => tx.commit().await.map_err(pg_err),
        }
    }
}

/// Adds `n` klanten of bronorganisatie 950428139 (klantnummers after its highest) to the database at
/// `database_url` (migrated first), audit records made as by `base_url`. It uses one connection of its own.
pub async fn seed(database_url: &str, n: u64, base_url: &str) -> Result<(), DbErr> {
    let sqlite = database_url.starts_with("sqlite:");
    let options = if sqlite {
        super::sqlite_options(database_url, 1, sea_orm::sqlx::sqlite::SqliteSynchronous::Full)
    } else {
        let mut o = super::postgres_options(database_url);
        o.max_connections(1).min_connections(1);
        o
    };
    let db = sea_orm::Database::connect(options).await?;
    {
        use migration::MigratorTrait;
        super::Migrator::up(&db, None).await?;
    }
    // SQLite: a rollback journal instead of the WAL for the load, when no other connection has the file open (the
    // switch needs that; otherwise it stays in WAL, correct but slower). The WAL would receive every page of the
    // load and copy it into the database again at the checkpoint; with the rollback journal the new pages are
    // written once and the transaction stays atomic (a killed seed is rolled back at the next open). WAL again
    // afterwards, as every server connection expects.
    let journal = if sqlite {
        // refused (`database is locked`) while another connection has the file open
        journal_mode(&db, "DELETE").await.unwrap_or_else(|_| "wal".into())
    } else {
        String::new()
    };
    let result = load(&db, n, base_url).await;
    if sqlite && journal != "wal" {
        journal_mode(&db, "WAL").await?;
    }
    db.close().await?;
    result
}

/// Sets SQLite's journal mode; answers the mode in force afterwards.
async fn journal_mode(db: &DatabaseConnection, mode: &str) -> Result<String, DbErr> {
    let row = db
        .query_one(Statement::from_string(DbBackend::Sqlite, format!("PRAGMA journal_mode = {mode}")))
        .await?
        .ok_or_else(|| DbErr::Custom("PRAGMA journal_mode answered no row".into()))?;
    Ok(row.try_get_by_index::<String>(0)?.to_ascii_lowercase())
}

async fn load(db: &DatabaseConnection, n: u64, base_url: &str) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let one = |sql: &str| Statement::from_string(backend, sql.to_string());
    let row = db
        .query_one(one("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) AS id, \
             (SELECT CAST(COALESCE(MAX(klantnummer_numeriek), 0) AS BIGINT) FROM klant \
             WHERE bronorganisatie = '950428139') AS nummer FROM klant"))
        .await?
        .ok_or_else(|| DbErr::Custom("no max".into()))?;
    let before: (i64, i64) = (row.try_get("", "id")?, row.try_get("", "nummer")?);
    if before.1 as u64 + n > super::MAX_GENERATED_KLANTNUMMER as u64 {
        return Err(DbErr::Custom("not enough klantnummers left in bronorganisatie 950428139".into()));
    }
    // The rows are made on two other threads, a thousand klanten at a time in turns, while this one hands the
    // ones made before to the database.
    let (mut receivers, tasks): (Vec<_>, Vec<_>) = (0..MAKERS)
        .map(|m| {
            let (tx_chunk, rx_chunk) = tokio::sync::mpsc::channel::<Result<Chunk, String>>(2);
            let records = WriteRecords {
                base_url: base_url.to_string(),
                who: AuditInfo { applicatie_weergave: "klanten seed".into(), ..AuditInfo::default() },
            };
            let task = tokio::task::spawn_blocking(move || {
                let mut first = m * BATCH;
                while first < n {
                    let size = (n - first).min(BATCH);
                    if tx_chunk.blocking_send(chunk(backend, first, size, before, &records)).is_err() {
                        return;
                    }
                    first += MAKERS * BATCH;
                }
            });
            (rx_chunk, task)
        })
        .unzip();
    // All of it is one transaction: a seed that fails or is killed leaves the database as it was. The non-unique
    // indexes are dropped inside it and built again at its end: building an index from all its rows at once is
    // several times cheaper than keeping it in step with every insert. The unique ones stay (on PostgreSQL the
    // unique constraints are dropped and added again at the end, which checks them just the same), so that the
    // seed still cannot store a duplicate uuid or klantnummer.
    let mut tx = Load::begin(db).await?;
    if backend == DbBackend::Sqlite {
        // a bulk load touches every page it writes many times: a larger page cache for this connection saves most
        // of the reads and writes of pages between SQLite and the kernel
        tx.execute("PRAGMA cache_size = -262144").await?;
    }
    if backend == DbBackend::Postgres {
        // the indexes built at the end sort every row of their table: with the default 64 MB each sort spills
        // to disk in many runs
        tx.execute("SET LOCAL maintenance_work_mem = '256MB'").await?;
    }
    if let Load::Postgres(pg) = &mut tx {
        // The nested rows and audit records name klanten this transaction inserts right before them, so their
        // foreign keys hold by construction; checking them costs a lookup per row. A superuser may skip the
        // checks for this transaction (`session_replication_role`); anyone else's seed checks them.
        let superuser: bool = sqlx::query_scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            .fetch_optional(&mut **pg)
            .await
            .map_err(pg_err)?
            .unwrap_or(false);
        if superuser {
            tx.execute("SET LOCAL session_replication_role = replica").await?;
        }
    }
    let indexes = tx.secondary_indexes().await?;
    for (name, _) in &indexes {
        tx.execute(&format!("DROP INDEX \"{name}\"")).await?;
    }
    let constraints = tx.unique_constraints().await?;
    for (table, name, _) in &constraints {
        tx.execute(&format!("ALTER TABLE \"{table}\" DROP CONSTRAINT \"{name}\"")).await?;
    }
    for turn in 0..n.div_ceil(BATCH) {
        let chunk = receivers[(turn % MAKERS) as usize]
            .recv()
            .await
            .ok_or_else(|| DbErr::Custom("making the seeded rows failed".into()))?
            .map_err(DbErr::Custom)?;
        tx.write(chunk).await?;
    }
    for (_, sql) in &indexes {
        tx.execute(sql).await?;
    }
    for (table, name, definition) in &constraints {
        tx.execute(&format!("ALTER TABLE \"{table}\" ADD CONSTRAINT \"{name}\" {definition}")).await?;
    }
    if backend == DbBackend::Postgres {
        // ids were given explicitly: the sequences must continue after them
        for table in
            ["klant", "adres", "natuurlijk_persoon", "verblijfsadres", "sub_verblijf_buitenland", "audit_trail"]
        {
            tx.execute(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
            ))
            .await?;
        }
    }
    tx.commit().await?;
    for task in tasks {
        task.await.map_err(|e| DbErr::Custom(format!("making the seeded rows failed: {e}")))?;
    }
    Ok(())
}
