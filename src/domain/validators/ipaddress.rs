//! CPython 3.7's `ipaddress.IPv4Address` / `IPv6Address`, as the URL validator uses them.
#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// ipaddress (CPython 3.7)
// ---------------------------------------------------------------------------------------------

/// CPython 3.7 `ipaddress.IPv4Address(s)` succeeds (`_ip_int_from_string` / `_parse_octet`):
/// four dot-separated groups of 1..3 ASCII digits, at most 255, and no leading zero on a value
/// above 7 (`"07"` is accepted, `"010"` is not).
pub(super) fn py_ipv4_int(value: &str) -> Option<u32> {
    if value.is_empty() || value.contains('/') {
        return None;
    }
    let octets: Vec<&str> = value.split('.').collect();
    if octets.len() != 4 {
        return None;
    }
    let mut ip: u32 = 0;
    for octet in octets {
        if octet.is_empty() || !octet.bytes().all(|b| b.is_ascii_digit()) || octet.len() > 3 {
            return None;
        }
        let n: u32 = octet.parse().ok()?;
        if n > 7 && octet.starts_with('0') {
            return None;
        }
        if n > 255 {
            return None;
        }
        ip = (ip << 8) | n;
    }
    Some(ip)
}

/// CPython 3.7 `ipaddress.IPv6Address(s)` succeeds (no scope ids in 3.7), i.e. Django's
/// `is_valid_ipv6_address`.
pub(super) fn py_is_ipv6_address(value: &str) -> bool {
    const HEXTET_COUNT: usize = 8;
    if value.is_empty() || value.contains('/') {
        return false;
    }
    let mut parts: Vec<String> = value.split(':').map(str::to_owned).collect();
    if parts.len() < 3 {
        return false;
    }
    if parts.last().is_some_and(|p| p.contains('.')) {
        let Some(ipv4) = py_ipv4_int(&parts.pop().unwrap_or_default()) else {
            return false;
        };
        parts.push(format!("{:x}", (ipv4 >> 16) & 0xFFFF));
        parts.push(format!("{:x}", ipv4 & 0xFFFF));
    }
    if parts.len() > HEXTET_COUNT + 1 {
        return false;
    }
    let mut skip_index = None;
    for (i, part) in parts.iter().enumerate().take(parts.len() - 1).skip(1) {
        if part.is_empty() {
            if skip_index.is_some() {
                return false;
            }
            skip_index = Some(i);
        }
    }
    let (parts_hi, parts_lo) = if let Some(skip) = skip_index {
        let mut parts_hi = skip;
        let mut parts_lo = parts.len() - skip - 1;
        if parts[0].is_empty() {
            parts_hi -= 1;
            if parts_hi != 0 {
                return false;
            }
        }
        if parts[parts.len() - 1].is_empty() {
            parts_lo -= 1;
            if parts_lo != 0 {
                return false;
            }
        }
        if HEXTET_COUNT < parts_hi + parts_lo + 1 {
            return false;
        }
        (parts_hi, parts_lo)
    } else {
        if parts.len() != HEXTET_COUNT || parts[0].is_empty() || parts[parts.len() - 1].is_empty() {
            return false;
        }
        (parts.len(), 0)
    };
    let hextet_ok = |h: &str| !h.is_empty() && h.len() <= 4 && h.bytes().all(|b| b.is_ascii_hexdigit());
    parts[..parts_hi].iter().all(|h| hextet_ok(h)) && parts[parts.len() - parts_lo..].iter().all(|h| hextet_ok(h))
}

/// Django `validate_ipv46_address` succeeds.
pub(super) fn py_is_ipv46_address(value: &str) -> bool {
    py_ipv4_int(value).is_some() || py_is_ipv6_address(value)
}
