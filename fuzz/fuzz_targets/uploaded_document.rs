//! A file uploaded to a family file. Whatever is accepted must be accepted
//! again as the same kind: cleaning never produces a file Hearth would refuse.
#![no_main]
use hearth_core::documents::accept_document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok((kind, cleaned)) = accept_document(bytes) {
        let again = accept_document(&cleaned);
        assert!(matches!(again, Ok((k, _)) if k == kind), "cleaned {kind:?} refused: {again:?}");
    }
});
