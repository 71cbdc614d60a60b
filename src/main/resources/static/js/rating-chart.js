// The HTTNV-or-above shares over the years on /ratings/{year}/statistics (Chart.js from the webjar).
document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('rating-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }
    function numbers(name) {
        var text = canvas.getAttribute('data-' + name);
        return text ? text.split(',').map(function (v) { return v === 'null' || v === '' ? null : parseFloat(v); }) : [];
    }
    new Chart(canvas, {
        type: 'line',
        data: {
            labels: (canvas.getAttribute('data-years') || '').split(',').filter(Boolean),
            datasets: [
                {label: canvas.getAttribute('data-label-members'), data: numbers('members'), borderColor: '#b71c1c', tension: 0.2},
                {label: canvas.getAttribute('data-label-organizations'), data: numbers('organizations'), borderColor: '#f9a825', tension: 0.2}
            ]
        },
        options: {
            plugins: {title: {display: true, text: canvas.getAttribute('data-title')}},
            scales: {y: {suggestedMin: 70, suggestedMax: 100}}
        }
    });
});
