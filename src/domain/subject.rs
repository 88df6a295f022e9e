//! kla-002: a `subject` URL must resolve to HTTP 200 (after redirects, as in the reference), checked with bounds
//! (README, Deviations from the reference, item 9): connect and total timeouts, a redirect limit, no body read, no
//! internal error text in the reason, no link-local or cloud-metadata addresses (in any IPv4 or IPv6 spelling), no
//! loopback addresses unless `--subject-allow-loopback` (this server's own ports, and a client probing which local
//! ports are open), and an optional allow-list of hosts.
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::redirect::{Attempt, Policy};

#[derive(Clone, Debug)]
pub struct SubjectConfig {
    pub connect_timeout: Duration,
    pub total_timeout: Duration,
    pub max_redirects: usize,
    /// When set, only these hosts (lower case) may be fetched, also as redirect targets.
    pub allowed_hosts: Option<Vec<String>>,
    /// Whether loopback addresses (127.0.0.0/8, ::1, `localhost`) may be fetched: for tests and local trials.
    pub allow_loopback: bool,
}

impl Default for SubjectConfig {
    fn default() -> Self {
        SubjectConfig {
            connect_timeout: Duration::from_secs(2),
            total_timeout: Duration::from_secs(5),
            max_redirects: 5,
            allowed_hosts: None,
            allow_loopback: false,
        }
    }
}

#[derive(Clone)]
pub struct SubjectChecker {
    client: reqwest::Client,
    allowed_hosts: Option<Arc<Vec<String>>>,
    allow_loopback: bool,
}

/// Addresses never fetched: link-local (which includes the 169.254.169.254 metadata service), the IPv6 metadata
/// address of the large clouds, loopback unless `allow_loopback`, and each of these written as IPv6: IPv4-mapped
/// (`::ffff:a.b.c.d`), IPv4-compatible (`::a.b.c.d`, e.g. `[::a9fe:a9fe]`) and NAT64 (`64:ff9b::a.b.c.d`).
fn forbidden_ip(ip: IpAddr, allow_loopback: bool) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_link_local() || v4.is_unspecified() || v4.is_broadcast() || (v4.is_loopback() && !allow_loopback)
        }
        IpAddr::V6(v6) => {
            let seg = v6.segments();
            let nat64 = seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0];
            let embedded = if nat64 {
                let o = v6.octets();
                Some(std::net::Ipv4Addr::new(o[12], o[13], o[14], o[15]))
            } else {
                // ::ffff:a.b.c.d and ::a.b.c.d (but not :: and ::1, which are IPv6's own)
                v6.to_ipv4().filter(|_| seg[..7] != [0; 7] || seg[7] > 1)
            };
            (seg[0] & 0xffc0) == 0xfe80
                || v6.is_unspecified()
                || (v6.is_loopback() && !allow_loopback)
                || v6 == "fd00:ec2::254".parse::<std::net::Ipv6Addr>().expect("literal")
                || embedded.is_some_and(|v4| forbidden_ip(IpAddr::V4(v4), allow_loopback))
        }
    }
}

const METADATA_HOSTS: [&str; 2] = ["metadata.google.internal", "metadata"];

#[derive(Debug)]
struct Refused;

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("address not allowed")
    }
}

impl std::error::Error for Refused {}

/// Resolves with the system resolver and drops forbidden addresses, so that a DNS name pointing at a metadata
/// service is refused as well as a literal address.
struct FilteringResolver {
    allow_loopback: bool,
}

impl Resolve for FilteringResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow_loopback = self.allow_loopback;
        Box::pin(async move {
            let host = name.as_str().to_string();
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| !forbidden_ip(a.ip(), allow_loopback))
                .collect();
            if addrs.is_empty() {
                return Err(Box::new(Refused) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

fn host_allowed(url: &reqwest::Url, allowed: Option<&Vec<String>>, allow_loopback: bool) -> bool {
    let Some(host) = url.host_str() else { return false };
    let host = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
    if METADATA_HOSTS.contains(&host.as_str()) {
        return false;
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        if forbidden_ip(ip, allow_loopback) {
            return false;
        }
    }
    allowed.is_none_or(|list| list.contains(&host))
}

enum Failure {
    Timeout,
    Connect,
    InvalidUrl,
    NotAllowed,
    Redirects,
    Other,
}

impl Failure {
    fn text(&self) -> &'static str {
        match self {
            Failure::Timeout => "de server antwoordde niet op tijd.",
            Failure::Connect => "er kon geen verbinding worden gemaakt.",
            Failure::InvalidUrl => "ongeldige URL.",
            Failure::NotAllowed => "deze host mag niet worden opgevraagd.",
            Failure::Redirects => "te veel redirects.",
            Failure::Other => "de aanvraag is mislukt.",
        }
    }
}

impl SubjectChecker {
    pub fn new(cfg: SubjectConfig) -> Self {
        let allowed = cfg.allowed_hosts.clone().map(Arc::new);
        let for_policy = allowed.clone();
        let max = cfg.max_redirects;
        let allow_loopback = cfg.allow_loopback;
        let policy = Policy::custom(move |attempt: Attempt| {
            if attempt.previous().len() > max {
                attempt.error(TooManyRedirects)
            } else if !host_allowed(attempt.url(), for_policy.as_deref(), allow_loopback) {
                attempt.error(Refused)
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .connect_timeout(cfg.connect_timeout)
            .timeout(cfg.total_timeout)
            .redirect(policy)
            .dns_resolver(Arc::new(FilteringResolver { allow_loopback }))
            .user_agent(concat!("klanten/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("static reqwest configuration");
        SubjectChecker { client, allowed_hosts: allowed, allow_loopback }
    }

    /// `Ok` when a GET of `url` ends, after redirects, in exactly HTTP 200; otherwise the reference's `bad-url`
    /// reason. The body is never read.
    #[tracing::instrument(skip_all)]
    pub async fn check(&self, url: &str) -> Result<(), String> {
        let failed = |f: Failure| format!("De URL {url} kon niet opgehaald worden. Foutmelding: {}", f.text());
        let Ok(parsed) = reqwest::Url::parse(url) else {
            return Err(failed(Failure::InvalidUrl));
        };
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(failed(Failure::InvalidUrl));
        }
        if !host_allowed(&parsed, self.allowed_hosts.as_deref(), self.allow_loopback) {
            return Err(failed(Failure::NotAllowed));
        }
        let started = std::time::Instant::now();
        let outcome = |o: &'static str| {
            metrics::histogram!(crate::metrics::SUBJECT_CHECK_DURATION, "outcome" => o)
                .record(started.elapsed().as_secs_f64());
            if o != "ok" {
                metrics::counter!(crate::metrics::SUBJECT_CHECK_FAILURES, "outcome" => o).increment(1);
            }
        };
        match self.client.get(parsed).send().await {
            Ok(resp) if resp.status().as_u16() == 200 => {
                outcome("ok");
                tracing::info!(status = 200, "subject checked");
                Ok(())
            }
            Ok(resp) => {
                outcome("status");
                tracing::info!(status = resp.status().as_u16(), "subject check refused");
                Err(format!("De URL {url} gaf als antwoord HTTP {}. Geef een geldige URL op.", resp.status().as_u16()))
            }
            Err(e) => {
                let kind = if e.is_timeout() {
                    Failure::Timeout
                } else if e.is_redirect() {
                    if source_is::<Refused>(&e) {
                        Failure::NotAllowed
                    } else {
                        Failure::Redirects
                    }
                } else if source_is::<Refused>(&e) {
                    Failure::NotAllowed
                } else if e.is_connect() {
                    Failure::Connect
                } else {
                    Failure::Other
                };
                outcome(match kind {
                    Failure::Timeout => "timeout",
                    Failure::NotAllowed => "not_allowed",
                    Failure::Connect => "connect",
                    _ => "error",
                });
                // without the URL: a subject URL can name a person
                tracing::info!(outcome = kind.text(), error = %e.without_url(), "subject check failed");
                Err(failed(kind))
            }
        }
    }
}

#[derive(Debug)]
struct TooManyRedirects;

impl std::fmt::Display for TooManyRedirects {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("too many redirects")
    }
}

impl std::error::Error for TooManyRedirects {}

fn source_is<T: std::error::Error + 'static>(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if err.is::<T>() {
            return true;
        }
        cur = err.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_addresses() {
        let no = |ip: &str| forbidden_ip(ip.parse().unwrap(), false);
        for ip in [
            "169.254.169.254",
            "fe80::1",
            "::ffff:169.254.169.254",
            "::a9fe:a9fe",
            "::169.254.169.254",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b::169.254.169.254",
            "fd00:ec2::254",
            "0.0.0.0",
            "::",
            "127.0.0.1",
            "127.1.2.3",
            "::1",
            "::ffff:127.0.0.1",
            "64:ff9b::7f00:1",
        ] {
            assert!(no(ip), "{ip}");
        }
        for ip in ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "64:ff9b::5db8:d822", "10.0.0.1"] {
            assert!(!no(ip), "{ip}");
        }
        // loopback only with the setting; the metadata address never
        assert!(!forbidden_ip("127.0.0.1".parse().unwrap(), true));
        assert!(!forbidden_ip("::1".parse().unwrap(), true));
        assert!(forbidden_ip("::a9fe:a9fe".parse().unwrap(), true));
    }
}
