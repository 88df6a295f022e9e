//! The stored representation of a klant: the exact JSON text the API answers (key order, `""`/`null`, U+2028 and
//! U+2029 escaped as the reference's renderer writes them), rendered once in the write transaction that changes
//! the klant, with a base-relative `url`. Only the base URL depends on the request; [`with_base`] adds it.
//!
//! [`parse`] reads a stored representation back into the domain klant, so that an update merges onto exactly
//! the state that was stored.
use serde_json::{Map, Value};

use super::model::*;

/// Every representation starts with this; the base URL goes right after it.
const URL_PREFIX: &str = "{\"url\":\"";

/// The representation of `k` with a base-relative `url` (`/api/v1/klanten/UUID`).
pub fn render(k: &Klant) -> String {
    let text = serde_json::to_string(&k.to_json("")).unwrap_or_default();
    escape_line_separators(text)
}

/// The stored representation under `base_url` (`http://HOST`), as bytes ready to answer.
pub fn with_base(representation: &str, base_url: &str) -> Vec<u8> {
    let escaped = escape_base(base_url);
    let mut out = Vec::with_capacity(representation.len() + escaped.len());
    push_with_escaped_base(&mut out, representation, &escaped);
    out
}

/// `base_url` as it stands inside a JSON string.
pub fn escape_base(base_url: &str) -> String {
    let quoted = escape_line_separators(serde_json::to_string(base_url).unwrap_or_else(|_| "\"\"".into()));
    quoted[1..quoted.len() - 1].to_string()
}

/// Appends the stored representation under a base URL escaped by [`escape_base`].
pub fn push_with_escaped_base(out: &mut Vec<u8>, representation: &str, escaped_base: &str) {
    let rest = representation.strip_prefix(URL_PREFIX).unwrap_or(representation);
    out.extend_from_slice(URL_PREFIX.as_bytes());
    out.extend_from_slice(escaped_base.as_bytes());
    out.extend_from_slice(rest.as_bytes());
}

/// The `wijzigingen` of an audit record, `{"oud": …, "nieuw": …}`, as JSON text: the stored representations
/// before and after the change (`None`: there was none, `null`) under `base_url`. The representations are spliced
/// in as the JSON text they are, not parsed and written again.
pub fn wijzigingen(oud: Option<&str>, nieuw: Option<&str>, base_url: &str) -> String {
    let escaped = escape_base(base_url);
    let size = oud.map_or(4, str::len) + nieuw.map_or(4, str::len) + 2 * escaped.len() + 20;
    let mut out = Vec::with_capacity(size);
    for (key, representation) in [(&b"{\"oud\":"[..], oud), (&b",\"nieuw\":"[..], nieuw)] {
        out.extend_from_slice(key);
        match representation {
            Some(r) => push_with_escaped_base(&mut out, r, &escaped),
            None => out.extend_from_slice(b"null"),
        }
    }
    out.push(b'}');
    // every piece is UTF-8 text
    String::from_utf8(out).unwrap_or_default()
}

/// The stored representation under `base_url`, as a JSON value (for audit records and messages).
pub fn value_with_base(representation: &str, base_url: &str) -> Value {
    serde_json::from_slice(&with_base(representation, base_url)).unwrap_or(Value::Null)
}

/// The reference's renderer escapes U+2028 and U+2029 in JSON (`\u2028`, `\u2029`); serde_json writes them raw.
/// In JSON text they can only stand inside strings, so a plain replace is exact.
pub fn escape_line_separators(text: String) -> String {
    if !text.contains(['\u{2028}', '\u{2029}']) {
        return text;
    }
    text.replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

/// [`escape_line_separators`] on JSON bytes: the reference's renderer escapes U+2028 and U+2029 in JSON (`\u2028`, `\u2029`);
/// serde_json writes them raw. In JSON text they can only stand inside strings, so a byte-level replace is exact.
pub fn escape_line_separators_in(body: bytes::Bytes) -> bytes::Bytes {
    let has = body.windows(3).any(|w| w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0xA8 || w[2] == 0xA9));
    if !has {
        return body;
    }
    let mut out = Vec::with_capacity(body.len() + 16);
    let mut i = 0;
    while i < body.len() {
        if i + 2 < body.len() && body[i] == 0xE2 && body[i + 1] == 0x80 && (body[i + 2] == 0xA8 || body[i + 2] == 0xA9)
        {
            out.extend_from_slice(if body[i + 2] == 0xA8 { b"\\u2028" } else { b"\\u2029" });
            i += 3;
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    bytes::Bytes::from(out)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn samples() -> Vec<Klant> {
        let base = Klant {
            uuid: "0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10".into(),
            bronorganisatie: "123456782".into(),
            klantnummer: "12".into(),
            website_url: "http://x.nl".into(),
            voornaam: "Ann\u{2028}a \"q\" \\".into(),
            ..Klant::default()
        };
        let adres = Adres { straatnaam: "Keizersgracht".into(), huisnummer: Some(117), ..Adres::default() };
        let va = Verblijfsadres { aoa_identificatie: "1".into(), aoa_huisnummer: Some(3), ..Verblijfsadres::default() };
        let svb = SubVerblijfBuitenland { lnd_landcode: "NL".into(), ..SubVerblijfBuitenland::default() };
        vec![
            base.clone(),
            Klant { adres: Some(adres.clone()), subject: "http://s.nl/1".into(), ..base.clone() },
            Klant { subject_type: Some("natuurlijk_persoon".into()), ..base.clone() },
            Klant {
                subject_type: Some("natuurlijk_persoon".into()),
                adres: Some(adres),
                natuurlijk_persoon: Some(NatuurlijkPersoon { inp_bsn: "111222333".into(), ..Default::default() }),
                verblijfsadres: Some(va.clone()),
                sub_verblijf_buitenland: Some(svb.clone()),
                ..base.clone()
            },
            Klant {
                subject_type: Some("niet_natuurlijk_persoon".into()),
                niet_natuurlijk_persoon: Some(NietNatuurlijkPersoon {
                    statutaire_naam: "BV".into(),
                    ..Default::default()
                }),
                sub_verblijf_buitenland: Some(svb.clone()),
                ..base.clone()
            },
            Klant {
                subject_type: Some("vestiging".into()),
                vestiging: Some(Vestiging { vestigings_nummer: "1".into(), handelsnaam: vec!["a".into(), "b".into()] }),
                verblijfsadres: Some(va),
                ..base
            },
        ]
    }

    #[test]
    fn parse_reads_back_what_render_wrote() {
        for k in samples() {
            let stored = render(&k);
            assert_eq!(parse(&k.uuid, &stored).as_ref(), Some(&k), "{stored}");
        }
    }

    #[test]
    fn wijzigingen_is_the_json_of_both_representations() {
        let ks = samples();
        let base = "http://a\"b\\c:8000";
        for (oud, nieuw) in [(None, Some(&ks[3])), (Some(&ks[0]), Some(&ks[5])), (Some(&ks[4]), None)] {
            let (o, n) = (oud.map(render), nieuw.map(render));
            let text = wijzigingen(o.as_deref(), n.as_deref(), base);
            let value: Value = serde_json::from_str(&text).unwrap();
            let side = |k: Option<&Klant>| k.map_or(Value::Null, |k| k.to_json(base));
            assert_eq!(value, serde_json::json!({"oud": side(oud), "nieuw": side(nieuw)}), "{text}");
            assert!(text.starts_with("{\"oud\":"), "{text}");
        }
    }

    #[test]
    fn with_base_gives_the_representation_of_that_host() {
        for k in samples() {
            for base in ["http://localhost:8000", "https://klanten.gemeente.nl", "http://a\"b\\c"] {
                let expected = escape_line_separators(serde_json::to_string(&k.to_json(base)).unwrap());
                assert_eq!(String::from_utf8(with_base(&render(&k), base)).unwrap(), expected);
            }
        }
    }

    #[test]
    fn line_separators_are_escaped() {
        let k = &samples()[0];
        let stored = render(k);
        assert!(stored.contains("Ann\\u2028a"), "{stored}");
        assert!(!stored.contains('\u{2028}'));
    }
}
