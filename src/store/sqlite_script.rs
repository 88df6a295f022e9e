//! The SQLite writer's transactions: a rusqlite connection of the writer's own on the database file, on which a
//! group's statements ([`Step`]) run as one `BEGIN IMMEDIATE … COMMIT` with their values bound to statements
//! prepared once.
//!
//! Why not sqlx: the writer is the one place where SQLite's writes are serialised, so its time per group is the
//! write rate's bound. Through sqlx a group was one script with every value inlined, because sqlx runs bound
//! statements only one hand-over to its worker thread each. callgrind of POST at 16 clients: of the writer's
//! instructions, a quarter went to writing that text (sea-query quoting every value) and a third to SQLite
//! parsing it again; executing the statements was the rest. Here the text of a statement is made with
//! placeholders and parsed once per connection (`prepare_cached`), the rows of an insert are bound straight from
//! their values, and the whole group is still one hand-over (to a blocking thread) and one commit.
//!
//! The connection is set up as the pool's ([`super::options::sqlite_options`]): WAL, the same `synchronous`,
//! foreign keys on, and `--database-timeout-ms` as its `busy_timeout` (the
//! wait for another process's write lock, README "When the database is down or full"). Its commits leave the WAL's
//! checkpoints to a thread of their own ([`super::checkpoint`]).
use std::borrow::Cow;
use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;
use sea_orm::sea_query::Value;
use sea_orm::sqlx::error::{DatabaseError, ErrorKind};
use sea_orm::{DbErr, RuntimeErr};

use super::checkpoint::{self, Checkpointer};
use super::rows::TableRows;
use super::sqlite_bind;

/// Statements the writer keeps prepared (each table's insert, the updates and deletes of a klant, …).
const PREPARED: usize = 64;

/// One statement of a group.
pub(super) enum Step {
    /// Text without parameters (run as it is, not kept prepared: its text changes with its numbers).
    Sql(String),
    /// A statement with `?` placeholders and its values.
    Bound(String, Vec<Value>),
    /// Rows of one table, each inserted with the table's prepared single-row insert.
    Rows(TableRows),
    /// A statement that could not be made: the transaction fails with this text.
    Fail(String),
}

/// The writer's connection (one transaction at a time: the store's write lock is held around every use).
#[derive(Clone)]
pub(super) struct ScriptConnection(Arc<(Mutex<Connection>, Checkpointer)>);

impl ScriptConnection {
    pub fn open(path: &Path, synchronous_full: bool, busy_timeout: std::time::Duration) -> Result<Self, DbErr> {
        let conn = Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| DbErr::Conn(RuntimeErr::Internal(format!("SQLite {}: {e}", path.display()))))?;
        conn.busy_timeout(busy_timeout).map_err(db_err)?;
        conn.set_prepared_statement_cache_capacity(PREPARED);
        let synchronous = if synchronous_full { "FULL" } else { "NORMAL" };
        conn.execute_batch(&format!(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA foreign_keys = ON; \
             PRAGMA wal_autocheckpoint = {}",
            checkpoint::WRITER_AUTOCHECKPOINT
        ))
        .map_err(db_err)?;
        let checkpointer = Checkpointer::start(path).map_err(|e| DbErr::Conn(RuntimeErr::Internal(e)))?;
        Ok(ScriptConnection(Arc::new((Mutex::new(conn), checkpointer))))
    }

    /// Runs `steps` in one `BEGIN IMMEDIATE … COMMIT` on a blocking thread; rolled back when one fails.
    pub async fn run(&self, steps: Vec<Step>) -> Result<(), DbErr> {
        let shared = self.0.clone();
        tokio::task::spawn_blocking(move || {
            // consistent after any panic: a transaction left open is rolled back below before the next one
            let (conn, checkpointer) = &*shared;
            let conn = conn.lock().unwrap_or_else(|p| p.into_inner());
            if !conn.is_autocommit() {
                let _ = conn.execute_batch("ROLLBACK");
            }
            let result = transaction(&conn, &steps);
            if result.is_err() && !conn.is_autocommit() {
                let _ = conn.execute_batch("ROLLBACK");
            }
            if result.is_ok() {
                checkpointer.committed();
            }
            // the values are freed here, off the runtime's threads
            drop(steps);
            result.map_err(db_err)
        })
        .await
        .map_err(|e| DbErr::Custom(format!("the SQLite writer's thread failed: {e}")))?
    }
}

fn transaction(conn: &Connection, steps: &[Step]) -> Result<(), rusqlite::Error> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    for step in steps {
        match step {
            Step::Sql(sql) => conn.execute_batch(sql)?,
            Step::Bound(sql, values) => {
                let mut stmt = conn.prepare_cached(sql)?;
                sqlite_bind::execute(&mut stmt, values.iter())?;
            }
            Step::Rows(rows) => sqlite_bind::insert_rows(conn, rows, 1)?,
            Step::Fail(why) => {
                return Err(rusqlite::Error::ToSqlConversionFailure(why.clone().into()));
            }
        }
    }
    conn.execute_batch("COMMIT")
}

/// A rusqlite error as the store's other database errors are: an sqlx database error with SQLite's extended
/// result code, so that [`super::error::transient`] retries `SQLITE_BUSY` and `SQLITE_LOCKED` and
/// [`super::error::unique_violation`] sees a unique index's refusal (kla-001), as for the pool's connections.
fn db_err(e: rusqlite::Error) -> DbErr {
    let error = match &e {
        rusqlite::Error::SqliteFailure(f, message) => {
            SqliteError { code: f.extended_code, message: message.clone().unwrap_or_else(|| f.to_string()) }
        }
        other => return DbErr::Exec(RuntimeErr::Internal(format!("SQLite: {other}"))),
    };
    DbErr::Exec(RuntimeErr::SqlxError(sea_orm::sqlx::Error::Database(Box::new(error))))
}

/// An error SQLite answered on the writer's connection.
#[derive(Debug)]
pub(super) struct SqliteError {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` is 2067).
    code: i32,
    message: String,
}

impl std::fmt::Display for SqliteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "(code: {}) {}", self.code, self.message)
    }
}

impl std::error::Error for SqliteError {}

impl SqliteError {
    /// SQLite's extended result code.
    pub fn result_code(&self) -> i32 {
        self.code
    }
}

impl DatabaseError for SqliteError {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.code.to_string()))
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> ErrorKind {
        use rusqlite::ffi;
        match self.code {
            ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => ErrorKind::UniqueViolation,
            ffi::SQLITE_CONSTRAINT_FOREIGNKEY => ErrorKind::ForeignKeyViolation,
            ffi::SQLITE_CONSTRAINT_NOTNULL => ErrorKind::NotNullViolation,
            ffi::SQLITE_CONSTRAINT_CHECK => ErrorKind::CheckViolation,
            _ => ErrorKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn table(dir: &tempfile::TempDir) -> ScriptConnection {
        let path = dir.path().join("w.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)").unwrap();
        drop(conn);
        ScriptConnection::open(&path, true, std::time::Duration::from_secs(5)).unwrap()
    }

    fn row(id: i32, name: &str) -> Step {
        Step::Bound("INSERT INTO t (id, name) VALUES (?, ?)".into(), vec![id.into(), name.into()])
    }

    fn names(dir: &tempfile::TempDir) -> Vec<String> {
        let conn = Connection::open(dir.path().join("w.db")).unwrap();
        let mut stmt = conn.prepare("SELECT name FROM t ORDER BY id").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    }

    #[tokio::test]
    async fn a_failing_step_rolls_the_whole_group_back_and_says_it_was_a_unique_index() {
        let dir = tempfile::tempdir().unwrap();
        let w = table(&dir).await;
        w.run(vec![row(1, "a"), Step::Sql("UPDATE t SET name = 'b' WHERE id = 1".into())]).await.unwrap();
        assert_eq!(names(&dir), ["b"]);
        let err = w.run(vec![row(2, "c"), row(3, "b")]).await.unwrap_err();
        assert!(super::super::error::unique_violation(&err), "{err}");
        assert_eq!(names(&dir), ["b"], "nothing of the failed group stays");
        // and the connection is usable again, with its prepared statement
        w.run(vec![row(2, "c")]).await.unwrap();
        assert_eq!(names(&dir), ["b", "c"]);
    }

    #[tokio::test]
    async fn another_connection_holding_the_write_lock_is_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let w = table(&dir).await;
        let other = Connection::open(dir.path().join("w.db")).unwrap();
        other.execute_batch("BEGIN IMMEDIATE; INSERT INTO t (id, name) VALUES (9, 'z')").unwrap();
        let waiting = tokio::spawn({
            let w = w.clone();
            async move { w.run(vec![row(1, "a")]).await }
        });
        std::thread::sleep(std::time::Duration::from_millis(100));
        other.execute_batch("COMMIT").unwrap();
        waiting.await.unwrap().unwrap();
        assert_eq!(names(&dir), ["a", "z"]);
    }
}
