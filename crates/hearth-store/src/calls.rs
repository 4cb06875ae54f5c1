//! Video calls of support sessions as the database keeps them: who is in
//! the waiting room and who is in the call, each connection's last sign of
//! life, the drops, how the call ended, and the signalling on its way from
//! one browser to another (deleted once delivered). Media never reaches
//! Hearth, and nothing said or shown is kept. Every change is announced on
//! the live channel ([`LiveActivity::Call`]) so each open call page looks again.

use hearth_core::access::{Actor, CallFacts};
use hearth_core::audit::AuditAction;
use hearth_core::calls::{
    CallEventKind, DEFAULT_RECONNECT_MINUTES, MAX_PARTICIPANTS, Participant, Presence, SILENT_AFTER_SECONDS,
    agreed_reconnect_minutes,
};
use hearth_core::clock::Timestamp;
use hearth_core::ids::SupportSessionId;
use hearth_core::support_sessions::SessionOutcome;
use sea_query::{Expr, ExprTrait, Order, Query};
use sqlx::any::AnyRow;

use crate::audit::AuditRecord;
use crate::messaging::LiveActivity;
use crate::support_sessions::{SupportSession, Translator};
use crate::{AuditEntry, Result, StoreError, Tx, col};

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallEnding {
    /// The host ended it.
    Ended,
    /// A drop was not restored within the agreed minutes.
    Abruptly,
}

/// One person's place in a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InCall {
    pub participant: Participant,
    pub presence: Presence,
    /// A page of theirs is connected now.
    pub connected: bool,
    /// When their current page connected: a new page means new media connections.
    pub connected_at: Option<Timestamp>,
    pub asked_at: Timestamp,
    pub admitted_at: Option<Timestamp>,
    /// When their connection dropped, while it has not come back.
    pub dropped_at: Option<Timestamp>,
}

/// What is kept of a call: when, who, and the drops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallEvent {
    pub at: Timestamp,
    pub participant: Option<Participant>,
    pub kind: CallEventKind,
}

#[derive(Debug, Clone)]
pub struct CallRecord {
    pub session_id: SupportSessionId,
    pub opened_at: Timestamp,
    /// How long a drop is waited for, from the members' agreements.
    pub reconnect_minutes: u32,
    pub ended_at: Option<Timestamp>,
    pub ending: Option<CallEnding>,
    pub participants: Vec<InCall>,
    pub events: Vec<CallEvent>,
}

impl CallRecord {
    pub fn participant(&self, who: &Participant) -> Option<&InCall> {
        self.participants.iter().find(|p| &p.participant == who)
    }

    /// Since when the call has been broken: the family's side or the
    /// staff's side has people in the call, none of them connected, and at
    /// least one of them dropped (rather than left). None while it holds.
    pub fn interrupted_since(&self) -> Option<Timestamp> {
        if self.ended_at.is_some() {
            return None;
        }
        let side = |staff: bool| {
            let admitted: Vec<&InCall> = self
                .participants
                .iter()
                .filter(|p| p.presence == Presence::Admitted && p.participant.hosts() == staff)
                .filter(|p| !matches!(p.participant, Participant::Translator(_)))
                .collect();
            if admitted.iter().any(|p| p.connected) {
                return None;
            }
            admitted.iter().filter_map(|p| p.dropped_at).max()
        };
        match (side(true), side(false)) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// When an interrupted call is given up as ended abruptly.
    pub fn gives_up_at(&self) -> Option<Timestamp> {
        self.interrupted_since().map(|since| since.plus_seconds(i64::from(self.reconnect_minutes) * 60))
    }
}

/// What happened when a page asked to join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Joining {
    /// Connected under this token; a later connection of the same person replaces it.
    Connected(String),
    /// Four people are in the call or waiting already.
    Full,
    /// The host ended the call.
    Ended,
}

fn participant_of(r: &AnyRow, name: &'static str) -> Result<Participant> {
    Participant::parse(&col::text(r, name)?).map_err(|_| StoreError::Corrupt("call participant"))
}

impl Tx {
    /// The session's call, if anyone has opened it.
    pub async fn call_of(&mut self, session: &SupportSessionId) -> Result<Option<CallRecord>> {
        let Some(row) = self
            .fetch_optional(
                &Query::select()
                    .columns(["opened_at", "reconnect_minutes", "ended_at", "ended_how"])
                    .from("session_calls")
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .to_owned(),
            )
            .await?
        else {
            return Ok(None);
        };
        let participants = self
            .fetch_all(
                &Query::select()
                    .columns([
                        "participant",
                        "presence",
                        "connection",
                        "asked_at",
                        "admitted_at",
                        "connected_at",
                        "dropped_at",
                    ])
                    .from("call_participants")
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .order_by("asked_at", Order::Asc)
                    .to_owned(),
            )
            .await?
            .iter()
            .map(|r| {
                Ok(InCall {
                    participant: participant_of(r, "participant")?,
                    presence: Presence::parse(&col::text(r, "presence")?).ok_or(StoreError::Corrupt("presence"))?,
                    connected: col::opt_text(r, "connection")?.is_some(),
                    connected_at: col::opt_int(r, "connected_at")?.map(Timestamp),
                    asked_at: Timestamp(col::int(r, "asked_at")?),
                    admitted_at: col::opt_int(r, "admitted_at")?.map(Timestamp),
                    dropped_at: col::opt_int(r, "dropped_at")?.map(Timestamp),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let events = self
            .fetch_all(
                &Query::select()
                    .columns(["at", "participant", "kind"])
                    .from("call_events")
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .order_by("at", Order::Asc)
                    .order_by("id", Order::Asc)
                    .limit(500)
                    .to_owned(),
            )
            .await?
            .iter()
            .map(|r| {
                Ok(CallEvent {
                    at: Timestamp(col::int(r, "at")?),
                    participant: col::opt_text(r, "participant")?
                        .map(|p| Participant::parse(&p).map_err(|_| StoreError::Corrupt("call participant")))
                        .transpose()?,
                    kind: CallEventKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("call event"))?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(CallRecord {
            session_id: session.clone(),
            opened_at: Timestamp(col::int(&row, "opened_at")?),
            reconnect_minutes: u32::try_from(col::int(&row, "reconnect_minutes")?).unwrap_or(DEFAULT_RECONNECT_MINUTES),
            ended_at: col::opt_int(&row, "ended_at")?.map(Timestamp),
            ending: match col::opt_text(&row, "ended_how")?.as_deref() {
                None => None,
                Some("ended") => Some(CallEnding::Ended),
                Some("ended_abruptly") => Some(CallEnding::Abruptly),
                Some(_) => return Err(StoreError::Corrupt("call ending")),
            },
            participants,
            events,
        }))
    }

    /// The fewest minutes any member of the session agreed to wait for a
    /// dropped call, from each member's newest agreement.
    async fn agreed_reconnect_minutes(&mut self, session: &SupportSession) -> Result<u32> {
        let mut agreed = Vec::new();
        for (member, _) in &session.members {
            let row = self
                .fetch_optional(
                    &Query::select()
                        .column("choices")
                        .from("agreements")
                        .and_where(Expr::col("member_id").eq(member.as_str()))
                        .and_where(Expr::col("family_id").eq(session.family_id.as_str()))
                        .order_by("created_at", Order::Desc)
                        .limit(1)
                        .to_owned(),
                )
                .await?;
            if let Some(r) = row {
                agreed.push(crate::agreements::decode(&col::text(&r, "choices")?));
            }
        }
        Ok(agreed_reconnect_minutes(&agreed))
    }

    async fn call_event(
        &mut self,
        session: &SupportSessionId,
        who: Option<&Participant>,
        kind: CallEventKind,
    ) -> Result<()> {
        let id = hearth_core::ids::EventId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("call_events")
                .columns(["id", "session_id", "at", "participant", "kind"])
                .values_panic([
                    id.as_str().into(),
                    session.as_str().into(),
                    now.into(),
                    who.map(Participant::key).into(),
                    kind.as_str().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.announce(LiveActivity::Call { session: session.clone() });
        Ok(())
    }

    /// A page of `who` connects to the session's call. The first connection
    /// opens the call; a host is in at once, anyone else waits to be let in,
    /// and someone who was in and dropped is back in. `actor` is None for a
    /// translator, who has no account.
    pub async fn join_call(
        &mut self,
        session: &SupportSession,
        who: &Participant,
        actor: Option<&Actor>,
    ) -> Result<Joining> {
        let now = self.now();
        let call = match self.call_of(&session.id).await? {
            Some(call) => call,
            None => {
                let minutes = self.agreed_reconnect_minutes(session).await?;
                self.execute(
                    &Query::insert()
                        .into_table("session_calls")
                        .columns(["session_id", "opened_at", "reconnect_minutes"])
                        .values_panic([session.id.as_str().into(), now.millis().into(), i64::from(minutes).into()])
                        .on_conflict(sea_query::OnConflict::column("session_id").do_nothing().to_owned())
                        .to_owned(),
                )
                .await?;
                self.call_event(&session.id, None, CallEventKind::Opened).await?;
                self.audit_call(session, actor, AuditAction::CallOpened).await?;
                self.call_of(&session.id).await?.ok_or(StoreError::Conflict)?
            }
        };
        if call.ended_at.is_some() {
            return Ok(Joining::Ended);
        }
        let connection = hearth_core::secrets::new_token()?;
        let present = call.participants.iter().filter(|p| p.presence != Presence::Left).count();
        match call.participant(who) {
            None => {
                if present >= MAX_PARTICIPANTS {
                    return Ok(Joining::Full);
                }
                let presence = if who.hosts() { Presence::Admitted } else { Presence::Waiting };
                self.execute(
                    &Query::insert()
                        .into_table("call_participants")
                        .columns([
                            "session_id",
                            "participant",
                            "presence",
                            "connection",
                            "asked_at",
                            "admitted_at",
                            "connected_at",
                            "seen_at",
                        ])
                        .values_panic([
                            session.id.as_str().into(),
                            who.key().into(),
                            presence.as_str().into(),
                            connection.clone().into(),
                            now.millis().into(),
                            who.hosts().then_some(now.millis()).into(),
                            now.millis().into(),
                            now.millis().into(),
                        ])
                        .to_owned(),
                )
                .await?;
                let kind = if who.hosts() { CallEventKind::Admitted } else { CallEventKind::Waiting };
                self.call_event(&session.id, Some(who), kind).await?;
                if who.hosts() {
                    self.audit_call(session, actor, AuditAction::CallJoined).await?;
                }
            }
            Some(known) => {
                if known.presence == Presence::Left && present >= MAX_PARTICIPANTS {
                    return Ok(Joining::Full);
                }
                // Back after leaving: a host is in again, anyone else waits again.
                let (presence, kind) = match known.presence {
                    Presence::Left if who.hosts() => (Presence::Admitted, Some(CallEventKind::Admitted)),
                    Presence::Left => (Presence::Waiting, Some(CallEventKind::Waiting)),
                    Presence::Admitted if known.dropped_at.is_some() => {
                        (Presence::Admitted, Some(CallEventKind::Restored))
                    }
                    other => (other, None),
                };
                self.execute(
                    &Query::update()
                        .table("call_participants")
                        .value("presence", presence.as_str())
                        .value("connection", connection.clone())
                        .value("connected_at", now.millis())
                        .value("seen_at", now.millis())
                        .value("dropped_at", Option::<i64>::None)
                        .and_where(Expr::col("session_id").eq(session.id.as_str()))
                        .and_where(Expr::col("participant").eq(who.key()))
                        .to_owned(),
                )
                .await?;
                match kind {
                    Some(kind) => self.call_event(&session.id, Some(who), kind).await?,
                    // Another page of the same person: the older one is replaced.
                    None => self.announce(LiveActivity::Call { session: session.id.clone() }),
                }
            }
        }
        Ok(Joining::Connected(connection))
    }

    async fn audit_call(&mut self, session: &SupportSession, actor: Option<&Actor>, action: AuditAction) -> Result<()> {
        let record = AuditRecord::Family(&session.family_id);
        let entry = match actor {
            Some(actor) => AuditEntry::by(actor, action, record),
            None => AuditEntry::anonymous(Some(&session.organisation_id), action, record),
        };
        self.audit(entry).await
    }

    /// The page under `connection` is still there. False when it has been
    /// replaced by a newer page of the same person, or given up as silent.
    pub async fn call_heartbeat(
        &mut self,
        session: &SupportSessionId,
        who: &Participant,
        connection: &str,
    ) -> Result<bool> {
        let now = self.now().millis();
        let changed = self
            .execute(
                &Query::update()
                    .table("call_participants")
                    .value("seen_at", now)
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .and_where(Expr::col("participant").eq(who.key()))
                    .and_where(Expr::col("connection").eq(connection))
                    .to_owned(),
            )
            .await?;
        Ok(changed == 1)
    }

    /// The page under `connection` has gone: left on purpose (`leaving`), or
    /// its connection dropped. Someone waiting who goes simply leaves.
    pub async fn leave_call(
        &mut self,
        session: &SupportSessionId,
        who: &Participant,
        connection: &str,
        leaving: bool,
    ) -> Result<()> {
        let Some(call) = self.call_of(session).await? else { return Ok(()) };
        let Some(known) = call.participant(who) else { return Ok(()) };
        let dropped = !leaving && known.presence == Presence::Admitted && call.ended_at.is_none();
        self.disconnect(session, who, Some(connection), if dropped { None } else { Some(Presence::Left) }, self.now())
            .await
    }

    /// Clears a connection (only `connection`, when given) and records the
    /// drop, or the new presence when one is given.
    async fn disconnect(
        &mut self,
        session: &SupportSessionId,
        who: &Participant,
        connection: Option<&str>,
        presence: Option<Presence>,
        at: Timestamp,
    ) -> Result<()> {
        let mut update = Query::update();
        update
            .table("call_participants")
            .value("connection", Option::<String>::None)
            .and_where(Expr::col("session_id").eq(session.as_str()))
            .and_where(Expr::col("participant").eq(who.key()));
        match connection {
            Some(c) => update.and_where(Expr::col("connection").eq(c)),
            None => update.and_where(Expr::col("connection").is_not_null()),
        };
        match presence {
            Some(p) => update.value("presence", p.as_str()),
            None => update.value("dropped_at", at.millis()),
        };
        if self.execute(&update).await? == 1 {
            let kind = if presence.is_some() { CallEventKind::Left } else { CallEventKind::Dropped };
            self.call_event(session, Some(who), kind).await?;
        }
        Ok(())
    }

    /// A host lets someone in from the waiting room. False when they are
    /// not waiting (any more).
    pub async fn admit_to_call(&mut self, actor: &Actor, session: &SupportSession, who: &Participant) -> Result<bool> {
        let now = self.now().millis();
        let changed = self
            .execute(
                &Query::update()
                    .table("call_participants")
                    .value("presence", Presence::Admitted.as_str())
                    .value("admitted_at", now)
                    .and_where(Expr::col("session_id").eq(session.id.as_str()))
                    .and_where(Expr::col("participant").eq(who.key()))
                    .and_where(Expr::col("presence").eq(Presence::Waiting.as_str()))
                    .to_owned(),
            )
            .await?;
        if changed == 1 {
            self.call_event(&session.id, Some(who), CallEventKind::Admitted).await?;
            self.audit_call(session, Some(actor), AuditAction::CallJoined).await?;
        }
        Ok(changed == 1)
    }

    /// A host sends someone away from the waiting room.
    pub async fn turn_away_from_call(
        &mut self,
        actor: &Actor,
        session: &SupportSession,
        who: &Participant,
    ) -> Result<bool> {
        let changed = self
            .execute(
                &Query::update()
                    .table("call_participants")
                    .value("presence", Presence::Left.as_str())
                    .value("connection", Option::<String>::None)
                    .and_where(Expr::col("session_id").eq(session.id.as_str()))
                    .and_where(Expr::col("participant").eq(who.key()))
                    .and_where(Expr::col("presence").eq(Presence::Waiting.as_str()))
                    .to_owned(),
            )
            .await?;
        if changed == 1 {
            self.call_event(&session.id, Some(who), CallEventKind::TurnedAway).await?;
            self.audit_call(session, Some(actor), AuditAction::CallTurnedAway).await?;
        }
        Ok(changed == 1)
    }

    /// A host ends the call for everyone.
    pub async fn end_call(&mut self, actor: &Actor, session: &SupportSession) -> Result<bool> {
        let ended = self.close_call(&session.id, CallEnding::Ended).await?;
        if ended {
            self.call_event(&session.id, None, CallEventKind::Ended).await?;
            self.audit_call(session, Some(actor), AuditAction::CallEnded).await?;
        }
        Ok(ended)
    }

    async fn close_call(&mut self, session: &SupportSessionId, ending: CallEnding) -> Result<bool> {
        let now = self.now().millis();
        let how = match ending {
            CallEnding::Ended => "ended",
            CallEnding::Abruptly => "ended_abruptly",
        };
        let changed = self
            .execute(
                &Query::update()
                    .table("session_calls")
                    .value("ended_at", now)
                    .value("ended_how", how)
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .and_where(Expr::col("ended_at").is_null())
                    .to_owned(),
            )
            .await?;
        if changed == 1 {
            self.execute(
                &Query::update()
                    .table("call_participants")
                    .value("connection", Option::<String>::None)
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .to_owned(),
            )
            .await?;
            self.execute(
                &Query::delete()
                    .from_table("call_signals")
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .to_owned(),
            )
            .await?;
        }
        Ok(changed == 1)
    }

    /// Signalling from one browser to another (an offer, an answer, a
    /// network candidate), kept until the recipient's page takes it. `seq`
    /// orders one sender's signals.
    pub async fn send_call_signal(
        &mut self,
        session: &SupportSessionId,
        from: &Participant,
        to: &Participant,
        seq: i64,
        body: &str,
    ) -> Result<()> {
        let id = hearth_core::ids::EventId::generate()?;
        self.execute(
            &Query::insert()
                .into_table("call_signals")
                .columns(["id", "session_id", "to_participant", "from_participant", "seq", "body"])
                .values_panic([
                    id.as_str().into(),
                    session.as_str().into(),
                    to.key().into(),
                    from.key().into(),
                    seq.into(),
                    body.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.announce(LiveActivity::Call { session: session.clone() });
        Ok(())
    }

    /// The signalling waiting for `to`, in order; taken, so it is delivered once.
    pub async fn take_call_signals(
        &mut self,
        session: &SupportSessionId,
        to: &Participant,
    ) -> Result<Vec<(Participant, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "from_participant", "body"])
                    .from("call_signals")
                    .and_where(Expr::col("session_id").eq(session.as_str()))
                    .and_where(Expr::col("to_participant").eq(to.key()))
                    .order_by("seq", Order::Asc)
                    .limit(200)
                    .to_owned(),
            )
            .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids = rows.iter().map(|r| col::text(r, "id")).collect::<Result<Vec<_>>>()?;
        self.execute(&Query::delete().from_table("call_signals").and_where(Expr::col("id").is_in(ids)).to_owned())
            .await?;
        rows.iter().map(|r| Ok((participant_of(r, "from_participant")?, col::text(r, "body")?))).collect()
    }

    /// Connections not heard from for a while are taken as dropped, at the
    /// moment they were last heard from: their process may have been
    /// killed before it could say so. Returns the sessions touched.
    pub async fn drop_silent_call_connections(&mut self) -> Result<Vec<SupportSessionId>> {
        let silent_since = self.now().minus_seconds(SILENT_AFTER_SECONDS).millis();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["session_id", "participant", "presence", "seen_at"])
                    .from("call_participants")
                    .and_where(Expr::col("connection").is_not_null())
                    .and_where(Expr::col("seen_at").lt(silent_since))
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        let mut touched = Vec::new();
        for r in &rows {
            let session = SupportSessionId::from_trusted(col::text(r, "session_id")?);
            let who = participant_of(r, "participant")?;
            let waiting = col::text(r, "presence")? == Presence::Waiting.as_str();
            let at = Timestamp(col::opt_int(r, "seen_at")?.unwrap_or(silent_since));
            self.disconnect(&session, &who, None, waiting.then_some(Presence::Left), at).await?;
            touched.push(session);
        }
        Ok(touched)
    }

    /// Open calls whose drop has outlasted the agreed wait.
    pub async fn calls_to_give_up(&mut self) -> Result<Vec<SupportSessionId>> {
        let now = self.now();
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("session_calls", "session_id"))
                    .from("session_calls")
                    .inner_join(
                        "call_participants",
                        Expr::col(("call_participants", "session_id")).equals(("session_calls", "session_id")),
                    )
                    .and_where(Expr::col(("session_calls", "ended_at")).is_null())
                    .and_where(Expr::col(("call_participants", "dropped_at")).is_not_null())
                    .distinct()
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        let mut due = Vec::new();
        for r in &rows {
            let session = SupportSessionId::from_trusted(col::text(r, "session_id")?);
            if let Some(call) = self.call_of(&session).await?
                && call.gives_up_at().is_some_and(|at| at <= now)
            {
                due.push(session);
            }
        }
        Ok(due)
    }

    /// Gives a call up after a drop that was not restored in time: the
    /// session is recorded as ended abruptly, which starts its aftercare
    /// (unless its outcome was recorded meanwhile). False when the call was
    /// restored or ended meanwhile.
    pub async fn end_call_abruptly(&mut self, session: &SupportSession) -> Result<bool> {
        let now = self.now();
        let Some(call) = self.call_of(&session.id).await? else { return Ok(false) };
        if call.gives_up_at().is_none_or(|at| at > now) || !self.close_call(&session.id, CallEnding::Abruptly).await? {
            return Ok(false);
        }
        self.call_event(&session.id, None, CallEventKind::EndedAbruptly).await?;
        self.audit_call(session, None, AuditAction::CallEndedAbruptly).await?;
        let recorded = self
            .execute(
                &Query::update()
                    .table("support_sessions")
                    .value("outcome", SessionOutcome::EndedAbruptly.as_str())
                    .value("outcome_at", now.millis())
                    .and_where(Expr::col("id").eq(session.id.as_str()))
                    .and_where(Expr::col("outcome").is_null())
                    .to_owned(),
            )
            .await?;
        if recorded == 1 {
            self.audit(AuditEntry::anonymous(
                Some(&session.organisation_id),
                AuditAction::SessionOutcomeRecorded,
                AuditRecord::Family(&session.family_id),
            ))
            .await?;
            let (due_at, channel) = self.aftercare_due(session).await?;
            self.create_follow_up(session, due_at, &channel).await?;
        }
        Ok(true)
    }

    /// The facts the policy needs about a session's call, for this actor,
    /// with the session they were read from.
    pub async fn call_facts(
        &mut self,
        actor: &Actor,
        session: &SupportSessionId,
    ) -> Result<Option<(CallFacts, SupportSession)>> {
        let Some(session) = self.support_session_by_id(session).await? else { return Ok(None) };
        let Some(family) = self.family(&session.family_id).await? else { return Ok(None) };
        let family = self.family_facts(actor, &family).await?;
        let ids: Vec<&str> = session.members.iter().map(|(id, _)| id.as_str()).collect();
        let member_of_session = !ids.is_empty()
            && self
                .fetch_optional(
                    &Query::select()
                        .column("id")
                        .from("family_members")
                        .and_where(Expr::col("id").is_in(ids))
                        .and_where(Expr::col("account_user_id").eq(actor.user_id.as_str()))
                        .to_owned(),
                )
                .await?
                .is_some();
        let facts = CallFacts {
            family,
            actor_on_session: session.staff.iter().any(|(id, _)| id == &actor.user_id),
            actor_member_of_session: member_of_session,
        };
        Ok(Some((facts, session)))
    }

    /// The translator a one-time link names, once they have accepted the
    /// undertaking: the link then opens the session's call.
    pub async fn translator_for_call(&mut self, token: &str) -> Result<Option<(Translator, SupportSession)>> {
        let Some(translator) = self.translator_by_token(token).await? else { return Ok(None) };
        if translator.accepted_at.is_none() {
            return Ok(None);
        }
        let session = self.support_session_by_id(&translator.session_id).await?;
        Ok(session.map(|s| (translator, s)))
    }

    /// A session for work that falls due with time, which has no reader.
    pub async fn session_for_due_work(&mut self, session: &SupportSessionId) -> Result<Option<SupportSession>> {
        self.support_session_by_id(session).await
    }
}
