//! The command line as an operator uses it: the real binary, a real database.
//! SQLite by default; PostgreSQL when `HEARTH_TEST_DATABASE_URL` is set.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::time::Duration;

use hearth_core::audit::AuditAction;
use hearth_core::clock::SystemClock;
use hearth_store::audit::AuditRecord;
use hearth_store::testing::{TempDir, fresh_database};
use hearth_store::{AuditEntry, OpenMode, Store};
use sqlx::AssertSqlSafe;

type TestResult = Result<(), Box<dyn std::error::Error>>;

const SECRET: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

fn hearth(args: &[&str]) -> std::io::Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(args)
        .env("HEARTH_SECRET_KEY", SECRET)
        .env_remove("HEARTH_DATABASE_URL")
        .stdin(Stdio::null())
        .output()
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// The same key derivation as the binary, so tests can write audit rows the
/// command will verify.
async fn open(url: &str) -> Result<Store, Box<dyn std::error::Error>> {
    let key = hex_decode(SECRET);
    let audit_key = hearth_core::secrets::derive_key(&key, "hearth audit chain v1");
    Ok(Store::open(url, OpenMode::CreateIfMissing, Arc::new(SystemClock), audit_key).await?)
}

fn hex_decode(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).filter_map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect()
}

async fn append(store: &Store, n: usize) -> TestResult {
    for _ in 0..n {
        let mut tx = store.begin().await?;
        tx.append_audit_for_test(AuditEntry::anonymous(None, AuditAction::LoginFailed, AuditRecord::UnknownAccount))
            .await?;
        tx.commit().await?;
    }
    Ok(())
}

async fn raw(url: &str, sql: &str) -> TestResult {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    sqlx::query(AssertSqlSafe(sql.to_owned())).execute(&pool).await?;
    pool.close().await;
    Ok(())
}

async fn count(url: &str, table: &str) -> Result<i64, Box<dyn std::error::Error>> {
    use sqlx::Row;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    let row = sqlx::query(AssertSqlSafe(format!("SELECT COUNT(*) AS n FROM {table}"))).fetch_one(&pool).await?;
    pool.close().await;
    Ok(row.try_get::<i64, _>("n")?)
}

#[test]
fn serve_refuses_a_missing_database_instead_of_creating_one() -> TestResult {
    let dir = TempDir::new()?;
    let db = dir.path().join("typo.db");
    let url = format!("sqlite://{}", db.display());
    let out = hearth(&["serve", "--database", &url, "--bind", "127.0.0.1:0"])?;
    assert!(!out.status.success());
    assert!(text(&out).contains("no database at"), "{}", text(&out));
    assert!(!db.exists(), "no empty database was created");
    let out = hearth(&["migrate", "--database", &url, "--create"])?;
    assert!(out.status.success(), "{}", text(&out));
    assert!(db.exists());
    Ok(())
}

#[tokio::test]
async fn audit_verify_reports_ok_then_the_first_tampered_row() -> TestResult {
    for tamper in [
        "UPDATE audit_trail SET action = 'logout' WHERE seq = 4",
        "DELETE FROM audit_trail WHERE seq = 4",
        "UPDATE audit_trail SET seq = 100 WHERE seq = 4; UPDATE audit_trail SET seq = 4 WHERE seq = 5; UPDATE audit_trail SET seq = 5 WHERE seq = 100",
    ] {
        let db = fresh_database().await?;
        let store = open(&db.url).await?;
        append(&store, 8).await?;
        store.close().await;
        let ok = hearth(&["audit", "verify", "--database", &db.url])?;
        assert!(ok.status.success(), "{}", text(&ok));
        assert!(text(&ok).contains("OK: 8 audit rows"), "{}", text(&ok));
        for statement in tamper.split("; ") {
            raw(&db.url, statement).await?;
        }
        let broken = hearth(&["audit", "verify", "--database", &db.url])?;
        assert_eq!(broken.status.code(), Some(1), "{tamper}: {}", text(&broken));
        assert!(text(&broken).contains("BROKEN") && text(&broken).contains('4'), "{tamper}: {}", text(&broken));
    }
    Ok(())
}

#[tokio::test]
async fn backup_during_writes_restores_to_a_consistent_copy() -> TestResult {
    let db = fresh_database().await?;
    let store = open(&db.url).await?;
    append(&store, 50).await?;
    // Keep writing while the backup runs.
    let writer_store = store.clone();
    let writer = tokio::spawn(async move {
        for _ in 0..200 {
            if append(&writer_store, 1).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let dir = TempDir::new()?;
    let file = dir.path().join("hearth.backup");
    let url = db.url.clone();
    let file_arg = file.display().to_string();
    let out = tokio::task::spawn_blocking(move || hearth(&["backup", "--database", &url, &file_arg])).await??;
    assert!(out.status.success(), "{}", text(&out));
    writer.await?;
    let live_rows = count(&db.url, "audit_trail").await?;
    store.close().await;

    let target = restore_target(dir.path()).await?;
    let out = hearth(&["restore", "--database", &target, &file.display().to_string()])?;
    assert!(out.status.success(), "{}", text(&out));
    let restored_rows = count(&target, "audit_trail").await?;
    assert!(
        restored_rows >= 50 && restored_rows <= live_rows,
        "a snapshot between start and end: {restored_rows} of {live_rows}"
    );
    let verify = hearth(&["audit", "verify", "--database", &target])?;
    assert!(verify.status.success(), "the restored trail is whole: {}", text(&verify));
    assert!(text(&verify).contains(&format!("OK: {restored_rows} audit rows")));
    // Restoring over existing data is refused.
    let again = hearth(&["restore", "--database", &target, &file.display().to_string()])?;
    assert!(!again.status.success());
    Ok(())
}

/// A backup from before an erasure, restored with `hearth restore`: the
/// erasure log makes the erasure again, so the family does not come back.
#[tokio::test]
async fn restore_makes_the_erasures_since_the_backup_again() -> TestResult {
    use hearth_core::accounts::{DisplayName, EmailAddress, Role};
    use hearth_core::families::{FamilyName, FamilyStatus};
    let db = fresh_database().await?;
    let dir = TempDir::new()?;
    let log = dir.path().join("erasures.log");
    let store = open(&db.url).await?.with_erasure_log(hearth_store::data_protection::ErasureLog::at(&log));
    let mut tx = store.begin().await?;
    let org = tx.create_organisation(&hearth_core::organisations::OrganisationName::parse("Restored")?).await?;
    let user = tx
        .create_user(hearth_store::accounts::NewUser {
            organisation_id: &org,
            email: &EmailAddress::parse("admin@restored.example")?,
            display_name: &DisplayName::parse("Admin")?,
            role: Role::OrganisationAdmin,
            team_id: None,
            password_hash: None,
            totp_secret: None,
            language: None,
        })
        .await?;
    let admin = hearth_core::access::Actor {
        user_id: user,
        organisation_id: org,
        role: Role::OrganisationAdmin,
        team_id: None,
    };
    let family = tx.create_family(&admin, &FamilyName::parse("Qwxrestored family")?, None).await?;
    let found = tx.family(&family).await?.ok_or("family")?;
    tx.change_status(&admin, &found, FamilyStatus::Closed, None).await?;
    tx.commit().await?;
    let file = dir.path().join("before.backup");
    let out = hearth(&["backup", "--database", &db.url, &file.display().to_string()])?;
    assert!(out.status.success(), "{}", text(&out));
    let mut tx = store.begin().await?;
    assert!(tx.erase_family(&admin, &family).await?.is_ok());
    tx.commit().await?;
    store.close().await;
    let named = |url: String| async move {
        use sqlx::Row;
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&url).await?;
        let row =
            sqlx::query("SELECT COUNT(*) AS n FROM families WHERE name LIKE '%Qwxrestored%'").fetch_one(&pool).await?;
        pool.close().await;
        Ok::<i64, Box<dyn std::error::Error>>(row.try_get::<i64, _>("n")?)
    };
    assert_eq!(named(db.url.clone()).await?, 0);

    let target = restore_target(dir.path()).await?;
    let out = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["restore", "--database", &target, &file.display().to_string()])
        .env("HEARTH_SECRET_KEY", SECRET)
        .env("HEARTH_ERASURE_LOG_FILE", &log)
        .env_remove("HEARTH_DATABASE_URL")
        .stdin(Stdio::null())
        .output()?;
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("1 erasure made since the backup was made again"), "{}", text(&out));
    assert_eq!(named(target.clone()).await?, 0, "the erased family stays erased");
    let verify = hearth(&["audit", "verify", "--database", &target])?;
    assert!(verify.status.success(), "{}", text(&verify));
    Ok(())
}

/// An empty place to restore into: a new SQLite path, or a new PostgreSQL database.
async fn restore_target(dir: &Path) -> Result<String, Box<dyn std::error::Error>> {
    if std::env::var("HEARTH_TEST_DATABASE_URL").is_ok_and(|v| !v.is_empty()) {
        Ok(fresh_database().await?.url)
    } else {
        Ok(format!("sqlite://{}", dir.join("restored.db").display()))
    }
}

#[tokio::test]
async fn invite_prints_the_link_without_mail_and_disable_ends_access() -> TestResult {
    let db = fresh_database().await?;
    let migrate = hearth(&["migrate", "--database", &db.url, "--create"])?;
    assert!(migrate.status.success(), "{}", text(&migrate));
    let refused = hearth(&[
        "user",
        "invite",
        "--database",
        &db.url,
        "--email",
        "first@org.example",
        "--name",
        "First Admin",
        "--role",
        "organisation_admin",
        "--organisation",
        "New Org",
    ])?;
    assert!(!refused.status.success(), "an unknown organisation is not created by accident");
    let out = hearth(&[
        "user",
        "invite",
        "--database",
        &db.url,
        "--email",
        "first@org.example",
        "--name",
        "First Admin",
        "--role",
        "organisation_admin",
        "--organisation",
        "New Org",
        "--create-organisation",
    ])?;
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("/invitations/"), "{}", text(&out));
    let missing = hearth(&["user", "disable", "--database", &db.url, "--email", "nobody@org.example"])?;
    assert!(!missing.status.success());
    Ok(())
}

fn http_get(address: &str, path: &str) -> Result<String, Box<dyn std::error::Error>> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(address)?;
    stream.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes())?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response)
}

#[test]
fn demo_creates_its_database_prints_accounts_and_serves_with_json_logs_and_metrics() -> TestResult {
    use std::io::{BufRead, BufReader};
    let dir = TempDir::new()?;
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["demo", "--database", &url, "--bind", "127.0.0.1:0"])
        .env_remove("HEARTH_SECRET_KEY")
        .env("HEARTH_LOG_FORMAT", "json")
        .env("HEARTH_METRICS", "true")
        .env("RUST_LOG", "info,tower_http=debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("stdout")?;
    let stderr = child.stderr.take().ok_or("stderr")?;
    let logs = std::thread::spawn(move || BufReader::new(stderr).lines().map_while(Result::ok).collect::<Vec<_>>());
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().ok_or("no output")??;
    let address = first
        .strip_prefix("Hearth is running at http://")
        .and_then(|s| s.strip_suffix('/'))
        .ok_or(first.clone())?
        .to_owned();
    let mut accounts = Vec::new();
    for line in lines.by_ref().take(9) {
        accounts.push(line?);
    }
    let all = accounts.join("\n");
    for role in
        ["organisation_admin", "supervisor", "practitioner", "community_manager", "peer_ambassador", "family_member"]
    {
        assert!(all.contains(role), "a line for {role}: {all}");
    }
    assert!(all.contains("TOTP secret"));
    let health = http_get(&address, "/healthz")?;
    let token_path = format!("/invitations/{}", "ab".repeat(32));
    http_get(&address, &token_path)?;
    let metrics = http_get(&address, "/metrics")?;
    child.kill()?;
    child.wait()?;
    let logs = logs.join().map_err(|_| "log reader")?;
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(metrics.contains("hearth_http_requests_total"), "{metrics}");
    assert!(dir.path().join("demo.db.key").exists(), "the secret key is kept beside the database");
    assert!(!logs.is_empty());
    for line in &logs {
        assert!(line.starts_with('{') && line.ends_with('}'), "JSON log lines: {line}");
        assert!(!line.contains("@demo.hearth.example"), "no e-mail addresses in logs: {line}");
        assert!(!line.contains(&"ab".repeat(32)), "no tokens from paths in logs: {line}");
    }
    Ok(())
}

#[test]
fn the_secret_key_can_come_from_a_file() -> TestResult {
    let dir = TempDir::new()?;
    let key_file = dir.path().join("secret");
    std::fs::write(&key_file, format!("{SECRET}\n"))?;
    let db = dir.path().join("h.db");
    let url = format!("sqlite://{}", db.display());
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_hearth"))
            .args(args)
            .env_remove("HEARTH_SECRET_KEY")
            .env("HEARTH_SECRET_KEY_FILE", &key_file)
            .output()
    };
    let out = run(&["migrate", "--database", &url, "--create"])?;
    assert!(out.status.success(), "{}", text(&out));
    assert!(!dir.path().join("h.db.key").exists(), "no key file when a key is configured");
    let out = run(&["audit", "verify", "--database", &url])?;
    assert!(out.status.success(), "{}", text(&out));
    std::fs::write(&key_file, "too short")?;
    let out = run(&["audit", "verify", "--database", &url])?;
    assert!(!out.status.success());
    assert!(text(&out).contains("at least 32 bytes"), "{}", text(&out));
    Ok(())
}

#[tokio::test]
async fn notes_are_rekeyed_to_a_new_key_and_stay_readable() -> TestResult {
    use hearth_core::access::Actor;
    use hearth_core::accounts::{DisplayName, EmailAddress, Role};
    use hearth_core::crypto::{Key, Keyring};
    use hearth_core::families::FamilyName;
    use hearth_core::organisations::OrganisationName;
    use hearth_core::timeline::{NoteKind, NoteText};
    use hearth_store::accounts::NewUser;

    let db = fresh_database().await?;
    let store = open(&db.url).await?;
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
    let pat = Actor { user_id: user, organisation_id: org, role: Role::Practitioner, team_id: None };
    let family = tx.create_family(&pat, &FamilyName::parse("Haddad")?, None).await?;
    let now = tx.now();
    for i in 0..3 {
        tx.add_note(&pat, &family, NoteKind::Observation, now, &NoteText::parse(&format!("note {i}"))?, &[]).await?;
    }
    tx.commit().await?;
    store.close().await;

    let new_key = "22".repeat(32);
    let out = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["notes", "rekey", "--database", &db.url])
        .env("HEARTH_SECRET_KEY", SECRET)
        .env("HEARTH_NOTE_KEYS", format!("[\"2027-01:{new_key}\"]"))
        .output()?;
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("3 sealed values re-sealed (note_versions.body 3)"), "{}", text(&out));

    // Only the new key is needed now.
    let only_new = open(&db.url).await?.with_keyring(Keyring::new(vec![Key::new("2027-01", &[0x22; 32])?])?);
    let mut tx = only_new.begin().await?;
    let read = tx.read_family(&pat, &family).await?;
    let notes = tx.notes_of(&read).await?;
    tx.commit().await?;
    assert_eq!(notes.len(), 3);
    let bad = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["notes", "rekey", "--database", &db.url])
        .env("HEARTH_SECRET_KEY", SECRET)
        .env("HEARTH_NOTE_KEYS", "[\"2027-01:short\"]")
        .output()?;
    assert!(!bad.status.success(), "a malformed key is refused");
    Ok(())
}

#[test]
fn serve_stops_gracefully_on_sigterm_and_finishes_requests_in_flight() -> TestResult {
    use std::io::{BufRead, BufReader, Read, Write};
    let dir = TempDir::new()?;
    let url = format!("sqlite://{}", dir.path().join("h.db").display());
    let migrate = hearth(&["migrate", "--database", &url, "--create"])?;
    assert!(migrate.status.success(), "{}", text(&migrate));
    let checkpoints = dir.path().join("checkpoints.txt");
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["serve", "--database", &url, "--bind", "127.0.0.1:0"])
        .env("HEARTH_SECRET_KEY", SECRET)
        .env("HEARTH_AUDIT_CHECKPOINT_FILE", &checkpoints)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("stdout")?;
    let first = BufReader::new(stdout).lines().next().ok_or("no output")??;
    let address = first
        .strip_prefix("Hearth is running at http://")
        .and_then(|s| s.strip_suffix('/'))
        .ok_or(first.clone())?
        .to_owned();
    // A request whose body is still arriving when the signal comes.
    let mut stream = std::net::TcpStream::connect(&address)?;
    stream.write_all(
        b"POST /language HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n\
          Content-Length: 7\r\nConnection: close\r\n\r\nlang",
    )?;
    std::thread::sleep(Duration::from_millis(200));
    // The shell's own kill, so no procps is needed.
    let status = Command::new("sh").args(["-c", &format!("kill -TERM {}", child.id())]).status()?;
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(300));
    stream.write_all(b"=nl")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    assert!(response.starts_with("HTTP/1.1 3"), "the request in flight is answered: {response}");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = child.try_wait()? {
            break exit;
        }
        if std::time::Instant::now() > deadline {
            child.kill()?;
            return Err("serve did not stop within 10 s of SIGTERM".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "a clean exit, not a kill: {exit:?}");
    assert!(std::net::TcpStream::connect(&address).is_err(), "no longer listening");
    // One checkpoint when it started serving, one at shutdown.
    let written = std::fs::read_to_string(&checkpoints)?;
    assert_eq!(written.lines().filter(|l| l.starts_with("hearth-audit-checkpoint v1 ")).count(), 2, "{written}");
    let verified =
        hearth(&["audit", "verify", "--database", &url, "--checkpoint", &checkpoints.display().to_string()])?;
    assert!(verified.status.success(), "{}", text(&verified));
    Ok(())
}

/// Cutting the newest rows off and setting the head back passes a plain
/// verify (nothing in the database says how far the trail reached) but not
/// a verify against a checkpoint kept outside it.
#[tokio::test]
async fn a_checkpoint_outside_the_database_shows_a_trail_cut_short() -> TestResult {
    let db = fresh_database().await?;
    let dir = TempDir::new()?;
    let file = dir.path().join("checkpoints.txt");
    let file_arg = file.display().to_string();
    let store = open(&db.url).await?;
    append(&store, 8).await?;
    store.close().await;
    let made = hearth(&["audit", "checkpoint", "--database", &db.url, "--file", &file_arg])?;
    assert!(made.status.success(), "{}", text(&made));
    let ok = hearth(&["audit", "verify", "--database", &db.url, "--checkpoint", &file_arg])?;
    assert!(text(&ok).contains("reaching every one of 1 checkpoints"), "{}", text(&ok));
    // Cut the last two rows off and set the head back to row 6.
    use sqlx::Row;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&db.url).await?;
    let row = sqlx::query("SELECT chain, mac FROM audit_trail WHERE seq = 6").fetch_one(&pool).await?;
    let (chain, mac): (String, String) = (row.try_get("chain")?, row.try_get("mac")?);
    pool.close().await;
    raw(&db.url, "DELETE FROM audit_trail WHERE seq > 6").await?;
    raw(&db.url, &format!("UPDATE audit_chains SET seq = 6, mac = '{mac}' WHERE chain = '{chain}'")).await?;
    let plain = hearth(&["audit", "verify", "--database", &db.url])?;
    assert!(plain.status.success(), "without a witness the cut is invisible: {}", text(&plain));
    let witnessed = hearth(&["audit", "verify", "--database", &db.url, "--checkpoint", &file_arg])?;
    assert_eq!(witnessed.status.code(), Some(1), "{}", text(&witnessed));
    assert!(
        text(&witnessed).contains("ends before row 8") && text(&witnessed).contains("cut off"),
        "{}",
        text(&witnessed)
    );
    // A checkpoint file changed by hand is refused, not trusted.
    let forged = std::fs::read_to_string(&file)?.replace("=8@", "=6@");
    std::fs::write(&file, forged)?;
    let refused = hearth(&["audit", "verify", "--database", &db.url, "--checkpoint", &file_arg])?;
    assert!(text(&refused).contains("wrong signature"), "{}", text(&refused));
    Ok(())
}

/// `pg_dump` is given the password as typed, though the URL percent-encodes it.
#[tokio::test]
async fn backup_on_postgresql_with_a_password_holding_at_and_percent() -> TestResult {
    let Ok(server) = std::env::var("HEARTH_TEST_DATABASE_URL") else { return Ok(()) };
    if !server.starts_with("postgres") {
        return Ok(());
    }
    let db = fresh_database().await?;
    let store = open(&db.url).await?;
    append(&store, 3).await?;
    store.close().await;
    let role = format!("hearth_pw_{}", std::process::id());
    let password = "p@ss%w0rd:/x";
    let name = db.url.rsplit('/').next().ok_or("database name")?.to_owned();
    raw(&server, &format!("CREATE ROLE {role} LOGIN PASSWORD '{password}'")).await?;
    raw(&db.url, &format!("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")).await?;
    raw(&db.url, &format!("GRANT USAGE ON SCHEMA public TO {role}")).await?;
    let host = server.rsplit_once('@').map(|(_, h)| h).ok_or("host")?;
    let host = host.rsplit_once('/').map(|(h, _)| h).unwrap_or(host);
    let url = format!("postgres://{role}:p%40ss%25w0rd%3A%2Fx@{host}/{name}");
    let dir = TempDir::new()?;
    let file = dir.path().join("pw.backup");
    let out = hearth(&["backup", "--database", &url, &file.display().to_string()]);
    raw(&db.url, &format!("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")).await?;
    raw(&db.url, &format!("REVOKE ALL ON SCHEMA public FROM {role}")).await?;
    raw(&server, &format!("DROP ROLE {role}")).await?;
    let out = out?;
    assert!(out.status.success(), "{}", text(&out));
    assert!(file.metadata()?.len() > 0);
    Ok(())
}

/// A small synthetic dataset through the real binary: every count as the
/// plan says, a verifiable audit trail, the same dataset from the same seed,
/// its benchmark accounts able to sign in, and a second run that keeps it.
#[tokio::test]
async fn generate_writes_a_seeded_dataset_with_a_verifiable_trail() -> TestResult {
    let db = fresh_database().await?;
    let out = hearth(&["generate", "--database", &db.url, "--scale", "0.001", "--seed", "7"])?;
    assert!(out.status.success(), "{}", text(&out));
    let printed = text(&out);
    assert!(printed.contains("50 families, 150 members, 2000 note versions, 1000 sign-ins"), "{printed}");
    assert!(printed.contains("practitioner-1-1@org001.synthetic.example"), "{printed}");
    assert_eq!(count(&db.url, "families").await?, 50);
    assert_eq!(count(&db.url, "note_versions").await?, 2000);
    assert_eq!(count(&db.url, "assessments").await?, 300);
    assert_eq!(count(&db.url, "aftercare_follow_ups").await?, 500);
    assert_eq!(
        count(&db.url, "aftercare_follow_ups WHERE completed_at IS NOT NULL").await?,
        400,
        "all but each family's two newest follow-ups are done"
    );
    assert!(count(&db.url, "audit_trail").await? > 19_000);
    let verified = hearth(&["audit", "verify", "--database", &db.url])?;
    assert!(verified.status.success(), "{}", text(&verified));
    // The busy practitioner's caseload is 40 families, as the benchmark expects.
    use sqlx::Row;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&db.url).await?;
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM family_assignments JOIN users ON users.id = family_assignments.user_id \
         WHERE users.email = 'practitioner-1-1@org001.synthetic.example' AND family_assignments.assignment = 'lead'",
    )
    .fetch_one(&pool)
    .await?;
    assert_eq!(row.try_get::<i64, _>("n")?, 40);
    // The planner's statistics were taken after the bulk load.
    let analysed = if db.url.starts_with("postgres") {
        "SELECT COUNT(*) AS n FROM pg_stat_user_tables WHERE relname = 'notes' AND last_analyze IS NOT NULL"
    } else {
        "SELECT COUNT(*) AS n FROM sqlite_stat1 WHERE tbl = 'notes'"
    };
    assert!(sqlx::query(analysed).fetch_one(&pool).await?.try_get::<i64, _>("n")? > 0, "statistics taken");
    let names: Vec<String> = sqlx::query("SELECT name FROM families ORDER BY name")
        .fetch_all(&pool)
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>("name"))
        .collect::<Result<_, _>>()?;
    pool.close().await;
    let again = hearth(&["generate", "--database", &db.url, "--scale", "0.001"])?;
    assert!(text(&again).contains("already holds a synthetic dataset"), "{}", text(&again));
    assert_eq!(count(&db.url, "families").await?, 50, "a second run keeps what is there");

    let other = fresh_database().await?;
    let out = hearth(&["generate", "--database", &other.url, "--scale", "0.001", "--seed", "7", "--workers", "2"])?;
    assert!(out.status.success(), "{}", text(&out));
    let pool = sqlx::AnyPool::connect(&other.url).await?;
    let same: Vec<String> = sqlx::query("SELECT name FROM families ORDER BY name")
        .fetch_all(&pool)
        .await?
        .iter()
        .map(|r| r.try_get::<String, _>("name"))
        .collect::<Result<_, _>>()?;
    pool.close().await;
    assert_eq!(same, names, "the same seed gives the same families, however many write them");
    Ok(())
}
