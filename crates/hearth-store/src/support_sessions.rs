//! Support sessions with families: scheduling (with any guardrail override),
//! the start-of-session checklist, outcomes with their notes and aftercare,
//! translators, reminders and private calendar feeds.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, FollowUpId, MemberId, OrganisationId, SupportSessionId, TranslatorId, UserId};
use hearth_core::modality::ContactKind;
use hearth_core::secrets::{new_token, token_digest};
use hearth_core::support_sessions::{SessionMode, SessionOutcome};
use hearth_core::timeline::{NoteKind, NoteText};
use sea_query::{Expr, ExprTrait, Order, Query};
use sqlx::any::AnyRow;

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::notifications::NotificationKind;
use crate::sealed;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct NewSupportSession {
    pub mode: SessionMode,
    pub contact_kind: ContactKind,
    pub starts_at: Timestamp,
    pub minutes: u32,
    /// The address or the call link.
    pub place: String,
    pub members: Vec<MemberId>,
    /// Colleagues taking part besides the organiser.
    pub colleagues: Vec<UserId>,
    /// Why the session goes beyond a guardrail, and which ones (codes).
    pub guardrail_override: Option<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Translator {
    pub id: TranslatorId,
    pub session_id: SupportSessionId,
    pub name: String,
    pub email: String,
    pub language: String,
    pub expires_at: Timestamp,
    pub accepted_at: Option<Timestamp>,
}

#[derive(Debug, Clone)]
pub struct SupportSession {
    pub id: SupportSessionId,
    pub organisation_id: OrganisationId,
    pub family_id: FamilyId,
    pub family_name: String,
    pub mode: SessionMode,
    pub contact_kind: ContactKind,
    pub starts_at: Timestamp,
    pub minutes: u32,
    pub place: String,
    pub organiser_id: UserId,
    pub organiser_name: String,
    pub members: Vec<(MemberId, String)>,
    pub staff: Vec<(UserId, String)>,
    pub override_reason: Option<String>,
    pub override_concerns: Option<String>,
    pub checklist: Vec<String>,
    pub checklist_at: Option<Timestamp>,
    pub outcome: Option<SessionOutcome>,
    pub outcome_at: Option<Timestamp>,
    pub translators: Vec<Translator>,
}

impl SupportSession {
    pub fn ends_at(&self) -> Timestamp {
        self.starts_at.plus_seconds(i64::from(self.minutes) * 60)
    }
}

/// Who a reminder goes to.
#[derive(Debug, Clone)]
pub struct ReminderRecipient {
    /// `member:<id>` or `translator:<id>`, to remember what was sent.
    pub key: String,
    pub email: String,
    pub language: Option<String>,
    pub is_translator: bool,
}

/// Where and in which language a family member is reminded of sessions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReminderSettings {
    /// An address for reminders; without one, the portal account's address is used.
    pub email: Option<String>,
    pub language: Option<String>,
    /// No e-mail reminders at all, e.g. when someone else reads the member's e-mail.
    pub off: bool,
}

const SESSION_COLUMNS: [(&str, &str); 16] = [
    ("support_sessions", "id"),
    ("support_sessions", "organisation_id"),
    ("support_sessions", "family_id"),
    ("support_sessions", "mode"),
    ("support_sessions", "contact_kind"),
    ("support_sessions", "starts_at"),
    ("support_sessions", "minutes"),
    ("support_sessions", "place"),
    ("support_sessions", "organiser_id"),
    ("support_sessions", "override_reason"),
    ("support_sessions", "override_concerns"),
    ("support_sessions", "checklist"),
    ("support_sessions", "checklist_at"),
    ("support_sessions", "outcome"),
    ("support_sessions", "outcome_at"),
    ("support_sessions", "created_at"),
];

pub(crate) fn session_query() -> sea_query::SelectStatement {
    Query::select()
        .columns(SESSION_COLUMNS)
        .expr_as(Expr::col(("families", "name")), "family_name")
        .expr_as(Expr::col(("users", "display_name")), "organiser_name")
        .from("support_sessions")
        .inner_join("families", Expr::col(("families", "id")).equals(("support_sessions", "family_id")))
        .inner_join("users", Expr::col(("users", "id")).equals(("support_sessions", "organiser_id")))
        .to_owned()
}

pub(crate) fn mode_of(r: &AnyRow) -> Result<SessionMode> {
    SessionMode::parse(&col::text(r, "mode")?).ok_or(StoreError::Corrupt("session mode"))
}
pub(crate) fn outcome_of(r: &AnyRow) -> Result<Option<SessionOutcome>> {
    col::opt_text(r, "outcome")?
        .map(|o| SessionOutcome::parse(&o).ok_or(StoreError::Corrupt("session outcome")))
        .transpose()
}

impl Tx {
    pub async fn schedule_session(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        family_team: Option<&hearth_core::ids::TeamId>,
        new: &NewSupportSession,
    ) -> Result<SupportSessionId> {
        let id = SupportSessionId::generate()?;
        let now = self.now().millis();
        let place = self.seal(&sealed::SESSION_PLACE, &[id.as_str()], &new.place)?;
        let (reason, concerns) = match &new.guardrail_override {
            Some((reason, concerns)) => {
                (Some(self.seal(&sealed::SESSION_OVERRIDE_REASON, &[id.as_str()], reason)?), Some(concerns.clone()))
            }
            None => (None, None),
        };
        self.execute(
            &Query::insert()
                .into_table("support_sessions")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "mode",
                    "contact_kind",
                    "starts_at",
                    "minutes",
                    "place",
                    "organiser_id",
                    "created_at",
                    "override_reason",
                    "override_concerns",
                ])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    family.as_str().into(),
                    new.mode.as_str().into(),
                    new.contact_kind.as_str().into(),
                    new.starts_at.millis().into(),
                    i64::from(new.minutes).into(),
                    place.into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                    reason.into(),
                    concerns.into(),
                ])
                .to_owned(),
        )
        .await?;
        for member in &new.members {
            self.execute(
                &Query::insert()
                    .into_table("support_session_members")
                    .columns(["session_id", "member_id"])
                    .values_panic([id.as_str().into(), member.as_str().into()])
                    .to_owned(),
            )
            .await?;
        }
        let mut staff = vec![actor.user_id.clone()];
        staff.extend(new.colleagues.iter().filter(|c| **c != actor.user_id).cloned());
        for user in &staff {
            self.execute(
                &Query::insert()
                    .into_table("support_session_staff")
                    .columns(["session_id", "user_id"])
                    .values_panic([id.as_str().into(), user.as_str().into()])
                    .to_owned(),
            )
            .await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::SessionScheduled, AuditRecord::Family(family))).await?;
        if new.guardrail_override.is_some() {
            self.audit(AuditEntry::by(actor, AuditAction::GuardrailOverridden, AuditRecord::Family(family))).await?;
            for supervisor in self.supervisors_for(actor, family_team).await? {
                self.notify_about_session(
                    &actor.organisation_id,
                    &supervisor,
                    NotificationKind::GuardrailOverridden,
                    family,
                    &id,
                    Some(&actor.user_id),
                )
                .await?;
            }
        }
        Ok(id)
    }

    /// A session of the family being read.
    pub async fn support_session(
        &mut self,
        read: &FamilyRead,
        id: &SupportSessionId,
    ) -> Result<Option<SupportSession>> {
        Ok(self.support_session_by_id(id).await?.filter(|s| &s.family_id == read.family()))
    }

    pub(crate) async fn support_session_by_id(&mut self, id: &SupportSessionId) -> Result<Option<SupportSession>> {
        let row = self
            .fetch_optional(
                &session_query().and_where(Expr::col(("support_sessions", "id")).eq(id.as_str())).to_owned(),
            )
            .await?;
        match row {
            Some(r) => Ok(Some(self.session_from(&r).await?)),
            None => Ok(None),
        }
    }

    /// A family's sessions, latest first.
    pub async fn sessions_of_family(&mut self, read: &FamilyRead) -> Result<Vec<SupportSession>> {
        let family = read.family();
        self.sessions_where(
            session_query()
                .and_where(Expr::col(("support_sessions", "family_id")).eq(family.as_str()))
                .order_by(("support_sessions", "starts_at"), Order::Desc)
                .limit(200)
                .to_owned(),
        )
        .await
    }

    /// Sessions a family member takes part in that end after `from`, soonest first.
    pub async fn upcoming_sessions_of_member(
        &mut self,
        member: &MemberId,
        from: Timestamp,
    ) -> Result<Vec<SupportSession>> {
        let sessions = self
            .sessions_where(
                session_query()
                    .inner_join(
                        "support_session_members",
                        Expr::col(("support_session_members", "session_id")).equals(("support_sessions", "id")),
                    )
                    .and_where(Expr::col(("support_session_members", "member_id")).eq(member.as_str()))
                    .and_where(Expr::col(("support_sessions", "starts_at")).gt(from.millis() - 8 * 3600 * 1000))
                    .and_where(Expr::col(("support_sessions", "outcome")).is_null())
                    .order_by(("support_sessions", "starts_at"), Order::Asc)
                    .limit(20)
                    .to_owned(),
            )
            .await?;
        Ok(sessions.into_iter().filter(|s| s.ends_at() > from).collect())
    }

    async fn sessions_where(&mut self, query: sea_query::SelectStatement) -> Result<Vec<SupportSession>> {
        let rows = self.fetch_all(&query).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.session_from(r).await?);
        }
        Ok(out)
    }

    async fn session_from(&mut self, r: &AnyRow) -> Result<SupportSession> {
        let id = SupportSessionId::from_trusted(col::text(r, "id")?);
        let members = self
            .fetch_all(
                &Query::select()
                    .columns([("family_members", "id"), ("family_members", "name")])
                    .from("support_session_members")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("support_session_members", "member_id")),
                    )
                    .and_where(Expr::col(("support_session_members", "session_id")).eq(id.as_str()))
                    .order_by(("family_members", "name"), Order::Asc)
                    .to_owned(),
            )
            .await?
            .iter()
            .map(|m| Ok((MemberId::from_trusted(col::text(m, "id")?), col::text(m, "name")?)))
            .collect::<Result<Vec<_>>>()?;
        let staff = self
            .fetch_all(
                &Query::select()
                    .columns([("users", "id"), ("users", "display_name")])
                    .from("support_session_staff")
                    .inner_join("users", Expr::col(("users", "id")).equals(("support_session_staff", "user_id")))
                    .and_where(Expr::col(("support_session_staff", "session_id")).eq(id.as_str()))
                    .order_by(("users", "display_name"), Order::Asc)
                    .to_owned(),
            )
            .await?
            .iter()
            .map(|m| Ok((UserId::from_trusted(col::text(m, "id")?), col::text(m, "display_name")?)))
            .collect::<Result<Vec<_>>>()?;
        let translators = self.translators_of(&id).await?;
        Ok(SupportSession {
            organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
            family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
            family_name: col::text(r, "family_name")?,
            mode: mode_of(r)?,
            contact_kind: ContactKind::parse(&col::text(r, "contact_kind")?).ok_or(StoreError::Corrupt("contact"))?,
            starts_at: Timestamp(col::int(r, "starts_at")?),
            minutes: col::int(r, "minutes")?.clamp(0, 24 * 60) as u32,
            place: self.open(&sealed::SESSION_PLACE, &[id.as_str()], &col::text(r, "place")?)?,
            organiser_id: UserId::from_trusted(col::text(r, "organiser_id")?),
            organiser_name: col::text(r, "organiser_name")?,
            members,
            staff,
            override_reason: col::opt_text(r, "override_reason")?
                .map(|t| self.open(&sealed::SESSION_OVERRIDE_REASON, &[id.as_str()], &t))
                .transpose()?,
            override_concerns: col::opt_text(r, "override_concerns")?,
            checklist: col::opt_text(r, "checklist")?
                .map(|c| c.split(',').filter(|i| !i.is_empty()).map(str::to_owned).collect())
                .unwrap_or_default(),
            checklist_at: col::opt_int(r, "checklist_at")?.map(Timestamp),
            outcome: outcome_of(r)?,
            outcome_at: col::opt_int(r, "outcome_at")?.map(Timestamp),
            translators,
            id,
        })
    }

    pub async fn record_checklist(
        &mut self,
        actor: &Actor,
        session: &SupportSession,
        items: &[&'static str],
    ) -> Result<()> {
        let now = self.now().millis();
        self.execute(
            &Query::update()
                .table("support_sessions")
                .value("checklist", items.join(","))
                .value("checklist_at", now)
                .and_where(Expr::col("id").eq(session.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::SessionChecklistCompleted,
            AuditRecord::Family(&session.family_id),
        ))
        .await
    }

    /// Records how a session ended, its note on the family timeline and, when
    /// aftercare is due, the follow-up for the organiser.
    pub async fn record_outcome(
        &mut self,
        actor: &Actor,
        session: &SupportSession,
        outcome: SessionOutcome,
        note: Option<&NoteText>,
        follow_up: Option<(Timestamp, String)>,
    ) -> Result<Option<FollowUpId>> {
        let now = self.now();
        let changed = self
            .execute(
                &Query::update()
                    .table("support_sessions")
                    .value("outcome", outcome.as_str())
                    .value("outcome_at", now.millis())
                    .value("outcome_by", actor.user_id.as_str())
                    .and_where(Expr::col("id").eq(session.id.as_str()))
                    .and_where(Expr::col("outcome").is_null())
                    .to_owned(),
            )
            .await?;
        if changed == 0 {
            // Recorded meanwhile by another request: one outcome, one note, one follow-up.
            return Err(StoreError::Conflict);
        }
        self.audit(AuditEntry::by(actor, AuditAction::SessionOutcomeRecorded, AuditRecord::Family(&session.family_id)))
            .await?;
        if outcome.took_place() {
            self.ask_check_ins_after(session).await?;
        }
        if let Some(text) = note {
            let kind = match session.mode {
                SessionMode::InPerson | SessionMode::Group => NoteKind::OfficeMeeting,
                SessionMode::Video => NoteKind::VideoCall,
                SessionMode::Phone => NoteKind::PhoneCall,
                SessionMode::Chat => NoteKind::MessageSummary,
            };
            let members: Vec<MemberId> = session.members.iter().map(|(id, _)| id.clone()).collect();
            let occurred = if outcome.took_place() { session.starts_at } else { now };
            self.add_note(actor, &session.family_id, kind, occurred, text, &members).await?;
        }
        match follow_up {
            Some((due_at, channel)) => Ok(Some(self.create_follow_up(session, due_at, &channel).await?)),
            None => Ok(None),
        }
    }

    async fn translators_of(&mut self, session: &SupportSessionId) -> Result<Vec<Translator>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "session_id", "name", "email", "language", "expires_at", "accepted_at"])
                    .from("session_translators")
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .order_by("invited_at", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(translator_from).collect()
    }

    /// Invites an external translator; returns the one-time link's token.
    pub async fn invite_translator(
        &mut self,
        actor: &Actor,
        session: &SupportSession,
        name: &str,
        email: &str,
        language: &str,
        valid_until: Timestamp,
    ) -> Result<String> {
        let id = TranslatorId::generate()?;
        let token = new_token()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("session_translators")
                .columns([
                    "id",
                    "session_id",
                    "name",
                    "email",
                    "language",
                    "token_digest",
                    "expires_at",
                    "invited_by",
                    "invited_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    session.id.as_str().into(),
                    name.into(),
                    email.into(),
                    language.into(),
                    token_digest(&token).into(),
                    valid_until.millis().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::TranslatorInvited, AuditRecord::Family(&session.family_id)))
            .await?;
        Ok(token)
    }

    /// The translator a link names, used or not.
    pub(crate) async fn translator_by_token(&mut self, token: &str) -> Result<Option<Translator>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["id", "session_id", "name", "email", "language", "expires_at", "accepted_at"])
                    .from("session_translators")
                    .and_where(Expr::col("token_digest").eq(token_digest(token)))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(translator_from).transpose()
    }

    /// The translator invitation a link names, while it is unused and unexpired.
    pub async fn open_translator_invitation(&mut self, token: &str) -> Result<Option<(Translator, SupportSession)>> {
        let Some(translator) = self.translator_by_token(token).await? else {
            return Ok(None);
        };
        if translator.accepted_at.is_some() || translator.expires_at <= self.now() {
            return Ok(None);
        }
        let session = self.support_session_by_id(&translator.session_id).await?;
        Ok(session.filter(|s| s.outcome.is_none()).map(|s| (translator, s)))
    }

    /// Accepts the undertaking; the link is used up. False if it already was.
    pub async fn accept_translator_undertaking(
        &mut self,
        translator: &Translator,
        organisation: &OrganisationId,
        family: &FamilyId,
    ) -> Result<bool> {
        let now = self.now().millis();
        let changed = self
            .execute(
                &Query::update()
                    .table("session_translators")
                    .value("accepted_at", now)
                    .and_where(Expr::col("id").eq(translator.id.as_str()))
                    .and_where(Expr::col("accepted_at").is_null())
                    .to_owned(),
            )
            .await?;
        if changed > 0 {
            self.audit(AuditEntry::anonymous(
                Some(organisation),
                AuditAction::TranslatorUndertakingAccepted,
                AuditRecord::Family(family),
            ))
            .await?;
        }
        Ok(changed > 0)
    }

    /// Sessions that ended before `ended_before` without a recorded outcome
    /// and whose organiser has not been reminded yet.
    pub async fn sessions_missing_outcome(
        &mut self,
        ended_before: Timestamp,
    ) -> Result<Vec<(SupportSessionId, OrganisationId, FamilyId, UserId)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "organisation_id", "family_id", "organiser_id", "starts_at", "minutes"])
                    .from("support_sessions")
                    .and_where(Expr::col("outcome").is_null())
                    .and_where(Expr::col("outcome_reminded_at").is_null())
                    .and_where(Expr::col("starts_at").lt(ended_before.millis()))
                    .order_by("starts_at", Order::Asc)
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let ends = Timestamp(col::int(r, "starts_at")?).plus_seconds(col::int(r, "minutes")? * 60);
            if ends < ended_before {
                out.push((
                    SupportSessionId::from_trusted(col::text(r, "id")?),
                    OrganisationId::from_trusted(col::text(r, "organisation_id")?),
                    FamilyId::from_trusted(col::text(r, "family_id")?),
                    UserId::from_trusted(col::text(r, "organiser_id")?),
                ));
            }
        }
        Ok(out)
    }

    /// Reminds the organiser once to record how a session ended; false when already done.
    pub async fn remind_outcome(
        &mut self,
        session: &SupportSessionId,
        organisation: &OrganisationId,
        family: &FamilyId,
        organiser: &UserId,
    ) -> Result<bool> {
        let now = self.now().millis();
        let claimed = self
            .execute(
                &Query::update()
                    .table("support_sessions")
                    .value("outcome_reminded_at", now)
                    .and_where(Expr::col("id").eq(session.as_str()))
                    .and_where(Expr::col("outcome_reminded_at").is_null())
                    .to_owned(),
            )
            .await?;
        if claimed > 0 {
            self.notify_about_session(organisation, organiser, NotificationKind::OutcomeMissing, family, session, None)
                .await?;
        }
        Ok(claimed > 0)
    }

    /// Sessions not yet ended that start within the next `hours`.
    pub async fn sessions_starting_before(&mut self, until: Timestamp) -> Result<Vec<SupportSession>> {
        let now = self.now().millis();
        self.sessions_where(
            session_query()
                .and_where(Expr::col(("support_sessions", "starts_at")).gt(now))
                .and_where(Expr::col(("support_sessions", "starts_at")).lte(until.millis()))
                .and_where(Expr::col(("support_sessions", "outcome")).is_null())
                .order_by(("support_sessions", "starts_at"), Order::Asc)
                .limit(1000)
                .to_owned(),
        )
        .await
    }

    pub async fn reminder_settings(&mut self, member: &MemberId) -> Result<ReminderSettings> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["email", "language", "off"])
                    .from("member_reminders")
                    .and_where(Expr::col("member_id").eq(member.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| {
            Ok(ReminderSettings {
                email: col::opt_text(&r, "email")?,
                language: col::opt_text(&r, "language")?,
                off: col::int(&r, "off")? != 0,
            })
        })
        .transpose()
        .map(Option::unwrap_or_default)
    }

    pub async fn save_reminder_settings(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        member: &MemberId,
        settings: &ReminderSettings,
    ) -> Result<()> {
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("member_reminders")
                .columns(["member_id", "email", "language", "off", "updated_at"])
                .values_panic([
                    member.as_str().into(),
                    settings.email.clone().into(),
                    settings.language.clone().into(),
                    i64::from(settings.off).into(),
                    now.into(),
                ])
                .on_conflict(
                    sea_query::OnConflict::column("member_id")
                        .update_columns(["email", "language", "off", "updated_at"])
                        .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::MemberChanged, AuditRecord::Family(family))).await
    }

    /// Who is reminded of a session: each member at their reminder address or
    /// else their portal account's (unless they turned reminders off), and
    /// translators who accepted the undertaking.
    pub async fn reminder_recipients(&mut self, session: &SupportSession) -> Result<Vec<ReminderRecipient>> {
        let mut out = Vec::new();
        for (member, _) in &session.members {
            let settings = self.reminder_settings(member).await?;
            if settings.off {
                continue;
            }
            let account = self
                .fetch_optional(
                    &Query::select()
                        .columns([("users", "email"), ("users", "language")])
                        .from("family_members")
                        .inner_join("users", Expr::col(("users", "id")).equals(("family_members", "account_user_id")))
                        .and_where(Expr::col(("family_members", "id")).eq(member.as_str()))
                        .and_where(Expr::col(("users", "disabled_at")).is_null())
                        .to_owned(),
                )
                .await?;
            let (account_email, account_language) = match &account {
                Some(r) => (Some(col::text(r, "email")?), col::opt_text(r, "language")?),
                None => (None, None),
            };
            if let Some(email) = settings.email.or(account_email) {
                out.push(ReminderRecipient {
                    key: format!("member:{member}"),
                    email,
                    language: settings.language.or(account_language),
                    is_translator: false,
                });
            }
        }
        for t in session.translators.iter().filter(|t| t.accepted_at.is_some()) {
            out.push(ReminderRecipient {
                key: format!("translator:{}", t.id),
                email: t.email.clone(),
                language: Some(t.language.clone()),
                is_translator: true,
            });
        }
        Ok(out)
    }

    /// Claims a reminder so it goes once; false when it was already sent.
    pub async fn claim_reminder(
        &mut self,
        session: &SupportSessionId,
        recipient: &str,
        hours_before: u32,
    ) -> Result<bool> {
        let now = self.now().millis();
        let inserted = self
            .execute(
                &Query::insert()
                    .into_table("session_reminders")
                    .columns(["session_id", "recipient", "hours_before", "sent_at"])
                    .values_panic([
                        session.as_str().into(),
                        recipient.into(),
                        i64::from(hours_before).into(),
                        now.into(),
                    ])
                    .on_conflict(
                        sea_query::OnConflict::columns(["session_id", "recipient", "hours_before"])
                            .do_nothing()
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(inserted > 0)
    }

    pub async fn release_reminder(
        &mut self,
        session: &SupportSessionId,
        recipient: &str,
        hours_before: u32,
    ) -> Result<()> {
        self.execute(
            &Query::delete()
                .from_table("session_reminders")
                .and_where(Expr::col("session_id").eq(session.as_str()))
                .and_where(Expr::col("recipient").eq(recipient))
                .and_where(Expr::col("hours_before").eq(i64::from(hours_before)))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}

fn translator_from(r: &AnyRow) -> Result<Translator> {
    Ok(Translator {
        id: TranslatorId::from_trusted(col::text(r, "id")?),
        session_id: SupportSessionId::from_trusted(col::text(r, "session_id")?),
        name: col::text(r, "name")?,
        email: col::text(r, "email")?,
        language: col::text(r, "language")?,
        expires_at: Timestamp(col::int(r, "expires_at")?),
        accepted_at: col::opt_int(r, "accepted_at")?.map(Timestamp),
    })
}
