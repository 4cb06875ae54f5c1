//! Forms read as name–value pairs, for forms with repeated or generated
//! field names (ticked members, one rating per factor, plan rows).

pub(crate) type Pairs = Vec<(String, String)>;

/// The first value sent under `name`, or "" when there is none.
pub(crate) fn field<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_default()
}

/// Every value sent under `name`, e.g. the ticked boxes of one list.
pub(crate) fn values<'a>(pairs: &'a Pairs, name: &str) -> Vec<&'a str> {
    pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
}

/// Reads a date field (`YYYY-MM-DD`) into a stored plain date.
pub(crate) fn plain_date(text: &str) -> Option<hearth_core::clock::Timestamp> {
    hearth_core::wellbeing::LocalDate::parse(text).and_then(hearth_core::wellbeing::LocalDate::stored)
}

/// What a refused form says, field by field: the field's id and the message.
/// The page lists them in its error summary, each linked to its field, and
/// marks each field `aria-invalid`.
pub(crate) type FieldErrors = Vec<(&'static str, String)>;

/// Whether a refused form's errors name a field, for `aria-invalid`.
pub(crate) fn names_field(errors: &[(&'static str, String)], field: &str) -> bool {
    errors.iter().any(|(f, _)| *f == field)
}

/// What a refused one-question form says: the field's id and the message.
pub(crate) type FieldError = Option<(&'static str, String)>;

/// Whether a refused one-question form's error is about a field.
pub(crate) fn is_about(error: &FieldError, field: &str) -> bool {
    names_field(error.as_slice(), field)
}

/// Shows a stored plain date (`YYYY-MM-DD`), for a date field or a list.
pub(crate) fn show_plain_date(at: hearth_core::clock::Timestamp) -> String {
    hearth_core::wellbeing::LocalDate::of_stored(at).to_string()
}

/// A value made safe for a query string (links that keep a list's filters).
pub(crate) fn url_encode(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// The one door for text from a form or a query string. Every value is
/// checked before a handler sees it: invalid UTF-8, NUL and other control
/// characters (but for line breaks and tabs) are refused with a page that
/// says why in the visitor's language and shows everything typed, so
/// nothing is lost; bidirectional embedding, override and isolate
/// characters are taken out, so text can never reorder what is around it
/// when shown. Both databases then store exactly the same text.
pub mod boundary {
    use axum::body::Body;
    use axum::extract::{FromRequest, FromRequestParts, Request};
    use axum::http::request::Parts;
    use axum::http::{HeaderMap, StatusCode};
    use axum::response::{IntoResponse, Response};
    use serde::de::DeserializeOwned;

    use crate::context::{Page, visitor_lang};
    use crate::i18n::Tr;

    /// The most a form body may hold (uploads come as multipart, not here):
    /// enough for the longest value of every kind, percent-encoded, so the
    /// boundary can refuse what is too long with everything typed shown.
    pub(crate) const MAX_FORM_BYTES: usize = 4 * 1024 * 1024;

    /// What a value may not hold.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum Refusal {
        InvalidUtf8,
        ControlCharacter,
        /// Longer than its kind of field takes (the most it takes).
        TooLong(usize),
    }

    /// A one-line answer: a name, a language, a choice, a search.
    pub(crate) const SHORT_TEXT_CHARS: usize = 500;
    /// A few sentences: a reason, a comment, a plan's participants.
    pub(crate) const LONG_TEXT_CHARS: usize = 2_000;
    /// An assessment's statements and a reviewer's comment.
    pub(crate) const STATEMENT_CHARS: usize = 10_000;
    /// One piece of a video call's signalling (an offer or answer with its
    /// session description, or a network candidate).
    pub(crate) const CALL_SIGNAL_CHARS: usize = 32_000;

    /// An organisation's catalogue, rules or agreement template.
    pub(crate) const CONFIGURATION_CHARS: usize = 200_000;

    /// The longest value each kind of field takes, by the field's name, so
    /// that no handler needs to cut what was typed short.
    pub(crate) fn longest(name: &str) -> usize {
        match name {
            "body" => CONFIGURATION_CHARS,
            // A case note, and a session's outcome note, which is kept as one.
            "text" | "note" => hearth_core::timeline::NoteText::MAX_CHARS,
            "young_person" | "proportionality" | "engagement_note" | "comment" | "how_they_are" => STATEMENT_CHARS,
            // A post in a peer-support group, and a group's house rules.
            "post" | "rules" => STATEMENT_CHARS,
            "application" | "purpose" | "threshold" | "handling" | "lawful_basis_note" => LONG_TEXT_CHARS,
            // A disclosure's statements, and what a partner gave.
            "shared_text" | "justification" | "threshold_met" | "consent_reason" | "not_told_reason" | "summary" => {
                STATEMENT_CHARS
            }
            "other_conditions" => LONG_TEXT_CHARS,
            // The organisation's lawful bases for sharing, one per line.
            "bases" => STATEMENT_CHARS,
            "contact_preferences"
            | "days_off"
            | "family_participants"
            | "professional_participants"
            | "override_reason"
            | "preference"
            | "reason"
            | "how"
            | "whereabouts" => LONG_TEXT_CHARS,
            // A quick answer, one field per language.
            answer if answer.starts_with("answer_") => LONG_TEXT_CHARS,
            // A call's signalling between browsers: a session description is a few kilobytes.
            "signal" => CALL_SIGNAL_CHARS,
            _ => SHORT_TEXT_CHARS,
        }
    }

    fn is_bidi_control(c: char) -> bool {
        matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
    }

    /// Checks one value and takes out what would reorder text.
    pub(crate) fn clean(value: &str) -> Result<String, Refusal> {
        if value.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            return Err(Refusal::ControlCharacter);
        }
        Ok(value.chars().filter(|c| !is_bidi_control(*c)).collect())
    }

    /// One decoded pair: the value as stored (bidirectional controls taken
    /// out; as typed when refused), and why it is refused, if it is. Length
    /// is measured as stored.
    fn check(name: &str, value: String) -> (String, Option<Refusal>) {
        let (stored, refused) = match clean(&value) {
            Ok(stored) => (stored, None),
            Err(r) => (value, Some(r)),
        };
        let most = longest(name);
        let too_long = (stored.chars().count() > most).then_some(Refusal::TooLong(most));
        let refused = refused.or(too_long).or(clean(name).err());
        (stored, refused)
    }

    /// `application/x-www-form-urlencoded` pairs, strictly: bad UTF-8 is an
    /// error, not a replacement character.
    fn decode(encoded: &[u8]) -> Result<super::Pairs, (Refusal, super::Pairs)> {
        let mut pairs = Vec::new();
        let mut refusal = None;
        for piece in encoded.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
            let (name, value) = match piece.iter().position(|b| *b == b'=') {
                Some(i) => (&piece[..i], &piece[i + 1..]),
                None => (piece, &b""[..]),
            };
            let text = |raw: &[u8]| {
                let spaced: Vec<u8> = raw.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
                let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
                match String::from_utf8(bytes) {
                    Ok(s) => (s, None),
                    Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(Refusal::InvalidUtf8)),
                }
            };
            let (name, bad_name) = text(name);
            let (value, bad_value) = text(value);
            let (checked, refused) = check(&name, value);
            if let Some(r) = refused.or(bad_name).or(bad_value) {
                refusal.get_or_insert(r);
            }
            pairs.push((name, checked));
        }
        match refusal {
            None => Ok(pairs),
            Some(r) => Err((r, pairs)),
        }
    }

    /// Form-encoded text that came by another way than a form post (a
    /// live conversation's frames), read by the same rules.
    pub(crate) fn read_pairs(encoded: &[u8]) -> Result<super::Pairs, (Refusal, super::Pairs)> {
        decode(encoded)
    }

    fn encode(pairs: &[(String, String)]) -> String {
        let mut out = String::new();
        for (i, (name, value)) in pairs.iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(&super::url_encode(name));
            out.push('=');
            out.push_str(&super::url_encode(value));
        }
        out
    }

    #[derive(askama::Template)]
    #[template(path = "input_refused.html")]
    struct RefusedTemplate {
        page: Page,
        message: String,
        typed: Vec<TypedValue>,
        /// What is said above and below what was typed: a marked character,
        /// or text too long.
        typed_key: &'static str,
        back_key: &'static str,
    }

    /// One value of a refused form, shown so it can be copied back.
    struct TypedValue {
        name: String,
        value: String,
        /// Whether this value is what was refused: marked aria-invalid.
        at_fault: bool,
        rows: usize,
    }

    /// Whether a value is one the boundary refuses (a lossily decoded value
    /// holds the replacement character where its bad bytes were).
    fn at_fault(name: &str, value: &str) -> bool {
        check(name, value.to_owned()).1.is_some() || value.contains('\u{FFFD}') || name.contains('\u{FFFD}')
    }

    /// Shows a value with its forbidden characters made visible.
    fn visible(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '\0' => '\u{2400}',
                c if c.is_control() && !matches!(c, '\n' | '\r' | '\t') => '\u{FFFD}',
                c => c,
            })
            .collect()
    }

    fn refused(headers: &HeaderMap, refusal: Refusal, typed: Vec<(String, String)>) -> Response {
        let tr = Tr::new(visitor_lang(headers));
        let message = match refusal {
            Refusal::InvalidUtf8 => tr.t("input-refused-encoding"),
            Refusal::ControlCharacter => tr.t("input-refused-control"),
            Refusal::TooLong(most) => tr.t1("input-refused-too-long", "most", &most.to_string()),
        };
        let (typed_key, back_key) = match refusal {
            Refusal::TooLong(_) => ("input-refused-typed-long", "input-refused-back-long"),
            Refusal::InvalidUtf8 | Refusal::ControlCharacter => ("input-refused-typed", "input-refused-back"),
        };
        let template = RefusedTemplate {
            page: Page::public(tr, "input-refused-title").discreet(headers),
            message,
            typed_key,
            back_key,
            // Hidden and empty fields (tokens, step numbers) are of no use to
            // the person, unless they are what was refused.
            typed: typed
                .into_iter()
                .map(|(name, value)| (at_fault(&name, &value), name, value))
                .filter(|(at_fault, name, value)| {
                    *at_fault || (!value.trim().is_empty() && name != "step" && name != "go")
                })
                .map(|(at_fault, name, value)| {
                    let value = visible(&value);
                    let rows = value.lines().count().clamp(1, 8);
                    TypedValue { name: visible(&name), value, at_fault, rows }
                })
                .collect(),
        };
        match askama::Template::render(&template) {
            Ok(body) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
                body,
            )
                .into_response(),
            Err(_) => StatusCode::UNPROCESSABLE_ENTITY.into_response(),
        }
    }

    /// A form, read through the boundary.
    pub struct Form<T>(pub T);

    impl<T, S> FromRequest<S> for Form<T>
    where
        T: DeserializeOwned,
        S: Send + Sync,
    {
        type Rejection = Response;

        async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
            let (parts, body) = request.into_parts();
            let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
                return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
            };
            let pairs = match decode(&bytes) {
                Ok(pairs) => pairs,
                Err((refusal, typed)) => return Err(refused(&parts.headers, refusal, typed)),
            };
            let request = Request::from_parts(parts, Body::from(encode(&pairs)));
            #[allow(clippy::disallowed_types)]
            let form = axum::Form::<T>::from_request(request, state).await.map_err(IntoResponse::into_response)?;
            Ok(Self(form.0))
        }
    }

    /// A query string, read through the boundary.
    pub struct Query<T>(pub T);

    impl<T, S> FromRequestParts<S> for Query<T>
    where
        T: DeserializeOwned,
        S: Send + Sync,
    {
        type Rejection = Response;

        async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Response> {
            let query = parts.uri.query().unwrap_or_default();
            let pairs = match decode(query.as_bytes()) {
                Ok(pairs) => pairs,
                Err((refusal, typed)) => return Err(refused(&parts.headers, refusal, typed)),
            };
            #[allow(clippy::disallowed_types)]
            let value = axum::extract::Query::<T>::try_from_uri(
                &format!("/?{}", encode(&pairs)).parse().map_err(|_| StatusCode::BAD_REQUEST.into_response())?,
            )
            .map_err(IntoResponse::into_response)?;
            Ok(Self(value.0))
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn values_are_checked_and_bidi_controls_taken_out() {
            assert_eq!(
                decode(b"name=Amina+Haddad&x=a%0Ab%09c"),
                Ok(vec![("name".into(), "Amina Haddad".into()), ("x".into(), "a\nb\tc".into())])
            );
            assert_eq!(decode(b"name=%E2%80%AEevil").map(|p| p[0].1.clone()), Ok("evil".into()));
            for bad in [&b"name=a%00b"[..], b"name=a%07", b"name=a%C2%85", b"na%00me=x", b"name=%7F"] {
                assert_eq!(decode(bad).err().map(|e| e.0), Some(Refusal::ControlCharacter), "{bad:?}");
            }
            let (refusal, typed) =
                decode(b"name=%FF%FE&other=kept").err().unwrap_or((Refusal::ControlCharacter, vec![]));
            assert_eq!(refusal, Refusal::InvalidUtf8);
            assert_eq!(typed[1], ("other".into(), "kept".into()), "everything typed comes back");
        }

        #[test]
        fn each_kind_of_field_has_a_longest_value() {
            let note = format!("text={}", "a".repeat(20_000));
            assert!(decode(note.as_bytes()).is_ok());
            let outcome = format!("note={}", "a".repeat(20_000));
            assert!(decode(outcome.as_bytes()).is_ok(), "a session's outcome note is kept as a case note");
            let name = format!("name={}", "a".repeat(SHORT_TEXT_CHARS + 1));
            assert_eq!(decode(name.as_bytes()).err().map(|e| e.0), Some(Refusal::TooLong(SHORT_TEXT_CHARS)));
            let long = format!("text={}&kind=home_visit", "ب".repeat(20_001));
            let (refusal, typed) = decode(long.as_bytes()).err().unwrap_or((Refusal::InvalidUtf8, vec![]));
            assert_eq!(refusal, Refusal::TooLong(20_000));
            assert_eq!(typed[0].1.chars().count(), 20_001, "what was typed comes back whole");
            // Length is measured as stored, after bidirectional controls are taken out.
            let padded = format!("name={}%E2%80%AE", "a".repeat(SHORT_TEXT_CHARS));
            assert!(decode(padded.as_bytes()).is_ok());
        }

        #[test]
        fn the_refused_value_is_the_one_marked() {
            assert!(at_fault("name", "a\0b"));
            assert!(at_fault("name", &"a".repeat(SHORT_TEXT_CHARS + 1)));
            assert!(!at_fault("name", &format!("{}\u{202E}", "a".repeat(SHORT_TEXT_CHARS))));
            assert!(!at_fault("name", "Amina"));
        }

        #[test]
        fn what_was_refused_is_shown_with_the_character_visible() {
            assert_eq!(visible("a\0b\u{7}c\nd"), "a\u{2400}b\u{FFFD}c\nd");
        }
    }
}

pub use boundary::{Form, Query};
