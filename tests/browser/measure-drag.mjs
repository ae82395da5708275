// Measures the frame time while a slider is dragged with the fan on (every step recomputes the
// scenario, its baseline and the drag's Monte Carlo run), against the same drag with the fan
// off, and the target map's grid while a third lever is dragged, in headless Chromium. Not a test (it asserts nothing); run it against a built web folder:
//   cd tests/browser && node measure-drag.mjs            (H2045_SITE_DIR picks another build)
import { openApp } from './harness.mjs';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const app = await openApp({ query: '?lang=en', viewport: { width: 1280, height: 900 } });
try {
  const bench = await app.call('bench');
  console.log(`bench(): one run ${(bench.simulate_ms * 1000).toFixed(1)} µs, 1,000 paths ` +
              `${bench.monte_carlo_1000_ms.toFixed(1)} ms, 10,000 paths ${bench.monte_carlo_10000_ms.toFixed(1)} ms`);
  for (const fan of ['on', 'off']) {
    await app.call('command', 'fan', fan);
    await app.call('command', 'reset', 'levers');
    for (let i = 0; i < 3; i++) await app.nextFrame();
    const ui = await app.call('uiState');
    const [x, y, w, h] = ui.controls['lever:inst.quality_target'];
    await app.page.mouse.move(x + w * 0.1, y + h / 2);
    await app.page.mouse.down();
    // Frame starts, as the page sees them, while the drag goes on.
    await app.page.evaluate(() => {
      const run = (window.__frameRun = (window.__frameRun || 0) + 1);  // one recorder at a time
      window.__frameTimes = [];
      const tick = (t) => {
        if (run !== window.__frameRun) return;
        window.__frameTimes.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const steps = 120;
    for (let i = 1; i <= steps; i++) {
      await app.page.mouse.move(x + w * (0.1 + (0.8 * i) / steps), y + h / 2);
      await app.nextFrame();
    }
    await app.page.mouse.up();
    const times = await app.page.evaluate(() => {
      window.__frameRun++;
      return window.__frameTimes;
    });
    const intervals = times.slice(1).map((t, i) => t - times[i]);
    console.log(`fan ${fan}: ${intervals.length} frames while dragging, frame time p50 ${percentile(intervals, 50).toFixed(1)} ms, ` +
                `p95 ${percentile(intervals, 95).toFixed(1)} ms`);
  }
  // The target map while a third lever (disbursement) is dragged: the 40 × 40 grid's time,
  // each step (the test hook's target_map.ms), and the frame times.
  await app.call('command', 'fan', 'on');
  await app.call('command', 'reset', 'levers');
  await app.call('command', 'view', 'map');
  for (let i = 0; i < 3; i++) await app.nextFrame();
  const ui = await app.call('uiState');
  const [x, y, w, h] = ui.controls['lever:infra.disbursement_pct'];
  await app.page.mouse.move(x + w * 0.1, y + h / 2);
  await app.page.mouse.down();
  const gridMs = [];
  let computations = ui.target_map.computations;
  const started = performance.now();
  const steps = 60;
  for (let i = 1; i <= steps; i++) {
    await app.page.mouse.move(x + w * (0.1 + (0.8 * i) / steps), y + h / 2);
    await app.nextFrame();
    const map = (await app.call('uiState')).target_map;
    if (map.computations !== computations) gridMs.push(map.ms);
    computations = map.computations;
  }
  const elapsed = performance.now() - started;
  await app.page.mouse.up();
  console.log(`target map while disbursement is dragged: ${gridMs.length} grids of 40 × 40 in ${steps} steps, ` +
              `p50 ${percentile(gridMs, 50).toFixed(1)} ms, p95 ${percentile(gridMs, 95).toFixed(1)} ms, ` +
              `max ${Math.max(...gridMs).toFixed(1)} ms (the steps took ${(elapsed / steps).toFixed(0)} ms each with the hook's round trips)`);
} finally {
  await app.close();
}
