#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RsinError {
    OnlyDigits,
    InvalidLength,
    Invalid,
}
impl RsinError {
    pub fn code(self) -> &'static str {
        match self {
            RsinError::OnlyDigits => "only-digits",
            RsinError::InvalidLength => "invalid-length",
            RsinError::Invalid => "invalid",
        }
    }
    pub fn reason(self) -> &'static str {
        match self {
            RsinError::OnlyDigits => "Waarde moet numeriek zijn.",
            RsinError::InvalidLength => "RSIN moet 9 tekens lang zijn.",
            RsinError::Invalid => "Onjuist RSIN nummer.",
        }
    }
}
pub fn check_rsin(v: &str) -> Result<(), RsinError> {
    if !v.chars().all(|c| c.is_ascii_digit()) {
        return Err(RsinError::OnlyDigits);
    }
    if v.len() != 9 {
        return Err(RsinError::InvalidLength);
    }
    let d: Vec<i64> = v.bytes().map(|b| (b - b'0') as i64).collect();
    let mut s = 0;
    for (i, x) in d.iter().rev().enumerate() {
        s += if i == 0 { -x } else { x * (i as i64 + 1) };
    }
    if s % 11 == 0 {
        Ok(())
    } else {
        Err(RsinError::Invalid)
    }
}
pub fn is_valid_url(v: &str) -> bool {
    (v.starts_with("http://") || v.starts_with("https://")) && v.len() > 10 && !v.contains(' ') && !v.contains(":1/")
}
pub fn is_valid_email(v: &str) -> bool {
    v.contains('@') && v.rsplit('@').next().unwrap().contains('.')
}
pub fn is_valid_a_nummer(v: &str) -> bool {
    v.len() == 10 && v.bytes().all(|b| b.is_ascii_digit()) && !v.starts_with('0')
}
