// Deciding from the keyboard in the approval queue: a focused request row approves with A and rejects with R;
// inside the row's fields only Alt+A / Alt+R do, so typing a reason never decides anything. Each key presses the
// row's own button, so the reject confirmation and every check of the button still apply.
(function () {
    'use strict';

    var TABLE = 'queue:list';

    function rows() {
        var table = document.getElementById(TABLE);
        return table ? table.querySelectorAll('tbody tr[data-ri]') : [];
    }

    // rows are drawn again after every decision: each new one is made reachable with Tab
    function focusable() {
        Array.prototype.forEach.call(rows(), function (row) {
            if (!row.hasAttribute('tabindex')) {
                row.setAttribute('tabindex', '0');
                row.setAttribute('aria-describedby', 'shortcuts');
            }
        });
    }

    function typing(target) {
        return /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable;
    }

    document.addEventListener('keydown', function (event) {
        var row = event.target.closest && event.target.closest('tr[data-ri]');
        var table = document.getElementById(TABLE);
        if (!row || !table || !table.contains(row) || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        if (!event.altKey && typing(event.target)) {
            return;
        }
        var which = event.code === 'KeyA' ? 'approve' : event.code === 'KeyR' ? 'reject' : null;
        var button = which && row.querySelector('button[id$=":' + which + '"]');
        if (button) {
            event.preventDefault();
            button.click();
        }
    });

    function start() {
        focusable();
        new MutationObserver(focusable).observe(document.body, {childList: true, subtree: true});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
