// Admin helpers; every page works without them.
(function () {
  // Suggest a slug from the title while the slug has not been edited by hand.
  var title = document.getElementById('title');
  var slug = document.getElementById('slug');
  if (title && slug) {
    var touched = slug.value !== '';
    slug.addEventListener('input', function () { touched = slug.value !== ''; });
    title.addEventListener('input', function () {
      if (touched) {
        return;
      }
      slug.value = title.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 160);
    });
  }

  // The Markdown editor: toolbar and side-by-side preview, all served by this site.
  var body = document.getElementById('body');
  if (body && window.EasyMDE) {
    var csrf = body.form && body.form.querySelector('input[name="_csrf"]');
    var pending = null;
    var editor = new window.EasyMDE({
      // The preview is the server's own rendering (Markdown, then the sanitizer), never the
      // browser's: what the author sees is exactly what the public page will show.
      previewRender: function (markdown, preview) {
        clearTimeout(pending);
        pending = setTimeout(function () {
          var request = new XMLHttpRequest();
          request.open('POST', '/admin/releases/preview-body');
          request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
          if (csrf) {
            request.setRequestHeader('X-CSRF-TOKEN', csrf.value);
          }
          request.onload = function () {
            if (request.status === 200) {
              preview.innerHTML = request.responseText;
              preview.setAttribute('data-rendered', 'server');
            }
          };
          request.send('body=' + encodeURIComponent(markdown));
        }, 250);
        return preview.innerHTML;
      },
      element: body,
      autoDownloadFontAwesome: false,
      spellChecker: false,
      forceSync: true,
      status: ['lines', 'words'],
      toolbar: ['bold', 'italic', 'heading-2', 'heading-3', '|', 'quote', 'unordered-list', 'ordered-list',
        'table', 'link', '|', 'preview', 'side-by-side', 'fullscreen', '|', 'guide'],
      minHeight: '22rem'
    });
    editor.codemirror.getInputField().setAttribute('aria-label', body.getAttribute('aria-label') || 'Body');
  }

  // Ask before a destructive action.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
