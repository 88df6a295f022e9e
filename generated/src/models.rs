#![allow(unused_qualifications)]
#[cfg(not(feature = "validate"))]
use validator::Validate;

use crate::models;
#[cfg(any(feature = "client", feature = "server"))]
use crate::header;
#[cfg(feature = "validate")]
use serde_valid::Validate;

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct AuditTrail {
    /// Unieke identificatie van de audit regel.
    #[serde(rename = "uuid")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub uuid: Option<uuid::Uuid>,

    #[serde(rename = "bron")]

    #[cfg_attr(feature = "validate", validate)]
    pub bron: models::Bron,

    /// Unieke identificatie van de applicatie, binnen de organisatie.
    #[serde(rename = "applicatieId")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 100),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub applicatie_id: Option<String>,

    /// Vriendelijke naam van de applicatie.
    #[serde(rename = "applicatieWeergave")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub applicatie_weergave: Option<String>,

    /// Unieke identificatie van de gebruiker die binnen de organisatie herleid kan worden naar een persoon.
    #[serde(rename = "gebruikersId")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 255),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 255))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub gebruikers_id: Option<String>,

    /// Vriendelijke naam van de gebruiker.
    #[serde(rename = "gebruikersWeergave")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 255),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 255))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub gebruikers_weergave: Option<String>,

    /// De uitgevoerde handeling.  De bekende waardes voor dit veld zijn hieronder aangegeven,                         maar andere waardes zijn ook toegestaan  Uitleg bij mogelijke waarden:  * `create` - Object aangemaakt * `list` - Lijst van objecten opgehaald * `retrieve` - Object opgehaald * `destroy` - Object verwijderd * `update` - Object bijgewerkt * `partial_update` - Object deels bijgewerkt
    #[serde(rename = "actie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 50),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]

    pub actie: String,

    /// Vriendelijke naam van de actie.
    #[serde(rename = "actieWeergave")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub actie_weergave: Option<String>,

    /// HTTP status code van de API response van de uitgevoerde handeling.
    #[serde(rename = "resultaat")]
    #[cfg_attr(not(feature = "validate"), validate(
            range(min = 100u16, max = 599u16),
        ))]
    #[cfg_attr(feature = "validate", validate(minimum = 100u16))]
    #[cfg_attr(feature = "validate", validate(maximum = 599u16))]

    pub resultaat: u16,

    /// De URL naar het hoofdobject van een component.
    #[serde(rename = "hoofdObject")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    pub hoofd_object: String,

    /// Het type resource waarop de actie gebeurde.
    #[serde(rename = "resource")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 50),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 50))]

    pub resource: String,

    /// De URL naar het object.
    #[serde(rename = "resourceUrl")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    pub resource_url: String,

    /// Toelichting waarom de handeling is uitgevoerd.
    #[serde(rename = "toelichting")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub toelichting: Option<String>,

    /// Vriendelijke identificatie van het object.
    #[serde(rename = "resourceWeergave")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    pub resource_weergave: String,

    /// De datum waarop de handeling is gedaan.
    #[serde(rename = "aanmaakdatum")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub aanmaakdatum: Option<chrono::DateTime::<chrono::Utc>>,

    #[serde(rename = "wijzigingen")]

    #[cfg_attr(feature = "validate", validate)]
    pub wijzigingen: models::Wijzigingen,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for AuditTrail {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for AuditTrail {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl AuditTrail {
    #[allow(clippy::new_without_default)]
    pub fn new(bron: models::Bron, actie: String, resultaat: u16, hoofd_object: String, resource: String, resource_url: String, resource_weergave: String, wijzigingen: models::Wijzigingen, ) -> AuditTrail {
        AuditTrail {
            uuid: None,
            bron,
            applicatie_id: None,
            applicatie_weergave: None,
            gebruikers_id: None,
            gebruikers_weergave: None,
            actie,
            actie_weergave: None,
            resultaat,
            hoofd_object,
            resource,
            resource_url,
            toelichting: None,
            resource_weergave,
            aanmaakdatum: None,
            wijzigingen,
        }
    }
}

/// Converts the AuditTrail value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for AuditTrail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type uuid in query parameter serialization
            // Skipping non-primitive type bron in query parameter serialization
            self.applicatie_id.as_ref().map(|applicatie_id| {
                [
                    "applicatieId".to_string(),
                    applicatie_id.to_string(),
                ].join(",")
            }),
            self.applicatie_weergave.as_ref().map(|applicatie_weergave| {
                [
                    "applicatieWeergave".to_string(),
                    applicatie_weergave.to_string(),
                ].join(",")
            }),
            self.gebruikers_id.as_ref().map(|gebruikers_id| {
                [
                    "gebruikersId".to_string(),
                    gebruikers_id.to_string(),
                ].join(",")
            }),
            self.gebruikers_weergave.as_ref().map(|gebruikers_weergave| {
                [
                    "gebruikersWeergave".to_string(),
                    gebruikers_weergave.to_string(),
                ].join(",")
            }),
            Some("actie".to_string()),
            Some(self.actie.to_string()),
            self.actie_weergave.as_ref().map(|actie_weergave| {
                [
                    "actieWeergave".to_string(),
                    actie_weergave.to_string(),
                ].join(",")
            }),
            Some("resultaat".to_string()),
            Some(self.resultaat.to_string()),
            Some("hoofdObject".to_string()),
            Some(self.hoofd_object.to_string()),
            Some("resource".to_string()),
            Some(self.resource.to_string()),
            Some("resourceUrl".to_string()),
            Some(self.resource_url.to_string()),
            self.toelichting.as_ref().map(|toelichting| {
                [
                    "toelichting".to_string(),
                    toelichting.to_string(),
                ].join(",")
            }),
            Some("resourceWeergave".to_string()),
            Some(self.resource_weergave.to_string()),
            // Skipping non-primitive type aanmaakdatum in query parameter serialization
            // Skipping non-primitive type wijzigingen in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a AuditTrail value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for AuditTrail {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub uuid: Vec<uuid::Uuid>,
            pub bron: Vec<models::Bron>,
            pub applicatie_id: Vec<String>,
            pub applicatie_weergave: Vec<String>,
            pub gebruikers_id: Vec<String>,
            pub gebruikers_weergave: Vec<String>,
            pub actie: Vec<String>,
            pub actie_weergave: Vec<String>,
            pub resultaat: Vec<u16>,
            pub hoofd_object: Vec<String>,
            pub resource: Vec<String>,
            pub resource_url: Vec<String>,
            pub toelichting: Vec<String>,
            pub resource_weergave: Vec<String>,
            pub aanmaakdatum: Vec<chrono::DateTime::<chrono::Utc>>,
            pub wijzigingen: Vec<models::Wijzigingen>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing AuditTrail".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "uuid" => intermediate_rep.uuid.push(<uuid::Uuid as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bron" => intermediate_rep.bron.push(<models::Bron as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "applicatieId" => intermediate_rep.applicatie_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "applicatieWeergave" => intermediate_rep.applicatie_weergave.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "gebruikersId" => intermediate_rep.gebruikers_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "gebruikersWeergave" => intermediate_rep.gebruikers_weergave.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "actie" => intermediate_rep.actie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "actieWeergave" => intermediate_rep.actie_weergave.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "resultaat" => intermediate_rep.resultaat.push(<u16 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "hoofdObject" => intermediate_rep.hoofd_object.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "resource" => intermediate_rep.resource.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "resourceUrl" => intermediate_rep.resource_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "toelichting" => intermediate_rep.toelichting.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "resourceWeergave" => intermediate_rep.resource_weergave.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "aanmaakdatum" => intermediate_rep.aanmaakdatum.push(<chrono::DateTime::<chrono::Utc> as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "wijzigingen" => intermediate_rep.wijzigingen.push(<models::Wijzigingen as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing AuditTrail".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(AuditTrail {
            uuid: intermediate_rep.uuid.into_iter().next(),
            bron: intermediate_rep.bron.into_iter().next().ok_or_else(|| "bron missing in AuditTrail".to_string())?,
            applicatie_id: intermediate_rep.applicatie_id.into_iter().next(),
            applicatie_weergave: intermediate_rep.applicatie_weergave.into_iter().next(),
            gebruikers_id: intermediate_rep.gebruikers_id.into_iter().next(),
            gebruikers_weergave: intermediate_rep.gebruikers_weergave.into_iter().next(),
            actie: intermediate_rep.actie.into_iter().next().ok_or_else(|| "actie missing in AuditTrail".to_string())?,
            actie_weergave: intermediate_rep.actie_weergave.into_iter().next(),
            resultaat: intermediate_rep.resultaat.into_iter().next().ok_or_else(|| "resultaat missing in AuditTrail".to_string())?,
            hoofd_object: intermediate_rep.hoofd_object.into_iter().next().ok_or_else(|| "hoofdObject missing in AuditTrail".to_string())?,
            resource: intermediate_rep.resource.into_iter().next().ok_or_else(|| "resource missing in AuditTrail".to_string())?,
            resource_url: intermediate_rep.resource_url.into_iter().next().ok_or_else(|| "resourceUrl missing in AuditTrail".to_string())?,
            toelichting: intermediate_rep.toelichting.into_iter().next(),
            resource_weergave: intermediate_rep.resource_weergave.into_iter().next().ok_or_else(|| "resourceWeergave missing in AuditTrail".to_string())?,
            aanmaakdatum: intermediate_rep.aanmaakdatum.into_iter().next(),
            wijzigingen: intermediate_rep.wijzigingen.into_iter().next().ok_or_else(|| "wijzigingen missing in AuditTrail".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<AuditTrail> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<AuditTrail>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<AuditTrail>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for AuditTrail - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<AuditTrail> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <AuditTrail as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into AuditTrail - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<AuditTrail>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<AuditTrail>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<AuditTrail>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<AuditTrail> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <AuditTrail as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into AuditTrail - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// De naam van het component waar de wijziging in is gedaan.  Uitleg bij mogelijke waarden:  * `ac` - Autorisaties API * `nrc` - Notificaties API * `zrc` - Zaken API * `ztc` - Catalogi API * `drc` - Documenten API * `brc` - Besluiten API * `cmc` - Contactmomenten API * `kc` - Klanten API
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum Bron {
    #[serde(rename = "ac")]
    Ac,
    #[serde(rename = "nrc")]
    Nrc,
    #[serde(rename = "zrc")]
    Zrc,
    #[serde(rename = "ztc")]
    Ztc,
    #[serde(rename = "drc")]
    Drc,
    #[serde(rename = "brc")]
    Brc,
    #[serde(rename = "cmc")]
    Cmc,
    #[serde(rename = "kc")]
    Kc,
}

impl std::fmt::Display for Bron {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Bron::Ac => write!(f, "ac"),
            Bron::Nrc => write!(f, "nrc"),
            Bron::Zrc => write!(f, "zrc"),
            Bron::Ztc => write!(f, "ztc"),
            Bron::Drc => write!(f, "drc"),
            Bron::Brc => write!(f, "brc"),
            Bron::Cmc => write!(f, "cmc"),
            Bron::Kc => write!(f, "kc"),
        }
    }
}

impl std::str::FromStr for Bron {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "ac" => std::result::Result::Ok(Bron::Ac),
            "nrc" => std::result::Result::Ok(Bron::Nrc),
            "zrc" => std::result::Result::Ok(Bron::Zrc),
            "ztc" => std::result::Result::Ok(Bron::Ztc),
            "drc" => std::result::Result::Ok(Bron::Drc),
            "brc" => std::result::Result::Ok(Bron::Brc),
            "cmc" => std::result::Result::Ok(Bron::Cmc),
            "kc" => std::result::Result::Ok(Bron::Kc),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<Bron> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Bron>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Bron>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Bron - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Bron> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Bron as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Bron - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Bron>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Bron>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Bron>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Bron> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Bron as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Bron - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct FieldValidationError {
    /// Naam van het veld met ongeldige gegevens
    #[serde(rename = "name")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub name: String,

    /// Systeemcode die het type fout aangeeft
    #[serde(rename = "code")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub code: String,

    /// Uitleg wat er precies fout is met de gegevens
    #[serde(rename = "reason")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub reason: String,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for FieldValidationError {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for FieldValidationError {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl FieldValidationError {
    #[allow(clippy::new_without_default)]
    pub fn new(name: String, code: String, reason: String, ) -> FieldValidationError {
        FieldValidationError {
            name,
            code,
            reason,
        }
    }
}

/// Converts the FieldValidationError value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for FieldValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("name".to_string()),
            Some(self.name.to_string()),
            Some("code".to_string()),
            Some(self.code.to_string()),
            Some("reason".to_string()),
            Some(self.reason.to_string()),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a FieldValidationError value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for FieldValidationError {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub name: Vec<String>,
            pub code: Vec<String>,
            pub reason: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing FieldValidationError".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "name" => intermediate_rep.name.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "reason" => intermediate_rep.reason.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing FieldValidationError".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(FieldValidationError {
            name: intermediate_rep.name.into_iter().next().ok_or_else(|| "name missing in FieldValidationError".to_string())?,
            code: intermediate_rep.code.into_iter().next().ok_or_else(|| "code missing in FieldValidationError".to_string())?,
            reason: intermediate_rep.reason.into_iter().next().ok_or_else(|| "reason missing in FieldValidationError".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<FieldValidationError> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<FieldValidationError>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<FieldValidationError>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for FieldValidationError - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<FieldValidationError> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <FieldValidationError as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into FieldValidationError - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<FieldValidationError>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<FieldValidationError>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<FieldValidationError>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<FieldValidationError> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <FieldValidationError as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into FieldValidationError - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Fout {
    /// URI referentie naar het type fout, bedoeld voor developers
    #[serde(rename = "type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub r#type: Option<String>,

    /// Systeemcode die het type fout aangeeft
    #[serde(rename = "code")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub code: String,

    /// Generieke titel voor het type fout
    #[serde(rename = "title")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub title: String,

    /// De HTTP status code
    #[serde(rename = "status")]

    pub status: i32,

    /// Extra informatie bij de fout, indien beschikbaar
    #[serde(rename = "detail")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub detail: String,

    /// URI met referentie naar dit specifiek voorkomen van de fout. Deze kan gebruikt worden in combinatie met server logs, bijvoorbeeld.
    #[serde(rename = "instance")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub instance: String,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Fout {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Fout {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Fout {
    #[allow(clippy::new_without_default)]
    pub fn new(code: String, title: String, status: i32, detail: String, instance: String, ) -> Fout {
        Fout {
            r#type: None,
            code,
            title,
            status,
            detail,
            instance,
        }
    }
}

/// Converts the Fout value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Fout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.r#type.as_ref().map(|r#type| {
                [
                    "type".to_string(),
                    r#type.to_string(),
                ].join(",")
            }),
            Some("code".to_string()),
            Some(self.code.to_string()),
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("status".to_string()),
            Some(self.status.to_string()),
            Some("detail".to_string()),
            Some(self.detail.to_string()),
            Some("instance".to_string()),
            Some(self.instance.to_string()),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Fout value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Fout {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r#type: Vec<String>,
            pub code: Vec<String>,
            pub title: Vec<String>,
            pub status: Vec<i32>,
            pub detail: Vec<String>,
            pub instance: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Fout".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r#type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "detail" => intermediate_rep.detail.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "instance" => intermediate_rep.instance.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Fout".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Fout {
            r#type: intermediate_rep.r#type.into_iter().next(),
            code: intermediate_rep.code.into_iter().next().ok_or_else(|| "code missing in Fout".to_string())?,
            title: intermediate_rep.title.into_iter().next().ok_or_else(|| "title missing in Fout".to_string())?,
            status: intermediate_rep.status.into_iter().next().ok_or_else(|| "status missing in Fout".to_string())?,
            detail: intermediate_rep.detail.into_iter().next().ok_or_else(|| "detail missing in Fout".to_string())?,
            instance: intermediate_rep.instance.into_iter().next().ok_or_else(|| "instance missing in Fout".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Fout> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Fout>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Fout>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Fout - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Fout> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Fout as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Fout - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Fout>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Fout>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Fout>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Fout> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Fout as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Fout - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Een aanduiding die aangeeft of de persoon een man of een vrouw is, of dat het geslacht nog onbekend is.  Uitleg bij mogelijke waarden:  * `m` - Man * `v` - Vrouw * `o` - Onbekend
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum Geslachtsaanduiding {
    #[serde(rename = "m")]
    M,
    #[serde(rename = "v")]
    V,
    #[serde(rename = "o")]
    O,
}

impl std::fmt::Display for Geslachtsaanduiding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Geslachtsaanduiding::M => write!(f, "m"),
            Geslachtsaanduiding::V => write!(f, "v"),
            Geslachtsaanduiding::O => write!(f, "o"),
        }
    }
}

impl std::str::FromStr for Geslachtsaanduiding {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "m" => std::result::Result::Ok(Geslachtsaanduiding::M),
            "v" => std::result::Result::Ok(Geslachtsaanduiding::V),
            "o" => std::result::Result::Ok(Geslachtsaanduiding::O),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<Geslachtsaanduiding> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Geslachtsaanduiding>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Geslachtsaanduiding>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Geslachtsaanduiding - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Geslachtsaanduiding> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Geslachtsaanduiding as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Geslachtsaanduiding - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Geslachtsaanduiding>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Geslachtsaanduiding>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Geslachtsaanduiding>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Geslachtsaanduiding> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Geslachtsaanduiding as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Geslachtsaanduiding - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// De juridische vorm van de NIET-NATUURLIJK PERSOON.
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum InnRechtsvorm {
    #[serde(rename = "besloten_vennootschap")]
    BeslotenVennootschap,
    #[serde(rename = "cooperatie_europees_economische_samenwerking")]
    CooperatieEuropeesEconomischeSamenwerking,
    #[serde(rename = "europese_cooperatieve_venootschap")]
    EuropeseCooperatieveVenootschap,
    #[serde(rename = "europese_naamloze_vennootschap")]
    EuropeseNaamlozeVennootschap,
    #[serde(rename = "kerkelijke_organisatie")]
    KerkelijkeOrganisatie,
    #[serde(rename = "naamloze_vennootschap")]
    NaamlozeVennootschap,
    #[serde(rename = "onderlinge_waarborg_maatschappij")]
    OnderlingeWaarborgMaatschappij,
    #[serde(rename = "overig_privaatrechtelijke_rechtspersoon")]
    OverigPrivaatrechtelijkeRechtspersoon,
    #[serde(rename = "stichting")]
    Stichting,
    #[serde(rename = "vereniging")]
    Vereniging,
    #[serde(rename = "vereniging_van_eigenaars")]
    VerenigingVanEigenaars,
    #[serde(rename = "publiekrechtelijke_rechtspersoon")]
    PubliekrechtelijkeRechtspersoon,
    #[serde(rename = "vennootschap_onder_firma")]
    VennootschapOnderFirma,
    #[serde(rename = "maatschap")]
    Maatschap,
    #[serde(rename = "rederij")]
    Rederij,
    #[serde(rename = "commanditaire_vennootschap")]
    CommanditaireVennootschap,
    #[serde(rename = "kapitaalvennootschap_binnen_eer")]
    KapitaalvennootschapBinnenEer,
    #[serde(rename = "overige_buitenlandse_rechtspersoon_vennootschap")]
    OverigeBuitenlandseRechtspersoonVennootschap,
    #[serde(rename = "kapitaalvennootschap_buiten_eer")]
    KapitaalvennootschapBuitenEer,
}

impl std::fmt::Display for InnRechtsvorm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            InnRechtsvorm::BeslotenVennootschap => write!(f, "besloten_vennootschap"),
            InnRechtsvorm::CooperatieEuropeesEconomischeSamenwerking => write!(f, "cooperatie_europees_economische_samenwerking"),
            InnRechtsvorm::EuropeseCooperatieveVenootschap => write!(f, "europese_cooperatieve_venootschap"),
            InnRechtsvorm::EuropeseNaamlozeVennootschap => write!(f, "europese_naamloze_vennootschap"),
            InnRechtsvorm::KerkelijkeOrganisatie => write!(f, "kerkelijke_organisatie"),
            InnRechtsvorm::NaamlozeVennootschap => write!(f, "naamloze_vennootschap"),
            InnRechtsvorm::OnderlingeWaarborgMaatschappij => write!(f, "onderlinge_waarborg_maatschappij"),
            InnRechtsvorm::OverigPrivaatrechtelijkeRechtspersoon => write!(f, "overig_privaatrechtelijke_rechtspersoon"),
            InnRechtsvorm::Stichting => write!(f, "stichting"),
            InnRechtsvorm::Vereniging => write!(f, "vereniging"),
            InnRechtsvorm::VerenigingVanEigenaars => write!(f, "vereniging_van_eigenaars"),
            InnRechtsvorm::PubliekrechtelijkeRechtspersoon => write!(f, "publiekrechtelijke_rechtspersoon"),
            InnRechtsvorm::VennootschapOnderFirma => write!(f, "vennootschap_onder_firma"),
            InnRechtsvorm::Maatschap => write!(f, "maatschap"),
            InnRechtsvorm::Rederij => write!(f, "rederij"),
            InnRechtsvorm::CommanditaireVennootschap => write!(f, "commanditaire_vennootschap"),
            InnRechtsvorm::KapitaalvennootschapBinnenEer => write!(f, "kapitaalvennootschap_binnen_eer"),
            InnRechtsvorm::OverigeBuitenlandseRechtspersoonVennootschap => write!(f, "overige_buitenlandse_rechtspersoon_vennootschap"),
            InnRechtsvorm::KapitaalvennootschapBuitenEer => write!(f, "kapitaalvennootschap_buiten_eer"),
        }
    }
}

impl std::str::FromStr for InnRechtsvorm {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "besloten_vennootschap" => std::result::Result::Ok(InnRechtsvorm::BeslotenVennootschap),
            "cooperatie_europees_economische_samenwerking" => std::result::Result::Ok(InnRechtsvorm::CooperatieEuropeesEconomischeSamenwerking),
            "europese_cooperatieve_venootschap" => std::result::Result::Ok(InnRechtsvorm::EuropeseCooperatieveVenootschap),
            "europese_naamloze_vennootschap" => std::result::Result::Ok(InnRechtsvorm::EuropeseNaamlozeVennootschap),
            "kerkelijke_organisatie" => std::result::Result::Ok(InnRechtsvorm::KerkelijkeOrganisatie),
            "naamloze_vennootschap" => std::result::Result::Ok(InnRechtsvorm::NaamlozeVennootschap),
            "onderlinge_waarborg_maatschappij" => std::result::Result::Ok(InnRechtsvorm::OnderlingeWaarborgMaatschappij),
            "overig_privaatrechtelijke_rechtspersoon" => std::result::Result::Ok(InnRechtsvorm::OverigPrivaatrechtelijkeRechtspersoon),
            "stichting" => std::result::Result::Ok(InnRechtsvorm::Stichting),
            "vereniging" => std::result::Result::Ok(InnRechtsvorm::Vereniging),
            "vereniging_van_eigenaars" => std::result::Result::Ok(InnRechtsvorm::VerenigingVanEigenaars),
            "publiekrechtelijke_rechtspersoon" => std::result::Result::Ok(InnRechtsvorm::PubliekrechtelijkeRechtspersoon),
            "vennootschap_onder_firma" => std::result::Result::Ok(InnRechtsvorm::VennootschapOnderFirma),
            "maatschap" => std::result::Result::Ok(InnRechtsvorm::Maatschap),
            "rederij" => std::result::Result::Ok(InnRechtsvorm::Rederij),
            "commanditaire_vennootschap" => std::result::Result::Ok(InnRechtsvorm::CommanditaireVennootschap),
            "kapitaalvennootschap_binnen_eer" => std::result::Result::Ok(InnRechtsvorm::KapitaalvennootschapBinnenEer),
            "overige_buitenlandse_rechtspersoon_vennootschap" => std::result::Result::Ok(InnRechtsvorm::OverigeBuitenlandseRechtspersoonVennootschap),
            "kapitaalvennootschap_buiten_eer" => std::result::Result::Ok(InnRechtsvorm::KapitaalvennootschapBuitenEer),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<InnRechtsvorm> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<InnRechtsvorm>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<InnRechtsvorm>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for InnRechtsvorm - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<InnRechtsvorm> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <InnRechtsvorm as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into InnRechtsvorm - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<InnRechtsvorm>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<InnRechtsvorm>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<InnRechtsvorm>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<InnRechtsvorm> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <InnRechtsvorm as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into InnRechtsvorm - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Klant {
    /// URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    /// Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de klant heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef
    #[serde(rename = "bronorganisatie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 9),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 9))]

    pub bronorganisatie: String,

    /// De unieke identificatie van de klant binnen de bronorganisatie.
    #[serde(rename = "klantnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 8),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 8))]

    pub klantnummer: String,

    /// De bedrijfsnaam van de klant.
    #[serde(rename = "bedrijfsnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub bedrijfsnaam: Option<String>,

    /// De functie van de klant.
    #[serde(rename = "functie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub functie: Option<String>,

    /// Het label of etiket dat aan de specifieke informatiebron, zoals een webpagina, een bestand of een plaatje op internet is toegewezen waar de KLANT in de regel op het internet vindbaar is.
    #[serde(rename = "websiteUrl")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    pub website_url: String,

    /// De voornaam, voorletters of roepnaam van de klant.
    #[serde(rename = "voornaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voornaam: Option<String>,

    /// Het voorvoegsel van de achternaam van de klant.
    #[serde(rename = "voorvoegselAchternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 10),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 10))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voorvoegsel_achternaam: Option<String>,

    /// De achternaam van de klant.
    #[serde(rename = "achternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub achternaam: Option<String>,

    /// Het mobiele of vaste telefoonnummer van de klant.
    #[serde(rename = "telefoonnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub telefoonnummer: Option<String>,

    /// Het e-mail adres van de klant.
    #[serde(rename = "emailadres")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 254),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 254))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub emailadres: Option<String>,

    #[serde(rename = "adres")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub adres: Option<swagger::Nullable<models::KlantAdres>>,

    /// URL-referentie naar een subject
    #[serde(rename = "subject")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub subject: Option<String>,

    #[serde(rename = "subjectType")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_type: Option<swagger::Nullable<models::SubjectType>>,

    /// Properties outside this schema, kept as raw JSON: the `subjectType` discriminator selects a subtype whose
    /// own properties would otherwise be dropped.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Klant {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Klant {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Klant {
    #[allow(clippy::new_without_default)]
    pub fn new(bronorganisatie: String, klantnummer: String, website_url: String, ) -> Klant {
        Klant {
            url: None,
            bronorganisatie,
            klantnummer,
            bedrijfsnaam: None,
            functie: None,
            website_url,
            voornaam: None,
            voorvoegsel_achternaam: None,
            achternaam: None,
            telefoonnummer: None,
            emailadres: None,
            adres: None,
            subject: None,
            subject_type: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}

/// Converts the Klant value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Klant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),
            Some("bronorganisatie".to_string()),
            Some(self.bronorganisatie.to_string()),
            Some("klantnummer".to_string()),
            Some(self.klantnummer.to_string()),
            self.bedrijfsnaam.as_ref().map(|bedrijfsnaam| {
                [
                    "bedrijfsnaam".to_string(),
                    bedrijfsnaam.to_string(),
                ].join(",")
            }),
            self.functie.as_ref().map(|functie| {
                [
                    "functie".to_string(),
                    functie.to_string(),
                ].join(",")
            }),
            Some("websiteUrl".to_string()),
            Some(self.website_url.to_string()),
            self.voornaam.as_ref().map(|voornaam| {
                [
                    "voornaam".to_string(),
                    voornaam.to_string(),
                ].join(",")
            }),
            self.voorvoegsel_achternaam.as_ref().map(|voorvoegsel_achternaam| {
                [
                    "voorvoegselAchternaam".to_string(),
                    voorvoegsel_achternaam.to_string(),
                ].join(",")
            }),
            self.achternaam.as_ref().map(|achternaam| {
                [
                    "achternaam".to_string(),
                    achternaam.to_string(),
                ].join(",")
            }),
            self.telefoonnummer.as_ref().map(|telefoonnummer| {
                [
                    "telefoonnummer".to_string(),
                    telefoonnummer.to_string(),
                ].join(",")
            }),
            self.emailadres.as_ref().map(|emailadres| {
                [
                    "emailadres".to_string(),
                    emailadres.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type adres in query parameter serialization
            self.subject.as_ref().map(|subject| {
                [
                    "subject".to_string(),
                    subject.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type subjectType in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Klant value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Klant {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub bronorganisatie: Vec<String>,
            pub klantnummer: Vec<String>,
            pub bedrijfsnaam: Vec<String>,
            pub functie: Vec<String>,
            pub website_url: Vec<String>,
            pub voornaam: Vec<String>,
            pub voorvoegsel_achternaam: Vec<String>,
            pub achternaam: Vec<String>,
            pub telefoonnummer: Vec<String>,
            pub emailadres: Vec<String>,
            pub adres: Vec<swagger::Nullable<models::KlantAdres>>,
            pub subject: Vec<String>,
            pub subject_type: Vec<swagger::Nullable<models::SubjectType>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Klant".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bronorganisatie" => intermediate_rep.bronorganisatie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "klantnummer" => intermediate_rep.klantnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bedrijfsnaam" => intermediate_rep.bedrijfsnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "functie" => intermediate_rep.functie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "websiteUrl" => intermediate_rep.website_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voornaam" => intermediate_rep.voornaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voorvoegselAchternaam" => intermediate_rep.voorvoegsel_achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "achternaam" => intermediate_rep.achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "telefoonnummer" => intermediate_rep.telefoonnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "emailadres" => intermediate_rep.emailadres.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "adres" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in Klant".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "subject" => intermediate_rep.subject.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "subjectType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in Klant".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing Klant".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Klant {
            url: intermediate_rep.url.into_iter().next(),
            bronorganisatie: intermediate_rep.bronorganisatie.into_iter().next().ok_or_else(|| "bronorganisatie missing in Klant".to_string())?,
            klantnummer: intermediate_rep.klantnummer.into_iter().next().ok_or_else(|| "klantnummer missing in Klant".to_string())?,
            bedrijfsnaam: intermediate_rep.bedrijfsnaam.into_iter().next(),
            functie: intermediate_rep.functie.into_iter().next(),
            website_url: intermediate_rep.website_url.into_iter().next().ok_or_else(|| "websiteUrl missing in Klant".to_string())?,
            voornaam: intermediate_rep.voornaam.into_iter().next(),
            voorvoegsel_achternaam: intermediate_rep.voorvoegsel_achternaam.into_iter().next(),
            achternaam: intermediate_rep.achternaam.into_iter().next(),
            telefoonnummer: intermediate_rep.telefoonnummer.into_iter().next(),
            emailadres: intermediate_rep.emailadres.into_iter().next(),
            adres: std::result::Result::Err("Nullable types not supported in Klant".to_string())?,
            subject: intermediate_rep.subject.into_iter().next(),
            subject_type: std::result::Result::Err("Nullable types not supported in Klant".to_string())?,
            additional_properties: std::collections::BTreeMap::new(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Klant> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Klant>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Klant>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Klant - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Klant> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Klant as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Klant - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Klant>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Klant>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Klant>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Klant> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Klant as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Klant - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Adresgegevens zoals opgegeven door de klant (kan ook een buitenlandsadres zijn)
#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct KlantAdres {
    #[serde(rename = "straatnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 100),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub straatnaam: Option<String>,

    #[serde(rename = "huisnummer")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub huisnummer: Option<swagger::Nullable<u32>>,

    #[serde(rename = "huisletter")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub huisletter: Option<String>,

    #[serde(rename = "huisnummertoevoeging")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 4),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 4))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub huisnummertoevoeging: Option<String>,

    #[serde(rename = "postcode")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 7),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 7))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub postcode: Option<String>,

    #[serde(rename = "woonplaatsnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 80),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 80))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub woonplaatsnaam: Option<String>,

    /// De code, behorende bij de landnaam, zoals opgenomen in de Land/Gebied-tabel van de BRP.
    #[serde(rename = "landcode")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 4),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 4))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub landcode: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for KlantAdres {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for KlantAdres {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl KlantAdres {
    #[allow(clippy::new_without_default)]
    pub fn new() -> KlantAdres {
        KlantAdres {
            straatnaam: None,
            huisnummer: None,
            huisletter: None,
            huisnummertoevoeging: None,
            postcode: None,
            woonplaatsnaam: None,
            landcode: None,
        }
    }
}

/// Converts the KlantAdres value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for KlantAdres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.straatnaam.as_ref().map(|straatnaam| {
                [
                    "straatnaam".to_string(),
                    straatnaam.to_string(),
                ].join(",")
            }),
            self.huisnummer.as_ref().map(|huisnummer| {
                [
                    "huisnummer".to_string(),
                    huisnummer.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
            self.huisletter.as_ref().map(|huisletter| {
                [
                    "huisletter".to_string(),
                    huisletter.to_string(),
                ].join(",")
            }),
            self.huisnummertoevoeging.as_ref().map(|huisnummertoevoeging| {
                [
                    "huisnummertoevoeging".to_string(),
                    huisnummertoevoeging.to_string(),
                ].join(",")
            }),
            self.postcode.as_ref().map(|postcode| {
                [
                    "postcode".to_string(),
                    postcode.to_string(),
                ].join(",")
            }),
            self.woonplaatsnaam.as_ref().map(|woonplaatsnaam| {
                [
                    "woonplaatsnaam".to_string(),
                    woonplaatsnaam.to_string(),
                ].join(",")
            }),
            self.landcode.as_ref().map(|landcode| {
                [
                    "landcode".to_string(),
                    landcode.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a KlantAdres value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for KlantAdres {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub straatnaam: Vec<String>,
            pub huisnummer: Vec<u32>,
            pub huisletter: Vec<String>,
            pub huisnummertoevoeging: Vec<String>,
            pub postcode: Vec<String>,
            pub woonplaatsnaam: Vec<String>,
            pub landcode: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing KlantAdres".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "straatnaam" => intermediate_rep.straatnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "huisnummer" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantAdres".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "huisletter" => intermediate_rep.huisletter.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "huisnummertoevoeging" => intermediate_rep.huisnummertoevoeging.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "postcode" => intermediate_rep.postcode.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "woonplaatsnaam" => intermediate_rep.woonplaatsnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "landcode" => intermediate_rep.landcode.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing KlantAdres".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(KlantAdres {
            straatnaam: intermediate_rep.straatnaam.into_iter().next(),
            huisnummer: std::result::Result::Err("Nullable types not supported in KlantAdres".to_string())?,
            huisletter: intermediate_rep.huisletter.into_iter().next(),
            huisnummertoevoeging: intermediate_rep.huisnummertoevoeging.into_iter().next(),
            postcode: intermediate_rep.postcode.into_iter().next(),
            woonplaatsnaam: intermediate_rep.woonplaatsnaam.into_iter().next(),
            landcode: intermediate_rep.landcode.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<KlantAdres> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KlantAdres>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KlantAdres>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KlantAdres - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KlantAdres> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KlantAdres as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KlantAdres - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KlantAdres>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KlantAdres>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KlantAdres>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KlantAdres> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KlantAdres as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KlantAdres - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum KlantCreateContentTypeParameter {
    #[serde(rename = "application/json")]
    ApplicationSlashJson,
}

impl std::fmt::Display for KlantCreateContentTypeParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            KlantCreateContentTypeParameter::ApplicationSlashJson => write!(f, "application/json"),
        }
    }
}

impl std::str::FromStr for KlantCreateContentTypeParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "application/json" => std::result::Result::Ok(KlantCreateContentTypeParameter::ApplicationSlashJson),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<KlantCreateContentTypeParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KlantCreateContentTypeParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KlantCreateContentTypeParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KlantCreateContentTypeParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KlantCreateContentTypeParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KlantCreateContentTypeParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KlantCreateContentTypeParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KlantCreateContentTypeParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KlantCreateContentTypeParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KlantCreateContentTypeParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KlantCreateContentTypeParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KlantCreateContentTypeParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KlantCreateContentTypeParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct KlantList200Response {
    #[serde(rename = "count")]

    pub count: i32,

    #[serde(rename = "next")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub next: Option<swagger::Nullable<String>>,

    #[serde(rename = "previous")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub previous: Option<swagger::Nullable<String>>,

    #[serde(rename = "results")]

    #[cfg_attr(feature = "validate", validate)]
    pub results: Vec<models::Klant>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for KlantList200Response {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for KlantList200Response {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl KlantList200Response {
    #[allow(clippy::new_without_default)]
    pub fn new(count: i32, results: Vec<models::Klant>, ) -> KlantList200Response {
        KlantList200Response {
            count,
            next: None,
            previous: None,
            results,
        }
    }
}

/// Converts the KlantList200Response value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for KlantList200Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("count".to_string()),
            Some(self.count.to_string()),
            self.next.as_ref().map(|next| {
                [
                    "next".to_string(),
                    next.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
            self.previous.as_ref().map(|previous| {
                [
                    "previous".to_string(),
                    previous.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
            // Skipping non-primitive type results in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a KlantList200Response value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for KlantList200Response {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub count: Vec<i32>,
            pub next: Vec<swagger::Nullable<String>>,
            pub previous: Vec<swagger::Nullable<String>>,
            pub results: Vec<Vec<models::Klant>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing KlantList200Response".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "count" => intermediate_rep.count.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "next" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantList200Response".to_string()),
                    "previous" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantList200Response".to_string()),
                    "results" => return std::result::Result::Err("Parsing a container in this style is not supported in KlantList200Response".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing KlantList200Response".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(KlantList200Response {
            count: intermediate_rep.count.into_iter().next().ok_or_else(|| "count missing in KlantList200Response".to_string())?,
            next: std::result::Result::Err("Nullable types not supported in KlantList200Response".to_string())?,
            previous: std::result::Result::Err("Nullable types not supported in KlantList200Response".to_string())?,
            results: intermediate_rep.results.into_iter().next().ok_or_else(|| "results missing in KlantList200Response".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<KlantList200Response> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KlantList200Response>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KlantList200Response>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KlantList200Response - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KlantList200Response> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KlantList200Response as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KlantList200Response - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KlantList200Response>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KlantList200Response>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KlantList200Response>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KlantList200Response> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KlantList200Response as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KlantList200Response - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum KlantListSubjectTypeParameter {
    #[serde(rename = "natuurlijk_persoon")]
    NatuurlijkPersoon,
    #[serde(rename = "niet_natuurlijk_persoon")]
    NietNatuurlijkPersoon,
    #[serde(rename = "vestiging")]
    Vestiging,
}

impl std::fmt::Display for KlantListSubjectTypeParameter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            KlantListSubjectTypeParameter::NatuurlijkPersoon => write!(f, "natuurlijk_persoon"),
            KlantListSubjectTypeParameter::NietNatuurlijkPersoon => write!(f, "niet_natuurlijk_persoon"),
            KlantListSubjectTypeParameter::Vestiging => write!(f, "vestiging"),
        }
    }
}

impl std::str::FromStr for KlantListSubjectTypeParameter {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "natuurlijk_persoon" => std::result::Result::Ok(KlantListSubjectTypeParameter::NatuurlijkPersoon),
            "niet_natuurlijk_persoon" => std::result::Result::Ok(KlantListSubjectTypeParameter::NietNatuurlijkPersoon),
            "vestiging" => std::result::Result::Ok(KlantListSubjectTypeParameter::Vestiging),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<KlantListSubjectTypeParameter> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KlantListSubjectTypeParameter>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KlantListSubjectTypeParameter>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KlantListSubjectTypeParameter - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KlantListSubjectTypeParameter> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KlantListSubjectTypeParameter as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KlantListSubjectTypeParameter - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KlantListSubjectTypeParameter>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KlantListSubjectTypeParameter>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KlantListSubjectTypeParameter>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KlantListSubjectTypeParameter> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KlantListSubjectTypeParameter as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KlantListSubjectTypeParameter - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct KlantNatuurlijkPersoon {
    /// URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    /// Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de klant heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef
    #[serde(rename = "bronorganisatie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 9),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 9))]

    pub bronorganisatie: String,

    /// De unieke identificatie van de klant binnen de bronorganisatie.
    #[serde(rename = "klantnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 8),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 8))]

    pub klantnummer: String,

    /// De bedrijfsnaam van de klant.
    #[serde(rename = "bedrijfsnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub bedrijfsnaam: Option<String>,

    /// De functie van de klant.
    #[serde(rename = "functie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub functie: Option<String>,

    /// Het label of etiket dat aan de specifieke informatiebron, zoals een webpagina, een bestand of een plaatje op internet is toegewezen waar de KLANT in de regel op het internet vindbaar is.
    #[serde(rename = "websiteUrl")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    pub website_url: String,

    /// De voornaam, voorletters of roepnaam van de klant.
    #[serde(rename = "voornaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voornaam: Option<String>,

    /// Het voorvoegsel van de achternaam van de klant.
    #[serde(rename = "voorvoegselAchternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 10),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 10))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voorvoegsel_achternaam: Option<String>,

    /// De achternaam van de klant.
    #[serde(rename = "achternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub achternaam: Option<String>,

    /// Het mobiele of vaste telefoonnummer van de klant.
    #[serde(rename = "telefoonnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub telefoonnummer: Option<String>,

    /// Het e-mail adres van de klant.
    #[serde(rename = "emailadres")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 254),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 254))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub emailadres: Option<String>,

    #[serde(rename = "adres")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub adres: Option<swagger::Nullable<models::KlantAdres>>,

    /// URL-referentie naar een subject
    #[serde(rename = "subject")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub subject: Option<String>,

    #[serde(rename = "subjectType")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_type: Option<swagger::Nullable<models::SubjectType>>,

    #[serde(rename = "subjectIdentificatie")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_identificatie: Option<models::NatuurlijkPersoon>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for KlantNatuurlijkPersoon {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for KlantNatuurlijkPersoon {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl KlantNatuurlijkPersoon {
    #[allow(clippy::new_without_default)]
    pub fn new(bronorganisatie: String, klantnummer: String, website_url: String, ) -> KlantNatuurlijkPersoon {
        KlantNatuurlijkPersoon {
            url: None,
            bronorganisatie,
            klantnummer,
            bedrijfsnaam: None,
            functie: None,
            website_url,
            voornaam: None,
            voorvoegsel_achternaam: None,
            achternaam: None,
            telefoonnummer: None,
            emailadres: None,
            adres: None,
            subject: None,
            subject_type: None,
            subject_identificatie: None,
        }
    }
}

/// Converts the KlantNatuurlijkPersoon value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for KlantNatuurlijkPersoon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),
            Some("bronorganisatie".to_string()),
            Some(self.bronorganisatie.to_string()),
            Some("klantnummer".to_string()),
            Some(self.klantnummer.to_string()),
            self.bedrijfsnaam.as_ref().map(|bedrijfsnaam| {
                [
                    "bedrijfsnaam".to_string(),
                    bedrijfsnaam.to_string(),
                ].join(",")
            }),
            self.functie.as_ref().map(|functie| {
                [
                    "functie".to_string(),
                    functie.to_string(),
                ].join(",")
            }),
            Some("websiteUrl".to_string()),
            Some(self.website_url.to_string()),
            self.voornaam.as_ref().map(|voornaam| {
                [
                    "voornaam".to_string(),
                    voornaam.to_string(),
                ].join(",")
            }),
            self.voorvoegsel_achternaam.as_ref().map(|voorvoegsel_achternaam| {
                [
                    "voorvoegselAchternaam".to_string(),
                    voorvoegsel_achternaam.to_string(),
                ].join(",")
            }),
            self.achternaam.as_ref().map(|achternaam| {
                [
                    "achternaam".to_string(),
                    achternaam.to_string(),
                ].join(",")
            }),
            self.telefoonnummer.as_ref().map(|telefoonnummer| {
                [
                    "telefoonnummer".to_string(),
                    telefoonnummer.to_string(),
                ].join(",")
            }),
            self.emailadres.as_ref().map(|emailadres| {
                [
                    "emailadres".to_string(),
                    emailadres.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type adres in query parameter serialization
            self.subject.as_ref().map(|subject| {
                [
                    "subject".to_string(),
                    subject.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type subjectType in query parameter serialization
            // Skipping non-primitive type subjectIdentificatie in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a KlantNatuurlijkPersoon value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for KlantNatuurlijkPersoon {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub bronorganisatie: Vec<String>,
            pub klantnummer: Vec<String>,
            pub bedrijfsnaam: Vec<String>,
            pub functie: Vec<String>,
            pub website_url: Vec<String>,
            pub voornaam: Vec<String>,
            pub voorvoegsel_achternaam: Vec<String>,
            pub achternaam: Vec<String>,
            pub telefoonnummer: Vec<String>,
            pub emailadres: Vec<String>,
            pub adres: Vec<swagger::Nullable<models::KlantAdres>>,
            pub subject: Vec<String>,
            pub subject_type: Vec<swagger::Nullable<models::SubjectType>>,
            pub subject_identificatie: Vec<models::NatuurlijkPersoon>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing KlantNatuurlijkPersoon".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bronorganisatie" => intermediate_rep.bronorganisatie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "klantnummer" => intermediate_rep.klantnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bedrijfsnaam" => intermediate_rep.bedrijfsnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "functie" => intermediate_rep.functie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "websiteUrl" => intermediate_rep.website_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voornaam" => intermediate_rep.voornaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voorvoegselAchternaam" => intermediate_rep.voorvoegsel_achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "achternaam" => intermediate_rep.achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "telefoonnummer" => intermediate_rep.telefoonnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "emailadres" => intermediate_rep.emailadres.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "adres" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantNatuurlijkPersoon".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "subject" => intermediate_rep.subject.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "subjectType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantNatuurlijkPersoon".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "subjectIdentificatie" => intermediate_rep.subject_identificatie.push(<models::NatuurlijkPersoon as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing KlantNatuurlijkPersoon".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(KlantNatuurlijkPersoon {
            url: intermediate_rep.url.into_iter().next(),
            bronorganisatie: intermediate_rep.bronorganisatie.into_iter().next().ok_or_else(|| "bronorganisatie missing in KlantNatuurlijkPersoon".to_string())?,
            klantnummer: intermediate_rep.klantnummer.into_iter().next().ok_or_else(|| "klantnummer missing in KlantNatuurlijkPersoon".to_string())?,
            bedrijfsnaam: intermediate_rep.bedrijfsnaam.into_iter().next(),
            functie: intermediate_rep.functie.into_iter().next(),
            website_url: intermediate_rep.website_url.into_iter().next().ok_or_else(|| "websiteUrl missing in KlantNatuurlijkPersoon".to_string())?,
            voornaam: intermediate_rep.voornaam.into_iter().next(),
            voorvoegsel_achternaam: intermediate_rep.voorvoegsel_achternaam.into_iter().next(),
            achternaam: intermediate_rep.achternaam.into_iter().next(),
            telefoonnummer: intermediate_rep.telefoonnummer.into_iter().next(),
            emailadres: intermediate_rep.emailadres.into_iter().next(),
            adres: std::result::Result::Err("Nullable types not supported in KlantNatuurlijkPersoon".to_string())?,
            subject: intermediate_rep.subject.into_iter().next(),
            subject_type: std::result::Result::Err("Nullable types not supported in KlantNatuurlijkPersoon".to_string())?,
            subject_identificatie: intermediate_rep.subject_identificatie.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<KlantNatuurlijkPersoon> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KlantNatuurlijkPersoon>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KlantNatuurlijkPersoon>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KlantNatuurlijkPersoon - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KlantNatuurlijkPersoon> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KlantNatuurlijkPersoon as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KlantNatuurlijkPersoon - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KlantNatuurlijkPersoon>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KlantNatuurlijkPersoon>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KlantNatuurlijkPersoon>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KlantNatuurlijkPersoon> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KlantNatuurlijkPersoon as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KlantNatuurlijkPersoon - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct KlantNietNatuurlijkPersoon {
    /// URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    /// Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de klant heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef
    #[serde(rename = "bronorganisatie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 9),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 9))]

    pub bronorganisatie: String,

    /// De unieke identificatie van de klant binnen de bronorganisatie.
    #[serde(rename = "klantnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 8),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 8))]

    pub klantnummer: String,

    /// De bedrijfsnaam van de klant.
    #[serde(rename = "bedrijfsnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub bedrijfsnaam: Option<String>,

    /// De functie van de klant.
    #[serde(rename = "functie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub functie: Option<String>,

    /// Het label of etiket dat aan de specifieke informatiebron, zoals een webpagina, een bestand of een plaatje op internet is toegewezen waar de KLANT in de regel op het internet vindbaar is.
    #[serde(rename = "websiteUrl")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    pub website_url: String,

    /// De voornaam, voorletters of roepnaam van de klant.
    #[serde(rename = "voornaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voornaam: Option<String>,

    /// Het voorvoegsel van de achternaam van de klant.
    #[serde(rename = "voorvoegselAchternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 10),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 10))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voorvoegsel_achternaam: Option<String>,

    /// De achternaam van de klant.
    #[serde(rename = "achternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub achternaam: Option<String>,

    /// Het mobiele of vaste telefoonnummer van de klant.
    #[serde(rename = "telefoonnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub telefoonnummer: Option<String>,

    /// Het e-mail adres van de klant.
    #[serde(rename = "emailadres")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 254),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 254))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub emailadres: Option<String>,

    #[serde(rename = "adres")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub adres: Option<swagger::Nullable<models::KlantAdres>>,

    /// URL-referentie naar een subject
    #[serde(rename = "subject")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub subject: Option<String>,

    #[serde(rename = "subjectType")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_type: Option<swagger::Nullable<models::SubjectType>>,

    #[serde(rename = "subjectIdentificatie")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_identificatie: Option<models::NietNatuurlijkPersoon>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for KlantNietNatuurlijkPersoon {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for KlantNietNatuurlijkPersoon {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl KlantNietNatuurlijkPersoon {
    #[allow(clippy::new_without_default)]
    pub fn new(bronorganisatie: String, klantnummer: String, website_url: String, ) -> KlantNietNatuurlijkPersoon {
        KlantNietNatuurlijkPersoon {
            url: None,
            bronorganisatie,
            klantnummer,
            bedrijfsnaam: None,
            functie: None,
            website_url,
            voornaam: None,
            voorvoegsel_achternaam: None,
            achternaam: None,
            telefoonnummer: None,
            emailadres: None,
            adres: None,
            subject: None,
            subject_type: None,
            subject_identificatie: None,
        }
    }
}

/// Converts the KlantNietNatuurlijkPersoon value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for KlantNietNatuurlijkPersoon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),
            Some("bronorganisatie".to_string()),
            Some(self.bronorganisatie.to_string()),
            Some("klantnummer".to_string()),
            Some(self.klantnummer.to_string()),
            self.bedrijfsnaam.as_ref().map(|bedrijfsnaam| {
                [
                    "bedrijfsnaam".to_string(),
                    bedrijfsnaam.to_string(),
                ].join(",")
            }),
            self.functie.as_ref().map(|functie| {
                [
                    "functie".to_string(),
                    functie.to_string(),
                ].join(",")
            }),
            Some("websiteUrl".to_string()),
            Some(self.website_url.to_string()),
            self.voornaam.as_ref().map(|voornaam| {
                [
                    "voornaam".to_string(),
                    voornaam.to_string(),
                ].join(",")
            }),
            self.voorvoegsel_achternaam.as_ref().map(|voorvoegsel_achternaam| {
                [
                    "voorvoegselAchternaam".to_string(),
                    voorvoegsel_achternaam.to_string(),
                ].join(",")
            }),
            self.achternaam.as_ref().map(|achternaam| {
                [
                    "achternaam".to_string(),
                    achternaam.to_string(),
                ].join(",")
            }),
            self.telefoonnummer.as_ref().map(|telefoonnummer| {
                [
                    "telefoonnummer".to_string(),
                    telefoonnummer.to_string(),
                ].join(",")
            }),
            self.emailadres.as_ref().map(|emailadres| {
                [
                    "emailadres".to_string(),
                    emailadres.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type adres in query parameter serialization
            self.subject.as_ref().map(|subject| {
                [
                    "subject".to_string(),
                    subject.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type subjectType in query parameter serialization
            // Skipping non-primitive type subjectIdentificatie in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a KlantNietNatuurlijkPersoon value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for KlantNietNatuurlijkPersoon {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub bronorganisatie: Vec<String>,
            pub klantnummer: Vec<String>,
            pub bedrijfsnaam: Vec<String>,
            pub functie: Vec<String>,
            pub website_url: Vec<String>,
            pub voornaam: Vec<String>,
            pub voorvoegsel_achternaam: Vec<String>,
            pub achternaam: Vec<String>,
            pub telefoonnummer: Vec<String>,
            pub emailadres: Vec<String>,
            pub adres: Vec<swagger::Nullable<models::KlantAdres>>,
            pub subject: Vec<String>,
            pub subject_type: Vec<swagger::Nullable<models::SubjectType>>,
            pub subject_identificatie: Vec<models::NietNatuurlijkPersoon>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing KlantNietNatuurlijkPersoon".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bronorganisatie" => intermediate_rep.bronorganisatie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "klantnummer" => intermediate_rep.klantnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bedrijfsnaam" => intermediate_rep.bedrijfsnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "functie" => intermediate_rep.functie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "websiteUrl" => intermediate_rep.website_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voornaam" => intermediate_rep.voornaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voorvoegselAchternaam" => intermediate_rep.voorvoegsel_achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "achternaam" => intermediate_rep.achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "telefoonnummer" => intermediate_rep.telefoonnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "emailadres" => intermediate_rep.emailadres.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "adres" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantNietNatuurlijkPersoon".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "subject" => intermediate_rep.subject.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "subjectType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantNietNatuurlijkPersoon".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "subjectIdentificatie" => intermediate_rep.subject_identificatie.push(<models::NietNatuurlijkPersoon as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing KlantNietNatuurlijkPersoon".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(KlantNietNatuurlijkPersoon {
            url: intermediate_rep.url.into_iter().next(),
            bronorganisatie: intermediate_rep.bronorganisatie.into_iter().next().ok_or_else(|| "bronorganisatie missing in KlantNietNatuurlijkPersoon".to_string())?,
            klantnummer: intermediate_rep.klantnummer.into_iter().next().ok_or_else(|| "klantnummer missing in KlantNietNatuurlijkPersoon".to_string())?,
            bedrijfsnaam: intermediate_rep.bedrijfsnaam.into_iter().next(),
            functie: intermediate_rep.functie.into_iter().next(),
            website_url: intermediate_rep.website_url.into_iter().next().ok_or_else(|| "websiteUrl missing in KlantNietNatuurlijkPersoon".to_string())?,
            voornaam: intermediate_rep.voornaam.into_iter().next(),
            voorvoegsel_achternaam: intermediate_rep.voorvoegsel_achternaam.into_iter().next(),
            achternaam: intermediate_rep.achternaam.into_iter().next(),
            telefoonnummer: intermediate_rep.telefoonnummer.into_iter().next(),
            emailadres: intermediate_rep.emailadres.into_iter().next(),
            adres: std::result::Result::Err("Nullable types not supported in KlantNietNatuurlijkPersoon".to_string())?,
            subject: intermediate_rep.subject.into_iter().next(),
            subject_type: std::result::Result::Err("Nullable types not supported in KlantNietNatuurlijkPersoon".to_string())?,
            subject_identificatie: intermediate_rep.subject_identificatie.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<KlantNietNatuurlijkPersoon> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KlantNietNatuurlijkPersoon>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KlantNietNatuurlijkPersoon>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KlantNietNatuurlijkPersoon - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KlantNietNatuurlijkPersoon> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KlantNietNatuurlijkPersoon as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KlantNietNatuurlijkPersoon - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KlantNietNatuurlijkPersoon>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KlantNietNatuurlijkPersoon>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KlantNietNatuurlijkPersoon>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KlantNietNatuurlijkPersoon> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KlantNietNatuurlijkPersoon as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KlantNietNatuurlijkPersoon - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct KlantVestiging {
    /// URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
    #[serde(rename = "url")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub url: Option<String>,

    /// Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de klant heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef
    #[serde(rename = "bronorganisatie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 9),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 9))]

    pub bronorganisatie: String,

    /// De unieke identificatie van de klant binnen de bronorganisatie.
    #[serde(rename = "klantnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 8),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 8))]

    pub klantnummer: String,

    /// De bedrijfsnaam van de klant.
    #[serde(rename = "bedrijfsnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub bedrijfsnaam: Option<String>,

    /// De functie van de klant.
    #[serde(rename = "functie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub functie: Option<String>,

    /// Het label of etiket dat aan de specifieke informatiebron, zoals een webpagina, een bestand of een plaatje op internet is toegewezen waar de KLANT in de regel op het internet vindbaar is.
    #[serde(rename = "websiteUrl")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    pub website_url: String,

    /// De voornaam, voorletters of roepnaam van de klant.
    #[serde(rename = "voornaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voornaam: Option<String>,

    /// Het voorvoegsel van de achternaam van de klant.
    #[serde(rename = "voorvoegselAchternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 10),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 10))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voorvoegsel_achternaam: Option<String>,

    /// De achternaam van de klant.
    #[serde(rename = "achternaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub achternaam: Option<String>,

    /// Het mobiele of vaste telefoonnummer van de klant.
    #[serde(rename = "telefoonnummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub telefoonnummer: Option<String>,

    /// Het e-mail adres van de klant.
    #[serde(rename = "emailadres")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 254),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 254))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub emailadres: Option<String>,

    #[serde(rename = "adres")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub adres: Option<swagger::Nullable<models::KlantAdres>>,

    /// URL-referentie naar een subject
    #[serde(rename = "subject")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub subject: Option<String>,

    #[serde(rename = "subjectType")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_type: Option<swagger::Nullable<models::SubjectType>>,

    #[serde(rename = "subjectIdentificatie")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_identificatie: Option<models::Vestiging>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for KlantVestiging {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for KlantVestiging {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl KlantVestiging {
    #[allow(clippy::new_without_default)]
    pub fn new(bronorganisatie: String, klantnummer: String, website_url: String, ) -> KlantVestiging {
        KlantVestiging {
            url: None,
            bronorganisatie,
            klantnummer,
            bedrijfsnaam: None,
            functie: None,
            website_url,
            voornaam: None,
            voorvoegsel_achternaam: None,
            achternaam: None,
            telefoonnummer: None,
            emailadres: None,
            adres: None,
            subject: None,
            subject_type: None,
            subject_identificatie: None,
        }
    }
}

/// Converts the KlantVestiging value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for KlantVestiging {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.url.as_ref().map(|url| {
                [
                    "url".to_string(),
                    url.to_string(),
                ].join(",")
            }),
            Some("bronorganisatie".to_string()),
            Some(self.bronorganisatie.to_string()),
            Some("klantnummer".to_string()),
            Some(self.klantnummer.to_string()),
            self.bedrijfsnaam.as_ref().map(|bedrijfsnaam| {
                [
                    "bedrijfsnaam".to_string(),
                    bedrijfsnaam.to_string(),
                ].join(",")
            }),
            self.functie.as_ref().map(|functie| {
                [
                    "functie".to_string(),
                    functie.to_string(),
                ].join(",")
            }),
            Some("websiteUrl".to_string()),
            Some(self.website_url.to_string()),
            self.voornaam.as_ref().map(|voornaam| {
                [
                    "voornaam".to_string(),
                    voornaam.to_string(),
                ].join(",")
            }),
            self.voorvoegsel_achternaam.as_ref().map(|voorvoegsel_achternaam| {
                [
                    "voorvoegselAchternaam".to_string(),
                    voorvoegsel_achternaam.to_string(),
                ].join(",")
            }),
            self.achternaam.as_ref().map(|achternaam| {
                [
                    "achternaam".to_string(),
                    achternaam.to_string(),
                ].join(",")
            }),
            self.telefoonnummer.as_ref().map(|telefoonnummer| {
                [
                    "telefoonnummer".to_string(),
                    telefoonnummer.to_string(),
                ].join(",")
            }),
            self.emailadres.as_ref().map(|emailadres| {
                [
                    "emailadres".to_string(),
                    emailadres.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type adres in query parameter serialization
            self.subject.as_ref().map(|subject| {
                [
                    "subject".to_string(),
                    subject.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type subjectType in query parameter serialization
            // Skipping non-primitive type subjectIdentificatie in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a KlantVestiging value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for KlantVestiging {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub url: Vec<String>,
            pub bronorganisatie: Vec<String>,
            pub klantnummer: Vec<String>,
            pub bedrijfsnaam: Vec<String>,
            pub functie: Vec<String>,
            pub website_url: Vec<String>,
            pub voornaam: Vec<String>,
            pub voorvoegsel_achternaam: Vec<String>,
            pub achternaam: Vec<String>,
            pub telefoonnummer: Vec<String>,
            pub emailadres: Vec<String>,
            pub adres: Vec<swagger::Nullable<models::KlantAdres>>,
            pub subject: Vec<String>,
            pub subject_type: Vec<swagger::Nullable<models::SubjectType>>,
            pub subject_identificatie: Vec<models::Vestiging>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing KlantVestiging".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "url" => intermediate_rep.url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bronorganisatie" => intermediate_rep.bronorganisatie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "klantnummer" => intermediate_rep.klantnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bedrijfsnaam" => intermediate_rep.bedrijfsnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "functie" => intermediate_rep.functie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "websiteUrl" => intermediate_rep.website_url.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voornaam" => intermediate_rep.voornaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voorvoegselAchternaam" => intermediate_rep.voorvoegsel_achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "achternaam" => intermediate_rep.achternaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "telefoonnummer" => intermediate_rep.telefoonnummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "emailadres" => intermediate_rep.emailadres.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "adres" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantVestiging".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "subject" => intermediate_rep.subject.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "subjectType" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in KlantVestiging".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "subjectIdentificatie" => intermediate_rep.subject_identificatie.push(<models::Vestiging as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing KlantVestiging".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(KlantVestiging {
            url: intermediate_rep.url.into_iter().next(),
            bronorganisatie: intermediate_rep.bronorganisatie.into_iter().next().ok_or_else(|| "bronorganisatie missing in KlantVestiging".to_string())?,
            klantnummer: intermediate_rep.klantnummer.into_iter().next().ok_or_else(|| "klantnummer missing in KlantVestiging".to_string())?,
            bedrijfsnaam: intermediate_rep.bedrijfsnaam.into_iter().next(),
            functie: intermediate_rep.functie.into_iter().next(),
            website_url: intermediate_rep.website_url.into_iter().next().ok_or_else(|| "websiteUrl missing in KlantVestiging".to_string())?,
            voornaam: intermediate_rep.voornaam.into_iter().next(),
            voorvoegsel_achternaam: intermediate_rep.voorvoegsel_achternaam.into_iter().next(),
            achternaam: intermediate_rep.achternaam.into_iter().next(),
            telefoonnummer: intermediate_rep.telefoonnummer.into_iter().next(),
            emailadres: intermediate_rep.emailadres.into_iter().next(),
            adres: std::result::Result::Err("Nullable types not supported in KlantVestiging".to_string())?,
            subject: intermediate_rep.subject.into_iter().next(),
            subject_type: std::result::Result::Err("Nullable types not supported in KlantVestiging".to_string())?,
            subject_identificatie: intermediate_rep.subject_identificatie.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<KlantVestiging> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<KlantVestiging>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<KlantVestiging>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for KlantVestiging - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<KlantVestiging> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <KlantVestiging as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into KlantVestiging - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<KlantVestiging>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<KlantVestiging>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<KlantVestiging>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<KlantVestiging> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <KlantVestiging as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into KlantVestiging - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NatuurlijkPersoon {
    /// Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen burgerservicenummer.
    #[serde(rename = "inpBsn")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 9),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 9))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub inp_bsn: Option<String>,

    /// Het door de gemeente uitgegeven unieke nummer voor een ANDER NATUURLIJK PERSOON
    #[serde(rename = "anpIdentificatie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 17),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 17))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub anp_identificatie: Option<String>,

    /// Het administratienummer van de persoon, bedoeld in de Wet BRP
    #[serde(rename = "inpANummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 10),
           regex(path = *RE_NATUURLIJKPERSOON_INP_A_NUMMER),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 10))]
    #[cfg_attr(feature = "validate", validate(pattern = r"^[1-9][0-9]{9}$"))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub inp_a_nummer: Option<String>,

    /// De stam van de geslachtsnaam.
    #[serde(rename = "geslachtsnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub geslachtsnaam: Option<String>,

    #[serde(rename = "voorvoegselGeslachtsnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 80),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 80))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voorvoegsel_geslachtsnaam: Option<String>,

    /// De verzameling letters die gevormd wordt door de eerste letter van alle in volgorde voorkomende voornamen.
    #[serde(rename = "voorletters")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 20),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 20))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voorletters: Option<String>,

    /// Voornamen bij de naam die de persoon wenst te voeren.
    #[serde(rename = "voornamen")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 200),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 200))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub voornamen: Option<String>,

    #[serde(rename = "geslachtsaanduiding")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub geslachtsaanduiding: Option<models::Geslachtsaanduiding>,

    #[serde(rename = "geboortedatum")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 18),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 18))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub geboortedatum: Option<String>,

    #[serde(rename = "verblijfsadres")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub verblijfsadres: Option<models::VerblijfsAdres>,

    #[serde(rename = "subVerblijfBuitenland")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub sub_verblijf_buitenland: Option<models::SubVerblijfBuitenland>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for NatuurlijkPersoon {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for NatuurlijkPersoon {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}

lazy_static::lazy_static! {
    static ref RE_NATUURLIJKPERSOON_INP_A_NUMMER: regex::Regex = regex::Regex::new(r"^[1-9][0-9]{9}$").unwrap();
}

impl NatuurlijkPersoon {
    #[allow(clippy::new_without_default)]
    pub fn new() -> NatuurlijkPersoon {
        NatuurlijkPersoon {
            inp_bsn: None,
            anp_identificatie: None,
            inp_a_nummer: None,
            geslachtsnaam: None,
            voorvoegsel_geslachtsnaam: None,
            voorletters: None,
            voornamen: None,
            geslachtsaanduiding: None,
            geboortedatum: None,
            verblijfsadres: None,
            sub_verblijf_buitenland: None,
        }
    }
}

/// Converts the NatuurlijkPersoon value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for NatuurlijkPersoon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.inp_bsn.as_ref().map(|inp_bsn| {
                [
                    "inpBsn".to_string(),
                    inp_bsn.to_string(),
                ].join(",")
            }),
            self.anp_identificatie.as_ref().map(|anp_identificatie| {
                [
                    "anpIdentificatie".to_string(),
                    anp_identificatie.to_string(),
                ].join(",")
            }),
            self.inp_a_nummer.as_ref().map(|inp_a_nummer| {
                [
                    "inpANummer".to_string(),
                    inp_a_nummer.to_string(),
                ].join(",")
            }),
            self.geslachtsnaam.as_ref().map(|geslachtsnaam| {
                [
                    "geslachtsnaam".to_string(),
                    geslachtsnaam.to_string(),
                ].join(",")
            }),
            self.voorvoegsel_geslachtsnaam.as_ref().map(|voorvoegsel_geslachtsnaam| {
                [
                    "voorvoegselGeslachtsnaam".to_string(),
                    voorvoegsel_geslachtsnaam.to_string(),
                ].join(",")
            }),
            self.voorletters.as_ref().map(|voorletters| {
                [
                    "voorletters".to_string(),
                    voorletters.to_string(),
                ].join(",")
            }),
            self.voornamen.as_ref().map(|voornamen| {
                [
                    "voornamen".to_string(),
                    voornamen.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type geslachtsaanduiding in query parameter serialization
            self.geboortedatum.as_ref().map(|geboortedatum| {
                [
                    "geboortedatum".to_string(),
                    geboortedatum.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type verblijfsadres in query parameter serialization
            // Skipping non-primitive type subVerblijfBuitenland in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a NatuurlijkPersoon value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for NatuurlijkPersoon {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub inp_bsn: Vec<String>,
            pub anp_identificatie: Vec<String>,
            pub inp_a_nummer: Vec<String>,
            pub geslachtsnaam: Vec<String>,
            pub voorvoegsel_geslachtsnaam: Vec<String>,
            pub voorletters: Vec<String>,
            pub voornamen: Vec<String>,
            pub geslachtsaanduiding: Vec<models::Geslachtsaanduiding>,
            pub geboortedatum: Vec<String>,
            pub verblijfsadres: Vec<models::VerblijfsAdres>,
            pub sub_verblijf_buitenland: Vec<models::SubVerblijfBuitenland>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing NatuurlijkPersoon".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "inpBsn" => intermediate_rep.inp_bsn.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "anpIdentificatie" => intermediate_rep.anp_identificatie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "inpANummer" => intermediate_rep.inp_a_nummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "geslachtsnaam" => intermediate_rep.geslachtsnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voorvoegselGeslachtsnaam" => intermediate_rep.voorvoegsel_geslachtsnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voorletters" => intermediate_rep.voorletters.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "voornamen" => intermediate_rep.voornamen.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "geslachtsaanduiding" => intermediate_rep.geslachtsaanduiding.push(<models::Geslachtsaanduiding as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "geboortedatum" => intermediate_rep.geboortedatum.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "verblijfsadres" => intermediate_rep.verblijfsadres.push(<models::VerblijfsAdres as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subVerblijfBuitenland" => intermediate_rep.sub_verblijf_buitenland.push(<models::SubVerblijfBuitenland as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing NatuurlijkPersoon".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(NatuurlijkPersoon {
            inp_bsn: intermediate_rep.inp_bsn.into_iter().next(),
            anp_identificatie: intermediate_rep.anp_identificatie.into_iter().next(),
            inp_a_nummer: intermediate_rep.inp_a_nummer.into_iter().next(),
            geslachtsnaam: intermediate_rep.geslachtsnaam.into_iter().next(),
            voorvoegsel_geslachtsnaam: intermediate_rep.voorvoegsel_geslachtsnaam.into_iter().next(),
            voorletters: intermediate_rep.voorletters.into_iter().next(),
            voornamen: intermediate_rep.voornamen.into_iter().next(),
            geslachtsaanduiding: intermediate_rep.geslachtsaanduiding.into_iter().next(),
            geboortedatum: intermediate_rep.geboortedatum.into_iter().next(),
            verblijfsadres: intermediate_rep.verblijfsadres.into_iter().next(),
            sub_verblijf_buitenland: intermediate_rep.sub_verblijf_buitenland.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<NatuurlijkPersoon> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<NatuurlijkPersoon>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<NatuurlijkPersoon>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for NatuurlijkPersoon - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<NatuurlijkPersoon> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <NatuurlijkPersoon as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into NatuurlijkPersoon - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<NatuurlijkPersoon>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<NatuurlijkPersoon>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<NatuurlijkPersoon>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<NatuurlijkPersoon> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <NatuurlijkPersoon as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into NatuurlijkPersoon - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct NietNatuurlijkPersoon {
    /// Het door een kamer toegekend uniek nummer voor de INGESCHREVEN NIET-NATUURLIJK PERSOON
    #[serde(rename = "innNnpId")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 9),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 9))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub inn_nnp_id: Option<String>,

    /// Het door de gemeente uitgegeven unieke nummer voor een ANDER NIET-NATUURLIJK PERSOON
    #[serde(rename = "annIdentificatie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 17),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 17))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub ann_identificatie: Option<String>,

    /// Naam van de niet-natuurlijke persoon zoals deze is vastgelegd in de statuten (rechtspersoon) of in de vennootschapsovereenkomst is overeengekomen (Vennootschap onder firma of Commanditaire vennootschap).
    #[serde(rename = "statutaireNaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 500),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 500))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub statutaire_naam: Option<String>,

    #[serde(rename = "innRechtsvorm")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub inn_rechtsvorm: Option<models::InnRechtsvorm>,

    /// De gegevens over het adres van de NIET-NATUURLIJK PERSOON
    #[serde(rename = "bezoekadres")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub bezoekadres: Option<String>,

    #[serde(rename = "subVerblijfBuitenland")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub sub_verblijf_buitenland: Option<models::SubVerblijfBuitenland>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for NietNatuurlijkPersoon {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for NietNatuurlijkPersoon {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl NietNatuurlijkPersoon {
    #[allow(clippy::new_without_default)]
    pub fn new() -> NietNatuurlijkPersoon {
        NietNatuurlijkPersoon {
            inn_nnp_id: None,
            ann_identificatie: None,
            statutaire_naam: None,
            inn_rechtsvorm: None,
            bezoekadres: None,
            sub_verblijf_buitenland: None,
        }
    }
}

/// Converts the NietNatuurlijkPersoon value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for NietNatuurlijkPersoon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.inn_nnp_id.as_ref().map(|inn_nnp_id| {
                [
                    "innNnpId".to_string(),
                    inn_nnp_id.to_string(),
                ].join(",")
            }),
            self.ann_identificatie.as_ref().map(|ann_identificatie| {
                [
                    "annIdentificatie".to_string(),
                    ann_identificatie.to_string(),
                ].join(",")
            }),
            self.statutaire_naam.as_ref().map(|statutaire_naam| {
                [
                    "statutaireNaam".to_string(),
                    statutaire_naam.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type innRechtsvorm in query parameter serialization
            self.bezoekadres.as_ref().map(|bezoekadres| {
                [
                    "bezoekadres".to_string(),
                    bezoekadres.to_string(),
                ].join(",")
            }),
            // Skipping non-primitive type subVerblijfBuitenland in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a NietNatuurlijkPersoon value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for NietNatuurlijkPersoon {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub inn_nnp_id: Vec<String>,
            pub ann_identificatie: Vec<String>,
            pub statutaire_naam: Vec<String>,
            pub inn_rechtsvorm: Vec<models::InnRechtsvorm>,
            pub bezoekadres: Vec<String>,
            pub sub_verblijf_buitenland: Vec<models::SubVerblijfBuitenland>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing NietNatuurlijkPersoon".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "innNnpId" => intermediate_rep.inn_nnp_id.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "annIdentificatie" => intermediate_rep.ann_identificatie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "statutaireNaam" => intermediate_rep.statutaire_naam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "innRechtsvorm" => intermediate_rep.inn_rechtsvorm.push(<models::InnRechtsvorm as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "bezoekadres" => intermediate_rep.bezoekadres.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subVerblijfBuitenland" => intermediate_rep.sub_verblijf_buitenland.push(<models::SubVerblijfBuitenland as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing NietNatuurlijkPersoon".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(NietNatuurlijkPersoon {
            inn_nnp_id: intermediate_rep.inn_nnp_id.into_iter().next(),
            ann_identificatie: intermediate_rep.ann_identificatie.into_iter().next(),
            statutaire_naam: intermediate_rep.statutaire_naam.into_iter().next(),
            inn_rechtsvorm: intermediate_rep.inn_rechtsvorm.into_iter().next(),
            bezoekadres: intermediate_rep.bezoekadres.into_iter().next(),
            sub_verblijf_buitenland: intermediate_rep.sub_verblijf_buitenland.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<NietNatuurlijkPersoon> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<NietNatuurlijkPersoon>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<NietNatuurlijkPersoon>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for NietNatuurlijkPersoon - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<NietNatuurlijkPersoon> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <NietNatuurlijkPersoon as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into NietNatuurlijkPersoon - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<NietNatuurlijkPersoon>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<NietNatuurlijkPersoon>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<NietNatuurlijkPersoon>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<NietNatuurlijkPersoon> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <NietNatuurlijkPersoon as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into NietNatuurlijkPersoon - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SubVerblijfBuitenland {
    /// De code, behorende bij de landnaam, zoals opgenomen in de Land/Gebied-tabel van de BRP.
    #[serde(rename = "lndLandcode")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 4),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 4))]

    pub lnd_landcode: String,

    /// De naam van het land, zoals opgenomen in de Land/Gebied-tabel van de BRP.
    #[serde(rename = "lndLandnaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 40),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 40))]

    pub lnd_landnaam: String,

    #[serde(rename = "subAdresBuitenland1")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 35),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 35))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sub_adres_buitenland1: Option<String>,

    #[serde(rename = "subAdresBuitenland2")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 35),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 35))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sub_adres_buitenland2: Option<String>,

    #[serde(rename = "subAdresBuitenland3")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 35),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 35))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub sub_adres_buitenland3: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for SubVerblijfBuitenland {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for SubVerblijfBuitenland {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl SubVerblijfBuitenland {
    #[allow(clippy::new_without_default)]
    pub fn new(lnd_landcode: String, lnd_landnaam: String, ) -> SubVerblijfBuitenland {
        SubVerblijfBuitenland {
            lnd_landcode,
            lnd_landnaam,
            sub_adres_buitenland1: None,
            sub_adres_buitenland2: None,
            sub_adres_buitenland3: None,
        }
    }
}

/// Converts the SubVerblijfBuitenland value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubVerblijfBuitenland {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("lndLandcode".to_string()),
            Some(self.lnd_landcode.to_string()),
            Some("lndLandnaam".to_string()),
            Some(self.lnd_landnaam.to_string()),
            self.sub_adres_buitenland1.as_ref().map(|sub_adres_buitenland1| {
                [
                    "subAdresBuitenland1".to_string(),
                    sub_adres_buitenland1.to_string(),
                ].join(",")
            }),
            self.sub_adres_buitenland2.as_ref().map(|sub_adres_buitenland2| {
                [
                    "subAdresBuitenland2".to_string(),
                    sub_adres_buitenland2.to_string(),
                ].join(",")
            }),
            self.sub_adres_buitenland3.as_ref().map(|sub_adres_buitenland3| {
                [
                    "subAdresBuitenland3".to_string(),
                    sub_adres_buitenland3.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubVerblijfBuitenland value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubVerblijfBuitenland {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub lnd_landcode: Vec<String>,
            pub lnd_landnaam: Vec<String>,
            pub sub_adres_buitenland1: Vec<String>,
            pub sub_adres_buitenland2: Vec<String>,
            pub sub_adres_buitenland3: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SubVerblijfBuitenland".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "lndLandcode" => intermediate_rep.lnd_landcode.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "lndLandnaam" => intermediate_rep.lnd_landnaam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subAdresBuitenland1" => intermediate_rep.sub_adres_buitenland1.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subAdresBuitenland2" => intermediate_rep.sub_adres_buitenland2.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subAdresBuitenland3" => intermediate_rep.sub_adres_buitenland3.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SubVerblijfBuitenland".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubVerblijfBuitenland {
            lnd_landcode: intermediate_rep.lnd_landcode.into_iter().next().ok_or_else(|| "lndLandcode missing in SubVerblijfBuitenland".to_string())?,
            lnd_landnaam: intermediate_rep.lnd_landnaam.into_iter().next().ok_or_else(|| "lndLandnaam missing in SubVerblijfBuitenland".to_string())?,
            sub_adres_buitenland1: intermediate_rep.sub_adres_buitenland1.into_iter().next(),
            sub_adres_buitenland2: intermediate_rep.sub_adres_buitenland2.into_iter().next(),
            sub_adres_buitenland3: intermediate_rep.sub_adres_buitenland3.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubVerblijfBuitenland> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<SubVerblijfBuitenland>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SubVerblijfBuitenland>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for SubVerblijfBuitenland - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<SubVerblijfBuitenland> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SubVerblijfBuitenland as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into SubVerblijfBuitenland - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<SubVerblijfBuitenland>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<SubVerblijfBuitenland>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<SubVerblijfBuitenland>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<SubVerblijfBuitenland> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <SubVerblijfBuitenland as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into SubVerblijfBuitenland - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SubjectIdentificatieNatuurlijkPersoon {
    #[serde(rename = "subjectIdentificatie")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_identificatie: Option<models::NatuurlijkPersoon>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for SubjectIdentificatieNatuurlijkPersoon {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for SubjectIdentificatieNatuurlijkPersoon {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl SubjectIdentificatieNatuurlijkPersoon {
    #[allow(clippy::new_without_default)]
    pub fn new() -> SubjectIdentificatieNatuurlijkPersoon {
        SubjectIdentificatieNatuurlijkPersoon {
            subject_identificatie: None,
        }
    }
}

/// Converts the SubjectIdentificatieNatuurlijkPersoon value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubjectIdentificatieNatuurlijkPersoon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type subjectIdentificatie in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubjectIdentificatieNatuurlijkPersoon value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubjectIdentificatieNatuurlijkPersoon {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub subject_identificatie: Vec<models::NatuurlijkPersoon>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SubjectIdentificatieNatuurlijkPersoon".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "subjectIdentificatie" => intermediate_rep.subject_identificatie.push(<models::NatuurlijkPersoon as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SubjectIdentificatieNatuurlijkPersoon".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubjectIdentificatieNatuurlijkPersoon {
            subject_identificatie: intermediate_rep.subject_identificatie.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubjectIdentificatieNatuurlijkPersoon> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<SubjectIdentificatieNatuurlijkPersoon>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SubjectIdentificatieNatuurlijkPersoon>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for SubjectIdentificatieNatuurlijkPersoon - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<SubjectIdentificatieNatuurlijkPersoon> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SubjectIdentificatieNatuurlijkPersoon as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into SubjectIdentificatieNatuurlijkPersoon - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<SubjectIdentificatieNatuurlijkPersoon>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<SubjectIdentificatieNatuurlijkPersoon>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<SubjectIdentificatieNatuurlijkPersoon>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<SubjectIdentificatieNatuurlijkPersoon> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <SubjectIdentificatieNatuurlijkPersoon as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into SubjectIdentificatieNatuurlijkPersoon - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SubjectIdentificatieNietNatuurlijkPersoon {
    #[serde(rename = "subjectIdentificatie")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_identificatie: Option<models::NietNatuurlijkPersoon>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for SubjectIdentificatieNietNatuurlijkPersoon {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for SubjectIdentificatieNietNatuurlijkPersoon {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl SubjectIdentificatieNietNatuurlijkPersoon {
    #[allow(clippy::new_without_default)]
    pub fn new() -> SubjectIdentificatieNietNatuurlijkPersoon {
        SubjectIdentificatieNietNatuurlijkPersoon {
            subject_identificatie: None,
        }
    }
}

/// Converts the SubjectIdentificatieNietNatuurlijkPersoon value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubjectIdentificatieNietNatuurlijkPersoon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type subjectIdentificatie in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubjectIdentificatieNietNatuurlijkPersoon value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubjectIdentificatieNietNatuurlijkPersoon {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub subject_identificatie: Vec<models::NietNatuurlijkPersoon>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SubjectIdentificatieNietNatuurlijkPersoon".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "subjectIdentificatie" => intermediate_rep.subject_identificatie.push(<models::NietNatuurlijkPersoon as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SubjectIdentificatieNietNatuurlijkPersoon".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubjectIdentificatieNietNatuurlijkPersoon {
            subject_identificatie: intermediate_rep.subject_identificatie.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubjectIdentificatieNietNatuurlijkPersoon> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<SubjectIdentificatieNietNatuurlijkPersoon>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SubjectIdentificatieNietNatuurlijkPersoon>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for SubjectIdentificatieNietNatuurlijkPersoon - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<SubjectIdentificatieNietNatuurlijkPersoon> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SubjectIdentificatieNietNatuurlijkPersoon as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into SubjectIdentificatieNietNatuurlijkPersoon - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<SubjectIdentificatieNietNatuurlijkPersoon>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<SubjectIdentificatieNietNatuurlijkPersoon>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<SubjectIdentificatieNietNatuurlijkPersoon>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<SubjectIdentificatieNietNatuurlijkPersoon> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <SubjectIdentificatieNietNatuurlijkPersoon as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into SubjectIdentificatieNietNatuurlijkPersoon - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct SubjectIdentificatieVestiging {
    #[serde(rename = "subjectIdentificatie")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub subject_identificatie: Option<models::Vestiging>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for SubjectIdentificatieVestiging {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for SubjectIdentificatieVestiging {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl SubjectIdentificatieVestiging {
    #[allow(clippy::new_without_default)]
    pub fn new() -> SubjectIdentificatieVestiging {
        SubjectIdentificatieVestiging {
            subject_identificatie: None,
        }
    }
}

/// Converts the SubjectIdentificatieVestiging value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for SubjectIdentificatieVestiging {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type subjectIdentificatie in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a SubjectIdentificatieVestiging value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for SubjectIdentificatieVestiging {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub subject_identificatie: Vec<models::Vestiging>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing SubjectIdentificatieVestiging".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "subjectIdentificatie" => intermediate_rep.subject_identificatie.push(<models::Vestiging as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing SubjectIdentificatieVestiging".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(SubjectIdentificatieVestiging {
            subject_identificatie: intermediate_rep.subject_identificatie.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<SubjectIdentificatieVestiging> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<SubjectIdentificatieVestiging>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SubjectIdentificatieVestiging>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for SubjectIdentificatieVestiging - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<SubjectIdentificatieVestiging> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SubjectIdentificatieVestiging as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into SubjectIdentificatieVestiging - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<SubjectIdentificatieVestiging>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<SubjectIdentificatieVestiging>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<SubjectIdentificatieVestiging>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<SubjectIdentificatieVestiging> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <SubjectIdentificatieVestiging as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into SubjectIdentificatieVestiging - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

/// Type van de `subject`.  Uitleg bij mogelijke waarden:  * `natuurlijk_persoon` - Natuurlijk persoon * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon * `vestiging` - Vestiging
/// Enumeration of values.
/// Since this enum's variants do not hold data, we can easily define them as `#[repr(C)]`
/// which helps with FFI.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize, Hash)]
#[cfg_attr(feature = "validate", derive(Validate))]
#[cfg_attr(feature = "conversion", derive(frunk_enum_derive::LabelledGenericEnum))]
pub enum SubjectType {
    #[serde(rename = "natuurlijk_persoon")]
    NatuurlijkPersoon,
    #[serde(rename = "niet_natuurlijk_persoon")]
    NietNatuurlijkPersoon,
    #[serde(rename = "vestiging")]
    Vestiging,
}

impl std::fmt::Display for SubjectType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            SubjectType::NatuurlijkPersoon => write!(f, "natuurlijk_persoon"),
            SubjectType::NietNatuurlijkPersoon => write!(f, "niet_natuurlijk_persoon"),
            SubjectType::Vestiging => write!(f, "vestiging"),
        }
    }
}

impl std::str::FromStr for SubjectType {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        match s {
            "natuurlijk_persoon" => std::result::Result::Ok(SubjectType::NatuurlijkPersoon),
            "niet_natuurlijk_persoon" => std::result::Result::Ok(SubjectType::NietNatuurlijkPersoon),
            "vestiging" => std::result::Result::Ok(SubjectType::Vestiging),
            _ => std::result::Result::Err(format!("Value not valid: {s}")),
        }
    }
}

// Methods for converting between header::IntoHeaderValue<SubjectType> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<SubjectType>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<SubjectType>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for SubjectType - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<SubjectType> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <SubjectType as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into SubjectType - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<SubjectType>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<SubjectType>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<SubjectType>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<SubjectType> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <SubjectType as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into SubjectType - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct ValidatieFout {
    /// URI referentie naar het type fout, bedoeld voor developers
    #[serde(rename = "type")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub r#type: Option<String>,

    /// Systeemcode die het type fout aangeeft
    #[serde(rename = "code")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub code: String,

    /// Generieke titel voor het type fout
    #[serde(rename = "title")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub title: String,

    /// De HTTP status code
    #[serde(rename = "status")]

    pub status: i32,

    /// Extra informatie bij de fout, indien beschikbaar
    #[serde(rename = "detail")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub detail: String,

    /// URI met referentie naar dit specifiek voorkomen van de fout. Deze kan gebruikt worden in combinatie met server logs, bijvoorbeeld.
    #[serde(rename = "instance")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]

    pub instance: String,

    #[serde(rename = "invalidParams")]

    #[cfg_attr(feature = "validate", validate)]
    pub invalid_params: Vec<models::FieldValidationError>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for ValidatieFout {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for ValidatieFout {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl ValidatieFout {
    #[allow(clippy::new_without_default)]
    pub fn new(code: String, title: String, status: i32, detail: String, instance: String, invalid_params: Vec<models::FieldValidationError>, ) -> ValidatieFout {
        ValidatieFout {
            r#type: None,
            code,
            title,
            status,
            detail,
            instance,
            invalid_params,
        }
    }
}

/// Converts the ValidatieFout value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for ValidatieFout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.r#type.as_ref().map(|r#type| {
                [
                    "type".to_string(),
                    r#type.to_string(),
                ].join(",")
            }),
            Some("code".to_string()),
            Some(self.code.to_string()),
            Some("title".to_string()),
            Some(self.title.to_string()),
            Some("status".to_string()),
            Some(self.status.to_string()),
            Some("detail".to_string()),
            Some(self.detail.to_string()),
            Some("instance".to_string()),
            Some(self.instance.to_string()),
            // Skipping non-primitive type invalidParams in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a ValidatieFout value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for ValidatieFout {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub r#type: Vec<String>,
            pub code: Vec<String>,
            pub title: Vec<String>,
            pub status: Vec<i32>,
            pub detail: Vec<String>,
            pub instance: Vec<String>,
            pub invalid_params: Vec<Vec<models::FieldValidationError>>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing ValidatieFout".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "type" => intermediate_rep.r#type.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "code" => intermediate_rep.code.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "title" => intermediate_rep.title.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "status" => intermediate_rep.status.push(<i32 as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "detail" => intermediate_rep.detail.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "instance" => intermediate_rep.instance.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "invalidParams" => return std::result::Result::Err("Parsing a container in this style is not supported in ValidatieFout".to_string()),
                    _ => return std::result::Result::Err("Unexpected key while parsing ValidatieFout".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(ValidatieFout {
            r#type: intermediate_rep.r#type.into_iter().next(),
            code: intermediate_rep.code.into_iter().next().ok_or_else(|| "code missing in ValidatieFout".to_string())?,
            title: intermediate_rep.title.into_iter().next().ok_or_else(|| "title missing in ValidatieFout".to_string())?,
            status: intermediate_rep.status.into_iter().next().ok_or_else(|| "status missing in ValidatieFout".to_string())?,
            detail: intermediate_rep.detail.into_iter().next().ok_or_else(|| "detail missing in ValidatieFout".to_string())?,
            instance: intermediate_rep.instance.into_iter().next().ok_or_else(|| "instance missing in ValidatieFout".to_string())?,
            invalid_params: intermediate_rep.invalid_params.into_iter().next().ok_or_else(|| "invalidParams missing in ValidatieFout".to_string())?,
        })
    }
}

// Methods for converting between header::IntoHeaderValue<ValidatieFout> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<ValidatieFout>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<ValidatieFout>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for ValidatieFout - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<ValidatieFout> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <ValidatieFout as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into ValidatieFout - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<ValidatieFout>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<ValidatieFout>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<ValidatieFout>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<ValidatieFout> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <ValidatieFout as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into ValidatieFout - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct VerblijfsAdres {
    /// De unieke identificatie van het OBJECT
    #[serde(rename = "aoaIdentificatie")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 100),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 100))]

    pub aoa_identificatie: String,

    #[serde(rename = "wplWoonplaatsNaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 80),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 80))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub wpl_woonplaats_naam: Option<String>,

    /// Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming
    #[serde(rename = "gorOpenbareRuimteNaam")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(min = 1, max = 80),
        ))]
    #[cfg_attr(feature = "validate", validate(min_length = 1))]
    #[cfg_attr(feature = "validate", validate(max_length = 80))]

    pub gor_openbare_ruimte_naam: String,

    #[serde(rename = "aoaPostcode")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 7),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 7))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub aoa_postcode: Option<String>,

    #[serde(rename = "aoaHuisnummer")]
    #[serde(deserialize_with = "swagger::nullable_format::deserialize_optional_nullable")]
    #[serde(default = "swagger::nullable_format::default_optional_nullable")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub aoa_huisnummer: Option<swagger::Nullable<u32>>,

    #[serde(rename = "aoaHuisletter")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub aoa_huisletter: Option<String>,

    #[serde(rename = "aoaHuisnummertoevoeging")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 4),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 4))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub aoa_huisnummertoevoeging: Option<String>,

    #[serde(rename = "inpLocatiebeschrijving")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 1000),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 1000))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub inp_locatiebeschrijving: Option<String>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for VerblijfsAdres {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for VerblijfsAdres {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl VerblijfsAdres {
    #[allow(clippy::new_without_default)]
    pub fn new(aoa_identificatie: String, gor_openbare_ruimte_naam: String, ) -> VerblijfsAdres {
        VerblijfsAdres {
            aoa_identificatie,
            wpl_woonplaats_naam: None,
            gor_openbare_ruimte_naam,
            aoa_postcode: None,
            aoa_huisnummer: None,
            aoa_huisletter: None,
            aoa_huisnummertoevoeging: None,
            inp_locatiebeschrijving: None,
        }
    }
}

/// Converts the VerblijfsAdres value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for VerblijfsAdres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            Some("aoaIdentificatie".to_string()),
            Some(self.aoa_identificatie.to_string()),
            self.wpl_woonplaats_naam.as_ref().map(|wpl_woonplaats_naam| {
                [
                    "wplWoonplaatsNaam".to_string(),
                    wpl_woonplaats_naam.to_string(),
                ].join(",")
            }),
            Some("gorOpenbareRuimteNaam".to_string()),
            Some(self.gor_openbare_ruimte_naam.to_string()),
            self.aoa_postcode.as_ref().map(|aoa_postcode| {
                [
                    "aoaPostcode".to_string(),
                    aoa_postcode.to_string(),
                ].join(",")
            }),
            self.aoa_huisnummer.as_ref().map(|aoa_huisnummer| {
                [
                    "aoaHuisnummer".to_string(),
                    aoa_huisnummer.as_ref().map_or("null".to_string(), |x| x.to_string()),
                ].join(",")
            }),
            self.aoa_huisletter.as_ref().map(|aoa_huisletter| {
                [
                    "aoaHuisletter".to_string(),
                    aoa_huisletter.to_string(),
                ].join(",")
            }),
            self.aoa_huisnummertoevoeging.as_ref().map(|aoa_huisnummertoevoeging| {
                [
                    "aoaHuisnummertoevoeging".to_string(),
                    aoa_huisnummertoevoeging.to_string(),
                ].join(",")
            }),
            self.inp_locatiebeschrijving.as_ref().map(|inp_locatiebeschrijving| {
                [
                    "inpLocatiebeschrijving".to_string(),
                    inp_locatiebeschrijving.to_string(),
                ].join(",")
            }),
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a VerblijfsAdres value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for VerblijfsAdres {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub aoa_identificatie: Vec<String>,
            pub wpl_woonplaats_naam: Vec<String>,
            pub gor_openbare_ruimte_naam: Vec<String>,
            pub aoa_postcode: Vec<String>,
            pub aoa_huisnummer: Vec<u32>,
            pub aoa_huisletter: Vec<String>,
            pub aoa_huisnummertoevoeging: Vec<String>,
            pub inp_locatiebeschrijving: Vec<String>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing VerblijfsAdres".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "aoaIdentificatie" => intermediate_rep.aoa_identificatie.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "wplWoonplaatsNaam" => intermediate_rep.wpl_woonplaats_naam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "gorOpenbareRuimteNaam" => intermediate_rep.gor_openbare_ruimte_naam.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "aoaPostcode" => intermediate_rep.aoa_postcode.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "aoaHuisnummer" => return std::result::Result::Err("Parsing a nullable type in this style is not supported in VerblijfsAdres".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "aoaHuisletter" => intermediate_rep.aoa_huisletter.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "aoaHuisnummertoevoeging" => intermediate_rep.aoa_huisnummertoevoeging.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "inpLocatiebeschrijving" => intermediate_rep.inp_locatiebeschrijving.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing VerblijfsAdres".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(VerblijfsAdres {
            aoa_identificatie: intermediate_rep.aoa_identificatie.into_iter().next().ok_or_else(|| "aoaIdentificatie missing in VerblijfsAdres".to_string())?,
            wpl_woonplaats_naam: intermediate_rep.wpl_woonplaats_naam.into_iter().next(),
            gor_openbare_ruimte_naam: intermediate_rep.gor_openbare_ruimte_naam.into_iter().next().ok_or_else(|| "gorOpenbareRuimteNaam missing in VerblijfsAdres".to_string())?,
            aoa_postcode: intermediate_rep.aoa_postcode.into_iter().next(),
            aoa_huisnummer: std::result::Result::Err("Nullable types not supported in VerblijfsAdres".to_string())?,
            aoa_huisletter: intermediate_rep.aoa_huisletter.into_iter().next(),
            aoa_huisnummertoevoeging: intermediate_rep.aoa_huisnummertoevoeging.into_iter().next(),
            inp_locatiebeschrijving: intermediate_rep.inp_locatiebeschrijving.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<VerblijfsAdres> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<VerblijfsAdres>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<VerblijfsAdres>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for VerblijfsAdres - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<VerblijfsAdres> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <VerblijfsAdres as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into VerblijfsAdres - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<VerblijfsAdres>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<VerblijfsAdres>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<VerblijfsAdres>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<VerblijfsAdres> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <VerblijfsAdres as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into VerblijfsAdres - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Vestiging {
    /// Een korte unieke aanduiding van de Vestiging.
    #[serde(rename = "vestigingsNummer")]
    #[cfg_attr(not(feature = "validate"), validate(
            length(max = 24),
        ))]
    #[cfg_attr(feature = "validate", validate(max_length = 24))]

    #[serde(skip_serializing_if="Option::is_none")]
    pub vestigings_nummer: Option<String>,

    /// De naam van de vestiging waaronder gehandeld wordt.
    #[serde(rename = "handelsnaam")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub handelsnaam: Option<Vec<String>>,

    #[serde(rename = "verblijfsadres")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub verblijfsadres: Option<models::VerblijfsAdres>,

    #[serde(rename = "subVerblijfBuitenland")]

    #[cfg_attr(feature = "validate", validate)]
    #[serde(skip_serializing_if="Option::is_none")]
    pub sub_verblijf_buitenland: Option<models::SubVerblijfBuitenland>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Vestiging {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Vestiging {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Vestiging {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Vestiging {
        Vestiging {
            vestigings_nummer: None,
            handelsnaam: None,
            verblijfsadres: None,
            sub_verblijf_buitenland: None,
        }
    }
}

/// Converts the Vestiging value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Vestiging {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            self.vestigings_nummer.as_ref().map(|vestigings_nummer| {
                [
                    "vestigingsNummer".to_string(),
                    vestigings_nummer.to_string(),
                ].join(",")
            }),
            self.handelsnaam.as_ref().map(|handelsnaam| {
                [
                    "handelsnaam".to_string(),
                    handelsnaam.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","),
                ].join(",")
            }),
            // Skipping non-primitive type verblijfsadres in query parameter serialization
            // Skipping non-primitive type subVerblijfBuitenland in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Vestiging value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Vestiging {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub vestigings_nummer: Vec<String>,
            pub handelsnaam: Vec<Vec<String>>,
            pub verblijfsadres: Vec<models::VerblijfsAdres>,
            pub sub_verblijf_buitenland: Vec<models::SubVerblijfBuitenland>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Vestiging".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "vestigingsNummer" => intermediate_rep.vestigings_nummer.push(<String as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    "handelsnaam" => return std::result::Result::Err("Parsing a container in this style is not supported in Vestiging".to_string()),
                    #[allow(clippy::redundant_clone)]
                    "verblijfsadres" => intermediate_rep.verblijfsadres.push(<models::VerblijfsAdres as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "subVerblijfBuitenland" => intermediate_rep.sub_verblijf_buitenland.push(<models::SubVerblijfBuitenland as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Vestiging".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Vestiging {
            vestigings_nummer: intermediate_rep.vestigings_nummer.into_iter().next(),
            handelsnaam: intermediate_rep.handelsnaam.into_iter().next(),
            verblijfsadres: intermediate_rep.verblijfsadres.into_iter().next(),
            sub_verblijf_buitenland: intermediate_rep.sub_verblijf_buitenland.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Vestiging> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vestiging>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Vestiging>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Vestiging - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vestiging> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Vestiging as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Vestiging - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Vestiging>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Vestiging>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Vestiging>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Vestiging> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Vestiging as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Vestiging - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Validate, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "conversion", derive(frunk::LabelledGeneric))]
pub struct Wijzigingen {
    /// Volledige JSON body van het object zoals dat bestond voordat de actie heeft plaatsgevonden.
    #[serde(rename = "oud")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub oud: Option<serde_json::Value>,

    /// Volledige JSON body van het object na de actie.
    #[serde(rename = "nieuw")]

    #[serde(skip_serializing_if="Option::is_none")]
    pub nieuw: Option<serde_json::Value>,

}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMinLength for Wijzigingen {
    fn validate_composited_min_length(
        &self,
        _min_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MinLengthError>> {
        Ok(())
    }
}

#[cfg(feature = "validate")]
impl serde_valid::validation::ValidateCompositedMaxLength for Wijzigingen {
    fn validate_composited_max_length(
        &self,
        _max_length: usize,
    ) -> Result<(), serde_valid::validation::Composited<serde_valid::validation::error::MaxLengthError>> {
        Ok(())
    }
}


impl Wijzigingen {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Wijzigingen {
        Wijzigingen {
            oud: None,
            nieuw: None,
        }
    }
}

/// Converts the Wijzigingen value to the Query Parameters representation (style=form, explode=false)
/// specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde serializer
impl std::fmt::Display for Wijzigingen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<Option<String>> = vec![
            // Skipping non-primitive type oud in query parameter serialization
            // Skipping non-primitive type nieuw in query parameter serialization
        ];

        write!(f, "{}", params.into_iter().flatten().collect::<Vec<_>>().join(","))
    }
}

/// Converts Query Parameters representation (style=form, explode=false) to a Wijzigingen value
/// as specified in <https://swagger.io/docs/specification/serialization/>
/// Should be implemented in a serde deserializer
impl std::str::FromStr for Wijzigingen {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        /// An intermediate representation of the struct to use for parsing.
        #[derive(Default)]
        #[allow(dead_code)]
        struct IntermediateRep {
            pub oud: Vec<serde_json::Value>,
            pub nieuw: Vec<serde_json::Value>,
        }

        let mut intermediate_rep = IntermediateRep::default();

        // Parse into intermediate representation
        let mut string_iter = s.split(',');
        let mut key_result = string_iter.next();

        while key_result.is_some() {
            let val = match string_iter.next() {
                Some(x) => x,
                None => return std::result::Result::Err("Missing value while parsing Wijzigingen".to_string())
            };

            if let Some(key) = key_result {
                #[allow(clippy::match_single_binding)]
                match key {
                    #[allow(clippy::redundant_clone)]
                    "oud" => intermediate_rep.oud.push(<serde_json::Value as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    #[allow(clippy::redundant_clone)]
                    "nieuw" => intermediate_rep.nieuw.push(<serde_json::Value as std::str::FromStr>::from_str(val).map_err(|x| x.to_string())?),
                    _ => return std::result::Result::Err("Unexpected key while parsing Wijzigingen".to_string())
                }
            }

            // Get the next key
            key_result = string_iter.next();
        }

        // Use the intermediate representation to return the struct
        std::result::Result::Ok(Wijzigingen {
            oud: intermediate_rep.oud.into_iter().next(),
            nieuw: intermediate_rep.nieuw.into_iter().next(),
        })
    }
}

// Methods for converting between header::IntoHeaderValue<Wijzigingen> and hyper::header::HeaderValue

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Wijzigingen>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_value: header::IntoHeaderValue<Wijzigingen>) -> std::result::Result<Self, Self::Error> {
        let hdr_value = hdr_value.to_string();
        match hyper::header::HeaderValue::from_str(&hdr_value) {
             std::result::Result::Ok(value) => std::result::Result::Ok(value),
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Invalid header value for Wijzigingen - value: {hdr_value} is invalid {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Wijzigingen> {
    type Error = String;

    fn try_from(hdr_value: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_value.to_str() {
             std::result::Result::Ok(value) => {
                    match <Wijzigingen as std::str::FromStr>::from_str(value) {
                        std::result::Result::Ok(value) => std::result::Result::Ok(header::IntoHeaderValue(value)),
                        std::result::Result::Err(err) => std::result::Result::Err(
                            format!("Unable to convert header value '{value}' into Wijzigingen - {err}"))
                    }
             },
             std::result::Result::Err(e) => std::result::Result::Err(
                 format!("Unable to convert header: {hdr_value:?} to string: {e}"))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<header::IntoHeaderValue<Vec<Wijzigingen>>> for hyper::header::HeaderValue {
    type Error = String;

    fn try_from(hdr_values: header::IntoHeaderValue<Vec<Wijzigingen>>) -> std::result::Result<Self, Self::Error> {
        let hdr_values : Vec<String> = hdr_values.0.into_iter().map(|hdr_value| {
            hdr_value.to_string()
        }).collect();

        match hyper::header::HeaderValue::from_str(&hdr_values.join(", ")) {
           std::result::Result::Ok(hdr_value) => std::result::Result::Ok(hdr_value),
           std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to convert {hdr_values:?} into a header - {e}",))
        }
    }
}

#[cfg(any(feature = "client", feature = "server"))]
impl std::convert::TryFrom<hyper::header::HeaderValue> for header::IntoHeaderValue<Vec<Wijzigingen>> {
    type Error = String;

    fn try_from(hdr_values: hyper::header::HeaderValue) -> std::result::Result<Self, Self::Error> {
        match hdr_values.to_str() {
            std::result::Result::Ok(hdr_values) => {
                let hdr_values : std::vec::Vec<Wijzigingen> = hdr_values
                .split(',')
                .filter_map(|hdr_value| match hdr_value.trim() {
                    "" => std::option::Option::None,
                    hdr_value => std::option::Option::Some({
                        match <Wijzigingen as std::str::FromStr>::from_str(hdr_value) {
                            std::result::Result::Ok(value) => std::result::Result::Ok(value),
                            std::result::Result::Err(err) => std::result::Result::Err(
                                format!("Unable to convert header value '{hdr_value}' into Wijzigingen - {err}"))
                        }
                    })
                }).collect::<std::result::Result<std::vec::Vec<_>, String>>()?;

                std::result::Result::Ok(header::IntoHeaderValue(hdr_values))
            },
            std::result::Result::Err(e) => std::result::Result::Err(format!("Unable to parse header: {hdr_values:?} as a string - {e}")),
        }
    }
}
