//! The audit trail after create, update, partial update and delete (README, Deviations from the reference, items 6
//! and 8).
use serde_json::json;

use crate::helpers::*;

db_test!(trail_after_create_update_patch_and_delete);
async fn trail_after_create_update_patch_and_delete(backend: Backend) {
    let app = spawn_app(&backend).await;
    let created = app
        .send(
            app.authed(reqwest::Method::POST, "/api/v1/klanten")
                .header("X-Audit-Toelichting", "Omdat het moet")
                .json_body(&klant("950428139", "4444")),
        )
        .await;
    assert_eq!(created.status, 201);
    let k = created.json();
    let url = k["url"].as_str().unwrap().to_string();
    let path = url.trim_start_matches(&app.address).to_string();
    let put = app
        .put(&path, &json!({"bronorganisatie": "950428139", "klantnummer": "5555", "websiteUrl": "http://y.nl"}))
        .await;
    assert_eq!(put.status, 200);
    let patch = app.patch(&path, &json!({"functie": "x"})).await;
    assert_eq!(patch.status, 200);

    let list = app.get(&format!("{path}/audittrail")).await;
    assert_eq!(list.status, 200, "{}", list.text);
    let trail = list.json();
    let trail = trail.as_array().unwrap();
    assert_eq!(trail.len(), 3);
    let first = &trail[0];
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "uuid",
            "bron",
            "applicatieId",
            "applicatieWeergave",
            "gebruikersId",
            "gebruikersWeergave",
            "actie",
            "actieWeergave",
            "resultaat",
            "hoofdObject",
            "resource",
            "resourceUrl",
            "toelichting",
            "resourceWeergave",
            "aanmaakdatum",
            "wijzigingen"
        ]
    );
    assert_eq!(first["bron"], "kc");
    assert_eq!(first["actie"], "create");
    assert_eq!(first["actieWeergave"], "Object aangemaakt");
    assert_eq!(first["resultaat"], 201);
    assert_eq!(first["hoofdObject"], url.as_str());
    assert_eq!(first["resourceUrl"], url.as_str());
    assert_eq!(first["resource"], "klant");
    assert_eq!(first["toelichting"], "Omdat het moet");
    assert_eq!(first["gebruikersId"], "u1");
    assert_eq!(first["gebruikersWeergave"], "User One");
    assert_eq!(first["resourceWeergave"], "950428139 - 4444");
    assert_eq!(first["wijzigingen"]["oud"], serde_json::Value::Null);
    assert!(first["wijzigingen"].as_object().unwrap().contains_key("oud"));
    assert_eq!(first["wijzigingen"]["nieuw"], k);
    let stamp = first["aanmaakdatum"].as_str().unwrap();
    assert!(stamp.ends_with('Z') && stamp.len() >= 20, "{stamp}");

    assert_eq!(trail[1]["actie"], "update");
    assert_eq!(trail[1]["actieWeergave"], "Object bijgewerkt");
    assert_eq!(trail[1]["resultaat"], 200);
    // resourceWeergave shows the object before the change, as in the reference
    assert_eq!(trail[1]["resourceWeergave"], "950428139 - 4444");
    assert_eq!(trail[1]["wijzigingen"]["oud"], k);
    assert_eq!(trail[1]["wijzigingen"]["nieuw"], put.json());
    assert_eq!(trail[2]["actie"], "partial_update");
    assert_eq!(trail[2]["actieWeergave"], "Object deels bijgewerkt");
    assert_eq!(trail[2]["wijzigingen"]["nieuw"], patch.json());

    let one = app.get(&format!("{path}/audittrail/{}", trail[0]["uuid"].as_str().unwrap())).await;
    assert_eq!(one.status, 200);
    assert_eq!(one.json(), trail[0]);
    assert_eq!(app.get(&format!("{path}/audittrail/{}", uuid::Uuid::new_v4())).await.status, 404);

    // delete removes the klant's trails, whatever host created them (README, Deviations from the reference, item 8)
    let other_host = app
        .send(app.authed(reqwest::Method::PATCH, &path).header("Host", "elders.example").json_body(&json!({})))
        .await;
    assert_eq!(other_host.status, 200);
    assert_eq!(app.delete(&path).await.status, 204);
    assert_eq!(app.get(&format!("{path}/audittrail")).await.status, 404);
    assert_eq!(app.get(&format!("/api/v1/klanten/{}/audittrail", uuid::Uuid::new_v4())).await.status, 404);
    assert_eq!(app.get("/api/v1/klanten/not-a-uuid/audittrail").await.status, 404);
}

db_test!(failed_writes_leave_no_trail);
async fn failed_writes_leave_no_trail(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let bad = app.patch(&path, &json!({"bronorganisatie": "123"})).await;
    assert_eq!(bad.status, 400);
    let trail = app.get(&format!("{path}/audittrail")).await.json();
    assert_eq!(trail.as_array().unwrap().len(), 1);
}

/// Texts a client sends for the audit record are kept within their bounds (README, "The audit trail"):
/// a 200 KB `X-Audit-Toelichting` and a 50 KB `user_representation` are cut, the write still succeeds.
#[tokio::test]
async fn client_texts_in_the_audit_record_are_bounded() {
    let app = spawn_app(&Backend::Sqlite).await;
    let long_user = "é".repeat(50_000);
    let token = klanten::auth::Authoriser::new(klanten::auth_config(&test_config(
        app.database_url.clone(),
        app.clients_file.clone(),
    )))
    .unwrap()
    .issue_token("alles", &"u".repeat(1000), &long_user)
    .unwrap();
    let a = app
        .send(
            app.client
                .post(app.url("/api/v1/klanten"))
                .header("Authorization", format!("Bearer {token}"))
                .header("X-Audit-Toelichting", "t".repeat(200_000))
                .header("X-NLX-Logrecord-ID", "l".repeat(5_000))
                .header("Content-Type", "application/json")
                .body(klant("950428139", "").to_string()),
        )
        .await;
    assert_eq!(a.status, 201, "{}", a.text);
    let url = a.json()["url"].as_str().unwrap().trim_start_matches(&app.address).to_string();
    let trail = app.get(&format!("{url}/audittrail")).await.json();
    let record = &trail[0];
    assert_eq!(record["toelichting"].as_str().unwrap().chars().count(), 1000);
    assert_eq!(record["gebruikersWeergave"].as_str().unwrap(), "é".repeat(255));
    assert_eq!(record["gebruikersId"].as_str().unwrap().len(), 255);
}
