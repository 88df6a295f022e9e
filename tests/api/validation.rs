//! Field validation with the reference's names, codes and reasons (see `klanten::domain::validation`).
use serde_json::{json, Value};

use crate::helpers::*;

fn base() -> Value {
    klant("950428139", "1")
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

#[tokio::test]
async fn base_field_errors_are_collected_in_order() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let a = app
        .post(&json!({"bronorganisatie": "12345678a", "klantnummer": " ", "websiteUrl": "geen url", "adres": {"huisnummer": "abc"}, "subjectType": "natuurlijk_persoon"}))
        .await;
    assert_eq!(a.status, 400);
    let j = a.json();
    assert_eq!(j["title"], "Invalid input.");
    assert_eq!(j["detail"], "");
    assert_eq!(
        j["invalidParams"],
        json!([
            {"name": "bronorganisatie", "code": "only-digits", "reason": "Waarde moet numeriek zijn."},
            {"name": "websiteUrl", "code": "invalid", "reason": "Voer een geldige URL in."},
            {"name": "adres.huisnummer", "code": "invalid", "reason": "Een geldig getal is vereist."}
        ])
    );
}

#[tokio::test]
async fn field_rules() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let cases: Vec<(Value, Vec<(&str, &str)>)> = vec![
        (
            with(base(), "bronorganisatie", json!("1234567890")),
            vec![("bronorganisatie", "invalid-length"), ("bronorganisatie", "max_length")],
        ),
        (with(base(), "bronorganisatie", json!("123456789")), vec![("bronorganisatie", "invalid")]),
        (with(base(), "bronorganisatie", json!(null)), vec![("bronorganisatie", "null")]),
        (with(base(), "bronorganisatie", json!("")), vec![("bronorganisatie", "blank")]),
        (with(base(), "klantnummer", json!("123456789")), vec![("klantnummer", "max_length")]),
        (with(base(), "voornaam", json!(true)), vec![("voornaam", "invalid")]),
        (with(base(), "voornaam", json!(["a"])), vec![("voornaam", "invalid")]),
        (with(base(), "voornaam", json!(null)), vec![("voornaam", "null")]),
        (with(base(), "voornaam", json!("a\u{0}b")), vec![("voornaam", "null_characters_not_allowed")]),
        (with(base(), "voorvoegselAchternaam", json!("x".repeat(11))), vec![("voorvoegselAchternaam", "max_length")]),
        (with(base(), "telefoonnummer", json!("1".repeat(21))), vec![("telefoonnummer", "max_length")]),
        (with(base(), "emailadres", json!("a@x")), vec![("emailadres", "invalid")]),
        (with(base(), "websiteUrl", json!("http://127.0.0.1:1/")), vec![("websiteUrl", "invalid")]),
        (with(base(), "subjectType", json!("foo")), vec![("subjectType", "invalid_choice")]),
        (with(base(), "subjectType", json!(1)), vec![("subjectType", "invalid_choice")]),
        (with(base(), "adres", json!("x")), vec![("adres.nonFieldErrors", "invalid")]),
        (with(base(), "adres", json!({"huisnummer": 100000})), vec![("adres.huisnummer", "max_value")]),
        (with(base(), "adres", json!({"huisnummer": -1})), vec![("adres.huisnummer", "min_value")]),
        (with(base(), "adres", json!({"huisnummer": 1.5})), vec![("adres.huisnummer", "invalid")]),
        (
            with(base(), "adres", json!({"huisnummer": "1".repeat(1001)})),
            vec![("adres.huisnummer", "max_string_length")],
        ),
        (with(base(), "adres", json!({"huisletter": "ab"})), vec![("adres.huisletter", "max_length")]),
        (
            with(base(), "subjectIdentificatie", json!({"inpBsn": "123456789"})),
            vec![("subjectIdentificatie.inpBsn", "invalid")],
        ),
        (
            with(base(), "subjectIdentificatie", json!({"inpANummer": "0123456789"})),
            vec![("subjectIdentificatie.inpA_nummer", "a-nummer-incorrect-format")],
        ),
        (
            with(base(), "subjectIdentificatie", json!({"geslachtsaanduiding": "x"})),
            vec![("subjectIdentificatie.geslachtsaanduiding", "invalid_choice")],
        ),
        (with(base(), "subjectIdentificatie", json!("x")), vec![("subjectIdentificatie.nonFieldErrors", "invalid")]),
        (with(base(), "subjectIdentificatie", json!(null)), vec![("subjectIdentificatie", "null")]),
        (
            with(
                base(),
                "subjectIdentificatie",
                json!({"subVerblijfBuitenland": {"lndLandcode": "NL", "lndLandnaam": "N", "subAdresBuitenland1": "x".repeat(36)}}),
            ),
            vec![("subjectIdentificatie.subVerblijfBuitenland.subAdresBuitenland_1", "max_length")],
        ),
        (
            json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl", "subjectType": "vestiging", "subjectIdentificatie": {"handelsnaam": "x"}}),
            vec![("subjectIdentificatie.handelsnaam", "not_a_list")],
        ),
        (
            json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl", "subjectType": "vestiging", "subjectIdentificatie": {"handelsnaam": ["ok", null, "x".repeat(626)]}}),
            vec![("subjectIdentificatie.handelsnaam.1", "null"), ("subjectIdentificatie.handelsnaam.2", "max_length")],
        ),
        (
            json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl", "subjectType": "niet_natuurlijk_persoon", "subjectIdentificatie": {"innRechtsvorm": "bv"}}),
            vec![("subjectIdentificatie.innRechtsvorm", "invalid_choice")],
        ),
        // identificatie errors are only reported when the base fields are valid
        (
            json!({"bronorganisatie": "x", "klantnummer": "1", "websiteUrl": "http://x.nl", "subjectType": "natuurlijk_persoon", "subjectIdentificatie": {"inpBsn": "x"}}),
            vec![("bronorganisatie", "only-digits")],
        ),
        // no subject and no identificatie
        (
            json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl", "subjectType": "natuurlijk_persoon", "subjectIdentificatie": {}}),
            vec![("nonFieldErrors", "invalid-subject")],
        ),
    ];
    for (body, expected) in cases {
        let a = app.post(&body).await;
        assert_eq!(a.status, 400, "{body}: {}", a.text);
        let expected: Vec<(String, String)> =
            expected.into_iter().map(|(n, c)| (n.to_string(), c.to_string())).collect();
        assert_eq!(a.params(), expected, "{body}");
    }
    // the reasons, exactly
    let a = app.post(&with(base(), "bronorganisatie", json!("1234567890"))).await;
    assert_eq!(
        a.json()["invalidParams"],
        json!([{"name": "bronorganisatie", "code": "invalid-length", "reason": "RSIN moet 9 tekens lang zijn."},
               {"name": "bronorganisatie", "code": "max_length", "reason": "Zorg ervoor dat dit veld niet meer dan 9 karakters bevat."}])
    );
    let a = app.post(&with(base(), "subjectType", json!("foo"))).await;
    assert_eq!(a.json()["invalidParams"][0]["reason"], "\"foo\" is een ongeldige keuze.");
    let a = app.post(&with(base(), "adres", json!({"huisnummer": 100000}))).await;
    assert_eq!(
        a.json()["invalidParams"][0]["reason"],
        "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan 99999."
    );
}

#[tokio::test]
async fn coercions() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let (_, k) = app
        .create(
            &json!({"bronorganisatie": " 950428139 ", "klantnummer": 1234, "websiteUrl": "http://x.nl", "voornaam": 1.5,
            "achternaam": "é".repeat(200), "adres": {"huisnummer": "12.0"}, "subjectType": "natuurlijk_persoon",
            "subject_identificatie": {"inpBsn": "111222333"}}),
        )
        .await;
    assert_eq!(k["bronorganisatie"], "950428139");
    assert_eq!(k["klantnummer"], "1234");
    assert_eq!(k["voornaam"], "1.5");
    assert_eq!(k["adres"]["huisnummer"], 12);
    assert_eq!(k["subjectIdentificatie"]["inpBsn"], "111222333");
}

db_test!(uniqueness_of_bronorganisatie_and_klantnummer);
async fn uniqueness_of_bronorganisatie_and_klantnummer(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("000000000", "123")).await;
    let a = app.post(&klant("000000000", "123")).await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json()["invalidParams"],
        json!([{"name": "nonFieldErrors", "code": "unique", "reason": "De velden bronorganisatie, klantnummer moeten een unieke set zijn."}])
    );
    let (other, _) = app.create(&klant("000000000", "124")).await;
    assert_eq!(
        app.patch(&other, &json!({"klantnummer": "123"})).await.params(),
        [("nonFieldErrors".into(), "unique".into())]
    );
    // the klant itself is excluded
    assert_eq!(app.patch(&path, &json!({"klantnummer": "123"})).await.status, 200);
}
