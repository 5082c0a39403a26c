// A value each field accepts on its own but that reads oddly against another field, said beside the
// field: the page computes it (the model clamps), and the reader should know how.
import type { NumberFieldName, Scenario } from './scenario';
import { decimalText } from './format';

export function fieldNote(field: NumberFieldName, s: Scenario): string | undefined {
  switch (field) {
    case 'partitions':
      return s.partitions > s.rows
        ? `More partitions than rows: ${decimalText(s.partitions - s.rows)} of them are empty, and each of the others holds one row.`
        : undefined;
    case 'chunk':
      return s.chunk > s.rows ? 'Larger than the data: the whole data is one chunk.' : undefined;
    case 'maxresult':
      if (s.maxresult === 0) return 'No limit: Spark never aborts a collect for its size, and the driver’s memory is the only gate.';
      return s.compute === 'serverless' ? 'Serverless compute accepts only a short list of Spark settings: check that this one is yours to set.' : undefined;
    case 'reduced':
      return s.reduced > s.dim ? 'Larger than the embedding dimension: PCA keeps at most that many.' : undefined;
    default:
      return undefined;
  }
}
