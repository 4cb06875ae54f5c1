// Two Hearth processes on one PostgreSQL database serve one call: the
// practitioner on process B and the member on process A still connect, and
// media flows both ways (the signalling goes through the database).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { startHearth } from '../lib/hearth.js';
import { newContext, signIn } from '../lib/browser.js';
import { flowing, launchWithFakeMedia, videoSession } from '../lib/call.js';

const adminUrl = process.env.HEARTH_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `hearth_browser_${randomBytes(6).toString('hex')}`;
const database = (() => { const u = new URL(adminUrl); u.pathname = `/${name}`; return u.toString(); })();
const env = { HEARTH_SECRET_KEY: randomBytes(32).toString('hex') };
let a;
let b;
let browser;

function psql(sql) {
  execFileSync('psql', [adminUrl, '-qAtc', sql], { stdio: ['ignore', 'pipe', 'inherit'] });
}

before(async () => {
  psql(`CREATE DATABASE "${name}"`);
  a = await startHearth({ database, env });
  b = await startHearth({ database, env });
  browser = await launchWithFakeMedia();
});

after(async () => {
  await browser?.close();
  await a?.stop();
  await b?.stop();
  psql(`DROP DATABASE IF EXISTS "${name}"`);
});

test('a practitioner on one process and a member on another meet in a call', async () => {
  assert.notEqual(a.url, b.url, 'two processes');
  const pat = await (await newContext(browser, b.url)).newPage();
  const farah = await (await newContext(browser, a.url)).newPage();
  await signIn(pat, b.account('practitioner@demo.hearth.example'));
  await signIn(farah, a.account('family@demo.hearth.example'));
  await videoSession(pat);
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
  const patBytes = await flowing(pat);
  const farahBytes = await flowing(farah);
  assert.ok(patBytes.sent > 10_000 && patBytes.received > 10_000, `practitioner: ${JSON.stringify(patBytes)}`);
  assert.ok(farahBytes.sent > 10_000 && farahBytes.received > 10_000, `member: ${JSON.stringify(farahBytes)}`);
});
