// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with a
// fake camera and microphone, and the steps a person takes through Hearth's
// forms there. playwright-core (lib/browser.js) drives only Playwright's own
// patched Firefox build, which cannot be had here; puppeteer-core drives the
// stock one.
import puppeteer from 'puppeteer-core';
import { PHONE } from './browser.js';
import { mediaBytes } from './call.js';
import { freshCode } from './totp.js';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

// Puppeteer pages have no base URL: remember which Hearth each page visits.
const baseOf = new WeakMap();

export function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // A fresh profile each launch (puppeteer makes and removes it).
    extraPrefsFirefox: {
      // A test pattern and a tone instead of a real camera and microphone,
      // allowed without the permission prompt.
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      // The pages' text is checked in English.
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
    },
    protocolTimeout: 30_000,
  });
}

// A page for one person, phone sized, as the Chromium tests' contexts are,
// in a browser context of its own so people's cookies do not mix, and in a
// window of its own: a page in a background tab is hidden, and Firefox slows
// a hidden page's rendering, which no person on their own device would see.
export async function openPage(browser, baseURL) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage({ type: 'window' });
  page.setDefaultTimeout(10_000);
  page.setDefaultNavigationTimeout(15_000);
  await page.setViewport(PHONE);
  baseOf.set(page, baseURL);
  return page;
}

export function visit(page, path) {
  return page.goto(new URL(path, baseOf.get(page)).href, { waitUntil: 'load' });
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

// Clicks what leads to another page and waits for that page to load.
export async function clickToNavigate(page, selector) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(selector),
  ]);
  return response;
}

export function submit(page, formSelector) {
  return clickToNavigate(page, `${formSelector} [type=submit]`);
}

// The href of the first link in main whose text contains `text`.
export async function linkByText(page, text) {
  const href = await page.$$eval('main a', (links, wanted) => {
    const found = links.find((a) => a.textContent.includes(wanted));
    return found ? found.getAttribute('href') : null;
  }, text);
  if (!href) throw new Error(`no link "${text}" on ${page.url()}: ${await mainText(page)}`);
  return href;
}

// Follows the link a person would pick by its words.
export async function followText(page, text) {
  const href = await linkByText(page, text);
  await clickToNavigate(page, `main a[href="${href}"]`);
}

export async function mainText(page) {
  return (await page.$eval('main', (m) => m.innerText).catch(() => '')).slice(0, 500);
}

// Signs in as a person would: password, then a code from the authenticator
// when the account has a second factor. Ends on the home page.
export async function signIn(page, account) {
  await visit(page, '/login');
  await page.type('#email', account.email);
  await page.type('#password', account.password);
  await submit(page, 'form[action="/login"]');
  if (pathOf(page) === '/login/second-factor') {
    if (!account.totpSecret) throw new Error(`${account.email} was asked for a code but has no TOTP secret`);
    await page.type('#code', await freshCode(account.totpSecret));
    await submit(page, 'form[action="/login/second-factor"]');
  }
  if (pathOf(page) !== '/') {
    throw new Error(`signing in as ${account.email} ended on ${page.url()}: ${await mainText(page)}`);
  }
}

// Waits until the element's text contains `text`; returns the whole text.
export async function waitForText(page, selector, text, timeout = 10_000) {
  try {
    await page.waitForFunction(
      (sel, wanted) => (document.querySelector(sel)?.textContent || '').includes(wanted),
      { timeout },
      selector,
      text,
    );
  } catch (err) {
    const now = await page.$eval(selector, (el) => el.textContent).catch(() => '(missing)');
    throw new Error(`${selector} never said "${text}" on ${page.url()}; it says: ${now}`, { cause: err });
  }
  return page.$eval(selector, (el) => el.textContent);
}

export function waitVisible(page, selector, timeout = 10_000) {
  return page.waitForSelector(selector, { visible: true, timeout });
}

// Collects what would break a page for real visitors: script errors, and
// anything Hearth's Content-Security-Policy refused (Firefox reports those
// as script errors too).
export function watchForPageProblems(page) {
  const problems = [];
  page.on('pageerror', (err) => problems.push(`${page.url()}: script error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${page.url()}: console error: ${msg.text()}`);
  });
  return problems;
}

// Waits until media has gone both ways over the page's connections; returns
// the bytes sent and received at that point (or at the last look).
export async function flowing(page, { minBytes = 10_000, timeoutMs = 20_000 } = {}) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const bytes = await mediaBytes(page);
    if ((bytes.sent > minBytes && bytes.received > minBytes) || Date.now() > until) return bytes;
    await new Promise((r) => setTimeout(r, 500));
  }
}

// The demo's video session whose call is open now, from the Haddad family's
// page; leaves the practitioner on that session's page.
export async function videoSession(page) {
  await visit(page, '/families');
  await followText(page, 'Haddad family');
  const hrefs = await page.$$eval('main a[href*="/sessions/"]', (links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs.filter((h) => /\/sessions\/[0-9a-f]{32}$/.test(h))) {
    await visit(page, href);
    if (await page.$('#session-call')) return href;
  }
  throw new Error('no video session with a call');
}
