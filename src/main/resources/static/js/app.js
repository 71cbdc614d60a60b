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
