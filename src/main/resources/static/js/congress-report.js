// The rating shares chart of the congress report and the dashboard: series come from data-* attributes
// of the canvas (no inline scripts under the Content-Security-Policy).
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('canvas[data-chart="shares"]').forEach((canvas) => {
        const series = (name) => (canvas.dataset[name] || '').split(',').map((v) => (v === '' ? null : Number(v)));
        // eslint-disable-next-line no-undef
        new Chart(canvas, {
            type: 'line',
            data: {
                labels: series('years'),
                datasets: [
                    { label: canvas.dataset.membersLabel, data: series('members'), borderColor: '#b02a37', backgroundColor: '#b02a37', spanGaps: true },
                    { label: canvas.dataset.organizationsLabel, data: series('organizations'), borderColor: '#0d6efd', backgroundColor: '#0d6efd', spanGaps: true },
                ],
            },
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                scales: { y: { suggestedMin: 70, suggestedMax: 100, ticks: { callback: (v) => v + ' %' } } },
                plugins: { legend: { position: 'bottom' } },
            },
        });
    });
});
