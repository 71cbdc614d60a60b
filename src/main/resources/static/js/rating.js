// Rating pages: the live HTXSNV quota of a decision table (20 % of the HTTNV, rounded down, as RatingPolicy),
// and the running total of a scored self-assessment.
(function () {
    function quota() {
        var box = document.getElementById('quota');
        if (!box) {
            return;
        }
        var levels = [];
        document.querySelectorAll('[data-fixed-level]').forEach(function (row) {
            levels.push(row.getAttribute('data-fixed-level'));
        });
        document.querySelectorAll('select[data-level]').forEach(function (select) {
            levels.push(select.value);
        });
        // the body's rows on other pages (a big đảng bộ is shown cell by cell) count as decided
        var excellent = levels.filter(function (l) { return l === 'HTXSNV'; }).length
            + parseInt(box.getAttribute('data-other-excellent') || '0', 10);
        var good = levels.filter(function (l) { return l === 'HTTNV'; }).length
            + parseInt(box.getAttribute('data-other-good') || '0', 10);
        var allowed = Math.floor(good * 20 / 100);
        var text = box.getAttribute('data-template').replace('{0}', excellent).replace('{1}', allowed).replace('{2}', good);
        document.getElementById('quota-text').textContent = text;
        var exceeded = excellent > allowed;
        document.getElementById('quota-warning').textContent = exceeded ? box.getAttribute('data-exceeded') : '';
        box.classList.toggle('alert-danger', exceeded);
        box.classList.toggle('alert-info', !exceeded);
    }

    function total() {
        var out = document.getElementById('total');
        if (!out) {
            return;
        }
        var sum = 0;
        document.querySelectorAll('input[data-score]').forEach(function (input) {
            var value = parseFloat(input.value);
            sum += isNaN(value) ? 0 : value;
        });
        out.textContent = sum.toFixed(2).replace('.', document.documentElement.lang === 'en' ? '.' : ',');
    }

    document.addEventListener('DOMContentLoaded', function () {
        quota();
        total();
        document.querySelectorAll('select[data-level]').forEach(function (s) { s.addEventListener('change', quota); });
        document.querySelectorAll('input[data-score]').forEach(function (i) { i.addEventListener('input', total); });
    });
})();
