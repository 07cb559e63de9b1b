// The episode player: timestamps and chapters seek it (<a class="timestamp" data-seek="754">), a link to #t=754
// starts the page at that moment, skip and speed buttons, keyboard shortcuts, the phone's lock-screen controls
// (Media Session), the current chapter highlighted, and the place in each episode remembered between visits.
(function () {
  var player = document.getElementById("player");
  if (!player) return;
  var box = player.closest(".player");
  var storageKey = "podcastsite:position:" + (box && box.dataset.key || location.pathname);

  function seek(seconds, play) {
    player.currentTime = Math.max(0, seconds);
    if (play) player.play().catch(function () {});
  }

  function skip(by) {
    var end = isFinite(player.duration) ? player.duration : Infinity;
    seek(Math.min(end, player.currentTime + by), false);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.timestamp");
    if (link) {
      event.preventDefault();
      seek(Number(link.dataset.seek), true);
      history.replaceState(null, "", "#t=" + link.dataset.seek);
      return;
    }
    var button = event.target.closest && event.target.closest("button[data-skip]");
    if (button) skip(Number(button.dataset.skip));
  });

  var speed = document.getElementById("speed");
  if (speed) {
    speed.addEventListener("change", function () { player.playbackRate = Number(speed.value); });
    // A new page load resets the rate; the listener's choice stays with the element, not with the episode.
    player.addEventListener("loadedmetadata", function () { player.playbackRate = Number(speed.value); });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.closest && target.closest("input, textarea, select, button, audio, [contenteditable]")) return;
    var key = event.key;
    if (key === " " || key === "k") { player.paused ? player.play().catch(function () {}) : player.pause(); }
    else if (key === "j" || key === "ArrowLeft") skip(-15);
    else if (key === "l" || key === "ArrowRight") skip(30);
    else return;
    event.preventDefault();
  });

  // Chapters, from the show notes' chapter list: the one playing is marked.
  var chapters = Array.prototype.map.call(document.querySelectorAll(".notes-chapters a.timestamp"), function (link) {
    return { start: Number(link.dataset.seek), item: link.closest("li") };
  });
  var current = null;
  function markChapter() {
    var now = player.currentTime, found = null;
    chapters.forEach(function (c) { if (c.start <= now + 0.25) found = c; });
    if (found === current) return;
    if (current) { current.item.classList.remove("current"); current.item.removeAttribute("aria-current"); }
    current = found;
    if (current) { current.item.classList.add("current"); current.item.setAttribute("aria-current", "true"); }
  }
  if (chapters.length) {
    player.addEventListener("timeupdate", markChapter);
    player.addEventListener("seeked", markChapter);
  }

  // The place in the episode, kept in this browser only.
  var lastSaved = 0;
  function remember() {
    try {
      if (player.ended || player.currentTime < 5) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, String(Math.floor(player.currentTime)));
    } catch (e) { /* storage may be off (private mode); the player works without it */ }
  }
  player.addEventListener("timeupdate", function () {
    if (Math.abs(player.currentTime - lastSaved) >= 5) { lastSaved = player.currentTime; remember(); }
  });
  player.addEventListener("pause", remember);
  player.addEventListener("ended", remember);

  function startAt(seconds) {
    if (player.readyState >= 1) seek(seconds, false);
    else player.addEventListener("loadedmetadata", function () { seek(seconds, false); }, { once: true });
  }
  function fromHash() {
    var match = /^#t=(\d+)$/.exec(location.hash);
    if (match) { startAt(Number(match[1])); return true; }
    return false;
  }
  window.addEventListener("hashchange", fromHash);
  if (!fromHash()) {
    var saved = null;
    try { saved = localStorage.getItem(storageKey); } catch (e) { saved = null; }
    if (saved) startAt(Number(saved));
  }

  if ("mediaSession" in navigator && box) {
    var art = box.dataset.art ? [{ src: new URL(box.dataset.art, location.href).href }] : [];
    var metadata = function () {
      navigator.mediaSession.metadata = new MediaMetadata({ title: box.dataset.title, artist: box.dataset.show, album: box.dataset.show, artwork: art });
    };
    player.addEventListener("play", metadata);
    var handlers = {
      play: function () { player.play().catch(function () {}); },
      pause: function () { player.pause(); },
      seekbackward: function (d) { skip(-(d && d.seekOffset || 15)); },
      seekforward: function (d) { skip(d && d.seekOffset || 30); },
      seekto: function (d) { seek(d.seekTime, false); },
      previoustrack: chapters.length ? function () { var back = chapters.filter(function (c) { return c.start < player.currentTime - 3; }).pop(); seek(back ? back.start : 0, false); } : null,
      nexttrack: chapters.length ? function () { var next = chapters.filter(function (c) { return c.start > player.currentTime + 0.5; })[0]; if (next) seek(next.start, false); } : null,
    };
    Object.keys(handlers).forEach(function (action) {
      try { navigator.mediaSession.setActionHandler(action, handlers[action]); } catch (e) { /* an action this browser does not know */ }
    });
  }
})();
