//! The statements of a write that need no answer, sent to the database in one go: one round trip (PostgreSQL) or
//! one hand-over to SQLite's worker thread, instead of one per statement. The values are inlined by sea-query's
//! own quoting for the backend, never by string formatting.
//!
//! Why: a profile of PATCH on SQLite (perf, one client) showed about 60% of the server's time in the kernel's
//! task switching, some 26 context switches per request: every statement is a message to sqlx's SQLite worker
//! thread and back. Fewer statements per write is what makes writes faster; group commit (`group`) builds one
//! batch for all the writes of a group.
use sea_orm::sea_query::{PostgresQueryBuilder, QueryStatementWriter, SqliteQueryBuilder};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, QueryTrait};

pub struct Batch {
    backend: DbBackend,
    sql: String,
}

impl Batch {
    pub fn new(backend: DbBackend) -> Self {
        Batch { backend, sql: String::with_capacity(4096) }
    }

    /// Adds a sea-orm statement (an insert, update or delete).
    pub fn push<Q: QueryTrait>(&mut self, q: Q)
    where
        Q::QueryStatement: QueryStatementWriter,
    {
        let stmt = q.into_query();
        let text = match self.backend {
            DbBackend::Postgres => stmt.to_string(PostgresQueryBuilder),
            _ => stmt.to_string(SqliteQueryBuilder),
        };
        self.push_sql(&text);
    }

    /// Adds a statement without parameters.
    pub fn push_sql(&mut self, sql: &str) {
        if !self.sql.is_empty() {
            self.sql.push_str(";\n");
        }
        self.sql.push_str(sql);
    }

    /// The statements as one text.
    pub fn into_sql(self) -> String {
        self.sql
    }

    pub async fn run<C: ConnectionTrait>(self, db: &C) -> Result<(), DbErr> {
        if !self.sql.is_empty() {
            db.execute_unprepared(&self.sql).await?;
        }
        Ok(())
    }
}
