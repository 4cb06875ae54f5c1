//! Erasing a family file: every declared table, children first, deleted or
//! cleared as [`personal_data`](super::personal_data) says, in one
//! transaction with its audit row; then written to the erasure log outside
//! the database, so a restore of an older backup makes it again.

use std::io::Write;
use std::path::{Path, PathBuf};

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::families::FamilyStatus;
use hearth_core::ids::{FamilyId, OrganisationId};
use sea_query::{Expr, ExprTrait, Query, Value};

use super::personal_data::{Cleared, OnErasure, PERSONAL_TABLES, PersonalTable};
use super::reach_condition;
use crate::audit::AuditRecord;
use crate::{AuditEntry, Backend, Result, Store, StoreError, Tx, col, sealed};

/// The erasure log: one line per erased file, ids and times only, appended
/// and flushed before the erasure commits.
#[derive(Debug, Clone)]
pub struct ErasureLog {
    path: PathBuf,
}

/// One erasure as the log keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureLogLine {
    pub family_id: FamilyId,
    pub organisation_id: OrganisationId,
    pub erased_at: Timestamp,
    pub kept_statistics: bool,
}

const LOG_VERSION: &str = "hearth-erasure-v1";

impl ErasureLog {
    pub fn at(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn append(&self, line: &ErasureLogLine) -> Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let write = || -> std::io::Result<()> {
            let mut file = options.open(&self.path)?;
            writeln!(
                file,
                "{LOG_VERSION}\t{}\t{}\t{}\t{}",
                line.family_id.as_str(),
                line.organisation_id.as_str(),
                line.erased_at.millis(),
                u8::from(line.kept_statistics)
            )?;
            file.sync_data()
        };
        write().map_err(|e| StoreError::Backup(format!("could not write the erasure log {}: {e}", self.path.display())))
    }

    /// Every erasure written down; a missing log holds none. A line that
    /// cannot be read is an error: skipping it could leave a file unerased.
    pub fn read(&self) -> Result<Vec<ErasureLogLine>> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::Backup(format!("could not read {}: {e}", self.path.display()))),
        };
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(n, l)| {
                parse_line(l).ok_or_else(|| {
                    StoreError::Backup(format!("{} line {}: not an erasure record", self.path.display(), n + 1))
                })
            })
            .collect()
    }
}

fn parse_line(line: &str) -> Option<ErasureLogLine> {
    let mut parts = line.split('\t');
    (parts.next()? == LOG_VERSION).then_some(())?;
    let family_id = FamilyId::parse(parts.next()?).ok()?;
    let organisation_id = OrganisationId::parse(parts.next()?).ok()?;
    let erased_at = Timestamp(parts.next()?.parse().ok()?);
    let kept_statistics = match parts.next()? {
        "1" => true,
        "0" => false,
        _ => return None,
    };
    parts.next().is_none().then_some(ErasureLogLine { family_id, organisation_id, erased_at, kept_statistics })
}

/// Why a file cannot be erased now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotErasable {
    /// No such file in the organisation, or it is erased already.
    Missing,
    /// Only closed files are erased.
    NotClosed,
    /// A legal hold stands.
    Held,
}

impl Tx {
    /// Erases a closed family file an admin confirmed. The caller commits,
    /// then calls [`Store::after_erasure`].
    pub async fn erase_family(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
    ) -> Result<std::result::Result<(), NotErasable>> {
        let Some(found) = self.family(family).await?.filter(|f| f.organisation_id == actor.organisation_id) else {
            return Ok(Err(NotErasable::Missing));
        };
        if found.status != FamilyStatus::Closed {
            return Ok(Err(NotErasable::NotClosed));
        }
        if self.is_held(family).await? {
            return Ok(Err(NotErasable::Held));
        }
        let keep = self.retention_policy(&actor.organisation_id).await?.keep_statistics;
        let line = ErasureLogLine {
            family_id: family.clone(),
            organisation_id: actor.organisation_id.clone(),
            erased_at: self.now(),
            kept_statistics: keep,
        };
        self.erase_rows(&line, Some(&actor.user_id)).await?;
        self.audit(AuditEntry::by(actor, AuditAction::FamilyErased, AuditRecord::Family(family))).await?;
        // Written before the commit: should the commit fail, the next start
        // erases the file again, which the admin has confirmed.
        if let Some(log) = &self.shared.erasure_log {
            log.append(&line)?;
        }
        Ok(Ok(()))
    }

    async fn erase_rows(&mut self, line: &ErasureLogLine, by: Option<&hearth_core::ids::UserId>) -> Result<()> {
        let family = line.family_id.as_str();
        for table in PERSONAL_TABLES.iter().rev() {
            let clears = match table.erasure {
                OnErasure::Delete => None,
                OnErasure::KeepForStatistics(clears) => line.kept_statistics.then_some(clears),
                OnErasure::Anonymise(clears) => Some(clears),
            };
            match clears {
                None => {
                    self.execute(
                        &Query::delete().from_table(table.table).cond_where(reach_condition(table, family)).to_owned(),
                    )
                    .await?;
                }
                Some([]) => {}
                Some(clears) => self.clear_columns(table, family, clears, line.erased_at).await?,
            }
        }
        self.execute(
            &Query::insert()
                .into_table("erasures")
                .columns(["family_id", "organisation_id", "erased_at", "erased_by", "kept_statistics"])
                .values_panic([
                    family.into(),
                    line.organisation_id.as_str().into(),
                    line.erased_at.millis().into(),
                    by.map(|u| u.as_str().to_owned()).into(),
                    i64::from(line.kept_statistics).into(),
                ])
                .on_conflict(sea_query::OnConflict::column("family_id").do_nothing().to_owned())
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn clear_columns(
        &mut self,
        table: &PersonalTable,
        family: &str,
        clears: &'static [(&'static str, Cleared)],
        now: Timestamp,
    ) -> Result<()> {
        let fixed = |cleared: Cleared| -> Option<Value> {
            match cleared {
                Cleared::Null => Some(Value::String(None)),
                Cleared::NoTime => Some(Value::BigInt(None)),
                Cleared::Empty => Some("".into()),
                Cleared::Now => Some(now.millis().into()),
                Cleared::SealedEmpty | Cleared::NowhereAddress => None,
            }
        };
        if clears.iter().all(|(_, c)| fixed(*c).is_some()) {
            let mut update = Query::update();
            update.table(table.table).cond_where(reach_condition(table, family));
            for (column, cleared) in clears {
                if let Some(value) = fixed(*cleared) {
                    update.value(*column, value);
                }
            }
            self.execute(&update).await?;
            return Ok(());
        }
        // Values made for each row: sealed for it, or unique to it.
        let rows = self
            .fetch_all(
                &Query::select()
                    .column((table.table, "id"))
                    .from(table.table)
                    .cond_where(reach_condition(table, family))
                    .to_owned(),
            )
            .await?;
        for r in &rows {
            let id = col::text(r, "id")?;
            let mut update = Query::update();
            update.table(table.table).and_where(Expr::col("id").eq(id.as_str()));
            for (column, cleared) in clears {
                let value = match cleared {
                    Cleared::SealedEmpty => {
                        let declared = sealed::sealed_column(table.table, column)
                            .ok_or(StoreError::Corrupt("a column cleared as sealed is not declared sealed"))?;
                        self.seal(declared, &[&id], "")?.into()
                    }
                    Cleared::NowhereAddress => format!("erased-{id}@erased.invalid").into(),
                    other => fixed(*other).unwrap_or(Value::String(None)),
                };
                update.value(*column, value);
            }
            self.execute(&update).await?;
        }
        Ok(())
    }
}

impl Store {
    /// After an erasure commits: on SQLite, the write-ahead log that still
    /// holds the pages as they were is folded into the database (whose
    /// freed content `secure_delete` has zeroed) and emptied.
    pub async fn after_erasure(&self) -> Result<()> {
        if self.backend() == Backend::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pool).await?;
        }
        Ok(())
    }

    /// Makes again every erasure in the erasure log that this database does
    /// not hold (it was restored from a backup older than them). Runs when
    /// Hearth starts serving and after `hearth restore`. Returns how many.
    pub async fn reapply_erasures(&self) -> Result<usize> {
        let Some(log) = self.shared.erasure_log.clone() else { return Ok(0) };
        let mut made = 0;
        for line in log.read()? {
            let mut tx = self.begin().await?;
            let known = tx
                .fetch_optional(
                    &Query::select()
                        .column("family_id")
                        .from("erasures")
                        .and_where(Expr::col("family_id").eq(line.family_id.as_str()))
                        .to_owned(),
                )
                .await?
                .is_some();
            let present = tx.family(&line.family_id).await?.is_some();
            if known || !present {
                tx.commit().await?;
                continue;
            }
            tx.execute(
                &Query::delete()
                    .from_table("legal_holds")
                    .and_where(Expr::col("family_id").eq(line.family_id.as_str()))
                    .to_owned(),
            )
            .await?;
            tx.erase_rows(&line, None).await?;
            tx.audit(AuditEntry::anonymous(
                Some(&line.organisation_id),
                AuditAction::ErasureReapplied,
                AuditRecord::Family(&line.family_id),
            ))
            .await?;
            tx.commit().await?;
            made += 1;
        }
        if made > 0 {
            self.after_erasure().await?;
        }
        Ok(made)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_read_back_and_strangers_are_refused() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let log = ErasureLog::at(dir.path().join("erasures.log"));
        assert_eq!(log.read()?, Vec::new());
        let line = ErasureLogLine {
            family_id: FamilyId::generate()?,
            organisation_id: OrganisationId::generate()?,
            erased_at: Timestamp(1_700_000_000_000),
            kept_statistics: true,
        };
        log.append(&line)?;
        log.append(&ErasureLogLine { kept_statistics: false, ..line.clone() })?;
        assert_eq!(log.read()?, vec![line.clone(), ErasureLogLine { kept_statistics: false, ..line.clone() }]);
        let f = line.family_id.as_str();
        let o = line.organisation_id.as_str();
        assert!(parse_line(&format!("hearth-erasure-v2\t{f}\t{o}\t1\t1")).is_none());
        assert!(parse_line(&format!("hearth-erasure-v1\t{f}\t{o}\tnot-a-time\t1")).is_none());
        assert!(parse_line(&format!("hearth-erasure-v1\t{f}\t{o}\t1\t1\textra")).is_none());
        std::fs::write(log.path(), "garbage\n")?;
        assert!(log.read().is_err());
        Ok(())
    }

    #[test]
    fn every_cleared_column_can_be_cleared() {
        for table in PERSONAL_TABLES {
            let clears = match table.erasure {
                OnErasure::Delete => continue,
                OnErasure::KeepForStatistics(c) | OnErasure::Anonymise(c) => c,
            };
            for (column, cleared) in clears {
                if *cleared == Cleared::SealedEmpty {
                    assert!(sealed::sealed_column(table.table, column).is_some(), "{}.{column}", table.table);
                }
                if matches!(cleared, Cleared::SealedEmpty | Cleared::NowhereAddress) {
                    assert_eq!(table.key, &["id"], "{}: values made per row need an id", table.table);
                }
            }
        }
    }
}
