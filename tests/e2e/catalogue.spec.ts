/**
 * The cloud node catalogue as readers and tools meet it: /instances.json, the scenario bar's node picker
 * (typing part of a name, the keyboard alone, a pasted link, a name the catalogue lacks), the planner
 * over each cloud, and the budget chapter's table beside the essay's rows. Expected nodes come from
 * arithmetic done here on the essay's literals over the catalogue data (tests/fixtures/node-catalogue.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { settled } from './support/hardening';
import { expectNothingBroken, hydrated, scenarioField } from './support/widgets';
import { CATALOGUE, candidates, smallestFitting } from '../fixtures/node-catalogue';

const GB = 1e9;
const ROWS = 312_000;
const DIM = 1536;
const ARRAY = ROWS * DIM * 4;
const ESSAY_BASE = 0.6 * GB; // interpreter 0.5 GB + the essay's 0.1 GB of metadata at its rows

test('/instances.json lists the catalogue for tools: every field, every cloud, the essay’s nodes as Azure states them', async ({ request }) => {
  const res = await request.get('/instances.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/json/);
  const rows = (await res.json()) as { cloud: string; name: string; vcpus: number; memoryGiB: number; source: string }[];
  expect(rows.length).toBeGreaterThanOrEqual(120);
  for (const r of rows) {
    expect(['aws', 'azure', 'gcp']).toContain(r.cloud);
    expect(Number.isInteger(r.vcpus) && r.vcpus > 0, r.name).toBe(true);
    expect(r.memoryGiB, r.name).toBeGreaterThan(0);
    expect(r.source, r.name).toMatch(/^https:\/\//);
  }
  expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  for (const cloud of ['aws', 'azure', 'gcp']) expect(rows.filter((r) => r.cloud === cloud).length, cloud).toBeGreaterThanOrEqual(30);
  // Sizes from the providers' tables, written here.
  const find = (name: string) => rows.find((r) => r.name === name);
  expect(find('Standard_DS4_v2')).toMatchObject({ cloud: 'azure', vcpus: 8, memoryGiB: 28 });
  expect(find('r5.xlarge')).toMatchObject({ cloud: 'aws', vcpus: 4, memoryGiB: 32 });
  expect(find('i3.large')).toMatchObject({ cloud: 'aws', vcpus: 2, memoryGiB: 15.25 });
  expect(find('n2-highmem-8')).toMatchObject({ cloud: 'gcp', vcpus: 8, memoryGiB: 64 });
});

test.describe('the node picker', () => {
  const field = (page: Page) => scenarioField(page, 'Node type');
  const option = (page: Page, id: string) => page.locator(`#sc-instance-list [data-node-option="${id}"]`);

  test('typing part of a name narrows the list; a click picks the node and every number follows', async ({ page, watch }) => {
    await page.goto('/split/');
    await hydrated(page, 'node-split');
    await field(page).click();
    await field(page).pressSequentially('r6i.2x');
    await expect(page.locator('#sc-instance-list [role="option"]')).toHaveCount(2); // r6i.2xlarge and custom
    await expect(page.locator('#sc-instance-list [role="group"] >> text=AWS · Memory optimised')).toHaveCount(1);
    await option(page, 'r6i.2xlarge').click();
    await expect(field(page)).toHaveValue('r6i.2xlarge');
    await expect(page).toHaveURL(/[?&]instance=r6i\.2xlarge(&|$)/);
    await expect(scenarioField(page, 'Node RAM')).toHaveValue('64');
    await expect(page.locator('main [data-prose][data-figure="split.node-ram"]').first()).toHaveAttribute('data-value', '64');
    await expectNothingBroken(page, watch);
  });

  test('by keyboard only: type a cloud and family, arrow through the matches, Enter picks; Escape puts the node back', async ({ page }) => {
    await page.goto('/split/');
    await hydrated(page, 'node-split');
    await field(page).focus();
    await page.keyboard.type('gcp memory');
    const gcpMemory = candidates({ cloud: 'gcp', family: 'memory' });
    // Grouped in catalogue order: the first match is highlighted, the arrow moves to the second.
    await expect(page.locator('#sc-instance-list [role="option"]')).toHaveCount(gcpMemory.length + 1);
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('#sc-instance-list [role="option"].active').getAttribute('data-node-option');
    await expect(field(page)).toHaveAttribute('aria-activedescendant', /sc-instance-opt-/);
    await page.keyboard.press('Enter');
    await expect(field(page)).toHaveValue(second!);
    const node = CATALOGUE.find((n) => n.id === second)!;
    expect(node.cloud).toBe('gcp');
    await expect(scenarioField(page, 'Node RAM')).toHaveValue(String(node.ram));
    // Escape while typing puts the chosen node back and changes nothing.
    await field(page).focus();
    await page.keyboard.type('aws');
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue(second!);
    await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(new RegExp(`instance=${second}`));
  });

  test('an entry that names no node gets a message beside the field and keeps the numbers', async ({ page }) => {
    await page.goto('/split/');
    await hydrated(page, 'node-split');
    await field(page).fill('zz-not-a-node');
    await page.keyboard.press('Tab');
    await expect(page.locator('#sc-instance-msg')).toContainText('No node type matches');
    await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('main [data-prose][data-figure="split.node-ram"]').first()).toHaveAttribute('data-value', '28');
  });

  test('a pasted link restores a node of any cloud; a name the catalogue lacks is refused with the notice', async ({ page }) => {
    await page.goto('/split/?instance=n2-highmem-8');
    await settled(page);
    await expect(field(page)).toHaveValue('n2-highmem-8');
    await expect(scenarioField(page, 'Node RAM')).toHaveValue('64');
    await expect(page.locator('[data-scenario-summary]')).toContainText('n2-highmem-8');
    await page.goto('/split/?instance=Standard_XL_v9');
    await settled(page);
    const notice = page.locator('[data-scenario-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Standard_XL_v9');
    await expect(field(page)).toHaveValue('Standard_DS4_v2');
  });
});

test.describe('the planner over each cloud', () => {
  const card = (page: Page) => page.locator('[data-plan-model="essay"]');
  // The essay model's peaks (tests/e2e/plan.spec.ts works each out the same way).
  const collectPeak = ESSAY_BASE + 5 * GB + ARRAY;
  const streamPcaPeak = ESSAY_BASE + ARRAY + 50_000 * DIM * 8 + ROWS * 128 * 8;
  const rows2M = 2_000_000;
  const stream2MPeak = 0.5 * GB + (0.1 * GB * rows2M) / ROWS + Math.ceil(rows2M / 32) * 768 * 28 + rows2M * 768 * 8;
  const SCENARIOS = [
    { query: '', peak: collectPeak },
    { query: '&pipeline=stream', peak: streamPcaPeak },
    { query: '&rows=2000000&dim=768&dtype=f64&pipeline=stream&pca=none', peak: stream2MPeak },
  ];

  for (const cloud of ['aws', 'azure', 'gcp']) {
    test(`${cloud}: three jobs, each given the smallest ${cloud} node that holds its peak with headroom`, async ({ page }) => {
      for (const { query, peak } of SCENARIOS) {
        await page.goto(`/plan/?cloud=${cloud}${query}`);
        await settled(page);
        const want = smallestFitting(peak, { cloud });
        expect(want, `some ${cloud} node fits ${peak / GB} GB`).toBeDefined();
        await expect(card(page).locator('[data-plan-node]'), query).toHaveAttribute('data-plan-node', want!);
        await expect(page.locator('#plan-cloud')).toHaveValue(cloud);
      }
    });
  }

  test('a family narrows the candidates; one a cloud does not offer names no node; the table ranks those that fit first', async ({ page }) => {
    await page.goto('/plan/?cloud=aws&family=memory');
    await settled(page);
    await expect(card(page).locator('[data-plan-node]')).toHaveAttribute('data-plan-node', smallestFitting(collectPeak, { cloud: 'aws', family: 'memory' })!);
    // The table: the recommended node leads, every row is an AWS memory-optimised node.
    const memory = candidates({ cloud: 'aws', family: 'memory' });
    const first = page.locator('table[data-plan-nodes] tbody tr').first();
    await expect(first).toHaveAttribute('data-node', smallestFitting(collectPeak, { cloud: 'aws', family: 'memory' })!);
    for (const id of await page.locator('table[data-plan-nodes] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-node')))) {
      expect(memory.map((n) => n.id)).toContain(id);
    }
    await expect(page.locator('table[data-plan-nodes] tbody tr')).toHaveCount(Math.min(12, memory.length));
    await page.locator('[data-plan-list]').click();
    await expect(page).toHaveURL(/list=all/);
    await expect(page.locator('table[data-plan-nodes] tbody tr')).toHaveCount(memory.length);
    // Chosen with the select, written to the address.
    await page.locator('#plan-family').selectOption('storage');
    await expect(page).toHaveURL(/family=storage/);
    await page.locator('#plan-cloud').selectOption('gcp');
    await expect(card(page).locator('[data-plan-node]')).toHaveAttribute('data-plan-node', 'none');
    await expect(card(page)).toContainText('The catalogue has no storage-optimised Google Cloud nodes');
  });
});

test('the budget table keeps the essay’s five rows and offers the reader’s cloud beside them', async ({ page }) => {
  await page.goto('/budget/?instance=r5.xlarge');
  await settled(page);
  const cell = await hydrated(page, 'instance-reference');
  const ids = () => cell.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-instance')));
  const aws = candidates({ cloud: 'aws' }).map((n) => n.id);
  const shown = await ids();
  expect(shown.slice(0, 5)).toEqual(['Standard_DS3_v2', 'Standard_DS4_v2', 'Standard_DS5_v2', 'Standard_E4ds_v5', 'Standard_E8ds_v5']);
  expect(shown.slice(5)).toEqual(aws);
  await cell.locator('#ir-cloud').selectOption('gcp');
  await expect(page).toHaveURL(/beside=gcp/);
  await expect.poll(async () => (await ids()).slice(5)).toEqual(candidates({ cloud: 'gcp' }).map((n) => n.id));
});
