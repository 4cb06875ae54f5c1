// A family group conference in the browser: the family's plan from creation
// to the print view the family takes home.
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

test('a family group conference plan from creation to the print view', async () => {
  const context = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(context);
  const pat = await context.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  const familyHref = await pat.locator('main a', { hasText: 'Jansen family' }).getAttribute('href');

  await pat.goto(`${familyHref}/conferences`);
  await pat.click('main a[href$="/conferences/new"]');
  await pat.fill('#held_on', '2026-11-20');
  await pat.fill('#family_participants', 'Marieke (mother), Joost (father), Anke (grandmother)');
  await pat.fill('#what-0', 'Eat together on Sunday evenings, phones away');
  await pat.fill('#who-0', 'Marieke and Joost');
  await pat.fill('#what-1', 'Ask the football coach about evening training');
  // The second action has no owner yet: the form says so and keeps everything.
  await pat.selectOption('#agreement', 'agreed');
  await submit(pat, 'main form');
  assert.equal(await pat.locator('[role=alert]').count(), 1, await mainText(pat));
  assert.equal(await pat.inputValue('#what-1'), 'Ask the football coach about evening training');
  await pat.fill('#who-1', 'Anke');
  await pat.fill('#due-1', '2026-12-15');
  await pat.fill('#review_on', '2027-01-20');
  await submit(pat, 'main form');
  const conferenceHref = pathOf(pat);
  assert.match(conferenceHref, new RegExp(`^${familyHref}/conferences/[0-9a-f]{32}$`), await mainText(pat));

  const firstAction = pat.locator('ol.plan > li').first();
  await firstAction.locator('select').selectOption('in_progress');
  await firstAction.locator('input[name="note"]').fill('Two Sundays so far');
  await firstAction.locator('button').click();
  await pat.waitForLoadState('load');
  assert.match(visibleText(await pat.locator('ol.plan > li').first().innerText()), /Under way/);

  await pat.click('main a[href$="/print"]');
  await pat.waitForLoadState('load');
  const printed = visibleText(await pat.locator('main').innerText());
  assert.match(printed, /Eat together on Sunday evenings/);
  assert.match(printed, /Ask the football coach/);
  assert.match(printed, /20 Jan 2027/, "the review date as English writes it");
  assert.doesNotMatch(printed, /Two Sundays so far/, 'internal notes are not on the family copy');
  await pat.emulateMedia({ media: 'print' });
  assert.equal(await pat.locator('header.top').isVisible(), false, 'no site header when printed');
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await context.close();
});
