// /instances.json: the node catalogue for tools and scripts, built from the same data the pages size
// nodes with (src/engine/catalogue.data.ts), so the two never disagree. Publishing it checks every entry
// against the schema: a bad one fails the build, named.
import type { APIRoute } from 'astro';
import { CATALOGUE_DATA } from '../engine/catalogue.data';
import { checkCatalogue } from '../engine/catalogue-schema';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      checkCatalogue(CATALOGUE_DATA).map((n) => ({ cloud: n.cloud, name: n.name, vcpus: n.vcpus, memoryGiB: n.memoryGiB, family: n.family, series: n.series, source: n.source })),
      null,
      1,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
