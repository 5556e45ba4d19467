//! Money: an amount as typed or exported by a bank, in either decimal style, for any
//! number of minor digits; a currency code; an exchange rate and a conversion.
//!
//! Input: the first byte picks the digits and style, the rest is the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lifeos_core::money::{Currency, DecimalStyle, Rate, format_amount, parse_amount};

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let digits = head % 5;
    let style = if head & 0x80 == 0 {
        DecimalStyle::Point
    } else {
        DecimalStyle::Comma
    };
    if let Ok(minor) = parse_amount(text, digits, style) {
        // What was read formats back to text that reads back the same, in both styles
        // (plain text has no grouping, and a decimal comma is the point swapped).
        let plain = format_amount(minor, digits);
        assert_eq!(
            parse_amount(&plain, digits, DecimalStyle::Point).ok(),
            Some(minor),
            "{text:?} → {minor} → {plain:?}"
        );
        let comma = plain.replace('.', ",");
        assert_eq!(
            parse_amount(&comma, digits, DecimalStyle::Comma).ok(),
            Some(minor),
            "{text:?} → {minor} → {comma:?}"
        );
    }
    // A currency by its code: the code it answers reads back to it.
    if let Ok(c) = Currency::from_code(text) {
        assert_eq!(Currency::from_code(c.code()).ok(), Some(c));
        if let Ok(minor) = c.parse(text, style) {
            assert_eq!(
                c.parse(&c.format(minor), DecimalStyle::Point).ok(),
                Some(minor)
            );
        }
    }
    // A rate and a conversion: errors, never a panic; converting 0 is 0.
    let (rate_text, amount_text) = text.split_once(' ').unwrap_or((text, "1"));
    if let Ok(rate) = Rate::parse(rate_text)
        && let Ok(minor) = parse_amount(amount_text, digits, DecimalStyle::Point)
    {
        let to = head.rotate_right(3) % 5;
        let _ = rate.convert(minor, digits, to);
        assert_eq!(rate.convert(0, digits, to).ok(), Some(0));
    }
});
