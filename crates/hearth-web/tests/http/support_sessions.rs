//! Sessions within the wellbeing guardrails, aftercare that escalates when
//! late, reminders and translators, calendar feeds and staff e-mail timing.
//! The clock is set to Monday 2026-11-30 09:00 in Amsterdam and moved by hand.

use hearth_core::accounts::Role;
use hearth_core::clock::{Clock, Timestamp};
use hearth_core::ids::{FamilyId, MemberId};
use hearth_core::modality::{ContactKind, Modality};
use hearth_store::modality::NewModalityDecision;
use hearth_web::i18n::{Lang, Tr};
use hearth_web::jobs::run_due_work;

use crate::support::{Fallible, TestApp, TestResult, TestUser, decoded_body, location, plain};

/// Monday 2026-11-30 08:00 UTC, 09:00 in Amsterdam.
fn monday_morning() -> Fallible<Timestamp> {
    Ok(Timestamp::parse_utc("2026-11-30T08:00").ok_or("time")?)
}

fn member_id(page: &str, family: &str) -> Option<String> {
    page.match_indices(&format!("{family}/members/")).find_map(|(i, _)| {
        let id: String = page[i + family.len() + 9..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        (id.len() == 32).then_some(id)
    })
}

struct World {
    app: TestApp,
    pat: TestUser,
    sam: TestUser,
    admin_user: TestUser,
    admin: reqwest::Client,
    pat_c: reqwest::Client,
    sam_c: reqwest::Client,
    family: String,
    member: String,
}

/// An organisation in Amsterdam allowing two sessions a day, a supervisor,
/// a practitioner and a family with one member.
async fn world() -> Fallible<World> {
    let app = TestApp::spawn().await?;
    app.clock.set(monday_morning()?);
    let (org, team) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let sam = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let (admin_c, pat_c, sam_c) = (app.client()?, app.client()?, app.client()?);
    app.sign_in(&admin_c, &admin).await?;
    app.sign_in(&pat_c, &pat).await?;
    app.sign_in(&sam_c, &sam).await?;
    let mut policy = vec![
        ("time_zone", "Mars/Olympus".to_owned()),
        ("max_per_day", "2".into()),
        ("max_per_week", "10".into()),
        ("min_break", "15".into()),
        ("days_off", "2026-12-25".into()),
        ("aftercare_hours", "24".into()),
        ("reminder_hours", "24, 2".into()),
    ];
    for day in 0..5 {
        policy.push((["from-0", "from-1", "from-2", "from-3", "from-4"][day], "09:00".into()));
        policy.push((["to-0", "to-1", "to-2", "to-3", "to-4"][day], "17:00".into()));
    }
    let refused = admin_c.post(app.url("/admin/wellbeing")).form(&policy).send().await?;
    assert_eq!(refused.status(), 422, "an unknown time zone is refused");
    assert!(refused.text().await?.contains("Mars/Olympus"), "what was typed is kept");
    policy[0].1 = "Europe/Amsterdam".into();
    let saved = admin_c.post(app.url("/admin/wellbeing")).form(&policy).send().await?;
    assert_eq!(location(&saved), "/admin/wellbeing");
    let family = location(&pat_c.post(app.url("/families")).form(&[("name", "Haddad"), ("team", "")]).send().await?);
    pat_c
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "Amina Haddad"), ("role", "parent"), ("contact_preferences", "Phone after 16:00")])
        .send()
        .await?;
    let file = pat_c.get(app.url(&family)).send().await?.text().await?;
    let member = member_id(&file, &family).ok_or("member")?;
    // Signing in moved the clock past fresh one-time-code steps; start the day again.
    app.clock.set(monday_morning()?);
    Ok(World { app, pat, sam, admin_user: admin, admin: admin_c, pat_c, sam_c, family, member })
}

impl World {
    /// A new signed-in client: moving the clock by hours ends idle sessions.
    async fn again(&self, user: &TestUser) -> Fallible<reqwest::Client> {
        let client = self.app.client()?;
        self.app.sign_in(&client, user).await?;
        Ok(client)
    }

    fn session_form(&self, mode: &str, starts: &str) -> Vec<(&'static str, String)> {
        vec![
            ("mode", mode.into()),
            ("contact_kind", "check_in".into()),
            ("starts_at", starts.into()),
            ("minutes", "60".into()),
            ("place", "Community centre, Main Street 1".into()),
            ("members", self.member.clone()),
        ]
    }

    /// Issues Pat's calendar feed, confirming the password and a fresh code
    /// (past the steps signing in used, which `world` winds the clock back over).
    async fn issue_feed(&self, show_names: &str) -> Fallible<reqwest::Response> {
        self.app.clock.advance_seconds(90);
        let code = self.pat.totp.as_ref().ok_or("totp")?.code_at(self.app.clock.now()).ok_or("code")?;
        let form = [("show_names", show_names), ("password", crate::support::PASSWORD), ("code", code.as_str())];
        Ok(self.pat_c.post(self.app.url("/account/calendar-feed")).form(&form).send().await?)
    }

    async fn schedule(&self, form: &[(&'static str, String)]) -> Fallible<reqwest::Response> {
        Ok(self.pat_c.post(self.app.url(&format!("{}/sessions", self.family))).form(form).send().await?)
    }

    /// As `schedule_confirmed`, with another signed-in client of Pat's.
    async fn schedule_confirmed_by(&self, client: &reqwest::Client, mode: &str, starts: &str) -> Fallible<String> {
        let url = self.app.url(&format!("{}/sessions", self.family));
        let mut form = self.session_form(mode, starts);
        let page = client.post(&url).form(&form).send().await?.text().await?;
        let marker = "name=\"confirmed\" value=\"";
        let start = page.find(marker).ok_or("no confirmation asked")? + marker.len();
        form.push(("confirmed", page[start..].chars().take_while(|c| *c != '"').collect()));
        Ok(location(&client.post(&url).form(&form).send().await?))
    }

    /// Schedules, confirming the warnings shown (if any); returns the session's path.
    async fn schedule_confirmed(&self, mode: &str, starts: &str) -> Fallible<String> {
        let mut form = self.session_form(mode, starts);
        let first = self.schedule(&form).await?;
        if first.status() == 303 {
            return Ok(location(&first));
        }
        let page = first.text().await?;
        let marker = "name=\"confirmed\" value=\"";
        let start = page.find(marker).ok_or("no confirmation asked")? + marker.len();
        form.push(("confirmed", page[start..].chars().take_while(|c| *c != '"').collect()));
        let done = self.schedule(&form).await?;
        assert_eq!(done.status(), 303, "scheduled");
        Ok(location(&done))
    }
}

#[tokio::test]
async fn the_scheduler_warns_near_a_limit_refuses_beyond_it_and_records_an_override() -> TestResult {
    let w = world().await?;
    let first = w.schedule(&w.session_form("in_person", "2026-12-01T10:00")).await?;
    assert_eq!(first.status(), 303, "the first session of the day needs no confirmation");

    let second = w.schedule(&w.session_form("in_person", "2026-12-01T11:30")).await?;
    assert_eq!(second.status(), 200);
    let page = plain(&second.text().await?);
    assert!(page.contains("last session allowed that day (maximum 2)"), "{page}");
    assert!(page.contains("Community centre, Main Street 1"), "the form keeps what was typed");
    w.schedule_confirmed("in_person", "2026-12-01T11:30").await?;

    let third = w.schedule(&w.session_form("in_person", "2026-12-01T14:00")).await?;
    assert_eq!(third.status(), 422);
    assert!(plain(&third.text().await?).contains("already has the maximum of 2 sessions"));
    let mut form = w.session_form("in_person", "2026-12-01T14:00");
    form.push(("override_reason", "Crisis after a police visit; cannot wait".into()));
    let overridden = w.schedule(&form).await?;
    assert_eq!(overridden.status(), 303, "a written reason overrides the limit");
    let session = w.pat_c.get(w.app.url(&location(&overridden))).send().await?.text().await?;
    assert!(plain(&session).contains("Crisis after a police visit"));
    // Not started yet: the only ending it can have is being cancelled.
    assert!(session.contains("name=\"outcome\" value=\"cancelled\""), "{session}");
    for other in ["held", "no_show", "ended_abruptly"] {
        assert!(!session.contains(&format!("name=\"outcome\" value=\"{other}\"")), "{other} offered before the start");
    }
    assert!(session.contains("id=\"outcome-not-started\""), "the page says why");

    // An unknown kind of contact is refused, not taken for a check-in, and the form is kept.
    let mut odd = w.session_form("in_person", "2026-12-02T10:00");
    odd.retain(|(n, _)| *n != "contact_kind");
    odd.push(("contact_kind", "telepathy".into()));
    let refused = w.schedule(&odd).await?;
    assert_eq!(refused.status(), 422);
    let text = plain(&refused.text().await?);
    assert!(text.contains("Choose what kind of contact this is.") && text.contains("Community centre, Main Street 1"));

    let late = w.schedule(&w.session_form("in_person", "2026-12-02T17:30")).await?;
    assert_eq!(late.status(), 422, "after working hours");
    assert!(plain(&late.text().await?).contains("outside working hours (09:00–17:00)"));

    // Online against a decision for face-to-face check-ins, and without an agreement: both said.
    let decided: std::collections::BTreeMap<_, _> =
        [(ContactKind::CheckIn, Modality::FaceToFace)].into_iter().collect();
    let mut tx = w.app.store.begin().await?;
    tx.record_modality_decision(
        &w.pat.actor,
        &FamilyId::parse(w.family.trim_start_matches("/families/"))?,
        &MemberId::parse(&w.member)?,
        NewModalityDecision {
            answers: &Default::default(),
            suggested: &decided.iter().map(|(k, m)| (*k, Some(*m))).collect(),
            reasons: &Default::default(),
            decided: &decided,
            preference: None,
            comment: "",
        },
    )
    .await?;
    tx.commit().await?;
    let video = w.schedule(&w.session_form("video", "2026-12-03T10:00")).await?;
    assert_eq!(video.status(), 200);
    let warned = plain(&video.text().await?);
    assert!(warned.contains("has no accepted agreement for working online"), "{warned}");
    assert!(
        warned.contains("Amina Haddad: the decision for this kind of contact is &#34;Face to face&#34;"),
        "{warned}"
    );
    assert!(warned.contains("Face to face"), "the decision is shown beside the member");

    // The supervisor hears of the override and sees it on the team page.
    let notes = plain(&w.sam_c.get(w.app.url("/notifications")).send().await?.text().await?);
    assert!(notes.contains("scheduled a session beyond a wellbeing limit"), "{notes}");
    let overridden_session = location(&overridden);
    let session_id = overridden_session.rsplit('/').next().unwrap_or_default().to_owned();
    // The notification says where it leads and goes to the override on the
    // team page of the session's week.
    let link = format!("/team?week=2026-11-30#override-{session_id}");
    assert!(
        notes.contains(&format!("href=\"{}\">See the reason on the team page", link.replace('&', "&amp;"))),
        "{notes}"
    );
    assert!(!notes.contains("See the access record"), "no link is labelled for another kind");
    let team = plain(&w.sam_c.get(w.app.url(&link)).send().await?.text().await?);
    let entry = team.split(&format!("id=\"override-{session_id}\"")).nth(1).unwrap_or_default();
    assert!(entry.contains("Tue, 1 Dec 2026, 14:00") && entry.contains("daily limit"), "{team}");
    assert!(entry.contains("Crisis after a police visit; cannot wait"), "the reason is on the team page: {team}");
    // The family has no team: its file is not the supervisor's to open, so
    // neither its name nor a link to the session is shown.
    assert!(!entry.contains(&format!("href=\"{overridden_session}\"")) && !entry.contains("Haddad"), "{team}");
    assert!(entry.contains("a family outside your team"), "{team}");
    assert!(team.contains("3 of 10"), "sessions this week against the limit");
    assert!(team.contains("?week=2026-12-07"), "the next week is a link away");
    let next_week = plain(&w.sam_c.get(w.app.url("/team?week=2026-12-07")).send().await?.text().await?);
    assert!(!next_week.contains("Crisis after a police visit"), "another week, other overrides");
    assert!(next_week.contains("Week of Mon, 7 Dec 2026") && next_week.contains("?week=2026-11-30"), "{next_week}");
    // The family's session list marks the session booked beyond a limit.
    let file = plain(&w.pat_c.get(w.app.url(&w.family)).send().await?.text().await?);
    let listed = file.split(&format!("href=\"{overridden_session}\"")).nth(1).unwrap_or_default();
    assert!(listed.split("</li>").next().unwrap_or_default().contains("Beyond a limit"), "{file}");
    let own = plain(&w.pat_c.get(w.app.url("/workload")).send().await?.text().await?);
    assert!(own.contains("daily limit") && own.contains("3 of 10"));
    assert_eq!(w.pat_c.get(w.app.url("/team")).send().await?.status(), 403);

    // A stricter personal limit applies; the organisation's looser one does not.
    let mut limits = vec![
        ("max_per_day", "1".to_owned()),
        ("max_per_week", "20".into()),
        ("min_break", "30".into()),
        ("days_off", String::new()),
    ];
    for (from, to) in [("from-0", "to-0"), ("from-1", "to-1"), ("from-2", "to-2"), ("from-3", "to-3")] {
        limits.push((from, "09:00".into()));
        limits.push((to, "17:00".into()));
    }
    let saved = w.pat_c.post(w.app.url("/account/limits")).form(&limits).send().await?;
    assert_eq!(location(&saved), "/account/limits");
    let wednesday = w.schedule(&w.session_form("in_person", "2026-12-02T10:00")).await?;
    assert!(plain(&wednesday.text().await?).contains("last session allowed that day (maximum 1)"));
    let friday = w.schedule(&w.session_form("in_person", "2026-12-04T10:00")).await?;
    assert_eq!(friday.status(), 422, "Friday is not a working day for Pat");
    Ok(())
}

#[tokio::test]
async fn a_digital_session_is_checked_in_ended_and_followed_up_and_lateness_reaches_the_supervisor() -> TestResult {
    let w = world().await?;
    let session = w.schedule_confirmed("video", "2026-11-30T09:10").await?;
    let early = w.pat_c.post(w.app.url(&format!("{session}/outcome"))).form(&[("outcome", "held")]).send().await?;
    assert_eq!(early.status(), 422, "a session cannot be held before it starts");
    let partial = w
        .pat_c
        .post(w.app.url(&format!("{session}/checklist")))
        .form(&[("items", "private_space"), ("items", "no_recording")])
        .send()
        .await?;
    assert_eq!(partial.status(), 422, "every point must be covered");
    let all = ["private_space", "no_recording", "camera", "connection_drop", "more_questions"];
    let form: Vec<(&str, &str)> = all.iter().map(|i| ("items", *i)).collect();
    let done = w.pat_c.post(w.app.url(&format!("{session}/checklist"))).form(&form).send().await?;
    assert_eq!(done.status(), 303);
    assert!(plain(&w.pat_c.get(w.app.url(&session)).send().await?.text().await?).contains("Checklist completed at"));

    w.app.clock.set(Timestamp::parse_utc("2026-11-30T08:20").ok_or("time")?);
    let ended = w
        .pat_c
        .post(w.app.url(&format!("{session}/outcome")))
        .form(&[("outcome", "held"), ("note", "Talked about school and sleep")])
        .send()
        .await?;
    assert_eq!(ended.status(), 303);
    let file = plain(&w.pat_c.get(w.app.url(&w.family)).send().await?.text().await?);
    assert!(file.contains("Talked about school and sleep"), "the note is on the timeline");
    assert!(file.contains("due Tue, 1 Dec 2026, 10:10"), "aftercare due 24 hours after the session: {file}");
    let home = plain(&w.pat_c.get(w.app.url("/")).send().await?.text().await?);
    assert!(home.contains("Haddad") && home.contains("due Tue, 1 Dec 2026, 10:10"), "on the practitioner's home page");
    let again = w
        .pat_c
        .post(w.app.url(&format!("{session}/outcome")))
        .form(&[("outcome", "held"), ("note", "Typed on a second phone")])
        .send()
        .await?;
    assert_eq!(again.status(), 409, "an outcome is recorded once");
    let again = again.text().await?;
    assert!(again.contains("id=\"outcome-error\""), "the page says it was recorded meanwhile");
    assert!(again.contains(">Typed on a second phone</textarea>"), "what was typed is kept to copy");

    assert_eq!(run_due_work(&w.app.state).await?.overdue_reported, 0, "not late yet");
    w.app.clock.advance_seconds(25 * 3600);
    assert_eq!(run_due_work(&w.app.state).await?.overdue_reported, 1);
    assert_eq!(run_due_work(&w.app.state).await?.overdue_reported, 0, "the supervisor is told once");
    let (sam_c, pat_c) = (w.again(&w.sam).await?, w.again(&w.pat).await?);
    let notes = plain(&sam_c.get(w.app.url("/notifications")).send().await?.text().await?);
    assert!(notes.contains("follow-up with Haddad is overdue"), "{notes}");

    let file = pat_c.get(w.app.url(&w.family)).send().await?.text().await?;
    let start = file.find("/follow-ups/").ok_or("follow-up link")?;
    let path = format!("{}{}", w.family, &file[start..start + 12 + 32]);
    let missing = pat_c.post(w.app.url(&path)).form(&[("how_they_are", "Calmer, sleeping better")]).send().await?;
    assert_eq!(missing.status(), 422);
    assert!(missing.text().await?.contains("Calmer, sleeping better"));
    let completed = pat_c
        .post(w.app.url(&path))
        .form(&[("how_they_are", "Calmer, sleeping better"), ("more_help", "no")])
        .send()
        .await?;
    assert_eq!(completed.status(), 303);
    let page = plain(&pat_c.get(w.app.url(&path)).send().await?.text().await?);
    assert!(page.contains("Follow-up recorded at") && page.contains("Calmer, sleeping better"));
    Ok(())
}

#[tokio::test]
async fn reminders_go_in_the_members_language_and_translators_accept_an_undertaking_first() -> TestResult {
    let w = world().await?;
    w.pat_c
        .post(w.app.url(&format!("{}/members/{}/invite", w.family, w.member)))
        .form(&[("email", "amina@family.example"), ("language", "nl")])
        .send()
        .await?;
    let mail = w.app.smtp.wait_for(1).await;
    let link = decoded_body(mail.first().ok_or("mail")?)
        .lines()
        .find(|l| l.contains("/invitations/"))
        .ok_or("link")?
        .trim()
        .to_owned();
    let amina = w.app.client()?;
    amina
        .post(w.app.url(link.strip_prefix(&w.app.base).ok_or("host")?))
        .form(&[("password", "lantern orchard kettle"), ("confirm", "lantern orchard kettle")])
        .send()
        .await?;
    // Sara has no portal account: her reminders go to an address of her own, in French.
    w.pat_c
        .post(w.app.url(&format!("{}/members", w.family)))
        .form(&[("name", "Sara Haddad"), ("role", "sibling")])
        .send()
        .await?;
    let file = w.pat_c.get(w.app.url(&w.family)).send().await?.text().await?;
    let sara = file
        .match_indices(&format!("{}/members/", w.family))
        .filter_map(|(i, _)| {
            let start = i + w.family.len() + 9;
            let id: String = file[start..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
            (id.len() == 32 && id != w.member).then_some(id)
        })
        .next()
        .ok_or("sara")?;
    let reminders = format!("{}/members/{sara}/reminders", w.family);
    let bad = w.pat_c.post(w.app.url(&reminders)).form(&[("email", "sara at home"), ("language", "fr")]).send().await?;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await?.contains("sara at home"), "what was typed is kept");
    let saved = w
        .pat_c
        .post(w.app.url(&reminders))
        .form(&[("email", "sara@family.example"), ("language", "fr")])
        .send()
        .await?;
    assert_eq!(saved.status(), 200);
    let mut form = w.session_form("in_person", "2026-12-02T10:00");
    form.push(("members", sara.clone()));
    let first = w.schedule(&form).await?;
    assert_eq!(first.status(), 303);
    let session = location(&first);

    let invited = w
        .pat_c
        .post(w.app.url(&format!("{session}/translators")))
        .form(&[
            ("translator_name", "Karim"),
            ("translator_email", "karim@interpreters.example"),
            ("translator_language", "fr"),
        ])
        .send()
        .await?;
    assert_eq!(invited.status(), 200);
    let mails = w.app.smtp.wait_for(2).await;
    let body = decoded_body(&mails[1]);
    assert!(!body.contains("Haddad"), "the invitation does not say whose session it is");
    let link = plain(&body).lines().find(|l| l.contains("/translator/")).ok_or("translator link")?.trim().to_owned();
    let path = link.strip_prefix(&w.app.base).ok_or("host")?.to_owned();
    let translator = w.app.client()?;
    let page = translator.get(w.app.url(&path)).send().await?.text().await?;
    assert!(!page.contains("Community centre"), "no place before the undertaking");
    let refused = translator.post(w.app.url(&path)).form(&[("accept", "")]).send().await?;
    assert_eq!(refused.status(), 422);
    let accepted = translator.post(w.app.url(&path)).form(&[("accept", "yes")]).send().await?;
    assert!(accepted.text().await?.contains("Community centre, Main Street 1"));
    assert_eq!(translator.get(w.app.url(&path)).send().await?.status(), 404, "the link works once");

    let portal = plain(&amina.get(w.app.url("/")).send().await?.text().await?);
    assert!(
        portal.contains("wo 2 dec 2026, 10:00") && portal.contains("Community centre"),
        "in her language: {portal}"
    );

    // 24 hours before: one reminder each, in their own language; then none again.
    w.app.clock.set(Timestamp::parse_utc("2026-12-01T09:00").ok_or("time")?);
    assert_eq!(run_due_work(&w.app.state).await?.reminders_sent, 3, "Amina, Sara and the translator");
    assert_eq!(run_due_work(&w.app.state).await?.reminders_sent, 0);
    let mails = w.app.smtp.wait_for(5).await;
    let to_sara = mails.iter().find(|m| m.contains("sara@family.example")).ok_or("Sara's reminder")?;

    let to_amina = mails.iter().find(|m| m.contains("amina@family.example") && !m.contains("/invitations/"));
    let body = decoded_body(to_amina.ok_or("reminder")?);
    // The time as each language writes it, with the place of the zone: an
    // e-mail is read where the reader's zone is not known.
    let when = |lang| match lang {
        Lang::Nl => "woensdag 2 december 2026 om 10:00 (Amsterdam)",
        Lang::Fr => "mercredi 2 décembre 2026 à 10:00 (Amsterdam)",
        _ => "Wednesday, 2 December 2026 at 10:00 (Amsterdam)",
    };
    let reminder = |lang| {
        let tr = Tr::new(lang);
        let text = tr.t_args(
            "reminder-email-body",
            &[
                ("when", when(lang).into()),
                ("detail", tr.t("session-mode-in-person")),
                ("to", "Community centre, Main Street 1".into()),
            ],
        );
        plain(&text).lines().next().unwrap_or_default().to_owned()
    };
    let first_line = reminder(Lang::Nl);
    assert_ne!(first_line, reminder(Lang::En), "the Dutch text exists");
    assert!(plain(&decoded_body(to_sara)).contains(&reminder(Lang::Fr)), "Sara’s reminder is in French");
    assert!(plain(&body).contains(&first_line), "in Dutch: {body}");
    assert!(!body.contains("Haddad") && !body.contains("pat"), "when and how, never why or who");
    assert!(body.contains("Community centre"));
    // Amina turns e-mail reminders off; two hours before, the others get the second reminder.
    w.app.clock.set(Timestamp::parse_utc("2026-12-02T07:30").ok_or("time")?);
    let pat_c = w.again(&w.pat).await?;
    pat_c
        .post(w.app.url(&format!("{}/members/{}/reminders", w.family, w.member)))
        .form(&[("email", ""), ("language", ""), ("off", "yes")])
        .send()
        .await?;
    assert_eq!(run_due_work(&w.app.state).await?.reminders_sent, 2, "Sara and the translator");

    // Two hours after it ended, nobody has said how the session went: Pat is asked, once.
    w.app.clock.set(Timestamp::parse_utc("2026-12-02T11:59").ok_or("time")?);
    assert_eq!(run_due_work(&w.app.state).await?.outcomes_requested, 0, "not yet two hours after the end");
    w.app.clock.set(Timestamp::parse_utc("2026-12-02T12:01").ok_or("time")?);
    assert_eq!(run_due_work(&w.app.state).await?.outcomes_requested, 1);
    assert_eq!(run_due_work(&w.app.state).await?.outcomes_requested, 0);
    let pat_c = w.again(&w.pat).await?;
    let notes = plain(&pat_c.get(w.app.url("/notifications")).send().await?.text().await?);
    assert!(notes.contains("A session with Haddad has ended; record how it went"), "{notes}");
    let _ = (&w.pat, &w.sam, &w.admin);
    Ok(())
}

#[tokio::test]
async fn the_calendar_feed_is_private_revocable_and_valid_icalendar() -> TestResult {
    let w = world().await?;
    w.schedule(&w.session_form("in_person", "2026-12-01T10:00")).await?;
    let week = plain(&w.pat_c.get(w.app.url("/calendar?view=week&date=2026-12-01")).send().await?.text().await?);
    assert!(week.contains("10:00–11:00") && week.contains("Haddad"), "{week}");

    // Issuing asks who it is again: a wrong password issues nothing, and is audited.
    let refused = w
        .pat_c
        .post(w.app.url("/account/calendar-feed"))
        .form(&[("show_names", ""), ("password", "not my password"), ("code", "000000")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let refused = plain(&refused.text().await?);
    assert!(refused.contains("That password is not right") && !refused.contains("/calendar-feed/"), "{refused}");
    let mut tx = w.app.store.begin().await?;
    let log =
        tx.record_access_log(w.pat.actor.organisation_id.as_str(), "account", w.pat.actor.user_id.as_str()).await?;
    tx.commit().await?;
    assert!(log.iter().any(|e| e.action == "reauthentication.failed"), "the failure is audited");
    let issued = w.issue_feed("").await?;
    let page = issued.text().await?;
    let start = page.find("/calendar-feed/").ok_or("address")?;
    let path: String = page[start..].chars().take_while(|c| *c != '<').collect();
    let feed = reqwest::get(w.app.url(&path)).await?;
    assert_eq!(feed.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("text/calendar; charset=utf-8"));
    let text = feed.text().await?;
    assert!(text.contains("DTSTART:20261201T090000Z"), "10:00 in Amsterdam is 09:00 UTC");
    assert!(!text.contains("Haddad"), "no names unless chosen");
    validate_with_icalendar(&text)?;

    let named = w.issue_feed("yes").await?;
    let page = named.text().await?;
    let start = page.find("/calendar-feed/").ok_or("address")?;
    let new_path: String = page[start..].chars().take_while(|c| *c != '<').collect();
    assert_eq!(reqwest::get(w.app.url(&path)).await?.status(), 404, "the old address stops working");
    assert!(reqwest::get(w.app.url(&new_path)).await?.text().await?.contains("Haddad"));
    w.pat_c.post(w.app.url("/account/calendar-feed/revoke")).send().await?;
    assert_eq!(reqwest::get(w.app.url(&new_path)).await?.status(), 404, "revoked");
    Ok(())
}

/// Parses the feed with the Python `icalendar` library, as calendar apps'
/// parsers would; the test command installs it.
fn validate_with_icalendar(feed: &str) -> TestResult {
    let script = "import sys, icalendar\n\
        cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n\
        events = [e for e in cal.walk('VEVENT')]\n\
        assert events, 'no events'\n\
        for e in events:\n    assert e.get('DTSTART') and e.get('DTEND') and e.get('UID') and e.get('DTSTAMP')\n\
        print(len(events))\n";
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    use std::io::Write;
    child.stdin.take().ok_or("stdin")?.write_all(feed.as_bytes())?;
    let out = child.wait_with_output()?;
    assert!(out.status.success(), "icalendar refused the feed: {}", String::from_utf8_lossy(&out.stderr));
    Ok(())
}

#[tokio::test]
async fn staff_email_waits_for_working_hours_unless_on_call_and_names_nobody() -> TestResult {
    let w = world().await?;
    let sent_before = w.app.smtp.all().len();
    w.pat_c.post(w.app.url("/notifications/email")).form(&[("email", "yes")]).send().await?;
    let session = w.schedule_confirmed("video", "2026-11-30T10:00").await?;
    // Recorded in the evening: the follow-up notification waits for the morning.
    w.app.clock.set(Timestamp::parse_utc("2026-11-30T19:00").ok_or("time")?);
    let pat_c = w.again(&w.pat).await?;
    let held = pat_c.post(w.app.url(&format!("{session}/outcome"))).form(&[("outcome", "held")]).send().await?;
    assert_eq!(held.status(), 303);
    let notes = plain(&pat_c.get(w.app.url("/notifications")).send().await?.text().await?);
    assert!(notes.contains("A follow-up is due for Haddad"), "{notes}");
    assert_eq!(run_due_work(&w.app.state).await?.notification_emails_sent, 0, "20:00 in Amsterdam");
    // The family portal would now say Pat is away until the morning.
    w.app.clock.set(Timestamp::parse_utc("2026-12-01T08:05").ok_or("time")?);
    assert_eq!(run_due_work(&w.app.state).await?.notification_emails_sent, 1, "09:05 the next day");
    let mails = w.app.smtp.wait_for(sent_before + 1).await;
    let body = decoded_body(mails.last().ok_or("mail")?);
    assert!(body.contains("A follow-up after a session is due"), "{body}");
    assert!(!body.contains("Haddad"), "no personal details in the e-mail");

    // On call, an evening notification goes at once.
    let (admin_c, pat_c) = (w.again(&w.admin_user).await?, w.again(&w.pat).await?);
    admin_c
        .post(w.app.url("/on-call"))
        .form(&[
            ("user", w.pat.actor.user_id.as_str()),
            ("starts_at", "2026-12-01T18:00"),
            ("ends_at", "2026-12-02T08:00"),
        ])
        .send()
        .await?;
    let rota = plain(&pat_c.get(w.app.url("/on-call")).send().await?.text().await?);
    assert!(rota.contains("Tue, 1 Dec 2026, 18:00"), "{rota}");
    let evening = w.schedule_confirmed_by(&pat_c, "video", "2026-12-01T10:00").await?;
    w.app.clock.set(Timestamp::parse_utc("2026-12-01T19:00").ok_or("time")?);
    let pat_c = w.again(&w.pat).await?;
    pat_c.post(w.app.url(&format!("{evening}/outcome"))).form(&[("outcome", "ended_abruptly")]).send().await?;
    assert_eq!(run_due_work(&w.app.state).await?.notification_emails_sent, 1, "on call at 20:00");
    Ok(())
}

#[tokio::test]
async fn the_portal_says_when_the_practitioner_is_away_and_who_is_on_call() -> TestResult {
    let w = world().await?;
    let member = hearth_core::ids::MemberId::parse(&w.member)?;
    let amina = w.app.user(&w.pat.actor.organisation_id, None, Role::FamilyMember, "amina@family.example").await?;
    let mut tx = w.app.store.begin().await?;
    tx.link_member_account(&w.pat.actor.organisation_id, &member, &amina.actor.user_id).await?;
    tx.commit().await?;
    let amina_c = w.app.client()?;
    w.app.sign_in(&amina_c, &amina).await?;
    let at_work = plain(&amina_c.get(w.app.url("/")).send().await?.text().await?);
    assert!(!at_work.contains("is away until"), "Monday 09:00: Pat is working");
    w.admin
        .post(w.app.url("/on-call"))
        .form(&[
            ("user", w.sam.actor.user_id.as_str()),
            ("starts_at", "2026-11-30T17:00"),
            ("ends_at", "2026-12-01T09:00"),
        ])
        .send()
        .await?;
    w.app.clock.set(Timestamp::parse_utc("2026-11-30T20:00").ok_or("time")?);
    let amina_c = w.again(&amina).await?;
    let evening = plain(&amina_c.get(w.app.url("/")).send().await?.text().await?);
    assert!(evening.contains("pat is away until Tue, 1 Dec 2026, 09:00"), "{evening}");
    assert!(!evening.contains("Europe/Amsterdam"), "the organisation's own zone goes without saying: {evening}");
    assert!(evening.contains("If it is urgent, contact sam"), "{evening}");
    Ok(())
}

#[tokio::test]
async fn notes_are_dated_in_the_organisations_time_zone() -> TestResult {
    let w = world().await?;
    let written = w
        .pat_c
        .post(w.app.url(&format!("{}/notes", w.family)))
        .form(&[("kind", "phone_call"), ("occurred", "2026-11-27T14:00"), ("text", "Called about the school trip")])
        .send()
        .await?;
    assert_eq!(written.status(), 303);
    let mut tx = w.app.store.begin().await?;
    let read = tx.read_family(&w.pat.actor, &FamilyId::parse(w.family.trim_start_matches("/families/"))?).await?;
    let notes = tx.notes_of(&read).await?;
    tx.commit().await?;
    assert_eq!(notes[0].occurred_at, Timestamp::parse_utc("2026-11-27T13:00").ok_or("time")?, "14:00 in Amsterdam");
    let file = plain(&w.pat_c.get(w.app.url(&w.family)).send().await?.text().await?);
    assert!(file.contains("Fri, 27 Nov 2026, 14:00"), "the local time it was typed as: {file}");
    Ok(())
}

/// Just after local midnight the UTC date is still yesterday's: the caseload
/// and the file must both show the organisation's date.
#[tokio::test]
async fn the_caseload_shows_dates_in_the_organisations_zone() -> TestResult {
    let w = world().await?;
    let written = w
        .pat_c
        .post(w.app.url(&format!("{}/notes", w.family)))
        .form(&[("kind", "home_visit"), ("occurred", "2026-11-28T00:30"), ("text", "Late visit after a call")])
        .send()
        .await?;
    assert_eq!(written.status(), 303);
    let caseload = plain(&w.pat_c.get(w.app.url("/families")).send().await?.text().await?);
    assert!(caseload.contains("28 Nov 2026"), "the local date of the last contact: {caseload}");
    assert!(!caseload.contains("2026-11-27"), "not the UTC date: {caseload}");
    let file = plain(&w.pat_c.get(w.app.url(&w.family)).send().await?.text().await?);
    assert!(file.contains("Sat, 28 Nov 2026, 00:30"), "{file}");
    Ok(())
}

/// A new password also retires the calendar feed's secret address.
#[tokio::test]
async fn a_password_change_revokes_the_calendar_feed() -> TestResult {
    let w = world().await?;
    let issued = w.issue_feed("").await?;
    let page = issued.text().await?;
    let start = page.find("/calendar-feed/").ok_or_else(|| plain(&page))?;
    let path: String = page[start..].chars().take_while(|c| *c != '<').collect();
    assert_eq!(reqwest::get(w.app.url(&path)).await?.status(), 200);
    let changed = w
        .pat_c
        .post(w.app.url("/account/password"))
        .form(&[
            ("current", crate::support::PASSWORD),
            ("password", "orchard kettle lantern meadow"),
            ("confirm", "orchard kettle lantern meadow"),
        ])
        .send()
        .await?;
    assert_eq!(changed.status(), 200, "the password was changed");
    assert_eq!(reqwest::get(w.app.url(&path)).await?.status(), 404, "the old feed address stops working");
    Ok(())
}

/// Video calls: the window, the waiting room, signalling between the
/// browsers, a drop that comes back in time and one that does not.
mod calls {
    use futures_util::{SinkExt, StreamExt};
    use hearth_core::accounts::Role;
    use hearth_core::clock::Timestamp;
    use tokio_tungstenite::tungstenite::Message as Frame;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;

    use super::{World, world};
    use crate::support::{Fallible, TestApp, TestResult, TestUser, decoded_body, plain};

    type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

    async fn open(app: &TestApp, path: &str, cookie: Option<&str>) -> Fallible<Socket> {
        let mut request = app.url(path).replacen("http://", "ws://", 1).into_client_request()?;
        if let Some(cookie) = cookie {
            request.headers_mut().insert("cookie", cookie.parse()?);
        }
        request.headers_mut().insert("origin", app.url("").trim_end_matches('/').parse()?);
        Ok(tokio_tungstenite::connect_async(request).await?.0)
    }

    /// The next frame with `key` whose value passes `wanted`, skipping the others.
    async fn next_where(
        socket: &mut Socket,
        key: &str,
        wanted: impl Fn(&serde_json::Value) -> bool,
    ) -> Fallible<serde_json::Value> {
        loop {
            let frame = tokio::time::timeout(std::time::Duration::from_secs(10), socket.next())
                .await
                .map_err(|_| format!("no frame with {key} within 10 s"))?
                .ok_or("the socket closed")??;
            if let Frame::Text(text) = frame {
                let value: serde_json::Value = serde_json::from_str(&text)?;
                if value.get(key).is_some_and(&wanted) {
                    return Ok(value[key].clone());
                }
            }
        }
    }

    fn presence_of<'a>(state: &'a serde_json::Value, key: &str) -> Option<&'a str> {
        state["people"].as_array()?.iter().find(|p| p["key"] == key)?["presence"].as_str()
    }

    /// A video session at 10:00 in Amsterdam with Amina, who has a portal
    /// account and an agreement to wait 3 minutes for a dropped call.
    async fn video_session(w: &World) -> Fallible<(String, TestUser)> {
        let member = hearth_core::ids::MemberId::parse(&w.member)?;
        let amina = w.app.user(&w.pat.actor.organisation_id, None, Role::FamilyMember, "amina@family.example").await?;
        let mut tx = w.app.store.begin().await?;
        tx.link_member_account(&w.pat.actor.organisation_id, &member, &amina.actor.user_id).await?;
        tx.commit().await?;
        let choices = [
            ("account_users", "Amina only"),
            ("signal", "Is the bakery open?"),
            ("reconnect", "Pat rings your mobile within 5 minutes"),
            ("reconnect_minutes", "3"),
            ("translator", "none"),
            ("availability", "weekdays 9 to 5"),
            ("urgent_contacts", "the duty line"),
            ("retention", "two years"),
        ];
        let agreement = format!("{}/members/{}/agreement", w.family, w.member);
        let mut refused = choices.to_vec();
        refused[3].1 = "0";
        let page = w.pat_c.post(w.app.url(&agreement)).form(&refused).send().await?;
        assert_eq!(page.status(), 422, "the minutes are 1 to 30");
        assert!(page.text().await?.contains("Is the bakery open?"), "what was typed stays");
        assert_eq!(w.pat_c.post(w.app.url(&agreement)).form(&choices).send().await?.status(), 303);
        let session = w.schedule_confirmed("video", "2026-11-30T10:00").await?;
        Ok((session, amina))
    }

    #[tokio::test]
    async fn a_call_through_the_waiting_room_survives_a_short_drop_and_ends_abruptly_after_a_long_one() -> TestResult {
        let w = world().await?;
        let (session, amina) = video_session(&w).await?;
        let session_id = session.rsplit('/').next().unwrap_or_default().to_owned();
        let call = format!("{session}/call");
        let portal_call = format!("/portal/sessions/{session_id}/call");
        let amina_c = w.again(&amina).await?;

        // 09:00 in Amsterdam: too early for the 10:00 session.
        let early = w.pat_c.get(w.app.url(&call)).send().await?;
        assert_eq!(early.status(), 403);
        assert!(plain(&early.text().await?).contains("The call opens at Mon, 30 Nov 2026, 09:45"));
        assert_eq!(amina_c.get(w.app.url(&portal_call)).send().await?.status(), 403);

        // 09:50: the call is open. The page holds the agreement, and no recording.
        w.app.clock.set(Timestamp::parse_utc("2026-11-30T08:50").ok_or("time")?);
        let pat_c = w.again(&w.pat).await?;
        let amina_c = w.again(&amina).await?;
        let page = pat_c.get(w.app.url(&call)).send().await?;
        assert_eq!(page.status(), 200);
        let policy = page.headers().get("permissions-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(policy.contains("camera=(self)") && policy.contains("microphone=(self)"), "{policy}");
        let text = plain(&page.text().await?);
        assert!(text.contains("Nobody records this call"), "{text}");
        assert!(text.contains("Is the bakery open?") && text.contains("Pat rings your mobile within 5 minutes"));
        assert!(text.contains("name=\"next\" value=\"call\""), "the start checklist is completed here");
        let member_page = plain(&amina_c.get(w.app.url(&portal_call)).send().await?.text().await?);
        assert!(member_page.contains("Ask to join") && member_page.contains("Is the bakery open?"));
        // Nobody else's call: Sam supervises the team but is not on the session.
        let sam_c = w.again(&w.sam).await?;
        assert_eq!(sam_c.get(w.app.url(&call)).send().await?.status(), 403);

        // The checklist, posted from the call page, comes back to the call.
        let items: Vec<(&str, &str)> = ["private_space", "no_recording", "camera", "connection_drop", "more_questions"]
            .iter()
            .map(|i| ("items", *i))
            .chain([("next", "call")])
            .collect();
        let done = pat_c.post(w.app.url(&format!("{session}/checklist"))).form(&items).send().await?;
        assert_eq!(crate::support::location(&done), call);

        let pat_cookie = w.app.session_for(&w.pat.actor.user_id).await?;
        let amina_cookie = w.app.session_for(&amina.actor.user_id).await?;
        let pat_key = format!("s-{}", w.pat.actor.user_id);
        let amina_key = format!("m-{}", w.member);
        let mut host = open(&w.app, &format!("{call}/live"), Some(&pat_cookie)).await?;
        let state = next_where(&mut host, "state", |s| s["presence"] == "admitted").await?;
        assert_eq!(state["you"], pat_key.as_str());
        let mut member = open(&w.app, &format!("{portal_call}/live"), Some(&amina_cookie)).await?;
        next_where(&mut member, "state", |s| s["presence"] == "waiting").await?;
        // The host sees her waiting, with her identity check.
        let waiting = next_where(&mut host, "state", |s| presence_of(s, &amina_key) == Some("waiting")).await?;
        let amina_row = waiting["people"].as_array().and_then(|p| p.iter().find(|p| p["key"] == amina_key.as_str()));
        assert_eq!(amina_row.map(|r| r["verification"].clone()), Some("Not verified".into()));

        // Waiting, she cannot reach the host's browser; nor can she let herself in.
        member.send(Frame::text(format!("to={pat_key}&signal=%7B%7D"))).await?;
        assert_eq!(next_where(&mut member, "refused", |_| true).await?, "signal");
        member.send(Frame::text(format!("admit={amina_key}"))).await?;
        assert_eq!(next_where(&mut member, "refused", |_| true).await?, "host");

        // Let in, the two browsers exchange their signalling through Hearth.
        host.send(Frame::text(format!("admit={amina_key}"))).await?;
        next_where(&mut member, "state", |s| s["presence"] == "admitted").await?;
        host.send(Frame::text(format!("to={amina_key}&signal=%7B%22description%22%3A%22offer%22%7D"))).await?;
        let signal = next_where(&mut member, "signal", |_| true).await?;
        assert_eq!(signal["from"], pat_key.as_str());
        assert_eq!(signal["body"], r#"{"description":"offer"}"#);
        member.send(Frame::text(format!("to={pat_key}&signal=answer"))).await?;
        assert_eq!(next_where(&mut host, "signal", |_| true).await?["body"], "answer");

        // Her connection drops: the host is told, with the time it is given up.
        drop(member);
        let interrupted = next_where(&mut host, "state", |s| !s["interrupted"].is_null()).await?;
        let notice = interrupted["interrupted"]["text"].as_str().unwrap_or_default().to_owned();
        let minute = |key: &str| -> Option<i64> {
            let (h, m) = interrupted["interrupted"][key].as_str()?.split_once(':')?;
            Some(h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?)
        };
        assert_eq!(minute("until").zip(minute("since")).map(|(u, s)| u - s), Some(3), "the agreed wait: {notice}");
        assert!(notice.contains("recorded as ended abruptly"), "{notice}");
        // Back within the agreed minutes, the call goes on.
        w.app.clock.advance_seconds(30);
        let mut member = open(&w.app, &format!("{portal_call}/live"), Some(&amina_cookie)).await?;
        next_where(&mut member, "state", |s| s["presence"] == "admitted" && s["interrupted"].is_null()).await?;
        assert_eq!(run_due(&w).await?, 0, "restored in time");

        // Dropped again and not back within three minutes: ended abruptly.
        drop(member);
        next_where(&mut host, "state", |s| !s["interrupted"].is_null()).await?;
        w.app.clock.advance_seconds(2 * 60);
        assert_eq!(run_due(&w).await?, 0, "two minutes: still waiting");
        w.app.clock.advance_seconds(61);
        assert_eq!(run_due(&w).await?, 1, "three minutes: given up");
        let pat_c = w.again(&w.pat).await?;
        let after = plain(&pat_c.get(w.app.url(&session)).send().await?.text().await?);
        assert!(after.contains("Ended abruptly"), "{after}");
        assert!(after.contains("Complete the follow-up") || after.contains("follow-up"), "aftercare planned: {after}");
        for kept in [
            "The call was opened",
            "Amina Haddad is in the waiting room",
            "joined the call",
            "connection dropped",
            "connection came back",
            "The call ended abruptly",
        ] {
            assert!(after.contains(kept), "the call's record keeps {kept:?}: {after}");
        }
        // The call is closed now, for everyone.
        assert_eq!(amina_c.get(w.app.url(&portal_call)).send().await?.status(), 403);
        let mut tx = w.app.store.begin().await?;
        let call_record = tx.call_of(&hearth_core::ids::SupportSessionId::parse(&session_id)?).await?.ok_or("call")?;
        tx.commit().await?;
        assert_eq!(call_record.ending, Some(hearth_store::calls::CallEnding::Abruptly));
        Ok(())
    }

    async fn run_due(w: &World) -> Fallible<usize> {
        Ok(hearth_web::jobs::run_due_work(&w.app.state).await?.calls_ended_abruptly)
    }

    #[tokio::test]
    async fn a_translator_joins_by_link_and_waits_to_be_let_in() -> TestResult {
        let w = world().await?;
        let (session, _) = video_session(&w).await?;
        let session_id = session.rsplit('/').next().unwrap_or_default().to_owned();
        let invited = w
            .pat_c
            .post(w.app.url(&format!("{session}/translators")))
            .form(&[
                ("translator_name", "Karim"),
                ("translator_email", "karim@interpreters.example"),
                ("translator_language", "ar"),
            ])
            .send()
            .await?;
        assert_eq!(invited.status(), 200);
        let mut body = None;
        for count in 1..=4 {
            body =
                w.app.smtp.wait_for(count).await.iter().map(|m| decoded_body(m)).find(|b| b.contains("/translator/"));
            if body.is_some() {
                break;
            }
        }
        let body = body.ok_or("invitation")?;
        let link = plain(&body).lines().find(|l| l.contains("/translator/")).ok_or("link")?.trim().to_owned();
        let path = link.strip_prefix(&w.app.base).ok_or("host")?.to_owned();
        let translator = w.app.client()?;
        // Not before the undertaking is accepted.
        assert_eq!(translator.get(w.app.url(&format!("{path}/call"))).send().await?.status(), 404);
        let accepted = translator.post(w.app.url(&path)).form(&[("accept", "yes")]).send().await?.text().await?;
        assert!(accepted.contains(&format!("{path}/call")), "the accepted link leads to the call");
        w.app.clock.set(Timestamp::parse_utc("2026-11-30T08:50").ok_or("time")?);
        let page = translator.get(w.app.url(&format!("{path}/call"))).send().await?;
        assert_eq!(page.status(), 200);
        assert!(page.text().await?.contains("dir=\"rtl\""), "in the translator's language");
        let pat_cookie = w.app.session_for(&w.pat.actor.user_id).await?;
        let mut host = open(&w.app, &format!("{session}/call/live"), Some(&pat_cookie)).await?;
        let mut karim = open(&w.app, &format!("{path}/call/live"), None).await?;
        next_where(&mut karim, "state", |s| s["presence"] == "waiting").await?;
        let state = next_where(&mut host, "state", |s| {
            s["people"].as_array().is_some_and(|p| p.iter().any(|p| p["role"] == "translator"))
        })
        .await?;
        let key = state["people"]
            .as_array()
            .and_then(|p| p.iter().find(|p| p["role"] == "translator"))
            .and_then(|p| p["key"].as_str())
            .ok_or("translator key")?
            .to_owned();
        host.send(Frame::text(format!("admit={key}"))).await?;
        next_where(&mut karim, "state", |s| s["presence"] == "admitted").await?;
        // The host ends the call: everyone's page is told.
        host.send(Frame::text("end=yes")).await?;
        assert_eq!(next_where(&mut karim, "closed", |_| true).await?, "ended");
        // After the window the link no longer opens a call.
        w.app.clock.set(Timestamp::parse_utc("2026-11-30T10:30").ok_or("time")?);
        assert_eq!(translator.get(w.app.url(&format!("{path}/call"))).send().await?.status(), 403);
        let _ = session_id;
        Ok(())
    }
}
