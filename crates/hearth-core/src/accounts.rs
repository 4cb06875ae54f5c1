//! Accounts: roles, e-mail addresses, passwords, second factors, sessions and
//! the rules that throttle login.

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use data_encoding::BASE32_NOPAD;
use totp_rs::{Algorithm, Builder, Totp};

use crate::clock::Timestamp;
use crate::secrets::{RandomnessUnavailable, random_bytes};

/// What a person is in an organisation. Exactly one per account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    OrganisationAdmin,
    Supervisor,
    Practitioner,
    CommunityManager,
    PeerAmbassador,
    FamilyMember,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::OrganisationAdmin,
        Role::Supervisor,
        Role::Practitioner,
        Role::CommunityManager,
        Role::PeerAmbassador,
        Role::FamilyMember,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::OrganisationAdmin => "organisation_admin",
            Self::Supervisor => "supervisor",
            Self::Practitioner => "practitioner",
            Self::CommunityManager => "community_manager",
            Self::PeerAmbassador => "peer_ambassador",
            Self::FamilyMember => "family_member",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The roles that carry a caseload: they can be assigned to families,
    /// keep a calendar and belong to a team's workload.
    pub const CASEWORK: [Role; 2] = [Role::Practitioner, Role::Supervisor];

    pub fn carries_caseload(self) -> bool {
        Self::CASEWORK.contains(&self)
    }

    /// Staff must enrol a second factor; family members and peer ambassadors
    /// (who are family members too) are offered one.
    pub fn is_staff(self) -> bool {
        matches!(self, Self::OrganisationAdmin | Self::Supervisor | Self::Practitioner | Self::CommunityManager)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// A deliberately plain check: one `@`, something either side, a dot in the
    /// domain, no spaces. The real test is the invitation e-mail arriving.
    pub fn parse(text: &str) -> Result<Self, InvalidEmailAddress> {
        let trimmed = text.trim().to_lowercase();
        let valid = trimmed.len() <= 254
            && !trimmed.chars().any(|c| c.is_whitespace() || c.is_control())
            && match trimmed.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                }
                None => false,
            };
        if valid { Ok(Self(trimmed)) } else { Err(InvalidEmailAddress) }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("this is not an e-mail address")]
pub struct InvalidEmailAddress;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(text: &str) -> Result<Self, InvalidDisplayName> {
        let trimmed = text.trim();
        if trimmed.is_empty() || trimmed.chars().count() > 100 || trimmed.chars().any(char::is_control) {
            return Err(InvalidDisplayName);
        }
        Ok(Self(trimmed.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a name has 1 to 100 characters")]
pub struct InvalidDisplayName;

/// A password that has passed the rules, ready to hash. Never logged.
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordRejected {
    #[error("a password needs at least 12 characters")]
    TooShort,
    #[error("a password may have at most 128 characters")]
    TooLong,
    #[error("this password would be easy to guess")]
    Weak(Option<PasswordHint>),
    #[error("a password must not contain your e-mail address")]
    ContainsEmail,
}

/// Why a password would be easy to guess, for a hint in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordHint {
    KeyboardPattern,
    Repeats,
    Common,
    Sequence,
    Dates,
    SingleWord,
    Names,
}

impl PasswordHint {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::KeyboardPattern => "keyboard-pattern",
            Self::Repeats => "repeats",
            Self::Common => "common",
            Self::Sequence => "sequence",
            Self::Dates => "dates",
            Self::SingleWord => "single-word",
            Self::Names => "names",
        }
    }
}

impl From<zxcvbn::feedback::Warning> for PasswordHint {
    fn from(w: zxcvbn::feedback::Warning) -> Self {
        use zxcvbn::feedback::Warning::*;
        match w {
            StraightRowsOfKeysAreEasyToGuess | ShortKeyboardPatternsAreEasyToGuess => Self::KeyboardPattern,
            RepeatsLikeAaaAreEasyToGuess | RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => Self::Repeats,
            ThisIsATop10Password
            | ThisIsATop100Password
            | ThisIsACommonPassword
            | ThisIsSimilarToACommonlyUsedPassword => Self::Common,
            SequencesLikeAbcAreEasyToGuess => Self::Sequence,
            RecentYearsAreEasyToGuess | DatesAreOftenEasyToGuess => Self::Dates,
            AWordByItselfIsEasyToGuess => Self::SingleWord,
            NamesAndSurnamesByThemselvesAreEasyToGuess | CommonNamesAndSurnamesAreEasyToGuess => Self::Names,
        }
    }
}

impl NewPassword {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(text: &str, email: Option<&EmailAddress>) -> Result<Self, PasswordRejected> {
        let count = text.chars().count();
        if count < Self::MIN_CHARS {
            return Err(PasswordRejected::TooShort);
        }
        if count > Self::MAX_CHARS {
            return Err(PasswordRejected::TooLong);
        }
        let folded = text.trim().to_lowercase();
        let local = email.map(|e| e.as_str().split('@').next().unwrap_or_default()).unwrap_or_default();
        if local.chars().count() >= 4 && folded.contains(local) {
            return Err(PasswordRejected::ContainsEmail);
        }
        let mut known: Vec<&str> = vec!["hearth", "family", "support"];
        known.extend(email.map(EmailAddress::as_str));
        known.push(local);
        // zxcvbn estimates how many guesses the password takes, knowing
        // common passwords, names, words, dates, keyboard walks and what the
        // account itself is called; below "safely unguessable" is refused.
        let estimate = zxcvbn::zxcvbn(text, &known);
        if estimate.score() < zxcvbn::Score::Three {
            let hint = estimate.feedback().and_then(|f| f.warning()).map(PasswordHint::from);
            return Err(PasswordRejected::Weak(hint));
        }
        Ok(Self(text.to_owned()))
    }

    /// Argon2id with the OWASP parameters (m=19456 KiB, t=2, p=1), PHC string.
    pub fn hash(&self) -> Result<String, PasswordHashFailed> {
        Argon2::default().hash_password(self.0.as_bytes()).map(|h| h.to_string()).map_err(|_| PasswordHashFailed)
    }
}

#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the password could not be hashed")]
pub struct PasswordHashFailed;

/// Checks a typed password against a stored PHC string.
pub fn verify_password(typed: &str, stored_phc: &str) -> bool {
    match PasswordHash::new(stored_phc) {
        Ok(parsed) => Argon2::default().verify_password(typed.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A throwaway hash verified when an account does not exist, so a login for an
/// unknown address takes as long as one for a known address.
pub fn verify_password_against_nothing(typed: &str) {
    const DUMMY: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$WPfUYTYUcHUm0TPdXnnwScXqbXHH9IG/I8QG6zXtdXc";
    let _ = verify_password(typed, DUMMY);
}

/// A TOTP shared secret (RFC 6238: SHA-1, 6 digits, 30 s).
#[derive(Clone)]
pub struct TotpSecret(Vec<u8>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret(..)")
    }
}

impl TotpSecret {
    pub fn generate() -> Result<Self, RandomnessUnavailable> {
        Ok(Self(random_bytes::<20>()?.to_vec()))
    }
    pub fn from_base32(text: &str) -> Option<Self> {
        BASE32_NOPAD.decode(text.trim_end_matches('=').as_bytes()).ok().filter(|b| b.len() >= 16).map(Self)
    }
    pub fn to_base32(&self) -> String {
        BASE32_NOPAD.encode(&self.0)
    }
    /// The `otpauth://` address an authenticator app reads from the QR code.
    /// A colon separates issuer and account there, so none may hold one.
    pub fn provisioning_uri(&self, issuer: &str, account: &str) -> Option<String> {
        let (issuer, account) = (issuer.replace(':', " "), account.replace(':', " "));
        self.builder().with_issuer(Some(issuer)).with_account_name(account).build().ok()?.to_url().ok()
    }

    fn builder(&self) -> Builder {
        Builder::new()
            .with_algorithm(Algorithm::SHA1)
            .with_digits(6)
            .with_skew(1)
            .with_step_duration(30)
            .with_secret(self.0.clone())
    }

    fn totp(&self) -> Option<Totp> {
        self.builder().build().ok()
    }

    /// The code an authenticator shows at `at` (used by tests and the demo).
    pub fn code_at(&self, at: Timestamp) -> Option<String> {
        Some(self.totp()?.generate(u64::try_from(at.millis() / 1000).ok()?).to_string())
    }

    /// Accepts the code of the current 30-second step or one either side
    /// (compared in constant time), and returns the step it matched so the
    /// caller can refuse its reuse: a step at or before `last_used_step` is
    /// refused here already.
    pub fn verify(&self, code: &str, at: Timestamp, last_used_step: Option<i64>) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let now = u64::try_from(at.millis() / 1000).ok()?;
        let step = i64::try_from(self.totp()?.check(&code, now)?).ok()?;
        last_used_step.is_none_or(|last| step > last).then_some(step)
    }
}

/// One-time codes for when the authenticator is lost. Shown once, stored as digests.
pub fn generate_recovery_codes() -> Result<Vec<String>, RandomnessUnavailable> {
    (0..10)
        .map(|_| {
            let raw = BASE32_NOPAD.encode(&random_bytes::<7>()?).to_lowercase();
            Ok(format!("{}-{}", &raw[..5], &raw[5..10]))
        })
        .collect()
}

/// Keyed, so a copy of the database cannot be searched for the short codes.
pub fn recovery_code_digest(key: &[u8], code: &str) -> String {
    hex::encode(crate::secrets::derive_key(key, &format!("recovery code:{}", code.trim().to_lowercase())))
}

/// How many failed logins are tolerated before further attempts are refused
/// for a while. Counts are kept per account and per client address; the
/// answer to the user is the same whether or not the account exists.
#[derive(Debug, Clone, Copy)]
pub struct LoginThrottle {
    pub window_seconds: i64,
    pub max_failures_per_account: i64,
    pub max_failures_per_address: i64,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        Self { window_seconds: 15 * 60, max_failures_per_account: 5, max_failures_per_address: 20 }
    }
}

impl LoginThrottle {
    pub fn allows(&self, account_failures: i64, address_failures: i64) -> bool {
        account_failures < self.max_failures_per_account && address_failures < self.max_failures_per_address
    }
}

/// Idle and absolute lifetimes of a signed-in session.
#[derive(Debug, Clone, Copy)]
pub struct SessionLifetime {
    pub idle_seconds: i64,
    pub absolute_seconds: i64,
}

impl Default for SessionLifetime {
    fn default() -> Self {
        Self { idle_seconds: 30 * 60, absolute_seconds: 12 * 60 * 60 }
    }
}

impl SessionLifetime {
    pub fn is_live(&self, created: Timestamp, last_seen: Timestamp, now: Timestamp) -> bool {
        now < last_seen.plus_seconds(self.idle_seconds) && now < created.plus_seconds(self.absolute_seconds)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::panic)]
    fn password_rules() {
        let email = EmailAddress::parse("amina.haddad@example.org").ok();
        assert_eq!(NewPassword::parse("short", None).err(), Some(PasswordRejected::TooShort));
        assert_eq!(NewPassword::parse("elevenchars", None).err(), Some(PasswordRejected::TooShort));
        let weak = |pw: &str| match NewPassword::parse(pw, None) {
            Err(PasswordRejected::Weak(hint)) => hint,
            other => panic!("{pw} should be refused as weak: {other:?}"),
        };
        assert_eq!(weak("Password1234"), Some(PasswordHint::Common));
        assert_eq!(weak("zzzzzzzzzzzzzz"), Some(PasswordHint::Repeats));
        assert_eq!(weak("zxcvbnm,./asdf"), Some(PasswordHint::KeyboardPattern));
        assert_eq!(
            NewPassword::parse("amina.haddad-is-me", email.as_ref()).err(),
            Some(PasswordRejected::ContainsEmail)
        );
        assert_eq!(NewPassword::parse(&"x".repeat(129), None).err(), Some(PasswordRejected::TooLong));
        assert!(NewPassword::parse("kettle orchard lantern", email.as_ref()).is_ok());
        // Twelve characters counted as characters, not bytes.
        assert!(NewPassword::parse("ذهب-الشمس-عاد", None).is_ok());
    }

    #[test]
    fn hashes_with_argon2id_and_verifies() -> Result<(), Box<dyn std::error::Error>> {
        let pw = NewPassword::parse("kettle orchard lantern", None)?;
        let phc = pw.hash()?;
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password("kettle orchard lantern", &phc));
        assert!(!verify_password("kettle orchard lanterns", &phc));
        assert!(!verify_password("anything", "not a hash"));
        Ok(())
    }

    #[test]
    fn email_addresses() {
        assert_eq!(EmailAddress::parse(" A@Example.org ").map(|e| e.as_str().to_owned()), Ok("a@example.org".into()));
        for bad in ["", "a", "a@b", "a@@b.org", "a b@c.org", "@c.org", "a@.org"] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn totp_accepts_adjacent_steps_and_refuses_replay() -> Result<(), Box<dyn std::error::Error>> {
        let secret = TotpSecret::generate()?;
        let now = Timestamp(1_795_524_840_000);
        let code = secret.code_at(now).ok_or("no code")?;
        let step = secret.verify(&code, now, None).ok_or("refused")?;
        assert_eq!(secret.verify(&code, now, Some(step)), None, "replay refused");
        assert!(secret.verify(&code, now.plus_seconds(30), None).is_some());
        assert_eq!(secret.verify(&code, now.plus_seconds(120), None), None);
        assert_eq!(secret.verify("12345", now, None), None);
        let round = TotpSecret::from_base32(&secret.to_base32()).ok_or("decode")?;
        assert_eq!(round.code_at(now), Some(code));
        Ok(())
    }

    #[test]
    fn the_provisioning_address_names_issuer_and_account() -> Result<(), Box<dyn std::error::Error>> {
        let secret = TotpSecret::generate()?;
        let uri = secret.provisioning_uri("Hearth", "amina.haddad@example.org").ok_or("uri")?;
        assert!(uri.starts_with("otpauth://totp/Hearth:amina.haddad%40example.org?"), "{uri}");
        assert!(uri.contains(&format!("secret={}", secret.to_base32())) && uri.contains("issuer=Hearth"), "{uri}");
        let odd = secret.provisioning_uri("Hearth", "a:b@example.org").ok_or("uri")?;
        assert!(odd.starts_with("otpauth://totp/Hearth:a%20b%40example.org?"), "{odd}");
        Ok(())
    }

    #[test]
    fn recovery_codes_are_distinct() -> Result<(), Box<dyn std::error::Error>> {
        let codes = generate_recovery_codes()?;
        assert_eq!(codes.len(), 10);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        assert_eq!(recovery_code_digest(b"k", &codes[0].to_uppercase()), recovery_code_digest(b"k", &codes[0]));
        assert_ne!(recovery_code_digest(b"k", &codes[0]), recovery_code_digest(b"other", &codes[0]), "keyed");
        Ok(())
    }

    #[test]
    fn throttle_boundaries() {
        let t = LoginThrottle::default();
        assert!(t.allows(4, 19));
        assert!(!t.allows(5, 0));
        assert!(!t.allows(0, 20));
    }

    #[test]
    fn session_lifetime_boundaries() {
        let life = SessionLifetime::default();
        let start = Timestamp(0);
        assert!(life.is_live(start, start, start.plus_seconds(30 * 60 - 1)));
        assert!(!life.is_live(start, start, start.plus_seconds(30 * 60)));
        let late = start.plus_seconds(12 * 3600);
        assert!(!life.is_live(start, late.minus_seconds(1), late));
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert!(Role::Practitioner.is_staff());
        assert!(!Role::FamilyMember.is_staff());
        assert!(!Role::PeerAmbassador.is_staff());
    }
}
