//! Whether writes are failing for the database's sake (README, "When the database is down or full"). A full
//! disk leaves the database answering reads and pings, so only a write shows it: the writer records the outcome
//! of each of its transactions here, and `/ready` (src/admin.rs) reports the instance not ready while the last
//! one failed because the database's storage was full or the database could not be reached, and no write has
//! succeeded since ([`super::Store::check_writes`]).
//!
//! Not ready for good would keep an instance that a load balancer took out of service out of it, even after the
//! space was freed (no client write would arrive to show it). So once the failure is [`PROBE_AFTER`] old,
//! `/ready` makes one write that changes nothing ([`super::Store::probe_write`]); it succeeding makes the instance
//! ready again. The probe is small: where a small write fits and a client's does not, the client's next failure
//! makes the instance not ready again for at least [`PROBE_AFTER`]: at most one probe per that time.
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::error::{Outage, StoreError};

/// How long after a write failed for the database's sake `/ready` says so without trying a write itself.
pub const PROBE_AFTER: Duration = Duration::from_secs(5);

/// The outcome of the writer's last transaction that tells something about the database: the failure, and when.
#[derive(Default)]
pub(super) struct WriteHealth(Mutex<Option<(Outage, Instant)>>);

impl WriteHealth {
    /// Follows a transaction's result: a commit clears a failure, a failure of the database sets it, any other
    /// error (a statement refused, a write's own rule) says nothing about the database.
    pub fn record<T>(&self, result: &Result<T, StoreError>) {
        let state = match result {
            Ok(_) => None,
            Err(e) => match e.outage() {
                Some(outage) => Some((outage, Instant::now())),
                None if matches!(e, StoreError::OutcomeUnknown(_)) => Some((Outage::Unavailable, Instant::now())),
                None => return,
            },
        };
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = state;
    }

    /// Why the last transaction failed, when it failed for the database's sake, and how long ago.
    pub fn failing(&self) -> Option<(Outage, Duration)> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).map(|(outage, at)| (outage, at.elapsed()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::DbErr;

    #[test]
    fn a_commit_clears_what_a_failure_of_the_database_set() {
        let health = WriteHealth::default();
        let outage = |h: &WriteHealth| h.failing().map(|(o, _)| o);
        assert_eq!(outage(&health), None);
        health.record::<()>(&Err(StoreError::StorageFull(DbErr::Custom("full".into()))));
        assert_eq!(outage(&health), Some(Outage::StorageFull));
        // a write refused for its own sake leaves it as it is
        health.record::<()>(&Err(StoreError::Unique));
        assert_eq!(outage(&health), Some(Outage::StorageFull));
        health.record::<()>(&Err(StoreError::Unavailable(DbErr::Custom("down".into()))));
        assert_eq!(outage(&health), Some(Outage::Unavailable));
        health.record::<()>(&Err(StoreError::OutcomeUnknown(DbErr::Custom("lost".into()))));
        assert_eq!(outage(&health), Some(Outage::Unavailable));
        health.record(&Ok(()));
        assert_eq!(outage(&health), None);
    }
}
