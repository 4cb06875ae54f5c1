//! Data protection: subject access exports a member's records and nothing
//! of anyone else's; retention lists what is due with a moved clock, a
//! legal hold suspends it and nothing goes without confirmation; erasure
//! leaves no byte of the family in the database (the SQLite file, or a
//! PostgreSQL dump) while the audit trail still verifies, and a restore of
//! an older backup erases again; members' requests reach their
//! practitioner; the register of processing is written from configuration.

use std::sync::Arc;

use hearth_core::access::Actor;
use hearth_core::accounts::Role;
use hearth_core::clock::Clock;
use hearth_core::documents::DocumentKind;
use hearth_core::families::{BreakGlassReason, ClosingReason, FamilyName, FamilyStatus, MemberName, MemberRole};
use hearth_core::ids::{FamilyId, MemberId};
use hearth_core::messaging::MessageText;
use hearth_core::modality::ContactKind;
use hearth_core::support_sessions::SessionMode;
use hearth_core::timeline::{NoteKind, NoteText};
use hearth_store::audit::Verification;
use hearth_store::conference::NewConference;
use hearth_store::data_protection::ErasureLog;
use hearth_store::families::MemberDetails;
use hearth_store::support_sessions::{NewSupportSession, ReminderSettings};
use hearth_store::testing::fresh_database;
use hearth_store::{OpenMode, Store};
use sqlx::AssertSqlSafe;

use crate::support::{Fallible, TestApp, TestResult, TestUser, plain};

/// Written into every field of the family that erasure must remove.
const MARKER: &str = "Zqxmarkerase";

fn member(name: &str, contact: Option<&str>) -> Fallible<MemberDetails> {
    Ok(MemberDetails {
        name: MemberName::parse(name)?,
        role: MemberRole::Parent,
        languages: "ar".into(),
        needs_translator: false,
        whereabouts: None,
        contact_preferences: contact.map(str::to_owned),
    })
}

struct Seeded {
    family: FamilyId,
    amina: MemberId,
    yusuf: MemberId,
    amina_account: TestUser,
    practitioner: TestUser,
    admin: TestUser,
}

/// A family with the marker in every kind of record a practitioner keeps.
async fn seed(app: &TestApp, surname: &str) -> Fallible<Seeded> {
    let (org, team) = app.organisation(&format!("Org {surname}")).await?;
    let tag = surname.to_lowercase();
    let practitioner = app.user(&org, Some(&team), Role::Practitioner, &format!("pat-{tag}@org.example")).await?;
    let colleague = app.user(&org, Some(&team), Role::Practitioner, &format!("col-{tag}@org.example")).await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, &format!("admin-{tag}@org.example")).await?;
    let amina_account =
        app.user(&org, None, Role::FamilyMember, &format!("{}{tag}@family.example", MARKER.to_lowercase())).await?;
    let p = &practitioner.actor;
    let mut tx = app.store.begin().await?;
    let family = tx.create_family(p, &FamilyName::parse(&format!("{surname} {MARKER}"))?, Some(&team)).await?;
    let amina = tx
        .add_member(p, &family, &member(&format!("Amina {MARKER}"), Some(&format!("Call after 6, {MARKER}")))?)
        .await?;
    let yusuf = tx.add_member(p, &family, &member(&format!("Yusuf {MARKER}"), None)?).await?;
    tx.link_member_account(&org, &amina, &amina_account.actor.user_id).await?;
    let now = tx.now();
    let note = |text: &str| NoteText::parse(&format!("{text} {MARKER}"));
    tx.add_note(p, &family, NoteKind::HomeVisit, now, &note("About Amina only")?, std::slice::from_ref(&amina)).await?;
    tx.add_note(p, &family, NoteKind::HomeVisit, now, &note("About both")?, &[amina.clone(), yusuf.clone()]).await?;
    tx.add_note(p, &family, NoteKind::HomeVisit, now, &note("About Yusuf only")?, std::slice::from_ref(&yusuf)).await?;
    tx.add_document(
        p,
        &family,
        &format!("letter-{MARKER}.txt"),
        DocumentKind::Text,
        format!("Dear {MARKER}").as_bytes(),
    )
    .await?;
    let conference = NewConference {
        held_on: now,
        family_participants: format!("Amina {MARKER}"),
        professional_participants: format!("School {MARKER}"),
        actions: Vec::new(),
        agreement: hearth_core::conference::PlanAgreement::Agreed,
        review_on: None,
    };
    tx.record_conference(p, &family, &conference).await?;
    let reminders =
        ReminderSettings { email: Some(format!("{}@mail.example", MARKER.to_lowercase())), language: None, off: false };
    tx.save_reminder_settings(p, &family, &amina, &reminders).await?;
    let session = NewSupportSession {
        mode: SessionMode::Video,
        contact_kind: ContactKind::Practical,
        starts_at: now.plus_seconds(3600),
        minutes: 45,
        place: format!("https://meet.example/{MARKER}"),
        members: vec![amina.clone()],
        colleagues: Vec::new(),
        guardrail_override: None,
    };
    let session_id = tx.schedule_session(p, &family, Some(&team), &session).await?;
    let read = tx.read_family(p, &family).await?;
    let held = tx.support_session(&read, &session_id).await?.ok_or("session")?;
    tx.invite_translator(
        p,
        &held,
        &format!("Translator {MARKER}"),
        "translator@example.org",
        "ar",
        now.plus_seconds(7200),
    )
    .await?;
    let conversation = tx.start_conversation(p, &read, std::slice::from_ref(&amina)).await?.ok_or("conversation")?;
    tx.send_message(p, &conversation, &MessageText::parse(&format!("See you Thursday {MARKER}"))?, false).await?;
    let found = tx.family(&family).await?.ok_or("family")?;
    tx.open_break_glass(
        &colleague.actor,
        &found,
        &BreakGlassReason::parse(&format!("Urgent call from school {MARKER}"))?,
    )
    .await?;
    tx.make_data_request(
        &amina_account.actor,
        hearth_core::data_protection::RequestKind::Rectification,
        None,
        &format!("New number {MARKER}"),
    )
    .await?;
    tx.change_status(p, &found, FamilyStatus::Closed, Some(&ClosingReason::parse(&format!("Moved away {MARKER}"))?))
        .await?;
    tx.commit().await?;
    Ok(Seeded { family, amina, yusuf, amina_account, practitioner, admin })
}

/// Every byte the database keeps: the SQLite file and its write-ahead log,
/// or a PostgreSQL dump of its data.
async fn database_bytes(url: &str) -> Fallible<Vec<u8>> {
    if let Some(path) = hearth_store::sqlite_path(url) {
        let mut bytes = std::fs::read(&path)?;
        let wal = path.with_extension("db-wal");
        if wal.exists() {
            bytes.extend(std::fs::read(wal)?);
        }
        return Ok(bytes);
    }
    let out = std::process::Command::new("pg_dump").arg("--data-only").arg("--dbname").arg(url).output()?;
    assert!(out.status.success(), "pg_dump: {}", String::from_utf8_lossy(&out.stderr));
    Ok(out.stdout)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The sealed values the family's notes and documents are kept as.
async fn sealed_values(url: &str, family: &FamilyId) -> Fallible<Vec<Vec<u8>>> {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    let f = family.as_str();
    let mut out = Vec::new();
    for row in sqlx::query(AssertSqlSafe(format!(
        "SELECT body FROM note_versions WHERE note_id IN (SELECT id FROM notes WHERE family_id = '{f}')"
    )))
    .fetch_all(&pool)
    .await?
    {
        out.push(sqlx::Row::try_get::<String, _>(&row, 0)?.into_bytes());
    }
    for row in sqlx::query(AssertSqlSafe(format!("SELECT body FROM documents WHERE family_id = '{f}'")))
        .fetch_all(&pool)
        .await?
    {
        let bytes: Vec<u8> = sqlx::Row::try_get(&row, 0)?;
        // A dump writes bytes as hex.
        out.push(if hearth_store::sqlite_path(url).is_some() { bytes } else { hex(&bytes).into_bytes() });
    }
    pool.close().await;
    Ok(out)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn assert_no_trace(url: &str, sealed: &[Vec<u8>]) -> TestResult {
    let bytes = database_bytes(url).await?;
    assert!(!contains(&bytes, MARKER.as_bytes()), "the marker is still in the database");
    assert!(!contains(&bytes, MARKER.to_lowercase().as_bytes()), "the marker (lower case) is still in the database");
    for value in sealed {
        assert!(!contains(&bytes, value), "a sealed value of the family is still in the database");
    }
    Ok(())
}

#[tokio::test]
async fn erasure_leaves_no_trace_keeps_the_trail_and_is_made_again_after_a_restore() -> TestResult {
    let app = TestApp::spawn().await?;
    let seeded = seed(&app, "Haddad").await?;
    let family = &seeded.family;
    let sealed = sealed_values(&app.db_url, family).await?;
    assert!(sealed.len() >= 4, "notes and a document are sealed");
    assert!(contains(&database_bytes(&app.db_url).await?, MARKER.as_bytes()), "the marker is there to begin with");
    let dir = hearth_store::testing::TempDir::new()?;
    let backup = dir.path().join("before.backup");
    app.store.backup_to(&app.db_url, &backup).await?;

    let admin = app.client()?;
    app.sign_in(&admin, &seeded.admin).await?;
    let erase = app.url(&format!("/data-protection/families/{family}/erase"));
    let page = plain(&admin.get(&erase).send().await?.text().await?);
    assert!(page.contains("This cannot be undone") && page.contains("has not ended yet"), "{page}");
    // Without the box ticked, nothing goes.
    let refused = admin.post(&erase).form(&[("confirm", "")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("Tick the box to confirm. Nothing has been erased."));
    assert!(contains(&database_bytes(&app.db_url).await?, MARKER.as_bytes()));
    let erased = admin.post(&erase).form(&[("confirm", "yes")]).send().await?;
    assert_eq!(erased.status(), 303);
    assert_no_trace(&app.db_url, &sealed).await?;
    assert!(matches!(app.store.verify_audit_trail().await?, Verification::Intact { .. }), "the trail still verifies");

    // The file is gone from every page; anonymous figures stay (the default policy).
    let pat = app.client()?;
    app.sign_in(&pat, &seeded.practitioner).await?;
    assert_eq!(pat.get(app.url(&format!("/families/{family}"))).send().await?.status(), 404);
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&app.db_url).await?;
    let kept: i64 = sqlx::Row::try_get(
        &sqlx::query(AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM support_sessions WHERE family_id = '{family}'")))
            .fetch_one(&pool)
            .await?,
        0,
    )?;
    assert_eq!(kept, 1, "the session stays for the outcome figures, without its place");
    let members: i64 = sqlx::Row::try_get(
        &sqlx::query(AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM family_members WHERE family_id = '{family}'")))
            .fetch_one(&pool)
            .await?,
        0,
    )?;
    assert_eq!(members, 0);
    pool.close().await;
    // The erasure is on the record, and written down outside the database.
    let log = ErasureLog::at(&app.erasure_log).read()?;
    assert_eq!(log.len(), 1);
    assert_eq!(&log[0].family_id, family);
    // Erasing again finds nothing.
    assert_eq!(admin.post(&erase).form(&[("confirm", "yes")]).send().await?.status(), 404);

    // A backup from before the erasure, restored: the erasure is made again.
    let target = fresh_database().await?;
    hearth_store::backup::restore(&target.url, &backup).await?;
    assert!(contains(&database_bytes(&target.url).await?, MARKER.as_bytes()), "the backup holds the family");
    let restored =
        Store::open(&target.url, OpenMode::MustExist, Arc::new(app.clock.clone()), b"test audit key".to_vec())
            .await?
            .with_erasure_log(ErasureLog::at(&app.erasure_log));
    assert_eq!(restored.reapply_erasures().await?, 1);
    assert_eq!(restored.reapply_erasures().await?, 0, "made once");
    assert_no_trace(&target.url, &sealed).await?;
    assert!(matches!(restored.verify_audit_trail().await?, Verification::Intact { .. }));
    restored.close().await;
    Ok(())
}

/// Reads a ZIP written by Hearth (stored entries): name and contents.
fn unzip(bytes: &[u8]) -> Fallible<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    let mut at = 0usize;
    let u16_at = |i: usize| -> Fallible<usize> {
        Ok(usize::from(u16::from_le_bytes(bytes.get(i..i + 2).ok_or("short")?.try_into()?)))
    };
    let u32_at = |i: usize| -> Fallible<usize> {
        Ok(usize::try_from(u32::from_le_bytes(bytes.get(i..i + 4).ok_or("short")?.try_into()?))?)
    };
    while bytes.len() >= at + 4 && u32_at(at)? == 0x0403_4b50 {
        let size = u32_at(at + 18)?;
        let name_len = u16_at(at + 26)?;
        let extra = u16_at(at + 28)?;
        let name = String::from_utf8(bytes.get(at + 30..at + 30 + name_len).ok_or("name")?.to_vec())?;
        let start = at + 30 + name_len + extra;
        out.push((name, bytes.get(start..start + size).ok_or("contents")?.to_vec()));
        at = start + size;
    }
    Ok(out)
}

#[tokio::test]
async fn a_subject_access_export_holds_the_members_records_and_nobody_elses() -> TestResult {
    let app = TestApp::spawn().await?;
    let seeded = seed(&app, "Saleh").await?;
    let admin = app.client()?;
    app.sign_in(&admin, &seeded.admin).await?;

    // Found by name; a date in the future is refused with what was typed kept.
    let found = plain(&admin.get(app.url("/data-protection/subject-access?q=amina")).send().await?.text().await?);
    assert!(found.contains(&format!("Amina {MARKER}")) && !found.contains(&format!("Yusuf {MARKER}")), "{found}");
    let refused = admin
        .post(app.url("/data-protection/subject-access"))
        .form(&[("member_id", seeded.amina.as_str()), ("received_on", "2999-01-01"), ("q", "amina")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("value=\"2999-01-01\"") && body.contains("aria-invalid=\"true\""));
    let today = hearth_core::wellbeing::LocalDate::of_stored(app.clock.now()).to_string();
    let opened = admin
        .post(app.url("/data-protection/subject-access"))
        .form(&[("member_id", seeded.amina.as_str()), ("received_on", today.as_str())])
        .send()
        .await?;
    assert_eq!(opened.status(), 303);
    let request = crate::support::location(&opened);

    // What will be given and what is withheld, and why.
    let page = plain(&admin.get(app.url(&request)).send().await?.text().await?);
    assert!(page.contains(&format!("About Amina only {MARKER}")), "her own note is given");
    assert!(page.contains("It is also about other people in the family."), "the shared note is withheld");
    assert!(!page.contains(&format!("About Yusuf only {MARKER}")), "his note is left out");
    assert!(page.contains(&format!("Call after 6, {MARKER}")), "her contact preferences");
    assert!(page.contains("A partner agency gave it") || !page.contains("Information received"), "{page}");

    // The export before any release: nothing of Yusuf's, the shared note withheld without its words.
    let zip = admin.get(app.url(&format!("{request}/export.zip"))).send().await?;
    assert_eq!(zip.status(), 200);
    assert_eq!(zip.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("application/zip"));
    let files = unzip(&zip.bytes().await?)?;
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"report.html") && names.contains(&"data.json"), "{names:?}");
    assert!(names.iter().all(|n| !n.starts_with("documents/")), "the family's document is withheld: {names:?}");
    let report = String::from_utf8(files.iter().find(|(n, _)| n == "report.html").ok_or("report")?.1.clone())?;
    let json: serde_json::Value =
        serde_json::from_slice(&files.iter().find(|(n, _)| n == "data.json").ok_or("json")?.1)?;
    assert!(report.contains("lang=\"ar\" dir=\"rtl\""), "the report is in the member's language");
    assert!(report.contains(&format!("About Amina only {MARKER}")));
    assert!(!report.contains("About both") && !report.contains("About Yusuf"), "withheld and left-out words stay out");
    let items = json["items"].as_array().ok_or("items")?;
    let texts = serde_json::to_string(items)?;
    assert!(
        texts.contains(&format!("About Amina only {MARKER}"))
            && !texts.contains("About Yusuf")
            && !texts.contains("About both")
    );
    assert!(!texts.contains(seeded.yusuf.as_str()), "nothing names Yusuf");
    assert!(!texts.contains("password_hash") && !texts.contains("totp_secret"), "no credentials");
    // Record by record: every row about Amina in the tables she is named in.
    let given = |record: &str| items.iter().filter(|i| i["record"] == record && i["status"] == "given").count();
    assert_eq!(given("family_members"), 1);
    assert_eq!(given("users"), 1, "her portal account");
    assert_eq!(given("member_reminders"), 1);
    assert_eq!(given("data_requests"), 1);
    assert_eq!(given("support_sessions"), 1, "the session she is on");
    assert_eq!(given("conversations"), 1);
    assert_eq!(items.iter().filter(|i| i["record"] == "notes").count(), 2, "her note and the shared one; not his");
    assert_eq!(json["member"]["name"], format!("Amina {MARKER}"));
    assert!(json["access"].as_array().is_some_and(|a| !a.is_empty()), "who read the file");

    // One withheld item released, with the reason recorded; a release without a reason is refused inline.
    assert!(items.iter().any(|i| i["record"] == "notes" && i["status"] == "withheld" && i.get("item").is_none()));
    // The admin's page names each withheld item in its release form.
    let html = admin.get(app.url(&request)).send().await?.text().await?;
    let shared = html
        .split("name=\"item\" value=\"notes:")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|key| format!("notes:{key}"))
        .ok_or("a withheld note to release")?;
    let release = app.url(&format!("{request}/release"));
    let refused = admin.post(&release).form(&[("item", shared.as_str()), ("reason", "  ")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("Write why this item may be given."));
    let released = admin
        .post(&release)
        .form(&[("item", shared.as_str()), ("reason", "Yusuf agreed to her seeing it")])
        .send()
        .await?;
    assert_eq!(released.status(), 303);
    let files = unzip(&admin.get(app.url(&format!("{request}/export.zip"))).send().await?.bytes().await?)?;
    let json: serde_json::Value =
        serde_json::from_slice(&files.iter().find(|(n, _)| n == "data.json").ok_or("json")?.1)?;
    let texts = serde_json::to_string(&json["items"])?;
    assert!(texts.contains(&format!("About both {MARKER}")) && texts.contains("Yusuf agreed to her seeing it"));
    assert!(!texts.contains("About Yusuf only"));

    // Exports are on the record.
    let mut tx = app.store.begin().await?;
    let log =
        tx.record_access_log(seeded.admin.actor.organisation_id.as_str(), "family", seeded.family.as_str()).await?;
    tx.commit().await?;
    assert!(log.iter().filter(|e| e.action == "family.subject_access_exported").count() == 2);
    assert!(log.iter().any(|e| e.action == "family.subject_access_item_released"));
    Ok(())
}

#[tokio::test]
async fn retention_lists_what_is_due_a_hold_suspends_it_and_nothing_goes_unconfirmed() -> TestResult {
    let app = TestApp::spawn().await?;
    let seeded = seed(&app, "Mansour").await?;
    let admin = app.client()?;
    app.sign_in(&admin, &seeded.admin).await?;
    let member = app.client()?;
    app.sign_in(&member, &seeded.amina_account).await?;

    // A policy refused keeps what was typed; then a shorter period is saved.
    let refused = admin
        .post(app.url("/data-protection/policy"))
        .form(&[
            ("closed_file_months", "0"),
            ("declined_referral_months", "12"),
            ("portal_access_months", "12"),
            ("request_days", "30"),
            ("keep_statistics", "yes"),
        ])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(
        body.contains("id=\"closed_file_months\"")
            && body.contains("value=\"0\"")
            && body.contains("aria-invalid=\"true\"")
    );
    let saved = admin
        .post(app.url("/data-protection/policy"))
        .form(&[
            ("closed_file_months", "24"),
            ("declined_referral_months", "12"),
            ("portal_access_months", "12"),
            ("request_days", "30"),
            ("keep_statistics", "yes"),
        ])
        .send()
        .await?;
    assert_eq!(saved.status(), 303);

    // Closed today: kept, not due.
    let retention = app.url("/data-protection/retention");
    let page = plain(&admin.get(&retention).send().await?.text().await?);
    assert!(page.contains("No closed file is past its retention.") && page.contains(&format!("Mansour {MARKER}")));
    assert_eq!(hearth_web::jobs::run_due_work(&app.state).await?.erasures_due_notified, 0);

    // Two years and a day later it is due, and the admin is told once.
    app.clock.advance_seconds(2 * 366 * 86_400);
    let admin = app.client()?;
    app.sign_in(&admin, &seeded.admin).await?;
    let page = plain(&admin.get(&retention).send().await?.text().await?);
    assert!(page.contains("Past retention") && !page.contains("No closed file is past its retention."), "{page}");
    assert_eq!(hearth_web::jobs::run_due_work(&app.state).await?.erasures_due_notified, 1);
    assert_eq!(hearth_web::jobs::run_due_work(&app.state).await?.erasures_due_notified, 0, "once");
    let notices = plain(&admin.get(app.url("/notifications")).send().await?.text().await?);
    assert!(notices.contains("A closed file has reached the end of its retention"), "{notices}");
    // Nothing was erased by being due.
    assert!(contains(&database_bytes(&app.db_url).await?, MARKER.as_bytes()));

    // Old portal sign-ins: counted, and deleted only when confirmed.
    let page = plain(&admin.get(&retention).send().await?.text().await?);
    assert!(page.contains("sign-in record"), "{page}");
    let refused = admin.post(app.url("/data-protection/portal-access/erase")).form(&[("confirm", "")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert_eq!(
        admin.post(app.url("/data-protection/portal-access/erase")).form(&[("confirm", "yes")]).send().await?.status(),
        303
    );
    let page = plain(&admin.get(&retention).send().await?.text().await?);
    assert!(page.contains("No portal sign-in record is older than the policy allows."));

    // A legal hold: a reason is required (kept inline), then erasure is refused while it stands.
    let family = &seeded.family;
    let hold = app.url(&format!("/data-protection/families/{family}/hold"));
    let refused = admin.post(&hold).form(&[("reason", " ")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("Write why the file must be kept."));
    assert_eq!(admin.post(&hold).form(&[("reason", "Court proceedings 2027/114")]).send().await?.status(), 303);
    let page = plain(&admin.get(&retention).send().await?.text().await?);
    assert!(page.contains("Court proceedings 2027/114") && page.contains("Lift the legal hold"));
    let erase = app.url(&format!("/data-protection/families/{family}/erase"));
    let held = admin.post(&erase).form(&[("confirm", "yes")]).send().await?;
    assert_eq!(held.status(), 409);
    assert!(plain(&held.text().await?).contains("A legal hold stands on this file"));
    assert!(contains(&database_bytes(&app.db_url).await?, MARKER.as_bytes()), "held: nothing erased");
    // Lifted, and confirmed: erased.
    assert_eq!(
        admin.post(app.url(&format!("/data-protection/families/{family}/hold/lift"))).send().await?.status(),
        303
    );
    assert_eq!(admin.post(&erase).form(&[("confirm", "yes")]).send().await?.status(), 303);
    let page = plain(&admin.get(&retention).send().await?.text().await?);
    assert!(!page.contains(&format!("Mansour {MARKER}")));

    Ok(())
}

#[tokio::test]
async fn a_members_request_reaches_the_practitioner_and_the_answer_is_kept() -> TestResult {
    let app = TestApp::spawn().await?;
    let seeded = seed(&app, "Karimi").await?;
    // The file is open again for this story.
    let mut tx = app.store.begin().await?;
    let found = tx.family(&seeded.family).await?.ok_or("family")?;
    tx.change_status(&seeded.practitioner.actor, &found, FamilyStatus::Assessment, None).await?;
    tx.commit().await?;

    let member = app.client()?;
    app.sign_in(&member, &seeded.amina_account).await?;
    let page = plain(&member.get(app.url("/portal/my-data")).send().await?.text().await?);
    assert!(page.contains("New number"), "the seeded request is listed: {page}");
    // An objection without a purpose is refused with what was typed.
    let refused = member
        .post(app.url("/portal/my-data"))
        .form(&[("kind", "objection"), ("purpose", ""), ("details", "No more video calls please")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("Choose the use you object to.") && body.contains("No more video calls please"));
    assert!(body.contains("value=\"objection\" checked"));
    let sent = member
        .post(app.url("/portal/my-data"))
        .form(&[("kind", "objection"), ("purpose", "peer_support"), ("details", "No more group invitations")])
        .send()
        .await?;
    assert_eq!(sent.status(), 303);

    // The practitioner is told, and answers from the file.
    let pat = app.client()?;
    app.sign_in(&pat, &seeded.practitioner).await?;
    let notices = plain(&pat.get(app.url("/notifications")).send().await?.text().await?);
    assert!(notices.contains("asked about their data"), "{notices}");
    let requests = app.url(&format!("/families/{}/data-requests", seeded.family));
    let page = pat.get(&requests).send().await?.text().await?;
    assert!(plain(&page).contains("No more group invitations") && plain(&page).contains("Peer support"));
    let id = page
        .split(&format!("/families/{}/data-requests/", seeded.family))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("a request to answer")?
        .to_owned();
    let answer = app.url(&format!("/families/{}/data-requests/{id}", seeded.family));
    let refused = pat.post(&answer).form(&[("answer", "granted"), ("answer_text", "")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("Write the answer the member will read."));
    let answered = pat
        .post(&answer)
        .form(&[("answer", "granted"), ("answer_text", "You will get no more invitations.")])
        .send()
        .await?;
    assert_eq!(answered.status(), 303);
    assert_eq!(pat.post(&answer).form(&[("answer", "refused"), ("answer_text", "again")]).send().await?.status(), 404);
    let page = plain(&member.get(app.url("/portal/my-data")).send().await?.text().await?);
    assert!(page.contains("You will get no more invitations.") && page.contains("Done as asked"), "{page}");
    // Waiting requests are on the data-protection page until answered.
    let admin = app.client()?;
    app.sign_in(&admin, &seeded.admin).await?;
    let hub = plain(&admin.get(app.url("/data-protection")).send().await?.text().await?);
    assert!(hub.contains("Correct my contact details") && !hub.contains("I object to a use of my data"), "{hub}");
    Ok(())
}

#[tokio::test]
async fn the_register_of_processing_is_written_from_configuration() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let admin_user = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let admin: &Actor = &admin_user.actor;
    let mut tx = app.store.begin().await?;
    let details =
        hearth_core::sharing::PartnerDetails::parse("Northtown Police", "police", "DS Reyes", "reyes@police.example")
            .map_err(|_| "partner")?;
    tx.save_partner(admin, None, &details).await?;
    tx.commit().await?;
    let client = app.client()?;
    app.sign_in(&client, &admin_user).await?;
    let page = plain(&client.get(app.url("/data-protection/register")).send().await?.text().await?);
    assert!(page.contains("Sharing with partner agencies") && page.contains("Northtown Police"), "{page}");
    assert!(page.contains("Closed family files 72 months after closure"), "retention from the policy");
    assert!(page.contains("assessments of concern"), "categories from the declaration of personal data");
    let csv = client.get(app.url("/data-protection/register.csv")).send().await?;
    assert_eq!(csv.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("text/csv; charset=utf-8"));
    let csv = csv.text().await?;
    assert_eq!(csv.lines().count(), 1 + hearth_core::data_protection::Purpose::ALL.len());
    assert!(csv.contains("Northtown Police (Police)"));
    Ok(())
}

/// Every field a subject-access report can show has a label: a new column
/// of personal data without one fails here.
#[tokio::test]
async fn every_field_of_personal_data_has_a_label() -> TestResult {
    use hearth_store::data_protection::personal_data::{CREDENTIALS, PERSONAL_TABLES};
    use hearth_web::i18n::{Lang, Tr};
    let app = TestApp::spawn().await?;
    let schema = app.store.tables_and_columns().await?;
    for lang in Lang::ALL {
        let tr = Tr::new(lang);
        for table in PERSONAL_TABLES {
            let id = format!("dp-table-{}", table.table.replace('_', "-"));
            assert_ne!(tr.t(&id), id, "{lang:?}");
            for column in schema.get(table.table).ok_or("table")? {
                if column == "id"
                    || column.ends_with("_id")
                    || column == "seq"
                    || CREDENTIALS.contains(&column.as_str())
                {
                    continue;
                }
                let id = format!("dp-field-{}", column.replace('_', "-"));
                assert_ne!(tr.t(&id), id, "{lang:?}: {}.{column}", table.table);
            }
        }
    }
    Ok(())
}

/// An organisation that keeps no figures: erasure leaves no row of the file.
#[tokio::test]
async fn erasure_without_figures_leaves_no_row_of_the_file() -> TestResult {
    let app = TestApp::spawn().await?;
    let seeded = seed(&app, "Rahimi").await?;
    let sealed = sealed_values(&app.db_url, &seeded.family).await?;
    let admin = app.client()?;
    app.sign_in(&admin, &seeded.admin).await?;
    let policy = admin
        .post(app.url("/data-protection/policy"))
        .form(&[
            ("closed_file_months", "72"),
            ("declined_referral_months", "12"),
            ("portal_access_months", "12"),
            ("request_days", "30"),
        ])
        .send()
        .await?;
    assert_eq!(policy.status(), 303);
    let page = plain(
        &admin.get(app.url(&format!("/data-protection/families/{}/erase", seeded.family))).send().await?.text().await?,
    );
    assert!(page.contains("Your policy keeps no figures"), "{page}");
    let erased = admin
        .post(app.url(&format!("/data-protection/families/{}/erase", seeded.family)))
        .form(&[("confirm", "yes")])
        .send()
        .await?;
    assert_eq!(erased.status(), 303);
    assert_no_trace(&app.db_url, &sealed).await?;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&app.db_url).await?;
    let family = seeded.family.as_str();
    for table in ["families", "support_sessions", "aftercare_follow_ups", "assessments", "checkin_responses"] {
        let column = if table == "families" { "id" } else { "family_id" };
        let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = '{family}'");
        let n: i64 = sqlx::Row::try_get(&sqlx::query(AssertSqlSafe(sql)).fetch_one(&pool).await?, 0)?;
        assert_eq!(n, 0, "{table} keeps a row of the erased file");
    }
    pool.close().await;
    assert!(matches!(app.store.verify_audit_trail().await?, Verification::Intact { .. }));
    Ok(())
}
