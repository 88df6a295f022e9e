//! The statements of a write that need no answer, sent to the database in one go: one round trip (PostgreSQL) or
//! one hand-over to the thread that runs SQLite, instead of one per statement.
//!
//! Two forms. As text ([`Batch::new`]): the values inlined by sea-query's own quoting for the backend, never by
//! string formatting, sent as one script ([`Batch::into_sql`]: the PostgreSQL writer's transactions, see
//! [`super::pg_script`], and the counts of `klanten seed`). As steps
//! ([`Batch::bound_sqlite`], the SQLite writer): each statement with `?` placeholders and its values, the rows of
//! an insert as plain values ([`TableRows`]), for the writer's own connection to bind to statements it prepared
//! once ([`super::sqlite_script`]).
//!
//! Why: a profile of PATCH on SQLite (perf, one client) showed about 60% of the server's time in the kernel's
//! task switching, some 26 context switches per request: every statement is a message to sqlx's SQLite worker
//! thread and back. Fewer hand-overs per write is what makes writes faster; group commit (`group`) builds one
//! batch for all the writes of a group.
use sea_orm::sea_query::{PostgresQueryBuilder, QueryStatementWriter, SqliteQueryBuilder};
use sea_orm::{ActiveModelTrait, DbBackend, EntityTrait, QueryTrait};

use super::rows::TableRows;
use super::sqlite_script::Step;

pub struct Batch {
    backend: DbBackend,
    form: Form,
    /// Statements in the text form.
    statements: usize,
}

enum Form {
    Text(String),
    Steps(Vec<Step>),
}

impl Batch {
    /// Statements as one text for `backend`.
    pub fn new(backend: DbBackend) -> Self {
        Batch { backend, form: Form::Text(String::with_capacity(4096)), statements: 0 }
    }

    /// Statements as steps for the SQLite writer's connection.
    pub(super) fn bound_sqlite() -> Self {
        Batch { backend: DbBackend::Sqlite, form: Form::Steps(Vec::with_capacity(32)), statements: 0 }
    }

    /// Adds a sea-orm statement (an insert, update or delete).
    pub fn push<Q: QueryTrait>(&mut self, q: Q)
    where
        Q::QueryStatement: QueryStatementWriter,
    {
        self.push_statement(q.into_query())
    }

    /// Adds a sea-query statement.
    pub fn push_statement<S: QueryStatementWriter>(&mut self, stmt: S) {
        match &mut self.form {
            Form::Steps(steps) => {
                let (sql, values) = stmt.build(SqliteQueryBuilder);
                steps.push(Step::Bound(sql, values.0));
            }
            Form::Text(_) => {
                let text = match self.backend {
                    DbBackend::Postgres => stmt.to_string(PostgresQueryBuilder),
                    _ => stmt.to_string(SqliteQueryBuilder),
                };
                self.push_sql(&text);
            }
        }
    }

    /// Adds the insert of `models` (nothing when there are none): as steps, their values taken out as they are
    /// (every row of a store insert sets the same columns; a batch with one that does not fails as a whole).
    pub fn insert<A: ActiveModelTrait>(&mut self, models: Vec<A>) {
        match &mut self.form {
            Form::Steps(steps) => match TableRows::take(models) {
                Ok(Some(rows)) => steps.push(Step::Rows(rows)),
                Ok(None) => {}
                Err(e) => steps.push(Step::Fail(e)),
            },
            Form::Text(_) if models.is_empty() => {}
            Form::Text(_) => self.push(<A::Entity as EntityTrait>::insert_many(models)),
        }
    }

    /// Adds the insert of `rows` (nothing when there are none).
    pub fn insert_rows(&mut self, rows: TableRows) -> Result<(), String> {
        if rows.values.is_empty() {
            return Ok(());
        }
        match &mut self.form {
            Form::Steps(steps) => steps.push(Step::Rows(rows)),
            Form::Text(_) => self.push_statement(rows.insert_statement()?),
        }
        Ok(())
    }

    /// Adds a statement without parameters.
    pub fn push_sql(&mut self, sql: &str) {
        match &mut self.form {
            Form::Text(text) => {
                if !text.is_empty() {
                    text.push_str(";\n");
                }
                text.push_str(sql);
                self.statements += 1;
            }
            Form::Steps(steps) => steps.push(Step::Sql(sql.to_string())),
        }
    }

    /// How many statements the text form holds (each one of [`Batch::push_sql`]: the PostgreSQL writer counts their
    /// completions to tell whether its `COMMIT` ran, `super::pg_script`).
    pub fn statements(&self) -> usize {
        self.statements
    }

    /// The statements as one text (a batch made by [`Batch::new`]); a batch of steps is refused rather than
    /// turned into text without its values.
    pub fn into_sql(self) -> Result<String, String> {
        match self.form {
            Form::Text(text) => Ok(text),
            Form::Steps(_) => Err("bound SQLite statements have no text form".into()),
        }
    }

    /// The statements as steps (a batch made by [`Batch::bound_sqlite`]; a text batch is one step).
    pub(super) fn into_steps(self) -> Vec<Step> {
        match self.form {
            Form::Steps(steps) => steps,
            Form::Text(text) if text.is_empty() => Vec::new(),
            Form::Text(text) => vec![Step::Sql(text)],
        }
    }
}
