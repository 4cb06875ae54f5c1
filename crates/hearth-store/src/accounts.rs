//! Accounts, invitations, second factors and login throttling.

use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{InvitationId, MemberId, OrganisationId, TeamId, UserId};
use sea_query::{Expr, ExprTrait, Order, Query, SelectStatement};

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct User {
    pub id: UserId,
    pub organisation_id: OrganisationId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub team_id: Option<TeamId>,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub language: Option<String>,
    pub disabled: bool,
    pub created_at: Timestamp,
}

impl User {
    /// The account as the access policy sees it when it acts.
    pub fn actor(&self) -> hearth_core::access::Actor {
        hearth_core::access::Actor {
            user_id: self.id.clone(),
            organisation_id: self.organisation_id.clone(),
            role: self.role,
            team_id: self.team_id.clone(),
        }
    }

    /// The account as the access policy sees it when it is acted on.
    pub fn account_facts(&self) -> hearth_core::access::AccountFacts {
        hearth_core::access::AccountFacts { organisation_id: self.organisation_id.clone(), user_id: self.id.clone() }
    }
}

const USER_COLUMNS: [&str; 12] = [
    "id",
    "organisation_id",
    "email",
    "display_name",
    "role",
    "team_id",
    "password_hash",
    "totp_secret",
    "totp_last_step",
    "language",
    "disabled_at",
    "created_at",
];

fn user_from(r: &sqlx::any::AnyRow) -> Result<User> {
    Ok(User {
        id: UserId::from_trusted(col::text(r, "id")?),
        organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
        email: col::text(r, "email")?,
        display_name: col::text(r, "display_name")?,
        role: Role::parse(&col::text(r, "role")?).ok_or(StoreError::Corrupt("role"))?,
        team_id: col::opt_text(r, "team_id")?.map(TeamId::from_trusted),
        password_hash: col::opt_text(r, "password_hash")?,
        totp_secret: col::opt_text(r, "totp_secret")?,
        totp_last_step: col::opt_int(r, "totp_last_step")?,
        language: col::opt_text(r, "language")?,
        disabled: col::opt_int(r, "disabled_at")?.is_some(),
        created_at: Timestamp(col::int(r, "created_at")?),
    })
}

/// What is needed to create an account directly (the demo, the CLI's first admin).
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub organisation_id: &'a OrganisationId,
    pub email: &'a EmailAddress,
    pub display_name: &'a DisplayName,
    pub role: Role,
    pub team_id: Option<&'a TeamId>,
    pub password_hash: Option<&'a str>,
    pub totp_secret: Option<&'a str>,
    pub language: Option<&'a str>,
}

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: InvitationId,
    pub organisation_id: OrganisationId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub team_id: Option<TeamId>,
    pub language: Option<String>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub accepted_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    /// For a family account: the family member it belongs to.
    pub member_id: Option<MemberId>,
}

const INVITATION_COLUMNS: [&str; 12] = [
    "member_id",
    "id",
    "organisation_id",
    "email",
    "display_name",
    "role",
    "team_id",
    "language",
    "created_at",
    "expires_at",
    "accepted_at",
    "revoked_at",
];

fn invitation_from(r: &sqlx::any::AnyRow) -> Result<Invitation> {
    Ok(Invitation {
        id: InvitationId::from_trusted(col::text(r, "id")?),
        organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
        email: col::text(r, "email")?,
        display_name: col::text(r, "display_name")?,
        role: Role::parse(&col::text(r, "role")?).ok_or(StoreError::Corrupt("role"))?,
        team_id: col::opt_text(r, "team_id")?.map(TeamId::from_trusted),
        language: col::opt_text(r, "language")?,
        created_at: Timestamp(col::int(r, "created_at")?),
        expires_at: Timestamp(col::int(r, "expires_at")?),
        accepted_at: col::opt_int(r, "accepted_at")?.map(Timestamp),
        revoked_at: col::opt_int(r, "revoked_at")?.map(Timestamp),
        member_id: col::opt_text(r, "member_id")?.map(MemberId::from_trusted),
    })
}

#[derive(Debug, Clone)]
pub struct NewInvitation<'a> {
    pub organisation_id: &'a OrganisationId,
    pub email: &'a EmailAddress,
    pub display_name: &'a DisplayName,
    pub role: Role,
    pub team_id: Option<&'a TeamId>,
    pub language: Option<&'a str>,
    pub invited_by: Option<&'a UserId>,
    pub token_digest: &'a str,
    pub valid_for_seconds: i64,
    pub member_id: Option<&'a MemberId>,
}

impl Tx {
    pub async fn user_by_email(&mut self, email: &EmailAddress) -> Result<Option<User>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(USER_COLUMNS)
                    .from("users")
                    .and_where(Expr::col("email").eq(email.as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(user_from).transpose()
    }

    pub async fn user(&mut self, id: &UserId) -> Result<Option<User>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(USER_COLUMNS)
                    .from("users")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(user_from).transpose()
    }

    pub async fn email_in_use(&mut self, email: &EmailAddress) -> Result<bool> {
        Ok(self.user_by_email(email).await?.is_some())
    }

    pub async fn create_user(&mut self, new: NewUser<'_>) -> Result<UserId> {
        if self.email_in_use(new.email).await? {
            return Err(StoreError::Conflict);
        }
        let id = UserId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("users")
                .columns([
                    "id",
                    "organisation_id",
                    "email",
                    "display_name",
                    "role",
                    "team_id",
                    "password_hash",
                    "totp_secret",
                    "language",
                    "created_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    new.organisation_id.as_str().into(),
                    new.email.as_str().into(),
                    new.display_name.as_str().into(),
                    new.role.as_str().into(),
                    new.team_id.map(|t| t.as_str().to_owned()).into(),
                    new.password_hash.map(str::to_owned).into(),
                    new.totp_secret.map(str::to_owned).into(),
                    new.language.map(str::to_owned).into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(id)
    }

    /// Accounts of the reader's organisation, for the admin's list.
    pub async fn users_of(&mut self, reader: &Actor) -> Result<Vec<User>> {
        let organisation_id = &reader.organisation_id;
        self.audit(AuditEntry::by(reader, AuditAction::AccountsListed, AuditRecord::Organisation(organisation_id)))
            .await?;
        self.users_where(organisation_id, Query::select()).await
    }

    /// Active practitioners and supervisors of one team, by name.
    pub(crate) async fn team_members(&mut self, organisation_id: &OrganisationId, team: &TeamId) -> Result<Vec<User>> {
        let mut narrow = Query::select();
        narrow
            .and_where(Expr::col("team_id").eq(team.as_str()))
            .and_where(Expr::col("role").is_in(Role::CASEWORK.map(Role::as_str)))
            .and_where(Expr::col("disabled_at").is_null());
        self.users_where(organisation_id, narrow).await
    }

    /// Accounts of one organisation, by name, narrowed by the conditions
    /// already on `query`.
    async fn users_where(&mut self, organisation_id: &OrganisationId, mut query: SelectStatement) -> Result<Vec<User>> {
        query
            .columns(USER_COLUMNS)
            .from("users")
            .and_where(Expr::col("organisation_id").eq(organisation_id.as_str()))
            .order_by("display_name", Order::Asc);
        let rows = self.fetch_all(&query).await?;
        rows.iter().map(user_from).collect()
    }

    /// Records something an account holder did to their own account.
    pub(crate) async fn audit_own_account(&mut self, user: &User, action: AuditAction) -> Result<()> {
        self.audit(AuditEntry::by_account(&user.organisation_id, &user.id, action, AuditRecord::Account(&user.id)))
            .await
    }

    /// Sets a new password, ends every session of the account and revokes
    /// its calendar feed, so a thief who had the old one is out.
    pub async fn change_password(&mut self, user: &User, hash: &str) -> Result<()> {
        self.execute(
            &Query::update()
                .table("users")
                .value("password_hash", hash)
                .and_where(Expr::col("id").eq(user.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.end_all_sessions(&user.id, None).await?;
        // A feed address is a credential too: whoever took the old password
        // may have taken it as well.
        self.execute(
            &Query::delete()
                .from_table("calendar_feeds")
                .and_where(Expr::col("user_id").eq(user.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit_own_account(user, AuditAction::PasswordChanged).await
    }

    /// Turns on the second factor: the secret, the step its first code used,
    /// and fresh recovery codes (as digests).
    pub async fn enrol_second_factor(
        &mut self,
        user: &User,
        secret_base32: &str,
        step: i64,
        recovery_digests: &[String],
    ) -> Result<()> {
        self.set_totp_secret(&user.id, secret_base32).await?;
        self.set_totp_last_step(&user.id, step).await?;
        self.replace_recovery_codes(&user.id, recovery_digests).await?;
        self.audit_own_account(user, AuditAction::SecondFactorEnrolled).await
    }

    pub(crate) async fn set_totp_secret(&mut self, user: &UserId, secret_base32: &str) -> Result<()> {
        self.execute(
            &Query::update()
                .table("users")
                .value("totp_secret", secret_base32)
                .value("totp_last_step", Option::<i64>::None)
                .and_where(Expr::col("id").eq(user.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    pub(crate) async fn set_totp_last_step(&mut self, user: &UserId, step: i64) -> Result<()> {
        self.execute(
            &Query::update()
                .table("users")
                .value("totp_last_step", step)
                .and_where(Expr::col("id").eq(user.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// Records a used TOTP step unless an equal or later one was used
    /// meanwhile; true when this call claimed it.
    pub async fn claim_totp_step(&mut self, user: &UserId, step: i64) -> Result<bool> {
        let n = self
            .execute(
                &Query::update()
                    .table("users")
                    .value("totp_last_step", step)
                    .and_where(Expr::col("id").eq(user.as_str()))
                    .cond_where(
                        sea_query::Cond::any()
                            .add(Expr::col("totp_last_step").is_null())
                            .add(Expr::col("totp_last_step").lt(step)),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(n == 1)
    }

    pub async fn set_language(&mut self, user: &User, language: &str) -> Result<()> {
        self.audit_own_account(user, AuditAction::LanguageChanged).await?;
        self.execute(
            &Query::update()
                .table("users")
                .value("language", language)
                .and_where(Expr::col("id").eq(user.id.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// Replaces every recovery code of a user with new digests.
    pub(crate) async fn replace_recovery_codes(&mut self, user: &UserId, digests: &[String]) -> Result<()> {
        self.execute(
            &Query::delete().from_table("recovery_codes").and_where(Expr::col("user_id").eq(user.as_str())).to_owned(),
        )
        .await?;
        for digest in digests {
            self.execute(
                &Query::insert()
                    .into_table("recovery_codes")
                    .columns(["user_id", "code_digest"])
                    .values_panic([user.as_str().into(), digest.as_str().into()])
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    /// Spends a recovery code; true if it existed and was unused.
    pub async fn spend_recovery_code(&mut self, user: &UserId, digest: &str) -> Result<bool> {
        let now = self.now().millis();
        let changed = self
            .execute(
                &Query::update()
                    .table("recovery_codes")
                    .value("used_at", now)
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("code_digest").eq(digest))
                    .and_where(Expr::col("used_at").is_null())
                    .to_owned(),
            )
            .await?;
        Ok(changed == 1)
    }

    pub async fn unused_recovery_codes(&mut self, user: &UserId) -> Result<i64> {
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("code_digest").count(), "n")
                    .from("recovery_codes")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("used_at").is_null())
                    .to_owned(),
            )
            .await?;
        col::int(&row, "n")
    }

    /// Disables an account and ends all of its sessions at once; `by` is
    /// the admin, or nobody for the command line.
    pub async fn disable_user(&mut self, by: Option<&Actor>, account: &User) -> Result<()> {
        let user = &account.id;
        let record = AuditRecord::Account(user);
        self.audit(match by {
            Some(admin) => AuditEntry::by(admin, AuditAction::AccountDisabled, record),
            None => AuditEntry::anonymous(Some(&account.organisation_id), AuditAction::AccountDisabled, record)
                .because("command line"),
        })
        .await?;
        let now = self.now().millis();
        self.execute(
            &Query::update()
                .table("users")
                .value("disabled_at", now)
                .and_where(Expr::col("id").eq(user.as_str()))
                .and_where(Expr::col("disabled_at").is_null())
                .to_owned(),
        )
        .await?;
        self.end_all_sessions(user, None).await?;
        Ok(())
    }

    pub async fn create_invitation(&mut self, new: NewInvitation<'_>) -> Result<InvitationId> {
        let id = InvitationId::generate()?;
        let now = self.now();
        self.execute(
            &Query::insert()
                .into_table("invitations")
                .columns([
                    "id",
                    "organisation_id",
                    "email",
                    "display_name",
                    "role",
                    "team_id",
                    "token_digest",
                    "invited_by",
                    "language",
                    "created_at",
                    "expires_at",
                    "member_id",
                ])
                .values_panic([
                    id.as_str().into(),
                    new.organisation_id.as_str().into(),
                    new.email.as_str().into(),
                    new.display_name.as_str().into(),
                    new.role.as_str().into(),
                    new.team_id.map(|t| t.as_str().to_owned()).into(),
                    new.token_digest.into(),
                    new.invited_by.map(|u| u.as_str().to_owned()).unwrap_or_default().into(),
                    new.language.map(str::to_owned).into(),
                    now.millis().into(),
                    now.plus_seconds(new.valid_for_seconds).millis().into(),
                    new.member_id.map(|m| m.as_str().to_owned()).into(),
                ])
                .to_owned(),
        )
        .await?;
        let record = AuditRecord::Invitation(&id);
        self.audit(match new.invited_by {
            Some(by) => AuditEntry::by_account(new.organisation_id, by, AuditAction::AccountInvited, record),
            None => AuditEntry::anonymous(Some(new.organisation_id), AuditAction::AccountInvited, record),
        })
        .await?;
        Ok(id)
    }

    /// An invitation that can still be accepted.
    pub async fn open_invitation(&mut self, token_digest: &str) -> Result<Option<Invitation>> {
        let now = self.now().millis();
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(INVITATION_COLUMNS)
                    .from("invitations")
                    .and_where(Expr::col("token_digest").eq(token_digest))
                    .and_where(Expr::col("accepted_at").is_null())
                    .and_where(Expr::col("revoked_at").is_null())
                    .and_where(Expr::col("expires_at").gt(now))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(invitation_from).transpose()
    }

    /// Marks an invitation used by the account it created, with its password.
    pub async fn mark_invitation_accepted(&mut self, invitation: &Invitation, account: &UserId) -> Result<()> {
        let id = &invitation.id;
        self.audit(AuditEntry::by_account(
            &invitation.organisation_id,
            account,
            AuditAction::PasswordSet,
            AuditRecord::Account(account),
        ))
        .await?;
        let now = self.now().millis();
        self.execute(
            &Query::update()
                .table("invitations")
                .value("accepted_at", now)
                .and_where(Expr::col("id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    pub async fn revoke_invitation(&mut self, admin: &Actor, id: &InvitationId) -> Result<bool> {
        let organisation_id = &admin.organisation_id;
        let now = self.now().millis();
        let n = self
            .execute(
                &Query::update()
                    .table("invitations")
                    .value("revoked_at", now)
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(organisation_id.as_str()))
                    .and_where(Expr::col("accepted_at").is_null())
                    .to_owned(),
            )
            .await?;
        if n == 1 {
            self.audit(AuditEntry::by(admin, AuditAction::InvitationRevoked, AuditRecord::Invitation(id))).await?;
        }
        Ok(n == 1)
    }

    /// The reader's organisation's invitations, for the admin's list.
    pub async fn invitations_of(&mut self, reader: &Actor) -> Result<Vec<Invitation>> {
        let organisation_id = &reader.organisation_id;
        self.audit(AuditEntry::by(reader, AuditAction::AccountsListed, AuditRecord::Invitations(organisation_id)))
            .await?;
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(INVITATION_COLUMNS)
                    .from("invitations")
                    .and_where(Expr::col("organisation_id").eq(organisation_id.as_str()))
                    .order_by("created_at", Order::Desc)
                    .limit(200)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(invitation_from).collect()
    }

    /// Records a failed attempt; `device` names a browser that signed in to
    /// the account before (see `recent_login_failures`).
    pub async fn record_login_failure(
        &mut self,
        account_digest: &str,
        address_digest: &str,
        device: Option<&str>,
    ) -> Result<()> {
        let id = UserId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("login_failures")
                .columns(["id", "account_digest", "address_digest", "device", "at"])
                .values_panic([
                    id.as_str().into(),
                    account_digest.into(),
                    address_digest.into(),
                    device.map(str::to_owned).into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// Failures since `since` for an account and for an address. From a
    /// known browser (`device`) only that browser's failures count for the
    /// account; from anywhere else, only failures from unknown browsers: so
    /// guessing from elsewhere never locks the owner out of their own device.
    pub async fn recent_login_failures(
        &mut self,
        account_digest: &str,
        address_digest: &str,
        device: Option<&str>,
        since: Timestamp,
    ) -> Result<(i64, i64)> {
        let count = async |tx: &mut Self, condition: sea_query::Condition| -> Result<i64> {
            let row = tx
                .fetch_one(
                    &Query::select()
                        .expr_as(Expr::col("id").count(), "n")
                        .from("login_failures")
                        .cond_where(condition)
                        .and_where(Expr::col("at").gte(since.millis()))
                        .to_owned(),
                )
                .await?;
            col::int(&row, "n")
        };
        let same_device = match device {
            Some(d) => Expr::col("device").eq(d),
            None => Expr::col("device").is_null(),
        };
        let account = count(
            self,
            sea_query::Condition::all().add(Expr::col("account_digest").eq(account_digest)).add(same_device),
        )
        .await?;
        let address =
            count(self, sea_query::Condition::all().add(Expr::col("address_digest").eq(address_digest))).await?;
        Ok((account, address))
    }

    pub async fn clear_login_failures(&mut self, account_digest: &str) -> Result<()> {
        self.execute(
            &Query::delete()
                .from_table("login_failures")
                .and_where(Expr::col("account_digest").eq(account_digest))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}

impl Tx {
    /// The open invitation of a family member, if one was sent.
    pub async fn open_invitation_for_member(&mut self, member: &MemberId) -> Result<Option<Invitation>> {
        let now = self.now().millis();
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(INVITATION_COLUMNS)
                    .from("invitations")
                    .and_where(Expr::col("member_id").eq(member.as_str()))
                    .and_where(Expr::col("accepted_at").is_null())
                    .and_where(Expr::col("revoked_at").is_null())
                    .and_where(Expr::col("expires_at").gt(now))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(invitation_from).transpose()
    }
}
