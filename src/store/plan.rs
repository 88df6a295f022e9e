//! The planning of a group of writes ([`super::group`]), pure: given the stored state of the klanten a group
//! changes (as read, or as the writer remembers it) and the group's writes in their order, each write is applied
//! in memory to the state the writes before it left ([`plan`]) and the group's statements are made ([`statements`],
//! [`new_rows`]) together with each write's answer ([`answers`]). Nothing here reads or writes a database; the
//! backends' transactions (`group`, `sqlite_script`, `pg_script`) run what this plans, and the unit tests below
//! check the plans and statements of groups without one.
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use sea_orm::{ColumnTrait, DbBackend, DbErr, EntityTrait, QueryFilter, Value};

use super::batch::Batch;
use super::cache::CachedKlant;
use super::entity::{audit_trail, klant, outbox};
use super::layout::{self, klantnummer_numeriek};
use super::write::audit_row;
use super::{StoreError, MAX_GENERATED_KLANTNUMMER};
use crate::domain::description::Klant;
use crate::domain::operation::Operation;
use crate::domain::refusal::Refusal;
use crate::domain::representation;
use crate::domain::write_records::{Applied, WriteRecords};

/// One write of a group as the planning sees it.
pub(super) struct Write<'a> {
    pub op: &'a Op,
    /// Builds the write's audit record and notification.
    pub records: &'a WriteRecords,
    /// Whether the write puts its notification in the outbox.
    pub notify: bool,
}

/// Each write's answer once the group's transaction committed.
pub(super) fn answers(plans: Vec<Plan>) -> Vec<Result<Done, StoreError>> {
    plans
        .into_iter()
        .map(|p| match p {
            Plan::Answer(a) => a,
            Plan::Create { klant, representation, id } => {
                Ok(Done::Written(Arc::new(CachedKlant::new(id, klant.uuid, 1, klant.subject_type, representation))))
            }
            Plan::Update { entry, .. } => Ok(Done::Written(entry)),
            Plan::Delete { subject_type, .. } => Ok(Done::Deleted(subject_type)),
            Plan::Delivered | Plan::Probe => Ok(Done::Recorded),
        })
        .collect()
}

/// The bronorganisaties that get a generated klantnummer in the group (kla-001).
pub(super) fn generating<'a>(ops: impl Iterator<Item = &'a Op>) -> BTreeSet<&'a str> {
    ops.filter_map(|op| match op {
        Op::Create { klant, generate_klantnummer: true } => Some(klant.bronorganisatie.as_str()),
        _ => None,
    })
    .collect()
}

/// The PostgreSQL channel on which each write names the klant it changed (`store::listen`).
pub(super) const INVALIDATION_CHANNEL: &str = "klanten_klant";

pub(super) enum Op {
    Create {
        klant: Box<Klant>,
        generate_klantnummer: bool,
    },
    Update {
        uuid: String,
        validated_type: Option<Option<String>>,
        actie: Operation,
        change: super::Change,
    },
    Delete {
        uuid: String,
    },
    /// The outbox worker's record that these rows were delivered: it rides along with the writes of the group,
    /// so that it costs no transaction (and no sync) of its own.
    Delivered {
        ids: Vec<i32>,
        worker: String,
    },
    /// A write that changes nothing (`/ready`'s check that writes work again after they failed for the
    /// database's sake, [`super::health`]); answered [`Done::Recorded`].
    Probe,
}

/// What a write came to.
pub(super) enum Done {
    /// Created or changed: the stored version.
    Written(Arc<CachedKlant>),
    /// The update's `change` refused.
    Refused(Refusal),
    /// Deleted; the klant's `subjectType` before.
    Deleted(Option<String>),
    /// The outbox rows were recorded as delivered.
    Recorded,
}

/// The stored state of a klant that a write of the group changes, as the writes before it left it.
pub(super) struct Current {
    id: i32,
    version: i64,
    subject_type: Option<String>,
    representation: String,
    /// Parsed from `representation` when first needed.
    klant: Option<Klant>,
    deleted: bool,
}

/// One write's part of the group's statements.
pub(super) enum Plan {
    /// Nothing to write: the answer is known (a refusal or a per-write error).
    Answer(Result<Done, StoreError>),
    Create {
        klant: Box<Klant>,
        representation: String,
        /// The new row's id, once given (SQLite: by the writer; PostgreSQL: from the sequence, in the first
        /// round trip).
        id: i32,
    },
    Update {
        id: i32,
        old: Box<Klant>,
        old_representation: String,
        new: Box<Klant>,
        entry: Arc<CachedKlant>,
    },
    Delete {
        id: i32,
        uuid: String,
        subject_type: Option<String>,
    },
    /// The outbox worker's record of delivered rows.
    Delivered,
    /// A write that changes nothing ([`Op::Probe`]).
    Probe,
}

/// The klanten that the group's updates and deletes change.
pub(super) fn changed_uuids<'a>(ops: impl Iterator<Item = &'a Op>) -> BTreeSet<&'a str> {
    ops.filter_map(|op| match op {
        Op::Update { uuid, .. } | Op::Delete { uuid } => Some(uuid.as_str()),
        Op::Create { .. } | Op::Delivered { .. } | Op::Probe => None,
    })
    .collect()
}

impl Current {
    pub(super) fn new(id: i32, version: i64, subject_type: Option<String>, representation: String) -> Self {
        Current { id, version, subject_type, representation, klant: None, deleted: false }
    }

    pub(super) fn from_cached(e: &CachedKlant) -> Self {
        Current::new(e.id, e.version, e.subject_type.clone(), e.representation.clone())
    }
}

/// The stored klanten whose uuids are `keys` (placeholders or quoted literals), followed by `lock`.
pub(super) fn current_sql(keys: impl Iterator<Item = String>, lock: &str) -> String {
    let keys: Vec<String> = keys.collect();
    // in id order, so that the row locks of concurrent groups (several instances) are taken in one order
    format!(
        "SELECT id, uuid, version, subject_type, representation FROM klant WHERE uuid IN ({}) ORDER BY id{lock}",
        keys.join(", ")
    )
}

/// The highest numeric klantnummer (`n`) of each bronorganisatie (`k`) of `brons` (placeholders or quoted
/// literals), and with `last_id` (SQLite) a row `id` with the highest klant id ever given. One MAX per
/// bronorganisatie, each answered from the end of the (bronorganisatie, klantnummer_numeriek) index; a GROUP BY
/// over all of them would read every klantnummer of the bronorganisatie. The id row's key is no bronorganisatie
/// (those are nine digits).
pub(super) fn highest_sql(brons: Vec<String>, last_id: bool) -> String {
    let mut parts: Vec<String> = brons
        .iter()
        .map(|b| {
            format!(
                "SELECT CAST({b} AS TEXT) AS k, (SELECT CAST(MAX(klantnummer_numeriek) AS BIGINT) \
                 FROM klant WHERE bronorganisatie = {b}) AS n"
            )
        })
        .collect();
    if last_id {
        parts.push(
            "SELECT 'id' AS k, (SELECT MAX(n) FROM (SELECT seq AS n FROM sqlite_sequence WHERE name = 'klant' \
             UNION ALL SELECT MAX(id) FROM klant)) AS n"
                .into(),
        );
    }
    parts.join(" UNION ALL ")
}

/// The new klant rows of the group's creates (their ids given).
pub(super) fn new_rows(plans: &[Plan]) -> super::rows::TableRows {
    let creates: Vec<(i32, &Klant, &str)> = plans
        .iter()
        .filter_map(|p| match p {
            Plan::Create { klant, representation, id } => Some((*id, &**klant, representation.as_str())),
            _ => None,
        })
        .collect();
    layout::insert_rows(creates.into_iter())
}

/// Every statement of the group but the new klant rows.
///
/// In the order of the writes: the changed klant rows and the deleted klant rows. Then a multi-row insert per
/// table: the audit records and the outbox rows (in the order of the
/// writes: that is the order of the notifications). The audit trails of deleted klanten go last, with the records
/// this group wrote for them.
pub(super) fn statements(batch: &mut Batch, backend: DbBackend, writes: &[Write<'_>], plans: &[Plan]) {
    let mut audits = Vec::with_capacity(plans.len());
    let mut notifications = Vec::new();
    let mut deleted = Vec::new();
    let mut delivered = Vec::new();
    let mut created = false;
    let mut count = 0i64;
    let mut blocks: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
    for (job, plan) in writes.iter().zip(plans) {
        let at = chrono::Utc::now().timestamp_micros();
        // The audit record and the outbox row go in the change's transaction: a rolled-back write sends nothing
        // and a committed one is never forgotten.
        let mut record = |applied: Applied| {
            audits.extend(job.records.audit(&applied).map(audit_row));
            if job.notify {
                notifications.push(outbox::ActiveModel::pending(job.records.notification(&applied), at));
            }
        };
        match plan {
            Plan::Answer(_) => {}
            Plan::Create { klant, representation, id } => {
                let id = *id;
                record(Applied {
                    operation: Operation::Create,
                    uuid: &klant.uuid,
                    shown: Some(klant.unique_representation()),
                    oud: None,
                    nieuw: Some(representation),
                    subject_type: klant.subject_type.as_deref(),
                    at,
                });
                created = true;
                count += 1;
                *blocks.entry(i64::from(id) / migration::BLOCK).or_default() += 1;
            }
            Plan::Update { id, old, old_representation, new, entry } => {
                let Op::Update { actie, .. } = job.op else { unreachable!("an update's plan") };
                batch.push_statement(layout::update(*id, entry.version, new, &entry.representation));
                record(Applied {
                    operation: *actie,
                    uuid: &new.uuid,
                    shown: Some(old.unique_representation()),
                    oud: Some(old_representation),
                    nieuw: Some(&entry.representation),
                    subject_type: new.subject_type.as_deref(),
                    at,
                });
                announce(batch, backend, &new.uuid);
            }
            Plan::Delivered => {
                if let Op::Delivered { ids, worker } = job.op {
                    delivered.push(outbox_delivered(ids, worker));
                }
            }
            // a row rewritten as it is: the transaction has to write (a page, its log) and commit
            Plan::Probe => batch.push_sql("UPDATE klant_teller SET aantal = aantal WHERE shard = 0"),
            Plan::Delete { id, uuid, subject_type } => {
                batch.push(klant::Entity::delete_by_id(*id));
                deleted.push(uuid.as_str());
                record(Applied {
                    operation: Operation::Delete,
                    uuid,
                    shown: None,
                    oud: None,
                    nieuw: None,
                    // kenmerken from the stored state before the delete
                    subject_type: subject_type.as_deref(),
                    at,
                });
                announce(batch, backend, uuid);
                count -= 1;
                *blocks.entry(i64::from(*id) / migration::BLOCK).or_default() -= 1;
            }
        }
    }
    batch.insert(audits);
    batch.insert(notifications);
    for update in delivered {
        batch.push(update);
    }
    if !deleted.is_empty() {
        batch.push(audit_trail::Entity::delete_many().filter(audit_trail::Column::KlantUuid.is_in(deleted)));
    }
    // every group that changed a klant raises the change counter, which cached list pages are checked against
    // (`store::validation`)
    if plans.iter().any(|p| matches!(p, Plan::Create { .. } | Plan::Update { .. } | Plan::Delete { .. })) {
        count_change(batch, backend, count);
    }
    for (blok, delta) in blocks {
        batch.push_sql(&block_change(blok, delta));
    }
    if created {
        // no cached klant to forget, but other instances' list pages change (one notification for the group)
        announce(batch, backend, "");
    }
}

/// A write applied in memory to the state the writes before it left.
pub(super) fn plan(op: &Op, current: &mut HashMap<String, Current>, highest: &mut HashMap<String, i64>) -> Plan {
    match op {
        Op::Create { klant, generate_klantnummer } => {
            let mut klant = klant.clone();
            if *generate_klantnummer {
                let next = highest.get(&klant.bronorganisatie).copied().unwrap_or(0) + 1;
                if next > MAX_GENERATED_KLANTNUMMER {
                    return Plan::Answer(Err(StoreError::KlantnummerExhausted));
                }
                klant.klantnummer = next.to_string();
            }
            taken(highest, &klant);
            let representation = representation::render(&klant);
            Plan::Create { klant, representation, id: 0 }
        }
        Op::Update { uuid, validated_type, change, .. } => {
            let Some(cur) = current.get_mut(uuid).filter(|c| !c.deleted) else {
                return Plan::Answer(Err(StoreError::NotFound));
            };
            if let Some(expected) = validated_type {
                if *expected != cur.subject_type {
                    return Plan::Answer(Err(StoreError::SubjectTypeChanged(cur.subject_type.clone())));
                }
            }
            let old = match cur.klant.take().or_else(|| parse(uuid, &cur.representation)) {
                Some(k) => k,
                None => {
                    return Plan::Answer(Err(StoreError::Db(DbErr::Custom(format!(
                        "the stored representation of klant {uuid} is not readable"
                    )))))
                }
            };
            let new = match change(&old) {
                Ok(new) => new,
                Err(refusal) => {
                    cur.klant = Some(old);
                    return Plan::Answer(Ok(Done::Refused(refusal)));
                }
            };
            taken(highest, &new);
            let representation = representation::render(&new);
            let old_representation = std::mem::replace(&mut cur.representation, representation.clone());
            cur.version += 1;
            cur.subject_type = new.subject_type.clone();
            cur.klant = Some(new.clone());
            let entry =
                Arc::new(CachedKlant::new(cur.id, uuid.clone(), cur.version, new.subject_type.clone(), representation));
            Plan::Update { id: cur.id, old: Box::new(old), old_representation, new: Box::new(new), entry }
        }
        Op::Delivered { .. } => Plan::Delivered,
        Op::Probe => Plan::Probe,
        Op::Delete { uuid } => {
            let Some(cur) = current.get_mut(uuid).filter(|c| !c.deleted) else {
                return Plan::Answer(Err(StoreError::NotFound));
            };
            cur.deleted = true;
            Plan::Delete { id: cur.id, uuid: uuid.clone(), subject_type: cur.subject_type.clone() }
        }
    }
}

/// The klant of a stored representation; `None` when it is no JSON object.
fn parse(uuid: &str, representation: &str) -> Option<Klant> {
    let value: serde_json::Value = serde_json::from_str(representation).ok()?;
    value.is_object().then(|| Klant::from_representation(uuid, &value))
}

/// A klantnummer written by the group raises its bronorganisatie's highest, so that a later generated one follows.
fn taken(highest: &mut HashMap<String, i64>, k: &Klant) {
    if let (Some(h), Some(n)) = (highest.get_mut(&k.bronorganisatie), klantnummer_numeriek(&k.klantnummer)) {
        *h = (*h).max(n);
    }
}

/// A string as an SQL literal of `backend`, quoted by sea-query.
pub(super) fn literal(backend: DbBackend, s: &str) -> String {
    use sea_orm::sea_query::{PostgresQueryBuilder, QueryBuilder, SqliteQueryBuilder};
    let v: Value = s.into();
    match backend {
        DbBackend::Postgres => PostgresQueryBuilder.value_to_string(&v),
        _ => SqliteQueryBuilder.value_to_string(&v),
    }
}

/// Marks outbox rows delivered that are still pending and not leased by another worker (on SQLite, with one
/// server process, the worker takes no leases).
fn outbox_delivered(ids: &[i32], worker: &str) -> sea_orm::UpdateMany<outbox::Entity> {
    use outbox::Column;
    use sea_orm::sea_query::{Condition, Expr};
    outbox::Entity::update_many()
        .col_expr(Column::LockedBy, Expr::value(Option::<String>::None))
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::Status, Expr::value(outbox::DELIVERED))
        .col_expr(Column::DeliveredAt, Expr::value(chrono::Utc::now().timestamp_micros()))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::Status.eq(outbox::PENDING))
        .filter(Condition::any().add(Column::LockedBy.is_null()).add(Column::LockedBy.eq(worker)))
}

/// Keeps the number of klanten per block of ids (`klant_blok`), which finds the start of a page far into a list.
pub(super) fn block_change(blok: i64, delta: i64) -> String {
    format!(
        "INSERT INTO klant_blok (blok, aantal) VALUES ({blok}, {delta}) \
         ON CONFLICT (blok) DO UPDATE SET aantal = klant_blok.aantal + excluded.aantal"
    )
}

/// Tells the other instances on this PostgreSQL database that `uuid` changed (delivered at commit).
fn announce(batch: &mut Batch, backend: DbBackend, uuid: &str) {
    if backend == DbBackend::Postgres {
        batch.push_sql(&format!("SELECT pg_notify('{INVALIDATION_CHANNEL}', {})", literal(backend, uuid)));
    }
}

/// Keeps the number of klanten and raises the change counter by one: one shard, chosen at random on PostgreSQL so
/// that the groups of several instances do not queue on one row.
fn count_change(batch: &mut Batch, backend: DbBackend, delta: i64) {
    let shard = if backend == DbBackend::Postgres {
        i32::from(uuid::Uuid::new_v4().as_bytes()[0]) % migration::COUNTER_SHARDS
    } else {
        0
    };
    batch.push_sql(&format!(
        "UPDATE klant_teller SET aantal = aantal + ({delta}), wijzigingen = wijzigingen + 1 WHERE shard = {shard}"
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn klant(uuid: &str, json: &str) -> Klant {
        Klant::from_representation(uuid, &serde_json::from_str(json).unwrap())
    }

    fn stored(id: i32, version: i64, k: &Klant) -> Current {
        Current::new(id, version, k.subject_type.clone(), representation::render(k))
    }

    fn update(uuid: &str, change: impl Fn(&Klant) -> Result<Klant, Refusal> + Send + Sync + 'static) -> Op {
        Op::Update {
            uuid: uuid.into(),
            validated_type: None,
            actie: Operation::PartialUpdate,
            change: Arc::new(change),
        }
    }

    fn functie(value: &'static str) -> impl Fn(&Klant) -> Result<Klant, Refusal> + Send + Sync + 'static {
        move |k: &Klant| Ok(Klant { functie: format!("{}{value}", k.functie), ..k.clone() })
    }

    /// A group of writes, each applied to the state the writes before it left, with its statements and answers.
    #[test]
    fn a_group_is_planned_write_after_write() {
        let a = klant("a", r#"{"bronorganisatie":"950428139","klantnummer":"7","subjectType":"vestiging"}"#);
        let b = klant("b", r#"{"bronorganisatie":"950428139","klantnummer":"8"}"#);
        let mut current: HashMap<String, Current> =
            [("a".to_string(), stored(1, 4, &a)), ("b".to_string(), stored(2, 1, &b))].into();
        let mut highest: HashMap<String, i64> = [("950428139".to_string(), 8)].into();
        let new = klant("c", r#"{"bronorganisatie":"950428139","klantnummer":""}"#);
        let ops = [
            Op::Create { klant: Box::new(new), generate_klantnummer: true },
            update("a", functie("x")),
            update("a", functie("y")),
            Op::Delete { uuid: "b".into() },
            update("b", functie("z")),
            update("gone", functie("z")),
        ];
        let mut plans: Vec<Plan> = ops.iter().map(|op| plan(op, &mut current, &mut highest)).collect();
        if let Plan::Create { id, klant, .. } = &mut plans[0] {
            assert_eq!(klant.klantnummer, "9", "the next number after the highest (kla-001)");
            *id = 3;
        } else {
            panic!("a create's plan");
        }
        assert_eq!(highest["950428139"], 9);
        let records = WriteRecords::default();
        let writes: Vec<Write> = ops.iter().map(|op| Write { op, records: &records, notify: true }).collect();
        let mut batch = Batch::new(DbBackend::Postgres);
        batch.insert_rows(new_rows(&plans)).unwrap();
        statements(&mut batch, DbBackend::Postgres, &writes, &plans);
        let sql = batch.into_sql().unwrap();
        assert!(sql.starts_with("INSERT INTO \"klant\" (\"id\", \"uuid\", \"version\", \"shape\""), "{sql}");
        assert!(sql.contains("UPDATE \"klant\" SET \"version\" = 5"), "{sql}");
        assert!(sql.contains("UPDATE \"klant\" SET \"version\" = 6"), "{sql}");
        assert!(sql.contains("\"functie\" = 'xy'"), "the second update sees the first: {sql}");
        assert!(sql.contains("DELETE FROM \"klant\" WHERE \"klant\".\"id\" = 2"), "{sql}");
        assert!(sql.contains("INSERT INTO \"audit_trail\""), "{sql}");
        assert!(sql.contains("INSERT INTO \"outbox\""), "{sql}");
        assert!(sql.contains("DELETE FROM \"audit_trail\" WHERE \"audit_trail\".\"klant_uuid\" IN ('b')"), "{sql}");
        assert!(sql.contains("pg_notify('klanten_klant', 'a')"), "{sql}");
        assert!(sql.contains("wijzigingen = wijzigingen + 1"), "{sql}");
        let answers = answers(plans);
        assert!(matches!(&answers[0], Ok(Done::Written(e)) if e.id == 3 && e.version == 1));
        assert!(matches!(&answers[1], Ok(Done::Written(e)) if e.version == 5));
        assert!(
            matches!(&answers[2], Ok(Done::Written(e)) if e.version == 6 && e.representation.contains("\"functie\":\"xy\""))
        );
        assert!(matches!(&answers[3], Ok(Done::Deleted(None))));
        assert!(matches!(&answers[4], Err(StoreError::NotFound)), "deleted earlier in the group");
        assert!(matches!(&answers[5], Err(StoreError::NotFound)), "never stored");
    }

    /// A refusal writes nothing and leaves the state for the next write; a changed subject type is told.
    #[test]
    fn refusals_leave_the_state_as_it_was() {
        let a = klant("a", r#"{"bronorganisatie":"950428139","klantnummer":"7","subjectType":"vestiging"}"#);
        let mut current: HashMap<String, Current> = [("a".to_string(), stored(1, 1, &a))].into();
        let mut highest = HashMap::new();
        let refuse = update("a", |_: &Klant| Err(Refusal::InvalidSubject));
        assert!(matches!(plan(&refuse, &mut current, &mut highest), Plan::Answer(Ok(Done::Refused(_)))));
        let typed = Op::Update {
            uuid: "a".into(),
            validated_type: Some(Some("natuurlijk_persoon".into())),
            actie: Operation::Update,
            change: Arc::new(functie("x")),
        };
        let changed = plan(&typed, &mut current, &mut highest);
        assert!(matches!(changed, Plan::Answer(Err(StoreError::SubjectTypeChanged(Some(t)))) if t == "vestiging"));
        let Plan::Update { entry, .. } = plan(&update("a", functie("x")), &mut current, &mut highest) else {
            panic!("an update's plan");
        };
        assert_eq!(entry.version, 2, "the refusals changed nothing");
    }

    #[test]
    fn no_klantnummer_past_eight_digits_is_generated() {
        let mut highest: HashMap<String, i64> = [("950428139".to_string(), MAX_GENERATED_KLANTNUMMER)].into();
        let k = klant("c", r#"{"bronorganisatie":"950428139"}"#);
        let op = Op::Create { klant: Box::new(k), generate_klantnummer: true };
        let planned = plan(&op, &mut HashMap::new(), &mut highest);
        assert!(matches!(planned, Plan::Answer(Err(StoreError::KlantnummerExhausted))));
    }
}
