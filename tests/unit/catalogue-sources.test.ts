// The catalogue against its providers: vCPUs and memory copied by hand from each cited page, block by
// block, never from the data file. Each block also holds that the entries cite that page.
import { describe, expect, it } from 'vitest';
import { findInstance } from '../../src/engine/instances.data';

interface Block {
  url: string;
  /** name, vCPUs, memory as the page states it */
  rows: [string, number, number][];
}

// Amazon's tables, "Default vCPUs" and "Memory (GiB)".
const AWS: Block[] = [
  {
    url: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html',
    rows: [
      ['m5.large', 2, 8],
      ['m5.24xlarge', 96, 384],
      ['m5d.12xlarge', 48, 192],
      ['m6i.32xlarge', 128, 512],
    ],
  },
  {
    url: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html',
    rows: [
      ['r5.large', 2, 16],
      ['r5.8xlarge', 32, 256],
      ['r5d.24xlarge', 96, 768],
      ['r6i.32xlarge', 128, 1024],
    ],
  },
  {
    url: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/so.html',
    rows: [
      ['i3.large', 2, 15.25],
      ['i3.xlarge', 4, 30.5],
      ['i3.16xlarge', 64, 488],
    ],
  },
  {
    url: 'https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html',
    rows: [
      ['c5.9xlarge', 36, 72],
      ['c5.18xlarge', 72, 144],
      ['c5d.large', 2, 4],
      ['c6i.32xlarge', 128, 256],
    ],
  },
];

// Microsoft's per-series pages, vCPUs and memory.
const AZURE: Block[] = [
  {
    url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv2-series',
    rows: [
      ['Standard_DS3_v2', 4, 14],
      ['Standard_DS5_v2', 16, 56],
    ],
  },
  {
    url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/dv2-dsv2-series-memory',
    rows: [
      ['Standard_DS12_v2', 4, 28],
      ['Standard_DS15_v2', 20, 140],
    ],
  },
  { url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv3-series', rows: [['Standard_D64s_v3', 64, 256]] },
  {
    url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/ddsv5-series',
    rows: [
      ['Standard_D4ds_v5', 4, 16],
      ['Standard_D96ds_v5', 96, 384],
    ],
  },
  { url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/general-purpose/dsv5-series', rows: [['Standard_D48s_v5', 48, 192]] },
  {
    url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/ev3-esv3-series',
    rows: [
      ['Standard_E20s_v3', 20, 160],
      ['Standard_E64s_v3', 64, 432],
    ],
  },
  {
    url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/edsv5-series',
    rows: [
      ['Standard_E8ds_v5', 8, 64],
      ['Standard_E96ds_v5', 96, 672],
    ],
  },
  { url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/memory-optimized/esv5-series', rows: [['Standard_E96s_v5', 96, 672]] },
  { url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/storage-optimized/lsv2-series', rows: [['Standard_L80s_v2', 80, 640]] },
  { url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/storage-optimized/lsv3-series', rows: [['Standard_L8s_v3', 8, 64]] },
  {
    url: 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes/compute-optimized/fsv2-series',
    rows: [
      ['Standard_F2s_v2', 2, 4],
      ['Standard_F72s_v2', 72, 144],
    ],
  },
];

// Google's sizes, vCPUs and "Memory (GB)" (GB = 2^30 bytes on Compute Engine). Each block's url is the
// page the entries cite; its table could not be opened here, so each row names the Google page it was
// read in instead:
//   Cluster Director: https://docs.cloud.google.com/cluster-director/docs/compute (N2 standard table)
//   Vertex AI: https://cloud.google.com/vertex-ai/docs/predictions/configure-compute (machine types)
//   old machine-types: an older copy of https://cloud.google.com/compute/docs/machine-types
// A row marked "not read" was seen in no Google table: it still checks the catalogue, but its value is
// Google's ratio or Google's table as known, not a verified row.
const GCP: Block[] = [
  {
    url: 'https://cloud.google.com/compute/docs/general-purpose-machines',
    rows: [
      ['n1-standard-2', 2, 7.5], // old machine-types page; Vertex AI page
      ['n1-standard-4', 4, 15], // old machine-types page; Vertex AI page
      ['n1-standard-8', 8, 30], // old machine-types page; Vertex AI page
      ['n1-standard-16', 16, 60], // old machine-types page; Vertex AI page
      ['n1-standard-32', 32, 120], // old machine-types page; Vertex AI page
      ['n1-standard-64', 64, 240], // old machine-types page
      ['n1-standard-96', 96, 360], // not read: the 3.75 GB a vCPU of the old machine-types page
      ['n1-highmem-2', 2, 13], // Vertex AI page
      ['n1-highmem-4', 4, 26], // Vertex AI page
      ['n1-highmem-8', 8, 52], // Vertex AI page
      ['n1-highmem-16', 16, 104], // Vertex AI page
      ['n1-highmem-32', 32, 208], // Vertex AI page
      ['n1-highmem-96', 96, 624], // not read: N1's 6.5 GB a vCPU
      ['n2-standard-2', 2, 8], // Cluster Director page
      ['n2-standard-4', 4, 16], // Cluster Director page
      ['n2-standard-8', 8, 32], // Cluster Director page
      ['n2-standard-16', 16, 64], // Cluster Director page
      ['n2-standard-32', 32, 128], // Cluster Director page
      ['n2-standard-48', 48, 192], // Cluster Director page
      ['n2-standard-64', 64, 256], // Cluster Director page
      ['n2-standard-80', 80, 320], // Cluster Director page
      ['n2-highmem-16', 16, 128], // not read: 8 GB a vCPU only (Cluster Director page)
      ['n2-highcpu-32', 32, 32], // not read: 1 GB a vCPU only (Cluster Director page)
      ['n2d-standard-96', 96, 384], // not read in any Google page
    ],
  },
  {
    url: 'https://cloud.google.com/compute/docs/compute-optimized-machines',
    rows: [
      ['c2-standard-30', 30, 120], // not read in any Google page
      ['c2-standard-60', 60, 240], // not read in any Google page
    ],
  },
];

describe.each([
  ['aws', AWS],
  ['azure', AZURE],
  ['gcp', GCP],
] as const)('%s entries match the provider pages', (cloud, blocks) => {
  const rows = blocks.flatMap((b) => b.rows.map(([name, vcpus, memory]) => ({ url: b.url, name, vcpus, memory })));

  it('quotes at least ten sizes', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it.each(rows)('$name: $vcpus vCPUs, $memory of memory, from $url', ({ url, name, vcpus, memory }) => {
    const node = findInstance(name);
    expect(node, `${name} is missing from the catalogue`).toBeDefined();
    expect(node).toMatchObject({ cloud, cores: vcpus, ramGiB: memory, source: url });
  });
});
