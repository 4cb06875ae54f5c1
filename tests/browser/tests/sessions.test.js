// Sessions in the browser on a phone: scheduling within the wellbeing
// limits (a warning near the daily limit, an override with a reason beyond
// it) and completing the aftercare that a digital session left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, submit, pathOf, mainText, visibleText, watchForPageProblems } from '../lib/browser.js';

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

/** A Tuesday at least two weeks ahead, as YYYY-MM-DD: a working day with nothing planned. */
function freeTuesday() {
  const d = new Date(Date.now() + 14 * 86_400_000);
  while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function scheduleForm(page, familyHref, start) {
  await page.goto(`${familyHref}/sessions/new`);
  await page.selectOption('#mode', 'in_person');
  await page.locator('input[name="members"]').first().check();
  await page.fill('#starts_at', start);
  await page.fill('#minutes', '60');
  await page.fill('#place', 'Community centre, Main Street 1');
  await submit(page, 'main form');
}

test('scheduling warns near the daily limit and needs a reason beyond it', async () => {
  const context = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(context);
  const pat = await context.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  const familyHref = await pat.locator('main a', { hasText: 'Haddad family' }).getAttribute('href');
  const day = freeTuesday();
  const sessionPath = new RegExp(`^${familyHref}/sessions/[0-9a-f]{32}$`);

  for (const time of ['10:00', '11:30']) {
    await scheduleForm(pat, familyHref, `${day}T${time}`);
    assert.match(pathOf(pat), sessionPath, await mainText(pat));
  }
  // The third of three allowed: a warning to confirm.
  await scheduleForm(pat, familyHref, `${day}T13:00`);
  assert.match(visibleText(await pat.locator('#session-warnings').innerText()), /last session allowed that day/);
  assert.equal(await pat.inputValue('#place'), 'Community centre, Main Street 1', 'what was typed is kept');
  await submit(pat, 'main form');
  assert.match(pathOf(pat), sessionPath, await mainText(pat));

  // A fourth: refused until a reason is given.
  await scheduleForm(pat, familyHref, `${day}T14:30`);
  assert.match(visibleText(await pat.locator('#session-refusals').innerText()), /maximum of 3 sessions/);
  await pat.fill('#override_reason', 'Amina asked for an urgent talk after a call from Yusuf.');
  await submit(pat, 'main form');
  assert.match(pathOf(pat), sessionPath, await mainText(pat));
  assert.match(visibleText(await pat.locator('#session-override').innerText()), /urgent talk after a call from Yusuf/);

  await pat.goto(`/calendar?view=day&date=${day}`);
  assert.equal(await pat.locator('main .cards li').count(), 4, await mainText(pat));
  assert.deepEqual(problems, []);
});

test('a practitioner completes the aftercare of a video session from the home page', async () => {
  const context = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(context);
  const pat = await context.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.click('#home-follow-ups a');
  await pat.waitForLoadState('load');
  assert.match(pathOf(pat), /\/follow-ups\/[0-9a-f]{32}$/);
  // Without saying whether more help was arranged, the form says so and keeps the text.
  await pat.fill('#how_they_are', 'Calmer; sleeping better since the call with Yusuf.');
  await submit(pat, 'main form');
  assert.equal(await pat.locator('[role=alert]').count(), 1, await mainText(pat));
  assert.equal(await pat.inputValue('#how_they_are'), 'Calmer; sleeping better since the call with Yusuf.');
  await pat.check('input[name="more_help"][value="no"]');
  await submit(pat, 'main form');
  assert.match(visibleText(await pat.locator('#follow-ups').innerText()), /done/);
  await pat.goto('/');
  assert.equal(await pat.locator('#home-follow-ups').count(), 0, 'nothing left to follow up');
  assert.deepEqual(problems, []);
});
