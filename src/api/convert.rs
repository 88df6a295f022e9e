//! Between the generated models (`klanten_api::models`, from openapi.yaml) and the domain and the store.
//!
//! Every generated struct is built and taken apart with each field named (no `..`), and so is every domain struct,
//! so that a property added to, removed from or renamed in openapi.yaml is a compile error here once
//! scripts/regenerate.sh has run, and so is a field added to a domain type (README, "Changing openapi.yaml").
//!
//! - [`audit_model`]: the audit records the handlers answer.
//! - [`klant_model`] and [`klant_from_model`]: a klant as the generated `Klant`. The handlers answer the stored
//!   representation as it is (README, "Request flow"), so only the tests below call these; they show that
//!   [`klant_model`] gives exactly the model of that representation, and they are here so that a change of the Klant
//!   schema fails the build where it must be handled.
//! - [`identificatie_model`] and [`identificatie_from_model`]: the identificatie as the generated
//!   `NatuurlijkPersoon`, `NietNatuurlijkPersoon` and `Vestiging`. These cannot carry what the reference writes (`""`
//!   for an unset choice, `null` for an absent address), so a klant's `subjectIdentificatie` goes into the generated
//!   `Klant` as the domain renders it; these typed conversions, called only by the tests, make a change of those
//!   schemas a compile error.
use std::collections::BTreeMap;

use klanten_api::models;
use serde_json::Value;
use swagger::Nullable;

use crate::domain::audit;
use crate::domain::model::*;
use crate::domain::representation::{identificatie_rows, IdentificatieRows};
use crate::store::entity::audit_trail;

/// An audit record as the generated model. Every key is filled (`""`, `null`) so that the generated serializer,
/// which omits `None`, writes exactly the reference's body (its keys in the reference's order, which is the
/// schema's). An error is a stored value the model cannot hold.
pub fn audit_model(r: &audit_trail::Model) -> Result<models::AuditTrail, String> {
    // Fails to compile when a column was added to the audit_trail entity: name it here (`_` when the API does not
    // show it).
    let audit_trail::Model {
        id: _,
        uuid,
        klant_uuid: _,
        bron,
        applicatie_id,
        applicatie_weergave,
        gebruikers_id,
        gebruikers_weergave,
        actie,
        actie_weergave,
        resultaat,
        hoofd_object,
        resource,
        resource_url,
        toelichting,
        resource_weergave,
        aanmaakdatum,
        wijzigingen,
        logrecord_id: _,
    } = r;
    // The key order of `oud` and `nieuw` as the reference returns them (see `audit::jsonb_order`).
    let wijzigingen = match audit::jsonb_order(serde_json::from_str(wijzigingen).unwrap_or(Value::Null)) {
        Value::Object(mut w) => {
            let mut side = |key: &str| Some(w.remove(key).unwrap_or(Value::Null));
            // `null` stays `null` (`None` would drop the key).
            models::Wijzigingen { oud: side("oud"), nieuw: side("nieuw") }
        }
        other => return Err(format!("audit record {uuid}: wijzigingen is not an object: {other}")),
    };
    // Fails to compile when a property was added to the AuditTrail schema of openapi.yaml: set it from its column (a
    // new column of the audit_trail entity, added by a migration); README, "Changing openapi.yaml".
    Ok(models::AuditTrail {
        uuid: Some(uuid.parse().map_err(|e| format!("audit record {uuid}: {e}"))?),
        bron: bron.parse().map_err(|e| format!("audit record {uuid}: bron {bron}: {e}"))?,
        applicatie_id: Some(applicatie_id.clone()),
        applicatie_weergave: Some(applicatie_weergave.clone()),
        gebruikers_id: Some(gebruikers_id.clone()),
        gebruikers_weergave: Some(gebruikers_weergave.clone()),
        actie: actie.clone(),
        actie_weergave: Some(actie_weergave.clone()),
        resultaat: u16::try_from(*resultaat).map_err(|e| format!("audit record {uuid}: resultaat: {e}"))?,
        hoofd_object: hoofd_object.clone(),
        resource: resource.clone(),
        resource_url: resource_url.clone(),
        toelichting: Some(toelichting.clone()),
        resource_weergave: resource_weergave.clone(),
        // `audit::format_timestamp`'s instant: whole microseconds
        aanmaakdatum: Some(chrono::DateTime::from_timestamp_micros(*aanmaakdatum).unwrap_or_default()),
        wijzigingen,
    })
}

/// The key of the identificatie in the generated `Klant`'s `additional_properties` (the discriminator's subtypes'
/// property).
const IDENTIFICATIE: &str = "subjectIdentificatie";

/// A klant as the generated model, under `base_url`: the model `KlantenApi::model` reads from the stored
/// representation.
#[cfg_attr(not(test), allow(dead_code))] // see the module docs
pub fn klant_model(k: &Klant, base_url: &str) -> models::Klant {
    // Fails to compile when a field was added to the domain Klant (a property was added to openapi.yaml): name it
    // here and set its property below.
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
    } = k;
    let mut additional_properties = BTreeMap::new();
    if let Some(ident) = k.identificatie_json() {
        additional_properties.insert(IDENTIFICATIE.to_string(), ident);
    }
    // Fails to compile when a property was added to openapi.yaml (Klant): add it to the domain Klant
    // (src/domain/model.rs) and set it here (README, "Changing openapi.yaml").
    models::Klant {
        url: Some(klant_url(base_url, uuid)),
        bronorganisatie: bronorganisatie.clone(),
        klantnummer: klantnummer.clone(),
        bedrijfsnaam: Some(bedrijfsnaam.clone()),
        functie: Some(functie.clone()),
        website_url: website_url.clone(),
        voornaam: Some(voornaam.clone()),
        voorvoegsel_achternaam: Some(voorvoegsel_achternaam.clone()),
        achternaam: Some(achternaam.clone()),
        telefoonnummer: Some(telefoonnummer.clone()),
        emailadres: Some(emailadres.clone()),
        adres: Some(adres.as_ref().map_or(Nullable::Null, |a| Nullable::Present(adres_model(a)))),
        subject: Some(subject.clone()),
        subject_type: Some(
            subject_type.as_deref().and_then(|t| t.parse().ok()).map_or(Nullable::Null, Nullable::Present),
        ),
        additional_properties,
    }
}

/// A klant of the generated model (as [`klant_model`] makes it: its `uuid` is the last segment of its `url`).
#[cfg_attr(not(test), allow(dead_code))] // see the module docs
pub fn klant_from_model(m: &models::Klant) -> Klant {
    // Fails to compile when a property was added to openapi.yaml (Klant): add it to the domain Klant
    // (src/domain/model.rs) and read it here (README, "Changing openapi.yaml").
    let models::Klant {
        url,
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
        adres,
        subject,
        subject_type,
        additional_properties,
    } = m;
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    let subject_type = match subject_type {
        Some(Nullable::Present(t)) => Some(t.to_string()),
        Some(Nullable::Null) | None => None,
    };
    let (natuurlijk_persoon, niet_natuurlijk_persoon, vestiging, verblijfsadres, sub_verblijf_buitenland) =
        match additional_properties.get(IDENTIFICATIE) {
            Some(Value::Object(ident)) => identificatie_rows(subject_type.as_deref(), ident),
            _ => IdentificatieRows::default(),
        };
    // Fails to compile when a field was added to the domain Klant: read it from its property above.
    Klant {
        uuid: url.as_deref().and_then(|u| u.rsplit('/').next()).unwrap_or_default().to_string(),
        bronorganisatie: bronorganisatie.clone(),
        klantnummer: klantnummer.clone(),
        bedrijfsnaam: text(bedrijfsnaam),
        functie: text(functie),
        website_url: website_url.clone(),
        voornaam: text(voornaam),
        voorvoegsel_achternaam: text(voorvoegsel_achternaam),
        achternaam: text(achternaam),
        telefoonnummer: text(telefoonnummer),
        emailadres: text(emailadres),
        subject: text(subject),
        subject_type,
        adres: match adres {
            Some(Nullable::Present(a)) => Some(adres_from_model(a)),
            Some(Nullable::Null) | None => None,
        },
        natuurlijk_persoon,
        niet_natuurlijk_persoon,
        vestiging,
        verblijfsadres,
        sub_verblijf_buitenland,
    }
}

/// The domain's `Option<i32>` house numbers as the generated `Option<Nullable<u32>>` (validated: 0..=99999).
fn huisnummer_model(n: Option<i32>) -> Option<Nullable<u32>> {
    Some(n.and_then(|n| u32::try_from(n).ok()).map_or(Nullable::Null, Nullable::Present))
}

fn huisnummer_from_model(n: &Option<Nullable<u32>>) -> Option<i32> {
    match n {
        Some(Nullable::Present(n)) => i32::try_from(*n).ok(),
        Some(Nullable::Null) | None => None,
    }
}

/// The functions below fail to compile when a property was added to a nested schema of openapi.yaml (or removed, or
/// renamed) or a field to its domain type: add it to the domain type (src/domain/model.rs) and map it both ways here
/// (README, "Changing openapi.yaml").
fn adres_model(a: &Adres) -> models::KlantAdres {
    let Adres { straatnaam, huisnummer, huisletter, huisnummertoevoeging, postcode, woonplaatsnaam, landcode } = a;
    models::KlantAdres {
        straatnaam: Some(straatnaam.clone()),
        huisnummer: huisnummer_model(*huisnummer),
        huisletter: Some(huisletter.clone()),
        huisnummertoevoeging: Some(huisnummertoevoeging.clone()),
        postcode: Some(postcode.clone()),
        woonplaatsnaam: Some(woonplaatsnaam.clone()),
        landcode: Some(landcode.clone()),
    }
}

fn adres_from_model(a: &models::KlantAdres) -> Adres {
    let models::KlantAdres {
        straatnaam,
        huisnummer,
        huisletter,
        huisnummertoevoeging,
        postcode,
        woonplaatsnaam,
        landcode,
    } = a;
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    Adres {
        straatnaam: text(straatnaam),
        huisnummer: huisnummer_from_model(huisnummer),
        huisletter: text(huisletter),
        huisnummertoevoeging: text(huisnummertoevoeging),
        postcode: text(postcode),
        woonplaatsnaam: text(woonplaatsnaam),
        landcode: text(landcode),
    }
}

fn verblijfsadres_model(a: &Verblijfsadres) -> models::VerblijfsAdres {
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
    models::VerblijfsAdres {
        aoa_identificatie: aoa_identificatie.clone(),
        wpl_woonplaats_naam: Some(wpl_woonplaats_naam.clone()),
        gor_openbare_ruimte_naam: gor_openbare_ruimte_naam.clone(),
        aoa_postcode: Some(aoa_postcode.clone()),
        aoa_huisnummer: huisnummer_model(*aoa_huisnummer),
        aoa_huisletter: Some(aoa_huisletter.clone()),
        aoa_huisnummertoevoeging: Some(aoa_huisnummertoevoeging.clone()),
        inp_locatiebeschrijving: Some(inp_locatiebeschrijving.clone()),
    }
}

fn verblijfsadres_from_model(a: &models::VerblijfsAdres) -> Verblijfsadres {
    let models::VerblijfsAdres {
        aoa_identificatie,
        wpl_woonplaats_naam,
        gor_openbare_ruimte_naam,
        aoa_postcode,
        aoa_huisnummer,
        aoa_huisletter,
        aoa_huisnummertoevoeging,
        inp_locatiebeschrijving,
    } = a;
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    Verblijfsadres {
        aoa_identificatie: aoa_identificatie.clone(),
        wpl_woonplaats_naam: text(wpl_woonplaats_naam),
        gor_openbare_ruimte_naam: gor_openbare_ruimte_naam.clone(),
        aoa_postcode: text(aoa_postcode),
        aoa_huisnummer: huisnummer_from_model(aoa_huisnummer),
        aoa_huisletter: text(aoa_huisletter),
        aoa_huisnummertoevoeging: text(aoa_huisnummertoevoeging),
        inp_locatiebeschrijving: text(inp_locatiebeschrijving),
    }
}

fn svb_model(s: &SubVerblijfBuitenland) -> models::SubVerblijfBuitenland {
    let SubVerblijfBuitenland {
        lnd_landcode,
        lnd_landnaam,
        sub_adres_buitenland_1,
        sub_adres_buitenland_2,
        sub_adres_buitenland_3,
    } = s;
    models::SubVerblijfBuitenland {
        lnd_landcode: lnd_landcode.clone(),
        lnd_landnaam: lnd_landnaam.clone(),
        sub_adres_buitenland1: Some(sub_adres_buitenland_1.clone()),
        sub_adres_buitenland2: Some(sub_adres_buitenland_2.clone()),
        sub_adres_buitenland3: Some(sub_adres_buitenland_3.clone()),
    }
}

fn svb_from_model(s: &models::SubVerblijfBuitenland) -> SubVerblijfBuitenland {
    let models::SubVerblijfBuitenland {
        lnd_landcode,
        lnd_landnaam,
        sub_adres_buitenland1,
        sub_adres_buitenland2,
        sub_adres_buitenland3,
    } = s;
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    SubVerblijfBuitenland {
        lnd_landcode: lnd_landcode.clone(),
        lnd_landnaam: lnd_landnaam.clone(),
        sub_adres_buitenland_1: text(sub_adres_buitenland1),
        sub_adres_buitenland_2: text(sub_adres_buitenland2),
        sub_adres_buitenland_3: text(sub_adres_buitenland3),
    }
}

/// A klant's identificatie as the generated model of its subject type.
#[cfg_attr(not(test), allow(dead_code))] // see the module docs
#[derive(Clone, Debug, PartialEq)]
pub enum IdentificatieModel {
    NatuurlijkPersoon(models::NatuurlijkPersoon),
    NietNatuurlijkPersoon(models::NietNatuurlijkPersoon),
    Vestiging(models::Vestiging),
}

/// The identificatie of a klant as the generated model of its subject type; `None` without a subject type or
/// without a row of it.
#[cfg_attr(not(test), allow(dead_code))] // see the module docs
pub fn identificatie_model(k: &Klant) -> Option<IdentificatieModel> {
    let verblijfsadres = k.verblijfsadres.as_ref().map(verblijfsadres_model);
    let sub_verblijf_buitenland = k.sub_verblijf_buitenland.as_ref().map(svb_model);
    let text = |s: &String| Some(s.clone());
    Some(match k.subject_type.as_deref() {
        Some("natuurlijk_persoon") => {
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
            } = k.natuurlijk_persoon.as_ref()?;
            IdentificatieModel::NatuurlijkPersoon(models::NatuurlijkPersoon {
                inp_bsn: text(inp_bsn),
                anp_identificatie: text(anp_identificatie),
                inp_a_nummer: text(inp_a_nummer),
                geslachtsnaam: text(geslachtsnaam),
                voorvoegsel_geslachtsnaam: text(voorvoegsel_geslachtsnaam),
                voorletters: text(voorletters),
                voornamen: text(voornamen),
                // `""` (not set) has no enum value
                geslachtsaanduiding: geslachtsaanduiding.parse().ok(),
                geboortedatum: text(geboortedatum),
                verblijfsadres,
                sub_verblijf_buitenland,
            })
        }
        Some("niet_natuurlijk_persoon") => {
            let NietNatuurlijkPersoon { inn_nnp_id, ann_identificatie, statutaire_naam, inn_rechtsvorm, bezoekadres } =
                k.niet_natuurlijk_persoon.as_ref()?;
            IdentificatieModel::NietNatuurlijkPersoon(models::NietNatuurlijkPersoon {
                inn_nnp_id: text(inn_nnp_id),
                ann_identificatie: text(ann_identificatie),
                statutaire_naam: text(statutaire_naam),
                // `""` (not set) has no enum value
                inn_rechtsvorm: inn_rechtsvorm.parse().ok(),
                bezoekadres: text(bezoekadres),
                sub_verblijf_buitenland,
            })
        }
        Some("vestiging") => {
            let Vestiging { vestigings_nummer, handelsnaam } = k.vestiging.as_ref()?;
            IdentificatieModel::Vestiging(models::Vestiging {
                vestigings_nummer: text(vestigings_nummer),
                handelsnaam: Some(handelsnaam.clone()),
                verblijfsadres,
                sub_verblijf_buitenland,
            })
        }
        _ => return None,
    })
}

/// The domain rows of an identificatie of the generated model.
#[cfg_attr(not(test), allow(dead_code))] // see the module docs
pub fn identificatie_from_model(m: &IdentificatieModel) -> IdentificatieRows {
    let text = |s: &Option<String>| s.clone().unwrap_or_default();
    match m {
        IdentificatieModel::NatuurlijkPersoon(np) => {
            let models::NatuurlijkPersoon {
                inp_bsn,
                anp_identificatie,
                inp_a_nummer,
                geslachtsnaam,
                voorvoegsel_geslachtsnaam,
                voorletters,
                voornamen,
                geslachtsaanduiding,
                geboortedatum,
                verblijfsadres,
                sub_verblijf_buitenland,
            } = np;
            let np = NatuurlijkPersoon {
                inp_bsn: text(inp_bsn),
                anp_identificatie: text(anp_identificatie),
                inp_a_nummer: text(inp_a_nummer),
                geslachtsnaam: text(geslachtsnaam),
                voorvoegsel_geslachtsnaam: text(voorvoegsel_geslachtsnaam),
                voorletters: text(voorletters),
                voornamen: text(voornamen),
                geslachtsaanduiding: geslachtsaanduiding.map(|g| g.to_string()).unwrap_or_default(),
                geboortedatum: text(geboortedatum),
            };
            let va = verblijfsadres.as_ref().map(verblijfsadres_from_model);
            (Some(np), None, None, va, sub_verblijf_buitenland.as_ref().map(svb_from_model))
        }
        IdentificatieModel::NietNatuurlijkPersoon(nnp) => {
            let models::NietNatuurlijkPersoon {
                inn_nnp_id,
                ann_identificatie,
                statutaire_naam,
                inn_rechtsvorm,
                bezoekadres,
                sub_verblijf_buitenland,
            } = nnp;
            let nnp = NietNatuurlijkPersoon {
                inn_nnp_id: text(inn_nnp_id),
                ann_identificatie: text(ann_identificatie),
                statutaire_naam: text(statutaire_naam),
                inn_rechtsvorm: inn_rechtsvorm.map(|r| r.to_string()).unwrap_or_default(),
                bezoekadres: text(bezoekadres),
            };
            (None, Some(nnp), None, None, sub_verblijf_buitenland.as_ref().map(svb_from_model))
        }
        IdentificatieModel::Vestiging(v) => {
            let models::Vestiging { vestigings_nummer, handelsnaam, verblijfsadres, sub_verblijf_buitenland } = v;
            let v = Vestiging {
                vestigings_nummer: text(vestigings_nummer),
                handelsnaam: handelsnaam.clone().unwrap_or_default(),
            };
            let va = verblijfsadres.as_ref().map(verblijfsadres_from_model);
            (None, None, Some(v), va, sub_verblijf_buitenland.as_ref().map(svb_from_model))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::representation;

    /// Klanten with every field of every type set to a value of its own (and the unset forms: `""`, `null`).
    fn samples() -> Vec<Klant> {
        let base = Klant {
            uuid: "0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10".into(),
            bronorganisatie: "123456782".into(),
            klantnummer: "12".into(),
            bedrijfsnaam: "Bedrijf".into(),
            functie: "Functie".into(),
            website_url: "http://x.nl".into(),
            voornaam: "Ann\u{2028}a \"q\" \\".into(),
            voorvoegsel_achternaam: "van".into(),
            achternaam: "Achter".into(),
            telefoonnummer: "0612345678".into(),
            emailadres: "a@b.nl".into(),
            subject: "http://s.nl/1".into(),
            subject_type: None,
            adres: Some(Adres {
                straatnaam: "Keizersgracht".into(),
                huisnummer: Some(117),
                huisletter: "a".into(),
                huisnummertoevoeging: "bis".into(),
                postcode: "1015CJ".into(),
                woonplaatsnaam: "Amsterdam".into(),
                landcode: "6030".into(),
            }),
            natuurlijk_persoon: None,
            niet_natuurlijk_persoon: None,
            vestiging: None,
            verblijfsadres: None,
            sub_verblijf_buitenland: None,
        };
        let va = Verblijfsadres {
            aoa_identificatie: "1".into(),
            wpl_woonplaats_naam: "Amsterdam".into(),
            gor_openbare_ruimte_naam: "Gracht".into(),
            aoa_postcode: "1015CJ".into(),
            aoa_huisnummer: Some(3),
            aoa_huisletter: "b".into(),
            aoa_huisnummertoevoeging: "2".into(),
            inp_locatiebeschrijving: "achterom".into(),
        };
        let svb = SubVerblijfBuitenland {
            lnd_landcode: "5010".into(),
            lnd_landnaam: "België".into(),
            sub_adres_buitenland_1: "Rue 1".into(),
            sub_adres_buitenland_2: "1000".into(),
            sub_adres_buitenland_3: "Brussel".into(),
        };
        let np = NatuurlijkPersoon {
            inp_bsn: "111222333".into(),
            anp_identificatie: "anp".into(),
            inp_a_nummer: "1234567890".into(),
            geslachtsnaam: "Jansen".into(),
            voorvoegsel_geslachtsnaam: "de".into(),
            voorletters: "J".into(),
            voornamen: "Jan".into(),
            geslachtsaanduiding: "m".into(),
            geboortedatum: "1970-01-01".into(),
        };
        let nnp = NietNatuurlijkPersoon {
            inn_nnp_id: "123456782".into(),
            ann_identificatie: "ann".into(),
            statutaire_naam: "BV".into(),
            inn_rechtsvorm: "stichting".into(),
            bezoekadres: "Straat 1".into(),
        };
        let v = Vestiging { vestigings_nummer: "1".into(), handelsnaam: vec!["a".into(), "b".into()] };
        vec![
            base.clone(),
            Klant { adres: Some(Adres::default()), subject: String::new(), ..base.clone() },
            Klant { adres: None, subject_type: Some("natuurlijk_persoon".into()), ..base.clone() },
            Klant {
                subject_type: Some("natuurlijk_persoon".into()),
                natuurlijk_persoon: Some(np.clone()),
                verblijfsadres: Some(va.clone()),
                sub_verblijf_buitenland: Some(svb.clone()),
                ..base.clone()
            },
            Klant {
                subject_type: Some("natuurlijk_persoon".into()),
                natuurlijk_persoon: Some(NatuurlijkPersoon { geslachtsaanduiding: String::new(), ..np }),
                ..base.clone()
            },
            Klant {
                subject_type: Some("niet_natuurlijk_persoon".into()),
                niet_natuurlijk_persoon: Some(nnp.clone()),
                sub_verblijf_buitenland: Some(svb.clone()),
                ..base.clone()
            },
            Klant {
                subject_type: Some("niet_natuurlijk_persoon".into()),
                niet_natuurlijk_persoon: Some(NietNatuurlijkPersoon { inn_rechtsvorm: String::new(), ..nnp }),
                ..base.clone()
            },
            Klant {
                subject_type: Some("vestiging".into()),
                vestiging: Some(v),
                verblijfsadres: Some(Verblijfsadres { aoa_huisnummer: None, ..va }),
                sub_verblijf_buitenland: Some(svb),
                ..base
            },
        ]
    }

    /// What `KlantenApi::model` answers: the stored representation under the base URL, re-typed by serde.
    fn answered(k: &Klant, base_url: &str) -> models::Klant {
        serde_json::from_slice(&representation::with_base(&representation::render(k), base_url)).unwrap()
    }

    #[test]
    fn klant_model_is_the_model_of_the_stored_representation() {
        for k in samples() {
            for base in ["http://localhost:8000", "https://klanten.gemeente.nl"] {
                let m = klant_model(&k, base);
                assert_eq!(m, answered(&k, base), "{k:?}");
                // the same text, keys in the same order: the writes answer this model, the reads the representation
                let text = serde_json::to_string(&m).unwrap();
                assert_eq!(text, serde_json::to_string(&k.to_json(base)).unwrap(), "{k:?}");
            }
        }
    }

    #[test]
    fn klant_round_trips_through_the_model() {
        for k in samples() {
            assert_eq!(klant_from_model(&klant_model(&k, "http://localhost:8000")), k);
        }
    }

    #[test]
    fn identificatie_round_trips_through_its_model() {
        for k in samples() {
            let rows = (
                k.natuurlijk_persoon.clone(),
                k.niet_natuurlijk_persoon.clone(),
                k.vestiging.clone(),
                k.verblijfsadres.clone(),
                k.sub_verblijf_buitenland.clone(),
            );
            match identificatie_model(&k) {
                Some(m) => assert_eq!(identificatie_from_model(&m), rows, "{k:?}"),
                None => assert!(!k.has_identificatie(), "{k:?}"),
            }
        }
    }

    /// The audit model as it was made before: the reference's JSON, re-typed by serde.
    fn through_json(r: &audit_trail::Model) -> models::AuditTrail {
        let json = serde_json::json!({
            "uuid": r.uuid, "bron": r.bron, "applicatieId": r.applicatie_id,
            "applicatieWeergave": r.applicatie_weergave, "gebruikersId": r.gebruikers_id,
            "gebruikersWeergave": r.gebruikers_weergave, "actie": r.actie, "actieWeergave": r.actie_weergave,
            "resultaat": r.resultaat, "hoofdObject": r.hoofd_object, "resource": r.resource,
            "resourceUrl": r.resource_url, "toelichting": r.toelichting, "resourceWeergave": r.resource_weergave,
            "aanmaakdatum": audit::format_timestamp(r.aanmaakdatum),
            "wijzigingen": audit::jsonb_order(serde_json::from_str(&r.wijzigingen).unwrap()),
        });
        let oud = json.pointer("/wijzigingen/oud").cloned().unwrap_or(Value::Null);
        let nieuw = json.pointer("/wijzigingen/nieuw").cloned().unwrap_or(Value::Null);
        let mut m: models::AuditTrail = serde_json::from_value(json).unwrap();
        m.wijzigingen.oud = Some(oud);
        m.wijzigingen.nieuw = Some(nieuw);
        m
    }

    #[test]
    fn audit_model_is_the_model_of_the_reference_body() {
        let row = audit_trail::Model {
            id: 1,
            uuid: "5b4a7c1e-8d1a-4c7e-9a5e-2f0b0c3d4e5f".into(),
            klant_uuid: "0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10".into(),
            bron: "kc".into(),
            applicatie_id: "app".into(),
            applicatie_weergave: "App".into(),
            gebruikers_id: "".into(),
            gebruikers_weergave: "Gebruiker".into(),
            actie: "create".into(),
            actie_weergave: "Object aangemaakt".into(),
            resultaat: 201,
            hoofd_object: "http://h/api/v1/klanten/0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10".into(),
            resource: "klant".into(),
            resource_url: "http://h/api/v1/klanten/0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10".into(),
            toelichting: "".into(),
            resource_weergave: "123456782 - 12".into(),
            aanmaakdatum: 1_795_866_480_716_000,
            wijzigingen: r#"{"oud":null,"nieuw":{"url":"u","adres":null,"subjectType":null,"klantnummer":"12"}}"#
                .into(),
            logrecord_id: "".into(),
        };
        // the same model as the path through JSON this conversion replaced
        for micros in [1_795_866_480_716_000, 1_795_866_480_716_516, 1_795_866_480_000_000, 1_795_866_480_000_010] {
            let r = audit_trail::Model { aanmaakdatum: micros, ..row.clone() };
            assert_eq!(audit_model(&r).unwrap(), through_json(&r));
        }
        let body = serde_json::to_string(&audit_model(&row).unwrap()).unwrap();
        assert_eq!(
            body,
            concat!(
                r#"{"uuid":"5b4a7c1e-8d1a-4c7e-9a5e-2f0b0c3d4e5f","bron":"kc","applicatieId":"app","#,
                r#""applicatieWeergave":"App","gebruikersId":"","gebruikersWeergave":"Gebruiker","actie":"create","#,
                r#""actieWeergave":"Object aangemaakt","resultaat":201,"#,
                r#""hoofdObject":"http://h/api/v1/klanten/0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10","resource":"klant","#,
                r#""resourceUrl":"http://h/api/v1/klanten/0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10","toelichting":"","#,
                r#""resourceWeergave":"123456782 - 12","aanmaakdatum":"2026-11-28T11:48:00.716Z","#,
                r#""wijzigingen":{"oud":null,"nieuw":{"url":"u","adres":null,"klantnummer":"12","subjectType":null}}}"#
            )
        );
        assert!(audit_model(&audit_trail::Model { bron: "klanten".into(), ..row.clone() }).is_err());
        assert!(audit_model(&audit_trail::Model { wijzigingen: "null".into(), ..row }).is_err());
    }
}
