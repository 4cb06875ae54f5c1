//! The demo organisation: one account per role, a team and a few families,
//! so every page has something to show.

use hearth_core::access::Actor;
use hearth_core::accounts::{DisplayName, EmailAddress, NewPassword, Role, TotpSecret};
use hearth_core::assessment::{Catalogue, Engagement, ProportionateResponse, Rating};
use hearth_core::conference::{PlanAction, PlanAgreement};
use hearth_core::families::{
    Assignment, FamilyName, FamilyStatus, IdentityVerification, MemberName, MemberRole, Whereabouts,
};
use hearth_core::organisations::OrganisationName;
use hearth_core::timeline::{NoteKind, NoteText};
use hearth_store::Store;
use hearth_store::accounts::NewUser;
use hearth_store::assessment::{Evidence, NewAssessment, RatedFactor};
use hearth_store::conference::NewConference;
use hearth_store::families::{MemberDetails, RelationshipKind};

pub const DEMO_ORGANISATION: &str = "Hearth Demo Family Support";
const OTHER_ORGANISATION: &str = "Hearth Demo Other Organisation";
/// Shared by every demo account; the demo is for trying Hearth, never for real data.
pub const DEMO_PASSWORD: &str = "demo-hearth-kettle-lantern";

pub struct DemoAccount {
    pub role: Role,
    pub email: String,
    pub totp_secret: Option<String>,
}

const PEOPLE: [(&str, &str, Role); 8] = [
    ("admin@demo.hearth.example", "Alex Admin", Role::OrganisationAdmin),
    ("supervisor@demo.hearth.example", "Sam Supervisor", Role::Supervisor),
    ("practitioner@demo.hearth.example", "Pat Practitioner", Role::Practitioner),
    ("colleague@demo.hearth.example", "Quinn Colleague", Role::Practitioner),
    ("community@demo.hearth.example", "Casey Community", Role::CommunityManager),
    ("ambassador@demo.hearth.example", "Ari Ambassador", Role::PeerAmbassador),
    ("family@demo.hearth.example", "Farah Family", Role::FamilyMember),
    ("admin@other.hearth.example", "Olu Other", Role::OrganisationAdmin),
];

type AnyError = Box<dyn std::error::Error + Send + Sync>;

/// Seeds the demo organisation unless it exists, and returns its accounts.
pub async fn seed(store: &Store) -> Result<Vec<DemoAccount>, AnyError> {
    let mut tx = store.begin().await?;
    if tx.organisation_by_name(DEMO_ORGANISATION).await?.is_none() {
        let hash = NewPassword::parse(DEMO_PASSWORD, None)?.hash()?;
        let org = tx.create_organisation(&OrganisationName::parse(DEMO_ORGANISATION)?).await?;
        let other = tx.create_organisation(&OrganisationName::parse(OTHER_ORGANISATION)?).await?;
        let north = tx.create_team(&org, "North team").await?;
        tx.create_team(&org, "South team").await?;
        let mut ids = Vec::new();
        for (email, name, role) in PEOPLE {
            let email = EmailAddress::parse(email)?;
            let secret = role.is_staff().then(TotpSecret::generate).transpose()?.map(|s| s.to_base32());
            let in_other = email.as_str().ends_with("@other.hearth.example");
            let team = matches!(role, Role::Supervisor | Role::Practitioner).then_some(&north);
            let id = tx
                .create_user(NewUser {
                    organisation_id: if in_other { &other } else { &org },
                    email: &email,
                    display_name: &DisplayName::parse(name)?,
                    role,
                    team_id: team,
                    password_hash: Some(&hash),
                    totp_secret: secret.as_deref(),
                    language: None,
                })
                .await?;
            ids.push(id);
        }
        let actor = |i: usize, role| Actor {
            user_id: ids[i].clone(),
            organisation_id: org.clone(),
            role,
            team_id: Some(north.clone()),
        };
        let pat = actor(2, Role::Practitioner);
        let quinn = actor(3, Role::Practitioner);
        let sam = actor(1, Role::Supervisor);
        let haddad = tx.create_family(&pat, &FamilyName::parse("Haddad family")?, Some(&north)).await?;
        tx.create_family(&pat, &FamilyName::parse("Jansen family")?, Some(&north)).await?;
        tx.create_family(&quinn, &FamilyName::parse("Okafor family")?, Some(&north)).await?;
        tx.assign(&sam, &haddad, &quinn.user_id, Assignment::CoWorker).await?;
        let member = |name: &str, role, languages: &str, translator, whereabouts| -> Result<MemberDetails, AnyError> {
            Ok(MemberDetails {
                name: MemberName::parse(name)?,
                role,
                languages: languages.into(),
                needs_translator: translator,
                whereabouts,
                contact_preferences: None,
            })
        };
        let amina =
            tx.add_member(&pat, &haddad, &member("Amina Haddad", MemberRole::Parent, "Arabic", true, None)?).await?;
        let yusuf = tx
            .add_member(
                &pat,
                &haddad,
                &member(
                    "Yusuf Haddad",
                    MemberRole::PersonOfConcern,
                    "Arabic, Dutch",
                    false,
                    Some(Whereabouts::InCamp),
                )?,
            )
            .await?;
        tx.add_member(&pat, &haddad, &member("Sara Haddad", MemberRole::Sibling, "Dutch, English", false, None)?)
            .await?;
        tx.add_relationship(&pat, &haddad, &amina, RelationshipKind::ParentOf, &yusuf).await?;
        let family = tx.family(&haddad).await?.ok_or("demo family")?;
        tx.change_status(&pat, &family, FamilyStatus::Assessment, None).await?;
        let week_ago = tx.now().minus_seconds(7 * 86_400);
        let note = tx
            .add_note(
                &pat,
                &haddad,
                NoteKind::HomeVisit,
                week_ago,
                &NoteText::parse("First home visit with a translator. Amina has had no news from Yusuf for three weeks and is not sleeping.")?,
                std::slice::from_ref(&amina),
            )
            .await?;
        tx.amend_note(
            &pat,
            &haddad,
            &note,
            &NoteText::parse("First home visit with a translator. Amina had no news from Yusuf for three weeks; a message arrived the day after the visit. She is not sleeping well.")?,
        )
        .await?;
        let catalogue = Catalogue::default_catalogue().map_err(|_| "default catalogue")?;
        let evidence = |key: &str, rating: u8, notes: Vec<hearth_core::ids::NoteId>| -> Result<RatedFactor, AnyError> {
            let factor = catalogue.factor(key).ok_or("demo factor")?;
            Ok(RatedFactor {
                key: key.into(),
                level: factor.level,
                kind: factor.kind,
                title: factor.title("en").into(),
                rating: Rating::new(rating).ok_or("rating")?,
                evidence: notes.into_iter().map(Evidence::Note).collect(),
            })
        };
        let assessment = NewAssessment {
            assessed_on: week_ago,
            ratings: vec![
                evidence("withdrawal-and-secrecy", 2, vec![note.clone()])?,
                evidence("warm-relationships", 1, vec![note.clone()])?,
                evidence("faith-or-culture-as-anchor", 2, vec![note])?,
            ],
            engagement: Engagement::Genuine,
            engagement_note: "Amina answers every call and asked for the next visit herself.".into(),
            young_person: "Yusuf is far away and Sara, at home, feels the family only talks about her brother.".into(),
            response: ProportionateResponse::TargetedFamilySupport,
            proportionality:
                "Worry and withdrawal, no sign of support for violence: family support, not a multi-agency plan.".into(),
        };
        tx.record_assessment(&pat, &haddad, Some(&north), &assessment).await?;
        let conference = NewConference {
            held_on: week_ago,
            family_participants: "Amina (mother), Sara (sister), Karim (uncle)".into(),
            professional_participants: "Pat Practitioner (family support)".into(),
            actions: vec![
                (PlanAction::parse("Call Yusuf every Sunday, even briefly", "Amina")?.ok_or("action")?, None),
                (PlanAction::parse("Take Sara to the homework club on Tuesdays", "Karim")?.ok_or("action")?, None),
                (
                    PlanAction::parse("Find a counsellor who speaks Arabic", "Pat Practitioner")?.ok_or("action")?,
                    Some(week_ago.plus_seconds(21 * 86_400)),
                ),
            ],
            agreement: PlanAgreement::Agreed,
            review_on: Some(week_ago.plus_seconds(42 * 86_400)),
        };
        tx.record_conference(&pat, &haddad, &conference).await?;
        // The demo family account belongs to Farah, Amina's sister, who has an
        // online working agreement waiting for her in the portal.
        let farah = tx
            .add_member(
                &pat,
                &haddad,
                &member("Farah Haddad", MemberRole::OtherRelative, "Arabic, Dutch", false, None)?,
            )
            .await?;
        tx.link_member_account(&org, &farah, &ids[6]).await?;
        let read = tx.read_family(&pat, &haddad).await?;
        if let Some(farah_member) = tx.member(&read, &farah).await? {
            tx.set_verification(&pat, &farah_member, IdentityVerification::MetInPerson).await?;
        }
        let template = tx.current_template(&admin_actor(&ids, &org)).await?;
        let choices = [
            ("account_users", "Farah only"),
            ("signal", "\"Can you call me about the bus times?\""),
            ("reconnect", "Pat calls back on your phone within 5 minutes; if that fails, you send a text."),
            ("reconnect_minutes", "5"),
            ("translator", "none"),
            ("availability", "Monday to Thursday, 9:00 to 17:00"),
            ("urgent_contacts", "the duty line 0800 123 456, or 112 in an emergency"),
            ("retention", "two years after the file is closed"),
            // Written in English; the signal also in Arabic, the language Farah reads.
            (hearth_core::agreements::WRITTEN_IN, "en"),
            ("signal@ar", "\"هل يمكنك الاتصال بي بخصوص مواعيد الحافلة؟\""),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        tx.make_agreement(&pat, &haddad, &farah, &template, &choices).await?;
        seed_sessions(&mut tx, &admin_actor(&ids, &org), &pat, &sam, &haddad, &[amina.clone(), farah.clone()]).await?;
        seed_messaging(&mut tx, &admin_actor(&ids, &org), &pat, &ids[6], &read, &farah).await?;
        seed_community(
            &mut tx,
            &actor(4, Role::CommunityManager),
            &actor(5, Role::PeerAmbassador),
            &pat,
            &ids[6],
            &read,
        )
        .await?;
        seed_check_ins(&mut tx, &pat, &read, &farah, &amina).await?;
        let police = seed_partners(&mut tx, &admin_actor(&ids, &org)).await?;
        seed_disclosure(&mut tx, &pat, &read, police).await?;
        seed_data_protection(&mut tx, &pat, &ids[6]).await?;
        seed_digital_awareness(&mut tx, &admin_actor(&ids, &org), &sam).await?;
    }
    let mut accounts = Vec::new();
    for (email, _, role) in PEOPLE {
        if let Some(user) = tx.user_by_email(&EmailAddress::parse(email)?).await? {
            accounts.push(DemoAccount { role, email: user.email, totp_secret: user.totp_secret });
        }
    }
    tx.commit().await?;
    Ok(accounts)
}

/// The organisation's wellbeing policy, a held video session whose aftercare
/// is waiting, an appointment in two days and a week of on-call cover.
/// A conversation between Pat and Farah, and the organisation's quick answers.
async fn seed_messaging(
    tx: &mut hearth_store::Tx,
    admin: &Actor,
    pat: &Actor,
    farah_account: &hearth_core::ids::UserId,
    read: &hearth_store::families::FamilyRead,
    farah: &hearth_core::ids::MemberId,
) -> Result<(), AnyError> {
    use hearth_core::messaging::{MessageText, QuickAnswerText};
    let conversation =
        tx.start_conversation(pat, read, std::slice::from_ref(farah)).await?.ok_or("demo conversation")?;
    tx.send_message(
        pat,
        &conversation,
        &MessageText::parse("Hello Farah, is Thursday at four still good for the visit?")?,
        false,
    )
    .await?;
    let farah_actor = tx.user(farah_account).await?.ok_or("demo family account")?.actor();
    tx.send_message(
        &farah_actor,
        &conversation,
        &MessageText::parse("Yes, Thursday is fine. Amina will be there too.")?,
        false,
    )
    .await?;
    let answers: [[(&str, &str, &str); 5]; 3] = [
        [
            (
                "en",
                "Renewing a passport",
                "Book an appointment at the town hall (gemeente). Bring the old passport, a recent photo and your residence permit.",
            ),
            (
                "nl",
                "Een paspoort verlengen",
                "Maak een afspraak bij de gemeente. Neem het oude paspoort, een recente pasfoto en uw verblijfsvergunning mee.",
            ),
            (
                "de",
                "Einen Pass verlängern",
                "Vereinbaren Sie einen Termin im Rathaus (gemeente). Bringen Sie den alten Pass, ein aktuelles Foto und Ihre Aufenthaltserlaubnis mit.",
            ),
            (
                "fr",
                "Renouveler un passeport",
                "Prenez rendez-vous à la mairie (gemeente). Apportez l’ancien passeport, une photo récente et votre titre de séjour.",
            ),
            ("ar", "تجديد جواز السفر", "احجز موعدًا في البلدية. أحضر جواز السفر القديم وصورة حديثة وتصريح الإقامة."),
        ],
        [
            (
                "en",
                "Visiting someone in prison",
                "Visits are booked by phone or online at least a day ahead. Bring an identity document; phones stay in a locker.",
            ),
            (
                "nl",
                "Iemand in de gevangenis bezoeken",
                "Een bezoek boekt u telefonisch of online, minstens een dag van tevoren. Neem een identiteitsbewijs mee; telefoons gaan in een kluisje.",
            ),
            (
                "de",
                "Jemanden im Gefängnis besuchen",
                "Besuche werden telefonisch oder online mindestens einen Tag vorher gebucht. Bringen Sie einen Ausweis mit; Telefone bleiben im Schließfach.",
            ),
            (
                "fr",
                "Rendre visite en prison",
                "Les visites se réservent par téléphone ou en ligne au moins un jour à l’avance. Apportez une pièce d’identité ; les téléphones restent au casier.",
            ),
            (
                "ar",
                "زيارة شخص في السجن",
                "تُحجز الزيارات بالهاتف أو عبر الإنترنت قبل يوم على الأقل. أحضر وثيقة هوية، وتبقى الهواتف في خزانة.",
            ),
        ],
        [
            (
                "en",
                "Who to call when it is urgent",
                "In an emergency call 112. Outside office hours the duty line is 0800 123 456.",
            ),
            (
                "nl",
                "Wie u belt als het dringend is",
                "Bel bij nood 112. Buiten kantooruren is de dienstlijn 0800 123 456.",
            ),
            (
                "de",
                "Wen Sie anrufen, wenn es dringend ist",
                "Im Notfall rufen Sie 112 an. Außerhalb der Bürozeiten ist die Bereitschaft unter 0800 123 456 erreichbar.",
            ),
            (
                "fr",
                "Qui appeler en cas d’urgence",
                "En cas d’urgence, appelez le 112. En dehors des heures de bureau, la permanence est au 0800 123 456.",
            ),
            (
                "ar",
                "بمن تتصل عند الحاجة العاجلة",
                "في حالة الطوارئ اتصل بالرقم 112. خارج ساعات العمل رقم المناوبة 0800 123 456.",
            ),
        ],
    ];
    for texts in answers {
        let mut parsed = Vec::new();
        for (language, question, answer) in texts {
            parsed.push((language, QuickAnswerText::parse(question, answer)?.ok_or("demo quick answer")?));
        }
        tx.save_quick_answer(admin, None, &parsed).await?;
    }
    Ok(())
}

async fn seed_sessions(
    tx: &mut hearth_store::Tx,
    admin: &Actor,
    pat: &Actor,
    sam: &Actor,
    family: &hearth_core::ids::FamilyId,
    members: &[hearth_core::ids::MemberId; 2],
) -> Result<(), AnyError> {
    use hearth_core::modality::ContactKind;
    use hearth_core::support_sessions::{SessionMode, SessionOutcome};
    use hearth_core::wellbeing::WellbeingPolicy;
    use hearth_core::zone::{LocalTime, Zone};
    use hearth_store::support_sessions::NewSupportSession;

    let zone = Zone::parse("Europe/Amsterdam").ok_or("demo time zone")?;
    let mut policy = WellbeingPolicy { zone: zone.clone(), ..WellbeingPolicy::default() };
    policy.guardrails.max_sessions_per_day = 3;
    tx.save_wellbeing_policy(admin, &policy).await?;
    let now = tx.now();
    let today = zone.local(now).date;
    let at = |days: i64, hour: u32| zone.instant(LocalTime { date: today.plus_days(days), minute: hour * 60 });
    let session = |mode, starts_at, members: Vec<hearth_core::ids::MemberId>, place: &str| NewSupportSession {
        mode,
        contact_kind: ContactKind::CheckIn,
        starts_at,
        minutes: 60,
        place: place.into(),
        members,
        colleagues: Vec::new(),
        guardrail_override: None,
    };
    let yesterday = at(-1, 10).ok_or("demo time")?;
    let held = tx
        .schedule_session(
            pat,
            family,
            None,
            &session(SessionMode::Video, yesterday, vec![members[0].clone()], "https://meet.example.org/haddad"),
        )
        .await?;
    let read = tx.read_family(pat, family).await?;
    if let Some(held) = tx.support_session(&read, &held).await? {
        let due = now.plus_seconds(i64::from(policy.aftercare_due_hours) * 3600 / 2);
        tx.record_outcome(pat, &held, SessionOutcome::Held, None, Some((due, "Phone after 16:00".into()))).await?;
    }
    let upcoming = at(2, 10).ok_or("demo time")?;
    tx.schedule_session(
        pat,
        family,
        None,
        &session(SessionMode::InPerson, upcoming, members.to_vec(), "Community centre, Main Street 1"),
    )
    .await?;
    // A video call with Farah about to start: its call page is open now.
    let soon = now.plus_seconds(10 * 60);
    tx.schedule_session(
        pat,
        family,
        None,
        &session(SessionMode::Video, soon, vec![members[1].clone()], "Video call in Hearth"),
    )
    .await?;
    tx.add_on_call_shift(admin, &sam.user_id, now.minus_seconds(3600), now.plus_seconds(7 * 86_400)).await?;
    Ok(())
}

/// Two peer-support groups, Ari as the first one's ambassador with a
/// welcome topic, and an invitation for Farah waiting on her community page.
async fn seed_community(
    tx: &mut hearth_store::Tx,
    manager: &Actor,
    ambassador: &Actor,
    pat: &Actor,
    farah_account: &hearth_core::ids::UserId,
    read: &hearth_store::families::FamilyRead,
) -> Result<(), AnyError> {
    use hearth_core::community::{GroupDetails, HouseRules, PostBody, Pseudonym, TopicTitle};
    let rules = HouseRules::parse(
        "Be kind: everyone here is going through something hard. Share your own experience, not other people's \
         stories. Do not post names, places, photos or anything that could identify someone. No hate, threats or \
         recruitment. Moderators may hide posts that break these rules and will tell you why.",
    )?;
    let abroad = tx
        .create_group(
            manager,
            &GroupDetails::parse(
                "Parents of a child abroad",
                "For mothers and fathers whose child left for a conflict zone.",
            )?,
            &rules,
        )
        .await?;
    tx.create_group(
        manager,
        &GroupDetails::parse("Brothers and sisters", "For siblings of someone who was radicalised.")?,
        &rules,
    )
    .await?;
    let abroad = tx.community_group(&manager.organisation_id, &abroad).await?.ok_or("group")?;
    tx.set_ambassadors(manager, &abroad, std::slice::from_ref(&ambassador.user_id)).await?;
    tx.choose_pseudonym(ambassador, &Pseudonym::parse("Olive tree", &["Ari Ambassador"])?).await?;
    tx.start_topic(
        ambassador,
        &abroad,
        &TopicTitle::parse("Welcome: say hello when you are ready")?,
        &PostBody::parse(
            "Hello, I am Olive tree. My son left nine years ago.\n\nYou do not have to say anything. \
             Read along for as long as you like, and ask when you want to.",
        )?,
        false,
    )
    .await?;
    tx.invite_to_group(pat, read, farah_account, &abroad).await?;
    Ok(())
}

/// Farah's wellbeing check-in every two weeks (one waiting for her now) and
/// the one Amina answered on the phone.
async fn seed_check_ins(
    tx: &mut hearth_store::Tx,
    pat: &Actor,
    read: &hearth_store::families::FamilyRead,
    farah: &hearth_core::ids::MemberId,
    amina: &hearth_core::ids::MemberId,
) -> Result<(), AnyError> {
    use hearth_core::checkins::Cadence;
    let instrument = tx.instrument(&pat.organisation_id, "wellbeing-check-in").await?.ok_or("instrument")?;
    tx.schedule_check_ins(pat, read, farah, &instrument, Cadence::EveryWeeks(2)).await?;
    let answers: std::collections::BTreeMap<String, i64> =
        [("worry", 3), ("sleep", 1), ("coping", 2), ("alone", 2), ("hope", 2)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
    let score = instrument.score(&answers).ok_or("score")?;
    let answering = hearth_store::checkins::Answering::ByPhone { family: read.family(), member: amina, request: None };
    tx.record_check_in(pat, answering, &instrument, &answers, &score).await?;
    Ok(())
}

/// Two partner agencies: the police, with an agreement in force, and a
/// school whose agreement is due for review. Returns the police and their agreement.
async fn seed_partners(
    tx: &mut hearth_store::Tx,
    admin: &Actor,
) -> Result<(hearth_store::sharing::Partner, hearth_store::sharing::SharingAgreement), AnyError> {
    use hearth_core::sharing::{AgreementForm, AgreementTerms, DEFAULT_LAWFUL_BASES, PartnerDetails, lawful_bases};
    let today = hearth_core::wellbeing::LocalDate::of_stored(tx.now());
    let bases = lawful_bases(DEFAULT_LAWFUL_BASES);
    let partners = [
        (
            "Police North, Prevent team",
            "police",
            "Inspector Dana Reyes",
            ["safeguarding_concerns", "identity_and_contact"],
            300,
        ),
        (
            "Oakfield Secondary School",
            "school",
            "Ruth Visser, safeguarding lead",
            ["safeguarding_concerns", "education"],
            -10,
        ),
    ];
    let mut seeded = Vec::new();
    for (name, kind, contact, categories, review_in_days) in partners {
        let details = PartnerDetails::parse(name, kind, contact, "").map_err(|e| format!("{e:?}"))?;
        let id = tx.save_partner(admin, None, &details).await?;
        let partner = tx.partner(&admin.organisation_id, &id).await?.ok_or("partner")?;
        let form = AgreementForm {
            purpose: "Safeguarding young people and families where there is a concern about radicalisation.".into(),
            lawful_basis: bases[0].clone(),
            lawful_basis_note: "The prevention duty; shared only when the threshold below is met.".into(),
            categories: categories.into_iter().map(str::to_owned).collect(),
            threshold: "A specific concern that someone may be drawn into violence, agreed with a supervisor.".into(),
            handling: "Secure e-mail to the named contact; kept on their case system only.".into(),
            retention: "Two years after the case closes".into(),
            signed_for_us_by: "Alex Admin".into(),
            signed_for_us_on: today.plus_days(-380).to_string(),
            signed_for_them_by: contact.into(),
            signed_for_them_on: today.plus_days(-375).to_string(),
            starts_on: today.plus_days(-365).to_string(),
            review_on: today.plus_days(review_in_days).to_string(),
            ends_on: String::new(),
        };
        let terms = AgreementTerms::parse(&form, &bases).map_err(|e| format!("{e:?}"))?;
        let agreement = tx.save_sharing_agreement(admin, &partner, None, &terms).await?;
        let agreement = tx.sharing_agreement(&partner, &agreement).await?.ok_or("agreement")?;
        seeded.push((partner, agreement));
    }
    Ok(seeded.into_iter().next().ok_or("partners")?)
}

/// Information the police gave about the Haddad family, not to go further,
/// and Pat's disclosure to them, waiting for Sam's approval.
async fn seed_disclosure(
    tx: &mut hearth_store::Tx,
    pat: &Actor,
    read: &hearth_store::families::FamilyRead,
    (police, agreement): (hearth_store::sharing::Partner, hearth_store::sharing::SharingAgreement),
) -> Result<(), AnyError> {
    use hearth_core::sharing::{DisclosureForm, DisclosureTerms, HandlingConditions, ReceivedInformation};
    use hearth_store::sharing::DisclosureDraft;
    let today = hearth_core::wellbeing::LocalDate::of_stored(tx.now());
    let received = ReceivedInformation::parse(
        &today.plus_days(-3).to_string(),
        "Yusuf was stopped with two older men known to the Prevent team; no further action was taken.",
        HandlingConditions { not_for_family: true, not_for_onward_sharing: true },
        "Not to be quoted in any report.",
        today,
    )
    .map_err(|e| format!("{e:?}"))?;
    tx.record_received(pat, read, &police, &received).await?;
    let notes: Vec<_> = tx
        .evidence_items(read)
        .await?
        .into_iter()
        .filter(|i| i.kind == hearth_store::sharing::ItemKind::Note)
        .take(1)
        .collect();
    let form = DisclosureForm {
        agreement: agreement.id.to_string(),
        categories: vec!["safeguarding_concerns".into()],
        items: notes.iter().map(|n| n.reference.clone()).collect(),
        shared_text: "Yusuf (17) has shown his younger sister violent videos; the family is working with us.".into(),
        purpose: "safeguard_child".into(),
        threshold_met: "A specific concern that Sara may be drawn in, agreed with Sam at supervision.".into(),
        evidence: notes.iter().map(|n| n.reference.clone()).collect(),
        proportionality: "Only the concern about Sara and that the family is engaged; nothing of the family history."
            .into(),
        consent: "given".into(),
        consent_reason: "Amina agreed at the home visit, so the school can be told through the police contact.".into(),
        family_told: "yes".into(),
        ..DisclosureForm::default()
    };
    let terms = DisclosureTerms::parse(&form, today).map_err(|e| format!("{e:?}"))?;
    let draft =
        DisclosureDraft { partner: &police, agreement: &agreement, terms: &terms, items: &notes, evidence: &notes };
    tx.prepare_disclosure(pat, read, &draft, None).await?;
    Ok(())
}

/// A referral declined last week (kept until its retention ends), and
/// Farah asking from the portal to correct her phone number.
async fn seed_data_protection(
    tx: &mut hearth_store::Tx,
    pat: &Actor,
    farah_account: &hearth_core::ids::UserId,
) -> Result<(), AnyError> {
    let declined = tx.create_family(pat, &FamilyName::parse("Okafor family")?, pat.team_id.as_ref()).await?;
    let family = tx.family(&declined).await?.ok_or("declined referral")?;
    let reason = hearth_core::families::ClosingReason::parse("The family chose support from their school instead.")?;
    tx.change_status(pat, &family, FamilyStatus::Closed, Some(&reason)).await?;
    let farah = Actor {
        user_id: farah_account.clone(),
        organisation_id: pat.organisation_id.clone(),
        role: Role::FamilyMember,
        team_id: None,
    };
    tx.make_data_request(
        &farah,
        hearth_core::data_protection::RequestKind::Rectification,
        None,
        "My phone number is now 06 1234 5678.",
    )
    .await?;
    Ok(())
}

/// Sam edits the glossary, which starts from Hearth's starter entries; the
/// organisation has published Hearth's code of conduct as its first version.
async fn seed_digital_awareness(tx: &mut hearth_store::Tx, admin: &Actor, sam: &Actor) -> Result<(), AnyError> {
    tx.set_glossary_editor(admin, &sam.user_id, true).await?;
    for (id, entry) in hearth_core::glossary::starter() {
        let symbol = entry.kind == hearth_core::glossary::EntryKind::Symbol;
        let imported = hearth_core::glossary::bundle::Imported { source_id: id, version: 1, entry };
        let entry_id = tx.import_glossary_entry(sam, hearth_core::glossary::STARTER_SOURCE, &imported).await?;
        if symbol {
            tx.set_glossary_image(sam, &entry_id, &neutral_picture()?, "image/png").await?;
        }
    }
    tx.publish_conduct(admin, hearth_core::conduct::STARTER).await?;
    Ok(())
}

/// A plain ring on grey: the demo shows how an image of a symbol is
/// blurred behind a warning without shipping any real symbol.
fn neutral_picture() -> Result<Vec<u8>, AnyError> {
    let picture = image::RgbImage::from_fn(160, 160, |x, y| {
        let (dx, dy) = (f64::from(x) - 80.0, f64::from(y) - 80.0);
        let r = (dx * dx + dy * dy).sqrt();
        if (40.0..56.0).contains(&r) { image::Rgb([30, 60, 110]) } else { image::Rgb([225, 228, 232]) }
    });
    let mut png = Vec::new();
    picture.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)?;
    Ok(png)
}

fn admin_actor(ids: &[hearth_core::ids::UserId], org: &hearth_core::ids::OrganisationId) -> Actor {
    Actor { user_id: ids[0].clone(), organisation_id: org.clone(), role: Role::OrganisationAdmin, team_id: None }
}

pub fn print_accounts(accounts: &[DemoAccount]) {
    println!("Demo accounts (password for all: {DEMO_PASSWORD}):");
    for a in accounts {
        println!(
            "  {:<20} {:<36} password {}  TOTP secret {}",
            a.role.as_str(),
            a.email,
            DEMO_PASSWORD,
            a.totp_secret.as_deref().unwrap_or("(none: offered, not required)")
        );
    }
    println!("Staff sign in with a code from an authenticator app holding the TOTP secret above.");
}
