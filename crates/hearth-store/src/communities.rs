//! Peer-support communities: groups, their ambassadors and house rules,
//! membership by invitation or application, pseudonyms, topics and replies,
//! flags and moderation, and the queue of questions nobody has answered.
//!
//! Members are known to each other only by pseudonym: nothing here that a
//! member or an ambassador reads carries a real name. What members write is
//! sealed like a note. Changes are audited; members reading their own
//! group are not reads of anyone's file, as in their own conversations.

use hearth_core::access::{Actor, GroupFacts, ModerationScope, TopicFacts};
use hearth_core::accounts::Role;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::community::{
    ApplicationAnswer, GroupDetails, HouseRules, ModerationKind, PostBody, Pseudonym, QuestionLimits, QuestionRaised,
    Reason, ScheduledKind, TopicTitle,
};
use hearth_core::ids::{ApplicationId, FlagId, GroupId, GroupInvitationId, OrganisationId, PostId, TopicId, UserId};
use sea_query::{Cond, Expr, ExprTrait, Func, JoinType, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::messaging::LiveActivity;
use crate::sealed::{self, SealedColumn};
use crate::{AuditEntry, Result, Tx, col};

#[derive(Debug, Clone)]
pub struct Group {
    pub id: GroupId,
    pub organisation_id: OrganisationId,
    pub name: String,
    pub purpose: String,
    /// The version of the house rules in force.
    pub rules_version: i64,
}

#[derive(Debug, Clone)]
pub struct GroupRules {
    pub version: i64,
    pub body: String,
    pub published_at: Timestamp,
}

/// One's place in a group.
#[derive(Debug, Clone)]
pub struct Membership {
    pub joined_at: Timestamp,
    /// The version of the house rules last accepted.
    pub rules_accepted: i64,
    pub muted_until: Option<Timestamp>,
}

impl Membership {
    pub fn muted_at(&self, now: Timestamp) -> bool {
        self.muted_until.is_some_and(|until| until > now)
    }
}

/// Whoever wrote a post, as the community sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    Member(String),
    Ambassador(String),
    /// The community manager, by their name as staff.
    Manager(String),
    /// Someone who has left Hearth, or a post of the organisation's own.
    Nobody,
}

#[derive(Debug, Clone)]
pub struct TopicSummary {
    pub id: TopicId,
    pub title: String,
    pub question: bool,
    pub author: Author,
    pub created_at: Timestamp,
    pub last_post_at: Timestamp,
    pub replies: i64,
    pub answered: bool,
    /// A moderator hid its opening post, and with it the title.
    pub hidden: bool,
}

#[derive(Debug, Clone)]
pub struct Post {
    pub id: PostId,
    pub seq: i64,
    pub author: Author,
    pub author_id: Option<UserId>,
    /// None when a moderator hid it; the reason is shown in its place.
    pub body: Option<String>,
    pub hidden_reason: Option<String>,
    pub edit_note: Option<String>,
    pub posted_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: TopicId,
    pub group_id: GroupId,
    pub title: String,
    pub question: bool,
    pub author_id: Option<UserId>,
    pub helpful: Option<PostId>,
    /// A moderator hid its opening post, and with it the title.
    pub hidden: bool,
    /// The opening post first.
    pub posts: Vec<Post>,
}

/// An open application, as the community manager reads it.
#[derive(Debug, Clone)]
pub struct Application {
    pub id: ApplicationId,
    pub group: Group,
    pub applicant_name: String,
    pub pseudonym: Option<String>,
    pub answer: String,
    pub applied_at: Timestamp,
}

/// One's own application, as its applicant reads it.
#[derive(Debug, Clone)]
pub struct MyApplication {
    pub group_name: String,
    pub applied_at: Timestamp,
    /// None while it waits.
    pub approved: Option<bool>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: GroupInvitationId,
    pub group: Group,
}

/// A question nobody has replied to yet.
#[derive(Debug, Clone)]
pub struct Unanswered {
    pub topic: TopicId,
    pub group: GroupId,
    pub group_name: String,
    pub title: String,
    pub asked_at: Timestamp,
    pub raised: QuestionRaised,
}

/// A post flagged and not yet reviewed.
#[derive(Debug, Clone)]
pub struct Flagged {
    pub post: PostId,
    pub topic: TopicId,
    pub group: GroupId,
    pub group_name: String,
    pub author: Author,
    pub body: String,
    /// Every reason given, oldest first.
    pub reasons: Vec<String>,
    pub first_flagged_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct ModerationEntry {
    pub at: Timestamp,
    pub kind: ModerationKind,
    pub by: Author,
    pub member: Option<Author>,
    pub reason: Option<String>,
}

/// Something the community tells one person: a post of theirs hidden, a
/// warning, a question waiting for an ambassador.
#[derive(Debug, Clone)]
pub struct Notice {
    pub kind: String,
    pub group_name: String,
    pub reason: Option<String>,
    pub at: Timestamp,
    pub seen: bool,
}

/// How a group is doing, for its manager.
#[derive(Debug, Clone, Default)]
pub struct GroupStats {
    pub open_questions: i64,
    /// Over the questions of the last 90 days that have a reply.
    pub median_minutes_to_first_reply: Option<i64>,
    /// Members who posted in the last 30 days.
    pub active_members: i64,
    /// Posts in the last 28 days, per week.
    pub posts_per_week: i64,
    pub members: i64,
}

/// Someone whose digest of replies is due: how many replies by others
/// their topics have had since the last one. No content, no group names.
#[derive(Debug, Clone)]
pub struct DigestDue {
    pub user: UserId,
    pub organisation_id: OrganisationId,
    pub email: String,
    pub language: Option<String>,
    pub replies: i64,
    /// When the previous digest went (or the digest was switched on).
    pub since: Option<Timestamp>,
}

/// An ambassador to e-mail that a question waits: nothing about which.
#[derive(Debug, Clone)]
pub struct NoticeEmail {
    notice: String,
    pub email: String,
    pub language: Option<String>,
    pub organisation_id: OrganisationId,
}

/// A post planned ahead by the community manager.
#[derive(Debug, Clone)]
pub struct Scheduled {
    pub id: hearth_core::ids::ScheduledPostId,
    pub kind: ScheduledKind,
    pub title: String,
    pub body: String,
    pub publish_at: Timestamp,
    /// Once published, the topic it became.
    pub topic: Option<TopicId>,
}

/// What a moderator does about a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberModeration {
    Warn,
    /// Muted until then: they read, but cannot write.
    Mute(Timestamp),
    Remove,
}

/// What inviting someone to a group did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invited {
    Sent,
    AlreadyMember,
    AlreadyInvited,
    /// The person has no portal account, or belongs to another organisation.
    NoAccount,
    /// Not by invitation: the group's moderators removed them (the
    /// practitioner is not told why; the community manager can be asked).
    NotPossible,
}

/// What an application did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Sent,
    AlreadyMember,
    AlreadyWaiting,
}

const GROUP_COLUMNS: [&str; 5] = ["id", "organisation_id", "name", "purpose", "rules_version"];
const DAY_MILLIS: i64 = 86_400_000;

fn group_of(r: &sqlx::any::AnyRow) -> Result<Group> {
    Ok(Group {
        id: GroupId::from_trusted(col::text(r, "id")?),
        organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
        name: col::text(r, "name")?,
        purpose: col::text(r, "purpose")?,
        rules_version: col::int(r, "rules_version")?,
    })
}

impl Tx {
    fn seal_in(&self, column: &SealedColumn, id: &str, plain: &str) -> Result<String> {
        self.seal(column, &[id], plain)
    }

    fn open_in(&self, column: &SealedColumn, id: &str, sealed: &str) -> Result<String> {
        self.open(column, &[id], sealed)
    }

    // ----- Settings -----

    /// When unanswered questions are raised, in the organisation.
    pub async fn question_limits(&mut self, organisation: &OrganisationId) -> Result<QuestionLimits> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["ambassadors_after_hours", "manager_after_hours"])
                    .from("community_settings")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(match row {
            Some(r) => QuestionLimits {
                ambassadors_after_hours: u32::try_from(col::int(&r, "ambassadors_after_hours")?).unwrap_or(24),
                manager_after_hours: u32::try_from(col::int(&r, "manager_after_hours")?).unwrap_or(72),
            },
            None => QuestionLimits::default(),
        })
    }

    pub async fn save_question_limits(&mut self, actor: &Actor, limits: QuestionLimits) -> Result<()> {
        let org = actor.organisation_id.as_str();
        self.execute(
            &Query::delete()
                .from_table("community_settings")
                .and_where(Expr::col("organisation_id").eq(org))
                .to_owned(),
        )
        .await?;
        self.execute(
            &Query::insert()
                .into_table("community_settings")
                .columns(["organisation_id", "ambassadors_after_hours", "manager_after_hours"])
                .values_panic([
                    org.into(),
                    i64::from(limits.ambassadors_after_hours).into(),
                    i64::from(limits.manager_after_hours).into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::CommunitySettingsChanged,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await
    }

    // ----- Groups -----

    /// The organisation's groups, by name.
    pub async fn community_groups(&mut self, organisation: &OrganisationId) -> Result<Vec<Group>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(GROUP_COLUMNS)
                    .from("community_groups")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .order_by("name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(group_of).collect()
    }

    /// One of the organisation's groups; None for an unknown id or another
    /// organisation's group.
    pub async fn community_group(&mut self, organisation: &OrganisationId, id: &GroupId) -> Result<Option<Group>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(GROUP_COLUMNS)
                    .from("community_groups")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(group_of).transpose()
    }

    /// Opens a group with its first house rules.
    pub async fn create_group(&mut self, actor: &Actor, details: &GroupDetails, rules: &HouseRules) -> Result<GroupId> {
        let id = GroupId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("community_groups")
                .columns(["id", "organisation_id", "name", "purpose", "rules_version", "created_by", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    details.name.clone().into(),
                    details.purpose.clone().into(),
                    0i64.into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityGroupCreated, AuditRecord::CommunityGroup(&id))).await?;
        self.publish_rules(actor, &id, rules).await?;
        Ok(id)
    }

    pub async fn update_group(&mut self, actor: &Actor, group: &Group, details: &GroupDetails) -> Result<()> {
        self.execute(
            &Query::update()
                .table("community_groups")
                .value("name", details.name.clone())
                .value("purpose", details.purpose.clone())
                .and_where(Expr::col("id").eq(group.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityGroupChanged, AuditRecord::CommunityGroup(&group.id)))
            .await
    }

    /// A new version of a group's house rules: members accept it before
    /// they next post. Returns its version.
    pub async fn publish_rules(&mut self, actor: &Actor, group: &GroupId, rules: &HouseRules) -> Result<i64> {
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("rules_version").add(1), "next")
                    .from("community_groups")
                    .and_where(Expr::col("id").eq(group.as_str()))
                    .to_owned(),
            )
            .await?;
        let version = col::int(&row, "next")?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("community_rules")
                .columns(["group_id", "version", "body", "published_by", "published_at"])
                .values_panic([
                    group.as_str().into(),
                    version.into(),
                    rules.as_str().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.execute(
            &Query::update()
                .table("community_groups")
                .value("rules_version", version)
                .and_where(Expr::col("id").eq(group.as_str()))
                .to_owned(),
        )
        .await?;
        self.moderation_entry(group, Some(actor), ModerationKind::RulesPublished, None, None, None).await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityGroupChanged, AuditRecord::CommunityGroup(group)))
            .await?;
        Ok(version)
    }

    /// The house rules in force.
    pub async fn group_rules(&mut self, group: &Group) -> Result<Option<GroupRules>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["version", "body", "published_at"])
                    .from("community_rules")
                    .and_where(Expr::col("group_id").eq(group.id.as_str()))
                    .and_where(Expr::col("version").eq(group.rules_version))
                    .to_owned(),
            )
            .await?;
        row.map(|r| {
            Ok(GroupRules {
                version: col::int(&r, "version")?,
                body: col::text(&r, "body")?,
                published_at: Timestamp(col::int(&r, "published_at")?),
            })
        })
        .transpose()
    }

    /// Names the group's ambassadors: peer ambassadors of the organisation
    /// only; anyone else in `users` is left out.
    pub async fn set_ambassadors(&mut self, actor: &Actor, group: &Group, users: &[UserId]) -> Result<()> {
        self.execute(
            &Query::delete()
                .from_table("community_ambassadors")
                .and_where(Expr::col("group_id").eq(group.id.as_str()))
                .to_owned(),
        )
        .await?;
        let ids: Vec<&str> = users.iter().map(UserId::as_str).collect();
        let rows = self
            .fetch_all(
                &Query::select()
                    .column("id")
                    .from("users")
                    .and_where(Expr::col("id").is_in(ids))
                    .and_where(Expr::col("organisation_id").eq(group.organisation_id.as_str()))
                    .and_where(Expr::col("role").eq(Role::PeerAmbassador.as_str()))
                    .to_owned(),
            )
            .await?;
        for r in &rows {
            self.execute(
                &Query::insert()
                    .into_table("community_ambassadors")
                    .columns(["group_id", "user_id"])
                    .values_panic([group.id.as_str().into(), col::text(r, "id")?.into()])
                    .to_owned(),
            )
            .await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::CommunityGroupChanged, AuditRecord::CommunityGroup(&group.id)))
            .await
    }

    /// The group's ambassadors by pseudonym (their chosen name in the
    /// community, or none yet), for everyone in the group.
    pub async fn ambassadors_of(&mut self, group: &GroupId) -> Result<Vec<(UserId, Option<String>)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("community_ambassadors", "user_id"))
                    .column(("community_profiles", "pseudonym"))
                    .from("community_ambassadors")
                    .left_join(
                        "community_profiles",
                        Expr::col(("community_profiles", "user_id")).equals(("community_ambassadors", "user_id")),
                    )
                    .and_where(Expr::col(("community_ambassadors", "group_id")).eq(group.as_str()))
                    .order_by(("community_ambassadors", "user_id"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| Ok((UserId::from_trusted(col::text(r, "user_id")?), col::opt_text(r, "pseudonym")?)))
            .collect()
    }

    /// The organisation's peer ambassadors by name, for the manager who
    /// names them to groups.
    pub async fn peer_ambassadors(&mut self, organisation: &OrganisationId) -> Result<Vec<(UserId, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "display_name"])
                    .from("users")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("role").eq(Role::PeerAmbassador.as_str()))
                    .and_where(Expr::col("disabled_at").is_null())
                    .order_by("display_name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok((UserId::from_trusted(col::text(r, "id")?), col::text(r, "display_name")?))).collect()
    }

    /// What the access policy needs to know about a group, asked by `actor`.
    pub async fn group_facts(&mut self, actor: &Actor, group: &Group) -> Result<GroupFacts> {
        let membership = self.membership(&group.id, &actor.user_id).await?;
        let ambassador = self
            .fetch_optional(
                &Query::select()
                    .column("user_id")
                    .from("community_ambassadors")
                    .and_where(Expr::col("group_id").eq(group.id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .to_owned(),
            )
            .await?
            .is_some();
        let now = self.now();
        Ok(GroupFacts {
            organisation_id: group.organisation_id.clone(),
            actor_member: membership.is_some(),
            actor_ambassador: ambassador,
            actor_muted: membership.as_ref().is_some_and(|m| m.muted_at(now)),
        })
    }

    pub async fn topic_facts(&mut self, actor: &Actor, group: &Group, topic: &Topic) -> Result<TopicFacts> {
        Ok(TopicFacts {
            group: self.group_facts(actor, group).await?,
            actor_asked: topic.author_id.as_ref() == Some(&actor.user_id),
        })
    }

    // ----- Pseudonyms -----

    pub async fn pseudonym_of(&mut self, user: &UserId) -> Result<Option<Pseudonym>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("pseudonym")
                    .from("community_profiles")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| Ok(Pseudonym::from_trusted(col::text(&r, "pseudonym")?))).transpose()
    }

    /// Chooses or changes one's pseudonym; false when someone else in the
    /// organisation goes by it (or by one that looks the same).
    pub async fn choose_pseudonym(&mut self, actor: &Actor, pseudonym: &Pseudonym) -> Result<bool> {
        let key = pseudonym.key();
        let taken = self
            .fetch_optional(
                &Query::select()
                    .column("user_id")
                    .from("community_profiles")
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .and_where(Expr::col("pseudonym_key").eq(key.as_str()))
                    .and_where(Expr::col("user_id").ne(actor.user_id.as_str()))
                    .to_owned(),
            )
            .await?
            .is_some();
        if taken {
            return Ok(false);
        }
        let changed = self
            .execute(
                &Query::update()
                    .table("community_profiles")
                    .value("pseudonym", pseudonym.as_str())
                    .value("pseudonym_key", key.as_str())
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .to_owned(),
            )
            .await?;
        if changed == 0 {
            let now = self.now().millis();
            self.execute(
                &Query::insert()
                    .into_table("community_profiles")
                    .columns(["user_id", "organisation_id", "pseudonym", "pseudonym_key", "digest", "created_at"])
                    .values_panic([
                        actor.user_id.as_str().into(),
                        actor.organisation_id.as_str().into(),
                        pseudonym.as_str().into(),
                        key.into(),
                        0i64.into(),
                        now.into(),
                    ])
                    .to_owned(),
            )
            .await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::CommunityProfileChanged, AuditRecord::Account(&actor.user_id)))
            .await?;
        Ok(true)
    }

    /// Whether one gets an e-mail when someone replies to one's topics.
    pub async fn community_digest(&mut self, user: &UserId) -> Result<bool> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("digest")
                    .from("community_profiles")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(match row {
            Some(r) => col::int(&r, "digest")? == 1,
            None => false,
        })
    }

    pub async fn set_community_digest(&mut self, actor: &Actor, on: bool) -> Result<()> {
        self.execute(
            &Query::update()
                .table("community_profiles")
                .value("digest", i64::from(on))
                .value("digest_sent_at", self.now().millis())
                .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityProfileChanged, AuditRecord::Account(&actor.user_id)))
            .await
    }

    // ----- Membership -----

    /// One's place in a group; None when not (or no longer) a member.
    pub async fn membership(&mut self, group: &GroupId, user: &UserId) -> Result<Option<Membership>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["joined_at", "rules_accepted", "muted_until"])
                    .from("community_members")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("removed_at").is_null())
                    .to_owned(),
            )
            .await?;
        row.map(|r| {
            Ok(Membership {
                joined_at: Timestamp(col::int(&r, "joined_at")?),
                rules_accepted: col::int(&r, "rules_accepted")?,
                muted_until: col::opt_int(&r, "muted_until")?.map(Timestamp),
            })
        })
        .transpose()
    }

    /// The groups someone belongs to or is an ambassador of, by name.
    pub async fn groups_of(&mut self, user: &UserId) -> Result<Vec<Group>> {
        let member_of = Query::select()
            .column("group_id")
            .from("community_members")
            .and_where(Expr::col("user_id").eq(user.as_str()))
            .and_where(Expr::col("removed_at").is_null())
            .to_owned();
        let ambassador_of = Query::select()
            .column("group_id")
            .from("community_ambassadors")
            .and_where(Expr::col("user_id").eq(user.as_str()))
            .to_owned();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(GROUP_COLUMNS)
                    .from("community_groups")
                    .cond_where(
                        Cond::any()
                            .add(Expr::col("id").in_subquery(member_of))
                            .add(Expr::col("id").in_subquery(ambassador_of)),
                    )
                    .order_by("name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(group_of).collect()
    }

    /// Whether someone was removed from the group by a moderator.
    async fn removed_from(&mut self, group: &GroupId, user: &UserId) -> Result<bool> {
        Ok(self
            .fetch_optional(
                &Query::select()
                    .column("user_id")
                    .from("community_members")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("removed_at").is_not_null())
                    .to_owned(),
            )
            .await?
            .is_some())
    }

    /// Adds someone to a group. Someone removed comes back only by an
    /// application the manager approves (`via` "application"), never by an
    /// invitation: false then.
    async fn join_group(&mut self, group: &GroupId, user: &UserId, via: &str) -> Result<bool> {
        if via != "application" && self.removed_from(group, user).await? {
            return Ok(false);
        }
        let now = self.now().millis();
        let rejoined = self
            .execute(
                &Query::update()
                    .table("community_members")
                    .value("removed_at", Option::<i64>::None)
                    .value("muted_until", Option::<i64>::None)
                    .value("joined_at", now)
                    .value("joined_via", via)
                    .value("rules_accepted", 0i64)
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        if rejoined == 0 {
            self.execute(
                &Query::insert()
                    .into_table("community_members")
                    .columns(["group_id", "user_id", "joined_at", "joined_via", "rules_accepted"])
                    .values_panic([group.as_str().into(), user.as_str().into(), now.into(), via.into(), 0i64.into()])
                    .to_owned(),
            )
            .await?;
        }
        Ok(true)
    }

    /// A practitioner, from the family file, invites a member with a portal
    /// account to a group of the organisation.
    pub async fn invite_to_group(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        member_account: &UserId,
        group: &Group,
    ) -> Result<Invited> {
        let belongs = self
            .fetch_optional(
                &Query::select()
                    .column(("family_members", "id"))
                    .from("family_members")
                    .inner_join("users", Expr::col(("users", "id")).equals(("family_members", "account_user_id")))
                    .and_where(Expr::col(("family_members", "family_id")).eq(read.family().as_str()))
                    .and_where(Expr::col(("family_members", "account_user_id")).eq(member_account.as_str()))
                    .and_where(Expr::col(("users", "organisation_id")).eq(group.organisation_id.as_str()))
                    .and_where(Expr::col(("users", "disabled_at")).is_null())
                    .to_owned(),
            )
            .await?
            .is_some();
        if !belongs {
            return Ok(Invited::NoAccount);
        }
        if self.membership(&group.id, member_account).await?.is_some() {
            return Ok(Invited::AlreadyMember);
        }
        if self.removed_from(&group.id, member_account).await? {
            return Ok(Invited::NotPossible);
        }
        let waiting = self
            .fetch_optional(
                &Query::select()
                    .column("id")
                    .from("community_invitations")
                    .and_where(Expr::col("group_id").eq(group.id.as_str()))
                    .and_where(Expr::col("user_id").eq(member_account.as_str()))
                    .and_where(Expr::col("answered_at").is_null())
                    .to_owned(),
            )
            .await?
            .is_some();
        if waiting {
            return Ok(Invited::AlreadyInvited);
        }
        let id = GroupInvitationId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("community_invitations")
                .columns(["id", "group_id", "user_id", "invited_by", "invited_at"])
                .values_panic([
                    id.as_str().into(),
                    group.id.as_str().into(),
                    member_account.as_str().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityInvitationSent, AuditRecord::Family(read.family())))
            .await?;
        Ok(Invited::Sent)
    }

    /// Invitations waiting for one's answer.
    pub async fn open_invitations(&mut self, user: &UserId) -> Result<Vec<Invitation>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .expr_as(Expr::col(("community_invitations", "id")), "invitation_id")
                    .columns(GROUP_COLUMNS.map(|c| ("community_groups", c)))
                    .from("community_invitations")
                    .inner_join(
                        "community_groups",
                        Expr::col(("community_groups", "id")).equals(("community_invitations", "group_id")),
                    )
                    .and_where(Expr::col(("community_invitations", "user_id")).eq(user.as_str()))
                    .and_where(Expr::col(("community_invitations", "answered_at")).is_null())
                    .order_by(("community_invitations", "invited_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Invitation {
                    id: GroupInvitationId::from_trusted(col::text(r, "invitation_id")?),
                    group: group_of(r)?,
                })
            })
            .collect()
    }

    /// Accepts or declines one's own invitation; the group joined, if any.
    /// None when there is no such open invitation of one's own.
    pub async fn answer_invitation(
        &mut self,
        actor: &Actor,
        id: &GroupInvitationId,
        accept: bool,
    ) -> Result<Option<GroupId>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("group_id")
                    .from("community_invitations")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("answered_at").is_null())
                    .to_owned(),
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let group = GroupId::from_trusted(col::text(&row, "group_id")?);
        self.execute(
            &Query::update()
                .table("community_invitations")
                .value("answered_at", self.now().millis())
                .value("accepted", i64::from(accept))
                .and_where(Expr::col("id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        if accept {
            if !self.join_group(&group, &actor.user_id, "invitation").await? {
                return Ok(None);
            }
            self.audit(AuditEntry::by(actor, AuditAction::CommunityJoined, AuditRecord::CommunityGroup(&group)))
                .await?;
        }
        Ok(Some(group))
    }

    /// Applies to a group with a short answer for the manager.
    pub async fn apply_to_group(
        &mut self,
        actor: &Actor,
        group: &Group,
        answer: &ApplicationAnswer,
    ) -> Result<Applied> {
        if self.membership(&group.id, &actor.user_id).await?.is_some() {
            return Ok(Applied::AlreadyMember);
        }
        let waiting = self
            .fetch_optional(
                &Query::select()
                    .column("id")
                    .from("community_applications")
                    .and_where(Expr::col("group_id").eq(group.id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("decided_at").is_null())
                    .to_owned(),
            )
            .await?
            .is_some();
        if waiting {
            return Ok(Applied::AlreadyWaiting);
        }
        let id = ApplicationId::generate()?;
        let sealed = self.seal_in(&sealed::COMMUNITY_APPLICATION_ANSWER, id.as_str(), answer.as_str())?;
        self.execute(
            &Query::insert()
                .into_table("community_applications")
                .columns(["id", "group_id", "user_id", "answer", "applied_at"])
                .values_panic([
                    id.as_str().into(),
                    group.id.as_str().into(),
                    actor.user_id.as_str().into(),
                    sealed.into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityApplied, AuditRecord::CommunityGroup(&group.id)))
            .await?;
        Ok(Applied::Sent)
    }

    /// One's own applications, newest first.
    pub async fn applications_of(&mut self, user: &UserId) -> Result<Vec<MyApplication>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("community_applications", "id"))
                    .columns([
                        ("community_applications", "applied_at"),
                        ("community_applications", "approved"),
                        ("community_applications", "reason"),
                    ])
                    .expr_as(Expr::col(("community_groups", "name")), "group_name")
                    .from("community_applications")
                    .inner_join(
                        "community_groups",
                        Expr::col(("community_groups", "id")).equals(("community_applications", "group_id")),
                    )
                    .and_where(Expr::col(("community_applications", "user_id")).eq(user.as_str()))
                    .order_by(("community_applications", "applied_at"), Order::Desc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let id = col::text(r, "id")?;
                let reason = col::opt_text(r, "reason")?
                    .map(|s| self.open_in(&sealed::COMMUNITY_APPLICATION_REASON, &id, &s))
                    .transpose()?;
                Ok(MyApplication {
                    group_name: col::text(r, "group_name")?,
                    applied_at: Timestamp(col::int(r, "applied_at")?),
                    approved: col::opt_int(r, "approved")?.map(|a| a == 1),
                    reason,
                })
            })
            .collect()
    }

    /// Applications waiting for the community manager, oldest first; the
    /// manager reads who applied (the applicant's name and answer).
    pub async fn open_applications(&mut self, actor: &Actor) -> Result<Vec<Application>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .expr_as(Expr::col(("community_applications", "id")), "application_id")
                    .columns([("community_applications", "answer"), ("community_applications", "applied_at")])
                    .columns(GROUP_COLUMNS.map(|c| ("community_groups", c)))
                    .column(("users", "display_name"))
                    .column(("community_profiles", "pseudonym"))
                    .from("community_applications")
                    .inner_join(
                        "community_groups",
                        Expr::col(("community_groups", "id")).equals(("community_applications", "group_id")),
                    )
                    .inner_join("users", Expr::col(("users", "id")).equals(("community_applications", "user_id")))
                    .left_join(
                        "community_profiles",
                        Expr::col(("community_profiles", "user_id")).equals(("community_applications", "user_id")),
                    )
                    .and_where(Expr::col(("community_groups", "organisation_id")).eq(actor.organisation_id.as_str()))
                    .and_where(Expr::col(("community_applications", "decided_at")).is_null())
                    .order_by(("community_applications", "applied_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id = col::text(r, "application_id")?;
            out.push(Application {
                answer: self.open_in(&sealed::COMMUNITY_APPLICATION_ANSWER, &id, &col::text(r, "answer")?)?,
                id: ApplicationId::from_trusted(id),
                group: group_of(r)?,
                applicant_name: col::text(r, "display_name")?,
                pseudonym: col::opt_text(r, "pseudonym")?,
                applied_at: Timestamp(col::int(r, "applied_at")?),
            });
        }
        self.audit(AuditEntry::by(
            actor,
            AuditAction::CommunityApplicationsViewed,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        Ok(out)
    }

    /// Approves (the applicant joins) or declines, with a reason the
    /// applicant reads. False when there is no such open application.
    pub async fn decide_application(
        &mut self,
        actor: &Actor,
        id: &ApplicationId,
        approve: bool,
        reason: Option<&Reason>,
    ) -> Result<bool> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns([("community_applications", "group_id"), ("community_applications", "user_id")])
                    .from("community_applications")
                    .inner_join(
                        "community_groups",
                        Expr::col(("community_groups", "id")).equals(("community_applications", "group_id")),
                    )
                    .and_where(Expr::col(("community_applications", "id")).eq(id.as_str()))
                    .and_where(Expr::col(("community_applications", "decided_at")).is_null())
                    .and_where(Expr::col(("community_groups", "organisation_id")).eq(actor.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some(row) = row else { return Ok(false) };
        let group = GroupId::from_trusted(col::text(&row, "group_id")?);
        let applicant = UserId::from_trusted(col::text(&row, "user_id")?);
        let sealed_reason =
            reason.map(|r| self.seal_in(&sealed::COMMUNITY_APPLICATION_REASON, id.as_str(), r.as_str())).transpose()?;
        self.execute(
            &Query::update()
                .table("community_applications")
                .value("decided_by", actor.user_id.as_str())
                .value("decided_at", self.now().millis())
                .value("approved", i64::from(approve))
                .value("reason", sealed_reason)
                .and_where(Expr::col("id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        if approve {
            self.join_group(&group, &applicant, "application").await?;
        }
        let kind = if approve { ModerationKind::ApplicationApproved } else { ModerationKind::ApplicationDeclined };
        self.moderation_entry(&group, Some(actor), kind, Some(&applicant), None, reason).await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::CommunityApplicationDecided,
            AuditRecord::CommunityGroup(&group),
        ))
        .await?;
        Ok(true)
    }

    /// Accepts the house rules in force; false when `version` is no longer
    /// the one in force (they changed while the page was open).
    pub async fn accept_rules(&mut self, actor: &Actor, group: &Group, version: i64) -> Result<bool> {
        if version != group.rules_version {
            return Ok(false);
        }
        let n = self
            .execute(
                &Query::update()
                    .table("community_members")
                    .value("rules_accepted", version)
                    .and_where(Expr::col("group_id").eq(group.id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("removed_at").is_null())
                    .to_owned(),
            )
            .await?;
        if n == 1 {
            self.audit(AuditEntry::by(
                actor,
                AuditAction::CommunityRulesAccepted,
                AuditRecord::CommunityGroup(&group.id),
            ))
            .await?;
        }
        Ok(n == 1)
    }

    // ----- Topics and posts -----

    /// A name as the community shows it: the pseudonym of a member or an
    /// ambassador, the name of the community manager, never anyone's real
    /// name otherwise.
    fn author_of(r: &sqlx::any::AnyRow, group_ambassador: bool) -> Result<Author> {
        // Whether it was written as the community manager is kept with the
        // post: someone's later role never puts their name on what they
        // wrote under a pseudonym.
        if col::int(r, "author_as_manager")? == 1 {
            return Ok(Author::Manager(col::opt_text(r, "author_name")?.unwrap_or_default()));
        }
        Ok(match col::opt_text(r, "author_pseudonym")? {
            Some(p) if group_ambassador => Author::Ambassador(p),
            Some(p) => Author::Member(p),
            None => Author::Nobody,
        })
    }

    /// The columns that name a post's or topic's author (`author_id` on
    /// `table`), joined in; the manager's name only for a manager.
    fn with_author(
        query: &mut sea_query::SelectStatement,
        table: &'static str,
        group_column: (&'static str, &'static str),
    ) {
        query
            .expr_as(Expr::col((table, "as_manager")), "author_as_manager")
            .expr_as(
                Expr::case(Expr::col((table, "as_manager")).eq(1i64), Expr::col(("author", "display_name")))
                    .finally(Expr::val(Option::<String>::None)),
                "author_name",
            )
            .expr_as(Expr::col(("author_profile", "pseudonym")), "author_pseudonym")
            .expr_as(
                Expr::case(Expr::col(("author_ambassador", "user_id")).is_not_null(), 1i64).finally(0i64),
                "author_is_ambassador",
            )
            .join_as(JoinType::LeftJoin, "users", "author", Expr::col(("author", "id")).equals((table, "author_id")))
            .join_as(
                JoinType::LeftJoin,
                "community_profiles",
                "author_profile",
                Expr::col(("author_profile", "user_id")).equals((table, "author_id")),
            )
            .join_as(
                JoinType::LeftJoin,
                "community_ambassadors",
                "author_ambassador",
                Cond::all()
                    .add(Expr::col(("author_ambassador", "user_id")).equals((table, "author_id")))
                    .add(Expr::col(("author_ambassador", "group_id")).equals(group_column)),
            );
    }

    /// A group's topics, the most recently active first.
    pub async fn topics_of(&mut self, group: &GroupId, limit: u64) -> Result<Vec<TopicSummary>> {
        let mut query = Query::select()
            .columns(
                [
                    "id",
                    "title",
                    "question",
                    "created_at",
                    "last_post_at",
                    "replies",
                    "helpful_post_id",
                    "first_reply_at",
                    "hidden_at",
                ]
                .map(|c| ("community_topics", c)),
            )
            .from("community_topics")
            .and_where(Expr::col(("community_topics", "group_id")).eq(group.as_str()))
            .order_by(("community_topics", "last_post_at"), Order::Desc)
            .limit(limit)
            .to_owned();
        Self::with_author(&mut query, "community_topics", ("community_topics", "group_id"));
        let rows = self.fetch_all(&query).await?;
        let mut out = Vec::new();
        for r in &rows {
            let id = col::text(r, "id")?;
            out.push(TopicSummary {
                title: self.open_in(&sealed::COMMUNITY_TOPIC_TITLE, &id, &col::text(r, "title")?)?,
                id: TopicId::from_trusted(id),
                question: col::int(r, "question")? == 1,
                author: Self::author_of(r, col::int(r, "author_is_ambassador")? == 1)?,
                created_at: Timestamp(col::int(r, "created_at")?),
                last_post_at: Timestamp(col::int(r, "last_post_at")?),
                replies: col::int(r, "replies")?,
                answered: col::opt_text(r, "helpful_post_id")?.is_some()
                    || col::opt_int(r, "first_reply_at")?.is_some(),
                hidden: col::opt_int(r, "hidden_at")?.is_some(),
            });
        }
        Ok(out)
    }

    /// A topic of the group with its posts, oldest first.
    pub async fn topic(&mut self, group: &GroupId, id: &TopicId) -> Result<Option<Topic>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["title", "question", "author_id", "helpful_post_id", "hidden_at"])
                    .from("community_topics")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let mut query = Query::select()
            .columns(
                ["id", "seq", "author_id", "body", "posted_at", "hidden_at", "hidden_reason", "edit_note"]
                    .map(|c| ("community_posts", c)),
            )
            .from("community_posts")
            .and_where(Expr::col(("community_posts", "topic_id")).eq(id.as_str()))
            .order_by(("community_posts", "seq"), Order::Asc)
            .to_owned();
        Self::with_author(&mut query, "community_posts", ("community_posts", "group_id"));
        let rows = self.fetch_all(&query).await?;
        let mut posts = Vec::new();
        for r in &rows {
            let post = col::text(r, "id")?;
            let hidden = col::opt_int(r, "hidden_at")?.is_some();
            posts.push(Post {
                body: if hidden {
                    None
                } else {
                    Some(self.open_in(&sealed::COMMUNITY_POST_BODY, &post, &col::text(r, "body")?)?)
                },
                hidden_reason: col::opt_text(r, "hidden_reason")?
                    .map(|s| self.open_in(&sealed::COMMUNITY_POST_HIDDEN_REASON, &post, &s))
                    .transpose()?,
                edit_note: col::opt_text(r, "edit_note")?
                    .map(|s| self.open_in(&sealed::COMMUNITY_POST_EDIT_NOTE, &post, &s))
                    .transpose()?,
                id: PostId::from_trusted(post),
                seq: col::int(r, "seq")?,
                author: Self::author_of(r, col::int(r, "author_is_ambassador")? == 1)?,
                author_id: col::opt_text(r, "author_id")?.map(UserId::from_trusted),
                posted_at: Timestamp(col::int(r, "posted_at")?),
            });
        }
        Ok(Some(Topic {
            id: id.clone(),
            group_id: group.clone(),
            title: self.open_in(&sealed::COMMUNITY_TOPIC_TITLE, id.as_str(), &col::text(&row, "title")?)?,
            question: col::int(&row, "question")? == 1,
            author_id: col::opt_text(&row, "author_id")?.map(UserId::from_trusted),
            helpful: col::opt_text(&row, "helpful_post_id")?.map(PostId::from_trusted),
            hidden: col::opt_int(&row, "hidden_at")?.is_some(),
            posts,
        }))
    }

    /// Starts a topic (a question, when `question`) with its opening post.
    pub async fn start_topic(
        &mut self,
        actor: &Actor,
        group: &Group,
        title: &TopicTitle,
        body: &PostBody,
        question: bool,
    ) -> Result<TopicId> {
        let id = TopicId::generate()?;
        self.create_topic(&id, actor, group, title, body, question).await?;
        Ok(id)
    }

    async fn create_topic(
        &mut self,
        id: &TopicId,
        actor: &Actor,
        group: &Group,
        title: &TopicTitle,
        body: &PostBody,
        question: bool,
    ) -> Result<()> {
        let now = self.now().millis();
        let sealed_title = self.seal_in(&sealed::COMMUNITY_TOPIC_TITLE, id.as_str(), title.as_str())?;
        self.execute(
            &Query::insert()
                .into_table("community_topics")
                .columns([
                    "id",
                    "group_id",
                    "author_id",
                    "title",
                    "question",
                    "created_at",
                    "last_post_at",
                    "replies",
                    "raised",
                    "as_manager",
                ])
                .values_panic([
                    id.as_str().into(),
                    group.id.as_str().into(),
                    actor.user_id.as_str().into(),
                    sealed_title.into(),
                    i64::from(question).into(),
                    now.into(),
                    now.into(),
                    0i64.into(),
                    0i64.into(),
                    as_manager(actor).into(),
                ])
                .to_owned(),
        )
        .await?;
        self.insert_post(id, &group.id, actor, 0, body, now).await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityPosted, AuditRecord::CommunityGroup(&group.id))).await
    }

    async fn insert_post(
        &mut self,
        topic: &TopicId,
        group: &GroupId,
        author: &Actor,
        seq: i64,
        body: &PostBody,
        now: i64,
    ) -> Result<PostId> {
        let id = PostId::generate()?;
        let sealed_body = self.seal_in(&sealed::COMMUNITY_POST_BODY, id.as_str(), body.as_str())?;
        self.execute(
            &Query::insert()
                .into_table("community_posts")
                .columns(["id", "topic_id", "group_id", "author_id", "seq", "body", "posted_at", "as_manager"])
                .values_panic([
                    id.as_str().into(),
                    topic.as_str().into(),
                    group.as_str().into(),
                    author.user_id.as_str().into(),
                    seq.into(),
                    sealed_body.into(),
                    now.into(),
                    as_manager(author).into(),
                ])
                .to_owned(),
        )
        .await?;
        self.announce(LiveActivity::Topic { topic: topic.clone() });
        Ok(id)
    }

    /// Replies in a topic. A reply by someone other than the asker counts
    /// as the question's first answer.
    pub async fn reply_in_topic(&mut self, actor: &Actor, topic: &Topic, body: &PostBody) -> Result<PostId> {
        let now = self.now().millis();
        let seq = topic.posts.last().map_or(0, |p| p.seq) + 1;
        let id = self.insert_post(&topic.id, &topic.group_id, actor, seq, body, now).await?;
        let mut update = Query::update();
        update
            .table("community_topics")
            .value("last_post_at", now)
            .value("replies", Expr::col("replies").add(1))
            .and_where(Expr::col("id").eq(topic.id.as_str()));
        if topic.author_id.as_ref() != Some(&actor.user_id) {
            update.value(
                "first_reply_at",
                Expr::case(Expr::col("first_reply_at").is_null(), now).finally(Expr::col("first_reply_at")),
            );
        }
        self.execute(&update).await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityPosted, AuditRecord::CommunityGroup(&topic.group_id)))
            .await?;
        Ok(id)
    }

    /// Marks the reply that helped (or clears it with None).
    pub async fn mark_helpful(&mut self, actor: &Actor, topic: &Topic, post: Option<&PostId>) -> Result<bool> {
        if let Some(post) = post
            && !topic.posts.iter().skip(1).any(|p| &p.id == post && p.body.is_some())
        {
            return Ok(false);
        }
        self.execute(
            &Query::update()
                .table("community_topics")
                .value("helpful_post_id", post.map(|p| p.as_str().to_owned()))
                .and_where(Expr::col("id").eq(topic.id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityPosted, AuditRecord::CommunityGroup(&topic.group_id)))
            .await?;
        Ok(true)
    }

    // ----- Flags and moderation -----

    /// Flags a post of the topic for the group's moderators.
    pub async fn flag_post(&mut self, actor: &Actor, topic: &Topic, post: &PostId, reason: &Reason) -> Result<bool> {
        if !topic.posts.iter().any(|p| &p.id == post) {
            return Ok(false);
        }
        let id = FlagId::generate()?;
        let sealed_reason = self.seal_in(&sealed::COMMUNITY_FLAG_REASON, id.as_str(), reason.as_str())?;
        self.execute(
            &Query::insert()
                .into_table("community_flags")
                .columns(["id", "post_id", "group_id", "flagged_by", "reason", "flagged_at"])
                .values_panic([
                    id.as_str().into(),
                    post.as_str().into(),
                    topic.group_id.as_str().into(),
                    actor.user_id.as_str().into(),
                    sealed_reason.into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::CommunityPostFlagged,
            AuditRecord::CommunityGroup(&topic.group_id),
        ))
        .await?;
        Ok(true)
    }

    /// Posts flagged and not yet reviewed, in the groups `scope` admits,
    /// oldest flag first.
    pub async fn open_flags(&mut self, actor: &Actor, scope: &ModerationScope) -> Result<Vec<Flagged>> {
        let Some(groups) = moderated_groups(scope) else { return Ok(Vec::new()) };
        let mut query = Query::select()
            .expr_as(Expr::col(("community_flags", "id")), "flag_id")
            .expr_as(Expr::col(("community_flags", "reason")), "flag_reason")
            .column(("community_flags", "flagged_at"))
            .columns(["id", "topic_id", "group_id", "body", "author_id"].map(|c| ("community_posts", c)))
            .expr_as(Expr::col(("community_groups", "name")), "group_name")
            .from("community_flags")
            .inner_join("community_posts", Expr::col(("community_posts", "id")).equals(("community_flags", "post_id")))
            .inner_join(
                "community_groups",
                Expr::col(("community_groups", "id")).equals(("community_flags", "group_id")),
            )
            .and_where(Expr::col(("community_flags", "resolved_at")).is_null())
            .cond_where(groups)
            .order_by(("community_flags", "flagged_at"), Order::Asc)
            .limit(500)
            .to_owned();
        Self::with_author(&mut query, "community_posts", ("community_posts", "group_id"));
        let rows = self.fetch_all(&query).await?;
        let mut out: Vec<Flagged> = Vec::new();
        for r in &rows {
            let post = PostId::from_trusted(col::text(r, "id")?);
            let flag = col::text(r, "flag_id")?;
            let reason = self.open_in(&sealed::COMMUNITY_FLAG_REASON, &flag, &col::text(r, "flag_reason")?)?;
            if let Some(known) = out.iter_mut().find(|f| f.post == post) {
                known.reasons.push(reason);
                continue;
            }
            out.push(Flagged {
                body: self.open_in(&sealed::COMMUNITY_POST_BODY, post.as_str(), &col::text(r, "body")?)?,
                post,
                topic: TopicId::from_trusted(col::text(r, "topic_id")?),
                group: GroupId::from_trusted(col::text(r, "group_id")?),
                group_name: col::text(r, "group_name")?,
                author: Self::author_of(r, col::int(r, "author_is_ambassador")? == 1)?,
                reasons: vec![reason],
                first_flagged_at: Timestamp(col::int(r, "flagged_at")?),
            });
        }
        self.audit(AuditEntry::by(
            actor,
            AuditAction::CommunityFlagsViewed,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        Ok(out)
    }

    /// Hides a post of the topic: its author is told why, open flags on it
    /// are resolved, and the moderation log keeps it.
    pub async fn hide_post(&mut self, actor: &Actor, topic: &Topic, post: &PostId, reason: &Reason) -> Result<bool> {
        let Some(found) = topic.posts.iter().find(|p| &p.id == post && p.body.is_some()) else {
            return Ok(false);
        };
        let sealed_reason = self.seal_in(&sealed::COMMUNITY_POST_HIDDEN_REASON, post.as_str(), reason.as_str())?;
        self.execute(
            &Query::update()
                .table("community_posts")
                .value("hidden_at", self.now().millis())
                .value("hidden_reason", sealed_reason)
                .and_where(Expr::col("id").eq(post.as_str()))
                .to_owned(),
        )
        .await?;
        self.resolve_flags(actor, post).await?;
        self.after_hiding(topic, found).await?;
        self.post_moderated(actor, topic, found, ModerationKind::Hid, "post_hidden", reason).await?;
        Ok(true)
    }

    /// A moderator edits a post (taking out a name or a place, say): the
    /// new text replaces the old, a note says a moderator changed it and
    /// why, its author is told, and open flags on it are resolved.
    pub async fn edit_post(
        &mut self,
        actor: &Actor,
        topic: &Topic,
        post: &PostId,
        body: &PostBody,
        why: &Reason,
    ) -> Result<bool> {
        let Some(found) = topic.posts.iter().find(|p| &p.id == post && p.body.is_some()) else {
            return Ok(false);
        };
        let sealed_body = self.seal_in(&sealed::COMMUNITY_POST_BODY, post.as_str(), body.as_str())?;
        let sealed_note = self.seal_in(&sealed::COMMUNITY_POST_EDIT_NOTE, post.as_str(), why.as_str())?;
        self.execute(
            &Query::update()
                .table("community_posts")
                .value("body", sealed_body)
                .value("edit_note", sealed_note)
                .and_where(Expr::col("id").eq(post.as_str()))
                .to_owned(),
        )
        .await?;
        self.resolve_flags(actor, post).await?;
        self.post_moderated(actor, topic, found, ModerationKind::Edited, "post_edited", why).await?;
        Ok(true)
    }

    /// What follows a moderator's change to a post: open pages are told,
    /// the moderation log keeps it, its author is told why, and it is audited.
    async fn post_moderated(
        &mut self,
        actor: &Actor,
        topic: &Topic,
        post: &Post,
        kind: ModerationKind,
        notice: &str,
        why: &Reason,
    ) -> Result<()> {
        self.announce(LiveActivity::Topic { topic: topic.id.clone() });
        let author = post.author_id.clone();
        self.moderation_entry(&topic.group_id, Some(actor), kind, author.as_ref(), Some(&post.id), Some(why)).await?;
        if let Some(author) = &author {
            self.community_notice(author, &topic.group_id, notice, Some(why)).await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::CommunityModerated, AuditRecord::CommunityGroup(&topic.group_id)))
            .await
    }

    /// Warns, mutes (until `muted_until`) or removes a member of the group,
    /// telling them why. False when `member` is not a member (ambassadors
    /// and the manager are not moderated here).
    pub async fn moderate_member(
        &mut self,
        actor: &Actor,
        group: &GroupId,
        member: &UserId,
        action: MemberModeration,
        why: &Reason,
    ) -> Result<bool> {
        if self.membership(group, member).await?.is_none() {
            return Ok(false);
        }
        let (kind, notice) = match action {
            MemberModeration::Warn => (ModerationKind::Warned, "warned"),
            MemberModeration::Mute(until) => {
                self.execute(
                    &Query::update()
                        .table("community_members")
                        .value("muted_until", until.millis())
                        .and_where(Expr::col("group_id").eq(group.as_str()))
                        .and_where(Expr::col("user_id").eq(member.as_str()))
                        .to_owned(),
                )
                .await?;
                (ModerationKind::Muted, "muted")
            }
            MemberModeration::Remove => {
                self.execute(
                    &Query::update()
                        .table("community_members")
                        .value("removed_at", self.now().millis())
                        .and_where(Expr::col("group_id").eq(group.as_str()))
                        .and_where(Expr::col("user_id").eq(member.as_str()))
                        .to_owned(),
                )
                .await?;
                // An invitation from before cannot bring them back.
                self.execute(
                    &Query::update()
                        .table("community_invitations")
                        .value("answered_at", self.now().millis())
                        .value("accepted", 0i64)
                        .and_where(Expr::col("group_id").eq(group.as_str()))
                        .and_where(Expr::col("user_id").eq(member.as_str()))
                        .and_where(Expr::col("answered_at").is_null())
                        .to_owned(),
                )
                .await?;
                (ModerationKind::Removed, "removed")
            }
        };
        self.moderation_entry(group, Some(actor), kind, Some(member), None, Some(why)).await?;
        self.community_notice(member, group, notice, Some(why)).await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityModerated, AuditRecord::CommunityGroup(group))).await?;
        Ok(true)
    }

    /// A hidden opening post hides its topic's title too; a hidden reply no
    /// longer counts as the question's answer, nor as the reply that helped.
    async fn after_hiding(&mut self, topic: &Topic, post: &Post) -> Result<()> {
        if post.seq == 0 {
            self.execute(
                &Query::update()
                    .table("community_topics")
                    .value("hidden_at", self.now().millis())
                    .and_where(Expr::col("id").eq(topic.id.as_str()))
                    .to_owned(),
            )
            .await?;
            return Ok(());
        }
        let first = topic
            .posts
            .iter()
            .filter(|p| p.seq > 0 && p.id != post.id && p.body.is_some() && p.author_id != topic.author_id)
            .map(|p| p.posted_at.millis())
            .min();
        let mut update = Query::update();
        update
            .table("community_topics")
            .value("first_reply_at", first)
            .and_where(Expr::col("id").eq(topic.id.as_str()));
        if topic.helpful.as_ref() == Some(&post.id) {
            update.value("helpful_post_id", Option::<String>::None);
        }
        self.execute(&update).await?;
        Ok(())
    }

    /// Closes the flags on a post without acting on it.
    pub async fn dismiss_flags(&mut self, actor: &Actor, topic: &Topic, post: &PostId) -> Result<bool> {
        if !topic.posts.iter().any(|p| &p.id == post) || self.resolve_flags(actor, post).await? == 0 {
            return Ok(false);
        }
        self.moderation_entry(&topic.group_id, Some(actor), ModerationKind::FlagDismissed, None, Some(post), None)
            .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::CommunityModerated,
            AuditRecord::CommunityGroup(&topic.group_id),
        ))
        .await?;
        Ok(true)
    }

    async fn resolve_flags(&mut self, actor: &Actor, post: &PostId) -> Result<u64> {
        self.execute(
            &Query::update()
                .table("community_flags")
                .value("resolved_at", self.now().millis())
                .value("resolved_by", actor.user_id.as_str())
                .and_where(Expr::col("post_id").eq(post.as_str()))
                .and_where(Expr::col("resolved_at").is_null())
                .to_owned(),
        )
        .await
    }

    async fn moderation_entry(
        &mut self,
        group: &GroupId,
        by: Option<&Actor>,
        kind: ModerationKind,
        member: Option<&UserId>,
        post: Option<&PostId>,
        reason: Option<&Reason>,
    ) -> Result<()> {
        let id = hearth_core::ids::NoteId::generate()?;
        let sealed_reason =
            reason.map(|r| self.seal_in(&sealed::COMMUNITY_MODERATION_REASON, id.as_str(), r.as_str())).transpose()?;
        self.execute(
            &Query::insert()
                .into_table("community_moderation")
                .columns(["id", "group_id", "actor_id", "as_manager", "kind", "member_id", "post_id", "reason", "at"])
                .values_panic([
                    id.as_str().into(),
                    group.as_str().into(),
                    by.map(|a| a.user_id.as_str().to_owned()).into(),
                    by.map_or(0, as_manager).into(),
                    kind.as_str().into(),
                    member.map(|u| u.as_str().to_owned()).into(),
                    post.map(|p| p.as_str().to_owned()).into(),
                    sealed_reason.into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// The group's moderation log, newest first: who acted, on whom, why;
    /// by pseudonym, as the moderators know them.
    pub async fn moderation_log(
        &mut self,
        reader: &Actor,
        group: &GroupId,
        with_applications: bool,
    ) -> Result<Vec<ModerationEntry>> {
        let mut query = Query::select()
            .columns(["id", "kind", "reason", "at", "as_manager"].map(|c| ("community_moderation", c)))
            .expr_as(Expr::col(("actor", "display_name")), "actor_name")
            .expr_as(Expr::col(("actor_profile", "pseudonym")), "actor_pseudonym")
            .expr_as(Expr::col(("member_profile", "pseudonym")), "member_pseudonym")
            .from("community_moderation")
            .join_as(
                JoinType::LeftJoin,
                "users",
                "actor",
                Expr::col(("actor", "id")).equals(("community_moderation", "actor_id")),
            )
            .join_as(
                JoinType::LeftJoin,
                "community_profiles",
                "actor_profile",
                Expr::col(("actor_profile", "user_id")).equals(("community_moderation", "actor_id")),
            )
            .join_as(
                JoinType::LeftJoin,
                "community_profiles",
                "member_profile",
                Expr::col(("member_profile", "user_id")).equals(("community_moderation", "member_id")),
            )
            .and_where(Expr::col(("community_moderation", "group_id")).eq(group.as_str()))
            .order_by(("community_moderation", "at"), Order::Desc)
            .limit(200)
            .to_owned();
        if !with_applications {
            // Who applied, and why they were declined, is for the manager alone.
            query.and_where(Expr::col(("community_moderation", "kind")).is_not_in([
                ModerationKind::ApplicationApproved.as_str(),
                ModerationKind::ApplicationDeclined.as_str(),
            ]));
        }
        let rows = self.fetch_all(&query).await?;
        self.audit(AuditEntry::by(
            reader,
            AuditAction::CommunityModerationLogViewed,
            AuditRecord::CommunityGroup(group),
        ))
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id = col::text(r, "id")?;
            let Some(kind) = ModerationKind::parse(&col::text(r, "kind")?) else { continue };
            let by = match (col::int(r, "as_manager")? == 1, col::opt_text(r, "actor_pseudonym")?) {
                (true, _) => Author::Manager(col::opt_text(r, "actor_name")?.unwrap_or_default()),
                (false, Some(p)) => Author::Ambassador(p),
                (false, None) => Author::Nobody,
            };
            out.push(ModerationEntry {
                at: Timestamp(col::int(r, "at")?),
                kind,
                by,
                member: col::opt_text(r, "member_pseudonym")?.map(Author::Member),
                reason: col::opt_text(r, "reason")?
                    .map(|s| self.open_in(&sealed::COMMUNITY_MODERATION_REASON, &id, &s))
                    .transpose()?,
            });
        }
        Ok(out)
    }

    // ----- Notices -----

    async fn community_notice(
        &mut self,
        user: &UserId,
        group: &GroupId,
        kind: &str,
        reason: Option<&Reason>,
    ) -> Result<()> {
        let id = hearth_core::ids::NoteId::generate()?;
        let sealed_reason =
            reason.map(|r| self.seal_in(&sealed::COMMUNITY_NOTICE_REASON, id.as_str(), r.as_str())).transpose()?;
        self.execute(
            &Query::insert()
                .into_table("community_notices")
                .columns(["id", "user_id", "group_id", "kind", "reason", "at"])
                .values_panic([
                    id.as_str().into(),
                    user.as_str().into(),
                    group.as_str().into(),
                    kind.into(),
                    sealed_reason.into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// What the community told this person, newest first.
    pub async fn community_notices(&mut self, user: &UserId) -> Result<Vec<Notice>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "kind", "reason", "at", "seen_at"].map(|c| ("community_notices", c)))
                    .expr_as(Expr::col(("community_groups", "name")), "group_name")
                    .from("community_notices")
                    .inner_join(
                        "community_groups",
                        Expr::col(("community_groups", "id")).equals(("community_notices", "group_id")),
                    )
                    .and_where(Expr::col(("community_notices", "user_id")).eq(user.as_str()))
                    .order_by(("community_notices", "at"), Order::Desc)
                    .limit(20)
                    .to_owned(),
            )
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id = col::text(r, "id")?;
            out.push(Notice {
                kind: col::text(r, "kind")?,
                group_name: col::text(r, "group_name")?,
                reason: col::opt_text(r, "reason")?
                    .map(|s| self.open_in(&sealed::COMMUNITY_NOTICE_REASON, &id, &s))
                    .transpose()?,
                at: Timestamp(col::int(r, "at")?),
                seen: col::opt_int(r, "seen_at")?.is_some(),
            });
        }
        Ok(out)
    }

    /// Notices of a question waiting for ambassadors, not yet e-mailed:
    /// by notice id, with where and in which language to write.
    pub async fn question_notices_to_email(&mut self) -> Result<Vec<NoticeEmail>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("community_notices", "id"))
                    .columns([("users", "email"), ("users", "language"), ("users", "organisation_id")])
                    .from("community_notices")
                    .inner_join("users", Expr::col(("users", "id")).equals(("community_notices", "user_id")))
                    .and_where(Expr::col(("community_notices", "kind")).eq("question_waiting"))
                    .and_where(Expr::col(("community_notices", "emailed_at")).is_null())
                    .and_where(Expr::col(("users", "disabled_at")).is_null())
                    .order_by(("community_notices", "at"), Order::Asc)
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(NoticeEmail {
                    notice: col::text(r, "id")?,
                    email: col::text(r, "email")?,
                    language: col::opt_text(r, "language")?,
                    organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
                })
            })
            .collect()
    }

    /// Marks a notice's e-mail as sent, unless another process did (false).
    pub async fn claim_notice_email(&mut self, notice: &NoticeEmail) -> Result<bool> {
        let n = self
            .execute(
                &Query::update()
                    .table("community_notices")
                    .value("emailed_at", self.now().millis())
                    .and_where(Expr::col("id").eq(notice.notice.as_str()))
                    .and_where(Expr::col("emailed_at").is_null())
                    .to_owned(),
            )
            .await?;
        Ok(n == 1)
    }

    pub async fn release_notice_email(&mut self, notice: &NoticeEmail) -> Result<()> {
        self.execute(
            &Query::update()
                .table("community_notices")
                .value("emailed_at", Option::<i64>::None)
                .and_where(Expr::col("id").eq(notice.notice.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// One's notices count as read from now on.
    pub async fn mark_community_notices_seen(&mut self, user: &UserId) -> Result<()> {
        self.execute(
            &Query::update()
                .table("community_notices")
                .value("seen_at", self.now().millis())
                .and_where(Expr::col("user_id").eq(user.as_str()))
                .and_where(Expr::col("seen_at").is_null())
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    // ----- The digest -----

    /// Members who asked for the digest, whose last one went before
    /// `sent_before`, and whose topics have replies by others since.
    pub async fn community_digests_due(&mut self, sent_before: Timestamp) -> Result<Vec<DigestDue>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("community_profiles", "user_id"), ("community_profiles", "digest_sent_at")])
                    .columns([("users", "organisation_id"), ("users", "email"), ("users", "language")])
                    .from("community_profiles")
                    .inner_join("users", Expr::col(("users", "id")).equals(("community_profiles", "user_id")))
                    .and_where(Expr::col(("community_profiles", "digest")).eq(1i64))
                    .and_where(Expr::col(("users", "disabled_at")).is_null())
                    .cond_where(
                        Cond::any()
                            .add(Expr::col(("community_profiles", "digest_sent_at")).is_null())
                            .add(Expr::col(("community_profiles", "digest_sent_at")).lte(sent_before.millis())),
                    )
                    // Only those with something to tell, so nobody waits behind the rest.
                    .and_where(Expr::exists(
                        Query::select()
                            .expr(Expr::val(1))
                            .from("community_posts")
                            .inner_join(
                                "community_topics",
                                Expr::col(("community_topics", "id")).equals(("community_posts", "topic_id")),
                            )
                            .and_where(
                                Expr::col(("community_topics", "author_id")).equals(("community_profiles", "user_id")),
                            )
                            .and_where(
                                Expr::col(("community_posts", "author_id"))
                                    .not_equals(("community_profiles", "user_id")),
                            )
                            .and_where(Expr::col(("community_posts", "hidden_at")).is_null())
                            .and_where(Expr::col(("community_posts", "posted_at")).gt(Expr::expr(Func::coalesce([
                                Expr::col(("community_profiles", "digest_sent_at")),
                                Expr::val(0i64),
                            ]))))
                            .to_owned(),
                    ))
                    .order_by(("community_profiles", "digest_sent_at"), Order::Asc)
                    .limit(1000)
                    .to_owned(),
            )
            .await?;
        let mut due = Vec::new();
        for r in &rows {
            let user = UserId::from_trusted(col::text(r, "user_id")?);
            let since = col::opt_int(r, "digest_sent_at")?;
            let mine = Query::select()
                .column("id")
                .from("community_topics")
                .and_where(Expr::col("author_id").eq(user.as_str()))
                .to_owned();
            let count = self
                .fetch_one(
                    &Query::select()
                        .expr_as(Expr::col("id").count(), "n")
                        .from("community_posts")
                        .and_where(Expr::col("topic_id").in_subquery(mine))
                        .and_where(Expr::col("author_id").ne(user.as_str()))
                        .and_where(Expr::col("hidden_at").is_null())
                        .and_where(Expr::col("posted_at").gt(since.unwrap_or(0)))
                        .to_owned(),
                )
                .await?;
            let replies = col::int(&count, "n")?;
            if replies > 0 {
                due.push(DigestDue {
                    user,
                    organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
                    email: col::text(r, "email")?,
                    language: col::opt_text(r, "language")?,
                    replies,
                    since: since.map(Timestamp),
                });
            }
        }
        Ok(due)
    }

    /// Marks a digest as sent now, unless another process got there first
    /// (false then). `release_community_digest` undoes it if sending failed.
    pub async fn claim_community_digest(&mut self, due: &DigestDue) -> Result<bool> {
        let mut update = Query::update();
        update
            .table("community_profiles")
            .value("digest_sent_at", self.now().millis())
            .and_where(Expr::col("user_id").eq(due.user.as_str()));
        match due.since {
            Some(at) => update.and_where(Expr::col("digest_sent_at").eq(at.millis())),
            None => update.and_where(Expr::col("digest_sent_at").is_null()),
        };
        Ok(self.execute(&update).await? == 1)
    }

    pub async fn release_community_digest(&mut self, due: &DigestDue) -> Result<()> {
        self.execute(
            &Query::update()
                .table("community_profiles")
                .value("digest_sent_at", due.since.map(|t| t.millis()))
                .and_where(Expr::col("user_id").eq(due.user.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    // ----- Scheduled posts -----

    /// Plans a post for the group at `publish_at`. The organisation's own
    /// words (a prompt, a resource, an event), not a member's: kept plain
    /// in the plan; the topic it becomes is sealed like any other.
    pub async fn schedule_post(
        &mut self,
        actor: &Actor,
        group: &Group,
        kind: ScheduledKind,
        title: &TopicTitle,
        body: &PostBody,
        publish_at: Timestamp,
    ) -> Result<()> {
        let id = hearth_core::ids::ScheduledPostId::generate()?;
        self.execute(
            &Query::insert()
                .into_table("community_scheduled")
                .columns(["id", "group_id", "kind", "title", "body", "publish_at", "created_by", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    group.id.as_str().into(),
                    kind.as_str().into(),
                    title.as_str().into(),
                    body.as_str().into(),
                    publish_at.millis().into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CommunityGroupChanged, AuditRecord::CommunityGroup(&group.id)))
            .await
    }

    /// The group's scheduled posts: those still to come first (soonest
    /// first), then the last published ones.
    pub async fn scheduled_posts(&mut self, group: &GroupId) -> Result<Vec<Scheduled>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "kind", "title", "body", "publish_at", "topic_id"])
                    .from("community_scheduled")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .order_by("publish_at", Order::Asc)
                    .limit(200)
                    .to_owned(),
            )
            .await?;
        let mut out: Vec<Scheduled> = rows
            .iter()
            .map(|r| {
                Ok(Scheduled {
                    id: hearth_core::ids::ScheduledPostId::from_trusted(col::text(r, "id")?),
                    kind: ScheduledKind::parse(&col::text(r, "kind")?).unwrap_or(ScheduledKind::Prompt),
                    title: col::text(r, "title")?,
                    body: col::text(r, "body")?,
                    publish_at: Timestamp(col::int(r, "publish_at")?),
                    topic: col::opt_text(r, "topic_id")?.map(TopicId::from_trusted),
                })
            })
            .collect::<Result<_>>()?;
        out.sort_by_key(|s| {
            (s.topic.is_some(), if s.topic.is_some() { -s.publish_at.millis() } else { s.publish_at.millis() })
        });
        Ok(out)
    }

    /// Takes back a post not yet published; false when there is none such.
    pub async fn cancel_scheduled_post(
        &mut self,
        actor: &Actor,
        group: &Group,
        id: &hearth_core::ids::ScheduledPostId,
    ) -> Result<bool> {
        let n = self
            .execute(
                &Query::delete()
                    .from_table("community_scheduled")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("group_id").eq(group.id.as_str()))
                    .and_where(Expr::col("topic_id").is_null())
                    .to_owned(),
            )
            .await?;
        if n == 1 {
            self.audit(AuditEntry::by(
                actor,
                AuditAction::CommunityGroupChanged,
                AuditRecord::CommunityGroup(&group.id),
            ))
            .await?;
        }
        Ok(n == 1)
    }

    /// Publishes every scheduled post whose time has come, as a topic by
    /// the manager who planned it. Returns how many.
    pub async fn publish_due_posts(&mut self) -> Result<usize> {
        let now = self.now();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "group_id", "title", "body", "created_by"].map(|c| ("community_scheduled", c)))
                    .column(("users", "organisation_id"))
                    .column(("users", "role"))
                    .from("community_scheduled")
                    .inner_join("users", Expr::col(("users", "id")).equals(("community_scheduled", "created_by")))
                    .and_where(Expr::col(("community_scheduled", "topic_id")).is_null())
                    .and_where(Expr::col(("community_scheduled", "publish_at")).lte(now.millis()))
                    .order_by(("community_scheduled", "publish_at"), Order::Asc)
                    .limit(100)
                    .to_owned(),
            )
            .await?;
        let mut published = 0;
        for r in &rows {
            let organisation = OrganisationId::from_trusted(col::text(r, "organisation_id")?);
            let author = Actor {
                user_id: UserId::from_trusted(col::text(r, "created_by")?),
                organisation_id: organisation.clone(),
                role: Role::parse(&col::text(r, "role")?).unwrap_or(Role::CommunityManager),
                team_id: None,
            };
            let group_id = GroupId::from_trusted(col::text(r, "group_id")?);
            let Some(group) = self.community_group(&organisation, &group_id).await? else { continue };
            // Checked when planned; a stored plan that no longer fits is left unpublished.
            let (Ok(title), Ok(body)) =
                (TopicTitle::parse(&col::text(r, "title")?), PostBody::parse(&col::text(r, "body")?))
            else {
                continue;
            };
            // Claimed before publishing: another process that read the same
            // plan finds it taken and leaves it.
            let topic = TopicId::generate()?;
            let claimed = self
                .execute(
                    &Query::update()
                        .table("community_scheduled")
                        .value("topic_id", topic.as_str())
                        .and_where(Expr::col("id").eq(col::text(r, "id")?))
                        .and_where(Expr::col("topic_id").is_null())
                        .to_owned(),
                )
                .await?;
            if claimed != 1 {
                continue;
            }
            self.create_topic(&topic, &author, &group, &title, &body, false).await?;
            published += 1;
        }
        Ok(published)
    }

    // ----- Unanswered questions -----

    /// Questions nobody but the asker has replied to, in the groups `scope`
    /// admits, oldest first.
    pub async fn unanswered_questions(&mut self, scope: &ModerationScope) -> Result<Vec<Unanswered>> {
        let Some(groups) = moderated_groups_on(scope, ("community_topics", "group_id")) else {
            return Ok(Vec::new());
        };
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "group_id", "title", "created_at", "raised"].map(|c| ("community_topics", c)))
                    .expr_as(Expr::col(("community_groups", "name")), "group_name")
                    .from("community_topics")
                    .inner_join(
                        "community_groups",
                        Expr::col(("community_groups", "id")).equals(("community_topics", "group_id")),
                    )
                    .and_where(Expr::col(("community_topics", "question")).eq(1i64))
                    .and_where(Expr::col(("community_topics", "first_reply_at")).is_null())
                    .and_where(Expr::col(("community_topics", "hidden_at")).is_null())
                    .cond_where(groups)
                    .order_by(("community_topics", "created_at"), Order::Asc)
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id = col::text(r, "id")?;
            out.push(Unanswered {
                title: self.open_in(&sealed::COMMUNITY_TOPIC_TITLE, &id, &col::text(r, "title")?)?,
                topic: TopicId::from_trusted(id),
                group: GroupId::from_trusted(col::text(r, "group_id")?),
                group_name: col::text(r, "group_name")?,
                asked_at: Timestamp(col::int(r, "created_at")?),
                raised: QuestionRaised::from_level(col::int(r, "raised")?),
            });
        }
        Ok(out)
    }

    /// Raises every unanswered question that has passed a limit of its
    /// organisation: the group's ambassadors are told at the first; the
    /// questions returned as raised to the manager are for the caller to
    /// notify the community managers of. Each level is raised once.
    pub async fn raise_unanswered_questions(&mut self) -> Result<Vec<(OrganisationId, QuestionRaised)>> {
        let now = self.now();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "group_id", "created_at", "raised"].map(|c| ("community_topics", c)))
                    .column(("community_groups", "organisation_id"))
                    .from("community_topics")
                    .inner_join(
                        "community_groups",
                        Expr::col(("community_groups", "id")).equals(("community_topics", "group_id")),
                    )
                    .and_where(Expr::col(("community_topics", "question")).eq(1i64))
                    .and_where(Expr::col(("community_topics", "first_reply_at")).is_null())
                    .and_where(Expr::col(("community_topics", "raised")).lt(QuestionRaised::Manager.level()))
                    .and_where(Expr::col(("community_topics", "hidden_at")).is_null())
                    .and_where(Expr::col(("community_topics", "created_at")).lte(now.minus_seconds(3600).millis()))
                    .order_by(("community_topics", "created_at"), Order::Asc)
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        let mut raised = Vec::new();
        for r in &rows {
            let organisation = OrganisationId::from_trusted(col::text(r, "organisation_id")?);
            let limits = self.question_limits(&organisation).await?;
            let due = limits.raise(Timestamp(col::int(r, "created_at")?), now);
            let was = QuestionRaised::from_level(col::int(r, "raised")?);
            if due <= was {
                continue;
            }
            let topic = TopicId::from_trusted(col::text(r, "id")?);
            let group = GroupId::from_trusted(col::text(r, "group_id")?);
            // Raised once: another process that read the same question finds it raised.
            let claimed = self
                .execute(
                    &Query::update()
                        .table("community_topics")
                        .value("raised", due.level())
                        .and_where(Expr::col("id").eq(topic.as_str()))
                        .and_where(Expr::col("raised").eq(was.level()))
                        .to_owned(),
                )
                .await?;
            if claimed != 1 {
                continue;
            }
            if was < QuestionRaised::Ambassadors {
                for (ambassador, _) in self.ambassadors_of(&group).await? {
                    self.community_notice(&ambassador, &group, "question_waiting", None).await?;
                }
            }
            raised.push((organisation, due));
        }
        Ok(raised)
    }

    /// The community managers of an organisation, who are told about
    /// questions nobody answered.
    pub async fn community_managers(&mut self, organisation: &OrganisationId) -> Result<Vec<UserId>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column("id")
                    .from("users")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("role").eq(Role::CommunityManager.as_str()))
                    .and_where(Expr::col("disabled_at").is_null())
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok(UserId::from_trusted(col::text(r, "id")?))).collect()
    }

    /// Records that a member asked, from the community, for someone to talk
    /// to: on their family's file, where the practitioners look.
    pub async fn community_help_requested(&mut self, actor: &Actor, read: &FamilyRead) -> Result<()> {
        self.audit(AuditEntry::by(actor, AuditAction::CommunityHelpRequested, AuditRecord::Family(read.family()))).await
    }

    // ----- How a group is doing -----

    pub async fn group_stats(&mut self, group: &GroupId) -> Result<GroupStats> {
        let now = self.now().millis();
        let open = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("id").count(), "n")
                    .from("community_topics")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("question").eq(1i64))
                    .and_where(Expr::col("first_reply_at").is_null())
                    .to_owned(),
            )
            .await?;
        let replied = self
            .fetch_all(
                &Query::select()
                    .columns(["created_at", "first_reply_at"])
                    .from("community_topics")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("question").eq(1i64))
                    .and_where(Expr::col("first_reply_at").is_not_null())
                    .and_where(Expr::col("created_at").gte(now - 90 * DAY_MILLIS))
                    .to_owned(),
            )
            .await?;
        let waits = replied
            .iter()
            .map(|r| Ok((col::opt_int(r, "first_reply_at")?.unwrap_or(0) - col::int(r, "created_at")?) / 60_000))
            .collect::<Result<Vec<i64>>>()?;
        let active = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("author_id").count_distinct(), "n")
                    .from("community_posts")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("posted_at").gte(now - 30 * DAY_MILLIS))
                    .to_owned(),
            )
            .await?;
        let posts = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("id").count(), "n")
                    .from("community_posts")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("posted_at").gte(now - 28 * DAY_MILLIS))
                    .to_owned(),
            )
            .await?;
        let members = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("user_id").count(), "n")
                    .from("community_members")
                    .and_where(Expr::col("group_id").eq(group.as_str()))
                    .and_where(Expr::col("removed_at").is_null())
                    .to_owned(),
            )
            .await?;
        Ok(GroupStats {
            open_questions: col::int(&open, "n")?,
            median_minutes_to_first_reply: hearth_core::community::median(waits),
            active_members: col::int(&active, "n")?,
            posts_per_week: col::int(&posts, "n")? / 4,
            members: col::int(&members, "n")?,
        })
    }
}

/// The moderation scope as SQL over a `group_id` column: the one translation.
fn moderated_groups_on(scope: &ModerationScope, group_column: (&'static str, &'static str)) -> Option<Cond> {
    match scope {
        ModerationScope::Organisation(org) => Some(
            Cond::all().add(
                Expr::col(group_column).in_subquery(
                    Query::select()
                        .column("id")
                        .from("community_groups")
                        .and_where(Expr::col("organisation_id").eq(org.as_str()))
                        .to_owned(),
                ),
            ),
        ),
        ModerationScope::AmbassadorOf(org, user) => Some(
            Cond::all().add(
                Expr::col(group_column).in_subquery(
                    Query::select()
                        .column(("community_ambassadors", "group_id"))
                        .from("community_ambassadors")
                        .inner_join(
                            "community_groups",
                            Expr::col(("community_groups", "id")).equals(("community_ambassadors", "group_id")),
                        )
                        .and_where(Expr::col(("community_ambassadors", "user_id")).eq(user.as_str()))
                        .and_where(Expr::col(("community_groups", "organisation_id")).eq(org.as_str()))
                        .to_owned(),
                ),
            ),
        ),
        ModerationScope::Nothing => None,
    }
}

fn moderated_groups(scope: &ModerationScope) -> Option<Cond> {
    moderated_groups_on(scope, ("community_flags", "group_id"))
}

/// Kept with what someone writes or does: 1 when they did it as the
/// community manager, whose name is shown; 0 for everyone else, who is
/// shown by pseudonym.
fn as_manager(actor: &Actor) -> i64 {
    i64::from(actor.role == Role::CommunityManager)
}
