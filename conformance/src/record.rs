//! `run`: sends a scenario's steps to one server and writes the recording, one JSON line per exchange after a first
//! line that describes the run (README, Conformance testing).
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::mocks::{ac, MockOptions, MockRequest, Mocks, Received};
use crate::problems::Problem;
use crate::scenario::{self, Scenario, Step};
use crate::token::{self, Credentials};

/// What `run` needs.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The server's API root, e.g. `http://127.0.0.1:8000/api/v1`.
    pub base_url: String,
    pub full: Credentials,
    pub limited: Option<Credentials>,
    pub scenario: Scenario,
    /// The scenario's name in the recording (its file).
    pub scenario_name: String,
    pub out: PathBuf,
    pub subject_bind: String,
    pub nrc_bind: String,
    pub ac_bind: String,
    /// The longest wait for the notifications of one write.
    pub notification_wait: Duration,
    /// Notifications have settled when none arrived for this long (a step without an expected count).
    pub notification_quiet: Duration,
    /// The delay of the subject mock's `/slow`.
    pub slow_subject: Duration,
    /// Timeout of one request.
    pub request_timeout: Duration,
}

impl RunOptions {
    /// Options with the defaults of the command line.
    pub fn new(base_url: &str, full: Credentials, scenario: Scenario, out: PathBuf) -> RunOptions {
        RunOptions {
            base_url: base_url.to_string(),
            full,
            limited: None,
            scenario,
            scenario_name: String::new(),
            out,
            subject_bind: "127.0.0.1:0".into(),
            nrc_bind: "127.0.0.1:0".into(),
            ac_bind: "127.0.0.1:0".into(),
            notification_wait: Duration::from_millis(1500),
            notification_quiet: Duration::from_millis(200),
            slow_subject: Duration::from_millis(1000),
            request_timeout: Duration::from_secs(30),
        }
    }

    /// The mocks of this run: on the configured addresses, the AC mock knowing the two clients.
    pub fn mock_options(&self) -> MockOptions {
        let limited = self.limited.as_ref().map(|l| l.client_id.as_str());
        MockOptions {
            subject_bind: self.subject_bind.clone(),
            nrc_bind: self.nrc_bind.clone(),
            ac_bind: self.ac_bind.clone(),
            slow_subject: self.slow_subject,
            applicaties: ac::applicaties_for(&self.full.client_id, limited),
        }
    }
}

/// The first line of a recording.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// Always `"meta"`.
    pub kind: String,
    pub scenario: String,
    /// The server's base URL as given with `--base-url`.
    pub base_url: String,
    /// The subject mock's base URL.
    pub subject: String,
    /// The NRC mock's base URL.
    pub nrc: String,
    /// The AC mock's base URL (absent in recordings of versions without it).
    #[serde(default)]
    pub ac: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecordedRequest {
    pub method: String,
    pub url: String,
    /// The headers sent, `Authorization` as `Bearer <token kind>`.
    pub headers: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw_body: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecordedResponse {
    pub status: u16,
    /// Every header received, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body when it is JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// The body when it is not empty and not JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub elapsed_ms: u64,
}

/// One exchange: a line of the recording.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Exchange {
    /// Always `"exchange"`.
    pub kind: String,
    /// The step id, `id#i` for the i-th repetition.
    pub step: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<RecordedRequest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<RecordedResponse>,
    /// The notifications (`POST /api/v1/notificaties`) the NRC mock received during this exchange (and the wait
    /// after it).
    #[serde(default)]
    pub notifications: Vec<Received>,
    /// The other requests the NRC and AC mocks received meanwhile (OAS documents, applicaties): not compared.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mock_requests: Vec<MockRequest>,
    /// Why there is no answer (the request failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Why the step was not sent (a variable it uses was not captured, or no limited client was given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
}

/// A recording read back.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording {
    pub meta: Meta,
    pub exchanges: Vec<Exchange>,
}

impl Recording {
    pub fn load(path: &Path) -> Result<Recording, String> {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read recording {}: {e}", path.display()))?;
        Recording::parse(&text).map_err(|e| format!("recording {}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Recording, String> {
        let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
        let (_, first) = lines.next().ok_or("empty file")?;
        let meta: Meta = serde_json::from_str(first).map_err(|e| format!("line 1 is not the meta line: {e}"))?;
        if meta.kind != "meta" {
            return Err("line 1 is not the meta line".into());
        }
        let mut exchanges = Vec::new();
        for (n, line) in lines {
            let e: Exchange = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
            exchanges.push(e);
        }
        Ok(Recording { meta, exchanges })
    }
}

/// What a run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunSummary {
    pub exchanges: usize,
    /// Steps not sent (a capture they use is missing, or no limited client was given).
    pub skipped: usize,
    /// Requests without an answer.
    pub errors: usize,
    /// Answers with a 5xx status.
    pub server_errors: usize,
    /// Notifications received in all.
    pub notifications: usize,
    /// The notifications the steps expect (their `notifications`, each repetition counted).
    pub expected_notifications: usize,
    /// Of those, how many arrived (at most the expected number per exchange).
    pub expected_notifications_received: usize,
    /// What went wrong, exchange by exchange, in order.
    pub problems: Vec<Problem>,
}

/// Starts the mocks on the configured addresses, prints them on stderr and records the scenario.
pub async fn run(options: RunOptions) -> Result<RunSummary, String> {
    let mocks = Mocks::start(&options.mock_options()).await?;
    eprintln!("subject mock: {}", mocks.subject_base());
    eprintln!("NRC mock:     {} (the server's Notificaties API)", mocks.nrc_base());
    eprintln!("AC mock:      {} (the server's Autorisaties API)", mocks.ac_base());
    record(&options, &mocks).await
}

fn is_write(method: &str) -> bool {
    matches!(method, "POST" | "PUT" | "PATCH" | "DELETE")
}

/// Records the scenario against the server with mocks already running.
pub async fn record(options: &RunOptions, mocks: &Mocks) -> Result<RunSummary, String> {
    let base = reqwest::Url::parse(&options.base_url)
        .map_err(|e| format!("--base-url {:?} is not a URL: {e}", options.base_url))?;
    if !matches!(base.scheme(), "http" | "https") {
        return Err(format!("--base-url {:?} is not an http(s) URL", options.base_url));
    }
    // One connection per request: a server may close a connection after its answer without saying so (as the
    // reference's uWSGI HTTP router does), and a request sent on such a connection would get no answer. Nothing
    // is retried, so no write is ever sent twice.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(options.request_timeout)
        .pool_max_idle_per_host(0)
        .build()
        .map_err(|e| format!("cannot make an HTTP client: {e}"))?;
    // any answer will do: whether the server can be reached at all
    if let Err(e) = client.get(base.clone()).send().await {
        return Err(format!("cannot reach the server at {}: {}", options.base_url, error_chain(&e)));
    }
    let file = std::fs::File::create(&options.out)
        .map_err(|e| format!("cannot write the recording {}: {e}", options.out.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let meta = Meta {
        kind: "meta".into(),
        scenario: options.scenario_name.clone(),
        base_url: options.base_url.clone(),
        subject: mocks.subject_base(),
        nrc: mocks.nrc_base(),
        ac: mocks.ac_base(),
    };
    let write_err = |e: std::io::Error| format!("cannot write the recording {}: {e}", options.out.display());
    let write_line = |out: &mut std::io::BufWriter<std::fs::File>, v: &dyn erased::Line| -> Result<(), String> {
        out.write_all(v.line().as_bytes()).and_then(|_| out.write_all(b"\n")).map_err(write_err)
    };
    write_line(&mut out, &meta)?;

    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("subject".into(), mocks.subject_base());
    let mut summary = RunSummary::default();
    let mut seen = mocks.log.len();
    for step in &options.scenario.steps {
        let count = step.repeat.unwrap_or(1);
        for i in 1..=count {
            let name = if step.repeat.is_some() { format!("{}#{i}", step.id) } else { step.id.clone() };
            if step.repeat.is_some() {
                vars.insert("i".into(), i.to_string());
            }
            let mut exchange = exchange(options, &client, &base, step, &name, &mut vars, mocks, seen).await;
            let now = mocks.log.len();
            (exchange.notifications, exchange.mock_requests) = mocks.log.since(seen);
            seen = now;
            summary.add(&exchange, step.notifications);
            write_line(&mut out, &exchange)?;
        }
        vars.remove("i");
    }
    out.flush().map_err(write_err)?;
    Ok(summary)
}

impl RunSummary {
    /// Counts an exchange in, with its problems; `expected` is the step's expected number of notifications.
    pub fn add(&mut self, exchange: &Exchange, expected: Option<usize>) {
        self.exchanges += 1;
        self.skipped += exchange.skipped.is_some() as usize;
        self.errors += exchange.error.is_some() as usize;
        self.server_errors += exchange.response.as_ref().is_some_and(|r| r.status >= 500) as usize;
        self.notifications += exchange.notifications.len();
        if let Some(n) = expected {
            self.expected_notifications += n;
            self.expected_notifications_received += exchange.notifications.len().min(n);
        }
        self.problems.extend(Problem::of(exchange, expected));
    }
}

/// Serialising either kind of line.
mod erased {
    pub trait Line {
        fn line(&self) -> String;
    }
    impl<T: serde::Serialize> Line for T {
        fn line(&self) -> String {
            serde_json::to_string(self).expect("a recording line serialises")
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn now_seconds() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Builds the request of one step (or says why it cannot be sent), sends it, waits for its notifications and
/// applies its captures.
#[allow(clippy::too_many_arguments)]
async fn exchange(
    options: &RunOptions,
    client: &reqwest::Client,
    base: &reqwest::Url,
    step: &Step,
    name: &str,
    vars: &mut HashMap<String, String>,
    mocks: &Mocks,
    seen: usize,
) -> Exchange {
    let mut exchange = Exchange {
        kind: "exchange".into(),
        step: name.to_string(),
        request: None,
        response: None,
        notifications: Vec::new(),
        mock_requests: Vec::new(),
        error: None,
        skipped: None,
    };
    let request = match build(options, base, step, vars) {
        Ok(r) => r,
        Err(why) => {
            exchange.skipped = Some(why);
            return exchange;
        }
    };
    let (recorded, auth) = request;
    let method: reqwest::Method = recorded.method.parse().expect("methods are checked when the scenario is loaded");
    let mut req = client.request(method, &recorded.url);
    if let Some(a) = auth {
        req = req.header("Authorization", a);
    }
    for (k, v) in &recorded.headers {
        if !k.eq_ignore_ascii_case("authorization") || !v.starts_with("Bearer <") {
            req = req.header(k.as_str(), v.as_str());
        }
    }
    if let Some(b) = &recorded.body {
        req = req.body(serde_json::to_vec(b).expect("a JSON value serialises"));
    } else if let Some(raw) = &recorded.raw_body {
        req = req.body(raw.clone());
    }
    let started = Instant::now();
    let resp = match req.send().await {
        Ok(r) => r,
        Err(e) => {
            exchange.error = Some(error_chain(&e));
            exchange.request = Some(recorded);
            return exchange;
        }
    };
    let status = resp.status().as_u16();
    let headers: Vec<(String, String)> = resp
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let bytes = match resp.bytes().await {
        Ok(b) => b,
        Err(e) => {
            exchange.error = Some(format!("reading the body: {}", error_chain(&e)));
            exchange.request = Some(recorded);
            return exchange;
        }
    };
    let elapsed_ms = started.elapsed().as_millis() as u64;
    let (body, text) = if bytes.is_empty() {
        (None, None)
    } else {
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(v) => (Some(v), None),
            Err(_) => (None, Some(String::from_utf8_lossy(&bytes).chars().take(65536).collect())),
        }
    };
    if is_write(&recorded.method) && (200..300).contains(&status) {
        settle(options, mocks, seen, step.notifications).await;
    }
    for (var, source) in &step.capture {
        let source = source.as_str().expect("captures are checked when the scenario is loaded");
        match scenario::capture(source, &headers, body.as_ref()) {
            Some(v) => {
                vars.insert(var.clone(), v);
            }
            None => {
                vars.remove(var);
            }
        }
    }
    exchange.request = Some(recorded);
    exchange.response = Some(RecordedResponse { status, headers, body, text, elapsed_ms });
    exchange
}

/// Waits until the notifications of a write have arrived: `expected` of them when the step says how many, else
/// until none arrived for the quiet time; never longer than the notification wait.
async fn settle(options: &RunOptions, mocks: &Mocks, seen: usize, expected: Option<usize>) {
    let deadline = Instant::now() + options.notification_wait;
    loop {
        if expected.is_some_and(|n| mocks.log.notifications_since(seen) >= n) {
            return;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return;
        }
        let within = if expected.is_some() { left } else { left.min(options.notification_quiet) };
        let now = mocks.log.len();
        if !mocks.log.wait_for_arrival(now, within).await && expected.is_none() {
            return;
        }
    }
}

/// The request of a step with its variables substituted, and its `Authorization`; the error says why it cannot be
/// sent.
fn build(
    options: &RunOptions,
    base: &reqwest::Url,
    step: &Step,
    vars: &HashMap<String, String>,
) -> Result<(RecordedRequest, Option<String>), String> {
    let missing = |name: String| format!("variable {name:?} was not captured");
    let path = scenario::substitute(&step.path, vars).map_err(missing)?;
    let mut url = if path.starts_with("http://") || path.starts_with("https://") {
        reqwest::Url::parse(&path).map_err(|e| format!("{path:?} is not a URL: {e}"))?
    } else {
        let joined = format!("{}{}", base.as_str().trim_end_matches('/'), path);
        reqwest::Url::parse(&joined).map_err(|e| format!("{joined:?} is not a URL: {e}"))?
    };
    if !step.query.is_empty() {
        let mut pairs = url.query_pairs_mut();
        for (k, v) in &step.query {
            let v = scenario::substitute(v.as_str().unwrap_or_default(), vars).map_err(missing)?;
            pairs.append_pair(k, &v);
        }
    }
    let auth = token::authorization(step.token, &options.full, options.limited.as_ref(), now_seconds())?;
    let mut headers = Vec::new();
    if auth.is_some() {
        headers.push(("authorization".to_string(), format!("Bearer <{}>", token_name(step.token))));
    }
    let mut has_content_type = false;
    for (k, v) in &step.headers {
        let v = scenario::substitute(v.as_str().unwrap_or_default(), vars).map_err(missing)?;
        has_content_type |= k.eq_ignore_ascii_case("content-type");
        headers.push((k.to_ascii_lowercase(), v));
    }
    let body = step.body.as_ref().map(|b| scenario::substitute_value(b, vars)).transpose().map_err(missing)?;
    let raw_body = step.raw_body.as_ref().map(|b| scenario::substitute(b, vars)).transpose().map_err(missing)?;
    if (body.is_some() || raw_body.is_some()) && !has_content_type {
        headers.push(("content-type".into(), "application/json".into()));
    }
    let recorded = RecordedRequest { method: step.method.clone(), url: url.to_string(), headers, body, raw_body };
    Ok((recorded, auth))
}

fn token_name(kind: token::TokenKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}
