//! The JSON that crosses HTTP, shared by the server and every client, so they cannot
//! drift apart. Entity rows themselves are [`Row`](crate::Row)s.

use std::marker::PhantomData;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::entity::Entity;
use crate::kernel::{DecodeError, decode_fields};

use crate::id::Id;
use crate::timestamp::Timestamp;

/// `POST /v1/auth/signup`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignupRequest {
    /// Must be on the server's sign-up allowlist: `local@domain.tld`, at most 320
    /// characters (read trimmed and in lower case).
    #[cfg_attr(
        feature = "openapi",
        schema(
            max_length = 320,
            pattern = r"^\s*[^@\s\x00-\x1f\x7f-\x9f]+@[^@\s.\x00-\x1f\x7f-\x9f][^@\s\x00-\x1f\x7f-\x9f]*\.[^@\s\x00-\x1f\x7f-\x9f]*[^@\s.\x00-\x1f\x7f-\x9f]\s*$"
        )
    )]
    pub email: String,
    /// 12 to 1024 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 12, max_length = 1024))]
    pub password: String,
    /// Name of the personal workspace (default "Personal"): one line, no surrounding
    /// spaces.
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub workspace_name: Option<String>,
}

/// `POST /v1/auth/login`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// The account's email.
    pub email: String,
    /// Its password.
    pub password: String,
}

/// `POST /v1/me/password`: the current password proves it is the owner; every other
/// session of the account ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    /// The password in use now.
    #[cfg_attr(feature = "openapi", schema(max_length = 1024))]
    pub current_password: String,
    /// The new one: 12 to 1024 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 12, max_length = 1024))]
    pub new_password: String,
}

/// One of the caller's live sessions (`GET /v1/me/sessions`). Its id is the hex SHA-256
/// of its token (the token itself is never kept), so it names the session without
/// granting it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionInfo {
    /// The session's id (64 hex digits).
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9a-f]{64}$"))]
    pub id: String,
    /// When it was made (at login).
    pub created_at: Timestamp,
    /// When it stops working.
    pub expires_at: Timestamp,
    /// The client's User-Agent at login, if it sent one.
    pub user_agent: Option<String>,
    /// The client's address at login.
    pub client_addr: Option<String>,
    /// Whether this is the session making the request.
    pub current: bool,
}

/// A user account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    /// The user's id.
    pub id: Id,
    /// Lower-cased email.
    pub email: String,
    /// When the account was made.
    pub created_at: Timestamp,
}

/// A new session: a bearer token for CLI and mobile (the web gets it as a cookie too).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    /// 256 random bits, base64url. Shown once; the server keeps only its hash.
    pub token: String,
    /// When it stops working.
    pub expires_at: Timestamp,
    /// Send as `X-CSRF-Token` on state-changing requests authenticated by the cookie.
    pub csrf_token: String,
    /// Who logged in.
    pub user: User,
}

/// A member's role in a workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// May add members.
    Owner,
    /// May read and write the workspace's rows.
    Member,
}

impl Role {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Owner => "owner",
            Self::Member => "member",
        }
    }
}

/// A workspace the caller belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Workspace {
    /// The workspace's id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// The caller's role in it.
    pub role: Role,
    /// Made at sign-up.
    pub personal: bool,
    /// When it was made.
    pub created_at: Timestamp,
}

/// `GET /v1/me`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    /// The caller.
    pub user: User,
    /// Every workspace the caller belongs to.
    pub workspaces: Vec<Workspace>,
}

/// `POST /v1/workspaces`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateWorkspace {
    /// One line of 1–500 characters, no surrounding spaces.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 500,
            pattern = r"^[^\s\x00-\x1f\x7f-\x9f](?:[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$"
        )
    )]
    pub name: String,
}

/// A member of a workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Member {
    /// The member's user id.
    pub user_id: Id,
    /// Their email.
    pub email: String,
    /// Their role.
    pub role: Role,
    /// When they joined.
    pub joined_at: Timestamp,
}

/// `POST /v1/workspaces/{workspace_id}/members`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct AddMember {
    /// An existing user's email.
    pub email: String,
    /// Default `member`.
    #[serde(default)]
    pub role: Option<Role>,
}

/// One page of a list; pass `next_cursor` as `cursor` for the next page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    /// The rows of this page.
    pub items: Vec<T>,
    /// Absent on the last page.
    pub next_cursor: Option<String>,
}

/// An error, as RFC 9457 `application/problem+json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A stable URI naming the kind of problem (`urn:lifeos:problem:conflict`).
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What happened here, and what to do.
    pub detail: String,
    /// The offending field, for validation errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For a version conflict: the row as it is now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<serde_json::Value>,
}

/// The body of a create: the entity's fields, and optionally `id`, a ULID made by the
/// client (offline-friendly).
#[derive(Clone, Debug, PartialEq)]
pub struct NewRow<E> {
    /// The client's id for the row, if it made one.
    pub id: Option<Id>,
    /// The fields.
    pub fields: E,
}

impl<E: Entity> NewRow<E> {
    /// Decodes a create body, naming the offending field on error.
    pub fn from_map(mut map: Map<String, Value>) -> Result<Self, DecodeError> {
        let id = match map.swap_remove("id") {
            None | Some(Value::Null) => None,
            Some(v) => Some(serde_json::from_value::<Id>(v).map_err(|e| {
                DecodeError::Invalid(crate::ValidationError::new("id", e.to_string()))
            })?),
        };
        Ok(Self {
            id,
            fields: decode_fields(map)?,
        })
    }
}

impl<E: Entity> Serialize for NewRow<E> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Flat<'a, E> {
            #[serde(skip_serializing_if = "Option::is_none")]
            id: Option<Id>,
            #[serde(flatten)]
            fields: &'a E,
        }
        Flat {
            id: self.id,
            fields: &self.fields,
        }
        .serialize(s)
    }
}

/// The body of an update: the version last read, and the fields to change (the others
/// keep their values).
#[derive(Clone, Debug, PartialEq)]
pub struct Patch<E> {
    /// The version the change was made against.
    pub version: i64,
    /// The fields to change, by wire name.
    pub changes: Map<String, Value>,
    _entity: PhantomData<E>,
}

impl<E: Entity> Patch<E> {
    /// A patch of these changes against `version`.
    pub fn new(version: i64, changes: Map<String, Value>) -> Self {
        Self {
            version,
            changes,
            _entity: PhantomData,
        }
    }

    /// Splits an update body into its version and changes, naming the offending field.
    pub fn from_map(mut map: Map<String, Value>) -> Result<Self, DecodeError> {
        let version = match map.swap_remove("version") {
            Some(Value::Number(n)) => n.as_i64().ok_or_else(|| {
                DecodeError::Invalid(crate::ValidationError::new("version", "must be an integer"))
            })?,
            Some(_) => {
                return Err(DecodeError::Invalid(crate::ValidationError::new(
                    "version",
                    "must be an integer",
                )));
            }
            None => {
                return Err(DecodeError::Invalid(crate::ValidationError::new(
                    "version",
                    "is required: send the version you last read",
                )));
            }
        };
        for kernel_field in crate::kernel::KERNEL_FIELDS {
            if map.contains_key(kernel_field) {
                return Err(DecodeError::Invalid(crate::ValidationError::new(
                    kernel_field,
                    "is set by the server and cannot be changed",
                )));
            }
        }
        Ok(Self::new(version, map))
    }

    /// The fields after applying the changes to `current`, validated.
    pub fn apply(&self, current: &E) -> Result<E, DecodeError> {
        let Value::Object(mut merged) = serde_json::to_value(current)? else {
            return Err(DecodeError::Shape("the fields are not an object".into()));
        };
        merged.extend(self.changes.clone());
        decode_fields(merged)
    }
}

impl<E: Entity> Serialize for Patch<E> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = self.changes.clone();
        map.insert("version".into(), Value::from(self.version));
        map.serialize(s)
    }
}
