// Video calls in the browser with fake camera and microphone: a practitioner
// and a family member meet through the waiting room and media flows both
// ways (read from RTCPeerConnection.getStats), a translator joins by link,
// the pages pass axe, and a call outside its window is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { newContext, signIn } from '../lib/browser.js';
import { flowing, launchWithFakeMedia, videoSession } from '../lib/call.js';
import { runAxe, describeViolations } from '../lib/axe.js';

async function checkAccessibility(page, label) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, describeViolations(label, violations));
}

let hearth;
let browser;

before(async () => {
  hearth = await startHearth();
  browser = await launchWithFakeMedia();
});

after(async () => {
  await browser?.close();
  await hearth?.stop();
});

test('a practitioner and a member meet through the waiting room, and media flows both ways', async () => {
  const pat = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  const farah = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  const session = await videoSession(pat);
  await pat.click('#session-call');
  assert.match(pat.url(), /\/call$/);
  await pat.locator('#call-device').filter({ hasText: 'working' }).waitFor({ timeout: 10_000 });
  assert.equal(await pat.locator('#call-no-recording').count(), 1, 'no recording, on screen');
  await checkAccessibility(pat, 'call page (device check)');
  await pat.click('#call-join');
  await pat.locator('#call-room').waitFor({ state: 'visible', timeout: 10_000 });

  await farah.goto('/');
  await farah.click('a:has-text("Join the video call")');
  await farah.locator('#call-device').filter({ hasText: 'working' }).waitFor({ timeout: 10_000 });
  await farah.click('#call-join');
  await farah.locator('#call-waiting').waitFor({ state: 'visible', timeout: 10_000 });
  await checkAccessibility(farah, 'waiting room');

  // The practitioner sees her waiting, with how her identity was verified.
  const waiting = pat.locator('#call-lobby-list li', { hasText: 'Farah' });
  await waiting.waitFor({ timeout: 10_000 });
  assert.match(await waiting.innerText(), /Met in person/);
  await waiting.locator('[data-admit]').click();
  await farah.locator('#call-room').waitFor({ state: 'visible', timeout: 10_000 });

  const patBytes = await flowing(pat);
  const farahBytes = await flowing(farah);
  assert.ok(patBytes.sent > 10_000 && patBytes.received > 10_000, `practitioner: ${JSON.stringify(patBytes)}`);
  assert.ok(farahBytes.sent > 10_000 && farahBytes.received > 10_000, `member: ${JSON.stringify(farahBytes)}`);
  await checkAccessibility(pat, 'call page (in the call)');

  // The start checklist is completed without leaving the call.
  const stillHere = await pat.evaluate(() => { window.stillTheSameCall = true; return true; });
  for (const box of await pat.locator('#checklist-form input[type=checkbox]').all()) { await box.check(); }
  await pat.click('#checklist-form [type=submit]');
  await pat.locator('#checklist-done').waitFor({ timeout: 10_000 });
  assert.ok(stillHere && await pat.evaluate(() => window.stillTheSameCall), 'the call page stayed');

  // A translator, invited from the session, joins by link and is let in.
  const invite = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  await signIn(invite, hearth.account('practitioner@demo.hearth.example'));
  await invite.goto(session);
  await invite.fill('#translator_name', 'Karim');
  await invite.fill('#translator_email', 'karim@interpreters.example');
  await invite.click('form[action$="/translators"] [type=submit]');
  const href = (await invite.locator('#translator-link').innerText()).trim();
  const karim = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  await karim.goto(href);
  await karim.check('input[name=accept]');
  await karim.click('form [type=submit]');
  await karim.click('#translator-call');
  await karim.locator('#call-device').filter({ hasText: 'working' }).waitFor({ timeout: 10_000 });
  await karim.click('#call-join');
  await karim.locator('#call-waiting').waitFor({ state: 'visible', timeout: 10_000 });
  const translator = pat.locator('#call-lobby-list li', { hasText: 'Karim' });
  await translator.waitFor({ timeout: 10_000 });
  await translator.locator('[data-admit]').click();
  await karim.locator('#call-room').waitFor({ state: 'visible', timeout: 10_000 });
  const karimBytes = await flowing(karim);
  assert.ok(karimBytes.received > 10_000, `translator receives: ${JSON.stringify(karimBytes)}`);

  // Ending the call (after confirming) tells everyone.
  await pat.click('#call-end');
  await pat.click('#call-end-yes');
  await farah.locator('#call-over').waitFor({ state: 'visible', timeout: 10_000 });
  await karim.locator('#call-over').waitFor({ state: 'visible', timeout: 10_000 });
});

test('a call outside its window is refused with when it opens', async () => {
  const pat = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  await pat.click('main a:has-text("Haddad family")');
  // The in-person session two days ahead has no call at all; the held one is over.
  const hrefs = await pat.locator('main a[href*="/sessions/"]').evaluateAll((l) => l.map((a) => a.getAttribute('href')));
  const refused = [];
  for (const href of hrefs.filter((h) => /\/sessions\/[0-9a-f]{32}$/.test(h))) {
    const response = await pat.goto(`${href}/call`);
    if (response.status() === 403) { refused.push(await pat.locator('#call-unavailable').innerText()); }
  }
  assert.ok(refused.length >= 2, `refused: ${JSON.stringify(refused)}`);
  await checkAccessibility(pat, 'call refused');
});

test('a browser without WebRTC is told so, with the agreed fallback', async () => {
  const context = await newContext(browser, hearth.url, { bypassCSP: true });
  await context.addInitScript(() => { delete window.RTCPeerConnection; });
  const farah = await context.newPage();
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  await farah.goto('/');
  await farah.click('a:has-text("Join the video call")');
  const unsupported = farah.locator('#call-unsupported');
  await unsupported.waitFor({ state: 'visible', timeout: 10_000 });
  assert.match(await unsupported.innerText(), /Pat calls back on your phone/);
  assert.equal(await farah.locator('#call-check').isVisible(), false, 'no device check without WebRTC');
  await checkAccessibility(farah, 'call page without WebRTC');
});
