// The fan and the chances move while a slider is dragged: with the mouse held on the
// institutional quality target's slider, each step of the drag gives a new 2045 band and a new 2045 chance (from
// the drag's quick run of fewer paths); letting go gives the full run. And the model's speed
// in this browser, from hanoi2045.bench().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

let app;
before(async () => { app = await openApp({ query: '?lang=en', viewport: { width: 1280, height: 900 } }); });
after(async () => { if (app) await app.close(); });

async function settled() {
  for (let i = 0; i < 3; i++) await app.nextFrame();
  return app.call('uiState');
}

test('dragging a lever moves the fan and the chances on every step, and the full run follows', async () => {
  let ui = await settled();
  assert.ok(ui.uncertainty, 'the Monte Carlo runs with the results');
  assert.equal(ui.uncertainty.fan, true, 'the fan is on by default');
  const full = ui.uncertainty.paths;
  const [x, y, w, h] = ui.controls['lever:inst.quality_target'];
  const startValue = (await app.call('levers')).levers.find((l) => l.id === 'inst.quality_target').value;
  await app.page.mouse.move(x + w * 0.3, y + h / 2);
  await app.page.mouse.down();
  const seen = [];
  for (let step = 1; step <= 5; step++) {
    await app.page.mouse.move(x + w * (0.3 + step * 0.12), y + h / 2);
    ui = await settled();
    seen.push({ median: ui.uncertainty.band_2045[2], chance: ui.uncertainty.targets.at(-1).probability,
                paths: ui.uncertainty.paths });
  }
  await app.page.mouse.up();
  const medians = new Set(seen.map((s) => s.median));
  const chances = new Set(seen.map((s) => s.chance));
  assert.equal(medians.size, seen.length, `a new 2045 median on every step of the drag: ${JSON.stringify(seen)}`);
  assert.ok(chances.size >= 3, `the 2045 chance moves while dragging: ${JSON.stringify(seen)}`);
  for (let i = 1; i < seen.length; i++)
    assert.ok(seen[i].median > seen[i - 1].median, 'better institutions, a higher median');
  assert.ok(seen.every((s) => s.paths < full), 'the drag uses the quick run');
  ui = await settled();
  assert.equal(ui.uncertainty.paths, full, 'the full run once the slider is let go');
  const endValue = (await app.call('levers')).levers.find((l) => l.id === 'inst.quality_target').value;
  assert.ok(endValue > startValue, 'the drag moved the lever');
  // The band is ordered and holds the single line's neighbourhood.
  const band = ui.uncertainty.band_2045;
  for (let i = 1; i < band.length; i++) assert.ok(band[i] >= band[i - 1], `ordered band ${band}`);
  app.expectClean();
});

test('the fan can be turned off and on (M), the chances stay', async () => {
  await app.page.keyboard.press('m');
  let ui = await settled();
  assert.equal(ui.uncertainty.fan, false);
  assert.ok(ui.drawn.some((t) => / % chance$/.test(t)), 'the cards keep their chance');
  await app.page.keyboard.press('m');
  ui = await settled();
  assert.equal(ui.uncertainty.fan, true);
});

test('bench() reports the model\'s speed in this browser', async () => {
  const b = await app.call('bench');
  console.log(`in Chromium: one run ${(b.simulate_ms * 1000).toFixed(1)} µs, 1,000 paths ${b.monte_carlo_1000_ms.toFixed(1)} ms, ` +
              `10,000 paths ${b.monte_carlo_10000_ms.toFixed(1)} ms`);
  for (const key of ['simulate_ms', 'monte_carlo_1000_ms', 'monte_carlo_10000_ms']) assert.ok(b[key] > 0, key);
  assert.ok(b.monte_carlo_10000_ms > b.monte_carlo_1000_ms, 'ten times the paths take longer');
});
