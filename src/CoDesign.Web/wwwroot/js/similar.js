// Progressive enhancement for the idea form: while the author types a title, similar existing
// ideas are listed live. Without JavaScript the same list appears as a second step after "Continue".
(function () {
  'use strict';
  var form = document.querySelector('form[data-similar-url]');
  if (!form || !window.fetch) { return; }
  var title = form.querySelector('#Input_Title');
  var body = form.querySelector('#Input_Body');
  var live = document.getElementById('similar-live');
  var lang = document.documentElement.lang || 'fi';
  var labels = {
    fi: { heading: 'Samankaltaisia ideoita', other: 'Toisessa kaupungissa: ', votes: ' ääntä' },
    sv: { heading: 'Liknande idéer', other: 'I en annan stad: ', votes: ' röster' },
    en: { heading: 'Similar ideas', other: 'In another city: ', votes: ' votes' }
  }[lang] || { heading: 'Similar ideas', other: 'In another city: ', votes: ' votes' };
  var timer = null;
  var last = '';

  function render(items) {
    live.textContent = '';
    if (!items.length) { return; }
    var h = document.createElement('h2');
    h.textContent = labels.heading;
    live.appendChild(h);
    var ul = document.createElement('ul');
    items.forEach(function (s) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '/' + s.citySlug + '/ideas/' + s.id;
      a.textContent = s.title;
      a.lang = s.language;
      if (!s.sameCity) { li.appendChild(document.createTextNode(labels.other + s.cityName + ' – ')); }
      li.appendChild(a);
      li.appendChild(document.createTextNode(' (' + s.voteCount + labels.votes + ')'));
      ul.appendChild(li);
    });
    live.appendChild(ul);
  }

  function check() {
    var t = title.value.trim();
    if (t.length < 5 || t === last) { return; }
    last = t;
    var url = form.getAttribute('data-similar-url') + '?lang=' + encodeURIComponent(lang) + '&title=' + encodeURIComponent(t) + '&body=' + encodeURIComponent((body.value || '').slice(0, 500));
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(render)
      .catch(function () { /* the second step still shows them */ });
  }

  title.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(check, 500); });
})();
