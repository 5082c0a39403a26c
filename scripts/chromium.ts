/**
 * Which Chromium the browser tests, the diagram renderer and the perf script drive: Playwright's own when
 * it is installed, else CHROMIUM_PATH, else Debian's packages. Playwright cannot download its browser on
 * machines without internet access, so the system packages are the fallback there.
 *
 * Headless work prefers Debian's `chromium-headless-shell`: it is the same engine without the desktop
 * browser's own UI, and it is what Playwright itself runs for headless Chromium. Measured here (2 cores,
 * hostile-urls + a11y-keyboard, 37 tests): 100 s with /usr/bin/chromium, 67 s with the headless shell;
 * the full browser kept a "top-chrome" WebUI renderer busy at about half a core.
 * Lighthouse needs the full browser (`--headless=new`), so it asks for `{ fullBrowser: true }`.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];
const FULL_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumLaunchOptions({ fullBrowser = false }: { fullBrowser?: boolean } = {}): LaunchOptions {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return { executablePath: fromEnv, args: SYSTEM_FLAGS };
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { args: ['--no-sandbox'] };
  const candidates = fullBrowser ? FULL_BROWSERS : [...HEADLESS_SHELLS, ...FULL_BROWSERS];
  for (const path of candidates) {
    if (existsSync(path)) return { executablePath: path, args: SYSTEM_FLAGS };
  }
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one of:',
      '  npx playwright install chromium                                   (Playwright’s own build, needs internet)',
      '  sudo apt-get install -y chromium-headless-shell chromium          (Debian/Ubuntu packages)',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}
