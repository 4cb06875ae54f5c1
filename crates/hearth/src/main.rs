//! `hearth`: one binary for serving, setting up and operating Hearth.

mod config;
mod demo;
mod load;
mod progress;
mod synthetic;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::audit::Checkpoint;
use hearth_core::clock::{Clock, SystemClock};
use hearth_core::crypto::{Key, Keyring};
use hearth_core::organisations::OrganisationName;
use hearth_core::secrets::{derive_key, new_token, random_bytes, token_digest};
use hearth_store::accounts::NewInvitation;
use hearth_store::audit::{CheckpointBreak, Verification};
use hearth_store::{Backend, OpenMode, Store, backend_of, sqlite_path};
use hearth_web::i18n::{Lang, Tr};
use hearth_web::mail::Mailer;
use hearth_web::{AppState, WebSettings};

use crate::config::Config;

#[derive(Parser)]
#[command(name = "hearth", version, about = "Hybrid family support: one binary, SQLite or PostgreSQL.")]
struct Cli {
    /// A TOML configuration file (also: HEARTH_CONFIG).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct DatabaseArg {
    /// sqlite://path/to/file.db or postgres://user@host/db (default: the configured one).
    #[arg(long)]
    database: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web interface on an existing database.
    Serve {
        #[command(flatten)]
        db: DatabaseArg,
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long)]
        bind: Option<String>,
    },
    /// Create (when missing) a database with a demo organisation, print its accounts and serve it.
    Demo {
        #[command(flatten)]
        db: DatabaseArg,
        #[arg(long)]
        bind: Option<String>,
    },
    /// Bring the database schema up to date.
    Migrate {
        #[command(flatten)]
        db: DatabaseArg,
        /// Create the SQLite database if it does not exist.
        #[arg(long)]
        create: bool,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Write a consistent copy of the database while Hearth runs.
    Backup {
        #[command(flatten)]
        db: DatabaseArg,
        /// The file to write; it must not exist yet.
        file: PathBuf,
    },
    /// Restore a backup into a new SQLite file or an empty PostgreSQL database.
    Restore {
        #[command(flatten)]
        db: DatabaseArg,
        file: PathBuf,
    },
    /// Manage the keys that seal notes.
    Notes {
        #[command(subcommand)]
        command: NotesCommand,
    },
    /// Fill a new database with a synthetic dataset at national scale (at
    /// scale 1: 100 organisations, 50,000 families, about 20 million audit
    /// rows), for benchmarks. A database that already holds one is kept as
    /// it is, and its benchmark accounts are printed again.
    Generate {
        #[command(flatten)]
        db: DatabaseArg,
        /// 1 is national scale; 0.01 a hundredth of every count.
        #[arg(long, default_value_t = 1.0)]
        scale: f64,
        /// The same seed gives the same dataset.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Connections writing at once (default: 1 on SQLite, 4 on PostgreSQL).
        #[arg(long)]
        workers: Option<usize>,
    },
    /// Load-test live messaging against a running `hearth serve` on the same
    /// database: creates pairs of accounts, then measures send → delivery.
    BenchMessaging {
        #[command(flatten)]
        db: DatabaseArg,
        /// The running server, e.g. http://127.0.0.1:8080.
        #[arg(long)]
        url: String,
        /// ping-pong (one pair taking turns), flood (every pair as fast as it can) or idle.
        #[arg(long)]
        scenario: String,
        #[arg(long, default_value_t = 50)]
        pairs: usize,
        /// How long the flood runs.
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Messages in the ping-pong.
        #[arg(long, default_value_t = 2000)]
        messages: usize,
        /// Connections held open in the idle scenario.
        #[arg(long, default_value_t = 10_000)]
        connections: usize,
        /// The server's process id, to read its resident memory.
        #[arg(long)]
        server_pid: Option<u32>,
    },
    /// Inspect the audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Invite someone by e-mail (prints the link when e-mail is not configured).
    Invite {
        #[command(flatten)]
        db: DatabaseArg,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// organisation_admin, supervisor, practitioner, community_manager, peer_ambassador or family_member.
        #[arg(long)]
        role: String,
        /// The organisation's name.
        #[arg(long)]
        organisation: String,
        /// Create the organisation if it does not exist (for the first admin).
        #[arg(long)]
        create_organisation: bool,
        /// en, nl, de, fr or ar.
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Disable an account and end all of its sessions.
    Disable {
        #[command(flatten)]
        db: DatabaseArg,
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum NotesCommand {
    /// Re-seal every note under the newest configured key, while Hearth keeps
    /// serving. Afterwards the older key may be removed from the configuration.
    Rekey {
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check that no audit row was changed, removed or reordered, and (with
    /// --checkpoint) that no chain ends before a checkpoint saw it.
    Verify {
        #[command(flatten)]
        db: DatabaseArg,
        /// A file of checkpoints written by `hearth serve` or `audit checkpoint`.
        #[arg(long)]
        checkpoint: Option<PathBuf>,
    },
    /// Print a signed checkpoint of how far every chain reaches, and append
    /// it to FILE when given (for example from cron, to a place the database
    /// administrator cannot write).
    Checkpoint {
        #[command(flatten)]
        db: DatabaseArg,
        #[arg(long)]
        file: Option<PathBuf>,
    },
}

type AnyError = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("hearth: {e}");
            return ExitCode::from(2);
        }
    };
    init_tracing(&config);
    match run(cli.command, config).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hearth: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing(config: &Config) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if config.log_format.as_deref() == Some("json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// The deployment secret. On SQLite without configuration it lives in a
/// key file beside the database, created with the database.
fn secret_key(config: &Config, url: &str, create: bool) -> Result<Vec<u8>, AnyError> {
    if let Some(key) = config.secret_key()? {
        return Ok(key);
    }
    if backend_of(url)? != Backend::Sqlite {
        return Err(config::ConfigError::MissingSecret.into());
    }
    let db = sqlite_path(url).ok_or("in-memory SQLite is not supported")?;
    let key_file = key_file_for(&db);
    if key_file.exists() {
        return Ok(config::parse_secret(&std::fs::read_to_string(&key_file)?)?);
    }
    if !create {
        return Err(format!(
            "no secret key: {} is missing and no HEARTH_SECRET_KEY is configured; the audit trail cannot be checked without it",
            key_file.display()
        )
        .into());
    }
    if let Some(parent) = key_file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let key = random_bytes::<32>()?.to_vec();
    write_private(&key_file, &hex::encode(&key))?;
    Ok(key)
}

/// Configured note keys first, then the key derived from the deployment
/// secret (the one used when no key is configured).
fn keyring(config: &Config, audit_key: &[u8]) -> Result<Keyring, AnyError> {
    let mut keys = Vec::new();
    for (id, bytes) in config.note_keys()? {
        keys.push(Key::new(&id, &bytes)?);
    }
    keys.push(Key::new("k0", &derive_key(audit_key, "hearth notes v1"))?);
    Ok(Keyring::new(keys)?)
}

fn key_file_for(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".key");
    db.with_file_name(name)
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(contents.as_bytes())
}

async fn open_store(config: &Config, url: &str, mode: OpenMode, migrate: bool) -> Result<Store, AnyError> {
    open_store_on(config, url, mode, migrate, server_clock()).await
}

/// The system clock; in a debug build, moved by `HEARTH_DEBUG_CLOCK_FILE`
/// when that is set (see `SkewedClock`).
fn server_clock() -> Arc<dyn Clock> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os("HEARTH_DEBUG_CLOCK_FILE") {
        tracing::warn!("the clock is moved by the offset in HEARTH_DEBUG_CLOCK_FILE (debug build)");
        return Arc::new(hearth_core::clock::SkewedClock::new(file));
    }
    Arc::new(SystemClock)
}

async fn open_store_on(
    config: &Config,
    url: &str,
    mode: OpenMode,
    migrate: bool,
    clock: Arc<dyn Clock>,
) -> Result<Store, AnyError> {
    let create = mode == OpenMode::CreateIfMissing;
    if !create
        && let Some(path) = sqlite_path(url)
        && !path.exists()
    {
        return Err(hearth_store::StoreError::DatabaseMissing(path).into());
    }
    let key = secret_key(config, url, create)?;
    let audit_key = derive_key(&key, "hearth audit chain v1");
    let store = if migrate {
        Store::open(url, mode, clock, audit_key.clone()).await?
    } else {
        Store::connect(url, mode, clock, audit_key.clone()).await?
    };
    let mut store = store.with_keyring(keyring(config, &audit_key)?);
    if let Some(log) = config.erasure_log(url) {
        store = store.with_erasure_log(hearth_store::data_protection::ErasureLog::at(log));
    }
    if migrate {
        store.seal_formerly_plain_values().await?;
    }
    Ok(store)
}

async fn run(command: Command, config: Config) -> Result<ExitCode, AnyError> {
    match command {
        Command::Serve { db, bind } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::MustExist, true).await?;
            serve(&config, store, &url, bind.as_deref(), None).await?;
        }
        Command::Demo { db, bind } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::CreateIfMissing, true).await?;
            let accounts = demo::seed(&store).await?;
            serve(&config, store, &url, bind.as_deref(), Some(accounts)).await?;
        }
        Command::Migrate { db, create } => {
            let url = config.database_url(db.database.as_deref());
            let mode = if create { OpenMode::CreateIfMissing } else { OpenMode::MustExist };
            let store = open_store(&config, &url, mode, false).await?;
            let ran = store.migrate().await?;
            println!("migrations applied: {ran}; schema version {}", store.schema_version().await?);
        }
        Command::User {
            command: UserCommand::Invite { db, email, name, role, organisation, create_organisation, language },
        } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::MustExist, true).await?;
            invite(&config, &store, &email, &name, &role, &organisation, create_organisation, &language).await?;
        }
        Command::User { command: UserCommand::Disable { db, email } } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::MustExist, true).await?;
            let email = EmailAddress::parse(&email)?;
            let mut tx = store.begin().await?;
            let user = tx.user_by_email(&email).await?.ok_or("no account with that e-mail address")?;
            tx.disable_user(None, &user).await?;
            tx.commit().await?;
            println!("disabled; every session of this account has ended");
        }
        Command::Backup { db, file } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::MustExist, false).await?;
            let spinner = progress::spinner("writing the backup");
            let written = store.backup_to(&url, &file).await;
            spinner.finish_and_clear();
            written?;
            println!("backup written to {}", file.display());
        }
        Command::Restore { db, file } => {
            let url = config.database_url(db.database.as_deref());
            let spinner = progress::spinner("restoring");
            let restored = hearth_store::backup::restore(&url, &file).await;
            spinner.finish_and_clear();
            restored?;
            // The erasures made since the backup: from the log of the
            // database being replaced, copied beside a new SQLite file.
            let live_log = config.erasure_log(&config.database_url(None));
            if let (Some(from), Some(to)) = (&live_log, config.erasure_log(&url))
                && from != &to
                && from.exists()
                && !to.exists()
            {
                std::fs::copy(from, &to)
                    .map_err(|e| format!("could not copy the erasure log to {}: {e}", to.display()))?;
            }
            match open_store(&config, &url, OpenMode::MustExist, true).await {
                Ok(store) => {
                    let reapplied = store.reapply_erasures().await?;
                    match reapplied {
                        0 => {}
                        1 => println!("1 erasure made since the backup was made again"),
                        n => println!("{n} erasures made since the backup were made again"),
                    }
                    if store.backend() == Backend::Postgres {
                        // pg_restore brings no planner statistics; without them every
                        // page is planned for empty tables until autovacuum runs.
                        store.refresh_planner_statistics().await?;
                    }
                    println!("restored");
                }
                Err(_) => {
                    if let (Backend::Sqlite, Some(target)) = (backend_of(&url)?, sqlite_path(&url)) {
                        println!(
                            "restored to {}; copy the secret key file that belongs to the backup to {} (or keep HEARTH_SECRET_KEY); erasures made since the backup are made again when it is first served",
                            target.display(),
                            key_file_for(&target).display()
                        );
                    } else {
                        println!(
                            "restored; run ANALYZE on the database, then serve it to make erasures since the backup again"
                        );
                    }
                }
            }
        }
        Command::Notes { command: NotesCommand::Rekey { db } } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::MustExist, true).await?;
            let bar = progress::counter(store.sealed_values_to_rekey().await?, "re-sealing");
            let done = store.rekey_sealed(&|n| bar.inc(n)).await?;
            bar.finish_and_clear();
            println!("{}", rekey_summary(&done));
        }
        Command::BenchMessaging { db, url, scenario, pairs, seconds, messages, connections, server_pid } => {
            let database = config.database_url(db.database.as_deref());
            let store = open_store(&config, &database, OpenMode::MustExist, false).await?;
            let wanted = if scenario == "flood" { pairs } else { 1 };
            let made = load::fixture(&store, wanted).await.map_err(|e| e.to_string())?;
            store.close().await;
            let first = made.first().ok_or("no pair was made")?;
            let report = match scenario.as_str() {
                "ping-pong" => load::ping_pong(&url, first, messages).await,
                "flood" => load::flood(&url, &made, seconds).await,
                "idle" => load::idle(&url, first, connections, server_pid).await,
                other => return Err(format!("unknown scenario {other}: ping-pong, flood or idle").into()),
            };
            println!("{}", report.map_err(|e| e.to_string())?);
        }
        Command::Generate { db, scale, seed, workers } => {
            let url = config.database_url(db.database.as_deref());
            let clock = synthetic::clock();
            let store = open_store_on(&config, &url, OpenMode::CreateIfMissing, true, clock.clone()).await?;
            let plan = synthetic::Plan::at_scale(scale)?;
            // SQLite has one writer; PostgreSQL gains from a few connections writing at once.
            let workers = workers.unwrap_or(if backend_of(&url)? == Backend::Sqlite { 1 } else { 4 }).max(1);
            let mut pool = vec![synthetic::Worker { store: store.clone(), clock }];
            for _ in 1..workers {
                let clock = synthetic::clock();
                let store = open_store_on(&config, &url, OpenMode::MustExist, false, clock.clone()).await?;
                pool.push(synthetic::Worker { store, clock });
            }
            let personas = match synthetic::existing_personas(&store).await? {
                Some(personas) => {
                    println!("this database already holds a synthetic dataset; it is kept as it is");
                    personas
                }
                None => {
                    let bar = progress::counter(synthetic::steps(&plan), "generating");
                    let started = std::time::Instant::now();
                    let (written, personas) = synthetic::generate(&pool, plan, seed, |n| bar.set_position(n)).await?;
                    bar.finish_and_clear();
                    println!("{}", synthetic::summary(&written, started.elapsed()));
                    personas
                }
            };
            println!("Benchmark accounts (password for all: {}):", synthetic::SYNTHETIC_PASSWORD);
            for p in personas {
                println!(
                    "  {:<20} {:<36} password {}  TOTP secret {}",
                    p.role,
                    p.email,
                    synthetic::SYNTHETIC_PASSWORD,
                    p.totp_secret
                );
            }
        }
        Command::Audit { command: AuditCommand::Verify { db, checkpoint } } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::MustExist, false).await?;
            let checkpoints = match &checkpoint {
                Some(file) => {
                    let text = std::fs::read_to_string(file)
                        .map_err(|e| format!("cannot read the checkpoint file {}: {e}", file.display()))?;
                    match Checkpoint::parse_all(&text, &store.checkpoint_key()) {
                        Ok(c) => c,
                        Err(e) => {
                            println!("BROKEN: checkpoint file {}: {e}", file.display());
                            return Ok(ExitCode::FAILURE);
                        }
                    }
                }
                None => Vec::new(),
            };
            let (rows, chains) = match store.verify_audit_trail().await? {
                Verification::Intact { rows, chains } => (rows, chains),
                Verification::Broken { chain, broken } => {
                    println!("BROKEN: chain {chain}: {broken}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            match store.verify_against_checkpoints(&checkpoints).await? {
                None if checkpoint.is_some() => println!(
                    "OK: {rows} audit rows in {chains} chains, every chain intact and reaching every one of {} checkpoints",
                    checkpoints.len()
                ),
                None => println!("OK: {rows} audit rows in {chains} chains, every chain intact"),
                Some(CheckpointBreak::EndsBefore { chain, seen, at }) => {
                    println!(
                        "BROKEN: chain {chain} ends before row {seen}, which the checkpoint of {} saw: rows were cut off",
                        at.to_utc_minutes()
                    );
                    return Ok(ExitCode::FAILURE);
                }
                Some(CheckpointBreak::Differs { chain, seq, at }) => {
                    println!(
                        "BROKEN: chain {chain}: row {seq} is not the row the checkpoint of {} saw",
                        at.to_utc_minutes()
                    );
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
        Command::Audit { command: AuditCommand::Checkpoint { db, file } } => {
            let url = config.database_url(db.database.as_deref());
            let store = open_store(&config, &url, OpenMode::MustExist, false).await?;
            let line = write_checkpoint(&store, file.as_deref()).await?;
            println!("{line}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// What `notes rekey` re-sealed, by sealed column.
fn rekey_summary(done: &hearth_store::sealed::Resealed) -> String {
    let parts: Vec<String> = done
        .per_column
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(column, n)| format!("{}.{} {n}", column.table, column.column))
        .collect();
    match done.total() {
        0 => "nothing to re-seal: every sealed value is under the newest key".to_owned(),
        total => format!(
            "{total} sealed values re-sealed ({}); every sealed value is now under the newest key",
            parts.join(", ")
        ),
    }
}

#[allow(clippy::too_many_arguments)]
async fn invite(
    config: &Config,
    store: &Store,
    email: &str,
    name: &str,
    role: &str,
    organisation: &str,
    create_organisation: bool,
    language: &str,
) -> Result<(), AnyError> {
    let email = EmailAddress::parse(email)?;
    let name = DisplayName::parse(name)?;
    let role = Role::parse(role).ok_or("unknown role")?;
    let lang = Lang::parse(language).ok_or("unknown language (en, nl, de, fr, ar)")?;
    let mut tx = store.begin().await?;
    let org = match tx.organisation_by_name(organisation).await? {
        Some(id) => id,
        None if create_organisation => tx.create_organisation(&OrganisationName::parse(organisation)?).await?,
        None => return Err("no such organisation; add --create-organisation to create it".into()),
    };
    if tx.email_in_use(&email).await? {
        return Err("an account with this e-mail address exists already".into());
    }
    let token = new_token()?;
    let valid = 7 * 24 * 3600;
    tx.create_invitation(NewInvitation {
        organisation_id: &org,
        email: &email,
        display_name: &name,
        role,
        team_id: None,
        language: Some(lang.code()),
        invited_by: None,
        token_digest: &token_digest(&token),
        valid_for_seconds: valid,
        member_id: None,
    })
    .await?;
    let expires = format!("{} (UTC)", tx.now().plus_seconds(valid).to_utc_minutes());
    tx.commit().await?;
    let public_url = public_url(config, None);
    let link = format!("{public_url}/invitations/{token}");
    let (subject, body) = hearth_web::accounts::admin::invitation_email(Tr::new(lang), organisation, &link, &expires);
    match config.smtp()? {
        Some(smtp) => {
            Mailer::new(&smtp)?.send(email.as_str(), &subject, body).await?;
            println!("invitation e-mailed");
        }
        None => println!("e-mail is not configured; give this link to the person: {link}"),
    }
    Ok(())
}

fn public_url(config: &Config, bound: Option<SocketAddr>) -> String {
    config.public_url.clone().unwrap_or_else(|| match bound {
        Some(addr) => format!("http://{addr}"),
        None => format!("http://{}", config.bind.as_deref().unwrap_or(config::DEFAULT_BIND)),
    })
}

async fn serve(
    config: &Config,
    store: Store,
    url: &str,
    bind: Option<&str>,
    demo_accounts: Option<Vec<demo::DemoAccount>>,
) -> Result<(), AnyError> {
    // A database restored from an older backup is erased again before anyone reads it.
    let reapplied = store.reapply_erasures().await?;
    if reapplied > 0 {
        tracing::warn!(files = reapplied, "erasures made since the backup were made again");
    }
    if config.erasure_log(url).is_none() {
        tracing::warn!("no erasure_log_file is configured: a restore could not make erasures again");
    }
    let bind = bind.map(str::to_owned).or_else(|| config.bind.clone()).unwrap_or_else(|| config::DEFAULT_BIND.into());
    let listener = tokio::net::TcpListener::bind(&bind).await.map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    let addr = listener.local_addr()?;
    let key = secret_key(config, url, false)?;
    let mut settings =
        WebSettings::for_public_url(&public_url(config, Some(addr)), derive_key(&key, "hearth client address v1"));
    settings.trust_forwarded_for = config.trust_forwarded_for;
    settings.calls = config.call_network()?;
    let mailer = config.smtp()?.map(|s| Mailer::new(&s)).transpose()?;
    let metrics = if config.metrics {
        Some(metrics_exporter_prometheus::PrometheusBuilder::new().install_recorder()?)
    } else {
        None
    };
    // On PostgreSQL every process hears what the others commit in conversations.
    store.follow_live_activity().await?;
    let live = hearth_web::LiveRooms::start(&store);
    let state = AppState { store: store.clone(), settings: Arc::new(settings), mailer, metrics, live };
    let app = hearth_web::router(state.clone());
    // Reminders, overdue aftercare and staff e-mail fall due with time. Every
    // process may run this: reminders and overdue reports are claimed in the
    // database, so none goes twice.
    tokio::spawn(async move {
        let mut every_minute = tokio::time::interval(std::time::Duration::from_secs(60));
        loop {
            every_minute.tick().await;
            match hearth_web::jobs::run_due_work(&state).await {
                Ok(done) if done != hearth_web::jobs::DueWork::default() => tracing::info!(
                    reminders = done.reminders_sent,
                    overdue = done.overdue_reported,
                    emails = done.notification_emails_sent,
                    outcomes = done.outcomes_requested,
                    message_emails = done.message_emails_sent,
                    "due work done"
                ),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "due work failed; retrying in a minute"),
            }
        }
    });
    // A witness of the audit trail outside the database, in the log stream
    // and, when configured, in a file.
    let checkpoint_file = config.audit_checkpoint_file.clone();
    let minutes = config.audit_checkpoint_minutes.unwrap_or(10).max(1);
    let witness = store.clone();
    let witness_file = checkpoint_file.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(minutes * 60));
        loop {
            every.tick().await;
            if let Err(e) = write_checkpoint(&witness, witness_file.as_deref()).await {
                tracing::warn!(error = %e, "audit checkpoint failed; retrying at the next interval");
            }
        }
    });
    println!("Hearth is running at http://{addr}/");
    if let Some(accounts) = demo_accounts {
        demo::print_accounts(&accounts);
    }
    tracing::info!(%addr, backend = ?store.backend(), "serving");
    // Small frames to live pages go out at once rather than waiting to be
    // coalesced with the next (Nagle's algorithm).
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
    });
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown_requested())
        .await?;
    if let Err(e) = write_checkpoint(&store, checkpoint_file.as_deref()).await {
        tracing::warn!(error = %e, "audit checkpoint at shutdown failed");
    }
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Takes a signed checkpoint of the audit trail, logs it, and appends it to
/// the file when one is given.
async fn write_checkpoint(store: &Store, file: Option<&Path>) -> Result<String, AnyError> {
    let checkpoint = store.audit_checkpoint().await?;
    let line = checkpoint.to_line(&store.checkpoint_key());
    tracing::info!(target: "hearth::audit_checkpoint", rows = checkpoint.rows(), checkpoint = %line, "audit checkpoint");
    if let Some(path) = file {
        use std::io::Write;
        let mut out = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
        writeln!(out, "{line}")?;
        out.sync_data()?;
    }
    Ok(line)
}

/// Ctrl-C, or SIGTERM as container platforms and systemd send it. Requests
/// in flight are finished before `serve` returns.
async fn shutdown_requested() {
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM; only Ctrl-C stops Hearth");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}
