// The web app as a visitor and a script see it: it loads cleanly, draws, and the
// automation API (window.hanoi2045) answers, changes the result and reports bad calls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, pixelStats } from './harness.mjs';

let app;
before(async () => { app = await openApp({ query: '?lang=vi' }); });
after(async () => { if (app) await app.close(); });

function leverList(levers) {
  assert.ok(levers && Array.isArray(levers.levers), 'levers() has a "levers" array');
  assert.ok(levers.levers.length > 0, 'levers() lists at least one lever');
  return levers.levers;
}

test('the page loads with no console errors or failed requests', async () => {
  await app.nextFrame();
  app.expectClean();
  const overlayHidden = await app.page.evaluate(
    () => document.getElementById('overlay').classList.contains('hidden'));
  assert.ok(overlayHidden, 'the loading overlay is gone once the app is ready');
});

test('the canvas shows the app, not a blank page', async () => {
  await app.nextFrame();
  const stats = pixelStats(await app.screenshotPixels());
  // A blank or one-colour canvas has a deviation near 0 and a handful of colours; text,
  // panels and a chart give many.
  assert.ok(stats.deviation > 0.03, `luminance deviation ${stats.deviation.toFixed(4)} is too low`);
  assert.ok(stats.colours > 32, `only ${stats.colours} distinct colours on screen`);
  const size = await app.page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
  });
  assert.equal(size.cssWidth, 1280, 'the canvas fills the window');
  assert.equal(size.width, 1280, 'canvas pixels follow the CSS size at devicePixelRatio 1');
});

test('the automation API answers with JSON', async () => {
  const levers = await app.call('levers');
  for (const lever of leverList(levers)) {
    assert.equal(typeof lever.id, 'string');
    assert.ok(Number.isFinite(lever.value), `lever ${lever.id} has a current value`);
    assert.ok(lever.min <= lever.value && lever.value <= lever.max, `lever ${lever.id} is within its range`);
  }
  const result = await app.call('result');
  assert.equal(typeof result, 'object');
  assert.ok(Object.keys(result).length > 0, 'result() is not empty');
  const scenario = await app.call('scenario');
  assert.equal(typeof scenario, 'object');
  const ui = await app.call('uiState');
  assert.equal(typeof ui, 'object');
});

test('a lever set through the API changes the result', async () => {
  const levers = leverList(await app.call('levers'));
  const lever = levers.find((l) => l.id === 'infra.public_investment_pct') || levers[0];
  const before = JSON.stringify(await app.call('result'));
  const target = lever.value === lever.max ? lever.min : lever.max;
  await app.call('setLever', lever.id, target);
  const after = JSON.stringify(await app.call('result'));
  assert.notEqual(after, before, `setting ${lever.id} to ${target} left the result unchanged`);
  const updated = leverList(await app.call('levers')).find((l) => l.id === lever.id);
  assert.equal(updated.value, target, 'levers() reports the new value');
  // The app redraws after a change made through the API.
  const frame = await app.nextFrame();
  assert.ok(frame > 1);
  app.expectClean();
});

test('bad calls are rejected with a message and change nothing', async () => {
  const levers = leverList(await app.call('levers'));
  const before = JSON.stringify(await app.call('result'));
  await assert.rejects(app.call('setLever', 'no.such.lever', 1), /no\.such\.lever/);
  await assert.rejects(app.call('setLever', levers[0].id, Number.NaN), /finite number/);
  await assert.rejects(app.call('setLever', levers[0].id, levers[0].max + 1e6), /setLever: .+/);
  await assert.rejects(app.call('loadScenario', '{ this is not json'), /loadScenario: .+/);
  await assert.rejects(app.call('command', 'no-such-command', ''), /command: .+/);
  await assert.rejects(app.call('command', ''), /non-empty string/);
  assert.equal(JSON.stringify(await app.call('result')), before, 'a rejected call changed the result');
});

test('a scenario read through the API loads back', async () => {
  const levers = leverList(await app.call('levers'));
  const lever = levers[levers.length - 1];
  const saved = await app.call('scenario');
  const result = JSON.stringify(await app.call('result'));
  await app.call('setLever', lever.id, lever.value === lever.min ? lever.max : lever.min);
  await app.call('loadScenario', saved);
  assert.equal(JSON.stringify(await app.call('result')), result, 'loading the saved scenario restores the result');
});

// Counts frames the app draws from now on (window.__framesDrawn).
async function countFrames(page) {
  await page.evaluate(() => {
    window.__framesDrawn = 0;
    if (!window.__frameCounterInstalled) {
      const original = window.Module.h2045Frame;
      window.Module.h2045Frame = (n) => { window.__framesDrawn++; original(n); };
      window.__frameCounterInstalled = true;
    }
  });
}
const framesDrawn = (page) => page.evaluate(() => window.__framesDrawn);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

test('an idle page draws nothing; input and resizes make it draw again', async () => {
  const { page } = app;
  // Let any animation finish: wait for a quiet half second (at most 10 s).
  let quiet = false;
  for (let i = 0; i < 20 && !quiet; i++) {
    await countFrames(page);
    await sleep(500);
    quiet = (await framesDrawn(page)) === 0;
  }
  assert.ok(quiet, 'the app kept drawing frames while nothing changed');

  await countFrames(page);
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await sleep(300);
  assert.ok((await framesDrawn(page)) > 0, 'moving the mouse did not redraw');

  await page.setViewportSize({ width: 1000, height: 700 });
  await sleep(300);
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return [c.width, c.height];
  });
  assert.deepEqual(size, [1000, 700], 'the canvas follows the window size');
  const stats = pixelStats(await app.screenshotPixels());
  assert.ok(stats.deviation > 0.03, 'the app drew after the resize');
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.nextFrame();
});

test('on a high-DPI screen, and after moving to one, the app draws sharp at device pixels', async () => {
  const viewport = { width: 900, height: 600 };
  const canvasSize = (page) => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight };
  });
  const hidpi = await openApp({ query: '?lang=vi', deviceScaleFactor: 2, viewport });
  let reference;
  try {
    await hidpi.nextFrame();
    assert.deepEqual(await canvasSize(hidpi.page), { width: 1800, height: 1200, cssWidth: 900, cssHeight: 600 });
    reference = await hidpi.screenshotPixels();
    assert.ok(pixelStats(reference).deviation > 0.03, 'the high-DPI page is not blank');
    hidpi.expectClean();
  } finally {
    await hidpi.close();
  }

  // Same page opened at ratio 1, then the ratio changes with no resize event (as when a
  // window moves to another screen): the canvas, the content scale and the fonts follow.
  const moved = await openApp({ query: '?lang=vi', deviceScaleFactor: 1, viewport });
  try {
    const cdp = await moved.page.context().newCDPSession(moved.page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 2, mobile: false });
    await moved.page.waitForFunction(() => document.getElementById('canvas').width === 1800, null, { timeout: 5000 });
    await moved.nextFrame();
    await moved.nextFrame();
    assert.deepEqual(await canvasSize(moved.page), { width: 1800, height: 1200, cssWidth: 900, cssHeight: 600 });
    // The screenshot comes at CSS size here: compare with the reference averaged 2 × 2.
    const shot = await moved.screenshotPixels();
    let difference = 0;
    for (let y = 0; y < shot.height; y++) {
      for (let x = 0; x < shot.width; x++) {
        for (let c = 0; c < 3; c++) {
          let sum = 0;
          for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]])
            sum += reference.data[((2 * y + dy) * reference.width + 2 * x + dx) * reference.channels + c];
          difference += Math.abs(shot.data[(y * shot.width + x) * shot.channels + c] - sum / 4);
        }
      }
    }
    difference /= shot.width * shot.height * 3;
    assert.ok(difference < 4, `after the move the page differs from one opened at ratio 2 (mean ${difference.toFixed(2)} / 255)`);
    moved.expectClean();
  } finally {
    await moved.close();
  }
});

test('full screen goes through the page and back', async () => {
  const { page } = app;
  await page.mouse.click(1000, 780);  // a click gives the page the user activation browsers require
  await app.call('command', 'fullscreen', 'on');
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 5000 });
  await app.call('command', 'fullscreen', 'off');
  await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 5000 });
  await app.nextFrame();
  app.expectClean();
});

// One WebGL context for the whole start: the page's WebGL 2 check makes the app's own context
// with the attributes the app asks for (web/shell.js), so the browser hands the app that same
// context. Each request is recorded: all ask for the same attributes, on the app's canvas.
test('the start makes one WebGL context, with the attributes the app asks for', async () => {
  const recorder = () => {
    window.__contextRequests = [];
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, attributes) {
      const context = original.call(this, type, attributes);
      if (type === 'webgl2') {
        const asked = {};
        for (const key of ['alpha', 'depth', 'stencil', 'antialias', 'premultipliedAlpha', 'preserveDrawingBuffer'])
          if (attributes && key in attributes) asked[key] = !!attributes[key];
        window.__contextRequests.push({ canvas: this.id, asked, same: context === window.__firstContext });
        if (!window.__firstContext) window.__firstContext = context;
      }
      return context;
    };
  };
  const own = await openApp({ query: '?lang=en', initScript: recorder });
  try {
    const requests = await own.page.evaluate(() => window.__contextRequests);
    assert.ok(requests.length >= 2, `the check and the app both ask (${JSON.stringify(requests)})`);
    for (const r of requests) {
      assert.equal(r.canvas, 'canvas', 'on the app canvas');
      assert.deepEqual(r.asked, requests[0].asked, `the same attributes: ${JSON.stringify(requests)}`);
    }
    assert.ok(requests.slice(1).every((r) => r.same), 'and the same context');
    const actual = await own.page.evaluate(() => document.getElementById('canvas').getContext('webgl2').getContextAttributes());
    assert.equal(actual.stencil, true);
    assert.equal(actual.depth, false);
    own.expectClean();
  } finally {
    await own.close();
  }
});
