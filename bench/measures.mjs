// What the bench measures in a page (bench/run.mjs opens the pages and takes the turns): the
// probe's stamps and a trace's CPU time to the first paint, real keystrokes into the search box,
// and clicks on a provider, warm and cold. Each returns plain numbers (ms).

/**
 * From a trace: the CPU time of the renderer's main thread (its tasks' thread time) from the
 * navigation's start to the probe's `painted` mark. Unlike the wall clock, it does not count the
 * time the machine's other work took the CPU away.
 */
export function cpuToPainted(events) {
  const painted = events.find((e) => e.name === 'painted' && e.cat === 'blink.user_timing');
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === painted.pid);
  const end = painted.ts;
  let total = 0;
  for (const e of events) {
    if (e.pid !== painted.pid || e.tid !== painted.tid || e.ph !== 'X' || e.cat !== 'toplevel' || e.ts < start.ts || e.ts >= end) continue;
    total += (e.tdur ?? 0) / 1000;
  }
  return total;
}

/** The probe's stamps, and when the page's script, catalog and view chunk had arrived (ms from navigation). */
export const marks = (page) =>
  page.evaluate(() => {
    const arrived = (test) => performance.getEntriesByType('resource').find((e) => test(new URL(e.name).pathname))?.responseEnd;
    return {
      ...window.__marks,
      script: arrived((p) => p.endsWith('/dist/link-hub.js') || p === '/floor.js'),
      catalog: arrived((p) => p.endsWith('.json')),
      view: arrived((p) => p.includes('/provider-view-')),
    };
  });

/**
 * The page's main-thread CPU time so far, in ms (Chromium's ThreadTime metric): unlike the
 * wall clock, it does not count the time the machine's other work took the CPU away.
 */
async function cpuClock(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

/** Clicks the first provider with the mouse, as a person does: the pointer enters it (a split catalog prefetches its guide), presses, lets go. */
async function clickFirstProvider(page) {
  const box = await page.locator('[part~=provider]').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

/** Installs stamps for the guide: pointer entered, click, guide in the DOM, its frame's start, painted. */
const watchGuide = (page) =>
  page.evaluate(() => {
    const hub = document.querySelector('link-hub');
    const root = hub.shadowRoot;
    const stamps = (window.__guide = {});
    root.addEventListener('pointerenter', (e) => (stamps.enter ??= e.timeStamp), true);
    root.addEventListener('click', (e) => (stamps.click ??= e.timeStamp), true);
    const observer = new MutationObserver(() => {
      if (!root.querySelector('[part=guide]')) return;
      observer.disconnect();
      stamps.inDom = performance.now();
      requestAnimationFrame(() => {
        stamps.frame = performance.now();
        setTimeout(() => (stamps.painted = performance.now()));
      });
    });
    observer.observe(root, { childList: true, subtree: true });
  });
const guideStamps = async (page) => {
  await page.waitForFunction(() => window.__guide.painted !== undefined);
  return page.evaluate(() => window.__guide);
};

/** Cold: the list just painted, nothing else loaded on purpose; the pointer enters the first provider and clicks at once. */
export async function coldClick(page) {
  await watchGuide(page);
  await clickFirstProvider(page);
  const s = await guideStamps(page);
  return { fromEnter: s.painted - s.enter, fromClick: s.painted - s.click };
}

/** Warm: the pointer rests on the first provider until its guide and the view's chunk are loaded; then the click. */
export async function warmClick(page) {
  const box = await page.locator('[part~=provider]').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => {
    const names = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    const split = document.querySelector('link-hub').getAttribute('catalog').endsWith('index.json');
    return names.some((n) => n.includes('/provider-view-')) && (!split || names.some((n) => /\/provider-\d+\.json$/.test(n)));
  });
  // Two frames and a task for the fetched guide to be parsed and settled.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
  await watchGuide(page);
  const cpu = await cpuClock(page);
  const before = await cpu();
  await page.mouse.down();
  await page.mouse.up();
  const s = await guideStamps(page);
  return { work: s.inDom - s.click + (s.painted - s.frame), wall: s.painted - s.click, cpu: (await cpu()) - before };
}

/**
 * Types `text` into the page's search box, one real key at a time, each after the previous one's
 * list has painted; returns each keystroke's times: input delay (keypress's timestamp -> the page
 * got it), script (-> the answer in the DOM), frame (the next frame's start -> painted), work
 * (script + frame), wall (keydown -> painted, with the wait for the frame), cpu (main thread).
 */
async function typeKeys(page, text) {
  await page.evaluate(() => {
    const { root, search, settled } = window.__bench;
    window.__keys = [];
    let key;
    addEventListener('keydown', (e) => (key = { down: e.timeStamp }), true);
    // The character's own event (its input follows in the same task): where the keystroke's work starts.
    addEventListener('keypress', (e) => Object.assign(key, { press: e.timeStamp, handled: performance.now() }), true);
    // Bubbling, after the search box's own listener answered (the hub: asked for an update, done when it settles).
    root.addEventListener('input', () => {
      const k = key;
      settled().then(() => {
        k.updated = performance.now();
        requestAnimationFrame(() => {
          k.frame = performance.now();
          setTimeout(() => {
            k.painted = performance.now();
            window.__keys.push(k);
          });
        });
      });
    });
    search().focus();
  });
  const cpu = await cpuClock(page);
  const cpuTimes = [];
  for (let i = 0; i < text.length; i++) {
    const before = await cpu();
    await page.keyboard.press(text[i]);
    await page.waitForFunction((n) => window.__keys.length === n, i + 1);
    cpuTimes.push((await cpu()) - before);
  }
  // Work: keypress -> the list updated, plus the frame's style, layout and paint. Wall: keydown -> painted.
  const keys = await page.evaluate(() =>
    window.__keys.map((k) => ({
      delay: k.handled - k.press,
      script: k.updated - k.press,
      frame: k.painted - k.frame,
      work: k.updated - k.press + (k.painted - k.frame),
      wall: k.painted - k.down,
    })),
  );
  return keys.map((k, i) => ({ ...k, cpu: cpuTimes[i] }));
}

/** Keystrokes at once after the list painted (the strictest case: nothing done in idle time yet). */
export const QUERY = 'provider 42';
export const keystrokes = (page) => typeKeys(page, QUERY);

/** The previous keystroke figure, kept: synthetic input events, to style and layout done (median of 8 queries). */
export const keystrokeToLayout = (page) =>
  page.evaluate(async () => {
    const hub = document.querySelector('link-hub');
    const search = hub.shadowRoot.querySelector('input[type=search]');
    const times = [];
    for (const query of ['p', 'pr', 'pro', 'prov', 'provider 4', 'provider 42', 'cloud', 'hris']) {
      const t0 = performance.now();
      search.value = query;
      search.dispatchEvent(new InputEvent('input'));
      await hub.updateComplete;
      void hub.shadowRoot.querySelector('.body').offsetHeight; // style and layout done: ready to paint
      times.push(performance.now() - t0);
    }
    return sorted(times)[Math.floor(times.length / 2)];
    function sorted(v) {
      return [...v].sort((a, b) => a - b);
    }
  });
