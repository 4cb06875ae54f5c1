// RFC 6238 TOTP as Hearth uses it: SHA-1, 6 digits, 30-second steps,
// base32 secrets without padding.
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;

export function base32Decode(text) {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const index = ALPHABET.indexOf(ch);
    if (index < 0) throw new Error(`not base32: ${JSON.stringify(ch)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

export function stepAt(ms = Date.now()) {
  return Math.floor(ms / 1000 / STEP_SECONDS);
}

export function codeForStep(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  // Dynamic truncation (RFC 4226 §5.3).
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

// Hearth refuses a code whose step is not later than the last one it
// accepted for the account, so remember which step each secret last used.
const lastStep = new Map();

// The code an authenticator app would show once it is usable: if this
// secret's current step was already spent, wait for the next step.
export async function freshCode(secret) {
  const spent = lastStep.get(secret);
  let step = stepAt();
  if (spent !== undefined && step <= spent) {
    const nextStepStartsMs = (spent + 1) * STEP_SECONDS * 1000;
    await sleep(nextStepStartsMs - Date.now() + 250);
    step = stepAt();
  }
  lastStep.set(secret, step);
  return codeForStep(secret, step);
}

// A six-digit code that no step the server would accept right now produces.
export function wrongCode(secret) {
  const now = stepAt();
  const valid = new Set([now - 1, now, now + 1, now + 2].map((s) => codeForStep(secret, s)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}
