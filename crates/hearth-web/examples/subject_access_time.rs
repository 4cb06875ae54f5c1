//! How long a subject-access export takes for a family with a long file: a
//! member named in 400 notes (each written and amended once, half of them
//! also about a sibling), 20 documents of 40 KB, 300 messages and 80
//! sessions, on a fresh SQLite database. The admin's preview page and the
//! ZIP download are timed over HTTP, as the admin's browser asks for them.
//! A measurement, not a test:
//!
//!     cargo run -p hearth-web --release --example subject_access_time
//!
//! `HEARTH_TEST_DATABASE_URL=postgres://…` measures on PostgreSQL instead.

// A measurement that seeds its own data, outside any request.
#![allow(clippy::disallowed_methods)]

use std::sync::Arc;
use std::time::Instant;

use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::clock::SystemClock;
use hearth_core::documents::DocumentKind;
use hearth_core::families::{FamilyName, MemberName, MemberRole};
use hearth_core::messaging::MessageText;
use hearth_core::modality::ContactKind;
use hearth_core::organisations::OrganisationName;
use hearth_core::support_sessions::SessionMode;
use hearth_core::timeline::{NoteKind, NoteText};
use hearth_store::accounts::NewUser;
use hearth_store::families::MemberDetails;
use hearth_store::sessions::SessionStage;
use hearth_store::support_sessions::NewSupportSession;
use hearth_store::{OpenMode, Store};
use hearth_web::{AppState, LiveRooms, WebSettings};

type Fallible<T> = Result<T, Box<dyn std::error::Error>>;

async fn user(store: &Store, org: &hearth_core::ids::OrganisationId, role: Role, email: &str) -> Fallible<Actor> {
    let mut tx = store.begin().await?;
    let id = tx
        .create_user(NewUser {
            organisation_id: org,
            email: &EmailAddress::parse(email)?,
            display_name: &DisplayName::parse(email)?,
            role,
            team_id: None,
            password_hash: None,
            totp_secret: None,
            language: None,
        })
        .await?;
    tx.commit().await?;
    Ok(Actor { user_id: id, organisation_id: org.clone(), role, team_id: None })
}

#[tokio::main]
async fn main() -> Fallible<()> {
    let db = hearth_store::testing::fresh_database().await?;
    let store = Store::open(&db.url, OpenMode::CreateIfMissing, Arc::new(SystemClock), b"measure key".to_vec()).await?;
    let mut tx = store.begin().await?;
    let org = tx.create_organisation(&OrganisationName::parse("Measured")?).await?;
    tx.commit().await?;
    let pat = user(&store, &org, Role::Practitioner, "pat@measure.example").await?;
    let admin = user(&store, &org, Role::OrganisationAdmin, "admin@measure.example").await?;
    let amina_account = user(&store, &org, Role::FamilyMember, "amina@measure.example").await?;

    let seeding = Instant::now();
    let mut tx = store.begin().await?;
    let family = tx.create_family(&pat, &FamilyName::parse("Measured family")?, None).await?;
    let member = |name: &str| -> Fallible<MemberDetails> {
        Ok(MemberDetails {
            name: MemberName::parse(name)?,
            role: MemberRole::Parent,
            languages: "Arabic, Dutch".into(),
            needs_translator: false,
            whereabouts: None,
            contact_preferences: Some("Evenings, by phone".into()),
        })
    };
    let amina = tx.add_member(&pat, &family, &member("Amina")?).await?;
    let sara = tx.add_member(&pat, &family, &member("Sara")?).await?;
    tx.link_member_account(&org, &amina, &amina_account.user_id).await?;
    let now = tx.now();
    let text = "Visited at home with a translator; talked about school, sleep and the plan. ".repeat(8);
    for i in 0..400 {
        let about = if i % 2 == 0 { vec![amina.clone()] } else { vec![amina.clone(), sara.clone()] };
        let note = tx.add_note(&pat, &family, NoteKind::HomeVisit, now, &NoteText::parse(&text)?, &about).await?;
        tx.amend_note(&pat, &family, &note, &NoteText::parse(&format!("{text} (amended)"))?).await?;
    }
    let document = vec![b'x'; 40 * 1024];
    for i in 0..20 {
        tx.add_document(&pat, &family, &format!("letter-{i}.txt"), DocumentKind::Text, &document).await?;
    }
    let read = tx.read_family(&pat, &family).await?;
    let conversation = tx.start_conversation(&pat, &read, std::slice::from_ref(&amina)).await?.ok_or("conversation")?;
    for i in 0..300 {
        tx.send_message(
            &pat,
            &conversation,
            &MessageText::parse(&format!("Message {i}: is Thursday still good?"))?,
            false,
        )
        .await?;
    }
    for i in 0..80 {
        let session = NewSupportSession {
            mode: if i % 2 == 0 { SessionMode::Video } else { SessionMode::InPerson },
            contact_kind: ContactKind::CheckIn,
            starts_at: now.minus_seconds(86_400 * (i + 1)),
            minutes: 45,
            place: "At home".into(),
            members: vec![amina.clone()],
            colleagues: Vec::new(),
            guardrail_override: None,
        };
        tx.schedule_session(&pat, &family, None, &session).await?;
    }
    let today = hearth_core::wellbeing::LocalDate::of_stored(now);
    let request = tx.open_subject_access(&admin, &amina, today).await?.ok_or("request")?;
    let account = tx.user(&admin.user_id).await?.ok_or("admin")?;
    let token = tx.start_session(&account, SessionStage::Complete, "measure").await?;
    tx.commit().await?;
    println!(
        "seeded in {:.1} s ({})",
        seeding.elapsed().as_secs_f64(),
        if db.url.starts_with("sqlite") { "SQLite" } else { "PostgreSQL" }
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let settings = WebSettings::for_public_url(&base, b"measure address key".to_vec());
    let live = LiveRooms::start(&store);
    let state = AppState { store: store.clone(), settings: Arc::new(settings), mailer: None, metrics: None, live };
    let app = hearth_web::router(state);
    tokio::spawn(async move {
        let _ = axum_serve(listener, app).await;
    });
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let cookie = format!("hearth_session={token}");
    let page = format!("{base}/data-protection/subject-access/{request}");
    for (label, url) in [("preview page", page.clone()), ("ZIP export", format!("{page}/export.zip"))] {
        let mut times = Vec::new();
        let mut bytes = 0;
        for _ in 0..5 {
            let start = Instant::now();
            let response = client.get(&url).header("cookie", &cookie).send().await?;
            assert_eq!(response.status(), 200, "{label}");
            bytes = response.bytes().await?.len();
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!("{label}: median {:.0} ms, slowest {:.0} ms, {} KB", times[2], times[4], bytes / 1024);
    }
    Ok(())
}

async fn axum_serve(listener: tokio::net::TcpListener, app: axum::Router) -> std::io::Result<()> {
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>()).await
}
