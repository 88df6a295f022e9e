//! Pagination as in the reference: 100 a page, next/previous as DRF builds them, 404 `Ongeldige pagina.`.
use crate::helpers::*;

db_test!(pages_of_one_hundred_in_creation_order);
async fn pages_of_one_hundred_in_creation_order(backend: Backend) {
    let app = spawn_app(&backend).await;
    for i in 1..=205 {
        app.create(&klant("950428139", &i.to_string())).await;
    }
    let base = app.url("/api/v1/klanten");
    let p1 = app.get("/api/v1/klanten").await.json();
    assert_eq!(p1["count"], 205);
    assert_eq!(p1["results"].as_array().unwrap().len(), 100);
    assert_eq!(p1["results"][0]["klantnummer"], "1");
    assert_eq!(p1["next"], format!("{base}?page=2"));
    assert_eq!(p1["previous"], serde_json::Value::Null);
    let keys: Vec<&String> = p1.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["count", "next", "previous", "results"]);
    let p2 = app.get("/api/v1/klanten?page=2&foo=bar").await.json();
    assert_eq!(p2["results"][0]["klantnummer"], "101");
    assert_eq!(p2["next"], format!("{base}?foo=bar&page=3"));
    assert_eq!(p2["previous"], format!("{base}?foo=bar"));
    let p3 = app.get("/api/v1/klanten?page=3").await.json();
    assert_eq!(p3["results"].as_array().unwrap().len(), 5);
    assert_eq!(p3["next"], serde_json::Value::Null);
    assert_eq!(p3["previous"], format!("{base}?page=2"));
    let last = app.get("/api/v1/klanten?page=last").await.json();
    assert_eq!(last["results"][0]["klantnummer"], "201");
    let e = app.get("/api/v1/klanten?subjectType=&page=2").await.json();
    assert_eq!(e["next"], format!("{base}?page=3&subjectType="));
    for bad in ["0", "abc", "1.5", "4", "-1"] {
        let a = app.get(&format!("/api/v1/klanten?page={bad}")).await;
        assert_eq!(a.status, 404, "page={bad}");
        assert_eq!(a.json()["detail"], "Ongeldige pagina.");
        assert_eq!(a.json()["code"], "not_found");
    }
}

db_test!(empty_list_is_a_page);
async fn empty_list_is_a_page(backend: Backend) {
    let app = spawn_app(&backend).await;
    let a = app.get("/api/v1/klanten?page=1").await;
    assert_eq!(a.status, 200);
    assert_eq!(a.text, r#"{"count":0,"next":null,"previous":null,"results":[]}"#);
    assert_eq!(app.get("/api/v1/klanten?page=2").await.status, 404);
}

db_test!(later_pages_of_a_filtered_list_with_gaps);
/// Later pages of a filtered list, also after deletes left gaps in the ids: a page starts where skipping the
/// earlier matches ends.
async fn later_pages_of_a_filtered_list_with_gaps(backend: Backend) {
    let app = spawn_app(&backend).await;
    let mut paths = Vec::new();
    for i in 1..=260 {
        let mut k = klant("950428139", &i.to_string());
        k["achternaam"] = serde_json::json!(if i % 2 == 0 { "Even" } else { "Oneven" });
        paths.push(app.create(&k).await.0);
    }
    // delete klanten 2, 4, …, 40: the even ones from 42 on remain
    for path in paths.iter().skip(1).step_by(2).take(20) {
        assert_eq!(app.delete(path).await.status, 204);
    }
    let p2 = app.get("/api/v1/klanten?achternaam=Even&page=2").await.json();
    assert_eq!(p2["count"], 110, "{backend:?}");
    let nummers: Vec<&str> =
        p2["results"].as_array().unwrap().iter().map(|k| k["klantnummer"].as_str().unwrap()).collect();
    let expected: Vec<String> = (42..=260).step_by(2).skip(100).map(|i: i32| i.to_string()).collect();
    assert_eq!(nummers, expected, "{backend:?}");
    let all = app.get("/api/v1/klanten?page=3").await.json();
    assert_eq!(all["count"], 240);
    assert_eq!(all["results"][0]["klantnummer"], "221", "{backend:?}: the 201st klant left");
    assert_eq!(app.get("/api/v1/klanten?achternaam=Even&page=3").await.status, 404);
}

db_test!(pages_across_blocks_of_ids);
/// Pages across several blocks of ids (`klant_blok` counts 1,024 ids a block), after creates through the API,
/// a seed and deletes in several blocks: each page starts at the klant that skipping the earlier ones reaches.
async fn pages_across_blocks_of_ids(backend: Backend) {
    let site = site(&backend).await;
    let (app, _task) = start_on(&site, |_| {}).await;
    klanten::store::seed(&site.database_url, 3000, &app.address).await.unwrap();
    let (_, created) = app.create(&klant("950428139", "")).await;
    assert_eq!(created["klantnummer"], "3001");
    // delete four klanten in blocks 0, 1 and 2, each found on a page after the deletes before it
    let mut deleted = Vec::new();
    for (page, index) in [(1, 4), (11, 29), (11, 30), (25, 99)] {
        let k = &app.get(&format!("/api/v1/klanten?page={page}")).await.json()["results"][index];
        deleted.push(k["klantnummer"].as_str().unwrap().to_string());
        let path = k["url"].as_str().unwrap().trim_start_matches(&app.address).to_string();
        assert_eq!(app.delete(&path).await.status, 204);
    }
    assert_eq!(deleted, ["5", "1031", "1033", "2503"], "{backend:?}: deleted one by one, the pages moved up");
    let remaining: Vec<String> = (1..=3001).map(|n: i32| n.to_string()).filter(|n| !deleted.contains(n)).collect();
    for page in [2, 10, 11, 12, 21, 25, 26, 30] {
        let p = app.get(&format!("/api/v1/klanten?page={page}")).await.json();
        assert_eq!(p["count"], 2997, "{backend:?}");
        let got: Vec<&str> =
            p["results"].as_array().unwrap().iter().map(|k| k["klantnummer"].as_str().unwrap()).collect();
        let want: Vec<&str> = remaining.iter().skip((page - 1) * 100).take(100).map(String::as_str).collect();
        assert_eq!(got, want, "{backend:?} page {page}");
    }
    assert_eq!(app.get("/api/v1/klanten?page=31").await.status, 404);
}
