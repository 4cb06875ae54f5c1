//! Video calls held in Hearth for video sessions: when a call may be opened,
//! who takes part and how, how long a dropped connection is waited for, and
//! the short-lived TURN credentials a browser uses to reach the others.
//! Media flows between the browsers; Hearth relays only the signalling.

use hmac::{Hmac, KeyInit, Mac};

use crate::clock::Timestamp;
use crate::ids::{InvalidId, MemberId, TranslatorId, UserId};

/// The call page opens this long before the session starts…
pub const OPENS_BEFORE_START_SECONDS: i64 = 15 * 60;
/// …and stays open this long after its planned end, for a session that runs over.
pub const STAYS_OPEN_AFTER_END_SECONDS: i64 = 30 * 60;
/// Browsers connect to each other directly (a mesh): beyond four the
/// uplink of a cheap phone cannot carry a stream to everyone.
pub const MAX_PARTICIPANTS: usize = 4;
/// The wait for a dropped connection when the member's agreement names none.
pub const DEFAULT_RECONNECT_MINUTES: u32 = 5;
/// A connection not heard from for this long has dropped, even if its
/// process was killed before it could say so.
pub const SILENT_AFTER_SECONDS: i64 = 45;
/// How often an open call page tells Hearth it is still there.
pub const HEARTBEAT_SECONDS: u64 = 15;

/// Where a moment stands against a session's call window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallWindow {
    /// Too early: the call opens at this time.
    NotYet(Timestamp),
    Open,
    /// The call closed at this time.
    Closed(Timestamp),
}

/// Whether a session's call may be opened at `now`.
pub fn call_window(now: Timestamp, starts_at: Timestamp, minutes: u32) -> CallWindow {
    let opens = starts_at.minus_seconds(OPENS_BEFORE_START_SECONDS);
    let closes = starts_at.plus_seconds(i64::from(minutes) * 60 + STAYS_OPEN_AFTER_END_SECONDS);
    if now < opens {
        CallWindow::NotYet(opens)
    } else if now >= closes {
        CallWindow::Closed(closes)
    } else {
        CallWindow::Open
    }
}

/// Who someone in a call is: staff of the session, a family member of the
/// session, or a translator invited to it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Participant {
    Staff(UserId),
    Member(MemberId),
    Translator(TranslatorId),
}

impl Participant {
    /// A stable key, as stored and as the pages address each other by.
    pub fn key(&self) -> String {
        match self {
            Self::Staff(id) => format!("s-{id}"),
            Self::Member(id) => format!("m-{id}"),
            Self::Translator(id) => format!("t-{id}"),
        }
    }

    pub fn parse(key: &str) -> Result<Self, InvalidId> {
        match key.split_once('-') {
            Some(("s", id)) => Ok(Self::Staff(UserId::parse(id)?)),
            Some(("m", id)) => Ok(Self::Member(MemberId::parse(id)?)),
            Some(("t", id)) => Ok(Self::Translator(TranslatorId::parse(id)?)),
            _ => Err(InvalidId),
        }
    }

    /// Staff host the call; everyone else waits to be let in.
    pub fn hosts(&self) -> bool {
        matches!(self, Self::Staff(_))
    }
}

/// Where someone stands in a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// In the waiting room.
    Waiting,
    /// In the call.
    Admitted,
    /// Left by choice, or was asked to leave.
    Left,
}

impl Presence {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Admitted => "admitted",
            Self::Left => "left",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        [Self::Waiting, Self::Admitted, Self::Left].into_iter().find(|p| p.as_str() == text)
    }
}

/// What is kept of a call: when, who and the drops, never what was said or shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallEventKind {
    Opened,
    Waiting,
    Admitted,
    TurnedAway,
    Dropped,
    Restored,
    Left,
    Ended,
    EndedAbruptly,
}

impl CallEventKind {
    pub const ALL: [CallEventKind; 9] = [
        Self::Opened,
        Self::Waiting,
        Self::Admitted,
        Self::TurnedAway,
        Self::Dropped,
        Self::Restored,
        Self::Left,
        Self::Ended,
        Self::EndedAbruptly,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Opened => "opened",
            Self::Waiting => "waiting",
            Self::Admitted => "admitted",
            Self::TurnedAway => "turned_away",
            Self::Dropped => "dropped",
            Self::Restored => "restored",
            Self::Left => "left",
            Self::Ended => "ended",
            Self::EndedAbruptly => "ended_abruptly",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// The minutes a member agreed to wait for a dropped call, as typed in
/// their agreement: a whole number from 1 to 30.
pub fn parse_reconnect_minutes(text: &str) -> Option<u32> {
    text.trim().parse::<u32>().ok().filter(|m| (1..=30).contains(m))
}

/// How long a dropped call is waited for: the fewest minutes any of the
/// session's members agreed to (their agreements' choices), else the default.
pub fn agreed_reconnect_minutes<'a>(
    choices: impl IntoIterator<Item = &'a std::collections::BTreeMap<String, String>>,
) -> u32 {
    choices
        .into_iter()
        .filter_map(|c| c.get(crate::agreements::RECONNECT_MINUTES).and_then(|m| parse_reconnect_minutes(m)))
        .min()
        .unwrap_or(DEFAULT_RECONNECT_MINUTES)
}

/// A short-lived TURN login in the shared-secret scheme coturn implements
/// (`use-auth-secret`): the user name is the expiry in Unix seconds and a
/// name, the password the Base64 HMAC-SHA1 of the user name under the secret
/// both sides know. No account is kept on the TURN server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TurnCredentials {
    pub username: String,
    pub credential: String,
}

pub fn turn_credentials(secret: &str, expires_at: Timestamp, name: &str) -> TurnCredentials {
    let username = format!("{}:{name}", expires_at.unix_seconds());
    let credential = match Hmac::<sha1::Sha1>::new_from_slice(secret.as_bytes()) {
        Ok(mut mac) => {
            mac.update(username.as_bytes());
            data_encoding::BASE64.encode(&mac.finalize().into_bytes())
        }
        // HMAC takes keys of any length; this branch cannot be taken.
        Err(_) => String::new(),
    };
    TurnCredentials { username, credential }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_opens_a_quarter_hour_early_and_closes_half_an_hour_late() {
        let start = Timestamp::parse_utc("2026-03-02T10:00").unwrap_or(Timestamp(0));
        let at = |s: &str| Timestamp::parse_utc(s).unwrap_or(Timestamp(0));
        assert_eq!(call_window(at("2026-03-02T09:44"), start, 60), CallWindow::NotYet(at("2026-03-02T09:45")));
        assert_eq!(call_window(at("2026-03-02T09:45"), start, 60), CallWindow::Open);
        assert_eq!(call_window(at("2026-03-02T11:29"), start, 60), CallWindow::Open);
        assert_eq!(call_window(at("2026-03-02T11:30"), start, 60), CallWindow::Closed(at("2026-03-02T11:30")));
    }

    #[test]
    fn participant_keys_round_trip_and_refuse_anything_else() {
        let id = format!("{:032x}", 7);
        for p in [
            Participant::Staff(UserId::parse(&id).unwrap_or_else(|_| UserId::from_trusted(id.clone()))),
            Participant::Member(MemberId::from_trusted(id.clone())),
            Participant::Translator(TranslatorId::from_trusted(id.clone())),
        ] {
            assert_eq!(Participant::parse(&p.key()), Ok(p));
        }
        assert!(Participant::parse("x-00").is_err());
        assert!(Participant::parse("s-'; drop table users").is_err());
        assert!(Participant::parse("").is_err());
    }

    #[test]
    fn reconnect_minutes_are_whole_and_bounded() {
        assert_eq!(parse_reconnect_minutes(" 5 "), Some(5));
        assert_eq!(parse_reconnect_minutes("0"), None);
        assert_eq!(parse_reconnect_minutes("31"), None);
        assert_eq!(parse_reconnect_minutes("five"), None);
    }

    #[test]
    fn turn_credentials_match_coturns_scheme() {
        // Computed independently: base64(hmac_sha1(b"north-sea", b"1700000000:u-0001")).
        let c = turn_credentials("north-sea", Timestamp(1_700_000_000_000), "u-0001");
        assert_eq!(c.username, "1700000000:u-0001");
        assert_eq!(c.credential, "ugGUqed4AUKjiQv/W00OfPryRLs=");
    }
}
