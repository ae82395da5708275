// The target map in the page: dragging the scenario's point moves both levers (their sliders
// show the new settings) in one undoable step; a click on a cell sets both to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

let app;
before(async () => { app = await openApp({ query: '?lang=en', viewport: { width: 1280, height: 900 } }); });
after(async () => { if (app) await app.close(); });

const levers = async () => {
  const scenario = await app.call('scenario');
  return { x: scenario.levers['infra.public_investment_pct'].value, y: scenario.levers['inst.quality_target'].value };
};

test('dragging the point moves both levers; undo takes the drag back; a click applies a cell', async () => {
  await app.call('command', 'view', 'map');
  await app.nextFrame();
  await app.nextFrame();
  const state = await app.call('uiState');
  assert.equal(state.target_map.x, 'infra.public_investment_pct');
  assert.equal(state.target_map.columns, 40);
  console.log(`target map: 40 × 40 cells in ${state.target_map.ms.toFixed(1)} ms in this browser`);
  const chart = state.charts.find((c) => c.id === 'target_map');
  assert.ok(chart, 'the map is drawn');
  const [x0, y0, x1, y1] = chart.plot;
  const levers0 = await levers();
  const at = (fx, fy) => [x0 + fx * (x1 - x0), y1 - fy * (y1 - y0)];
  // The default point: 5.5 of 2–15 across, 68.4 of 50–95 up.
  const [px, py] = at((5.5 - 2) / 13, (68.4 - 50) / 45);
  const mouse = app.page.mouse;
  await mouse.move(px, py);
  await mouse.down();
  for (let i = 1; i <= 8; i++) {
    const [mx, my] = at((5.5 - 2) / 13 + i * 0.04, (68.4 - 50) / 45 + i * 0.04);
    await mouse.move(mx, my);
    await app.nextFrame();
  }
  await mouse.up();
  await app.nextFrame();
  const moved = await levers();
  assert.ok(moved.x > levers0.x + 3, `public investment moved right (${levers0.x} → ${moved.x})`);
  assert.ok(moved.y > levers0.y + 10, `institutional quality moved up (${levers0.y} → ${moved.y})`);
  const sliders = (await app.call('uiState')).drawn;
  assert.ok(sliders.some((t) => t.includes(`${moved.x.toFixed(1)} % of GRDP`)), 'the slider shows the new investment');
  await app.call('command', 'undo', '');
  await app.nextFrame();
  assert.deepEqual(await levers(), levers0, 'one undo takes the whole drag back');
  // A click on the cell in column 30, row 10: both levers set to its centre (snapped to steps).
  const [cx, cy] = at((30 + 0.5) / 40, (10 + 0.5) / 40);
  await mouse.click(cx, cy);
  await app.nextFrame();
  await app.nextFrame();
  const clicked = await levers();
  assert.ok(Math.abs(clicked.x - (2 + 30.5 * 13 / 40)) <= 0.051, `x at the cell (${clicked.x})`);
  assert.ok(Math.abs(clicked.y - (50 + 10.5 * 45 / 40)) <= 0.051, `y at the cell (${clicked.y})`);
  app.expectClean();
});
