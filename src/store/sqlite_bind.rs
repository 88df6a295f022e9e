//! sea-query values bound to prepared rusqlite statements: what the two users of a rusqlite connection of their
//! own share, the store's SQLite writer ([`super::sqlite_script`]) and the seed's loader ([`super::seed_sqlite`]).
//! SQLite then parses each statement once (`prepare_cached`) instead of once per execution with its values
//! inlined in its text.
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, Statement};
use sea_orm::sea_query::Value;

use super::rows::TableRows;

/// Binds `values` to the parameters of `stmt` in order and runs it.
pub(super) fn execute<'v>(
    stmt: &mut Statement<'_>,
    values: impl Iterator<Item = &'v Value>,
) -> Result<usize, rusqlite::Error> {
    for (i, value) in values.enumerate() {
        stmt.raw_bind_parameter(i + 1, Bound(value))?;
    }
    stmt.raw_execute()
}

/// Inserts the rows of one table: `per_statement` rows per execution of one prepared multi-row insert while
/// that many are left, the rest one by one with the prepared single-row insert.
pub(super) fn insert_rows(conn: &Connection, rows: &TableRows, per_statement: usize) -> Result<(), rusqlite::Error> {
    let width = rows.columns.len().max(1);
    let one_row = format!("({})", vec!["?"; rows.columns.len()].join(", "));
    let statement = |n: usize| {
        format!(
            "INSERT INTO \"{}\" ({}) VALUES {}",
            rows.table,
            rows.column_list(),
            vec![one_row.as_str(); n].join(", ")
        )
    };
    let mut many = rows.values.chunks_exact(per_statement.max(1) * width);
    if per_statement > 1 && rows.values.len() >= per_statement * width {
        let mut stmt = conn.prepare_cached(&statement(per_statement))?;
        for group in many.by_ref() {
            execute(&mut stmt, group.iter())?;
        }
    }
    let rest = if per_statement > 1 { many.remainder() } else { &rows.values[..] };
    if !rest.is_empty() {
        let mut stmt = conn.prepare_cached(&statement(1))?;
        for row in rest.chunks(width) {
            execute(&mut stmt, row.iter())?;
        }
    }
    Ok(())
}

/// A sea-query value as a SQLite parameter, borrowed where it is text.
struct Bound<'v>(&'v Value);

impl rusqlite::ToSql for Bound<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        let null = ToSqlOutput::Borrowed(ValueRef::Null);
        Ok(match self.0 {
            Value::Bool(v) => v.map_or(null, ToSqlOutput::from),
            Value::TinyInt(v) => v.map_or(null, ToSqlOutput::from),
            Value::SmallInt(v) => v.map_or(null, ToSqlOutput::from),
            Value::Int(v) => v.map_or(null, ToSqlOutput::from),
            Value::BigInt(v) => v.map_or(null, ToSqlOutput::from),
            Value::TinyUnsigned(v) => v.map_or(null, ToSqlOutput::from),
            Value::SmallUnsigned(v) => v.map_or(null, ToSqlOutput::from),
            Value::Unsigned(v) => v.map_or(null, ToSqlOutput::from),
            Value::Double(v) => v.map_or(null, ToSqlOutput::from),
            Value::String(v) => v.as_deref().map_or(null, |s| ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes()))),
            Value::Bytes(v) => v.as_deref().map_or(null, |b| ToSqlOutput::Borrowed(ValueRef::Blob(b))),
            other => {
                return Err(rusqlite::Error::ToSqlConversionFailure(
                    format!("no SQLite parameter for the value {other:?}").into(),
                ))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(n: i32) -> TableRows {
        TableRows {
            table: "t".into(),
            columns: vec!["a".into(), "b".into()],
            values: (0..n)
                .flat_map(|i| [Value::Int(Some(i)), Value::String(Some(Box::new(format!("'{i}\""))))])
                .collect(),
        }
    }

    #[test]
    fn every_row_arrives_with_its_values_in_either_way_of_inserting() {
        for (n, per) in [(0, 1), (1, 1), (5, 1), (5, 2), (4, 2), (1, 64), (130, 64)] {
            let conn = Connection::open_in_memory().unwrap();
            conn.execute_batch("CREATE TABLE t (a INTEGER, b TEXT, c TEXT DEFAULT 'd')").unwrap();
            insert_rows(&conn, &table(n), per).unwrap();
            let mut stmt = conn.prepare("SELECT a, b, c FROM t ORDER BY a").unwrap();
            let got: Vec<(i32, String, String)> =
                stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect();
            let want: Vec<_> = (0..n).map(|i| (i, format!("'{i}\""), "d".to_string())).collect();
            assert_eq!(got, want, "{n} rows, {per} per statement");
        }
    }

    #[test]
    fn null_and_numbers_bind_as_such() {
        let conn = Connection::open_in_memory().unwrap();
        let mut stmt = conn.prepare("SELECT typeof(?1), typeof(?2), typeof(?3), ?4").unwrap();
        let values = [Value::String(None), Value::BigInt(Some(1 << 40)), Value::Bool(Some(true)), Value::Int(Some(7))];
        for (i, v) in values.iter().enumerate() {
            stmt.raw_bind_parameter(i + 1, Bound(v)).unwrap();
        }
        let mut rows = stmt.raw_query();
        let row = rows.next().unwrap().unwrap();
        let got: (String, String, String, i64) =
            (row.get(0).unwrap(), row.get(1).unwrap(), row.get(2).unwrap(), row.get(3).unwrap());
        assert_eq!(got, ("null".into(), "integer".into(), "integer".into(), 7));
    }
}
