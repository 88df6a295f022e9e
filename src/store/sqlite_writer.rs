//! The writer's transactions on SQLite ([`super::group`] queues and answers the writes; [`super::plan`] plans them):
//! under the store's write lock the writer is the only writer of klanten of its file, so it reads what the read
//! cache and its own previous groups do not tell it, and runs the group as one transaction on its own rusqlite
//! connection ([`super::sqlite_script`]).
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement, Value};
use tokio::sync::Mutex;

use super::batch::Batch;
use super::cache::KlantCache;
use super::plan::{self, changed_uuids, current_sql, highest_sql, new_rows, statements, Current, Op, Plan, Write};
use super::StoreError;

/// On SQLite, what the writer knows of the stored state from the groups it committed, so that a group of creates
/// needs no read before its script (a read is a hand-over to the database thread and back, a quarter of a small
/// group's time in a profile). Exact because this process is the only writer of klanten of its SQLite file (as the
/// read cache assumes, see `cache`) and the writer's groups are serialised: every committed group updates it, and
/// any failed or panicked attempt forgets it, so the next group reads again. A klant inserted by another process
/// anyway would take the id this writer gives next, so its group fails on the primary key and is written again
/// after a fresh read.
#[derive(Default)]
struct Remembered {
    /// The highest klant id ever given (`sqlite_sequence`), once read.
    last_id: Option<i64>,
    /// The highest numeric klantnummer of each bronorganisatie read (kla-001), kept by the writes since.
    highest: HashMap<String, i64>,
}

/// Bronorganisaties whose highest klantnummer is remembered at most; past it the writer forgets them all.
const REMEMBERED_BRONNEN: usize = 4096;

/// What the writer needs on SQLite: a connection of its own for the reads of a group (a pool of one), the
/// connection its transactions run on, and the store's write lock, shared with the outbox's own writes so that
/// one write transaction of this process runs at a time.
pub(super) struct SqliteWriter {
    pub connection: DatabaseConnection,
    /// The connection the group's transaction runs on ([`super::sqlite_script`]).
    pub script: super::sqlite_script::ScriptConnection,
    pub lock: Arc<Mutex<()>>,
    /// What the committed groups left that the next one needs ([`Remembered`]).
    remembered: std::sync::Mutex<Remembered>,
}

impl SqliteWriter {
    pub(super) fn new(
        connection: DatabaseConnection,
        script: super::sqlite_script::ScriptConnection,
        lock: Arc<Mutex<()>>,
    ) -> Self {
        SqliteWriter { connection, script, lock, remembered: Default::default() }
    }

    /// SQLite: under the store's write lock this task is the only writer of klanten, so what it reads before its
    /// transaction is what the transaction changes. At most two hand-overs to the database: the read of what the
    /// read cache and the previous groups do not tell ([`Remembered`]), and one transaction
    /// `BEGIN IMMEDIATE … COMMIT` of bound statements on the writer's own connection ([`super::sqlite_script`],
    /// rolled back there when a statement fails).
    pub(super) async fn attempt(
        &self,
        cache: &KlantCache,
        writes: &[Write<'_>],
        generating: &BTreeSet<&str>,
    ) -> Result<Vec<Plan>, StoreError> {
        let sqlite = self;
        let _guard = sqlite.lock.lock().await;
        let db = &sqlite.connection;
        // Taken out: an attempt that fails (or panics) leaves it empty, and the next one reads again.
        let mut known = std::mem::take(&mut *sqlite.remembered.lock().unwrap_or_else(|p| p.into_inner()));
        let creates = writes.iter().filter(|w| matches!(w.op, Op::Create { .. })).count();
        // The klanten the group changes: the read cache has the committed version of a klant it holds (this
        // writer put it there after its commit, or a read that no write raced filled it).
        let mut current = HashMap::new();
        let mut unknown = BTreeSet::new();
        for uuid in changed_uuids(writes.iter().map(|w| w.op)) {
            match cache.get(uuid) {
                Some(e) => {
                    current.insert(uuid.to_string(), Current::from_cached(&e));
                }
                None => {
                    unknown.insert(uuid);
                }
            }
        }
        current.extend(read_current(db, &unknown).await?);
        let unread: BTreeSet<&str> = generating.iter().copied().filter(|b| !known.highest.contains_key(*b)).collect();
        let need_id = creates > 0 && known.last_id.is_none();
        if !unread.is_empty() || need_id {
            let (highest, last_id) = read_highest(db, &unread, need_id).await?;
            known.highest.extend(highest);
            if need_id {
                known.last_id = Some(last_id);
            }
        }
        let mut plans = Vec::with_capacity(writes.len());
        for w in writes {
            plans.push(plan::plan(w.op, &mut current, &mut known.highest));
        }
        // ids after the highest ever given (the table is AUTOINCREMENT: sqlite_sequence keeps it)
        let mut next_id = known.last_id.unwrap_or(0);
        for p in &mut plans {
            if let Plan::Create { id, .. } = p {
                next_id += 1;
                *id = i32::try_from(next_id).map_err(|_| DbErr::Custom("klant ids exhausted".into()))?;
            }
        }
        let mut script = Batch::bound_sqlite();
        script.insert_rows(new_rows(&plans)).map_err(DbErr::Custom)?;
        statements(&mut script, DbBackend::Sqlite, writes, &plans);
        // one `BEGIN IMMEDIATE … COMMIT` on the writer's own connection, rolled back there when a statement fails
        sqlite.script.run(script.into_steps()).await?;
        if creates > 0 {
            known.last_id = Some(next_id);
        }
        known.follow(&plans);
        *sqlite.remembered.lock().unwrap_or_else(|p| p.into_inner()) = known;
        Ok(plans)
    }
}

impl Remembered {
    /// Follows a committed group: a klantnummer the group took raised its bronorganisatie's highest already
    /// ([`taken`]); one it gave up (a changed klantnummer, a deleted klant) may have lowered it, so that
    /// bronorganisatie is read again, as a restarted server would.
    fn follow(&mut self, plans: &[Plan]) {
        for p in plans {
            match p {
                Plan::Update { old, new, .. }
                    if old.bronorganisatie != new.bronorganisatie || old.klantnummer != new.klantnummer =>
                {
                    self.highest.remove(&old.bronorganisatie);
                }
                Plan::Delete { .. } => self.highest.clear(),
                _ => {}
            }
        }
        if self.highest.len() > REMEMBERED_BRONNEN {
            self.highest.clear();
        }
    }
}

/// SQLite: the stored klanten `uuids`.
async fn read_current<C: ConnectionTrait>(db: &C, uuids: &BTreeSet<&str>) -> Result<HashMap<String, Current>, DbErr> {
    let mut current = HashMap::with_capacity(uuids.len());
    if uuids.is_empty() {
        return Ok(current);
    }
    let sql = current_sql((1..=uuids.len()).map(|i| format!("${i}")), "");
    let values: Vec<Value> = uuids.iter().map(|u| (*u).into()).collect();
    for row in db.query_all(Statement::from_sql_and_values(db.get_database_backend(), sql, values)).await? {
        current.insert(
            row.try_get::<String>("", "uuid")?,
            Current::new(
                row.try_get("", "id")?,
                row.try_get("", "version")?,
                row.try_get("", "subject_type")?,
                super::packing::column(&row, "representation")?,
            ),
        );
    }
    Ok(current)
}

/// SQLite: the highest numeric klantnummer of each bronorganisatie that gets a generated one (kla-001), and with
/// `last_id` the highest klant id ever given; one statement.
async fn read_highest<C: ConnectionTrait>(
    db: &C,
    brons: &BTreeSet<&str>,
    last_id: bool,
) -> Result<(HashMap<String, i64>, i64), DbErr> {
    let mut highest: HashMap<String, i64> = brons.iter().map(|b| (b.to_string(), 0)).collect();
    if brons.is_empty() && !last_id {
        return Ok((highest, 0));
    }
    let sql = highest_sql((1..=brons.len()).map(|i| format!("${i}")).collect(), last_id);
    let values: Vec<Value> = brons.iter().map(|b| (*b).into()).collect();
    let mut id = 0;
    for row in db.query_all(Statement::from_sql_and_values(db.get_database_backend(), sql, values)).await? {
        let key: String = row.try_get("", "k")?;
        let n: Option<i64> = row.try_get("", "n")?;
        if key == "id" {
            id = n.unwrap_or(0);
        } else {
            highest.insert(key, n.unwrap_or(0));
        }
    }
    Ok((highest, id))
}
