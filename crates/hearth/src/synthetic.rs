//! A synthetic dataset at national scale, written through the store's own
//! methods (so every row is sealed, audited and chained as in real use): at
//! scale 1, 100 organisations, 50,000 families, 150,000 members, 2,000 staff,
//! 2,000,000 note versions, 1,000,000 sign-ins, 300,000 assessments, 500,000
//! follow-ups and about 20,000,000 audit rows. Smaller scales shrink every
//! count alike. The same seed gives the same names, texts and shapes.
//!
//! In every organisation the first practitioner carries a caseload of 40 and
//! each supervisor a team of 8: the accounts the benchmark signs in as.

use std::sync::Arc;

use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, NewPassword, Role, TotpSecret};
use hearth_core::assessment::{Catalogue, Engagement, ProportionateResponse, Rating};
use hearth_core::clock::{ManualClock, Timestamp};
use hearth_core::families::{Assignment, FamilyName, MemberName, MemberRole, Whereabouts};
use hearth_core::ids::{MemberId, TeamId, UserId};
use hearth_core::modality::ContactKind;
use hearth_core::organisations::OrganisationName;
use hearth_core::support_sessions::{SessionMode, SessionOutcome};
use hearth_core::timeline::{NoteKind, NoteText};
use hearth_store::Store;
use hearth_store::accounts::NewUser;
use hearth_store::assessment::{NewAssessment, RatedFactor};
use hearth_store::families::MemberDetails;
use hearth_store::sessions::SessionStage;
use hearth_store::support_sessions::NewSupportSession;

use crate::AnyError;

/// The first organisation's name: its presence means a dataset is there.
pub const FIRST_ORGANISATION: &str = "Synthetic Family Support 001";

/// Shared by every generated account: the dataset is for measuring, never for real data.
pub const SYNTHETIC_PASSWORD: &str = "synthetic-hearth-ember-orchard";

/// Counts at scale 1.
const ORGANISATIONS: f64 = 100.0;
const FAMILIES: f64 = 50_000.0;
const SIGN_INS: f64 = 1_000_000.0;
/// Per family (with a parent, a person of concern and a sibling): notes, of
/// which some amended, assessments, follow-ups, and reads of the file.
const NOTES_PER_FAMILY: usize = 32;
const AMENDMENTS_PER_FAMILY: usize = 8;
const ASSESSMENTS_PER_FAMILY: usize = 6;
const FOLLOW_UPS_PER_FAMILY: usize = 10;
/// Sessions besides those followed up: some held, some missed, some ended abruptly.
const OTHER_SESSIONS_PER_FAMILY: usize = 10;
/// Check-ins a member answered (wellbeing; and feedback after a session).
const CHECK_INS_PER_FAMILY: usize = 4;
/// The newest follow-ups of each family still to be done; the rest are done.
const OPEN_FOLLOW_UPS_PER_FAMILY: usize = 2;
const READS_PER_FAMILY: usize = 300;
/// Per organisation: one admin, two supervisors with a team of eight
/// practitioners each, and a community manager.
const TEAMS: usize = 2;
const TEAM_SIZE: usize = 8;
/// The busy practitioner's caseload.
const BUSY_CASELOAD: usize = 40;
/// The dataset spans this many days before now.
const SPAN_DAYS: i64 = 730;

/// The size of a dataset.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    pub organisations: usize,
    pub families_per_organisation: usize,
    pub sign_ins_per_staff: usize,
}

impl Plan {
    pub fn at_scale(scale: f64) -> Result<Self, AnyError> {
        if !(scale > 0.0 && scale <= 1.0) {
            return Err("the scale must be more than 0 and at most 1".into());
        }
        let organisations = ((ORGANISATIONS * scale).round() as usize).max(1);
        let families = ((FAMILIES * scale).round() as usize).max(organisations);
        let staff = organisations * staff_per_organisation();
        Ok(Self {
            organisations,
            families_per_organisation: families / organisations,
            sign_ins_per_staff: ((SIGN_INS * scale) as usize / staff).max(1),
        })
    }
    pub fn families(&self) -> usize {
        self.organisations * self.families_per_organisation
    }
}

fn staff_per_organisation() -> usize {
    2 + TEAMS * (1 + TEAM_SIZE)
}

/// A small, seeded generator (splitmix64): the same seed, the same dataset.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const GIVEN: [&str; 24] = [
    "Amina", "Yusuf", "Sara", "Karim", "Fatima", "Omar", "Leyla", "Daniel", "Grace", "Marieke", "Jan", "Sophie",
    "Lukas", "Emma", "Noah", "Mila", "Hassan", "Nadia", "Ibrahim", "Zainab", "Tomasz", "Ana", "Pierre", "Claire",
];
const FAMILY_NAMES: [&str; 24] = [
    "Haddad",
    "Jansen",
    "Okafor",
    "Demir",
    "de Vries",
    "Bakker",
    "El Amrani",
    "Visser",
    "Smit",
    "Meyer",
    "Dubois",
    "Yilmaz",
    "Kowalski",
    "Martin",
    "Bennani",
    "Peeters",
    "Schmidt",
    "Laurent",
    "Osman",
    "Hussein",
    "Novak",
    "Rossi",
    "Mulder",
    "Kaya",
];
const OPENINGS: [&str; 8] = [
    "Home visit with the mother.",
    "Phone call with the father.",
    "Met the family at the office.",
    "Short video call.",
    "Message exchange summarised.",
    "Call from the school.",
    "Visit with a translator.",
    "Observation after the group session.",
];
const MIDDLES: [&str; 8] = [
    "No news from the son for two weeks; the mother is not sleeping.",
    "The daughter has started at the homework club and seems calmer.",
    "The family asked about a counsellor who speaks their language.",
    "Worries about new friends online; no sign of support for violence.",
    "Contact with the son in the camp was possible once this month.",
    "The uncle offered to take the younger brother to football.",
    "Money is tight; we talked about the debt advice service.",
    "The father is angry with the police visit and does not want more contact.",
];
const CLOSINGS: [&str; 6] = [
    "Next visit in two weeks.",
    "Agreed to call again on Friday.",
    "Will discuss at the team meeting.",
    "Follow-up with the school planned.",
    "The family will let us know after the weekend.",
    "No action needed now.",
];

fn note_text(rng: &mut Seeded) -> Result<NoteText, AnyError> {
    let text = format!("{} {} {}", rng.pick(&OPENINGS), rng.pick(&MIDDLES), rng.pick(&CLOSINGS));
    Ok(NoteText::parse(&text)?)
}

/// One organisation's people, as actors.
struct Organisation {
    admin: Actor,
    supervisors: Vec<Actor>,
    /// Per team, its practitioners.
    practitioners: Vec<Vec<Actor>>,
    staff: Vec<UserId>,
}

/// An account the benchmark signs in as.
pub struct Persona {
    pub role: &'static str,
    pub email: String,
    pub totp_secret: String,
}

/// What was written.
#[derive(Debug, Default)]
pub struct Written {
    pub organisations: usize,
    pub families: usize,
    pub members: usize,
    pub staff: usize,
    pub note_versions: usize,
    pub sign_ins: usize,
    pub assessments: usize,
    pub follow_ups: usize,
    pub sessions: usize,
    pub check_ins: usize,
    pub reads: usize,
}

/// A connection to the database with its own clock: families written in
/// parallel each keep their own time line.
#[derive(Clone)]
pub struct Worker {
    pub store: Store,
    pub clock: Arc<ManualClock>,
}

impl Written {
    fn add(&mut self, other: &Written) {
        self.organisations += other.organisations;
        self.families += other.families;
        self.members += other.members;
        self.staff += other.staff;
        self.note_versions += other.note_versions;
        self.sign_ins += other.sign_ins;
        self.assessments += other.assessments;
        self.follow_ups += other.follow_ups;
        self.sessions += other.sessions;
        self.check_ins += other.check_ins;
        self.reads += other.reads;
    }
}

/// Fills the database, an organisation at a time, its families shared out
/// among the workers. `progress` is called after each family and each staff
/// member's sign-ins with the number of steps done.
pub async fn generate(
    workers: &[Worker],
    plan: Plan,
    seed: u64,
    progress: impl Fn(u64),
) -> Result<(Written, Vec<Persona>), AnyError> {
    let first = workers.first().ok_or("no worker")?;
    let now = clock_now(&first.clock);
    let start = now.minus_seconds(SPAN_DAYS * 86_400);
    let hash = NewPassword::parse(SYNTHETIC_PASSWORD, None)?.hash()?;
    let catalogue = Arc::new(Catalogue::default_catalogue().map_err(|_| "default catalogue")?);
    let mut written = Written::default();
    let mut personas = Vec::new();
    let done = Arc::new(std::sync::atomic::AtomicU64::new(0));
    for o in 0..plan.organisations {
        first.clock.set(start);
        let (org, secrets) = create_organisation(&first.store, o, &hash).await?;
        written.organisations += 1;
        written.staff += org.staff.len();
        if o == 0 {
            personas = secrets;
        }
        let org = Arc::new(org);
        let mut tasks = tokio::task::JoinSet::new();
        let count = workers.len();
        for (w, worker) in workers.iter().enumerate() {
            let (worker, org, catalogue, done) = (worker.clone(), org.clone(), catalogue.clone(), done.clone());
            tasks.spawn(async move {
                let mut mine = Written::default();
                for f in (w..plan.families_per_organisation).step_by(count) {
                    // Families arrive across the span, the newest most recently.
                    let opened =
                        start.plus_seconds(((f as i64) * SPAN_DAYS * 86_400) / plan.families_per_organisation as i64);
                    worker.clock.set(opened);
                    // Each family draws from its own seeded sequence, so the
                    // dataset is the same however many workers write it.
                    let mut rng = Seeded(seed ^ ((o as u64) << 32) ^ f as u64);
                    rng.next();
                    write_family(&worker, &org, lead_for(&org, f), &catalogue, &mut rng, now, &mut mine).await?;
                    done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                Ok::<_, AnyError>(mine)
            });
        }
        // Progress is drawn here while the workers write.
        loop {
            tokio::select! {
                joined = tasks.join_next() => match joined {
                    Some(result) => written.add(&result??),
                    None => break,
                },
                () = tokio::time::sleep(std::time::Duration::from_millis(200)) => {}
            }
            progress(done.load(std::sync::atomic::Ordering::Relaxed));
        }
        // Without statistics the planner takes the growing tables for empty
        // and scans them whole for every lookup (PostgreSQL gathers them only
        // when autovacuum runs, and it may be off): taken again as the data
        // doubles, after the 1st, 2nd, 4th … organisation.
        if (o + 1).is_power_of_two() {
            first.store.refresh_planner_statistics().await?;
        }
        let mut rng = Seeded(seed ^ ((o as u64) << 32) ^ 0xffff_ffff);
        first.clock.set(start);
        for user in &org.staff {
            let mut tx = first.store.begin().await?;
            let account = tx.user(user).await?.ok_or("generated account")?;
            for _ in 0..plan.sign_ins_per_staff {
                first.clock.advance_seconds((SPAN_DAYS * 86_400) / plan.sign_ins_per_staff as i64);
                let device =
                    rng.pick(&["Firefox on Android", "Chrome on Windows", "Safari on iPhone", "Edge on Windows"]);
                tx.start_session(&account, SessionStage::Complete, device).await?;
                written.sign_ins += 1;
            }
            tx.commit().await?;
            progress(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1);
        }
    }
    for worker in workers {
        worker.clock.set(now);
    }
    // A bulk load leaves the query planner guessing at table sizes (on
    // PostgreSQL until autovacuum catches up): a family page took ten times
    // longer on a freshly generated dataset until its statistics were taken.
    first.store.refresh_planner_statistics().await?;
    Ok((written, personas))
}

fn clock_now(clock: &ManualClock) -> Timestamp {
    hearth_core::clock::Clock::now(clock)
}

/// The first practitioner of the first team carries the busy caseload; the
/// other families go round the rest.
fn lead_for(org: &Organisation, family: usize) -> &Actor {
    if family < BUSY_CASELOAD {
        return &org.practitioners[0][0];
    }
    let others: Vec<&Actor> = org.practitioners.iter().flatten().skip(1).collect();
    others[(family - BUSY_CASELOAD) % others.len()]
}

async fn create_organisation(
    store: &Store,
    index: usize,
    hash: &str,
) -> Result<(Organisation, Vec<Persona>), AnyError> {
    let mut tx = store.begin().await?;
    let name = format!("Synthetic Family Support {:03}", index + 1);
    let id = tx.create_organisation(&OrganisationName::parse(&name)?).await?;
    let mut staff = Vec::new();
    let mut personas = Vec::new();
    let add = |role, team: Option<TeamId>, label: String| StaffToAdd { role, team, label, org: &id, index, hash };
    let (admin, email, secret) = add(Role::OrganisationAdmin, None, "admin".into()).create(&mut tx).await?;
    personas.push(Persona { role: "admin", email, totp_secret: secret });
    staff.push(admin.user_id.clone());
    let mut supervisors = Vec::new();
    let mut practitioners = Vec::new();
    for t in 0..TEAMS {
        let team = tx.create_team(&id, &format!("Team {}", t + 1)).await?;
        let (sup, email, secret) =
            add(Role::Supervisor, Some(team.clone()), format!("supervisor-{}", t + 1)).create(&mut tx).await?;
        if t == 0 {
            personas.push(Persona { role: "supervisor", email, totp_secret: secret });
        }
        staff.push(sup.user_id.clone());
        supervisors.push(sup);
        let mut members = Vec::new();
        for p in 0..TEAM_SIZE {
            let (pract, email, secret) =
                add(Role::Practitioner, Some(team.clone()), format!("practitioner-{}-{}", t + 1, p + 1))
                    .create(&mut tx)
                    .await?;
            if t == 0 && p == 0 {
                personas.push(Persona { role: "practitioner", email, totp_secret: secret });
            }
            staff.push(pract.user_id.clone());
            members.push(pract);
        }
        practitioners.push(members);
    }
    let (community, _, _) = add(Role::CommunityManager, None, "community".into()).create(&mut tx).await?;
    staff.push(community.user_id);
    tx.commit().await?;
    Ok((Organisation { admin, supervisors, practitioners, staff }, personas))
}

struct StaffToAdd<'a> {
    role: Role,
    team: Option<TeamId>,
    label: String,
    org: &'a hearth_core::ids::OrganisationId,
    index: usize,
    hash: &'a str,
}

impl StaffToAdd<'_> {
    /// The account, its e-mail address and its TOTP secret.
    async fn create(self, tx: &mut hearth_store::Tx) -> Result<(Actor, String, String), AnyError> {
        let email = EmailAddress::parse(&format!("{}@org{:03}.synthetic.example", self.label, self.index + 1))?;
        let secret = TotpSecret::generate()?.to_base32();
        let user = tx
            .create_user(NewUser {
                organisation_id: self.org,
                email: &email,
                display_name: &DisplayName::parse(&self.label.replace('-', " "))?,
                role: self.role,
                team_id: self.team.as_ref(),
                password_hash: Some(self.hash),
                totp_secret: Some(&secret),
                language: None,
            })
            .await?;
        let actor = Actor { user_id: user, organisation_id: self.org.clone(), role: self.role, team_id: self.team };
        Ok((actor, email.as_str().to_owned(), secret))
    }
}

async fn write_family(
    worker: &Worker,
    org: &Organisation,
    lead: &Actor,
    catalogue: &Catalogue,
    rng: &mut Seeded,
    now: Timestamp,
    written: &mut Written,
) -> Result<(), AnyError> {
    let clock = &worker.clock;
    let mut tx = worker.store.begin().await?;
    let surname = *rng.pick(&FAMILY_NAMES);
    let family =
        tx.create_family(lead, &FamilyName::parse(&format!("{surname} family"))?, lead.team_id.as_ref()).await?;
    written.families += 1;
    // One family in five has a co-worker from the same team.
    if rng.below(5) == 0
        && let Some(team) = org.practitioners.iter().find(|t| t.iter().any(|p| p.user_id == lead.user_id))
    {
        let co = rng.pick(team);
        if co.user_id != lead.user_id {
            let supervisor = org.supervisors.iter().find(|s| s.team_id == lead.team_id).unwrap_or(&org.admin);
            tx.assign(supervisor, &family, &co.user_id, Assignment::CoWorker).await?;
        }
    }
    let mut members: Vec<MemberId> = Vec::new();
    for (i, role) in [MemberRole::Parent, MemberRole::PersonOfConcern, MemberRole::Sibling].into_iter().enumerate() {
        let whereabouts = (role == MemberRole::PersonOfConcern).then(|| *rng.pick(&Whereabouts::ALL));
        let details = MemberDetails {
            name: MemberName::parse(&format!("{} {surname}", rng.pick(&GIVEN)))?,
            role,
            languages: (*rng.pick(&["Arabic", "Dutch", "Arabic, Dutch", "Turkish", "French", "German, English"]))
                .into(),
            needs_translator: i == 0 && rng.below(3) == 0,
            whereabouts,
            contact_preferences: None,
        };
        members.push(tx.add_member(lead, &family, &details).await?);
        written.members += 1;
    }
    let mut notes = Vec::new();
    for n in 0..NOTES_PER_FAMILY {
        clock.advance_seconds(3 * 86_400 + rng.below(86_400) as i64);
        let occurred = clock_now(clock).minus_seconds(3600);
        let about = rng.pick(&members).clone();
        let kind = *rng.pick(&NoteKind::ALL);
        notes.push(tx.add_note(lead, &family, kind, occurred, &note_text(rng)?, &[about]).await?);
        written.note_versions += 1;
        if n < AMENDMENTS_PER_FAMILY {
            tx.amend_note(lead, &family, &notes[n], &note_text(rng)?).await?;
            written.note_versions += 1;
        }
    }
    for _ in 0..ASSESSMENTS_PER_FAMILY {
        clock.advance_seconds(86_400);
        // Three different factors, from a seeded starting point.
        let first = rng.below(catalogue.factors.len());
        let ratings = (0..3.min(catalogue.factors.len()))
            .map(|i| {
                let factor = &catalogue.factors[(first + i) % catalogue.factors.len()];
                Ok(RatedFactor {
                    key: factor.key.clone(),
                    level: factor.level,
                    kind: factor.kind,
                    title: factor.title("en").into(),
                    rating: Rating::new(1 + rng.below(3) as u8).ok_or("rating")?,
                    evidence: Vec::new(),
                })
            })
            .collect::<Result<Vec<_>, AnyError>>()?;
        let assessment = NewAssessment {
            assessed_on: clock_now(clock),
            ratings,
            engagement: *rng.pick(&[Engagement::Genuine, Engagement::Mixed, Engagement::Unclear]),
            engagement_note: "Answers calls and keeps appointments.".into(),
            young_person: "Spoke about school and friends.".into(),
            response: *rng
                .pick(&[ProportionateResponse::UniversalServices, ProportionateResponse::TargetedFamilySupport]),
            proportionality: "Worry without signs of support for violence: family support.".into(),
        };
        tx.record_assessment(lead, &family, lead.team_id.as_ref(), &assessment).await?;
        written.assessments += 1;
    }
    let read = tx.read_family(lead, &family).await?;
    for n in 0..FOLLOW_UPS_PER_FAMILY {
        clock.advance_seconds(2 * 86_400);
        let starts_at = clock_now(clock);
        let session = NewSupportSession {
            mode: *rng.pick(&[SessionMode::InPerson, SessionMode::Video, SessionMode::Phone]),
            contact_kind: *rng.pick(&ContactKind::ALL),
            starts_at,
            minutes: 60,
            place: "Community centre".into(),
            members: vec![members[0].clone()],
            colleagues: Vec::new(),
            guardrail_override: None,
        };
        let id = tx.schedule_session(lead, &family, lead.team_id.as_ref(), &session).await?;
        written.sessions += 1;
        clock.advance_seconds(7200);
        if let Some(held) = tx.support_session(&read, &id).await? {
            let due = starts_at.plus_seconds(3 * 86_400);
            let follow_up = tx
                .record_outcome(
                    lead,
                    &held,
                    SessionOutcome::Held,
                    None,
                    Some((due, "Call back about the visit".into())),
                )
                .await?;
            written.follow_ups += 1;
            // Follow-ups are mostly done by now; the newest stay open.
            if n + OPEN_FOLLOW_UPS_PER_FAMILY < FOLLOW_UPS_PER_FAMILY
                && let Some(id) = follow_up
                && let Some(follow_up) = tx.follow_up(&read, &id).await?
            {
                tx.complete_follow_up(lead, &follow_up, "Doing better; school is going well.", false).await?;
            }
        }
    }
    // More sessions, not all of which took place, and the check-ins
    // answered along the way, for outcome monitoring.
    let wellbeing = tx.instrument(&lead.organisation_id, "wellbeing-check-in").await?.ok_or("instrument")?;
    let feedback = tx.instrument(&lead.organisation_id, "session-feedback").await?.ok_or("instrument")?;
    for n in 0..OTHER_SESSIONS_PER_FAMILY {
        clock.advance_seconds(86_400);
        let session = NewSupportSession {
            mode: *rng.pick(&[SessionMode::InPerson, SessionMode::Video, SessionMode::Phone, SessionMode::Chat]),
            contact_kind: *rng.pick(&ContactKind::ALL),
            starts_at: clock_now(clock),
            minutes: 45,
            place: "Community centre".into(),
            members: vec![members[0].clone()],
            colleagues: Vec::new(),
            guardrail_override: None,
        };
        let id = tx.schedule_session(lead, &family, lead.team_id.as_ref(), &session).await?;
        written.sessions += 1;
        clock.advance_seconds(3600);
        let outcome = *rng.pick(&[
            SessionOutcome::Held,
            SessionOutcome::Held,
            SessionOutcome::Held,
            SessionOutcome::Held,
            SessionOutcome::Held,
            SessionOutcome::Held,
            SessionOutcome::NoShow,
            SessionOutcome::EndedAbruptly,
            SessionOutcome::Cancelled,
        ]);
        if let Some(held) = tx.support_session(&read, &id).await? {
            tx.record_outcome(lead, &held, outcome, None, None).await?;
        }
        if n < CHECK_INS_PER_FAMILY {
            let instrument = if n == CHECK_INS_PER_FAMILY - 1 { &feedback } else { &wellbeing };
            let answers: std::collections::BTreeMap<String, i64> = instrument
                .items
                .iter()
                .map(|item| {
                    let scale = instrument.scale(&item.scale);
                    let value = scale.and_then(|s| s.options.get(rng.below(s.options.len()))).map_or(0, |o| o.value);
                    (item.key.clone(), value)
                })
                .collect();
            if let Some(score) = instrument.score(&answers) {
                let answering =
                    hearth_store::checkins::Answering::ByPhone { family: &family, member: &members[0], request: None };
                tx.record_check_in(lead, answering, instrument, &answers, &score).await?;
                written.check_ins += 1;
            }
        }
    }
    // The file is opened again and again over its life.
    let span = now.0.saturating_sub(clock_now(clock).0).max(0) / READS_PER_FAMILY as i64;
    for _ in 0..READS_PER_FAMILY {
        clock.set(Timestamp(clock_now(clock).0 + span));
        tx.read_family(lead, &family).await?;
        written.reads += 1;
    }
    tx.commit().await?;
    Ok(())
}

/// How many steps `progress` counts: each family, and each staff member's sign-ins.
pub fn steps(plan: &Plan) -> u64 {
    (plan.families() + plan.organisations * staff_per_organisation()) as u64
}

/// A clock a worker moves, so rows carry times spread over the span rather
/// than the moment they were written.
pub fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(hearth_core::clock::Clock::now(&hearth_core::clock::SystemClock)))
}

/// The benchmark accounts of a dataset already in the database, if any.
pub async fn existing_personas(store: &Store) -> Result<Option<Vec<Persona>>, AnyError> {
    let mut tx = store.begin().await?;
    if tx.organisation_by_name(FIRST_ORGANISATION).await?.is_none() {
        return Ok(None);
    }
    let mut personas = Vec::new();
    for (role, label) in [("admin", "admin"), ("supervisor", "supervisor-1"), ("practitioner", "practitioner-1-1")] {
        let email = EmailAddress::parse(&format!("{label}@org001.synthetic.example"))?;
        let user = tx.user_by_email(&email).await?.ok_or("a benchmark account is missing")?;
        personas.push(Persona {
            role,
            email: user.email,
            totp_secret: user.totp_secret.ok_or("a benchmark account has no second factor")?,
        });
    }
    tx.commit().await?;
    Ok(Some(personas))
}

/// One line per kind of record, and the time taken.
pub fn summary(w: &Written, took: std::time::Duration) -> String {
    format!(
        "generated in {:.0} s: {} organisations, {} staff, {} families, {} members, {} note versions, \
         {} sign-ins, {} assessments, {} sessions, {} follow-ups, {} check-ins, {} audited reads of a family file",
        took.as_secs_f64(),
        w.organisations,
        w.staff,
        w.families,
        w.members,
        w.note_versions,
        w.sign_ins,
        w.assessments,
        w.sessions,
        w.follow_ups,
        w.check_ins,
        w.reads
    )
}
