// The same numbers everywhere: the Monte Carlo's bands and chances computed in WebAssembly in
// the page agree with those of the native command-line tool for the same scenario and seed
// (`hanoi2045-cli montecarlo`) bit for bit: every percentile of every year in every unit and
// every chance. The batch of paths uses the model's own exp, log and pow
// (src/model/portable_math.h), not the two builds' C libraries, which differ in the last bit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// ctest passes the native build's CLI; run by hand, the default build's.
const cli = process.env.H2045_CLI || resolve(join(here, '..', '..', 'build', 'native', 'bin', 'hanoi2045-cli'));

let app;
before(async () => { app = await openApp({ query: '?lang=en' }); });
after(async () => { if (app) await app.close(); });

const native = (args) => JSON.parse(execFileSync(cli, ['montecarlo', ...args]).toString());

for (const [name, levers] of [['the defaults', {}],
                              ['levers moved', { 'infra.public_investment_pct': 9, 'inst.quality_target': 85,
                                                 'assume.trend_shift_sd_pp': 1.2 }],
                              ['schooling, lag and elasticities moved', { 'hc.entrant_schooling_years': 15, 'infra.lag_years': 5,
                                                 'assume.alpha': 0.42, 'assume.beta': 0.14, 'hc.rnd_pct': 1.5 }]]) {
  test(`${name}: the page's Monte Carlo agrees with the native one`, async () => {
    assert.ok(existsSync(cli), `the native CLI is built (${cli})`);
    await app.call('command', 'reset', 'all');
    const sets = [];
    for (const [id, value] of Object.entries(levers)) {
      await app.call('setLever', id, value);
      sets.push('--set', `${id}=${value}`);
    }
    const web = await app.call('monteCarlo', 2000, 7);
    const ref = native(['--paths', '2000', '--seed', '7', ...sets]);
    assert.equal(web.paths, 2000);
    assert.deepEqual(web.scenario, ref.scenario, 'the same scenario');
    // Every percentile of every year in every unit, and every chance, exactly.
    assert.equal(web.years.length, ref.years.length);
    let total = 0;
    for (let i = 0; i < ref.years.length; i++) {
      assert.equal(web.years[i].year, ref.years[i].year);
      for (const unit of ['grdp_per_capita_usd', 'grdp_per_capita_usd_2025', 'grdp_per_capita_mvnd'])
        for (let p = 0; p < ref.years[i][unit].length; p++) {
          const a = web.years[i][unit][p], b = ref.years[i][unit][p];
          assert.equal(a, b, `${ref.years[i].year} ${unit}[${p}]: ${a} against ${b}`);
          total++;
        }
    }
    assert.equal(total, ref.years.length * 3 * 5);
    assert.deepEqual(web.targets, ref.targets);
    assert.notDeepEqual(web.years, native(['--paths', '2000', '--seed', '8', ...sets]).years, 'and the seed matters');
  });
}

test('monteCarlo() refuses a bad path count with a message', async () => {
  await assert.rejects(app.call('monteCarlo', 0, 1), /paths must be 1 to 100000/);
  await assert.rejects(app.call('monteCarlo', 10, -1), /whole numbers/);
});
