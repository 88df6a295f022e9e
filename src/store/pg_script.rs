//! The PostgreSQL writer's transactions: a connection of the writer's own, on which a group's transaction is two
//! round trips. The first opens the transaction and takes and reads what the group needs (`BEGIN`, the advisory
//! locks, `SELECT … FOR UPDATE`, the highest klantnummers, the new klanten's ids); the second is every statement
//! of the group followed by its `COMMIT`. Both go as one simple-protocol query each, their values inlined with
//! sea-query's quoting for PostgreSQL.
//!
//! Why: a group of about eight creates took 7.2 ms, in seven round trips of 0.4 to 0.6 ms each under load (the
//! pool's acquire with its test query and `BEGIN`, the advisory lock, the read of the highest klantnummer, the
//! `INSERT … RETURNING` of the klant rows, the batch, `COMMIT`). The ids of the new klanten are now taken from
//! their sequence in the first round trip, so their rows, audit records and outbox rows need no
//! answer before the commit.
//!
//! A statement that fails in a round trip ends the query there: PostgreSQL skips the rest (the `COMMIT` too) and
//! the transaction is rolled back before the connection is used again. A connection that cannot be used (closed
//! by the server, or left inside a transaction by a panic) is dropped and a new one opened; the first round trip
//! commits nothing, so it is sent once more on a new connection when the old one turns out to be gone.
//!
//! Bounded (README, "When the database is down or full"): opening a connection and each round trip wait
//! `--database-timeout-ms` at most. The first round trip cut off commits nothing. The second one lost (the server
//! stopped, crashed, or did not answer in time) may or may not have committed: the `COMMIT`'s own completion, when
//! it arrived before the loss, says it did; otherwise the transaction's id, taken in the first round trip, is
//! looked up with `txid_status` on a new connection ([`PgTransaction::resolve`]). Only a transaction whose fate
//! that cannot tell within the bound (the server is still down) is answered as of unknown outcome, never as
//! failed.
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use sea_orm::sqlx::postgres::{PgConnectOptions, PgConnection, PgRow};
use sea_orm::sqlx::{self, Connection, Either, Executor, Row};
use sea_orm::{DbErr, RuntimeErr};
use tokio::sync::{Mutex, MutexGuard};

use super::StoreError;

/// The writer's connection: one transaction at a time (only the writer task uses it).
pub(super) struct PgScriptConnection {
    options: PgConnectOptions,
    /// `--database-timeout-ms`: the bound of a connect and of each round trip.
    timeout: Duration,
    slot: Mutex<Slot>,
}

#[derive(Default)]
struct Slot {
    conn: Option<PgConnection>,
    /// Set from a transaction's `BEGIN` until its `COMMIT` or `ROLLBACK` is known done: a connection found with
    /// it set (a panic in between) is not used again.
    open: bool,
}

/// A transaction opened by [`PgScriptConnection::begin`]: end it with [`PgTransaction::commit`] or
/// [`PgTransaction::rollback`]. Dropped without either, its connection is closed before the next use.
pub(super) struct PgTransaction<'a> {
    slot: MutexGuard<'a, Slot>,
    /// The transaction's id (`txid_current()`), by which its fate is looked up when the connection is lost during
    /// its `COMMIT`.
    xid: i64,
    owner: &'a PgScriptConnection,
}

impl PgScriptConnection {
    /// Opens no connection yet: the first transaction does. `timeout` is `--database-timeout-ms`.
    pub fn new(options: PgConnectOptions, timeout: Duration) -> Self {
        PgScriptConnection { options, timeout, slot: Mutex::new(Slot::default()) }
    }

    /// `BEGIN` and then `reads` (statements separated by `;`), in one round trip; the rows of each statement of
    /// `reads`, in their order. Within the bound, connecting included.
    pub async fn begin(&self, reads: &[String]) -> Result<(PgTransaction<'_>, Vec<Vec<PgRow>>), DbErr> {
        let deadline = Instant::now() + self.timeout;
        let mut slot = self.slot.lock().await;
        if slot.open {
            slot.conn = None;
            slot.open = false;
        }
        let mut text = String::from("BEGIN;\nSELECT txid_current()");
        for r in reads {
            text.push_str(";\n");
            text.push_str(r);
        }
        let mut fresh = false;
        loop {
            if slot.conn.is_none() {
                slot.conn = Some(self.connect(deadline).await?);
                fresh = true;
            }
            slot.open = true;
            let conn = slot.conn.as_mut().expect("a connection was just opened");
            let answer = match tokio::time::timeout_at(deadline.into(), results(conn, &text)).await {
                Ok(answer) => answer,
                // nothing is committed: the connection, in an unknown state, is closed (the server rolls back)
                Err(_) => {
                    slot.conn = None;
                    slot.open = false;
                    return Err(conn_err(timed_out(self.timeout)));
                }
            };
            match answer {
                Ok(mut sets) if sets.len() == reads.len() + 2 => {
                    sets.remove(0); // BEGIN's
                    let xid = sets.remove(0).first().and_then(|row| row.try_get::<i64, _>(0).ok());
                    let Some(xid) = xid else {
                        end(&mut slot, "ROLLBACK", self.timeout).await;
                        return Err(DbErr::Custom("txid_current() answered no transaction id".into()));
                    };
                    return Ok((PgTransaction { slot, xid, owner: self }, sets));
                }
                Ok(sets) => {
                    end(&mut slot, "ROLLBACK", self.timeout).await;
                    return Err(DbErr::Custom(format!(
                        "the writer's reads returned {} results for {} statements",
                        sets.len(),
                        reads.len() + 2
                    )));
                }
                // The server refused a statement: the connection works, the transaction is rolled back.
                Err(e) if refused(&e) => {
                    end(&mut slot, "ROLLBACK", self.timeout).await;
                    return Err(exec_err(e));
                }
                // The connection is gone (a restarted server, an idle connection closed, an administrator's
                // `pg_terminate_backend`): nothing was committed, so the reads are sent again, once, on a new
                // connection.
                Err(e) => {
                    slot.conn = None;
                    slot.open = false;
                    if fresh {
                        return Err(conn_err(e));
                    }
                    tracing::debug!(error = %e, "the writer's PostgreSQL connection was lost; opening a new one");
                }
            }
        }
    }

    /// A new connection, by `deadline` at the latest.
    async fn connect(&self, deadline: Instant) -> Result<PgConnection, DbErr> {
        match tokio::time::timeout_at(deadline.into(), PgConnection::connect_with(&self.options)).await {
            Ok(connected) => connected.map_err(conn_err),
            Err(_) => Err(conn_err(timed_out(self.timeout))),
        }
    }
}

impl PgTransaction<'_> {
    /// `writes` (`statements` of them) and then `COMMIT`, in one round trip, within the bound. On an error nothing
    /// of `writes` is committed; when the connection is lost after the writes ran, whether the `COMMIT` ran is found
    /// out ([`PgTransaction::resolve`]) and a transaction that did commit is a success.
    pub async fn commit(mut self, writes: &str, statements: usize) -> Result<(), StoreError> {
        let (text, expected) =
            if writes.is_empty() { ("COMMIT".to_string(), 1) } else { (format!("{writes};\nCOMMIT"), statements + 1) };
        let timeout = self.owner.timeout;
        let conn = self.slot.conn.as_mut().expect("a transaction has its connection");
        let mut completed = 0;
        let outcome = tokio::time::timeout(timeout, completions(conn, &text, &mut completed)).await;
        let error = match outcome {
            Ok(Ok(())) => {
                self.slot.open = false;
                return Ok(());
            }
            Ok(Err(e)) => e,
            Err(_) => timed_out(timeout),
        };
        if completed == expected {
            // The `COMMIT` completed; what ended the connection came after it.
            tracing::debug!(error = %error, "the writer's connection ended right after a COMMIT");
            self.slot.conn = None;
            self.slot.open = false;
            return Ok(());
        }
        if refused(&error) {
            end(&mut self.slot, "ROLLBACK", timeout).await;
            return Err(exec_err(error).into());
        }
        self.slot.conn = None;
        self.slot.open = false;
        // The server said it ended the session while one of the writes ran: the `COMMIT` never started.
        if matches!(error, sqlx::Error::Database(_)) && completed + 1 < expected {
            return Err(StoreError::Unavailable(conn_err(error)));
        }
        self.resolve(error).await
    }

    /// Finds out whether the transaction committed after its connection was lost with the `COMMIT` under way: its
    /// id's `txid_status` on a new connection, asked again (a connection refused while the server restarts, the
    /// old session still finishing) until the bound. Committed is a success; aborted, a database that was
    /// unavailable (nothing written); not known by the bound, [`StoreError::OutcomeUnknown`].
    async fn resolve(mut self, lost: sqlx::Error) -> Result<(), StoreError> {
        let timeout = self.owner.timeout;
        let deadline = Instant::now() + timeout;
        let query = format!("SELECT txid_status({})::text", self.xid);
        let mut last = None;
        while Instant::now() < deadline {
            let asked = async {
                let mut conn = self.owner.connect(deadline).await?;
                let status: Option<String> = sqlx::query_scalar(&query).fetch_one(&mut conn).await.map_err(conn_err)?;
                Ok::<_, DbErr>((conn, status))
            };
            match tokio::time::timeout_at(deadline.into(), asked).await {
                Ok(Ok((conn, status))) => {
                    let status = status.unwrap_or_default();
                    if status == "committed" || status == "aborted" {
                        self.slot.conn = Some(conn);
                        tracing::info!(xid = self.xid, %status, error = %lost, "the writer's connection was lost during COMMIT; looked up");
                        return if status == "committed" {
                            Ok(())
                        } else {
                            Err(StoreError::Unavailable(conn_err(lost)))
                        };
                    }
                    // "in progress": the old session is still finishing
                    last = Some(format!("txid_status {status:?}"));
                }
                Ok(Err(e)) => last = Some(e.to_string()),
                Err(_) => break,
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tracing::warn!(xid = self.xid, error = %lost, last = ?last, "the writer's connection was lost during COMMIT; its outcome is unknown");
        Err(StoreError::OutcomeUnknown(conn_err(lost)))
    }

    /// Rolls the transaction back (a write of the group that cannot be planned, say).
    pub async fn rollback(mut self) {
        end(&mut self.slot, "ROLLBACK", self.owner.timeout).await;
    }
}

/// Ends the slot's transaction with `sql`; a connection on which that fails, or takes longer than `timeout`, is
/// dropped.
async fn end(slot: &mut Slot, sql: &str, timeout: Duration) {
    if let Some(conn) = slot.conn.as_mut() {
        if let Ok(Ok(())) = tokio::time::timeout(timeout, execute(conn, sql)).await {
            slot.open = false;
            return;
        }
    }
    slot.conn = None;
    slot.open = false;
}

/// The error of a connect or a round trip cut off at the bound: an I/O time-out, as the transport would say it.
fn timed_out(timeout: Duration) -> sqlx::Error {
    sqlx::Error::Io(std::io::Error::new(
        std::io::ErrorKind::TimedOut,
        format!("PostgreSQL did not answer within {} ms", timeout.as_millis()),
    ))
}

/// The rows of each statement of `text`, in order (a statement that returns none has an empty set).
///
/// Boxed: sqlx's futures are `Send` for each lifetime of the connection, but inside the writer's task the compiler
/// cannot show it for all of them at once (it asks for `Executor` and `Send` "for any lifetime").
fn results<'c>(
    conn: &'c mut PgConnection,
    text: &'c str,
) -> futures::future::BoxFuture<'c, Result<Vec<Vec<PgRow>>, sqlx::Error>> {
    Box::pin(async move {
        let mut sets = Vec::new();
        let mut rows = Vec::new();
        let mut stream = conn.fetch_many(sqlx::raw_sql(text));
        while let Some(item) = stream.try_next().await? {
            match item {
                Either::Left(_) => sets.push(std::mem::take(&mut rows)),
                Either::Right(row) => rows.push(row),
            }
        }
        Ok(sets)
    })
}

/// Runs `text`, counting in `completed` the statements that completed (boxed, as [`results`]).
fn completions<'c>(
    conn: &'c mut PgConnection,
    text: &'c str,
    completed: &'c mut usize,
) -> futures::future::BoxFuture<'c, Result<(), sqlx::Error>> {
    Box::pin(async move {
        let mut stream = conn.fetch_many(sqlx::raw_sql(text));
        while let Some(item) = stream.try_next().await? {
            if let Either::Left(_) = item {
                *completed += 1;
            }
        }
        Ok(())
    })
}

/// Runs `text` (boxed, as [`results`]).
fn execute<'c>(conn: &'c mut PgConnection, text: &'c str) -> futures::future::BoxFuture<'c, Result<(), sqlx::Error>> {
    Box::pin(async move { conn.execute(sqlx::raw_sql(text)).await.map(|_| ()) })
}

/// Whether the server refused a statement on a connection that still works. Not so for the errors of a
/// connection that is gone: those of the transport, and the server's own word that it ended the session (SQLSTATE
/// class 08, connection exception, and 57P, the operator's or the crash's shutdown: an idle connection that an
/// administrator terminated, or whose server restarted, answers its next query with `57P01`).
fn refused(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(d) => !d.code().is_some_and(|code| code.starts_with("08") || code.starts_with("57P")),
        _ => false,
    }
}

/// A statement's error, as sea-orm reports one (so that [`super::error::transient`] and
/// [`super::error::unique_violation`] read it as they read sea-orm's).
fn exec_err(e: sqlx::Error) -> DbErr {
    DbErr::Exec(RuntimeErr::SqlxError(e))
}

fn conn_err(e: sqlx::Error) -> DbErr {
    DbErr::Conn(RuntimeErr::SqlxError(e))
}

/// A `COMMIT` whose answer never arrives, made with a TCP proxy in front of the tests' PostgreSQL server that cuts
/// the connection right after it passed (or held back) the `COMMIT`: the writer must tell what happened.
#[cfg(test)]
mod tests {
    use std::str::FromStr;
    use std::sync::{Arc, Mutex};

    use sea_orm::sqlx::postgres::PgConnectOptions;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    use super::*;

    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Mode {
        /// Relays both ways.
        Pass,
        /// Cuts the connection at the next `COMMIT`: after sending it on (`forward`) or without; then refuses new
        /// connections (`down`) or relays again.
        CutAtCommit { forward: bool, down: bool },
        /// Refuses new connections (the server is down, as far as the writer can tell).
        Refuse,
    }

    /// A proxy to `upstream` on a port of its own; its mode can be changed at any time.
    async fn proxy(upstream: String) -> (u16, Arc<Mutex<Mode>>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let mode = Arc::new(Mutex::new(Mode::Pass));
        let shared = mode.clone();
        tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else { return };
                if *shared.lock().unwrap() == Mode::Refuse {
                    continue; // dropped: the connection ends at once
                }
                let server = TcpStream::connect(&upstream).await.unwrap();
                tokio::spawn(relay(client, server, shared.clone()));
            }
        });
        (port, mode)
    }

    async fn relay(client: TcpStream, server: TcpStream, mode: Arc<Mutex<Mode>>) {
        let (mut from_client, mut to_client) = client.into_split();
        let (mut from_server, mut to_server) = server.into_split();
        let back = tokio::spawn(async move {
            let _ = tokio::io::copy(&mut from_server, &mut to_client).await;
        });
        let mut buf = vec![0u8; 64 << 10];
        loop {
            let n = match from_client.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let chunk = &buf[..n];
            let is_commit = chunk[0] == b'Q' && chunk.windows(6).any(|w| w == b"COMMIT");
            let cut = match *mode.lock().unwrap() {
                Mode::CutAtCommit { forward, down } if is_commit => Some((forward, down)),
                _ => None,
            };
            match cut {
                Some((forward, down)) => {
                    *mode.lock().unwrap() = if down { Mode::Refuse } else { Mode::Pass };
                    if forward {
                        let _ = to_server.write_all(chunk).await;
                    }
                    // no answer reaches the client; the server sees its connection end after the query
                    back.abort();
                    return;
                }
                None => {
                    if to_server.write_all(chunk).await.is_err() {
                        break;
                    }
                }
            }
        }
        back.abort();
    }

    /// The tests' PostgreSQL server, its `test` database through a proxy, and a table of this test in it.
    async fn setup() -> Option<(PgScriptConnection, Arc<Mutex<Mode>>, PgConnection, String)> {
        let server = std::env::var("KLANTEN_TEST_POSTGRES").ok().filter(|s| !s.is_empty())?;
        let direct = PgConnectOptions::from_str(&format!("{}/test", server.trim_end_matches('/'))).unwrap();
        let upstream = format!("{}:{}", direct.get_host(), direct.get_port());
        let (port, mode) = proxy(upstream).await;
        // in clear, so that the proxy sees the `COMMIT`
        let through = direct.clone().host("127.0.0.1").port(port).ssl_mode(sea_orm::sqlx::postgres::PgSslMode::Disable);
        let mut admin = PgConnection::connect_with(&direct).await.unwrap();
        let table = format!("pg_script_test_{}", uuid::Uuid::new_v4().simple());
        admin.execute(format!("CREATE TABLE {table} (x int)").as_str()).await.unwrap();
        Some((PgScriptConnection::new(through, Duration::from_millis(1000)), mode, admin, table))
    }

    async fn rows(admin: &mut PgConnection, table: &str) -> i64 {
        sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(admin).await.unwrap()
    }

    #[tokio::test]
    #[cfg_attr(not(klanten_pg), ignore = "set KLANTEN_TEST_POSTGRES to run it")]
    async fn a_commit_whose_answer_was_lost_is_looked_up() {
        let (writer, mode, mut admin, table) = setup().await.expect("KLANTEN_TEST_POSTGRES");
        let insert = format!("INSERT INTO {table} VALUES (1)");

        // the COMMIT reached the server, its answer did not reach the writer: committed, so a success
        let (tx, _) = writer.begin(&[]).await.unwrap();
        *mode.lock().unwrap() = Mode::CutAtCommit { forward: true, down: false };
        tx.commit(&insert, 1).await.expect("looked up as committed");
        assert_eq!(*mode.lock().unwrap(), Mode::Pass, "the proxy cut the connection at the COMMIT");
        assert_eq!(rows(&mut admin, &table).await, 1);

        // the COMMIT never reached the server: aborted, so unavailable (nothing written)
        let (tx, _) = writer.begin(&[]).await.unwrap();
        *mode.lock().unwrap() = Mode::CutAtCommit { forward: false, down: false };
        let e = tx.commit(&insert, 1).await.expect_err("not committed");
        assert!(matches!(e, StoreError::Unavailable(_)), "{e}");
        assert_eq!(rows(&mut admin, &table).await, 1);

        // the COMMIT reached the server and then the server could not be reached within the bound: unknown
        // (it did commit: a 503 would have been a lie)
        let (tx, _) = writer.begin(&[]).await.unwrap();
        *mode.lock().unwrap() = Mode::CutAtCommit { forward: true, down: true };
        let started = Instant::now();
        let e = tx.commit(&insert, 1).await.expect_err("not known");
        assert!(matches!(e, StoreError::OutcomeUnknown(_)), "{e}");
        assert!(started.elapsed() < Duration::from_millis(1500), "looked up within the bound: {:?}", started.elapsed());
        assert_eq!(rows(&mut admin, &table).await, 2, "it had committed");

        // and the writer works again once the server can be reached
        *mode.lock().unwrap() = Mode::Pass;
        let (tx, _) = writer.begin(&[]).await.unwrap();
        tx.commit(&insert, 1).await.unwrap();
        assert_eq!(rows(&mut admin, &table).await, 3);
        admin.execute(format!("DROP TABLE {table}").as_str()).await.unwrap();
    }
}
