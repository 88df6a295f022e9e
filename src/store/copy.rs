//! Rows in PostgreSQL's `COPY … FROM STDIN` text format, for bulk loads (`klanten seed`): the server then neither
//! parses nor plans a statement per thousand rows, which is where a load of multi-row inserts spends its time.
use sea_orm::sea_query::Value;

use super::rows::TableRows;

/// The rows of one table: the `COPY` statement and its data.
pub struct CopyTable {
    pub statement: String,
    pub data: Vec<u8>,
}

/// The `COPY` of `rows`.
pub fn copy_table(rows: &TableRows) -> Result<CopyTable, String> {
    let statement = format!("COPY \"{}\" ({}) FROM STDIN", rows.table, rows.column_list());
    let mut data = Vec::with_capacity(rows.values.len() * 16);
    for row in rows.rows() {
        for (i, value) in row.iter().enumerate() {
            if i > 0 {
                data.push(b'\t');
            }
            push_value(&mut data, value)?;
        }
        data.push(b'\n');
    }
    Ok(CopyTable { statement, data })
}

/// One value in COPY's text format: `\N` for NULL, backslash, newline, carriage return and tab escaped.
fn push_value(out: &mut Vec<u8>, value: &Value) -> Result<(), String> {
    let null = || b"\\N".to_vec();
    match value {
        Value::Bool(v) => out.extend(v.map_or_else(null, |b| if b { b"t".to_vec() } else { b"f".to_vec() })),
        Value::Int(v) => out.extend(v.map_or_else(null, |n| n.to_string().into_bytes())),
        Value::BigInt(v) => out.extend(v.map_or_else(null, |n| n.to_string().into_bytes())),
        Value::String(None) => out.extend(null()),
        Value::String(Some(s)) => {
            for b in s.bytes() {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    _ => out.push(b),
                }
            }
        }
        other => return Err(format!("no COPY text for the value {other:?}")),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_as_copy_text() {
        let mut out = Vec::new();
        push_value(&mut out, &Value::String(Some(Box::new("a\\b\tc\nd\re".into())))).unwrap();
        assert_eq!(out, b"a\\\\b\\tc\\nd\\re");
        let mut out = Vec::new();
        push_value(&mut out, &Value::Int(None)).unwrap();
        push_value(&mut out, &Value::BigInt(Some(-7))).unwrap();
        push_value(&mut out, &Value::Bool(Some(true))).unwrap();
        assert_eq!(out, b"\\N-7t");
    }
}
