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
        // A long way down (a control past a long code cell) takes a smooth scroll more than a second:
        // wait until the control is shown, or until the page has stopped moving for ten frames.
        let seen = shown();
        let lastTop = el.getBoundingClientRect().top;
        for (let t = 0, still = 0; t < 600 && still < 10 && !(seen.inView && seen.unobscured); t++) {
          await new Promise((r) => requestAnimationFrame(r));
          seen = shown();
          const top = el.getBoundingClientRect().top;
          still = top === lastTop ? still + 1 : 0;
          lastTop = top;
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
    /** Loads the page afresh (the essay's scenario) and remembers what it looks like, to compare with later. */
    const fresh = async (): Promise<string[]> => {
      await page.goto(path);
      await hydrateAll(page);
      const controls = await markWidgetControls(page);
      await page.evaluate(fingerprint, 'remember' as const);
      return controls;
    };
    let controls = await fresh();
    const inert: string[] = [];
    let reloads = 0;
    for (let i = 0; i < controls.length; i++) {
      const el = page.locator(`[data-kb="${i}"]`);
      // One round trip: what the control is, whether it can be used, its value; then focus it and count
      // what the keystrokes change anywhere in the document (outputs, messages, announcements).
      const prep = await el.evaluate((e) => {
        const kind = e instanceof HTMLInputElement ? `input:${e.type}` : e.tagName.toLowerCase();
        const copyLink = (kind === 'button' || kind === 'summary') && e.closest('.cell-head') !== null; // links.spec
        const known = ['input:text', 'input:number', 'input:search', 'select', 'input:checkbox', 'input:radio', 'button', 'summary'].includes(kind);
        const r = e.getBoundingClientRect();
        const usable =
          r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.matches(':disabled') && !e.closest('[aria-disabled="true"]');
        if (copyLink || !known || !usable) return { kind, skip: true, value: '' };
        (e as HTMLElement).focus();
        const w = window as unknown as { __changes: number; __mo?: MutationObserver };
        w.__changes = 0;
        w.__mo?.disconnect();
        w.__mo = new MutationObserver((records) => (w.__changes += records.length));
        w.__mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        return { kind, skip: false, value: (e as HTMLInputElement).value ?? '' };
      });
      if (prep.skip) continue;
      const kind = prep.kind;
      /** Puts a field, select or toggle back as it was; buttons are undone by a reload. */
      let undo: (() => Promise<void>) | null = null;
      if (kind === 'input:text' || kind === 'input:number' || kind === 'input:search') {
        const before = prep.value;
        const n = Number(before.replace(/[^0-9.]/g, ''));
        const next = Number.isFinite(n) && n > 0 ? String(n * 2) : '2';
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.type(next);
        // Enter hands a typed value on at once (a field otherwise waits for the typist to pause).
        await page.keyboard.press('Enter');
        undo = () => el.fill(before);
      } else if (kind === 'select') {
        const before = prep.value;
        await page.keyboard.press('ArrowDown');
        if ((await el.inputValue()) === before) await page.keyboard.press('ArrowUp');
        if ((await el.inputValue()) === before) inert.push(`${controls[i]}: arrow keys do not change the choice`);
        undo = async () => void (await el.selectOption(before));
      } else if (kind === 'input:checkbox' || kind === 'input:radio') {
        const checked = await el.isChecked();
        await page.keyboard.press(kind === 'input:radio' ? 'ArrowDown' : 'Space');
        // The radio marked is its group's checked one: checking it again undoes the arrow.
        undo = () => el.setChecked(checked);
      } else {
        await page.keyboard.press('Enter');
      }
      // Something must change within three frames and 150 ms; the wait ends as soon as it has.
      const changes = await page.evaluate(async () => {
        const w = window as unknown as { __changes: number; __mo?: MutationObserver };
        for (let f = 0; f < 3; f++) await new Promise((r) => requestAnimationFrame(r));
        const until = performance.now() + 150;
        while (w.__changes === 0 && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
        w.__mo?.disconnect();
        return w.__changes;
      });
      if (changes === 0) inert.push(`${controls[i]} (${kind}): the keyboard changed nothing on the page`);
      // Back to the essay's scenario for the next control: undo the change and keep the page when it is
      // then exactly as freshly loaded (URL, markup, every field's value); otherwise reload.
      if (undo) await undo();
      if (!(undo && (await page.evaluate(fingerprint, 'same' as const)))) {
        reloads += 1;
        const again = await fresh();
        if (again.join('\n') !== controls.join('\n')) {
          inert.push(`the widget controls differ between loads: ${again.length} vs ${controls.length}`);
          controls = again;
        }
      }
    }
    console.log(`${path}: ${controls.length} widget controls from the keyboard, ${reloads} reload(s)`);
    expect(inert).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

/**
 * What the page looks like: its address, <html>'s attributes, the markup of <body> and every field's value
 * and checked state.
 * 'remember' stores it; 'same' waits (up to 20 frames, for debounced URL updates and re-renders) until
 * the page looks as remembered again, and says whether it did.
 */
async function fingerprint(mode: 'remember' | 'same'): Promise<boolean> {
  const w = window as unknown as { __fresh?: string };
  const take = () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select, textarea')].map((e) =>
      e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio') ? String(e.checked) : e.value,
    );
    // Inline styles as the CSSOM states them: the server's "width: 0.8333333333333334%" and the script's
    // "width: 0.833333%" are the same declaration.
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const e of body.querySelectorAll<HTMLElement>('[style]')) e.setAttribute('style', e.style.cssText);
    // Comments are the framework's bookkeeping (Svelte's block anchors), not what the page shows.
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
    const comments: Node[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.parentNode?.removeChild(c);
    const root = [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
    return `${location.href}\n${root}\n${body.outerHTML}\n${fields.join('\u0001')}`;
  };
  if (mode === 'remember') {
    w.__fresh = take();
    return true;
  }
  // Scrolled back where the fresh page was, so that scroll-driven state (the table of contents) matches.
  window.scrollTo({ top: 0, behavior: 'instant' });
  for (let f = 0; f < 20; f++) {
    if (take() === w.__fresh) return true;
    await new Promise((r) => requestAnimationFrame(r));
  }
  return false;
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
