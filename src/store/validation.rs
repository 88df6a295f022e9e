//! How a read answered from the caches ([`super::cache`], [`super::list_cache`]) is known to be current
//! (README, Consistency under concurrent requests).
//!
//! - **SQLite**: this process is the only writer of its file and updates the caches before it answers a write,
//!   so they are exact as they are.
//! - **PostgreSQL, `--read-cache-validation exact`** (the default): other instances write too, so a cached klant
//!   is answered only after one indexed statement found its row still at the cached `version`, and a cached list
//!   page only after the change counter (`klant_teller.wijzigingen`, raised by every write transaction that
//!   changes a klant) is found where it was in the page's own snapshot. The statement starts after the request
//!   began, so it sees every write acknowledged before that: no answer is older than one. A changed klant comes
//!   back in the same statement, so a miss costs no second round trip; concurrent requests share that statement
//!   ([`super::validator`]).
//! - **PostgreSQL, `--read-cache-validation notify`**: the caches trust the invalidations of other instances
//!   (`LISTEN`/`NOTIFY`, [`super::listen`]) while that connection proves itself alive: the instance notifies
//!   itself every heartbeat interval through an ordinary connection, and the caches are bypassed while the newest
//!   heartbeat that arrived was sent more than two intervals ago. PostgreSQL delivers notifications in commit
//!   order, so a heartbeat sent at `s` that has arrived proves every invalidation of a write acknowledged before
//!   `s` arrived before it: a cached answer misses at most the writes of the last two intervals.
use std::sync::Arc;
use std::time::Duration;

use super::cache::CachedKlant;
use super::listen::Heartbeat;
use super::validator::Validator;

/// How a PostgreSQL store's caches are kept current (`--read-cache-validation`); SQLite ignores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadCacheValidation {
    /// Every cached answer is checked against the database in one indexed statement.
    Exact,
    /// Other instances' invalidations are trusted while a heartbeat sent every `heartbeat` arrives in time.
    Notify { heartbeat: Duration },
}

/// The policy of one store.
#[derive(Clone)]
pub(super) enum Freshness {
    /// SQLite: the caches follow this process's writes.
    Owned,
    /// PostgreSQL, exact: each cached answer is validated, by the statements of [`Validator`].
    Validated(Arc<Validator>),
    /// PostgreSQL, notify: the caches are used while the heartbeat is on time.
    Notified(Arc<Heartbeat>),
}

/// What the database says of a cached klant.
pub(super) enum Checked {
    /// No such klant (any more).
    Gone,
    /// The cached version is the stored one.
    Current,
    /// The stored version, which differs from the cached one.
    Changed(Arc<CachedKlant>),
}

/// The change counter as a statement reads it in its snapshot: the sum of every shard's count of klant-changing
/// write transactions. Each such transaction raises one shard by one, so the sum grows with every one of them
/// and two snapshots with the same sum saw the same klanten.
pub(super) const CHANGES_SQL: &str = "SELECT CAST(COALESCE(SUM(wijzigingen), 0) AS BIGINT) FROM klant_teller";
