// A conversation page, live: new messages, corrections and "seen" arrive
// over a WebSocket as they are committed, and a message typed here is sent
// over it. Without this script (or without a connection) the page's forms
// post as usual and the page reloads; the text in the box is never cleared
// until Hearth has taken it.
(function () {
  'use strict';
  var list = document.getElementById('messages');
  var form = document.getElementById('send-form');
  if (!list || !form || !window.WebSocket) { return; }
  var box = form.querySelector('textarea[name="text"]');
  var urgent = form.querySelector('input[name="urgent"]');
  var status = document.getElementById('live-status');
  var empty = document.getElementById('messages-empty');
  var last = parseInt(list.getAttribute('data-last'), 10) || 0;
  var socket = null;
  var waiting = false;
  var retry = 1000;

  function visible() { return document.visibilityState === 'visible'; }

  function say(text) {
    if (status && text) { status.textContent = text; }
  }

  function showError(text) {
    var error = document.getElementById('message-live-error');
    if (!error) {
      error = document.createElement('div');
      error.id = 'message-live-error';
      error.className = 'error';
      error.setAttribute('role', 'alert');
      form.parentNode.insertBefore(error, form);
    }
    error.textContent = text;
    box.setAttribute('aria-invalid', 'true');
    box.setAttribute('aria-describedby', 'message-live-error');
    box.focus();
  }

  function clearError() {
    var error = document.getElementById('message-live-error');
    if (error) { error.parentNode.removeChild(error); }
    box.removeAttribute('aria-invalid');
    box.removeAttribute('aria-describedby');
  }

  function markSeen() {
    if (socket && socket.readyState === 1 && visible() && last > 0) {
      socket.send('seen=' + last);
    }
  }

  function fragment(html) {
    var holder = document.createElement('ol');
    holder.innerHTML = html;
    return holder.firstElementChild;
  }

  function place(seen) {
    var old = list.querySelectorAll('.seen-by');
    for (var i = 0; i < old.length; i++) { old[i].parentNode.removeChild(old[i]); }
    for (var j = 0; j < seen.length; j++) {
      var item = document.getElementById('m' + seen[j][0]);
      var body = item && item.querySelector('.note-text');
      if (!body) { continue; }
      var mark = document.createElement('p');
      mark.className = 'hint seen-by';
      mark.textContent = seen[j][1];
      body.parentNode.insertBefore(mark, body.nextSibling);
    }
  }

  function receive(event) {
    var frame;
    try { frame = JSON.parse(event.data); } catch (e) { return; }
    if (frame.ended) {
      // Signed out or no longer on this conversation: the page says why.
      socket.onclose = null;
      window.location.reload();
      return;
    }
    if (frame.message && frame.seq > last) {
      list.appendChild(fragment(frame.html));
      last = frame.seq;
      list.setAttribute('data-last', String(last));
      if (empty) { empty.hidden = true; }
      say(frame.announce);
      markSeen();
    } else if (frame.corrected) {
      var shown = document.getElementById('m' + frame.seq);
      if (shown) { shown.parentNode.replaceChild(fragment(frame.html), shown); }
    } else if (frame.seen) {
      place(frame.seen);
    } else if (frame.sent) {
      waiting = false;
      box.value = '';
      if (urgent) { urgent.checked = false; }
      clearError();
      box.focus();
    } else if (frame.refused) {
      waiting = false;
      showError(frame.refused);
    }
  }

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + window.location.host + list.getAttribute('data-live') + '?after=' + last);
    socket.onopen = function () { retry = 1000; markSeen(); };
    socket.onmessage = receive;
    socket.onclose = function () {
      socket = null;
      waiting = false;
      // Weak connections come and go: try again, less often each time.
      window.setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    };
  }

  form.addEventListener('submit', function (event) {
    if (!socket || socket.readyState !== 1) { return; }
    event.preventDefault();
    if (waiting) { return; }
    waiting = true;
    var body = 'text=' + encodeURIComponent(box.value);
    if (urgent && urgent.checked) { body += '&urgent=yes'; }
    socket.send(body);
  });
  document.addEventListener('visibilitychange', markSeen);
  connect();
}());

// Quick answers: choosing one puts it into the message box, where it can be
// adapted before sending. Without this script the link reloads the page
// with the answer in the box.
(function () {
  'use strict';
  var list = document.getElementById('quick-answers');
  var box = document.getElementById('text');
  if (!list || !box) { return; }
  list.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-answer]');
    if (!link) { return; }
    event.preventDefault();
    var answer = link.getAttribute('data-answer');
    var start = box.selectionStart || 0;
    var end = box.selectionEnd || 0;
    box.value = box.value.slice(0, start) + answer + box.value.slice(end);
    list.open = false;
    box.focus();
    box.selectionStart = box.selectionEnd = start + answer.length;
  });
}());
