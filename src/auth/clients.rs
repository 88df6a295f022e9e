//! The clients file: who may call the API, with which secret, and with which rights.
//!
//! This replaces the reference's `JWTSecret` table (the secret of a `client_id`) and its `Applicatie` table (the
//! rights of a client) with a TOML file read once at start-up:
//!
//! ```toml
//! [[client]]
//! id = "mijn-app"
//! secret = "…"
//! scopes = ["klanten.lezen", "klanten.aanmaken"]   # or: all = true
//!
//! [[client]]
//! id = "via-ac"        # neither `scopes` nor `all`: rights come from the Autorisaties API
//! secret = "…"
//! ```
//!
//! Every problem is reported with the file, the line and what is wrong, and never with a secret:
//! error texts are built here from key names only, never from values, and the TOML parser's
//! own rendering (which quotes the offending line) is not used.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::{Spanned, Table, Value};

use super::config_error::AuthConfigError;
use super::grants::{Grants, KNOWN_SCOPES};

/// Where a client's rights come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ClientRights {
    /// `scopes = [...]` or `all = true` in the file.
    Local(Grants),
    /// Neither given: asked from the Autorisaties API.
    FromAc,
}

/// One `[[client]]` table. Deliberately not `Debug`: it holds the secret.
pub(crate) struct Client {
    pub id: String,
    pub secret: Vec<u8>,
    pub rights: ClientRights,
    /// [`super::local_applicatie_id`] of `id`, made once.
    pub applicatie_id: String,
    /// 1-based line of the `[[client]]` header, for start-up messages (0 when unknown).
    pub line: usize,
}

const ENTRY_KEYS: [&str; 4] = ["id", "secret", "scopes", "all"];

/// Reads and validates the clients file at `path`.
pub(crate) fn load(path: &Path) -> Result<Vec<Client>, AuthConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|source| AuthConfigError::ClientsFileUnreadable { path: path.to_path_buf(), source })?;
    warn_if_world_readable(path);
    parse(&text).map_err(|problem| AuthConfigError::ClientsFile { path: path.to_path_buf(), problem })
}

#[cfg(unix)]
fn warn_if_world_readable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.permissions().mode() & 0o004 != 0 {
            tracing::warn!(
                path = %path.display(),
                "the clients file holds secrets but is readable by every user (consider chmod 600)"
            );
        }
    }
}

#[cfg(not(unix))]
fn warn_if_world_readable(_path: &Path) {}

/// Positions of one `[[client]]` table and its keys, from a second, span-aware parse.
#[derive(Deserialize, Default)]
struct EntrySpans {
    id: Option<Spanned<Value>>,
    secret: Option<Spanned<Value>>,
    scopes: Option<Spanned<Value>>,
    all: Option<Spanned<Value>>,
}

#[derive(Deserialize)]
struct SpanDoc {
    #[serde(default)]
    client: Vec<Spanned<EntrySpans>>,
}

/// Maps byte offsets to line numbers and names entries in messages.
struct Locator<'a> {
    text: &'a str,
    spans: Vec<Spanned<EntrySpans>>,
}

impl Locator<'_> {
    fn line(&self, span: Range<usize>) -> usize {
        let end = span.start.min(self.text.len());
        self.text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
    }

    fn entry_line(&self, index: usize) -> usize {
        self.spans.get(index).map_or(0, |s| self.line(s.span()))
    }

    /// Line of `key` in entry `index`, else of the entry itself.
    fn key_line(&self, index: usize, key: &str) -> usize {
        let Some(entry) = self.spans.get(index) else {
            return 0;
        };
        let e = entry.get_ref();
        let spanned = match key {
            "id" => e.id.as_ref(),
            "secret" => e.secret.as_ref(),
            "scopes" => e.scopes.as_ref(),
            "all" => e.all.as_ref(),
            _ => None,
        };
        spanned.map_or_else(|| self.entry_line(index), |s| self.line(s.span()))
    }
}

fn at(line: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!("line {line}: ")
    }
}

/// Parses and validates the text of a clients file (messages without the file name).
pub(crate) fn parse(text: &str) -> Result<Vec<Client>, String> {
    let table: Table = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map_or(0, |s| text.as_bytes()[..s.start.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1);
        format!("{}invalid TOML: {}", at(line), e.message().trim_end())
    })?;
    let spans = toml::from_str::<SpanDoc>(text).map(|d| d.client).unwrap_or_default();
    let loc = Locator { text, spans };

    if let Some(key) = table.keys().find(|k| k.as_str() != "client") {
        return Err(format!("unknown top-level key `{key}`; expected only [[client]] tables"));
    }
    let entries = match table.get("client") {
        None => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err("`client` must be an array of tables: write each client as a [[client]] table".to_string())
        }
    };

    let mut clients: Vec<Client> = Vec::with_capacity(entries.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let client = parse_entry(entry, index, &loc)?;
        if let Some(first) = seen.get(&client.id) {
            return Err(format!(
                "{}client '{}' is defined more than once (first at line {first}); client ids must be unique",
                at(client.line),
                client.id
            ));
        }
        seen.insert(client.id.clone(), client.line);
        clients.push(client);
    }
    Ok(clients)
}

fn parse_entry(entry: &Value, index: usize, loc: &Locator<'_>) -> Result<Client, String> {
    let line = loc.entry_line(index);
    let Value::Table(t) = entry else {
        return Err(format!("{}client #{}: each client must be a [[client]] table", at(line), index + 1));
    };
    let who = |id: Option<&str>| match id {
        Some(id) => format!("client '{id}'"),
        None => format!("client #{}", index + 1),
    };
    let err = |key: &str, id: Option<&str>, what: &str| format!("{}{}: {what}", at(loc.key_line(index, key)), who(id));

    if let Some(key) = t.keys().find(|k| !ENTRY_KEYS.contains(&k.as_str())) {
        return Err(format!(
            "{}{}: unknown key `{key}`; expected id, secret, scopes or all",
            at(line),
            who(t.get("id").and_then(Value::as_str))
        ));
    }

    let id = match t.get("id") {
        None => return Err(err("id", None, "`id` is missing")),
        Some(Value::String(s)) if s.trim().is_empty() => return Err(err("id", None, "`id` is empty")),
        Some(Value::String(s)) if s.trim() != s => {
            return Err(err("id", None, "`id` has leading or trailing whitespace"))
        }
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(err("id", None, "`id` must be a string")),
    };
    let id_ref = Some(id.as_str());

    let secret = match t.get("secret") {
        None => return Err(err("secret", id_ref, "`secret` is missing")),
        Some(Value::String(s)) if s.is_empty() => return Err(err("secret", id_ref, "`secret` is empty")),
        Some(Value::String(s)) => s.as_bytes().to_vec(),
        Some(_) => return Err(err("secret", id_ref, "`secret` must be a string")),
    };

    let all = match t.get("all") {
        None => false,
        Some(Value::Boolean(b)) => *b,
        Some(_) => return Err(err("all", id_ref, "`all` must be true or false")),
    };

    let scopes = match t.get("scopes") {
        None => None,
        Some(Value::Array(items)) => {
            let mut set = BTreeSet::new();
            for item in items {
                let Value::String(s) = item else {
                    return Err(err("scopes", id_ref, "`scopes` must be a list of strings"));
                };
                if !KNOWN_SCOPES.contains(&s.as_str()) {
                    return Err(err(
                        "scopes",
                        id_ref,
                        &format!("unknown scope {s:?}; valid scopes are {}", KNOWN_SCOPES.join(", ")),
                    ));
                }
                set.insert(s.clone());
            }
            Some(set)
        }
        Some(_) => return Err(err("scopes", id_ref, "`scopes` must be a list of strings")),
    };

    let rights = match (all, scopes) {
        (true, Some(_)) => return Err(err("all", id_ref, "give either `scopes` or `all = true`, not both")),
        (true, None) => ClientRights::Local(Grants::All),
        (false, Some(set)) => ClientRights::Local(Grants::Scopes(set)),
        (false, None) => ClientRights::FromAc,
    };

    Ok(Client { applicatie_id: super::local_applicatie_id(&id), id, secret, rights, line })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match parse(text) {
            Ok(_) => panic!("expected an error for {text:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn valid_file() {
        let clients = parse(
            r#"
# comment
[[client]]
id = "a"
secret = "sa"
scopes = ["klanten.lezen", "audittrails.lezen", "klanten.lezen"]

[[client]]
id = "b"
secret = "sb"
all = true

[[client]]
id = "c"
secret = "sc"

[[client]]
id = "d"
secret = "sd"
all = false
scopes = []
"#,
        )
        .unwrap();
        assert_eq!(clients.len(), 4);
        assert_eq!(clients[0].id, "a");
        assert_eq!(clients[0].secret, b"sa");
        assert_eq!(clients[0].line, 3);
        assert_eq!(
            clients[0].rights,
            ClientRights::Local(Grants::Scopes(
                ["audittrails.lezen", "klanten.lezen"].iter().map(|s| s.to_string()).collect()
            ))
        );
        assert_eq!(clients[1].rights, ClientRights::Local(Grants::All));
        assert_eq!(clients[1].line, 8);
        assert_eq!(clients[2].rights, ClientRights::FromAc);
        assert_eq!(clients[3].rights, ClientRights::Local(Grants::Scopes(BTreeSet::new())));
    }

    #[test]
    fn empty_file_has_no_clients() {
        assert!(parse("").unwrap().is_empty());
        assert!(parse("# nothing yet\n").unwrap().is_empty());
    }

    #[test]
    fn errors_name_line_and_problem_but_not_the_secret() {
        let cases: &[(&str, &str)] = &[
            ("[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\n", "line 3: invalid TOML"),
            ("[[client]\n", "line 1: invalid TOML"),
            (
                "[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\nscopes = [\"klanten.lezen\"]\nall = true\n",
                "line 5: client 'a': give either `scopes` or `all = true`, not both",
            ),
            (
                "[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\nscopes = [\"klanten.lees\"]\n",
                "line 4: client 'a': unknown scope \"klanten.lees\"",
            ),
            (
                "[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\n\n[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\n",
                "line 5: client 'a' is defined more than once (first at line 1)",
            ),
            ("[[client]]\nid = \"\"\nsecret = \"TOPSECRET\"\n", "line 2: client #1: `id` is empty"),
            ("[[client]]\nid = \" a\"\nsecret = \"TOPSECRET\"\n", "leading or trailing whitespace"),
            ("[[client]]\nsecret = \"TOPSECRET\"\n", "line 1: client #1: `id` is missing"),
            ("[[client]]\nid = 7\nsecret = \"TOPSECRET\"\n", "line 2: client #1: `id` must be a string"),
            ("[[client]]\nid = \"a\"\nsecret = \"\"\n", "line 3: client 'a': `secret` is empty"),
            ("[[client]]\nid = \"a\"\n", "client 'a': `secret` is missing"),
            ("[[client]]\nid = \"a\"\nsecret = 12345\n", "line 3: client 'a': `secret` must be a string"),
            (
                "[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\nall = \"yes\"\n",
                "line 4: client 'a': `all` must be true or false",
            ),
            (
                "[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\nscopes = \"klanten.lezen\"\n",
                "`scopes` must be a list of strings",
            ),
            ("[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\nscopes = [1]\n", "`scopes` must be a list of strings"),
            (
                "[[client]]\nid = \"a\"\nsecret = \"TOPSECRET\"\nscope = [\"klanten.lezen\"]\n",
                "line 1: client 'a': unknown key `scope`",
            ),
            ("[[clients]]\nid = \"a\"\nsecret = \"TOPSECRET\"\n", "unknown top-level key `clients`"),
            ("[client]\nid = \"a\"\nsecret = \"TOPSECRET\"\n", "[[client]] table"),
            ("client = \"TOPSECRET\"\n", "[[client]] table"),
            ("client = [1]\n", "client #1: each client must be a [[client]] table"),
        ];
        for (text, want) in cases {
            let e = err(text);
            assert!(e.contains(want), "{text:?}\n  got:  {e}\n  want: {want}");
            assert!(!e.contains("TOPSECRET"), "secret leaked: {e}");
            assert!(!e.contains("12345"), "secret leaked: {e}");
        }
    }

    #[test]
    fn load_reports_missing_file_with_path() {
        let e = match load(Path::new("/nonexistent/dir/clients.toml")) {
            Ok(_) => panic!("expected an error"),
            Err(e) => e,
        };
        assert!(matches!(e, AuthConfigError::ClientsFileUnreadable { .. }), "{e:?}");
        let e = e.to_string();
        assert!(e.contains("/nonexistent/dir/clients.toml"), "{e}");
        assert!(e.contains("cannot read clients file"), "{e}");
    }
}
