/* The article page: a marked fact shows its details on hover, keyboard focus or tap (the one popover of the page,
   filled from the mark's data- attributes); the facts table's links jump to the mark and make it stand out; an
   editor who selects a stretch of the text is offered to add it as a fact. */
(function () {
    'use strict';
    var open = null;

    /* Each field of the popover takes the mark's data-<field>; an empty one hides its line. */
    function fill(popover, mark) {
        popover.querySelectorAll('[data-field]').forEach(function (element) {
            var value = mark.getAttribute('data-' + element.getAttribute('data-field')) || '';
            if (!value && element.hasAttribute('data-none')) {
                value = element.getAttribute('data-none');
            }
            element.textContent = value;
            var label = element.tagName === 'DD' ? element.previousElementSibling : null;
            element.hidden = !value;
            if (label) {
                label.hidden = !value;
            }
        });
    }

    function show(mark) {
        var popover = document.getElementById('fact-popover');
        if (!popover) {
            return;
        }
        fill(popover, mark);
        mark.setAttribute('aria-describedby', 'fact-popover');
        popover.hidden = false;
        var box = mark.getBoundingClientRect();
        var left = Math.min(window.scrollX + box.left,
            window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8);
        popover.style.left = Math.max(window.scrollX + 8, left) + 'px';
        popover.style.top = (window.scrollY + box.bottom + 6) + 'px';
        open = popover;
    }

    function hide(mark) {
        var popover = document.getElementById('fact-popover');
        mark.removeAttribute('aria-describedby');
        if (popover) {
            popover.hidden = true;
        }
        open = null;
    }

    function highlight(mark) {
        document.querySelectorAll('mark.fact.zw-target').forEach(function (m) { m.classList.remove('zw-target'); });
        mark.classList.add('zw-target');
    }

    function target() {
        var mark = location.hash.indexOf('#fact-') === 0 ? document.getElementById(location.hash.substring(1)) : null;
        if (mark) {
            highlight(mark);
            mark.scrollIntoView({block: 'center'});
            mark.focus({preventScroll: true});
        }
    }

    /* Where a point of the page stands in the cleaned text: the offset of its paragraph or cell plus the
       characters before it there. Marks add no characters, so the sum is exact. */
    function offsetOf(node, offsetInNode) {
        var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        var block = element && element.closest('[data-offset]');
        if (!block) {
            return null;
        }
        var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        var count = 0;
        while (walker.nextNode()) {
            if (walker.currentNode === node) {
                return {block: block, offset: Number(block.getAttribute('data-offset')) + count + offsetInNode};
            }
            count += walker.currentNode.nodeValue.length;
        }
        return node === block ? {block: block, offset: Number(block.getAttribute('data-offset')) + offsetInNode} : null;
    }

    function offerSelection(text) {
        var form = document.getElementById('addSelection');
        var button = form && form.querySelector('.zw-selection-button');
        if (!button) {
            return;
        }
        var selection = window.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
            button.classList.remove('zw-visible');
            return;
        }
        var range = selection.getRangeAt(0);
        var start = offsetOf(range.startContainer, range.startOffset);
        var end = offsetOf(range.endContainer, range.endOffset);
        var chosen = selection.toString();
        if (!start || !end || start.block !== end.block || end.offset <= start.offset || !text.contains(start.block)
            || chosen.trim().length === 0 || chosen.length > 200) {
            button.classList.remove('zw-visible');
            return;
        }
        document.getElementById('addSelection:start').value = start.offset;
        document.getElementById('addSelection:end').value = end.offset;
        document.getElementById('addSelection:text').value = chosen;
        var box = range.getBoundingClientRect();
        button.style.left = (window.scrollX + box.left) + 'px';
        button.style.top = (window.scrollY + box.bottom + 6) + 'px';
        button.classList.add('zw-visible');
    }

    function init() {
        var text = document.getElementById('article-text');
        if (!text || text.getAttribute('data-ready')) {
            return;
        }
        text.setAttribute('data-ready', 'true');
        text.querySelectorAll('mark.fact').forEach(function (mark) {
            mark.addEventListener('mouseenter', function () { show(mark); });
            mark.addEventListener('mouseleave', function () { hide(mark); });
            mark.addEventListener('focus', function () { show(mark); });
            mark.addEventListener('blur', function () { hide(mark); });
            mark.addEventListener('click', function () { show(mark); highlight(mark); });
        });
        text.addEventListener('mouseup', function () { offerSelection(text); });
        text.addEventListener('keyup', function () { offerSelection(text); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        init();
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && open) {
                open.hidden = true;
                open = null;
            }
        });
        window.addEventListener('hashchange', target);
        target();
        /* The text is drawn again after a fact changed. */
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', init);
        }
    });
}());
