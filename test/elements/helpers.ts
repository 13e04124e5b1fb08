/** User-level helpers shared by the element tests: find things as a person would, type, press. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { LinkHub } from '../../src/index.js';
import { catalog } from './catalog.js';

export const root = (hub: LinkHub) => hub.shadowRoot!;
export const dialog = (hub: LinkHub) => root(hub).querySelector('dialog')!;
export const title = (hub: LinkHub) => root(hub).querySelector('#title')!.textContent!.trim();
export const providerButtons = (hub: LinkHub) => [...root(hub).querySelectorAll<HTMLButtonElement>('[part~=provider]')];
export const providerNames = (hub: LinkHub) => providerButtons(hub).map((b) => b.querySelector('.name')!.textContent!.trim());
export const search = (hub: LinkHub) => root(hub).querySelector<HTMLInputElement>('input[type=search]')!;
export const submitButton = (hub: LinkHub) => root(hub).querySelector<HTMLButtonElement>('[part~=submit-button]')!;
export const form = (hub: LinkHub) => root(hub).querySelector('form')!;
export const focused = (hub: LinkHub) => root(hub).activeElement;

/** The input a label names, as assistive technology would find it. */
export function input(hub: LinkHub, label: string): HTMLInputElement {
  const found = [...root(hub).querySelectorAll('label')].find((l) => l.textContent!.trim() === label);
  if (!found) throw new Error(`no field labelled ${label}`);
  return root(hub).getElementById(found.htmlFor) as HTMLInputElement;
}

export function type(hub: LinkHub, label: string, value: string): void {
  const field = input(hub, label);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export async function typeAll(hub: LinkHub, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) type(hub, label, value);
  await hub.updateComplete;
}

export async function connect(hub: LinkHub): Promise<void> {
  submitButton(hub).click();
  await hub.updateComplete;
}

/** Presses Connect and waits for the outcome event (listening first: a sync host callback settles at once). */
export async function connectAndWait<K extends 'link-hub-success' | 'link-hub-error'>(
  hub: LinkHub,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  const event = oneEvent(hub, type) as Promise<GlobalEventHandlersEventMap[K]>;
  await connect(hub);
  return event;
}

export async function openHub(options: { onSubmit?: LinkHub['onSubmit']; provider?: string } = {}): Promise<LinkHub> {
  const hub = await fixture<LinkHub>(html`<link-hub .catalog=${catalog} .onSubmit=${options.onSubmit}></link-hub>`);
  await hub.show(options.provider);
  return hub;
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Every attribute value in the element's light and shadow DOM. */
export function allAttributeValues(hub: LinkHub): string {
  const values: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      for (const attr of el.attributes) values.push(attr.value);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const attr of hub.attributes) values.push(attr.value);
  walk(hub);
  walk(root(hub));
  return values.join('\n');
}

/** Captures console.warn while a test runs; `restore()` puts it back. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console.warn = original) };
}

/**
 * Resolves once `window` has dispatched a message equal to `data` to every listener added
 * before this call (the hub's among them): a listener added now runs after theirs.
 */
export function delivered(data: unknown): Promise<void> {
  const text = JSON.stringify(data);
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (JSON.stringify(event.data) !== text) return;
      removeEventListener('message', listen);
      resolve();
    };
    addEventListener('message', listen);
  });
}

/** Resolves after every promise reaction already queued has run (one task later): no fixed delay. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve));
