// The page shell: loading progress, clear messages when something is missing, and the
// Emscripten Module settings. Loads hanoi2045.js only when the browser has WebGL 2.
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  // ?lang=vi|en overrides the browser's preference; a language the app does not have (a typo,
  // ?lang=fr) falls back to the browser's first language the app has, then English. The tag
  // reaches the app as --lang.
  function ours(tag) { return /^(vi|en)([-_][A-Za-z0-9]{1,8})*$/i.test(tag || '') ? tag : ''; }
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  var language = ours(params.get('lang'));
  for (var i = 0; !language && i < preferred.length; ++i) language = ours(preferred[i]);
  var vietnamese = /^vi/i.test(language);

  var text = {
    loading: vietnamese ? 'Đang tải…' : 'Loading…',
    starting: vietnamese ? 'Đang khởi động…' : 'Starting…',
    noWebGL2: vietnamese
      ? 'Trình duyệt này không hỗ trợ WebGL 2, nên không thể chạy trình mô phỏng. Hãy dùng phiên bản mới của Chrome, Edge, Firefox hoặc Safari, và bật tăng tốc phần cứng.'
      : 'This browser does not support WebGL 2, which the simulator needs. Please use a recent Chrome, Edge, Firefox or Safari with hardware acceleration turned on.',
    failed: vietnamese ? 'Không thể khởi động trình mô phỏng: ' : 'The simulator could not start: ',
    updated: vietnamese ? 'Đã có phiên bản mới: nó sẽ mở từ lần tải trang sau (bấm vào đây để tải lại ngay).'
                        : 'A new version is installed: it opens the next time the page loads (click here to reload now).'
  };

  document.documentElement.lang = vietnamese ? 'vi' : 'en';

  var overlay = document.getElementById('overlay');
  var progress = document.getElementById('progress');
  var message = document.getElementById('message');
  var canvas = document.getElementById('canvas');

  function showMessage(line) { message.textContent = line; }

  // Used by api.js when the app reports its state.
  window.H2045Page = {
    language: language,
    loaded: function () {
      overlay.classList.add('hidden');
      canvas.focus();
    },
    showError: function (detail) {
      overlay.classList.remove('hidden');
      overlay.classList.add('error');
      showMessage(detail);
    },
    failText: text.failed
  };

  // The attributes the app's own context has (SDL's EGL defaults as the app sets them: no
  // depth buffer, an 8-bit stencil, no multisampling, opaque). The check makes the app's
  // context itself: the browser hands the same one to the app when it asks, so a start pays
  // for one WebGL context, not two (the first one costs a second where the browser draws on
  // the processor). tests/browser/app.test.mjs checks the app's context has these.
  var contextAttributes = { alpha: false, depth: false, stencil: true, antialias: false };
  function hasWebGL2() {
    try {
      return !!canvas.getContext('webgl2', contextAttributes);
    } catch (e) {
      return false;
    }
  }

  var args = language ? ['--lang', language] : [];
  window.Module = {
    canvas: canvas,
    arguments: args,
    print: function (line) { console.log(line); },
    printErr: function (line) { console.warn(line); },
    setStatus: function (status) {
      // Emscripten reports "Downloading data... (loaded/total)" while it fetches the bundle.
      var m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(status || '');
      if (m) {
        progress.max = Number(m[2]);
        progress.value = Number(m[1]);
        showMessage(text.loading);
      } else if (status) {
        showMessage(text.starting);
      }
    },
    onAbort: function (what) {
      window.H2045Page.showError(text.failed + String(what));
    }
  };
  showMessage(text.loading);

  if (!hasWebGL2()) {
    window.H2045Page.showError(text.noWebGL2);
    window.H2045Page.missingWebGL2 = true;
    return;
  }
  // Once loaded, the page also opens without a network (web/sw.js). A worker installed while
  // an earlier one controls the page is a new version: said once, used from the next load.
  if ('serviceWorker' in navigator && /^https?:$/.test(window.location.protocol)) {
    var hadWorker = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        if (!worker || !hadWorker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state !== 'activated') return;
          var note = document.getElementById('update');
          note.textContent = text.updated;
          note.hidden = false;
          note.onclick = function () { window.location.reload(); };
          window.H2045Page.updateInstalled = true;
        });
      });
    }).catch(function (e) {
      console.warn('offline support unavailable: ' + e.message);
    });
  }

  var script = document.createElement('script');
  script.src = 'hanoi2045.js';
  script.async = true;
  script.onerror = function () { window.H2045Page.showError(text.failed + 'hanoi2045.js'); };
  document.body.appendChild(script);
})();
