//! The klant, its adres, the three subject-identificatie tables with their nested addresses, and the audit trail.
//!
//! Every nested row is keyed by `klant_id` (unique, cascading): a klant has at most one adres and at most one
//! identificatie, and because `subjectType` is immutable (as in the reference) the identificatie's
//! `verblijfsadres` and `subVerblijfBuitenland` are one-to-one with the klant as well. Every column a list filter
//! matches on has an index; (bronorganisatie, klantnummer) is unique (kla-001).
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261128_000001_schema"
    }
}

pub(crate) fn a(name: &str) -> Alias {
    Alias::new(name)
}

fn id() -> ColumnDef {
    ColumnDef::new(a("id")).integer().not_null().auto_increment().primary_key().to_owned()
}

fn text(name: &str, len: u32) -> ColumnDef {
    ColumnDef::new(a(name)).string_len(len).not_null().default("").to_owned()
}

fn klant_fk(table: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_klant"))
        .from(a(table), a("klant_id"))
        .to(a("klant"), a("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn klant_id() -> ColumnDef {
    ColumnDef::new(a("klant_id")).integer().not_null().unique_key().to_owned()
}

pub(crate) fn index(table: &str, cols: &[&str]) -> IndexCreateStatement {
    let mut idx = Index::create();
    idx.name(format!("idx_{table}_{}", cols.join("_"))).table(a(table));
    for c in cols {
        idx.col(a(c));
    }
    idx.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(a("klant"))
                    .col(id())
                    .col(ColumnDef::new(a("uuid")).string_len(36).not_null().unique_key())
                    .col(ColumnDef::new(a("bronorganisatie")).string_len(9).not_null())
                    .col(ColumnDef::new(a("klantnummer")).string_len(8).not_null())
                    // The numeric value of klantnummer when it consists of digits only: the basis of
                    // klantnummer generation (kla-001), max + 1 per bronorganisatie.
                    .col(ColumnDef::new(a("klantnummer_numeriek")).big_integer().null())
                    .col(text("bedrijfsnaam", 200))
                    .col(text("functie", 200))
                    .col(ColumnDef::new(a("website_url")).string_len(1000).not_null())
                    .col(text("voornaam", 200))
                    .col(text("voorvoegsel_achternaam", 10))
                    .col(text("achternaam", 200))
                    .col(text("telefoonnummer", 20))
                    .col(text("emailadres", 254))
                    .col(text("subject", 1000))
                    .col(ColumnDef::new(a("subject_type")).string_len(100).null())
                    // A fresh random token on every write, and the ETags computed since, per base URL (JSON map):
                    // a conditional GET finds its answer here without rendering (README, HTTP caching).
                    .col(ColumnDef::new(a("etag_token")).string_len(36).not_null().default(""))
                    .col(ColumnDef::new(a("etag_cache")).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_klant_bronorganisatie_klantnummer")
                    .table(a("klant"))
                    .col(a("bronorganisatie"))
                    .col(a("klantnummer"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("klant", &["bronorganisatie", "klantnummer_numeriek"])).await?;
        for col in [
            "klantnummer",
            "bedrijfsnaam",
            "functie",
            "achternaam",
            "telefoonnummer",
            "emailadres",
            "subject",
            "subject_type",
        ] {
            manager.create_index(index("klant", &[col])).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(a("adres"))
                    .col(id())
                    .col(klant_id())
                    .col(text("straatnaam", 100))
                    .col(ColumnDef::new(a("huisnummer")).integer().null())
                    .col(text("huisletter", 1))
                    .col(text("huisnummertoevoeging", 4))
                    .col(text("postcode", 7))
                    .col(text("woonplaatsnaam", 80))
                    .col(text("landcode", 4))
                    .foreign_key(&mut klant_fk("adres"))
                    .to_owned(),
            )
            .await?;
        for col in ["straatnaam", "postcode", "woonplaatsnaam", "landcode"] {
            manager.create_index(index("adres", &[col])).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(a("natuurlijk_persoon"))
                    .col(id())
                    .col(klant_id())
                    .col(text("inp_bsn", 9))
                    .col(text("anp_identificatie", 17))
                    .col(text("inp_a_nummer", 10))
                    .col(text("geslachtsnaam", 200))
                    .col(text("voorvoegsel_geslachtsnaam", 80))
                    .col(text("voorletters", 20))
                    .col(text("voornamen", 200))
                    .col(text("geslachtsaanduiding", 1))
                    .col(text("geboortedatum", 18))
                    .foreign_key(&mut klant_fk("natuurlijk_persoon"))
                    .to_owned(),
            )
            .await?;
        for col in ["inp_bsn", "anp_identificatie", "inp_a_nummer"] {
            manager.create_index(index("natuurlijk_persoon", &[col])).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(a("niet_natuurlijk_persoon"))
                    .col(id())
                    .col(klant_id())
                    .col(text("inn_nnp_id", 9))
                    .col(text("ann_identificatie", 17))
                    .col(ColumnDef::new(a("statutaire_naam")).text().not_null().default(""))
                    .col(text("inn_rechtsvorm", 50))
                    .col(text("bezoekadres", 1000))
                    .foreign_key(&mut klant_fk("niet_natuurlijk_persoon"))
                    .to_owned(),
            )
            .await?;
        for col in ["inn_nnp_id", "ann_identificatie"] {
            manager.create_index(index("niet_natuurlijk_persoon", &[col])).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(a("vestiging"))
                    .col(id())
                    .col(klant_id())
                    .col(text("vestigings_nummer", 24))
                    // The handelsnaam list as a JSON array of strings (the reference uses Postgres text[]).
                    .col(ColumnDef::new(a("handelsnaam")).text().not_null().default("[]"))
                    .foreign_key(&mut klant_fk("vestiging"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("vestiging", &["vestigings_nummer"])).await?;

        manager
            .create_table(
                Table::create()
                    .table(a("verblijfsadres"))
                    .col(id())
                    .col(klant_id())
                    .col(text("aoa_identificatie", 100))
                    .col(text("woonplaats_naam", 80))
                    .col(text("gor_openbare_ruimte_naam", 80))
                    .col(text("postcode", 7))
                    .col(ColumnDef::new(a("huisnummer")).integer().null())
                    .col(text("huisletter", 1))
                    .col(text("huisnummertoevoeging", 4))
                    .col(text("inp_locatiebeschrijving", 1000))
                    .foreign_key(&mut klant_fk("verblijfsadres"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(a("sub_verblijf_buitenland"))
                    .col(id())
                    .col(klant_id())
                    .col(text("lnd_landcode", 4))
                    .col(text("lnd_landnaam", 40))
                    .col(text("sub_adres_buitenland_1", 35))
                    .col(text("sub_adres_buitenland_2", 35))
                    .col(text("sub_adres_buitenland_3", 35))
                    .foreign_key(&mut klant_fk("sub_verblijf_buitenland"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(a("audit_trail"))
                    .col(id())
                    .col(ColumnDef::new(a("uuid")).string_len(36).not_null().unique_key())
                    // The klant the record belongs to: trails go with their klant (README, Deviations from the
                    // reference, item 8).
                    .col(ColumnDef::new(a("klant_uuid")).string_len(36).not_null())
                    .col(text("bron", 50))
                    .col(text("applicatie_id", 100))
                    .col(text("applicatie_weergave", 200))
                    .col(text("gebruikers_id", 255))
                    .col(text("gebruikers_weergave", 255))
                    .col(text("actie", 50))
                    .col(text("actie_weergave", 200))
                    .col(ColumnDef::new(a("resultaat")).integer().not_null())
                    .col(ColumnDef::new(a("hoofd_object")).text().not_null())
                    .col(text("resource", 50))
                    .col(ColumnDef::new(a("resource_url")).text().not_null())
                    .col(ColumnDef::new(a("toelichting")).text().not_null().default(""))
                    .col(text("resource_weergave", 200))
                    // Microseconds since the epoch (UTC): the order of the list and the source of `aanmaakdatum`.
                    .col(ColumnDef::new(a("aanmaakdatum")).big_integer().not_null())
                    .col(ColumnDef::new(a("wijzigingen")).text().not_null())
                    .col(ColumnDef::new(a("logrecord_id")).text().not_null().default(""))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("audit_trail", &["klant_uuid", "aanmaakdatum"])).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "audit_trail",
            "sub_verblijf_buitenland",
            "verblijfsadres",
            "vestiging",
            "niet_natuurlijk_persoon",
            "natuurlijk_persoon",
            "adres",
            "klant",
        ] {
            manager.drop_table(Table::drop().table(a(t)).if_exists().to_owned()).await?;
        }
        Ok(())
    }
}
