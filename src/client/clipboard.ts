/** Clipboard write with a fallback for browsers that refuse the async API (e.g. plain http hosts). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the legacy path.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    // Deprecated but still the only copy path outside a secure context; typed loosely to say so.
    ok = (document as unknown as { execCommand: (command: string) => boolean }).execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
