//! An organisation's modality rules: parsing and validation, which walks every
//! combination of the answers the hard limits read, must finish and not panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = hearth_core::modality::Rules::parse(text);
});
