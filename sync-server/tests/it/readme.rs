//! The README's endpoint list is generated from the OpenAPI document, so it cannot drift:
//! the block between `<!-- endpoints:begin -->` and `<!-- endpoints:end -->` must be what
//! [`endpoints`] makes of `lifeos_server::openapi()`. `LIFEOS_BLESS=1 cargo test -p
//! lifeos-server readme` rewrites it.

use std::path::PathBuf;

use lifeos_core::EntityKind;

const BEGIN: &str = "<!-- endpoints:begin -->";
const END: &str = "<!-- endpoints:end -->";

fn readme() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../README.md")
}

/// One line per operation (``- `METHOD /path` — summary``), in document order; the
/// entity routes, the same for every kind, as one line per route shape with
/// `{plural}`, followed by the list of plurals.
fn endpoints() -> String {
    let doc = serde_json::to_value(lifeos_server::openapi()).unwrap();
    let plurals: Vec<&str> = EntityKind::ALL.iter().map(|k| k.plural()).collect();
    let mut lines: Vec<String> = Vec::new();
    for (path, ops) in doc["paths"].as_object().unwrap() {
        let entity = path
            .split('/')
            .nth(4)
            .filter(|seg| plurals.contains(seg) && path.starts_with("/v1/workspaces/"));
        for (method, op) in ops.as_object().unwrap() {
            let summary = op["summary"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no summary"))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let (path, summary) = match entity {
                Some(p) => (
                    path.replacen(&format!("/{p}"), "/{plural}", 1),
                    summary.replace(p, "{plural}"),
                ),
                None => (path.clone(), summary),
            };
            let line = format!("- `{} {path}` — {summary}", method.to_uppercase());
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    let plurals: Vec<String> = plurals.iter().map(|p| format!("`{p}`")).collect();
    format!(
        "{}\n\n`{{plural}}` is one of {}.\n",
        lines.join("\n"),
        plurals.join(", ")
    )
}

#[test]
fn the_readme_lists_every_endpoint() {
    let path = readme();
    let text = std::fs::read_to_string(&path).unwrap();
    let (Some(b), Some(e)) = (text.find(BEGIN), text.find(END)) else {
        panic!("README.md has no {BEGIN} … {END} block");
    };
    let start = b + BEGIN.len() + 1;
    let want = endpoints();
    if std::env::var_os("LIFEOS_BLESS").is_some() {
        let blessed = format!("{}{want}{}", &text[..start], &text[e..]);
        std::fs::write(&path, blessed).unwrap();
        return;
    }
    assert!(
        text[start..e] == want,
        "README.md's endpoint list is stale: run `LIFEOS_BLESS=1 cargo test -p lifeos-server readme` and commit it\n--- want ---\n{want}"
    );
    for k in EntityKind::ALL {
        assert!(want.contains(&format!("`{}`", k.plural())), "{k}");
    }
}
