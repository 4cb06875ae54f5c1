//! In-app notifications for staff. The body is composed at display time from
//! ids, so nothing personal is copied into another table or an e-mail.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, NotificationId, OrganisationId, SupportSessionId, UserId};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationKind {
    /// A colleague opened a family file under break-glass.
    BreakGlass,
    /// An assessment waits for the supervisor's sign-off.
    AssessmentSubmitted,
    /// The supervisor returned an assessment with a comment.
    AssessmentReturned,
    /// A session needs a follow-up (aftercare).
    FollowUpDue,
    /// A practitioner's follow-up is overdue (to supervisors).
    FollowUpOverdue,
    /// A practitioner planned a session beyond a wellbeing guardrail (to supervisors).
    GuardrailOverridden,
    /// A session has ended but how it ended is not recorded (so its aftercare cannot start).
    OutcomeMissing,
    /// A family member wrote in a conversation (shown from the practitioner's next working hours).
    MessageReceived,
    /// A family member marked a message urgent (to whoever is on call).
    UrgentMessage,
    /// A question in a peer-support group has waited past the second limit
    /// without a reply (to the community manager).
    CommunityQuestionWaiting,
    /// A family member asked from the community for someone to talk to (to
    /// whoever is on call, else the family's practitioners).
    CommunityHelpRequested,
    /// A disclosure to a partner waits for approval (to the family's supervisors).
    DisclosureSubmitted,
    /// A supervisor returned a disclosure with a comment (to its preparer).
    DisclosureReturned,
    /// A supervisor approved a disclosure: it may be sent (to its preparer).
    DisclosureApproved,
    /// A member's check-in fell in a band of concern (to the family's practitioners).
    CheckInConcern,
    /// A family file reached the end of its retention and waits for an
    /// admin to confirm its erasure (to the organisation's admins).
    ErasureDue,
    /// A member asked for a correction or objected to a purpose (to the family's practitioners).
    DataRequestMade,
}

impl NotificationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BreakGlass => "break_glass",
            Self::AssessmentSubmitted => "assessment_submitted",
            Self::AssessmentReturned => "assessment_returned",
            Self::FollowUpDue => "follow_up_due",
            Self::FollowUpOverdue => "follow_up_overdue",
            Self::GuardrailOverridden => "guardrail_overridden",
            Self::OutcomeMissing => "outcome_missing",
            Self::MessageReceived => "message_received",
            Self::UrgentMessage => "urgent_message",
            Self::CommunityQuestionWaiting => "community_question_waiting",
            Self::CommunityHelpRequested => "community_help_requested",
            Self::DisclosureSubmitted => "disclosure_submitted",
            Self::DisclosureReturned => "disclosure_returned",
            Self::DisclosureApproved => "disclosure_approved",
            Self::CheckInConcern => "check_in_concern",
            Self::ErasureDue => "erasure_due",
            Self::DataRequestMade => "data_request_made",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "break_glass" => Some(Self::BreakGlass),
            "assessment_submitted" => Some(Self::AssessmentSubmitted),
            "assessment_returned" => Some(Self::AssessmentReturned),
            "follow_up_due" => Some(Self::FollowUpDue),
            "follow_up_overdue" => Some(Self::FollowUpOverdue),
            "guardrail_overridden" => Some(Self::GuardrailOverridden),
            "outcome_missing" => Some(Self::OutcomeMissing),
            "message_received" => Some(Self::MessageReceived),
            "urgent_message" => Some(Self::UrgentMessage),
            "community_question_waiting" => Some(Self::CommunityQuestionWaiting),
            "community_help_requested" => Some(Self::CommunityHelpRequested),
            "disclosure_submitted" => Some(Self::DisclosureSubmitted),
            "disclosure_returned" => Some(Self::DisclosureReturned),
            "disclosure_approved" => Some(Self::DisclosureApproved),
            "check_in_concern" => Some(Self::CheckInConcern),
            "erasure_due" => Some(Self::ErasureDue),
            "data_request_made" => Some(Self::DataRequestMade),
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
    /// The session it is about, with its start, when it is about one.
    pub session: Option<(SupportSessionId, Timestamp)>,
    pub created_at: Timestamp,
    pub read: bool,
}

/// Notifications already shown: one held back until its recipient's
/// working hours is not shown, counted, marked read or e-mailed before then.
pub(crate) fn visible_by(now: Timestamp) -> sea_query::SimpleExpr {
    Expr::col(("notifications", "visible_from"))
        .is_null()
        .or(Expr::col(("notifications", "visible_from")).lte(now.millis()))
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
        self.notify_from(organisation_id, user, kind, family, actor, None).await
    }

    /// A notification about one session of a family.
    pub async fn notify_about_session(
        &mut self,
        organisation_id: &OrganisationId,
        user: &UserId,
        kind: NotificationKind,
        family: &FamilyId,
        session: &SupportSessionId,
        actor: Option<&UserId>,
    ) -> Result<()> {
        self.insert_notification(organisation_id, user, kind, Some(family), Some(session), actor, None).await
    }

    /// A notification shown from `visible_from` (at once when None).
    pub async fn notify_from(
        &mut self,
        organisation_id: &OrganisationId,
        user: &UserId,
        kind: NotificationKind,
        family: Option<&FamilyId>,
        actor: Option<&UserId>,
        visible_from: Option<Timestamp>,
    ) -> Result<()> {
        self.insert_notification(organisation_id, user, kind, family, None, actor, visible_from).await
    }

    #[allow(clippy::too_many_arguments)]
    async fn insert_notification(
        &mut self,
        organisation_id: &OrganisationId,
        user: &UserId,
        kind: NotificationKind,
        family: Option<&FamilyId>,
        session: Option<&SupportSessionId>,
        actor: Option<&UserId>,
        visible_from: Option<Timestamp>,
    ) -> Result<()> {
        let id = NotificationId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("notifications")
                .columns([
                    "id",
                    "organisation_id",
                    "user_id",
                    "kind",
                    "family_id",
                    "session_id",
                    "actor_id",
                    "created_at",
                    "visible_from",
                ])
                .values_panic([
                    id.as_str().into(),
                    organisation_id.as_str().into(),
                    user.as_str().into(),
                    kind.as_str().into(),
                    family.map(|f| f.as_str().to_owned()).into(),
                    session.map(|s| s.as_str().to_owned()).into(),
                    actor.map(|a| a.as_str().to_owned()).into(),
                    now.into(),
                    visible_from.map(|t| t.millis()).into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// Whether `user` already has an unread notification of this kind about
    /// this family (shown or still waiting), so a run of messages makes one.
    pub async fn has_unread_notification(
        &mut self,
        user: &UserId,
        kind: NotificationKind,
        family: &FamilyId,
    ) -> Result<bool> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("id")
                    .from("notifications")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("kind").eq(kind.as_str()))
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .and_where(Expr::col("read_at").is_null())
                    .limit(1)
                    .to_owned(),
            )
            .await?;
        Ok(row.is_some())
    }

    /// The reader's own notifications, newest first.
    pub async fn notifications_of(&mut self, reader: &Actor) -> Result<Vec<Notification>> {
        let user = &reader.user_id;
        let now = self.now();
        self.audit(AuditEntry::by(reader, AuditAction::NotificationsListed, AuditRecord::Account(user))).await?;
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("notifications", "id"),
                        ("notifications", "kind"),
                        ("notifications", "family_id"),
                        ("notifications", "created_at"),
                        ("notifications", "read_at"),
                        ("notifications", "session_id"),
                    ])
                    .expr_as(Expr::col(("support_sessions", "starts_at")), "session_starts_at")
                    .expr_as(Expr::col(("families", "name")), "family_name")
                    .expr_as(Expr::col(("users", "display_name")), "actor_name")
                    .from("notifications")
                    .left_join("families", Expr::col(("families", "id")).equals(("notifications", "family_id")))
                    .left_join("users", Expr::col(("users", "id")).equals(("notifications", "actor_id")))
                    .left_join(
                        "support_sessions",
                        Expr::col(("support_sessions", "id")).equals(("notifications", "session_id")),
                    )
                    .and_where(Expr::col(("notifications", "user_id")).eq(user.as_str()))
                    .and_where(visible_by(now))
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
                    session: match (col::opt_text(r, "session_id")?, col::opt_int(r, "session_starts_at")?) {
                        (Some(id), Some(at)) => Some((SupportSessionId::from_trusted(id), Timestamp(at))),
                        _ => None,
                    },
                    created_at: Timestamp(col::int(r, "created_at")?),
                    read: col::opt_int(r, "read_at")?.is_some(),
                })
            })
            .collect()
    }

    pub async fn unread_notifications(&mut self, user: &UserId) -> Result<i64> {
        let now = self.now();
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("id").count(), "n")
                    .from("notifications")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("read_at").is_null())
                    .and_where(visible_by(now))
                    .to_owned(),
            )
            .await?;
        col::int(&row, "n")
    }

    pub async fn mark_notifications_read(&mut self, user: &UserId) -> Result<()> {
        let now = self.now();
        self.execute(
            &Query::update()
                .table("notifications")
                .value("read_at", now.millis())
                .and_where(Expr::col("user_id").eq(user.as_str()))
                .and_where(Expr::col("read_at").is_null())
                .and_where(visible_by(now))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}

/// A notification waiting to be e-mailed to a member of staff who asked for e-mail.
#[derive(Debug, Clone)]
pub struct PendingEmail {
    pub id: NotificationId,
    pub organisation_id: OrganisationId,
    pub user_id: UserId,
    pub email: String,
    pub language: Option<String>,
    pub kind: NotificationKind,
}

impl Tx {
    /// Turns e-mail for one's notifications on or off. Turning it on does not
    /// send what is already in the notification centre.
    pub async fn set_email_notifications(&mut self, actor: &hearth_core::access::Actor, on: bool) -> Result<()> {
        self.execute(
            &Query::update()
                .table("users")
                .value("email_notifications", i64::from(on))
                .and_where(Expr::col("id").eq(actor.user_id.as_str()))
                .to_owned(),
        )
        .await?;
        if on {
            let now = self.now().millis();
            self.execute(
                &Query::update()
                    .table("notifications")
                    .value("emailed_at", now)
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("emailed_at").is_null())
                    .to_owned(),
            )
            .await?;
        }
        self.audit(crate::AuditEntry::by(
            actor,
            hearth_core::audit::AuditAction::NotificationSettingsChanged,
            AuditRecord::Account(&actor.user_id),
        ))
        .await
    }

    pub async fn email_notifications(&mut self, user: &UserId) -> Result<bool> {
        let row = self
            .fetch_one(
                &Query::select()
                    .column("email_notifications")
                    .from("users")
                    .and_where(Expr::col("id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(col::opt_int(&row, "email_notifications")?.unwrap_or(0) != 0)
    }

    /// Unread, un-e-mailed notifications of staff who chose e-mail.
    pub async fn pending_notification_emails(&mut self) -> Result<Vec<PendingEmail>> {
        let now = self.now();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("notifications", "id"),
                        ("notifications", "organisation_id"),
                        ("notifications", "user_id"),
                        ("notifications", "kind"),
                    ])
                    .columns([("users", "email"), ("users", "language")])
                    .from("notifications")
                    .inner_join("users", Expr::col(("users", "id")).equals(("notifications", "user_id")))
                    .and_where(Expr::col(("users", "email_notifications")).eq(1))
                    .and_where(Expr::col(("users", "disabled_at")).is_null())
                    .and_where(Expr::col(("notifications", "emailed_at")).is_null())
                    .and_where(Expr::col(("notifications", "read_at")).is_null())
                    .and_where(visible_by(now))
                    .order_by(("notifications", "created_at"), Order::Asc)
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(PendingEmail {
                    id: NotificationId::from_trusted(col::text(r, "id")?),
                    organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
                    user_id: UserId::from_trusted(col::text(r, "user_id")?),
                    email: col::text(r, "email")?,
                    language: col::opt_text(r, "language")?,
                    kind: NotificationKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("kind"))?,
                })
            })
            .collect()
    }

    /// Claims a notification for e-mailing so that only one process sends it;
    /// false when another already did.
    pub async fn claim_notification_email(&mut self, id: &NotificationId) -> Result<bool> {
        let now = self.now().millis();
        let claimed = self
            .execute(
                &Query::update()
                    .table("notifications")
                    .value("emailed_at", now)
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("emailed_at").is_null())
                    .to_owned(),
            )
            .await?;
        Ok(claimed > 0)
    }

    /// Gives a claim back after sending failed, so the next run retries.
    pub async fn release_notification_email(&mut self, id: &NotificationId) -> Result<()> {
        self.execute(
            &Query::update()
                .table("notifications")
                .value("emailed_at", Option::<i64>::None)
                .and_where(Expr::col("id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
