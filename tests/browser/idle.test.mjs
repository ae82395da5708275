// Idle means idle: once nothing changes, the page draws no frame and asks the browser for
// no animation frame; input, resizes and the automation API wake it up again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { countAnimationFrames, waitUntilQuiet, idleCounters, framesAfter } from './idle.mjs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

let app;
before(async () => { app = await openApp({ query: '?lang=en', initScript: countAnimationFrames }); });
after(async () => { if (app) await app.close(); });

// Settles, then checks that `ms` of quiet cost no frame and no animation frame.
async function expectIdleFor(ms, what) {
  assert.ok(await waitUntilQuiet(app.page), `${what}: the app kept drawing frames while nothing changed`);
  const [rafBefore, , framesBefore] = await idleCounters(app.page);
  await sleep(ms);
  const [rafAfter, pending, framesNow] = await idleCounters(app.page);
  assert.equal(framesNow - framesBefore, 0, `${what}: frames drawn while idle`);
  assert.equal(rafAfter - rafBefore, 0, `${what}: animation-frame callbacks ran while idle`);
  assert.equal(pending, 0, `${what}: an animation frame is still scheduled while idle`);
  return framesNow;
}

test('the frame counter sees the frames the app draws', async () => {
  const [, , drawn] = await idleCounters(app.page);
  assert.ok(drawn > 0, 'the first frames were counted');
});

test('after 5 s idle no frame is drawn and no animation frame is scheduled; a mouse move draws again', async () => {
  const frames = await expectIdleFor(5000, 'after start');
  await app.page.mouse.move(400, 300);
  await app.page.mouse.move(420, 310);
  assert.ok((await framesAfter(app.page, frames)) > frames, 'moving the mouse drew a frame');
});

test('a key press wakes the idle page', async () => {
  const frames = await expectIdleFor(1000, 'after the mouse move');
  await app.page.keyboard.press('Shift');
  assert.ok((await framesAfter(app.page, frames)) > frames, 'a key press drew a frame');
});

test('the automation API works on an idle page: frame() resolves, setLever redraws', async () => {
  let frames = await expectIdleFor(1000, 'after the key press');
  const drawn = await app.nextFrame();
  assert.ok(drawn > 0, 'frame() resolved with a frame number');
  frames = await expectIdleFor(1000, 'after frame()');
  const lever = (await app.call('levers')).levers.find((l) => l.id === 'infra.public_investment_pct');
  await app.call('setLever', lever.id, lever.value === lever.max ? lever.min : lever.max);
  assert.ok((await framesAfter(app.page, frames)) > frames, 'setLever drew a frame');
  frames = await expectIdleFor(1000, 'after setLever');
  await app.call('command', 'view', 'growth');
  assert.ok((await framesAfter(app.page, frames)) > frames, 'a command drew a frame');
  assert.equal((await app.call('uiState')).view, 'growth');
});

test('a resize and a new pixel ratio wake the idle page', async () => {
  let frames = await expectIdleFor(1000, 'before the resize');
  await app.page.setViewportSize({ width: 1000, height: 700 });
  frames = await framesAfter(app.page, frames);
  await app.nextFrame();
  assert.deepEqual((await app.call('uiState')).display, [1000, 700], 'the app drew at the new size');
  await expectIdleFor(1000, 'after the resize');
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1000, height: 700, deviceScaleFactor: 2, mobile: false });
  await app.page.waitForFunction(() => document.getElementById('canvas').width === 2000, null, { timeout: 5000 });
  await app.nextFrame();
  await expectIdleFor(1000, 'after the pixel ratio changed');
  app.expectClean();
});
