/*
 * The web chat page: fetches a Direct Line token, starts Web Chat on it and refreshes the token before it expires.
 * Everything it needs comes from the inert JSON block `#webchat-config`, rendered by the server.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('webchat-config').textContent);
  /* The one place that says where Direct Line lives: this service by default, Azure when the server config says so. */
  var DIRECT_LINE_DOMAIN = config.directLineDomain || location.origin + '/v3/directline';
  var RETRY_MS = 10000;

  /** Web Chat's locale from the browser's: the three languages kakehashi speaks, English otherwise. */
  function webChatLocale(language) {
    var primary = String(language || '').toLowerCase().split('-')[0];
    if (primary === 'ja') return 'ja-JP';
    if (primary === 'de') return 'de-DE';
    if (primary === 'fr') return 'fr-FR';
    return 'en-US';
  }

  /* The entry point's partnership (`/?partnership=tsu-paris-geneva`): sent with every activity; the bot ignores unknown ids. */
  var PARTNERSHIP = (function () {
    var value = new URLSearchParams(location.search).get('partnership');
    return value && /^[a-z0-9._-]{1,64}$/i.test(value) ? value : null;
  })();

  /** A Web Chat store that adds `channelData.partnership` to each activity the user sends. */
  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (PARTNERSHIP && action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload && action.payload.activity) {
            var activity = action.payload.activity;
            activity.channelData = Object.assign({}, activity.channelData, { partnership: PARTNERSHIP });
          }
          return next(action);
        };
      };
    });
  }

  function postJson(url, token) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: '{}', credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function showError(visible) {
    var box = document.getElementById('webchat-error');
    document.getElementById('webchat-error-text').textContent = config.strings.tokenError;
    document.getElementById('webchat-retry').textContent = config.strings.retry;
    box.hidden = !visible;
  }

  /** Refreshes at half the lifetime (later tries until it runs out) and hands the new token to Direct Line. */
  function keepFresh(directLine, session) {
    var lifetimeMs = Math.max(10, Number(session.expires_in) || 1800) * 1000;
    var expiresAt = Date.now() + lifetimeMs;
    var refresh = function () {
      postJson(DIRECT_LINE_DOMAIN + '/tokens/refresh', session.token).then(
        function (next) {
          session = { conversationId: session.conversationId, token: next.token, expires_in: next.expires_in };
          directLine.reconnect({ conversationId: session.conversationId, token: session.token });
          keepFresh(directLine, session);
        },
        function () {
          if (Date.now() + RETRY_MS < expiresAt) setTimeout(refresh, RETRY_MS);
        },
      );
    };
    setTimeout(refresh, lifetimeMs / 2);
  }

  function start() {
    showError(false);
    var locale = webChatLocale(navigator.language);
    postJson(config.tokenUrl).then(
      function (session) {
        var directLine = window.WebChat.createDirectLine({
          token: session.token,
          domain: DIRECT_LINE_DOMAIN,
          webSocket: false,
          conversationStartProperties: { locale: locale },
        });
        keepFresh(directLine, session);
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: createStore(),
            locale: locale,
            nonce: config.nonce,
            styleOptions: {
              accent: '#1f4e8c',
              hideUploadButton: true,
              botAvatarInitials: '架',
              botAvatarBackgroundColor: '#1f4e8c',
              bubbleBorderRadius: 8,
              bubbleFromUserBorderRadius: 8,
              bubbleFromUserBackground: '#e8eef8',
              suggestedActionLayout: 'flow',
            },
          },
          document.getElementById('webchat'),
        );
        var input = document.querySelector('#webchat input[type="text"], #webchat textarea');
        if (input) input.focus();
      },
      function () {
        showError(true);
      },
    );
  }

  document.getElementById('webchat-retry').addEventListener('click', start);
  start();
})();
