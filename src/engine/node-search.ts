// What the node picker shows for what the reader typed: the catalogue narrowed by every word of the
// query, grouped by cloud and family in the catalogue's order. Pure, so the picker only renders it.
import { CLOUDS, FAMILIES, cloudLabel, familyLabel, type Cloud, type Family } from './catalogue';
import type { InstanceSpec } from './instances.data';

export interface NodeGroup {
  /** `${cloud}-${family}`, stable, for element ids. */
  key: string;
  cloud: Cloud;
  family: Family;
  /** "AWS · Memory optimised" */
  label: string;
  nodes: InstanceSpec[];
}


// A number, optionally followed by a memory unit: "64", "64gb", "64 GiB" (the unit as its own word too).
const RAM_WORD = /^(\d+(?:\.\d+)?)(?:gi?b?)?$/i;
const UNIT_WORD = /^gi?b$/i;

/** Whether one word of the query describes the node: part of its name, series, cloud or family, or its RAM. */
function wordMatches(word: string, n: InstanceSpec): boolean {
  const w = word.toLowerCase();
  const ram = RAM_WORD.exec(w);
  if (ram && Number(ram[1]) === n.ramGiB) return true;
  return (
    n.id.toLowerCase().includes(w) ||
    n.series.toLowerCase().includes(w) ||
    n.cloud === w ||
    cloudLabel(n.cloud).toLowerCase().includes(w) ||
    familyLabel(n.family).toLowerCase().startsWith(w)
  );
}

/** The nodes every word of `query` describes, in catalogue order; an empty query keeps them all. */
export function matchNodes(query: string, nodes: readonly InstanceSpec[]): InstanceSpec[] {
  const words = query.trim().split(/\s+/).filter((w) => w !== '' && !UNIT_WORD.test(w));
  if (words.length === 0) return [...nodes];
  return nodes.filter((n) => words.every((w) => wordMatches(w, n)));
}

/** The nodes grouped by cloud, then family, in the order CLOUDS and FAMILIES list them; empty groups left out. */
export function groupNodes(nodes: readonly InstanceSpec[]): NodeGroup[] {
  const groups: NodeGroup[] = [];
  for (const c of CLOUDS) {
    for (const f of FAMILIES) {
      const inGroup = nodes.filter((n) => n.cloud === c.id && n.family === f.id);
      if (inGroup.length > 0) groups.push({ key: `${c.id}-${f.id}`, cloud: c.id, family: f.id, label: `${c.label} · ${f.label}`, nodes: inGroup });
    }
  }
  return groups;
}

/** The node a finished entry names: its exact name, whatever the case. */
export function exactNode(text: string, nodes: readonly InstanceSpec[]): InstanceSpec | undefined {
  const t = text.trim().toLowerCase();
  return nodes.find((n) => n.id.toLowerCase() === t);
}
