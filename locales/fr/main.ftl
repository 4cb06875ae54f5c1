# Hearth — français. Chaque message ici doit exister dans chaque langue livrée.

## Cadre et navigation
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-home = Accueil
nav-families = Familles
nav-users = Utilisateurs
nav-invitations = Invitations
nav-notifications = Notifications
nav-account = Votre compte
nav-unread = non lues
nav-sign-out = Se déconnecter
language = Langue
language-change = Changer de langue
cancel = Annuler

## Rôles
role-organisation-admin = Administrateur·rice de l’organisation
role-supervisor = Responsable d’équipe
role-practitioner = Intervenant·e
role-community-manager = Animateur·rice de communauté
role-peer-ambassador = Pair-aidant·e
role-family-member = Membre de la famille

## Champs de formulaire
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-confirm-password = Retapez le nouveau mot de passe
field-current-password = Mot de passe actuel
field-name = Nom
field-role = Rôle
field-team = Équipe
field-status = Statut
field-language = Langue
field-organisation = Organisation
form-has-errors = Veuillez corriger les points suivants :
team-none = Aucune équipe

## Connexion
login-title = Connexion
login-submit = Se connecter
login-no-account = Les comptes sont créés sur invitation. Si vous pensiez en avoir un, demandez à votre intervenant·e ou à l’administrateur·rice de votre organisation.
login-failed = L’adresse e-mail ou le mot de passe n’est pas correct. Veuillez réessayer.
login-throttled = Trop de tentatives. Pour votre sécurité, la connexion est suspendue pendant 15 minutes.
second-factor-title = Saisissez votre code à usage unique
second-factor-code = Code de votre application d’authentification
second-factor-hint = Six chiffres. Si vous avez perdu votre téléphone, tapez plutôt l’un de vos codes de récupération.
second-factor-submit = Continuer
second-factor-wrong = Ce code n’est pas correct ou a déjà été utilisé. Essayez le code le plus récent.

## Mots de passe
password-rules = Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
password-too-short = Le mot de passe doit contenir au moins 12 caractères.
password-too-long = Le mot de passe peut contenir au maximum 128 caractères.
password-weak = Ce mot de passe serait facile à deviner. Quelques mots sans lien entre eux sont solides et faciles à retenir.
password-hint-keyboard-pattern = Les touches voisines du clavier sont parmi les premières essayées.
password-hint-repeats = Des lettres ou des groupes répétés n’ajoutent presque rien.
password-hint-common = C’est l’un des mots de passe les plus utilisés, ou presque.
password-hint-sequence = Les suites comme « abc » ou « 1234 » sont faciles à deviner.
password-hint-dates = Les dates et les années sont faciles à deviner.
password-hint-single-word = Un seul mot, même suivi d’un chiffre, est facile à deviner.
password-hint-names = Les noms seuls sont faciles à deviner.
password-contains-email = Le mot de passe ne doit pas contenir votre adresse e-mail.
password-mismatch = Les deux mots de passe ne sont pas identiques.
password-current-wrong = Votre mot de passe actuel n’est pas correct.
password-changed = Votre mot de passe a été modifié. Vos connexions sur tous les autres appareils ont été fermées.

## Double authentification
enrol-title = Configurer la double authentification
enrol-intro = Les comptes du personnel protègent les dossiers des familles par une étape de plus à la connexion. Ouvrez une application d’authentification sur votre téléphone et scannez ce code.
enrol-qr-caption = Scannez avec votre application d’authentification.
enrol-qr-label = QR code pour votre application d’authentification
enrol-manual = Si vous ne pouvez pas scanner, saisissez cette clé dans l’application :
enrol-code = Code affiché dans l’application
enrol-submit = Confirmer
enrol-wrong-code = Ce code ne correspond pas. Vérifiez l’heure de votre téléphone et essayez le code le plus récent.
recovery-title = Vos codes de récupération
recovery-intro = Gardez ces codes dans un endroit sûr, loin de votre téléphone. Chacun vous permet de vous connecter une fois si vous perdez votre téléphone. Ils ne s’affichent que maintenant.
recovery-continue = Je les ai conservés — continuer

## Invitations (personne invitée)
invitation-title = Bienvenue sur Hearth
invitation-intro = { $name }, vous avez reçu une invitation à rejoindre Hearth. Choisissez un mot de passe pour activer votre compte.
invitation-submit = Activer mon compte
invitation-expired-title = Cette invitation ne peut plus être utilisée
invitation-expired-body = Le lien a expiré, a été annulé ou a déjà été utilisé. Demandez-en un nouveau à la personne qui vous a envoyé l’invitation.
invitation-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.

## Accueil
home-title = Accueil
home-greeting = Bienvenue, { $name }
home-admin-heading = Votre organisation
home-admin-users = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
home-admin-pending = { $count ->
    [one] { $count } invitation en attente d’acceptation
   *[other] { $count } invitations en attente d’acceptation
}
home-admin-empty = Pour l’instant, votre compte est le seul. Invitez vos responsables d’équipe et vos intervenant·es pour commencer.
home-case-heading = Vos familles
home-case-empty = Aucune famille pour l’instant. Ouvrez un dossier familial lorsqu’une nouvelle demande arrive, ou demandez à votre responsable d’équipe de vous affecter à une famille.
home-case-all = Toutes vos familles
home-unread = { $count ->
    [one] { $count } notification non lue
   *[other] { $count } notifications non lues
}
home-community-heading = Groupes d’entraide
home-community-empty = Les groupes d’entraide n’ont pas encore été lancés dans votre organisation. L’administrateur·rice de votre organisation vous préviendra quand ils commenceront.
home-family-heading = Votre accompagnement
home-family-empty = Votre intervenant·e ajoutera ici vos rendez-vous, vos messages et l’accord pour travailler en ligne. En cas d’urgence, contactez votre intervenant·e ou le numéro d’urgence qui vous a été donné.
home-family-account = Paramètres de votre compte

## Compte
account-title = Votre compte
account-2fa-heading = Double authentification
account-2fa-on = { $count ->
    [one] La double authentification est activée. Il vous reste { $count } code de récupération non utilisé.
   *[other] La double authentification est activée. Il vous reste { $count } codes de récupération non utilisés.
}
account-2fa-off = Pas encore de double authentification. Elle est facultative pour les comptes des familles et rend votre compte plus sûr.
account-2fa-enrol = Configurer la double authentification
account-sessions-link = Voir et fermer vos connexions en cours
account-password-heading = Changer le mot de passe
account-password-submit = Changer le mot de passe
account-password-ends-sessions = Si vous changez votre mot de passe, toutes vos autres connexions seront fermées.

## Sessions
sessions-title = Vos connexions en cours
sessions-intro = Si vous voyez un appareil que vous ne reconnaissez pas, fermez cette session et changez votre mot de passe.
sessions-this-device = Cet appareil
sessions-started = Connexion le { $name }
sessions-last-seen = dernière activité le { $name }
sessions-revoke = Fermer la session sur { $name }
sessions-revoke-others = Se déconnecter partout ailleurs
sessions-revoked = La session a été fermée.

## Utilisateurs et invitations (administration)
users-title = Utilisateurs
users-caption = Comptes de votre organisation
users-active = Actif
users-disabled = Désactivé
users-disable-link = Désactiver { $name }
disable-title = Désactiver { $name } ?
disable-explain = Cette personne sera déconnectée immédiatement et ne pourra plus se connecter. Ses données et le journal d’audit restent inchangés.
disable-confirm = Désactiver le compte
invitations-title = Invitations
invitations-caption = Invitations envoyées par votre organisation
invitations-empty = Aucune invitation pour l’instant. Invitez un·e collègue ou un membre d’une famille pour commencer.
invitations-revoke = Annuler l’invitation de { $name }
invitation-revoked = L’invitation a été annulée ; son lien ne fonctionne plus.
invitation-status-open = En attente, valable jusqu’au { $name }
invitation-status-accepted = Acceptée
invitation-status-revoked = Annulée
invitation-status-expired = Expirée
invite-button = Inviter une personne
invite-title = Inviter une personne
invite-intro = La personne reçoit un e-mail avec un lien personnel pour choisir un mot de passe. Le lien ne fonctionne qu’une fois, pendant sept jours.
invite-submit = Envoyer l’invitation
invite-error-name = Saisissez un nom de 1 à 100 caractères.
invite-error-email = Saisissez une adresse e-mail, par exemple nom@example.org.
invite-error-role = Choisissez un rôle.
invite-error-team = Choisissez l’une des équipes de votre organisation.
invite-error-taken = Une personne a déjà un compte avec cette adresse e-mail.
invite-sent = L’invitation a été envoyée à { $name }.
invite-no-mail = L’envoi d’e-mails n’est pas configuré sur ce serveur : aucun message n’a donc été envoyé.
invite-send-failed = L’e-mail n’a pas pu être envoyé. L’invitation reste valable ; vous pouvez remettre le lien ci-dessous en main propre.
invite-manual-link = Donnez ce lien à la personne, de préférence en main propre. Il ne fonctionne qu’une fois.
invite-email-subject = Votre invitation à Hearth ({ $name })
invite-email-intro = { $name } vous invite à rejoindre Hearth. Ouvrez ce lien pour choisir votre mot de passe :
invite-email-expires = Le lien ne fonctionne qu’une fois et expire le { $name }.
invite-email-ignore = Si vous n’attendiez pas ce message, vous pouvez l’ignorer.

## Familles
families-title = Familles
families-search = Rechercher par nom de famille
families-search-submit = Rechercher
families-empty = Vous n’avez pas encore de familles. Ouvrez un dossier familial pour une nouvelle demande, ou demandez à votre responsable d’équipe de vous affecter à une famille.
families-no-match = Aucune des familles que vous suivez ne correspond à « { $name } ».
family-title = Dossier familial
family-new-button = Ouvrir un dossier familial
family-new-title = Ouvrir un dossier familial
family-name = Nom de la famille
family-name-hint = Le nom sous lequel la famille est connue dans votre équipe, par exemple le nom de famille.
family-name-error = Saisissez un nom de famille de 1 à 120 caractères.
family-new-submit = Ouvrir le dossier
family-opened = Date d’ouverture
family-workers = Intervenant·es
family-no-workers = Personne n’est encore affecté à ce dossier.
family-assign-worker = Intervenant·e
family-assign-as = En tant que
family-assign-submit = Affecter
assign-error = Choisissez un·e collègue de votre organisation et son rôle sur le dossier.
family-unassign = Retirer { $name }
family-break-glass-active = Vous avez ouvert ce dossier sans en avoir la charge. Votre motif a été enregistré et votre responsable d’équipe a reçu une alerte.
assignment-lead = Intervenant·e référent·e
assignment-co_worker = Co-intervenant·e
back-to-family = Retour au dossier familial

## Accès d’urgence
break-glass-title = Ce dossier ne vous est pas attribué
break-glass-explain = En cas d’urgence, vous pouvez ouvrir ce dossier. Indiquez pourquoi : votre motif est conservé dans le journal d’audit et votre responsable d’équipe reçoit aussitôt une alerte.
break-glass-reason = Pourquoi devez-vous ouvrir ce dossier maintenant ?
break-glass-submit = Ouvrir le dossier et enregistrer mon motif
break-glass-too-short = Veuillez expliquer pourquoi en 15 caractères au moins.
break-glass-too-long = Veuillez écrire un motif de moins de 1 000 caractères.

## Qui a consulté un dossier
access-log-heading = Qui a consulté ce dossier
access-log-title = Qui a consulté le dossier { $name }
access-log-link = Qui a consulté ce dossier
access-log-caption = Chaque consultation et chaque modification, de la plus récente à la plus ancienne
access-log-when = Quand
access-log-who = Qui
access-log-what = Quoi
access-log-why = Motif indiqué
audit-family-created = Ouverture du dossier
audit-family-viewed = Consultation du dossier
audit-family-listed = Consultation de la liste des dossiers
audit-family-assigned = Modification des affectations
audit-family-unassigned = Retrait d’une personne du dossier
audit-family-break-glass = Ouverture sans affectation (accès d’urgence)
audit-family-access-log-viewed = Consultation de l’historique des accès au dossier

## Notifications
notifications-title = Notifications
notifications-empty = Rien de nouveau. Vous verrez ici quand un·e collègue ouvre un dossier de votre équipe sans en avoir la charge.
notifications-new = Nouveau
notifications-open = Voir l’historique des accès
notifications-mark-read = Tout marquer comme lu
notification-break-glass = { $name } a ouvert le dossier { $family } sans en avoir la charge.

## Erreurs
error-code = Code d’erreur
error-home = Aller à la page d’accueil
reauth-intro = Pour vérifier que c’est bien vous, saisissez à nouveau votre mot de passe (et un code de votre application d’authentification, si vous en utilisez une).
reauth-password = Votre mot de passe
reauth-code = Code de votre application d’authentification
reauth-wrong-password = Ce mot de passe n’est pas le bon. Rien n’a été modifié.
reauth-wrong-code = Ce code n’est pas le bon. Rien n’a été modifié.
input-refused-title = Une saisie ne peut pas être enregistrée
input-refused-control = L’envoi contient un caractère de contrôle invisible (par exemple un caractère nul) que Hearth n’enregistre pas. Rien n’a été enregistré.
input-refused-encoding = L’envoi n’est pas un texte valide (pas en UTF-8). Rien n’a été enregistré.
input-refused-too-long = Ce qui a été envoyé est plus long que ce champ ne l’accepte (au plus { $most } caractères). Rien n’a été enregistré.
input-refused-typed = Voici tout ce qui a été saisi, avec le caractère qui ne peut pas être enregistré signalé :
input-refused-back = Revenez en arrière dans le navigateur, retirez le caractère signalé (copiez d’ici si besoin) et envoyez à nouveau.
input-refused-typed-long = Voici tout ce qui a été saisi :
input-refused-back-long = Revenez en arrière dans le navigateur, raccourcissez le texte (copiez-le d’ici pour le garder ailleurs si besoin) et envoyez à nouveau.
error-400-title = Quelque chose n’allait pas dans la demande
error-400-body = Veuillez revenir en arrière, vérifier ce que vous avez saisi et réessayer.
error-403-title = Vous ne pouvez pas ouvrir cette page
error-403-body = Votre rôle ne donne pas accès à cette page. Si vous pensez que vous devriez y avoir accès, demandez à votre responsable d’équipe ou à l’administrateur·rice.
error-404-title = Page introuvable
error-404-body = Cette page n’existe pas, ou vous n’y avez pas accès.
error-405-title = Cette action n’est pas possible ici
error-405-body = Veuillez revenir en arrière et utiliser les boutons de la page.
error-413-title = Ce que vous avez envoyé est trop volumineux
error-413-body = Veuillez raccourcir le texte et réessayer.
error-500-title = Un problème est survenu de notre côté
error-500-body = Ce n’est pas de votre faute. Veuillez réessayer dans un instant ; si le problème continue, prévenez votre administrateur·rice.

## Dossier familial
back-to = Retour à { $name }
not-yet = Pas encore
date-invalid = Saisissez une date (et une heure) au format indiqué, par exemple 2026-11-24 14:30.
family-actions = Actions sur ce dossier
family-status = Statut
family-last-contact = Dernier contact
family-next-review = Prochain bilan
family-review-submit = Planifier le bilan
family-members = Membres
family-no-members = Aucun membre enregistré pour l’instant. Ajoutez la personne concernée et les proches avec qui vous travaillez.
family-relationships = Liens entre les membres
family-status-heading = Statut du dossier
family-status-next = Nouveau statut du dossier
family-status-submit = Changer le statut
family-status-not-allowed = Depuis son statut actuel, le dossier ne peut pas passer à ce statut.
family-closing-reason = Motif (obligatoire pour clôturer)
family-closing-reason-hint = Indiquez pourquoi le dossier est clôturé, pour que la personne qui le rouvrira le sache.
family-closing-reason-needed = Indiquez pourquoi le dossier est clôturé (5 caractères au moins).
status-referral = Demande
status-assessment = Évaluation
status-active_support = Accompagnement en cours
status-review = Bilan
status-closed = Clôturé
event-status-changed = { $name } a fait passer le dossier de « { $from } » à « { $to } »
event-closing-reason = { $name } a clôturé le dossier : { $reason }
event-member-added = { $name } a ajouté { $member } au dossier
event-review-planned = { $name } a fixé le prochain bilan au { $when }
event-identity-verification = { $name } a enregistré une vérification d’identité — { $detail }
event-other = { $name } a modifié le dossier

## Membres
member-new-button = Ajouter un membre
member-new-title = Ajouter un membre de la famille
member-edit-title = Membre de la famille
member-role = Place dans la famille
member-role-person_of_concern = Personne concernée
member-role-parent = Père ou mère
member-role-sibling = Frère ou sœur
member-role-partner = Partenaire
member-role-other_relative = Autre membre de la famille
member-role-family_friend = Ami·e de la famille
member-whereabouts = Où se trouve la personne actuellement
member-whereabouts-hint = Uniquement pour la personne concernée.
whereabouts-at_home = À la maison
whereabouts-elsewhere_in_country = Ailleurs dans le pays
whereabouts-abroad = À l’étranger
whereabouts-in_prison = En prison
whereabouts-in_camp = Dans un camp
whereabouts-unknown = Inconnu
member-languages = Langues parlées
member-needs-translator = A besoin d’un·e interprète
member-contact-preferences = Comment la personne préfère être contactée
member-contact-hint = Par exemple : par téléphone après 18 h, jamais par courrier, par l’intermédiaire de sa sœur.
member-save = Enregistrer
member-error-name = Saisissez un nom de 1 à 100 caractères.
member-error-role = Choisissez la place de ce membre dans la famille.
member-error-whereabouts = Choisissez dans la liste l’endroit où se trouve la personne.
member-account = Compte famille
member-has-account = Ce membre a un compte famille.
member-no-account = Pas encore de compte famille. Invitez ce membre sur l’espace famille ; la personne choisit elle-même son mot de passe.
member-invitation-pending = Une invitation a été envoyée et attend d’être acceptée.
member-invite-submit = Inviter sur l’espace famille
member-verification = Identité
member-verification-set = Comment son identité a-t-elle été vérifiée ?
member-verification-submit = Enregistrer
member-verification-error = Choisissez l’une des possibilités proposées.
verification-not_verified = Non vérifiée
verification-met_in_person = Rencontre en personne
verification-verified_by_video = Vérifiée par vidéo
verification-documents_checked = Documents vérifiés
verification-by = { $status } — par { $name }, le { $when }
relationship-add = Indiquer le lien entre deux membres
relationship-from = Membre
relationship-kind = est
relationship-to = de
relationship-submit = Ajouter
relationship-error = Choisissez deux membres de cette famille et leur lien.
relationship-error-same = Choisissez deux personnes différentes : personne n’a de lien avec soi-même.
relationship-kind-parent_of = père ou mère de
relationship-kind-child_of = enfant de
relationship-kind-sibling_of = frère ou sœur de
relationship-kind-partner_of = partenaire de
relationship-kind-relative_of = membre de la famille de
relationship-kind-friend_of = ami·e de
relationship-parent_of = { $from } est le père ou la mère de { $to }
relationship-child_of = { $from } est l’enfant de { $to }
relationship-sibling_of = { $from } est le frère ou la sœur de { $to }
relationship-partner_of = { $from } est le ou la partenaire de { $to }
relationship-relative_of = { $from } est de la famille de { $to }
relationship-friend_of = { $from } est un·e ami·e de { $to }

## Chronologie et notes
timeline-heading = Chronologie
timeline-empty = Rien dans la chronologie pour l’instant. Écrivez une note après chaque contact.
note-new-button = Écrire une note
note-new-title = Écrire une note
note-amend-title = Corriger une note
note-kind = Type
note-kind-home_visit = Visite à domicile
note-kind-office_meeting = Rendez-vous au bureau
note-kind-phone_call = Appel téléphonique
note-kind-video_call = Appel vidéo
note-kind-message_summary = Résumé des messages
note-kind-multi_agency_contact = Contact avec d’autres services
note-kind-observation = Observation
note-occurred = Quand cela s’est passé
note-members = Personnes concernées
note-text = Note
note-text-hint = Décrivez ce qui s’est passé et ce qui a été observé ; séparez les opinions des faits.
note-submit = Enregistrer la note
note-concerns = concerne
note-earlier-versions = Versions précédentes
note-amend-link = Corriger
note-amend-explain = Une correction est ajoutée comme nouvelle version. Le texte précédent reste dans le dossier, visible par les mêmes personnes.
note-amend-submit = Enregistrer la correction
note-in-force = Texte en vigueur
note-error-empty = La note ne peut pas être vide.
note-error-too-long = La note peut contenir au maximum 20 000 caractères.
note-error-kind = Choisissez le type de note.
note-error-members = L’une des personnes choisies ne fait plus partie de cette famille. Choisissez à nouveau.
audit-family-status-changed = Modification du statut
audit-family-member-added = Ajout d’un membre
audit-family-member-changed = Modification des informations d’un membre
audit-family-note-written = Rédaction d’une note
audit-family-note-amended = Correction d’une note
families-all-statuses = Tous les statuts
attention-review_overdue = La date du bilan est dépassée
attention-no_recent_contact = Aucun contact depuis 30 jours
attention-no_review_planned = Aucun bilan prévu

## Évaluation
nav-catalogue = Catalogue d’évaluation
assessments-link = Évaluations
assessments-title = Évaluations
assessments-heading = Évaluations du dossier { $name }
assessments-empty = Aucune évaluation pour l’instant. Évaluez tôt, avec la famille, et recommencez quand la situation évolue.
assessment-new-button = Enregistrer une évaluation
assessment-new-title = Enregistrer une évaluation
assessment-title = Évaluation
assessment-heading = Évaluation du dossier { $name }
assessment-intro = Cotez ce que vous avez observé, à chaque niveau, et reliez chaque constat à la note qui l’établit. Une conviction forte n’est pas en soi un signe préoccupant ; cotez des comportements. Les facteurs de protection vous indiquent sur quoi vous appuyer.
assessment-date = Date de l’évaluation
level-individual = La personne
level-family = La famille
level-community = L’entourage et la communauté
kind-concern = Signes préoccupants
kind-protective = Facteurs de protection
rating-0 = Non observé
rating-1 = Quelques signes
rating-2 = Nettement
rating-3 = Fortement
assessment-evidence = Élément du dossier
assessment-no-evidence = Aucun élément lié
assessment-evidence-note = La note sur laquelle cela s’appuie
assessment-overall = Vue d’ensemble
assessment-engagement = L’engagement de la famille paraît-il sincère ?
engagement-genuine = Sincère
engagement-mixed = Mitigé
engagement-disguised = Peut-être de façade
engagement-unclear = Trop tôt pour le dire
assessment-engagement-note = Ce qui vous le fait penser
assessment-young-person = Que représente, pour le ou la jeune, le fait de vivre dans cette famille ?
assessment-response = Réponse proportionnée
response-no_further_action = Aucune autre action
response-universal_services = Services de droit commun
response-targeted_family_support = Accompagnement familial ciblé
response-multi_agency_plan = Plan concerté entre plusieurs services
assessment-proportionality = Justification de la proportionnalité
assessment-proportionality-hint = Pourquoi cette réponse, plutôt qu’une réponse plus légère ou plus lourde ? 20 caractères au moins.
assessment-submit = Soumettre à la relecture
assessment-error-evidence = Reliez un élément du dossier à « { $name } », ou cotez-le « Non observé ».
assessment-error-engagement = Indiquez si l’engagement paraît sincère.
assessment-error-response = Choisissez la réponse proportionnée.
assessment-error-young-person = Décrivez ce que vit le ou la jeune dans cette famille.
assessment-error-proportionality = Rédigez une justification de la proportionnalité de 20 caractères au moins.
assessment-error-return-comment = Indiquez ce qui doit changer avant de renvoyer l’évaluation.
assessment-error-rating = Choisissez une des évaluations pour « { $name } ».
assessment-error-evidence-unknown = L’élément choisi pour « { $name } » n’est ni une note ni un document de ce dossier familial ; choisissez à nouveau.
assessment-error-decision = Choisissez de valider l’évaluation ou de la renvoyer.
assessment-status-submitted = En attente de relecture
assessment-status-signed_off = Validée
assessment-status-returned = Renvoyée
assessment-reviewed-signed_off = Validée par { $name } le { $when }. { $comment }
assessment-reviewed-returned = Renvoyée par { $name } le { $when } : { $comment }
assessment-findings = Constats
assessment-no-findings = Rien n’a été coté au-dessus de « Non observé ».
assessment-review-heading = Relecture
assessment-review-comment = Commentaire (obligatoire pour renvoyer)
assessment-sign-off = Valider
assessment-return = Renvoyer avec un commentaire
trend-heading = Évolution de la situation
trend-explain = Pour chaque niveau, la ligne rouge additionne les cotations des signes préoccupants et la ligne verte en pointillés celles des facteurs de protection. La protection n’annule pas une préoccupation. Le tableau ci-dessous contient les mêmes chiffres.
trend-chart-label = Évolution des préoccupations et de la protection : { $name }. Les mêmes chiffres figurent dans le tableau ci-dessous.
trend-table-caption = Cotations par évaluation
trend-factor = Niveau ou facteur
trend-kind = Type
notification-assessment-submitted = { $name } a soumis à votre relecture une évaluation du dossier { $family }.
notification-assessment-returned = { $name } vous a renvoyé votre évaluation du dossier { $family } avec un commentaire.
audit-family-assessment-recorded = Enregistrement d’une évaluation
audit-family-assessment-reviewed = Relecture d’une évaluation
audit-family-assessment-viewed = Consultation des évaluations
catalogue-title = Catalogue d’évaluation
catalogue-intro = Les signes préoccupants et les facteurs de protection que cotent les intervenant·es. Chaque signe préoccupant doit désigner un comportement observable, jamais une conviction ni une pratique religieuse. Les titres et conseils qui manquent dans une autre langue s’affichent en anglais.
catalogue-count = { $count ->
    [one] { $count } facteur
   *[other] { $count } facteurs
}
catalogue-invalid = Le catalogue n’a pas été enregistré. Veuillez corriger les points suivants :
catalogue-body = Catalogue (TOML)
catalogue-save = Vérifier et enregistrer
catalogue-saved = Le catalogue a été enregistré. Les nouvelles évaluations l’utilisent ; les précédentes gardent les titres avec lesquels elles ont été cotées.

## Conférence familiale
conferences-link = Conférences familiales
conferences-title = Conférences familiales
conferences-heading = Conférences familiales du dossier { $name }
conferences-empty = Aucune conférence enregistrée pour l’instant. Lors d’une conférence familiale, la famille et son entourage élaborent leur propre plan.
conference-new-button = Enregistrer une conférence
conference-new-title = Enregistrer une conférence familiale
conference-title = Conférence familiale
conference-heading = Conférence familiale du dossier { $name }
conference-intro = Rédigez le plan avec les mots de la famille. Chaque action indique ce qui sera fait, qui s’en charge et pour quand.
conference-held-on = Date de la conférence
conference-family-participants = Personnes de la famille et de son entourage qui ont participé
conference-family-participants-hint = Par exemple : Fatima (mère), Leila (tante), Omar (voisin).
conference-professional-participants = Professionnel·les qui ont participé
conference-plan = Le plan de la famille
conference-plan-hint = Laissez vides les lignes inutilisées.
conference-action = Action { $name }
conference-what = Quoi
conference-who = Qui
conference-due = Pour quand
conference-agreement = La famille a-t-elle approuvé le plan ?
agreement-agreed = Approuvé
agreement-partly_agreed = Approuvé en partie
agreement-not_agreed = Non approuvé
conference-review-on = Date du bilan
conference-submit = Enregistrer le plan
conference-error-participants = Indiquez qui a participé du côté de la famille.
conference-error-action = Pour l’action { $number }, indiquez à la fois ce qui sera fait et qui s’en charge.
conference-error-action-long = L’action { $number } est trop longue.
conference-error-action-date = La date de l’action { $number } n’est pas une date valide.
conference-error-no-actions = Le plan doit contenir au moins une action.
conference-error-agreement = Indiquez si la famille a approuvé le plan.
conference-open-actions = { $count ->
    [one] { $count } action à réaliser
   *[other] { $count } actions à réaliser
}
conference-print-link = Version imprimable pour la famille
conference-progress-history = Avancement jusqu’ici
conference-progress-status = Avancement
conference-progress-note = Ce qui s’est passé (facultatif)
conference-progress-submit = Enregistrer l’avancement
conference-progress-error = Choisissez l’un des états proposés.
conference-progress-note-too-long = La note d’avancement dépasse 2 000 caractères. Raccourcissez-la ou écrivez les détails dans une note du dossier familial.
progress-not_started = Pas encore commencée
progress-in_progress = En cours
progress-done = Terminée
progress-dropped = Abandonnée
progress-entry = { $when }, { $name } : { $status }. { $detail }
conference-print-title = Notre plan familial
conference-print-heading = Le plan de la famille { $name }
conference-print-held = Préparé ensemble le { $name }.
conference-print-footer = C’est votre plan. Si quelque chose change, dites-le à votre intervenant·e.

## Documents
documents-heading = Documents
documents-empty = Aucun document pour l’instant. Téléversez les courriers, rapports ou photos qui ont leur place dans le dossier.
document-upload = Téléverser un document
document-hint = PDF, PNG, JPEG ou texte brut, jusqu’à 10 Mo. Les données de localisation et d’appareil photo sont retirées des photos, et celles d’auteur des PDF.
document-submit = Téléverser
document-detail = Téléversé par { $name }, le { $when }, { $size } Ko
document-error-empty = Choisissez un fichier à téléverser.
document-error-too-large = Le fichier dépasse 10 Mo.
document-error-kind = Seuls les fichiers PDF, PNG, JPEG et texte brut peuvent être téléversés.
document-error-damaged = L’image semble endommagée et n’a pas pu être vérifiée. Essayez de l’enregistrer à nouveau.
document-error-image-too-large = L’image est trop grande pour être vérifiée. Prenez une photo plus petite ou numérisez avec une résolution plus basse.
document-error-pdf-unreadable = Le PDF n’a pas pu être lu : son auteur et d’autres détails n’ont donc pas pu être retirés. Enregistrez-le ou imprimez-le à nouveau en PDF et téléversez cette copie.
document-error-pdf-protected = Le PDF est protégé par un mot de passe. Enregistrez une copie sans mot de passe et téléversez-la.
audit-family-document-uploaded = Téléversement d’un document
audit-family-document-downloaded = Téléchargement d’un document
audit-family-conference-recorded = Enregistrement d’une conférence familiale
audit-family-plan-progress-recorded = Enregistrement de l’avancement du plan de la famille
evidence-document = Document
assessment-evidence-document = Le document sur lequel cela repose
audit-family-review-planned = A planifié le prochain bilan
audit-family-member-account-linked = Un compte familial a été lié à un membre de la famille
audit-family-modality-decided = A consigné la manière de travailler avec un membre (en présentiel ou en ligne)

## Aide à la décision : présentiel ou en ligne
modality-link = En présentiel ou en ligne ?
modality-title = En présentiel ou en ligne
modality-heading = Travailler avec { $name } : en présentiel ou en ligne ?
modality-intro = Décidez avec le membre de la famille, au cas par cas, comment rester en contact. Parcourez ensemble quelques questions ; Hearth suggère ce qui peut convenir à chaque type de contact et explique pourquoi. C’est une suggestion, jamais un verdict.
modality-start = Commencer la conversation
modality-again = Reprendre les questions
modality-history = Décisions prises jusqu’ici
modality-history-empty = Aucune décision pour l’instant.
modality-differs = Décision différente de la suggestion
modality-review-time = Il est temps de revoir cette décision ensemble : votre organisation revoit les décisions après { $count ->
    [one] { $count } jour.
   *[other] { $count } jours.
}
modality-review-changed = Quelque chose a changé depuis la dernière décision (la vérification d’identité). Réexaminez-la ensemble.
modality-review-released = La personne concernée n’est plus là où la dernière décision le supposait (prison ou camp). Revoyez-la ensemble.
modality-step = Étape { $step } sur { $steps }
modality-back = Retour
modality-next = Suivant
modality-see-result = Voir la suggestion
modality-result = Suggestion
modality-result-intro = Pour chaque type de contact, la suggestion et toutes les raisons qui la justifient. Décidez ensemble ; vous pouvez faire un autre choix.
modality-no-reasons = Rien dans les réponses ne penche d’un côté ou de l’autre ; un mélange des deux est suggéré.
modality-decided = Décidé ensemble
modality-arrange = À organiser
modality-preference = La préférence du membre de la famille
modality-preference-hint = Avec ses propres mots, par exemple « Je préfère qu’on se voie à la bibliothèque ».
modality-comment = Commentaire
modality-comment-hint = Obligatoire si la décision diffère de la suggestion, ou si trop peu était connu pour suggérer quoi que ce soit : indiquez pourquoi.
modality-record = Enregistrer la décision prise ensemble
modality-error-comment = La décision diffère de la suggestion, ou a été prise alors que trop peu était connu : ajoutez un commentaire pour expliquer pourquoi.
contact-practical = Questions pratiques (démarches administratives, rendez-vous)
contact-check_in = Point régulier pour prendre des nouvelles
contact-sensitive = Conversation douloureuse ou délicate
contact-crisis = Crise nécessitant une réponse rapide
modality-face_to_face = En présentiel
modality-digital = En ligne
modality-hybrid = Un mélange des deux
arrange-translator = Prévoir un·e interprète
arrange-meet_in_person_first = Se rencontrer d’abord en personne
arrange-agree_terms = Convenir des modalités du travail en ligne
arrange-digital_skills_help = Aide pour les compétences numériques (par exemple par un frère ou une sœur)
arrange-allow_time = Laisser le temps de s’y habituer
arrange-check_prison_rules = Vérifier le règlement de la prison ou du camp
arrange-private_space = Convenir d’un endroit où parler en privé et d’un signal pour « Je ne peux pas parler librement maintenant »
answer-dont-know = Je ne sais pas
question-openness = Dans quelle mesure le membre de la famille est-il ouvert au contact en ligne ?
question-openness-hint = Posez-lui la question ; ne présumez rien d’après l’âge ou l’origine.
answer-openness-open = Y est ouvert·e
answer-openness-hesitant = Hésite
answer-openness-closed = N’en veut pas
question-lowers_threshold = Serait-il plus facile pour le membre de la famille de prendre contact en ligne ?
question-lowers_threshold-hint = Pour certaines personnes, envoyer un message est plus simple que de se rendre dans un bureau.
answer-lowers_threshold-yes = Oui
answer-lowers_threshold-no = Non
question-device = De quel appareil dispose le membre de la famille ?
question-device-hint = Avec un téléphone partagé, d’autres personnes peuvent voir les messages.
answer-device-none = Aucun
answer-device-shared_phone = Un téléphone partagé
answer-device-own_smartphone = Son propre smartphone
answer-device-laptop = Un ordinateur portable ou fixe
question-connection = Comment est sa connexion internet ?
question-connection-hint = Pensez à l’endroit où la personne se trouverait pendant le contact.
answer-connection-stable = Stable
answer-connection-unstable = Coupe souvent
question-app_confidence = Dans quelle mesure le membre de la famille est-il à l’aise avec les applications ?
question-app_confidence-hint = Appels vidéo, messages, connexion au compte.
answer-app_confidence-confident = À l’aise
answer-app_confidence-with_help = Se débrouille avec de l’aide
answer-app_confidence-not_confident = Pas à l’aise
question-detention = La personne concernée est-elle en prison ou dans un camp ?
question-detention-hint = Le règlement sur place détermine quel contact est possible.
answer-detention-none = Ni l’un ni l’autre
answer-detention-prison = En prison
answer-detention-camp = Dans un camp
question-language_barrier = La langue est-elle un obstacle ?
question-language_barrier-hint = Les malentendus sont plus difficiles à repérer en ligne.
answer-language_barrier-none = Non
answer-language_barrier-some = Parfois
answer-language_barrier-strong = Oui, fortement
question-home_privacy = Y a-t-il des distractions ou d’autres personnes à la maison ?
question-home_privacy-hint = Quand d’autres écoutent, on peut ne pas oser parler librement.
answer-home_privacy-private = Peut être seul·e
answer-home_privacy-some_distractions = Quelques distractions
answer-home_privacy-others_present = D’autres personnes sont généralement là
question-safe_to_speak = Le membre de la famille peut-il parler en ligne en sécurité et en toute confidentialité ?
question-safe_to_speak-hint = Posez la question directement et convenez d’un signal pour « Je ne peux pas parler librement maintenant ».
answer-safe_to_speak-yes = Oui
answer-safe_to_speak-no = Non
question-distance = À quelle distance le membre de la famille habite-t-il ?
question-distance-hint = Pensez au temps et au coût du trajet pour la personne.
answer-distance-near = Près
answer-distance-far = Loin
question-mobility = Une maladie ou un problème de mobilité limite-t-il le membre de la famille ?
question-mobility-hint = Pour se déplacer ou pour utiliser des appareils.
answer-mobility-none = Non
answer-mobility-limits_travel = Cela limite les déplacements
answer-mobility-limits_devices = Cela limite l’utilisation des appareils
question-met_in_person = Avez-vous déjà eu une rencontre en personne ?
question-met_in_person-hint = Se rencontrer d’abord aide à installer la confiance et à savoir à qui l’on parle.
answer-met_in_person-yes = Oui
answer-met_in_person-no = Pas encore
question-trust = Quel est le niveau de confiance entre vous ?
question-trust-hint = La confiance construite en présentiel se prolonge en ligne.
answer-trust-established = Établie
answer-trust-building = En construction
answer-trust-low = Faible
contact-first_contact = Premier contact
modality-not-enough-known = Pas encore assez d’éléments
modality-lean-for-digital = Pour : penche vers le contact en ligne
modality-lean-for-face_to_face = Pour : penche vers le face à face
modality-lean-against-digital = Contre : penche vers le contact en ligne
modality-lean-against-face_to_face = Contre : penche vers le face à face
modality-lean-toward-digital = Penche vers le contact en ligne
modality-lean-toward-face_to_face = Penche vers le face à face
modality-lean-rules-out = Exclut : { $what }
modality-ruled-out = Exclu par les réponses : { $what }
modality-find-out = Pas encore assez d’éléments pour suggérer quoi que ce soit. À vérifier d’abord :
modality-also-find-out = Avant de vous y fier, vérifiez aussi :
modality-choose = — Choisir —
modality-error-choose = Choisissez le mode de contact pour : { $kinds }
modality-suggested = Suggéré
modality-differs-short = diffère
modality-answers = Les réponses
modality-answers-hint = Pour modifier des réponses, revenez à leur partie de l’entretien ; la suggestion est recalculée.
modality-change = Modifier : { $section }
modality-prefilled = Repris du dossier de la famille ; modifiez-le s’il n’est pas exact.
modality-section-1 = Ouverture au contact en ligne
modality-section-2 = L’objet du contact
modality-section-3 = Appareil, connexion et compétences
modality-section-4 = Détention et langue
modality-section-5 = Confidentialité et sécurité
modality-section-6 = Distance et santé
modality-section-7 = Rencontre, confiance et identité
arrange-low_threshold_first_contact = Envisager au cas par cas un premier contact en ligne facile d’accès (un message ou un court appel)
question-matters = À quel point les sujets à aborder sont-ils délicats ou complexes ?
question-matters-hint = Les sujets très délicats ou complexes sont mieux abordés en face à face.
answer-matters-everyday = Sujets du quotidien
answer-matters-uncomfortable = Inconfortables pour la personne
answer-matters-sensitive_or_complex = Très délicats ou complexes
question-easier_from_home = Est-il plus facile pour la personne d’aborder les sujets douloureux depuis chez elle ?
question-easier_from_home-hint = Certains se confient plus facilement chez eux ; d’autres ont besoin d’une rencontre en personne.
answer-easier_from_home-yes = Oui, depuis chez elle
answer-easier_from_home-no = Non, plutôt en personne
answer-connection-none = Pas de connexion
question-private_space_agreed = Avez-vous convenu d’un lieu à l’abri des oreilles et d’un signal pour « je ne peux pas parler librement maintenant » ?
question-private_space_agreed-hint = C’est seulement alors qu’un contact délicat en ligne peut être sûr pour quelqu’un qui n’est pas toujours seul.
answer-private_space_agreed-yes = Oui, convenu et essayé
answer-private_space_agreed-no = Pas encore
question-identity = L’identité de la personne a-t-elle été vérifiée ?
question-identity-hint = Enregistré sur la page du membre : rencontré en personne, vérifié par vidéo ou documents contrôlés.
answer-identity-verified = Vérifiée
answer-identity-not_verified = Non vérifiée
member-verification-intro = Comment vous savez qui est cette personne. L’aide à la décision s’en sert.
nav-modality-rules = Règles de l’aide à la décision
modality-rules-title = Règles de l’aide à la décision : présentiel ou en ligne
modality-rules-intro = Les règles qui transforment les réponses d’un membre de la famille en suggestion pour chaque type de contact. Chaque règle indique les réponses auxquelles elle réagit, ce qu’elle suggère et la raison affichée. Les raisons qui manquent dans une autre langue s’affichent en anglais.
modality-rules-count = { $count ->
    [one] { $count } règle
   *[other] { $count } règles
}
modality-rules-saved = Les règles ont été enregistrées. Les nouvelles conversations les utilisent ; les décisions précédentes restent telles qu’elles ont été prises.
rules-is-default = Votre organisation utilise la version par défaut de Hearth. En enregistrant, vous faites de ce texte votre propre version.

## Sécurité du portail des familles
quick-exit = Quitter rapidement ce site
quick-exit-hint = (ou appuyez deux fois sur Échap)
nav-portal = Portail des familles
portal-settings-title = Portail des familles
portal-settings-intro = Les membres de la famille utilisent parfois un téléphone partagé ou peuvent être surveillés chez eux. Un nom neutre cache la nature du site ; le bouton de sortie rapide mène à un site web ordinaire.
portal-discreet-name = Nom neutre affiché aux membres de la famille
portal-discreet-hint = Par exemple « Notes » ou « Planning d’études ». Laissez ce champ vide pour afficher Hearth.
portal-exit-url = Site web ouvert par la sortie rapide
portal-exit-hint = Une adresse https:// ordinaire, par exemple un site de météo ou d’actualités. Laissez ce champ vide pour ouvrir Wikipedia.
portal-error-name = Le nom neutre peut contenir au maximum 40 caractères.
portal-error-url = Saisissez une adresse qui commence par https://.

## Accords pour le travail en ligne
agreement-link = Accord pour le travail en ligne
agreement-title = Accord pour le travail en ligne
agreement-heading = Accord pour le travail en ligne avec { $name }
agreement-in-force = L’accord en vigueur
agreement-none = Pas encore d’accord. Convenez des modalités du travail en ligne avant qu’il commence : complétez les choix ci-dessous, puis parcourez le texte ensemble.
agreement-new = Établir l’accord
agreement-renew = Établir une nouvelle version
agreement-make = Établir l’accord
agreement-earlier = Versions précédentes
agreement-renewal = Votre organisation a publié une nouvelle version de l’accord. Établissez un nouvel accord à partir de celle-ci et parcourez-le de nouveau ensemble.
agreement-waiting = En attente du consentement du membre de la famille
agreement-accepted-portal = Accepté sur le portail des familles le { $name }
agreement-accepted-verbal = Accord donné oralement, enregistré le { $name } : { $detail }
agreement-verbal = Enregistrer un consentement donné oralement
agreement-verbal-hint = Quand et comment, par exemple « lu ensemble lors de la visite à domicile du 24 novembre, accepté ».
agreement-verbal-submit = Enregistrer le consentement
agreement-error-choice = Remplissez ce champ : { $name }.
agreement-error-verbal = Indiquez quand et comment le consentement a été donné.
agreement-template-title = Modèle d’accord pour le travail en ligne
agreement-template-intro = Le modèle à partir duquel chaque accord est établi. Chaque clause porte sur l’un des thèmes obligatoires ; l’intervenant·e complète, pour chaque membre de la famille, les choix indiqués entre accolades. Publier crée une nouvelle version ; les accords établis à partir d’une version plus ancienne sont signalés comme à renouveler.
agreement-template-version = Version { $version }
agreement-template-published = La version { $version } a été publiée.
nav-agreement-template = Modèle d’accord
choice-account_users = Qui peut utiliser le compte du membre de la famille
choice-signal = Le signal convenu pour « Je ne peux pas parler librement maintenant »
choice-reconnect = Ce qui se passe si la connexion coupe (qui appelle qui, comment, dans combien de minutes)
choice-translator = Interprète (nom, ou « aucun·e »)
choice-availability = Quand l’intervenant·e est disponible
choice-urgent_contacts = Contacts en cas d’urgence en dehors de ces horaires
choice-retention = Durée de conservation des notes
clause-recordings = Enregistrements
clause-cameras = Caméras
clause-account_use = Qui utilise votre compte
clause-private_space = Un endroit pour parler en privé
clause-connection_drop = Si la connexion coupe
clause-translator = Interprète
clause-availability = Quand nous sommes disponibles
clause-confidentiality_limits = Les limites de la confidentialité
clause-storage = Ce que nous conservons, et combien de temps
portal-availability = Votre intervenant·e est disponible : { $name }.
portal-urgent = En cas d’urgence, en dehors de ces horaires : { $name }
portal-agreement-heading = Notre accord pour le travail en ligne
portal-agreement-accept = J’ai lu ce texte et je suis d’accord
audit-family-agreement-made = Établissement d’un accord pour le travail en ligne
audit-family-agreement-accepted = Consentement à l’accord pour le travail en ligne

## Séances, limites de bien-être et suivi après séance
nav-calendar = Agenda
nav-workload = Ma charge de travail
nav-team = Équipe
nav-on-call = Astreinte
nav-wellbeing = Politique de bien-être
session-new-title = Planifier une séance
session-title = Séance
session-mode = Comment
session-mode-in-person = En présentiel
session-mode-video = Appel vidéo
session-mode-phone = Appel téléphonique
session-mode-chat = Messagerie
session-mode-group = Réunion de groupe
session-contact-kind = Type de contact
session-contact-kind-hint = Hearth compare la modalité avec la décision prise avec chaque membre pour ce type de contact.
session-members = Membres de la famille qui participent
session-no-members = Ajoutez d’abord des membres de la famille au dossier.
session-decision = Décision : en présentiel ou en ligne
session-no-decision = aucune décision enregistrée pour l’instant
session-agreement = Accord pour le travail en ligne
session-agreement-accepted = accepté le { $when }
session-agreement-not-accepted = établi, pas encore accepté
session-agreement-none = pas encore
session-colleagues = Autres intervenant·es qui participent
session-starts-at = Début ({ $name })
session-minutes = Durée en minutes
session-place = Lieu ou lien de l’appel
session-place-hint = Une adresse pour une rencontre en présentiel, ou le lien ou le numéro pour un appel. Les membres de la famille le voient dans leur rappel.
session-override-reason = Pourquoi cette séance ne peut pas attendre
session-override-reason-hint = 10 caractères au moins. Votre responsable d’équipe voit le motif sur la page de l’équipe.
session-submit = Planifier la séance
session-submit-anyway = Planifier quand même
session-submit-override = Planifier au-delà de la limite
session-refused = Cette séance dépasse une limite de bien-être :
session-override-hint = Choisissez un autre moment, ou indiquez un motif pour la planifier quand même.
session-warnings = Vérifiez avant de planifier :
session-warning-decision = { $member } : pour ce type de contact, la décision est « { $detail } ».
session-warning-agreement = { $member } n’a pas encore accepté d’accord pour le travail en ligne.
session-error-mode = Choisissez comment se déroule la séance.
session-error-contact-kind = Choisissez de quel type de contact il s’agit.
session-error-start = Saisissez le début sous forme de date et d’heure.
session-error-past = Le début est dans le passé.
session-error-minutes = Saisissez une durée de 5 à 480 minutes.
session-error-place = Saisissez le lieu ou le lien de l’appel (500 caractères au maximum).
session-error-members = Choisissez au moins un membre de la famille.
session-error-override-reason = Écrivez un motif de 10 caractères au moins.
session-error-outcome = Choisissez comment la séance s’est terminée.
session-error-outcome-recorded = La manière dont cette séance s’est terminée a déjà été enregistrée.
session-when = Quand
session-duration = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
session-staff = Intervenant·es
session-outcome = Issue
session-outcome-title = Comment la séance s’est-elle terminée ?
session-outcome-held = A eu lieu
session-outcome-cancelled = Annulée
session-outcome-no-show = Absence
session-outcome-ended-abruptly = Interrompue brusquement
session-note = Note pour le dossier familial
session-note-hint = Facultatif. Conservée chiffrée dans la chronologie de la famille, comme toutes les notes.
session-outcome-submit = Enregistrer l’issue
session-overridden = Planifiée au-delà d’une limite de bien-être : { $detail }.
concern-day-off = C’est un jour de congé.
concern-not-a-working-day = Ce n’est pas un jour travaillé.
concern-outside-hours = C’est en dehors des heures de travail ({ $from }–{ $to }).
concern-day-limit = { $count ->
    [one] Ce jour-là compte déjà le maximum de { $count } séance.
   *[other] Ce jour-là compte déjà le maximum de { $count } séances.
}
concern-week-limit = { $count ->
    [one] Cette semaine-là compte déjà le maximum de { $count } séance.
   *[other] Cette semaine-là compte déjà le maximum de { $count } séances.
}
concern-last-of-day = { $count ->
    [one] C’est la dernière séance autorisée ce jour-là (maximum { $count }).
   *[other] C’est la dernière séance autorisée ce jour-là (maximum { $count }).
}
concern-last-of-week = { $count ->
    [one] C’est la dernière séance autorisée cette semaine-là (maximum { $count }).
   *[other] C’est la dernière séance autorisée cette semaine-là (maximum { $count }).
}
concern-break-too-short = Seulement { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
} entre les séances ; la pause la plus courte est de { $required ->
    [one] { $required } minute.
   *[other] { $required } minutes.
}
concern-overlap = Elle chevauche une autre séance.
concern-short-day-off = jour de congé
concern-short-not-a-working-day = jour non travaillé
concern-short-outside-hours = hors des heures de travail
concern-short-day-limit = limite quotidienne
concern-short-week-limit = limite hebdomadaire
concern-short-last-of-day = dernière de la journée
concern-short-last-of-week = dernière de la semaine
concern-short-break-too-short = pause trop courte
concern-short-overlap = séances qui se chevauchent
checklist-title = Avant de commencer
checklist-intro = Passez ces points en revue avec la famille au début de la séance.
checklist-legend = Convenu au début
checklist-private-space = Chacun est dans un endroit où personne d’autre ne peut écouter.
checklist-no-recording = Personne n’enregistre la séance.
checklist-camera = L’usage de la caméra est convenu.
checklist-connection-drop = Nous savons quoi faire si la connexion coupe.
checklist-more-questions = Je poserai peut-être plus de questions qu’en face à face, car je vois moins de choses.
checklist-agreed = Dans l’accord
checklist-submit = Tous les points ont été abordés
checklist-done = Liste de vérification terminée le { $when }.
checklist-error = Cochez chaque point une fois qu’il a été abordé.
translator-section = Interprète
translator-none = Aucun·e interprète invité·e.
translator-hint = L’interprète reçoit un e-mail avec un lien à usage unique pour accepter un engagement de confidentialité. Le lieu ou le lien de l’appel ne s’affiche qu’après cette acceptation.
translator-submit = Inviter un·e interprète
translator-pending = engagement pas encore accepté
translator-accepted = engagement accepté le { $when }
translator-error-name = Saisissez le nom de l’interprète (200 caractères au maximum).
translator-error-email = Saisissez une adresse e-mail, par exemple name@example.org.
translator-error-ended = Cette séance est terminée.
translator-title = Interprétariat pour une séance d’accompagnement
translator-undertaking-title = Engagement de confidentialité
translator-undertaking-confidential = Je garde confidentiel tout ce que j’entends ou lis pendant cette séance, y compris après la séance.
translator-undertaking-no-records = Je ne fais aucun enregistrement, aucune note ni aucune copie, et je ne conserve rien ensuite.
translator-undertaking-faithful = Je traduis fidèlement et intégralement, sans ajouter mon propre avis.
translator-undertaking-conflict = Je préviens immédiatement l’intervenant·e si je connais la famille ou si j’ai un autre conflit d’intérêts.
translator-accept = J’accepte cet engagement
translator-accept-submit = Accepter et afficher les informations
translator-error-accept = Cochez la case pour accepter l’engagement.
translator-thanks = Merci. Vous recevrez un rappel avant la séance. Ce lien ne fonctionne plus désormais.
translator-email-subject = Demande d’interprétariat pour une séance
translator-email-body = Bonjour { $name },

    Nous vous demandons d’assurer l’interprétariat lors d’une séance le { $when } ({ $detail }).

    Avant de recevoir les informations, veuillez lire et accepter l’engagement de confidentialité :
    { $to }

    Le lien ne fonctionne qu’une fois.
reminder-email-subject = Rappel de votre rendez-vous
reminder-email-body = Nous vous rappelons votre rendez-vous du { $when }.

    Comment : { $detail }
    Où : { $to }

    Si vous ne pouvez pas venir, prévenez votre personne de contact.
reminder-email-body-translator = Nous vous rappelons la séance du { $when } pour laquelle vous assurez l’interprétariat.

    Comment : { $detail }
    Où : { $to }
aftercare-title = Suivi après séance
aftercare-due = à faire d’ici le { $when }
aftercare-due-label = Échéance
aftercare-after = Après la séance du { $when }
aftercare-done = fait
aftercare-overdue = en retard
aftercare-complete = Enregistrer le suivi
aftercare-completed = Suivi enregistré le { $when }.
aftercare-session = Séance
aftercare-channel = Moyen préféré pour joindre la personne
aftercare-channel-unknown = Non renseigné ; voir le dossier familial.
aftercare-how = Comment va la personne ?
aftercare-how-hint = Quelques mots suffisent. Conservé chiffré.
aftercare-more-help = Une aide supplémentaire a-t-elle été organisée ?
aftercare-more-help-yes = Oui
aftercare-more-help-no = Non
aftercare-submit = Enregistrer le suivi
aftercare-error-answer = Écrivez brièvement comment va la personne (4 000 caractères au maximum).
aftercare-error-more-help = Indiquez si une aide supplémentaire a été organisée.
aftercare-error-done = Ce suivi a déjà été enregistré.
family-sessions = Séances
family-sessions-empty = Aucune séance pour l’instant. Planifiez la première lorsque vous avez convenu d’un moment avec la famille.
family-session-new = Planifier une séance
family-follow-ups-empty = Aucun suivi. Un suivi apparaît ici après une séance en ligne ou une séance interrompue brusquement.
home-today = Aujourd’hui
home-today-empty = Aucune séance aujourd’hui.
home-calendar = Votre agenda
home-follow-ups-empty = Aucun suivi en attente.
portal-sessions-heading = Vos rendez-vous
portal-sessions-empty = Aucun rendez-vous prévu.
portal-away = { $name } ne travaille pas en ce moment.
portal-away-until = { $name } est absent·e jusqu’au { $when }.
portal-on-call = En cas d’urgence, contactez { $name }.
calendar-title = Agenda
calendar-day = Jour
calendar-week = Semaine
calendar-week-of = Semaine du { $when }
calendar-zone = Heures du fuseau { $name }.
calendar-navigation = Parcourir l’agenda
calendar-previous = Précédent
calendar-next = Suivant
calendar-today = Aujourd’hui
calendar-free = Aucune séance.
calendar-back = Retour à l’agenda
calendar-feed-link = Abonnement d’agenda pour votre téléphone
calendar-feed-title = Abonnement d’agenda
calendar-feed-intro = Abonnez-vous à vos séances dans l’application d’agenda que vous utilisez déjà. L’adresse est secrète : toute personne qui la connaît peut voir vos séances, alors ne la partagez pas. Vous pouvez la remplacer ou la révoquer à tout moment.
calendar-feed-issued = Copiez maintenant cette adresse dans votre application d’agenda. Elle ne s’affiche qu’une fois.
calendar-feed-active = Votre abonnement est actif. Les événements s’appellent « Séance Hearth » et ne contiennent aucun nom.
calendar-feed-active-names = Votre abonnement est actif et affiche le nom des familles.
calendar-feed-none = Vous n’avez pas d’abonnement d’agenda.
calendar-feed-new = Nouvelle adresse d’abonnement
calendar-feed-show-names = Afficher le nom des familles dans le titre des événements
calendar-feed-show-names-hint = Laissez cette option désactivée si d’autres personnes peuvent voir l’agenda de votre téléphone.
calendar-feed-issue = Créer une nouvelle adresse (l’ancienne cesse de fonctionner)
calendar-feed-revoke = Révoquer l’abonnement
calendar-feed-event = Séance Hearth ({ $detail })
calendar-feed-name = Séances Hearth
limits-title = Mes limites
limits-intro = Fixez des limites plus strictes que celles de votre organisation, si vous en avez besoin. La plus stricte des deux s’applique toujours.
limits-organisation-summary = Votre organisation : { $detail } ; au maximum { $count } séances par jour et { $size } par semaine ; pauses de { $from } minutes.
limits-clear = Utiliser les limites de l’organisation
wellbeing-policy-title = Politique de bien-être
wellbeing-policy-intro = Le travail en ligne déborde facilement sur toute la journée. Ces limites s’appliquent à chaque intervenant·e ; les séances qui les dépassent nécessitent un motif écrit, visible par les responsables d’équipe.
wellbeing-time-zone = Fuseau horaire
wellbeing-time-zone-hint = Un nom de la base de données des fuseaux horaires, par exemple Europe/Amsterdam.
wellbeing-hours = Heures de travail
wellbeing-hours-hint = Laissez les deux heures vides pour un jour non travaillé.
wellbeing-from = { $name } de
wellbeing-to = { $name } jusqu’à
wellbeing-max-per-day = Nombre maximal de séances d’accompagnement par jour
wellbeing-max-per-week = Nombre maximal de séances d’accompagnement par semaine
wellbeing-min-break = Pause la plus courte entre deux séances (minutes)
wellbeing-days-off = Jours de congé
wellbeing-days-off-hint = Une date par ligne, par exemple 2026-12-25.
wellbeing-aftercare-hours = Suivi à faire dans un délai de (heures)
wellbeing-reminder-hours = Rappels aux familles (heures avant)
wellbeing-reminder-hours-hint = Jusqu’à trois nombres, par exemple 24, 2. Laissez vide pour ne pas envoyer de rappels.
wellbeing-save = Enregistrer
wellbeing-error-hours = { $name } : saisissez un début et une fin, la fin après le début.
wellbeing-error-per-day = Saisissez un maximum quotidien de 1 à { $count }.
wellbeing-error-per-week = Saisissez un maximum hebdomadaire de 1 à { $count }.
wellbeing-error-break = Saisissez une pause de 0 à { $count } minutes.
wellbeing-error-days-off = Écrivez chaque jour de congé sous forme de date, par exemple 2026-12-25.
wellbeing-error-zone = Saisissez un fuseau horaire connu, par exemple Europe/Amsterdam.
wellbeing-error-aftercare = Saisissez de 1 à { $count } heures.
wellbeing-error-reminders = Saisissez jusqu’à trois nombres d’heures compris entre 1 et 168.
weekday-0 = Lundi
weekday-1 = Mardi
weekday-2 = Mercredi
weekday-3 = Jeudi
weekday-4 = Vendredi
weekday-5 = Samedi
weekday-6 = Dimanche
on-call-title = Astreinte
on-call-intro = Qui prend en charge les contacts urgents en dehors des heures de travail. Heures du fuseau { $name }.
on-call-empty = Personne n’est d’astreinte dans la période à venir.
on-call-who = Qui
on-call-from = Du
on-call-to = Jusqu’au
on-call-now = en ce moment
on-call-remove = Supprimer
on-call-remove-who = Oui, supprimer l’astreinte de { $name }
on-call-add = Ajouter une astreinte
on-call-add-submit = Ajouter l’astreinte
on-call-error-who = Choisissez qui est d’astreinte.
on-call-error-times = Saisissez un début et une fin, la fin après le début et au plus tard 14 jours après.
workload-title = Ma charge de travail
team-title = Charge de travail de l’équipe
team-intro = Pour la supervision : les séances par rapport aux limites, les séances au-delà, le travail en dehors des heures et les suivis en cours.
team-empty = Personne dans votre équipe pour l’instant.
workload-week-of = Semaine du { $when }
workload-sessions-week = Séances cette semaine
workload-busiest-day = Journée la plus chargée
workload-of-limit = { $count } sur { $size }
workload-outside-hours = Séances en dehors des heures de travail
workload-follow-ups = Suivis en cours
workload-follow-ups-count = { $open } en cours, { $overdue } en retard
workload-per-day = Séances par jour
workload-overrides = Au-delà des limites
workload-no-overrides = Aucune séance au-delà des limites cette semaine.
notification-follow-up-due = Un suivi est à faire pour { $family }.
notification-follow-up-overdue = Le suivi de { $name } auprès de { $family } est en retard.
notification-guardrail-overridden = { $name } a planifié une séance au-delà d’une limite de bien-être.
notifications-email-title = E-mail
notifications-email-intro = Hearth peut aussi vous envoyer un e-mail quand il y a du nouveau. L’e-mail ne nomme jamais une famille ni une personne, et n’est envoyé que pendant vos heures de travail ou pendant votre astreinte.
notifications-email-on = M’envoyer un e-mail pour les nouvelles notifications
notifications-email-save = Enregistrer
notification-email-subject = Quelque chose vous attend dans Hearth
notification-email-body = { $detail }

    Connectez-vous pour le voir : { $to }
notification-email-break-glass = Un·e collègue a ouvert un dossier familial par accès d’urgence.
notification-email-assessment-submitted = Une évaluation attend votre relecture.
notification-email-assessment-returned = Une évaluation vous a été renvoyée.
notification-email-follow-up-due = Un suivi après une séance est à faire.
notification-email-follow-up-overdue = Un suivi dans votre équipe est en retard.
notification-email-guardrail-overridden = Une séance a été planifiée au-delà d’une limite de bien-être.
audit-family-session-scheduled = Planification d’une séance
audit-family-session-guardrail-overridden = Planification d’une séance au-delà d’une limite de bien-être
audit-family-session-viewed = Consultation d’une séance
audit-family-session-checklist-completed = Liste de vérification de début de séance terminée
audit-family-session-outcome-recorded = Enregistrement de l’issue d’une séance
audit-family-translator-invited = Invitation d’un·e interprète
audit-family-translator-undertaking-accepted = Acceptation de l’engagement de confidentialité par un·e interprète
audit-family-follow-up-completed = Enregistrement d’un suivi après séance
calendar-feed-revoke-confirm = Les applications d’agenda qui utilisent cette adresse n’afficheront plus vos séances.
calendar-feed-revoke-submit = Oui, révoquer l’abonnement
session-error-not-started = La séance n’a pas encore commencé ; avant son début, elle peut seulement être annulée.
member-reminders-title = Rappels des séances
member-reminders-intro = Un rappel indique seulement quand et comment une séance a lieu. Sans adresse ici, il est envoyé au compte de l’espace famille du membre, s’il en a un.
member-reminder-email = Adresse e-mail pour les rappels
member-reminder-email-hint = Facultatif. Laissez vide pour utiliser l’adresse du compte de l’espace famille.
member-reminder-language = Langue des rappels
member-reminders-off = Pas de rappels par e-mail (par exemple si quelqu’un d’autre lit cette messagerie)
member-reminders-save = Enregistrer les réglages des rappels
member-reminders-saved = Les réglages des rappels sont enregistrés.
member-reminder-error-email = Saisissez une adresse e-mail, par exemple nom@example.org, ou laissez le champ vide.
notification-outcome-missing = Une séance avec { $family } est terminée ; indiquez comment elle s’est déroulée, pour que le suivi après séance puisse commencer.
notification-email-outcome-missing = Une séance s’est terminée sans que son issue soit enregistrée.

families-count = { $count ->
    [one] { $count } famille
   *[other] { $count } familles
}
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
pager-position = Page { $page } sur { $pages }

## Conversations avec la famille
conversations-heading = Conversations
conversations-empty = Pas encore de conversation.
conversations-no-accounts = Vous pouvez écrire ici aux membres qui ont un compte sur le portail. Invitez d’abord un membre sur le portail.
conversation-start = Commencer une conversation
conversation-start-with = Écrire à
conversation-error-members = Choisissez au moins un membre qui a un compte sur le portail.
conversation-title = Conversation
conversation-with = Avec { $names }
conversation-last = Dernier message { $when }
conversation-unseen = { $count ->
    [one] 1 nouveau message
   *[other] { $count } nouveaux messages
}
conversation-empty = Pas encore de message. Écrivez le premier ci-dessous.
conversations-back = Retour à vos conversations
portal-conversations-title = Vos conversations
nav-conversations = Conversations
portal-conversations-empty = Pas encore de conversation. Votre intervenant peut en commencer une avec vous ici.
message-urgent-hint = Ne le marquez urgent que s’il ne peut pas attendre : il est alors envoyé à la personne de permanence.
message-text = Message
message-send = Envoyer
message-error-empty = Écrivez un message avant de l’envoyer.
message-error-too-long = Un message peut compter au plus 4 000 caractères. Raccourcissez-le ou partagez-le en deux messages.
message-urgent = Urgent
message-corrected = Corrigé
message-earlier = Texte précédent
message-correct = Corriger ce message
message-correct-submit = Enregistrer la correction
message-correct-explain = La correction est signalée comme telle ; le texte précédent reste visible pour toutes les personnes de la conversation.
message-seen-by = Vu par { $names }
message-new-from = Nouveau message de { $name }
message-automatic = Hearth (réponse automatique)

# Telling people about messages
notification-message-received = { $name } a écrit dans une conversation avec { $family }.
notification-urgent-message = { $name } ({ $family }) a envoyé un message marqué urgent.
notification-email-message-received = Un membre d’une famille vous a écrit.
notification-email-urgent-message = Un membre d’une famille a envoyé un message marqué urgent.
message-email-subject = Vous avez un nouveau message
message-email-body = Vous avez un nouveau message dans { $site }. Connectez-vous pour le lire : { $to }

    Vous pouvez désactiver ces e-mails sur la page de votre compte.
message-emails-legend = E-mail pour les nouveaux messages
message-emails-label = M’envoyer un e-mail quand j’ai un nouveau message (l’e-mail n’en dit jamais le contenu)
message-emails-save = Enregistrer

# Quick answers
nav-quick-answers = Réponses rapides
nav-answers = Réponses
quick-answers-title = Réponses rapides
quick-answers-intro = De courtes réponses aux questions pratiques que posent souvent les familles : passeports, démarches, visites en prison, qui appeler. Les membres les lisent dans le portail ; les intervenants les insèrent dans leurs réponses.
quick-answers-empty = Aucune réponse rapide pour l’instant. Ajoutez la première.
quick-answer-new-title = Ajouter une réponse rapide
quick-answer-edit-title = Modifier une réponse rapide
quick-answers-back = Retour aux réponses rapides
quick-answer-form-intro = Écrivez la question et la réponse dans chaque langue possible ; laissez une langue vide si elle n’est pas encore écrite. Les membres la voient dans leur langue quand elle existe.
quick-answer-question = Question
quick-answer-answer = Réponse
quick-answer-remove-title = Supprimer cette réponse rapide
quick-answer-remove-explain = « { $title } » ne sera plus montrée aux membres ni proposée dans les réponses. Les messages qui l’ont déjà utilisée gardent leur texte.
quick-answer-remove-confirm = Supprimer
quick-answer-error-incomplete = Écrivez la question et la réponse, ou laissez les deux vides.
quick-answer-error-title-long = La question peut compter au plus 120 caractères.
quick-answer-error-body-long = La réponse peut compter au plus 2 000 caractères.
quick-answer-error-intro = Certaines langues demandent votre attention ; voir ci-dessous.
quick-answer-error-empty = Écrivez la question et la réponse dans au moins une langue.
portal-answers-title = Réponses aux questions fréquentes
portal-answers-intro = Des réponses pratiques de votre équipe d’accompagnement. Si votre question n’y est pas, écrivez à votre intervenant.
portal-answers-empty = Il n’y a pas encore de réponses ici. Vous pouvez écrire à votre intervenant pour toute question.
quick-answers-insert = Insérer une réponse rapide
quick-answers-language = Insérée en { $language } quand elle est écrite ainsi.

# Conversations on the family timeline
timeline-conversation-day = Conversation avec { $names } : { $messages }, { $family }
timeline-conversation-messages = { $count ->
    [one] 1 message
   *[other] { $count } messages
}
timeline-conversation-from-family = { $count ->
    [one] dont 1 de la famille
   *[other] dont { $count } de la famille
}

# Files sent in conversations
attach-heading = Envoyer une photo ou un PDF
attach-file = Photo ou fichier PDF
attach-hint = JPEG, PNG ou PDF, jusqu’à 10 Mo. Les informations cachées du fichier (comme le lieu d’une photo) sont retirées.
attach-caption = Quelques mots avec (facultatif)
attach-submit = Envoyer le fichier
attachment-error-kind = Seules les photos (JPEG, PNG) et les fichiers PDF peuvent être envoyés dans une conversation.

## Video calls
choice-reconnect_minutes = Nombre de minutes d’attente pour qu’un appel vidéo coupé reprenne, avant d’appliquer la solution de repli convenue (de 1 à 30)
agreement-error-reconnect-minutes = Le nombre de minutes d’attente après la coupure d’un appel doit être un nombre entier de 1 à 30.
call-title = Appel vidéo
call-open = Ouvrir l’appel vidéo
call-open-hint = L’appel s’ouvre 15 minutes avant le début et se ferme 30 minutes après la fin prévue. Hearth n’enregistre jamais les appels.
call-join-link = Rejoindre l’appel vidéo
call-translator-keep-link = Gardez le lien de ce bouton : il vous permet d’entrer dans l’appel jusqu’à la fin de la séance.
call-translator-verified = Interprète : engagement de confidentialité accepté via son lien d’invitation
call-back-to-session = Retour à la séance
call-back-home = Retour à l’accueil
call-back-translator = Retour à l’invitation
call-not-video = Cette séance n’a pas lieu en vidéo ; il n’y a donc pas d’appel.
call-session-over = Cette séance est terminée ; son appel est fermé.
call-not-yet = L’appel s’ouvrira le { $when }. Revenez à ce moment-là.
call-closed = L’heure de cet appel est passée.
call-needs-script = Les appels vidéo ont besoin de JavaScript, qui est désactivé dans ce navigateur.
call-unsupported = Ce navigateur ne permet pas de passer des appels vidéo. Essayez une version récente de Chrome, Firefox ou Safari.
call-fallback = Ce que nous avons convenu si un appel ne fonctionne pas : { $fallback }
call-fallback-heading = Si la connexion coupe :
call-check-title = Vérifiez votre caméra, votre micro et le son
call-check-intro = Personne ne vous voit ni ne vous entend encore. Votre navigateur va peut-être demander si Hearth peut utiliser la caméra et le micro : choisissez « Autoriser ».
call-preview-label = Votre caméra
call-mic-level = Micro : parlez et regardez si la barre bouge
call-sound-test = Écouter un son de test
call-sound-hint = Si vous n’entendez aucun son, montez le volume ou branchez des écouteurs.
call-connection-measuring = Vérification de votre connexion…
call-connection-good = Votre connexion semble bonne pour la vidéo.
call-connection-fair = Votre connexion devrait suffire pour la vidéo. Si l’image se fige, passez au son seul.
call-connection-weak = Votre connexion semble faible. Le son seul est activé : il fonctionne beaucoup mieux avec une connexion faible.
call-connection-unknown = La connexion n’a pas pu être vérifiée. Vous pouvez quand même rejoindre l’appel.
call-audio-only = Son seul (sans caméra)
call-audio-only-hint = Le son seul utilise beaucoup moins de données et continue de fonctionner avec une connexion faible.
call-device-ok = La caméra et le micro fonctionnent.
call-device-audio-only = Le micro fonctionne ; votre caméra est coupée.
call-device-failed = Hearth n’a pas pu utiliser votre caméra ou votre micro. Vérifiez que le navigateur a le droit de les utiliser, ou utilisez la solution de repli convenue.
call-start = Démarrer l’appel
call-ask-to-join = Demander à rejoindre l’appel
call-waiting-title = Salle d’attente
call-waiting-text = Vous êtes dans la salle d’attente. { $name } va bientôt vous faire entrer. Gardez cette page ouverte.
call-room-title = L’appel
call-self-label = Votre propre image
call-you = Vous
call-controls = Commandes de l’appel
call-mute = Couper le micro
call-unmute = Activer le micro
call-camera-off = Couper la caméra
call-camera-on = Activer la caméra
call-leave = Quitter l’appel
call-end = Terminer l’appel pour tout le monde
call-end-confirm-title = Terminer l’appel ?
call-end-confirm-text = Tout le monde quitte l’appel. Ensuite, vous enregistrez l’issue sur la page de la séance.
call-end-cancel = Poursuivre l’appel
call-weak-advice = La connexion est faible. Passer au son seul aide généralement.
call-switch-audio = Passer au son seul
call-over-title = L’appel est terminé
call-record-outcome = Enregistrer l’issue sur la page de la séance
call-lobby-title = En attente d’entrer
call-nobody-waiting = Personne n’attend.
call-present-title = Dans l’appel
call-admit = Faire entrer
call-turn-away = Refuser l’accès
call-connected = Connecté·e
call-reconnecting = La connexion a été perdue. Reconnexion en cours…
call-dropped-at = Connexion perdue à
call-joined = En communication avec
call-interrupted = La connexion a coupé à { $since }. Si elle n’est pas revenue à { $until }, la séance sera enregistrée comme interrompue brusquement et un suivi sera prévu.
call-ended = L’appel est terminé.
call-ended-abruptly = L’appel a coupé et n’a pas repris à temps. La séance est enregistrée comme interrompue brusquement ; votre intervenant·e vous contactera comme convenu.
call-ended-abruptly-staff = L’appel a coupé et n’a pas repris à temps. La séance est enregistrée comme interrompue brusquement et un suivi est prévu sur sa page. Faites maintenant ce qui a été convenu :
call-turned-away = L’accès à l’appel vous a été refusé. Contactez votre intervenant·e de la manière habituelle.
call-full = L’appel compte déjà quatre personnes, le maximum possible.
call-replaced = L’appel est ouvert dans une autre fenêtre ou sur un autre appareil.
call-left = Vous avez quitté l’appel.
call-lost = Vous n’avez plus accès à cet appel.
call-role-staff = intervenant·e
call-role-member = membre de la famille
call-role-translator = interprète
call-sound-playing = Lecture d’un son de test.
call-checklist-saved = La liste de vérification de début de séance est terminée.
call-checklist-failed = La liste de vérification n’a pas été enregistrée : cochez chaque point et réessayez.
call-terms-title = Ce que nous avons convenu
call-no-recording = Personne n’enregistre cet appel : ni vous, ni nous. Hearth n’a aucune fonction d’enregistrement.
call-terms-of = Accord avec { $name }
call-signal = Signal pour « Je ne peux pas parler librement maintenant » :
call-reconnect-minutes = { $count ->
    [one] (Nous attendons { $count } minute que la connexion revienne.)
   *[other] (Nous attendons { $count } minutes que la connexion revienne.)
}
call-no-agreement = Aucun accord pour le travail en ligne n’est en vigueur. Convenez oralement des règles de l’appel avant de commencer.
call-log-title = L’appel vidéo
call-event-opened = L’appel a été ouvert
call-event-waiting = { $name } est dans la salle d’attente
call-event-admitted = { $name } a rejoint l’appel
call-event-turned_away = L’accès a été refusé à { $name }
call-event-dropped = La connexion de { $name } a coupé
call-event-restored = La connexion de { $name } est revenue
call-event-left = { $name } a quitté l’appel
call-event-ended = L’appel s’est terminé
call-event-ended_abruptly = L’appel s’est interrompu brusquement : la connexion n’est pas revenue à temps

## Peer-support communities
nav-community = Communauté
community-title = Groupes d’entraide
community-back = Retour aux groupes d’entraide
community-back-to-topic = Retour au sujet
community-manager-intro = Ouvrez des groupes, désignez leurs pair-aidant·es, décidez des demandes d’adhésion et veillez à ce que chaque question reçoive une réponse.
community-new-group-title = Ouvrir un nouveau groupe
community-group-settings-title = Paramètres du groupe
community-group-title = Groupe
community-groups-heading = Groupes
community-no-groups-manager = Pas encore de groupe. Ouvrez le premier : donnez-lui un thème, des règles et au moins un·e pair-aidant·e.
community-no-groups-member = Vous n’êtes pas encore dans un groupe. Votre intervenant·e peut vous inviter, ou vous pouvez demander à rejoindre un groupe ci-dessous.
community-applications-waiting = { $count ->
    [one] { $count } demande attend votre décision
   *[other] { $count } demandes attendent votre décision
}
community-questions-waiting = { $count ->
    [one] { $count } question attend une réponse
   *[other] { $count } questions attendent une réponse
}
community-stat-members = Membres
community-stat-open-questions = Questions ouvertes
community-stat-first-reply = Délai médian avant la première réponse
community-stat-active = Membres qui ont écrit au cours des 30 derniers jours
community-stat-posts-week = Messages par semaine (4 dernières semaines)
community-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
community-safety-notice = Les personnes ici sont des familles comme la vôtre. Les pair-aidant·es et l’organisation veillent sur les groupes, mais nous ne pouvons pas garantir que tout ce qui se dit ici reste ici, ni que cela vous convient. Ne partagez pas de noms, de lieux, ni rien qui permette de reconnaître quelqu’un. Si la sécurité de quelqu’un vous inquiète en ce moment, demandez à parler à quelqu’un.
community-help-link = J’ai besoin de parler à quelqu’un
community-notices-heading = Messages de la communauté
community-new = Nouveau :
community-notice-post-hidden = La modération a masqué un de vos messages dans « { $group } ». Motif :
community-notice-question-waiting = Une question dans « { $group } » attend une réponse depuis trop longtemps.
community-notice-warned = La modération de « { $group } » vous a envoyé un avertissement :
community-pseudonym-heading = Votre nom dans la communauté
community-pseudonym-current = Les autres membres vous voient sous le nom { $pseudonym }.
community-pseudonym-none = Avant d’écrire, choisissez un nom à utiliser dans les groupes. Les autres membres ne voient jamais votre vrai nom.
community-pseudonym-label = Nom dans la communauté
community-pseudonym-hint = De 3 à 30 lettres, chiffres, espaces, points ou tirets. Pas votre vrai nom, ni une partie de celui-ci.
community-pseudonym-save = Enregistrer le nom
community-error-pseudonym-taken = Quelqu’un utilise déjà ce nom, ou un nom qui lui ressemble. Choisissez-en un autre.
community-error-pseudonym-short = Le nom doit contenir au moins 3 caractères.
community-error-pseudonym-long = Le nom peut contenir au maximum 30 caractères.
community-error-pseudonym-characters = Utilisez seulement des lettres, des chiffres, des espaces, des points, des tirets et des tirets bas.
community-error-pseudonym-real-name = Ce nom contient votre vrai nom. Choisissez un nom qui ne permet pas de vous reconnaître.
community-invitations-heading = Invitations
community-invitation-accept = Rejoindre ce groupe
community-invitation-decline = Non, merci
community-my-groups-heading = Vos groupes
community-you-are-ambassador = Vous êtes pair-aidant·e dans ce groupe.
community-rules-to-accept = Les règles du groupe ont changé : lisez-les et acceptez-les avant d’écrire à nouveau.
community-other-groups-heading = Autres groupes
community-my-applications-heading = Vos demandes
community-application-waiting = En attente d’une décision
community-application-approved = Acceptée
community-application-declined = Refusée
community-digest-heading = E-mail quand quelqu’un répond
community-digest-on = Vous recevez un e-mail quand quelqu’un répond à vos sujets. Il ne contient jamais ce qui a été écrit.
community-digest-off = Vous ne recevez aucun e-mail sur la communauté.
community-digest-start = Recevoir un e-mail pour les réponses
community-digest-stop = Arrêter ces e-mails
community-group-name = Nom du groupe
community-group-purpose = Pour qui est ce groupe et de quoi il parle
community-rules-title = Règles du groupe
community-rules-hint = Chaque membre les accepte avant son premier message. Dites clairement ce qui est bienvenu, ce qui ne l’est pas, et ce que fait la modération.
community-rules-default = Faites preuve de bienveillance : chacun ici traverse une période difficile. Partagez votre propre expérience, pas l’histoire des autres. Ne publiez pas de noms, de lieux, de photos, ni rien qui permette de reconnaître quelqu’un. Pas de haine, pas de menaces, pas de recrutement. La modération peut masquer les messages qui ne respectent pas ces règles, et vous dira pourquoi. Si la sécurité de quelqu’un vous inquiète, utilisez « J’ai besoin de parler à quelqu’un ».
community-rules-version = Version { $count }
community-rules-new = Une nouvelle version des règles du groupe
community-rules-new-hint = Chaque membre doit accepter la nouvelle version avant d’écrire à nouveau.
community-rules-publish = Publier les nouvelles règles du groupe
community-ambassadors-heading = Pair-aidant·es
community-no-ambassadors = Il n’y a pas encore de pair-aidant·e dans votre organisation. Demandez à l’administrateur·rice de votre organisation d’en inviter un·e.
community-error-name-missing = Donnez un nom au groupe.
community-error-name-long = Le nom peut contenir au maximum 80 caractères.
community-error-purpose-long = La description peut contenir au maximum 500 caractères.
community-error-rules-empty = Écrivez les règles du groupe.
community-error-rules-short = Les règles du groupe doivent contenir au moins 20 caractères.
community-error-rules-long = Les règles du groupe peuvent contenir au maximum 8 000 caractères.
community-ambassadors-are = Pair-aidant·es : { $names }
community-no-ambassador-yet = Ce groupe n’a pas encore de pair-aidant·e.
community-ambassador-unnamed = un·e pair-aidant·e qui n’a pas encore de nom
community-ambassador-label = { $name } (pair-aidant·e)
community-manager-label = { $name } (animateur·rice de communauté)
community-author-gone = Un ancien membre
community-moderation-title = Journal de modération
community-queue-title = Questions et signalements
community-topics-heading = Sujets
community-no-topics = Pas encore de sujet. Lancez le premier ci-dessous.
community-answered = Répondu
community-unanswered = En attente d’une réponse
community-replies = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
community-new-topic = Lancer un sujet
community-blocked-pseudonym = Choisissez d’abord un nom à utiliser dans la communauté.
community-blocked-rules = Lisez et acceptez d’abord les règles du groupe.
community-blocked-muted = La modération vous empêche d’écrire dans ce groupe jusqu’au { $until }.
community-blocked-not-member = Vous n’êtes pas membre de ce groupe.
community-blocked-go = Y aller
community-topic-title-label = Titre
community-post-label = Votre message
community-post-hint = Écrivez dans la langue de votre choix. **gras** et _italique_ fonctionnent ; commencez les lignes par « - » pour faire une liste.
community-topic-is-question = C’est une question
community-topic-submit = Publier le sujet
community-topic-title = Sujet
community-error-title-empty = Donnez un titre au sujet.
community-error-title-short = Le titre doit contenir au moins 3 caractères.
community-error-title-long = Le titre peut contenir au maximum 150 caractères.
community-error-post-empty = Écrivez un message.
community-error-post-short = Écrivez un message.
community-error-post-long = Un message peut contenir au maximum 8 000 caractères.
community-rules-changed = Les règles du groupe ont changé depuis la dernière fois que vous les avez acceptées.
community-rules-accept-label = J’ai lu les règles du groupe et je m’engage à les respecter.
community-rules-accept = Accepter les règles du groupe
community-apply-title = Demander à rejoindre le groupe
community-apply-intro = L’animateur·rice de communauté lit votre réponse et décide. Vous verrez la décision sur la page de la communauté.
community-apply-label = Pourquoi souhaitez-vous rejoindre ce groupe ?
community-apply-submit = Envoyer la demande
community-error-application-empty = Écrivez en quelques mots pourquoi vous souhaitez rejoindre le groupe.
community-error-application-short = Écrivez au moins 10 caractères.
community-error-application-long = La réponse peut contenir au maximum 1 000 caractères.
community-applications-title = Demandes
community-no-applications = Aucune demande n’attend de décision.
community-decline-reason = Motif (obligatoire en cas de refus ; la personne qui a fait la demande le lira)
community-approve = Accepter
community-decline = Refuser
community-error-reason-empty = Écrivez le motif.
community-error-reason-short = Le motif doit contenir au moins 3 caractères.
community-error-reason-long = Le motif peut contenir au maximum 1 000 caractères.
community-helpful = Cela a aidé
community-post-hidden = La modération a masqué ce message.
community-mark-helpful = Cette réponse m’a été utile
community-flag-title = Signaler à la modération
community-flag-intro = Dites à la modération ce qui ne va pas dans ce message. La personne qui l’a écrit ne voit pas qui l’a signalé.
community-flag-submit = Envoyer le signalement
community-hide-title = Masquer ce message
community-hide-intro = Le message est masqué pour tout le groupe, et la personne qui l’a écrit reçoit le motif que vous indiquez.
community-hide-submit = Masquer le message
community-reason-label = Motif
community-reply-heading = Répondre
community-reply-submit = Publier la réponse
community-unanswered-heading = Questions sans réponse
community-no-unanswered = Chaque question a une réponse.
community-overdue = délai dépassé
community-waited-hours = { $count ->
    [one] en attente depuis { $count } heure
   *[other] en attente depuis { $count } heures
}
community-waited-days = { $count ->
    [one] en attente depuis { $count } jour
   *[other] en attente depuis { $count } jours
}
community-flags-heading = Messages signalés
community-no-flags = Aucun message signalé.
community-flag-reasons = Signalé pour les raisons suivantes :
community-open-topic = Ouvrir le sujet
community-dismiss = Garder le message (clore les signalements)
community-no-moderation = Aucune action de modération dans ce groupe pour l’instant.
community-log-when = Quand
community-log-what = Quoi
community-log-by = Par
community-log-member = Membre
community-log-reason = Motif
community-moderation-hid = Masquage d’un message
community-moderation-edited = Modification d’un message
community-moderation-warned = Avertissement à un membre
community-moderation-muted = Mise en sourdine d’un membre
community-moderation-removed = Retrait d’un membre
community-moderation-flag-dismissed = Maintien d’un message signalé
community-moderation-application-approved = Acceptation d’une demande
community-moderation-application-declined = Refus d’une demande
community-moderation-rules-published = Publication de nouvelles règles du groupe
community-settings-title = Délais de réponse
community-settings-intro = Chaque question mérite une réponse. Quand une question attend aussi longtemps sans réponse, les pair-aidant·es de son groupe sont prévenu·es ; plus tard, l’animateur·rice de communauté.
community-limit-ambassadors = Prévenir les pair-aidant·es après (heures)
community-limit-manager = Prévenir l’animateur·rice de communauté après (heures)
community-error-limits-range = Chaque délai est un nombre entier d’heures, de 1 à 336.
community-error-limits-order = L’animateur·rice de communauté est prévenu·e après les pair-aidant·es.
community-help-title = J’ai besoin de parler à quelqu’un
community-help-urgent-heading = Si quelqu’un est en danger maintenant
community-help-emergency = Appelez tout de suite les services d’urgence. Voici les contacts convenus avec votre intervenant·e pour les moments urgents :
community-help-intro = Demandez à parler à quelqu’un : votre intervenant·e, ou la personne d’astreinte en ce moment, est prévenu·e tout de suite et vous contactera comme convenu. Rien n’est publié dans les groupes.
community-help-ask = Demander que quelqu’un me contacte
community-help-sent = Votre demande a été envoyée. Quelqu’un vous contactera comme convenu.
community-invite-heading = Groupes d’entraide
community-invite-label = Inviter dans un groupe
community-invite-submit = Envoyer l’invitation
community-invite-no-groups = Il n’y a pas encore de groupe d’entraide.
community-invite-needs-account = Un membre de la famille doit avoir un compte sur le portail avant de pouvoir être invité dans un groupe.
community-invite-invited = L’invitation a été envoyée. La personne la voit sur sa page de la communauté.
community-invite-member = Cette personne est déjà dans ce groupe.
community-invite-waiting = Cette personne a déjà été invitée dans ce groupe.
community-invite-no-account = Un membre de la famille doit avoir un compte sur le portail avant de pouvoir être invité dans un groupe.
notification-community-question-waiting = Une question dans un groupe d’entraide attend une réponse au-delà du délai prévu.
notification-community-help-requested = { $name } a demandé, depuis la communauté, à parler à quelqu’un ({ $family }).
notification-email-community-question = Une question dans un groupe d’entraide attend une réponse.
audit-family-community-invitation-sent = Invitation d’un membre dans un groupe d’entraide
audit-family-community-help-requested = Demande d’un membre pour parler à quelqu’un
community-edit-title = Modifier ce message
community-edit-intro = Ne changez que ce qui ne respecte pas les règles du groupe, comme un nom ou un lieu. Tout le monde voit que la modération a modifié le message et pourquoi, et la personne qui l’a écrit en est informée.
community-edit-why = Motif de la modification
community-edit-why-hint = Affiché sous le message, pour tout le groupe.
community-edit-submit = Enregistrer le message modifié
community-edited-note = Modifié par la modération : { $why }
community-member-action-title = Avertir, mettre en sourdine ou retirer la personne qui l’a écrit
community-member-action-intro = Que doit-il se passer pour { $name } dans ce groupe ? La personne sera informée de votre choix et de son motif.
community-member-action-choose = Que faire ?
community-act-warn = Envoyer un avertissement
community-act-mute = Mettre en sourdine : la personne peut lire mais pas écrire, pendant quelques jours
community-act-remove = Retirer la personne du groupe
community-mute-days = Jours de mise en sourdine (de 1 à 90, seulement pour une mise en sourdine)
community-member-action-reason-hint = Le membre lit ce texte. Indiquez avec bienveillance quelle règle n’a pas été respectée.
community-member-action-submit = Confirmer
community-error-mute-days = Une mise en sourdine dure un nombre entier de jours, de 1 à 90.
community-error-member-action = Choisissez ce qu’il faut faire.
community-notice-post-edited = La modération a modifié un de vos messages dans « { $group } ». Motif :
community-notice-muted = La modération de « { $group } » vous empêche d’écrire dans ce groupe pour un temps. D’ici là, vous pouvez y lire les messages, mais pas en écrire. Motif :
community-notice-removed = Vous avez été retiré·e de « { $group } ». Motif :
community-schedule-title = Messages planifiés
community-schedule-intro = Faites vivre le groupe : planifiez une question pour lancer la discussion, une ressource ou un événement. À l’heure choisie, le message paraît comme un sujet publié en votre nom.
community-schedule-empty = Rien de planifié pour l’instant.
community-schedule-published = Publié : ouvrir le sujet
community-schedule-cancel = Annuler la publication
community-schedule-cancel-confirm = Oui, ne pas publier ce message
community-schedule-new = Planifier un message
community-schedule-kind = Type de message
community-schedule-when = Date et heure de publication ({ $zone })
community-schedule-submit = Planifier le message
community-kind-prompt = Une question pour lancer la discussion
community-kind-resource = Quelque chose à lire ou à utiliser
community-kind-event = Une rencontre ou un événement
community-error-kind = Choisissez le type de message.
community-error-publish-at = Choisissez une date et une heure à venir.
community-digest-email-subject = Nouvelles réponses dans votre groupe d’entraide
community-digest-email-body = Quelqu’un a répondu à vos sujets sur { $site }. Nouvelles réponses : { $count }. Connectez-vous pour les lire : { $to }
community-new-posts = De nouveaux messages sont arrivés.
community-topic-hidden = La modération a masqué ce sujet.
community-notices-read = Marquer comme lu
community-invite-not-possible = Cette personne ne peut pas être invitée dans ce groupe. L’animateur·rice de communauté peut vous en dire plus.
notification-email-community-help = Un membre de la famille a demandé à parler à quelqu’un. Contactez-le comme convenu.
community-question-email-subject = Une question attend une réponse
community-question-email-body = Une question dans un groupe d’entraide sur { $site } attend une réponse depuis trop longtemps. Connectez-vous pour la voir : { $to }

## Partage d’informations : organismes partenaires et conventions
nav-partners = Partenaires
partners-title = Organismes partenaires
partners-back = Retour aux organismes partenaires
partners-intro = Les organismes avec lesquels votre organisation partage des informations, chacun avec une personne de contact désignée, et les conventions qui fixent à l’avance ce qui peut être partagé, pourquoi et à partir de quel seuil.
partners-empty = Aucun organisme partenaire pour l’instant. Ajoutez le premier ci-dessous.
partner-add = Ajouter un organisme partenaire
partner-title = Organisme partenaire
partner-details = L’organisme et sa personne de contact
partner-name = Nom de l’organisme
partner-kind = Type d’organisme
partner-contact = Personne de contact désignée (nom)
partner-contact-details = Comment la joindre (e-mail ou téléphone)
partner-kind-police = Police ou gendarmerie
partner-kind-school = Établissement scolaire
partner-kind-health = Service de santé
partner-kind-probation = Service de probation
partner-kind-local-authority = Collectivité territoriale
partner-kind-multi-agency-panel = Instance partenariale pluridisciplinaire
partner-kind-other = Autre
partner-error-name = Saisissez le nom de l’organisme (120 caractères au maximum).
partner-error-kind = Choisissez le type d’organisme.
partner-error-contact = Saisissez le nom de la personne de contact (120 caractères au maximum).
partner-error-contact-details = Les coordonnées peuvent contenir au maximum 200 caractères.
partner-agreements-in-force = { $count ->
    [one] { $count } convention en vigueur
   *[other] { $count } conventions en vigueur
}
partner-agreements-review-due = { $count ->
    [one] { $count } à réexaminer
   *[other] { $count } à réexaminer
}
sharing-agreements-heading = Conventions de partage d’informations
sharing-agreements-empty = Aucune convention avec cet organisme pour l’instant. Tant qu’il n’y en a pas, aucune information ne peut être partagée avec lui.
sharing-agreement-title = Convention de partage d’informations
sharing-agreement-new-title = Enregistrer une nouvelle convention
sharing-agreement-from = à partir du { $date }
sharing-standing-not-yet-in-force = Pas encore en vigueur
sharing-standing-in-force = En vigueur
sharing-standing-review-due = Réexamen à effectuer
sharing-standing-ended = Terminée : elle ne peut plus être utilisée
sharing-errors-intro = La convention n’a pas été enregistrée :
sharing-purpose = Finalité du partage
sharing-lawful-basis = Base juridique
sharing-lawful-basis-note = Ce sur quoi repose la base juridique (la loi ou l’article, avec vos propres mots)
sharing-categories = Catégories d’informations pouvant être partagées
sharing-category-identity-and-contact = Identité et coordonnées
sharing-category-family-composition = Composition de la famille
sharing-category-safeguarding-concerns = Préoccupations relatives à la protection
sharing-category-assessment-and-plan = Résultats des évaluations et plan d’accompagnement
sharing-category-case-notes = Notes du dossier
sharing-category-health = Santé
sharing-category-education = Scolarité et formation
sharing-category-criminal-justice = Police, justice, détention ou probation
sharing-threshold = Seuil et éléments déclencheurs du partage
sharing-threshold-hint = Quand des informations peuvent être partagées, et ce qui rend le partage nécessaire. La protection des personnes passe en premier.
sharing-handling = Modalités de transmission et de conservation des informations
sharing-retention = Durée de conservation
sharing-signed = Signature
sharing-signed-for-us-by = Signée pour notre organisation par
sharing-signed-for-them-by = Signée pour l’organisme par
sharing-signed-on = Date
sharing-dates = Dates
sharing-starts-on = En vigueur à partir du
sharing-review-on = À réexaminer le
sharing-ends-on = Prend fin le
sharing-ends-on-hint = Laissez ce champ vide tant qu’il n’y a pas de date de fin. Une convention arrivée à son terme ne peut plus être utilisée.
sharing-error-purpose = Indiquez la finalité du partage.
sharing-error-lawful-basis = Choisissez une base juridique dans la liste.
sharing-error-categories = Choisissez au moins une catégorie d’informations.
sharing-error-threshold = Indiquez quand des informations peuvent être partagées : le seuil et ce qui déclenche le partage.
sharing-error-handling = Indiquez comment les informations sont transmises et conservées.
sharing-error-retention = Indiquez la durée de conservation des informations.
sharing-error-signatures = Indiquez, pour chaque partie, qui a signé et à quelle date.
sharing-error-dates = Saisissez la date de début et la date de réexamen (et la date de fin, s’il y en a une) sous forme de dates valides.
sharing-error-review-before-start = La date de réexamen doit être postérieure à la date de début.
sharing-error-end-before-start = La date de fin ne peut pas être antérieure à la date de début.
sharing-error-too-long = L’un des textes est trop long.
lawful-bases-title = Bases juridiques du partage
lawful-bases-intro = Les bases juridiques sur lesquelles une convention peut reposer, une par ligne. Chaque convention conserve la base juridique sur laquelle elle a été conclue.
lawful-bases-label = Bases juridiques, une par ligne
lawful-bases-error = Saisissez au moins une base juridique, chacune sur sa propre ligne de 300 caractères au maximum.
audit-sharing-partners-changed = Modification des organismes partenaires
audit-sharing-agreement-changed = Enregistrement ou modification d’une convention de partage d’informations
