//! What every page promises: headers, languages, error pages, limits.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, location};

#[tokio::test]
async fn every_response_carries_security_headers() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    for path in ["/login", "/healthz", "/no-such-page", "/static/hearth-4.css"] {
        let r = client.get(app.url(path)).send().await?;
        let h = r.headers();
        let csp = h.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"));
        assert_eq!(h.get("x-content-type-options").and_then(|v| v.to_str().ok()), Some("nosniff"));
        assert!(h.get("referrer-policy").is_some());
        assert!(h.get("strict-transport-security").is_none(), "no HSTS over plain HTTP");
    }
    let page = client.get(app.url("/login")).send().await?;
    assert_eq!(page.headers().get("cache-control").and_then(|v| v.to_str().ok()), Some("no-store"));
    let css = client.get(app.url("/static/hearth-4.css")).send().await?;
    assert!(css.headers().get("cache-control").and_then(|v| v.to_str().ok()).unwrap_or_default().contains("immutable"));
    Ok(())
}

#[tokio::test]
async fn hsts_and_secure_cookies_when_served_over_tls() -> TestResult {
    let app = TestApp::spawn_with(|s| {
        s.public_url = "https://hearth.example.org".into();
        s.secure_cookies = true;
    })
    .await?;
    let (org, _) = app.organisation("Org").await?;
    app.user(&org, None, Role::FamilyMember, "m@family.example").await?;
    let client = app.client()?;
    let r = client.get(app.url("/login")).send().await?;
    assert!(r.headers().get("strict-transport-security").is_some());
    let r = client
        .post(app.url("/login"))
        .form(&[("email", "m@family.example"), ("password", crate::support::PASSWORD)])
        .send()
        .await?;
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("hearth_session="))
        .unwrap_or_default()
        .to_owned();
    assert!(cookie.contains("HttpOnly") && cookie.contains("Secure") && cookie.contains("SameSite=Lax"), "{cookie}");
    Ok(())
}

#[tokio::test]
async fn plain_loopback_cookies_are_http_only_but_not_secure() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    app.user(&org, None, Role::FamilyMember, "m@family.example").await?;
    let r = app
        .client()?
        .post(app.url("/login"))
        .form(&[("email", "m@family.example"), ("password", crate::support::PASSWORD)])
        .send()
        .await?;
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("hearth_session="))
        .unwrap_or_default()
        .to_owned();
    assert!(cookie.contains("HttpOnly") && !cookie.contains("Secure"), "{cookie}");
    Ok(())
}

#[tokio::test]
async fn language_follows_choice_then_browser() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    let arabic =
        client.get(app.url("/login")).header("accept-language", "ar-MA,ar;q=0.9,en;q=0.5").send().await?.text().await?;
    assert!(arabic.contains("lang=\"ar\" dir=\"rtl\""), "Arabic pages are right-to-left");
    let german = client.get(app.url("/login")).header("accept-language", "de-DE").send().await?.text().await?;
    assert!(german.contains("lang=\"de\" dir=\"ltr\""));
    let unknown = client.get(app.url("/login")).header("accept-language", "es").send().await?.text().await?;
    assert!(unknown.contains("lang=\"en\""));

    // The switcher's choice beats the browser.
    let switched = client
        .post(app.url("/language"))
        .header("referer", format!("{}/login", app.base))
        .form(&[("lang", "fr")])
        .send()
        .await?;
    assert_eq!(location(&switched), "/login");
    let french = client.get(app.url("/login")).header("accept-language", "ar").send().await?.text().await?;
    assert!(french.contains("lang=\"fr\""));
    // Only paths on this site are followed back.
    let away = client
        .post(app.url("/language"))
        .header("referer", "https://evil.example//x")
        .form(&[("lang", "nl")])
        .send()
        .await?;
    assert_eq!(location(&away), "/");
    Ok(())
}

#[tokio::test]
async fn a_signed_in_users_language_is_kept_on_their_account() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let member = app.user(&org, None, Role::FamilyMember, "m@family.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &member).await?;
    client.post(app.url("/language")).form(&[("lang", "ar")]).send().await?;
    // Another device, with an English browser, gets Arabic after signing in.
    let other = app.client()?;
    app.sign_in(&other, &member).await?;
    let home = other.get(app.url("/")).header("accept-language", "en").send().await?.text().await?;
    assert!(home.contains("lang=\"ar\" dir=\"rtl\""));
    Ok(())
}

#[tokio::test]
async fn error_pages_are_translated() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    let r = client.get(app.url("/no-such-page")).header("accept-language", "ar").send().await?;
    assert_eq!(r.status(), 404);
    let body = r.text().await?;
    assert!(body.contains("dir=\"rtl\""));
    assert!(body.contains(&hearth_web::i18n::Tr::new(hearth_web::i18n::Lang::Ar).t("error-404-title")));
    let r = client.delete(app.url("/login")).header("accept-language", "de").send().await?;
    assert_eq!(r.status(), 405);
    assert!(r.text().await?.contains(&hearth_web::i18n::Tr::new(hearth_web::i18n::Lang::De).t("error-405-title")));
    Ok(())
}

#[tokio::test]
async fn cross_site_posts_are_refused() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    let r = client
        .post(app.url("/login"))
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://evil.example")
        .form(&[("email", "a@b.example"), ("password", "x")])
        .send()
        .await?;
    assert_eq!(r.status(), 403);
    assert!(r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().starts_with("text/html"));
    let same = client
        .post(app.url("/login"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", "a@b.example"), ("password", "x")])
        .send()
        .await?;
    assert_eq!(same.status(), 422);
    Ok(())
}

#[tokio::test]
async fn oversized_bodies_are_refused() -> TestResult {
    let app = TestApp::spawn().await?;
    // Longer than its kind of field: refused with what was typed shown again.
    let long = "x".repeat(100 * 1024);
    let r = app.client()?.post(app.url("/login")).form(&[("email", long.as_str()), ("password", "x")]).send().await?;
    assert_eq!(r.status(), 422);
    let page = crate::support::plain(&r.text().await?);
    assert!(page.contains("at most 500 characters") && page.contains(&long));
    assert!(page.contains("shorten the text") && !page.contains("marked character"), "says what to do about length");
    // Larger than any form could be: refused before it is read.
    let huge = "x".repeat(5 * 1024 * 1024);
    let r = app.client()?.post(app.url("/login")).form(&[("email", huge.as_str()), ("password", "x")]).send().await?;
    assert_eq!(r.status(), 413);
    Ok(())
}

#[tokio::test]
async fn health_and_metrics() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    let health = client.get(app.url("/healthz")).send().await?;
    assert_eq!(health.status(), 200);
    let metrics = client.get(app.url("/metrics")).send().await?;
    assert_eq!(metrics.status(), 200);
    app.store.close().await;
    assert_eq!(client.get(app.url("/healthz")).send().await?.status(), 503, "unhealthy when the database is gone");
    Ok(())
}

#[tokio::test]
async fn pages_without_a_session_lead_to_sign_in() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    for path in ["/", "/account", "/families", "/admin/users", "/notifications"] {
        assert_eq!(location(&client.get(app.url(path)).send().await?), "/login", "{path}");
    }
    Ok(())
}

/// The navigation asks the policy: every link shown opens, and every link
/// left out would have been refused.
#[tokio::test]
async fn the_navigation_offers_exactly_the_pages_each_role_may_open() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    for (i, role) in Role::ALL.into_iter().enumerate() {
        let user = app.user(&org, Some(&team), role, &format!("nav{i}@org.example")).await?;
        let cookie = app.session_for(&user.actor.user_id).await?;
        let client = app.client()?;
        let home = client.get(app.url("/")).header("cookie", &cookie).send().await?.text().await?;
        let nav = home.split("<nav ").nth(1).and_then(|n| n.split("</nav>").next()).unwrap_or_default();
        let shown: Vec<&str> = nav.split("href=\"").skip(1).filter_map(|h| h.split('"').next()).collect();
        assert!(shown.contains(&"/") && shown.contains(&"/account"), "{role:?}: {shown:?}");
        for link in hearth_web::NAVIGATION {
            let status = client.get(app.url(link.href)).header("cookie", &cookie).send().await?.status();
            if shown.contains(&link.href) {
                assert_eq!(status, 200, "{role:?} is offered {} and may open it", link.href);
            } else {
                assert!(
                    status == 403 || status == 404,
                    "{role:?} is not offered {} and is refused: {status}",
                    link.href
                );
            }
        }
    }
    Ok(())
}

/// The language switcher goes back to the page it came from, on this site
/// only: a Referer path a browser would read as another host is not followed.
#[tokio::test]
async fn the_language_switch_never_leaves_the_site() -> TestResult {
    let app = TestApp::spawn().await?;
    let client = app.client()?;
    for (referer, expected) in [
        (app.url("/login?x=1"), "/login?x=1"),
        ("https://evil.example/\\evil.example/".to_owned(), "/"),
        (format!("{}/\\evil.example", app.url("")), "/"),
        (format!("{}//evil.example", app.url("")), "/"),
        ("https://evil.example".to_owned(), "/"),
    ] {
        let r = client
            .post(app.url("/language"))
            .header("referer", referer.as_str())
            .form(&[("lang", "nl")])
            .send()
            .await?;
        assert_eq!(r.status(), 303, "{referer}");
        assert_eq!(location(&r), expected, "{referer}");
    }
    Ok(())
}
