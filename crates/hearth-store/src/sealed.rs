//! Sealed columns: every column whose contents are sealed at rest, declared
//! once. Sealing, opening and key rotation (`hearth notes rekey`) all read
//! this list, so a new sealed column cannot be left out of rotation.

use hearth_core::audit::AuditAction;
use sea_query::{Cond, Expr, ExprTrait, Func, Query, Value};

use crate::{AuditEntry, Result, Store, col};

/// Whether a column holds sealed text or sealed bytes (documents).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealedKind {
    Text,
    Bytes,
}

/// One sealed column. A value is bound to its row (and, where several
/// columns of a row are sealed, to its column), so a sealed value copied
/// onto another row or column does not open.
#[derive(Debug, Clone, Copy)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    /// The columns that name a row, in the order the binding lists them.
    pub row_key: &'static [&'static str],
    /// The binding's first word, e.g. `note` in `note:<id>:<version>`.
    pub label: &'static str,
    /// Whether the column's name is part of the binding.
    pub binds_column: bool,
    pub kind: SealedKind,
    /// Whether the column held plain text before it was sealed; such values
    /// are sealed in place when a migrated store is opened.
    pub formerly_plain: bool,
}

const fn text(table: &'static str, column: &'static str, label: &'static str) -> SealedColumn {
    SealedColumn {
        table,
        column,
        row_key: &["id"],
        label,
        binds_column: true,
        kind: SealedKind::Text,
        formerly_plain: false,
    }
}

pub const NOTE_BODY: SealedColumn = SealedColumn {
    table: "note_versions",
    column: "body",
    row_key: &["note_id", "version"],
    label: "note",
    binds_column: false,
    kind: SealedKind::Text,
    formerly_plain: false,
};
/// Every version of a message: the one sent and each correction.
pub const MESSAGE_BODY: SealedColumn = SealedColumn {
    table: "message_versions",
    column: "body",
    row_key: &["message_id", "version"],
    label: "message",
    binds_column: false,
    kind: SealedKind::Text,
    formerly_plain: false,
};
pub const DOCUMENT_BODY: SealedColumn = SealedColumn {
    table: "documents",
    column: "body",
    row_key: &["id"],
    label: "document",
    binds_column: false,
    kind: SealedKind::Bytes,
    formerly_plain: false,
};
pub const ASSESSMENT_ENGAGEMENT_NOTE: SealedColumn = text("assessments", "engagement_note", "assessment");
pub const ASSESSMENT_YOUNG_PERSON: SealedColumn = text("assessments", "young_person", "assessment");
pub const ASSESSMENT_PROPORTIONALITY: SealedColumn = text("assessments", "proportionality", "assessment");
pub const ASSESSMENT_REVIEW_COMMENT: SealedColumn = text("assessments", "review_comment", "assessment");
pub const MODALITY_COMMENT: SealedColumn = text("modality_decisions", "comment", "modality");
pub const MODALITY_PREFERENCE: SealedColumn = text("modality_decisions", "preference", "modality");
/// The answers a decision was weighed on and the reasons the aid gave: they
/// say whether there is violence at home or a person of concern in the house.
pub const MODALITY_ANSWERS: SealedColumn =
    SealedColumn { formerly_plain: true, ..text("modality_decisions", "answers", "modality") };
pub const MODALITY_REASONS: SealedColumn =
    SealedColumn { formerly_plain: true, ..text("modality_decisions", "reasons", "modality") };
pub const SESSION_PLACE: SealedColumn = text("support_sessions", "place", "support_session");
pub const SESSION_OVERRIDE_REASON: SealedColumn = text("support_sessions", "override_reason", "support_session");
pub const FOLLOW_UP_HOW_THEY_ARE: SealedColumn = text("aftercare_follow_ups", "how_they_are", "follow_up");
pub const AGREEMENT_CONSENT_NOTE: SealedColumn = text("agreements", "consent_note", "agreement");
/// What members write in peer-support groups, and what is said about it.
pub const COMMUNITY_TOPIC_TITLE: SealedColumn = text("community_topics", "title", "community_topic");
pub const COMMUNITY_POST_BODY: SealedColumn = text("community_posts", "body", "community_post");
pub const COMMUNITY_POST_HIDDEN_REASON: SealedColumn = text("community_posts", "hidden_reason", "community_post");
pub const COMMUNITY_POST_EDIT_NOTE: SealedColumn = text("community_posts", "edit_note", "community_post");
pub const COMMUNITY_APPLICATION_ANSWER: SealedColumn =
    text("community_applications", "answer", "community_application");
pub const COMMUNITY_APPLICATION_REASON: SealedColumn =
    text("community_applications", "reason", "community_application");
pub const COMMUNITY_FLAG_REASON: SealedColumn = text("community_flags", "reason", "community_flag");
pub const COMMUNITY_MODERATION_REASON: SealedColumn = text("community_moderation", "reason", "community_moderation");
pub const COMMUNITY_NOTICE_REASON: SealedColumn = text("community_notices", "reason", "community_notice");

/// What was shared with a partner and why; what a partner gave.
pub const DISCLOSURE_ITEMS: SealedColumn = text("disclosures", "items", "disclosure");
pub const DISCLOSURE_SHARED_TEXT: SealedColumn = text("disclosures", "shared_text", "disclosure");
pub const DISCLOSURE_JUSTIFICATION: SealedColumn = text("disclosures", "justification", "disclosure");
pub const DISCLOSURE_THRESHOLD_MET: SealedColumn = text("disclosures", "threshold_met", "disclosure");
pub const DISCLOSURE_PROPORTIONALITY: SealedColumn = text("disclosures", "proportionality", "disclosure");
pub const DISCLOSURE_CONSENT_REASON: SealedColumn = text("disclosures", "consent_reason", "disclosure");
pub const DISCLOSURE_NOT_TOLD_REASON: SealedColumn = text("disclosures", "not_told_reason", "disclosure");
pub const DISCLOSURE_STEP_COMMENT: SealedColumn = text("disclosure_steps", "comment", "disclosure_step");
pub const RECEIVED_SUMMARY: SealedColumn = text("received_information", "summary", "received_information");
pub const RECEIVED_OTHER_CONDITIONS: SealedColumn =
    text("received_information", "other_conditions", "received_information");

/// What a member answered in a check-in, item by item.
pub const CHECKIN_ANSWERS: SealedColumn = text("checkin_responses", "answers", "checkin_response");

/// Why a family file is kept past its retention.
pub const LEGAL_HOLD_REASON: SealedColumn =
    SealedColumn { row_key: &["family_id"], ..text("legal_holds", "reason", "legal_hold") };
/// Why an item withheld from a subject-access export was released.
pub const SUBJECT_ACCESS_RELEASE_REASON: SealedColumn = SealedColumn {
    row_key: &["request_id", "item"],
    ..text("subject_access_releases", "reason", "subject_access_release")
};
/// What a member asked for, and the answer they were given.
pub const DATA_REQUEST_DETAILS: SealedColumn = text("data_requests", "details", "data_request");
pub const DATA_REQUEST_ANSWER_TEXT: SealedColumn = text("data_requests", "answer_text", "data_request");

/// Every sealed column in the database.
pub const SEALED_COLUMNS: [SealedColumn; 39] = [
    NOTE_BODY,
    MESSAGE_BODY,
    DOCUMENT_BODY,
    ASSESSMENT_ENGAGEMENT_NOTE,
    ASSESSMENT_YOUNG_PERSON,
    ASSESSMENT_PROPORTIONALITY,
    ASSESSMENT_REVIEW_COMMENT,
    MODALITY_COMMENT,
    MODALITY_PREFERENCE,
    MODALITY_ANSWERS,
    MODALITY_REASONS,
    SESSION_PLACE,
    SESSION_OVERRIDE_REASON,
    FOLLOW_UP_HOW_THEY_ARE,
    AGREEMENT_CONSENT_NOTE,
    COMMUNITY_TOPIC_TITLE,
    COMMUNITY_POST_BODY,
    COMMUNITY_POST_HIDDEN_REASON,
    COMMUNITY_POST_EDIT_NOTE,
    COMMUNITY_APPLICATION_ANSWER,
    COMMUNITY_APPLICATION_REASON,
    COMMUNITY_FLAG_REASON,
    COMMUNITY_MODERATION_REASON,
    COMMUNITY_NOTICE_REASON,
    DISCLOSURE_ITEMS,
    DISCLOSURE_SHARED_TEXT,
    DISCLOSURE_JUSTIFICATION,
    DISCLOSURE_THRESHOLD_MET,
    DISCLOSURE_PROPORTIONALITY,
    DISCLOSURE_CONSENT_REASON,
    DISCLOSURE_NOT_TOLD_REASON,
    DISCLOSURE_STEP_COMMENT,
    RECEIVED_SUMMARY,
    RECEIVED_OTHER_CONDITIONS,
    CHECKIN_ANSWERS,
    LEGAL_HOLD_REASON,
    SUBJECT_ACCESS_RELEASE_REASON,
    DATA_REQUEST_DETAILS,
    DATA_REQUEST_ANSWER_TEXT,
];

/// The declaration of a column, when it is sealed.
pub fn sealed_column(table: &str, column: &str) -> Option<&'static SealedColumn> {
    SEALED_COLUMNS.iter().find(|c| c.table == table && c.column == column)
}

impl SealedColumn {
    /// The associated data that binds a value to its row: the label, the
    /// row's key values, and the column where several are sealed.
    pub fn binding(&self, row: &[&str]) -> String {
        let mut out = String::from(self.label);
        for part in row {
            out.push(':');
            out.push_str(part);
        }
        if self.binds_column {
            out.push(':');
            out.push_str(self.column);
        }
        out
    }
}

/// How many values one `rekey` re-sealed, per sealed column.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resealed {
    pub per_column: Vec<(SealedColumn, u64)>,
}

impl Resealed {
    pub fn total(&self) -> u64 {
        self.per_column.iter().map(|(_, n)| n).sum()
    }
}

impl PartialEq for SealedColumn {
    fn eq(&self, other: &Self) -> bool {
        self.table == other.table && self.column == other.column
    }
}
impl Eq for SealedColumn {}

impl crate::Tx {
    /// Seals text for one row of a sealed column.
    pub(crate) fn seal(&self, column: &SealedColumn, row: &[&str], plain: &str) -> Result<String> {
        debug_assert_eq!(column.kind, SealedKind::Text);
        Ok(self.keyring().seal(plain, &column.binding(row))?)
    }

    pub(crate) fn open(&self, column: &SealedColumn, row: &[&str], sealed: &str) -> Result<String> {
        Ok(self.keyring().open(sealed, &column.binding(row))?)
    }

    pub(crate) fn seal_bytes(&self, column: &SealedColumn, row: &[&str], plain: &[u8]) -> Result<Vec<u8>> {
        debug_assert_eq!(column.kind, SealedKind::Bytes);
        Ok(self.keyring().seal_bytes(plain, &column.binding(row))?)
    }

    pub(crate) fn open_bytes(&self, column: &SealedColumn, row: &[&str], sealed: &[u8]) -> Result<Vec<u8>> {
        Ok(self.keyring().open_bytes(sealed, &column.binding(row))?)
    }
}

/// How the values being sealed again are kept now.
#[derive(Debug, Clone, Copy)]
enum Stored {
    /// Sealed under an older key.
    Sealed,
    /// As plain text, from before their column was sealed.
    Plain,
}

/// Values of a column that do not begin with `prefix` (for text or bytes).
fn not_starting_with(column: &SealedColumn, prefix: &str) -> Cond {
    let len = i32::try_from(prefix.len()).unwrap_or(i32::MAX);
    let prefix: Value = match column.kind {
        SealedKind::Text => prefix.into(),
        SealedKind::Bytes => prefix.as_bytes().to_vec().into(),
    };
    Cond::all().add(Expr::col(column.column).is_not_null()).add(
        Expr::expr(Func::cust("substr").args([Expr::col(column.column), Expr::val(1i32), Expr::val(len)])).ne(prefix),
    )
}

/// Rows re-sealed per transaction: short transactions keep Hearth serving.
const RESEAL_BATCH: u64 = 100;

impl Store {
    /// Re-seals every sealed value not yet under the keyring's current key,
    /// column by column, in short transactions, while Hearth keeps serving.
    /// `progress` is told how many values each batch re-sealed.
    pub async fn rekey_sealed(&self, progress: &(dyn Fn(u64) + Sync)) -> Result<Resealed> {
        let mut done = Resealed::default();
        for column in SEALED_COLUMNS {
            let n = self.reseal_column(&column, progress).await?;
            done.per_column.push((column, n));
        }
        if done.total() > 0 {
            let current = self.keyring().current().id().to_owned();
            let count = done.total().to_string();
            let mut tx = self.begin().await?;
            tx.audit(
                AuditEntry::anonymous(None, AuditAction::NotesRekeyed, crate::audit::AuditRecord::Keyring(&current))
                    .because(&count),
            )
            .await?;
            tx.commit().await?;
        }
        Ok(done)
    }

    /// Seals, in place, values written as plain text before their column was
    /// sealed. Runs when a migrated store is opened; finds nothing once done.
    pub async fn seal_formerly_plain_values(&self) -> Result<u64> {
        let mut total = 0;
        for column in SEALED_COLUMNS.iter().filter(|c| c.formerly_plain && c.kind == SealedKind::Text) {
            total += self.reseal_where(column, not_starting_with(column, "v1."), Stored::Plain, &|_| {}).await?;
        }
        Ok(total)
    }

    /// How many sealed values are not under the current key (for progress).
    pub async fn sealed_values_to_rekey(&self) -> Result<u64> {
        let mut total = 0;
        for column in SEALED_COLUMNS {
            let row = self
                .fetch_optional(
                    &Query::select()
                        .expr_as(Expr::col(column.column).count(), "n")
                        .from(column.table)
                        .cond_where(self.not_under_current_key(&column))
                        .to_owned(),
                )
                .await?;
            total += u64::try_from(row.map(|r| col::int(&r, "n")).transpose()?.unwrap_or(0)).unwrap_or(0);
        }
        Ok(total)
    }

    /// Values of a column sealed under any key but the current one.
    fn not_under_current_key(&self, column: &SealedColumn) -> Cond {
        not_starting_with(column, &format!("v1.{}.", self.keyring().current().id()))
    }

    async fn reseal_column(&self, column: &SealedColumn, progress: &(dyn Fn(u64) + Sync)) -> Result<u64> {
        self.reseal_where(column, self.not_under_current_key(column), Stored::Sealed, progress).await
    }

    /// Seals again, under the current key and in short transactions, the
    /// values of `column` that `which` picks, as `stored` says they are kept.
    async fn reseal_where(
        &self,
        column: &SealedColumn,
        which: Cond,
        stored: Stored,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<u64> {
        let mut total = 0;
        loop {
            let mut tx = self.begin().await?;
            let rows = tx
                .fetch_all(
                    &Query::select()
                        .columns(column.row_key.iter().copied())
                        .column(column.column)
                        .from(column.table)
                        .cond_where(which.clone())
                        .limit(RESEAL_BATCH)
                        .to_owned(),
                )
                .await?;
            if rows.is_empty() {
                tx.commit().await?;
                return Ok(total);
            }
            for r in &rows {
                // Row keys are text ids, or a version number.
                let mut key: Vec<(String, Value)> = Vec::with_capacity(column.row_key.len());
                for name in column.row_key {
                    key.push(match col::text(r, name) {
                        Ok(text) => (text.clone(), text.into()),
                        Err(_) => {
                            let n = col::int(r, name)?;
                            (n.to_string(), n.into())
                        }
                    });
                }
                let key_text: Vec<&str> = key.iter().map(|(t, _)| t.as_str()).collect();
                let binding = column.binding(&key_text);
                let value: Value = match (column.kind, stored) {
                    (SealedKind::Text, Stored::Sealed) => {
                        let plain = self.keyring().open(&col::text(r, column.column)?, &binding)?;
                        self.keyring().seal(&plain, &binding)?.into()
                    }
                    (SealedKind::Text, Stored::Plain) => {
                        self.keyring().seal(&col::text(r, column.column)?, &binding)?.into()
                    }
                    (SealedKind::Bytes, _) => {
                        let plain = self.keyring().open_bytes(&col::bytes(r, column.column)?, &binding)?;
                        self.keyring().seal_bytes(&plain, &binding)?.into()
                    }
                };
                let mut update = Query::update();
                update.table(column.table).value(column.column, value);
                for (name, (_, v)) in column.row_key.iter().zip(key) {
                    update.and_where(Expr::col(*name).eq(v));
                }
                tx.execute(&update).await?;
            }
            tx.commit().await?;
            let n = rows.len() as u64;
            progress(n);
            total += n;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_match_what_was_sealed_before_the_declaration() {
        assert_eq!(NOTE_BODY.binding(&["n1", "2"]), "note:n1:2");
        assert_eq!(DOCUMENT_BODY.binding(&["d1"]), "document:d1");
        assert_eq!(ASSESSMENT_YOUNG_PERSON.binding(&["a1"]), "assessment:a1:young_person");
        assert_eq!(SESSION_PLACE.binding(&["s1"]), "support_session:s1:place");
        assert_eq!(FOLLOW_UP_HOW_THEY_ARE.binding(&["f1"]), "follow_up:f1:how_they_are");
        assert_eq!(AGREEMENT_CONSENT_NOTE.binding(&["g1"]), "agreement:g1:consent_note");
        assert_eq!(MODALITY_PREFERENCE.binding(&["m1"]), "modality:m1:preference");
    }

    #[test]
    fn each_column_is_declared_once() {
        for (i, a) in SEALED_COLUMNS.iter().enumerate() {
            assert!(SEALED_COLUMNS[i + 1..].iter().all(|b| b != a), "{}.{}", a.table, a.column);
        }
    }
}
