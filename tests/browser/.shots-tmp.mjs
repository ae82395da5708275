import { openApp } from './harness.mjs';
import { writeFileSync } from 'node:fs';
const shots = [
  { name: 'desk-menu', viewport: { width: 1280, height: 800 }, query: '?lang=en', open: 'scenario' },
  { name: 'desk-history', viewport: { width: 1280, height: 800 }, query: '?lang=vi', open: 'history' },
  { name: 'proj-notice', viewport: { width: 1024, height: 768 }, query: '?lang=vi#s=AUABSxF3nXX', presenter: true },
  { name: 'phone-menu', viewport: { width: 360, height: 640 }, query: '?lang=vi', open: 'menu' },
];
for (const s of shots) {
  const app = await openApp({ viewport: s.viewport, query: s.query });
  if (s.presenter) await app.call('command', 'presenter', 'on');
  await app.call('loadPreset', 'congress17').catch(() => {});
  if (s.name === 'proj-notice') await app.call('openLink', '#s=AUABSxF3nXX').catch(() => {});
  await app.call('setLever', 'infra.public_investment_pct', 8);
  await app.nextFrame(); await app.nextFrame();
  if (s.open) {
    if (s.open === 'history') { await app.call('command', 'history', 'open'); }
    else {
      const st = await app.call('uiState');
      const c = st.controls[s.open];
      if (c) await app.page.mouse.click(c[0] + c[2] / 2, c[1] + c[3] / 2);
    }
    for (let i = 0; i < 4; i++) await app.nextFrame();
  }
  writeFileSync(`/tmp/shots/${s.name}.png`, await app.page.screenshot());
  await app.close();
}
