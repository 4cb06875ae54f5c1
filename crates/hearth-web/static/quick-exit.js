// Quick exit: leave the family portal at once for a neutral site, ending the
// session so the back button shows nothing. Escape pressed twice does the same.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    // The server ends the session and answers with the neutral site's address.
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  var last = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var now = Date.now();
    if (now - last < 1500) { leave(event); }
    last = now;
  });
}());
