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
    var editor = new window.EasyMDE({
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
