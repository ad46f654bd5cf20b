// PrimeFaces writes aria-hidden="true" on the native file input of a simple p:fileUpload, which is the control a
// keyboard or screen reader user operates: hiding it from them while it takes focus (axe: aria-hidden-focus).
// Run now and again once the page's widgets have started, in case one sets it again.
function revealFileInputs() {
    document.querySelectorAll('input[type=file][aria-hidden=true]').forEach(input => {
        if (input.tabIndex >= 0) {
            input.removeAttribute('aria-hidden');
        }
    });
}
revealFileInputs();
window.addEventListener('load', revealFileInputs);
