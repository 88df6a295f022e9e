//! Rows to the domain klant and back.
use sea_orm::ActiveValue::{NotSet, Set};

use super::entity::*;
use crate::domain::model::*;

pub fn klant_from_rows(
    k: klant::Model,
    adres: Option<adres::Model>,
    np: Option<natuurlijk_persoon::Model>,
    nnp: Option<niet_natuurlijk_persoon::Model>,
    v: Option<vestiging::Model>,
    va: Option<verblijfsadres::Model>,
    svb: Option<sub_verblijf_buitenland::Model>,
) -> Klant {
    Klant {
        uuid: k.uuid,
        bronorganisatie: k.bronorganisatie,
        klantnummer: k.klantnummer,
        bedrijfsnaam: k.bedrijfsnaam,
        functie: k.functie,
        website_url: k.website_url,
        voornaam: k.voornaam,
        voorvoegsel_achternaam: k.voorvoegsel_achternaam,
        achternaam: k.achternaam,
        telefoonnummer: k.telefoonnummer,
        emailadres: k.emailadres,
        subject: k.subject,
        subject_type: k.subject_type,
        adres: adres.map(|a| Adres {
            straatnaam: a.straatnaam,
            huisnummer: a.huisnummer,
            huisletter: a.huisletter,
            huisnummertoevoeging: a.huisnummertoevoeging,
            postcode: a.postcode,
            woonplaatsnaam: a.woonplaatsnaam,
            landcode: a.landcode,
        }),
        natuurlijk_persoon: np.map(|n| NatuurlijkPersoon {
            inp_bsn: n.inp_bsn,
            anp_identificatie: n.anp_identificatie,
            inp_a_nummer: n.inp_a_nummer,
            geslachtsnaam: n.geslachtsnaam,
            voorvoegsel_geslachtsnaam: n.voorvoegsel_geslachtsnaam,
            voorletters: n.voorletters,
            voornamen: n.voornamen,
            geslachtsaanduiding: n.geslachtsaanduiding,
            geboortedatum: n.geboortedatum,
        }),
        niet_natuurlijk_persoon: nnp.map(|n| NietNatuurlijkPersoon {
            inn_nnp_id: n.inn_nnp_id,
            ann_identificatie: n.ann_identificatie,
            statutaire_naam: n.statutaire_naam,
            inn_rechtsvorm: n.inn_rechtsvorm,
            bezoekadres: n.bezoekadres,
        }),
        vestiging: v.map(|v| Vestiging {
            vestigings_nummer: v.vestigings_nummer,
            handelsnaam: serde_json::from_str(&v.handelsnaam).unwrap_or_default(),
        }),
        verblijfsadres: va.map(|a| Verblijfsadres {
            aoa_identificatie: a.aoa_identificatie,
            wpl_woonplaats_naam: a.woonplaats_naam,
            gor_openbare_ruimte_naam: a.gor_openbare_ruimte_naam,
            aoa_postcode: a.postcode,
            aoa_huisnummer: a.huisnummer,
            aoa_huisletter: a.huisletter,
            aoa_huisnummertoevoeging: a.huisnummertoevoeging,
            inp_locatiebeschrijving: a.inp_locatiebeschrijving,
        }),
        sub_verblijf_buitenland: svb.map(|s| SubVerblijfBuitenland {
            lnd_landcode: s.lnd_landcode,
            lnd_landnaam: s.lnd_landnaam,
            sub_adres_buitenland_1: s.sub_adres_buitenland_1,
            sub_adres_buitenland_2: s.sub_adres_buitenland_2,
            sub_adres_buitenland_3: s.sub_adres_buitenland_3,
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
    klant::ActiveModel {
        id: NotSet,
        uuid: Set(k.uuid.clone()),
        bronorganisatie: Set(k.bronorganisatie.clone()),
        klantnummer: Set(k.klantnummer.clone()),
        klantnummer_numeriek: Set(klantnummer_numeriek(&k.klantnummer)),
        bedrijfsnaam: Set(k.bedrijfsnaam.clone()),
        functie: Set(k.functie.clone()),
        website_url: Set(k.website_url.clone()),
        voornaam: Set(k.voornaam.clone()),
        voorvoegsel_achternaam: Set(k.voorvoegsel_achternaam.clone()),
        achternaam: Set(k.achternaam.clone()),
        telefoonnummer: Set(k.telefoonnummer.clone()),
        emailadres: Set(k.emailadres.clone()),
        subject: Set(k.subject.clone()),
        subject_type: Set(k.subject_type.clone()),
        representation: Set(representation),
        version: NotSet,
    }
}

pub fn adres_active(klant_id: i32, a: &Adres) -> adres::ActiveModel {
    adres::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        straatnaam: Set(a.straatnaam.clone()),
        huisnummer: Set(a.huisnummer),
        huisletter: Set(a.huisletter.clone()),
        huisnummertoevoeging: Set(a.huisnummertoevoeging.clone()),
        postcode: Set(a.postcode.clone()),
        woonplaatsnaam: Set(a.woonplaatsnaam.clone()),
        landcode: Set(a.landcode.clone()),
    }
}

pub fn np_active(klant_id: i32, n: &NatuurlijkPersoon) -> natuurlijk_persoon::ActiveModel {
    natuurlijk_persoon::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        inp_bsn: Set(n.inp_bsn.clone()),
        anp_identificatie: Set(n.anp_identificatie.clone()),
        inp_a_nummer: Set(n.inp_a_nummer.clone()),
        geslachtsnaam: Set(n.geslachtsnaam.clone()),
        voorvoegsel_geslachtsnaam: Set(n.voorvoegsel_geslachtsnaam.clone()),
        voorletters: Set(n.voorletters.clone()),
        voornamen: Set(n.voornamen.clone()),
        geslachtsaanduiding: Set(n.geslachtsaanduiding.clone()),
        geboortedatum: Set(n.geboortedatum.clone()),
    }
}

pub fn nnp_active(klant_id: i32, n: &NietNatuurlijkPersoon) -> niet_natuurlijk_persoon::ActiveModel {
    niet_natuurlijk_persoon::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        inn_nnp_id: Set(n.inn_nnp_id.clone()),
        ann_identificatie: Set(n.ann_identificatie.clone()),
        statutaire_naam: Set(n.statutaire_naam.clone()),
        inn_rechtsvorm: Set(n.inn_rechtsvorm.clone()),
        bezoekadres: Set(n.bezoekadres.clone()),
    }
}

pub fn vestiging_active(klant_id: i32, v: &Vestiging) -> vestiging::ActiveModel {
    vestiging::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        vestigings_nummer: Set(v.vestigings_nummer.clone()),
        handelsnaam: Set(serde_json::to_string(&v.handelsnaam).unwrap_or_else(|_| "[]".into())),
    }
}

pub fn verblijfsadres_active(klant_id: i32, a: &Verblijfsadres) -> verblijfsadres::ActiveModel {
    verblijfsadres::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        aoa_identificatie: Set(a.aoa_identificatie.clone()),
        woonplaats_naam: Set(a.wpl_woonplaats_naam.clone()),
        gor_openbare_ruimte_naam: Set(a.gor_openbare_ruimte_naam.clone()),
        postcode: Set(a.aoa_postcode.clone()),
        huisnummer: Set(a.aoa_huisnummer),
        huisletter: Set(a.aoa_huisletter.clone()),
        huisnummertoevoeging: Set(a.aoa_huisnummertoevoeging.clone()),
        inp_locatiebeschrijving: Set(a.inp_locatiebeschrijving.clone()),
    }
}

pub fn svb_active(klant_id: i32, s: &SubVerblijfBuitenland) -> sub_verblijf_buitenland::ActiveModel {
    sub_verblijf_buitenland::ActiveModel {
        id: NotSet,
        klant_id: Set(klant_id),
        lnd_landcode: Set(s.lnd_landcode.clone()),
        lnd_landnaam: Set(s.lnd_landnaam.clone()),
        sub_adres_buitenland_1: Set(s.sub_adres_buitenland_1.clone()),
        sub_adres_buitenland_2: Set(s.sub_adres_buitenland_2.clone()),
        sub_adres_buitenland_3: Set(s.sub_adres_buitenland_3.clone()),
    }
}
