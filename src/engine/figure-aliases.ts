// Other names chapters use for a number that already has a home: the alias renders the same value
// and text, under the name it was asked for.
export const FIGURE_ALIASES: Readonly<Record<string, string>> = {
  'python.f32-row': 'python.storage.numpy-f32.per-row',
  'python.f64-row': 'python.storage.numpy-f64.per-row',
  'python.native-chunk': 'budget.pca-chunk-exact',
  'topandas.tolist-f64': 'python.storage.numpy-f64.total',
};
