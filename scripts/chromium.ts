/**
 * Which Chromium the browser tests and the diagram renderer drive: Playwright's own when it is
 * installed, else CHROMIUM_PATH, else Debian's /usr/bin/chromium. Playwright cannot download its browser
 * on machines without internet access, so the system package is the fallback there.
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

export function chromiumLaunchOptions(): LaunchOptions {
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
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) return { executablePath: path, args: SYSTEM_FLAGS };
  }
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one of:',
      '  npx playwright install chromium          (Playwright’s own build, needs internet)',
      '  sudo apt-get install -y chromium         (Debian/Ubuntu package, /usr/bin/chromium)',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}
