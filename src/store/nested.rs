//! The nested rows of a klant (adres, the identificatie and its addresses): written only where they changed.
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, EntityTrait, Iterable, QueryFilter};

use super::batch::Batch;

use super::convert::*;
use super::entity::*;
use super::legacy_model::Klant;

/// Inserts or replaces the row of table `$m` for its klant (one statement), or deletes it when it is gone.
macro_rules! write_row {
    ($batch:expr, $id:expr, $m:ident, $old:expr, $new:expr, $active:expr) => {
        if $old != $new {
            match $new {
                Some(v) => {
                    let columns: Vec<$m::Column> =
                        $m::Column::iter().filter(|c| !matches!(c, $m::Column::Id | $m::Column::KlantId)).collect();
                    $batch.push(
                        $m::Entity::insert($active($id, v))
                            .on_conflict(OnConflict::column($m::Column::KlantId).update_columns(columns).to_owned()),
                    );
                }
                None => {
                    $batch.push($m::Entity::delete_many().filter($m::Column::KlantId.eq($id)));
                }
            }
        }
    };
}

/// The statements that bring the nested rows of klant `id` from `old` (`None`: a new klant, no rows yet) to `new`.
pub fn write(tx: &mut Batch, id: i32, old: Option<&Klant>, new: &Klant) {
    write_row!(tx, id, adres, old.and_then(|k| k.adres.as_ref()), new.adres.as_ref(), adres_active);
    write_row!(
        tx,
        id,
        natuurlijk_persoon,
        old.and_then(|k| k.natuurlijk_persoon.as_ref()),
        new.natuurlijk_persoon.as_ref(),
        np_active
    );
    write_row!(
        tx,
        id,
        niet_natuurlijk_persoon,
        old.and_then(|k| k.niet_natuurlijk_persoon.as_ref()),
        new.niet_natuurlijk_persoon.as_ref(),
        nnp_active
    );
    write_row!(tx, id, vestiging, old.and_then(|k| k.vestiging.as_ref()), new.vestiging.as_ref(), vestiging_active);
    write_row!(
        tx,
        id,
        verblijfsadres,
        old.and_then(|k| k.verblijfsadres.as_ref()),
        new.verblijfsadres.as_ref(),
        verblijfsadres_active
    );
    write_row!(
        tx,
        id,
        sub_verblijf_buitenland,
        old.and_then(|k| k.sub_verblijf_buitenland.as_ref()),
        new.sub_verblijf_buitenland.as_ref(),
        svb_active
    );
}

/// The nested rows of new klanten, written with one multi-row insert per table.
#[derive(Default)]
pub struct NewRows {
    adres: Vec<adres::ActiveModel>,
    natuurlijk_persoon: Vec<natuurlijk_persoon::ActiveModel>,
    niet_natuurlijk_persoon: Vec<niet_natuurlijk_persoon::ActiveModel>,
    vestiging: Vec<vestiging::ActiveModel>,
    verblijfsadres: Vec<verblijfsadres::ActiveModel>,
    sub_verblijf_buitenland: Vec<sub_verblijf_buitenland::ActiveModel>,
}

impl NewRows {
    /// The rows of the new klant `k`, whose row has id `id`.
    pub fn add(&mut self, id: i32, k: &Klant) {
        self.adres.extend(k.adres.as_ref().map(|v| adres_active(id, v)));
        self.natuurlijk_persoon.extend(k.natuurlijk_persoon.as_ref().map(|v| np_active(id, v)));
        self.niet_natuurlijk_persoon.extend(k.niet_natuurlijk_persoon.as_ref().map(|v| nnp_active(id, v)));
        self.vestiging.extend(k.vestiging.as_ref().map(|v| vestiging_active(id, v)));
        self.verblijfsadres.extend(k.verblijfsadres.as_ref().map(|v| verblijfsadres_active(id, v)));
        self.sub_verblijf_buitenland.extend(k.sub_verblijf_buitenland.as_ref().map(|v| svb_active(id, v)));
    }

    /// The rows as plain values, one [`TableRows`](super::rows::TableRows) per table that has rows.
    pub fn tables(self) -> Result<Vec<super::rows::TableRows>, String> {
        use super::rows::TableRows;
        let tables = [
            TableRows::take(self.adres)?,
            TableRows::take(self.natuurlijk_persoon)?,
            TableRows::take(self.niet_natuurlijk_persoon)?,
            TableRows::take(self.vestiging)?,
            TableRows::take(self.verblijfsadres)?,
            TableRows::take(self.sub_verblijf_buitenland)?,
        ];
        Ok(tables.into_iter().flatten().collect())
    }

    pub fn write(self, batch: &mut Batch) {
        fn rows<A: sea_orm::ActiveModelTrait>(batch: &mut Batch, rows: Vec<A>) {
            batch.insert(rows);
        }
        rows(batch, self.adres);
        rows(batch, self.natuurlijk_persoon);
        rows(batch, self.niet_natuurlijk_persoon);
        rows(batch, self.vestiging);
        rows(batch, self.verblijfsadres);
        rows(batch, self.sub_verblijf_buitenland);
    }
}
