//! Crash safety: rounds of `kill -9` while notes are written and family files
//! read (each read and write leaves an audit row), each followed by the
//! checks an operator would make after a power cut — every note whose request
//! was answered is there, SQLite's `integrity_check` is ok, and
//! `hearth audit verify` passes.
//!
//! Notes are counted after every round and read word for word every hundred
//! rounds and after the last. `HEARTH_CRASH_ROUNDS` sets the rounds (20 by default, as in the test
//! command); `scripts/crash-rounds` runs 1,000 on both databases and prints
//! the figures the README reports.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::clock::SystemClock;
use hearth_core::families::FamilyName;
use hearth_core::ids::FamilyId;
use hearth_core::organisations::OrganisationName;
use hearth_store::accounts::NewUser;
use hearth_store::sessions::SessionStage;
use hearth_store::testing::fresh_database;
use hearth_store::{OpenMode, Store};
use sqlx::Row;

type Fallible<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

const SECRET: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
/// Writers posting notes at once, as several practitioners of one team would.
const WRITERS: usize = 4;

fn hex_decode(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).filter_map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect()
}

/// The store as the binary opens it: the same audit key and note key.
async fn open(url: &str) -> Fallible<Store> {
    let audit_key = hearth_core::secrets::derive_key(&hex_decode(SECRET), "hearth audit chain v1");
    Ok(Store::open(url, OpenMode::CreateIfMissing, Arc::new(SystemClock), audit_key).await?)
}

/// A family with its practitioner, and a signed-in session for them.
async fn practitioner_with_family(store: &Store) -> Fallible<(Actor, FamilyId, String)> {
    let mut tx = store.begin().await?;
    let org = tx.create_organisation(&OrganisationName::parse("Crash rounds")?).await?;
    let user = tx
        .create_user(NewUser {
            organisation_id: &org,
            email: &EmailAddress::parse("practitioner@crash.example")?,
            display_name: &DisplayName::parse("Pat")?,
            role: Role::Practitioner,
            team_id: None,
            password_hash: None,
            totp_secret: None,
            language: None,
        })
        .await?;
    let actor = Actor { user_id: user.clone(), organisation_id: org, role: Role::Practitioner, team_id: None };
    let family = tx.create_family(&actor, &FamilyName::parse("Haddad")?, None).await?;
    let account = tx.user(&user).await?.ok_or("account")?;
    let token = tx.start_session(&account, SessionStage::Complete, "crash rounds").await?;
    tx.commit().await?;
    Ok((actor, family, format!("hearth_session={token}")))
}

fn serve(url: &str) -> Fallible<(Child, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["serve", "--database", url, "--bind", "127.0.0.1:0"])
        .env("HEARTH_SECRET_KEY", SECRET)
        .env_remove("HEARTH_DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("stdout")?;
    let first = BufReader::new(stdout).lines().next().ok_or("serve printed nothing")??;
    let address = first
        .strip_prefix("Hearth is running at http://")
        .and_then(|s| s.strip_suffix('/'))
        .ok_or(first.clone())?
        .to_owned();
    Ok((child, address))
}

/// A small deterministic generator, so a failing round can be run again.
struct Xorshift(u64);
impl Xorshift {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

/// Posts notes until the server dies; returns the texts whose request was
/// answered with the redirect that follows a saved note.
async fn write_notes(
    client: reqwest::Client,
    base: String,
    cookie: String,
    label: String,
) -> Result<Vec<String>, String> {
    let mut saved = Vec::new();
    for i in 0.. {
        let text = format!("{label} note {i}");
        let sent = client
            .post(format!("{base}/notes"))
            .header("cookie", &cookie)
            .form(&[("kind", "observation"), ("occurred", "2026-01-05T10:00"), ("text", text.as_str())])
            .send()
            .await;
        match sent {
            Ok(response) if response.status() == 303 => saved.push(text),
            Ok(response) => return Err(format!("a note was refused with {}", response.status())),
            Err(_) => break,
        }
    }
    Ok(saved)
}

async fn read_family(client: reqwest::Client, base: String, cookie: String) -> u64 {
    let mut reads = 0;
    while let Ok(response) = client.get(&base).header("cookie", &cookie).send().await {
        assert_eq!(response.status(), 200, "the family page during writes");
        reads += 1;
    }
    reads
}

async fn integrity_check(url: &str) -> Fallible<()> {
    if !url.starts_with("sqlite") {
        return Ok(());
    }
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await?;
    let result: String = sqlx::query("PRAGMA integrity_check").fetch_one(&pool).await?.try_get(0)?;
    pool.close().await;
    if result != "ok" {
        return Err(format!("integrity_check: {result}").into());
    }
    Ok(())
}

fn audit_verify(url: &str) -> Fallible<()> {
    let out = Command::new(env!("CARGO_BIN_EXE_hearth"))
        .args(["audit", "verify", "--database", url])
        .env("HEARTH_SECRET_KEY", SECRET)
        .env_remove("HEARTH_DATABASE_URL")
        .stdin(Stdio::null())
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "audit verify: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(())
}

/// How many notes the family has, and (when `read_all`) their texts.
async fn notes_present(
    url: &str,
    actor: &Actor,
    family: &FamilyId,
    read_all: bool,
) -> Fallible<(u64, std::collections::HashSet<String>)> {
    let store = open(url).await?;
    let mut tx = store.begin().await?;
    let read = tx.read_family(actor, family).await?;
    let count = tx.count_notes(&read).await?;
    let texts = if read_all { tx.notes_of(&read).await? } else { Vec::new() };
    tx.commit().await?;
    store.close().await;
    Ok((count, texts.iter().filter_map(|n| n.current().map(|v| v.text.clone())).collect()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answered_write_survives_kill_9_and_the_trail_verifies() -> Fallible<()> {
    let rounds: u64 = std::env::var("HEARTH_CRASH_ROUNDS").ok().and_then(|n| n.parse().ok()).unwrap_or(20);
    let db = fresh_database().await?;
    let store = open(&db.url).await?;
    let (actor, family, cookie) = practitioner_with_family(&store).await?;
    store.close().await;
    let mut random = Xorshift(0x9E37_79B9_7F4A_7C15);
    let mut acknowledged = Vec::<String>::new();
    let (mut reads, started) = (0, Instant::now());
    for round in 0..rounds {
        let (mut child, address) = serve(&db.url)?;
        let base = format!("http://{address}/families/{family}");
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
        let mut writers = Vec::new();
        for w in 0..WRITERS {
            writers.push(tokio::spawn(write_notes(
                client.clone(),
                base.clone(),
                cookie.clone(),
                format!("round {round} writer {w}"),
            )));
        }
        let reader = tokio::spawn(read_family(client.clone(), base.clone(), cookie.clone()));
        tokio::time::sleep(Duration::from_millis(30 + random.next(300))).await;
        child.kill()?; // SIGKILL: no shutdown, no flush, nothing finished.
        child.wait()?;
        for writer in writers {
            acknowledged.extend(writer.await??);
        }
        reads += reader.await?;

        integrity_check(&db.url).await?;
        audit_verify(&db.url)?;
        // Counted after every round; read word for word every hundred rounds and after the last.
        let read_all = round % 100 == 99 || round + 1 == rounds;
        let (count, present) = notes_present(&db.url, &actor, &family, read_all).await?;
        if count < acknowledged.len() as u64 {
            return Err(format!("after round {round}, {count} notes for {} answered", acknowledged.len()).into());
        }
        let missing: Vec<&String> = acknowledged.iter().filter(|t| read_all && !present.contains(*t)).collect();
        if !missing.is_empty() {
            return Err(
                format!("after round {round}, {} answered notes are missing: {missing:?}", missing.len()).into()
            );
        }
    }
    let written = acknowledged.len();
    println!(
        "crash rounds: {rounds} rounds of kill -9 in {:.1} s on {}: {written} answered notes and {reads} audited reads, all present; integrity and audit verify ok after every round",
        started.elapsed().as_secs_f64(),
        if db.url.starts_with("sqlite") { "SQLite" } else { "PostgreSQL" },
    );
    assert!(written > 0, "notes were written before the kills");
    Ok(())
}
