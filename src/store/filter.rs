//! The 19 filters of `klant_list` (reference-behavior.md §7) as one struct that turns into a query: exact,
//! case-sensitive equality, AND-ed, with inner joins for the related tables.
use sea_orm::{ColumnTrait, JoinType, QueryFilter, QuerySelect, RelationTrait, Select};

use super::entity::*;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KlantFilter {
    pub bronorganisatie: Option<String>,
    pub klantnummer: Option<String>,
    pub bedrijfsnaam: Option<String>,
    pub functie: Option<String>,
    pub achternaam: Option<String>,
    pub telefoonnummer: Option<String>,
    pub emailadres: Option<String>,
    pub adres_straatnaam: Option<String>,
    pub adres_postcode: Option<String>,
    pub adres_woonplaats_naam: Option<String>,
    pub adres_landcode: Option<String>,
    pub subject: Option<String>,
    pub subject_type: Option<String>,
    pub np_inp_bsn: Option<String>,
    pub np_anp_identificatie: Option<String>,
    pub np_inp_a_nummer: Option<String>,
    pub nnp_inn_nnp_id: Option<String>,
    pub nnp_ann_identificatie: Option<String>,
    pub vestiging_vestigings_nummer: Option<String>,
}

impl KlantFilter {
    pub fn apply(&self, mut q: Select<klant::Entity>) -> Select<klant::Entity> {
        use klant::Column as K;
        for (col, v) in [
            (K::Bronorganisatie, &self.bronorganisatie),
            (K::Klantnummer, &self.klantnummer),
            (K::Bedrijfsnaam, &self.bedrijfsnaam),
            (K::Functie, &self.functie),
            (K::Achternaam, &self.achternaam),
            (K::Telefoonnummer, &self.telefoonnummer),
            (K::Emailadres, &self.emailadres),
            (K::Subject, &self.subject),
            (K::SubjectType, &self.subject_type),
        ] {
            if let Some(v) = v {
                q = q.filter(col.eq(v.as_str()));
            }
        }
        let adres = [
            (adres::Column::Straatnaam, &self.adres_straatnaam),
            (adres::Column::Postcode, &self.adres_postcode),
            (adres::Column::Woonplaatsnaam, &self.adres_woonplaats_naam),
            (adres::Column::Landcode, &self.adres_landcode),
        ];
        if adres.iter().any(|(_, v)| v.is_some()) {
            q = q.join(JoinType::InnerJoin, klant::Relation::Adres.def());
            for (col, v) in adres {
                if let Some(v) = v {
                    q = q.filter(col.eq(v.as_str()));
                }
            }
        }
        let np = [
            (natuurlijk_persoon::Column::InpBsn, &self.np_inp_bsn),
            (natuurlijk_persoon::Column::AnpIdentificatie, &self.np_anp_identificatie),
            (natuurlijk_persoon::Column::InpANummer, &self.np_inp_a_nummer),
        ];
        if np.iter().any(|(_, v)| v.is_some()) {
            q = q.join(JoinType::InnerJoin, klant::Relation::NatuurlijkPersoon.def());
            for (col, v) in np {
                if let Some(v) = v {
                    q = q.filter(col.eq(v.as_str()));
                }
            }
        }
        let nnp = [
            (niet_natuurlijk_persoon::Column::InnNnpId, &self.nnp_inn_nnp_id),
            (niet_natuurlijk_persoon::Column::AnnIdentificatie, &self.nnp_ann_identificatie),
        ];
        if nnp.iter().any(|(_, v)| v.is_some()) {
            q = q.join(JoinType::InnerJoin, klant::Relation::NietNatuurlijkPersoon.def());
            for (col, v) in nnp {
                if let Some(v) = v {
                    q = q.filter(col.eq(v.as_str()));
                }
            }
        }
        if let Some(v) = &self.vestiging_vestigings_nummer {
            q = q
                .join(JoinType::InnerJoin, klant::Relation::Vestiging.def())
                .filter(vestiging::Column::VestigingsNummer.eq(v.as_str()));
        }
        q
    }
}
