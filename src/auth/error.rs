//! The ways authentication and authorisation can fail, with the reference's codes and Dutch details.
//!
//! Every variant is rendered by the HTTP layer as a 403 problem body with the type and title of
//! `PermissionDenied` and this variant's `code` and `detail`. The first five codes and the AC one
//! are the reference's own; `jwt-unsupported-algorithm`, `jwt-expired`, `jwt-immature` and
//! `ac-unavailable` are ours: the reference answers those cases with a 500
//! (README, Deviations from the reference, item 3); so is `jwt-control-characters` (item 16).

/// Why a request was refused. `code()` and `detail()` give the problem body's fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthError {
    /// No `Bearer <token>` credentials, an unknown applicatie, or a missing scope.
    PermissionDenied,
    /// The token is not three base64url segments holding a JSON header and a JSON object payload,
    /// or a time claim (`iat`, `nbf`, `exp`) is not a number.
    JwtDecodeError,
    /// The payload has no `client_id` claim.
    MissingClientIdentifier,
    /// `client_id` is not a string, or names no configured client.
    InvalidClientIdentifier,
    /// The HS256 signature does not match the client's secret.
    InvalidJwtSignature,
    /// `exp` lies in the past (beyond the leeway).
    TokenExpired,
    /// `nbf` lies in the future (beyond the leeway).
    TokenNotYetValid,
    /// The header's `alg` is anything but `HS256` (including `none` and `HS512`) or is absent.
    UnsupportedAlgorithm,
    /// `user_id` or `user_representation` holds a control character (NUL, a line break, …): text that cannot go
    /// into the audit trail as it is (PostgreSQL refuses NUL), refused rather than changed.
    ControlCharacterInClaim,
    /// The Autorisaties API refused our own credentials (401 or 403).
    NotAuthenticatedForAc,
    /// The Autorisaties API could not be reached, timed out, failed (5xx) or sent an unreadable answer.
    AcUnavailable,
}

impl AuthError {
    /// The problem body's `code`.
    pub fn code(&self) -> &'static str {
        match self {
            AuthError::PermissionDenied => "permission_denied",
            AuthError::JwtDecodeError => "jwt-decode-error",
            AuthError::MissingClientIdentifier => "missing-client-identifier",
            AuthError::InvalidClientIdentifier => "invalid-client-identifier",
            AuthError::InvalidJwtSignature => "invalid-jwt-signature",
            AuthError::TokenExpired => "jwt-expired",
            AuthError::TokenNotYetValid => "jwt-immature",
            AuthError::UnsupportedAlgorithm => "jwt-unsupported-algorithm",
            AuthError::ControlCharacterInClaim => "jwt-control-characters",
            AuthError::NotAuthenticatedForAc => "not_authenticated_for_ac",
            AuthError::AcUnavailable => "ac-unavailable",
        }
    }

    /// The problem body's `detail` (Dutch, like the reference).
    pub fn detail(&self) -> &'static str {
        match self {
            AuthError::PermissionDenied => "Je hebt geen toestemming om deze actie uit te voeren.",
            AuthError::JwtDecodeError => {
                "Het JWT kon niet gedecodeerd worden. Mogelijks heb je een copy-paste fout gemaakt"
            }
            AuthError::MissingClientIdentifier => "Client identifier is niet aanwezig in JWT",
            AuthError::InvalidClientIdentifier => "Client identifier bestaat niet",
            AuthError::InvalidJwtSignature => "Client credentials zijn niet geldig",
            AuthError::TokenExpired => "Het JWT is verlopen: de claim exp ligt in het verleden.",
            AuthError::TokenNotYetValid => {
                "Het JWT is nog niet geldig: de claim nbf ligt in de toekomst."
            }
            AuthError::UnsupportedAlgorithm => {
                "Het JWT-algoritme wordt niet ondersteund; alleen HS256 is toegestaan."
            }
            AuthError::ControlCharacterInClaim => {
                "De claims user_id en user_representation van het JWT mogen geen stuurtekens (zoals NUL) bevatten."
            }
            AuthError::NotAuthenticatedForAc => {
                "De component kon zich niet autoriseren met het AC - de autorisaties konden daardoor niet opgehaald worden."
            }
            AuthError::AcUnavailable => {
                "Het AC is niet bereikbaar of gaf een ongeldig antwoord - de autorisaties konden daardoor niet opgehaald worden."
            }
        }
    }
}

impl std::fmt::Display for AuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::error::Error for AuthError {}

#[cfg(test)]
mod tests {
    use super::AuthError::*;

    #[test]
    fn codes_and_details_are_the_documented_ones() {
        let all = [
            (PermissionDenied, "permission_denied"),
            (JwtDecodeError, "jwt-decode-error"),
            (MissingClientIdentifier, "missing-client-identifier"),
            (InvalidClientIdentifier, "invalid-client-identifier"),
            (InvalidJwtSignature, "invalid-jwt-signature"),
            (TokenExpired, "jwt-expired"),
            (TokenNotYetValid, "jwt-immature"),
            (UnsupportedAlgorithm, "jwt-unsupported-algorithm"),
            (ControlCharacterInClaim, "jwt-control-characters"),
            (NotAuthenticatedForAc, "not_authenticated_for_ac"),
            (AcUnavailable, "ac-unavailable"),
        ];
        for (e, code) in all {
            assert_eq!(e.code(), code);
            assert!(!e.detail().is_empty());
            assert_eq!(e.to_string(), code);
        }
        assert_eq!(
            JwtDecodeError.detail(),
            "Het JWT kon niet gedecodeerd worden. Mogelijks heb je een copy-paste fout gemaakt"
        );
        assert_eq!(
            NotAuthenticatedForAc.detail(),
            "De component kon zich niet autoriseren met het AC - de autorisaties konden daardoor niet opgehaald worden."
        );
    }
}
