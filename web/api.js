// window.hanoi2045: the automation API of the web app, for browser tests, embedding and
// workshop tooling. Every method is synchronous and throws an Error with a message when
// something is wrong; `ready` is a promise that resolves once the first frame is drawn.
//
//   await hanoi2045.ready;
//   hanoi2045.levers()                 → lever and assumption table with current values
//   hanoi2045.setLever(id, value)      → changes one lever (throws when id or value is bad)
//   hanoi2045.result()                 → the same JSON as `hanoi2045-cli run`
//   hanoi2045.scenario()               → the current scenario file (object)
//   hanoi2045.loadScenario(json)       → loads a scenario (string or object)
//   hanoi2045.uiState()                → what the interface shows (language, view, texts...)
//   hanoi2045.command(name, arg)       → interface actions
//   hanoi2045.exportCsv()              → the CSV export's text (`hanoi2045-cli run --format csv`
//                                        in the language shown), without the file's byte-order mark
//   await hanoi2045.exportPng()        → "data:image/png;base64,…" of the main chart, taken from
//                                        the next frame drawn (rejects with a message)
//   hanoi2045.command('export', 'csv') → the same files as the Export menu, as downloads
//   hanoi2045.monteCarlo(paths, seed)  → the same JSON as `hanoi2045-cli montecarlo` (bit for bit)
//   hanoi2045.explain(year)        → the gap explained, the same JSON as `hanoi2045-cli explain --year`
//   hanoi2045.bench()                  → {simulate_ms, monte_carlo_1000_ms, monte_carlo_10000_ms}:
//                                        the model's speed in this browser (blocks about a second)
//   await hanoi2045.frame()            → waits until the next frame is on the canvas
(function () {
  'use strict';

  var Module = window.Module;
  var page = window.H2045Page;
  var running = false;
  var failure = null;
  var frameWaiters = [];
  var resolveReady, rejectReady;

  var ready = new Promise(function (resolve, reject) {
    resolveReady = resolve;
    rejectReady = reject;
  });
  ready.catch(function () {});  // the page shows the message; callers still see the rejection

  function fail(detail, alreadyShown) {
    if (failure) return;
    failure = String(detail);
    running = false;
    if (!alreadyShown) page.showError(page.failText + failure);
    rejectReady(new Error(failure));
    frameWaiters.splice(0).forEach(function (w) { w.reject(new Error(failure)); });
  }

  if (page.missingWebGL2) fail('WebGL 2 is not available in this browser', true);

  Module.h2045Ready = function () {
    running = true;
    page.loaded();
    resolveReady(api);
  };
  Module.h2045Failed = function (message) { fail(message); };
  Module.h2045Frame = function (frameNumber) {
    frameWaiters.splice(0).forEach(function (w) { w.resolve(frameNumber); });
  };
  var pageAbort = Module.onAbort;
  Module.onAbort = function (what) {
    if (pageAbort) pageAbort(what);
    fail('aborted: ' + what, true);
  };

  function requireRunning(method) {
    if (failure) throw new Error(method + ': the app failed to start: ' + failure);
    if (!running) throw new Error(method + ': the app is not running yet; await hanoi2045.ready first');
  }

  function getJson(method, exported) {
    requireRunning(method);
    var text = Module.ccall(exported, 'string', [], []);
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new Error(method + ': the app answered invalid JSON (' + e.message + ')');
    }
  }

  // Mutating calls answer "" on success or an error message.
  function mutate(method, exported, types, args) {
    requireRunning(method);
    var error = Module.ccall(exported, 'string', types, args);
    if (error) throw new Error(method + ': ' + error);
  }

  function requireString(method, name, value) {
    if (typeof value !== 'string' || value.length === 0)
      throw new TypeError(method + ': ' + name + ' must be a non-empty string');
  }

  var api = {
    ready: ready,
    levers: function () { return getJson('levers', 'h2045_levers'); },
    result: function () { return getJson('result', 'h2045_result'); },
    scenario: function () { return getJson('scenario', 'h2045_scenario'); },
    uiState: function () { return getJson('uiState', 'h2045_ui_state'); },
    setLever: function (id, value) {
      requireString('setLever', 'id', id);
      if (typeof value !== 'number' || !isFinite(value))
        throw new TypeError('setLever: value must be a finite number, got ' + String(value));
      mutate('setLever', 'h2045_set_lever', ['string', 'number'], [id, value]);
    },
    loadScenario: function (json) {
      if (json !== null && typeof json === 'object') json = JSON.stringify(json);
      requireString('loadScenario', 'json', json);
      mutate('loadScenario', 'h2045_load_scenario', ['string'], [json]);
    },
    command: function (name, arg) {
      requireString('command', 'name', name);
      if (arg === undefined || arg === null) arg = '';
      else if (typeof arg === 'object') arg = JSON.stringify(arg);
      else arg = String(arg);
      mutate('command', 'h2045_command', ['string', 'string'], [name, arg]);
    },
    presets: function () { return getJson('presets', 'h2045_presets'); },
    loadPreset: function (id) {
      requireString('loadPreset', 'id', id);
      mutate('loadPreset', 'h2045_command', ['string', 'string'], ['preset', id]);
    },
    shareLink: function () {
      requireRunning('shareLink');
      return Module.ccall('h2045_share_link', 'string', [], []);
    },
    openLink: function (text) {
      requireString('openLink', 'text', text);
      mutate('openLink', 'h2045_open_link', ['string'], [text]);
    },
    openFile: function (name, text) {
      requireString('openFile', 'name', name);
      if (typeof text !== 'string') throw new TypeError('openFile: text must be a string');
      mutate('openFile', 'h2045_open_file', ['string', 'string'], [name, text]);
    },
    saved: function () { return getJson('saved', 'h2045_ui_state').saved; },
    save: function (name) {
      requireString('save', 'name', name);
      mutate('save', 'h2045_command', ['string', 'string'], ['save', name]);
    },
    // Puts up to four scenarios beside the current one: saved names or share links.
    compare: function (ids) {
      if (!Array.isArray(ids) || ids.length > 4 || !ids.every(function (id) { return typeof id === 'string' && id; }))
        throw new TypeError('compare: ids must be a list of at most 4 saved names or share links');
      mutate('compare', 'h2045_command', ['string', 'string'], ['compare_set', ids.join('\n')]);
    },
    frame: function () {
      try {
        requireRunning('frame');
      } catch (e) {
        return Promise.reject(e);
      }
      return nextFrame();
    },
    monteCarlo: function (paths, seed) {
      requireRunning('monteCarlo');
      if (!Number.isInteger(paths) || !Number.isInteger(seed) || seed < 0 || seed > Number.MAX_SAFE_INTEGER)
        throw new Error('monteCarlo(paths, seed): whole numbers expected');
      var text = Module.ccall('h2045_monte_carlo', 'string', ['number', 'number'], [paths, seed]);
      if (!text) throw new Error('monteCarlo: paths must be 1 to 100000');
      return JSON.parse(text);
    },
    explain: function (year) {
      requireRunning('explain');
      if (!Number.isInteger(year)) throw new Error('explain(year): a whole year expected');
      var text = Module.ccall('h2045_explain', 'string', ['number'], [year]);
      if (!text) throw new Error('explain: the year must be after the base year and at most 2050');
      return JSON.parse(text);
    },
    bench: function () {
      requireRunning('bench');
      return JSON.parse(Module.ccall('h2045_bench', 'string', [], []));
    },
    exportCsv: function () {
      requireRunning('exportCsv');
      // The decoder may or may not drop the byte-order mark: the answer never has it.
      return Module.ccall('h2045_export_csv', 'string', [], []).replace(/^\uFEFF/, '');
    },
    exportPng: function () {
      try {
        mutate('exportPng', 'h2045_request_chart_image', [], []);
      } catch (e) {
        return Promise.reject(e);
      }
      // The picture is taken once the next frame is rendered; a frame or two more at most.
      var framesLeft = 3;
      function answer() {
        return nextFrame().then(function () {
          var url = Module.ccall('h2045_chart_image', 'string', [], []);
          if (url.indexOf('data:image/png;base64,') === 0) return url;
          if (--framesLeft > 0 && /not taken yet/.test(url)) return answer();
          throw new Error('exportPng: ' + url);
        });
      }
      return answer();
    }
  };

  function nextFrame() {
    return new Promise(function (resolve, reject) {
      frameWaiters.push({ resolve: resolve, reject: reject });
      Module.ccall('h2045_request_redraw', null, [], []);
    });
  }
  window.hanoi2045 = api;
})();
