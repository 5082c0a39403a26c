/**
 * Renamed headings keep their old ids as alias anchors (`<span id="old" data-alias-of="new">`, from a
 * chapter's `aliases` frontmatter). The anchors sit at the top of the page, so on arrival the reader is
 * moved on to the heading the old id now means, and the address bar shows the current id.
 */
function follow(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const alias = document.getElementById(id);
  const target = alias?.dataset.aliasOf;
  if (!target || target === id || !document.getElementById(target)) return;
  // A same-document fragment navigation: scrolls, and updates :target for the highlight.
  location.replace(`#${encodeURIComponent(target)}`);
}

export function initAliases(): void {
  follow();
  window.addEventListener('hashchange', follow);
}
