//! The delivery worker: sends the outbox rows to the Notificaties API after their transaction committed, in id
//! order, with exponential backoff, and marks a row `failed` when its attempts run out.
//!
//! **When it runs:** right after every committed write of this process (the store wakes it), every poll interval
//! (rows of other instances, replayed rows, due retries) and once at start-up (rows left over from before a crash
//! or restart).
//!
//! **Order:** rows go out in id order. A row waiting for its retry holds back every later row until it is delivered
//! or has become `failed` (after `max_attempts`: 511 s of backoff plus the attempts with the defaults), so a
//! consumer never sees an `update` before its `create`. The NRC being down therefore delays all notifications, and
//! loses none.
//!
//! **Several instances on one PostgreSQL database:** a round starts with `pg_try_advisory_xact_lock` in a
//! transaction that stays open for the round, so one instance at a time sends (the others try again shortly; the
//! lock is per database and is released when the transaction ends, also when the connection or the process dies).
//! The sender reads the queue head through ordinary statements, so every row committed by any instance is seen by
//! the next round: nothing is skipped, as nothing depends on a cursor. As a second fence that does not depend on
//! the lock's connection, each row is leased (`locked_by`, `locked_until` = now + timeout + 10 s) with a
//! conditional update before it is sent, and its outcome is only recorded by the lease holder; a row leased by
//! another worker holds back the queue until the lease is released or expires. So two instances never send the
//! same row at the same time. Delivery is at least once: a crash between the NRC's answer and the status update
//! sends that row again (after its lease expires).
//!
//! **SQLite** has one server process, so the worker takes no leases there.
//!
//! **Cost:** the due rows at the head are sent as a run: leased in one statement, sent one by one, and recorded as
//! delivered together with the store's next group of writes (`store::group`), so that delivery adds no
//! transaction, and no sync, of its own to a busy server. A failed attempt is recorded at once, in its own
//! transaction. No lock is held across an HTTP call.
use std::sync::Arc;
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, Statement, TransactionTrait};
use tokio::sync::Notify;

use super::client::{Kanaal, NrcClient};
use super::config_error::NotifyConfigError;
use super::outbox::{self, Outcome};
use super::{now_micros, Settings};
use crate::store::Store;

/// The PostgreSQL advisory lock of the outbox sender ("klanten" in ASCII); advisory locks are per database.
pub const ADVISORY_LOCK_KEY: i64 = 0x006b_6c61_6e74_656e;
/// Rows read per query.
const BATCH: u64 = 100;
/// A round hands the lock on after this many rows or this long, so that another instance can take a turn.
const ROUND_ROWS: usize = 1000;
const ROUND_TIME: Duration = Duration::from_secs(30);
/// A lease outlives the request it covers by this much (clock differences between instances).
const LEASE_MARGIN: Duration = Duration::from_secs(10);
/// How soon an instance that found the lock taken tries again.
const CONTENDED_WAIT: Duration = Duration::from_millis(200);

/// Delay before attempt `attempts + 1` after `attempts` failed ones (1-based): `min(cap, base * 2^(attempts-1))`.
pub fn backoff(attempts: u32, base: Duration, cap: Duration) -> Duration {
    let factor = 1u32.checked_shl(attempts.saturating_sub(1)).unwrap_or(u32::MAX);
    base.saturating_mul(factor).min(cap)
}

/// `delay` shortened by a random 0–10 %, so that retries of many rows do not line up; never above the cap.
pub fn jitter(delay: Duration, random: u64) -> Duration {
    let fraction = (random % 10_000) as f64 / 100_000.0;
    delay.saturating_sub(delay.mul_f64(fraction))
}

pub struct Worker {
    store: Store,
    client: NrcClient,
    settings: Settings,
    wake: Arc<Notify>,
    /// This worker's name in `locked_by`.
    instance: String,
}

enum Next {
    /// More rows are due: go on at once.
    Now,
    /// Nothing pending.
    Idle,
    /// The queue head is due (retry or lease expiry) at this time, in microseconds.
    At(i64),
    /// Another instance is sending.
    Contended,
}

impl Worker {
    pub fn new(store: Store, settings: Settings, wake: Arc<Notify>) -> Result<Worker, NotifyConfigError> {
        let client = NrcClient::new(&settings)?;
        let instance = format!("{}-{}", std::process::id(), uuid::Uuid::new_v4().simple());
        Ok(Worker { store, client, settings, wake, instance })
    }

    /// Runs until its task is dropped or aborted (`App::run` does both with the server).
    pub async fn run(self) {
        if self.settings.register_kanaal {
            match self.client.ensure_kanaal().await {
                Ok(Kanaal::Exists) => tracing::info!("kanaal klanten exists at the Notificaties API"),
                Ok(Kanaal::Created) => tracing::info!("kanaal klanten registered at the Notificaties API"),
                Err(e) => tracing::warn!(error = %e, "could not register the kanaal klanten at the Notificaties API"),
            }
        }
        tracing::info!(api = %self.settings.api, "notification delivery started");
        loop {
            let poll = self.settings.poll_interval;
            let wait = match self.round().await {
                Ok(Next::Now) => {
                    tokio::task::yield_now().await;
                    continue;
                }
                Ok(Next::Idle) => poll,
                Ok(Next::At(at)) => Duration::from_micros(u64::try_from(at - now_micros()).unwrap_or(0)).min(poll),
                Ok(Next::Contended) => CONTENDED_WAIT.min(poll),
                Err(e) => {
                    tracing::warn!(error = %e, "notification outbox: database error; trying again");
                    poll
                }
            };
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// One turn as the sender: on PostgreSQL only with the advisory lock.
    async fn round(&self) -> Result<Next, DbErr> {
        let db = self.store.connection();
        let lock = if db.get_database_backend() == DbBackend::Postgres {
            let tx = db.begin().await?;
            let row = tx
                .query_one(Statement::from_string(
                    DbBackend::Postgres,
                    format!("SELECT pg_try_advisory_xact_lock({ADVISORY_LOCK_KEY}) AS locked"),
                ))
                .await?;
            let locked = match row {
                Some(r) => r.try_get::<bool>("", "locked")?,
                None => false,
            };
            if !locked {
                tx.rollback().await?;
                return Ok(Next::Contended);
            }
            Some(tx)
        } else {
            None
        };
        let result = self.send_due(lock.as_ref()).await;
        if let Some(tx) = lock {
            // ends the transaction and so releases the lock (it is released too if this fails: the session ends)
            let _ = tx.commit().await;
        }
        result
    }

    /// Sends the due rows at the head of the queue: leased together, sent one by one in id order, and recorded
    /// together; a failed attempt is recorded at once and ends the run of rows (it holds back the later ones).
    async fn send_due(&self, lock: Option<&DatabaseTransaction>) -> Result<Next, DbErr> {
        let started = Instant::now();
        let lease = i64::try_from((self.settings.timeout + LEASE_MARGIN).as_micros()).unwrap_or(i64::MAX);
        let mut sent = 0;
        loop {
            let rows = outbox::pending_head(self.store.connection(), BATCH).await?;
            if rows.is_empty() {
                return Ok(Next::Idle);
            }
            let now = now_micros();
            let mut due = Vec::with_capacity(rows.len());
            let mut after = None;
            for row in rows {
                if row.next_attempt_at > now {
                    after = Some(Next::At(row.next_attempt_at));
                    break;
                }
                if let (Some(until), Some(by)) = (row.locked_until, &row.locked_by) {
                    if until > now && *by != self.instance {
                        after = Some(Next::At(until));
                        break;
                    }
                }
                due.push(row);
            }
            if due.is_empty() {
                return Ok(after.unwrap_or(Next::Idle));
            }
            if let Some(tx) = lock {
                // still the sender? (the lock lives as long as this transaction's connection)
                tx.execute_unprepared("SELECT 1").await?;
            }
            let ids: Vec<i32> = due.iter().map(|r| r.id).collect();
            let leased_at = Instant::now();
            // Leases fence off other instances; a SQLite database has one server process, so none are taken there.
            if lock.is_some()
                && !outbox::claim(&self.store, &ids, &self.instance, now, now.saturating_add(lease)).await?
            {
                return Ok(Next::Contended);
            }
            let mut delivered = Vec::with_capacity(due.len());
            // where the run of rows ended early: the first row not sent, and what to do next
            let mut ended: Option<(usize, Next)> = None;
            for (i, row) in due.iter().enumerate() {
                // a row is sent only while its lease outlasts the longest request (timeout + margin - elapsed)
                if leased_at.elapsed() >= LEASE_MARGIN {
                    ended = Some((i, Next::Now));
                    break;
                }
                match self.client.send(&row.payload).await {
                    Ok(()) => delivered.push(row.id),
                    Err(error) => {
                        self.record_delivered(std::mem::take(&mut delivered)).await?;
                        ended = Some((i + 1, self.record_failure(row, &error).await?));
                        break;
                    }
                }
            }
            sent += delivered.len();
            self.record_delivered(delivered).await?;
            if let Some((unsent, next)) = ended {
                outbox::release(&self.store, &ids[unsent..], &self.instance).await?;
                return Ok(next);
            }
            if sent >= ROUND_ROWS || started.elapsed() >= ROUND_TIME {
                return Ok(Next::Now);
            }
        }
    }

    /// Records delivered rows with the store's next group of writes: no transaction of their own.
    async fn record_delivered(&self, ids: Vec<i32>) -> Result<(), DbErr> {
        tracing::info!(rows = ids.len(), "notifications delivered");
        metrics::counter!(crate::metrics::NOTIFICATIONS_DELIVERED).increment(ids.len() as u64);
        self.store.outbox_delivered(ids, &self.instance).await.map_err(|e| match e {
            crate::store::StoreError::Db(e) => e,
            other => DbErr::Custom(other.to_string()),
        })
    }

    /// Records a failed attempt at `row`: retried later (it holds back the rows after it) or, out of attempts,
    /// marked `failed`.
    async fn record_failure(&self, row: &crate::store::entity::outbox::Model, error: &str) -> Result<Next, DbErr> {
        metrics::counter!(crate::metrics::NOTIFICATION_FAILURES).increment(1);
        let attempts = u32::try_from(row.attempts).unwrap_or(0).saturating_add(1);
        let (outcome, next) = if attempts >= self.settings.max_attempts {
            tracing::error!(
                id = row.id,
                attempts,
                error,
                "notification not delivered and out of attempts: marked failed (klanten outbox replay)"
            );
            (Outcome::Failed { error }, Next::Now)
        } else {
            let delay = jitter(
                backoff(attempts, self.settings.retry_base, self.settings.retry_cap),
                uuid::Uuid::new_v4().as_u128() as u64,
            );
            let at = now_micros().saturating_add(i64::try_from(delay.as_micros()).unwrap_or(i64::MAX));
            tracing::warn!(id = row.id, attempts, error, "notification not delivered; will retry");
            (Outcome::Retry { error, next_attempt_at: at }, Next::At(at))
        };
        if !outbox::record(&self.store, row, &self.instance, outcome).await? {
            tracing::warn!(id = row.id, "notification outbox: lease lost before the outcome was recorded");
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_the_base_up_to_the_cap() {
        let s = Duration::from_secs;
        let schedule: Vec<Duration> = (1..=12).map(|n| backoff(n, s(1), s(300))).collect();
        assert_eq!(schedule, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300].map(s));
        // absurd attempt counts and bases saturate at the cap
        assert_eq!(backoff(0, s(1), s(300)), s(1));
        assert_eq!(backoff(40, s(1), s(300)), s(300));
        assert_eq!(backoff(u32::MAX, s(u64::MAX / 2), s(300)), s(300));
        assert_eq!(backoff(3, Duration::from_millis(50), Duration::from_millis(500)), Duration::from_millis(200));
        // the defaults: ten attempts, nine waits, about eight and a half minutes in all
        let total: Duration = (1..10).map(|n| backoff(n, s(1), s(300))).sum();
        assert_eq!(total, s(511));
    }

    #[test]
    fn jitter_takes_at_most_a_tenth_off() {
        let d = Duration::from_secs(100);
        assert_eq!(jitter(d, 0), d);
        for r in [1, 42, 9_999, 123_456_789, u64::MAX] {
            let j = jitter(d, r);
            assert!(j <= d && j > Duration::from_secs(90), "{r}: {j:?}");
        }
        assert_eq!(jitter(Duration::ZERO, 7), Duration::ZERO);
    }
}
