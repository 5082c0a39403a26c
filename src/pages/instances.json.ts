// /instances.json: the node catalogue for tools and scripts, built from the same module the pages
// size nodes with (src/engine/catalogue.ts), so the two never disagree.
import type { APIRoute } from 'astro';
import { NODE_CATALOGUE } from '../engine/catalogue';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      NODE_CATALOGUE.map((n) => ({ cloud: n.cloud, name: n.name, vcpus: n.vcpus, memoryGiB: n.memoryGiB, family: n.family, series: n.series, source: n.source })),
      null,
      1,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
