// Break-glass: a practitioner opens a family file that is not theirs only
// by giving a reason, and the supervisor is told and can read the reason.
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

test('a colleague breaks the glass on the Jansen family and the supervisor sees why', async () => {
  const reason = 'Pat is off sick and the family called about an urgent housing letter.';

  const colleagueContext = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(colleagueContext);
  const colleague = await colleagueContext.newPage();
  await signIn(colleague, hearth.account('colleague@demo.hearth.example'));

  // The Jansen family is not on the colleague's caseload…
  await colleague.goto('/families');
  assert.equal(await colleague.locator('main a', { hasText: 'Jansen family' }).count(), 0, 'Jansen is not in the caseload');

  // …so the supervisor's list gives the address of the file.
  const supervisorContext = await newContext(browser, hearth.url);
  const supervisor = await supervisorContext.newPage();
  await signIn(supervisor, hearth.account('supervisor@demo.hearth.example'));
  await supervisor.goto('/families');
  const familyHref = await supervisor.locator('main a', { hasText: 'Jansen family' }).getAttribute('href');
  assert.match(familyHref, /^\/families\/[^/]+$/);

  await colleague.goto(familyHref);
  assert.equal(await colleague.locator('#reason').count(), 1, `break-glass form instead of the file: ${await mainText(colleague)}`);
  assert.equal(await colleague.locator('main dl.facts').count(), 0, 'the file itself is not shown yet');

  await colleague.fill('#reason', reason);
  await submit(colleague, 'form[action$="/break-glass"]');
  assert.equal(pathOf(colleague), familyHref, await mainText(colleague));
  assert.equal(visibleText(await colleague.locator('h1').innerText()), 'Jansen family');
  assert.equal(await colleague.locator('main .warning[role=status]').count(), 1, 'the open file says it was opened by break-glass');
  assert.equal(await colleague.locator('#reason').count(), 0);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await colleagueContext.close();

  // The supervisor is notified, and the access log keeps the reason.
  await supervisor.goto('/notifications');
  const notices = visibleText(await supervisor.locator('main .cards').innerText());
  assert.match(notices, /Quinn Colleague/, `notification names the colleague: ${notices}`);
  assert.match(notices, /Jansen family/, `notification names the family: ${notices}`);
  assert.ok(await supervisor.locator('main .cards li.unread').count() >= 1, 'the notification is unread');

  await supervisor.goto(`${familyHref}/access-log`);
  const row = supervisor.locator('main tbody tr', { hasText: reason });
  assert.equal(await row.count(), 1, `access log shows the reason: ${await mainText(supervisor)}`);
  assert.match(visibleText(await row.innerText()), /Quinn Colleague/);
  await supervisorContext.close();
});
