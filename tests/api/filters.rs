//! The 19 filters of the list, as the reference applies them: each matches and does not match; names in camelCase and
//! snake_case; trimmed; empty = no filter; last value wins; case-sensitive; inner joins.
use serde_json::{json, Value};

use crate::helpers::*;

fn full(klantnummer: &str, v: &str) -> Value {
    json!({
        "bronorganisatie": if v == "a" { "950428139" } else { "123456782" },
        "klantnummer": klantnummer,
        "bedrijfsnaam": format!("bedrijf-{v}"),
        "functie": format!("functie-{v}"),
        "websiteUrl": "http://x.nl",
        "achternaam": format!("Smit-{v}"),
        "telefoonnummer": format!("06-{v}"),
        "emailadres": format!("{v}@example.nl"),
        "adres": {"straatnaam": format!("straat-{v}"), "postcode": format!("1234{v}"), "woonplaatsnaam": format!("plaats-{v}"), "landcode": format!("L{v}")},
        "subjectType": "natuurlijk_persoon",
        "subjectIdentificatie": {"inpBsn": if v == "a" { "111222333" } else { "123456782" }, "anpIdentificatie": format!("anp-{v}"), "inpANummer": if v == "a" { "1234567890" } else { "2234567890" }}
    })
}

async fn count(app: &TestApp, query: &str) -> u64 {
    let a = app.get(&format!("/api/v1/klanten?{query}")).await;
    assert_eq!(a.status, 200, "{query}: {}", a.text);
    a.json()["count"].as_u64().unwrap()
}

db_test!(every_filter_matches_and_excludes);
async fn every_filter_matches_and_excludes(backend: Backend) {
    let app = spawn_app(&backend).await;
    app.create(&full("1", "a")).await;
    app.create(&full("2", "b")).await;
    app.create(&json!({"bronorganisatie": "950428139", "klantnummer": "3", "websiteUrl": "http://x.nl",
        "subjectType": "niet_natuurlijk_persoon", "subjectIdentificatie": {"innNnpId": "123456782", "annIdentificatie": "ann-c"}}))
        .await;
    app.create(&json!({"bronorganisatie": "950428139", "klantnummer": "4", "websiteUrl": "http://x.nl",
        "subjectType": "vestiging", "subjectIdentificatie": {"vestigingsNummer": "vest-d"}}))
        .await;
    assert_eq!(count(&app, "").await, 4);
    for (q, n) in [
        ("bronorganisatie=950428139", 3),
        ("bronorganisatie=123456782", 1),
        ("klantnummer=2", 1),
        ("klantnummer=9", 0),
        ("bedrijfsnaam=bedrijf-a", 1),
        ("bedrijfsnaam=BEDRIJF-A", 0),
        ("functie=functie-b", 1),
        ("achternaam=Smit-a", 1),
        ("achternaam=SMIT-A", 0),
        ("telefoonnummer=06-b", 1),
        ("emailadres=a@example.nl", 1),
        ("emailadres=A@example.nl", 0),
        ("adres__straatnaam=straat-a", 1),
        ("adres__postcode=1234b", 1),
        ("adres__woonplaatsNaam=plaats-a", 1),
        ("adres__woonplaats_naam=plaats-b", 1),
        ("adres__landcode=La", 1),
        ("adres__landcode=Lx", 0),
        ("subjectType=natuurlijk_persoon", 2),
        ("subject_type=vestiging", 1),
        ("subjectType=niet_natuurlijk_persoon", 1),
        ("subjectNatuurlijkPersoon__inpBsn=111222333", 1),
        ("subject_natuurlijk_persoon__inp_bsn=123456782", 1),
        ("subjectNatuurlijkPersoon__inpBsn=4", 0),
        ("subjectNatuurlijkPersoon__anpIdentificatie=anp-a", 1),
        ("subjectNatuurlijkPersoon__inpA_nummer=2234567890", 1),
        ("subjectNatuurlijkPersoon__inpANummer=1234567890", 1),
        ("subjectNietNatuurlijkPersoon__innNnpId=123456782", 1),
        ("subjectNietNatuurlijkPersoon__annIdentificatie=ann-c", 1),
        ("subjectNietNatuurlijkPersoon__annIdentificatie=ann-x", 0),
        ("subjectVestiging__vestigingsNummer=vest-d", 1),
        ("subjectVestiging__vestigingsNummer=vest-x", 0),
        ("subject=http://nergens.example.nl/x", 0),
        // trimmed, empty = no filter, last wins, AND-ed, unknown ignored
        ("klantnummer=%201%20", 1),
        ("functie=", 4),
        ("klantnummer=9&klantnummer=1", 1),
        ("bronorganisatie=950428139&klantnummer=2", 0),
        ("foo=bar", 4),
    ] {
        assert_eq!(count(&app, q).await, n, "{q} on {backend:?}");
    }
    let a = app.get("/api/v1/klanten?adres__straatnaam=straat-a").await.json();
    assert_eq!(a["results"][0]["klantnummer"], "1");
}

db_test!(filter_values_are_validated);
async fn filter_values_are_validated(backend: Backend) {
    let app = spawn_app(&backend).await;
    for (q, name, code, reason) in [
        ("bronorganisatie=abc", "bronorganisatie", "only-digits", "Waarde moet numeriek zijn."),
        ("bronorganisatie=1234", "bronorganisatie", "invalid-length", "RSIN moet 9 tekens lang zijn."),
        ("bronorganisatie=123456789", "bronorganisatie", "invalid", "Onjuist RSIN nummer."),
        ("subject=nourl", "subject", "invalid", "Voer een geldige URL in."),
        (
            "subjectType=foo",
            "subjectType",
            "invalid_choice",
            "Selecteer een geldige keuze. foo is geen beschikbare keuze.",
        ),
    ] {
        let a = app.get(&format!("/api/v1/klanten?{q}")).await;
        assert_eq!(a.status, 400, "{q}");
        assert_eq!(a.json()["invalidParams"], json!([{"name": name, "code": code, "reason": reason}]), "{q}");
    }
}

db_test!(every_filter_is_answered_from_its_index);
/// Each filter's condition is answered from that filter's own partial index (`column <> ''`), on an empty database
/// without statistics: the plan follows from the query text, not from what ANALYZE last saw.
async fn every_filter_is_answered_from_its_index(backend: Backend) {
    use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};
    let app = spawn_app(&backend).await;
    let db = Database::connect(&app.database_url).await.expect("connect");
    let pg = db.get_database_backend() == DbBackend::Postgres;
    if pg {
        // "possible" is what this test asks: with sequential scans priced out, PostgreSQL takes an index that
        // applies, and only one that applies
        db.execute_unprepared("SET enable_seqscan = off").await.unwrap();
    }
    for (i, def) in klanten::domain::description::FILTERS.iter().enumerate() {
        let mut filter = klanten::store::KlantFilter::default();
        filter.set_index(i, "x");
        let (cond, values) = filter.condition(1);
        let explain = if pg { "EXPLAIN" } else { "EXPLAIN QUERY PLAN" };
        let sql = format!("{explain} SELECT count(*) FROM klant WHERE {cond}");
        let rows = db.query_all(Statement::from_sql_and_values(db.get_database_backend(), sql, values)).await.unwrap();
        let plan: Vec<String> =
            rows.iter()
                .map(|r| {
                    if pg {
                        r.try_get_by_index::<String>(0).unwrap()
                    } else {
                        r.try_get::<String>("", "detail").unwrap()
                    }
                })
                .collect();
        let plan = plan.join("\n");
        // bronorganisatie's index is the one of kla-001's pair (or the numbering index that begins with it)
        let index = klanten::store::sync::index_name(def.column);
        let kla_001 = def.column == "bronorganisatie" && plan.contains("klant_bronorganisatie_klantnummer");
        assert!(
            plan.contains(&index) || kla_001,
            "{backend:?}: filter {} is not answered from an index *{index}*:\n{plan}",
            def.snake
        );
    }
}
