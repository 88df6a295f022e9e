//! Notifications to the Notificaties API through an outbox (conformance-policy.md, deviation 9): the store writes
//! the row in the transaction of the change; a worker delivers it after commit.
pub mod message;
