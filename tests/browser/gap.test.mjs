// The gap explained in the page: the view's waterfall (the test hook) and hanoi2045.explain()
// give the numbers `hanoi2045-cli explain` gives for the same scenario, in English and in
// Vietnamese; a damaged year is refused with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = process.env.H2045_CLI || resolve(join(here, '..', '..', 'build', 'native', 'bin', 'hanoi2045-cli'));
const levers = { 'infra.public_investment_pct': 9, 'inst.quality_target': 85, 'hc.entrant_schooling_years': 15,
                 'assume.usd_drift_pct': 1 };
const sets = Object.entries(levers).flatMap(([id, value]) => ['--set', `${id}=${value}`]);
const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${what}: ${a} against ${b}`);

let app;
before(async () => { app = await openApp({ query: '?lang=en' }); });
after(async () => { if (app) await app.close(); });

for (const lang of ['en', 'vi']) {
  test(`${lang}: the waterfall and explain() agree with the command-line tool`, async () => {
    await app.call('command', 'reset', 'all');
    await app.call('command', 'lang', lang);
    for (const [id, value] of Object.entries(levers)) await app.call('setLever', id, value);
    await app.call('command', 'view', 'gap');
    await app.nextFrame();
    await app.nextFrame();
    const ref = JSON.parse(execFileSync(cli, ['--lang', lang, 'explain', '--year', '2045', ...sets]).toString());
    const web = await app.call('explain', 2045);
    assert.equal(web.format, 'hanoi2045-explain');
    assert.deepEqual(web.scenario, ref.scenario);
    assert.deepEqual(web.groups.map((g) => g.id), ref.groups.map((g) => g.id));
    for (let i = 0; i < ref.groups.length; i++) {
      assert.deepEqual(web.groups[i].changed, ref.groups[i].changed, 'the same changes, named in the same words');
      for (const unit of Object.keys(ref.groups[i].value)) close(web.groups[i].value[unit], ref.groups[i].value[unit], ref.groups[i].id);
    }
    assert.deepEqual(web.past_miss, ref.past_miss);
    const state = await app.call('uiState');
    assert.equal(state.view, 'gap');
    assert.equal(state.gap.year, 2045);
    for (const group of ref.groups) close(state.gap.groups[group.id], group.value.grdp_per_capita_usd, group.id);
    close(state.gap.remaining, ref.target.remaining.grdp_per_capita_usd, 'remaining');
    const words = lang === 'en' ? ['Prices and exchange rate', 'The 2025 target, missed: why']
                                : ['Giá cả và tỷ giá', 'Mục tiêu năm 2025 không đạt: vì sao'];
    for (const w of words) assert.ok(state.drawn.some((t) => t.includes(w)), `${w} is drawn`);
    assert.deepEqual(state.missing_keys, []);
  });
}

test('explain() refuses a year outside the projection', async () => {
  await assert.rejects(app.call('explain', 2025), /after the base year/);
  await assert.rejects(app.call('explain', 'soon'), /whole year/);
});
