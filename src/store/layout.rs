//! The klant row, as the generated description ([`crate::domain::description`]) makes it: nothing here names a
//! property of the klant.
//!
//! A row holds what the store itself needs, the same for every `openapi.yaml` ([`FIXED`]: identity, the version a
//! cached copy is checked against, the (bronorganisatie, klantnummer) pair of kla-001 with the number that
//! generation counts from, the subject type that PUT and PATCH hold fixed, the representation, packed by
//! [`super::packing`], and the [`layout`] it was rendered and packed in), and one text column per filter of `GET /klanten` ([`filter_columns`]), holding the klant's
//! value of that filter (`""` where it has none). A filter's column is the filter's name as the reference reads
//! it (`adres__postcode`); a filter on a fixed column (`bronorganisatie`) reads that column.
//!
//! What a row's values are is pure and tested here; [`super::sync`] brings a database's columns and rows to the
//! layout of this build, and the writer ([`super::group`]) writes rows with [`insert_rows`] and [`update`].
use std::sync::OnceLock;

use md5::{Digest, Md5};
use sea_orm::sea_query::{Alias, Expr, Query, UpdateStatement, Value};

use super::rows::TableRows;
use crate::domain::description::{Klant, FILTERS, SHAPE};

/// The columns every klant row has, whatever `openapi.yaml` says, in the order of [`insert_rows`].
pub const FIXED: [&str; 9] = [
    "id",
    "uuid",
    "version",
    "shape",
    "bronorganisatie",
    "klantnummer",
    "klantnummer_numeriek",
    "subject_type",
    "representation",
];

/// The filter columns this build adds to the fixed ones, in the order of [`FILTERS`] (a filter on a fixed
/// column has none of its own).
pub fn filter_columns() -> &'static [(usize, &'static str)] {
    static COLUMNS: OnceLock<Vec<(usize, &'static str)>> = OnceLock::new();
    COLUMNS.get_or_init(|| {
        let mut columns: Vec<(usize, &'static str)> = Vec::new();
        for (i, f) in FILTERS.iter().enumerate() {
            if !FIXED.contains(&f.column) && !columns.iter().any(|(_, c)| *c == f.column) {
                columns.push((i, f.column));
            }
        }
        columns
    })
}

/// The layout of this build: a digest of the representation's [`SHAPE`] and the filter columns. A row whose
/// `shape` is another was rendered by another build (or a previous release): [`super::sync`] renders it again.
pub fn layout() -> &'static str {
    static LAYOUT: OnceLock<String> = OnceLock::new();
    LAYOUT.get_or_init(|| {
        // the packing is part of the layout: a row packed otherwise (or stored as text) is rendered again
        let mut text = format!("{SHAPE};packed {};", super::packing::PACKED_WITH);
        for (_, column) in filter_columns() {
            text.push_str(column);
            text.push(',');
        }
        // 64 bits tell builds apart; a shorter value keeps a typical row at three to a 4 KiB SQLite page (with all
        // 32 hex digits the seeded klant row measured 1,355 bytes a cell, two to a page: 1.92 GB for 1,000,000)
        Md5::digest(text.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
    })
}

/// The numeric value of an all-digit klantnummer (the basis of generation, kla-001).
pub fn klantnummer_numeriek(klantnummer: &str) -> Option<i64> {
    if !klantnummer.is_empty() && klantnummer.len() <= 18 && klantnummer.bytes().all(|b| b.is_ascii_digit()) {
        klantnummer.parse().ok()
    } else {
        None
    }
}

/// The values of `k`'s row after `id`, `uuid` and `version`, in the order of [`FIXED`] then [`filter_columns`].
fn values<'a>(k: &'a Klant, representation: &'a str) -> impl Iterator<Item = Value> + 'a {
    let fixed = [
        Value::from(layout()),
        Value::from(k.bronorganisatie.as_str()),
        Value::from(k.klantnummer.as_str()),
        Value::BigInt(klantnummer_numeriek(&k.klantnummer)),
        Value::String(k.subject_type.clone().map(Box::new)),
        Value::Bytes(Some(Box::new(super::packing::pack(representation)))),
    ];
    fixed.into_iter().chain(filter_columns().iter().map(move |(i, _)| Value::from((FILTERS[*i].value)(k))))
}

/// The names of the columns after `id`, `uuid` and `version`, as [`values`] gives them.
fn columns() -> impl Iterator<Item = &'static str> {
    FIXED[3..].iter().copied().chain(filter_columns().iter().map(|(_, c)| *c))
}

/// The new rows of created klanten (`id`, klant, representation), version 1.
pub fn insert_rows<'a>(rows: impl ExactSizeIterator<Item = (i32, &'a Klant, &'a str)>) -> TableRows {
    let columns: Vec<String> = FIXED[..3].iter().copied().chain(columns()).map(str::to_string).collect();
    let mut values = Vec::with_capacity(rows.len() * columns.len());
    for (id, k, representation) in rows {
        values.push(Value::Int(Some(id)));
        values.push(Value::from(k.uuid.as_str()));
        values.push(Value::BigInt(Some(1)));
        values.extend(self::values(k, representation));
    }
    TableRows { table: "klant".into(), columns, values }
}

/// The statement that makes row `id` the klant `k` at `version`.
pub fn update(id: i32, version: i64, k: &Klant, representation: &str) -> UpdateStatement {
    let mut values: Vec<(Alias, sea_orm::sea_query::SimpleExpr)> =
        vec![(Alias::new("version"), Expr::val(version).into())];
    for (column, value) in columns().zip(self::values(k, representation)) {
        values.push((Alias::new(column), Expr::val(value).into()));
    }
    Query::update().table(Alias::new("klant")).values(values).and_where(Expr::col(Alias::new("id")).eq(id)).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::sea_query::SqliteQueryBuilder;

    fn klant() -> Klant {
        let value: serde_json::Value = serde_json::from_str(
            r#"{"bronorganisatie":"950428139","klantnummer":"0042","achternaam":"Jansen",
                "adres":{"postcode":"1234AB"},"subjectType":"vestiging",
                "subjectIdentificatie":{"vestigingsNummer":"7"}}"#,
        )
        .unwrap();
        Klant::from_representation("u-1", &value)
    }

    fn filter_value(columns: &[String], values: &[Value], column: &str) -> Value {
        let at = columns.iter().position(|c| c == column).unwrap_or_else(|| panic!("no column {column}"));
        values[at].clone()
    }

    #[test]
    fn a_row_holds_the_fixed_columns_and_each_filters_value() {
        let rows = insert_rows([(5, &klant(), "{\"url\":\"x\"}")].into_iter());
        assert_eq!(rows.columns[..FIXED.len()], FIXED.map(str::to_string));
        assert_eq!(rows.columns.len(), FIXED.len() + filter_columns().len());
        let v = &rows.values;
        assert_eq!(v[0], Value::Int(Some(5)));
        assert_eq!(v[2], Value::BigInt(Some(1)));
        assert_eq!(filter_value(&rows.columns, v, "shape"), Value::from(layout()));
        assert_eq!(filter_value(&rows.columns, v, "klantnummer_numeriek"), Value::BigInt(Some(42)));
        assert_eq!(filter_value(&rows.columns, v, "subject_type"), Value::from("vestiging"));
        let Value::Bytes(Some(packed)) = filter_value(&rows.columns, v, "representation") else {
            panic!("the representation is stored as bytes")
        };
        assert_eq!(super::super::packing::unpack(*packed).unwrap(), "{\"url\":\"x\"}");
        assert_eq!(filter_value(&rows.columns, v, "achternaam"), Value::from("Jansen"));
        assert_eq!(filter_value(&rows.columns, v, "adres__postcode"), Value::from("1234AB"));
        assert_eq!(filter_value(&rows.columns, v, "subject_vestiging__vestigings_nummer"), Value::from("7"));
        assert_eq!(filter_value(&rows.columns, v, "subject_natuurlijk_persoon__inp_bsn"), Value::from(""));
    }

    #[test]
    fn every_filter_reads_a_column_of_the_row() {
        let columns: Vec<&str> = FIXED.iter().copied().chain(filter_columns().iter().map(|(_, c)| *c)).collect();
        for f in &FILTERS {
            assert!(columns.contains(&f.column), "{}", f.parameter);
        }
        let unique: std::collections::BTreeSet<&&str> = columns.iter().collect();
        assert_eq!(unique.len(), columns.len());
    }

    #[test]
    fn an_update_sets_the_version_and_every_column_but_the_identity() {
        let sql = update(9, 3, &klant(), "{}").to_string(SqliteQueryBuilder);
        assert!(sql.starts_with("UPDATE \"klant\" SET \"version\" = 3, \"shape\" = "), "{sql}");
        assert!(sql.contains("\"adres__postcode\" = '1234AB'"), "{sql}");
        assert!(sql.ends_with("WHERE \"id\" = 9"), "{sql}");
        assert!(!sql.contains("\"uuid\""), "{sql}");
    }

    #[test]
    fn a_klantnummer_counts_when_it_is_digits_only() {
        assert_eq!(klantnummer_numeriek("0042"), Some(42));
        assert_eq!(klantnummer_numeriek("12a"), None);
        assert_eq!(klantnummer_numeriek(""), None);
    }
}
