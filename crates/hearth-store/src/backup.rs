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
                Ok(())
            }
            Backend::Postgres => {
                let status = tokio::process::Command::new("pg_dump")
                    .arg("--format=custom")
                    .arg("--no-owner")
                    .arg("--file")
                    .arg(target)
                    .arg("--dbname")
                    .arg(url)
                    .status()
                    .await
                    .map_err(|e| StoreError::Backup(format!("could not run pg_dump: {e}")))?;
                if status.success() { Ok(()) } else { Err(StoreError::Backup(format!("pg_dump exited with {status}"))) }
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
            let status = tokio::process::Command::new("pg_restore")
                .arg("--no-owner")
                .arg("--exit-on-error")
                .arg("--dbname")
                .arg(url)
                .arg(source)
                .status()
                .await
                .map_err(|e| StoreError::Backup(format!("could not run pg_restore: {e}")))?;
            if status.success() { Ok(()) } else { Err(StoreError::Backup(format!("pg_restore exited with {status}"))) }
        }
    }
}
