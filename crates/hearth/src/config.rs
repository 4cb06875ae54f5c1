//! Configuration: a TOML file, then `HEARTH_*` environment variables (nested
//! keys with `__`, e.g. `HEARTH_SMTP__HOST`). Secrets may instead be read from
//! files named by `*_FILE` variables, as container platforms provide them.

use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use hearth_web::mail::{SmtpSecurity, SmtpSettings};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://hearth-data/hearth.db";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

#[derive(Debug, Deserialize, Default)]
pub struct Config {
    pub database_url: Option<String>,
    pub bind: Option<String>,
    /// The address people type to reach Hearth; used in e-mailed links.
    pub public_url: Option<String>,
    /// 32 or more random bytes, hex-encoded.
    secret_key: Option<SecretString>,
    secret_key_file: Option<PathBuf>,
    /// Keys that seal notes, as `id:hex` (32 bytes), newest first. The key
    /// derived from the secret key stays in the keyring after them, so notes
    /// sealed before any key was configured remain readable.
    #[serde(default)]
    note_keys: Vec<SecretString>,
    /// A file with one `id:hex` key per line, newest first.
    note_keys_file: Option<PathBuf>,
    /// "json" for production log collectors; anything else is human-readable.
    pub log_format: Option<String>,
    #[serde(default)]
    pub metrics: bool,
    #[serde(default)]
    pub trust_forwarded_for: bool,
    /// A file outside the database that `hearth serve` appends a signed
    /// checkpoint of the audit trail to (every line is also logged).
    pub audit_checkpoint_file: Option<PathBuf>,
    /// Minutes between checkpoints (default 10); one is also written at shutdown.
    pub audit_checkpoint_minutes: Option<u64>,
    /// Where erasures are written down outside the database, so that a
    /// restore of an older backup makes them again. SQLite: beside the
    /// database (`hearth.db.erasures`) unless set; PostgreSQL: set it.
    pub erasure_log_file: Option<PathBuf>,
    smtp: Option<SmtpConfig>,
    /// STUN and TURN servers for video calls.
    calls: Option<CallsConfig>,
}

#[derive(Debug, Deserialize, Default)]
struct CallsConfig {
    #[serde(default)]
    stun_urls: Vec<String>,
    #[serde(default)]
    turn_urls: Vec<String>,
    /// The secret shared with coturn (`static-auth-secret`).
    turn_secret: Option<SecretString>,
    turn_secret_file: Option<PathBuf>,
}

#[derive(Debug, Deserialize)]
struct SmtpConfig {
    host: String,
    port: Option<u16>,
    security: Option<SmtpSecurity>,
    username: Option<String>,
    password: Option<SecretString>,
    password_file: Option<PathBuf>,
    from: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Figment(#[from] Box<figment::Error>),
    #[error("could not read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("the secret key must be at least 32 bytes, hex-encoded (64 hex characters)")]
    WeakSecret,
    #[error(
        "a note key is written `id:hex` with 32 bytes (64 hex characters), e.g. `2027-01:` followed by `openssl rand -hex 32`"
    )]
    BadNoteKey,
    #[error(
        "no secret key: set HEARTH_SECRET_KEY or HEARTH_SECRET_KEY_FILE (64+ hex characters, e.g. from `openssl rand -hex 32`)"
    )]
    MissingSecret,
}

impl Config {
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let mut figment = Figment::new();
        let path = file.map(Path::to_path_buf).or_else(|| std::env::var_os("HEARTH_CONFIG").map(PathBuf::from));
        if let Some(path) = path {
            figment = figment.merge(Toml::file_exact(path));
        }
        let figment = figment.merge(Env::prefixed("HEARTH_").split("__").ignore(&["config", "test_database_url"]));
        figment.extract().map_err(|e| ConfigError::Figment(Box::new(e)))
    }

    pub fn database_url(&self, flag: Option<&str>) -> String {
        flag.map(str::to_owned).or_else(|| self.database_url.clone()).unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned())
    }

    /// The erasure log for a database: the configured file, else one beside
    /// an SQLite database; none for PostgreSQL until one is configured.
    pub fn erasure_log(&self, url: &str) -> Option<PathBuf> {
        self.erasure_log_file.clone().or_else(|| {
            hearth_store::sqlite_path(url).map(|db| {
                let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
                name.push(".erasures");
                db.with_file_name(name)
            })
        })
    }

    /// The configured secret key, if any (from the value or its file).
    pub fn secret_key(&self) -> Result<Option<Vec<u8>>, ConfigError> {
        let text = match (&self.secret_key, &self.secret_key_file) {
            (Some(value), _) => value.clone(),
            (None, Some(path)) => SecretString::from(read_secret_file(path)?),
            (None, None) => return Ok(None),
        };
        parse_secret(text.expose_secret()).map(Some)
    }

    /// The configured note keys, newest first.
    pub fn note_keys(&self) -> Result<Vec<(String, Vec<u8>)>, ConfigError> {
        let mut lines = self.note_keys.clone();
        if let Some(path) = &self.note_keys_file {
            let file = read_secret_file(path)?;
            lines.extend(file.lines().map(str::trim).filter(|l| !l.is_empty()).map(SecretString::from));
        }
        lines
            .iter()
            .map(|line| {
                let line = line.expose_secret();
                let (id, hex_key) = line.split_once(':').ok_or(ConfigError::BadNoteKey)?;
                let bytes = hex::decode(hex_key.trim()).map_err(|_| ConfigError::BadNoteKey)?;
                if bytes.len() != 32 {
                    return Err(ConfigError::BadNoteKey);
                }
                Ok((id.trim().to_owned(), bytes))
            })
            .collect()
    }

    /// Where browsers in a video call find each other: STUN, and TURN with
    /// the secret coturn shares (`use-auth-secret`) for short-lived logins.
    pub fn call_network(&self) -> Result<hearth_web::calls::CallNetwork, ConfigError> {
        let Some(calls) = &self.calls else { return Ok(hearth_web::calls::CallNetwork::default()) };
        let turn_secret = match (&calls.turn_secret, &calls.turn_secret_file) {
            (Some(s), _) => Some(s.expose_secret().to_owned()),
            (None, Some(path)) => Some(read_secret_file(path)?),
            (None, None) => None,
        };
        Ok(hearth_web::calls::CallNetwork {
            stun_urls: calls.stun_urls.clone(),
            turn_urls: calls.turn_urls.clone(),
            turn_secret,
        })
    }

    pub fn smtp(&self) -> Result<Option<SmtpSettings>, ConfigError> {
        let Some(smtp) = &self.smtp else { return Ok(None) };
        let password = match (&smtp.password, &smtp.password_file) {
            (Some(p), _) => Some(p.clone()),
            (None, Some(path)) => Some(SecretString::from(read_secret_file(path)?)),
            (None, None) => None,
        };
        let security = smtp.security.unwrap_or(SmtpSecurity::StartTls);
        Ok(Some(SmtpSettings {
            host: smtp.host.clone(),
            port: smtp.port.unwrap_or(match security {
                SmtpSecurity::None => 25,
                SmtpSecurity::StartTls => 587,
                SmtpSecurity::Tls => 465,
            }),
            security,
            username: smtp.username.clone(),
            password,
            from: smtp.from.clone(),
        }))
    }
}

fn read_secret_file(path: &Path) -> Result<String, ConfigError> {
    std::fs::read_to_string(path)
        .map(|s| s.trim().to_owned())
        .map_err(|source| ConfigError::Read { path: path.to_owned(), source })
}

pub fn parse_secret(text: &str) -> Result<Vec<u8>, ConfigError> {
    let bytes = hex::decode(text.trim()).map_err(|_| ConfigError::WeakSecret)?;
    if bytes.len() < 32 { Err(ConfigError::WeakSecret) } else { Ok(bytes) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_stay_out_of_debug_output() -> Result<(), Box<dyn std::error::Error>> {
        let secret = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        let config: Config = Figment::new()
            .merge(Toml::string(&format!(
                "secret_key = \"{secret}\"\nnote_keys = [\"2027-01:{secret}\"]\n\
                 [smtp]\nhost = \"mail\"\nfrom = \"h@x\"\npassword = \"smtp-pass-123\"\n"
            )))
            .extract()?;
        let shown = format!("{config:?}");
        assert!(!shown.contains(secret) && !shown.contains("smtp-pass-123"), "{shown}");
        assert_eq!(config.secret_key()?.map(|k| k.len()), Some(32));
        assert_eq!(config.note_keys()?.len(), 1);
        Ok(())
    }
}
