//! The 19 filters of `klant_list`, written once: their names (the reference's snake_case name and the OAS name)
//! and the indexed column each one matches. A filter is exact, case-sensitive equality; filters are AND-ed. A
//! filter on a nested table is a semi-join on that table's `(column, klant_id)` index, so its plan does not
//! depend on table statistics.
use sea_orm::Value;

/// The table a filter column lives in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    Klant,
    Adres,
    NatuurlijkPersoon,
    NietNatuurlijkPersoon,
    Vestiging,
}

impl Table {
    pub fn name(self) -> &'static str {
        match self {
            Table::Klant => "klant",
            Table::Adres => "adres",
            Table::NatuurlijkPersoon => "natuurlijk_persoon",
            Table::NietNatuurlijkPersoon => "niet_natuurlijk_persoon",
            Table::Vestiging => "vestiging",
        }
    }
}

pub struct FilterDef {
    /// The name as the reference normalises a query parameter (snake_case).
    pub snake: &'static str,
    /// The OAS parameter name.
    pub oas: &'static str,
    pub table: Table,
    pub column: &'static str,
}

const fn f(snake: &'static str, oas: &'static str, table: Table, column: &'static str) -> FilterDef {
    FilterDef { snake, oas, table, column }
}

/// Every filter of `klant_list`, in the OAS's order.
pub const FILTERS: [FilterDef; 19] = [
    f("bronorganisatie", "bronorganisatie", Table::Klant, "bronorganisatie"),
    f("klantnummer", "klantnummer", Table::Klant, "klantnummer"),
    f("bedrijfsnaam", "bedrijfsnaam", Table::Klant, "bedrijfsnaam"),
    f("functie", "functie", Table::Klant, "functie"),
    f("achternaam", "achternaam", Table::Klant, "achternaam"),
    f("telefoonnummer", "telefoonnummer", Table::Klant, "telefoonnummer"),
    f("emailadres", "emailadres", Table::Klant, "emailadres"),
    f("adres__straatnaam", "adres__straatnaam", Table::Adres, "straatnaam"),
    f("adres__postcode", "adres__postcode", Table::Adres, "postcode"),
    f("adres__woonplaats_naam", "adres__woonplaatsNaam", Table::Adres, "woonplaatsnaam"),
    f("adres__landcode", "adres__landcode", Table::Adres, "landcode"),
    f("subject", "subject", Table::Klant, "subject"),
    f("subject_type", "subjectType", Table::Klant, "subject_type"),
    f("subject_natuurlijk_persoon__inp_bsn", "subjectNatuurlijkPersoon__inpBsn", Table::NatuurlijkPersoon, "inp_bsn"),
    f(
        "subject_natuurlijk_persoon__anp_identificatie",
        "subjectNatuurlijkPersoon__anpIdentificatie",
        Table::NatuurlijkPersoon,
        "anp_identificatie",
    ),
    f(
        "subject_natuurlijk_persoon__inp_a_nummer",
        "subjectNatuurlijkPersoon__inpA_nummer",
        Table::NatuurlijkPersoon,
        "inp_a_nummer",
    ),
    f(
        "subject_niet_natuurlijk_persoon__inn_nnp_id",
        "subjectNietNatuurlijkPersoon__innNnpId",
        Table::NietNatuurlijkPersoon,
        "inn_nnp_id",
    ),
    f(
        "subject_niet_natuurlijk_persoon__ann_identificatie",
        "subjectNietNatuurlijkPersoon__annIdentificatie",
        Table::NietNatuurlijkPersoon,
        "ann_identificatie",
    ),
    f(
        "subject_vestiging__vestigings_nummer",
        "subjectVestiging__vestigingsNummer",
        Table::Vestiging,
        "vestigings_nummer",
    ),
];

/// The (table, column) pairs that need an index for the filters, as `migrations/` creates them.
pub fn indexed_columns() -> impl Iterator<Item = (&'static str, &'static str)> {
    FILTERS.iter().map(|d| (d.table.name(), d.column))
}

/// The filter values of one list request: `values[i]` belongs to `FILTERS[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KlantFilter {
    values: [Option<String>; 19],
}

impl KlantFilter {
    /// Sets the value of the filter named `oas` (an OAS parameter name); `false` when there is no such filter.
    pub fn set(&mut self, oas: &str, value: impl Into<String>) -> bool {
        match FILTERS.iter().position(|d| d.oas == oas) {
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

    /// The SQL condition on `klant` (`TRUE` when there are no filters) and its values, numbered from `$first`.
    pub fn condition(&self, first: usize) -> (String, Vec<Value>) {
        let mut parts: Vec<String> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        for table in
            [Table::Klant, Table::Adres, Table::NatuurlijkPersoon, Table::NietNatuurlijkPersoon, Table::Vestiging]
        {
            let mut conds = Vec::new();
            for (def, v) in FILTERS.iter().zip(&self.values) {
                if let (true, Some(v)) = (def.table == table, v) {
                    values.push(v.clone().into());
                    let n = first + values.len() - 1;
                    let column =
                        if table == Table::Klant { format!("klant.{}", def.column) } else { def.column.into() };
                    // the term that lets the partial filter index answer (`migration::NON_EMPTY`): a filter
                    // value is never empty, so it changes no result
                    conds.push(format!("{column} = ${n} AND {column} {}", migration::NON_EMPTY));
                }
            }
            if conds.is_empty() {
                continue;
            }
            let conds = conds.join(" AND ");
            parts.push(match table {
                Table::Klant => conds,
                other => format!("klant.id IN (SELECT klant_id FROM {} WHERE {conds})", other.name()),
            });
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
    fn conditions_per_table() {
        let mut f = KlantFilter::default();
        assert_eq!(f.condition(1).0, "1 = 1");
        assert!(f.set("achternaam", "Jansen"));
        assert!(f.set("adres__postcode", "1234AB"));
        assert!(f.set("adres__landcode", "NL"));
        assert!(f.set("subjectVestiging__vestigingsNummer", "1"));
        assert!(!f.set("page", "1"));
        let (sql, values) = f.condition(1);
        assert_eq!(
            sql,
            "klant.achternaam = $1 AND klant.achternaam <> '' AND klant.id IN (SELECT klant_id FROM adres \
             WHERE postcode = $2 AND postcode <> '' AND landcode = $3 AND landcode <> '') AND klant.id IN \
             (SELECT klant_id FROM vestiging WHERE vestigings_nummer = $4 AND vestigings_nummer <> '')"
        );
        assert_eq!(values.len(), 4);
    }
}
