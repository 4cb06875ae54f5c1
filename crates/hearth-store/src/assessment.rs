//! Assessments: ratings of the catalogue's factors at a date, each finding
//! linked to evidence in the file, reviewed by a supervisor. Free text is
//! sealed like notes.

use std::collections::HashMap;

use hearth_core::access::Actor;
use hearth_core::assessment::{
    AssessmentStatus, Catalogue, Engagement, FactorKind, Level, ProportionateResponse, Rating,
};
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{AssessmentId, DocumentId, FamilyId, NoteId, OrganisationId, TeamId, UserId};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::notifications::NotificationKind;
use crate::sealed::{self, SealedColumn};
use crate::{AuditEntry, Result, StoreError, Tx, col};

/// One rated factor, with the title it had when rated.
#[derive(Debug, Clone)]
pub struct RatedFactor {
    pub key: String,
    pub level: Level,
    pub kind: FactorKind,
    pub title: String,
    pub rating: Rating,
    pub evidence: Vec<Evidence>,
}

/// Something in the file that shows a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    Note(NoteId),
    Document(DocumentId),
}

#[derive(Debug, Clone)]
pub struct NewAssessment {
    pub assessed_on: Timestamp,
    pub ratings: Vec<RatedFactor>,
    pub engagement: Engagement,
    pub engagement_note: String,
    pub young_person: String,
    pub response: ProportionateResponse,
    pub proportionality: String,
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub id: AssessmentId,
    pub family_id: FamilyId,
    pub assessed_on: Timestamp,
    pub author_id: UserId,
    pub author_name: String,
    pub status: AssessmentStatus,
    pub engagement: Engagement,
    pub engagement_note: String,
    pub young_person: String,
    pub response: ProportionateResponse,
    pub proportionality: String,
    pub reviewer_name: Option<String>,
    pub review_comment: Option<String>,
    pub reviewed_at: Option<Timestamp>,
    pub ratings: Vec<RatedFactor>,
}

impl Tx {
    /// The organisation's catalogue, or Hearth's default, with the text the
    /// organisation wrote (None while it uses the default).
    pub async fn catalogue(&mut self, organisation: &OrganisationId) -> Result<(Catalogue, Option<String>)> {
        if let Some(body) = self.organisation_document("assessment_catalogues", organisation).await? {
            match Catalogue::parse(&body) {
                Ok(c) => return Ok((c, Some(body))),
                Err(_) => tracing::error!("a stored catalogue no longer parses; using the default"),
            }
        }
        Ok((Catalogue::default_catalogue().map_err(|_| StoreError::Corrupt("default catalogue"))?, None))
    }

    /// Stores a catalogue the caller has validated.
    pub async fn save_catalogue(&mut self, actor: &Actor, body: &str) -> Result<()> {
        self.save_organisation_document("assessment_catalogues", actor, body, AuditAction::CatalogueChanged).await
    }

    /// Records an assessment, submitted for the supervisor's review.
    pub async fn record_assessment(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        family_team: Option<&TeamId>,
        new: &NewAssessment,
    ) -> Result<AssessmentId> {
        let id = AssessmentId::generate()?;
        let now = self.now().millis();
        let row = [id.as_str()];
        let engagement_note = self.seal(&sealed::ASSESSMENT_ENGAGEMENT_NOTE, &row, &new.engagement_note)?;
        let young_person = self.seal(&sealed::ASSESSMENT_YOUNG_PERSON, &row, &new.young_person)?;
        let proportionality = self.seal(&sealed::ASSESSMENT_PROPORTIONALITY, &row, &new.proportionality)?;
        self.execute(
            &Query::insert()
                .into_table("assessments")
                .columns([
                    "id",
                    "family_id",
                    "assessed_on",
                    "author_id",
                    "status",
                    "engagement",
                    "engagement_note",
                    "young_person",
                    "response",
                    "proportionality",
                    "created_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    new.assessed_on.millis().into(),
                    actor.user_id.as_str().into(),
                    AssessmentStatus::Submitted.as_str().into(),
                    new.engagement.as_str().into(),
                    engagement_note.into(),
                    young_person.into(),
                    new.response.as_str().into(),
                    proportionality.into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        for r in &new.ratings {
            self.execute(
                &Query::insert()
                    .into_table("assessment_ratings")
                    .columns(["assessment_id", "factor_key", "level", "kind", "title", "rating"])
                    .values_panic([
                        id.as_str().into(),
                        r.key.clone().into(),
                        r.level.as_str().into(),
                        r.kind.as_str().into(),
                        r.title.clone().into(),
                        i64::from(r.rating.value()).into(),
                    ])
                    .to_owned(),
            )
            .await?;
            for evidence in &r.evidence {
                let (table, column, evidence_id) = match evidence {
                    Evidence::Note(n) => ("assessment_evidence", "note_id", n.as_str()),
                    Evidence::Document(d) => ("assessment_document_evidence", "document_id", d.as_str()),
                };
                self.execute(
                    &Query::insert()
                        .into_table(table)
                        .columns(["assessment_id", "factor_key", column])
                        .values_panic([id.as_str().into(), r.key.clone().into(), evidence_id.into()])
                        .to_owned(),
                )
                .await?;
            }
        }
        self.audit(AuditEntry::by(actor, AuditAction::AssessmentRecorded, AuditRecord::Family(family))).await?;
        for supervisor in self.supervisors_for(actor, family_team).await? {
            if supervisor != actor.user_id {
                self.notify(
                    &actor.organisation_id,
                    &supervisor,
                    NotificationKind::AssessmentSubmitted,
                    Some(family),
                    Some(&actor.user_id),
                )
                .await?;
            }
        }
        Ok(id)
    }

    /// Every assessment of a family, oldest first, with ratings and opened text.
    pub async fn assessments_of(&mut self, read: &FamilyRead) -> Result<Vec<Assessment>> {
        let family = read.family();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("assessments", "id"),
                        ("assessments", "family_id"),
                        ("assessments", "assessed_on"),
                        ("assessments", "author_id"),
                        ("assessments", "status"),
                        ("assessments", "engagement"),
                        ("assessments", "engagement_note"),
                        ("assessments", "young_person"),
                        ("assessments", "response"),
                        ("assessments", "proportionality"),
                        ("assessments", "review_comment"),
                        ("assessments", "reviewed_at"),
                    ])
                    .expr_as(Expr::col(("a", "display_name")), "author_name")
                    .expr_as(Expr::col(("r", "display_name")), "reviewer_name")
                    .from("assessments")
                    .join_as(
                        sea_query::JoinType::InnerJoin,
                        "users",
                        "a",
                        Expr::col(("a", "id")).equals(("assessments", "author_id")),
                    )
                    .join_as(
                        sea_query::JoinType::LeftJoin,
                        "users",
                        "r",
                        Expr::col(("r", "id")).equals(("assessments", "reviewer_id")),
                    )
                    .and_where(Expr::col(("assessments", "family_id")).eq(family.as_str()))
                    .order_by(("assessments", "assessed_on"), Order::Asc)
                    .order_by(("assessments", "created_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id = AssessmentId::from_trusted(col::text(r, "id")?);
            let ratings = self.ratings_of(&id).await?;
            let row = [id.as_str()];
            let open = |column: &SealedColumn| -> Result<Option<String>> {
                col::opt_text(r, column.column)?.map(|text| self.open(column, &row, &text)).transpose()
            };
            let engagement_note = open(&sealed::ASSESSMENT_ENGAGEMENT_NOTE)?.unwrap_or_default();
            let young_person = open(&sealed::ASSESSMENT_YOUNG_PERSON)?.unwrap_or_default();
            let proportionality = open(&sealed::ASSESSMENT_PROPORTIONALITY)?.unwrap_or_default();
            let review_comment = open(&sealed::ASSESSMENT_REVIEW_COMMENT)?;
            out.push(Assessment {
                family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                assessed_on: Timestamp(col::int(r, "assessed_on")?),
                author_id: UserId::from_trusted(col::text(r, "author_id")?),
                author_name: col::text(r, "author_name")?,
                status: AssessmentStatus::parse(&col::text(r, "status")?).ok_or(StoreError::Corrupt("status"))?,
                engagement: Engagement::parse(&col::text(r, "engagement")?).ok_or(StoreError::Corrupt("engagement"))?,
                response: ProportionateResponse::parse(&col::text(r, "response")?)
                    .ok_or(StoreError::Corrupt("response"))?,
                engagement_note,
                young_person,
                proportionality,
                reviewer_name: col::opt_text(r, "reviewer_name")?,
                review_comment,
                reviewed_at: col::opt_int(r, "reviewed_at")?.map(Timestamp),
                ratings,
                id,
            });
        }
        Ok(out)
    }

    async fn ratings_of(&mut self, id: &AssessmentId) -> Result<Vec<RatedFactor>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["factor_key", "level", "kind", "title", "rating"])
                    .from("assessment_ratings")
                    .and_where(Expr::col("assessment_id").eq(id.as_str()))
                    .to_owned(),
            )
            .await?;
        let mut evidence: HashMap<String, Vec<Evidence>> = HashMap::new();
        for (table, column) in [("assessment_evidence", "note_id"), ("assessment_document_evidence", "document_id")] {
            let found = self
                .fetch_all(
                    &Query::select()
                        .columns(["factor_key", column])
                        .from(table)
                        .and_where(Expr::col("assessment_id").eq(id.as_str()))
                        .to_owned(),
                )
                .await?;
            for e in &found {
                let item = match column {
                    "note_id" => Evidence::Note(NoteId::from_trusted(col::text(e, "note_id")?)),
                    _ => Evidence::Document(DocumentId::from_trusted(col::text(e, "document_id")?)),
                };
                evidence.entry(col::text(e, "factor_key")?).or_default().push(item);
            }
        }
        rows.iter()
            .map(|r| {
                let key = col::text(r, "factor_key")?;
                Ok(RatedFactor {
                    level: Level::parse(&col::text(r, "level")?).ok_or(StoreError::Corrupt("level"))?,
                    kind: FactorKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("kind"))?,
                    title: col::text(r, "title")?,
                    rating: u8::try_from(col::int(r, "rating")?)
                        .ok()
                        .and_then(Rating::new)
                        .ok_or(StoreError::Corrupt("rating"))?,
                    evidence: evidence.remove(&key).unwrap_or_default(),
                    key,
                })
            })
            .collect()
    }

    /// Signs off or returns an assessment. Returning tells its author.
    pub async fn review_assessment(
        &mut self,
        actor: &Actor,
        assessment: &Assessment,
        decision: AssessmentStatus,
        comment: Option<&str>,
    ) -> Result<()> {
        let now = self.now().millis();
        let sealed =
            comment.map(|c| self.seal(&sealed::ASSESSMENT_REVIEW_COMMENT, &[assessment.id.as_str()], c)).transpose()?;
        self.execute(
            &Query::update()
                .table("assessments")
                .value("status", decision.as_str())
                .value("reviewer_id", actor.user_id.as_str())
                .value("review_comment", sealed)
                .value("reviewed_at", now)
                .and_where(Expr::col("id").eq(assessment.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(
            AuditEntry::by(actor, AuditAction::AssessmentReviewed, AuditRecord::Family(&assessment.family_id))
                .because(decision.as_str()),
        )
        .await?;
        if decision == AssessmentStatus::Returned && assessment.author_id != actor.user_id {
            self.notify(
                &actor.organisation_id,
                &assessment.author_id,
                NotificationKind::AssessmentReturned,
                Some(&assessment.family_id),
                Some(&actor.user_id),
            )
            .await?;
        }
        Ok(())
    }
}
