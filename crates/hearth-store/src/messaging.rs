//! Conversations between a family's practitioners and its members. Every
//! version of a message is sealed like a note; a correction adds a version
//! and never replaces one. Staff reach a conversation through the family
//! file (an audited read); a member only through their own membership.

use hearth_core::access::{Actor, ConversationFacts};
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{
    ConversationId, DocumentId, FamilyId, MemberId, MessageId, OrganisationId, SupportSessionId, UserId,
};
use hearth_core::messaging::MessageText;
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::sealed;
use crate::{AuditEntry, Result, StoreError, Tx, col};

pub mod quick_answers;

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorKind {
    Staff,
    Member,
    /// Hearth itself: the reply that says when the practitioner is back.
    Automatic,
}

impl AuthorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Staff => "staff",
            Self::Member => "member",
            Self::Automatic => "automatic",
        }
    }
    fn parse(text: &str) -> Option<Self> {
        [Self::Staff, Self::Member, Self::Automatic].into_iter().find(|k| k.as_str() == text)
    }
}

/// A conversation as a list shows it.
#[derive(Debug, Clone)]
pub struct ConversationSummary {
    pub id: ConversationId,
    pub family_id: FamilyId,
    /// The members taking part, by name.
    pub member_names: Vec<String>,
    pub last_message_at: Timestamp,
    pub messages: i64,
    /// Messages the viewer has not seen yet.
    pub unseen: i64,
}

#[derive(Debug, Clone)]
pub struct MessageVersion {
    pub version: i64,
    pub text: String,
    pub written_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Message {
    pub id: MessageId,
    pub seq: i64,
    pub author_id: Option<UserId>,
    pub author_name: String,
    pub author_kind: AuthorKind,
    pub sent_at: Timestamp,
    pub urgent: bool,
    /// Oldest first; the last is the text in force, and more than one means
    /// the message was corrected.
    pub versions: Vec<MessageVersion>,
    /// Photos and PDFs sent with it: the family file's documents, by id and name.
    pub attachments: Vec<(DocumentId, String)>,
}

impl Message {
    pub fn current(&self) -> Option<&MessageVersion> {
        self.versions.last()
    }
    pub fn corrected(&self) -> bool {
        self.versions.len() > 1
    }
}

/// Proof that a conversation was opened by someone who may read it: staff
/// through an audited read of the family file, a member once the access
/// policy has allowed it. Every reader and writer of messages takes it.
#[derive(Debug, Clone)]
pub struct ConversationOpen {
    conversation: ConversationId,
    family: FamilyId,
}

impl ConversationOpen {
    pub fn id(&self) -> &ConversationId {
        &self.conversation
    }
    pub fn family(&self) -> &FamilyId {
        &self.family
    }
}

impl Tx {
    /// Starts a conversation with members of the family who have a portal
    /// account; members of other families or without an account are left
    /// out. None when nobody is left to talk to.
    pub async fn start_conversation(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        members: &[MemberId],
    ) -> Result<Option<ConversationOpen>> {
        let family = read.family();
        let ids: Vec<String> = members.iter().map(|m| m.as_str().to_owned()).collect();
        let rows = self
            .fetch_all(
                &Query::select()
                    .column("id")
                    .from("family_members")
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .and_where(Expr::col("account_user_id").is_not_null())
                    .and_where(Expr::col("id").is_in(ids))
                    .to_owned(),
            )
            .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        let id = ConversationId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("conversations")
                .columns(["id", "family_id", "started_by", "started_at", "last_message_at", "messages"])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                    now.into(),
                    0i64.into(),
                ])
                .to_owned(),
        )
        .await?;
        let mut insert = Query::insert();
        insert.into_table("conversation_members").columns(["conversation_id", "member_id"]);
        for r in &rows {
            insert.values_panic([id.as_str().into(), col::text(r, "id")?.into()]);
        }
        self.execute(&insert).await?;
        self.audit(AuditEntry::by(actor, AuditAction::ConversationStarted, AuditRecord::Family(family))).await?;
        Ok(Some(ConversationOpen { conversation: id, family: family.clone() }))
    }

    /// Opens one of the family's conversations for a member of staff, who
    /// has already read the file; the reading of the conversation is audited.
    pub async fn open_conversation_as_staff(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        id: &ConversationId,
    ) -> Result<Option<ConversationOpen>> {
        let found = self
            .fetch_optional(
                &Query::select()
                    .column("id")
                    .from("conversations")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("family_id").eq(read.family().as_str()))
                    .to_owned(),
            )
            .await?;
        if found.is_none() {
            return Ok(None);
        }
        self.audit(AuditEntry::by(actor, AuditAction::ConversationViewed, AuditRecord::Family(read.family()))).await?;
        Ok(Some(ConversationOpen { conversation: id.clone(), family: read.family().clone() }))
    }

    /// What the access policy needs to know about a conversation, asked by
    /// `actor`: its organisation, and whether a member taking part is linked
    /// to the actor's account. None when there is no such conversation.
    pub async fn conversation_facts(
        &mut self,
        actor: &Actor,
        id: &ConversationId,
    ) -> Result<Option<ConversationFacts>> {
        let takes_part = Expr::col(("conversations", "id")).in_subquery(
            Query::select()
                .column(("conversation_members", "conversation_id"))
                .from("conversation_members")
                .inner_join(
                    "family_members",
                    Expr::col(("family_members", "id")).equals(("conversation_members", "member_id")),
                )
                .and_where(Expr::col(("family_members", "account_user_id")).eq(actor.user_id.as_str()))
                .to_owned(),
        );
        let row = self
            .fetch_optional(
                &Query::select()
                    .column(("families", "organisation_id"))
                    // 1 or 0 on both databases (PostgreSQL would answer a boolean).
                    .expr_as(sea_query::Expr::case(takes_part, 1i64).finally(0i64), "takes_part")
                    .from("conversations")
                    .inner_join("families", Expr::col(("families", "id")).equals(("conversations", "family_id")))
                    .and_where(Expr::col(("conversations", "id")).eq(id.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| {
            Ok(ConversationFacts {
                organisation_id: OrganisationId::from_trusted(col::text(&r, "organisation_id")?),
                actor_takes_part: col::int(&r, "takes_part")? != 0,
            })
        })
        .transpose()
    }

    /// Opens a conversation for a member the access policy has let in
    /// (`Action::Converse` on its [`Tx::conversation_facts`]).
    pub async fn open_conversation_as_member(&mut self, id: &ConversationId) -> Result<Option<ConversationOpen>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("family_id")
                    .from("conversations")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| {
            Ok(ConversationOpen {
                conversation: id.clone(),
                family: FamilyId::from_trusted(col::text(&r, "family_id")?),
            })
        })
        .transpose()
    }

    /// A family's conversations, the newest first, with what `viewer` has not seen.
    pub async fn conversations_of(&mut self, read: &FamilyRead, viewer: &UserId) -> Result<Vec<ConversationSummary>> {
        let query = summary_query(viewer)
            .and_where(Expr::col(("conversations", "family_id")).eq(read.family().as_str()))
            .to_owned();
        self.summaries(query).await
    }

    /// The conversations a member's account takes part in, the newest first.
    pub async fn conversations_of_member(&mut self, account: &UserId) -> Result<Vec<ConversationSummary>> {
        let query = summary_query(account)
            .and_where(
                Expr::col(("conversations", "id")).in_subquery(
                    Query::select()
                        .column(("conversation_members", "conversation_id"))
                        .from("conversation_members")
                        .inner_join(
                            "family_members",
                            Expr::col(("family_members", "id")).equals(("conversation_members", "member_id")),
                        )
                        .and_where(Expr::col(("family_members", "account_user_id")).eq(account.as_str()))
                        .to_owned(),
                ),
            )
            .to_owned();
        self.summaries(query).await
    }

    async fn summaries(&mut self, query: sea_query::SelectStatement) -> Result<Vec<ConversationSummary>> {
        let rows = self.fetch_all(&query).await?;
        let ids: Vec<String> = rows.iter().map(|r| col::text(r, "id")).collect::<Result<_>>()?;
        // The members of every listed conversation in one query, not one per conversation.
        let member_rows = if ids.is_empty() {
            Vec::new()
        } else {
            self.fetch_all(
                &Query::select()
                    .column(("conversation_members", "conversation_id"))
                    .column(("family_members", "name"))
                    .from("conversation_members")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("conversation_members", "member_id")),
                    )
                    .and_where(Expr::col(("conversation_members", "conversation_id")).is_in(ids))
                    .order_by(("family_members", "name"), Order::Asc)
                    .to_owned(),
            )
            .await?
        };
        let mut names: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
        for r in &member_rows {
            names.entry(col::text(r, "conversation_id")?).or_default().push(col::text(r, "name")?);
        }
        rows.iter()
            .map(|r| {
                let id = col::text(r, "id")?;
                let messages = col::int(r, "messages")?;
                Ok(ConversationSummary {
                    member_names: names.remove(&id).unwrap_or_default(),
                    id: ConversationId::from_trusted(id),
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    last_message_at: Timestamp(col::int(r, "last_message_at")?),
                    unseen: std::cmp::max(messages - col::opt_int(r, "seen_up_to")?.unwrap_or(0), 0),
                    messages,
                })
            })
            .collect()
    }

    /// Sends a message as a member of staff or a member of the family.
    pub async fn send_message(
        &mut self,
        author: &Actor,
        open: &ConversationOpen,
        text: &MessageText,
        urgent: bool,
    ) -> Result<Message> {
        let kind = if author.role.is_staff() { AuthorKind::Staff } else { AuthorKind::Member };
        let message = self.insert_message(open, Some(&author.user_id), kind, text, urgent).await?;
        self.audit(AuditEntry::by(author, AuditAction::MessageSent, AuditRecord::Family(open.family()))).await?;
        // One's own message is seen by oneself.
        self.mark_seen(&author.user_id, open, message.seq).await?;
        Ok(message)
    }

    /// Hearth's own reply (when the practitioner is back, whom to call if it
    /// is urgent), recorded as Hearth's.
    pub async fn send_automatic_reply(&mut self, open: &ConversationOpen, text: &MessageText) -> Result<Message> {
        let message = self.insert_message(open, None, AuthorKind::Automatic, text, false).await?;
        self.audit(AuditEntry::anonymous(None, AuditAction::MessageSent, AuditRecord::Family(open.family()))).await?;
        Ok(message)
    }

    async fn insert_message(
        &mut self,
        open: &ConversationOpen,
        author: Option<&UserId>,
        kind: AuthorKind,
        text: &MessageText,
        urgent: bool,
    ) -> Result<Message> {
        let now = self.now();
        // Taking the next place locks the conversation's row, so two messages
        // sent at once get places one after the other.
        let row = self
            .fetch_one(
                &Query::update()
                    .table("conversations")
                    .value("messages", Expr::col("messages").add(1))
                    .value("last_message_at", now.millis())
                    .and_where(Expr::col("id").eq(open.id().as_str()))
                    .returning(Query::returning().column("messages"))
                    .to_owned(),
            )
            .await?;
        let seq = col::int(&row, "messages")?;
        let id = MessageId::generate()?;
        self.execute(
            &Query::insert()
                .into_table("messages")
                .columns(["id", "conversation_id", "seq", "author_id", "author_kind", "sent_at", "urgent"])
                .values_panic([
                    id.as_str().into(),
                    open.id().as_str().into(),
                    seq.into(),
                    author.map(|a| a.as_str().to_owned()).into(),
                    kind.as_str().into(),
                    now.millis().into(),
                    i64::from(urgent).into(),
                ])
                .to_owned(),
        )
        .await?;
        let version = self.insert_message_version(&id, 1, text).await?;
        self.count_message_day(open, now, kind == AuthorKind::Member).await?;
        self.announce(LiveActivity::Message { conversation: open.id().clone(), seq });
        Ok(Message {
            id,
            seq,
            author_id: author.cloned(),
            author_name: String::new(),
            author_kind: kind,
            sent_at: now,
            urgent,
            versions: vec![version],
            attachments: Vec::new(),
        })
    }

    async fn insert_message_version(
        &mut self,
        message: &MessageId,
        version: i64,
        text: &MessageText,
    ) -> Result<MessageVersion> {
        let sealed = self.seal(&sealed::MESSAGE_BODY, &[message.as_str(), &version.to_string()], text.as_str())?;
        let now = self.now();
        self.execute(
            &Query::insert()
                .into_table("message_versions")
                .columns(["message_id", "version", "body", "written_at"])
                .values_panic([message.as_str().into(), version.into(), sealed.into(), now.millis().into()])
                .to_owned(),
        )
        .await?;
        Ok(MessageVersion { version, text: text.as_str().to_owned(), written_at: now })
    }

    /// Counts a message in its conversation's day on the family timeline.
    async fn count_message_day(&mut self, open: &ConversationOpen, at: Timestamp, from_family: bool) -> Result<()> {
        let zone = self.family_zone(open.family()).await?;
        let day = zone.local(at).date.to_string();
        self.execute(
            &Query::insert()
                .into_table("conversation_days")
                .columns(["conversation_id", "day", "family_id", "messages", "from_family", "last_at"])
                .values_panic([
                    open.id().as_str().into(),
                    day.into(),
                    open.family().as_str().into(),
                    1i64.into(),
                    i64::from(from_family).into(),
                    at.millis().into(),
                ])
                .on_conflict(
                    sea_query::OnConflict::columns(["conversation_id", "day"])
                        .value("messages", Expr::col(("conversation_days", "messages")).add(1))
                        .value(
                            "from_family",
                            Expr::col(("conversation_days", "from_family")).add(Expr::col(("excluded", "from_family"))),
                        )
                        .value("last_at", Expr::col(("excluded", "last_at")))
                        .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// The time zone of a family's organisation (its wellbeing policy's).
    async fn family_zone(&mut self, family: &FamilyId) -> Result<hearth_core::zone::Zone> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column(("wellbeing_policies", "time_zone"))
                    .from("families")
                    .inner_join(
                        "wellbeing_policies",
                        Expr::col(("wellbeing_policies", "organisation_id")).equals(("families", "organisation_id")),
                    )
                    .and_where(Expr::col(("families", "id")).eq(family.as_str()))
                    .to_owned(),
            )
            .await?;
        let named = row.map(|r| col::text(&r, "time_zone")).transpose()?;
        Ok(named
            .and_then(|name| hearth_core::zone::Zone::parse(&name))
            .unwrap_or_else(|| hearth_core::wellbeing::WellbeingPolicy::default().zone))
    }

    /// The newest `limit` conversation days of a family, newest first.
    pub async fn newest_conversation_days(
        &mut self,
        read: &FamilyRead,
        limit: Option<u64>,
    ) -> Result<Vec<ConversationDay>> {
        let mut query = Query::select()
            .columns(["conversation_id", "day", "messages", "from_family", "last_at"])
            .from("conversation_days")
            .and_where(Expr::col("family_id").eq(read.family().as_str()))
            .order_by("last_at", Order::Desc)
            .to_owned();
        if let Some(limit) = limit {
            query.limit(limit);
        }
        let rows = self.fetch_all(&query).await?;
        rows.iter()
            .map(|r| {
                Ok(ConversationDay {
                    conversation_id: ConversationId::from_trusted(col::text(r, "conversation_id")?),
                    day: col::text(r, "day")?,
                    messages: col::int(r, "messages")?,
                    from_family: col::int(r, "from_family")?,
                    last_at: Timestamp(col::int(r, "last_at")?),
                })
            })
            .collect()
    }

    /// Corrects one's own message: the correction is a new version, and the
    /// earlier text stays visible as corrected. False when the message is not
    /// the author's own in this conversation.
    pub async fn correct_message(
        &mut self,
        author: &Actor,
        open: &ConversationOpen,
        message: &MessageId,
        text: &MessageText,
    ) -> Result<bool> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .expr_as(sea_query::Func::max(Expr::col(("message_versions", "version"))), "v")
                    .expr_as(sea_query::Func::max(Expr::col(("messages", "seq"))), "seq")
                    .from("messages")
                    .inner_join(
                        "message_versions",
                        Expr::col(("message_versions", "message_id")).equals(("messages", "id")),
                    )
                    .and_where(Expr::col(("messages", "id")).eq(message.as_str()))
                    .and_where(Expr::col(("messages", "conversation_id")).eq(open.id().as_str()))
                    .and_where(Expr::col(("messages", "author_id")).eq(author.user_id.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some((latest, seq)) = row
            .map(|r| Ok::<_, StoreError>((col::opt_int(&r, "v")?, col::opt_int(&r, "seq")?)))
            .transpose()?
            .and_then(|(v, seq)| v.zip(seq))
        else {
            return Ok(false);
        };
        self.insert_message_version(message, latest + 1, text).await?;
        self.announce(LiveActivity::Corrected { conversation: open.id().clone(), seq });
        self.audit(AuditEntry::by(author, AuditAction::MessageCorrected, AuditRecord::Family(open.family()))).await?;
        Ok(true)
    }

    /// The conversation's messages after place `after` (0 for all), oldest
    /// first, opened with the keyring.
    pub async fn messages_of(&mut self, open: &ConversationOpen, after: i64) -> Result<Vec<Message>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("messages", "id"),
                        ("messages", "seq"),
                        ("messages", "author_id"),
                        ("messages", "author_kind"),
                        ("messages", "sent_at"),
                        ("messages", "urgent"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "author_name")
                    .from("messages")
                    .left_join("users", Expr::col(("users", "id")).equals(("messages", "author_id")))
                    .and_where(Expr::col(("messages", "conversation_id")).eq(open.id().as_str()))
                    .and_where(Expr::col(("messages", "seq")).gt(after))
                    .order_by(("messages", "seq"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let version_rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("message_versions", "message_id"),
                        ("message_versions", "version"),
                        ("message_versions", "body"),
                        ("message_versions", "written_at"),
                    ])
                    .from("message_versions")
                    .inner_join("messages", Expr::col(("messages", "id")).equals(("message_versions", "message_id")))
                    .and_where(Expr::col(("messages", "conversation_id")).eq(open.id().as_str()))
                    .and_where(Expr::col(("messages", "seq")).gt(after))
                    .order_by(("message_versions", "message_id"), Order::Asc)
                    .order_by(("message_versions", "version"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut versions: std::collections::HashMap<String, Vec<MessageVersion>> = std::collections::HashMap::new();
        for r in &version_rows {
            let message = col::text(r, "message_id")?;
            let version = col::int(r, "version")?;
            let text = self.open(&sealed::MESSAGE_BODY, &[&message, &version.to_string()], &col::text(r, "body")?)?;
            versions.entry(message).or_default().push(MessageVersion {
                version,
                text,
                written_at: Timestamp(col::int(r, "written_at")?),
            });
        }
        let attachment_rows = self
            .fetch_all(
                &Query::select()
                    .columns([("message_attachments", "message_id"), ("message_attachments", "document_id")])
                    .column(("documents", "name"))
                    .from("message_attachments")
                    .inner_join("messages", Expr::col(("messages", "id")).equals(("message_attachments", "message_id")))
                    .inner_join(
                        "documents",
                        Expr::col(("documents", "id")).equals(("message_attachments", "document_id")),
                    )
                    .and_where(Expr::col(("messages", "conversation_id")).eq(open.id().as_str()))
                    .and_where(Expr::col(("messages", "seq")).gt(after))
                    .order_by(("documents", "name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut attachments: std::collections::HashMap<String, Vec<(DocumentId, String)>> =
            std::collections::HashMap::new();
        for r in &attachment_rows {
            attachments
                .entry(col::text(r, "message_id")?)
                .or_default()
                .push((DocumentId::from_trusted(col::text(r, "document_id")?), col::text(r, "name")?));
        }
        rows.iter()
            .map(|r| {
                let id = col::text(r, "id")?;
                Ok(Message {
                    attachments: attachments.remove(&id).unwrap_or_default(),
                    versions: versions.remove(&id).unwrap_or_default(),
                    id: MessageId::from_trusted(id),
                    seq: col::int(r, "seq")?,
                    author_id: col::opt_text(r, "author_id")?.map(UserId::from_trusted),
                    author_name: col::opt_text(r, "author_name")?.unwrap_or_default(),
                    author_kind: AuthorKind::parse(&col::text(r, "author_kind")?)
                        .ok_or(StoreError::Corrupt("author_kind"))?,
                    sent_at: Timestamp(col::int(r, "sent_at")?),
                    urgent: col::int(r, "urgent")? != 0,
                })
            })
            .collect()
    }

    /// Records that `user` has seen the conversation up to place `up_to`;
    /// never moves back.
    pub async fn mark_seen(&mut self, user: &UserId, open: &ConversationOpen, up_to: i64) -> Result<()> {
        let now = self.now().millis();
        let moved = self
            .execute(
                &Query::insert()
                    .into_table("conversation_reads")
                    .columns(["conversation_id", "user_id", "seen_up_to", "seen_at"])
                    .values_panic([open.id().as_str().into(), user.as_str().into(), up_to.into(), now.into()])
                    .on_conflict(
                        sea_query::OnConflict::columns(["conversation_id", "user_id"])
                            .update_columns(["seen_up_to", "seen_at"])
                            .action_and_where(Expr::col(("conversation_reads", "seen_up_to")).lt(up_to))
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        if moved > 0 {
            self.announce(LiveActivity::Seen { conversation: open.id().clone() });
        }
        Ok(())
    }

    /// Whether Hearth has already answered automatically since staff last
    /// wrote, so a member writing several messages out of hours gets one reply.
    pub async fn answered_automatically_since_staff(&mut self, open: &ConversationOpen) -> Result<bool> {
        let newest = |kind: AuthorKind| {
            Query::select()
                .expr(sea_query::Func::max(Expr::col("seq")))
                .from("messages")
                .and_where(Expr::col("conversation_id").eq(open.id().as_str()))
                .and_where(Expr::col("author_kind").eq(kind.as_str()))
                .to_owned()
        };
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(
                        Expr::expr(sea_query::SimpleExpr::SubQuery(
                            None,
                            Box::new(newest(AuthorKind::Automatic).into()),
                        )),
                        "automatic",
                    )
                    .expr_as(
                        Expr::expr(sea_query::SimpleExpr::SubQuery(None, Box::new(newest(AuthorKind::Staff).into()))),
                        "staff",
                    )
                    .to_owned(),
            )
            .await?;
        let automatic = col::opt_int(&row, "automatic")?;
        let staff = col::opt_int(&row, "staff")?;
        Ok(automatic.is_some_and(|a| staff.is_none_or(|s| a > s)))
    }

    /// Links a document of the family file to a message as its attachment.
    pub async fn attach_document(&mut self, message: &MessageId, document: &DocumentId) -> Result<()> {
        self.execute(
            &Query::insert()
                .into_table("message_attachments")
                .columns(["message_id", "document_id"])
                .values_panic([message.as_str().into(), document.as_str().into()])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// A document sent in this conversation, for a participant to download
    /// (with [`Tx::download_document`], which records it); None when it was
    /// not sent here.
    pub async fn conversation_attachment(
        &mut self,
        open: &ConversationOpen,
        document: &DocumentId,
    ) -> Result<Option<crate::documents::Document>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column(("message_attachments", "document_id"))
                    .from("message_attachments")
                    .inner_join("messages", Expr::col(("messages", "id")).equals(("message_attachments", "message_id")))
                    .and_where(Expr::col(("messages", "conversation_id")).eq(open.id().as_str()))
                    .and_where(Expr::col(("message_attachments", "document_id")).eq(document.as_str()))
                    .to_owned(),
            )
            .await?;
        if row.is_none() {
            return Ok(None);
        }
        self.document_of_family(open.family(), document).await
    }

    /// Who wrote the messages at these places (None for Hearth's own).
    pub async fn message_authors(
        &mut self,
        open: &ConversationOpen,
        seqs: &[i64],
    ) -> Result<Vec<(i64, Option<UserId>)>> {
        if seqs.is_empty() {
            return Ok(Vec::new());
        }
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["seq", "author_id"])
                    .from("messages")
                    .and_where(Expr::col("conversation_id").eq(open.id().as_str()))
                    .and_where(Expr::col("seq").is_in(seqs.iter().copied()))
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| Ok((col::int(r, "seq")?, col::opt_text(r, "author_id")?.map(UserId::from_trusted))))
            .collect()
    }

    /// The names of the members taking part.
    pub async fn conversation_member_names(&mut self, open: &ConversationOpen) -> Result<Vec<String>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("family_members", "name"))
                    .from("conversation_members")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("conversation_members", "member_id")),
                    )
                    .and_where(Expr::col(("conversation_members", "conversation_id")).eq(open.id().as_str()))
                    .order_by(("family_members", "name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| col::text(r, "name")).collect()
    }

    /// How far each participant has seen the conversation, for "seen" marks.
    pub async fn seen_marks(&mut self, open: &ConversationOpen) -> Result<Vec<SeenMark>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("conversation_reads", "user_id"), ("conversation_reads", "seen_up_to")])
                    .column(("users", "display_name"))
                    .from("conversation_reads")
                    .inner_join("users", Expr::col(("users", "id")).equals(("conversation_reads", "user_id")))
                    .and_where(Expr::col(("conversation_reads", "conversation_id")).eq(open.id().as_str()))
                    .order_by(("users", "display_name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(SeenMark {
                    user_id: UserId::from_trusted(col::text(r, "user_id")?),
                    name: col::text(r, "display_name")?,
                    up_to: col::int(r, "seen_up_to")?,
                })
            })
            .collect()
    }
}

/// Something a committed transaction did in a conversation or a call, so
/// pages that have it open can show it at once. It carries places, never
/// text: a page reads what changed through its own access check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveActivity {
    /// A message took place `seq`.
    Message { conversation: ConversationId, seq: i64 },
    /// The message at place `seq` was corrected.
    Corrected { conversation: ConversationId, seq: i64 },
    /// A participant has seen further.
    Seen { conversation: ConversationId },
    /// Someone came, was let in, left, dropped, or has signalling waiting in
    /// the session's video call.
    Call { session: SupportSessionId },
    /// A post was written, hidden or edited in a peer-support topic.
    Topic { topic: hearth_core::ids::TopicId },
    /// Announcements may have been missed (a lost connection to the
    /// database, a reader that fell behind): every open page looks again.
    Missed,
}

impl LiveActivity {
    pub fn conversation(&self) -> Option<&ConversationId> {
        match self {
            Self::Message { conversation, .. } | Self::Corrected { conversation, .. } | Self::Seen { conversation } => {
                Some(conversation)
            }
            Self::Call { .. } | Self::Topic { .. } | Self::Missed => None,
        }
    }

    /// The `NOTIFY` payload: a letter, the conversation or session and a place.
    pub(crate) fn encode(&self) -> String {
        match self {
            Self::Message { conversation, seq } => format!("m:{conversation}:{seq}"),
            Self::Corrected { conversation, seq } => format!("c:{conversation}:{seq}"),
            Self::Seen { conversation } => format!("s:{conversation}"),
            Self::Call { session } => format!("v:{session}"),
            Self::Topic { topic } => format!("t:{topic}"),
            Self::Missed => "x".to_owned(),
        }
    }

    pub(crate) fn decode(payload: &str) -> Option<Self> {
        let mut parts = payload.split(':');
        let kind = parts.next()?;
        if kind == "x" {
            return Some(Self::Missed);
        }
        let place = parts.next()?;
        if kind == "v" {
            let session = SupportSessionId::parse(place).ok()?;
            return parts.next().is_none().then_some(Self::Call { session });
        }
        if kind == "t" {
            let topic = hearth_core::ids::TopicId::parse(place).ok()?;
            return parts.next().is_none().then_some(Self::Topic { topic });
        }
        let conversation = ConversationId::parse(place).ok()?;
        let seq = parts.next().map(str::parse::<i64>);
        match (kind, seq) {
            ("m", Some(Ok(seq))) => Some(Self::Message { conversation, seq }),
            ("c", Some(Ok(seq))) => Some(Self::Corrected { conversation, seq }),
            ("s", None) => Some(Self::Seen { conversation }),
            _ => None,
        }
    }
}

/// The `LISTEN`/`NOTIFY` channel that carries conversation and call activity.
pub(crate) const ACTIVITY_CHANNEL: &str = "hearth_live";

/// How many announcements a slow reader may fall behind before it is told
/// it missed some.
const ACTIVITY_BACKLOG: usize = 4096;

/// Conversation activity within this process: announced here after an
/// SQLite commit, or received from PostgreSQL once followed.
pub(crate) struct ActivityFeed {
    sender: tokio::sync::broadcast::Sender<LiveActivity>,
    /// The database to `LISTEN` on; None on SQLite.
    listen_url: Option<String>,
    following: std::sync::atomic::AtomicBool,
    /// The listening task, stopped with the store so its connection closes.
    listener: std::sync::Mutex<Option<tokio::task::AbortHandle>>,
}

impl Drop for ActivityFeed {
    fn drop(&mut self) {
        self.stop();
    }
}

impl ActivityFeed {
    pub(crate) fn new(backend: crate::Backend, url: &str) -> Self {
        let (sender, _) = tokio::sync::broadcast::channel(ACTIVITY_BACKLOG);
        let listen_url = (backend == crate::Backend::Postgres).then(|| url.to_owned());
        Self { sender, listen_url, following: Default::default(), listener: Default::default() }
    }

    /// Stops listening, closing the listener's connection.
    pub(crate) fn stop(&self) {
        if let Some(task) = self.listener.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take() {
            task.abort();
        }
    }

    pub(crate) fn subscribe(&self) -> tokio::sync::broadcast::Receiver<LiveActivity> {
        self.sender.subscribe()
    }

    pub(crate) fn announce(&self, happened: LiveActivity) {
        // Nobody listening is not an error: no page is open.
        let _ = self.sender.send(happened);
    }

    pub(crate) async fn follow(&self) -> Result<()> {
        let Some(url) = self.listen_url.clone() else { return Ok(()) };
        if self.following.swap(true, std::sync::atomic::Ordering::SeqCst) {
            return Ok(());
        }
        let mut listener = sqlx::postgres::PgListener::connect(&url).await?;
        listener.listen(ACTIVITY_CHANNEL).await?;
        let sender = self.sender.clone();
        let task = tokio::spawn(async move {
            loop {
                match listener.try_recv().await {
                    Ok(Some(notification)) => {
                        if let Some(happened) = LiveActivity::decode(notification.payload()) {
                            let _ = sender.send(happened);
                        }
                    }
                    // The connection was lost; the next call reconnects. What
                    // was sent meanwhile is gone, so pages look again.
                    Ok(None) => {
                        let _ = sender.send(LiveActivity::Missed);
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "listening for conversation activity failed; retrying");
                        let _ = sender.send(LiveActivity::Missed);
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        *self.listener.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(task.abort_handle());
        Ok(())
    }
}

/// One conversation's day on the family timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationDay {
    pub conversation_id: ConversationId,
    /// The local date, YYYY-MM-DD.
    pub day: String,
    pub messages: i64,
    pub from_family: i64,
    pub last_at: Timestamp,
}

/// How far one participant has seen a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenMark {
    pub user_id: UserId,
    pub name: String,
    pub up_to: i64,
}

/// Conversations with the viewer's "seen up to", newest first.
fn summary_query(viewer: &UserId) -> sea_query::SelectStatement {
    Query::select()
        .columns([
            ("conversations", "id"),
            ("conversations", "family_id"),
            ("conversations", "last_message_at"),
            ("conversations", "messages"),
        ])
        .column(("conversation_reads", "seen_up_to"))
        .from("conversations")
        .left_join(
            "conversation_reads",
            Expr::col(("conversation_reads", "conversation_id"))
                .equals(("conversations", "id"))
                .and(Expr::col(("conversation_reads", "user_id")).eq(viewer.as_str())),
        )
        .order_by(("conversations", "last_message_at"), Order::Desc)
        .to_owned()
}

/// A family member with messages they have not seen, to be told by e-mail.
#[derive(Debug, Clone)]
pub struct MessageEmailDue {
    pub conversation_id: ConversationId,
    pub user_id: UserId,
    pub organisation_id: OrganisationId,
    pub email: String,
    pub language: Option<String>,
}

/// How often one conversation may e-mail one member.
const MESSAGE_EMAIL_EVERY_MILLIS: i64 = 3_600_000;

impl Tx {
    /// Members who have not seen their conversations' newest messages, at
    /// least one written before `quiet_since` (so someone reading live is
    /// not e-mailed), who still take e-mail about messages, and whom the
    /// conversation has not e-mailed in the last hour or since its last
    /// message.
    pub async fn members_to_email_about_messages(&mut self, quiet_since: Timestamp) -> Result<Vec<MessageEmailDue>> {
        let hour_ago = self.now().millis() - MESSAGE_EMAIL_EVERY_MILLIS;
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("conversation_members", "conversation_id"))
                    .columns([("users", "id"), ("users", "organisation_id"), ("users", "email"), ("users", "language")])
                    .from("conversation_members")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("conversation_members", "member_id")),
                    )
                    .inner_join("users", Expr::col(("users", "id")).equals(("family_members", "account_user_id")))
                    .inner_join(
                        "conversations",
                        Expr::col(("conversations", "id")).equals(("conversation_members", "conversation_id")),
                    )
                    .left_join(
                        "conversation_reads",
                        Expr::col(("conversation_reads", "conversation_id"))
                            .equals(("conversations", "id"))
                            .and(Expr::col(("conversation_reads", "user_id")).equals(("users", "id"))),
                    )
                    .left_join(
                        "conversation_emails",
                        Expr::col(("conversation_emails", "conversation_id"))
                            .equals(("conversations", "id"))
                            .and(Expr::col(("conversation_emails", "user_id")).equals(("users", "id"))),
                    )
                    .and_where(Expr::col(("users", "message_emails")).eq(1))
                    .and_where(Expr::col(("users", "disabled_at")).is_null())
                    .and_where(
                        Expr::col(("conversations", "messages")).gt(sea_query::Func::coalesce([
                            Expr::col(("conversation_reads", "seen_up_to")),
                            Expr::val(0),
                        ])),
                    )
                    .and_where(Expr::col(("conversations", "last_message_at")).lte(quiet_since.millis()))
                    .and_where(
                        Expr::col(("conversation_emails", "sent_at")).is_null().or(Expr::col((
                            "conversation_emails",
                            "sent_at",
                        ))
                        .lte(hour_ago)
                        .and(
                            Expr::col(("conversation_emails", "sent_at"))
                                .lt(Expr::col(("conversations", "last_message_at"))),
                        )),
                    )
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(MessageEmailDue {
                    conversation_id: ConversationId::from_trusted(col::text(r, "conversation_id")?),
                    user_id: UserId::from_trusted(col::text(r, "id")?),
                    organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
                    email: col::text(r, "email")?,
                    language: col::opt_text(r, "language")?,
                })
            })
            .collect()
    }

    /// Claims the e-mail for this member and conversation, so that only one
    /// process sends it and not again within the hour; false when taken.
    pub async fn claim_message_email(&mut self, due: &MessageEmailDue) -> Result<bool> {
        let now = self.now().millis();
        let claimed = self
            .execute(
                &Query::insert()
                    .into_table("conversation_emails")
                    .columns(["conversation_id", "user_id", "sent_at"])
                    .values_panic([due.conversation_id.as_str().into(), due.user_id.as_str().into(), now.into()])
                    .on_conflict(
                        sea_query::OnConflict::columns(["conversation_id", "user_id"])
                            .update_column("sent_at")
                            .action_and_where(
                                Expr::col(("conversation_emails", "sent_at")).lte(now - MESSAGE_EMAIL_EVERY_MILLIS),
                            )
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(claimed > 0)
    }

    /// Gives a claim back after sending failed, so the next run retries.
    pub async fn release_message_email(&mut self, due: &MessageEmailDue) -> Result<()> {
        self.execute(
            &Query::update()
                .table("conversation_emails")
                .value("sent_at", 0)
                .and_where(Expr::col("conversation_id").eq(due.conversation_id.as_str()))
                .and_where(Expr::col("user_id").eq(due.user_id.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// Whether a family member takes e-mail about new messages.
    pub async fn message_emails(&mut self, user: &UserId) -> Result<bool> {
        let row = self
            .fetch_one(
                &Query::select()
                    .column("message_emails")
                    .from("users")
                    .and_where(Expr::col("id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(col::int(&row, "message_emails")? != 0)
    }

    /// Turns e-mail about new messages on or off for one's own account.
    pub async fn set_message_emails(&mut self, actor: &Actor, on: bool) -> Result<()> {
        self.execute(
            &Query::update()
                .table("users")
                .value("message_emails", i64::from(on))
                .and_where(Expr::col("id").eq(actor.user_id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::NotificationSettingsChanged,
            AuditRecord::Account(&actor.user_id),
        ))
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_activity_survives_the_notify_payload() -> std::result::Result<(), hearth_core::ids::InvalidId> {
        let conversation = ConversationId::parse(&"a".repeat(32))?;
        let session = SupportSessionId::parse(&"b".repeat(32))?;
        let topic = hearth_core::ids::TopicId::parse(&"c".repeat(32))?;
        for happened in [
            LiveActivity::Message { conversation: conversation.clone(), seq: 7 },
            LiveActivity::Corrected { conversation: conversation.clone(), seq: 3 },
            LiveActivity::Seen { conversation },
            LiveActivity::Call { session },
            LiveActivity::Topic { topic },
            LiveActivity::Missed,
        ] {
            assert_eq!(LiveActivity::decode(&happened.encode()), Some(happened.clone()), "{happened:?}");
        }
        for garbage in ["", "t:", "t:xyz", "v:", "m:zz:1", "q:abc"] {
            assert_eq!(LiveActivity::decode(garbage), None, "{garbage}");
        }
        Ok(())
    }
}
