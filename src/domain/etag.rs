//! HTTP caching as the standard requires (README, Deviations from the reference, item 1): the ETag is the MD5 of the
//! exact JSON body of this request, so the same klant seen through two hosts has two ETags; If-None-Match as RFC 7232
//! (a list, `W/` compared weakly, `*`), unquoted or malformed tags never match.
use md5::{Digest, Md5};

pub fn of(body: &[u8]) -> String {
    let digest = Md5::digest(body);
    let mut s = String::with_capacity(34);
    s.push('"');
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s.push('"');
    s
}

fn opaque(tag: &str) -> Option<&str> {
    let t = tag.trim();
    let t = t.strip_prefix("W/").unwrap_or(t);
    (t.len() >= 2 && t.starts_with('"') && t.ends_with('"') && !t[1..t.len() - 1].contains('"')).then_some(t)
}

/// Whether `If-None-Match` names the current ETag (weak comparison).
pub fn matches(header: &str, current: &str) -> bool {
    if header.trim() == "*" {
        return true;
    }
    let Some(current) = opaque(current) else { return false };
    header.split(',').filter_map(opaque).any(|t| t == current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match() {
        let tag = of(b"{}");
        assert_eq!(tag, "\"99914b932bd37a50b983c5e7c90ae93b\"");
        assert!(matches(&tag, &tag));
        assert!(matches(&format!("\"x\", {tag}"), &tag));
        assert!(matches(&format!("W/{tag}"), &tag));
        assert!(matches("*", &tag));
        assert!(!matches("99914b932bd37a50b983c5e7c90ae93b", &tag));
        assert!(!matches("\"other\"", &tag));
        assert!(!matches("garbage\"", &tag));
    }
}
