// A video call in Firefox: a practitioner and a family member, each in
// Firefox with a fake camera and microphone, meet through the waiting room,
// media flows both ways (read from RTCPeerConnection.getStats), and ending
// the call tells the member. The same call in Chromium is in calls.test.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import {
  launchFirefox, openPage, visit, signIn, followText, clickToNavigate, waitForText, waitVisible,
  watchForPageProblems, flowing, videoSession,
} from '../lib/firefox.js';

let hearth;
let browser;

before(async () => {
  hearth = await startHearth();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await hearth?.stop();
});

test('in Firefox, a practitioner and a member meet through the waiting room, and media flows both ways', async (t) => {
  const pat = await openPage(browser, hearth.url);
  const farah = await openPage(browser, hearth.url);
  const problems = [watchForPageProblems(pat), watchForPageProblems(farah)];
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await signIn(farah, hearth.account('family@demo.hearth.example'));

  await videoSession(pat);
  await clickToNavigate(pat, '#session-call');
  assert.match(pat.url(), /\/call$/);
  const patDevice = await waitForText(pat, '#call-device', 'working');
  assert.match(patDevice, /Camera and microphone/, 'the practitioner\'s camera is on');
  await pat.click('#call-join');
  await waitVisible(pat, '#call-room');

  await visit(farah, '/');
  await followText(farah, 'Join the video call');
  const farahDevice = await waitForText(farah, '#call-device', 'working');
  assert.match(farahDevice, /Camera and microphone/, 'the member\'s camera is on');
  await farah.click('#call-join');
  await waitVisible(farah, '#call-waiting');

  // The practitioner sees her waiting and lets her in.
  await waitForText(pat, '#call-lobby-list', 'Farah');
  const admit = await pat.$$eval('#call-lobby-list li', (items) => {
    const item = items.find((li) => li.textContent.includes('Farah'));
    return item?.querySelector('[data-admit]')?.getAttribute('data-admit') ?? null;
  });
  assert.ok(admit, 'an admit button for Farah');
  await pat.click(`#call-lobby-list [data-admit="${admit}"]`);
  await waitVisible(farah, '#call-room');

  const started = Date.now();
  const patBytes = await flowing(pat);
  const farahBytes = await flowing(farah);
  const note = `after ${Date.now() - started} ms`;
  t.diagnostic(`practitioner ${JSON.stringify(patBytes)}, member ${JSON.stringify(farahBytes)}, ${note}`);
  assert.ok(patBytes.sent > 10_000 && patBytes.received > 10_000, `practitioner ${note}: ${JSON.stringify(patBytes)}`);
  assert.ok(farahBytes.sent > 10_000 && farahBytes.received > 10_000, `member ${note}: ${JSON.stringify(farahBytes)}`);

  // Ending the call (after confirming) tells the member.
  await pat.click('#call-end');
  await waitVisible(pat, '#call-end-yes');
  await pat.click('#call-end-yes');
  await waitVisible(farah, '#call-over');

  assert.deepEqual(problems.flat(), [], 'no script errors or refused resources');
});
