//! PostgreSQL, `--read-cache-validation exact`: the statements that prove cached answers current
//! ([`super::validation`]), shared by the requests that wait at the same moment.
//!
//! A GET asks the validator; a few tasks ([`WORKERS`]), each with a connection of its own, take every question
//! queued when they are free and answer them all with one prepared statement: the version (and, where it changed,
//! the row) of each klant asked for, and the change counter of the list pages, in one snapshot. A question is
//! queued after its request began and its statement is sent after it was queued, so the snapshot that answers it
//! sees every write acknowledged before the request: sharing a round trip never makes an answer older.
//!
//! Why: one statement through the pool cost a GET two round trips (the pool tests a connection before lending it)
//! and a hand-over to the pool's connection and back; on the benchmark machine (`scripts/bench.sh`, 16 clients) a
//! GET validated that way ran at about 10,000 req/s where the cache alone answered 50,000. Here concurrent GETs
//! share one round trip, of a statement planned once, on a connection no one else waits for.
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sea_orm::sqlx::postgres::{PgConnectOptions, PgConnection, PgRow};
use sea_orm::sqlx::{self, Connection, Row};
use sea_orm::{DbErr, RuntimeErr};
use tokio::sync::{mpsc, oneshot, Mutex};

use super::cache::CachedKlant;
use super::error::outage;
use super::validation::{Checked, CHANGES_SQL};

/// Tasks (and connections) answering questions at once: while one waits for its round trip, the next collects
/// the questions that arrive meanwhile.
const WORKERS: usize = 2;
/// Questions answered by one statement at most.
const MAX_BATCH: usize = 256;

/// One statement for a batch: each klant asked for with its `known` version (`$1`, `$2`), its row's version and,
/// where that is not the known one, its row; `with_changes` adds the change counter, computed once. The outer join
/// keeps one row when no klant was asked for or none exists. Two texts, so that a batch without a list page does
/// not read the counter.
fn batch_sql(with_changes: bool) -> String {
    let changes = if with_changes { format!("({CHANGES_SQL})") } else { "NULL::bigint".into() };
    format!(
        "SELECT c.uuid, c.id, c.version, c.subject_type, c.representation, {changes} AS w \
         FROM (VALUES (1)) AS one(x) LEFT JOIN ( \
           SELECT k.u AS uuid, r.id, r.version, r.subject_type, \
             CASE WHEN r.version = k.v THEN NULL ELSE r.representation END AS representation \
           FROM unnest($1::text[], $2::bigint[]) AS k(u, v) \
           CROSS JOIN LATERAL (SELECT id, version, subject_type, representation FROM klant WHERE uuid = k.u) r \
         ) c ON true"
    )
}

/// The two texts of [`batch_sql`]: without and with the change counter.
struct Statements {
    klanten: String,
    with_changes: String,
}

/// What is asked.
enum Question {
    /// The stored state of a klant whose cached version is `known` (0: none cached).
    Klant { uuid: String, known: i64 },
    /// The change counter.
    Changes,
}

/// What is answered.
enum Answer {
    Klant(Checked),
    Changes(i64),
}

struct Asked {
    question: Question,
    reply: oneshot::Sender<Result<Answer, DbErr>>,
}

/// The queue of questions; the workers stop when it is dropped.
pub(super) struct Validator {
    queue: mpsc::UnboundedSender<Asked>,
    workers: Vec<tokio::task::JoinHandle<()>>,
    /// `--database-timeout-ms`: how long a question may wait for its answer, and a worker for a connection and
    /// for each round trip.
    timeout: Duration,
}

impl Drop for Validator {
    fn drop(&mut self) {
        for w in &self.workers {
            w.abort();
        }
    }
}

impl Validator {
    /// The workers, with connections opened from `options` when first needed; `timeout` is
    /// `--database-timeout-ms`.
    pub(super) fn start(options: PgConnectOptions, timeout: Duration) -> Self {
        let (queue, rx) = mpsc::unbounded_channel();
        let rx = Arc::new(Mutex::new(rx));
        let sql = Arc::new(Statements { klanten: batch_sql(false), with_changes: batch_sql(true) });
        let workers =
            (0..WORKERS).map(|_| tokio::spawn(work(options.clone(), rx.clone(), sql.clone(), timeout))).collect();
        Validator { queue, workers, timeout }
    }

    /// The answer to `question`, within `--database-timeout-ms` (a database that does not answer in time is
    /// unavailable, as for any other statement).
    async fn ask(&self, question: Question) -> Result<Answer, DbErr> {
        let (reply, answer) = oneshot::channel();
        self.queue.send(Asked { question, reply }).map_err(|_| stopped())?;
        match tokio::time::timeout(self.timeout, answer).await {
            Ok(answer) => answer.map_err(|_| stopped())?,
            Err(_) => Err(DbErr::Conn(RuntimeErr::SqlxError(timed_out(self.timeout)))),
        }
    }

    /// The stored state of `uuid` compared with the cached version `known` (0 when none is cached).
    pub(super) async fn klant(&self, uuid: &str, known: i64) -> Result<Checked, DbErr> {
        match self.ask(Question::Klant { uuid: uuid.to_string(), known }).await? {
            Answer::Klant(c) => Ok(c),
            Answer::Changes(_) => Err(DbErr::Custom("the validator answered another question".into())),
        }
    }

    /// The change counter now.
    pub(super) async fn changes(&self) -> Result<i64, DbErr> {
        match self.ask(Question::Changes).await? {
            Answer::Changes(n) => Ok(n),
            Answer::Klant(_) => Err(DbErr::Custom("the validator answered another question".into())),
        }
    }
}

fn stopped() -> DbErr {
    DbErr::Custom("the read cache's validator has stopped".into())
}

/// One worker: takes every question queued when it is free (up to [`MAX_BATCH`]) and answers them in one round
/// trip on its own connection.
async fn work(
    options: PgConnectOptions,
    rx: Arc<Mutex<mpsc::UnboundedReceiver<Asked>>>,
    sql: Arc<Statements>,
    timeout: Duration,
) {
    let mut connection: Option<PgConnection> = None;
    loop {
        let batch = {
            let mut rx = rx.lock().await;
            let Some(first) = rx.recv().await else { return };
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match rx.try_recv() {
                    Ok(a) => batch.push(a),
                    Err(_) => break,
                }
            }
            batch
        };
        answer(&options, &mut connection, &sql, batch, Instant::now() + timeout).await;
    }
}

/// Answers `batch` with one statement, sent by `deadline`.
async fn answer(
    options: &PgConnectOptions,
    connection: &mut Option<PgConnection>,
    sql: &Statements,
    batch: Vec<Asked>,
    deadline: Instant,
) {
    let mut uuids: Vec<String> = Vec::new();
    let mut known: Vec<i64> = Vec::new();
    let mut changes = false;
    {
        let mut seen: HashSet<(&str, i64)> = HashSet::new();
        for a in &batch {
            match &a.question {
                Question::Klant { uuid, known: k } => {
                    if seen.insert((uuid.as_str(), *k)) {
                        uuids.push(uuid.clone());
                        known.push(*k);
                    }
                }
                Question::Changes => changes = true,
            }
        }
    }
    let sql = if changes { &sql.with_changes } else { &sql.klanten };
    let rows = match query(options, connection, sql, &uuids, &known, deadline).await {
        Ok(rows) => rows,
        Err(e) => {
            // every question gets the error, told apart as the store tells any (`super::error::outage`): the
            // first one the error itself, the others its like
            let like = |e: &DbErr| match outage(e) {
                Some(_) => DbErr::Conn(RuntimeErr::SqlxError(sqlx::Error::Io(std::io::Error::new(
                    std::io::ErrorKind::ConnectionAborted,
                    e.to_string(),
                )))),
                None => DbErr::Query(RuntimeErr::Internal(e.to_string())),
            };
            let mut batch = batch.into_iter();
            let first = batch.next();
            for a in batch {
                let _ = a.reply.send(Err(like(&e)));
            }
            if let Some(a) = first {
                let _ = a.reply.send(Err(e));
            }
            return;
        }
    };
    match read_rows(&rows) {
        Ok((found, counter)) => {
            for a in batch {
                let answer = match a.question {
                    Question::Klant { uuid, known } => Ok(Answer::Klant(match found.get(&uuid) {
                        None => Checked::Gone,
                        Some(f) if f.version == known => Checked::Current,
                        Some(f) => match &f.entry {
                            Some(entry) => Checked::Changed(entry.clone()),
                            None => {
                                let _ =
                                    a.reply.send(Err(DbErr::Custom(format!("the validator read no row of {uuid}"))));
                                continue;
                            }
                        },
                    })),
                    Question::Changes => counter
                        .map(Answer::Changes)
                        .ok_or_else(|| DbErr::Custom("the validator read no change counter".into())),
                };
                let _ = a.reply.send(answer);
            }
        }
        Err(e) => {
            let text = e.to_string();
            for a in batch {
                let _ = a.reply.send(Err(DbErr::Query(RuntimeErr::Internal(text.clone()))));
            }
        }
    }
}

/// A klant as the batch found it: its version, and its row when that was not the version asked with.
struct Found {
    version: i64,
    entry: Option<Arc<CachedKlant>>,
}

fn read_rows(rows: &[PgRow]) -> Result<(HashMap<String, Found>, Option<i64>), sqlx::Error> {
    let mut found: HashMap<String, Found> = HashMap::with_capacity(rows.len());
    let mut counter = None;
    for row in rows {
        if counter.is_none() {
            counter = row.try_get::<Option<i64>, _>("w")?;
        }
        let Some(uuid) = row.try_get::<Option<String>, _>("uuid")? else { continue };
        let version: i64 = row.try_get("version")?;
        let stored = row.try_get::<Option<Vec<u8>>, _>("representation")?;
        let entry =
            match stored.map(super::packing::unpack).transpose().map_err(|e| sqlx::Error::Decode(Box::new(e)))? {
                Some(representation) => Some(Arc::new(CachedKlant::new(
                    row.try_get("id")?,
                    uuid.clone(),
                    version,
                    row.try_get("subject_type")?,
                    representation,
                ))),
                None => None,
            };
        let slot = found.entry(uuid).or_insert(Found { version, entry: None });
        if slot.entry.is_none() {
            slot.entry = entry;
        }
    }
    Ok((found, counter))
}

/// The batch's statement, on the worker's connection, by `deadline`; a connection that fails is dropped, and the
/// statement (which writes nothing) is sent once more on a new one when the old one had been used before.
async fn query(
    options: &PgConnectOptions,
    connection: &mut Option<PgConnection>,
    sql: &str,
    uuids: &[String],
    known: &[i64],
    deadline: Instant,
) -> Result<Vec<PgRow>, DbErr> {
    let timeout = deadline.saturating_duration_since(Instant::now());
    let mut fresh = false;
    loop {
        if connection.is_none() {
            let connecting = tokio::time::timeout_at(deadline.into(), connect(options)).await;
            let c = connecting.unwrap_or_else(|_| Err(timed_out(timeout))).map_err(|e| DbErr::Conn(sqlx_err(e)))?;
            *connection = Some(c);
            fresh = true;
        }
        let c = connection.as_mut().expect("a connection was just opened");
        let sent = sqlx::query(sql).bind(uuids).bind(known).fetch_all(c);
        match tokio::time::timeout_at(deadline.into(), sent).await {
            Ok(Ok(rows)) => return Ok(rows),
            Ok(Err(e)) => {
                let lost = connection_lost(&e);
                *connection = None;
                if lost && !fresh {
                    tracing::debug!(error = %e, "read cache validator: connection lost; sending again on a new one");
                    continue;
                }
                return Err(if lost { DbErr::Conn(sqlx_err(e)) } else { DbErr::Query(sqlx_err(e)) });
            }
            Err(_) => {
                // a connection that does not answer in time is not used again
                *connection = None;
                return Err(DbErr::Conn(sqlx_err(timed_out(timeout))));
            }
        }
    }
}

/// The error of a database that did not answer within `timeout` (an outage, `super::error::outage`).
fn timed_out(timeout: Duration) -> sqlx::Error {
    sqlx::Error::Io(std::io::Error::new(
        std::io::ErrorKind::TimedOut,
        format!("PostgreSQL did not answer within {} ms", timeout.as_millis()),
    ))
}

/// Whether `e` says the connection is gone (a broken socket, or the server ending it: a restart,
/// `pg_terminate_backend`), rather than that the statement failed.
fn connection_lost(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Io(_) | sqlx::Error::Protocol(_) | sqlx::Error::Tls(_) => true,
        sqlx::Error::Database(d) => d.code().is_some_and(|c| c.starts_with("57P") || c.starts_with("08")),
        _ => false,
    }
}

/// A worker's connection. Its statement is planned once: PostgreSQL would otherwise plan it anew at every
/// execution, since a plan for the array at hand (one row, say) always looks cheaper than the generic plan (which
/// assumes ten); planning cost a batch about 0.1 ms, several times its execution.
async fn connect(options: &PgConnectOptions) -> Result<PgConnection, sqlx::Error> {
    let mut c = PgConnection::connect_with(options).await?;
    // PostgreSQL 12 and later; an older server plans each execution, which is slower but as exact
    if let Err(e) = sqlx::query("SET plan_cache_mode = force_generic_plan").execute(&mut c).await {
        tracing::debug!(error = %e, "read cache validator: plan_cache_mode not set");
    }
    Ok(c)
}

fn sqlx_err(e: sqlx::Error) -> RuntimeErr {
    RuntimeErr::SqlxError(e)
}
