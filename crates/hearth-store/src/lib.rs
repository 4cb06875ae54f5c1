//! Hearth's database: one code path for SQLite and PostgreSQL.
//!
//! Queries are built once with sea-query and rendered in the dialect of the
//! backend in use, then run through sqlx's `Any` driver. Values are kept to
//! the types both backends share: text, 64-bit integers (timestamps are Unix
//! milliseconds, flags are 0/1) and blobs.
//!
//! Every function that reads or changes personal data takes a [`Tx`] and
//! writes its audit row into the same transaction.

pub mod accounts;
pub mod aftercare;
pub mod agreements;
pub mod assessment;
pub mod audit;
pub mod backup;
pub mod calendar;
pub mod calls;
pub mod checkins;
pub mod communities;
pub mod conduct;
pub mod conference;
pub mod data_protection;
pub mod documents;
pub mod families;
pub mod glossary;
pub mod legal;
pub mod messaging;
pub mod modality;
pub mod notifications;
pub mod organisations;
pub mod outcomes;
mod schema;
pub mod sealed;
pub mod sessions;
pub mod sharing;
pub mod support_sessions;
pub mod timeline;
pub mod wellbeing;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use hearth_core::clock::{Clock, Timestamp};
use hearth_core::crypto::{CryptoError, Key, Keyring};
use hearth_core::secrets::RandomnessUnavailable;
use sea_query::{PostgresQueryBuilder, QueryStatementWriter, SqliteQueryBuilder};
use sea_query_sqlx::SqlxValues;
use sqlx::any::{Any, AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, AssertSqlSafe, Executor};

pub use audit::AuditEntry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("no database at {0}; run `hearth migrate --create` or `hearth demo` to create one")]
    DatabaseMissing(PathBuf),
    #[error("unsupported database URL (expected sqlite:// or postgres://)")]
    UnsupportedUrl,
    #[error(transparent)]
    Randomness(#[from] RandomnessUnavailable),
    #[error("stored data is not in the expected shape: {0}")]
    Corrupt(&'static str),
    #[error("the record already exists")]
    Conflict,
    #[error("backup failed: {0}")]
    Backup(String),
    #[error("sealed text: {0}")]
    Crypto(#[from] CryptoError),
    /// A page that only reads called a method that writes: on SQLite its
    /// deferred transaction could fail to take the write lock under load.
    #[error("a transaction begun to read tried to write")]
    WriteWhileReading,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Whether opening may create a database that does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    CreateIfMissing,
    MustExist,
}

struct Shared {
    backend: Backend,
    clock: Arc<dyn Clock>,
    audit_key: Vec<u8>,
    /// Seals notes and other sensitive text. The first key seals; all open.
    keyring: Keyring,
    /// Statements run so far, so tests can hold pages to a fixed number.
    statements: std::sync::atomic::AtomicU64,
    /// Transactions begun (`begin`, `begin_read`), so tests can hold a page
    /// to one per request.
    transactions: std::sync::atomic::AtomicU64,
    /// What committed transactions did in conversations, for open pages.
    activity: Arc<messaging::ActivityFeed>,
    /// Where erasures are written down outside the database, so a restore
    /// of an older backup can make them again.
    erasure_log: Option<data_protection::ErasureLog>,
}

/// A handle on the database. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("backend", &self.shared.backend).finish_non_exhaustive()
    }
}

/// The file path inside a `sqlite:` URL, without query parameters.
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" { None } else { Some(PathBuf::from(path)) }
}

pub fn backend_of(url: &str) -> Result<Backend> {
    if url.starts_with("sqlite:") {
        Ok(Backend::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Backend::Postgres)
    } else {
        Err(StoreError::UnsupportedUrl)
    }
}

impl Store {
    /// Connects and brings the schema up to date.
    pub async fn open(url: &str, mode: OpenMode, clock: Arc<dyn Clock>, audit_key: Vec<u8>) -> Result<Self> {
        let store = Self::connect(url, mode, clock, audit_key).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Connects without migrating (for `audit verify` and `backup`, which must
    /// not change the database they inspect).
    pub async fn connect(url: &str, mode: OpenMode, clock: Arc<dyn Clock>, audit_key: Vec<u8>) -> Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = backend_of(url)?;
        let (url, max_connections) = match backend {
            Backend::Sqlite => {
                let path = sqlite_path(url).ok_or(StoreError::UnsupportedUrl)?;
                if mode == OpenMode::MustExist && !path.exists() {
                    return Err(StoreError::DatabaseMissing(path));
                }
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent).map_err(|e| StoreError::Backup(e.to_string()))?;
                }
                (format!("sqlite://{}?mode=rwc", path.display()), 8)
            }
            Backend::Postgres => (url.to_owned(), 16),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        // Deleted and overwritten content is zeroed in the
                        // file, so an erased family cannot be read back from it.
                        conn.execute("PRAGMA secure_delete = ON").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        // Until a keyring is configured, notes are sealed with a key derived
        // from the same deployment secret as the audit key.
        let derived = hearth_core::secrets::derive_key(&audit_key, "hearth notes v1");
        let keyring = Keyring::new(vec![Key::new("k0", &derived)?])?;
        let activity = Arc::new(messaging::ActivityFeed::new(backend, &url));
        Ok(Self {
            pool,
            shared: Arc::new(Shared {
                backend,
                clock,
                audit_key,
                keyring,
                statements: Default::default(),
                transactions: Default::default(),
                activity,
                erasure_log: None,
            }),
        })
    }

    /// Uses a configured keyring for sealed text (see `hearth notes rotate-key`).
    pub fn with_keyring(self, keyring: Keyring) -> Self {
        let erasure_log = self.shared.erasure_log.clone();
        self.rebuilt(keyring, erasure_log)
    }

    /// Writes every erasure to this file as well (see `hearth restore`).
    pub fn with_erasure_log(self, log: data_protection::ErasureLog) -> Self {
        let keyring = self.shared.keyring.clone();
        self.rebuilt(keyring, Some(log))
    }

    fn rebuilt(self, keyring: Keyring, erasure_log: Option<data_protection::ErasureLog>) -> Self {
        let shared = Shared {
            backend: self.shared.backend,
            clock: self.shared.clock.clone(),
            audit_key: self.shared.audit_key.clone(),
            keyring,
            statements: Default::default(),
            transactions: Default::default(),
            activity: self.shared.activity.clone(),
            erasure_log,
        };
        Self { pool: self.pool, shared: Arc::new(shared) }
    }

    pub(crate) fn keyring(&self) -> &Keyring {
        &self.shared.keyring
    }

    pub fn backend(&self) -> Backend {
        self.shared.backend
    }

    pub fn now(&self) -> Timestamp {
        self.shared.clock.now()
    }

    pub fn clock(&self) -> Arc<dyn Clock> {
        self.shared.clock.clone()
    }

    pub async fn migrate(&self) -> Result<usize> {
        schema::migrate(self).await
    }

    /// The highest migration applied.
    pub async fn schema_version(&self) -> Result<i64> {
        schema::current_version(self).await
    }

    /// Answers whether the database takes a query, for `/healthz`.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.shared.activity.stop();
        self.pool.close().await;
    }

    /// Starts a transaction that changes data. On SQLite it takes the write
    /// lock at once, so a transaction that reads and then writes cannot fail
    /// half-way on a busy database.
    pub async fn begin(&self) -> Result<Tx> {
        self.shared.transactions.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let inner = match self.shared.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(Tx {
            inner,
            pool: self.pool.clone(),
            shared: self.shared.clone(),
            pending_audit: Vec::new(),
            pending_activity: Vec::new(),
            reading: false,
        })
    }

    /// Starts a transaction that only reads (and records that it read). On
    /// SQLite it does not take the write lock, so pages read side by side;
    /// its audit rows are chained at commit in a short write transaction of
    /// their own, before the page is sent, so nothing read leaves unrecorded.
    pub async fn begin_read(&self) -> Result<Tx> {
        self.shared.transactions.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let inner = self.pool.begin().await?;
        Ok(Tx {
            inner,
            pool: self.pool.clone(),
            shared: self.shared.clone(),
            pending_audit: Vec::new(),
            pending_activity: Vec::new(),
            reading: true,
        })
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// What happens in conversations from now on, once committed, in this
    /// process or (on PostgreSQL, after [`Store::follow_live_activity`]) any.
    pub fn live_activity(&self) -> tokio::sync::broadcast::Receiver<messaging::LiveActivity> {
        self.shared.activity.subscribe()
    }

    /// On PostgreSQL, starts listening for what every process commits in
    /// conversations (`LISTEN`); once per store. On SQLite there is nothing
    /// to follow: one process serves the file.
    pub async fn follow_live_activity(&self) -> Result<()> {
        self.shared.activity.follow().await
    }

    /// Takes the query planner's statistics afresh (`ANALYZE`), after a bulk
    /// load or a restore, so queries are planned for the data as it is. On
    /// SQLite from a sample of each index, as `PRAGMA optimize` does, so it
    /// takes seconds rather than minutes on a national-scale file.
    pub async fn refresh_planner_statistics(&self) -> Result<()> {
        let mut connection = self.pool.acquire().await?;
        if self.shared.backend == Backend::Sqlite {
            connection.execute("PRAGMA analysis_limit = 1000").await?;
        }
        connection.execute("ANALYZE").await?;
        Ok(())
    }

    /// Reads outside a transaction (verification, counts for progress).
    pub(crate) async fn read_all<S: QueryStatementWriter>(&self, stmt: &S) -> Result<Vec<AnyRow>> {
        self.shared.count_statement();
        let (sql, values) = render(self.shared.backend, stmt);
        Ok(sqlx::query_with(AssertSqlSafe(sql), values).fetch_all(&self.pool).await?)
    }

    /// Runs a statement outside a transaction, for data that is not personal.
    pub(crate) async fn fetch_optional<S: QueryStatementWriter>(&self, stmt: &S) -> Result<Option<AnyRow>> {
        self.shared.count_statement();
        let (sql, values) = render(self.shared.backend, stmt);
        Ok(sqlx::query_with(AssertSqlSafe(sql), values).fetch_optional(&self.pool).await?)
    }
}

impl Store {
    /// How many statements this store has run (every transaction's and the
    /// few run outside one), for tests that keep pages from growing queries.
    pub fn statements_run(&self) -> u64 {
        self.shared.statements.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many transactions have been begun. A read's audit rows on SQLite
    /// are chained in a short write step at its commit, not counted here.
    pub fn transactions_begun(&self) -> u64 {
        self.shared.transactions.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Shared {
    fn count_statement(&self) {
        self.statements.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

fn render<S: QueryStatementWriter>(backend: Backend, stmt: &S) -> (String, SqlxValues) {
    let (sql, values) = match backend {
        Backend::Sqlite => stmt.build(SqliteQueryBuilder),
        Backend::Postgres => stmt.build(PostgresQueryBuilder),
    };
    (sql, SqlxValues(values))
}

/// A transaction. Dropping it without [`Tx::commit`] rolls everything back,
/// audit rows included.
pub struct Tx {
    inner: sqlx::Transaction<'static, Any>,
    pool: AnyPool,
    shared: Arc<Shared>,
    /// Audit rows recorded by this transaction, chained at commit.
    pending_audit: Vec<hearth_core::audit::AuditRow>,
    /// What this transaction did in conversations, announced once committed.
    pending_activity: Vec<messaging::LiveActivity>,
    /// Begun with `Store::begin_read`.
    reading: bool,
}

impl Tx {
    pub fn now(&self) -> Timestamp {
        self.shared.clock.now()
    }

    pub(crate) fn keyring(&self) -> &Keyring {
        &self.shared.keyring
    }

    pub(crate) fn backend(&self) -> Backend {
        self.shared.backend
    }

    pub(crate) async fn execute<S: QueryStatementWriter>(&mut self, stmt: &S) -> Result<u64> {
        if self.reading {
            return Err(StoreError::WriteWhileReading);
        }
        self.shared.count_statement();
        let (sql, values) = render(self.shared.backend, stmt);
        let done = sqlx::query_with(AssertSqlSafe(sql), values).execute(&mut *self.inner).await?;
        Ok(done.rows_affected())
    }

    pub(crate) async fn fetch_all<S: QueryStatementWriter>(&mut self, stmt: &S) -> Result<Vec<AnyRow>> {
        self.shared.count_statement();
        let (sql, values) = render(self.shared.backend, stmt);
        Ok(sqlx::query_with(AssertSqlSafe(sql), values).fetch_all(&mut *self.inner).await?)
    }

    pub(crate) async fn fetch_optional<S: QueryStatementWriter>(&mut self, stmt: &S) -> Result<Option<AnyRow>> {
        self.shared.count_statement();
        let (sql, values) = render(self.shared.backend, stmt);
        Ok(sqlx::query_with(AssertSqlSafe(sql), values).fetch_optional(&mut *self.inner).await?)
    }

    pub(crate) async fn fetch_one<S: QueryStatementWriter>(&mut self, stmt: &S) -> Result<AnyRow> {
        self.shared.count_statement();
        let (sql, values) = render(self.shared.backend, stmt);
        Ok(sqlx::query_with(AssertSqlSafe(sql), values).fetch_one(&mut *self.inner).await?)
    }

    pub(crate) async fn execute_raw(&mut self, sql: String) -> Result<()> {
        (&mut *self.inner).execute(AssertSqlSafe(sql)).await?;
        Ok(())
    }

    /// Chains the audit rows this transaction recorded, then commits both
    /// them and what they record, together.
    pub async fn commit(mut self) -> Result<()> {
        if self.reading && self.shared.backend == Backend::Sqlite && !self.pending_audit.is_empty() {
            // A deferred SQLite transaction cannot start writing once another
            // has committed since it began reading; its rows go in a write
            // transaction of their own, committed before this one returns.
            let pending = std::mem::take(&mut self.pending_audit);
            self.inner.commit().await?;
            let inner = self.pool.begin_with("BEGIN IMMEDIATE").await?;
            let mut writer = Tx {
                inner,
                pool: self.pool.clone(),
                shared: self.shared.clone(),
                pending_audit: pending,
                pending_activity: Vec::new(),
                reading: false,
            };
            writer.chain_pending_audit().await?;
            writer.inner.commit().await?;
            return Ok(());
        }
        // Chaining its audit rows is the one write a reading transaction makes.
        self.reading = false;
        self.chain_pending_audit().await?;
        let activity = std::mem::take(&mut self.pending_activity);
        if self.shared.backend == Backend::Postgres {
            // Delivered to every listening process when, and only if, this commits.
            for happened in &activity {
                sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(messaging::ACTIVITY_CHANNEL)
                    .bind(happened.encode())
                    .execute(&mut *self.inner)
                    .await?;
            }
        }
        self.inner.commit().await?;
        if self.shared.backend == Backend::Sqlite {
            // One process serves an SQLite file: it tells its own pages.
            for happened in activity {
                self.shared.activity.announce(happened);
            }
        }
        Ok(())
    }

    /// Keeps something that happened in a conversation to announce at commit.
    pub(crate) fn announce(&mut self, happened: messaging::LiveActivity) {
        self.pending_activity.push(happened);
    }

    /// Whether this transaction was begun to read only.
    pub(crate) fn is_reading(&self) -> bool {
        self.reading
    }
}

/// Which page of a long list to show: numbered from 1, of a bounded size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    number: u64,
    size: u64,
}

impl PageRequest {
    pub const MAX_SIZE: u64 = 200;

    /// Out-of-range numbers are brought into range: page 0 is page 1.
    pub fn new(number: u64, size: u64) -> Self {
        Self { number: number.max(1), size: size.clamp(1, Self::MAX_SIZE) }
    }
    pub fn number(self) -> u64 {
        self.number
    }
    pub fn size(self) -> u64 {
        self.size
    }
    pub(crate) fn offset(self) -> u64 {
        (self.number - 1).saturating_mul(self.size)
    }
}

/// One page of a list, and how long the whole list is.
#[derive(Debug, Clone)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: PageRequest,
}

impl<T> Paged<T> {
    pub fn empty(page: PageRequest) -> Self {
        Self { items: Vec::new(), total: 0, page }
    }
    /// How many pages the whole list fills (at least one).
    pub fn pages(&self) -> u64 {
        self.total.div_ceil(self.page.size).max(1)
    }
    pub fn has_next(&self) -> bool {
        self.page.number < self.pages()
    }
    pub fn has_previous(&self) -> bool {
        self.page.number > 1
    }
}

/// A LIKE pattern for text containing `needle` as typed: its `%`, `_` and
/// backslash match themselves, on both databases.
pub(crate) fn containing(needle: &str) -> sea_query::LikeExpr {
    let escaped = needle.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    sea_query::LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// Reads columns out of a row with a clear error when the shape is wrong.
pub(crate) mod col {
    use sqlx::Row;
    use sqlx::any::AnyRow;

    use crate::{Result, StoreError};

    pub fn text(row: &AnyRow, name: &'static str) -> Result<String> {
        row.try_get::<String, _>(name).map_err(|_| StoreError::Corrupt(name))
    }
    pub fn opt_text(row: &AnyRow, name: &'static str) -> Result<Option<String>> {
        row.try_get::<Option<String>, _>(name).map_err(|_| StoreError::Corrupt(name))
    }
    pub fn int(row: &AnyRow, name: &'static str) -> Result<i64> {
        row.try_get::<i64, _>(name).map_err(|_| StoreError::Corrupt(name))
    }
    pub fn bytes(row: &AnyRow, name: &'static str) -> Result<Vec<u8>> {
        row.try_get::<Vec<u8>, _>(name).map_err(|_| StoreError::Corrupt(name))
    }
    pub fn opt_int(row: &AnyRow, name: &'static str) -> Result<Option<i64>> {
        row.try_get::<Option<i64>, _>(name).map_err(|_| StoreError::Corrupt(name))
    }
}

/// A fresh, empty database for one test: a temporary SQLite file, or a new
/// PostgreSQL database when `HEARTH_TEST_DATABASE_URL` names a server. Only
/// with the `testing` feature, which test suites turn on.
#[cfg(feature = "testing")]
pub mod testing {
    use super::*;
    pub use tempfile::TempDir;

    pub struct TestDatabase {
        pub url: String,
        _dir: Option<TempDir>,
    }

    pub async fn fresh_database() -> Result<TestDatabase> {
        match std::env::var("HEARTH_TEST_DATABASE_URL") {
            Ok(server) if !server.is_empty() => {
                sqlx::any::install_default_drivers();
                let name = format!("hearth_test_{}", hearth_core::secrets::new_token()?.get(..20).unwrap_or("x"));
                let admin = AnyPoolOptions::new().max_connections(1).connect(&server).await?;
                sqlx::query(AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&admin).await?;
                admin.close().await;
                let base = server.rsplit_once('/').map(|(b, _)| b).unwrap_or(&server);
                Ok(TestDatabase { url: format!("{base}/{name}"), _dir: None })
            }
            _ => {
                let dir = tempfile::Builder::new()
                    .prefix("hearth-test-")
                    .tempdir()
                    .map_err(|e| StoreError::Backup(e.to_string()))?;
                let url = format!("sqlite://{}", dir.path().join("hearth.db").display());
                Ok(TestDatabase { url, _dir: Some(dir) })
            }
        }
    }
}
