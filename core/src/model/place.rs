//! `place`: somewhere that matters, optionally with coordinates.

use serde::{Deserialize, Serialize};

use crate::entity::{Entity, EntityKind};
use crate::validate::{self, ValidationError};

/// A place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// One line, 1–500 characters.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub name: String,
    /// Postal address, free text.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub address: String,
    /// Degrees north, −90 to 90; set together with `longitude`.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = -90, maximum = 90))]
    pub latitude: Option<f64>,
    /// Degrees east, −180 to 180; set together with `latitude`.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    #[cfg_attr(feature = "openapi", schema(minimum = -180, maximum = 180))]
    pub longitude: Option<f64>,
    /// Free text, up to 1 MiB.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    #[cfg_attr(
        feature = "openapi",
        schema(max_length = 1048576, pattern = r"^[^\x00]*$")
    )]
    pub notes: String,
    /// Lower-case tags.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = []))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::openapi::tags))]
    pub tags: Vec<String>,
}

impl Place {
    /// A place with only a name.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            address: String::new(),
            latitude: None,
            longitude: None,
            notes: String::new(),
            tags: Vec::new(),
        }
    }
}

/// Checks a latitude: a finite number of degrees in −90..=90.
pub fn check_latitude(lat: f64) -> Result<(), ValidationError> {
    if lat.is_finite() && (-90.0..=90.0).contains(&lat) {
        Ok(())
    } else {
        Err(ValidationError::new(
            "latitude",
            format!("{lat} is out of range: a latitude is between -90 and 90 degrees"),
        ))
    }
}

/// Checks a longitude: a finite number of degrees in −180..=180.
pub fn check_longitude(lon: f64) -> Result<(), ValidationError> {
    if lon.is_finite() && (-180.0..=180.0).contains(&lon) {
        Ok(())
    } else {
        Err(ValidationError::new(
            "longitude",
            format!("{lon} is out of range: a longitude is between -180 and 180 degrees"),
        ))
    }
}

impl Entity for Place {
    const KIND: EntityKind = EntityKind::Place;
    const SEARCH_FIELDS: &'static [&'static str] = &["name", "address", "notes"];

    fn example(_refs: &dyn Fn(EntityKind) -> crate::id::Id) -> Self {
        crate::model::example(serde_json::json!({"name": "mine"}))
    }

    fn edit_example(&mut self) {
        self.name = "edited".into();
    }

    fn validate(&self) -> Result<(), ValidationError> {
        validate::title("name", &self.name)?;
        validate::long_text("address", &self.address)?;
        validate::long_text("notes", &self.notes)?;
        validate::check_tags(&self.tags)?;
        match (self.latitude, self.longitude) {
            (Some(lat), Some(lon)) => {
                check_latitude(lat)?;
                check_longitude(lon)
            }
            (None, None) => Ok(()),
            (Some(_), None) => Err(ValidationError::new(
                "longitude",
                "is required when latitude is set",
            )),
            (None, Some(_)) => Err(ValidationError::new(
                "latitude",
                "is required when longitude is set",
            )),
        }
    }

    fn tags(&self) -> &[String] {
        &self.tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_range_checked_and_paired() {
        let mut p = Place::new("Home");
        p.latitude = Some(51.5);
        p.longitude = Some(-0.12);
        assert!(p.validate().is_ok());
        for (lat, lon, field) in [
            (90.1, 0.0, "latitude"),
            (-91.0, 0.0, "latitude"),
            (0.0, 180.5, "longitude"),
            (0.0, -181.0, "longitude"),
        ] {
            p.latitude = Some(lat);
            p.longitude = Some(lon);
            assert_eq!(p.validate().unwrap_err().field, field);
        }
        p.latitude = Some(1.0);
        p.longitude = None;
        assert_eq!(p.validate().unwrap_err().field, "longitude");
    }
}
