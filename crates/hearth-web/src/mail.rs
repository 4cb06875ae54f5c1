//! Outgoing e-mail through SMTP. Bodies carry links and times, never case details.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::{ExposeSecret, SecretString};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Plain SMTP; only for a relay on the same host or a test sink.
    None,
    StartTls,
    Tls,
}

#[derive(Debug, Clone)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<SecretString>,
    pub from: String,
}

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("the sender address is not valid")]
    BadSender,
    #[error("the recipient address is not valid")]
    BadRecipient,
    #[error("the message could not be built")]
    Build,
    #[error("the SMTP server refused or could not be reached: {0}")]
    Transport(String),
}

#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").finish_non_exhaustive()
    }
}

impl Mailer {
    pub fn new(settings: &SmtpSettings) -> Result<Self, MailError> {
        let builder = match settings.security {
            SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&settings.host),
            SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&settings.host)
                .map_err(|e| MailError::Transport(e.to_string()))?,
            SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&settings.host)
                .map_err(|e| MailError::Transport(e.to_string()))?,
        };
        let mut builder = builder.port(settings.port).timeout(Some(Duration::from_secs(15)));
        if let (Some(user), Some(password)) = (&settings.username, &settings.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.expose_secret().to_owned()));
        }
        let from = settings.from.parse::<Mailbox>().map_err(|_| MailError::BadSender)?;
        Ok(Self { transport: builder.build(), from })
    }

    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), MailError> {
        let to = to.parse::<Mailbox>().map_err(|_| MailError::BadRecipient)?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|_| MailError::Build)?;
        // The server's reply may repeat the recipient's address: keep only its class.
        self.transport.send(message).await.map_err(|e| {
            let class = if e.is_timeout() {
                "timeout"
            } else if e.is_permanent() {
                "permanent refusal"
            } else if e.is_transient() {
                "temporary refusal"
            } else {
                "connection or protocol failure"
            };
            MailError::Transport(class.to_owned())
        })?;
        Ok(())
    }
}

/// Sends an e-mail that carries a personal link (an invitation). When e-mail
/// is not set up or sending fails, the link is handed back so the sender can
/// pass it on in person. Returns the notice for the sender and that link.
pub(crate) async fn send_link(
    mailer: Option<&Mailer>,
    tr: &crate::i18n::Tr,
    to: &str,
    subject: &str,
    body: String,
    link: String,
) -> (String, Option<String>) {
    match mailer {
        Some(mailer) => match mailer.send(to, subject, body).await {
            Ok(()) => (tr.t1("invite-sent", "name", to), None),
            Err(_) => {
                // The error may quote the address, so it stays out of the log.
                tracing::warn!("an e-mail with a link was not sent; the link is shown instead");
                (tr.t("invite-send-failed"), Some(link))
            }
        },
        None => (tr.t("invite-no-mail"), Some(link)),
    }
}

/// E-mail is plain text: without Fluent's bidi isolation marks, so links stay links.
pub(crate) fn plain_text(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}
