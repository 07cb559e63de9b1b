// Timestamps in show notes (<a class="timestamp" data-seek="754">) seek the episode's player
// instead of navigating; a link to #t=754 from elsewhere starts the page at that moment.
(function () {
  var player = document.getElementById("player");
  if (!player) return;

  function seek(seconds, play) {
    player.currentTime = seconds;
    if (play) player.play().catch(function () {});
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.timestamp");
    if (!link) return;
    event.preventDefault();
    seek(Number(link.dataset.seek), true);
    history.replaceState(null, "", "#t=" + link.dataset.seek);
  });

  var match = /^#t=(\d+)$/.exec(location.hash);
  if (match) {
    var start = Number(match[1]);
    if (player.readyState >= 1) seek(start, false);
    else player.addEventListener("loadedmetadata", function () { seek(start, false); }, { once: true });
  }
})();
