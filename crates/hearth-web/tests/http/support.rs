//! The test harness: a fresh database and app per test on a random port,
//! a real SMTP sink on loopback, a clock the test moves, and HTTP clients.

use std::sync::{Arc, Mutex};

use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, NewPassword, Role, TotpSecret};
use hearth_core::clock::{Clock, ManualClock, SystemClock};
use hearth_core::ids::{OrganisationId, TeamId, UserId};
use hearth_core::organisations::OrganisationName;
use hearth_store::accounts::NewUser;
use hearth_store::sessions::SessionStage;
use hearth_store::testing::{TestDatabase, fresh_database};
use hearth_store::{OpenMode, Store};
use hearth_web::mail::{Mailer, SmtpSecurity, SmtpSettings};
use hearth_web::{AppState, WebSettings};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

pub type TestResult = Result<(), Box<dyn std::error::Error>>;
pub type Fallible<T> = Result<T, Box<dyn std::error::Error>>;

pub const PASSWORD: &str = "correct horse battery staple";

/// A minimal SMTP server that accepts every message and keeps it.
#[derive(Clone, Default)]
pub struct SmtpSink {
    pub messages: Arc<Mutex<Vec<String>>>,
}

impl SmtpSink {
    pub async fn start() -> Fallible<(Self, u16)> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let sink = Self::default();
        let messages = sink.messages.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let messages = messages.clone();
                tokio::spawn(async move {
                    let (read, mut write) = stream.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                    let mut in_data = false;
                    let mut data = String::new();
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                if let Ok(mut m) = messages.lock() {
                                    m.push(std::mem::take(&mut data));
                                }
                                let _ = write.write_all(b"250 queued\r\n").await;
                            } else {
                                data.push_str(line.strip_prefix('.').unwrap_or(&line));
                                data.push('\n');
                            }
                            continue;
                        }
                        let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" | "HELO" => b"250 sink\r\n",
                            "DATA" => {
                                in_data = true;
                                b"354 go ahead\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                break;
                            }
                            _ => b"250 ok\r\n",
                        };
                        let _ = write.write_all(reply).await;
                    }
                });
            }
        });
        Ok((sink, port))
    }

    pub fn all(&self) -> Vec<String> {
        self.messages.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// Waits briefly for a message to arrive (sending is asynchronous).
    pub async fn wait_for(&self, count: usize) -> Vec<String> {
        for _ in 0..100 {
            let all = self.all();
            if all.len() >= count {
                return all;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        self.all()
    }
}

/// Decodes a quoted-printable or base64 body well enough to find links.
pub fn decoded_body(message: &str) -> String {
    let (headers, body) = message.split_once("\n\n").unwrap_or((message, ""));
    if headers.to_ascii_lowercase().contains("content-transfer-encoding: base64") {
        let joined: String = body.lines().collect();
        return decode_base64(&joined).unwrap_or_default();
    }
    decode_quoted_printable(&body.replace("=\n", ""))
}

/// `=XX` escapes back to the bytes they stand for.
fn decode_quoted_printable(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn decode_base64(text: &str) -> Option<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.bytes().filter(|c| *c != b'=' && !c.is_ascii_whitespace()) {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        bits = (bits << 6) | v;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    String::from_utf8(out).ok()
}

pub struct TestApp {
    pub base: String,
    pub store: Store,
    pub clock: ManualClock,
    pub smtp: SmtpSink,
    /// For running due work (reminders, overdue aftercare) after moving the clock.
    pub state: AppState,
    pub db_url: String,
    /// Where erasures are written down outside the database.
    pub erasure_log: std::path::PathBuf,
    _db: TestDatabase,
    _log_dir: hearth_store::testing::TempDir,
}

impl TestApp {
    pub async fn spawn() -> Fallible<Self> {
        Self::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(adjust: impl FnOnce(&mut WebSettings)) -> Fallible<Self> {
        let db = fresh_database().await?;
        let clock = ManualClock::new(SystemClock.now());
        let log_dir = hearth_store::testing::TempDir::new()?;
        let erasure_log = log_dir.path().join("erasures.log");
        let store =
            Store::open(&db.url, OpenMode::CreateIfMissing, Arc::new(clock.clone()), b"test audit key".to_vec())
                .await?
                .with_erasure_log(hearth_store::data_protection::ErasureLog::at(&erasure_log));
        let (smtp, smtp_port) = SmtpSink::start().await?;
        let mailer = Mailer::new(&SmtpSettings {
            host: "127.0.0.1".into(),
            port: smtp_port,
            security: SmtpSecurity::None,
            username: None,
            password: None,
            from: "Hearth <hearth@example.org>".into(),
        })?;
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let base = format!("http://{addr}");
        let mut settings = WebSettings::for_public_url(&base, b"test address key".to_vec());
        adjust(&mut settings);
        let metrics = Some(metrics_exporter_prometheus::PrometheusBuilder::new().build_recorder().handle());
        store.follow_live_activity().await?;
        let live = hearth_web::LiveRooms::start(&store);
        let state =
            AppState { store: store.clone(), settings: Arc::new(settings), mailer: Some(mailer), metrics, live };
        let app = hearth_web::router(state.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>()).await;
        });
        Ok(Self { base, store, clock, smtp, state, db_url: db.url.clone(), erasure_log, _db: db, _log_dir: log_dir })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A browser-like client: keeps cookies, does not follow redirects so
    /// tests can see where they lead.
    pub fn client(&self) -> Fallible<reqwest::Client> {
        Ok(reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build()?)
    }

    pub async fn organisation(&self, name: &str) -> Fallible<(OrganisationId, TeamId)> {
        let mut tx = self.store.begin().await?;
        let org = tx.create_organisation(&OrganisationName::parse(name)?).await?;
        let team = tx.create_team(&org, &format!("{name} team")).await?;
        tx.commit().await?;
        Ok((org, team))
    }

    /// Creates an account directly (with a password and, for staff, a TOTP secret).
    pub async fn user(
        &self,
        org: &OrganisationId,
        team: Option<&TeamId>,
        role: Role,
        email: &str,
    ) -> Fallible<TestUser> {
        let hash = NewPassword::parse(PASSWORD, None)?.hash()?;
        let secret = TotpSecret::generate()?;
        let with_totp = role.is_staff();
        let mut tx = self.store.begin().await?;
        let id = tx
            .create_user(NewUser {
                organisation_id: org,
                email: &EmailAddress::parse(email)?,
                display_name: &DisplayName::parse(email.split('@').next().unwrap_or(email))?,
                role,
                team_id: team,
                password_hash: Some(&hash),
                totp_secret: with_totp.then(|| secret.to_base32()).as_deref(),
                language: None,
            })
            .await?;
        tx.commit().await?;
        Ok(TestUser {
            actor: Actor { user_id: id, organisation_id: org.clone(), role, team_id: team.cloned() },
            email: email.to_owned(),
            totp: with_totp.then_some(secret),
        })
    }

    /// A signed-in session made directly in the store; returns the cookie value.
    pub async fn session_for(&self, user: &UserId) -> Fallible<String> {
        let mut tx = self.store.begin().await?;
        let account = tx.user(user).await?.ok_or("no such account")?;
        let token = tx.start_session(&account, SessionStage::Complete, "test").await?;
        tx.commit().await?;
        Ok(format!("hearth_session={token}"))
    }

    /// Signs in through the pages: password, then the TOTP code when the account has one.
    pub async fn sign_in(&self, client: &reqwest::Client, user: &TestUser) -> TestResult {
        let response = client
            .post(self.url("/login"))
            .form(&[("email", user.email.as_str()), ("password", PASSWORD)])
            .send()
            .await?;
        let status = response.status();
        if status != 303 {
            return Err(format!("password refused: {status} {}", plain(&response.text().await?)).into());
        }
        if let Some(secret) = &user.totp {
            assert_eq!(location(&response), "/login/second-factor");
            // Move to a fresh 30-second step so a code used earlier in the test is not a replay.
            self.clock.advance_seconds(30);
            let code = secret.code_at(self.clock.now()).ok_or("code")?;
            let response =
                client.post(self.url("/login/second-factor")).form(&[("code", code.as_str())]).send().await?;
            assert_eq!(response.status(), 303);
            assert_eq!(location(&response), "/");
        }
        Ok(())
    }
}

pub struct TestUser {
    pub actor: Actor,
    pub email: String,
    pub totp: Option<TotpSecret>,
}

/// Without the marks Fluent puts around inserted values.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The member ids linked from a family's page, in order.
pub fn member_ids(page: &str, family: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for (i, _) in page.match_indices(&format!("{family}/members/")) {
        let id: String = page[i + family.len() + 9..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        if id.len() == 32 && !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

pub fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}
