// The one owner of the query string (src/client/url-state.ts), with a stand-in for the address bar and
// the two real parameter groups: the scenario's fields and the planner's options. Expected values come
// from the contract: the parameter names (README), the essay's scenario (tests/fixtures/figures.json)
// and the planner's defaults (collect, chunked PCA: tests/e2e/plan.spec.ts).
import { describe, expect, it } from 'vitest';
import { createUrlState, type Address } from '../../src/client/url-state';
import { SCENARIO_PARAMS } from '../../src/client/scenario-store';
import { PLAN_OPTION_PARAMS } from '../../src/client/plan-options';
import { FIGURES_FIXTURE } from '../fixtures/readers';

const ESSAY = FIGURES_FIXTURE.scenario;
const PLANNER_PARAMS = ['pca', 'pipeline'];

/** An address bar that records what is written to it. */
function fakeAddress(search: string): Address & { writes: string[] } {
  const writes: string[] = [];
  return { search, writes, replace: (q) => void writes.push(q) };
}

describe('registration', () => {
  it('a group gets its value from the loaded address, the rest from its defaults', () => {
    const owner = createUrlState(fakeAddress('?rows=1000000&dtype=f64'));
    const s = owner.register(SCENARIO_PARAMS).get();
    expect(s).toMatchObject({ rows: 1_000_000, dtype: 'f64' });
    expect(s).toMatchObject({ instance: ESSAY.instance, ramGB: ESSAY.nodeRamGB, dim: ESSAY.dim, chunk: ESSAY.chunkRows, reduced: ESSAY.reducedDim, model: 'essay' });
    expect(owner.register(SCENARIO_PARAMS).issues).toEqual([]);
  });

  it('an address with nothing to drop is left as it is', () => {
    const address = fakeAddress('?dtype=f64&rows=1000000');
    const owner = createUrlState(address);
    owner.register(SCENARIO_PARAMS);
    expect(address.writes).toEqual([]);
    expect(owner.query()).toBe('dtype=f64&rows=1000000');
  });

  it('the same group registered twice shares one value; another group may not take its names', () => {
    const owner = createUrlState(fakeAddress('?rows=5'));
    const a = owner.register(SCENARIO_PARAMS);
    const b = owner.register(SCENARIO_PARAMS);
    a.set({ ...a.get(), rows: 7 });
    expect(b.get().rows).toBe(7);
    expect(() => owner.register({ ...PLAN_OPTION_PARAMS, names: ['pca', 'rows'] })).toThrow(/rows/);
  });
});

describe('what the load notice reports', () => {
  it('names unknown parameters once each, in the order the link gives them', () => {
    const owner = createUrlState(fakeAddress('?rows=10&utm_source=x&Rows=5&utm_source=y'));
    owner.register(SCENARIO_PARAMS);
    expect(owner.unknown()).toEqual(['utm_source', 'Rows']);
  });

  it('parameters a page declares are not unknown before their owner registers', () => {
    const search = '?rows=1000&pca=none&pipeline=stream&utm=1';
    const plan = createUrlState(fakeAddress(search), PLANNER_PARAMS);
    plan.register(SCENARIO_PARAMS);
    expect(plan.unknown()).toEqual(['utm']);
    // On a page that declares nothing and has no planner, they mean nothing.
    const chapter = createUrlState(fakeAddress(search));
    chapter.register(SCENARIO_PARAMS);
    expect(chapter.unknown()).toEqual(['pca', 'pipeline', 'utm']);
  });

  it('each group keeps the issues of its own parameters', () => {
    const owner = createUrlState(fakeAddress('?rows=%3Cscript%3E&dtype=f99&dim=768&pipeline=teleport'), PLANNER_PARAMS);
    const scenario = owner.register(SCENARIO_PARAMS);
    const plan = owner.register(PLAN_OPTION_PARAMS);
    expect(scenario.issues.map((i) => i.field)).toEqual(['rows', 'dtype']);
    expect(scenario.issues[0]?.value).toBe('<script>');
    expect(plan.issues.map((i) => i.field)).toEqual(['pipeline']);
    expect(scenario.get()).toMatchObject({ rows: ESSAY.rows, dtype: ESSAY.dtype, dim: 768 });
    expect(plan.get()).toMatchObject({ pca: 'chunked', pipeline: 'collect' });
  });
});

describe('writing the address', () => {
  it('drops what could not be used at once, keeping what took effect', () => {
    const address = fakeAddress('?rows=abc&dtype=f99&dim=768&colour=blue');
    const owner = createUrlState(address);
    owner.register(SCENARIO_PARAMS);
    expect(address.writes).toEqual(['dim=768']);
  });

  it('keeps a declared parameter as the link gave it until its owner registers', () => {
    const address = fakeAddress('?pca=none&rows=abc&utm=1');
    const owner = createUrlState(address, PLANNER_PARAMS);
    owner.register(SCENARIO_PARAMS);
    expect(address.writes).toEqual(['pca=none']);
  });

  it('writes the scenario in field order, then the page’s declared parameters, whoever registered first', () => {
    const address = fakeAddress('?pipeline=stream&pca=none');
    const owner = createUrlState(address, PLANNER_PARAMS);
    owner.register(PLAN_OPTION_PARAMS);
    const scenario = owner.register(SCENARIO_PARAMS);
    scenario.set({ ...scenario.get(), dtype: 'f64', dim: 768, rows: 2_000_000 });
    expect(address.writes).toEqual(['rows=2000000&dim=768&dtype=f64&pca=none&pipeline=stream']);
  });

  it('is the one writer: every change writes once, and subscribers see the query written', () => {
    const address = fakeAddress('');
    const owner = createUrlState(address, PLANNER_PARAMS);
    const scenario = owner.register(SCENARIO_PARAMS);
    const plan = owner.register(PLAN_OPTION_PARAMS);
    const seen: string[] = [];
    owner.subscribe((q) => seen.push(q));
    scenario.set({ ...scenario.get(), model: 'measured' });
    plan.set({ ...plan.get(), pipeline: 'stream' });
    expect(address.writes).toEqual(['model=measured', 'model=measured&pipeline=stream']);
    expect(seen).toEqual(address.writes);
    expect(owner.query()).toBe('model=measured&pipeline=stream');
  });
});

describe('reset', () => {
  it('puts every group back to its defaults in one write, then tells the reset listeners', () => {
    const address = fakeAddress('?rows=1000000&pca=none&pipeline=stream');
    const owner = createUrlState(address, PLANNER_PARAMS);
    const scenario = owner.register(SCENARIO_PARAMS);
    const plan = owner.register(PLAN_OPTION_PARAMS);
    const order: string[] = [];
    scenario.subscribe((s) => order.push(`scenario ${s.rows}`));
    plan.subscribe((o) => order.push(`plan ${o.pca} ${o.pipeline}`));
    owner.onReset(() => order.push('reset'));
    owner.reset();
    expect(address.writes).toEqual(['']);
    expect(order).toEqual([`scenario ${ESSAY.rows}`, 'plan chunked collect', 'reset']);
  });
});

describe('when the address is written', () => {
  it('a burst of changes is one write, made when the scheduler says; query() is new at once', () => {
    const address = fakeAddress('');
    let pending: (() => void) | null = null;
    const owner = createUrlState(address, [], (flush) => () => void (pending = flush));
    const scenario = owner.register(SCENARIO_PARAMS);
    const seen: string[] = [];
    owner.subscribe((q) => seen.push(q));
    scenario.set({ ...scenario.get(), rows: 1000 });
    scenario.set({ ...scenario.get(), rows: 10_000 });
    expect(owner.query()).toBe('rows=10000');
    expect(address.writes).toEqual([]);
    expect(seen).toEqual([]);
    pending!();
    expect(address.writes).toEqual(['rows=10000']);
    expect(seen).toEqual(['rows=10000']);
    // Nothing new since: a second run writes nothing.
    pending!();
    expect(address.writes).toEqual(['rows=10000']);
  });
});
