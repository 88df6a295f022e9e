//! The in-process read cache of stored klanten: a GET of an unchanged klant is answered without a database round
//! trip. Bounded in bytes (`--read-cache-bytes`), evicting with CLOCK (second chance for entries read since the
//! last sweep).
//!
//! Exactness rests on three rules:
//! - **Writes of this process** update the cache before their client gets an answer: on SQLite (one writer at a
//!   time, under the store's write lock) the new version is put in; on PostgreSQL, where two writes of this
//!   process may finish in either order, the entry is removed.
//! - **A read fills the cache only when nothing touched that klant since the read began**: every put, removal
//!   and flush bumps an epoch (one of 64 stripes, by uuid) and a fill carries the epoch it saw before its
//!   database read; a fill that raced a write is dropped.
//! - **Writes of other processes** (PostgreSQL, several instances) arrive as `LISTEN`/`NOTIFY` invalidations
//!   (`store::listen`); while that connection is down the cache is flushed and off.
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use bytes::Bytes;

use crate::domain::representation;

const STRIPES: usize = 64;
/// Bookkeeping per entry beyond its text (map slot, queue slot, the Arc, the uuid twice).
const OVERHEAD: usize = 160;

/// One stored klant as read in one statement: its version, type and representation (base-relative `url`).
#[derive(Debug)]
pub struct CachedKlant {
    /// The row's id (what the writer needs to change it without reading it first).
    pub id: i32,
    pub uuid: String,
    pub version: i64,
    pub subject_type: Option<String>,
    pub representation: String,
    /// The body under the first base URL it was asked for, with its ETag (most servers have one Host).
    rendered: OnceLock<Rendered>,
    referenced: AtomicBool,
}

/// A klant's body under one base URL, and the ETag of that body.
#[derive(Clone, Debug)]
pub struct Rendered {
    pub base_url: String,
    pub body: Bytes,
    pub etag: String,
}

impl CachedKlant {
    pub fn new(id: i32, uuid: String, version: i64, subject_type: Option<String>, representation: String) -> Self {
        CachedKlant {
            id,
            uuid,
            version,
            subject_type,
            representation,
            rendered: OnceLock::new(),
            referenced: AtomicBool::new(false),
        }
    }

    /// The body and ETag of this version under `base_url`.
    pub fn rendered(&self, base_url: &str) -> Rendered {
        if let Some(r) = self.rendered.get() {
            if r.base_url == base_url {
                return r.clone();
            }
        }
        let body = Bytes::from(representation::with_base(&self.representation, base_url));
        let r = Rendered { base_url: base_url.to_string(), etag: crate::domain::etag::of(&body), body };
        let _ = self.rendered.set(r.clone());
        r
    }

    fn bytes(&self) -> usize {
        // the representation, and once more for its rendered body
        2 * self.representation.len() + 2 * self.uuid.len() + OVERHEAD
    }
}

/// A fill's proof that it started before any later write: the epoch of the klant's stripe.
#[derive(Clone, Copy, Debug)]
pub struct Ticket(u64);

struct Inner {
    map: HashMap<String, Arc<CachedKlant>>,
    /// CLOCK order: the oldest entry first.
    queue: VecDeque<String>,
    bytes: usize,
    epochs: [u64; STRIPES],
    enabled: bool,
}

pub struct KlantCache {
    max_bytes: usize,
    inner: Mutex<Inner>,
}

fn stripe(uuid: &str) -> usize {
    // uuids are random: their last hex digits spread well
    let b = uuid.as_bytes();
    let n = b.len();
    if n < 2 {
        return 0;
    }
    ((b[n - 1] as usize) ^ ((b[n - 2] as usize) << 3)) % STRIPES
}

impl KlantCache {
    /// A cache of at most `max_bytes`; 0 turns it off. `enabled` says whether it may be used from the start
    /// (PostgreSQL waits for its invalidation listener).
    pub fn new(max_bytes: usize, enabled: bool) -> Self {
        KlantCache {
            max_bytes,
            inner: Mutex::new(Inner {
                map: HashMap::new(),
                queue: VecDeque::new(),
                bytes: 0,
                epochs: [0; STRIPES],
                enabled: enabled && max_bytes > 0,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // The data is a cache: a panic elsewhere while holding the lock cannot leave it wrong, only emptier.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, uuid: &str) -> Option<Arc<CachedKlant>> {
        let inner = self.lock();
        let e = inner.map.get(uuid)?;
        e.referenced.store(true, Ordering::Relaxed);
        Some(e.clone())
    }

    /// Taken before a database read whose result may fill the cache; `None` when the cache is off.
    pub fn ticket(&self, uuid: &str) -> Option<Ticket> {
        let inner = self.lock();
        inner.enabled.then(|| Ticket(inner.epochs[stripe(uuid)]))
    }

    /// Fills the cache with what a read found, unless the klant was touched since its ticket.
    pub fn fill(&self, ticket: Ticket, entry: Arc<CachedKlant>) {
        let mut inner = self.lock();
        if inner.enabled && inner.epochs[stripe(&entry.uuid)] == ticket.0 {
            self.insert(&mut inner, entry);
        }
    }

    /// A committed write's new version, from a process whose writes are serialised (SQLite).
    pub fn put(&self, entry: Arc<CachedKlant>) {
        let mut inner = self.lock();
        inner.epochs[stripe(&entry.uuid)] += 1;
        if inner.enabled {
            self.insert(&mut inner, entry);
        }
    }

    /// A committed write or delete of `uuid`: the cached version, if any, is gone.
    pub fn invalidate(&self, uuid: &str) {
        let mut inner = self.lock();
        inner.epochs[stripe(uuid)] += 1;
        if let Some(old) = inner.map.remove(uuid) {
            inner.bytes -= old.bytes();
        }
    }

    /// Forgets everything, and turns the cache on or off (the PostgreSQL listener going down or up).
    pub fn flush(&self, enabled: bool) {
        let mut inner = self.lock();
        for e in inner.epochs.iter_mut() {
            *e += 1;
        }
        inner.map.clear();
        inner.queue.clear();
        inner.bytes = 0;
        inner.enabled = enabled && self.max_bytes > 0;
    }

    /// Bytes held (as counted for the bound).
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    fn insert(&self, inner: &mut Inner, entry: Arc<CachedKlant>) {
        let size = entry.bytes();
        if size > self.max_bytes {
            if let Some(old) = inner.map.remove(&entry.uuid) {
                inner.bytes -= old.bytes();
            }
            return;
        }
        match inner.map.insert(entry.uuid.clone(), entry.clone()) {
            Some(old) => inner.bytes -= old.bytes(),
            None => inner.queue.push_back(entry.uuid.clone()),
        }
        inner.bytes += size;
        // CLOCK: the oldest entry goes unless it was read since its last turn; the queue's keys of removed
        // entries are dropped on the way.
        let mut turns = inner.queue.len() * 2 + 1;
        while inner.bytes > self.max_bytes && turns > 0 {
            turns -= 1;
            let Some(key) = inner.queue.pop_front() else { break };
            let Some(e) = inner.map.get(&key) else { continue };
            if e.referenced.swap(false, Ordering::Relaxed) && key != entry.uuid {
                inner.queue.push_back(key);
                continue;
            }
            if let Some(old) = inner.map.remove(&key) {
                inner.bytes -= old.bytes();
            }
        }
        // keys of removed entries must not pile up in the queue
        if inner.queue.len() > 2 * inner.map.len() + 64 {
            let Inner { queue, map, .. } = inner;
            queue.retain(|k| map.contains_key(k));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(uuid: &str, version: i64, len: usize) -> Arc<CachedKlant> {
        Arc::new(CachedKlant::new(1, uuid.into(), version, None, format!("{{\"url\":\"{}\"}}", "x".repeat(len))))
    }

    #[test]
    fn a_fill_that_raced_a_write_is_dropped() {
        let c = KlantCache::new(1 << 20, true);
        let t = c.ticket("a").unwrap();
        c.put(entry("a", 2, 10));
        c.fill(t, entry("a", 1, 10));
        assert_eq!(c.get("a").unwrap().version, 2);
        let t = c.ticket("a").unwrap();
        c.invalidate("a");
        c.fill(t, entry("a", 2, 10));
        assert!(c.get("a").is_none());
        let t = c.ticket("a").unwrap();
        c.fill(t, entry("a", 3, 10));
        assert_eq!(c.get("a").unwrap().version, 3);
    }

    #[test]
    fn bounded_in_bytes() {
        let c = KlantCache::new(20_000, true);
        for i in 0..1000 {
            let t = c.ticket(&format!("k{i}")).unwrap();
            c.fill(t, entry(&format!("k{i}"), 1, 1000));
            assert!(c.bytes() <= 20_000, "{}", c.bytes());
        }
        assert!(c.get("k999").is_some());
        assert!(c.get("k0").is_none());
        let inner = c.lock();
        assert!(inner.queue.len() <= 2 * inner.map.len() + 64);
    }

    #[test]
    fn read_entries_get_a_second_chance() {
        let c = KlantCache::new(5 * entry("k0", 1, 1000).bytes(), true);
        for i in 0..5 {
            c.fill(c.ticket(&format!("k{i}")).unwrap(), entry(&format!("k{i}"), 1, 1000));
        }
        assert!(c.get("k0").is_some());
        c.fill(c.ticket("k5").unwrap(), entry("k5", 1, 1000));
        assert!(c.get("k0").is_some(), "k0 was read, so k1 goes first");
        assert!(c.get("k1").is_none());
    }

    #[test]
    fn off_and_flushed() {
        let c = KlantCache::new(0, true);
        assert!(c.ticket("a").is_none());
        let c = KlantCache::new(1 << 20, false);
        assert!(c.ticket("a").is_none());
        c.flush(true);
        let t = c.ticket("a").unwrap();
        c.flush(true);
        c.fill(t, entry("a", 1, 1));
        assert!(c.get("a").is_none(), "a flush drops fills that started before it");
    }
}
