// On a 360 px phone screen, a practitioner goes through the modality decision
// aid with a family member and records the decision taken together.
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

test('the practitioner runs the decision aid and records a decision', async () => {
  const context = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(context);
  const pat = await context.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  await pat.click('main a:has-text("Haddad family")');
  await pat.click('main a:has-text("Amina Haddad")');
  await pat.click('main a[href$="/modality"]');
  const aid = pathOf(pat);
  await submit(pat, 'main form');

  const choose = async (name, value) => pat.check(`input[name="a-${name}"][value="${value}"]`);
  const next = async () => { await pat.click('button[value="next"]'); await pat.waitForLoadState('load'); };
  await choose('openness', 'open');
  await next();
  await choose('device', 'own_smartphone');
  await choose('connection', 'unstable');
  await next();
  await choose('language_barrier', 'strong');
  await next();
  await next();
  await choose('distance', 'far');
  // Going back keeps what was chosen.
  await pat.click('button[value="back"]');
  await pat.waitForLoadState('load');
  await next();
  assert.equal(await pat.isChecked('input[name="a-distance"][value="far"]'), true, 'the answer survived going back');
  await next();
  await choose('met_in_person', 'yes');
  await next();

  const result = visibleText(await pat.locator('main').innerText());
  assert.match(result, /They live far away/, 'every reason is shown');
  assert.match(result, /Arrange a translator/);
  assert.equal(await pat.locator('[id^="suggestion-"]').count(), 4, 'a suggestion per kind of contact');
  assert.ok(await pat.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px screen');

  await pat.fill('#preference', 'Video is fine, but not when my husband is home');
  await pat.fill('#comment', 'Agreed together at the office.');
  await submit(pat, 'main form');
  assert.equal(pathOf(pat), aid, await mainText(pat));
  assert.match(visibleText(await pat.locator('#modality-history').innerText()), /not when my husband is home/);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await context.close();
});
