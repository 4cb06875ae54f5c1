// Online working agreements on a 360 px phone: the family member reads and
// accepts theirs in Arabic; a new template version flags renewal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, submit, chooseLanguage, visibleText, watchForPageProblems } from '../lib/browser.js';

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

test('a family member reads and accepts the agreement in Arabic, then a new template flags renewal', async () => {
  const familyContext = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(familyContext);
  const farah = await familyContext.newPage();
  await farah.goto('/login');
  await chooseLanguage(farah, 'ar');
  assert.equal(await farah.getAttribute('html', 'dir'), 'rtl');
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  assert.equal(await farah.getAttribute('html', 'lang'), 'ar');
  const agreement = visibleText(await farah.locator('#portal-agreement').innerText());
  assert.match(agreement, /مواعيد الحافلة/, 'her agreed signal is in the text, in Arabic');
  assert.match(agreement, /Farah only/, 'a choice written only in English is shown as written');
  assert.match(visibleText(await farah.locator('main').innerText()), /0800 123 456/, 'urgent contacts are shown');
  assert.ok(await farah.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px screen');
  await submit(farah, 'form[action$="/accept"]');
  assert.equal(await farah.locator('form[action$="/accept"]').count(), 0, 'accepted');
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');

  // The organisation publishes a new version of the template.
  const adminContext = await newContext(browser, hearth.url);
  const admin = await adminContext.newPage();
  await signIn(admin, hearth.account('admin@demo.hearth.example'));
  await admin.goto('/admin/agreement-template');
  const body = await admin.inputValue('#body');
  await admin.fill('#body', body.replace('name = "Working together online"', 'name = "Working together online, 2027"'));
  await submit(admin, 'form[action="/admin/agreement-template"]');
  assert.match(visibleText(await admin.locator('main').innerText()), /Version 2/);

  // The practitioner sees that Farah's agreement needs renewing.
  const patContext = await newContext(browser, hearth.url);
  const pat = await patContext.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  await pat.click('main a:has-text("Haddad family")');
  await pat.click('main a[href*="/members/"]:has-text("Farah Haddad")');
  await pat.click('main a[href$="/agreement"]');
  assert.equal(await pat.locator('#renewal').count(), 1, 'renewal is flagged');
  await familyContext.close();
  await adminContext.close();
  await patContext.close();
});
