/**
 * The reader's edits to the budget ledger, shared by the widgets of the budget chapter (the PCA planner
 * plans against the ledger's remainder, edits included). Widget-local by design: not part of the
 * scenario or the URL. ES modules are page-wide singletons, so every island on the page sees one copy.
 */
import { gbToBytes } from '../../src/engine/units';
import type { LedgerOptions, LedgerOverrides } from '../../src/engine/budget';

export const ledgerEdits = $state<{ metadataGB: number | undefined; interpreterGB: number | undefined; frameAlive: boolean }>({
  metadataGB: undefined,
  interpreterGB: undefined,
  frameAlive: false,
});

export function resetLedgerEdits(): void {
  ledgerEdits.metadataGB = undefined;
  ledgerEdits.interpreterGB = undefined;
  ledgerEdits.frameAlive = false;
}

/** The edits as the engine's budgetLedger(s, overrides, options) takes them (bytes). */
export function ledgerOverrides(): LedgerOverrides {
  const o: LedgerOverrides = {};
  if (ledgerEdits.metadataGB !== undefined) o.metadata = gbToBytes(ledgerEdits.metadataGB);
  if (ledgerEdits.interpreterGB !== undefined) o.interpreter = gbToBytes(ledgerEdits.interpreterGB);
  return o;
}

export function ledgerOptions(): LedgerOptions {
  return { frameAlive: ledgerEdits.frameAlive };
}

/** Whether any line differs from the model's. */
export function ledgerEdited(): boolean {
  return ledgerEdits.metadataGB !== undefined || ledgerEdits.interpreterGB !== undefined || ledgerEdits.frameAlive;
}
