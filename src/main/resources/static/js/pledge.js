// Review matrix (/pledges/review): the "select all" box ticks every entry box of its form.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('input[data-select-all]').forEach((all) => {
        const name = all.dataset.selectAll;
        all.addEventListener('change', () => {
            all.form.querySelectorAll(`input[type="checkbox"][name="${name}"]`).forEach((box) => {
                box.checked = all.checked;
            });
        });
    });
});
