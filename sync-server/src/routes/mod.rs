//! Every route, assembled in `router`.

pub mod v1;
