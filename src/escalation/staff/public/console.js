// kakehashi staff console: vanilla script, same-origin API only. Text goes into the DOM through textContent.
'use strict';

(function () {
  var body = document.body;
  var STRINGS = JSON.parse(document.getElementById('staff-strings').textContent);
  var LANGUAGE = body.dataset.language;
  var SUPPORTED = body.dataset.languages.split(' ');
  var TOKEN_KEY = 'kakehashi.staff.token';
  var REFRESH_MS = 10000;

  var state = { token: sessionStorage.getItem(TOKEN_KEY), me: null, openId: null, timer: null, offices: {}, regions: {} };
  var $ = function (id) { return document.getElementById(id); };
  // A notification links to /staff#case=<id>: remembered across the login and the language reload.
  var linked = /^#case=(.+)$/.exec(location.hash);
  var pendingCase = linked ? decodeURIComponent(linked[1]) : null;

  function t(key, values) {
    var text = key.split('.').reduce(function (node, part) { return node && node[part]; }, STRINGS);
    if (typeof text !== 'string') return key;
    return text.replace(/{{\s*(\w+)\s*}}/g, function (_m, name) { return values && values[name] != null ? String(values[name]) : ''; });
  }

  function languageName(code) {
    if (!code) return t('languages.unknown');
    if (STRINGS.languages && STRINGS.languages[code]) return STRINGS.languages[code];
    try { return new Intl.DisplayNames([LANGUAGE], { type: 'language' }).of(code) || code; } catch (_e) { return code; }
  }

  function topicName(topic) { return !topic ? t('list.noTopic') : (STRINGS.topics && STRINGS.topics[topic]) || topic; }
  function regionName(id) { return !id ? '–' : state.regions[id] || id; }

  var dateFormat = new Intl.DateTimeFormat(LANGUAGE, { dateStyle: 'medium', timeStyle: 'short' });
  var timeFormat = new Intl.DateTimeFormat(LANGUAGE, { timeStyle: 'medium' });
  function when(iso) { var d = new Date(iso); return isNaN(d) ? '' : dateFormat.format(d); }

  function say(text) { $('status-message').textContent = text; }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text != null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // A language the account prefers (or the browser, when the server could not tell) reloads the page in it.
  function switchLanguage(language) {
    if (!language || language === LANGUAGE || SUPPORTED.indexOf(language) < 0) return false;
    var url = new URL(location.href);
    url.searchParams.set('lang', language);
    location.replace(url.toString());
    return true;
  }

  function api(method, path, payload) {
    var headers = { accept: 'application/json' };
    if (state.token) headers.authorization = 'Bearer ' + state.token;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    return fetch('/staff/api' + path, { method: method, headers: headers, body: payload === undefined ? undefined : JSON.stringify(payload) })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (response.status === 401 && path !== '/login') { signOut(t('login.expired')); }
          if (!response.ok) {
            var error = new Error((data.error && data.error.reason) || String(response.status));
            error.status = response.status;
            error.data = data.error || {};
            throw error;
          }
          return data;
        });
      });
  }

  function show(id, visible) { var node = $(id); if (node) node.hidden = !visible; }

  function signOut(message) {
    state.token = null; state.me = null; state.openId = null;
    sessionStorage.removeItem(TOKEN_KEY);
    clearInterval(state.timer);
    show('who', false); show('cases', false); show('case', false); show('login', true);
    if (message) $('login-error').textContent = message;
    if (location.hash && !pendingCase) history.replaceState(null, '', location.pathname + location.search);
    var first = $('login-id'); if (first) first.focus();
  }

  function start() {
    return api('GET', '/me').then(function (me) {
      state.me = me;
      me.offices.forEach(function (office) { state.offices[office.id] = office.name[LANGUAGE] || office.name.en || office.id; });
      me.regions.forEach(function (region) { state.regions[region.id] = region.name[LANGUAGE] || region.name.en || region.id; });
      if (me.staff.kind === 'staff' && switchLanguage(me.staff.language)) return;
      $('who-name').textContent = me.staff.kind === 'admin' ? t('header.admin') : t('header.signedInAs', { name: me.staff.name });
      $('who-office').textContent = me.staff.officeId ? t('header.office', { office: state.offices[me.staff.officeId] || me.staff.officeId }) : '';
      show('login', false); show('who', true); show('cases', true);
      $('login-error').textContent = '';
      refreshList();
      clearInterval(state.timer);
      state.timer = setInterval(function () { refreshList(); if (state.openId) loadCase(state.openId, false); }, REFRESH_MS);
      if (pendingCase) { var id = pendingCase; pendingCase = null; openCase(id); }
    }).catch(function (error) { if (error.status !== 401) say(t('errors.network')); });
  }

  function statusFilter() { var value = $('filter').value; return value ? '?status=' + encodeURIComponent(value) : ''; }

  function refreshList() {
    return api('GET', '/cases' + statusFilter()).then(function (data) {
      var focusedId = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.caseId : undefined;
      var rows = $('case-rows');
      rows.replaceChildren();
      data.cases.forEach(function (c) {
        var row = document.createElement('tr');
        if (c.id === state.openId) row.className = 'selected';
        var open = el('button', c.number, 'link');
        open.type = 'button';
        open.dataset.caseId = c.id;
        open.setAttribute('aria-label', t('list.open', { number: c.number }));
        open.addEventListener('click', function () { openCase(c.id); });
        var first = document.createElement('td'); first.appendChild(open); row.appendChild(first);
        row.appendChild(el('td', state.offices[c.officeId] || c.officeId));
        row.appendChild(el('td', t('status.' + c.status), 'status status-' + c.status));
        row.appendChild(el('td', topicName(c.topic)));
        row.appendChild(el('td', languageName(c.userLanguage)));
        row.appendChild(el('td', regionName(c.regionId)));
        row.appendChild(el('td', when(c.createdAt)));
        row.appendChild(el('td', c.notifyFailed ? '⚠ ' + t('list.notifyFailed') : t('list.notifyOk'), c.notifyFailed ? 'warning-cell' : ''));
        rows.appendChild(row);
        if (focusedId === c.id) open.focus();
      });
      show('no-cases', data.cases.length === 0);
      show('case-table', data.cases.length > 0);
      $('updated').textContent = t('list.updated', { time: timeFormat.format(new Date()) });
    }).catch(function (error) { if (error.status !== 401) say(error.status ? error.message : t('errors.network')); });
  }

  function openCase(id) {
    state.openId = id;
    history.replaceState(null, '', '#case=' + encodeURIComponent(id));
    return loadCase(id, true);
  }

  function loadCase(id, focus) {
    return api('GET', '/cases/' + encodeURIComponent(id)).then(function (data) {
      if (state.openId !== id) return;
      renderCase(data.case);
      show('case', true);
      if (focus) $('case').focus();
    }).catch(function (error) {
      if (error.status === 404) { say(t('case.notFound')); closeCase(); }
      else if (error.status !== 401) say(t('errors.network'));
    });
  }

  function closeCase() {
    var previous = state.openId;
    state.openId = null;
    show('case', false);
    history.replaceState(null, '', location.pathname + location.search);
    refreshList().then(function () {
      var button = previous && document.querySelector('[data-case-id="' + CSS.escape(previous) + '"]');
      if (button) button.focus();
    });
  }

  function fact(list, label, value) {
    list.appendChild(el('dt', label));
    list.appendChild(el('dd', value));
  }

  function renderCase(c) {
    $('case-heading').textContent = t('case.heading', { number: c.number }) + ' – ' + t('status.' + c.status);
    show('case-notify-failed', c.notifyFailed);
    show('case-anonymised', !!c.anonymisedAt);
    var facts = $('case-facts');
    facts.replaceChildren();
    fact(facts, t('list.topic'), topicName(c.topic));
    fact(facts, t('list.office'), state.offices[c.officeId] || c.officeId);
    fact(facts, t('case.userLanguage'), languageName(c.userLanguage));
    fact(facts, t('list.region'), regionName(c.regionId));
    fact(facts, t('case.channel'), c.channelId);
    fact(facts, t('case.created'), when(c.createdAt));
    fact(facts, t('case.description'), c.description);
    fact(facts, t('case.contact'), c.contact || t('case.noContact'));
    if (c.summary) fact(facts, t('case.summary', { language: languageName(c.summary.language) }), c.summary.text);
    if (c.reason) fact(facts, t('case.reason'), (STRINGS.case.reasons && STRINGS.case.reasons[c.reason]) || c.reason);
    if (c.satisfaction != null) fact(facts, t('case.satisfaction'), t('case.satisfactionValue', { value: c.satisfaction }));
    if (c.plan) {
      // The user's guided plan (issue 10), in the user's language: where they stand.
      var done = c.plan.steps.filter(function (s) { return s.done; }).length;
      var planList = el('ol', null, 'case-plan');
      planList.lang = c.plan.language;
      c.plan.steps.forEach(function (s) {
        planList.appendChild(el('li', (s.done ? '✅ ' : '☐ ') + s.title + (s.deadline ? ' — ' + s.deadline : ''), s.done ? 'done' : 'open'));
      });
      facts.appendChild(el('dt', t('case.plan', { title: c.plan.title, done: done, total: c.plan.steps.length })));
      var planCell = el('dd', null);
      planCell.appendChild(planList);
      facts.appendChild(planCell);
    }
    // A failed delivery matters until a later reply went out.
    var relayFailed = null;
    c.events.forEach(function (e) { if (e.type === 'relay-failed') relayFailed = e; else if (e.type === 'staff-message') relayFailed = null; });
    $('case-relay-failed').textContent = relayFailed ? t('case.relayFailed', { detail: relayFailed.detail || when(relayFailed.at) }) : '';
    show('case-relay-failed', !!relayFailed);
    $('translation-note').textContent = state.me && state.me.translationAvailable
      ? t('case.withTranslation')
      : t('case.noTranslation', { language: languageName(c.userLanguage) });

    var list = $('transcript');
    list.replaceChildren();
    if (c.transcript.length === 0) list.appendChild(el('li', t('case.emptyTranscript'), 'muted'));
    c.transcript.forEach(function (line) {
      var item = el('li', null, 'line from-' + line.from);
      var who = line.from === 'user' ? t('case.fromUser') : line.from === 'bot' ? t('case.fromBot') : t('case.fromStaff', { id: line.staffId || '?' });
      var meta = el('p', null, 'meta');
      meta.appendChild(el('strong', who));
      var time = el('time', when(line.at)); time.dateTime = line.at;
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(time);
      if (line.language) meta.appendChild(document.createTextNode(' · ' + t('case.writtenIn', { language: languageName(line.language) })));
      item.appendChild(meta);
      var text = el('p', line.text, 'text');
      if (line.language) text.lang = line.language;
      item.appendChild(text);
      if (line.translation) {
        var translated = el('p', null, 'translation');
        translated.appendChild(el('span', t('case.translation', { language: languageName(line.translation.language) }) + ': ', 'muted'));
        var span = el('span', line.translation.text); span.lang = line.translation.language;
        translated.appendChild(span);
        item.appendChild(translated);
      }
      list.appendChild(item);
    });

    Array.prototype.forEach.call(document.querySelectorAll('#actions button'), function (button) {
      button.disabled = button.dataset.status === c.status;
    });
  }

  function sendReply(event) {
    event.preventDefault();
    var box = $('reply-text');
    var text = box.value.trim();
    if (!text) { say(t('reply.empty')); box.focus(); return; }
    var button = $('reply-send');
    button.disabled = true; button.textContent = t('reply.sending');
    var id = state.openId;
    api('POST', '/cases/' + encodeURIComponent(id) + '/messages', { text: text }).then(function (data) {
      box.value = '';
      say(t('reply.sent'));
      if (state.openId === id) renderCase(data.case);
      refreshList();
    }).catch(function (error) {
      if (error.status !== 401) say(t('reply.failed', { reason: error.status ? error.message : t('errors.network') }));
    }).finally(function () { button.disabled = false; button.textContent = t('reply.send'); });
  }

  function setStatus(status) {
    var id = state.openId;
    api('POST', '/cases/' + encodeURIComponent(id) + '/status', { status: status }).then(function (data) {
      say(t('actions.done', { status: t('status.' + data.case.status) }));
      if (state.openId === id) renderCase(data.case);
      refreshList();
    }).catch(function (error) {
      if (error.status !== 401) say(t('actions.failed', { reason: error.status ? error.message : t('errors.network') }));
    });
  }

  function useToken(token) {
    state.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    return start();
  }

  function login(event) {
    event.preventDefault();
    var id = $('login-id').value.trim();
    var password = $('login-password').value;
    api('POST', '/login', { id: id, password: password }).then(function (data) {
      $('login-password').value = '';
      return useToken(data.token);
    }).catch(function (error) {
      $('login-error').textContent = error.status === 429
        ? t('login.throttled', { seconds: error.data.retryAfterSeconds || 1 })
        : error.status === 401 ? t('login.failed') : t('errors.network');
      $('login-password').focus();
    });
  }

  function tokenLogin(event) {
    event.preventDefault();
    var token = $('login-token').value.trim();
    state.token = token;
    api('GET', '/me').then(function () {
      $('login-token').value = '';
      return useToken(token);
    }).catch(function (error) {
      if (error.status === 401) $('login-error').textContent = t('login.tokenFailed');
      else say(t('errors.network'));
    });
  }

  if ($('login-form')) {
    $('login-form').addEventListener('submit', login);
    $('token-form').addEventListener('submit', tokenLogin);
  }
  $('logout').addEventListener('click', function () { pendingCase = null; signOut(''); });
  $('filter').addEventListener('change', refreshList);
  $('refresh').addEventListener('click', refreshList);
  $('back').addEventListener('click', closeCase);
  $('reply-form').addEventListener('submit', sendReply);
  // Ctrl/Cmd+Enter sends from the reply box.
  $('reply-text').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) $('reply-form').requestSubmit();
  });
  Array.prototype.forEach.call(document.querySelectorAll('#actions button'), function (button) {
    button.addEventListener('click', function () { setStatus(button.dataset.status); });
  });

  if (body.dataset.languageSource === 'default') {
    var browser = (navigator.language || '').toLowerCase().split('-')[0];
    if (switchLanguage(browser)) return;
  }
  if (!$('login-form')) return;
  if (state.token) start(); else signOut('');
})();
