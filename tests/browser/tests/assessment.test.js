// Case work in the browser: a family with members, a note as evidence, an
// assessment signed off by the supervisor, a second one, and the trend.
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

async function recordAssessment(page, familyHref, { date, withdrawal, warmth }) {
  await page.goto(`${familyHref}/assessments/new`);
  // Step by step: the individual level with the date, the family level, the
  // community level, then the overall judgement.
  await page.fill('#assessed_on', date);
  await page.check(`input[name="rating-withdrawal-and-secrecy"][value="${withdrawal}"]`);
  await page.selectOption('#evidence-withdrawal-and-secrecy', { index: 1 });
  await next(page);
  await page.check(`input[name="rating-warm-relationships"][value="${warmth}"]`);
  await page.selectOption('#evidence-warm-relationships', { index: 1 });
  await next(page);
  await next(page);
  await page.selectOption('#engagement', 'genuine');
  await page.fill('#young_person', 'Ilias says home feels tense but his aunt listens to him.');
  await page.selectOption('#response', 'targeted_family_support');
  await page.fill('#proportionality', 'Withdrawal without any support for violence: family support is proportionate.');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#assessment-submit')]);
  assert.match(pathOf(page), new RegExp(`^${familyHref}/assessments/[0-9a-f]{32}$`), await mainText(page));
  return pathOf(page);
}

async function next(page) {
  const step = await page.locator('.steps [aria-current="step"]').innerText();
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#assessment-next')]);
  assert.notEqual(await page.locator('.steps [aria-current="step"]').innerText(), step, await mainText(page));
}

test('a family, its members and a note; an assessment signed off; a second one; the trend moves', async () => {
  const context = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(context);
  const pat = await context.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));

  await pat.goto('/families/new');
  await pat.fill('#name', 'El Amrani family');
  await submit(pat, 'main form');
  const familyHref = pathOf(pat);
  assert.match(familyHref, /^\/families\/[0-9a-f]{32}$/);

  for (const [name, role] of [['Ilias El Amrani', 'person_of_concern'], ['Fatima El Amrani', 'parent']]) {
    await pat.goto(`${familyHref}/members/new`);
    await pat.fill('#name', name);
    await pat.selectOption('#role', role);
    await submit(pat, 'main form');
    assert.equal(pathOf(pat), familyHref, await mainText(pat));
  }
  assert.match(visibleText(await pat.locator('main').innerText()), /Ilias El Amrani[\s\S]*Fatima El Amrani/);

  await pat.goto(`${familyHref}/notes/new`);
  await pat.selectOption('#kind', 'home_visit');
  await pat.check('input[name="members"] >> nth=0');
  await pat.fill('#text', 'Ilias stays in his room and avoids family meals.');
  await submit(pat, 'main form');
  assert.equal(pathOf(pat), familyHref);

  const first = await recordAssessment(pat, familyHref, { date: '2026-10-01', withdrawal: '3', warmth: '1' });
  assert.match(visibleText(await pat.locator('#assessment-status').innerText()), /Waiting for review/);

  const supervisorContext = await newContext(browser, hearth.url);
  const sam = await supervisorContext.newPage();
  await signIn(sam, hearth.account('supervisor@demo.hearth.example'));
  await sam.goto('/notifications');
  assert.match(visibleText(await sam.locator('main').innerText()), /El Amrani family/);
  await sam.goto(first);
  await sam.fill('#comment', 'Agreed. Review in a month.');
  await sam.click('button[value="sign_off"]');
  await sam.waitForLoadState('load');
  assert.match(visibleText(await sam.locator('#assessment-status').innerText()), /Signed off/);

  await recordAssessment(pat, familyHref, { date: '2026-11-01', withdrawal: '1', warmth: '3' });
  await pat.goto(`${familyHref}/assessments`);
  assert.equal(await pat.locator('svg.trend').count(), 3, 'a chart per level');
  const row = async (label) => pat.locator('#trend-table tbody tr', { hasText: label }).locator('td').allInnerTexts();
  assert.deepEqual((await row('Withdraws from family and friends')).slice(1), ['3', '1']);
  assert.deepEqual((await row('Warm relationships and open conversation')).slice(1), ['1', '3']);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await context.close();
  await supervisorContext.close();
});
