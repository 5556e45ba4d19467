//! Reading the files of the apps people leave (`lifeos import --from …`) into rows.
//! Each reader is pure (text in, validated rows out, the first bad record an error
//! naming it); the caller writes the rows in one transaction, merged by version, so a
//! second import of the same file adds nothing.

pub mod markdown;
pub mod taskwarrior;
