import { describe, expect, it } from 'vitest';
import { pinned } from '../../src/engine/pins';
import { DEFAULT_SCENARIO } from '../../src/engine/scenario';

describe('pinned', () => {
  const reader = { ...DEFAULT_SCENARIO, model: 'measured' as const, dtype: 'f64' as const, dim: 768 };

  it('overrides only the pinned model or dtype and keeps the reader’s other fields', () => {
    expect(pinned(reader, { model: 'essay' })).toEqual({ ...reader, model: 'essay' });
    expect(pinned(reader, { dtype: 'f32' })).toEqual({ ...reader, dtype: 'f32' });
    expect(pinned(reader, { model: 'essay', dtype: 'f16' })).toEqual({ ...reader, model: 'essay', dtype: 'f16' });
  });

  it('ignores what is not a model or a dtype (pins are read back from page attributes)', () => {
    expect(pinned(reader, {})).toBe(reader);
    expect(pinned(reader, { model: 'ESSAY', dtype: 'float32' })).toBe(reader);
    expect(pinned(reader, { model: '<script>', dtype: '' })).toBe(reader);
  });
});
