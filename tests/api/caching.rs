//! HTTP caching as the standard requires (README, Deviations from the reference, item 1): ETag, If-None-Match -> 304,
//! per Host.
use serde_json::json;

use crate::helpers::*;

async fn get_with(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> Answer {
    let mut req = app.authed(reqwest::Method::GET, path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    app.send(req).await
}

db_test!(etag_on_both_read_operations);
async fn etag_on_both_read_operations(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let trail = app.get(&format!("{path}/audittrail")).await.json();
    let audit = format!("{path}/audittrail/{}", trail[0]["uuid"].as_str().unwrap());
    for p in [path.clone(), audit] {
        let a = app.get(&p).await;
        let tag = a.header("etag").unwrap().to_string();
        assert_eq!(tag.len(), 34);
        assert!(tag[1..33].chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        use md5::Digest;
        let digest = md5::Md5::digest(a.text.as_bytes());
        assert_eq!(tag, format!("\"{}\"", digest.iter().map(|b| format!("{b:02x}")).collect::<String>()));
        assert_eq!(app.get(&p).await.header("etag"), Some(tag.as_str()), "stable");
        let other_host = get_with(&app, &p, &[("Host", "nlx-outway.example")]).await;
        if p == path {
            // the klant's urls follow the Host, so its ETag does; an audit record keeps the urls it was
            // written with, so its body and ETag are the same through every host
            assert_ne!(other_host.header("etag"), Some(tag.as_str()), "differs by host");
        }
        for inm in [tag.clone(), format!("\"abc\", {tag}"), format!("W/{tag}"), "*".to_string()] {
            let a = get_with(&app, &p, &[("If-None-Match", &inm)]).await;
            assert_eq!(a.status, 304, "{inm}");
            assert_eq!(a.text, "");
            assert_eq!(a.header("etag"), Some(tag.as_str()));
            assert_eq!(a.header("api-version"), Some("1.0.0"));
        }
        for inm in ["\"abc\"", &tag[1..33], "garbage", "<string>", "W/"] {
            let a = get_with(&app, &p, &[("If-None-Match", inm)]).await;
            assert_eq!(a.status, 200, "{inm}");
        }
    }
    // the remembered ETag of one host never answers for another
    let tag_a = app.get(&path).await.header("etag").unwrap().to_string();
    assert_eq!(get_with(&app, &path, &[("If-None-Match", &tag_a)]).await.status, 304);
    let b = get_with(&app, &path, &[("Host", "b.example"), ("If-None-Match", &tag_a)]).await;
    assert_eq!(b.status, 200);
    let tag_b = b.header("etag").unwrap().to_string();
    assert_eq!(get_with(&app, &path, &[("Host", "b.example"), ("If-None-Match", &tag_b)]).await.status, 304);
    assert_eq!(get_with(&app, &path, &[("If-None-Match", &tag_a)]).await.status, 304);
    // HEAD takes the same conditional path
    let h = app.send(app.authed(reqwest::Method::HEAD, &path).header("If-None-Match", &tag_a)).await;
    assert_eq!(h.status, 304);

    // a change changes the ETag
    let before = app.get(&path).await.header("etag").unwrap().to_string();
    app.patch(&path, &json!({"functie": "x"})).await;
    let after_patch = app.get(&path).await.header("etag").unwrap().to_string();
    assert_ne!(before, after_patch);
    app.put(&path, &json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://nieuw.nl"})).await;
    let after_put = app.get(&path).await.header("etag").unwrap().to_string();
    assert_ne!(after_patch, after_put);
    assert_eq!(get_with(&app, &path, &[("If-None-Match", &before)]).await.status, 200);
}

db_test!(list_pages_follow_every_write);
/// A list page read again answers what is stored now: every create, change and delete is seen by the next read
/// of every page, also one that was answered from the cache of list pages before.
async fn list_pages_follow_every_write(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let count = |a: &Answer| a.json()["count"].as_u64().unwrap();
    let filtered = "/api/v1/klanten?klantnummer=1";
    for _ in 0..2 {
        assert_eq!(count(&app.get("/api/v1/klanten").await), 1);
        assert_eq!(count(&app.get(filtered).await), 1);
    }
    app.create(&klant("950428139", "2")).await;
    assert_eq!(count(&app.get("/api/v1/klanten").await), 2, "{backend:?}: a create after a cached page");
    let p = app.patch(&path, &json!({"klantnummer": "3"})).await;
    assert_eq!(p.status, 200, "{}", p.text);
    assert_eq!(count(&app.get(filtered).await), 0, "{backend:?}: a change after a cached page");
    assert_eq!(app.get("/api/v1/klanten?klantnummer=3").await.json()["results"][0]["klantnummer"], "3");
    assert_eq!(app.delete(&path).await.status, 204);
    assert_eq!(count(&app.get("/api/v1/klanten").await), 1, "{backend:?}: a delete after a cached page");
    assert_eq!(count(&app.get("/api/v1/klanten?klantnummer=3").await), 0);
}

/// The list's count as `app` answers it, read again (up to 2 s) until it is `expected`.
async fn count_within_2s(app: &TestApp, expected: u64) -> u64 {
    let mut seen = 0;
    for _ in 0..100 {
        seen = app.get("/api/v1/klanten").await.json()["count"].as_u64().unwrap();
        if seen == expected {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    seen
}

db_test!(postgres_only: list_pages_follow_the_writes_of_another_instance);
/// Two instances on one PostgreSQL database: a list page cached by one follows the writes of the other (their
/// notifications arrive within moments).
async fn list_pages_follow_the_writes_of_another_instance(backend: Backend) {
    let site = site(&backend).await;
    let (a, _ta) = start_on(&site, |_| {}).await;
    let (b, _tb) = start_on(&site, |_| {}).await;
    let (path, _) = a.create(&klant("950428139", "1")).await;
    let count = |x: Answer| x.json()["count"].as_u64().unwrap();
    assert_eq!(count(a.get("/api/v1/klanten").await), 1);
    assert_eq!(count(a.get("/api/v1/klanten").await), 1);
    b.create(&klant("950428139", "2")).await;
    assert_eq!(count_within_2s(&a, 2).await, 2, "instance a never saw instance b's create");
    assert_eq!(b.delete(&path).await.status, 204);
    assert_eq!(count_within_2s(&a, 1).await, 1, "instance a never saw instance b's delete");
}
