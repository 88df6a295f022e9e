//! The in-process cache of list pages: a list page read again while no klant changed is answered without
//! rendering it again. Any committed write may change any list, so every write empties it: it serves read-mostly
//! periods (the common case of a registry) and costs a writer one counter increment.
//!
//! Exactness follows the read cache's rules ([`super::cache`]): this process's writes empty it before their
//! clients get an answer; a page read from the database is kept only when no write happened since its read
//! began (the epoch it saw before the read). Other instances' writes (PostgreSQL) are seen as
//! [`super::validation`] says: each page keeps the change counter of the snapshot it was read in and is answered
//! only while the counter is still there (`exact`), or the invalidations empty it while their heartbeat is on time
//! (`notify`).
use std::collections::HashMap;
use std::sync::Mutex;

use bytes::Bytes;

pub struct ListCache {
    max_bytes: usize,
    inner: Mutex<Inner>,
}

struct Inner {
    /// Grows with every write; a fill must carry the epoch it saw before its read.
    epoch: u64,
    enabled: bool,
    /// Each page with the change counter of the snapshot it was read in (PostgreSQL, exact; else `None`).
    pages: HashMap<String, (Bytes, Option<i64>)>,
    bytes: usize,
}

/// A fill's proof that no write happened since its read began.
#[derive(Clone, Copy, Debug)]
pub struct ListTicket(u64);

impl ListCache {
    /// At most `max_bytes` of page bodies (0: off); `enabled` as for the read cache.
    pub fn new(max_bytes: usize, enabled: bool) -> Self {
        ListCache {
            max_bytes,
            inner: Mutex::new(Inner { epoch: 0, enabled: enabled && max_bytes > 0, pages: HashMap::new(), bytes: 0 }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // a cache: a panic elsewhere while holding the lock cannot leave it wrong, only emptier
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A page kept under `key`, with the change counter it was read at.
    pub fn get(&self, key: &str) -> Option<(Bytes, Option<i64>)> {
        self.lock().pages.get(key).cloned()
    }

    /// Taken before a database read whose page may fill the cache; `None` when the cache is off.
    pub fn ticket(&self) -> Option<ListTicket> {
        let inner = self.lock();
        inner.enabled.then_some(ListTicket(inner.epoch))
    }

    /// Keeps a page read under `ticket` (at the change counter `stamp`), unless a write happened since. When the
    /// bound is reached the cache starts over (pages are cheap to read again, and every write empties it anyway).
    pub fn fill(&self, ticket: ListTicket, key: String, body: Bytes, stamp: Option<i64>) {
        let mut inner = self.lock();
        if !inner.enabled || inner.epoch != ticket.0 || body.len() + key.len() > self.max_bytes {
            return;
        }
        if inner.bytes + body.len() + key.len() > self.max_bytes {
            inner.pages.clear();
            inner.bytes = 0;
        }
        inner.bytes += body.len() + key.len();
        let key_len = key.len();
        if let Some((old, _)) = inner.pages.insert(key, (body, stamp)) {
            inner.bytes -= old.len() + key_len;
        }
    }

    /// The change counter is at `now`: the pages read at an earlier count can never be answered again.
    pub fn outdated(&self, now: i64) {
        let mut inner = self.lock();
        let Inner { pages, bytes, .. } = &mut *inner;
        pages.retain(|key, (body, stamp)| {
            let keep = stamp.is_some_and(|s| s >= now);
            if !keep {
                *bytes -= body.len() + key.len();
            }
            keep
        });
    }

    /// A write committed: every page may have changed.
    pub fn changed(&self) {
        let mut inner = self.lock();
        inner.epoch += 1;
        inner.pages.clear();
        inner.bytes = 0;
    }

    /// Forgets everything and turns the cache on or off (the PostgreSQL listener going down or up).
    pub fn flush(&self, enabled: bool) {
        let mut inner = self.lock();
        inner.epoch += 1;
        inner.pages.clear();
        inner.bytes = 0;
        inner.enabled = enabled && self.max_bytes > 0;
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_empties_it_and_a_fill_that_raced_a_write_is_dropped() {
        let c = ListCache::new(1 << 20, true);
        let t = c.ticket().unwrap();
        c.fill(t, "a".into(), Bytes::from_static(b"one"), None);
        assert_eq!(c.get("a").unwrap().0, Bytes::from_static(b"one"));
        let t = c.ticket().unwrap();
        c.changed();
        assert!(c.get("a").is_none());
        c.fill(t, "a".into(), Bytes::from_static(b"stale"), None);
        assert!(c.get("a").is_none(), "read before the write, filled after it");
    }

    #[test]
    fn bounded_and_off() {
        let c = ListCache::new(100, true);
        for i in 0..50 {
            c.fill(c.ticket().unwrap(), format!("k{i}"), Bytes::from(vec![b'x'; 30]), None);
            assert!(c.bytes() <= 100);
        }
        assert!(c.get("k49").is_some());
        let off = ListCache::new(0, true);
        assert!(off.ticket().is_none());
        let waiting = ListCache::new(100, false);
        assert!(waiting.ticket().is_none());
        waiting.flush(true);
        assert!(waiting.ticket().is_some());
    }

    #[test]
    fn pages_of_an_earlier_count_go() {
        let c = ListCache::new(1 << 20, true);
        c.fill(c.ticket().unwrap(), "old".into(), Bytes::from_static(b"one"), Some(4));
        c.fill(c.ticket().unwrap(), "new".into(), Bytes::from_static(b"two"), Some(5));
        let held = c.bytes();
        c.outdated(5);
        assert!(c.get("old").is_none());
        assert_eq!(c.get("new").unwrap(), (Bytes::from_static(b"two"), Some(5)));
        assert_eq!(c.bytes(), held - 3 - 3);
    }
}
