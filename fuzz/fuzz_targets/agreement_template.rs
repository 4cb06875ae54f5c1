//! An organisation's online working agreement template, parsed and shown in
//! every language with no choices made.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(template) = hearth_core::agreements::Template::parse(text) {
        for lang in ["en", "nl", "de", "fr", "ar"] {
            let _ = template.render(lang, &Default::default());
        }
    }
});
