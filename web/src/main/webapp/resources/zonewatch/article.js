/* The article page: a marked fact shows its details on hover, keyboard focus or tap; the facts table's links
   jump to the mark and make it stand out. */
(function () {
    'use strict';
    var open = null;

    function popoverOf(mark) {
        return document.getElementById(mark.getAttribute('aria-describedby'));
    }

    function show(mark) {
        var popover = popoverOf(mark);
        if (!popover) {
            return;
        }
        if (open && open !== popover) {
            open.hidden = true;
        }
        popover.hidden = false;
        var box = mark.getBoundingClientRect();
        var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth
            - popover.offsetWidth - 8);
        popover.style.left = Math.max(window.scrollX + 8, left) + 'px';
        popover.style.top = (window.scrollY + box.bottom + 6) + 'px';
        open = popover;
    }

    function hide(mark) {
        var popover = popoverOf(mark);
        if (popover) {
            popover.hidden = true;
        }
        if (open === popover) {
            open = null;
        }
    }

    function highlight(mark) {
        document.querySelectorAll('mark.fact.zw-target').forEach(function (m) { m.classList.remove('zw-target'); });
        mark.classList.add('zw-target');
    }

    document.addEventListener('DOMContentLoaded', function () {
        var text = document.getElementById('article-text');
        if (!text) {
            return;
        }
        /* Popovers live at the end of the body so that no container clips them. */
        document.querySelectorAll('.zw-popover').forEach(function (p) { document.body.appendChild(p); });
        text.querySelectorAll('mark.fact').forEach(function (mark) {
            mark.addEventListener('mouseenter', function () { show(mark); });
            mark.addEventListener('mouseleave', function () { hide(mark); });
            mark.addEventListener('focus', function () { show(mark); });
            mark.addEventListener('blur', function () { hide(mark); });
            mark.addEventListener('click', function () { show(mark); highlight(mark); });
        });
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && open) {
                open.hidden = true;
                open = null;
            }
        });
        function target() {
            var mark = location.hash.indexOf('#fact-') === 0 ? document.getElementById(location.hash.substring(1)) : null;
            if (mark) {
                highlight(mark);
                mark.scrollIntoView({block: 'center'});
                mark.focus({preventScroll: true});
            }
        }
        window.addEventListener('hashchange', target);
        target();
    });
}());
