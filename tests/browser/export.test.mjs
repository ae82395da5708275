// Exports and the share link's QR code in the browser: the CSV arrives as a download with the
// result's values, exportPng() gives the chart's picture, the QR overlay opens and closes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, decodePng, pixelStats } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const english = JSON.parse(await readFile(join(here, '..', '..', 'assets', 'i18n', 'en.json'), 'utf8'));

let app;
before(async () => { app = await openApp({ query: '?lang=en' }); });
after(async () => { if (app) await app.close(); });

// RFC 4180: quoted fields may hold separators, doubled quotes and line breaks.
function parseCsv(text) {
  const rows = [[]];
  let field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); i++; }
    else field += c;
  }
  if (field !== '' || rows.at(-1).length) rows.at(-1).push(field);
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

async function downloadOf(action) {
  const [download] = await Promise.all([app.page.waitForEvent('download', { timeout: 20000 }), action()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('the CSV export downloads the trajectory with the values of result()', async () => {
  await app.call('setLever', 'infra.public_investment_pct', 9);
  const { name, bytes } = await downloadOf(() => app.call('command', 'export', 'csv'));
  assert.equal(name, 'hanoi2045-trajectory.csv');
  assert.equal(bytes.subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 with a byte-order mark');
  const text = bytes.toString('utf8');
  assert.equal(text, '\uFEFF' + await app.call('exportCsv'), 'exportCsv() answers the downloaded text');
  const [header, ...rows] = parseCsv(text.slice(1));
  const yearColumn = header.indexOf(english['column.year']);
  const valueColumn = header.indexOf(english['column.grdp_per_capita_usd']);
  assert.ok(yearColumn >= 0 && valueColumn >= 0, `columns in ${header.join(' | ')}`);
  const years = (await app.call('result')).years;
  assert.equal(rows.length, years.length);
  for (const [i, y] of years.entries()) {
    assert.equal(Number(rows[i][yearColumn]), y.year);
    assert.ok(Math.abs(Number(rows[i][valueColumn]) - y.grdp_per_capita_usd) <= 0.05,
              `${y.year}: ${rows[i][valueColumn]} vs ${y.grdp_per_capita_usd}`);
  }
  const { name: jsonName, bytes: json } = await downloadOf(() => app.call('command', 'export', 'json'));
  assert.equal(jsonName, 'hanoi2045-scenario.json');
  assert.deepEqual(JSON.parse(json.toString('utf8')), await app.call('scenario'));
});

test('exportPng() gives the main chart as a PNG of its size on screen', async () => {
  const url = await app.call('exportPng');
  assert.match(url, /^data:image\/png;base64,/);
  const image = decodePng(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  const chart = (await app.call('uiState')).charts.find((c) => c.id === 'main');
  assert.ok(chart, 'the main chart is drawn');
  const [x0, y0, x1, y1] = chart.frame;
  assert.ok(Math.abs(image.width - (x1 - x0)) <= 1, `width ${image.width} vs ${x1 - x0}`);
  assert.ok(Math.abs(image.height - (y1 - y0)) <= 1, `height ${image.height} vs ${y1 - y0}`);
  const stats = pixelStats(image);
  assert.ok(stats.deviation > 0.02, `luminance deviation ${stats.deviation.toFixed(4)}: a blank picture`);
  assert.ok(stats.colours > 16, `only ${stats.colours} colours`);
  // The Export menu's PNG is the same picture, as a download.
  const { name, bytes } = await downloadOf(() => app.call('command', 'export', 'png').then(() => app.nextFrame()));
  assert.equal(name, 'hanoi2045-chart.png');
  const downloaded = decodePng(bytes);
  assert.deepEqual([downloaded.width, downloaded.height], [image.width, image.height]);
});

test('the QR overlay shows this page\'s share link; Q or its button opens it, Escape or a click closes it', async () => {
  await app.call('command', 'qr', 'on');
  await app.nextFrame();
  await app.nextFrame();
  const { qr } = await app.call('uiState');
  assert.ok(qr, 'the test hook records the code');
  const page = new URL(app.url);
  assert.ok(qr.text.startsWith(page.origin + page.pathname + '#s='), qr.text);
  assert.equal(qr.modules.length, qr.size);
  // On screen: black modules on white, where the hook says.
  const shot = await app.screenshotPixels();
  const [x, y, w] = qr.rect;
  const module = w / (qr.size + 8);
  const at = (mx, my) => {
    const px = Math.floor(x + (mx + 4.5) * module), py = Math.floor(y + (my + 4.5) * module);
    return shot.data[(py * shot.width + px) * shot.channels];
  };
  for (const [mx, my] of [[0, 0], [3, 3], [qr.size - 1, 0], [7, 7], [qr.size - 8, qr.size - 8]])
    assert.equal(at(mx, my) < 80, qr.modules[my][mx] === '1', `module ${mx},${my}`);
  await app.page.keyboard.press('Escape');
  await app.nextFrame();
  const closed = await app.call('uiState');
  assert.equal(closed.qr_open, false);
  assert.equal(closed.qr, null);

  // The key Q and the top bar's button open it; a click anywhere closes it.
  await app.page.keyboard.press('q');
  await app.nextFrame();
  assert.equal((await app.call('uiState')).qr_open, true, 'Q opens the code');
  await app.page.keyboard.press('Escape');
  await app.nextFrame();
  const [bx, by, bw, bh] = (await app.call('uiState')).controls.qr;
  await app.page.mouse.click(bx + bw / 2, by + bh / 2);
  await app.nextFrame();
  await app.nextFrame();
  assert.equal((await app.call('uiState')).qr_open, true, 'the button opens the code');
  await app.page.mouse.click(640, 400);
  await app.nextFrame();
  await app.nextFrame();
  assert.equal((await app.call('uiState')).qr_open, false, 'a click closes it');
  app.expectClean();
});

// The code fits the screen on a phone and in presenter mode on a projector; the pictures are
// kept for a look (build/test-output/screenshots).
test('the QR overlay fits a phone and a projector', async () => {
  const dir = join(here, '..', '..', 'build', 'test-output', 'screenshots');
  mkdirSync(dir, { recursive: true });
  for (const [width, height, presenter] of [[1280, 800, false], [360, 640, false], [1024, 768, true]]) {
    await app.page.setViewportSize({ width, height });
    await app.call('command', 'presenter', presenter ? 'on' : 'off');
    await app.call('command', 'qr', 'on');
    let ui;
    for (let i = 0; i < 8; i++) {
      await app.nextFrame();
      ui = await app.call('uiState');
      if (ui.display[0] === width && ui.display[1] === height && ui.qr) break;
    }
    const png = await app.page.screenshot({ type: 'png' });
    writeFileSync(join(dir, `qr_${width}x${height}${presenter ? '_presenter' : ''}.png`), png);
    assert.ok(ui.qr, `${width}x${height}: the code is drawn`);
    const [x, y, w, h] = ui.qr.rect;
    assert.ok(x >= 0 && y >= 0 && x + w <= width && y + h <= height, `${width}x${height}: ${ui.qr.rect} on screen`);
    assert.ok(w >= Math.min(width, height) * 0.5, `${width}x${height}: ${w} wide is small`);
    await app.call('command', 'qr', 'off');
  }
  await app.call('command', 'presenter', 'off');
  await app.page.setViewportSize({ width: 1280, height: 800 });
});
