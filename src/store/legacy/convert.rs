//! The first schema's rows to its klant, for the backfill.
use super::entity::*;
use super::model::*;

/// The first schema's klant of its rows (the backfill of stored representations reads klanten this way).
pub fn klant_from_rows(
    k: klant::Model,
    adres: Option<adres::Model>,
    np: Option<natuurlijk_persoon::Model>,
    nnp: Option<niet_natuurlijk_persoon::Model>,
    v: Option<vestiging::Model>,
    va: Option<verblijfsadres::Model>,
    svb: Option<sub_verblijf_buitenland::Model>,
) -> Klant {
    // the pattern names every column of the first schema's klant row, so none is left unread
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
