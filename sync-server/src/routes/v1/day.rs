//! The caller's day: a local date and a UTC offset, as the capture and report routes
//! read them (the server's clock knows neither).

use lifeos_core::Timestamp;
use lifeos_core::timestamp::LocalDate;
use time::UtcOffset;

use crate::error::ApiError;

/// The widest UTC offset accepted, in minutes either side (UTC−14:00 to UTC+14:00).
pub const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// The pattern of a local date on the wire.
pub const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// Reads `offset_minutes` (east of UTC), naming `field` when it is out of range.
pub fn offset(field: &str, minutes: Option<i32>) -> Result<UtcOffset, ApiError> {
    let minutes = minutes.unwrap_or(0);
    if !(-MAX_OFFSET_MINUTES..=MAX_OFFSET_MINUTES).contains(&minutes) {
        return Err(ApiError::field(
            field,
            format!(
                "must be {} to {MAX_OFFSET_MINUTES} minutes",
                -MAX_OFFSET_MINUTES
            ),
        ));
    }
    UtcOffset::from_whole_seconds(minutes * 60).map_err(|e| ApiError::field(field, e.to_string()))
}

/// Reads a local date, naming `field` when it is not one; without one, the date now at
/// `offset`.
pub fn date(field: &str, text: Option<&str>, offset: UtcOffset) -> Result<LocalDate, ApiError> {
    match text {
        Some(t) => LocalDate::parse(t).map_err(|e| ApiError::field(field, e.to_string())),
        None => Ok(LocalDate::new(
            Timestamp::now().datetime().to_offset(offset).date(),
        )),
    }
}
