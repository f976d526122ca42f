/**
 * A real Chromium for the HTML report tests, with nothing installed on the
 * system: a Chrome or Chromium already on the machine is used when present
 * (KAM_CHROMIUM names one explicitly); otherwise the one shipped inside the
 * @sparticuz/chromium dev dependency (Linux x64/arm64; unpacked on first use).
 * Never skipped: no browser is a failure that says what to install.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

// Without these, Chromium tries to reach Google's servers at every start.
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBrowser(): Promise<{ browser: Browser; source: string }> {
  const named = process.env.KAM_CHROMIUM;
  const system = named && existsSync(named) ? named : SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) {
    const browser = await chromium.launch({ executablePath: system, args: ['--no-sandbox', '--disable-gpu', ...QUIET] });
    return { browser, source: system };
  }
  if (process.platform !== 'linux') {
    throw new Error('No Chrome or Chromium found: install Google Chrome, or set KAM_CHROMIUM to a Chromium executable');
  }
  const packaged = (await import('@sparticuz/chromium')).default;
  const executablePath = await packaged.executablePath();
  const browser = await chromium.launch({ executablePath, // --single-process (meant for Lambda) closes the browser with its first page.
    args: [...packaged.args.filter((a: string) => a !== '--single-process'), ...QUIET] });
  return { browser, source: `@sparticuz/chromium (${executablePath})` };
}
