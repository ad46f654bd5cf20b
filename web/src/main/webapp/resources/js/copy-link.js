// Copy buttons: a button with data-copy-target="<id of a field>" copies that field's text to the clipboard and says
// so in the element named by data-copied (the pages' content policy allows no inline handlers: bound here).
(function () {
    'use strict';

    function copied(button) {
        var note = document.getElementById(button.getAttribute('data-copied'));
        if (note) {
            note.hidden = false;
        }
    }

    function bind(button) {
        button.addEventListener('click', function () {
            var field = document.getElementById(button.getAttribute('data-copy-target'));
            if (!field) {
                return;
            }
            field.focus();
            field.select();
            var done = false;
            try {
                done = document.execCommand('copy');
            } catch (e) {
                done = false;
            }
            if (done) {
                copied(button);
            } else if (navigator.clipboard) {
                navigator.clipboard.writeText(field.value).then(function () { copied(button); }, function () { });
            }
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-copy-target]'), bind);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
