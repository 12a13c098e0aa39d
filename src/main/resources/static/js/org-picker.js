// Organization pickers (templates/fragments/org-picker.html): a <select data-org-picker> becomes a
// type-ahead over the tree. The select stays in the form (hidden), so the same field is posted and
// the page works without JavaScript; its options carry data-depth and come in tree order.
// Single choice: an ARIA combobox (a text box with a list box); arrows move, Enter chooses, Escape
// closes and restores the choice. Multiple choice: a filter box above the (visible) select.
(function () {
  "use strict";

  var SEPARATOR = " › ";
  var counter = 0;

  function normalize(text) {
    return text.toLocaleLowerCase("ru").replace(/ё/g, "е").replace(/\s+/g, " ").trim();
  }

  function message(key) {
    return document.body.getAttribute("data-org-picker-" + key) || "";
  }

  // The options as items: value, name, depth relative to the shallowest, the path of the ancestors.
  function itemsOf(select) {
    var options = Array.prototype.slice.call(select.options);
    var base = Infinity;
    options.forEach(function (option) {
      if (option.hasAttribute("data-depth")) {
        base = Math.min(base, Number(option.getAttribute("data-depth")));
      }
    });
    var ancestors = [];
    return options.map(function (option) {
      var name = option.textContent.trim();
      var tree = option.hasAttribute("data-depth");
      var depth = tree ? Number(option.getAttribute("data-depth")) - base : 0;
      var path = "";
      if (tree) {
        ancestors.length = depth;
        path = ancestors.join(SEPARATOR);
        ancestors[depth] = name;
      }
      return {
        option: option,
        value: option.value,
        name: name,
        depth: depth,
        path: path,
        tree: tree,
        search: normalize(name + " " + (option.getAttribute("data-search") || ""))
      };
    });
  }

  function labelOf(select) {
    return select.id ? document.querySelector("label[for='" + CSS.escape(select.id) + "']") : null;
  }

  function enhanceMultiple(select) {
    var items = itemsOf(select);
    var filter = document.createElement("input");
    filter.type = "search";
    filter.autocomplete = "off";
    filter.className = "form-control mb-1" + (select.classList.contains("form-select-sm") ? " form-control-sm" : "");
    filter.placeholder = message("filter");
    filter.setAttribute("aria-label", message("filter"));
    if (select.id) {
      filter.setAttribute("aria-controls", select.id);
    }
    filter.addEventListener("input", function () {
      var query = normalize(filter.value);
      items.forEach(function (item) {
        item.option.hidden = query !== "" && item.search.indexOf(query) < 0 && !item.option.selected;
      });
    });
    select.parentNode.insertBefore(filter, select);
  }

  function enhanceSingle(select) {
    var id = "org-picker-" + (++counter);
    var items = itemsOf(select);
    var small = select.classList.contains("form-select-sm");
    var wrapper = document.createElement("div");
    wrapper.className = "org-picker position-relative";
    Array.prototype.forEach.call(select.classList, function (name) {
      if (/^m[tbsexy]?-\d$/.test(name)) {
        wrapper.classList.add(name); // keep the select's margins
      }
    });
    var input = document.createElement("input");
    input.type = "text";
    input.id = (select.id || id) + "-search";
    input.className = "form-control org-picker-input" + (small ? " form-control-sm" : "");
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id + "-list");
    if (select.classList.contains("is-invalid")) {
      input.classList.add("is-invalid");
    }
    input.disabled = select.disabled;
    if (select.required) {
      input.required = true;
      select.required = false; // a hidden required select could not show its message
    }
    var label = labelOf(select);
    if (label) {
      label.htmlFor = input.id;
    } else if (select.getAttribute("aria-label")) {
      input.setAttribute("aria-label", select.getAttribute("aria-label"));
    }
    var list = document.createElement("ul");
    list.id = id + "-list";
    list.className = "org-picker-list list-group shadow-sm";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    if (label) {
      if (!label.id) {
        label.id = id + "-label";
      }
      list.setAttribute("aria-labelledby", label.id);
    } else if (select.getAttribute("aria-label")) {
      list.setAttribute("aria-label", select.getAttribute("aria-label"));
    }
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    // A placeholder option (value "": «Все», «Выберите …») is offered first and shown as the
    // text box's placeholder when chosen.
    var placeholder = items.filter(function (item) { return !item.tree && item.value === ""; })[0];
    input.placeholder = placeholder ? placeholder.name : message("placeholder");

    var shown = [];
    var active = -1;

    function chosen() {
      return items.filter(function (item) { return item.option.selected; })[0];
    }

    function showChoice() {
      var item = chosen();
      input.value = item && item.value !== "" ? item.name : "";
      input.title = item && item.path ? item.path + SEPARATOR + item.name : "";
    }

    function render(query) {
      list.textContent = "";
      var q = normalize(query);
      shown = items.filter(function (item) {
        if (item.option.disabled) {
          return false; // e.g. the organization's own subtree as its new parent
        }
        return q === "" ? true : item.tree && item.search.indexOf(q) >= 0;
      });
      shown.forEach(function (item, index) {
        var li = document.createElement("li");
        li.id = id + "-option-" + index;
        li.className = "list-group-item list-group-item-action org-picker-option";
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", item.option.selected ? "true" : "false");
        li.dataset.index = String(index);
        li.style.paddingLeft = (0.75 + (q === "" ? 1.1 * item.depth : 0)) + "rem";
        var name = document.createElement("span");
        name.className = "org-picker-name";
        name.textContent = item.name;
        li.appendChild(name);
        if (q !== "" && item.path) {
          var path = document.createElement("small");
          path.className = "d-block text-muted org-picker-path";
          path.textContent = item.path;
          li.appendChild(path);
        }
        list.appendChild(li);
      });
      if (shown.length === 0) {
        var none = document.createElement("li");
        none.className = "list-group-item text-muted small";
        none.setAttribute("aria-disabled", "true");
        none.textContent = message("empty");
        list.appendChild(none);
      }
      status.textContent = shown.length === 0 ? message("empty") : message("found").replace("{0}", shown.length);
      var selectedIndex = shown.indexOf(chosen());
      setActive(q === "" ? selectedIndex : (shown.length > 0 ? 0 : -1), true);
    }

    function setActive(index, scroll) {
      var previous = list.querySelector(".active");
      if (previous) {
        previous.classList.remove("active");
      }
      active = index;
      if (index < 0 || index >= shown.length) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      var li = document.getElementById(id + "-option-" + index);
      li.classList.add("active");
      input.setAttribute("aria-activedescendant", li.id);
      if (scroll) {
        li.scrollIntoView({block: "nearest"});
      }
    }

    function open(query) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      render(query);
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(item) {
      var changed = select.value !== item.value;
      select.value = item.value;
      showChoice();
      close();
      input.classList.remove("is-invalid");
      if (changed) {
        select.dispatchEvent(new Event("input", {bubbles: true}));
        select.dispatchEvent(new Event("change", {bubbles: true}));
      }
    }

    input.addEventListener("focus", function () {
      input.select();
    });
    input.addEventListener("click", function () {
      if (list.hidden) {
        open("");
      }
    });
    input.addEventListener("input", function () {
      open(input.value);
    });
    input.addEventListener("keydown", function (event) {
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          if (list.hidden) {
            open("");
          } else if (shown.length > 0) {
            setActive(Math.min(active + 1, shown.length - 1), true);
          }
          break;
        case "ArrowUp":
          event.preventDefault();
          if (list.hidden) {
            open("");
          } else if (shown.length > 0) {
            setActive(Math.max(active - 1, 0), true);
          }
          break;
        case "PageDown":
        case "PageUp":
          if (!list.hidden && shown.length > 0) {
            event.preventDefault();
            var step = event.key === "PageDown" ? 10 : -10;
            setActive(Math.max(0, Math.min(shown.length - 1, active + step)), true);
          }
          break;
        case "Home":
        case "End":
          if (!list.hidden && shown.length > 0 && event.ctrlKey) {
            event.preventDefault();
            setActive(event.key === "Home" ? 0 : shown.length - 1, true);
          }
          break;
        case "Enter":
          if (!list.hidden) {
            event.preventDefault(); // choose, do not submit the form
            if (active >= 0 && active < shown.length) {
              choose(shown[active]);
            }
          }
          break;
        case "Escape":
          if (!list.hidden) {
            event.preventDefault();
            close();
            showChoice();
          }
          break;
        case "Tab":
          if (!list.hidden && input.value.trim() !== "" && active >= 0 && active < shown.length
              && normalize(input.value) !== normalize((chosen() || {name: ""}).name)) {
            choose(shown[active]);
          }
          break;
      }
    });
    input.addEventListener("blur", function () {
      // A click on the list keeps the focus decision to the click handler (mousedown below).
      window.setTimeout(function () {
        if (document.activeElement !== input) {
          close();
          if (input.value.trim() === "") {
            if (placeholder) {
              choose(placeholder);
            } else if (!input.required) {
              showChoice();
            }
          } else {
            showChoice();
          }
        }
      }, 150);
    });
    list.addEventListener("mousedown", function (event) {
      event.preventDefault(); // keep the focus in the text box
    });
    list.addEventListener("click", function (event) {
      var li = event.target.closest("[role=option]");
      if (li) {
        choose(shown[Number(li.dataset.index)]);
        input.focus();
      }
    });
    select.addEventListener("change", showChoice); // changed by a script or a reset
    if (select.form) {
      select.form.addEventListener("reset", function () {
        window.setTimeout(showChoice, 0);
      });
    }

    select.classList.add("d-none");
    select.setAttribute("aria-hidden", "true");
    select.tabIndex = -1;
    select.dataset.orgPickerInput = input.id;
    wrapper.appendChild(input);
    wrapper.appendChild(list);
    wrapper.appendChild(status);
    select.parentNode.insertBefore(wrapper, select.nextSibling);
    showChoice();
  }

  function enhance(root) {
    root.querySelectorAll("select[data-org-picker]:not([data-org-picker-ready])").forEach(function (select) {
      select.setAttribute("data-org-picker-ready", "");
      if (select.multiple) {
        enhanceMultiple(select);
      } else {
        enhanceSingle(select);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
  });
  document.addEventListener("htmx:load", function (event) {
    enhance(event.target);
  });
})();
