// How the handbook knows what it says: every erratum and every model assumption names its sources, and
// each source says whether it was measured, read in a project's source code, documented, or inferred.

/** How a source backs a claim: the handbook's own measurement, a reading of a project's source code,
 *  a vendor's or project's documentation page, arithmetic on other figures, or (for the wording of an
 *  error message no vendor page quotes) the message as users pasted it in a public issue or forum: proof
 *  that the text is printed, not of why. */
export type Evidence = 'measured' | 'read in source' | 'documented' | 'inferred' | 'reported';

/** What a "reported" source is, for the pages that list one (the error pages): the /sources/ page's
 *  legend names the other four kinds. */
export const REPORTED_MEANS =
  'A source marked “reported” is the message as someone pasted it in a public issue or forum: it shows that the wording is printed, not why.';

export interface Source {
  how: Evidence;
  /** Repository and path, a documentation address, or what was measured or computed. */
  where: string;
}

/** The handbook's measurements (tests/fixtures/ground-truth.json; numpy, pandas and pyarrow on CPython 3.11,
 *  x86-64, as the /sources/ page says), as a source names them. */
export const GROUND_TRUTH = 'the handbook’s ground truth (CPython 3.11, x86-64)';
