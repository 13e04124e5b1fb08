/** Fetching a catalog file: JSON from a URL, within limits, with messages that name the URL. */

const FETCH_TIMEOUT = 15_000;
/** How deep a catalog may nest (a real one needs about 20), and how large it may be. */
export const MAX_DEPTH = 32;
const MAX_BYTES = 5_000_000;

/** Whether `data` nests deeper than `max` levels (iterative: a crafted catalog must not overflow the stack). */
export function tooDeep(data: unknown, max = MAX_DEPTH): boolean {
  const stack: [unknown, number][] = [[data, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, depth] = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

const LIMIT = new Error('limit');

/**
 * The body as text, counting bytes as they arrive: a body past MAX_BYTES is cancelled
 * there (a server that streams without end, or with a false content-length, is not read
 * to its end). Throws LIMIT when it stops for that.
 */
async function readText(response: Response, tooLarge: () => Error): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > MAX_BYTES) {
      void reader.cancel(tooLarge()).catch(() => undefined);
      throw LIMIT;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

/** JSON from a URL; throws with a message that names the URL and what went wrong. */
export async function fetchJson(url: string): Promise<unknown> {
  const fail = (why: string) => new Error(`catalog ${url} ${why}`);
  const tooLarge = () => fail(`is larger than ${MAX_BYTES} bytes`);
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT) }).catch((error: Error) => {
    throw fail(error.name === 'TimeoutError' ? 'timed out' : `could not be fetched (${error.message})`);
  });
  if (!response.ok) throw fail(`answered HTTP ${response.status}`);
  if (Number(response.headers.get('content-length')) > MAX_BYTES) throw tooLarge();
  const text = await readText(response, tooLarge).catch((error: Error) => {
    throw error === LIMIT ? tooLarge() : fail(`could not be read (${error.message})`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw fail(`is not JSON (${response.headers.get('content-type')})`);
  }
  if (tooDeep(data)) throw fail(`nests deeper than ${MAX_DEPTH} levels`);
  return data;
}
