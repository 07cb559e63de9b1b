// "Copy" next to the feed address: one click puts it on the clipboard.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-copy]");
  if (!button) return;
  var field = document.getElementById(button.dataset.copy);
  var label = button.querySelector("span");
  var done = function () {
    var before = label.textContent;
    label.textContent = button.dataset.copied;
    setTimeout(function () { label.textContent = before; }, 2000);
  };
  field.select();
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(field.value).then(done, function () {});
  else if (document.execCommand("copy")) done();
});
