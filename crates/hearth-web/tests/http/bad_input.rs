//! Every field of every route, sent every kind of bad value. The routes come
//! from the router's own table; a POST route's fields from the form that
//! posts to it on the pages Hearth serves (with the access matrix's valid
//! values where it names them), so a new form is covered without being
//! listed here. The suite fails on any server error or generic error page,
//! on a refused form that lost what was typed or marks no field
//! aria-invalid, and on a payload shown raw.

use std::collections::BTreeMap;

use hearth_core::accounts::Role;
use reqwest::Method;

use crate::access_matrix::{Fixture, Outcome, Record, expected};
use crate::support::{TestResult, location, plain};

/// What the suite sends, by a name the failure messages use.
fn bad_values() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("100,000 characters", "ب".repeat(50_000) + &"a".repeat(50_000)),
        ("NUL", "before\0after".into()),
        ("control character", "bell\u{7}here".into()),
        ("invalid UTF-8", INVALID_UTF8.into()),
        ("bidi override", "\u{202E}reversed\u{202C} text".into()),
        ("HTML and script", SCRIPT.into()),
        ("SQL", "x'); DROP TABLE families; -- \" OR 1=1".into()),
        ("negative number", "-1".into()),
        ("huge number", "99999999999999999999999".into()),
        ("impossible date", "2026-13-45".into()),
        ("impossible time", "10:30:99".into()),
        ("impossible date and time", "2026-02-30T25:61".into()),
        ("unknown choice", "not-one-of-the-options".into()),
    ]
}

/// Stands for a value whose percent-encoding is not UTF-8; sent as `%FF%FE`.
const INVALID_UTF8: &str = "\u{0}invalid-utf8\u{0}";
const SCRIPT: &str = "<script>alert('hearth')</script><img src=x onerror=alert(1)>";

/// Query fields read by pages reached through links rather than forms.
fn link_query_fields(pattern: &str) -> &'static [&'static str] {
    match pattern {
        "/families" => &["q", "status", "page"],
        "/families/{family_id}" => &["page"],
        "/calendar" => &["view", "date", "time"],
        "/account/sessions" => &["ended"],
        "/families/{family_id}/members/{member_id}/modality" => &["go", "step"],
        _ => &[],
    }
}

/// Fields whose typed value is not shown again, by design.
fn is_secret(name: &str) -> bool {
    matches!(name, "password" | "current" | "confirm" | "code" | "email_code")
}

#[derive(Debug, Clone)]
struct Field {
    name: String,
    value: String,
    /// Typed by a person (text, textarea, date…), as opposed to a choice.
    typed: bool,
}

#[derive(Debug, Clone)]
struct HtmlForm {
    action: String,
    post: bool,
    fields: Vec<Field>,
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[at..].find('"')? + at;
    Some(unescape(&tag[at..end]))
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The forms of a page, with the values a browser would send unchanged.
fn forms_of(page: &str) -> Vec<HtmlForm> {
    let mut forms = Vec::new();
    for chunk in page.split("<form").skip(1) {
        let Some(open_end) = chunk.find('>') else { continue };
        let open = &chunk[..open_end];
        let body = &chunk[open_end..chunk.find("</form>").unwrap_or(chunk.len())];
        let post = attribute(open, "method").is_some_and(|m| m.eq_ignore_ascii_case("post"));
        let Some(action) = attribute(open, "action") else { continue };
        let mut fields: Vec<Field> = Vec::new();
        let mut rest = body;
        while let Some(start) = rest.find('<') {
            rest = &rest[start + 1..];
            let end = rest.find('>').unwrap_or(rest.len());
            let tag = format!(" {}", &rest[..end]);
            if rest.starts_with("input") {
                let kind = attribute(&tag, "type").unwrap_or_else(|| "text".into());
                let Some(name) = attribute(&tag, "name") else { continue };
                match kind.as_str() {
                    "submit" | "button" | "file" | "image" | "reset" => {}
                    "checkbox" | "radio" => {
                        if tag.contains(" checked") && !fields.iter().any(|f| f.name == name && kind == "radio") {
                            fields.push(Field {
                                name,
                                value: attribute(&tag, "value").unwrap_or("on".into()),
                                typed: false,
                            });
                        } else if kind == "radio" && !fields.iter().any(|f| f.name == name) {
                            // Unticked radios still name the field for the suite.
                            fields.push(Field {
                                name,
                                value: attribute(&tag, "value").unwrap_or_default(),
                                typed: false,
                            });
                        }
                    }
                    "hidden" => {
                        fields.push(Field { name, value: attribute(&tag, "value").unwrap_or_default(), typed: false })
                    }
                    _ => {
                        // A read-only field shows what Hearth filled in, not what was typed.
                        let typed = !tag.contains(" readonly");
                        fields.push(Field { name, value: attribute(&tag, "value").unwrap_or_default(), typed });
                    }
                }
            } else if rest.starts_with("textarea") {
                let Some(name) = attribute(&tag, "name") else { continue };
                let content = &rest[end + 1..rest.find("</textarea>").unwrap_or(end + 1)];
                fields.push(Field { name, value: unescape(content), typed: true });
            } else if rest.starts_with("select") {
                let Some(name) = attribute(&tag, "name") else { continue };
                let options = &rest[..rest.find("</select>").unwrap_or(rest.len())];
                let mut first = None;
                let mut chosen = None;
                for option in options.split("<option").skip(1) {
                    let option_tag = format!(" {}", &option[..option.find('>').unwrap_or(option.len())]);
                    let value = attribute(&option_tag, "value").unwrap_or_default();
                    first.get_or_insert(value.clone());
                    if option_tag.contains(" selected") {
                        chosen = Some(value);
                    }
                }
                fields.push(Field { name, value: chosen.or(first).unwrap_or_default(), typed: false });
            }
        }
        forms.push(HtmlForm { action, post, fields });
    }
    forms
}

/// The route pattern a concrete path belongs to.
fn pattern_of<'a>(path: &str, patterns: &[&'a str]) -> Option<&'a str> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segments: Vec<&str> = path.split('/').collect();
    patterns.iter().copied().find(|pattern| {
        let wanted: Vec<&str> = pattern.split('/').collect();
        wanted.len() == segments.len()
            && wanted.iter().zip(&segments).all(|(w, s)| (w.starts_with('{') && !s.is_empty()) || w == s)
    })
}

fn encode(value: &str) -> String {
    if value == INVALID_UTF8 {
        return "%FF%FEtext".into();
    }
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}

fn encoded(fields: &[(String, String)]) -> String {
    fields.iter().map(|(n, v)| format!("{}={}", encode(n), encode(v))).collect::<Vec<_>>().join("&")
}

/// The first role that may use a route on its own records.
fn role_for(method: &Method, pattern: &str) -> Option<Option<Role>> {
    let roles = [
        Some(Role::Practitioner),
        Some(Role::Supervisor),
        Some(Role::OrganisationAdmin),
        Some(Role::FamilyMember),
        Some(Role::CommunityManager),
        Some(Role::PeerAmbassador),
        None,
    ];
    roles.into_iter().find(|role| expected(method, pattern, *role, Record::Own) == Some(Outcome::Allow))
}

/// What went wrong with one response, if anything.
async fn judge(
    fixture: &Fixture,
    client: &reqwest::Client,
    cookie: Option<&str>,
    response: reqwest::Response,
    kept: &[(String, String)],
) -> Result<Option<String>, Box<dyn std::error::Error>> {
    let status = response.status().as_u16();
    if status >= 500 || matches!(status, 400 | 405 | 413 | 415) {
        return Ok(Some(format!("answered {status}")));
    }
    let shown_after = if (300..400).contains(&status) {
        // Saved: what the person is sent to next must not show the payload raw.
        let next = location(&response);
        if !next.starts_with('/') {
            return Ok(None);
        }
        let mut request = client.get(fixture.app.url(&next));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        let page = request.send().await?;
        if page.status().as_u16() >= 500 {
            return Ok(Some(format!("saved, then {next} answered {}", page.status())));
        }
        page.text().await?
    } else {
        let page = response.text().await?;
        if status == 422 && !page.contains(r#"aria-invalid="true""#) {
            return Ok(Some("refused without marking the field aria-invalid".into()));
        }
        if matches!(status, 200 | 422) {
            let shown = unescape(&plain(&page));
            for (name, value) in kept {
                if !shown.contains(value.as_str()) {
                    return Ok(Some(format!("refused ({status}) without showing what was typed in {name}: {value:?}")));
                }
            }
        }
        page
    };
    if shown_after.contains("<script>alert(") || shown_after.contains("<img src=x") {
        return Ok(Some("the payload is in the page unescaped".into()));
    }
    Ok(None)
}

#[tokio::test]
async fn every_field_of_every_route_survives_every_kind_of_bad_value() -> TestResult {
    let routes = hearth_web::route_table();
    let patterns: Vec<&str> = routes.iter().map(|r| r.path).collect();
    let bad = bad_values();
    let mut failures = Vec::new();
    let mut sent = 0;

    // The forms every page shows, by the route they post to.
    let discovery = Fixture::new().await?;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build()?;
    let mut forms: BTreeMap<(bool, &str), HtmlForm> = BTreeMap::new();
    for route in routes.iter().filter(|r| r.method == Method::GET) {
        let Some(role) = role_for(&Method::GET, route.path) else { continue };
        let user = role.map(|r| discovery.user(r)).transpose()?;
        let path = discovery.resolve(route.path, user, Record::Own).await?;
        let mut request = client.get(discovery.app.url(&path));
        if let Some(user) = user {
            request = request.header("cookie", discovery.app.session_for(&user.actor.user_id).await?);
        }
        let page = request.send().await?.text().await?;
        for form in forms_of(&page) {
            if let Some(pattern) = pattern_of(&form.action, &patterns) {
                forms.entry((form.post, pattern)).or_insert(form);
            }
        }
    }
    discovery.app.store.close().await;
    assert!(forms.len() >= 25, "forms found on the pages: {}", forms.len());

    for route in &routes {
        let method = Method::from_bytes(route.method.as_str().as_bytes())?;
        let Some(role) = role_for(&method, route.path) else { continue };
        let post = method == Method::POST;
        // The fields: the page's form, then the matrix's valid values on top.
        let fixture = Fixture::new().await?;
        let mut fields: Vec<Field> = forms.get(&(post, route.path)).map(|f| f.fields.clone()).unwrap_or_default();
        if post {
            for (name, value) in fixture.form(route.path) {
                match fields.iter_mut().find(|f| f.name == name) {
                    Some(field) => field.value = value,
                    None => fields.push(Field { name: name.to_owned(), typed: value.contains(' '), value }),
                }
            }
        } else {
            for name in link_query_fields(route.path) {
                if !fields.iter().any(|f| f.name == *name) {
                    fields.push(Field { name: (*name).to_owned(), value: String::new(), typed: true });
                }
            }
        }
        // Uploads are multipart, read by the document checks rather than the form boundary.
        if fields.is_empty() || route.path == "/families/{family_id}/documents" || route.path.ends_with("/attachments")
        {
            fixture.app.store.close().await;
            continue;
        }
        let user = role.map(|r| fixture.user(r)).transpose()?;
        let cookie = match user {
            Some(user) => Some(fixture.app.session_for(&user.actor.user_id).await?),
            None => None,
        };
        for target in 0..fields.len() {
            for (what, value) in &bad {
                // Addresses are limited to a few kilobytes by every server and browser.
                let value: String = if post { value.clone() } else { value.chars().take(2_000).collect() };
                let sent_fields: Vec<(String, String)> = fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (f.name.clone(), if i == target { value.clone() } else { f.value.clone() }))
                    .collect();
                // What a refused form must show again: the other typed values.
                let kept: Vec<(String, String)> = fields
                    .iter()
                    .enumerate()
                    .filter(|(i, f)| {
                        *i != target && f.typed && !is_secret(&f.name) && f.value.trim().chars().count() >= 3
                    })
                    .map(|(_, f)| (f.name.clone(), f.value.trim().to_owned()))
                    .collect();
                let path = fixture.resolve(route.path, user, Record::Own).await?;
                let mut request = if post {
                    client
                        .post(fixture.app.url(&path))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(encoded(&sent_fields))
                } else {
                    client.get(format!("{}?{}", fixture.app.url(&path), encoded(&sent_fields)))
                };
                if let Some(cookie) = &cookie {
                    request = request.header("cookie", cookie);
                }
                let response = match request.send().await {
                    Ok(response) => response,
                    Err(e) => {
                        failures.push(format!(
                            "{} {} field {} = {what}: {e}",
                            route.method, route.path, fields[target].name
                        ));
                        continue;
                    }
                };
                sent += 1;
                if let Some(fault) = judge(&fixture, &client, cookie.as_deref(), response, &kept).await? {
                    failures.push(format!(
                        "{} {} field {} = {what}: {fault}",
                        route.method, route.path, fields[target].name
                    ));
                }
            }
        }
        fixture.app.store.close().await;
    }
    assert!(sent > 1000, "requests sent: {sent}");
    assert!(failures.is_empty(), "{} of {sent} bad values were mishandled:\n{}", failures.len(), failures.join("\n"));
    Ok(())
}
