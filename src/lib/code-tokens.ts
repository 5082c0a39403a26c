/**
 * Smaller highlighted code. With two themes and no default colour, Shiki gives every token an inline
 * `style="--shiki-light:#…;--shiki-dark:#…"`, ~50 bytes per token and hundreds of tokens per chapter.
 * This transformer (used by components/Cell.astro) drops the style where it repeats the block's own
 * colours, which the token inherits anyway (and then drops the bare span itself), and turns the few other
 * colour pairs of the site's two themes into a short class styled in Cell.astro. A pair it does not know (a theme update) keeps its inline
 * style, so the worst case is a few bytes more, never a wrong colour.
 */
import type { ShikiTransformer } from 'shiki';

/** `light/dark` colour pair → class. Keep in step with the `.astro-code .t-…` rules in Cell.astro. */
export const TOKEN_CLASSES: Readonly<Record<string, string>> = {
  '#a0111f/#ff9492': 't-k', // keywords, operators
  '#032563/#addcff': 't-s', // strings
  '#023b95/#91cbff': 't-c', // constants, numbers, built-ins
  '#66707b/#bdc4cc': 't-m', // comments
  '#702c00/#ffb757': 't-v', // parameters, variables
  '#622cbc/#dbb7ff': 't-f', // function and class names
};

type Props = Record<string, unknown>;
interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Props;
  children?: HastNode[];
}

function isBareSpan(node: HastNode): boolean {
  return node.type === 'element' && node.tagName === 'span' && Object.keys(node.properties ?? {}).length === 0;
}

/** The `--shiki-light` / `--shiki-dark` pair of a style attribute, or undefined if it holds anything else. */
function colourPair(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  const decls = new Map<string, string>();
  for (const part of style.split(';')) {
    const i = part.indexOf(':');
    if (i === -1) {
      if (part.trim() !== '') return undefined;
      continue;
    }
    decls.set(part.slice(0, i).trim(), part.slice(i + 1).trim().toLowerCase());
  }
  const light = decls.get('--shiki-light');
  const dark = decls.get('--shiki-dark');
  if (light === undefined || dark === undefined || decls.size !== 2) return undefined;
  return `${light}/${dark}`;
}

/** The block's own colours, from the `<pre>` style (which also carries backgrounds and overflow). */
function blockPair(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  const light = /--shiki-light:\s*([^;]+)/.exec(style)?.[1]?.trim().toLowerCase();
  const dark = /--shiki-dark:\s*([^;]+)/.exec(style)?.[1]?.trim().toLowerCase();
  return light && dark ? `${light}/${dark}` : undefined;
}

function addClass(props: Props, cls: string): void {
  const current = props.class;
  if (Array.isArray(current)) props.class = [...current, cls];
  else if (typeof current === 'string' && current !== '') props.class = `${current} ${cls}`;
  else props.class = cls;
}

export const compactTokenStyles: ShikiTransformer = {
  name: 'handbook:compact-token-styles',
  pre(pre) {
    const root = pre as unknown as HastNode;
    const own = blockPair(root.properties?.style);
    const visit = (node: HastNode): void => {
      for (const child of node.children ?? []) {
        if (child.type !== 'element') continue;
        const props = child.properties;
        if (child.tagName === 'span' && props) {
          const pair = colourPair(props.style);
          if (pair !== undefined && pair === own) {
            delete props.style;
          } else if (pair !== undefined && TOKEN_CLASSES[pair]) {
            delete props.style;
            addClass(props, TOKEN_CLASSES[pair]);
          }
        }
        visit(child);
      }
      // A token span left with no attribute at all is the block's own colour: its text can sit in the
      // line directly (same colour, same inheritance), with neighbouring text merged.
      if (node.tagName === 'span' && node.children?.some(isBareSpan)) {
        const merged: HastNode[] = [];
        for (const child of node.children.flatMap((c) => (isBareSpan(c) ? (c.children ?? []) : [c]))) {
          const last = merged[merged.length - 1];
          if (child.type === 'text' && last?.type === 'text') last.value = (last.value ?? '') + (child.value ?? '');
          else merged.push(child.type === 'text' ? { ...child } : child);
        }
        node.children = merged;
      }
    };
    visit(root);
  },
};
