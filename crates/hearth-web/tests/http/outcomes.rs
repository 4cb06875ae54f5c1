//! Outcome monitoring against a small dataset counted by hand: families
//! met face to face, online and both; sessions, no-shows and abrupt ends;
//! days to first contact; follow-ups on time; check-in and assessment
//! change; session feedback. And the anonymised export never shows a cell
//! about fewer than five families.

use std::collections::BTreeMap;

use hearth_core::access::Actor;
use hearth_core::accounts::Role;
use hearth_core::assessment::{Engagement, FactorKind, Level, ProportionateResponse, Rating};
use hearth_core::families::{FamilyName, MemberName, MemberRole};
use hearth_core::ids::{FamilyId, MemberId};
use hearth_core::modality::ContactKind;
use hearth_core::support_sessions::{SessionMode, SessionOutcome};
use hearth_store::assessment::{NewAssessment, RatedFactor};
use hearth_store::checkins::Answering;
use hearth_store::families::MemberDetails;
use hearth_store::support_sessions::NewSupportSession;

use crate::support::{Fallible, TestApp, TestResult, plain};

const DAY: i64 = 86_400;

/// A session `days_ago` that ended as `outcome`, with a follow-up due a
/// day later, done (on time or late) or not.
async fn session(
    app: &TestApp,
    who: &Actor,
    family: &FamilyId,
    member: &MemberId,
    mode: SessionMode,
    outcome: SessionOutcome,
    days_ago: i64,
) -> Fallible<()> {
    let mut tx = app.store.begin().await?;
    let now = tx.now();
    let new = NewSupportSession {
        mode,
        contact_kind: ContactKind::CheckIn,
        starts_at: now.minus_seconds(days_ago * DAY),
        minutes: 45,
        place: "Office".into(),
        members: vec![member.clone()],
        colleagues: Vec::new(),
        guardrail_override: Some(("test data".into(), String::new())),
    };
    let id = tx.schedule_session(who, family, None, &new).await?;
    let read = tx.read_family(who, family).await?;
    let held = tx.support_session(&read, &id).await?.ok_or("session")?;
    tx.record_outcome(who, &held, outcome, None, None).await?;
    tx.commit().await?;
    Ok(())
}

fn rating(key: &str, kind: FactorKind, value: &str) -> Fallible<RatedFactor> {
    Ok(RatedFactor {
        key: key.into(),
        level: Level::Individual,
        kind,
        title: key.into(),
        rating: Rating::parse(value).ok_or("rating")?,
        evidence: Vec::new(),
    })
}

#[tokio::test]
async fn outcome_figures_match_a_hand_count_and_the_export_hides_small_cells() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, north) = app.organisation("Org").await?;
    let mut tx = app.store.begin().await?;
    let south = tx.create_team(&org, "South").await?;
    tx.commit().await?;
    let pat = app.user(&org, Some(&north), Role::Practitioner, "pat@org.example").await?;
    let sam = app.user(&org, Some(&north), Role::Supervisor, "sam@org.example").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let p = &pat.actor;

    // Six families referred 30 days ago: five in North met face to face, one
    // in North met online, one in South met both ways.
    app.clock.advance_seconds(-30 * DAY);
    let mut tx = app.store.begin().await?;
    let mut families = Vec::new();
    for (i, team) in [&north, &north, &north, &north, &north, &north, &south].into_iter().enumerate() {
        let f = tx.create_family(p, &FamilyName::parse(&format!("Family {i}"))?, Some(team)).await?;
        let details = MemberDetails {
            name: MemberName::parse("Parent")?,
            role: MemberRole::Parent,
            languages: String::new(),
            needs_translator: false,
            whereabouts: None,
            contact_preferences: None,
        };
        let m = tx.add_member(p, &f, &details).await?;
        families.push((f, m));
    }
    tx.commit().await?;
    app.clock.advance_seconds(30 * DAY);

    // Face to face: first contact 20 days after referral (10 days ago), one more each.
    for (f, m) in &families[..5] {
        session(&app, p, f, m, SessionMode::InPerson, SessionOutcome::Held, 10).await?;
        session(&app, p, f, m, SessionMode::Group, SessionOutcome::Held, 5).await?;
    }
    // Online: a no-show 26 days after referral, held at 27, ended abruptly at 28.
    let (online, online_member) = &families[5];
    session(&app, p, online, online_member, SessionMode::Video, SessionOutcome::NoShow, 4).await?;
    session(&app, p, online, online_member, SessionMode::Video, SessionOutcome::Held, 3).await?;
    session(&app, p, online, online_member, SessionMode::Phone, SessionOutcome::EndedAbruptly, 2).await?;
    // Hybrid, in South: face to face at 24, by video at 25.
    let (hybrid, hybrid_member) = &families[6];
    session(&app, p, hybrid, hybrid_member, SessionMode::InPerson, SessionOutcome::Held, 6).await?;
    session(&app, p, hybrid, hybrid_member, SessionMode::Video, SessionOutcome::Held, 5).await?;

    // The online family's wellbeing check-ins: 15, then 8; and two session feedbacks.
    let mut tx = app.store.begin().await?;
    let wellbeing = tx.instrument(&org, "wellbeing-check-in").await?.ok_or("instrument")?;
    let feedback = tx.instrument(&org, "session-feedback").await?.ok_or("instrument")?;
    tx.commit().await?;
    for (instrument, values) in [
        (&wellbeing, [3, 1, 1, 3, 1].as_slice()),
        (&feedback, [3, 3, 2, 2].as_slice()),
        (&wellbeing, [1, 2, 2, 1, 2].as_slice()),
        (&feedback, [3, 3, 3, 3].as_slice()),
    ] {
        app.clock.advance_seconds(60);
        let answers: BTreeMap<String, i64> =
            instrument.items.iter().zip(values).map(|(item, v)| (item.key.clone(), *v)).collect();
        let score = instrument.score(&answers).ok_or("score")?;
        let mut tx = app.store.begin().await?;
        let answering = Answering::ByPhone { family: online, member: online_member, request: None };
        tx.record_check_in(p, answering, instrument, &answers, &score).await?;
        tx.commit().await?;
    }
    // A face-to-face family assessed twice: concern 5 then 3, protection 1 then 3.
    let (assessed, _) = &families[0];
    for (concern, protective) in [("3", "1"), ("1", "3")] {
        app.clock.advance_seconds(60);
        let mut tx = app.store.begin().await?;
        let now = tx.now();
        let assessment = NewAssessment {
            assessed_on: now,
            ratings: vec![
                rating("withdrawal-and-secrecy", FactorKind::Concern, concern)?,
                rating("contact-with-recruiters", FactorKind::Concern, "2")?,
                rating("warm-relationships", FactorKind::Protective, protective)?,
            ],
            engagement: Engagement::Genuine,
            engagement_note: String::new(),
            young_person: "Talking again".into(),
            response: ProportionateResponse::UniversalServices,
            proportionality: "Low".into(),
        };
        tx.record_assessment(p, assessed, None, &assessment).await?;
        tx.commit().await?;
    }

    let client = app.client()?;
    app.sign_in(&client, &sam).await?;
    let page = plain(&client.get(app.url("/outcomes")).send().await?.text().await?).replace('\n', "");
    let row = |key: &str| -> Vec<String> {
        let start = page.find(&format!("id=\"measure-{key}\"")).map(|i| &page[i..]).unwrap_or_default();
        let row = start.split("</tr>").next().unwrap_or_default();
        row.split("<td>").skip(1).map(|c| c.split("</td>").next().unwrap_or_default().to_owned()).collect()
    };
    // Columns: face to face, online, hybrid, all.
    assert_eq!(row("families"), ["5", "1", "1", "7"], "{page}");
    assert_eq!(row("sessions_held"), ["10", "1", "2", "13"]);
    assert_eq!(row("no_shows"), ["0", "1", "0", "1"]);
    assert_eq!(row("ended_abruptly"), ["0", "1", "0", "1"]);
    assert_eq!(
        row("first_contact_days"),
        ["20", "27", "24", "20"],
        "the online family's first contact took place at 27"
    );
    assert_eq!(row("check_in_change-wellbeing-check-in"), ["—", "-7.0", "—", "-7.0"], "15 then 8");
    assert_eq!(row("concern_change"), ["-2.0", "—", "—", "-2.0"]);
    assert_eq!(row("protection_change"), ["2.0", "—", "—", "2.0"]);
    assert_eq!(row("feedback"), ["—", "11.0", "—", "11.0"], "10 and 12");

    // A team narrows it; the admin sees it too; practitioners do not.
    let south_page = plain(&client.get(app.url(&format!("/outcomes?team={south}"))).send().await?.text().await?);
    assert!(south_page.replace('\n', "").contains("<td>0</td><td>0</td><td>1</td><td>1</td>"), "{south_page}");
    let admin_client = app.client()?;
    app.sign_in(&admin_client, &admin).await?;
    assert_eq!(admin_client.get(app.url("/outcomes")).send().await?.status(), 200);
    let pat_client = app.client()?;
    app.sign_in(&pat_client, &pat).await?;
    assert_eq!(pat_client.get(app.url("/outcomes")).send().await?.status(), 403);

    let csv = client.get(app.url("/outcomes.csv")).send().await?.text().await?;
    assert!(csv.lines().any(|l| l == "families,5,1,1,7"), "{csv}");

    // Anonymised: only the face-to-face families of North (and all of them
    // together) are five or more; every other cell is suppressed.
    let anonymised = client.get(app.url("/outcomes/anonymised.csv")).send().await?.text().await?;
    let mut lines = anonymised.lines();
    let header: Vec<&str> = lines.next().ok_or("header")?.split(',').collect();
    let families_at = header.iter().position(|h| *h == "families").ok_or("families column")?;
    let mut shown = 0;
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        let families = cells[families_at];
        if families == "suppressed" {
            assert!(cells[4..].iter().all(|c| *c == "suppressed"), "a small group shows nothing: {line}");
        } else {
            assert!(families.parse::<u64>()? >= 5, "{line}");
            shown += 1;
        }
        assert!(!line.contains("Family "), "no family is named");
    }
    assert_eq!(shown, 4, "all teams: face to face and all; North: face to face and all\n{anonymised}");
    Ok(())
}
