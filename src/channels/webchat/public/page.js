/*
 * The web chat page: a Direct Line connection that survives a flaky network, handed to Web Chat.
 *
 * Web Chat's own DirectLineJS client stops polling on any error but 403/404, gives up its WebSocket reconnect after a
 * while (its status still saying "online"), and has no way back once its token expired. So Web Chat gets
 * `resilientDirectLine`, which:
 * - receives through DirectLineJS on the WebSocket stream, and rebuilds it from conversationId + watermark as soon as
 *   the socket drops, DirectLineJS reports FailedToConnect/Ended/ExpiredToken, or its activity stream ends; retries
 *   with backoff for as long as the page is open, saying so in `#webchat-status`;
 * - posts activities itself and retries network errors, 429 and 5xx until shortly before Web Chat's send timeout,
 *   with the same clientActivityID (the server answers a repeat with the first id and no second turn);
 * - refreshes the token at half its lifetime; once it has expired (a long disconnect) it asks for a new token for
 *   the same conversation with the resume token (this service), and shows a note when the conversation is gone.
 * Everything it needs comes from the inert JSON block `#webchat-config`, rendered by the server.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('webchat-config').textContent);
  /* The one place that says where Direct Line lives: this service by default, Azure when the server config says so. */
  var DIRECT_LINE_DOMAIN = config.directLineDomain || location.origin + '/v3/directline';
  var STATUS = { Uninitialized: 0, Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };
  /* Web Chat marks a message "failed" after this; posts retry until POST_DEADLINE_MS, a little earlier. */
  var SEND_TIMEOUT_MS = 60000;
  var POST_DEADLINE_MS = 50000;
  var BACKOFF_MS = [500, 1000, 2000, 4000, 5000];
  /* A token this close to expiry is renewed before use. */
  var EXPIRY_MARGIN_MS = 1000;
  var REFRESH_RETRY_MS = 10000;
  var START_ATTEMPTS = 3;

  /** Web Chat's locale from the browser's: the languages kakehashi speaks, English otherwise. */
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

  /** JSON over fetch; a failure carries `status` (0 = network) and `retryAfterMs`. */
  function requestJson(method, url, token, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' }).then(
      function (response) {
        if (!response.ok) {
          var error = new Error('HTTP ' + response.status);
          error.status = response.status;
          error.retryAfterMs = (Number(response.headers.get('Retry-After')) || 0) * 1000;
          throw error;
        }
        return response.json();
      },
      function (networkError) {
        var error = new Error('network: ' + networkError.message);
        error.status = 0;
        throw error;
      },
    );
  }

  /** Worth retrying: the network, a timeout, throttling, or the server (or a proxy) failing for now. */
  function isTransient(error) {
    return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
  }

  function backoff(attempt, error) {
    var base = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
    return Math.max(base, (error && error.retryAfterMs) || 0) + Math.floor(Math.random() * 250);
  }

  function wait(ms) {
    return new Promise(function (resolve) {
      setTimeout(resolve, ms);
    });
  }

  function conversationGone() {
    var error = new Error('conversation gone');
    error.gone = true;
    return error;
  }

  /** The least of an observable Web Chat needs: `subscribe(observer | next, error, complete)` → `{ unsubscribe }`. */
  function Subject(behaviour, initial) {
    this.observers = [];
    this.behaviour = behaviour;
    this.value = initial;
  }
  Subject.prototype.subscribe = function (next, error, complete) {
    var observer = next && typeof next === 'object' ? next : { next: next, error: error, complete: complete };
    var observers = this.observers;
    observers.push(observer);
    if (this.behaviour && observer.next) observer.next(this.value);
    return {
      unsubscribe: function () {
        var index = observers.indexOf(observer);
        if (index >= 0) observers.splice(index, 1);
      },
    };
  };
  Subject.prototype.next = function (value) {
    this.value = value;
    this.observers.slice().forEach(function (observer) {
      if (observer.next) observer.next(value);
    });
  };

  function showNotice(text, button, onClick) {
    var box = document.getElementById('webchat-error');
    var retry = document.getElementById('webchat-retry');
    document.getElementById('webchat-error-text').textContent = text;
    retry.textContent = button;
    retry.onclick = onClick;
    box.hidden = false;
  }

  function showReconnecting(visible) {
    var line = document.getElementById('webchat-status');
    line.textContent = visible ? config.strings.reconnecting : '';
    line.hidden = !visible;
  }

  function hideNotice() {
    document.getElementById('webchat-error').hidden = true;
  }

  /**
   * A Direct Line connection for Web Chat that recovers. `session`: `{ conversationId, token, expires_in,
   * resumeToken? }` from the token endpoint. `onGone` runs once when the conversation no longer exists.
   */
  function resilientDirectLine(session, locale, onGone) {
    var status$ = new Subject(true, STATUS.Uninitialized);
    var activity$ = new Subject(false);
    var seen = {};
    var inner = null;
    var innerSubscriptions = [];
    var watermark = '';
    var streamUrl = null;
    var expiresAt = 0;
    var renewing = null;
    var recovering = false;
    var streamFailures = 0;
    var refreshTimer = null;
    var ended = false;
    var started;

    function setStatus(next) {
      if (status$.value !== next) status$.next(next);
    }

    function adopt(response) {
      if (response.token) {
        session.token = response.token;
        expiresAt = Date.now() + Math.max(1, Number(response.expires_in) || 1800) * 1000;
        scheduleRefresh();
      }
      if (response.streamUrl) streamUrl = response.streamUrl;
      if (inner && response.token) inner.reconnect({ token: session.token, streamUrl: inner.streamUrl });
    }

    function gone() {
      if (ended) return;
      ended = true;
      closeInner();
      clearTimeout(refreshTimer);
      setStatus(STATUS.Ended);
      onGone();
    }

    /** Refreshes at half the lifetime; failures retry while the token lasts, after that the resume path takes over. */
    function scheduleRefresh() {
      clearTimeout(refreshTimer);
      var lifetime = expiresAt - Date.now();
      refreshTimer = setTimeout(function refresh() {
        if (ended) return;
        requestJson('POST', DIRECT_LINE_DOMAIN + '/tokens/refresh', session.token).then(adopt, function () {
          if (!ended && Date.now() + REFRESH_RETRY_MS < expiresAt) refreshTimer = setTimeout(refresh, REFRESH_RETRY_MS);
        });
      }, lifetime / 2);
    }

    /** A usable token: the current one, a refreshed one, or (expired) one for the same conversation via the resume token. */
    function ensureToken() {
      if (Date.now() < expiresAt - EXPIRY_MARGIN_MS) return Promise.resolve();
      if (!renewing) {
        var viaRefresh = Date.now() < expiresAt ? requestJson('POST', DIRECT_LINE_DOMAIN + '/tokens/refresh', session.token) : Promise.reject({ status: 403 });
        renewing = viaRefresh
          .catch(function (error) {
            if (error.status !== 403 && error.status !== 401) throw error;
            // Expired: only this service can issue a token for an existing conversation (Azure cannot).
            if (!session.resumeToken) throw conversationGone();
            return requestJson('POST', DIRECT_LINE_DOMAIN + '/tokens/resume', session.resumeToken).catch(function (resumeError) {
              throw isTransient(resumeError) ? resumeError : conversationGone();
            });
          })
          .then(
            function (response) {
              renewing = null;
              adopt(response);
            },
            function (error) {
              renewing = null;
              throw error;
            },
          );
      }
      return renewing;
    }

    function closeInner() {
      innerSubscriptions.forEach(function (subscription) {
        subscription.unsubscribe();
      });
      innerSubscriptions = [];
      if (inner) {
        watermark = inner.watermark || watermark;
        var old = inner;
        inner = null;
        try {
          old.end();
        } catch (ignored) {
          /* DirectLineJS throws from end() when it had already ended. */
        }
      }
    }

    /**
     * DirectLineJS on the stream, starting after `watermark`. Its WebSocket is watched (createDirectLine does not
     * pass DirectLineJS's WebSocket option, so the global is swapped for the constructor call only): a dropped socket
     * rebuilds at once instead of after DirectLineJS's 3–15 s pause and 20 s retry interval.
     */
    function openInner() {
      var NativeWebSocket = window.WebSocket;
      var self = null;
      function WatchedWebSocket(url, protocols) {
        var socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
        socket.addEventListener('open', function () {
          streamFailures = 0;
        });
        socket.addEventListener('close', function () {
          if (inner === self) lost();
        });
        return socket;
      }
      WatchedWebSocket.prototype = NativeWebSocket.prototype;
      window.WebSocket = WatchedWebSocket;
      try {
        inner = window.WebChat.createDirectLine({
          token: session.token,
          conversationId: session.conversationId,
          streamUrl: streamUrl,
          watermark: watermark,
          domain: DIRECT_LINE_DOMAIN,
          webSocket: true,
        });
      } finally {
        window.WebSocket = NativeWebSocket;
      }
      self = inner;
      innerSubscriptions.push(
        inner.connectionStatus$.subscribe(function (innerStatus) {
          if (inner !== self) return;
          if (innerStatus === STATUS.Online) setStatus(STATUS.Online);
          else if (innerStatus === STATUS.ExpiredToken || innerStatus === STATUS.FailedToConnect || innerStatus === STATUS.Ended) lost();
        }),
        inner.activity$.subscribe(
          function (activity) {
            if (inner === self) watermark = inner.watermark || watermark;
            if (activity.id && seen[activity.id]) return;
            if (activity.id) seen[activity.id] = true;
            activity$.next(activity);
          },
          function () {
            if (inner === self) lost();
          },
          function () {
            if (inner === self) lost();
          },
        ),
      );
    }

    /** The stream is down: reconnect (`GET conversations/{id}?watermark=`) with backoff until it is back or gone. */
    function lost() {
      if (recovering || ended) return;
      recovering = true;
      closeInner();
      // Web Chat drops what is typed while its status is not Online, so it stays Online and posts wait in `post`;
      // the page says itself that it is reconnecting.
      showReconnecting(true);
      var attempt = streamFailures++;
      (function again() {
        if (ended) return;
        ensureToken()
          .then(function () {
            var url = DIRECT_LINE_DOMAIN + '/conversations/' + encodeURIComponent(session.conversationId) + '?watermark=' + encodeURIComponent(watermark);
            return requestJson('GET', url, session.token);
          })
          .then(
            function (conversation) {
              recovering = false;
              showReconnecting(false);
              adopt(conversation);
              if (!ended) openInner();
            },
            function (error) {
              if (error.gone || error.status === 404 || error.status === 401) {
                recovering = false;
                showReconnecting(false);
                gone();
                return;
              }
              if (error.status === 403) expiresAt = 0;
              setTimeout(again, backoff(attempt++, error));
            },
          );
      })();
    }

    /** Posts with retries; the server answers a repeat of the same clientActivityID with the first id. */
    function post(activity) {
      if (PARTNERSHIP) activity = Object.assign({}, activity, { channelData: Object.assign({}, activity.channelData, { partnership: PARTNERSHIP }) });
      var deadline = Date.now() + POST_DEADLINE_MS;
      var attempt = 0;
      function once() {
        return ensureToken()
          .then(function () {
            var url = DIRECT_LINE_DOMAIN + '/conversations/' + encodeURIComponent(session.conversationId) + '/activities';
            return requestJson('POST', url, session.token, activity);
          })
          .then(
            function (response) {
              return response.id;
            },
            function (error) {
              if (error.gone || error.status === 404) {
                gone();
                throw error;
              }
              if (error.status === 403) expiresAt = 0;
              else if (!isTransient(error)) throw error;
              if (Date.now() > deadline) throw error;
              // The network failed the post, so it likely dropped the stream too; do not wait for the socket to notice.
              if (error.status === 0 && !recovering) lost();
              return wait(backoff(attempt++, error)).then(once);
            },
          );
      }
      return started.then(once);
    }

    /** `POST conversations` (the bot's welcome), retried while transient; then the stream. */
    started = (function start(attempt) {
      setStatus(STATUS.Connecting);
      expiresAt = Date.now() + Math.max(1, Number(session.expires_in) || 1800) * 1000;
      scheduleRefresh();
      return ensureToken()
        .then(function () {
          return requestJson('POST', DIRECT_LINE_DOMAIN + '/conversations', session.token, PARTNERSHIP ? { locale: locale, partnership: PARTNERSHIP } : { locale: locale });
        })
        .catch(function (error) {
          if (!isTransient(error) || attempt + 1 >= START_ATTEMPTS) throw error;
          return wait(backoff(attempt, error)).then(function () {
            return start(attempt + 1);
          });
        });
    })(0).then(function (conversation) {
      adopt(conversation);
      openInner();
    });

    return {
      ready: started,
      directLine: {
        activity$: activity$,
        connectionStatus$: status$,
        postActivity: function (activity) {
          return {
            subscribe: function (next, error, complete) {
              var observer = next && typeof next === 'object' ? next : { next: next, error: error, complete: complete };
              var cancelled = false;
              post(activity).then(
                function (id) {
                  if (cancelled) return;
                  if (observer.next) observer.next(id);
                  if (observer.complete) observer.complete();
                },
                function (failure) {
                  if (!cancelled && observer.error) observer.error(failure);
                },
              );
              return {
                unsubscribe: function () {
                  cancelled = true;
                },
              };
            },
          };
        },
        end: function () {
          ended = true;
          clearTimeout(refreshTimer);
          closeInner();
          setStatus(STATUS.Ended);
        },
      },
    };
  }

  var current = null;

  function start() {
    hideNotice();
    if (current) current.directLine.end();
    current = null;
    var locale = webChatLocale(navigator.language);
    var attempt = 0;
    (function fetchToken() {
      requestJson('POST', config.tokenUrl, undefined, {}).then(
        function (session) {
          var connection = resilientDirectLine(session, locale, function () {
            showNotice(config.strings.conversationEnded, config.strings.newConversation, start);
          });
          current = connection;
          connection.ready.catch(function () {
            if (current === connection) showNotice(config.strings.tokenError, config.strings.retry, start);
          });
          window.WebChat.renderWebChat(
            {
              directLine: connection.directLine,
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
                sendTimeout: SEND_TIMEOUT_MS,
              },
            },
            document.getElementById('webchat'),
          );
          var input = document.querySelector('#webchat input[type="text"], #webchat textarea');
          if (input) input.focus();
        },
        function (error) {
          if (isTransient(error) && ++attempt < START_ATTEMPTS) setTimeout(fetchToken, backoff(attempt, error));
          else showNotice(config.strings.tokenError, config.strings.retry, start);
        },
      );
    })();
  }

  start();
})();
