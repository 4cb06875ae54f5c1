// Debian's Chromium driven by playwright-core, and the steps a person takes
// through Hearth's forms.
import { chromium } from 'playwright-core';
import { freshCode } from './totp.js';

export const PHONE = { width: 360, height: 740 };

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

// Hearth is mobile first, so every context is a phone-sized screen.
export async function newContext(browser, baseURL, options = {}) {
  const { lang, ...rest } = options;
  const context = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale: 'en-US',
    ...rest,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  if (lang) {
    // The same cookie the footer language switcher sets.
    await context.addCookies([{ name: 'hearth_lang', value: lang, url: baseURL }]);
  }
  return context;
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

// Submits a form by its submit button and waits for the page that answers;
// returns that page's response.
export async function submit(page, formSelector) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(`${formSelector} [type=submit]`).first().click(),
  ]);
  return response;
}

export async function submitPassword(page, account, password = account.password) {
  await page.goto('/login');
  await page.fill('#email', account.email);
  await page.fill('#password', password);
  await submit(page, 'form[action="/login"]');
}

export async function submitSecondFactor(page, code) {
  await page.fill('#code', code);
  await submit(page, 'form[action="/login/second-factor"]');
}

// Signs in as a person would: password, then a code from the authenticator
// when the account has a second factor. Ends on the home page.
export async function signIn(page, account, { password = account.password, totpSecret = account.totpSecret } = {}) {
  await submitPassword(page, account, password);
  if (pathOf(page) === '/login/second-factor') {
    if (!totpSecret) throw new Error(`${account.email} was asked for a code but has no TOTP secret`);
    await submitSecondFactor(page, await freshCode(totpSecret));
  }
  if (pathOf(page) !== '/') {
    throw new Error(`signing in as ${account.email} ended on ${page.url()}: ${await mainText(page)}`);
  }
}

// Signs out from the menu, opening it first where it is folded (a phone).
export async function signOut(page) {
  await openMenu(page);
  await submit(page, 'form.signout');
}

// Opens the header's menu when it is folded behind its "Menu" button.
export async function openMenu(page) {
  const summary = page.locator('details.menu > summary');
  if (await summary.isVisible() && !(await page.locator('details.menu').evaluate((d) => d.open))) {
    await summary.click();
  }
}

export async function chooseLanguage(page, code) {
  await page.selectOption('#lang-select', code);
  await submit(page, 'form.lang');
}

export async function mainText(page) {
  return (await page.locator('main').innerText().catch(() => '')).slice(0, 500);
}

// Follows a link on the current page by its href and waits for the new page.
export async function follow(page, href) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(`main a[href="${href}"]`).first().click(),
  ]);
}

// Turns off the browser's own form checks so the server's answer to invalid
// input can be seen.
export async function skipBrowserValidation(page, formSelector) {
  await page.locator(formSelector).evaluate((form) => { form.noValidate = true; });
}

// Hearth's messages wrap names in Unicode isolation marks (U+2068 … U+2069)
// so a Latin name inside Arabic text, or the reverse, displays in the right
// order. They are invisible; drop them before comparing text.
export function visibleText(text) {
  return text.replace(/[\u2066-\u2069]/g, '').trim();
}

// Collects what would break a page for real visitors (outside the axe runs,
// which switch CSP off): script errors, and anything the Content-Security-
// Policy refused, such as an inline script or style attribute.
export function watchForPageProblems(context) {
  const problems = [];
  const watch = (page) => {
    page.on('pageerror', (err) => problems.push(`${page.url()}: script error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) {
        problems.push(`${page.url()}: ${msg.text()}`);
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}
