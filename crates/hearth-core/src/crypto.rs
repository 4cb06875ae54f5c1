//! Sensitive text at rest: XChaCha20-Poly1305 with a random 192-bit nonce per
//! value, under a keyring whose first key encrypts and whose every key
//! decrypts, so a key can be rotated while Hearth keeps serving.
//!
//! A sealed value is text: `v1.<key id>.<nonce and ciphertext, base32>`.
//! The record's id is bound in as associated data, so a sealed value copied
//! onto another record does not open.

use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use data_encoding::BASE32_NOPAD;

use crate::secrets::random_bytes;

#[derive(Clone)]
pub struct Key {
    id: String,
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Key({})", self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("a key id has 1 to 32 letters, digits or dashes")]
    BadKeyId,
    #[error("a key is 32 bytes")]
    BadKeyLength,
    #[error("the keyring is empty")]
    EmptyKeyring,
    #[error("sealed with key {0}, which is not in the keyring")]
    UnknownKey(String),
    #[error("the sealed value is damaged or belongs to another record")]
    Damaged,
    #[error("the operating system could not provide random numbers")]
    Randomness,
}

impl Key {
    pub fn new(id: &str, bytes: &[u8]) -> Result<Self, CryptoError> {
        if id.is_empty() || id.len() > 32 || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(CryptoError::BadKeyId);
        }
        let cipher = XChaCha20Poly1305::new_from_slice(bytes).map_err(|_| CryptoError::BadKeyLength)?;
        Ok(Self { id: id.to_owned(), cipher })
    }
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// Keys by id; the first is the one new values are sealed with.
#[derive(Debug, Clone)]
pub struct Keyring {
    keys: Vec<Key>,
}

impl Keyring {
    pub fn new(keys: Vec<Key>) -> Result<Self, CryptoError> {
        if keys.is_empty() {
            return Err(CryptoError::EmptyKeyring);
        }
        Ok(Self { keys })
    }

    pub fn current(&self) -> &Key {
        &self.keys[0]
    }

    pub fn seal(&self, plaintext: &str, record: &str) -> Result<String, CryptoError> {
        let key = self.current();
        let nonce = random_bytes::<24>().map_err(|_| CryptoError::Randomness)?;
        let sealed = key
            .cipher
            .encrypt(
                &XNonce::try_from(nonce.as_slice()).map_err(|_| CryptoError::Damaged)?,
                Payload { msg: plaintext.as_bytes(), aad: record.as_bytes() },
            )
            .map_err(|_| CryptoError::Damaged)?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!("v1.{}.{}", key.id, BASE32_NOPAD.encode(&bytes)))
    }

    /// Seals bytes (a document): `v1.<key id>.` then the nonce and ciphertext.
    pub fn seal_bytes(&self, plain: &[u8], record: &str) -> Result<Vec<u8>, CryptoError> {
        let key = self.current();
        let nonce = random_bytes::<24>().map_err(|_| CryptoError::Randomness)?;
        let sealed = key
            .cipher
            .encrypt(
                &XNonce::try_from(nonce.as_slice()).map_err(|_| CryptoError::Damaged)?,
                Payload { msg: plain, aad: record.as_bytes() },
            )
            .map_err(|_| CryptoError::Damaged)?;
        let mut out = format!("v1.{}.", key.id).into_bytes();
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    pub fn open_bytes(&self, sealed: &[u8], record: &str) -> Result<Vec<u8>, CryptoError> {
        let rest = sealed.strip_prefix(b"v1.").ok_or(CryptoError::Damaged)?;
        let dot = rest.iter().position(|b| *b == b'.').ok_or(CryptoError::Damaged)?;
        let id = std::str::from_utf8(&rest[..dot]).map_err(|_| CryptoError::Damaged)?;
        let body = &rest[dot + 1..];
        let key = self.keys.iter().find(|k| k.id == id).ok_or_else(|| CryptoError::UnknownKey(id.to_owned()))?;
        if body.len() < 24 {
            return Err(CryptoError::Damaged);
        }
        let (nonce, ciphertext) = body.split_at(24);
        key.cipher
            .decrypt(
                &XNonce::try_from(nonce).map_err(|_| CryptoError::Damaged)?,
                Payload { msg: ciphertext, aad: record.as_bytes() },
            )
            .map_err(|_| CryptoError::Damaged)
    }

    /// The id of the key a value was sealed with.
    pub fn key_id_of(sealed: &str) -> Option<&str> {
        let mut parts = sealed.splitn(3, '.');
        (parts.next() == Some("v1")).then(|| parts.next()).flatten()
    }

    pub fn open(&self, sealed: &str, record: &str) -> Result<String, CryptoError> {
        let mut parts = sealed.splitn(3, '.');
        let (Some("v1"), Some(id), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(CryptoError::Damaged);
        };
        let key = self.keys.iter().find(|k| k.id == id).ok_or_else(|| CryptoError::UnknownKey(id.to_owned()))?;
        let bytes = BASE32_NOPAD.decode(body.as_bytes()).map_err(|_| CryptoError::Damaged)?;
        if bytes.len() < 24 {
            return Err(CryptoError::Damaged);
        }
        let (nonce, ciphertext) = bytes.split_at(24);
        let plain = key
            .cipher
            .decrypt(
                &XNonce::try_from(nonce).map_err(|_| CryptoError::Damaged)?,
                Payload { msg: ciphertext, aad: record.as_bytes() },
            )
            .map_err(|_| CryptoError::Damaged)?;
        String::from_utf8(plain).map_err(|_| CryptoError::Damaged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(ids: &[(&str, u8)]) -> Result<Keyring, CryptoError> {
        Keyring::new(ids.iter().map(|(id, b)| Key::new(id, &[*b; 32])).collect::<Result<_, _>>()?)
    }

    #[test]
    fn seals_and_opens() -> Result<(), CryptoError> {
        let r = ring(&[("k1", 1)])?;
        let sealed = r.seal("Mother worried about late-night calls", "note-1")?;
        assert!(sealed.starts_with("v1.k1."));
        assert!(!sealed.contains("worried"));
        assert_eq!(r.open(&sealed, "note-1")?, "Mother worried about late-night calls");
        assert_ne!(r.seal("same", "n")?, r.seal("same", "n")?, "a fresh nonce each time");
        Ok(())
    }

    #[test]
    fn refuses_another_record_or_a_changed_byte() -> Result<(), CryptoError> {
        let r = ring(&[("k1", 1)])?;
        let sealed = r.seal("text", "note-1")?;
        assert_eq!(r.open(&sealed, "note-2"), Err(CryptoError::Damaged));
        let mut chars: Vec<char> = sealed.chars().collect();
        let last = chars.len() - 1;
        chars[last] = if chars[last] == 'A' { 'B' } else { 'A' };
        assert_eq!(r.open(&chars.into_iter().collect::<String>(), "note-1"), Err(CryptoError::Damaged));
        Ok(())
    }

    #[test]
    fn rotation_keeps_old_values_readable() -> Result<(), CryptoError> {
        let old = ring(&[("k1", 1)])?;
        let sealed = old.seal("before rotation", "n")?;
        let rotated = ring(&[("k2", 2), ("k1", 1)])?;
        assert_eq!(rotated.open(&sealed, "n")?, "before rotation");
        assert_eq!(Keyring::key_id_of(&rotated.seal("after", "n")?), Some("k2"));
        let only_new = ring(&[("k2", 2)])?;
        assert_eq!(only_new.open(&sealed, "n"), Err(CryptoError::UnknownKey("k1".into())));
        Ok(())
    }

    #[test]
    fn bytes_seal_and_open() -> Result<(), CryptoError> {
        let r = ring(&[("k1", 1)])?;
        let sealed = r.seal_bytes(b"%PDF-1.7 letter", "doc-1")?;
        assert!(sealed.starts_with(b"v1.k1."));
        assert_eq!(r.open_bytes(&sealed, "doc-1")?, b"%PDF-1.7 letter");
        assert_eq!(r.open_bytes(&sealed, "doc-2"), Err(CryptoError::Damaged));
        Ok(())
    }

    #[test]
    fn key_rules() {
        assert_eq!(Key::new("", &[0; 32]).err(), Some(CryptoError::BadKeyId));
        assert_eq!(Key::new("a.b", &[0; 32]).err(), Some(CryptoError::BadKeyId));
        assert_eq!(Key::new("k", &[0; 16]).err(), Some(CryptoError::BadKeyLength));
        assert_eq!(Keyring::new(vec![]).err(), Some(CryptoError::EmptyKeyring));
    }
}
