//! The SQLite load of `klanten seed`: one rusqlite connection of its own on the database file, each table's
//! rows bound to a prepared multi-row insert.
//!
//! Why not sqlx: the database thread is the seed's critical path, and through sqlx it spent about a third of its
//! time parsing the multi-row inserts with their values inlined (the only way sqlx runs many rows without a
//! round trip to its worker thread per statement), and the row makers as much again writing and quoting that
//! text. Here each statement is prepared once and executed with its values bound where they are ([`sqlite_bind`]). The values
//! come from the same conversions as an API write's ([`super::rows::TableRows`]).
use std::path::Path;

use rusqlite::Connection;
use sea_orm::DbErr;

use super::rows::TableRows;
use super::sqlite_bind;

/// Rows per execution of a prepared insert: fewer executions, each binding at most `ROWS × columns` parameters
/// (well under SQLite's limit of 32,766).
const ROWS: usize = 64;

fn sqlite_err(e: rusqlite::Error) -> DbErr {
    DbErr::Custom(format!("SQLite: {e}"))
}

/// The seed's connection, in its one transaction.
pub(super) struct Load {
    conn: Connection,
    journal: String,
}

impl Load {
    /// Opens the database file and begins the load's transaction. The journal is switched from the WAL to a
    /// rollback journal for the load when no other connection has the file open (the switch needs that;
    /// otherwise it stays in WAL, correct but slower): the WAL would receive every page of the load and copy it
    /// into the database again at the checkpoint; with the rollback journal the new pages are written once and
    /// the transaction stays atomic (a killed seed is rolled back at the next open). [`Load::commit`] puts the
    /// WAL back, as every server connection expects.
    pub fn begin(path: &Path) -> Result<Self, DbErr> {
        let conn =
            Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(sqlite_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(sqlite_err)?;
        let journal = conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0))
            .map(|m| m.to_ascii_lowercase())
            .unwrap_or_else(|_| "wal".into());
        // `foreign_keys` off for this connection (the server's connections keep it on): the nested rows name
        // klanten this transaction inserts right before them, so their foreign keys hold by construction, and
        // checking them costs a lookup per row
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             PRAGMA synchronous = FULL;
             -- the statement journal of each multi-row insert in memory: as a temporary file it cost about six
             -- more page writes per klant (2.1 million pwrite calls for 300,000 klanten; about one per klant after)
             PRAGMA temp_store = MEMORY;
             -- a bulk load touches every page it writes many times: a larger page cache for this connection
             -- saves most of the reads and writes of pages between SQLite and the kernel
             PRAGMA cache_size = -262144;
             BEGIN IMMEDIATE",
        )
        .map_err(sqlite_err)?;
        Ok(Load { conn, journal })
    }

    /// Runs statements without parameters.
    pub fn execute(&self, sql: &str) -> Result<(), DbErr> {
        self.conn.execute_batch(sql).map_err(sqlite_err)
    }

    /// One integer the query answers.
    pub fn query_i64(&self, sql: &str) -> Result<i64, DbErr> {
        self.conn.query_row(sql, [], |r| r.get(0)).map_err(sqlite_err)
    }

    /// The indexes to drop for the load and build again at its end, by name and the statement that creates
    /// them: the non-unique indexes of every table but `klant`. Building an index from all its rows at once is
    /// cheaper than keeping it in step with every insert, but it reads its whole table, and a `klant` row carries
    /// the klant's representation (then 1.1 KB; packed now, a row is about 0.5 KB): rebuilding each of its indexes
    /// would read the whole table again. Kept, they cost a few b-tree inserts per klant at few places (their keys
    /// repeat or grow). Measured with 1,000,000 klanten (2026-12-02, nested tables): dropping all 99 s, keeping
    /// all 90 s, keeping `klant`'s 83 s.
    /// (The unique indexes are part of their tables' definitions in SQLite and cannot be dropped; they stay.)
    pub fn rebuilt_indexes(&self) -> Result<Vec<(String, String)>, DbErr> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
                 AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name <> 'klant' ORDER BY name",
            )
            .map_err(sqlite_err)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).map_err(sqlite_err)?;
        rows.collect::<Result<_, _>>().map_err(sqlite_err)
    }

    /// Inserts the rows of one table, `ROWS` at a time with one prepared statement and the rest one by one.
    pub fn insert(&self, rows: &TableRows) -> Result<(), DbErr> {
        sqlite_bind::insert_rows(&self.conn, rows, ROWS).map_err(sqlite_err)
    }

    /// Commits, then puts the WAL back if the load switched it off.
    pub fn commit(self) -> Result<(), DbErr> {
        self.conn.execute_batch("COMMIT").map_err(sqlite_err)?;
        if self.journal != "wal" {
            self.conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(())).map_err(sqlite_err)?;
        }
        Ok(())
    }
}
