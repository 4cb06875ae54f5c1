// Quick exit: a family member on a phone leaves the portal at once; the
// neutral site replaces it and the back button does not bring it back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, pathOf } from '../lib/browser.js';

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

async function neutralSite(context) {
  // The machine has no internet: the neutral site is answered here.
  await context.route('https://www.wikipedia.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Wikipedia</title><h1>Wikipedia</h1>' }));
}

test('the quick exit button leaves the portal and the back button shows nothing', async () => {
  const context = await newContext(browser, hearth.url);
  await neutralSite(context);
  const page = await context.newPage();
  await signIn(page, hearth.account('family@demo.hearth.example'));
  await page.goto('/account');
  await page.click('#quick-exit');
  await page.waitForURL('https://www.wikipedia.org/**');
  assert.equal(await page.title(), 'Wikipedia');
  await page.goBack().catch(() => {});
  const url = page.url();
  assert.ok(!url.includes('/account'), `back does not show the portal page: ${url}`);
  await page.goto(`${hearth.url}/`);
  assert.equal(pathOf(page), '/login', 'the session has ended');
  await context.close();
});

test('pressing Escape twice leaves the portal too', async () => {
  const context = await newContext(browser, hearth.url);
  const page = await context.newPage();
  await signIn(page, hearth.account('family@demo.hearth.example'));
  await page.goto('/account');
  // The shortcut takes the same way out as the button; where that leads is checked above.
  let exited = false;
  await page.route('**/quick-exit', (route) => {
    exited = true;
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral</title>' });
  });
  await page.keyboard.press('Escape');
  assert.equal(exited, false, 'one press is not enough, so Escape keeps its usual meaning');
  await page.keyboard.press('Escape');
  await page.waitForURL('**/quick-exit');
  assert.equal(exited, true);
  assert.equal(await page.title(), 'Neutral');
  await context.close();
});
