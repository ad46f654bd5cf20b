// Keeps each approval's due badge current without a reload: every 30 s its words ("due in 4 min", "overdue by
// 1 min") and its state (OK, SOON, OVERDUE) are worked out again, as the server draws them (DueTexts), from the
// words the server rendered into #sla-texts in the page's language. The badges are not live regions, so a screen
// reader is not told every tick; only a request turning overdue is said once, politely.
(function () {
    'use strict';

    var TICK = 30000;
    var texts, skew = 0;

    function fill(pattern, values) {
        return pattern.replace(/\{(\d+)\}/g, function (all, i) {
            return String(values[+i]);
        });
    }

    // whole minutes, rounded up, never below one (as DueTexts.length)
    function length(millis) {
        var minutes = Math.max(1, Math.ceil(Math.floor(millis / 1000) / 60));
        var days = Math.floor(minutes / 1440), hours = Math.floor(minutes / 60) % 24, mins = minutes % 60;
        if (days > 0) {
            return fill(texts.dh, [days, hours]);
        }
        return hours > 0 ? fill(texts.hm, [hours, mins]) : fill(texts.m, [mins]);
    }

    // due soon in the last quarter of the time the request was given (as DueTexts.state)
    function state(since, due, now) {
        if (due < now) {
            return 'OVERDUE';
        }
        return (due - now) * 4 <= due - since ? 'SOON' : 'OK';
    }

    function tick() {
        var now = Date.now() + skew, turned = 0;
        Array.prototype.forEach.call(document.querySelectorAll('.sla[data-due]'), function (badge) {
            var due = +badge.getAttribute('data-due'), since = +badge.getAttribute('data-since');
            var was = badge.getAttribute('data-state'), is = state(since, due, now);
            var words = badge.querySelector('.sla-words'), icon = badge.querySelector('.pi');
            var text = is === 'OVERDUE' ? fill(texts.overdue, [length(now - due)]) : fill(texts['in'], [length(due - now)]);
            if (words && words.textContent.trim() !== text) {
                words.textContent = text;
            }
            if (was !== is) {
                badge.classList.remove('sla-' + was);
                badge.classList.add('sla-' + is);
                badge.setAttribute('data-state', is);
                if (icon) {
                    icon.classList.toggle('pi-clock', is === 'OK');
                    icon.classList.toggle('pi-exclamation-triangle', is !== 'OK');
                }
                var row = badge.closest('tr');
                if (row) {
                    row.classList.toggle('overdue', is === 'OVERDUE');
                }
                if (is === 'OVERDUE') {
                    turned++;
                }
            }
        });
        var live = document.getElementById('sla-announce');
        if (turned > 0 && live) {
            live.textContent = fill(texts.turnedOverdue, [turned]);
        }
    }

    function start() {
        var source = document.getElementById('sla-texts');
        if (!source) {
            return;
        }
        texts = {
            'in': source.getAttribute('data-in'), overdue: source.getAttribute('data-overdue'),
            dh: source.getAttribute('data-dh'), hm: source.getAttribute('data-hm'), m: source.getAttribute('data-m'),
            turnedOverdue: source.getAttribute('data-turned-overdue')
        };
        // the server's clock decides, as it did for the words it drew; the browser's may be off
        skew = (+source.getAttribute('data-now') || Date.now()) - Date.now();
        window.setInterval(tick, TICK);
        // a tab brought back after a while shows the time as it is at once, not at the next tick
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'visible') {
                tick();
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
