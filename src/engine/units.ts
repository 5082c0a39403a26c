// Byte units and element sizes. Decimal units are the default because the essay
// computes in them (312000 × 1536 × 4 B = 1.917e9 B, written "1.9 GB").

export type Dtype = 'f16' | 'bf16' | 'f32' | 'f64';
// Figures are stored in B, KB, MB or GB (figures.json); text moves up to TB, PB and EB when a
// scenario is that large, so a 31.6 PB collect never reads "31,556,872 GB".
export type ByteUnit = 'EB' | 'PB' | 'TB' | 'GB' | 'MB' | 'KB' | 'B';
export type BinaryUnit = 'EiB' | 'PiB' | 'TiB' | 'GiB' | 'MiB' | 'KiB' | 'B';

export const KB = 1e3;
export const MB = 1e6;
export const GB = 1e9;
export const KiB = 1024;
export const MiB = 1024 ** 2;
export const GiB = 1024 ** 3;
export const TB = 1e12;
export const PB = 1e15;
export const EB = 1e18;

export const BYTES_PER_UNIT: Readonly<Record<ByteUnit | BinaryUnit, number>> = {
  EB,
  PB,
  TB,
  GB,
  MB,
  KB,
  GiB,
  MiB,
  EiB: 1024 ** 6,
  PiB: 1024 ** 5,
  TiB: 1024 ** 4,
  KiB,
  B: 1,
};

export const DTYPES: readonly Dtype[] = ['f16', 'bf16', 'f32', 'f64'];

// bf16 is 2 B as stored by ml_dtypes / torch; numpy has no native bf16.
const DTYPE_BYTES: Readonly<Record<Dtype, number>> = { f16: 2, bf16: 2, f32: 4, f64: 8 };

export function dtypeBytes(dtype: Dtype): number {
  return DTYPE_BYTES[dtype];
}

const DTYPE_NAMES: Readonly<Record<Dtype, string>> = { f16: 'float16', bf16: 'bfloat16', f32: 'float32', f64: 'float64' };

/** The dtype choices every widget offers, said the same way: "float32 (f32, 4 B)". */
export const DTYPE_OPTIONS: readonly { value: Dtype; label: string }[] = DTYPES.map((d) => ({
  value: d,
  label: `${DTYPE_NAMES[d]} (${d}, ${DTYPE_BYTES[d]} B)`,
}));

// Spark SQL has no 16-bit float type, so an f16/bf16 embedding still travels
// through Spark and Arrow as array<float> (4 B); only the final numpy array is 16-bit.
export function sparkElementBytes(dtype: Dtype): number {
  return Math.max(DTYPE_BYTES.f32, DTYPE_BYTES[dtype]);
}

export function toUnit(bytes: number, unit: ByteUnit | BinaryUnit): number {
  return bytes / BYTES_PER_UNIT[unit];
}

export function fromUnit(amount: number, unit: ByteUnit | BinaryUnit): number {
  return amount * BYTES_PER_UNIT[unit];
}

export function gbToBytes(gb: number): number {
  return gb * GB;
}

// Azure lists VM memory in GiB; a "28 GB" node therefore holds 28 GiB = 30.06 GB.
export function gibAsGB(gib: number): number {
  return (gib * GiB) / GB;
}
