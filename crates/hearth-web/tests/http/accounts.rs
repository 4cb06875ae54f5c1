//! Invitations, passwords, second factors, throttling and sessions.

use hearth_core::accounts::{Role, TotpSecret};
use hearth_core::audit::AuditAction;
use hearth_core::clock::Clock;
use hearth_store::audit::Verification;

use crate::support::{PASSWORD, TestApp, TestResult, decoded_body, location};

fn invitation_link(message: &str) -> Option<String> {
    decoded_body(message).lines().find(|l| l.contains("/invitations/")).map(|l| l.trim().to_owned())
}

fn find_secret(html: &str) -> Option<String> {
    let start = html.find("id=\"totp-secret\">")? + "id=\"totp-secret\">".len();
    let end = html[start..].find('<')?;
    Some(html[start..start + end].to_owned())
}

#[tokio::test]
async fn invited_practitioner_sets_password_enrols_totp_and_signs_in() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Northside Family Support").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@north.example").await?;
    let admin_client = app.client()?;
    app.sign_in(&admin_client, &admin).await?;

    // The admin invites a practitioner in Dutch.
    let page = admin_client
        .post(app.url("/admin/invitations"))
        .form(&[
            ("name", "Noor de Vries"),
            ("email", "Noor@North.example"),
            ("role", "practitioner"),
            ("team", team.as_str()),
            ("language", "nl"),
        ])
        .send()
        .await?;
    assert_eq!(page.status(), 200);
    let body = page.text().await?;
    assert!(body.contains("noor@north.example"), "listed with the normalised address");
    assert!(!body.contains("id=\"invitation-link\""), "the link is not shown when e-mail was sent");

    let mails = app.smtp.wait_for(1).await;
    assert_eq!(mails.len(), 1, "one invitation e-mail");
    assert!(mails[0].contains("noor@north.example"));
    let link = invitation_link(&mails[0]).ok_or("no link in the e-mail")?;
    assert!(decoded_body(&mails[0]).contains("uitgenodigd"), "the e-mail is in the invitee's language");
    let path = link.strip_prefix(&app.base).ok_or("link on another host")?.to_owned();

    let invitee = app.client()?;
    let page = invitee.get(app.url(&path)).send().await?;
    assert_eq!(page.status(), 200);
    let html = page.text().await?;
    assert!(html.contains("lang=\"nl\""), "the invitation page speaks Dutch");
    assert!(html.contains("Northside Family Support"));

    // A common password is refused and nothing the user typed is lost but the password.
    let refused =
        invitee.post(app.url(&path)).form(&[("password", "password1234"), ("confirm", "password1234")]).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("role=\"alert\""));
    assert!(
        body.contains("makkelijk te raden") && body.contains("meest gebruikte wachtwoorden"),
        "why, in the invitee's language"
    );
    let short = invitee.post(app.url(&path)).form(&[("password", "short"), ("confirm", "short")]).send().await?;
    assert_eq!(short.status(), 422);
    let mismatch = invitee
        .post(app.url(&path))
        .form(&[("password", "lantern orchard kettle"), ("confirm", "lantern orchard kettles")])
        .send()
        .await?;
    assert_eq!(mismatch.status(), 422);

    let accepted = invitee
        .post(app.url(&path))
        .form(&[("password", "lantern orchard kettle"), ("confirm", "lantern orchard kettle")])
        .send()
        .await?;
    assert_eq!(accepted.status(), 303);
    assert_eq!(location(&accepted), "/account/second-factor", "staff must enrol before anything else");

    // Until enrolled, the practitioner cannot reach any page.
    let blocked = invitee.get(app.url("/")).send().await?;
    assert_eq!(location(&blocked), "/login");

    let enrol = invitee.get(app.url("/account/second-factor")).send().await?.text().await?;
    assert!(enrol.contains("<svg"), "QR code inline as SVG");
    let secret = TotpSecret::from_base32(&find_secret(&enrol).ok_or("secret shown")?).ok_or("secret decodes")?;
    let wrong = invitee.post(app.url("/account/second-factor")).form(&[("code", "000000")]).send().await?;
    assert_eq!(wrong.status(), 422);
    let code = secret.code_at(app.clock.now()).ok_or("code")?;
    let done = invitee.post(app.url("/account/second-factor")).form(&[("code", code.as_str())]).send().await?;
    assert_eq!(done.status(), 200);
    let codes_page = done.text().await?;
    assert_eq!(codes_page.matches("<li><code>").count(), 10, "ten recovery codes shown once");
    let recovery = codes_page.split("<li><code>").nth(1).and_then(|s| s.split('<').next()).ok_or("code")?.to_owned();

    let home = invitee.get(app.url("/")).send().await?;
    assert_eq!(home.status(), 200);
    assert!(home.text().await?.contains("Noor de Vries"));

    // The link works once.
    let again = app.client()?.get(app.url(&path)).send().await?;
    assert_eq!(again.status(), 404);

    // Sign out, then in again with password and TOTP.
    let out = invitee.post(app.url("/logout")).send().await?;
    assert_eq!(location(&out), "/login");
    assert_eq!(location(&invitee.get(app.url("/")).send().await?), "/login");
    let login = invitee
        .post(app.url("/login"))
        .form(&[("email", "noor@north.example"), ("password", "lantern orchard kettle")])
        .send()
        .await?;
    assert_eq!(location(&login), "/login/second-factor");
    // The code used for enrolment cannot be replayed.
    let replay = invitee.post(app.url("/login/second-factor")).form(&[("code", code.as_str())]).send().await?;
    assert_eq!(replay.status(), 422);
    // A recovery code works once.
    let with_recovery =
        invitee.post(app.url("/login/second-factor")).form(&[("code", recovery.as_str())]).send().await?;
    assert_eq!(location(&with_recovery), "/");
    assert_eq!(invitee.get(app.url("/")).send().await?.status(), 200);

    assert!(matches!(app.store.verify_audit_trail().await?, Verification::Intact { .. }));
    Ok(())
}

#[tokio::test]
async fn family_members_sign_in_without_a_second_factor() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let member = app.user(&org, None, Role::FamilyMember, "mum@family.example").await?;
    assert!(member.totp.is_none());
    let client = app.client()?;
    app.sign_in(&client, &member).await?;
    let home = client.get(app.url("/")).send().await?.text().await?;
    assert!(home.contains(&app_text("home-family-heading")));
    assert!(!home.contains("/families"), "no case-work navigation for family members");
    Ok(())
}

fn app_text(id: &str) -> String {
    hearth_web::i18n::Tr::new(hearth_web::i18n::Lang::En).t(id)
}

#[tokio::test]
async fn login_failures_are_throttled_without_revealing_accounts() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let user = app.user(&org, None, Role::FamilyMember, "known@family.example").await?;
    let client = app.client()?;
    let attempt = async |email: &str, password: &str| -> Result<(u16, String), Box<dyn std::error::Error>> {
        let r = client.post(app.url("/login")).form(&[("email", email), ("password", password)]).send().await?;
        Ok((r.status().as_u16(), r.text().await?))
    };
    let (known_status, known_body) = attempt("known@family.example", "wrong password here").await?;
    let (unknown_status, unknown_body) = attempt("nobody@family.example", "wrong password here").await?;
    assert_eq!(known_status, 422);
    assert_eq!(unknown_status, 422);
    let message = app_text("login-failed");
    assert!(known_body.contains(&message) && unknown_body.contains(&message), "same answer either way");
    assert!(known_body.contains("value=\"known@family.example\""), "the typed address is kept");

    for _ in 0..4 {
        attempt("known@family.example", "wrong password here").await?;
    }
    // Five failures: even the right password is refused for a while.
    let (status, body) = attempt("known@family.example", PASSWORD).await?;
    assert_eq!(status, 429);
    assert!(body.contains(&app_text("login-throttled")));
    // An unknown address is throttled in the same way.
    for _ in 0..5 {
        attempt("ghost@family.example", "wrong password here").await?;
    }
    assert_eq!(attempt("ghost@family.example", "whatever").await?.0, 429);

    app.clock.advance_seconds(15 * 60 + 1);
    app.sign_in(&client, &user).await?;

    let mut tx = app.store.begin().await?;
    let log = tx.record_access_log(user.actor.organisation_id.as_str(), "account", user.actor.user_id.as_str()).await?;
    tx.commit().await?;
    assert!(log.iter().any(|e| e.action == AuditAction::LoginFailed.as_str()), "failures are audited");
    assert!(log.iter().any(|e| e.action == AuditAction::LoginSucceeded.as_str()));
    Ok(())
}

#[tokio::test]
async fn many_addresses_from_one_client_are_throttled() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    let mut last = 0;
    for i in 0..21 {
        let email = format!("guess{i}@example.org");
        last = client
            .post(app.url("/login"))
            .form(&[("email", email.as_str()), ("password", "nope nope nope")])
            .send()
            .await?
            .status()
            .as_u16();
    }
    assert_eq!(last, 429, "the 21st failure from one address is refused");
    Ok(())
}

#[tokio::test]
async fn sessions_time_out_when_idle_and_absolutely() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let member = app.user(&org, None, Role::FamilyMember, "a@family.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &member).await?;
    app.clock.advance_seconds(29 * 60);
    assert_eq!(client.get(app.url("/")).send().await?.status(), 200, "active within the idle limit");
    app.clock.advance_seconds(30 * 60);
    assert_eq!(location(&client.get(app.url("/")).send().await?), "/login", "idle timeout");

    app.sign_in(&client, &member).await?;
    for _ in 0..25 {
        app.clock.advance_seconds(29 * 60);
        if client.get(app.url("/")).send().await?.status() != 200 {
            break;
        }
    }
    assert_eq!(location(&client.get(app.url("/")).send().await?), "/login", "absolute timeout after 12 hours");
    Ok(())
}

#[tokio::test]
async fn users_see_and_revoke_their_sessions_and_password_change_ends_them_all() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let member = app.user(&org, None, Role::FamilyMember, "a@family.example").await?;
    let phone = app.client()?;
    let laptop = app.client()?;
    let tablet = app.client()?;
    for c in [&phone, &laptop, &tablet] {
        app.sign_in(c, &member).await?;
    }
    let list = laptop.get(app.url("/account/sessions")).send().await?.text().await?;
    assert_eq!(list.matches("/revoke\"").count(), 2, "two other sessions can be ended");
    let other = list.split("/account/sessions/").nth(1).and_then(|s| s.split('/').next()).ok_or("id")?.to_owned();
    let revoked = laptop.post(app.url(&format!("/account/sessions/{other}/revoke"))).send().await?;
    assert_eq!(location(&revoked), "/account/sessions?ended=1", "redirected so a reload sends nothing again");
    let alive: Vec<u16> = futures_statuses(&app, &[&phone, &tablet]).await?;
    assert_eq!(alive.iter().filter(|s| **s == 200).count(), 1, "exactly one of the others was ended");

    // Changing the password ends every other session; the laptop stays signed in.
    let wrong = laptop
        .post(app.url("/account/password"))
        .form(&[("current", "not it at all"), ("password", "new lantern orchard"), ("confirm", "new lantern orchard")])
        .send()
        .await?;
    assert_eq!(wrong.status(), 422);
    let changed = laptop
        .post(app.url("/account/password"))
        .form(&[("current", PASSWORD), ("password", "new lantern orchard"), ("confirm", "new lantern orchard")])
        .send()
        .await?;
    assert_eq!(changed.status(), 200);
    assert_eq!(laptop.get(app.url("/")).send().await?.status(), 200);
    assert!(futures_statuses(&app, &[&phone, &tablet]).await?.iter().all(|s| *s == 303));
    Ok(())
}

async fn futures_statuses(app: &TestApp, clients: &[&reqwest::Client]) -> Result<Vec<u16>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    for c in clients {
        out.push(c.get(app.url("/")).send().await?.status().as_u16());
    }
    Ok(out)
}

#[tokio::test]
async fn disabling_an_account_ends_its_sessions_at_once() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let worker = app.user(&org, Some(&team), Role::Practitioner, "worker@org.example").await?;
    let admin_client = app.client()?;
    let worker_client = app.client()?;
    app.sign_in(&admin_client, &admin).await?;
    app.sign_in(&worker_client, &worker).await?;
    assert_eq!(worker_client.get(app.url("/")).send().await?.status(), 200);

    let confirm = admin_client.get(app.url(&format!("/admin/users/{}/disable", worker.actor.user_id))).send().await?;
    assert_eq!(confirm.status(), 200, "a confirmation page comes first");
    assert_eq!(worker_client.get(app.url("/")).send().await?.status(), 200, "nothing happens before confirming");
    let done = admin_client.post(app.url(&format!("/admin/users/{}/disable", worker.actor.user_id))).send().await?;
    assert_eq!(location(&done), "/admin/users");
    assert_eq!(location(&worker_client.get(app.url("/")).send().await?), "/login");
    let again = worker_client
        .post(app.url("/login"))
        .form(&[("email", "worker@org.example"), ("password", PASSWORD)])
        .send()
        .await?;
    assert_eq!(again.status(), 422, "a disabled account cannot sign in");
    Ok(())
}

#[tokio::test]
async fn invitation_form_keeps_input_and_explains_every_error() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &admin).await?;
    let response = client
        .post(app.url("/admin/invitations"))
        .form(&[("name", "Leila B"), ("email", "not-an-address"), ("role", "wizard"), ("team", ""), ("language", "fr")])
        .send()
        .await?;
    assert_eq!(response.status(), 422);
    let body = response.text().await?;
    assert!(body.contains("value=\"Leila B\""), "the name is kept");
    assert!(body.contains("value=\"not-an-address\""), "the address is kept");
    assert!(body.contains(&app_text("invite-error-email")));
    assert!(body.contains(&app_text("invite-error-role")));
    assert!(app.smtp.all().is_empty(), "nothing sent");

    let taken = client
        .post(app.url("/admin/invitations"))
        .form(&[
            ("name", "Dup"),
            ("email", "admin@org.example"),
            ("role", "practitioner"),
            ("team", ""),
            ("language", "en"),
        ])
        .send()
        .await?;
    assert_eq!(taken.status(), 422);
    assert!(taken.text().await?.contains(&app_text("invite-error-taken")));
    Ok(())
}

#[tokio::test]
async fn behind_a_proxy_the_address_is_the_one_the_proxy_saw() -> TestResult {
    let app = TestApp::spawn_with(|s| s.trust_forwarded_for = true).await?;
    let client = app.client()?;
    let mut last = 0;
    for i in 0..21 {
        // A client that varies the left-most entry still lands in one bucket.
        let forwarded = format!("10.0.0.{i}, 203.0.113.7");
        let email = format!("guess{i}@example.org");
        last = client
            .post(app.url("/login"))
            .header("x-forwarded-for", forwarded)
            .form(&[("email", email.as_str()), ("password", "nope nope nope")])
            .send()
            .await?
            .status()
            .as_u16();
    }
    assert_eq!(last, 429);
    Ok(())
}

/// The second factor raises a session's privilege, so it gets a new
/// identifier: a cookie seen before the step (planted or leaked) is worth
/// nothing afterwards.
#[tokio::test]
async fn the_session_identifier_is_replaced_after_the_second_factor() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    let password_step =
        client.post(app.url("/login")).form(&[("email", pat.email.as_str()), ("password", PASSWORD)]).send().await?;
    let session_value =
        |r: &reqwest::Response| {
            r.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find_map(|v| {
                v.strip_prefix("hearth_session=").map(|rest| rest.split(';').next().unwrap_or("").to_owned())
            })
        };
    let before = session_value(&password_step).ok_or("a session cookie after the password")?;
    app.clock.advance_seconds(30);
    let code = pat.totp.as_ref().ok_or("totp")?.code_at(app.clock.now()).ok_or("code")?;
    let done = client.post(app.url("/login/second-factor")).form(&[("code", code.as_str())]).send().await?;
    assert_eq!(location(&done), "/");
    let after = session_value(&done).ok_or("a new session cookie after the second factor")?;
    assert_ne!(after, before);
    assert_eq!(client.get(app.url("/families")).send().await?.status(), 200, "the new identifier works");
    let stale = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let old = stale.get(app.url("/families")).header("Cookie", format!("hearth_session={before}")).send().await?;
    assert_eq!(location(&old), "/login", "the identifier from before the step is gone");
    Ok(())
}

/// Enrolling a second factor from a signed-in session asks for the password
/// first: whoever finds a family member's phone unlocked cannot lock the
/// owner out of their own account.
#[tokio::test]
async fn enrolling_from_a_signed_in_session_asks_for_the_password() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let member = app.user(&org, None, Role::FamilyMember, "mum@family.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &member).await?;
    let enrol = client.get(app.url("/account/second-factor")).send().await?.text().await?;
    assert!(enrol.contains("name=\"password\""), "the password is asked");
    let secret = TotpSecret::from_base32(&find_secret(&enrol).ok_or("secret shown")?).ok_or("secret decodes")?;
    let code = secret.code_at(app.clock.now()).ok_or("code")?;
    let refused = client
        .post(app.url("/account/second-factor"))
        .form(&[("code", code.as_str()), ("password", "someone else guessing")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("That password is not right"));
    let without = client.post(app.url("/account/second-factor")).form(&[("code", code.as_str())]).send().await?;
    assert_eq!(without.status(), 422, "no password, no enrolment");
    let done = client
        .post(app.url("/account/second-factor"))
        .form(&[("code", code.as_str()), ("password", PASSWORD)])
        .send()
        .await?;
    assert_eq!(done.status(), 200);
    assert_eq!(done.text().await?.matches("<li><code>").count(), 10, "enrolled: recovery codes shown");
    Ok(())
}

/// Guessing someone's password from elsewhere locks out other browsers, not
/// the one the owner signed in with before (OWASP's device cookies); that
/// browser has its own count.
#[tokio::test]
async fn guessing_from_elsewhere_does_not_lock_the_owner_out() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let member = app.user(&org, None, Role::FamilyMember, "mum@family.example").await?;
    let owner = app.client()?;
    app.sign_in(&owner, &member).await?;
    owner.post(app.url("/logout")).send().await?;
    let login = |client: reqwest::Client, password: &'static str| {
        let url = app.url("/login");
        let email = member.email.clone();
        async move { client.post(url).form(&[("email", email.as_str()), ("password", password)]).send().await }
    };
    let attacker = app.client()?;
    for _ in 0..5 {
        assert_eq!(login(attacker.clone(), "wrong guess").await?.status(), 422);
    }
    assert_eq!(login(attacker.clone(), PASSWORD).await?.status(), 429, "the guesser is stopped");
    assert_eq!(login(app.client()?, PASSWORD).await?.status(), 429, "so is any browser never signed in before");
    let back = login(owner.clone(), PASSWORD).await?;
    assert_eq!(back.status(), 303, "the owner's own browser still signs in");
    assert_eq!(location(&back), "/");
    owner.post(app.url("/logout")).send().await?;
    // The owner's browser has a count of its own.
    for _ in 0..5 {
        assert_eq!(login(owner.clone(), "my old password").await?.status(), 422);
    }
    assert_eq!(login(owner.clone(), PASSWORD).await?.status(), 429);
    Ok(())
}
