//! `klanten seed`: many klanten fast, for benchmarks and scale trials. Each klant is stored exactly as a create
//! through the API stores it (klant row with its representation and version 1, nested rows, the audit record of
//! the create, the counter), but a thousand at a time with multi-row inserts. No notifications are queued: a
//! seed is not a change any subscriber asked to hear about. Run it while no server writes to the database.
use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, EntityTrait, Statement, TransactionTrait};

use super::convert::*;
use super::entity::*;
use super::write::{audit_row, Actie, AuditInfo};
use super::Store;
use crate::domain::model::*;
use crate::domain::representation;

const BATCH: usize = 1000;

/// The i-th seeded klant: a natuurlijk persoon with an adres; `achternaam` repeats every 1,000 klanten and the
/// postcode every 9,000, so that filtered lists have predictable sizes.
pub fn seed_klant(i: u64, klantnummer: i64) -> Klant {
    Klant {
        uuid: uuid::Uuid::new_v4().to_string(),
        bronorganisatie: "950428139".into(),
        klantnummer: klantnummer.to_string(),
        website_url: "http://www.example.nl".into(),
        voornaam: format!("Voornaam-{i}"),
        achternaam: format!("Achternaam-{}", i % 1000),
        emailadres: format!("klant{i}@example.nl"),
        subject_type: Some("natuurlijk_persoon".into()),
        adres: Some(Adres {
            straatnaam: "Keizersgracht".into(),
            huisnummer: Some((i % 500) as i32 + 1),
            postcode: format!("{}AB", 1000 + i % 9000),
            woonplaatsnaam: "Amsterdam".into(),
            landcode: "6030".into(),
            ..Adres::default()
        }),
        natuurlijk_persoon: Some(NatuurlijkPersoon {
            inp_bsn: "111222333".into(),
            geslachtsnaam: format!("Achternaam-{}", i % 1000),
            voornamen: format!("Voornaam-{i}"),
            ..NatuurlijkPersoon::default()
        }),
        verblijfsadres: Some(Verblijfsadres {
            aoa_identificatie: format!("{i}"),
            gor_openbare_ruimte_naam: "Keizersgracht".into(),
            ..Verblijfsadres::default()
        }),
        sub_verblijf_buitenland: Some(SubVerblijfBuitenland {
            lnd_landcode: "6030".into(),
            lnd_landnaam: "Nederland".into(),
            ..SubVerblijfBuitenland::default()
        }),
        ..Klant::default()
    }
}

impl Store {
    /// Adds `n` klanten of bronorganisatie 950428139 (klantnummers after its highest), audit records made as by
    /// `base_url`.
    pub async fn seed(&self, n: u64, base_url: &str) -> Result<(), DbErr> {
        let backend = self.db.get_database_backend();
        let one = |sql: &str| Statement::from_string(backend, sql.to_string());
        let row = self
            .db
            .query_one(one("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) AS id, \
                 (SELECT CAST(COALESCE(MAX(klantnummer_numeriek), 0) AS BIGINT) FROM klant \
                 WHERE bronorganisatie = '950428139') AS nummer FROM klant"))
            .await?
            .ok_or_else(|| DbErr::Custom("no max".into()))?;
        let mut next_id: i64 = row.try_get("", "id")?;
        let mut next_nummer: i64 = row.try_get("", "nummer")?;
        if next_nummer as u64 + n > super::MAX_GENERATED_KLANTNUMMER as u64 {
            return Err(DbErr::Custom("not enough klantnummers left in bronorganisatie 950428139".into()));
        }
        let audit = AuditInfo { applicatie_weergave: "klanten seed".into(), ..AuditInfo::default() };
        let mut done = 0;
        while done < n {
            let size = (n - done).min(BATCH as u64);
            let (mut klanten, mut adressen, mut nps, mut vas, mut svbs, mut audits) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for i in done..done + size {
                next_id += 1;
                next_nummer += 1;
                let id = next_id as i32;
                let k = seed_klant(i, next_nummer);
                let representation = representation::render(&k);
                let mut am = klant_active(&k, representation.clone());
                am.id = Set(id);
                am.version = Set(1);
                let nieuw = representation::value_with_base(&representation, base_url);
                klanten.push(am);
                adressen.push(adres_active(id, k.adres.as_ref().expect("seeded")));
                nps.push(np_active(id, k.natuurlijk_persoon.as_ref().expect("seeded")));
                vas.push(verblijfsadres_active(id, k.verblijfsadres.as_ref().expect("seeded")));
                svbs.push(svb_active(id, k.sub_verblijf_buitenland.as_ref().expect("seeded")));
                audits.push(audit_row(&k, Actie::Create, 201, base_url, &audit, serde_json::Value::Null, nieuw));
            }
            let tx = self.db.begin().await?;
            klant::Entity::insert_many(klanten).exec_without_returning(&tx).await?;
            adres::Entity::insert_many(adressen).exec_without_returning(&tx).await?;
            natuurlijk_persoon::Entity::insert_many(nps).exec_without_returning(&tx).await?;
            verblijfsadres::Entity::insert_many(vas).exec_without_returning(&tx).await?;
            sub_verblijf_buitenland::Entity::insert_many(svbs).exec_without_returning(&tx).await?;
            audit_trail::Entity::insert_many(audits).exec_without_returning(&tx).await?;
            tx.execute(Statement::from_string(
                backend,
                format!("UPDATE klant_teller SET aantal = aantal + {size} WHERE shard = 0"),
            ))
            .await?;
            tx.commit().await?;
            done += size;
        }
        if backend == DbBackend::Postgres {
            // ids were given explicitly: the sequences must continue after them
            for table in
                ["klant", "adres", "natuurlijk_persoon", "verblijfsadres", "sub_verblijf_buitenland", "audit_trail"]
            {
                self.db
                    .execute(one(&format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 1) FROM {table}))"
                    )))
                    .await?;
            }
        }
        Ok(())
    }
}
