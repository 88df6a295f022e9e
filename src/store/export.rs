//! `klanten export`: the whole registry read in one snapshot (one read transaction: repeatable read on
//! PostgreSQL, one read transaction on SQLite), in the stream's order ([`super::stream`]): the klanten in
//! creation order, the audit records in the order they were written, the outbox rows not yet delivered.
use sea_orm::{
    AccessMode, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, EntityTrait,
    IsolationLevel, QueryFilter, QueryOrder, QuerySelect, Statement, TransactionTrait, Value,
};

use super::entity::{audit_trail, outbox};
use super::stream::{Counts, KlantLine, Line, OutboxLine, VERSION};
use crate::domain::description::SHAPE;

/// Rows read per statement.
const BATCH: u64 = 5_000;

/// Reads the registry and hands each line to `emit` (the header first, the trailer last); `emit` fails the export
/// when it cannot write.
pub async fn export(
    db: &DatabaseConnection,
    mut emit: impl FnMut(&Line) -> std::io::Result<()>,
) -> Result<Counts, DbErr> {
    let io = |e: std::io::Error| DbErr::Custom(format!("writing the export: {e}"));
    let tx = match db.get_database_backend() {
        DbBackend::Postgres => {
            db.begin_with_config(Some(IsolationLevel::RepeatableRead), Some(AccessMode::ReadOnly)).await?
        }
        _ => db.begin().await?,
    };
    let counts = Counts {
        klanten: count(&tx, "SELECT CAST(count(*) AS BIGINT) AS n FROM klant").await?,
        audit_records: count(&tx, "SELECT CAST(count(*) AS BIGINT) AS n FROM audit_trail").await?,
        outbox: count(
            &tx,
            &format!("SELECT CAST(count(*) AS BIGINT) AS n FROM outbox WHERE status <> '{}'", outbox::DELIVERED),
        )
        .await?,
    };
    emit(&Line::Header {
        version: VERSION,
        shape: SHAPE.to_string(),
        klanten: counts.klanten,
        audit_records: counts.audit_records,
        outbox: counts.outbox,
    })
    .map_err(io)?;
    let backend = tx.get_database_backend();
    let mut last = 0i64;
    loop {
        let rows = tx
            .query_all(Statement::from_sql_and_values(
                backend,
                format!("SELECT id, uuid, representation FROM klant WHERE id > $1 ORDER BY id LIMIT {BATCH}"),
                [Value::BigInt(Some(last))],
            ))
            .await?;
        let Some(end) = rows.last() else { break };
        last = i64::from(end.try_get::<i32>("", "id")?);
        for row in &rows {
            let line = KlantLine {
                uuid: row.try_get("", "uuid")?,
                representation: super::packing::column(row, "representation")?,
            };
            emit(&Line::Klant(line)).map_err(io)?;
        }
    }
    let mut last = 0i32;
    loop {
        let rows = audit_trail::Entity::find()
            .filter(audit_trail::Column::Id.gt(last))
            .order_by_asc(audit_trail::Column::Id)
            .limit(BATCH)
            .all(&tx)
            .await?;
        let Some(end) = rows.last() else { break };
        last = end.id;
        for r in answered(&tx, rows).await? {
            emit(&Line::Audit(r)).map_err(io)?;
        }
    }
    let mut last = 0i32;
    loop {
        let rows = outbox::Entity::find()
            .filter(outbox::Column::Id.gt(last))
            .filter(outbox::Column::Status.ne(outbox::DELIVERED))
            .order_by_asc(outbox::Column::Id)
            .limit(BATCH)
            .all(&tx)
            .await?;
        let Some(end) = rows.last() else { break };
        last = end.id;
        for r in rows {
            let line = OutboxLine {
                status: r.status,
                attempts: r.attempts,
                created_at: r.created_at,
                next_attempt_at: r.next_attempt_at,
                last_error: r.last_error,
                message: r.payload,
            };
            emit(&Line::Outbox(line)).map_err(io)?;
        }
    }
    tx.commit().await?;
    emit(&Line::End { klanten: counts.klanten, audit_records: counts.audit_records, outbox: counts.outbox })
        .map_err(io)?;
    Ok(counts)
}

async fn count(tx: &DatabaseTransaction, sql: &str) -> Result<u64, DbErr> {
    let row = tx.query_one(Statement::from_string(tx.get_database_backend(), sql)).await?;
    Ok(row.map(|r| r.try_get::<i64>("", "n")).transpose()?.unwrap_or(0).max(0) as u64)
}

/// The records with their `wijzigingen` as the audit trail answers them (`super::read::complete`): a record's
/// `nieuw` comes from the next record of its klant or the klant now, read here for the klanten of these records.
async fn answered(
    tx: &DatabaseTransaction,
    mut rows: Vec<audit_trail::Model>,
) -> Result<Vec<audit_trail::Model>, DbErr> {
    use std::collections::{BTreeSet, HashMap};
    let klanten: BTreeSet<String> = rows.iter().map(|r| r.klant_uuid.clone()).collect();
    let trails = audit_trail::Entity::find()
        .filter(audit_trail::Column::KlantUuid.is_in(klanten.iter().cloned()))
        .order_by_asc(audit_trail::Column::KlantUuid)
        .order_by_asc(audit_trail::Column::Aanmaakdatum)
        .order_by_asc(audit_trail::Column::Id)
        .all(tx)
        .await?;
    let keys: Vec<String> = (1..=klanten.len()).map(|i| format!("${i}")).collect();
    let now = tx
        .query_all(Statement::from_sql_and_values(
            tx.get_database_backend(),
            format!("SELECT uuid, representation FROM klant WHERE uuid IN ({})", keys.join(", ")),
            klanten.iter().map(|u| Value::from(u.as_str())),
        ))
        .await?;
    let mut current = HashMap::with_capacity(now.len());
    for row in now {
        current.insert(row.try_get::<String>("", "uuid")?, super::packing::column(&row, "representation")?);
    }
    let mut answered: HashMap<i32, String> = HashMap::new();
    for chain in trails.chunk_by(|a, b| a.klant_uuid == b.klant_uuid) {
        let now = current.get(&chain[0].klant_uuid).map(String::as_str);
        let mut chain = chain.to_vec();
        super::read::complete(&mut chain, now);
        answered.extend(chain.into_iter().map(|r| (r.id, r.wijzigingen)));
    }
    for r in &mut rows {
        if let Some(w) = answered.remove(&r.id) {
            r.wijzigingen = w;
        }
    }
    Ok(rows)
}
