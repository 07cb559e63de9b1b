// The YouTube video loads only when the listener asks for it: until then the page makes no request to YouTube.
document.addEventListener("click", function (event) {
  var facade = event.target.closest && event.target.closest("a.video-facade");
  if (!facade) return;
  event.preventDefault();
  var frame = document.createElement("iframe");
  frame.src = facade.dataset.embed;
  frame.title = facade.dataset.title;
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  frame.allowFullscreen = true;
  frame.className = "video-frame";
  facade.replaceWith(frame);
  frame.focus();
});
