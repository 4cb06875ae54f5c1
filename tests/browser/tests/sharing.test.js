// Information sharing in the browser: a practitioner prepares a disclosure
// from the family file, the supervisor returns it with a comment, it is
// amended and approved, then marked as sent; the disclosure record PDF is
// produced and its text, read back with pdftotext, says what was shared, in
// English and in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHearth } from '../lib/hearth.js';
import {
  launchChromium, newContext, signIn, submit, pathOf, mainText, visibleText, watchForPageProblems, skipBrowserValidation,
} from '../lib/browser.js';

let hearth;
let browser;
let scratch;

before(async () => {
  hearth = await startHearth();
  browser = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), 'hearth-pdf-'));
});

after(async () => {
  await browser?.close();
  await hearth?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// The record's text as pdftotext reads it, without the direction marks it
// puts around right-to-left runs.
async function recordText(page, href, name) {
  const response = await page.context().request.get(href);
  assert.equal(response.status(), 200, `${href}: ${response.status()}`);
  assert.equal(response.headers()['content-type'], 'application/pdf');
  const file = join(scratch, `${name}.pdf`);
  writeFileSync(file, await response.body());
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

const inDays = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('prepare, return with a comment, amend, approve, send; the record reads back in English and Arabic', async () => {
  const patContext = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(patContext);
  const pat = await patContext.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await pat.goto('/families');
  const familyHref = await pat.locator('main a', { hasText: 'Haddad family' }).getAttribute('href');
  await pat.goto(familyHref);
  await pat.locator(`main a[href="${familyHref}/sharing"]`).click();
  await pat.waitForLoadState('load');
  assert.equal(pathOf(pat), `${familyHref}/sharing`);
  const received = visibleText(await pat.locator('#received-list').innerText());
  assert.match(received, /Not to be shared further/, 'what the police gave carries its conditions');
  await pat.locator(`main a[href="${familyHref}/disclosures/new"]`).click();
  await pat.waitForLoadState('load');

  // Information the police asked not to be shared further is not offered.
  const form = visibleText(await pat.locator('main form').innerText());
  assert.doesNotMatch(form, /stopped with two older men/);
  const police = await pat.locator('#agreement option', { hasText: 'Police North' }).first().getAttribute('value');
  await pat.selectOption('#agreement', police);
  await pat.check('input[name="category"][value="safeguarding_concerns"]');
  await pat.check('input[name="item"] >> nth=0');
  await pat.fill('#shared_text', 'Sara (12) goes to Oak Primary. سارة تذهب إلى المدرسة');
  await pat.selectOption('#purpose', 'safeguard_child');
  await pat.check('input[name="evidence"] >> nth=0');
  await pat.fill('#proportionality', 'Only the concern about Sara, nothing of the family history.');
  await pat.check('input[name="consent"][value="not_sought"]');
  await pat.fill('#consent_reason', 'Asking would alert Yusuf.');
  await pat.check('input[name="family_told"][value="no"]');
  await pat.fill('#not_told_reason', 'Telling now could put Sara at risk.');
  await pat.fill('#revisit_on', inDays(30));
  // The threshold is left out: refused inline, with everything typed kept.
  await skipBrowserValidation(pat, 'main form');
  const refused = await submit(pat, 'main form');
  assert.equal(refused.status(), 422);
  assert.match(visibleText(await pat.locator('#disclosure-errors').innerText()), /Say which threshold is met/);
  assert.equal(await pat.inputValue('#shared_text'), 'Sara (12) goes to Oak Primary. سارة تذهب إلى المدرسة');
  assert.equal(await pat.inputValue('#agreement'), police);
  assert.ok(await pat.isChecked('input[name="consent"][value="not_sought"]'));
  await pat.fill('#threshold_met', 'Yusuf showed Sara violent videos: a risk of serious harm to her.');
  await submit(pat, 'main form');
  const disclosureHref = pathOf(pat);
  assert.match(disclosureHref, new RegExp(`^${familyHref}/disclosures/[0-9a-f]{32}$`), await mainText(pat));
  assert.match(visibleText(await pat.locator('#disclosure-status').innerText()), /Awaiting approval/);
  assert.equal(await pat.locator('#review-form').count(), 0, 'the preparer cannot approve it');

  // The supervisor returns it with a comment.
  const samContext = await newContext(browser, hearth.url);
  const sam = await samContext.newPage();
  await signIn(sam, hearth.account('supervisor@demo.hearth.example'));
  await sam.goto('/sharing/register');
  assert.match(visibleText(await sam.locator('#register-pending').innerText()), /Haddad family/);
  await sam.goto(disclosureHref);
  await sam.fill('#comment', 'Leave out the name of the school.');
  await sam.click('#review-form button[value="return"]');
  await sam.waitForLoadState('load');
  assert.match(visibleText(await sam.locator('#disclosure-status').innerText()), /Returned for changes/);

  // Pat amends it, seeing why it came back.
  await pat.goto(disclosureHref);
  await pat.click('#amend-disclosure');
  await pat.waitForLoadState('load');
  assert.match(visibleText(await pat.locator('#returned-comment').innerText()), /Leave out the name of the school/);
  await pat.fill('#shared_text', 'Sara (12) is at primary school. سارة تذهب إلى المدرسة');
  await submit(pat, 'main form');
  assert.equal(pathOf(pat), disclosureHref, await mainText(pat));

  // Approved, then sent; after that nothing can be amended.
  await sam.goto(disclosureHref);
  await sam.click('#review-form button[value="approve"]');
  await sam.waitForLoadState('load');
  assert.match(visibleText(await sam.locator('#disclosure-status').innerText()), /Approved/);
  await pat.goto(disclosureHref);
  await pat.selectOption('#channel', 'secure_email');
  await pat.fill('#recipient', 'DS Dana Reyes, Prevent team');
  await submit(pat, '#sent-form');
  assert.match(visibleText(await pat.locator('#disclosure-status').innerText()), /Sent/);
  assert.match(visibleText(await pat.locator('#disclosure-sending').innerText()), /DS Dana Reyes/);
  assert.equal(await pat.locator('#amend-disclosure').count(), 0);
  const steps = visibleText(await pat.locator('#disclosure-steps').innerText());
  assert.match(steps, /Prepared by Pat[\s\S]*Returned by Sam[\s\S]*Amended by Pat[\s\S]*Approved by Sam[\s\S]*sent by Pat/);

  // The record, in English.
  const recordHref = await pat.locator('#disclosure-record').getAttribute('href');
  const english = await recordText(pat, recordHref, 'en');
  for (const words of ['Disclosure record', 'Police North', 'DS Dana Reyes', 'Sara (12) is at primary school',
    'Asking would alert Yusuf', 'Returned by Sam', 'Leave out the name of the school', 'المدرسة', 'تذهب']) {
    assert.ok(english.includes(words), `${words} in the English record:\n${english}`);
  }
  assert.ok(!english.includes('Oak Primary'), 'the record says what was sent, not the first draft');

  // The record, in Arabic: shaped, right to left, read back in logical order.
  // (Words with a lam-alef or lam-yeh ligature are left out: pdftotext swaps their letters.)
  const arContext = await newContext(browser, hearth.url, { lang: 'ar' });
  const samAr = await arContext.newPage();
  await signIn(samAr, hearth.account('supervisor@demo.hearth.example'));
  await samAr.goto(disclosureHref);
  assert.equal(await samAr.locator('html').getAttribute('dir'), 'rtl');
  const arabic = await recordText(samAr, recordHref, 'ar');
  for (const words of [inDays(30), 'وثيقة', 'المرجع', 'الجهة الشريكة', 'Police North', 'DS Dana Reyes', 'سارة تذهب', 'المدرسة',
    'Sara (12) is at primary school']) {
    assert.ok(arabic.includes(words), `${words} in the Arabic record:\n${arabic}`);
  }

  // The file's timeline shows the disclosure to those who may read the file.
  await pat.goto(familyHref);
  assert.match(visibleText(await pat.locator('main').innerText()), /recorded a disclosure to Police North, Prevent team as sent/);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await patContext.close();
  await samContext.close();
  await arContext.close();
});
