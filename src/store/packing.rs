//! How a klant row keeps its representation: packed, as LZ4 with a dictionary of what every klant's JSON shares.
//!
//! A representation is about 1.1 kB of JSON of which most is the same for every klant: its keys, in the same order,
//! and many empty values (`"voorletters":""`). LZ4 on its own finds little to repeat within one klant; given that
//! common text as a dictionary it finds most of a klant in it, and a seeded klant packs to about 300 bytes. That is
//! what keeps a registry of 1,000,000 klanten at about 1.4 GB in SQLite instead of 2.2 (docs/benchmarks.md).
//! Unpacking takes about a quarter of a microsecond a klant: nothing for a GET, about 25 µs for an uncached list
//! page of 100 (a list page unpacks straight into its body, [`unpack_into`]); a write packs once, in about 1 µs.
//!
//! A packed value is `[dictionary number][text length, u32 little-endian][LZ4 block]`. The dictionaries are
//! frozen: a stored value names the one it was packed with, and every build must keep unpacking it. The
//! dictionary is the klant's keys as `openapi.yaml` 1.0.0 has them (an empty klant of each subject type, rendered)
//! and a few common values; a property added to the OAS later still packs, its key is then stored in the value.
//! A better dictionary is a new number, never a change to an existing one (a test holds them to their digest).
//!
//! A value that starts with `{` is a representation stored as text by an earlier release; `store::sync` packs it
//! when it renders the row again, and until then it is read as it is.
use sea_orm::{DbErr, QueryResult};

/// The dictionaries by number (the first byte of a packed value); the last one packs.
const DICTIONARIES: [&[u8]; 1] = [include_bytes!("packing/dictionary-1.txt")];

/// The number of the dictionary this build packs with.
pub const PACKED_WITH: u8 = DICTIONARIES.len() as u8;

/// The longest text a packed value may claim (a representation is a few kB; a corrupt length must not allocate).
const MAX_TEXT: usize = 1 << 24;

/// The length of a packed value's header: the dictionary number and the text's length.
const HEADER: usize = 5;

/// A stored representation that cannot be read back.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the stored representation is unreadable: {0}")]
pub struct Unreadable(&'static str);

/// `text`, packed with the newest dictionary.
pub fn pack(text: &str) -> Vec<u8> {
    let dictionary = DICTIONARIES[usize::from(PACKED_WITH) - 1];
    let input = text.as_bytes();
    let mut out = vec![0u8; HEADER + lz4_flex::block::get_maximum_output_size(input.len())];
    out[0] = PACKED_WITH;
    // a representation is far below 4 GiB: the service refuses bodies long before
    out[1..HEADER].copy_from_slice(&(input.len() as u32).to_le_bytes());
    let written = lz4_flex::block::compress_into_with_dict(input, &mut out[HEADER..], dictionary)
        .expect("the output has the maximum size LZ4 may need");
    out.truncate(HEADER + written);
    out
}

/// The text of a stored representation: unpacked, or as it is when an earlier release stored it as text.
pub fn unpack(stored: Vec<u8>) -> Result<String, Unreadable> {
    let text = if stored.first() == Some(&b'{') {
        stored
    } else {
        let mut text = Vec::new();
        decode_into(&stored, &mut text)?;
        text
    };
    String::from_utf8(text).map_err(|_| Unreadable("not UTF-8"))
}

/// Appends the text of a stored representation to `out` (a list page's body: no allocation of its own), checked
/// to be UTF-8. On an error `out` is as it was.
pub fn unpack_into(stored: &[u8], out: &mut Vec<u8>) -> Result<(), Unreadable> {
    let start = out.len();
    decode_into(stored, out)?;
    if std::str::from_utf8(&out[start..]).is_err() {
        out.truncate(start);
        return Err(Unreadable("not UTF-8"));
    }
    Ok(())
}

/// Appends the bytes of a stored representation's text to `out`, unchecked; on an error `out` is as it was.
fn decode_into(stored: &[u8], out: &mut Vec<u8>) -> Result<(), Unreadable> {
    let start = out.len();
    match stored.first() {
        Some(b'{') => out.extend_from_slice(stored),
        Some(&number) if (1..=PACKED_WITH).contains(&number) => {
            let len = packed_len(stored)?;
            out.resize(start + len, 0);
            let dictionary = DICTIONARIES[usize::from(number) - 1];
            let written = lz4_flex::block::decompress_into_with_dict(&stored[HEADER..], &mut out[start..], dictionary);
            let refused = match written {
                Ok(n) if n == len => None,
                Ok(_) => Some("shorter than its length"),
                Err(_) => Some("not LZ4 of its dictionary"),
            };
            if let Some(why) = refused {
                out.truncate(start);
                return Err(Unreadable(why));
            }
        }
        _ => return Err(Unreadable("neither packed nor JSON")),
    }
    Ok(())
}

/// The length of a stored representation's text (what [`unpack_into`] appends), from a packed value's header.
pub fn text_len(stored: &[u8]) -> usize {
    match stored.first() {
        Some(b'{') => stored.len(),
        _ => packed_len(stored).unwrap_or(0),
    }
}

/// The text length in a packed value's header, refused when no representation can be that long.
fn packed_len(stored: &[u8]) -> Result<usize, Unreadable> {
    let header: [u8; 4] = stored.get(1..HEADER).and_then(|h| h.try_into().ok()).ok_or(Unreadable("cut short"))?;
    let len = u32::from_le_bytes(header) as usize;
    if len > MAX_TEXT {
        return Err(Unreadable("longer than any representation"));
    }
    Ok(len)
}

/// The unpacked representation in `column` of a result row.
pub fn column(row: &QueryResult, column: &str) -> Result<String, DbErr> {
    unpack(row.try_get::<Vec<u8>>("", column)?).map_err(to_db)
}

/// The unpacked representation in `column` of a result row, if it is not NULL.
pub fn optional_column(row: &QueryResult, column: &str) -> Result<Option<String>, DbErr> {
    row.try_get::<Option<Vec<u8>>>("", column)?.map(unpack).transpose().map_err(to_db)
}

/// An unreadable representation as the database error that a read reports.
pub fn to_db(e: Unreadable) -> DbErr {
    DbErr::Custom(e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use md5::{Digest, Md5};
    use proptest::prelude::*;

    const KLANT: &str = r#"{"url":"/api/v1/klanten/fb275538-da69-419c-8f15-e980688ff0b2","bronorganisatie":"950428139","klantnummer":"500","bedrijfsnaam":"","functie":"","websiteUrl":"http://www.example.nl","voornaam":"Voornaam-499","voorvoegselAchternaam":"","achternaam":"Achternaam-499","telefoonnummer":"","emailadres":"klant499@example.nl","adres":{"straatnaam":"Keizersgracht","huisnummer":500,"huisletter":"","huisnummertoevoeging":"","postcode":"1499AB","woonplaatsnaam":"Amsterdam","landcode":"6030"},"subject":"","subjectType":"natuurlijk_persoon","subjectIdentificatie":{"inpBsn":"111222333","anpIdentificatie":"","inpANummer":"","geslachtsnaam":"Achternaam-499","voorvoegselGeslachtsnaam":"","voorletters":"","voornamen":"Voornaam-499","geslachtsaanduiding":"","geboortedatum":"","verblijfsadres":{"aoaIdentificatie":"499","wplWoonplaatsNaam":"","gorOpenbareRuimteNaam":"Keizersgracht","aoaPostcode":"","aoaHuisnummer":null,"aoaHuisletter":"","aoaHuisnummertoevoeging":"","inpLocatiebeschrijving":""},"subVerblijfBuitenland":{"lndLandcode":"6030","lndLandnaam":"Nederland","subAdresBuitenland1":"","subAdresBuitenland2":"","subAdresBuitenland3":""}}}"#;

    #[test]
    fn a_klant_packs_small_and_unpacks_to_the_same_text() {
        let packed = pack(KLANT);
        assert_eq!(packed[0], PACKED_WITH);
        assert!(packed.len() < KLANT.len() / 3, "{} bytes packed of {}", packed.len(), KLANT.len());
        assert_eq!(unpack(packed).unwrap(), KLANT);
    }

    #[test]
    fn unpacking_into_a_body_appends_the_text_or_nothing() {
        let mut body = b"[".to_vec();
        unpack_into(&pack(KLANT), &mut body).unwrap();
        unpack_into(KLANT.as_bytes(), &mut body).unwrap();
        assert_eq!(body, [b"[", KLANT.as_bytes(), KLANT.as_bytes()].concat());
        let mut damaged = pack(KLANT);
        damaged.truncate(damaged.len() - 3);
        assert!(unpack_into(&damaged, &mut body).is_err());
        assert_eq!(body.len(), 1 + 2 * KLANT.len(), "a failed unpacking leaves the body as it was");
        assert_eq!(text_len(&pack(KLANT)), KLANT.len());
        assert_eq!(text_len(KLANT.as_bytes()), KLANT.len());
    }

    #[test]
    fn text_of_an_earlier_release_is_read_as_it_is() {
        assert_eq!(unpack(KLANT.as_bytes().to_vec()).unwrap(), KLANT);
    }

    #[test]
    fn a_damaged_value_is_unreadable_not_a_panic() {
        let packed = pack(KLANT);
        assert_eq!(unpack(Vec::new()), Err(Unreadable("neither packed nor JSON")));
        assert_eq!(unpack(vec![PACKED_WITH + 1, 0, 0, 0, 0]), Err(Unreadable("neither packed nor JSON")));
        assert_eq!(unpack(packed[..3].to_vec()), Err(Unreadable("cut short")));
        assert_eq!(
            unpack([&[PACKED_WITH, 255, 255, 255, 255][..], &packed[HEADER..]].concat()).unwrap_err().0,
            "longer than any representation"
        );
        let mut longer = packed.clone();
        longer[1] += 1;
        assert!(unpack(longer).is_err());
        assert!(unpack(packed[..packed.len() - 4].to_vec()).is_err());
    }

    #[test]
    fn the_dictionaries_are_frozen() {
        // a packed value names its dictionary for good: changing one would make stored klanten unreadable
        let digests: Vec<String> =
            DICTIONARIES.iter().map(|d| Md5::digest(d).iter().map(|b| format!("{b:02x}")).collect()).collect();
        assert_eq!(digests, ["860c9be602789d4d2b6a9e73e0c7b7b4"]);
    }

    proptest! {
        #[test]
        fn any_text_round_trips(text in "\\PC{0,3000}") {
            prop_assert_eq!(unpack(pack(&text)).ok(), Some(text));
        }

        #[test]
        fn any_bytes_unpack_or_fail_without_panic(mut bytes in proptest::collection::vec(any::<u8>(), 0..600), tag in 0u8..3) {
            if let Some(first) = bytes.first_mut() {
                *first = tag;
            }
            let _ = unpack(bytes);
        }
    }
}
