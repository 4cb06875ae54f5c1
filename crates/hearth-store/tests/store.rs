//! Storage stories, run on SQLite by default and on PostgreSQL when
//! `HEARTH_TEST_DATABASE_URL` is set.

use std::sync::Arc;

use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::audit::{AuditAction, ChainBreak};
use hearth_core::clock::{ManualClock, Timestamp};
use hearth_core::families::{BreakGlassReason, FamilyName};
use hearth_core::organisations::OrganisationName;
use hearth_store::accounts::NewUser;
use hearth_store::audit::AuditRecord;
use hearth_store::audit::Verification;
use hearth_store::testing::fresh_database;
use hearth_store::{AuditEntry, OpenMode, Store};
use sqlx::AssertSqlSafe;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";

async fn open(url: &str) -> Result<(Store, ManualClock), Box<dyn std::error::Error>> {
    let clock = ManualClock::new(Timestamp(1_795_523_640_000));
    let store = Store::open(url, OpenMode::CreateIfMissing, Arc::new(clock.clone()), KEY.to_vec()).await?;
    Ok((store, clock))
}

async fn raw(url: &str, sql: &str) -> TestResult {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    sqlx::query(AssertSqlSafe(sql.to_owned())).execute(&pool).await?;
    pool.close().await;
    Ok(())
}

async fn write_trail(store: &Store, n: usize) -> TestResult {
    for _ in 0..n {
        let mut tx = store.begin().await?;
        tx.append_audit_for_test(AuditEntry::anonymous(None, AuditAction::LoginFailed, AuditRecord::UnknownAccount))
            .await?;
        tx.commit().await?;
    }
    Ok(())
}

#[tokio::test]
async fn migrations_are_idempotent() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    assert_eq!(store.migrate().await?, 0, "a second run applies nothing");
    assert!(store.schema_version().await? >= 1);
    store.ping().await?;
    Ok(())
}

#[tokio::test]
async fn a_missing_sqlite_file_is_not_created_silently() -> TestResult {
    let dir = hearth_store::testing::TempDir::new()?;
    let url = format!("sqlite://{}", dir.path().join("typo.db").display());
    let err = Store::open(&url, OpenMode::MustExist, Arc::new(ManualClock::new(Timestamp(0))), KEY.to_vec()).await;
    assert!(matches!(err, Err(hearth_store::StoreError::DatabaseMissing(_))));
    assert!(!dir.path().join("typo.db").exists());
    Ok(())
}

#[tokio::test]
async fn audit_verify_finds_an_edited_row() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    write_trail(&store, 5).await?;
    assert_eq!(store.verify_audit_trail().await?, Verification::Intact { rows: 5, chains: 2 });
    raw(&db.url, "UPDATE audit_trail SET actor_id = 'nobody' WHERE seq = 3").await?;
    assert!(broken(&store, ChainBreak::Changed { seq: 3 }).await?);
    Ok(())
}

#[tokio::test]
async fn audit_verify_finds_a_deleted_row() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    write_trail(&store, 5).await?;
    raw(&db.url, "DELETE FROM audit_trail WHERE seq = 2").await?;
    assert!(broken(&store, ChainBreak::Missing { seq: 3, expected: 2 }).await?);
    Ok(())
}

#[tokio::test]
async fn audit_verify_finds_swapped_rows() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    write_trail(&store, 5).await?;
    raw(&db.url, "UPDATE audit_trail SET seq = 100 WHERE seq = 2").await?;
    raw(&db.url, "UPDATE audit_trail SET seq = 2 WHERE seq = 3").await?;
    raw(&db.url, "UPDATE audit_trail SET seq = 3 WHERE seq = 100").await?;
    assert!(broken(&store, ChainBreak::Reordered { seq: 2 }).await?);
    Ok(())
}

/// Whether `audit verify` reports this break (in whichever chain).
async fn broken(store: &Store, expected: ChainBreak) -> Result<bool, Box<dyn std::error::Error>> {
    Ok(match store.verify_audit_trail().await? {
        Verification::Broken { broken, .. } => broken == expected,
        Verification::Intact { .. } => false,
    })
}

#[tokio::test]
async fn concurrent_appends_keep_the_chain_whole() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move { write_trail(&store, 10).await.map_err(|e| e.to_string()) }));
    }
    for t in tasks {
        t.await??;
    }
    assert_eq!(store.verify_audit_trail().await?, Verification::Intact { rows: 80, chains: 2 });
    Ok(())
}

/// Many people of several organisations, read at once from many
/// connections: every organisation's rows spread over its lanes, and every
/// chain verifies.
#[tokio::test]
async fn concurrent_audited_reads_of_many_organisations_verify() -> TestResult {
    use hearth_core::ids::{OrganisationId, UserId};
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    let mut tasks = Vec::new();
    for worker in 0..12u32 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..15u32 {
                let org = OrganisationId::from_trusted(format!("{:032x}", worker % 3));
                let user = UserId::from_trusted(format!("{:032x}", 100 + worker * 7 + i % 4));
                let family = hearth_core::ids::FamilyId::from_trusted(format!("{:032x}", 1000 + i));
                let mut tx = store.begin().await.map_err(|e| e.to_string())?;
                tx.append_audit_for_test(AuditEntry::by_account(
                    &org,
                    &user,
                    AuditAction::FamilyViewed,
                    AuditRecord::Family(&family),
                ))
                .await
                .map_err(|e| e.to_string())?;
                tx.commit().await.map_err(|e| e.to_string())?;
            }
            Ok::<(), String>(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    match store.verify_audit_trail().await? {
        Verification::Intact { rows, chains } => {
            assert_eq!(rows, 180);
            assert!(chains > 6, "rows of three organisations spread over lanes: {chains} chains");
        }
        broken => return Err(format!("{broken:?}").into()),
    }
    Ok(())
}

#[tokio::test]
async fn audit_verify_finds_a_removed_chain_head_and_a_cut_tail() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    write_trail(&store, 5).await?;
    raw(&db.url, "DELETE FROM audit_trail WHERE seq > 3").await?;
    assert!(broken(&store, ChainBreak::Truncated { seq: 3 }).await?);
    raw(&db.url, "DELETE FROM audit_chains WHERE chain <> ''").await?;
    assert!(broken(&store, ChainBreak::HeadMissing).await?);
    Ok(())
}

#[tokio::test]
async fn caseload_and_break_glass_stay_inside_the_organisation() -> TestResult {
    let db = fresh_database().await?;
    let (store, clock) = open(&db.url).await?;
    let mut tx = store.begin().await?;
    let org = tx.create_organisation(&OrganisationName::parse("North")?).await?;
    let team = tx.create_team(&org, "East team").await?;
    let mk = |email: &str, name: &str| {
        Ok::<_, Box<dyn std::error::Error>>((EmailAddress::parse(email)?, DisplayName::parse(name)?))
    };
    let (pe, pn) = mk("p@example.org", "Pat")?;
    let (qe, qn) = mk("q@example.org", "Quinn")?;
    let (se, sn) = mk("s@example.org", "Sam")?;
    let new = |email, name, role| NewUser {
        organisation_id: &org,
        email,
        display_name: name,
        role,
        team_id: Some(&team),
        password_hash: None,
        totp_secret: None,
        language: None,
    };
    let p = tx.create_user(new(&pe, &pn, Role::Practitioner)).await?;
    let q = tx.create_user(new(&qe, &qn, Role::Practitioner)).await?;
    let s = tx.create_user(new(&se, &sn, Role::Supervisor)).await?;
    let actor = |user_id, role| Actor { user_id, organisation_id: org.clone(), role, team_id: Some(team.clone()) };
    let pat = actor(p, Role::Practitioner);
    let quinn = actor(q, Role::Practitioner);
    let sam = actor(s.clone(), Role::Supervisor);
    let fam = tx.create_family(&pat, &FamilyName::parse("Haddad")?, Some(&team)).await?;
    tx.create_family(&quinn, &FamilyName::parse("Jansen")?, Some(&team)).await?;
    tx.commit().await?;

    let mut tx = store.begin().await?;
    let names = |fs: hearth_store::Paged<hearth_store::families::Family>| {
        fs.items.into_iter().map(|f| f.name).collect::<Vec<_>>()
    };
    let named = |needle| hearth_store::families::CaseloadFilter { name_contains: needle, status: None };
    let page = hearth_store::PageRequest::new(1, 50);
    let scope = hearth_core::access::family_scope;
    assert_eq!(names(tx.caseload(&pat, &scope(&pat), &named(None), page).await?), ["Haddad"]);
    assert_eq!(names(tx.caseload(&sam, &scope(&sam), &named(None), page).await?), ["Haddad", "Jansen"]);
    assert_eq!(names(tx.caseload(&sam, &scope(&sam), &named(Some("JAN")), page).await?), ["Jansen"]);
    assert_eq!(names(tx.caseload(&sam, &scope(&sam), &named(Some("%")), page).await?), Vec::<String>::new());

    let family = tx.family(&fam).await?.ok_or("family")?;
    assert!(!tx.family_facts(&quinn, &family).await?.actor_break_glass_open);
    tx.open_break_glass(&quinn, &family, &BreakGlassReason::parse("Covering Pat's urgent call today")?).await?;
    assert!(tx.family_facts(&quinn, &family).await?.actor_break_glass_open);
    assert_eq!(tx.unread_notifications(&s).await?, 1);
    tx.commit().await?;

    clock.advance_seconds(hearth_store::families::BREAK_GLASS_SECONDS);
    let mut tx = store.begin().await?;
    assert!(!tx.family_facts(&quinn, &family).await?.actor_break_glass_open, "grant expires");
    let log = tx.record_access_log(org.as_str(), "family", fam.as_str()).await?;
    assert!(
        log.iter().any(
            |e| e.action == "family.break_glass" && e.reason.as_deref() == Some("Covering Pat's urgent call today")
        )
    );
    tx.commit().await?;
    assert!(matches!(store.verify_audit_trail().await?, Verification::Intact { .. }));
    Ok(())
}

mod timeline {
    use super::*;
    use hearth_core::crypto::{Key, Keyring};
    use hearth_core::families::{MemberName, MemberRole};
    use hearth_core::timeline::{NoteKind, NoteText};
    use hearth_store::agreements::Consent;
    use hearth_store::families::MemberDetails;
    use hearth_store::sealed::{SEALED_COLUMNS, SealedKind};
    use sqlx::Row;

    /// A parent with no particular languages or needs.
    fn parent(name: &str) -> Result<MemberDetails, Box<dyn std::error::Error>> {
        Ok(MemberDetails {
            name: MemberName::parse(name)?,
            role: MemberRole::Parent,
            languages: String::new(),
            needs_translator: false,
            whereabouts: None,
            contact_preferences: None,
        })
    }

    async fn family_with_practitioner(
        store: &Store,
    ) -> Result<(Actor, hearth_core::ids::FamilyId), Box<dyn std::error::Error>> {
        let mut tx = store.begin().await?;
        let org = tx.create_organisation(&OrganisationName::parse("Org")?).await?;
        let user = tx
            .create_user(NewUser {
                organisation_id: &org,
                email: &EmailAddress::parse("p@org.example")?,
                display_name: &DisplayName::parse("Pat")?,
                role: Role::Practitioner,
                team_id: None,
                password_hash: None,
                totp_secret: None,
                language: None,
            })
            .await?;
        let actor = Actor { user_id: user, organisation_id: org, role: Role::Practitioner, team_id: None };
        let family = tx.create_family(&actor, &FamilyName::parse("Haddad")?, None).await?;
        tx.commit().await?;
        Ok((actor, family))
    }

    /// A member of the family with a portal account, as an actor.
    async fn member_with_account(
        tx: &mut hearth_store::Tx,
        pat: &Actor,
        family: &hearth_core::ids::FamilyId,
        name: &str,
    ) -> Result<(hearth_core::ids::MemberId, Actor), Box<dyn std::error::Error>> {
        let member = tx.add_member(pat, family, &parent(name)?).await?;
        let user = tx
            .create_user(NewUser {
                organisation_id: &pat.organisation_id,
                email: &EmailAddress::parse(&format!("{}@family.example", name.to_lowercase()))?,
                display_name: &DisplayName::parse(name)?,
                role: Role::FamilyMember,
                team_id: None,
                password_hash: None,
                totp_secret: None,
                language: Some("ar"),
            })
            .await?;
        tx.link_member_account(&pat.organisation_id, &member, &user).await?;
        let actor = Actor {
            user_id: user,
            organisation_id: pat.organisation_id.clone(),
            role: Role::FamilyMember,
            team_id: None,
        };
        Ok((member, actor))
    }

    #[tokio::test]
    async fn messages_are_sealed_ordered_corrected_visibly_and_seen_per_participant() -> TestResult {
        use hearth_core::messaging::MessageText;
        let db = fresh_database().await?;
        let (store, _) = open(&db.url).await?;
        let (pat, family) = family_with_practitioner(&store).await?;
        let mut tx = store.begin().await?;
        let (amina, mum) = member_with_account(&mut tx, &pat, &family, "Amina").await?;
        // A member without an account cannot be written to.
        let brother = tx.add_member(&pat, &family, &parent("Karim")?).await?;
        let read = tx.read_family(&pat, &family).await?;
        assert!(tx.start_conversation(&pat, &read, std::slice::from_ref(&brother)).await?.is_none());
        let open = tx.start_conversation(&pat, &read, &[amina.clone(), brother]).await?.ok_or("conversation")?;
        tx.send_message(&pat, &open, &MessageText::parse("Is Thursday still good for the visit?")?, false).await?;
        tx.commit().await?;

        // The member finds it through her own account only.
        let mut tx = store.begin().await?;
        let listed = tx.conversations_of_member(&mum.user_id).await?;
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].member_names, ["Amina"], "only members with an account take part");
        assert_eq!(listed[0].unseen, 1);
        let facts = |f: Option<hearth_core::access::ConversationFacts>| f.map(|f| f.actor_takes_part);
        assert_eq!(facts(tx.conversation_facts(&mum, open.id()).await?), Some(true));
        assert_eq!(facts(tx.conversation_facts(&pat, open.id()).await?), Some(false), "staff are not members");
        let mine = tx.open_conversation_as_member(open.id()).await?.ok_or("her conversation")?;
        let reply = tx.send_message(&mum, &mine, &MessageText::parse("Yes, after school")?, true).await?;
        assert_eq!(reply.seq, 2);
        assert!(tx.correct_message(&mum, &mine, &reply.id, &MessageText::parse("Yes, after four")?).await?);
        assert!(
            !tx.correct_message(&pat, &open, &reply.id, &MessageText::parse("changed")?).await?,
            "nobody corrects another's message"
        );
        tx.commit().await?;

        let mut tx = store.begin().await?;
        let read = tx.read_family(&pat, &family).await?;
        let again = tx.open_conversation_as_staff(&pat, &read, open.id()).await?.ok_or("staff open")?;
        let messages = tx.messages_of(&again, 0).await?;
        assert_eq!(tx.conversations_of(&read, &pat.user_id).await?[0].unseen, 1, "her reply is new to him");
        tx.mark_seen(&pat.user_id, &again, 2).await?;
        tx.mark_seen(&pat.user_id, &again, 1).await?;
        let marks = tx.seen_marks(&again).await?;
        assert_eq!(tx.messages_of(&again, 1).await?.len(), 1, "only what came after");
        tx.commit().await?;
        assert_eq!(messages.iter().map(|m| m.seq).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(messages[0].author_name, "Pat");
        let answer = &messages[1];
        assert!(answer.urgent && answer.corrected());
        assert_eq!(answer.versions[0].text, "Yes, after school", "the first text stays, shown as corrected");
        assert_eq!(answer.current().map(|v| v.text.as_str()), Some("Yes, after four"));
        let marks: Vec<_> = marks.into_iter().map(|m| (m.user_id, m.name, m.up_to)).collect();
        assert!(marks.contains(&(pat.user_id.clone(), "Pat".into(), 2)), "seen never moves back: {marks:?}");
        assert!(marks.contains(&(mum.user_id.clone(), "Amina".into(), 2)));
        let plain = "SELECT COUNT(*) FROM message_versions WHERE body LIKE '%school%' OR body LIKE '%Thursday%'";
        assert_eq!(count(&db.url, plain).await?, 0, "sealed at rest");
        let actions = "SELECT COUNT(*) FROM audit_trail WHERE action IN \
            ('family.conversation_started', 'family.message_sent', 'family.message_corrected', \
             'family.conversation_viewed')";
        assert_eq!(count(&db.url, actions).await?, 5, "started, three sent or corrected, one staff read");
        Ok(())
    }

    /// Every text column of every table, as the database describes itself.
    async fn text_columns(url: &str) -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(url).await?;
        let sql = if url.starts_with("postgres") {
            "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
             WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"
        } else {
            "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND upper(p.type) = 'TEXT'"
        };
        let rows = sqlx::query(sql).fetch_all(&pool).await?;
        pool.close().await;
        Ok(rows
            .iter()
            .map(|r| Ok((r.try_get::<String, _>("t")?, r.try_get::<String, _>("c")?)))
            .collect::<Result<_, sqlx::Error>>()?)
    }

    async fn count(url: &str, sql: &str) -> Result<i64, Box<dyn std::error::Error>> {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(url).await?;
        let n = sqlx::query(AssertSqlSafe(sql.to_owned())).fetch_one(&pool).await?.try_get::<i64, _>(0)?;
        pool.close().await;
        Ok(n)
    }

    async fn raw_bodies(url: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(url).await?;
        let rows = sqlx::query("SELECT body FROM note_versions").fetch_all(&pool).await?;
        pool.close().await;
        Ok(rows.iter().map(|r| r.try_get::<String, _>("body")).collect::<Result<_, _>>()?)
    }

    fn ring(keys: &[(&str, u8)]) -> Result<Keyring, Box<dyn std::error::Error>> {
        Ok(Keyring::new(keys.iter().map(|(id, b)| Key::new(id, &[*b; 32])).collect::<Result<_, _>>()?)?)
    }

    #[tokio::test]
    async fn notes_are_sealed_and_amendments_keep_history() -> TestResult {
        let db = fresh_database().await?;
        let (store, _) = open(&db.url).await?;
        let (pat, family) = family_with_practitioner(&store).await?;
        let mut tx = store.begin().await?;
        let mum = tx
            .add_member(
                &pat,
                &family,
                &MemberDetails {
                    name: MemberName::parse("Amina")?,
                    role: MemberRole::Parent,
                    languages: "Arabic".into(),
                    needs_translator: true,
                    whereabouts: None,
                    contact_preferences: None,
                },
            )
            .await?;
        let now = tx.now();
        let note = tx
            .add_note(
                &pat,
                &family,
                NoteKind::HomeVisit,
                now,
                &NoteText::parse("Mother worried about late-night calls")?,
                &[mum],
            )
            .await?;
        tx.amend_note(&pat, &family, &note, &NoteText::parse("Mother worried about late-night calls from abroad")?)
            .await?;
        let read = tx.read_family(&pat, &family).await?;
        let notes = tx.notes_of(&read).await?;
        let fam = tx.family(&family).await?.ok_or("family")?;
        tx.commit().await?;
        assert_eq!(fam.last_contact_at, Some(now), "a home visit is a contact");
        assert_eq!(notes.len(), 1);
        let n = &notes[0];
        assert!(n.amended());
        assert_eq!(n.versions[0].text, "Mother worried about late-night calls");
        assert_eq!(n.current().map(|v| v.text.as_str()), Some("Mother worried about late-night calls from abroad"));
        assert_eq!(n.member_names, ["Amina"]);
        for body in raw_bodies(&db.url).await? {
            assert!(body.starts_with("v1.k0.") && !body.contains("worried"), "sealed at rest: {body}");
        }
        Ok(())
    }

    #[tokio::test]
    async fn decision_answers_are_sealed_and_plain_ones_from_before_are_sealed_on_opening() -> TestResult {
        let db = fresh_database().await?;
        let (store, _) = open(&db.url).await?;
        let (pat, family) = family_with_practitioner(&store).await?;
        let mut tx = store.begin().await?;
        let member = tx.add_member(&pat, &family, &parent("Amina")?).await?;
        let answers: hearth_core::modality::Answers = [("violence_at_home".to_owned(), "yes".to_owned())].into();
        let reasons = [(
            hearth_core::modality::ContactKind::CheckIn,
            vec![hearth_core::modality::Reason {
                key: "violence_at_home".into(),
                lean: hearth_core::modality::Lean::Toward(hearth_core::modality::Pull::FaceToFace),
            }],
        )]
        .into();
        for _ in 0..2 {
            tx.record_modality_decision(
                &pat,
                &family,
                &member,
                hearth_store::modality::NewModalityDecision {
                    answers: &answers,
                    suggested: &Default::default(),
                    reasons: &reasons,
                    decided: &Default::default(),
                    preference: None,
                    comment: "",
                },
            )
            .await?;
        }
        tx.commit().await?;
        let plain =
            "SELECT COUNT(*) FROM modality_decisions WHERE answers LIKE '%violence%' OR reasons LIKE '%violence%'";
        assert_eq!(count(&db.url, plain).await?, 0, "sealed at rest");

        // A decision kept before answers were sealed.
        raw(
            &db.url,
            "UPDATE modality_decisions SET answers = 'violence_at_home=yes\n', reasons = NULL \
                      WHERE id = (SELECT MIN(id) FROM modality_decisions)",
        )
        .await?;
        assert_eq!(store.seal_formerly_plain_values().await?, 1);
        assert_eq!(store.seal_formerly_plain_values().await?, 0, "nothing left once sealed");
        assert_eq!(count(&db.url, plain).await?, 0);
        let mut tx = store.begin().await?;
        let read = tx.read_family(&pat, &family).await?;
        let decisions = tx.modality_decisions_of(&read, &member).await?;
        tx.commit().await?;
        assert_eq!(decisions.len(), 2);
        assert!(decisions.iter().all(|d| d.answers == answers));
        assert_eq!(decisions.iter().filter(|d| d.reasons.is_empty()).count(), 1);
        Ok(())
    }

    #[tokio::test]
    async fn key_rotation_keeps_old_notes_readable() -> TestResult {
        let db = fresh_database().await?;
        let (store, _) = open(&db.url).await?;
        let store = store.with_keyring(ring(&[("k1", 1)])?);
        let (pat, family) = family_with_practitioner(&store).await?;
        let mut tx = store.begin().await?;
        let now = tx.now();
        for i in 0..5 {
            tx.add_note(&pat, &family, NoteKind::Observation, now, &NoteText::parse(&format!("note {i}"))?, &[])
                .await?;
        }
        let assessment = hearth_store::assessment::NewAssessment {
            assessed_on: now,
            ratings: Vec::new(),
            engagement: hearth_core::assessment::Engagement::Genuine,
            engagement_note: "answers every call".into(),
            young_person: "feels watched".into(),
            response: hearth_core::assessment::ProportionateResponse::UniversalServices,
            proportionality: "low concern".into(),
        };
        tx.record_assessment(&pat, &family, None, &assessment).await?;
        let session = hearth_store::support_sessions::NewSupportSession {
            mode: hearth_core::support_sessions::SessionMode::Video,
            contact_kind: hearth_core::modality::ContactKind::CheckIn,
            starts_at: now,
            minutes: 30,
            place: "https://meet.example/room".into(),
            members: Vec::new(),
            colleagues: Vec::new(),
            guardrail_override: Some(("crisis call".into(), "day_limit".into())),
        };
        let session = tx.schedule_session(&pat, &family, None, &session).await?;
        let read = tx.read_family(&pat, &family).await?;
        let held = tx.support_session(&read, &session).await?.ok_or("session")?;
        let follow_up = tx
            .record_outcome(
                &pat,
                &held,
                hearth_core::support_sessions::SessionOutcome::Held,
                None,
                Some((now, String::new())),
            )
            .await?
            .ok_or("follow-up")?;
        let follow_up = tx.follow_up(&read, &follow_up).await?.ok_or("follow-up")?;
        tx.complete_follow_up(&pat, &follow_up, "doing better", false).await?;
        let recorded = tx.assessments_of(&read).await?.into_iter().next().ok_or("assessment")?;
        tx.review_assessment(
            &pat,
            &recorded,
            hearth_core::assessment::AssessmentStatus::Returned,
            Some("add evidence"),
        )
        .await?;
        let member = tx.add_member(&pat, &family, &parent("Amina")?).await?;
        let template = tx.current_template(&pat).await?;
        tx.make_agreement(&pat, &family, &member, &template, &Default::default()).await?;
        let agreement = tx.agreements_of(&read, &member).await?.into_iter().next().ok_or("agreement")?;
        tx.record_consent(&pat.organisation_id, &pat.user_id, &agreement, Consent::Verbal, Some("agreed by phone"))
            .await?;
        let choices = std::collections::BTreeMap::new();
        tx.record_modality_decision(
            &pat,
            &family,
            &member,
            hearth_store::modality::NewModalityDecision {
                answers: &Default::default(),
                suggested: &Default::default(),
                reasons: &Default::default(),
                decided: &choices,
                preference: Some("mornings"),
                comment: "decided together",
            },
        )
        .await?;
        tx.add_document(&pat, &family, "letter.txt", hearth_core::documents::DocumentKind::Text, b"a letter").await?;
        let (amina, leyla) = member_with_account(&mut tx, &pat, &family, "Leyla").await?;
        let conversation = tx.start_conversation(&pat, &read, &[amina]).await?.ok_or("conversation")?;
        tx.send_message(&pat, &conversation, &hearth_core::messaging::MessageText::parse("see you soon")?, false)
            .await?;
        // A community: an application declined with a reason, a question, a
        // reply flagged and hidden (which tells its author why).
        {
            use hearth_core::community::{ApplicationAnswer, GroupDetails, HouseRules, PostBody, Reason, TopicTitle};
            let rules = HouseRules::parse("Be kind to each other, always.")?;
            let group = tx.create_group(&pat, &GroupDetails::parse("Parents", "")?, &rules).await?;
            let group = tx.community_group(&pat.organisation_id, &group).await?.ok_or("group")?;
            tx.apply_to_group(&leyla, &group, &ApplicationAnswer::parse("I would like to talk to others.")?).await?;
            let application = tx.open_applications(&pat).await?.into_iter().next().ok_or("application")?;
            tx.decide_application(&pat, &application.id, false, Some(&Reason::parse("Not this group")?)).await?;
            let title = TopicTitle::parse("Welcome")?;
            let topic = tx.start_topic(&pat, &group, &title, &PostBody::parse("Hello")?, true).await?;
            let topic = tx.topic(&group.id, &topic).await?.ok_or("topic")?;
            let reply = tx.reply_in_topic(&leyla, &topic, &PostBody::parse("Hi from the coast")?).await?;
            let topic = tx.topic(&group.id, &topic.id).await?.ok_or("topic")?;
            tx.flag_post(&pat, &topic, &reply, &Reason::parse("names a place")?).await?;
            let edited = tx.reply_in_topic(&leyla, &topic, &PostBody::parse("We live near the harbour")?).await?;
            let topic = tx.topic(&group.id, &topic.id).await?.ok_or("topic")?;
            let why = Reason::parse("A place was named")?;
            assert!(tx.edit_post(&pat, &topic, &edited, &PostBody::parse("We live near the sea")?, &why).await?);
            assert!(tx.hide_post(&pat, &topic, &reply, &Reason::parse("Places identify families")?).await?);
        }
        // Information sharing: information received with its conditions, a
        // disclosure (not told, so every reason is written), returned with a comment.
        {
            use hearth_core::sharing::{
                AgreementForm, AgreementTerms, DisclosureForm, DisclosureTerms, HandlingConditions, PartnerDetails,
                ReceivedInformation, lawful_bases,
            };
            let details = PartnerDetails::parse("Police", "police", "Reyes", "").map_err(|e| format!("{e:?}"))?;
            let partner = tx.save_partner(&pat, None, &details).await?;
            let partner = tx.partner(&pat.organisation_id, &partner).await?.ok_or("partner")?;
            let today = hearth_core::wellbeing::LocalDate::of_stored(now);
            let day = |n: i64| today.plus_days(n).to_string();
            let bases = lawful_bases(hearth_core::sharing::DEFAULT_LAWFUL_BASES);
            let form = AgreementForm {
                purpose: "Safeguarding".into(),
                lawful_basis: bases[0].clone(),
                categories: vec!["case_notes".into()],
                threshold: "Harm".into(),
                handling: "Secure e-mail".into(),
                retention: "Two years".into(),
                signed_for_us_by: "A".into(),
                signed_for_us_on: day(-10),
                signed_for_them_by: "B".into(),
                signed_for_them_on: day(-10),
                starts_on: day(-10),
                review_on: day(100),
                ..AgreementForm::default()
            };
            let terms = AgreementTerms::parse(&form, &bases).map_err(|e| format!("{e:?}"))?;
            let agreement = tx.save_sharing_agreement(&pat, &partner, None, &terms).await?;
            let agreement = tx.sharing_agreement(&partner, &agreement).await?.ok_or("agreement")?;
            let conditions = HandlingConditions { not_for_family: true, not_for_onward_sharing: false };
            let info = ReceivedInformation::parse(&day(0), "stopped at the station", conditions, "no quotes", today)
                .map_err(|e| format!("{e:?}"))?;
            tx.record_received(&pat, &read, &partner, &info).await?;
            let items = tx.shareable_items(&read).await?;
            let form = DisclosureForm {
                agreement: agreement.id.to_string(),
                categories: vec!["case_notes".into()],
                items: vec!["x".into()],
                shared_text: "what was said".into(),
                purpose: "intelligence".into(),
                justification: "a named threat".into(),
                threshold_met: "harm".into(),
                evidence: vec!["x".into()],
                proportionality: "only this".into(),
                consent: "not_sought".into(),
                consent_reason: "would alert him".into(),
                family_told: "no".into(),
                not_told_reason: "risk to the sister".into(),
                revisit_on: day(20),
            };
            let terms = DisclosureTerms::parse(&form, today).map_err(|e| format!("{e:?}"))?;
            let draft = hearth_store::sharing::DisclosureDraft {
                partner: &partner,
                agreement: &agreement,
                terms: &terms,
                items: &items,
                evidence: &items,
            };
            let id = tx.prepare_disclosure(&pat, &read, &draft, None).await?;
            let row = tx.family(&family).await?.ok_or("family")?;
            let disclosure = tx.disclosure(&pat, &row, &id, false).await?.ok_or("disclosure")?;
            let reviewer = hearth_core::access::Actor { user_id: leyla.user_id.clone(), ..pat.clone() };
            tx.review_disclosure(&reviewer, &disclosure, false, "leave out the station").await?;
        }
        // A check-in answered.
        {
            let instrument = tx.instrument(&pat.organisation_id, "wellbeing-check-in").await?.ok_or("instrument")?;
            let answers: std::collections::BTreeMap<String, i64> =
                ["worry", "sleep", "coping", "alone", "hope"].into_iter().map(|k| (k.to_owned(), 1)).collect();
            let score = instrument.score(&answers).ok_or("score")?;
            let answering =
                hearth_store::checkins::Answering::ByPhone { family: &family, member: &member, request: None };
            tx.record_check_in(&pat, answering, &instrument, &answers, &score).await?;
        }
        // Data protection: a legal hold, an item of a subject-access request
        // released with a reason, and a member's request answered.
        {
            use hearth_core::data_protection::{RequestAnswer, RequestKind};
            assert!(tx.set_legal_hold(&pat, &family, "court order").await?);
            let today = hearth_core::wellbeing::LocalDate::of_stored(now);
            let request = tx.open_subject_access(&pat, &member, today).await?.ok_or("request")?;
            assert!(tx.release_subject_access_item(&pat, &request, "notes:n1", "agreed with the family").await?);
            let asked = tx
                .make_data_request(&leyla, RequestKind::Rectification, None, "my new number")
                .await?
                .ok_or("asked")?;
            let read = tx.read_family(&pat, &family).await?;
            assert!(tx.answer_data_request(&pat, &read, &asked, RequestAnswer::Granted, "corrected").await?);
        }
        tx.commit().await?;
        // Nothing outside the declaration holds a sealed value.
        let declared: Vec<(&str, &str)> = SEALED_COLUMNS.iter().map(|c| (c.table, c.column)).collect();
        for (table, column) in text_columns(&db.url).await? {
            if !declared.contains(&(table.as_str(), column.as_str())) {
                let sealed =
                    count(&db.url, &format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE 'v1.k1.%'")).await?;
                assert_eq!(sealed, 0, "{table}.{column} holds sealed values but is not in SEALED_COLUMNS");
            }
        }

        // The new key goes first; the old one stays until every note is re-sealed.
        let rotating = store.clone().with_keyring(ring(&[("k2", 2), ("k1", 1)])?);
        let mut tx = rotating.begin().await?;
        let read = tx.read_family(&pat, &family).await?;
        assert_eq!(tx.notes_of(&read).await?.len(), 5, "old notes readable during rotation");
        tx.add_note(&pat, &family, NoteKind::Observation, now, &NoteText::parse("written during rotation")?, &[])
            .await?;
        tx.commit().await?;
        let total_before = rotating.sealed_values_to_rekey().await?;
        let done = rotating.rekey_sealed(&|_| {}).await?;
        assert_eq!(done.total(), total_before);
        for (column, n) in &done.per_column {
            assert!(*n > 0, "{}.{} was not re-sealed", column.table, column.column);
        }
        assert_eq!(rotating.rekey_sealed(&|_| {}).await?.total(), 0, "nothing left to re-seal");
        assert_eq!(rotating.sealed_values_to_rekey().await?, 0);
        // Every declared column now holds only values under the new key.
        for column in SEALED_COLUMNS {
            let stale = count(
                &db.url,
                &format!(
                    "SELECT COUNT(*) FROM {} WHERE {} IS NOT NULL AND substr({}, 1, 6) <> {}",
                    column.table,
                    column.column,
                    column.column,
                    match column.kind {
                        SealedKind::Text => "'v1.k2.'",
                        SealedKind::Bytes if db.url.starts_with("postgres") => "'v1.k2.'::bytea",
                        SealedKind::Bytes => "CAST('v1.k2.' AS BLOB)",
                    }
                ),
            )
            .await?;
            assert_eq!(stale, 0, "{}.{} still holds values under the old key", column.table, column.column);
        }

        let only_new = store.with_keyring(ring(&[("k2", 2)])?);
        let mut tx = only_new.begin().await?;
        let read = tx.read_family(&pat, &family).await?;
        let notes = tx.notes_of(&read).await?;
        let assessments = tx.assessments_of(&read).await?;
        tx.commit().await?;
        assert_eq!(notes.len(), 6);
        assert_eq!(assessments.first().map(|a| a.young_person.as_str()), Some("feels watched"));
        let mut tx = only_new.begin().await?;
        let read = tx.read_family(&pat, &family).await?;
        let held = tx.support_session(&read, &session).await?.ok_or("session")?;
        let answers: Vec<_> = tx.follow_ups_of_family(&read).await?.into_iter().map(|f| f.how_they_are).collect();
        tx.commit().await?;
        assert_eq!(held.place, "https://meet.example/room");
        assert_eq!(held.override_reason.as_deref(), Some("crisis call"));
        assert_eq!(answers, [Some("doing better".to_owned())]);
        assert!(notes.iter().any(|n| n.current().is_some_and(|v| v.text == "note 3")));
        assert!(raw_bodies(&db.url).await?.iter().all(|b| b.starts_with("v1.k2.")));
        assert!(matches!(only_new.verify_audit_trail().await?, Verification::Intact { .. }));
        Ok(())
    }
}

#[tokio::test]
async fn a_totp_step_is_claimed_once() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    let mut tx = store.begin().await?;
    let org = tx.create_organisation(&OrganisationName::parse("Org")?).await?;
    let user = tx
        .create_user(NewUser {
            organisation_id: &org,
            email: &EmailAddress::parse("s@org.example")?,
            display_name: &DisplayName::parse("Sam")?,
            role: Role::Supervisor,
            team_id: None,
            password_hash: None,
            totp_secret: None,
            language: None,
        })
        .await?;
    assert!(tx.claim_totp_step(&user, 100).await?);
    assert!(!tx.claim_totp_step(&user, 100).await?, "the same step again is refused");
    assert!(!tx.claim_totp_step(&user, 99).await?, "an earlier step is refused");
    assert!(tx.claim_totp_step(&user, 101).await?);
    tx.commit().await?;
    Ok(())
}

/// For every role, the caseload holds exactly the families the policy lets
/// that person open without break-glass: no more, no fewer, on every page.
#[tokio::test]
async fn the_caseload_shows_exactly_what_the_policy_allows() -> TestResult {
    use hearth_core::access::{Action, Decision, Target, decide, family_scope};
    use hearth_core::families::Assignment;
    use hearth_store::PageRequest;
    use hearth_store::families::CaseloadFilter;

    let db = fresh_database().await?;
    let (store, clock) = open(&db.url).await?;
    let mut tx = store.begin().await?;
    let mut people = Vec::new();
    let mut families = Vec::new();
    for org_name in ["North", "South"] {
        let org = tx.create_organisation(&OrganisationName::parse(org_name)?).await?;
        let mut teams = Vec::new();
        for t in 0..3 {
            teams.push(tx.create_team(&org, &format!("{org_name} team {t}")).await?);
        }
        let mut org_people = Vec::new();
        for (i, (role, team)) in [
            (Role::Supervisor, Some(0)),
            (Role::Supervisor, Some(1)),
            (Role::Supervisor, None),
            (Role::Practitioner, Some(0)),
            (Role::Practitioner, Some(1)),
            (Role::Practitioner, Some(2)),
            (Role::Practitioner, None),
            (Role::OrganisationAdmin, None),
            (Role::CommunityManager, None),
            (Role::PeerAmbassador, None),
            (Role::FamilyMember, None),
        ]
        .into_iter()
        .enumerate()
        {
            let team_id = team.map(|t: usize| teams[t].clone());
            let user = tx
                .create_user(NewUser {
                    organisation_id: &org,
                    email: &EmailAddress::parse(&format!("u{i}@{org_name}.example"))?,
                    display_name: &DisplayName::parse(&format!("User {i}"))?,
                    role,
                    team_id: team_id.as_ref(),
                    password_hash: None,
                    totp_secret: None,
                    language: None,
                })
                .await?;
            org_people.push(Actor { user_id: user, organisation_id: org.clone(), role, team_id });
        }
        // Families in every team and in none, opened by the first supervisor
        // (who does not become their lead), then assigned here and there.
        let opener = org_people[0].clone();
        for f in 0..14 {
            let team = if f % 4 == 3 { None } else { Some(teams[f % 3].clone()) };
            let id = tx
                .create_family(&opener, &FamilyName::parse(&format!("{org_name} family {f:02}"))?, team.as_ref())
                .await?;
            let worker = &org_people[3 + f % 4];
            if f % 2 == 0 {
                let kind = if f % 3 == 0 { Assignment::Lead } else { Assignment::CoWorker };
                tx.assign(&opener, &id, &worker.user_id, kind).await?;
            }
            families.push(id);
        }
        people.extend(org_people);
    }
    // One grant still open, one that has expired.
    let prac = people[3].clone();
    let glass_open = tx.family(&families[5]).await?.ok_or("family")?;
    tx.open_break_glass(&prac, &glass_open, &BreakGlassReason::parse("Urgent call from the school about safety")?)
        .await?;
    let sup = people[1].clone();
    let glass_old = tx.family(&families[8]).await?.ok_or("family")?;
    tx.open_break_glass(&sup, &glass_old, &BreakGlassReason::parse("Covering a colleague who is on leave")?).await?;
    tx.commit().await?;
    clock.advance_seconds(hearth_store::families::BREAK_GLASS_SECONDS / 2);
    let mut tx = store.begin().await?;
    let prac2 = people[4].clone();
    let glass_new = tx.family(&families[9]).await?.ok_or("family")?;
    tx.open_break_glass(&prac2, &glass_new, &BreakGlassReason::parse("Duty worker answering a crisis call")?).await?;
    tx.commit().await?;
    clock.advance_seconds(hearth_store::families::BREAK_GLASS_SECONDS / 2 + 60);

    let mut tx = store.begin().await?;
    let mut checked_nonempty = 0;
    for actor in &people {
        let mut allowed = Vec::new();
        for id in &families {
            let family = tx.family(id).await?.ok_or("family")?;
            let facts = tx.family_facts(actor, &family).await?;
            if decide(actor, Action::ViewFamily, Target::Family(&facts)) == Decision::Allow {
                allowed.push(family.id.to_string());
            }
        }
        let scope = family_scope(actor);
        let mut listed = Vec::new();
        let mut page = 1;
        loop {
            let shown = tx.caseload(actor, &scope, &CaseloadFilter::default(), PageRequest::new(page, 3)).await?;
            assert_eq!(
                shown.total as usize,
                allowed.len(),
                "{:?} {:?}: the total counts what is allowed",
                actor.role,
                actor.team_id
            );
            listed.extend(shown.items.iter().map(|f| f.id.to_string()));
            if !shown.has_next() {
                break;
            }
            page += 1;
        }
        allowed.sort();
        listed.sort();
        assert_eq!(listed, allowed, "{:?} in team {:?}", actor.role, actor.team_id);
        if !allowed.is_empty() {
            checked_nonempty += 1;
        }
    }
    tx.commit().await?;
    assert!(checked_nonempty >= 8, "the seed gives most caseworkers a caseload: {checked_nonempty}");
    Ok(())
}

/// Subject access, erasure and the register of processing read the
/// declaration of personal data: a table missing from it would escape them.
#[tokio::test]
async fn every_table_is_declared_as_personal_data_or_not() -> TestResult {
    use hearth_store::data_protection::personal_data::{
        About, Cleared, OTHER_TABLES, OnErasure, PERSONAL_TABLES, Reach,
    };
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    let schema = store.tables_and_columns().await?;
    for table in schema.keys() {
        assert!(
            PERSONAL_TABLES.iter().any(|t| t.table == table) || OTHER_TABLES.iter().any(|(t, _)| t == table),
            "table {table} is not declared in hearth_store::data_protection::personal_data"
        );
    }
    for (table, _) in OTHER_TABLES {
        assert!(schema.contains_key(*table), "{table} is declared but does not exist");
    }
    for t in PERSONAL_TABLES {
        let columns = schema.get(t.table).ok_or(format!("{} is declared but does not exist", t.table))?;
        let has = |c: &str| columns.iter().any(|x| x == c);
        let mut named: Vec<&str> = t.key.to_vec();
        for reach in t.reach {
            named.push(match reach {
                Reach::Family(c) | Reach::MemberAccount(c) | Reach::Parent { column: c, .. } => c,
            });
        }
        match t.about {
            About::Member(cs) => named.extend(cs),
            About::Account(c) => named.push(c),
            _ => {}
        }
        named.extend(t.written_by);
        if let OnErasure::KeepForStatistics(clears) | OnErasure::Anonymise(clears) = t.erasure {
            named.extend(clears.iter().map(|(c, _)| *c));
            assert!(clears.iter().all(|(_, c)| *c != Cleared::SealedEmpty || t.key == ["id"]));
        }
        for c in named {
            assert!(has(c), "{}.{c} is declared but does not exist", t.table);
        }
    }
    Ok(())
}
