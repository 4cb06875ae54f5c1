//! Random tokens and their one-way digests.

use sha2::{Digest, Sha256};

/// Fills a buffer from the operating system's generator. Failing to get
/// randomness is not recoverable for a security product, so it is an error the
/// caller must surface rather than fall back from.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], RandomnessUnavailable> {
    let mut buf = [0u8; N];
    getrandom::fill(&mut buf).map_err(|_| RandomnessUnavailable)?;
    Ok(buf)
}

#[derive(Debug, thiserror::Error)]
#[error("the operating system could not provide random numbers")]
pub struct RandomnessUnavailable;

/// A 256-bit random token, hex-encoded, for links and session cookies.
pub fn new_token() -> Result<String, RandomnessUnavailable> {
    Ok(hex::encode(random_bytes::<32>()?))
}

/// Tokens are stored only as digests, so a copy of the database does not
/// hand out live sessions or invitations.
pub fn token_digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Derives an independent key for one purpose from the deployment secret, so
/// the audit chain, address hashing and later encryption never share a key.
pub fn derive_key(secret: &[u8], purpose: &str) -> Vec<u8> {
    use hmac::{Hmac, KeyInit, Mac};
    match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mut mac) => {
            mac.update(purpose.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        // HMAC takes keys of any length.
        Err(_) => Vec::new(),
    }
}
