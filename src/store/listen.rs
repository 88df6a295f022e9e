//! PostgreSQL with `--read-cache-validation notify`: other instances' writes reach this instance's read caches
//! (klanten and list pages) through `LISTEN`/`NOTIFY`, and a heartbeat proves that they still do.
//!
//! Every write transaction names its klant on [`INVALIDATION_CHANNEL`] (delivered at commit); this task removes
//! that klant from the cache and empties the cache of list pages. The caches are flushed whenever the listening
//! connection is (re)made: notifications sent while it was down are lost, so nothing cached before can be trusted.
//!
//! A connection can also stall without failing (its backend stopped, a network path that drops packets without a
//! reset): notifications then simply stop arriving. So the instance notifies itself every heartbeat interval on a
//! channel of its own, through a connection of its own (not the pool's: a busy pool must not delay it), with the
//! time it sent it as the payload. PostgreSQL delivers the notifications of different transactions in the order
//! they committed, and this task handles them in the order they arrive; so when the heartbeat sent at `s` has been
//! handled, so has the invalidation of every write acknowledged before `s`. The caches are used only while the
//! newest heartbeat handled was sent at most two intervals ago ([`Heartbeat::fresh`]): a cached answer misses at
//! most the writes acknowledged in the last two intervals. When nothing at all arrives for
//! [`RECONNECT_AFTER_INTERVALS`] intervals, the connection is given up and made again.
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sea_orm::sqlx::postgres::{PgConnectOptions, PgConnection, PgListener};
use sea_orm::sqlx::{self, Connection};
use sea_orm::DatabaseConnection;

use super::cache::KlantCache;
use super::list_cache::ListCache;
use super::plan::INVALIDATION_CHANNEL;

/// Intervals without any notification after which the listening connection is given up and made again.
const RECONNECT_AFTER_INTERVALS: u32 = 20;

/// The `application_name` of the listening connection (so that an operator finds it in `pg_stat_activity`).
const LISTENER_APPLICATION_NAME: &str = "klanten read-cache listener";

/// Whether this instance's invalidations are known to arrive in time.
pub(super) struct Heartbeat {
    origin: Instant,
    /// Microseconds after `origin` (plus one) at which the newest heartbeat handled was sent; 0 when none since
    /// the listening connection was made.
    sent: AtomicU64,
    interval: Duration,
    channel: String,
}

impl Heartbeat {
    pub(super) fn new(interval: Duration) -> Self {
        Heartbeat {
            origin: Instant::now(),
            sent: AtomicU64::new(0),
            interval: interval.max(Duration::from_millis(1)),
            // a channel of this instance's own: other instances' heartbeats say nothing of this connection
            channel: format!("klanten_hartslag_{}", uuid::Uuid::new_v4().simple()),
        }
    }

    fn now(&self) -> u64 {
        self.origin.elapsed().as_micros() as u64 + 1
    }

    /// The most a cached answer may be behind: two heartbeat intervals.
    pub(super) fn bound(&self) -> Duration {
        2 * self.interval
    }

    /// Whether the caches may answer: the newest heartbeat handled was sent within [`Heartbeat::bound`].
    pub(super) fn fresh(&self) -> bool {
        let sent = self.sent.load(Ordering::Acquire);
        sent != 0 && self.now().saturating_sub(sent) <= self.bound().as_micros() as u64
    }

    fn arrived(&self, payload: &str) {
        if let Ok(sent) = payload.parse::<u64>() {
            self.sent.fetch_max(sent, Ordering::AcqRel);
        }
    }

    fn reset(&self) {
        self.sent.store(0, Ordering::Release);
    }
}

/// The listening task and the heartbeat's sender; both stop when dropped.
pub(super) struct ListenerTask {
    listener: tokio::task::JoinHandle<()>,
    beat: tokio::task::JoinHandle<()>,
}

impl Drop for ListenerTask {
    fn drop(&mut self) {
        self.listener.abort();
        self.beat.abort();
    }
}

impl ListenerTask {
    pub(super) fn start(
        db: &DatabaseConnection,
        cache: Arc<KlantCache>,
        lists: Arc<ListCache>,
        heartbeat: Arc<Heartbeat>,
    ) -> Self {
        let pool = db.get_postgres_connection_pool().clone();
        let options = (*pool.connect_options()).clone();
        let beat = tokio::spawn(send_heartbeats(options, heartbeat.clone()));
        let listener = tokio::spawn(async move {
            let silence = heartbeat.interval * RECONNECT_AFTER_INTERVALS;
            loop {
                match listen(&pool, &heartbeat).await {
                    Ok(mut listener) => {
                        // Anything read before this point may have missed a notification.
                        cache.flush(true);
                        lists.flush(true);
                        tracing::debug!("read cache: listening for invalidations");
                        loop {
                            match tokio::time::timeout(silence, listener.try_recv()).await {
                                Ok(Ok(Some(n))) if n.channel() == heartbeat.channel => heartbeat.arrived(n.payload()),
                                Ok(Ok(Some(n))) => {
                                    cache.invalidate(n.payload());
                                    lists.changed();
                                }
                                Ok(_) => {
                                    tracing::warn!(
                                        "read cache: invalidation connection lost; cache off until it is back"
                                    );
                                    break;
                                }
                                Err(_) => {
                                    tracing::warn!(
                                        silent_ms = silence.as_millis() as u64,
                                        "read cache: nothing arrived on the invalidation connection, not even this \
                                         instance's heartbeat; making it again"
                                    );
                                    break;
                                }
                            }
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "read cache: cannot listen for invalidations"),
                }
                heartbeat.reset();
                cache.flush(false);
                lists.flush(false);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        });
        ListenerTask { listener, beat }
    }
}

/// A listening connection on the invalidations and this instance's heartbeat.
async fn listen(pool: &sqlx::PgPool, heartbeat: &Heartbeat) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    sqlx::query("SELECT set_config('application_name', $1, false)")
        .bind(LISTENER_APPLICATION_NAME)
        .execute(&mut listener)
        .await?;
    listener.listen_all([INVALIDATION_CHANNEL, heartbeat.channel.as_str()]).await?;
    Ok(listener)
}

/// Every interval, `pg_notify` on the heartbeat's channel with the time it is sent (taken before the statement
/// leaves, so before its commit), on a connection of its own.
async fn send_heartbeats(options: PgConnectOptions, heartbeat: Arc<Heartbeat>) {
    let mut connection: Option<PgConnection> = None;
    let mut ticks = tokio::time::interval(heartbeat.interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        if connection.is_none() {
            match PgConnection::connect_with(&options).await {
                Ok(c) => connection = Some(c),
                Err(e) => {
                    tracing::debug!(error = %e, "read cache: cannot connect the heartbeat's sender");
                    continue;
                }
            }
        }
        let Some(c) = connection.as_mut() else { continue };
        let sent = heartbeat.now().to_string();
        let send = sqlx::query("SELECT pg_notify($1, $2)").bind(heartbeat.channel.as_str()).bind(sent).execute(&mut *c);
        // a connection that stalls is given up like the listener's
        match tokio::time::timeout(heartbeat.interval * RECONNECT_AFTER_INTERVALS, send).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => {
                tracing::debug!(error = %e, "read cache: a heartbeat could not be sent");
                connection = None;
            }
            Err(_) => {
                tracing::debug!("read cache: a heartbeat's statement did not finish; connecting again");
                connection = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_only_within_two_intervals_of_the_newest_heartbeat_sent() {
        let h = Heartbeat::new(Duration::from_millis(20));
        assert!(!h.fresh(), "no heartbeat yet");
        let sent = h.now();
        h.arrived(&sent.to_string());
        assert!(h.fresh());
        // an older one arriving late changes nothing
        h.arrived("1");
        assert!(h.fresh());
        std::thread::sleep(Duration::from_millis(50));
        assert!(!h.fresh(), "sent more than two intervals ago");
        h.arrived(&h.now().to_string());
        assert!(h.fresh());
        h.reset();
        assert!(!h.fresh(), "a new connection trusts no heartbeat of the old one");
        h.arrived("garbage");
        assert!(!h.fresh());
    }
}
