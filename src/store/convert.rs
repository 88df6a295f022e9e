//! Rows to the domain klant and back.
//!
//! Every row and every domain struct is built and taken apart with each field named (no `..`), so that a field
//! added to the domain klant (after a property was added to openapi.yaml) or a column added to an entity fails to
//! compile here: give it its column in the entity (src/store/entity/), add the column with a new migration
//! (migrations/src/) and map it both ways here (README, "Changing openapi.yaml").
use sea_orm::ActiveValue::{NotSet, Set};

use super::entity::*;
use super::legacy_model::*;

/// The domain klant of its rows (the backfill of stored representations reads klanten this way).
pub fn klant_from_rows(
    k: klant::Model,
    adres: Option<adres::Model>,
    np: Option<natuurlijk_persoon::Model>,
    nnp: Option<niet_natuurlijk_persoon::Model>,
    v: Option<vestiging::Model>,
    va: Option<verblijfsadres::Model>,
    svb: Option<sub_verblijf_buitenland::Model>,
) -> Klant {
    // Fails to compile when a property was added to openapi.yaml (a field to the domain klant) or a column to an
    // entity: map the column to the field (README, "Changing openapi.yaml").
    let klant::Model {
        id: _,
        uuid,
        bronorganisatie,
        klantnummer,
        klantnummer_numeriek: _,
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
        representation: _,
        version: _,
    } = k;
    Klant {
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
        adres: adres.map(|a| {
            let adres::Model {
                id: _,
                klant_id: _,
                straatnaam,
                huisnummer,
                huisletter,
                huisnummertoevoeging,
                postcode,
                woonplaatsnaam,
                landcode,
            } = a;
            Adres { straatnaam, huisnummer, huisletter, huisnummertoevoeging, postcode, woonplaatsnaam, landcode }
        }),
        natuurlijk_persoon: np.map(|n| {
            let natuurlijk_persoon::Model {
                id: _,
                klant_id: _,
                inp_bsn,
                anp_identificatie,
                inp_a_nummer,
                geslachtsnaam,
                voorvoegsel_geslachtsnaam,
                voorletters,
                voornamen,
                geslachtsaanduiding,
                geboortedatum,
            } = n;
            NatuurlijkPersoon {
                inp_bsn,
                anp_identificatie,
                inp_a_nummer,
                geslachtsnaam,
                voorvoegsel_geslachtsnaam,
                voorletters,
                voornamen,
                geslachtsaanduiding,
                geboortedatum,
            }
        }),
        niet_natuurlijk_persoon: nnp.map(|n| {
            let niet_natuurlijk_persoon::Model {
                id: _,
                klant_id: _,
                inn_nnp_id,
                ann_identificatie,
                statutaire_naam,
                inn_rechtsvorm,
                bezoekadres,
            } = n;
            NietNatuurlijkPersoon { inn_nnp_id, ann_identificatie, statutaire_naam, inn_rechtsvorm, bezoekadres }
        }),
        vestiging: v.map(|v| {
            let vestiging::Model { id: _, klant_id: _, vestigings_nummer, handelsnaam } = v;
            Vestiging { vestigings_nummer, handelsnaam: serde_json::from_str(&handelsnaam).unwrap_or_default() }
        }),
        verblijfsadres: va.map(|a| {
            let verblijfsadres::Model {
                id: _,
                klant_id: _,
                aoa_identificatie,
                woonplaats_naam,
                gor_openbare_ruimte_naam,
                postcode,
                huisnummer,
                huisletter,
                huisnummertoevoeging,
                inp_locatiebeschrijving,
            } = a;
            Verblijfsadres {
                aoa_identificatie,
                wpl_woonplaats_naam: woonplaats_naam,
                gor_openbare_ruimte_naam,
                aoa_postcode: postcode,
                aoa_huisnummer: huisnummer,
                aoa_huisletter: huisletter,
                aoa_huisnummertoevoeging: huisnummertoevoeging,
                inp_locatiebeschrijving,
            }
        }),
        sub_verblijf_buitenland: svb.map(|s| {
            let sub_verblijf_buitenland::Model {
                id: _,
                klant_id: _,
                lnd_landcode,
                lnd_landnaam,
                sub_adres_buitenland_1,
                sub_adres_buitenland_2,
                sub_adres_buitenland_3,
            } = s;
            SubVerblijfBuitenland {
                lnd_landcode,
                lnd_landnaam,
                sub_adres_buitenland_1,
                sub_adres_buitenland_2,
                sub_adres_buitenland_3,
            }
        }),
    }
}

/// The numeric value of an all-digit klantnummer (the basis of generation, kla-001).
pub fn klantnummer_numeriek(klantnummer: &str) -> Option<i64> {
    if !klantnummer.is_empty() && klantnummer.len() <= 18 && klantnummer.bytes().all(|b| b.is_ascii_digit()) {
        klantnummer.parse().ok()
    } else {
        None
    }
}

/// The klant row of `k`, with its representation (rendered once, by the caller).
pub fn klant_active(k: &Klant, representation: String) -> klant::ActiveModel {
    // Fails to compile when a property was added to openapi.yaml (a field to the domain Klant): give it a
    // column in src/store/entity/klant.rs, add that column with a new migration in migrations/src/ and set it here
    // (README, "Changing openapi.yaml").
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
        // rows of their own: adres_active, np_active, nnp_active, vestiging_active, verblijfsadres_active, svb_active
        adres: _,
        natuurlijk_persoon: _,
        niet_natuurlijk_persoon: _,
        vestiging: _,
        verblijfsadres: _,
        sub_verblijf_buitenland: _,
    } = k;
    klant::ActiveModel {
        id: NotSet,
        uuid: Set(uuid.clone()),
        bronorganisatie: Set(bronorganisatie.clone()),
        klantnummer: Set(klantnummer.clone()),
        klantnummer_numeriek: Set(klantnummer_numeriek(klantnummer)),
        bedrijfsnaam: Set(bedrijfsnaam.clone()),
        functie: Set(functie.clone()),
        website_url: Set(website_url.clone()),
        voornaam: Set(voornaam.clone()),
        voorvoegsel_achternaam: Set(voorvoegsel_achternaam.clone()),
        achternaam: Set(achternaam.clone()),
        telefoonnummer: Set(telefoonnummer.clone()),
        emailadres: Set(emailadres.clone()),
        subject: Set(subject.clone()),
        subject_type: Set(subject_type.clone()),
        representation: Set(representation),
        version: NotSet,
    }
}

/// The functions below fail to compile when a field was added to a nested domain type: give it a column in its entity
/// (src/store/entity/), add that column with a new migration (migrations/src/) and set it here (README, "Changing
/// openapi.yaml").
pub fn adres_active(klant_id: i32, a: &Adres) -> adres::ActiveModel {
    let Adres { straatnaam, huisnummer, huisletter, huisnummertoevoeging, postcode, woonplaatsnaam, landcode } = a;
    adres::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        straatnaam: Set(straatnaam.clone()),
        huisnummer: Set(*huisnummer),
        huisletter: Set(huisletter.clone()),
        huisnummertoevoeging: Set(huisnummertoevoeging.clone()),
        postcode: Set(postcode.clone()),
        woonplaatsnaam: Set(woonplaatsnaam.clone()),
        landcode: Set(landcode.clone()),
    }
}

pub fn np_active(klant_id: i32, n: &NatuurlijkPersoon) -> natuurlijk_persoon::ActiveModel {
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
    } = n;
    natuurlijk_persoon::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        inp_bsn: Set(inp_bsn.clone()),
        anp_identificatie: Set(anp_identificatie.clone()),
        inp_a_nummer: Set(inp_a_nummer.clone()),
        geslachtsnaam: Set(geslachtsnaam.clone()),
        voorvoegsel_geslachtsnaam: Set(voorvoegsel_geslachtsnaam.clone()),
        voorletters: Set(voorletters.clone()),
        voornamen: Set(voornamen.clone()),
        geslachtsaanduiding: Set(geslachtsaanduiding.clone()),
        geboortedatum: Set(geboortedatum.clone()),
    }
}

pub fn nnp_active(klant_id: i32, n: &NietNatuurlijkPersoon) -> niet_natuurlijk_persoon::ActiveModel {
    let NietNatuurlijkPersoon { inn_nnp_id, ann_identificatie, statutaire_naam, inn_rechtsvorm, bezoekadres } = n;
    niet_natuurlijk_persoon::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        inn_nnp_id: Set(inn_nnp_id.clone()),
        ann_identificatie: Set(ann_identificatie.clone()),
        statutaire_naam: Set(statutaire_naam.clone()),
        inn_rechtsvorm: Set(inn_rechtsvorm.clone()),
        bezoekadres: Set(bezoekadres.clone()),
    }
}

pub fn vestiging_active(klant_id: i32, v: &Vestiging) -> vestiging::ActiveModel {
    let Vestiging { vestigings_nummer, handelsnaam } = v;
    vestiging::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        vestigings_nummer: Set(vestigings_nummer.clone()),
        handelsnaam: Set(serde_json::to_string(handelsnaam).unwrap_or_else(|_| "[]".into())),
    }
}

pub fn verblijfsadres_active(klant_id: i32, a: &Verblijfsadres) -> verblijfsadres::ActiveModel {
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
    verblijfsadres::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        aoa_identificatie: Set(aoa_identificatie.clone()),
        woonplaats_naam: Set(wpl_woonplaats_naam.clone()),
        gor_openbare_ruimte_naam: Set(gor_openbare_ruimte_naam.clone()),
        postcode: Set(aoa_postcode.clone()),
        huisnummer: Set(*aoa_huisnummer),
        huisletter: Set(aoa_huisletter.clone()),
        huisnummertoevoeging: Set(aoa_huisnummertoevoeging.clone()),
        inp_locatiebeschrijving: Set(inp_locatiebeschrijving.clone()),
    }
}

pub fn svb_active(klant_id: i32, s: &SubVerblijfBuitenland) -> sub_verblijf_buitenland::ActiveModel {
    let SubVerblijfBuitenland {
        lnd_landcode,
        lnd_landnaam,
        sub_adres_buitenland_1,
        sub_adres_buitenland_2,
        sub_adres_buitenland_3,
    } = s;
    sub_verblijf_buitenland::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        lnd_landcode: Set(lnd_landcode.clone()),
        lnd_landnaam: Set(lnd_landnaam.clone()),
        sub_adres_buitenland_1: Set(sub_adres_buitenland_1.clone()),
        sub_adres_buitenland_2: Set(sub_adres_buitenland_2.clone()),
        sub_adres_buitenland_3: Set(sub_adres_buitenland_3.clone()),
    }
}
