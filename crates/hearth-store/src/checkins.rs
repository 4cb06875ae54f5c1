//! Check-ins: the organisation's own instruments (Hearth's shipped ones are
//! not stored), the schedules practitioners set for family members, each
//! check-in asked, and the scored answers. Answers are sealed; the total,
//! band and subscale scores are kept plainly so trends and outcome figures
//! can be counted without opening anyone's answers.

use std::collections::BTreeMap;

use hearth_core::access::{Actor, CheckInFacts};
use hearth_core::audit::AuditAction;
use hearth_core::checkins::{Cadence, Instrument, SHIPPED, Score};
use hearth_core::clock::Timestamp;
use hearth_core::ids::{
    CheckInRequestId, CheckInResponseId, CheckInScheduleId, FamilyId, InstrumentId, MemberId, OrganisationId, UserId,
};
use hearth_core::support_sessions::SessionMode;
use hearth_core::wellbeing::LocalDate;
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::notifications::NotificationKind;
use crate::sealed;
use crate::support_sessions::SupportSession;
use crate::{AuditEntry, Result, StoreError, Tx, col};

/// A schedule of check-ins for one member.
#[derive(Debug, Clone)]
pub struct CheckInSchedule {
    pub id: CheckInScheduleId,
    pub member_id: MemberId,
    pub member_name: String,
    pub instrument_key: String,
    pub cadence: Cadence,
    pub next_due_on: Option<LocalDate>,
    pub created_by_name: String,
    pub created_at: Timestamp,
}

/// A check-in asked of a member and not yet answered.
#[derive(Debug, Clone)]
pub struct OpenCheckIn {
    pub id: CheckInRequestId,
    pub organisation_id: OrganisationId,
    pub family_id: FamilyId,
    pub member_id: MemberId,
    pub instrument_key: String,
    pub due_at: Timestamp,
}

/// A scored check-in.
#[derive(Debug, Clone)]
pub struct CheckInResult {
    pub id: CheckInResponseId,
    pub member_id: Option<MemberId>,
    pub instrument_key: String,
    pub instrument_version: i64,
    pub answers: BTreeMap<String, i64>,
    pub total: i64,
    pub band_level: Option<String>,
    pub subscales: BTreeMap<String, i64>,
    pub entered_by_name: String,
    pub by_phone: bool,
    pub answered_at: Timestamp,
}

/// Who answers, and for whom.
pub enum Answering<'a> {
    /// A member in the portal, answering a check-in asked of them.
    InPortal(&'a OpenCheckIn),
    /// A practitioner entering what a member said on the phone: an open
    /// check-in of theirs when there is one, else on its own.
    ByPhone { family: &'a FamilyId, member: &'a MemberId, request: Option<&'a OpenCheckIn> },
    /// A practitioner about themselves (their workload check-in).
    Own,
}

/// A practitioner's own latest check-in.
#[derive(Debug, Clone)]
pub struct OwnCheckIn {
    pub instrument_key: String,
    pub total: i64,
    pub answered_at: Timestamp,
}

fn encode(map: &BTreeMap<String, i64>) -> String {
    map.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")
}

fn decode(text: &str) -> BTreeMap<String, i64> {
    text.split(',')
        .filter_map(|pair| pair.split_once('='))
        .filter_map(|(k, v)| Some((k.to_owned(), v.parse().ok()?)))
        .collect()
}

fn stored(date: LocalDate) -> i64 {
    date.stored().map_or(0, Timestamp::millis)
}

fn open_check_in_of(r: &sqlx::any::AnyRow) -> Result<OpenCheckIn> {
    Ok(OpenCheckIn {
        id: CheckInRequestId::from_trusted(col::text(r, "id")?),
        organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
        family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
        member_id: MemberId::from_trusted(col::text(r, "member_id")?),
        instrument_key: col::text(r, "instrument_key")?,
        due_at: Timestamp(col::int(r, "due_at")?),
    })
}

const REQUEST_COLUMNS: [(&str, &str); 6] = [
    ("checkin_requests", "id"),
    ("checkin_requests", "organisation_id"),
    ("checkin_requests", "family_id"),
    ("checkin_requests", "member_id"),
    ("checkin_requests", "instrument_key"),
    ("checkin_requests", "due_at"),
];

impl Tx {
    /// The instruments an organisation uses: Hearth's shipped ones, each
    /// replaced by the organisation's own newest version of the same key,
    /// and the organisation's others. By key.
    pub async fn instruments(&mut self, organisation: &OrganisationId) -> Result<Vec<Instrument>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["key", "version", "body"])
                    .from("instruments")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .order_by("version", Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut by_key: BTreeMap<String, Instrument> = BTreeMap::new();
        for text in SHIPPED {
            let i = Instrument::parse(text).map_err(|_| StoreError::Corrupt("shipped instrument"))?;
            by_key.insert(i.key.clone(), i);
        }
        for r in &rows {
            // Checked when loaded; a row that no longer reads is left out, not fatal.
            if let Ok(i) = Instrument::parse(&col::text(r, "body")?) {
                by_key.insert(i.key.clone(), i);
            }
        }
        Ok(by_key.into_values().collect())
    }

    pub async fn instrument(&mut self, organisation: &OrganisationId, key: &str) -> Result<Option<Instrument>> {
        Ok(self.instruments(organisation).await?.into_iter().find(|i| i.key == key))
    }

    /// Loads an instrument the caller has parsed. `Conflict` unless its
    /// version is newer than the one in use under the same key.
    pub async fn load_instrument(&mut self, actor: &Actor, instrument: &Instrument, body: &str) -> Result<()> {
        let current = self.instrument(&actor.organisation_id, &instrument.key).await?;
        if current.is_some_and(|c| c.version >= instrument.version) {
            return Err(StoreError::Conflict);
        }
        self.execute(
            &Query::insert()
                .into_table("instruments")
                .columns(["id", "organisation_id", "key", "version", "body", "loaded_by", "loaded_at"])
                .values_panic([
                    InstrumentId::generate()?.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    instrument.key.clone().into(),
                    instrument.version.into(),
                    body.into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::InstrumentLoaded,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await
    }

    /// Schedules check-ins for a member of the file. A single or regular
    /// check-in is asked at once; one after sessions waits for the next.
    pub async fn schedule_check_ins(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        member: &MemberId,
        instrument: &Instrument,
        cadence: Cadence,
    ) -> Result<CheckInScheduleId> {
        let id = CheckInScheduleId::generate()?;
        let now = self.now();
        let today = LocalDate::of_stored(now);
        let family = read.family();
        self.execute(
            &Query::insert()
                .into_table("checkin_schedules")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "member_id",
                    "instrument_key",
                    "cadence",
                    "every_weeks",
                    "next_due_on",
                    "created_by",
                    "created_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    family.as_str().into(),
                    member.as_str().into(),
                    instrument.key.clone().into(),
                    cadence.kind().into(),
                    cadence.weeks().map(i64::from).into(),
                    cadence.next_after(today).map(stored).into(),
                    actor.user_id.as_str().into(),
                    now.millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        if matches!(cadence, Cadence::Once | Cadence::EveryWeeks(_)) {
            self.ask_check_in(&actor.organisation_id, family, member, &id, &instrument.key, None).await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::CheckInScheduled, AuditRecord::Family(family))).await?;
        Ok(id)
    }

    async fn ask_check_in(
        &mut self,
        organisation: &OrganisationId,
        family: &FamilyId,
        member: &MemberId,
        schedule: &CheckInScheduleId,
        instrument: &str,
        session: Option<&str>,
    ) -> Result<()> {
        self.execute(
            &Query::insert()
                .into_table("checkin_requests")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "member_id",
                    "schedule_id",
                    "instrument_key",
                    "session_id",
                    "due_at",
                ])
                .values_panic([
                    CheckInRequestId::generate()?.as_str().into(),
                    organisation.as_str().into(),
                    family.as_str().into(),
                    member.as_str().into(),
                    schedule.as_str().into(),
                    instrument.into(),
                    session.map(str::to_owned).into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// After a session that took place: the check-ins its members have
    /// asked after every session (or every session online, for one that was).
    pub(crate) async fn ask_check_ins_after(&mut self, session: &SupportSession) -> Result<()> {
        let digital = matches!(session.mode, SessionMode::Video | SessionMode::Phone | SessionMode::Chat);
        let kinds: Vec<&str> =
            if digital { vec!["after_session", "after_digital_session"] } else { vec!["after_session"] };
        let members: Vec<&str> = session.members.iter().map(|(id, _)| id.as_str()).collect();
        if members.is_empty() {
            return Ok(());
        }
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "member_id", "instrument_key"])
                    .from("checkin_schedules")
                    .and_where(Expr::col("family_id").eq(session.family_id.as_str()))
                    .and_where(Expr::col("ended_at").is_null())
                    .and_where(Expr::col("cadence").is_in(kinds))
                    .and_where(Expr::col("member_id").is_in(members))
                    .to_owned(),
            )
            .await?;
        for r in &rows {
            let schedule = CheckInScheduleId::from_trusted(col::text(r, "id")?);
            let member = MemberId::from_trusted(col::text(r, "member_id")?);
            let instrument = col::text(r, "instrument_key")?;
            self.ask_check_in(
                &session.organisation_id,
                &session.family_id,
                &member,
                &schedule,
                &instrument,
                Some(session.id.as_str()),
            )
            .await?;
        }
        Ok(())
    }

    /// Regular check-ins that have come round: asks each and moves its
    /// schedule on. For the minute job; returns how many were asked.
    pub async fn ask_due_check_ins(&mut self) -> Result<usize> {
        let today = LocalDate::of_stored(self.now());
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        "id",
                        "organisation_id",
                        "family_id",
                        "member_id",
                        "instrument_key",
                        "cadence",
                        "every_weeks",
                        "next_due_on",
                    ])
                    .from("checkin_schedules")
                    .and_where(Expr::col("ended_at").is_null())
                    .and_where(Expr::col("next_due_on").lte(stored(today)))
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        for r in &rows {
            let id = CheckInScheduleId::from_trusted(col::text(r, "id")?);
            let cadence = Cadence::of_stored(&col::text(r, "cadence")?, col::opt_int(r, "every_weeks")?);
            let next = cadence.and_then(|c| c.next_after(today)).map(stored);
            // Only the request that moves the schedule on asks: two jobs never ask twice.
            let moved = self
                .execute(
                    &Query::update()
                        .table("checkin_schedules")
                        .value("next_due_on", next)
                        .and_where(Expr::col("id").eq(id.as_str()))
                        .and_where(Expr::col("next_due_on").eq(col::opt_int(r, "next_due_on")?))
                        .to_owned(),
                )
                .await?;
            if moved == 1 {
                self.ask_check_in(
                    &OrganisationId::from_trusted(col::text(r, "organisation_id")?),
                    &FamilyId::from_trusted(col::text(r, "family_id")?),
                    &MemberId::from_trusted(col::text(r, "member_id")?),
                    &id,
                    &col::text(r, "instrument_key")?,
                    None,
                )
                .await?;
            }
        }
        Ok(rows.len())
    }

    /// The file's schedules still running.
    pub async fn check_in_schedules_of(&mut self, read: &FamilyRead) -> Result<Vec<CheckInSchedule>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("checkin_schedules", "id"),
                        ("checkin_schedules", "member_id"),
                        ("checkin_schedules", "instrument_key"),
                        ("checkin_schedules", "cadence"),
                        ("checkin_schedules", "every_weeks"),
                        ("checkin_schedules", "next_due_on"),
                        ("checkin_schedules", "created_at"),
                    ])
                    .expr_as(Expr::col(("family_members", "name")), "member_name")
                    .expr_as(Expr::col(("users", "display_name")), "created_by_name")
                    .from("checkin_schedules")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("checkin_schedules", "member_id")),
                    )
                    .inner_join("users", Expr::col(("users", "id")).equals(("checkin_schedules", "created_by")))
                    .and_where(Expr::col(("checkin_schedules", "family_id")).eq(read.family().as_str()))
                    .and_where(Expr::col(("checkin_schedules", "ended_at")).is_null())
                    .order_by(("checkin_schedules", "created_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(CheckInSchedule {
                    id: CheckInScheduleId::from_trusted(col::text(r, "id")?),
                    member_id: MemberId::from_trusted(col::text(r, "member_id")?),
                    member_name: col::text(r, "member_name")?,
                    instrument_key: col::text(r, "instrument_key")?,
                    cadence: Cadence::of_stored(&col::text(r, "cadence")?, col::opt_int(r, "every_weeks")?)
                        .ok_or(StoreError::Corrupt("cadence"))?,
                    next_due_on: col::opt_int(r, "next_due_on")?.map(|d| LocalDate::of_stored(Timestamp(d))),
                    created_by_name: col::text(r, "created_by_name")?,
                    created_at: Timestamp(col::int(r, "created_at")?),
                })
            })
            .collect()
    }

    /// Stops a schedule of the file; its open check-ins are withdrawn.
    pub async fn end_check_in_schedule(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        schedule: &CheckInScheduleId,
    ) -> Result<bool> {
        let now = self.now().millis();
        let ended = self
            .execute(
                &Query::update()
                    .table("checkin_schedules")
                    .value("ended_at", now)
                    .and_where(Expr::col("id").eq(schedule.as_str()))
                    .and_where(Expr::col("family_id").eq(read.family().as_str()))
                    .and_where(Expr::col("ended_at").is_null())
                    .to_owned(),
            )
            .await?;
        if ended == 0 {
            return Ok(false);
        }
        self.execute(
            &Query::delete()
                .from_table("checkin_requests")
                .and_where(Expr::col("schedule_id").eq(schedule.as_str()))
                .and_where(Expr::col("answered_at").is_null())
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CheckInScheduleEnded, AuditRecord::Family(read.family())))
            .await?;
        Ok(true)
    }

    /// The open check-ins asked of the members linked to an account, oldest first.
    pub async fn open_check_ins_for(&mut self, account: &UserId) -> Result<Vec<OpenCheckIn>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(REQUEST_COLUMNS)
                    .from("checkin_requests")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("checkin_requests", "member_id")),
                    )
                    .and_where(Expr::col(("family_members", "account_user_id")).eq(account.as_str()))
                    .and_where(Expr::col(("checkin_requests", "answered_at")).is_null())
                    .order_by(("checkin_requests", "due_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(open_check_in_of).collect()
    }

    /// One open check-in, with what the policy needs to know about it from
    /// `actor`'s side; None when it is unknown or already answered.
    pub async fn open_check_in(
        &mut self,
        actor: &Actor,
        id: &CheckInRequestId,
    ) -> Result<Option<(OpenCheckIn, CheckInFacts)>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(REQUEST_COLUMNS)
                    .column(("family_members", "account_user_id"))
                    .from("checkin_requests")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("checkin_requests", "member_id")),
                    )
                    .and_where(Expr::col(("checkin_requests", "id")).eq(id.as_str()))
                    .and_where(Expr::col(("checkin_requests", "answered_at")).is_null())
                    .to_owned(),
            )
            .await?;
        let Some(r) = row else { return Ok(None) };
        let open = open_check_in_of(&r)?;
        let facts = CheckInFacts {
            organisation_id: open.organisation_id.clone(),
            actor_is_member: col::opt_text(&r, "account_user_id")?.as_deref() == Some(actor.user_id.as_str()),
        };
        Ok(Some((open, facts)))
    }

    /// The open check-in of a member for an instrument, if there is one:
    /// an answer entered from a call completes it.
    pub async fn open_check_in_of_member(
        &mut self,
        read: &FamilyRead,
        member: &MemberId,
        instrument: &str,
    ) -> Result<Option<OpenCheckIn>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(REQUEST_COLUMNS)
                    .from("checkin_requests")
                    .and_where(Expr::col("family_id").eq(read.family().as_str()))
                    .and_where(Expr::col("member_id").eq(member.as_str()))
                    .and_where(Expr::col("instrument_key").eq(instrument))
                    .and_where(Expr::col("answered_at").is_null())
                    .order_by("due_at", Order::Asc)
                    .limit(1)
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(open_check_in_of).transpose()
    }

    /// Records a scored check-in. `Conflict` when the check-in it answers
    /// was answered meanwhile. A result in a band of concern tells the
    /// family's practitioners.
    pub async fn record_check_in(
        &mut self,
        actor: &Actor,
        answering: Answering<'_>,
        instrument: &Instrument,
        answers: &BTreeMap<String, i64>,
        score: &Score,
    ) -> Result<CheckInResponseId> {
        let (family, member, request, by_phone) = match answering {
            Answering::InPortal(open) => (Some(&open.family_id), Some(&open.member_id), Some(open), false),
            Answering::ByPhone { family, member, request } => (Some(family), Some(member), request, true),
            Answering::Own => (None, None, None, false),
        };
        let now = self.now().millis();
        if let Some(request) = request {
            let answered = self
                .execute(
                    &Query::update()
                        .table("checkin_requests")
                        .value("answered_at", now)
                        .and_where(Expr::col("id").eq(request.id.as_str()))
                        .and_where(Expr::col("answered_at").is_null())
                        .to_owned(),
                )
                .await?;
            if answered == 0 {
                return Err(StoreError::Conflict);
            }
        }
        let id = CheckInResponseId::generate()?;
        let band = score.band.and_then(|b| instrument.bands.get(b));
        self.execute(
            &Query::insert()
                .into_table("checkin_responses")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "member_id",
                    "request_id",
                    "instrument_key",
                    "instrument_version",
                    "answers",
                    "total",
                    "band_level",
                    "subscales",
                    "entered_by",
                    "by_phone",
                    "answered_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    family.map(|f| f.as_str().to_owned()).into(),
                    member.map(|m| m.as_str().to_owned()).into(),
                    request.map(|r| r.id.as_str().to_owned()).into(),
                    instrument.key.clone().into(),
                    instrument.version.into(),
                    self.seal(&sealed::CHECKIN_ANSWERS, &[id.as_str()], &encode(answers))?.into(),
                    score.total.into(),
                    band.map(|b| b.level.as_str()).into(),
                    encode(&score.subscales).into(),
                    actor.user_id.as_str().into(),
                    i64::from(by_phone).into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        let Some(family) = family else {
            self.audit(AuditEntry::by(actor, AuditAction::CheckInAnswered, AuditRecord::Account(&actor.user_id)))
                .await?;
            return Ok(id);
        };
        self.audit(AuditEntry::by(actor, AuditAction::CheckInAnswered, AuditRecord::Family(family))).await?;
        // On the file's timeline: which questionnaire, never the answers or the score.
        self.record_event(family, actor, "check_in_answered", Some(&instrument.key)).await?;
        if band.is_some_and(|b| b.level == hearth_core::checkins::BandLevel::Concern) && !by_phone {
            for worker in self.workers_of(family).await? {
                self.notify(
                    &actor.organisation_id,
                    &worker,
                    NotificationKind::CheckInConcern,
                    Some(family),
                    Some(&actor.user_id),
                )
                .await?;
            }
        }
        Ok(id)
    }

    /// Every check-in result of a file, oldest first, answers opened.
    pub async fn check_in_results_of(&mut self, actor: &Actor, read: &FamilyRead) -> Result<Vec<CheckInResult>> {
        self.audit(AuditEntry::by(actor, AuditAction::CheckInsViewed, AuditRecord::Family(read.family()))).await?;
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("checkin_responses", "id"),
                        ("checkin_responses", "member_id"),
                        ("checkin_responses", "instrument_key"),
                        ("checkin_responses", "instrument_version"),
                        ("checkin_responses", "answers"),
                        ("checkin_responses", "total"),
                        ("checkin_responses", "band_level"),
                        ("checkin_responses", "subscales"),
                        ("checkin_responses", "by_phone"),
                        ("checkin_responses", "answered_at"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "entered_by_name")
                    .from("checkin_responses")
                    .inner_join("users", Expr::col(("users", "id")).equals(("checkin_responses", "entered_by")))
                    .and_where(Expr::col(("checkin_responses", "family_id")).eq(read.family().as_str()))
                    .order_by(("checkin_responses", "answered_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let id = col::text(r, "id")?;
                let answers = self.open(&sealed::CHECKIN_ANSWERS, &[id.as_str()], &col::text(r, "answers")?)?;
                Ok(CheckInResult {
                    member_id: col::opt_text(r, "member_id")?.map(MemberId::from_trusted),
                    instrument_key: col::text(r, "instrument_key")?,
                    instrument_version: col::int(r, "instrument_version")?,
                    answers: decode(&answers),
                    total: col::int(r, "total")?,
                    band_level: col::opt_text(r, "band_level")?,
                    subscales: decode(&col::text(r, "subscales")?),
                    entered_by_name: col::text(r, "entered_by_name")?,
                    by_phone: col::int(r, "by_phone")? != 0,
                    answered_at: Timestamp(col::int(r, "answered_at")?),
                    id: CheckInResponseId::from_trusted(id),
                })
            })
            .collect()
    }

    /// The open check-ins of a file, for its page.
    pub async fn open_check_ins_of(&mut self, read: &FamilyRead) -> Result<Vec<OpenCheckIn>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(REQUEST_COLUMNS)
                    .from("checkin_requests")
                    .and_where(Expr::col("family_id").eq(read.family().as_str()))
                    .and_where(Expr::col("answered_at").is_null())
                    .order_by("due_at", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(open_check_in_of).collect()
    }

    /// Practitioners' own check-ins (their workload), newest first, for
    /// their own page and their supervisor's team page.
    pub async fn own_check_ins(
        &mut self,
        users: &[UserId],
        per_user: usize,
    ) -> Result<BTreeMap<UserId, Vec<OwnCheckIn>>> {
        let mut out: BTreeMap<UserId, Vec<OwnCheckIn>> = BTreeMap::new();
        if users.is_empty() {
            return Ok(out);
        }
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["entered_by", "instrument_key", "total", "answered_at"])
                    .from("checkin_responses")
                    .and_where(Expr::col("family_id").is_null())
                    .and_where(Expr::col("entered_by").is_in(users.iter().map(|u| u.as_str())))
                    .order_by("answered_at", Order::Desc)
                    .to_owned(),
            )
            .await?;
        for r in &rows {
            let list = out.entry(UserId::from_trusted(col::text(r, "entered_by")?)).or_default();
            if list.len() < per_user {
                list.push(OwnCheckIn {
                    instrument_key: col::text(r, "instrument_key")?,
                    total: col::int(r, "total")?,
                    answered_at: Timestamp(col::int(r, "answered_at")?),
                });
            }
        }
        Ok(out)
    }

    /// The lead practitioner and co-workers of a family.
    pub(crate) async fn workers_of(&mut self, family: &FamilyId) -> Result<Vec<UserId>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column("user_id")
                    .from("family_assignments")
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok(UserId::from_trusted(col::text(r, "user_id")?))).collect()
    }
}
