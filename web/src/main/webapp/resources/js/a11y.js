// PrimeFaces writes aria-hidden="true" on the native file input of a simple p:fileUpload, which is the control a
// keyboard or screen reader user operates: hiding it from them while it takes focus (axe: aria-hidden-focus).
document.querySelectorAll('input[type=file][aria-hidden=true]').forEach(input => {
    if (input.tabIndex >= 0) {
        input.removeAttribute('aria-hidden');
    }
});
