// Two Hearth processes on one PostgreSQL database behave as one: a message
// sent through process A appears live on a page served by process B
// (LISTEN/NOTIFY, no other broker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn } from '../lib/browser.js';

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
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await a?.stop();
  await b?.stop();
  psql(`DROP DATABASE IF EXISTS "${name}"`);
});

test('a message sent through one process arrives live at a page served by another', async () => {
  assert.notEqual(a.url, b.url, 'two processes');
  const patContext = await newContext(browser, b.url);
  const farahContext = await newContext(browser, a.url);
  const pat = await patContext.newPage();
  const farah = await farahContext.newPage();
  await signIn(pat, b.account('practitioner@demo.hearth.example'));
  await signIn(farah, a.account('family@demo.hearth.example'));
  await pat.goto('/families');
  await pat.click('main a:has-text("Haddad family")');
  await pat.goto(await pat.locator('main a[href*="/conversations/"]').first().getAttribute('href'));
  await pat.evaluate(() => { window.stillTheSamePage = true; });
  await farah.goto('/portal/conversations');
  await farah.goto(await farah.locator('main a[href^="/portal/conversations/"]').first().getAttribute('href'));
  await pat.waitForTimeout(500);

  await farah.fill('#text', 'Sent through process A.');
  await farah.click('#send-form [type=submit]');
  await pat.locator('#messages li', { hasText: 'Sent through process A.' }).waitFor({ timeout: 5_000 });
  assert.ok(await pat.evaluate(() => window.stillTheSamePage), 'it arrived without a reload');

  await pat.fill('#text', 'Answered through process B.');
  await pat.click('#send-form [type=submit]');
  await farah.locator('#messages li', { hasText: 'Answered through process B.' }).waitFor({ timeout: 5_000 });
  await patContext.close();
  await farahContext.close();
});
