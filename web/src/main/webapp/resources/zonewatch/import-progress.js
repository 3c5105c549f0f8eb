// While the import on show runs, re-render its progress every two seconds: refreshImport is the page's
// h:commandScript, an ajax post with the view state, so it needs nothing but Faces itself.
setInterval(function () {
    var job = document.getElementById('progress:job');
    if (job && job.getAttribute('data-running') === 'true') {
        refreshImport();
    }
}, 2000);
