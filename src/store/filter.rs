//! The filter values of one list request and their SQL condition. The filters themselves come from openapi.yaml
//! ([`FILTERS`]): each matches one column of the klant row ([`super::layout`]) by exact, case-sensitive equality,
//! and filters are AND-ed. Every condition carries the term of the column's partial index (`column <> ''`,
//! [`super::sync`]), so that both databases use it from the query text alone; a filter value is never empty, so
//! the term changes no result.
use sea_orm::Value;

use crate::domain::description::FILTERS;

/// The filter values of one list request: `values[i]` belongs to `FILTERS[i]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KlantFilter {
    values: Vec<Option<String>>,
}

impl Default for KlantFilter {
    fn default() -> Self {
        KlantFilter { values: vec![None; FILTERS.len()] }
    }
}

impl KlantFilter {
    /// Sets the value of the filter named `parameter` (an OAS parameter name); `false` when there is no such filter.
    pub fn set(&mut self, parameter: &str, value: impl Into<String>) -> bool {
        match FILTERS.iter().position(|f| f.parameter == parameter) {
            Some(i) => {
                self.values[i] = Some(value.into());
                true
            }
            None => false,
        }
    }

    /// Sets the value of `FILTERS[index]`.
    pub fn set_index(&mut self, index: usize, value: impl Into<String>) {
        self.values[index] = Some(value.into());
    }

    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none)
    }

    /// The SQL condition on `klant` (`1 = 1` when there are no filters) and its values, numbered from `$first`.
    pub fn condition(&self, first: usize) -> (String, Vec<Value>) {
        let mut parts: Vec<String> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        for (f, v) in FILTERS.iter().zip(&self.values) {
            if let Some(v) = v {
                values.push(v.clone().into());
                let n = first + values.len() - 1;
                let column = format!("klant.\"{}\"", f.column);
                parts.push(format!("{column} = ${n} AND {column} {}", migration::NON_EMPTY));
            }
        }
        if parts.is_empty() {
            ("1 = 1".into(), values)
        } else {
            (parts.join(" AND "), values)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_filter_is_a_term_on_its_column() {
        let mut f = KlantFilter::default();
        assert_eq!(f.condition(1).0, "1 = 1");
        assert!(f.set("achternaam", "Jansen"));
        assert!(f.set("adres__postcode", "1234AB"));
        assert!(f.set("subjectVestiging__vestigingsNummer", "1"));
        assert!(!f.set("page", "1"));
        let (sql, values) = f.condition(3);
        assert_eq!(
            sql,
            "klant.\"achternaam\" = $3 AND klant.\"achternaam\" <> '' AND klant.\"adres__postcode\" = $4 AND \
             klant.\"adres__postcode\" <> '' AND klant.\"subject_vestiging__vestigings_nummer\" = $5 AND \
             klant.\"subject_vestiging__vestigings_nummer\" <> ''"
        );
        assert_eq!(values.len(), 3);
    }
}
