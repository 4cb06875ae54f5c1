# Hearth — English. Every message here must exist in every shipped language.

## Frame and navigation
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-families = Families
nav-users = Users
nav-invitations = Invitations
nav-notifications = Notifications
nav-account = Your account
nav-unread = unread
nav-sign-out = Sign out
language = Language
language-change = Change language
cancel = Cancel

## Roles
role-organisation-admin = Organisation admin
role-supervisor = Supervisor
role-practitioner = Practitioner
role-community-manager = Community manager
role-peer-ambassador = Peer ambassador
role-family-member = Family member

## Form fields
field-email = E-mail address
field-password = Password
field-new-password = New password
field-confirm-password = Type the new password again
field-current-password = Current password
field-name = Name
field-role = Role
field-team = Team
field-status = Status
field-language = Language
field-organisation = Organisation
form-has-errors = Please correct the following:
team-none = No team

## Signing in
login-title = Sign in
login-submit = Sign in
login-no-account = Accounts are created by invitation. If you expected one, ask your practitioner or your organisation's administrator.
login-failed = The e-mail address or the password is not right. Please try again.
login-throttled = Too many attempts. For your safety, signing in is paused for 15 minutes.
second-factor-title = Enter your one-time code
second-factor-code = Code from your authenticator app
second-factor-hint = Six digits. If you lost your phone, type one of your recovery codes instead.
second-factor-submit = Continue
second-factor-wrong = That code is not right or has already been used. Try the newest code.

## Passwords
password-rules = At least 12 characters. A few unrelated words make a strong password that is easy to remember.
password-too-short = The password needs at least 12 characters.
password-too-long = The password may have at most 128 characters.
password-weak = This password would be easy to guess. A few unrelated words together are strong and easy to remember.
password-hint-keyboard-pattern = Keys next to each other on the keyboard are among the first things tried.
password-hint-repeats = Repeated letters or groups add little.
password-hint-common = It is one of the most used passwords, or close to one.
password-hint-sequence = Sequences like “abc” or “1234” are easy to guess.
password-hint-dates = Dates and years are easy to guess.
password-hint-single-word = A single word, even with a number, is easy to guess.
password-hint-names = Names on their own are easy to guess.
password-contains-email = The password must not contain your e-mail address.
password-mismatch = The two passwords are not the same.
password-current-wrong = Your current password is not right.
password-changed = Your password has been changed. You have been signed out on every other device.

## Second factor
enrol-title = Set up your second factor
enrol-intro = Staff accounts protect family records with a second step at sign-in. Open an authenticator app on your phone and scan this code.
enrol-qr-caption = Scan with your authenticator app.
enrol-qr-label = QR code for your authenticator app
enrol-manual = If you cannot scan, type this key into the app:
enrol-code = Code shown in the app
enrol-submit = Confirm
enrol-wrong-code = That code does not match. Check the time on your phone and try the newest code.
recovery-title = Your recovery codes
recovery-intro = Keep these codes somewhere safe, away from your phone. Each one lets you sign in once if you lose your phone. They are shown only now.
recovery-continue = I have stored them — continue

## Invitations (invitee)
invitation-title = Welcome to Hearth
invitation-intro = { $name }, you have been invited to Hearth. Choose a password to activate your account.
invitation-submit = Activate my account
invitation-expired-title = This invitation can no longer be used
invitation-expired-body = The link has expired, was revoked or has already been used. Ask the person who invited you for a new one.
invitation-email-taken = An account with this e-mail address already exists. Sign in instead.

## Home
home-title = Home
home-greeting = Welcome, { $name }
home-admin-heading = Your organisation
home-admin-users = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
home-admin-pending = { $count ->
    [one] { $count } invitation waiting to be accepted
   *[other] { $count } invitations waiting to be accepted
}
home-admin-empty = You are the only account so far. Invite your supervisors and practitioners to begin.
home-case-heading = Your families
home-case-empty = No families yet. Open a family file when a referral comes in, or ask your supervisor to assign you.
home-case-all = All your families
home-unread = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
home-community-heading = Peer support groups
home-community-empty = Peer support groups have not been opened in your organisation yet. Your organisation admin will let you know when they start.
home-family-heading = Your support
home-family-empty = Your practitioner will add your sessions, messages and the agreement for working online here. If anything is urgent, contact your practitioner or the emergency number you were given.
home-family-account = Settings for your account

## Account
account-title = Your account
account-2fa-heading = Second factor
account-2fa-on = { $count ->
    [one] A second factor is set up. You have { $count } unused recovery code.
   *[other] A second factor is set up. You have { $count } unused recovery codes.
}
account-2fa-off = No second factor yet. It is optional for family accounts and makes your account safer.
account-2fa-enrol = Set up a second factor
account-sessions-link = See and end the places where you are signed in
account-password-heading = Change password
account-password-submit = Change password
account-password-ends-sessions = Changing your password signs you out everywhere else.

## Sessions
sessions-title = Where you are signed in
sessions-intro = If you see a device you do not recognise, end that session and change your password.
sessions-this-device = This device
sessions-started = Signed in { $name }
sessions-last-seen = last active { $name }
sessions-revoke = End session on { $name }
sessions-revoke-others = Sign out everywhere else
sessions-revoked = The session has been ended.

## Users and invitations (admin)
users-title = Users
users-caption = Accounts in your organisation
users-active = Active
users-disabled = Disabled
users-disable-link = Disable { $name }
disable-title = Disable { $name }?
disable-explain = They will be signed out at once and can no longer sign in. Their records and the audit trail stay as they are.
disable-confirm = Disable account
invitations-title = Invitations
invitations-caption = Invitations sent by your organisation
invitations-empty = No invitations yet. Invite a colleague or a family member to begin.
invitations-revoke = Revoke the invitation for { $name }
invitation-revoked = The invitation has been revoked; its link no longer works.
invitation-status-open = Waiting, valid until { $name }
invitation-status-accepted = Accepted
invitation-status-revoked = Revoked
invitation-status-expired = Expired
invite-button = Invite someone
invite-title = Invite someone
invite-intro = The person receives an e-mail with a personal link to choose a password. The link works once, for seven days.
invite-submit = Send invitation
invite-error-name = Enter a name of 1 to 100 characters.
invite-error-email = Enter an e-mail address such as name@example.org.
invite-error-role = Choose a role.
invite-error-team = Choose one of your organisation's teams.
invite-error-taken = Someone already has an account with this e-mail address.
invite-sent = The invitation has been sent to { $name }.
invite-no-mail = E-mail is not set up on this server, so no message was sent.
invite-send-failed = The e-mail could not be sent. The invitation is valid; you can give the link below in person.
invite-manual-link = Give this link to the person, preferably in person. It works once.
invite-email-subject = Your invitation to Hearth ({ $name })
invite-email-intro = You have been invited to Hearth by { $name }. Open this link to choose your password:
invite-email-expires = The link works once and expires on { $name }.
invite-email-ignore = If you did not expect this message, you can ignore it.

## Families
families-title = Families
families-search = Search by family name
families-search-submit = Search
families-empty = You have no families yet. Open a family file for a new referral, or ask your supervisor to assign you to one.
families-no-match = No family you work with matches “{ $name }”.
family-title = Family file
family-new-button = Open a family file
family-new-title = Open a family file
family-name = Family name
family-name-hint = The name the family is known by in your team, for example the surname.
family-name-error = Enter a family name of 1 to 120 characters.
family-new-submit = Open file
family-opened = Opened
family-workers = Practitioners
family-no-workers = Nobody is assigned yet.
family-assign-worker = Practitioner
family-assign-as = As
family-assign-submit = Assign
assign-error = Choose a colleague of your organisation and how they work on the file.
family-unassign = Remove { $name }
family-break-glass-active = You opened this file without being assigned. Your reason is recorded and your supervisor has been told.
assignment-lead = Lead practitioner
assignment-co_worker = Co-worker
back-to-family = Back to the family file

## Break-glass
break-glass-title = You are not assigned to this family
break-glass-explain = You can open this file in an emergency. Write why: your reason is kept in the audit trail and your supervisor is told straight away.
break-glass-reason = Why do you need to open this file now?
break-glass-submit = Open the file and record my reason
break-glass-too-short = Please explain why in at least 15 characters.
break-glass-too-long = Please keep the reason under 1000 characters.

## Who accessed a record
access-log-heading = Who accessed this file
access-log-title = Who accessed the file of { $name }
access-log-link = Who accessed this file
access-log-caption = Every read and change, newest first
access-log-when = When
access-log-who = Who
access-log-what = What
access-log-why = Reason given
audit-family-created = Opened the file
audit-family-viewed = Read the file
audit-family-listed = Listed the caseload
audit-family-assigned = Changed who is assigned
audit-family-unassigned = Removed someone from the file
audit-family-break-glass = Opened without assignment (break-glass)
audit-family-access-log-viewed = Looked at who accessed the file

## Notifications
notifications-title = Notifications
notifications-empty = Nothing new. You will be told here when a colleague opens one of your team's files without being assigned.
notifications-new = New
notifications-open = See the access record
notifications-mark-read = Mark all as read
notification-break-glass = { $name } opened the file of { $family } without being assigned.

## Errors
error-code = Error code
error-home = Go to the home page
reauth-intro = To make sure it is you, enter your password again (and a code from your authenticator app, if you use one).
reauth-password = Your password
reauth-code = Code from your authenticator app
reauth-wrong-password = That password is not right. Nothing was changed.
reauth-wrong-code = That code is not right. Nothing was changed.
input-refused-title = Something typed cannot be stored
input-refused-control = What was sent holds an invisible control character (such as a null character) that Hearth does not store. Nothing was saved.
input-refused-encoding = What was sent is not valid text (it is not UTF-8). Nothing was saved.
input-refused-too-long = What was sent is longer than this field takes (at most { $most } characters). Nothing was saved.
input-refused-typed = Here is everything that was typed, with the character that cannot be stored marked:
input-refused-back = Go back with your browser, remove the marked character (copy and paste from here if needed) and send again.
input-refused-typed-long = Here is everything that was typed:
input-refused-back-long = Go back with your browser, shorten the text (copy it from here to keep it somewhere else if needed) and send again.
error-400-title = Something in the request was not right
error-400-body = Please go back, check what you entered and try again.
error-403-title = You cannot open this page
error-403-body = Your role does not give access to this page. If you think it should, ask your supervisor or administrator.
error-404-title = Page not found
error-404-body = This page does not exist, or you do not have access to it.
error-405-title = This action is not possible here
error-405-body = Please go back and use the buttons on the page.
error-413-title = What you sent is too large
error-413-body = Please shorten the text and try again.
error-500-title = Something went wrong on our side
error-500-body = Nothing you typed is your fault. Please try again in a moment; if it keeps happening, tell your administrator.

## Family file
back-to = Back to { $name }
not-yet = Not yet
date-invalid = Enter a date (and time) in the form shown, for example 2026-11-24 14:30.
family-actions = Actions on this file
family-status = Status
family-last-contact = Last contact
family-next-review = Next review
family-review-submit = Plan review
family-members = Members
family-no-members = No members recorded yet. Add the person of concern and the relatives you work with.
family-relationships = How they are related
family-status-heading = Status of the file
family-status-next = Move the file to
family-status-submit = Change status
family-status-not-allowed = The file cannot move to that status from where it is now.
family-closing-reason = Reason (needed when closing)
family-closing-reason-hint = Say why the file is closed, so whoever reopens it knows.
family-closing-reason-needed = Write why the file is being closed (at least 5 characters).
status-referral = Referral
status-assessment = Assessment
status-active_support = Active support
status-review = Review
status-closed = Closed
event-status-changed = { $name } moved the file from { $from } to { $to }
event-closing-reason = { $name } closed the file: { $reason }
event-member-added = { $name } added { $member } to the file
event-review-planned = { $name } planned the next review for { $when }
event-identity-verification = { $name } recorded identity verification — { $detail }
event-other = { $name } changed the file

## Members
member-new-button = Add a member
member-new-title = Add a family member
member-edit-title = Family member
member-role = Place in the family
member-role-person_of_concern = Person of concern
member-role-parent = Parent
member-role-sibling = Sibling
member-role-partner = Partner
member-role-other_relative = Other relative
member-role-family_friend = Family friend
member-whereabouts = Where they are now
member-whereabouts-hint = Only for the person of concern.
whereabouts-at_home = At home
whereabouts-elsewhere_in_country = Elsewhere in the country
whereabouts-abroad = Abroad
whereabouts-in_prison = In prison
whereabouts-in_camp = In a camp
whereabouts-unknown = Unknown
member-languages = Languages spoken
member-needs-translator = Needs a translator
member-contact-preferences = How they prefer to be contacted
member-contact-hint = For example: phone after 6 pm, never by post, through their sister.
member-save = Save
member-error-name = Enter a name of 1 to 100 characters.
member-error-role = Choose the member's place in the family.
member-error-whereabouts = Choose where the person is from the list.
member-account = Family account
member-has-account = This member has a family account.
member-no-account = No family account yet. Invite the member to the family portal; they choose their own password.
member-invitation-pending = An invitation has been sent and is waiting to be accepted.
member-invite-submit = Invite to the family portal
member-verification = Identity
member-verification-set = How was their identity checked?
member-verification-submit = Record
member-verification-error = Choose one of the ways listed.
verification-not_verified = Not verified
verification-met_in_person = Met in person
verification-verified_by_video = Verified by video
verification-documents_checked = Documents checked
verification-by = { $status } — by { $name }, { $when }
relationship-add = Record how two members are related
relationship-from = Member
relationship-kind = is
relationship-to = of
relationship-submit = Add
relationship-error = Choose two members of this family and how they are related.
relationship-error-same = Choose two different people: someone cannot be related to themselves.
relationship-kind-parent_of = parent of
relationship-kind-child_of = child of
relationship-kind-sibling_of = sibling of
relationship-kind-partner_of = partner of
relationship-kind-relative_of = relative of
relationship-kind-friend_of = friend of
relationship-parent_of = { $from } is a parent of { $to }
relationship-child_of = { $from } is a child of { $to }
relationship-sibling_of = { $from } is a sibling of { $to }
relationship-partner_of = { $from } is the partner of { $to }
relationship-relative_of = { $from } is a relative of { $to }
relationship-friend_of = { $from } is a friend of { $to }

## Timeline and notes
timeline-heading = Timeline
timeline-empty = Nothing on the timeline yet. Write a note after each contact.
note-new-button = Write a note
note-new-title = Write a note
note-amend-title = Amend a note
note-kind = Kind
note-kind-home_visit = Home visit
note-kind-office_meeting = Office meeting
note-kind-phone_call = Phone call
note-kind-video_call = Video call
note-kind-message_summary = Summary of messages
note-kind-multi_agency_contact = Multi-agency contact
note-kind-observation = Observation
note-occurred = When it happened
note-members = Who it concerns
note-text = Note
note-text-hint = Describe what happened and what was observed; keep opinions apart from facts.
note-submit = Save note
note-concerns = concerns
note-earlier-versions = Earlier versions
note-amend-link = Amend
note-amend-explain = An amendment is added as a new version. The earlier text stays in the file, visible to the same people.
note-amend-submit = Save amendment
note-in-force = Text in force now
note-error-empty = The note cannot be empty.
note-error-too-long = The note may have at most 20000 characters.
note-error-kind = Choose the kind of note.
note-error-members = One of the people chosen is not a member of this family any more. Choose again.
audit-family-status-changed = Changed the status
audit-family-member-added = Added a member
audit-family-member-changed = Changed a member's details
audit-family-note-written = Wrote a note
audit-family-note-amended = Amended a note
families-all-statuses = All statuses
attention-review_overdue = Review date has passed
attention-no_recent_contact = No contact in the last 30 days
attention-no_review_planned = No review planned

## Assessment
nav-catalogue = Assessment catalogue
assessments-link = Assessments
assessments-title = Assessments
assessments-heading = Assessments of { $name }
assessments-empty = No assessment yet. Assess early, with the family, and repeat as things change.
assessment-new-button = Record an assessment
assessment-new-title = Record an assessment
assessment-title = Assessment
assessment-heading = Assessment of { $name }
assessment-intro = Rate what you have seen, at each level, and link each finding to the note that shows it. Strong belief is not a concern in itself; rate behaviour. Protective factors tell you what to build on.
assessment-date = Date of the assessment
level-individual = The individual
level-family = The family
level-community = The community around them
kind-concern = Concern indicators
kind-protective = Protective factors
rating-0 = Not seen
rating-1 = Some signs
rating-2 = Clearly
rating-3 = Strongly
assessment-evidence = Evidence in the file
assessment-no-evidence = No evidence linked
assessment-evidence-note = The note this is based on
assessment-overall = The overall picture
assessment-engagement = Does the family's engagement look genuine?
engagement-genuine = Genuine
engagement-mixed = Mixed
engagement-disguised = Possibly disguised
engagement-unclear = Too early to say
assessment-engagement-note = What makes you think so
assessment-young-person = What is it like for the young person living in this family?
assessment-response = Proportionate response
response-no_further_action = No further action
response-universal_services = Universal services
response-targeted_family_support = Targeted family support
response-multi_agency_plan = Multi-agency plan
assessment-proportionality = Proportionality statement
assessment-proportionality-hint = Why this response, and not a lighter or heavier one? At least 20 characters.
assessment-submit = Submit for review
assessment-error-evidence = Link evidence for “{ $name }”, or rate it “Not seen”.
assessment-error-engagement = Say whether the engagement looks genuine.
assessment-error-response = Choose the proportionate response.
assessment-error-young-person = Describe what it is like for the young person.
assessment-error-proportionality = Write a proportionality statement of at least 20 characters.
assessment-error-return-comment = Say what needs to change before returning the assessment.
assessment-error-rating = Choose one of the ratings for “{ $name }”.
assessment-error-evidence-unknown = The evidence chosen for “{ $name }” is not a note or document in this family file; choose again.
assessment-error-decision = Choose whether to sign the assessment off or return it.
assessment-status-submitted = Waiting for review
assessment-status-signed_off = Signed off
assessment-status-returned = Returned
assessment-reviewed-signed_off = Signed off by { $name } on { $when }. { $comment }
assessment-reviewed-returned = Returned by { $name } on { $when }: { $comment }
assessment-findings = Findings
assessment-no-findings = Nothing was rated above “Not seen”.
assessment-review-heading = Review
assessment-review-comment = Comment (needed when returning)
assessment-sign-off = Sign off
assessment-return = Return with comment
trend-heading = How the picture moved
trend-explain = For each level, the red line adds up the concern ratings and the green dashed line the protective ratings. Protection does not cancel a concern. The table below holds the same figures.
trend-chart-label = Trend of concern and protection: { $name }. The same figures are in the table below.
trend-table-caption = Ratings per assessment
trend-factor = Level or factor
trend-kind = Kind
notification-assessment-submitted = { $name } submitted an assessment of { $family } for your review.
notification-assessment-returned = { $name } returned your assessment of { $family } with a comment.
audit-family-assessment-recorded = Recorded an assessment
audit-family-assessment-reviewed = Reviewed an assessment
audit-family-assessment-viewed = Read assessments
catalogue-title = Assessment catalogue
catalogue-intro = The concern indicators and protective factors practitioners rate. Each concern indicator must name an observable behaviour, never a belief or religious practice. Titles and guidance in other languages fall back to English.

catalogue-count = { $count ->
    [one] { $count } factor
   *[other] { $count } factors
}
catalogue-invalid = The catalogue was not saved. Please correct:
catalogue-body = Catalogue (TOML)
catalogue-save = Check and save
catalogue-saved = The catalogue has been saved. New assessments use it; earlier ones keep the titles they were rated with.

## Family group conference
conferences-link = Family group conferences
conferences-title = Family group conferences
conferences-heading = Family group conferences of { $name }
conferences-empty = No conference recorded yet. In a family group conference the family and its network make their own plan.
conference-new-button = Record a conference
conference-new-title = Record a family group conference
conference-title = Family group conference
conference-heading = Family group conference of { $name }
conference-intro = Write the plan in the family's own words. Each action says what will be done, who does it and by when.
conference-held-on = Date of the conference
conference-family-participants = Who took part from the family and its network
conference-family-participants-hint = For example: Fatima (mother), Leila (aunt), Omar (neighbour).
conference-professional-participants = Professionals who took part
conference-plan = The family's plan
conference-plan-hint = Leave unused rows empty.
conference-action = Action { $name }
conference-what = What
conference-who = Who
conference-due = By when
conference-agreement = Did the family agree the plan?
agreement-agreed = Agreed
agreement-partly_agreed = Partly agreed
agreement-not_agreed = Not agreed
conference-review-on = Review date
conference-submit = Save the plan
conference-error-participants = Write who took part from the family.
conference-error-action = Action { $number } needs both what will be done and who does it.
conference-error-action-long = Action { $number } is too long.
conference-error-action-date = The date of action { $number } is not a date.
conference-error-no-actions = The plan needs at least one action.
conference-error-agreement = Say whether the family agreed the plan.
conference-open-actions = { $count ->
    [one] { $count } action open
   *[other] { $count } actions open
}
conference-print-link = Print view for the family
conference-progress-history = Progress so far
conference-progress-status = Progress
conference-progress-note = What happened (optional)
conference-progress-submit = Record progress
conference-progress-error = Choose one of the listed stages.
conference-progress-note-too-long = The progress note is longer than 2,000 characters. Shorten it, or write the details as a note in the family file.
progress-not_started = Not started
progress-in_progress = Under way
progress-done = Done
progress-dropped = Dropped
progress-entry = { $when }, { $name }: { $status }. { $detail }
conference-print-title = Our family plan
conference-print-heading = The plan of { $name }
conference-print-held = Made together on { $name }.
conference-print-footer = This is your plan. If something changes, tell your practitioner.

## Documents
documents-heading = Documents
documents-empty = No documents yet. Upload letters, reports or photos that belong in the file.
document-upload = Upload a document
document-hint = PDF, PNG, JPEG or plain text, up to 10 MB. Location and camera details are removed from photos, and author details from PDFs.
document-submit = Upload
document-detail = Uploaded by { $name }, { $when }, { $size } KB
document-error-empty = Choose a file to upload.
document-error-too-large = The file is larger than 10 MB.
document-error-kind = Only PDF, PNG, JPEG and plain text files can be uploaded.
document-error-damaged = The image seems damaged and could not be checked. Try saving it again.
document-error-image-too-large = The picture is too large to check. Take a smaller photo or scan at a lower resolution.
document-error-pdf-unreadable = The PDF could not be read, so its author and other details could not be removed. Save or print it to PDF again and upload that copy.
document-error-pdf-protected = The PDF is protected with a password. Save a copy without the password and upload that.
audit-family-document-uploaded = Uploaded a document
audit-family-document-downloaded = Downloaded a document
audit-family-conference-recorded = Recorded a family group conference
audit-family-plan-progress-recorded = Recorded progress on the family's plan
evidence-document = Document
assessment-evidence-document = The document this is based on
audit-family-review-planned = Planned the next review
audit-family-member-account-linked = A family account was linked to a member
audit-family-modality-decided = Recorded how to work with a member (face to face or online)

## Modality decision aid
modality-link = Face to face or online?
modality-title = Face to face or online
modality-heading = Working with { $name }: face to face or online?
modality-intro = Decide with the family member, case by case, how to be in contact. Go through a few questions together; Hearth suggests what may suit each kind of contact and shows why. It is a suggestion, never a verdict.
modality-start = Start the conversation
modality-again = Go through it again
modality-history = Decisions so far
modality-history-empty = No decision yet.
modality-differs = Decided differently from the suggestion
modality-review-time = It is time to look at this decision again together: your organisation reviews decisions after { $count ->
    [one] one day.
   *[other] { $count } days.
}
modality-review-changed = Something has changed since the last decision (the identity check). Look at it again together.
modality-review-released = The person of concern is no longer where the last decision assumed (prison or camp). Look at it again together.
modality-step = Step { $step } of { $steps }
modality-back = Back
modality-next = Next
modality-see-result = See the suggestion
modality-result = Suggestion
modality-result-intro = For each kind of contact, the suggestion and every reason for it. Decide together; you can choose differently.
modality-no-reasons = Nothing in the answers points either way; a mix is suggested.
modality-decided = Decided together
modality-arrange = What to arrange
modality-preference = The family member's own preference
modality-preference-hint = In their words, for example "I'd rather meet at the library".
modality-comment = Comment
modality-comment-hint = Needed when the decision differs from the suggestion, or when not enough was known to suggest anything: say why.
modality-record = Record the decision taken together
modality-error-comment = The decision differs from the suggestion, or was taken where not enough was known: add a comment saying why.
contact-practical = Practical matters (paperwork, appointments)
contact-check_in = Routine check-in
contact-sensitive = Painful or sensitive conversation
contact-crisis = Crisis needing a quick answer
modality-face_to_face = Face to face
modality-digital = Online
modality-hybrid = A mix of both
arrange-translator = Arrange a translator
arrange-meet_in_person_first = Meet in person first
arrange-agree_terms = Agree the terms of working online
arrange-digital_skills_help = Help with digital skills (for example through a sibling)
arrange-allow_time = Allow time to get comfortable
arrange-check_prison_rules = Check the prison's or camp's rules
arrange-private_space = Agree a private space and a signal for "I cannot speak freely now"
answer-dont-know = Don't know
question-openness = How open are they to contact online?
question-openness-hint = Ask them; don't assume from age or background.
answer-openness-open = Open to it
answer-openness-hesitant = Hesitant
answer-openness-closed = Do not want it
question-lowers_threshold = Would contact online make it easier for them to reach out?
question-lowers_threshold-hint = For some, a message is easier than walking into an office.
answer-lowers_threshold-yes = Yes
answer-lowers_threshold-no = No
question-device = What device do they have?
question-device-hint = A shared phone means others may see messages.
answer-device-none = None
answer-device-shared_phone = A shared phone
answer-device-own_smartphone = Their own smartphone
answer-device-laptop = A laptop or computer
question-connection = How is their internet connection?
question-connection-hint = Think of where they would be during the contact.
answer-connection-stable = Stable
answer-connection-unstable = Often drops
question-app_confidence = How confident are they with the apps?
question-app_confidence-hint = Video calls, messages, signing in.
answer-app_confidence-confident = Confident
answer-app_confidence-with_help = Manage with help
answer-app_confidence-not_confident = Not confident
question-detention = Is the person of concern in prison or in a camp?
question-detention-hint = Rules there decide what contact is possible.
answer-detention-none = Neither
answer-detention-prison = In prison
answer-detention-camp = In a camp
question-language_barrier = Is language a barrier?
question-language_barrier-hint = Misunderstandings are harder to notice online.
answer-language_barrier-none = No
answer-language_barrier-some = Sometimes
answer-language_barrier-strong = Yes, strongly
question-home_privacy = Are there distractions or other people at home?
question-home_privacy-hint = Others listening can keep someone from speaking freely.
answer-home_privacy-private = They can be alone
answer-home_privacy-some_distractions = Some distractions
answer-home_privacy-others_present = Others are usually around
question-safe_to_speak = Can they speak safely and privately online?
question-safe_to_speak-hint = Ask directly, and agree a signal for "I cannot speak freely now".
answer-safe_to_speak-yes = Yes
answer-safe_to_speak-no = No
question-distance = How far away do they live?
question-distance-hint = Think of travel time and cost for them.
answer-distance-near = Near
answer-distance-far = Far
question-mobility = Does illness or mobility limit them?
question-mobility-hint = Either travelling or using devices.
answer-mobility-none = No
answer-mobility-limits_travel = It limits travelling
answer-mobility-limits_devices = It limits using devices
question-met_in_person = Have you met in person?
question-met_in_person-hint = Meeting first helps trust and to know who you are talking to.
answer-met_in_person-yes = Yes
answer-met_in_person-no = Not yet
question-trust = How much trust is there between you?
question-trust-hint = Trust built face to face carries over online.
answer-trust-established = Established
answer-trust-building = Growing
answer-trust-low = Low
contact-first_contact = First contact
modality-not-enough-known = Not enough known yet
modality-lean-for-digital = For: leans online
modality-lean-for-face_to_face = For: leans face to face
modality-lean-against-digital = Against: leans online
modality-lean-against-face_to_face = Against: leans face to face
modality-lean-toward-digital = Leans online
modality-lean-toward-face_to_face = Leans face to face
modality-lean-rules-out = Rules out { $what }
modality-ruled-out = Ruled out by the answers: { $what }
modality-find-out = Not enough is known to suggest anything yet. Find out first:
modality-also-find-out = Before relying on this, also find out:
modality-choose = — Choose —
modality-error-choose = Choose how to be in contact for: { $kinds }
modality-suggested = Suggested
modality-differs-short = differs
modality-answers = The answers
modality-answers-hint = To change answers, go back to their part of the conversation; the suggestion is worked out again.
modality-change = Change: { $section }
modality-prefilled = Filled in from the family file; change it if it is not right.
modality-section-1 = Openness to contact online
modality-section-2 = What the contact is about
modality-section-3 = Device, connection and skills
modality-section-4 = Detention and language
modality-section-5 = Privacy and safety
modality-section-6 = Distance and health
modality-section-7 = Meeting, trust and identity
arrange-low_threshold_first_contact = Consider, case by case, a low-threshold first contact online (a message or a short call)
question-matters = How sensitive or complex are the matters to discuss?
question-matters-hint = Highly sensitive or complex matters are best discussed face to face.
answer-matters-everyday = Everyday matters
answer-matters-uncomfortable = Uncomfortable for them
answer-matters-sensitive_or_complex = Highly sensitive or complex
question-easier_from_home = Do they find painful topics easier to share from their own space?
question-easier_from_home-hint = Some people open up more easily at home; others need a meeting in person.
answer-easier_from_home-yes = Yes, from their own space
answer-easier_from_home-no = No, rather in person
answer-connection-none = No connection
question-private_space_agreed = Have you agreed a private space and a signal for “I cannot speak freely now”?
question-private_space_agreed-hint = Only then can sensitive contact online be safe for someone who is not always alone.
answer-private_space_agreed-yes = Yes, agreed and tried
answer-private_space_agreed-no = Not yet
question-identity = Has their identity been verified?
question-identity-hint = Recorded on the member’s page: met in person, verified by video or documents checked.
answer-identity-verified = Verified
answer-identity-not_verified = Not verified
member-verification-intro = How you know who this person is. The decision aid uses it.
nav-modality-rules = Modality rules
modality-rules-title = Rules of the modality decision aid
modality-rules-intro = The rules that turn a family member's answers into a suggestion for each kind of contact. Each rule names the answers it reacts to, what it suggests and the reason shown. Reasons in other languages fall back to English.
modality-rules-count = { $count ->
    [one] { $count } rule
   *[other] { $count } rules
}
modality-rules-saved = The rules have been saved. New conversations use them; earlier decisions stay as they were taken.
rules-is-default = Your organisation uses Hearth's default. Saving makes this text your own.

## Family portal safety
quick-exit = Leave this site quickly
quick-exit-hint = (or press Escape twice)
nav-portal = Family portal
portal-settings-title = Family portal
portal-settings-intro = Family members may use a shared phone or be watched at home. A neutral name hides what the site is; the quick exit leads to an ordinary website.
portal-discreet-name = Neutral name shown to family members
portal-discreet-hint = For example "Notes" or "Study planner". Leave empty to show Hearth.
portal-exit-url = Website the quick exit opens
portal-exit-hint = An ordinary https:// address, such as a weather or news site. Leave empty for Wikipedia.
portal-error-name = The neutral name may have at most 40 characters.
portal-error-url = Enter an address that starts with https://.

## Online working agreements
agreement-link = Online working agreement
agreement-title = Online working agreement
agreement-heading = Online working agreement with { $name }
agreement-in-force = The agreement in force
agreement-none = No agreement yet. Agree the terms of online work before it starts: fill in the choices below, then go through the text together.
agreement-new = Make the agreement
agreement-renew = Make a new version
agreement-make = Make the agreement
agreement-earlier = Earlier versions
agreement-renewal = Your organisation has published a new version of the agreement. Make a new agreement from it and go through it again together.
agreement-waiting = Waiting for the family member's consent
agreement-accepted-portal = Accepted in the family portal on { $name }
agreement-accepted-verbal = Agreed aloud, recorded on { $name }: { $detail }
agreement-verbal = Record consent given aloud
agreement-verbal-hint = When and how, for example "read together at the home visit on 24 November, agreed".
agreement-verbal-submit = Record consent
agreement-error-choice = Fill in: { $name }.
agreement-error-verbal = Say when and how consent was given.
agreement-template-title = Online working agreement template
agreement-template-intro = The template every agreement is made from. Each clause covers one of the required topics; the practitioner fills in the choices in braces for each family member. Publishing makes a new version; agreements made from an older one are flagged for renewal.
agreement-template-version = Version { $version }
agreement-template-published = Version { $version } has been published.
nav-agreement-template = Agreement template
choice-account_users = Who may use the family member's account
choice-signal = The agreed signal for "I cannot speak freely now"
choice-reconnect = What happens when the connection drops (who calls whom, how, within how many minutes)
choice-translator = Translator (name, or "none")
choice-availability = When the practitioner is available
choice-urgent_contacts = Urgent contacts outside those hours
choice-retention = How long notes are kept
clause-recordings = Recordings
clause-cameras = Cameras
clause-account_use = Who uses your account
clause-private_space = A private space
clause-connection_drop = When the connection drops
clause-translator = Translator
clause-availability = When we are available
clause-confidentiality_limits = The limits of confidentiality
clause-storage = What we keep, and for how long
portal-availability = Your practitioner is available { $name }.
portal-urgent = Urgent, outside those hours: { $name }
portal-agreement-heading = Our agreement for working online
portal-agreement-accept = I have read this and I agree
audit-family-agreement-made = Made an online working agreement
audit-family-agreement-accepted = Consent to the online working agreement

## Sessions, wellbeing guardrails and aftercare
nav-calendar = Calendar
nav-workload = My workload
nav-team = Team
nav-on-call = On call
nav-wellbeing = Wellbeing policy
session-new-title = Schedule a session
session-title = Session
session-mode = How
session-mode-in-person = In person
session-mode-video = Video call
session-mode-phone = Phone call
session-mode-chat = Chat
session-mode-group = Group meeting
session-contact-kind = Kind of contact
session-contact-kind-hint = Hearth compares the mode with the decision made with each member for this kind of contact.
session-members = Family members taking part
session-no-members = Add family members to the file first.
session-decision = Decision on working online
session-no-decision = no decision recorded yet
session-agreement = Online working agreement
session-agreement-accepted = accepted on { $when }
session-agreement-not-accepted = made, not yet accepted
session-agreement-none = none yet
session-colleagues = Other practitioners taking part
session-starts-at = Starts ({ $name })
session-minutes = Length in minutes
session-place = Place or call link
session-place-hint = An address for meetings in person, or the link or number for a call. Family members see this in their reminder.
session-override-reason = Why this session cannot wait
session-override-reason-hint = At least 10 characters. Your supervisor sees the reason on the team page.
session-submit = Schedule session
session-submit-anyway = Schedule anyway
session-submit-override = Schedule beyond the limit
session-refused = This session goes beyond a wellbeing limit:
session-override-hint = Choose another time, or give a reason to schedule it anyway.
session-warnings = Please check before scheduling:
session-warning-decision = { $member }: the decision for this kind of contact is "{ $detail }".
session-warning-agreement = { $member } has no accepted agreement for working online yet.
session-error-mode = Choose how the session is held.
session-error-contact-kind = Choose what kind of contact this is.
session-error-start = Enter the start as a date and time.
session-error-past = The start is in the past.
session-error-minutes = Enter a length of 5 to 480 minutes.
session-error-place = Enter the place or call link (at most 500 characters).
session-error-members = Choose at least one family member.
session-error-override-reason = Write a reason of at least 10 characters.
session-error-outcome = Choose how the session ended.
session-error-outcome-recorded = How this session ended has already been recorded.
session-when = When
session-duration = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
session-staff = Practitioners
session-outcome = Outcome
session-outcome-title = How did the session end?
session-outcome-held = Held
session-outcome-cancelled = Cancelled
session-outcome-no-show = Did not attend
session-outcome-ended-abruptly = Ended abruptly
session-note = Note for the family file
session-note-hint = Optional. Kept encrypted on the family's timeline, like every note.
session-outcome-submit = Record outcome
session-overridden = Planned beyond a wellbeing limit: { $detail }.
concern-day-off = It is a day off.
concern-not-a-working-day = It is not a working day.
concern-outside-hours = It falls outside working hours ({ $from }–{ $to }).
concern-day-limit = { $count ->
    [one] The day already has the maximum of { $count } session.
   *[other] The day already has the maximum of { $count } sessions.
}
concern-week-limit = { $count ->
    [one] The week already has the maximum of { $count } session.
   *[other] The week already has the maximum of { $count } sessions.
}
concern-last-of-day = { $count ->
    [one] This is the last session allowed that day (maximum { $count }).
   *[other] This is the last session allowed that day (maximum { $count }).
}
concern-last-of-week = { $count ->
    [one] This is the last session allowed that week (maximum { $count }).
   *[other] This is the last session allowed that week (maximum { $count }).
}
concern-break-too-short = Only { $count ->
    [one] one minute
   *[other] { $count } minutes
} between sessions; the shortest break is { $required ->
    [one] one minute.
   *[other] { $required } minutes.
}
concern-overlap = It overlaps another session.
concern-short-day-off = day off
concern-short-not-a-working-day = not a working day
concern-short-outside-hours = outside working hours
concern-short-day-limit = daily limit
concern-short-week-limit = weekly limit
concern-short-last-of-day = last of the day
concern-short-last-of-week = last of the week
concern-short-break-too-short = break too short
concern-short-overlap = overlapping sessions
checklist-title = Before you start
checklist-intro = Go through these points with the family at the start of the session.
checklist-legend = Agreed at the start
checklist-private-space = Everyone is in a private space where nobody else can listen.
checklist-no-recording = Nobody records the session.
checklist-camera = The camera arrangement is agreed.
checklist-connection-drop = We know what to do if the connection drops.
checklist-more-questions = I may ask more questions than face to face, because I see less.
checklist-agreed = In the agreement
checklist-submit = All points covered
checklist-done = Checklist completed at { $when }.
checklist-error = Tick every point once it has been covered.
translator-section = Translator
translator-none = No translator invited.
translator-hint = The translator receives an e-mail with a one-time link to accept a confidentiality undertaking. The place or call link is shown only after accepting.
translator-submit = Invite translator
translator-pending = undertaking not yet accepted
translator-accepted = undertaking accepted at { $when }
translator-error-name = Enter the translator's name (at most 200 characters).
translator-error-email = Enter an e-mail address such as name@example.org.
translator-error-ended = This session has ended.
translator-title = Interpreting for a support session
translator-undertaking-title = Confidentiality undertaking
translator-undertaking-confidential = I keep everything I hear or read in this session confidential, also after the session.
translator-undertaking-no-records = I make no recordings, notes or copies, and I keep nothing afterwards.
translator-undertaking-faithful = I translate faithfully and completely, without adding my own views.
translator-undertaking-conflict = I tell the practitioner at once if I know the family or have any other conflict of interest.
translator-accept = I accept this undertaking
translator-accept-submit = Accept and show the details
translator-error-accept = Tick the box to accept the undertaking.
translator-thanks = Thank you. You will receive a reminder before the session. This link now no longer works.
translator-email-subject = Request to interpret at a session
translator-email-body = Hello { $name },

    You are asked to interpret at a session on { $when } ({ $detail }).

    Before you receive the details, please read and accept the confidentiality undertaking:
    { $to }

    The link works once.
reminder-email-subject = Reminder of your appointment
reminder-email-body = This is a reminder of your appointment on { $when }.

    How: { $detail }
    Where: { $to }

    If you cannot come, please let your contact person know.
reminder-email-body-translator = This is a reminder of the session you interpret at on { $when }.

    How: { $detail }
    Where: { $to }
aftercare-title = Aftercare
aftercare-due = due { $when }
aftercare-due-label = Due
aftercare-after = After the session of { $when }
aftercare-done = done
aftercare-overdue = overdue
aftercare-complete = Record the follow-up
aftercare-completed = Follow-up recorded at { $when }.
aftercare-session = Session
aftercare-channel = Preferred way to reach them
aftercare-channel-unknown = Not recorded; see the family file.
aftercare-how = How is the person doing?
aftercare-how-hint = A few words are enough. Kept encrypted.
aftercare-more-help = Was more help arranged?
aftercare-more-help-yes = Yes
aftercare-more-help-no = No
aftercare-submit = Record follow-up
aftercare-error-answer = Write briefly how the person is doing (at most 4000 characters).
aftercare-error-more-help = Say whether more help was arranged.
aftercare-error-done = This follow-up has already been recorded.
family-sessions = Sessions
family-sessions-empty = No sessions yet. Schedule the first one when you have agreed a time with the family.
family-session-new = Schedule a session
family-follow-ups-empty = No aftercare. A follow-up appears here after a digital session or one that ended abruptly.
home-today = Today
home-today-empty = No sessions today.
home-calendar = Your calendar
home-follow-ups-empty = No follow-ups waiting.
portal-sessions-heading = Your appointments
portal-sessions-empty = No appointments planned.
portal-away = { $name } is not working at the moment.
portal-away-until = { $name } is away until { $when }.
portal-on-call = If it is urgent, contact { $name }.
calendar-title = Calendar
calendar-day = Day
calendar-week = Week
calendar-week-of = Week of { $when }
calendar-zone = Times in { $name }.
calendar-navigation = Move through the calendar
calendar-previous = Previous
calendar-next = Next
calendar-today = Today
calendar-free = No sessions.
calendar-back = Back to the calendar
calendar-feed-link = Calendar feed for your phone
calendar-feed-title = Calendar feed
calendar-feed-intro = Subscribe to your sessions in the calendar app you already use. The address is secret: anyone who has it can see your sessions, so do not share it. You can replace or revoke it at any time.
calendar-feed-issued = Copy this address into your calendar app now. It is shown only once.
calendar-feed-active = Your feed is active. Events are called "Hearth session" and carry no names.
calendar-feed-active-names = Your feed is active and shows family names.
calendar-feed-none = You have no calendar feed.
calendar-feed-new = New feed address
calendar-feed-show-names = Show family names in event titles
calendar-feed-show-names-hint = Leave this off if others can see your phone's calendar.
calendar-feed-issue = Create a new address (the old one stops working)
calendar-feed-revoke = Revoke the feed
calendar-feed-event = Hearth session ({ $detail })
calendar-feed-name = Hearth sessions
limits-title = My limits
limits-intro = Set limits stricter than your organisation's, if that is what you need. The stricter of the two always applies.
limits-organisation-summary = Your organisation: { $detail }; at most { $count } sessions a day and { $size } a week; breaks of { $from } minutes.
limits-clear = Use the organisation's limits
wellbeing-policy-title = Wellbeing policy
wellbeing-policy-intro = Online work easily spreads over the whole day. These limits apply to every practitioner; sessions beyond them need a written reason, which supervisors see.
wellbeing-time-zone = Time zone
wellbeing-time-zone-hint = A name from the time zone database, such as Europe/Amsterdam.
wellbeing-hours = Working hours
wellbeing-hours-hint = Leave both times empty for a day that is not worked.
wellbeing-from = { $name } from
wellbeing-to = { $name } until
wellbeing-max-per-day = Most counselling sessions per day
wellbeing-max-per-week = Most counselling sessions per week
wellbeing-min-break = Shortest break between sessions (minutes)
wellbeing-days-off = Days off
wellbeing-days-off-hint = One date per line, such as 2026-12-25.
wellbeing-aftercare-hours = Aftercare due within (hours)
wellbeing-reminder-hours = Reminders to families (hours before)
wellbeing-reminder-hours-hint = Up to three numbers, such as 24, 2. Leave empty for no reminders.
wellbeing-save = Save
wellbeing-error-hours = { $name }: enter a start and an end, with the end after the start.
wellbeing-error-per-day = Enter a daily maximum of 1 to { $count }.
wellbeing-error-per-week = Enter a weekly maximum of 1 to { $count }.
wellbeing-error-break = Enter a break of 0 to { $count } minutes.
wellbeing-error-days-off = Write each day off as a date such as 2026-12-25.
wellbeing-error-zone = Enter a known time zone, such as Europe/Amsterdam.
wellbeing-error-aftercare = Enter 1 to { $count } hours.
wellbeing-error-reminders = Enter up to three numbers of hours between 1 and 168.
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
on-call-title = On call
on-call-intro = Who covers urgent contacts outside working hours. Times in { $name }.
on-call-empty = Nobody is on call in the coming period.
on-call-who = Who
on-call-from = From
on-call-to = Until
on-call-now = now
on-call-remove = Remove
on-call-remove-who = Yes, remove the shift of { $name }
on-call-add = Add a shift
on-call-add-submit = Add shift
on-call-error-who = Choose who is on call.
on-call-error-times = Enter a start and an end, the end after the start and at most 14 days later.
workload-title = My workload
team-title = Team workload
team-intro = For supervision: sessions against the limits, sessions beyond them, work outside hours and open aftercare.
team-empty = Nobody in your team yet.
workload-week-of = Week of { $when }
workload-sessions-week = Sessions this week
workload-busiest-day = Busiest day
workload-of-limit = { $count } of { $size }
workload-outside-hours = Sessions outside working hours
workload-follow-ups = Open aftercare
workload-follow-ups-count = { $open } open, { $overdue } overdue
workload-per-day = Sessions per day
workload-overrides = Beyond the limits
workload-no-overrides = No sessions beyond the limits this week.
notification-follow-up-due = A follow-up is due for { $family }.
notification-follow-up-overdue = { $name }'s follow-up with { $family } is overdue.
notification-guardrail-overridden = { $name } scheduled a session beyond a wellbeing limit.
notifications-email-title = E-mail
notifications-email-intro = Hearth can also send you an e-mail when something new arrives. The e-mail never names a family or a person, and is sent only within your working hours, or while you are on call.
notifications-email-on = E-mail me about new notifications
notifications-email-save = Save
notification-email-subject = Something is waiting for you in Hearth
notification-email-body = { $detail }

    Sign in to see it: { $to }
notification-email-break-glass = A colleague opened a family file under break-glass.
notification-email-assessment-submitted = An assessment waits for your review.
notification-email-assessment-returned = An assessment was returned to you.
notification-email-follow-up-due = A follow-up after a session is due.
notification-email-follow-up-overdue = A follow-up in your team is overdue.
notification-email-guardrail-overridden = A session was scheduled beyond a wellbeing limit.
audit-family-session-scheduled = Scheduled a session
audit-family-session-guardrail-overridden = Scheduled a session beyond a wellbeing limit
audit-family-session-viewed = Read a session
audit-family-session-checklist-completed = Completed a session's start checklist
audit-family-session-outcome-recorded = Recorded how a session ended
audit-family-translator-invited = Invited a translator
audit-family-translator-undertaking-accepted = A translator accepted the confidentiality undertaking
audit-family-follow-up-completed = Recorded an aftercare follow-up
calendar-feed-revoke-confirm = Calendar apps using this address will stop showing your sessions.
calendar-feed-revoke-submit = Yes, revoke the feed
session-error-not-started = The session has not started yet; before it starts it can only be cancelled.
member-reminders-title = Session reminders
member-reminders-intro = Reminders say only when and how a session takes place. Without an address here, they go to the member's portal account, if there is one.
member-reminder-email = E-mail address for reminders
member-reminder-email-hint = Optional. Leave empty to use the portal account's address.
member-reminder-language = Language of the reminders
member-reminders-off = No e-mail reminders (for example, when someone else reads this e-mail)
member-reminders-save = Save reminder settings
member-reminders-saved = Reminder settings saved.
member-reminder-error-email = Enter an e-mail address such as name@example.org, or leave it empty.
notification-outcome-missing = A session with { $family } has ended; record how it went, so its aftercare can start.
notification-email-outcome-missing = A session has ended without a recorded outcome.

families-count = { $count ->
    [one] { $count } family
   *[other] { $count } families
}
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }

## Conversations with the family
conversations-heading = Conversations
conversations-empty = No conversations yet.
conversations-no-accounts = You can write here to members who have a portal account. Invite a member to the portal first.
conversation-start = Start a conversation
conversation-start-with = Write to
conversation-error-members = Choose at least one member with a portal account.
conversation-title = Conversation
conversation-with = With { $names }
conversation-last = Last message { $when }
conversation-unseen = { $count ->
    [one] 1 new message
   *[other] { $count } new messages
}
conversation-empty = No messages yet. Write the first one below.
conversations-back = Back to your conversations
portal-conversations-title = Your conversations
nav-conversations = Conversations
portal-conversations-empty = No conversations yet. Your practitioner can start one with you here.
message-urgent-hint = Mark it urgent only if it cannot wait: it then goes to whoever is on duty now.
message-text = Message
message-send = Send
message-error-empty = Write a message before sending it.
message-error-too-long = A message can have at most 4,000 characters. Shorten it, or split it into two messages.
message-urgent = Urgent
message-corrected = Corrected
message-earlier = Earlier text
message-correct = Correct this message
message-correct-submit = Save the correction
message-correct-explain = The correction is shown as such; the earlier text stays visible to everyone in the conversation.
message-seen-by = Seen by { $names }
message-new-from = New message from { $name }
message-automatic = Hearth (automatic reply)

# Telling people about messages
notification-message-received = { $name } wrote in a conversation with { $family }.
notification-urgent-message = { $name } ({ $family }) sent a message marked urgent.
notification-email-message-received = A family member has written to you.
notification-email-urgent-message = A family member has sent a message marked urgent.
message-email-subject = You have a new message
message-email-body = You have a new message in { $site }. Sign in to read it: { $to }

    You can turn these e-mails off on your account page.
message-emails-legend = E-mail about new messages
message-emails-label = E-mail me when I have a new message (the e-mail never says what it is)
message-emails-save = Save

# Quick answers
nav-quick-answers = Quick answers
nav-answers = Answers
quick-answers-title = Quick answers
quick-answers-intro = Short answers to practical questions families often ask: passports, paperwork, prison visits, whom to call. Members read them in the portal; practitioners put them into replies.
quick-answers-empty = No quick answers yet. Add the first one.
quick-answer-new-title = Add a quick answer
quick-answer-edit-title = Edit a quick answer
quick-answers-back = Back to quick answers
quick-answer-form-intro = Write the question and the answer in each language you can; leave a language empty if it is not written yet. Members see it in their own language where it is written.
quick-answer-question = Question
quick-answer-answer = Answer
quick-answer-remove-title = Remove this quick answer
quick-answer-remove-explain = “{ $title }” will no longer be shown to members or offered in replies. Messages that already used it keep their text.
quick-answer-remove-confirm = Remove it
quick-answer-error-incomplete = Write both the question and the answer, or leave both empty.
quick-answer-error-title-long = The question can be at most 120 characters.
quick-answer-error-body-long = The answer can be at most 2,000 characters.
quick-answer-error-intro = Some languages need attention; see below.
quick-answer-error-empty = Write the question and the answer in at least one language.
portal-answers-title = Answers to common questions
portal-answers-intro = Practical answers from your support team. If your question is not here, write to your practitioner.
portal-answers-empty = There are no answers here yet. You can write to your practitioner with any question.
quick-answers-insert = Insert a quick answer
quick-answers-language = Inserted in { $language } where it is written.

# Conversations on the family timeline
timeline-conversation-day = Conversation with { $names }: { $messages }, { $family }
timeline-conversation-messages = { $count ->
    [one] 1 message
   *[other] { $count } messages
}
timeline-conversation-from-family = { $count ->
    [one] 1 from the family
   *[other] { $count } from the family
}

# Files sent in conversations
attach-heading = Send a photo or PDF
attach-file = Photo or PDF file
attach-hint = JPEG, PNG or PDF, up to 10 MB. Hidden details in the file (such as where a photo was taken) are removed.
attach-caption = A few words with it (optional)
attach-submit = Send the file
attachment-error-kind = Only photos (JPEG, PNG) and PDF files can be sent in a conversation.

## Video calls
choice-reconnect_minutes = Minutes to wait for a dropped video call to come back before the fallback applies (1 to 30)
agreement-error-reconnect-minutes = The minutes to wait for a dropped call must be a whole number from 1 to 30.
call-title = Video call
call-open = Open the video call
call-open-hint = The call opens 15 minutes before the start and closes 30 minutes after the planned end. Hearth never records calls.
call-join-link = Join the video call
call-translator-keep-link = Keep this button's link: it lets you into the call until the session ends.
call-translator-verified = Translator: undertaking accepted through their invitation link
call-back-to-session = Back to the session
call-back-home = Back to the start page
call-back-translator = Back to the invitation
call-not-video = This session is not held by video, so it has no call.
call-session-over = This session has ended; its call is closed.
call-not-yet = The call opens at { $when }. Come back then.
call-closed = The time for this call has passed.
call-needs-script = Video calls need JavaScript, which is turned off in this browser.
call-unsupported = This browser cannot make video calls. Try an up-to-date Chrome, Firefox or Safari.
call-fallback = What we agreed if a call does not work: { $fallback }
call-fallback-heading = If the connection drops:
call-check-title = Check your camera, microphone and sound
call-check-intro = Nobody sees or hears you yet. Your browser may ask whether Hearth may use the camera and microphone: choose Allow.
call-preview-label = Your camera
call-mic-level = Microphone: speak and watch the bar move
call-sound-test = Play a test sound
call-sound-hint = If you hear no tone, turn the volume up or connect headphones.
call-connection-measuring = Checking your connection…
call-connection-good = Your connection looks good for video.
call-connection-fair = Your connection should carry video. If the picture freezes, switch to audio only.
call-connection-weak = Your connection looks weak. Audio only is switched on: it works far better on a weak connection.
call-connection-unknown = The connection could not be checked. You can still join.
call-audio-only = Audio only (no camera)
call-audio-only-hint = Sound only uses much less data and keeps going on a weak connection.
call-device-ok = Camera and microphone are working.
call-device-audio-only = Microphone is working; your camera is off.
call-device-failed = Hearth could not use your camera or microphone. Check that the browser may use them, or use the agreed fallback.
call-start = Start the call
call-ask-to-join = Ask to join
call-waiting-title = Waiting room
call-waiting-text = You are in the waiting room. { $name } will let you in soon. Keep this page open.
call-room-title = The call
call-self-label = Your own picture
call-you = You
call-controls = Call controls
call-mute = Mute microphone
call-unmute = Turn microphone on
call-camera-off = Turn camera off
call-camera-on = Turn camera on
call-leave = Leave the call
call-end = End the call for everyone
call-end-confirm-title = End the call?
call-end-confirm-text = Everyone leaves the call. Afterwards you record the outcome on the session's page.
call-end-cancel = Keep the call going
call-weak-advice = The connection is weak. Switching to audio only usually helps.
call-switch-audio = Switch to audio only
call-over-title = The call has ended
call-record-outcome = Record the outcome on the session's page
call-lobby-title = Waiting to join
call-nobody-waiting = Nobody is waiting.
call-present-title = In the call
call-admit = Let in
call-turn-away = Turn away
call-connected = Connected
call-reconnecting = The connection was lost. Reconnecting…
call-dropped-at = Connection lost at
call-joined = Connected with
call-interrupted = The connection dropped at { $since }. If it is not back by { $until }, the session is recorded as ended abruptly and a follow-up is planned.
call-ended = The call has ended.
call-ended-abruptly = The call dropped and did not come back in time. The session is recorded as ended abruptly; your practitioner will contact you as agreed.
call-ended-abruptly-staff = The call dropped and did not come back in time. The session is recorded as ended abruptly and a follow-up is planned on the session's page. Now do what you agreed:
call-turned-away = You were not let into the call. Contact your practitioner in the usual way.
call-full = The call already has four people, the most it can take.
call-replaced = The call is open in another window or on another device.
call-left = You have left the call.
call-lost = You no longer have access to this call.
call-role-staff = practitioner
call-role-member = family member
call-role-translator = translator
call-sound-playing = Playing a test tone.
call-checklist-saved = The start checklist is completed.
call-checklist-failed = The checklist was not saved: tick every item and try again.
call-terms-title = What we agreed
call-no-recording = Nobody records this call: not you, not us. Hearth has no recording feature.
call-terms-of = { $name }'s agreement
call-signal = Signal for "I cannot speak freely now":
call-reconnect-minutes = { $count ->
    [one] (We wait { $count } minute for the connection to come back.)
   *[other] (We wait { $count } minutes for the connection to come back.)
}
call-no-agreement = No online working agreement is in force. Agree the rules for the call aloud before starting.
call-log-title = The video call
call-event-opened = The call was opened
call-event-waiting = { $name } is in the waiting room
call-event-admitted = { $name } joined the call
call-event-turned_away = { $name } was turned away
call-event-dropped = { $name }'s connection dropped
call-event-restored = { $name }'s connection came back
call-event-left = { $name } left the call
call-event-ended = The call ended
call-event-ended_abruptly = The call ended abruptly: the connection did not come back in time

## Peer-support communities
nav-community = Community
community-title = Peer support groups
community-back = Back to the peer support groups
community-back-to-topic = Back to the topic
community-manager-intro = Open groups, name their peer ambassadors, decide on applications and make sure every question gets an answer.
community-new-group-title = Open a new group
community-group-settings-title = Group settings
community-group-title = Group
community-groups-heading = Groups
community-no-groups-manager = No groups yet. Open the first one: give it a theme, house rules and at least one peer ambassador.
community-no-groups-member = You are not in a group yet. Your practitioner can invite you, or you can apply to a group below.
community-applications-waiting = { $count ->
    [one] One application waits for your decision
   *[other] { $count } applications wait for your decision
}
community-questions-waiting = { $count ->
    [one] One question waits for an answer
   *[other] { $count } questions wait for an answer
}
community-stat-members = Members
community-stat-open-questions = Open questions
community-stat-first-reply = Median time to first reply
community-stat-active = Members who posted in the last 30 days
community-stat-posts-week = Posts per week (last 4 weeks)
community-minutes = { $count ->
    [one] one minute
   *[other] { $count } minutes
}
community-safety-notice = The people here are families like yours. Ambassadors and the organisation look after the groups, but we cannot guarantee that everything said here stays here or is right for you. Do not share names, places or anything that could identify someone. If you are worried about safety now, ask for someone to talk to.
community-help-link = I need to talk to someone
community-notices-heading = Messages from the community
community-new = New:
community-notice-post-hidden = A post of yours in “{ $group }” was hidden by a moderator. Why:
community-notice-question-waiting = A question in “{ $group }” has waited too long for an answer.
community-notice-warned = A moderator of “{ $group }” sent you a warning:
community-pseudonym-heading = Your name in the community
community-pseudonym-current = Other members see you as { $pseudonym }.
community-pseudonym-none = Choose a name to use in the groups before you write. Other members never see your real name.
community-pseudonym-label = Name in the community
community-pseudonym-hint = 3 to 30 letters, digits, spaces, dots or dashes. Not your real name or part of it.
community-pseudonym-save = Save name
community-error-pseudonym-taken = Someone else already uses this name, or one that looks the same. Choose another.
community-error-pseudonym-short = The name needs at least 3 characters.
community-error-pseudonym-long = The name can have at most 30 characters.
community-error-pseudonym-characters = Use only letters, digits, spaces, dots, dashes and underscores.
community-error-pseudonym-real-name = This name contains your real name. Choose a name that does not identify you.
community-invitations-heading = Invitations
community-invitation-accept = Join this group
community-invitation-decline = No, thank you
community-my-groups-heading = Your groups
community-you-are-ambassador = You are a peer ambassador here.
community-rules-to-accept = The house rules changed: read and accept them before you write again.
community-other-groups-heading = Other groups
community-my-applications-heading = Your applications
community-application-waiting = Waiting for a decision
community-application-approved = Approved
community-application-declined = Declined
community-digest-heading = E-mail when someone replies
community-digest-on = You get an e-mail when someone replies to your topics. It never contains what was written.
community-digest-off = You get no e-mail about the community.
community-digest-start = E-mail me about replies
community-digest-stop = Stop these e-mails
community-group-name = Name of the group
community-group-purpose = Who it is for and what it is about
community-rules-title = House rules
community-rules-hint = Every member accepts these before their first post. Say plainly what is welcome, what is not, and what moderators do.
community-rules-default = Be kind: everyone here is going through something hard. Share your own experience, not other people's stories. Do not post names, places, photos or anything that could identify someone. No hate, threats or recruitment. Moderators may hide posts that break these rules and will tell you why. If you are worried about someone's safety, use “I need to talk to someone”.
community-rules-version = Version { $count }
community-rules-new = A new version of the house rules
community-rules-new-hint = Every member must accept the new version before they write again.
community-rules-publish = Publish the new house rules
community-ambassadors-heading = Peer ambassadors
community-no-ambassadors = There are no peer ambassadors in your organisation yet. Ask the organisation admin to invite one.
community-error-name-missing = Give the group a name.
community-error-name-long = The name can have at most 80 characters.
community-error-purpose-long = The description can have at most 500 characters.
community-error-rules-empty = Write the house rules.
community-error-rules-short = The house rules need at least 20 characters.
community-error-rules-long = The house rules can have at most 8,000 characters.
community-ambassadors-are = Peer ambassadors: { $names }
community-no-ambassador-yet = This group has no peer ambassador yet.
community-ambassador-unnamed = an ambassador without a name yet
community-ambassador-label = { $name } (ambassador)
community-manager-label = { $name } (community manager)
community-author-gone = A former member
community-moderation-title = Moderation log
community-queue-title = Questions and flags
community-topics-heading = Topics
community-no-topics = No topics yet. Start the first one below.
community-answered = Answered
community-unanswered = Waiting for an answer
community-replies = { $count ->
    [zero] no replies
    [one] one reply
   *[other] { $count } replies
}
community-new-topic = Start a topic
community-blocked-pseudonym = Choose a name to use in the community first.
community-blocked-rules = Read and accept the house rules first.
community-blocked-muted = A moderator muted you in this group until { $until }.
community-blocked-not-member = You are not a member of this group.
community-blocked-go = Go there
community-topic-title-label = Title
community-post-label = Your message
community-post-hint = Write in any language. **bold** and _italic_ work; start lines with “- ” for a list.
community-topic-is-question = This is a question
community-topic-submit = Post the topic
community-topic-title = Topic
community-error-title-empty = Give the topic a title.
community-error-title-short = The title needs at least 3 characters.
community-error-title-long = The title can have at most 150 characters.
community-error-post-empty = Write a message.
community-error-post-short = Write a message.
community-error-post-long = A message can have at most 8,000 characters.
community-rules-changed = The house rules have changed since you last accepted them.
community-rules-accept-label = I have read the house rules and will keep to them.
community-rules-accept = Accept the house rules
community-apply-title = Apply to join
community-apply-intro = The community manager reads your answer and decides. You will see the decision on the community page.
community-apply-label = Why would you like to join this group?
community-apply-submit = Send the application
community-error-application-empty = Write a few words about why you would like to join.
community-error-application-short = Write at least 10 characters.
community-error-application-long = The answer can have at most 1,000 characters.
community-applications-title = Applications
community-no-applications = No applications wait for a decision.
community-decline-reason = Reason (needed when you decline; the applicant reads it)
community-approve = Approve
community-decline = Decline
community-error-reason-empty = Write the reason.
community-error-reason-short = The reason needs at least 3 characters.
community-error-reason-long = The reason can have at most 1,000 characters.
community-helpful = This helped
community-post-hidden = A moderator hid this post.
community-mark-helpful = This reply helped
community-flag-title = Report to the moderators
community-flag-intro = Tell the moderators what is wrong with this post. The author does not see who reported it.
community-flag-submit = Send the report
community-hide-title = Hide this post
community-hide-intro = The post is hidden from everyone in the group, and its author is told the reason you give.
community-hide-submit = Hide the post
community-reason-label = Reason
community-reply-heading = Reply
community-reply-submit = Post the reply
community-unanswered-heading = Questions without an answer
community-no-unanswered = Every question has an answer.
community-overdue = past the time limit
community-waited-hours = { $count ->
    [one] waiting one hour
   *[other] waiting { $count } hours
}
community-waited-days = { $count ->
    [one] waiting one day
   *[other] waiting { $count } days
}
community-flags-heading = Reported posts
community-no-flags = No reported posts.
community-flag-reasons = Reported because:
community-open-topic = Open the topic
community-dismiss = Keep the post (close the reports)
community-no-moderation = Nothing has been moderated in this group yet.
community-log-when = When
community-log-what = What
community-log-by = By
community-log-member = Member
community-log-reason = Reason
community-moderation-hid = Hid a post
community-moderation-edited = Edited a post
community-moderation-warned = Warned a member
community-moderation-muted = Muted a member
community-moderation-removed = Removed a member
community-moderation-flag-dismissed = Kept a reported post
community-moderation-application-approved = Approved an application
community-moderation-application-declined = Declined an application
community-moderation-rules-published = Published new house rules
community-settings-title = Answer times
community-settings-intro = Every question deserves an answer. When a question waits this long without a reply, its group's ambassadors are told; later, the community manager.
community-limit-ambassadors = Tell the ambassadors after (hours)
community-limit-manager = Tell the community manager after (hours)
community-error-limits-range = Each time is a whole number of hours from 1 to 336.
community-error-limits-order = The community manager is told later than the ambassadors.
community-help-title = I need to talk to someone
community-help-urgent-heading = If someone is in danger now
community-help-emergency = Call the emergency services at once. These are the contacts you agreed with your practitioner for urgent moments:
community-help-intro = Ask for someone to talk to: your practitioner, or whoever is on call now, is told straight away and will contact you as agreed. Nothing is posted in any group.
community-help-ask = Ask for someone to contact me
community-help-sent = Your request has been sent. Someone will contact you as agreed.
community-invite-heading = Peer support groups
community-invite-label = Invite to a group
community-invite-submit = Send the invitation
community-invite-no-groups = There are no peer support groups yet.
community-invite-needs-account = A member needs a portal account before they can be invited to a group.
community-invite-invited = The invitation was sent. They see it on their community page.
community-invite-member = They are already in this group.
community-invite-waiting = They have been invited to this group already.
community-invite-no-account = A member needs a portal account before they can be invited to a group.
notification-community-question-waiting = A question in a peer support group has waited past the time limit without an answer.
notification-community-help-requested = { $name } asked from the community for someone to talk to ({ $family }).
notification-email-community-question = A question in a peer support group waits for an answer.
audit-family-community-invitation-sent = Invited a member to a peer support group
audit-family-community-help-requested = A member asked for someone to talk to
community-edit-title = Edit this post
community-edit-intro = Change only what breaks the house rules, such as a name or a place. Everyone sees that a moderator edited the post and why, and its author is told.
community-edit-why = Why it was edited
community-edit-why-hint = Shown under the post, for everyone in the group.
community-edit-submit = Save the edited post
community-edited-note = Edited by a moderator: { $why }
community-member-action-title = Warn, mute or remove the author
community-member-action-intro = What should happen to { $name } in this group? They are told what you chose and why.
community-member-action-choose = What to do
community-act-warn = Send a warning
community-act-mute = Mute: they can read but not write, for some days
community-act-remove = Remove them from the group
community-mute-days = Days muted (1 to 90, only for muting)
community-member-action-reason-hint = The member reads this. Say which rule was broken, kindly.
community-member-action-submit = Confirm
community-error-mute-days = Muting lasts a whole number of days from 1 to 90.
community-error-member-action = Choose what to do.
community-notice-post-edited = A moderator edited a post of yours in “{ $group }”. Why:
community-notice-muted = A moderator of “{ $group }” muted you for a while. You can read but not write there until then. Why:
community-notice-removed = You were removed from “{ $group }”. Why:
community-schedule-title = Planned posts
community-schedule-intro = Keep the group alive: plan a prompt, a resource or an event to appear at a set time. It appears as a topic from you.
community-schedule-empty = Nothing planned yet.
community-schedule-published = Published: open the topic
community-schedule-cancel = Take it back
community-schedule-cancel-confirm = Yes, do not publish this
community-schedule-new = Plan a post
community-schedule-kind = What it is
community-schedule-when = When it appears ({ $zone })
community-schedule-submit = Plan the post
community-kind-prompt = A question to start talking
community-kind-resource = Something to read or use
community-kind-event = A meeting or event
community-error-kind = Choose what the post is.
community-error-publish-at = Choose a date and time in the future.
community-digest-email-subject = New replies in your peer support group
community-digest-email-body = Someone replied to your topics in { $site }. New replies: { $count }. Sign in to read them: { $to }
community-new-posts = New posts have arrived.
community-topic-hidden = A moderator hid this topic.
community-notices-read = Mark these as read
community-invite-not-possible = They cannot be invited to this group. The community manager can tell you more.
notification-email-community-help = A family member asked for someone to talk to. Please contact them as agreed.
community-question-email-subject = A question waits for an answer
community-question-email-body = A question in a peer support group at { $site } has waited too long for an answer. Sign in to see it: { $to }

## Information sharing: partners and agreements
nav-partners = Partners
partners-title = Partner agencies
partners-back = Back to the partner agencies
partners-intro = The agencies your organisation shares information with, each with a named contact, and the agreements that say in advance what may be shared, why and on what threshold.
partners-empty = No partner agencies yet. Add the first one below.
partner-add = Add a partner agency
partner-title = Partner agency
partner-details = The agency and its contact
partner-name = Name of the agency
partner-kind = Kind of agency
partner-contact = Named point of contact
partner-contact-details = How to reach them (e-mail or telephone)
partner-kind-police = Police
partner-kind-school = School
partner-kind-health = Health service
partner-kind-probation = Probation
partner-kind-local-authority = Local authority
partner-kind-multi-agency-panel = Multi-agency panel
partner-kind-other = Other
partner-error-name = Give the agency's name (at most 120 characters).
partner-error-kind = Choose what kind of agency it is.
partner-error-contact = Name the point of contact (at most 120 characters).
partner-error-contact-details = How to reach them can be at most 200 characters.
partner-agreements-in-force = { $count ->
    [one] one agreement in force
   *[other] { $count } agreements in force
}
partner-agreements-review-due = { $count ->
    [one] one due for review
   *[other] { $count } due for review
}
sharing-agreements-heading = Information-sharing agreements
sharing-agreements-empty = No agreement with this agency yet. Nothing may be shared with them until there is one.
sharing-agreement-title = Information-sharing agreement
sharing-agreement-new-title = Record a new agreement
sharing-agreement-from = from { $date }
sharing-standing-not-yet-in-force = Not yet in force
sharing-standing-in-force = In force
sharing-standing-review-due = Review due
sharing-standing-ended = Ended: it cannot be used
sharing-errors-intro = The agreement was not saved:
sharing-purpose = What the sharing is for
sharing-lawful-basis = Lawful basis
sharing-lawful-basis-note = What the basis rests on (the law or article, in your words)
sharing-categories = Categories of information that may be shared
sharing-category-identity-and-contact = Identity and contact details
sharing-category-family-composition = Who is in the family
sharing-category-safeguarding-concerns = Safeguarding concerns
sharing-category-assessment-and-plan = Assessment outcomes and the support plan
sharing-category-case-notes = Case notes
sharing-category-health = Health
sharing-category-education = Education
sharing-category-criminal-justice = Police, court, prison or probation matters
sharing-threshold = Threshold and triggers for sharing
sharing-threshold-hint = When information may be shared, and what makes it necessary. Safeguarding comes first.
sharing-handling = How information is sent and kept
sharing-retention = How long it is kept
sharing-signed = Signed
sharing-signed-for-us-by = Signed for our organisation by
sharing-signed-for-them-by = Signed for the agency by
sharing-signed-on = On
sharing-dates = Dates
sharing-starts-on = In force from
sharing-review-on = To be reviewed on
sharing-ends-on = Ends on
sharing-ends-on-hint = Leave empty while it has no end date. An ended agreement cannot be used.
sharing-error-purpose = Say what the sharing is for.
sharing-error-lawful-basis = Choose a lawful basis from the list.
sharing-error-categories = Choose at least one category of information.
sharing-error-threshold = Say when information may be shared: the threshold and what triggers it.
sharing-error-handling = Say how information is sent and kept.
sharing-error-retention = Say how long information is kept.
sharing-error-signatures = Say who signed for each side, and on which date.
sharing-error-dates = Give the start and review dates (and the end date, if there is one) as dates.
sharing-error-review-before-start = The review date comes after the start.
sharing-error-end-before-start = The end date cannot come before the start.
sharing-error-too-long = One of the texts is too long.
lawful-bases-title = Lawful bases for sharing
lawful-bases-intro = The lawful bases an agreement can rest on, one per line. Agreements keep the basis they were made on.
lawful-bases-label = Lawful bases, one per line
lawful-bases-error = Give at least one lawful basis, each on its own line of at most 300 characters.
audit-sharing-partners-changed = Changed the partner agencies
audit-sharing-agreement-changed = Recorded or changed an information-sharing agreement
