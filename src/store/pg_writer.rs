//! The writer's transactions on PostgreSQL ([`super::group`] queues and answers the writes; [`super::plan`] plans
//! them): one transaction of two round trips on the writer's own connection ([`super::pg_script`]), which takes
//! the advisory locks of generated klantnummers and the rows it changes (`FOR UPDATE`) before it reads them, as
//! every instance does, in one order.
use std::collections::{BTreeSet, HashMap};

use sea_orm::sqlx::postgres::PgRow;
use sea_orm::{DbBackend, DbErr};

use super::batch::Batch;
use super::pg_script::PgScriptConnection;
use super::plan::{
    self, changed_uuids, current_sql, highest_sql, literal, new_rows, statements, Current, Op, Plan, Write,
};
use super::StoreError;

/// PostgreSQL: one transaction that takes the advisory locks of generated klantnummers and the rows it
/// changes (`FOR UPDATE`) before it reads them, as every instance does, in one order. Two round trips on the
/// writer's own connection ([`super::pg_script`]): `BEGIN` with the locks and reads (and the new klanten's ids
/// from their sequence), then every statement with the `COMMIT`.
pub(super) async fn attempt(
    pg: &PgScriptConnection,
    writes: &[Write<'_>],
    generating: &BTreeSet<&str>,
) -> Result<Vec<Plan>, StoreError> {
    let reads = PgReads::of(writes, generating);
    let (tx, sets) = pg.begin(&reads.statements).await?;
    match plan_postgres(writes, generating, &reads, &sets) {
        Ok((plans, writes, statements)) => {
            tx.commit(&writes, statements).await?;
            Ok(plans)
        }
        Err(e) => {
            tx.rollback().await;
            Err(e.into())
        }
    }
}

/// PostgreSQL: what the first round trip of a group's transaction takes and reads, and where each answer is.
struct PgReads {
    statements: Vec<String>,
    current: Option<usize>,
    highest: Option<usize>,
    ids: Option<usize>,
}

impl PgReads {
    fn of(writes: &[Write<'_>], generating: &BTreeSet<&str>) -> Self {
        let quote = |s: &str| literal(DbBackend::Postgres, s);
        // Generators of one bronorganisatie take turns (until commit), on every instance.
        let mut statements: Vec<String> = generating
            .iter()
            .map(|bron| format!("SELECT pg_advisory_xact_lock(8211, hashtext({}))", quote(bron)))
            .collect();
        let mut at = |sql: String| {
            statements.push(sql);
            statements.len() - 1
        };
        let changed = changed_uuids(writes.iter().map(|w| w.op));
        let current = (!changed.is_empty()).then(|| at(current_sql(changed.iter().map(|u| quote(u)), " FOR UPDATE")));
        let highest =
            (!generating.is_empty()).then(|| at(highest_sql(generating.iter().map(|b| quote(b)).collect(), false)));
        let creates = writes.iter().filter(|w| matches!(w.op, Op::Create { .. })).count();
        let ids = (creates > 0).then(|| {
            at(format!(
                "SELECT nextval(pg_get_serial_sequence('klant', 'id')) AS id FROM generate_series(1, {creates})"
            ))
        });
        PgReads { statements, current, highest, ids }
    }
}

/// PostgreSQL: the group's writes applied to what the first round trip read (`sets`, the rows of each of
/// `reads`), and the text of every statement they make, with the number of those statements.
fn plan_postgres(
    writes: &[Write<'_>],
    generating: &BTreeSet<&str>,
    reads: &PgReads,
    sets: &[Vec<PgRow>],
) -> Result<(Vec<Plan>, String, usize), DbErr> {
    use sea_orm::sqlx::Row;
    let backend = DbBackend::Postgres;
    let err = |e: sea_orm::sqlx::Error| DbErr::Query(sea_orm::RuntimeErr::SqlxError(e));
    let rows = |at: Option<usize>| at.and_then(|i| sets.get(i)).map(Vec::as_slice).unwrap_or_default();
    let mut current = HashMap::new();
    for row in rows(reads.current) {
        current.insert(
            row.try_get::<String, _>("uuid").map_err(err)?,
            Current::new(
                row.try_get("id").map_err(err)?,
                row.try_get("version").map_err(err)?,
                row.try_get("subject_type").map_err(err)?,
                super::packing::unpack(row.try_get("representation").map_err(err)?).map_err(super::packing::to_db)?,
            ),
        );
    }
    let mut highest: HashMap<String, i64> = generating.iter().map(|b| (b.to_string(), 0)).collect();
    for row in rows(reads.highest) {
        let n: Option<i64> = row.try_get("n").map_err(err)?;
        highest.insert(row.try_get("k").map_err(err)?, n.unwrap_or(0));
    }
    let mut ids = Vec::new();
    for row in rows(reads.ids) {
        let id: i64 = row.try_get("id").map_err(err)?;
        ids.push(i32::try_from(id).map_err(|_| DbErr::Custom("klant ids exhausted".into()))?);
    }
    let mut plans = Vec::with_capacity(writes.len());
    for w in writes {
        plans.push(plan::plan(w.op, &mut current, &mut highest));
    }
    let mut ids = ids.into_iter();
    for p in &mut plans {
        if let Plan::Create { klant, id, .. } = p {
            *id = ids.next().ok_or_else(|| DbErr::Custom(format!("no id taken for the new klant {}", klant.uuid)))?;
        }
    }
    let mut batch = Batch::new(backend);
    batch.insert_rows(new_rows(&plans)).map_err(DbErr::Custom)?;
    statements(&mut batch, backend, writes, &plans);
    let count = batch.statements();
    let writes = batch.into_sql().map_err(DbErr::Custom)?;
    Ok((plans, writes, count))
}
