//! Create, read, update (PUT merge), partial update, delete: the representation key for key, as the reference
//! writes it.
use serde_json::json;

use crate::helpers::*;

fn uuid_of(path: &str) -> &str {
    path.rsplit('/').next().unwrap()
}

db_test!(create_and_read_natuurlijk_persoon_exactly_as_the_reference);
async fn create_and_read_natuurlijk_persoon_exactly_as_the_reference(backend: Backend) {
    let app = spawn_app(&backend).await;
    let body = json!({
        "bronorganisatie": "950428139",
        "klantnummer": "2222",
        "websiteUrl": "http://some.website.com",
        "adres": {"straatnaam": "Keizersgracht", "huisnummer": "117"},
        "subjectType": "natuurlijk_persoon",
        "subjectIdentificatie": {
            "inpBsn": "111222333",
            "geslachtsnaam": "Jansen",
            "verblijfsadres": {"aoaIdentificatie": "1234", "gorOpenbareRuimteNaam": "Straat"},
            "subVerblijfBuitenland": {"lndLandcode": "ABCD", "lndLandnaam": "Land"}
        }
    });
    let created = app.post(&body).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let url = created.json()["url"].as_str().unwrap().to_string();
    assert_eq!(created.header("location"), Some(url.as_str()));
    assert_eq!(created.header("api-version"), Some("1.0.0"));
    let path = url.trim_start_matches(&app.address).to_string();
    // byte for byte as the reference writes it: the snapshot holds every key, in order, with its value (the url
    // redacted: it is the one of the location header), and the text is their compact rendering
    let json = created.json();
    insta::assert_json_snapshot!("natuurlijk_persoon_as_created_and_read", json, {".url" => "[url]"});
    assert_eq!(created.text, json.to_string(), "{backend:?}");
    let read = app.get(&path).await;
    assert_eq!(read.status, 200);
    assert_eq!(read.text, created.text);
    assert_eq!(read.header("content-type"), Some("application/json"));
    assert!(url.starts_with(&format!("http://127.0.0.1:{}/api/v1/klanten/", app.port)));
}

db_test!(niet_natuurlijk_persoon_and_vestiging_round_trip);
async fn niet_natuurlijk_persoon_and_vestiging_round_trip(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (_, nnp) = app
        .create(&json!({
            "bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl",
            "subjectType": "niet_natuurlijk_persoon",
            "subjectIdentificatie": {"innNnpId": "123456782", "statutaireNaam": "ACME", "innRechtsvorm": "stichting",
                "subVerblijfBuitenland": {"lndLandcode": "DE", "lndLandnaam": "Duitsland", "subAdresBuitenland1": "a"}}
        }))
        .await;
    assert_eq!(
        nnp["subjectIdentificatie"],
        json!({"innNnpId": "123456782", "annIdentificatie": "", "statutaireNaam": "ACME", "innRechtsvorm": "stichting",
            "bezoekadres": "", "subVerblijfBuitenland": {"lndLandcode": "DE", "lndLandnaam": "Duitsland",
            "subAdresBuitenland1": "a", "subAdresBuitenland2": "", "subAdresBuitenland3": ""}})
    );
    let keys: Vec<&String> = nnp["subjectIdentificatie"].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["innNnpId", "annIdentificatie", "statutaireNaam", "innRechtsvorm", "bezoekadres", "subVerblijfBuitenland"]
    );
    assert_eq!(nnp["adres"], serde_json::Value::Null);

    let (path, v) = app
        .create(&json!({
            "bronorganisatie": "950428139", "klantnummer": "2", "websiteUrl": "http://x.nl",
            "subjectType": "vestiging",
            "subjectIdentificatie": {"vestigingsNummer": "123", "handelsnaam": ["a", 5],
                "verblijfsadres": {"aoaIdentificatie": "1", "gorOpenbareRuimteNaam": "Str", "aoaHuisnummer": 12.0}}
        }))
        .await;
    assert_eq!(
        v["subjectIdentificatie"],
        json!({"vestigingsNummer": "123", "handelsnaam": ["a", "5"], "verblijfsadres": {"aoaIdentificatie": "1",
            "wplWoonplaatsNaam": "", "gorOpenbareRuimteNaam": "Str", "aoaPostcode": "", "aoaHuisnummer": 12,
            "aoaHuisletter": "", "aoaHuisnummertoevoeging": "", "inpLocatiebeschrijving": ""},
            "subVerblijfBuitenland": null})
    );
    assert_eq!(app.get(&path).await.json(), v);
}

db_test!(subject_type_null_has_no_identificatie_key_and_typed_without_row_is_null);
async fn subject_type_null_has_no_identificatie_key_and_typed_without_row_is_null(backend: Backend) {
    let app = spawn_app(&backend).await;
    let subject = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::method("GET"))
        .respond_with(wiremock::ResponseTemplate::new(200))
        .mount(&subject)
        .await;
    let s = format!("{}/personen/1", subject.uri().replace("127.0.0.1", "localhost"));
    let (_, k) = app
        .create(&json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl",
            "subject": s, "subjectType": null, "subjectIdentificatie": {"inpBsn": "111222333"}}))
        .await;
    assert_eq!(k["subjectType"], serde_json::Value::Null);
    assert!(k.get("subjectIdentificatie").is_none());
    // no subjectType key at all: treated as null (README, Deviations from the reference, item 3; the reference
    // gives 500)
    let (_, k) = app
        .create(&json!({"bronorganisatie": "950428139", "klantnummer": "2", "websiteUrl": "http://x.nl", "subject": s}))
        .await;
    assert!(k.get("subjectIdentificatie").is_none());
    let (_, k) = app
        .create(&json!({"bronorganisatie": "950428139", "klantnummer": "3", "websiteUrl": "http://x.nl",
            "subject": s, "subjectType": "natuurlijk_persoon"}))
        .await;
    assert_eq!(k["subjectIdentificatie"], serde_json::Value::Null);
    // subjectType "" is read as null (README, Deviations from the reference, item 11)
    let (_, k) = app
        .create(&json!({"bronorganisatie": "950428139", "klantnummer": "4", "websiteUrl": "http://x.nl",
            "subject": s, "subjectType": ""}))
        .await;
    assert_eq!(k["subjectType"], serde_json::Value::Null);
}

db_test!(put_merges_onto_the_stored_klant);
async fn put_merges_onto_the_stored_klant(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app
        .create(&json!({
            "bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl", "voornaam": "Jan",
            "adres": {"straatnaam": "Oud", "huisnummer": 1},
            "subjectType": "niet_natuurlijk_persoon",
            "subjectIdentificatie": {"innNnpId": "123456782", "statutaireNaam": "ACME"}
        }))
        .await;
    let put = app
        .put(
            &path,
            &json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://y.nl",
                "adres": {"postcode": "1234AB"}, "subjectIdentificatie": {"annIdentificatie": "Z"}}),
        )
        .await;
    assert_eq!(put.status, 200, "{}", put.text);
    let k = put.json();
    assert_eq!(k["websiteUrl"], "http://y.nl");
    assert_eq!(k["voornaam"], "Jan", "omitted fields keep their value");
    assert_eq!(k["adres"]["straatnaam"], "Oud");
    assert_eq!(k["adres"]["postcode"], "1234AB");
    assert_eq!(k["subjectIdentificatie"]["innNnpId"], "123456782");
    assert_eq!(k["subjectIdentificatie"]["annIdentificatie"], "Z");
    assert_eq!(app.get(&path).await.json(), k);
    // nested null and {} are ignored: nothing is deleted
    let put = app
        .put(
            &path,
            &json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://y.nl", "adres": null}),
        )
        .await;
    assert_eq!(put.json()["adres"]["straatnaam"], "Oud");
    // PUT requires the three fields
    let bad = app.put(&path, &json!({"voornaam": "x"})).await;
    assert_eq!(bad.status, 400);
    assert_eq!(
        bad.params(),
        [
            ("bronorganisatie".into(), "required".into()),
            ("klantnummer".into(), "required".into()),
            ("websiteUrl".into(), "required".into())
        ]
    );
    // subjectIdentificatie null is a 400 `null`
    let bad = app
        .put(&path, &json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://y.nl", "subjectIdentificatie": null}))
        .await;
    assert_eq!(bad.params(), [("subjectIdentificatie".into(), "null".into())]);
}

db_test!(patch_merges_and_creates_missing_rows);
async fn patch_merges_and_creates_missing_rows(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, created) = app.create(&klant("950428139", "7")).await;
    let p = app.patch(&path, &json!({"voornaam": "Piet"})).await;
    assert_eq!(p.status, 200, "{}", p.text);
    assert_eq!(p.json()["voornaam"], "Piet");
    assert_eq!(p.json()["subjectIdentificatie"], created["subjectIdentificatie"]);
    // a partial adres creates an adres with blank other fields
    let p = app.patch(&path, &json!({"adres": {"straatnaam": "Nieuw"}})).await;
    assert_eq!(
        p.json()["adres"],
        json!({"straatnaam": "Nieuw", "huisnummer": null, "huisletter": "", "huisnummertoevoeging": "", "postcode": "", "woonplaatsnaam": "", "landcode": ""})
    );
    // nested identificatie addresses are validated non-partially, even in PATCH
    let p = app.patch(&path, &json!({"subjectIdentificatie": {"verblijfsadres": {"aoaIdentificatie": "1"}}})).await;
    assert_eq!(p.status, 400);
    assert_eq!(p.params(), [("subjectIdentificatie.verblijfsadres.gorOpenbareRuimteNaam".into(), "required".into())]);
    let p = app
        .patch(&path, &json!({"subjectIdentificatie": {"voornamen": "Jan", "verblijfsadres": {"aoaIdentificatie": "1", "gorOpenbareRuimteNaam": "S"}}}))
        .await;
    assert_eq!(p.status, 200);
    assert_eq!(p.json()["subjectIdentificatie"]["voornamen"], "Jan");
    assert_eq!(p.json()["subjectIdentificatie"]["inpBsn"], "111222333");
    assert_eq!(p.json()["subjectIdentificatie"]["verblijfsadres"]["gorOpenbareRuimteNaam"], "S");
    // {} changes nothing
    let before = app.get(&path).await.json();
    let p = app.patch(&path, &json!({})).await;
    assert_eq!(p.status, 200);
    assert_eq!(p.json(), before);
    // subjectType is immutable; null is no way around it (README, Deviations from the reference, item 3)
    let p = app.patch(&path, &json!({"subjectType": "vestiging"})).await;
    assert_eq!(p.params(), [("subjectType".into(), "wijzigen-niet-toegelaten".into())]);
    let p = app.patch(&path, &json!({"subjectType": null})).await;
    assert_eq!(p.params(), [("subjectType".into(), "wijzigen-niet-toegelaten".into())]);
    let p = app.patch(&path, &json!({"subjectType": "natuurlijk_persoon"})).await;
    assert_eq!(p.status, 200);
    let _ = uuid_of(&path);
}

db_test!(klant_without_subject_type_can_be_updated);
async fn klant_without_subject_type_can_be_updated(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app
        .create(&json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl",
            "subjectType": "vestiging", "subjectIdentificatie": {"vestigingsNummer": "1"}}))
        .await;
    let p = app.patch(&path, &json!({"functie": "baas"})).await;
    assert_eq!(p.status, 200);
    // a klant whose subjectType is null (the reference answers every PUT or PATCH of these with 500; README,
    // Deviations from the reference, item 3)
    let mock = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(wiremock::ResponseTemplate::new(200))
        .mount(&mock)
        .await;
    let (path, _) = app
        .create(&json!({"bronorganisatie": "950428139", "klantnummer": "2", "websiteUrl": "http://x.nl",
            "subject": format!("{}/p/1", mock.uri().replace("127.0.0.1", "localhost"))}))
        .await;
    let p = app.patch(&path, &json!({"functie": "baas"})).await;
    assert_eq!(p.status, 200, "{}", p.text);
    let p =
        app.put(&path, &json!({"bronorganisatie": "950428139", "klantnummer": "2", "websiteUrl": "http://z.nl"})).await;
    assert_eq!(p.status, 200, "{}", p.text);
    assert_eq!(p.json()["websiteUrl"], "http://z.nl");
}

db_test!(delete_then_404);
async fn delete_then_404(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let d = app.delete(&path).await;
    assert_eq!(d.status, 204);
    assert_eq!(d.text, "");
    assert!(d.header("content-type").is_none());
    assert_eq!(app.get(&path).await.status, 404);
    assert_eq!(app.delete(&path).await.status, 404);
    assert_eq!(app.patch(&path, &json!({})).await.status, 404);
    // the pair is free again
    app.create(&klant("950428139", "1")).await;
}

db_test!(url_follows_the_host_header_and_uppercase_uuids_work);
async fn url_follows_the_host_header_and_uppercase_uuids_work(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let a = app.send(app.authed(reqwest::Method::GET, &path).header("Host", "nlx.example:8443")).await;
    assert!(a.json()["url"].as_str().unwrap().starts_with("http://nlx.example:8443/api/v1/klanten/"));
    let upper = path.to_uppercase().replace("/API/V1/KLANTEN/", "/api/v1/klanten/");
    let a = app.get(&upper).await;
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["url"].as_str().unwrap(), app.url(&path));
}

db_test!(klantnummer_is_generated_when_not_sent);
async fn klantnummer_is_generated_when_not_sent(backend: Backend) {
    let app = spawn_app(&backend).await;
    let mut body = klant("950428139", "");
    let (_, k) = app.create(&body).await;
    assert_eq!(k["klantnummer"], "1");
    body["klantnummer"] = serde_json::Value::Null;
    assert_eq!(app.create(&body).await.1["klantnummer"], "2");
    body.as_object_mut().unwrap().remove("klantnummer");
    assert_eq!(app.create(&body).await.1["klantnummer"], "3");
    app.create(&klant("950428139", "00000041")).await;
    app.create(&klant("950428139", "abc")).await;
    assert_eq!(app.create(&body).await.1["klantnummer"], "42");
    // per bronorganisatie
    body["bronorganisatie"] = json!("123456782");
    assert_eq!(app.create(&body).await.1["klantnummer"], "1");
    // exhausted: a clear 400, no wrap-around
    app.create(&klant("111222333", "99999999")).await;
    body["bronorganisatie"] = json!("111222333");
    let a = app.post(&body).await;
    assert_eq!(a.status, 400);
    assert_eq!(a.params(), [("klantnummer".into(), "klantnummer-exhausted".into())]);
}

#[tokio::test]
async fn urls_use_the_configured_scheme() {
    let backend = Backend::Sqlite;
    let app = spawn_app_with(&backend, |c| c.scheme = "https".into()).await;
    let a = app
        .send(
            app.authed(reqwest::Method::POST, "/api/v1/klanten")
                .header("Host", "klanten.gemeente.nl")
                .json_body(&klant("950428139", "1")),
        )
        .await;
    assert_eq!(a.status, 201);
    assert!(a.json()["url"].as_str().unwrap().starts_with("https://klanten.gemeente.nl/api/v1/klanten/"));
    assert_eq!(a.header("location"), a.json()["url"].as_str());
}

#[tokio::test]
async fn line_separators_are_escaped_as_the_reference_renders_them() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let mut body = klant("950428139", "1");
    body["voornaam"] = json!("a\u{2028}b\u{2029}c é");
    let a = app.post(&body).await;
    assert_eq!(a.status, 201);
    assert!(a.text.contains(r#""voornaam":"a\u2028b\u2029c é""#), "{}", a.text);
    assert_eq!(a.json()["voornaam"], "a\u{2028}b\u{2029}c é");
    assert_eq!(a.header("x-frame-options"), Some("SAMEORIGIN"));
}
