// Starts a Hearth demo server on a fresh SQLite database and reads the
// address and demo accounts it prints.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');

export const HEARTH_BIN = process.env.HEARTH_BIN || join(repoRoot, 'target', 'debug', 'hearth');

const URL_LINE = /Hearth is running at (\S+)/;
//   role   email   password PASSWORD  TOTP secret SECRET-or-(none: ...)
const ACCOUNT_LINE = /^\s+(\S+)\s+(\S+@\S+)\s+password\s+(\S+)\s+TOTP secret\s+(.+?)\s*$/;

// `database` (a postgres:// URL, with `env` carrying HEARTH_SECRET_KEY) runs
// on PostgreSQL instead; several processes may share one.
export async function startHearth({ startTimeoutMs = 15_000, database, env = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-browser-'));
  // The server logs to stderr; a file keeps the pipe from filling up and
  // leaves the log behind for a failed run until the directory is removed.
  const logPath = join(dir, 'hearth.log');
  const logFd = openSync(logPath, 'a');
  const child = spawn(
    HEARTH_BIN,
    ['demo', '--database', database || `sqlite://${join(dir, 'hearth.db')}`, '--bind', '127.0.0.1:0'],
    { stdio: ['ignore', 'pipe', logFd], env: { ...process.env, ...env } },
  );
  closeSync(logFd);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const accounts = [];
  let url;
  const ready = new Promise((resolveReady, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Hearth did not start within ${startTimeoutMs} ms; log:\n${safeRead(logPath)}`)),
      startTimeoutMs,
    );
    let settleTimer;
    const settle = () => {
      clearTimeout(timer);
      clearTimeout(settleTimer);
      resolveReady();
    };
    child.once('error', (err) => { clearTimeout(timer); reject(err); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Hearth exited early (code ${code}, signal ${signal}); log:\n${safeRead(logPath)}`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const u = URL_LINE.exec(line);
      if (u) { url = u[1].replace(/\/$/, ''); return; }
      const a = ACCOUNT_LINE.exec(line);
      if (a) {
        const secret = a[4].startsWith('(') ? null : a[4];
        accounts.push({ role: a[1], email: a[2], password: a[3], totpSecret: secret });
        // The list has no end marker of its own: take it as complete once
        // a different line follows, or shortly after the last account line.
        clearTimeout(settleTimer);
        settleTimer = setTimeout(settle, 300);
        return;
      }
      if (url && accounts.length > 0) settle();
    });
  });
  try {
    await ready;
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  child.removeAllListeners('exit');

  const byEmail = (email) => {
    const found = accounts.find((a) => a.email === email);
    if (!found) throw new Error(`no demo account ${email} in: ${accounts.map((a) => a.email).join(', ')}`);
    return found;
  };

  async function stop() {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  }

  return { url, accounts, account: byEmail, dir, logPath, stop };
}

function safeRead(path) {
  try { return readFileSync(path, 'utf8').slice(-4000); } catch { return '(no log)'; }
}
