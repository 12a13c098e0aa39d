// Sends the CSRF token with every htmx request (forms rendered by Thymeleaf carry it already).
document.addEventListener("htmx:configRequest", function (event) {
  var body = document.body;
  if (body.dataset.csrfHeader && body.dataset.csrfToken) {
    event.detail.headers[body.dataset.csrfHeader] = body.dataset.csrfToken;
  }
});
// Asks before an action marked with data-confirm (deactivation, deletion).
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
