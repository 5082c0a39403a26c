/**
 * The reader's edits to the budget ledger, shared by the widgets of the budget chapter (the PCA planner
 * plans against the ledger's remainder, edits included). They live in the address (`meta`, `interp`,
 * `frame`; src/engine/page-params.ts), so a copied link carries them, and Reset to essay clears them
 * with the scenario. ES modules are page-wide singletons, so every island on the page sees one copy.
 */
import { gbToBytes } from '../../src/engine/units';
import type { LedgerOptions, LedgerOverrides } from '../../src/engine/budget';
import { LEDGER_PARAMS } from '../../src/engine/budget';
import type { LedgerEdits } from '../../src/engine/figures-budget';
import type { ParamValues } from '../../src/engine/page-params';
import { mountedFlag } from '../../src/client/mounted.svelte';
import { pageParams } from '../../src/client/page-params.svelte';

type Edits = ParamValues<typeof LEDGER_PARAMS>;
const settings = pageParams(LEDGER_PARAMS);

// The address's edits; widgets count them only once mounted, so hydration matches the server's HTML.
let edits = $state.raw<Edits>(settings.get());
settings.subscribe((v) => (edits = v));

export const ledgerEdits = {
  get metadataGB() {
    return edits.meta;
  },
  get interpreterGB() {
    return edits.interp;
  },
  get frameAlive() {
    return edits.frame;
  },
};

export function editLedger(patch: Partial<Edits>): void {
  settings.set({ ...settings.get(), ...patch });
}

/** The edits as the engine's budgetLedger(s, overrides, options) takes them (bytes). */
export function ledgerOverrides(): LedgerOverrides {
  const o: LedgerOverrides = {};
  if (edits.meta !== undefined) o.metadata = gbToBytes(edits.meta);
  if (edits.interp !== undefined) o.interpreter = gbToBytes(edits.interp);
  return o;
}

export function ledgerOptions(): LedgerOptions {
  return { frameAlive: edits.frame };
}

/** Whether any line differs from the model's. */
export function ledgerEdited(): boolean {
  return edits.meta !== undefined || edits.interp !== undefined || edits.frame;
}

const UNEDITED: LedgerEdits = { overrides: {}, options: {} };

export interface MountedEdits {
  /** The edits as the ledger figures take them (figures-budget.ts), none until mounted. */
  readonly value: LedgerEdits;
  readonly mounted: boolean;
  readonly edited: boolean;
}

/**
 * The edits as a widget applies them: none while it hydrates, since the server rendered the model's
 * ledger, the address's once mounted. Call during component initialisation (it registers an onMount).
 */
export function mountedEdits(): MountedEdits {
  const mounted = mountedFlag();
  return {
    get value() {
      return mounted.value ? { overrides: ledgerOverrides(), options: ledgerOptions() } : UNEDITED;
    },
    get mounted() {
      return mounted.value;
    },
    get edited() {
      return mounted.value && ledgerEdited();
    },
  };
}
