/* kakehashi staff insights: loads /staff/api/insights with the console's session and draws it with Chart.js. */
(function () {
  'use strict';
  var TOKEN_KEY = 'kakehashi.staff.token';
  var strings = JSON.parse(document.getElementById('insights-strings').textContent);
  var token = sessionStorage.getItem(TOKEN_KEY);
  var charts = {};
  var names = { regions: {}, offices: {} };
  var COLORS = ['#1d4ed8', '#dc2626', '#d97706', '#16a34a', '#db2777', '#7c3aed', '#0891b2', '#475569', '#65a30d', '#9333ea'];

  function t(path, values) {
    var text = path.split('.').reduce(function (node, key) { return node && node[key]; }, strings);
    if (typeof text !== 'string') return path;
    return text.replace(/{{\s*(\w+)\s*}}/g, function (_m, key) { return values && values[key] !== undefined ? String(values[key]) : ''; });
  }
  function el(tag, text) { var node = document.createElement(tag); if (text !== undefined) node.textContent = text; return node; }
  function status(text) { document.getElementById('status').textContent = text; }

  function api(path) {
    return fetch(path, { headers: { Authorization: 'Bearer ' + token } }).then(function (response) {
      if (response.status === 401) { sessionStorage.removeItem(TOKEN_KEY); showSignIn(); throw new Error('401'); }
      if (!response.ok) throw new Error(String(response.status));
      return response;
    });
  }

  function showSignIn() {
    document.getElementById('insights').hidden = true;
    document.getElementById('sign-in').hidden = false;
    status('');
  }

  function label(dimension, value) {
    if (value === '-') return t('unknown');
    if (dimension === 'topic') return (strings.topics && strings.topics[value]) || value;
    if (dimension === 'language') return (strings.languageNames && strings.languageNames[value]) || value;
    if (dimension === 'region') return names.regions[value] || value;
    return value;
  }

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    config.options = Object.assign({ responsive: true, animation: false, plugins: { legend: { display: config.type !== 'bar' || (config.data.datasets.length > 1) } } }, config.options || {});
    charts[id] = new Chart(document.getElementById(id), config);
  }

  function barOf(id, dimension, rows) {
    draw(id, { type: 'bar', data: { labels: rows.map(function (row) { return label(dimension, row.value); }), datasets: [{ label: t('charts.' + dimension), data: rows.map(function (row) { return row.total; }), backgroundColor: COLORS }] } });
  }

  function render(report) {
    var summary = document.getElementById('summary');
    summary.textContent = '';
    var totalCases = report.cases.byOffice.reduce(function (sum, row) { return sum + row.counts.new + row.counts.claimed + row.counts.answered + row.counts.resolved; }, 0);
    var minutes = function (value) { return value === null ? t('summary.none') : t('summary.minutes', { value: Math.round(value) }); };
    [
      ['questions', report.questions.total],
      ['lowConfidence', report.questions.lowConfidence],
      ['cases', totalCases],
      ['firstReplyMedian', minutes(report.cases.firstReply.medianMinutes)],
      ['firstReplyP90', minutes(report.cases.firstReply.p90Minutes)],
      ['satisfaction', report.satisfaction.average === null ? t('summary.none') : report.satisfaction.average + ' (n=' + report.satisfaction.responses + ')'],
    ].forEach(function (pair) {
      var box = el('div'); box.appendChild(el('dt', t('summary.' + pair[0]))); box.appendChild(el('dd', String(pair[1]))); box.dataset.metric = pair[0]; summary.appendChild(box);
    });
    draw('chart-per-day', { type: 'line', data: { labels: report.window.days, datasets: [
      { label: t('charts.total'), data: report.questions.perDay.total, borderColor: COLORS[0], backgroundColor: COLORS[0] },
      { label: t('charts.low'), data: report.questions.perDay.lowConfidence, borderColor: COLORS[1], backgroundColor: COLORS[1] },
    ] } });
    barOf('chart-topic', 'topic', report.questions.by.topic);
    barOf('chart-region', 'region', report.questions.by.region);
    barOf('chart-language', 'language', report.questions.by.language);
    barOf('chart-channel', 'channel', report.questions.by.channel);
    var statuses = ['new', 'claimed', 'answered', 'resolved'];
    draw('chart-cases', { type: 'bar', options: { scales: { x: { stacked: true }, y: { stacked: true } } }, data: {
      labels: report.cases.byOffice.map(function (row) { return names.offices[row.officeId] || row.officeId; }),
      datasets: statuses.map(function (s, i) { return { label: t('status.' + s), data: report.cases.byOffice.map(function (row) { return row.counts[s]; }), backgroundColor: COLORS[i] }; }),
    } });
    draw('chart-satisfaction', { type: 'bar', data: { labels: ['1', '2', '3', '4', '5'], datasets: [{ label: t('charts.satisfaction'), data: ['1', '2', '3', '4', '5'].map(function (k) { return report.satisfaction.distribution[k]; }), backgroundColor: COLORS[3] }] } });

    var body = document.querySelector('#unanswered tbody');
    body.textContent = '';
    report.unanswered.forEach(function (group) {
      var row = el('tr');
      row.appendChild(el('td', String(group.count)));
      row.appendChild(el('td', group.example));
      row.appendChild(el('td', group.others.join(' · ')));
      row.appendChild(el('td', group.languages.map(function (l) { return label('language', l); }).join(', ')));
      row.appendChild(el('td', group.regions.map(function (r) { return label('region', r); }).join(', ')));
      row.appendChild(el('td', group.closest.map(function (entry) { return entry.title + ' (' + entry.entryId + ')'; }).join('; ')));
      body.appendChild(row);
    });
    document.getElementById('unanswered-empty').hidden = report.unanswered.length > 0;
  }

  function load() {
    var days = document.getElementById('window').value;
    status(t('loading'));
    return api('/staff/api/insights?days=' + encodeURIComponent(days))
      .then(function (response) { return response.json(); })
      .then(function (report) { render(report); status(''); document.body.dataset.loaded = 'true'; })
      .catch(function (error) { if (error.message !== '401') status(t('failed', { status: error.message })); });
  }

  function downloadCsv(table) {
    var days = document.getElementById('window').value;
    api('/staff/api/insights/csv/' + table + '?days=' + encodeURIComponent(days)).then(function (response) { return response.blob(); }).then(function (blob) {
      var link = el('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'kakehashi-insights-' + table + '.csv';
      document.body.appendChild(link);
      link.click();
      setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    }).catch(function (error) { if (error.message !== '401') status(t('failed', { status: error.message })); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!token) return showSignIn();
    Array.prototype.forEach.call(document.querySelectorAll('#window option'), function (option) { option.textContent = t('days', { count: option.value }); });
    document.getElementById('window').addEventListener('change', load);
    Array.prototype.forEach.call(document.querySelectorAll('[data-csv]'), function (button) { button.addEventListener('click', function () { downloadCsv(button.dataset.csv); }); });
    document.getElementById('insights').hidden = false;
    api('/staff/api/me').then(function (response) { return response.json(); }).then(function (me) {
      (me.regions || []).forEach(function (region) { names.regions[region.id] = region.name[document.body.dataset.language] || region.name.en || region.id; });
      (me.offices || []).forEach(function (office) { names.offices[office.id] = office.name[document.body.dataset.language] || office.name.en || office.id; });
      document.getElementById('scope').textContent = me.staff.kind === 'admin' ? t('scopeAdmin') : t('scopeOffice');
    }).catch(function () {}).then(load);
  });
})();
