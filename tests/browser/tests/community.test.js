// Peer-support communities on a phone: Farah, invited by her practitioner in
// the demo, joins, chooses a name, accepts the house rules and asks a
// question in Arabic; the group's ambassador answers it; she marks the reply
// that helped. Every page passes axe, in Arabic for her; and she replies from
// a browser without JavaScript (these pages are plain forms).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHearth } from '../lib/hearth.js';
import { launchChromium, newContext, signIn, submit, pathOf, mainText, watchForPageProblems } from '../lib/browser.js';
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

async function checkAccessibility(page, label) {
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, describeViolations(label, violations));
}

test('a member joins by invitation, accepts the rules and asks in Arabic; an ambassador answers', async () => {
  const farahContext = await newContext(browser, hearth.url, { lang: 'ar', bypassCSP: true });
  const farah = await farahContext.newPage();
  await signIn(farah, hearth.account('family@demo.hearth.example'));
  await farah.goto('/community');
  assert.equal(await farah.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await farah.locator('#community-invitations li').count(), 1, await mainText(farah));
  await checkAccessibility(farah, 'community page with an invitation (ar)');

  // A name with her real name in it is refused, and what she typed stays.
  await farah.fill('#pseudonym-field', 'Farah Family');
  const refused = await submit(farah, 'form[action="/community/pseudonym"]');
  assert.equal(refused.status(), 422);
  assert.equal(await farah.inputValue('#pseudonym-field'), 'Farah Family');
  assert.equal(await farah.locator('#pseudonym-error').count(), 1);
  await checkAccessibility(farah, 'pseudonym refused (ar)');
  await farah.fill('#pseudonym-field', 'نسمة الصباح');
  await submit(farah, 'form[action="/community/pseudonym"]');

  // Accepting the invitation leads to the house rules.
  await submit(farah, '#community-invitations form:first-of-type');
  assert.match(pathOf(farah), /^\/community\/groups\/[0-9a-f]{32}\/rules$/);
  assert.equal(await farah.locator('#community-safety').count(), 1, 'what the organisation can and cannot guarantee');
  await checkAccessibility(farah, 'house rules to accept (ar)');
  await farah.check('input[name=accept]');
  await submit(farah, 'main form');
  const group = pathOf(farah);
  assert.match(group, /^\/community\/groups\/[0-9a-f]{32}$/);
  await checkAccessibility(farah, 'group page (ar)');

  // She asks a question in Arabic.
  await farah.fill('#title', 'كيف تتعاملون مع الانتظار؟');
  await farah.fill('#post', 'ابني في **مخيم** منذ سنتين.\nلا أعرف مع من أتكلم.');
  await farah.check('input[name=question]');
  await submit(farah, `form[action="${group}/topics"]`);
  const topic = pathOf(farah);
  assert.match(topic, /\/topics\/[0-9a-f]{32}$/);
  assert.equal(await farah.locator('#community-posts strong', { hasText: 'مخيم' }).count(), 1, 'light formatting');
  await checkAccessibility(farah, 'topic (ar)');

  // The ambassador sees it waiting, and answers.
  const ari = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  const problems = watchForPageProblems(ari.context());
  await signIn(ari, hearth.account('ambassador@demo.hearth.example'));
  await ari.goto('/community/queue');
  await checkAccessibility(ari, 'questions and flags');
  await ari.click('#community-unanswered a');
  assert.equal(pathOf(ari), topic);
  const body = await ari.locator('main').innerText();
  assert.ok(body.includes('نسمة الصباح') && !body.includes('Farah'), 'only her pseudonym reaches the ambassador');
  await ari.fill('#post', 'أنتِ لستِ وحدك. We are here, write whenever you want.');
  await submit(ari, `form[action="${topic}/replies"]`);
  assert.deepEqual(problems, []);

  // Her open page shows the answer as it comes, without reloading.
  const stillOpen = await farah.evaluate(() => { window.stillTheSamePage = true; return true; });
  await farah.locator('#community-posts > li').nth(1).waitFor({ timeout: 10_000 });
  assert.ok(stillOpen && await farah.evaluate(() => window.stillTheSamePage), 'the page was not reloaded');

  // She marks the reply that helped.
  await farah.goto(topic);
  await submit(farah, `form[action="${topic}/helpful"]`);
  assert.equal(await farah.locator('#community-posts li.helpful').count(), 1);
  await checkAccessibility(farah, 'topic with a helpful reply (ar)');

  // Without JavaScript, a reply is a plain form.
  const plain = await (await newContext(browser, hearth.url, { lang: 'ar', javaScriptEnabled: false })).newPage();
  await signIn(plain, hearth.account('family@demo.hearth.example'));
  await plain.goto(topic);
  const before = await plain.locator('#community-posts > li').count();
  await plain.fill('#post', 'شكرًا لكم.');
  await submit(plain, `form[action="${topic}/replies"]`);
  assert.equal(await plain.locator('#community-posts > li').count(), before + 1);
});

test('the community manager sees each group, its questions and its moderation log', async () => {
  const casey = await (await newContext(browser, hearth.url, { bypassCSP: true })).newPage();
  await signIn(casey, hearth.account('community@demo.hearth.example'));
  await casey.goto('/community');
  assert.ok(await casey.locator('#community-groups li').count() >= 2, await mainText(casey));
  await checkAccessibility(casey, 'community manager page');
  for (const path of ['/community/groups/new', '/community/applications', '/community/settings', '/community/queue']) {
    await casey.goto(path);
    await checkAccessibility(casey, path);
  }
  await casey.goto('/community');
  await casey.click('#community-groups li:first-child a[href$="/settings"]');
  await checkAccessibility(casey, 'group settings');
  await casey.goto('/community');
  await casey.click('#community-groups li:first-child a[href$="/moderation"]');
  await checkAccessibility(casey, 'moderation log');
});
