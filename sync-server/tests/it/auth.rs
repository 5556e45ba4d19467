use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{PASSWORD, TestServer};

#[tokio::test]
async fn signup_is_gated_by_the_allowlist_and_checks_input() {
    let s = TestServer::start().await;
    let signup = |email: &str, pw: &str| {
        let body = json!({"email": email, "password": pw});
        let s = &s;
        async move {
            s.call(Method::POST, "/v1/auth/signup", None, Some(body))
                .await
        }
    };
    let (st, v) = signup("mallory@example.org", PASSWORD).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{v}");
    assert_eq!(v["type"], "urn:lifeos:problem:forbidden");
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert_eq!(n, 0, "a refused sign-up made an account");

    let (st, v) = signup("ada@example.org", "short").await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["field"], "password");
    let (st, v) = signup("not-an-email", PASSWORD).await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["field"], "email");

    let (st, v) = signup("  ADA@example.org ", PASSWORD).await;
    assert_eq!(st, StatusCode::CREATED, "{v}");
    assert_eq!(v["email"], "ada@example.org");
    let (st, _) = signup("ada@example.org", PASSWORD).await;
    assert_eq!(st, StatusCode::CONFLICT);

    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(PASSWORD));

    // A personal workspace comes with the account.
    let token = s.login("ada@example.org").await;
    let (_, me) = s.call(Method::GET, "/v1/me", Some(&token), None).await;
    assert_eq!(me["workspaces"].as_array().unwrap().len(), 1);
    assert_eq!(me["workspaces"][0]["personal"], true);
    assert_eq!(me["workspaces"][0]["role"], "owner");
}

#[tokio::test]
async fn unknown_email_and_wrong_password_answer_identically() {
    let s = TestServer::start().await;
    s.user("ada@example.org").await;
    let (st1, v1) = s
        .call(
            Method::POST,
            "/v1/auth/login",
            None,
            Some(json!({"email": "ada@example.org", "password": "wrong password!"})),
        )
        .await;
    let (st2, v2) = s
        .call(
            Method::POST,
            "/v1/auth/login",
            None,
            Some(json!({"email": "nobody@example.org", "password": "wrong password!"})),
        )
        .await;
    assert_eq!(st1, StatusCode::UNAUTHORIZED);
    assert_eq!((st1, &v1), (st2, &v2));
}

#[tokio::test]
async fn tokens_are_stored_hashed_expire_and_are_revoked_by_logout() {
    let s = TestServer::start().await;
    let (token, _) = s.user("ada@example.org").await;
    let stored: Vec<Vec<u8>> = sqlx::query_scalar("SELECT token_hash FROM sessions")
        .fetch_all(&s.pool)
        .await
        .unwrap();
    assert!(
        stored
            .iter()
            .all(|h| h.len() == 32 && h.as_slice() != token.as_bytes())
    );

    assert_eq!(
        s.call(Method::GET, "/v1/me", Some(&token), None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        s.call(Method::GET, "/v1/me", Some("forged-token"), None)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        s.call(Method::GET, "/v1/me", None, None).await.0,
        StatusCode::UNAUTHORIZED
    );

    assert_eq!(
        s.call(Method::POST, "/v1/auth/logout", Some(&token), None)
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        s.call(Method::GET, "/v1/me", Some(&token), None).await.0,
        StatusCode::UNAUTHORIZED
    );

    let other = s.login("ada@example.org").await;
    assert_eq!(
        s.call(Method::GET, "/v1/me", Some(&other), None).await.0,
        StatusCode::OK
    );
    sqlx::query("UPDATE sessions SET expires_at = now() - interval '1 second'")
        .execute(&s.pool)
        .await
        .unwrap();
    let (st, v) = s.call(Method::GET, "/v1/me", Some(&other), None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    assert!(v["detail"].as_str().unwrap().contains("log in again"));
}

#[tokio::test]
async fn cookie_sessions_need_the_csrf_header_for_writes() {
    let s = TestServer::start().await;
    s.user("ada@example.org").await;
    let res = s
        .http
        .post(s.url("/v1/auth/login"))
        .header("x-forwarded-proto", "https")
        .json(&json!({"email": "ada@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let cookies: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let session = cookies
        .iter()
        .find(|c| c.starts_with("lifeos_session="))
        .unwrap();
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && session.contains("Secure"),
        "{session}"
    );
    let body: serde_json::Value = res.json().await.unwrap();
    let csrf = body["csrf_token"].as_str().unwrap().to_owned();
    let cookie = format!(
        "lifeos_session={}; lifeos_csrf={csrf}",
        body["token"].as_str().unwrap()
    );

    // Reads work with the cookie alone.
    let me = s
        .http
        .get(s.url("/v1/me"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::OK);
    let ws = me.json::<serde_json::Value>().await.unwrap()["workspaces"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = s.url(&format!("/v1/workspaces/{ws}/notes"));

    let forged = s
        .http
        .post(&path)
        .header("cookie", &cookie)
        .json(&json!({"title": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let wrong = s
        .http
        .post(&path)
        .header("cookie", &cookie)
        .header("x-csrf-token", "guess")
        .json(&json!({"title": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM note")
        .fetch_one(&s.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
    let ok = s
        .http
        .post(&path)
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .json(&json!({"title": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::CREATED);

    // Over plain HTTP (no proxy saying https) the cookie is not marked Secure.
    let res = s
        .http
        .post(s.url("/v1/auth/login"))
        .json(&json!({"email": "ada@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let c = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("lifeos_session="))
        .unwrap();
    assert!(!c.contains("Secure"), "{c}");
}

#[tokio::test]
async fn workspaces_members_and_leaving() {
    let s = TestServer::start().await;
    let (ada, _) = s.user("ada@example.org").await;
    let (bob, _) = s.user("bob@example.org").await;
    let (st, ws) = s
        .call(
            Method::POST,
            "/v1/workspaces",
            Some(&ada),
            Some(json!({"name": "Family"})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let id = ws["id"].as_str().unwrap();
    let members = format!("/v1/workspaces/{id}/members");

    let (st, v) = s
        .call(
            Method::POST,
            &members,
            Some(&ada),
            Some(json!({"email": "nobody@example.org"})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    let (st, m) = s
        .call(
            Method::POST,
            &members,
            Some(&ada),
            Some(json!({"email": "BOB@example.org"})),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{m}");
    assert_eq!(m["role"], "member");
    assert_eq!(
        s.call(
            Method::POST,
            &members,
            Some(&ada),
            Some(json!({"email": "bob@example.org"}))
        )
        .await
        .0,
        StatusCode::CONFLICT
    );

    // Bob sees it now, but only owners add members.
    let (_, list) = s.call(Method::GET, &members, Some(&bob), None).await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    s.user("eve@example.org").await;
    assert_eq!(
        s.call(
            Method::POST,
            &members,
            Some(&bob),
            Some(json!({"email": "eve@example.org"}))
        )
        .await
        .0,
        StatusCode::FORBIDDEN
    );

    // The last owner cannot leave while Bob is there; Bob can.
    assert_eq!(
        s.call(Method::DELETE, &format!("{members}/me"), Some(&ada), None)
            .await
            .0,
        StatusCode::CONFLICT
    );
    assert_eq!(
        s.call(Method::DELETE, &format!("{members}/me"), Some(&bob), None)
            .await
            .0,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        s.call(Method::GET, &members, Some(&bob), None).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        s.call(Method::DELETE, &format!("{members}/me"), Some(&ada), None)
            .await
            .0,
        StatusCode::NO_CONTENT
    );
}

#[tokio::test]
async fn unknown_email_costs_as_much_as_a_wrong_password() {
    let s = TestServer::start().await;
    s.user("ada@example.org").await;
    let median = |email: &'static str| {
        let s = &s;
        async move {
            let mut times = Vec::new();
            for _ in 0..5 {
                let t = std::time::Instant::now();
                s.call(
                    Method::POST,
                    "/v1/auth/login",
                    None,
                    Some(json!({"email": email, "password": "wrong password!"})),
                )
                .await;
                times.push(t.elapsed());
            }
            times.sort();
            times[2]
        }
    };
    let known = median("ada@example.org").await;
    let unknown = median("nobody@example.org").await;
    let ratio = unknown.as_secs_f64() / known.as_secs_f64();
    // Without the dummy hash an unknown email answers in a fraction of a millisecond.
    assert!(
        (0.33..3.0).contains(&ratio),
        "known {known:?}, unknown {unknown:?}"
    );
}
