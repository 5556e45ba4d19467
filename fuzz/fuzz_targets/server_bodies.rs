//! The server's JSON request bodies, each decoded as its handler's `ApiJson` does and
//! checked as the handler does before it touches the database: sign-up, login,
//! password change, workspace and member, quick capture, transfer, and every kind's
//! create and update (decoded, validated; an update applied to the kind's example).
//!
//! Input: the first byte picks the body (and the kind), the rest is the JSON.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lifeos_core::capture;
use lifeos_core::entity::{Entity, EntityKind, KindVisitor};
use lifeos_core::finance::{TransferPlan, new_transfer};
use lifeos_core::model::Account;
use lifeos_core::money::Currency;
use lifeos_core::wire::{
    AddMember, CreateWorkspace, LoginRequest, NewRow, PasswordChange, Patch, SignupRequest,
};
use lifeos_core::{Id, validate};
use lifeos_server::error::ApiError;
use lifeos_server::routes::v1::capture::CaptureBody;
use lifeos_server::routes::v1::day;
use lifeos_server::routes::v1::transfers::TransferBody;
use lifeos_server::{accounts, session};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// The body as `ApiJson<T>` decodes it: a syntax or data error is a rejection.
fn body<T: DeserializeOwned>(json: &[u8]) -> Option<T> {
    serde_json::from_slice(json).ok()
}

/// A handler's error is a client error (4xx), never a 500.
fn client_error(e: &ApiError) {
    assert!(e.status_code().is_client_error(), "{e:?}");
}

fn id(n: u8) -> Id {
    let text = format!("01JDQ4C5Z6V2Y7KX3M8N9P0Q{:02}", n % 100);
    text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// Create and update of the kind `E` from one JSON object.
struct Rows<'a>(&'a Map<String, Value>);

impl KindVisitor for Rows<'_> {
    type Output = ();
    fn visit<E: Entity>(self) -> Self::Output {
        if let Ok(new) = NewRow::<E>::from_map(self.0.clone()) {
            // What was accepted is valid and writes back as a body that decodes the same.
            new.fields.validate().unwrap_or_else(|e| panic!("{e}"));
            let _ = new.fields.natural_key();
            let _ = new.fields.pair();
            let Ok(Value::Object(back)) = serde_json::to_value(&new) else {
                panic!("a row serializes to an object");
            };
            match NewRow::<E>::from_map(back) {
                Ok(again) => assert_eq!(again, new),
                Err(e) => panic!("{e}"),
            }
        }
        if let Ok(patch) = Patch::<E>::from_map(self.0.clone()) {
            let current = E::example(&|k| id(k.name().len() as u8));
            if let Ok(changed) = patch.apply(&current) {
                changed.validate().unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
}

fn account(currency: &str) -> Account {
    let mut a = Account::example(&|_| id(0));
    if let Ok(c) = Currency::from_code(currency) {
        a.currency_code = c;
    }
    a
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, json)) = data.split_first() else {
        return;
    };
    match which % 9 {
        0 => {
            let Some(req) = body::<SignupRequest>(json) else {
                return;
            };
            let checked = accounts::normalize_email(&req.email)
                .and_then(|email| {
                    session::check_password(&req.password)?;
                    Ok(email)
                })
                .and_then(|email| {
                    let ws = req.workspace_name.unwrap_or_else(|| "Personal".into());
                    validate::title("workspace_name", &ws)?;
                    Ok(email)
                });
            match checked {
                // A normalized email normalizes to itself.
                Ok(email) => assert_eq!(accounts::normalize_email(&email).ok(), Some(email)),
                Err(e) => client_error(&e),
            }
        }
        1 => {
            if let Some(req) = body::<LoginRequest>(json) {
                let _ = req.email.trim().to_lowercase();
                let _ = req.password.chars().count() <= session::MAX_PASSWORD_CHARS;
            }
        }
        2 => {
            if let Some(req) = body::<PasswordChange>(json)
                && let Err(e) = session::check_password(&req.new_password)
            {
                client_error(&e);
            }
        }
        3 => {
            if let Some(req) = body::<CreateWorkspace>(json)
                && let Err(e) = validate::title("name", &req.name)
            {
                client_error(&ApiError::from(e));
            }
        }
        4 => {
            if let Some(req) = body::<AddMember>(json) {
                let _ = req.email.trim().to_lowercase();
                let _ = req.role.map(|r| r.as_str());
            }
        }
        5 => {
            let Some(b) = body::<CaptureBody>(json) else {
                return;
            };
            if b.text.trim().is_empty() || b.text.len() > capture::MAX_LINE {
                return;
            }
            let result = day::offset("offset_minutes", b.offset_minutes).and_then(|offset| {
                let today = day::date("today", b.today.as_deref(), offset)?;
                let task = capture::parse(&b.text, today.date(), offset)
                    .map_err(|e| ApiError::field("text", e))?
                    .into_task();
                task.validate()?;
                Ok(task)
            });
            if let Err(e) = result {
                client_error(&e);
            }
        }
        6 => {
            let Some(b) = body::<TransferBody>(json) else {
                return;
            };
            let from_id: Option<Id> = b.from_account_id.parse().ok();
            let to_id: Option<Id> = b.to_account_id.parse().ok();
            let (Some(from_id), Some(to_id)) = (from_id, to_id) else {
                return;
            };
            let (from, to) = if json.len() % 2 == 0 {
                (account("EUR"), account("EUR"))
            } else {
                (account("EUR"), account("JPY"))
            };
            let result = day::offset("offset_minutes", b.offset_minutes).and_then(|offset| {
                let plan = TransferPlan {
                    from: from_id,
                    to: to_id,
                    amount_minor: b.amount_minor,
                    to_amount_minor: b.to_amount_minor,
                    booking_date: day::date("booking_date", b.booking_date.as_deref(), offset)?,
                    payee: b.payee,
                    memo: b.memo,
                };
                let (out, into) = plan.sides(&from, &to)?;
                let sides = new_transfer(out, into)?;
                for (_, t) in &sides {
                    t.validate()?;
                    assert!(t.pair().is_some());
                }
                // Money leaves one account and arrives in the other.
                assert!(sides[0].1.amount_minor.signum() == -sides[1].1.amount_minor.signum());
                Ok(())
            });
            if let Err(e) = result {
                client_error(&e);
            }
        }
        7 => {
            if let Some(req) = body::<lifeos_core::sync::PushRequest>(json)
                && let Err(e) =
                    lifeos_server::sync::decide_offline(req, &[], lifeos_core::Timestamp::now())
            {
                client_error(&e);
            }
        }
        _ => {
            let Some(map) = body::<Map<String, Value>>(json) else {
                return;
            };
            let kinds = EntityKind::ALL;
            let kind = kinds[usize::from(which / 9) % kinds.len()];
            kind.visit(Rows(&map));
        }
    }
});
