//! Migrations, written once with sea-query's schema builder and rendered for
//! each backend. They are ordered functions; a number is never reused.

use sea_query::{
    ColumnDef, ExprTrait, ForeignKey, ForeignKeyAction, Func, Index, IndexCreateStatement, PostgresQueryBuilder, Query,
    SqliteQueryBuilder, Table, TableCreateStatement,
};

use crate::{Backend, Result, Store, col};

type Migration = fn() -> Vec<Step>;

enum Step {
    Table(TableCreateStatement),
    Alter(sea_query::TableAlterStatement),
    Index(IndexCreateStatement),
    Insert(sea_query::InsertStatement),
    Drop(sea_query::TableDropStatement),
}

const MIGRATIONS: &[(i64, &str, Migration)] = &[
    (1, "foundation", foundation),
    (2, "case_work", case_work),
    (3, "assessment", assessment),
    (4, "conference", conference),
    (5, "documents", documents),
    (6, "document_evidence", document_evidence),
    (7, "modality", modality),
    (8, "discreet_portal", discreet_portal),
    (9, "agreements", agreements),
    (10, "support_sessions", support_sessions),
    (11, "member_reminders", member_reminders),
    (12, "outcome_reminders", outcome_reminders),
    (13, "audit_chains", audit_chains),
    (14, "modality_reasons", modality_reasons),
    (15, "login_failure_devices", login_failure_devices),
    (16, "follow_up_indexes", follow_up_indexes),
    (17, "messaging", messaging),
    (18, "message_notices", message_notices),
    (19, "quick_answers", quick_answers),
    (20, "conversation_days", conversation_days),
    (21, "message_attachments", message_attachments),
    (22, "video_calls", video_calls),
    (23, "communities", communities),
    (24, "community_schedule", community_schedule),
    (25, "information_sharing", information_sharing),
    (26, "disclosures", disclosures),
    (27, "checkins", checkins),
    (28, "data_protection", data_protection),
    (29, "glossary", glossary),
    (30, "conduct", conduct),
    (31, "glossary_links", glossary_links),
    (32, "legal_notes", legal_notes),
    (33, "notification_sessions", notification_sessions),
];

fn text(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().not_null().to_owned()
}
fn opt_text(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).text().null().to_owned()
}
fn int(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().not_null().to_owned()
}
fn opt_int(name: &'static str) -> ColumnDef {
    ColumnDef::new(name).big_integer().null().to_owned()
}
fn id() -> ColumnDef {
    ColumnDef::new("id").text().not_null().primary_key().to_owned()
}
fn fk(table: &'static str, column: &'static str, to: &'static str) -> sea_query::ForeignKeyCreateStatement {
    ForeignKey::create().from(table, column).to(to, "id").on_delete(ForeignKeyAction::Restrict).to_owned()
}
/// Rows of a call point at its `session_calls` row, keyed by session.
fn call_fk(table: &'static str) -> sea_query::ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, "session_id")
        .to("session_calls", "session_id")
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}
fn index(name: &'static str, table: &'static str, cols: &[&'static str]) -> Step {
    let mut stmt = Index::create().name(name).table(table).to_owned();
    for c in cols {
        stmt.col(*c);
    }
    Step::Index(stmt)
}

fn foundation() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create().table("organisations").col(id()).col(text("name")).col(int("created_at")).to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("teams")
                .col(id())
                .col(text("organisation_id"))
                .col(text("name"))
                .foreign_key(&mut fk("teams", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("users")
                .col(id())
                .col(text("organisation_id"))
                .col(text("email"))
                .col(text("display_name"))
                .col(text("role"))
                .col(opt_text("team_id"))
                .col(opt_text("password_hash"))
                .col(opt_text("totp_secret"))
                .col(opt_int("totp_last_step"))
                .col(opt_text("language"))
                .col(opt_int("disabled_at"))
                .col(int("created_at"))
                .foreign_key(&mut fk("users", "organisation_id", "organisations"))
                .foreign_key(&mut fk("users", "team_id", "teams"))
                .to_owned(),
        ),
        Step::Index(Index::create().name("users_email").table("users").col("email").unique().to_owned()),
        Step::Table(
            Table::create()
                .table("invitations")
                .col(id())
                .col(text("organisation_id"))
                .col(text("email"))
                .col(text("display_name"))
                .col(text("role"))
                .col(opt_text("team_id"))
                .col(text("token_digest"))
                .col(text("invited_by"))
                .col(opt_text("language"))
                .col(int("created_at"))
                .col(int("expires_at"))
                .col(opt_int("accepted_at"))
                .col(opt_int("revoked_at"))
                .foreign_key(&mut fk("invitations", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Index(
            Index::create().name("invitations_token").table("invitations").col("token_digest").unique().to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("recovery_codes")
                .col(text("user_id"))
                .col(text("code_digest"))
                .col(opt_int("used_at"))
                .primary_key(Index::create().col("user_id").col("code_digest"))
                .foreign_key(&mut fk("recovery_codes", "user_id", "users"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("sessions")
                .col(id())
                .col(text("user_id"))
                .col(text("stage"))
                .col(text("device"))
                .col(opt_text("pending_secret"))
                .col(int("created_at"))
                .col(int("last_seen_at"))
                .foreign_key(&mut fk("sessions", "user_id", "users"))
                .to_owned(),
        ),
        index("sessions_user", "sessions", &["user_id"]),
        Step::Table(
            Table::create()
                .table("login_failures")
                .col(id())
                .col(text("account_digest"))
                .col(text("address_digest"))
                .col(int("at"))
                .to_owned(),
        ),
        index("login_failures_account", "login_failures", &["account_digest", "at"]),
        index("login_failures_address", "login_failures", &["address_digest", "at"]),
        Step::Table(
            Table::create()
                .table("audit_log")
                .col(ColumnDef::new("seq").big_integer().not_null().primary_key())
                .col(int("at"))
                .col(opt_text("organisation_id"))
                .col(opt_text("actor_id"))
                .col(text("action"))
                .col(text("record_kind"))
                .col(opt_text("record_id"))
                .col(opt_text("reason"))
                .col(text("prev_mac"))
                .col(text("mac"))
                .to_owned(),
        ),
        index("audit_log_record", "audit_log", &["record_kind", "record_id"]),
        Step::Table(
            Table::create()
                .table("audit_head")
                .col(ColumnDef::new("id").big_integer().not_null().primary_key())
                .col(int("seq"))
                .col(text("mac"))
                .to_owned(),
        ),
        Step::Insert(
            Query::insert()
                .into_table("audit_head")
                .columns(["id", "seq", "mac"])
                .values_panic([1i64.into(), 0i64.into(), hearth_core::audit::GENESIS_MAC.into()])
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("families")
                .col(id())
                .col(text("organisation_id"))
                .col(opt_text("team_id"))
                .col(text("name"))
                .col(text("created_by"))
                .col(int("created_at"))
                .foreign_key(&mut fk("families", "organisation_id", "organisations"))
                .foreign_key(&mut fk("families", "team_id", "teams"))
                .to_owned(),
        ),
        index("families_org", "families", &["organisation_id"]),
        Step::Table(
            Table::create()
                .table("family_assignments")
                .col(text("family_id"))
                .col(text("user_id"))
                .col(text("assignment"))
                .col(int("assigned_at"))
                .primary_key(Index::create().col("family_id").col("user_id"))
                .foreign_key(&mut fk("family_assignments", "family_id", "families"))
                .foreign_key(&mut fk("family_assignments", "user_id", "users"))
                .to_owned(),
        ),
        index("family_assignments_user", "family_assignments", &["user_id"]),
        Step::Table(
            Table::create()
                .table("break_glass_grants")
                .col(id())
                .col(text("family_id"))
                .col(text("user_id"))
                .col(text("reason"))
                .col(int("opened_at"))
                .col(int("expires_at"))
                .foreign_key(&mut fk("break_glass_grants", "family_id", "families"))
                .foreign_key(&mut fk("break_glass_grants", "user_id", "users"))
                .to_owned(),
        ),
        index("break_glass_user_family", "break_glass_grants", &["user_id", "family_id"]),
        Step::Table(
            Table::create()
                .table("notifications")
                .col(id())
                .col(text("organisation_id"))
                .col(text("user_id"))
                .col(text("kind"))
                .col(opt_text("family_id"))
                .col(opt_text("actor_id"))
                .col(int("created_at"))
                .col(opt_int("read_at"))
                .foreign_key(&mut fk("notifications", "user_id", "users"))
                .to_owned(),
        ),
        index("notifications_user", "notifications", &["user_id", "created_at"]),
    ]
}

fn add_column(table: &'static str, column: ColumnDef) -> Step {
    Step::Alter(Table::alter().table(table).add_column(column).to_owned())
}

fn case_work() -> Vec<Step> {
    vec![
        add_column("families", ColumnDef::new("status").text().not_null().default("referral").to_owned()),
        add_column("families", opt_int("last_contact_at")),
        add_column("families", opt_int("next_review_at")),
        // A family account's invitation names the member it belongs to.
        add_column("invitations", opt_text("member_id")),
        Step::Table(
            Table::create()
                .table("family_members")
                .col(id())
                .col(text("family_id"))
                .col(text("name"))
                .col(text("role"))
                .col(text("languages"))
                .col(int("needs_translator"))
                .col(opt_text("whereabouts"))
                .col(opt_text("contact_preferences"))
                .col(opt_text("account_user_id"))
                .col(text("verification"))
                .col(opt_text("verified_by"))
                .col(opt_int("verified_at"))
                .col(int("created_at"))
                .foreign_key(&mut fk("family_members", "family_id", "families"))
                .to_owned(),
        ),
        index("family_members_family", "family_members", &["family_id"]),
        Step::Table(
            Table::create()
                .table("member_relationships")
                .col(id())
                .col(text("family_id"))
                .col(text("from_member"))
                .col(text("to_member"))
                .col(text("kind"))
                .foreign_key(&mut fk("member_relationships", "from_member", "family_members"))
                .foreign_key(&mut fk("member_relationships", "to_member", "family_members"))
                .to_owned(),
        ),
        index("member_relationships_family", "member_relationships", &["family_id"]),
        Step::Table(
            Table::create()
                .table("family_events")
                .col(id())
                .col(text("family_id"))
                .col(int("at"))
                .col(opt_text("actor_id"))
                .col(text("kind"))
                .col(opt_text("detail"))
                .foreign_key(&mut fk("family_events", "family_id", "families"))
                .to_owned(),
        ),
        index("family_events_family", "family_events", &["family_id", "at"]),
        Step::Table(
            Table::create()
                .table("notes")
                .col(id())
                .col(text("family_id"))
                .col(text("kind"))
                .col(text("author_id"))
                .col(int("occurred_at"))
                .col(int("created_at"))
                .foreign_key(&mut fk("notes", "family_id", "families"))
                .to_owned(),
        ),
        index("notes_family", "notes", &["family_id", "occurred_at"]),
        Step::Table(
            Table::create()
                .table("note_versions")
                .col(text("note_id"))
                .col(int("version"))
                .col(text("body"))
                .col(text("author_id"))
                .col(int("created_at"))
                .primary_key(Index::create().col("note_id").col("version"))
                .foreign_key(&mut fk("note_versions", "note_id", "notes"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("note_members")
                .col(text("note_id"))
                .col(text("member_id"))
                .primary_key(Index::create().col("note_id").col("member_id"))
                .foreign_key(&mut fk("note_members", "note_id", "notes"))
                .foreign_key(&mut fk("note_members", "member_id", "family_members"))
                .to_owned(),
        ),
    ]
}

fn assessment() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("assessment_catalogues")
                .col(ColumnDef::new("organisation_id").text().not_null().primary_key())
                .col(text("body"))
                .col(text("updated_by"))
                .col(int("updated_at"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("assessments")
                .col(id())
                .col(text("family_id"))
                .col(int("assessed_on"))
                .col(text("author_id"))
                .col(text("status"))
                .col(text("engagement"))
                .col(text("engagement_note"))
                .col(text("young_person"))
                .col(text("response"))
                .col(text("proportionality"))
                .col(opt_text("reviewer_id"))
                .col(opt_text("review_comment"))
                .col(opt_int("reviewed_at"))
                .col(int("created_at"))
                .foreign_key(&mut fk("assessments", "family_id", "families"))
                .to_owned(),
        ),
        index("assessments_family", "assessments", &["family_id", "assessed_on"]),
        Step::Table(
            Table::create()
                .table("assessment_ratings")
                .col(text("assessment_id"))
                .col(text("factor_key"))
                .col(text("level"))
                .col(text("kind"))
                .col(text("title"))
                .col(int("rating"))
                .primary_key(Index::create().col("assessment_id").col("factor_key"))
                .foreign_key(&mut fk("assessment_ratings", "assessment_id", "assessments"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("assessment_evidence")
                .col(text("assessment_id"))
                .col(text("factor_key"))
                .col(text("note_id"))
                .primary_key(Index::create().col("assessment_id").col("factor_key").col("note_id"))
                .foreign_key(&mut fk("assessment_evidence", "assessment_id", "assessments"))
                .foreign_key(&mut fk("assessment_evidence", "note_id", "notes"))
                .to_owned(),
        ),
    ]
}

fn conference() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("conferences")
                .col(id())
                .col(text("family_id"))
                .col(int("held_on"))
                .col(text("family_participants"))
                .col(text("professional_participants"))
                .col(text("agreement"))
                .col(opt_int("review_on"))
                .col(text("created_by"))
                .col(int("created_at"))
                .foreign_key(&mut fk("conferences", "family_id", "families"))
                .to_owned(),
        ),
        index("conferences_family", "conferences", &["family_id", "held_on"]),
        Step::Table(
            Table::create()
                .table("plan_actions")
                .col(id())
                .col(text("conference_id"))
                .col(int("position"))
                .col(text("what"))
                .col(text("who"))
                .col(opt_int("due_on"))
                .foreign_key(&mut fk("plan_actions", "conference_id", "conferences"))
                .to_owned(),
        ),
        index("plan_actions_conference", "plan_actions", &["conference_id", "position"]),
        Step::Table(
            Table::create()
                .table("plan_progress")
                .col(id())
                .col(text("action_id"))
                .col(int("at"))
                .col(text("status"))
                .col(text("note"))
                .col(text("author_id"))
                .foreign_key(&mut fk("plan_progress", "action_id", "plan_actions"))
                .to_owned(),
        ),
        index("plan_progress_action", "plan_progress", &["action_id", "at"]),
    ]
}

fn documents() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("documents")
                .col(id())
                .col(text("family_id"))
                .col(text("name"))
                .col(text("kind"))
                .col(int("size"))
                .col(ColumnDef::new("body").blob().not_null())
                .col(text("uploaded_by"))
                .col(int("uploaded_at"))
                .foreign_key(&mut fk("documents", "family_id", "families"))
                .to_owned(),
        ),
        index("documents_family", "documents", &["family_id", "uploaded_at"]),
    ]
}

/// Documents, like notes, can evidence an assessment's findings.
fn document_evidence() -> Vec<Step> {
    vec![Step::Table(
        Table::create()
            .table("assessment_document_evidence")
            .col(text("assessment_id"))
            .col(text("factor_key"))
            .col(text("document_id"))
            .primary_key(Index::create().col("assessment_id").col("factor_key").col("document_id"))
            .foreign_key(&mut fk("assessment_document_evidence", "assessment_id", "assessments"))
            .foreign_key(&mut fk("assessment_document_evidence", "document_id", "documents"))
            .to_owned(),
    )]
}

fn modality() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("modality_rules")
                .col(ColumnDef::new("organisation_id").text().not_null().primary_key())
                .col(text("body"))
                .col(text("updated_by"))
                .col(int("updated_at"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("modality_decisions")
                .col(id())
                .col(text("family_id"))
                .col(text("member_id"))
                .col(text("answers"))
                .col(text("suggested"))
                .col(text("decided"))
                .col(opt_text("preference"))
                .col(text("comment"))
                .col(text("decided_by"))
                .col(int("decided_at"))
                .foreign_key(&mut fk("modality_decisions", "member_id", "family_members"))
                .to_owned(),
        ),
        index("modality_decisions_member", "modality_decisions", &["member_id", "decided_at"]),
    ]
}

/// A neutral name for the family portal and the site its quick exit leads to.
fn discreet_portal() -> Vec<Step> {
    vec![
        add_column("organisations", opt_text("discreet_name")),
        add_column("organisations", opt_text("quick_exit_url")),
    ]
}

fn agreements() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("agreement_templates")
                .col(id())
                .col(text("organisation_id"))
                .col(int("version"))
                .col(text("body"))
                .col(text("published_by"))
                .col(int("published_at"))
                .to_owned(),
        ),
        Step::Index(
            Index::create()
                .name("agreement_templates_version")
                .table("agreement_templates")
                .col("organisation_id")
                .col("version")
                .unique()
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("agreements")
                .col(id())
                .col(text("family_id"))
                .col(text("member_id"))
                .col(text("template_id"))
                .col(text("choices"))
                .col(text("created_by"))
                .col(int("created_at"))
                .col(opt_int("accepted_at"))
                .col(opt_text("consent"))
                .col(opt_text("consent_note"))
                .foreign_key(&mut fk("agreements", "member_id", "family_members"))
                .foreign_key(&mut fk("agreements", "template_id", "agreement_templates"))
                .to_owned(),
        ),
        index("agreements_member", "agreements", &["member_id", "created_at"]),
    ]
}

/// Sessions with families, the guardrails they are planned within, aftercare,
/// the on-call rota, calendar feeds and e-mail for staff notifications.
fn support_sessions() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("wellbeing_policies")
                .col(ColumnDef::new("organisation_id").text().not_null().primary_key())
                .col(text("time_zone"))
                .col(text("hours"))
                .col(int("max_per_day"))
                .col(int("max_per_week"))
                .col(int("min_break_minutes"))
                .col(text("days_off"))
                .col(int("aftercare_due_hours"))
                .col(text("reminder_hours"))
                .col(text("updated_by"))
                .col(int("updated_at"))
                .foreign_key(&mut fk("wellbeing_policies", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("personal_limits")
                .col(ColumnDef::new("user_id").text().not_null().primary_key())
                .col(text("hours"))
                .col(int("max_per_day"))
                .col(int("max_per_week"))
                .col(int("min_break_minutes"))
                .col(text("days_off"))
                .col(int("updated_at"))
                .foreign_key(&mut fk("personal_limits", "user_id", "users"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("support_sessions")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("mode"))
                .col(text("contact_kind"))
                .col(int("starts_at"))
                .col(int("minutes"))
                .col(text("place"))
                .col(text("organiser_id"))
                .col(int("created_at"))
                .col(opt_text("override_reason"))
                .col(opt_text("override_concerns"))
                .col(opt_text("checklist"))
                .col(opt_int("checklist_at"))
                .col(opt_text("outcome"))
                .col(opt_int("outcome_at"))
                .col(opt_text("outcome_by"))
                .foreign_key(&mut fk("support_sessions", "family_id", "families"))
                .foreign_key(&mut fk("support_sessions", "organiser_id", "users"))
                .to_owned(),
        ),
        index("support_sessions_family", "support_sessions", &["family_id", "starts_at"]),
        index("support_sessions_start", "support_sessions", &["organisation_id", "starts_at"]),
        Step::Table(
            Table::create()
                .table("support_session_members")
                .col(text("session_id"))
                .col(text("member_id"))
                .primary_key(Index::create().col("session_id").col("member_id"))
                .foreign_key(&mut fk("support_session_members", "session_id", "support_sessions"))
                .foreign_key(&mut fk("support_session_members", "member_id", "family_members"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("support_session_staff")
                .col(text("session_id"))
                .col(text("user_id"))
                .primary_key(Index::create().col("session_id").col("user_id"))
                .foreign_key(&mut fk("support_session_staff", "session_id", "support_sessions"))
                .foreign_key(&mut fk("support_session_staff", "user_id", "users"))
                .to_owned(),
        ),
        index("support_session_staff_user", "support_session_staff", &["user_id"]),
        Step::Table(
            Table::create()
                .table("session_translators")
                .col(id())
                .col(text("session_id"))
                .col(text("name"))
                .col(text("email"))
                .col(text("language"))
                .col(text("token_digest"))
                .col(int("expires_at"))
                .col(opt_int("accepted_at"))
                .col(text("invited_by"))
                .col(int("invited_at"))
                .foreign_key(&mut fk("session_translators", "session_id", "support_sessions"))
                .to_owned(),
        ),
        Step::Index(
            Index::create()
                .name("session_translators_token")
                .table("session_translators")
                .col("token_digest")
                .unique()
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("session_reminders")
                .col(text("session_id"))
                .col(text("recipient"))
                .col(int("hours_before"))
                .col(int("sent_at"))
                .primary_key(Index::create().col("session_id").col("recipient").col("hours_before"))
                .foreign_key(&mut fk("session_reminders", "session_id", "support_sessions"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("aftercare_follow_ups")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("session_id"))
                .col(text("practitioner_id"))
                .col(text("channel"))
                .col(int("due_at"))
                .col(int("created_at"))
                .col(opt_int("completed_at"))
                .col(opt_text("completed_by"))
                .col(opt_text("how_they_are"))
                .col(opt_int("more_help_arranged"))
                .col(opt_int("overdue_notified_at"))
                .foreign_key(&mut fk("aftercare_follow_ups", "family_id", "families"))
                .foreign_key(&mut fk("aftercare_follow_ups", "session_id", "support_sessions"))
                .to_owned(),
        ),
        index("aftercare_follow_ups_due", "aftercare_follow_ups", &["organisation_id", "completed_at", "due_at"]),
        Step::Table(
            Table::create()
                .table("on_call_shifts")
                .col(id())
                .col(text("organisation_id"))
                .col(text("user_id"))
                .col(int("starts_at"))
                .col(int("ends_at"))
                .col(text("created_by"))
                .col(int("created_at"))
                .foreign_key(&mut fk("on_call_shifts", "user_id", "users"))
                .to_owned(),
        ),
        index("on_call_shifts_time", "on_call_shifts", &["organisation_id", "starts_at"]),
        Step::Table(
            Table::create()
                .table("calendar_feeds")
                .col(ColumnDef::new("user_id").text().not_null().primary_key())
                .col(text("token_digest"))
                .col(int("show_names"))
                .col(int("created_at"))
                .foreign_key(&mut fk("calendar_feeds", "user_id", "users"))
                .to_owned(),
        ),
        Step::Index(
            Index::create()
                .name("calendar_feeds_token")
                .table("calendar_feeds")
                .col("token_digest")
                .unique()
                .to_owned(),
        ),
        add_column("users", opt_int("email_notifications")),
        add_column("notifications", opt_int("emailed_at")),
    ]
}

/// How a family member without (or besides) a portal account is reminded of sessions.
fn member_reminders() -> Vec<Step> {
    vec![Step::Table(
        Table::create()
            .table("member_reminders")
            .col(ColumnDef::new("member_id").text().not_null().primary_key())
            .col(opt_text("email"))
            .col(opt_text("language"))
            .col(int("off"))
            .col(int("updated_at"))
            .foreign_key(&mut fk("member_reminders", "member_id", "family_members"))
            .to_owned(),
    )]
}

/// When the organiser was reminded to record how a past session ended.
fn outcome_reminders() -> Vec<Step> {
    vec![add_column("support_sessions", opt_int("outcome_reminded_at"))]
}

/// A decision keeps the reasons the aid gave and which way each leaned.
fn modality_reasons() -> Vec<Step> {
    vec![add_column("modality_decisions", opt_text("reasons"))]
}

/// A failed sign-in from a browser that signed in to the account before
/// names that browser, so failures elsewhere do not lock it out.
fn login_failure_devices() -> Vec<Step> {
    vec![
        add_column("login_failures", opt_text("device")),
        index("login_failures_account_device", "login_failures", &["account_digest", "device", "at"]),
    ]
}

/// A family file and a workload read follow-ups by family and by
/// practitioner; at national scale (half a million rows) a scan for either
/// takes the page from milliseconds to seconds.
fn follow_up_indexes() -> Vec<Step> {
    vec![
        index("aftercare_follow_ups_family", "aftercare_follow_ups", &["family_id", "due_at"]),
        index("aftercare_follow_ups_practitioner", "aftercare_follow_ups", &["practitioner_id", "completed_at"]),
    ]
}

/// Conversations between a family's practitioners and its members with a
/// portal account. Staff take part by being assigned to the family, so only
/// the members are listed; what each participant has seen is kept per account.
fn messaging() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("conversations")
                .col(id())
                .col(text("family_id"))
                .col(text("started_by"))
                .col(int("started_at"))
                .col(int("last_message_at"))
                .col(int("messages"))
                .foreign_key(&mut fk("conversations", "family_id", "families"))
                .to_owned(),
        ),
        index("conversations_family", "conversations", &["family_id", "last_message_at"]),
        Step::Table(
            Table::create()
                .table("conversation_members")
                .col(text("conversation_id"))
                .col(text("member_id"))
                .primary_key(Index::create().col("conversation_id").col("member_id"))
                .foreign_key(&mut fk("conversation_members", "conversation_id", "conversations"))
                .foreign_key(&mut fk("conversation_members", "member_id", "family_members"))
                .to_owned(),
        ),
        index("conversation_members_member", "conversation_members", &["member_id"]),
        Step::Table(
            Table::create()
                .table("messages")
                .col(id())
                .col(text("conversation_id"))
                // The message's place in its conversation, from 1: what "seen up to" counts in.
                .col(int("seq"))
                .col(opt_text("author_id"))
                .col(text("author_kind"))
                .col(int("sent_at"))
                .col(int("urgent"))
                .foreign_key(&mut fk("messages", "conversation_id", "conversations"))
                .to_owned(),
        ),
        Step::Index(
            Index::create()
                .name("messages_conversation_seq")
                .table("messages")
                .col("conversation_id")
                .col("seq")
                .unique()
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("message_versions")
                .col(text("message_id"))
                .col(int("version"))
                .col(text("body"))
                .col(int("written_at"))
                .primary_key(Index::create().col("message_id").col("version"))
                .foreign_key(&mut fk("message_versions", "message_id", "messages"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("conversation_reads")
                .col(text("conversation_id"))
                .col(text("user_id"))
                .col(int("seen_up_to"))
                .col(int("seen_at"))
                .primary_key(Index::create().col("conversation_id").col("user_id"))
                .foreign_key(&mut fk("conversation_reads", "conversation_id", "conversations"))
                .to_owned(),
        ),
    ]
}

/// Telling people about messages: a notification can wait for its
/// recipient's working hours, a family member can turn off e-mail about new
/// messages, and each conversation e-mails a member at most once an hour.
fn message_notices() -> Vec<Step> {
    vec![
        add_column("notifications", opt_int("visible_from")),
        add_column("users", ColumnDef::new("message_emails").big_integer().not_null().default(1).to_owned()),
        Step::Table(
            Table::create()
                .table("conversation_emails")
                .col(text("conversation_id"))
                .col(text("user_id"))
                .col(int("sent_at"))
                .primary_key(Index::create().col("conversation_id").col("user_id"))
                .foreign_key(&mut fk("conversation_emails", "conversation_id", "conversations"))
                .foreign_key(&mut fk("conversation_emails", "user_id", "users"))
                .to_owned(),
        ),
    ]
}

/// An organisation's short answers to common practical questions, one text
/// per language.
fn quick_answers() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("quick_answers")
                .col(id())
                .col(text("organisation_id"))
                .col(int("created_at"))
                .foreign_key(&mut fk("quick_answers", "organisation_id", "organisations"))
                .to_owned(),
        ),
        index("quick_answers_organisation", "quick_answers", &["organisation_id", "created_at"]),
        Step::Table(
            Table::create()
                .table("quick_answer_texts")
                .col(text("answer_id"))
                .col(text("language"))
                .col(text("title"))
                .col(text("body"))
                .primary_key(Index::create().col("answer_id").col("language"))
                .foreign_key(&mut fk("quick_answer_texts", "answer_id", "quick_answers"))
                .to_owned(),
        ),
    ]
}

/// A family's timeline shows its conversations as one entry per
/// conversation and day (in the organisation's zone): how many messages,
/// how many from the family, never what they say.
fn conversation_days() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("conversation_days")
                .col(text("conversation_id"))
                // The local date, YYYY-MM-DD.
                .col(text("day"))
                .col(text("family_id"))
                .col(int("messages"))
                .col(int("from_family"))
                .col(int("last_at"))
                .primary_key(Index::create().col("conversation_id").col("day"))
                .foreign_key(&mut fk("conversation_days", "conversation_id", "conversations"))
                .foreign_key(&mut fk("conversation_days", "family_id", "families"))
                .to_owned(),
        ),
        index("conversation_days_family", "conversation_days", &["family_id", "last_at"]),
    ]
}

/// A photo or PDF sent in a conversation: a document of the family file,
/// cleaned and sealed like any other, linked to its message.
fn message_attachments() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("message_attachments")
                .col(text("message_id"))
                .col(text("document_id"))
                .primary_key(Index::create().col("message_id").col("document_id"))
                .foreign_key(&mut fk("message_attachments", "message_id", "messages"))
                .foreign_key(&mut fk("message_attachments", "document_id", "documents"))
                .to_owned(),
        ),
        index("message_attachments_document", "message_attachments", &["document_id"]),
    ]
}

/// A session's video call: who came and when, the drops, and the signalling
/// on its way between browsers (deleted once delivered). Never media.
fn video_calls() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("session_calls")
                .col(ColumnDef::new("session_id").text().not_null().primary_key())
                .col(int("opened_at"))
                .col(int("reconnect_minutes"))
                .col(opt_int("ended_at"))
                .col(opt_text("ended_how"))
                .foreign_key(&mut fk("session_calls", "session_id", "support_sessions"))
                .to_owned(),
        ),
        index("session_calls_open", "session_calls", &["ended_at"]),
        Step::Table(
            Table::create()
                .table("call_participants")
                .col(text("session_id"))
                .col(text("participant"))
                .col(text("presence"))
                .col(opt_text("connection"))
                .col(int("asked_at"))
                .col(opt_int("admitted_at"))
                .col(opt_int("connected_at"))
                .col(opt_int("seen_at"))
                .col(opt_int("dropped_at"))
                .primary_key(Index::create().col("session_id").col("participant"))
                .foreign_key(&mut call_fk("call_participants"))
                .to_owned(),
        ),
        index("call_participants_seen", "call_participants", &["presence", "seen_at"]),
        Step::Table(
            Table::create()
                .table("call_events")
                .col(id())
                .col(text("session_id"))
                .col(int("at"))
                .col(opt_text("participant"))
                .col(text("kind"))
                .foreign_key(&mut call_fk("call_events"))
                .to_owned(),
        ),
        index("call_events_session", "call_events", &["session_id", "at"]),
        Step::Table(
            Table::create()
                .table("call_signals")
                .col(id())
                .col(text("session_id"))
                .col(text("to_participant"))
                .col(text("from_participant"))
                .col(int("seq"))
                .col(text("body"))
                .foreign_key(&mut call_fk("call_signals"))
                .to_owned(),
        ),
        index("call_signals_to", "call_signals", &["session_id", "to_participant", "seq"]),
    ]
}

fn communities() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("community_settings")
                .col(ColumnDef::new("organisation_id").text().not_null().primary_key())
                .col(int("ambassadors_after_hours"))
                .col(int("manager_after_hours"))
                .foreign_key(&mut fk("community_settings", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("community_profiles")
                .col(ColumnDef::new("user_id").text().not_null().primary_key())
                .col(text("organisation_id"))
                .col(text("pseudonym"))
                .col(text("pseudonym_key"))
                .col(int("digest"))
                .col(opt_int("digest_sent_at"))
                .col(int("created_at"))
                .foreign_key(&mut fk("community_profiles", "user_id", "users"))
                .to_owned(),
        ),
        Step::Index(
            Index::create()
                .name("community_profiles_pseudonym")
                .table("community_profiles")
                .col("organisation_id")
                .col("pseudonym_key")
                .unique()
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("community_groups")
                .col(id())
                .col(text("organisation_id"))
                .col(text("name"))
                .col(text("purpose"))
                .col(int("rules_version"))
                .col(text("created_by"))
                .col(int("created_at"))
                .foreign_key(&mut fk("community_groups", "organisation_id", "organisations"))
                .to_owned(),
        ),
        index("community_groups_organisation", "community_groups", &["organisation_id"]),
        Step::Table(
            Table::create()
                .table("community_rules")
                .col(text("group_id"))
                .col(int("version"))
                .col(text("body"))
                .col(text("published_by"))
                .col(int("published_at"))
                .primary_key(Index::create().col("group_id").col("version"))
                .foreign_key(&mut fk("community_rules", "group_id", "community_groups"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("community_ambassadors")
                .col(text("group_id"))
                .col(text("user_id"))
                .primary_key(Index::create().col("group_id").col("user_id"))
                .foreign_key(&mut fk("community_ambassadors", "group_id", "community_groups"))
                .foreign_key(&mut fk("community_ambassadors", "user_id", "users"))
                .to_owned(),
        ),
        index("community_ambassadors_user", "community_ambassadors", &["user_id"]),
        Step::Table(
            Table::create()
                .table("community_members")
                .col(text("group_id"))
                .col(text("user_id"))
                .col(int("joined_at"))
                .col(text("joined_via"))
                .col(int("rules_accepted"))
                .col(opt_int("muted_until"))
                .col(opt_int("removed_at"))
                .primary_key(Index::create().col("group_id").col("user_id"))
                .foreign_key(&mut fk("community_members", "group_id", "community_groups"))
                .foreign_key(&mut fk("community_members", "user_id", "users"))
                .to_owned(),
        ),
        index("community_members_user", "community_members", &["user_id"]),
        Step::Table(
            Table::create()
                .table("community_invitations")
                .col(id())
                .col(text("group_id"))
                .col(text("user_id"))
                .col(text("invited_by"))
                .col(int("invited_at"))
                .col(opt_int("answered_at"))
                .col(opt_int("accepted"))
                .foreign_key(&mut fk("community_invitations", "group_id", "community_groups"))
                .foreign_key(&mut fk("community_invitations", "user_id", "users"))
                .to_owned(),
        ),
        index("community_invitations_user", "community_invitations", &["user_id", "answered_at"]),
        Step::Table(
            Table::create()
                .table("community_applications")
                .col(id())
                .col(text("group_id"))
                .col(text("user_id"))
                .col(text("answer"))
                .col(int("applied_at"))
                .col(opt_text("decided_by"))
                .col(opt_int("decided_at"))
                .col(opt_int("approved"))
                .col(opt_text("reason"))
                .foreign_key(&mut fk("community_applications", "group_id", "community_groups"))
                .foreign_key(&mut fk("community_applications", "user_id", "users"))
                .to_owned(),
        ),
        index("community_applications_open", "community_applications", &["group_id", "decided_at"]),
        index("community_applications_user", "community_applications", &["user_id"]),
        Step::Table(
            Table::create()
                .table("community_topics")
                .col(id())
                .col(text("group_id"))
                .col(opt_text("author_id"))
                .col(text("title"))
                .col(int("question"))
                .col(int("created_at"))
                .col(int("last_post_at"))
                .col(int("replies"))
                .col(opt_int("first_reply_at"))
                .col(opt_text("helpful_post_id"))
                .col(int("raised"))
                .col(int("as_manager"))
                .col(opt_int("hidden_at"))
                .foreign_key(&mut fk("community_topics", "group_id", "community_groups"))
                .to_owned(),
        ),
        index("community_topics_group", "community_topics", &["group_id", "last_post_at"]),
        index("community_topics_unanswered", "community_topics", &["question", "first_reply_at", "created_at"]),
        Step::Table(
            Table::create()
                .table("community_posts")
                .col(id())
                .col(text("topic_id"))
                .col(text("group_id"))
                .col(opt_text("author_id"))
                .col(int("seq"))
                .col(text("body"))
                .col(int("posted_at"))
                .col(opt_int("hidden_at"))
                .col(opt_text("hidden_reason"))
                .col(opt_text("edit_note"))
                .col(int("as_manager"))
                .foreign_key(&mut fk("community_posts", "topic_id", "community_topics"))
                .to_owned(),
        ),
        Step::Index(
            Index::create()
                .name("community_posts_topic")
                .table("community_posts")
                .col("topic_id")
                .col("seq")
                .unique()
                .to_owned(),
        ),
        index("community_posts_group", "community_posts", &["group_id", "posted_at"]),
        Step::Table(
            Table::create()
                .table("community_flags")
                .col(id())
                .col(text("post_id"))
                .col(text("group_id"))
                .col(text("flagged_by"))
                .col(text("reason"))
                .col(int("flagged_at"))
                .col(opt_int("resolved_at"))
                .col(opt_text("resolved_by"))
                .foreign_key(&mut fk("community_flags", "post_id", "community_posts"))
                .to_owned(),
        ),
        index("community_flags_open", "community_flags", &["group_id", "resolved_at"]),
        Step::Table(
            Table::create()
                .table("community_moderation")
                .col(id())
                .col(text("group_id"))
                .col(opt_text("actor_id"))
                .col(int("as_manager"))
                .col(text("kind"))
                .col(opt_text("member_id"))
                .col(opt_text("post_id"))
                .col(opt_text("reason"))
                .col(int("at"))
                .foreign_key(&mut fk("community_moderation", "group_id", "community_groups"))
                .to_owned(),
        ),
        index("community_moderation_group", "community_moderation", &["group_id", "at"]),
        Step::Table(
            Table::create()
                .table("community_notices")
                .col(id())
                .col(text("user_id"))
                .col(text("group_id"))
                .col(text("kind"))
                .col(opt_text("reason"))
                .col(int("at"))
                .col(opt_int("seen_at"))
                .col(opt_int("emailed_at"))
                .foreign_key(&mut fk("community_notices", "user_id", "users"))
                .to_owned(),
        ),
        index("community_notices_user", "community_notices", &["user_id", "at"]),
        index("community_notices_email", "community_notices", &["kind", "emailed_at"]),
    ]
}

/// Posts the community manager plans ahead: a prompt, a resource or an
/// event, published in a group at a set time.
fn community_schedule() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("community_scheduled")
                .col(id())
                .col(text("group_id"))
                .col(text("kind"))
                .col(text("title"))
                .col(text("body"))
                .col(int("publish_at"))
                .col(text("created_by"))
                .col(int("created_at"))
                .col(opt_text("topic_id"))
                .foreign_key(&mut fk("community_scheduled", "group_id", "community_groups"))
                .to_owned(),
        ),
        index("community_scheduled_due", "community_scheduled", &["topic_id", "publish_at"]),
        index("community_scheduled_group", "community_scheduled", &["group_id", "publish_at"]),
    ]
}

/// Partner agencies and the agreements on what may be shared with each.
fn information_sharing() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("sharing_settings")
                .col(ColumnDef::new("organisation_id").text().not_null().primary_key())
                .col(text("lawful_bases"))
                .foreign_key(&mut fk("sharing_settings", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("partners")
                .col(id())
                .col(text("organisation_id"))
                .col(text("name"))
                .col(text("kind"))
                .col(text("contact_name"))
                .col(text("contact_details"))
                .col(int("created_at"))
                .foreign_key(&mut fk("partners", "organisation_id", "organisations"))
                .to_owned(),
        ),
        index("partners_organisation", "partners", &["organisation_id"]),
        Step::Table(
            Table::create()
                .table("sharing_agreements")
                .col(id())
                .col(text("partner_id"))
                .col(text("organisation_id"))
                .col(text("purpose"))
                .col(text("lawful_basis"))
                .col(text("lawful_basis_note"))
                .col(text("categories"))
                .col(text("threshold"))
                .col(text("handling"))
                .col(text("retention"))
                .col(text("signed_for_us_by"))
                .col(int("signed_for_us_on"))
                .col(text("signed_for_them_by"))
                .col(int("signed_for_them_on"))
                .col(int("starts_on"))
                .col(int("review_on"))
                .col(opt_int("ends_on"))
                .col(text("created_by"))
                .col(int("created_at"))
                .col(int("updated_at"))
                .foreign_key(&mut fk("sharing_agreements", "partner_id", "partners"))
                .to_owned(),
        ),
        index("sharing_agreements_partner", "sharing_agreements", &["partner_id"]),
        index("sharing_agreements_review", "sharing_agreements", &["organisation_id", "review_on"]),
    ]
}

/// Disclosures to partners with their four-eyes history, and information
/// received from partners with its handling conditions.
fn disclosures() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("disclosures")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("partner_id"))
                .col(text("agreement_id"))
                .col(text("status"))
                .col(text("categories"))
                .col(text("items"))
                .col(text("evidence"))
                .col(text("shared_text"))
                .col(text("purpose"))
                .col(text("justification"))
                .col(text("threshold_met"))
                .col(text("proportionality"))
                .col(text("consent"))
                .col(text("consent_reason"))
                .col(int("family_told"))
                .col(text("not_told_reason"))
                .col(opt_int("revisit_on"))
                .col(text("prepared_by"))
                .col(int("prepared_at"))
                .col(int("updated_at"))
                .col(opt_int("sent_on"))
                .col(opt_text("channel"))
                .col(opt_text("recipient"))
                .col(opt_text("corrects"))
                .foreign_key(&mut fk("disclosures", "family_id", "families"))
                .foreign_key(&mut fk("disclosures", "partner_id", "partners"))
                .foreign_key(&mut fk("disclosures", "agreement_id", "sharing_agreements"))
                .to_owned(),
        ),
        index("disclosures_family", "disclosures", &["family_id", "prepared_at"]),
        index("disclosures_register", "disclosures", &["organisation_id", "prepared_at"]),
        Step::Table(
            Table::create()
                .table("disclosure_steps")
                .col(id())
                .col(text("disclosure_id"))
                .col(text("kind"))
                .col(text("actor_id"))
                .col(int("at"))
                .col(opt_text("comment"))
                .foreign_key(&mut fk("disclosure_steps", "disclosure_id", "disclosures"))
                .to_owned(),
        ),
        index("disclosure_steps_disclosure", "disclosure_steps", &["disclosure_id", "at"]),
        Step::Table(
            Table::create()
                .table("received_information")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("partner_id"))
                .col(int("received_on"))
                .col(text("summary"))
                .col(text("conditions"))
                .col(text("other_conditions"))
                .col(text("recorded_by"))
                .col(int("recorded_at"))
                .foreign_key(&mut fk("received_information", "family_id", "families"))
                .foreign_key(&mut fk("received_information", "partner_id", "partners"))
                .to_owned(),
        ),
        index("received_information_family", "received_information", &["family_id", "received_on"]),
    ]
}

/// Check-ins: the organisation's own instruments, what is scheduled for
/// whom, each check-in asked, and the scored answers.
fn checkins() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("instruments")
                .col(id())
                .col(text("organisation_id"))
                .col(text("key"))
                .col(int("version"))
                .col(text("body"))
                .col(text("loaded_by"))
                .col(int("loaded_at"))
                .foreign_key(&mut fk("instruments", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Index(
            Index::create()
                .name("instruments_key_version")
                .table("instruments")
                .col("organisation_id")
                .col("key")
                .col("version")
                .unique()
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("checkin_schedules")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("member_id"))
                .col(text("instrument_key"))
                .col(text("cadence"))
                .col(opt_int("every_weeks"))
                .col(opt_int("next_due_on"))
                .col(text("created_by"))
                .col(int("created_at"))
                .col(opt_int("ended_at"))
                .foreign_key(&mut fk("checkin_schedules", "family_id", "families"))
                .foreign_key(&mut fk("checkin_schedules", "member_id", "family_members"))
                .to_owned(),
        ),
        index("checkin_schedules_family", "checkin_schedules", &["family_id"]),
        index("checkin_schedules_due", "checkin_schedules", &["ended_at", "next_due_on"]),
        Step::Table(
            Table::create()
                .table("checkin_requests")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("member_id"))
                .col(text("schedule_id"))
                .col(text("instrument_key"))
                .col(opt_text("session_id"))
                .col(int("due_at"))
                .col(opt_int("answered_at"))
                .foreign_key(&mut fk("checkin_requests", "schedule_id", "checkin_schedules"))
                .to_owned(),
        ),
        index("checkin_requests_member", "checkin_requests", &["member_id", "answered_at"]),
        Step::Table(
            Table::create()
                .table("checkin_responses")
                .col(id())
                .col(text("organisation_id"))
                .col(opt_text("family_id"))
                .col(opt_text("member_id"))
                .col(opt_text("request_id"))
                .col(text("instrument_key"))
                .col(int("instrument_version"))
                .col(text("answers"))
                .col(int("total"))
                .col(opt_text("band_level"))
                .col(text("subscales"))
                .col(text("entered_by"))
                .col(int("by_phone"))
                .col(int("answered_at"))
                .to_owned(),
        ),
        index("checkin_responses_family", "checkin_responses", &["family_id", "answered_at"]),
        index("checkin_responses_organisation", "checkin_responses", &["organisation_id", "answered_at"]),
        index("checkin_responses_entered_by", "checkin_responses", &["entered_by", "answered_at"]),
    ]
}

/// Data protection: retention policies, legal holds, the log of erasures,
/// subject-access requests with the items released in them, and members'
/// requests for correction or objection.
fn data_protection() -> Vec<Step> {
    vec![
        // An erased file keeps its row (without a name) only when the
        // organisation keeps anonymous statistics; no page shows it again.
        add_column("families", opt_int("erased_at")),
        Step::Table(
            Table::create()
                .table("retention_policies")
                .col(ColumnDef::new("organisation_id").text().not_null().primary_key())
                .col(int("closed_file_months"))
                .col(int("declined_referral_months"))
                .col(int("portal_access_months"))
                .col(int("keep_statistics"))
                .col(int("request_days"))
                .col(text("updated_by"))
                .col(int("updated_at"))
                .foreign_key(&mut fk("retention_policies", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("legal_holds")
                .col(ColumnDef::new("family_id").text().not_null().primary_key())
                .col(text("organisation_id"))
                .col(text("reason"))
                .col(text("set_by"))
                .col(int("set_at"))
                .foreign_key(&mut fk("legal_holds", "family_id", "families"))
                .to_owned(),
        ),
        // Ids and times only: what a restore of an older backup must erase again.
        Step::Table(
            Table::create()
                .table("erasures")
                .col(ColumnDef::new("family_id").text().not_null().primary_key())
                .col(text("organisation_id"))
                .col(int("erased_at"))
                .col(opt_text("erased_by"))
                .col(int("kept_statistics"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("subject_access_requests")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("member_id"))
                .col(int("received_on"))
                .col(int("due_on"))
                .col(text("opened_by"))
                .col(int("opened_at"))
                .col(opt_int("exported_at"))
                .foreign_key(&mut fk("subject_access_requests", "family_id", "families"))
                .foreign_key(&mut fk("subject_access_requests", "member_id", "family_members"))
                .to_owned(),
        ),
        index("subject_access_requests_organisation", "subject_access_requests", &["organisation_id", "opened_at"]),
        Step::Table(
            Table::create()
                .table("subject_access_releases")
                .col(text("request_id"))
                .col(text("item"))
                .col(text("reason"))
                .col(text("released_by"))
                .col(int("released_at"))
                .primary_key(Index::create().col("request_id").col("item"))
                .foreign_key(&mut fk("subject_access_releases", "request_id", "subject_access_requests"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("data_requests")
                .col(id())
                .col(text("organisation_id"))
                .col(text("family_id"))
                .col(text("member_id"))
                .col(text("kind"))
                .col(opt_text("purpose"))
                .col(text("details"))
                .col(int("made_at"))
                .col(int("due_at"))
                .col(opt_text("answer"))
                .col(opt_text("answer_text"))
                .col(opt_text("answered_by"))
                .col(opt_int("answered_at"))
                .foreign_key(&mut fk("data_requests", "family_id", "families"))
                .foreign_key(&mut fk("data_requests", "member_id", "family_members"))
                .to_owned(),
        ),
        index("data_requests_family", "data_requests", &["family_id", "made_at"]),
        index("data_requests_member", "data_requests", &["member_id", "made_at"]),
    ]
}

/// The glossary of online trends: entries with every version kept, the keys
/// search finds them by, who may edit, and links from family files.
fn glossary() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("glossary_entries")
                .col(id())
                .col(text("organisation_id"))
                .col(text("kind"))
                .col(text("term"))
                .col(int("version"))
                .col(int("published"))
                .col(int("review_on"))
                .col(opt_text("reviewed_by"))
                .col(opt_int("reviewed_at"))
                .col(ColumnDef::new("image").blob().null())
                .col(opt_text("image_type"))
                .col(opt_text("source_organisation"))
                .col(opt_text("source_entry"))
                .col(opt_int("source_version"))
                .col(int("created_at"))
                .foreign_key(&mut fk("glossary_entries", "organisation_id", "organisations"))
                .to_owned(),
        ),
        index("glossary_entries_review", "glossary_entries", &["organisation_id", "review_on"]),
        Step::Table(
            Table::create()
                .table("glossary_versions")
                .col(text("entry_id"))
                .col(int("version"))
                .col(text("body"))
                .col(text("changed_by"))
                .col(text("reason"))
                .col(int("changed_at"))
                .primary_key(Index::create().col("entry_id").col("version"))
                .foreign_key(&mut fk("glossary_versions", "entry_id", "glossary_entries"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("glossary_keys")
                .col(text("entry_id"))
                .col(text("key"))
                .col(int("weight"))
                .foreign_key(&mut fk("glossary_keys", "entry_id", "glossary_entries"))
                .to_owned(),
        ),
        index("glossary_keys_entry", "glossary_keys", &["entry_id"]),
        // Organisations whose signed glossary bundles this one accepts.
        Step::Table(
            Table::create()
                .table("glossary_signers")
                .col(id())
                .col(text("organisation_id"))
                .col(text("name"))
                .col(text("public_key"))
                .col(text("added_by"))
                .col(int("added_at"))
                .foreign_key(&mut fk("glossary_signers", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("glossary_editors")
                .col(ColumnDef::new("user_id").text().not_null().primary_key())
                .col(text("organisation_id"))
                .col(text("granted_by"))
                .col(int("granted_at"))
                .foreign_key(&mut fk("glossary_editors", "user_id", "users"))
                .to_owned(),
        ),
    ]
}

/// The code of conduct for online work: its published versions, who
/// acknowledged which, and staff's self-assessment of the skills it asks for.
fn conduct() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("conduct_versions")
                .col(text("organisation_id"))
                .col(int("version"))
                .col(text("body"))
                .col(text("published_by"))
                .col(int("published_at"))
                .primary_key(Index::create().col("organisation_id").col("version"))
                .foreign_key(&mut fk("conduct_versions", "organisation_id", "organisations"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("conduct_acknowledgements")
                .col(text("user_id"))
                .col(int("version"))
                .col(int("acknowledged_at"))
                .primary_key(Index::create().col("user_id").col("version"))
                .foreign_key(&mut fk("conduct_acknowledgements", "user_id", "users"))
                .to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("skill_assessments")
                .col(text("user_id"))
                .col(text("skill_key"))
                .col(text("level"))
                .col(int("updated_at"))
                .primary_key(Index::create().col("user_id").col("skill_key"))
                .foreign_key(&mut fk("skill_assessments", "user_id", "users"))
                .to_owned(),
        ),
    ]
}

/// Notes that name the glossary entries their reasoning rests on.
fn glossary_links() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("glossary_links")
                .col(text("note_id"))
                .col(text("entry_id"))
                .primary_key(Index::create().col("note_id").col("entry_id"))
                .foreign_key(&mut fk("glossary_links", "note_id", "notes"))
                .foreign_key(&mut fk("glossary_links", "entry_id", "glossary_entries"))
                .to_owned(),
        ),
        index("glossary_links_entry", "glossary_links", &["entry_id"]),
    ]
}

/// Short notes on legislation, with what search finds them by.
fn legal_notes() -> Vec<Step> {
    vec![
        Step::Table(
            Table::create()
                .table("legal_notes")
                .col(id())
                .col(text("organisation_id"))
                .col(text("title"))
                .col(text("jurisdiction"))
                .col(text("body"))
                .col(text("source"))
                .col(int("review_on"))
                .col(text("search"))
                .col(text("updated_by"))
                .col(int("updated_at"))
                .foreign_key(&mut fk("legal_notes", "organisation_id", "organisations"))
                .to_owned(),
        ),
        index("legal_notes_organisation", "legal_notes", &["organisation_id", "review_on"]),
    ]
}

/// A notification about one session (an override, a follow-up) names it, so
/// its link leads to that session rather than to a list.
fn notification_sessions() -> Vec<Step> {
    vec![add_column("notifications", opt_text("session_id"))]
}

/// `INSERT INTO table (columns) SELECT …`, for moving rows between tables.
fn copy_rows(table: &'static str, columns: Vec<&'static str>, select: sea_query::SelectStatement) -> Step {
    let mut insert = Query::insert();
    insert.into_table(table).columns(columns);
    // Fails only when the select names a different number of columns, which
    // the migration test would show at once.
    if insert.select_from(select).is_err() {
        return Step::Insert(Query::insert().into_table(table).to_owned());
    }
    Step::Insert(insert)
}

/// The single audit chain becomes many (per organisation and lane): its rows
/// move to `audit_trail` as the chain named "", and its head to
/// `audit_chains`. Their MACs stay valid: a row of chain "" is MACed as before.
fn audit_chains() -> Vec<Step> {
    let columns =
        ["seq", "at", "organisation_id", "actor_id", "action", "record_kind", "record_id", "reason", "prev_mac", "mac"];
    vec![
        Step::Table(
            Table::create()
                .table("audit_trail")
                .col(text("chain"))
                .col(ColumnDef::new("seq").big_integer().not_null())
                .col(int("at"))
                .col(opt_text("organisation_id"))
                .col(opt_text("actor_id"))
                .col(text("action"))
                .col(text("record_kind"))
                .col(opt_text("record_id"))
                .col(opt_text("reason"))
                .col(text("prev_mac"))
                .col(text("mac"))
                .primary_key(Index::create().col("chain").col("seq"))
                .to_owned(),
        ),
        index("audit_trail_record", "audit_trail", &["organisation_id", "record_kind", "record_id", "at"]),
        copy_rows(
            "audit_trail",
            std::iter::once("chain").chain(columns).collect(),
            Query::select().expr(sea_query::Expr::val("")).columns(columns).from("audit_log").to_owned(),
        ),
        Step::Table(
            Table::create()
                .table("audit_chains")
                .col(ColumnDef::new("chain").text().not_null().primary_key())
                .col(int("seq"))
                .col(text("mac"))
                .to_owned(),
        ),
        copy_rows(
            "audit_chains",
            vec!["chain", "seq", "mac"],
            Query::select().expr(sea_query::Expr::val("")).columns(["seq", "mac"]).from("audit_head").to_owned(),
        ),
        Step::Drop(Table::drop().table("audit_log").to_owned()),
        Step::Drop(Table::drop().table("audit_head").to_owned()),
    ]
}

fn render_schema(backend: Backend, step: &Step) -> Option<String> {
    match (backend, step) {
        (Backend::Sqlite, Step::Table(t)) => Some(t.build(SqliteQueryBuilder)),
        (Backend::Postgres, Step::Table(t)) => Some(t.build(PostgresQueryBuilder)),
        (Backend::Sqlite, Step::Index(i)) => Some(i.build(SqliteQueryBuilder)),
        (Backend::Postgres, Step::Index(i)) => Some(i.build(PostgresQueryBuilder)),
        (Backend::Sqlite, Step::Alter(a)) => Some(a.build(SqliteQueryBuilder)),
        (Backend::Postgres, Step::Alter(a)) => Some(a.build(PostgresQueryBuilder)),
        (Backend::Sqlite, Step::Drop(d)) => Some(d.build(SqliteQueryBuilder)),
        (Backend::Postgres, Step::Drop(d)) => Some(d.build(PostgresQueryBuilder)),
        (_, Step::Insert(_)) => None,
    }
}

/// Applies every migration not yet applied, each in its own transaction.
/// Returns how many ran.
pub(crate) async fn migrate(store: &Store) -> Result<usize> {
    let ledger = Table::create()
        .table("schema_migrations")
        .if_not_exists()
        .col(ColumnDef::new("version").big_integer().not_null().primary_key())
        .col(text("name"))
        .col(int("applied_at"))
        .to_owned();
    let sql = match store.backend() {
        Backend::Sqlite => ledger.build(SqliteQueryBuilder),
        Backend::Postgres => ledger.build(PostgresQueryBuilder),
    };
    sqlx::query(sqlx::AssertSqlSafe(sql)).execute(store.pool()).await?;

    let mut ran = 0;
    for (version, name, migration) in MIGRATIONS {
        let mut tx = store.begin().await?;
        if tx.backend() == Backend::Postgres {
            // Several processes may start at once; one migrates, the others wait.
            tx.execute_raw("SELECT pg_advisory_xact_lock(7242031)".into()).await?;
        }
        let applied = tx
            .fetch_optional(
                &Query::select()
                    .column("version")
                    .from("schema_migrations")
                    .and_where(sea_query::Expr::col("version").eq(*version))
                    .to_owned(),
            )
            .await?;
        if applied.is_some() {
            // Ends the transaction now: a dropped one would keep the advisory
            // lock until its connection is reused, and the next begin() on
            // another connection of the pool would wait for it forever.
            tx.commit().await?;
            continue;
        }
        for step in migration() {
            match (&step, render_schema(tx.backend(), &step)) {
                (Step::Insert(q), _) => {
                    tx.execute(q).await?;
                }
                (_, Some(sql)) => tx.execute_raw(sql).await?,
                (_, None) => {}
            }
        }
        let now = tx.now().millis();
        tx.execute(
            &Query::insert()
                .into_table("schema_migrations")
                .columns(["version", "name", "applied_at"])
                .values_panic([(*version).into(), (*name).into(), now.into()])
                .to_owned(),
        )
        .await?;
        tx.commit().await?;
        ran += 1;
    }
    Ok(ran)
}

/// The highest migration applied, for `hearth migrate` to report.
pub(crate) async fn current_version(store: &Store) -> Result<i64> {
    let row = store
        .fetch_optional(
            &Query::select()
                .expr_as(Func::max(sea_query::Expr::col("version")), "v")
                .from("schema_migrations")
                .to_owned(),
        )
        .await?;
    Ok(row.map(|r| col::opt_int(&r, "v")).transpose()?.flatten().unwrap_or(0))
}
