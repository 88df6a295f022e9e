//! Moving and keeping a registry: `klanten export`, `import`, `import-reference` and `backup`. The stream's lines
//! are [`format`] (`store::stream`); the store reads and writes them (`store::export`, `store::import`, `store::backup`); here they
//! meet files, standard input and output, and the progress on the terminal ([`crate::progress`]). Each returns
//! the summary line the command prints when it is done.
pub use crate::store::stream as format;

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use crate::progress::Progress;
use crate::store;

/// `klanten export FILE` (`-`: standard output): the registry at `database_url` as a stream.
pub async fn export(database_url: &str, file: &str) -> Result<String, String> {
    let db = store::migrate_alone(database_url).await.map_err(|e| e.to_string())?;
    let mut out: Box<dyn Write> = if file == "-" {
        Box::new(BufWriter::with_capacity(1 << 20, std::io::stdout().lock()))
    } else {
        if Path::new(file).exists() {
            return Err(format!("{file} exists already: an export never overwrites a file"));
        }
        Box::new(BufWriter::with_capacity(1 << 20, std::fs::File::create(file).map_err(|e| format!("{file}: {e}"))?))
    };
    let mut progress: Option<Progress> = None;
    let mut buffer = Vec::with_capacity(4096);
    let counts = store::export::export(&db, |line| {
        buffer.clear();
        format::write_line(&mut buffer, line);
        out.write_all(&buffer)?;
        match (line, progress.as_mut()) {
            (format::Line::Header { klanten, audit_records, outbox, .. }, _) => {
                progress = Some(Progress::new("exporting", "lines", Some(klanten + audit_records + outbox), true));
            }
            (format::Line::End { .. }, _) => {}
            (_, Some(p)) => p.add(1),
            _ => {}
        }
        Ok(())
    })
    .await
    .map_err(|e| e.to_string())?;
    out.flush().map_err(|e| format!("{file}: {e}"))?;
    drop(out);
    let _ = db.close().await;
    let summary = format!(
        "exported {} klanten, {} audit records and {} undelivered notifications",
        counts.klanten, counts.audit_records, counts.outbox
    );
    Ok(match progress {
        Some(p) => p.finish(&summary),
        None => summary,
    })
}

/// `klanten import FILE` (`-`: standard input): a stream into the database at `database_url`, one transaction.
pub async fn import(database_url: &str, file: &str, append: bool) -> Result<String, String> {
    let input: Box<dyn BufRead + Send> = if file == "-" {
        Box::new(BufReader::with_capacity(1 << 20, std::io::stdin()))
    } else {
        Box::new(BufReader::with_capacity(1 << 20, std::fs::File::open(file).map_err(|e| format!("{file}: {e}"))?))
    };
    let reader = format::Reader::open(input).map_err(|e| format!("{file}: {e}"))?;
    load(database_url, reader, append, "").await.map_err(|e| format!("{file}: {e}"))
}

/// Imports a checked stream with its progress; the summary starts with `read` (what was read before, if anything).
async fn load<R: BufRead + Send + 'static>(
    database_url: &str,
    reader: format::Reader<R>,
    append: bool,
    read: &str,
) -> Result<String, String> {
    let a = reader.announced;
    let mut progress = Progress::new("importing", "lines", Some(a.klanten + a.audit_records + a.outbox), true);
    let counts = store::import::import(database_url, reader, append, |n| progress.add(n))
        .await
        .map_err(|e| format!("{e} (nothing was imported)"))?;
    Ok(progress.finish(&format!(
        "{read}imported {} klanten, {} audit records and {} undelivered notifications",
        counts.klanten, counts.audit_records, counts.outbox
    )))
}

/// `klanten backup FILE`: a consistent copy of the SQLite database at `database_url`.
pub async fn backup(database_url: &str, file: &str) -> Result<String, String> {
    let progress = Progress::new("backing up", "bytes", None, true);
    let url = database_url.to_string();
    let target = std::path::PathBuf::from(file);
    let size = tokio::task::spawn_blocking(move || store::backup::backup(&url, &target))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    Ok(progress.finish(&format!("backed up to {file} ({size} bytes, integrity_check ok)")))
}

/// `klanten import-reference URL`: the database of the reference implementation (or Open Klant 1.x) at `url`
/// into the database at `database_url`, through the stream (`store::reference`); with `out`, the stream is written
/// to that file instead (`-`: standard output), for `klanten import` or for reading.
pub async fn import_reference(
    reference_url: &str,
    database_url: &str,
    out: Option<&str>,
    append: bool,
) -> Result<String, String> {
    let mut stream = Vec::with_capacity(1 << 20);
    let counts = store::reference::read(reference_url, |line| {
        format::write_line(&mut stream, line);
        Ok(())
    })
    .await?;
    let read = format!("read {} klanten and {} audit records of the reference", counts.klanten, counts.audit_records);
    match out {
        Some("-") => std::io::stdout().write_all(&stream).map_err(|e| format!("standard output: {e}")).map(|_| read),
        Some(file) => {
            if Path::new(file).exists() {
                return Err(format!("{file} exists already: the stream never overwrites a file"));
            }
            std::fs::write(file, &stream).map_err(|e| format!("{file}: {e}"))?;
            Ok(format!("{read}, written to {file}"))
        }
        None => {
            let reader = format::Reader::open(std::io::Cursor::new(stream)).map_err(|e| e.to_string())?;
            load(database_url, reader, append, &format!("{read}; ")).await
        }
    }
}
