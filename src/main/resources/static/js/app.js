// Behaviour shared by all pages. No inline scripts: the Content-Security-Policy allows only files like this one.
document.addEventListener('DOMContentLoaded', () => {
    // htmx requests that change data carry the CSRF token like the forms do
    const header = document.querySelector('meta[name="csrf-header"]');
    const token = document.querySelector('meta[name="csrf-token"]');
    document.body.addEventListener('htmx:configRequest', (event) => {
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });
    // forms with data-confirm ask before submitting (e.g. dissolving a unit)
    document.querySelectorAll('form[data-confirm]').forEach((form) => {
        form.addEventListener('submit', (event) => {
            if (!window.confirm(form.dataset.confirm)) {
                event.preventDefault();
            }
        });
    });
});

// The new-member form shows the fields of the chosen way of entering the register (all of them without JS).
document.addEventListener('DOMContentLoaded', () => {
    const entry = document.getElementById('member-entry');
    const kind = entry && entry.querySelector('select[name="entry.kind"]');
    if (!kind) {
        return;
    }
    const show = () => {
        entry.querySelectorAll('[data-entry-kinds]').forEach((field) => {
            field.hidden = !field.dataset.entryKinds.split(' ').includes(kind.value);
        });
        entry.querySelectorAll('[data-entry-hint]').forEach((hint) => {
            hint.hidden = hint.dataset.entryHint !== kind.value;
        });
    };
    kind.addEventListener('change', show);
    show();
});
