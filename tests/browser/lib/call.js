// What the video call tests share: Chromium with a fake camera and
// microphone, the bytes a call page's media connections carry, and the
// demo's video session about to start.
import { chromium } from 'playwright-core';

export function launchWithFakeMedia() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    ],
  });
}

// Bytes sent and received over every media connection of a page.
export async function mediaBytes(page) {
  return page.evaluate(async () => {
    let sent = 0;
    let received = 0;
    for (const pc of window.hearthCall.connections()) {
      (await pc.getStats()).forEach((s) => {
        if (s.type === 'outbound-rtp') { sent += s.bytesSent || 0; }
        if (s.type === 'inbound-rtp') { received += s.bytesReceived || 0; }
      });
    }
    return { sent, received };
  });
}

export async function flowing(page) {
  for (let i = 0; i < 40; i++) {
    const bytes = await mediaBytes(page);
    if (bytes.sent > 10_000 && bytes.received > 10_000) { return bytes; }
    await page.waitForTimeout(500);
  }
  return mediaBytes(page);
}

export async function videoSession(pat) {
  await pat.goto('/families');
  await pat.click('main a:has-text("Haddad family")');
  const sessions = pat.locator('main a[href*="/sessions/"]');
  const hrefs = await sessions.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs.filter((h) => /\/sessions\/[0-9a-f]{32}$/.test(h))) {
    await pat.goto(href);
    if (await pat.locator('#session-call').count()) { return href; }
  }
  throw new Error('no video session with a call');
}

