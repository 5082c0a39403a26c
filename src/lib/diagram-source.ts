/**
 * Mermaid sources hold `{{figure-id}}` placeholders; the numbers come from the figure registry at the
 * essay's scenario. The same function feeds the renderer script and the build-time freshness check, so a
 * committed SVG whose numbers no longer match the engine fails the build.
 */
import { createHash } from 'node:crypto';
import { figure, hasFigure } from '../engine/figures';
import { DEFAULT_SCENARIO } from '../engine/scenario';

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_.-]+)\s*\}\}/g;

export function fillDiagram(source: string): string {
  return source.replace(PLACEHOLDER, (_, id: string) => {
    if (!hasFigure(id)) throw new Error(`Diagram placeholder {{${id}}} names no figure in src/engine/figures.ts`);
    return figure(id, DEFAULT_SCENARIO).text;
  });
}

export function sourceHash(filled: string): string {
  return createHash('sha256').update(filled).digest('hex').slice(0, 16);
}
