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
        tx.audit(AuditEntry {
            organisation_id: None,
            actor_id: Some("someone"),
            action: AuditAction::LoginFailed,
            record_kind: "account",
            record_id: None,
            reason: None,
        })
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
    let err = Store::open(
        &url,
        OpenMode::MustExist,
        Arc::new(ManualClock::new(Timestamp(0))),
        KEY.to_vec(),
    )
    .await;
    assert!(matches!(err, Err(hearth_store::StoreError::DatabaseMissing(_))));
    assert!(!dir.path().join("typo.db").exists());
    Ok(())
}

#[tokio::test]
async fn audit_verify_finds_an_edited_row() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    write_trail(&store, 5).await?;
    assert_eq!(store.verify_audit_trail().await?, Verification::Intact { rows: 5 });
    raw(&db.url, "UPDATE audit_log SET actor_id = 'nobody' WHERE seq = 3").await?;
    assert_eq!(
        store.verify_audit_trail().await?,
        Verification::Broken(ChainBreak::Changed { seq: 3 })
    );
    Ok(())
}

#[tokio::test]
async fn audit_verify_finds_a_deleted_row() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    write_trail(&store, 5).await?;
    raw(&db.url, "DELETE FROM audit_log WHERE seq = 2").await?;
    assert_eq!(
        store.verify_audit_trail().await?,
        Verification::Broken(ChainBreak::Missing { seq: 3, expected: 2 })
    );
    Ok(())
}

#[tokio::test]
async fn audit_verify_finds_swapped_rows() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    write_trail(&store, 5).await?;
    raw(&db.url, "UPDATE audit_log SET seq = 100 WHERE seq = 2").await?;
    raw(&db.url, "UPDATE audit_log SET seq = 2 WHERE seq = 3").await?;
    raw(&db.url, "UPDATE audit_log SET seq = 3 WHERE seq = 100").await?;
    assert_eq!(
        store.verify_audit_trail().await?,
        Verification::Broken(ChainBreak::Reordered { seq: 2 })
    );
    Ok(())
}

#[tokio::test]
async fn concurrent_appends_keep_the_chain_whole() -> TestResult {
    let db = fresh_database().await?;
    let (store, _) = open(&db.url).await?;
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            write_trail(&store, 10).await.map_err(|e| e.to_string())
        }));
    }
    for t in tasks {
        t.await??;
    }
    assert_eq!(store.verify_audit_trail().await?, Verification::Intact { rows: 80 });
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
    let actor = |user_id, role| Actor {
        user_id,
        organisation_id: org.clone(),
        role,
        team_id: Some(team.clone()),
    };
    let pat = actor(p, Role::Practitioner);
    let quinn = actor(q, Role::Practitioner);
    let sam = actor(s.clone(), Role::Supervisor);
    let fam = tx
        .create_family(&pat, &FamilyName::parse("Haddad")?, Some(&team))
        .await?;
    tx.create_family(&quinn, &FamilyName::parse("Jansen")?, Some(&team))
        .await?;
    tx.commit().await?;

    let mut tx = store.begin().await?;
    let names = |fs: Vec<hearth_store::families::Family>| fs.into_iter().map(|f| f.name).collect::<Vec<_>>();
    assert_eq!(names(tx.caseload(&pat, None).await?), ["Haddad"]);
    assert_eq!(names(tx.caseload(&sam, None).await?), ["Haddad", "Jansen"]);
    assert_eq!(names(tx.caseload(&sam, Some("JAN")).await?), ["Jansen"]);
    assert_eq!(names(tx.caseload(&sam, Some("%")).await?), Vec::<String>::new());

    let family = tx.family(&fam).await?.ok_or("family")?;
    assert!(!tx.family_facts(&quinn, &family).await?.actor_break_glass_open);
    tx.open_break_glass(
        &quinn,
        &family,
        &BreakGlassReason::parse("Covering Pat's urgent call today")?,
    )
    .await?;
    assert!(tx.family_facts(&quinn, &family).await?.actor_break_glass_open);
    assert_eq!(tx.unread_notifications(&s).await?, 1);
    tx.commit().await?;

    clock.advance_seconds(hearth_store::families::BREAK_GLASS_SECONDS);
    let mut tx = store.begin().await?;
    assert!(
        !tx.family_facts(&quinn, &family).await?.actor_break_glass_open,
        "grant expires"
    );
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
