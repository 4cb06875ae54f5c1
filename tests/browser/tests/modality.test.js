// On a 360 px phone screen and in Arabic, a practitioner goes through the
// modality decision aid with a family member: a hard limit that distance
// cannot outvote, reasons that say which way they lean, answers changed from
// the result, a refused decision that keeps every choice, and the decision
// recorded side by side with the suggestion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, submit, pathOf, mainText, visibleText, watchForPageProblems } from '../lib/browser.js';

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

test('the practitioner runs the decision aid in Arabic and records a decision', async () => {
  const context = await newContext(browser, hearth.url, { lang: 'ar' });
  const problems = watchForPageProblems(context);
  const pat = await context.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  await pat.click('main a:has-text("Haddad family")');
  await pat.click('main a[href*="/members/"]:has-text("Amina Haddad")');
  await pat.click('main a[href$="/modality"]');
  const aid = pathOf(pat);
  assert.equal(await pat.getAttribute('html', 'dir'), 'rtl');
  await submit(pat, 'main form');

  const choose = async (name, value) => pat.check(`input[name="a-${name}"][value="${value}"]`);
  const go = async (value) => { await pat.click(`button[value="${value}"]`); await pat.waitForLoadState('load'); };
  await choose('openness', 'open');
  await go('next');
  await choose('matters', 'uncomfortable');
  await choose('easier_from_home', 'yes');
  await go('next');
  await choose('device', 'own_smartphone');
  await choose('connection', 'stable');
  await go('next');
  // Amina needs a translator: the file fills that in, and says so.
  assert.equal(await pat.isChecked('input[name="a-language_barrier"][value="strong"]'), true);
  assert.equal(await pat.locator('#prefilled-language_barrier').isVisible(), true, 'the pre-filled answer is marked');
  await go('next');
  await choose('home_privacy', 'others_present');
  await choose('safe_to_speak', 'no');
  await go('next');
  await choose('distance', 'far');
  await choose('mobility', 'limits_travel');
  // Going back keeps what was chosen.
  await go('back');
  await go('next');
  assert.equal(await pat.isChecked('input[name="a-distance"][value="far"]'), true, 'the answer survived going back');
  await go('next');
  await choose('met_in_person', 'yes');
  await choose('trust', 'building');
  await go('next');

  // Far away and travel is hard, but she cannot speak safely: never online for sensitive matters.
  assert.equal(await pat.locator('#suggestion-sensitive').getAttribute('class'), 'tag modality-face_to_face');
  assert.equal(await pat.locator('#suggestion-crisis').getAttribute('class'), 'tag modality-face_to_face');
  assert.equal(await pat.locator('#contact-sensitive .ruled-out').isVisible(), true, 'says what was ruled out');
  assert.equal(await pat.locator('#contact-sensitive .lean-rules-out').count(), 2, 'by which answers');
  assert.equal(await pat.locator('#contact-sensitive .lean-against').count() > 0, true, 'distance is shown as against');
  assert.equal(await pat.locator('#contact-practical .lean-for').count() > 0, true);
  const forText = visibleText(await pat.locator('#contact-practical .lean-for').first().innerText());
  assert.match(forText, /^✓ \S/, 'a lean has a symbol and words, not colour alone');
  assert.equal(await pat.locator('[id^="suggestion-"]').count(), 5, 'a suggestion per kind of contact');
  assert.ok(await pat.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px screen');

  // A private space and a signal agreed, changed from the result: the limit is lifted.
  await go('section-5');
  assert.equal(await pat.isChecked('input[name="a-safe_to_speak"][value="no"]'), true);
  await choose('private_space_agreed', 'yes');
  await go('next');
  await go('next');
  await go('next');
  assert.notEqual(await pat.locator('#suggestion-sensitive').getAttribute('class'), 'tag modality-face_to_face');

  // Deciding otherwise without a comment is refused, and every choice survives.
  await pat.selectOption('#decide-crisis', 'face_to_face');
  await pat.selectOption('#decide-practical', 'hybrid');
  await pat.fill('#preference', 'مكالمات الفيديو مناسبة، لكن ليس عندما يكون زوجي في البيت');
  await submit(pat, 'main form');
  assert.equal(await pat.locator('[role=alert]').count(), 1, await mainText(pat));
  assert.equal(await pat.inputValue('#decide-crisis'), 'face_to_face');
  assert.equal(await pat.inputValue('#decide-practical'), 'hybrid');
  assert.match(await pat.inputValue('#preference'), /زوجي/);
  assert.ok(await pat.evaluate(() => document.documentElement.scrollWidth <= 360), 'the refused form fits too');

  await pat.fill('#comment', 'اتفقنا معًا في المكتب.');
  await submit(pat, 'main form');
  assert.equal(pathOf(pat), aid, await mainText(pat));
  const history = visibleText(await pat.locator('#modality-history').innerText());
  assert.match(history, /زوجي/);
  assert.equal(await pat.locator('#modality-history .lean-rules-out').count() > 0, false, 'the lifted limit is not a reason');
  assert.equal(await pat.locator('#modality-history dl.decided dt').count(), 5, 'each kind: suggested and decided');
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await context.close();
});
