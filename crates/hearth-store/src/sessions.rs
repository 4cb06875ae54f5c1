//! Server-side sessions. The cookie holds a random token; the database holds
//! only its digest, so every process behind a load balancer sees the same
//! sessions and a copy of the database cannot be used to sign in.

use hearth_core::accounts::SessionLifetime;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::UserId;
use hearth_core::secrets::{new_token, token_digest};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::accounts::User;
use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, StoreError, Tx, col};

impl crate::Store {
    /// Moves a session's last-seen time on, when it is due (see
    /// `TOUCH_EVERY_SECONDS`), for sessions resumed in a reading transaction.
    /// Whether `touch_session` would write: a session is touched at most
    /// once every few minutes, so most requests only read.
    pub fn touch_due(&self, session: &Session) -> bool {
        self.now().millis() - session.last_seen_at.millis() >= TOUCH_EVERY_SECONDS * 1000
    }

    pub async fn touch_session(&self, session: &Session) -> Result<()> {
        if !self.touch_due(session) {
            return Ok(());
        }
        let now = self.now();
        let mut tx = self.begin().await?;
        tx.execute(
            &Query::update()
                .table("sessions")
                .value("last_seen_at", now.millis())
                .and_where(Expr::col("id").eq(session.id.as_str()))
                .to_owned(),
        )
        .await?;
        tx.commit().await
    }
}

/// How far through signing in a session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStage {
    /// Password accepted; the one-time code is still to come.
    SecondFactor,
    /// Password accepted, but a staff account must enrol a second factor first.
    EnrolSecondFactor,
    /// Fully signed in.
    Complete,
}

impl SessionStage {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SecondFactor => "second_factor",
            Self::EnrolSecondFactor => "enrol",
            Self::Complete => "complete",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "second_factor" => Some(Self::SecondFactor),
            "enrol" => Some(Self::EnrolSecondFactor),
            "complete" => Some(Self::Complete),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Session {
    /// The digest of the cookie token; safe to show in a revoke form.
    pub id: String,
    pub user_id: UserId,
    pub stage: SessionStage,
    pub device: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    /// A second-factor secret shown during enrolment, kept until confirmed.
    pub pending_secret: Option<String>,
}

fn session_from(r: &sqlx::any::AnyRow) -> Result<Session> {
    Ok(Session {
        id: col::text(r, "id")?,
        user_id: UserId::from_trusted(col::text(r, "user_id")?),
        stage: SessionStage::parse(&col::text(r, "stage")?).ok_or(StoreError::Corrupt("stage"))?,
        device: col::text(r, "device")?,
        created_at: Timestamp(col::int(r, "created_at")?),
        last_seen_at: Timestamp(col::int(r, "last_seen_at")?),
        pending_secret: col::opt_text(r, "pending_secret")?,
    })
}

const SESSION_COLUMNS: [&str; 7] = ["id", "user_id", "stage", "device", "created_at", "last_seen_at", "pending_secret"];

/// Only write `last_seen_at` when it has moved this far, so reading pages does
/// not turn every request into a write.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// How a sign-in attempt ended, for the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInRefusal {
    /// Too many recent failures for the account or the address.
    Throttled,
    /// A wrong password, an unknown address or a disabled account.
    WrongPassword,
    /// A wrong second-factor or recovery code.
    WrongCode,
}

/// Why a session ends at the person's own request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOut {
    Logout,
    /// The family portal's quick exit.
    QuickExit,
}

impl Tx {
    /// Records a refused re-authentication by a signed-in person: a wrong
    /// password or code, or one refused because of too many of them.
    pub async fn record_reauthentication_refused(&mut self, user: &User, throttled: bool) -> Result<()> {
        let action =
            if throttled { AuditAction::ReauthenticationThrottled } else { AuditAction::ReauthenticationFailed };
        self.audit_own_account(user, action).await
    }

    /// Records a refused sign-in: `account` is the account the attempt
    /// named, when there is one.
    pub async fn record_sign_in_refused(&mut self, account: Option<&User>, refusal: SignInRefusal) -> Result<()> {
        let action = match refusal {
            SignInRefusal::Throttled => AuditAction::LoginThrottled,
            SignInRefusal::WrongPassword | SignInRefusal::WrongCode => AuditAction::LoginFailed,
        };
        let entry = match account {
            Some(user) => AuditEntry::anonymous(Some(&user.organisation_id), action, AuditRecord::Account(&user.id)),
            None => AuditEntry::anonymous(None, action, AuditRecord::UnknownAccount),
        };
        self.audit(entry).await
    }

    /// Starts a session and returns the token for the cookie. A session that
    /// starts complete is a sign-in, and is recorded as one.
    pub async fn start_session(&mut self, user: &User, stage: SessionStage, device: &str) -> Result<String> {
        if stage == SessionStage::Complete {
            self.record_signed_in(user, false).await?;
        }
        let user = &user.id;
        let token = new_token()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("sessions")
                .columns(["id", "user_id", "stage", "device", "created_at", "last_seen_at"])
                .values_panic([
                    token_digest(&token).into(),
                    user.as_str().into(),
                    stage.as_str().into(),
                    device.chars().take(120).collect::<String>().into(),
                    now.into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(token)
    }

    /// Finds the live session for a cookie token and its user; ends it if it
    /// has timed out or the account is disabled.
    pub async fn resume_session(&mut self, token: &str, lifetime: SessionLifetime) -> Result<Option<(Session, User)>> {
        let digest = token_digest(token);
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(SESSION_COLUMNS)
                    .from("sessions")
                    .and_where(Expr::col("id").eq(&digest))
                    .to_owned(),
            )
            .await?;
        let Some(session) = row.as_ref().map(session_from).transpose()? else {
            return Ok(None);
        };
        let now = self.now();
        let Some(user) = self.user(&session.user_id).await? else {
            return Ok(None);
        };
        if user.disabled || !lifetime.is_live(session.created_at, session.last_seen_at, now) {
            if !self.is_reading() {
                self.end_session_by_id(&digest).await?;
            }
            return Ok(None);
        }
        // A reading transaction leaves the write to `touch_session`.
        if !self.is_reading() && now.millis() - session.last_seen_at.millis() >= TOUCH_EVERY_SECONDS * 1000 {
            self.execute(
                &Query::update()
                    .table("sessions")
                    .value("last_seen_at", now.millis())
                    .and_where(Expr::col("id").eq(&digest))
                    .to_owned(),
            )
            .await?;
        }
        Ok(Some((session, user)))
    }

    /// The second factor (or its enrolment) is done: the session is complete.
    /// Completes a sign-in after the second factor, under a new session
    /// identifier: a token seen before the step (a fixed or leaked cookie)
    /// never becomes a signed-in session. Returns the new token.
    pub async fn complete_sign_in(
        &mut self,
        user: &User,
        session_id: &str,
        with_recovery_code: bool,
    ) -> Result<String> {
        let token = self.renew_session(session_id, Some(SessionStage::Complete)).await?;
        self.record_signed_in(user, with_recovery_code).await?;
        Ok(token)
    }

    /// Gives a session a new identifier (and, when given, a new stage) after
    /// a step that raises what it may do: a second factor, break-glass
    /// access. Returns the new token for the cookie.
    pub async fn renew_session(&mut self, session_id: &str, stage: Option<SessionStage>) -> Result<String> {
        let token = new_token()?;
        let mut update = Query::update();
        update.table("sessions").value("id", token_digest(&token)).and_where(Expr::col("id").eq(session_id));
        if let Some(stage) = stage {
            update.value("stage", stage.as_str());
        }
        self.execute(&update).await?;
        Ok(token)
    }

    async fn record_signed_in(&mut self, user: &User, with_recovery_code: bool) -> Result<()> {
        if with_recovery_code {
            self.audit_own_account(user, AuditAction::RecoveryCodeUsed).await?;
        }
        self.audit_own_account(user, AuditAction::LoginSucceeded).await
    }

    /// Ends the session the person is using, at their request.
    pub async fn sign_out(&mut self, session: &Session, user: &User, why: SignOut) -> Result<()> {
        self.end_session_by_id(&session.id).await?;
        let action = match why {
            SignOut::Logout => AuditAction::Logout,
            SignOut::QuickExit => AuditAction::QuickExit,
        };
        self.audit_own_account(user, action).await
    }

    pub async fn set_pending_secret(&mut self, session_id: &str, secret: Option<&str>) -> Result<()> {
        self.execute(
            &Query::update()
                .table("sessions")
                .value("pending_secret", secret.map(str::to_owned))
                .and_where(Expr::col("id").eq(session_id))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    pub(crate) async fn end_session_by_id(&mut self, session_id: &str) -> Result<()> {
        self.execute(&Query::delete().from_table("sessions").and_where(Expr::col("id").eq(session_id)).to_owned())
            .await?;
        Ok(())
    }

    /// Ends one of the user's own sessions; false if it was not theirs.
    pub async fn end_own_session(&mut self, owner: &User, session_id: &str) -> Result<bool> {
        let user = &owner.id;
        let n = self
            .execute(
                &Query::delete()
                    .from_table("sessions")
                    .and_where(Expr::col("id").eq(session_id))
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        if n == 1 {
            self.record_session_revoked(owner).await?;
        }
        Ok(n == 1)
    }

    /// Ends every session of the person but the one they are using.
    pub async fn end_other_sessions(&mut self, owner: &User, keep: &str) -> Result<u64> {
        let ended = self.end_all_sessions(&owner.id, Some(keep)).await?;
        self.record_session_revoked(owner).await?;
        Ok(ended)
    }

    async fn record_session_revoked(&mut self, owner: &User) -> Result<()> {
        self.audit_own_account(owner, AuditAction::SessionRevoked).await
    }

    /// Ends every session of a user, optionally keeping one.
    pub(crate) async fn end_all_sessions(&mut self, user: &UserId, keep: Option<&str>) -> Result<u64> {
        let mut stmt =
            Query::delete().from_table("sessions").and_where(Expr::col("user_id").eq(user.as_str())).to_owned();
        if let Some(keep) = keep {
            stmt.and_where(Expr::col("id").ne(keep));
        }
        self.execute(&stmt).await
    }

    pub async fn sessions_of(&mut self, user: &UserId) -> Result<Vec<Session>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(SESSION_COLUMNS)
                    .from("sessions")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("stage").eq(SessionStage::Complete.as_str()))
                    .order_by("last_seen_at", Order::Desc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(session_from).collect()
    }
}
