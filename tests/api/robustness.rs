//! No input gives a 500, a panic or a hang: mutated bodies, raw bytes, query strings and paths, from a
//! seeded generator so that a failure is reproducible.
use serde_json::{json, Map, Value};

use crate::helpers::*;

/// xorshift64*: small, seeded, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn nasty_string(rng: &mut Rng) -> String {
    let pieces = [
        "",
        " ",
        "\u{0}",
        "é",
        "💥",
        "\u{2028}",
        "a".repeat(1001).leak(),
        "http://x",
        "http://127.0.0.1:1/",
        "../../etc",
        "'; DROP TABLE klant; --",
        "%00",
        "\\",
        "\"",
        "12.0",
        "-1",
        "99999999999999999999",
        "natuurlijk_persoon",
        "\n\t",
    ];
    (0..rng.below(3) + 1).map(|_| pieces[rng.below(pieces.len())]).collect()
}

fn nasty_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 2 { 7 } else { 9 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => json!(rng.next() as i64),
        3 => json!(-(rng.below(100000) as i64)),
        4 => json!((rng.next() % 100_000) as f64 / 7.0),
        5 | 6 => Value::String(nasty_string(rng)),
        7 => Value::Array((0..rng.below(4)).map(|_| nasty_value(rng, depth + 1)).collect()),
        _ => {
            let keys = [
                "straatnaam",
                "huisnummer",
                "inpBsn",
                "verblijfsadres",
                "handelsnaam",
                "subVerblijfBuitenland",
                "lndLandcode",
                "x",
            ];
            let mut m = Map::new();
            for _ in 0..rng.below(5) {
                m.insert(keys[rng.below(keys.len())].into(), nasty_value(rng, depth + 1));
            }
            Value::Object(m)
        }
    }
}

fn mutate(rng: &mut Rng, mut body: Value) -> Value {
    let keys = [
        "bronorganisatie",
        "klantnummer",
        "websiteUrl",
        "voornaam",
        "emailadres",
        "adres",
        "subject",
        "subjectType",
        "subjectIdentificatie",
        "subject_type",
        "inpANummer",
        "url",
    ];
    for _ in 0..rng.below(4) + 1 {
        let k = keys[rng.below(keys.len())];
        if rng.below(5) == 0 {
            body.as_object_mut().unwrap().remove(k);
        } else {
            body[k] = nasty_value(rng, 0);
        }
    }
    body
}

fn assert_sane(a: &Answer, what: &str) {
    assert!(a.status < 500, "{what}: {} {}", a.status, a.text);
    if a.status >= 400 {
        assert_eq!(a.header("content-type"), Some("application/problem+json"), "{what}");
        assert!(a.json()["code"].is_string(), "{what}");
    }
}

db_test!(mutated_bodies_never_give_a_500);
async fn mutated_bodies_never_give_a_500(backend: Backend) {
    let app = spawn_app_with(&backend, |c| {
        c.subject_timeout_ms = 300;
        c.subject_connect_timeout_ms = 200;
    })
    .await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let mut rng = Rng(0x5eed_0000_0000_0001);
    let bases = [
        klant("950428139", "2"),
        json!({"bronorganisatie": "950428139", "klantnummer": "3", "websiteUrl": "http://x.nl", "subjectType": "vestiging",
               "subjectIdentificatie": {"handelsnaam": ["a"], "verblijfsadres": {"aoaIdentificatie": "1", "gorOpenbareRuimteNaam": "s"}}}),
        json!({"bronorganisatie": "950428139", "klantnummer": "4", "websiteUrl": "http://x.nl", "subjectType": "niet_natuurlijk_persoon",
               "subjectIdentificatie": {"innNnpId": "123456782", "subVerblijfBuitenland": {"lndLandcode": "NL", "lndLandnaam": "N"}}}),
    ];
    for i in 0..150 {
        let body = mutate(&mut rng, bases[i % bases.len()].clone());
        let what = format!("#{i} {body}");
        match i % 3 {
            0 => assert_sane(&app.post(&body).await, &what),
            1 => assert_sane(&app.patch(&path, &body).await, &what),
            _ => assert_sane(&app.put(&path, &body).await, &what),
        }
    }
    // the klant is still readable and whole
    assert_eq!(app.get(&path).await.status, 200);
    assert_eq!(app.get("/api/v1/klanten").await.status, 200);
}

#[tokio::test]
async fn raw_bodies_queries_and_paths_never_give_a_500() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let mut rng = Rng(0x5eed_0000_0000_0002);
    for i in 0..100 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let a = app
            .send(
                app.authed(reqwest::Method::POST, "/api/v1/klanten")
                    .header("Content-Type", "application/json")
                    .body(bytes.clone()),
            )
            .await;
        assert_sane(&a, &format!("raw #{i} {bytes:?}"));
    }
    for raw in
        ["{", "[", "\"", "{\"a\":", "[1,]", "{\"a\":1,}", "\u{feff}{}", "nul", "1e999", "{\"a\":1}x", &"[".repeat(1000)]
    {
        let a = app
            .send(
                app.authed(reqwest::Method::POST, "/api/v1/klanten")
                    .header("Content-Type", "application/json")
                    .body(raw.to_string()),
            )
            .await;
        assert_sane(&a, raw);
        assert_eq!(a.status, 400, "{raw}");
    }
    let names = [
        "page",
        "subjectType",
        "bronorganisatie",
        "subject",
        "adres__postcode",
        "subjectNatuurlijkPersoon__inpBsn",
        "x",
    ];
    for i in 0..100 {
        let q: Vec<String> = (0..rng.below(4))
            .map(|_| {
                let v: String = nasty_string(&mut rng).chars().take(40).collect();
                format!("{}={}", names[rng.below(names.len())], url_encode(&v))
            })
            .collect();
        let a = app.get(&format!("/api/v1/klanten?{}", q.join("&"))).await;
        assert_sane(&a, &format!("query #{i} {q:?}"));
    }
    for p in [
        "/api/v1/klanten/%00",
        "/api/v1/klanten/..%2F..",
        "/api/v1/klanten//audittrail",
        "/api/v1//klanten",
        "/api/v1/klanten/x/audittrail/y/z",
        "/api/v99999999999999999999/klanten",
    ] {
        let a = app.get(p).await;
        assert_sane(&a, p);
        assert_eq!(a.status, 404, "{p}");
    }
}

fn url_encode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

/// `--max-connections` and `--max-requests` bound what the server holds: one connection or request more is answered
/// 503 with a problem body and `Retry-After`, at once; freed capacity serves again.
#[tokio::test]
async fn connections_and_requests_are_bounded() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app_with(&Backend::Sqlite, |c| {
        c.max_connections = 2;
        c.max_requests = 1;
    })
    .await;
    let addr = ("127.0.0.1", app.port);
    let get = format!(
        "GET /api/v1/klanten HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
        app.token
    );
    async fn answer(stream: &mut tokio::net::TcpStream) -> String {
        let mut out = String::new();
        tokio::time::timeout(std::time::Duration::from_secs(10), stream.read_to_string(&mut out))
            .await
            .expect("an answer at once")
            .unwrap();
        out
    }
    // one request under way: a POST whose body has not all arrived holds the only request slot
    let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
    slow.write_all(
        format!(
            "POST /api/v1/klanten HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\n\
             Content-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{{",
            app.token
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let mut second = tokio::net::TcpStream::connect(addr).await.unwrap();
    second.write_all(get.as_bytes()).await.unwrap();
    let busy = answer(&mut second).await;
    assert!(busy.starts_with("HTTP/1.1 503"), "{busy}");
    assert!(busy.contains("service_unavailable") && busy.to_ascii_lowercase().contains("retry-after: 1"), "{busy}");
    // two connections open (the slow one and an idle one): a third is refused
    let _idle = tokio::net::TcpStream::connect(addr).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let mut third = tokio::net::TcpStream::connect(addr).await.unwrap();
    third.write_all(get.as_bytes()).await.unwrap();
    let refused = answer(&mut third).await;
    assert!(refused.starts_with("HTTP/1.1 503"), "{refused}");
    assert!(refused.contains("application/problem+json"), "{refused}");
    // capacity freed: served again
    drop(slow);
    drop(_idle);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.get("/api/v1/klanten").await.status, 200);
}
