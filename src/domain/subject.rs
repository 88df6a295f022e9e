//! kla-002: a `subject` URL must resolve to HTTP 200 (after redirects, as in the reference), checked with bounds
//! (README, Deviations from the reference, item 9): connect and total timeouts, a redirect limit, no body
//! read, no internal error text in the reason, and only addresses on the public internet by default. Every address
//! a name resolves to, and every redirect's target, is classified ([`Reach`]) before any connection: link-local
//! (the cloud metadata services) never; loopback only with `--subject-allow-loopback`; private and unique-local
//! networks only with `--subject-allow-private-networks`; a host of `--subject-allowed-hosts` may be loopback or
//! private (the operator named it), and with that list set no other host is fetched. A refused address is one answer,
//! given before any connection, so a client cannot tell an open, closed or filtered port behind it apart; and a
//! host that cannot be reached is one answer too, whether it refused the connection or did not answer in time.
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
    /// When set, only these hosts (lower case) may be fetched, also as redirect targets; they may be private.
    pub allowed_hosts: Option<Vec<String>>,
    /// Whether loopback addresses (127.0.0.0/8, ::1, `localhost`) may be fetched: for tests and local trials.
    pub allow_loopback: bool,
    /// Whether private and unique-local addresses (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, …) may be
    /// fetched.
    pub allow_private: bool,
}

impl Default for SubjectConfig {
    fn default() -> Self {
        SubjectConfig {
            connect_timeout: Duration::from_secs(2),
            total_timeout: Duration::from_secs(5),
            max_redirects: 5,
            allowed_hosts: None,
            allow_loopback: false,
            allow_private: false,
        }
    }
}

#[derive(Clone)]
pub struct SubjectChecker {
    client: reqwest::Client,
    rules: Arc<Rules>,
}

/// Which hosts and addresses may be fetched.
#[derive(Debug)]
struct Rules {
    allowed_hosts: Option<Vec<String>>,
    allow_loopback: bool,
    allow_private: bool,
}

/// Where an address leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    /// The public internet.
    Public,
    /// This machine.
    Loopback,
    /// A private or unique-local network: the operator's own.
    Private,
    /// Never fetched: link-local (the 169.254.169.254 metadata service among them), the IPv6 metadata address of the
    /// large clouds, unspecified, broadcast, multicast and reserved addresses.
    Never,
}

/// The [`Reach`] of an address, also when an IPv4 address is written as IPv6: IPv4-mapped (`::ffff:a.b.c.d`),
/// IPv4-compatible (`::a.b.c.d`, e.g. `[::a9fe:a9fe]`) and NAT64 (`64:ff9b::a.b.c.d`).
fn reach(ip: IpAddr) -> Reach {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            if v4.is_loopback() {
                Reach::Loopback
            } else if v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || a == 0
                || a >= 240
            {
                Reach::Never
            } else if v4.is_private()
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && c == 0)
                || (a == 198 && (b == 18 || b == 19))
            {
                // RFC 1918, shared address space (RFC 6598), IETF protocol assignments, benchmarking
                Reach::Private
            } else {
                Reach::Public
            }
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
            if let Some(v4) = embedded {
                return reach(IpAddr::V4(v4));
            }
            if v6.is_loopback() {
                Reach::Loopback
            } else if (seg[0] & 0xffc0) == 0xfe80
                || v6.is_unspecified()
                || v6.is_multicast()
                || v6 == "fd00:ec2::254".parse::<std::net::Ipv6Addr>().expect("literal")
            {
                Reach::Never
            } else if (seg[0] & 0xfe00) == 0xfc00 || (seg[0] & 0xffc0) == 0xfec0 {
                // unique-local (RFC 4193) and the old site-local
                Reach::Private
            } else {
                Reach::Public
            }
        }
    }
}

impl Rules {
    fn listed(&self, host: &str) -> bool {
        self.allowed_hosts.as_ref().is_some_and(|list| list.iter().any(|h| h == host))
    }

    /// Whether `ip` may be fetched for `host` (lower case, without brackets).
    fn address_allowed(&self, host: &str, ip: IpAddr) -> bool {
        match reach(ip) {
            Reach::Public => true,
            Reach::Never => false,
            Reach::Loopback => self.allow_loopback || self.listed(host),
            Reach::Private => self.allow_private || self.listed(host),
        }
    }

    /// Whether a URL may be fetched, before its name is resolved: its host is no metadata name, is on the allow-list
    /// when there is one, and, when it is an address, one that may be fetched.
    fn url_allowed(&self, url: &reqwest::Url) -> bool {
        let Some(host) = url.host_str() else { return false };
        let host = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
        if METADATA_HOSTS.contains(&host.as_str()) {
            return false;
        }
        if self.allowed_hosts.is_some() && !self.listed(&host) {
            return false;
        }
        match host.parse::<IpAddr>() {
            Ok(ip) => self.address_allowed(&host, ip),
            Err(_) => true,
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

/// Resolves with the system resolver and keeps only the addresses that may be fetched for that name, so that a DNS
/// name pointing at a private network or a metadata service is refused like the literal address; reqwest connects
/// only to the addresses this answers, so no later lookup can lead elsewhere.
struct FilteringResolver {
    rules: Arc<Rules>,
}

impl Resolve for FilteringResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let rules = self.rules.clone();
        Box::pin(async move {
            let host = name.as_str().to_ascii_lowercase();
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| rules.address_allowed(&host, a.ip()))
                .collect();
            if addrs.is_empty() {
                return Err(Box::new(Refused) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

enum Failure {
    /// No connection, or no answer in time: one answer, so that a closed port and a filtered one look the same.
    Unreachable,
    InvalidUrl,
    NotAllowed,
    Redirects,
    Other,
}

impl Failure {
    fn text(&self) -> &'static str {
        match self {
            Failure::Unreachable => "de server kon niet (op tijd) bereikt worden.",
            Failure::InvalidUrl => "ongeldige URL.",
            Failure::NotAllowed => "deze host mag niet worden opgevraagd.",
            Failure::Redirects => "te veel redirects.",
            Failure::Other => "de aanvraag is mislukt.",
        }
    }
}

impl SubjectChecker {
    pub fn new(cfg: SubjectConfig) -> Self {
        let rules = Arc::new(Rules {
            allowed_hosts: cfg.allowed_hosts.clone(),
            allow_loopback: cfg.allow_loopback,
            allow_private: cfg.allow_private,
        });
        let for_policy = rules.clone();
        let max = cfg.max_redirects;
        let policy = Policy::custom(move |attempt: Attempt| {
            if attempt.previous().len() > max {
                attempt.error(TooManyRedirects)
            } else if !for_policy.url_allowed(attempt.url()) {
                attempt.error(Refused)
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .connect_timeout(cfg.connect_timeout)
            .timeout(cfg.total_timeout)
            .redirect(policy)
            .dns_resolver(Arc::new(FilteringResolver { rules: rules.clone() }))
            // the system's proxy settings would send the request where these rules cannot see
            .no_proxy()
            .user_agent(concat!("klanten/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("static reqwest configuration");
        SubjectChecker { client, rules }
    }

    /// Whether any host may be fetched (no `--subject-allowed-hosts`): `klanten check` warns about it.
    pub fn any_host(&self) -> bool {
        self.rules.allowed_hosts.is_none()
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
        if !self.rules.url_allowed(&parsed) {
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
                    Failure::Unreachable
                } else if e.is_redirect() {
                    if source_is::<Refused>(&e) {
                        Failure::NotAllowed
                    } else {
                        Failure::Redirects
                    }
                } else if source_is::<Refused>(&e) {
                    Failure::NotAllowed
                } else if e.is_connect() {
                    Failure::Unreachable
                } else {
                    Failure::Other
                };
                outcome(match kind {
                    Failure::Unreachable if e.is_timeout() => "timeout",
                    Failure::Unreachable => "connect",
                    Failure::NotAllowed => "not_allowed",
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
    fn each_address_has_its_reach() {
        let r = |ip: &str| reach(ip.parse().unwrap());
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
            "0.1.2.3",
            "::",
            "255.255.255.255",
            "224.0.0.1",
            "ff02::1",
            "240.0.0.1",
        ] {
            assert_eq!(r(ip), Reach::Never, "{ip}");
        }
        for ip in ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", "64:ff9b::7f00:1"] {
            assert_eq!(r(ip), Reach::Loopback, "{ip}");
        }
        for ip in [
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "100.64.0.1",
            "198.18.0.1",
            "fd12:3456::1",
            "fc00::1",
            "fec0::1",
            "::ffff:10.1.2.3",
            "64:ff9b::a01:203",
        ] {
            assert_eq!(r(ip), Reach::Private, "{ip}");
        }
        for ip in ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "64:ff9b::5db8:d822", "172.32.0.1", "8.8.8.8"]
        {
            assert_eq!(r(ip), Reach::Public, "{ip}");
        }
    }

    #[test]
    fn the_settings_and_the_allow_list_decide_loopback_and_private() {
        let rules = |loopback, private, hosts: Option<&[&str]>| Rules {
            allowed_hosts: hosts.map(|h| h.iter().map(|s| s.to_string()).collect()),
            allow_loopback: loopback,
            allow_private: private,
        };
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let none = rules(false, false, None);
        for a in ["10.0.0.1", "127.0.0.1", "fd00::1", "169.254.169.254"] {
            assert!(!none.address_allowed("host.example", ip(a)), "{a}");
        }
        assert!(none.address_allowed("host.example", ip("93.184.216.34")));
        let private = rules(false, true, None);
        assert!(private.address_allowed("h", ip("10.0.0.1")) && private.address_allowed("h", ip("fd00::1")));
        assert!(!private.address_allowed("h", ip("127.0.0.1")) && !private.address_allowed("h", ip("169.254.169.254")));
        let listed = rules(false, false, Some(&["brp.intern", "10.1.2.3"]));
        assert!(listed.address_allowed("brp.intern", ip("10.0.0.1")));
        assert!(listed.address_allowed("brp.intern", ip("127.0.0.1")));
        assert!(!listed.address_allowed("brp.intern", ip("169.254.169.254")), "link-local never");
        assert!(!listed.address_allowed("other.example", ip("10.0.0.1")));
        let url = |u: &str| reqwest::Url::parse(u).unwrap();
        assert!(listed.url_allowed(&url("http://10.1.2.3/x")));
        assert!(!listed.url_allowed(&url("http://10.1.2.4/x")));
        assert!(!listed.url_allowed(&url("http://example.com/x")), "only listed hosts with a list");
        assert!(none.url_allowed(&url("http://example.com/x")));
        assert!(!none.url_allowed(&url("http://[fd00::1]/x")));
        assert!(!none.url_allowed(&url("http://metadata.google.internal/")));
    }
}
