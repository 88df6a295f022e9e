//! Prometheus metrics (`GET /metrics` on the admin port, README "Metrics"), kept with the `metrics` crate and rendered
//! by its Prometheus exporter: request durations by operation and status, requests in flight, database pool use,
//! the outbox backlog and delivery failures, subject-check latency and failures.
use std::sync::OnceLock;
use std::time::Duration;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

pub const REQUEST_DURATION: &str = "klanten_http_request_duration_seconds";
pub const REQUESTS_IN_FLIGHT: &str = "klanten_http_requests_in_flight";
pub const DB_POOL_CONNECTIONS: &str = "klanten_db_pool_connections";
pub const OUTBOX_ROWS: &str = "klanten_outbox_rows";
pub const NOTIFICATIONS_DELIVERED: &str = "klanten_notifications_delivered_total";
pub const NOTIFICATION_FAILURES: &str = "klanten_notification_delivery_failures_total";
pub const SUBJECT_CHECK_DURATION: &str = "klanten_subject_check_duration_seconds";
pub const SUBJECT_CHECK_FAILURES: &str = "klanten_subject_check_failures_total";

/// Seconds: from a cached GET (well under a millisecond) to a subject check at its timeout.
const BUCKETS: [f64; 14] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// How often recorded histogram samples are folded into their buckets when nobody scrapes `/metrics`.
const UPKEEP_INTERVAL: Duration = Duration::from_secs(5);

/// Installs the process's recorder once (several servers in one process, as in the tests, share it); `None` when
/// another recorder was installed first.
///
/// The exporter keeps every histogram sample until it is folded into the buckets, which happens on a scrape or on
/// upkeep; `install_recorder` runs no upkeep of its own, so without a scraper memory grew with every request (about
/// 8 MiB per 450,000 GETs). One thread per process runs it, independent of any tokio runtime (tests start many).
pub fn install() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let handle = PrometheusBuilder::new().set_buckets(&BUCKETS).ok()?.install_recorder().ok()?;
            describe();
            let upkeep = handle.clone();
            let spawned = std::thread::Builder::new().name("metrics-upkeep".into()).spawn(move || loop {
                std::thread::sleep(UPKEEP_INTERVAL);
                upkeep.run_upkeep();
            });
            if let Err(e) = spawned {
                tracing::warn!(error = %e, "no metrics upkeep thread: histogram samples wait for a scrape of /metrics");
            }
            Some(handle)
        })
        .as_ref()
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_histogram!(REQUEST_DURATION, Unit::Seconds, "API requests by operation (OAS operationId) and status.");
    describe_gauge!(REQUESTS_IN_FLIGHT, "API requests being handled.");
    describe_gauge!(DB_POOL_CONNECTIONS, "Connections of the database pool, by state (idle, in_use).");
    describe_gauge!(OUTBOX_ROWS, "Notifications in the outbox, by status.");
    describe_counter!(NOTIFICATIONS_DELIVERED, "Notifications the Notificaties API accepted.");
    describe_counter!(NOTIFICATION_FAILURES, "Delivery attempts of notifications that failed.");
    describe_histogram!(SUBJECT_CHECK_DURATION, Unit::Seconds, "kla-002 subject checks, by outcome.");
    describe_counter!(SUBJECT_CHECK_FAILURES, "kla-002 subject checks that did not end in HTTP 200.");
}
