// fast-check generators of the engine's inputs, shared by the property tests.
import fc from 'fast-check';
import { INSTANCES } from '../../src/engine/instances.data';
import { FIELD_RULES, type Scenario } from '../../src/engine/scenario';
import { DTYPES } from '../../src/engine/units';
import { COMPUTES } from '../../src/engine/compute';

const catalogueNode = fc.constantFrom(...INSTANCES).map((i) => ({ instance: i.id, ramGB: i.ramGiB }));
const customNode = fc
  .double({ min: FIELD_RULES.ram.min, max: FIELD_RULES.ram.max, noNaN: true, noDefaultInfinity: true })
  .map((ramGB) => ({ instance: 'custom', ramGB }));

/** Any valid scenario: a catalogue or a custom node, anywhere inside the fields' limits. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    node: fc.oneof(catalogueNode, customNode),
    rows: fc.integer({ min: 1, max: 1e10 }),
    dim: fc.integer({ min: 1, max: 65_536 }),
    dtype: fc.constantFrom(...DTYPES),
    chunk: fc.integer({ min: 1, max: 1e10 }),
    reduced: fc.integer({ min: 1, max: 65_536 }),
    partitions: fc.integer({ min: 1, max: 1_000_000 }),
    // 0 is Spark's "no limit"; otherwise any size the field accepts.
    maxresult: fc.oneof(fc.constant(0), fc.double({ min: 0, max: FIELD_RULES.maxresult.max, noNaN: true, noDefaultInfinity: true })),
    notebooks: fc.integer({ min: 1, max: FIELD_RULES.notebooks.max }),
    // Uncalibrated (0) half the time; otherwise any heap, overhead and memory the fields accept, even a
    // JVM larger than the memory (Python's share is then 0).
    heap: fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: FIELD_RULES.heap.max, noNaN: true, noDefaultInfinity: true })),
    overhead: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true })),
    avail: fc.oneof(fc.constant(0), fc.double({ min: 0.5, max: FIELD_RULES.avail.max, noNaN: true, noDefaultInfinity: true })),
    compute: fc.constantFrom(...COMPUTES),
    model: fc.constantFrom('essay' as const, 'measured' as const),
  })
  .map(({ node, ...rest }) => ({ ...node, ...rest }));
