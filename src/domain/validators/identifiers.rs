//! RSIN/BSN (`bronorganisatie`, `inpBsn`, `innNnpId`) and the A-nummer.
#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------------
// RSIN / BSN (`bronorganisatie`, `inpBsn`, `innNnpId`)
// ---------------------------------------------------------------------------------------------

/// RSIN/BSN: checks in order, stop at first failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsinError {
    OnlyDigits,
    InvalidLength,
    Invalid,
}

impl RsinError {
    /// The error code: `only-digits`, `invalid-length` or `invalid`.
    pub fn code(self) -> &'static str {
        match self {
            RsinError::OnlyDigits => "only-digits",
            RsinError::InvalidLength => "invalid-length",
            RsinError::Invalid => "invalid",
        }
    }

    /// The (Dutch, untranslated) message of the reference.
    pub fn reason(self) -> &'static str {
        match self {
            RsinError::OnlyDigits => "Waarde moet numeriek zijn.",
            RsinError::InvalidLength => "RSIN moet 9 tekens lang zijn.",
            RsinError::Invalid => "Onjuist RSIN nummer.",
        }
    }
}

/// Strips the single trailing `"\n"` before which Python's `$` also matches.
pub(super) fn py_dollar_body(value: &str) -> &str {
    value.strip_suffix('\n').unwrap_or(value)
}

/// `vng_api_common.validators.validate_rsin`:
///
/// 1. `RegexValidator('^[0-9]+$', code='only-digits')` (ASCII digits; `$` also matches before a
///    final `"\n"`, so `"123\n"` passes this step);
/// 2. `len(value) != 9` gives `invalid-length`;
/// 3. the 11-proef: the right-most digit weighs −1, the others their position 2..9 from the
///    right; the sum must be divisible by 11, otherwise `invalid`.
///
/// The only input Python cannot finish is eight digits followed by `"\n"`: `int("\n")` raises
/// `ValueError` there (an HTTP 500 in the reference). That case is reported as `Invalid`. DRF trims
/// the value before validating, so it does not occur through the API.
pub fn check_rsin(value: &str) -> Result<(), RsinError> {
    let body = py_dollar_body(value);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RsinError::OnlyDigits);
    }
    if value.chars().count() != 9 {
        return Err(RsinError::InvalidLength);
    }
    if body.len() != 9 {
        // 8 digits + "\n": Python crashes in int("\n").
        return Err(RsinError::Invalid);
    }
    let mut total: i64 = 0;
    for (index, byte) in body.bytes().rev().enumerate() {
        let digit = i64::from(byte - b'0');
        let multiplier = index as i64 + 1;
        if multiplier == 1 {
            total -= digit;
        } else {
            total += multiplier * digit;
        }
    }
    if total % 11 != 0 {
        return Err(RsinError::Invalid);
    }
    Ok(())
}
