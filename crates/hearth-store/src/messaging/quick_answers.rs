//! An organisation's quick answers to common practical questions
//! (passports, paperwork, prison visits, whom to call), each in as many of
//! the shipped languages as it has been written in. They are the
//! organisation's own text, not personal data: read without an audit entry,
//! changed with one.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::ids::{OrganisationId, QuickAnswerId};
use hearth_core::messaging::QuickAnswerText;
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, Tx, col};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickAnswer {
    pub id: QuickAnswerId,
    /// By language code, in the order the languages are shipped.
    pub texts: Vec<(String, QuickAnswerText)>,
}

impl QuickAnswer {
    /// The text in `language`, else in `fallback`, else the first written.
    pub fn in_language(&self, language: &str, fallback: &str) -> Option<&QuickAnswerText> {
        let find = |code: &str| self.texts.iter().find(|(l, _)| l == code).map(|(_, t)| t);
        find(language).or_else(|| find(fallback)).or_else(|| self.texts.first().map(|(_, t)| t))
    }
}

impl Tx {
    /// The organisation's quick answers, oldest first.
    pub async fn quick_answers(&mut self, organisation: &OrganisationId) -> Result<Vec<QuickAnswer>> {
        self.load_quick_answers(organisation, None).await
    }

    pub async fn quick_answer(
        &mut self,
        organisation: &OrganisationId,
        id: &QuickAnswerId,
    ) -> Result<Option<QuickAnswer>> {
        Ok(self.load_quick_answers(organisation, Some(id)).await?.into_iter().next())
    }

    async fn load_quick_answers(
        &mut self,
        organisation: &OrganisationId,
        only: Option<&QuickAnswerId>,
    ) -> Result<Vec<QuickAnswer>> {
        let mut query = Query::select()
            .column(("quick_answers", "id"))
            .columns([
                ("quick_answer_texts", "language"),
                ("quick_answer_texts", "title"),
                ("quick_answer_texts", "body"),
            ])
            .from("quick_answers")
            .inner_join(
                "quick_answer_texts",
                Expr::col(("quick_answer_texts", "answer_id")).equals(("quick_answers", "id")),
            )
            .and_where(Expr::col(("quick_answers", "organisation_id")).eq(organisation.as_str()))
            .order_by(("quick_answers", "created_at"), Order::Asc)
            .order_by(("quick_answers", "id"), Order::Asc)
            .to_owned();
        if let Some(id) = only {
            query.and_where(Expr::col(("quick_answers", "id")).eq(id.as_str()));
        }
        let rows = self.fetch_all(&query).await?;
        let mut answers: Vec<QuickAnswer> = Vec::new();
        for r in &rows {
            let id = QuickAnswerId::from_trusted(col::text(r, "id")?);
            // Stored texts passed the same rules when they were saved.
            let Ok(Some(text)) = QuickAnswerText::parse(&col::text(r, "title")?, &col::text(r, "body")?) else {
                continue;
            };
            let language = col::text(r, "language")?;
            match answers.last_mut() {
                Some(last) if last.id == id => last.texts.push((language, text)),
                _ => answers.push(QuickAnswer { id, texts: vec![(language, text)] }),
            }
        }
        for answer in &mut answers {
            answer.texts.sort_by_key(|(l, _)| LANGUAGE_ORDER.iter().position(|code| code == l).unwrap_or(usize::MAX));
        }
        Ok(answers)
    }

    /// Adds a quick answer (`id` None) or replaces the texts of one of the
    /// actor's organisation's. None when there is no such answer.
    pub async fn save_quick_answer(
        &mut self,
        actor: &Actor,
        id: Option<&QuickAnswerId>,
        texts: &[(&str, QuickAnswerText)],
    ) -> Result<Option<QuickAnswerId>> {
        let organisation = &actor.organisation_id;
        let id = match id {
            Some(id) => {
                if !self.clear_quick_answer_texts(organisation, id).await? {
                    return Ok(None);
                }
                id.clone()
            }
            None => {
                let id = QuickAnswerId::generate()?;
                let now = self.now().millis();
                self.execute(
                    &Query::insert()
                        .into_table("quick_answers")
                        .columns(["id", "organisation_id", "created_at"])
                        .values_panic([id.as_str().into(), organisation.as_str().into(), now.into()])
                        .to_owned(),
                )
                .await?;
                id
            }
        };
        for (language, text) in texts {
            self.execute(
                &Query::insert()
                    .into_table("quick_answer_texts")
                    .columns(["answer_id", "language", "title", "body"])
                    .values_panic([id.as_str().into(), (*language).into(), text.title().into(), text.body().into()])
                    .to_owned(),
            )
            .await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::QuickAnswersChanged, AuditRecord::Organisation(organisation)))
            .await?;
        Ok(Some(id))
    }

    /// Removes one of the actor's organisation's quick answers; false when
    /// there is no such answer.
    pub async fn remove_quick_answer(&mut self, actor: &Actor, id: &QuickAnswerId) -> Result<bool> {
        let organisation = &actor.organisation_id;
        if !self.clear_quick_answer_texts(organisation, id).await? {
            return Ok(false);
        }
        self.execute(
            &Query::delete().from_table("quick_answers").and_where(Expr::col("id").eq(id.as_str())).to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::QuickAnswersChanged, AuditRecord::Organisation(organisation)))
            .await?;
        Ok(true)
    }

    /// Removes the texts of one of the organisation's quick answers; false
    /// when it has no such answer.
    async fn clear_quick_answer_texts(&mut self, organisation: &OrganisationId, id: &QuickAnswerId) -> Result<bool> {
        if self.quick_answer(organisation, id).await?.is_none() {
            return Ok(false);
        }
        self.execute(
            &Query::delete()
                .from_table("quick_answer_texts")
                .and_where(Expr::col("answer_id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(true)
    }

    /// The languages of the members taking part in a conversation, as their
    /// accounts have them (a quick answer is inserted in the first).
    pub async fn conversation_member_languages(&mut self, open: &super::ConversationOpen) -> Result<Vec<String>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("users", "language"))
                    .from("conversation_members")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("conversation_members", "member_id")),
                    )
                    .inner_join("users", Expr::col(("users", "id")).equals(("family_members", "account_user_id")))
                    .and_where(Expr::col(("conversation_members", "conversation_id")).eq(open.id().as_str()))
                    .and_where(Expr::col(("users", "language")).is_not_null())
                    .order_by(("family_members", "name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| col::text(r, "language")).collect()
    }
}

/// The shipped languages, in the order forms show them.
const LANGUAGE_ORDER: [&str; 5] = ["en", "nl", "de", "fr", "ar"];
