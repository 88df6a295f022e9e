//! How the reference reads what a client sends, found by comparing randomised requests with it: key and parameter
//! names in another letter case, numbers in every JSON form, white space, a BOM, non-text values for URL and e-mail
//! fields, integers written as Python reads them, and where this server keeps the JSON standard instead (unpaired
//! surrogates, `NaN`; README, Deviations from the reference, items 19 and 20). One test per cause, on both
//! databases where a write is involved.
use serde_json::{json, Value};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::*;

fn raw_write(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    body: impl Into<reqwest::Body>,
) -> reqwest::RequestBuilder {
    app.authed(method, path).header("Content-Type", "application/json").body(body)
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(n, c)| (n.to_string(), c.to_string())).collect()
}

fn reason_of(a: &Answer, name: &str) -> String {
    let j = a.json();
    let found = j["invalidParams"].as_array().unwrap().iter().find(|p| p["name"] == name).cloned();
    found.unwrap_or_else(|| panic!("no {name}: {}", a.text))["reason"].as_str().unwrap().to_string()
}

db_test!(keys_in_another_letter_case_are_other_keys);
/// Cause C: every key goes through djangorestframework-camel-case's `camel_to_underscore`, so a key in another letter
/// case is another (unknown, ignored) key: `WebsiteUrl` is `_website_url`, `Voornaam` is `_voornaam`. Nested keys
/// and query parameter names alike.
async fn keys_in_another_letter_case_are_other_keys(backend: Backend) {
    let app = spawn_app(&backend).await;
    let mut body = klant("950428139", "1");
    let url = body.as_object_mut().unwrap().remove("websiteUrl").unwrap();
    body["WebsiteUrl"] = url;
    let a = app.post(&body).await;
    assert_eq!(a.status, 400, "{}", a.text);
    assert_eq!(a.params(), pairs(&[("websiteUrl", "required")]));

    let (path, created) = app.create(&klant("950428139", "1")).await;
    let a = app.patch(&path, &json!({"Voornaam": "x", "subjectIdentificatie": {"Geslachtsnaam": "Y"}})).await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.json()["voornaam"], "");
    assert_eq!(a.json()["subjectIdentificatie"]["geslachtsnaam"], created["subjectIdentificatie"]["geslachtsnaam"]);
    // two spellings of one key: the camelCase and the snake_case one are the same key, the last value wins
    let a = app.patch(&path, &json!({"voornaam": "a", "Klantnummer": "X", "voorvoegsel_achternaam": "van"})).await;
    assert_eq!((a.json()["voornaam"].clone(), a.json()["klantnummer"].clone()), (json!("a"), json!("1")));
    assert_eq!(a.json()["voorvoegselAchternaam"], "van");
    let a = app.put(&path, &json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl", "websiteURL": "http://y.nl"})).await;
    assert_eq!(a.json()["websiteUrl"], "http://x.nl", "websiteURL is website_u_r_l: {}", a.text);

    // the only type key in another case: no subjectType (read as null, README, Deviations from the reference, item 3)
    let mut typed =
        json!({"bronorganisatie": "950428139", "klantnummer": "2", "websiteUrl": "http://x.nl", "subject": ""});
    typed["SubjectType"] = json!("vestiging");
    typed["subjectIdentificatie"] = json!({"vestigingsNummer": "1"});
    let a = app.post(&typed).await;
    assert_eq!(a.params(), pairs(&[("nonFieldErrors", "invalid-subject")]), "{}", a.text);

    // query parameter names: `Functie` is `_functie`, no filter
    app.patch(&path, &json!({"functie": "Directeur"})).await;
    assert_eq!(app.get("/api/v1/klanten?Functie=Nope").await.json()["count"], 1);
    assert_eq!(app.get("/api/v1/klanten?functie=Nope").await.json()["count"], 0);
    assert_eq!(app.get("/api/v1/klanten?subject_natuurlijkPersoon__inpBsn=111222333").await.json()["count"], 1);
}

db_test!(numbers_for_text_fields_are_written_as_python_writes_them);
/// Cause D: a number sent for a text field is Python's `str()` of the number `json.loads` gives: a float's shortest
/// repr (`1e+16`, `2.5e-05`, `1e+20`, `inf`), an integer of any size exactly; in nested objects and lists too.
async fn numbers_for_text_fields_are_written_as_python_writes_them(backend: Backend) {
    let app = spawn_app(&backend).await;
    let body = r#"{"bronorganisatie": "950428139", "klantnummer": 12345678, "websiteUrl": "http://x.nl",
        "voornaam": 1e16, "functie": 2.5e-05, "telefoonnummer": 1e20, "achternaam": 123456789012345678901234567890,
        "bedrijfsnaam": 100.0, "voorvoegselAchternaam": 1e400, "adres": {"straatnaam": 1.5, "huisnummer": 12.0},
        "subjectType": "vestiging", "subjectIdentificatie": {"vestigingsNummer": -0, "handelsnaam": [1e16, 7]}}"#;
    let a = app.send(raw_write(&app, reqwest::Method::POST, "/api/v1/klanten", body)).await;
    assert_eq!(a.status, 201, "{}", a.text);
    let k = a.json();
    for (field, want) in [
        ("klantnummer", "12345678"),
        ("voornaam", "1e+16"),
        ("functie", "2.5e-05"),
        ("telefoonnummer", "1e+20"),
        ("achternaam", "123456789012345678901234567890"),
        ("bedrijfsnaam", "100.0"),
        ("voorvoegselAchternaam", "inf"),
    ] {
        assert_eq!(k[field], want, "{field}");
    }
    assert_eq!(k["adres"]["straatnaam"], "1.5");
    assert_eq!(k["adres"]["huisnummer"], 12);
    assert_eq!(k["subjectIdentificatie"]["vestigingsNummer"], "0");
    assert_eq!(k["subjectIdentificatie"]["handelsnaam"], json!(["1e+16", "7"]));
    // and the same through PUT and PATCH, with the limits counted on Python's text
    let path = k["url"].as_str().unwrap().trim_start_matches(&app.address).to_string();
    let a = app
        .send(raw_write(&app, reqwest::Method::PATCH, &path, r#"{"telefoonnummer": 1.2345678901234567e-300}"#))
        .await;
    assert_eq!(a.params(), pairs(&[("telefoonnummer", "max_length")]), "1.2345678901234567e-300 is 23 characters");
    let a = app
        .send(raw_write(
            &app,
            reqwest::Method::PUT,
            &path,
            r#"{"bronorganisatie": 950428139, "klantnummer": 1e2, "websiteUrl": "http://x.nl"}"#,
        ))
        .await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(
        (a.json()["bronorganisatie"].clone(), a.json()["klantnummer"].clone()),
        (json!("950428139"), json!("100.0"))
    );
    // a number for a choice is its text, which is no choice
    let a = app
        .send(raw_write(&app, reqwest::Method::PATCH, &path, r#"{"subjectIdentificatie": {"handelsnaam": [], "verblijfsadres": {"aoaIdentificatie": 1, "gorOpenbareRuimteNaam": 2.0}}}"#))
        .await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.json()["subjectIdentificatie"]["verblijfsadres"]["gorOpenbareRuimteNaam"], "2.0");
}

db_test!(a_body_of_white_space_is_a_parse_error_and_writes_nothing);
/// Cause E: only an empty body is `{}`; white space alone is a parse error, and a refused write leaves no audit
/// record and sends no notification.
async fn a_body_of_white_space_is_a_parse_error_and_writes_nothing(backend: Backend) {
    let nrc = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(201).set_body_string("{}")).mount(&nrc).await;
    let app = spawn_app_with(&backend, |c| {
        c.notificaties_api = Some(format!("{}/api/v1", nrc.uri()));
        c.notificaties_client_id = Some("klanten".into());
        c.notificaties_secret = Some("geheim".into());
        c.notificaties_poll_interval_ms = 50;
    })
    .await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    for (method, target) in [
        (reqwest::Method::PATCH, path.as_str()),
        (reqwest::Method::PUT, path.as_str()),
        (reqwest::Method::POST, "/api/v1/klanten"),
    ] {
        let a = app.send(raw_write(&app, method.clone(), target, " \n\t ")).await;
        assert_eq!(a.status, 400, "{method}: {}", a.text);
        assert_eq!(a.json()["code"], "parse_error");
        assert_eq!(a.json()["detail"], "JSON parse error - Expecting value: line 2 column 3 (char 4)");
    }
    // the empty body is {}: PATCH answers the klant unchanged (and is a write, as in the reference)
    let a = app.send(raw_write(&app, reqwest::Method::PATCH, &path, "")).await;
    assert_eq!(a.status, 200, "{}", a.text);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let trail = app.get(&format!("{path}/audittrail")).await.json();
    let acties: Vec<&str> = trail.as_array().unwrap().iter().map(|t| t["actie"].as_str().unwrap()).collect();
    assert_eq!(acties, ["create", "partial_update"]);
    let sent = nrc.received_requests().await.unwrap();
    let posted: Vec<Value> = sent
        .iter()
        .filter(|r| r.url.path().ends_with("/notificaties"))
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    let sent_acties: Vec<&str> = posted.iter().map(|n| n["actie"].as_str().unwrap()).collect();
    assert_eq!(sent_acties, ["create", "partial_update"]);
}

/// Causes F, H and I: a BOM, an unpaired surrogate escape and the literals Python reads but JSON does not have.
#[tokio::test]
async fn boms_surrogates_and_non_json_numbers() {
    let app = spawn_app(&Backend::Sqlite).await;
    let detail = |body: &'static [u8]| {
        let app = &app;
        async move {
            let a = app.send(raw_write(app, reqwest::Method::POST, "/api/v1/klanten", body)).await;
            assert_eq!(a.status, 400, "{}", a.text);
            assert_eq!(a.json()["code"], "parse_error", "{}", a.text);
            a.json()["detail"].as_str().unwrap().to_string()
        }
    };
    assert_eq!(
        detail(b"\xef\xbb\xbf{}").await,
        "JSON parse error - Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)"
    );
    assert_eq!(
        detail(b"{\"voornaam\": \"\xff\"}").await,
        "JSON parse error - 'utf-8' codec can't decode byte 0xff in position 14: invalid start byte"
    );
    // README, Deviations from the reference, item 19: Python keeps the surrogate; UTF-8 cannot
    assert_eq!(
        detail(br#"{"websiteUrl": "http://x.nl/\ud800"}"#).await,
        "JSON parse error - Unpaired surrogate in a \\uXXXX escape: line 1 column 29 (char 28)"
    );
    // a pair is one character
    let a = app
        .send(raw_write(&app, reqwest::Method::POST, "/api/v1/klanten", &br#"{"voornaam": "\ud83d\ude00"}"#[..]))
        .await;
    assert!(!a.text.contains("parse_error"), "{}", a.text);
    // README, Deviations from the reference, item 20: NaN and Infinity are no JSON
    assert_eq!(detail(br#"{"voornaam": NaN}"#).await, "JSON parse error - Expecting value: line 1 column 14 (char 13)");
    assert_eq!(
        detail(br#"{"voornaam": -Infinity}"#).await,
        "JSON parse error - Expecting value: line 1 column 14 (char 13)"
    );
}

/// Cause G: a value that is no text for a URL or e-mail field gets that field's own `invalid` message, as DRF's
/// URLField and EmailField name it; other text fields say `Not a valid string.`.
#[tokio::test]
async fn non_text_for_url_and_email_fields_names_the_fields_message() {
    let app = spawn_app(&Backend::Sqlite).await;
    let a = app.post(&json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": true, "subject": {}, "emailadres": [], "voornaam": false})).await;
    assert_eq!(
        a.params(),
        pairs(&[("websiteUrl", "invalid"), ("voornaam", "invalid"), ("emailadres", "invalid"), ("subject", "invalid")])
    );
    assert_eq!(reason_of(&a, "websiteUrl"), "Voer een geldige URL in.");
    assert_eq!(reason_of(&a, "subject"), "Voer een geldige URL in.");
    assert_eq!(reason_of(&a, "emailadres"), "Voer een geldig e-mailadres in.");
    assert_eq!(reason_of(&a, "voornaam"), "Not a valid string.");
}

db_test!(integer_texts_as_python_reads_them);
/// Cause J: an integer written as a text is read with Python's `int()`: underscores between digits, digits of any
/// script, surrounding white space; the page number too.
async fn integer_texts_as_python_reads_them(backend: Backend) {
    let app = spawn_app(&backend).await;
    let mut body = klant("950428139", "1");
    body["adres"] = json!({"huisnummer": "1_000"});
    let (path, k) = app.create(&body).await;
    assert_eq!(k["adres"]["huisnummer"], 1000);
    for (sent, want) in [("\u{665}", json!(5)), (" 12 ", json!(12)), ("\u{ff17}", json!(7)), ("12.00", json!(12))] {
        let a = app.patch(&path, &json!({"adres": {"huisnummer": sent}})).await;
        assert_eq!(a.json()["adres"]["huisnummer"], want, "{sent:?}: {}", a.text);
    }
    for bad in ["1__0", "_1", "1_", "1.5", "0x10", "\u{b2}"] {
        let a = app.patch(&path, &json!({"adres": {"huisnummer": bad}})).await;
        assert_eq!(a.params(), pairs(&[("adres.huisnummer", "invalid")]), "{bad:?}");
    }
    let a = app.patch(&path, &json!({"adres": {"huisnummer": "1_000_000"}})).await;
    assert_eq!(a.params(), pairs(&[("adres.huisnummer", "max_value")]));
    // Django's Paginator: page `int()` too
    assert_eq!(app.get("/api/v1/klanten?page=%D9%A1").await.status, 200);
    assert_eq!(app.get("/api/v1/klanten?page=0_1").await.status, 200);
    assert_eq!(app.get("/api/v1/klanten?page=%D9%A2").await.status, 404);
}

/// Cause B: the `subjectType` filter is a choice, not a text: not trimmed, so `%20vestiging%20` is no choice.
#[tokio::test]
async fn the_subject_type_filter_is_not_trimmed() {
    let app = spawn_app(&Backend::Sqlite).await;
    let a = app.get("/api/v1/klanten?subjectType=%20vestiging%20").await;
    assert_eq!(a.params(), pairs(&[("subjectType", "invalid_choice")]));
    assert_eq!(reason_of(&a, "subjectType"), "Selecteer een geldige keuze.  vestiging  is geen beschikbare keuze.");
    assert_eq!(app.get("/api/v1/klanten?subjectType=%20").await.status, 400);
    assert_eq!(app.get("/api/v1/klanten?subjectType=vestiging").await.status, 200);
    // a text filter is trimmed
    assert_eq!(app.get("/api/v1/klanten?klantnummer=%20P001%20").await.status, 200);
}

/// The schema document has no `Allow`: the reference sends it on every API route, not on its schema.
#[tokio::test]
async fn the_schema_document_has_no_allow() {
    let app = spawn_app(&Backend::Sqlite).await;
    for path in
        ["/api/v1/schema/openapi.yaml", "/api/v1/schema/openapi.json", "/api/v1/openapi.yaml", "/api/v1/openapi.json"]
    {
        let a = app.send(app.client.get(app.url(path))).await;
        assert_eq!(a.status, 200, "{path}");
        assert_eq!(a.header("allow"), None, "{path}");
    }
    assert!(app.get("/api/v1/klanten").await.header("allow").is_some());
}
