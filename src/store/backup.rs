//! `klanten backup FILE`: a consistent copy of a SQLite registry, made while servers read and write it. SQLite's
//! `VACUUM INTO` writes the database as one read transaction sees it (in WAL mode a reader neither waits for the
//! writer nor holds it up), so the copy holds exactly the writes committed before it began, whole, and nothing of
//! one committed later. The copy is a compacted database file with every index, in rollback-journal mode; a server
//! started on it puts it back into WAL mode. PostgreSQL is backed up with its own tools (`pg_dump`), or with
//! `klanten export` (README, "Operating").
use std::path::Path;

use sea_orm::DbErr;

/// Copies the SQLite database at `database_url` to `target`, which must not exist; returns the copy's size in
/// bytes after checking it (`PRAGMA integrity_check`).
pub fn backup(database_url: &str, target: &Path) -> Result<u64, DbErr> {
    let err = |what: &str, e: rusqlite::Error| DbErr::Custom(format!("{what}: {e}"));
    if !database_url.starts_with("sqlite:") {
        return Err(DbErr::Custom(
            "klanten backup copies a SQLite database; back PostgreSQL up with pg_dump, or with klanten export \
             (README, Operating)"
                .into(),
        ));
    }
    if target.exists() {
        return Err(DbErr::Custom(format!("{} exists already: a backup never overwrites a file", target.display())));
    }
    let source = super::options::sqlite_file(database_url)?;
    if !source.exists() {
        return Err(DbErr::Custom(format!("{}: no such database", source.display())));
    }
    let conn = rusqlite::Connection::open_with_flags(&source, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| err("opening the database", e))?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(|e| err("opening the database", e))?;
    let target_text = target.to_str().ok_or_else(|| DbErr::Custom("the backup's path is not UTF-8".into()))?;
    conn.execute("VACUUM INTO ?1", [target_text]).map_err(|e| err("copying", e))?;
    drop(conn);
    let copy = rusqlite::Connection::open_with_flags(target, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| err("opening the copy", e))?;
    let check: String =
        copy.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| err("checking the copy", e))?;
    if check != "ok" {
        return Err(DbErr::Custom(format!("the copy fails PRAGMA integrity_check: {check}")));
    }
    Ok(std::fs::metadata(target).map(|m| m.len()).unwrap_or(0))
}
