//! An organisation's assessment catalogue, as an admin pastes it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(catalogue) = hearth_core::assessment::Catalogue::parse(text) {
        for factor in &catalogue.factors {
            let _ = factor.title("ar");
        }
    }
});
