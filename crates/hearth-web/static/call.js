// A video call page. First the device check (camera, microphone, a test
// sound, a rough connection estimate, audio only); then the waiting room or,
// for a host, the call. Media goes from browser to browser (WebRTC, one
// connection to each other person, at most four people); Hearth only passes
// the signalling on over the page's socket and never sees or keeps media.
// Nothing here records anything.
(function () {
  'use strict';
  var root = document.getElementById('call');
  if (!root) { return; }
  var side = root.getAttribute('data-side');
  var host = side === 'staff';
  var text = {};
  try { text = JSON.parse(root.getAttribute('data-text')); } catch (e) { text = {}; }
  var iceServers = [];
  try { iceServers = JSON.parse(root.getAttribute('data-ice')); } catch (e) { iceServers = []; }
  function t(key) { return text[key] || key; }
  function $(id) { return document.getElementById(id); }
  function show(id, on) { var el = $(id); if (el) { el.hidden = !on; } }
  function say(message) { var s = $('call-status'); if (s) { s.textContent = message; } }

  if (!window.RTCPeerConnection || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.WebSocket) {
    show('call-unsupported', true);
    return;
  }
  show('call-check', true);

  var stream = null;        // this device's camera and microphone
  var audioOnly = false;
  var socket = null;
  var me = null;            // this page's participant key
  var peers = {};           // key -> {pc, since, video, item, pending: [], stats}
  var joined = false;
  var over = false;
  var retry = 1000;
  var weakSamples = 0;

  // ----- Device check -----
  function constraints() {
    return audioOnly ? { audio: true, video: false }
      : { audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: 'user' } };
  }

  function stopStream() {
    if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
    stream = null;
  }

  function openDevices() {
    stopStream();
    return navigator.mediaDevices.getUserMedia(constraints()).then(function (s) {
      stream = s;
      $('call-preview').srcObject = audioOnly ? null : s;
      $('call-device').textContent = audioOnly ? t('call-device-audio-only') : t('call-device-ok');
      watchMicrophone(s);
      return s;
    }).catch(function () {
      if (!audioOnly) {
        // No camera, or it was refused: try the microphone alone.
        audioOnly = true;
        $('call-audio-only').checked = true;
        return openDevices();
      }
      $('call-device').textContent = t('call-device-failed');
      return null;
    });
  }

  var meterContext = null;
  function watchMicrophone(s) {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context || !s.getAudioTracks().length) { return; }
    try {
      if (meterContext) { meterContext.close(); }
      meterContext = new Context();
      var analyser = meterContext.createAnalyser();
      analyser.fftSize = 256;
      meterContext.createMediaStreamSource(s).connect(analyser);
      var data = new Uint8Array(analyser.fftSize);
      var meter = $('call-mic-level');
      var tick = function () {
        if (!meterContext || joined) { return; }
        analyser.getByteTimeDomainData(data);
        var peak = 0;
        for (var i = 0; i < data.length; i++) { peak = Math.max(peak, Math.abs(data[i] - 128) / 128); }
        meter.value = peak;
        meter.textContent = Math.round(peak * 100) + '%';
        window.requestAnimationFrame(tick);
      };
      tick();
    } catch (e) { /* the meter is a help, not a need */ }
  }

  $('call-sound-test').addEventListener('click', function () {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) { return; }
    var context = new Context();
    var tone = context.createOscillator();
    var gain = context.createGain();
    tone.frequency.value = 440;
    gain.gain.value = 0.2;
    tone.connect(gain).connect(context.destination);
    tone.start();
    say(t('call-sound-playing'));
    window.setTimeout(function () { tone.stop(); context.close(); }, 1200);
  });

  $('call-audio-only').addEventListener('change', function (e) {
    audioOnly = e.target.checked;
    openDevices();
  });

  // A rough estimate: how long small requests take, and how fast a larger file arrives.
  function estimateConnection() {
    var out = $('call-connection');
    var started = Date.now();
    var rtts = [];
    function ping(n) {
      if (n === 0) { return Promise.resolve(); }
      var at = Date.now();
      return fetch('/static/hearth-icon-1.svg?probe=' + at + n, { cache: 'no-store' }).then(function (r) {
        return r.text();
      }).then(function () { rtts.push(Date.now() - at); return ping(n - 1); });
    }
    return ping(3).then(function () {
      var at = Date.now();
      return fetch('/static/connection-probe-1.bin?probe=' + at, { cache: 'no-store' }).then(function (r) {
        return r.arrayBuffer();
      }).then(function (body) {
        var seconds = Math.max((Date.now() - at) / 1000, 0.001);
        var kbps = (body.byteLength * 8 / 1000) / seconds;
        var rtt = Math.min.apply(null, rtts);
        var verdict = (kbps > 1500 && rtt < 250) ? 'good' : (kbps > 400 && rtt < 600) ? 'fair' : 'weak';
        out.textContent = t('call-connection-' + verdict);
        out.setAttribute('data-verdict', verdict);
        if (verdict === 'weak' && !audioOnly) {
          audioOnly = true;
          $('call-audio-only').checked = true;
          openDevices();
        }
      });
    }).catch(function () {
      out.textContent = t('call-connection-unknown');
      return Date.now() - started;
    });
  }

  openDevices().then(estimateConnection);

  // ----- The call -----
  $('call-join').addEventListener('click', function () {
    $('call-join').disabled = true;
    joined = true;
    if (meterContext) { meterContext.close(); meterContext = null; }
    connect();
  });

  function send(pairs) {
    if (!socket || socket.readyState !== 1) { return; }
    var body = Object.keys(pairs).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(pairs[k]);
    }).join('&');
    socket.send(body);
  }

  function connect() {
    var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + window.location.host + root.getAttribute('data-live'));
    socket.onopen = function () { retry = 1000; say(t('call-connected')); };
    socket.onmessage = receive;
    socket.onclose = function () {
      closeAll();
      if (over) { return; }
      say(t('call-reconnecting'));
      window.setTimeout(connect, retry);
      retry = Math.min(retry * 2, 15000);
    };
  }

  function receive(event) {
    var frame;
    try { frame = JSON.parse(event.data); } catch (e) { return; }
    if (frame.state) { update(frame.state); }
    if (frame.signal) { signalled(frame.signal.from, frame.signal.body); }
    if (frame.closed) { closed(frame.closed); }
  }

  function finish(message) {
    over = true;
    closeAll();
    stopStream();
    show('call-check', false);
    show('call-waiting', false);
    show('call-room', false);
    show('call-over', true);
    $('call-over-text').textContent = message;
    say(message);
  }

  function closed(reason) {
    var messages = {
      ended: t('call-ended'), abruptly: t('call-ended-abruptly'), turned_away: t('call-turned-away'),
      full: t('call-full'), replaced: t('call-replaced'), left: t('call-left'), access: t('call-lost')
    };
    // The practitioner is told what was agreed for this case, at once.
    if (host) { messages.abruptly = t('call-ended-abruptly-staff'); }
    if (messages[reason]) {
      if (socket) { socket.onclose = null; }
      finish(messages[reason]);
      if (host && reason === 'abruptly') { show('call-over-fallback', true); }
    }
  }

  function update(state) {
    me = state.you;
    if (state.ended) { return; }
    var waiting = state.presence === 'waiting';
    show('call-check', false);
    show('call-waiting', waiting);
    show('call-room', !waiting);
    if (!waiting && !$('call-self').srcObject && stream && !audioOnly) { $('call-self').srcObject = stream; }
    if (host) { lobby(state.people); }
    var box = $('call-interrupted');
    if (state.interrupted) {
      $('call-interrupted-text').textContent = state.interrupted.text;
      if (box.hidden) { box.hidden = false; }
    } else {
      box.hidden = true;
    }
    if (waiting) { return; }
    var present = {};
    state.people.forEach(function (p) {
      if (p.key === me || p.presence !== 'admitted' || !p.connected) { return; }
      present[p.key] = true;
      var peer = peers[p.key];
      if (peer && peer.since !== p.since) { closePeer(p.key); peer = null; }
      if (!peer) {
        peer = openPeer(p.key, p.since, p.name);
        // One side offers: the lower key, so two offers never cross.
        if (me < p.key) { offer(p.key); }
      }
    });
    Object.keys(peers).forEach(function (key) { if (!present[key]) { closePeer(key); } });
  }

  function lobby(people) {
    var waitingList = $('call-lobby-list');
    var presentList = $('call-present-list');
    waitingList.textContent = '';
    presentList.textContent = '';
    var anyone = false;
    people.forEach(function (p) {
      var item = document.createElement('li');
      var name = document.createElement('p');
      name.textContent = p.name + ' · ' + t('call-role-' + p.role);
      item.appendChild(name);
      if (p.verification) {
        var v = document.createElement('p');
        v.className = 'hint';
        v.textContent = p.verification;
        item.appendChild(v);
      }
      if (p.presence === 'waiting') {
        anyone = true;
        var admit = document.createElement('button');
        admit.type = 'button';
        admit.textContent = t('call-admit') + ': ' + p.name;
        admit.setAttribute('data-admit', p.key);
        admit.addEventListener('click', function () { send({ admit: p.key }); });
        var away = document.createElement('button');
        away.type = 'button';
        away.className = 'secondary';
        away.textContent = t('call-turn-away') + ': ' + p.name;
        away.addEventListener('click', function () { send({ away: p.key }); });
        item.appendChild(admit);
        item.appendChild(document.createTextNode(' '));
        item.appendChild(away);
        waitingList.appendChild(item);
      } else {
        var status = document.createElement('p');
        status.className = 'hint';
        status.textContent = p.connected ? t('call-connected') : t('call-dropped-at') + ' ' + (p.dropped || '');
        item.appendChild(status);
        presentList.appendChild(item);
      }
    });
    show('call-lobby-empty', !anyone);
  }

  function openPeer(key, since, name) {
    var pc = new RTCPeerConnection({ iceServers: iceServers });
    var peer = { pc: pc, since: since, pending: [], lost: 0, sent: 0 };
    peers[key] = peer;
    if (stream) { stream.getTracks().forEach(function (track) { pc.addTrack(track, stream); }); }
    // Receive video even when sending audio only.
    if (audioOnly || !stream) { pc.addTransceiver('video', { direction: 'recvonly' }); }
    if (!stream) { pc.addTransceiver('audio', { direction: 'recvonly' }); }
    pc.onicecandidate = function (e) {
      if (e.candidate) { send({ to: key, signal: JSON.stringify({ candidate: e.candidate }) }); }
    };
    var item = document.createElement('li');
    var video = document.createElement('video');
    video.className = 'call-video';
    video.autoplay = true;
    video.playsInline = true;
    video.setAttribute('aria-label', name);
    var label = document.createElement('span');
    label.textContent = name;
    item.appendChild(video);
    item.appendChild(label);
    $('call-videos').appendChild(item);
    peer.item = item;
    pc.ontrack = function (e) {
      video.srcObject = e.streams[0] || new MediaStream([e.track]);
    };
    say(t('call-joined') + ' ' + name);
    return peer;
  }

  function closePeer(key) {
    var peer = peers[key];
    if (!peer) { return; }
    try { peer.pc.close(); } catch (e) { /* already closed */ }
    if (peer.item && peer.item.parentNode) { peer.item.parentNode.removeChild(peer.item); }
    delete peers[key];
  }

  function closeAll() { Object.keys(peers).forEach(closePeer); }

  function offer(key) {
    var pc = peers[key].pc;
    pc.createOffer().then(function (o) { return pc.setLocalDescription(o); }).then(function () {
      send({ to: key, signal: JSON.stringify({ description: pc.localDescription }) });
    }).catch(function () { /* the next change of the call tries again */ });
  }

  function signalled(from, body) {
    var message;
    try { message = JSON.parse(body); } catch (e) { return; }
    var peer = peers[from];
    if (message.description) {
      var description = message.description;
      if (description.type === 'offer') {
        // A fresh offer means the other page started afresh.
        if (peer && peer.pc.remoteDescription) { var since = peer.since; var name = peer.item.textContent; closePeer(from); peer = openPeer(from, since, name); }
        if (!peer) { return; }
        var pc = peer.pc;
        pc.setRemoteDescription(description).then(function () {
          peer.pending.forEach(function (c) { pc.addIceCandidate(c).catch(function () {}); });
          peer.pending = [];
          return pc.createAnswer();
        }).then(function (a) { return pc.setLocalDescription(a); }).then(function () {
          send({ to: from, signal: JSON.stringify({ description: pc.localDescription }) });
        }).catch(function () {});
      } else if (peer && peer.pc.signalingState === 'have-local-offer') {
        peer.pc.setRemoteDescription(description).then(function () {
          peer.pending.forEach(function (c) { peer.pc.addIceCandidate(c).catch(function () {}); });
          peer.pending = [];
        }).catch(function () {});
      }
    } else if (message.candidate && peer) {
      if (peer.pc.remoteDescription) {
        peer.pc.addIceCandidate(message.candidate).catch(function () {});
      } else {
        peer.pending.push(message.candidate);
      }
    }
  }

  // ----- During the call -----
  $('call-mute').addEventListener('click', function (e) {
    if (!stream) { return; }
    var on = e.target.getAttribute('aria-pressed') !== 'true';
    stream.getAudioTracks().forEach(function (track) { track.enabled = !on; });
    e.target.setAttribute('aria-pressed', on ? 'true' : 'false');
    e.target.textContent = on ? t('call-unmute') : t('call-mute');
  });

  $('call-camera').addEventListener('click', function (e) {
    if (!stream) { return; }
    var off = e.target.getAttribute('aria-pressed') !== 'true';
    stream.getVideoTracks().forEach(function (track) { track.enabled = !off; });
    e.target.setAttribute('aria-pressed', off ? 'true' : 'false');
    e.target.textContent = off ? t('call-camera-on') : t('call-camera-off');
  });

  function switchToAudio() {
    audioOnly = true;
    if (stream) { stream.getVideoTracks().forEach(function (track) { track.stop(); stream.removeTrack(track); }); }
    Object.keys(peers).forEach(function (key) {
      peers[key].pc.getSenders().forEach(function (sender) {
        if (sender.track && sender.track.kind === 'video') { sender.replaceTrack(null); }
      });
    });
    $('call-self').srcObject = null;
    $('call-camera').disabled = true;
    show('call-weak', false);
  }
  $('call-switch-audio').addEventListener('click', switchToAudio);

  $('call-leave').addEventListener('click', function () {
    send({ leave: 'yes' });
  });

  if (host) {
    var dialog = $('call-end-confirm');
    $('call-end').addEventListener('click', function () {
      if (dialog && dialog.showModal) { dialog.showModal(); } else if (window.confirm(t('call-ended'))) { send({ end: 'yes' }); }
    });
    $('call-end-yes').addEventListener('click', function () { dialog.close(); send({ end: 'yes' }); });
    $('call-end-no').addEventListener('click', function () { dialog.close(); });
  }

  // The start checklist is saved without leaving the call.
  var checklist = $('checklist-form');
  if (checklist) {
    checklist.addEventListener('submit', function (e) {
      e.preventDefault();
      fetch(checklist.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(checklist)),
        credentials: 'same-origin'
      }).then(function (r) {
        var note = document.createElement('p');
        note.setAttribute('role', 'status');
        if (r.ok) {
          note.className = 'notice';
          note.id = 'checklist-done';
          note.textContent = t('call-checklist-saved');
          checklist.parentNode.replaceChild(note, checklist);
        } else {
          note.className = 'error';
          note.textContent = t('call-checklist-failed');
          checklist.insertBefore(note, checklist.firstChild);
        }
      }).catch(function () {
        window.alert(t('call-checklist-failed'));
      });
    });
  }

  // Watches the connections: a weak one brings the advice to switch to audio only.
  window.setInterval(function () {
    var keys = Object.keys(peers);
    if (!keys.length || audioOnly) { return; }
    Promise.all(keys.map(function (key) { return peers[key].pc.getStats(); })).then(function (reports) {
      var weak = false;
      reports.forEach(function (report) {
        report.forEach(function (s) {
          if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded') {
            if (s.availableOutgoingBitrate !== undefined && s.availableOutgoingBitrate < 200000) { weak = true; }
            if (s.currentRoundTripTime !== undefined && s.currentRoundTripTime > 0.8) { weak = true; }
          }
          if (s.type === 'remote-inbound-rtp' && s.fractionLost !== undefined && s.fractionLost > 0.1) { weak = true; }
        });
      });
      weakSamples = weak ? weakSamples + 1 : 0;
      show('call-weak', weakSamples >= 2);
    }).catch(function () {});
  }, 4000);

  // For the browser tests: the media connections, to read their statistics.
  window.hearthCall = { connections: function () { return Object.keys(peers).map(function (k) { return peers[k].pc; }); } };
}());
