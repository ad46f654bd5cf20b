// The password step shows the username in a read-only field whose label still points at the username input of
// the first step, which this page does not have: let the label name the field that is there.
document.addEventListener('DOMContentLoaded', () => {
    const shown = document.getElementById('kc-attempted-username');
    const label = document.querySelector("label[for='username']");
    if (shown && label && !document.getElementById('username')) {
        label.htmlFor = shown.id;
    }
});
