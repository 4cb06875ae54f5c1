// Digital awareness in the browser: a practitioner looks a term up on a
// phone, with a spelling of her own; the image of a symbol stays blurred
// behind its warning until she chooses to see it, with and without
// JavaScript; a family member reads a guide in Arabic without any script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, submit, mainText, visibleText, watchForPageProblems } from '../lib/browser.js';
import { runAxe, describeViolations } from '../lib/axe.js';

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

const blurOf = (page) => page.locator('#symbol-image').evaluate((img) => getComputedStyle(img).filter);

for (const javaScriptEnabled of [true, false]) {
  test(`a practitioner looks up a term on a phone; a symbol stays blurred until chosen (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const context = await newContext(browser, hearth.url, { javaScriptEnabled, bypassCSP: true });
    const problems = watchForPageProblems(context);
    const pat = await context.newPage();
    await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
    await pat.goto('/glossary');
    // A spelling of her own, in capitals and part of the word.
    await pat.fill('#q', 'DISCO');
    await submit(pat, 'form[role=search]');
    const results = visibleText(await pat.locator('#glossary-results').innerText());
    assert.match(results, /Discord/, await mainText(pat));
    await pat.locator('#glossary-results a', { hasText: 'Discord' }).first().click();
    await pat.waitForLoadState('load');
    const entryText = visibleText(await pat.locator('main').innerText());
    assert.match(entryText, /does not indicate/i);
    assert.match(entryText, /Hearth \(v1\)/, 'it says where it came from');
    const discordHref = new URL(pat.url()).pathname;

    // She links it from a note about the family.
    await pat.goto('/families');
    const familyHref = await pat.locator('main a', { hasText: 'Haddad family' }).getAttribute('href');
    await pat.goto(familyHref);
    const linksBefore = await pat.locator(`main a[href="${discordHref}"]`).count();
    await pat.goto(`${familyHref}/notes/new`);
    await pat.fill('#text', 'Yusuf talked about a Discord server his friends joined; we looked at it together.');
    await pat.fill('#glossary', 'discord');
    await submit(pat, 'main form');
    assert.equal(new URL(pat.url()).pathname, familyHref, await mainText(pat));
    assert.equal(await pat.locator(`main a[href="${discordHref}"]`).count(), linksBefore + 1, 'the note links the entry');

    // The symbol: found by its kind's term, blurred behind the warning.
    await pat.goto('/glossary?q=ok');
    await pat.locator('#glossary-results a', { hasText: /OK/ }).first().click();
    await pat.waitForLoadState('load');
    assert.equal(await pat.locator('#image-warning').count(), 1, await mainText(pat));
    assert.match(await blurOf(pat), /blur/, 'blurred at first');
    await pat.locator('label[for="reveal-image"]').click();
    assert.equal(await blurOf(pat), 'none', 'shown once chosen');
    await pat.locator('label[for="reveal-image"]').click();
    assert.match(await blurOf(pat), /blur/, 'and blurred again');
    if (javaScriptEnabled) {
      const violations = await runAxe(pat);
      assert.deepEqual(violations, [], describeViolations('glossary entry with an image', violations));
    }
    const overflow = await pat.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'nothing scrolls sideways on the phone');
    if (javaScriptEnabled) assert.deepEqual(problems.filter((p) => !/Content Security Policy/.test(p)), []);
    await context.close();
  });
}

test('a family member reads a guide in Arabic without any script', async () => {
  const context = await newContext(browser, hearth.url, { lang: 'ar', javaScriptEnabled: false });
  const farah = await context.newPage();
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  await farah.goto('/portal/guides');
  assert.equal(await farah.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await farah.locator('#guides li').count(), 4);
  await farah.locator('#guides a').first().click();
  await farah.waitForLoadState('load');
  assert.match(await farah.locator('h1').innerText(), /[\u0600-\u06FF]/, 'the guide is in Arabic');
  assert.ok((await farah.locator('#guide-steps li').count()) >= 4);
  assert.equal(await farah.locator('figure.guide-picture svg').count(), 1, 'with its picture');
  const overflow = await farah.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false);
  await context.close();
});
