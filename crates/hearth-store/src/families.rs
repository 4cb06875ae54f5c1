//! Family files, as far as access needs them: the family, its team, who is
//! assigned, and break-glass grants.

use hearth_core::access::{Actor, FamilyFacts, FamilyScope, FamilyVisibility};
use hearth_core::accounts::Role;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::families::{
    Assignment, BreakGlassReason, ClosingReason, FamilyName, FamilyStatus, IdentityVerification, MemberName,
    MemberRole, Whereabouts,
};
use hearth_core::ids::{EventId, FamilyId, MemberId, OrganisationId, TeamId, UserId};
use sea_query::{Cond, Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::{AuditEntry, PageRequest, Paged, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct Family {
    pub id: FamilyId,
    pub organisation_id: OrganisationId,
    pub team_id: Option<TeamId>,
    pub name: String,
    pub created_at: Timestamp,
    pub status: FamilyStatus,
    pub last_contact_at: Option<Timestamp>,
    pub next_review_at: Option<Timestamp>,
}

#[derive(Debug, Clone)]
pub struct AssignedWorker {
    pub user_id: UserId,
    pub display_name: String,
    pub assignment: Assignment,
}

fn family_from(r: &sqlx::any::AnyRow) -> Result<Family> {
    Ok(Family {
        id: FamilyId::from_trusted(col::text(r, "id")?),
        organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
        team_id: col::opt_text(r, "team_id")?.map(TeamId::from_trusted),
        name: col::text(r, "name")?,
        created_at: Timestamp(col::int(r, "created_at")?),
        status: FamilyStatus::parse(&col::text(r, "status")?).ok_or(StoreError::Corrupt("status"))?,
        last_contact_at: col::opt_int(r, "last_contact_at")?.map(Timestamp),
        next_review_at: col::opt_int(r, "next_review_at")?.map(Timestamp),
    })
}

const FAMILY_COLUMNS: [(&str, &str); 8] = [
    ("families", "id"),
    ("families", "organisation_id"),
    ("families", "team_id"),
    ("families", "name"),
    ("families", "created_at"),
    ("families", "status"),
    ("families", "last_contact_at"),
    ("families", "next_review_at"),
];

/// Which part of a family file a page reads, as the audit trail names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FamilyReading {
    File,
    Assessments,
    Session,
}

/// Proof that the reading of one family file is in the audit trail: only
/// [`Tx::read_family`] (and the store's own work) makes one, and every
/// reader of family data takes it.
#[derive(Debug)]
pub struct FamilyRead {
    family: FamilyId,
}

impl FamilyRead {
    pub fn family(&self) -> &FamilyId {
        &self.family
    }

    /// For the store's own work (due work, seeding), which records what it
    /// does in its own audit rows.
    pub(crate) fn by_the_store(family: &FamilyId) -> Self {
        Self { family: family.clone() }
    }
}

/// What the caseload is narrowed to, besides the actor's scope.
#[derive(Debug, Clone, Copy, Default)]
pub struct CaseloadFilter<'a> {
    pub name_contains: Option<&'a str>,
    pub status: Option<FamilyStatus>,
}

/// The policy's family scope as SQL over `families`: the one translation,
/// used by every list of families.
pub(crate) fn scope_condition(scope: &FamilyScope, now: Timestamp) -> Cond {
    let mut any = Cond::any();
    for visibility in &scope.any_of {
        any = any.add(match visibility {
            FamilyVisibility::AssignedTo(user) => Expr::col(("families", "id")).in_subquery(
                Query::select()
                    .column("family_id")
                    .from("family_assignments")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .to_owned(),
            ),
            FamilyVisibility::BreakGlassOpenFor(user) => Expr::col(("families", "id")).in_subquery(
                Query::select()
                    .column("family_id")
                    .from("break_glass_grants")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("expires_at").gt(now.millis()))
                    .to_owned(),
            ),
            FamilyVisibility::InTeam(team) => Expr::col(("families", "team_id")).eq(team.as_str()),
        });
    }
    any
}

/// How long a break-glass grant lasts before the reason must be given again.
pub const BREAK_GLASS_SECONDS: i64 = 8 * 60 * 60;

impl Tx {
    /// Opens a family file. A practitioner who opens it becomes its lead.
    pub async fn create_family(&mut self, actor: &Actor, name: &FamilyName, team: Option<&TeamId>) -> Result<FamilyId> {
        let id = FamilyId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("families")
                .columns(["id", "organisation_id", "team_id", "name", "created_by", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    team.map(|t| t.as_str().to_owned()).into(),
                    name.as_str().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::FamilyCreated, AuditRecord::Family(&id))).await?;
        if actor.role == Role::Practitioner {
            self.assign(actor, &id, &actor.user_id, Assignment::Lead).await?;
        }
        Ok(id)
    }

    pub async fn family(&mut self, id: &FamilyId) -> Result<Option<Family>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(FAMILY_COLUMNS)
                    .from("families")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    // An erased file kept for statistics is gone for every page.
                    .and_where(Expr::col("erased_at").is_null())
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(family_from).transpose()
    }

    /// The facts the policy needs about a family, for this actor.
    pub async fn family_facts(&mut self, actor: &Actor, family: &Family) -> Result<FamilyFacts> {
        let assigned = self
            .fetch_optional(
                &Query::select()
                    .column("user_id")
                    .from("family_assignments")
                    .and_where(Expr::col("family_id").eq(family.id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .to_owned(),
            )
            .await?
            .is_some();
        let now = self.now().millis();
        let glass = self
            .fetch_optional(
                &Query::select()
                    .column("id")
                    .from("break_glass_grants")
                    .and_where(Expr::col("family_id").eq(family.id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("expires_at").gt(now))
                    .to_owned(),
            )
            .await?
            .is_some();
        Ok(FamilyFacts {
            organisation_id: family.organisation_id.clone(),
            team_id: family.team_id.clone(),
            actor_assigned: assigned,
            actor_break_glass_open: glass,
        })
    }

    pub async fn assigned_workers(&mut self, read: &FamilyRead) -> Result<Vec<AssignedWorker>> {
        let family = read.family();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("family_assignments", "user_id"), ("family_assignments", "assignment")])
                    .column(("users", "display_name"))
                    .from("family_assignments")
                    .inner_join("users", Expr::col(("users", "id")).equals(("family_assignments", "user_id")))
                    .and_where(Expr::col(("family_assignments", "family_id")).eq(family.as_str()))
                    .order_by(("family_assignments", "assignment"), Order::Desc)
                    .order_by(("users", "display_name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AssignedWorker {
                    user_id: UserId::from_trusted(col::text(r, "user_id")?),
                    display_name: col::text(r, "display_name")?,
                    assignment: Assignment::parse(&col::text(r, "assignment")?)
                        .ok_or(StoreError::Corrupt("assignment"))?,
                })
            })
            .collect()
    }

    /// Records in the trail that `actor` reads a family file, and hands back
    /// the proof the store's readers of family data ask for: a page cannot
    /// read a file without this row being written in the same transaction.
    pub async fn read_family(&mut self, actor: &Actor, family: &FamilyId) -> Result<FamilyRead> {
        self.read_family_for(actor, family, FamilyReading::File).await
    }

    /// [`Tx::read_family`], naming which part of the file is read.
    pub async fn read_family_for(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        reading: FamilyReading,
    ) -> Result<FamilyRead> {
        let action = match reading {
            FamilyReading::File => AuditAction::FamilyViewed,
            FamilyReading::Assessments => AuditAction::AssessmentViewed,
            FamilyReading::Session => AuditAction::SessionViewed,
        };
        self.audit(AuditEntry::by(actor, action, AuditRecord::Family(family))).await?;
        Ok(FamilyRead { family: family.clone() })
    }

    /// One page of the families in the actor's scope (see
    /// [`hearth_core::access::family_scope`]), by name, with the total.
    pub async fn caseload(
        &mut self,
        actor: &Actor,
        scope: &FamilyScope,
        filter: &CaseloadFilter<'_>,
        page: PageRequest,
    ) -> Result<Paged<Family>> {
        self.audit(AuditEntry::by(actor, AuditAction::FamilyListed, AuditRecord::Caseload(&actor.user_id))).await?;
        if scope.is_empty() {
            return Ok(Paged::empty(page));
        }
        let mut matching = Cond::all()
            .add(Expr::col(("families", "organisation_id")).eq(scope.organisation_id.as_str()))
            .add(Expr::col(("families", "erased_at")).is_null())
            .add(scope_condition(scope, self.now()));
        if let Some(needle) = filter.name_contains.map(str::trim).filter(|n| !n.is_empty()) {
            matching = matching.add(
                Expr::expr(sea_query::Func::lower(Expr::col(("families", "name"))))
                    .like(crate::containing(&needle.to_lowercase())),
            );
        }
        if let Some(status) = filter.status {
            matching = matching.add(Expr::col(("families", "status")).eq(status.as_str()));
        }
        let total = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col(("families", "id")).count(), "n")
                    .from("families")
                    .cond_where(matching.clone())
                    .to_owned(),
            )
            .await?;
        let total = u64::try_from(col::int(&total, "n")?).unwrap_or(0);
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(FAMILY_COLUMNS)
                    .from("families")
                    .cond_where(matching)
                    .order_by(("families", "name"), Order::Asc)
                    .order_by(("families", "id"), Order::Asc)
                    .limit(page.size())
                    .offset(page.offset())
                    .to_owned(),
            )
            .await?;
        let items = rows.iter().map(family_from).collect::<Result<Vec<_>>>()?;
        Ok(Paged { items, total, page })
    }

    pub async fn assign(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        worker: &UserId,
        assignment: Assignment,
    ) -> Result<()> {
        let now = self.now().millis();
        self.execute(
            &Query::delete()
                .from_table("family_assignments")
                .and_where(Expr::col("family_id").eq(family.as_str()))
                .and_where(Expr::col("user_id").eq(worker.as_str()))
                .to_owned(),
        )
        .await?;
        if assignment == Assignment::Lead {
            // One lead at a time: a previous lead stays on as a co-worker.
            self.execute(
                &Query::update()
                    .table("family_assignments")
                    .value("assignment", Assignment::CoWorker.as_str())
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .and_where(Expr::col("assignment").eq(Assignment::Lead.as_str()))
                    .to_owned(),
            )
            .await?;
        }
        self.execute(
            &Query::insert()
                .into_table("family_assignments")
                .columns(["family_id", "user_id", "assignment", "assigned_at"])
                .values_panic([family.as_str().into(), worker.as_str().into(), assignment.as_str().into(), now.into()])
                .to_owned(),
        )
        .await?;
        let detail = format!("{} {}", assignment.as_str(), worker.as_str());
        self.audit(AuditEntry::by(actor, AuditAction::FamilyAssigned, AuditRecord::Family(family)).because(&detail))
            .await
    }

    pub async fn unassign(&mut self, actor: &Actor, family: &FamilyId, worker: &UserId) -> Result<bool> {
        let n = self
            .execute(
                &Query::delete()
                    .from_table("family_assignments")
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .and_where(Expr::col("user_id").eq(worker.as_str()))
                    .to_owned(),
            )
            .await?;
        if n == 1 {
            self.audit(
                AuditEntry::by(actor, AuditAction::FamilyUnassigned, AuditRecord::Family(family))
                    .because(worker.as_str()),
            )
            .await?;
        }
        Ok(n == 1)
    }

    /// Opens a family file under break-glass: records the grant with its
    /// reason, names it in the trail, and tells the team's supervisors in the app.
    pub async fn open_break_glass(&mut self, actor: &Actor, family: &Family, reason: &BreakGlassReason) -> Result<()> {
        let id = FamilyId::generate()?;
        let now = self.now();
        self.execute(
            &Query::insert()
                .into_table("break_glass_grants")
                .columns(["id", "family_id", "user_id", "reason", "opened_at", "expires_at"])
                .values_panic([
                    id.as_str().into(),
                    family.id.as_str().into(),
                    actor.user_id.as_str().into(),
                    reason.as_str().into(),
                    now.millis().into(),
                    now.plus_seconds(BREAK_GLASS_SECONDS).millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(
            // The grant's id, not the reason: the trail holds nothing anyone
            // typed, and the reason goes when the file is erased.
            AuditEntry::by(actor, AuditAction::BreakGlassOpened, AuditRecord::Family(&family.id)).because(id.as_str()),
        )
        .await?;
        for supervisor in self.supervisors_for(actor, family.team_id.as_ref()).await? {
            if supervisor != actor.user_id {
                self.notify(
                    &actor.organisation_id,
                    &supervisor,
                    crate::notifications::NotificationKind::BreakGlass,
                    Some(&family.id),
                    Some(&actor.user_id),
                )
                .await?;
            }
        }
        Ok(())
    }

    /// The supervisors to tell about a family: its team's, or, when it has
    /// none, the actor's own supervisors. Never anyone else.
    pub(crate) async fn supervisors_for(&mut self, actor: &Actor, family_team: Option<&TeamId>) -> Result<Vec<UserId>> {
        self.supervisors_of(&actor.organisation_id, &[family_team, actor.team_id.as_ref()]).await
    }

    /// The active supervisors of the first of `teams` that has any.
    pub(crate) async fn supervisors_of(
        &mut self,
        organisation: &OrganisationId,
        teams: &[Option<&TeamId>],
    ) -> Result<Vec<UserId>> {
        let base = Query::select()
            .column("id")
            .from("users")
            .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
            .and_where(Expr::col("role").eq(Role::Supervisor.as_str()))
            .and_where(Expr::col("disabled_at").is_null())
            .to_owned();
        for team in teams.iter().flatten() {
            let rows =
                self.fetch_all(&base.clone().and_where(Expr::col("team_id").eq(team.as_str())).to_owned()).await?;
            if !rows.is_empty() {
                return rows.iter().map(|r| Ok(UserId::from_trusted(col::text(r, "id")?))).collect();
            }
        }
        Ok(Vec::new())
    }

    /// Staff of an organisation who can be assigned to families.
    pub async fn assignable_staff(&mut self, organisation_id: &OrganisationId) -> Result<Vec<(UserId, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "display_name"])
                    .from("users")
                    .and_where(Expr::col("organisation_id").eq(organisation_id.as_str()))
                    .and_where(Expr::col("role").is_in(Role::CASEWORK.map(Role::as_str)))
                    .and_where(Expr::col("disabled_at").is_null())
                    .order_by("display_name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok((UserId::from_trusted(col::text(r, "id")?), col::text(r, "display_name")?))).collect()
    }
}

/// A member of a family, as the file shows them.
#[derive(Debug, Clone)]
pub struct Member {
    pub id: MemberId,
    pub family_id: FamilyId,
    pub name: String,
    pub role: MemberRole,
    pub languages: String,
    pub needs_translator: bool,
    pub whereabouts: Option<Whereabouts>,
    pub contact_preferences: Option<String>,
    pub account_user_id: Option<UserId>,
    pub verification: IdentityVerification,
    pub verified_by_name: Option<String>,
    pub verified_at: Option<Timestamp>,
}

/// What a practitioner records about a member.
#[derive(Debug, Clone)]
pub struct MemberDetails {
    pub name: MemberName,
    pub role: MemberRole,
    /// Free text, e.g. "Arabic, Dutch".
    pub languages: String,
    pub needs_translator: bool,
    /// Only meaningful for the person of concern.
    pub whereabouts: Option<Whereabouts>,
    pub contact_preferences: Option<String>,
}

/// One entry of a file's own history (status changes, members added).
#[derive(Debug, Clone)]
pub struct FamilyEvent {
    pub at: Timestamp,
    pub actor_name: Option<String>,
    pub kind: String,
    pub detail: Option<String>,
}

/// How two members are related, read "from is <kind> of to".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationshipKind {
    ParentOf,
    ChildOf,
    SiblingOf,
    PartnerOf,
    RelativeOf,
    FriendOf,
}

impl RelationshipKind {
    pub const ALL: [RelationshipKind; 6] =
        [Self::ParentOf, Self::ChildOf, Self::SiblingOf, Self::PartnerOf, Self::RelativeOf, Self::FriendOf];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ParentOf => "parent_of",
            Self::ChildOf => "child_of",
            Self::SiblingOf => "sibling_of",
            Self::PartnerOf => "partner_of",
            Self::RelativeOf => "relative_of",
            Self::FriendOf => "friend_of",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

#[derive(Debug, Clone)]
pub struct Relationship {
    pub from_name: String,
    pub to_name: String,
    pub kind: RelationshipKind,
}

const MEMBER_COLUMNS: [(&str, &str); 11] = [
    ("family_members", "id"),
    ("family_members", "family_id"),
    ("family_members", "name"),
    ("family_members", "role"),
    ("family_members", "languages"),
    ("family_members", "needs_translator"),
    ("family_members", "whereabouts"),
    ("family_members", "contact_preferences"),
    ("family_members", "account_user_id"),
    ("family_members", "verification"),
    ("family_members", "verified_at"),
];

fn member_from(r: &sqlx::any::AnyRow) -> Result<Member> {
    Ok(Member {
        id: MemberId::from_trusted(col::text(r, "id")?),
        family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
        name: col::text(r, "name")?,
        role: MemberRole::parse(&col::text(r, "role")?).ok_or(StoreError::Corrupt("role"))?,
        languages: col::text(r, "languages")?,
        needs_translator: col::int(r, "needs_translator")? != 0,
        whereabouts: col::opt_text(r, "whereabouts")?.as_deref().and_then(Whereabouts::parse),
        contact_preferences: col::opt_text(r, "contact_preferences")?,
        account_user_id: col::opt_text(r, "account_user_id")?.map(UserId::from_trusted),
        verification: IdentityVerification::parse(&col::text(r, "verification")?)
            .ok_or(StoreError::Corrupt("verification"))?,
        verified_by_name: col::opt_text(r, "verified_by_name")?,
        verified_at: col::opt_int(r, "verified_at")?.map(Timestamp),
    })
}

impl Tx {
    pub(crate) async fn record_event(
        &mut self,
        family: &FamilyId,
        actor: &Actor,
        kind: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        let id = EventId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("family_events")
                .columns(["id", "family_id", "at", "actor_id", "kind", "detail"])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    now.into(),
                    actor.user_id.as_str().into(),
                    kind.into(),
                    detail.map(str::to_owned).into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// Moves a file to another status. The caller has checked the move is allowed.
    pub async fn change_status(
        &mut self,
        actor: &Actor,
        family: &Family,
        next: FamilyStatus,
        reason: Option<&ClosingReason>,
    ) -> Result<()> {
        self.execute(
            &Query::update()
                .table("families")
                .value("status", next.as_str())
                .and_where(Expr::col("id").eq(family.id.as_str()))
                .to_owned(),
        )
        .await?;
        let detail = format!("{}>{}", family.status.as_str(), next.as_str());
        self.record_event(&family.id, actor, "status_changed", Some(&detail)).await?;
        if let Some(reason) = reason {
            self.record_event(&family.id, actor, "closing_reason", Some(reason.as_str())).await?;
        }
        self.audit(
            AuditEntry::by(actor, AuditAction::FamilyStatusChanged, AuditRecord::Family(&family.id)).because(&detail),
        )
        .await
    }

    pub async fn set_next_review(&mut self, actor: &Actor, family: &FamilyId, at: Option<Timestamp>) -> Result<()> {
        self.execute(
            &Query::update()
                .table("families")
                .value("next_review_at", at.map(Timestamp::millis))
                .and_where(Expr::col("id").eq(family.as_str()))
                .to_owned(),
        )
        .await?;
        self.record_event(
            family,
            actor,
            "review_planned",
            at.map(|t| hearth_core::wellbeing::LocalDate::of_stored(t).to_string()).as_deref(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::FamilyReviewPlanned, AuditRecord::Family(family))).await
    }

    pub async fn add_member(&mut self, actor: &Actor, family: &FamilyId, details: &MemberDetails) -> Result<MemberId> {
        let id = MemberId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("family_members")
                .columns([
                    "id",
                    "family_id",
                    "name",
                    "role",
                    "languages",
                    "needs_translator",
                    "whereabouts",
                    "contact_preferences",
                    "verification",
                    "created_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    details.name.as_str().into(),
                    details.role.as_str().into(),
                    details.languages.clone().into(),
                    i64::from(details.needs_translator).into(),
                    details.whereabouts.map(|w| w.as_str().to_owned()).into(),
                    details.contact_preferences.clone().into(),
                    IdentityVerification::NotVerified.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.record_event(family, actor, "member_added", Some(details.name.as_str())).await?;
        self.audit(AuditEntry::by(actor, AuditAction::MemberAdded, AuditRecord::Family(family))).await?;
        Ok(id)
    }

    pub async fn update_member(&mut self, actor: &Actor, member: &Member, details: &MemberDetails) -> Result<()> {
        self.execute(
            &Query::update()
                .table("family_members")
                .value("name", details.name.as_str())
                .value("role", details.role.as_str())
                .value("languages", details.languages.clone())
                .value("needs_translator", i64::from(details.needs_translator))
                .value("whereabouts", details.whereabouts.map(|w| w.as_str().to_owned()))
                .value("contact_preferences", details.contact_preferences.clone())
                .and_where(Expr::col("id").eq(member.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::MemberChanged, AuditRecord::Family(&member.family_id))).await
    }

    /// Records how sure the practitioner is of a family account's identity.
    pub async fn set_verification(
        &mut self,
        actor: &Actor,
        member: &Member,
        status: IdentityVerification,
    ) -> Result<()> {
        let now = self.now().millis();
        let (by, at) = if status == IdentityVerification::NotVerified {
            (None, None)
        } else {
            (Some(actor.user_id.as_str().to_owned()), Some(now))
        };
        self.execute(
            &Query::update()
                .table("family_members")
                .value("verification", status.as_str())
                .value("verified_by", by)
                .value("verified_at", at)
                .and_where(Expr::col("id").eq(member.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.record_event(
            &member.family_id,
            actor,
            "identity_verification",
            Some(&format!("{}: {}", member.name, status.as_str())),
        )
        .await?;
        self.audit(
            AuditEntry::by(actor, AuditAction::MemberChanged, AuditRecord::Family(&member.family_id))
                .because(status.as_str()),
        )
        .await
    }

    /// Links a family member to the portal account they created.
    pub async fn link_member_account(
        &mut self,
        organisation: &OrganisationId,
        member: &MemberId,
        user: &UserId,
    ) -> Result<()> {
        self.execute(
            &Query::update()
                .table("family_members")
                .value("account_user_id", user.as_str())
                .and_where(Expr::col("id").eq(member.as_str()))
                .to_owned(),
        )
        .await?;
        let family = self
            .fetch_optional(
                &Query::select()
                    .column("family_id")
                    .from("family_members")
                    .and_where(Expr::col("id").eq(member.as_str()))
                    .to_owned(),
            )
            .await?
            .map(|r| col::text(&r, "family_id"))
            .transpose()?;
        if let Some(family) = family {
            let family = FamilyId::from_trusted(family);
            self.audit(AuditEntry::by_account(
                organisation,
                user,
                AuditAction::MemberAccountLinked,
                AuditRecord::Family(&family),
            ))
            .await?;
        }
        Ok(())
    }

    pub async fn members_of(&mut self, read: &FamilyRead) -> Result<Vec<Member>> {
        let family = read.family();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(MEMBER_COLUMNS)
                    .expr_as(Expr::col(("users", "display_name")), "verified_by_name")
                    .from("family_members")
                    .left_join("users", Expr::col(("users", "id")).equals(("family_members", "verified_by")))
                    .and_where(Expr::col(("family_members", "family_id")).eq(family.as_str()))
                    .order_by(("family_members", "created_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(member_from).collect()
    }

    /// A member of the family being read.
    pub async fn member(&mut self, read: &FamilyRead, id: &MemberId) -> Result<Option<Member>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(MEMBER_COLUMNS)
                    .expr_as(Expr::col(("users", "display_name")), "verified_by_name")
                    .from("family_members")
                    .left_join("users", Expr::col(("users", "id")).equals(("family_members", "verified_by")))
                    .and_where(Expr::col(("family_members", "id")).eq(id.as_str()))
                    .and_where(Expr::col(("family_members", "family_id")).eq(read.family().as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(member_from).transpose()
    }

    pub async fn add_relationship(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        from: &MemberId,
        kind: RelationshipKind,
        to: &MemberId,
    ) -> Result<()> {
        let id = EventId::generate()?;
        self.execute(
            &Query::insert()
                .into_table("member_relationships")
                .columns(["id", "family_id", "from_member", "to_member", "kind"])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    from.as_str().into(),
                    to.as_str().into(),
                    kind.as_str().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::MemberChanged, AuditRecord::Family(family))).await
    }

    pub async fn relationships_of(&mut self, read: &FamilyRead) -> Result<Vec<Relationship>> {
        let family = read.family();
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("member_relationships", "kind"))
                    .expr_as(Expr::col(("a", "name")), "from_name")
                    .expr_as(Expr::col(("b", "name")), "to_name")
                    .from("member_relationships")
                    .join_as(
                        sea_query::JoinType::InnerJoin,
                        "family_members",
                        "a",
                        Expr::col(("a", "id")).equals(("member_relationships", "from_member")),
                    )
                    .join_as(
                        sea_query::JoinType::InnerJoin,
                        "family_members",
                        "b",
                        Expr::col(("b", "id")).equals(("member_relationships", "to_member")),
                    )
                    .and_where(Expr::col(("member_relationships", "family_id")).eq(family.as_str()))
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Relationship {
                    from_name: col::text(r, "from_name")?,
                    to_name: col::text(r, "to_name")?,
                    kind: RelationshipKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("kind"))?,
                })
            })
            .collect()
    }

    pub async fn events_of(&mut self, read: &FamilyRead) -> Result<Vec<FamilyEvent>> {
        self.newest_events_of(read, None).await
    }

    /// How many events a family's file holds.
    /// The newest `limit` events of a family, newest first (all with None).
    pub async fn newest_events_of(&mut self, read: &FamilyRead, limit: Option<u64>) -> Result<Vec<FamilyEvent>> {
        let family = read.family();
        let mut query = Query::select()
            .columns([("family_events", "at"), ("family_events", "kind"), ("family_events", "detail")])
            .expr_as(Expr::col(("users", "display_name")), "actor_name")
            .from("family_events")
            .left_join("users", Expr::col(("users", "id")).equals(("family_events", "actor_id")))
            .and_where(Expr::col(("family_events", "family_id")).eq(family.as_str()))
            .order_by(("family_events", "at"), Order::Desc)
            .to_owned();
        if let Some(limit) = limit {
            query.limit(limit);
        }
        let rows = self.fetch_all(&query).await?;
        rows.iter()
            .map(|r| {
                Ok(FamilyEvent {
                    at: Timestamp(col::int(r, "at")?),
                    actor_name: col::opt_text(r, "actor_name")?,
                    kind: col::text(r, "kind")?,
                    detail: col::opt_text(r, "detail")?,
                })
            })
            .collect()
    }
}
