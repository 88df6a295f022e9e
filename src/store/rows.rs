//! The rows of one table as plain values, taken out of sea-orm active models (`klanten seed`, the SQLite
//! writer): they go to the database as they are (`COPY` text on PostgreSQL, bound parameters of a prepared insert
//! on SQLite), so the columns and their values come from the same conversions (`convert`) as an API write's.
use sea_orm::sea_query::Value;
use sea_orm::{ActiveModelTrait, EntityName, EntityTrait, IdenStatic, Iterable};

/// The rows of one table: its name, the columns set in its first row (the database gives the others their
/// default) and the values row after row, `columns.len()` per row.
pub struct TableRows {
    pub table: String,
    pub columns: Vec<String>,
    pub values: Vec<Value>,
}

impl TableRows {
    /// The rows of `models`, their values moved out; `None` when there are none. Fails when a row does not set
    /// exactly the columns the first row sets (a value would be lost, or one would be missing).
    pub fn take<A: ActiveModelTrait>(mut models: Vec<A>) -> Result<Option<TableRows>, String> {
        let Some(first) = models.first() else { return Ok(None) };
        let (columns, unset): (Vec<_>, Vec<_>) =
            <A::Entity as EntityTrait>::Column::iter().partition(|c| first.get(*c).is_set());
        let mut values = Vec::with_capacity(models.len() * columns.len());
        for model in &mut models {
            if let Some(extra) = unset.iter().find(|c| model.get(**c).is_set()) {
                return Err(format!("column {} is set in a row but not in the first", extra.as_str()));
            }
            for column in &columns {
                match model.take(*column).into_value() {
                    Some(value) => values.push(value),
                    None => return Err(format!("column {} is not set in every row", column.as_str())),
                }
            }
        }
        Ok(Some(TableRows {
            table: A::Entity::default().table_name().to_string(),
            columns: columns.iter().map(|c| c.as_str().to_string()).collect(),
            values,
        }))
    }

    /// The rows, each a slice of `columns.len()` values.
    pub fn rows(&self) -> std::slice::Chunks<'_, Value> {
        self.values.chunks(self.columns.len().max(1))
    }

    /// The rows as one multi-row insert.
    pub fn insert_statement(&self) -> Result<sea_orm::sea_query::InsertStatement, String> {
        use sea_orm::sea_query::{Alias, Query, SimpleExpr};
        let mut insert = Query::insert();
        insert.into_table(Alias::new(&self.table)).columns(self.columns.iter().map(Alias::new));
        for row in self.rows() {
            insert
                .values(row.iter().cloned().map(SimpleExpr::Value))
                .map_err(|e| format!("an insert into {}: {e}", self.table))?;
        }
        Ok(insert)
    }

    /// The columns quoted and separated by commas.
    pub fn column_list(&self) -> String {
        self.columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::legacy::entity::adres;
    use sea_orm::ActiveValue::{NotSet, Set};

    fn adres_row(klant_id: i32, postcode: Option<&str>) -> adres::ActiveModel {
        adres::ActiveModel {
            klant_id: Set(klant_id),
            postcode: postcode.map_or(NotSet, |p| Set(p.to_string())),
            ..Default::default()
        }
    }

    #[test]
    fn values_are_taken_row_by_row_for_the_columns_of_the_first_row() {
        let rows = TableRows::take(vec![adres_row(1, Some("1000AB")), adres_row(2, Some("2000CD"))]).unwrap().unwrap();
        assert_eq!(rows.table, "adres");
        assert_eq!(rows.columns, ["klant_id", "postcode"]);
        let rows: Vec<_> = rows.rows().map(|r| r.to_vec()).collect();
        assert_eq!(
            rows,
            [
                vec![Value::Int(Some(1)), Value::String(Some(Box::new("1000AB".into())))],
                vec![Value::Int(Some(2)), Value::String(Some(Box::new("2000CD".into())))],
            ]
        );
        assert!(TableRows::take(Vec::<adres::ActiveModel>::new()).unwrap().is_none());
    }

    #[test]
    fn a_row_without_a_column_of_the_first_is_refused() {
        let taken = TableRows::take(vec![adres_row(1, Some("1000AB")), adres_row(2, None)]);
        assert_eq!(taken.err().as_deref(), Some("column postcode is not set in every row"));
        let taken = TableRows::take(vec![adres_row(1, None), adres_row(2, Some("2000CD"))]);
        assert_eq!(taken.err().as_deref(), Some("column postcode is set in a row but not in the first"));
    }
}
