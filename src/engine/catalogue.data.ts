// The node catalogue's entries: plain objects, no logic (catalogue.ts checks them when the site is built).
// Numbers are as each provider's size table states them, grouped by cloud and series, each series with
// the page it comes from. Which pages were read, and how, is said above each cloud's block.
import type { CatalogueEntry } from './catalogue';

// AWS: Amazon's instance-type tables (vCPUs, "Memory (GiB)"). Read in the source of the EC2 user guide
// (awsdocs/amazon-ec2-user-guide, doc_source/{general-purpose,memory-optimized,storage-optimized,
// compute-optimized}-instances.md at d289961), whose tables now live at the addresses below.
// Databricks' flexible node type reference for AWS (docs.databricks.com/aws/en/compute/flexible-node-type-instances)
// lists c5 with c6i as its fallback; the rest of that list could not be read here, so the other series
// are the well-known families Databricks offers. A workspace's own list (Clusters API list-node-types)
// is the authority on what it can launch.
const AWS_GP = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html';
const AWS_MO = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html';
const AWS_SO = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/so.html';
const AWS_CO = 'https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html';

// Azure: Microsoft's per-series size pages (read in the source of the pages, MicrosoftDocs/azure-compute-docs,
// articles/virtual-machines/sizes/...). Azure Databricks' flexible node type reference
// (learn.microsoft.com/azure/databricks/compute/flexible-node-type-instances) lists D*_v2, D*s_v3, D*ds_v5
// and D*ds_v4 sizes among others; the rest of it could not be read here.
const AZURE_SIZES = 'https://learn.microsoft.com/en-us/azure/virtual-machines/sizes';
const AZ_DSV2 = `${AZURE_SIZES}/general-purpose/dsv2-series`;
const AZ_DSV2_MEM = `${AZURE_SIZES}/memory-optimized/dv2-dsv2-series-memory`;
const AZ_DSV3 = `${AZURE_SIZES}/general-purpose/dsv3-series`;
const AZ_DDSV5 = `${AZURE_SIZES}/general-purpose/ddsv5-series`;
const AZ_DSV5 = `${AZURE_SIZES}/general-purpose/dsv5-series`;
const AZ_ESV3 = `${AZURE_SIZES}/memory-optimized/ev3-esv3-series`;
const AZ_EDSV5 = `${AZURE_SIZES}/memory-optimized/edsv5-series`;
const AZ_ESV5 = `${AZURE_SIZES}/memory-optimized/esv5-series`;
const AZ_LSV2 = `${AZURE_SIZES}/storage-optimized/lsv2-series`;
const AZ_LSV3 = `${AZURE_SIZES}/storage-optimized/lsv3-series`;
const AZ_FSV2 = `${AZURE_SIZES}/compute-optimized/fsv2-series`;

// Google Cloud: Google states memory in GB and, for Compute Engine, counts a GB as 2^30 bytes. The entries
// cite Google's machine-family pages, whose size tables could not be opened here: only the opening of a
// stored copy of each Google page was readable. What was checked, all against Google's own pages:
// - n2-standard-2 to -80: every row read in the N2 standard table of
//   docs.cloud.google.com/cluster-director/docs/compute, which also gives 8 GB a vCPU for N2 highmem,
//   1 GB for highcpu and 2 to 128 vCPUs for N2 (so n2-highmem and n2-highcpu agree with that ratio; no
//   row of theirs was read).
// - n1-standard-2 to -64: rows read in an older stored copy of cloud.google.com/compute/docs/machine-types
//   (3.75 GB a vCPU); -2 to -32 again in cloud.google.com/vertex-ai/docs/predictions/configure-compute.
// - n1-highmem-2 to -32: rows read in that Vertex AI page. n1-standard-96 and n1-highmem-64 and -96 only
//   agree with the N1 ratios and the 96-vCPU N1 ceiling Google's machine-types summary gives.
// - n2d-standard and c2-standard: no Google row and no Google ratio for them was read; they remain
//   Google's published table as known. Nothing read contradicted any entry.
// Databricks' GCP flexible node type reference (docs.databricks.com/gcp/en/compute/flexible-node-type-instances)
// lists c2-standard-4 to -60 with n2-standard and n2d-standard fallbacks. No storage-optimised family: see
// CLOUDS in catalogue.ts.
const GCP_GP = 'https://cloud.google.com/compute/docs/general-purpose-machines';
const GCP_CO = 'https://cloud.google.com/compute/docs/compute-optimized-machines';

export const CATALOGUE_DATA: readonly CatalogueEntry[] = [
  // -- AWS --
  // m5: general purpose, 4 GiB per vCPU (Amazon's general purpose table).
  { cloud: 'aws', name: 'm5.large', vcpus: 2, memoryGiB: 8, family: 'general', series: 'm5', source: AWS_GP },
  { cloud: 'aws', name: 'm5.xlarge', vcpus: 4, memoryGiB: 16, family: 'general', series: 'm5', source: AWS_GP },
  { cloud: 'aws', name: 'm5.2xlarge', vcpus: 8, memoryGiB: 32, family: 'general', series: 'm5', source: AWS_GP },
  { cloud: 'aws', name: 'm5.4xlarge', vcpus: 16, memoryGiB: 64, family: 'general', series: 'm5', source: AWS_GP },
  { cloud: 'aws', name: 'm5.8xlarge', vcpus: 32, memoryGiB: 128, family: 'general', series: 'm5', source: AWS_GP },
  { cloud: 'aws', name: 'm5.12xlarge', vcpus: 48, memoryGiB: 192, family: 'general', series: 'm5', source: AWS_GP },
  { cloud: 'aws', name: 'm5.16xlarge', vcpus: 64, memoryGiB: 256, family: 'general', series: 'm5', source: AWS_GP },
  { cloud: 'aws', name: 'm5.24xlarge', vcpus: 96, memoryGiB: 384, family: 'general', series: 'm5', source: AWS_GP },
  // m5d: m5 with local NVMe SSD, same vCPUs and memory (general purpose table).
  { cloud: 'aws', name: 'm5d.large', vcpus: 2, memoryGiB: 8, family: 'general', series: 'm5d', source: AWS_GP },
  { cloud: 'aws', name: 'm5d.xlarge', vcpus: 4, memoryGiB: 16, family: 'general', series: 'm5d', source: AWS_GP },
  { cloud: 'aws', name: 'm5d.2xlarge', vcpus: 8, memoryGiB: 32, family: 'general', series: 'm5d', source: AWS_GP },
  { cloud: 'aws', name: 'm5d.4xlarge', vcpus: 16, memoryGiB: 64, family: 'general', series: 'm5d', source: AWS_GP },
  { cloud: 'aws', name: 'm5d.8xlarge', vcpus: 32, memoryGiB: 128, family: 'general', series: 'm5d', source: AWS_GP },
  { cloud: 'aws', name: 'm5d.12xlarge', vcpus: 48, memoryGiB: 192, family: 'general', series: 'm5d', source: AWS_GP },
  { cloud: 'aws', name: 'm5d.16xlarge', vcpus: 64, memoryGiB: 256, family: 'general', series: 'm5d', source: AWS_GP },
  { cloud: 'aws', name: 'm5d.24xlarge', vcpus: 96, memoryGiB: 384, family: 'general', series: 'm5d', source: AWS_GP },
  // m6i: Ice Lake general purpose, up to 32xlarge (general purpose table).
  { cloud: 'aws', name: 'm6i.large', vcpus: 2, memoryGiB: 8, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.xlarge', vcpus: 4, memoryGiB: 16, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.2xlarge', vcpus: 8, memoryGiB: 32, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.4xlarge', vcpus: 16, memoryGiB: 64, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.8xlarge', vcpus: 32, memoryGiB: 128, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.12xlarge', vcpus: 48, memoryGiB: 192, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.16xlarge', vcpus: 64, memoryGiB: 256, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.24xlarge', vcpus: 96, memoryGiB: 384, family: 'general', series: 'm6i', source: AWS_GP },
  { cloud: 'aws', name: 'm6i.32xlarge', vcpus: 128, memoryGiB: 512, family: 'general', series: 'm6i', source: AWS_GP },
  // r5: memory optimised, 8 GiB per vCPU (Amazon's memory optimized table).
  { cloud: 'aws', name: 'r5.large', vcpus: 2, memoryGiB: 16, family: 'memory', series: 'r5', source: AWS_MO },
  { cloud: 'aws', name: 'r5.xlarge', vcpus: 4, memoryGiB: 32, family: 'memory', series: 'r5', source: AWS_MO },
  { cloud: 'aws', name: 'r5.2xlarge', vcpus: 8, memoryGiB: 64, family: 'memory', series: 'r5', source: AWS_MO },
  { cloud: 'aws', name: 'r5.4xlarge', vcpus: 16, memoryGiB: 128, family: 'memory', series: 'r5', source: AWS_MO },
  { cloud: 'aws', name: 'r5.8xlarge', vcpus: 32, memoryGiB: 256, family: 'memory', series: 'r5', source: AWS_MO },
  { cloud: 'aws', name: 'r5.12xlarge', vcpus: 48, memoryGiB: 384, family: 'memory', series: 'r5', source: AWS_MO },
  { cloud: 'aws', name: 'r5.16xlarge', vcpus: 64, memoryGiB: 512, family: 'memory', series: 'r5', source: AWS_MO },
  { cloud: 'aws', name: 'r5.24xlarge', vcpus: 96, memoryGiB: 768, family: 'memory', series: 'r5', source: AWS_MO },
  // r5d: r5 with local NVMe SSD (memory optimized table).
  { cloud: 'aws', name: 'r5d.large', vcpus: 2, memoryGiB: 16, family: 'memory', series: 'r5d', source: AWS_MO },
  { cloud: 'aws', name: 'r5d.xlarge', vcpus: 4, memoryGiB: 32, family: 'memory', series: 'r5d', source: AWS_MO },
  { cloud: 'aws', name: 'r5d.2xlarge', vcpus: 8, memoryGiB: 64, family: 'memory', series: 'r5d', source: AWS_MO },
  { cloud: 'aws', name: 'r5d.4xlarge', vcpus: 16, memoryGiB: 128, family: 'memory', series: 'r5d', source: AWS_MO },
  { cloud: 'aws', name: 'r5d.8xlarge', vcpus: 32, memoryGiB: 256, family: 'memory', series: 'r5d', source: AWS_MO },
  { cloud: 'aws', name: 'r5d.12xlarge', vcpus: 48, memoryGiB: 384, family: 'memory', series: 'r5d', source: AWS_MO },
  { cloud: 'aws', name: 'r5d.16xlarge', vcpus: 64, memoryGiB: 512, family: 'memory', series: 'r5d', source: AWS_MO },
  { cloud: 'aws', name: 'r5d.24xlarge', vcpus: 96, memoryGiB: 768, family: 'memory', series: 'r5d', source: AWS_MO },
  // r6i: Ice Lake memory optimised, up to 32xlarge (memory optimized table).
  { cloud: 'aws', name: 'r6i.large', vcpus: 2, memoryGiB: 16, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.xlarge', vcpus: 4, memoryGiB: 32, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.2xlarge', vcpus: 8, memoryGiB: 64, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.4xlarge', vcpus: 16, memoryGiB: 128, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.8xlarge', vcpus: 32, memoryGiB: 256, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.12xlarge', vcpus: 48, memoryGiB: 384, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.16xlarge', vcpus: 64, memoryGiB: 512, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.24xlarge', vcpus: 96, memoryGiB: 768, family: 'memory', series: 'r6i', source: AWS_MO },
  { cloud: 'aws', name: 'r6i.32xlarge', vcpus: 128, memoryGiB: 1024, family: 'memory', series: 'r6i', source: AWS_MO },
  // i3: storage optimised with NVMe SSD, 7.625 GiB per vCPU (storage optimized table); i3.xlarge is the
  // node Databricks' Terraform provider falls back to on AWS.
  { cloud: 'aws', name: 'i3.large', vcpus: 2, memoryGiB: 15.25, family: 'storage', series: 'i3', source: AWS_SO },
  { cloud: 'aws', name: 'i3.xlarge', vcpus: 4, memoryGiB: 30.5, family: 'storage', series: 'i3', source: AWS_SO },
  { cloud: 'aws', name: 'i3.2xlarge', vcpus: 8, memoryGiB: 61, family: 'storage', series: 'i3', source: AWS_SO },
  { cloud: 'aws', name: 'i3.4xlarge', vcpus: 16, memoryGiB: 122, family: 'storage', series: 'i3', source: AWS_SO },
  { cloud: 'aws', name: 'i3.8xlarge', vcpus: 32, memoryGiB: 244, family: 'storage', series: 'i3', source: AWS_SO },
  { cloud: 'aws', name: 'i3.16xlarge', vcpus: 64, memoryGiB: 488, family: 'storage', series: 'i3', source: AWS_SO },
  // c5: compute optimised, 2 GiB per vCPU; its sizes run 9x/18x where others run 8x/16x (compute optimized
  // table). Databricks' flexible node type reference lists the c5 family.
  { cloud: 'aws', name: 'c5.large', vcpus: 2, memoryGiB: 4, family: 'compute', series: 'c5', source: AWS_CO },
  { cloud: 'aws', name: 'c5.xlarge', vcpus: 4, memoryGiB: 8, family: 'compute', series: 'c5', source: AWS_CO },
  { cloud: 'aws', name: 'c5.2xlarge', vcpus: 8, memoryGiB: 16, family: 'compute', series: 'c5', source: AWS_CO },
  { cloud: 'aws', name: 'c5.4xlarge', vcpus: 16, memoryGiB: 32, family: 'compute', series: 'c5', source: AWS_CO },
  { cloud: 'aws', name: 'c5.9xlarge', vcpus: 36, memoryGiB: 72, family: 'compute', series: 'c5', source: AWS_CO },
  { cloud: 'aws', name: 'c5.12xlarge', vcpus: 48, memoryGiB: 96, family: 'compute', series: 'c5', source: AWS_CO },
  { cloud: 'aws', name: 'c5.18xlarge', vcpus: 72, memoryGiB: 144, family: 'compute', series: 'c5', source: AWS_CO },
  { cloud: 'aws', name: 'c5.24xlarge', vcpus: 96, memoryGiB: 192, family: 'compute', series: 'c5', source: AWS_CO },
  // c5d: c5 with local NVMe SSD (compute optimized table).
  { cloud: 'aws', name: 'c5d.large', vcpus: 2, memoryGiB: 4, family: 'compute', series: 'c5d', source: AWS_CO },
  { cloud: 'aws', name: 'c5d.xlarge', vcpus: 4, memoryGiB: 8, family: 'compute', series: 'c5d', source: AWS_CO },
  { cloud: 'aws', name: 'c5d.2xlarge', vcpus: 8, memoryGiB: 16, family: 'compute', series: 'c5d', source: AWS_CO },
  { cloud: 'aws', name: 'c5d.4xlarge', vcpus: 16, memoryGiB: 32, family: 'compute', series: 'c5d', source: AWS_CO },
  { cloud: 'aws', name: 'c5d.9xlarge', vcpus: 36, memoryGiB: 72, family: 'compute', series: 'c5d', source: AWS_CO },
  { cloud: 'aws', name: 'c5d.12xlarge', vcpus: 48, memoryGiB: 96, family: 'compute', series: 'c5d', source: AWS_CO },
  { cloud: 'aws', name: 'c5d.18xlarge', vcpus: 72, memoryGiB: 144, family: 'compute', series: 'c5d', source: AWS_CO },
  { cloud: 'aws', name: 'c5d.24xlarge', vcpus: 96, memoryGiB: 192, family: 'compute', series: 'c5d', source: AWS_CO },
  // c6i: Ice Lake compute optimised, up to 32xlarge (compute optimized table); Databricks names it a
  // fallback for c5.
  { cloud: 'aws', name: 'c6i.large', vcpus: 2, memoryGiB: 4, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.xlarge', vcpus: 4, memoryGiB: 8, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.2xlarge', vcpus: 8, memoryGiB: 16, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.4xlarge', vcpus: 16, memoryGiB: 32, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.8xlarge', vcpus: 32, memoryGiB: 64, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.12xlarge', vcpus: 48, memoryGiB: 96, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.16xlarge', vcpus: 64, memoryGiB: 128, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.24xlarge', vcpus: 96, memoryGiB: 192, family: 'compute', series: 'c6i', source: AWS_CO },
  { cloud: 'aws', name: 'c6i.32xlarge', vcpus: 128, memoryGiB: 256, family: 'compute', series: 'c6i', source: AWS_CO },
  // -- Azure --
  // DSv2 (1–5): general purpose, 3.5 GiB per vCPU (Microsoft's Dsv2 page). DS3_v2, DS4_v2 and DS5_v2 are
  // three of the essay's five nodes.
  { cloud: 'azure', name: 'Standard_DS3_v2', vcpus: 4, memoryGiB: 14, family: 'general', series: 'DSv2', source: AZ_DSV2 },
  { cloud: 'azure', name: 'Standard_DS4_v2', vcpus: 8, memoryGiB: 28, family: 'general', series: 'DSv2', source: AZ_DSV2 },
  { cloud: 'azure', name: 'Standard_DS5_v2', vcpus: 16, memoryGiB: 56, family: 'general', series: 'DSv2', source: AZ_DSV2 },
  // DSv2 11–15: memory optimised, 7 GiB per vCPU (Microsoft's memory optimized Dv2/DSv2 page).
  { cloud: 'azure', name: 'Standard_DS11_v2', vcpus: 2, memoryGiB: 14, family: 'memory', series: 'DSv2 11-15', source: AZ_DSV2_MEM },
  { cloud: 'azure', name: 'Standard_DS12_v2', vcpus: 4, memoryGiB: 28, family: 'memory', series: 'DSv2 11-15', source: AZ_DSV2_MEM },
  { cloud: 'azure', name: 'Standard_DS13_v2', vcpus: 8, memoryGiB: 56, family: 'memory', series: 'DSv2 11-15', source: AZ_DSV2_MEM },
  { cloud: 'azure', name: 'Standard_DS14_v2', vcpus: 16, memoryGiB: 112, family: 'memory', series: 'DSv2 11-15', source: AZ_DSV2_MEM },
  { cloud: 'azure', name: 'Standard_DS15_v2', vcpus: 20, memoryGiB: 140, family: 'memory', series: 'DSv2 11-15', source: AZ_DSV2_MEM },
  // Dsv3: general purpose, 4 GiB per vCPU (Microsoft's Dsv3 page).
  { cloud: 'azure', name: 'Standard_D2s_v3', vcpus: 2, memoryGiB: 8, family: 'general', series: 'Dsv3', source: AZ_DSV3 },
  { cloud: 'azure', name: 'Standard_D4s_v3', vcpus: 4, memoryGiB: 16, family: 'general', series: 'Dsv3', source: AZ_DSV3 },
  { cloud: 'azure', name: 'Standard_D8s_v3', vcpus: 8, memoryGiB: 32, family: 'general', series: 'Dsv3', source: AZ_DSV3 },
  { cloud: 'azure', name: 'Standard_D16s_v3', vcpus: 16, memoryGiB: 64, family: 'general', series: 'Dsv3', source: AZ_DSV3 },
  { cloud: 'azure', name: 'Standard_D32s_v3', vcpus: 32, memoryGiB: 128, family: 'general', series: 'Dsv3', source: AZ_DSV3 },
  { cloud: 'azure', name: 'Standard_D48s_v3', vcpus: 48, memoryGiB: 192, family: 'general', series: 'Dsv3', source: AZ_DSV3 },
  { cloud: 'azure', name: 'Standard_D64s_v3', vcpus: 64, memoryGiB: 256, family: 'general', series: 'Dsv3', source: AZ_DSV3 },
  // Ddsv5: general purpose with local temp disk, 4 GiB per vCPU (Microsoft's Ddsv5 page).
  { cloud: 'azure', name: 'Standard_D2ds_v5', vcpus: 2, memoryGiB: 8, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  { cloud: 'azure', name: 'Standard_D4ds_v5', vcpus: 4, memoryGiB: 16, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  { cloud: 'azure', name: 'Standard_D8ds_v5', vcpus: 8, memoryGiB: 32, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  { cloud: 'azure', name: 'Standard_D16ds_v5', vcpus: 16, memoryGiB: 64, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  { cloud: 'azure', name: 'Standard_D32ds_v5', vcpus: 32, memoryGiB: 128, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  { cloud: 'azure', name: 'Standard_D48ds_v5', vcpus: 48, memoryGiB: 192, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  { cloud: 'azure', name: 'Standard_D64ds_v5', vcpus: 64, memoryGiB: 256, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  { cloud: 'azure', name: 'Standard_D96ds_v5', vcpus: 96, memoryGiB: 384, family: 'general', series: 'Ddsv5', source: AZ_DDSV5 },
  // Dsv5: general purpose without local disk, 4 GiB per vCPU (Microsoft's Dsv5 page).
  { cloud: 'azure', name: 'Standard_D2s_v5', vcpus: 2, memoryGiB: 8, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  { cloud: 'azure', name: 'Standard_D4s_v5', vcpus: 4, memoryGiB: 16, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  { cloud: 'azure', name: 'Standard_D8s_v5', vcpus: 8, memoryGiB: 32, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  { cloud: 'azure', name: 'Standard_D16s_v5', vcpus: 16, memoryGiB: 64, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  { cloud: 'azure', name: 'Standard_D32s_v5', vcpus: 32, memoryGiB: 128, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  { cloud: 'azure', name: 'Standard_D48s_v5', vcpus: 48, memoryGiB: 192, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  { cloud: 'azure', name: 'Standard_D64s_v5', vcpus: 64, memoryGiB: 256, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  { cloud: 'azure', name: 'Standard_D96s_v5', vcpus: 96, memoryGiB: 384, family: 'general', series: 'Dsv5', source: AZ_DSV5 },
  // Esv3: memory optimised, 8 GiB per vCPU except E64s_v3's 432 (Microsoft's Ev3/Esv3 page; the isolated
  // E64is_v3 is left out).
  { cloud: 'azure', name: 'Standard_E2s_v3', vcpus: 2, memoryGiB: 16, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  { cloud: 'azure', name: 'Standard_E4s_v3', vcpus: 4, memoryGiB: 32, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  { cloud: 'azure', name: 'Standard_E8s_v3', vcpus: 8, memoryGiB: 64, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  { cloud: 'azure', name: 'Standard_E16s_v3', vcpus: 16, memoryGiB: 128, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  { cloud: 'azure', name: 'Standard_E20s_v3', vcpus: 20, memoryGiB: 160, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  { cloud: 'azure', name: 'Standard_E32s_v3', vcpus: 32, memoryGiB: 256, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  { cloud: 'azure', name: 'Standard_E48s_v3', vcpus: 48, memoryGiB: 384, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  { cloud: 'azure', name: 'Standard_E64s_v3', vcpus: 64, memoryGiB: 432, family: 'memory', series: 'Esv3', source: AZ_ESV3 },
  // Edsv5: memory optimised with local temp disk, 8 GiB per vCPU except E96ds_v5's 672 (Microsoft's
  // Edsv5 page; the isolated E104ids_v5 is left out). E4ds_v5 and E8ds_v5 are the essay's.
  { cloud: 'azure', name: 'Standard_E2ds_v5', vcpus: 2, memoryGiB: 16, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E4ds_v5', vcpus: 4, memoryGiB: 32, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E8ds_v5', vcpus: 8, memoryGiB: 64, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E16ds_v5', vcpus: 16, memoryGiB: 128, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E20ds_v5', vcpus: 20, memoryGiB: 160, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E32ds_v5', vcpus: 32, memoryGiB: 256, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E48ds_v5', vcpus: 48, memoryGiB: 384, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E64ds_v5', vcpus: 64, memoryGiB: 512, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  { cloud: 'azure', name: 'Standard_E96ds_v5', vcpus: 96, memoryGiB: 672, family: 'memory', series: 'Edsv5', source: AZ_EDSV5 },
  // Esv5: memory optimised without local disk, 8 GiB per vCPU except E96s_v5's 672 (Microsoft's Esv5 page;
  // the isolated E104is_v5 is left out).
  { cloud: 'azure', name: 'Standard_E2s_v5', vcpus: 2, memoryGiB: 16, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E4s_v5', vcpus: 4, memoryGiB: 32, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E8s_v5', vcpus: 8, memoryGiB: 64, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E16s_v5', vcpus: 16, memoryGiB: 128, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E20s_v5', vcpus: 20, memoryGiB: 160, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E32s_v5', vcpus: 32, memoryGiB: 256, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E48s_v5', vcpus: 48, memoryGiB: 384, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E64s_v5', vcpus: 64, memoryGiB: 512, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  { cloud: 'azure', name: 'Standard_E96s_v5', vcpus: 96, memoryGiB: 672, family: 'memory', series: 'Esv5', source: AZ_ESV5 },
  // Lsv2: storage optimised with local NVMe, 8 GiB per vCPU (Microsoft's Lsv2 page).
  { cloud: 'azure', name: 'Standard_L8s_v2', vcpus: 8, memoryGiB: 64, family: 'storage', series: 'Lsv2', source: AZ_LSV2 },
  { cloud: 'azure', name: 'Standard_L16s_v2', vcpus: 16, memoryGiB: 128, family: 'storage', series: 'Lsv2', source: AZ_LSV2 },
  { cloud: 'azure', name: 'Standard_L32s_v2', vcpus: 32, memoryGiB: 256, family: 'storage', series: 'Lsv2', source: AZ_LSV2 },
  { cloud: 'azure', name: 'Standard_L48s_v2', vcpus: 48, memoryGiB: 384, family: 'storage', series: 'Lsv2', source: AZ_LSV2 },
  { cloud: 'azure', name: 'Standard_L64s_v2', vcpus: 64, memoryGiB: 512, family: 'storage', series: 'Lsv2', source: AZ_LSV2 },
  { cloud: 'azure', name: 'Standard_L80s_v2', vcpus: 80, memoryGiB: 640, family: 'storage', series: 'Lsv2', source: AZ_LSV2 },
  // Lsv3: storage optimised with local NVMe, 8 GiB per vCPU (Microsoft's Lsv3 page).
  { cloud: 'azure', name: 'Standard_L8s_v3', vcpus: 8, memoryGiB: 64, family: 'storage', series: 'Lsv3', source: AZ_LSV3 },
  { cloud: 'azure', name: 'Standard_L16s_v3', vcpus: 16, memoryGiB: 128, family: 'storage', series: 'Lsv3', source: AZ_LSV3 },
  { cloud: 'azure', name: 'Standard_L32s_v3', vcpus: 32, memoryGiB: 256, family: 'storage', series: 'Lsv3', source: AZ_LSV3 },
  { cloud: 'azure', name: 'Standard_L48s_v3', vcpus: 48, memoryGiB: 384, family: 'storage', series: 'Lsv3', source: AZ_LSV3 },
  { cloud: 'azure', name: 'Standard_L64s_v3', vcpus: 64, memoryGiB: 512, family: 'storage', series: 'Lsv3', source: AZ_LSV3 },
  { cloud: 'azure', name: 'Standard_L80s_v3', vcpus: 80, memoryGiB: 640, family: 'storage', series: 'Lsv3', source: AZ_LSV3 },
  // Fsv2: compute optimised, 2 GiB per vCPU (Microsoft's Fsv2 page).
  { cloud: 'azure', name: 'Standard_F2s_v2', vcpus: 2, memoryGiB: 4, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  { cloud: 'azure', name: 'Standard_F4s_v2', vcpus: 4, memoryGiB: 8, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  { cloud: 'azure', name: 'Standard_F8s_v2', vcpus: 8, memoryGiB: 16, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  { cloud: 'azure', name: 'Standard_F16s_v2', vcpus: 16, memoryGiB: 32, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  { cloud: 'azure', name: 'Standard_F32s_v2', vcpus: 32, memoryGiB: 64, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  { cloud: 'azure', name: 'Standard_F48s_v2', vcpus: 48, memoryGiB: 96, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  { cloud: 'azure', name: 'Standard_F64s_v2', vcpus: 64, memoryGiB: 128, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  { cloud: 'azure', name: 'Standard_F72s_v2', vcpus: 72, memoryGiB: 144, family: 'compute', series: 'Fsv2', source: AZ_FSV2 },
  // -- Google Cloud --
  // n2-standard: 4 GB per vCPU; each size here read in Google's Cluster Director N2 standard table.
  { cloud: 'gcp', name: 'n2-standard-2', vcpus: 2, memoryGiB: 8, family: 'general', series: 'n2-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-standard-4', vcpus: 4, memoryGiB: 16, family: 'general', series: 'n2-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-standard-8', vcpus: 8, memoryGiB: 32, family: 'general', series: 'n2-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-standard-16', vcpus: 16, memoryGiB: 64, family: 'general', series: 'n2-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-standard-32', vcpus: 32, memoryGiB: 128, family: 'general', series: 'n2-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-standard-48', vcpus: 48, memoryGiB: 192, family: 'general', series: 'n2-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-standard-64', vcpus: 64, memoryGiB: 256, family: 'general', series: 'n2-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-standard-80', vcpus: 80, memoryGiB: 320, family: 'general', series: 'n2-standard', source: GCP_GP },
  // n2d-standard: AMD, 4 GB per vCPU (not read in a Google page here); Databricks' GCP reference names
  // n2d-standard types as fallbacks for c2.
  { cloud: 'gcp', name: 'n2d-standard-2', vcpus: 2, memoryGiB: 8, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-4', vcpus: 4, memoryGiB: 16, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-8', vcpus: 8, memoryGiB: 32, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-16', vcpus: 16, memoryGiB: 64, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-32', vcpus: 32, memoryGiB: 128, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-48', vcpus: 48, memoryGiB: 192, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-64', vcpus: 64, memoryGiB: 256, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-80', vcpus: 80, memoryGiB: 320, family: 'general', series: 'n2d-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n2d-standard-96', vcpus: 96, memoryGiB: 384, family: 'general', series: 'n2d-standard', source: GCP_GP },
  // n1-standard: first generation, 3.75 GB per vCPU; 2 to 64 read in Google's older machine-types page, 96
  // from the ratio.
  { cloud: 'gcp', name: 'n1-standard-2', vcpus: 2, memoryGiB: 7.5, family: 'general', series: 'n1-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-standard-4', vcpus: 4, memoryGiB: 15, family: 'general', series: 'n1-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-standard-8', vcpus: 8, memoryGiB: 30, family: 'general', series: 'n1-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-standard-16', vcpus: 16, memoryGiB: 60, family: 'general', series: 'n1-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-standard-32', vcpus: 32, memoryGiB: 120, family: 'general', series: 'n1-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-standard-64', vcpus: 64, memoryGiB: 240, family: 'general', series: 'n1-standard', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-standard-96', vcpus: 96, memoryGiB: 360, family: 'general', series: 'n1-standard', source: GCP_GP },
  // n2-highmem: 8 GB per vCPU as Google's Cluster Director page gives it for N2 (general-purpose page: Google
  // files highmem types under general purpose; the handbook groups them by memory per vCPU).
  { cloud: 'gcp', name: 'n2-highmem-2', vcpus: 2, memoryGiB: 16, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highmem-4', vcpus: 4, memoryGiB: 32, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highmem-8', vcpus: 8, memoryGiB: 64, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highmem-16', vcpus: 16, memoryGiB: 128, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highmem-32', vcpus: 32, memoryGiB: 256, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highmem-48', vcpus: 48, memoryGiB: 384, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highmem-64', vcpus: 64, memoryGiB: 512, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highmem-80', vcpus: 80, memoryGiB: 640, family: 'memory', series: 'n2-highmem', source: GCP_GP },
  // n1-highmem: 6.5 GB per vCPU; 2 to 32 read in Google's Vertex AI machine-type table, 64 and 96 from the ratio.
  { cloud: 'gcp', name: 'n1-highmem-2', vcpus: 2, memoryGiB: 13, family: 'memory', series: 'n1-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-highmem-4', vcpus: 4, memoryGiB: 26, family: 'memory', series: 'n1-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-highmem-8', vcpus: 8, memoryGiB: 52, family: 'memory', series: 'n1-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-highmem-16', vcpus: 16, memoryGiB: 104, family: 'memory', series: 'n1-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-highmem-32', vcpus: 32, memoryGiB: 208, family: 'memory', series: 'n1-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-highmem-64', vcpus: 64, memoryGiB: 416, family: 'memory', series: 'n1-highmem', source: GCP_GP },
  { cloud: 'gcp', name: 'n1-highmem-96', vcpus: 96, memoryGiB: 624, family: 'memory', series: 'n1-highmem', source: GCP_GP },
  // n2-highcpu: 1 GB per vCPU, the N2 highcpu ratio on Google's Cluster Director page.
  { cloud: 'gcp', name: 'n2-highcpu-2', vcpus: 2, memoryGiB: 2, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highcpu-4', vcpus: 4, memoryGiB: 4, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highcpu-8', vcpus: 8, memoryGiB: 8, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highcpu-16', vcpus: 16, memoryGiB: 16, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highcpu-32', vcpus: 32, memoryGiB: 32, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highcpu-48', vcpus: 48, memoryGiB: 48, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highcpu-64', vcpus: 64, memoryGiB: 64, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  { cloud: 'gcp', name: 'n2-highcpu-80', vcpus: 80, memoryGiB: 80, family: 'compute', series: 'n2-highcpu', source: GCP_GP },
  // c2-standard: compute optimised, 4 GB per vCPU, sizes 4 to 60 (Google's compute-optimized page, not read
  // here; Databricks' reference lists the same five sizes).
  { cloud: 'gcp', name: 'c2-standard-4', vcpus: 4, memoryGiB: 16, family: 'compute', series: 'c2-standard', source: GCP_CO },
  { cloud: 'gcp', name: 'c2-standard-8', vcpus: 8, memoryGiB: 32, family: 'compute', series: 'c2-standard', source: GCP_CO },
  { cloud: 'gcp', name: 'c2-standard-16', vcpus: 16, memoryGiB: 64, family: 'compute', series: 'c2-standard', source: GCP_CO },
  { cloud: 'gcp', name: 'c2-standard-30', vcpus: 30, memoryGiB: 120, family: 'compute', series: 'c2-standard', source: GCP_CO },
  { cloud: 'gcp', name: 'c2-standard-60', vcpus: 60, memoryGiB: 240, family: 'compute', series: 'c2-standard', source: GCP_CO },
];
