// Every window class in the browser, read back from what the app drew (the test hook's text
// audit, with the web build's own subset font): a 320×568 phone and a 1180×820 tablet by touch
// at 2×, a 1024×768 projector in presenter mode, a 1920×1080 screen — in Vietnamese and in
// English, in every view. No text lies over another, none is cut off or shortened with "…";
// on the touch devices every control is at least 9 mm (34 CSS px) each way; the presenter's
// smallest capital letter is reported. A screenshot of each class is written.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const screenshotDir = resolve(join(here, '..', '..', 'build', 'test-output', 'screenshots'));

const classes = {
  phone: { viewport: { width: 320, height: 568 }, deviceScaleFactor: 2, hasTouch: true },
  tablet: { viewport: { width: 1180, height: 820 }, deviceScaleFactor: 2, hasTouch: true },
  projector: { viewport: { width: 1024, height: 768 }, presenter: true },
  desktop: { viewport: { width: 1920, height: 1080 } },
};
// 9 mm at CSS's 96 px per inch.
const fingerPx = 34;

async function settled(app) {
  for (let i = 0; i < 4; i++) await app.nextFrame();
  return app.call('uiState');
}

function describeFault(f) {
  const other = f.other ? ` over "${f.other.text}" (${f.other.window}) at ${JSON.stringify(f.other.rect)}` : '';
  return `${f.kind} "${f.text}" (${f.window}) at ${JSON.stringify(f.rect)}${other}`;
}

for (const [name, device] of Object.entries(classes)) {
  describe(`${name} ${device.viewport.width}x${device.viewport.height}`, () => {
    let app;
    before(async () => {
      app = await openApp({ ...device, query: '?lang=vi' });
      if (device.presenter) await app.call('command', 'presenter', 'on');
    });
    after(async () => { if (app) await app.close(); });

    test('no text overlaps, is cut off or shortened, in either language and any view', async () => {
      const faults = [];
      for (const lang of ['vi', 'en']) {
        await app.call('command', 'lang', lang);
        const { views } = await settled(app);
        const screens = views.map((v) => ['view', v.id]);
        if ((await settled(app)).window_class === 'phone') screens.push(['drawer', 'on']);
        for (const [command, arg] of screens) {
          await app.call('command', command, arg);
          const ui = await settled(app);
          assert.ok(ui.text.count >= 15, `${lang} ${arg}: only ${ui.text.count} texts read`);
          for (const f of ui.text.faults) faults.push(`${lang} ${command} ${arg}: ${describeFault(f)}`);
        }
        await app.call('command', 'drawer', 'off');
      }
      assert.deepEqual(faults, [], `${faults.length} faults`);
      await app.call('command', 'lang', 'vi');
      await app.call('command', 'view', 'chart');
      await settled(app);
      mkdirSync(screenshotDir, { recursive: true });
      writeFileSync(join(screenshotDir, `layout_${name}_vi.png`), await app.page.screenshot({ type: 'png' }));
      app.expectClean();
    });

    if (device.hasTouch) {
      test('every control is big enough for a finger (9 mm)', async () => {
        const small = [];
        for (const [command, arg] of [['view', 'chart'], ['drawer', 'on'], ['drawer', 'off']]) {
          await app.call('command', command, arg);
          const ui = await settled(app);
          for (const [control, [, , w, h]] of Object.entries(ui.controls))
            if (w < fingerPx - 0.5 || h < fingerPx - 0.5) small.push(`${control}: ${w.toFixed(1)}×${h.toFixed(1)} px`);
        }
        assert.deepEqual([...new Set(small)], [], 'controls smaller than 34 CSS px');
      });
    }

    if (device.presenter) {
      test('presenter type: the smallest capital letter is reported and reads from 6 m', async () => {
        let smallest = Infinity;
        const { views } = await settled(app);
        for (const v of views) {
          await app.call('command', 'view', v.id);
          const ui = await settled(app);
          assert.equal(ui.presenter, true);
          smallest = Math.min(smallest, ui.text.smallest_cap_height_px);
        }
        console.log(`presenter ${device.viewport.width}x${device.viewport.height}: smallest cap height ${smallest.toFixed(1)} px`);
        // A 2 m wide image of 1024 px, read at 16 minutes of arc from 6 m (docs/presenter.md).
        assert.ok(smallest >= 14.3, `smallest capital ${smallest} px`);
      });
    }
  });
}
