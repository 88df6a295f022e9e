//! Group commit: the writes that arrive while a transaction is under way are written together in the next one.
//!
//! One task per store (the writer) takes the queued writes, up to [`MAX_GROUP`] at a time, and writes them in one
//! transaction, in the order they arrived, each applied to exactly the state the writes before it left:
//!
//! 1. on PostgreSQL, the advisory lock of each bronorganisatie that gets a generated klantnummer (kla-001), in a
//!    fixed order, then the klanten that are changed or deleted, `SELECT … FOR UPDATE` in id order (on SQLite
//!    the store's write lock is held for the whole transaction);
//! 2. in memory, each write in turn: the merge of an update onto the stored klant (or onto the previous write of
//!    the same klant in this group), its representation, audit record and notification;
//! 3. on PostgreSQL every statement (the new klant rows, with ids taken from their sequence in step 1) sent with
//!    the `COMMIT` in one round trip, on the writer's own connection ([`super::pg_writer`]); on SQLite (ids
//!    given by the writer) one transaction of prepared statements with their values bound, on the writer's own
//!    connection ([`super::sqlite_writer`]);
//!
//! Step 2 and the statements are planned without a database ([`super::plan`]); each backend's module runs them.
//! 4. one commit, then the read cache, then the answers. No write is answered before its commit.
//!
//! Why: a write's cost on this machine was almost all hand-overs between threads (one per statement to the
//! database driver and back) and the commit's sync, both paid once per write. Here they are paid once per group,
//! so under load a write costs a few statements' worth of CPU; a lone write is a group of one and waits for
//! nothing.
//!
//! A write that the stored state refuses (gone, a changed `subjectType`, the caller's own rule, no klantnummer
//! left) is answered as such and leaves the others in its group alone. A statement that fails (a unique index
//! answering kla-001) rolls the group back, and its writes are then written one by one, each in its own
//! transaction, so that exactly the write that broke the rule is refused. Transient conflicts (deadlock,
//! serialisation failure, `database is locked`) run the transaction again ([`retry`]).
//!
//! A database that is down or full fails the group as a whole: its writes all get that answer at once (a 503,
//! nothing of them written), none is tried again on its own. Each write waits at most `--database-timeout-ms` for
//! the writer to take it up; one still queued then is withdrawn ([`Claim`]) and answered as unavailable, so that
//! a database that hangs holds no client longer than that. The writer records whether its last transaction
//! failed for the database's sake ([`super::health`]), which `/ready` reports.
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use sea_orm::DbErr;
use tokio::sync::{mpsc, oneshot, Notify};

use super::cache::KlantCache;
use super::health::WriteHealth;
use super::list_cache::ListCache;
use super::pg_script::PgScriptConnection;
use super::plan::{self, changed_uuids, Done, Op};
use super::sqlite_writer::SqliteWriter;
use super::{pg_writer, retry, unique_violation, StoreError};
use crate::domain::write_records::WriteRecords;

/// The most writes in one transaction.
const MAX_GROUP: usize = 64;

/// The planning's view of the group's jobs.
fn writes(jobs: &[Job]) -> Vec<plan::Write<'_>> {
    jobs.iter().map(|j| plan::Write { op: &j.op, records: &j.records, notify: j.notify.is_some() }).collect()
}

pub(super) struct Job {
    pub op: Op,
    /// Builds the write's audit record and notification (the layers above decide both).
    pub records: WriteRecords,
    /// Whether the write puts its notification in the outbox, and whom to wake after the commit.
    pub notify: Option<Option<Arc<Notify>>>,
    pub reply: oneshot::Sender<Result<Done, StoreError>>,
    /// Taken by the writer when it puts the job in a group, or withdrawn by its caller that waited too long.
    pub claim: Claim,
}

/// Who has a queued write: the writer, once it takes it into a group (then the caller waits for its answer), or
/// its caller, which withdraws it when the writer has not taken it within the bound (then it is never written).
#[derive(Clone, Default)]
pub(super) struct Claim(Arc<AtomicU8>);

const QUEUED: u8 = 0;
const TAKEN: u8 = 1;
const WITHDRAWN: u8 = 2;

impl Claim {
    /// The writer's: whether the job is still to be written (and now the writer's).
    fn take(&self) -> bool {
        self.0.compare_exchange(QUEUED, TAKEN, Ordering::AcqRel, Ordering::Acquire).is_ok()
    }

    /// The caller's: whether the job was withdrawn before the writer took it.
    fn withdraw(&self) -> bool {
        self.0.compare_exchange(QUEUED, WITHDRAWN, Ordering::AcqRel, Ordering::Acquire).is_ok()
    }
}

/// The sending side of the writer's queue.
#[derive(Clone)]
pub(super) struct Writer {
    queue: mpsc::UnboundedSender<Job>,
    /// `--database-timeout-ms`: the longest a write waits to be taken up.
    timeout: Duration,
}

impl Writer {
    /// Starts the writer task; it ends when the last [`Writer`] is dropped. `timeout` is `--database-timeout-ms`.
    pub(super) fn start(
        connection: WriterConnection,
        cache: Arc<KlantCache>,
        lists: Arc<ListCache>,
        health: Arc<WriteHealth>,
        timeout: Duration,
    ) -> Self {
        let (queue, rx) = mpsc::unbounded_channel();
        tokio::spawn(GroupWriter { connection, cache, lists, health, timeout }.run(rx));
        Writer { queue, timeout }
    }

    /// Queues a write and waits for its commit (or refusal). A write the writer has not taken up within the bound
    /// (it is still busy with a database that does not answer) is withdrawn and answered as unavailable.
    pub(super) async fn write(
        &self,
        op: Op,
        records: WriteRecords,
        notify: Option<Option<Arc<Notify>>>,
    ) -> Result<Done, StoreError> {
        let (reply, mut answer) = oneshot::channel();
        let claim = Claim::default();
        let job = Job { op, records, notify, reply, claim: claim.clone() };
        self.queue.send(job).map_err(|_| StoreError::Writer("it has stopped"))?;
        let dropped = |_| StoreError::Writer("it dropped a write");
        match tokio::time::timeout(self.timeout, &mut answer).await {
            Ok(result) => result.map_err(dropped)?,
            Err(_) if claim.withdraw() => Err(StoreError::Unavailable(DbErr::Custom(format!(
                "the writer did not take the write up within {} ms",
                self.timeout.as_millis()
            )))),
            // taken: its transaction is under way, bounded by its own timeouts
            Err(_) => answer.await.map_err(dropped)?,
        }
    }
}

/// Where the writer writes.
pub(super) enum WriterConnection {
    Sqlite(SqliteWriter),
    /// Boxed: its connect options make it far larger than the SQLite variant.
    Postgres(Box<PgScriptConnection>),
}

struct GroupWriter {
    connection: WriterConnection,
    cache: Arc<KlantCache>,
    lists: Arc<ListCache>,
    /// Whether the last transaction failed for the database's sake.
    health: Arc<WriteHealth>,
    /// `--database-timeout-ms`: no new attempt of a transaction after it ([`retry`]).
    timeout: Duration,
}

impl GroupWriter {
    async fn run(self, mut rx: mpsc::UnboundedReceiver<Job>) {
        while let Some(first) = rx.recv().await {
            // a job its caller withdrew (it waited too long) is dropped unwritten
            let mut jobs: Vec<Job> = Some(first).into_iter().filter(|j| j.claim.take()).collect();
            while jobs.len() < MAX_GROUP {
                match rx.try_recv() {
                    Ok(job) if job.claim.take() => jobs.push(job),
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
            if jobs.is_empty() {
                continue;
            }
            // A panic in one group (a bug in a write's rule) answers that group's writes with an error (their
            // reply channels close) and must not stop the writer: every later write would fail.
            if std::panic::AssertUnwindSafe(self.write(jobs)).catch_unwind().await.is_err() {
                tracing::error!("a group of writes panicked; its writes were not answered with a result");
            }
        }
    }

    /// Writes `jobs` as one group; when a statement fails, each of them on its own.
    async fn write(&self, jobs: Vec<Job>) {
        let alone = jobs.len() == 1;
        let started = std::time::Instant::now();
        let result = retry(self.timeout, || self.attempt(&jobs, alone)).await;
        tracing::debug!(writes = jobs.len(), micros = started.elapsed().as_micros() as u64, "group written");
        self.health.record(&result);
        match result {
            Ok(done) => self.answer(jobs, done),
            // The database failed, not one of the writes: each alone would only wait for it once more.
            Err(e) if e.outage().is_some() || matches!(e, StoreError::OutcomeUnknown(_)) => self.fail(jobs, &e),
            Err(e) if jobs.len() > 1 => {
                tracing::debug!(error = %e, writes = jobs.len(), "a group failed; writing its writes one by one");
                for job in jobs {
                    let one = std::slice::from_ref(&job);
                    let result = retry(self.timeout, || self.attempt(one, true)).await;
                    self.health.record(&result);
                    match result {
                        Ok(done) => self.answer(vec![job], done),
                        Err(e) => self.fail(vec![job], &e),
                    }
                }
            }
            Err(e) => self.fail(jobs, &e),
        }
    }

    /// Answers each of `jobs` with `e`. When the transaction's outcome is unknown (it may have committed), the
    /// klanten it changes and the list pages are dropped from the read caches.
    fn fail(&self, jobs: Vec<Job>, e: &StoreError) {
        if matches!(e, StoreError::OutcomeUnknown(_)) {
            tracing::warn!(error = %e, writes = jobs.len(), "the outcome of a group's commit is unknown");
            for uuid in changed_uuids(jobs.iter().map(|j| &j.op)) {
                self.cache.invalidate(uuid);
            }
            self.lists.changed();
        } else if e.outage().is_some() {
            tracing::warn!(error = %e, writes = jobs.len(), "a group of writes failed: the database is unavailable or full");
        }
        for job in jobs {
            let _ = job.reply.send(Err(clone_error(e)));
        }
    }

    /// After the commit: the read cache follows the writes (in their order), the outbox worker wakes, and each
    /// write gets its answer.
    fn answer(&self, jobs: Vec<Job>, done: Vec<Result<Done, StoreError>>) {
        if done.iter().any(|d| matches!(d, Ok(Done::Written(_) | Done::Deleted(_)))) {
            self.lists.changed();
        }
        let mut wake: Option<Arc<Notify>> = None;
        for (job, result) in jobs.into_iter().zip(done) {
            match &result {
                // A new klant is not put in the cache: it is read back far less often than it is created (an
                // import fills the cache with klanten nobody reads, and the cache's bound with them); its first
                // GET fills it.
                Ok(Done::Written(_)) if matches!(job.op, Op::Create { .. }) => {}
                Ok(Done::Written(entry)) => {
                    if matches!(self.connection, WriterConnection::Sqlite(_)) {
                        // SQLite: this process's writes are serialised, so the newest write comes last.
                        self.cache.put(entry.clone());
                    } else {
                        self.cache.invalidate(&entry.uuid);
                    }
                }
                Ok(Done::Deleted(_)) => {
                    if let Op::Delete { uuid } = &job.op {
                        self.cache.invalidate(uuid);
                    }
                }
                _ => {}
            }
            if let (Ok(Done::Written(_) | Done::Deleted(_)), Some(Some(w))) = (&result, &job.notify) {
                wake = Some(w.clone());
            }
            let _ = job.reply.send(result);
        }
        if let Some(w) = wake {
            w.notify_one();
        }
    }

    /// One transaction for `jobs`. `Err` rolls all of them back; the `Ok` list has one answer per job.
    /// `alone`: the group is one write on its own, retried when a generated klantnummer met a client's.
    async fn attempt(&self, jobs: &[Job], alone: bool) -> Result<Vec<Result<Done, StoreError>>, StoreError> {
        let generating = plan::generating(jobs.iter().map(|j| &j.op));
        let plans = match &self.connection {
            WriterConnection::Sqlite(sqlite) => sqlite.attempt(&self.cache, &writes(jobs), &generating).await,
            WriterConnection::Postgres(pg) => pg_writer::attempt(pg, &writes(jobs), &generating).await,
        };
        match plans {
            Ok(plans) => Ok(plan::answers(plans)),
            Err(StoreError::Db(e)) if unique_violation(&e) => Err(unique_error(jobs, alone)),
            Err(e) => Err(e),
        }
    }
}

/// A unique index refused a statement of the group: on its own, that write breaks kla-001 — unless it is a create
/// whose generated number met a number another instance's client sent meanwhile, which a new attempt resolves.
fn unique_error(jobs: &[Job], alone: bool) -> StoreError {
    let generated = matches!(jobs, [Job { op: Op::Create { generate_klantnummer: true, .. }, .. }]);
    if alone && generated {
        StoreError::GeneratedTaken
    } else if alone {
        StoreError::Unique
    } else {
        StoreError::GroupFailed
    }
}

fn clone_error(e: &StoreError) -> StoreError {
    match e {
        StoreError::Unique => StoreError::Unique,
        StoreError::KlantnummerExhausted => StoreError::KlantnummerExhausted,
        StoreError::NotFound => StoreError::NotFound,
        StoreError::SubjectTypeChanged(t) => StoreError::SubjectTypeChanged(t.clone()),
        StoreError::GeneratedTaken => StoreError::GeneratedTaken,
        StoreError::GroupFailed => StoreError::GroupFailed,
        StoreError::Writer(what) => StoreError::Writer(what),
        // the kind is kept: it decides the answer
        StoreError::Unavailable(e) => StoreError::Unavailable(DbErr::Custom(e.to_string())),
        StoreError::StorageFull(e) => StoreError::StorageFull(DbErr::Custom(e.to_string())),
        StoreError::OutcomeUnknown(e) => StoreError::OutcomeUnknown(DbErr::Custom(e.to_string())),
        StoreError::Db(e) => StoreError::Db(DbErr::Custom(e.to_string())),
    }
}
