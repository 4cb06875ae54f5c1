//! `hearth bench-messaging`: the messaging load generator. It signs in N
//! pairs (a family member and her practitioner, each pair with its own
//! family and conversation) directly in the database, keeps their live
//! conversation sockets open on a running `hearth serve`, sends messages,
//! and measures send → delivery at the other end. A message is delivered
//! only once committed: the server announces it after its commit.
//! `scripts/bench-messaging` runs it against SQLite and PostgreSQL.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::families::{FamilyName, MemberName, MemberRole};
use hearth_core::organisations::OrganisationName;
use hearth_core::wellbeing::WellbeingPolicy;
use hearth_store::Store;
use hearth_store::accounts::NewUser;
use hearth_store::families::MemberDetails;
use hearth_store::sessions::SessionStage;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

type AnyError = Box<dyn std::error::Error + Send + Sync>;
type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// One pair's two sides: cookie and live address of each.
#[derive(Clone)]
pub struct Pair {
    member: (String, String),
    staff: (String, String),
}

/// Creates `pairs` pairs in a new organisation that works around the clock,
/// so no automatic reply or held-back notice skews what is measured.
pub async fn fixture(store: &Store, pairs: usize) -> Result<Vec<Pair>, AnyError> {
    let mut tx = store.begin().await?;
    let run = hex::encode(hearth_core::secrets::new_token()?.as_bytes().get(..4).unwrap_or_default());
    let org = tx.create_organisation(&OrganisationName::parse(&format!("Load test {run}"))?).await?;
    let team = tx.create_team(&org, "Load team").await?;
    let mut made = Vec::with_capacity(pairs);
    let mut around_the_clock = WellbeingPolicy::default();
    around_the_clock.guardrails.hours = [Some((0, 24 * 60)); 7];
    let mut admin = None;
    for i in 0..pairs {
        let user = |role, who: &str| (role, format!("{who}{i}-{run}@load.hearth.example"));
        let mut ids = Vec::new();
        for (role, email) in [user(Role::Practitioner, "staff"), user(Role::FamilyMember, "member")] {
            let id = tx
                .create_user(NewUser {
                    organisation_id: &org,
                    email: &EmailAddress::parse(&email)?,
                    display_name: &DisplayName::parse(&format!("{role:?} {i}"))?,
                    role,
                    team_id: (role == Role::Practitioner).then_some(&team),
                    password_hash: None,
                    totp_secret: None,
                    language: None,
                })
                .await?;
            ids.push(id);
        }
        let staff = Actor {
            user_id: ids[0].clone(),
            organisation_id: org.clone(),
            role: Role::Practitioner,
            team_id: Some(team.clone()),
        };
        if admin.is_none() {
            let mut boss = staff.clone();
            boss.role = Role::OrganisationAdmin;
            tx.save_wellbeing_policy(&boss, &around_the_clock).await?;
            admin = Some(boss);
        }
        let family = tx.create_family(&staff, &FamilyName::parse(&format!("Family {i}"))?, Some(&team)).await?;
        let details = MemberDetails {
            name: MemberName::parse(&format!("Member {i}"))?,
            role: MemberRole::Parent,
            languages: String::new(),
            needs_translator: false,
            whereabouts: None,
            contact_preferences: None,
        };
        let member = tx.add_member(&staff, &family, &details).await?;
        tx.link_member_account(&org, &member, &ids[1]).await?;
        let read = tx.read_family(&staff, &family).await?;
        let conversation =
            tx.start_conversation(&staff, &read, std::slice::from_ref(&member)).await?.ok_or("a conversation")?;
        let mut cookies = Vec::new();
        for id in &ids {
            let account = tx.user(id).await?.ok_or("an account")?;
            cookies
                .push(format!("hearth_session={}", tx.start_session(&account, SessionStage::Complete, "load").await?));
        }
        made.push(Pair {
            staff: (cookies[0].clone(), format!("/families/{family}/conversations/{}/live", conversation.id())),
            member: (cookies[1].clone(), format!("/portal/conversations/{}/live", conversation.id())),
        });
    }
    tx.commit().await?;
    Ok(made)
}

async fn connect(base: &str, (cookie, path): &(String, String)) -> Result<Socket, AnyError> {
    let url = format!("{}{path}", base.replacen("http://", "ws://", 1));
    let mut request = url.into_client_request()?;
    request.headers_mut().insert("cookie", cookie.parse()?);
    Ok(tokio_tungstenite::connect_async_with_config(request, None, true).await?.0)
}

/// Latencies in microseconds, summarised.
fn summary(label: &str, mut latencies: Vec<u64>, seconds: f64) -> String {
    latencies.sort_unstable();
    let at = |q: f64| {
        latencies.get(((latencies.len() as f64 * q).ceil() as usize).saturating_sub(1)).copied().unwrap_or(0) as f64
            / 1000.0
    };
    format!(
        "{label}: {} messages delivered in {seconds:.1} s = {:.0} messages/s; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        latencies.len(),
        latencies.len() as f64 / seconds,
        at(0.5),
        at(0.99),
        at(1.0),
    )
}

/// The marker a message carries: who sent it and when, in microseconds
/// since the run started.
fn marker_of(frame: &str) -> Option<u64> {
    let rest = &frame[frame.find("bench:")? + "bench:".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Reads one side's socket: each message from the other side is a delivery
/// (reported with its latency); each "sent" acknowledges this side's own.
fn read_side(
    mut read: futures_util::stream::SplitStream<Socket>,
    started: Instant,
    delivered: mpsc::UnboundedSender<u64>,
    acknowledged: mpsc::UnboundedSender<()>,
    own_prefix: &'static str,
) {
    tokio::spawn(async move {
        while let Some(Ok(frame)) = read.next().await {
            let Frame::Text(text) = frame else { continue };
            if text.contains("\"sent\"") {
                let _ = acknowledged.send(());
            } else if text.contains("\"message\":true")
                && !text.contains(own_prefix)
                && let Some(sent) = marker_of(&text)
            {
                let now = started.elapsed().as_micros() as u64;
                let _ = delivered.send(now.saturating_sub(sent));
            }
        }
    });
}

struct Side {
    write: futures_util::stream::SplitSink<Socket, Frame>,
    acknowledged: mpsc::UnboundedReceiver<()>,
    delivered: mpsc::UnboundedReceiver<u64>,
    tag: &'static str,
}

async fn open_side(base: &str, to: &(String, String), started: Instant, tag: &'static str) -> Result<Side, AnyError> {
    let (write, read) = connect(base, to).await?.split();
    let (delivered_tx, delivered) = mpsc::unbounded_channel();
    let (ack_tx, acknowledged) = mpsc::unbounded_channel();
    read_side(read, started, delivered_tx, ack_tx, tag);
    Ok(Side { write, acknowledged, delivered, tag })
}

impl Side {
    async fn send(&mut self, started: Instant, n: usize) -> Result<(), AnyError> {
        let at = started.elapsed().as_micros();
        self.write.send(Frame::text(format!("text={}+{n}+bench:{at}", self.tag))).await?;
        self.acknowledged.recv().await.ok_or("the socket closed")?;
        Ok(())
    }
}

/// One pair, taking turns: each message is sent only once the previous one
/// has arrived at the other end.
pub async fn ping_pong(base: &str, pair: &Pair, messages: usize) -> Result<String, AnyError> {
    let started = Instant::now();
    let mut member = open_side(base, &pair.member, started, "fromMember").await?;
    let mut staff = open_side(base, &pair.staff, started, "fromStaff").await?;
    let mut latencies = Vec::with_capacity(messages);
    let begun = Instant::now();
    for n in 0..messages {
        let (from, to) = if n % 2 == 0 { (&mut member, &mut staff) } else { (&mut staff, &mut member) };
        from.send(started, n).await?;
        latencies.push(to.delivered.recv().await.ok_or("the socket closed")?);
    }
    Ok(summary("ping-pong, 1 pair", latencies, begun.elapsed().as_secs_f64()))
}

/// Every side of every pair sends as fast as the server takes its messages
/// (each waits for its own to be taken), for `seconds`.
pub async fn flood(base: &str, pairs: &[Pair], seconds: u64) -> Result<String, AnyError> {
    let started = Instant::now();
    let mut sides = Vec::new();
    for pair in pairs {
        sides.push(open_side(base, &pair.member, started, "fromMember").await?);
        sides.push(open_side(base, &pair.staff, started, "fromStaff").await?);
    }
    let until = Instant::now() + Duration::from_secs(seconds);
    let begun = Instant::now();
    let (all_tx, mut all_rx) = mpsc::unbounded_channel::<u64>();
    let mut senders = Vec::new();
    for mut side in sides {
        let all = all_tx.clone();
        let mut delivered = std::mem::replace(&mut side.delivered, mpsc::unbounded_channel().1);
        tokio::spawn(async move {
            while let Some(latency) = delivered.recv().await {
                let _ = all.send(latency);
            }
        });
        senders.push(tokio::spawn(async move {
            let mut n = 0;
            while Instant::now() < until {
                if side.send(started, n).await.is_err() {
                    break;
                }
                n += 1;
            }
            side
        }));
    }
    drop(all_tx);
    let mut kept = Vec::new();
    for sender in senders {
        kept.push(sender.await?);
    }
    // What was sent in time and is still on its way counts when it arrives.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let elapsed = begun.elapsed().as_secs_f64() - 0.5;
    let mut latencies = Vec::new();
    while let Ok(latency) = all_rx.try_recv() {
        latencies.push(latency);
    }
    drop(kept);
    Ok(summary(&format!("{} pairs, as fast as they can", pairs.len()), latencies, elapsed))
}

/// Holds `count` idle live pages open (one member's, many times over) and
/// reports the server's resident memory then.
pub async fn idle(base: &str, pair: &Pair, count: usize, server_pid: Option<u32>) -> Result<String, AnyError> {
    let before = server_pid.and_then(resident_kib);
    let opened = Arc::new(tokio::sync::Mutex::new(Vec::with_capacity(count)));
    let mut tasks = Vec::new();
    let per_task = count.div_ceil(50);
    for t in 0..50 {
        let (base, to, opened) = (base.to_owned(), pair.member.clone(), opened.clone());
        let n = per_task.min(count.saturating_sub(t * per_task));
        tasks.push(tokio::spawn(async move {
            for _ in 0..n {
                match connect(&base, &to).await {
                    Ok(socket) => opened.lock().await.push(socket),
                    Err(e) => return Err(e.to_string()),
                }
            }
            Ok(())
        }));
    }
    for task in tasks {
        task.await?.map_err(|e| format!("opening idle connections: {e}"))?;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let during = server_pid.and_then(resident_kib);
    let held = opened.lock().await.len();
    let mib = |kib: Option<u64>| kib.map_or("unknown".to_owned(), |k| format!("{:.1} MB", k as f64 / 1024.0));
    Ok(format!("{held} idle connections: server resident memory {} (before: {})", mib(during), mib(before)))
}

fn resident_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
