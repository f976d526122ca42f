/**
 * The real `kam` binary in a real pseudo-terminal: util-linux `script` runs
 * it on a pty, and we type into it key by key, waiting for each prompt.
 */
import { spawn } from 'node:child_process';
import { BIN } from './run-kam.js';

export const KEYS = { enter: '\r', down: '\u001b[B', up: '\u001b[A', ctrlC: '\u0003' };

export interface Pty {
  /** Waits until the screen output contains `text` (after what was already matched). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  type(keys: string): void;
  exit: Promise<number | null>;
  output(): string;
  /** Everything written to the terminal, escape sequences included. */
  raw(): string;
}

const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

export function kamInPty(args: string[], cwd: string, env: Record<string, string> = {}): Pty {
  return inPty([process.execPath, BIN, ...args], cwd, env);
}

/** Any program in a pseudo-terminal (an interactive shell, for completion). */
export function inPty(argv: string[], cwd: string, env: Record<string, string> = {}): Pty {
  const command = argv.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, TERM: 'xterm', COLUMNS: '100', LINES: '40', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let consumed = 0;
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    screen += d.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exit = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return {
    output: () => strip(screen),
    raw: () => screen,
    type: (keys) => {
      // What comes next is the answer to these keys: earlier redraws must not satisfy a later waitFor.
      consumed = strip(screen).length;
      child.stdin.write(keys);
    },
    exit,
    waitFor(text, timeoutMs = 120_000) {
      return new Promise((done, fail) => {
        const check = () => {
          const plain = strip(screen).slice(consumed);
          const at = typeof text === 'string' ? plain.indexOf(text) : plain.search(text);
          if (at === -1) return false;
          consumed += at + 1;
          listeners.delete(check);
          clearTimeout(timer);
          // Give the prompt a moment to finish drawing before the next key.
          setTimeout(done, 40);
          return true;
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          fail(new Error(`timed out waiting for ${String(text)}; screen so far:\n${strip(screen).slice(-1500)}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
  };
}
