/* zonewatch's page behaviour. Pages hold no inline script (the Content-Security-Policy forbids it): elements
   say what they need with data- attributes, and this file, loaded from the application itself, acts on them. */
(function () {
    'use strict';
    document.documentElement.classList.add('js');

    /* Charts: an element with data-chart holds ECharts options as JSON, written by the server. */
    function initCharts(root) {
        if (typeof echarts === 'undefined') {
            return;
        }
        root.querySelectorAll('[data-chart]').forEach(function (element) {
            var options = element.getAttribute('data-chart');
            if (!options || element.getAttribute('data-chart-ready')) {
                return;
            }
            var option = JSON.parse(options);
            if (option.unit !== undefined) {
                var unit = option.unit;
                option.tooltip = option.tooltip || {};
                option.tooltip.valueFormatter = function (value) {
                    return value == null ? '' : Number(value).toLocaleString('zh-CN', {maximumFractionDigits: 4}) + unit;
                };
                delete option.unit;
            }
            var chart = echarts.init(element, null, {renderer: 'canvas'});
            chart.setOption(option);
            element.setAttribute('data-chart-ready', 'true');
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    /* GET filter forms submit themselves when a choice changes. */
    function initAutoSubmit(root) {
        root.querySelectorAll('form[data-autosubmit] select').forEach(function (select) {
            select.addEventListener('change', function () { select.form.submit(); });
        });
    }

    function init(root) {
        initCharts(root);
        initAutoSubmit(root);
    }

    document.addEventListener('DOMContentLoaded', function () {
        init(document);
        /* Parts of a page that PrimeFaces re-renders by ajax get the same treatment. */
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () { init(document); });
        }
    });
}());
