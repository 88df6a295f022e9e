//! The store's rows of a klant as today's schema has them (the klant row and its nested tables), and the klant
//! type those rows are made from. This is the store's own business: the rest of the server knows the klant only as
//! openapi.yaml describes it (`crate::domain::description::Klant`); [`from_description`] and [`to_description`]
//! convert at the store's boundary through the representation, which both render key for key the same.
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Adres {
    pub straatnaam: String,
    pub huisnummer: Option<i32>,
    pub huisletter: String,
    pub huisnummertoevoeging: String,
    pub postcode: String,
    pub woonplaatsnaam: String,
    pub landcode: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NietNatuurlijkPersoon {
    pub inn_nnp_id: String,
    pub ann_identificatie: String,
    pub statutaire_naam: String,
    pub inn_rechtsvorm: String,
    pub bezoekadres: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Vestiging {
    pub vestigings_nummer: String,
    pub handelsnaam: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
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
    /// The audit `resourceWeergave`, as the reference writes it: `"{bronorganisatie} - {klantnummer}"`.
    pub fn unique_representation(&self) -> String {
        format!("{} - {}", self.bronorganisatie, self.klantnummer)
    }

    /// Whether a typed identificatie row exists for the stored `subjectType` (the reference's
    /// `subject_identificatie` property, without its crash on a NULL type).
    pub fn has_identificatie(&self) -> bool {
        match self.subject_type.as_deref() {
            Some("natuurlijk_persoon") => self.natuurlijk_persoon.is_some(),
            Some("niet_natuurlijk_persoon") => self.niet_natuurlijk_persoon.is_some(),
            Some("vestiging") => self.vestiging.is_some(),
            _ => false,
        }
    }

    /// The representation of a klant, key for key in the reference's order.
    pub fn to_json(&self, base_url: &str) -> Value {
        // Fails to compile when a field was added to the domain Klant (a property was added to openapi.yaml): render
        // it under its OAS name, where openapi.yaml lists it (README, "Changing openapi.yaml").
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
            // Fails to compile when a field was added to the domain Verblijfsadres: render it under its OAS name
            // (README, "Changing openapi.yaml").
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
            // Fails to compile when a field was added to the domain SubVerblijfBuitenland: render it under its OAS name
            // (README, "Changing openapi.yaml").
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
        // Fails to compile when a field was added to the domain NatuurlijkPersoon: render it under its OAS name
        // (README, "Changing openapi.yaml").
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
        // Fails to compile when a field was added to the domain NietNatuurlijkPersoon: render it under its OAS name
        // (README, "Changing openapi.yaml").
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
        // Fails to compile when a field was added to the domain Vestiging: render it under its OAS name
        // (README, "Changing openapi.yaml").
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
        // Fails to compile when a field was added to the domain Adres: render it under its OAS name
        // (README, "Changing openapi.yaml").
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

/// The internal form of a klant: a snake_case map shaped like a request body after the reference's input rule
/// (see `crate::domain::validation::snake_case`), without `url`. Updates merge validated input onto this form (see
/// `crate::domain::validation::merge`), then it is read back.
impl Klant {
    pub fn to_internal(&self) -> Map<String, Value> {
        let Value::Object(mut m) = serde_json::to_value(self).unwrap_or_default() else {
            return Map::new();
        };
        m.remove("uuid");
        let np = m.remove("natuurlijk_persoon");
        let nnp = m.remove("niet_natuurlijk_persoon");
        let v = m.remove("vestiging");
        let verblijfsadres = m.remove("verblijfsadres").unwrap_or(Value::Null);
        let svb = m.remove("sub_verblijf_buitenland").unwrap_or(Value::Null);
        let (ident, has_verblijfsadres) = match self.subject_type.as_deref() {
            Some("natuurlijk_persoon") => (np, true),
            Some("niet_natuurlijk_persoon") => (nnp, false),
            Some("vestiging") => (v, true),
            _ => (None, false),
        };
        if let Some(Value::Object(mut ident)) = ident {
            if has_verblijfsadres {
                ident.insert("verblijfsadres".into(), verblijfsadres);
            }
            ident.insert("sub_verblijf_buitenland".into(), svb);
            m.insert("subject_identificatie".into(), Value::Object(ident));
        }
        m
    }

    /// Reads the internal form back; rows of other identificatie types than `subject_type` are kept from `self`.
    pub fn with_internal(&self, mut m: Map<String, Value>) -> Klant {
        let ident = m.remove("subject_identificatie");
        let mut k: Klant = serde_json::from_value(Value::Object(m)).unwrap_or_default();
        k.uuid = self.uuid.clone();
        k.natuurlijk_persoon = self.natuurlijk_persoon.clone();
        k.niet_natuurlijk_persoon = self.niet_natuurlijk_persoon.clone();
        k.vestiging = self.vestiging.clone();
        k.verblijfsadres = self.verblijfsadres.clone();
        k.sub_verblijf_buitenland = self.sub_verblijf_buitenland.clone();
        if let Some(Value::Object(mut ident)) = ident {
            let nested = |ident: &mut Map<String, Value>, key: &str| match ident.remove(key) {
                Some(v @ Value::Object(_)) => Some(v),
                _ => None,
            };
            let verblijfsadres = nested(&mut ident, "verblijfsadres");
            let svb = nested(&mut ident, "sub_verblijf_buitenland");
            let ident = Value::Object(ident);
            match k.subject_type.as_deref() {
                Some("natuurlijk_persoon") => {
                    k.natuurlijk_persoon = serde_json::from_value(ident).ok();
                    k.verblijfsadres = verblijfsadres.and_then(|v| serde_json::from_value(v).ok());
                }
                Some("niet_natuurlijk_persoon") => {
                    k.niet_natuurlijk_persoon = serde_json::from_value(ident).ok();
                }
                Some("vestiging") => {
                    k.vestiging = serde_json::from_value(ident).ok();
                    k.verblijfsadres = verblijfsadres.and_then(|v| serde_json::from_value(v).ok());
                }
                _ => {}
            }
            if k.subject_type.is_some() {
                k.sub_verblijf_buitenland = svb.and_then(|v| serde_json::from_value(v).ok());
            }
        }
        k
    }
}

/// The representation of `k` with a base-relative `url`.
pub fn render(k: &Klant) -> String {
    crate::domain::representation::escape_line_separators(serde_json::to_string(&k.to_json("")).unwrap_or_default())
}

fn text(m: &Map<String, Value>, key: &str) -> String {
    m.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

fn number(m: &Map<String, Value>, key: &str) -> Option<i32> {
    m.get(key).and_then(Value::as_i64).and_then(|n| i32::try_from(n).ok())
}

fn object<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a Map<String, Value>> {
    m.get(key).and_then(Value::as_object)
}

fn verblijfsadres(m: &Map<String, Value>) -> Option<Verblijfsadres> {
    object(m, "verblijfsadres").map(|a| Verblijfsadres {
        aoa_identificatie: text(a, "aoaIdentificatie"),
        wpl_woonplaats_naam: text(a, "wplWoonplaatsNaam"),
        gor_openbare_ruimte_naam: text(a, "gorOpenbareRuimteNaam"),
        aoa_postcode: text(a, "aoaPostcode"),
        aoa_huisnummer: number(a, "aoaHuisnummer"),
        aoa_huisletter: text(a, "aoaHuisletter"),
        aoa_huisnummertoevoeging: text(a, "aoaHuisnummertoevoeging"),
        inp_locatiebeschrijving: text(a, "inpLocatiebeschrijving"),
    })
}

fn sub_verblijf_buitenland(m: &Map<String, Value>) -> Option<SubVerblijfBuitenland> {
    object(m, "subVerblijfBuitenland").map(|s| SubVerblijfBuitenland {
        lnd_landcode: text(s, "lndLandcode"),
        lnd_landnaam: text(s, "lndLandnaam"),
        sub_adres_buitenland_1: text(s, "subAdresBuitenland1"),
        sub_adres_buitenland_2: text(s, "subAdresBuitenland2"),
        sub_adres_buitenland_3: text(s, "subAdresBuitenland3"),
    })
}

/// The rows of a klant's `subjectIdentificatie`: the row of each subject type, the `verblijfsadres` and the
/// `subVerblijfBuitenland` (the domain Klant's fields of the same names).
pub type IdentificatieRows = (
    Option<NatuurlijkPersoon>,
    Option<NietNatuurlijkPersoon>,
    Option<Vestiging>,
    Option<Verblijfsadres>,
    Option<SubVerblijfBuitenland>,
);

/// Reads the `subjectIdentificatie` of a klant of `subject_type` (as [`Klant::identificatie_json`] writes it).
pub fn identificatie_rows(subject_type: Option<&str>, ident: &Map<String, Value>) -> IdentificatieRows {
    // Fails to compile when a field was added to a domain type (a property was added to openapi.yaml): read it from
    // its OAS name (README, "Changing openapi.yaml").
    let (mut np, mut nnp, mut v, mut va) = (None, None, None, None);
    match subject_type {
        Some("natuurlijk_persoon") => {
            np = Some(NatuurlijkPersoon {
                inp_bsn: text(ident, "inpBsn"),
                anp_identificatie: text(ident, "anpIdentificatie"),
                inp_a_nummer: text(ident, "inpANummer"),
                geslachtsnaam: text(ident, "geslachtsnaam"),
                voorvoegsel_geslachtsnaam: text(ident, "voorvoegselGeslachtsnaam"),
                voorletters: text(ident, "voorletters"),
                voornamen: text(ident, "voornamen"),
                geslachtsaanduiding: text(ident, "geslachtsaanduiding"),
                geboortedatum: text(ident, "geboortedatum"),
            });
            va = verblijfsadres(ident);
        }
        Some("niet_natuurlijk_persoon") => {
            nnp = Some(NietNatuurlijkPersoon {
                inn_nnp_id: text(ident, "innNnpId"),
                ann_identificatie: text(ident, "annIdentificatie"),
                statutaire_naam: text(ident, "statutaireNaam"),
                inn_rechtsvorm: text(ident, "innRechtsvorm"),
                bezoekadres: text(ident, "bezoekadres"),
            });
        }
        Some("vestiging") => {
            v = Some(Vestiging {
                vestigings_nummer: text(ident, "vestigingsNummer"),
                handelsnaam: ident
                    .get("handelsnaam")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
                    .unwrap_or_default(),
            });
            va = verblijfsadres(ident);
        }
        _ => {}
    }
    (np, nnp, v, va, sub_verblijf_buitenland(ident))
}

/// Reads a stored representation back; `None` when it is not one.
pub fn parse(uuid: &str, representation: &str) -> Option<Klant> {
    let value: Value = serde_json::from_str(representation).ok()?;
    let m = value.as_object()?;
    let subject_type = m.get("subjectType").and_then(Value::as_str).map(str::to_string);
    let (natuurlijk_persoon, niet_natuurlijk_persoon, vestiging, verblijfsadres, sub_verblijf_buitenland) =
        object(m, "subjectIdentificatie")
            .map(|ident| identificatie_rows(subject_type.as_deref(), ident))
            .unwrap_or_default();
    // Fails to compile when a field was added to the domain Klant (a property was added to openapi.yaml): read it
    // from its OAS name (README, "Changing openapi.yaml").
    Some(Klant {
        uuid: uuid.to_string(),
        bronorganisatie: text(m, "bronorganisatie"),
        klantnummer: text(m, "klantnummer"),
        bedrijfsnaam: text(m, "bedrijfsnaam"),
        functie: text(m, "functie"),
        website_url: text(m, "websiteUrl"),
        voornaam: text(m, "voornaam"),
        voorvoegsel_achternaam: text(m, "voorvoegselAchternaam"),
        achternaam: text(m, "achternaam"),
        telefoonnummer: text(m, "telefoonnummer"),
        emailadres: text(m, "emailadres"),
        subject: text(m, "subject"),
        subject_type,
        adres: object(m, "adres").map(|a| Adres {
            straatnaam: text(a, "straatnaam"),
            huisnummer: number(a, "huisnummer"),
            huisletter: text(a, "huisletter"),
            huisnummertoevoeging: text(a, "huisnummertoevoeging"),
            postcode: text(a, "postcode"),
            woonplaatsnaam: text(a, "woonplaatsnaam"),
            landcode: text(a, "landcode"),
        }),
        natuurlijk_persoon,
        niet_natuurlijk_persoon,
        vestiging,
        verblijfsadres,
        sub_verblijf_buitenland,
    })
}

/// The store's klant of a klant as openapi.yaml describes it (through its representation).
pub fn from_description(k: &crate::domain::description::Klant) -> Klant {
    parse(&k.uuid, &crate::domain::representation::render(k)).unwrap_or_default()
}

/// A klant as openapi.yaml describes it, of the store's klant (through its representation).
pub fn to_description(k: &Klant) -> crate::domain::description::Klant {
    let value: Value = serde_json::from_str(&render(k)).unwrap_or_default();
    crate::domain::description::Klant::from_representation(&k.uuid, &value)
}
