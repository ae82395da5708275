// The interface in the browser, through the automation API: every view draws, each lever
// moves the result in the direction the model documents and the chart redraws, the
// language switch changes what is on screen, presenter mode, predict-then-reveal, undo,
// what's needed; and screenshots at projector, laptop and desktop sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, pixelStats, decodePng } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const screenshotDir = resolve(join(here, '..', '..', 'build', 'test-output', 'screenshots'));
// The views come from the app's own view table (uiState().views); this file says what each draws.
let views = [];
// Charts each view draws (ids reported by uiState().charts).
const viewCharts = {
  chart: ['main'], decomposition: ['decomposition'], growth: ['growth'], investment: ['investment'],
  people: ['schooling', 'institutions'], warnings: [], needed: ['main'], compare: [], sensitivity: [],
  gap: [], map: ['target_map'],
};

// model.md: more of each breakthrough raises output; longer lags and slower reform lower it.
// `setup` puts the scenario where the lever has something to act on.
const leverDirections = [
  { id: 'infra.public_investment_pct', sign: +1 },
  { id: 'infra.disbursement_pct', sign: +1 },
  { id: 'infra.efficiency', sign: +1 },
  { id: 'infra.lag_years', sign: -1 },
  { id: 'inst.quality_target', sign: +1 },
  { id: 'inst.years_to_target', sign: -1, setup: [['inst.quality_target', 85]] },
  { id: 'inst.digital_gov_pct', sign: +1 },
  { id: 'hc.entrant_schooling_years', sign: +1 },
  { id: 'hc.skilled_migration', sign: +1 },
  { id: 'hc.rnd_pct', sign: +1 },
];

let app;
before(async () => {
  app = await openApp({ query: '?lang=en' });
  views = (await app.call('uiState')).views.map((v) => v.id);
});
after(async () => { if (app) await app.close(); });

async function settle() {
  await app.nextFrame();
  await app.nextFrame();
  return app.call('uiState');
}

function value2045(result) {
  const row = result.years.find((y) => y.year === 2045);
  assert.ok(row, 'the result has a 2045 row');
  return row.grdp_per_capita_usd;
}

function chart(ui, id) {
  return ui.charts.find((c) => c.id === id);
}

function drew(ui, text) {
  return ui.drawn.some((s) => s.includes(text));
}

async function saveScreenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const png = await page.screenshot({ type: 'png' });
  writeFileSync(join(screenshotDir, name), png);
  const stats = pixelStats(decodePng(png));
  assert.ok(stats.deviation > 0.03, `${name}: luminance deviation ${stats.deviation.toFixed(4)}: blank?`);
  assert.ok(stats.colours > 32, `${name}: only ${stats.colours} colours: blank?`);
  return stats;
}

test('every view draws its charts in both languages', async () => {
  assert.deepEqual([...views].sort(), Object.keys(viewCharts).sort(), 'every view in the table is tested here');
  for (const lang of ['en', 'vi']) {
    await app.call('command', 'lang', lang);
    for (const view of views) {
      await app.call('command', 'view', view);
      const ui = await settle();
      assert.equal(ui.view, view);
      assert.equal(ui.language, lang);
      assert.equal(ui.tabs.length, views.length, 'one tab per view');
      assert.deepEqual(ui.missing_keys, [], 'no untranslated keys');
      for (const id of viewCharts[view]) {
        const c = chart(ui, id);
        assert.ok(c, `${view} (${lang}) drew chart ${id}`);
        assert.ok(c.points > 0, `${view} (${lang}) chart ${id} plotted points`);
      }
    }
  }
  await app.call('command', 'lang', 'en');
  await app.call('command', 'view', 'chart');
});

test('each lever moves the 2045 result in the documented direction and the chart redraws', async () => {
  const table = await app.call('levers');
  for (const { id, sign, setup = [] } of leverDirections) {
    const lever = table.levers.find((l) => l.id === id);
    assert.ok(lever, `lever ${id} is in the table`);
    await app.call('command', 'reset', 'levers');
    for (const [other, v] of setup) await app.call('setLever', other, v);
    const ui0 = await settle();
    const before = value2045(await app.call('result'));
    const checksum = chart(ui0, 'main').checksum;
    // Move to the end of the range away from the default.
    const target = lever.max - lever.default >= lever.default - lever.min ? lever.max : lever.min;
    const direction = Math.sign(target - lever.default) * sign;
    await app.call('setLever', id, target);
    const ui1 = await settle();
    const after = value2045(await app.call('result'));
    assert.ok(Number.isFinite(after), `${id}: finite result`);
    if (direction > 0) assert.ok(after > before, `${id} → ${target}: 2045 ${before} → ${after} should rise`);
    else assert.ok(after < before, `${id} → ${target}: 2045 ${before} → ${after} should fall`);
    assert.notEqual(chart(ui1, 'main').checksum, checksum, `${id}: the main chart redrew with new values`);
    assert.ok(ui1.can_undo, `${id}: the change is in the undo history`);
  }
  await app.call('command', 'reset', 'levers');
});

test('the language switch changes the visible strings and number format', async () => {
  await app.call('command', 'lang', 'en');
  let ui = await settle();
  assert.ok(drew(ui, 'Policy levers'));
  assert.ok(drew(ui, 'Infrastructure') && drew(ui, 'Institutions') && drew(ui, 'Human capital'));
  assert.ok(ui.headline.includes('36,000'), ui.headline);
  const englishTabs = ui.tabs;
  await app.call('command', 'lang', 'vi');
  ui = await settle();
  assert.equal(ui.language, 'vi');
  assert.ok(drew(ui, 'Đòn bẩy chính sách'));
  assert.ok(drew(ui, 'Hạ tầng') && drew(ui, 'Thể chế') && drew(ui, 'Nhân lực'));
  assert.ok(!drew(ui, 'Policy levers'), 'no English left after switching');
  assert.ok(ui.headline.includes('36.000'), `Vietnamese groups thousands with "." (${ui.headline})`);
  assert.notDeepEqual(ui.tabs, englishTabs);
  await app.call('command', 'lang', 'en');
});

test('presenter mode: larger type, assumptions hidden; back again', async () => {
  let ui = await settle();
  const normalFont = ui.font_size;
  assert.ok(drew(ui, 'Model assumptions'));
  await app.call('command', 'presenter', 'on');
  ui = await settle();
  assert.equal(ui.presenter, true);
  assert.ok(ui.font_size > normalFont * 1.3, `font ${normalFont} → ${ui.font_size}`);
  assert.ok(!drew(ui, 'Model assumptions'), 'assumptions are hidden in presenter mode');
  await saveScreenshot(app.page, 'presenter_1280x800.png');
  await app.call('command', 'presenter', 'off');
  ui = await settle();
  assert.equal(ui.presenter, false);
  assert.equal(ui.font_size, normalFont);
});

test('predict then reveal hides results until revealed, and again after a change', async () => {
  await app.call('command', 'predict', 'on');
  let ui = await settle();
  assert.equal(ui.revealed, false);
  assert.ok(ui.targets.length > 0 && ui.targets.every((t) => t.shown === 'hidden'), JSON.stringify(ui.targets));
  assert.ok(!/missed by|met ·/.test(ui.headline), ui.headline);
  assert.ok(!chart(ui, 'main') || chart(ui, 'main').series >= 1);
  await saveScreenshot(app.page, 'predict_hidden_1280x800.png');
  await app.call('command', 'reveal', '');
  ui = await settle();
  assert.equal(ui.revealed, true);
  assert.ok(ui.targets.every((t) => t.shown === 'met' || t.shown === 'missed'), JSON.stringify(ui.targets));
  await app.call('setLever', 'hc.rnd_pct', 2);
  ui = await settle();
  assert.equal(ui.revealed, false, 'a new proposal is hidden again');
  await app.call('command', 'predict', 'off');
  await app.call('command', 'reset', 'levers');
});

test("predict then reveal: the groups' guesses are typed in, hidden with the result, shown against it", async () => {
  await app.call('command', 'reset', 'levers');
  await app.call('command', 'units', 'usd');
  await app.call('command', 'view', 'chart');
  await app.call('setLever', 'assume.private_investment_pct', 38);  // a warning to hide
  await app.call('command', 'predict', 'on');
  // One group typed in through the panel, as a facilitator would; two by command.
  let ui = await settle();
  assert.ok(ui.controls['predict:group'], 'the predictions panel has a group field');
  await click('predict:group');
  await app.page.keyboard.type('Room A');
  await settle();
  await click('predict:value');
  await app.page.keyboard.type('25000');
  await settle();
  await press('Enter');
  await app.call('command', 'predict.add', 'Room B:40000');
  await app.call('command', 'predict.add', 'Room C:28000');
  ui = await settle();
  assert.deepEqual(ui.predictions.map((p) => [p.group, p.value]),
                   [['Room A', 25000], ['Room B', 40000], ['Room C', 28000]]);
  assert.equal(ui.revealed, false);
  assert.ok(ui.tabs.every((t) => !/\(\d+\)/.test(t)), `no warnings count before the reveal: ${ui.tabs}`);
  assert.equal(chart(ui, 'main').markers.length, 0, 'no guesses on the chart before the reveal');
  assert.ok(!/missed by|met ·/.test(ui.headline), ui.headline);
  await saveScreenshot(app.page, 'predict_guesses_hidden_1280x800.png');
  await app.call('command', 'reveal', '');
  ui = await settle();
  const markers = chart(ui, 'main').markers;
  assert.deepEqual(markers.map((m) => [m.label, m.x, m.y]),
                   [['Room A', 2045, 25000], ['Room B', 2045, 40000], ['Room C', 2045, 28000]]);
  assert.ok(ui.tabs.some((t) => /\(\d+\)/.test(t)), `the warnings count after the reveal: ${ui.tabs}`);
  await saveScreenshot(app.page, 'predict_guesses_revealed_1280x800.png');
  await app.call('command', 'predict.clear', '');
  await app.call('command', 'predict', 'off');
  await app.call('command', 'reset', 'all');
});

test('undo and redo step through scenarios', async () => {
  await app.call('command', 'reset', 'levers');
  const original = JSON.stringify(await app.call('scenario'));
  await app.call('setLever', 'infra.public_investment_pct', 10);
  const changed = JSON.stringify(await app.call('scenario'));
  assert.notEqual(changed, original);
  await app.call('command', 'undo', '');
  assert.equal(JSON.stringify(await app.call('scenario')), original);
  await app.call('command', 'redo', '');
  assert.equal(JSON.stringify(await app.call('scenario')), changed);
  const ui = await settle();
  assert.equal(ui.can_undo, true);
  await app.call('command', 'reset', 'levers');
});

test("what's needed answers and its answer applies with one command", async () => {
  await app.call('command', 'reset', 'levers');
  await app.call('command', 'targets', 'congress17_2020');
  await app.call('command', 'view', 'needed');
  await app.call('command', 'needed.target', '2045');
  await app.call('command', 'needed.lever', 'infra.public_investment_pct');
  let ui = await settle();
  assert.ok(ui.needed, 'the solver answered');
  assert.equal(ui.needed.year, 2045);
  if (ui.needed.status === 'found') {
    await app.call('command', 'needed.apply', '');
    assert.ok(value2045(await app.call('result')) >= 36000 * 0.999);
    await app.call('command', 'undo', '');
    assert.ok(value2045(await app.call('result')) < 36000);
  } else {
    assert.ok(['unreachable', 'already_met'].includes(ui.needed.status), ui.needed.status);
    await assert.rejects(app.call('command', 'needed.apply', ''), /command: .+/);
  }
  ui = await settle();
  await saveScreenshot(app.page, 'needed_1280x800.png');
  await app.call('command', 'view', 'chart');
});

test('the help overlay and the custom target editor open', async () => {
  await app.call('command', 'help', 'on');
  let ui = await settle();
  assert.equal(ui.help, true);
  assert.ok(drew(ui, 'Keyboard shortcuts'));
  await saveScreenshot(app.page, 'help_1280x800.png');
  await app.call('command', 'help', 'off');
  await app.call('command', 'custom_target', '2040:30000');
  await app.call('command', 'custom_target', 'edit');
  ui = await settle();
  assert.equal(ui.target_set, 'custom');
  assert.ok(ui.targets.some((t) => t.year === 2040));
  assert.ok(drew(ui, 'Custom targets'));
  await saveScreenshot(app.page, 'custom_targets_1280x800.png');
  await app.page.keyboard.press('Escape');
  await app.call('command', 'targets', 'congress17_2020');
  await settle();
});

// Real pointer and keyboard input, at the positions uiState reports for the controls.
async function click(name, fraction = 0.5) {
  const ui = await app.call('uiState');
  const rect = ui.controls[name];
  assert.ok(rect, `control ${name} is on screen`);
  const [x, y, w, h] = rect;
  // Hover first, as a person does: ImGui's tabs take a click only where the pointer
  // already was on the previous frame.
  await app.page.mouse.move(x + w * fraction, y + h / 2);
  await settle();
  await app.page.mouse.click(x + w * fraction, y + h / 2);
  return settle();
}

// Holds keys for a couple of frames, as fingers do (ImGui 1.86's SDL backend sees a key
// only if it is still down when the next frame starts).
async function press(...keys) {
  for (const key of keys) await app.page.keyboard.down(key);
  await settle();
  for (const key of [...keys].reverse()) await app.page.keyboard.up(key);
  return settle();
}

test('clicks and keys work like the API: language, tabs, a slider, undo, shortcuts', async () => {
  await app.call('command', 'reset', 'levers');
  await app.call('command', 'lang', 'en');
  await settle();
  let ui = await click('lang:vi');
  assert.equal(ui.language, 'vi', 'clicking VI switches to Vietnamese');
  ui = await click('lang:en');
  assert.equal(ui.language, 'en');
  ui = await click('tab:growth');
  assert.equal(ui.view, 'growth', `clicking a tab opens its view: ${JSON.stringify(ui.controls['tab:growth'])}`);
  const before = value2045(await app.call('result'));
  ui = await click('lever:infra.public_investment_pct', 0.9);
  const lever = (await app.call('levers')).levers.find((l) => l.id === 'infra.public_investment_pct');
  assert.ok(lever.value > lever.default, `the slider moved the lever (${lever.value})`);
  assert.equal(lever.value, Number(lever.value.toFixed(lever.decimals)), 'a slider value is a round number');
  assert.ok(value2045(await app.call('result')) > before, 'and the 2045 value rose');
  assert.ok(ui.can_undo);
  await press('Control', 'z');
  assert.equal(value2045(await app.call('result')), before, 'Ctrl+Z undid the slider move');
  await press('Control', 'y');
  assert.ok(value2045(await app.call('result')) > before, 'Ctrl+Y redid it');
  await app.page.keyboard.press('2');
  ui = await settle();
  assert.equal(ui.view, 'decomposition', 'key 2 opens the second view');
  await app.page.keyboard.press('l');
  ui = await settle();
  assert.equal(ui.language, 'vi', 'L switches the language');
  await app.page.keyboard.press('F1');  // a quick tap: down and up before the next frame
  ui = await settle();
  assert.equal(ui.help, true, 'F1 opens the help');
  ui = await press('Escape');
  assert.equal(ui.help, false, 'Escape closes it');
  await app.call('command', 'lang', 'en');
  await app.call('command', 'view', 'chart');
  await app.call('command', 'reset', 'levers');
  await settle();
});

test('the view table and the command table drive the keys and the help overlay', async () => {
  await app.call('command', 'lang', 'en');
  let ui = await settle();
  // Each view opens with its own key.
  for (const view of ui.views) {
    await app.page.keyboard.press(view.shortcut);
    ui = await settle();
    assert.equal(ui.view, view.id, `key ${view.shortcut} opens ${view.id}`);
  }
  // The overlay lists every command that has keys, with the keys the table gives, and the view keys.
  const keyed = ui.commands.filter((c) => c.keys !== '');
  assert.ok(keyed.length >= 8, 'the shortcuts are in the command table');
  for (const c of keyed) assert.ok(ui.help_rows.some((r) => r.keys === c.keys), `help lists ${c.name} (${c.keys})`);
  // "1 – 9, 0, T": the run of digit keys, then the others.
  const digits = ui.views.filter((v) => v.shortcut >= '1' && v.shortcut <= '9').map((v) => v.shortcut);
  const others = ui.views.slice(digits.length).map((v) => v.shortcut.toUpperCase());
  const viewKeys = [`${digits[0]} – ${digits[digits.length - 1]}`, ...others].join(', ');
  assert.ok(ui.help_rows.some((r) => r.keys === viewKeys), `help lists the view keys (${viewKeys})`);
  await app.call('command', 'help', 'on');
  ui = await settle();
  for (const row of ui.help_rows) assert.ok(drew(ui, row.text), `the overlay shows "${row.text}"`);
  await app.call('command', 'help', 'off');
  // Every command answers a bad argument or runs: none is listed without being reachable.
  for (const c of ui.commands) {
    const known = await app.call('command', c.name, '\u0001bad').then(() => true, (e) => !/unknown command/.test(e.message));
    assert.ok(known, `command ${c.name} is served`);
  }
  await app.call('command', 'view', 'chart');
  await app.call('command', 'reset', 'all');
  await app.call('command', 'lang', 'en');
  await settle();
});

test('the assumptions panel opens and closes with a click', async () => {
  await app.call('command', 'lang', 'en');
  let ui = await settle();
  assert.equal(ui.assumptions_open, false, 'collapsed by default');
  assert.ok(drew(ui, 'Model assumptions') && !drew(ui, 'Reset assumptions'));
  ui = await click('assumptions', 0.3);
  assert.equal(ui.assumptions_open, true);
  assert.ok(drew(ui, 'Reset assumptions'));
  await saveScreenshot(app.page, 'assumptions_1280x800.png');
  ui = await click('assumptions', 0.3);
  assert.equal(ui.assumptions_open, false);
});

test('a touch tablet: taps open tabs and move a slider, a finger drag moves another', async () => {
  const tablet = await openApp({
    query: '?lang=vi', viewport: { width: 1180, height: 820 }, deviceScaleFactor: 2, hasTouch: true,
  });
  try {
    const state = async () => {
      await tablet.nextFrame();
      await tablet.nextFrame();
      return tablet.call('uiState');
    };
    const leverValue = async (id) => (await tablet.call('levers')).levers.find((l) => l.id === id).value;
    let ui = await state();
    const centre = (name, fx = 0.5) => {
      const [x, y, w, h] = ui.controls[name];
      return { x: x + w * fx, y: y + h / 2 };
    };
    // Tabs where they fit in a row, else the views' menu (eleven views in Vietnamese on a tablet).
    let p;
    if (ui.controls['tab:growth']) {
      p = centre('tab:growth');
    } else {
      p = centre('view_menu');
      await tablet.page.touchscreen.tap(p.x, p.y);
      for (let i = 0; i < 6 && !ui.controls['menu:growth']; i++) ui = await state();
      ui = await state();  // a popup takes its place on its second frame
      p = centre('menu:growth');
    }
    await tablet.page.touchscreen.tap(p.x, p.y);
    // The queue gives ImGui the finger's arrival, press and release in frames of their own,
    // and the tab bar selects on the frame after the press: a few frames, one tap.
    for (let i = 0; i < 6 && ui.view !== 'growth'; i++) ui = await state();
    assert.equal(ui.view, 'growth', 'a tap on a tab opens its view');
    const before = value2045(await tablet.call('result'));
    p = centre('lever:infra.public_investment_pct', 0.9);
    await tablet.page.touchscreen.tap(p.x, p.y);
    ui = await state();
    assert.ok(value2045(await tablet.call('result')) > before, 'a tap near the end of a slider raises the lever');
    // A finger drag along the disbursement slider (touch events through the DevTools protocol).
    const cdp = await tablet.page.context().newCDPSession(tablet.page);
    const start = await leverValue('infra.disbursement_pct');
    const [x, y, w, h] = ui.controls['lever:infra.disbursement_pct'];
    const at = (fx) => [{ x: x + w * fx, y: y + h / 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.45) });
    for (let fx = 0.5; fx <= 0.95; fx += 0.05) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(fx) });
      await tablet.nextFrame();
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await state();
    assert.ok((await leverValue('infra.disbursement_pct')) > start + 10, 'the drag moved the slider');
    await saveScreenshot(tablet.page, 'tablet_vi_1180x820.png');
    tablet.expectClean();
  } finally {
    await tablet.close();
  }
});

test('app.expectClean after all interactions', async () => {
  app.expectClean();
});

for (const [width, height] of [[1024, 768], [1280, 800], [1920, 1080]]) {
  test(`screenshots of every view at ${width}x${height} are not blank`, async () => {
    const sized = await openApp({ query: '?lang=vi', viewport: { width, height } });
    try {
      for (const view of views) {
        await sized.call('command', 'view', view);
        await sized.nextFrame();
        await sized.nextFrame();
        const ui = await sized.call('uiState');
        assert.deepEqual(ui.display, [width, height], 'the layout uses the whole viewport');
        await saveScreenshot(sized.page, `${view}_vi_${width}x${height}.png`);
      }
      await sized.call('command', 'lang', 'en');
      await sized.call('command', 'view', 'chart');
      await sized.nextFrame();
      await sized.nextFrame();
      await saveScreenshot(sized.page, `chart_en_${width}x${height}.png`);
      sized.expectClean();
    } finally {
      await sized.close();
    }
  });
}
