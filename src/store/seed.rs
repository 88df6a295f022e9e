//! `klanten seed`: many klanten fast, for benchmarks and scale trials. Each klant is stored exactly as a create
//! through the API stores it (klant row with its representation and version 1, nested rows, the audit record of
//! the create, the counter), but a thousand at a time with multi-row inserts. No notifications are queued: a
//! seed is not a change any subscriber asked to hear about. Run it while no server writes to the database.
use sea_orm::ActiveValue::Set;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, EntityTrait, Statement, TransactionTrait};

use super::batch::Batch;
use super::convert::*;
use super::entity::*;
use super::nested::NewRows;
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

/// The rows of a thousand seeded klanten.
#[derive(Default)]
struct Rows {
    ids: Vec<i32>,
    klanten: Vec<klant::ActiveModel>,
    nested: NewRows,
    audits: Vec<audit_trail::ActiveModel>,
}

impl Rows {
    /// The rows of klant `k` with id `id`, as a create through the API writes them.
    fn add(&mut self, id: i32, k: &Klant, base_url: &str, audit: &AuditInfo) {
        let representation = representation::render(k);
        let nieuw = representation::value_with_base(&representation, base_url);
        let mut am = klant_active(k, representation);
        am.id = Set(id);
        am.version = Set(1);
        self.klanten.push(am);
        self.ids.push(id);
        self.nested.add(id, k);
        self.audits.push(audit_row(k, Actie::Create, 201, base_url, audit, serde_json::Value::Null, nieuw));
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
        // The rows of the next thousand are made on another thread while this one writes the previous thousand.
        let (tx_rows, mut rx_rows) = tokio::sync::mpsc::channel::<Rows>(2);
        let base = base_url.to_string();
        let maker = tokio::task::spawn_blocking(move || {
            let audit = AuditInfo { applicatie_weergave: "klanten seed".into(), ..AuditInfo::default() };
            let mut done = 0;
            while done < n {
                let size = (n - done).min(BATCH as u64);
                let mut rows = Rows::default();
                for i in done..done + size {
                    next_id += 1;
                    next_nummer += 1;
                    rows.add(next_id as i32, &seed_klant(i, next_nummer), &base, &audit);
                }
                if tx_rows.blocking_send(rows).is_err() {
                    return;
                }
                done += size;
            }
        });
        while let Some(mut rows) = rx_rows.recv().await {
            let size = rows.klanten.len();
            let ids = std::mem::take(&mut rows.ids);
            let tx = self.db.begin().await?;
            if backend == DbBackend::Sqlite {
                // a bulk load touches every index of a growing database: a larger page cache for this connection
                // saves most of the reads and writes of pages between SQLite and the kernel
                tx.execute_unprepared("PRAGMA cache_size = -131072").await?;
            }
            klant::Entity::insert_many(rows.klanten).exec_without_returning(&tx).await?;
            let mut nested = Batch::new(backend);
            rows.nested.write(&mut nested);
            nested.run(&tx).await?;
            audit_trail::Entity::insert_many(rows.audits).exec_without_returning(&tx).await?;
            let mut blocks = std::collections::BTreeMap::<i64, i64>::new();
            for id in &ids {
                *blocks.entry(i64::from(*id) / migration::BLOCK).or_default() += 1;
            }
            let mut counts = format!("UPDATE klant_teller SET aantal = aantal + {size} WHERE shard = 0");
            for (blok, n) in blocks {
                counts.push_str(";\n");
                counts.push_str(&super::group::block_change(blok, n));
            }
            tx.execute_unprepared(&counts).await?;
            tx.commit().await?;
        }
        maker.await.map_err(|e| DbErr::Custom(format!("making the seeded rows failed: {e}")))?;
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
