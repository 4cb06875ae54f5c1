// A topic page, live: when Hearth says the topic changed, the page fetches
// itself and swaps in the list of posts it drew. What is being typed in the
// reply box stays untouched. Without this script the page works as a plain
// page: it shows new posts when it is loaded again.
(function () {
  'use strict';
  var list = document.getElementById('community-posts');
  if (!list || !window.WebSocket || !window.fetch || !window.DOMParser) { return; }
  var live = list.getAttribute('data-live');
  var status = document.getElementById('community-live-status');
  var retry = 1000;

  function refresh() {
    fetch(window.location.pathname, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error('not shown'); }
      return response.text();
    }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('community-posts');
      if (!fresh) { return; }
      var before = list.children.length;
      list.innerHTML = fresh.innerHTML;
      if (status && list.children.length > before) { status.textContent = status.getAttribute('data-new'); }
    }).catch(function () { /* shown on the next change or reload */ });
  }

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + window.location.host + live);
    socket.onopen = function () { retry = 1000; };
    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.changed) { refresh(); }
      if (frame.ended) { socket.onclose = null; }
    };
    socket.onclose = function () {
      setTimeout(function () { refresh(); connect(); }, retry);
      retry = Math.min(retry * 2, 30000);
    };
  }
  connect();
}());
