// The footer language switcher: Arabic turns the page right-to-left and
// translates it, before and after signing in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, chooseLanguage, pathOf, visibleText } from '../lib/browser.js';

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

async function direction(page) {
  return page.locator('html').evaluate((html) => ({ lang: html.lang, dir: html.dir }));
}

async function heading(page) {
  return visibleText(await page.locator('h1').innerText());
}

test('the sign-in page switches to Arabic, right to left', async () => {
  const context = await newContext(browser, hearth.url);
  const page = await context.newPage();
  await page.goto('/login');
  assert.deepEqual(await direction(page), { lang: 'en', dir: 'ltr' });
  const english = await heading(page);

  await chooseLanguage(page, 'ar');
  assert.equal(pathOf(page), '/login', 'the switcher returns to the same page');
  assert.deepEqual(await direction(page), { lang: 'ar', dir: 'rtl' });
  assert.equal(await page.locator('html[lang="ar"][dir="rtl"]').count(), 1);
  const arabic = await heading(page);
  assert.notEqual(arabic, english, 'the heading is translated');
  assert.match(arabic, /[\u0600-\u06ff]/, `the heading is in Arabic script: ${arabic}`);
  assert.equal(await page.locator('#lang-select').inputValue(), 'ar', 'the switcher shows the chosen language');

  // The choice holds for the next page too.
  await page.goto('/no-such-page');
  assert.deepEqual(await direction(page), { lang: 'ar', dir: 'rtl' });
  await context.close();
});

test('a signed-in person switches to Arabic and it is remembered', async () => {
  const family = hearth.account('family@demo.hearth.example');
  const context = await newContext(browser, hearth.url);
  const page = await context.newPage();
  await signIn(page, family);
  assert.deepEqual(await direction(page), { lang: 'en', dir: 'ltr' });
  const english = await heading(page);

  await chooseLanguage(page, 'ar');
  assert.equal(pathOf(page), '/');
  assert.deepEqual(await direction(page), { lang: 'ar', dir: 'rtl' });
  assert.notEqual(await heading(page), english, 'the greeting is translated');

  // Remembered for the account, not only this browser: a new browser
  // without the language cookie still gets Arabic after signing in.
  const other = await newContext(browser, hearth.url);
  const otherPage = await other.newPage();
  await signIn(otherPage, family);
  assert.deepEqual(await direction(otherPage), { lang: 'ar', dir: 'rtl' });
  await other.close();

  await chooseLanguage(page, 'en');
  assert.deepEqual(await direction(page), { lang: 'en', dir: 'ltr' });
  assert.equal(await heading(page), english);
  await context.close();
});
