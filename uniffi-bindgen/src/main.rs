//! `uniffi-bindgen` at the bridge's UniFFI version:
//! `cargo run -p uniffi-bindgen -- generate --library target/debug/liblifeos_mobile.so …`
//! (`mobile-bridge/generate.sh` runs it for every language).

fn main() {
    uniffi::uniffi_bindgen_main()
}
