// The internal expertise of a version: a fragment selected in the text is put into the new finding's
// quote, so the expert adds a finding by selecting it (the server finds the quote in the text).
document.addEventListener('DOMContentLoaded', () => {
  const text = document.getElementById('version-text');
  const quote = document.getElementById('finding-quote');
  if (!text || !quote) {
    return;
  }
  text.addEventListener('mouseup', () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !text.contains(selection.anchorNode)) {
      return;
    }
    const selected = selection.toString().trim();
    if (selected) {
      quote.value = selected;
      quote.classList.add('is-valid');
    }
  });
});
