/*
 * A page opened from a search result, scrolled to the paragraph that holds the most of the words searched
 * (``timeline.publish.search_worker``'s theme; loaded by its main.html after Material's bundle, a file of its
 * own so that the browser keeps it once for every page).
 */
(function () {
  // Material marks the searched words ("?h=") on the page it opens, once its search index has arrived, and
  // leaves the page at its top: a busy day's match was 2,300 px down (a reader's review). Scroll to the
  // paragraph that holds the most of the words searched (the first of those), unless the reader has moved.
  var asked = new URLSearchParams(location.search).get("h");
  if (!asked) return;
  // A result in a section ("#p-2008-fa", "#expected") opens at its heading: the paragraph is looked for in that
  // section only, and the page is scrolled only when the paragraph is not already in view.
  var section = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (location.hash && !section) return;
  var end = null;  // the next heading of the section's level or above
  if (section && /^H[1-6]$/.test(section.tagName)) {
    for (var next = section.nextElementSibling; next && !end; next = next.nextElementSibling) {
      if (/^H[1-6]$/.test(next.tagName) && next.tagName <= section.tagName) end = next;
    }
  }
  function inSection(block) {
    if (!section) return true;
    var after = section.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING;
    var before = !end || (end.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_PRECEDING);
    return Boolean(after && before);
  }
  var words = asked.toLowerCase().split(/[\s*+\-:~^]+/).filter(function (w) { return w.length > 1; });
  var moved = false;
  ["wheel", "touchstart", "keydown"].forEach(function (kind) {
    addEventListener(kind, function () { moved = true; }, { once: true, passive: true });
  });
  function holds(text, word) {  // a word that starts with it: Material marks the letters typed
    var at = text.indexOf(word);
    while (at >= 0) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) return true;
      at = text.indexOf(word, at + 1);
    }
    return false;
  }
  function toBest() {
    var marks = document.querySelectorAll("article mark[data-md-highlight]");
    if (!marks.length) return false;
    var best = null, most = 0, seen = new Set();
    marks.forEach(function (mark) {
      var block = mark.closest("p, li");
      if (!block || seen.has(block) || !inSection(block)) return;
      seen.add(block);  // a paragraph of several marks, counted once
      var text = block.textContent.toLowerCase();
      var count = words.filter(function (word) { return holds(text, word); }).length;
      if (count > most) { most = count; best = block; }
    });
    if (best && !moved) {
      var box = best.getBoundingClientRect();
      var shown = box.top >= 0 && box.bottom <= window.innerHeight;
      if (section ? !shown : window.scrollY === 0) best.scrollIntoView({ block: "center" });
    }
    return true;
  }
  var tries = 0;
  (function wait() {  // the marks come when the index does: on a slow network seconds after the page
    if (!toBest() && !moved && ++tries < 100) setTimeout(wait, 100);
  })();
})();
