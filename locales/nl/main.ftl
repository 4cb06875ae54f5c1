# Hearth — Nederlands. Elk bericht hier moet in elke meegeleverde taal bestaan.

## Kader en navigatie
skip-to-content = Naar de hoofdinhoud
nav-label = Hoofdmenu
nav-home = Start
nav-families = Gezinnen
nav-users = Gebruikers
nav-invitations = Uitnodigingen
nav-notifications = Meldingen
nav-account = Uw account
nav-unread = ongelezen
nav-sign-out = Uitloggen
language = Taal
language-change = Taal wijzigen
cancel = Annuleren

## Rollen
role-organisation-admin = Organisatiebeheerder
role-supervisor = Leidinggevende
role-practitioner = Hulpverlener
role-community-manager = Communitymanager
role-peer-ambassador = Ervaringsdeskundige
role-family-member = Familielid

## Formuliervelden
field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-confirm-password = Typ het nieuwe wachtwoord nog een keer
field-current-password = Huidig wachtwoord
field-name = Naam
field-role = Rol
field-team = Team
field-status = Status
field-language = Taal
field-organisation = Organisatie
form-has-errors = Pas het volgende aan:
team-none = Geen team

## Inloggen
login-title = Inloggen
login-submit = Inloggen
login-no-account = Accounts worden aangemaakt via een uitnodiging. Had u een uitnodiging verwacht? Vraag het dan aan uw hulpverlener of aan de beheerder van uw organisatie.
login-failed = Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.
login-throttled = Te veel pogingen. Voor uw veiligheid kunt u 15 minuten lang niet inloggen.
second-factor-title = Vul uw eenmalige code in
second-factor-code = Code uit uw authenticator-app
second-factor-hint = Zes cijfers. Bent u uw telefoon kwijt? Typ dan een van uw herstelcodes.
second-factor-submit = Doorgaan
second-factor-wrong = Die code klopt niet of is al gebruikt. Probeer de nieuwste code.

## Wachtwoorden
password-rules = Minstens 12 tekens. Een paar losse woorden die niets met elkaar te maken hebben, vormen een sterk wachtwoord dat u makkelijk onthoudt.
password-too-short = Het wachtwoord moet minstens 12 tekens hebben.
password-too-long = Het wachtwoord mag hoogstens 128 tekens hebben.
password-weak = Dit wachtwoord is makkelijk te raden. Een paar losse woorden achter elkaar is sterk en goed te onthouden.
password-hint-keyboard-pattern = Toetsen die naast elkaar liggen worden als eerste geprobeerd.
password-hint-repeats = Herhaalde letters of groepjes voegen weinig toe.
password-hint-common = Het is een van de meest gebruikte wachtwoorden, of lijkt daar sterk op.
password-hint-sequence = Reeksen zoals „abc” of „1234” zijn makkelijk te raden.
password-hint-dates = Datums en jaartallen zijn makkelijk te raden.
password-hint-single-word = Eén woord, ook met een getal erbij, is makkelijk te raden.
password-hint-names = Namen op zich zijn makkelijk te raden.
password-contains-email = Uw e-mailadres mag niet in het wachtwoord staan.
password-mismatch = De twee wachtwoorden zijn niet hetzelfde.
password-current-wrong = Uw huidige wachtwoord klopt niet.
password-changed = Uw wachtwoord is gewijzigd. U bent op alle andere apparaten uitgelogd.

## Tweestapsverificatie
enrol-title = Tweestapsverificatie instellen
enrol-intro = Accounts van medewerkers beschermen gezinsdossiers met een extra stap bij het inloggen. Open een authenticator-app op uw telefoon en scan deze code.
enrol-qr-caption = Scan met uw authenticator-app.
enrol-qr-label = QR-code voor uw authenticator-app
enrol-manual = Lukt scannen niet? Typ dan deze sleutel in de app:
enrol-code = Code die de app toont
enrol-submit = Bevestigen
enrol-wrong-code = Die code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwste code.
recovery-title = Uw herstelcodes
recovery-intro = Bewaar deze codes op een veilige plek, niet bij uw telefoon. Met elke code kunt u één keer inloggen als u uw telefoon kwijt bent. Ze worden alleen nu getoond.
recovery-continue = Ik heb ze bewaard — doorgaan

## Uitnodigingen (genodigde)
invitation-title = Welkom bij Hearth
invitation-intro = { $name }, u bent uitgenodigd voor Hearth. Kies een wachtwoord om uw account te activeren.
invitation-submit = Mijn account activeren
invitation-expired-title = Deze uitnodiging kan niet meer worden gebruikt
invitation-expired-body = De link is verlopen, ingetrokken of al gebruikt. Vraag de persoon die u heeft uitgenodigd om een nieuwe link.
invitation-email-taken = Er is al een account met dit e-mailadres. Log met dat account in.

## Start
home-title = Start
home-greeting = Welkom, { $name }
home-admin-heading = Uw organisatie
home-admin-users = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
home-admin-pending = { $count ->
    [one] { $count } uitnodiging wacht op acceptatie
   *[other] { $count } uitnodigingen wachten op acceptatie
}
home-admin-empty = U hebt tot nu toe het enige account. Nodig uw leidinggevenden en hulpverleners uit om te beginnen.
home-case-heading = Uw gezinnen
home-case-empty = Nog geen gezinnen. Maak een gezinsdossier aan zodra er een aanmelding binnenkomt, of vraag uw leidinggevende om u aan een gezin te koppelen.
home-case-all = Al uw gezinnen
home-unread = { $count ->
    [one] { $count } ongelezen melding
   *[other] { $count } ongelezen meldingen
}
home-community-heading = Lotgenotengroepen
home-community-empty = Uw organisatie is nog niet begonnen met lotgenotengroepen. De beheerder van uw organisatie laat het u weten zodra ze starten.
home-family-heading = Uw ondersteuning
home-family-empty = Uw hulpverlener zet hier uw gesprekken, berichten en de afspraken over online samenwerken. Is er iets dringends? Neem dan contact op met uw hulpverlener of bel het noodnummer dat u hebt gekregen.
home-family-account = Instellingen van uw account

## Account
account-title = Uw account
account-2fa-heading = Tweestapsverificatie
account-2fa-on = { $count ->
    [one] Tweestapsverificatie is ingesteld. U hebt nog { $count } ongebruikte herstelcode.
   *[other] Tweestapsverificatie is ingesteld. U hebt nog { $count } ongebruikte herstelcodes.
}
account-2fa-off = Nog geen tweestapsverificatie. Voor accounts van gezinnen is dit niet verplicht, maar het maakt uw account veiliger.
account-2fa-enrol = Tweestapsverificatie instellen
account-sessions-link = Bekijk waar u bent ingelogd en beëindig sessies
account-password-heading = Wachtwoord wijzigen
account-password-submit = Wachtwoord wijzigen
account-password-ends-sessions = Als u uw wachtwoord wijzigt, wordt u overal anders uitgelogd.

## Sessies
sessions-title = Waar u bent ingelogd
sessions-intro = Ziet u een apparaat dat u niet kent? Beëindig dan die sessie en wijzig uw wachtwoord.
sessions-this-device = Dit apparaat
sessions-started = Ingelogd op { $name }
sessions-last-seen = laatst actief op { $name }
sessions-revoke = Sessie op { $name } beëindigen
sessions-revoke-others = Overal anders uitloggen
sessions-revoked = De sessie is beëindigd.

## Gebruikers en uitnodigingen (beheer)
users-title = Gebruikers
users-caption = Accounts in uw organisatie
users-active = Actief
users-disabled = Uitgeschakeld
users-disable-link = { $name } uitschakelen
disable-title = { $name } uitschakelen?
disable-explain = Deze persoon wordt meteen uitgelogd en kan niet meer inloggen. Wat deze persoon heeft vastgelegd en het logboek blijven zoals ze zijn.
disable-confirm = Account uitschakelen
invitations-title = Uitnodigingen
invitations-caption = Uitnodigingen verstuurd door uw organisatie
invitations-empty = Nog geen uitnodigingen. Nodig een collega of een familielid uit om te beginnen.
invitations-revoke = Uitnodiging voor { $name } intrekken
invitation-revoked = De uitnodiging is ingetrokken; de link werkt niet meer.
invitation-status-open = Wacht op reactie, geldig tot { $name }
invitation-status-accepted = Geaccepteerd
invitation-status-revoked = Ingetrokken
invitation-status-expired = Verlopen
invite-button = Iemand uitnodigen
invite-title = Iemand uitnodigen
invite-intro = De persoon krijgt een e-mail met een persoonlijke link om een wachtwoord te kiezen. De link werkt één keer en blijft zeven dagen geldig.
invite-submit = Uitnodiging versturen
invite-error-name = Vul een naam in van 1 tot 100 tekens.
invite-error-email = Vul een e-mailadres in, zoals naam@example.org.
invite-error-role = Kies een rol.
invite-error-team = Kies een van de teams van uw organisatie.
invite-error-taken = Er heeft al iemand een account met dit e-mailadres.
invite-sent = De uitnodiging is verstuurd naar { $name }.
invite-no-mail = E-mail is niet ingesteld op deze server. Er is dus geen bericht verstuurd.
invite-send-failed = De e-mail kon niet worden verstuurd. De uitnodiging is wel geldig; u kunt de link hieronder persoonlijk doorgeven.
invite-manual-link = Geef deze link aan de persoon, het liefst persoonlijk. De link werkt één keer.
invite-email-subject = Uw uitnodiging voor Hearth ({ $name })
invite-email-intro = U bent door { $name } uitgenodigd voor Hearth. Open deze link om uw wachtwoord te kiezen:
invite-email-expires = De link werkt één keer en verloopt op { $name }.
invite-email-ignore = Had u dit bericht niet verwacht? Dan kunt u het negeren.

## Gezinnen
families-title = Gezinnen
families-search = Zoeken op gezinsnaam
families-search-submit = Zoeken
families-empty = U hebt nog geen gezinnen. Maak een gezinsdossier aan voor een nieuwe aanmelding, of vraag uw leidinggevende om u aan een gezin te koppelen.
families-no-match = Geen van de gezinnen waarmee u werkt, komt overeen met „{ $name }”.
family-title = Gezinsdossier
family-new-button = Nieuw gezinsdossier
family-new-title = Nieuw gezinsdossier
family-name = Gezinsnaam
family-name-hint = De naam waaronder het gezin bekend is in uw team, bijvoorbeeld de achternaam.
family-name-error = Vul een gezinsnaam in van 1 tot 120 tekens.
family-new-submit = Dossier aanmaken
family-opened = Aangemaakt
family-workers = Hulpverleners
family-no-workers = Er is nog niemand toegewezen.
family-assign-worker = Hulpverlener
family-assign-as = Als
family-assign-submit = Toewijzen
assign-error = Kies een collega van uw organisatie en hoe die aan het dossier werkt.
family-unassign = { $name } verwijderen
family-break-glass-active = U hebt dit dossier geopend zonder toegewezen te zijn. Uw reden is vastgelegd en uw leidinggevende heeft bericht gekregen.
assignment-lead = Regiehouder
assignment-co_worker = Collega-hulpverlener
back-to-family = Terug naar het gezinsdossier

## Noodtoegang
break-glass-title = U bent niet aan dit gezin toegewezen
break-glass-explain = In een noodsituatie kunt u dit dossier toch openen. Schrijf op waarom: uw reden wordt bewaard in het logboek en uw leidinggevende krijgt meteen bericht.
break-glass-reason = Waarom moet u dit dossier nu openen?
break-glass-submit = Dossier openen en mijn reden vastleggen
break-glass-too-short = Leg in minstens 15 tekens uit waarom.
break-glass-too-long = Houd de reden korter dan 1000 tekens.

## Wie een dossier heeft geopend
access-log-heading = Wie dit dossier heeft geopend
access-log-title = Wie het dossier van { $name } heeft geopend
access-log-link = Wie dit dossier heeft geopend
access-log-caption = Elke keer lezen en elke wijziging, nieuwste eerst
access-log-when = Wanneer
access-log-who = Wie
access-log-what = Wat
access-log-why = Opgegeven reden
audit-family-created = Dossier aangemaakt
audit-family-viewed = Dossier gelezen
audit-family-listed = Caseload bekeken
audit-family-assigned = Toewijzing gewijzigd
audit-family-unassigned = Iemand van het dossier gehaald
audit-family-break-glass = Geopend zonder toewijzing (noodtoegang)
audit-family-access-log-viewed = Bekeken wie het dossier heeft geopend

## Meldingen
notifications-title = Meldingen
notifications-empty = Niets nieuws. U krijgt hier een melding als een collega een dossier van uw team opent zonder toegewezen te zijn.
notifications-new = Nieuw
notifications-open = Bekijk wie het dossier heeft geopend
notifications-mark-read = Alles als gelezen markeren
notification-break-glass = { $name } heeft het dossier van { $family } geopend zonder toegewezen te zijn.

## Foutmeldingen
error-code = Foutcode
error-home = Naar de startpagina
reauth-intro = Voer uw wachtwoord opnieuw in (en een code uit uw authenticator-app, als u die gebruikt), zodat zeker is dat u het bent.
reauth-password = Uw wachtwoord
reauth-code = Code uit uw authenticator-app
reauth-wrong-password = Dat wachtwoord klopt niet. Er is niets gewijzigd.
reauth-wrong-code = Die code klopt niet. Er is niets gewijzigd.
input-refused-title = Iets wat is ingevoerd kan niet worden bewaard
input-refused-control = Wat is verstuurd bevat een onzichtbaar stuurteken (zoals een nulteken) dat Hearth niet bewaart. Er is niets opgeslagen.
input-refused-encoding = Wat is verstuurd is geen geldige tekst (geen UTF-8). Er is niets opgeslagen.
input-refused-too-long = Wat is verstuurd is langer dan dit veld toelaat (hoogstens { $most } tekens). Er is niets opgeslagen.
input-refused-typed = Hier staat alles wat is ingevoerd, met het teken dat niet kan worden bewaard gemarkeerd:
input-refused-back = Ga terug met uw browser, haal het gemarkeerde teken weg (kopieer zo nodig van hier) en verstuur opnieuw.
input-refused-typed-long = Hier staat alles wat is ingevoerd:
input-refused-back-long = Ga terug met uw browser, maak de tekst korter (kopieer hem zo nodig van hier om hem elders te bewaren) en verstuur opnieuw.
error-400-title = Er klopte iets niet in het verzoek
error-400-body = Ga terug, controleer wat u hebt ingevuld en probeer het opnieuw.
error-403-title = U kunt deze pagina niet openen
error-403-body = Uw rol geeft geen toegang tot deze pagina. Denkt u dat u wel toegang zou moeten hebben? Vraag het dan aan uw leidinggevende of beheerder.
error-404-title = Pagina niet gevonden
error-404-body = Deze pagina bestaat niet, of u hebt er geen toegang toe.
error-405-title = Deze actie is hier niet mogelijk
error-405-body = Ga terug en gebruik de knoppen op de pagina.
error-413-title = Wat u hebt verstuurd, is te groot
error-413-body = Maak de tekst korter en probeer het opnieuw.
error-500-title = Er ging bij ons iets mis
error-500-body = Dit komt niet door wat u hebt ingetypt. Probeer het zo nog eens. Blijft het gebeuren? Laat het dan uw beheerder weten.

## Gezinsdossier
back-to = Terug naar { $name }
not-yet = Nog niet
date-invalid = Vul een datum (en tijd) in zoals aangegeven, bijvoorbeeld 2026-11-24 14:30.
family-actions = Acties voor dit dossier
family-status = Status
family-last-contact = Laatste contact
family-next-review = Volgende evaluatie
family-review-submit = Evaluatie plannen
family-members = Gezinsleden
family-no-members = Er zijn nog geen gezinsleden vastgelegd. Voeg de persoon om wie het gaat toe, en de familieleden met wie u werkt.
family-relationships = Hoe ze met elkaar verbonden zijn
family-status-heading = Status van het dossier
family-status-next = Nieuwe status van het dossier
family-status-submit = Status wijzigen
family-status-not-allowed = Vanuit de huidige status kan het dossier niet naar die status.
family-closing-reason = Reden (verplicht bij afsluiten)
family-closing-reason-hint = Schrijf op waarom het dossier wordt afgesloten, zodat wie het later weer opent dat weet.
family-closing-reason-needed = Schrijf op waarom het dossier wordt afgesloten (minstens 5 tekens).
status-referral = Aanmelding
status-assessment = Verkenning
status-active_support = Actieve begeleiding
status-review = Evaluatie
status-closed = Afgesloten
event-status-changed = { $name } heeft het dossier van { $from } naar { $to } gezet
event-closing-reason = { $name } heeft het dossier afgesloten: { $reason }
event-member-added = { $name } heeft { $member } aan het dossier toegevoegd
event-review-planned = { $name } heeft de volgende evaluatie gepland op { $when }
event-identity-verification = { $name } heeft de identiteitscontrole vastgelegd — { $detail }
event-other = { $name } heeft het dossier gewijzigd

## Gezinsleden
member-new-button = Gezinslid toevoegen
member-new-title = Gezinslid toevoegen
member-edit-title = Gezinslid
member-role = Plaats in het gezin
member-role-person_of_concern = Persoon om wie het gaat
member-role-parent = Ouder
member-role-sibling = Broer of zus
member-role-partner = Partner
member-role-other_relative = Ander familielid
member-role-family_friend = Vriend(in) van het gezin
member-whereabouts = Waar de persoon nu is
member-whereabouts-hint = Alleen voor de persoon om wie het gaat.
whereabouts-at_home = Thuis
whereabouts-elsewhere_in_country = Ergens anders in het land
whereabouts-abroad = In het buitenland
whereabouts-in_prison = In de gevangenis
whereabouts-in_camp = In een kamp
whereabouts-unknown = Onbekend
member-languages = Talen die de persoon spreekt
member-needs-translator = Heeft een tolk nodig
member-contact-preferences = Hoe de persoon het liefst contact heeft
member-contact-hint = Bijvoorbeeld: bellen na 18.00 uur, nooit per post, via de zus.
member-save = Opslaan
member-error-name = Vul een naam in van 1 tot 100 tekens.
member-error-role = Kies de plaats van dit gezinslid in het gezin.
member-error-whereabouts = Kies in de lijst waar de persoon is.
member-account = Gezinsaccount
member-has-account = Dit gezinslid heeft een gezinsaccount.
member-no-account = Nog geen gezinsaccount. Nodig het gezinslid uit voor het gezinsportaal; het gezinslid kiest zelf een wachtwoord.
member-invitation-pending = Er is een uitnodiging verstuurd. Die wacht nog op acceptatie.
member-invite-submit = Uitnodigen voor het gezinsportaal
member-verification = Identiteit
member-verification-set = Hoe is de identiteit gecontroleerd?
member-verification-submit = Vastleggen
member-verification-error = Kies een van de genoemde manieren.
verification-not_verified = Niet gecontroleerd
verification-met_in_person = Persoonlijk ontmoet
verification-verified_by_video = Gecontroleerd via video
verification-documents_checked = Documenten gecontroleerd
verification-by = { $status } — door { $name }, { $when }
relationship-add = Leg vast hoe twee gezinsleden met elkaar verbonden zijn
relationship-from = Gezinslid
relationship-kind = is
relationship-to = van
relationship-submit = Toevoegen
relationship-error = Kies twee leden van dit gezin en hoe ze verwant zijn.
relationship-error-same = Kies twee verschillende personen: iemand kan niet aan zichzelf verwant zijn.
relationship-kind-parent_of = ouder van
relationship-kind-child_of = kind van
relationship-kind-sibling_of = broer of zus van
relationship-kind-partner_of = partner van
relationship-kind-relative_of = familielid van
relationship-kind-friend_of = vriend(in) van
relationship-parent_of = { $from } is een ouder van { $to }
relationship-child_of = { $from } is een kind van { $to }
relationship-sibling_of = { $from } is een broer of zus van { $to }
relationship-partner_of = { $from } is de partner van { $to }
relationship-relative_of = { $from } is familie van { $to }
relationship-friend_of = { $from } is bevriend met { $to }

## Tijdlijn en notities
timeline-heading = Tijdlijn
timeline-empty = Er staat nog niets op de tijdlijn. Schrijf na elk contact een notitie.
note-new-button = Notitie schrijven
note-new-title = Notitie schrijven
note-amend-title = Notitie wijzigen
note-kind = Soort
note-kind-home_visit = Huisbezoek
note-kind-office_meeting = Gesprek op kantoor
note-kind-phone_call = Telefoongesprek
note-kind-video_call = Videogesprek
note-kind-message_summary = Samenvatting van berichten
note-kind-multi_agency_contact = Contact met andere instanties
note-kind-observation = Observatie
note-occurred = Wanneer het gebeurde
note-members = Over wie het gaat
note-text = Notitie
note-text-hint = Beschrijf wat er gebeurde en wat u zag of hoorde; houd meningen gescheiden van feiten.
note-submit = Notitie opslaan
note-concerns = gaat over
note-earlier-versions = Eerdere versies
note-amend-link = Wijzigen
note-amend-explain = Een wijziging wordt toegevoegd als nieuwe versie. De eerdere tekst blijft in het dossier staan en is zichtbaar voor dezelfde mensen.
note-amend-submit = Wijziging opslaan
note-in-force = Tekst die nu geldt
note-error-empty = De notitie mag niet leeg zijn.
note-error-too-long = De notitie mag hoogstens 20.000 tekens hebben.
note-error-kind = Kies het soort notitie.
note-error-members = Een van de gekozen personen is geen lid meer van dit gezin. Kies opnieuw.
audit-family-status-changed = Status gewijzigd
audit-family-member-added = Gezinslid toegevoegd
audit-family-member-changed = Gegevens van een gezinslid gewijzigd
audit-family-note-written = Notitie geschreven
audit-family-note-amended = Notitie gewijzigd
families-all-statuses = Alle statussen
attention-review_overdue = Evaluatiedatum is verstreken
attention-no_recent_contact = Geen contact in de afgelopen 30 dagen
attention-no_review_planned = Geen evaluatie gepland

## Inschatting
nav-catalogue = Inschattingscatalogus
assessments-link = Inschattingen
assessments-title = Inschattingen
assessments-heading = Inschattingen van het gezin { $name }
assessments-empty = Nog geen inschatting. Maak de inschatting vroeg, samen met het gezin, en herhaal die als de situatie verandert.
assessment-new-button = Inschatting vastleggen
assessment-new-title = Inschatting vastleggen
assessment-title = Inschatting
assessment-heading = Inschatting van het gezin { $name }
assessment-intro = Beoordeel wat u hebt gezien, op elk niveau, en koppel elke bevinding aan de notitie waaruit die blijkt. Een sterke overtuiging is op zich geen zorgsignaal; beoordeel gedrag. Beschermende factoren laten zien waarop u kunt voortbouwen.
assessment-date = Datum van de inschatting
level-individual = De persoon zelf
level-family = Het gezin
level-community = De gemeenschap om hen heen
kind-concern = Zorgsignalen
kind-protective = Beschermende factoren
rating-0 = Niet gezien
rating-1 = Enkele signalen
rating-2 = Duidelijk
rating-3 = Sterk
assessment-evidence = Onderbouwing in het dossier
assessment-no-evidence = Geen onderbouwing gekoppeld
assessment-evidence-note = De notitie waarop dit is gebaseerd
assessment-overall = Het totaalbeeld
assessment-engagement = Lijkt de medewerking van het gezin oprecht?
engagement-genuine = Oprecht
engagement-mixed = Wisselend
engagement-disguised = Mogelijk schijnmedewerking
engagement-unclear = Nog te vroeg om te zeggen
assessment-engagement-note = Waarom u dat denkt
assessment-young-person = Hoe is het voor de jongere om in dit gezin te leven?
assessment-response = Proportionele reactie
response-no_further_action = Geen verdere actie
response-universal_services = Algemene voorzieningen
response-targeted_family_support = Gerichte gezinsondersteuning
response-multi_agency_plan = Plan met meerdere instanties
assessment-proportionality = Onderbouwing van de proportionaliteit
assessment-proportionality-hint = Waarom deze reactie, en geen lichtere of zwaardere? Minstens 20 tekens.
assessment-submit = Ter toetsing indienen
assessment-error-evidence = Koppel onderbouwing aan „{ $name }”, of beoordeel het als „Niet gezien”.
assessment-error-engagement = Geef aan of de medewerking oprecht lijkt.
assessment-error-response = Kies de proportionele reactie.
assessment-error-young-person = Beschrijf hoe het voor de jongere is om in dit gezin te leven.
assessment-error-proportionality = Schrijf een onderbouwing van de proportionaliteit van minstens 20 tekens.
assessment-error-return-comment = Schrijf op wat er moet veranderen voordat u de inschatting terugstuurt.
assessment-error-rating = Kies een van de beoordelingen voor ‘{ $name }’.
assessment-error-evidence-unknown = Het bewijs dat is gekozen voor ‘{ $name }’ is geen notitie of document in dit gezinsdossier; kies opnieuw.
assessment-error-decision = Kies of u de beoordeling aftekent of terugstuurt.
assessment-status-submitted = Wacht op toetsing
assessment-status-signed_off = Goedgekeurd
assessment-status-returned = Teruggestuurd
assessment-reviewed-signed_off = Goedgekeurd door { $name } op { $when }. { $comment }
assessment-reviewed-returned = Teruggestuurd door { $name } op { $when }: { $comment }
assessment-findings = Bevindingen
assessment-no-findings = Niets is hoger beoordeeld dan „Niet gezien”.
assessment-review-heading = Toetsing
assessment-review-comment = Opmerking (verplicht bij terugsturen)
assessment-sign-off = Goedkeuren
assessment-return = Terugsturen met opmerking
trend-heading = Hoe het beeld is veranderd
trend-explain = Per niveau telt de rode lijn de beoordelingen van de zorgsignalen op en de groene stippellijn die van de beschermende factoren. Bescherming heft een zorgsignaal niet op. De tabel hieronder bevat dezelfde cijfers.
trend-chart-label = Verloop van zorg en bescherming: { $name }. Dezelfde cijfers staan in de tabel hieronder.
trend-table-caption = Beoordelingen per inschatting
trend-factor = Niveau of factor
trend-kind = Soort
notification-assessment-submitted = { $name } heeft een inschatting van het gezin { $family } ter toetsing bij u ingediend.
notification-assessment-returned = { $name } heeft uw inschatting van het gezin { $family } met een opmerking teruggestuurd.
audit-family-assessment-recorded = Inschatting vastgelegd
audit-family-assessment-reviewed = Inschatting getoetst
audit-family-assessment-viewed = Inschattingen gelezen
catalogue-title = Inschattingscatalogus
catalogue-intro = De zorgsignalen en beschermende factoren die hulpverleners beoordelen. Elk zorgsignaal moet waarneembaar gedrag beschrijven, nooit een overtuiging of religieuze praktijk. Ontbreken titels en toelichtingen in een andere taal, dan wordt de Engelse tekst getoond.
catalogue-count = { $count ->
    [one] { $count } factor
   *[other] { $count } factoren
}
catalogue-invalid = De catalogus is niet opgeslagen. Pas het volgende aan:
catalogue-body = Catalogus (TOML)
catalogue-save = Controleren en opslaan
catalogue-saved = De catalogus is opgeslagen. Nieuwe inschattingen gebruiken deze catalogus; eerdere inschattingen houden de titels waarmee ze zijn beoordeeld.

## Familiegroepsconferentie
conferences-link = Familiegroepsconferenties
conferences-title = Familiegroepsconferenties
conferences-heading = Familiegroepsconferenties van het gezin { $name }
conferences-empty = Er is nog geen conferentie vastgelegd. In een familiegroepsconferentie maken het gezin en zijn netwerk zelf een plan.
conference-new-button = Conferentie vastleggen
conference-new-title = Familiegroepsconferentie vastleggen
conference-title = Familiegroepsconferentie
conference-heading = Familiegroepsconferentie van het gezin { $name }
conference-intro = Schrijf het plan op in de eigen woorden van het gezin. Bij elke actie staat wat er wordt gedaan, wie het doet en wanneer het uiterlijk klaar is.
conference-held-on = Datum van de conferentie
conference-family-participants = Wie er vanuit het gezin en het netwerk hebben deelgenomen
conference-family-participants-hint = Bijvoorbeeld: Fatima (moeder), Leila (tante), Omar (buurman).
conference-professional-participants = Professionals die hebben deelgenomen
conference-plan = Het plan van het gezin
conference-plan-hint = Laat regels die u niet gebruikt leeg.
conference-action = Actie { $name }
conference-what = Wat
conference-who = Wie
conference-due = Uiterlijk wanneer
conference-agreement = Is het gezin akkoord met het plan?
agreement-agreed = Akkoord
agreement-partly_agreed = Gedeeltelijk akkoord
agreement-not_agreed = Niet akkoord
conference-review-on = Evaluatiedatum
conference-submit = Plan opslaan
conference-error-participants = Schrijf op wie er vanuit het gezin hebben deelgenomen.
conference-error-action = Vul bij actie { $number } zowel in wat er wordt gedaan als wie het doet.
conference-error-action-long = Actie { $number } is te lang.
conference-error-action-date = De datum van actie { $number } is geen geldige datum.
conference-error-no-actions = Het plan moet minstens één actie bevatten.
conference-error-agreement = Geef aan of het gezin akkoord is met het plan.
conference-open-actions = { $count ->
    [one] { $count } openstaande actie
   *[other] { $count } openstaande acties
}
conference-print-link = Afdrukversie voor het gezin
conference-progress-history = Voortgang tot nu toe
conference-progress-status = Voortgang
conference-progress-note = Wat er is gebeurd (optioneel)
conference-progress-submit = Voortgang vastleggen
conference-progress-error = Kies een van de genoemde stappen.
conference-progress-note-too-long = De voortgangsnotitie is langer dan 2.000 tekens. Maak hem korter, of schrijf de details als notitie in het gezinsdossier.
progress-not_started = Nog niet begonnen
progress-in_progress = Bezig
progress-done = Afgerond
progress-dropped = Vervallen
progress-entry = { $when }, { $name }: { $status }. { $detail }
conference-print-title = Ons gezinsplan
conference-print-heading = Het plan van het gezin { $name }
conference-print-held = Samen gemaakt op { $name }.
conference-print-footer = Dit is uw plan. Verandert er iets? Vertel het dan aan uw hulpverlener.

## Documenten
documents-heading = Documenten
documents-empty = Nog geen documenten. Upload brieven, rapporten of foto’s die in het dossier horen.
document-upload = Document uploaden
document-hint = PDF, PNG, JPEG of platte tekst, tot 10 MB. Locatie- en cameragegevens worden uit foto’s verwijderd, auteursgegevens uit PDF’s.
document-submit = Uploaden
document-detail = Geüpload door { $name }, { $when }, { $size } KB
document-error-empty = Kies een bestand om te uploaden.
document-error-too-large = Het bestand is groter dan 10 MB.
document-error-kind = U kunt alleen PDF-, PNG-, JPEG- en tekstbestanden uploaden.
document-error-damaged = De afbeelding lijkt beschadigd en kon niet worden gecontroleerd. Probeer de afbeelding opnieuw op te slaan.
document-error-image-too-large = De afbeelding is te groot om te controleren. Maak een kleinere foto of scan met een lagere resolutie.
document-error-pdf-unreadable = De PDF kon niet worden gelezen, dus de auteur en andere gegevens konden niet worden verwijderd. Sla hem opnieuw op of druk hem af als PDF en upload die kopie.
document-error-pdf-protected = De PDF is beveiligd met een wachtwoord. Sla een kopie op zonder wachtwoord en upload die.
audit-family-document-uploaded = Document geüpload
audit-family-document-downloaded = Document gedownload
audit-family-conference-recorded = Familiegroepsconferentie vastgelegd
audit-family-plan-progress-recorded = Voortgang van het plan van het gezin vastgelegd
evidence-document = Document
assessment-evidence-document = Het document waarop dit berust
audit-family-review-planned = Plande de volgende evaluatie
audit-family-member-account-linked = Een gezinsaccount werd aan een gezinslid gekoppeld
audit-family-modality-decided = Legde vast hoe met een gezinslid gewerkt wordt (persoonlijk of online)

## Keuzehulp persoonlijk of online
modality-link = Persoonlijk of online?
modality-title = Persoonlijk of online
modality-heading = Werken met { $name }: persoonlijk of online?
modality-intro = Bepaal samen met het gezinslid, per situatie, hoe u contact houdt. Loop samen een paar vragen door; Hearth stelt voor wat bij elke soort contact kan passen en laat zien waarom. Het is een voorstel, nooit een oordeel.
modality-start = Het gesprek beginnen
modality-again = Opnieuw doorlopen
modality-history = Beslissingen tot nu toe
modality-history-empty = Nog geen beslissing.
modality-differs = Anders besloten dan voorgesteld
modality-review-time = Het is tijd om dit besluit samen opnieuw te bekijken: uw organisatie evalueert besluiten na { $count ->
    [one] één dag.
   *[other] { $count } dagen.
}
modality-review-changed = Sinds de laatste beslissing is er iets veranderd (de identiteitscontrole). Bekijk die samen opnieuw.
modality-review-released = De persoon om wie het gaat is niet meer waar het laatste besluit van uitging (gevangenis of kamp). Bekijk het samen opnieuw.
modality-step = Stap { $step } van { $steps }
modality-back = Terug
modality-next = Volgende
modality-see-result = Het voorstel bekijken
modality-result = Voorstel
modality-result-intro = Per soort contact het voorstel en alle redenen ervoor. Beslis samen; u kunt ook iets anders kiezen.
modality-no-reasons = Niets in de antwoorden wijst duidelijk de ene of de andere kant op; daarom wordt een combinatie voorgesteld.
modality-decided = Samen besloten
modality-arrange = Wat er geregeld moet worden
modality-preference = Wat het gezinslid zelf het liefst wil
modality-preference-hint = In de eigen woorden van het gezinslid, bijvoorbeeld „Ik spreek liever af in de bibliotheek”.
modality-comment = Opmerking
modality-comment-hint = Verplicht als de beslissing afwijkt van het voorstel, of als er te weinig bekend was voor een voorstel: schrijf op waarom.
modality-record = De samen genomen beslissing vastleggen
modality-error-comment = De beslissing wijkt af van het voorstel, of is genomen terwijl er te weinig bekend was: schrijf in een opmerking waarom.
contact-practical = Praktische zaken (papierwerk, afspraken)
contact-check_in = Vast contactmoment om bij te praten
contact-sensitive = Pijnlijk of gevoelig gesprek
contact-crisis = Crisis die snel een antwoord vraagt
modality-face_to_face = Persoonlijk
modality-digital = Online
modality-hybrid = Een combinatie van beide
arrange-translator = Een tolk regelen
arrange-meet_in_person_first = Eerst persoonlijk ontmoeten
arrange-agree_terms = Afspraken maken over online samenwerken
arrange-digital_skills_help = Hulp bij digitale vaardigheden (bijvoorbeeld via een broer of zus)
arrange-allow_time = Tijd geven om eraan te wennen
arrange-check_prison_rules = De regels van de gevangenis of het kamp nagaan
arrange-private_space = Een ongestoorde plek afspreken en een teken voor „Ik kan nu niet vrijuit praten”
answer-dont-know = Weet ik niet
question-openness = Hoe open staat het gezinslid voor online contact?
question-openness-hint = Vraag het na; ga niet af op leeftijd of achtergrond.
answer-openness-open = Staat ervoor open
answer-openness-hesitant = Aarzelt
answer-openness-closed = Wil het niet
question-lowers_threshold = Zou online contact het voor het gezinslid makkelijker maken om contact op te nemen?
question-lowers_threshold-hint = Voor sommigen is een bericht sturen makkelijker dan een kantoor binnenlopen.
answer-lowers_threshold-yes = Ja
answer-lowers_threshold-no = Nee
question-device = Welk apparaat heeft het gezinslid?
question-device-hint = Bij een gedeelde telefoon kunnen anderen berichten zien.
answer-device-none = Geen
answer-device-shared_phone = Een gedeelde telefoon
answer-device-own_smartphone = Een eigen smartphone
answer-device-laptop = Een laptop of computer
question-connection = Hoe is de internetverbinding van het gezinslid?
question-connection-hint = Denk aan de plek waar het gezinslid tijdens het contact zou zijn.
answer-connection-stable = Stabiel
answer-connection-unstable = Valt vaak weg
question-app_confidence = Hoe vertrouwd is het gezinslid met de apps?
question-app_confidence-hint = Videobellen, berichten, inloggen.
answer-app_confidence-confident = Vertrouwd
answer-app_confidence-with_help = Lukt met hulp
answer-app_confidence-not_confident = Niet vertrouwd
question-detention = Zit de persoon om wie het gaat in de gevangenis of in een kamp?
question-detention-hint = De regels daar bepalen welk contact mogelijk is.
answer-detention-none = Geen van beide
answer-detention-prison = In de gevangenis
answer-detention-camp = In een kamp
question-language_barrier = Is taal een barrière?
question-language_barrier-hint = Online merkt u misverstanden minder snel op.
answer-language_barrier-none = Nee
answer-language_barrier-some = Soms
answer-language_barrier-strong = Ja, sterk
question-home_privacy = Is er thuis afleiding, of zijn er andere mensen?
question-home_privacy-hint = Als anderen meeluisteren, kan iemand niet vrijuit praten.
answer-home_privacy-private = Kan alleen zijn
answer-home_privacy-some_distractions = Wat afleiding
answer-home_privacy-others_present = Meestal zijn er anderen bij
question-safe_to_speak = Kan het gezinslid online veilig en vertrouwelijk praten?
question-safe_to_speak-hint = Vraag het rechtstreeks, en spreek een teken af voor „Ik kan nu niet vrijuit praten”.
answer-safe_to_speak-yes = Ja
answer-safe_to_speak-no = Nee
question-distance = Hoe ver weg woont het gezinslid?
question-distance-hint = Denk aan de reistijd en de reiskosten voor het gezinslid.
answer-distance-near = Dichtbij
answer-distance-far = Ver weg
question-mobility = Wordt het gezinslid beperkt door ziekte of slechte mobiliteit?
question-mobility-hint = Bij het reizen of bij het gebruik van apparaten.
answer-mobility-none = Nee
answer-mobility-limits_travel = Het beperkt het reizen
answer-mobility-limits_devices = Het beperkt het gebruik van apparaten
question-met_in_person = Hebt u elkaar persoonlijk ontmoet?
question-met_in_person-hint = Eerst elkaar ontmoeten helpt om vertrouwen op te bouwen en om te weten met wie u praat.
answer-met_in_person-yes = Ja
answer-met_in_person-no = Nog niet
question-trust = Hoeveel vertrouwen is er tussen u beiden?
question-trust-hint = Vertrouwen dat persoonlijk is opgebouwd, werkt online door.
answer-trust-established = Opgebouwd
answer-trust-building = Groeit
answer-trust-low = Laag
contact-first_contact = Eerste contact
modality-not-enough-known = Nog te weinig bekend
modality-lean-for-digital = Voor: wijst naar online
modality-lean-for-face_to_face = Voor: wijst naar persoonlijk
modality-lean-against-digital = Tegen: wijst naar online
modality-lean-against-face_to_face = Tegen: wijst naar persoonlijk
modality-lean-toward-digital = Wijst naar online
modality-lean-toward-face_to_face = Wijst naar persoonlijk
modality-lean-rules-out = Sluit uit: { $what }
modality-ruled-out = Uitgesloten door de antwoorden: { $what }
modality-find-out = Er is nog te weinig bekend voor een voorstel. Zoek eerst uit:
modality-also-find-out = Zoek ook uit voordat u hierop vertrouwt:
modality-choose = — Kies —
modality-error-choose = Kies hoe u contact houdt voor: { $kinds }
modality-suggested = Voorgesteld
modality-differs-short = wijkt af
modality-answers = De antwoorden
modality-answers-hint = Ga om antwoorden te wijzigen terug naar hun deel van het gesprek; het voorstel wordt opnieuw bepaald.
modality-change = Wijzigen: { $section }
modality-prefilled = Ingevuld vanuit het gezinsdossier; pas het aan als het niet klopt.
modality-section-1 = Openheid voor online contact
modality-section-2 = Waar het contact over gaat
modality-section-3 = Apparaat, verbinding en vaardigheden
modality-section-4 = Detentie en taal
modality-section-5 = Privacy en veiligheid
modality-section-6 = Afstand en gezondheid
modality-section-7 = Ontmoeting, vertrouwen en identiteit
arrange-low_threshold_first_contact = Overweeg per geval een laagdrempelig eerste contact online (een bericht of een kort gesprek)
question-matters = Hoe gevoelig of ingewikkeld zijn de zaken die besproken moeten worden?
question-matters-hint = Zeer gevoelige of ingewikkelde zaken bespreekt u het best persoonlijk.
answer-matters-everyday = Alledaagse zaken
answer-matters-uncomfortable = Ongemakkelijk voor het gezinslid
answer-matters-sensitive_or_complex = Zeer gevoelig of ingewikkeld
question-easier_from_home = Deelt het gezinslid pijnlijke onderwerpen makkelijker vanuit de eigen omgeving?
question-easier_from_home-hint = Sommigen praten thuis makkelijker; anderen hebben een persoonlijke ontmoeting nodig.
answer-easier_from_home-yes = Ja, vanuit de eigen omgeving
answer-easier_from_home-no = Nee, liever persoonlijk
answer-connection-none = Geen verbinding
question-private_space_agreed = Hebt u een ongestoorde plek en een teken voor „Ik kan nu niet vrijuit praten” afgesproken?
question-private_space_agreed-hint = Alleen dan kan gevoelig online contact veilig zijn voor iemand die niet altijd alleen is.
answer-private_space_agreed-yes = Ja, afgesproken en geprobeerd
answer-private_space_agreed-no = Nog niet
question-identity = Is de identiteit van het gezinslid gecontroleerd?
question-identity-hint = Vastgelegd op de pagina van het gezinslid: persoonlijk ontmoet, via video gecontroleerd of documenten bekeken.
answer-identity-verified = Gecontroleerd
answer-identity-not_verified = Niet gecontroleerd
member-verification-intro = Hoe u weet wie deze persoon is. Het beslishulpmiddel gebruikt dit.
nav-modality-rules = Regels van de keuzehulp
modality-rules-title = Regels van de keuzehulp persoonlijk of online
modality-rules-intro = De regels die de antwoorden van een gezinslid omzetten in een voorstel voor elke soort contact. Elke regel noemt de antwoorden waarop die reageert, wat die voorstelt en de reden die wordt getoond. Ontbreekt een reden in een andere taal, dan wordt de Engelse tekst getoond.
modality-rules-count = { $count ->
    [one] { $count } regel
   *[other] { $count } regels
}
modality-rules-saved = De regels zijn opgeslagen. Nieuwe gesprekken gebruiken deze regels; eerdere beslissingen blijven zoals ze zijn genomen.
rules-is-default = Uw organisatie gebruikt de standaardversie van Hearth. Als u opslaat, wordt deze tekst uw eigen versie.

## Veiligheid van het gezinsportaal
quick-exit = Snel weg van deze site
quick-exit-hint = (of druk twee keer op Esc)
nav-portal = Gezinsportaal
portal-settings-title = Gezinsportaal
portal-settings-intro = Gezinsleden gebruiken soms een gedeelde telefoon of worden thuis misschien in de gaten gehouden. Een neutrale naam verbergt waar de site over gaat; de knop om snel weg te gaan leidt naar een gewone website.
portal-discreet-name = Neutrale naam die gezinsleden te zien krijgen
portal-discreet-hint = Bijvoorbeeld „Notities” of „Studieplanner”. Laat dit veld leeg om Hearth te tonen.
portal-exit-url = Website die opent als iemand snel weggaat
portal-exit-hint = Een gewoon adres dat met https:// begint, zoals een weer- of nieuwssite. Laat dit veld leeg voor Wikipedia.
portal-error-name = De neutrale naam mag hoogstens 40 tekens hebben.
portal-error-url = Vul een adres in dat met https:// begint.

## Afspraken voor online contact
agreement-link = Afspraken voor online contact
agreement-title = Afspraken voor online contact
agreement-heading = Afspraken voor online contact met { $name }
agreement-in-force = De afspraken die nu gelden
agreement-none = Nog geen afspraken. Maak afspraken over online contact voordat het begint: vul hieronder de keuzes in en loop de tekst daarna samen door.
agreement-new = De afspraken opstellen
agreement-renew = Een nieuwe versie opstellen
agreement-make = De afspraken opstellen
agreement-earlier = Eerdere versies
agreement-renewal = Uw organisatie heeft een nieuwe versie van de afspraken voor online contact gepubliceerd. Stel op basis daarvan nieuwe afspraken op en loop ze samen opnieuw door.
agreement-waiting = Wacht op toestemming van het gezinslid
agreement-accepted-portal = Akkoord gegeven in het gezinsportaal op { $name }
agreement-accepted-verbal = Mondeling akkoord, vastgelegd op { $name }: { $detail }
agreement-verbal = Mondelinge toestemming vastleggen
agreement-verbal-hint = Wanneer en hoe, bijvoorbeeld „samen gelezen tijdens het huisbezoek op 24 november, akkoord”.
agreement-verbal-submit = Toestemming vastleggen
agreement-error-choice = Vul in: { $name }.
agreement-error-verbal = Schrijf op wanneer en hoe de toestemming is gegeven.
agreement-template-title = Sjabloon voor de afspraken voor online contact
agreement-template-intro = Het sjabloon waarmee alle afspraken worden opgesteld. Elke bepaling gaat over een van de verplichte onderwerpen; de hulpverlener vult voor elk gezinslid de keuzes tussen accolades in. Publiceren maakt een nieuwe versie; afspraken die met een oudere versie zijn opgesteld, worden gemarkeerd om te vernieuwen.
agreement-template-version = Versie { $version }
agreement-template-published = Versie { $version } is gepubliceerd.
nav-agreement-template = Sjabloon voor afspraken
choice-account_users = Wie het account van het gezinslid mag gebruiken
choice-signal = Het afgesproken teken voor „Ik kan nu niet vrijuit praten”
choice-reconnect = Wat er gebeurt als de verbinding wegvalt (wie belt wie, hoe, binnen hoeveel minuten)
choice-translator = Tolk (naam, of „geen”)
choice-availability = Wanneer de hulpverlener bereikbaar is
choice-urgent_contacts = Contactgegevens voor dringende zaken buiten die uren
choice-retention = Hoe lang notities worden bewaard
clause-recordings = Opnames
clause-cameras = Camera’s
clause-account_use = Wie uw account gebruikt
clause-private_space = Een ongestoorde plek
clause-connection_drop = Als de verbinding wegvalt
clause-translator = Tolk
clause-availability = Wanneer wij bereikbaar zijn
clause-confidentiality_limits = Grenzen aan de vertrouwelijkheid
clause-storage = Wat we bewaren, en hoe lang
portal-availability = Uw hulpverlener is bereikbaar: { $name }.
portal-urgent = Bij dringende zaken buiten die uren: { $name }
portal-agreement-heading = Onze afspraken voor online contact
portal-agreement-accept = Ik heb dit gelezen en ik ga akkoord
audit-family-agreement-made = Afspraken voor online contact opgesteld
audit-family-agreement-accepted = Toestemming voor de afspraken voor online contact

## Gesprekken, grenzen voor welzijn en nazorg
nav-calendar = Agenda
nav-workload = Mijn werklast
nav-team = Team
nav-on-call = Bereikbaarheidsdienst
nav-wellbeing = Welzijnsbeleid
session-new-title = Een gesprek plannen
session-title = Gesprek
session-mode = Hoe
session-mode-in-person = Persoonlijk
session-mode-video = Videogesprek
session-mode-phone = Telefoongesprek
session-mode-chat = Chat
session-mode-group = Groepsbijeenkomst
session-contact-kind = Soort contact
session-contact-kind-hint = Hearth vergelijkt de vorm met de beslissing die met elk gezinslid is genomen voor dit soort contact.
session-members = Gezinsleden die meedoen
session-no-members = Voeg eerst gezinsleden toe aan het dossier.
session-decision = Beslissing: persoonlijk of online
session-no-decision = nog geen beslissing vastgelegd
session-agreement = Afspraken voor online contact
session-agreement-accepted = akkoord gegeven op { $when }
session-agreement-not-accepted = opgesteld, nog geen akkoord
session-agreement-none = nog geen
session-colleagues = Andere hulpverleners die meedoen
session-starts-at = Begint ({ $name })
session-minutes = Duur in minuten
session-place = Plaats of link voor het gesprek
session-place-hint = Een adres voor een persoonlijk gesprek, of de link of het nummer voor een gesprek op afstand. Gezinsleden zien dit in hun herinnering.
session-override-reason = Waarom dit gesprek niet kan wachten
session-override-reason-hint = Minstens 10 tekens. Uw leidinggevende ziet de reden op de teampagina.
session-submit = Gesprek plannen
session-submit-anyway = Toch plannen
session-submit-override = Plannen boven de grens
session-refused = Dit gesprek gaat over een welzijnsgrens heen:
session-override-hint = Kies een ander tijdstip, of geef een reden om het toch te plannen.
session-warnings = Controleer dit voordat u plant:
session-warning-decision = { $member }: de beslissing voor dit soort contact is „{ $detail }”.
session-warning-agreement = { $member } heeft nog geen akkoord gegeven op afspraken voor online contact.
session-error-mode = Kies hoe het gesprek plaatsvindt.
session-error-contact-kind = Kies wat voor contact dit is.
session-error-start = Vul het begin in als datum en tijd.
session-error-past = Het begin ligt in het verleden.
session-error-minutes = Vul een duur in van 5 tot 480 minuten.
session-error-place = Vul de plaats of de link voor het gesprek in (hoogstens 500 tekens).
session-error-members = Kies minstens één gezinslid.
session-error-override-reason = Schrijf een reden van minstens 10 tekens.
session-error-outcome = Kies hoe het gesprek is afgelopen.
session-error-outcome-recorded = Hoe dit gesprek is afgelopen, is al vastgelegd.
session-when = Wanneer
session-duration = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
session-staff = Hulpverleners
session-outcome = Afloop
session-outcome-title = Hoe is het gesprek afgelopen?
session-outcome-held = Gehouden
session-outcome-cancelled = Afgezegd
session-outcome-no-show = Niet gekomen
session-outcome-ended-abruptly = Plotseling afgebroken
session-note = Notitie voor het gezinsdossier
session-note-hint = Niet verplicht. Wordt versleuteld bewaard op de tijdlijn van het gezin, zoals elke notitie.
session-outcome-submit = Afloop vastleggen
session-overridden = Gepland boven een welzijnsgrens: { $detail }.
concern-day-off = Het is een vrije dag.
concern-not-a-working-day = Het is geen werkdag.
concern-outside-hours = Het valt buiten de werktijden ({ $from }–{ $to }).
concern-day-limit = { $count ->
    [one] Op die dag staat al het maximum van { $count } gesprek.
   *[other] Op die dag staat al het maximum van { $count } gesprekken.
}
concern-week-limit = { $count ->
    [one] In die week staat al het maximum van { $count } gesprek.
   *[other] In die week staat al het maximum van { $count } gesprekken.
}
concern-last-of-day = { $count ->
    [one] Dit is het laatste gesprek dat op die dag mag (maximaal { $count }).
   *[other] Dit is het laatste gesprek dat op die dag mag (maximaal { $count }).
}
concern-last-of-week = { $count ->
    [one] Dit is het laatste gesprek dat in die week mag (maximaal { $count }).
   *[other] Dit is het laatste gesprek dat in die week mag (maximaal { $count }).
}
concern-break-too-short = Maar { $count ->
    [one] één minuut
   *[other] { $count } minuten
} tussen de gesprekken; de kortste pauze is { $required ->
    [one] één minuut.
   *[other] { $required } minuten.
}
concern-overlap = Het overlapt met een ander gesprek.
concern-short-day-off = vrije dag
concern-short-not-a-working-day = geen werkdag
concern-short-outside-hours = buiten werktijd
concern-short-day-limit = daggrens
concern-short-week-limit = weekgrens
concern-short-last-of-day = laatste van de dag
concern-short-last-of-week = laatste van de week
concern-short-break-too-short = pauze te kort
concern-short-overlap = gesprekken overlappen
checklist-title = Voordat u begint
checklist-intro = Loop deze punten met het gezin door aan het begin van het gesprek.
checklist-legend = Afgesproken bij het begin
checklist-private-space = Iedereen is op een plek waar niemand anders kan meeluisteren.
checklist-no-recording = Niemand neemt het gesprek op.
checklist-camera = Er is afgesproken hoe het met de camera gaat.
checklist-connection-drop = We weten wat we doen als de verbinding wegvalt.
checklist-more-questions = Ik stel misschien meer vragen dan als we tegenover elkaar zitten, omdat ik minder zie.
checklist-agreed = In de afspraken
checklist-submit = Alle punten besproken
checklist-done = Checklist afgerond op { $when }.
checklist-error = Vink elk punt aan zodra het besproken is.
translator-section = Tolk
translator-none = Geen tolk uitgenodigd.
translator-hint = De tolk krijgt een e-mail met een eenmalige link om een geheimhoudingsverklaring te accepteren. De plaats of de link voor het gesprek wordt pas daarna getoond.
translator-submit = Tolk uitnodigen
translator-pending = geheimhoudingsverklaring nog niet geaccepteerd
translator-accepted = geheimhoudingsverklaring geaccepteerd op { $when }
translator-error-name = Vul de naam van de tolk in (hoogstens 200 tekens).
translator-error-email = Vul een e-mailadres in, zoals name@example.org.
translator-error-ended = Dit gesprek is afgelopen.
translator-title = Tolken bij een begeleidingsgesprek
translator-undertaking-title = Geheimhoudingsverklaring
translator-undertaking-confidential = Alles wat ik in dit gesprek hoor of lees, houd ik geheim, ook na het gesprek.
translator-undertaking-no-records = Ik maak geen opnames, notities of kopieën, en ik bewaar achteraf niets.
translator-undertaking-faithful = Ik vertaal getrouw en volledig, zonder mijn eigen mening toe te voegen.
translator-undertaking-conflict = Ik vertel het de hulpverlener meteen als ik het gezin ken of als er een ander belangenconflict is.
translator-accept = Ik accepteer deze verklaring
translator-accept-submit = Accepteren en de gegevens tonen
translator-error-accept = Vink het vakje aan om de verklaring te accepteren.
translator-thanks = Dank u wel. U krijgt vóór het gesprek een herinnering. Deze link werkt nu niet meer.
translator-email-subject = Verzoek om te tolken bij een gesprek
translator-email-body = Beste { $name },

    U wordt gevraagd te tolken bij een gesprek op { $when } ({ $detail }).

    Voordat u de gegevens krijgt, vragen we u de geheimhoudingsverklaring te lezen en te accepteren:
    { $to }

    De link werkt één keer.
reminder-email-subject = Herinnering aan uw afspraak
reminder-email-body = Dit is een herinnering aan uw afspraak op { $when }.

    Hoe: { $detail }
    Waar: { $to }

    Kunt u niet komen? Laat het dan uw contactpersoon weten.
reminder-email-body-translator = Dit is een herinnering aan het gesprek waarbij u tolkt op { $when }.

    Hoe: { $detail }
    Waar: { $to }
aftercare-title = Nazorg
aftercare-due = uiterlijk { $when }
aftercare-due-label = Uiterlijk
aftercare-after = Na het gesprek van { $when }
aftercare-done = gedaan
aftercare-overdue = te laat
aftercare-complete = Het nazorgcontact vastleggen
aftercare-completed = Nazorgcontact vastgelegd op { $when }.
aftercare-session = Gesprek
aftercare-channel = Hoe de persoon het liefst contact heeft
aftercare-channel-unknown = Niet vastgelegd; zie het gezinsdossier.
aftercare-how = Hoe gaat het met de persoon?
aftercare-how-hint = Een paar woorden zijn genoeg. Wordt versleuteld bewaard.
aftercare-more-help = Is er meer hulp geregeld?
aftercare-more-help-yes = Ja
aftercare-more-help-no = Nee
aftercare-submit = Nazorgcontact vastleggen
aftercare-error-answer = Schrijf kort op hoe het met de persoon gaat (hoogstens 4000 tekens).
aftercare-error-more-help = Geef aan of er meer hulp is geregeld.
aftercare-error-done = Dit nazorgcontact is al vastgelegd.
family-sessions = Gesprekken
family-sessions-empty = Nog geen gesprekken. Plan het eerste gesprek zodra u met het gezin een tijdstip hebt afgesproken.
family-session-new = Een gesprek plannen
family-follow-ups-empty = Geen nazorg. Na een online gesprek, of een gesprek dat plotseling is afgebroken, verschijnt hier een nazorgcontact.
home-today = Vandaag
home-today-empty = Vandaag geen gesprekken.
home-calendar = Uw agenda
home-follow-ups-empty = Er wacht geen nazorg.
portal-sessions-heading = Uw afspraken
portal-sessions-empty = Er zijn geen afspraken gepland.
portal-away = { $name } werkt op dit moment niet.
portal-away-until = { $name } is afwezig tot { $when }.
portal-on-call = Is het dringend? Neem dan contact op met { $name }.
calendar-title = Agenda
calendar-day = Dag
calendar-week = Week
calendar-week-of = Week van { $when }
calendar-zone = Tijden in { $name }.
calendar-navigation = Door de agenda bladeren
calendar-previous = Vorige
calendar-next = Volgende
calendar-today = Vandaag
calendar-free = Geen gesprekken.
calendar-back = Terug naar de agenda
calendar-feed-link = Agendafeed voor uw telefoon
calendar-feed-title = Agendafeed
calendar-feed-intro = Zet uw gesprekken in de agenda-app die u al gebruikt. Het adres is geheim: iedereen die het heeft, kan uw gesprekken zien. Deel het dus niet. U kunt het altijd vervangen of intrekken.
calendar-feed-issued = Kopieer dit adres nu naar uw agenda-app. Het wordt maar één keer getoond.
calendar-feed-active = Uw feed is actief. De afspraken heten „Hearth-gesprek” en bevatten geen namen.
calendar-feed-active-names = Uw feed is actief en toont de namen van gezinnen.
calendar-feed-none = U hebt geen agendafeed.
calendar-feed-new = Nieuw feedadres
calendar-feed-show-names = Namen van gezinnen tonen in de titels van afspraken
calendar-feed-show-names-hint = Zet dit uit als anderen de agenda op uw telefoon kunnen zien.
calendar-feed-issue = Een nieuw adres maken (het oude werkt dan niet meer)
calendar-feed-revoke = De feed intrekken
calendar-feed-event = Hearth-gesprek ({ $detail })
calendar-feed-name = Hearth-gesprekken
limits-title = Mijn grenzen
limits-intro = Stel strengere grenzen in dan die van uw organisatie, als u dat nodig hebt. De strengste van de twee geldt altijd.
limits-organisation-summary = Uw organisatie: { $detail }; hoogstens { $count } gesprekken per dag en { $size } per week; pauzes van { $from } minuten.
limits-clear = De grenzen van de organisatie gebruiken
wellbeing-policy-title = Welzijnsbeleid
wellbeing-policy-intro = Online werk loopt makkelijk door over de hele dag. Deze grenzen gelden voor elke hulpverlener. Voor gesprekken daarbuiten is een geschreven reden nodig, die leidinggevenden zien.
wellbeing-time-zone = Tijdzone
wellbeing-time-zone-hint = Een naam uit de tijdzonedatabase, zoals Europe/Amsterdam.
wellbeing-hours = Werktijden
wellbeing-hours-hint = Laat beide tijden leeg voor een dag waarop niet wordt gewerkt.
wellbeing-from = { $name } van
wellbeing-to = { $name } tot
wellbeing-max-per-day = Maximumaantal begeleidingsgesprekken per dag
wellbeing-max-per-week = Maximumaantal begeleidingsgesprekken per week
wellbeing-min-break = Kortste pauze tussen gesprekken (minuten)
wellbeing-days-off = Vrije dagen
wellbeing-days-off-hint = Eén datum per regel, zoals 2026-12-25.
wellbeing-aftercare-hours = Nazorg binnen (uren)
wellbeing-reminder-hours = Herinneringen aan gezinnen (uren vooraf)
wellbeing-reminder-hours-hint = Hoogstens drie getallen, zoals 24, 2. Laat leeg voor geen herinneringen.
wellbeing-save = Opslaan
wellbeing-error-hours = { $name }: vul een begin en een einde in, met het einde na het begin.
wellbeing-error-per-day = Vul een maximum per dag in van 1 tot { $count }.
wellbeing-error-per-week = Vul een maximum per week in van 1 tot { $count }.
wellbeing-error-break = Vul een pauze in van 0 tot { $count } minuten.
wellbeing-error-days-off = Schrijf elke vrije dag als een datum, zoals 2026-12-25.
wellbeing-error-zone = Vul een bekende tijdzone in, zoals Europe/Amsterdam.
wellbeing-error-aftercare = Vul 1 tot { $count } uur in.
wellbeing-error-reminders = Vul hoogstens drie aantallen uren in, tussen 1 en 168.
weekday-0 = Maandag
weekday-1 = Dinsdag
weekday-2 = Woensdag
weekday-3 = Donderdag
weekday-4 = Vrijdag
weekday-5 = Zaterdag
weekday-6 = Zondag
on-call-title = Bereikbaarheidsdienst
on-call-intro = Wie dringende contacten buiten werktijd opvangt. Tijden in { $name }.
on-call-empty = In de komende periode heeft niemand bereikbaarheidsdienst.
on-call-who = Wie
on-call-from = Van
on-call-to = Tot
on-call-now = nu
on-call-remove = Verwijderen
on-call-remove-who = Ja, de dienst van { $name } verwijderen
on-call-add = Een dienst toevoegen
on-call-add-submit = Dienst toevoegen
on-call-error-who = Kies wie bereikbaarheidsdienst heeft.
on-call-error-times = Vul een begin en een einde in, met het einde na het begin en hoogstens 14 dagen later.
workload-title = Mijn werklast
team-title = Werklast van het team
team-intro = Voor de supervisie: gesprekken tegenover de grenzen, gesprekken boven de grenzen, werk buiten werktijd en openstaande nazorg.
team-empty = Er zit nog niemand in uw team.
workload-week-of = Week van { $when }
workload-sessions-week = Gesprekken deze week
workload-busiest-day = Drukste dag
workload-of-limit = { $count } van { $size }
workload-outside-hours = Gesprekken buiten werktijd
workload-follow-ups = Openstaande nazorg
workload-follow-ups-count = { $open } open, { $overdue } te laat
workload-per-day = Gesprekken per dag
workload-overrides = Boven de grenzen
workload-no-overrides = Deze week geen gesprekken boven de grenzen.
notification-follow-up-due = Er moet een nazorgcontact plaatsvinden met { $family }.
notification-follow-up-overdue = Het nazorgcontact van { $name } met { $family } is te laat.
notification-guardrail-overridden = { $name } heeft een gesprek gepland boven een welzijnsgrens.
notifications-email-title = E-mail
notifications-email-intro = Hearth kan u ook een e-mail sturen als er iets nieuws is. De e-mail noemt nooit een gezin of een persoon, en wordt alleen binnen uw werktijden verstuurd, of als u bereikbaarheidsdienst hebt.
notifications-email-on = Mij een e-mail sturen bij nieuwe meldingen
notifications-email-save = Opslaan
notification-email-subject = Er staat iets voor u klaar in Hearth
notification-email-body = { $detail }

    Log in om het te zien: { $to }
notification-email-break-glass = Een collega heeft een gezinsdossier geopend via noodtoegang.
notification-email-assessment-submitted = Er wacht een inschatting op uw toetsing.
notification-email-assessment-returned = Er is een inschatting naar u teruggestuurd.
notification-email-follow-up-due = Er moet een nazorgcontact na een gesprek plaatsvinden.
notification-email-follow-up-overdue = Een nazorgcontact in uw team is te laat.
notification-email-guardrail-overridden = Er is een gesprek gepland boven een welzijnsgrens.
audit-family-session-scheduled = Gesprek gepland
audit-family-session-guardrail-overridden = Gesprek gepland boven een welzijnsgrens
audit-family-session-viewed = Gesprek gelezen
audit-family-session-checklist-completed = Checklist aan het begin van een gesprek afgerond
audit-family-session-outcome-recorded = Afloop van een gesprek vastgelegd
audit-family-translator-invited = Tolk uitgenodigd
audit-family-translator-undertaking-accepted = Een tolk heeft de geheimhoudingsverklaring geaccepteerd
audit-family-follow-up-completed = Nazorgcontact vastgelegd
calendar-feed-revoke-confirm = Agenda-apps die dit adres gebruiken, tonen uw gesprekken dan niet meer.
calendar-feed-revoke-submit = Ja, de feed intrekken
session-error-not-started = Het gesprek is nog niet begonnen; voordat het begint, kan het alleen worden afgezegd.
member-reminders-title = Herinneringen aan gesprekken
member-reminders-intro = Een herinnering zegt alleen wanneer en hoe een gesprek plaatsvindt. Zonder adres hier gaat ze naar het portaalaccount van het gezinslid, als dat er is.
member-reminder-email = E-mailadres voor herinneringen
member-reminder-email-hint = Niet verplicht. Laat leeg om het adres van het portaalaccount te gebruiken.
member-reminder-language = Taal van de herinneringen
member-reminders-off = Geen herinneringen per e-mail (bijvoorbeeld als iemand anders deze e-mail leest)
member-reminders-save = Instellingen voor herinneringen opslaan
member-reminders-saved = De instellingen voor herinneringen zijn opgeslagen.
member-reminder-error-email = Vul een e-mailadres in, zoals naam@example.org, of laat het leeg.
notification-outcome-missing = Een gesprek met { $family } is afgelopen; leg vast hoe het ging, zodat de nazorg kan beginnen.
notification-email-outcome-missing = Een gesprek is afgelopen zonder vastgelegde uitkomst.

families-count = { $count ->
    [one] { $count } gezin
   *[other] { $count } gezinnen
}
pager-label = Pagina's
pager-previous = Vorige pagina
pager-next = Volgende pagina
pager-position = Pagina { $page } van { $pages }

## Gesprekken met het gezin
conversations-heading = Gesprekken
conversations-empty = Nog geen gesprekken.
conversations-no-accounts = Hier kunt u schrijven naar gezinsleden met een account op het portaal. Nodig eerst een gezinslid uit voor het portaal.
conversation-start = Een gesprek beginnen
conversation-start-with = Schrijven aan
conversation-error-members = Kies ten minste één gezinslid met een account op het portaal.
conversation-title = Gesprek
conversation-with = Met { $names }
conversation-last = Laatste bericht { $when }
conversation-unseen = { $count ->
    [one] 1 nieuw bericht
   *[other] { $count } nieuwe berichten
}
conversation-empty = Nog geen berichten. Schrijf hieronder het eerste.
conversations-back = Terug naar uw gesprekken
portal-conversations-title = Uw gesprekken
nav-conversations = Gesprekken
portal-conversations-empty = Nog geen gesprekken. Uw begeleider kan hier een gesprek met u beginnen.
message-urgent-hint = Markeer het alleen als dringend als het niet kan wachten: het gaat dan naar wie nu dienst heeft.
message-text = Bericht
message-send = Versturen
message-error-empty = Schrijf een bericht voordat u het verstuurt.
message-error-too-long = Een bericht mag hoogstens 4.000 tekens hebben. Maak het korter of verdeel het over twee berichten.
message-urgent = Dringend
message-corrected = Gecorrigeerd
message-earlier = Eerdere tekst
message-correct = Dit bericht corrigeren
message-correct-submit = Correctie opslaan
message-correct-explain = De correctie wordt als correctie getoond; de eerdere tekst blijft zichtbaar voor iedereen in het gesprek.
message-seen-by = Gezien door { $names }
message-new-from = Nieuw bericht van { $name }
message-automatic = Hearth (automatisch antwoord)

# Telling people about messages
notification-message-received = { $name } schreef in een gesprek met { $family }.
notification-urgent-message = { $name } ({ $family }) stuurde een bericht gemarkeerd als dringend.
notification-email-message-received = Een gezinslid heeft u geschreven.
notification-email-urgent-message = Een gezinslid heeft een bericht gestuurd dat als dringend is gemarkeerd.
message-email-subject = U hebt een nieuw bericht
message-email-body = U hebt een nieuw bericht in { $site }. Log in om het te lezen: { $to }

    U kunt deze e-mails uitzetten op uw accountpagina.
message-emails-legend = E-mail over nieuwe berichten
message-emails-label = Mail mij als ik een nieuw bericht heb (de e-mail zegt nooit wat erin staat)
message-emails-save = Opslaan

# Quick answers
nav-quick-answers = Snelle antwoorden
nav-answers = Antwoorden
quick-answers-title = Snelle antwoorden
quick-answers-intro = Korte antwoorden op praktische vragen die gezinnen vaak stellen: paspoorten, papierwerk, bezoek in de gevangenis, wie te bellen. Gezinsleden lezen ze in het portaal; hulpverleners zetten ze in antwoorden.
quick-answers-empty = Nog geen snelle antwoorden. Voeg het eerste toe.
quick-answer-new-title = Een snel antwoord toevoegen
quick-answer-edit-title = Een snel antwoord bewerken
quick-answers-back = Terug naar snelle antwoorden
quick-answer-form-intro = Schrijf de vraag en het antwoord in elke taal die u kunt; laat een taal leeg als die nog niet geschreven is. Gezinsleden zien het in hun eigen taal als die er is.
quick-answer-question = Vraag
quick-answer-answer = Antwoord
quick-answer-remove-title = Dit snelle antwoord verwijderen
quick-answer-remove-explain = „{ $title }” wordt niet meer aan gezinsleden getoond of in antwoorden aangeboden. Berichten die het al gebruikten, houden hun tekst.
quick-answer-remove-confirm = Verwijderen
quick-answer-error-incomplete = Schrijf zowel de vraag als het antwoord, of laat beide leeg.
quick-answer-error-title-long = De vraag mag hoogstens 120 tekens lang zijn.
quick-answer-error-body-long = Het antwoord mag hoogstens 2.000 tekens lang zijn.
quick-answer-error-intro = Enkele talen vragen aandacht; zie hieronder.
quick-answer-error-empty = Schrijf de vraag en het antwoord in minstens één taal.
portal-answers-title = Antwoorden op veelgestelde vragen
portal-answers-intro = Praktische antwoorden van uw begeleiders. Staat uw vraag er niet bij, schrijf dan naar uw hulpverlener.
portal-answers-empty = Er staan hier nog geen antwoorden. U kunt uw hulpverlener elke vraag schrijven.
quick-answers-insert = Een snel antwoord invoegen
quick-answers-language = Ingevoegd in het { $language } waar het zo geschreven is.

# Conversations on the family timeline
timeline-conversation-day = Gesprek met { $names }: { $messages }, { $family }
timeline-conversation-messages = { $count ->
    [one] 1 bericht
   *[other] { $count } berichten
}
timeline-conversation-from-family = { $count ->
    [one] 1 van het gezin
   *[other] { $count } van het gezin
}

# Files sent in conversations
attach-heading = Een foto of pdf sturen
attach-file = Foto of pdf-bestand
attach-hint = JPEG, PNG of PDF, tot 10 MB. Verborgen gegevens in het bestand (zoals waar een foto is gemaakt) worden verwijderd.
attach-caption = Een paar woorden erbij (niet verplicht)
attach-submit = Het bestand sturen
attachment-error-kind = In een gesprek kunnen alleen foto's (JPEG, PNG) en pdf-bestanden worden gestuurd.

## Video calls
choice-reconnect_minutes = Hoeveel minuten we wachten tot een weggevallen videogesprek terugkomt, voordat het afgesproken alternatief geldt (1 tot 30)
agreement-error-reconnect-minutes = Het aantal minuten dat we wachten op een weggevallen videogesprek moet een heel getal van 1 tot 30 zijn.
call-title = Videogesprek
call-open = Het videogesprek openen
call-open-hint = Het videogesprek gaat 15 minuten voor het begin open en sluit 30 minuten na het geplande einde. Hearth neemt videogesprekken nooit op.
call-join-link = Deelnemen aan het videogesprek
call-translator-keep-link = Bewaar de link van deze knop: daarmee komt u in het videogesprek tot het gesprek is afgelopen.
call-translator-verified = Tolk: geheimhoudingsverklaring geaccepteerd via de eigen uitnodigingslink
call-back-to-session = Terug naar het gesprek
call-back-home = Terug naar de startpagina
call-back-translator = Terug naar de uitnodiging
call-not-video = Dit gesprek vindt niet via video plaats, dus er hoort geen videogesprek bij.
call-session-over = Dit gesprek is afgelopen; het videogesprek is gesloten.
call-not-yet = Het videogesprek gaat open op { $when }. Kom dan terug.
call-closed = De tijd voor dit videogesprek is voorbij.
call-needs-script = Voor videogesprekken is JavaScript nodig, maar dat staat uit in deze browser.
call-unsupported = Met deze browser kunt u geen videogesprekken voeren. Probeer een recente versie van Chrome, Firefox of Safari.
call-fallback = Wat we hebben afgesproken als een videogesprek niet lukt: { $fallback }
call-fallback-heading = Als de verbinding wegvalt:
call-check-title = Controleer uw camera, microfoon en geluid
call-check-intro = Nog niemand kan u zien of horen. Uw browser vraagt misschien of Hearth de camera en de microfoon mag gebruiken: kies dan „Toestaan”.
call-preview-label = Uw camera
call-mic-level = Microfoon: praat en kijk of de balk beweegt
call-sound-test = Een testgeluid afspelen
call-sound-hint = Hoort u geen toon? Zet het geluid harder of sluit een koptelefoon aan.
call-connection-measuring = Uw verbinding wordt gecontroleerd…
call-connection-good = Uw verbinding lijkt goed genoeg voor video.
call-connection-fair = Uw verbinding is waarschijnlijk goed genoeg voor video. Blijft het beeld hangen? Kies dan voor alleen geluid.
call-connection-weak = Uw verbinding lijkt zwak. Alleen geluid staat aan: dat werkt veel beter bij een zwakke verbinding.
call-connection-unknown = De verbinding kon niet worden gecontroleerd. U kunt wel deelnemen.
call-audio-only = Alleen geluid (geen camera)
call-audio-only-hint = Alleen geluid gebruikt veel minder data en blijft werken bij een zwakke verbinding.
call-device-ok = Camera en microfoon werken.
call-device-audio-only = De microfoon werkt; uw camera staat uit.
call-device-failed = Hearth kon uw camera of microfoon niet gebruiken. Controleer of de browser ze mag gebruiken, of gebruik het afgesproken alternatief.
call-start = Het videogesprek starten
call-ask-to-join = Vragen om deel te nemen
call-waiting-title = Wachtkamer
call-waiting-text = U bent in de wachtkamer. { $name } laat u zo binnen. Houd deze pagina open.
call-room-title = Het videogesprek
call-self-label = Uw eigen beeld
call-you = U
call-controls = Knoppen voor het videogesprek
call-mute = Microfoon uitzetten
call-unmute = Microfoon aanzetten
call-camera-off = Camera uitzetten
call-camera-on = Camera aanzetten
call-leave = Het videogesprek verlaten
call-end = Het videogesprek voor iedereen beëindigen
call-end-confirm-title = Het videogesprek beëindigen?
call-end-confirm-text = Iedereen verlaat het videogesprek. Daarna legt u de afloop vast op de pagina van het gesprek.
call-end-cancel = Het videogesprek voortzetten
call-weak-advice = De verbinding is zwak. Overschakelen naar alleen geluid helpt meestal.
call-switch-audio = Overschakelen naar alleen geluid
call-over-title = Het videogesprek is afgelopen
call-record-outcome = De afloop vastleggen op de pagina van het gesprek
call-lobby-title = Wachten om binnen te komen
call-nobody-waiting = Er wacht niemand.
call-present-title = In het videogesprek
call-admit = Binnenlaten
call-turn-away = Niet binnenlaten
call-connected = Verbonden
call-reconnecting = De verbinding is weggevallen. Opnieuw verbinden…
call-dropped-at = Verbinding weggevallen om
call-joined = Verbonden met
call-interrupted = De verbinding is om { $since } weggevallen. Is ze om { $until } niet terug, dan wordt het gesprek vastgelegd als plotseling afgebroken en wordt er een nazorgcontact gepland.
call-ended = Het videogesprek is afgelopen.
call-ended-abruptly = Het videogesprek viel weg en kwam niet op tijd terug. Het gesprek is vastgelegd als plotseling afgebroken; uw hulpverlener neemt contact met u op zoals afgesproken.
call-ended-abruptly-staff = Het videogesprek viel weg en kwam niet op tijd terug. Het gesprek is vastgelegd als plotseling afgebroken en er staat een vervolgafspraak op de pagina van het gesprek. Doe nu wat u hebt afgesproken:
call-turned-away = U bent niet binnengelaten in het videogesprek. Neem op de gewone manier contact op met uw hulpverlener.
call-full = Er zijn al vier mensen in het videogesprek; meer kunnen er niet bij.
call-replaced = Het videogesprek is geopend in een ander venster of op een ander apparaat.
call-left = U hebt het videogesprek verlaten.
call-lost = U hebt geen toegang meer tot dit videogesprek.
call-role-staff = hulpverlener
call-role-member = gezinslid
call-role-translator = tolk
call-sound-playing = Er wordt een testtoon afgespeeld.
call-checklist-saved = De checklist voor het begin is afgerond.
call-checklist-failed = De checklist is niet opgeslagen: vink elk punt aan en probeer het opnieuw.
call-terms-title = Wat we hebben afgesproken
call-no-recording = Niemand neemt dit videogesprek op: u niet en wij ook niet. Hearth kan helemaal niet opnemen.
call-terms-of = Afspraken met { $name }
call-signal = Teken voor „Ik kan nu niet vrijuit praten”:
call-reconnect-minutes = { $count ->
    [one] (We wachten { $count } minuut tot de verbinding terug is.)
   *[other] (We wachten { $count } minuten tot de verbinding terug is.)
}
call-no-agreement = Er gelden geen afspraken voor online contact. Spreek de regels voor het videogesprek mondeling af voordat u begint.
call-log-title = Het videogesprek
call-event-opened = Het videogesprek is geopend
call-event-waiting = { $name } is in de wachtkamer
call-event-admitted = { $name } is het videogesprek binnengekomen
call-event-turned_away = { $name } is niet binnengelaten
call-event-dropped = De verbinding van { $name } is weggevallen
call-event-restored = De verbinding van { $name } is terug
call-event-left = { $name } heeft het videogesprek verlaten
call-event-ended = Het videogesprek is beëindigd
call-event-ended_abruptly = Het videogesprek is plotseling afgebroken: de verbinding kwam niet op tijd terug

## Peer-support communities
nav-community = Community
community-title = Lotgenotengroepen
community-back = Terug naar de lotgenotengroepen
community-back-to-topic = Terug naar het onderwerp
community-manager-intro = Open groepen, wijs hun ervaringsdeskundigen aan, beslis over aanmeldingen en zorg dat elke vraag een antwoord krijgt.
community-new-group-title = Een nieuwe groep openen
community-group-settings-title = Instellingen van de groep
community-group-title = Groep
community-groups-heading = Groepen
community-no-groups-manager = Er zijn nog geen groepen. Open de eerste: geef de groep een thema, huisregels en ten minste één ervaringsdeskundige.
community-no-groups-member = U zit nog niet in een groep. Uw hulpverlener kan u uitnodigen, of u kunt zich hieronder aanmelden voor een groep.
community-applications-waiting = { $count ->
    [one] Er wacht één aanmelding op uw beslissing
   *[other] Er wachten { $count } aanmeldingen op uw beslissing
}
community-questions-waiting = { $count ->
    [one] Er wacht één vraag op een antwoord
   *[other] Er wachten { $count } vragen op een antwoord
}
community-stat-members = Leden
community-stat-open-questions = Open vragen
community-stat-first-reply = Mediane tijd tot de eerste reactie
community-stat-active = Leden die de afgelopen 30 dagen iets hebben geplaatst
community-stat-posts-week = Berichten per week (afgelopen 4 weken)
community-minutes = { $count ->
    [one] één minuut
   *[other] { $count } minuten
}
community-safety-notice = De mensen hier zijn gezinnen zoals het uwe. Ervaringsdeskundigen en de organisatie letten op de groepen, maar we kunnen niet beloven dat alles wat hier gezegd wordt ook hier blijft, of dat het goed is voor u. Deel geen namen, plaatsen of iets anders waaraan iemand te herkennen is. Maakt u zich nu zorgen over iemands veiligheid? Vraag dan om iemand om mee te praten.
community-help-link = Ik wil met iemand praten
community-notices-heading = Berichten van de community
community-new = Nieuw:
community-notice-post-hidden = Een moderator heeft een bericht van u in „{ $group }” verborgen. Waarom:
community-notice-question-waiting = Een vraag in „{ $group }” wacht al te lang op een antwoord.
community-notice-warned = Een moderator van „{ $group }” heeft u een waarschuwing gestuurd:
community-pseudonym-heading = Uw naam in de community
community-pseudonym-current = Andere leden zien u als { $pseudonym }.
community-pseudonym-none = Kies een naam voor in de groepen voordat u iets schrijft. Andere leden zien nooit uw echte naam.
community-pseudonym-label = Naam in de community
community-pseudonym-hint = 3 tot 30 letters, cijfers, spaties, punten of streepjes. Niet uw echte naam of een deel ervan.
community-pseudonym-save = Naam opslaan
community-error-pseudonym-taken = Iemand anders gebruikt deze naam al, of een naam die er hetzelfde uitziet. Kies een andere naam.
community-error-pseudonym-short = De naam moet minstens 3 tekens hebben.
community-error-pseudonym-long = De naam mag hoogstens 30 tekens hebben.
community-error-pseudonym-characters = Gebruik alleen letters, cijfers, spaties, punten, streepjes en lage streepjes.
community-error-pseudonym-real-name = Deze naam bevat uw echte naam. Kies een naam waaraan niemand u kan herkennen.
community-invitations-heading = Uitnodigingen
community-invitation-accept = Lid worden van deze groep
community-invitation-decline = Nee, dank u
community-my-groups-heading = Uw groepen
community-you-are-ambassador = U bent hier ervaringsdeskundige.
community-rules-to-accept = De huisregels zijn veranderd: lees en accepteer ze voordat u weer iets schrijft.
community-other-groups-heading = Andere groepen
community-my-applications-heading = Uw aanmeldingen
community-application-waiting = Wacht op een beslissing
community-application-approved = Goedgekeurd
community-application-declined = Afgewezen
community-digest-heading = E-mail als iemand reageert
community-digest-on = U krijgt een e-mail als iemand op uw onderwerpen reageert. Daarin staat nooit wat er geschreven is.
community-digest-off = U krijgt geen e-mail over de community.
community-digest-start = Stuur mij een e-mail bij reacties
community-digest-stop = Stop deze e-mails
community-group-name = Naam van de groep
community-group-purpose = Voor wie de groep is en waar hij over gaat
community-rules-title = Huisregels
community-rules-hint = Elk lid accepteert deze regels voor het eerste bericht. Zeg duidelijk wat welkom is, wat niet, en wat moderators doen.
community-rules-default = Wees vriendelijk: iedereen hier maakt iets moeilijks mee. Deel uw eigen ervaring, niet de verhalen van anderen. Plaats geen namen, plaatsen, foto’s of iets anders waaraan iemand te herkennen is. Geen haat, geen bedreigingen en geen ronselen. Moderators kunnen berichten verbergen die tegen deze regels ingaan, en vertellen u dan waarom. Maakt u zich zorgen over iemands veiligheid? Gebruik dan „Ik wil met iemand praten”.
community-rules-version = Versie { $count }
community-rules-new = Een nieuwe versie van de huisregels
community-rules-new-hint = Elk lid moet de nieuwe versie accepteren voordat het weer iets schrijft.
community-rules-publish = De nieuwe huisregels publiceren
community-ambassadors-heading = Ervaringsdeskundigen
community-no-ambassadors = Er zijn nog geen ervaringsdeskundigen in uw organisatie. Vraag de beheerder van uw organisatie om er een uit te nodigen.
community-error-name-missing = Geef de groep een naam.
community-error-name-long = De naam mag hoogstens 80 tekens hebben.
community-error-purpose-long = De beschrijving mag hoogstens 500 tekens hebben.
community-error-rules-empty = Schrijf de huisregels.
community-error-rules-short = De huisregels moeten minstens 20 tekens hebben.
community-error-rules-long = De huisregels mogen hoogstens 8.000 tekens hebben.
community-ambassadors-are = Ervaringsdeskundigen: { $names }
community-no-ambassador-yet = Deze groep heeft nog geen ervaringsdeskundige.
community-ambassador-unnamed = een ervaringsdeskundige die nog geen naam heeft
community-ambassador-label = { $name } (ervaringsdeskundige)
community-manager-label = { $name } (communitymanager)
community-author-gone = Een voormalig lid
community-moderation-title = Moderatielogboek
community-queue-title = Vragen en gemelde berichten
community-topics-heading = Onderwerpen
community-no-topics = Nog geen onderwerpen. Begin hieronder het eerste.
community-answered = Beantwoord
community-unanswered = Wacht op een antwoord
community-replies = { $count ->
    [one] één reactie
   *[other] { $count } reacties
}
community-new-topic = Een onderwerp beginnen
community-blocked-pseudonym = Kies eerst een naam voor in de community.
community-blocked-rules = Lees en accepteer eerst de huisregels.
community-blocked-muted = Een moderator heeft bepaald dat u tot { $until } niet in deze groep kunt schrijven.
community-blocked-not-member = U bent geen lid van deze groep.
community-blocked-go = Ga erheen
community-topic-title-label = Titel
community-post-label = Uw bericht
community-post-hint = Schrijf in elke taal die u wilt. **vet** en _cursief_ werken; begin regels met „- ” voor een lijst.
community-topic-is-question = Dit is een vraag
community-topic-submit = Onderwerp plaatsen
community-topic-title = Onderwerp
community-error-title-empty = Geef het onderwerp een titel.
community-error-title-short = De titel moet minstens 3 tekens hebben.
community-error-title-long = De titel mag hoogstens 150 tekens hebben.
community-error-post-empty = Schrijf een bericht.
community-error-post-short = Schrijf een bericht.
community-error-post-long = Een bericht mag hoogstens 8.000 tekens hebben.
community-rules-changed = De huisregels zijn veranderd sinds u ze voor het laatst hebt geaccepteerd.
community-rules-accept-label = Ik heb de huisregels gelezen en ik houd me eraan.
community-rules-accept = De huisregels accepteren
community-apply-title = Aanmelden voor de groep
community-apply-intro = De communitymanager leest uw antwoord en beslist. U ziet de beslissing op de communitypagina.
community-apply-label = Waarom wilt u lid worden van deze groep?
community-apply-submit = Aanmelding versturen
community-error-application-empty = Schrijf in een paar woorden waarom u lid wilt worden.
community-error-application-short = Schrijf minstens 10 tekens.
community-error-application-long = Het antwoord mag hoogstens 1.000 tekens hebben.
community-applications-title = Aanmeldingen
community-no-applications = Er wachten geen aanmeldingen op een beslissing.
community-decline-reason = Reden (nodig als u afwijst; de aanmelder leest deze)
community-approve = Goedkeuren
community-decline = Afwijzen
community-error-reason-empty = Schrijf de reden.
community-error-reason-short = De reden moet minstens 3 tekens hebben.
community-error-reason-long = De reden mag hoogstens 1.000 tekens hebben.
community-helpful = Dit hielp
community-post-hidden = Een moderator heeft dit bericht verborgen.
community-mark-helpful = Deze reactie hielp mij
community-flag-title = Melden bij de moderators
community-flag-intro = Vertel de moderators wat er mis is met dit bericht. De schrijver ziet niet wie het heeft gemeld.
community-flag-submit = Melding versturen
community-hide-title = Dit bericht verbergen
community-hide-intro = Het bericht wordt verborgen voor iedereen in de groep, en de schrijver krijgt de reden te zien die u opgeeft.
community-hide-submit = Bericht verbergen
community-reason-label = Reden
community-reply-heading = Reageren
community-reply-submit = Reactie plaatsen
community-unanswered-heading = Vragen zonder antwoord
community-no-unanswered = Elke vraag heeft een antwoord.
community-overdue = termijn verstreken
community-waited-hours = { $count ->
    [one] wacht al één uur
   *[other] wacht al { $count } uur
}
community-waited-days = { $count ->
    [one] wacht al één dag
   *[other] wacht al { $count } dagen
}
community-flags-heading = Gemelde berichten
community-no-flags = Geen gemelde berichten.
community-flag-reasons = Gemeld omdat:
community-open-topic = Onderwerp openen
community-dismiss = Bericht laten staan (meldingen sluiten)
community-no-moderation = In deze groep is nog niets gemodereerd.
community-log-when = Wanneer
community-log-what = Wat
community-log-by = Door
community-log-member = Lid
community-log-reason = Reden
community-moderation-hid = Bericht verborgen
community-moderation-edited = Bericht bewerkt
community-moderation-warned = Lid gewaarschuwd
community-moderation-muted = Lid tijdelijk geblokkeerd voor schrijven
community-moderation-removed = Lid verwijderd
community-moderation-flag-dismissed = Gemeld bericht laten staan
community-moderation-application-approved = Aanmelding goedgekeurd
community-moderation-application-declined = Aanmelding afgewezen
community-moderation-rules-published = Nieuwe huisregels gepubliceerd
community-settings-title = Antwoordtijden
community-settings-intro = Elke vraag verdient een antwoord. Wacht een vraag zo lang zonder reactie, dan krijgen de ervaringsdeskundigen van de groep bericht; later ook de communitymanager.
community-limit-ambassadors = Ervaringsdeskundigen bericht sturen na (uren)
community-limit-manager = Communitymanager bericht sturen na (uren)
community-error-limits-range = Elke tijd is een heel aantal uren, van 1 tot en met 336.
community-error-limits-order = De communitymanager krijgt later bericht dan de ervaringsdeskundigen.
community-help-title = Ik wil met iemand praten
community-help-urgent-heading = Als iemand nu in gevaar is
community-help-emergency = Bel meteen de hulpdiensten. Dit zijn de contacten die u met uw hulpverlener hebt afgesproken voor dringende momenten:
community-help-intro = Vraag om iemand om mee te praten: uw hulpverlener, of wie nu bereikbaarheidsdienst heeft, krijgt meteen bericht en neemt contact met u op zoals afgesproken. Er komt niets in een groep te staan.
community-help-ask = Vragen of iemand contact met mij opneemt
community-help-sent = Uw vraag is verstuurd. Iemand neemt contact met u op zoals afgesproken.
community-invite-heading = Lotgenotengroepen
community-invite-label = Uitnodigen voor een groep
community-invite-submit = Uitnodiging versturen
community-invite-no-groups = Er zijn nog geen lotgenotengroepen.
community-invite-needs-account = Een gezinslid heeft een account op het portaal nodig voordat het voor een groep kan worden uitgenodigd.
community-invite-invited = De uitnodiging is verstuurd. Het gezinslid ziet die op de eigen communitypagina.
community-invite-member = Dit gezinslid zit al in deze groep.
community-invite-waiting = Dit gezinslid is al uitgenodigd voor deze groep.
community-invite-no-account = Een gezinslid heeft een account op het portaal nodig voordat het voor een groep kan worden uitgenodigd.
notification-community-question-waiting = Een vraag in een lotgenotengroep heeft langer dan de termijn gewacht zonder antwoord.
notification-community-help-requested = { $name } heeft via de community gevraagd om iemand om mee te praten ({ $family }).
notification-email-community-question = Een vraag in een lotgenotengroep wacht op een antwoord.
audit-family-community-invitation-sent = Gezinslid uitgenodigd voor een lotgenotengroep
audit-family-community-help-requested = Een gezinslid heeft gevraagd om iemand om mee te praten
community-edit-title = Dit bericht bewerken
community-edit-intro = Verander alleen wat tegen de huisregels ingaat, zoals een naam of een plaats. Iedereen ziet dat een moderator het bericht heeft bewerkt en waarom, en de schrijver krijgt dat ook te horen.
community-edit-why = Waarom het is bewerkt
community-edit-why-hint = Staat onder het bericht, voor iedereen in de groep.
community-edit-submit = Bewerkt bericht opslaan
community-edited-note = Bewerkt door een moderator: { $why }
community-member-action-title = De schrijver waarschuwen, tijdelijk blokkeren of verwijderen
community-member-action-intro = Wat moet er in deze groep met { $name } gebeuren? Het lid krijgt te horen wat u hebt gekozen en waarom.
community-member-action-choose = Wat wilt u doen?
community-act-warn = Een waarschuwing sturen
community-act-mute = Tijdelijk blokkeren voor schrijven: het lid kan een aantal dagen wel lezen, maar niet schrijven
community-act-remove = Uit de groep verwijderen
community-mute-days = Aantal dagen geblokkeerd (1 tot en met 90, alleen bij tijdelijk blokkeren)
community-member-action-reason-hint = Het lid leest dit. Zeg vriendelijk welke regel is overtreden.
community-member-action-submit = Bevestigen
community-error-mute-days = Tijdelijk blokkeren duurt een heel aantal dagen, van 1 tot en met 90.
community-error-member-action = Kies wat u wilt doen.
community-notice-post-edited = Een moderator heeft een bericht van u in „{ $group }” bewerkt. Waarom:
community-notice-muted = Een moderator van „{ $group }” heeft bepaald dat u daar een tijdje niet kunt schrijven. Lezen kan in die tijd wel. Waarom:
community-notice-removed = U bent verwijderd uit „{ $group }”. Waarom:
community-schedule-title = Geplande berichten
community-schedule-intro = Houd de groep levendig: plan een gespreksvraag, iets om te lezen of een bijeenkomst. Op het tijdstip dat u kiest, verschijnt het als onderwerp op uw naam.
community-schedule-empty = Nog niets gepland.
community-schedule-published = Geplaatst: onderwerp openen
community-schedule-cancel = Intrekken
community-schedule-cancel-confirm = Ja, dit bericht niet plaatsen
community-schedule-new = Een bericht plannen
community-schedule-kind = Soort bericht
community-schedule-when = Wanneer het verschijnt ({ $zone })
community-schedule-submit = Bericht plannen
community-kind-prompt = Een vraag om het gesprek te beginnen
community-kind-resource = Iets om te lezen of te gebruiken
community-kind-event = Een bijeenkomst of activiteit
community-error-kind = Kies het soort bericht.
community-error-publish-at = Kies een datum en tijd in de toekomst.
community-digest-email-subject = Nieuwe reacties in uw lotgenotengroep
community-digest-email-body = Iemand heeft gereageerd op uw onderwerpen bij { $site }. Nieuwe reacties: { $count }. Meld u aan om ze te lezen: { $to }
community-new-posts = Er zijn nieuwe berichten.
community-topic-hidden = Een moderator heeft dit onderwerp verborgen.
community-notices-read = Markeren als gelezen
community-invite-not-possible = Deze persoon kan niet voor deze groep worden uitgenodigd. De communitymanager kan u meer vertellen.
notification-email-community-help = Een gezinslid vroeg om iemand om mee te praten. Neem contact op zoals afgesproken.
community-question-email-subject = Een vraag wacht op antwoord
community-question-email-body = Een vraag in een lotgenotengroep bij { $site } wacht al te lang op antwoord. Meld u aan om hem te zien: { $to }

## Gegevensdeling: partnerinstanties en convenanten
nav-partners = Partnerinstanties
partners-title = Partnerinstanties
partners-back = Terug naar de partnerinstanties
partners-intro = De instanties waarmee uw organisatie gegevens deelt, elk met een vaste contactpersoon, en de convenanten die vooraf vastleggen wat gedeeld mag worden, waarom en vanaf welke drempel.
partners-empty = Nog geen partnerinstanties. Voeg hieronder de eerste toe.
partner-add = Partnerinstantie toevoegen
partner-title = Partnerinstantie
partner-details = De instantie en de contactpersoon
partner-name = Naam van de instantie
partner-kind = Soort instantie
partner-contact = Contactpersoon (met naam)
partner-contact-details = Hoe de contactpersoon bereikbaar is (e-mail of telefoon)
partner-kind-police = Politie
partner-kind-school = School
partner-kind-health = Gezondheidszorg
partner-kind-probation = Reclassering
partner-kind-local-authority = Gemeente
partner-kind-multi-agency-panel = Multidisciplinair casusoverleg
partner-kind-other = Anders
partner-error-name = Vul de naam van de instantie in (hoogstens 120 tekens).
partner-error-kind = Kies wat voor soort instantie het is.
partner-error-contact = Vul de naam van de contactpersoon in (hoogstens 120 tekens).
partner-error-contact-details = De contactgegevens mogen hoogstens 200 tekens hebben.
partner-agreements-in-force = { $count ->
    [one] één convenant van kracht
   *[other] { $count } convenanten van kracht
}
partner-agreements-review-due = { $count ->
    [one] één moet worden geëvalueerd
   *[other] { $count } moeten worden geëvalueerd
}
sharing-agreements-heading = Convenanten voor gegevensdeling
sharing-agreements-empty = Nog geen convenant met deze instantie. Zolang er geen convenant is, mogen er geen gegevens met deze instantie worden gedeeld.
sharing-agreement-title = Convenant voor gegevensdeling
sharing-agreement-new-title = Nieuw convenant vastleggen
sharing-agreement-from = vanaf { $date }
sharing-standing-not-yet-in-force = Nog niet van kracht
sharing-standing-in-force = Van kracht
sharing-standing-review-due = Evaluatie nodig
sharing-standing-ended = Beëindigd: het kan niet worden gebruikt
sharing-errors-intro = Het convenant is niet opgeslagen:
sharing-purpose = Doel van de gegevensdeling
sharing-lawful-basis = Rechtsgrond
sharing-lawful-basis-note = Waarop de rechtsgrond berust (de wet of het artikel, in uw eigen woorden)
sharing-categories = Categorieën gegevens die gedeeld mogen worden
sharing-category-identity-and-contact = Identiteits- en contactgegevens
sharing-category-family-composition = Gezinssamenstelling
sharing-category-safeguarding-concerns = Zorgen over de veiligheid
sharing-category-assessment-and-plan = Uitkomsten van inschattingen en het ondersteuningsplan
sharing-category-case-notes = Dossiernotities
sharing-category-health = Gezondheid
sharing-category-education = Onderwijs
sharing-category-criminal-justice = Politie, rechtbank, gevangenis of reclassering
sharing-threshold = Drempel en aanleidingen voor gegevensdeling
sharing-threshold-hint = Wanneer gegevens gedeeld mogen worden en wat het delen noodzakelijk maakt. Veiligheid gaat voor.
sharing-handling = Hoe gegevens worden verstuurd en bewaard
sharing-retention = Bewaartermijn
sharing-signed = Ondertekening
sharing-signed-for-us-by = Namens onze organisatie ondertekend door
sharing-signed-for-them-by = Namens de instantie ondertekend door
sharing-signed-on = Datum
sharing-dates = Datums
sharing-starts-on = Van kracht vanaf
sharing-review-on = Te evalueren op
sharing-ends-on = Eindigt op
sharing-ends-on-hint = Laat dit veld leeg zolang er geen einddatum is. Een beëindigd convenant kan niet worden gebruikt.
sharing-error-purpose = Geef aan waarvoor de gegevens worden gedeeld.
sharing-error-lawful-basis = Kies een rechtsgrond uit de lijst.
sharing-error-categories = Kies minstens één categorie gegevens.
sharing-error-threshold = Geef aan wanneer gegevens gedeeld mogen worden: de drempel en de aanleidingen.
sharing-error-handling = Geef aan hoe gegevens worden verstuurd en bewaard.
sharing-error-retention = Geef aan hoe lang gegevens worden bewaard.
sharing-error-signatures = Geef voor beide partijen aan wie heeft ondertekend en op welke datum.
sharing-error-dates = Vul de begindatum en de evaluatiedatum (en de einddatum, als die er is) in als geldige datum.
sharing-error-review-before-start = De evaluatiedatum moet na de begindatum liggen.
sharing-error-end-before-start = De einddatum kan niet vóór de begindatum liggen.
sharing-error-too-long = Een van de teksten is te lang.
lawful-bases-title = Rechtsgronden voor gegevensdeling
lawful-bases-intro = De rechtsgronden waarop een convenant kan berusten, één per regel. Een convenant houdt de rechtsgrond waarop het is gesloten.
lawful-bases-label = Rechtsgronden, één per regel
lawful-bases-error = Vul minstens één rechtsgrond in, elk op een eigen regel van hoogstens 300 tekens.
audit-sharing-partners-changed = Partnerinstanties gewijzigd
audit-sharing-agreement-changed = Convenant voor gegevensdeling vastgelegd of gewijzigd
