/**
 * Whether a component has mounted. Until then it must render what the server rendered (the essay's
 * scenario, the defaults of its settings, controls disabled where they need JavaScript). Apart from
 * live.svelte.ts so a widget that reads no scenario (the error decoder) does not load the scenario code.
 */
import { onMount } from 'svelte';

export interface Mounted {
  readonly value: boolean;
}

/** Call during component initialisation (it registers an onMount). */
export function mountedFlag(): Mounted {
  let mounted = $state(false);
  onMount(() => {
    mounted = true;
  });
  return {
    get value() {
      return mounted;
    },
  };
}
