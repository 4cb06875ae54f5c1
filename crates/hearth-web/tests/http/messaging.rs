//! Conversations with a family, from the practitioner's side.

use hearth_core::accounts::Role;
use hearth_core::ids::FamilyId;

use crate::support::{Fallible, TestApp, TestResult, TestUser, location, plain};

/// A practitioner signed in with a family whose mother has a portal account.
async fn family_with_portal_member(app: &TestApp) -> Fallible<(reqwest::Client, TestUser, String, TestUser)> {
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let amina = app.user(&org, None, Role::FamilyMember, "amina@family.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    let created =
        client.post(app.url("/families")).form(&[("name", "Haddad family"), ("team", team.as_str())]).send().await?;
    let family = location(&created);
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(
        plain(&page).contains("Invite a member to the portal first"),
        "without a member who can be written to, the page says what to do"
    );
    client
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "Amina Haddad"), ("role", "parent"), ("languages", "Arabic")])
        .send()
        .await?;
    let family_id = FamilyId::parse(family.trim_start_matches("/families/"))?;
    let mut tx = app.store.begin().await?;
    let read = tx.read_family(&pat.actor, &family_id).await?;
    let member = tx.members_of(&read).await?.into_iter().next().ok_or("member")?;
    tx.link_member_account(&org, &member.id, &amina.actor.user_id).await?;
    tx.commit().await?;
    Ok((client, pat, family, amina))
}

/// Starts a conversation with the family's member from the family file, as
/// the practitioner would; returns its page on the staff side.
pub(crate) async fn start_with_member(app: &TestApp, client: &reqwest::Client, family: &str) -> Fallible<String> {
    let page = client.get(app.url(family)).send().await?.text().await?;
    let member = page.split("name=\"members\" value=\"").nth(1).and_then(|r| r.get(..32)).ok_or("member")?;
    let started = client.post(app.url(&format!("{family}/conversations"))).form(&[("members", member)]).send().await?;
    Ok(location(&started))
}

#[tokio::test]
async fn a_practitioner_writes_corrects_and_sees_what_the_member_has_seen() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _pat, family, amina) = family_with_portal_member(&app).await?;
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("No conversations yet."), "an empty state");
    let member = page
        .split("name=\"members\" value=\"")
        .nth(1)
        .and_then(|rest| rest.get(..32))
        .ok_or("the start form offers the member with an account")?
        .to_owned();

    // Nobody ticked: the form comes back with a message.
    let refused = client.post(app.url(&format!("{family}/conversations"))).form(&[("members", "")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("Choose at least one member with a portal account."));

    let started = client.post(app.url(&format!("{family}/conversations"))).form(&[("members", &member)]).send().await?;
    assert_eq!(started.status(), 303);
    let conversation = location(&started);
    let page = client.get(app.url(&conversation)).send().await?.text().await?;
    assert!(plain(&page).contains("With Amina Haddad"), "{page}");
    assert!(page.contains("No messages yet."));

    // An empty message and one that is too long come back with what was typed.
    let empty = client.post(app.url(&format!("{conversation}/messages"))).form(&[("text", "   ")]).send().await?;
    assert_eq!(empty.status(), 422);
    assert!(empty.text().await?.contains("Write a message before sending it."));
    let long = "a".repeat(4_001);
    let too_long =
        client.post(app.url(&format!("{conversation}/messages"))).form(&[("text", long.as_str())]).send().await?;
    assert_eq!(too_long.status(), 422);
    let body = too_long.text().await?;
    assert!(body.contains("at most 4,000 characters") && body.contains(&long), "the typed text is kept");

    let sent = client
        .post(app.url(&format!("{conversation}/messages")))
        .form(&[("text", "Is Thursday after school still good for the visit?")])
        .send()
        .await?;
    assert_eq!(sent.status(), 303);
    assert!(location(&sent).ends_with("#m1"));
    let page = client.get(app.url(&conversation)).send().await?.text().await?;
    assert!(page.contains("Is Thursday after school still good for the visit?"));
    let message = page
        .split("/messages/")
        .nth(1)
        .and_then(|rest| rest.get(..32))
        .ok_or("one's own message can be corrected")?
        .to_owned();
    let corrected = client
        .post(app.url(&format!("{conversation}/messages/{message}/correction")))
        .form(&[("text", "Is Thursday at four still good for the visit?")])
        .send()
        .await?;
    assert_eq!(corrected.status(), 303);

    // The member reads it in the portal, and answers.
    let member_client = app.client()?;
    app.sign_in(&member_client, &amina).await?;
    let list = plain(&member_client.get(app.url("/portal/conversations")).send().await?.text().await?);
    assert!(list.contains("With Amina Haddad") && list.contains("1 new message"), "{list}");
    let conversation_id = conversation.rsplit('/').next().unwrap_or_default();
    let portal = format!("/portal/conversations/{conversation_id}");
    let seen = member_client.get(app.url(&portal)).send().await?.text().await?;
    assert!(seen.contains("Is Thursday at four still good for the visit?"));
    let staff_view = plain(&client.get(app.url(&conversation)).send().await?.text().await?);
    assert!(staff_view.contains("Seen by amina"), "what the member has seen is shown");
    let refused = member_client
        .post(app.url(&format!("{portal}/messages")))
        .form(&[("text", ""), ("urgent", "yes")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("name=\"urgent\" value=\"yes\" checked"), "the ticked box is kept");
    let answered = member_client
        .post(app.url(&format!("{portal}/messages")))
        .form(&[("text", "Yes, but my son will not be there"), ("urgent", "yes")])
        .send()
        .await?;
    assert_eq!(answered.status(), 303);

    // Someone who does not take part cannot open it, even in the same organisation.
    let (org, _) = (amina.actor.organisation_id.clone(), ());
    let stranger = app.user(&org, None, Role::FamilyMember, "stranger@family.example").await?;
    let stranger_client = app.client()?;
    app.sign_in(&stranger_client, &stranger).await?;
    let refused = stranger_client.get(app.url(&portal)).send().await?;
    assert!(matches!(refused.status().as_u16(), 403 | 404), "{}", refused.status());
    let none = plain(&stranger_client.get(app.url("/portal/conversations")).send().await?.text().await?);
    assert!(none.contains("No conversations yet."));

    let page = plain(&client.get(app.url(&conversation)).send().await?.text().await?);
    assert!(page.contains("Is Thursday at four still good for the visit?"), "the correction is in force");
    assert!(page.contains("Corrected") && page.contains("Is Thursday after school"), "the earlier text stays");
    assert!(page.contains("Yes, but my son will not be there") && page.contains("Urgent"), "her urgent answer");
    let family_page = plain(&client.get(app.url(&family)).send().await?.text().await?);
    assert!(family_page.contains("With Amina Haddad"), "the family file lists the conversation");
    Ok(())
}

#[tokio::test]
async fn out_of_hours_the_member_gets_one_automatic_reply_in_her_language() -> TestResult {
    use hearth_core::clock::Timestamp;
    let app = TestApp::spawn().await?;
    // Monday morning: the practitioner is at work.
    app.clock.set(Timestamp::parse_utc("2026-11-30T09:30").ok_or("time")?);
    let (client, _pat, family, amina) = family_with_portal_member(&app).await?;
    let mut tx = app.store.begin().await?;
    let account = tx.user(&amina.actor.user_id).await?.ok_or("account")?;
    tx.set_language(&account, "ar").await?;
    tx.commit().await?;
    let conversation = start_with_member(&app, &client, &family).await?;
    let conversation_id = conversation.rsplit('/').next().unwrap_or_default().to_owned();
    let portal = format!("/portal/conversations/{conversation_id}");
    let member_client = app.client()?;
    app.sign_in(&member_client, &amina).await?;
    let answer = |text: &'static str| {
        let (client, url) = (member_client.clone(), app.url(&format!("{portal}/messages")));
        async move { client.post(url).form(&[("text", text)]).send().await }
    };
    answer("Good morning").await?;
    let page = member_client.get(app.url(&portal)).send().await?.text().await?;
    assert!(!page.contains("غائب"), "at work: no automatic reply");

    // Monday evening: one automatic reply, in Arabic, however many messages she sends.
    app.clock.set(Timestamp::parse_utc("2026-11-30T19:30").ok_or("time")?);
    let member_client = app.client()?;
    app.sign_in(&member_client, &amina).await?;
    let answer = |text: &'static str| {
        let (client, url) = (member_client.clone(), app.url(&format!("{portal}/messages")));
        async move { client.post(url).form(&[("text", text)]).send().await }
    };
    assert_eq!(answer("Are you there?").await?.status(), 303);
    assert_eq!(answer("It is about tomorrow").await?.status(), 303);
    let page = plain(&member_client.get(app.url(&portal)).send().await?.text().await?);
    assert_eq!(page.matches("غائب حتى").count(), 1, "{page}");
    assert!(page.contains("pat غائب حتى الثلاثاء، 01\u{200f}/12\u{200f}/2026"), "when the practitioner is back: {page}");
    assert!(page.contains("Hearth (ردّ تلقائي)"), "the reply says it is automatic");
    Ok(())
}

mod live {
    use futures_util::{SinkExt, StreamExt};
    use tokio_tungstenite::tungstenite::Message as Frame;
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;

    use super::family_with_portal_member;
    use crate::support::{Fallible, TestApp, TestResult, location};

    type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

    async fn open(app: &TestApp, path: &str, cookie: &str, origin: Option<&str>) -> Fallible<Socket> {
        let url = app.url(path).replacen("http://", "ws://", 1);
        let mut request = url.into_client_request()?;
        request.headers_mut().insert("cookie", cookie.parse()?);
        if let Some(origin) = origin {
            request.headers_mut().insert("origin", origin.parse()?);
        }
        Ok(tokio_tungstenite::connect_async(request).await?.0)
    }

    /// The next frame Hearth sends that has `key`, skipping the others.
    async fn next_with(socket: &mut Socket, key: &str) -> Fallible<serde_json::Value> {
        loop {
            let frame = tokio::time::timeout(std::time::Duration::from_secs(10), socket.next())
                .await
                .map_err(|_| format!("no frame with {key} within 10 s"))?
                .ok_or("the socket closed")??;
            if let Frame::Text(text) = frame {
                let value: serde_json::Value = serde_json::from_str(&text)?;
                if value.get(key).is_some() {
                    return Ok(value);
                }
            }
        }
    }

    #[tokio::test]
    async fn messages_corrections_and_seen_marks_arrive_live_both_ways() -> TestResult {
        let app = TestApp::spawn().await?;
        // Monday morning: the practitioner is at work, so Hearth does not answer for them.
        app.clock.set(hearth_core::clock::Timestamp::parse_utc("2026-11-30T09:30").ok_or("time")?);
        let (client, pat, family, amina) = family_with_portal_member(&app).await?;
        let conversation = super::start_with_member(&app, &client, &family).await?;
        let conversation_id = conversation.rsplit('/').next().unwrap_or_default().to_owned();
        let portal = format!("/portal/conversations/{conversation_id}");
        let staff_cookie = app.session_for(&pat.actor.user_id).await?;
        let member_cookie = app.session_for(&amina.actor.user_id).await?;

        // Opened as a page rather than a socket, the live address shows the page.
        let plain_get = client.get(app.url(&format!("{conversation}/live"))).send().await?;
        assert_eq!(location(&plain_get), conversation);
        // Another site's page cannot open a socket with the practitioner's cookie.
        let forged =
            open(&app, &format!("{conversation}/live"), &staff_cookie, Some("https://elsewhere.example")).await;
        assert!(forged.is_err(), "a socket from another origin is refused");

        let mut staff = open(&app, &format!("{conversation}/live?after=0"), &staff_cookie, Some(&app.url(""))).await?;
        let mut family_side = open(&app, &format!("{portal}/live?after=0"), &member_cookie, None).await?;

        // The member writes over her socket; the practitioner's page gets it at once.
        family_side.send(Frame::text("text=Can+we+move+Thursday%3F")).await?;
        assert_eq!(next_with(&mut family_side, "sent").await?["sent"], 1);
        let arrived = next_with(&mut staff, "message").await?;
        assert_eq!(arrived["seq"], 1);
        let html = arrived["html"].as_str().unwrap_or_default();
        assert!(html.contains("Can we move Thursday?") && html.starts_with("<li id=\"m1\""), "{html}");
        assert!(arrived["announce"].as_str().unwrap_or_default().contains("amina"), "{arrived}");

        // The practitioner's page says it has seen it: the member sees "Seen by".
        staff.send(Frame::text("seen=1")).await?;
        let seen = next_with(&mut family_side, "seen").await?;
        let seen = if seen["seen"].as_array().is_some_and(Vec::is_empty) {
            next_with(&mut family_side, "seen").await?
        } else {
            seen
        };
        assert_eq!(seen["seen"][0][0], 1, "{seen}");
        assert!(seen["seen"][0][1].as_str().unwrap_or_default().contains("pat"), "{seen}");

        // A reply through the form without JavaScript reaches the member's socket too.
        let sent = client
            .post(app.url(&format!("{conversation}/messages")))
            .form(&[("text", "Yes, Friday at four")])
            .send()
            .await?;
        assert_eq!(sent.status(), 303);
        let reply = next_with(&mut family_side, "message").await?;
        assert!(reply["html"].as_str().unwrap_or_default().contains("Yes, Friday at four"));

        // Refused input comes back as a message; nothing is sent.
        family_side.send(Frame::text("text=+++")).await?;
        assert!(
            next_with(&mut family_side, "refused").await?["refused"]
                .as_str()
                .unwrap_or_default()
                .contains("Write a message")
        );
        family_side.send(Frame::text("text=bell%07")).await?;
        assert!(next_with(&mut family_side, "refused").await?["refused"].as_str().is_some());

        // A correction replaces the message on the other page, marked as corrected.
        let page = client.get(app.url(&conversation)).send().await?.text().await?;
        let message = page.split("/messages/").nth(1).and_then(|r| r.get(..32)).ok_or("own message")?.to_owned();
        client
            .post(app.url(&format!("{conversation}/messages/{message}/correction")))
            .form(&[("text", "Yes, Friday at five")])
            .send()
            .await?;
        let corrected = next_with(&mut family_side, "corrected").await?;
        let html = corrected["html"].as_str().unwrap_or_default();
        assert!(html.contains("Yes, Friday at five") && html.contains("Corrected"), "{html}");

        // Signing out ends the member's live page at the next thing that happens.
        let signed_out = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
        signed_out.post(app.url("/logout")).header("cookie", &member_cookie).send().await?;
        client.post(app.url(&format!("{conversation}/messages"))).form(&[("text", "See you then")]).send().await?;
        assert_eq!(next_with(&mut family_side, "ended").await?["ended"], true);

        // Every message went into the database once.
        let mut tx = app.store.begin_read().await?;
        let read = tx
            .read_family(&pat.actor, &hearth_core::ids::FamilyId::parse(family.trim_start_matches("/families/"))?)
            .await?;
        let listed = tx.conversations_of(&read, &pat.actor.user_id).await?;
        tx.commit().await?;
        assert_eq!(listed.first().map(|c| c.messages), Some(3));
        // The family timeline shows the day as one entry, without what was said.
        let timeline = crate::support::plain(&client.get(app.url(&family)).send().await?.text().await?);
        assert!(
            timeline.contains("2026-11-30</span> <a href=\"/families/")
                && timeline.contains("Conversation with Amina Haddad: 3 messages, 1 from the family</a>"),
            "{timeline}"
        );
        Ok(())
    }
}

mod notices {
    use hearth_core::accounts::Role;
    use hearth_core::clock::Timestamp;
    use hearth_web::jobs::run_due_work;

    use super::family_with_portal_member;
    use crate::support::{TestApp, TestResult, decoded_body, plain};

    fn at(text: &str) -> Result<Timestamp, Box<dyn std::error::Error>> {
        Ok(Timestamp::parse_utc(text).ok_or("time")?)
    }

    #[tokio::test]
    async fn the_practitioner_hears_in_working_hours_and_on_call_hears_of_urgent_at_once() -> TestResult {
        let app = TestApp::spawn().await?;
        // Monday evening, after hours (the default policy works weekdays 9 to 5).
        app.clock.set(at("2026-11-30T19:30")?);
        let (client, pat, family, amina) = family_with_portal_member(&app).await?;
        let org = amina.actor.organisation_id.clone();
        let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
        let on_call = app.user(&org, None, Role::Supervisor, "sam@org.example").await?;
        let mut tx = app.store.begin().await?;
        tx.add_on_call_shift(&admin.actor, &on_call.actor.user_id, at("2026-11-30T17:00")?, at("2026-12-01T09:00")?)
            .await?;
        tx.set_email_notifications(&on_call.actor, true).await?;
        tx.commit().await?;
        let conversation = super::start_with_member(&app, &client, &family).await?;
        let conversation_id = conversation.rsplit('/').next().unwrap_or_default().to_owned();
        let portal = format!("/portal/conversations/{conversation_id}");
        let member_client = app.client()?;
        app.sign_in(&member_client, &amina).await?;
        let before = app.smtp.all().len();

        member_client.post(app.url(&format!("{portal}/messages"))).form(&[("text", "A quick question")]).send().await?;
        let notices = plain(&client.get(app.url("/notifications")).send().await?.text().await?);
        assert!(!notices.contains("wrote in a conversation"), "not in the evening: {notices}");

        // Urgent: the person on call hears at once, in the app and by an e-mail without content.
        member_client
            .post(app.url(&format!("{portal}/messages")))
            .form(&[("text", "The police are at the door"), ("urgent", "yes")])
            .send()
            .await?;
        let sam = app.client()?;
        app.sign_in(&sam, &on_call).await?;
        let notices = plain(&sam.get(app.url("/notifications")).send().await?.text().await?);
        assert!(notices.contains("amina (Haddad family) sent a message marked urgent."), "{notices}");
        let mails = app.smtp.wait_for(before + 1).await;
        let urgent_mail = mails.get(before).map(|m| decoded_body(m)).ok_or("the on-call e-mail")?;
        assert!(urgent_mail.contains("A family member has sent a message marked urgent."), "{urgent_mail}");
        assert!(!urgent_mail.contains("police") && !urgent_mail.contains("Haddad"), "{urgent_mail}");
        // The on-call supervisor is not on the family: its conversation stays closed without break-glass.
        let refused = sam.get(app.url(&format!("{family}/conversations/{conversation_id}"))).send().await?;
        assert_eq!(refused.status(), 403);

        // Tuesday 09:00: the practitioner's hours start, and the one notice for the family shows.
        app.clock.set(at("2026-12-01T09:01")?);
        let client = app.client()?;
        app.sign_in(&client, &pat).await?;
        let notices = plain(&client.get(app.url("/notifications")).send().await?.text().await?);
        assert_eq!(notices.matches("amina wrote in a conversation with Haddad family.").count(), 1, "{notices}");
        Ok(())
    }

    #[tokio::test]
    async fn a_member_is_emailed_discreetly_at_most_hourly_and_can_turn_it_off() -> TestResult {
        let app = TestApp::spawn().await?;
        app.clock.set(at("2026-11-30T10:00")?);
        let (client, pat, family, amina) = family_with_portal_member(&app).await?;
        let admin = app.user(&amina.actor.organisation_id, None, Role::OrganisationAdmin, "a@org.example").await?;
        let mut tx = app.store.begin().await?;
        let settings = hearth_store::organisations::PortalSettings {
            discreet_name: Some("Garden Notes".into()),
            quick_exit_url: None,
        };
        tx.set_portal_settings(&admin.actor, &settings).await?;
        tx.commit().await?;
        let _ = pat;
        let conversation = super::start_with_member(&app, &client, &family).await?;
        let say = |text: &'static str| {
            let (client, url) = (client.clone(), app.url(&format!("{conversation}/messages")));
            async move { client.post(url).form(&[("text", text)]).send().await }
        };
        say("Your son's appointment moved to Friday").await?;
        assert_eq!(run_due_work(&app.state).await?.message_emails_sent, 0, "not before two quiet minutes");
        app.clock.set(at("2026-11-30T10:03")?);
        assert_eq!(run_due_work(&app.state).await?.message_emails_sent, 1);
        let mail = app.smtp.all().last().cloned().ok_or("the e-mail")?;
        let body = decoded_body(&mail);
        assert!(body.contains("You have a new message in Garden Notes"), "{body}");
        assert!(!body.contains("Friday") && !body.contains("Org") && !mail.contains("pat"), "{mail}");

        // A second message within the hour sends nothing more; after the hour, one more.
        app.clock.set(at("2026-11-30T10:10")?);
        say("Bring the letter, please").await?;
        app.clock.set(at("2026-11-30T10:30")?);
        assert_eq!(run_due_work(&app.state).await?.message_emails_sent, 0, "one an hour");
        app.clock.set(at("2026-11-30T11:04")?);
        assert_eq!(run_due_work(&app.state).await?.message_emails_sent, 1);

        // Once she has read it nothing is sent; and she can turn e-mail off.
        let member_client = app.client()?;
        app.sign_in(&member_client, &amina).await?;
        let account = member_client.get(app.url("/account")).send().await?.text().await?;
        assert!(account.contains("name=\"message_emails\" value=\"yes\" checked"), "on by default");
        let off = member_client.post(app.url("/account/message-emails")).form(&[("message_emails", "")]).send().await?;
        assert_eq!(off.status(), 303);
        say("And one more thing").await?;
        app.clock.set(at("2026-11-30T13:00")?);
        assert_eq!(run_due_work(&app.state).await?.message_emails_sent, 0, "turned off");
        let member_client = app.client()?;
        app.sign_in(&member_client, &amina).await?;
        let account = member_client.get(app.url("/account")).send().await?.text().await?;
        assert!(account.contains("name=\"message_emails\" value=\"yes\">"), "shown off");
        Ok(())
    }
}

mod quick_answers {
    use hearth_core::accounts::Role;

    use super::family_with_portal_member;
    use crate::support::{TestApp, TestResult, plain};

    #[tokio::test]
    async fn kept_in_five_languages_read_in_the_portal_and_put_into_a_reply() -> TestResult {
        let app = TestApp::spawn().await?;
        let (client, _pat, family, amina) = family_with_portal_member(&app).await?;
        let org = amina.actor.organisation_id.clone();
        let supervisor = app.user(&org, None, Role::Supervisor, "sup@org.example").await?;
        let editor = app.client()?;
        app.sign_in(&editor, &supervisor).await?;
        let empty = plain(&editor.get(app.url("/admin/quick-answers")).send().await?.text().await?);
        assert!(empty.contains("No quick answers yet. Add the first one."));

        // Half a language is refused, with everything typed kept.
        let refused = editor
            .post(app.url("/admin/quick-answers"))
            .form(&[
                ("question_en", "Visiting a prison"),
                ("answer_en", "Book a visit a day ahead."),
                ("question_ar", "زيارة السجن"),
            ])
            .send()
            .await?;
        assert_eq!(refused.status(), 422);
        let body = refused.text().await?;
        assert!(body.contains("Write both the question and the answer, or leave both empty."));
        assert!(body.contains("Book a visit a day ahead.") && body.contains("زيارة السجن"));
        let created = editor
            .post(app.url("/admin/quick-answers"))
            .form(&[
                ("question_en", "Visiting a prison"),
                ("answer_en", "Book a visit a day ahead."),
                ("question_ar", "زيارة السجن"),
                ("answer_ar", "احجز الزيارة قبل يوم."),
            ])
            .send()
            .await?;
        assert_eq!(created.status(), 303);
        let list = plain(&editor.get(app.url("/admin/quick-answers")).send().await?.text().await?);
        assert!(list.contains("Visiting a prison") && list.contains("English, العربية"), "{list}");

        // The member reads it in her language.
        let mut tx = app.store.begin().await?;
        let account = tx.user(&amina.actor.user_id).await?.ok_or("account")?;
        tx.set_language(&account, "ar").await?;
        tx.commit().await?;
        let member = app.client()?;
        app.sign_in(&member, &amina).await?;
        let portal = plain(&member.get(app.url("/portal/answers")).send().await?.text().await?);
        assert!(portal.contains("زيارة السجن") && portal.contains("احجز الزيارة قبل يوم."), "{portal}");

        // The practitioner chooses it on the conversation page: it is put in the box in Arabic.
        let conversation = super::start_with_member(&app, &client, &family).await?;
        let page = client.get(app.url(&conversation)).send().await?.text().await?;
        assert!(
            plain(&page).contains("Insert a quick answer") && plain(&page).contains("Inserted in العربية"),
            "{page}"
        );
        let choice = page.split("href=\"?answer=").nth(1).and_then(|r| r.get(..32)).ok_or("a choice")?.to_owned();
        assert!(page.contains("data-answer=\"احجز الزيارة قبل يوم.\""), "the script inserts the Arabic text");
        let chosen = client.get(app.url(&format!("{conversation}?answer={choice}"))).send().await?.text().await?;
        assert!(chosen.contains(">احجز الزيارة قبل يوم.</textarea>"), "without JavaScript the page comes back with it");

        // Removing asks first, then it is gone for everyone.
        let answer_href = list_href(&editor, &app).await?;
        let confirm = plain(&editor.get(app.url(&format!("{answer_href}/remove"))).send().await?.text().await?);
        assert!(confirm.contains("will no longer be shown"), "{confirm}");
        let removed = editor.post(app.url(&format!("{answer_href}/remove"))).send().await?;
        assert_eq!(removed.status(), 303);
        let portal = plain(&member.get(app.url("/portal/answers")).send().await?.text().await?);
        assert!(!portal.contains("زيارة السجن"));
        Ok(())
    }

    async fn list_href(editor: &reqwest::Client, app: &TestApp) -> Result<String, Box<dyn std::error::Error>> {
        let list = editor.get(app.url("/admin/quick-answers")).send().await?.text().await?;
        let id = list
            .split("href=\"/admin/quick-answers/")
            .filter_map(|r| r.get(..32))
            .find(|id| id.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or("listed")?;
        Ok(format!("/admin/quick-answers/{id}"))
    }
}

mod attachments {
    use super::family_with_portal_member;
    use crate::support::{TestApp, TestResult, plain};

    fn photo() -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        let pixels = image::RgbImage::from_pixel(8, 8, image::Rgb([40, 120, 200]));
        let mut out = std::io::Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(pixels).write_to(&mut out, image::ImageFormat::Png)?;
        Ok(out.into_inner())
    }

    fn upload(name: &str, bytes: Vec<u8>, caption: &str) -> reqwest::multipart::Form {
        reqwest::multipart::Form::new()
            .part("document", reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()))
            .text("text", caption.to_owned())
    }

    #[tokio::test]
    async fn a_member_sends_a_photo_that_staff_download_from_the_file_and_only_photos_and_pdfs_go() -> TestResult {
        let app = TestApp::spawn().await?;
        app.clock.set(hearth_core::clock::Timestamp::parse_utc("2026-11-30T09:30").ok_or("time")?);
        let (client, pat, family, amina) = family_with_portal_member(&app).await?;
        let conversation = super::start_with_member(&app, &client, &family).await?;
        let portal = format!("/portal/conversations/{}", conversation.rsplit('/').next().unwrap_or_default());
        let member_client = app.client()?;
        app.sign_in(&member_client, &amina).await?;

        // A text file is refused, with the words typed kept.
        let refused = member_client
            .post(app.url(&format!("{portal}/attachments")))
            .multipart(upload("notes.txt", b"just text".to_vec(), "The school letter"))
            .send()
            .await?;
        assert_eq!(refused.status(), 422);
        let body = refused.text().await?;
        assert!(body.contains("Only photos (JPEG, PNG) and PDF files"), "{body}");
        assert!(body.contains("value=\"The school letter\""), "the caption is kept");

        let sent = member_client
            .post(app.url(&format!("{portal}/attachments")))
            .multipart(upload("letter.png", photo()?, "The school letter"))
            .send()
            .await?;
        assert_eq!(sent.status(), 303, "{}", sent.text().await?);
        let page = member_client.get(app.url(&portal)).send().await?.text().await?;
        assert!(plain(&page).contains("The school letter"));
        let own_link = page
            .split(&format!("href=\"{portal}/attachments/"))
            .nth(1)
            .and_then(|r| r.get(..32))
            .ok_or("her page links the file")?
            .to_owned();
        let mine = member_client.get(app.url(&format!("{portal}/attachments/{own_link}"))).send().await?;
        assert_eq!(mine.status(), 200);
        assert_eq!(mine.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("image/png"));
        assert!(
            mine.headers()
                .get("content-disposition")
                .is_some_and(|v| v.to_str().unwrap_or_default().starts_with("attachment"))
        );

        // The practitioner sees it in the conversation and downloads it from the family file.
        let staff_page = client.get(app.url(&conversation)).send().await?.text().await?;
        let href = format!("{family}/documents/{own_link}");
        assert!(staff_page.contains(&format!("href=\"{href}\"")), "{staff_page}");
        let downloaded = client.get(app.url(&href)).send().await?;
        assert_eq!(downloaded.status(), 200);
        let bytes = downloaded.bytes().await?;
        assert!(image::load_from_memory_with_format(&bytes, image::ImageFormat::Png).is_ok(), "a clean PNG");
        let file_page = plain(&client.get(app.url(&family)).send().await?.text().await?);
        assert!(file_page.contains("letter.png"), "kept among the family's documents");

        // Both downloads are on the record, and nobody else can take it.
        let mut tx = app.store.begin_read().await?;
        let family_id = hearth_core::ids::FamilyId::parse(family.trim_start_matches("/families/"))?;
        let trail = tx
            .family_access_log(
                &pat.actor,
                &family_id,
                &hearth_store::audit::AccessLogFilter::default(),
                hearth_store::PageRequest::new(1, 200),
            )
            .await?
            .events
            .items;
        tx.commit().await?;
        let downloads = trail.iter().filter(|e| e.action == "family.document_downloaded").count();
        assert_eq!(downloads, 2, "{trail:?}");
        let stranger = app
            .user(&amina.actor.organisation_id, None, hearth_core::accounts::Role::FamilyMember, "s@f.example")
            .await?;
        let stranger_client = app.client()?;
        app.sign_in(&stranger_client, &stranger).await?;
        let refused = stranger_client.get(app.url(&format!("{portal}/attachments/{own_link}"))).send().await?;
        assert!(matches!(refused.status().as_u16(), 403 | 404));
        Ok(())
    }
}
