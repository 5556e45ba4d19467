//! Version 1 of the API.

pub mod auth;
pub mod blobs;
pub mod capture;
pub mod day;
pub mod domains;
pub mod entities;
pub mod events;
pub mod reports;
pub mod rows;
pub mod search;
pub mod sync;
pub mod today;
pub mod transfers;
pub mod workspaces;
