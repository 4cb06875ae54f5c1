//! In-app notifications for staff. The body is composed at display time from
//! ids, so nothing personal is copied into another table or an e-mail.

use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, NotificationId, OrganisationId, UserId};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::{Result, StoreError, Tx, col};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationKind {
    /// A colleague opened a family file under break-glass.
    BreakGlass,
    /// An assessment waits for the supervisor's sign-off.
    AssessmentSubmitted,
    /// The supervisor returned an assessment with a comment.
    AssessmentReturned,
}

impl NotificationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BreakGlass => "break_glass",
            Self::AssessmentSubmitted => "assessment_submitted",
            Self::AssessmentReturned => "assessment_returned",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "break_glass" => Some(Self::BreakGlass),
            "assessment_submitted" => Some(Self::AssessmentSubmitted),
            "assessment_returned" => Some(Self::AssessmentReturned),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Notification {
    pub id: NotificationId,
    pub kind: NotificationKind,
    pub family_id: Option<FamilyId>,
    pub family_name: Option<String>,
    pub actor_name: Option<String>,
    pub created_at: Timestamp,
    pub read: bool,
}

impl Tx {
    pub async fn notify(
        &mut self,
        organisation_id: &OrganisationId,
        user: &UserId,
        kind: NotificationKind,
        family: Option<&FamilyId>,
        actor: Option<&UserId>,
    ) -> Result<()> {
        let id = NotificationId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("notifications")
                .columns(["id", "organisation_id", "user_id", "kind", "family_id", "actor_id", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    organisation_id.as_str().into(),
                    user.as_str().into(),
                    kind.as_str().into(),
                    family.map(|f| f.as_str().to_owned()).into(),
                    actor.map(|a| a.as_str().to_owned()).into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    pub async fn notifications_of(&mut self, user: &UserId) -> Result<Vec<Notification>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("notifications", "id"),
                        ("notifications", "kind"),
                        ("notifications", "family_id"),
                        ("notifications", "created_at"),
                        ("notifications", "read_at"),
                    ])
                    .expr_as(Expr::col(("families", "name")), "family_name")
                    .expr_as(Expr::col(("users", "display_name")), "actor_name")
                    .from("notifications")
                    .left_join("families", Expr::col(("families", "id")).equals(("notifications", "family_id")))
                    .left_join("users", Expr::col(("users", "id")).equals(("notifications", "actor_id")))
                    .and_where(Expr::col(("notifications", "user_id")).eq(user.as_str()))
                    .order_by(("notifications", "created_at"), Order::Desc)
                    .limit(100)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Notification {
                    id: NotificationId::from_trusted(col::text(r, "id")?),
                    kind: NotificationKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("kind"))?,
                    family_id: col::opt_text(r, "family_id")?.map(FamilyId::from_trusted),
                    family_name: col::opt_text(r, "family_name")?,
                    actor_name: col::opt_text(r, "actor_name")?,
                    created_at: Timestamp(col::int(r, "created_at")?),
                    read: col::opt_int(r, "read_at")?.is_some(),
                })
            })
            .collect()
    }

    pub async fn unread_notifications(&mut self, user: &UserId) -> Result<i64> {
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("id").count(), "n")
                    .from("notifications")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("read_at").is_null())
                    .to_owned(),
            )
            .await?;
        col::int(&row, "n")
    }

    pub async fn mark_notifications_read(&mut self, user: &UserId) -> Result<()> {
        let now = self.now().millis();
        self.execute(
            &Query::update()
                .table("notifications")
                .value("read_at", now)
                .and_where(Expr::col("user_id").eq(user.as_str()))
                .and_where(Expr::col("read_at").is_null())
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
