//! `klanten import-reference`: the database of the reference Klanten API 1.0.0 (VNG-Realisatie/klanten-api, and
//! so Open Klant 1.x, which keeps klanten in the same Django tables) read as a registry stream
//! ([`super::stream`]), for `klanten import` to load. Read in one snapshot (repeatable read, read only);
//! nothing is written to the reference's database.
//!
//! - **Klanten** (`datamodel_klant` with `datamodel_klantadres`, the identificatie of its `subject_type` from
//!   `datamodel_natuurlijkpersoon`, `datamodel_nietnatuurlijkpersoon` or `datamodel_vestiging`, and their
//!   `datamodel_verblijfsadres` and `datamodel_subverblijfbuitenland`), in creation order (`id`), with their uuids
//!   and klantnummers, rendered as the reference renders them (the first schema's klant, [`super::legacy`], whose
//!   tables are the reference's) and then in this build's description.
//! - **Audit records** (`audittrails_audittrail` of resource `klant`, vng-api-common's): every field as stored (but
//!   `bron`, which the reference writes as `Klanten` and this server answers as `kc`), the time to the microsecond,
//!   `oud` and `nieuw` with the keys the reference answers (camelCase). Records of a klant
//!   the reference no longer holds are left out (the reference deletes a klant's trail with it; none are expected).
//! - **Not carried**: the notifications the reference had queued (it keeps none: it sends at once), its clients
//!   and secrets (`vng_api_common_jwtsecret`: configure clients in the clients file), its Autorisaties and
//!   Notificaties configuration.
use std::collections::HashSet;

use sea_orm::sqlx::{self, Connection, Row};
use serde_json::{Map, Value};

use super::legacy::model;
use super::stream::{AuditLine, Counts, KlantLine, Line, VERSION};
use crate::domain::description::{Klant, SHAPE};
use crate::domain::representation;

/// Reads the reference's database at `url` and hands each line of the stream to `emit`.
pub async fn read(url: &str, mut emit: impl FnMut(&Line) -> std::io::Result<()>) -> Result<Counts, String> {
    fn e(what: &'static str) -> impl Fn(sqlx::Error) -> String {
        move |err| format!("the reference's database, {what}: {err}")
    }
    let io = |err: std::io::Error| format!("writing the stream: {err}");
    let mut conn = sqlx::PgConnection::connect(url).await.map_err(e("connecting"))?;
    let mut tx = conn.begin().await.map_err(e("beginning"))?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await
        .map_err(e("a snapshot"))?;
    let klanten: i64 = sqlx::query_scalar("SELECT count(*) FROM datamodel_klant")
        .fetch_one(&mut *tx)
        .await
        .map_err(e("datamodel_klant (is this the reference's database?)"))?;
    let rows = sqlx::query(KLANTEN).fetch_all(&mut *tx).await.map_err(e("the klanten"))?;
    let audits = sqlx::query(AUDIT).fetch_all(&mut *tx).await.map_err(e("the audit trail"))?;
    tx.rollback().await.map_err(e("ending the snapshot"))?;
    let mut uuids = HashSet::with_capacity(rows.len());
    let mut lines = Vec::with_capacity(rows.len());
    for row in &rows {
        let k = klant(row).map_err(e("a klant"))?;
        // the reference's representation of its rows, read as this build's description reads any representation
        let klant = Klant::from_representation(&k.uuid, &k.to_json(""));
        uuids.insert(k.uuid.clone());
        lines.push(KlantLine { uuid: k.uuid, representation: representation::render(&klant) });
    }
    debug_assert_eq!(lines.len() as i64, klanten);
    let mut audit_lines = Vec::with_capacity(audits.len());
    for row in &audits {
        let line = audit(row).map_err(e("an audit record"))?;
        if uuids.contains(&line.klant_uuid) {
            audit_lines.push(line);
        }
    }
    let counts = Counts { klanten: lines.len() as u64, audit_records: audit_lines.len() as u64, outbox: 0 };
    emit(&Line::Header {
        version: VERSION,
        shape: SHAPE.into(),
        klanten: counts.klanten,
        audit_records: counts.audit_records,
        outbox: 0,
    })
    .map_err(io)?;
    for line in lines {
        emit(&Line::Klant(line)).map_err(io)?;
    }
    for line in audit_lines {
        emit(&Line::Audit(line)).map_err(io)?;
    }
    emit(&Line::End { klanten: counts.klanten, audit_records: counts.audit_records, outbox: 0 }).map_err(io)?;
    Ok(counts)
}

/// Every klant with its nested rows, each as JSON (NULL where there is none), in creation order.
const KLANTEN: &str = "SELECT k.uuid::text AS uuid, k.bronorganisatie, k.klantnummer, k.bedrijfsnaam, k.functie, \
    k.website_url, k.voornaam, k.voorvoegsel_achternaam, k.achternaam, k.telefoonnummer, k.emailadres, k.subject, \
    k.subject_type, row_to_json(a)::text AS adres, row_to_json(np)::text AS np, row_to_json(nnp)::text AS nnp, \
    row_to_json(v)::text AS v, row_to_json(np_va)::text AS np_va, row_to_json(v_va)::text AS v_va, \
    row_to_json(np_svb)::text AS np_svb, row_to_json(nnp_svb)::text AS nnp_svb, row_to_json(v_svb)::text AS v_svb \
    FROM datamodel_klant k \
    LEFT JOIN datamodel_klantadres a ON a.klant_id = k.id \
    LEFT JOIN datamodel_natuurlijkpersoon np ON np.klant_id = k.id \
    LEFT JOIN datamodel_nietnatuurlijkpersoon nnp ON nnp.klant_id = k.id \
    LEFT JOIN datamodel_vestiging v ON v.klant_id = k.id \
    LEFT JOIN datamodel_verblijfsadres np_va ON np_va.natuurlijkpersoon_id = np.id \
    LEFT JOIN datamodel_verblijfsadres v_va ON v_va.vestiging_id = v.id \
    LEFT JOIN datamodel_subverblijfbuitenland np_svb ON np_svb.natuurlijkpersoon_id = np.id \
    LEFT JOIN datamodel_subverblijfbuitenland nnp_svb ON nnp_svb.nietnatuurlijkpersoon_id = nnp.id \
    LEFT JOIN datamodel_subverblijfbuitenland v_svb ON v_svb.vestiging_id = v.id \
    ORDER BY k.id";

/// The audit records of klanten, oldest first.
const AUDIT: &str = "SELECT uuid::text AS uuid, bron, actie, actie_weergave, resultaat, hoofd_object, resource, \
    resource_url, CAST(extract(epoch FROM aanmaakdatum) * 1000000 AS BIGINT) AS micros, oud::text AS oud, \
    nieuw::text AS nieuw, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, toelichting, \
    resource_weergave, logrecord_id FROM audittrails_audittrail WHERE resource = 'klant' ORDER BY aanmaakdatum, id";

fn object(row: &sqlx::postgres::PgRow, column: &str) -> Result<Option<Map<String, Value>>, sqlx::Error> {
    let text: Option<String> = row.try_get(column)?;
    Ok(text.and_then(|t| serde_json::from_str::<Value>(&t).ok()).and_then(|v| match v {
        Value::Object(m) => Some(m),
        _ => None,
    }))
}

fn text(m: &Map<String, Value>, key: &str) -> String {
    m.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

fn number(m: &Map<String, Value>, key: &str) -> Option<i32> {
    m.get(key).and_then(Value::as_i64).and_then(|n| i32::try_from(n).ok())
}

/// The klant of a row of [`KLANTEN`], as the first schema's klant (the reference's own tables).
fn klant(row: &sqlx::postgres::PgRow) -> Result<model::Klant, sqlx::Error> {
    let subject_type: Option<String> = row.try_get("subject_type")?;
    let verblijfsadres = |m: Map<String, Value>| model::Verblijfsadres {
        aoa_identificatie: text(&m, "aoa_identificatie"),
        wpl_woonplaats_naam: text(&m, "woonplaats_naam"),
        gor_openbare_ruimte_naam: text(&m, "gor_openbare_ruimte_naam"),
        aoa_postcode: text(&m, "postcode"),
        aoa_huisnummer: number(&m, "huisnummer"),
        aoa_huisletter: text(&m, "huisletter"),
        aoa_huisnummertoevoeging: text(&m, "huisnummertoevoeging"),
        inp_locatiebeschrijving: text(&m, "inp_locatiebeschrijving"),
    };
    let (va, svb) = match subject_type.as_deref() {
        Some("natuurlijk_persoon") => (object(row, "np_va")?, object(row, "np_svb")?),
        Some("niet_natuurlijk_persoon") => (None, object(row, "nnp_svb")?),
        Some("vestiging") => (object(row, "v_va")?, object(row, "v_svb")?),
        _ => (None, None),
    };
    Ok(model::Klant {
        uuid: row.try_get("uuid")?,
        bronorganisatie: row.try_get("bronorganisatie")?,
        klantnummer: row.try_get("klantnummer")?,
        bedrijfsnaam: row.try_get("bedrijfsnaam")?,
        functie: row.try_get("functie")?,
        website_url: row.try_get("website_url")?,
        voornaam: row.try_get("voornaam")?,
        voorvoegsel_achternaam: row.try_get("voorvoegsel_achternaam")?,
        achternaam: row.try_get("achternaam")?,
        telefoonnummer: row.try_get("telefoonnummer")?,
        emailadres: row.try_get("emailadres")?,
        subject: row.try_get("subject")?,
        adres: object(row, "adres")?.map(|a| model::Adres {
            straatnaam: text(&a, "straatnaam"),
            huisnummer: number(&a, "huisnummer"),
            huisletter: text(&a, "huisletter"),
            huisnummertoevoeging: text(&a, "huisnummertoevoeging"),
            postcode: text(&a, "postcode"),
            woonplaatsnaam: text(&a, "woonplaats_naam"),
            landcode: text(&a, "landcode"),
        }),
        natuurlijk_persoon: object(row, "np")?.map(|n| model::NatuurlijkPersoon {
            inp_bsn: text(&n, "inp_bsn"),
            anp_identificatie: text(&n, "anp_identificatie"),
            inp_a_nummer: text(&n, "inp_a_nummer"),
            geslachtsnaam: text(&n, "geslachtsnaam"),
            voorvoegsel_geslachtsnaam: text(&n, "voorvoegsel_geslachtsnaam"),
            voorletters: text(&n, "voorletters"),
            voornamen: text(&n, "voornamen"),
            geslachtsaanduiding: text(&n, "geslachtsaanduiding"),
            geboortedatum: text(&n, "geboortedatum"),
        }),
        niet_natuurlijk_persoon: object(row, "nnp")?.map(|n| model::NietNatuurlijkPersoon {
            inn_nnp_id: text(&n, "inn_nnp_id"),
            ann_identificatie: text(&n, "ann_identificatie"),
            statutaire_naam: text(&n, "statutaire_naam"),
            inn_rechtsvorm: text(&n, "inn_rechtsvorm"),
            bezoekadres: text(&n, "bezoekadres"),
        }),
        vestiging: object(row, "v")?.map(|v| model::Vestiging {
            vestigings_nummer: text(&v, "vestigings_nummer"),
            handelsnaam: match v.get("handelsnaam") {
                Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).map(str::to_string).collect(),
                _ => Vec::new(),
            },
        }),
        verblijfsadres: va.map(verblijfsadres),
        sub_verblijf_buitenland: svb.map(|s| model::SubVerblijfBuitenland {
            lnd_landcode: text(&s, "lnd_landcode"),
            lnd_landnaam: text(&s, "lnd_landnaam"),
            sub_adres_buitenland_1: text(&s, "sub_adres_buitenland_1"),
            sub_adres_buitenland_2: text(&s, "sub_adres_buitenland_2"),
            sub_adres_buitenland_3: text(&s, "sub_adres_buitenland_3"),
        }),
        subject_type,
    })
}

/// A key as the reference answers it: djangorestframework-camel-case's `underscore_to_camel` (an underscore
/// before a lower-case letter or digit goes, and that character is upper-cased).
fn camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut chars = key.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('_', Some(n)) if n.is_ascii_lowercase() || n.is_ascii_digit() => {
                let n = chars.next().unwrap_or_default();
                out.extend(n.to_uppercase());
            }
            _ => out.push(c),
        }
    }
    out
}

/// `oud` or `nieuw` as stored by the reference (snake_case keys) with the keys it answers.
fn camelized(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (camel(&k), camelized(v))).collect()),
        Value::Array(a) => Value::Array(a.into_iter().map(camelized).collect()),
        other => other,
    }
}

fn audit(row: &sqlx::postgres::PgRow) -> Result<AuditLine, sqlx::Error> {
    let json = |column: &str| -> Result<Value, sqlx::Error> {
        let text: Option<String> = row.try_get(column)?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()).map(camelized).unwrap_or(Value::Null))
    };
    let mut wijzigingen = Map::new();
    wijzigingen.insert("oud".into(), json("oud")?);
    wijzigingen.insert("nieuw".into(), json("nieuw")?);
    let hoofd_object: String = row.try_get("hoofd_object")?;
    let klant_uuid = hoofd_object.trim_end_matches('/').rsplit('/').next().unwrap_or_default().to_string();
    Ok(AuditLine {
        id: 0,
        uuid: row.try_get("uuid")?,
        klant_uuid,
        // the reference writes its own name, `Klanten`, outside the OAS enum; this server answers `kc` (README,
        // Deviations from the reference, item 6)
        bron: match row.try_get::<String, _>("bron")? {
            b if b == "Klanten" => "kc".into(),
            b => b,
        },
        applicatie_id: row.try_get("applicatie_id")?,
        applicatie_weergave: row.try_get("applicatie_weergave")?,
        gebruikers_id: row.try_get("gebruikers_id")?,
        gebruikers_weergave: row.try_get("gebruikers_weergave")?,
        actie: row.try_get("actie")?,
        actie_weergave: row.try_get("actie_weergave")?,
        resultaat: row.try_get("resultaat")?,
        hoofd_object,
        resource: row.try_get("resource")?,
        resource_url: row.try_get("resource_url")?,
        toelichting: row.try_get("toelichting")?,
        resource_weergave: row.try_get("resource_weergave")?,
        aanmaakdatum: row.try_get("micros")?,
        wijzigingen: representation::escape_line_separators(Value::Object(wijzigingen).to_string()),
        logrecord_id: row.try_get("logrecord_id")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_as_the_reference_answers_them() {
        assert_eq!(camel("inp_a_nummer"), "inpANummer");
        assert_eq!(camel("sub_adres_buitenland_1"), "subAdresBuitenland1");
        assert_eq!(camel("website_url"), "websiteUrl");
        assert_eq!(camel("url"), "url");
        assert_eq!(camel("a__b"), "a_B");
    }
}
