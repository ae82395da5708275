// Touch that works, with real touch events (Playwright's touchscreen and the DevTools
// protocol's Input.dispatchTouchEvent): on a 1180×820 tablet at 2× and a 320×568 phone, one
// tap opens a tab, a swipe scrolls the lever panel, a drag on a slider still moves the
// slider, and a long press shows a lever's meaning and source.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const screenshotDir = resolve(join(here, '..', '..', 'build', 'test-output', 'screenshots'));
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const devices = {
  tablet: { query: '?lang=en', viewport: { width: 1180, height: 820 }, deviceScaleFactor: 2, hasTouch: true },
  phone: { query: '?lang=en', viewport: { width: 320, height: 568 }, deviceScaleFactor: 2, hasTouch: true },
};

function touchDevice(name) {
  const device = {};
  before(async () => {
    device.app = await openApp(devices[name]);
    device.cdp = await device.app.page.context().newCDPSession(device.app.page);
  });
  after(async () => { if (device.app) await device.app.close(); });
  return device;
}

async function state(app) {
  await app.nextFrame();
  await app.nextFrame();
  return app.call('uiState');
}

const leverValues = async (app) =>
  Object.fromEntries((await app.call('levers')).levers.map((l) => [l.id, l.value]));

// One finger along `points`, a frame between moves, as a hand moves (the first move follows
// the touch at once: a finger that rests is a long press).
async function swipe(device, points) {
  const { cdp, app } = device;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]] });
  for (const p of points.slice(1)) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    await app.nextFrame();
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  return state(app);
}

function steps(from, to, n = 12) {
  return Array.from({ length: n + 1 }, (_, i) => ({
    x: from.x + ((to.x - from.x) * i) / n, y: from.y + ((to.y - from.y) * i) / n,
  }));
}

// A point on a lever's name (plain text, no widget): just above its slider row, where the
// name's last line starts (the row starts with the arrow button left of the slider).
function onLeverName(ui, id) {
  const [x, y, , h] = ui.controls[`lever:${id}`];
  return { x: x - h * 0.8, y: y - h * 0.6 };
}

// The levers whose name (and, with `slider`, slider) show in the lever panel, top to bottom.
function visibleLevers(ui, slider = true) {
  const [, top, , height] = ui.controls.levers;
  return Object.entries(ui.controls)
    .filter(([name, [, y, , h]]) => name.startsWith('lever:') && y - h * 1.5 > top &&
            (slider ? y + h : y - h * 0.4) < top + height)
    .sort((a, b) => a[1][1] - b[1][1])
    .map(([name]) => name.slice('lever:'.length));
}

// Swipes up on a lever name until a whole lever shows (a phone shows little at a time).
async function leverInView(device) {
  let ui = await state(device.app);
  for (let i = 0; i < 6 && visibleLevers(ui).length === 0; i++) {
    const from = onLeverName(ui, visibleLevers(ui, false)[0]);
    ui = await swipe(device, steps(from, { x: from.x, y: from.y - 80 }, 4));
  }
  const [id] = visibleLevers(ui);
  assert.ok(id, 'a lever shows whole in the panel');
  return { ui, id };
}

for (const name of ['tablet', 'phone']) describe(name, () => {
  const { width, height } = devices[name].viewport;
  const device = touchDevice(name);

  // The phone has one column: the views as a menu, the levers in a drawer that one tap on
  // "Levers" opens in place of the views, under the headline.
  if (name === 'phone') test(`${name} ${width}x${height}: one tap on "Levers" opens the drawer under the headline`, async () => {
    const { app } = device;
    let ui = await state(app);
    assert.equal(ui.window_class, 'phone');
    assert.equal(ui.view_navigation, 'menu', 'the views are a menu, not a row of tabs');
    assert.ok(ui.controls.view_menu, 'the view menu is drawn');
    assert.equal(ui.controls.levers, undefined, 'the levers wait in the drawer');
    const [x, y, w, h] = ui.controls.drawer;
    assert.ok(h >= 34 && w >= 34, `the drawer button is finger-sized (${w}×${h} px)`);
    await app.page.touchscreen.tap(x + w / 2, y + h / 2);
    await state(app);  // the drawer opens on the tap's frame and is laid out on the next
    ui = await state(app);
    assert.equal(ui.levers_drawer, true, 'one tap opened the drawer');
    assert.ok(ui.controls.levers, 'the levers are drawn');
    assert.ok(ui.controls.headline[1] < ui.controls.levers[1], 'the headline stays above them');
    assert.equal(ui.controls.view_menu, undefined, 'the levers take the views\' place');
  });

  // On the phone the views are a menu: one tap opens it, one tap on a row opens that view.
  if (name === 'phone') test(`${name} ${width}x${height}: one tap opens the view menu, one tap a view`, async () => {
    const { app } = device;
    let ui = await state(app);
    if (ui.levers_drawer) {
      await app.call('command', 'drawer', 'off');
      ui = await state(app);
    }
    const start = ui.view;
    const views = ui.views.map((v) => v.id).filter((v) => v !== start);
    for (const view of [...views.slice(0, 3), start]) {
      const [x, y, w, h] = ui.controls.view_menu;
      await app.page.touchscreen.tap(x + w / 2, y + h / 2);
      for (let i = 0; i < 6 && !ui.controls[`menu:${view}`]; i++) ui = await state(app);
      ui = await state(app);  // a popup takes its place on its second frame
      const row = ui.controls[`menu:${view}`];
      assert.ok(row, `one tap opened the menu and shows ${view}`);
      assert.ok(row[3] >= 33.5, `the ${view} row is finger-sized (${row[3]} px)`);
      await app.page.touchscreen.tap(row[0] + row[2] / 2, row[1] + row[3] / 2);
      for (let i = 0; i < 6 && ui.view !== view; i++) ui = await state(app);
      assert.equal(ui.view, view, `one tap on the ${view} row opens it`);
      for (let i = 0; i < 3 && ui.controls[`menu:${view}`]; i++) ui = await state(app);
      assert.equal(ui.controls[`menu:${view}`], undefined, 'the menu closed');
    }
    await app.call('command', 'drawer', 'on');  // the tests below work in the drawer
  });

  if (name === 'tablet') test(`${name} ${width}x${height}: one tap opens each tab`, async () => {
    const { app } = device;
    let ui = await state(app);
    const views = ui.views.map((v) => v.id);
    const order = [...views.filter((v) => v !== ui.view), ui.view];  // every other tab, then back
    let opened = 0;
    for (const view of order) {
      const rect = ui.controls[`tab:${view}`];
      assert.ok(rect, `tab ${view} is on screen`);
      const [x, y, w, h] = rect;
      await app.page.touchscreen.tap(x + w / 2, y + h / 2);
      // The finger's arrival, press and release reach ImGui in frames of their own and the
      // tab bar selects on the frame after the press: a few frames, still one tap.
      for (let i = 0; i < 6 && ui.view !== view; i++) ui = await state(app);
      assert.equal(ui.view, view, `one tap on the ${view} tab opens it (${opened} of ${order.length} so far)`);
      opened++;
    }
    assert.equal(opened, order.length);
    assert.equal(ui.pointer.touch, true, 'the app knows the pointer is a finger');
    for (let i = 0; i < 3 && ui.pointer.inside; i++) ui = await state(app);
    assert.equal(ui.pointer.inside, false, 'a lifted finger hovers nothing: the tapped tab does not stay lit');
  });

  test(`${name} ${width}x${height}: a swipe scrolls the lever panel and moves no lever`, async () => {
    const { app } = device;
    let ui = await state(app);
    const [top, max] = ui.levers_scroll;
    assert.ok(max > 0, `the lever panel has more than fits (scroll max ${max})`);
    const values = await leverValues(app);
    const [first] = visibleLevers(ui, false);
    const from = onLeverName(ui, first);
    const distance = Math.min(300, from.y - 10);
    ui = await swipe(device, steps(from, { x: from.x, y: from.y - distance }));
    const scrolled = ui.levers_scroll[0] - top;
    assert.ok(scrolled > distance * 0.8, `a ${distance} px swipe up scrolled the panel by ${scrolled} px`);
    assert.deepEqual(await leverValues(app), values, 'the swipe moved no lever');
    // And back down.
    // On a phone the drawer is short: the swipe back stays on the panel.
    const again = onLeverName(ui, visibleLevers(ui, false)[0]);
    const [, panelTop, , panelHeight] = ui.controls.levers;
    const back = Math.min(distance, panelTop + panelHeight - 10 - again.y);
    ui = await swipe(device, steps(again, { x: again.x, y: again.y + back }));
    assert.ok(ui.levers_scroll[0] < top + scrolled - back * 0.8, `a ${back} px swipe down scrolls back`);
    assert.deepEqual(await leverValues(app), values, 'the swipe back moved no lever');
  });

  test(`${name} ${width}x${height}: a drag that starts on a slider moves the slider, not the panel`, async () => {
    const { app } = device;
    let { ui, id } = await leverInView(device);
    const before = (await leverValues(app))[id];
    const scroll = ui.levers_scroll[0];
    const [x, y, w, h] = ui.controls[`lever:${id}`];
    // Start on the slider, move right and a little up, as a thumb does.
    ui = await swipe(device, steps({ x: x + w * 0.1, y: y + h / 2 }, { x: x + w * 0.9, y: y + h / 2 - 20 }));
    assert.ok((await leverValues(app))[id] > before, `dragging the ${id} slider raised it`);
    assert.equal(ui.levers_scroll[0], scroll, 'a drag on a slider does not scroll the panel');
    await app.call('command', 'reset', 'levers');
  });

  test(`${name} ${width}x${height}: a tap shows no tooltip, a long press shows the lever's meaning and source`, async () => {
    const { app, cdp } = device;
    let { ui, id } = await leverInView(device);
    const p = onLeverName(ui, id);
    await app.page.touchscreen.tap(p.x, p.y);
    ui = await state(app);
    assert.equal(ui.tooltip, '', 'a tap on a lever name opens no tooltip');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [p] });
    await app.nextFrame();
    ui = await app.call('uiState');
    assert.equal(ui.tooltip, '', 'no tooltip as the finger lands');
    await sleep(700);  // a long press is defined by time: 500 ms without moving
    ui = await state(app);
    assert.equal(ui.pointer.long_press, true, 'the resting finger is a long press');
    assert.equal(ui.tooltip, id, `a long press on the ${id} name shows its tooltip`);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    ui = await state(app);
    assert.equal(ui.tooltip, id, 'the tooltip stays after the finger lifts, to be read');
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(join(screenshotDir, `touch_tooltip_${name}_${width}x${height}.png`), await app.page.screenshot({ type: 'png' }));
    await app.page.touchscreen.tap(p.x, p.y);
    ui = await state(app);
    assert.equal(ui.tooltip, '', 'the next tap closes it');
    app.expectClean();
  });
});
