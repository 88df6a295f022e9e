//! The representation of klanten stored before representations were (the migration
//! `m20261201_000003_representation`): rendered from their rows, in batches, inside that migration.
use std::collections::HashMap;

use migration::{RenderExisting, SchemaManagerConnection};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ColumnTrait, ColumnType, ConnectionTrait, DbBackend, DbErr, EntityTrait, IdenStatic, Iterable, QueryFilter,
    QueryOrder, QuerySelect, Select, Statement,
};

use super::convert::klant_from_rows;
use super::entity::*;
use super::model as representation;

pub struct Backfill;

const BATCH: u64 = 500;

/// A select of all columns of `E` as its table is at this point of the migrations. This backfill runs inside
/// migration 3, before later migrations have added their columns, while the entities describe today's schema: a
/// column the table does not have yet is read as the value a migration adding it would give existing rows (`""`
/// for text, 0 for numbers, NULL otherwise), so that adding a column never breaks migrating a fresh database.
async fn select_existing<E: EntityTrait>(db: &SchemaManagerConnection<'_>) -> Result<Select<E>, DbErr> {
    let table = E::default().table_name().to_string();
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => format!(
            "SELECT column_name::text AS name FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = '{table}'"
        ),
        _ => format!("SELECT name FROM pragma_table_info('{table}')"),
    };
    let existing: Vec<String> = db
        .query_all(Statement::from_string(backend, sql))
        .await?
        .iter()
        .map(|r| r.try_get::<String>("", "name"))
        .collect::<Result<_, _>>()?;
    let mut select = E::find().select_only();
    for column in E::Column::iter() {
        if existing.iter().any(|name| name == column.as_str()) {
            select = select.column(column);
        } else {
            let empty: SimpleExpr = match column.def().get_column_type() {
                ColumnType::String(_) | ColumnType::Text | ColumnType::Char(_) => Expr::value(""),
                ColumnType::Integer | ColumnType::BigInteger | ColumnType::SmallInteger => Expr::value(0),
                _ => Expr::cust("NULL"),
            };
            select = select.column_as(empty, column.as_str());
        }
    }
    Ok(select)
}

#[async_trait::async_trait]
impl RenderExisting for Backfill {
    async fn render_existing(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
        let mut after = 0;
        loop {
            let rows = select_existing::<klant::Entity>(db)
                .await?
                .filter(klant::Column::Id.gt(after))
                .filter(klant::Column::Representation.eq(""))
                .order_by_asc(klant::Column::Id)
                .limit(BATCH)
                .all(db)
                .await?;
            let Some(last) = rows.last() else { return Ok(()) };
            after = last.id;
            let ids: Vec<i32> = rows.iter().map(|k| k.id).collect();
            macro_rules! by_klant {
                ($m:ident) => {
                    select_existing::<$m::Entity>(db)
                        .await?
                        .filter($m::Column::KlantId.is_in(ids.clone()))
                        .all(db)
                        .await?
                        .into_iter()
                        .map(|r| (r.klant_id, r))
                        .collect::<HashMap<i32, $m::Model>>()
                };
            }
            let mut adressen = by_klant!(adres);
            let mut nps = by_klant!(natuurlijk_persoon);
            let mut nnps = by_klant!(niet_natuurlijk_persoon);
            let mut vs = by_klant!(vestiging);
            let mut vas = by_klant!(verblijfsadres);
            let mut svbs = by_klant!(sub_verblijf_buitenland);
            for row in rows {
                let id = row.id;
                let k = klant_from_rows(
                    row,
                    adressen.remove(&id),
                    nps.remove(&id),
                    nnps.remove(&id),
                    vs.remove(&id),
                    vas.remove(&id),
                    svbs.remove(&id),
                );
                db.execute(Statement::from_sql_and_values(
                    db.get_database_backend(),
                    "UPDATE klant SET representation = $1 WHERE id = $2",
                    [representation::render(&k).into(), id.into()],
                ))
                .await?;
            }
        }
    }
}
