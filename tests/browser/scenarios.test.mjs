// Scenarios that travel, in the browser: presets, a reload that keeps the scenario, share links
// (opened at start, pasted, Back and Forward, damaged), files that load or are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

let app;
before(async () => { app = await openApp({ query: '?lang=en' }); });
after(async () => { if (app) await app.close(); });

// Goes to `url` (or reloads) and waits until the app is running again.
async function arrive(url) {
  if (url) await app.page.goto(url, { waitUntil: 'load' });
  else await app.page.reload({ waitUntil: 'load' });
  await app.page.waitForFunction(() => window.hanoi2045 !== undefined);
  await app.page.evaluate(() => window.hanoi2045.ready);
  await app.nextFrame();
}

const lever = 'infra.public_investment_pct';
const leverValue = (scenario) => scenario.levers[lever].value;

test('seven presets, each loaded by the API and undone in one step', async () => {
  const presets = await app.call('presets');
  assert.deepEqual(presets.map((p) => p.id),
    ['baseline', 'congress17', 'master_plan_2024', 'infrastructure_led', 'reform_led', 'human_capital_led', 'downside']);
  for (const p of presets) {
    assert.ok(p.name && p.description && p.sources, `${p.id} has its words`);
  }
  const before = await app.call('scenario');
  await app.call('loadPreset', 'congress17');
  await app.nextFrame();
  const state = await app.call('uiState');
  assert.equal(state.name, presets[1].name);
  assert.match(state.history.at(-1), /Preset: /);
  await app.call('command', 'undo');
  assert.deepEqual(await app.call('scenario'), before);
  await assert.rejects(app.call('loadPreset', 'nope'), /unknown/);
});

test('a reload keeps the scenario, and the address bar always links to it', async () => {
  await app.call('setLever', lever, 9.5);
  await app.nextFrame();
  await app.nextFrame();
  const link = await app.call('shareLink');
  assert.equal(await app.page.evaluate(() => location.hash), new URL(link).hash, 'the address bar holds the link');
  // The link carries the scenario, not the sender's language: ?lang= stays out of it.
  assert.equal(link, (await app.page.evaluate(() => location.origin + location.pathname)) + new URL(link).hash);
  await arrive();
  assert.equal(leverValue(await app.call('scenario')), 9.5);
  // Also when opened without the link: the autosave.
  await arrive(app.url);
  assert.equal(leverValue(await app.call('scenario')), 9.5);
  assert.deepEqual(app.consoleErrors, [], 'no console errors across reloads');
});

test('a link opens on another device; Back and Forward step through the links opened', async () => {
  await app.call('loadPreset', 'reform_led');
  await app.nextFrame();
  const reform = await app.call('shareLink');
  await app.call('loadPreset', 'infrastructure_led');
  await app.nextFrame();
  const infrastructure = await app.call('shareLink');
  assert.ok(reform.length < 200 && infrastructure.length < 200);

  // A fresh browser on a phone (a participant scanning the QR code): the link alone brings the
  // whole scenario, in the phone's layout, every text whole.
  const other = await openApp({ query: '?lang=vi' + new URL(reform).hash, viewport: { width: 320, height: 568 },
                                deviceScaleFactor: 2, hasTouch: true });
  const opened = await other.call('scenario');
  for (let i = 0; i < 3; i++) await other.nextFrame();
  const phone = await other.call('uiState');
  await other.close();
  assert.equal(phone.window_class, 'phone');
  assert.deepEqual(phone.text.faults, [], 'the phone shows the linked scenario without a cut or overlapping text');
  await app.call('loadPreset', 'reform_led');
  assert.deepEqual(opened, await app.call('scenario'));

  // Navigated by link within the page: each is a step the browser's Back returns from.
  await app.call('loadPreset', 'baseline');
  await app.nextFrame();
  await app.page.evaluate((hash) => { location.hash = hash; }, new URL(infrastructure).hash);
  await app.page.waitForFunction(() => window.hanoi2045.uiState().name !== 'Baseline');
  await app.page.evaluate((hash) => { location.hash = hash; }, new URL(reform).hash);
  await app.page.waitForFunction((h) => location.hash === h, new URL(reform).hash);
  await app.nextFrame();
  const reformScenario = await app.call('scenario');
  await app.page.goBack();
  await app.nextFrame();
  assert.equal((await app.call('uiState')).name, 'Infrastructure-led');
  await app.page.goForward();
  await app.nextFrame();
  assert.deepEqual(await app.call('scenario'), reformScenario);
});

test('a damaged link shows its message, keeps the last scenario and the app still works', async () => {
  await app.call('setLever', lever, 7);
  await app.nextFrame();
  const good = await app.call('shareLink');
  const hash = new URL(good).hash;
  const damaged = hash.slice(0, -4) + (hash.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  await arrive(app.url + damaged);
  const state = await app.call('uiState');
  assert.ok(state.notice.error, 'the notice is an error');
  assert.match(state.notice.text, /link/);
  assert.equal(leverValue(await app.call('scenario')), 7, 'the last autosave');
  await assert.rejects(app.call('openLink', '#s=<img src=x onerror=alert(1)>'), /share link/);
  assert.equal(await app.page.evaluate(() => document.querySelectorAll('img').length), 0, 'no markup from a link');
  await app.call('setLever', lever, 8);
  assert.equal(leverValue(await app.call('scenario')), 8, 'the app still works');
});

test('a saved file loads back; a bad file leaves the scenario unchanged', async () => {
  await app.call('loadPreset', 'human_capital_led');
  const saved = JSON.stringify(await app.call('scenario'));
  await app.call('loadPreset', 'downside');
  await app.call('openFile', 'group2.json', saved);
  assert.equal(JSON.stringify(await app.call('scenario')), saved);
  await assert.rejects(app.call('openFile', 'broken.json', saved.slice(0, 40)), /broken\.json/);
  assert.equal(JSON.stringify(await app.call('scenario')), saved);
  await app.nextFrame();
  assert.match((await app.call('uiState')).notice.text, /broken\.json/);
  // Dropped on the page, as a person would.
  await app.call('loadPreset', 'downside');
  await app.page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, saved);
  await app.page.waitForFunction(() => /dropped\.json/.test(window.hanoi2045.uiState().notice.text));
  assert.equal(JSON.stringify(await app.call('scenario')), saved);

  // Picked with the browser's file chooser from the Scenarios menu.
  await app.call('loadPreset', 'downside');
  await app.nextFrame();
  const click = async (name) => {
    const c = (await app.call('uiState')).controls[name];
    assert.ok(c, `control ${name} is on screen`);
    await app.page.mouse.click(c[0] + c[2] / 2, c[1] + c[3] / 2);
    for (let i = 0; i < 3; i++) await app.nextFrame();
  };
  await click('scenario');
  const chooser = app.page.waitForEvent('filechooser');
  await click('open_file');
  await (await chooser).setFiles({ name: 'picked.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await app.page.waitForFunction(() => /picked\.json/.test(window.hanoi2045.uiState().notice.text));
  assert.equal(JSON.stringify(await app.call('scenario')), saved);
});

test('scenarios saved on this device survive a reload; comparing four draws four named lines', async () => {
  const ids = ['congress17', 'infrastructure_led', 'reform_led', 'human_capital_led'];
  const presets = await app.call('presets');
  const names = ids.map((id) => presets.find((p) => p.id === id).name);
  for (const id of ids) {
    await app.call('loadPreset', id);
    await app.call('save', presets.find((p) => p.id === id).name);
  }
  await arrive();
  assert.deepEqual(await app.call('saved'), names);
  await app.call('loadPreset', 'baseline');
  await app.call('command', 'view', 'chart');
  await app.nextFrame();
  await app.nextFrame();
  const alone = (await app.call('uiState')).charts.find((c) => c.id === 'main').series;
  await app.call('compare', names);
  await app.nextFrame();
  await app.nextFrame();
  const state = await app.call('uiState');
  assert.deepEqual(state.compared, names);
  assert.equal(state.charts.find((c) => c.id === 'main').series, alone + 4, 'four more lines');
  for (const name of names) assert.ok(state.drawn.includes(name), `the legend names ${name}`);
  await assert.rejects(app.call('compare', ['nothing saved by this name']), /neither a saved scenario nor a share link/);
  assert.deepEqual((await app.call('uiState')).compared, names, 'a bad list changes nothing');
  await app.call('compare', []);
  // A reload may cut the previous page's favicon request short: only errors count here.
  assert.deepEqual(app.consoleErrors, []);
});
