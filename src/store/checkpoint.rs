//! SQLite's WAL checkpoints, moved off the writer's commits. With the default `wal_autocheckpoint`, the commit
//! that brings the WAL past 1,000 pages copies them into the database file and syncs it before it returns, on
//! the writer's critical path (every write of the process waits behind it). Here a thread of its own, with a
//! connection of its own, runs `PRAGMA wal_checkpoint(PASSIVE)` shortly after commits: a passive checkpoint takes
//! no write lock, so the writer goes on appending meanwhile, and once the WAL is copied the next write
//! transaction starts it over from its beginning (SQLite's WAL restart), so the file does not grow.
//!
//! The writer's connection keeps an automatic checkpoint at [`WRITER_AUTOCHECKPOINT`] pages as a safety net:
//! should this thread fall behind or stop, the WAL still stays bounded.
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

/// The writer's own automatic checkpoint, in pages (4 KiB): ten times SQLite's default.
pub(super) const WRITER_AUTOCHECKPOINT: u32 = 2_000;

/// How long the thread gathers commits before a checkpoint: at most this many checkpoints per second.
const GATHER: Duration = Duration::from_millis(50);

/// Tells the checkpoint thread of commits; the thread ends when this is dropped.
pub(super) struct Checkpointer(mpsc::SyncSender<()>);

impl Checkpointer {
    /// Starts the thread on the database at `path`.
    pub fn start(path: &Path) -> Result<Self, String> {
        let conn = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(|e| format!("SQLite {}: {e}", path.display()))?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(|e| e.to_string())?;
        let (tx, rx) = mpsc::sync_channel::<()>(1);
        std::thread::Builder::new()
            .name("sqlite-checkpoint".into())
            .spawn(move || {
                while rx.recv().is_ok() {
                    std::thread::sleep(GATHER);
                    // the commits of the pause are covered by this checkpoint
                    while rx.try_recv().is_ok() {}
                    if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                        tracing::warn!(error = %e, "a WAL checkpoint failed; the next commit tries again");
                    }
                }
            })
            .map_err(|e| format!("starting the checkpoint thread: {e}"))?;
        Ok(Checkpointer(tx))
    }

    /// A transaction committed: checkpoint soon.
    pub fn committed(&self) {
        // full: a checkpoint is due already
        let _ = self.0.try_send(());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Commits with no automatic checkpoint of their own are copied into the database file by the thread, and
    /// the WAL then starts over instead of growing.
    #[test]
    fn the_thread_copies_the_wal_into_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let writer = rusqlite::Connection::open(&path).unwrap();
        writer
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x TEXT)")
            .unwrap();
        let checkpointer = Checkpointer::start(&path).unwrap();
        let wal = dir.path().join("c.db-wal");
        let mut first_round_wal = 0;
        for round in 0..3 {
            for _ in 0..200 {
                writer.execute("INSERT INTO t VALUES (?1)", ["x".repeat(3000)]).unwrap();
                checkpointer.committed();
            }
            // the database file grows only by checkpoints (the writer makes none): until the thread's has copied
            // this round's rows (bounded: the test fails after 10 s)
            let started = std::time::Instant::now();
            while std::fs::metadata(&path).unwrap().len() < 200 * 3000 * (round + 1) {
                assert!(started.elapsed() < Duration::from_secs(10), "no checkpoint in round {round}");
                std::thread::sleep(Duration::from_millis(20));
            }
            // and the checkpoint the round's last commits asked for (a few GATHERs), so that the next round's
            // first write finds the whole WAL copied and starts it over
            std::thread::sleep(GATHER * 6);
            if round == 0 {
                first_round_wal = std::fs::metadata(&wal).unwrap().len();
            }
        }
        // each round's WAL was started over once the one before was copied, not grown to hold all three
        let wal_len = std::fs::metadata(&wal).unwrap().len();
        assert!(
            wal_len < first_round_wal * 3 / 2,
            "the WAL kept growing: {wal_len} bytes after one round's {first_round_wal}"
        );
        let n: i64 = writer.query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 600);
    }
}
