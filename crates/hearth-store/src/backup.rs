//! Consistent online backups.
//!
//! SQLite: `VACUUM INTO` writes a complete, consistent copy while other
//! connections keep reading and writing. PostgreSQL: `pg_dump` in its custom
//! format, which takes a consistent snapshot; `pg_restore` reads it back.

use std::path::Path;

use crate::{Backend, Result, Store, StoreError, sqlite_path};

impl Store {
    pub async fn backup_to(&self, url: &str, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(StoreError::Backup(format!("{} already exists; choose a new file", target.display())));
        }
        match self.backend() {
            Backend::Sqlite => {
                let quoted = target.to_string_lossy().replace('\'', "''");
                sqlx::query(sqlx::AssertSqlSafe(format!("VACUUM INTO '{quoted}'"))).execute(self.pool()).await?;
                // The copy holds personal data: its owner only may read it.
                restrict(target)
            }
            Backend::Postgres => {
                let (url, password) = split_password(url);
                let mut command = tokio::process::Command::new("pg_dump");
                if let Some(password) = password {
                    // Not on the command line, where `ps` would show it.
                    command.env("PGPASSWORD", password);
                }
                let status = command
                    .arg("--format=custom")
                    .arg("--no-owner")
                    .arg("--file")
                    .arg(target)
                    .arg("--dbname")
                    .arg(&url)
                    .status()
                    .await
                    .map_err(|e| StoreError::Backup(format!("could not run pg_dump: {e}")))?;
                if !status.success() {
                    return Err(StoreError::Backup(format!("pg_dump exited with {status}")));
                }
                restrict(target)
            }
        }
    }
}

/// Restores a backup into a database that does not exist yet (SQLite) or is
/// empty (PostgreSQL). Refuses to overwrite data.
pub async fn restore(url: &str, source: &Path) -> Result<()> {
    if !source.is_file() {
        return Err(StoreError::Backup(format!("{} is not a file", source.display())));
    }
    match crate::backend_of(url)? {
        Backend::Sqlite => {
            let target = sqlite_path(url).ok_or(StoreError::UnsupportedUrl)?;
            if target.exists() {
                return Err(StoreError::Backup(format!(
                    "{} already exists; restore into a new path, then swap files while Hearth is stopped",
                    target.display()
                )));
            }
            tokio::fs::copy(source, &target).await.map_err(|e| StoreError::Backup(e.to_string()))?;
            Ok(())
        }
        Backend::Postgres => {
            let (url, password) = split_password(url);
            let mut command = tokio::process::Command::new("pg_restore");
            if let Some(password) = password {
                command.env("PGPASSWORD", password);
            }
            let status = command
                .arg("--no-owner")
                .arg("--exit-on-error")
                .arg("--dbname")
                .arg(&url)
                .arg(source)
                .status()
                .await
                .map_err(|e| StoreError::Backup(format!("could not run pg_restore: {e}")))?;
            if status.success() { Ok(()) } else { Err(StoreError::Backup(format!("pg_restore exited with {status}"))) }
        }
    }
}

/// Takes the password out of a `postgres://user:password@host/db` URL. In
/// the URL it is percent-encoded (`@` as `%40`); `PGPASSWORD` wants it as typed.
fn split_password(url: &str) -> (String, Option<String>) {
    let Some((scheme, rest)) = url.split_once("://") else { return (url.to_owned(), None) };
    let Some((credentials, host)) = rest.rsplit_once('@') else { return (url.to_owned(), None) };
    match credentials.split_once(':') {
        Some((user, password)) => {
            let password = percent_encoding::percent_decode_str(password).decode_utf8_lossy().into_owned();
            (format!("{scheme}://{user}@{host}"), Some(password))
        }
        None => (url.to_owned(), None),
    }
}

/// Makes a written backup readable by its owner only.
fn restrict(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| StoreError::Backup(e.to_string()))?;
    }
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::split_password;

    #[test]
    fn passwords_leave_the_url() {
        assert_eq!(
            split_password("postgres://hearth:s3cret@db:5432/hearth"),
            ("postgres://hearth@db:5432/hearth".into(), Some("s3cret".into()))
        );
        assert_eq!(split_password("postgres://hearth@db/hearth"), ("postgres://hearth@db/hearth".into(), None));
        assert_eq!(
            split_password("postgres://hearth:p%40ss%25w0rd%3A%2F@db/hearth"),
            ("postgres://hearth@db/hearth".into(), Some("p@ss%w0rd:/".into()))
        );
    }
}
