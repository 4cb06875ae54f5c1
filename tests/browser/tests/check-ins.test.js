// Check-ins in the browser: a family member answers a check-in on a phone,
// in Dutch, without any script; the practitioner sees a new point on the
// chart and the same score in the table.
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

test('a member answers a check-in in Dutch on a phone; the practitioner sees the new point', async () => {
  const patContext = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(patContext);
  const pat = await patContext.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  const familyHref = await pat.locator('main a', { hasText: 'Haddad family' }).getAttribute('href');
  await pat.goto(`${familyHref}/check-ins`);
  const pointsBefore = await pat.locator('circle.score-point').count();
  assert.ok(pointsBefore >= 1, 'the demo has a result entered from a call');

  // The member's phone speaks Dutch, and runs no script at all.
  const memberContext = await newContext(browser, hearth.url, { lang: 'nl', javaScriptEnabled: false });
  const farah = await memberContext.newPage();
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  await farah.goto('/portal/check-ins');
  assert.equal(await farah.locator('html').getAttribute('lang'), 'nl');
  await farah.locator('#portal-check-ins a').first().click();
  await farah.waitForLoadState('load');
  assert.match(visibleText(await farah.locator('main').innerText()), /Ik heb goed geslapen/);
  // One question left out: said next to it, the rest kept.
  for (const [item, value] of [['worry', '1'], ['sleep', '3'], ['coping', '3'], ['alone', '0']]) {
    await farah.check(`input[name="item-${item}"][value="${value}"]`);
  }
  const refused = await submit(farah, 'main form.check-in');
  assert.equal(refused.status(), 422);
  assert.equal(await farah.locator('#q-hope-missing').count(), 1, await mainText(farah));
  assert.ok(await farah.isChecked('input[name="item-sleep"][value="3"]'), 'answers given stay chosen');
  await farah.check('input[name="item-hope"][value="3"]');
  await submit(farah, 'main form.check-in');
  assert.equal(pathOf(farah), '/portal/check-ins');
  assert.match(visibleText(await farah.locator('#check-in-thanks').innerText()), /Dank/);
  const overflow = await farah.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'nothing scrolls sideways on the phone');

  // 1 + (4-3) + (4-3) + 0 + (4-3) = 4.
  await pat.goto(`${familyHref}/check-ins`);
  assert.equal(await pat.locator('circle.score-point').count(), pointsBefore + 1, 'one more point on the chart');
  const farahTable = pat.locator('table.check-in-results', { hasText: 'Farah' });
  const scores = await farahTable.locator('tbody tr td:nth-child(2)').allInnerTexts();
  assert.deepEqual(scores, ['4']);
  assert.match(visibleText(await farahTable.innerText()), /In the family portal/);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await patContext.close();
  await memberContext.close();
});
