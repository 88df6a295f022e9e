//! The JSON form of `openapi.yaml`, written to `$OUT_DIR/openapi.json` at build time so that the server publishes
//! the document it was built from in both forms (`http::openapi_document`). The conversion is faithful: mappings keep
//! their key order, scalars keep their YAML type (a key that YAML reads as a number, such as an unquoted status code,
//! becomes its JSON string), and anything JSON cannot hold (an alias, `.nan`, `.inf`) fails the build.
use std::path::Path;

use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

pub fn write(yaml_path: &Path, out: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(yaml_path).map_err(|e| format!("reading {}: {e}", yaml_path.display()))?;
    let docs = YamlLoader::load_from_str(&text).map_err(|e| format!("{}: {e}", yaml_path.display()))?;
    let [doc] = docs.as_slice() else {
        return Err(format!("{}: expected one YAML document, found {}", yaml_path.display(), docs.len()));
    };
    let json = serde_json::to_string(&value(doc, "")?).map_err(|e| e.to_string())?;
    std::fs::write(out, json).map_err(|e| format!("writing {}: {e}", out.display()))
}

fn value(y: &Yaml, at: &str) -> Result<Value, String> {
    Ok(match y {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Integer(i) => Value::Number((*i).into()),
        Yaml::Real(text) => {
            let f: f64 = text.parse().map_err(|_| format!("{at}: the number {text} has no JSON form"))?;
            Value::Number(Number::from_f64(f).ok_or_else(|| format!("{at}: the number {text} has no JSON form"))?)
        }
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Array(items) => Value::Array(
            items.iter().enumerate().map(|(i, v)| value(v, &format!("{at}/{i}"))).collect::<Result<_, _>>()?,
        ),
        Yaml::Hash(map) => {
            let mut out = Map::with_capacity(map.len());
            for (k, v) in map {
                let key = match k {
                    Yaml::String(s) | Yaml::Real(s) => s.clone(),
                    Yaml::Integer(i) => i.to_string(),
                    Yaml::Boolean(b) => b.to_string(),
                    Yaml::Null => "null".into(),
                    other => return Err(format!("{at}: a key of type {other:?} has no JSON form")),
                };
                let v = value(v, &format!("{at}/{key}"))?;
                out.insert(key, v);
            }
            Value::Object(out)
        }
        Yaml::Alias(_) | Yaml::BadValue => return Err(format!("{at}: no JSON form for {y:?}")),
    })
}
