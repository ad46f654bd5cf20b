// Folded filters (<details data-open-wide>): open on a wide screen, where there is room to show them inline, and
// wherever the page has a message about them (data-open="true"). Folded on a phone otherwise, behind one button.
(function () {
    'use strict';
    var wide = window.matchMedia('(min-width: 768px)').matches;
    document.querySelectorAll('details[data-open-wide]').forEach(function (fold) {
        if (wide || fold.getAttribute('data-open') === 'true') {
            fold.open = true;
        }
    });
}());
