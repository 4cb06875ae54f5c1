// A family member's page closes in the middle of a video call and does not
// come back: after the minutes agreed in her agreement (five in the demo)
// the practitioner is shown the agreed fallback, the session is recorded as
// ended abruptly and an aftercare follow-up appears. Time is moved through
// the debug build's HEARTH_DEBUG_CLOCK_FILE.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHearth } from '../lib/hearth.js';
import { newContext, signIn } from '../lib/browser.js';
import { flowing, launchWithFakeMedia, videoSession } from '../lib/call.js';

let hearth;
let browser;
let dir;
let clockFile;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-clock-'));
  clockFile = join(dir, 'offset-seconds');
  hearth = await startHearth({ env: { HEARTH_DEBUG_CLOCK_FILE: clockFile } });
  browser = await launchWithFakeMedia();
});

after(async () => {
  await browser?.close();
  await hearth?.stop();
  if (dir) { rmSync(dir, { recursive: true, force: true }); }
});

test('closing the member\'s page ends the call abruptly after the agreed minutes, with the fallback and a follow-up', async () => {
  const pat = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  const farahContext = await newContext(browser, hearth.url, { bypassCSP: true });
  const farah = await farahContext.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  const session = await videoSession(pat);
  await pat.click('#session-call');
  await pat.locator('#call-device').filter({ hasText: 'working' }).waitFor({ timeout: 10_000 });
  await pat.click('#call-join');
  await pat.locator('#call-room').waitFor({ state: 'visible', timeout: 10_000 });
  await farah.goto('/');
  await farah.click('a:has-text("Join the video call")');
  await farah.locator('#call-device').filter({ hasText: 'working' }).waitFor({ timeout: 10_000 });
  await farah.click('#call-join');
  const waiting = pat.locator('#call-lobby-list li', { hasText: 'Farah' });
  await waiting.waitFor({ timeout: 10_000 });
  await waiting.locator('[data-admit]').click();
  await farah.locator('#call-room').waitFor({ state: 'visible', timeout: 10_000 });
  const bytes = await flowing(pat);
  assert.ok(bytes.sent > 10_000 && bytes.received > 10_000, `before the drop: ${JSON.stringify(bytes)}`);

  // Her phone's browser closes without leaving the call.
  await farahContext.close();
  const interrupted = pat.locator('#call-interrupted');
  await interrupted.waitFor({ state: 'visible', timeout: 20_000 });
  assert.match(await interrupted.innerText(), /dropped at .* not back by/);
  assert.equal(await pat.locator('#call-over').isVisible(), false, 'still waiting for her');

  // Time passes in steps shorter than the silence after which a page is
  // taken as gone, so the practitioner's own page (heard every 10 s) stays.
  let offset = 0;
  for (let step = 0; step < 14 && !(await pat.locator('#call-over').isVisible()); step++) {
    offset += 30;
    writeFileSync(clockFile, String(offset));
    await pat.waitForTimeout(10_500);
  }
  await pat.locator('#call-over').waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await pat.locator('#call-over-text').innerText(), /ended abruptly.*follow-up/s);
  const fallback = pat.locator('#call-over-fallback');
  assert.ok(await fallback.isVisible(), 'the agreed fallback is shown');
  assert.match(await fallback.innerText(), /Pat calls back on your phone/);
  assert.ok(offset >= 240, `given up only after the agreed five minutes (moved ${offset} s)`);

  // The session says what happened, and aftercare is planned.
  await pat.click('#call-record-outcome');
  assert.equal(new URL(pat.url()).pathname, session);
  assert.equal((await pat.locator('#session-outcome').innerText()).trim(), 'Ended abruptly');
  assert.match(await pat.locator('#call-log').innerText(), /ended abruptly/);
  const aftercare = pat.locator('section[aria-labelledby="h-aftercare"]');
  assert.match(await aftercare.innerText(), /Record the follow-up/);
});
