//! Integration tests: the real server on a random port, over HTTP (one binary, as zero-to-production does).
mod helpers;

mod audittrail;
mod authorisation;
mod business_rules;
mod caching;
mod check;
mod concurrency;
mod conformance;
mod conformance_reference;
mod connection_loss;
mod cors_preflight;
mod crash;
mod database_failure;
mod errors;
mod filters;
mod hostile;
mod klant_crud;
mod logs;
mod migration;
mod notifications;
mod openapi_document;
mod pagination;
mod previous_release;
mod reference_reading;
mod robustness;
mod validation;
