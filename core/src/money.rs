//! Money: an integer number of minor units (`amount_minor: i64`) in an ISO 4217
//! currency. Never a float: amounts are parsed from decimal text exactly and formatted
//! back exactly, and every sum is checked (an overflow is an error, never a wrap).
//!
//! The number of minor digits comes from ISO 4217 (the table below, the active codes
//! that have a minor unit: JPY 0, EUR 2, KWD 3, CLF 4, …).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Active ISO 4217 currencies and their minor digits. Codes without a minor unit
/// (precious metals, SDR, test and "no currency" codes) are not money here.
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("ANG", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BOV", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHE", 2),
    ("CHF", 2),
    ("CHW", 2),
    ("CLF", 4),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("COU", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MXV", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("USN", 2),
    ("UYI", 0),
    ("UYU", 2),
    ("UYW", 4),
    ("UZS", 2),
    ("VED", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XCG", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

/// Why a currency code or an amount was refused. Messages say what is allowed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Not an active ISO 4217 code with a minor unit.
    #[error("'{0}' is not an ISO 4217 currency code (three letters, e.g. EUR, USD, JPY)")]
    UnknownCurrency(String),
    /// Not a decimal number.
    #[error("'{text}' is not an amount: {why}")]
    Malformed {
        /// The text (clipped).
        text: String,
        /// What is wrong.
        why: String,
    },
    /// More decimals than the currency has.
    #[error(
        "'{text}' has {found} decimal places; {currency} has {digits} (amounts are never rounded)"
    )]
    TooManyDecimals {
        /// The text (clipped).
        text: String,
        /// Decimals given.
        found: usize,
        /// The currency.
        currency: String,
        /// Its minor digits.
        digits: u8,
    },
    /// Beyond what 64 bits of minor units hold.
    #[error("'{0}' is too large: amounts hold at most 9223372036854775807 minor units")]
    Overflow(String),
    /// A sum or product left the range of an i64.
    #[error("the total overflows: amounts hold at most 9223372036854775807 minor units")]
    SumOverflow,
}

/// An ISO 4217 currency (an active code with a minor unit).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency {
    code: [u8; 3],
    digits: u8,
}

impl Currency {
    /// The currency with this code (upper case, as ISO 4217 writes it; lower case is
    /// accepted and normalised).
    pub fn from_code(code: &str) -> Result<Self, MoneyError> {
        let upper = code.trim().to_ascii_uppercase();
        CURRENCIES
            .binary_search_by(|(c, _)| (*c).cmp(upper.as_str()))
            .ok()
            .and_then(|i| CURRENCIES.get(i))
            .and_then(|(c, d)| {
                let b = c.as_bytes();
                Some(Self {
                    code: [*b.first()?, *b.get(1)?, *b.get(2)?],
                    digits: *d,
                })
            })
            .ok_or_else(|| MoneyError::UnknownCurrency(crate::validate::clip(code)))
    }

    /// The three-letter code.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.code).unwrap_or("XXX")
    }

    /// Minor digits: 0 for JPY, 2 for EUR, 3 for KWD.
    pub fn digits(&self) -> u8 {
        self.digits
    }

    /// Every known currency, in code order.
    pub fn all() -> impl Iterator<Item = Self> {
        CURRENCIES
            .iter()
            .filter_map(|(c, _)| Self::from_code(c).ok())
    }

    /// Parses an amount in this currency (see [`parse_amount`]).
    pub fn parse(&self, text: &str, style: DecimalStyle) -> Result<i64, MoneyError> {
        parse_amount(text, self.digits, style).map_err(|e| match e {
            MoneyError::TooManyDecimals {
                text,
                found,
                digits,
                ..
            } => MoneyError::TooManyDecimals {
                text,
                found,
                currency: self.code().to_owned(),
                digits,
            },
            other => other,
        })
    }

    /// Formats minor units as plain decimal text (`-42.50`, `1000`, `0.125`).
    pub fn format(&self, minor: i64) -> String {
        format_amount(minor, self.digits)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_code(s)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        // The wire carries exactly the upper-case code.
        if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(serde::de::Error::custom(MoneyError::UnknownCurrency(
                crate::validate::clip(&s),
            )));
        }
        Self::from_code(&s).map_err(serde::de::Error::custom)
    }
}

/// Which character separates the decimals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DecimalStyle {
    /// `1,234.56`: a point; commas may group thousands.
    #[default]
    Point,
    /// `1.234,56`: a comma (bank exports in much of Europe); points may group thousands.
    Comma,
}

fn malformed(text: &str, why: impl Into<String>) -> MoneyError {
    MoneyError::Malformed {
        text: crate::validate::clip(text),
        why: why.into(),
    }
}

/// Whether the integer part uses its grouping separator correctly: groups of exactly
/// three digits after a first group of one to three.
fn grouped_ok(int: &str, sep: char) -> bool {
    let groups: Vec<&str> = int.split(sep).collect();
    match groups.split_first() {
        None => false,
        Some((first, rest)) => {
            (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3) && !rest.is_empty()
        }
    }
}

/// Parses decimal text into minor units, exactly.
///
/// - An optional sign (`-` or `+`, or a Unicode minus) before the digits.
/// - Thousands separators only where unambiguous: the one that is not the decimal
///   separator (`,` with [`DecimalStyle::Point`], `.` with [`DecimalStyle::Comma`]), a
///   space, a narrow no-break space or `'`, in groups of exactly three digits.
/// - More decimals than the currency has is an error (`1.005` in EUR), never rounding;
///   trailing zeros beyond them too (`1.000` in EUR names a precision we do not have).
/// - Beyond the range of an i64 of minor units is an error.
pub fn parse_amount(text: &str, digits: u8, style: DecimalStyle) -> Result<i64, MoneyError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(malformed(text, "it is empty"));
    }
    if t.len() > 64 {
        return Err(MoneyError::Overflow(crate::validate::clip(text)));
    }
    let (negative, body) = if let Some(rest) = t.strip_prefix('-') {
        (true, rest)
    } else if let Some(rest) = t.strip_prefix('\u{2212}') {
        (true, rest)
    } else if let Some(rest) = t.strip_prefix('+') {
        (false, rest)
    } else {
        (false, t)
    };
    let (decimal, group) = match style {
        DecimalStyle::Point => ('.', ','),
        DecimalStyle::Comma => (',', '.'),
    };
    let mut parts = body.splitn(2, decimal);
    let int_raw = parts.next().unwrap_or_default();
    let frac = parts.next();
    if frac.is_some_and(|f| f.contains(decimal)) {
        return Err(malformed(text, format!("more than one '{decimal}'")));
    }
    // Normalise the grouping separators, then check they grouped thousands.
    let mut int = String::with_capacity(int_raw.len());
    let mut seps = None;
    for c in int_raw.chars() {
        match c {
            '0'..='9' => int.push(c),
            c if c == group || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'') => {
                if seps.is_some_and(|s| s != c) {
                    return Err(malformed(text, "mixed thousands separators"));
                }
                seps = Some(c);
                int.push('|');
            }
            _ => {
                return Err(malformed(
                    text,
                    match (style, c) {
                        (DecimalStyle::Point, ',') | (DecimalStyle::Comma, '.') => {
                            "a misplaced separator".to_owned()
                        }
                        _ => format!("'{}' is not a digit", c.escape_debug()),
                    },
                ));
            }
        }
    }
    if seps.is_some() && !grouped_ok(&int, '|') {
        return Err(malformed(
            text,
            match style {
                DecimalStyle::Point => {
                    "thousands separators must group three digits (for a decimal comma, use the decimal-comma option)"
                }
                DecimalStyle::Comma => "thousands separators must group three digits",
            },
        ));
    }
    let int: String = int.chars().filter(|c| *c != '|').collect();
    let frac = frac.unwrap_or_default();
    if int.is_empty() && frac.is_empty() {
        return Err(malformed(text, "it has no digits"));
    }
    if let Some(c) = frac.chars().find(|c| !c.is_ascii_digit()) {
        return Err(malformed(
            text,
            format!("'{}' is not a digit", c.escape_debug()),
        ));
    }
    if frac.len() > usize::from(digits) {
        return Err(MoneyError::TooManyDecimals {
            text: crate::validate::clip(text),
            found: frac.len(),
            currency: String::new(),
            digits,
        });
    }
    // Accumulate in i128: 64 characters of digits cannot be reached (checked below).
    let mut value: i128 = 0;
    let push = |value: i128, c: char| -> Option<i128> {
        let d = i128::from(c.to_digit(10)?);
        value.checked_mul(10)?.checked_add(d)
    };
    let overflow = || MoneyError::Overflow(crate::validate::clip(text));
    for c in int.chars() {
        value = push(value, c).ok_or_else(overflow)?;
        if value > i128::from(u64::MAX) {
            return Err(overflow());
        }
    }
    let mut padded = frac.to_owned();
    while padded.len() < usize::from(digits) {
        padded.push('0');
    }
    for c in padded.chars() {
        value = push(value, c).ok_or_else(overflow)?;
    }
    let value = if negative { -value } else { value };
    i64::try_from(value).map_err(|_| overflow())
}

/// Formats minor units as plain decimal text with exactly `digits` decimals: no
/// grouping, `-` for negatives. [`parse_amount`] reads it back to the same value.
pub fn format_amount(minor: i64, digits: u8) -> String {
    let abs = minor.unsigned_abs().to_string();
    let digits = usize::from(digits);
    let mut out = String::with_capacity(abs.len() + 3);
    if minor < 0 {
        out.push('-');
    }
    if digits == 0 {
        out.push_str(&abs);
        return out;
    }
    let padded = if abs.len() <= digits {
        format!("{}{abs}", "0".repeat(digits + 1 - abs.len()))
    } else {
        abs
    };
    let (int, frac) = padded.split_at(padded.len() - digits);
    out.push_str(int);
    out.push('.');
    out.push_str(frac);
    out
}

/// Adds, failing on overflow.
pub fn add(a: i64, b: i64) -> Result<i64, MoneyError> {
    a.checked_add(b).ok_or(MoneyError::SumOverflow)
}

/// Subtracts, failing on overflow.
pub fn sub(a: i64, b: i64) -> Result<i64, MoneyError> {
    a.checked_sub(b).ok_or(MoneyError::SumOverflow)
}

/// Negates, failing on overflow (`i64::MIN` has no positive counterpart).
pub fn neg(a: i64) -> Result<i64, MoneyError> {
    a.checked_neg().ok_or(MoneyError::SumOverflow)
}

/// An exchange rate the user supplies as exact decimal text: one unit of a currency is
/// `rate` units of another (`1 USD = 0.9235 EUR`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// The rate times 10^`scale`.
    mantissa: i128,
    /// Decimal places of the text.
    scale: u32,
}

impl Rate {
    /// Parses a positive decimal (`0.9235`, `150`), at most 18 decimals.
    pub fn parse(text: &str) -> Result<Self, MoneyError> {
        let t = text.trim();
        let (int, frac) = t.split_once('.').unwrap_or((t, ""));
        if int.is_empty() && frac.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
            || frac.len() > 18
            || int.len() > 18
        {
            return Err(malformed(
                text,
                "a rate is a positive decimal number such as 0.9235",
            ));
        }
        let digits = format!("{int}{frac}");
        let mantissa: i128 = digits
            .parse()
            .map_err(|_| malformed(text, "not a number"))?;
        if mantissa == 0 {
            return Err(malformed(text, "a rate must be greater than zero"));
        }
        Ok(Self {
            mantissa,
            scale: u32::try_from(frac.len()).unwrap_or(18),
        })
    }

    /// Converts `minor` units of a currency with `from_digits` minor digits into minor
    /// units of one with `to_digits`, exactly in integers, rounding the one inexact
    /// division half to even. Overflow is an error.
    pub fn convert(&self, minor: i64, from_digits: u8, to_digits: u8) -> Result<i64, MoneyError> {
        let pow = |e: u32| 10i128.checked_pow(e).ok_or(MoneyError::SumOverflow);
        let num = i128::from(minor)
            .checked_mul(self.mantissa)
            .and_then(|v| v.checked_mul(pow(u32::from(to_digits)).ok()?))
            .ok_or(MoneyError::SumOverflow)?;
        let den = pow(self.scale)?
            .checked_mul(pow(u32::from(from_digits))?)
            .ok_or(MoneyError::SumOverflow)?;
        let q = num.div_euclid(den);
        let r = num.rem_euclid(den);
        let twice = r.checked_mul(2).ok_or(MoneyError::SumOverflow)?;
        let q = if twice > den || (twice == den && q % 2 != 0) {
            q + 1
        } else {
            q
        };
        i64::try_from(q).map_err(|_| MoneyError::SumOverflow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cur(c: &str) -> Currency {
        Currency::from_code(c).unwrap()
    }

    #[test]
    fn the_table_is_sorted_and_has_the_standard_exponents() {
        assert!(CURRENCIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(cur("JPY").digits(), 0);
        assert_eq!(cur("USD").digits(), 2);
        assert_eq!(cur("eur").code(), "EUR");
        assert_eq!(cur("KWD").digits(), 3);
        assert_eq!(cur("BHD").digits(), 3);
        assert_eq!(cur("CLF").digits(), 4);
        for bad in ["XAU", "XXX", "EU", "EURO", "", "€", "ABC"] {
            assert!(Currency::from_code(bad).is_err(), "{bad}");
        }
        assert!(serde_json::from_str::<Currency>("\"eur\"").is_err());
        assert_eq!(
            serde_json::from_str::<Currency>("\"EUR\"").unwrap(),
            cur("EUR")
        );
    }

    #[test]
    fn two_digit_currencies() {
        let p = |s| cur("EUR").parse(s, DecimalStyle::Point);
        assert_eq!(p("42.50"), Ok(4250));
        assert_eq!(p("-42.50"), Ok(-4250));
        assert_eq!(p("-42.5"), Ok(-4250));
        assert_eq!(p("+7"), Ok(700));
        assert_eq!(p(".5"), Ok(50));
        assert_eq!(p("5."), Ok(500));
        assert_eq!(p("1,234.56"), Ok(123_456));
        assert_eq!(p("1 234 567.89"), Ok(123_456_789));
        assert_eq!(p("\u{2212}3.10"), Ok(-310));
        assert_eq!(p("0"), Ok(0));
        assert_eq!(p("-0.00"), Ok(0));
        assert!(matches!(
            p("42.505"),
            Err(MoneyError::TooManyDecimals { found: 3, .. })
        ));
        assert!(matches!(
            p("1.000"),
            Err(MoneyError::TooManyDecimals { .. })
        ));
        for bad in [
            "",
            "-",
            ".",
            "1,23",
            "12,34.5",
            "1.2.3",
            "1e5",
            "NaN",
            "inf",
            "12a",
            "--1",
            "1,234 567",
            "0x10",
            "١٢",
            "4 2",
        ] {
            assert!(p(bad).is_err(), "{bad} parsed");
        }
        assert_eq!(cur("EUR").format(-4250), "-42.50");
        assert_eq!(cur("EUR").format(5), "0.05");
        assert_eq!(cur("EUR").format(-5), "-0.05");
        assert_eq!(cur("EUR").format(0), "0.00");
    }

    #[test]
    fn zero_and_three_digit_currencies() {
        assert_eq!(cur("JPY").parse("1,000", DecimalStyle::Point), Ok(1000));
        assert_eq!(cur("JPY").parse("-5", DecimalStyle::Point), Ok(-5));
        assert!(cur("JPY").parse("1.5", DecimalStyle::Point).is_err());
        assert_eq!(cur("JPY").format(-1000), "-1000");
        assert_eq!(cur("KWD").parse("1.005", DecimalStyle::Point), Ok(1005));
        assert_eq!(cur("KWD").parse("-0.1", DecimalStyle::Point), Ok(-100));
        assert!(cur("KWD").parse("0.0001", DecimalStyle::Point).is_err());
        assert_eq!(cur("KWD").format(1), "0.001");
        assert_eq!(cur("KWD").format(-12_345), "-12.345");
    }

    #[test]
    fn decimal_comma() {
        let p = |s| cur("EUR").parse(s, DecimalStyle::Comma);
        assert_eq!(p("1.234,56"), Ok(123_456));
        assert_eq!(p("-42,5"), Ok(-4250));
        assert_eq!(p("1 234,56"), Ok(123_456));
        assert!(p("1.23,4").is_err());
        assert!(p("1,2,3").is_err());
        assert!(p("4.50").is_err(), "a point is a group separator here");
    }

    #[test]
    fn near_the_limits_overflow_is_an_error() {
        let p = |s| parse_amount(s, 0, DecimalStyle::Point);
        assert_eq!(p("9223372036854775807"), Ok(i64::MAX));
        assert_eq!(p("-9223372036854775808"), Ok(i64::MIN));
        assert!(matches!(
            p("9223372036854775808"),
            Err(MoneyError::Overflow(_))
        ));
        assert!(matches!(
            p("-9223372036854775809"),
            Err(MoneyError::Overflow(_))
        ));
        assert!(p(&"9".repeat(40)).is_err());
        let eur = |s| parse_amount(s, 2, DecimalStyle::Point);
        assert_eq!(eur("92233720368547758.07"), Ok(i64::MAX));
        assert_eq!(eur("-92233720368547758.08"), Ok(i64::MIN));
        assert!(eur("92233720368547758.08").is_err());
        assert_eq!(format_amount(i64::MIN, 2), "-92233720368547758.08");
        assert_eq!(format_amount(i64::MAX, 3), "9223372036854775.807");
        assert_eq!(add(i64::MAX, 1), Err(MoneyError::SumOverflow));
        assert_eq!(sub(i64::MIN, 1), Err(MoneyError::SumOverflow));
        assert_eq!(neg(i64::MIN), Err(MoneyError::SumOverflow));
        assert_eq!(add(i64::MAX - 1, 1), Ok(i64::MAX));
    }

    #[test]
    fn rates_convert_exactly_in_integers() {
        let r = Rate::parse("0.9235").unwrap();
        // 100.00 USD -> 92.35 EUR
        assert_eq!(r.convert(10_000, 2, 2), Ok(9_235));
        // 1000 JPY at 0.0061 EUR/JPY -> 6.10 EUR
        assert_eq!(Rate::parse("0.0061").unwrap().convert(1000, 0, 2), Ok(610));
        // 1.000 KWD at 3 EUR -> 3.00 EUR
        assert_eq!(Rate::parse("3").unwrap().convert(1000, 3, 2), Ok(300));
        // half to even: 0.5 -> 0, 1.5 -> 2
        assert_eq!(Rate::parse("0.5").unwrap().convert(1, 0, 0), Ok(0));
        assert_eq!(Rate::parse("0.5").unwrap().convert(3, 0, 0), Ok(2));
        assert_eq!(Rate::parse("0.5").unwrap().convert(-3, 0, 0), Ok(-2));
        assert!(Rate::parse("10").unwrap().convert(i64::MAX, 2, 2).is_err());
        for bad in ["", "-1", "0", "1e3", "abc", "1.2.3"] {
            assert!(Rate::parse(bad).is_err(), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parse_of_format_is_the_identity(x in any::<i64>(), digits in 0u8..=4) {
            let text = format_amount(x, digits);
            prop_assert_eq!(parse_amount(&text, digits, DecimalStyle::Point), Ok(x));
            prop_assert_eq!(parse_amount(&text.replace('.', ","), digits, DecimalStyle::Comma), Ok(x));
        }

        #[test]
        fn grouped_text_parses_to_the_same_value(x in any::<i64>(), digits in 0u8..=4) {
            let plain = format_amount(x, digits);
            let (sign, body) = plain.strip_prefix('-').map_or(("", plain.as_str()), |b| ("-", b));
            let (int, frac) = body.split_once('.').map_or((body, None), |(i, f)| (i, Some(f)));
            let mut grouped = String::new();
            for (i, c) in int.chars().enumerate() {
                if i > 0 && (int.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            let text = match frac {
                Some(f) => format!("{sign}{grouped}.{f}"),
                None => format!("{sign}{grouped}"),
            };
            prop_assert_eq!(parse_amount(&text, digits, DecimalStyle::Point), Ok(x));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,40}", digits in 0u8..=4) {
            let _ = parse_amount(&s, digits, DecimalStyle::Point);
            let _ = parse_amount(&s, digits, DecimalStyle::Comma);
        }
    }
}
