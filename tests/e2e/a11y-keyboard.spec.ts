/**
 * Keyboard and motion: Tab alone reaches every widget control and each shows a visible focus
 * indicator; a keyboard user can change every field, select and button; with prefers-reduced-motion
 * the pages (the toPandas timeline above all) run no CSS animation or transition. axe in light and dark
 * is site.spec.ts's job.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { frames, hydrateAll, widgetPages } from './support/hardening';

/** Marks every visible, keyboard-focusable control inside a widget (island) with data-kb. */
async function markWidgetControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, a[href], summary, [tabindex]:not([tabindex="-1"])';
    const out: string[] = [];
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(`astro-island ${FOCUSABLE.split(', ').join(', astro-island ')}`)) {
      if ((el as HTMLInputElement).disabled || el.closest('[inert], [hidden]')) continue;
      if (el.tabIndex < 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // A radio group is one Tab stop: only its checked (or first) radio is reached by Tab.
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
        const stop = group.find((g) => g.checked) ?? group[0];
        if (stop !== el) continue;
      }
      el.dataset.kb = String(n++);
      const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label') || el.textContent?.trim() || '';
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${label.slice(0, 40)}"`);
    }
    return out;
  });
}

for (const path of widgetPages()) {
  test(`${path}: Tab reaches every widget control, each with a visible focus indicator`, async ({ page, watch }) => {
    test.setTimeout(180_000);
    await page.goto(path);
    await hydrateAll(page);
    const controls = await markWidgetControls(page);
    const tabStops = await page.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((e) => e.tabIndex >= 0).length,
    );
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo({ top: 0, behavior: 'instant' });
    });
    const reached = new Map<number, string>();
    const noIndicator: string[] = [];
    const offscreen: string[] = [];
    const obscured: string[] = [];
    for (let i = 0; i < tabStops + 15 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(async () => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.dataset.kb === undefined) return null;
        // Focus scrolls the control into view (smoothly, without reduced motion): wait for it to settle.
        const shown = () => {
          const r = el.getBoundingClientRect();
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const hit = document.elementFromPoint(x, y);
          return {
            inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
            // Not hidden under the sticky header or anything else (WCAG 2.2 focus not obscured).
            unobscured: !!hit && (hit === el || el.contains(hit) || hit.contains(el) || (el as HTMLInputElement).labels?.[0]?.contains(hit) === true),
          };
        };
        let seen = shown();
        for (let t = 0; t < 60 && !(seen.inView && seen.unobscured); t++) {
          await new Promise((r) => requestAnimationFrame(r));
          seen = shown();
        }
        const cs = getComputedStyle(el);
        return {
          kb: Number(el.dataset.kb),
          outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
          shadow: cs.boxShadow !== 'none' && cs.boxShadow !== '',
          focusVisible: el.matches(':focus-visible'),
          ...seen,
        };
      });
      if (!f || reached.has(f.kb)) continue;
      const name = controls[f.kb]!;
      reached.set(f.kb, name);
      if (!f.focusVisible || !(f.outline || f.shadow)) noIndicator.push(name);
      if (!f.inView) offscreen.push(name);
      else if (!f.unobscured) obscured.push(name);
    }
    const missed = controls.filter((_, i) => !reached.has(i));
    console.log(`${path}: ${reached.size} of ${controls.length} widget controls reached by Tab`);
    expect(missed, 'widget controls Tab never reached').toEqual([]);
    expect(noIndicator, 'focused without a visible focus indicator').toEqual([]);
    expect(offscreen, 'focused but scrolled out of view').toEqual([]);
    expect(obscured, 'focused but covered by something else (sticky header?)').toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test(`${path}: every widget field, select and button works from the keyboard`, async ({ page, watch }) => {
    test.setTimeout(180_000);
    await page.goto(path);
    await hydrateAll(page);
    const controls = await markWidgetControls(page);
    const inert: string[] = [];
    for (let i = 0; i < controls.length; i++) {
      const el = page.locator(`[data-kb="${i}"]`);
      const kind = await el.evaluate((e) => (e instanceof HTMLInputElement ? `input:${e.type}` : e.tagName.toLowerCase()));
      if (!(await el.isVisible()) || !(await el.isEnabled())) continue;
      await el.focus();
      // Count what the keystrokes change anywhere in the document (outputs, messages, announcements).
      await page.evaluate(() => {
        const w = window as unknown as { __changes: number; __mo?: MutationObserver };
        w.__changes = 0;
        w.__mo?.disconnect();
        w.__mo = new MutationObserver((records) => (w.__changes += records.length));
        w.__mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      if (kind === 'input:text' || kind === 'input:number' || kind === 'input:search') {
        const before = await el.inputValue();
        const n = Number(before.replace(/[^0-9.]/g, ''));
        const next = Number.isFinite(n) && n > 0 ? String(n * 2) : '2';
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type(next);
      } else if (kind === 'select') {
        const before = await el.inputValue();
        await page.keyboard.press('ArrowDown');
        if ((await el.inputValue()) === before) await page.keyboard.press('ArrowUp');
        if ((await el.inputValue()) === before) inert.push(`${controls[i]}: arrow keys do not change the choice`);
      } else if (kind === 'input:checkbox' || kind === 'input:radio') {
        await page.keyboard.press(kind === 'input:radio' ? 'ArrowDown' : 'Space');
      } else if (kind === 'button' || kind === 'summary') {
        if (await el.evaluate((e) => e.closest('.cell-head') !== null)) continue; // copy-link buttons: links.spec
        await page.keyboard.press('Enter');
      } else {
        continue;
      }
      await frames(page, 3);
      await page.waitForTimeout(150);
      const changes = await page.evaluate(() => (window as unknown as { __changes: number }).__changes);
      if (changes === 0) inert.push(`${controls[i]} (${kind}): the keyboard changed nothing on the page`);
      // Back to the essay's scenario for the next control.
      await page.goto(path);
      await hydrateAll(page);
      await markWidgetControls(page);
    }
    expect(inert).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

async function runningAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .filter((a) => {
        const d = a.effect?.getComputedTiming().duration;
        return typeof d === 'number' ? d > 1 : true;
      })
      .map((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target as HTMLElement | null;
        const name = a instanceof CSSTransition ? `transition ${a.transitionProperty}` : a instanceof CSSAnimation ? `animation ${a.animationName}` : 'script animation';
        return `${name} on ${target?.tagName.toLowerCase() ?? '?'}.${target?.className ?? ''}`;
      }),
  );
}

/** Presses every Run-like button in the widgets and changes the first field, sampling animations as it goes. */
async function exercise(page: Page): Promise<string[]> {
  const seen = new Set<string>();
  const sample = async () => {
    for (let k = 0; k < 4; k++) {
      for (const a of await runningAnimations(page)) seen.add(a);
      await frames(page, 1);
    }
  };
  const buttons = page.locator('astro-island button').filter({ hasText: /run|play|step|replay/i });
  for (let i = 0; i < (await buttons.count()); i++) {
    const b = buttons.nth(i);
    if (!(await b.isVisible()) || !(await b.isEnabled())) continue;
    await b.scrollIntoViewIfNeeded();
    await b.click();
    await sample();
  }
  const field = page.locator('astro-island input[type="text"]').first();
  if ((await field.count()) > 0 && (await field.isVisible())) {
    const v = Number((await field.inputValue()).replace(/[^0-9.]/g, ''));
    await field.fill(String(Number.isFinite(v) && v > 0 ? v * 2 : 2));
    await sample();
  }
  return [...seen];
}

test.describe('prefers-reduced-motion', () => {
  for (const path of widgetPages()) {
    test(`${path}: no CSS animation or transition runs when the reader prefers reduced motion`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(path);
      await hydrateAll(page);
      expect(await exercise(page)).toEqual([]);
      await context.close();
    });
  }

  test('the toPandas timeline does animate without the preference (so the check above can fail)', async ({ browser, baseURL }) => {
    test.skip(!widgetPages().includes('/topandas/'), 'no toPandas chapter');
    const context = await browser.newContext({ baseURL, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    await page.goto('/topandas/');
    await hydrateAll(page);
    expect((await exercise(page)).length).toBeGreaterThan(0);
    await context.close();
  });

  test('with reduced motion, Run shows the whole toPandas timeline at once', async ({ browser, baseURL }) => {
    test.skip(!widgetPages().includes('/topandas/'), 'no toPandas chapter');
    const context = await browser.newContext({ baseURL, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/topandas/');
    await hydrateAll(page);
    const run = page.locator('astro-island button').filter({ hasText: /\bRun\s*$/ }).first();
    await run.scrollIntoViewIfNeeded();
    const cell = run.locator('xpath=ancestor::astro-island[1]');
    const before = await cell.innerText();
    await run.click();
    await frames(page, 2);
    const right = await cell.innerText();
    await page.waitForTimeout(1200);
    // Nothing is still stepping: what is shown right after the click is the final state.
    expect(await cell.innerText()).toBe(right);
    expect(right.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);
    await context.close();
  });
});
