/**
 * Every control in the URL (issue 17): on every page with widgets, each setting a reader can change
 * inside a widget (text field, select, radio group, checkbox) changes the query string, and loading
 * that address again shows the control as the reader left it. The controls are found on the page, so
 * a new widget is covered as it lands.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { hydrateAll, widgetPages } from './support/hardening';

interface Control {
  selector: string;
  kind: 'text' | 'select' | 'radio' | 'checkbox' | 'combobox';
}

/** The visible, enabled controls of the page's widgets, each once (a radio group by its first radio). */
async function controls(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const out: { selector: string; kind: 'text' | 'select' | 'radio' | 'checkbox' | 'combobox' }[] = [];
    const groups = new Set<string>();
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('main astro-island input, main astro-island select')) {
      // A pasted line applied on submit is no setting itself; what it sets is (calibration.spec.ts).
      if (!el.checkVisibility() || el.disabled || el.hasAttribute('data-paste')) continue;
      if (el instanceof HTMLSelectElement) out.push({ selector: `#${CSS.escape(el.id)}`, kind: 'select' });
      else if (el.getAttribute('role') === 'combobox') out.push({ selector: `#${CSS.escape(el.id)}`, kind: 'combobox' });
      else if (el.type === 'text') out.push({ selector: `#${CSS.escape(el.id)}`, kind: 'text' });
      else if (el.type === 'checkbox') out.push({ selector: `#${CSS.escape(el.id)}`, kind: 'checkbox' });
      else if (el.type === 'radio' && !groups.has(el.name)) {
        groups.add(el.name);
        out.push({ selector: `input[type="radio"][name="${CSS.escape(el.name)}"]`, kind: 'radio' });
      }
    }
    return out;
  });
}

/** Changes the control to another valid setting; returns how to read it back. */
async function change(page: Page, c: Control): Promise<(p: Page) => Promise<unknown>> {
  const el = page.locator(c.selector);
  switch (c.kind) {
    case 'text': {
      const before = await el.first().inputValue();
      const n = Number(before.replace(/,/g, ''));
      for (const next of [String(n * 2), String(Math.max(1, Math.floor(n / 2))), '2', '1']) {
        if (next === before) continue;
        await el.first().fill(next);
        if ((await el.first().getAttribute('aria-invalid')) !== 'true') break;
      }
      await el.first().press('Enter');
      const set = await el.first().inputValue();
      return async (p) => ((await p.locator(c.selector).first().inputValue()) === set ? set : `${await p.locator(c.selector).first().inputValue()} (was set to ${set})`);
    }
    case 'combobox': {
      // A node picker: open it on the current node, move to the next option, pick it.
      const before = await el.inputValue();
      await el.focus();
      await el.press('ArrowDown');
      await el.press('ArrowDown');
      await el.press('Enter');
      const set = await el.inputValue();
      expect(set, `${c.selector} picked another node`).not.toBe(before);
      return async (p) => ((await p.locator(c.selector).inputValue()) === set ? set : `${await p.locator(c.selector).inputValue()} (was set to ${set})`);
    }
    case 'select': {
      const before = await el.inputValue();
      const values = await el.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const next = values.find((v) => v !== before && v !== 'custom') ?? values.find((v) => v !== before)!;
      await el.selectOption(next);
      return async (p) => ((await p.locator(c.selector).inputValue()) === next ? next : `${await p.locator(c.selector).inputValue()} (was set to ${next})`);
    }
    case 'radio': {
      const radios = await el.all();
      let chosen: Locator | undefined;
      for (const r of radios) if (!(await r.isChecked())) chosen = chosen ?? r;
      const value = await chosen!.getAttribute('value');
      await chosen!.check();
      return async (p) => {
        const now = await p.locator(`${c.selector}:checked`).getAttribute('value');
        return now === value ? value : `${now} (was set to ${value})`;
      };
    }
    case 'checkbox': {
      const was = await el.isChecked();
      await el.setChecked(!was);
      return async (p) => ((await p.locator(c.selector).isChecked()) === !was ? !was : `${!was ? 'unchecked' : 'checked'} after reload`);
    }
  }
}

for (const path of widgetPages()) {
  test(`${path}: every widget setting reaches the address, and the address restores it`, async ({ page, watch }) => {
    void watch;
    test.slow();
    await page.goto(path);
    await hydrateAll(page);
    const all = await controls(page);
    expect(all.length, 'controls found').toBeGreaterThan(0);
    const problems: string[] = [];
    for (const c of all) {
      await page.goto(path);
      await hydrateAll(page);
      const el = page.locator(c.selector).first();
      if (!(await el.isVisible())) continue;
      await el.scrollIntoViewIfNeeded();
      const before = page.url();
      const readBack = await change(page, c);
      const expected = await readBack(page);
      const moved = await expect
        .poll(() => page.url(), { timeout: 3000 })
        .not.toBe(before)
        .then(() => true, () => false);
      if (!moved) {
        problems.push(`${c.selector}: changing it left the address at ${before}`);
        continue;
      }
      await page.goto(page.url());
      await hydrateAll(page);
      await expect.poll(() => readBack(page), { message: `${c.selector} after reload`, timeout: 5000 }).toEqual(expected);
    }
    expect(problems).toEqual([]);
  });
}
