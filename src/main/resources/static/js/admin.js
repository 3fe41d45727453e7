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

  // Ask before a destructive action.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
