// Progressive enhancement: on a narrow screen the main navigation folds behind a Menu button.
// Without JavaScript the links simply stay visible under the logo.
(function () {
  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('site-nav');
  if (!toggle || !nav) {
    return;
  }
  document.documentElement.classList.add('js');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
    nav.classList.toggle('site-nav--open', !open);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      toggle.setAttribute('aria-expanded', 'false');
      nav.classList.remove('site-nav--open');
      toggle.focus();
    }
  });
})();

// A reader whose browser prefers another language this page exists in is offered it, with a link:
// never a redirect, so that crawlers and caches always get the same page at the same address.
(function () {
  var page = (document.documentElement.lang || '').toLowerCase();
  var offers = Array.prototype.slice.call(document.querySelectorAll('.language-switcher a[hreflang][data-offer]'));
  var wanted = (navigator.languages || [navigator.language || '']).map(function (l) {
    return l.toLowerCase().split('-')[0];
  });
  for (var i = 0; i < wanted.length; i++) {
    if (wanted[i] === page.split('-')[0]) {
      return; // the page is already in a language the reader reads
    }
    var match = offers.filter(function (a) { return a.hreflang.toLowerCase().split('-')[0] === wanted[i]; })[0];
    if (match) {
      var note = document.createElement('p');
      note.className = 'language-offer';
      note.lang = match.hreflang;
      var link = document.createElement('a');
      link.href = match.href;
      link.hreflang = match.hreflang;
      link.textContent = match.getAttribute('data-offer');
      note.appendChild(link);
      var main = document.getElementById('main');
      main.parentNode.insertBefore(note, main);
      return;
    }
  }
})();

// A release's video: nothing loads from YouTube or Vimeo until the reader presses Play; the link
// to the video stays for whoever prefers it (and for readers without JavaScript).
(function () {
  var labels = document.body.dataset;
  document.querySelectorAll('figure.embed[data-embed-src]').forEach(function (figure) {
    var site = figure.getAttribute('data-embed-site') || '';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'embed__play';
    button.textContent = labels.embedPlay.replace('{0}', site);
    button.addEventListener('click', function () {
      var frame = document.createElement('iframe');
      frame.src = figure.getAttribute('data-embed-src') + '?autoplay=1';
      frame.title = labels.embedTitle.replace('{0}', site);
      frame.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen');
      frame.setAttribute('allowfullscreen', '');
      frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      frame.className = 'embed__frame';
      figure.insertBefore(frame, figure.firstChild);
      button.remove();
      frame.focus();
    });
    figure.insertBefore(button, figure.firstChild);
  });
})();
