/** Adapters from the engine's field parser to the shape NumberField expects. */
import { parseField, type FieldName } from '../../src/engine/scenario';
import type { Parse } from './NumberField.svelte';

export function scenarioParser(field: FieldName): Parse {
  return (raw) => {
    const r = parseField(field, raw);
    return r.ok ? { ok: true, value: Number(r.value) } : { ok: false, message: r.issue.message };
  };
}
