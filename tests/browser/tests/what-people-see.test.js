// What people see, on a 360 px phone in English and in Arabic: a supervisor
// finds an override's reason from its notification; the family file opens on
// the next session; the assessment form keeps its answers across steps and
// after a refused step; an Arabic agreement isolates English choices; the
// menu folds to one row and opens without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, submit, pathOf, mainText, visibleText, watchForPageProblems, PHONE } from '../lib/browser.js';
import { runAxe, describeViolations } from '../lib/axe.js';

let hearth;
let browser;

before(async () => {
  hearth = await startHearth();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await hearth?.stop();
});

/** A Wednesday three weeks ahead (plus `weeks`), as YYYY-MM-DD. */
function wednesday(weeks) {
  const d = new Date(Date.now() + (21 + 7 * weeks) * 86_400_000);
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function haddadHref(page) {
  await page.goto('/families');
  return page.locator('main a', { hasText: 'Haddad family' }).getAttribute('href');
}

async function noViolations(page, what) {
  const violations = await runAxe(page);
  assert.deepEqual(violations, [], describeViolations(what, violations));
}

async function inFirstScreen(page, selector) {
  const box = await page.locator(selector).boundingBox();
  assert.ok(box, `${selector} is shown`);
  assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height, `${selector} is on the first screen: ${JSON.stringify(box)}`);
}

for (const [lang, reason] of [
  ['en', 'The mother asked for an evening talk after the police visit.'],
  ['ar', 'طلبت الأم حديثًا مسائيًا بعد زيارة الشرطة.'],
]) {
  test(`a supervisor finds an override's reason from its notification (${lang})`, async () => {
    const patContext = await newContext(browser, hearth.url);
    const pat = await patContext.newPage();
    await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
    const family = await haddadHref(pat);
    await pat.goto(`${family}/sessions/new`);
    await pat.selectOption('#mode', 'in_person');
    await pat.locator('input[name="members"]').first().check();
    await pat.fill('#starts_at', `${wednesday(lang === 'en' ? 0 : 1)}T19:30`);
    await pat.fill('#minutes', '60');
    await pat.fill('#place', 'Community centre, Main Street 1');
    await submit(pat, 'main form');
    assert.equal(await pat.locator('#session-refusals').count(), 1, 'outside working hours: a reason is needed');
    await pat.fill('#override_reason', reason);
    await submit(pat, 'main form');
    const session = pathOf(pat);
    assert.match(session, /\/sessions\/[0-9a-f]{32}$/, await mainText(pat));
    await patContext.close();

    const context = await newContext(browser, hearth.url, { lang, bypassCSP: true });
    const problems = watchForPageProblems(context);
    const sam = await context.newPage();
    await signIn(sam, hearth.account('supervisor@demo.hearth.example'));
    await sam.goto('/notifications');
    const link = sam.locator('main a[href*="#override-"]').first();
    const label = visibleText(await link.innerText());
    assert.notEqual(label, visibleText(await sam.locator('main a[href*="/access-log"]').first().innerText().catch(() => '')),
      'labelled by where it leads, not as an access record');
    await Promise.all([sam.waitForNavigation({ waitUntil: 'load' }), link.click()]);
    assert.equal(pathOf(sam), '/team');
    const id = new URL(sam.url()).hash.slice(1);
    assert.match(id, /^override-[0-9a-f]{32}$/);
    const entry = sam.locator(`#${id}`);
    assert.match(visibleText(await entry.innerText()), new RegExp(reason.slice(0, 20)), 'the reason is on the team page');
    await inFirstScreen(sam, `#${id} .override-reason`);
    // The week can be moved on and back.
    assert.equal(await sam.locator('.week-nav a[rel="next"]').count(), 1);
    await noViolations(sam, `team page (${lang})`);
    await Promise.all([sam.waitForNavigation({ waitUntil: 'load' }), entry.locator(`a[href="${session}"]`).click()]);
    assert.equal(pathOf(sam), session);
    assert.match(visibleText(await sam.locator('#session-override').innerText()), new RegExp(reason.slice(0, 20)));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`the family file opens on what needs doing, the next session first (${lang})`, async () => {
    const context = await newContext(browser, hearth.url, { lang, bypassCSP: true });
    const problems = watchForPageProblems(context);
    const pat = await context.newPage();
    await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
    const family = await haddadHref(pat);
    await pat.goto(family);
    const header = await pat.locator('header.top').boundingBox();
    assert.ok(header.height <= 72, `the header is one row: ${header.height} px`);
    await inFirstScreen(pat, '#next-session a');
    assert.match(await pat.locator('#next-session a').getAttribute('href'), /\/sessions\/[0-9a-f]{32}$/);
    // Dates as the language writes them, no zone name where it goes without saying.
    const when = visibleText(await pat.locator('#next-session a').innerText());
    assert.doesNotMatch(when, /\d{4}-\d{2}-\d{2}|Europe\//, when);
    // Secondary forms wait folded; an earlier session's typed call link is a link.
    assert.equal(await pat.locator('#document').isVisible(), false, 'the upload form is folded');
    await pat.click('#past-sessions > summary');
    assert.equal(await pat.locator('#past-sessions a').first().isVisible(), true, 'opened by a tap');
    let linked = 0;
    for (const href of await pat.locator('#past-sessions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      await pat.goto(href);
      linked += await pat.locator('main a[href="https://meet.example.org/haddad"]').count();
    }
    assert.equal(linked, 1, 'the call link typed as a session\'s place is a link');
    await pat.goto(family);
    await noViolations(pat, `family file (${lang})`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`the assessment form keeps its answers across steps and after a refused step (${lang})`, async () => {
    const context = await newContext(browser, hearth.url, { lang, bypassCSP: true });
    const problems = watchForPageProblems(context);
    const pat = await context.newPage();
    await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
    const family = await haddadHref(pat);
    await pat.goto(`${family}/assessments/new`);
    const step = async () => visibleText(await pat.locator('.steps [aria-current="step"]').innerText());
    const go = async (button) => Promise.all([pat.waitForNavigation({ waitUntil: 'load' }), pat.click(button)]);
    const first = await step();
    // A finding without its evidence: the step is refused, the rating kept, the summary focused.
    await pat.check('input[name="rating-withdrawal-and-secrecy"][value="2"]');
    const [refused] = await go('#assessment-next');
    assert.equal(refused.status(), 422);
    assert.equal(await step(), first);
    assert.equal(await pat.evaluate(() => document.activeElement?.id), 'assessment-errors', 'focus on the error summary');
    assert.ok(await pat.isChecked('input[name="rating-withdrawal-and-secrecy"][value="2"]'), 'the rating is kept');
    await pat.selectOption('#evidence-withdrawal-and-secrecy', { index: 1 });
    await go('#assessment-next');
    assert.notEqual(await step(), first);
    await pat.check('input[name="rating-warm-relationships"][value="1"]');
    await pat.selectOption('#evidence-warm-relationships', { index: 1 });
    await go('#assessment-next');
    await go('#assessment-next');
    await pat.selectOption('#engagement', 'genuine');
    await pat.fill('#young_person', 'Yusuf says the camp is hard; he calls his mother weekly.');
    await pat.selectOption('#response', 'targeted_family_support');
    await pat.fill('#proportionality', 'Withdrawal without support for violence: family support is proportionate.');
    // Back to the family level and forward again: every answer is still there.
    await go('button[value="back"]');
    await go('button[value="back"]');
    assert.ok(await pat.isChecked('input[name="rating-warm-relationships"][value="1"]'));
    await go('#assessment-next');
    await go('#assessment-next');
    assert.equal(await pat.inputValue('#young_person'), 'Yusuf says the camp is hard; he calls his mother weekly.');
    await noViolations(pat, `assessment, last step (${lang})`);
    await go('#assessment-submit');
    assert.match(pathOf(pat), /\/assessments\/[0-9a-f]{32}$/, await mainText(pat));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`the menu folds into one row and opens without JavaScript (${lang})`, async () => {
    const context = await newContext(browser, hearth.url, { lang, javaScriptEnabled: false });
    const sam = await context.newPage();
    await signIn(sam, hearth.account('supervisor@demo.hearth.example'));
    const header = await sam.locator('header.top').boundingBox();
    assert.ok(header.height <= 72, `one row: ${header.height} px`);
    assert.equal(await sam.locator('header nav a[href="/notifications"]').isVisible(), false, 'folded');
    await sam.click('details.menu > summary');
    assert.equal(await sam.locator('header nav a[href="/notifications"]').isVisible(), true, 'opened by a tap');
    await Promise.all([sam.waitForNavigation({ waitUntil: 'load' }), sam.click('header nav a[href="/notifications"]')]);
    assert.equal(pathOf(sam), '/notifications');
    await context.close();
    // On a wide screen the menu stands open in the header.
    const wide = await newContext(browser, hearth.url, { lang, viewport: { width: 1280, height: 800 } });
    const desk = await wide.newPage();
    await signIn(desk, hearth.account('supervisor@demo.hearth.example'));
    assert.equal(await desk.locator('header nav a[href="/notifications"]').isVisible(), true);
    assert.equal(await desk.locator('details.menu > summary').isVisible(), false);
    await wide.close();
  });
}

test('an Arabic agreement keeps English choices isolated, with their punctuation in place', async () => {
  const context = await newContext(browser, hearth.url, { lang: 'ar', bypassCSP: true });
  const problems = watchForPageProblems(context);
  const farah = await context.newPage();
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  const agreement = farah.locator('#portal-agreement');
  // The signal was written in Arabic too: shown in Arabic, marked as such.
  const signal = agreement.locator('bdi.choice[lang="ar"]');
  assert.match(await signal.innerText(), /مواعيد الحافلة/);
  // "Farah only" exists in English alone: isolated, its language marked and said.
  const users = agreement.locator('bdi.choice[lang="en"]', { hasText: 'Farah only' });
  assert.equal(await users.count(), 1);
  const around = await users.evaluate((bdi) => ({
    after: bdi.nextSibling?.textContent ?? '',
    note: bdi.nextElementSibling?.className ?? '',
    dir: getComputedStyle(bdi).unicodeBidi,
  }));
  assert.equal(around.note, 'fallback', 'says it is written in another language');
  assert.equal(around.dir, 'isolate', 'the choice is isolated from the Arabic sentence');
  // The sentence's own full stop follows the isolated choice, after its note.
  const sentence = visibleText(await users.evaluate((bdi) => bdi.parentElement.textContent));
  assert.match(sentence, /Farah only \(.+\)\. /, sentence);
  assert.doesNotMatch(await agreement.innerText(), /\{[a-z_]+\}/, 'no placeholder left');
  // Headings of the portal are in Arabic.
  for (const heading of await farah.locator('main h2, main h3').allInnerTexts()) {
    assert.doesNotMatch(heading, /^[A-Za-z ]+$/, `heading in English: ${heading}`);
  }
  await noViolations(farah, 'portal home with the agreement (ar)');
  assert.deepEqual(problems, []);
  await context.close();

  // The practitioner is asked for the Arabic wording first.
  const patContext = await newContext(browser, hearth.url);
  const pat = await patContext.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  const family = await haddadHref(pat);
  await pat.goto(family);
  const farahHref = await pat.locator('main a[href*="/members/"]', { hasText: 'Farah Haddad' }).first().getAttribute('href');
  await pat.goto(`${farahHref}/agreement`);
  const order = await pat.evaluate(() => [...document.querySelectorAll('input[name^="signal"]')].map((i) => i.name));
  assert.deepEqual(order, ['signal@ar', 'signal'], 'Arabic first, then the practitioner\'s own language');
  assert.equal(await pat.inputValue('#choice-signal-ar'), '"هل يمكنك الاتصال بي بخصوص مواعيد الحافلة؟"');
  await patContext.close();
});
