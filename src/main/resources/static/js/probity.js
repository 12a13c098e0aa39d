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
// Uploads large files with a progress bar: a form marked data-upload is sent by XMLHttpRequest,
// the bar shows the bytes sent, and the browser then goes to the page the server redirects to
// (the upload's progress on the server). Without JavaScript the form posts as usual.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.hasAttribute("data-upload") || event.defaultPrevented || !window.FormData) {
    return;
  }
  var status = form.querySelector("[data-upload-status]");
  var bar = form.querySelector("[data-upload-progress]");
  var limit = Number(form.getAttribute("data-upload-limit") || 0);
  var total = 0;
  form.querySelectorAll("input[type=file]").forEach(function (input) {
    Array.prototype.forEach.call(input.files, function (file) { total += file.size; });
  });
  event.preventDefault();
  if (limit > 0 && total > limit) {
    status.textContent = form.getAttribute("data-upload-too-large");
    status.classList.add("text-danger");
    return;
  }
  var button = form.querySelector("button[type=submit]");
  if (button) {
    button.disabled = true;
  }
  bar.parentElement.classList.remove("d-none");
  status.classList.remove("text-danger");
  var request = new XMLHttpRequest();
  request.open("POST", form.action);
  request.upload.addEventListener("progress", function (progress) {
    if (progress.lengthComputable) {
      var percent = Math.floor(progress.loaded * 100 / progress.total);
      bar.style.width = percent + "%";
      bar.textContent = percent + " %";
      status.textContent = form.getAttribute("data-upload-sending").replace("{0}", percent);
    }
  });
  request.upload.addEventListener("load", function () {
    status.textContent = form.getAttribute("data-upload-sent");
  });
  request.addEventListener("load", function () {
    if (request.status >= 200 && request.status < 400 && request.responseURL) {
      window.location.assign(request.responseURL);
    } else {
      fail(request.status === 413 ? "data-upload-too-large" : "data-upload-failed");
    }
  });
  request.addEventListener("error", function () {
    fail("data-upload-failed");
  });
  function fail(message) {
    status.textContent = form.getAttribute(message);
    status.classList.add("text-danger");
    bar.parentElement.classList.add("d-none");
    if (button) {
      button.disabled = false;
    }
  }
  request.send(new FormData(form));
});
// The test's timer: counts down from the server's figure; at zero the attempt is finished (the
// server enforces the deadline anyway, with a short grace for the network).
document.addEventListener("DOMContentLoaded", function () {
  var timer = document.getElementById("timer");
  if (!timer) {
    return;
  }
  var end = Date.now() + Number(timer.getAttribute("data-seconds")) * 1000;
  var tick = function () {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    var minutes = Math.floor(left / 60), seconds = left % 60;
    timer.textContent = timer.textContent.replace(/\d+:\d\d/, minutes + ":" + (seconds < 10 ? "0" : "") + seconds);
    if (left === 0) {
      var form = document.getElementById("finish-form");
      if (form) {
        form.submit();
      }
      return;
    }
    setTimeout(tick, 1000);
  };
  tick();
});
// The answers of a test: a refusal (time out, no key) is shown under the question in place of
// «сохранено», and a lost connection says the answer is not saved yet (the next change resends it).
function answerStatus(form) {
  var selector = form && form.getAttribute && form.getAttribute("hx-target");
  return selector && selector.indexOf("#saved-") === 0 ? document.querySelector(selector) : null;
}
document.addEventListener("htmx:beforeSwap", function (event) {
  var status = answerStatus(event.detail.elt);
  if (!status) {
    return;
  }
  var refused = event.detail.xhr.status >= 400;
  if (refused) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
  status.classList.toggle("text-danger", refused);
});
document.addEventListener("htmx:sendError", function (event) {
  var status = answerStatus(event.detail.elt);
  var questions = document.getElementById("questions");
  if (status && questions) {
    status.textContent = questions.getAttribute("data-offline");
    status.classList.add("text-danger");
  }
});
