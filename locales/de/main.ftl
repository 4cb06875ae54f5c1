# Hearth — Deutsch. Jede Nachricht hier muss in jeder ausgelieferten Sprache vorhanden sein.

## Rahmen und Navigation
skip-to-content = Zum Hauptinhalt springen
nav-label = Hauptmenü
nav-home = Start
nav-families = Familien
nav-users = Benutzerkonten
nav-invitations = Einladungen
nav-notifications = Benachrichtigungen
nav-account = Ihr Konto
nav-unread = ungelesen
nav-sign-out = Abmelden
language = Sprache
language-change = Sprache ändern
cancel = Abbrechen

## Rollen
role-organisation-admin = Admin der Organisation
role-supervisor = Teamleitung
role-practitioner = Fachkraft
role-community-manager = Community-Management
role-peer-ambassador = Peer-Botschafter:in
role-family-member = Familienmitglied

## Formularfelder
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-confirm-password = Neues Passwort noch einmal eingeben
field-current-password = Aktuelles Passwort
field-name = Name
field-role = Rolle
field-team = Team
field-status = Status
field-language = Sprache
field-organisation = Organisation
form-has-errors = Bitte korrigieren Sie Folgendes:
team-none = Kein Team

## Anmelden
login-title = Anmelden
login-submit = Anmelden
login-no-account = Konten werden nur auf Einladung erstellt. Wenn Sie eine Einladung erwartet haben, fragen Sie Ihre Fachkraft oder die Administration Ihrer Organisation.
login-failed = E-Mail-Adresse oder Passwort stimmen nicht. Bitte versuchen Sie es noch einmal.
login-throttled = Zu viele Versuche. Zu Ihrer Sicherheit ist die Anmeldung für 15 Minuten gesperrt.
second-factor-title = Geben Sie Ihren Einmalcode ein
second-factor-code = Code aus Ihrer Authenticator-App
second-factor-hint = Sechs Ziffern. Wenn Sie Ihr Handy verloren haben, geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.
second-factor-submit = Weiter
second-factor-wrong = Dieser Code stimmt nicht oder wurde schon verwendet. Versuchen Sie es mit dem neuesten Code.

## Passwörter
password-rules = Mindestens 12 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, ergeben ein sicheres Passwort, das man sich leicht merken kann.
password-too-short = Das Passwort muss mindestens 12 Zeichen haben.
password-too-long = Das Passwort darf höchstens 128 Zeichen haben.
password-weak = Dieses Passwort wäre leicht zu erraten. Einige unzusammenhängende Wörter hintereinander sind stark und leicht zu merken.
password-hint-keyboard-pattern = Nebeneinander liegende Tasten werden als Erstes ausprobiert.
password-hint-repeats = Wiederholte Buchstaben oder Gruppen bringen wenig.
password-hint-common = Es ist eines der häufigsten Passwörter oder ähnelt einem davon.
password-hint-sequence = Folgen wie „abc“ oder „1234“ sind leicht zu erraten.
password-hint-dates = Daten und Jahreszahlen sind leicht zu erraten.
password-hint-single-word = Ein einzelnes Wort, auch mit einer Zahl, ist leicht zu erraten.
password-hint-names = Namen allein sind leicht zu erraten.
password-contains-email = Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.
password-mismatch = Die beiden Passwörter sind nicht gleich.
password-current-wrong = Ihr aktuelles Passwort stimmt nicht.
password-changed = Ihr Passwort wurde geändert. Auf allen anderen Geräten wurden Sie abgemeldet.

## Zwei-Faktor-Authentifizierung
enrol-title = Zwei-Faktor-Authentifizierung einrichten
enrol-intro = Konten von Mitarbeitenden schützen Familienakten mit einem zweiten Schritt bei der Anmeldung. Öffnen Sie eine Authenticator-App auf Ihrem Handy und scannen Sie diesen Code.
enrol-qr-caption = Mit Ihrer Authenticator-App scannen.
enrol-qr-label = QR-Code für Ihre Authenticator-App
enrol-manual = Wenn das Scannen nicht klappt, geben Sie diesen Schlüssel in der App ein:
enrol-code = Code aus der App
enrol-submit = Bestätigen
enrol-wrong-code = Dieser Code passt nicht. Prüfen Sie die Uhrzeit auf Ihrem Handy und versuchen Sie es mit dem neuesten Code.
recovery-title = Ihre Wiederherstellungscodes
recovery-intro = Bewahren Sie diese Codes an einem sicheren Ort auf, nicht zusammen mit Ihrem Handy. Mit jedem Code können Sie sich einmal anmelden, falls Sie Ihr Handy verlieren. Die Codes werden nur jetzt angezeigt.
recovery-continue = Ich habe sie gespeichert – weiter

## Einladungen (eingeladene Person)
invitation-title = Willkommen bei Hearth
invitation-intro = { $name }, Sie wurden zu Hearth eingeladen. Wählen Sie ein Passwort, um Ihr Konto zu aktivieren.
invitation-submit = Mein Konto aktivieren
invitation-expired-title = Diese Einladung kann nicht mehr verwendet werden
invitation-expired-body = Der Link ist abgelaufen, wurde zurückgezogen oder schon verwendet. Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link.
invitation-email-taken = Es gibt schon ein Konto mit dieser E-Mail-Adresse. Bitte melden Sie sich damit an.

## Start
home-title = Start
home-greeting = Willkommen, { $name }
home-admin-heading = Ihre Organisation
home-admin-users = { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
}
home-admin-pending = { $count ->
    [one] { $count } Einladung wartet auf Annahme
   *[other] { $count } Einladungen warten auf Annahme
}
home-admin-empty = Bisher gibt es nur Ihr Konto. Laden Sie Ihre Teamleitungen und Fachkräfte ein, um zu beginnen.
home-case-heading = Ihre Familien
home-case-empty = Noch keine Familien. Legen Sie eine Familienakte an, wenn eine neue Anfrage eingeht, oder bitten Sie Ihre Teamleitung, Sie einer Familie zuzuweisen.
home-case-all = Alle Ihre Familien
home-unread = { $count ->
    [one] { $count } ungelesene Benachrichtigung
   *[other] { $count } ungelesene Benachrichtigungen
}
home-community-heading = Austauschgruppen
home-community-empty = In Ihrer Organisation gibt es noch keine Austauschgruppen. Die Administration Ihrer Organisation sagt Ihnen Bescheid, sobald sie beginnen.
home-family-heading = Ihre Unterstützung
home-family-empty = Ihre Fachkraft trägt hier Ihre Termine, Nachrichten und die Vereinbarung zur Online-Zusammenarbeit ein. Wenn etwas dringend ist, wenden Sie sich an Ihre Fachkraft oder an die Notrufnummer, die Sie bekommen haben.
home-family-account = Einstellungen für Ihr Konto

## Konto
account-title = Ihr Konto
account-2fa-heading = Zwei-Faktor-Authentifizierung
account-2fa-on = { $count ->
    [one] Die Zwei-Faktor-Authentifizierung ist eingerichtet. Sie haben noch { $count } unbenutzten Wiederherstellungscode.
   *[other] Die Zwei-Faktor-Authentifizierung ist eingerichtet. Sie haben noch { $count } unbenutzte Wiederherstellungscodes.
}
account-2fa-off = Noch keine Zwei-Faktor-Authentifizierung. Für Konten von Familien ist sie freiwillig und macht Ihr Konto sicherer.
account-2fa-enrol = Zwei-Faktor-Authentifizierung einrichten
account-sessions-link = Sehen, wo Sie angemeldet sind, und Anmeldungen beenden
account-password-heading = Passwort ändern
account-password-submit = Passwort ändern
account-password-ends-sessions = Wenn Sie Ihr Passwort ändern, werden Sie überall sonst abgemeldet.

## Sitzungen
sessions-title = Wo Sie angemeldet sind
sessions-intro = Wenn Sie ein Gerät sehen, das Sie nicht kennen, beenden Sie diese Sitzung und ändern Sie Ihr Passwort.
sessions-this-device = Dieses Gerät
sessions-started = Angemeldet am { $name }
sessions-last-seen = zuletzt aktiv am { $name }
sessions-revoke = Sitzung auf { $name } beenden
sessions-revoke-others = Überall sonst abmelden
sessions-revoked = Die Sitzung wurde beendet.

## Benutzerkonten und Einladungen (Administration)
users-title = Benutzerkonten
users-caption = Konten in Ihrer Organisation
users-active = Aktiv
users-disabled = Deaktiviert
users-disable-link = { $name } deaktivieren
disable-title = { $name } deaktivieren?
disable-explain = Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden. Die Einträge dieser Person und das Protokoll bleiben unverändert.
disable-confirm = Konto deaktivieren
invitations-title = Einladungen
invitations-caption = Von Ihrer Organisation verschickte Einladungen
invitations-empty = Noch keine Einladungen. Laden Sie eine Kollegin, einen Kollegen oder ein Familienmitglied ein, um zu beginnen.
invitations-revoke = Einladung für { $name } zurückziehen
invitation-revoked = Die Einladung wurde zurückgezogen; der Link funktioniert nicht mehr.
invitation-status-open = Offen, gültig bis { $name }
invitation-status-accepted = Angenommen
invitation-status-revoked = Zurückgezogen
invitation-status-expired = Abgelaufen
invite-button = Jemanden einladen
invite-title = Jemanden einladen
invite-intro = Die Person bekommt eine E-Mail mit einem persönlichen Link, um ein Passwort zu wählen. Der Link funktioniert einmal und ist sieben Tage gültig.
invite-submit = Einladung senden
invite-error-name = Geben Sie einen Namen mit 1 bis 100 Zeichen ein.
invite-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
invite-error-role = Wählen Sie eine Rolle.
invite-error-team = Wählen Sie eines der Teams Ihrer Organisation.
invite-error-taken = Mit dieser E-Mail-Adresse gibt es schon ein Konto.
invite-sent = Die Einladung wurde an { $name } gesendet.
invite-no-mail = Auf diesem Server ist kein E-Mail-Versand eingerichtet, deshalb wurde keine Nachricht gesendet.
invite-send-failed = Die E-Mail konnte nicht gesendet werden. Die Einladung ist gültig; Sie können den Link unten persönlich weitergeben.
invite-manual-link = Geben Sie diesen Link an die Person weiter, am besten persönlich. Er funktioniert einmal.
invite-email-subject = Ihre Einladung zu Hearth ({ $name })
invite-email-intro = { $name } hat Sie zu Hearth eingeladen. Öffnen Sie diesen Link, um Ihr Passwort zu wählen:
invite-email-expires = Der Link funktioniert einmal und läuft am { $name } ab.
invite-email-ignore = Wenn Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren.

## Familien
families-title = Familien
families-search = Nach Familienname suchen
families-search-submit = Suchen
families-empty = Sie haben noch keine Familien. Legen Sie für eine neue Anfrage eine Familienakte an oder bitten Sie Ihre Teamleitung, Sie einer Familie zuzuweisen.
families-no-match = Keine der Familien, mit denen Sie arbeiten, passt zu „{ $name }“.
family-title = Familienakte
family-new-button = Familienakte anlegen
family-new-title = Familienakte anlegen
family-name = Familienname
family-name-hint = Der Name, unter dem die Familie in Ihrem Team bekannt ist, zum Beispiel der Nachname.
family-name-error = Geben Sie einen Familiennamen mit 1 bis 120 Zeichen ein.
family-new-submit = Akte anlegen
family-opened = Angelegt
family-workers = Fachkräfte
family-no-workers = Noch niemand ist zugewiesen.
family-assign-worker = Fachkraft
family-assign-as = Als
family-assign-submit = Zuweisen
assign-error = Wählen Sie eine Kollegin oder einen Kollegen Ihrer Organisation und die Rolle in der Akte.
family-unassign = { $name } entfernen
family-break-glass-active = Sie haben diese Akte geöffnet, ohne zugewiesen zu sein. Ihr Grund wurde protokolliert und Ihre Teamleitung wurde informiert.
assignment-lead = Fallführende Fachkraft
assignment-co_worker = Mitbetreuende Fachkraft
back-to-family = Zurück zur Familienakte

## Notfallzugriff
break-glass-title = Sie sind dieser Familie nicht zugewiesen
break-glass-explain = Im Notfall können Sie diese Akte trotzdem öffnen. Schreiben Sie den Grund auf: Er wird im Protokoll gespeichert und Ihre Teamleitung wird sofort informiert.
break-glass-reason = Warum müssen Sie diese Akte jetzt öffnen?
break-glass-submit = Akte öffnen und meinen Grund speichern
break-glass-too-short = Bitte begründen Sie es mit mindestens 15 Zeichen.
break-glass-too-long = Bitte fassen Sie den Grund in weniger als 1000 Zeichen.

## Wer auf eine Akte zugegriffen hat
access-log-heading = Zugriffe auf diese Akte
access-log-title = Zugriffe auf die Akte { $name }
access-log-link = Zugriffe auf diese Akte
access-log-caption = Jedes Lesen und jede Änderung, neueste zuerst
access-log-when = Wann
access-log-who = Wer
access-log-what = Was
access-log-why = Angegebener Grund
audit-family-created = Akte angelegt
audit-family-viewed = Akte gelesen
audit-family-listed = Fallliste angesehen
audit-family-assigned = Zuweisung geändert
audit-family-unassigned = Jemanden aus der Akte entfernt
audit-family-break-glass = Ohne Zuweisung geöffnet (Notfallzugriff)
audit-family-access-log-viewed = Zugriffe auf die Akte angesehen

## Benachrichtigungen
notifications-title = Benachrichtigungen
notifications-empty = Nichts Neues. Hier erfahren Sie, wenn eine Kollegin oder ein Kollege eine Akte Ihres Teams öffnet, ohne zugewiesen zu sein.
notifications-new = Neu
notifications-open = Zugriffe ansehen
notifications-mark-read = Alle als gelesen markieren
notification-break-glass = { $name } hat die Akte { $family } geöffnet, ohne zugewiesen zu sein.

## Fehler
error-code = Fehlercode
error-home = Zur Startseite
reauth-intro = Damit sicher ist, dass Sie es sind, geben Sie Ihr Passwort noch einmal ein (und einen Code aus Ihrer Authenticator-App, falls Sie eine nutzen).
reauth-password = Ihr Passwort
reauth-code = Code aus Ihrer Authenticator-App
reauth-wrong-password = Das Passwort stimmt nicht. Es wurde nichts geändert.
reauth-wrong-code = Der Code stimmt nicht. Es wurde nichts geändert.
input-refused-title = Etwas Eingegebenes kann nicht gespeichert werden
input-refused-control = Das Gesendete enthält ein unsichtbares Steuerzeichen (etwa ein Nullzeichen), das Hearth nicht speichert. Es wurde nichts gespeichert.
input-refused-encoding = Das Gesendete ist kein gültiger Text (kein UTF-8). Es wurde nichts gespeichert.
input-refused-too-long = Das Gesendete ist länger, als dieses Feld erlaubt (höchstens { $most } Zeichen). Es wurde nichts gespeichert.
input-refused-typed = Hier ist alles Eingegebene, das Zeichen, das nicht gespeichert werden kann, ist markiert:
input-refused-back = Gehen Sie im Browser zurück, entfernen Sie das markierte Zeichen (kopieren Sie bei Bedarf von hier) und senden Sie erneut.
input-refused-typed-long = Hier ist alles Eingegebene:
input-refused-back-long = Gehen Sie im Browser zurück, kürzen Sie den Text (kopieren Sie ihn bei Bedarf von hier, um ihn anderswo aufzubewahren) und senden Sie erneut.
error-400-title = Bei der Anfrage stimmte etwas nicht
error-400-body = Bitte gehen Sie zurück, prüfen Sie Ihre Eingaben und versuchen Sie es noch einmal.
error-403-title = Sie können diese Seite nicht öffnen
error-403-body = Ihre Rolle gibt keinen Zugang zu dieser Seite. Wenn Sie meinen, dass Sie Zugang haben sollten, fragen Sie Ihre Teamleitung oder die Administration.
error-404-title = Seite nicht gefunden
error-404-body = Diese Seite gibt es nicht, oder Sie haben keinen Zugang dazu.
error-405-title = Diese Aktion ist hier nicht möglich
error-405-body = Bitte gehen Sie zurück und verwenden Sie die Schaltflächen auf der Seite.
error-413-title = Was Sie gesendet haben, ist zu groß
error-413-body = Bitte kürzen Sie den Text und versuchen Sie es noch einmal.
error-500-title = Bei uns ist etwas schiefgegangen
error-500-body = Das liegt nicht an Ihrer Eingabe. Bitte versuchen Sie es gleich noch einmal; wenn es immer wieder passiert, sagen Sie der Administration Bescheid.

## Familienakte
back-to = Zurück zu { $name }
not-yet = Noch nicht
date-invalid = Geben Sie ein Datum (und eine Uhrzeit) im angezeigten Format ein, zum Beispiel 2026-11-24 14:30.
family-actions = Aktionen für diese Akte
family-status = Status
family-last-contact = Letzter Kontakt
family-next-review = Nächste Überprüfung
family-review-submit = Überprüfung planen
family-members = Familienmitglieder
family-no-members = Noch keine Familienmitglieder eingetragen. Tragen Sie die Person ein, um die es geht, und die Angehörigen, mit denen Sie arbeiten.
family-relationships = Wie sie zueinander stehen
family-status-heading = Status der Akte
family-status-next = Neuer Status der Akte
family-status-submit = Status ändern
family-status-not-allowed = Aus ihrem jetzigen Status kann die Akte nicht in diesen Status wechseln.
family-closing-reason = Grund (beim Abschließen erforderlich)
family-closing-reason-hint = Schreiben Sie, warum die Akte abgeschlossen wird, damit alle, die sie später wieder öffnen, es wissen.
family-closing-reason-needed = Schreiben Sie, warum die Akte abgeschlossen wird (mindestens 5 Zeichen).
status-referral = Anfrage
status-assessment = Einschätzung
status-active_support = Aktive Unterstützung
status-review = Überprüfung
status-closed = Abgeschlossen
event-status-changed = { $name } hat den Status der Akte von { $from } auf { $to } geändert
event-closing-reason = { $name } hat die Akte abgeschlossen: { $reason }
event-member-added = { $name } hat { $member } zur Akte hinzugefügt
event-review-planned = { $name } hat die nächste Überprüfung für { $when } geplant
event-identity-verification = { $name } hat die Identitätsprüfung eingetragen – { $detail }
event-other = { $name } hat die Akte geändert

## Familienmitglieder
member-new-button = Familienmitglied hinzufügen
member-new-title = Familienmitglied hinzufügen
member-edit-title = Familienmitglied
member-role = Rolle in der Familie
member-role-person_of_concern = Person, um die es geht
member-role-parent = Elternteil
member-role-sibling = Bruder oder Schwester
member-role-partner = Partner:in
member-role-other_relative = Andere:r Verwandte:r
member-role-family_friend = Freund:in der Familie
member-whereabouts = Wo die Person jetzt ist
member-whereabouts-hint = Nur für die Person, um die es geht.
whereabouts-at_home = Zu Hause
whereabouts-elsewhere_in_country = Woanders im Land
whereabouts-abroad = Im Ausland
whereabouts-in_prison = Im Gefängnis
whereabouts-in_camp = In einem Lager
whereabouts-unknown = Unbekannt
member-languages = Sprachen, die die Person spricht
member-needs-translator = Braucht eine Dolmetscherin oder einen Dolmetscher
member-contact-preferences = Wie die Person am liebsten kontaktiert wird
member-contact-hint = Zum Beispiel: Anruf nach 18 Uhr, nie per Post, über die Schwester.
member-save = Speichern
member-error-name = Geben Sie einen Namen mit 1 bis 100 Zeichen ein.
member-error-role = Wählen Sie die Rolle des Familienmitglieds in der Familie.
member-error-whereabouts = Wählen Sie aus der Liste, wo die Person ist.
member-account = Familienkonto
member-has-account = Dieses Familienmitglied hat ein Familienkonto.
member-no-account = Noch kein Familienkonto. Laden Sie das Familienmitglied zum Familienportal ein; die Person wählt ihr Passwort selbst.
member-invitation-pending = Eine Einladung wurde gesendet und wartet auf Annahme.
member-invite-submit = Zum Familienportal einladen
member-verification = Identität
member-verification-set = Wie wurde die Identität geprüft?
member-verification-submit = Eintragen
member-verification-error = Wählen Sie eine der genannten Möglichkeiten.
verification-not_verified = Nicht geprüft
verification-met_in_person = Persönlich getroffen
verification-verified_by_video = Per Video geprüft
verification-documents_checked = Dokumente geprüft
verification-by = { $status } – von { $name }, { $when }
relationship-add = Eintragen, wie zwei Familienmitglieder zueinander stehen
relationship-from = Familienmitglied
relationship-kind = ist
relationship-to = von
relationship-submit = Hinzufügen
relationship-error = Wählen Sie zwei Mitglieder dieser Familie und wie sie verwandt sind.
relationship-error-same = Wählen Sie zwei verschiedene Personen: Niemand ist mit sich selbst verwandt.
relationship-kind-parent_of = Elternteil von
relationship-kind-child_of = Kind von
relationship-kind-sibling_of = Bruder oder Schwester von
relationship-kind-partner_of = Partner:in von
relationship-kind-relative_of = Verwandte:r von
relationship-kind-friend_of = Freund:in von
relationship-parent_of = { $from } ist ein Elternteil von { $to }
relationship-child_of = { $from } ist ein Kind von { $to }
relationship-sibling_of = { $from } ist Bruder oder Schwester von { $to }
relationship-partner_of = { $from } ist Partner:in von { $to }
relationship-relative_of = { $from } ist mit { $to } verwandt
relationship-friend_of = { $from } ist mit { $to } befreundet

## Verlauf und Notizen
timeline-heading = Verlauf
timeline-empty = Im Verlauf steht noch nichts. Schreiben Sie nach jedem Kontakt eine Notiz.
note-new-button = Notiz schreiben
note-new-title = Notiz schreiben
note-amend-title = Notiz ändern
note-kind = Art
note-kind-home_visit = Hausbesuch
note-kind-office_meeting = Termin im Büro
note-kind-phone_call = Telefonat
note-kind-video_call = Videogespräch
note-kind-message_summary = Zusammenfassung von Nachrichten
note-kind-multi_agency_contact = Kontakt mit anderen Stellen
note-kind-observation = Beobachtung
note-occurred = Wann es passiert ist
note-members = Wen es betrifft
note-text = Notiz
note-text-hint = Beschreiben Sie, was passiert ist und was Sie beobachtet haben; halten Sie Meinungen und Tatsachen auseinander.
note-submit = Notiz speichern
note-concerns = betrifft
note-earlier-versions = Frühere Fassungen
note-amend-link = Ändern
note-amend-explain = Eine Änderung wird als neue Fassung hinzugefügt. Der frühere Text bleibt in der Akte, sichtbar für dieselben Personen.
note-amend-submit = Änderung speichern
note-in-force = Jetzt gültiger Text
note-error-empty = Die Notiz darf nicht leer sein.
note-error-too-long = Die Notiz darf höchstens 20.000 Zeichen haben.
note-error-kind = Wählen Sie die Art der Notiz.
note-error-members = Eine der gewählten Personen gehört nicht mehr zu dieser Familie. Wählen Sie erneut.
audit-family-status-changed = Status geändert
audit-family-member-added = Familienmitglied hinzugefügt
audit-family-member-changed = Angaben zu einem Familienmitglied geändert
audit-family-note-written = Notiz geschrieben
audit-family-note-amended = Notiz geändert
families-all-statuses = Alle Status
attention-review_overdue = Termin für die Überprüfung ist überschritten
attention-no_recent_contact = Kein Kontakt in den letzten 30 Tagen
attention-no_review_planned = Keine Überprüfung geplant

## Einschätzung
nav-catalogue = Einschätzungskatalog
assessments-link = Einschätzungen
assessments-title = Einschätzungen
assessments-heading = Einschätzungen zur Familie { $name }
assessments-empty = Noch keine Einschätzung. Schätzen Sie früh ein, gemeinsam mit der Familie, und wiederholen Sie die Einschätzung, wenn sich etwas ändert.
assessment-new-button = Einschätzung eintragen
assessment-new-title = Einschätzung eintragen
assessment-title = Einschätzung
assessment-heading = Einschätzung zur Familie { $name }
assessment-intro = Bewerten Sie auf jeder Ebene, was Sie beobachtet haben, und verknüpfen Sie jeden Befund mit der Notiz, die ihn belegt. Eine feste Überzeugung ist für sich genommen kein Anlass zur Sorge; bewerten Sie Verhalten. Schutzfaktoren zeigen Ihnen, worauf Sie aufbauen können.
assessment-date = Datum der Einschätzung
level-individual = Die Person selbst
level-family = Die Familie
level-community = Das soziale Umfeld
kind-concern = Anzeichen, die Sorge bereiten
kind-protective = Schutzfaktoren
rating-0 = Nicht beobachtet
rating-1 = Einige Anzeichen
rating-2 = Deutlich
rating-3 = Stark
assessment-evidence = Beleg in der Akte
assessment-no-evidence = Kein Beleg verknüpft
assessment-evidence-note = Die Notiz, auf der dies beruht
assessment-overall = Das Gesamtbild
assessment-engagement = Wirkt die Mitarbeit der Familie echt?
engagement-genuine = Echt
engagement-mixed = Gemischt
engagement-disguised = Möglicherweise nur vorgetäuscht
engagement-unclear = Noch zu früh für eine Aussage
assessment-engagement-note = Woran Sie das festmachen
assessment-young-person = Wie ist es für den jungen Menschen, in dieser Familie zu leben?
assessment-response = Verhältnismäßige Reaktion
response-no_further_action = Keine weiteren Schritte
response-universal_services = Allgemeine Angebote
response-targeted_family_support = Gezielte Familienunterstützung
response-multi_agency_plan = Gemeinsamer Plan mehrerer Stellen
assessment-proportionality = Begründung der Verhältnismäßigkeit
assessment-proportionality-hint = Warum diese Reaktion und keine leichtere oder stärkere? Mindestens 20 Zeichen.
assessment-submit = Zur Prüfung einreichen
assessment-error-evidence = Verknüpfen Sie einen Beleg für „{ $name }“ oder bewerten Sie es mit „Nicht beobachtet“.
assessment-error-engagement = Geben Sie an, ob die Mitarbeit echt wirkt.
assessment-error-response = Wählen Sie die verhältnismäßige Reaktion.
assessment-error-young-person = Beschreiben Sie, wie es für den jungen Menschen ist, in dieser Familie zu leben.
assessment-error-proportionality = Schreiben Sie eine Begründung der Verhältnismäßigkeit mit mindestens 20 Zeichen.
assessment-error-return-comment = Schreiben Sie, was sich ändern muss, bevor Sie die Einschätzung zurückgeben.
assessment-error-rating = Wählen Sie eine der Bewertungen für „{ $name }“.
assessment-error-evidence-unknown = Der für „{ $name }“ gewählte Beleg ist keine Notiz und kein Dokument dieser Familienakte; wählen Sie erneut.
assessment-error-decision = Wählen Sie, ob Sie die Einschätzung abzeichnen oder zurückgeben.
assessment-status-submitted = Wartet auf Prüfung
assessment-status-signed_off = Freigegeben
assessment-status-returned = Zurückgegeben
assessment-reviewed-signed_off = Freigegeben von { $name } am { $when }. { $comment }
assessment-reviewed-returned = Zurückgegeben von { $name } am { $when }: { $comment }
assessment-findings = Befunde
assessment-no-findings = Nichts wurde höher als „Nicht beobachtet“ bewertet.
assessment-review-heading = Prüfung
assessment-review-comment = Kommentar (beim Zurückgeben erforderlich)
assessment-sign-off = Freigeben
assessment-return = Mit Kommentar zurückgeben
trend-heading = Wie sich das Bild entwickelt hat
trend-explain = Für jede Ebene addiert die rote Linie die Bewertungen der Anzeichen, die Sorge bereiten, und die grün gestrichelte Linie die Bewertungen der Schutzfaktoren. Schutz hebt Sorge nicht auf. Die Tabelle unten enthält dieselben Zahlen.
trend-chart-label = Verlauf von Sorge und Schutz: { $name }. Dieselben Zahlen stehen in der Tabelle unten.
trend-table-caption = Bewertungen je Einschätzung
trend-factor = Ebene oder Faktor
trend-kind = Art
notification-assessment-submitted = { $name } hat Ihnen eine Einschätzung zur Familie { $family } zur Prüfung vorgelegt.
notification-assessment-returned = { $name } hat Ihre Einschätzung zur Familie { $family } mit einem Kommentar zurückgegeben.
audit-family-assessment-recorded = Einschätzung eingetragen
audit-family-assessment-reviewed = Einschätzung geprüft
audit-family-assessment-viewed = Einschätzungen gelesen
catalogue-title = Einschätzungskatalog
catalogue-intro = Die Anzeichen, die Sorge bereiten, und die Schutzfaktoren, die Fachkräfte bewerten. Jedes Anzeichen muss ein beobachtbares Verhalten benennen, nie eine Überzeugung oder religiöse Praxis. Fehlen Titel und Hinweise in einer anderen Sprache, wird der englische Text angezeigt.
catalogue-count = { $count ->
    [one] { $count } Faktor
   *[other] { $count } Faktoren
}
catalogue-invalid = Der Katalog wurde nicht gespeichert. Bitte korrigieren Sie Folgendes:
catalogue-body = Katalog (TOML)
catalogue-save = Prüfen und speichern
catalogue-saved = Der Katalog wurde gespeichert. Neue Einschätzungen verwenden ihn; frühere behalten die Titel, mit denen sie bewertet wurden.

## Familienrat
conferences-link = Familienräte
conferences-title = Familienräte
conferences-heading = Familienräte der Familie { $name }
conferences-empty = Noch kein Familienrat eingetragen. In einem Familienrat erstellen die Familie und ihr Netzwerk ihren eigenen Plan.
conference-new-button = Familienrat eintragen
conference-new-title = Familienrat eintragen
conference-title = Familienrat
conference-heading = Familienrat der Familie { $name }
conference-intro = Schreiben Sie den Plan in den eigenen Worten der Familie auf. Bei jedem Schritt steht, was getan wird, wer es tut und bis wann.
conference-held-on = Datum des Familienrats
conference-family-participants = Wer aus der Familie und ihrem Netzwerk teilgenommen hat
conference-family-participants-hint = Zum Beispiel: Fatima (Mutter), Leila (Tante), Omar (Nachbar).
conference-professional-participants = Beteiligte Fachkräfte
conference-plan = Der Plan der Familie
conference-plan-hint = Lassen Sie nicht benötigte Zeilen leer.
conference-action = Schritt { $name }
conference-what = Was
conference-who = Wer
conference-due = Bis wann
conference-agreement = Hat die Familie dem Plan zugestimmt?
agreement-agreed = Zugestimmt
agreement-partly_agreed = Teilweise zugestimmt
agreement-not_agreed = Nicht zugestimmt
conference-review-on = Datum der Überprüfung
conference-submit = Plan speichern
conference-error-participants = Schreiben Sie, wer aus der Familie teilgenommen hat.
conference-error-action = Geben Sie bei Schritt { $number } an, was getan wird und wer es tut.
conference-error-action-long = Schritt { $number } ist zu lang.
conference-error-action-date = Das Datum bei Schritt { $number } ist kein gültiges Datum.
conference-error-no-actions = Der Plan braucht mindestens einen Schritt.
conference-error-agreement = Geben Sie an, ob die Familie dem Plan zugestimmt hat.
conference-open-actions = { $count ->
    [one] { $count } offener Schritt
   *[other] { $count } offene Schritte
}
conference-print-link = Druckansicht für die Familie
conference-progress-history = Bisheriger Fortschritt
conference-progress-status = Fortschritt
conference-progress-note = Was passiert ist (optional)
conference-progress-submit = Fortschritt eintragen
conference-progress-error = Wählen Sie einen der genannten Stände.
conference-progress-note-too-long = Die Fortschrittsnotiz ist länger als 2.000 Zeichen. Kürzen Sie sie oder schreiben Sie die Einzelheiten als Notiz in die Familienakte.
progress-not_started = Noch nicht begonnen
progress-in_progress = In Arbeit
progress-done = Erledigt
progress-dropped = Entfallen
progress-entry = { $when }, { $name }: { $status }. { $detail }
conference-print-title = Unser Familienplan
conference-print-heading = Der Plan der Familie { $name }
conference-print-held = Gemeinsam erstellt am { $name }.
conference-print-footer = Das ist Ihr Plan. Wenn sich etwas ändert, sagen Sie es Ihrer Fachkraft.

## Dokumente
documents-heading = Dokumente
documents-empty = Noch keine Dokumente. Laden Sie Briefe, Berichte oder Fotos hoch, die in die Akte gehören.
document-upload = Dokument hochladen
document-hint = PDF, PNG, JPEG oder reiner Text, bis 10 MB. Standort- und Kameradaten werden aus Fotos entfernt, Autorenangaben aus PDF-Dateien.
document-submit = Hochladen
document-detail = Hochgeladen von { $name }, { $when }, { $size } KB
document-error-empty = Wählen Sie eine Datei zum Hochladen aus.
document-error-too-large = Die Datei ist größer als 10 MB.
document-error-kind = Es können nur PDF-, PNG-, JPEG- und reine Textdateien hochgeladen werden.
document-error-damaged = Das Bild scheint beschädigt zu sein und konnte nicht geprüft werden. Speichern Sie es neu und versuchen Sie es noch einmal.
document-error-image-too-large = Das Bild ist zu groß, um es zu prüfen. Machen Sie ein kleineres Foto oder scannen Sie mit geringerer Auflösung.
document-error-pdf-unreadable = Die PDF-Datei konnte nicht gelesen werden, daher ließen sich Autor und andere Angaben nicht entfernen. Speichern oder drucken Sie sie erneut als PDF und laden Sie diese Kopie hoch.
document-error-pdf-protected = Die PDF-Datei ist mit einem Passwort geschützt. Speichern Sie eine Kopie ohne Passwort und laden Sie diese hoch.
audit-family-document-uploaded = Dokument hochgeladen
audit-family-document-downloaded = Dokument heruntergeladen
audit-family-conference-recorded = Familienrat eingetragen
audit-family-plan-progress-recorded = Fortschritt beim Plan der Familie eingetragen
evidence-document = Dokument
assessment-evidence-document = Das Dokument, auf dem dies beruht
audit-family-review-planned = Hat die nächste Überprüfung geplant
audit-family-member-account-linked = Ein Familienkonto wurde einem Familienmitglied zugeordnet
audit-family-modality-decided = Hat festgehalten, wie mit einem Familienmitglied gearbeitet wird (persönlich oder online)

## Entscheidungshilfe: persönlich oder online
modality-link = Persönlich oder online?
modality-title = Persönlich oder online
modality-heading = Arbeit mit { $name }: persönlich oder online?
modality-intro = Entscheiden Sie gemeinsam mit dem Familienmitglied, von Fall zu Fall, wie Sie in Kontakt bleiben. Gehen Sie zusammen einige Fragen durch; Hearth schlägt vor, was zu jeder Art von Kontakt passen könnte, und zeigt, warum. Es ist ein Vorschlag, nie ein Urteil.
modality-start = Gespräch beginnen
modality-again = Noch einmal durchgehen
modality-history = Bisherige Entscheidungen
modality-history-empty = Noch keine Entscheidung.
modality-differs = Anders entschieden als vorgeschlagen
modality-review-time = Es ist Zeit, diese Entscheidung gemeinsam zu überprüfen: Ihre Organisation überprüft Entscheidungen nach { $count ->
    [one] einem Tag.
   *[other] { $count } Tagen.
}
modality-review-changed = Seit der letzten Entscheidung hat sich etwas geändert (die Identitätsprüfung). Sehen Sie sie sich gemeinsam noch einmal an.
modality-review-released = Die Person, um die es geht, ist nicht mehr dort, wovon die letzte Entscheidung ausging (Gefängnis oder Lager). Überprüfen Sie sie gemeinsam.
modality-step = Schritt { $step } von { $steps }
modality-back = Zurück
modality-next = Weiter
modality-see-result = Vorschlag ansehen
modality-result = Vorschlag
modality-result-intro = Für jede Art von Kontakt der Vorschlag und alle Gründe dafür. Entscheiden Sie gemeinsam; Sie können sich auch anders entscheiden.
modality-no-reasons = Nichts in den Antworten spricht für das eine oder das andere; deshalb wird eine Mischung aus beidem vorgeschlagen.
modality-decided = Gemeinsam entschieden
modality-arrange = Was zu organisieren ist
modality-preference = Was das Familienmitglied selbst bevorzugt
modality-preference-hint = In eigenen Worten, zum Beispiel „Ich treffe mich lieber in der Bibliothek“.
modality-comment = Kommentar
modality-comment-hint = Erforderlich, wenn die Entscheidung vom Vorschlag abweicht oder zu wenig bekannt war für einen Vorschlag: Schreiben Sie, warum.
modality-record = Gemeinsame Entscheidung eintragen
modality-error-comment = Die Entscheidung weicht vom Vorschlag ab oder wurde getroffen, als zu wenig bekannt war: Schreiben Sie in einem Kommentar, warum.
contact-practical = Praktisches (Formulare, Termine)
contact-check_in = Regelmäßiger Austausch, wie es geht
contact-sensitive = Schmerzhaftes oder heikles Gespräch
contact-crisis = Krise, die eine schnelle Antwort braucht
modality-face_to_face = Persönlich
modality-digital = Online
modality-hybrid = Eine Mischung aus beidem
arrange-translator = Eine Dolmetscherin oder einen Dolmetscher organisieren
arrange-meet_in_person_first = Sich zuerst persönlich treffen
arrange-agree_terms = Regeln für die Zusammenarbeit online vereinbaren
arrange-digital_skills_help = Hilfe bei digitalen Fähigkeiten (zum Beispiel durch einen Bruder oder eine Schwester)
arrange-allow_time = Zeit lassen, sich daran zu gewöhnen
arrange-check_prison_rules = Die Regeln des Gefängnisses oder Lagers prüfen
arrange-private_space = Einen ungestörten Ort und ein Zeichen für „Ich kann gerade nicht frei sprechen“ vereinbaren
answer-dont-know = Weiß nicht
question-openness = Wie offen ist das Familienmitglied für Kontakt online?
question-openness-hint = Fragen Sie nach; schließen Sie nicht von Alter oder Herkunft darauf.
answer-openness-open = Offen dafür
answer-openness-hesitant = Zögerlich
answer-openness-closed = Möchte es nicht
question-lowers_threshold = Würde Kontakt online es dem Familienmitglied leichter machen, sich zu melden?
question-lowers_threshold-hint = Manchen fällt eine Nachricht leichter als der Gang in ein Büro.
answer-lowers_threshold-yes = Ja
answer-lowers_threshold-no = Nein
question-device = Welches Gerät hat das Familienmitglied?
question-device-hint = Bei einem geteilten Handy können andere die Nachrichten sehen.
answer-device-none = Keines
answer-device-shared_phone = Ein geteiltes Handy
answer-device-own_smartphone = Ein eigenes Smartphone
answer-device-laptop = Ein Laptop oder Computer
question-connection = Wie ist die Internetverbindung des Familienmitglieds?
question-connection-hint = Denken Sie an den Ort, an dem das Familienmitglied während des Kontakts wäre.
answer-connection-stable = Stabil
answer-connection-unstable = Bricht oft ab
question-app_confidence = Wie sicher ist das Familienmitglied im Umgang mit den Apps?
question-app_confidence-hint = Videoanrufe, Nachrichten, Anmelden.
answer-app_confidence-confident = Sicher
answer-app_confidence-with_help = Schafft es mit Hilfe
answer-app_confidence-not_confident = Unsicher
question-detention = Ist die Person, um die es geht, im Gefängnis oder in einem Lager?
question-detention-hint = Die Regeln dort bestimmen, welcher Kontakt möglich ist.
answer-detention-none = Weder noch
answer-detention-prison = Im Gefängnis
answer-detention-camp = In einem Lager
question-language_barrier = Ist die Sprache eine Barriere?
question-language_barrier-hint = Missverständnisse fallen online schwerer auf.
answer-language_barrier-none = Nein
answer-language_barrier-some = Manchmal
answer-language_barrier-strong = Ja, stark
question-home_privacy = Gibt es zu Hause Ablenkungen oder andere Menschen?
question-home_privacy-hint = Wenn andere zuhören, kann das jemanden davon abhalten, frei zu sprechen.
answer-home_privacy-private = Kann allein sein
answer-home_privacy-some_distractions = Etwas Ablenkung
answer-home_privacy-others_present = Meist sind andere da
question-safe_to_speak = Kann das Familienmitglied online sicher und ungestört sprechen?
question-safe_to_speak-hint = Fragen Sie direkt und vereinbaren Sie ein Zeichen für „Ich kann gerade nicht frei sprechen“.
answer-safe_to_speak-yes = Ja
answer-safe_to_speak-no = Nein
question-distance = Wie weit entfernt wohnt das Familienmitglied?
question-distance-hint = Denken Sie an Fahrzeit und Fahrtkosten für das Familienmitglied.
answer-distance-near = In der Nähe
answer-distance-far = Weit weg
question-mobility = Ist das Familienmitglied durch Krankheit oder eingeschränkte Beweglichkeit beeinträchtigt?
question-mobility-hint = Beim Reisen oder bei der Nutzung von Geräten.
answer-mobility-none = Nein
answer-mobility-limits_travel = Schränkt das Reisen ein
answer-mobility-limits_devices = Schränkt die Nutzung von Geräten ein
question-met_in_person = Haben Sie sich schon persönlich getroffen?
question-met_in_person-hint = Ein erstes Treffen stärkt das Vertrauen und hilft zu wissen, mit wem Sie sprechen.
answer-met_in_person-yes = Ja
answer-met_in_person-no = Noch nicht
question-trust = Wie groß ist das Vertrauen zwischen Ihnen?
question-trust-hint = Vertrauen, das persönlich entstanden ist, trägt auch online.
answer-trust-established = Gefestigt
answer-trust-building = Wächst
answer-trust-low = Gering
contact-first_contact = Erster Kontakt
modality-not-enough-known = Noch zu wenig bekannt
modality-lean-for-digital = Dafür: spricht für online
modality-lean-for-face_to_face = Dafür: spricht für persönlich
modality-lean-against-digital = Dagegen: spricht für online
modality-lean-against-face_to_face = Dagegen: spricht für persönlich
modality-lean-toward-digital = Spricht für online
modality-lean-toward-face_to_face = Spricht für persönlich
modality-lean-rules-out = Schließt aus: { $what }
modality-ruled-out = Durch die Antworten ausgeschlossen: { $what }
modality-find-out = Für einen Vorschlag ist noch zu wenig bekannt. Klären Sie zuerst:
modality-also-find-out = Bevor Sie sich darauf verlassen, klären Sie auch:
modality-choose = — Auswählen —
modality-error-choose = Wählen Sie, wie der Kontakt stattfindet, für: { $kinds }
modality-suggested = Vorgeschlagen
modality-differs-short = weicht ab
modality-answers = Die Antworten
modality-answers-hint = Um Antworten zu ändern, gehen Sie zu ihrem Teil des Gesprächs zurück; der Vorschlag wird neu ermittelt.
modality-change = Ändern: { $section }
modality-prefilled = Aus der Familienakte übernommen; ändern Sie es, wenn es nicht stimmt.
modality-section-1 = Offenheit für Kontakt online
modality-section-2 = Worum es im Kontakt geht
modality-section-3 = Gerät, Verbindung und Fähigkeiten
modality-section-4 = Haft und Sprache
modality-section-5 = Privatsphäre und Sicherheit
modality-section-6 = Entfernung und Gesundheit
modality-section-7 = Treffen, Vertrauen und Identität
arrange-low_threshold_first_contact = Im Einzelfall einen niedrigschwelligen ersten Kontakt online erwägen (eine Nachricht oder ein kurzer Anruf)
question-matters = Wie heikel oder vielschichtig sind die Themen, um die es geht?
question-matters-hint = Sehr heikle oder vielschichtige Themen werden am besten persönlich besprochen.
answer-matters-everyday = Alltägliches
answer-matters-uncomfortable = Unangenehm für das Familienmitglied
answer-matters-sensitive_or_complex = Sehr heikel oder vielschichtig
question-easier_from_home = Fällt es dem Familienmitglied leichter, schmerzhafte Themen aus der eigenen Umgebung anzusprechen?
question-easier_from_home-hint = Manche öffnen sich zu Hause leichter; andere brauchen ein persönliches Treffen.
answer-easier_from_home-yes = Ja, aus der eigenen Umgebung
answer-easier_from_home-no = Nein, lieber persönlich
answer-connection-none = Keine Verbindung
question-private_space_agreed = Haben Sie einen ungestörten Ort und ein Zeichen für „Ich kann gerade nicht frei sprechen“ vereinbart?
question-private_space_agreed-hint = Nur dann kann heikler Kontakt online sicher sein für jemanden, der nicht immer allein ist.
answer-private_space_agreed-yes = Ja, vereinbart und ausprobiert
answer-private_space_agreed-no = Noch nicht
question-identity = Ist die Identität des Familienmitglieds geprüft?
question-identity-hint = Auf der Seite des Familienmitglieds festgehalten: persönlich getroffen, per Video geprüft oder Dokumente geprüft.
answer-identity-verified = Geprüft
answer-identity-not_verified = Nicht geprüft
member-verification-intro = Woher Sie wissen, wer diese Person ist. Die Entscheidungshilfe nutzt es.
nav-modality-rules = Regeln der Entscheidungshilfe
modality-rules-title = Regeln der Entscheidungshilfe: persönlich oder online
modality-rules-intro = Die Regeln, die aus den Antworten eines Familienmitglieds einen Vorschlag für jede Art von Kontakt machen. Jede Regel nennt die Antworten, auf die sie reagiert, was sie vorschlägt und den angezeigten Grund. Fehlen Gründe in einer anderen Sprache, wird der englische Text angezeigt.
modality-rules-count = { $count ->
    [one] { $count } Regel
   *[other] { $count } Regeln
}
modality-rules-saved = Die Regeln wurden gespeichert. Neue Gespräche verwenden sie; frühere Entscheidungen bleiben, wie sie getroffen wurden.
rules-is-default = Ihre Organisation verwendet die Standardfassung von Hearth. Wenn Sie speichern, wird dieser Text zu Ihrer eigenen Fassung.

## Sicherheit im Familienportal
quick-exit = Seite schnell verlassen
quick-exit-hint = (oder zweimal Esc drücken)
nav-portal = Familienportal
portal-settings-title = Familienportal
portal-settings-intro = Familienmitglieder nutzen vielleicht ein gemeinsames Handy oder werden zu Hause beobachtet. Ein neutraler Name verbirgt, worum es auf der Seite geht; die Schaltfläche zum schnellen Verlassen führt zu einer gewöhnlichen Website.
portal-discreet-name = Neutraler Name, den Familienmitglieder sehen
portal-discreet-hint = Zum Beispiel „Notizen“ oder „Lernplaner“. Wenn Sie das Feld leer lassen, wird Hearth angezeigt.
portal-exit-url = Website, die sich beim schnellen Verlassen öffnet
portal-exit-hint = Eine gewöhnliche Adresse mit https://, zum Beispiel eine Wetter- oder Nachrichtenseite. Wenn Sie das Feld leer lassen, öffnet sich Wikipedia.
portal-error-name = Der neutrale Name darf höchstens 40 Zeichen haben.
portal-error-url = Geben Sie eine Adresse ein, die mit https:// beginnt.

## Vereinbarungen für die Online-Zusammenarbeit
agreement-link = Vereinbarung für die Online-Zusammenarbeit
agreement-title = Vereinbarung für die Online-Zusammenarbeit
agreement-heading = Vereinbarung für die Online-Zusammenarbeit mit { $name }
agreement-in-force = Jetzt gültige Vereinbarung
agreement-none = Noch keine Vereinbarung. Vereinbaren Sie die Regeln für die Online-Zusammenarbeit, bevor sie beginnt: Füllen Sie unten die Angaben aus und gehen Sie den Text dann gemeinsam durch.
agreement-new = Vereinbarung erstellen
agreement-renew = Neue Fassung erstellen
agreement-make = Vereinbarung erstellen
agreement-earlier = Frühere Fassungen
agreement-renewal = Ihre Organisation hat eine neue Fassung der Vereinbarung veröffentlicht. Erstellen Sie daraus eine neue Vereinbarung und gehen Sie sie gemeinsam noch einmal durch.
agreement-waiting = Wartet auf die Zustimmung des Familienmitglieds
agreement-accepted-portal = Im Familienportal angenommen am { $name }
agreement-accepted-verbal = Mündlich zugestimmt, eingetragen am { $name }: { $detail }
agreement-verbal = Mündliche Zustimmung eintragen
agreement-verbal-hint = Wann und wie, zum Beispiel „beim Hausbesuch am 24. November gemeinsam gelesen, zugestimmt“.
agreement-verbal-submit = Zustimmung eintragen
agreement-error-choice = Bitte ausfüllen: { $name }.
agreement-error-verbal = Geben Sie an, wann und wie die Zustimmung gegeben wurde.
agreement-template-title = Vorlage der Vereinbarung für die Online-Zusammenarbeit
agreement-template-intro = Die Vorlage, aus der jede Vereinbarung erstellt wird. Jede Klausel behandelt eines der vorgeschriebenen Themen; die Fachkraft füllt für jedes Familienmitglied die Angaben in geschweiften Klammern aus. Beim Veröffentlichen entsteht eine neue Fassung; Vereinbarungen, die aus einer älteren Fassung erstellt wurden, werden zur Erneuerung markiert.
agreement-template-version = Fassung { $version }
agreement-template-published = Fassung { $version } wurde veröffentlicht.
nav-agreement-template = Vorlage für Vereinbarungen
choice-account_users = Wer das Konto des Familienmitglieds nutzen darf
choice-signal = Das vereinbarte Zeichen für „Ich kann gerade nicht frei sprechen“
choice-reconnect = Was passiert, wenn die Verbindung abbricht (wer ruft wen an, wie, innerhalb von wie vielen Minuten)
choice-translator = Dolmetscherin oder Dolmetscher (Name oder „niemand“)
choice-availability = Wann die Fachkraft erreichbar ist
choice-urgent_contacts = Kontakte für dringende Fälle außerhalb dieser Zeiten
choice-retention = Wie lange Notizen aufbewahrt werden
clause-recordings = Aufnahmen
clause-cameras = Kameras
clause-account_use = Wer Ihr Konto nutzt
clause-private_space = Ein ungestörter Ort
clause-connection_drop = Wenn die Verbindung abbricht
clause-translator = Dolmetschen
clause-availability = Wann wir erreichbar sind
clause-confidentiality_limits = Die Grenzen der Vertraulichkeit
clause-storage = Was wir aufbewahren und wie lange
portal-availability = Ihre Fachkraft ist zu diesen Zeiten erreichbar: { $name }.
portal-urgent = In dringenden Fällen außerhalb dieser Zeiten: { $name }
portal-agreement-heading = Unsere Vereinbarung für die Online-Zusammenarbeit
portal-agreement-accept = Ich habe das gelesen und stimme zu
audit-family-agreement-made = Vereinbarung für die Online-Zusammenarbeit erstellt
audit-family-agreement-accepted = Zustimmung zur Vereinbarung für die Online-Zusammenarbeit

## Gespräche, Belastungsgrenzen und Nachsorge
nav-calendar = Kalender
nav-workload = Meine Arbeitslast
nav-team = Team
nav-on-call = Rufbereitschaft
nav-wellbeing = Belastungsgrenzen
session-new-title = Gespräch planen
session-title = Gespräch
session-mode = Wie
session-mode-in-person = Persönlich
session-mode-video = Videoanruf
session-mode-phone = Telefonanruf
session-mode-chat = Chat
session-mode-group = Gruppentreffen
session-contact-kind = Art des Kontakts
session-contact-kind-hint = Hearth vergleicht die Form mit der Entscheidung, die mit jedem Familienmitglied für diese Art von Kontakt getroffen wurde.
session-members = Teilnehmende Familienmitglieder
session-no-members = Tragen Sie zuerst Familienmitglieder in die Akte ein.
session-decision = Entscheidung: persönlich oder online
session-no-decision = noch keine Entscheidung eingetragen
session-agreement = Vereinbarung für die Online-Zusammenarbeit
session-agreement-accepted = angenommen am { $when }
session-agreement-not-accepted = erstellt, noch nicht angenommen
session-agreement-none = noch keine
session-colleagues = Weitere teilnehmende Fachkräfte
session-starts-at = Beginn ({ $name })
session-minutes = Dauer in Minuten
session-place = Ort oder Link zum Gespräch
session-place-hint = Eine Adresse für persönliche Treffen oder der Link oder die Nummer für einen Anruf. Familienmitglieder sehen das in ihrer Erinnerung.
session-override-reason = Warum dieses Gespräch nicht warten kann
session-override-reason-hint = Mindestens 10 Zeichen. Ihre Teamleitung sieht den Grund auf der Teamseite.
session-submit = Gespräch planen
session-submit-anyway = Trotzdem planen
session-submit-override = Über die Grenze hinaus planen
session-refused = Dieses Gespräch überschreitet eine Belastungsgrenze:
session-override-hint = Wählen Sie eine andere Zeit oder geben Sie einen Grund an, um es trotzdem zu planen.
session-warnings = Bitte prüfen Sie vor dem Planen:
session-warning-decision = { $member }: Für diese Art von Kontakt lautet die Entscheidung „{ $detail }“.
session-warning-agreement = { $member } hat noch keiner Vereinbarung für die Online-Zusammenarbeit zugestimmt.
session-error-mode = Wählen Sie, wie das Gespräch stattfindet.
session-error-contact-kind = Wählen Sie, welche Art von Kontakt das ist.
session-error-start = Geben Sie den Beginn als Datum und Uhrzeit ein.
session-error-past = Der Beginn liegt in der Vergangenheit.
session-error-minutes = Geben Sie eine Dauer von 5 bis 480 Minuten ein.
session-error-place = Geben Sie den Ort oder den Link zum Gespräch ein (höchstens 500 Zeichen).
session-error-members = Wählen Sie mindestens ein Familienmitglied.
session-error-override-reason = Schreiben Sie einen Grund mit mindestens 10 Zeichen.
session-error-outcome = Wählen Sie, wie das Gespräch geendet hat.
session-error-outcome-recorded = Wie dieses Gespräch geendet hat, wurde schon eingetragen.
session-when = Wann
session-duration = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
session-staff = Fachkräfte
session-outcome = Ergebnis
session-outcome-title = Wie hat das Gespräch geendet?
session-outcome-held = Hat stattgefunden
session-outcome-cancelled = Abgesagt
session-outcome-no-show = Nicht erschienen
session-outcome-ended-abruptly = Plötzlich abgebrochen
session-note = Notiz für die Familienakte
session-note-hint = Freiwillig. Wird wie jede Notiz verschlüsselt im Verlauf der Familie gespeichert.
session-outcome-submit = Ergebnis eintragen
session-overridden = Über eine Belastungsgrenze hinaus geplant: { $detail }.
concern-day-off = Es ist ein freier Tag.
concern-not-a-working-day = Es ist kein Arbeitstag.
concern-outside-hours = Es liegt außerhalb der Arbeitszeit ({ $from }–{ $to }).
concern-day-limit = { $count ->
    [one] An diesem Tag ist schon die Höchstzahl von { $count } Gespräch erreicht.
   *[other] An diesem Tag ist schon die Höchstzahl von { $count } Gesprächen erreicht.
}
concern-week-limit = { $count ->
    [one] In dieser Woche ist schon die Höchstzahl von { $count } Gespräch erreicht.
   *[other] In dieser Woche ist schon die Höchstzahl von { $count } Gesprächen erreicht.
}
concern-last-of-day = { $count ->
    [one] Das ist das letzte erlaubte Gespräch an diesem Tag (höchstens { $count }).
   *[other] Das ist das letzte erlaubte Gespräch an diesem Tag (höchstens { $count }).
}
concern-last-of-week = { $count ->
    [one] Das ist das letzte erlaubte Gespräch in dieser Woche (höchstens { $count }).
   *[other] Das ist das letzte erlaubte Gespräch in dieser Woche (höchstens { $count }).
}
concern-break-too-short = Nur { $count ->
    [one] eine Minute
   *[other] { $count } Minuten
} zwischen den Gesprächen; die kürzeste Pause beträgt { $required ->
    [one] eine Minute.
   *[other] { $required } Minuten.
}
concern-overlap = Es überschneidet sich mit einem anderen Gespräch.
concern-short-day-off = freier Tag
concern-short-not-a-working-day = kein Arbeitstag
concern-short-outside-hours = außerhalb der Arbeitszeit
concern-short-day-limit = Tagesgrenze
concern-short-week-limit = Wochengrenze
concern-short-last-of-day = letztes des Tages
concern-short-last-of-week = letztes der Woche
concern-short-break-too-short = Pause zu kurz
concern-short-overlap = Gespräche überschneiden sich
checklist-title = Bevor Sie beginnen
checklist-intro = Gehen Sie diese Punkte zu Beginn des Gesprächs mit der Familie durch.
checklist-legend = Zu Beginn vereinbart
checklist-private-space = Alle sind an einem ungestörten Ort, an dem niemand sonst zuhören kann.
checklist-no-recording = Niemand nimmt das Gespräch auf.
checklist-camera = Es ist vereinbart, wie die Kamera genutzt wird.
checklist-connection-drop = Wir wissen, was wir tun, wenn die Verbindung abbricht.
checklist-more-questions = Ich stelle vielleicht mehr Fragen als im persönlichen Gespräch, weil ich weniger sehe.
checklist-agreed = In der Vereinbarung
checklist-submit = Alle Punkte besprochen
checklist-done = Checkliste abgeschlossen am { $when }.
checklist-error = Haken Sie jeden Punkt ab, sobald er besprochen ist.
translator-section = Dolmetschen
translator-none = Niemand zum Dolmetschen eingeladen.
translator-hint = Die dolmetschende Person bekommt eine E-Mail mit einem einmaligen Link, um eine Verschwiegenheitserklärung anzunehmen. Ort oder Link zum Gespräch werden erst danach angezeigt.
translator-submit = Dolmetscher:in einladen
translator-pending = Verschwiegenheitserklärung noch nicht angenommen
translator-accepted = Verschwiegenheitserklärung angenommen am { $when }
translator-error-name = Geben Sie den Namen der dolmetschenden Person ein (höchstens 200 Zeichen).
translator-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
translator-error-ended = Dieses Gespräch ist beendet.
translator-title = Dolmetschen bei einem Beratungsgespräch
translator-undertaking-title = Verschwiegenheitserklärung
translator-undertaking-confidential = Alles, was ich in diesem Gespräch höre oder lese, behandle ich vertraulich, auch nach dem Gespräch.
translator-undertaking-no-records = Ich mache keine Aufnahmen, Notizen oder Kopien und behalte danach nichts.
translator-undertaking-faithful = Ich übersetze treu und vollständig, ohne eigene Ansichten hinzuzufügen.
translator-undertaking-conflict = Ich sage der Fachkraft sofort Bescheid, wenn ich die Familie kenne oder ein anderer Interessenkonflikt besteht.
translator-accept = Ich nehme diese Erklärung an
translator-accept-submit = Annehmen und die Angaben anzeigen
translator-error-accept = Setzen Sie das Häkchen, um die Erklärung anzunehmen.
translator-thanks = Vielen Dank. Sie bekommen vor dem Gespräch eine Erinnerung. Dieser Link funktioniert jetzt nicht mehr.
translator-email-subject = Anfrage zum Dolmetschen bei einem Gespräch
translator-email-body = Guten Tag { $name },

    wir bitten Sie, bei einem Gespräch am { $when } ({ $detail }) zu dolmetschen.

    Bevor Sie die Angaben erhalten, lesen Sie bitte die Verschwiegenheitserklärung und nehmen Sie sie an:
    { $to }

    Der Link funktioniert einmal.
reminder-email-subject = Erinnerung an Ihren Termin
reminder-email-body = Wir erinnern Sie an Ihren Termin am { $when }.

    Wie: { $detail }
    Wo: { $to }

    Wenn Sie nicht kommen können, sagen Sie bitte Ihrer Kontaktperson Bescheid.
reminder-email-body-translator = Wir erinnern Sie an das Gespräch am { $when }, bei dem Sie dolmetschen.

    Wie: { $detail }
    Wo: { $to }
aftercare-title = Nachsorge
aftercare-due = fällig am { $when }
aftercare-due-label = Fällig
aftercare-after = Nach dem Gespräch vom { $when }
aftercare-done = erledigt
aftercare-overdue = überfällig
aftercare-complete = Nachsorge eintragen
aftercare-completed = Nachsorge eingetragen am { $when }.
aftercare-session = Gespräch
aftercare-channel = Bevorzugter Weg, die Person zu erreichen
aftercare-channel-unknown = Nicht eingetragen; siehe Familienakte.
aftercare-how = Wie geht es der Person?
aftercare-how-hint = Ein paar Worte genügen. Wird verschlüsselt gespeichert.
aftercare-more-help = Wurde weitere Hilfe organisiert?
aftercare-more-help-yes = Ja
aftercare-more-help-no = Nein
aftercare-submit = Nachsorge eintragen
aftercare-error-answer = Schreiben Sie kurz, wie es der Person geht (höchstens 4000 Zeichen).
aftercare-error-more-help = Geben Sie an, ob weitere Hilfe organisiert wurde.
aftercare-error-done = Diese Nachsorge wurde schon eingetragen.
family-sessions = Gespräche
family-sessions-empty = Noch keine Gespräche. Planen Sie das erste, wenn Sie mit der Familie eine Zeit vereinbart haben.
family-session-new = Gespräch planen
family-follow-ups-empty = Keine Nachsorge. Nach einem Online-Gespräch oder einem plötzlich abgebrochenen Gespräch erscheint hier eine Nachsorge.
home-today = Heute
home-today-empty = Heute keine Gespräche.
home-calendar = Ihr Kalender
home-follow-ups-empty = Keine Nachsorge offen.
portal-sessions-heading = Ihre Termine
portal-sessions-empty = Keine Termine geplant.
portal-away = { $name } arbeitet gerade nicht.
portal-away-until = { $name } ist bis { $when } nicht da.
portal-on-call = Wenn es dringend ist, wenden Sie sich an { $name }.
calendar-title = Kalender
calendar-day = Tag
calendar-week = Woche
calendar-week-of = Woche vom { $when }
calendar-zone = Zeiten in { $name }.
calendar-navigation = Im Kalender blättern
calendar-previous = Zurück
calendar-next = Weiter
calendar-today = Heute
calendar-free = Keine Gespräche.
calendar-back = Zurück zum Kalender
calendar-feed-link = Kalender-Abo für Ihr Handy
calendar-feed-title = Kalender-Abo
calendar-feed-intro = Abonnieren Sie Ihre Gespräche in der Kalender-App, die Sie schon nutzen. Die Adresse ist geheim: Wer sie hat, kann Ihre Gespräche sehen. Geben Sie sie also nicht weiter. Sie können sie jederzeit ersetzen oder widerrufen.
calendar-feed-issued = Kopieren Sie diese Adresse jetzt in Ihre Kalender-App. Sie wird nur einmal angezeigt.
calendar-feed-active = Ihr Abo ist aktiv. Die Einträge heißen „Hearth-Gespräch“ und enthalten keine Namen.
calendar-feed-active-names = Ihr Abo ist aktiv und zeigt die Namen der Familien.
calendar-feed-none = Sie haben kein Kalender-Abo.
calendar-feed-new = Neue Abo-Adresse
calendar-feed-show-names = Namen der Familien in den Titeln der Einträge zeigen
calendar-feed-show-names-hint = Lassen Sie das aus, wenn andere den Kalender auf Ihrem Handy sehen können.
calendar-feed-issue = Neue Adresse erstellen (die alte funktioniert dann nicht mehr)
calendar-feed-revoke = Abo widerrufen
calendar-feed-event = Hearth-Gespräch ({ $detail })
calendar-feed-name = Hearth-Gespräche
limits-title = Meine Grenzen
limits-intro = Legen Sie strengere Grenzen fest als Ihre Organisation, wenn Sie das brauchen. Es gilt immer die strengere der beiden.
limits-organisation-summary = Ihre Organisation: { $detail }; höchstens { $count } Gespräche pro Tag und { $size } pro Woche; Pausen von { $from } Minuten.
limits-clear = Die Grenzen der Organisation verwenden
wellbeing-policy-title = Belastungsgrenzen
wellbeing-policy-intro = Online-Arbeit verteilt sich leicht über den ganzen Tag. Diese Grenzen gelten für jede Fachkraft; Gespräche darüber hinaus brauchen einen schriftlichen Grund, den die Teamleitung sieht.
wellbeing-time-zone = Zeitzone
wellbeing-time-zone-hint = Ein Name aus der Zeitzonen-Datenbank, zum Beispiel Europe/Amsterdam.
wellbeing-hours = Arbeitszeiten
wellbeing-hours-hint = Lassen Sie beide Zeiten leer für einen Tag, an dem nicht gearbeitet wird.
wellbeing-from = { $name } von
wellbeing-to = { $name } bis
wellbeing-max-per-day = Höchstzahl der Beratungsgespräche pro Tag
wellbeing-max-per-week = Höchstzahl der Beratungsgespräche pro Woche
wellbeing-min-break = Kürzeste Pause zwischen Gesprächen (Minuten)
wellbeing-days-off = Freie Tage
wellbeing-days-off-hint = Ein Datum pro Zeile, zum Beispiel 2026-12-25.
wellbeing-aftercare-hours = Nachsorge fällig innerhalb von (Stunden)
wellbeing-reminder-hours = Erinnerungen an Familien (Stunden vorher)
wellbeing-reminder-hours-hint = Bis zu drei Zahlen, zum Beispiel 24, 2. Leer lassen für keine Erinnerungen.
wellbeing-save = Speichern
wellbeing-error-hours = { $name }: Geben Sie einen Beginn und ein Ende ein, das Ende nach dem Beginn.
wellbeing-error-per-day = Geben Sie eine Höchstzahl pro Tag von 1 bis { $count } ein.
wellbeing-error-per-week = Geben Sie eine Höchstzahl pro Woche von 1 bis { $count } ein.
wellbeing-error-break = Geben Sie eine Pause von 0 bis { $count } Minuten ein.
wellbeing-error-days-off = Schreiben Sie jeden freien Tag als Datum, zum Beispiel 2026-12-25.
wellbeing-error-zone = Geben Sie eine bekannte Zeitzone ein, zum Beispiel Europe/Amsterdam.
wellbeing-error-aftercare = Geben Sie 1 bis { $count } Stunden ein.
wellbeing-error-reminders = Geben Sie bis zu drei Stundenzahlen zwischen 1 und 168 ein.
weekday-0 = Montag
weekday-1 = Dienstag
weekday-2 = Mittwoch
weekday-3 = Donnerstag
weekday-4 = Freitag
weekday-5 = Samstag
weekday-6 = Sonntag
on-call-title = Rufbereitschaft
on-call-intro = Wer dringende Kontakte außerhalb der Arbeitszeit übernimmt. Zeiten in { $name }.
on-call-empty = In der nächsten Zeit hat niemand Rufbereitschaft.
on-call-who = Wer
on-call-from = Von
on-call-to = Bis
on-call-now = jetzt
on-call-remove = Entfernen
on-call-remove-who = Ja, den Dienst von { $name } entfernen
on-call-add = Dienst hinzufügen
on-call-add-submit = Dienst hinzufügen
on-call-error-who = Wählen Sie, wer Rufbereitschaft hat.
on-call-error-times = Geben Sie einen Beginn und ein Ende ein, das Ende nach dem Beginn und höchstens 14 Tage später.
workload-title = Meine Arbeitslast
team-title = Arbeitslast im Team
team-intro = Für die Supervision: Gespräche im Vergleich zu den Grenzen, Gespräche darüber hinaus, Arbeit außerhalb der Arbeitszeit und offene Nachsorge.
team-empty = Noch niemand in Ihrem Team.
workload-week-of = Woche vom { $when }
workload-sessions-week = Gespräche in dieser Woche
workload-busiest-day = Vollster Tag
workload-of-limit = { $count } von { $size }
workload-outside-hours = Gespräche außerhalb der Arbeitszeit
workload-follow-ups = Offene Nachsorge
workload-follow-ups-count = { $open } offen, { $overdue } überfällig
workload-per-day = Gespräche pro Tag
workload-overrides = Über die Grenzen hinaus
workload-no-overrides = Diese Woche keine Gespräche über die Grenzen hinaus.
notification-follow-up-due = Eine Nachsorge für { $family } ist fällig.
notification-follow-up-overdue = Die Nachsorge von { $name } für { $family } ist überfällig.
notification-guardrail-overridden = { $name } hat ein Gespräch über eine Belastungsgrenze hinaus geplant.
notifications-email-title = E-Mail
notifications-email-intro = Hearth kann Ihnen auch eine E-Mail schicken, wenn etwas Neues ankommt. Die E-Mail nennt nie eine Familie oder eine Person und wird nur während Ihrer Arbeitszeit oder Ihrer Rufbereitschaft verschickt.
notifications-email-on = Mir bei neuen Benachrichtigungen eine E-Mail schicken
notifications-email-save = Speichern
notification-email-subject = In Hearth wartet etwas auf Sie
notification-email-body = { $detail }

    Melden Sie sich an, um es zu sehen: { $to }
notification-email-break-glass = Eine Kollegin oder ein Kollege hat eine Familienakte per Notfallzugriff geöffnet.
notification-email-assessment-submitted = Eine Einschätzung wartet auf Ihre Prüfung.
notification-email-assessment-returned = Eine Einschätzung wurde an Sie zurückgegeben.
notification-email-follow-up-due = Eine Nachsorge nach einem Gespräch ist fällig.
notification-email-follow-up-overdue = Eine Nachsorge in Ihrem Team ist überfällig.
notification-email-guardrail-overridden = Ein Gespräch wurde über eine Belastungsgrenze hinaus geplant.
audit-family-session-scheduled = Gespräch geplant
audit-family-session-guardrail-overridden = Gespräch über eine Belastungsgrenze hinaus geplant
audit-family-session-viewed = Gespräch gelesen
audit-family-session-checklist-completed = Checkliste zu Beginn eines Gesprächs abgeschlossen
audit-family-session-outcome-recorded = Eingetragen, wie ein Gespräch geendet hat
audit-family-translator-invited = Dolmetscher:in eingeladen
audit-family-translator-undertaking-accepted = Eine dolmetschende Person hat die Verschwiegenheitserklärung angenommen
audit-family-follow-up-completed = Nachsorge eingetragen
calendar-feed-revoke-confirm = Kalender-Apps, die diese Adresse nutzen, zeigen Ihre Gespräche dann nicht mehr an.
calendar-feed-revoke-submit = Ja, Abo widerrufen
session-error-not-started = Das Gespräch hat noch nicht begonnen; vor dem Beginn kann es nur abgesagt werden.
member-reminders-title = Erinnerungen an Gespräche
member-reminders-intro = Erinnerungen sagen nur, wann und wie ein Gespräch stattfindet. Ohne Adresse hier gehen sie an das Portalkonto des Familienmitglieds, falls es eines gibt.
member-reminder-email = E-Mail-Adresse für Erinnerungen
member-reminder-email-hint = Freiwillig. Leer lassen, um die Adresse des Portalkontos zu verwenden.
member-reminder-language = Sprache der Erinnerungen
member-reminders-off = Keine Erinnerungen per E-Mail (zum Beispiel, wenn jemand anderes diese E-Mails liest)
member-reminders-save = Einstellungen für Erinnerungen speichern
member-reminders-saved = Die Einstellungen für Erinnerungen wurden gespeichert.
member-reminder-error-email = Geben Sie eine E-Mail-Adresse wie name@example.org ein oder lassen Sie das Feld leer.
notification-outcome-missing = Ein Gespräch mit { $family } ist vorbei; halten Sie fest, wie es verlief, damit die Nachsorge beginnen kann.
notification-email-outcome-missing = Ein Gespräch ist ohne festgehaltenes Ergebnis zu Ende gegangen.

families-count = { $count ->
    [one] { $count } Familie
   *[other] { $count } Familien
}
pager-label = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
pager-position = Seite { $page } von { $pages }

## Gespräche mit der Familie
conversations-heading = Gespräche
conversations-empty = Noch keine Gespräche.
conversations-no-accounts = Hier können Sie Familienmitgliedern mit einem Konto im Portal schreiben. Laden Sie zuerst ein Familienmitglied ins Portal ein.
conversation-start = Ein Gespräch beginnen
conversation-start-with = Schreiben an
conversation-error-members = Wählen Sie mindestens ein Familienmitglied mit einem Konto im Portal.
conversation-title = Gespräch
conversation-with = Mit { $names }
conversation-last = Letzte Nachricht { $when }
conversation-unseen = { $count ->
    [one] 1 neue Nachricht
   *[other] { $count } neue Nachrichten
}
conversation-empty = Noch keine Nachrichten. Schreiben Sie unten die erste.
conversations-back = Zurück zu Ihren Gesprächen
portal-conversations-title = Ihre Gespräche
nav-conversations = Gespräche
portal-conversations-empty = Noch keine Gespräche. Ihre Fachkraft kann hier ein Gespräch mit Ihnen beginnen.
message-urgent-hint = Markieren Sie sie nur als dringend, wenn es nicht warten kann: Sie geht dann an die Person, die gerade Dienst hat.
message-text = Nachricht
message-send = Senden
message-error-empty = Schreiben Sie eine Nachricht, bevor Sie sie senden.
message-error-too-long = Eine Nachricht darf höchstens 4.000 Zeichen haben. Kürzen Sie sie oder teilen Sie sie auf zwei Nachrichten auf.
message-urgent = Dringend
message-corrected = Korrigiert
message-earlier = Früherer Text
message-correct = Diese Nachricht korrigieren
message-correct-submit = Korrektur speichern
message-correct-explain = Die Korrektur wird als solche angezeigt; der frühere Text bleibt für alle im Gespräch sichtbar.
message-seen-by = Gesehen von { $names }
message-new-from = Neue Nachricht von { $name }
message-automatic = Hearth (automatische Antwort)

# Telling people about messages
notification-message-received = { $name } hat in einem Gespräch mit { $family } geschrieben.
notification-urgent-message = { $name } ({ $family }) hat eine als dringend markierte Nachricht gesendet.
notification-email-message-received = Ein Familienmitglied hat Ihnen geschrieben.
notification-email-urgent-message = Ein Familienmitglied hat eine als dringend markierte Nachricht gesendet.
message-email-subject = Sie haben eine neue Nachricht
message-email-body = Sie haben eine neue Nachricht in { $site }. Melden Sie sich an, um sie zu lesen: { $to }

    Sie können diese E-Mails auf Ihrer Kontoseite abschalten.
message-emails-legend = E-Mail bei neuen Nachrichten
message-emails-label = Mir eine E-Mail senden, wenn ich eine neue Nachricht habe (die E-Mail nennt nie den Inhalt)
message-emails-save = Speichern

# Quick answers
nav-quick-answers = Schnelle Antworten
nav-answers = Antworten
quick-answers-title = Schnelle Antworten
quick-answers-intro = Kurze Antworten auf praktische Fragen, die Familien oft stellen: Pässe, Papierkram, Besuche im Gefängnis, wen man anruft. Familienmitglieder lesen sie im Portal; Fachkräfte fügen sie in Antworten ein.
quick-answers-empty = Noch keine schnellen Antworten. Legen Sie die erste an.
quick-answer-new-title = Schnelle Antwort hinzufügen
quick-answer-edit-title = Schnelle Antwort bearbeiten
quick-answers-back = Zurück zu den schnellen Antworten
quick-answer-form-intro = Schreiben Sie Frage und Antwort in jeder Sprache, die Sie können; lassen Sie eine Sprache leer, wenn sie noch nicht geschrieben ist. Familienmitglieder sehen sie in ihrer Sprache, wo es sie gibt.
quick-answer-question = Frage
quick-answer-answer = Antwort
quick-answer-remove-title = Diese schnelle Antwort entfernen
quick-answer-remove-explain = „{ $title }“ wird Familienmitgliedern nicht mehr gezeigt und in Antworten nicht mehr angeboten. Nachrichten, die sie schon verwendet haben, behalten ihren Text.
quick-answer-remove-confirm = Entfernen
quick-answer-error-incomplete = Schreiben Sie Frage und Antwort, oder lassen Sie beide leer.
quick-answer-error-title-long = Die Frage darf höchstens 120 Zeichen lang sein.
quick-answer-error-body-long = Die Antwort darf höchstens 2.000 Zeichen lang sein.
quick-answer-error-intro = Einige Sprachen brauchen Ihre Aufmerksamkeit; siehe unten.
quick-answer-error-empty = Schreiben Sie Frage und Antwort in mindestens einer Sprache.
portal-answers-title = Antworten auf häufige Fragen
portal-answers-intro = Praktische Antworten Ihres Unterstützungsteams. Steht Ihre Frage nicht hier, schreiben Sie Ihrer Fachkraft.
portal-answers-empty = Hier stehen noch keine Antworten. Sie können Ihrer Fachkraft jede Frage schreiben.
quick-answers-insert = Schnelle Antwort einfügen
quick-answers-language = Eingefügt auf { $language }, wo sie so geschrieben ist.

# Conversations on the family timeline
timeline-conversation-day = Gespräch mit { $names }: { $messages }, { $family }
timeline-conversation-messages = { $count ->
    [one] 1 Nachricht
   *[other] { $count } Nachrichten
}
timeline-conversation-from-family = { $count ->
    [one] 1 von der Familie
   *[other] { $count } von der Familie
}

# Files sent in conversations
attach-heading = Ein Foto oder PDF senden
attach-file = Foto oder PDF-Datei
attach-hint = JPEG, PNG oder PDF, bis 10 MB. Versteckte Angaben in der Datei (etwa wo ein Foto aufgenommen wurde) werden entfernt.
attach-caption = Ein paar Worte dazu (freiwillig)
attach-submit = Datei senden
attachment-error-kind = In einem Gespräch können nur Fotos (JPEG, PNG) und PDF-Dateien gesendet werden.

## Video calls
choice-reconnect_minutes = Wie viele Minuten wir warten, bis ein abgebrochener Videoanruf wieder steht, bevor die vereinbarte Ausweichlösung gilt (1 bis 30)
agreement-error-reconnect-minutes = Die Wartezeit bei einem abgebrochenen Videoanruf muss eine ganze Zahl von 1 bis 30 Minuten sein.
call-title = Videoanruf
call-open = Videoanruf öffnen
call-open-hint = Der Videoanruf wird 15 Minuten vor dem Beginn geöffnet und 30 Minuten nach dem geplanten Ende geschlossen. Hearth nimmt Videoanrufe nie auf.
call-join-link = Am Videoanruf teilnehmen
call-translator-keep-link = Bewahren Sie den Link dieser Schaltfläche auf: Damit kommen Sie bis zum Ende des Gesprächs in den Videoanruf.
call-translator-verified = Dolmetschen: Verschwiegenheitserklärung über den eigenen Einladungslink angenommen
call-back-to-session = Zurück zum Gespräch
call-back-home = Zurück zur Startseite
call-back-translator = Zurück zur Einladung
call-not-video = Dieses Gespräch findet nicht per Video statt, deshalb gibt es keinen Videoanruf.
call-session-over = Dieses Gespräch ist beendet; sein Videoanruf ist geschlossen.
call-not-yet = Der Videoanruf wird am { $when } geöffnet. Kommen Sie bitte dann wieder.
call-closed = Die Zeit für diesen Videoanruf ist vorbei.
call-needs-script = Videoanrufe brauchen JavaScript, und das ist in diesem Browser ausgeschaltet.
call-unsupported = Mit diesem Browser sind keine Videoanrufe möglich. Versuchen Sie es mit einer aktuellen Version von Chrome, Firefox oder Safari.
call-fallback = Was wir vereinbart haben, falls ein Videoanruf nicht klappt: { $fallback }
call-fallback-heading = Wenn die Verbindung abbricht:
call-check-title = Prüfen Sie Kamera, Mikrofon und Ton
call-check-intro = Noch sieht und hört Sie niemand. Ihr Browser fragt vielleicht, ob Hearth die Kamera und das Mikrofon nutzen darf: Wählen Sie dann „Zulassen“.
call-preview-label = Ihre Kamera
call-mic-level = Mikrofon: Sprechen Sie und schauen Sie, ob sich der Balken bewegt
call-sound-test = Testton abspielen
call-sound-hint = Wenn Sie keinen Ton hören, stellen Sie den Ton lauter oder schließen Sie Kopfhörer an.
call-connection-measuring = Ihre Verbindung wird geprüft…
call-connection-good = Ihre Verbindung sieht gut genug für Video aus.
call-connection-fair = Ihre Verbindung sollte für Video reichen. Wenn das Bild hängen bleibt, schalten Sie auf „Nur Ton“ um.
call-connection-weak = Ihre Verbindung scheint schwach zu sein. „Nur Ton“ ist eingeschaltet: Das funktioniert bei einer schwachen Verbindung viel besser.
call-connection-unknown = Die Verbindung konnte nicht geprüft werden. Sie können trotzdem teilnehmen.
call-audio-only = Nur Ton (keine Kamera)
call-audio-only-hint = Nur Ton braucht viel weniger Daten und funktioniert auch bei einer schwachen Verbindung weiter.
call-device-ok = Kamera und Mikrofon funktionieren.
call-device-audio-only = Das Mikrofon funktioniert; Ihre Kamera ist aus.
call-device-failed = Hearth konnte Ihre Kamera oder Ihr Mikrofon nicht nutzen. Prüfen Sie, ob der Browser sie nutzen darf, oder nutzen Sie die vereinbarte Ausweichlösung.
call-start = Videoanruf starten
call-ask-to-join = Um Teilnahme bitten
call-waiting-title = Warteraum
call-waiting-text = Sie sind im Warteraum. { $name } lässt Sie gleich herein. Lassen Sie diese Seite geöffnet.
call-room-title = Der Videoanruf
call-self-label = Ihr eigenes Bild
call-you = Sie
call-controls = Steuerung des Videoanrufs
call-mute = Mikrofon stummschalten
call-unmute = Mikrofon einschalten
call-camera-off = Kamera ausschalten
call-camera-on = Kamera einschalten
call-leave = Videoanruf verlassen
call-end = Videoanruf für alle beenden
call-end-confirm-title = Videoanruf beenden?
call-end-confirm-text = Alle verlassen den Videoanruf. Danach tragen Sie das Ergebnis auf der Seite des Gesprächs ein.
call-end-cancel = Videoanruf fortsetzen
call-weak-advice = Die Verbindung ist schwach. Meist hilft es, auf „Nur Ton“ umzuschalten.
call-switch-audio = Auf „Nur Ton“ umschalten
call-over-title = Der Videoanruf ist beendet
call-record-outcome = Ergebnis auf der Seite des Gesprächs eintragen
call-lobby-title = Warten auf Einlass
call-nobody-waiting = Niemand wartet.
call-present-title = Im Videoanruf
call-admit = Hereinlassen
call-turn-away = Nicht hereinlassen
call-connected = Verbunden
call-reconnecting = Die Verbindung ist abgebrochen. Verbindung wird wiederhergestellt…
call-dropped-at = Verbindung abgebrochen um
call-joined = Verbunden mit
call-interrupted = Die Verbindung ist um { $since } abgebrochen. Wenn sie bis { $until } nicht wieder steht, wird das Gespräch als plötzlich abgebrochen eingetragen und eine Nachsorge geplant.
call-ended = Der Videoanruf ist beendet.
call-ended-abruptly = Der Videoanruf wurde unterbrochen und nicht rechtzeitig wiederhergestellt. Das Gespräch ist als plötzlich abgebrochen eingetragen; Ihre Fachkraft meldet sich bei Ihnen wie vereinbart.
call-ended-abruptly-staff = Der Videoanruf wurde unterbrochen und nicht rechtzeitig wiederhergestellt. Das Gespräch ist als plötzlich abgebrochen eingetragen, und auf seiner Seite ist eine Nachsorge geplant. Tun Sie jetzt, was vereinbart ist:
call-turned-away = Sie wurden nicht in den Videoanruf gelassen. Wenden Sie sich auf dem üblichen Weg an Ihre Fachkraft.
call-full = Im Videoanruf sind schon vier Personen, mehr sind nicht möglich.
call-replaced = Der Videoanruf ist in einem anderen Fenster oder auf einem anderen Gerät geöffnet.
call-left = Sie haben den Videoanruf verlassen.
call-lost = Sie haben keinen Zugang mehr zu diesem Videoanruf.
call-role-staff = Fachkraft
call-role-member = Familienmitglied
call-role-translator = Dolmetscher:in
call-sound-playing = Ein Testton wird abgespielt.
call-checklist-saved = Die Checkliste zu Beginn ist abgeschlossen.
call-checklist-failed = Die Checkliste wurde nicht gespeichert: Haken Sie jeden Punkt ab und versuchen Sie es noch einmal.
call-terms-title = Was wir vereinbart haben
call-no-recording = Niemand nimmt diesen Videoanruf auf: weder Sie noch wir. Hearth hat keine Aufnahmefunktion.
call-terms-of = Vereinbarung mit { $name }
call-signal = Zeichen für „Ich kann gerade nicht frei sprechen“:
call-reconnect-minutes = { $count ->
    [one] (Wir warten { $count } Minute, bis die Verbindung wieder steht.)
   *[other] (Wir warten { $count } Minuten, bis die Verbindung wieder steht.)
}
call-no-agreement = Es gilt keine Vereinbarung für die Online-Zusammenarbeit. Vereinbaren Sie die Regeln für den Videoanruf mündlich, bevor Sie beginnen.
call-log-title = Der Videoanruf
call-event-opened = Der Videoanruf wurde geöffnet
call-event-waiting = { $name } ist im Warteraum
call-event-admitted = { $name } ist dem Videoanruf beigetreten
call-event-turned_away = { $name } wurde nicht hereingelassen
call-event-dropped = Die Verbindung von { $name } ist abgebrochen
call-event-restored = Die Verbindung von { $name } steht wieder
call-event-left = { $name } hat den Videoanruf verlassen
call-event-ended = Der Videoanruf wurde beendet
call-event-ended_abruptly = Der Videoanruf ist plötzlich abgebrochen: Die Verbindung kam nicht rechtzeitig zurück

## Peer-support communities
nav-community = Community
community-title = Austauschgruppen
community-back = Zurück zu den Austauschgruppen
community-back-to-topic = Zurück zum Thema
community-manager-intro = Eröffnen Sie Gruppen, benennen Sie ihre Peer-Botschafter:innen, entscheiden Sie über Anfragen und sorgen Sie dafür, dass jede Frage eine Antwort bekommt.
community-new-group-title = Neue Gruppe eröffnen
community-group-settings-title = Einstellungen der Gruppe
community-group-title = Gruppe
community-groups-heading = Gruppen
community-no-groups-manager = Noch keine Gruppen. Eröffnen Sie die erste: Geben Sie ihr ein Thema und Gruppenregeln und benennen Sie mindestens eine Person als Peer-Botschafter:in.
community-no-groups-member = Sie sind noch in keiner Gruppe. Ihre Fachkraft kann Sie einladen, oder Sie fragen unten bei einer Gruppe an.
community-applications-waiting = { $count ->
    [one] Eine Anfrage wartet auf Ihre Entscheidung
   *[other] { $count } Anfragen warten auf Ihre Entscheidung
}
community-questions-waiting = { $count ->
    [one] Eine Frage wartet auf eine Antwort
   *[other] { $count } Fragen warten auf eine Antwort
}
community-stat-members = Mitglieder
community-stat-open-questions = Offene Fragen
community-stat-first-reply = Mittlere Zeit bis zur ersten Antwort (Median)
community-stat-active = Mitglieder, die in den letzten 30 Tagen etwas geschrieben haben
community-stat-posts-week = Beiträge pro Woche (letzte 4 Wochen)
community-minutes = { $count ->
    [one] eine Minute
   *[other] { $count } Minuten
}
community-safety-notice = Die Menschen hier sind Familien wie Ihre. Peer-Botschafter:innen und die Organisation kümmern sich um die Gruppen, aber wir können nicht garantieren, dass alles, was hier gesagt wird, hier bleibt oder für Sie richtig ist. Teilen Sie keine Namen, Orte oder anderes, woran man jemanden erkennen kann. Wenn Sie sich jetzt Sorgen um die Sicherheit machen, bitten Sie um ein Gespräch mit jemandem.
community-help-link = Ich möchte mit jemandem sprechen
community-notices-heading = Nachrichten aus der Community
community-new = Neu:
community-notice-post-hidden = Die Moderation hat einen Beitrag von Ihnen in „{ $group }“ ausgeblendet. Grund:
community-notice-question-waiting = Eine Frage in „{ $group }“ wartet schon zu lange auf eine Antwort.
community-notice-warned = Die Moderation von „{ $group }“ hat Ihnen eine Verwarnung geschickt:
community-pseudonym-heading = Ihr Name in der Community
community-pseudonym-current = Andere Mitglieder sehen Sie als { $pseudonym }.
community-pseudonym-none = Wählen Sie einen Namen für die Gruppen, bevor Sie schreiben. Andere Mitglieder sehen nie Ihren echten Namen.
community-pseudonym-label = Name in der Community
community-pseudonym-hint = 3 bis 30 Buchstaben, Ziffern, Leerzeichen, Punkte oder Bindestriche. Nicht Ihr echter Name und kein Teil davon.
community-pseudonym-save = Namen speichern
community-error-pseudonym-taken = Jemand anders nutzt diesen Namen schon, oder einen, der genauso aussieht. Wählen Sie einen anderen.
community-error-pseudonym-short = Der Name muss mindestens 3 Zeichen haben.
community-error-pseudonym-long = Der Name darf höchstens 30 Zeichen haben.
community-error-pseudonym-characters = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche und Unterstriche.
community-error-pseudonym-real-name = Dieser Name enthält Ihren echten Namen. Wählen Sie einen Namen, an dem man Sie nicht erkennen kann.
community-invitations-heading = Einladungen
community-invitation-accept = Dieser Gruppe beitreten
community-invitation-decline = Nein, danke
community-my-groups-heading = Ihre Gruppen
community-you-are-ambassador = Sie sind hier Peer-Botschafter:in.
community-rules-to-accept = Die Gruppenregeln haben sich geändert: Lesen und akzeptieren Sie sie, bevor Sie wieder schreiben.
community-other-groups-heading = Weitere Gruppen
community-my-applications-heading = Ihre Anfragen
community-application-waiting = Wartet auf eine Entscheidung
community-application-approved = Angenommen
community-application-declined = Abgelehnt
community-digest-heading = E-Mail, wenn jemand antwortet
community-digest-on = Sie bekommen eine E-Mail, wenn jemand auf Ihre Themen antwortet. Darin steht nie, was geschrieben wurde.
community-digest-off = Sie bekommen keine E-Mails zur Community.
community-digest-start = E-Mails bei Antworten bekommen
community-digest-stop = Diese E-Mails abbestellen
community-group-name = Name der Gruppe
community-group-purpose = Für wen die Gruppe ist und worum es geht
community-rules-title = Gruppenregeln
community-rules-hint = Jedes Mitglied akzeptiert sie vor seinem ersten Beitrag. Sagen Sie klar, was willkommen ist, was nicht und was die Moderation tut.
community-rules-default = Seien Sie freundlich: Alle hier machen gerade etwas Schweres durch. Erzählen Sie von Ihren eigenen Erfahrungen, nicht von den Geschichten anderer. Veröffentlichen Sie keine Namen, Orte, Fotos oder anderes, woran man jemanden erkennen kann. Kein Hass, keine Drohungen, keine Anwerbung. Die Moderation kann Beiträge ausblenden, die gegen diese Regeln verstoßen, und sagt Ihnen, warum. Wenn Sie sich Sorgen um die Sicherheit von jemandem machen, nutzen Sie „Ich möchte mit jemandem sprechen“.
community-rules-version = Version { $count }
community-rules-new = Eine neue Version der Gruppenregeln
community-rules-new-hint = Jedes Mitglied muss die neue Version akzeptieren, bevor es wieder schreibt.
community-rules-publish = Neue Gruppenregeln veröffentlichen
community-ambassadors-heading = Peer-Botschafter:innen
community-no-ambassadors = In Ihrer Organisation gibt es noch keine Peer-Botschafter:innen. Bitten Sie die Administration Ihrer Organisation, jemanden einzuladen.
community-error-name-missing = Geben Sie der Gruppe einen Namen.
community-error-name-long = Der Name darf höchstens 80 Zeichen haben.
community-error-purpose-long = Die Beschreibung darf höchstens 500 Zeichen haben.
community-error-rules-empty = Schreiben Sie die Gruppenregeln.
community-error-rules-short = Die Gruppenregeln müssen mindestens 20 Zeichen haben.
community-error-rules-long = Die Gruppenregeln dürfen höchstens 8.000 Zeichen haben.
community-ambassadors-are = Peer-Botschafter:innen: { $names }
community-no-ambassador-yet = Diese Gruppe hat noch keine Peer-Botschafter:innen.
community-ambassador-unnamed = Peer-Botschafter:in noch ohne Namen
community-ambassador-label = { $name } (Peer-Botschafter:in)
community-manager-label = { $name } (Community-Management)
community-author-gone = Ein ehemaliges Mitglied
community-moderation-title = Moderationsprotokoll
community-queue-title = Fragen und Meldungen
community-topics-heading = Themen
community-no-topics = Noch keine Themen. Beginnen Sie unten das erste.
community-answered = Beantwortet
community-unanswered = Wartet auf eine Antwort
community-replies = { $count ->
    [one] eine Antwort
   *[other] { $count } Antworten
}
community-new-topic = Ein Thema beginnen
community-blocked-pseudonym = Wählen Sie zuerst einen Namen für die Community.
community-blocked-rules = Lesen und akzeptieren Sie zuerst die Gruppenregeln.
community-blocked-muted = Die Moderation hat Sie in dieser Gruppe bis { $until } stummgeschaltet.
community-blocked-not-member = Sie sind kein Mitglied dieser Gruppe.
community-blocked-go = Dorthin gehen
community-topic-title-label = Titel
community-post-label = Ihre Nachricht
community-post-hint = Schreiben Sie in jeder Sprache. **fett** und _kursiv_ funktionieren; beginnen Sie Zeilen mit „- “ für eine Liste.
community-topic-is-question = Das ist eine Frage
community-topic-submit = Thema veröffentlichen
community-topic-title = Thema
community-error-title-empty = Geben Sie dem Thema einen Titel.
community-error-title-short = Der Titel muss mindestens 3 Zeichen haben.
community-error-title-long = Der Titel darf höchstens 150 Zeichen haben.
community-error-post-empty = Schreiben Sie eine Nachricht.
community-error-post-short = Schreiben Sie eine Nachricht.
community-error-post-long = Eine Nachricht darf höchstens 8.000 Zeichen haben.
community-rules-changed = Die Gruppenregeln haben sich geändert, seit Sie sie zuletzt akzeptiert haben.
community-rules-accept-label = Ich habe die Gruppenregeln gelesen und halte mich daran.
community-rules-accept = Gruppenregeln akzeptieren
community-apply-title = Beitritt anfragen
community-apply-intro = Das Community-Management liest Ihre Antwort und entscheidet. Sie sehen die Entscheidung auf der Community-Seite.
community-apply-label = Warum möchten Sie dieser Gruppe beitreten?
community-apply-submit = Anfrage senden
community-error-application-empty = Schreiben Sie in ein paar Worten, warum Sie beitreten möchten.
community-error-application-short = Schreiben Sie mindestens 10 Zeichen.
community-error-application-long = Die Antwort darf höchstens 1.000 Zeichen haben.
community-applications-title = Anfragen
community-no-applications = Keine Anfrage wartet auf eine Entscheidung.
community-decline-reason = Grund (nötig, wenn Sie ablehnen; die anfragende Person liest ihn)
community-approve = Annehmen
community-decline = Ablehnen
community-error-reason-empty = Schreiben Sie den Grund.
community-error-reason-short = Der Grund muss mindestens 3 Zeichen haben.
community-error-reason-long = Der Grund darf höchstens 1.000 Zeichen haben.
community-helpful = Das hat geholfen
community-post-hidden = Die Moderation hat diesen Beitrag ausgeblendet.
community-mark-helpful = Diese Antwort hat mir geholfen
community-flag-title = An die Moderation melden
community-flag-intro = Sagen Sie der Moderation, was mit diesem Beitrag nicht stimmt. Wer den Beitrag geschrieben hat, sieht nicht, wer ihn gemeldet hat.
community-flag-submit = Meldung senden
community-hide-title = Diesen Beitrag ausblenden
community-hide-intro = Der Beitrag wird für alle in der Gruppe ausgeblendet, und wer ihn geschrieben hat, erfährt den Grund, den Sie angeben.
community-hide-submit = Beitrag ausblenden
community-reason-label = Grund
community-reply-heading = Antworten
community-reply-submit = Antwort veröffentlichen
community-unanswered-heading = Fragen ohne Antwort
community-no-unanswered = Jede Frage hat eine Antwort.
community-overdue = Frist überschritten
community-waited-hours = { $count ->
    [one] wartet seit einer Stunde
   *[other] wartet seit { $count } Stunden
}
community-waited-days = { $count ->
    [one] wartet seit einem Tag
   *[other] wartet seit { $count } Tagen
}
community-flags-heading = Gemeldete Beiträge
community-no-flags = Keine gemeldeten Beiträge.
community-flag-reasons = Gemeldet, weil:
community-open-topic = Thema öffnen
community-dismiss = Beitrag behalten (Meldungen schließen)
community-no-moderation = In dieser Gruppe wurde noch nichts moderiert.
community-log-when = Wann
community-log-what = Was
community-log-by = Von
community-log-member = Mitglied
community-log-reason = Grund
community-moderation-hid = Beitrag ausgeblendet
community-moderation-edited = Beitrag bearbeitet
community-moderation-warned = Mitglied verwarnt
community-moderation-muted = Mitglied stummgeschaltet
community-moderation-removed = Mitglied entfernt
community-moderation-flag-dismissed = Gemeldeten Beitrag behalten
community-moderation-application-approved = Anfrage angenommen
community-moderation-application-declined = Anfrage abgelehnt
community-moderation-rules-published = Neue Gruppenregeln veröffentlicht
community-settings-title = Antwortzeiten
community-settings-intro = Jede Frage verdient eine Antwort. Wartet eine Frage so lange ohne Antwort, werden die Peer-Botschafter:innen ihrer Gruppe benachrichtigt; später das Community-Management.
community-limit-ambassadors = Peer-Botschafter:innen benachrichtigen nach (Stunden)
community-limit-manager = Community-Management benachrichtigen nach (Stunden)
community-error-limits-range = Jede Zeit ist eine ganze Zahl von Stunden zwischen 1 und 336.
community-error-limits-order = Das Community-Management wird später benachrichtigt als die Peer-Botschafter:innen.
community-help-title = Ich möchte mit jemandem sprechen
community-help-urgent-heading = Wenn jemand jetzt in Gefahr ist
community-help-emergency = Rufen Sie sofort den Notruf an. Dies sind die Kontakte, die Sie mit Ihrer Fachkraft für dringende Momente vereinbart haben:
community-help-intro = Bitten Sie um ein Gespräch: Ihre Fachkraft oder wer gerade Rufbereitschaft hat, wird sofort benachrichtigt und meldet sich bei Ihnen wie vereinbart. In den Gruppen wird nichts veröffentlicht.
community-help-ask = Bitten, dass sich jemand bei mir meldet
community-help-sent = Ihre Bitte wurde gesendet. Jemand meldet sich bei Ihnen wie vereinbart.
community-invite-heading = Austauschgruppen
community-invite-label = In eine Gruppe einladen
community-invite-submit = Einladung senden
community-invite-no-groups = Es gibt noch keine Austauschgruppen.
community-invite-needs-account = Ein Familienmitglied braucht ein Konto im Portal, bevor es in eine Gruppe eingeladen werden kann.
community-invite-invited = Die Einladung wurde gesendet. Das Familienmitglied sieht sie auf seiner Community-Seite.
community-invite-member = Dieses Familienmitglied ist schon in dieser Gruppe.
community-invite-waiting = Dieses Familienmitglied wurde schon in diese Gruppe eingeladen.
community-invite-no-account = Ein Familienmitglied braucht ein Konto im Portal, bevor es in eine Gruppe eingeladen werden kann.
notification-community-question-waiting = Eine Frage in einer Austauschgruppe hat länger als vorgesehen auf eine Antwort gewartet.
notification-community-help-requested = { $name } hat über die Community um ein Gespräch gebeten ({ $family }).
notification-email-community-question = Eine Frage in einer Austauschgruppe wartet auf eine Antwort.
audit-family-community-invitation-sent = Familienmitglied in eine Austauschgruppe eingeladen
audit-family-community-help-requested = Ein Familienmitglied hat um ein Gespräch gebeten
community-edit-title = Diesen Beitrag bearbeiten
community-edit-intro = Ändern Sie nur, was gegen die Gruppenregeln verstößt, zum Beispiel einen Namen oder einen Ort. Alle sehen, dass die Moderation den Beitrag bearbeitet hat und warum, und wer ihn geschrieben hat, wird benachrichtigt.
community-edit-why = Warum er bearbeitet wurde
community-edit-why-hint = Steht unter dem Beitrag, sichtbar für alle in der Gruppe.
community-edit-submit = Bearbeiteten Beitrag speichern
community-edited-note = Von der Moderation bearbeitet: { $why }
community-member-action-title = Verfasser:in verwarnen, stummschalten oder entfernen
community-member-action-intro = Was soll in dieser Gruppe mit { $name } geschehen? Die Person erfährt, was Sie gewählt haben und warum.
community-member-action-choose = Was soll geschehen?
community-act-warn = Eine Verwarnung schicken
community-act-mute = Stummschalten: einige Tage lang nur lesen, nicht schreiben
community-act-remove = Aus der Gruppe entfernen
community-mute-days = Tage stummgeschaltet (1 bis 90, nur beim Stummschalten)
community-member-action-reason-hint = Das Mitglied liest diesen Text. Sagen Sie freundlich, gegen welche Regel verstoßen wurde.
community-member-action-submit = Bestätigen
community-error-mute-days = Das Stummschalten dauert eine ganze Zahl von Tagen zwischen 1 und 90.
community-error-member-action = Wählen Sie, was geschehen soll.
community-notice-post-edited = Die Moderation hat einen Beitrag von Ihnen in „{ $group }“ bearbeitet. Grund:
community-notice-muted = Die Moderation von „{ $group }“ hat Sie für eine Weile stummgeschaltet. Bis dahin können Sie dort lesen, aber nicht schreiben. Grund:
community-notice-removed = Sie wurden aus „{ $group }“ entfernt. Grund:
community-schedule-title = Geplante Beiträge
community-schedule-intro = Halten Sie die Gruppe lebendig: Planen Sie eine Gesprächsfrage, etwas zum Lesen oder eine Veranstaltung. Zu der Zeit, die Sie wählen, erscheint es als Thema unter Ihrem Namen.
community-schedule-empty = Noch nichts geplant.
community-schedule-published = Veröffentlicht: Thema öffnen
community-schedule-cancel = Zurückziehen
community-schedule-cancel-confirm = Ja, diesen Beitrag nicht veröffentlichen
community-schedule-new = Einen Beitrag planen
community-schedule-kind = Art des Beitrags
community-schedule-when = Wann der Beitrag erscheint ({ $zone })
community-schedule-submit = Beitrag planen
community-kind-prompt = Eine Frage, um ins Gespräch zu kommen
community-kind-resource = Etwas zum Lesen oder Nutzen
community-kind-event = Ein Treffen oder eine Veranstaltung
community-error-kind = Wählen Sie die Art des Beitrags.
community-error-publish-at = Wählen Sie ein Datum und eine Uhrzeit in der Zukunft.
community-digest-email-subject = Neue Antworten in Ihrer Austauschgruppe
community-digest-email-body = Jemand hat auf Ihre Themen bei { $site } geantwortet. Neue Antworten: { $count }. Melden Sie sich an, um sie zu lesen: { $to }
community-new-posts = Neue Beiträge sind da.
community-topic-hidden = Die Moderation hat dieses Thema ausgeblendet.
community-notices-read = Als gelesen markieren
community-invite-not-possible = Diese Person kann nicht in diese Gruppe eingeladen werden. Das Community-Management kann Ihnen mehr sagen.
notification-email-community-help = Ein Familienmitglied hat um ein Gespräch gebeten. Bitte nehmen Sie wie vereinbart Kontakt auf.
community-question-email-subject = Eine Frage wartet auf Antwort
community-question-email-body = Eine Frage in einer Austauschgruppe bei { $site } wartet schon zu lange auf eine Antwort. Melden Sie sich an, um sie zu sehen: { $to }

## Informationsaustausch: Partnerstellen und Vereinbarungen
nav-partners = Partnerstellen
partners-title = Partnerstellen
partners-back = Zurück zu den Partnerstellen
partners-intro = Die Stellen, mit denen Ihre Organisation Informationen austauscht, jeweils mit einer namentlich benannten Ansprechperson, und die Vereinbarungen, die vorab festlegen, was weitergegeben werden darf, warum und ab welcher Schwelle.
partners-empty = Noch keine Partnerstellen. Fügen Sie unten die erste hinzu.
partner-add = Partnerstelle hinzufügen
partner-title = Partnerstelle
partner-details = Die Stelle und ihre Ansprechperson
partner-name = Name der Stelle
partner-kind = Art der Stelle
partner-contact = Namentlich benannte Ansprechperson
partner-contact-details = Erreichbarkeit (E-Mail oder Telefon)
partner-kind-police = Polizei
partner-kind-school = Schule
partner-kind-health = Gesundheitswesen
partner-kind-probation = Bewährungshilfe
partner-kind-local-authority = Kommune
partner-kind-multi-agency-panel = Fallkonferenz mehrerer Stellen
partner-kind-other = Sonstige
partner-error-name = Geben Sie den Namen der Stelle ein (höchstens 120 Zeichen).
partner-error-kind = Wählen Sie aus, um welche Art von Stelle es sich handelt.
partner-error-contact = Geben Sie den Namen der Ansprechperson ein (höchstens 120 Zeichen).
partner-error-contact-details = Die Angaben zur Erreichbarkeit dürfen höchstens 200 Zeichen haben.
partner-agreements-in-force = { $count ->
    [one] eine Vereinbarung in Kraft
   *[other] { $count } Vereinbarungen in Kraft
}
partner-agreements-review-due = { $count ->
    [one] eine zur Überprüfung fällig
   *[other] { $count } zur Überprüfung fällig
}
sharing-agreements-heading = Vereinbarungen zum Informationsaustausch
sharing-agreements-empty = Noch keine Vereinbarung mit dieser Stelle. Solange es keine gibt, dürfen keine Informationen an sie weitergegeben werden.
sharing-agreement-title = Vereinbarung zum Informationsaustausch
sharing-agreement-new-title = Neue Vereinbarung eintragen
sharing-agreement-from = ab { $date }
sharing-standing-not-yet-in-force = Noch nicht in Kraft
sharing-standing-in-force = In Kraft
sharing-standing-review-due = Überprüfung fällig
sharing-standing-ended = Beendet: Sie kann nicht verwendet werden
sharing-errors-intro = Die Vereinbarung wurde nicht gespeichert:
sharing-purpose = Zweck des Informationsaustauschs
sharing-lawful-basis = Rechtsgrundlage
sharing-lawful-basis-note = Worauf die Rechtsgrundlage beruht (Gesetz oder Artikel, in Ihren eigenen Worten)
sharing-categories = Kategorien von Informationen, die weitergegeben werden dürfen
sharing-category-identity-and-contact = Identitäts- und Kontaktdaten
sharing-category-family-composition = Zusammensetzung der Familie
sharing-category-safeguarding-concerns = Anhaltspunkte für eine Gefährdung
sharing-category-assessment-and-plan = Ergebnisse der Einschätzungen und der Hilfeplan
sharing-category-case-notes = Aktennotizen
sharing-category-health = Gesundheit
sharing-category-education = Schule und Ausbildung
sharing-category-criminal-justice = Angelegenheiten von Polizei, Gericht, Haft oder Bewährungshilfe
sharing-threshold = Schwelle und Anlässe für die Weitergabe
sharing-threshold-hint = Wann Informationen weitergegeben werden dürfen und was die Weitergabe erforderlich macht. Der Schutz gefährdeter Personen hat Vorrang.
sharing-handling = Wie Informationen übermittelt und aufbewahrt werden
sharing-retention = Aufbewahrungsfrist
sharing-signed = Unterzeichnung
sharing-signed-for-us-by = Für unsere Organisation unterzeichnet von
sharing-signed-for-them-by = Für die Stelle unterzeichnet von
sharing-signed-on = Datum
sharing-dates = Datumsangaben
sharing-starts-on = In Kraft ab
sharing-review-on = Zu überprüfen am
sharing-ends-on = Endet am
sharing-ends-on-hint = Lassen Sie das Feld leer, solange es kein Enddatum gibt. Eine beendete Vereinbarung kann nicht verwendet werden.
sharing-error-purpose = Geben Sie an, wozu die Informationen weitergegeben werden.
sharing-error-lawful-basis = Wählen Sie eine Rechtsgrundlage aus der Liste.
sharing-error-categories = Wählen Sie mindestens eine Kategorie von Informationen.
sharing-error-threshold = Geben Sie an, wann Informationen weitergegeben werden dürfen: die Schwelle und die Anlässe.
sharing-error-handling = Geben Sie an, wie Informationen übermittelt und aufbewahrt werden.
sharing-error-retention = Geben Sie an, wie lange Informationen aufbewahrt werden.
sharing-error-signatures = Geben Sie für beide Seiten an, wer unterzeichnet hat und an welchem Datum.
sharing-error-dates = Geben Sie Beginn und Überprüfungstermin (und gegebenenfalls das Ende) als gültiges Datum ein.
sharing-error-review-before-start = Der Überprüfungstermin muss nach dem Beginn liegen.
sharing-error-end-before-start = Das Ende kann nicht vor dem Beginn liegen.
sharing-error-too-long = Einer der Texte ist zu lang.
lawful-bases-title = Rechtsgrundlagen für den Informationsaustausch
lawful-bases-intro = Die Rechtsgrundlagen, auf denen eine Vereinbarung beruhen kann, eine pro Zeile. Vereinbarungen behalten die Rechtsgrundlage, auf der sie geschlossen wurden.
lawful-bases-label = Rechtsgrundlagen, eine pro Zeile
lawful-bases-error = Geben Sie mindestens eine Rechtsgrundlage ein, jede in einer eigenen Zeile mit höchstens 300 Zeichen.
audit-sharing-partners-changed = Partnerstellen geändert
audit-sharing-agreement-changed = Vereinbarung zum Informationsaustausch eingetragen oder geändert
