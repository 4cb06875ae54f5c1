// Data protection in the browser: an organisation admin, on a phone in
// Arabic, finds a family member, opens her request for a copy of her data
// and downloads the export; the report inside it reads right to left in
// Arabic, holds her records and nothing withheld, and passes axe. Farah, in
// the portal without any script, asks for a correction; a refused form
// keeps what she typed and says what is wrong next to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, submit, pathOf, mainText, visibleText, watchForPageProblems } from '../lib/browser.js';
import { runAxe, describeViolations } from '../lib/axe.js';

let hearth;
let browser;
let scratch;

before(async () => {
  hearth = await startHearth();
  browser = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), 'hearth-export-'));
});

after(async () => {
  await browser?.close();
  await hearth?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// The entries of a ZIP, read with Python's zipfile (which also checks every CRC).
function unzip(file) {
  const script = 'import json,sys,zipfile\n'
    + 'z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n'
    + 'print(json.dumps({n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}))';
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

test('an admin exports a member\'s data on a phone in Arabic; the report reads right to left', async () => {
  const context = await newContext(browser, hearth.url, { lang: 'ar' });
  const problems = watchForPageProblems(context);
  const admin = await context.newPage();
  await signIn(admin, hearth.account('admin@demo.hearth.example'));
  await admin.goto('/data-protection');
  assert.equal(await admin.locator('html').getAttribute('dir'), 'rtl');
  assert.match(visibleText(await mainText(admin)), /سجل أنشطة المعالجة/, 'the register is linked, in Arabic');

  await admin.goto('/data-protection/subject-access');
  await admin.fill('#q', 'Farah');
  await submit(admin, 'form[role=search]');
  const hit = admin.locator('#subject-access-hits li', { hasText: 'Farah Haddad' });
  assert.equal(await hit.count(), 1, await mainText(admin));
  await submit(admin, '#subject-access-hits li:has-text("Farah Haddad") form');
  assert.match(pathOf(admin), /^\/data-protection\/subject-access\/[0-9a-f]+$/);
  assert.equal(await admin.locator('#report-lang').inputValue(), 'ar', 'her file says she reads Arabic');
  const overflow = await admin.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, 'nothing scrolls sideways on the phone');

  // The export, as the form asks for it.
  const action = await admin.locator('#subject-access-export').getAttribute('action');
  const response = await context.request.get(`${action}?lang=ar`);
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'application/zip');
  const file = join(scratch, 'export.zip');
  writeFileSync(file, await response.body());
  const files = unzip(file);
  assert.ok(files['report.html'] && files['data.json'], Object.keys(files).join(', '));
  const data = JSON.parse(files['data.json']);
  assert.equal(data.member.name, 'Farah Haddad');
  const given = data.items.filter((i) => i.status === 'given');
  assert.ok(given.some((i) => i.record === 'family_members' && i.fields.name === 'Farah Haddad'));
  assert.ok(given.some((i) => i.record === 'data_requests' && /06 1234 5678/.test(i.fields.details)), 'her own request');
  for (const other of ['Yusuf Haddad', 'Sara Haddad']) {
    assert.ok(!files['report.html'].includes(other) && !files['data.json'].includes(other), `nothing of ${other}`);
  }

  // The report, opened as the member would open it.
  const reader = await newContext(browser, hearth.url, { bypassCSP: true });
  const report = await reader.newPage();
  await report.setContent(files['report.html'], { waitUntil: 'load' });
  assert.equal(await report.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await report.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  assert.match(await report.locator('h1').innerText(), /[\u0600-\u06FF]/, 'the heading is Arabic');
  const body = visibleText(await report.locator('main').innerText());
  assert.match(body, /Farah Haddad/);
  assert.match(body, /06 1234 5678/);
  assert.ok((await report.locator('main section h2').count()) >= 4, 'a section per kind of record');
  const violations = await runAxe(report);
  assert.deepEqual(violations, [], describeViolations('subject-access report (ar)', violations));
  const sideways = await report.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(sideways, false, 'the report fits a phone');
  await reader.close();

  // The request now shows when it was exported.
  await admin.goto('/data-protection/subject-access');
  assert.equal(await admin.locator('#subject-access-requests li').count(), 1);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');
  await context.close();
});

test('a member asks for a correction without JavaScript; a refused form keeps what she typed', async () => {
  const context = await newContext(browser, hearth.url, { lang: 'ar', javaScriptEnabled: false });
  const farah = await context.newPage();
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  await farah.goto('/portal/my-data');
  assert.equal(await farah.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await farah.locator('#my-data-requests li').count(), 1, 'the demo request is listed');
  // An objection without the purpose it is about.
  await farah.check('input[name="kind"][value="objection"]');
  await farah.fill('#details', 'لا أريد دعوات إلى المجموعات');
  const refused = await submit(farah, 'form[action="/portal/my-data"]');
  assert.equal(refused.status(), 422);
  assert.equal(await farah.locator('#purpose').getAttribute('aria-invalid'), 'true');
  assert.equal(await farah.locator('#my-data-errors[role=alert]').count(), 1);
  assert.equal(await farah.inputValue('#details'), 'لا أريد دعوات إلى المجموعات', 'what she typed is kept');
  assert.ok(await farah.isChecked('input[name="kind"][value="objection"]'));
  await farah.selectOption('#purpose', 'peer_support');
  await submit(farah, 'form[action="/portal/my-data"]');
  assert.equal(pathOf(farah), '/portal/my-data');
  assert.equal(await farah.locator('#my-data-sent').count(), 1, await mainText(farah));
  assert.equal(await farah.locator('#my-data-requests li').count(), 2);
  await context.close();
});
