/** Pages beside the chapters, in the order the sidebar lists them. */
export const EXTRA_PAGES = [
  { href: '/rules/', label: 'Rules of thumb' },
  { href: '/plan/', label: 'Plan my job' },
  { href: '/errors/', label: 'Why did it die?' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/sources/', label: 'Where the numbers come from' },
] as const;
