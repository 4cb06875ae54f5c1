// From invitation to a signed-in practitioner: the admin invites, the new
// person sets a password, enrols an authenticator, keeps the recovery codes,
// and can sign out and back in with password and code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, signOut, submit, pathOf, mainText, submitPassword, submitSecondFactor, visibleText, watchForPageProblems } from '../lib/browser.js';
import { freshCode } from '../lib/totp.js';

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

test('invite, set a password, enrol TOTP, sign in and reach the practitioner home', async () => {
  const admin = hearth.account('admin@demo.hearth.example');
  const newcomer = { name: 'Noor Haddad-Visser', email: 'noor.visser@demo.hearth.example', password: 'warm-soup-on-a-winter-night' };

  // The admin invites a practitioner to the North team.
  const adminContext = await newContext(browser, hearth.url);
  const adminProblems = watchForPageProblems(adminContext);
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin);
  assert.ok(await adminPage.locator('nav a[href="/admin/invitations"]').count(), 'admin home links to invitations');
  await adminPage.goto('/admin/invitations/new');
  await adminPage.fill('#name', newcomer.name);
  await adminPage.fill('#email', newcomer.email);
  await adminPage.selectOption('#role', 'practitioner');
  await adminPage.selectOption('#team', { label: 'North team' });
  await adminPage.selectOption('#language', 'en');
  await submit(adminPage, 'form[action="/admin/invitations"]');
  assert.equal(pathOf(adminPage), '/admin/invitations', await mainText(adminPage));
  const link = (await adminPage.locator('#invitation-link').innerText()).trim();
  assert.match(link, /^https?:\/\/.+\/invitations\/[A-Za-z0-9_-]+$/);
  assert.deepEqual(adminProblems, [], 'no script errors or CSP refusals');
  await adminContext.close();

  // The newcomer opens the link on their own device and sets a password.
  const context = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(context);
  const page = await context.newPage();
  await page.goto(link);
  await page.fill('#password', newcomer.password);
  await page.fill('#confirm', newcomer.password);
  await submit(page, `form[action^="/invitations/"]`);
  assert.equal(pathOf(page), '/account/second-factor', await mainText(page));

  // Enrol: a QR code for the app, and the secret as text for typing it in.
  assert.equal(await page.locator('main figure svg').count(), 1, 'enrol page shows an inline SVG QR code');
  const secret = (await page.locator('#totp-secret').innerText()).trim();
  assert.match(secret, /^[A-Z2-7]{16,}$/);
  await page.fill('#code', await freshCode(secret));
  await submit(page, 'main form');
  const codes = await page.locator('#recovery-codes li').allInnerTexts();
  assert.equal(codes.length, 10, `ten recovery codes: ${await mainText(page)}`);
  assert.equal(new Set(codes).size, 10, 'recovery codes are all different');

  await Promise.all([page.waitForNavigation(), page.locator('main a[href="/"]').click()]);
  await assertPractitionerHome(page, newcomer.name);

  // Sign out, then back in with the password and a new code.
  await signOut(page);
  assert.notEqual(pathOf(page), '/', 'signed out');
  await page.goto('/');
  assert.equal(pathOf(page), '/login', 'home needs signing in again');

  await submitPassword(page, { email: newcomer.email, password: newcomer.password });
  assert.equal(pathOf(page), '/login/second-factor', await mainText(page));
  await submitSecondFactor(page, await freshCode(secret));
  await assertPractitionerHome(page, newcomer.name);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await context.close();
});

async function assertPractitionerHome(page, name) {
  assert.equal(pathOf(page), '/', await mainText(page));
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(visibleText(await page.locator('h1').innerText()), `Welcome, ${name}`);
  assert.ok(await page.locator('nav a[href="/families"]').count(), 'practitioner navigation links to the caseload');
  assert.equal(await page.locator('nav a[href="/admin/users"]').count(), 0, 'no admin links for a practitioner');
}
