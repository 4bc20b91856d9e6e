/**
 * The configurator (demo/configurator.html) in an iframe, as its tests drive it: ready once the
 * page says so, and `choose(name, value)` sets a field as a webmaster would, then tells the page.
 */
import { waitUntil } from '@open-wc/testing';

export async function openConfigurator(iframe: HTMLIFrameElement, timeout = 10000) {
  // Until the page loads, the iframe holds an empty document (no documentElement in Firefox).
  await waitUntil(() => iframe.contentDocument?.documentElement?.dataset.pret === 'oui', 'ready', { timeout });
  const doc = iframe.contentDocument!;
  const choose = (name: string, value: string) => {
    const field = doc.querySelector<HTMLSelectElement | HTMLInputElement>(
      name === 'forme' ? `input[name="forme"][value="${value}"]` : `[name="${name}"]`,
    )!;
    // The iframe's elements are of its own realm: tell a radio by its type, not by instanceof.
    if (field.type === 'radio') (field as HTMLInputElement).checked = true;
    else field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  return { doc, choose };
}
