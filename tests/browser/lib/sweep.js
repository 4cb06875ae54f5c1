// Walks every page Hearth serves, signed out and as each demo role, in one
// language, on a 360 px wide screen. Each page is checked with axe-core, and
// its width is measured for the "no horizontal scrolling" test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from './hearth.js';
import {
  PHONE, launchChromium, newContext, signIn, submit, submitPassword, submitSecondFactor,
  skipBrowserValidation, follow, pathOf, mainText,
} from './browser.js';
import { runAxe, describeViolations } from './axe.js';
import { freshCode, wrongCode } from './totp.js';

// Posts a form as a browser without JavaScript would, past the page's script.
async function postWithoutScript(page, selector) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.evaluate((s) => document.querySelector(s).submit(), selector),
  ]);
}

const UNKNOWN_INVITATION = `/invitations/${'0'.repeat(64)}`;

export function pageSweep(lang) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  let hearth;
  let browser;
  const measured = [];

  before(async () => {
    hearth = await startHearth();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await hearth?.stop();
  });

  test(`axe-core finds no violations on any page (${lang}, 360 px)`, async (t) => {
    // axe is injected as a script, which Hearth's CSP would refuse.
    const open = async () => {
      const context = await newContext(browser, hearth.url, { lang, bypassCSP: true });
      return context.newPage();
    };

    async function check(label, page) {
      const url = pathOf(page);
      const violations = await runAxe(page);
      const facts = await page.evaluate(measurePage);
      measured.push({ label, url, ...facts });
      checkedPaths.add(url);
      await t.test(`${label} (${url})`, () => {
        assert.ok(violations.length === 0, describeViolations(`${label} ${url} [${lang}]`, violations));
        assert.deepEqual({ lang: facts.lang, dir: facts.dir }, { lang, dir }, `${label} is served in ${lang}`);
        // A refused form marks the field each message is about.
        const { refusal } = facts;
        if (refusal.shown) assert.ok(refusal.invalid.length > 0, `${label} shows an error but marks no field aria-invalid`);
        assert.deepEqual(refusal.unmarked, [], `${label}: the error summary links to fields not marked aria-invalid`);
      });
    }

    const account = (email) => hearth.account(email);
    const checkedPaths = new Set();

    // Pages linked from here that the walk has not checked yet, so that a
    // page added to the navigation or the family file is checked too.
    async function checkUnvisitedLinks(page, selector, labelPrefix) {
      const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      for (const href of [...new Set(hrefs)]) {
        if (!href?.startsWith('/') || checkedPaths.has(href.split('?')[0])) continue;
        await page.goto(href);
        await check(`${labelPrefix} ${href}`, page);
      }
    }

    // Signed out.
    const visitor = await open();
    await visitor.goto('/login');
    await check('sign-in page', visitor);
    await visitor.fill('#email', 'nobody@demo.hearth.example');
    await visitor.fill('#password', 'not-the-right-password');
    const refused = await submit(visitor, 'form[action="/login"]');
    assert.equal(refused.status(), 422);
    assert.equal(await visitor.locator('[role=alert]').count(), 1, await mainText(visitor));
    assert.equal(await visitor.inputValue('#email'), 'nobody@demo.hearth.example', 'the typed e-mail is kept');
    await check('sign-in page with an error', visitor);
    await visitor.goto(UNKNOWN_INVITATION);
    await check('unknown or expired invitation', visitor);
    await visitor.goto('/no-such-page');
    await check('page not found, signed out', visitor);

    // Organisation admin: second factor, account, users, invitations.
    const admin = await open();
    const adminAccount = account('admin@demo.hearth.example');
    await submitPassword(admin, adminAccount);
    assert.equal(pathOf(admin), '/login/second-factor', await mainText(admin));
    await check('second-factor page', admin);
    await submitSecondFactor(admin, wrongCode(adminAccount.totpSecret));
    assert.equal(await admin.locator('[role=alert]').count(), 1, await mainText(admin));
    await check('second-factor page with an error', admin);
    await submitSecondFactor(admin, await freshCode(adminAccount.totpSecret));
    assert.equal(pathOf(admin), '/', await mainText(admin));
    await check('home: organisation_admin', admin);
    await admin.goto('/account');
    await check('account settings', admin);
    await admin.goto('/account/sessions');
    await check('sessions', admin);
    await admin.goto('/admin/users');
    await check('users', admin);
    const disableHref = await admin.locator('main a[href$="/disable"]').first().getAttribute('href');
    await admin.goto(disableHref);
    await check('disable a user: confirmation', admin);
    await admin.goto('/admin/invitations');
    await check('invitations, none yet', admin);
    // Partner agencies, each one's page, its agreements and a new agreement's form.
    await admin.goto('/admin/partners');
    const partnerHref = await admin.locator('#partner-list a').first().getAttribute('href');
    await checkUnvisitedLinks(admin, 'main a[href^="/admin/partners/"]', 'linked from the partners:');
    await admin.goto(partnerHref);
    await checkUnvisitedLinks(admin, `main a[href^="${partnerHref}/agreements/"]`, 'linked from a partner:');
    // Data protection: the overview, its pages, a refused policy, erasing a
    // closed file (the declined referral), and a request for a copy of data.
    await admin.goto('/data-protection');
    await check('data protection', admin);
    await checkUnvisitedLinks(admin, 'main a[href^="/data-protection/"]', 'linked from data protection:');
    await admin.goto('/data-protection');
    await admin.fill('#closed_file_months', '0');
    await skipBrowserValidation(admin, 'form[action="/data-protection/policy"]');
    await submit(admin, 'form[action="/data-protection/policy"]');
    assert.equal(await admin.locator('[role=alert]').count(), 1, await mainText(admin));
    await check('retention policy with an error', admin);
    await admin.goto('/data-protection/retention');
    const closedFile = (await admin.locator('#files-later li').first().getAttribute('id')).replace('file-', '');
    await admin.goto(`/data-protection/families/${closedFile}/erase`);
    await check('erasing a file: confirmation', admin);
    await admin.goto('/data-protection/subject-access?q=Farah');
    await check('subject access: a member found', admin);
    await submit(admin, '#subject-access-hits li form');
    await check('subject access: one request', admin);
    await admin.goto('/admin/catalogue');
    await check('assessment catalogue', admin);
    await admin.fill('#body', '[[factor]]\nkey = "x"\nlevel = "galaxy"\n');
    await submit(admin, 'form[action="/admin/catalogue"]');
    assert.equal(await admin.locator('[role=alert]').count(), 1, await mainText(admin));
    await check('assessment catalogue with errors', admin);
    await admin.goto('/admin/wellbeing');
    await check('wellbeing policy', admin);
    await admin.fill('#time_zone', 'Mars/Olympus');
    await submit(admin, 'form[action="/admin/wellbeing"]');
    assert.equal(await admin.locator('[role=alert]').count(), 1, await mainText(admin));
    await check('wellbeing policy with an error', admin);
    await admin.goto('/admin/quick-answers');
    await check('quick answers', admin);
    await admin.goto('/admin/quick-answers/new');
    await check('new quick answer', admin);
    await admin.fill('#question_nl', 'Alleen een vraag');
    await submit(admin, 'main form');
    assert.ok(await admin.locator('[role=alert]').count() >= 1, await mainText(admin));
    await check('new quick answer, half a language refused', admin);
    await admin.goto('/admin/quick-answers');
    const answerHref = await admin.locator('main a[href^="/admin/quick-answers/"]:not([href$="/new"])').first().getAttribute('href');
    await admin.goto(answerHref);
    await check('quick answer, editing', admin);
    await admin.goto(`${answerHref}/remove`);
    await check('quick answer, removal asks first', admin);
    await admin.goto('/admin/invitations/new');
    await check('invite form', admin);
    await skipBrowserValidation(admin, 'form[action="/admin/invitations"]');
    await submit(admin, 'form[action="/admin/invitations"]');
    assert.equal(await admin.locator('[role=alert]').count(), 1, await mainText(admin));
    await check('invite form with errors', admin);
    await admin.fill('#name', 'Noor Visser');
    await admin.fill('#email', 'noor.visser@demo.hearth.example');
    await admin.selectOption('#role', 'practitioner');
    await admin.selectOption('#team', { label: 'North team' });
    await admin.selectOption('#language', lang);
    await submit(admin, 'form[action="/admin/invitations"]');
    const link = (await admin.locator('#invitation-link').innerText()).trim();
    await check('invitations, with a new invitation link', admin);
    await admin.goto('/no-such-page');
    await check('page not found, signed in', admin);

    // The invited practitioner: password, authenticator, recovery codes.
    const invitee = await open();
    await invitee.goto(link);
    await check('invitation acceptance', invitee);
    await invitee.fill('#password', 'warm-soup-on-a-winter-night');
    await invitee.fill('#confirm', 'warm-soup-on-a-winter-evening');
    await submit(invitee, 'main form');
    assert.equal(await invitee.locator('[role=alert]').count(), 1, await mainText(invitee));
    await check('invitation acceptance with an error', invitee);
    await invitee.fill('#password', 'warm-soup-on-a-winter-night');
    await invitee.fill('#confirm', 'warm-soup-on-a-winter-night');
    await submit(invitee, 'main form');
    assert.equal(pathOf(invitee), '/account/second-factor', await mainText(invitee));
    await check('authenticator enrolment', invitee);
    const secret = (await invitee.locator('#totp-secret').innerText()).trim();
    await invitee.fill('#code', wrongCode(secret));
    await submit(invitee, 'main form');
    assert.equal(await invitee.locator('[role=alert]').count(), 1, await mainText(invitee));
    await check('authenticator enrolment with an error', invitee);
    await invitee.fill('#code', await freshCode(secret));
    await submit(invitee, 'main form');
    assert.equal(await invitee.locator('#recovery-codes li').count(), 10, await mainText(invitee));
    await check('recovery codes', invitee);
    await follow(invitee, '/');
    await check('home: new practitioner, empty caseload', invitee);

    // Supervisor: caseload, new family, a family file.
    const supervisor = await open();
    await signIn(supervisor, account('supervisor@demo.hearth.example'));
    await check('home: supervisor', supervisor);
    await supervisor.goto('/families');
    await check('families', supervisor);
    const familyHref = await supervisor.locator('main a', { hasText: 'Jansen family' }).getAttribute('href');
    await supervisor.goto('/families?q=no+family+is+called+this');
    await check('families, search without a match', supervisor);
    await supervisor.goto('/families/new');
    await check('new family', supervisor);
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('new family with an error', supervisor);
    await supervisor.goto(familyHref);
    await check('family file, supervisor', supervisor);
    await checkUnvisitedLinks(supervisor, `main a[href^="${familyHref}/"]:not([href$="/access-log"])`, 'linked from the family file:');
    await supervisor.goto(familyHref);

    // The Haddad family has members, a relationship and an amended note.
    await supervisor.goto('/families');
    const haddadHref = await supervisor.locator('main a', { hasText: 'Haddad family' }).getAttribute('href');
    await supervisor.goto(haddadHref);
    await check('family file with members and a timeline', supervisor);
    await checkUnvisitedLinks(supervisor, `main a[href^="${haddadHref}/members/"], main a[href$="/amend"]`, 'linked from a full family file:');
    // A conversation with the family, its quick answers, and a refused message.
    await supervisor.goto(`${haddadHref}/check-ins`);
    await check('check-ins of a family, with results', supervisor);
    await checkUnvisitedLinks(supervisor, `main a[href^="${haddadHref}/check-ins/"]`, 'linked from check-ins:');
    await supervisor.goto(`${haddadHref}/data-requests`);
    await check('requests about data, from a family file', supervisor);
    // The glossary, as its editor: an entry with a blurred image, editing, sharing, a new entry refused.
    await supervisor.goto('/glossary?q=ok');
    await check('glossary search', supervisor);
    await supervisor.locator('#glossary-results a').first().click();
    await supervisor.waitForLoadState('load');
    await check('glossary entry, as its editor', supervisor);
    await checkUnvisitedLinks(supervisor, 'main a[href^="/glossary/"]', 'linked from a glossary entry:');
    await supervisor.goto('/glossary/new');
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('new glossary entry with errors', supervisor);
    await supervisor.goto('/conduct');
    await check('code of conduct', supervisor);
    // Information sharing from the file: disclosures, what partners gave, the forms, the register.
    await supervisor.goto(`${haddadHref}/sharing`);
    await check('information sharing of a family', supervisor);
    await checkUnvisitedLinks(supervisor, `main a[href^="${haddadHref}/disclosures/"], main a[href^="${haddadHref}/received/"]`,
      'linked from information sharing:');
    await supervisor.goto(`${haddadHref}/disclosures/new`);
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('#disclosure-errors').count(), 1, await mainText(supervisor));
    await check('disclosure form with errors', supervisor);
    await supervisor.goto('/sharing/register');
    await check('sharing register', supervisor);
    await supervisor.goto(haddadHref);
    const conversationHref = await supervisor.locator(`main a[href^="${haddadHref}/conversations/"]`).first().getAttribute('href');
    await supervisor.goto(conversationHref);
    await check('conversation, staff side', supervisor);
    await supervisor.locator('#quick-answers summary').click();
    await check('conversation, quick answers open', supervisor);
    await skipBrowserValidation(supervisor, '#send-form');
    await supervisor.fill('#text', '   ');
    await postWithoutScript(supervisor, '#send-form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('conversation, empty message refused', supervisor);
    await supervisor.goto(`${haddadHref}/notes/new`);
    await check('new note, with members to tick', supervisor);
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('new note with an error', supervisor);
    await supervisor.goto(`${haddadHref}/members/new`);
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('new member with an error', supervisor);
    await supervisor.goto(`${haddadHref}/assessments`);
    await check('assessments and their trend', supervisor);
    await checkUnvisitedLinks(supervisor, `main a[href^="${haddadHref}/assessments/"]`, 'linked from the assessments:');
    await supervisor.goto(`${haddadHref}/assessments`);
    const assessmentHref = await supervisor.locator(`main a[href^="${haddadHref}/assessments/"]:not([href$="/new"])`).first().getAttribute('href');
    await supervisor.goto(assessmentHref);
    await supervisor.click('button[value="return"]');
    await supervisor.waitForLoadState('load');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('assessment review without a comment', supervisor);
    // The modality decision aid for a member: its start, one screen, the result.
    await supervisor.goto(haddadHref);
    const memberHref = await supervisor.locator(`main a[href^="${haddadHref}/members/"]:not([href$="/new"])`).first().getAttribute('href');
    await supervisor.goto(`${memberHref}/modality`);
    await check('modality decision aid, start', supervisor);
    await submit(supervisor, 'main form');
    await check('modality decision aid, a screen of questions', supervisor);
    for (let i = 0; i < 7; i++) {
      await supervisor.click('button[value="next"]');
      await supervisor.waitForLoadState('load');
    }
    await check('modality decision aid, suggestion and decision', supervisor);
    // Decided without the comment that "not enough known yet" asks for.
    await skipBrowserValidation(supervisor, 'main form');
    for (const select of await supervisor.locator('main select[id^="decide-"]').all()) {
      await select.selectOption('face_to_face');
    }
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('modality decision refused, every choice kept', supervisor);
    await supervisor.goto(`${memberHref}/agreement`);
    await check('online working agreement', supervisor);

    await supervisor.goto(`${haddadHref}/conferences`);
    await check('family group conferences', supervisor);
    await checkUnvisitedLinks(supervisor, `main a[href^="${haddadHref}/conferences/"]`, 'linked from the conferences:');
    await supervisor.goto(`${haddadHref}/conferences`);
    const conferenceHref = await supervisor.locator(`main a[href^="${haddadHref}/conferences/"]:not([href$="/new"])`).first().getAttribute('href');
    await supervisor.goto(conferenceHref);
    await checkUnvisitedLinks(supervisor, `main a[href$="/print"]`, 'linked from a conference:');
    await supervisor.goto(`${haddadHref}/conferences/new`);
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('new conference with errors', supervisor);
    await supervisor.goto(`${haddadHref}/assessments/new`);
    await supervisor.fill('#assessed_on', '');
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('new assessment with errors', supervisor);
    await supervisor.goto(haddadHref);
    await supervisor.click('section[aria-labelledby="h-status"] details > summary');
    await supervisor.selectOption('#status', 'closed');
    await submit(supervisor, 'form[action$="/status"]');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('family file, closing without a reason', supervisor);
    await supervisor.goto(familyHref);

    const practitioner = await open();
    await signIn(practitioner, account('practitioner@demo.hearth.example'));
    await check('home: practitioner', practitioner);
    await practitioner.goto(familyHref);
    await check('family file, practitioner', practitioner);

    // A colleague not assigned to the family breaks the glass.
    const colleague = await open();
    await signIn(colleague, account('colleague@demo.hearth.example'));
    await check('home: practitioner (colleague)', colleague);
    await colleague.goto(familyHref);
    assert.equal(await colleague.locator('#reason').count(), 1, await mainText(colleague));
    await check('break-glass', colleague);
    await skipBrowserValidation(colleague, 'main form');
    await colleague.fill('#reason', 'too short');
    await submit(colleague, 'main form');
    assert.equal(await colleague.locator('[role=alert]').count(), 1, await mainText(colleague));
    await check('break-glass with an error', colleague);
    await colleague.fill('#reason', 'The family phoned about an urgent school meeting today.');
    await submit(colleague, 'main form');
    assert.equal(pathOf(colleague), familyHref, await mainText(colleague));
    await check('family file opened by break-glass', colleague);

    await supervisor.goto('/notifications');
    await check('notifications', supervisor);
    await supervisor.goto(`${familyHref}/access-log`);
    await check('access log', supervisor);

    // Sessions, aftercare, calendar, wellbeing and on call.
    await supervisor.goto(haddadHref);
    await checkUnvisitedLinks(supervisor, `main a[href^="${haddadHref}/sessions/"], main a[href^="${haddadHref}/follow-ups/"]`, 'linked from the sessions:');
    // The video session's call page, before joining; this browser has no
    // camera, so the device check says so.
    await practitioner.goto(haddadHref);
    const sessionHrefs = await practitioner.locator(`main a[href^="${haddadHref}/sessions/"]`)
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')).filter((h) => /\/sessions\/[0-9a-f]{32}$/.test(h)));
    let callHref;
    for (const href of sessionHrefs) {
      await practitioner.goto(href);
      if (await practitioner.locator('#session-call').count()) {
        callHref = await practitioner.locator('#session-call').getAttribute('href');
        break;
      }
    }
    assert.ok(callHref, 'the demo has a video session with a call');
    await practitioner.goto(callHref);
    await practitioner.locator('#call-device:not(:empty)').waitFor({ timeout: 10_000 });
    await check('video call, practitioner', practitioner);
    await supervisor.goto(`${haddadHref}/sessions/new`);
    await skipBrowserValidation(supervisor, 'main form');
    await submit(supervisor, 'main form');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('new session with an error', supervisor);
    for (const path of ['/calendar?view=week', '/calendar?view=day', '/account/calendar-feed', '/account/limits', '/workload',
      '/workload/check-in', '/team', '/on-call', '/outcomes']) {
      await supervisor.goto(path);
      await check(path, supervisor);
    }
    await supervisor.goto('/account/calendar-feed');
    // Issuing a feed address asks for the password and a fresh code again.
    const supervisorAccount = account('supervisor@demo.hearth.example');
    await supervisor.fill('#password', 'not the password');
    await supervisor.fill('#code', wrongCode(supervisorAccount.totpSecret));
    await submit(supervisor, 'form[action="/account/calendar-feed"]');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('calendar feed, confirmation refused', supervisor);
    await supervisor.fill('#password', supervisorAccount.password);
    await supervisor.fill('#code', await freshCode(supervisorAccount.totpSecret));
    await submit(supervisor, 'form[action="/account/calendar-feed"]');
    await check('calendar feed address, shown once', supervisor);
    await supervisor.goto('/on-call');
    await skipBrowserValidation(supervisor, 'form[action="/on-call"]');
    await submit(supervisor, 'form[action="/on-call"]');
    assert.equal(await supervisor.locator('[role=alert]').count(), 1, await mainText(supervisor));
    await check('on call with an error', supervisor);

    const community = await open();
    await signIn(community, account('community@demo.hearth.example'));
    await check('home: community_manager', community);
    await community.goto('/notifications');
    await check('notifications, none', community);

    const ambassador = await open();
    await signIn(ambassador, account('ambassador@demo.hearth.example'));
    await check('home: peer_ambassador', ambassador);
    await ambassador.goto('/account');
    await check('account settings, no second factor', ambassador);
    await ambassador.fill('#current', 'not-the-right-password');
    await ambassador.fill('#password', 'a-brand-new-long-password');
    await ambassador.fill('#confirm', 'a-brand-new-long-password');
    await submit(ambassador, 'form[action="/account/password"]');
    assert.equal(await ambassador.locator('[role=alert]').count(), 1, await mainText(ambassador));
    await check('account settings, password change refused', ambassador);

    // Two sessions, so the list offers to end the other one.
    const familyAccount = account('family@demo.hearth.example');
    const familyElsewhere = await open();
    await signIn(familyElsewhere, familyAccount);
    const family = await open();
    await signIn(family, familyAccount);
    await check('home: family_member', family);
    await family.goto(await family.locator('main a[href^="/portal/sessions/"][href$="/call"]').getAttribute('href'));
    await family.locator('#call-device:not(:empty)').waitFor({ timeout: 10_000 });
    await check('video call, member', family);
    await family.goto('/portal/conversations');
    await check('portal conversations', family);
    const portalConversation = await family.locator('main a[href^="/portal/conversations/"]').first().getAttribute('href');
    await family.goto(portalConversation);
    await check('portal conversation', family);
    await skipBrowserValidation(family, '#send-form');
    await family.check('input[name="urgent"]');
    await postWithoutScript(family, '#send-form');
    assert.equal(await family.locator('[role=alert]').count(), 1, await mainText(family));
    await check('portal conversation, empty message refused', family);
    await family.goto('/portal/check-ins');
    await check('portal check-ins', family);
    await family.goto(await family.locator('#portal-check-ins a').first().getAttribute('href'));
    await check('portal check-in, the questions', family);
    await postWithoutScript(family, 'main form.check-in');
    assert.equal(await family.locator('[role=alert]').count(), 1, await mainText(family));
    await check('portal check-in, unanswered questions', family);
    await family.goto('/portal/guides/video-call');
    await check('a guide for families', family);
    await family.goto('/portal/answers');
    await family.locator('main details summary').first().click();
    await check('portal answers', family);
    await family.goto('/account/sessions');
    await check('sessions, two devices', family);
    await submit(family, 'form[action$="/revoke"]');
    await check('sessions, after ending the other one', family);
    await family.goto('/admin/users');
    await check('a page this role may not open', family);

    const otherAdmin = await open();
    await signIn(otherAdmin, account('admin@other.hearth.example'));
    await check('home: organisation_admin (other organisation)', otherAdmin);

    // Back to the admin: disabling the practitioner invited above.
    await admin.goto('/admin/users');
    const noorRow = admin.locator('main tbody tr', { hasText: 'noor.visser@demo.hearth.example' });
    await admin.goto(await noorRow.locator('a[href$="/disable"]').getAttribute('href'));
    await submit(admin, 'main form');
    await check('users, after disabling someone', admin);

    const everyone = { admin, invitee, supervisor, practitioner, colleague, community, ambassador, family, otherAdmin };
    for (const [who, page] of Object.entries(everyone)) {
      await page.goto('/');
      await checkUnvisitedLinks(page, 'header nav a', `linked from the navigation (${who}):`);
    }
  });

  test(`no page scrolls sideways on a 360 px wide screen (${lang})`, async (t) => {
    assert.ok(measured.length > 0, 'the page walk measured no page');
    for (const m of measured) {
      await t.test(`${m.label} (${m.url})`, () => {
        assert.ok(
          m.scrollWidth <= PHONE.width,
          `${m.label} ${m.url} [${lang}] is ${m.scrollWidth} px wide; widest parts:\n  ${m.overflowing.join('\n  ')}`,
        );
      });
    }
  });
}

// Runs in the page: its language and direction, its full width, and the
// elements that reach past the screen's edges.
function measurePage() {
  const root = document.documentElement;
  const width = root.clientWidth;
  const overflowing = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || (r.right <= width + 0.5 && r.left >= -0.5)) continue;
    const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
      (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
    overflowing.push(`${name} from ${Math.round(r.left)} to ${Math.round(r.right)} px`);
    if (overflowing.length >= 8) break;
  }
  // What a refused form shows: whether it says so, which fields it marks
  // aria-invalid, and the summary's links that lead to no marked field.
  // (Inline: the function is sent to the page on its own.)
  const alerts = [...document.querySelectorAll('main .error[role=alert]')].filter((el) => el.checkVisibility());
  const invalid = [...document.querySelectorAll('main [aria-invalid="true"]')].map((el) => el.id || el.tagName);
  const unmarked = [];
  for (const a of alerts.flatMap((alert) => [...alert.querySelectorAll('a[href^="#"]')])) {
    const target = document.getElementById(a.getAttribute('href').slice(1));
    if (target?.getAttribute('aria-invalid') !== 'true') unmarked.push(a.getAttribute('href'));
  }
  const refusal = { shown: alerts.length > 0, invalid, unmarked };
  return { lang: root.lang, dir: root.dir, scrollWidth: root.scrollWidth, overflowing, refusal };
}
