// Family search as you type: after a pause, fetch the list for what is in the
// form and put it in place of the current one. Without this script the form's
// button does the same with a full page.
(function () {
  'use strict';
  var form = document.getElementById('family-search');
  var list = document.getElementById('family-list');
  if (!form || !list || !window.fetch || !window.DOMParser) { return; }
  var timer = 0;
  var asked = 0;
  function search() {
    var ticket = ++asked;
    var address = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
    fetch(address, { credentials: 'same-origin' }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (!html || ticket !== asked) { return; }
      var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('family-list');
      if (fresh) { list.innerHTML = fresh.innerHTML; history.replaceState(null, '', address); }
    }).catch(function () { /* the button still works */ });
  }
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 400);
  });
}());
