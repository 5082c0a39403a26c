// Notes beside a field whose good value reads oddly against another field (issue 18, item 7).
import { describe, expect, it } from 'vitest';
import { fieldNote } from '../../src/engine/field-notes';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';

const S = DEFAULT_SCENARIO;

describe('fieldNote', () => {
  it('flags more partitions than rows, with how many are empty', () => {
    expect(fieldNote('partitions', { ...S, rows: 312_000, partitions: 1_000_000 })).toBe(
      'More partitions than rows: 688,000 of them are empty, and each of the others holds one row.',
    );
    expect(fieldNote('partitions', { ...S, rows: 10, partitions: 10 })).toBeUndefined();
  });

  it('flags a chunk past the data and a reduced width past the embedding', () => {
    expect(fieldNote('chunk', { ...S, rows: 1000, chunk: 5000 })).toMatch(/whole data is one chunk/);
    expect(fieldNote('reduced', { ...S, dim: 64, reduced: 128 })).toMatch(/at most that many/);
  });

  it('says nothing for the essay scenario', () => {
    for (const f of ['ram', 'rows', 'dim', 'chunk', 'reduced', 'partitions'] as const) expect(fieldNote(f, S)).toBeUndefined();
  });
});
