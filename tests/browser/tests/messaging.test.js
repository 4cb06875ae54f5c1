// Secure messaging on 360 px phones: a practitioner and a family member
// write to each other live, with "seen"; the same pages work without
// JavaScript; out of hours the member gets one automatic reply in Arabic;
// an urgent message reaches whoever is on call.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import {
  launchChromium, newContext, signIn, submit, chooseLanguage, visibleText, watchForPageProblems, mainText,
} from '../lib/browser.js';

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

async function practitionerConversation(page) {
  await page.goto('/families');
  await page.click('main a:has-text("Haddad family")');
  const href = await page.locator('main a[href*="/conversations/"]').first().getAttribute('href');
  await page.goto(href);
  return href;
}

async function memberConversation(page) {
  await page.goto('/portal/conversations');
  const href = await page.locator('main a[href^="/portal/conversations/"]').first().getAttribute('href');
  await page.goto(href);
  return href;
}

const messageTexts = (page) => page.locator('#messages li .note-text').allInnerTexts();

test('practitioner and family member write to each other live and see what the other has seen', async () => {
  const patContext = await newContext(browser, hearth.url);
  const farahContext = await newContext(browser, hearth.url);
  const problems = [...[patContext, farahContext].map(watchForPageProblems)];
  const pat = await patContext.newPage();
  const farah = await farahContext.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  await practitionerConversation(pat);
  await memberConversation(farah);
  // Neither page reloads from here on: a mark set now must survive.
  await pat.evaluate(() => { window.stillTheSamePage = true; });
  await farah.evaluate(() => { window.stillTheSamePage = true; });
  // Give both sockets a moment to connect.
  await pat.waitForFunction(() => document.readyState === 'complete');
  await farah.waitForTimeout(500);

  await farah.fill('#text', 'Can we make it Friday instead?');
  await farah.click('#send-form [type=submit]');
  await pat.locator('#messages li', { hasText: 'Can we make it Friday instead?' }).waitFor();
  assert.equal(await farah.inputValue('#text'), '', 'the box is emptied once Hearth has the message');
  // Screen readers hear of it (the last announcement may be Hearth's own reply out of hours).
  assert.match(visibleText(await pat.locator('#live-status').innerText()), /New message from (Farah Family|Hearth)/);

  // The practitioner's open page has seen it (and Hearth's own reply, out of
  // hours): Farah's page says so under the newest message.
  await farah.locator('#messages > li').last().locator('.seen-by', { hasText: 'Pat Practitioner' }).waitFor();

  await pat.fill('#text', 'Friday at four works for me.');
  await pat.click('#send-form [type=submit]');
  await farah.locator('#messages li', { hasText: 'Friday at four works for me.' }).waitFor();
  assert.ok(await pat.evaluate(() => window.stillTheSamePage), 'the practitioner page never reloaded');
  assert.ok(await farah.evaluate(() => window.stillTheSamePage), 'the family page never reloaded');

  // An empty message is refused on the page, and nothing is lost.
  await farah.evaluate(() => { document.getElementById('text').required = false; });
  await farah.fill('#text', '   ');
  await farah.click('#send-form [type=submit]');
  await farah.locator('#message-live-error').waitFor();
  assert.match(await farah.locator('#message-live-error').innerText(), /Write a message/);
  assert.ok(await farah.evaluate(() => document.documentElement.scrollWidth <= 360), 'fits a 360 px screen');
  assert.deepEqual(problems.flat(), [], 'no script errors or CSP refusals');
  await patContext.close();
  await farahContext.close();
});

test('without JavaScript the same pages send and show messages after a reload', async () => {
  const context = await newContext(browser, hearth.url, { javaScriptEnabled: false });
  const farah = await context.newPage();
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  const href = await memberConversation(farah);
  await farah.fill('#text', 'Sent from a phone without scripts.');
  await submit(farah, '#send-form');
  assert.equal(new URL(farah.url()).pathname, href);
  assert.ok((await messageTexts(farah)).includes('Sent from a phone without scripts.'), await mainText(farah));

  // A photo goes the same way: cleaned, kept in the family file, linked from the message.
  const onePixelPng = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64');
  await farah.locator('details.attach summary').click();
  await farah.setInputFiles('#attachment', { name: 'bus-ticket.png', mimeType: 'image/png', buffer: onePixelPng });
  await farah.fill('#caption', 'The bus ticket');
  await submit(farah, '#attach-form');
  const sent = farah.locator('#messages li', { hasText: 'The bus ticket' });
  assert.equal(await sent.locator('a[download]', { hasText: 'bus-ticket.png' }).count(), 1, await mainText(farah));
  const download = await farah.request.get(await sent.locator('a[download]').getAttribute('href'));
  assert.equal(download.status(), 200);
  assert.equal(download.headers()['content-type'], 'image/png');
  await context.close();
});

test('out of hours the member gets one automatic reply in Arabic, and urgent reaches whoever is on call', async () => {
  // The practitioner writes first, so Hearth answers her next message anew.
  const patContext = await newContext(browser, hearth.url);
  const pat = await patContext.newPage();
  await signIn(pat, hearth.account('practitioner@demo.hearth.example'));
  await practitionerConversation(pat);
  await pat.fill('#text', 'I am off tomorrow, back after.');
  await pat.click('#send-form [type=submit]');
  await pat.locator('#messages li', { hasText: 'I am off tomorrow, back after.' }).waitFor();
  // Whatever earlier messages brought, the practitioner has read it all.
  await pat.goto('/notifications');
  if (await pat.locator('form[action="/notifications/read"]').count() > 0) {
    await submit(pat, 'form[action="/notifications/read"]');
  }

  // Today becomes a day off for everyone, so it is out of hours whatever the time.
  const adminContext = await newContext(browser, hearth.url);
  const admin = await adminContext.newPage();
  await signIn(admin, hearth.account('admin@demo.hearth.example'));
  await admin.goto('/admin/wellbeing');
  const zone = await admin.inputValue('#time_zone');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
  const daysOff = await admin.inputValue('#days_off');
  await admin.fill('#days_off', `${daysOff}\n${today}`.trim());
  await submit(admin, 'form[action="/admin/wellbeing"]');

  const farahContext = await newContext(browser, hearth.url);
  const problems = watchForPageProblems(farahContext);
  const farah = await farahContext.newPage();
  await farah.goto('/login');
  await chooseLanguage(farah, 'ar');
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  await memberConversation(farah);
  assert.equal(await farah.getAttribute('html', 'dir'), 'rtl');
  await farah.fill('#text', 'الشرطة عند الباب');
  await farah.check('input[name="urgent"]');
  await farah.click('#send-form [type=submit]');
  // Hearth's reply says, in Arabic, when the practitioner is back.
  const reply = farah.locator('#messages li', { hasText: 'غائب حتى' });
  await reply.waitFor();
  assert.match(visibleText(await reply.innerText()), /ردّ تلقائي/, 'marked as automatic');
  assert.match(visibleText(await reply.innerText()), /Sam Supervisor/, 'and who is on call now');
  await farah.fill('#text', 'هل أنت هناك؟');
  await farah.click('#send-form [type=submit]');
  await farah.locator('#messages li', { hasText: 'هل أنت هناك؟' }).waitFor();
  await farah.waitForTimeout(300);
  const texts = (await messageTexts(farah)).map(visibleText);
  const since = texts.slice(texts.indexOf('I am off tomorrow, back after.'));
  assert.equal(since.filter((t) => /غائب حتى/.test(t)).length, 1, `one automatic reply: ${since.join(' | ')}`);
  assert.deepEqual(problems, [], 'no script errors or CSP refusals');

  // Today is her practitioner's day off: his notice waits for his next working day.
  await pat.goto('/notifications');
  assert.doesNotMatch(visibleText(await pat.locator('main').innerText()), /Farah Family wrote in a conversation/);

  // Sam is on call: the urgent message is in his notifications now.
  const samContext = await newContext(browser, hearth.url);
  const sam = await samContext.newPage();
  await signIn(sam, hearth.account('supervisor@demo.hearth.example'));
  await sam.goto('/notifications');
  assert.match(visibleText(await sam.locator('main').innerText()), /Farah Family \(Haddad family\) sent a message marked urgent/);
  for (const context of [patContext, adminContext, farahContext, samContext]) await context.close();
});
