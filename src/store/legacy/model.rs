//! The klant of the first schema (a klant row with one row per nested object) and its representation, as the
//! backfill renders it.
use serde_json::{json, Map, Value};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Klant {
    pub uuid: String,
    pub bronorganisatie: String,
    pub klantnummer: String,
    pub bedrijfsnaam: String,
    pub functie: String,
    pub website_url: String,
    pub voornaam: String,
    pub voorvoegsel_achternaam: String,
    pub achternaam: String,
    pub telefoonnummer: String,
    pub emailadres: String,
    pub subject: String,
    pub subject_type: Option<String>,
    pub adres: Option<Adres>,
    pub natuurlijk_persoon: Option<NatuurlijkPersoon>,
    pub niet_natuurlijk_persoon: Option<NietNatuurlijkPersoon>,
    pub vestiging: Option<Vestiging>,
    /// The identificatie's `verblijfsadres` (natuurlijk_persoon and vestiging).
    pub verblijfsadres: Option<Verblijfsadres>,
    /// The identificatie's `subVerblijfBuitenland` (all three types).
    pub sub_verblijf_buitenland: Option<SubVerblijfBuitenland>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Adres {
    pub straatnaam: String,
    pub huisnummer: Option<i32>,
    pub huisletter: String,
    pub huisnummertoevoeging: String,
    pub postcode: String,
    pub woonplaatsnaam: String,
    pub landcode: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NatuurlijkPersoon {
    pub inp_bsn: String,
    pub anp_identificatie: String,
    pub inp_a_nummer: String,
    pub geslachtsnaam: String,
    pub voorvoegsel_geslachtsnaam: String,
    pub voorletters: String,
    pub voornamen: String,
    pub geslachtsaanduiding: String,
    pub geboortedatum: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NietNatuurlijkPersoon {
    pub inn_nnp_id: String,
    pub ann_identificatie: String,
    pub statutaire_naam: String,
    pub inn_rechtsvorm: String,
    pub bezoekadres: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vestiging {
    pub vestigings_nummer: String,
    pub handelsnaam: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verblijfsadres {
    pub aoa_identificatie: String,
    pub wpl_woonplaats_naam: String,
    pub gor_openbare_ruimte_naam: String,
    pub aoa_postcode: String,
    pub aoa_huisnummer: Option<i32>,
    pub aoa_huisletter: String,
    pub aoa_huisnummertoevoeging: String,
    pub inp_locatiebeschrijving: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SubVerblijfBuitenland {
    pub lnd_landcode: String,
    pub lnd_landnaam: String,
    pub sub_adres_buitenland_1: String,
    pub sub_adres_buitenland_2: String,
    pub sub_adres_buitenland_3: String,
}

/// The URL of a klant under a base URL.
pub fn klant_url(base_url: &str, uuid: &str) -> String {
    format!("{base_url}{}{uuid}", crate::domain::description::KLANT_PATH)
}

impl Klant {
    /// The representation of a klant, key for key in the reference's order.
    pub fn to_json(&self, base_url: &str) -> Value {
        // the pattern names every field, so none is left unrendered (these tables never change: their schema is
        // the first one's, and the reference's)
        let Klant {
            uuid,
            bronorganisatie,
            klantnummer,
            bedrijfsnaam,
            functie,
            website_url,
            voornaam,
            voorvoegsel_achternaam,
            achternaam,
            telefoonnummer,
            emailadres,
            subject,
            subject_type,
            adres,
            // in `subjectIdentificatie`
            natuurlijk_persoon: _,
            niet_natuurlijk_persoon: _,
            vestiging: _,
            verblijfsadres: _,
            sub_verblijf_buitenland: _,
        } = self;
        let mut m = Map::with_capacity(16);
        m.insert("url".into(), klant_url(base_url, uuid).into());
        m.insert("bronorganisatie".into(), bronorganisatie.clone().into());
        m.insert("klantnummer".into(), klantnummer.clone().into());
        m.insert("bedrijfsnaam".into(), bedrijfsnaam.clone().into());
        m.insert("functie".into(), functie.clone().into());
        m.insert("websiteUrl".into(), website_url.clone().into());
        m.insert("voornaam".into(), voornaam.clone().into());
        m.insert("voorvoegselAchternaam".into(), voorvoegsel_achternaam.clone().into());
        m.insert("achternaam".into(), achternaam.clone().into());
        m.insert("telefoonnummer".into(), telefoonnummer.clone().into());
        m.insert("emailadres".into(), emailadres.clone().into());
        m.insert("adres".into(), adres.as_ref().map_or(Value::Null, Adres::to_json));
        m.insert("subject".into(), subject.clone().into());
        m.insert("subjectType".into(), subject_type.clone().map_or(Value::Null, Value::String));
        if let Some(ident) = self.identificatie_json() {
            m.insert("subjectIdentificatie".into(), ident);
        }
        Value::Object(m)
    }

    /// The klant's `subjectIdentificatie`: for a klant of a subject type its row of that type (`null` without
    /// one) with the addresses that go with it; `None` (the key is left out) for a klant without a subject type.
    pub fn identificatie_json(&self) -> Option<Value> {
        let ident = match self.subject_type.as_deref() {
            Some("natuurlijk_persoon") => self.natuurlijk_persoon.as_ref().map(|np| self.np_json(np)),
            Some("niet_natuurlijk_persoon") => self.niet_natuurlijk_persoon.as_ref().map(|nnp| self.nnp_json(nnp)),
            Some("vestiging") => self.vestiging.as_ref().map(|v| self.vestiging_json(v)),
            _ => return None,
        };
        Some(ident.unwrap_or(Value::Null))
    }

    fn verblijfsadres_json(&self) -> Value {
        self.verblijfsadres.as_ref().map_or(Value::Null, |a| {
            let Verblijfsadres {
                aoa_identificatie,
                wpl_woonplaats_naam,
                gor_openbare_ruimte_naam,
                aoa_postcode,
                aoa_huisnummer,
                aoa_huisletter,
                aoa_huisnummertoevoeging,
                inp_locatiebeschrijving,
            } = a;
            json!({
                "aoaIdentificatie": aoa_identificatie,
                "wplWoonplaatsNaam": wpl_woonplaats_naam,
                "gorOpenbareRuimteNaam": gor_openbare_ruimte_naam,
                "aoaPostcode": aoa_postcode,
                "aoaHuisnummer": aoa_huisnummer,
                "aoaHuisletter": aoa_huisletter,
                "aoaHuisnummertoevoeging": aoa_huisnummertoevoeging,
                "inpLocatiebeschrijving": inp_locatiebeschrijving,
            })
        })
    }

    fn sub_verblijf_buitenland_json(&self) -> Value {
        self.sub_verblijf_buitenland.as_ref().map_or(Value::Null, |s| {
            let SubVerblijfBuitenland {
                lnd_landcode,
                lnd_landnaam,
                sub_adres_buitenland_1,
                sub_adres_buitenland_2,
                sub_adres_buitenland_3,
            } = s;
            json!({
                "lndLandcode": lnd_landcode,
                "lndLandnaam": lnd_landnaam,
                "subAdresBuitenland1": sub_adres_buitenland_1,
                "subAdresBuitenland2": sub_adres_buitenland_2,
                "subAdresBuitenland3": sub_adres_buitenland_3,
            })
        })
    }

    fn np_json(&self, np: &NatuurlijkPersoon) -> Value {
        let NatuurlijkPersoon {
            inp_bsn,
            anp_identificatie,
            inp_a_nummer,
            geslachtsnaam,
            voorvoegsel_geslachtsnaam,
            voorletters,
            voornamen,
            geslachtsaanduiding,
            geboortedatum,
        } = np;
        json!({
            "inpBsn": inp_bsn,
            "anpIdentificatie": anp_identificatie,
            "inpANummer": inp_a_nummer,
            "geslachtsnaam": geslachtsnaam,
            "voorvoegselGeslachtsnaam": voorvoegsel_geslachtsnaam,
            "voorletters": voorletters,
            "voornamen": voornamen,
            "geslachtsaanduiding": geslachtsaanduiding,
            "geboortedatum": geboortedatum,
            "verblijfsadres": self.verblijfsadres_json(),
            "subVerblijfBuitenland": self.sub_verblijf_buitenland_json(),
        })
    }

    fn nnp_json(&self, nnp: &NietNatuurlijkPersoon) -> Value {
        let NietNatuurlijkPersoon { inn_nnp_id, ann_identificatie, statutaire_naam, inn_rechtsvorm, bezoekadres } = nnp;
        json!({
            "innNnpId": inn_nnp_id,
            "annIdentificatie": ann_identificatie,
            "statutaireNaam": statutaire_naam,
            "innRechtsvorm": inn_rechtsvorm,
            "bezoekadres": bezoekadres,
            "subVerblijfBuitenland": self.sub_verblijf_buitenland_json(),
        })
    }

    fn vestiging_json(&self, v: &Vestiging) -> Value {
        let Vestiging { vestigings_nummer, handelsnaam } = v;
        json!({
            "vestigingsNummer": vestigings_nummer,
            "handelsnaam": handelsnaam,
            "verblijfsadres": self.verblijfsadres_json(),
            "subVerblijfBuitenland": self.sub_verblijf_buitenland_json(),
        })
    }
}

impl Adres {
    fn to_json(&self) -> Value {
        let Adres { straatnaam, huisnummer, huisletter, huisnummertoevoeging, postcode, woonplaatsnaam, landcode } =
            self;
        json!({
            "straatnaam": straatnaam,
            "huisnummer": huisnummer,
            "huisletter": huisletter,
            "huisnummertoevoeging": huisnummertoevoeging,
            "postcode": postcode,
            "woonplaatsnaam": woonplaatsnaam,
            "landcode": landcode,
        })
    }
}

/// The representation of `k` with a base-relative `url`.
pub fn render(k: &Klant) -> String {
    crate::domain::representation::escape_line_separators(serde_json::to_string(&k.to_json("")).unwrap_or_default())
}
