//! The representation of klanten stored before representations were (the migration
//! `m20261201_000003_representation`): rendered from their rows, in batches, inside that migration.
use std::collections::HashMap;

use migration::{RenderExisting, SchemaManagerConnection};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Statement};

use super::convert::klant_from_rows;
use super::entity::*;
use crate::domain::representation;

pub struct Backfill;

const BATCH: u64 = 500;

#[async_trait::async_trait]
impl RenderExisting for Backfill {
    async fn render_existing(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
        let mut after = 0;
        loop {
            let rows = klant::Entity::find()
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
                    $m::Entity::find()
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
