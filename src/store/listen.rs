//! PostgreSQL: other instances' writes reach this instance's read caches (klanten and list pages) through
//! `LISTEN`/`NOTIFY`. Every write transaction names its klant on [`INVALIDATION_CHANNEL`] (delivered at commit);
//! this task removes that klant from the cache and empties the cache of list pages. The cache is on only while the listening connection is up: on a lost connection it is flushed
//! and off until the connection is back (notifications sent meanwhile are lost, so nothing cached before can be
//! trusted).
//!
//! What remains is the delivery delay: a read on this instance in the moment between another instance's commit
//! and the arrival of its notification (on one host: well under a millisecond) can still see the version before.
use std::sync::Arc;
use std::time::Duration;

use sea_orm::sqlx::postgres::PgListener;
use sea_orm::DatabaseConnection;

use super::cache::KlantCache;
use super::group::INVALIDATION_CHANNEL;
use super::list_cache::ListCache;

/// The listening task; stops when dropped.
pub(super) struct ListenerTask(tokio::task::JoinHandle<()>);

impl Drop for ListenerTask {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl ListenerTask {
    pub(super) fn start(db: &DatabaseConnection, cache: Arc<KlantCache>, lists: Arc<ListCache>) -> Self {
        let pool = db.get_postgres_connection_pool().clone();
        ListenerTask(tokio::spawn(async move {
            loop {
                match PgListener::connect_with(&pool).await {
                    Ok(mut listener) => {
                        if let Err(e) = listener.listen(INVALIDATION_CHANNEL).await {
                            tracing::warn!(error = %e, "read cache: LISTEN failed; the cache stays off");
                        } else {
                            // Anything read before this point may have missed a notification.
                            cache.flush(true);
                            lists.flush(true);
                            tracing::debug!("read cache: listening for invalidations");
                            while let Ok(Some(n)) = listener.try_recv().await {
                                cache.invalidate(n.payload());
                                lists.changed();
                            }
                            tracing::warn!("read cache: invalidation connection lost; cache off until it is back");
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "read cache: cannot connect the invalidation listener"),
                }
                cache.flush(false);
                lists.flush(false);
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }))
    }
}
