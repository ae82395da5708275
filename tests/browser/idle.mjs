// Helpers for idle checks: count animation-frame callbacks and drawn frames in the page.

// Runs in the page before its scripts (openApp's initScript): wraps requestAnimationFrame
// so window.__rafCallbacks counts callbacks run and window.__rafPending the ones scheduled
// and not yet run; window.__framesDrawnTotal counts frames the app reports drawn.
export function countAnimationFrames() {
  window.__rafCallbacks = 0;
  window.__rafPending = 0;
  window.__framesDrawnTotal = 0;
  const request = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  const pending = new Set();
  window.requestAnimationFrame = (callback) => {
    const id = request((time) => {
      pending.delete(id);
      window.__rafPending = pending.size;
      window.__rafCallbacks++;
      callback(time);
    });
    pending.add(id);
    window.__rafPending = pending.size;
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    pending.delete(id);
    window.__rafPending = pending.size;
    cancel(id);
  };
  // shell.js creates window.Module and api.js sets Module.h2045Frame: count through setters.
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get: () => module,
    set: (m) => {
      if (m === module) return;  // hanoi2045.js assigns the same object again
      module = m;
      let inner = m.h2045Frame;
      Object.defineProperty(m, 'h2045Frame', {
        configurable: true,
        get: () => (inner ? (n) => { window.__framesDrawnTotal++; inner(n); } : undefined),
        set: (f) => { inner = f; },
      });
    },
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// Waits until the app has drawn no frame for half a second (at most 10 s); returns whether it did.
export async function waitUntilQuiet(page) {
  for (let i = 0; i < 20; i++) {
    const before = await page.evaluate(() => window.__framesDrawnTotal);
    await sleep(500);
    if ((await page.evaluate(() => window.__framesDrawnTotal)) === before) return true;
  }
  return false;
}

// Counters in the page: [animation-frame callbacks run, scheduled and not yet run, frames drawn].
export const idleCounters = (page) =>
  page.evaluate(() => [window.__rafCallbacks, window.__rafPending, window.__framesDrawnTotal]);

// Waits (at most `ms`) until the app has drawn more than `count` frames; returns the count.
export async function framesAfter(page, count, ms = 5000) {
  await page.waitForFunction((n) => window.__framesDrawnTotal > n, count, { timeout: ms });
  return page.evaluate(() => window.__framesDrawnTotal);
}
